"""Word-level tools for reflections: first person turned into second, fillers
dropped, contractions and a few phrases reworded so that no long run of the
person's words is repeated verbatim, and slips of typing tidied.
"""
from __future__ import annotations

import re

from .reflection_cut import PARROT_RUN, longest_shared_run
from .sentences import split_complete
from .vocabulary import BARE_CONTRACTIONS

_SWAP = {
    "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
    "am": "are", "i'm": "you're", "im": "you're", "i've": "you've", "ive": "you've", "i'll": "you'll",
    "i'd": "you'd", "we": "you", "us": "you", "our": "your", "ours": "yours", "ourselves": "yourselves",
    "we're": "you're", "we've": "you've",
    "you": "I", "your": "my", "yours": "mine", "yourself": "myself", "you're": "I'm", "you've": "I've",
}

_WORD = re.compile(r"[A-Za-z']+|[^A-Za-z'\s]+|\s+")

def swap_person(text: str) -> str:
    """Turn first person into second person and back, word by word."""
    out, prev_word = [], ""
    for token in _WORD.findall(text):
        low = token.lower()
        if low == "am" and "".join(out).rstrip()[-1:].isdigit():
            pass   # "till 2am" is a time
        elif low in _SWAP:
            token = _SWAP[low]
        elif low == "was" and prev_word == "i":
            token = "were"
        elif low in ("wasn't", "wasnt") and prev_word == "i":
            token = "weren't"
        # "I really was" is "you really were": the "I" reaches over an adverb
        if token.strip() and token[0].isalpha() and not (prev_word == "i" and low in _BETWEEN_I_AND_WAS):
            prev_word = low
        out.append(token)
    return "".join(out)


_BETWEEN_I_AND_WAS = frozenset("really just never always honestly also even still only actually so truly".split())

# Words a spoken paraphrase drops without losing what was said ("very" but
# not "very much": "so you miss your family much" was read as broken).
FILLER = re.compile(r"\b(?:just|really|very(?!\s+(?:much|many|few|little|well)\b)|actually|literally|basically|totally|kind of|sort of|like,|kinda|sorta|pretty much|at all(?!\s+times)|right now|lol|haha+|lmao|imagine that|"
                    r"honestly|to be honest|to be frank|to be fair|if i'm honest|if i am honest|if i'm being honest|if i am being honest|in all honesty|frankly|tbh|ngl)\b\s*", re.I)


def _words(alternatives: str, replacement: str) -> tuple[re.Pattern, str]:
    return re.compile(rf"\b(?i:{alternatives})\b"), replacement


def _closing(alternatives: str, replacement: str) -> tuple[re.Pattern, str]:
    """A contraction that cannot end a clause: "how important it is" never
    becomes "how important it's"."""
    return re.compile(rf"\b(?i:{alternatives})\b(?!\s*(?:$|[.,;:!?]))"), replacement


# Contractions opened or closed, and a few plain rewordings: natural changes of
# wording that also break verbatim runs. Tried in this order, each once.
_REWORD = [
    _words("don't", "do not"), _words("do not", "don't"), _words("can't|cant", "cannot"),
    # "it's been" is "it has been", never "it is been"
    (re.compile(r"\b(?i:it's|its)\s+(?=(?:been|got|had)\b)"), "it has "), _words("it's|its", "it is"),
    _words("didn't|didnt", "did not"), _words("isn't|isnt", "is not"), _words("wasn't|wasnt", "was not"),
    _words("won't|wont", "will not"), _words("doesn't|doesnt", "does not"),
    # "she's got" is "she has got", never "she is got"
    (re.compile(r"\b(?i:(he|she|it))'s\s+(got|been|had)\b"), r"\1 has \2"),
    # ...and "she's asked me" is "she has asked me"
    (re.compile(r"\b(?i:(he|she))(?:'s|s)\s+(asked|said|told|gone|done|left|made|taken|given|seen|heard|tried|started|stopped|moved"
                r"|decided|called|texted|messaged|found|sent|bought|written|met|promised|agreed|offered|booked)\b"), r"\1 has \2"),
    _words("he's", "he is"), _words("she's", "she is"), _words("they're|theyre", "they are"), _words("that's|thats", "that is"),
    # "a lot of it is..." is no "so much it is...": only before a noun
    # ...nor before what is counted ("so much happy memories"): "a lot of" is kept
    (re.compile(r"\b(?i:a lot of)\b(?!\s+(?:it|them|this|that|these|those|what|us|you|which)\b)(?!\s+(?:[a-z]+\s+)?[a-z]+(?:ies|[^s\Wi]s)\b)"), "so much"), _words("one of the only", "one of the few"), _words("might be", "could be"),
    _words("a way to", "some way to"), _closing("what is", "what's"),
    _closing("you are", "you're"),
    # ...only before what it helps ("you've been", "you've lost"): "you've family like that" is no everyday English
    (re.compile(r"\b(?i:you have)\b(?=\s+(?:(?:never|always|just|already|also|really|finally|recently|only|ever|not)\s+)?"
                r"(?:been|got|had|done|made|seen|told|said|heard|lost|spent|found|known|felt|kept|left|gone|come|become|"
                r"taken|given|brought|thought|tried|[a-z]+ed)\b)"), "you've"),
    # ...never after a plural ("your children is" is their slip, not "your children's")
    (re.compile(r"\b((?i:your|his|her|their)\s+(?![a-z]*(?:children|people|men|s)\b)[a-z]+)\s+is\b(?!\s*(?:$|[.,;:!?]))"),
     r"\1's"),
    _words("dont", "don't"),
    _words("isnt", "isn't"), _closing("you will", "you'll"), _words("all the time", "constantly"),
    _words("did not", "didn't"), _words("was not", "wasn't"), _words("is not", "isn't"), _words("could not", "couldn't"),
    _words("have not", "haven't"), _words("can not", "can't"),
    _words("a couple of", "a few"), _words("a number of", "several"), _words("a bunch of", "a lot of"),
    # never after a modal: "she'd want to" is no "she'd would like to"
    (re.compile(r"(?<!n't )(?<!not )(?<!never )(?<!'d )(?<!would )(?<!will )(?<!'ll )(?<!might )(?<!could )(?<!should )(?<!may )(?<!must )(?<!to )"
                r"(?<!'d really )(?<!would really )\b(?i:want to)\b"), "would like to"),
    _closing("it is", "it's"), _closing("that is", "that's"),
]

