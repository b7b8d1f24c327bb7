"""The simulated people of rehearsal mode: their persona files
(``prompts/personas/NAME.toml``), read and checked, and how open each is."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ConfigError

OPENNESS_LEVELS = {"closed": 0, "guarded": 1, "cautious": 2, "open": 3, "very open": 4}
MAX_LEVEL = 4


@dataclass(frozen=True)
class SeekerPersona:
    name: str
    summary: str
    openness: str
    opening_line: str
    closing_line: str
    would_say: tuple[str, ...]
    when_listened_to: tuple[str, ...]
    when_lectured: tuple[str, ...]
    when_asked_question: tuple[str, ...]
    path: Path = field(default=Path("."), compare=False)
    # A disclosure of risk the person makes once, when they are this open:
    # the worker practises taking it up.
    risk_line: str | None = None
    risk_at: int = 3

    @property
    def start_level(self) -> int:
        return OPENNESS_LEVELS.get(self.openness.lower(), 2)


def load_persona(path: Path) -> SeekerPersona:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise ConfigError(f"cannot read persona {path}: {e.strerror}") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path} is not valid TOML: {e}") from None

    def text(key: str) -> str:
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"{path}: '{key}' must be a non-empty string")
        return value.strip()

    def lines(key: str) -> tuple[str, ...]:
        value = data.get(key)
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
            raise ConfigError(f"{path}: '{key}' must be a non-empty list of strings")
        return tuple(v.strip() for v in value)

    risk_line = data.get("risk_line")
    if risk_line is not None and (not isinstance(risk_line, str) or not risk_line.strip()):
        raise ConfigError(f"{path}: 'risk_line' must be a non-empty string")
    risk_at = data.get("risk_at", "open")
    if risk_at not in OPENNESS_LEVELS:
        raise ConfigError(f"{path}: 'risk_at' must be one of {', '.join(OPENNESS_LEVELS)}")
    return SeekerPersona(text("name"), text("summary"), text("openness"), text("opening_line"), text("closing_line"),
                         lines("would_say"), lines("when_listened_to"), lines("when_lectured"),
                         lines("when_asked_question"), path, risk_line and risk_line.strip(), OPENNESS_LEVELS[risk_at])


def load_personas(directory: Path) -> dict[str, SeekerPersona]:
    """All personas in ``directory``, by lower-case name."""
    paths = sorted(Path(directory).glob("*.toml"))
    if not paths:
        raise ConfigError(f"no personas in {directory}")
    personas = {}
    for p in paths:
        persona = load_persona(p)
        personas[persona.name.lower()] = persona
    return personas


def find_persona(personas: dict[str, SeekerPersona], name: str | None) -> SeekerPersona:
    if not name:
        return personas[sorted(personas)[0]]
    persona = personas.get(name.strip().lower())
    if persona is None:
        raise ConfigError(f"no persona called {name!r}; choose one of: "
                          + ", ".join(p.name for p in personas.values()))
    return persona
