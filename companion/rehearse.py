"""``companion rehearse``: run a rehearsal in text (keyboard or script) or by
voice (through the voice loop), then speak the summary and write the report.

The simulated person's lines are authored and reviewed in
``prompts/personas``; they are the character's words, not the companion's, so
they are spoken as written. The guard is applied to the worker's lines (that
is the feedback) and to the companion's own summary.
"""
from __future__ import annotations

import dataclasses
import re
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import TextIO

from .audio_io import AudioUnavailable
from .captions import CaptionWriter
from .config import Config
from .errors import CompanionError
from .guard import Guard, Verdict, guard_from_config
from .rehearsal import RehearsalSession, SeekerPersona, find_persona, load_personas
from .rehearsal_report import with_progress, write_report
from .responder import Reply, ReplySentence
from .run_options import RehearseOptions
from .sessions import make_private_dir

_END = {"/quit", "/end", "goodbye", "bye", "end rehearsal", "end the rehearsal", "stop rehearsal"}


def personas_dir(cfg: Config) -> Path:
    return Path(cfg.prompts_dir) / "personas"


def list_personas(cfg: Config, out: TextIO) -> int:
    for p in load_personas(personas_dir(cfg)).values():
        out.write(f"{p.name}: {p.summary}\n")
    return 0


def default_report_path(cfg: Config, persona: SeekerPersona) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = Path(cfg.data_dir) / "rehearsals"
    try:
        make_private_dir(Path(cfg.data_dir))
        make_private_dir(folder)
    except OSError:
        pass   # writing the report says what went wrong, and the transcript is on screen
    return folder / f"{stamp}-{persona.name.lower()}.json"


def report_in_words(path: Path) -> str:
    """Where the report is, said so that it can be followed by ear: the
    folder from the home folder down, and the file's name in plain words."""
    path = Path(path).with_suffix(".html")
    try:
        folders = list(path.parent.relative_to(Path.home()).parts)
        where = "in your home folder" + (", under " + ", ".join(folders) if folders else "")
    except ValueError:
        where = "in the folder " + ", ".join(p for p in path.parent.parts if p != "/")
    stamped = re.fullmatch(r"(\d{8})-(\d{2})(\d{2})\d{2}-(.+)", path.stem)
    if stamped:   # the default name: "20261204-214100-marcus" is said "marcus, 4 December 2026, 21 41"
        day = datetime.strptime(stamped.group(1), "%Y%m%d")
        name = f"{stamped.group(4)}, {day.day} {day:%B %Y}, {stamped.group(2)} {stamped.group(3)}"
    else:
        name = path.stem.replace("-", " ").replace("_", " ")
    spoken = lambda part: part.replace(".", "dot ").strip()  # noqa: E731 - ".local" read aloud
    return (f"The full report is saved {spoken(where)}, as the web page {name}. "
            "Its path is on the screen too.")


def _is_end(text: str) -> bool:
    return text.strip().lower().strip(".!") in _END


def _save(session: RehearsalSession, path: Path, captions: CaptionWriter) -> int:
    try:
        json_path, html_path = write_report(with_progress(session.report(), Path(path).parent), path)
    except OSError as e:
        captions.status(f"The report could not be written to {path} ({e.strerror or e}). "
                        "The transcript is above, so nothing said is lost.")
        return 1
    captions.status(f"Report: {html_path} (data: {json_path})")
    return 0


# ---------------------------------------------------------------------------
def run_text_rehearsal(session: RehearsalSession, lines: Iterable[str], out: TextIO, report_path: Path,
                       live_feedback: bool = True, echo_worker: bool = False) -> int:
    """Worker lines from the keyboard or a script; the simulated person answers in captions."""
    captions = CaptionWriter(out, person="You", companion=session.persona.name)
    captions.status(f"Rehearsal with {session.persona.name}: {session.persona.summary} "
                    "You are the supporter. Type your lines; type /end to finish.")
    captions.said(session.opening())
    for raw in lines:
        text = " ".join(raw.split())
        if not text:
            continue
        if _is_end(text):
            break
        if echo_worker:
            captions.heard(text)
        line = session.worker_says(text)
        feedback = session.live_feedback(line) if live_feedback else None
        if feedback:
            captions.status(feedback)
        captions.said(session.seeker_reacts(line).text)
    captions.said(session.closing())
    for sentence in session.summary_sentences():
        captions.status(sentence)
    return _save(session, report_path, captions)


# ---------------------------------------------------------------------------
class _Stream:
    def __init__(self, sentences: list[ReplySentence]):
        self._sentences, self.reply = sentences, Reply()

    def __iter__(self) -> Iterator[ReplySentence]:
        for s in self._sentences:
            self.reply.sentences.append(s)
            yield s

    def cancel(self) -> None:
        """Nothing to stop: the person's line is written, not generated (SentenceStream)."""


