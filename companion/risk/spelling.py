"""Slips of typing mended before risk is read.

"im standng on the edje of the multi stoery car park" was read as no risk,
and the same line spelled right as a clear one: neither the rules nor the
learned layer saw through the slips. A word that is not English and is one
slip (a letter left out, added, changed, or two swapped) from a word of
``risk_words.txt`` (the words of the risk training sentences) is read as
that word; of several, the one said most often there, if it is said at
least three times as often as the next ("beter" is "better", not "meter").
A word the sentences themselves say is mended only if the word it is one
slip from is said ten times as often; shorthand ("cals") never is. Anything else, slang and names among them ("kms",
"xans"), is left as it was typed.
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from ..reflection_lexicon import english_words

WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "risk_words.txt"
# a word as typed; one with an apostrophe ("wasn't") is never mended
_WORD = re.compile(r"[a-z'\u2019]{4,}", re.I)
# one word typed as two: "with out me", "my self"
_SPLIT = re.compile(r"\b(with) (out)\b|\b(my|your|him|her|it) (self)\b|\b(every|any|some|no) (one|body|thing)\b", re.I)


# Slips the one-slip mending cannot reach: a word too short to mend ("tok
# about 20 ibuprofens"), or two slips from the word ("on porpuse"), or one
# slip from a word said too seldom in the sentences ("hair straightners")
KNOWN_SLIPS = {
    "tok": "took", "tuk": "took", "tookk": "took",
    "porpuse": "purpose", "perpose": "purpose", "porpose": "purpose", "purpous": "purpose", "purpse": "purpose",
    "purpuse": "purpose", "perpus": "purpose", "puropse": "purpose",
    "straightners": "straighteners", "straigtners": "straighteners",
    "straighners": "straighteners",
    "ibuprofens": "ibuprofen", "paracetamols": "paracetamol", "tramadols": "tramadol",
    "swallowd": "swallowed", "swolled": "swallowed", "swollowed": "swallowed",
}
_KNOWN_SLIP = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, KNOWN_SLIPS), key=len, reverse=True)) + r")\b", re.I)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


@cache
def _lines() -> dict[str, tuple[int, str]]:
    """Each listed word: how often the training sentences say it, and its
    kind ("word" to mend towards, "seen" as said there, "keep" as typed)."""
    if not WORDS_FILE.exists():
        return {}
    rows = (line.split() for line in WORDS_FILE.read_text(encoding="utf-8").splitlines() if line.strip())
    return {word: (int(count), kind) for word, count, kind in rows}


@cache
def _counts() -> dict[str, int]:
    """The words to mend towards, with how often they are said."""
    return {w: n for w, (n, kind) in _lines().items() if kind == "word"}


@cache
def _index() -> dict[str, frozenset[str]]:
    """Each word, and each word with one letter left out, to the words it comes from."""
    index: dict[str, set[str]] = {}
    for word in _counts():
        for key in _deletions(word) | {word}:
            index.setdefault(key, set()).add(word)
    return {k: frozenset(v) for k, v in index.items()}


def _mended(word: str) -> str:
    listed = _lines().get(word)
    if "'" in word or "\u2019" in word or word in english_words() or (listed is not None and listed[1] != "seen"):
        return word   # English, or shorthand that is no slip ("cals")
    index = _index()
    found = set(index.get(word, ()))
    for key in _deletions(word):
        found |= index.get(key, frozenset())
    # a deletion key shared by two words that differ in two places is no one slip
    ranked = sorted((w for w in found if _one_slip(word, w)), key=lambda w: -_counts()[w])
    if not ranked:
        return word
    if len(ranked) > 1 and _counts()[ranked[0]] < 3 * _counts()[ranked[1]]:
        return word   # no clear winner: left as typed
    if listed is not None and _counts()[ranked[0]] < 10 * listed[0]:
        return word   # slang said nearly as often as the word it is one slip from
    return ranked[0]


def _one_slip(typed: str, word: str) -> bool:
    if abs(len(typed) - len(word)) > 1:
        return False
    if len(typed) == len(word):
        diff = [i for i in range(len(word)) if typed[i] != word[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and typed[diff[0]] == word[diff[1]] and typed[diff[1]] == word[diff[0]])
    short, long_ = sorted((typed, word), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def load_words() -> None:
    """Read the word lists now (about 40 ms), not on the person's first turn."""
    english_words()
    _index()


def mend_typing(text: str) -> str:
    """``text`` with its slips of typing mended (see above); the rest as typed."""
    text = _SPLIT.sub(lambda m: "".join(g for g in m.groups() if g), text)
    text = _KNOWN_SLIP.sub(lambda m: KNOWN_SLIPS[m.group(0).lower()], text)
    return _WORD.sub(lambda m: m.group(0) if (mended := _mended(m.group(0).lower())) == m.group(0).lower() else mended,
                     text)
