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

from .sentences import split_sentences
from .words import content_words, words

_SWAP = {
    "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
    "am": "are", "i'm": "you're", "im": "you're", "i've": "you've", "ive": "you've", "i'll": "you'll",
    "i'd": "you'd", "we": "you", "us": "you", "our": "your", "ours": "yours", "ourselves": "yourselves",
    "we're": "you're", "we've": "you've",
    "you": "I", "your": "my", "yours": "mine", "yourself": "myself", "you're": "I'm", "you've": "I've",
}
_LEAD = re.compile(r"^(?:(?:well|so|yeah|yes|no(?=[,.!]|\s+(?:i|it|that|not|but|just|really|he|she|they|we)\b)|ok|okay|um+|uh+|hi|hello|hey|honestly|basically|anyway|like|and|but|just|oh)\b[,.!]?\s*)+", re.I)
_PERSONAL = re.compile(r"\b(?:i|i'm|im|my|me|myself|i've|i'd|feel|felt|feeling)\b", re.I)
FEELING = re.compile(r"\b(?:feel|felt|feeling|depressed|sad|lonely|alone|angry|scared|afraid|tired|hurt|lost|stuck|stressed|worried|anxious|hopeless|empty|miss|upset|overwhelmed|exhausted|ashamed|guilty|happy|proud|excited|nervous|pissed|mad|jealous|embarrassed|disappointed|relieved|helpless|worthless|numb|drained|afraid)\b", re.I)
_WORD = re.compile(r"[A-Za-z']+|[^A-Za-z'\s]+|\s+")
_MAX_WORDS = 18


def swap_person(text: str) -> str:
    """Turn first person into second person and back, word by word."""
    out, prev_word = [], ""
    for token in _WORD.findall(text):
        low = token.lower()
        if low in _SWAP:
            token = _SWAP[low]
        elif low == "was" and prev_word == "i":
            token = "were"
        elif low in ("wasn't", "wasnt") and prev_word == "i":
            token = "weren't"
        if token.strip() and token[0].isalpha():
            prev_word = low
        out.append(token)
    return "".join(out)


def _score(sentence: str) -> float:
    words = sentence.split()
    score = 2.0 * bool(_PERSONAL.search(sentence)) + 3.0 * bool(FEELING.search(sentence))
    score -= 4.0 * sentence.rstrip().endswith("?")
    score -= 0.05 * max(0, len(words) - _MAX_WORDS)
    score += 0.05 * min(len(words), 10)
    return score


def _trim(clause: str) -> str:
    words = clause.split()
    if len(words) <= _MAX_WORDS:
        return clause
    # Cut at the last clause boundary that keeps it short.
    cut = " ".join(words[:_MAX_WORDS])
    for sep in (", ", "; ", " and ", " but ", " because ", " so "):
        idx = cut.rfind(sep)
        if idx > 20:
            return cut[:idx]
    return cut


# "your advice" turned round is "my advice": a claim the companion never makes.
_CLAIMS_TO_HAVE_HELPED = re.compile(r"\bmy\s+(?:advice|ideas?|suggestions?|help|tips?|guidance|support)\b", re.I)


def reflection_of(text: str) -> str | None:
    """The person's most personal statement, turned round, or None."""
    candidates = [s for s in split_sentences(text or "") if len(s.split()) >= 2]
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
    swapped = swap_person(clause)
    if _CLAIMS_TO_HAVE_HELPED.search(swapped):
        return None
    if not swapped.startswith("I "):
        swapped = swapped[0].lower() + swapped[1:]
    if not any(_is_verb(w.lower().strip(","), i) for i, w in enumerate(swapped.split())):
        return None    # "no family near you" is no clause to say "It sounds like" before
    return swapped


def choose(options: tuple[str, ...], key: str) -> str:
    """A stable choice among templates, varied by the text it answers."""
    return options[zlib.crc32(key.encode("utf-8")) % len(options)]


# ---------------------------------------------------------------------------
# The opening reflection.

# Words a spoken paraphrase drops without losing what was said.
_FILLER = re.compile(r"\b(?:just|really|very|actually|literally|basically|totally|kind of|sort of|like,|kinda|sorta|pretty much|at all(?!\s+times)|right now|anymore|lol|haha+|lmao|imagine that)\b\s*", re.I)


def _words(alternatives: str, replacement: str) -> tuple[re.Pattern, str]:
    return re.compile(rf"\b(?i:{alternatives})\b"), replacement


