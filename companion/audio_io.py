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

from .audio_devices import (FRAME_SAMPLES, SAMPLE_RATE, AudioUnavailable, Device, describe_devices, list_devices,
                            resolve_device)
from .audio_resample import resample
from .microphone import Microphone, NoMicrophone
from .speaker import CaptionOnlySpeaker, PlaybackItem, Speaker

__all__ = ["FRAME_SAMPLES", "SAMPLE_RATE", "AudioUnavailable", "Device", "describe_devices", "list_devices",
           "resolve_device", "resample", "Microphone", "NoMicrophone", "CaptionOnlySpeaker", "PlaybackItem",
           "Speaker"]
