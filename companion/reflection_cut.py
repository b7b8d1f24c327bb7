"""Where a reflection may be cut short, and where it may not.

A reflection keeps the opening of the person's clause, short and with no run
of five of their words verbatim; a cut falls at a phrase boundary, and is
refused where it would hang ("your brother Alan wants | to sell it") or say
the opposite ("she does | not want to be friends").
"""
from __future__ import annotations

import re

from .reflection_idioms import as_units, cuts_into, has_idiom
from .words import words

SHORTEST, LONGEST = 3, 12
PARROT_RUN = 5


def longest_shared_run(reply: str, said: str) -> int:
    """The longest run of words that ``reply`` repeats verbatim from ``said``."""
    a, b = words(reply), words(said)
    best, prev = 0, [0] * (len(b) + 1)
    for x in a:
        cur = [0] * (len(b) + 1)
        for j, y in enumerate(b, 1):
            if x == y:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def shared_run(reply: str, said: str) -> int:
    """``longest_shared_run`` with each idiom counted as one word: "stuck
    between a rock and a hard place" given back whole is a shared figure
    of speech, not parroting."""
    if not has_idiom(said):
        return longest_shared_run(reply, said)
    return longest_shared_run(as_units(reply), as_units(said))


# A verb or a quantity that needs what followed it ("you should get", "a couple").
NEEDS_WHAT_FOLLOWS = {"get", "make", "take", "give", "put", "couple", "number", "bit", "lot", "kind", "sort",
                       "part", "lots", "plenty", "half", "didn't", "don't", "doesn't", "wasn't", "isn't", "can't",
                       "couldn't", "won't", "wouldn't", "haven't", "hasn't", "aren't", "weren't", "shouldn't", "cannot",
                      # a degree with nothing after it to qualify ("you are very")
                      "very", "quite", "extremely"}
# Where a shortened clause may end: before one of these, never after.
BOUNDARY = {"about", "with", "for", "in", "on", "at", "to", "from", "of", "and", "but", "so", "or", "when", "because", "who", "that",
             "which", "where", "while", "after", "before", "since", "until", "due", "like", "than", "as",
             "cause", "cos", "coz"}   # "let go cause of the pandemic": "because", typed short
HANGING = BOUNDARY | {"a", "an", "the", "or", "your", "my", "his", "her", "their", "its", "this", "is", "was", "be",
                        "been", "being", "if", "by", "so", "not", "able", "small", "big", "long", "short", "new", "old",
                        "good", "bad", "little", "whole", "same", "other", "more", "most", "much", "many", "few",
                        "every", "some", "any", "all", "very", "own", "each", "still", "even", "also", "only", "yet",
                        "just", "really", "how", "what", "why", "feeling", "getting", "going", "trying", "seeing", "quite",
                        "feel", "felt", "think", "wonder", "wondering", "know", "want", "wish", "keep", "she", "he",
                        "they", "it", "we", "you", "there", "are", "were", "have", "has", "had", "do", "did", "can",
                        "could", "would", "will", "should", "may", "might", "must", "shall", "best", "worst", "first",
                        "last", "next", "that", "those", "these", "both", "given", "you're", "you've", "you'll", "you'd",
                        "said", "says", "told", "tells", "thinks", "thought", "knows", "knew", "believes", "heard",
                        "realised", "realized", "explained", "mentioned", "asked"} | NEEDS_WHAT_FOLLOWS


# A word that needs the phrase after it: "a hard time dealing | with it",
# "couples that seem | to have", "something wrong | with me".
_NEEDS_COMPLEMENT = re.compile(r"(?:ing|^seems?|^seemed|^used|^able|^touch|^care|^rid|^aware|^afraid|^tired|^sick|^wrong|^matter)$", re.I)


# "a hard time | dealing with it": after these, a word in -ing starts a phrase of its own.
_TIME_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "minute", "hour", "day", "week",
               "month", "year", "mins", "hrs"}
_TIME = {"time", "times", "trouble", "difficulty", "day", "days", "night", "nights", "weeks", "months", "years"}


