"""Voice profiles (``voices/*.toml``) and the settings a person changes by voice.

A profile names an espeak-ng voice, a rate in words per minute and a volume.
What the person adjusts while talking ("slower", "louder", "relaxed mode")
is kept per user in ``data_dir/settings.json`` and applied on top of the
profile next time, so nobody has to ask twice.
"""
from __future__ import annotations

import json
import tomllib
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from .errors import ConfigError
from .sessions import write_private_text

MIN_RATE, MAX_RATE = 80, 450     # screen-reader users listen at 300+ wpm
RATE_STEP = 30
VOLUME_STEP = 0.15


@dataclass(frozen=True)
class VoiceProfile:
    name: str = "default"
    voice: str = "en-us"
    rate_wpm: int = 170
    volume: float = 0.9

    def slower(self) -> "VoiceProfile":
        return replace(self, rate_wpm=max(MIN_RATE, self.rate_wpm - RATE_STEP))

    def faster(self) -> "VoiceProfile":
        return replace(self, rate_wpm=min(MAX_RATE, self.rate_wpm + RATE_STEP))

    def louder(self) -> "VoiceProfile":
        return replace(self, volume=round(min(1.0, self.volume + VOLUME_STEP), 2))

    def softer(self) -> "VoiceProfile":
        return replace(self, volume=round(max(0.1, self.volume - VOLUME_STEP), 2))


def load_voice_profile(voices_dir: Path, name: str) -> VoiceProfile:
    path = voices_dir / f"{name}.toml"
    if not path.exists():
        known = sorted(p.stem for p in voices_dir.glob("*.toml"))
        raise ConfigError(f"voice.profile: no voice profile {name!r} in {voices_dir} "
                          f"(available: {', '.join(known) or 'none'})")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path} is not valid TOML: {e}") from None
    allowed = {"name", "voice", "rate_wpm", "volume"}
    unknown = set(data) - allowed
    if unknown:
        raise ConfigError(f"{path}: unknown key {sorted(unknown)[0]} (allowed: {', '.join(sorted(allowed))})")
    profile = VoiceProfile(name=str(data.get("name", name)), voice=str(data.get("voice", "en-us")),
                           rate_wpm=data.get("rate_wpm", 170), volume=data.get("volume", 0.9))
    if not isinstance(profile.rate_wpm, int) or not MIN_RATE <= profile.rate_wpm <= MAX_RATE:
        raise ConfigError(f"{path}: rate_wpm must be a whole number from {MIN_RATE} to {MAX_RATE}")
    if not isinstance(profile.volume, (int, float)) or not 0.0 <= profile.volume <= 1.0:
        raise ConfigError(f"{path}: volume must be a number from 0.0 to 1.0")
    return profile


@dataclass
class UserSettings:
    """What the person changed by voice; None means "as configured"."""
    rate_wpm: int | None = None
    volume: float | None = None
    listening_mode: str | None = None
    check_in: bool | None = None

    def apply(self, profile: VoiceProfile) -> VoiceProfile:
        if self.rate_wpm is not None:
            profile = replace(profile, rate_wpm=max(MIN_RATE, min(MAX_RATE, int(self.rate_wpm))))
        if self.volume is not None:
            profile = replace(profile, volume=max(0.1, min(1.0, float(self.volume))))
        return profile


def settings_path(data_dir: Path) -> Path:
    return data_dir / "settings.json"


def load_settings(data_dir: Path) -> UserSettings:
    path = settings_path(data_dir)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return UserSettings()  # none saved yet, or unreadable: start from the profile
    known = {k: data[k] for k in ("rate_wpm", "volume", "listening_mode", "check_in") if k in data}
    return UserSettings(**known)


def save_settings(data_dir: Path, settings: UserSettings) -> str | None:
    """Returns a message if the settings could not be saved (full disk, ...)."""
    path = settings_path(data_dir)
    try:
        write_private_text(path, json.dumps(asdict(settings), indent=1))
    except OSError as e:
        return f"could not save your settings in {path}: {e.strerror}"
    return None
