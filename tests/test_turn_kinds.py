import pytest

from companion.turn_kinds import turn_kind


@pytest.mark.parametrize("text, kind", [
    ("Hi", "greeting"),
    ("Hello good afternoon.", "greeting"),
    ("hey there, how are you doing?", "asks_how_i_am"),   # asked how it is: answered, not only greeted
    ("Hi, im not doing too great this evening", None),
    ("Fair point. Thanks once more, and i hope your evening stays calm. Goodbye.", "goodbye"),
    ("I reckon i can manage on my own for a while now. Thanks again and best wishes!", "goodbye"),
    ("good talking", "goodbye"),
    ("do you think I did the wrong thing?", "asks_judgement"),
    ("am I overreacting?", "asks_judgement"),
    ("I did the wrong thing and I know it", None),
    ("thanks for listening, I think I'll try to sleep now", "goodbye"),
    ("ok heading to bed now", "goodbye"),
    ("I'm going to get some sleep", "goodbye"),
    ("I try to sleep but I keep waking at 3", None),
    ("Thanks mate. Shall we end the conversation here?", "goodbye"),
    ("Alright, thanks a lot. This feels like a decent stopping point, so thanks for all your help", "goodbye"),
    ("Yeah, I'll make it through somehow - it means a lot having someone on my side. I really do thank you for "
     "chatting with me tonight. Have a lovely evening!", "goodbye"),
    ("He said goodbye and walked out, and I haven't heard from him since, and it's been three weeks now of "
     "checking my phone every hour and hating myself for it", None),
    ("thank you so much", "thanks"),
    ("About as well as could be expected. Thanks for your time and sympathy.", "thanks"),
    ("Ok so now i have a plan and i know my next steps. You've been really helpful! Thanks!", "thanks"),
    ("Thanks for listening but I still feel awful", None),
    ("I tried any techniques i could find and nothing works.", None),
    ("Thanks. My mum died last week.", None),
    ("I can't sleep again tonight, good night", None),
    ("No thanks, I'd rather not talk about him.", None),
    ("can you provide any assistance with this?", "advice_request"),
    ("Do you know any techniques for when my thoughts start racing?", "advice_request"),
    ("Do you have some advise about handeling it?", "advice_request"),   # misspelt, still a request for advice
    ("What do you recommend?", "advice_request"),
    ("I honestly wouldn't know where to start searching. Any suggestions?", "advice_request"),
    ("Do you have any suggestions that might help me here? Feels like im stuck in a loop", "advice_request"),
    ("Ok, i'll have a word with my aunt. how should i bring it up?", "advice_request"),
    ("All i need you to do is tell me how to stop thinking about marcus every minute", "advice_request"),
    ("Should I just quit?", "advice_request"),
    ("I have no idea, what to do next", "advice_request"),
    ("I am still worried about the rent arrears.", None),
    ("How did you deal with them?", "asks_my_ways"),   # its ways asked for: ideas too
    ("How did you do it?", "asks_companion"),
    ("Have you ever lost someone close?", "asks_companion"),
    ("That's how it went. What was it like for you?", "asks_companion"),
    ("What do you think about that?", "asks_opinion"),   # an open ask for its view, not a disclosure
    ("how are you", "asks_how_i_am"),   # a question, answered (it had got only a hello)
    # typed without its mark, still a question about its own life
    ("Did you see the game last night", "asks_companion"),
    ("I will take your advice.", "next_step"),
    ("I will take your ideas and put them into practice this week.", "next_step"),
    ("I think i will try to use this from now on. And look for a club to join.", "next_step"),
    ("I will definitely give it a try!", "next_step"),
    ("I'll give that a go. Do you think i could raise it with my manager?", "asks_opinion"),
        ("Wouldn't I be putting my job at risk telling HR?", "asks_opinion"),
        ("Is it normal to feel this way?", "asks_opinion"),
        ("Isn't it funny how things work out?", None),
        ("feeling rubbish like always. yourself?", "asks_how_i_am"),
        ("definitely. i appreciate ur help! nite nite", "goodbye"),
        ("It was lovely chatting with you. I hope you have a lovely evening! You too! Thank you!", "goodbye"),
        ("He said bye. I cried all night.", None),
        ("Have a good evening:)", "goodbye"),
        ("that's everything for now", "goodbye"),
        ("Be blessed", "goodbye"),
        ("Please enjoy your weekend", "goodbye"),
        ("Do you have any hobbies you could recommend that won't strain my bad knee?", "advice_request"),
        ("Could you suggest some calming activities?", "advice_request"),
        ("God bless you.", "goodbye"),
        ("stay well x", "goodbye"),
        ("I want to be well again", None),
        ("God bless him, he tried", None),
        ("Cheers, and hope to talk again next week.", "goodbye"),
        ("Hello, it's nice to meet you.", "greeting"),
        ("Hey, i was wondering if i could discuss how the move abroad is wearing on me.", "asks_to_share"),
        ("I did think about that, but aren't they pricey?", "asks_opinion"),
        ("Nope, never tried yoga. Does it really work?", "asks_opinion"),
        ("cheers! for now, any other ideas for coping with the panic attacks?", "advice_request"),
        ("How often do you feel lonely", "asks_companion"),
        ("Is that some kind of vitamin thing that leaves you tired?", "asks_question"),
        ("It makes me really nervous. Would sending her a text be okay?", "asks_question"),
        ("Good to know. Any title recommendation?", "advice_request"),   # ideas asked for: answered with no_ideas, not a dodge
        ("Why me?", None),
        ("Will I ever feel normal again?", None),
        ("Can you hear me?", "asks_if_there"),
        # how to stop the companion itself; never a life or a feeling ("how do I end this")
        ("okay thanks um that helped okay bye bye oh how do I stop this thing", "asks_how_to_stop"),
        ("how do i turn this thing off lol", "asks_how_to_stop"),
        ("How can I switch you off now please?", "asks_how_to_stop"),
        ("how do I close the app", "asks_how_to_stop"),
        ("how do I end this", "asks_question"),
        ("how do I stop it", "advice_request"),
        ("how do I stop this thing in my head from spinning", "advice_request"),
        ("You too!", "goodbye"),
        ("Sorry, can I say something about my brother?", None),
        ("I am grateful you listened to me. I feel a lot lighter now. Thank you!", "thanks"),
        ("Thank you. Others at work say the same thing about her and I am going to report it.", None),   # a question: not settled
    ("I will try to forget him but it hurts", None),
    ("I could try talking to my sister.", None),                       # weighing it up: reflected
    ("I tried that already", None),
    ("Hai", "greeting"),
    ("Could you give me an idea of how to open that talk with my dad?", "advice_request"),
    ("I really do not know what to do anymore", "advice_request"),
    ("I have no idea what happened", None),
    ("im alright ..what about you?", "asks_how_i_am"),
    ("how are you i suppose you saw my message already", "asks_how_i_am"),
    ("Hi, how are you? My week has been awful.", "asks_how_i_am"),
    ("How are you supposed to cope with this?", None),
    ("Hey, my day has been pretty awful, how are you?", "asks_how_i_am"),
    ("How do you want to do this?", None),
    ("hi, can i discuss something at home with you?", "asks_to_share"),
    ("I filled in the form earlier. Do you want me to explain what i put there?", "asks_to_share"),
    ("Can I vent?", "asks_to_share"),
    ("Well i appreciate your time and patience", "thanks"),
    ("I'm not getting any replies - are you there?", "asks_if_there"),
    ("Are you still there?", "asks_if_there"),
    ("is there any general way to shake off stress?", "advice_request"),
    ("where can i get it?", "advice_request"),
    ("Did you ever meet someone new?", "asks_companion"),
    ("No, that's all.", "goodbye"),
    ("No you've been a big help thanks", "goodbye"),
    ("I'm fine now", None),
    ("And if i walk out? No income? I've got a toddler who depends on me as well.", None),
    ("Much appreciated!", "thanks"),
    ("can I talk to my boss about it?", None),
    ("can i ask you what you would do?", "advice_request"),
    # back to the day, a season's wish: the conversation is ending
    ("right, I'm all set to get back to my revision with a clear head.", "goodbye"),
    ("I should get back to work now.", "goodbye"),
    ("I need to get back to work but I can't focus at all", None),
    ("I wish your happiness over chrismas :)", "good_wishes"),
    ("Merry Christmas to you!", "good_wishes"),
    ("I hate christmas, merry christmas to everyone else i guess", None),
    # a doubt about doing it is no step taken
    ("No idea if I could manage that. Talking to strangers scares me.", None),
    ("not sure i can do that", None),
    ("I could do that!", "next_step"),
    # which ones would help: ideas asked for, not a yes or no
    ("Reckon there are any decent forums that might help?", "advice_request"),
    ("Do you have any suggested books I could read?", "advice_request"),
    ("Are there anything else that can help?", "advice_request"),
    # a wrong done is no idea to weigh; a step with more said after it is not the point
    ("what if i cheated?", None),
    ("what if I just called her?", "own_idea"),
    ("I could try that, I always just snack and leave my essays till late. I'm a stress eater.", None),
    ("She's been kind about it. Anyway, thanks. I appreciate the input.", "thanks"),
    # whether to worry is a worry to answer, not a decision
    ("I'm worried they won't like me. Should I be?", "asks_question"),
    ("", None),
])
def test_turn_kinds(text, kind):
    assert turn_kind(text) == kind