def fit(clause: str, said: str, run: int = PARROT_RUN) -> str:
    """The longest opening of ``clause`` that is short and repeats no five
    words verbatim (the point of a sentence usually comes first); a cut is
    made at a phrase boundary so the sentence does not hang."""
    words = clause.split()
    if len(words) > 1 and words[-1].lower().strip(".,!?") in ("after", "before", "ago", "later", "earlier", "since"):
        # "I left about ten minutes after": the last word belongs to the time
        words = words[:-2] + [words[-2] + " " + words[-1]]
    kept = words[:LONGEST]
    while len(kept) >= SHORTEST and shared_run(" ".join(kept), said) >= run:
        kept.pop()
    if len(kept) < len(words):
        # the cut may fall before a boundary word inside what is kept, or
        # just before the first word dropped ("in a small apartment | in la")
        cut = max((i for i in range(SHORTEST, len(kept) + 1)
                   if (words[i].lower() in BOUNDARY or (words[i].lower().endswith("ing") and words[i - 1].lower() in _TIME))
                   and not _NEEDS_COMPLEMENT.search(words[i - 1])), default=None)
        if cut is None:
            return ""  # no phrase boundary to cut at: it would stop mid-thought ("how meaningless life")
        kept = kept[:cut]
        while kept and kept[-1].lower().strip(",") in HANGING:
            if kept.pop().lower().strip(",") in ("it", "him", "her", "them", "this", "that", "us"):
                return ""  # "he used to read | it to me" loses what he read

        if len(kept) > SHORTEST and kept[-2].lower() in ("that", "which", "who"):
            kept = kept[:-2]   # "there is guilt that comes | with that" hangs without its ending
        if len(kept) < len(words) and any(w.lower() in ("that", "who", "which") for w in kept[1:3]) \
                and not any(is_verb(w.lower(), i) for i, w in enumerate(kept[:1])):
            return ""  # "others that have worked | with her say..." lost its own verb
        if kept and kept[-1].lower() in ("less", "more") and len(kept) < len(words) \
                and words[len(kept)].lower() in ("like", "than", "of", "to"):
            return ""  # "you feel a bit less | like you're carrying it alone" hangs
        if kept and {w.lower() for w in kept[-2:]} & _WANTS_ITS_REST and len(kept) < len(words) \
                and words[len(kept)].lower() in ("more", "less", "else", "to", "of", "like", "but", "than"):
            return ""  # "you want nothing | more to do with him" says the opposite cut there
        if kept and len(kept) < len(words) and kept[-1].lower() in _TIME_UNITS \
                and words[len(kept)].lower() in ("after", "before", "ago", "later", "earlier"):
            return ""  # "you left about ten minutes | after the argument" loses when
        if kept and len(kept) < len(words) and words[len(kept)].lower().strip(",") in ("not", "never", "n't"):
            return ""  # "she does | not want to be friends" says the opposite
        if kept and len(kept) < len(words) and (kept[-1].lower() in VERBS or kept[-1].lower() in _TAKES_AN_OBJECT
                                                or (len(kept) > 1 and kept[-2].lower() == "to")):
            return ""  # "your brother Alan wants | to sell it" hangs without what he wants
        if kept and len(kept) < len(words) and _ends_on_its_verb(kept, words[len(kept)].lower().strip(",")):
            return ""  # "you got caught up | in the row", "you're hoping to drive them | to the lakes"
        if kept and len(kept) < len(words) and _loses_its_complement(kept, words[len(kept)].lower().strip(",")):
            return ""  # "you've been looking | for...", "not nearly | as much", "it took you ages | to find it"
        if kept and len(kept) < len(words) and _loses_its_place(kept, words[len(kept)]):
            return ""  # "you're set to get back | to your studies", "a professor | who scares you"
        if kept and cuts_into(clause, len(" ".join(kept).split())):
            return ""  # "stuck between a rock | and a hard place": a fixed expression is kept whole or not said
    return _open_last_contraction(" ".join(kept).strip(" ,"))


# Verbs that say little without their preposition: "you've been looking |
# for it", "you're waiting | on news".
_WITH_ITS_PREPOSITION = re.compile(r"^(?:look|search|wait|listen|hop|ask|deal|rel[yi]|depend|pay|appl[yi]|belong|refer|"
                                   r"long|account|cop|put|get|stand|long|reach|sign|settle|run|count|stay|sit|sitt|sat)(?:s|ed|ing|ied|ies|e|es)?$")
