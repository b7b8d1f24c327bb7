"""Typed, validated configuration from ``config.toml``.

Every section is a dataclass; loading walks the TOML against the dataclass
fields so that an unknown key, a wrong type or a value outside a fixed set is
reported with the key's full name and what is allowed.

The sections are in ``config_sections``, the checks in ``config_validation``,
the default help lines in ``help_lines``; this module puts them together.
"""
from __future__ import annotations

import dataclasses
import os
import re
import tomllib
import typing
from dataclasses import dataclass, field
from pathlib import Path

from .config_sections import (ConversationConfig, GenerationConfig, GuardConfig, ListeningConfig, ModelConfig,
                              PathsConfig, SafetyConfig, ServeConfig, SpeechToTextConfig, VoiceConfig)
from .config_validation import _build_section, _is_http_url
from .errors import ConfigError
from .help_lines import DEFAULT_DANGER_LINES, DEFAULT_EMERGENCY, DEFAULT_HELP_LINES

# What this module offers, some of it defined in the modules above (responder.py,
# risk/, training/ and the tests import it from here).
__all__ = ["PROJECT_ROOT", "BUNDLED", "Config", "ConfigError", "config_from_dict", "default_config_path", "load_config",
           "ConversationConfig", "GenerationConfig", "GuardConfig", "ListeningConfig", "ModelConfig", "PathsConfig",
           "SafetyConfig", "ServeConfig", "SpeechToTextConfig", "VoiceConfig",
           "DEFAULT_DANGER_LINES", "DEFAULT_EMERGENCY", "DEFAULT_HELP_LINES"]

PROJECT_ROOT = Path(__file__).resolve().parent.parent
BUNDLED = Path(__file__).resolve().parent   # prompts/ and voices/ as installed with the package


@dataclass
class Config:
    paths: PathsConfig = field(default_factory=PathsConfig)
    model: ModelConfig = field(default_factory=ModelConfig)
    generation: GenerationConfig = field(default_factory=GenerationConfig)
    conversation: ConversationConfig = field(default_factory=ConversationConfig)
    safety: SafetyConfig = field(default_factory=SafetyConfig)
    guard: GuardConfig = field(default_factory=GuardConfig)
    stt: SpeechToTextConfig = field(default_factory=SpeechToTextConfig)
    listening: ListeningConfig = field(default_factory=ListeningConfig)
    voice: VoiceConfig = field(default_factory=VoiceConfig)
    serve: ServeConfig = field(default_factory=ServeConfig)
    source: str = "built-in defaults"

    # Resolved locations -------------------------------------------------
    def _dir(self, value: str, xdg_var: str, xdg_default: str) -> Path:
        if value:
            return Path(os.path.expanduser(value))
        base = os.environ.get(xdg_var) or os.path.expanduser(xdg_default)
        return Path(base) / "companion"

    @property
    def cache_dir(self) -> Path:
        return self._dir(self.paths.cache_dir, "XDG_CACHE_HOME", "~/.cache")

    @property
    def data_dir(self) -> Path:
        return self._dir(self.paths.data_dir, "XDG_DATA_HOME", "~/.local/share")

    def _project_path(self, value: str, bundled: Path | None = None, default: str = "") -> Path:
        p = Path(os.path.expanduser(value))
        if p.is_absolute():
            return p
        in_project = PROJECT_ROOT / p
        # installed with pip, there is no project folder: the copy shipped in the package
        if bundled is not None and value == default and not in_project.is_dir() and bundled.is_dir():
            return bundled
        return in_project

    @property
    def prompts_dir(self) -> Path:
        return self._project_path(self.paths.prompts_dir, BUNDLED / "bundled_prompts", "prompts")

    @property
    def voices_dir(self) -> Path:
        return self._project_path(self.paths.voices_dir, BUNDLED / "bundled_voices", "voices")

    @property
    def reaction(self) -> str:
        """What follows the reflection (generation.reaction, "auto" resolved)."""
        if self.generation.reaction != "auto":
            return self.generation.reaction
        return "feeling" if self.model.backend == "embedded" else "model"

    @property
    def adapter_dir(self) -> Path | None:
        """The LoRA adapter, if one is set (a relative path is inside the project)."""
        if not self.model.adapter:
            return None
        return self._project_path(self.model.adapter, BUNDLED / "bundled_peer_adapter", ModelConfig.adapter)


def config_from_dict(data: dict, source: str = "<dict>") -> Config:
    sections = {f.name: f for f in dataclasses.fields(Config) if f.name != "source"}
    kwargs = {}
    for name, table in data.items():
        if name not in sections:
            raise ConfigError(f"unknown section [{name}] (allowed: {', '.join(sections)})")
        kwargs[name] = _build_section(name, typing.get_type_hints(Config)[name], table)
    cfg = Config(**kwargs, source=source)
    cfg.safety.lines = {**DEFAULT_HELP_LINES, **cfg.safety.lines}
    cfg.safety.emergency = {**DEFAULT_EMERGENCY, **cfg.safety.emergency}
    cfg.safety.danger_lines = {**DEFAULT_DANGER_LINES, **cfg.safety.danger_lines}
    if not re.fullmatch(r"[a-z]{2,3}(?:-[A-Z]{2})?", cfg.safety.locale):
        # a typo here would leave the safety message without a phone number
        raise ConfigError(f"safety.locale = {cfg.safety.locale!r} is not a locale; write it like \"en-GB\" "
                          f"(known: {', '.join(k for k in DEFAULT_HELP_LINES if k != 'default')})")
    if cfg.model.backend in ("transformers", "gguf") and not cfg.model.path:
        raise ConfigError(f"model.path is required when model.backend = \"{cfg.model.backend}\"")
    if cfg.model.backend == "openai" and not cfg.model.endpoint:
        raise ConfigError("model.endpoint is required when model.backend = \"openai\" (e.g. http://127.0.0.1:8080/v1)")
    if cfg.model.endpoint and not _is_http_url(cfg.model.endpoint):
        raise ConfigError(f"model.endpoint must be an http:// or https:// address with a host "
                          f"(e.g. http://127.0.0.1:8080/v1), not {cfg.model.endpoint!r}")
    return cfg


def default_config_path() -> Path | None:
    env = os.environ.get("COMPANION_CONFIG")
    if env:
        return Path(env)
    xdg = Path(os.environ.get("XDG_CONFIG_HOME") or os.path.expanduser("~/.config"))
    user = xdg / "companion" / "config.toml"
    if user.exists():
        return user
    project = PROJECT_ROOT / "config.toml"
    return project if project.exists() else None


def load_config(path: str | Path | None = None) -> Config:
    path = Path(path) if path else default_config_path()
    if path is None:
        return Config()
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path} is not valid TOML: {e}") from None
    except UnicodeDecodeError as e:
        raise ConfigError(f"{path} is not UTF-8 text (a byte at position {e.start} cannot be read); "
                          "save it as UTF-8") from None
    except OSError as e:
        raise ConfigError(f"cannot read {path}: {e.strerror}") from None
    try:
        return config_from_dict(data, source=str(path))
    except ConfigError as e:
        raise ConfigError(f"{path}: {e}") from None
