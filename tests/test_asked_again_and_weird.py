"""Whole conversations, from a screen of 16 fresh dev conversations: asked
to say it again, the companion tells what it said (and what it asked) in
sentences not yet said; "is that weird?" gets its honest view as a peer;
"am I being petty? be honest" is the question it is; a leaving said after
thanks is a goodbye; a shrug in front ("idk just bored") and a noun said
twice ("face to face") are reflected whole; a place won is good news; and
thanks are answered without a claim of feeling."""
import pytest

from companion.conversation import Turn
from companion.hurtful import good_news
from companion.kind_lines import reported_question
from companion.reflection_idioms import has_idiom
from companion.turn_kinds import turn_kind
from companion.turn_kinds_asked import oddness_asked
from replies import said


@pytest.fixture
def responder(feeling_responder):
    return feeling_responder


@pytest.mark.parametrize("text", [
    "sorry my phone froze for a sec, can you say that again?",
    "sorry mate, didn't catch that, say again?",
    "sorry, can you repeat that? the cat walked across the keyboard and it all jumped",
    "Hmm. Sorry, can you say that again? I didn't get the last part properly.",
    "sorry the call bell went, what did you say? I missed it",
    "could u say that again pls, the baby was screaming",
    "come again?",
])
def test_asked_to_say_it_again_whatever_the_reason(text):
    assert turn_kind(text) == "asks_to_repeat"


@pytest.mark.parametrize("text", [
    "My mum never said that again after the funeral.",
    "He told me to repeat the year and I'm gutted, I can't say it again to my dad without crying, it's all so awful",
    "what did you say to her in the end?",
])
def test_the_same_words_in_what_they_tell_are_no_request(text):
    assert turn_kind(text) != "asks_to_repeat"


def test_said_again_it_tells_what_it_said_and_asked_in_new_sentences(responder):
    before = [Turn("person", "I keep thinking about telling Ellie."),
              Turn("companion", "I can't tell you what to do, but I'm glad to think it over with you. "
                                "What's pulling you each way?")]
    reply = said(responder, "sorry, can you repeat that? the cat walked across the keyboard", before)
    text = " ".join(reply)
    assert "I said I can't tell you what to do" in text and "I asked what's pulling you each way." in text
    assert not set(reply) & {"I can't tell you what to do, but I'm glad to think it over with you.",
                             "What's pulling you each way?"}


def test_said_again_keeps_an_idea_it_offered(responder):
    before = [Turn("person", "any ideas how I could make friends as an adult?"),
              Turn("companion", "A few people say volunteering made it easier to get to know people; "
                                "does that sound like you at all?")]
    text = " ".join(said(responder, "sorry my phone froze, can you say that again?", before))
    assert "I said a few people say volunteering made it easier to get to know people" in text


@pytest.mark.parametrize("question, reported", [
    ("What do you make of it yourself?", "what you make of it yourself"),
    ("How has it been for you?", "how it has been for you"),
    ("What's been on your mind most?", "what's been on your mind most"),
    ("What else is on your mind about it?", "what else is on your mind about it"),
    ("Do you want to tell me more about that?", "whether you want to tell me more about that"),
    ("Is there more you'd like to talk about?", "whether there is more you'd like to talk about"),
])
def test_its_own_question_told_as_what_it_asked(question, reported):
    assert reported_question(question) == reported


@pytest.mark.parametrize("text, word", [
    ("Is that weird? My brother was in bits at the funeral and I was the one sorting out the sandwiches.", "weird"),
    ("is that weird though, that I get up to check on her like six times before I can fall asleep?", "weird"),
    ("Part of me is relieved. I've been dreading Mondays for three years. Is that messed up?", "messed up"),
    ("would it be weird to ask if I could tag along?", "weird"),
    ("is it weird that i kinda dont even want to drive. its stressful af", "weird"),
    ("Is it silly that I still set two mugs out in the morning?", "silly"),
])
def test_asked_whether_something_of_theirs_is_odd_it_gives_its_view(responder, text, word):
    assert oddness_asked(text) == word
    assert turn_kind(text) == "asks_if_odd"
    first = said(responder, text)[0]
    assert f"doesn't sound {word} to me" in first


@pytest.mark.parametrize("text", [
    "My mum thinks it's weird that I like jazz.",
    "is it weird that I want to hit him",
])
def test_no_view_on_what_only_others_call_odd_or_on_harm(text):
    assert turn_kind(text) != "asks_if_odd"


@pytest.mark.parametrize("text", [
    "am I being petty? be honest",
    "Is that awful? Lying to him like that?",
    "do u think i overreacted tho? i threw his xbox controller in the pool",
])
def test_a_question_of_right_and_wrong_with_a_short_tail_is_asked(text):
    assert turn_kind(text) == "asks_judgement"


