"""The speaker: plays queued speech from our own buffer in a callback, so
``pause()`` silences it within one 20 ms block (that is what makes barge-in
immediate); and ``CaptionOnlySpeaker``, which stands in for one that has gone."""
from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .audio_devices import AudioUnavailable, _close_stream, _no_device_message, _sounddevice
from .audio_resample import resample
from .synthesis import Speech


@dataclass
class PlaybackItem:
    speech: Speech
    text: str = ""
    on_start: Callable[["PlaybackItem"], None] | None = None
    position: int = 0
    started_at: float | None = None
    done: bool = False


@dataclass
class _Level:
    at: float
    rms: float


class Speaker:
    """Plays queued speech; ``pause()`` stops at once and keeps what is left,
    ``resume()`` goes on from the start of the interrupted sentence."""

    BLOCK_S = 0.02

    def __init__(self, device: int | None = None, sample_rate: int = 22050):
        sd = _sounddevice()
        try:
            sd.check_output_settings(device=device, channels=1, dtype="int16", samplerate=sample_rate)
        except Exception:
            try:
                sample_rate = int(sd.query_devices(device, "output")["default_samplerate"])
            except Exception as e:
                raise AudioUnavailable(_no_device_message("output", e)) from None
        self.sample_rate = sample_rate
        self._items: deque[PlaybackItem] = deque()
        self._lock = threading.Lock()
        self._paused = False
        self._levels: deque[_Level] = deque(maxlen=128)
        self.last_sound_at = 0.0
        self.sound_began_at = 0.0
        self.output_delay = 0.0
        self.failed: str | None = None
        self._closing = False   # a stream we close ourselves has not failed
        self._idle = threading.Event()
        self._idle.set()
        try:
            self._stream = sd.OutputStream(device=device, channels=1, dtype="int16", samplerate=sample_rate,
                                           blocksize=int(sample_rate * self.BLOCK_S), latency="low",
                                           callback=self._callback, finished_callback=self._finished)
            self._stream.start()
        except Exception as e:
            raise AudioUnavailable(_no_device_message("output", e)) from None

    # Called from PortAudio's thread ---------------------------------------
    def _callback(self, outdata, frames, time_info, status) -> None:
        out = outdata[:, 0]
        out[:] = 0
        filled = 0
        started: list[PlaybackItem] = []
        with self._lock:
            while filled < frames and self._items and not self._paused:
                item = self._items[0]
                if item.started_at is None:
                    item.started_at = time.monotonic()
                    started.append(item)
                chunk = item.speech.samples[item.position: item.position + frames - filled]
                out[filled: filled + chunk.size] = chunk
                filled += chunk.size
                item.position += chunk.size
                if item.position >= item.speech.samples.size:
                    item.done = True
                    self._items.popleft()
            now = time.monotonic()
            # When this block will really be heard: PulseAudio grows its buffer
            # after underruns, to half a second or more, so the sound goes on
            # long after we wrote it. PortAudio tells us the DAC time.
            try:
                ahead = max(0.0, float(time_info.outputBufferDacTime - time_info.currentTime))
            except (AttributeError, TypeError, ValueError):
                ahead = 0.0
            if ahead > 5.0:   # a broken clock, not a latency
                ahead = 0.0
            self.output_delay = ahead
            now += ahead + frames / self.sample_rate
            rms = float(np.sqrt(np.mean((out.astype(np.float32) / 32768.0) ** 2))) if filled else 0.0
            self._levels.append(_Level(now, rms))
            if filled:
                if now - self.last_sound_at > 0.25:
                    self.sound_began_at = now   # a new stretch of sound
                self.last_sound_at = now
            if not self._items or self._paused:
                self._idle.set()
        for item in started:
            if item.on_start:
                try:
                    item.on_start(item)
                except Exception:
                    pass

    def _finished(self) -> None:
        if not self._closing:
            self.failed = "the speaker stopped (was it unplugged?)"
            self._idle.set()

    # Called from the loop --------------------------------------------------
    def enqueue(self, item: PlaybackItem) -> None:
        if item.speech.sample_rate != self.sample_rate:
            item.speech = Speech(resample(item.speech.samples, item.speech.sample_rate, self.sample_rate),
                                 self.sample_rate)
        with self._lock:
            self._items.append(item)
            self._idle.clear()

    @property
    def active(self) -> bool:
        """Sound is playing or queued to play (and not paused)."""
        with self._lock:
            return bool(self._items) and not self._paused

    @property
    def paused(self) -> bool:
        return self._paused

    def held(self) -> list[PlaybackItem]:
        with self._lock:
            return list(self._items)

    def pause(self) -> None:
        with self._lock:
            self._paused = True
            if self._items:
                self._items[0].position = 0   # resume from the start of the sentence
            self._idle.set()

    def resume(self) -> None:
        with self._lock:
            self._paused = False
            if self._items:
                self._idle.clear()

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._paused = False
            self._idle.set()

    def wait_idle(self, timeout: float | None = None) -> bool:
        return self._idle.wait(timeout)

    def sounding_for(self) -> float:
        """How long the current stretch of playback has been going on."""
        now = time.monotonic()
        return now - self.sound_began_at if now - self.last_sound_at < 0.25 else 0.0

    def recent_level(self, window_s: float = 0.6) -> float:
        """The loudest block played in the last ``window_s`` (the echo we may hear)."""
        cutoff = time.monotonic() - window_s
        with self._lock:
            levels = [lv.rms for lv in self._levels if lv.at >= cutoff]
        # (level times already include the output delay)
        return max(levels, default=0.0)

    def close(self) -> None:
        _close_stream(self)


class CaptionOnlySpeaker:
    """Stands in for a speaker that has gone: each sentence "plays" at once,
    so it appears as a caption and the conversation goes on in text."""

    output_delay = 0.0
    failed: str | None = None

    def __init__(self):
        self.last_sound_at = self.sound_began_at = 0.0

    def enqueue(self, item: PlaybackItem) -> None:
        item.started_at = time.monotonic()
        item.position, item.done = item.speech.samples.size, True
        if item.on_start:
            item.on_start(item)

    active = paused = False

    def held(self) -> list[PlaybackItem]:
        return []

    def pause(self) -> None:
        pass

    def resume(self) -> None:
        pass

    def clear(self) -> None:
        pass

    def wait_idle(self, timeout: float | None = None) -> bool:
        return True

    def sounding_for(self) -> float:
        return 0.0

    def recent_level(self, window_s: float = 0.6) -> float:
        return 0.0

    def close(self) -> None:
        pass
