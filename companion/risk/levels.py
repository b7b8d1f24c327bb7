"""The vocabulary of risk, defined once: categories and levels."""
from __future__ import annotations

from typing import Literal

Category = Literal["suicide", "self_harm", "danger"]
CATEGORIES: tuple[Category, ...] = ("suicide", "self_harm", "danger")

Level = Literal["none", "possible", "clear"]
NONE: Level = "none"
# an indirect cue: the companion asks directly and takes up the answer
POSSIBLE: Level = "possible"
# a disclosure beyond doubt: the fixed message with human help
CLEAR: Level = "clear"