_PREPOSITIONS = {"for", "to", "with", "on", "at", "of", "after", "into", "about", "up", "out"}
# A degree that sets up a comparison: "not nearly | as much", "as rough | as a brush".
_SETS_UP_AS = {"as", "nearly", "almost", "just", "twice", "half", "quite", "so"}


_HOW_IT_FEELS = {"frustrating", "stressful", "upsetting", "overwhelming", "exhausting", "scary", "painful", "heartbreaking",
                 "annoying", "depressing", "lonely", "awful", "horrible", "terrifying", "draining", "infuriating"}
_WANTS_ITS_OBJECT = {"keen", "fond", "close", "attracted", "passionate", "attached", "addicted", "committed", "married",
                     "engaged", "related", "responsible", "capable", "aware", "used", "similar", "different", "opposed", "tired",
                     "sick", "dependent", "reliant", "interested", "involved"}
_SAYS_TO = {"told", "tell", "tells", "telling", "asked", "ask", "asks", "warned", "promised", "reminded", "showed",
            "taught", "explained", "informed", "assured", "convinced"}
_THINKS_OF = {"think", "thinks", "thought", "thinking", "speak", "speaks", "spoke", "talk", "talks", "talked", "feel",
              "feels", "felt", "look", "looks", "looked"}


def _loses_its_complement(kept: list[str], dropped: str) -> bool:
    low = [w.lower().strip(",") for w in kept]
    if dropped in _PREPOSITIONS and _WITH_ITS_PREPOSITION.match(low[-1]):
        return True
    if dropped == "as" and set(low[-3:]) & _SETS_UP_AS:
        return True
    if dropped == "than" and (low[-1] in ("more", "less", "better", "worse", "rather") or low[-1].endswith("er")):
        return True
    if dropped == "to" and set(low[-4:]) & {"took", "takes", "take", "taking", "taken"}:
        return True   # "it took you ages | to find it": what took so long is lost
    if dropped in ("to", "for") and "it" in low[-3:-1] and not is_verb(low[-1], 3) and low[-1] not in _HOW_IT_FEELS \
            and not set(low[-4:-2]) & {"find", "found", "finding", "finds"}:
        return True   # "you find it hard | to sleep": "it" stands for what was cut ("you find it frustrating" says enough)
    if len(low) > 1 and low[-2] in _SAYS_TO and low[-1] in ("them", "him", "her", "me", "you", "us", "everyone", "people"):
        return True   # "you've told them | you want to stay": what was said is the point
    if dropped in ("to", "not", "that", "about") and set(low[-3:-1]) & _SAYS_TO:
        return True   # "you told your sister | to not get straight a's": what she was told is the point
    if dropped == "in" and low[-1] in ("interested", "involved"):
        return True   # "they seemed interested | in gardening"
    if dropped in ("about", "of", "at", "on") and low[-1] in ("jokes", "comments", "remarks", "fun", "rumours", "rumors",
                                                          "lies", "stories", "digs"):
        return True   # "they make jokes | about your face": the jokes are about something
    if dropped in ("on", "to", "towards", "toward", "about", "with", "of", "at", "for") and low[-1] in _WANTS_ITS_OBJECT:
        return True   # "you've been feeling less keen | on your boyfriend", "tired | of it" is not "tired"
    if dropped in ("about", "of", "on") and len(low) > 1 and low[-2] in _THINKS_OF:
        return True   # "they will think negatively | about you"
    if dropped == "of" and low[-1] not in _WHOLE_BEFORE_OF:
        return True   # "you needed the weight | of the class": whose or what weight is the point
    if dropped in ("knowing", "thinking", "wondering", "realising", "realizing"):
        return True   # "you hate ending the day | knowing you've wasted it": the knowing is the point
    if dropped == "that" and set(low[-5:]) & _KNOWS_THAT:
        return True   # "you learned more than ever | that some things..." : what was learned is the point
    if dropped == "to" and low[-1] in _NEEDS_ITS_TO:
        return True   # "you're trying to find some way | to stop caring": the way to what is the point
    if dropped in ("to", "than") and low[-1] in _EASE \
            and not (low[-1] in _PLAIN_EASE and set(low[-4:-2]) & {"find", "found", "finding", "finds"}):
        # "grief is hard | to carry", "you find it easier | to talk to strangers"
        # ("you find it hard" says enough: what is hard is the "it")
        return True
    if dropped in ("who", "that") and len(low) > 1 and (low[-1].endswith("s") or low[-1] in _PEOPLE) \
            and low[-2] not in _DETERMINERS:
        return True   # "you miss couples | who still go out": which couples is the point
    # "there are people at work | that want...": which ones is the point
    return dropped in ("that", "who", "which") and low[0] == "there"


