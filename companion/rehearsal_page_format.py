"""How values appear on the rehearsal report's page: escaped, and dates and
clock times written for people."""
from __future__ import annotations

from datetime import datetime
from html import escape


def _e(value) -> str:
    return escape("" if value is None else str(value), quote=True)


def _format_started(started) -> str:
    try:
        t = datetime.fromisoformat(str(started))
    except ValueError:
        return str(started or "unknown date")
    return f"{t.day} {t:%B %Y}, {t:%H:%M}"


def _clock(seconds) -> str:
    if not isinstance(seconds, (int, float)) or seconds < 0:
        return ""
    return f"{int(seconds) // 60}:{int(seconds) % 60:02d}"
