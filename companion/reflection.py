"""A plain reflection of the person's own words, needing no model.

It is the floor under the reply pipeline: when the model fails or the guard
rejects every attempt, the companion still answers coherently by turning the
person's words round ("I feel lost" -> "you feel lost").
"""
from __future__ import annotations

import re
import zlib

from .sentences import split_sentences

_SWAP = {
    "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
    "am": "are", "i'm": "you're", "im": "you're", "i've": "you've", "ive": "you've", "i'll": "you'll",
    "i'd": "you'd", "we": "you", "us": "you", "our": "your", "ours": "yours", "ourselves": "yourselves",
    "we're": "you're", "we've": "you've",
    "you": "I", "your": "my", "yours": "mine", "yourself": "myself", "you're": "I'm", "you've": "I've",
}
_LEAD = re.compile(r"^(?:(?:well|so|yeah|yes|no|ok|okay|um+|uh+|hi|hello|hey|honestly|basically|anyway|like|and|but|just|oh)\b[,.!]?\s*)+", re.I)
_PERSONAL = re.compile(r"\b(?:i|i'm|im|my|me|myself|i've|i'd|feel|felt|feeling)\b", re.I)
_FEELING = re.compile(r"\b(?:feel|felt|feeling|sad|lonely|alone|angry|scared|afraid|tired|hurt|lost|stuck|stressed|worried|anxious|hopeless|empty|miss|upset|overwhelmed|exhausted|ashamed|guilty|happy|proud|excited)\b", re.I)
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
        if token.strip() and token[0].isalpha():
            prev_word = low
        out.append(token)
    return "".join(out)


def _score(sentence: str) -> float:
    words = sentence.split()
    score = 2.0 * bool(_PERSONAL.search(sentence)) + 3.0 * bool(_FEELING.search(sentence))
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


def reflection_of(text: str) -> str | None:
    """The person's most personal statement, turned round, or None."""
    candidates = [s for s in split_sentences(text or "") if len(s.split()) >= 2]
    if not candidates:
        return None
    best = max(candidates, key=_score)
    if best.rstrip().endswith("?") or not _PERSONAL.search(best):
        return None
    clause = _LEAD.sub("", best).strip().rstrip(".!?…,;:").strip()
    clause = _trim(clause)
    if len(clause.split()) < 2:
        return None
    swapped = swap_person(clause)
    if not swapped.startswith("I "):
        swapped = swapped[0].lower() + swapped[1:]
    return swapped


def choose(options: tuple[str, ...], key: str) -> str:
    """A stable choice among templates, varied by the text it answers."""
    return options[zlib.crc32(key.encode("utf-8")) % len(options)]