# "a kind of emotional flatness" without its filler is "an emotional flatness".
_A_BEFORE_FILLER = re.compile(r"\b([Aa])\s+(?:kind|sort)\s+of\s+(?=[aeio])")


def reword(clause: str, said: str, run: int = PARROT_RUN) -> str:
    """Drop fillers and flip contractions until no ``run`` words are verbatim."""
    clause = _A_BEFORE_FILLER.sub(lambda m: m.group(1) + "n ", clause)
    clause = re.sub(r"\s+", " ", FILLER.sub("", clause)).strip(" ,")
    for pattern, replacement in _REWORD:
        if longest_shared_run(clause, said) < run:
            break
        clause = pattern.sub(replacement, clause, count=1)
    return clause

# Slips of typing that a reflection would repeat: "I have a my thesis",
# "afraid to to take".
_ARTICLE_BEFORE_POSSESSIVE = re.compile(r"\b(?:a|an|the)\s+(my|your|his|her|their|our)\b", re.I)
_MAY_BE = re.compile(r"\bmay\s+be\s+(?=(?:something|someone|somebody|i|we|they|he|she|things|it'?ll|that'?s)\b)", re.I)
_DOUBLED = re.compile(r"\b(to|the|a|an|and|i|is|of|in|it|my|for|on|at|with)\s+\1\b", re.I)


# Contractions typed without the apostrophe ("weve", "thats"); words that are
# also words of their own ("its", "were", "well", "ill", "hell") are left.
_BARE_CONTRACTION_RE = re.compile(r"\b(" + "|".join(BARE_CONTRACTIONS) + r")\b", re.I)


# "I'm not scared of it it is more the waiting": two sentences run together.
_RUN_ON_IT = re.compile(r"\b(it)\s+it\s+(?=(?:is|was|'s|has|will|would|just|feels|seems)\b)", re.I)


# Texting shorthand a spoken reflection would say as letters ("mixed opinions abt").
_SHORTHAND = {"abt": "about", "bc": "because", "b/c": "because", "ppl": "people", "rn": "right now", "tho": "though",
              "smth": "something", "sth": "something", "w/": "with", "bf": "boyfriend", "gf": "girlfriend",
              "idk": "I don't know", "def": "definitely", "thx": "thanks", "pls": "please", "plz": "please"}
_SHORTHAND_RE = re.compile(r"(?<![\w/])(" + "|".join(re.escape(k) for k in _SHORTHAND) + r")(?![\w/])", re.I)
# "I should vent more it does help", "I am disgusted.... just like": sentences run together.
_RUN_ON_AFTER = re.compile(r"\b(more|much|too|well|better|now|again|lot|today|though)\s+(it|that)\s+(does|did|is|was|helps|helped|has|really)\b", re.I)


# "its crazy" at the start of a clause is "it's": a possessive starts none.
_ITS_OPENING = re.compile(r"(^|[.!?,;]\s*|\b(?:and|but|so|because|yes|yeah|no|think|guess)\s+)its\b(?!\s+own\b)", re.I)