def test_a_bare_no_to_anything_else_ends_the_conversation_and_only_then():
    from companion.turn_kinds import ends_after_anything_else

    assert ends_after_anything_else("Is there anything else I can do for you?", "nope. im good")
    assert ends_after_anything_else("Is there anything else on your mind?", "No thanks")
    assert not ends_after_anything_else("Do you have anyone to talk to?", "no")
    assert not ends_after_anything_else("Is there anything else on your mind?", "no, my dad hit me again")


def test_the_ask_is_the_sentence_that_asks_and_what_to_do_is_no_decision():
    from companion.turn_kinds import asks_to_decide, the_ask
    assert the_ask("thanks! i'll have a look at that site. in the meantime, any other ideas for coping with panic attacks?") \
        == "in the meantime, any other ideas for coping with panic attacks?"
    assert asks_to_decide("Should I end the friendship?") and not asks_to_decide("What should I do?")


@pytest.mark.parametrize("text, kind", [
    ("im gonna check her channel out... actually im going to check her out on tiktok", "next_step"),
    ("I am going to ring them in the morning", "next_step"),
    ("I'll look them up tonight", "next_step"),
    ("I might just do that", "next_step"),
    ("I'm going to ring him and yell at him", None),
])
def test_a_plan_of_their_own_is_a_next_step_and_a_rash_one_is_not(text, kind):
    assert turn_kind(text) == kind


