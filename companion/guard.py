"""The guard: checks one sentence at a time before it may be spoken.

It uses no language model and does not depend on the responder, so nothing the
person says can talk it out of its rules. ``check`` fails closed: if checking
raises, the sentence is rejected.
"""
from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from .advice import find_advice_normalised
from .disguises import undisguise
from .guard_rule import match_rule
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


class LayerNotReady(RuntimeError):
    """The learned layer is on but cannot check yet (still loading past the wait, or failed to load)."""


class BackgroundLayer:
    """A learned layer loaded in a thread, so that start-up does not wait for it.

    Until it is ready a check waits for it, but only until ``wait_s`` after
    loading began; past that (or if loading failed) ``categories`` raises, and
    the guard rejects the sentence: with the layer on, no sentence is passed
    that the layer has not seen. A load that finishes late is used from then on.
    """

    def __init__(self, load: Callable[[], SentenceClassifier], wait_s: float = 20.0, name: str = "learned layer"):
        self._layer: SentenceClassifier | None = None
        self.error: str | None = None
        self.name = name
        self._ready = threading.Event()
        self.started = time.monotonic()
        self.deadline = self.started + wait_s
        self.load_s: float | None = None
        threading.Thread(target=self._load, args=(load,), name="guard-layer", daemon=True).start()

    def _load(self, load: Callable[[], SentenceClassifier]) -> None:
        try:
            self._layer = load()
        except Exception as e:   # said once, plainly; every check then fails closed
            self.error = f"{type(e).__name__}: {e}"
            print(f"companion: the guard's {self.name} did not load ({self.error}); every sentence is held back "
                  "until it does (run: companion prepare, or set [guard] learned_layer = false)",
                  file=sys.stderr, flush=True)
        finally:
            self.load_s = time.monotonic() - self.started
            self._ready.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the load to end (loaded or failed); true if the layer is usable."""
        self._ready.wait(timeout)
        return self._layer is not None

    @property
    def ready(self) -> bool:
        return self._layer is not None

    def categories(self, sentence: str) -> list[str]:
        if not self._ready.wait(max(0.0, self.deadline - time.monotonic())):
            raise LayerNotReady(f"the guard's {self.name} is still loading")
        if self._layer is None:
            raise LayerNotReady(f"the guard's {self.name} did not load ({self.error})")
        return self._layer.categories(sentence)


@dataclass
class Guard:
    rules: list[Rule] = field(default_factory=lambda: list(RULES))
    learned: SentenceClassifier | None = None

    def _check(self, sentence: str) -> Verdict:
        seen = undisguise(sentence)   # "As a d0ctor" is checked as "as a doctor"
        text = normalise(seen)
        triggers = [Trigger(rule.category, rule.name, words) for rule in self.rules
                    if (words := match_rule(rule, text)) is not None]
        # H1, commands and instructions: the one advice detector's verdict,
        # the same the rehearsal's line kinds and peer style read. Tentative
        # advice ("maybe you could...") passes, as PRINCIPLES.md lets it.
        triggers += [Trigger("H1", a.rule, a.words) for a in find_advice_normalised(text) if a.instruction]
        triggers.sort(key=lambda t: t.category)   # E1-E3, H1, H2, H3: reasons read in the order of PRINCIPLES.md
        # The layer can only add a rejection, so it is asked only when the
        # rules pass the sentence (a rejected one needs no second opinion, and
        # the layer's few milliseconds are saved).
        if self.learned is not None and not triggers and not EXPLICIT_PASS.search(text):
            # the layer was trained on text as written: it sees the disguise taken off only if there was one
            for category in self.learned.categories(seen if seen != sentence.lower() else sentence):
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


def _layer_loader(threshold: float, model: str, cache_dir) -> Callable[[], SentenceClassifier]:
    if model == "encoder":
        def load() -> SentenceClassifier:
            from .guard_learned import EncoderClassifier

            return EncoderClassifier.load(cache_dir, threshold=threshold or None)
    else:
        def load() -> SentenceClassifier:
            from .guard_learned import NgramClassifier

            return NgramClassifier.load(threshold=threshold or None)   # 0: the one shipped with it
    return load


# How long a check may wait for the learned layer still loading in the
# background: loading takes about a second once `companion prepare` has
# exported the model (longer the first time, when it is exported).
LAYER_WAIT_S = 20.0


def build_guard(learned_layer: bool = False, threshold: float = 0.5, model: str = "ngram",
                cache_dir=None, background: bool = False, wait_s: float = LAYER_WAIT_S) -> Guard:
    """The rules, plus a learned layer if asked: word n-grams ("ngram", at
    ``threshold``) or the tuned MiniLM ("encoder", prepared in ``cache_dir``);
    a ``threshold`` of 0 means the one(s) chosen for the layer. With
    ``background`` the layer loads in a thread (``BackgroundLayer``: checks
    wait for it up to ``wait_s``, then fail closed); else here, and a failure
    to load is raised."""
    if not learned_layer:
        return Guard()
    load = _layer_loader(threshold, model, cache_dir)
    if background:
        return Guard(learned=BackgroundLayer(load, wait_s, f"learned layer ({model})"))
    return Guard(learned=load())


def guard_from_config(cfg) -> Guard:
    """The guard as ``[guard]`` in the configuration sets it; its learned
    layer, if on, loads in the background."""
    g = cfg.guard
    return build_guard(g.learned_layer, g.learned_threshold, g.learned_model, cfg.cache_dir, background=True)
