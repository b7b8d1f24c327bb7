"""A virtual sound card for end-to-end tests and the latency benchmark.

PulseAudio in user mode with two null sinks: ``speaker`` (the companion plays
into it; we record its monitor) and a 16 kHz mono ``micfeed`` whose monitor
is remapped as the default source ``virtualmic`` (we play recorded speech
into it, and the companion hears it as its microphone). ``norewinds=1``
keeps the captured audio intact; ALSA's default device reaches PulseAudio
through libasound2-plugins, so PortAudio needs no special device.

Used only when no real sound card is wanted: it runs its own daemon with its
own runtime directory, and stops it again.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import TextIO

from .errors import CompanionError


class SoundCardUnavailable(CompanionError):
    pass


class VirtualSoundCard:
    def __init__(self, echo: bool = False, echo_latency_ms: int = 20):
        self.echo = echo                   # route the speaker back into the microphone
        self.echo_latency_ms = echo_latency_ms
        self._dir: Path | None = None
        self.env: dict[str, str] = {}
        self._saved_env: dict[str, str | None] = {}
        self._proc: subprocess.Popen | None = None   # the PulseAudio server, once started
        self._log: TextIO | None = None

    def __enter__(self) -> "VirtualSoundCard":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def _pactl(self, *args: str) -> str:
        out = subprocess.run(["pactl", *args], env={**os.environ, **self.env}, capture_output=True,
                             text=True, timeout=10)
        if out.returncode != 0:
            raise SoundCardUnavailable(f"pactl {' '.join(args)} failed: {out.stderr.strip()}")
        return out.stdout.strip()

    def start(self) -> None:
        for tool in ("pulseaudio", "pactl", "paplay", "parecord"):
            if shutil.which(tool) is None:
                raise SoundCardUnavailable(f"{tool} is missing: install pulseaudio and pulseaudio-utils")
        self._dir = Path(tempfile.mkdtemp(prefix="companion-pulse-"))
        runtime = self._dir / "runtime"
        runtime.mkdir(mode=0o700)
        self.env = {"XDG_RUNTIME_DIR": str(runtime), "PULSE_RUNTIME_PATH": str(runtime / "pulse"),
                    "HOME": os.environ.get("HOME", str(self._dir)), "PULSE_STATE_PATH": str(self._dir / "state"),
                    "PULSE_SERVER": f"unix:{runtime / 'pulse' / 'native'}"}
        cmd = ["pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "--disallow-exit", "-n",
               "--load=module-native-protocol-unix", "--log-target=stderr", "--log-level=error"]
        self._log = open(self._dir / "pulseaudio.log", "w")
        self._proc = subprocess.Popen(cmd, env={**os.environ, **self.env}, stdout=self._log, stderr=self._log)
        deadline = time.monotonic() + 10
        while True:
            try:
                self._pactl("info")
                break
            except (SoundCardUnavailable, subprocess.TimeoutExpired):
                if self._proc.poll() is not None or time.monotonic() > deadline:
                    log = (self._dir / "pulseaudio.log").read_text()[-400:]
                    self.stop()
                    raise SoundCardUnavailable(f"PulseAudio did not start: {log}") from None
                time.sleep(0.05)
        self._pactl("load-module", "module-null-sink", "sink_name=speaker", "norewinds=1",
                    "sink_properties=device.description=speaker")
        self._pactl("load-module", "module-null-sink", "sink_name=micfeed", "norewinds=1",
                    "rate=16000", "channels=1", "sink_properties=device.description=micfeed")
        self._pactl("load-module", "module-remap-source", "master=micfeed.monitor", "source_name=virtualmic",
                    "source_properties=device.description=virtualmic")
        self._pactl("set-default-sink", "speaker")
        self._pactl("set-default-source", "virtualmic")
        if self.echo:
            self._pactl("load-module", "module-loopback", "source=speaker.monitor", "sink=micfeed",
                        f"latency_msec={self.echo_latency_ms}")
        # Point this process (and its children) at the virtual card.
        for k, v in self.env.items():
            self._saved_env[k] = os.environ.get(k)
            os.environ[k] = v

    def stop(self) -> None:
        proc = self._proc
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
        for k, v in self._saved_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        self._saved_env.clear()
        if self._log is not None:
            self._log.close()
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None

    # Helpers for tests and the benchmark ---------------------------------------
    def play_into_mic(self, wav: str | Path) -> subprocess.Popen:
        """Start playing a WAV into the virtual microphone; returns the paplay process."""
        return subprocess.Popen(["paplay", "--device=micfeed", "--latency-msec=20", str(wav)],
                                env={**os.environ, **self.env})

    def record_speaker(self, path: str | Path, rate: int = 16000) -> subprocess.Popen:
        """Start recording what the companion plays; stop with ``terminate()``."""
        return subprocess.Popen(["parecord", "--device=speaker.monitor", "--latency-msec=20", f"--rate={rate}",
                                 "--channels=1", "--format=s16le", "--file-format=wav", str(path)],
                                env={**os.environ, **self.env})
