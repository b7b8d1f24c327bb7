"""A plain reflection of the person's own words, needing no model.

It is the floor under the reply pipeline: when the model fails or the guard
rejects every attempt, the companion still answers coherently by turning the
person's words round ("I feel lost" -> "you feel lost").

``opening_reflection`` is the first sentence of a normal reply: it takes up
what the person said in the companion's words, at once, while the model
writes the rest. A reflection paraphrases; it must not parrot, so no run of
five of the person's words survives verbatim.
"""
from __future__ import annotations

import re
import zlib
from typing import Iterator

from .reflection_cut import (BOUNDARY, HANGING, LONGEST, PARROT_RUN, SHORTEST, VERBS, fit, has_a_verb, is_verb,
                             longest_shared_run, shared_run)
from .reflection_frames import MAYBE_A_NAME, clause_of, frame_and_clause, lower_first
from .reflection_grammar import VERB_OF_SUBJECT, reads_as_sentence
from .reflection_idioms import cuts_into, fixed_spans
from .reflection_sense import keeps_its_meaning, reads_naturally
from .reflection_slips import tense_slip
from .reflection_words import FILLER, reword, swap_person, tidy
from .sentences import split_sentences
from .vocabulary import GOT_TO, HAVE_TO, HURT_FEELINGS, MUST, NEED_TO, SHOULD, TURN_OPENERS, alternatives
from .words import content_words

# Openings that carry no content of their own: the shared turn openers
# (vocabulary), and these, taken off the front of a turn here.
_FILLER_OPENERS = TURN_OPENERS + ("well", "honestly", "basically", "like")
_LEAD = re.compile(r"^(?:" + alternatives(
    _FILLER_OPENERS, (r"no(?=[,.!]|\s+(?:i|it|that|not|but|just|really|he|she|they|we)\b)", "hi", "hello", "hey", "just"))
    + r"\b[,.!]?\s*)+", re.I)
_PERSONAL = re.compile(r"\b(?:i|i'm|im|my|me|myself|i've|i'd|feel|felt|feeling)\b", re.I)
# "I'm still so down", "feeling really low": down and low as a mood, said of someone
_LOW_MOOD = (r"\b(?:i'?m|i\s+am|i\s+feel|i\s+felt|i'?ve\s+been|you'?re|you\s+are|you\s+feel|you\s+felt|you'?ve\s+been|feeling)\s+"
             r"(?:(?:so|really|very|pretty|still|quite|just|kinda|super|a\s+bit|a\s+little|feeling)\s+)*(?:down|low)\b")
# A feeling named: the shared hurt feelings (vocabulary), and more, glad ones too.
FEELING = re.compile(r"\b" + alternatives(HURT_FEELINGS, (
    r"feel|felt|feeling|depressed|sad|tired|hurt|stuck|stressed|worried|anxious|(?<!\bor\s)miss|overwhelmed|exhausted|guilty",
    r"happy|proud|excited|nervous|pissed|mad|jealous|embarrassed|disappointed|relieved|helpless|worthless|numb",
    r"drained|griev\w*|mourn\w*|grief|depression|anxiety|loneliness")) + r"\b|" + _LOW_MOOD, re.I)
_MAX_WORDS = 18


def _score(sentence: str) -> float:
    words = sentence.split()
    score = 2.0 * bool(_PERSONAL.search(sentence)) + 3.0 * _names_a_feeling(sentence)
    score -= 4.0 * sentence.rstrip().endswith("?")
    score -= 0.05 * max(0, len(words) - _MAX_WORDS)
    score += 0.05 * min(len(words), 10)
    return score


def _trim(clause: str) -> str:
    words = clause.split()
    if len(words) <= _MAX_WORDS:
        return clause
    # Cut at the last clause boundary that keeps it short, never inside a
    # fixed expression ("between a rock | and a hard place").
    cut = " ".join(words[:_MAX_WORDS])
    for sep in (", ", "; ", " and ", " but ", " because ", " so "):
        idx = cut.rfind(sep)
        if idx > 20 and not cuts_into(clause, len(cut[:idx].split())):
            return cut[:idx]
    return "" if cuts_into(clause, _MAX_WORDS) else cut


# "your advice" turned round is "my advice": a claim the companion never makes.
_CLAIMS_TO_HAVE_HELPED = re.compile(r"\bmy\s+(?:advice|ideas?|suggestions?|help|tips?|guidance|support)\b", re.I)


# What a whole sentence given back loosely may not hold: a dependent or joined
# opening ("or if you are qualified"), a request ("please read up"), a trailing
# stance or contrast ("all great ideas you think", "it's not cheating though"),
# a comma typed with no space after it, a reply to "where are you?" ("no you're in canada").
_LOOSE_MISFIT = re.compile(r"^(?:or|and|but|if|because|so|when|while|although|though|whether|no|yes)\b|\bplease\b"
                           r"|\b(?:you|he|she|they)\s+(?:think|guess|suppose|reckon|believe|mean)\s*$|\bthough\s*$"
                           r"|,(?=\S)|\ba\s+total\s+of\b", re.I)


def reflection_of(text: str) -> str | None:
    """The person's most personal statement, turned round, or None."""
    candidates = [s for s in split_sentences(tidy(text or "")) if len(s.split()) >= 2]
    if not candidates:
        return None
    best = max(candidates, key=_score)
    # "may you join my facebook" turned round is the companion asking to join:
    # a sentence addressed to the companion is not reflected.
    if best.rstrip().endswith("?") or not _PERSONAL.search(best) or _SECOND_PERSON.search(best):
        return None
    clause = _LEAD.sub("", best).strip().rstrip(".!?…,;:").strip()
    clause = _trim(clause)
    if len(clause.split()) < 2:
        return None
    swapped = swap_person(clause).replace("\u2019", "'")
    if _CLAIMS_TO_HAVE_HELPED.search(swapped) or not reads_as_sentence(swapped) \
            or not keeps_its_meaning(clause, swapped, swapped) or _LOOSE_MISFIT.search(swapped):
        return None
    if not swapped.startswith("I "):
        swapped = swapped[0].lower() + swapped[1:]
    if not has_a_verb(swapped):
        return None    # "no family near you" is no clause to say "It sounds like" before
    if _DEPENDENT.match(swapped) or re.match(r"(?:that|because|so\s+that)\b", swapped, re.I):
        return None    # "that I failed" goes on from what was said before: alone it hangs
    return swapped


