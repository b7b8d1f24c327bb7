"""Live captions: what the person said and what the companion says, as plain lines.

One complete line per utterance or sentence, never redrawn or erased, so a
screen reader announces each once and a terminal log reads like a transcript.
"""
from __future__ import annotations

import sys
import threading
from typing import TextIO


def caption(speaker: str, text: str) -> str:
    text = " ".join(text.split())
    return f"{speaker}: {text}"


def status(text: str) -> str:
    """Something about the session, not speech: in brackets, so it reads differently."""
    return f"[{' '.join(text.split())}]"


class CaptionWriter:
    """Writes caption lines from several threads without interleaving them."""

    def __init__(self, out: TextIO | None = None, person: str = "You", companion: str = "Companion"):
        self.out = out or sys.stdout
        self.person, self.companion = person, companion
        self._lock = threading.Lock()

    def _write(self, line: str) -> None:
        with self._lock:
            try:
                print(line, file=self.out, flush=True)
            except (BrokenPipeError, ValueError):
                pass  # output closed: captions are a view, never a reason to stop

    def heard(self, text: str) -> None:
        self._write(caption(self.person, text))

    def said(self, text: str) -> None:
        self._write(caption(self.companion, text))

    def status(self, text: str) -> None:
        self._write(status(text))