# Contractions opened or closed, and a few plain rewordings: natural changes of
# wording that also break verbatim runs. Tried in this order, each once.
_REWORD = [
    _words("don't", "do not"), _words("do not", "don't"), _words("can't|cant", "cannot"), _words("it's|its", "it is"),
    _words("didn't|didnt", "did not"), _words("isn't|isnt", "is not"), _words("wasn't|wasnt", "was not"),
    _words("won't|wont", "will not"), _words("doesn't|doesnt", "does not"),
    # "she's got" is "she has got", never "she is got"
    (re.compile(r"\b(?i:(he|she|it))'s\s+(got|been|had)\b"), r"\1 has \2"),
    _words("he's", "he is"), _words("she's", "she is"), _words("they're|theyre", "they are"), _words("that's|thats", "that is"),
    _words("a lot of", "so much"), _words("one of the only", "one of the few"), _words("might be", "could be"),
    _words("a way to", "one way to"), _words("what is", "what's"),
    _words("you are", "you're"),
    (re.compile(r"\b(?i:you have)\b(?!\s+(?:a|an|the|no|to|not|what|some|any|many|much|this|that|these|those|one|two)\b)"),
     "you've"),
    (re.compile(r"\b((?i:your|his|her|their)\s+[a-z]+)\s+is\b"), r"\1's"),
    _words("dont", "don't"),
    _words("isnt", "isn't"), _words("you will", "you'll"), _words("all the time", "constantly"),
    _words("did not", "didn't"), _words("was not", "wasn't"), _words("is not", "isn't"), _words("could not", "couldn't"),
    _words("have not", "haven't"), _words("can not", "can't"),
    _words("a couple of", "a few"), _words("a number of", "several"), _words("a bunch of", "a lot of"),
    (re.compile(r"(?<!n't )(?<!not )(?<!never )\b(?i:want to)\b"), "would like to"),
    _words("it is", "it's"), _words("that is", "that's"),
]
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|you're|you've|u|ur)\b", re.I)
# Openings that carry no content of their own ("Yes, because...", "I think...").
_LEADING_WORDS = (r"yes|yeah|yep|not really|suddenly|lately|recently|sometimes|no(?=[,.!]|\s+(?:i|it|that|not|but|just|really|way|he|she|they|we)\b)|nope|nah|well|"
                  r"so|and|but|also|then|because|cuz|cause|though|ok|okay|oh|um+|uh+|hmm+|honestly|actually|anyway|"
                  r"basically|i mean|to be honest|you know|like")
_OPENING_FILLER = re.compile(
    rf"^(?:(?:{_LEADING_WORDS}|it'?s (?:just |only )?that|it is (?:just |only )?that|the thing is|"
    r"i (?:see|agree|guess|think|suppose|mean|know|believe)|"
    r"that(?=\s+(?:i|my|he|she|they|it|we)\b))\b[,.!]?\s*)+", re.I)
# The same openings without the person's stance ("I think", "I guess", ...).
_LEAD_FILLER = re.compile(rf"^(?:(?:{_LEADING_WORDS})\b[,.!]?\s*)+", re.I)
# "...and I caused it" starts a clause of its own; "sad and lonely" does not.
_CLAUSE_BREAK = re.compile(r"\s*(?:[,;:\u2014]|\s-\s|\b(?:but|because|cuz|although|though|so that|and then|which)\b|"
                           r"\band\s+(?:now\s+)?(?=(?:i|i'm|im|i've|my|he|she|they|we|it's)\s))\s*", re.I)
# A clause that starts like this already has its subject ("he left", "my mum...").
_HAS_SUBJECT = re.compile(r"^(?:you|you're|you've|you'd|you'll|he|he's|she|she's|they|they're|it|it's|that|this|there|"
                          r"your|his|her|their|the|a|an|everyone|everything|nobody|nothing|someone|something|people|we|no one)\b",
                          re.I)
# ...and one that starts with a verb lost its "I" ("am not feeling good").
_NEEDS_YOU = re.compile(r"^(?:are|were|have|had|feel|felt|don't|do|did|get|got|keep|kept|need|"
                        r"want|wanted|miss|missed|lost|love|hate|started|stopped|tried|just|haven't|hadn't|didn't|"
                        r"can't|cannot|couldn't|won't|wouldn't|never|always|enjoy|enjoyed|wish|hope|went)\b", re.I)
_CLOSING = re.compile(r"\b(?:thanks?(?!\s+to\b)|thank you|goodbye|bye|best wishes|have a (?:good|nice|great|lovely) (?:day|night|evening|one|weekend|week|rest)|nice talking|good talking)\b", re.I)
_SHORTEST, _LONGEST = 3, 12
_PARROT_RUN = 5


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


def _reword(clause: str, said: str, run: int = _PARROT_RUN) -> str:
    """Drop fillers and flip contractions until no ``run`` words are verbatim."""
    clause = re.sub(r"\s+", " ", _FILLER.sub("", clause)).strip(" ,")
    for pattern, replacement in _REWORD:
        if longest_shared_run(clause, said) < run:
            break
        clause = pattern.sub(replacement, clause, count=1)
    return clause