def choose(options: tuple[str, ...], key: str) -> str:
    """A stable choice among templates, varied by the text it answers."""
    return options[zlib.crc32(key.encode("utf-8")) % len(options)]


# ---------------------------------------------------------------------------
# The opening reflection.

_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|you're|you've|u|ur)\b", re.I)
# Openings of a clause that carry no content ("Yes, because...", "Lately..."):
# the filler openers and more.
_LEADING_WORDS = "|".join(_FILLER_OPENERS + (
    "yep", "ya", "yup", "absolutely", "definitely", "totally", "exactly", "not really", "suddenly", "lately", "recently", "sometimes",
    r"no(?=[,.!]|\s+(?:i|it|that|not|but|just|really|way|he|she|they|we)\b)", "nope", "nah", "also", "then", "because",
    "cuz", "cause", "though", "hmm+", "actually", "i mean", "to be honest", "you know",
    # an exclamation is no part of the clause: "oh my god i can't cope" is never "your god you can't cope"
    r"(?:oh\s+)?my\s+(?:god|gosh|goodness|lord|days)", r"oh\s+(?:god|gosh|lord|dear|man|no|wow)", "omg", "omfg",
    "gosh", "jeez", "ugh+", "wow", "oh"))
_OPENING_FILLER = re.compile(
    rf"^(?:(?:{_LEADING_WORDS}|it'?s (?:just |only )?that|it is (?:just |only )?that|the thing is|"
    # "I know how to be alone" is what they know, never "how to be alone"
    r"i (?:see|agree|guess|think|suppose|mean|know|believe)(?![,.]?\s+(?:how|what|why|where|when|who|whether|if)\b)|"
    r"that(?=\s+(?:i|my|he|she|they|it|we)\b))\b[,.!]?\s*)+", re.I)
# The same openings without the person's stance ("I think", "I guess", ...).
_LEAD_FILLER = re.compile(rf"^(?:(?:{_LEADING_WORDS})\b[,.!]?\s*)+", re.I)
# "...and I caused it" starts a clause of its own; "sad and lonely" does not.
# "so that" stays on its clause, which cannot stand alone ("so that I can
# social distance" is no "you can social distance").
_CLAUSE_BREAK = re.compile(r"\s*(?:[,;:\u2014]|\s-\s|\b(?:but|because|cuz|although|though|and then|which)\b|(?=\bso\s+that\b)|"
                           r"\b(?:and|so)\s+(?:now\s+)?(?=(?:i|i'm|im|i've|my|he|she|they|we|it's)\s))\s*", re.I)
# A clause that starts like this already has its subject ("he left", "my mum...").
_HAS_SUBJECT = re.compile(r"^(?:you|you're|you've|you'd|you'll|he|he's|she|she's|they|they're|it|it's|that|this|there|"
                          r"your|his|her|their|the|a|an|everyone|everything|nobody|nothing|someone|something|people|we|no one)\b",
                          re.I)
# ...and one that starts with a verb lost its "I" ("am not feeling good").
_NEEDS_YOU = re.compile(r"^(?:are|were|have|had|feel|felt|don't|do|did|get|got|keep|kept|need|"
                        r"want|wanted|miss|missed|lost|love|hate|started|stopped|tried|just|haven't|hadn't|didn't|"
                        r"can't|cannot|couldn't|won't|wouldn't|never|always|enjoy|enjoyed|wish|hope|went)\b", re.I)
_DENIED_BEFORE_BUT = re.compile(r"^[^,;]*?\b(?:not|never|\w+n't|cannot|cant)\b[^,;]*?,?\s+(?:but|however)\s+(?=\S+\s+\S)", re.I)
_CONCEDED_BEFORE_BUT = re.compile(
    r"^(?:[^,;]*?\b(?:do|does|did)\s+(?!not\b)(?:really\s+)?(?:love|like|enjoy|care|want|know|understand|appreciate|miss|get|"
    r"trust|feel|try|think|believe|need|have)\b|[^;]*?\b(?:at first|at the start|in the beginning|initially|"
    r"to begin with|it started|normally|usually|ordinarily|typically)|[^;,]*?\b(?:i|we)\s+(?:would|could)\s+(?!not\b|never\b))"
    r"[^;]*?,?\s+(?:but|however|though|then)\s+"
    r"(?:now\s+|then\s+)?(?=\S+\s+\S)", re.I)
# Two sides given as one point: "sometimes X and other times Y", "X, just not Y".
_TWO_SIDES = re.compile(r"\b(?:other|some)\s+(?:times|days)\b.*\b(?:other|some)\s+(?:times|days)\b|\bsometimes\b.*\bother\s+times\b|"
                        r"\bother\s+times\b|,\s*(?:just|only)\s+not\b|\bone\s+minute\b.*\bthe\s+next\b", re.I)
_CLOSING = re.compile(r"\b(?:thanks?(?!\s+to\b)|thank you|goodbye|bye|best wishes|(?<!\bi\s)(?<!\bwe\s)(?<!\bthey\s)(?<!\bto\s)(?<!\bn.t\s)(?<!\bnot\s)have a (?:good|nice|great|lovely|wonderful|happy|safe|merry) (?:day|night|evening|one|weekend|week|rest|holiday|holidays|christmas|thanksgiving|time|trip|break|new year)|enjoy (?:your|the) (?:day|evening|weekend|holiday|holidays|break)|nice talking|good talking)\b", re.I)


# "Work has been...", "The new job is...": a noun phrase, then its verb.
_NOUN_THEN_VERB = re.compile(r"^(?:(?!(?:you|he|she|they|we|i)\b)[a-z']+\s+){1,3}?(?:is|was|has|have|had|are|were|keeps|kept|feels|felt|seems|seemed|"
                             r"makes|made|gets|got|won't|doesn't|didn't|isn't|wasn't|hasn't|can't|will|might|could|would|"
                             r"may|can)\b", re.I)


# ...and one that starts with what they are going through, its "I'm" dropped.
_DOING_NOW = re.compile(r"^(?:having|dealing|struggling|going\s+through|coping)\s+(?:a|an|some|so|real|serious|big|lots|problems?|"
                        r"issues?|trouble|difficulties|with)\b", re.I)
