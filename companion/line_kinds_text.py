"""Normalising one sentence of a worker's line for the line-kind patterns
(``line_kinds``), and the helper the patterns are written with."""
from __future__ import annotations

import re

from .vocabulary import BARE_CONTRACTIONS

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": ", ",
                         "\u2013": ", ", "\u2026": "..."})
_BARE_RE = re.compile(r"\b(" + "|".join(BARE_CONTRACTIONS) + r")\b")
_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")


def _normalise(text: str) -> str:
    low = text.translate(_QUOTES).lower().strip()
    # contractions without their apostrophe (vocabulary.BARE_CONTRACTIONS)
    low = _BARE_RE.sub(lambda m: BARE_CONTRACTIONS[m.group(1)], low)
    low = re.sub(r"\s+", " ", low)
    return low


def _any(*patterns: str) -> str:
    """One non-capturing alternation of regular-expression snippets."""
    return "(?:" + "|".join(patterns) + ")"
