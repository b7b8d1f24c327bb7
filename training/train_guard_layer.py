"""Train the guard's learned layer from our own labelled sentences.

    .venv/bin/python training/train_guard_layer.py [--c 4.0]

Reads training/guard_sentences.jsonl (written by this project, never ESConv or
CounselChat text) plus the companion's own peer-style replies as passing
examples, fits one logistic regression per category on word 1-3 grams, and
writes companion/data/guard_ngram.json. Deterministic.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from companion.guard_learned import DEFAULT_WEIGHTS, ngrams
from companion.guard_rules import CATEGORIES

HERE = Path(__file__).resolve().parent


def load_training() -> tuple[list[str], list[list[str]]]:
    texts, labels = [], []
    for line in (HERE / "guard_sentences.jsonl").open(encoding="utf-8"):
        if line.strip():
            row = json.loads(line)
            texts.append(row["text"])
            labels.append(row["categories"])
    replies = HERE / "peer_style.jsonl"
    if replies.exists():  # the companion's own replies are written to pass
        for line in replies.open(encoding="utf-8"):
            if line.strip():
                texts.append(json.loads(line)["reply"])
                labels.append([])
    return texts, labels


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--c", type=float, default=4.0, help="inverse regularisation strength")
    ap.add_argument("--min-df", type=int, default=2)
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--out", type=Path, default=DEFAULT_WEIGHTS)
    args = ap.parse_args()

    texts, labels = load_training()
    vec = TfidfVectorizer(analyzer=ngrams, min_df=args.min_df, sublinear_tf=True, norm="l2")
    x = vec.fit_transform(texts)
    cats = sorted(CATEGORIES)
    coef, intercept = [], []
    for cat in cats:
        y = np.array([cat in ls for ls in labels], dtype=int)
        clf = LogisticRegression(C=args.c, class_weight="balanced", max_iter=2000)
        clf.fit(x, y)
        coef.append([round(float(v), 5) for v in clf.coef_[0]])
        intercept.append(round(float(clf.intercept_[0]), 5))
        print(f"{cat}: {int(y.sum())} positive of {len(y)}")
    # Every feature is kept: the L2 norm at run time must see the same features.
    vocab = {k: int(v) for k, v in vec.vocabulary_.items()}
    out = {
        "about": "guard learned layer: per-category logistic regression on word 1-3 grams; "
                 "trained by training/train_guard_layer.py on the project's own sentences",
        "labels": cats,
        "threshold": args.threshold,
        "vocabulary": vocab,
        "idf": [round(float(v), 5) for v in vec.idf_],
        "coef": coef,
        "intercept": intercept,
        "training_sentences": len(texts),
        "c": args.c,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, separators=(",", ":")) + "\n")
    print(f"wrote {args.out} ({len(vocab)} features, {args.out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
