"""How long the guard takes on 200 KB of text (issue: linear, under a second).

    .venv/bin/python benchmark/guard_long_input.py [--out benchmark/results/guard_long_input.json]

Method: three 200,000-character inputs (a mild sentence repeated, an
instruction repeated, and plain words in random order with no punctuation),
each checked five times with the rules alone (the default guard); the
figure is the median. Caveats: one 2-core machine; nothing else running.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from companion.guard import Guard  # noqa: E402

SIZE = 200_000


def inputs() -> dict[str, str]:
    rng = random.Random(1)
    words = "I hear you and it sounds like a hard week with work and family and sleep".split()
    repeat = lambda base: (base * (SIZE // len(base) + 1))[:SIZE]  # noqa: E731
    return {"mild sentence repeated": repeat("i hear you and that sounds hard and "),
            "instruction repeated": repeat("you should, try this; ok "),
            "random words, no punctuation": " ".join(rng.choice(words) for _ in range(SIZE // 3))[:SIZE]}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=None)
    args = parser.parse_args()
    guard = Guard()
    figures = {}
    for name, text in inputs().items():
        times = []
        for _ in range(5):
            start = time.perf_counter()
            guard.check(text)
            times.append(time.perf_counter() - start)
        figures[name] = round(statistics.median(times), 3)
        print(f"{name}: median {figures[name]:.3f} s over 5 checks of {len(text):,} characters")
    if args.out:
        Path(args.out).write_text(json.dumps({"method": __doc__, "median_s": figures}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
