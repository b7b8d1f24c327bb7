"""Questions put to the companion (its life, its ways of coping, asked back,
"what do you mean?"), requests for ideas in other words, the person's own
idea put as a question, and glad turns (relief, getting it out, praise, good
wishes): each is read as what it is, and answered honestly and warmly."""
import pytest

from companion.config import Config
from companion.conversation import Turn
from companion.guard import Guard
from companion.turn_kinds import turn_kind
from companion.turn_kinds_asked import asked_plainly, asks_back
from companion.question_reflection import question_reflection

_IDEA_OPENINGS = ("Some", "A few", "For some", "Something", "A lot", "Many", "What I hear")


@pytest.mark.parametrize("text, kind", [
    # its own ways of coping asked for
    ("How did you get over it, and what helped you most?", "asks_my_ways"),
    ("Which herbal teas do you drink when you're nervous?", "asks_my_ways"),
    ("I started swimming again. What else did you do?", "asks_my_ways"),
    ("did you try anything else to calm down", "asks_my_ways"),
    # its own life
    ("so, did you ever fail your driving test", "asks_companion"),
    ("Has your stress gone away now?", "asks_companion"),
    ("Do you enjoy your work?", "asks_companion"),
    # requests for ideas in other words
    ("Are there any other strategies you could share with me?", "advice_request"),
    ("Before I go, I'd like to hear some of your ideas.", "advice_request"),
    ("could you please help me get over this worry", "advice_request"),
    # not understood
    ("What do you mean?", "asks_to_clarify"),
    ("what u meaning", "asks_to_clarify"),
    ("Sorry, I don't understand the question.", "asks_to_clarify"),
    # their own idea, as a question
    ("Perhaps I could write her a letter instead?", "own_idea"),
    ("How about a picnic in the garden?", "own_idea"),
    # glad turns
    ("That's brilliant", "praise"),
    ("oh wow great idea. That could work.", "praise"),
    ("I never looked at it like that. Good point.", "agrees"),   # agreeing with its point: only its take
    ("That gives me a bit of hope.", "praise"),
    ("I'm feeling a lot lighter now", "relief"),
    ("You helped me see it's not as bad as I thought!", "relief"),
    ("Thanks, you helped me see it's not as bad as I thought!", "thanks"),
    ("It's nice to get all that off my chest.", "let_out"),
    ("Happy new year to you too!", "good_wishes"),
    # ordinary turns keep their reading
    ("I don't understand why he did it", None),
    ("Great, another bill I can't pay.", None),
    ("That's not great", None),
    ("I feel better but I'm still scared of him", None),
    ("I don't feel any better", None),
    ("It's good that he left, he was awful to me", None),
    ("I tried every technique I could find and nothing works.", None),
    ("My mum died. That's a good point though.", None),
    ("It's lovely out but I can't enjoy it.", None),
    ("How about you?", "asks_how_i_am"),
    ("Do you think I should leave?", "advice_request"),
    ("What do you think about that?", "asks_opinion"),   # an open ask for its view, not a disclosure
])
def test_questions_and_glad_turns_are_read_as_what_they_are(text, kind):
    assert turn_kind(text) == kind


def test_a_tag_question_is_not_a_question_to_answer():
    assert turn_kind("I lost my job and the rent is due, you know?") is None
    assert turn_kind("I lost my job and the rent is due. Do you know any ways to cope?") == "advice_request"


def test_asked_back_after_something_they_did_not_after_a_mood():
    assert asks_back("how about you", "I had my flu jab this morning", "")
    assert asks_back("I booked my exam for Friday. and you?", "", "")
    assert not asks_back("how about you", "I'm doing fine thanks", "")
    assert not asks_back("Pretty good, how about yourself?", "", "")
    assert not asks_back("how about you", "I had my flu jab", "Hi! How are you today?")
    assert not asks_back("I had a bad day, how are you?", "", "")


def test_its_own_question_put_plainly():
    assert asked_plainly("Do you reckon you have enough time to start looking?") == \
        ("whether", "you have enough time to start looking")
    assert asked_plainly("Have you spoken to her since?") == ("yes_no", None)
    assert asked_plainly("What would she need to do to earn your trust again?") == ("open", None)


@pytest.fixture
def responder(prompts):
    from companion.ideas import load_idea_library
    from companion.responder import Responder
    cfg = Config()
    cfg.generation.reaction = "feeling"
    return Responder(None, Guard(), prompts, cfg, ideas=load_idea_library(cfg.prompts_dir, cfg.cache_dir))


def _said(responder, text, history=()):
    """The reply's lines: each written line is spoken sentence by sentence."""
    sentences = [s.text for s in responder.respond(list(history), text)]
    lines = []
    for s in sentences:
        if lines and not lines[-1].endswith(("?", "!")) and _continues(lines[-1], s):
            lines[-1] += " " + s
        else:
            lines.append(s)
    return lines


def _continues(line, sentence):
    from companion.prompts import load_prompts
    fb = load_prompts(Config().prompts_dir).fallbacks
    pools = fb.asks_back + fb.good_wishes + fb.ways_general
    return any(p.startswith(line + " " + sentence) for p in pools)


