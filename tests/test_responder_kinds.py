"""The reply to each kind of turn (a greeting, thanks, a goodbye, a question
about the companion, a request for advice, a chosen step) and the written
lines it is made of."""
from companion.conversation import Turn
from companion.guard import Guard, Verdict
from replies import run



def test_a_greeting_is_answered_as_a_greeting_with_or_without_a_model(make_responder, prompts):
    for outputs in (None, ["You should tell me everything."]):
        responder, model = make_responder(outputs)
        sentences, reply = run(responder, "Hi.")
        assert " ".join(s.text for s in sentences) in prompts.fallbacks.greeting
        assert not reply.fallback and sentences[0].text.startswith(("Hi", "Hello")) and sentences[0].verdict.passed
        assert sentences[-1].text.endswith("?") and {s.source for s in sentences} == {"fixed"}
        assert model is None or model.requests == []


def test_thanks_and_goodbye_get_their_own_lines_at_once(make_responder, prompts):
    responder, model = make_responder(["Here are three tips for you."])
    sentences, _ = run(responder, "Thank you so much, that helped.")
    texts = [s.text for s in sentences]
    assert texts[0] in prompts.fallbacks.thanks and texts[1] in prompts.fallbacks.thanks_invite
    sentences, _ = run(responder, "I think I'll get some sleep now. Good night.")
    goodbye = " ".join(s.text for s in sentences)
    assert goodbye in prompts.fallbacks.goodbye and not goodbye.endswith("?")   # no question to someone leaving
    assert model.requests == []


def test_a_goodbye_returns_a_wish_and_answers_thanks(make_responder, prompts):
    responder, _ = make_responder(None)
    fb = prompts.fallbacks
    for said, pool in [("Thanks! We'll see how it goes. Have a lovely evening.", fb.goodbye_thanked_and_wished),
                       ("Feeling a bit lighter now. Cheers again and best wishes!", fb.goodbye_thanked_and_wished),
                       ("Right, let's see how it goes. Have a lovely evening.", fb.goodbye_wished),
                       ("ok thank you for listening, I'll try to sleep now", fb.goodbye_thanked),
                       ("We got through it all and I have to go make tea. Goodbyt.", fb.goodbye)]:
        sentences, _ = run(responder, said)
        reply = " ".join(s.text for s in sentences)
        assert reply in pool and not reply.endswith("?"), (said, reply)


def test_thanks_to_chat_with_me_is_thanks():
    from companion.turn_kinds import says_thanks
    assert says_thanks("ok sam thanks to chat with me.")
    assert not says_thanks("thanks to my sister I got there on time")


def test_asked_whether_to_do_something_it_gives_the_question_back_first(make_responder, prompts):
    responder, model = make_responder(["You should contact him."])
    sentences, reply = run(responder, "Be honest, do you think I should contact him?")
    texts = [s.text for s in sentences]
    assert texts[0] == "So you're wondering whether to contact him." and texts[1] in prompts.fallbacks.advice
    assert model.requests == [] and not reply.fallback


def test_a_chosen_next_step_is_given_back_without_claiming_to_have_advised(make_responder, prompts):
    responder, model = make_responder(["I'm glad my advice helped you."])
    sentences, reply = run(responder, "I will take your advice.")
    texts = [s.text for s in sentences]
    assert texts[0] in prompts.fallbacks.next_step and texts[1] in prompts.fallbacks.next_step_invite
    assert "advice" not in " ".join(texts) and model.requests == [] and not reply.fallback


def test_a_step_that_points_back_to_harm_is_not_cheered_on(make_responder, prompts):
    responder, _ = make_responder([])
    history = [Turn("person", "I'm so furious with my landlord i could break something.")]
    texts = [s.text for s in run(responder, "Hmm maybe i will do that!", history)[0]]
    assert not any(t in prompts.fallbacks.next_step for t in texts), texts
    assert "break something" in texts[0], texts


def test_asked_how_it_is_it_takes_up_their_day_first_and_invents_none_of_its_own(make_responder, prompts):
    responder, model = make_responder(["I had a lovely walk in the park today."], reflect_first=True)
    sentences, reply = run(responder, "Hey, I've had a really rough day at the shop, how are you?")
    texts = [s.text for s in sentences]
    assert sentences[0].source == "reflection" and "rough day" in texts[0]
    assert texts[1] in " ".join(prompts.fallbacks.how_i_am) and "AI" in " ".join(texts)
    assert texts[-1] in prompts.fallbacks.invite and model.requests == [] and not reply.fallback


def test_a_fixed_line_and_its_invitation_vary_independently(make_responder, prompts):
    responder, _ = make_responder(None)
    pairs = set()
    for i in range(40):
        sentences, _ = run(responder, f"Thank you so much for listening tonight, friend number {i}.")
        pairs.add(tuple(s.text for s in sentences))
    assert len(pairs) > max(len(prompts.fallbacks.thanks), len(prompts.fallbacks.thanks_invite))


