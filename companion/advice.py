"""The one advice detector: does a sentence tell the person what to do, and
in which words?

Every reader of a line asks it: the guard (an instruction is H1, "commands
or instructs", and is rejected), the rehearsal's line kinds (advice is coded
"other" and outweighs the rest of a line), its feedback (the line is
counted as advice and the person closes down) and peer style (the
companion's model sentences keep away from any advice). So a sentence gets
the same verdict as a companion sentence and as a worker's line.

Two strengths, as PRINCIPLES.md draws them:

* an **instruction** (``advice_rules``): "You should quit", "Call her",
  "The best thing is to...", "If I were you...", "Why don't you...?";
* **tentative** advice (``advice_tentative``): an optional idea, "Maybe you
  could...", "Have you thought about...?"; the guard lets it pass.

What is not advice: the empathic "should" ("You should be proud"),
conversational requests ("Tell me more"), the safety message, an obligation
of theirs restated ("So you have to see him every day"), and questions that
ask for the person's own ideas ("What might help?").

Pure: regular expressions over the guard's normalised sentence, no model.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .advice_rules import COMMAND_RULES
from .advice_tentative import TENTATIVE_RULES
from .disguises import undisguise
from .guard_rule import Rule, match_rule
from .guard_rules import normalise
from .guard_rules_spanish import SPANISH_RULES

# The rules for instructions: English, and the Spanish directives.
INSTRUCTION_RULES: tuple[Rule, ...] = (*COMMAND_RULES, *(r for r in SPANISH_RULES if r.category == "H1"))

# An obligation of theirs restated after "So" or "And" ("So you have to see
# him every day", "and you've got to be there by six") mirrors; it tells
# nothing: its "you have to" is not read (the rest of the sentence still is).
_RESTATED_OBLIGATION = re.compile(r"^(?:so|and),?\ you\ (?:still\ |just\ |really\ )?(?:have|have\ got|got)\ to\b"
                                  r"(?!.*\b(?:should|must|need\ to)\b)", re.VERBOSE)


@dataclass(frozen=True)
class Advice:
    """One phrasing of advice in a sentence: the rule that found it, the
    words, and whether it is only tentative."""
    rule: str
    words: str
    tentative: bool = False

    @property
    def instruction(self) -> bool:
        return not self.tentative


def find_advice_normalised(text: str) -> tuple[Advice, ...]:
    """Every phrasing of advice in an already normalised sentence
    (``guard_rules.normalise``): the instructions, or if there are none the
    tentative ones."""
    restated = bool(_RESTATED_OBLIGATION.search(text))
    found = tuple(Advice(rule.name, words) for rule in INSTRUCTION_RULES
                  if not (restated and rule.name == "you-modal") and (words := match_rule(rule, text)) is not None)
    if found:
        return found
    return tuple(Advice(rule.name, words, tentative=True) for rule in TENTATIVE_RULES
                 if (words := match_rule(rule, text)) is not None)


def find_advice(sentence: str) -> tuple[Advice, ...]:
    """Every phrasing of advice in one sentence as written or transcribed."""
    return find_advice_normalised(normalise(undisguise(sentence)))


def advice(sentence: str) -> Advice | None:
    """The advice one sentence gives (its first phrasing), or None."""
    found = find_advice(sentence)
    return found[0] if found else None
