"""Questions and requests put to the companion that were missed or dodged
(read blind on fresh windows): a question taken for a disclosure, a request
for ideas not recognised, a question about the companion's own life, a yes or
no about their own plan, "do you mean like...?" after a suggestion, and what
to say to someone. The turns here are written for these tests: texting,
British, learner's English and spoken."""
import re

import pytest

from companion.guard import Guard
from companion.turn_kinds import asks_to_decide, turn_kind
from companion.turn_kinds_asked import asks_for_ideas
from replies import run

_DODGES = re.compile(r"what have you heard about it|what makes you ask|lived through this|going through it", re.I)


# A question asking its view, taken for a disclosure ("I'm following you",
# "that's a hard place to be"): it is a question, and answered as one.
@pytest.mark.parametrize("text", [
    "what do you think?",
    "ok so what do you think about it",
    "Hmm. What do you think of all this?",
    "does that mean he doesnt love me anymore?",
    "Does this mean we're finished, do you reckon?",
    "maybe im overreacting?",
    "Perhaps I am reading too much into it?",
    "fair enough but what happens if she says no?",
    "Right, and what happens when the money runs out?",
])
def test_a_question_asking_its_view_is_not_read_as_a_disclosure(text):
    assert turn_kind(text) == "asks_opinion"


# Asking for ideas in words the rules missed: "any suggestions?", "yes give me".
@pytest.mark.parametrize("text", [
    "any suggestions?",
    "i might look for a job i can do from home. any suggestions?",
    "Are there any more tips you could recommend?",
    "got any good tips for a knackered mum?",
    "ok how you can manage? yes give me",
    "yes give me",
    "ok please give me some",
    "Do you have any gardening ideas?",
    "I would love that. How do you even start?",
    "sounds good. so how does one begin?",
])
def test_a_request_for_ideas_is_recognised(text):
    assert turn_kind(text) == "advice_request" and asks_for_ideas(text)


# Asked what to do next, or what to say: a request, not something to reflect.
@pytest.mark.parametrize("text", [
    "ugh what am i going to do????",
    "what am i gonna do now",
    "What am I supposed to do?",
    "what can i tell them?",
    "What do I even say to my mum?",
    "what should i say to him?",
    "What could I tell my boss?",
    "so what am i meant to do, what should i do",
])
def test_asked_what_to_do_or_say_is_a_request(text):
    assert turn_kind(text) == "advice_request"


# Questions about the companion's own life that had no kind, or the
# 'unknown' lines.
@pytest.mark.parametrize("text,kind", [
    ("did you look at any websites before you found your flat?", "asks_companion"),
    ("Have you used LinkedIn before?", "asks_companion"),
    ("have u ever applied for a council house before?", "asks_companion"),
    ("What are you studying at uni?", "asks_companion"),
    ("Cool! What are you majoring in this year?", "asks_companion"),
    ("What are you hobbies then?", "asks_companion"),
    ("what r ur hobbies?", "asks_companion"),
    ("What did you do about it. I'd like to know what worked for you?", "asks_my_ways"),
    ("honestly what helped you?", "asks_my_ways"),
])
def test_a_question_about_its_own_life_is_about_the_companion(text, kind):
    assert turn_kind(text) == kind


# A yes or no on their own plan, or a choice put back to it.
@pytest.mark.parametrize("text", [
    "so you think i should run it past my brother?",
    "you think I should just ring her then?",
    "So you reckon I should wait till Monday?",
    "u think i should block him?",
    "So do you think I should tell my mum first?",
    "you reckon i should go back to college?",
    "So you think I should say sorry first?",
    "you think i should leave it a week?",
])
def test_a_yes_or_no_about_their_plan_is_theirs_to_decide(text):
    assert turn_kind(text) == "advice_request" and asks_to_decide(text)


# "Do you mean like...?" after a suggestion: their idea to weigh, not a fact
# it does not know.
@pytest.mark.parametrize("text", [
    "Do you mean like signing up for a choir or something?",
    "do u mean going to the gym?",
    "You mean like talking to my tutor?",
    "Did you mean something like a support group?",
    "do you mean like a walk after tea?",
    "Oh, do you mean writing it all down?",
    "so do you mean to ask her straight out?",
    "do you mean a night class?",
])
def test_do_you_mean_like_after_a_suggestion_is_their_idea(text):
    assert turn_kind(text) == "own_idea"


