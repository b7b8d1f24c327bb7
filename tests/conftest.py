import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from companion.config import PROJECT_ROOT, Config
from companion.guard import Guard
from companion.language_model import ChatModelDefaults, GenerationRequest
from companion.prompts import load_prompts
from companion.responder import Responder


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch):
    """Keep every test away from the real ~/.cache, ~/.local/share and ~/.config."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("COMPANION_CONFIG", raising=False)


class ScriptedModel(ChatModelDefaults):
    """A ChatModel that returns scripted continuations, one per generate() call,
    streamed in small chunks like a real model. A script entry that is an
    Exception is raised instead."""

    name = "scripted"

    def __init__(self, outputs):
        self.outputs = list(outputs)
        self.requests: list[GenerationRequest] = []
        self.closed = 0

    def generate(self, request):
        self.requests.append(request)
        out = self.outputs.pop(0) if self.outputs else ""
        if isinstance(out, Exception):
            raise out
        try:
            for i in range(0, len(out), 7):
                yield out[i:i + 7]
        finally:
            self.closed += 1


@pytest.fixture
def prompts():
    return load_prompts(PROJECT_ROOT / "prompts")


@pytest.fixture
def make_responder(prompts):
    def make(outputs, **gen):
        cfg = Config()
        # Scripted outputs stand for the whole reply; tests of the opening
        # reflection ask for it explicitly.
        gen.setdefault("reflect_first", False)
        # ...and the model writes the sentence after the reflection (None: a
        # model that could not be loaded)
        gen.setdefault("reaction", "model")
        for k, v in gen.items():
            setattr(cfg.generation, k, v)
        model = ScriptedModel(outputs) if outputs is not None else None
        return Responder(model, Guard(), prompts, cfg), model
    return make


class FakeChatServer:
    """A small OpenAI-compatible /v1/chat/completions server on loopback that
    streams scripted replies as server-sent events, and records requests."""

    def __init__(self, replies):
        # a list of replies, one per request, or a function of the request
        self.replies = replies if callable(replies) else list(replies)
        self.requests = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_GET(self):
                body = json.dumps({"data": [{"id": "fake"}]}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                outer.requests.append(json.loads(self.rfile.read(length)))
                if callable(outer.replies):
                    text = outer.replies(outer.requests[-1])
                else:
                    text = outer.replies.pop(0) if outer.replies else ""
                if text is None:   # a server in trouble
                    self.send_error(503, "Service Unavailable")
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                try:
                    for word in text.split(" "):
                        chunk = {"choices": [{"delta": {"content": word + " "}}]}
                        self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                        self.wfile.flush()
                    self.wfile.write(b"data: [DONE]\n\n")
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client closed early after one sentence

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fake_server():
    return FakeChatServer


@pytest.fixture(autouse=True)
def no_companion_process_outlives_its_test():
    yield
    from voice_session import stop_leftovers

    stop_leftovers()


@pytest.fixture
def feeling_responder(prompts):
    """The default reply path (reviewed lines, no model) with the rules-only guard."""
    cfg = Config()
    cfg.generation.reaction = "feeling"
    return Responder(None, Guard(), prompts, cfg)
