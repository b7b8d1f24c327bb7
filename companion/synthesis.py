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
import threading
import time
import wave
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from .errors import CompanionError
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


class Pyttsx3Synthesizer:
    def __init__(self):
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
            data = b""
            for _attempt in range(3):
                buffer = io.BytesIO()
                with open(os.devnull, "w") as devnull, contextlib.redirect_stdout(devnull):
                    engine.save_to_file(marked, buffer)
                    engine.runAndWait()
                    # espeak-ng's driver can finish writing just after
                    # runAndWait returns, more often on a busy CPU: wait for it
                    # a little, then try again, rather than say nothing.
                    deadline = time.monotonic() + 1.0
                    while not buffer.getvalue() and time.monotonic() < deadline:
                        time.sleep(0.02)
                data = buffer.getvalue()
                if data:
                    break
        if not data:
            raise SpeechSynthesisError("the speech engine produced no audio")
        with wave.open(io.BytesIO(data)) as w:
            rate = w.getframerate()
            frames = w.readframes(w.getnframes())
            channels = w.getnchannels()
        samples = np.frombuffer(frames, dtype=np.int16)
        if channels > 1:
            samples = samples.reshape(-1, channels).mean(axis=1).astype(np.int16)
        return Speech(samples.copy(), rate)


def write_wav(path, speech: Speech) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(speech.sample_rate)
        w.writeframes(speech.samples.astype("<i2").tobytes())
