"""Questions put to the companion that a plain "I can't say for sure. What
does your gut tell you?" dodged (read blind): "would it help?", "what if
...?", "could it be that...?", "how can I ever be sure?", and "are you too
busy for this?". Each is answered as asked, honestly and as a peer. The
turns are written for these tests."""
import pytest

from companion.turn_kinds import question_form, turn_kind
from replies import run, said


@pytest.mark.parametrize("text, form", [
    ("Do you reckon a long walk would help me sleep?", "helps"),
    ("do u think joining a choir will do me any good", "helps"),
    ("Do you believe drawing again will help", "helps"),
    ("But what if my sister laughs at me?", "worry"),
    ("ok what happens if the landlord says no?", "worry"),
    ("Could it be that I expect too much from people?", "theory"),
    ("How can I ever be sure he won't do it again?", "sure"),
    # no hopeful yes for something rash or harmful, nor a hope for how things turn out
    ("Would a few drinks help me relax?", None),
    ("do you think skipping meals would help me feel in control?", None),
    ("Would a smoke help my nerves?", None),
    ("Do you believe things will work out for us?", None),
    ("Do you think I can bring up the money with her?", "can"),
    ("Sounds fair, but what happens when the savings run out?", "worry"),
    ("I like knitting. Shall I try that?", "helps"),
    ("do u think i can get away with shouting at him", None),     # nothing rash is cheered on
    ("how well can that work after ten years of it?", None),      # not a yes or no
    ("is this a kind of social work", None),                       # "work" here is no verb
    # what it would do in their place; a step put back to it to confirm
    ("Honestly, what would you do if you were me?", "in_my_place"),
    ("In my position, would you say something to her?", "in_my_place"),
    ("There is a choir on Monday but I am shy. If you are me, you go?", "in_my_place"),
    ("I hate to be a bother. What would you do, love?", "in_my_place"),
    ("Yes exactly. So you think I must ask for an extension?", "confirm"),
    ("what would you do on your birthday?", None),                 # its own day, not their place
    ("So you think I only have to phone the school?", "confirm"),
    ("ok so I should email her first?", "confirm"),
    ("So I just have to put up with it?", "bear_it"),              # bearing it is not a step to confirm
    ("you think I need to just accept it?", "bear_it"),
    ("so you think I need to move out?", "decide"),                # ending something is weighed, not confirmed
    ("so I should just give up then?", "give_up"),                 # asked worn down, not for a verdict
    ("should I just stop trying?", "give_up"),
    ("I might as well throw in the towel now?", "give_up"),
    ("so I should just give up on him?", "decide"),                # on someone: a decision, weighed with them
    ("should I give up the choir?", None),                         # a thing given up: not asked worn down
    ("should I just give up on life?", None),                      # for the risk check, never this line
    ("what would you do on a day off?", None),                     # its own day, not their place
    ("I am new in this city. What would you do on my place?", "in_my_place"),
    ("So I should get back at him?", None),                        # nothing rash is confirmed
])
def test_the_form_of_a_question_is_read(text, form):
    assert question_form(text) == form


@pytest.mark.parametrize("text, pools", [
    ("Do you reckon a long walk would help me sleep?", ("opinion_helps", "opinion_helps_invite")),
    ("But what if my sister laughs at me?", ("opinion_worry", "opinion_worry_invite")),
    ("Could it be that I expect too much from people?", ("opinion_theory", "opinion_theory_invite")),
    ("How can I ever be sure he won't do it again?", ("opinion_sure", "opinion_sure_invite")),
    ("OK. Do you think I could raise it with my landlord?", ("opinion_can", "opinion_can_invite")),
    ("It's all such a mess. What would you do in my shoes?", ("in_my_place", "decide_invite")),
    ("So you think I need to tell my manager about the rota?", ("opinion_confirm", "opinion_confirm_invite")),
    ("He's done it three times now. So I just have to live with it?", ("bear_it", "bear_it_invite")),
    ("so I should just break up with her then?", ("advice", "decide_invite")),
    ("Nothing I do changes it. So should I just give up?", ("give_up", "give_up_invite")),
])
def test_each_form_is_answered_as_asked_not_dodged(make_responder, prompts, text, pools):
    responder, _ = make_responder(None, reaction="feeling")   # no model: the reviewed lines
    sentences = run(responder, text)[0]
    said = " ".join(s.text for s in sentences)
    fb = prompts.fallbacks
    assert all(s.verdict.passed for s in sentences)
    for pool in pools:
        assert any(line in said for line in getattr(fb, pool)), said
    assert not any(line in said for line in fb.opinion + fb.unknown + fb.unknown_invite + fb.opinion_invite), said


@pytest.mark.parametrize("text", [
    "Are you too busy to keep going with this?",
    "sorry, am i keeping you?",
    "do you have time to talk for a bit?",
])
def test_asked_whether_it_has_time_it_says_it_has(make_responder, prompts, text):
    assert turn_kind(text) == "asks_my_time"
    responder, _ = make_responder(None, reaction="feeling")   # no model: the reviewed lines
    said = " ".join(s.text for s in run(responder, text)[0])
    assert any(said.startswith(line.split(";")[0].split(".")[0]) for line in prompts.fallbacks.my_time), said
    assert "I don't know" not in said


@pytest.mark.parametrize("text", [
    "Could you recommend a decent website to find cheap counselling?",
    "can u suggest any good groups for new dads?",
])
def test_asked_to_recommend_a_place_it_says_it_does_not_know_places(make_responder, prompts, text):
    assert turn_kind(text) == "advice_request"
    responder, _ = make_responder(None, reaction="feeling")   # no model: the reviewed lines
    said = " ".join(s.text for s in run(responder, text)[0])
    assert any(line in said for line in prompts.fallbacks.find), said


@pytest.mark.parametrize("text, kind", [
    ("Maybe I could start swimming again. Perhaps stretching can help?", "asks_opinion"),
    ("would a walk in the morning help?", "asks_opinion"),
    ("Would a few drinks help me relax?", "asks_question"),   # nothing harmful is cheered on: no view of it given
    ("Do you enjoy your work?", "asks_companion"),        # about the companion, not its view of their step
])
def test_a_short_would_it_help_is_its_view_asked(text, kind):
    assert turn_kind(text) == kind


@pytest.mark.parametrize("text", [
    "what would you do on a day off?",
    "What would you do for fun, if you could?",
    "what would you do with a free weekend",
])
def test_its_own_time_asked_about_is_no_decision_of_theirs(text):
    assert turn_kind(text) == "asks_companion"


def test_a_question_in_their_message_just_before_is_answered_with_the_last(make_responder):
    # ESConv-style windows: two messages from the person in a row, the question in the first
    from companion.conversation import Turn

    responder, _ = make_responder(None, reaction="feeling")   # no model: the reviewed lines
    asked = [Turn("companion", "How are things at home?"),
             Turn("person", "Not great. How do I get my flatmate to do her share?")]
    answered = said(responder, "She leaves every dish for me", asked)
    # answered as the question and the last message said together would be
    together = said(responder, "How do I get my flatmate to do her share? She leaves every dish for me", asked[:1])
    assert answered == together
    # with a reply between, the last message is taken up as it is
    replied = asked + [Turn("companion", "That sounds tiring.")]
    assert said(responder, "She leaves every dish for me", replied) != answered
