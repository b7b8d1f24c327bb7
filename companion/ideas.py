"""Ideas offered tentatively when the person asks for them.

"Do you have any suggestions to find people to talk to?" answered with "I
can't tell you what to do" was read blind as a dodge. A peer who is asked
says what other people have found, and hands the choice back: "Some people
find a class around something they already enjoy makes it easier to meet
people; would anything like that fit you?" ``prompts/ideas.jsonl`` holds such
lines, written and reread for this project, each with three ways of asking
for it; the closest ask (MiniLM) chooses the line. Nothing clinical, no
imperative, and every line still passes the guard.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .reviewed_lines import read_jsonl
from .meaning import Embed, MeaningIndex, plain_minilm

# Cosine similarity (int8 MiniLM) from which an ask is taken to be about the
# same thing; below it the honest "I can't tell you what to do" stays.
MIN_SIMILARITY = 0.55


@dataclass(frozen=True)
class Idea:
    topic: str
    asks: tuple[str, ...]
    text: str


def load_ideas(path: Path) -> list[Idea]:
    """The ideas in ``path``; none when it does not exist; a malformed line is a plain error."""
    if not Path(path).exists():
        return []
    return read_jsonl(path, _idea, "an idea (topic, asks, text)")


def _idea(row: dict) -> Idea:
    idea = Idea(str(row["topic"]), tuple(row["asks"]), row["text"].strip())
    if not idea.asks or not all(isinstance(a, str) and a.strip() for a in idea.asks) or not idea.text:
        raise ValueError
    return idea


class IdeaLibrary:
    def __init__(self, ideas: Sequence[Idea], embed: Embed, cache_dir: Path | None = None,
                 min_similarity: float = MIN_SIMILARITY):
        self.ideas = list(ideas)
        self.min_similarity = min_similarity
        self._index = MeaningIndex([i.asks for i in self.ideas], embed, cache_dir, "ideas")

    def idea_for(self, asked: str, avoid: Sequence[str] = ()) -> str | None:
        """The closest idea to what was asked, not said in ``avoid``, if one is close enough."""
        if not self.ideas:
            return None
        closeness = self._index.similarities(asked)
        said = " ".join(avoid)
        for i in np.argsort(-closeness):
            if closeness[i] < self.min_similarity:
                return None
            if self.ideas[i].text not in said:
                return self.ideas[i].text
        return None


def load_idea_library(prompts_dir: Path, cache_dir: Path, threads: int = 2) -> IdeaLibrary | None:
    ideas = load_ideas(Path(prompts_dir) / "ideas.jsonl")
    return IdeaLibrary(ideas, plain_minilm(cache_dir, threads), cache_dir) if ideas else None
