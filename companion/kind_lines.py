"""The lines written for a kind of turn (turn_kinds): a greeting, thanks, a
goodbye, a request for advice, a question about the companion's own life.
They are answered at once with these lines, not the model: a small model
asked for advice gives it, and asked about its life invents one."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from .conversation import Turn
from .ideas import IdeaLibrary
from .memory import recall
from .prompts import Fallbacks
from .reflection import choose
from .turn_kinds import asks_to_decide, the_ask

# Kinds answered with written lines alone, no reflection first: the pools of
# lines, in the order they are said (a line, then its invitation).
# The expert kinds have no reflection: it would put the words they gave into
# the companion's mouth.
_WRITTEN: dict[str, Callable[[Fallbacks], tuple[tuple[str, ...], ...]]] = {
    "greeting": lambda fb: (fb.greeting,),
    "goodbye": lambda fb: (fb.goodbye,),
    "thanks": lambda fb: (fb.thanks, fb.thanks_invite),
    "asks_judgement": lambda fb: (fb.judgement, fb.judgement_invite),
    "expert_role": lambda fb: (fb.expert_role, fb.expert_role_invite),
    "expert_words": lambda fb: (fb.expert_words, fb.expert_role_invite),
    "asks_to_share": lambda fb: (fb.asks_to_share,),
    "asks_if_there": lambda fb: (fb.still_here,),
    "next_step": lambda fb: (fb.next_step, fb.next_step_invite),
}


def reflects_first(kind: str) -> bool:
    """Whether the reply to this kind opens with a reflection of what the
    person said (before their question, or with their request)."""
    return kind not in _WRITTEN and kind != "asks_to_remember"


class _FreshPick:
    """A line from a pool, not one said before in this conversation."""

    def __init__(self, said_before: Sequence[str], text: str):
        self.said_before, self.text = said_before, text
        # Keyed by what the companion said last too: a "hi" in one
        # conversation is not answered with the same line as in every other.
        self.earlier = said_before[-1] if said_before else ""

    def __call__(self, options: tuple[str, ...]) -> str:
        fresh = tuple(o for o in options if not any(o in said for said in self.said_before))
        # keyed by the list too, so that the line and its invitation vary apart
        return choose(fresh or options, options[0] + " " + self.earlier + " " + self.text)


def kind_lines(kind: str, fb: Fallbacks, history: list[Turn], text: str, ideas: IdeaLibrary | None,
               reflected: bool) -> list[str]:
    """The written lines that answer a turn of ``kind``; ``reflected`` says
    whether the reply opened with a reflection."""
    said_before = [t.text for t in history if t.role == "companion"]
    pick = _FreshPick(said_before, text)
    if kind in _WRITTEN:
        return [pick(pool) for pool in _WRITTEN[kind](fb)]
    if kind == "asks_to_remember":
        found = recall([t.text for t in history if t.role == "person"], text)
        return [found, pick(fb.remembered_invite)] if found else [pick(fb.not_remembered)]
    if kind == "asks_question":
        return [pick(fb.unknown), pick(fb.unknown_invite)]
    if kind == "asks_opinion":
        return [pick(fb.opinion), pick(fb.opinion_invite)]
    if kind == "asks_how_i_am":
        return [pick(fb.how_i_am), pick(fb.invite if reflected else fb.how_i_am_invite)]
    if kind != "advice_request":
        return [pick(fb.about_me), pick(fb.about_me_invite)]
    # asked for ideas, what other people have found, handed back; else
    # honestly not theirs to decide
    deciding = asks_to_decide(text)
    idea = ideas.idea_for(the_ask(text), avoid=said_before) if ideas is not None and not deciding else None
    return [idea] if idea else [pick(fb.advice), pick(fb.decide_invite if deciding else fb.advice_invite)]
