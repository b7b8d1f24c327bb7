"""Text to speech: pyttsx3 driving espeak-ng, rendered to memory.

The companion plays the audio itself (through sounddevice) so that playback
can stop the instant the person speaks; pyttsx3's own playback cannot be
stopped reliably. pyttsx3 quirks handled here (../shared/AUDIO.md): one engine
per process, used from one thread at a time (a lock); its "Audio saved to"
print kept off our stdout. Rate and volume set through ``setProperty`` were
applied one utterance late or not at all (measured: a 120 wpm request came out
at 400 wpm), so they travel inside the text as espeak-ng embedded commands
(``\x01<n>S`` speed, ``\x01<n>A`` amplitude), which apply to exactly that
utterance; the voice is set on the driver directly, only when it changes.
"""
from __future__ import annotations

import contextlib
import io
import os
import re
import threading
import time
import wave
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from .errors import CompanionError
from .sentences import split_sentences
from .voices import VoiceProfile


@dataclass(frozen=True)
class Speech:
    samples: np.ndarray      # int16 mono
    sample_rate: int

    @property
    def seconds(self) -> float:
        return self.samples.size / self.sample_rate


class Synthesizer(Protocol):
    def synthesize(self, text: str, voice: VoiceProfile) -> Speech: ...


class SpeechSynthesisError(CompanionError):
    pass


MIN_SHARE_OF_EXPECTED = 0.4   # of the time the words take at the voice's rate
PIECE_CHARS = 240   # the help-line sentence is about 200 characters; it stays whole
_GAP_S = 0.25        # the pause between pieces, as between sentences


def pieces_to_speak(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """Sentences packed into pieces of at most `limit` characters; a sentence
    longer than that is cut at spaces (or, with no space, anywhere)."""
    pieces: list[str] = []
    current = ""
    for sentence in split_sentences(text) or [text]:
        while len(sentence) > limit:
            cut = sentence.rfind(" ", 0, limit)
            cut = cut if cut > 0 else limit
            head, sentence = sentence[:cut].strip(), sentence[cut:].strip()
            if current:
                pieces.append(current)
                current = ""
            pieces.append(head)
        if current and len(current) + 1 + len(sentence) > limit:
            pieces.append(current)
            current = ""
        current = f"{current} {sentence}".strip()
    if current:
        pieces.append(current)
    return pieces or [text]


def number_pattern(numbers: tuple[str, ...]) -> re.Pattern | None:
    """Any of `numbers`, not as part of a longer number or an amount ("1,000", "9.99")."""
    if not numbers:
        return None
    return re.compile(r"(?<![\d,.])(?:" + "|".join(map(re.escape, numbers)) + r")(?![\d]|[,.]\d)")


def digit_by_digit(text: str, pattern: re.Pattern | None) -> str:
    """Each number `pattern` finds spelled out: "116 123" -> "1, 1, 6; 1, 2, 3",
    which espeak-ng reads one digit at a time."""
    if pattern is None:
        return text

    def spelled(m: re.Match) -> str:
        groups = re.split(r"[ -]+", m.group(0))
        glued_to_word = text[m.end():m.end() + 1].isalpha()   # "1800RESPECT"
        # a short pause after each digit and a longer one between groups, so
        # that the number can be written down as it is heard
        return "; ".join(", ".join(group) for group in groups) + (" " if glued_to_word else "")
    return pattern.sub(spelled, text)


class Pyttsx3Synthesizer:
    def __init__(self, phone_numbers: tuple[str, ...] = ()):
        self._phone_numbers = number_pattern(phone_numbers)   # compiled once, used on every sentence
        try:
            import pyttsx3

            self._engine = pyttsx3.init()
        except Exception as e:
            raise SpeechSynthesisError(f"the speech engine (espeak-ng) cannot start: {e}. "
                                       "Install espeak-ng and libespeak-ng1, or use `companion chat`") from None
        self._lock = threading.Lock()
        self._current_voice: str | None = None
        self._voice_ids = {}
        for v in self._engine.getProperty("voices"):
            self._voice_ids[v.id.lower()] = v.id
            self._voice_ids.setdefault(v.id.lower().split("/")[-1], v.id)
            for lang in getattr(v, "languages", []) or []:
                if isinstance(lang, str):
                    self._voice_ids.setdefault(lang.lower(), v.id)

    def voice_id(self, wanted: str) -> str | None:
        return self._voice_ids.get(wanted.lower())

    def synthesize(self, text: str, voice: VoiceProfile) -> Speech:
        """Long text is spoken a piece at a time: espeak-ng more often returns no
        audio on a long paragraph, and crashed outright on 10,000 words."""
        pieces = pieces_to_speak(digit_by_digit(text, self._phone_numbers))
        if len(pieces) == 1:
            return self._synthesize_piece(pieces[0], voice)
        parts = [self._synthesize_piece(piece, voice) for piece in pieces]
        rate = parts[0].sample_rate
        gap = np.zeros(int(rate * _GAP_S), np.int16)
        joined = [chunk for part in parts for chunk in (part.samples, gap)][:-1]
        return Speech(np.concatenate(joined), rate)

    def _synthesize_piece(self, text: str, voice: VoiceProfile) -> Speech:
        # Control characters in the text could smuggle in embedded commands.
        clean = "".join(ch if ch.isprintable() else " " for ch in text)
        marked = f"\x01{int(voice.rate_wpm)}S\x01{int(round(voice.volume * 100))}A{clean}"
        with self._lock:
            engine = self._engine
            vid = self.voice_id(voice.voice)
            if vid and vid != self._current_voice:
                try:
                    engine.proxy._driver.setProperty("voice", vid)
                except Exception:
                    engine.setProperty("voice", vid)
                self._current_voice = vid
            # espeak-ng renders far faster than real time; on a busy CPU its
            # driver can still be writing after runAndWait returns. Starting a
            # retry while it writes mixed two renderings into one (half the
            # help-line message was lost under load), so each wait is long
            # enough for the text, and a rendering far shorter than the text
            # needs is not trusted.
            expected_s = len(clean.split()) / max(voice.rate_wpm, 1) * 60
            speech = None
            for _attempt in range(3):
                buffer = io.BytesIO()
                with open(os.devnull, "w") as devnull, contextlib.redirect_stdout(devnull):
                    engine.save_to_file(marked, buffer)
                    engine.runAndWait()
                    deadline = time.monotonic() + max(2.0, expected_s)
                    while not buffer.getvalue() and time.monotonic() < deadline:
                        time.sleep(0.02)
                speech = _read_wav(buffer.getvalue())
                if speech is not None and speech.seconds >= MIN_SHARE_OF_EXPECTED * expected_s:
                    break
        if speech is None or speech.seconds == 0:
            raise SpeechSynthesisError("the speech engine produced no audio")
        return speech


def _read_wav(data: bytes) -> Speech | None:
    if not data:
        return None
    try:
        with wave.open(io.BytesIO(data)) as w:
            rate = w.getframerate()
            frames = w.readframes(w.getnframes())
            channels = w.getnchannels()
    except (wave.Error, EOFError):
        return None
    samples = np.frombuffer(frames, dtype=np.int16)
    if channels > 1:
        samples = samples.reshape(-1, channels).mean(axis=1).astype(np.int16)
    return Speech(samples.copy(), rate)


def write_wav(path, speech: Speech) -> None:
    # The file is opened first: wave.open(path) on a bad path leaves a broken
    # object whose clean-up prints a traceback after our error line.
    with open(path, "wb") as f, wave.open(f, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(speech.sample_rate)
        w.writeframes(speech.samples.astype("<i2").tobytes())