# A verb or a quantity that needs what followed it ("you should get", "a couple").
_NEEDS_WHAT_FOLLOWS = {"get", "make", "take", "give", "put", "couple", "number", "bit", "lot", "kind", "sort",
                       "part", "lots", "plenty", "half", "didn't", "don't", "doesn't", "wasn't", "isn't", "can't",
                       "couldn't", "won't", "wouldn't", "haven't", "hasn't", "aren't", "weren't", "shouldn't", "cannot"}
# Where a shortened clause may end: before one of these, never after.
_BOUNDARY = {"about", "with", "for", "in", "on", "at", "to", "from", "of", "and", "but", "so", "or", "when", "because", "who", "that",
             "which", "where", "while", "after", "before", "since", "until", "due", "like", "than", "as"}
_HANGING = _BOUNDARY | {"a", "an", "the", "or", "your", "my", "his", "her", "their", "its", "this", "is", "was", "be",
                        "been", "being", "if", "by", "so", "not", "able", "small", "big", "long", "short", "new", "old",
                        "good", "bad", "little", "whole", "same", "other", "more", "most", "much", "many", "few",
                        "every", "some", "any", "all", "very", "own", "each", "still", "even", "also", "only", "yet",
                        "just", "really", "how", "what", "why", "feeling", "getting", "going", "trying", "seeing", "quite",
                        "feel", "felt", "think", "wonder", "wondering", "know", "want", "wish", "keep", "she", "he",
                        "they", "it", "we", "you", "there", "are", "were", "have", "has", "had", "do", "did", "can",
                        "could", "would", "will", "should", "may", "might", "must", "shall", "best", "worst", "first",
                        "last", "next", "that", "those", "these", "both", "given", "you're", "you've", "you'll", "you'd",
                        "said", "says", "told", "tells", "thinks", "thought", "knows", "knew", "believes", "heard",
                        "realised", "realized", "explained", "mentioned", "asked"} | _NEEDS_WHAT_FOLLOWS


# A word that needs the phrase after it: "a hard time dealing | with it",
# "couples that seem | to have".
_NEEDS_COMPLEMENT = re.compile(r"(?:ing|^seems?|^seemed|^used|^able|^touch|^care|^rid|^aware|^afraid|^tired|^sick)$", re.I)


# "a hard time | dealing with it": after these, a word in -ing starts a phrase of its own.
_TIME = {"time", "times", "trouble", "difficulty", "day", "days", "night", "nights", "weeks", "months", "years"}


def _fit(clause: str, said: str, run: int = _PARROT_RUN) -> str:
    """The longest opening of ``clause`` that is short and repeats no five
    words verbatim (the point of a sentence usually comes first); a cut is
    made at a phrase boundary so the sentence does not hang."""
    words = clause.split()
    kept = words[:_LONGEST]
    while len(kept) >= _SHORTEST and longest_shared_run(" ".join(kept), said) >= run:
        kept.pop()
    if len(kept) < len(words):
        # the cut may fall before a boundary word inside what is kept, or
        # just before the first word dropped ("in a small apartment | in la")
        cut = max((i for i in range(_SHORTEST, len(kept) + 1)
                   if (words[i].lower() in _BOUNDARY or (words[i].lower().endswith("ing") and words[i - 1].lower() in _TIME))
                   and not _NEEDS_COMPLEMENT.search(words[i - 1])), default=None)
        if cut is None:
            return ""  # no phrase boundary to cut at: it would stop mid-thought ("how meaningless life")
        kept = kept[:cut]
        while kept and kept[-1].lower().strip(",") in _HANGING:
            if kept.pop().lower().strip(",") in ("it", "him", "her", "them", "this", "that", "us"):
                return ""  # "he used to read | it to me" loses what he read

        if len(kept) > _SHORTEST and kept[-2].lower() in ("that", "which", "who"):
            kept = kept[:-2]   # "there is guilt that comes | with that" hangs without its ending
        if len(kept) < len(words) and any(w.lower() in ("that", "who", "which") for w in kept[1:3]) \
                and not any(_is_verb(w.lower(), i) for i, w in enumerate(kept[:1])):
            return ""  # "others that have worked | with her say..." lost its own verb
        if kept and {w.lower() for w in kept[-2:]} & _WANTS_ITS_REST and len(kept) < len(words) \
                and words[len(kept)].lower() in ("more", "less", "else", "to", "of", "like", "but", "than"):
            return ""  # "you want nothing | more to do with him" says the opposite cut there
        if kept and len(kept) < len(words) and words[len(kept)].lower().strip(",") in ("not", "never", "n't"):
            return ""  # "she does | not want to be friends" says the opposite
        if kept and len(kept) < len(words) and (kept[-1].lower() in _VERBS or kept[-1].lower() in _TAKES_AN_OBJECT
                                                or (len(kept) > 1 and kept[-2].lower() == "to")):
            return ""  # "your brother Alan wants | to sell it" hangs without what he wants
    return " ".join(kept).strip(" ,")


