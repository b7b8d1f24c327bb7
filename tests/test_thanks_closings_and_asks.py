"""Thanks and goodbyes said with more around them, and questions put to the
companion after a thank-you: each read as what it is. A "no thanks" does
not hide the thanks after it, a goodbye in the middle of a short thank-you
closes, a thank-you before a question is answered too, and asked back how
it is after "not great", the companion does not ask how their day was."""
import pytest

from companion.config import Config
from companion.conversation import Turn
from companion.guard import Guard
from companion.question_reflection import question_reflection
from companion.turn_kinds import says_thanks, thanks_before_asking, turn_kind
from companion.turn_kinds_asked import said_low_mood


@pytest.mark.parametrize("text, kind", [
    # a "no thanks" to "anything else?", then thanks: the chat is closing
    ("nope, no thanks. i'm all set now. thanks so much for your help!", "goodbye"),
    # a parting phrase before a last reassurance
    ("Cheers for this. I'm going to sign off now. I'll manage.", "goodbye"),
    # a turning word that leads into the thanks itself
    ("Cheers. Fingers crossed the boiler gets fixed soon. But honestly, thank you for letting me rant.", "thanks"),
    # "you too" typed short, with thanks
    ("u 2, and thanks again", "goodbye"),
    ("you too, thanks again", "goodbye"),
    # a named thing asked for, with no question mark
    ("cheers for the tips, which journal would you recommend for a beginner", "advice_request"),
    ("ok i'll keep that in mind. thanks! any other thoughts?", "advice_request"),
    # its own life, with "also"
    ("I asked my cousin for a loan. did you also get any help from family back then?", "asks_companion"),
    # a name asked for with no question mark (session 35's screening): a question, not a story
    ("sounds good what's the name of the app", "asks_question"),
    ("ok what is the website called", "asks_question"),
    # thanks said as what the talk did for them (session 35's screening)
    ("things are a bit easier now and you've been so much help just hearing me out", "thanks"),
    # thanks followed by the step it leads to, after a "but" weighed on the way
    ("I might ring my aunt. She's busy but a quick call could work. Thanks for the idea. I'll try it this weekend.", "thanks"),
])
def test_the_kind_of_turn(text, kind):
    assert turn_kind(text) == kind


@pytest.mark.parametrize("text", [
    "Thanks. But I'm still really scared about it.",
    "no thanks",
    "Thanks, I appreciate it. But I still can't sleep.",
    "I'm still so anxious about it all. Thanks anyway. I'll try the breathing thing.",
    "I lost my job thanks to the lockdown.",
])
def test_thanks_that_is_not_the_point_is_not_a_closing(text):
    assert turn_kind(text) not in ("thanks", "goodbye")


def test_a_name_told_of_is_no_question():
    assert turn_kind("what the name of that street was, I can't remember, but I was scared") != "asks_question"


def test_no_thanks_hides_no_other_thanks():
    assert not says_thanks("no thanks") and not says_thanks("it all went wrong thanks to my landlord")
    assert says_thanks("no thanks, I'm fine. Thanks for your help though!")


def test_a_thank_you_said_before_a_question_is_seen():
    assert thanks_before_asking("Thanks, that helps. Should I ring her or text her?")
    assert thanks_before_asking("Right. Thanks for this! Any other ideas?")
    assert thanks_before_asking("thank you for the ideas - which one would you start with")
    assert not thanks_before_asking("Should I ring her? Thanks")
    assert not thanks_before_asking("What should I do?")


@pytest.fixture
def responder(prompts):
    from companion.ideas import load_idea_library
    from companion.responder import Responder
    cfg = Config()
    cfg.generation.reaction = "feeling"
    return Responder(None, Guard(), prompts, cfg, ideas=load_idea_library(cfg.prompts_dir, cfg.cache_dir))


def _texts(responder, text, history=()):
    return [s.text for s in responder.respond(list(history), text)]


def test_thanks_before_a_question_is_answered_before_the_question(responder, prompts):
    texts = _texts(responder, "Thank you, that's kind. Should I phone the landlord or write to him?")
    assert texts[0] in prompts.fallbacks.thanks_brief, texts
    assert any(t in prompts.fallbacks.advice for t in texts[1:]), texts


def test_thanks_before_more_pain_is_answered_without_gladness(responder, prompts):
    texts = _texts(responder, "thank you. my hours get cut in spring though, and i'm getting really anxious about the bills")
    assert texts[0] in prompts.fallbacks.thanks_brief, texts
    assert "glad" not in texts[0].lower(), texts


