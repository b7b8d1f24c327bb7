"""Whether a reflected clause reads as well-formed English of the companion's
own, so that a slip in the person's typing (or in the turning round) is never
given back as the companion's words.

A reflection is spoken only when its clause reads as a natural sentence;
otherwise the companion says less (a plain acknowledgement). Each check reads
the words of the clause with a rough sense of their kind, no model:

- a verb in its bare form needs something that allows it: a subject that
  takes it ("you", "they", "your parents"), a modal, "to", "do", "and", a
  "let" or "make" before its object. "you need ways alleviate stress" (no
  "to"), "next year bring blessings" (a singular subject) and "you're walk in
  alone" (after "are") have none;
- helping verbs in a row that do not go together: "it is been", "its was",
  "your moods been" (no "have" before "been");
- a word the companion would say for the person: "we'll see" turned round
  keeps "we", which is not the person alone;
- a quantity that runs into a clause ("so much it's speculation"), a word
  typed twice ("you do do that");
- a degree word left at the end with nothing to modify ("hard especially");
- a word that is no real word ("fll", "petdeliveryservices":
  reflection_lexicon), or a slip of grammar ("a new jobs", "your brain
  have", "you know her you had warned him": reflection_slips).
"""
from __future__ import annotations

import re

from .hurtful import judges_them
from .reflection_lexicon import all_real_words
from .reflection_slips import grammar_slip

_TOKEN = re.compile(r"[a-z0-9']+")


def _segments(clause: str) -> list[list[str]]:
    """The clause's words, lower case, in its parts between commas, dashes
    and the like: words either side of a comma are not read as a pair."""
    parts = re.split(r"\s*(?:[,;:\u2014]|\s-\s)\s*", clause.lower().replace("\u2019", "'"))
    return [ws for ws in (_TOKEN.findall(p) for p in parts) if ws]

# Verbs in their bare form that are hardly ever a noun or an adjective: after
# a noun, one of them starts a second verb with its "to" missing, or has lost
# the agreement with its subject.
BARE_VERBS = frozenset("""go come bring become begin seem happen get give know think say tell find keep let put see hear
understand believe forget remember lose buy send spend eat meet sit feel appear allow avoid cope manage reduce relieve
alleviate improve overcome achieve accept afford agree apologize apologise arrive ask choose decide deserve enjoy ensure
explain expect forgive ignore include involve join learn listen prefer pretend protect prove realize realise receive
recover refuse relax remain remind rely seek settle speak succeed suffer survive teach tend wonder write die go grow
bring calm handle breathe motivate concentrate focus want ignore blame argue shout yell scream""".split())
# Verbs whose bare form after "am / are / is" is a slip: the "-ed" or "-ing"
# was lost ("you are scare", "you're walk in alone").
_AFTER_BE = BARE_VERBS | frozenset("""scare stress worry struggle confuse depress bore tire exhaust disappoint
frustrate annoy embarrass overwhelm frighten excite surprise shock satisfy irritate isolate walk talk cry study stay
live panic""".split())

# ...except those whose participle is the bare form ("you were let go").
_SAME_AS_PARTICIPLE = frozenset("let put come become".split())
_BE = frozenset("am are is was were 'm 're be being you're he's she's it's that's there's they're we're i'm".split())
# Words after which a bare verb is allowed: its subject, a modal or "to", a
# "do", a link to an earlier verb, a degree or time word, a question word.
_ALLOWS_BARE = frozenset("""i you we they to will would can could should may might must shall do does did don't doesn't
didn't won't wouldn't can't cannot couldn't shouldn't mustn't not never and or rather better just always also really
still even only often sometimes usually actually ever please gonna wanna gotta let's let lets make makes made help helps
helped watch see saw hear heard have had all both how why what when where who which then first finally soon""".split())
# Verbs that take an object and then a bare verb ("let your emotions get to you").
_CAUSATIVE = frozenset("let lets make makes made making help helps helped watch watched see saw hear heard have has had".split())
# Verbs and prepositions after which a noun is their object, never a new subject.
_TAKES_OBJECT = frozenset("""need needs needed want wants wanted have has had get gets got find found take took use used
give gave try tried for with to about from in on at by into""".split())
_PLURAL_WORDS = frozenset("people children kids men women folks others".split())
_DETERMINERS = frozenset("the a an my your his her their our its this that these those some any many few next last every".split())


