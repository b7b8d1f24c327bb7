"""What the person said earlier, given back when they ask."""
from companion.config import Config
from companion.conversation import Turn
from companion.guard import Guard
from companion.memory import clause_of, recall
from companion.turn_kinds import turn_kind

EARLIER = ["Rough day. My manager pulled me into a meeting in front of the whole team.",
           "It wasn't even rubbish. He'd changed the brief twice and never told me",
           "yeah"]


def test_what_they_said_about_it_is_given_back_turned_round():
    assert recall(EARLIER, "do you remember what I said about the brief?") == "Yes, you told me he'd changed the brief twice."


def test_nothing_said_about_it_is_no_guess():
    assert recall(EARLIER, "do you remember what I said about my sister?") is None
    assert recall([], "do you remember what I said about the brief?") is None


def test_a_frame_comes_off_the_clause():
    assert clause_of("So your boss yells at you.") == "your boss yells at you"
    assert clause_of("Your boss yells at you, if I'm hearing you right.") == "your boss yells at you"
    assert clause_of("Doug is your love one, if I'm hearing you right.") == "Doug is your love one"


def test_asked_to_remember_the_reply_takes_it_from_the_conversation(prompts):
    from companion.responder import Responder

    assert turn_kind("do you remember what I said about the brief? that's what I want to bring up") == "asks_to_remember"
    cfg = Config()
    cfg.generation.reaction = "feeling"
    responder = Responder(None, Guard(), prompts, cfg)
    history = []
    for t in EARLIER:
        history += [Turn("person", t), Turn("companion", "I'm listening.")]
    texts = [s.text for s in responder.respond(history, "do you remember what I said about the brief?")]
    assert texts[0] == "Yes, you told me he'd changed the brief twice." and texts[1] in prompts.fallbacks.remembered_invite
    texts = [s.text for s in responder.respond(history, "do you remember what I said about my sister?")]
    assert " ".join(texts) in prompts.fallbacks.not_remembered
