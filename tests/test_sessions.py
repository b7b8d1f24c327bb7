"""Saved conversations are private, durable, and easy to list, show, export and delete."""
import io
import json
import os
import stat

import pytest

from companion.conversation import Conversation
from companion.sessions import SessionStore, read_turns, repair_private_modes
from companion.sessions_command import delete_sessions, list_sessions, show_session
from companion.errors import CompanionError
from test_cli import chat_process, companion, say_and_read_until, write_config


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def saved_session(data_dir, kind="chat", said=("I had a long day", "Thanks for listening")):
    conversation = Conversation(session_file=SessionStore(data_dir).new(kind))
    for text in said:
        conversation.add("person", text)
        conversation.add("companion", "I'm listening.")
    return conversation.session_file


def test_a_saved_conversation_is_readable_only_by_its_owner(tmp_path):
    old = os.umask(0o022)   # the usual umask, which would give 0644 and 0755
    try:
        session = saved_session(tmp_path / "data")
    finally:
        os.umask(old)
    assert mode(session.path) == 0o600
    assert mode(session.path.parent) == 0o700 and mode(tmp_path / "data") == 0o700


def test_open_modes_left_by_an_older_version_are_repaired(tmp_path):
    sessions = tmp_path / "data" / "sessions"
    sessions.mkdir(parents=True)
    old = sessions / "20250101-101010-chat.jsonl"
    old.write_text('{"t": 1, "role": "person", "text": "hello"}\n')
    os.chmod(old, 0o644)
    os.chmod(sessions, 0o755)
    os.chmod(tmp_path / "data", 0o755)
    assert repair_private_modes(tmp_path / "data") == 3
    assert mode(old) == 0o600 and mode(sessions) == 0o700 and mode(tmp_path / "data") == 0o700


def test_the_command_repairs_modes_on_start(tmp_path):
    data = tmp_path / "share"
    (data / "sessions").mkdir(parents=True)
    f = data / "sessions" / "20250101-101010-chat-abc123.jsonl"
    f.write_text('{"t": 1, "role": "person", "text": "hello"}\n')
    os.chmod(f, 0o644)
    cfg = write_config(tmp_path, f'[paths]\ndata_dir = "{data}"\n')
    r = companion("--config", cfg, "sessions", "list")
    assert r.returncode == 0, r.stderr
    assert "20250101-101010-chat-abc123" in r.stdout and '"hello"' in r.stdout
    assert mode(f) == 0o600


def test_two_sessions_started_in_the_same_second_never_share_a_file(tmp_path):
    a = saved_session(tmp_path, said=("first person",))
    b = saved_session(tmp_path, said=("second person",))
    assert a.path != b.path
    assert [t.text for t in read_turns(a.path) if t.role == "person"] == ["first person"]
    assert [t.text for t in read_turns(b.path) if t.role == "person"] == ["second person"]


def test_a_torn_last_line_never_makes_a_session_unreadable(tmp_path):
    session = saved_session(tmp_path)
    with open(session.path, "a") as f:
        f.write('{"t": 3, "role": "person", "te')   # a full disk stopped mid-line
    store = SessionStore(tmp_path)
    [info] = store.list()
    assert info.turns == 4
    out = io.StringIO()
    show_session(store, info.id, out, "Sam")
    assert "You: I had a long day" in out.getvalue() and "You: Thanks for listening" in out.getvalue()


def test_each_turn_is_on_disk_as_soon_as_it_is_added(tmp_path):
    conversation = Conversation(session_file=SessionStore(tmp_path).new("chat"))
    conversation.add("person", "something I said")
    assert [t.text for t in read_turns(conversation.session_file.path)] == ["something I said"]