_PURPOSE = re.compile(r"^so\s+that\b", re.I)
# "mostly canned soup, if I am honest": the stance after it is no part of what is given back
_HONESTLY_AFTER = re.compile(r",?\s*(?:if\s+i'?m\s+(?:being\s+)?honest|if\s+i\s+am\s+(?:being\s+)?honest|to\s+be\s+honest|tbh|honestly)\s*$", re.I)
_PRONOUN_FIRST = re.compile(r"^\W*(?:i|i'm|im|i've|ive|i'd|he|he's|she|she's|they|they're|we|we're|it|it's)\b", re.I)
# "your girlfriend and you split": said back, the person comes first
_YOU_LAST = re.compile(r"^(your\s+(?:\w+\s+){0,2}?\w+)\s+and\s+you\b", re.I)
# A clause that leads in to the one after it ("As we start..., I'm worried")
# (one that tells an event, "since my dad died", is still given back)
# "My manager pulled me into a meeting in front of the whole team and
# basically said my report was rubbish": too long to give back without
# parroting, its last deed is the point: "your manager said your report was
# rubbish". Two deeds by one doer, the second said after "and".
_TWO_DEEDS = re.compile(
    r"^(?P<doer>(?:my|his|her|our|their|the)\s+(?:\w+\s+){0,2}?\w+|i|he|she|they|we)\s+(?!(?:and|or|but)\b)\w+\b.{8,}?"
    r"\s+and\s+(?:then\s+|basically\s+|just\s+|also\s+|even\s+|literally\s+)?"
    r"(?P<deed>(?:said|told|called|asked|shouted|yelled|screamed|laughed|walked|threw|sent|gave|started|made|took|left|went|kept|"
    r"blamed|accused|refused|ignored|hung|slammed|stormed|cried|swore|promised|decided)\b.{6,})$", re.I)
_LEADS_IN = re.compile(r"^\W*(?:as|when|whenever|while|before|until|once)\s+(?!well\b|for\b|if\b|soon\b|long\b|much\b)", re.I)
_CLAUSE_AFTER = re.compile(r"\b(?:i|i'm|im|he|she|they|we|it|my|our|their|his|her)\b", re.I)
# A feeling said without its "I'm" ("a bit concerned", "so tired of it"):
# given back as it is, "It sounds like a bit concerned" had no subject
_SO_MUCH = r"(?:a\s+(?:bit|little|lot)|quite|really|so|very|pretty|kind\s+of|kinda|super|extremely|too|totally|rather|fairly)"
_FEELING_WORD = (r"(?:\w+ed|sad|upset|lonely|low|down|lost|angry|scared|afraid|anxious|nervous|miserable|unhappy|hopeless|helpless"
                 r"|numb|empty|tired|sick|fed\s+up)")
_BARE_FEELING = re.compile(r"^(?:" + _SO_MUCH + r"\s+)+" + _FEELING_WORD + r"\b(?!\s+(?:to|by|that|it|him|her|them|me|my|his|the)\b\s+\w+\s+(?:is|are|was|were|has|have)\b)", re.I)
# A dependent clause ("especially when...", "the second you...") cannot stand alone.
_DEPENDENT = re.compile(r"^(?:especially|when|whenever|if|while|since|after|before|as|until|unless|whether|what|which|who|"
                        r"where|how|why|even|the\s+(?:second|moment|minute|day|time)|although|whereas)\b", re.I)


# ...and words that single it out rather than say how much ("only worried most").
_FOCUS = {"only", "even", "also", "most", "mostly", "least", "especially", "particularly"}
_BEFORE_A_FEELING = {"and", "or", "so", "very", "really", "more", "less", "bit", "little", "quite", "too", "pretty", "kind",
                     "sort", "a", "totally", "completely", "just", "still", "getting", "get", "got", "feel", "felt",
                     "feeling", "being", "been", "am", "was", "is", "are", "were"}


# "a bit stressed": a degree and a word, no verb; "a" here opens no subject
_DEGREE_ONLY = re.compile(r"^an?\s+(?:bit|little|tad|touch)\s+(?:more\s+|less\s+|too\s+)?[a-z'-]+$", re.I)


def _with_subject(clause: str) -> str | None:
    if _DEPENDENT.match(clause):
        return None
    if _DEGREE_ONLY.match(clause):
        return "you're feeling " + clause[0].lower() + clause[1:] if FEELING.search(clause) else None
    if _HAS_SUBJECT.match(clause) or (_NOUN_THEN_VERB.match(clause) and not _NEEDS_YOU.match(clause)):
        return clause
    if re.match(r"were\b", clause, re.I):
        return None   # "so were waiting to hear back" is "we're", typed without its mark: never "you were waiting"
    if _NEEDS_YOU.match(clause):
        return "you " + clause[0].lower() + clause[1:]
    if _DOING_NOW.match(clause) and len(clause.split()) >= 3:
        return "you're " + clause[0].lower() + clause[1:]   # "having problems with a friend"
    if FEELING.search(clause) and len(clause.split()) <= 6:
        feeling = re.sub(r"^(?:(?:feeling|being|so|very)\s+)+", "", clause, flags=re.I)
        words_ = feeling.lower().split()
        named = FEELING.search(feeling)
        if named and set(feeling[:named.start()].lower().split()) & _FOCUS:
            return None   # "only worried most about your mother": what stands before it is no degree of it
        # "Feeling heard helped" is a sentence with its own verb, not a feeling
        own_verb = (len(words_) >= 2 and words_[-1].endswith("ed") and words_[-2] not in _BEFORE_A_FEELING) or \
            (len(words_) >= 2 and (words_[0] in VERBS or words_[0] in ("makes", "gets", "keeps", "leaves", "drives"))) \
            or (words_ and words_[0] == "not")   # "not sad" is what they do not feel
        # ...nor is "makes you anxious" (its subject, "that", was dropped)
        if _NEEDS_YOU.match(feeling) or " like" in feeling or own_verb \
                or re.search(r"\b(?:you|he|she|they|we|it)\s+(?:are|is|was|were|have|has|had|do|does|did|feel|felt|"
                             r"can|will|would|could|get|got)\b", feeling, re.I):
            return None   # ...nor is "still you are worried": a clause of its own
        # "still sad" is "you're still feeling sad", never "you're feeling still sad"
        still = re.match(r"(still|always|now)\s+", feeling, re.I)
        feeling = feeling if re.match(r"I\b", feeling) else feeling[:1].lower() + feeling[1:]   # "More worried" opened its sentence
        return f"you're {still.group(1).lower()} feeling {feeling[still.end():]}" if still else "you're feeling " + feeling
    return None


# "...quetiapine, which I take at night": after a "which" that is its object,
# the clause has a gap ("you take at night") and is not said alone.
_OBJECT_GAP = re.compile(r"(?:i|i'm|he|she|they|we|you|my|his|her|their|our|the)\b", re.I)


