"""``companion bench latency``: end of speech to first reply audio, through the real loop.

Starts its own virtual sound card (``virtual_soundcard.py``), runs ``companion
talk`` as a separate process with the active configuration, speaks each
phrase into the virtual microphone and waits for the reply. Times come from
two sides, on the one system-wide monotonic clock:

- end of speech: when the last voiced sample of the phrase entered the
  virtual microphone (this process started ``paplay`` and knows where the
  phrase's speech ends in the file);
- the loop's own stages (``--timings`` of ``talk``): endpoint decided,
  transcript ready, first guarded sentence, first sentence synthesised, first
  reply audio handed to the sound system plus the output delay PortAudio
  reports.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import wave
from pathlib import Path

import numpy as np

from .config import Config
from .errors import CompanionError
from .run_options import LatencyBenchOptions
from .virtual_soundcard import VirtualSoundCard

PHRASES = [
    "I have been feeling really lonely since I moved to a new city.",
    "My sister and I had a big fight last weekend and we have not spoken since.",
    "I lost my job on Friday and I do not know how to tell my family.",
    "I can't sleep at night because I keep thinking about my exams.",
    "My dog died last month and the house feels so empty now.",
    "Work has been really stressful and I feel like nobody notices how hard I try.",
    "I started a new course and I don't know anyone there yet.",
    "My mum is in hospital and I am worried about her all the time.",
    "I keep comparing myself to my friends and I feel like I am falling behind.",
    "I feel tired all the time, even when I do nothing.",
    # nothing to turn round: read speech, a bare answer, a question back
    "has never been surpassed.",
    "The train was late again this morning.",
    "Yes, all of it.",
    "What do you think?",
    "In the spring, I suppose.",
]


def _percentile(values: list[float], q: float) -> float | None:
    return float(np.percentile(values, q)) if values else None


def _speech_end_s(path: Path) -> tuple[float, float]:
    """(seconds of the file, where the last voiced sample is)."""
    with wave.open(str(path)) as w:
        rate = w.getframerate()
        audio = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16)
    loud = np.nonzero(np.abs(audio) > 500)[0]
    end = (loud[-1] + 1) / rate if loud.size else audio.size / rate
    return audio.size / rate, end


def _peak_rss_mb(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    except OSError:
        pass
    return None


def _make_phrases(folder: Path) -> list[Path]:
    out = []
    for i, text in enumerate(PHRASES):
        raw, wav = folder / f"p{i}.raw.wav", folder / f"p{i}.wav"
        subprocess.run(["espeak-ng", "-v", "en-us", "-s", "165", "-w", str(raw), text], check=True)
        subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", str(wav), "pad", "0", "0.3"], check=True)
        out.append(wav)
    return out


def _start_talk(cfg: Config, env: dict, timings_path: Path) -> tuple[subprocess.Popen, list[str]]:
    """``companion talk`` in its own process, and the lines it prints as they come."""
    config_args = ["--config", cfg.source] if cfg.source and cfg.source != "built-in defaults" else []
    proc = subprocess.Popen([sys.executable, "-m", "companion", *config_args, "talk", "--no-typing",
                             "--timings", str(timings_path)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    lines: list[str] = []

    def read():
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))
    threading.Thread(target=read, daemon=True).start()
    return proc, lines


def _wait_listening(proc: subprocess.Popen, lines: list[str], started: float) -> float:
    """Seconds from launch until the loop listens."""
    while not any(l.startswith("[Listening") for l in lines):
        if proc.poll() is not None or time.monotonic() - started > 180:
            raise CompanionError("companion talk did not start: " + " | ".join(lines[-5:]))
        time.sleep(0.05)
    return time.monotonic() - started


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _time_turn(wav: Path, timings_path: Path, env: dict) -> dict | None:
    """Speak one phrase into the virtual microphone; its stages after the end
    of speech, or None when no reply came within 60 s."""
    before = len(timings_path.read_text().splitlines()) if timings_path.exists() else 0
    _, voiced_end = _speech_end_s(wav)
    t0 = time.monotonic()
    subprocess.run(["paplay", "--device=micfeed", "--latency-msec=20", str(wav)], env=env, check=True)
    speech_end = t0 + voiced_end
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        rows = timings_path.read_text().splitlines() if timings_path.exists() else []
        if len(rows) > before:
            row = json.loads(rows[before])
            break
        time.sleep(0.05)
    else:
        return None
    # The loop reports its stages relative to its own estimate of the
    # end of speech; shift them onto the externally known one.
    offset = row["loop_speech_end"] - speech_end
    stage = {k: (None if row[k] is None else round(row[k] + offset, 3))
             for k in ("endpoint_s", "transcribed_s", "first_sentence_s", "synthesized_s", "first_audio_s")}
    stage["heard"] = row["text"]
    return stage


def _summary(results: list[dict], ready_s: float, peak_rss_mb: int | None) -> dict:
    totals = [r["first_audio_s"] for r in results if r["first_audio_s"] is not None]
    return {
        "turns": len(results),
        "p50_s": _percentile(totals, 50),
        "p90_s": _percentile(totals, 90),
        "stages_p50_s": {k: _percentile([r[k] for r in results if r[k] is not None], 50)
                         for k in ("endpoint_s", "transcribed_s", "first_sentence_s", "synthesized_s")},
        "listening_after_launch_s": round(ready_s, 2),
        "peak_rss_mb": peak_rss_mb,
        "per_turn": results,
    }


def _print_summary(summary: dict, answered: int, ready_s: float) -> None:
    st = summary["stages_p50_s"]
    print(f"End of speech -> first reply audio over {answered} turns: p50 {summary['p50_s']:.2f} s, "
          f"p90 {summary['p90_s']:.2f} s. Stage p50s after end of speech: endpoint {st['endpoint_s']:.2f} s, "
          f"transcript {st['transcribed_s']:.2f} s, first sentence {st['first_sentence_s']:.2f} s, "
          f"synthesised {st['synthesized_s']:.2f} s. Listening {ready_s:.1f} s "
          f"after launch; peak memory of the talk process {summary['peak_rss_mb']} MB.")


def run_latency_bench(cfg: Config, options: LatencyBenchOptions) -> int:
    say = (lambda *a: None) if options.json else (lambda *a: print(*a, file=sys.stderr, flush=True))
    work = Path(tempfile.mkdtemp(prefix="companion-bench-"))
    audio = [Path(a) for a in options.audio] if options.audio else _make_phrases(work)
    for a in audio:
        if not a.exists():
            raise CompanionError(f"no such audio file: {a}")
    turns = [audio[i % len(audio)] for i in range(options.turns)]
    timings_path = work / "timings.jsonl"
    results = []
    with VirtualSoundCard() as card:
        env = {**os.environ, **card.env, "XDG_DATA_HOME": str(work / "data")}
        started = time.monotonic()
        proc, lines = _start_talk(cfg, env, timings_path)
        try:
            ready_s = _wait_listening(proc, lines, started)
            say(f"Listening {ready_s:.1f} s after launch")
            time.sleep(14)   # the introduction plays out
            for n, wav in enumerate(turns, 1):
                stage = _time_turn(wav, timings_path, env)
                if stage is None:
                    say(f"turn {n}: no reply within 60 s")
                    continue
                results.append(stage)
                say(f"turn {n}: end of speech -> first reply audio {stage['first_audio_s']:.2f} s "
                    f"(endpoint {stage['endpoint_s']:.2f}, transcript {stage['transcribed_s']:.2f}, "
                    f"first sentence {stage['first_sentence_s']:.2f}) heard: {stage['heard']!r}")
                # Let the reply play out before the next turn.
                time.sleep(12)
            peak_rss_mb = _peak_rss_mb(proc.pid)
        finally:
            _stop(proc)
    summary = _summary(results, ready_s, peak_rss_mb)
    if options.report:
        Path(options.report).write_text(json.dumps(summary, indent=1) + "\n")
    if options.json:
        print(json.dumps(summary))
        return 0
    answered = sum(r["first_audio_s"] is not None for r in results)
    if not answered:
        print("No turn got a reply.")
        return 1
    _print_summary(summary, answered, ready_s)
    return 0
