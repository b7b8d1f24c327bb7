"""Conversation turns, each saved to the session file as it is added.

The person's words are written before a reply is attempted, so nothing they
said is lost if the reply, the model or the process fails.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from .sessions import SessionFile

if TYPE_CHECKING:
    from .responder import Reply, Responder, ReplySentence

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


class ConversationTurn:
    """One turn of a kept conversation: the person's words are saved first
    (never lost, whatever happens to the reply), the reply streams sentence
    by sentence, and what was said back is recorded once it is complete."""

    def __init__(self, conversation: Conversation, responder: "Responder", text: str):
        self._conversation = conversation
        history = list(conversation.turns)
        conversation.add("person", text)
        self._stream = responder.respond(history, text)

    def __iter__(self) -> Iterator["ReplySentence"]:
        yield from self._stream
        if self.reply.sentences:
            self._conversation.add("companion", self.reply.text)

    @property
    def reply(self) -> "Reply":
        return self._stream.reply


def readable(line: str) -> str:
    """Typed text as the person meant it. A terminal or pipe that is not UTF-8
    (a Latin-1 'é', a stray byte) reaches Python as lone surrogates, which
    would break every later step; read such bytes as Windows-1252 instead."""
    try:
        line.encode("utf-8")
        return line
    except UnicodeEncodeError:
        raw = line.encode("utf-8", "surrogateescape")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("cp1252", "replace")
