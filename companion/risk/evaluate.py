"""``companion eval risk``: recall, false alarms and latency of risk detection
on a labelled file.

The file is JSON Lines ({"text", "label", optional "context", "register",
"level"}) or TSV (a header naming text and label, optionally context, with
earlier turns in context separated by " || "). A label of none, lookalike, 0, no or
false is a look-alike; anything else names a risk. Each row is assessed as
the companion assesses a turn, with its context as the person's turns before.
"""
from __future__ import annotations

import csv
import io
import json
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

from ..errors import CompanionError
from .detector import RiskDetector

_NEGATIVE = {"none", "0", "no", "false", "safe", "lookalike", "look-alike", "negative", ""}


def read_labelled(path: Path) -> list[dict]:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as e:
        raise CompanionError(f"cannot read {path}: {e.strerror}") from None
    except UnicodeDecodeError:
        raise CompanionError(f"{path} is not UTF-8 text") from None
    rows = []
    if path.suffix.lower() in (".tsv", ".txt"):
        reader = csv.DictReader(io.StringIO(raw), delimiter="\t")
        if not reader.fieldnames or not {"text", "label"} <= set(reader.fieldnames):
            raise CompanionError(f"{path}: the first line must name the columns, with text and label")
        for row in reader:
            context = [c.strip() for c in (row.get("context") or "").split(" || ") if c.strip()]
            rows.append({**row, "context": context})
    else:
        for n, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                if not isinstance(row.get("text"), str) or "label" not in row:
                    raise ValueError
            except (ValueError, AttributeError):
                raise CompanionError(f"{path}:{n}: not a JSON object with \"text\" and \"label\"") from None
            rows.append(row)
    for row in rows:
        row["positive"] = str(row["label"]).strip().lower() not in _NEGATIVE
        context = row.get("context") or []
        row["context"] = [c for c in context if isinstance(c, str)] if isinstance(context, list) else []
    return rows


def _rate(hits: int, n: int) -> float | None:
    return round(hits / n, 4) if n else None


def evaluate(detector: RiskDetector, rows: list[dict]) -> dict:
    detector.learned    # loaded before timing starts
    latencies, results = [], []
    for row in rows:
        t0 = time.perf_counter()
        # the context is the person's turns alone: nothing has answered them
        found = detector.assess(row["context"], row["text"], earlier_answered=False)
        latencies.append(time.perf_counter() - t0)
        results.append((row, found))

    def summary(pairs) -> dict:
        pos = [(r, f) for r, f in pairs if r["positive"]]
        neg = [(r, f) for r, f in pairs if not r["positive"]]
        caught = sum(f.alarm for _, f in pos)
        return {"positives": len(pos), "caught": caught, "recall": _rate(caught, len(pos)),
                "lookalikes": len(neg), "false_alarms": sum(f.alarm for _, f in neg),
                "false_alarm_rate": _rate(sum(f.alarm for _, f in neg), len(neg))}

    def grouped(key) -> dict:
        groups = defaultdict(list)
        for r, f in results:
            groups[str(r.get(key) or "-")].append((r, f))
        return {k: summary(v) for k, v in sorted(groups.items())}

    ms = np.array(latencies) * 1000
    positives = [(r, f) for r, f in results if r["positive"]]
    return {
        "overall": summary(results),
        "by_label": grouped("label"),
        "by_register": grouped("register"),
        "two_turn": summary([(r, f) for r, f in results if r["context"]]),
        "levels_given": {lvl: sum(f.level == lvl for _, f in positives) for lvl in ("clear", "possible", "none")},
        "category_right": _rate(sum(f.alarm and f.category == r["label"] for r, f in positives),
                                sum(f.alarm for _, f in positives)),
        "latency_ms": {"p50": round(float(np.percentile(ms, 50)), 2), "p95": round(float(np.percentile(ms, 95)), 2),
                       "max": round(float(ms.max()), 2)} if len(ms) else {},
        "learned_layer": detector.load_error is None and detector.learned is not None,
        "misses": [{"text": r["text"], "context": r["context"], "label": r["label"]}
                   for r, f in results if r["positive"] and not f.alarm],
        "false_alarm_texts": [{"text": r["text"], "context": r["context"], "level": f.level, "source": f.source}
                              for r, f in results if not r["positive"] and f.alarm],
    }


def format_result(result: dict, verbose: bool = False) -> str:
    o = result["overall"]
    lines = [f"risk detection ({'rules and learned layer' if result['learned_layer'] else 'rules only'})",
             f"  recall {o['recall']} ({o['caught']} of {o['positives']} disclosures caught)",
             f"  false alarms {o['false_alarm_rate']} ({o['false_alarms']} of {o['lookalikes']} look-alikes)",
             f"  latency per turn: p50 {result['latency_ms'].get('p50')} ms, p95 {result['latency_ms'].get('p95')} ms",
             f"  levels given to disclosures: {result['levels_given']}; category right {result['category_right']}",
             "  by label:"]
    for k, v in result["by_label"].items():
        lines.append(f"    {k:<12} recall {v['recall']}  false alarms {v['false_alarm_rate']}  (n={v['positives'] + v['lookalikes']})")
    lines.append("  by register:")
    for k, v in result["by_register"].items():
        lines.append(f"    {k:<12} recall {v['recall']} ({v['positives']})  false alarms {v['false_alarm_rate']} ({v['lookalikes']})")
    t = result["two_turn"]
    lines.append(f"  two-turn rows: recall {t['recall']} ({t['positives']}), false alarms {t['false_alarm_rate']} ({t['lookalikes']})")
    if verbose:
        lines += ["  missed:"] + [f"    {m['context']} {m['text']}" for m in result["misses"]]
        lines += ["  false alarms:"] + [f"    [{a['level']}/{a['source']}] {a['context']} {a['text']}"
                                        for a in result["false_alarm_texts"]]
    return "\n".join(lines)


def run_risk_eval(detector: RiskDetector, data: Path, report: str | None, verbose: bool, texts: bool) -> int:
    result = evaluate(detector, read_labelled(data))
    print(format_result(result, verbose))
    if report:
        if not texts:   # a committed report keeps figures, not sentences
            result = {k: v for k, v in result.items() if k not in ("misses", "false_alarm_texts")}
        Path(report).parent.mkdir(parents=True, exist_ok=True)
        Path(report).write_text(json.dumps(result, indent=1) + "\n")
    return 0
