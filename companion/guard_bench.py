"""``companion bench guard``: time per sentence of the guard, rules alone and
with the learned layer, over the labelled dev sentences.

The sentences are the dev sets' (re-read from the data folder, as ``eval
guard`` does: ESConv and CounselChat may not be copied, so the report holds
figures only). Each sentence is checked once per round, one at a time, as the
reply pipeline checks them; the first ``WARM_UP`` checks are not timed. The
layer is loaded as a conversation loads it, in the background
(``guard_from_config``): the report says how long ``guard_from_config`` took
to return (what start-up waits for) and how long until the layer was ready.
As in a conversation, the layer is asked only about sentences the rules
pass, so the figures mix sentences checked by the rules alone (about a fifth
of the dev sentences are rejected by them) with sentences checked by both.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

import numpy as np

from .config import Config

WARM_UP = 20


def _figures(times: list[float]) -> dict:
    ms = np.array(times) * 1000
    return {"sentences": len(ms), "p50_ms": round(float(np.percentile(ms, 50)), 3),
            "p95_ms": round(float(np.percentile(ms, 95)), 3), "p99_ms": round(float(np.percentile(ms, 99)), 3),
            "max_ms": round(float(ms.max()), 3), "mean_ms": round(float(ms.mean()), 3)}


def _timed(check, texts: list[str], rounds: int) -> list[float]:
    for t in texts[:WARM_UP]:
        check(t)
    times = []
    for _ in range(rounds):
        for t in texts:
            t0 = time.perf_counter()
            check(t)
            times.append(time.perf_counter() - t0)
    return times


def run_guard_bench(cfg: Config, data_dir: Path, labels: list[Path], rounds: int = 1,
                    report: str | None = None) -> int:
    from .guard import Guard, guard_from_config
    from .guard_eval import labelled_set

    texts = [r["text"] for path in labels for r in labelled_set(data_dir, path)]
    load_before = os.getloadavg()[0]
    t0 = time.perf_counter()
    guard = guard_from_config(cfg)
    build_s = time.perf_counter() - t0
    layer = guard.learned
    ready = layer.wait() if hasattr(layer, "wait") else layer is not None
    ready_s = time.perf_counter() - t0
    if cfg.guard.learned_layer and not ready:
        print(f"the learned layer did not load ({getattr(layer, 'error', '')}); timing the rules only")
    rules = _figures(_timed(Guard().check, texts, rounds))
    both = _figures(_timed(guard.check, texts, rounds)) if ready else None
    name = f"rules + learned layer ({cfg.guard.learned_model})"
    result = {
        "sentences": len(texts), "rounds": rounds, "labels": [p.name for p in labels],
        "rules": rules, "rules_and_layer": both, "layer": name if ready else None,
        "startup": {"guard_from_config_s": round(build_s, 3), "layer_ready_s": round(ready_s, 3) if ready else None},
        "machine": {"cpus": os.cpu_count(), "load_average_before": round(load_before, 2),
                    "load_average_after": round(os.getloadavg()[0], 2)},
    }
    print(f"guard, per sentence, {len(texts)} dev sentences x {rounds}:")
    print(f"  rules alone:{'':18s} p50 {rules['p50_ms']:.2f} ms, p95 {rules['p95_ms']:.2f} ms, "
          f"p99 {rules['p99_ms']:.2f} ms, max {rules['max_ms']:.1f} ms")
    if both:
        print(f"  {name}: p50 {both['p50_ms']:.2f} ms, p95 {both['p95_ms']:.2f} ms, "
              f"p99 {both['p99_ms']:.2f} ms, max {both['max_ms']:.1f} ms")
        print(f"  start-up: guard_from_config returned in {build_s * 1000:.0f} ms; "
              f"the layer was ready (in the background) {ready_s:.2f} s after")
    print(f"  load average {load_before:.2f} before, {result['machine']['load_average_after']:.2f} after "
          f"({os.cpu_count()} CPUs)")
    if report:
        Path(report).parent.mkdir(parents=True, exist_ok=True)
        Path(report).write_text(json.dumps(result, indent=1) + "\n")
    return 0
