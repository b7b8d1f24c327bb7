"""Normalising one sentence of a worker's line for the line-kind patterns
(``line_kinds``), and the helper the patterns are written with."""
from __future__ import annotations

import re

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": ", ",
                         "\u2013": ", ", "\u2026": "..."})
# Contractions Whisper sometimes writes without the apostrophe.
_BARE_CONTRACTIONS = {
    "dont": "don't", "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't", "arent": "aren't",
    "wasnt": "wasn't", "werent": "weren't", "havent": "haven't", "hasnt": "hasn't", "hadnt": "hadn't",
    "cant": "can't", "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't",
    "im": "i'm", "ive": "i've", "youre": "you're", "youve": "you've", "youd": "you'd",
    "youll": "you'll", "thats": "that's", "whats": "what's", "hows": "how's", "theyre": "they're",
    "shes": "she's", "hes": "he's", "wheres": "where's", "whens": "when's", "whos": "who's",
    "itll": "it'll",
}
_BARE_RE = re.compile(r"\b(" + "|".join(_BARE_CONTRACTIONS) + r")\b")
_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")


def _normalise(text: str) -> str:
    low = text.translate(_QUOTES).lower().strip()
    # "I'd", "I'll" without apostrophes are only restored for the pronoun forms.
    low = _BARE_RE.sub(lambda m: _BARE_CONTRACTIONS[m.group(1)], low)
    low = re.sub(r"\s+", " ", low)
    return low


def _any(*patterns: str) -> str:
    """One non-capturing alternation of regular-expression snippets."""
    return "(?:" + "|".join(patterns) + ")"
