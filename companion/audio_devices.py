"""Audio devices through sounddevice (PortAudio): the companion's audio
format, finding and naming the microphones and speakers, and PortAudio's
errors turned into ``AudioUnavailable``, one plain sentence that says what is
missing (the caller offers text chat instead)."""
from __future__ import annotations

from dataclasses import dataclass

from .errors import CompanionError


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


def _close_stream(owner) -> None:
    """Stop and close a device stream; closing a device that is already gone is not an error."""
    owner._closing = True
    try:
        owner._stream.stop()
        owner._stream.close()
    except Exception:
        pass