def _allowed_by(ws: list[str], i: int) -> bool:
    """Whether the bare verb at ``i`` has what allows it."""
    verb = ws[i]
    while i > 1 and ws[i - 1].endswith("ly") and len(ws[i - 1]) > 4:
        i -= 1        # "you should probably get": an adverb stands between
    if i == 0:
        return True   # the clause opens with it: an order or a dropped "I"
    before = ws[i - 1]
    if before in _ALLOWS_BARE or before.endswith(("n't", "'ll", "'d")):
        return True
    if before in _BE or (before in ("not", "never") and i > 1 and ws[i - 2] in _BE):
        return verb in _SAME_AS_PARTICIPLE   # "you were let go", never "you're walk"
    # its object, then the verb: "made it go away", "let your sister know";
    # two subjects: "your mum and dad seem happy"
    if any(w in _CAUSATIVE for w in ws[max(0, i - 4):i - 1]) or "and" in ws[max(0, i - 3):i - 1]:
        return True
    plural = before in _PLURAL_WORDS or (before.endswith("s") and not before.endswith(("ss", "'s", "us", "is")))
    if before in ("them", "us", "you") and ws[i - 2] == "of":
        return True   # "most of them feel"
    if before in ("them", "him", "her", "me", "us", "it") or not plural:
        return False   # "next year bring", "she go"
    # a plural subject of its own ("you hope your parents come"), not the
    # object of what came before ("you need ways alleviate")
    j = i - 2
    while j >= 0 and ws[j] in _DETERMINERS:
        j -= 1
    return j < 0 or ws[j] not in _TAKES_OBJECT


def bare_verb_slip(clause: str) -> bool:
    """A bare verb with nothing to allow it: "you need ways alleviate
    stress", "you hope next year bring blessings", "you're walk in alone"."""
    return any(_bare_verb_slip_in(ws) for ws in _segments(clause))


# Degree words between "are" and what they describe: "you're so confuse".
_DEGREE_BEFORE = frozenset("so very really too quite a bit little extremely super kinda pretty that more always still".split())


def _bare_verb_slip_in(ws: list[str]) -> bool:
    for i, w in enumerate(ws):
        after_be = i and (ws[i - 1] in _BE or (ws[i - 1] in ("not", "never") and i > 1 and ws[i - 2] in _BE))
        if (w in BARE_VERBS or (after_be and w in _AFTER_BE)) and not _allowed_by(ws, i):
            return True
        j = i - 1
        while j > 0 and ws[j] in _DEGREE_BEFORE:
            j -= 1
        if j < i - 1 and ws[j] in _BE and w in _AFTER_BE and w not in _SAME_AS_PARTICIPLE:
            return True   # "you're so confuse", "you are a bit worry"
    return False


# "been" needs its "have" (adverbs may stand between: "you've never been").
_HAVE = re.compile(r"^(?:have|has|had|having|haven't|hasn't|hadn't|\w+'ve|\w+'d|(?:it|he|she|that|there|who|what|where|this)'s)$")
_BETWEEN = frozenset("not never always just really ever also already even still all only so".split())
# ...nor does a form of "be" (or "its") before another helping verb.
_FINITE = frozenset("am are is was were has will would can could".split()) | _BE


def helping_verb_clash(clause: str) -> bool:
    """Helping verbs that do not go together: "it is been", "its was",
    "your moods been affecting them"."""
    return any(_helping_verb_clash_in(ws) for ws in _segments(clause))


def _helping_verb_clash_in(ws: list[str]) -> bool:
    for i, w in enumerate(ws):
        if w == "been":
            j = i - 1
            while j >= 0 and ws[j] in _BETWEEN:
                j -= 1
            if j < 0 or not _HAVE.match(ws[j]):
                return True
        if i and w in _FINITE - {"be", "being"} and (ws[i - 1] in _BE - {"be", "being"} or ws[i - 1] == "its"):
            return True   # "is was", "are is", "its was"
    return False