# A hedge or a wish before a clause: "maybe I didn't try hard enough", "I
# wish I had friends I could trust". Read blind, the clause given back
# without it said the opposite ("You have friends you could trust") or agreed
# with their harshest guess as a fact.
# (a wish is kept: "wished I had friends" is never cut to what follows it, _LATER_I)
_HEDGE = re.compile(r"\b(?:maybe|perhaps|if\s+only|hopefully)\b", re.I)
# ...but a step of their own ("maybe I need to walk again") is given back as
# their sense of it ("you feel you need to..."), which keeps it tentative
_OWN_STEP = re.compile(r"\bi\s+(?:should|need\s+to|ought\s+to|have\s+to)\b", re.I)
_HEDGE_BEFORE = re.compile(_HEDGE.pattern + r"\W*$", re.I)
# Blame they lay on themselves ("I caused it", "I let them down")
_SELF_BLAME = re.compile(r"^\W*i\s+(?:(?:just|really|totally|completely|always|kind\s+of|probably)\s+)?(?:caused|ruined|wrecked|destroyed|screwed|messed|blew"
                         r"|let\s+(?:\w+\s+){1,3}?down|failed\s+(?:him|her|them|everyone|you|my\s+(?:kids|children|family|son|daughter|wife|husband|partner"
                         r"|mum|mom|dad|parents|friends?)))\b", re.I)


# A hope or a fear that frames what follows in its sentence: "I'm hoping the
# rules change soon and I can go back to my old job", "the fear that I
# will fail, it will wreck my plans". Read blind, the later clause given
# back alone ("You can go back to your old job") turned it into a fact.
_FRAME_BEFORE = re.compile(r"\b(?:(?:i'?m|i\s+am|im)\s+hoping|i\s+hope|hoping\s+(?:that\s+)?(?:i|we|it|things)|(?:the|my)\s+fear"
                           r"|(?:afraid|worried|scared|terrified|frightened)\s+that|i\s+(?:fear|wish|dread|pray))\b", re.I)


_CONTRAST = re.compile(r"\b(?:but|however|though|although|yet)\b", re.I)


def _hedged(sentence: str, part: str) -> bool:
    """Whether ``part`` of ``sentence`` opens with a hedge or a wish, or
    follows one, or a hope or a fear that frames it."""
    at = sentence.lower().find(part.strip().lower())
    frames = list(_FRAME_BEFORE.finditer(sentence[:at])) if at > 0 else []
    # ("I hope so, but it looks like it'll take months": past a "but", the frame is over)
    framed = bool(frames) and not _CONTRAST.search(sentence[frames[-1].end():at])
    return bool(re.match(r"^\W*(?:i\s+)?" + _HEDGE.pattern, part.strip(), re.I)) or (at > 0 and bool(_HEDGE_BEFORE.search(sentence[:at]))) \
        or framed


def _clauses(sentence: str) -> list[str]:
    """The sentence's clauses, split at _CLAUSE_BREAK; never inside a fixed
    expression ("stuck between my mum | and my wife")."""
    spans = fixed_spans(sentence)
    parts, start, gap = [], 0, False
    for m in _CLAUSE_BREAK.finditer(sentence):
        at = len(sentence[:m.start()].split())
        if any(s < at < e for s, e in spans):
            continue
        if m.group(0).strip().lower().startswith("and") and not has_a_verb(sentence[start:m.start()]) \
                and not _PRONOUN_FIRST.match(sentence[start:m.start()]):
            continue   # "my colleague and I": one subject, not two clauses
        parts.append("" if gap else sentence[start:m.start()])
        start = m.end()
        # the gap runs on to the sentence's end: "which my wife finds alarming but I consider harmless"
        gap = gap or (m.group(0).strip().lower() == "which" and bool(_OBJECT_GAP.match(sentence[start:])))
    return parts + ["" if gap else sentence[start:]]


def _before_second_person(clause: str) -> str | None:
    """The clause, or its part before a word addressed to "you": "I look
    after my two boys and now everyone asks what work have you done lately"
    keeps what is theirs. A clause that opens by addressing the
    companion ("may you join my facebook") is not theirs to reflect."""
    m = _SECOND_PERSON.search(clause)
    if m is None:
        return clause
    before = clause[:m.start()].split()
    for cut in sorted((i for i in range(SHORTEST, len(before)) if before[i].lower() in BOUNDARY), reverse=True):
        kept = before[:cut]
        while kept and kept[-1].lower().strip(",") in HANGING:
            if kept.pop().lower() in VERB_OF_SUBJECT:
                break  # "...and now people [are]": its subject would be left without its verb
        else:
            if len(kept) >= SHORTEST + 1 and not cuts_into(clause, len(kept)):
                return " ".join(kept).strip(" ,")
    return None


_FIRST_PERSON_START = re.compile(r"^(?:i|i'm|im|i've|ive|i'd|id|i'll|me|we|we're|we've)\b", re.I)


def _subject_of(clause: str) -> str | None:
    """"me" when the clause is the person's own, "other" when it opens with
    someone else as its subject, None when it has none of its own."""
    if not clause:
        return None
    if _FIRST_PERSON_START.match(clause):
        return "me"
    if _NEEDS_YOU.match(clause):
        return None
    if _HAS_SUBJECT.match(clause) or _NOUN_THEN_VERB.match(clause) or re.match(r"^my\s", clause, re.I):
        return "other"
    return None


def _cut_in_a_list(part: str, after: list[str]) -> bool:
    """Whether the clause stops at the first item of a list that runs on
    into a verb of its own: "we could order whatever pizza | pasta | or
    salad suits the kids" is no clause ending at "pizza". A list at the
    end ("you lost your job | your car") or of feelings still says one of
    its items truly."""
    items = 0
    for nxt in after:
        words_ = nxt.strip().rstrip(".!?\u2026,;:").split()
        if 0 < len(words_) <= 2 and not any(is_verb(w.lower(), 1) for w in words_):
            items += 1
            continue
        # the last item, joined by "or"/"and", with the verb the whole list shares
        return items > 0 and bool(words_) and words_[0].lower() in ("or", "and") \
            and any(is_verb(w.lower(), 2) for w in words_[1:]) and not FEELING.search(part.split()[-1] if part else "")
    return False


