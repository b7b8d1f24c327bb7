"""Slips of grammar a reflection must not give back as the companion's own.

The person may type "a new jobs", "my brain have", "I didn't went" or "you
know her you had warned him"; turned round, each would be the companion's
own broken English. A clause with one of these slips is not reflected
(the reply says less instead). Each check reads the words with a rough
sense of their kind, no model:

- an article before a plural head noun ("a new jobs soon"), "a" before a
  vowel or "an" before a consonant ("a awful day", "an big mess");
- a subject and a verb that do not agree ("your brain have", "your parents
  is", "she don't", "they was", "you has");
- a past form after a modal or "do" ("didn't went", "can't decided"), and
  "could of";
- "more" before a comparative ("more better");
- two clauses run together with no link ("you know her you had warned him").
"""
from __future__ import annotations

import re

from .reflection_lexicon import english_words

_TOKEN = re.compile(r"[A-Za-z0-9'&]+")


def _parts(clause: str) -> list[list[str]]:
    """The clause's words as typed (case kept), in its parts between commas,
    dashes and the like."""
    parts = re.split(r"\s*(?:[,;:\u2014()]|\s-\s)\s*", clause.replace("\u2019", "'"))
    return [ws for ws in (_TOKEN.findall(p) for p in parts) if ws]


# Words in -s that are not plurals, or are plural yet take "a" ("a means").
_SINGULAR_S = frozenset("""news means series species physics maths mathematics politics economics athletics gymnastics
ethics genetics statistics diabetes measles mumps bus gas lens bias atlas canvas alias yes its his this thus plus minus
always perhaps sometimes afterwards towards besides whereas hers ours yours theirs less unless whereabouts crossroads
headquarters barracks gallows innings billiards darts mess boss kiss dress class glass pass grass cross process stress
success access address business princess actress mattress fitness illness sadness madness weakness kindness happiness
loneliness darkness emptiness wellness awareness tennis crisis basis thesis analysis diagnosis prognosis oasis chaos
ethos pathos thanks virus bonus campus census focus status genius octopus cactus circus chorus fungus nucleus radius sinus
stimulus surplus terminus thesaurus walrus apparatus religious various serious previous nervous anxious famous obvious
jealous curious generous dangerous ridiculous enormous tremendous delicious cautious conscious precious gorgeous""".split())


def is_plural(word: str) -> bool:
    """Roughly: a plural noun in -s ("jobs", "friends", "parties"), never
    "news", "bus" or "nervous"."""
    w = word.lower()
    if len(w) < 4 or not w.endswith("s") or w.endswith(("ss", "us", "is", "'s", "ous")) or w in _SINGULAR_S:
        return False
    words = english_words()
    if w not in words:
        return False
    stems = [w[:-1]] + ([w[:-2]] if w.endswith("es") else []) + ([w[:-3] + "y"] if w.endswith("ies") else []) \
        + ([w[:-3] + "f", w[:-3] + "fe"] if w.endswith("ves") else [])
    return any(len(s) >= 3 and s in words for s in stems)


# After an article, these make what follows a quantity ("a few days", "a
# couple weeks", "a lot", "a good few years").
_QUANTITY = frozenset("""few couple lot lots dozen hundred thousand million billion number bunch handful pair series set
load loads ton tons bit great good whole total further mere solid many more other another two three four five six seven
eight nine ten twelve twenty thirty forty fifty""".split())
# What can follow the head of a noun phrase: the phrase has ended there.
_AFTER_HEAD = frozenset("""soon now today tomorrow tonight yesterday again too anymore yet already lately recently ago
though that which who whom and but or so because cause cos when if to for with in on at from about of since after before
by as than like here there is are was were has have had will would can could should do does did don't didn't doesn't
won't can't i you he she it we they this these those my your his her their our me him them us""".split())


def _article_with_a_plural(ws: list[str]) -> bool:
    """ "a new jobs soon", "an exams tomorrow": an article whose noun is plural."""
    low = [w.lower() for w in ws]
    for i, w in enumerate(low):
        if w not in ("a", "an"):
            continue
        for k in range(i + 1, min(i + 4, len(low))):
            word = low[k]
            if word in _QUANTITY or word.isdigit() or "'" in ws[k] or word in _AFTER_HEAD:
                break   # "a few days", "a character who dies": the phrase ended before it
            if is_plural(word):
                if k + 1 == len(low) or low[k + 1] in _AFTER_HEAD:
                    return True
                break
            if not _adjective_like(word):
                break   # "a recruiter works as well": the noun came first, the "-s" is its verb
    return False


