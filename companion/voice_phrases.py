"""The fixed lines the voice loop says of its own (``prompts/voice.toml``):
"I'm listening", the check-in, acknowledging a command, and the like."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError


@dataclass(frozen=True)
class VoicePhrases:
    listening: str
    check_in: str
    goodbye: str
    paused: str
    nothing_to_repeat: str
    nothing_to_continue: str
    slower: str
    faster: str
    louder: str
    softer: str
    slowest: str
    fastest: str
    loudest: str
    softest: str
    relaxed: str
    normal: str
    check_in_off: str
    check_in_on: str
    push_to_talk: str
    not_caught: str


def load_voice_phrases(prompts_dir: Path) -> VoicePhrases:
    path = prompts_dir / "voice.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"missing prompt file {path}") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path} is not valid TOML: {e}") from None
    names = VoicePhrases.__dataclass_fields__
    missing = [k for k in names if not isinstance(data.get(k), str)]
    if missing:
        raise ConfigError(f"{path}: missing text for {', '.join(missing)}")
    return VoicePhrases(**{k: data[k] for k in names})
