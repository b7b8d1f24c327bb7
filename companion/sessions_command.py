"""`companion sessions`: list, show, export and delete saved conversations.

Deleting asks first, unless `yes` is given; an answer that is not "y" or
"yes" (or no answer at all, as from a closed pipe) deletes nothing.
"""
from __future__ import annotations

from pathlib import Path
from typing import TextIO

from .errors import CompanionError
from .sessions import SessionInfo, SessionNotFound, SessionStore, export_json, export_text, write_private_text


def _found(store: SessionStore, session_id: str) -> SessionInfo:
    try:
        return store.find(session_id)
    except SessionNotFound as e:
        raise CompanionError(str(e)) from None


def list_sessions(store: SessionStore, out: TextIO) -> int:
    sessions = store.list()
    if not sessions:
        out.write(f"No saved conversations (they would be in {store.dir}).\n")
        return 0
    for s in sessions:
        turns = f"{s.turns} turn" + ("" if s.turns == 1 else "s")
        preview = f'  "{s.preview}"' if s.preview else ""
        out.write(f"{s.id}  {s.started:%Y-%m-%d %H:%M}  {s.kind:<5}  {turns:>9}{preview}\n")
    out.write(f"{len(sessions)} saved, in {store.dir}\n")
    return 0


def show_session(store: SessionStore, session_id: str, out: TextIO, companion_name: str,
                 fmt: str = "txt", to_file: Path | None = None) -> int:
    session = _found(store, session_id)
    turns = store.turns(session)
    text = export_json(session, turns) if fmt == "json" else export_text(session, turns, companion_name)
    if to_file is None:
        out.write(text)
        return 0
    try:
        write_private_text(to_file, text)   # an export is as private as the session
    except OSError as e:
        raise CompanionError(f"could not write {to_file}: {e.strerror or e}") from None
    out.write(f"Written to {to_file} (readable only by you).\n")
    return 0


def _confirmed(question: str, out: TextIO, answers: TextIO) -> bool:
    out.write(f"{question} [y/N] ")
    out.flush()
    reply = answers.readline().strip().lower()
    return reply in ("y", "yes")


def delete_sessions(store: SessionStore, session_id: str | None, every: bool, yes: bool,
                    out: TextIO, answers: TextIO) -> int:
    if every == bool(session_id):
        raise CompanionError("say which session to delete (its id), or --all for every one")
    targets = store.list() if every else [_found(store, session_id)]
    if not targets:
        out.write("No saved conversations to delete.\n")
        return 0
    what = (f"all {len(targets)} saved conversations" if every and len(targets) > 1
            else "the one saved conversation" if every
            else f"the conversation {targets[0].id} ({targets[0].turns} turns)")
    if not yes and not _confirmed(f"Delete {what}? This cannot be undone.", out, answers):
        out.write("Nothing was deleted.\n")
        return 1
    for session in targets:
        store.delete(session)
    out.write(f"Deleted {what}.\n")
    return 0
