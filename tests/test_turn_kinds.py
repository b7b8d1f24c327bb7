import pytest

from companion.turn_kinds import turn_kind


@pytest.mark.parametrize("text, kind", [
    ("Hi", "greeting"),
    ("Hello good afternoon.", "greeting"),
    ("hey there, how are you doing?", "greeting"),
    ("Hi, i am not feeling so well today", None),
    ("That's true. Again thank you and i hope the rest of your day goes well. Goodbye.", "goodbye"),
    ("I think i will be able to carry on for a bit now. Thanks again and best wishes!", "goodbye"),
    ("good talking", "goodbye"),
    ("do you think I did the wrong thing?", "asks_judgement"),
    ("am I overreacting?", "asks_judgement"),
    ("I did the wrong thing and I know it", None),
    ("thanks for listening, I think I'll try to sleep now", "goodbye"),
    ("ok heading to bed now", "goodbye"),
    ("I'm going to get some sleep", "goodbye"),
    ("I try to sleep but I keep waking at 3", None),
    ("Thank you friend. Shall we end the chat?", "goodbye"),
    ("Ok thank you very much. I think this is a good stopping point, so thank you for your help", "goodbye"),
    ("Yes, we will get through this - it helps so much to have others support. I do thank you very much for "
     "talking with me today. Have a great day!", "goodbye"),
    ("He said goodbye and walked out, and I haven't heard from him since, and it's been three weeks now of "
     "checking my phone every hour and hating myself for it", None),
    ("thank you so much", "thanks"),
    ("As good as it can. Thanks for your time and commiseration.", "thanks"),
    ("So i've got a plan and know what to do. You've been super helpful! Thanks!", "thanks"),
    ("Thanks for listening but I still feel awful", None),
    ("I tried any techniques i could find and nothing works.", None),
    ("Thanks. My mum died last week.", None),
    ("I can't sleep again tonight, good night", None),
    ("No thanks, I'd rather not talk about him.", None),
    ("can you provide any assistance?", "advice_request"),
    ("Do you know any techniques to help me calm down?", "advice_request"),
    ("Do you have an advise on how to maange?", "advice_request"),   # misspelt, still a request for advice
    ("What do you recommend?", "advice_request"),
    ("I wouldn't even know where to begin to look. Any suggestions?", "advice_request"),
    ("Do you have any suggestions that could help with this? Seems like i'm going in circles", "advice_request"),
    ("I see, i will talk to him. how should i start it off?", "advice_request"),
    ("All i want to know from you is to tell me how to get rid of the feelings i have for doug", "advice_request"),
    ("Should I just quit?", "advice_request"),
    ("I have no idea, what to do now", "advice_request"),
    ("I am still nervous about the loans.", None),
    ("How did you deal with them?", "asks_my_ways"),   # its ways asked for: ideas too
    ("How did you do it?", "asks_companion"),
    ("Have you ever lost someone close?", "asks_companion"),
    ("That's how it went. What was it like for you?", "asks_companion"),
    ("What do you think about that?", "asks_opinion"),   # an open ask for its view, not a disclosure
    ("how are you", "asks_how_i_am"),   # a question, answered (it had got only a hello)
    ("Did you see the game last night", None),
    ("I will take your advice.", "next_step"),
    ("I will take your ideas and apply them to my life.", "next_step"),
    ("I think i will try to apply this going forward. And find a group to join.", "next_step"),
    ("I will definitely give it a try!", "next_step"),
    ("I'll try to do that. Do you think i can speak to him?", "asks_opinion"),
        ("Wouldn't I be putting myself at risk meeting someone new?", "asks_opinion"),
        ("Is it normal to feel this way?", "asks_opinion"),
        ("Isn't it funny how things work out?", None),
        ("feeling disgust as usual. yourself?", "asks_how_i_am"),
        ("absolutely. i appreciate your help! nity nite", "goodbye"),
        ("It was pleasant speaking with you. I hope you have a wonderful rest of your day! You too! Thank you!", "goodbye"),
        ("He said bye. I cried all night.", None),
        ("Have a good afternoon:)", "goodbye"),
        ("that will be all for now", "goodbye"),
        ("Be blessed", "goodbye"),
        ("Please enjoy your day", "goodbye"),
        ("Do you have any activities you could recommend, without risking my health?", "advice_request"),
        ("Could you suggest some calming activities?", "advice_request"),
        ("God bless you.", "goodbye"),
        ("stay well x", "goodbye"),
        ("I want to be well again", None),
        ("God bless him, he tried", None),
        ("Thank you and hope to talk again very soon.", "goodbye"),
        ("Hello, it's nice to meet you.", "greeting"),
        ("Hello i was wondering if i can discuss the effects of the pandemic on my mental health.", "asks_to_share"),
        ("I did consider that, but aren't they expensive?", "asks_opinion"),
        ("No, i haven't tried that. Does it really work?", "asks_opinion"),
        ("thanks! in the meantime, any other suggestions for dealing with anxiety?", "advice_request"),
        ("How often do you feel depressed", "asks_companion"),
        ("Is that some kind of hormone that makes me feel down?", "asks_question"),
        ("It makes me very anxious. Would writing a letter be okay?", "asks_question"),
        ("Good to know. Any title recommendation?", "advice_request"),   # ideas asked for: answered with no_ideas, not a dodge
        ("Why me?", None),
        ("Will I ever feel normal again?", None),
        ("Can you hear me?", "asks_if_there"),
        ("You too!", "goodbye"),
        ("Sorry, can I say something about my brother?", None),
        ("I am thankful for you listening to me. I am in a better mood. Thank you!", "thanks"),
        ("Thank you. Others at work say the same thing about her and I am going to report it.", None),   # a question: not settled
    ("I will try to forget him but it hurts", None),
    ("I could try talking to my sister.", None),                       # weighing it up: reflected
    ("I tried that already", None),
    ("Hai", "greeting"),
    ("Can you give me an idea how to start the conversation?", "advice_request"),
    ("I really do not know what to do anymore", "advice_request"),
    ("I have no idea what happened", None),
    ("am good ..what about you?", "asks_how_i_am"),
    ("how are you i guess you read my situation", "asks_how_i_am"),
    ("Hi, how are you? My week has been awful.", "asks_how_i_am"),
    ("How are you supposed to cope with this?", None),
    ("Hello, i'm having a very rough day, how are you?", "asks_how_i_am"),
    ("How do you want to do this?", None),
    ("hi, can i discuss an issue with you?", "asks_to_share"),
    ("I did type in the description. Do you want me to tell you what i typed?", "asks_to_share"),
    ("Can I vent?", "asks_to_share"),
    ("Well i appreciate your time and help", "thanks"),
    ("I'm not receiving any messages - are you there?", "asks_if_there"),
    ("Are you still there?", "asks_if_there"),
    ("is there any general way to get out from stress?", "advice_request"),
    ("where can i get it?", "advice_request"),
    ("Did you find someone else?", "asks_companion"),
    ("No, that's all.", "goodbye"),
    ("No you've been helpful thanks", "goodbye"),
    ("I'm fine now", None),
    ("And if i quit? No money? I have a 5 year old i have to take care of too.", None),
    ("Much appreciated!", "thanks"),
    ("can I talk to my boss about it?", None),
    ("can i ask you what you would do?", "advice_request"),
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
    assert the_ask("thanks! i will check it out. in the meantime, any other suggestions for dealing with anxiety?") \
        == "in the meantime, any other suggestions for dealing with anxiety?"
    assert asks_to_decide("Should I end the friendship?") and not asks_to_decide("What should I do?")
