"""``companion eval stt``: word error rate and real-time factor on read speech.

A data folder holds audio files and a ``metadata.csv`` of ``id|text|...`` rows
(the LJ Speech layout); the audio for ``id`` is ``wavs/id.wav`` or ``id.<ext>``
anywhere under the folder. Both sides are normalised with Whisper's English
normaliser (case, punctuation, numbers, spelling variants), then compared
with jiwer. Several folders may be given; the figures cover all of them.
"""
from __future__ import annotations

import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .errors import CompanionError
from .transcriber import AudioFileError, Transcriber, load_audio_file

AUDIO_SUFFIXES = (".wav", ".flac", ".mp3", ".ogg", ".m4a")


@dataclass(frozen=True)
class Utterance:
    id: str
    audio: Path
    reference: str


def normalise(text: str) -> str:
    from whisper_normalizer.english import EnglishTextNormalizer

    global _NORMALISER
    try:
        normaliser = _NORMALISER
    except NameError:
        normaliser = _NORMALISER = EnglishTextNormalizer()
    return " ".join(normaliser(text).split())


_SPHINX_LINE = re.compile(r"^(?:<s>)?\s*(.*?)\s*(?:</s>)?\s*\(([^()]+)\)\s*$")


def read_dataset(folder: Path) -> list[Utterance]:
    """LJ Speech layout (metadata.csv of id|text), or CMU Sphinx test data (a
    ``transcription`` file of ``<s> text </s> (id)`` lines)."""
    if not folder.is_dir():
        raise CompanionError(f"{folder} is not a folder")
    audio_by_id = {p.stem: p for p in folder.rglob("*") if p.suffix.lower() in AUDIO_SUFFIXES}
    meta = folder / "metadata.csv"
    sphinx = [p for p in (folder / "transcription", *folder.glob("*.transcription")) if p.exists()]
    if not meta.exists() and sphinx:
        items = []
        for line in sphinx[0].read_text(encoding="utf-8").splitlines():
            m = _SPHINX_LINE.match(line.strip())
            if m and m.group(2) in audio_by_id:
                items.append(Utterance(m.group(2), audio_by_id[m.group(2)], m.group(1)))
        if not items:
            raise CompanionError(f"{sphinx[0]} names no audio file in {folder}")
        return items
    if not meta.exists():
        raise CompanionError(f"{folder} has no metadata.csv (rows of id|text)")
    items = []
    for n, line in enumerate(meta.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("|")
        if len(parts) < 2:
            raise CompanionError(f"{meta} line {n} is not id|text")
        ident, text = parts[0].strip(), parts[1].strip()
        if ident not in audio_by_id:
            raise CompanionError(f"{meta} line {n}: no audio file for {ident!r} in {folder}")
        items.append(Utterance(ident, audio_by_id[ident], text))
    if not items:
        raise CompanionError(f"{meta} lists no utterances")
    return items


def word_error_rate(references: list[str], hypotheses: list[str]) -> dict:
    import jiwer

    refs = [normalise(r) for r in references]
    hyps = [normalise(h) for h in hypotheses]
    pairs = [(r, h) for r, h in zip(refs, hyps) if r]
    out = jiwer.process_words([r for r, _ in pairs], [h for _, h in pairs])
    words = sum(len(r.split()) for r, _ in pairs)
    return {"wer": out.wer, "words": words, "substitutions": out.substitutions,
            "deletions": out.deletions, "insertions": out.insertions}


def run_stt_eval(transcriber: Transcriber, folders: list[Path], report: str | None, label: str = "") -> int:
    items = [u for folder in folders for u in read_dataset(folder)]
    rows, refs, hyps = [], [], []
    audio_s = decode_s = 0.0
    for n, u in enumerate(items, 1):
        try:
            audio = load_audio_file(u.audio)
        except AudioFileError as e:
            print(f"{u.audio}: {e}; skipped", file=sys.stderr)
            continue
        started = time.perf_counter()
        t = transcriber.transcribe(audio)
        elapsed = time.perf_counter() - started
        audio_s += t.audio_s
        decode_s += elapsed
        refs.append(u.reference)
        hyps.append(t.text)
        item_wer = word_error_rate([u.reference], [t.text])["wer"]
        rows.append({"id": u.id, "reference": u.reference, "hypothesis": t.text,
                     "wer": round(item_wer, 4), "audio_s": round(t.audio_s, 2), "decode_s": round(elapsed, 3)})
        print(f"[{n}/{len(items)}] {u.id} WER {item_wer:.2f} ({elapsed:.2f} s)", file=sys.stderr)
    if not rows:
        raise CompanionError("no utterance could be read")
    figures = word_error_rate(refs, hyps)
    decode_times = sorted(r["decode_s"] for r in rows)
    summary = {
        "setting": label,
        "utterances": len(rows),
        "audio_s": round(audio_s, 1),
        **{k: (round(v, 4) if isinstance(v, float) else v) for k, v in figures.items()},
        "real_time_factor": round(decode_s / audio_s, 4) if audio_s else None,
        "decode_p50_s": decode_times[len(decode_times) // 2],
        "decode_max_s": decode_times[-1],
    }
    print(f"Word error rate {figures['wer']:.1%} over {figures['words']} words in {len(rows)} utterances "
          f"({figures['substitutions']} substituted, {figures['deletions']} deleted, "
          f"{figures['insertions']} inserted); real-time factor {summary['real_time_factor']:.3f}, "
          f"decode p50 {summary['decode_p50_s']:.2f} s")
    for r in rows:
        if r["wer"] > 0:
            print(f"  {r['id']}: {r['reference']!r} -> {r['hypothesis']!r}")
    if report:
        Path(report).write_text(json.dumps({"summary": summary, "utterances": rows}, indent=1) + "\n")
    return 0
