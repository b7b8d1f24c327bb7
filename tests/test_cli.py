"""The command line, run as a real process: round trips and plain errors."""
import json
import os
import subprocess
import sys


from companion.config import PROJECT_ROOT


def companion(*args, stdin="", env=None, timeout=120):
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "companion", *args], input=stdin, capture_output=True,
                          text=True, timeout=timeout, env=full_env, cwd=PROJECT_ROOT)


def chat_process(cfg):
    """`companion chat` as a live process, to be typed into line by line."""
    return subprocess.Popen([sys.executable, "-m", "companion", "--config", cfg, "chat"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=PROJECT_ROOT)


def say_and_read_until(proc, line, done, timeout=90):
    """Type a line, then read the output until done(output) holds."""
    import time

    proc.stdin.write(line + "\n")
    proc.stdin.flush()
    deadline, seen = time.monotonic() + timeout, ""
    while not done(seen) and time.monotonic() < deadline:
        seen += proc.stdout.read(1)
    return seen


def write_config(tmp_path, body):
    path = tmp_path / "config.toml"
    path.write_text(body)
    return str(path)


def test_help_lists_every_command_with_one_line():
    r = companion("--help")
    assert r.returncode == 0
    for command in ("chat", "reply", "guard", "prepare", "eval"):
        assert f"    {command} " in r.stdout


def test_guard_plain_lines():
    r = companion("guard", stdin="You should quit.\nTell me more.\n\n")
    assert r.returncode == 0
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [row["verdict"] for row in rows] == ["reject", "pass"]
    assert rows[0]["categories"] == ["H1"] and rows[0]["triggers"][0]["words"]
    assert set(rows[0]) == {"id", "text", "verdict", "categories", "triggers"}


def test_guard_jsonl_keeps_ids_and_reports_bad_lines():
    stdin = json.dumps({"id": "a", "text": "Trust me."}) + "\nnot json\n" + json.dumps({"id": 7, "text": "Take your time."}) + "\n"
    r = companion("guard", "--jsonl", stdin=stdin)
    assert r.returncode == 0
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows[0]["id"] == "a" and rows[0]["verdict"] == "reject" and rows[0]["categories"] == ["H2"]
    assert "error" in rows[1]
    assert rows[2]["id"] == 7 and rows[2]["verdict"] == "pass"


def test_bad_config_is_one_plain_line(tmp_path):
    cfg = write_config(tmp_path, '[model]\nbackend = "gpt5"\n')
    r = companion("--config", cfg, "chat")
    assert r.returncode == 2
    assert "model.backend must be one of: embedded, transformers, gguf, openai" in r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_unreachable_endpoint_is_one_plain_line(tmp_path):
    cfg = write_config(tmp_path, '[model]\nbackend = "openai"\nendpoint = "http://127.0.0.1:9/v1"\ntimeout_s = 2\n')
    r = companion("--config", cfg, "reply", "--jsonl", "-", stdin="")
    assert r.returncode == 2
    assert "cannot reach the chat endpoint http://127.0.0.1:9/v1" in r.stderr
    assert "Traceback" not in r.stderr


def test_missing_model_file_is_one_plain_line(tmp_path):
    cfg = write_config(tmp_path, f'[model]\nbackend = "gguf"\npath = "{tmp_path}/missing.gguf"\n')
    r = companion("--config", cfg, "chat", stdin="hi\n")
    assert r.returncode == 2 and "not a file" in r.stderr and "Traceback" not in r.stderr


def test_reply_jsonl_round_trip_through_an_openai_compatible_server(tmp_path, fake_server):
    windows = [
        {"id": "w1", "context": [{"role": "seeker", "text": "My cat died last week and the flat feels empty."}],
         "extra": "ignored"},
        {"id": "w2", "context": [{"role": "seeker", "text": "hi"}, {"role": "supporter", "text": "Hi there."},
                                 {"role": "seeker", "text": "I want to kill myself."}]},
        {"id": "w3", "context": "broken"},
    ]
    replies = ["So the flat feels empty without your cat. That makes me sad too.",
               "That makes me sad too. What was she like?",
               "What was she like?"]
    with fake_server(replies) as server:
        cfg = write_config(tmp_path, f'[model]\nbackend = "openai"\nendpoint = "{server.url}"\nmodel_name = "tiny"\n'
                                     '[generation]\nreflect_first = false\n')
        r = companion("--config", cfg, "reply", "--jsonl", "-", stdin="\n".join(json.dumps(w) for w in windows))
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [row["id"] for row in rows] == ["w1", "w2", "w3"]
    w1, w2, w3 = rows
    assert w1["reply"] == "So the flat feels empty without your cat. That makes me sad too. What was she like?"
    assert [s["verdict"] for s in w1["sentences"]] == ["pass"] * 3
    assert set(w1) >= {"id", "reply", "sentences", "regenerated", "fallback", "crisis", "first_sentence_s", "total_s"}
    assert not w1["fallback"] and not w1["crisis"]
    assert w2["crisis"] and "988" in w2["reply"]
    assert "error" in w3
    # the endpoint saw the persona, the person's words, and the continuation prefix
    first = server.requests[0]
    assert first["model"] == "tiny" and first["stream"] is True
    assert first["messages"][0]["role"] == "system"
    assert first["messages"][-1] == {"role": "user", "content": "My cat died last week and the flat feels empty."}
    second = server.requests[1]
    assert second["messages"][-1]["role"] == "assistant" and second["continue_final_message"] is True
    assert "progress" in r.stderr or "replied to" in r.stderr


def test_chat_conversation_saves_what_the_person_said(tmp_path, fake_server):
    with fake_server(["It sounds like a long day.", "What made it long?"]) as server:
        cfg = write_config(tmp_path, f'[model]\nbackend = "openai"\nendpoint = "{server.url}"\n'
                                     f'[paths]\ndata_dir = "{tmp_path}/share"\n')
        r = companion("--config", cfg, "chat", stdin="/help\nwhat a long day\n/quit\n")
    assert r.returncode == 0, r.stderr
    assert "AI companion" in r.stdout  # says what it is at the start
    assert "/quit" in r.stdout  # help shown
    assert "Sam: It sounds like a long day. What made it long?" in r.stdout
    saved = list((tmp_path / "share" / "sessions").glob("*.jsonl"))
    assert len(saved) == 1
    turns = [json.loads(line) for line in saved[0].read_text().splitlines()]
    assert {"role": "person", "text": "what a long day"}.items() <= turns[1].items()


def test_chat_survives_end_of_input(tmp_path, fake_server):
    with fake_server([]) as server:
        cfg = write_config(tmp_path, f'[model]\nbackend = "openai"\nendpoint = "{server.url}"\n'
                                     '[conversation]\nsave_transcripts = false\n')
        r = companion("--config", cfg, "chat", stdin="")
    assert r.returncode == 0 and "Goodbye" in r.stdout


def test_ctrl_c_in_chat_is_a_plain_stop(tmp_path, fake_server):
    import signal
    import time

    with fake_server([]) as server:
        cfg = write_config(tmp_path, f'[model]\nbackend = "openai"\nendpoint = "{server.url}"\n'
                                     '[conversation]\nsave_transcripts = false\n')
        # Ctrl-C live in the child, as at a terminal, even when the test runner
        # itself runs in the background (where a shell starts jobs ignoring it)
        proc = subprocess.Popen([sys.executable, "-m", "companion", "--config", cfg, "chat"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=PROJECT_ROOT,
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.default_int_handler))
        deadline = time.monotonic() + 60
        seen = ""
        while "You: " not in seen and time.monotonic() < deadline:
            seen += proc.stdout.read(1)
        proc.send_signal(signal.SIGINT)
        # the terminal stays open while the person presses Ctrl-C: stdin is
        # not closed under the prompt before the signal has arrived
        proc.wait(timeout=30)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert "Stopped." in err and "Traceback" not in err


def test_unwritable_transcript_is_reported_once_and_the_chat_goes_on(tmp_path, fake_server):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the data folder should be")
    with fake_server(["What happened first?", "And then what?"]) as server:
        cfg = write_config(tmp_path, f'[model]\nbackend = "openai"\nendpoint = "{server.url}"\n'
                                     f'[paths]\ndata_dir = "{blocker}"\n')
        r = companion("--config", cfg, "chat", stdin="first\nsecond\n/quit\n")
    assert r.returncode == 0, r.stderr
    assert r.stderr.count("can no longer be saved") == 1
    # the replies go on being spoken (after a brief acknowledgement of "first")
    assert "What happened first?" in r.stdout and "And then what?" in r.stdout


def test_a_chat_shows_the_conversation_and_no_library_warning(tmp_path):
    r = companion("chat", stdin="I feel flat today\nmy sister never calls me back\n/quit\n",
                  env={"XDG_DATA_HOME": str(tmp_path)})
    assert r.returncode == 0
    out = r.stdout + r.stderr
    assert out.count("You: Sam:") == 3, out   # two replies and the goodbye
    assert "Warning" not in out and "Traceback" not in out, out


def test_a_model_server_that_dies_mid_conversation_costs_a_reply_its_model_text_not_the_chat(tmp_path, fake_server):
    server = fake_server(["What happened next?"] * 3)
    server.__enter__()
    cfg = write_config(tmp_path, f'[model]\nbackend = "openai"\nendpoint = "{server.url}"\ntimeout_s = 3\n'
                                 f'[paths]\ndata_dir = "{tmp_path}/share"\n')
    proc = chat_process(cfg)
    seen = say_and_read_until(proc, "my week was long", lambda out: "What happened next?" in out)
    server.__exit__()   # the server goes away mid-conversation
    out, err = proc.communicate("and today was worse\nstill there?\n/quit\n", timeout=90)
    assert proc.returncode == 0, err
    replies = [line for line in (seen + out).split("You: ")[1:] if line.startswith("Sam:")]
    assert len(replies) == 4, seen + out   # three turns answered, then the goodbye
    assert (seen + out).count("The language model failed") == 1   # said once
    assert "Traceback" not in err


def test_a_batch_marks_the_line_a_failing_server_did_not_answer_and_goes_on(tmp_path, fake_server):
    def replies(request):
        said = " ".join(m["content"] for m in request["messages"] if m["role"] == "user")
        return None if "cat" in said else "What happened next?"   # None: the server answers 503

    with fake_server(replies) as server:
        cfg = write_config(tmp_path, f'[model]\nbackend = "openai"\nendpoint = "{server.url}"\n')
        rows = [json.dumps({"id": i, "context": [{"role": "seeker", "text": t}]})
                for i, t in enumerate(["I lost my job today", "my cat is ill and I can't afford the vet",
                                       "my sister won't talk to me"])]
        r = companion("--config", cfg, "reply", "--jsonl", "-", stdin="\n".join(rows) + "\n")
    assert r.returncode == 0, r.stderr
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert [row["id"] for row in out] == [0, 1, 2]
    assert "error" in out[1] and "503" in out[1]["error"] and out[1]["reply"]   # reviewed lines, marked
    assert "error" not in out[0] and "error" not in out[2]
