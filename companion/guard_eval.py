"""The guard's development set: extraction, label join and measurement.

The source texts (ESConv, CounselChat) may not be copied into this repository,
so the labels in ``eval/guard_dev_labels.jsonl`` hold only a hash of each
sentence and its categories; this module re-extracts the sentences from the
data files and joins them by hash.

The sentence splitter here is frozen on purpose: changing it would change the
sentences and orphan the labels. It is not the runtime splitter.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import sys
import time
from pathlib import Path

from .errors import CompanionError

_SPLIT = re.compile(r"(?<=[.!?])[\"')\]]*\s+|(?<=[a-z][.!?])(?=[A-Z])|\n+")


def frozen_sentences(text: str) -> list[str]:
    parts = (p.strip() for p in _SPLIT.split(text or ""))
    return [p for p in parts if p and len(p.split()) >= 2]


def sentence_hash(text: str) -> str:
    return hashlib.sha1(text.strip().encode("utf-8")).hexdigest()[:16]


def esconv_sentences(path: Path) -> list[str]:
    seen: dict[str, None] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            turns = [t for t in row.get("context", []) if t.get("role") == "supporter"]
            if row.get("reference"):
                turns.append(row["reference"])
            for turn in turns:
                for s in frozen_sentences(turn.get("text", "")):
                    seen.setdefault(s, None)
    return list(seen)


def counselchat_sentences(path: Path, split: str = "train") -> list[str]:
    csv.field_size_limit(10_000_000)
    seen: dict[str, None] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row.get("split") != split:
                continue
            for s in frozen_sentences(row.get("answerText", "")):
                if len(s) <= 400:
                    seen.setdefault(s, None)
    return list(seen)


def load_sources(data_dir: Path) -> dict[str, list[str]]:
    return {
        "esconv-dev": esconv_sentences(data_dir / "esconv" / "dev.jsonl"),
        "counselchat-train": counselchat_sentences(data_dir / "counselchat" / "counsel_chat.csv"),
    }


def labelled_set(data_dir: Path, labels_path: Path) -> list[dict]:
    """Join the committed labels with the sentences re-extracted from the data."""
    for needed in (data_dir / "esconv" / "dev.jsonl", data_dir / "counselchat" / "counsel_chat.csv", labels_path):
        if not needed.exists():
            raise CompanionError(f"{needed} not found (pass --data pointing at ../shared/data)")
    by_hash = {}
    for source, sentences in load_sources(data_dir).items():
        for s in sentences:
            by_hash[(source, sentence_hash(s))] = s
    rows, missing = [], 0
    with open(labels_path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            lab = json.loads(line)
            text = by_hash.get((lab["source"], lab["sha"]))
            if text is None:
                missing += 1
                continue
            rows.append({**lab, "text": text})
    if missing:
        print(f"note: {missing} labelled sentences not found in the data", file=sys.stderr)
    return rows


def measure(rows: list[dict], check) -> dict:
    """Precision, recall and false-positive rate of ``check`` (text -> Verdict)."""
    tp = fp = fn = tn = 0
    per_cat = {}
    misses, false_alarms, times = [], [], []
    for r in rows:
        t0 = time.perf_counter()
        v = check(r["text"])
        times.append(time.perf_counter() - t0)
        gold, pred = bool(r["categories"]), not v.passed
        for c in r["categories"]:
            hit = per_cat.setdefault(c, [0, 0])
            hit[1] += 1
            hit[0] += pred
        if gold and pred:
            tp += 1
        elif gold:
            fn += 1
            misses.append({"source": r["source"], "gold": r["categories"], "text": r["text"]})
        elif pred:
            fp += 1
            false_alarms.append({"source": r["source"], "found": v.categories,
                                 "words": [t.words for t in v.triggers], "text": r["text"]})
        else:
            tn += 1
    times.sort()
    q = lambda p: times[min(len(times) - 1, int(p * len(times)))] * 1000
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {
        "sentences": len(rows), "rejectable": tp + fn, "tp": tp, "fp": fp, "fn": fn, "tn": tn,
        "precision": round(precision, 3), "recall": round(recall, 3),
        "f1": round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0,
        "fpr": round(fp / (fp + tn), 3) if fp + tn else 0.0,
        "recall_by_category": {c: round(h / n, 3) for c, (h, n) in sorted(per_cat.items())},
        "latency_ms": {"p50": round(q(0.5), 3), "p99": round(q(0.99), 3), "max": round(times[-1] * 1000, 3)},
        "misses": misses, "false_alarms": false_alarms,
    }


def run_guard_eval(data_dir: Path, labels_path: Path, report: str | None = None, verbose: bool = False,
                   learned: bool = False, threshold: float = 0.5, model: str = "ngram", cache_dir=None) -> int:
    from .guard import build_guard

    rows = labelled_set(data_dir, labels_path)
    guard = build_guard(learned, threshold, model, cache_dir)
    result = {"labels": str(labels_path), "guard": f"rules + learned layer ({model})" if learned else "rules",
              "threshold": threshold if learned else None, "by_source": {}}
    cutoffs = getattr(guard.learned, "cutoffs", None)
    if cutoffs is not None:   # the thresholds in use (a threshold of 0 means the chosen ones)
        result["thresholds"] = {c: round(float(t), 4) for c, t in zip(guard.learned.head.labels, cutoffs)}
    print(f"guard: {result['guard']}" + (f" (threshold {threshold})" if learned else "")
          + (f", thresholds in use {result['thresholds']}" if cutoffs is not None else ""))
    result["all"] = measure(rows, guard.check)
    for source in sorted({r["source"] for r in rows}):
        result["by_source"][source] = measure([r for r in rows if r["source"] == source], guard.check)
    for name, m in [("all", result["all"]), *result["by_source"].items()]:
        print(f"{name:18s} n={m['sentences']:5d} rejectable={m['rejectable']:4d}  precision={m['precision']:.3f}  "
              f"recall={m['recall']:.3f}  F1={m['f1']:.3f}  FPR={m['fpr']:.3f}")
    print("recall by category:", ", ".join(f"{c} {v:.2f}" for c, v in result["all"]["recall_by_category"].items()))
    lat = result["all"]["latency_ms"]
    print(f"latency per sentence: p50 {lat['p50']:.2f} ms, p99 {lat['p99']:.2f} ms")
    if verbose:
        for m in result["all"]["misses"]:
            print("MISS", m["gold"], "|", m["text"])
        for m in result["all"]["false_alarms"]:
            print("FALSE ALARM", m["found"], m["words"], "|", m["text"])
    if report:
        # The report holds no source sentences: the data's licences forbid copying them.
        slim = {k: v for k, v in result.items() if k not in ("all", "by_source")}
        strip = lambda m: {k: v for k, v in m.items() if k not in ("misses", "false_alarms")}
        slim["all"] = strip(result["all"])
        slim["by_source"] = {k: strip(v) for k, v in result["by_source"].items()}
        Path(report).write_text(json.dumps(slim, indent=2) + "\n")
    return 0


def main() -> None:
    """Sample unlabelled sentences to label (written outside the repository)."""
    ap = argparse.ArgumentParser(description="Sample sentences to label (written outside the repo).")
    ap.add_argument("--data", type=Path, required=True, help="../shared/data")
    ap.add_argument("--per-source", type=int, default=450)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with open(args.out, "w", encoding="utf-8") as out:
        for source, sentences in load_sources(args.data).items():
            pick = rng.sample(sentences, min(args.per_source, len(sentences)))
            for s in pick:
                out.write(json.dumps({"source": source, "sha": sentence_hash(s), "text": s}) + "\n")
            print(source, len(sentences), "sentences,", len(pick), "sampled", file=sys.stderr)


if __name__ == "__main__":
    main()
