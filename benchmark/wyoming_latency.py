"""Time from a satellite's audio-stop to the first audio-chunk of the reply,
through `companion serve`, with asr, handle and tts chained as Home
Assistant chains them: one connection for each request, each started when the
one before has answered.

    .venv/bin/python benchmark/wyoming_latency.py [--turns 10] [--out benchmark/results/wyoming_latency.json]

Method: the server runs in this process on a loopback port with the default
configuration (Whisper tiny.en behind Silero; replies by feeling, so no
chat model; espeak-ng). Each phrase is made with espeak-ng at 22,050 Hz and
streamed in 1,024-sample chunks, as a satellite would; the clock starts when
audio-stop has been written. Stages: asr (audio-stop → transcript), handle
(transcript → handled, a whole reply: Home Assistant's Wyoming conversation
client takes one handled event, not a stream), tts (synthesize → first
audio-chunk, the first sentence only).

Caveats: loopback, no network; synthetic speech; the client and server share
the two cores. Home Assistant adds its own hops (satellite → Home Assistant →
server), not measured here.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from wyoming.asr import Transcript  # noqa: E402
from wyoming.audio import AudioChunk, AudioStart, AudioStop  # noqa: E402
from wyoming.client import AsyncTcpClient  # noqa: E402
from wyoming.handle import Handled  # noqa: E402
from wyoming.tts import Synthesize  # noqa: E402

from companion.cli import _build_responder  # noqa: E402
from companion.config import load_config  # noqa: E402
from companion.serving import build_stages  # noqa: E402
from companion.wyoming_server import CompanionServer, ServerThread  # noqa: E402

PHRASES = ["I had a really rough day at work and my manager shouted at me.",
           "I miss my mum, it's been a year since she died.",
           "My friends have stopped inviting me out and I feel left behind.",
           "I can't sleep because I keep worrying about money.",
           "My son won't talk to me since the divorce.",
           "I finally went for a walk today, first time in weeks.",
           "I'm nervous about starting my new job on Monday.",
           "My partner and I keep arguing about the housework.",
           "I feel like nobody notices how hard I'm trying.",
           "The exam results come out tomorrow and I feel sick."]


def spoken(text: str, folder: Path) -> tuple[bytes, int]:
    path = folder / "phrase.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "160", "-w", str(path), text], check=True)
    with wave.open(str(path)) as w:
        rate, pcm = w.getframerate(), w.readframes(w.getnframes())
    quiet = np.zeros(rate // 2, np.int16).tobytes()
    return quiet + pcm + quiet, rate


async def one_turn(uri: str, pcm: bytes, rate: int, n: int) -> dict:
    async with AsyncTcpClient.from_uri(uri) as asr:
        await asr.write_event(AudioStart(rate=rate, width=2, channels=1).event())
        for at in range(0, len(pcm), 2048):
            await asr.write_event(AudioChunk(rate=rate, width=2, channels=1, audio=pcm[at:at + 2048]).event())
        await asr.write_event(AudioStop().event())
        stop = time.perf_counter()
        while not Transcript.is_type((event := await asr.read_event()).type):
            pass
    text = Transcript.from_event(event).text
    heard = time.perf_counter()
    async with AsyncTcpClient.from_uri(uri) as handle:
        await handle.write_event(Transcript(text=text, context={"conversation_id": f"bench-{n}"}).event())
        while not Handled.is_type((event := await handle.read_event()).type):
            pass
    reply = Handled.from_event(event).text
    handled = time.perf_counter()
    async with AsyncTcpClient.from_uri(uri) as tts:
        await tts.write_event(Synthesize(text=reply).event())
        while not AudioChunk.is_type((await tts.read_event()).type):
            pass
    first_audio = time.perf_counter()
    return {"heard": text, "reply": reply, "asr_s": heard - stop, "handle_s": handled - heard,
            "tts_first_chunk_s": first_audio - handled, "total_s": first_audio - stop}


def summary(values: list[float]) -> dict:
    ordered = sorted(values)
    return {"p50": round(statistics.median(ordered), 3),
            "p90": round(ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))], 3),
            "max": round(ordered[-1], 3)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=10)
    parser.add_argument("--out", help="write the figures as JSON here")
    args = parser.parse_args()
    cfg = load_config()
    cfg.conversation.save_transcripts = False
    responder = _build_responder(cfg)
    responder.warm()
    server = CompanionServer(build_stages(cfg, responder), cfg.serve, None)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        uri = f"tcp://127.0.0.1:{s.getsockname()[1]}"
    turns = []
    with ServerThread(server, uri), tempfile.TemporaryDirectory() as tmp:
        pcm, rate = spoken("Hello there.", Path(tmp))
        asyncio.run(one_turn(uri, pcm, rate, -1))   # warm-up, not counted
        for n in range(args.turns):
            pcm, rate = spoken(PHRASES[n % len(PHRASES)], Path(tmp))
            turns.append(asyncio.run(one_turn(uri, pcm, rate, n)))
            t = turns[-1]
            print(f"{t['total_s']:.2f} s (asr {t['asr_s']:.2f}, handle {t['handle_s']:.2f}, "
                  f"tts {t['tts_first_chunk_s']:.2f}): {t['heard']!r} -> {t['reply']!r}", flush=True)
    figures = {stage: summary([t[stage] for t in turns]) for stage in ("total_s", "asr_s", "handle_s",
                                                                      "tts_first_chunk_s")}
    print(json.dumps(figures, indent=1))
    if args.out:
        Path(args.out).write_text(json.dumps({"method": __doc__, "figures": figures, "turns": turns},
                                             indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
