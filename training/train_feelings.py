"""Train the feeling reader: a linear head on the plain MiniLM embeddings.

- Data, all written for this project: the example turns of the situation
  reactions (prompts/reactions/*.jsonl, each with the feeling it was written
  for, grouped as in companion/feelings.py) and turns with no feeling to
  react to (training/feelings/neutral_turns.jsonl).
- Nearest examples alone vote by situation ("my manager took credit for my
  project" sits beside "I finally got credit for my project"); a linear head
  learns the feeling instead.
- Validation: 15% of the reactions (all of a reaction's turns together) and
  of the neutral turns, seeded; figures in eval/results/feelings_val.json.
  The shipped head is then fitted on everything.

    .venv/bin/python training/train_feelings.py      # about a minute on 2 cores
"""
from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from companion.config import load_config  # noqa: E402
from companion.feelings import DEFAULT_HEAD, GROUP_OF, NEUTRAL, FeelingHead  # noqa: E402
from companion.meaning import plain_minilm  # noqa: E402
from companion.reactions import load_reactions  # noqa: E402

SEED = 7
VALIDATION_SHARE = 0.15


def examples() -> list[tuple[int, str, str]]:
    """(group key, turn, feeling group): turns of one reaction share a key."""
    rows = []
    for n, r in enumerate(load_reactions(ROOT / "prompts" / "reactions")):
        rows += [(n, turn, GROUP_OF[r.feeling]) for turn in r.turns if r.feeling in GROUP_OF]
    neutral = ROOT / "training" / "feelings" / "neutral_turns.jsonl"
    if neutral.exists():
        for m, line in enumerate(neutral.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                rows.append((-1 - m, json.loads(line)["text"], NEUTRAL))
    return rows


def fit(x: np.ndarray, y: list[str]) -> LogisticRegression:
    return LogisticRegression(C=2.0, max_iter=2000, class_weight="balanced").fit(x, y)


def main() -> int:
    cfg = load_config()
    rows = examples()
    embed = plain_minilm(cfg.cache_dir, cfg.model.threads)
    x = np.asarray(embed([t for _, t, _ in rows]), dtype=np.float32)
    y = [g for _, _, g in rows]
    keys = sorted({k for k, _, _ in rows})
    random.Random(SEED).shuffle(keys)
    held = set(keys[:int(len(keys) * VALIDATION_SHARE)])
    val = np.array([k in held for k, _, _ in rows])
    clf = fit(x[~val], [g for g, v in zip(y, val) if not v])
    predicted = clf.predict(x[val])
    truth = [g for g, v in zip(y, val) if v]
    per_group = {g: round(float(np.mean([p == g for p, t in zip(predicted, truth) if t == g])), 3)
                 for g in sorted(set(truth))}
    figures = {
        "method": "Linear head (logistic regression, balanced) on plain int8 MiniLM embeddings; validated on "
                  f"{VALIDATION_SHARE:.0%} of the reactions (a reaction's turns together) and of the neutral turns, "
                  f"seed {SEED}; shipped head fitted on all.",
        "training_turns": dict(Counter(y)),
        "validation_turns": len(truth),
        "accuracy": round(float(np.mean(predicted == np.array(truth))), 3),
        "recall_by_group": per_group,
    }
    out = ROOT / "eval" / "results" / "feelings_val.json"
    out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(figures, indent=2))
    final = fit(x, y)
    FeelingHead(tuple(final.classes_), final.coef_.astype(np.float32), final.intercept_.astype(np.float32)).save(DEFAULT_HEAD)
    print(f"wrote {DEFAULT_HEAD}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
