"""Endpointing: from per-frame speech probabilities to whole utterances.

A pure state machine (no devices, no models), fed one 32 ms frame and its
voice-activity probability at a time:

- speech starts after ``start_ms`` of consecutive speech frames; the
  ``pre_roll_ms`` of audio before that is kept, so first words are not lost;
- the utterance ends after ``end_silence_ms`` without speech (hysteresis: a
  frame counts as silence only below ``release``, so soft word endings do not
  end it);
- bursts shorter than ``min_speech_ms`` of speech (a cough, a click, a door)
  are dropped, not transcribed;
- an utterance that runs past ``max_utterance_s`` is cut there and the next
  one begins, so nothing is ever dropped for being long.

Relaxed mode waits much longer before deciding the person has finished:
default endpointers cut off about a quarter of the utterances of people who
stutter, and many people pause to think.
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import numpy as np

from .audio_format import FRAME_MS


@dataclass(frozen=True)
class EndpointerSettings:
    threshold: float = 0.5
    release: float = 0.35
    start_ms: int = 96
    end_silence_ms: int = 500
    pre_roll_ms: int = 320
    min_speech_ms: int = 200
    max_utterance_s: float = 30.0


@dataclass(frozen=True)
class SpeechStarted:
    at_s: float


@dataclass(frozen=True)
class UtteranceEnded:
    audio: np.ndarray        # int16, pre-roll included
    speech_s: float          # how much of it was speech
    started_at_s: float
    speech_ended_at_s: float  # the end of the last speech frame
    ended_at_s: float         # when the endpoint was decided


@dataclass(frozen=True)
class UtteranceDiscarded:
    reason: str
    at_s: float


Event = SpeechStarted | UtteranceEnded | UtteranceDiscarded


def _frames(ms: float) -> int:
    return max(1, int(round(ms / FRAME_MS)))


class Endpointer:
    def __init__(self, settings: EndpointerSettings = EndpointerSettings()):
        self.settings = settings
        self.frames_seen = 0
        self.reset()

    def reset(self) -> None:
        s = self.settings
        self._pre_roll: deque[np.ndarray] = deque(maxlen=_frames(s.pre_roll_ms) + _frames(s.start_ms))
        self._candidate = 0            # consecutive speech frames while idle
        self._collecting: list[np.ndarray] | None = None
        self._speech_frames = 0
        self._silence_run = 0
        self._started_at = 0.0
        self._last_speech_end = 0.0

    @property
    def pre_roll_frames(self) -> int:
        return _frames(self.settings.pre_roll_ms)

    @property
    def in_speech(self) -> bool:
        return self._collecting is not None

    def now_s(self) -> float:
        return self.frames_seen * FRAME_MS / 1000

    def push(self, frame: np.ndarray, probability: float) -> list[Event]:
        s = self.settings
        self.frames_seen += 1
        now = self.now_s()
        events: list[Event] = []
        if self._collecting is None:
            self._pre_roll.append(frame)
            self._candidate = self._candidate + 1 if probability >= s.threshold else 0
            if self._candidate >= _frames(s.start_ms):
                self._collecting = list(self._pre_roll)
                self._pre_roll.clear()
                self._speech_frames = self._candidate
                self._silence_run = 0
                self._started_at = now - self._candidate * FRAME_MS / 1000
                self._last_speech_end = now
                events.append(SpeechStarted(self._started_at))
            return events

        self._collecting.append(frame)
        if probability >= s.release:
            self._silence_run = 0
            if probability >= s.threshold:
                self._speech_frames += 1
            self._last_speech_end = now
        else:
            self._silence_run += 1
        too_long = len(self._collecting) * FRAME_MS / 1000 >= s.max_utterance_s
        if self._silence_run >= _frames(s.end_silence_ms) or too_long:
            events.append(self._finish(now))
        return events

    def flush(self) -> Event | None:
        """End the utterance now (push-to-talk released, session ending)."""
        if self._collecting is None:
            self.reset()
            return None
        return self._finish(self.now_s())

    def _finish(self, now: float) -> Event:
        speech_s = self._speech_frames * FRAME_MS / 1000
        frames = self._collecting or []
        started, last_end = self._started_at, self._last_speech_end
        self.reset()
        if speech_s * 1000 < self.settings.min_speech_ms:
            return UtteranceDiscarded("too short to be speech", now)
        return UtteranceEnded(np.concatenate(frames).astype(np.int16), speech_s, started, last_end, now)