# Verbs whose object or complement a cut would leave behind.
_TAKES_AN_OBJECT = {"wants", "wanted", "lives", "lived", "loved", "needed", "liked", "hoped", "tried", "decided",
                    "started", "stopped", "keeps", "kept", "seems", "seemed", "asked", "asks", "expects", "expected",
                    "refuses", "refused", "agreed", "planned", "plans", "promised", "offered", "deserves", "deserved",
                    "misses", "missed", "brought", "bought", "sent", "spends", "spent", "feels", "felt", "became"}


_WANTS_ITS_REST = {"nothing", "anything", "something", "everything", "all", "no", "none", "instead", "out", "rather",
                   "ahead", "because", "regardless", "spite", "front", "middle", "end", "rest", "top", "side", "start",
                   "part", "edge", "bottom", "beginning"}


# "Work has been...", "The new job is...": a noun phrase, then its verb.
_NOUN_THEN_VERB = re.compile(r"^(?:(?!(?:you|he|she|they|we|i)\b)[a-z']+\s+){1,3}?(?:is|was|has|have|had|are|were|keeps|kept|feels|felt|seems|seemed|"
                             r"makes|made|gets|got|won't|doesn't|didn't|isn't|wasn't|hasn't|can't|will|might|could|would|"
                             r"may|can)\b", re.I)


# A dependent clause ("especially when...", "the second you...") cannot stand alone.
_DEPENDENT = re.compile(r"^(?:especially|when|whenever|if|while|since|after|before|as|until|unless|whether|what|which|who|"
                        r"where|how|why|even|the\s+(?:second|moment|minute|day|time)|although|whereas)\b", re.I)


_BEFORE_A_FEELING = {"and", "or", "so", "very", "really", "more", "less", "bit", "little", "quite", "too", "pretty", "kind",
                     "sort", "a", "totally", "completely", "just", "still", "getting", "get", "got", "feel", "felt",
                     "feeling", "being", "been", "am", "was", "is", "are", "were"}
# A pronoun straight after a noun starts a second sentence run into the first
# ("you went for trip you had a good relationship").
_LINKS = {"and", "but", "or", "so", "because", "cause", "cos", "when", "if", "that", "than", "as", "while", "since",
          "until", "before", "after", "where", "though", "although", "whether", "what", "how", "why", "who", "which",
          "like", "know", "think", "feel", "felt", "wish", "hope", "guess", "said", "told", "tell", "thought"}


_PREPOSITION_OR_ARTICLE = {"for", "to", "a", "an", "the", "in", "on", "at", "of", "with", "from", "into", "about"}


def _runs_on(clause: str) -> bool:
    """...a noun after a preposition or article, then a pronoun and its verb."""
    w = clause.lower().replace(",", " ").split()
    return any(word in ("you", "he", "she", "they", "we") and w[i - 2] in _PREPOSITION_OR_ARTICLE
               and w[i - 1] not in _LINKS and not _is_verb(w[i - 1], i) and _is_verb(w[i + 1], i + 1)
               for i, word in enumerate(w) if 1 < i < len(w) - 1)


def _with_subject(clause: str) -> str | None:
    if _DEPENDENT.match(clause):
        return None
    if _HAS_SUBJECT.match(clause) or (_NOUN_THEN_VERB.match(clause) and not _NEEDS_YOU.match(clause)):
        return clause
    if _NEEDS_YOU.match(clause):
        return "you " + clause[0].lower() + clause[1:]
    if FEELING.search(clause) and len(clause.split()) <= 6:
        feeling = re.sub(r"^(?:(?:feeling|being|so|very)\s+)+", "", clause, flags=re.I)
        words_ = feeling.lower().split()
        # "Feeling heard helped" is a sentence with its own verb, not a feeling
        own_verb = (len(words_) >= 2 and words_[-1].endswith("ed") and words_[-2] not in _BEFORE_A_FEELING) or \
            (len(words_) >= 2 and (words_[0] in _VERBS or words_[0] in ("makes", "gets", "keeps", "leaves", "drives")))
        # ...nor is "makes you anxious" (its subject, "that", was dropped)
        return None if _NEEDS_YOU.match(feeling) or " like" in feeling or own_verb else "you're feeling " + feeling
    return None


def _before_second_person(clause: str) -> str | None:
    """The clause, or its part before a word addressed to "you": "I'm a
    caregiver to my children and now people are like what experience do you
    have" keeps what is theirs. A clause that opens by addressing the
    companion ("may you join my facebook") is not theirs to reflect."""
    m = _SECOND_PERSON.search(clause)
    if m is None:
        return clause
    before = clause[:m.start()].split()
    for cut in sorted((i for i in range(_SHORTEST, len(before)) if before[i].lower() in _BOUNDARY), reverse=True):
        kept = before[:cut]
        while kept and kept[-1].lower().strip(",") in _HANGING:
            if kept.pop().lower() in _VERB_OF_SUBJECT:
                break  # "...and now people [are]": its subject would be left without its verb
        else:
            if len(kept) >= _SHORTEST + 1:
                return " ".join(kept).strip(" ,")
    return None