# How easy or hard something is: the thing it is easy or hard to do is the point.
_EASE = {"easy", "easier", "easiest", "hard", "harder", "hardest", "difficult", "impossible", "tough", "tougher", "simple",
         "simpler", "quick", "quicker", "slow", "slower"}
_PLAIN_EASE = {"easy", "hard", "difficult", "impossible", "tough"}
_NEEDS_ITS_TO = {"way", "ways", "chance", "reason", "nerve", "courage", "right", "means", "decision", "plan", "effort",
                 "attempt", "ability", "urge", "strength", "energy", "motivation", "opportunity", "desire"}
_PEOPLE = {"people", "children", "men", "women", "folk", "kids"}
_DETERMINERS = {"the", "my", "your", "his", "her", "their", "our", "these", "those", "its"}


# Words whose "of" phrase may go: "all | of it", "in august | of this year".
_WHOLE_BEFORE_OF = {"it", "this", "that", "them", "all", "some", "most", "january", "february", "march", "april", "may", "june",
                    "july", "august", "september", "october", "november", "december", "summer", "winter", "spring", "autumn"}


# Verbs of knowing and saying whose "that" opens what is known or said.
_KNOWS_THAT = {"learned", "learnt", "learn", "learning", "realised", "realized", "realise", "realize", "know", "knew",
               "found", "find", "noticed", "notice", "understand", "understood", "believe", "believed", "feel", "felt",
               "think", "thought", "said", "say", "says", "hope", "hoped", "wish", "guess", "figured", "discovered",
               "decided", "agree", "agreed", "admit", "admitted", "accept", "accepted", "remember", "remembered"}


# Particles and object pronouns that may stand between a verb and the phrase cut off.
_PARTICLES = {"up", "out", "off", "down", "away", "back", "over", "in", "on", "around"}
_OBJECT_PRONOUNS = {"it", "him", "her", "them", "us", "me", "you", "this", "that", "everything", "something"}
_PLACE_PREPOSITIONS = {"in", "into", "to", "at", "on", "with", "from", "for", "about", "onto", "towards", "toward"}


def _ends_on_its_verb(kept: list[str], dropped: str) -> bool:
    """Whether the cut leaves the clause ending on its verb (a participle, a
    past or an infinitive), with at most a particle or a pronoun after it,
    and drops the phrase that said where, in what or to what: "you recently
    signed up | for a course", "you got caught up | in the row",
    "you're hoping to drive them | to the lakes"."""
    if dropped not in _PLACE_PREPOSITIONS:
        return False
    low = [w.lower().strip(",") for w in kept]
    i = len(low) - 1
    if i > 0 and low[i] in _OBJECT_PRONOUNS:
        i -= 1
    if i > 0 and low[i] in _PARTICLES:
        # "your aunt passed away", "you broke up", "everyone is worn out" are
        # whole; "you were caught up | in it" is not
        return " ".join(low[i - 1:i + 1]) in _NEEDS_ITS_PLACE
    if i < 1:
        return False
    verb = low[i]
    # "your team is stressed | about the targets", "you were married | for years":
    # a participle straight after "be" or "feel" says how they are, whole
    linked = i == len(low) - 1 and (low[i - 1] in _LINKS or (i > 1 and low[i - 1].endswith("ly") and low[i - 2] in _LINKS))
    participle = (verb.endswith("ed") and len(verb) > 4 and verb not in _NOT_PARTICIPLES) or verb in _IRREGULAR_PARTICIPLES
    return (participle and not linked) or \
        (low[i - 1] == "to" and verb.isalpha() and not (verb.endswith("ing") and len(verb) > 5))


_LINKS = {"am", "is", "are", "was", "were", "be", "been", "being", "i'm", "you're", "he's", "she's", "they're", "we're",
          "it's", "feel", "feels", "felt", "feeling", "get", "gets", "got", "getting", "seem", "seems", "seemed", "so",
          "very", "really", "too", "quite", "pretty", "more", "less", "most", "still", "always", "just"}