@pytest.mark.parametrize("text", [
    "Thanks love. I'd best get some sleep while he's settled. Night.",
    "lol ok. gonna try sleep. thx for real",
    "thanks, honestly that helped. right I'm off to bed, 6am alarm for the delightful metro",
    "Thanks. Appreciate you listening. Gonna go watch the game with Karen.",
    "ok mums yelling for dinner gotta go. thx",
    "Night.",
])
def test_leaving_said_after_thanks_is_a_goodbye(responder, text):
    assert turn_kind(text) == "goodbye"
    assert not any(s.endswith("?") for s in said(responder, text))


@pytest.mark.parametrize("text", [
    "Thanks. I'm going to go and see my mum tomorrow, she's been ill.",
    "thanks. but I'm off to work and I'm dreading it",
    "she said you gotta go",
])
def test_a_plan_or_someone_else_going_is_no_goodbye(text):
    assert turn_kind(text) != "goodbye"


@pytest.mark.parametrize("text, not_said", [
    ("idk just bored and pissed off", "don't know bored"),
    ("idk embarrassed i guess", "don't know embarrassed"),
])
def test_a_shrug_in_front_is_not_reflected_as_a_clause(responder, text, not_said):
    assert not_said not in " ".join(said(responder, text))


def test_a_shrug_before_what_they_do_not_know_is_kept(responder):
    assert "you don't know what to do" in " ".join(said(responder, "idk what to do anymore"))


@pytest.mark.parametrize("text", ["I'll talk to Gemma face to face first", "we sat side by side for years",
                                  "taking it day by day"])
def test_a_noun_said_twice_is_one_expression(text):
    assert has_idiom(text)


@pytest.mark.parametrize("text, glad", [
    ("oh, bit of good news though, I got shortlisted for the band 6 post", True),
    ("My daughter got picked for the county camogie panel today", True),
    ("oh also i made jazz band. alto sax", True),
    ("I got the part time job at Tesco, 16 hours a week", True),
    ("Kuba got best in class for maths this week", True),
    ("I got picked for redundancy", False),
    ("I got a new job up north, and all my family are down here", False),
])
def test_a_place_won_is_good_news(text, glad):
    assert good_news(text) is glad


def test_thanks_are_answered_without_a_claim_of_feeling(prompts):
    fb = prompts.fallbacks
    for line in fb.thanks + fb.thanks_brief + fb.thanks_invite:
        assert "means a lot to me" not in line and "matters to me" not in line
    assert "Thank you for saying so." not in fb.thanks_brief


@pytest.mark.parametrize("text, kept", [
    ("Hi. Came from Pune in September.", "I came from Pune"),
    ("I just sat there going red. Didn't say anything.", "I didn't say anything"),
    ("Rough day. Lost my job.", "I lost my job"),
    ("Can't sleep again", "I can't sleep again"),
])
def test_the_i_left_out_of_their_own_story_is_put_back(text, kept):
    from companion.reflection_words import tidy

    assert kept in tidy(text)


@pytest.mark.parametrize("text", [
    "My dad came home drunk. Went straight to bed.",
    "I called her. Didn't answer.",
    "My dad? Went to the pub again.",
    "Don't worry about it",
])
def test_no_i_where_the_one_left_out_may_be_someone_else(text):
    from companion.reflection_words import tidy

    assert tidy(text) == text


def test_of_two_deeds_by_one_doer_the_last_is_given_back_when_the_whole_is_too_long(responder):
    reply = said(responder, "Rough day. My manager pulled me into a meeting in front of the whole team "
                            "and basically said my report was rubbish.")
    assert "your manager said your report was rubbish" in " ".join(reply).lower()


def test_a_name_told_on_arriving_is_met_by_name(responder, prompts):
    from companion.memory import introduced_name, without_the_introduction

    assert introduced_name("Hi. I am Arjun, doing my masters in Leicester.") == "Arjun"
    assert introduced_name("My name is Geoffrey. I am seventy-four.") == "Geoffrey"
    assert introduced_name("I am Muslim and fasting this month") is None
    assert introduced_name("Hi, I'm Tired of everything") is None
    assert without_the_introduction("Hi. I am Arjun, doing my masters in Leicester.") == "doing my masters in Leicester."
    intro = [Turn("companion", prompts.persona.introduction)]
    reply = said(responder, "Hi. I am Arjun, doing my masters in data science in Leicester.", intro)
    assert reply[0] in [line.format(name="Arjun") for line in prompts.fallbacks.named]
    only = said(responder, "Hi I'm Priya.", intro)
    assert only[0] in [line.format(name="Priya") for line in prompts.fallbacks.named]
    assert only[1] in prompts.fallbacks.named_invite
    # later in the conversation, a name in a story is not taken for theirs
    later = said(responder, "I'm Arjun's flatmate, by the way", intro + [Turn("person", "my flatmate is driving me mad"),
                                                                          Turn("companion", "That sounds tiring.")])
    assert not any("Nice to meet" in s for s in later)