_VERB_OF_SUBJECT = {"is", "are", "was", "were", "has", "have", "had", "do", "does", "did", "can", "could", "would",
                    "will", "should", "may", "might", "must"}


def _clause_score(clause: str) -> float:
    content = len(content_words(clause))
    return _score(clause) + 0.8 * min(content, 5) - 0.1 * max(0, len(clause.split()) - _LONGEST)


def opening_reflection(text: str) -> str | None:
    """A first sentence that takes up the person's words, turned round and
    reworded; None when there is nothing to reflect (a greeting, a question,
    a thank-you, a bare "yes"), so the model begins instead."""
    return next(opening_reflections(text), None)


# Slips of typing that a reflection would repeat: "I have a my thesis",
# "afraid to to take".
_ARTICLE_BEFORE_POSSESSIVE = re.compile(r"\b(?:a|an|the)\s+(my|your|his|her|their|our)\b", re.I)
_MAY_BE = re.compile(r"\bmay\s+be\s+(?=(?:something|someone|somebody|i|we|they|he|she|things|it'?ll|that'?s)\b)", re.I)
_DOUBLED = re.compile(r"\b(to|the|a|an|and|i|is|of|in|it|my|for|on|at|with)\s+\1\b", re.I)


def _tidy(text: str) -> str:
    return _MAY_BE.sub("maybe ", _DOUBLED.sub(r"\1", _ARTICLE_BEFORE_POSSESSIVE.sub(r"\1", text)))


def opening_reflections(text: str) -> Iterator[str]:
    """Every opening reflection of ``text``, best first: the caller takes the
    first one its guard passes ("you're struggling with depression" names a
    diagnosis, "you're a mum at home with your children" does not)."""
    text = _tidy((text or "").replace("\u2019", "'"))
    clauses = []
    for sentence in split_sentences(text or ""):
        if _CLOSING.search(sentence):
            continue
        # an aside "(about two days a week)" is not the point, and cut it would hang
        sentence = re.sub(r"\s*\([^)]*(?:\)|$)", "", sentence)
        parts = _CLAUSE_BREAK.split(sentence)
        if sentence.rstrip().endswith("?"):
            # "I'm having a rough day, how are you?": what comes before the
            # question is theirs to have reflected; the question is not.
            parts = parts[:-1]
        for part in parts:
            part = part.strip().rstrip(".!?\u2026,;:")
            bare = _OPENING_FILLER.sub("", part).strip()
            # "I think things will improve": when the bare clause says too
            # little, the person's stance is part of what they said.
            with_stance = _LEAD_FILLER.sub("", part).strip()
            for clause in (bare, with_stance) if _STANCE.match(with_stance) else (bare,):
                clause = _before_second_person(clause)
                if clause and len(clause.split()) >= 2 \
                        and len(content_words(clause)) >= _needed(clause):
                    clauses.append(clause)
                    break
    seen = set()
    best = sorted(clauses, key=_clause_score, reverse=True)[:4]
    # A true paraphrase first; then, rather than nothing, one that keeps a
    # five-word run of theirs ("you lived in a small apartment").
    # Last, a bare feeling ("you're stressed"), short but enough.
    for run, shortest in ((_PARROT_RUN, _SHORTEST), (_PARROT_RUN + 1, _SHORTEST), (_PARROT_RUN + 2, _SHORTEST),
                          (_PARROT_RUN, 2)):
        for candidate in best:
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


def _fragment_echo(text: str) -> str | None:
    sentences = [s for s in split_sentences(text or "") if s.strip()]
    if len(sentences) != 1 or sentences[0].rstrip().endswith("?") or _CLOSING.search(sentences[0]):
        return None
    fragment = re.sub(r"\s+", " ", _FILLER.sub("", _OPENING_FILLER.sub("", sentences[0].strip()))).strip(" ,.!?\u2026;:")
    n = len(fragment.split())
    # Only a fragment that names a feeling: "Corona it kills more people" or
    # "Good afternoon" given back would sound like a machine.
    if not 2 <= n <= _FRAGMENT_MAX or _PERSONAL.search(fragment) or _SECOND_PERSON.search(fragment) \
            or _HAS_SUBJECT.match(fragment) or _NEEDS_YOU.match(fragment) \
            or not (FEELING.search(fragment) or _STRONG.search(fragment)):
        return None
    frame = choose(("{X}. I hear you.", "{X}, I hear that."), text)
    return frame.replace("{X}", fragment[0].upper() + fragment[1:])


_OBLIGATION = re.compile(r"^you\s+((?:really\s+)?(?:need\s+to|have\s+to|must|should|'ll\s+need\s+to|will\s+need\s+to|'ll\s+have\s+to|"
                         r"will\s+have\s+to|'ve\s+got\s+to|got\s+to)\b)", re.I)
