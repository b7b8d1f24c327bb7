"""Helpers for end-to-end tests that run the companion as a real process
through a virtual sound card: speech made with espeak-ng, the process's
caption lines collected as they appear."""
import os
import re
import subprocess
import sys
import threading
import time


def speech_wav(tmp_path, name, text, pad_s=0.0):
    raw, out = tmp_path / f"{name}.raw.wav", tmp_path / f"{name}.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "160", "-w", str(raw), text], check=True)
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", str(out), "pad", "0", str(pad_s)], check=True)
    return out


# Every process started, so that a test that fails half-way does not leave one
# running (holding the virtual sound card) for the tests after it.
STARTED: list[subprocess.Popen] = []


def stop_leftovers() -> None:
    while STARTED:
        proc = STARTED.pop()
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)


class CompanionProcess:
    """A running ``companion talk`` (or another voice command) and its caption lines."""

    def __init__(self, tmp_path, card, server_url=None, extra=(), rate=260, command=("talk",)):
        voices = tmp_path / "voices"
        voices.mkdir(exist_ok=True)
        (voices / "default.toml").write_text(f'name = "default"\nvoice = "en-us"\nrate_wpm = {rate}\nvolume = 0.9\n')
        # A scripted model stands for the whole reply (no opening reflection, no style filter).
        model = (f'[model]\nbackend = "openai"\nendpoint = "{server_url}"\n'
                 '[generation]\nreflect_first = false\npeer_style_check = false\n' if server_url else "")
        config = tmp_path / "config.toml"
        from companion.config import PROJECT_ROOT
        config.write_text(f'[paths]\ndata_dir = "{tmp_path / "data"}"\nvoices_dir = "{voices}"\n'
                          f'prompts_dir = "{PROJECT_ROOT / "prompts"}"\n{model}'
                          '[listening]\ncheck_in_after_s = 0\n')
        self.lines: list[tuple[float, str]] = []
        self.proc = subprocess.Popen([sys.executable, "-m", "companion", "--config", str(config), *command, *extra],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                     text=True, env={**os.environ, **card.env})
        threading.Thread(target=self._read, daemon=True).start()
        STARTED.append(self.proc)

    def _read(self):
        for line in self.proc.stdout:
            self.lines.append((time.monotonic(), line.rstrip("\n")))

    def wait_for(self, pattern, timeout=60.0, after=0.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for at, line in list(self.lines):
                if at >= after and re.search(pattern, line):
                    return at, line
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        raise AssertionError(f"no line matching {pattern!r}; got:\n" + "\n".join(l for _, l in self.lines))

    def said(self, prefix="Sam: "):
        return [l[len(prefix):] for _, l in self.lines if l.startswith(prefix)]

    def heard(self):
        return [l[5:] for _, l in self.lines if l.startswith("You: ")]

    def quit(self):
        if self.proc.poll() is None:
            try:
                self.proc.stdin.write("/quit\n")
                self.proc.stdin.flush()
                self.proc.wait(20)
            except (subprocess.TimeoutExpired, BrokenPipeError):
                self.proc.kill()
        return self.proc.returncode
