"""Risk-to-life detection and the fixed safety message. Pure: no model.

Recall matters more than precision here: a false alarm costs a kind message,
a miss can cost a life. Idioms ("this traffic is killing me") are excluded.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .config import SafetyConfig

_RISK = re.compile(r"""
    \b(?:kill(?:ing)?\s+my\s*self|end(?:ing)?\s+(?:my\s+life|it\s+all|things|everything|my\s+own\s+life)|take\s+my\s+(?:own\s+)?life
    |suicid\w*|want(?:ed)?\s+to\s+die|wish(?:ed)?\s+(?:i\s+(?:was|were)\s+dead|i\s+(?:could\s+)?(?:just\s+)?(?:die|disappear\s+forever))
    |(?:do\s*n[o']?t|no\s+longer|never)\s+want\s+to\s+(?:live|be\s+alive|wake\s+up|exist|be\s+here\s+anymore)
    |better\s+off\s+(?:dead|without\s+me)|no\s+(?:reason|point)\s+(?:to|in)\s+(?:live|living|go(?:ing)?\s+on)
    |(?:hurt|harm|cut|cutting|burn|burning|hurting|harming)\s+my\s*self|self[-\s]?harm\w*
    |overdos\w+|take\s+all\s+(?:my|the|of\s+my)\s+(?:pills|meds|tablets)|hang\s+my\s*self|jump\s+off\s+(?:a|the)\s+(?:bridge|roof|building)
    |(?:going|want|plan(?:ning)?)\s+to\s+(?:end\s+it|not\s+be\s+here)|can(?:no|')?t\s+(?:go\s+on|keep\s+going)\s+(?:anymore|any\s+more|living)
    |(?:he|she|they|my\s+\w+)\s+(?:is\s+going\s+to|will|'ll|threaten(?:ed|s)?\s+to|tried\s+to|said\s+(?:he|she|they)\s*(?:would|'d))\s+kill\s+me
    |(?:afraid|scared|terrified)\s+(?:that\s+)?(?:he|she|they|my\s+\w+)\s*(?:will|'ll|is\s+going\s+to|might)\s+(?:hurt|kill)\s+me
    |(?:he|she|they|my\s+\w+)\s+(?:hits|beats|chokes|strangles|hurts)\s+me|i\s+am\s+(?:not\s+safe|in\s+danger)|i'm\s+(?:not\s+safe|in\s+danger)
    )\b""", re.VERBOSE | re.IGNORECASE)

# Statements that deny risk about the matched phrase itself.
_DENIAL = re.compile(r"""\b(?:not|never|n't)\s+(?:been\s+|ever\s+|feeling\s+)?(?:suicidal|(?:tried|contemplated|thought\s+about|considered)\s+suicide)\b""",
                     re.VERBOSE | re.IGNORECASE)


def detect_risk(text: str) -> str | None:
    """The words that disclose a risk to life, or None."""
    clean = text.replace("\u2019", "'")
    for m in _RISK.finditer(clean):
        window = clean[max(0, m.start() - 30): m.end() + 5]
        if _DENIAL.search(window):
            continue
        return m.group(0)
    return None


@dataclass(frozen=True)
class SafetyMessage:
    sentences: tuple[str, ...]


def safety_message(template: tuple[str, ...], cfg: SafetyConfig) -> SafetyMessage:
    def pick(table: dict[str, str]) -> str:
        lang = cfg.locale.split("-")[0]
        return table.get(cfg.locale) or table.get(lang) or table.get("default") or "your local emergency number"
    line, emergency = pick(cfg.lines), pick(cfg.emergency)
    return SafetyMessage(tuple(s.format(line=line, emergency=emergency) for s in template))