_ANSWERS_BACK = re.compile(r"^(?:that|that's|this|this is|it does|it did|it is|it's|it was)\b", re.I)
_EMPTY_SUBJECT = re.compile(r"^(?:it|it's|that|that's|this|there)\b", re.I)
# ...but "the last thing I want" is one phrase: a noun that an "I" clause describes is kept.
_LATER_I = re.compile(r"^(?!(?:how|what|why|should|do|does|did|can|could|would|will|is|am|where|when|who)\b)"
                      # "without it sounding like I'm making excuses" says the opposite without its start
                      r"(?!(?:\S+\s+){0,4}?(?:without|unless|if|instead|rather|not|never|like|as\s+if|in\s+case|scared|afraid|worried|fear|"
                      r"said|says|told|tells|thinks|thought|think|believes?|knows?|hopes?)\b)"
                      r"(?:\S+\s+){1,5}?(?<!\bin\s)(?<!\bat\s)(?<!\bon\s)(?<!\bfor\s)(?<!\bfrom\s)(?<!\bwith\s)(?<!\bto\s)(?<!\bof\s)(?<!\bby\s)(?<!thing\s)(?<!one\s)(?<!person\s)(?<!place\s)(?<!time\s)(?<!way\s)"
                      r"(?<!reason\s)(?=(?:i|i'm|im|i've|ive|i'd|my)\s)", re.I)


# Words that carry a whole reflection on their own ("you still love him").
_STRONG = re.compile(r"\b(?:love[sd]?|hate[sd]?|car(?:e|es|ed|ing)|hard|difficult|tough|scary|painful|stressful|uncomfortable|struggl\w*|worr(?:y|ied|ies|ying)|"
                     r"heartbr\w*|frustrat\w*|annoy\w*|confus\w*|broke|grie\w*|mourn\w*)\b", re.I)


# "I think things will improve": the stance and one word say what they meant.
_STANCE = re.compile(r"^(?:i|you)\s+(?:think|guess|hope|believe|suppose|wish|know)\b", re.I)


def _needed(clause: str) -> int:
    """Content words a reflection must take up: two, or one when it names a
    feeling ("you feel betrayed" says enough)."""
    stance_and_more = _STANCE.match(clause) and content_words(_STANCE.sub("", clause))
    return 1 if FEELING.search(clause) or _STRONG.search(clause) or stance_and_more else 2


def _reflect_clause(clause: str, text: str, run: int = _PARROT_RUN, shortest: int = _SHORTEST) -> list[str] | None:
    # "for some reason today I have felt..." -> "I have felt..."; but "Covid
    # didn't cause my anxiety" is whole as it is.
    if not _HAS_SUBJECT.match(clause) and not re.match(r"(?:i|i'm|im|i've|ive|my)\b", clause, re.I):
        shorter = _LATER_I.sub("", clause, count=1)
        if shorter != clause:
            return _turn_round(shorter, text, run, shortest) or _turn_round(clause, text, run, shortest)
    return _turn_round(clause, text, run, shortest)


_NOUN_PHRASE = re.compile(r"^(?:a|an|the|your|his|her|their|its|that|this|these|those|some|no|every)\s", re.I)
_VERBS = set("""is are was were be been am has have had do does did can could will would should may might must
gave give gives told tell tells said say says left leave leaves went go goes made make makes took take takes came come comes
got get gets lost lose loses died dies broke break breaks thought think thinks felt feel feels knew know knows saw see sees
found find finds began begin begins became become becomes kept keep keeps sent send sends spent spend spends paid pay pays
met meet meets ran run runs hurt hurts seem seems looks look want wants need needs means mean works work lives live helps
help loves love hates hate likes like cares care tries try""".split())


def _is_verb(word: str, position: int) -> bool:
    """Roughly: a word that can be a clause's verb ("your boss yells"); a word
    in -s right after the determiner is taken for a plural ("your husbands")."""
    return word in _VERBS or word.endswith(("ed", "n't", "'s", "'re", "'ve", "'ll", "'d")) or (
        position >= 2 and word.endswith("s") and not word.endswith("ss"))


# "It's hard to know what's right" is about the person: reflected as theirs.
_IMPERSONAL = re.compile(r"^(?:it's|it is|its|it was|this is|that's|that is|(?:it's|it is|its)\s+going\s+to\s+be)\s+"
                         r"(?:so\s+|really\s+|very\s+|just\s+)?"
                         r"(hard|difficult|tough|scary|painful|confusing|frustrating|exhausting|overwhelming|lonely|"
                         r"stressful|heartbreaking|upsetting|awful|horrible|uncomfortable|awkward|embarrassing)\b"
                         r"(?=\s+(?:to|when|not|being|seeing|knowing|having|because|that)\b|\s*$)", re.I)