# A sentence that opens by granting something: "Even though / Although X, ...".
# (After the main clause, "..., although I'm worried about it" is often the point.)
_CONCESSIVE = re.compile(r"^\W*(?:even\s+though|although|even\s+if)\s+([^,;.!?]+)", re.I)
# "X but Y": the weight falls on Y ("I had a stall at the market but the council shut it down").
_BUT = re.compile(r"(?:,\s*|\s+)(?:but|however),?\s+(?=\S+\s+\S)", re.I)
_NOT_BEFORE = re.compile(r"\b(?:not|never|no|n't|nt|hardly)\s+(?:\w+\s+)?$", re.I)


_NOT_ONLY = re.compile(r"\bnot\s+(?:just|only|simply|merely)\b[^,;.]*$", re.I)


def _names_a_feeling(text: str) -> bool:
    """A feeling named and not denied: "I'm worried", never "I'm not worried"."""
    return any(not _NOT_BEFORE.search(text[:m.start()].replace("n't", " n't")) for m in FEELING.finditer(text))


_GRANTED = re.compile(r"^\W*(?:(?:and|yeah|well)\W+)?i\s+(?:know|get\s+(?:that|it)|realis|realiz|understand)\w*\b", re.I)
_OWN_STATE = re.compile(r"^\W*(?:i'?m|im|i\s+am|i\s+feel|i\s+still|i'?ve\s+been|i\s+can'?t)\b", re.I)


def _the_point_after_but(sentence: str) -> str:
    """What follows the sentence's last "but", when it says something of its
    own and what went before names no feeling: reflected alone, the part
    before "but" is the background, not the point. A feeling before "but"
    ("I'm scared but I have to go") is kept."""
    found = list(_BUT.finditer(sentence))
    if not found:
        return sentence
    before, after = sentence[:found[-1].start()], sentence[found[-1].end():]
    if _NOT_ONLY.search(before):
        return sentence   # "not just me but my whole team" adds, it does not turn
    if _GRANTED.match(before) and _OWN_STATE.match(after):
        return after   # "I know she was old but I'm a wreck": what is granted is never the point
    if len(content_words(after)) < 2 or _names_a_feeling(before) or _STRONG.search(before):
        return sentence
    # "he passed but didn't seem pleased": without its subject the verb would become "you"'s
    bare = re.sub(r"^(?:(?:usually|often|sometimes|now|then|just|\w{3,}ly)\s+)+", "", _OPENING_FILLER.sub("", after).strip(), flags=re.I)
    if _subject_of(bare) is None:
        return sentence
    return after


# The weight of the turn's last sentence, said after what led up to it
# ("My brother moved in and I've gone back to work. My husband still has no job.").
_LAST_SAID = 2.0


# A detail that places the story rather than tells it: where someone lives,
# how far away, where they work, how old someone is.
_BACKGROUND = re.compile(r"\b(?:lives?|lived|living)\s+(?:in|at|near|abroad|nearby|\w+\s+(?:minutes?|miles?|hours?|doors?|streets?))\b"
                         r"|\b(?:minutes?|miles?|hours?|doors?)\s+(?:away|down\s+the\s+road)\b|\b(?:works?|worked)\s+(?:at|as)\s+(?:a|an|the)\b"
                         r"|\b(?:is|was|are|am|'s|'re|turned|turns)\s+(?:\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|eleven|twelve|\w+teen)"
                         r"(?:\s+(?:years?|months?|weeks?)(?:\s+old)?)?\s*$"
                         r"|\b(?:is|was|'s)\s+the\s+(?:ward|office|line|store|shop|practice|area|team|regional|general|deputy|assistant)?\s*(?:manager|boss|head|supervisor)\s*$"
                         r"|\bborn\s+in\b|\bname(?:'s|\s+is)\b|\bhas\s+got\s+(?:\w+\s+)?(?:children|kids|boys|girls|grandchildren)\b"
                         # the part they play ("I'm a student nurse", "I am a carer for my dad")
                         r"|^\W*(?:i'?m|i\s+am)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:mum|mom|mother|dad|father|parent|student|nurse|teacher|carer|caregiver)\b", re.I)


# An apology to the companion ("Sorry my English is not perfect", "sorry for
# rambling"): said to it, not what they are going through.
_APOLOGY = re.compile(r"^\W*(?:(?:oh|um+|ok(?:ay)?|and)\W+)?(?:i'?m\s+|i\s+am\s+)?(?:so\s+|really\s+)?(?:sorry|apologies|excuse\s+me)\b"
                      r"(?!\s+(?:about|for)\s+(?:your|my|his|her|their|the)\s+loss)", re.I)


def _clause_score(clause: str) -> float:
    content = len(content_words(clause))
    return _score(clause) + 0.8 * min(content, 5) - 0.1 * max(0, len(clause.split()) - LONGEST)


# A condition: the clauses after it in its sentence say what would follow,
# not what is. "If I'm honest" and "if that makes sense" set no condition.
_CONDITION = re.compile(r"^\W*(?:(?:and|but|so|or)\s+)?(?:if|unless|in\s+case|otherwise)\b"
                        r"(?!\s+(?:i'?m|i\s+am)\s+(?:being\s+)?honest|\s+that\s+makes\s+sense|\s+you\s+know\s+what)", re.I)


# "The longer I wait, the worse it gets": each half of a
# comparison that runs in pairs says nothing alone ("It sounds like the
# longer you wait." was read blind as broken)
_RUNS_IN_PAIRS = re.compile(r"^\W*(?:(?:and|but|so)\s+)?the\s+(?:longer|more|less|sooner|later|harder|easier|bigger|smaller|worse|better|older|further|closer|fewer|faster|slower|earlier)\b", re.I)


def opening_reflection(text: str) -> str | None:
    """A first sentence that takes up the person's words, turned round and
    reworded; None when there is nothing to reflect (a greeting, a question,
    a thank-you, a bare "yes"), so the model begins instead."""
    return next(opening_reflections(text), None)


