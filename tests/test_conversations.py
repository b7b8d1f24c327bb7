"""Whole conversations typed into `companion chat`, as a person would: the
20 conversations written for this project (eval/conversations_dev.jsonl,
180 turns). What a reader checks first, checked here: every turn answered,
nothing but the conversation on the screen, goodbyes let go without a
question, at most 60% of replies ending in a question, and no sentence said
twice in a conversation."""
import json
import re
import subprocess
import sys
from collections import Counter

import pytest

from companion.config import PROJECT_ROOT

CONVERSATIONS = [json.loads(line) for line in
                 (PROJECT_ROOT / "eval" / "conversations_dev.jsonl").read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def typed():
    """Each conversation typed into its own `companion chat`: (turns, replies, stderr)."""
    out = []
    for conversation in CONVERSATIONS:
        done = subprocess.run([sys.executable, "-m", "companion", "chat"], input="\n".join(conversation["turns"]) + "\n",
                              capture_output=True, text=True, timeout=300, cwd=PROJECT_ROOT)
        replies = [r.strip() for r in re.findall(r"You: Sam:(.*)", done.stdout)]
        out.append((conversation, replies, done.stderr))
    return out


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