def _as_theirs(clause: str) -> str:
    plain = re.sub(r"\s+", " ", _FILLER.sub("", clause)).strip()
    if not _IMPERSONAL.match(plain):
        return clause
    clause = plain

    def theirs(m: re.Match) -> str:
        said = m.group(0).lower()
        frame = "you found it " if said.startswith("it was") else \
            "you feel it's going to be " if "going to be" in said else "you find it "
        return frame + m.group(1).lower()
    return _IMPERSONAL.sub(theirs, clause, count=1)


# A capitalised first word that is not a common opening word may be a name.
_MAYBE_A_NAME = re.compile(r"^(?!(?:I|You|Your|Yours|The|A|An|It|Its|This|That|These|Those|There|He|She|They|We|His|Her|Their|"
                           r"Our|My|Me|Some|Any|No|Every|All|Most|Many|Much|More|So|And|But|Or|If|When|What|How|Why|Who|"
                           r"Work|Life|Things|Everything|Nothing|Everyone|Nobody|People|Family|Money|School|Home|Being|"
                           r"Getting|Feeling|Trying|Going|One|Two|Just|Even|Still|Also|Only|Maybe|Now|Then|Today|Yesterday|"
                           r"Tomorrow|Lately|Recently|Sometimes|Mum|Mom|Dad|Covid|May|Might|Can|Could|Would|Should|Will|Must|Hope|"
                           r"Please|Yes|Yeah|Not|Well|Ok|Okay|Sure|Thanks|Hi|Hello|Hey|Maybe|Perhaps|Probably|Honestly|"
                           r"Really|Actually|Basically|Because|Since|After|Before|Until|While|Though|Although|Then|Here|"
                           r"Others|Other|Someone|Somebody|Anyone|Everybody|None|Both|Each|Another|Such|Same|Last|Next|"
                           r"First|Second|Having|Doing|Making|Working|Living|Dealing|Staying|Christmas|"
                           r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Weekends?|Nights?|Days?|Years?|"
                           r"Months?|Weeks?|Jobs?|Friends?|Kids?|Children|Parents?|Husband|Wife|Partner|Boyfriend|"
                           r"Girlfriend|Brother|Sister|Son|Daughter|Boss|Manager|Grandma|Grandpa|Dating|Health)\b)[A-Z][a-z]+\b")


# The frames a reflection is said in (_turn_round), to take one off or vary them.
_FRAMES = (re.compile(r"^So\s+(.+?)\.$"), re.compile(r"^It sounds like\s+(.+?)\.$"),
           re.compile(r"^(.+?), if I'm hearing you right\.$"), re.compile(r"^If I'm hearing you right,\s+(.+?)\.$"),
           re.compile(r"^(.+?)\. I can hear that\.$"))


def frame_and_clause(reflection: str) -> tuple[int | None, str]:
    """Which frame a reflection is said in (None: none of them), and its
    clause without the frame: "So your boss yells at you." is frame 0 with
    "your boss yells at you"."""
    for n, frame in enumerate(_FRAMES):
        m = frame.match(reflection)
        if m:
            return n, lower_first(m.group(1))
    return None, lower_first(reflection.rstrip("."))


def clause_of(reflection: str) -> str:
    return frame_and_clause(reflection)[1]


_AUXILIARY = {"be", "would", "will", "can", "could", "should", "is", "was", "are", "were", "have", "has", "had", "do",
              "did", "does", "am", "been", "being", "might", "must", "shall"}
# A clause built wrong in the typing: a modal before a noun phrase, a subject
# with "not" and no helping verb, a stray " ," or a doubled "so".
_MISBUILT = re.compile(r"\b(?:will|would|can|could|should|must|might|may)\s+(?:the|a|an|my|your|his|her|their|our)\b"
                       r"|\b(?:he|she|they|you|it|we)\s+not\s+(?!only|just|even|really|so|too|that|very|quite)\w+"
                       r"|\s,|\bso\b[^.]*,\s*so\b", re.I)


def lower_first(clause: str) -> str:
    """The clause to go mid-sentence: its first letter in lower case, unless
    it is "I" or may be a name."""
    if not clause or clause.startswith("I ") or _MAYBE_A_NAME.match(clause):
        return clause
    return clause[0].lower() + clause[1:]


