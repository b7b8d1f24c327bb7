"""``companion bench risk``: time added to a turn by risk detection.

The turns are read as one conversation, each with the person's two turns
before it, which were read in their turn: what an earlier turn cost (its
own reading, its rules) is not paid again. The learned layer scores the
turn and its joined windows: two where the oldest turn carries some risk of
its own (the worst case), else one. The sentences are ordinary and risky
turns written for this benchmark; ``--windows`` times real turns instead (a
turn of several sentences is read sentence by sentence as well).
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


def conversations_from_windows(path: str) -> list[list[str]]:
    """The person's turns of each window of an ESConv-style file (the input
    of ``reply --jsonl``), oldest first, ending with the turn answered."""
    from ..batch import read_lines, parse_window
    from ..errors import CompanionError

    conversations = []
    for number, line in enumerate(read_lines(path), 1):
        if line.strip():
            try:
                history, text = parse_window(json.loads(line))
            except (ValueError, AttributeError) as e:   # a JSON error is a ValueError
                raise CompanionError(f"{path}, line {number}: not a dialogue window ({e})") from None
            conversations.append([t.text for t in history if t.role == "person"] + [text])
    return conversations


def _time_turns(detector: RiskDetector, conversation: list[str], timed: range) -> list[float]:
    """Each turn read with the two before it, which were read in their turn,
    as they would have been; the turns in ``timed`` are timed."""
    times = []
    detector.forget()
    for i in range(max(0, timed.start - CONTEXT_TURNS), timed.stop):
        earlier = conversation[max(0, i - CONTEXT_TURNS):i]
        t = time.perf_counter()
        detector.assess(earlier, conversation[i])
        if i in timed:
            times.append(time.perf_counter() - t)
    return times


def run_risk_bench(detector: RiskDetector, rounds: int, report: str | None, windows: str | None = None) -> int:
    """Time per turn over the built-in conversation (``rounds`` times), or
    over the last turn of each window in ``windows``: real turns, whose
    length a built-in list cannot stand for."""
    learned = detector.learned
    if windows:
        conversations = conversations_from_windows(windows)
        times = [t for c in conversations for t in _time_turns(detector, c, range(len(c) - 1, len(c)))]
        words = [len(c[-1].split()) for c in conversations]
        source = Path(windows).name
    else:
        times = [t for _ in range(rounds) for t in _time_turns(detector, TURNS, range(len(TURNS)))]
        words = [len(t.split()) for t in TURNS]
        source = "built-in turns"
    ms = np.array(times) * 1000
    result = {"turns": len(times), "source": source, "learned_layer": learned is not None,
              "p50_ms": round(float(np.percentile(ms, 50)), 2), "p95_ms": round(float(np.percentile(ms, 95)), 2),
              "max_ms": round(float(ms.max()), 2),
              "words_per_turn_p50": float(np.percentile(words, 50)), "words_per_turn_p95": float(np.percentile(words, 95))}
    print(f"risk detection per turn (with two earlier turns), {result['turns']} turns of {source}, "
          f"{'rules and learned layer' if result['learned_layer'] else 'rules only'}: "
          f"p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, max {result['max_ms']} ms "
          f"(words per turn p50 {result['words_per_turn_p50']:g}, p95 {result['words_per_turn_p95']:g})")
    if report:
        Path(report).parent.mkdir(parents=True, exist_ok=True)
        Path(report).write_text(json.dumps(result, indent=1) + "\n")
    return 0
