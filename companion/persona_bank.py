"""The simulated person's reviewed lines, chosen by what the worker said.

Each persona has a bank (``prompts/personas/bank/<name>.jsonl``) of a few
hundred lines, each tagged by what it answers (how they are, what happened,
the people in their life, being lectured, being labelled...) and by how open
the person is when saying it, with three worker lines it answers well. The
next line is one whose tag fits the kind of the worker's line (an order is
met with a push-back, a question with an answer), whose worker lines are
closest in meaning to what the worker just said, and whose openness is the
person's now; a line is never said twice.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .reviewed_lines import read_jsonl
from .meaning import Embed, MeaningIndex

CONTENT = frozenset({"how_they_are", "what_happened", "feelings", "people", "tried", "want", "open_question"})
TAGS = CONTENT | {"reflection_right", "reflection_wrong", "lectured", "diagnosed", "small_talk", "disclosure"}
OPENNESS = ("guarded", "opening", "open")
# Below this, no line of the bank answers the worker's line: the persona's
# own pools are used, as before the bank.
MIN_FIT = 0.35
# A push-back names what was pushed on ("Exercise. Right."): one is used only
# when its worker lines are close to what was said, else the persona's own
# general lines for being lectured answer.
MIN_FIT_BY_TAG = {"lectured": 0.55, "diagnosed": 0.55}


@dataclass(frozen=True)
class BankLine:
    text: str
    answers: str
    openness: str
    fits: tuple[str, ...]


def _bank_line(row: dict) -> BankLine:
    line = BankLine(row["text"].strip(), row["answers"], row["openness"], tuple(row["fits"]))
    if line.answers not in TAGS or line.openness not in OPENNESS or not line.fits or not line.text:
        raise ValueError
    return line


def load_bank(path: Path) -> list[BankLine]:
    return read_jsonl(path, _bank_line, "a bank line (text, answers, openness, fits)")


def answers_for(kind: str, verdict: str, advice: bool, categories: list[str]) -> frozenset[str]:
    """The tags that may answer a worker's line of this kind."""
    if "E2" in categories:
        return frozenset({"diagnosed"})
    if verdict == "reject" or advice:
        return frozenset({"lectured"})
    if kind == "reflection":
        return frozenset({"reflection_right", "reflection_wrong", "feelings", "people", "what_happened"})
    if kind == "affirmation":
        return frozenset({"reflection_right", "feelings", "want"})
    # a question may be small talk too ("did you see the football?"): meaning decides
    return CONTENT | {"small_talk"}


def openness_at(level: int) -> str:
    """The persona's openness level (0 closed to 4 very open) as a bank band."""
    return "guarded" if level <= 1 else "opening" if level == 2 else "open"


class PersonaBank:
    def __init__(self, lines: list[BankLine], embed: Embed, cache_dir: Path | None = None, name: str = "bank"):
        self.lines = [line for line in lines if line.answers != "disclosure"]
        self._index = MeaningIndex([line.fits for line in self.lines], embed, cache_dir, f"bank-{name}")

    def choose(self, worker_text: str, answers: frozenset[str], level: int, used: set[str]) -> BankLine | None:
        similarity = self._index.similarities(worker_text)
        band = OPENNESS.index(openness_at(level))
        best, best_score = None, float("-inf")
        for i in np.flatnonzero(similarity >= MIN_FIT):
            line = self.lines[i]
            if line.answers not in answers or line.text in used or similarity[i] < MIN_FIT_BY_TAG.get(line.answers, 0):
                continue
            # the person's openness now is preferred; a band away costs a little
            score = float(similarity[i]) - 0.08 * abs(OPENNESS.index(line.openness) - band)
            if score > best_score:
                best, best_score = line, score
        return best


def load_persona_bank(persona_path: Path, name: str, cache_dir: Path, threads: int = 2) -> PersonaBank | None:
    """The persona's bank beside its file, with the plain MiniLM; None without one."""
    path = Path(persona_path).parent / "bank" / f"{name.lower()}.jsonl"
    if not path.exists():
        return None
    from .meaning import plain_minilm

    return PersonaBank(load_bank(path), plain_minilm(cache_dir, threads), cache_dir, name.lower())