def _turn_round(clause: str, text: str, run: int, shortest: int = _SHORTEST) -> list[str] | None:
    clause = _with_subject(_reword(_as_theirs(swap_person(clause)), text, run))
    if clause is None:
        return None
    # Their "I need to" turned round is a command ("you need to..."); it is
    # their sense of obligation that is reflected.
    clause = _OBLIGATION.sub(r"you feel you \1", clause, count=1)
    fitted = _fit(clause, text, run)
    if run > _PARROT_RUN + 1 and fitted != clause:
        return None  # a longer echo of their words only when it is whole, never cut mid-thought
    clause = fitted
    taken_up = content_words(clause) & content_words(text)
    if shortest < _SHORTEST and not FEELING.search(clause):
        return None
    if (len(clause.split()) < shortest or longest_shared_run(clause, text) >= run
            or len(taken_up) < _needed(clause)):
        return None  # too little of what they said survived
    if len(taken_up) < 2 and _EMPTY_SUBJECT.match(clause):
        return None  # "it is hard" says nothing the person would recognise
    if _ANSWERS_BACK.match(clause) and not (FEELING.search(clause) or _STRONG.search(clause)):
        return None  # "that's not the case here" answers what was said to them; given back it means nothing
    if clause.split()[-1].lower() in _NEEDS_WHAT_FOLLOWS or clause.split()[-1].lower() in _BOUNDARY \
            or clause.split()[-1].lower() in _AUXILIARY:
        return None  # "you needed to talk to", "summer next year would be" hang
    if _MISBUILT.search(clause):
        return None  # their slip given back reads as the companion's: "you will the process was"
    ws = words(clause)
    if _NOUN_PHRASE.match(clause) and not any(
            _is_verb(w, i) for i, w in enumerate(ws)
            if (i != 1 or "'" in w) and not (i and (ws[i - 1] in _PREPOSITION_OR_ARTICLE or ws[i - 1].isdigit()))):
        # "your age and low immunity level" is a fragment, not something they
        # said; so is "your love one" (straight after "your", "love" is a noun)
        return None
    if _runs_on(clause):
        return None
    if _MAYBE_A_NAME.match(clause):
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
    first = choose(frames, text)
    # The chosen frame first; the others in case the guard reads one as a
    # verdict ("it sounds like you are depressed" diagnoses; "so you are
    # depressed" gives their words back).
    return [f.replace("{X}", clause[0].upper() + clause[1:]).replace("{x}", clause)
            for f in (first,) + tuple(f for f in frames if f != first)]


# ---------------------------------------------------------------------------
# A request for advice, taken up before the companion says it won't give it.

_ASKING = [
    (re.compile(r"\bhow\s+(?:do|can|should|could)\s+i\s+(.+?)\s*\?*$", re.I), "how to {x}"),
    (re.compile(r"\bwhat\s+(?:should|can|could|do)\s+i\s+do\s+((?:about|with|if|when)\s+.+?)\s*\?*$", re.I),
     "what to do {x}"),
    # "should I do this sooner or wait?" is theirs to weigh; "what should I do?" is asked below
    (re.compile(r"\b(?:(?:should|shall)\s+i|(?:do\s+)?you\s+think\s+i\s+should)\s+(?!do\s*\?*$)(.+?)\s*\?*$", re.I),
     "whether to {x}"),
    # "can you give me an idea how to start the conversation?"
    (re.compile(r"\bhow\s+(?:to|i\s+(?:can|could|should))\s+(.+?)\s*\?*$", re.I), "how to {x}"),
    # "do you think drinking alcohol will help?"
    (re.compile(r"\b(?:do\s+you\s+think|would|will|could|can)\s+(.+?)\s+(?:will|would|could|might)?\s*help\s*(?:me)?\s*\?+$",
                re.I), "whether {x} would help"),
    # "is there any way to get out from stress?", "where can I get it?"
    (re.compile(r"\bis\s+there\s+(?:any\s*|a\s+)(?:general\s+|good\s+|better\s+)?way\s+(?:for\s+me\s+)?to\s+(.+?)\s*\?*$", re.I),
     "whether there's a way to {x}"),
    (re.compile(r"\bwhere\s+(?:can|could|do|should)\s+i\s+((?:get|find|go|start)\b.*?)\s*\?*$", re.I), "where to {x}"),
    # "I'm wondering if it's the pandemic?", "could it be that I rush things?"
    (re.compile(r"\b(?:i'?m\s+wondering|i\s+wonder|could\s+it\s+be|is\s+it\s+possible)\s+(?:if|whether|that)\s+(.+?)\s*\?*$", re.I),
     "whether {x}"),
    # "maybe, but what if he dates someone else"
    (re.compile(r"^(?:(?:maybe|but|and|so|yes|yeah|no|ok)\W+)*what\s+if\s+(.+?)\s*\?*$", re.I), "what happens if {x}"),
]


def question_reflection(text: str) -> str | None:
    """'Do you think I should contact him?' -> 'So you're wondering whether to
    contact him.' The person's own question, given back as theirs."""
    sentences = [x for x in split_sentences(text or "") if x.strip()]
    if not sentences:
        return None
    last = sentences[-1].strip()
    for pattern, frame in _ASKING:
        m = pattern.search(last)
        if not m:
            continue
        asked = m.group(1).strip(" ,.?")
        # "how can I help you?" is about the companion, not their life
        if _SECOND_PERSON.search(asked) or not 1 <= len(asked.split()) <= 10:
            return None
        asked = _reword(swap_person(asked), text)
        if longest_shared_run(asked, text) > _PARROT_RUN + 1:
            return None  # their whole question read back is an echo, not a reflection
        return "So you're wondering " + frame.format(x=asked) + "."
    return None
