"""A bare yes or no to the companion's own yes-or-no question is given back
with the question ("So you do feel..."), not met with "I hear you". The
turns are written for these tests."""
import pytest

from companion.config import Config
from companion.conversation import Turn
from companion.answer_reflection import answer_reflection, yes_or_no
from companion.guard import Guard
from replies import run


@pytest.mark.parametrize("asked, answer, said", [
    ("Do you feel like your brother takes you for granted?", "yes", "So you do feel like your brother takes you for granted."),
    ("Have you told anyone at work about it?", "nope", "So you haven't told anyone at work about it."),
    ("That sounds tiring. Are you still sleeping badly?", "yeah i am", "So you are still sleeping badly."),
    ("Did she say why she left?", "no", "So she didn't say why she left."),
    ("Would you be up for trying it", "yes please", "So you would be up for trying it."),
])
def test_a_bare_answer_is_given_back_with_the_question(asked, answer, said):
    assert answer_reflection(asked, answer) == said
    assert Guard().check(said).passed


@pytest.mark.parametrize("asked, answer", [
    ("Have you ever been to a group like that?", "yes"),     # "So you have ever been"
    ("Do you have someone you can call?", "no"),             # "So you don't have someone"
    ("Do you want to talk about work or home?", "yes"),      # a choice, not a yes or no
    ("Can I ask how old you are?", "sure"),                  # its own "I"
    ("How long have you lived there?", "six years"),         # no yes or no
    ("Are you still there?", "yes"),                         # a check they are there, not their view
    ("Do you feel like your brother takes you for granted?", "sometimes, when he's tired"),
])
def test_what_cannot_be_turned_round_cleanly_gives_nothing(asked, answer):
    assert answer_reflection(asked, answer) is None


def test_yes_and_no_are_read():
    assert yes_or_no("Yep, I do.") is True and yes_or_no("no, i don't") is False and yes_or_no("maybe") is None


def _feeling_responder(prompts):
    from companion.responder import Responder
    cfg = Config()
    cfg.generation.reaction = "feeling"
    return Responder(None, Guard(), prompts, cfg)


def test_the_reply_opens_with_the_answer_given_back(prompts):
    history = [Turn("person", "My flatmate never does the dishes."),
               Turn("companion", "That sounds frustrating. Do you feel like she takes you for granted?")]
    sentences = run(_feeling_responder(prompts), "yes", history)[0]
    assert sentences[0].text == "So you do feel like she takes you for granted."
    assert sentences[0].source == "reflection" and all(s.verdict.passed for s in sentences)


def test_one_short_turn_of_theirs_between_still_counts(prompts):
    history = [Turn("companion", "Do you feel like she takes you for granted?"),
               Turn("person", "honestly it wears me down")]
    assert run(_feeling_responder(prompts), "yeah", history)[0][0].text == "So you do feel like she takes you for granted."
    history[-1] = Turn("person", "honestly it wears me down and I keep thinking about moving out but the rent is cheap here")
    assert run(_feeling_responder(prompts), "yeah", history)[0][0].source != "reflection"


def test_the_question_just_asked_counts_even_if_asked_before(prompts):
    # the same question asked earlier, with a long turn after it, is not the one answered
    asked = "Do you feel like she takes you for granted?"
    history = [Turn("companion", asked),
               Turn("person", "honestly it wears me down and I keep thinking about moving out but the rent is cheap here"),
               Turn("companion", asked)]
    assert run(_feeling_responder(prompts), "yeah", history)[0][0].text == "So you do feel like she takes you for granted."


@pytest.mark.parametrize("asked, answer, said", [
    ("I'm sorry. How long were you two married?", "six years", "Six years is a good while."),
    ("How long have you worked there?", "about 3 years now", "3 years is a good while."),
    ("How long has it felt like this?", "several months", "Several months is a good while."),
])
def test_a_span_answering_how_long_is_taken_up(asked, answer, said):
    from companion.answer_reflection import span_taken_up
    assert span_taken_up(asked, answer) == said and Guard().check(said).passed


@pytest.mark.parametrize("asked, answer", [
    ("How long were you together?", "two weeks"),         # no good while by any measure
    ("When did you move?", "four years ago"),              # not a "how long"
    ("How long were you together?", "four years but it felt longer"),
])
def test_anything_else_is_not_taken_up_as_a_span(asked, answer):
    from companion.answer_reflection import span_taken_up
    assert span_taken_up(asked, answer) is None


def test_a_good_mood_answering_how_are_you_is_met_gladly(prompts):
    history = [Turn("companion", "Hi there, how are you today?")]
    said = [s.text for s in run(_feeling_responder(prompts), "im good thanks", history)[0]]
    assert said[0] in prompts.fallbacks.good_mood and said[-1] in prompts.fallbacks.good_mood_invite
    history = [Turn("companion", "I see. How are you feeling about the move?")]
    assert run(_feeling_responder(prompts), "not great", history)[0][0].text not in prompts.fallbacks.good_mood
    # "fine" about a particular thing is no greeting answered
    assert run(_feeling_responder(prompts), "fine", history)[0][0].text not in prompts.fallbacks.good_mood


def test_a_low_mood_with_a_closing_at_all_is_still_a_bare_mood(prompts):
    history = [Turn("companion", "Hi, how are you?")]
    said = " ".join(s.text for s in run(_feeling_responder(prompts), "I'm not doing very well at all.", history)[0])
    assert said in prompts.fallbacks.low_mood