_ADJECTIVES = frozenset("""new old big small little good bad great long short huge tiny nice lovely hard tough rough busy
full whole real proper awful terrible horrible difficult different same other second first last next strange weird
young close best worst major minor serious massive dream important better worse bigger smaller part full-time
part-time full time extra special""".split())


def _adjective_like(word: str) -> bool:
    return word in _ADJECTIVES or word.endswith(("ful", "ous", "ive", "able", "ible", "less", "ish", "est"))


_SILENT_H = ("hour", "honest", "honour", "honor", "heir", "herb")
_CONSONANT_SOUND = ("one", "once", "eu", "ewe", "oui")
# "plan a", "from a to b": "a" as a letter.
_LETTER_BEFORE = frozenset("plan grade type vitamin class level part section option point category from".split())


def _wrong_article(ws: list[str]) -> bool:
    """ "a awful day", "an big mess": the article does not fit the sound."""
    for i in range(len(ws) - 1):
        art, nxt = ws[i].lower(), ws[i + 1]
        low = nxt.lower()
        if art not in ("a", "an") or not low[:1].isalpha() or (nxt.isupper() and len(nxt) > 1) \
                or (i and ws[i - 1].lower() in _LETTER_BEFORE):
            continue
        if art == "a" and low[0] in "aeio" and not low.startswith(_CONSONANT_SOUND):
            return True
        if art == "an" and low[0] not in "aeiouxy" and not low.startswith(_SILENT_H):
            return True
    return False


_DETERMINER = frozenset("my your his her their our the".split())
_MODALS = frozenset("""can can't cannot could couldn't will won't would wouldn't should shouldn't must mustn't might
may shall""".split())
# Nouns that take a plural verb in British use ("my family are"), or are plural without an -s.
_TAKES_EITHER = frozenset("""family team staff police government company school class management band crew group
committee council department firm club generation public audience household hospital bank uni university college work
office army navy board party church union jury panel press agency charity practice surgery clinic ward nursery gym
business shop store landlord people children men women folk folks
majority minority rest couple one two three four five six seven eight nine ten both all lot""".split())
# Plurals with no -s: "grandchildren", "policemen".
_IRREGULAR_PLURAL = ("children", "men", "people", "folk", "feet", "teeth", "mice", "geese", "police", "staff")
_PREPOSITIONS = frozenset("""in on at of with for from to by about into under over behind near than like without
around after before during through across inside outside""".split())
_PLURAL_VERB = frozenset("have are were don't haven't aren't weren't".split())
_SINGULAR_VERB = frozenset("is was has doesn't isn't wasn't hasn't".split())
_PRONOUNS = frozenset("i you he she it we they me him her us them".split())
_JOINS = frozenset("and or of with & nor plus".split())


def _noun_verb_disagree(ws: list[str]) -> bool:
    """ "your brain have", "your parents is": a noun phrase and its verb."""
    low = [w.lower() for w in ws]
    for i, w in enumerate(low):
        if w not in _DETERMINER or (i and low[i - 1] in _JOINS | _PREPOSITIONS):
            continue   # "you and your mum are": two of them; "the knives in your kitchen are": not the subject
        for v in range(i + 2, min(i + 5, len(low))):
            between = low[i + 1:v]
            if set(between) & (_JOINS | _PRONOUNS | _DETERMINER | _MODALS | _PLURAL_VERB | _SINGULAR_VERB | {"to", "not"}) \
                    or any("'" in x for x in between):
                break   # "your wife will have": the verb is the modal's
            if low[v] == "be":
                return True   # "your parents be arguing"
            if low[v] in _PLURAL_VERB or low[v] in _SINGULAR_VERB:
                noun = low[v - 1]
                if noun.endswith(_IRREGULAR_PLURAL) or noun in ("data", "media", "cattle", "sheep", "fish"):
                    if low[v] in _SINGULAR_VERB and not noun.endswith(("police", "staff", "fish", "sheep")):
                        return True   # "your children is"
                    break
                if noun in _TAKES_EITHER or noun.isdigit():
                    break
                singular = not is_plural(noun) and (not noun.endswith("s") or noun.endswith(("ss", "us", "is")))
                if low[v] in _PLURAL_VERB and singular and noun.isalpha() and noun in english_words() \
                        and not noun.endswith(("ing", "ly")):
                    return True
                if low[v] in _SINGULAR_VERB and is_plural(noun):
                    return True
                break
    return False


