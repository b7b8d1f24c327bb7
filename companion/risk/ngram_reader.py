"""A second, independent reader of risk: a linear model on character and
word n-grams.

The tuned MiniLM reads meaning, and on ordinary support talk it was sure of
risk where there was none ("Fair point... I just need to hear that it won't
stay like this forever" scored 1.00 in its own words). A reader of surface wording errs
elsewhere; the mean of the two errs less than either. On the dev sets, at the
same recall, it halved the false alarms on ordinary conversation windows
(`eval/results/README_risk.md`). Character n-grams also read typed slips
("swalowed", "myslef") as the words they miss.

Stateless hashing, so nothing but the weights ships: ``companion/data/
risk_ngram.npz`` (plain arrays, no pickle), written by
``training/train_risk_ngram.py``. Scoring a turn takes well under a
millisecond.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .learned import DATA, normalise

DEFAULT_NGRAM = DATA / "risk_ngram.npz"
# per view; the two views side by side make the model's width
HASHED_FEATURES = 2 ** 18


def vectorizers():
    """Character (2-5, within words) and word (1-3) n-grams, hashed. Nothing
    is learned, so training and use build the same ones."""
    from sklearn.feature_extraction.text import HashingVectorizer

    chars = HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), n_features=HASHED_FEATURES,
                              alternate_sign=False, norm="l2", lowercase=False, dtype=np.float32)
    words = HashingVectorizer(analyzer="word", ngram_range=(1, 3), n_features=HASHED_FEATURES,
                              alternate_sign=False, norm="l2", lowercase=False, dtype=np.float32,
                              token_pattern=r"[a-z0-9']+")
    return chars, words


def ngram_features(texts: list[str], views=None):
    """The two views side by side; ``views`` are the vectorizers, built once
    by their owner (building them costs more than using them)."""
    from scipy import sparse

    clean = [normalise(t) for t in texts]
    chars, words = views or vectorizers()
    return sparse.hstack([chars.transform(clean), words.transform(clean)], format="csr")


@dataclass
class NgramReader:
    coef: np.ndarray          # features
    intercept: float
    # the encoder's share of the averaged risk; the reader has the rest
    encoder_weight: float
    # an alarm from this averaged risk up
    alarm_from: float
    # From this encoder risk up, the encoder's reading stands alone: the
    # reader never talks it out of a disclosure it is sure of.
    encoder_sure: float

    @classmethod
    def load(cls, path: Path = DEFAULT_NGRAM) -> "NgramReader":
        with np.load(path, allow_pickle=False) as data:
            return cls(data["coef"].astype(np.float32), float(data["intercept"]), float(data["encoder_weight"]),
                       float(data["alarm_from"]), float(data["encoder_sure"]))

    def save(self, path: Path) -> None:
        np.savez_compressed(path, coef=self.coef.astype(np.float16), intercept=np.float32(self.intercept),
                            encoder_weight=np.float32(self.encoder_weight), alarm_from=np.float32(self.alarm_from),
                            encoder_sure=np.float32(self.encoder_sure))

    def __post_init__(self):
        # the analyzers built, and scikit-learn imported, when the reader
        # loads rather than on the person's first turn
        from sklearn.utils import murmurhash3_32

        self._hash = murmurhash3_32
        chars, words = vectorizers()
        self._analyzers = ((chars.build_analyzer(), self.coef[:HASHED_FEATURES]),
                           (words.build_analyzer(), self.coef[HASHED_FEATURES:]))
        self.probabilities(["warming up"])

    def probabilities(self, texts: list[str]) -> np.ndarray:
        """The probability that each text discloses a risk."""
        return 1.0 / (1.0 + np.exp(-np.array([self._logit(normalise(t)) for t in texts], dtype=np.float32)))

    def _logit(self, clean: str) -> float:
        """Each view hashed as ``vectorizers`` hashes it (MurmurHash3 of the
        n-gram, no sign, counts, unit length) against its half of the
        weights: the same sum as scikit-learn's, without its checks and sparse
        matrices, which were two thirds of the reader's time per turn."""
        logit = self.intercept
        for analyzer, weights in self._analyzers:
            counts: dict[int, int] = {}
            for gram in analyzer(clean):
                slot = abs(self._hash(gram, seed=0)) % HASHED_FEATURES
                counts[slot] = counts.get(slot, 0) + 1
            if counts:
                n = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
                slots = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
                logit += float(weights[slots] @ n) / float(np.sqrt(n @ n))
        return logit

    def averaged(self, encoder_risk: float, reader_risk: float) -> float:
        if encoder_risk >= self.encoder_sure:
            return encoder_risk
        return self.encoder_weight * encoder_risk + (1.0 - self.encoder_weight) * reader_risk


def shipped_ngram_reader() -> NgramReader | None:
    """The second reader, if the package has one."""
    return NgramReader.load() if DEFAULT_NGRAM.exists() else None