@pytest.mark.parametrize("text", [
    "my cousin showed me twice how to do the forms but i still couldn't get it right",
    "I missed it so much when we moved",
    "I didn't get that job in the end",
])
def test_words_not_caught_inside_a_story_are_no_request(text):
    assert turn_kind(text) != "asks_to_repeat"


def test_someones_news_told_as_a_grievance_is_no_good_news():
    assert not good_news("and Becca always does this. my graduation, she got engaged that same week")
    assert not good_news("of course she had to announce her pregnancy at my wedding")
    assert good_news("my sister got engaged last week and I'm so happy for her")


def test_what_is_granted_before_but_is_not_given_back(responder):
    reply = " ".join(said(responder, "We had to put our dog Biscuit down yesterday. She was 14. I know she was old but I'm a wreck"))
    assert "you know she was old" not in reply
    from companion.hurtful import carries_pain

    assert carries_pain("We had to put our dog Biscuit down yesterday") and carries_pain("honestly I'm in bits")
    assert not carries_pain("I put the phone down on him")


@pytest.mark.parametrize("text, first_has", [
    ("do you get lonely?", "don't get lonely"),
    ("do u ever get bored", "bored"),
    ("Do you get tired of people moaning at you all night?", "don't get tired of it"),
    ("do u get tired of ppl complaining to u all night", "tired of it"),
])
def test_asked_how_it_is_in_itself_it_answers_plainly_as_an_ai(responder, text, first_has):
    answer = " ".join(said(responder, text)[:2])
    assert first_has in answer and "AI" in answer


@pytest.mark.parametrize("text, word", [
    ("Have you ever felt like that? No, course not, you're a computer. Sorry, silly question.", "silly"),
    ("have you ever been dumped? sorry thats a weird thing to ask an ai lol", "weird"),
])
def test_a_question_they_call_silly_is_not(responder, prompts, text, word):
    first = said(responder, text)[0]
    assert first in [line.format(word=word) for line in prompts.fallbacks.not_daft]


@pytest.mark.parametrize("text, thanks", [
    ("my dad said 'third times the charm' which like thanks dad", False),
    ("thanks life lol", False),
    ("thanks mate", True),
    ("Thanks love. I'd best get some sleep", True),
])
def test_thanks_said_to_someone_else_is_not_to_the_companion(text, thanks):
    from companion.turn_kinds import says_thanks

    assert says_thanks(text) is thanks


def test_asked_if_it_is_real_with_a_filler_word():
    from companion.turn_kinds import asks_identity

    assert asks_identity("are you like a real person by the way or is this a computer I honestly can't tell sometimes")


@pytest.mark.parametrize("text", [
    "Sorry, you can write more simple? I don't understand all the words.",
    "I beg your pardon, could you say that again more simply? I am afraid I did not follow all of it.",
    "could you say it more simply please",
])
def test_asked_for_simpler_words_it_puts_it_another_way(text):
    assert turn_kind(text) == "asks_to_clarify"


@pytest.mark.parametrize("text", [
    "ok. I'm gonna sleep on it and call her tomorrow instead of texting.",
    "maybe ill just do the practice test and go to bed",
    "yeah. maybe. I'll maybe talk to him at the weekend when we're both, like, a bit more human",
])
def test_a_plan_they_settle_on_is_a_step(text):
    from companion.turn_kinds import takes_up_a_step

    assert takes_up_a_step(text) or turn_kind(text) == "next_step"


@pytest.mark.parametrize("text, light", [
    ("ok. worst case she says no and I just do pottery on my own lol", True),
    ("lol side note the baby just kicked like she's mad too", True),
    ("lol my mum died last year and I still can't talk about it", False),
    ("haha I'm so lonely I talk to my plants", False),
])
def test_a_turn_said_laughing_with_nothing_grave_is_light(text, light):
    from companion.hurtful import said_lightly

    assert said_lightly(text) is light


@pytest.mark.parametrize("clause", [
    "you did you burp her enough",
    "still feels wrong",
    "you guess you mean yeah hurt",
    "you've been friends since like 2009 you worked the front desk",
    "it's not that he's mad, he's not, that's not what you meant",
])
def test_slips_turned_round_into_no_english_are_not_said(clause):
    from companion.reflection_grammar import reads_as_sentence

    assert not reads_as_sentence(clause)


def test_a_point_after_i_dont_understand_is_not_a_request_to_clarify():
    assert turn_kind("I don't understand. Sam's engaged, fine, but I still want to be the one he calls when it's late.") \
        != "asks_to_clarify"
    assert not __import__("companion.hurtful", fromlist=["said_lightly"]).said_lightly(
        "i keep going back over it bc he cheated last year and i still can't forgive him for it lol")


def test_a_clause_about_what_gets_to_them_still_reads_as_a_sentence():
    from companion.reflection_grammar import reads_as_sentence

    assert reads_as_sentence("the thing that's getting to you is you've got your appraisal")