# Inversion or a verb before the pronoun: "did he have", "let her have".
# Bare verbs that after "he", "she" or "it" are a slip ("he hate", "it seem")
_BARE_AFTER_HE = frozenset("""hate like love want need say go come know think work live call tell ask give try look feel seem keep
get make take play cry shout eat sleep leave stay care mind understand believe expect""".split())
_BEFORE_INVERSION = frozenset("""does do did would will could should can might must may shall to not let make makes made
help helps helped if cannot can't won't wouldn't didn't doesn't don't couldn't shouldn't""".split())
_LINKS = frozenset("""and but or so because cause cos cuz when if that than as while since until before after where
though although whether what how why who which whenever once unless despite without like""".split())


def _pronoun_verb_disagree(ws: list[str]) -> bool:
    """ "she don't", "they was", "you has", "it have"."""
    low = [w.lower() for w in ws]
    for i in range(len(low) - 1):
        subj, verb = low[i], low[i + 1]
        before = low[i - 1] if i else ""
        if subj in ("he", "she", "it") and (verb in ("have", "are", "don't", "haven't", "aren't", "do") or verb in _BARE_AFTER_HE) \
                and before not in _BEFORE_INVERSION:
            return True   # ...and "he hate Polish Saturday school", "she cry every night" (read blind, given back as said)
        if subj in ("they", "we") and verb in _SINGULAR_VERB | {"does"}:
            return True
        if subj in ("he", "she", "it", "they", "we", "you") and verb == "be" and before not in _BEFORE_INVERSION:
            return True   # "they be arguing"
        # "what hurt you is...": "you" an object; at the start or after a link it is the subject
        if subj == "you" and verb in _SINGULAR_VERB | {"does"} and (i == 0 or before in _LINKS):
            return True
    return False


_NOT_DO = frozenset("didn't doesn't don't".split())
_BETWEEN = frozenset("never ever really just even always also still actually probably not".split())
# Simple past forms that are never the bare verb: "didn't went", "to told".
_SIMPLE_PAST = frozenset("""went came took gave ate drank wrote spoke broke chose drove flew forgot knew ran sang swam threw
woke wore began became bought brought caught fought taught thought told sold said""".split())
# ...participles, wrong after a modal or "didn't" but an adjective after "to" ("to broken people").
_PARTICIPLES = frozenset("""made seen gone taken given eaten written spoken broken chosen driven forgotten known thrown
worn begun got been done""".split())
# "-ed" words that are bare verbs ("need", "feed", "shed").
_ED_BARE = frozenset("need feed seed weed shed heed breed bleed speed succeed proceed exceed embed shred wed bed".split())
_NOUN_BEFORE = frozenset("the a an my your his her their our in of this that".split())


def _past_after_modal(ws: list[str]) -> bool:
    """ "you didn't went", "you can't decided", "to told", "you could of"."""
    low = [w.lower() for w in ws]
    words = english_words()
    for i, w in enumerate(low):
        negative_do = w in _NOT_DO or (w in ("do", "does", "did") and i + 1 < len(low) and low[i + 1] == "not")
        if not (w in _MODALS or negative_do or w == "to") or (i and low[i - 1] in _NOUN_BEFORE):
            continue   # "his will", "in May", "a can"
        j = i + 1
        while w != "to" and j < len(low) and (low[j] in _BETWEEN or (low[j].endswith("ly") and len(low[j]) > 4)):
            j += 1
        if j >= len(low):
            continue
        nxt = low[j]
        if w == "to":
            if nxt in _SIMPLE_PAST:
                return True
            continue
        if nxt == "of" and w in ("could", "would", "should", "must", "might"):
            return True   # "could of"
        if nxt == "to" and j == i + 1 and w not in ("can", "could", "will"):
            return True   # "you cannot to sleep", "you must to work"; "all you can to help" is English
        if nxt in _SIMPLE_PAST or nxt in _PARTICIPLES:
            return True
        if nxt.endswith("ed") and nxt not in _ED_BARE and len(nxt) > 4 and (nxt[:-2] in words or nxt[:-1] in words):
            return True
    return False


