"""`companion bench soak`: many turns in one process, to see drift.

The real reply path (risk detection, reflection, the model, the guard) runs
turn after turn over a long conversation, as a person up all night would
have it. Printed: resident memory at the start, after warm-up, in the middle
and at the end; the time to the first sentence and to the whole reply, p50
and p95, for each quarter of the run; and every error. Speech devices are
not involved (`bench latency` measures those).
"""
from __future__ import annotations

import json
import time
from pathlib import Path
from typing import TextIO

import numpy as np

from .conversation import Conversation

# Varied turns, written for this benchmark: ordinary, sad, short, long, a
# question to the companion, a goodbye, thanks. Cycled through.
TURNS = (
    "I had a really long day at work and I'm shattered.",
    "my sister still hasn't called me back",
    "I don't know, it's just everything at once lately.",
    "We had a row about money again last night and I said things I regret.",
    "thanks, that helps a bit",
    "Do you ever get lonely?",
    "I keep thinking about my dad, it's a year tomorrow since he died.",
    "The new job is fine I guess but nobody really talks to me.",
    "ok",
    "I tried going for a walk like people say but it didn't do much.",
    "My landlord wants us out by March and I have nowhere lined up.",
    "I used to love painting but I haven't picked up a brush in months.",
    "what do you think I should do about my friend who keeps cancelling?",
    "I'm just tired of pretending everything's fine at home.",
    "It's 3am and I can't sleep again.",
    "I think I'll try to get some sleep now, goodnight.",
)
WARM_UP = 10


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def run_soak(responder, turns: int, out: TextIO, report: str | None = None, history_turns: int = 12) -> int:
    rss = {"start": rss_mb()}
    conversation = Conversation()
    first_s, total_s, errors = [], [], []
    for n in range(turns):
        text = TURNS[n % len(TURNS)]
        history = conversation.recent(history_turns)
        conversation.add("person", text)
        start = time.perf_counter()
        first = None
        try:
            stream = responder.respond(history, text)
            for _sentence in stream:
                if first is None:
                    first = time.perf_counter() - start
            reply = stream.reply
            if reply.error:
                errors.append(f"turn {n + 1}: {reply.error}")
            if not reply.sentences:
                errors.append(f"turn {n + 1}: no sentence")
            conversation.add("companion", reply.text)
        except Exception as e:   # a benchmark reports errors, it does not stop at one
            errors.append(f"turn {n + 1}: {type(e).__name__}: {e}")
        total_s.append(time.perf_counter() - start)
        first_s.append(first if first is not None else float("nan"))
        if n + 1 == WARM_UP:
            rss["after_warm_up"] = rss_mb()
        if n + 1 == turns // 2:
            rss["middle"] = rss_mb()
    rss["end"] = rss_mb()
    quarters = []
    for q in range(4):
        lo, hi = q * turns // 4, (q + 1) * turns // 4
        f, t = np.array(first_s[lo:hi]), np.array(total_s[lo:hi])
        quarters.append({"turns": f"{lo + 1}-{hi}", "first_p50_s": round(float(np.nanpercentile(f, 50)), 3),
                         "first_p95_s": round(float(np.nanpercentile(f, 95)), 3),
                         "total_p50_s": round(float(np.percentile(t, 50)), 3),
                         "total_p95_s": round(float(np.percentile(t, 95)), 3)})
    warm = rss.get("after_warm_up", rss["start"])
    growth = (rss["end"] - warm) / warm if warm else float("nan")
    result = {"turns": turns, "rss_mb": {k: round(v, 1) for k, v in rss.items()},
              "rss_growth_after_warm_up": round(growth, 4), "quarters": quarters, "errors": errors}
    out.write(f"soak: {turns} turns through the reply path (history of {history_turns} turns)\n")
    out.write("  RSS MB: " + ", ".join(f"{k} {v:.0f}" for k, v in rss.items())
              + f"; growth after warm-up {growth * 100:+.1f}%\n")
    for q in quarters:
        out.write(f"  turns {q['turns']:>9}: first sentence p50 {q['first_p50_s']:.3f} s, p95 {q['first_p95_s']:.3f} s;"
                  f" whole reply p50 {q['total_p50_s']:.3f} s, p95 {q['total_p95_s']:.3f} s\n")
    out.write(f"  errors: {len(errors)}\n" + "".join(f"    {e}\n" for e in errors[:20]))
    if report:
        Path(report).write_text(json.dumps(result, indent=1) + "\n")
    return 0 if not errors else 1
