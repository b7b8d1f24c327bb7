"""Peer style for generated sentences, and the companion's honest shares.

The guard decides what may never be said. This module is stricter and only
about the model's own sentences: the small embedded model drifts into soft
advice ("you may want to...", which the guard lets pass), invented life stories ("when I lost my wife"),
lectures and long rambles. A sentence with one of these problems is generated
again, and if the model cannot do better the reply uses the persona's declared
shares and invitations instead. Pure functions, tested without a model.
"""
from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

from .advice import advice
from .prompts import Share
from .vocabulary import PAIN_WORDS, alternatives
from .words import content_words

MAX_WORDS = 22

_PROBLEMS: tuple[tuple[str, re.Pattern], ...] = (
    # advice is the one advice detector's (``advice``), asked first in
    # ``style_problem``; naming it ("some tips", "my suggestion") is peer style's own
    ("talk of advice", re.compile(r"\badvi[cs]e\b|\bsuggestions?\b|\btips?\b|\bstrateg", re.I)),
    ("invented life", re.compile(
        r"\bmy\s+(?:wife|husband|partner|kids?|children|son|daughter|mum|mom|mother|dad|father|parents|brother|"
        r"sister|family|friend|friends|boss|job|work|home|house|dog|cat|ex|girlfriend|boyfriend|grand\w+|own\s+\w+)\b"
        r"|\bwhen\s+i\s+was\b|\bi\s+(?:had|lost|went|grew|used|worked|lived|moved|met|married|remember|once)\b"
        r"|\bi'?ve\s+(?:been\s+through|had|lost|gone|done|seen|struggled|experienced|felt\s+that\s+way)\b"
        r"|\bwe\s+(?:lost|had|went|were|used)\b|\b(?:years|months|weeks)\s+ago\b", re.I)),
    ("apology or meta talk", re.compile(
        r"\b(?:i\s+apologi[sz]e|my\s+apologies|as\s+an\s+ai|language\s+model|this\s+(?:sentence|response|conversation)|"
        r"sorry\s+for\s+(?:that|the|my)|i\s+(?:can'?t|cannot)\s+(?:help|assist))\b", re.I)),
    ("lecture", re.compile(
        r"\b(?:everyone|everybody|many\s+people|most\s+people|people\s+(?:often|usually|tend)|we\s+all|"
        r"it'?s\s+(?:normal|natural|common))\b"
        r"|\b(?:always|never)\s+(?:be|do|let|give|forget)\b|\bisn'?t\s+acceptable\b|\bno\s+need\s+to\b", re.I)),
    ("list or aside", re.compile(r"[:;()\[\]…]|\.\.\.|\s[-–—]\s|\betc\b|/", re.I)),
    ("minimising", re.compile(
        r"\b(?:(?:doesn'?t|don'?t|does\s+not|do\s+not)\s+make\s+(?:any\s+)?sense|not\s+(?:a|that)\s+big\s+deal|"
        r"could\s+be\s+worse|at\s+least\b|(?:doesn'?t|does\s+not)\s+sound\s+like\s+(?:anything|much|a\s+big)|"
        r"get\s+over\s+it|calm\s+down|overreact)", re.I)),
)
# Delight is out of place when the person is hurting ("I love that it's
# hurting your body" is what a small model can say).
_DELIGHT = re.compile(r"\b(?:love|loving|lovely|excit\w*|wonderful|awesome|amazing|fun|smile|delight\w*|beautiful|"
                      r"great|fantastic|brilliant|yay|congrat\w*|(?:glad|good|nice|happy)\s+to\s+(?:hear|know)\s+"
                      r"(?:that|it|this|about))\b|!", re.I)
# The shared pain words (vocabulary), and more that a hurting turn says.
_HURTING = re.compile(r"\b" + alternatives(PAIN_WORDS, (
    r"sad|stuck|worr\w*|anxi\w*|miss\w*|guilty|die|pain\w*|ill|hate|worse|hard|difficult|broke|dread\w*|nervous",
    r"fear\w*|abuse\w*|bull\w*|breakup|divorce\w*|can'?t|couldn'?t")) + r"\b", re.I)


def sounds_hurting(text: str) -> bool:
    """Whether the person's words carry pain, worry or loss."""
    return bool(_HURTING.search(text))