# Simple pasts that are no participle, wrong after "have": "you had broke up".
_NOT_A_PARTICIPLE = frozenset("""went came took gave ate drank wrote spoke broke chose drove flew forgot knew ran sang swam threw
woke wore began did saw rode rang rose sank shook stole""".split())
_HAVE = frozenset("have has had haven't hasn't hadn't".split())


def _past_after_have(ws: list[str]) -> bool:
    """ "you had broke up the relationship", "you've went", "it has came"."""
    low = [w.lower() for w in ws]
    for i, w in enumerate(low[:-1]):
        if not (w in _HAVE or w.endswith("'ve")):
            continue
        j = i + 1
        while j < len(low) - 1 and (low[j] in _BETWEEN or low[j] == "already" or (low[j].endswith("ly") and len(low[j]) > 4)):
            j += 1
        if low[j] in _NOT_A_PARTICIPLE:
            return True
    return False


# Before a number that names and does not count: "a 5 year old", "a band 6 post", "year 9 maths"
_BEFORE_A_LABEL = frozenset("""a an the at by band year grade level room bus page chapter step stage phase season part
section ward platform gate flat unit floor route channel episode round number no size""".split())
_NUMBER_WORDS = frozenset("""two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty
hundred""".split())
_NOT_COUNTED = frozenset("""am pm percent degrees times more less left each apiece ago already now so then too only
or and of""".split())


def _count_with_a_singular(ws: list[str]) -> bool:
    """ "you had 5 class": a count of two or more, then a singular noun that
    ends the clause or runs into a preposition ("a 5 year old" goes on)."""
    low = [w.lower() for w in ws]
    words = english_words()
    for i, w in enumerate(low[:-1]):
        if not ((w.isdigit() and int(w) >= 2) or w in _NUMBER_WORDS) or (i and low[i - 1] in _BEFORE_A_LABEL):
            continue
        nxt = low[i + 1]
        after = low[i + 2] if i + 2 < len(low) else None
        if not nxt.isalpha() or nxt not in words or is_plural(nxt) or nxt in _NOT_COUNTED or nxt in _IRREGULAR_PLURAL \
                or nxt in _AFTER_HEAD or nxt in _PREPOSITIONS or nxt in _LINKS or nxt in _PRONOUNS or nxt.endswith("ly") \
                or nxt in ("sheep", "fish", "deer", "series", "species", "hours"):
            continue
        if after is None or after in _PREPOSITIONS or after in _LINKS or after in _TIME_AFTER:
            return True
    return False


_TIME_AFTER = frozenset("this that last next every each per today tonight yesterday tomorrow".split())
# Nouns and words of owning that a possessive is typed before: "your families favorite time"
_OWNED = frozenset("""favorite favourite best worst house home place car room name birthday fault problem idea
choice decision job business money side""".split())


def _possessive_without_apostrophe(ws: list[str]) -> bool:
    """ "your families favorite time", "my parents house": a plural typed
    for a possessive, between "your" and what it owns."""
    low = [w.lower() for w in ws]
    return any(w in _DETERMINER and w != "the" and is_plural(low[i + 1]) and low[i + 2] in _OWNED
               for i, w in enumerate(low[:-2]))


_COMPARATIVE = frozenset("""better best worse worst bigger biggest smaller easier easiest harder hardest happier
happiest older younger faster slower longer stronger weaker lonelier busier sadder""".split())


_THAN_TYPED_THEN = frozenset("more less better worse rather other bigger smaller older younger harder easier".split())


def _double_comparative(ws: list[str]) -> bool:
    """ "more better"; "better then ever" ("than" typed "then"); "you'll
    loose your house" ("lose")."""
    low = [w.lower() for w in ws]
    return any((a in ("more", "most") and b in _COMPARATIVE) or (a in _THAN_TYPED_THEN and b == "then" and c)
               or (b == "loose" and (a in _MODALS or a == "to" or a.endswith("'ll")))
               for a, b, c in zip(low, low[1:], low[2:] + [""]))


_TIME_UNITS = frozenset("years months weeks days hours year month week day".split())
_THROUGH = frozenset("go goes going went gone been get gets getting got come coming came".split())
_LEFT_OUT = frozenset("my your his her their our".split())


