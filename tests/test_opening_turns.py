"""Misreads found by a blind screen of 169 fresh ESConv dev windows (session
21), most of them at the start of a conversation, fixed in general form.
The examples are written for the tests, not taken from the windows."""
import pytest

from companion.conversation import Turn
from companion.feelings import names_a_situation
from companion.hurtful import good_news
from companion.reflection import opening_reflections
from companion.turn_kinds import at_the_start, turn_kind
from replies import said


@pytest.fixture
def responder(feeling_responder):
    return feeling_responder


@pytest.mark.parametrize("text, kind", [
    ("Hiii", "greeting"),
    ("heyy", "greeting"),
    ("Good morning/afternoon", "greeting"),
    ("hi, lovely to see you again", "greeting"),
    ("Hello. Is somebody there", "asks_if_there"),
    ("anybody around", "asks_if_there"),
    ("please answer me", "asks_if_there"),
    ("Hey, are you free to chat?", "asks_if_there"),
    ("hiya, how's it going?", "asks_how_i_am"),
    ("hello! how have you been", "asks_how_i_am"),
    ("see you on Tuesday then", "goodbye"),
])
def test_greetings_and_checks_that_anyone_is_there(text, kind):
    assert turn_kind(text) == kind


@pytest.mark.parametrize("text", [
    "I just need somebody here with me",      # a need, not a question
    "I wish someone was around more",
    "nice to see you",                         # greets; no "see you" of parting
])
def test_what_is_no_check_that_anyone_is_there_nor_a_goodbye(text):
    assert turn_kind(text) not in ("asks_if_there", "goodbye")


def test_the_start_is_before_anything_of_theirs_is_told():
    opener = "Hi, I'm Sam. What's on your mind tonight?"
    assert not at_the_start([], [])   # nothing in view: where the turn falls is not known
    assert at_the_start(["hello"], [opener])
    assert at_the_start(["hi", "is anybody there?"], ["Hello! How can I help you today?"])
    assert not at_the_start(["my landlord is putting the rent up again"], [opener])
    # the person's earlier turns may be out of view: the companion's own advice says the talk is under way
    assert not at_the_start([], ["Have you thought about joining a walking group to meet people nearby?"])


def test_asked_if_anyone_is_there_before_a_word_is_said_there_is_no_still(responder, prompts):
    first = said(responder, "Hello? Is somebody there")
    assert " ".join(first) in prompts.fallbacks.here_at_start, first
    assert not any("still" in s for s in first)
    # after its own opening only, nothing was lost either
    after_hello = said(responder, "hiya, u awake?", [Turn("companion", prompts.persona.introduction)])
    assert " ".join(after_hello) in prompts.fallbacks.here_at_start, after_hello
    later = said(responder, "are you still there?", [Turn("person", "my sister won't speak to me"),
                                                      Turn("companion", "That sounds painful.")])
    assert " ".join(later) in prompts.fallbacks.still_here, later


def test_a_hello_after_the_companion_has_spoken_is_not_greeted_twice(responder, prompts):
    intro = [Turn("companion", prompts.persona.introduction)]
    reply = " ".join(said(responder, "hi", intro))
    assert reply in prompts.fallbacks.greeting_back, reply
    assert not reply.lower().startswith(("hi", "hello", "hey"))
    assert " ".join(said(responder, "hi")) in prompts.fallbacks.greeting


def test_thanks_for_the_time_on_arriving_is_no_thanks_for_help_given(responder, prompts):
    fb = prompts.fallbacks
    opening = [Turn("companion", "Good evening. What brings you here tonight?")]
    reply = " ".join(said(responder, "Good evening, thank you for making the time to chat with me.", opening))
    assert reply in fb.thanks_at_start, reply
    # "lovely to see you, thanks for the chat" is no goodbye on arriving
    reply = " ".join(said(responder, "Hey, lovely to see you, thanks for the chat", opening))
    assert reply in fb.thanks_at_start, reply
    # at the end of a talk the same thanks is thanks for the talk
    late = [Turn("person", "my dad's in hospital again and I'm scared"), Turn("companion", "That's frightening.")]
    reply = " ".join(said(responder, "thanks so much for making the time to chat", late))
    assert reply not in fb.thanks_at_start, reply


def test_the_first_thing_told_is_not_met_as_a_story_already_under_way(responder, prompts):
    # a first turn with nothing to say back: no "I'm with you so far"
    for text in ("ok so the thing is this job", "Hello, I hope you can help me with something."):
        reply = said(responder, text, [Turn("companion", "Hi there, how can I help?")])
        assert not any("so far" in s or "following you" in s for s in reply), reply


def test_how_about_you_after_being_asked_how_life_treats_them_asks_how_the_companion_is(responder, prompts):
    history = [Turn("companion", "Hi! How is life treating you these days?")]
    reply = " ".join(said(responder, "Not bad at all, actually. How about you?", history))
    assert reply.startswith(prompts.fallbacks.how_i_am), reply


@pytest.mark.parametrize("text, expected", [
    # a feeling said without its "I'm"
    ("a little nervous since they might cut more jobs at the plant", "you're a little nervous"),
    # their own forecast stays theirs
    ("honestly I will probably stay on edge all week", "you think you'll probably stay on edge"),
    ("I'll never be good enough for them", "you think you'll never be good enough"),
    # the person first when they and someone else are the subject
    ("my brother and i fell out at christmas", "you and your brother fell out"),
    # an idiom is never cut in two
    ("I trusted her and she stabbed me in the back.", "stabbed you in the back"),
])
def test_reflections_keep_a_whole_clause(text, expected):
    first = next(iter(opening_reflections(text)), "")
    assert expected in first.lower(), first


