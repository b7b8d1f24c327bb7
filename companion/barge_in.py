"""Telling the person's voice from the companion's own, while it speaks.

The loop is half-duplex: while the companion speaks, the microphone is not
turned into utterances. It is only watched for barge-in, and a microphone
near a loudspeaker hears the companion itself, so speech-likeness alone is
not enough. ``BargeInDetector`` also requires the microphone to be clearly
louder than the echo expected from what is being played right now; the echo
gain is learned while the companion speaks (fast down, slow up), so with
headphones (no echo) a soft voice interrupts, and with loud speakers the
companion's own voice does not.

``is_own_echo`` is the second line of defence, after playback ends: a
transcript made of the words the companion just said is its own voice
coming back, not the person.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np


def rms(frame: np.ndarray) -> float:
    x = frame.astype(np.float32)
    if frame.dtype == np.int16:
        x /= 32768.0
    return float(np.sqrt(np.mean(x * x))) if x.size else 0.0


@dataclass
class BargeInSettings:
    threshold: float = 0.6       # speech probability
    frames_needed: int = 4       # consecutive frames: 128 ms
    echo_margin: float = 2.0     # the mic must be this much louder than the expected echo
    noise_floor: float = 0.003
    initial_echo_gain: float = 1.0


class BargeInDetector:
    def __init__(self, settings: BargeInSettings = BargeInSettings()):
        self.settings = settings
        self.echo_gain = settings.initial_echo_gain
        self._run = 0

    def reset_run(self) -> None:
        self._run = 0

    def update(self, probability: float, mic_level: float, playback_level: float) -> bool:
        """One frame while the companion speaks; True when the person is barging in."""
        s = self.settings
        expected_echo = self.echo_gain * playback_level
        louder = mic_level > s.echo_margin * expected_echo + s.noise_floor
        speechy = probability >= s.threshold
        if playback_level > 0.005:
            ratio = mic_level / playback_level
            if ratio < self.echo_gain:
                self.echo_gain += 0.3 * (ratio - self.echo_gain)
            elif not (speechy and louder):
                self.echo_gain += 0.02 * (ratio - self.echo_gain)
        self._run = self._run + 1 if speechy and louder else 0
        return self._run >= s.frames_needed


_WORD = re.compile(r"[a-z']+")


def is_own_echo(heard: str, recently_said: str, min_words: int = 3, overlap: float = 0.75) -> bool:
    heard_words = _WORD.findall(heard.lower())
    said = set(_WORD.findall(recently_said.lower()))
    if len(heard_words) < min_words or not said:
        return False
    return sum(w in said for w in heard_words) / len(heard_words) >= overlap