@pytest.mark.parametrize("text, deciding", [
    ("should I leave him?", True),
    ("do you think I should leave him?", True),
    ("What would you say I should do to cheer up? I'm stuck", False),
    ("I'm worried they won't like me. Should I be?", False),
    ("should i be worried about it?", False),
])
def test_a_decision_is_a_choice_between_ways(text, deciding):
    from companion.turn_kinds import asks_to_decide, question_form

    assert asks_to_decide(text) == deciding
    if text.endswith("Should I be?"):
        assert question_form(text) == "worry"


@pytest.mark.parametrize("text, kind", [
    ("That's kind of you to say.", "kind_words_back"),
    ("oh that was really nicely put. I appreciate that.", "kind_words_back"),
    ("aw thanks for saying that", "kind_words_back"),
    ("thanks for saying that, night x", "goodbye"),
    ("That's kind of you to say, but I still feel like a failure at everything I do lately", None),
    ("thank you so much for listening", "thanks"),
])
def test_thanks_for_kind_words_is_no_goodbye(text, kind):
    # read blind, "I'm glad we talked it through" had answered them as if they were leaving
    assert turn_kind(text) == kind, text


def test_a_step_one_goes_off_to_take_is_a_next_step():
    from companion.turn_kinds import takes_up_a_step

    assert takes_up_a_step("I'll go and try it this evening")
    assert takes_up_a_step("I'm gonna go and look into it tonight")
    assert not takes_up_a_step("I will go die")


def test_a_step_after_a_thank_you_in_the_message_before_is_answered_as_thanks(feeling_responder):
    from replies import said

    from companion.conversation import Turn

    history = [Turn("person", "I keep putting off calling my sister."),
               Turn("companion", "Some people find it easier to send a short text first; would anything like that fit you?"),
               Turn("person", "thanks, that's really helpful")]
    sentences = said(feeling_responder, "I'll go and try it tonight", history)
    fb = feeling_responder.prompts.fallbacks
    assert sentences[0] in fb.thanks + fb.thanks_brief, sentences
    assert not any("?" in s for s in sentences), sentences
