"""Choose the learned layer's two thresholds on the project's own dev data,
and write them into companion/data/risk_head.npz.

- alarm_from: the highest threshold at which the detector (rules and learned
  layer together) still catches RECALL_TARGET of the disclosures in
  eval/risk_dev.jsonl. Below it nothing is said about risk.
- clear_from: the lowest threshold at which ordinary talk (the dev set's
  look-alikes and the rehearsal personas' reviewed lines) is taken for a
  clear disclosure at most CLEAR_FALSE_ALARMS of the time. Between the two,
  the person is asked one direct question; above, they get the message.

Why not recall 0.98: on this dev set that threshold alarms on about a
quarter of ordinary turns, so the companion would ask about suicide every
few turns (figures in eval/results/risk_thresholds.json).

    .venv/bin/python training/choose_risk_thresholds.py
"""
from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from companion.config import load_config  # noqa: E402
from companion.risk import load_risk_detector  # noqa: E402
from companion.risk.learned import DEFAULT_HEAD, RiskHead  # noqa: E402
from companion.risk.rules import match_rules, without_denials  # noqa: E402

RECALL_TARGET = 0.95
CLEAR_FALSE_ALARMS = 0.02
_NOT_SPOKEN = {"name", "summary", "situation", "history", "mood", "openness", "risk_at", "risk_line", "would_not_say",
               "age"}


def persona_lines() -> list[str]:
    lines = []
    for path in sorted((ROOT / "prompts" / "personas").glob("*.toml")):
        for key, value in tomllib.loads(path.read_text(encoding="utf-8")).items():
            if key not in _NOT_SPOKEN:
                lines += [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]
    return lines


def main() -> int:
    classifier = load_risk_detector(load_config().cache_dir).learned

    def score(context: list[str], text: str) -> tuple[float, bool]:
        scored = without_denials(text)
        texts = [scored] + ([" ".join(context[-2:] + [scored])] if context else [])
        return max(s.risk for s in classifier.scores(texts)), match_rules(text) is not None

    dev = [json.loads(line) for line in (ROOT / "eval" / "risk_dev.jsonl").read_text().splitlines() if line.strip()]
    pos = [score(r.get("context") or [], r["text"]) for r in dev if r["label"] != "none"]
    neg = [score(r.get("context") or [], r["text"]) for r in dev if r["label"] == "none"]
    everyday = neg + [score([], line) for line in persona_lines()]

    def caught(scores, t):
        return float(np.mean([s >= t or rule for s, rule in scores]))

    grid = np.round(np.arange(0.01, 1.0, 0.005), 3)
    alarm_from = float(max(t for t in grid if caught(pos, t) >= RECALL_TARGET))
    learned_only = [(s, False) for s, _ in everyday]
    clear_from = float(min(t for t in grid if t >= alarm_from and caught(learned_only, t) <= CLEAR_FALSE_ALARMS))
    head = RiskHead.load(DEFAULT_HEAD)
    head.alarm_from, head.clear_from = alarm_from, clear_from
    head.save(DEFAULT_HEAD)
    table = [{"threshold": float(t), "dev_recall": round(caught(pos, t), 3), "dev_false_alarms": round(caught(neg, t), 3),
              "everyday_alarms": round(caught(everyday, t), 3)} for t in (0.1, 0.2, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98)]
    report = {"recall_target": RECALL_TARGET, "alarm_from": alarm_from, "clear_from": clear_from,
              "dev_disclosures": len(pos), "dev_lookalikes": len(neg), "everyday_lines": len(everyday),
              "at_alarm_from": {"dev_recall": round(caught(pos, alarm_from), 3),
                                "dev_false_alarms": round(caught(neg, alarm_from), 3),
                                "everyday_alarms": round(caught(everyday, alarm_from), 3)},
              "sweep": table}
    out = ROOT / "eval" / "results" / "risk_thresholds.json"
    out.write_text(json.dumps(report, indent=1) + "\n")
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