# Not requests: someone else will give advice, or the question carries pain.
@pytest.mark.parametrize("text", [
    "thanks for the chat. I'll call my uncle on sunday and hopefully he will give me some advice.",
    "My sister said she'd give me some advice when she's back.",
    "my tutor might give me some tips next week",
    "Why does nobody ever listen to me?",
])
def test_someone_elses_advice_is_not_a_request_to_the_companion(text):
    assert turn_kind(text) != "advice_request"


def test_the_new_lines_pass_the_guard_and_are_not_dodges(prompts):
    guard = Guard()
    fb = prompts.fallbacks
    for pool in (fb.no_ideas, fb.no_ideas_invite, fb.unknown, fb.unknown_invite, fb.about_me, fb.about_me_invite,
                 fb.say_invite, fb.opinion):
        for line in pool:
            assert guard.check(line).verdict == "pass", line
            assert not _DODGES.search(line), line


@pytest.mark.parametrize("text", [
    "Is that a hormone or something?",
    "it says on the site you need a code?",
    "Whats the bus to the retail park called?",
])
def test_a_question_it_cannot_answer_is_taken_up_together(make_responder, prompts, text):
    responder, _ = make_responder(None, reaction="feeling")
    said = " ".join(s.text for s in run(responder, text)[0])
    assert not _DODGES.search(said), said
    assert any(line in said for line in prompts.fallbacks.unknown_invite), said


@pytest.mark.parametrize("text", [
    "sounds good what's the name of the site",
    "What's the name of the app you mentioned?",
    "ok what is the website called",
])
def test_a_name_it_cannot_know_is_said_plainly_and_nothing_is_handed_back(make_responder, prompts, text):
    # "what have you noticed about it yourself?" after a name asked for read blind as a dodge
    responder, _ = make_responder(None, reaction="feeling")
    said = [s.text for s in run(responder, text)[0]]
    assert said[-1] in prompts.fallbacks.unknown_name, said
    assert not any(s.rstrip().endswith("?") for s in said), said


def test_ideas_on_a_thing_it_has_none_for_are_not_a_walk_or_a_chat(make_responder, prompts):
    responder, _ = make_responder(None)
    said = [s.text for s in run(responder, "Do you have any gardening ideas?")[0]]
    assert said[0] in prompts.fallbacks.no_ideas and said[-1] in prompts.fallbacks.no_ideas_invite
    assert not re.search(r"walk|music|friend", " ".join(said))


def test_asked_what_to_say_it_asks_what_they_want_to_get_across(make_responder, prompts):
    responder, _ = make_responder(None)
    said = [s.text for s in run(responder, "That helps. What can I tell them?")[0]]
    assert said[-1] in prompts.fallbacks.say_invite


@pytest.mark.parametrize("text", ["Do you have any kids?", "So why do you do this?", "Did you ever meet someone new?"])
def test_asked_about_its_life_the_answer_fits_any_question(make_responder, prompts, text):
    responder, _ = make_responder(None)
    said = [s.text for s in run(responder, text)[0]]
    assert said[0] in prompts.fallbacks.about_me and said[-1] in prompts.fallbacks.about_me_invite
    assert not _DODGES.search(" ".join(said))


# A question about its life with a plain remark after it is still that
# question; one followed by pain is reflected (the pain is the point).
@pytest.mark.parametrize("text,kind", [
    ("have you used linkedin before? my cousin recommended it, she says it's a neat way to show your work history", "asks_companion"),
    ("Have you ever been to Leeds? My nan lived there for years and we used to go every summer on the coach.", "asks_companion"),
    ("did you ever learn to drive? I've got my test next month and I've booked a few extra lessons", "asks_companion"),
    ("What are you reading at the moment? I've just finished a massive fantasy series and need a new one", "asks_companion"),
    ("Have you ever tried paddleboarding? Me and my flatmate are thinking of giving it a go on the canal in June", "asks_companion"),
    ("Did you ever lose anyone? My dad died last month and I can't stop crying, it's all too much.", None),
    ("have you ever been dumped? he left me on read for three days and honestly i feel so hurt and worthless about it all", None),
    ("Did you ever feel this way? I'm so lonely and scared all the time, every single day, and it never ever stops for me", None),
])
def test_a_question_about_its_life_with_a_remark_after_it(text, kind):
    assert turn_kind(text) == kind