# A participle and its particle that say little without where or in what.
_NEEDS_ITS_PLACE = {"wrapped up", "caught up", "signed up", "put up", "taken in", "tied up", "hung up", "mixed up", "bogged down", "held up", "locked up",
                    "bound up", "tangled up", "drawn in", "dragged in", "roped in", "sucked in", "swept up"}
_IRREGULAR_PARTICIPLES = {"caught", "brought", "taught", "bought", "fought", "stuck", "hung", "held", "kept", "got", "gotten",
                          "sent", "spent", "built", "dragged", "drawn", "thrown", "torn", "worn"}
# Words in -ed that are no verb's form: "you're tired | of it" is its own rule.
_NOT_PARTICIPLES = {"need", "feed", "speed", "seed", "bed", "red", "shed", "bleed", "breed", "proceed", "succeed", "exceed"}


# A direction without where it goes ("get back | to your studies", "be away |
# from them"), and a noun without the "who" or "which" that said which one.
_DIRECTIONS = {"back", "away", "out", "off", "over", "up", "down", "close", "near", "apart"}


def _loses_its_place(kept: list[str], dropped: str) -> bool:
    last, dropped = kept[-1].lower().strip(","), dropped.lower().strip(",")
    a_noun = not is_verb(last, 2) and (dropped in ("who", "whom", "whose") or (
        dropped == "that" and any(w.lower() in ("a", "an", "the", "some", "one") for w in kept[-3:-1])))
    return a_noun or (last in _DIRECTIONS and dropped in ("to", "from", "of", "with"))


# A contraction cannot end a clause: a cut at "how important it's | to wear"
# leaves "it is".
_LAST_CONTRACTION = re.compile(r"\b(\w+)'(s|re|ve|ll)$", re.I)
_OPENED = {"s": "is", "re": "are", "ve": "have", "ll": "will"}


def _open_last_contraction(clause: str) -> str:
    m = _LAST_CONTRACTION.search(clause)
    if m is None or (m.group(2).lower() == "s" and m.group(1).lower() not in
                     ("it", "that", "what", "he", "she", "there", "who", "where", "here")):
        return clause   # "your mum's" may be hers, not "your mum is"
    return clause[:m.start()] + f"{m.group(1)} {_OPENED[m.group(2).lower()]}"


# Verbs whose object or complement a cut would leave behind.
_TAKES_AN_OBJECT = {"wants", "wanted", "lives", "lived", "loved", "needed", "liked", "hoped", "tried", "decided",
                    "started", "stopped", "keeps", "kept", "seems", "seemed", "asked", "asks", "expects", "expected",
                    "refuses", "refused", "agreed", "planned", "plans", "promised", "offered", "deserves", "deserved",
                    "misses", "missed", "brought", "bought", "sent", "spends", "spent", "feels", "felt", "became",
                    "diagnosed", "accused"}


_WANTS_ITS_REST = {"nothing", "anything", "something", "everything", "all", "no", "none", "instead", "out", "rather",
                   "ahead", "because", "regardless", "spite", "front", "middle", "end", "rest", "top", "side", "start",
                   "part", "edge", "bottom", "beginning"}


VERBS = set("""is are was were be been am has have had do does did can could will would should may might must
gave give gives told tell tells said say says left leave leaves went go goes made make makes took take takes came come comes
got get gets lost lose loses died dies broke break breaks thought think thinks felt feel feels knew know knows saw see sees
found find finds began begin begins became become becomes kept keep keeps sent send sends spent spend spends paid pay pays
met meet meets ran run runs hurt hurts seem seems looks look want wants need needs means mean works work lives live helps
help loves love hates hate likes like cares care tries try""".split())


def is_verb(word: str, position: int) -> bool:
    """Roughly: a word that can be a clause's verb ("your boss yells"); a word
    in -s right after the determiner is taken for a plural ("your husbands")."""
    return word in VERBS or word.endswith(("ed", "n't", "'s", "'re", "'ve", "'ll", "'d")) or (
        position >= 2 and word.endswith("s") and not word.endswith("ss"))


def has_a_verb(clause: str) -> bool:
    """Whether some word of ``clause`` can be its verb (``is_verb``)."""
    return any(is_verb(w.lower().strip(",.!?"), i) for i, w in enumerate(clause.split()))
