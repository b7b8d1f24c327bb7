"""A turn that settles on a step or takes up an idea gets no reaction of
sorrow for a hard word said in passing. The turns are written for these
tests."""
import pytest

from companion.config import Config
from companion.guard import Guard
from companion.turn_kinds import takes_up_a_step, turn_kind
from test_feelings import reactions
from replies import run


@pytest.mark.parametrize("text", [
    "Alright, I'll give the breathing thing a go. It might be a good way to settle when I get tense before exams.",
    "ok, i will tell them tonight",
    "Saying no has never come easily to me, but I'll try to do it more this week.",   # the turn goes to the step
    "Cheers. I get so anxious about emails at work, so that's a really good idea.",
])
def test_a_step_or_an_idea_taken_up_is_read(text):
    assert takes_up_a_step(text)


@pytest.mark.parametrize("text", [
    "I'll try, but I'm scared it will make things worse with her.",   # the turn goes back to fear
    "I'm so angry I'll tell him I could break something.",            # nothing rash is taken up
    "Would it be a good idea to ring her?",                           # a question, answered as one
    "My sister says it's a good idea to move, and I feel awful about leaving.",
    "Oh, I love that idea. I'm so lonely in this flat, though nobody knows it.",   # pain named after the idea
])
def test_a_turn_back_to_pain_or_a_question_is_not(text):
    assert not takes_up_a_step(text)


def test_no_sorrow_follows_an_idea_taken_up(prompts):
    from companion.responder import Responder
    cfg = Config()
    cfg.generation.reaction = "feeling"
    responder = Responder(None, Guard(), prompts, cfg, reactions=reactions("worried"))
    text = "Alright, I'll give the breathing thing a go. It might be a good way to settle when I get tense before exams."
    sentences = run(responder, text)[0]
    assert all(s.source != "reviewed" for s in sentences), [s.text for s in sentences]
    assert all(s.verdict.passed for s in sentences)


def test_a_short_plan_to_tell_someone_is_a_next_step():
    assert turn_kind("ok, i will tell them tonight") == "next_step"


# Ideas and plans put in other words: a plain take-up, a tentative plan,
# something worth trying; "hit or miss" is nothing rash. ("I'll try not to"
# is no step found.)
@pytest.mark.parametrize("text", [
    "Sound advice. A gap year is a good idea, there's no hurry.",
    "Perhaps I could ask my neighbour, she knows the area well.",
    "The bus is hit or miss. Maybe I will try cycling in instead.",
    "The night class is worth a try, I suppose.",
    "Oh, I love that idea.",
])
def test_an_idea_or_a_plan_taken_up_is_read(text):
    assert takes_up_a_step(text)


def test_trying_not_to_is_no_step_found():
    assert turn_kind("I'll try not to snap at him, though he winds me up") != "next_step"
    assert turn_kind("I will try not to") != "next_step"