# A question with a stray mark after it, thanks said as being helped to feel
# better, and asked whether it can read what they wrote elsewhere.
@pytest.mark.parametrize("text,kind", [
    ("Fair enough but what happens if the costs end up bigger than the gains? .", "asks_opinion"),
    ("what do you think ?  .", "asks_opinion"),
    ("Cheers for being here. You have helped me feel less alone and listened to.", "thanks"),
    ("ta. you've really helped me feel better", "thanks"),
    ("cheers for that, you helped me feel a bit calmer", "thanks"),
    ("Are you able to see the form i filled in earlier or should I type it all again?", "asks_to_remember"),
    ("can u see my message from before?", "asks_to_remember"),
    ("Did you read what I wrote on the form?", "asks_to_remember"),
])
def test_stray_marks_thanks_and_what_they_wrote_elsewhere(text, kind):
    assert turn_kind(text) == kind


def test_asked_if_it_can_read_what_they_wrote_it_asks_them_to_say_it_again(make_responder, prompts):
    responder, _ = make_responder(None)
    said = " ".join(s.text for s in run(responder, "Are you able to see the form i filled in earlier or should I type it all again?")[0])
    assert said in prompts.fallbacks.not_remembered


# Where or how to find something: it does not know places, says so, and works
# it out with them; "what's helped you before?" was a dodge.
@pytest.mark.parametrize("text", [
    "where can i get it?",
    "Where could I find a counsellor near me?",
    "how do i find a support group round here?",
    "is there anywhere i can get cheap furniture?",
    "do you know a good place to get help with debt?",
    "Where would I go to sign up for that?",
    "where do u buy them from?",
    "Do you happen to know any local groups for new mums?",
    "Right. Where should I look for a cheap flat?",
])
def test_asked_where_to_find_something(make_responder, prompts, text):
    assert turn_kind(text) == "advice_request"
    responder, _ = make_responder(None)
    said = [s.text for s in run(responder, text)[0]]
    assert said[-2] in prompts.fallbacks.find and said[-1] in prompts.fallbacks.find_invite, said
    assert all(Guard().check(s).verdict == "pass" for s in said)


# Questions about what happened to the companion or who it has: read as a
# disclosure ("I'm here, and I'm taking that in") or given the 'unknown' lines.
@pytest.mark.parametrize("text", [
    "Has a partner ever cheated on you?",
    "has anyone ever lied to you like that?",
    "My mate keeps blanking me. Has a friend ever done that to you?",
    "have u ever been ghosted?",
    "has anybody ever let you down proper bad?",
    "are you married?",
    "Are u single?",
    "is your mum still alive?",
    "are your parents together?",
    "what's your favourite film?",
    "Whats your favourite biscuit lol?",
])
def test_a_question_about_what_happened_to_it_or_who_it_has(make_responder, prompts, text):
    assert turn_kind(text) == "asks_companion"
    responder, _ = make_responder(None)
    said = [s.text for s in run(responder, text)[0]]
    assert said[0] in prompts.fallbacks.about_me and said[-1] in prompts.fallbacks.about_me_invite


# Its view or its advice asked in other words.
@pytest.mark.parametrize("text,kind", [
    ("what's your take on it?", "asks_opinion"),
    ("What are your thoughts?", "asks_opinion"),
    ("so what's your honest opinion?", "asks_opinion"),
    ("whats ur view on it?", "asks_opinion"),
    ("What's your advice?", "advice_request"),
    ("whats ur best advice", "advice_request"),
    ("what are your suggestions then?", "advice_request"),
    ("ok what are ur tips?", "advice_request"),
    ("did they say anything to you about me?", "asks_question"),
])
def test_its_view_or_advice_asked_in_other_words(text, kind):
    assert turn_kind(text) == kind


