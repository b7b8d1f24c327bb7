"""Microphone and speaker through sounddevice (PortAudio).

Inside the companion audio is 16 kHz mono int16 in 32 ms frames (512
samples). A device that cannot record at 16 kHz is opened at its own rate
and resampled with FFmpeg's resampler (PyAV), not by hand.

The speaker plays from our own buffer in a callback, so ``pause()`` silences
it within one 20 ms block: that is what makes barge-in immediate.

PortAudio errors are turned into ``AudioUnavailable`` with one plain sentence
that says what is missing; the caller offers text chat instead.
"""
from __future__ import annotations

import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .errors import CompanionError
from .synthesis import Speech

SAMPLE_RATE = 16_000
FRAME_SAMPLES = 512


class AudioUnavailable(CompanionError):
    """No usable microphone or speaker (or no PortAudio). ``problem`` is what
    is missing; the message adds what the person can do instead, which the
    command in use may replace (rehearsal offers its own text mode)."""

    TEXT_INSTEAD = "You can still talk in text with `companion chat`."

    def __init__(self, problem: str, instead: str | None = TEXT_INSTEAD):
        self.problem, self.instead = problem, instead
        super().__init__(f"{problem}. {instead}" if instead else problem)


_alsa_handler = None


def _quiet_alsa() -> None:
    """ALSA prints "underrun occurred" and similar straight to the terminal,
    into the captions; a no-op error handler keeps them out."""
    global _alsa_handler
    if _alsa_handler is not None:
        return
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("asound")
    if not name:
        return
    try:
        lib = ctypes.cdll.LoadLibrary(name)
        handler_type = ctypes.CFUNCTYPE(None, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_int,
                                        ctypes.c_char_p)
        _alsa_handler = handler_type(lambda *args: None)
        lib.snd_lib_error_set_handler(_alsa_handler)
    except (OSError, AttributeError):
        pass


def _sounddevice():
    _quiet_alsa()
    try:
        import sounddevice
    except OSError:
        raise AudioUnavailable("the PortAudio library is missing (install libportaudio2)") from None
    return sounddevice


@dataclass(frozen=True)
class Device:
    index: int
    name: str
    inputs: int
    outputs: int
    default_rate: float
    default_input: bool
    default_output: bool


def list_devices() -> list[Device]:
    sd = _sounddevice()
    try:
        devices = sd.query_devices()
        default_in, default_out = sd.default.device
    except Exception:
        return []
    return [Device(i, d["name"], d["max_input_channels"], d["max_output_channels"], d["default_samplerate"],
                   i == default_in, i == default_out) for i, d in enumerate(devices)]


def describe_devices(devices: list[Device]) -> str:
    if not devices:
        return ("No audio devices found: this machine has no microphone or speaker that PortAudio can use. "
                + AudioUnavailable.TEXT_INSTEAD)
    lines = []
    for d in devices:
        roles = []
        if d.inputs:
            roles.append("microphone" + (" (default)" if d.default_input else ""))
        if d.outputs:
            roles.append("speaker" + (" (default)" if d.default_output else ""))
        lines.append(f"{d.index}: {d.name} - {', '.join(roles) or 'no channels'}, {d.default_rate:g} Hz")
    return "\n".join(lines)


def resolve_device(spec: str | int | None, kind: str) -> int | None:
    """A device index from a number or part of a name; None means the default."""
    if spec is None or spec == "":
        return None
    devices = list_devices()
    want_in = kind == "input"
    usable = [d for d in devices if (d.inputs if want_in else d.outputs)]
    label = "microphone" if want_in else "speaker"
    if isinstance(spec, int) or str(spec).isdigit():
        idx = int(spec)
        if any(d.index == idx for d in usable):
            return idx
        raise AudioUnavailable(f"there is no {label} number {idx}; `companion devices` lists them", None)
    matches = [d for d in usable if str(spec).lower() in d.name.lower()]
    if not matches:
        raise AudioUnavailable(f"no {label} named like {spec!r}; `companion devices` lists them", None)
    return matches[0].index


def _no_device_message(kind: str, error: Exception) -> str:
    what = "microphone" if kind == "input" else "speaker"
    return f"no {what} is available ({str(error).split(chr(10))[0]})"


class _Resampler:
    """Streaming resampling of int16 mono with FFmpeg (PyAV)."""

    def __init__(self, src_rate: int, dst_rate: int):
        import av

        self._av = av
        self.src_rate = src_rate
        self._resampler = av.AudioResampler(format="s16", layout="mono", rate=dst_rate)

    def __call__(self, samples: np.ndarray) -> np.ndarray:
        frame = self._av.AudioFrame.from_ndarray(samples.reshape(1, -1).astype(np.int16), format="s16",
                                                 layout="mono")
        frame.sample_rate = self.src_rate
        out = [f.to_ndarray().reshape(-1) for f in self._resampler.resample(frame)]
        return np.concatenate(out).astype(np.int16) if out else np.zeros(0, np.int16)


def resample(samples: np.ndarray, src_rate: int, dst_rate: int) -> np.ndarray:
    if src_rate == dst_rate:
        return samples.astype(np.int16, copy=False)
    r = _Resampler(src_rate, dst_rate)
    return np.concatenate([r(samples), r(np.zeros(src_rate // 10, np.int16))])[: int(len(samples) * dst_rate / src_rate)]


def _close_stream(owner) -> None:
    """Stop and close a device stream; closing a device that is already gone is not an error."""
    owner._closing = True
    try:
        owner._stream.stop()
        owner._stream.close()
    except Exception:
        pass


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
        if self.failed is None and not getattr(self, "_closing", False):
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
        if not getattr(self, "_closing", False):
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


class NoMicrophone:
    """Stands in for a microphone that has gone: nothing is ever heard."""

    failed: str | None = None

    def read(self, timeout: float = 0.1):
        time.sleep(timeout)
        return None

    def drain(self) -> None:
        pass

    def close(self) -> None:
        pass