def test_and_a_feeling_with_its_im_left_out_gets_it_back():
    said_back = list(opening_reflections("we broke up last week and so sad about it"))
    assert any("and you're so sad" in s for s in said_back), said_back
    assert not any("and so sad" in s for s in said_back), said_back


def test_a_clause_under_until_or_when_is_not_cut_from_its_opening_word():
    # "Until I hear back I'll..." is never "you hear back you'll..."
    for text in ("Until I hear about the contract I will probably stay on edge", "When I get home I just cry"):
        assert not any(s.startswith(("So you hear", "So you get", "It sounds like you hear", "It sounds like you get"))
                       for s in opening_reflections(text)), text


def test_a_lead_in_with_someone_else_is_not_given_back_as_theirs_alone():
    said_back = list(opening_reflections("As my colleague and I take over his clients, I'm worried I'll drop something."))
    assert said_back and not any(s.startswith(("So you take", "It sounds like you take")) for s in said_back), said_back


def test_a_plan_said_firmly_is_no_forecast():
    first = next(iter(opening_reflections("I will definitely look into evening classes")))
    assert "you think" not in first, first


def test_a_death_told_with_words_between_is_no_good_news():
    assert not good_news("Rough week. An old friend of mine from college passed.")
    assert not good_news("my friend who I worked with for years passed last week")
    assert good_news("my son passed his driving test")


@pytest.mark.parametrize("text, named", [
    ("i'm feeling really anxious today", False),
    ("I feel so lonely lately", False),
    ("i'm anxious about my driving test", True),
    ("I feel stuck in this flat", True),
])
def test_a_situation_is_named_besides_the_feeling(text, named):
    assert names_a_situation(text) == named


def test_a_feeling_alone_is_not_met_with_a_line_about_something_like_this(responder):
    from companion.feelings import _POINTS_TO_A_SITUATION

    for text in ("i'm feeling really anxious today", "I feel so stuck lately", "honestly just really sad tonight"):
        reply = said(responder, text, [Turn("companion", "Hello, how are you feeling today?")])
        assert not any(_POINTS_TO_A_SITUATION.search(s) for s in reply), reply


@pytest.mark.parametrize("text, kind", [
    ("is this thing on", "asks_if_there"),
    ("hello? is it working", "asks_if_there"),
    ("hey u awake? probably a silly question", "asks_if_there"),
    ("sorry, what did you say? I didn't catch that", "asks_to_repeat"),
    ("I didn't hear what you said", "asks_to_repeat"),
    ("come again?", "asks_to_repeat"),
])
def test_checks_that_it_works_and_asking_it_to_say_it_again(text, kind):
    assert turn_kind(text) == kind


@pytest.mark.parametrize("text", [
    "Is that just normal at his age? You'd know more than me, you're a computer.",
    "is it normal to feel this tired all the time?",
    "Is this normal?",
])
def test_asked_what_is_normal_it_says_honestly_it_cannot_say_and_does_not_dodge(responder, prompts, text):
    reply = " ".join(said(responder, text, [Turn("companion", "That sounds like a lot.")]))
    assert any(line in reply for line in prompts.fallbacks.opinion_normal), reply
    # no verdict either way: it could as well be asked of a partner who checks their phone
    assert not any(w in reply.lower() for w in ("perfectly normal", "completely normal", "not normal"))


@pytest.mark.parametrize("text, apology, rest", [
    ("sorry that was a bit rude. had a long shift", "sorry that was a bit rude.", "had a long shift"),
    ("sorry for the long message, my nan is in hospital", "sorry for the long message,", "my nan is in hospital"),
    ("sorry I'm going on and on but it really hurts", "sorry I'm going on and on", "but it really hurts"),
    ("sorry for rambling", "sorry for rambling", ""),
    ("sorry to hear about your day", "", "sorry to hear about your day"),
    ("sorry, I was rude to my brother today", "", "sorry, I was rude to my brother today"),
])
def test_sorry_said_to_the_companion_for_how_they_spoke(text, apology, rest):
    from companion.turn_kinds import sorry_to_me

    assert sorry_to_me(text) == (apology, rest)


def test_sorry_for_how_they_spoke_is_answered_and_never_given_back(responder, prompts):
    history = [Turn("companion", "That sounds like a lot.")]
    reply = said(responder, "sorry that was a bit rude, I'm shattered", history)
    assert reply[0] in prompts.fallbacks.apology_brief, reply
    assert not any("sorry that was" in s.lower() for s in reply), reply
    reply = said(responder, "sorry for the long message, my nan is in hospital and I'm scared", history)
    assert reply[0] in prompts.fallbacks.apology_brief and len(reply) >= 2, reply


@pytest.mark.parametrize("text, not_said", [
    ("kinda weird that makes it easier", "sounds like weird"),
    ("I had tea with a friend today and talked about it", "you're talked"),
    ("Mostly toast and tea, if I am honest.", "if you are honest"),
    ("Thank you. I feel a bit less like I'm carrying it on my own.", "a bit less."),
])
def test_echoes_that_broke_a_sentence_in_whole_conversations(text, not_said):
    assert not any(not_said in s for s in opening_reflections(text)), list(opening_reflections(text))


def test_she_has_asked_is_never_she_is_asked():
    said_back = list(opening_reflections("my mum would be ok i think. shes asked if i have a girlfriend like 5 times this year"))
    assert any("she has asked" in s or "she's asked" in s for s in said_back), said_back
    assert not any("she is asked" in s for s in said_back), said_back
