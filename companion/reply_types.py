"""What a reply is made of: its sentences, each with the guard's verdict and
where it came from, and the figures of the whole reply."""
from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

from .conversation import Turn
from .guard import Verdict
from .hurtful import hurtful_words
from .risk import NO_RISK, RiskAssessment

if TYPE_CHECKING:
    from .responder import Responder

# "fixed": a line written for a kind of turn (greeting, thanks, goodbye, a
# request for advice), by design rather than because the model failed.
# "reviewed": a reaction from the reviewed library, chosen by meaning (reactions.py).
Source = Literal["model", "fallback", "crisis", "identity", "reflection", "fixed", "reviewed"]


@dataclass(frozen=True)
class ReplySentence:
    text: str
    verdict: Verdict
    source: Source
    rejected: tuple[Verdict, ...] = ()

    def to_dict(self) -> dict:
        return {"text": self.text, "verdict": self.verdict.verdict, "categories": self.verdict.categories,
                "source": self.source}


@dataclass
class Reply:
    sentences: list[ReplySentence] = field(default_factory=list)
    crisis: bool = False
    # what the risk check found in this turn (level none when nothing)
    risk: RiskAssessment = NO_RISK
    # what the person said in this turn and the one before: nothing glad or
    # minimising is said after pain in it
    heard: str = ""
    # sentences held back because they would hurt after pain
    withheld: list[str] = field(default_factory=list)
    regenerated: int = 0
    fallback: bool = False
    error: str | None = None
    first_sentence_s: float | None = None
    total_s: float = 0.0
    # Set when the person interrupts: generation stops within a token.
    cancelled: threading.Event = field(default_factory=threading.Event, repr=False, compare=False)

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


class ReplyStream:
    """Iterate to receive each sentence as soon as it is guarded; ``reply``
    holds the whole reply and its figures once iteration is done."""

    def __init__(self, responder: "Responder", history: list[Turn], text: str):
        self._responder, self._history, self._text = responder, history, text
        self.reply = Reply()

    def cancel(self) -> None:
        """Stop generating now (barge-in); the sentence being written is dropped."""
        self.reply.cancelled.set()

    def __iter__(self) -> Iterator[ReplySentence]:
        t0 = time.perf_counter()
        self.reply.heard = " ".join([t.text for t in self._history if t.role == "person"][-1:] + [self._text])
        for sentence in self._responder._produce(self._history, self._text, self.reply):
            own = self._text if sentence.source == "reflection" else ""
            if hurtful_words(sentence.text, self.reply.heard, own):
                # the last net: nothing glad or minimising is said after pain
                self.reply.withheld.append(sentence.text)
                continue
            if self.reply.first_sentence_s is None:
                self.reply.first_sentence_s = time.perf_counter() - t0
            self.reply.sentences.append(sentence)
            yield sentence
        self.reply.total_s = time.perf_counter() - t0


class SentenceStream(Protocol):
    """A reply as it comes: its sentences one by one, the whole ``reply``
    once they are done, and a way to stop it when the person barges in."""
    reply: Reply

    def __iter__(self) -> Iterator[ReplySentence]: ...

    def cancel(self) -> None: ...


class LoopObserver(Protocol):
    """Told by the voice loop what was heard and what was spoken, with its
    length in seconds (rehearsal measures talk time with it)."""

    def heard(self, text: str, seconds: float) -> None: ...

    def spoke(self, text: str, seconds: float) -> None: ...


class ReplySource(Protocol):
    """What the voice loop asks of whatever answers the person: the
    companion's Responder, or the rehearsal's simulated person."""
    prompts: Any   # .persona.name is the name shown in the captions

    def introduction(self) -> ReplySentence: ...

    def respond(self, history: list[Turn], text: str) -> SentenceStream: ...

    def warm(self) -> None: ...

    def attach(self, loop: Any) -> None: ...
