"""The guard's learned layers: they add rejections to the rules.

- ``EncoderClassifier`` (the default): MiniLM tuned for the guard with a LoRA
  adapter and one sigmoid per category (``training/train_guard_encoder.py``),
  merged and run as int8 ONNX like risk detection's, a few milliseconds a
  sentence on this 2-core CPU; one threshold per category, chosen on the dev
  sets (``training/choose_guard_thresholds.py``).
- ``NgramClassifier``: per-category linear classifiers on word 1-3 grams,
  shipped as plain numbers in ``companion/data/guard_ngram.json``
  (``training/train_guard_layer.py``); pure Python, well under a millisecond,
  but it learns less (kept as the alternative, ``learned_model = "ngram"``).

Both are trained only on sentences this project wrote itself (never ESConv or
CounselChat text).
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .guard_rules import normalise

DEFAULT_WEIGHTS = Path(__file__).resolve().parent / "data" / "guard_ngram.json"
_TOKEN = re.compile(r"[a-z0-9']+|[?!]")


def ngrams(sentence: str) -> list[str]:
    """Word 1-3 grams of the normalised sentence, with start/end marks so that
    "try ..." at the start of a sentence differs from "try" in the middle."""
    words = ["<s>"] + _TOKEN.findall(normalise(sentence)) + ["</s>"]
    grams = []
    for n in (1, 2, 3):
        for i in range(len(words) - n + 1):
            grams.append(" ".join(words[i:i + n]))
    return grams


@dataclass
class NgramClassifier:
    vocabulary: dict[str, int]
    idf: list[float]
    labels: list[str]
    coef: list[list[float]]
    intercept: list[float]
    threshold: float = 0.5

    @classmethod
    def load(cls, path: Path = DEFAULT_WEIGHTS, threshold: float | None = None) -> "NgramClassifier":
        data = json.loads(Path(path).read_text())
        clf = cls(data["vocabulary"], data["idf"], data["labels"], data["coef"], data["intercept"],
                  data.get("threshold", 0.5))
        if threshold is not None:
            clf.threshold = threshold
        return clf

    def features(self, sentence: str) -> dict[int, float]:
        counts: dict[int, int] = {}
        for g in ngrams(sentence):
            j = self.vocabulary.get(g)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        # sublinear tf * idf, L2-normalised, as in training
        feats = {j: (1.0 + math.log(c)) * self.idf[j] for j, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in feats.values())) or 1.0
        return {j: v / norm for j, v in feats.items()}

    def probabilities(self, sentence: str) -> dict[str, float]:
        feats = self.features(sentence)
        out = {}
        for cat, w, b in zip(self.labels, self.coef, self.intercept):
            z = b + sum(w[j] * v for j, v in feats.items())
            out[cat] = 1.0 / (1.0 + math.exp(-z))
        return out

    def categories(self, sentence: str) -> list[str]:
        """The guard's SentenceClassifier protocol: categories at or over the threshold."""
        return [c for c, p in self.probabilities(sentence).items() if p >= self.threshold]


# -- the tuned encoder -------------------------------------------------------
# MiniLM tuned for the guard (training/train_guard_encoder.py): its LoRA
# adapter is merged and exported to int8 ONNX once, like risk detection's,
# which brings a sentence to a few milliseconds on this CPU.
DEFAULT_GUARD_ADAPTER = Path(__file__).resolve().parent / "data" / "guard_adapter"
DEFAULT_GUARD_HEAD = Path(__file__).resolve().parent / "data" / "guard_head.npz"


@dataclass
class GuardHead:
    labels: list[str]
    coef: np.ndarray          # categories x embedding
    intercept: np.ndarray
    threshold: float
    # one threshold per category, if chosen (else ``threshold`` for all)
    thresholds: np.ndarray | None = None

    @classmethod
    def load(cls, path: Path = DEFAULT_GUARD_HEAD) -> "GuardHead":
        with np.load(path, allow_pickle=False) as data:
            per = data["thresholds"].astype(np.float32) if "thresholds" in data.files else None
            return cls([str(c) for c in data["labels"]], data["coef"].astype(np.float32),
                       data["intercept"].astype(np.float32), float(data["threshold"]), per)

    def save(self, path: Path) -> None:
        extra = {} if self.thresholds is None else {"thresholds": np.asarray(self.thresholds, np.float32)}
        np.savez_compressed(path, labels=np.array(self.labels), coef=self.coef.astype(np.float16),
                            intercept=self.intercept.astype(np.float32), threshold=np.float32(self.threshold),
                            **extra)

    def cutoffs(self) -> np.ndarray:
        """The threshold of each category, in ``labels`` order."""
        if self.thresholds is not None:
            return np.asarray(self.thresholds, np.float32)
        return np.full(len(self.labels), self.threshold, np.float32)

    def probabilities(self, x) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(np.asarray(x) @ self.coef.T + self.intercept)))


class EncoderClassifier:
    """The guard's SentenceClassifier protocol on the tuned MiniLM. With no
    ``threshold``, each category has the one chosen for it (``GuardHead.cutoffs``)."""

    def __init__(self, embed, head: GuardHead, threshold: float | None = None):
        self._embed, self.head = embed, head
        self.cutoffs = head.cutoffs() if threshold is None else np.full(len(head.labels), threshold, np.float32)

    @property
    def threshold(self) -> float:
        return float(self.cutoffs.min())

    @classmethod
    def load(cls, cache_dir: Path, threads: int = 1, threshold: float | None = None) -> "EncoderClassifier":
        from .embeddings import OnnxSentenceEmbedder, export_onnx, onnx_dir

        model = export_onnx(onnx_dir(Path(cache_dir), DEFAULT_GUARD_ADAPTER), DEFAULT_GUARD_ADAPTER)
        return cls(OnnxSentenceEmbedder(model, threads).embed, GuardHead.load(), threshold)

    def probabilities(self, sentence: str) -> dict[str, float]:
        p = self.head.probabilities(self._embed([sentence]))[0]
        return {c: float(v) for c, v in zip(self.head.labels, p)}

    def categories(self, sentence: str) -> list[str]:
        return [c for (c, v), t in zip(self.probabilities(sentence).items(), self.cutoffs) if v >= t]
