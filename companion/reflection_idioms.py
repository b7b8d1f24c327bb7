"""Fixed expressions a reflection keeps whole or does not say.

"Stuck between a rock and a hard place" cut at "and" leaves "stuck between
a rock", which is no English; "at the end of my rope" cut at "of" leaves
"at the end". A cut never falls inside one of these; and since a fixed
expression is one unit of meaning, given back whole it counts as one word
when the reflection is measured for parroting.

Two kinds are known: the idioms listed here (people say them of what they
go through), and pairs that need both halves ("between ... and", "both ...
and", "either ... or", "neither ... nor", "from ... to").
"""
from __future__ import annotations

import re
from functools import lru_cache

_P = r"(?:my|your|his|her|their|our|one's)"
_IDIOMS = [
    r"between a rock and a hard place", r"at the end of " + _P + r" (?:rope|tether)", r"at " + _P + r" wits'? end",
    r"(?:the )?light at the end of the tunnel", r"(?:the )?last straw", r"(?:the )?straw that broke the camel's back",
    r"walk(?:ing|ed|s)? on eggshells", r"in over " + _P + r" head", r"out of " + _P + r" depth", r"under the weather",
    r"out of the blue", r"at the end of the day", r"in the long run", r"once in a (?:while|blue moon)",
    r"all of a sudden", r"on the edge", r"off the rails", r"by the skin of " + _P + r" teeth",
    r"going through the motions", r"(?:the )?ins and outs", r"touch and go", r"hit (?:or|and) miss", r"now and (?:then|again)",
    r"every now and (?:then|again)", r"day in,? day out", r"day and night", r"night and day", r"sooner or later",
    r"more or less", r"one way or (?:another|the other)", r"safe and sound", r"sick and tired", r"sick to death",
    r"fed up", r"in a rut", r"at a loss", r"(?:at )?rock bottom", r"on cloud nine", r"in the same boat",
    r"on the same page", r"a piece of cake", r"the tip of the iceberg", r"a drop in the ocean", r"on thin ice",
    r"up in the air", r"at a crossroads", r"in a (?:dark|bad|good|better|weird|strange) place",
    r"(?:keep|keeping|kept|keeps) " + _P + r" head above water", r"bit(?:e|ten|ing)? off more than \w+ (?:can|could) chew",
    r"burn(?:ing|t|ed|s)? the candle at both ends", r"at each other's throats", r"over the moon",
    r"down in the dumps", r"out of sorts", r"(?:like )?a fish out of water", r"(?:the )?elephant in the room",
    r"come(?:s)? back (?:and|to) (?:bite|haunt) \w+", r"came back (?:and|to) (?:bite|haunt) \w+",
    r"pins and needles", r"bits and pieces", r"odds and ends", r"peace and quiet", r"loud and clear",
    r"black and white", r"give and take", r"trial and error", r"by and large", r"first and foremost",
    r"time and (?:time )?again", r"over and over(?: again)?", r"again and again", r"through thick and thin",
    r"when all is said and done", r"in the middle of nowhere", r"an arm and a leg", r"part and parcel",
    r"flesh and blood", r"(?:a )?matter of life and death", r"life and death", r"heart and soul", r"hand in hand",
    # a noun said twice ("face to face", "back to back", "side by side", "day by day")
    r"(face|back|door|hand|day|side|step|shoulder|cheek|heart|one|toe|head|nose|mouth|wall|person|word|week|month|year|bit|little|case|dusk|paycheck|pay\s?cheque) (?:to|by|on) \1\b",
    r"tooth and nail", r"(?:make|making|made|makes) ends meet", r"alive and kicking", r"fair and square",
    r"high and dry", r"short and sweet", r"neck and neck", r"pros and cons", r"ups and downs", r"up and down",
    r"back and forth", r"on and off", r"off and on", r"trials and tribulations", r"wear and tear",
    r"tried and tested", r"rock and roll", r"sink or swim", r"cops and robbers", r"hide and seek", r"fish and chips",
    r"bread and butter", r"salt and pepper", r"rough and tumble", r"doom and gloom", r"cat and mouse", r"rack and ruin",
    r"kiss and make up", r"sick and twisted", r"(?:high|low) and (?:low|high)", r"far and wide", r"null and void", r"(?:the )?calm before the storm",
    r"(?:at )?(?:the )?drop of a hat", r"on the fence", r"on the mend", r"on the go", r"on edge",
    r"(?:a )?weight off " + _P + r" (?:shoulders|mind|chest)", r"(?:on|off) " + _P + r" chest",
    r"(?:at|in) the back of " + _P + r" mind", r"(?:cry|crying|cried|cries) " + _P + r" eyes out",
    r"(?:at )?the drop of a hat", r"(?:go|going|went|gone) (?:to|through) hell and back", r"hell and back",
    r"head over heels", r"(?:a )?blessing in disguise", r"(?:the )?best of both worlds", r"(?:the )?silver lining",
    r"(?:a )?roller ?coaster(?: of emotions)?", r"(?:the )?weight of the world", r"(?:on )?top of the world",
    r"(?:a )?dead end", r"(?:the )?end of the world", r"(?:the )?end of the road", r"(?:in )?one piece",
    r"(?:at )?(?:the )?bottom of " + _P + r" heart", r"(?:from )?the bottom of " + _P + r" heart",
    r"(?:on )?" + _P + r" last nerve", r"(?:on|at) " + _P + r" wit's end", r"(?:a )?breath of fresh air",
    r"(?:the )?(?:other|same) side of the coin", r"(?:a )?long story short", r"out of (?:the )?(?:loop|picture)",
    r"out of touch", r"out of control", r"out of " + _P + r" mind", r"out of " + _P + r" (?:league|hands)",
    r"(?:behind|behind " + _P + r") back", r"behind " + _P + r" back", r"in the dark", r"(?:in|into) the deep end",
    r"(?:at )?the crack of dawn", r"(?:from )?day one", r"(?:for )?the time being",
    r"(?:in )?the nick of time", r"(?:by )?word of mouth", r"(?:the )?whole nine yards", r"(?:a )?catch-? ?22",
    r"(?:the )?(?:deep|heart) end", r"(?:a )?slap in the face", r"(?:a )?kick in the teeth",
    r"(?:a )?stab in the back", r"stabb(?:ed|ing) (?:me |you |him |her |them )?in the back", r"(?:a )?pain in the (?:neck|arse|ass|butt)", r"(?:on )?pins and needles",
    r"(?:get|getting|got|gets) on " + _P + r" nerves", r"(?:a )?storm in a teacup", r"(?:a )?shot in the dark",
    r"(?:a )?leap of faith", r"(?:a )?fresh start", r"(?:a )?clean slate", r"(?:the )?rest of " + _P + r" life",
    r"(?:a )?sense of (?:humour|humor)", r"(?:a )?piece of " + _P + r" mind", r"(?:a )?state of mind",
    r"(?:the )?love of " + _P + r" life", r"(?:a )?matter of time", r"(?:a )?waste of time",
    r"(?:a )?lot on " + _P + r" (?:plate|mind)",
    r"(?:a )?wake-? ?up call", r"on edge",
]
IDIOM = re.compile(r"\b(?:" + "|".join(_IDIOMS) + r")\b", re.I)
# Phrases that are no figure of speech but lose their sense cut in two ("in
# front | of", "as soon | as", "the rest | of your life"): never cut, but
# measured word by word.
_PHRASES = [r"in front of", r"as well as", r"as soon as", r"as long as", r"as much as", r"as far as",
            r"(?:a )?part of (?:me|you|him|her|them|us)", r"in spite of", r"on top of", r"instead of", r"because of",
            r"in charge of", r"in case of", r"out of the (?:house|country|hospital)", r"at the same time",
            r"for the (?:first|last) time", r"one of the (?:few|only|best|worst)", r"rather than"]
