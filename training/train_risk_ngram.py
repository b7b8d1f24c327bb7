"""Train the second reader of risk (``companion/risk/ngram_reader.py``) and
choose the alarm threshold of its mean with the tuned MiniLM.

- Data: what the encoder trains on (``train_risk.training_rows_with_ordinary_talk``):
  training/risk and training/risk/ordinary_talk (ordinary support talk and everyday
  troubles, all written for this project; never ESConv or CounselChat).
  Earlier turns are joined to the turn, as for the encoder.
- Model: logistic regression (balanced classes) on hashed character and word
  n-grams: risk or none.
- The encoder and the reader have equal say (weight 0.5), except where the
  encoder is sure (risk 0.98 and up; 0.95 until session 11): there its
  reading stands alone, so the reader never talks it out of a disclosure.
- Threshold: on the dev sets (eval/risk_dev.jsonl, the two newest held-out
  sets and the targeted dev sets, all scored before and kept out of
  training), the
  highest at which the whole detector (rules, turns, both readers) catches
  at least as much of every set as the detector with the encoder alone, at
  its own threshold. Recall is never traded; the false alarms are what falls.
  A fresh held-out set is scored once, afterwards.

Writes companion/data/risk_ngram.npz and eval/results/risk_ngram_dev.json.

    .venv/bin/python training/train_risk_ngram.py     # about 3 minutes on 2 cores
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

from companion.config import load_config  # noqa: E402
from companion.risk.detector import RiskDetector, load_risk_classifier  # noqa: E402
from companion.risk.evaluate import read_labelled  # noqa: E402
from companion.risk.ngram_reader import DEFAULT_NGRAM, NgramReader, ngram_features  # noqa: E402
from train_risk import training_rows_with_ordinary_talk  # noqa: E402

ENCODER_WEIGHT = 0.5
ENCODER_SURE = 0.98
C = 16.0
DEV_SETS = ["risk_dev", "risk_holdout25", "risk_holdout26", "risk_danger_dev15", "risk_selfharm_dev16"]
GRID = [round(0.30 + 0.01 * i, 2) for i in range(61)]


class Remembered:
    """A classifier whose scores are kept by text: the threshold changes
    nothing about them, so each is computed once."""

    def __init__(self, classifier):
        self.classifier, self.kept = classifier, {}

    @property
    def alarm_from(self) -> float:
        return self.classifier.alarm_from

    @property
    def clear_from(self) -> float:
        return self.classifier.clear_from

    def scores(self, texts, keep_end: bool = False):
        # (the detector reads joined turns keeping their end: a separate reading)
        wanted = [t for t in texts if (t, keep_end) not in self.kept]
        if wanted:
            self.kept.update(zip(((t, keep_end) for t in wanted), self.classifier.scores(wanted, keep_end=keep_end)))
        return [self.kept[t, keep_end] for t in texts]


def train(rows: list[dict]) -> NgramReader:
    from sklearn.linear_model import LogisticRegression

    x = ngram_features([r["text"] for r in rows])
    y = np.array([r["label"] != "none" for r in rows])
    model = LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(x, y)
    return NgramReader(model.coef_[0].astype(np.float32), float(model.intercept_[0]), ENCODER_WEIGHT, 0.5,
                       ENCODER_SURE)


def figures(detector: RiskDetector, sets: dict[str, list[dict]]) -> dict[str, dict]:
    out = {}
    for name, rows in sets.items():
        pos = [r for r in rows if r["positive"]]
        neg = [r for r in rows if not r["positive"]]
        hit = sum(detector.assess(r["context"], r["text"], earlier_answered=False).alarm for r in pos)
        fa = sum(detector.assess(r["context"], r["text"], earlier_answered=False).alarm for r in neg)
        out[name] = {"recall": round(hit / len(pos), 4), "false_alarms": round(fa / len(neg), 4),
                     "caught": hit, "disclosures": len(pos), "alarmed": fa, "look_alikes": len(neg)}
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    # Session 23: the search chose 0.61, where the whole detector caught 2
    # fewer disclosures over the nine kept-out sets than the one before it
    # (and 15 fewer false alarms); at 0.55 it caught 3 more, with 3 fewer
    # false alarms, so 0.55 ships (eval/results/risk_session23.json).
    parser.add_argument("--alarm-from", type=float, default=None,
                        help="take this threshold instead of searching for one")
    args = parser.parse_args()
    started = time.time()
    rows = training_rows_with_ordinary_talk()
    print(f"{len(rows)} rows, {sum(r['label'] != 'none' for r in rows)} disclosures", flush=True)
    reader = train(rows)
    encoder = load_risk_classifier(load_config(ROOT / "config.toml").cache_dir, second_reader=False)
    alone = Remembered(type(encoder)(encoder.embedder, encoder.head, None))
    both_classifier = type(encoder)(encoder.embedder, encoder.head, reader)
    both = Remembered(both_classifier)
    sets = {name: read_labelled(ROOT / "eval" / f"{name}.jsonl") for name in DEV_SETS}
    before = figures(RiskDetector(lambda: alone), sets)
    print("encoder alone:", {k: (v["recall"], v["false_alarms"]) for k, v in before.items()}, flush=True)
    chosen, after = None, None
    for t in ([args.alarm_from] if args.alarm_from is not None else GRID):
        reader.alarm_from = t
        found = figures(RiskDetector(lambda: both), sets)
        if args.alarm_from is not None or all(found[k]["caught"] >= before[k]["caught"] for k in sets):
            chosen, after = t, found
    if chosen is None:
        raise SystemExit("no threshold keeps the encoder's recall on every dev set")
    reader.alarm_from = chosen
    print(f"threshold {chosen}:", {k: (v["recall"], v["false_alarms"]) for k, v in after.items()}, flush=True)
    reader.save(DEFAULT_NGRAM)
    report = {
        "method": __doc__.strip().splitlines()[0] + " See training/train_risk_ngram.py.",
        "rows": len(rows), "encoder_weight": ENCODER_WEIGHT, "encoder_sure": ENCODER_SURE, "C": C, "alarm_from": chosen,
        "encoder_alone": before, "encoder_and_reader": after,
        "chosen_by": "given (--alarm-from)" if args.alarm_from is not None else "search",
        "caveat": "Chosen on these sets, so they are no longer held out; a fresh set is the test.",
    }
    (ROOT / "eval" / "results" / "risk_ngram_dev.json").write_text(json.dumps(report, indent=1) + "\n")
    print(f"wrote {DEFAULT_NGRAM} in {time.time() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