# "idk just bored and pissed off", "dunno, embarrassed I guess": a shrug in
# front of what they say, not a clause of its own ("you don't know bored and
# pissed off"); "idk what to do" keeps it.
_SHRUG_OPENING = re.compile(r"^(\W*)(?:idk|i\s+dunno|dunno|i\s+don'?t\s+know(?=\s*[,.]))\b[\s,.]*"
                            r"(?!(?:what|if|whether|how|why|where|who|when|which|about|anymore|any\s*more|tbh|lol|either|yet|really|man|mate|haha)\b)(?=\w)", re.I)


# "Came from Pune in September.", "Didn't say anything.", "Can't sleep.": the
# "I" left out of a sentence of their own story, put back so that the
# sentence can be said back ("you came from Pune in September"). Only where
# the "I" is plain: the turn's first sentence, or after one of their own
# ("I sat there going red. Didn't say anything.") or a few words with no
# one else in them ("Rough day."); after "He came home drunk." the one who
# "went straight to bed" is him.
_DROPPED_I = re.compile(
    r"(?:(?:just|then|finally|literally|also|actually|only|never|still)\s+)?"
    r"(?:came|went|got|had|made|took|saw|told|said|left|found|felt|thought|lost|spent|sat|stood|ran|gave|bought|brought|kept|heard"
    r"|met|paid|sent|slept|woke|wrote|ate|drank|fell|broke|forgot|knew|began|quit|ended\s+up|moved|started|tried|called|texted"
    r"|asked|decided|finished|failed|applied|booked|cried|spoke|talked|walked|waited|stayed|worked|missed|hate|love|miss|need|feel"
    r"|didn'?t|haven'?t|hadn'?t|wasn'?t|can'?t|couldn'?t|cannot|don'?t(?=\s+(?:know|want|think|care|feel|have|understand|really|even|like|see)\b))"
    r"\s+\w", re.I)
_OWN_START = re.compile(r"^\W*(?:i|i'm|im|i've|ive|i'd|i'll)\b", re.I)
_SOMEONE_ELSE = re.compile(r"\b(?:he|she|they|him|her|them|his|their|it)\b", re.I)
# ...or a short sentence about someone close ("My husband left. Walked out
# on Sunday.", "Kev's finally asleep. Took two hours tonight."): theirs too
_SOMEONE_CLOSE = re.compile(r"^\W*(?:(?i:(?:my|our)\s+(?:\w+\s+)?(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|son|daughter|mum|mom|mam|dad|brother|sister"
                            r"|boss|manager|friend|mate|kid|kids|baby|ex|nan|gran|grandma|grandad|grandpa|neighbour|neighbor|flatmate|roommate"
                            r"|colleague|dog|cat|teacher|landlord|family|parents|in-laws))|(?!I\b)[A-Z][a-z]+(?:'s|\s+(?:is|was|has|had)))\b")


def _with_dropped_i(text: str) -> str:
    sentences, rest = split_complete(text)
    if rest.strip():
        sentences = sentences + [rest]
    out, before = [], None
    for sentence in sentences:
        # ("I called her. Didn't answer." is hers)
        plain = before is None or (not _SOMEONE_ELSE.search(before) and not _SOMEONE_CLOSE.match(before) and (
            _OWN_START.match(before) or (len(before.split()) <= 3 and not before.rstrip().endswith("?"))))
        lead = len(sentence) - len(sentence.lstrip())
        body = sentence[lead:]
        if plain and _DROPPED_I.match(body):
            sentence = sentence[:lead] + "I " + body[0].lower() + body[1:]
        out.append(sentence)
        before = sentence.strip()
    return "".join(out) if "".join(sentences) == text else " ".join(s.strip() for s in out)


def _with_capital_i(word: str) -> str:
    return "I" + word[1:] if word.startswith("i'") else word


def tidy(text: str) -> str:
    text = _SHRUG_OPENING.sub(r"\1", text)
    text = _with_dropped_i(text)
    text = _ITS_OPENING.sub(lambda m: m.group(1) + "it's", text)
    text = _RUN_ON_IT.sub(r"\1. It ", text)
    text = _RUN_ON_AFTER.sub(lambda m: f"{m.group(1)}. {m.group(2).capitalize()} {m.group(3)}", text)
    text = re.sub(r"\.{3,}\s*", ". ", text)
    text = _SHORTHAND_RE.sub(lambda m: _SHORTHAND[m.group(1).lower()], text)
    text = _BARE_CONTRACTION_RE.sub(lambda m: _with_capital_i(BARE_CONTRACTIONS[m.group(1).lower()]), text)
    return _MAY_BE.sub("maybe ", _DOUBLED.sub(r"\1", _ARTICLE_BEFORE_POSSESSIVE.sub(r"\1", text)))
