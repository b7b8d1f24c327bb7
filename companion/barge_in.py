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
from collections import deque
from dataclasses import dataclass

import numpy as np


def rms(frame: np.ndarray) -> float:
    x = frame.astype(np.float32)
    if frame.dtype == np.int16:
        x /= 32768.0
    return float(np.sqrt(np.mean(x * x))) if x.size else 0.0


@dataclass
class BargeInSettings:
    threshold: float = 0.4       # speech probability (Silero takes 3-4 frames to pass 0.6 at an onset)
    frames_needed: int = 2       # consecutive frames of 32 ms: 64 ms (a false alarm only pauses)
    echo_margin: float = 2.0     # the mic must be this much louder than the expected echo
    noise_floor: float = 0.003
    initial_echo_gain: float = 1.0
    settle_s: float = 0.4        # longer than the echo path's delay (0.1-0.15 s measured)
    learn_s: float = 1.0         # how long into each stretch of playback the echo is measured
    # An onset: Silero's probability takes 3-4 frames to pass the threshold
    # after a voice begins (0.01, 0.04, 0.07, 0.43, 0.84 measured through the
    # virtual card). A sudden rise in level, well over the room's background,
    # with the probability rising from onset_probability, decides earlier.
    # Steady noise (a fan) has no jump; a cough may pause, then playback resumes.
    onset_probability: float = 0.03
    onset_jump: float = 4.0      # the mic this many times its recent median level
    background_frames: int = 32


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
        self._onset_run = 0
        self._last_probability = 0.0
        self._levels: deque[float] = deque(maxlen=settings.background_frames)

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
        self._onset_run = 0

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
        background = float(np.median(self._levels)) if len(self._levels) >= 4 else None
        jump = background is not None and mic_level > s.onset_jump * background + s.noise_floor
        rising = probability >= s.onset_probability and probability > self._last_probability
        self._onset_run = self._onset_run + 1 if louder and jump and rising else 0
        self._last_probability = probability
        self._levels.append(mic_level)
        return self._run >= s.frames_needed or self._onset_run >= s.frames_needed


_WORD = re.compile(r"[a-z']+")


def is_own_echo(heard: str, recently_said: str, min_words: int = 3, overlap: float = 0.75) -> bool:
    heard_words = _WORD.findall(heard.lower())
    said = set(_WORD.findall(recently_said.lower()))
    if len(heard_words) < min_words or not said:
        return False
    return sum(w in said for w in heard_words) / len(heard_words) >= overlap
