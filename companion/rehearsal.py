"""Rehearsal mode: a peer worker practises with a simulated person seeking
support, and gets feedback on their own lines.

The simulated person speaks only words written for them in
``prompts/personas/NAME.toml``; the small embedded model cannot stay in
character or keep from giving advice, so it is not used to voice them. How
open they are moves with how they are treated: reflections, affirmations and
open questions open them up; instructions, diagnoses and claims to know
better (anything the guard rejects, and advice) close them down.

Every worker line goes through the same guard as the companion's replies and
the same line-kind classifier as ``companion eval lines``. The session ends
with a spoken summary and a report (JSON and self-contained HTML).

The simulated people are read from their files in ``rehearsal_personas``
and voiced by ``rehearsal_seeker``; the feedback on each worker line is
``rehearsal_feedback``. This module holds one session and its report.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime

from .guard import Guard
from .guard_rule import name_categories
from .line_kinds import classify_line, count_kinds, line_advice
from .persona_bank import PersonaBank
from .reflection_depth import is_complex
from .rehearsal_feedback import WorkerLine, check_line, suggest_rephrasing, takes_up_risk
from .rehearsal_personas import SeekerPersona, find_persona, load_personas
from .rehearsal_seeker import SimulatedSeeker
from .risk import RiskDetector

# What this module offers, some of it defined in the modules above (rehearse.py
# and the tests import it from here).
__all__ = ["RehearsalSession", "SeekerLine", "Turn", "TYPED_WPM", "estimated_seconds",
           "SeekerPersona", "find_persona", "load_personas", "WorkerLine", "line_advice", "check_line",
           "classify_line", "suggest_rephrasing"]

# Spoken pace used to estimate seconds for typed lines (words per minute).
TYPED_WPM = 150


@dataclass
class SeekerLine:
    text: str
    openness: str   # opened_up | closed_down | steady
    level: int
    turn: int

    def to_dict(self) -> dict:
        return {"text": self.text, "openness": self.openness, "level": self.level, "turn": self.turn}


@dataclass
class Turn:
    speaker: str  # worker | seeker
    text: str
    start_s: float
    seconds: float
    seconds_measured: bool

    @property
    def words(self) -> int:
        return len(self.text.split())

    def to_dict(self) -> dict:
        return {"speaker": self.speaker, "text": self.text, "start_s": round(self.start_s, 2),
                "seconds": round(self.seconds, 2), "words": self.words, "seconds_measured": self.seconds_measured}


def estimated_seconds(text: str) -> float:
    return len(text.split()) * 60.0 / TYPED_WPM


class RehearsalSession:
    """One rehearsal: the worker's lines in, the simulated person's lines out,
    and everything the report needs."""

    def __init__(self, persona: SeekerPersona, guard: Guard, mode: str = "text", clock=time.monotonic,
                 risk: RiskDetector | None = None, bank: PersonaBank | None = None):
        self.persona, self.guard, self.mode, self.clock = persona, guard, mode, clock
        # the same detector as the companion's replies decides what is a disclosure
        self.risk = risk or RiskDetector(None)
        self.risk_moments: list[dict] = []
        self.seeker = SimulatedSeeker(persona, bank)
        self.turns: list[Turn] = []
        self.worker_lines: list[WorkerLine] = []
        self.seeker_lines: list[SeekerLine] = []
        self.started = datetime.now().replace(microsecond=0)
        self._t0 = clock()

    # -- the conversation --------------------------------------------------
    def _add_turn(self, speaker: str, text: str, seconds: float | None) -> int:
        measured = seconds is not None
        self.turns.append(Turn(speaker, text, self.clock() - self._t0,
                               seconds if measured else estimated_seconds(text), measured))
        return len(self.turns) - 1

    def opening(self, seconds: float | None = None) -> str:
        line = self.persona.opening_line
        turn = self._add_turn("seeker", line, seconds)
        self.seeker_lines.append(SeekerLine(line, "steady", self.seeker.level, turn))
        self._check_risk(line, turn)
        return line

    def last_seeker_text(self) -> str:
        return next((t.text for t in reversed(self.turns) if t.speaker == "seeker"), "")

    def analyse(self, text: str, turn: int = -1) -> WorkerLine:
        """The feedback on one worker line (no state changes)."""
        passed, categories, triggers = check_line(self.guard, text)
        kind, sentence_kinds = classify_line(text)
        # the one advice detector (line kinds read it too); the guard's learned layer may add an H1
        advice = line_advice(text) is not None or (not passed and "H1" in categories)
        suggestion = suggest_rephrasing(categories, self.last_seeker_text(), self.guard) if not passed or advice else None
        return WorkerLine(text, "pass" if passed else "reject", categories, triggers, kind,
                          sentence_kinds, advice, suggestion, turn,
                          complex_reflection=kind == "reflection" and is_complex(text, self.last_seeker_text()))

    def worker_says(self, text: str, seconds: float | None = None) -> WorkerLine:
        line = self.analyse(text)
        line.turn = self._add_turn("worker", text, seconds)
        self.worker_lines.append(line)
        pending = self.pending_risk()
        if pending is not None:
            pending["taken_up"], pending["worker_text"] = takes_up_risk(text), text
            line.missed_risk = not pending["taken_up"]
        return line

    def pending_risk(self) -> dict | None:
        """A disclosure by the person that no worker line has answered yet."""
        last = self.risk_moments[-1] if self.risk_moments else None
        return last if last is not None and last["taken_up"] is None else None

    def _check_risk(self, text: str, turn: int) -> None:
        # The person's lines are written and reviewed, so which one discloses a
        # risk is known (risk_line); the detector's word on the other lines
        # would be feedback about false alarms, which teaches the worker nothing.
        if text != self.persona.risk_line:
            return
        earlier = [t.text for t in self.turns[:turn] if t.speaker == "seeker"]
        found = self.risk.assess(earlier, text)
        if found.alarm:
            self.risk_moments.append({"turn": turn, "seeker_text": text, "category": found.category,
                                      "level": found.level, "taken_up": None, "worker_text": None})

    def seeker_reacts(self, line: WorkerLine) -> SeekerLine:
        said, change = self.seeker.react(line)
        turn = self._add_turn("seeker", said, None)
        seeker_line = SeekerLine(said, change, self.seeker.level, turn)
        self.seeker_lines.append(seeker_line)
        self._check_risk(said, turn)
        return seeker_line

    def set_seconds(self, turn: int, seconds: float) -> None:
        """Replace an estimate with the measured length of speech."""
        self.turns[turn].seconds, self.turns[turn].seconds_measured = seconds, True

    def closing(self) -> str:
        line = self.persona.closing_line
        turn = self._add_turn("seeker", line, None)
        self.seeker_lines.append(SeekerLine(line, "steady", self.seeker.level, turn))
        return line

    # -- feedback ----------------------------------------------------------
    @staticmethod
    def live_feedback(line: WorkerLine) -> str | None:
        """A short caption after a worker line, or None when there is nothing to flag."""
        if line.missed_risk:
            return "missed: they disclosed a risk to their life or safety; ask about it directly and point to help"
        if line.verdict == "reject":
            names = name_categories(line.categories) or "expert claim"
            said = f' ("{", ".join(line.triggers)}")' if line.triggers else ""
            return f"flagged: {names}{said}"
        if line.advice:
            return "advice: the person may close down"
        return None

    def counts(self) -> dict:
        kinds = [k for line in self.worker_lines for k in line.sentence_kinds]
        counts = count_kinds(kinds)
        counts["flagged"] = sum(line.verdict == "reject" for line in self.worker_lines)
        counts["advice"] = sum(line.advice for line in self.worker_lines)
        counts["complex_reflections"] = sum(line.complex_reflection for line in self.worker_lines)
        return counts

    def report(self) -> dict:
        counts = self.counts()
        questions = counts["open_questions"] + counts["closed_questions"]
        reflection_lines = sum(line.kind == "reflection" for line in self.worker_lines)
        balance = {
            "worker_words": sum(t.words for t in self.turns if t.speaker == "worker"),
            "seeker_words": sum(t.words for t in self.turns if t.speaker == "seeker"),
            "worker_seconds": round(sum(t.seconds for t in self.turns if t.speaker == "worker"), 2),
            "seeker_seconds": round(sum(t.seconds for t in self.turns if t.speaker == "seeker"), 2),
            "seconds_measured": all(t.seconds_measured for t in self.turns) if self.turns else False,
        }
        moments = []
        for s in self.seeker_lines:
            if s.openness != "steady":
                before = next((t.text for t in reversed(self.turns[:s.turn]) if t.speaker == "worker"), "")
                moments.append({"turn": s.turn, "change": s.openness, "seeker_text": s.text, "worker_text": before})
        return {
            "persona": {"name": self.persona.name, "summary": self.persona.summary},
            "started": self.started.isoformat(),
            "mode": self.mode,
            "turns": [t.to_dict() for t in self.turns],
            "worker_lines": [w.to_dict() for w in self.worker_lines],
            "seeker_lines": [s.to_dict() for s in self.seeker_lines],
            "talk_balance": balance,
            "counts": counts,
            "ratios": {
                "reflections_to_questions": round(counts["reflections"] / questions, 2) if questions else None,
                "open_question_share": round(counts["open_questions"] / questions, 2) if questions else None,
                "complex_reflection_share": round(counts["complex_reflections"] / reflection_lines, 2)
                if reflection_lines else None,
            },
            "moments": moments,
            "risk": [{**m, "taken_up": bool(m["taken_up"])} for m in self.risk_moments],
            "summary": " ".join(self.summary_sentences()),
        }

    def summary_sentences(self, short: bool = False) -> list[str]:
        """The summary: plain, encouraging, specific. Each sentence is spoken
        by the companion, so each must pass the guard. ``short``: the spoken
        one, the risk first and then the three things that teach most."""
        c = self.counts()
        name = self.persona.name
        questions = c["open_questions"] + c["closed_questions"]
        worker = sum(t.words for t in self.turns if t.speaker == "worker")
        total = worker + sum(t.words for t in self.turns if t.speaker == "seeker")
        opened = sum(s.openness == "opened_up" for s in self.seeker_lines)
        closed = sum(s.openness == "closed_down" for s in self.seeker_lines)
        out = [f"That's the end of the rehearsal with {name}."]
        # A missed disclosure is the first thing the worker hears.
        for m in self.risk_moments:
            if m["taken_up"]:
                out.append(f"When {name} disclosed a risk to their safety, you took it up. That matters most of all.")
            else:
                out.append(f"The most important thing first: when {name} disclosed a risk to their safety, it was "
                           "not taken up. Asking about it directly, and pointing to people who can help, is what "
                           "matters most in that moment.")
        out.append(f"You made {c['reflections']} reflection{'s' * (c['reflections'] != 1)} and asked "
                   f"{questions} question{'s' * (questions != 1)}, {c['open_questions']} of them open.")
        if questions and c["reflections"] >= 2 * questions:
            out.append("That's a good balance of reflecting to asking.")
        elif questions and c["reflections"] >= questions:
            out.append("That's a fair balance of reflecting to asking; a few more reflections would make it a good one.")
        elif questions:
            out.append("There were more questions than reflections; reflecting more often may help them feel heard.")
        reflection_lines = sum(line.kind == "reflection" for line in self.worker_lines)
        if reflection_lines:
            deeper = c["complex_reflections"]
            out.append(f"{deeper} of your {reflection_lines} reflection{'s' * (reflection_lines != 1)} added meaning "
                       f"or feeling beyond {name}'s own words; about half is good.")
        if total:
            out.append(f"You spoke {round(100 * worker / total)} percent of the words.")
        if c["flagged"]:
            out.append(f"{c['flagged']} of your lines sounded like an expert or an instruction; "
                       "the report shows each one with a peer-style way to say it.")
        else:
            out.append("None of your lines sounded like an expert or an instruction.")
        if opened or closed:
            out.append(f"{name} opened up {opened} time{'s' * (opened != 1)} and closed down "
                       f"{closed} time{'s' * (closed != 1)}.")
        if short:
            # the risk, the reflections and questions, the depth of the reflections, the flagged lines
            keep = ("disclosed a risk", "reflection", "added meaning", "sounded like an expert")
            out = [out[0]] + [s for s in out[1:] if any(k in s for k in keep) and "balance" not in s]
        return [s for s in out if self.guard.check(s).passed]