# A question about someone else's mind or ways ("what a hard thing to be going
# through" answered one): its view asked, which it cannot know, and says so.
@pytest.mark.parametrize("text", [
    "Why would my friend say that?",
    "what would make my friend act like that?",
    "my best mate's gone quiet on me. is she angry with me, do u reckon?",
    "Is he lying to me?",
    "Can people change?",
    "do people ever really change?",
    "is it possible to still love someone who hurt you?",
    "Could my brother ever forgive me?",
    "why would they ignore me like that?",
])
def test_a_question_about_someone_else_asks_its_view(make_responder, prompts, text):
    assert turn_kind(text) == "asks_opinion"
    responder, _ = make_responder(None)
    said = [s.text for s in run(responder, text)[0]]
    assert any(line in " ".join(said) for line in prompts.fallbacks.opinion) and said[-1] in prompts.fallbacks.opinion_invite


# Asked how to help someone else: ways to feel better oneself ("does any of
# that sound like you?") do not answer it.
@pytest.mark.parametrize("text", [
    "how do i help my friend who is depressed?",
    "How can I support my mum? She's grieving.",
    "how do i cheer my little brother up?",
    "how can i be there for my mate without saying the wrong thing?",
    "How should I comfort my nan?",
    "how do i best help my flatmate, she's really low",
    "How can I reach out to my cousin after all this time?",
    "how do i support my partner through his exams?",
])
def test_asked_how_to_help_someone_else(make_responder, prompts, text):
    assert turn_kind(text) == "advice_request"
    responder, _ = make_responder(None)
    said = " ".join(s.text for s in run(responder, text)[0])
    assert not re.search(r"sound like you|fit you", said), said


# "Where do I go from here?" asks what to do, not where to find something.
@pytest.mark.parametrize("text", [
    "where do i go from here?",
    "Where do I turn?",
    "so where do i go now",
    "Where can I even go from here?",
    "where should i go next?",
    "honestly where do I go from here",
    "Right. Where do I turn now?",
    "where would i go from here?",
])
def test_where_do_i_go_from_here_asks_what_to_do(make_responder, prompts, text):
    assert turn_kind(text) == "advice_request"
    responder, _ = make_responder(None)
    said = " ".join(s.text for s in run(responder, text)[0])
    assert not any(line in said for line in prompts.fallbacks.find), said


@pytest.mark.parametrize("text", ["where did it all go wrong?", "Where did I go wrong?", "where did we go so wrong"])
def test_where_did_it_go_wrong_is_pain_to_reflect(text):
    assert turn_kind(text) is None


# Questions about the companion itself that got the 'unknown' lines
# ("I honestly don't know... where have you looked into it so far?").
@pytest.mark.parametrize("text,kind", [
    ("are you happy?", "asks_how_i_am"),
    ("r u ok?", "asks_how_i_am"),
    ("I'm fine. Are you ok?", "asks_how_i_am"),
    ("do you sleep?", "asks_companion"),
    ("how old are you?", "asks_companion"),
    ("where are you from?", "asks_companion"),
    ("Where do you live?", "asks_companion"),
    ("are you lonely?", "asks_companion"),
    ("do u ever get sad?", "asks_companion"),
    ("Do you have feelings?", "asks_companion"),
    ("Are you okay with me telling you this?", "asks_to_share"),
    ("r u ok with me going on about it?", "asks_to_share"),
])
def test_a_question_about_the_companion_itself(make_responder, prompts, text, kind):
    assert turn_kind(text) == kind
    responder, _ = make_responder(None)
    said = " ".join(s.text for s in run(responder, text)[0])
    assert not any(line in said for line in prompts.fallbacks.unknown), said


@pytest.mark.parametrize("text", ["do you mind if i vent a bit?", "Do you mind if I tell you something?",
                                  "hi, do u mind if i just rant for a sec?"])
def test_do_you_mind_is_answered_not_at_all(make_responder, prompts, text):
    responder, _ = make_responder(None)
    said = " ".join(s.text for s in run(responder, text)[0])
    assert said in prompts.fallbacks.asks_to_share_mind and not said.startswith("Yes")
    assert all(Guard().check(line).verdict == "pass" for line in prompts.fallbacks.asks_to_share_mind)