def opening_reflections(text: str) -> Iterator[str]:
    """Every opening reflection of ``text``, best first: the caller takes the
    first one its guard passes ("you're struggling with depression" names a
    diagnosis, "you're a mum at home with your children" does not)."""
    text = tidy((text or "").replace("\u2019", "'"))
    # a stray mark typed at a word's end ("bring it up to him>.") is no word
    text = re.sub(r"(?<=\w)[<>*#@_~^|{}=\\]+(?=[\s.,!?]|$)", "", text)
    clauses = []
    last_said = set()   # the clauses of the turn's last sentence: where the point usually falls
    sentences = split_sentences(text or "")
    for at_sentence, sentence in enumerate(sentences):
        if _CLOSING.search(sentence):
            continue
        # an aside "(about two days a week)" is not the point, and cut it would hang
        sentence = re.sub(r"\s*\([^)]*(?:\)|$)", "", sentence)
        # "I haven't been anxious in years, but this year...": the denial sets up the point after "but"
        if _TWO_SIDES.search(sentence):
            continue   # "sometimes I feel strong and other times so weak": one half alone turns the point round
        # "I do love my kids, but...", "at first it was great but now...": what
        # is granted sets up the point after "but"
        parts = _clauses(_the_point_after_but(_CONCEDED_BEFORE_BUT.sub("", _DENIED_BEFORE_BUT.sub("", sentence))))
        if sentence.rstrip().endswith("?"):
            # "I'm having a rough day, how are you?": what comes before the
            # question is theirs to have reflected; the question is not.
            parts = parts[:-1]
        # "even though the house is a mess": what is granted is not the point
        conceded = {m.group(1).strip(" ,.!?").lower() for m in _CONCESSIVE.finditer(sentence)}
        # whose the sentence's last clause was: "he", "my mum", or the person's
        # "I"; a sentence that opens on a past verb with no subject goes on
        # with the last one's ("Kev's finally asleep. Took two hours tonight.")
        subject = None   # whose the sentence's last clause was: "he", "my mum", or the person's "I"
        conditional = False   # "If I fail, then I have to retake it": what follows is no fact
        for at, part in enumerate(parts):
            part = _HONESTLY_AFTER.sub("", part.strip().rstrip(".!?\u2026,;:"))
            if _CONDITION.match(part):
                conditional = True
            if conditional or _cut_in_a_list(part, parts[at + 1:]) or part.lower() in conceded:
                continue
            if _PURPOSE.match(part) or _RUNS_IN_PAIRS.match(part):
                continue   # "so" and "that" would go as openers, and the purpose read as a fact
            if _APOLOGY.match(part):
                continue   # "Sorry my English is not perfect" is said to the companion, never given back
            if _LEADS_IN.match(part) and at < len(parts) - 1:
                continue   # "As my colleague and I take over her work, I'm worried...": the point follows
            bare = _OPENING_FILLER.sub("", part).strip()
            # "a bit worried as they may let more staff go": the "I'm" left unsaid is put back
            if _BARE_FEELING.match(bare) and _CLAUSE_AFTER.search(bare):
                bare = "I'm " + bare   # (alone, "a bit tired" is given back as "you're feeling a bit tired")
            before, subject = subject, _subject_of(bare) or subject
            if before == "other" and _NEEDS_YOU.match(bare) and not _FIRST_PERSON_START.match(bare):
                continue   # "he got good marks but didn't enjoy school": the verb is still his, never "you didn't"
            if _SELF_BLAME.search(bare):
                # "I caused it", "I let my kids down": given back as a fact it
                # reads as agreeing (read blind as hurtful); as their feeling
                # it stays theirs: "you feel you let your kids down"
                bare = "I feel " + bare
            # "I think things will improve": when the bare clause says too
            # little, the person's stance is part of what they said.
            with_stance = _LEAD_FILLER.sub("", part).strip()
            hedged = _hedged(sentence, part)
            # "I guess she never loved me" is their guess, never "she never
            # loved you" as a fact: a hedging stance is kept, and tried first
            if _HEDGING_STANCE.match(with_stance):
                tried = (_AS_THINK.sub("I think", with_stance), bare)
            elif _STANCE.match(with_stance):
                tried = (bare, with_stance)
            else:
                tried = (bare,)
            for clause in tried:
                if _STANCE.match(clause) and _DEPENDENT.match(_STANCE.sub("", clause).strip()):
                    continue   # "I think if my knee heals" lost what follows the "if"
                if hedged and not _OWN_STEP.search(clause):
                    continue   # "maybe I let her down" is no "you let her down" (the hedge goes as filler)
                clause = _before_second_person(clause)
                if clause and len(clause.split()) >= 2 \
                        and len(content_words(clause)) >= _needed(clause):
                    clauses.append(clause)
                    two = _TWO_DEEDS.match(clause)
                    if two and len(clause.split()) > 12:
                        clauses.append(f"{two['doer']} {two['deed']}")   # tried as well, when the whole cannot be
                    if at_sentence == len(sentences) - 1 and len(sentences) > 1:
                        last_said.add(clause)
                    break
    if any(_names_a_feeling(c) for c in clauses):
        # "I'm not angry with the school. Sad and lonely about it": the feeling they
        # deny is not the one given back when they name another
        clauses = [c for c in clauses if _names_a_feeling(c) or not FEELING.search(c)]
    seen = set()
    ranked = sorted(clauses, key=lambda c: _clause_score(c) + _LAST_SAID * (c in last_said), reverse=True)
    placing = [c for c in ranked if _BACKGROUND.search(c)][:2]
    best = [c for c in ranked if c not in placing][:4] + placing
    if placing and "?" in text and len(placing) == len(best):
        # only an aside beside their question ("she's the ward manager"): the question is answered without it
        return
    # A true paraphrase first; then, rather than nothing, one that keeps a
    # five-word run of theirs ("you lived in a small apartment").
    # Last, a bare feeling ("you're stressed"), short but enough.
    tiers = ((PARROT_RUN, SHORTEST), (PARROT_RUN + 1, SHORTEST), (PARROT_RUN + 2, SHORTEST), (PARROT_RUN, 2))
    if best and best[0] in last_said:
        # the point, said last and weighed best, is given back even with a
        # longer echo of theirs, before any clause that led up to it
        for run, shortest in tiers:
            for candidate in (c for c in best if c in last_said and c not in placing):
                for sentence in _reflect_clause(candidate, text, run, shortest) or ():
                    if sentence not in seen:
                        seen.add(sentence)
                        yield sentence
    # what tells the story first, in every form; a detail that only places
    # it after ("So you live ten minutes away" had answered a turn about
    # years of caring for a mother)
    for group in ([c for c in best if c not in placing], placing):
        for run, shortest in tiers:
            for candidate in group:
                for sentence in _reflect_clause(candidate, text, run, shortest) or ():
                    if sentence not in seen:
                        seen.add(sentence)
                        yield sentence
    fragment = _fragment_echo(text)
    if fragment and fragment not in seen:
        yield fragment


# A short turn with no clause of its own ("Kind of controlling and annoying."):
# its words, given back as they are, are the reflection.
_FRAGMENT_MAX = 6


# "and how she doesn't care", "what if they're disappointed": half of a
# question or of a sentence, no fragment to give back
_ASKS_OR_JOINS = re.compile(r"(?:what|how|why|where|when|who|which|whether|and|but|or|if|because|cause)\b", re.I)