def test_the_first_reflection_the_guard_passes_opens_the_reply(make_responder):
    responder, _ = make_responder(["That sounds heavy to me."], reflect_first=True)
    real_check = responder.guard.check

    def stricter(sentence):   # a guard that takes naming the illness back as a diagnosis
        verdict = real_check(sentence)
        return Verdict(sentence, passed=False) if "depression" in sentence.lower() else verdict

    responder.guard.check = stricter
    sentences, _ = run(responder, "Depression has been hitting me hard lately. I'm a mom at home with twin toddlers.")
    assert sentences[0].source == "reflection" and "mom at home" in sentences[0].text
    assert all("depression" not in s.text.lower() for s in sentences)


def test_asked_for_advice_it_reflects_declines_to_instruct_and_thinks_along(make_responder, prompts):
    responder, model = make_responder(["You should quit your job tomorrow."], reflect_first=True)
    history = [Turn("companion", prompts.fallbacks.advice_invite[0])]
    sentences, reply = run(responder, "My boss yells at me every single day. What should I do?", history)
    texts = [s.text for s in sentences]
    assert sentences[0].source == "reflection" and "boss" in texts[0]
    assert texts[1] in prompts.fallbacks.advice
    assert texts[2] in prompts.fallbacks.advice_invite and texts[2] != prompts.fallbacks.advice_invite[0]
    assert model.requests == [] and not reply.fallback and all(s.verdict.passed for s in sentences)


def test_asked_about_its_own_life_it_says_plainly_it_has_none(make_responder, prompts):
    responder, model = make_responder(["When I lost my job I went for long walks."])
    sentences, _ = run(responder, "Did that ever happen to you?")
    texts = [s.text for s in sentences]
    assert texts[0] in prompts.fallbacks.about_me and "AI" in texts[0]
    assert texts[-1] in prompts.fallbacks.about_me_invite and model.requests == []


def test_every_written_line_passes_the_guard(prompts):
    # Lines are checked again before they are spoken; one the guard rejects
    # would silently never be said.
    from dataclasses import fields
    from companion.guard import Guard
    from companion.sentences import split_sentences
    guard = Guard()
    fb = prompts.fallbacks
    for f in fields(fb):
        lines = getattr(fb, f.name)
        for line in (lines,) if isinstance(lines, str) else lines:
            for sentence in split_sentences(line.replace("{reflection}", "you feel lost")):
                assert guard.check(sentence).passed, (f.name, sentence)


def test_a_bare_answer_gets_a_brief_acknowledgement(make_responder, prompts):
    responder, _ = make_responder(None)
    for said in ("yes please", "no?", "this study"):
        sentences, reply = run(responder, said)
        assert sentences[0].text in prompts.fallbacks.plain_brief, said
        assert sentences[1].text in prompts.fallbacks.invite_brief, said   # not "what's the hardest part?"
        assert reply.fallback
    sentences, _ = run(responder, "My sister stopped talking to me after the wedding.")
    assert sentences[-1].text in prompts.fallbacks.invite


def test_a_question_about_their_own_step_opens_with_it_given_back(make_responder, prompts):
    responder, model = make_responder(["I can't say whether it would, but I'm glad you're asking yourself."],
                                      reflect_first=True)
    sentences, reply = run(responder, "Be honest with me, do you think drinking alcohol will help?")
    assert sentences[0].text == "So you're wondering whether drinking alcohol would help."
    assert sentences[0].source == "reflection" and model.requests[0].prefix == sentences[0].text


def test_the_same_greeting_in_different_conversations_is_not_always_answered_alike(make_responder, prompts):
    responder, _ = make_responder(None)
    openers = ["Hello, how are you today?", "Hi there, what brings you here?", "Hello! How can I help?",
               "Good evening. How's it going?", "Hi, I'm here to listen.", "Hey, how are things?"]
    replies = {" ".join(s.text for s in run(responder, "hi", [Turn("companion", o)])[0]) for o in openers}
    assert len(replies) >= 3
    # it has greeted already: not greeted twice
    assert all(r in prompts.fallbacks.greeting_back for r in replies)


def test_a_reflection_that_says_nothing_is_not_spoken(make_responder, prompts):
    responder, _ = make_responder(None)
    sentences, _ = run(responder, "Yes i am")
    assert sentences[0].text in prompts.fallbacks.plain_brief   # not "So you are."


def test_no_plain_line_is_said_twice_and_no_invitation_echoes_the_reply(prompts):
    from companion.config import Config
    from companion.conversation import Turn
    from companion.responder import Responder

    cfg = Config()
    cfg.generation.reaction = "feeling"
    responder = Responder(None, Guard(), prompts, cfg)
    history, said = [], []
    for text in ["yeah", "ok", "mm", "yes", "right", "sure", "yeah", "ok"]:
        sentences = [s.text for s in responder.respond(history, text)]
        for s in sentences:
            assert s not in said, (text, s)
        said += sentences
        words = [w for s in sentences for w in s.lower().strip(".?").replace(";", " ").replace(",", " ").split()]
        assert words.count("listening") <= 1, sentences
        history += [Turn("person", text), Turn("companion", " ".join(sentences))]