def _word_slips(ws: list[str]) -> bool:
    """Real words in the wrong place: "going though a hard time"
    ("through"), "to quite your job" ("quit"), "at you everyday" ("every
    day"), "since three years" ("for")."""
    low = [w.lower() for w in ws]
    for i, w in enumerate(low):
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if w == "though" and i and low[i - 1] in _THROUGH and nxt in ("a", "an", "the", "it", "this", "that", "hell",
                                                                     "so", "my", "your", "his", "her", "their"):
            return True
        if w == "quite" and nxt in _LEFT_OUT and i and (low[i - 1] in _MODALS | {"to", "gonna", "wanna", "you", "i"}
                                                       or low[i - 1].endswith("'ll")):
            return True   # "to quite your job"; "not quite your type" is English
        if w == "everyday" and (not nxt or nxt in _AFTER_HEAD):
            return True
        if w == "since" and (nxt.isdigit() or nxt in _QUANTITY) and i + 2 < len(low) and low[i + 2] in _TIME_UNITS \
                and low[i + 3:i + 4] != ["ago"]:
            return True
        if w == "very" and nxt in _VERY_VERB:
            return True   # "your husband very support you" ("really supports")
        if w == "to" and i and low[i - 1] in _BEFORE_TO_VERB and nxt in _NOT_A_VERB_AFTER_TO:
            return True   # "you are scared to now with the storms": the verb after "to" was left out
        if w == "fell" and nxt == "like" and i and low[i - 1] in ("i", "you", "we", "they"):
            return True   # "you fell like you're late" ("feel like")
        if (w, nxt) in _SPLIT_WORDS:
            return True   # "with out", "my self": one word typed as two
        if i and low[i - 1] in _PREPOSITIONS and w.endswith(_NOUN_ENDINGS) and nxt in _LEFT_OUT:
            return True   # "good at expression your emotions" ("expressing")
    return False


# One word typed as two ("with out getting emotional", "be my self").
_SPLIT_WORDS = frozenset({("with", "out"), ("some", "thing"), ("every", "thing"), ("any", "thing"), ("no", "thing"),
                          ("my", "self"), ("your", "self"), ("him", "self"), ("her", "self"), ("it", "self"),
                          ("them", "selves"), ("our", "selves"), ("your", "selves"), ("some", "one"), ("no", "body"),
                          ("some", "body"), ("any", "body"), ("every", "body"), ("with", "in"), ("through", "out")})
# A noun's ending where a verb in -ing belonged ("at expression your", "in decision my").
_NOUN_ENDINGS = ("ion", "ment", "ness", "ity")


# Words that want a verb after their "to", and words that are none.
_BEFORE_TO_VERB = frozenset("""afraid scared able unable want wants wanted need needs needed trying try tried going
willing ready allowed used happy glad""".split())
_NOT_A_VERB_AFTER_TO = frozenset("now then anymore again either too also still with at in on for".split())


# Verbs a learner puts after "very" ("he very support me"); "very" before
# any use of these is no English ("I so miss her" is, so "so" is not here).
_VERY_VERB = frozenset("""support supports help helps love loves like likes care cares miss misses want wants need needs
enjoy enjoys appreciate appreciates worry worries hate hates understand understands""".split())


# ...after a preposition the "-ing" is a gerund's: "without it sounding like".
_STARTS_A_CLAUSE = frozenset("and but so because cause cos cuz when while then he she they".split())
_ING_NOUNS = frozenset("""thing nothing something anything everything king ring sing sting swing wing spring string
bring morning evening ceiling building wedding pudding darling sibling ding""".split())


def _subject_without_its_verb(ws: list[str]) -> bool:
    """ "your husband he always working", "your mother she is sick": the
    subject said twice, or an "-ing" with no "is" before it."""
    low = [w.lower() for w in ws]
    for i, w in enumerate(low):
        at_start = i == 0 or low[i - 1] in _LINKS
        if at_start and w in _LEFT_OUT and i + 2 < len(low) and low[i + 2] in ("he", "she", "they", "it") \
                and low[i + 1] not in _PRONOUNS:
            return True
        if w in ("he", "she", "they", "we", "you", "it", "nobody", "somebody", "everybody", "everyone", "someone",
                 "noone", "nothing", "people") and (i == 0 or low[i - 1] in _STARTS_A_CLAUSE):
            j = i + 1
            if j < len(low) and low[j] in ("always", "never", "still", "just", "really", "also"):
                j += 1
            if j < len(low) and low[j].endswith("ing") and low[j] not in _ING_NOUNS and len(low[j]) > 4:
                return True
    return False


