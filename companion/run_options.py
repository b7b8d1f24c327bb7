"""What the command line asks of the voice loop, a rehearsal and the latency
benchmark, as typed options: ``cli_commands`` builds them from the parsed
arguments, so nothing past the command line sees argparse."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class TalkOptions:
    input_device: str | None = None    # number or part of a name; None: as configured
    output_device: str | None = None
    mode: Literal["push_to_talk", "relaxed"] | None = None   # None: as configured
    typing: bool = True                # typed lines are read from the terminal too
    timings_path: str | None = None    # one JSON line of stage times per turn (bench latency)


@dataclass(frozen=True)
class RehearseOptions:
    persona: str | None = None
    text: bool = False                 # typed, not spoken
    script: str | None = None          # the worker's lines from a file (implies text)
    report: str | None = None          # where the report goes; None: the data folder
    list_personas: bool = False
    live_feedback: bool = True
    talk: TalkOptions = field(default_factory=TalkOptions)


@dataclass(frozen=True)
class LatencyBenchOptions:
    audio: tuple[str, ...] = ()        # WAV files to speak; empty: the built-in phrases
    turns: int = 10
    json: bool = False                 # one JSON object on standard output
    report: str | None = None
