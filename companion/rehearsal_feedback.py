"""Feedback on one of the worker's lines in rehearsal: the guard's verdict
sentence by sentence, whether it is advice (the one advice detector's
verdict, ``advice``, read with the line kinds), a peer-style way to say it
instead, and whether it took up a disclosure of risk."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .guard import Guard
from .reflection import opening_reflection
from .sentences import split_sentences
from .vocabulary import EMERGENCY_NUMBERS


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
    r"|" + "|".join(EMERGENCY_NUMBERS) + r"|116\s?123|samaritans|emergency|gp|doctor|someone\s+who\s+can\s+help|get\s+help|support\s+line)\b",
    re.I)


def takes_up_risk(text: str) -> bool:
    return bool(_TAKES_UP_RISK.search(text))
