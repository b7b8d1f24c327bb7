"""What a guard rule is: one category of ../shared/PRINCIPLES.md, a pattern,
and its exceptions (see ``guard_rules``)."""
from __future__ import annotations

import re
from dataclasses import dataclass

CATEGORIES = {
    "E1": "claims credentials or authority",
    "E2": "diagnoses or labels clinically",
    "E3": "prescribes treatment or medication",
    "H1": "commands or instructs",
    "H2": "claims superior knowledge or demands deference",
    "H3": "competes or minimises",
}
# The same categories named in a word or two, for feedback and reports.
CATEGORY_NAMES = {"E1": "credentials", "E2": "diagnosis", "E3": "treatment", "H1": "commands",
                  "H2": "superior knowledge", "H3": "competition"}


def name_categories(codes) -> str:
    """Categories by name and code, for feedback: "commands (H1), diagnosis (E2)"; "" for none."""
    return ", ".join(f"{CATEGORY_NAMES.get(c, c)} ({c})" for c in codes)


@dataclass(frozen=True)
class Rule:
    category: str
    name: str
    pattern: re.Pattern
    unless_at: re.Pattern | None = None
    unless_anywhere: re.Pattern | None = None


def match_rule(rule: Rule, text: str) -> str | None:
    """The words at which ``rule`` fires in a normalised ``text``, or None."""
    for m in rule.pattern.finditer(text):
        if rule.unless_at is not None and rule.unless_at.match(text, m.start()):
            continue
        # the exception is looked for only once the rule matches: most rules
        # match nothing, and on long input the search is half the time
        if rule.unless_anywhere is not None and rule.unless_anywhere.search(text):
            return None
        return m.group(0).strip(" ,;:-")
    return None


def _rx(text: str) -> re.Pattern:
    return re.compile(text, re.VERBOSE)
