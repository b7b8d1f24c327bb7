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
"""
from __future__ import annotations

import re
import time
import tomllib
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .errors import ConfigError
from .guard import Guard
from .guard_rules import CATEGORY_NAMES
from .reflection_depth import is_complex
from .line_kinds import classify_line, count_kinds
from .persona_bank import PersonaBank, answers_for
from .reflection import opening_reflection
from .risk import RiskDetector
from .sentences import split_sentences

OPENNESS_LEVELS = {"closed": 0, "guarded": 1, "cautious": 2, "open": 3, "very open": 4}
MAX_LEVEL = 4
# Spoken pace used to estimate seconds for typed lines (words per minute).
TYPED_WPM = 150

_ADVICE = re.compile(
    r"\b(?:you|u)\s+(?:should|shouldn'?t|must|need\s+to|have\s+to|ought\s+to|could\s+(?:try|just|always))\b"
    r"|\b(?<!what\s)(?<!which\s)(?:have|did)\s+you\s+(?:tried|thought\s+about|considered)\b|\bwhy\s+(?:don'?t|not)\b|\btry\s+(?:to|and)\b"
    r"|\bit'?s\s+(?:important|best|better)\s+to\b|\bthe\s+(?:best|first)\s+(?:thing|step)\s+(?:to\s+do|is\s+to|would\s+be)\b"
    r"|\bmake\s+sure\b"
    r"|^\s*(?:just\s+)?(?:go|call|tell|stop|get|take|write|talk|ring|pick)\b", re.I)


# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class SeekerPersona:
    name: str
    summary: str
    openness: str
    opening_line: str
    closing_line: str
    would_say: tuple[str, ...]
    when_listened_to: tuple[str, ...]
    when_lectured: tuple[str, ...]
    when_asked_question: tuple[str, ...]
    path: Path = field(default=Path("."), compare=False)
    # A disclosure of risk the person makes once, when they are this open:
    # the worker practises taking it up.
    risk_line: str | None = None
    risk_at: int = 3

    @property
    def start_level(self) -> int:
        return OPENNESS_LEVELS.get(self.openness.lower(), 2)


def load_persona(path: Path) -> SeekerPersona:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise ConfigError(f"cannot read persona {path}: {e.strerror}") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path} is not valid TOML: {e}") from None

    def text(key: str) -> str:
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"{path}: '{key}' must be a non-empty string")
        return value.strip()

    def lines(key: str) -> tuple[str, ...]:
        value = data.get(key)
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
            raise ConfigError(f"{path}: '{key}' must be a non-empty list of strings")
        return tuple(v.strip() for v in value)

    risk_line = data.get("risk_line")
    if risk_line is not None and (not isinstance(risk_line, str) or not risk_line.strip()):
        raise ConfigError(f"{path}: 'risk_line' must be a non-empty string")
    risk_at = data.get("risk_at", "open")
    if risk_at not in OPENNESS_LEVELS:
        raise ConfigError(f"{path}: 'risk_at' must be one of {', '.join(OPENNESS_LEVELS)}")
    return SeekerPersona(text("name"), text("summary"), text("openness"), text("opening_line"), text("closing_line"),
                         lines("would_say"), lines("when_listened_to"), lines("when_lectured"),
                         lines("when_asked_question"), path, risk_line and risk_line.strip(), OPENNESS_LEVELS[risk_at])


def load_personas(directory: Path) -> dict[str, SeekerPersona]:
    """All personas in ``directory``, by lower-case name."""
    paths = sorted(Path(directory).glob("*.toml"))
    if not paths:
        raise ConfigError(f"no personas in {directory}")
    personas = {}
    for p in paths:
        persona = load_persona(p)
        personas[persona.name.lower()] = persona
    return personas


def find_persona(personas: dict[str, SeekerPersona], name: str | None) -> SeekerPersona:
    if not name:
        return personas[sorted(personas)[0]]
    persona = personas.get(name.strip().lower())
    if persona is None:
        raise ConfigError(f"no persona called {name!r}; choose one of: "
                          + ", ".join(p.name for p in personas.values()))
    return persona


# ---------------------------------------------------------------------------
@dataclass
class WorkerLine:
    text: str
    verdict: str
    categories: list[str]
    triggers: list[str]
    kind: str
    sentence_kinds: list[str]
    advice: bool
    suggestion: str | None
    turn: int
    # the person had just disclosed a risk and this line did not take it up
    missed_risk: bool = False
    # a reflection that adds meaning or feeling beyond their words (MITI 4.2)
    complex_reflection: bool = False

    def to_dict(self) -> dict:
        return {"text": self.text, "verdict": self.verdict, "categories": self.categories,
                "triggers": self.triggers, "kind": self.kind, "sentence_kinds": self.sentence_kinds,
                "suggestion": self.suggestion, "turn": self.turn, "missed_risk": self.missed_risk,
                "complex_reflection": self.complex_reflection}


@dataclass
class SeekerLine:
    text: str
    openness: str   # opened_up | closed_down | steady
    level: int
    turn: int

    def to_dict(self) -> dict:
        return {"text": self.text, "openness": self.openness, "level": self.level, "turn": self.turn}


def check_line(guard: Guard, text: str) -> tuple[bool, list[str], list[str]]:
    """The guard's verdict on a whole line, sentence by sentence:
    (passed, categories, trigger words)."""
    categories, triggers, passed = set(), [], True
    for sentence in split_sentences(text) or [text]:
        verdict = guard.check(sentence)
        passed = passed and verdict.passed
        categories.update(verdict.categories)
        triggers += [t.words for t in verdict.triggers if t.words not in triggers]
    return passed, sorted(categories), triggers


def suggest_rephrasing(categories: list[str], seeker_said: str, guard: Guard) -> str | None:
    """A peer-style alternative for a flagged line: reflect what the person
    said, or ask, instead of instructing, labelling or knowing better. The
    suggestion itself passes the guard."""
    reflection = opening_reflection(seeker_said) if seeker_said else None
    reflect = f'reflect what you heard, for example "{reflection}"' if reflection else \
        'reflect what you heard in your own words, for example "So it\'s been really hard."'
    if "E3" in categories:
        hint = f'Leave treatment to them; ask what has helped before: "What\'s helped you through times like this?" Or {reflect}.'
    elif "E2" in categories:
        hint = f"Leave out the label; {reflect}."
    elif "H3" in categories:
        hint = f"Stay with their story rather than comparing; {reflect}."
    elif {"E1", "H2"} & set(categories):
        hint = f'Speak as an equal, not an authority: "I can only speak for myself, but..." Or {reflect}.'
    else:
        hint = f'Instead of telling them what to do, {reflect}, or ask "What do you want to do?"'
    hint = hint[0].upper() + hint[1:]
    # The quoted examples are what a peer would say; check them as the companion's own words.
    for quoted in re.findall(r'"([^"]+)"', hint):
        if not guard.check(quoted).passed:
            return None
    return hint


# Taking up a disclosure: asking about it directly, or pointing to help.
_TAKES_UP_RISK = re.compile(
    r"\b(?:suicid\w*|kill(?:ing)?\s+yourself|end(?:ing)?\s+(?:your\s+life|it\b|things|your\s+own)|hurt(?:ing)?\s+yourself"
    r"|harm(?:ing)?\s+yourself|cut(?:ting)?\s+yourself|safe|safety|in\s+danger|crisis|help\s*line|hotline|lifeline"
    r"|988|911|999|112|116\s?123|samaritans|emergency|gp|doctor|someone\s+who\s+can\s+help|get\s+help|support\s+line)\b",
    re.I)


def takes_up_risk(text: str) -> bool:
    return bool(_TAKES_UP_RISK.search(text))


class SimulatedSeeker:
    """Chooses the simulated person's next words from their persona, moving
    their openness with how the worker's last line treated them."""

    def __init__(self, persona: SeekerPersona, bank: PersonaBank | None = None):
        self.persona, self.bank = persona, bank
        self.level = persona.start_level
        self._used: set[str] = set()
        self.disclosed = False

    def _pick(self, pool: tuple[str, ...], key: str) -> str:
        fresh = [line for line in pool if line not in self._used] or list(pool)
        if pool is self.persona.would_say:
            line = fresh[0]  # their story is told in order, so it unfolds
        else:
            line = fresh[zlib.crc32(key.encode("utf-8")) % len(fresh)]
        self._used.add(line)
        return line

    def react(self, line: WorkerLine) -> tuple[str, str]:
        """(what the person says next, opened_up | closed_down | steady)."""
        before = self.level
        p = self.persona
        if line.verdict == "reject" or line.advice:
            self.level = max(0, self.level - 1)
            pool = p.when_lectured
        elif line.kind in ("reflection", "affirmation"):
            self.level = min(MAX_LEVEL, self.level + 1)
            pool = p.when_listened_to
        elif line.kind == "open_question":
            if self.level > 0:
                self.level = min(MAX_LEVEL, self.level + 1)
            pool = p.when_asked_question if self.level > 0 else p.when_lectured
        elif self.level == 0:
            pool = p.when_lectured   # still closed: short, guarded answers
        else:
            pool = p.would_say
        change = "opened_up" if self.level > before else "closed_down" if self.level < before else "steady"
        if p.risk_line and not self.disclosed and self.level >= p.risk_at and change != "closed_down":
            self.disclosed = True
            return p.risk_line, change
        if self.bank is not None:
            # what answers this line, by its kind and its meaning
            chosen = self.bank.choose(line.text, answers_for(line.kind, line.verdict, line.advice, line.categories),
                                      self.level, self._used)
            if chosen is not None:
                self._used.add(chosen.text)
                return chosen.text, change
        return self._pick(pool, line.text), change


# ---------------------------------------------------------------------------
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
        advice = bool(_ADVICE.search(text)) or (not passed and "H1" in categories)
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
            names = ", ".join(f"{CATEGORY_NAMES.get(c, c)} ({c})" for c in line.categories) or "expert claim"
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