# The person's "we" or "I" left in the clause: "we'll see" turned round is
# not theirs alone, and "I" in it would be the companion.
_FIRST_PERSON = frozenset("i me my mine myself we we'll we'd let's our ours us".split())
# A quantity that runs into a clause: "so much it's speculation".
_QUANTITY_INTO_CLAUSE = re.compile(r"\b(?:much|many|lot|lots|most|few|enough)\s+(?:it|it's|he|she|they|you|there)\b", re.I)
# A degree word at the end modifies nothing: "shopping is hard especially".
_DEGREE = frozenset("especially particularly mainly mostly almost such even only very quite rather also".split())
# A word that joins a clause to what follows: "you're wondering whether" hangs.
_JOINS_AT_END = frozenset("whether if because than and or but when while since although unless".split())
# A determiner needs its noun: "you're at the end of your" hangs.
_DETERMINER_AT_END = frozenset("the a an your their our my".split())
_SAID_TWICE_ALLOWED = frozenset({"had", "that"})
# A part that ends on its helping verb answers a question the reflection does not ask.
_HANGS_ON = (_BE - {"being"}) | frozenset("do does did have has will would can could".split())
# "not" after a plain verb, before its object: "they could help not you"
# (of "not just me but...") has lost the half that made it English.
_NOT_AFTER_VERB = re.compile(r"\b(?!(?:am|are|is|was|were|be|been|do|does|did|have|has|had|will|would|can|could|should|may|"
                             r"might|must|shall|and|or|but|if|whether|why|rather|hope|just|still|even|also|simply|\w+ly|\w+'(?:re|s|m|ve|d|ll))\b)[a-z']+\s+not\s+"
                             r"(?:you|him|her|them|me|us|it|the|a|an|my|your|his|their|our)\b", re.I)
# "let" with its object and nothing after: "not to let your emotions" hangs.
_LET_HANGS = re.compile(r"\blet(?:s|ting)?\s+(?:(?:the|a|an|my|your|his|her|their|our|its)\s+)?\w+\s*$", re.I)
# "you feel like the behavior" (of "...the behavior is so destructive") has
# lost its verb: after "feel like", "the" or "his" opens a clause ("a
# failure" is what they feel they are). "you're glad to hear" lost its object.
_LOST_ITS_VERB = re.compile(r"\bfeel(?:s|ing)?\s+like\s+(?:the|this|that|these|those|his|her|their|your|our|its)\s+\w+\s*$"
                            r"|\b(?:glad|happy|sorry|sad|pleased|surprised)\s+to\s+(?:hear|see|know|say)\s*$"
                            # "you'd be glad" (to have the weekend free): the wish lost what it is for
                            r"|\b(?:would|'d)\s+(?:be|feel)\s+(?:so\s+|really\s+|very\s+)?(?:happy|glad|pleased|relieved|excited|grateful)\s*$"
                            # "it's okay my bad" turned round: an apology, not a thing that is bad
                            r"|\byour\s+bad\s*(?:$|[,.;!])"
                            # ...nor is "oh my god" a god of theirs
                            r"|\byour\s+(?:god|gosh|goodness|lord)\b(?!\s+(?:is|was|has|will|would|gives?|gave))"
                            # a typed stray mark would be read out: "bring it up to him>"
                            r"|[<>*#@_~^|\[\]{}=+\\]", re.I)


# A contraction cut at a typed slip ("don;t" read as "don"), a phrasal verb
# with what it works out cut off ("you're trying to figure out"), and a
# second clause run on with no word to join it ("you lost your job you are
# upset"): read blind as broken sentences.
_CUT_CONTRACTION = re.compile(r"\b(?:don|didn|doesn|isn|wasn|couldn|wouldn|shouldn|aren|weren|haven|hasn|hadn|mustn)\b(?!')", re.I)
_PARTICLE_HANGS = re.compile(r"\b(?:figure|find|work|sort|point|make)\s+out\s*$"
                             # "you hope to get back" (into the pool by spring): where to is cut off
                             r"|\bto\s+get\s+back\s*$"
                             # "you ask yourself how long", "you recall how kind": the question or
                             # the exclamation lost its clause ("how long it will last")
                             r"|\b(?:how|what)\s+(?!about\b)[a-z']+\s*$"
                             # "it came at a time" (when...): which time is cut off; "one day at a time" is whole
                             r"|\b(?:happened|happens|came|comes|is|was|were)\s+at\s+a\s+time\s*$", re.I)
_JOINERS = ("that and but because if when so what how why where who which than as or until while since though although whether "
            "like before after once cause cuz then now also just even maybe probably really still the a an think thought know knew "
            "feel felt said say says guess wish wished hope believe see mean realise realize sure").split()