_PHRASE = re.compile(r"\b(?:" + "|".join(_PHRASES) + r")\b", re.I)
# Pairs that need both halves: the opening word, the closing word, and how
# far apart (in words) they may stand.
_PAIRS = (("between", "and", 6), ("both", "and", 5), ("either", "or", 5), ("neither", "nor", 5),
          ("whether", "or", 8), ("from", "to", 2))
# "from your job due to covid": a "to" that belongs to the word before it closes no pair.
_TO_OF_ITS_OWN = frozenset("due next up close according thanks owing prior".split())
_WORD = re.compile(r"\S+")


@lru_cache(maxsize=2048)
def fixed_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The fixed expressions of ``text`` as spans of its words (split on
    spaces): start inclusive, end exclusive."""
    starts = [m.start() for m in _WORD.finditer(text)]

    def index(pos: int) -> int:
        return sum(1 for s in starts if s <= pos) - 1

    spans = [(index(m.start()), index(m.end() - 1) + 1) for pattern in (IDIOM, _PHRASE) for m in pattern.finditer(text)]
    low = [w.lower().strip(",.;:!?") for w in text.split()]
    for opening, closing, reach in _PAIRS:
        for i, w in enumerate(low):
            if w != opening:
                continue
            j = next((k for k in range(i + 2, min(i + reach + 2, len(low))) if low[k] == closing
                      and low[k - 1] not in _TO_OF_ITS_OWN), None)
            if j is not None and j + 1 < len(low):
                spans.append((i, j + 2))   # "between X and Y": the word after the closing one too
    return tuple(spans)


def cuts_into(text: str, kept: int) -> bool:
    """Whether keeping the first ``kept`` words of ``text`` cuts a fixed
    expression in two ("stuck between a rock | and a hard place")."""
    return any(start < kept < end for start, end in fixed_spans(text))


@lru_cache(maxsize=2048)
def has_idiom(text: str) -> bool:
    return IDIOM.search(text) is not None


@lru_cache(maxsize=2048)
def as_units(text: str) -> str:
    """``text`` with each idiom run into one word, so that a reflection
    that gives one back whole is not taken for parroting."""
    return IDIOM.sub(lambda m: re.sub(r"[^a-z]+", "", m.group(0).lower()), text)