def test_list_show_and_export(tmp_path):
    saved_session(tmp_path, "chat", ("my cat died last week",))
    saved_session(tmp_path, "talk", ("work was long",))
    store = SessionStore(tmp_path)
    out = io.StringIO()
    list_sessions(store, out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 3 and lines[-1].startswith("2 saved")
    assert any('"my cat died last week"' in line and " chat " in line for line in lines)
    talk_id = next(s.id for s in store.list() if s.kind == "talk")
    exported = tmp_path / "out" / "talk.json"
    show_session(store, talk_id[:21], io.StringIO(), "Sam", fmt="json", to_file=exported)
    data = json.loads(exported.read_text())
    assert data["id"] == talk_id and data["turns"][0] == {**data["turns"][0], "role": "person", "text": "work was long"}
    assert mode(exported) == 0o600


def test_an_unknown_or_ambiguous_id_is_a_plain_error(tmp_path):
    saved_session(tmp_path)
    saved_session(tmp_path)
    store = SessionStore(tmp_path)
    with pytest.raises(CompanionError, match="no saved session"):
        show_session(store, "nope", io.StringIO(), "Sam")
    with pytest.raises(CompanionError, match="fits 2 sessions"):
        show_session(store, "20", io.StringIO(), "Sam")


def test_delete_asks_first_and_keeps_everything_unless_told_yes(tmp_path):
    session = saved_session(tmp_path)
    store = SessionStore(tmp_path)
    for answer in ("n\n", "", "maybe\n"):
        assert delete_sessions(store, session.path.stem, False, False, io.StringIO(), io.StringIO(answer)) == 1
        assert session.path.exists()
    out = io.StringIO()
    assert delete_sessions(store, session.path.stem, False, False, out, io.StringIO("y\n")) == 0
    assert not session.path.exists() and "Deleted the conversation" in out.getvalue()


def test_delete_all_with_yes_leaves_no_conversation(tmp_path):
    for _ in range(3):
        saved_session(tmp_path)
    store = SessionStore(tmp_path)
    out = io.StringIO()
    assert delete_sessions(store, None, True, True, out, io.StringIO()) == 0
    assert "all 3 saved conversations" in out.getvalue()
    assert store.list() == [] and list((tmp_path / "sessions").iterdir()) == []


def test_sessions_from_the_command_line(tmp_path):
    saved_session(tmp_path / "share", said=("a night I want to forget",))
    cfg = write_config(tmp_path, f'[paths]\ndata_dir = "{tmp_path}/share"\n')
    sid = SessionStore(tmp_path / "share").list()[0].id
    r = companion("--config", cfg, "sessions", "show", sid)
    assert r.returncode == 0 and "You: a night I want to forget" in r.stdout
    r = companion("--config", cfg, "sessions", "delete", sid, stdin="no\n")
    assert r.returncode == 1 and "Nothing was deleted" in r.stdout
    r = companion("--config", cfg, "sessions", "delete", "--all", "--yes")
    assert r.returncode == 0 and SessionStore(tmp_path / "share").list() == []
    r = companion("--config", cfg, "sessions", "show", sid)
    assert r.returncode == 2 and "no saved session" in r.stderr and "Traceback" not in r.stderr


def test_with_saving_off_a_chat_leaves_nothing_on_disk(tmp_path, fake_server):
    data = tmp_path / "share"
    with fake_server(["What happened?"]) as server:
        cfg = write_config(tmp_path, f'[model]\nbackend = "openai"\nendpoint = "{server.url}"\n'
                                     f'[paths]\ndata_dir = "{data}"\n'
                                     '[conversation]\nsave_transcripts = false\n')
        r = companion("--config", cfg, "chat", stdin="something private\n/quit\n")
    assert r.returncode == 0 and "What happened?" in r.stdout
    written = [p for p in data.rglob("*") if p.is_file()] if data.exists() else []
    assert written == []


def test_text_that_is_not_utf8_is_read_not_a_traceback(tmp_path, fake_server):
    with fake_server(["Tell me about it."]) as server:
        cfg = write_config(tmp_path, f'[model]\nbackend = "openai"\nendpoint = "{server.url}"\n'
                                     f'[paths]\ndata_dir = "{tmp_path}/share"\n')
        import subprocess
        import sys
        from companion.config import PROJECT_ROOT
        r = subprocess.run([sys.executable, "-m", "companion", "--config", cfg, "chat"],
                           input=b"the caf\xe9 was \xff closed\n/quit\n", capture_output=True, timeout=120,
                           cwd=PROJECT_ROOT)
    assert r.returncode == 0 and b"Traceback" not in r.stderr, r.stderr
    [info] = SessionStore(tmp_path / "share").list()
    said = [t.text for t in read_turns(info.path) if t.role == "person"]
    assert said == ["the café was ÿ closed"]


@pytest.mark.parametrize("body, words", [
    (b"[model]\nname = \"caf\xe9\"\n", "not UTF-8"),
    (b"[model]\nbackend = \"openai\"\nendpoint = \"not a url\"\n", "must be an http:// or https:// address"),
])
def test_a_config_that_cannot_be_used_is_one_plain_line(tmp_path, body, words):
    path = tmp_path / "config.toml"
    path.write_bytes(body)
    r = companion("--config", str(path), "chat")
    assert r.returncode == 2 and words in r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_a_chat_killed_mid_conversation_keeps_every_completed_turn(tmp_path, fake_server):
    import signal

    with fake_server(["What happened then?", "And after that?"]) as server:
        cfg = write_config(tmp_path, f'[model]\nbackend = "openai"\nendpoint = "{server.url}"\n'
                                     f'[paths]\ndata_dir = "{tmp_path}/share"\n')
        proc = chat_process(cfg)
        # the reply is complete (and saved) when the next prompt is shown
        say_and_read_until(proc, "the first thing I said",
                           lambda out: "You: " in out.partition("What happened then?")[2])
        proc.send_signal(signal.SIGKILL)   # no clean-up of any kind
        proc.wait(timeout=30)
    [info] = SessionStore(tmp_path / "share").list()
    said = [(t.role, t.text) for t in read_turns(info.path)]
    assert ("person", "the first thing I said") in said
    assert any(role == "companion" and "What happened then?" in text for role, text in said)
    assert mode(info.path) == 0o600