def test_a_short_thank_you_with_a_goodbye_gets_a_goodbye_and_no_question(responder, prompts):
    texts = _texts(responder, "Thanks a lot. I need to end the conversation here, dinner is ready. I'll manage.")
    assert " ".join(texts) in prompts.fallbacks.goodbye_thanked and not texts[-1].endswith("?")


@pytest.mark.parametrize("mood, asked", [
    ("not too great", "how about you"),
    ("I'm pretty rough today", "What about you?"),
    ("been a rough week, could be better", "and you?"),
])
def test_asked_back_after_saying_they_are_low_it_does_not_ask_how_their_day_was(responder, prompts, mood, asked):
    history = [Turn("companion", "Hi there, how are you today?"), Turn("person", mood)]
    texts = _texts(responder, asked, history)
    assert any("AI" in t for t in texts), texts
    assert texts[-1] in prompts.fallbacks.how_i_am_after_low, texts
    assert not any(t in prompts.fallbacks.how_i_am_invite for t in texts), texts


def test_asked_back_after_a_good_mood_it_still_asks():
    assert not said_low_mood("I'm good thanks") and said_low_mood("not so good") and said_low_mood("been better days, could be better")


def test_what_should_i_do_asked_through_do_you_think_keeps_its_what():
    assert question_reflection("What do you think I should do when the panic starts again") == \
        "So you're wondering what to do when the panic starts again."


@pytest.mark.parametrize("text, kind", [
    ("honestly, talking has already helped", "relief"),
    ("honestly talking has really helped", "relief"),
    ("Writing it all out was good, it helped to put my thoughts into words.", "let_out"),
])
def test_saying_the_talk_helped_is_a_glad_turn(text, kind):
    assert turn_kind(text) == kind


@pytest.mark.parametrize("text", ["My sister came over and that helped", "that helped him a lot"])
def test_something_else_that_helped_is_not_taken_as_the_talk(text):
    assert turn_kind(text) is None


def test_better_at_something_is_no_relief_and_kind_of_you_is_thanks():
    assert turn_kind("I'm better at drawing than talking, honestly.") != "relief"
    assert turn_kind("I feel a lot better now") == "relief"
    assert says_thanks("That was really kind of you.") and turn_kind("That is so helpful of you, thanks") == "thanks"


def test_a_turn_with_nothing_hard_in_it_is_not_asked_for_its_hardest_part(responder):
    turns = ["I'm in my fifties now.", "I reckon everyone should be free to pick whatever career suits them.",
             "My sister moved to a bigger office.", "My neighbour moved to a bigger office.", "Our team is twelve years old.",
             "Yes, we need to be in the same room for it."]
    for text in turns:
        assert not any("hardest" in t for t in _texts(responder, text)), text


@pytest.mark.parametrize("text", ["is it really worth raising it with my landlord", "would it really be worth asking him again?"])
def test_whether_something_is_worth_doing_is_theirs_to_decide(text):
    from companion.turn_kinds import asks_to_decide
    assert turn_kind(text) == "advice_request" and asks_to_decide(text)


def test_asked_whether_it_knows_of_a_kind_of_group_it_says_it_does_not_know_places(responder, prompts):
    text = "My evenings are long. Do you know of any choir groups near me?"
    texts = _texts(responder, text)
    assert any(t in prompts.fallbacks.find for t in texts), texts


@pytest.mark.parametrize("text, kind", [
    ("Are you having a holiday this year", "asks_companion"),
    ("are you still working from home these days", "asks_companion"),
    ("how quickly does that work for someone my age", "asks_question"),
])
def test_a_question_typed_without_its_mark_is_still_a_question(text, kind):
    assert turn_kind(text) == kind


@pytest.mark.parametrize("text", ["what i think is right might upset people", "how i feel doesn't matter to them",
                                  "I wonder what he meant by it"])
def test_a_statement_that_opens_with_a_question_word_is_not_one(text):
    assert turn_kind(text) is None


@pytest.mark.parametrize("text", [
    "Why do you keep going on about my brother?",
    "Are you saying I'm lazy?",
    "You make it sound like the whole thing is on me. Why do you keep mentioning my ex?",
])
def test_a_challenge_to_what_it_said_is_a_complaint_it_owns(text):
    assert turn_kind(text) == "complaint"


def test_someone_else_keeping_on_is_no_complaint_of_the_companion():
    assert turn_kind("My mum keeps focusing on my weight") != "complaint"


