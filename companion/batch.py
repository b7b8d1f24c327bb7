"""``companion reply --jsonl``: replies to dialogue windows, one model load.

Input lines are ESConv-style: {"id", "context": [{"role": "seeker"|"supporter", "text"}]}.
The last seeker turn is what the companion answers; the turns before it are
the history. A bad line gets an error line and the rest go on.
"""
from __future__ import annotations

import json
import sys
from typing import TextIO

from .conversation import Turn
from .errors import CompanionError
from .responder import Responder

_ROLES = {"seeker": "person", "supporter": "companion"}


def parse_window(row: dict) -> tuple[list[Turn], str]:
    context = row.get("context")
    if not isinstance(context, list) or not context:
        raise ValueError('"context" must be a non-empty list of turns')
    turns = []
    for t in context:
        if not isinstance(t, dict) or t.get("role") not in _ROLES or not isinstance(t.get("text"), str):
            raise ValueError('each turn needs "role" (seeker or supporter) and "text"')
        turns.append(Turn(_ROLES[t["role"]], t["text"]))
    last = max((i for i, t in enumerate(turns) if t.role == "person"), default=None)
    if last is None:
        raise ValueError("the context has no seeker turn to answer")
    return turns[:last], turns[last].text


def read_lines(path: str) -> list[str]:
    if path == "-":
        return sys.stdin.read().splitlines()
    try:
        with open(path, encoding="utf-8") as f:
            return f.read().splitlines()
    except OSError as e:
        raise CompanionError(f"cannot read {path}: {e.strerror}") from None
    except UnicodeDecodeError:
        raise CompanionError(f"{path} is not UTF-8 text") from None


def reply_record(responder: Responder, ident, history: list[Turn], text: str) -> dict:
    stream = responder.respond(history, text)
    sentences = list(stream)
    r = stream.reply
    record = {
        "id": ident,
        "reply": r.text,
        "sentences": [s.to_dict() for s in sentences],
        "regenerated": r.regenerated,
        "fallback": r.fallback,
        "crisis": r.crisis,
        "risk": r.risk.to_dict(),
        "first_sentence_s": None if r.first_sentence_s is None else round(r.first_sentence_s, 3),
        "total_s": round(r.total_s, 3),
    }
    if r.error:
        record["error"] = r.error
    return record


def reply_jsonl(responder: Responder, path: str, out: TextIO) -> int:
    lines = read_lines(path)
    total = sum(1 for line in lines if line.strip())
    done = failed = 0
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        ident = n
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise ValueError("not a JSON object")
            ident = row.get("id", n)
            history, text = parse_window(row)
        except ValueError as e:
            failed += 1
            out.write(json.dumps({"id": ident, "error": f"line {n}: {e}"}) + "\n")
        else:
            out.write(json.dumps(reply_record(responder, ident, history, text), ensure_ascii=False) + "\n")
            done += 1
        out.flush()
        if (done + failed) % 10 == 0 or done + failed == total:
            print(f"replied to {done} of {total} ({failed} bad lines so far)", file=sys.stderr, flush=True)
    print(f"done: {done} replies, {failed} bad lines", file=sys.stderr, flush=True)
    return 0 if done or not failed else 1
