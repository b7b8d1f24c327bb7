"""Saved conversations: one private file per session, easy to list, show, export and delete.

Why JSON lines, one file per session, and not SQLite: a session is a short,
append-only list of turns that a person may want to read, copy or remove.
Deleting a file removes every byte of it at once (a database would keep
freed pages until a VACUUM), and a file needs no tool to read. Each turn is
written with one append and fsynced before the next turn starts; a torn last
line (full disk, power cut) is skipped when reading, so a session is never
unreadable.

Everything under the data directory is the person's alone: folders 0700,
files 0600, and modes that are too open are repaired on start.
"""
from __future__ import annotations

import json
import os
import secrets
import stat
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
SUFFIX = ".jsonl"


def make_private_dir(path: Path) -> Path:
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    os.chmod(path, PRIVATE_DIR)
    return path


def repair_private_modes(data_dir: Path) -> int:
    """Make `data_dir` and everything in it private; returns how many modes were changed.
    Symbolic links are left alone (their target may be anyone's)."""
    if not data_dir.is_dir():
        return 0
    changed = 0
    for path in [data_dir, *data_dir.rglob("*")]:
        try:
            st = path.lstat()
            if stat.S_ISLNK(st.st_mode):
                continue
            wanted = PRIVATE_DIR if stat.S_ISDIR(st.st_mode) else PRIVATE_FILE
            if stat.S_IMODE(st.st_mode) & ~wanted:
                os.chmod(path, stat.S_IMODE(st.st_mode) & wanted)
                changed += 1
        except OSError:
            continue  # not ours, or gone: nothing to repair
    return changed


def write_private_text(path: Path, text: str) -> None:
    """Write a whole file readable only by its owner, replacing it atomically.
    A folder that already exists keeps its mode: it may be the person's own."""
    path.parent.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class SessionFile:
    """Appends one conversation's turns as JSON lines. A failing disk is
    reported once and is not fatal: the conversation goes on, unsaved."""

    def __init__(self, path: Path, data_dir: Path | None = None):
        self.path = path
        self.data_dir = data_dir   # made private too, when the first turn creates the file
        self.failed: str | None = None
        self._created = path.exists()

    @classmethod
    def new(cls, data_dir: Path, kind: str) -> "SessionFile":
        """A unique name, so two sessions started in the same second never share a file."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        return cls(data_dir / "sessions" / f"{stamp}-{kind}-{secrets.token_hex(3)}{SUFFIX}", data_dir)

    def write(self, role: str, text: str) -> None:
        if self.failed:
            return
        line = json.dumps({"t": round(time.time(), 3), "role": role, "text": text}, ensure_ascii=False) + "\n"
        try:
            if not self._created:
                if self.data_dir is not None:
                    make_private_dir(self.data_dir)
                make_private_dir(self.path.parent)
                # O_EXCL: never append to someone else's file, even one made in this second
                fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
                self._created = True
            else:
                fd = os.open(self.path, os.O_WRONLY | os.O_APPEND)
            try:
                os.write(fd, line.encode("utf-8", errors="replace"))
                os.fsync(fd)   # on disk before the next turn starts
            finally:
                os.close(fd)
        except OSError as e:
            self.failed = e.strerror or str(e)
            print(f"Note: the conversation can no longer be saved to {self.path} ({self.failed}); "
                  "it goes on, but is not kept.", file=sys.stderr)

    @property
    def saved(self) -> bool:
        return self._created and not self.failed and self.path.exists()


@dataclass(frozen=True)
class SessionInfo:
    id: str
    kind: str
    started: datetime
    turns: int
    path: Path
    preview: str   # the person's first words, to recognise the session by


@dataclass(frozen=True)
class SavedTurn:
    t: float
    role: str
    text: str


class SessionNotFound(LookupError):
    pass


class SessionStore:
    """The sessions folder under the data directory."""

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.dir = self.data_dir / "sessions"

    def new(self, kind: str) -> SessionFile:
        return SessionFile.new(self.data_dir, kind)

    def list(self) -> list[SessionInfo]:
        if not self.dir.is_dir():
            return []
        infos = [self._info(p) for p in self.dir.glob(f"*{SUFFIX}") if p.is_file()]
        return sorted(infos, key=lambda s: (s.started, s.id))

    def find(self, session_id: str) -> SessionInfo:
        """By its id, or a unique start of it (as `git` takes a short hash)."""
        sessions = self.list()
        exact = [s for s in sessions if s.id == session_id]
        matches = exact or [s for s in sessions if session_id and s.id.startswith(session_id)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise SessionNotFound(f"no saved session has the id {session_id!r} (see: companion sessions list)")
        raise SessionNotFound(f"{session_id!r} fits {len(matches)} sessions; give more of the id")

    def turns(self, session: SessionInfo) -> list[SavedTurn]:
        return read_turns(session.path)

    def delete(self, session: SessionInfo) -> None:
        session.path.unlink(missing_ok=True)

    def _info(self, path: Path) -> SessionInfo:
        turns = read_turns(path)
        parts = path.stem.split("-")
        kind = parts[2] if len(parts) > 2 else "chat"
        try:
            started = datetime.strptime("-".join(parts[:2]), "%Y%m%d-%H%M%S")
        except ValueError:
            started = datetime.fromtimestamp(path.stat().st_mtime)
        first = next((t.text for t in turns if t.role == "person"), "")
        preview = first if len(first) <= 60 else first[:57].rstrip() + "..."
        return SessionInfo(path.stem, kind, started, len(turns), path, preview)


def read_turns(path: Path) -> list[SavedTurn]:
    """Every readable turn; a torn or garbled line is skipped, never fatal."""
    turns = []
    try:
        raw = path.read_bytes()
    except OSError:
        return []
    for line in raw.decode("utf-8", errors="replace").splitlines():
        try:
            row = json.loads(line)
            turns.append(SavedTurn(float(row.get("t", 0.0)), str(row["role"]), str(row["text"])))
        except (ValueError, KeyError, TypeError, AttributeError):
            continue
    return turns


def export_text(session: SessionInfo, turns: list[SavedTurn], companion_name: str = "Companion") -> str:
    lines = [f"Conversation {session.id} ({session.kind}), started {session.started:%Y-%m-%d %H:%M}", ""]
    for turn in turns:
        who = "You" if turn.role == "person" else companion_name
        when = datetime.fromtimestamp(turn.t).strftime("%H:%M") if turn.t else "--:--"
        lines.append(f"[{when}] {who}: {turn.text}")
    return "\n".join(lines) + "\n"


def export_json(session: SessionInfo, turns: list[SavedTurn]) -> str:
    return json.dumps({"id": session.id, "kind": session.kind, "started": session.started.isoformat(),
                       "turns": [{"t": t.t, "role": t.role, "text": t.text} for t in turns]},
                      indent=2, ensure_ascii=False) + "\n"
