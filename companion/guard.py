"""The guard: checks one sentence at a time before it may be spoken.

It uses no language model and does not depend on the responder, so nothing the
person says can talk it out of its rules. ``check`` fails closed: if checking
raises, the sentence is rejected.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from .disguises import undisguise
from .guard_rules import CATEGORIES, EXPLICIT_PASS, RULES, Rule, normalise


@dataclass(frozen=True)
class Trigger:
    category: str
    rule: str
    words: str


@dataclass(frozen=True)
class Verdict:
    text: str
    passed: bool
    triggers: tuple[Trigger, ...] = ()
    error: str | None = None

    @property
    def verdict(self) -> str:
        return "pass" if self.passed else "reject"

    @property
    def categories(self) -> list[str]:
        return sorted({t.category for t in self.triggers})

    def reasons(self) -> str:
        """A plain explanation, e.g. for a peer worker in rehearsal."""
        if self.error:
            return f"could not be checked ({self.error}), so it is held back"
        return "; ".join(f"{t.category} {CATEGORIES.get(t.category, '')}: \"{t.words}\"" for t in self.triggers)

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "verdict": self.verdict,
            "categories": self.categories,
            "triggers": [{"category": t.category, "rule": t.rule, "words": t.words} for t in self.triggers],
        }


class SentenceClassifier(Protocol):
    """An optional learned layer: returns categories it finds in a sentence."""

    def categories(self, sentence: str) -> list[str]: ...


def _match_rule(rule: Rule, text: str) -> str | None:
    for m in rule.pattern.finditer(text):
        if rule.unless_at is not None and rule.unless_at.match(text, m.start()):
            continue
        # the exception is looked for only once the rule matches: most rules
        # match nothing, and on long input the search is half the time
        if rule.unless_anywhere is not None and rule.unless_anywhere.search(text):
            return None
        return m.group(0).strip(" ,;:-")
    return None


@dataclass
class Guard:
    rules: list[Rule] = field(default_factory=lambda: list(RULES))
    learned: SentenceClassifier | None = None

    def _check(self, sentence: str) -> Verdict:
        seen = undisguise(sentence)   # "As a d0ctor" is checked as "as a doctor"
        text = normalise(seen)
        triggers = []
        for rule in self.rules:
            words = _match_rule(rule, text)
            if words is not None:
                triggers.append(Trigger(rule.category, rule.name, words))
        if self.learned is not None and not EXPLICIT_PASS.search(text):
            found = {t.category for t in triggers}
            # the layer was trained on text as written: it sees the disguise taken off only if there was one
            for category in self.learned.categories(seen if seen != sentence.lower() else sentence):
                if category not in found:
                    triggers.append(Trigger(category, "learned", sentence.strip()))
        return Verdict(sentence, passed=not triggers, triggers=tuple(triggers))

    def check(self, sentence: str) -> Verdict:
        try:
            if not isinstance(sentence, str):
                raise TypeError(f"expected text, got {type(sentence).__name__}")
            return self._check(sentence)
        except Exception as e:  # fail closed: an unchecked sentence is never spoken
            return Verdict(str(sentence), passed=False, triggers=(Trigger("ERROR", "guard-error", ""),),
                           error=f"{type(e).__name__}: {e}")


def build_guard(learned_layer: bool = False, threshold: float = 0.5, model: str = "ngram",
                cache_dir=None) -> Guard:
    """The rules, plus a learned layer if asked: word n-grams ("ngram", at
    ``threshold``) or the tuned MiniLM ("encoder", prepared in ``cache_dir``;
    a ``threshold`` of 0 means the one chosen when it was trained)."""
    if not learned_layer:
        return Guard()
    if model == "encoder":
        from .guard_learned import EncoderClassifier

        return Guard(learned=EncoderClassifier.load(cache_dir, threshold=threshold or None))
    from .guard_learned import NgramClassifier

    return Guard(learned=NgramClassifier.load(threshold=threshold))


def guard_from_config(cfg) -> Guard:
    """The guard as ``[guard]`` in the configuration sets it."""
    g = cfg.guard
    return build_guard(g.learned_layer, g.learned_threshold, g.learned_model, cfg.cache_dir)