def test_asked_for_its_ways_it_says_it_is_an_ai_and_offers_ideas(responder, prompts):
    said = _said(responder, "What kind of tea do you drink to calm your nerves?")
    assert said[0] in prompts.fallbacks.my_ways and "AI" in said[0]
    from companion.ideas import load_ideas
    drinks = {i.text for i in load_ideas(Config().prompts_dir / "ideas.jsonl") if i.topic == "calming_drinks"}
    assert said[1] in drinks and said[-1].endswith("?")
    # no reviewed idea close: what people often mention, never a made-up habit of its own
    said = _said(responder, "How did you cope with it all, and what was your routine?")
    assert said[0] in prompts.fallbacks.my_ways
    assert said[-1] in prompts.fallbacks.ways_general or said[-1].startswith(_IDEA_OPENINGS)
    assert not any(s.startswith(("I drink", "I used to", "When I")) for s in said)


def test_asked_about_its_life_it_answers_honestly_and_stays_on_theirs(responder, prompts):
    said = _said(responder, "did you ever pass your driving test")
    assert said[0] in prompts.fallbacks.about_me and "AI" in said[0]
    said = _said(responder, "how about you", [Turn("person", "I had my second vaccine yesterday, my arm is sore")])
    assert said[0] in prompts.fallbacks.asks_back and said[-1] in prompts.fallbacks.asks_back_invite


def test_asked_what_it_meant_it_says_its_question_another_way(responder, prompts):
    history = [Turn("companion", "Do you feel like your sister might be worried about you?")]
    said = _said(responder, "What you meaning?", history)
    assert said[0] in prompts.fallbacks.clarify
    assert said[1] == "I'll put it another way: I was wondering whether your sister might be worried about you." or \
        said[1] == "I mean, I was wondering whether your sister might be worried about you."
    said = _said(responder, "what do you mean", [Turn("companion", "What part of it stays with you?")])
    assert said[1] in prompts.fallbacks.clarify_open


def test_asked_for_ideas_without_a_topic_it_offers_some_not_a_dodge(responder, prompts):
    said = _said(responder, "Are there any other tactics you could share with me?")
    assert said[-1] in prompts.fallbacks.ways_general or said[-1].startswith(_IDEA_OPENINGS)
    assert not any(s.startswith("You'd") for s in said)


@pytest.mark.parametrize("text, pool", [
    ("that's amazing", "praise"),
    ("Wow, that's a really good idea.", "praise"),
    ("Thank you. You've made me see things aren't as hopeless as I thought!", "relief_thanks"),
    ("I feel so much better about it now", "relief"),
    ("It's good to get all of this out.", "let_out"),
    ("Merry Christmas!", "good_wishes"),
])
def test_a_glad_turn_gets_a_warm_acknowledgement_not_a_probe(responder, prompts, text, pool):
    said = _said(responder, text)
    assert said[0] in getattr(prompts.fallbacks, pool), said
    assert said[-1] in prompts.fallbacks.warm_invite or pool == "good_wishes"
    assert not any("hardest" in s or "sorry" in s.lower() or "Say more" in s for s in said)


def test_every_new_idea_and_line_reads_as_a_peer():
    # no instruction, no claim of a life: the guard passes each sentence
    from companion.prompts import load_prompts
    fb = load_prompts(Config().prompts_dir).fallbacks
    lines = fb.my_ways + fb.ways_general + fb.asks_back + fb.own_idea + fb.relief + fb.let_out + fb.praise
    assert not any("you should" in line.lower() or "you need" in line.lower() for line in lines)
    guard = Guard()
    for line in fb.clarify_whether:
        assert guard.check(line.format(question="you have had time to rest")).passed


def test_what_to_do_next_is_not_given_back_as_whether_to_do_next():
    from companion.question_reflection import question_reflection
    assert question_reflection("Great, thanks. So what should i do next?") is None
    assert question_reflection("Should I call her?") == "So you're wondering whether to call her."


def test_asked_to_name_a_few_is_a_request_for_ideas_and_asking_for_space_is_not():
    assert turn_kind("Could you name a few for me, then i can google them myself tonight?") == "advice_request"
    assert turn_kind("can you list some?") == "advice_request"
    assert turn_kind("can you give me some space") != "advice_request"


def test_will_it_help_asked_without_a_question_mark_is_still_a_question():
    assert question_reflection("Do you reckon working out will help me") == \
        "So you're wondering whether working out would help."


@pytest.mark.parametrize("text, kind", [
    ("i wish you all the best", "goodbye"),
    ("nothing else, you've been a real help", "goodbye"),
    ("But you helped with the visa stuff right away", "thanks"),
    ("Nah, alone as usual. I'll be ok. thanks!", "thanks"),
    ("Suggestions welcome! :)", "advice_request"),
    ("how are you doing today", "asks_how_i_am"),
])
def test_closings_and_questions_that_were_taken_for_something_else(text, kind):
    assert turn_kind(text) == kind


@pytest.mark.parametrize("text", ["Thanks, but it still hurts", "I wish my mum well but she hurt me",
                                  "Thanks. My mum died last week."])
def test_thanks_with_pain_that_goes_on_is_still_taken_up(text):
    assert turn_kind(text) not in ("thanks", "goodbye")


@pytest.mark.parametrize("text", ["but if i were your son would you be disapointed?", "am I a bad person?",
                                  "do you hate me?", "are you disappointed in me"])
def test_asked_whether_it_thinks_less_of_them_it_says_no(text):
    assert turn_kind(text) == "asks_if_i_think_less"


def test_someone_else_s_disappointment_is_not_a_question_to_it():
    assert turn_kind("my mum would be disappointed in me") != "asks_if_i_think_less"
