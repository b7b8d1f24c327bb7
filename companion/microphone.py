"""The microphone: 32 ms int16 frames at 16 kHz, each with the time it was
captured; and ``NoMicrophone``, which stands in for one that has gone."""
from __future__ import annotations

import queue
import time

import numpy as np

from .audio_format import FRAME_SAMPLES, SAMPLE_RATE
from .audio_devices import (AudioUnavailable, _close_stream, _no_device_message,
                            _sounddevice)
from .audio_resample import _Resampler


class Microphone:
    """Records 32 ms int16 frames into a queue; ``read()`` takes the next one
    with the time it was captured. The loop can fall behind (while Whisper
    runs, say), so decisions such as "was the companion speaking then?" must
    use the capture time, not the time a frame is looked at."""

    def __init__(self, device: int | None = None):
        sd = _sounddevice()
        self._queue: queue.Queue[tuple[np.ndarray, float]] = queue.Queue()
        self._pending = np.zeros(0, np.int16)
        self._resampler: _Resampler | None = None
        self.overflows = 0
        self.input_delay = 0.0
        self.failed: str | None = None
        self._closing = False   # a stream we close ourselves has not failed
        rate = SAMPLE_RATE
        try:
            sd.check_input_settings(device=device, channels=1, dtype="int16", samplerate=SAMPLE_RATE)
        except Exception:
            try:
                rate = int(sd.query_devices(device, "input")["default_samplerate"])
                self._resampler = _Resampler(rate, SAMPLE_RATE)
            except Exception as e:
                raise AudioUnavailable(_no_device_message("input", e)) from None
        try:
            self._stream = sd.InputStream(device=device, channels=1, dtype="int16", samplerate=rate,
                                          blocksize=FRAME_SAMPLES * rate // SAMPLE_RATE,
                                          callback=self._callback, finished_callback=self._finished)
            self._stream.start()
        except Exception as e:
            raise AudioUnavailable(_no_device_message("input", e)) from None

    def _callback(self, indata, frames, time_info, status) -> None:
        if status.input_overflow:
            self.overflows += 1
        # PortAudio knows when the block was really captured (the ADC time);
        # under load the block can reach us much later than that.
        try:
            behind = float(time_info.currentTime - time_info.inputBufferAdcTime)
        except (AttributeError, TypeError, ValueError):
            behind = 0.0
        self.input_delay = behind if 0.0 <= behind <= 5.0 else 0.0
        captured_at = time.monotonic() - self.input_delay
        samples = indata[:, 0].copy()
        if self._resampler is not None:
            samples = self._resampler(samples)
        self._pending = np.concatenate([self._pending, samples])
        while self._pending.size >= FRAME_SAMPLES:
            self._queue.put((self._pending[:FRAME_SAMPLES], captured_at))
            self._pending = self._pending[FRAME_SAMPLES:]

    def _finished(self) -> None:
        if self.failed is None and not self._closing:
            self.failed = "the microphone stopped (was it unplugged?)"

    def read(self, timeout: float = 0.1) -> tuple[np.ndarray, float] | None:
        try:
            return self._queue.get(timeout=timeout)
        except queue.Empty:
            return None

    def drain(self) -> None:
        while True:
            try:
                self._queue.get_nowait()
            except queue.Empty:
                return

    def close(self) -> None:
        _close_stream(self)


class NoMicrophone:
    """Stands in for a microphone that has gone: nothing is ever heard."""

    failed: str | None = None
    input_delay = 0.0

    def read(self, timeout: float = 0.1):
        time.sleep(timeout)
        return None

    def drain(self) -> None:
        pass

    def close(self) -> None:
        pass
