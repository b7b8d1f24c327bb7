"""Sentence splitting, pure and streaming.

Replies are spoken sentence by sentence, so text is cut at sentence ends as
soon as one is complete. Abbreviations and decimals must not end a sentence.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "etc", "e.g", "i.e",
    "approx", "mt", "ft", "a.m", "p.m", "u.s", "u.k",
}

# A sentence ends at . ! ? (or an ellipsis) followed by optional closing quotes
# and then white space or the end of the text.
_END = re.compile(r"(\.{3}|…|[.!?]+)([\"'”’)\]]*)(?=\s|$)")


def _is_abbreviation(text: str, dot_index: int) -> bool:
    start = dot_index
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot_index].lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha() and word != "i")


def split_complete(text: str) -> tuple[list[str], str]:
    """Split ``text`` into complete sentences and the unfinished rest."""
    sentences, start = [], 0
    for m in _END.finditer(text):
        if m.group(1) == "." and _is_abbreviation(text, m.start(1)):
            continue
        end = m.end()
        # A period between digits (3.5) never matches because of the lookahead.
        sentence = text[start:end].strip()
        if sentence:
            sentences.append(sentence)
        start = end
    return sentences, text[start:]


def split_sentences(text: str) -> list[str]:
    """All sentences of a finished text; a trailing fragment counts as one."""
    sentences, rest = split_complete(text)
    rest = rest.strip()
    if rest:
        sentences.append(rest)
    return sentences


def stream_sentences(chunks: Iterable[str]) -> Iterator[str]:
    """Yield sentences as soon as they are complete in a stream of text chunks."""
    buffer = ""
    for chunk in chunks:
        buffer += chunk
        done, buffer = split_complete(buffer)
        yield from done
    rest = buffer.strip()
    if rest:
        yield rest


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends with a complete sentence (used to stop decoding)."""
    stripped = text.rstrip()
    if not stripped:
        return False
    done, rest = split_complete(stripped)
    return bool(done) and not rest.strip()