def test_an_invitation_does_not_open_as_the_sentence_before_it(responder):
    # many plain turns: the reply never says "I'm with you" twice, nor "I'm glad" twice after thanks
    turns = ["My cousin lives in the next town over.", "We have two cats and a dog.", "The bus takes forty minutes each way.",
             "We text now and then, but it always feels rushed", "She said the same to me last week.", "I work at the garden centre."]
    for text in turns:
        texts = _texts(responder, text)
        starts = [" ".join(t.lower().split()[:2]) for t in texts]
        assert len(starts) == len(set(starts)), texts
    texts = _texts(responder, "Thank you, that's kind. Should I phone the landlord or write to him?")
    assert sum("glad" in t.lower() for t in texts) <= 1, texts


@pytest.mark.parametrize("said", ["not very well to be honest", "pretty rough lately", "rough week, could be better"])
def test_a_short_answer_that_they_are_low_is_met_with_sorrow_and_an_open_door(responder, prompts, said):
    history = [Turn("companion", "Hi, how are you doing today?")]
    texts = _texts(responder, said, history)
    assert " ".join(texts) in prompts.fallbacks.low_mood, texts


def test_a_good_mood_is_no_low_mood(responder, prompts):
    texts = _texts(responder, "pretty good thanks", [Turn("companion", "Hi, how are you doing today?")])
    assert " ".join(texts) not in prompts.fallbacks.low_mood, texts


@pytest.mark.parametrize("text, thanks", [
    ("Oh that's a smart idea. Thanks. I hadn't thought of asking my cousin.", True),
    ("Good shout. Thank you so much. I'll ring them in the morning.", True),
    ("I feel rotten. My brother never even says thanks. It stings.", False),
    ("My neighbour said thanks to me. It made my day.", False),
])
def test_a_short_thanks_as_the_second_sentence_is_answered_on_the_way(text, thanks):
    from companion.turn_kinds import opens_with_thanks
    assert opens_with_thanks(text) is thanks


def test_thanks_answered_on_the_way_is_the_acknowledgement_with_no_second_one(prompts):
    from companion.config import Config
    from companion.responder import Responder
    from companion.guard import Guard

    cfg = Config()
    cfg.generation.reaction = "feeling"
    said = [s.text for s in Responder(None, Guard(), prompts, cfg).respond(
        [], "Right, I get you. Thanks. I guess I just have to drag myself there.")]
    assert not any(s.startswith(("Thank you for telling me", "Thanks for putting that")) for s in said[1:]), said


# A long thank-you that ends on a parting wish, or wishes back strength and
# says it helped: the person is leaving, and is let go with no question,
# whatever hard days they name on the way out. A parting word with a hurt
# after it is not this.
@pytest.mark.parametrize("text, kind", [
    ("Thank you so much. I'll give the course a go even though the next few weeks will be rough, and "
     "if I keep at it things should settle down. Thanks again for chatting tonight, it really helped. "
     "Enjoy the rest of your weekend!", "goodbye"),
    ("Cheers, you stay strong too! Money's tight for everyone right now. I'm grateful for the chat, it helped. "
     "I'll try the library noticeboard for a walking group near me.", "goodbye"),
    ("Thanks. Take care. Actually my brother pushed me again tonight and I'm scared to go back in.", None),
    ("Thanks, have a good night. But I still feel rotten about what I said to my sister.", None),
])
def test_a_long_thank_you_that_takes_its_leave_is_a_goodbye(text, kind):
    assert turn_kind(text) == kind, text


def test_a_long_thank_you_that_takes_its_leave_gets_no_question(responder, prompts):
    texts = _texts(responder, "Thank you! I'll keep trying even if the next month is hard. Thanks again for listening, "
                              "it's been a real help. Have a lovely rest of the week!")
    assert texts and not any(t.endswith("?") for t in texts), texts


def test_a_slip_corrected_after_thanks_is_still_the_thanks(responder, prompts):
    history = [Turn("person", "It helped to talk tonight."), Turn("person", "Thank you for the advicw.")]
    texts = _texts(responder, "advice*", history)
    thanks_lines = set(prompts.fallbacks.thanks) | set(prompts.fallbacks.thanks_brief) | set(prompts.fallbacks.thanks_invite)
    assert texts and all(t in thanks_lines for t in texts), texts


def test_thanked_and_wished_well_in_one_goodbye_both_are_answered(responder, prompts):
    texts = _texts(responder, "Thanks so much for listening. Have a lovely weekend!")
    assert " ".join(texts) in prompts.fallbacks.goodbye_thanked_and_wished, texts
    assert not texts[-1].endswith("?")