def _fragment_echo(text: str) -> str | None:
    sentences = [s for s in split_sentences(text or "") if s.strip()]
    if len(sentences) != 1 or sentences[0].rstrip().endswith("?") or _CLOSING.search(sentences[0]):
        return None
    fragment = re.sub(r"\s+", " ", FILLER.sub("", _OPENING_FILLER.sub("", sentences[0].strip()))).strip(" ,.!?\u2026;:")
    n = len(fragment.split())
    # Only a fragment that names a feeling: "Corona it kills more people" or
    # "Good afternoon" given back would sound like a machine.
    if not 2 <= n <= _FRAGMENT_MAX or _PERSONAL.search(fragment) or _SECOND_PERSON.search(fragment) \
            or _HAS_SUBJECT.match(fragment) or _NEEDS_YOU.match(fragment) or _ASKS_OR_JOINS.match(fragment) \
            or not (FEELING.search(fragment) or _STRONG.search(fragment)) or not reads_naturally(fragment):
        return None
    frame = choose(("{X}. I hear you.", "{X}, I hear that."), text)
    return frame.replace("{X}", fragment[0].upper() + fragment[1:])


# The shared modal phrases (vocabulary), and the future and contracted ones.
_OBLIGATION = re.compile(r"^you\s+((?:really\s+)?" + alternatives(NEED_TO, HAVE_TO, MUST, SHOULD, (
    r"'ll\ need\ to", r"will\ need\ to", r"'ll\ have\ to", r"will\ have\ to", r"'ve\ got\ to"), GOT_TO, space=r"\s+") + r"\b)", re.I)
_ANSWERS_BACK = re.compile(r"^(?:that|that's|this|this is|it does|it did|it is|it's|it was)\b", re.I)
_EMPTY_SUBJECT = re.compile(r"^(?:it|it's|that|that's|this|there)\b", re.I)
# ...but "the last thing I want" is one phrase: a noun that an "I" clause describes is kept.
_LATER_I = re.compile(r"^(?!(?:how|what|why|should|do|does|did|can|could|would|will|is|am|where|when|who)\b)"
                      # "without it sounding like I'm making excuses" says the opposite without its start
                      r"(?!(?:\S+\s+){0,4}?(?:without|unless|if|instead|rather|not|never|like|as\s+if|in\s+case|scared|afraid|worried|fear|"
                      # "until I hear back I'll..." is no "I hear back"
                      r"until|till|when|whenever|while|before|after|once(?!\s+(?:again|more|a\b|in\b))|"
                      r"said|says|told|tells|thinks|thought|think|believes?|knows?|hopes?|wish(?:ed|es)?)\b)"
                      r"(?:\S+\s+){1,5}?(?<!\bin\s)(?<!\bat\s)(?<!\bon\s)(?<!\bfor\s)(?<!\bfrom\s)(?<!\bwith\s)(?<!\bto\s)(?<!\bof\s)(?<!\bby\s)(?<!thing\s)(?<!one\s)(?<!person\s)(?<!place\s)(?<!time\s)(?<!way\s)"
                      r"(?<!reason\s)(?<!\band\s)(?=(?:i|i'm|im|i've|ive|i'd|my)\s)", re.I)


# Words that carry a whole reflection on their own ("you still love him").
_STRONG = re.compile(r"\b(?:love[sd]?|hate[sd]?|car(?:e|es|ed|ing)|hard|difficult|tough|scary|painful|stressful|uncomfortable|struggl\w*|worr(?:y|ied|ies|ying)|"
                     r"heartbr\w*|frustrat\w*|annoy\w*|confus\w*|broke|grie\w*|mourn\w*)\b", re.I)


# "I think things will improve": the stance and one word say what they meant.
_STANCE = re.compile(r"^(?:i|you)\s+(?:think|guess|hope|believe|suppose|wish|know)\b", re.I)
# A hedge on what someone else did or is ("I think he met someone"); one on
# their own state ("I guess I'm just lonely") goes, as before.
_HEDGING_STANCE = re.compile(r"^i\s+(?:think|guess|believe|suppose|reckon)\s+(?!(?:that\s+)?(?:so|not|about|of|i|i'\w+|im|me|you|u)\b)",
                             re.I)
# ("you guess" and "you suppose" are no way to say it back: "you think")
_AS_THINK = re.compile(r"^i\s+(?:guess|suppose|reckon)\b", re.I)
# ...given back whole: "you think" and a clause of its own ("you think the key" was cut from its verb)
_GUESS = re.compile(r"^you\s+(?:think|believe)\s+(?:that\s+)?", re.I)


def _needed(clause: str) -> int:
    """Content words a reflection must take up: two, or one when it names a
    feeling ("you feel betrayed" says enough)."""
    stance_and_more = _STANCE.match(clause) and content_words(_STANCE.sub("", clause))
    if re.search(_LOW_MOOD, clause, re.I) and not content_words(clause):
        return 0   # "you're still so down": the mood is all they said, and enough
    return 1 if FEELING.search(clause) or _STRONG.search(clause) or stance_and_more else 2


def _reflect_clause(clause: str, text: str, run: int = PARROT_RUN, shortest: int = SHORTEST) -> list[str] | None:
    if tense_slip(swap_person(clause)):
        return None   # "yesterday I go to the hospital": without "yesterday" it would say something else
    # "for some reason today I have felt..." -> "I have felt..."; but "Covid
    # didn't cause my anxiety" is whole as it is.
    if not _HAS_SUBJECT.match(clause) and not re.match(r"(?:i|i'm|im|i've|ive|my)\b", clause, re.I):
        shorter = _LATER_I.sub("", clause, count=1)
        if shorter != clause:
            return _turn_round(shorter, text, run, shortest) or _turn_round(clause, text, run, shortest)
    return _turn_round(clause, text, run, shortest)


# "It's hard to know what's right" is about the person: reflected as theirs.
_IMPERSONAL = re.compile(r"^(?:it's|it is|its|it was|this is|that's|that is|(?:it's|it is|its)\s+going\s+to\s+be)\s+"
                         r"(?:so\s+|really\s+|very\s+|just\s+)?"
                         r"(hard|difficult|tough|scary|painful|confusing|frustrating|exhausting|overwhelming|lonely|"
                         r"stressful|heartbreaking|upsetting|awful|horrible|uncomfortable|awkward|embarrassing)\b"
                         r"(?=\s+(?:to|when|not|being|seeing|knowing|having|because|that)\b|\s*$)", re.I)