_PAST_TIME = re.compile(r"\b(?:yesterday|ago|last\s+(?:night|week|weekend|month|year|time|summer|winter|spring|autumn|"
                        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b", re.I)
_PRESENT = re.compile(r"\b(?:you|he|she|they|we)\s+(?:go|come|see|get|take|make|tell|say|buy|eat|meet|find|give|leave|lose|"
                      r"break|fall|run|win|write|speak|begin|cry|call|visit|burn|cut|hurt|loose|move|quit|start|stop)\b", re.I)
# Where one clause ends and another begins, a time said in one is not the other's.
_CLAUSE_EDGE = re.compile(r"[,;:.!?\u2014]|\s-\s|\b(?:and|but|so|because|cause|cos|now|today|tonight|still)\b", re.I)


def tense_slip(clause: str) -> bool:
    """ "yesterday you go to the hospital": a time gone by with a verb in
    the present, in one clause."""
    return any(_PAST_TIME.search(part) and _PRESENT.search(part) for part in _CLAUSE_EDGE.split(clause))


_PAIRED = frozenset("us them you both two three four five each every".split())


def _between_one(ws: list[str]) -> bool:
    """ "stuck between your mum": "between" needs two ("and"), or a plural."""
    low = [w.lower() for w in ws]
    for i, w in enumerate(low):
        if w != "between":
            continue
        after = low[i + 1:i + 7]
        if after and "and" not in after and not any(x in _PAIRED or is_plural(x) or x.isdigit() for x in after[:4]):
            return True
    return False


_SUBJECTS = frozenset("you he she they we".split())
_OBJECTS = frozenset("him her them me us it".split())
# "you told her you were leaving": "that" may go after a verb of telling.
_TELLS = frozenset("""told tell tells telling warned warn warns promised promise promises showed show shows reminded
remind reminds convinced convince assured assure informed inform taught teach asked ask bet let made make makes help
helped helps gave give texted text messaged emailed wrote write sent send persuaded persuade""".split())
# Finite verbs that start the second clause.
_FINITE = frozenset("""is was were are has had have did does do will would can could should might must don't didn't
doesn't won't wouldn't can't couldn't isn't wasn't weren't aren't hasn't haven't hadn't went left said told never
always just""".split())
_ADVERB_ENDS = frozenset("anymore today yesterday tonight again lately already though either ago".split())


def _clauses_run_together(ws: list[str], commas: bool = False) -> bool:
    """ "you know her you had warned him": a whole clause, then a second
    subject and its verb with nothing to link them. Across a comma only
    after an object ("you know her, you had warned him"): "you did a course
    today, you practised CPR" is a sentence of speech."""
    low = [w.lower() for w in ws]
    if len(low) < 5 or low[0] not in _SUBJECTS:
        return False
    for i in range(3, len(low) - 1):
        if low[i] not in _SUBJECTS:
            continue
        nxt = low[i + 1]
        if not (nxt in _FINITE or nxt.endswith(("ed", "'d", "'s", "'re", "'ve", "'ll"))):
            continue
        if set(low[1:i]) & _LINKS:
            return False
        before = low[i - 1]
        if (before in _OBJECTS and low[i - 2] not in _TELLS) or (before in _ADVERB_ENDS and not commas):
            return True
    return False


def grammar_slip(clause: str) -> bool:
    """Whether ``clause`` (already turned round) carries one of the slips above."""
    if tense_slip(clause):
        return True
    parts = _parts(clause)
    # a comma does not link two clauses either: "you know her, you had warned him"
    return _clauses_run_together([w for ws in parts for w in ws], commas=len(parts) > 1) or any(
        _article_with_a_plural(ws) or _wrong_article(ws) or _noun_verb_disagree(ws) or _pronoun_verb_disagree(ws)
        or _past_after_modal(ws) or _past_after_have(ws) or _count_with_a_singular(ws) or _possessive_without_apostrophe(ws)
        or _double_comparative(ws)
        or _between_one(ws) or _word_slips(ws)
        or _subject_without_its_verb(ws) for ws in parts)
