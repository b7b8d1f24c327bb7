"""Whole conversations typed into `companion chat`, as a person would: the
36 conversations written for this project (eval/conversations_dev.jsonl and
conversations_dev2.jsonl, 374 turns). What a reader checks first, checked here: every turn answered,
nothing but the conversation on the screen, goodbyes let go without a
question, at most 60% of replies ending in a question, and no sentence said
twice in a conversation."""
import json
import os
import re
import subprocess
import sys
from collections import Counter

import pytest

from companion.config import PROJECT_ROOT

CONVERSATIONS = [json.loads(line) for name in ("conversations_dev.jsonl", "conversations_dev2.jsonl")
                 for line in (PROJECT_ROOT / "eval" / name).read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def saved_in(tmp_path_factory):
    """The data folder the typed conversations are saved in. A module's
    fixture is made before the autouse one that points XDG_DATA_HOME away
    from the person's own folder, so it is set here: these conversations
    had been saved among the real ones on every run of the tests."""
    return tmp_path_factory.mktemp("conversations") / "data"


@pytest.fixture(scope="module")
def typed(saved_in):
    """Each conversation typed into its own `companion chat`: (turns, replies, stderr)."""
    env = {**os.environ, "XDG_DATA_HOME": str(saved_in), "XDG_CONFIG_HOME": str(saved_in.parent / "config")}
    out = []
    for conversation in CONVERSATIONS:
        done = subprocess.run([sys.executable, "-m", "companion", "chat"], input="\n".join(conversation["turns"]) + "\n",
                              capture_output=True, text=True, timeout=300, cwd=PROJECT_ROOT, env=env)
        replies = [r.strip() for r in re.findall(r"You: Sam:(.*)", done.stdout)]
        out.append((conversation, replies, done.stderr))
    return out


def test_each_conversation_is_saved_in_the_folder_it_was_given(typed, saved_in):
    assert len(list((saved_in / "companion" / "sessions").iterdir())) == len(CONVERSATIONS)


def test_every_turn_is_answered_and_nothing_else_reaches_the_screen(typed):
    for conversation, replies, stderr in typed:
        assert len(replies) == len(conversation["turns"]), conversation["id"]
        assert all(replies), conversation["id"]
        assert stderr == "", (conversation["id"], stderr[:300])


def test_goodbyes_are_let_go_without_a_question(typed):
    for conversation, replies, _ in typed:
        assert not replies[-1].endswith("?"), (conversation["id"], conversation["turns"][-1], replies[-1])


def test_at_most_sixty_percent_of_replies_end_in_a_question(typed):
    replies = [r for _, rs, _ in typed for r in rs]
    assert sum(r.endswith("?") for r in replies) / len(replies) <= 0.6


def test_no_sentence_is_said_twice_in_a_conversation(typed):
    for conversation, replies, _ in typed:
        said = Counter(s.lower() for r in replies for s in re.split(r"(?<=[.!?])\s+", r) if len(s.split()) >= 3)
        assert not [s for s, n in said.items() if n > 1], conversation["id"]
