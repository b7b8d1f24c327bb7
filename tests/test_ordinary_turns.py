"""An ordinary turn (an agreement, a factual answer, an opinion, a plan or
a hope) is not met as a hardship or a disclosure: no reaction of sorrow, no
thanks for telling, no question after how it feels. A turn that carries a
hard thing, in its own words, as the answer to a question that asks after
one, or going on from the turn just before, still gets them. The turns are
written for these tests."""
import pytest

from companion.config import Config
from companion.conversation import Turn
from companion.guard import Guard
from companion.turn_weight import carries_a_feeling, tells_of_hardship
from replies import run
from test_feelings import reactions

_THANKS_FOR_TELLING = ("Thank you for telling me that.", "Thanks for putting that into words.",
                       "I'm here, and I'm taking that in.", "I'm listening, and I'm glad you're telling me.")
_ASKS_HOW_IT_FEELS = ("What's that been like for you?", "How are you feeling about it right now?",
                      "What's the hardest part of it for you?", "How has it been sitting with all this?",
                      "What comes up for you when you think about it?")


def _responder(prompts, group="worried", probability=0.95):
    from companion.responder import Responder
    cfg = Config()
    cfg.generation.reaction = "feeling"
    return Responder(None, Guard(), prompts, cfg, reactions=reactions(group, probability))


# -- what a turn carries ----------------------------------------------------------
@pytest.mark.parametrize("text, asked", [
    ("Yes, I think that's spot on.", ""),
    ("Since the second year of college, so about eleven years.", "How long have you known her?"),
    ("Honestly I never trust the polls, they are usually way off.", ""),
    ("Perhaps I could ring my aunt on Sunday.", ""),
    ("I'd be glad of a quiet Christmas at home this year.", ""),
    ("Hot baths are the best pain relief for my back.", ""),
    ("Sorry, wrong key there.", ""),
    ("Not really, it's been fine lately.", "Has it been worrying you?"),
])
def test_an_ordinary_turn_carries_nothing_to_react_to(text, asked):
    assert not carries_a_feeling(text, asked)


@pytest.mark.parametrize("text, asked", [
    ("I feel so alone since my sister moved away.", ""),
    ("With the twins teething and the night shifts, there's a lot to cope with.", ""),
    ("The exam on Friday, mostly.", "What worries you most about it?"),
    ("My partner and I keep going round in circles.", "Is something bothering you at home?"),
    ("Kind of gutted, to be honest.", "How did that leave you feeling?"),
])
def test_a_hard_thing_said_or_asked_after_is_carried(text, asked):
    assert tells_of_hardship(text, asked)


def test_a_turn_is_read_with_the_one_before_only_when_it_goes_on_from_it():
    before = "My brother lied to me about the money."
    assert tells_of_hardship("but he never even said sorry", before=before)
    assert tells_of_hardship("that's the reason I mentioned it", before=before)
    assert tells_of_hardship("That is why I'm so quiet lately.", before=before)
    assert not tells_of_hardship("Nope. I've got my dog, though.", before="It's hard to meet people here.")


# -- in a reply ---------------------------------------------------------------------
def test_a_factual_answer_gets_no_sorrow_no_thanks_for_telling_and_no_probe(prompts):
    history = [Turn("person", "My oldest friend moved abroad last spring."),
               Turn("companion", "How long have you known her?")]
    sentences = run(_responder(prompts, "sad", 0.4), "Since the second year of college, so about eleven years.", history)[0]
    texts = [s.text for s in sentences]
    assert all(s.source != "reviewed" for s in sentences), texts
    assert not set(texts) & set(_THANKS_FOR_TELLING + _ASKS_HOW_IT_FEELS), texts
    assert sentences and all(s.verdict.passed for s in sentences)


@pytest.mark.parametrize("text", [
    "Honestly I never trust the polls, they are usually way off.",   # an opinion
    "Sure, I fully agree with that.",                                     # an agreement
    "Sound advice. A gap year is a good idea, I don't want to rush the move.",   # an idea taken up
])
def test_an_opinion_an_agreement_or_an_idea_taken_up_gets_no_reaction(prompts, text):
    history = [Turn("person", "Things have been odd lately."), Turn("companion", "It sounds like a strange time.")]
    sentences = run(_responder(prompts), text, history)[0]
    texts = [s.text for s in sentences]
    assert all(s.source != "reviewed" for s in sentences), texts
    assert not set(texts) & set(_THANKS_FOR_TELLING), texts
    assert sentences and all(s.verdict.passed for s in sentences)


def test_an_answer_after_a_hard_turn_is_not_met_as_the_hard_turn(prompts):
    history = [Turn("companion", "Do you see anyone in the evenings?"),
               Turn("person", "It's hard to meet people here, everyone keeps to themselves.")]
    sentences = run(_responder(prompts, "sad", 0.4), "Nope. I've got my dog, though.", history)[0]
    assert all(s.source != "reviewed" for s in sentences), [s.text for s in sentences]


def test_a_hard_thing_still_gets_its_reaction(prompts):
    responder = _responder(prompts, "sad", 0.4)
    sentences = run(responder, "I feel so alone since my sister moved away.")[0]
    assert any(s.source == "reviewed" for s in sentences), [s.text for s in sentences]
    history = [Turn("companion", "What happened with your brother?"),
               Turn("person", "My brother lied to me about the money.")]
    sentences = run(responder, "but he never even said sorry", history)[0]
    assert any(s.source == "reviewed" for s in sentences), [s.text for s in sentences]


@pytest.mark.parametrize("text", ["I don't want to go on like this.", "I just don't want to get out of bed any more."])
def test_not_wanting_to_go_on_is_no_mere_preference(text):
    assert tells_of_hardship(text)


def test_a_curly_apostrophe_reads_as_a_straight_one():
    assert not carries_a_feeling("I don\u2019t want to rush the move.")


@pytest.mark.parametrize("text", ["I painted the fence on the weekend.", "We moved the party to Monday morning.",
                                  "My cousin booked the train for the first of May."])
def test_after_an_ordinary_turn_it_asks_on_but_not_how_it_feels(prompts, text):
    last = run(_responder(prompts, "sad", 0.1), text)[0][-1].text
    assert last.endswith("?") and last not in _ASKS_HOW_IT_FEELS and "understand" not in last, last