# Words a peer's reaction may use without the person having said them.
# Anything else in a generated sentence must come from the conversation: the
# small model otherwise invents people, places and events.
_REACTION_WORDS = content_words("""
sounds sound hard heavy sad sorry glad hear hearing tough lot carry carrying awful rough painful difficult scary
frightening lonely worry worrying worried matter matters understand imagine wish happen happened happening moment
today tonight talk talking listen listening share sharing story mind part hardest mean meant care wonder notice
noticing stay sit sitting slow word words put thank thanks brave courage honest honestly proud strong real true
heart hurt hurts hurting tired bit little time day days night nights week weeks kind question sense deal weigh
weighs weighing wear wearing exhausting pain alone miss missing love hope safe big small good bad better worse
enough hold holding moved moving touched touching feels felt feelings emotions whole world mine yours people
uneasy unsure uncomfortable bother bothers bothered quiet silence long together gone angry pressure sting stings
draining drained exhausted frustrating frustrated unfair relieved happy fear doubt tiring uncertain upsetting
anyone someone somebody else lately recently terrible horrible unfair wrong hurtful shame frustrating upsetting
confusing overwhelming stressful unsettling lonely sitting with glad place easy simple clear strange odd
makes make made seem seems seemed come comes came get gets got take takes took give gives gave keep keeps kept let
find finds found look looks looked tell told ask asked start started end ended change changed turn turned leave left
wait waiting without within around through away again ever every maybe perhaps quite rather almost already always
never often sometimes soon later first last next another others there here these those both either neither okay
yeah wow gosh oh mm hmm sure certainly definitely absolutely completely totally truly deeply far near close somewhere anywhere everywhere nowhere
""")
_QUESTION_OPEN = re.compile(r"^(?:what|how|when|where|who|which|do you|did you|would you|is there|are you|have you|was it|is it)\b", re.I)


def grounding(sentence: str, context: str) -> float:
    """The share of a sentence's content words that come from the
    conversation or are plain reaction words (1.0 when it has none)."""
    said = content_words(sentence)
    if not said:
        return 1.0
    return len(said & (content_words(context) | _REACTION_WORDS)) / len(said)


def style_problem(sentence: str, person_text: str, context: str = "", strict_vocabulary: bool = True) -> str | None:
    """Why a generated sentence does not sound like a peer, or None.
    ``context`` is the conversation so far (it includes ``person_text`` if
    empty). With ``strict_vocabulary`` every content word must come from the
    conversation or the reaction words; without it the caller ranks by
    ``grounding`` instead."""
    context = context or person_text
    given = advice(sentence)   # the same verdict the guard and the rehearsal's line kinds give
    if given is not None:
        return f'{"soft advice" if given.tentative else "advice"}: "{given.words}"'
    words = sentence.split()
    if len(words) > MAX_WORDS:
        return "too long"
    for name, pattern in _PROBLEMS:
        if pattern.search(sentence):
            return name
    if sentence.rstrip().endswith("?") and len(words) > 4:  # "Your sister?" is fine
        if not _QUESTION_OPEN.match(sentence.strip()):
            return "not a plain question"
        if len(words) > 16:
            return "too long"
    if _DELIGHT.search(sentence) and sounds_hurting(person_text):
        return "delight when they are hurting"
    invented = content_words(sentence) - content_words(context) - _REACTION_WORDS
    if invented and strict_vocabulary:
        return "not from the conversation: " + ", ".join(sorted(invented))
    # A number the person never said is an invented fact.
    said = set(re.findall(r"\d+", person_text))
    if any(n not in said for n in re.findall(r"\d+", sentence)):
        return "invented number"
    return None


def pick_share(shares: Sequence[Share], person_text: str, avoid: Sequence[str] = ()) -> Share | None:
    """The declared share whose topic words best match what the person said;
    the "general" ones when nothing matches. ``avoid`` holds texts already
    said in this conversation (whole turns), so a share is not repeated."""
    said = content_words(person_text)
    usable = [s for s in shares if not any(s.text in said for said in avoid)]
    if not usable:
        return None
    scored = [(len(content_words(s.topic) & said), s) for s in usable if s.topic != "general"]
    best = max((n for n, _ in scored), default=0)
    if best > 0:
        pool = [s for n, s in scored if n == best]
    else:
        pool = [s for s in usable if s.topic == "general"] or usable
    return pool[zlib.crc32(person_text.encode("utf-8")) % len(pool)]
