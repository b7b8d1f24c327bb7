"""Two turns of theirs in a row: a turn that is the rest of a sentence begun
just before ("I haven't told my sister yet" / "that i lost the job") is read
with it, not given back alone as "that you lost the job". The turns are
written for these tests."""
import pytest

from companion.config import Config
from companion.conversation import Turn
from companion.guard import Guard
from companion.reflection import reflection_of
from companion.turn_kinds import continues_turn_before
from replies import run


@pytest.mark.parametrize("text, continues", [
    ("that i lost the job", True),
    ("which is why i never call her", False),      # its own point: what it follows is not reflected alone
    ("or at least it feels like that", False),
    ("And my brother moved away too.", False),     # a sentence of its own
    ("that's all really", False),
    ("yes", False),
])
def test_a_turn_that_goes_on_from_the_one_before_is_read(text, continues):
    assert continues_turn_before(text) == continues


def test_a_clause_that_hangs_alone_is_not_reflected():
    assert reflection_of("that i lost the job") is None
    assert reflection_of("because my landlord sold the flat") is None


def test_the_two_turns_are_given_back_as_one_sentence(prompts):
    from companion.responder import Responder
    cfg = Config()
    cfg.generation.reaction = "feeling"
    responder = Responder(None, Guard(), prompts, cfg)
    history = [Turn("companion", "Have you been able to talk to anyone about it?"),
               Turn("person", "not really. I haven't told my sister yet")]
    said = [s.text for s in run(responder, "that i lost the job", history)[0]]
    assert not any(s.startswith(("So that", "It sounds like that")) or ", that you" in s for s in said), said
    assert any("told your sister" in s and "lost the job" in s for s in said), said


def test_a_turn_before_that_ended_its_sentence_is_not_joined(prompts):
    from companion.responder import Responder
    cfg = Config()
    cfg.generation.reaction = "feeling"
    responder = Responder(None, Guard(), prompts, cfg)
    history = [Turn("person", "I haven't told my sister yet.")]
    said = " ".join(s.text for s in run(responder, "or my dad for that matter", history)[0])
    assert "sister" not in said


def test_a_question_about_its_life_in_the_turn_before_is_answered_first(prompts):
    from companion.responder import Responder
    cfg = Config()
    cfg.generation.reaction = "feeling"
    responder = Responder(None, Guard(), prompts, cfg)
    history = [Turn("person", "It's been a rough month. Have you ever had to move house in a hurry?")]
    sentences = run(responder, "The landlord only gave us two weeks to find somewhere.", history)[0]
    assert sentences[0].text in prompts.fallbacks.asked_before and all(s.verdict.passed for s in sentences)
    # ...and not when the turn before asked nothing of it
    history = [Turn("person", "It's been a rough month.")]
    said = [s.text for s in run(responder, "The landlord only gave us two weeks to find somewhere.", history)[0]]
    assert not any(s in prompts.fallbacks.asked_before for s in said)
