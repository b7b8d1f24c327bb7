"""Speech-like sound with no words must give no transcript; real speech must.

Builds a set at run time (espeak-ng, sox, Debian's pocketsphinx-testdata):
- words: 16 sentences in 16 espeak-ng voices, the same with pink noise over
  them, and 5 LibriVox clips of a human reader;
- no words: each of those reversed, and babble (4 to 6 voices at once, or
  reversed voices mixed).
Each clip goes through the transcriber as a spoken turn does, and the figures
say how many of each kind were trusted, marked unclear, or dropped.

    .venv/bin/python benchmark/no_words.py [--out benchmark/results/no_words.json]

Caveats: synthetic voices and one human reader; the thresholds were chosen on
the first 8 sentences (set "a"), the second 8 (set "b") came after.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from companion.transcriber import (TRUSTED_FROM, TranscriberOptions, WhisperTranscriber,  # noqa: E402
                                   compression_ratio, load_audio_file)

LIBRIVOX = Path("/usr/share/pocketsphinx/test/data/librivox")
SET_A = ["I went to the shop this morning and bought some bread", "my sister called me last night about the holiday",
         "the weather has been awful all week long", "we should meet for coffee sometime next month",
         "he never told me why he left the job", "the train was late again so I missed the meeting",
         "I think the garden needs a lot of work this spring", "she laughed when I told her about the cat"]
SET_B = ["I haven't slept properly since my dad went into hospital",
         "my boss keeps moving the deadline and I can't keep up", "we had a lovely walk by the river on sunday",
         "I don't really know why I feel so flat today", "the kids were up all night with a cough",
         "I keep thinking about what she said at dinner", "nobody at work seems to notice how tired I am",
         "I finally rang my brother after three months"]
VOICES = ["en-us", "en-gb", "en-us+f3", "en-gb+m3", "en-us+m7", "en-gb+f2", "en-us+f4", "en-gb+m5",
          "en-gb+m2", "en-us+f1", "en-gb+f4", "en-us+m4", "en-gb+m6", "en-us+f5", "en-gb", "en-us+m1"]


def sh(*args: str) -> None:
    subprocess.run(args, check=True, capture_output=True)


def build(folder: Path) -> list[tuple[str, str, Path]]:
    """(set, kind, path) for every clip; kind is 'words' or 'no words'."""
    clips = []
    for i, (text, voice) in enumerate(zip(SET_A + SET_B, VOICES)):
        tag = "a" if i < len(SET_A) else "b"
        raw, fwd = folder / f"raw{i}.wav", folder / f"fwd{i}.wav"
        sh("espeak-ng", "-v", voice, "-s", "155", "-w", str(raw), text)
        sh("sox", str(raw), "-r", "16000", "-c", "1", str(fwd))
        seconds = subprocess.run(["soxi", "-D", str(fwd)], capture_output=True, text=True).stdout.strip()
        noise, noisy, rev = folder / f"n{i}.wav", folder / f"noisy{i}.wav", folder / f"rev{i}.wav"
        sh("sox", "-n", "-r", "16000", "-c", "1", str(noise), "synth", seconds, "pinknoise", "vol", "0.08")
        sh("sox", "-m", str(fwd), str(noise), str(noisy))
        sh("sox", str(fwd), str(rev), "reverse")
        clips += [(tag, "words", fwd), (tag, "words", noisy), (tag, "no words", rev)]
    n = len(VOICES)
    for k in range(8):
        tag = "a" if k < 4 else "b"
        group = [folder / f"fwd{(k + j * 2 + 1) % n}.wav" for j in range(4 + k % 3)]
        babble = folder / f"babble{k}.wav"
        sh("sox", "-m", *map(str, group), str(babble))
        mixed = folder / f"revbabble{k}.wav"
        sh("sox", "-m", str(folder / f"rev{k}.wav"), str(folder / f"rev{(k + 5) % n}.wav"), str(mixed))
        clips += [(tag, "no words", babble), (tag, "no words", mixed)]
    for i, wav in enumerate(sorted(LIBRIVOX.glob("*.wav"))):
        human, rev = folder / f"human{i}.wav", folder / f"humanrev{i}.wav"
        sh("sox", str(wav), "-r", "16000", "-c", "1", str(human))
        sh("sox", str(human), str(rev), "reverse")
        clips += [("a", "words", human), ("a", "no words", rev)]
    return clips


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "benchmark" / "results" / "no_words.json"))
    args = parser.parse_args()
    transcriber = WhisperTranscriber(TranscriberOptions())
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for tag, kind, path in build(Path(tmp)):
            t = transcriber.transcribe(load_audio_file(path))
            outcome = "trusted" if t.is_speech else "unclear" if t.unclear else "dropped"
            rows.append({"set": tag, "kind": kind, "clip": path.stem, "outcome": outcome,
                         "avg_logprob": round(t.avg_logprob, 3), "no_speech_prob": round(t.no_speech_prob, 3),
                         "compression_ratio": round(compression_ratio(t.text), 2), "text": t.text})
    summary = {}
    for tag in ("a", "b"):
        for kind in ("words", "no words"):
            chosen = [r for r in rows if r["set"] == tag and r["kind"] == kind]
            summary[f"{tag}: {kind}"] = {o: sum(r["outcome"] == o for r in chosen)
                                         for o in ("trusted", "unclear", "dropped")}
    for key, counts in summary.items():
        print(f"{key:<12} {counts}")
    report = {"method": __doc__.strip().splitlines()[0], "model": "tiny.en int8", "trusted_from": TRUSTED_FROM,
              "summary": summary, "clips": rows}
    Path(args.out).write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
