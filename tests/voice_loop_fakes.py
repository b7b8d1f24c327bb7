"""Fake devices and models for the voice loop's tests: no sound card, no Whisper."""
import numpy as np

from companion.synthesis import Speech
from companion.transcriber import Transcript

FRAME = 512


class FakeMic:
    failed = None
    input_delay = 0.0

    def read(self, timeout=0.1):
        return None


class FakeSpeaker:
    """Plays instantly unless ``hold`` is set; then items wait until ``finish()``."""

    def __init__(self, hold=False):
        self.hold, self.paused = hold, False
        self.items, self.played = [], []
        self.last_sound_at = -100.0
        self.failed = None
        self.output_delay = 0.0

    def enqueue(self, item):
        self.items.append(item)
        if not self.paused:
            self._start(item)
        if not self.hold:
            self.items.remove(item)

    def _start(self, item):
        if item.started_at is None:
            item.started_at = 1.0
            self.played.append(item.text)
            item.on_start(item)

    @property
    def active(self):
        return bool(self.items) and not self.paused

    def held(self):
        return list(self.items)

    def pause(self):
        self.paused = True

    def resume(self):
        self.paused = False
        for item in self.items:
            self._start(item)

    def clear(self):
        self.items, self.paused = [], False

    def recent_level(self, window_s=0.6):
        return 0.05 if self.active else 0.0

    def sounding_for(self):
        return 5.0 if self.active else 0.0

    def finish(self):
        self.items = []


class FakeVAD:
    def probability(self, frame):
        return 0.95 if np.abs(frame).mean() > 1000 else 0.01

    def reset(self):
        pass


class FakeTranscriber:
    """Each utterance is heard as the next scripted text; None means noise, not
    speech; UNCLEAR means words were decoded but not trusted (babble)."""

    def __init__(self, texts):
        self.texts = list(texts)
        self.calls = 0

    def transcribe(self, audio):
        self.calls += 1
        text = self.texts.pop(0) if self.texts else None
        if text is UNCLEAR:
            return Transcript("Thank you so much for watching.", 0.4, -1.2, audio.size / 16000, 0.01, False, True)
        return Transcript(text or "you", 0.1 if text else 0.95, -0.2 if text else -2.0, audio.size / 16000, 0.01,
                          text is not None)


UNCLEAR = object()


class FakeSynth:
    def __init__(self):
        self.voices = []

    def synthesize(self, text, voice):
        self.voices.append(voice)
        return Speech(np.zeros(int(len(text) * 16000 / voice.rate_wpm), np.int16), 16000)
