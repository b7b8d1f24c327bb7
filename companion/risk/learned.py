"""The learned layer of risk detection: a linear head on MiniLM embeddings.

The shipped head reads MiniLM tuned for this task (a LoRA adapter merged
before the int8 export, ``training/train_risk_encoder.py``): it places
"I've given my guitar to my brother, he should have it now" near other
goodbyes, and "my phone died" far from them. One multinomial head says which
category (or none), a second how clear a disclosure is. Both ship as plain
arrays in ``companion/data/risk_head.npz``: no pickle.

A head may also read hashed character n-grams beside the embedding (the
first version, ``training/train_risk.py``, on the untuned encoder); the
head's width says which it is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from .levels import CATEGORIES

if TYPE_CHECKING:
    from .ngram_reader import NgramReader

DATA = Path(__file__).resolve().parent.parent / "data"
DEFAULT_HEAD = DATA / "risk_head.npz"
# A LoRA adapter that tunes MiniLM itself for this task; merged into the
# encoder when the int8 model is prepared.
DEFAULT_ADAPTER = DATA / "risk_adapter"


def shipped_adapter() -> Path | None:
    """The adapter that tunes MiniLM for risk, if the package has one."""
    return DEFAULT_ADAPTER if (DEFAULT_ADAPTER / "adapter_config.json").exists() else None
NGRAM_FEATURES = 2 ** 18
EMBEDDING_DIM = 384
# how much the embedding view weighs against the n-gram view (both unit length)
EMBEDDING_WEIGHT = 1.0


class Embedder(Protocol):
    def embed(self, texts: list[str], keep_end: bool = False) -> np.ndarray: ...


def normalise(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def ngram_vectorizer():
    """Stateless (nothing learned), so training and use build the same one."""
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), n_features=NGRAM_FEATURES,
                             alternate_sign=False, norm="l2", lowercase=False, dtype=np.float32)


def features(texts: list[str], embedder: Embedder, vectorizer=None, ngrams: bool = True, keep_end: bool = False):
    """The two views side by side, as a sparse matrix (texts x features); or
    the embeddings alone, for a head on a tuned encoder. ``keep_end``: a text
    too long for the encoder is cut from its start (turns joined)."""
    clean = [normalise(t) for t in texts]
    embedded = (embedder.embed(clean, keep_end=True) if keep_end else embedder.embed(clean)).astype(np.float32) * EMBEDDING_WEIGHT
    if not ngrams:
        return embedded
    from scipy import sparse

    vectorizer = vectorizer or ngram_vectorizer()
    return sparse.hstack([sparse.csr_matrix(embedded), vectorizer.transform(clean)], format="csr")


@dataclass
class RiskScores:
    risk: float                 # probability that the text discloses any risk
    category: str               # the likeliest risk category
    by_category: dict[str, float]
    clear: float                # probability that a disclosure is clear rather than a cue
    # The risk a clear level is judged on: the encoder's own, when ``risk``
    # is its mean with the second reader's (None: ``risk`` itself).
    clear_risk: float | None = None
    # the second reader's own risk, when there is one
    reader_risk: float | None = None


@dataclass
class RiskHead:
    classes: list[str]          # "none" and the categories
    coef: np.ndarray            # classes x features
    intercept: np.ndarray
    level_coef: np.ndarray      # features (clear vs possible)
    level_intercept: float
    # an alarm from this risk up; a clear disclosure from ``clear_from`` up
    alarm_from: float
    clear_from: float

    @property
    def ngrams(self) -> bool:
        """Whether the head reads n-grams beside the embedding."""
        return self.coef.shape[1] > EMBEDDING_DIM

    @classmethod
    def load(cls, path: Path = DEFAULT_HEAD) -> "RiskHead":
        with np.load(path, allow_pickle=False) as data:
            return cls([str(c) for c in data["classes"]], data["coef"].astype(np.float32),
                       data["intercept"].astype(np.float32), data["level_coef"].astype(np.float32),
                       float(data["level_intercept"]), float(data["alarm_from"]), float(data["clear_from"]))

    def save(self, path: Path) -> None:
        np.savez_compressed(path, classes=np.array(self.classes), coef=self.coef.astype(np.float16),
                            intercept=self.intercept, level_coef=self.level_coef.astype(np.float16),
                            level_intercept=np.float32(self.level_intercept),
                            alarm_from=np.float32(self.alarm_from), clear_from=np.float32(self.clear_from))

    def scores(self, x) -> list[RiskScores]:
        logits = np.asarray(x @ self.coef.T) + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        clear = 1.0 / (1.0 + np.exp(-(np.asarray(x @ self.level_coef).ravel() + self.level_intercept)))
        none = self.classes.index("none")
        out = []
        for row, c in zip(probs, clear):
            by_category = {k: float(row[self.classes.index(k)]) for k in CATEGORIES}
            out.append(RiskScores(float(1.0 - row[none]), max(by_category, key=by_category.get), by_category,
                                  float(c)))
        return out


class RiskClassifier:
    """Scores texts with the embedder and the trained head, averaged with a
    second reader's when there is one (``risk.ngram_reader``)."""

    def __init__(self, embedder: Embedder, head: RiskHead | None = None, second: "NgramReader | None" = None):
        self.embedder = embedder
        self.head = head or RiskHead.load()
        self.second = second
        self._vectorizer = ngram_vectorizer() if self.head.ngrams else None

    @property
    def alarm_from(self) -> float:
        return self.second.alarm_from if self.second is not None else self.head.alarm_from

    @property
    def clear_from(self) -> float:
        return self.head.clear_from

    def scores(self, texts: list[str], keep_end: bool = False) -> list[RiskScores]:
        found = self.head.scores(features(texts, self.embedder, self._vectorizer, self.head.ngrams, keep_end))
        if self.second is None or not texts:
            return found
        second = self.second.probabilities(texts)
        return [RiskScores(self.second.averaged(s.risk, float(p)), s.category, s.by_category, s.clear, s.risk, float(p))
                for s, p in zip(found, second)]
