"""Reviewed reactions, chosen by meaning.

The language model's middle sentence was the main source of broken or
invented sentences in replies. ``prompts/reactions/*.jsonl`` holds thousands
of reactions written and read for sense and tone, each with three things a
person might say that it fits. A turn is matched to those example turns with
MiniLM sentence embeddings; the best reaction above a similarity threshold,
not yet said in the conversation, is spoken. When nothing fits well enough,
the reply goes on without one (the model, or the persona's declared shares).

Every reaction still passes the guard before it is spoken.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol
from pathlib import Path

import numpy as np

from .hurtful import carries_pain, good_news, hurtful_words
from .reviewed_lines import read_jsonl
from .meaning import Embed, MeaningIndex, plain_minilm
from .words import content_words

# Cosine similarity (int8 MiniLM) from which the closest example turn is
# taken to mean the same situation. Judged blind at 0.6 (README): the
# reactions chosen were more responsive than the model's sentence but no
# more sensible, so the library is off by default.
MIN_SIMILARITY = 0.6
# A turn with fewer content words than this is matched together with the
# person's turn before it ("yes, all of it" says little on its own).
BRIEF_CONTENT_WORDS = 3
# Embeddings hear "my tests came back fine" and "...came back bad" as nearly
# the same: a reaction's feeling must agree with the turn's. Gladness never
# answers pain, and sorrow does not answer plain good news.
POSITIVE_FEELINGS = frozenset({"hopeful", "relieved", "proud", "grateful"})


def feeling_fits(reaction: "Reaction", said: str) -> bool:
    if reaction.feeling in POSITIVE_FEELINGS:
        # gladness needs good news said in words: "my sister hasn't spoken to
        # me since the wedding" has no pain word, and is no good news either
        return good_news(said) and not carries_pain(said)
    return carries_pain(said) or not good_news(said)


@dataclass(frozen=True)
class Reaction:
    situation: str
    feeling: str
    turns: tuple[str, ...]
    text: str


def load_reactions(folder: Path) -> list[Reaction]:
    """Every reaction in ``folder/*.jsonl``; a malformed line is a plain error."""
    return [r for path in sorted(Path(folder).glob("*.jsonl"))
            for r in read_jsonl(path, _reaction, "a reaction (situation, feeling, turns, text)")]


def _reaction(row: dict) -> Reaction:
    turns = tuple(row["turns"])
    reaction = Reaction(str(row["situation"]), str(row["feeling"]), turns, row["text"].strip())
    if not turns or not all(isinstance(t, str) and t.strip() for t in turns) or not reaction.text:
        raise ValueError
    return reaction


def opening_words(sentence: str, words: int = 3) -> str:
    """Its first three words ("it sounds like"): a reaction does not open as
    the sentence before it in the same reply did."""
    return " ".join(sentence.lower().replace("\u2019", "'").split()[:words])


class ReactionSource(Protocol):
    """What the responder asks of a set of reviewed reactions."""

    def reaction_for(self, text: str, earlier: str = "", avoid: Sequence[str] = (),
                     not_opening_as: Sequence[str] = ()) -> str | None:
        """A reaction to ``text`` (read with ``earlier``, the person's turn
        before), not one said in ``avoid`` nor opening as a sentence of
        ``not_opening_as``; None when none fits."""


class ReactionLibrary:
    def __init__(self, reactions: Sequence[Reaction], embed: Embed, cache_dir: Path | None = None,
                 min_similarity: float = MIN_SIMILARITY):
        self.reactions = list(reactions)
        self.min_similarity = min_similarity
        self._index = MeaningIndex([r.turns for r in self.reactions], embed, cache_dir, "reactions")

    def choose(self, text: str, earlier: str = "", avoid: Sequence[str] = (),
               not_opening_as: Sequence[str] = ()) -> tuple[Reaction, float] | None:
        """The reaction that best fits ``text`` (read with ``earlier``, the
        person's turn before, when ``text`` says little), if one fits well
        enough and was not said in ``avoid``."""
        if not self.reactions:
            return None
        query = text if len(content_words(text)) >= BRIEF_CONTENT_WORDS or not earlier else f"{earlier} {text}"
        best = self._index.similarities(query)
        said = " ".join(avoid)
        openings = {opening_words(s) for s in not_opening_as}
        for i in np.argsort(-best):
            if best[i] < self.min_similarity:
                return None
            reaction = self.reactions[i]
            # one that the last net would hold back is passed over for the next
            if reaction.text not in said and opening_words(reaction.text) not in openings \
                    and feeling_fits(reaction, query) and not hurtful_words(reaction.text, query):
                return reaction, float(best[i])
        return None

    def reaction_for(self, text: str, earlier: str = "", avoid: Sequence[str] = (),
                     not_opening_as: Sequence[str] = ()) -> str | None:
        found = self.choose(text, earlier, avoid, not_opening_as)
        return found[0].text if found is not None else None


def load_reaction_library(prompts_dir: Path, cache_dir: Path, threads: int = 2) -> ReactionLibrary | None:
    """The library with the plain int8 MiniLM, or None when there is none."""
    reactions = load_reactions(Path(prompts_dir) / "reactions")
    if not reactions:
        return None
    return ReactionLibrary(reactions, plain_minilm(cache_dir, threads), cache_dir)


def load_reactions_for(cfg) -> ReactionSource | None:
    """The reviewed reactions that ``generation.reaction`` asks for."""
    if cfg.reaction == "feeling":
        from .feelings import load_feeling_reactions

        return load_feeling_reactions(cfg.prompts_dir, cfg.cache_dir, cfg.model.threads)
    if cfg.reaction == "situation":
        return load_reaction_library(cfg.prompts_dir, cfg.cache_dir, cfg.model.threads)
    return None