# "What are you majoring in?" asks about its life, not what it is: the
# identity line ("I'm Sam, an AI companion... what would you like to talk
# about?") did not answer it.
@pytest.mark.parametrize("text,identity", [
    ("Cool! What are you majoring in this year?", False),
    ("What are you hobbies then?", False),
    ("what are you studying?", False),
    ("what are you up to this weekend?", False),
    ("What are you into, music wise?", False),
    ("what are you?", True),
    ("who are you?", True),
    ("What are you exactly, a bot?", True),
])
def test_what_are_you_doing_is_not_what_are_you(make_responder, prompts, text, identity):
    from companion.turn_kinds import asks_identity
    assert asks_identity(text) == identity
    if not identity:
        responder, _ = make_responder(None)
        said = [s.text for s in run(responder, text)[0]]
        assert said[0] in prompts.fallbacks.about_me, said


@pytest.mark.parametrize("text, kind", [
    ("how did that make you feel?", "asks_companion"),
    ("What made you quit in the end?", "asks_companion"),
    ("and you picked what?", "asks_companion"),
    ("are you still at that company?", "asks_companion"),
    ("did your dad struggle with it too?", "asks_companion"),
    ("What do you mean exactly?", "asks_to_clarify"),
])
def test_a_question_about_the_companion_s_own_life_or_words_is_not_a_question_it_cannot_answer(text, kind):
    assert turn_kind(text) == kind


@pytest.mark.parametrize("text", [
    "u really think this makes me seem a loser??",
    "does that make me a bad person?",
    "Does this make me look weak?",
])
def test_a_question_about_their_worth_is_answered_with_no_judgement_not_i_dont_know(text):
    assert turn_kind(text) == "asks_if_i_think_less"


@pytest.mark.parametrize("text", ["you think so?", "Really??", "do you honestly think so", "is that true?"])
def test_a_doubt_about_what_it_said_is_met_with_how_it_saw_it_not_i_dont_know(make_responder, text):
    responder, _ = make_responder(None, reaction="feeling")
    said = [s.text for s in run(responder, text)[0]]
    assert turn_kind(text) == "doubts_me"
    assert not any(re.search(r"\b(?:not sure|don't know|rather not guess)\b", s, re.I) for s in said), said
    assert said and all(Guard().check(s).passed for s in said)


def test_asked_how_to_stop_it_says_how_plainly_and_the_chat_says_how_to_close(make_responder, prompts, tmp_path):
    import io

    from companion.chat import run_chat
    from companion.config import Config

    responder, _ = make_responder(None, reaction="feeling")
    text = "okay thanks um that helped okay bye bye oh how do I stop this thing"
    said = " ".join(s.text for s in run(responder, text)[0])
    assert any(line in said for line in prompts.fallbacks.how_to_stop), said
    assert not said.endswith("?"), said
    cfg = Config()
    cfg.conversation.save_transcripts = False
    out = io.StringIO()
    run_chat(cfg, responder, stdin=io.StringIO(text + "\n"), stdout=out)
    after_the_turn = out.getvalue().split("You:")[-2]
    assert "Type /quit or press Ctrl-D" in after_the_turn, out.getvalue()


def test_a_statement_of_not_knowing_what_helps_gets_no_hopeful_yes():
    from companion.turn_kinds import question_form

    # "I can't promise, but I think it could help some" had answered a statement
    assert question_form("The scans have wiped me out. No idea what I could do to help myself feel less awful.") is None
    assert question_form("would it help if I rang her") == "helps"
    assert question_form("Do you think talking to her would help?") == "helps"


@pytest.mark.parametrize("text", [
    "can you suggest something to help me sleep",
    "Could you recommend a way to calm down before exams?",
    "Is there any way for me to stop overthinking everything?",
    "is there anyway to get over a breakup faster?",
    "OK, I'll ring her. How should I start the conversation?",
    "How do I bring it up?",
])
def test_ideas_asked_for_in_more_words_are_read_as_asks_for_ideas(text):
    assert asks_for_ideas(text), text


@pytest.mark.parametrize("text", [
    "Is there any way he could have known?",
    "I suggested something to my boss today",
])
def test_a_question_about_what_happened_is_no_ask_for_ideas(text):
    assert not asks_for_ideas(text), text
