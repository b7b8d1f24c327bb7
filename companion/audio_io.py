"""Microphone and speaker through sounddevice (PortAudio).

Inside the companion audio is 16 kHz mono int16 in 32 ms frames (512
samples). A device that cannot record at 16 kHz is opened at its own rate
and resampled with FFmpeg's resampler (PyAV), not by hand.

The speaker plays from our own buffer in a callback, so ``pause()`` silences
it within one 20 ms block: that is what makes barge-in immediate.

PortAudio errors are turned into ``AudioUnavailable`` with one plain sentence
that says what is missing; the caller offers text chat instead.

The devices, the microphone, the speaker and resampling each have their own
module (``audio_devices``, ``microphone``, ``speaker``, ``audio_resample``);
this one offers them all under the name the rest of the companion knows.
"""
from __future__ import annotations

from typing import Protocol

import numpy as np

from .audio_devices import AudioUnavailable, Device, describe_devices, list_devices, resolve_device
from .audio_format import FRAME_SAMPLES, SAMPLE_RATE
from .audio_resample import resample
from .microphone import Microphone, NoMicrophone
from .speaker import CaptionOnlySpeaker, PlaybackItem, Speaker



class MicrophonePort(Protocol):
    """What the voice loop needs of a microphone (the real one, NoMicrophone,
    or a test's fake): 32 ms frames of 16 kHz int16, how late they arrive,
    and why it stopped, if it did."""
    failed: str | None
    input_delay: float

    def read(self, timeout: float = 0.1) -> tuple[np.ndarray, float] | None: ...


class SpeakerPort(Protocol):
    """What the voice loop needs of a speaker (the real one,
    CaptionOnlySpeaker, or a test's fake): a queue of sentences it can pause
    within one block, and how far ahead its sound is."""
    failed: str | None
    output_delay: float
    paused: bool
    last_sound_at: float

    @property
    def active(self) -> bool: ...

    def enqueue(self, item: PlaybackItem) -> None: ...

    def held(self) -> list[PlaybackItem]: ...

    def pause(self) -> None: ...

    def resume(self) -> None: ...

    def clear(self) -> None: ...

    def recent_level(self, window_s: float = 0.6) -> float: ...

    def sounding_for(self) -> float: ...


__all__ = ["MicrophonePort", "SpeakerPort", "FRAME_SAMPLES", "SAMPLE_RATE", "AudioUnavailable", "Device", "describe_devices", "list_devices",
           "resolve_device", "resample", "Microphone", "NoMicrophone", "CaptionOnlySpeaker", "PlaybackItem",
           "Speaker"]
