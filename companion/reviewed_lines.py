"""Reading the reviewed-line files (reactions, reactions by feeling, ideas,
persona banks): one JSON object a line, each checked as it is read, so a
malformed line is one plain error naming its file and line."""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from .errors import ConfigError

T = TypeVar("T")


def read_jsonl(path: Path, parse: Callable[[dict], T], what: str) -> list[T]:
    """Each non-blank line of ``path`` made into a T by ``parse``, which raises
    ValueError (or KeyError, TypeError, AttributeError) for a line that is not
    one; ``what`` names the fields in the error ("a bank line (text, ...)")."""
    items = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            items.append(parse(json.loads(line)))
        except (ValueError, KeyError, TypeError, AttributeError):
            raise ConfigError(f"{path}:{n}: not {what}") from None
    return items
