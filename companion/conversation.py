"""Conversation turns and the transcript kept on disk.

The person's words are written before a reply is attempted, so nothing they
said is lost if the reply, the model or the process fails.
"""
from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Role = Literal["person", "companion"]


@dataclass(frozen=True)
class Turn:
    role: Role
    text: str


@dataclass
class Conversation:
    turns: list[Turn] = field(default_factory=list)
    transcript: "Transcript | None" = None

    def add(self, role: Role, text: str) -> Turn:
        turn = Turn(role, text)
        self.turns.append(turn)
        if self.transcript is not None:
            self.transcript.write(turn)
        return turn

    def recent(self, n: int) -> list[Turn]:
        return self.turns[-n:] if n > 0 else []


class Transcript:
    """Appends turns as JSON lines; a failing disk is reported once, not fatal."""

    def __init__(self, path: Path):
        self.path = path
        self.failed: str | None = None

    @classmethod
    def new_session(cls, data_dir: Path, kind: str = "chat") -> "Transcript":
        stamp = time.strftime("%Y%m%d-%H%M%S")
        return cls(data_dir / "sessions" / f"{stamp}-{kind}.jsonl")

    def write(self, turn: Turn) -> None:
        if self.failed:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "a", encoding="utf-8") as f:
                f.write(json.dumps({"t": round(time.time(), 3), "role": turn.role, "text": turn.text}) + "\n")
        except OSError as e:
            self.failed = e.strerror or str(e)
            print(f"Note: the conversation can no longer be saved to {self.path} ({self.failed}); "
                  "it goes on, but is not kept.", file=sys.stderr)
