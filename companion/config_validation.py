"""Checking ``config.toml`` against the section dataclasses: an unknown key, a
wrong type or a value outside a fixed set or range is reported with the
key's full name and what is allowed."""
from __future__ import annotations

import dataclasses
import typing
from typing import Literal

from .errors import ConfigError

_NUMBER_RANGES: dict[str, tuple[float, float]] = {
    "model.timeout_s": (0.1, 3600),
    "model.threads": (1, 256),
    "generation.temperature": (0.0, 5.0),
    "generation.top_k": (1, 1_000_000),
    "generation.top_p": (0.01, 1.0),
    "generation.repetition_penalty": (1.0, 3.0),
    "generation.max_sentence_tokens": (4, 512),
    "generation.max_sentences": (1, 10),
    "generation.candidates": (1, 8),
    "generation.min_grounding": (0.0, 1.0),
    "generation.regenerate_attempts": (0, 10),
    "conversation.history_turns": (0, 100),
    "guard.learned_threshold": (0.0, 1.0),
    "stt.beam_size": (1, 10),
    "stt.threads": (1, 256),
    "stt.no_speech_threshold": (0.0, 1.0),
    "stt.min_avg_logprob": (-20.0, 0.0),
    "listening.vad_threshold": (0.05, 0.99),
    "listening.end_silence_ms": (150, 10_000),
    "listening.relaxed_end_silence_ms": (300, 20_000),
    "listening.pre_roll_ms": (0, 2000),
    "listening.min_speech_ms": (0, 5000),
    "listening.max_utterance_s": (2.0, 600.0),
    "listening.check_in_after_s": (0.0, 86_400.0),
    "serve.port": (1, 65_535),
    "serve.max_clients": (1, 256),
    "serve.turns_at_once": (1, 16),
    "serve.max_audio_s": (1.0, 600.0),
}


def _type_name(tp) -> str:
    return {int: "an integer", float: "a number", str: "a string", bool: "true or false"}.get(tp, str(tp))


def _check_value(key: str, value, tp):
    origin = typing.get_origin(tp)
    if origin is Literal:
        allowed = typing.get_args(tp)
        if value not in allowed:
            raise ConfigError(f"{key} must be one of: {', '.join(map(str, allowed))} (got {value!r})")
        return value
    if origin is dict:
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise ConfigError(f"{key} must be a table of strings, like {key.split('.')[-1]} = {{ default = \"...\" }}")
        return dict(value)
    if origin is list:
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise ConfigError(f"{key} must be a list of non-empty strings, like {key.split('.')[-1]} = [\"...\"]")
        return list(value)
    if tp is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{key} must be true or false (got {value!r})")
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{key} must be a number (got {value!r})")
        value = float(value)
    elif tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{key} must be an integer (got {value!r})")
    elif tp is str:
        if not isinstance(value, str):
            raise ConfigError(f"{key} must be a string (got {value!r})")
    if key in _NUMBER_RANGES:
        lo, hi = _NUMBER_RANGES[key]
        if not lo <= value <= hi:
            raise ConfigError(f"{key} must be between {lo:g} and {hi:g} (got {value!r})")
    return value


def _build_section(name: str, cls, table) -> object:
    if not isinstance(table, dict):
        raise ConfigError(f"[{name}] must be a table")
    hints = typing.get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    kwargs = {}
    for key, value in table.items():
        if key not in names:
            raise ConfigError(f"unknown key {name}.{key} (allowed in [{name}]: {', '.join(names)})")
        kwargs[key] = _check_value(f"{name}.{key}", value, hints[key])
    return cls(**kwargs)


def _is_http_url(text: str) -> bool:
    from urllib.parse import urlsplit
    try:
        parts = urlsplit(text)
        parts.port  # raises on a port that is not a number
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)