# ...or with a noun of theirs as the second subject: "you can't stop the worry takes over"
_RUN_ON_NOUN = re.compile(r"\b(?:stop|handle|control|fight|help|stand|bear|beat|shake)\s+the\s+\w+\s+(?:takes|gets|keeps|makes|comes|goes|is|has|was)\b",
                          re.I)
_RUN_ON = re.compile(r"\b(?!(?:" + "|".join(_JOINERS) + r")\b)[a-z]+\s+you(?:'re|\s+are|\s+were)\s+(?:so\s+|very\s+|really\s+|just\s+|also\s+)*"
                     r"(?:upset|sad|angry|worried|scared|afraid|anxious|stressed|tired|lonely|mad|frustrated|depressed|nervous|happy|glad)\b", re.I)


def reads_naturally(clause: str) -> bool:
    """Whether ``clause`` (already turned round) reads as a well-formed
    sentence the companion can say as its own."""
    segments = _segments(clause)
    ws = [w for seg in segments for w in seg]
    if not ws or ws[-1] in _DEGREE or (ws[-1] in _DETERMINER_AT_END and not clause.rstrip().endswith(" A")) \
            or ws[-1] in _JOINS_AT_END \
            or set(ws) & _FIRST_PERSON \
            or re.search(r"[.!?]\s", clause):
        return False   # ...or two sentences run into one: "you haven't. you're not close"
    if any(a == b and a not in _SAID_TWICE_ALLOWED for seg in segments for a, b in zip(seg, seg[1:])):
        return False   # "you do do that often"
    if any(seg[-1] in _HANGS_ON for seg in segments) or any(seg[:2] == ["let", "you"] for seg in segments):
        return False   # "you are, it's exams": an answer to a question not asked; "let me think" was said to us
    if _QUANTITY_INTO_CLAUSE.search(clause) or _LET_HANGS.search(clause) or _NOT_AFTER_VERB.search(clause) \
            or _LOST_ITS_VERB.search(clause) or _CUT_CONTRACTION.search(clause) or _PARTICLE_HANGS.search(clause) \
            or _RUN_ON.search(clause) or _RUN_ON_NOUN.search(clause):
        return False
    if judges_them(clause):
        return False   # "you've wasted so much time" said as fact agrees with their harshest words
    if not all_real_words(clause) or grammar_slip(clause):
        return False   # their slip of typing or of grammar would be the companion's: "your brain have fll"
    return not bare_verb_slip(clause) and not helping_verb_clash(clause)


_NEGATION = re.compile(r"\b(?:not|never|no|nothing|nobody|\w+n't|cannot)\b", re.I)
_WE = re.compile(r"\b(?:we|we're|we've|we'll|we'd|us|our|ours)\b", re.I)
_OUTSIDE_THE_DENIAL = frozenset("or and because as since so cause cuz".split())
_ME = re.compile(r"\b(?:me|myself)\b", re.I)
_EVERYONE = re.compile(r"\bwe(?:'re|\s+are|\s+were|'ve|\s+have)?\s+all\b|\ball\s+of\s+us\b|\bwe\s+(?:humans|people)\b", re.I)


def keeps_its_meaning(said: str, whole: str, kept: str) -> bool:
    """Whether the clause the person said (``said``), turned round
    (``whole``) and perhaps cut short (``kept``), still means what they said.

    A cut after a negation changes what is denied: "I'm not worried about
    getting covid" is no "you're not worried". And their "we" and "I" in one
    clause both become "you", so "we are no respect for me" would say the
    person twice over ("we" and "I" as subjects are not: "I miss him, we
    were married")."""
    if _WE.search(said) and _ME.search(said):
        return False
    if _EVERYONE.search(said):
        return False   # "we're all in the same boat" is everyone's, the companion's too: never "you're all"
    if kept == whole or not _NEGATION.search(kept):
        return True
    # what was dropped may stand outside what is denied: "you don't want to
    # involve friends | or family", "you can't sleep | because of the noise"
    w, k = whole.split(), kept.split()
    n = next((i for i, (a, b) in enumerate(zip(w, k)) if a != b), len(k))
    return n < len(w) and w[n].lower().strip(",") in _OUTSIDE_THE_DENIAL
