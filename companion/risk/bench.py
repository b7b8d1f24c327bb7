"""``companion bench risk``: time added to a turn by risk detection.

The turns are read as one conversation, each with the person's two turns
before it, which were read in their turn: what an earlier turn cost (its
own reading, its rules) is not paid again. The learned layer scores the
turn and its joined windows: two where the oldest turn carries some risk of
its own (the worst case), else one. The sentences are ordinary and risky turns
written for this benchmark.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np

from .detector import CONTEXT_TURNS, RiskDetector

TURNS = [
    "I've had such a long day at work and my manager keeps piling things on.",
    "honestly I don't know why I bother anymore",
    "my sister hasn't called me back in three weeks and it hurts more than I expected",
    "I can't do this anymore",
    "I wrote a note last night",
    "we went to the park and the kids loved it, it was the first good day in ages",
    "he gets really angry when he drinks and last night he threw a plate at me",
    "i just want to sleep and not wake up tbh",
    "thanks for listening, I think I'll try to sleep now",
    "The thing is, I moved here for him and now I don't know anyone, and every evening is the same.",
]


def run_risk_bench(detector: RiskDetector, rounds: int, report: str | None) -> int:
    t0 = time.perf_counter()
    learned = detector.learned
    load_s = time.perf_counter() - t0
    times = []
    for _ in range(rounds):
        # one conversation from cold: each turn is read with the two before
        # it, which were read in their turn, as they would have been
        detector.forget()
        for i, text in enumerate(TURNS):
            earlier = TURNS[max(0, i - CONTEXT_TURNS):i]
            t = time.perf_counter()
            detector.assess(earlier, text)
            times.append(time.perf_counter() - t)
    ms = np.array(times) * 1000
    result = {"turns": len(times), "learned_layer": learned is not None,
              "p50_ms": round(float(np.percentile(ms, 50)), 2), "p95_ms": round(float(np.percentile(ms, 95)), 2),
              "max_ms": round(float(ms.max()), 2), "wait_for_load_s": round(load_s, 2)}
    print(f"risk detection per turn (with two earlier turns), {result['turns']} turns, "
          f"{'rules and learned layer' if result['learned_layer'] else 'rules only'}: "
          f"p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, max {result['max_ms']} ms")
    if report:
        Path(report).parent.mkdir(parents=True, exist_ok=True)
        Path(report).write_text(json.dumps(result, indent=1) + "\n")
    return 0
