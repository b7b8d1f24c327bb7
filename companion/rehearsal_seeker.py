"""The simulated person in rehearsal: what they say next, and how their
openness moves with how the worker's last line treated them."""
from __future__ import annotations

import zlib

from .persona_bank import PersonaBank, answers_for
from .rehearsal_feedback import WorkerLine
from .rehearsal_personas import MAX_LEVEL, SeekerPersona


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