class RehearsalResponder:
    """Plugs the simulated person into the voice loop in place of the
    companion's reply pipeline (same narrow interface)."""

    def __init__(self, session: RehearsalSession, guard: Guard, captions: CaptionWriter, live_feedback: bool):
        self.session, self.guard, self.model = session, guard, None
        self.prompts = SimpleNamespace(persona=SimpleNamespace(name=session.persona.name))
        self._captions, self._live = captions, live_feedback
        # Talk time is measured, not estimated: the length of the worker's
        # utterance as recorded, and of the person's line as synthesised.
        self._heard_seconds: dict[str, float] = {}
        self._unspoken_turns: dict[str, int] = {}
        self._lock = threading.Lock()

    def warm(self) -> None:
        """Nothing to prepare: its lines are written, not generated (ReplySource)."""

    def attach(self, loop) -> None:
        loop.observers.append(self)
        # The person's closing line ends the rehearsal, not the companion's goodbye.
        loop.phrases = dataclasses.replace(loop.phrases, goodbye="")
        loop.text_alternative = "the report is saved at the end; you can rehearse in text with " \
                                "`companion rehearse --text`"

    def heard(self, text: str, seconds: float) -> None:
        with self._lock:
            self._heard_seconds[text] = seconds

    def spoke(self, text: str, seconds: float) -> None:
        with self._lock:
            turn = self._unspoken_turns.pop(text, None)
        if turn is not None:
            self.session.set_seconds(turn, seconds)

    def _as_said(self, text: str, turn: int) -> ReplySentence:
        with self._lock:
            self._unspoken_turns[" ".join(text.split())] = turn
        # An authored character line: spoken as written (see the module docstring).
        return ReplySentence(text, Verdict(text, passed=True), "persona")

    def introduction(self) -> ReplySentence:
        text = self.session.opening()
        return self._as_said(text, len(self.session.turns) - 1)

    def closing(self) -> ReplySentence:
        text = self.session.closing()
        return self._as_said(text, len(self.session.turns) - 1)

    def respond(self, history, text: str) -> _Stream:
        with self._lock:
            # A line merged from an interrupted turn has no single recording: estimated.
            seconds = self._heard_seconds.pop(text, None)
            self._heard_seconds.clear()
        line = self.session.worker_says(text, seconds)
        feedback = self.session.live_feedback(line) if self._live else None
        if feedback:
            self._captions.status(feedback)
        said = self.session.seeker_reacts(line)
        return _Stream([self._as_said(said.text, said.turn)])


def run_voice_rehearsal(cfg: Config, options: RehearseOptions, session: RehearsalSession, report_path: Path) -> int:
    from .talk import run_talk

    out = sys.stdout
    captions = CaptionWriter(out, companion=session.persona.name)
    ended: dict = {}

    def build(_cfg: Config) -> RehearsalResponder:
        return RehearsalResponder(session, guard_from_config(cfg), captions, options.live_feedback)

    def finish(loop) -> None:
        # Before the devices close: the person's last words, then the summary, aloud.
        loop.speak(loop.responder.closing().text)
        loop.speaker.wait_idle(timeout=30)
        # The summary is feedback, not the character speaking: captioned as such.
        loop.captions.companion = "Feedback"
        for sentence in session.summary_sentences(short=True) + [report_in_words(report_path)]:
            loop.speak(sentence)
        loop.speaker.wait_idle(timeout=60)
        ended["ok"] = True

    try:
        code = run_talk(cfg, options.talk, build, on_end=finish)
    except AudioUnavailable as e:
        raise AudioUnavailable(e.problem, e.instead and "You can rehearse in text with "
                               "`companion rehearse --text`.") from None
    if not ended:
        session.closing()
    saved = _save(session, report_path, captions)
    return code or saved


# ---------------------------------------------------------------------------
def run_rehearse(cfg: Config, options: RehearseOptions) -> int:
    if options.list_personas:
        return list_personas(cfg, sys.stdout)
    persona = find_persona(load_personas(personas_dir(cfg)), options.persona)
    report_path = Path(options.report) if options.report else default_report_path(cfg, persona)
    guard = guard_from_config(cfg)
    text_mode = options.text or options.script
    from .risk import load_risk_detector

    from .persona_bank import load_persona_bank

    bank = load_persona_bank(persona.path, persona.name, cfg.cache_dir, cfg.model.threads)
    session = RehearsalSession(persona, guard, mode="text" if text_mode else "voice", clock=time.monotonic,
                               risk=load_risk_detector(cfg.cache_dir, cfg.model.threads), bank=bank)
    if not text_mode:
        return run_voice_rehearsal(cfg, options, session, report_path)
    if options.script:
        try:
            lines = Path(options.script).read_text(encoding="utf-8").splitlines()
        except OSError as e:
            raise CompanionError(f"cannot read the script {options.script}: {e.strerror}") from None
        except UnicodeDecodeError:
            raise CompanionError(f"the script {options.script} is not UTF-8 text") from None
        return run_text_rehearsal(session, lines, sys.stdout, report_path, options.live_feedback, echo_worker=True)
    return run_text_rehearsal(session, _keyboard(), sys.stdout, report_path, options.live_feedback)


def _keyboard() -> Iterator[str]:
    while True:
        try:
            line = input("You: ")
        except (EOFError, KeyboardInterrupt):
            return
        yield line
