"""Ideas offered tentatively when the person asks for them.

"Any tips for finding people to talk to?" answered with "I
can't tell you what to do" was read blind as a dodge. A peer who is asked
says what other people have found, and hands the choice back: "Some people
find a class around something they already enjoy makes it easier to meet
people; would anything like that fit you?" ``prompts/ideas.jsonl`` holds such
lines, written and reread for this project, each with three ways of asking
for it; the closest ask (MiniLM) chooses the line. Nothing clinical, no
imperative, and every line still passes the guard.
"""
from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .reflection_lexicon import is_word
from .vocabulary import PEOPLE_BY_PART, alternatives
from .reviewed_lines import read_jsonl
from .meaning import Embed, MeaningIndex, plain_minilm
from .words import content_words, words

# Cosine similarity (int8 MiniLM) from which an ask is taken to be about the
# same thing; below it the honest "I can't tell you what to do" stays.
MIN_SIMILARITY = 0.55


# Words of asking, not of a topic: "any advice?", "what helps you cope?",
# "how do I get better at it?". An ask made of these alone names no topic.
_ASKING = content_words("""advice advise advised advising suggestion suggestions suggest tip tips idea ideas tactic tactics
    strategy strategies technique techniques recommendation recommendations recommend trick tricks way ways help helps helped
    helpful helping thing things stuff anyone someone anybody somebody better good best great deal dealing cope coping handle
    handling manage managing get getting try trying start starting stop stopping need needs know let keep much many else more
    other next now ever actually please thank thanks hello kind sort able situation problem problems issue issues mind tell
    share give suggest mean work works working happen happens first step steps done doing thought thoughts wonder wondering
    option options anything something everything nothing none far welcome begin even sure supposed meant""")


def topic_words(text: str) -> set[str]:
    """The words of ``text`` that name what it is about, not the asking. A
    slip of the typing names nothing ("any advise on how to handel it?" asks
    about what was said before it)."""
    return content_words(" ".join(w for w in words(text) if is_word(w))) - _ASKING


_PEOPLE = {part: re.compile(rf"\b{alternatives(names)}\b", re.I) for part, names in PEOPLE_BY_PART.items()}


# What they said they will not do ("I don't want to say sorry first", "I
# won't beg him"): an idea that is that very thing is not offered. Read
# blind, "some people find a simple apology lands best" followed "I don't
# want to say sorry first".
_REFUSED = re.compile(r"\b(?:(?:don'?t|dont|do\s+not|never)\s+(?:really\s+)?(?:want\s+to|wanna)|won'?t|wont|will\s+not"
                      r"|refuse\s+to|(?:i'?m|i\s+am)\s+not\s+(?:going\s+to|gonna))\s+(?P<what>[^.,;!?]+)", re.I)
# Light verbs and words of time carry nothing of the thing refused
_LIGHT = content_words("say said tell do get make have take give go put first again anymore any more now ever yet ask "
                       "him her them just even really")


def refused(text: str) -> list[set[str]]:
    """The things ``text`` says they will not do, each as its words."""
    found = (content_words(m["what"]) - _LIGHT for m in _REFUSED.finditer(text or ""))
    return [w for w in found if w]


def people_named(text: str) -> set[str]:
    """The parts people play in ``text`` (``PEOPLE_BY_PART``): "my boss" is work."""
    return {part for part, named in _PEOPLE.items() if named.search(text or "")}


def fits_the_people(idea: str, told: str) -> bool:
    """An idea about one kind of person ("...to talk with their partner")
    fits a talk that names that kind, or none: read blind, it had answered
    how to raise a thing with a boss."""
    return _fits(people_named(idea), people_named(told))


# An idea set at work ("makes working from home feel less lonely") fits a
# talk of work: read blind, it had answered "I can't handle staying at home".
_AT_WORK = re.compile(r"\b(?:work(?:ing)?\s+from\s+home|wfh|the\s+office|workplace|at\s+work|remote\s+work|the\s+(?:laptop|desk)"
                      r"|their\s+(?:job|boss|manager|desk|laptop|shifts?|colleagues|co-?workers|work))\b", re.I)


def _fits(about: set[str], theirs: set[str]) -> bool:
    return len(about) != 1 or not theirs or bool(about & theirs)


def _shares_a_word(mine: set[str], theirs: set[str]) -> bool:
    """Whether two sets of words share one, allowing for its other forms
    ("friendship" and "friends", "worried" and "worry")."""
    return any(a == b or (len(p := os.path.commonprefix((a, b))) >= 4 and len(p) >= min(len(a), len(b)) - 2)
               for a in mine for b in theirs)


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
        # each topic's words, from all the asks written for it and its name
        self._topics: dict[str, set[str]] = {}
        for idea in self.ideas:
            self._topics.setdefault(idea.topic, topic_words(idea.topic.replace("_", " ")))
            self._topics[idea.topic] |= set().union(*(topic_words(a) for a in idea.asks))
        # the people each idea is about, whether it is set at work, and its words, read once
        self._people = [people_named(i.text) for i in self.ideas]
        self._at_work = [bool(_AT_WORK.search(i.text)) for i in self.ideas]
        self._words = [content_words(i.text) for i in self.ideas]

    def idea_for(self, asked: str, avoid: Sequence[str] = (), told: str = "") -> str | None:
        """The closest idea to what was asked, not said in ``avoid``, if one
        is close enough and on the topic asked about. Read blind, ideas
        close to the asking alone were offered on other things: "do you have
        any advice" after a break-up got "writing down what they'd like
        their life to look like in a year". An ask that names no topic gets
        none, and an idea must share a word of its topic with the ask, and
        be about the people ``told`` of (their turns), if it names any."""
        mine = topic_words(asked)
        if not self.ideas or not mine:
            return None
        closeness = self._index.similarities(asked)
        told = told or asked
        theirs, at_work, not_wanted = people_named(told), bool(_AT_WORK.search(told)), refused(told)
        said = " ".join(avoid)
        for i in np.argsort(-closeness):
            if closeness[i] < self.min_similarity:
                return None
            idea = self.ideas[i]
            if idea.text not in said and _shares_a_word(mine, self._topics[idea.topic]) and _fits(self._people[i], theirs) \
                    and (at_work or not self._at_work[i]) and not self._is_refused(i, not_wanted):
                return idea.text
        return None

    def _is_refused(self, i: int, not_wanted: list[set[str]]) -> bool:
        """Whether idea ``i`` holds every word of a thing they will not do."""
        return any(all(_shares_a_word({w}, self._words[i]) for w in thing) for thing in not_wanted)

    def another_like(self, said: Sequence[str]) -> str | None:
        """Another idea on the topic of the last one the companion offered in
        ``said`` (its lines so far), not yet offered; None when it offered
        none or has no more on that topic. Asked for "any other
        suggestions?", it had said it had no ideas ready, one turn after
        giving one."""
        said_text = " ".join(said)
        last = next((i for line in reversed(said) for i in self.ideas if i.text in line), None)
        if last is None:
            return None
        return next((i.text for i in self.ideas if i.topic == last.topic and i.text not in said_text), None)


def load_idea_library(prompts_dir: Path, cache_dir: Path, threads: int = 2) -> IdeaLibrary | None:
    ideas = load_ideas(Path(prompts_dir) / "ideas.jsonl")
    return IdeaLibrary(ideas, plain_minilm(cache_dir, threads), cache_dir) if ideas else None