def _as_theirs(clause: str) -> str:
    plain = re.sub(r"\s+", " ", FILLER.sub("", clause)).strip()
    if not _IMPERSONAL.match(plain):
        return clause
    clause = plain

    def theirs(m: re.Match) -> str:
        said = m.group(0).lower()
        frame = "you found it " if said.startswith("it was") else \
            "you feel it's going to be " if "going to be" in said else "you find it "
        return frame + m.group(1).lower()
    return _IMPERSONAL.sub(theirs, clause, count=1)


_ADJECTIVE_FIRST = re.compile(r"^(?:kinda\s+|kind\s+of\s+|so\s+|really\s+|a\s+bit\s+|pretty\s+|quite\s+)*(?:weird|strange|funny|odd|good|nice|crazy|mad"
                             r"|annoying|great|cool|sad|hard|easier|better|ironic|typical|glad|lucky)\s+(?:that|how)\b", re.I)
_OWN_FORECAST = re.compile(r"^(you(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to)\s+(?:probably|likely|never|always)\b)", re.I)
_SAYS_A_STATE = re.compile(r"^you(?:'re|\s+are|\s+were|\s+was|\s+feel\w*|\s+felt|'ve\s+been|\s+have\s+been|\s+get|\s+got|\s+seem\w*)\b", re.I)
_AND_A_FEELING = re.compile(r"\band\s+((?:" + _SO_MUCH + r"\s+)*)(\w+)\b(?=\s*(?:about\b|$|[,.]))", re.I)


def _and_youre(m: re.Match) -> str:
    """ "and so sad" -> "and you're so sad"; a word that is no feeling
    ("and talked about it") is left as it is."""
    degree, word = m.group(1), m.group(2)
    feeling = (FEELING.fullmatch(word) and word.lower() not in ("feel", "felt", "feeling", "miss")) \
        or (degree and re.fullmatch(_FEELING_WORD, word, re.I))
    return f"and you're {degree}{word}" if feeling else m.group(0)
_TRAILING_HEDGE = re.compile(r",?\s+you\s+(?:guess|suppose|think)\s*$", re.I)
_SEEMS = re.compile(r"^it\s+(?:looks|seems|sounds|feels)\s+(?:like|as\s+if|as\s+though)\b", re.I)


def _turn_round(said: str, text: str, run: int, shortest: int = SHORTEST) -> list[str] | None:
    clause = _with_subject(reword(_as_theirs(swap_person(said)), text, run))
    if clause is None:
        return None
    # Their "I need to" turned round is a command ("you need to..."); it is
    # their sense of obligation that is reflected.
    clause = _OBLIGATION.sub(r"you feel you \1", clause, count=1)
    # their own forecast ("I'll probably stay anxious") is theirs: "you'll
    # probably stay anxious" said back reads as the companion's prediction
    clause = _OWN_FORECAST.sub(r"you think \1", clause, count=1)
    clause = _YOU_LAST.sub(r"you and \1", clause, count=1)
    # "we broke up and sad about it": the "you're" they left unsaid is put back
    if not _SAYS_A_STATE.match(clause):
        clause = _AND_A_FEELING.sub(_and_youre, clause, count=1)
    fitted = fit(clause, text, run)
    if (run > PARROT_RUN + 1 and fitted != clause) or not keeps_its_meaning(said, clause, fitted):
        return None  # a longer echo of their words only when it is whole, never cut mid-thought
    # "I'll be okay with the new routine i suppose": a hedge trailing at the
    # end goes, never given back as "...routine you suppose"
    # (what it took up is still counted with the hedge: one word left alone says too little)
    if (guess := _GUESS.match(fitted)) and (len(fitted[guess.end():].split()) < 2 or not has_a_verb(fitted[guess.end():])):
        return None
    clause = _TRAILING_HEDGE.sub("", fitted)
    taken_up = content_words(fitted) & content_words(text)
    if shortest < SHORTEST and not FEELING.search(clause):
        return None
    if (len(clause.split()) < shortest or shared_run(clause, text) >= run
            or len(taken_up) < _needed(clause)):
        return None  # too little of what they said survived
    if len(taken_up) < 2 and _EMPTY_SUBJECT.match(clause):
        return None  # "it is hard" says nothing the person would recognise
    if _ANSWERS_BACK.match(clause) and not (FEELING.search(clause) or _STRONG.search(clause)):
        return None  # "that's not the case here" answers what was said to them; given back it means nothing
    if not reads_as_sentence(clause) or _ADJECTIVE_FIRST.match(clause):
        return None   # ("kinda weird that makes it easier" is no clause to say "It sounds like" before)
    if not re.match(r"(?:you|he|she|they|we|it|i|there)\b", clause, re.I) \
            and not has_a_verb(clause):
        return None   # "your whole team" is no clause to say "if I'm hearing you right" after
    if MAYBE_A_NAME.match(clause):
        # "Doug is your love one": lowercased in mid-sentence a name would
        # read "so doug is"; it opens the sentence instead
        frame = "{X}. I can hear that." if FEELING.search(clause) else "{X}, if I'm hearing you right."
        return [frame.replace("{X}", clause)]
    if not clause.startswith("I "):
        clause = clause[0].lower() + clause[1:]
    if FEELING.search(clause):
        frames = ("It sounds like {x}.", "So {x}.", "{X}. I can hear that.")
    elif len(clause.split()) <= 8:
        frames = ("So {x}.", "It sounds like {x}.", "{X}, if I'm hearing you right.")
    else:
        frames = ("So {x}.", "It sounds like {x}.")
    if _SEEMS.match(clause):
        frames = tuple(f for f in frames if not f.startswith("It sounds like"))   # "It sounds like it looks like..."
    if re.search(r"\bso\b", clause, re.I) and len(frames) > 1:
        frames = tuple(f for f in frames if not f.startswith("So "))   # "So you're so nervous" says "so" twice
    first = choose(frames, text)
    # The chosen frame first; the others in case the guard reads one as a
    # verdict ("it sounds like you are depressed" diagnoses; "so you are
    # depressed" gives their words back).
    return [f.replace("{X}", clause[0].upper() + clause[1:]).replace("{x}", clause)
            for f in (first,) + tuple(f for f in frames if f != first)]


__all__ = ["FEELING", "choose", "clause_of", "frame_and_clause", "longest_shared_run", "lower_first",
           "opening_reflection", "opening_reflections", "reflection_of", "swap_person"]
