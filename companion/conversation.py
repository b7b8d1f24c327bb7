"""Conversation turns, each saved to the session file as it is added.

The person's words are written before a reply is attempted, so nothing they
said is lost if the reply, the model or the process fails.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .sessions import SessionFile

Role = Literal["person", "companion"]


@dataclass(frozen=True)
class Turn:
    role: Role
    text: str


@dataclass
class Conversation:
    turns: list[Turn] = field(default_factory=list)
    session_file: SessionFile | None = None

    def add(self, role: Role, text: str) -> Turn:
        turn = Turn(role, text)
        self.turns.append(turn)
        if self.session_file is not None:
            self.session_file.write(role, text)
        return turn

    def recent(self, n: int) -> list[Turn]:
        return self.turns[-n:] if n > 0 else []
