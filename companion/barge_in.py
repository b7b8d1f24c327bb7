"""Telling the person's voice from the companion's own, while it speaks.

The loop is half-duplex: while the companion speaks, the microphone is not
turned into utterances. It is only watched for barge-in, and a microphone
near a loudspeaker hears the companion itself, so speech-likeness alone is
not enough. ``BargeInDetector`` also requires the microphone to be clearly
louder than the echo expected from what is being played right now; the echo
gain is measured while the companion speaks, so with headphones a soft voice
interrupts, and with loud speakers the companion's own voice does not.

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
    frames_needed: int = 3       # consecutive frames of 32 ms: 96 ms (a false alarm only pauses)
    echo_margin: float = 2.0     # the mic must be this much louder than the expected echo
    noise_floor: float = 0.003
    initial_echo_gain: float = 1.0
    settle_s: float = 0.4        # longer than the echo path's delay (0.1-0.15 s measured)
    learn_s: float = 1.0         # how long into each stretch of playback the echo is measured


class BargeInDetector:
    """The echo gain is measured in the first second of each stretch of
    playback (after the echo has had time to arrive), as the peak ratio of
    microphone to playback level, and then held. Learning all the time let the
    person's own voice, at the start of a barge-in, raise the expected echo and
    hide the barge-in; learning from the first silent frames made the echo
    itself look like a barge-in (both measured through a virtual sound card).
    Until the first measurement, the worst case (``initial_echo_gain``) holds."""

    def __init__(self, settings: BargeInSettings = BargeInSettings()):
        self.settings = settings
        self.learned: float | None = None
        self._window: list[float] = []
        self._run = 0

    @property
    def echo_gain(self) -> float:
        if self.learned is not None:
            return self.learned
        return max(self.settings.initial_echo_gain, max(self._window, default=0.0))

    def distrust(self) -> None:
        """After a false alarm: back to the worst case until measured again."""
        self.learned = None
        self._window.clear()

    def reset_run(self) -> None:
        self._run = 0

    def update(self, probability: float, mic_level: float, playback_level: float, sounding_s: float) -> bool:
        """One frame while the companion speaks; True when the person is barging in.

        ``playback_level``: the loudest playback over a window longer than the
        echo path's delay; ``sounding_s``: how long this stretch of playback has
        been going on.
        """
        s = self.settings
        if s.settle_s <= sounding_s < s.settle_s + s.learn_s:
            if playback_level > 0.005:
                self._window.append(min(mic_level / playback_level, 4.0))
        elif sounding_s >= s.settle_s + s.learn_s and self._window:
            self.learned = max(self._window)
            self._window = []
        louder = mic_level > s.echo_margin * self.echo_gain * playback_level + s.noise_floor
        self._run = self._run + 1 if probability >= s.threshold and louder else 0
        return self._run >= s.frames_needed


_WORD = re.compile(r"[a-z']+")


def is_own_echo(heard: str, recently_said: str, min_words: int = 3, overlap: float = 0.75) -> bool:
    heard_words = _WORD.findall(heard.lower())
    said = set(_WORD.findall(recently_said.lower()))
    if len(heard_words) < min_words or not said:
        return False
    return sum(w in said for w in heard_words) / len(heard_words) >= overlap
