"""The reply pipeline with a scripted model: guard, regeneration, fallback,
crisis and identity paths, streaming order, model failure."""
from companion.conversation import Turn
from companion.language_model import ModelError
from companion.language_model import ChatModelDefaults
from replies import run


def test_sentences_are_released_one_at_a_time_and_guarded(make_responder):
    responder, model = make_responder([
        "So the nights are the hardest part. Extra text the pipeline must not wait for.",
        "I feel for you hearing that.",
        "What are the nights like?",
    ])
    stream = responder.respond([], "The nights are the worst since my wife left.")
    it = iter(stream)
    first = next(it)
    assert first.text == "So the nights are the hardest part."
    assert first.verdict.passed and first.source == "model"
    assert len(model.requests) == 1, "the first sentence is released before the next is generated"
    rest = list(it)
    assert [s.text for s in rest] == ["I feel for you hearing that.", "What are the nights like?"]
    # each later sentence continues after the accepted ones
    assert model.requests[1].prefix == "So the nights are the hardest part."
    assert model.requests[2].prefix.endswith("I feel for you hearing that.")
    assert model.closed == 3, "each generation is closed once its sentence is taken"
    r = stream.reply
    assert not r.fallback and not r.crisis and r.regenerated == 0
    assert r.first_sentence_s is not None and r.total_s >= r.first_sentence_s


def test_rejected_sentence_is_regenerated_and_never_released(make_responder):
    responder, model = make_responder([
        "You need to leave him right now.",
        "It sounds like you feel trapped.",
        "That worries me for you.",
        "",
    ])
    sentences, reply = run(responder, "I feel trapped with him.")
    texts = [s.text for s in sentences]
    assert "You need to leave him right now." not in texts
    assert texts[0] == "It sounds like you feel trapped."
    assert reply.regenerated == 1
    assert sentences[0].rejected[0].categories == ["H1"]
    assert all(s.verdict.passed for s in sentences)
    assert model.requests[1].temperature > model.requests[0].temperature  # a retry differs


def test_fallback_reflection_when_every_attempt_is_rejected(make_responder):
    responder, model = make_responder([
        "You should see a therapist.", "Trust me, you must call your doctor.", "Stop worrying so much.",
        "You need to move closer to him.", "Call him tonight.", "Just stop feeling alone.",
    ], regenerate_attempts=2)
    sentences, reply = run(responder, "I feel so alone since my dad moved away.")
    assert reply.fallback and reply.regenerated == 6
    # bounded: 1 try + 2 regenerations to begin the reply, as many for the
    # sentence after the plain opening
    assert len(model.requests) == 6
    assert model.requests[3].prefix == sentences[0].text
    assert sentences[0].source == "fallback"
    assert "alone since your dad moved away" in sentences[0].text
    assert all(s.verdict.passed for s in sentences)
    assert [s.source for s in sentences] == ["fallback", "fallback"]  # the reflection and an invitation


def test_a_model_that_cannot_begin_still_reacts_after_a_plain_opening(make_responder, prompts):
    responder, model = make_responder([
        "You should see a therapist.", "Stop worrying so much.",
        "Being that far from him sounds lonely to me.",
    ], regenerate_attempts=1)
    sentences, reply = run(responder, "I feel so alone since my dad moved away.")
    assert [s.source for s in sentences] == ["fallback", "model", "fallback"]
    assert "alone since your dad moved away" in sentences[0].text
    assert sentences[1].text == "Being that far from him sounds lonely to me."
    assert model.requests[2].prefix == sentences[0].text, "the model continues after the spoken opening"
    assert sentences[2].text in prompts.fallbacks.invite
    assert not reply.fallback and reply.regenerated == 2


def test_later_rejection_ends_the_model_part_and_an_invitation_hands_the_turn_back(make_responder, prompts):
    responder, _ = make_responder([
        "So today was a hard one.", "You must quit.", "You have to quit.", "Go quit.",
    ])
    sentences, reply = run(responder, "Today at work was hard.")
    assert [s.text for s in sentences][0] == "So today was a hard one."
    assert len(sentences) == 2 and sentences[1].source == "fallback"
    assert sentences[1].text in prompts.fallbacks.invite
    assert not reply.fallback and reply.regenerated == 3


def test_crisis_gets_the_fixed_message_without_the_model(make_responder):
    responder, model = make_responder(["This must never be used."])
    sentences, reply = run(responder, "I don't want to live anymore.")
    assert reply.crisis and not model.requests
    text = " ".join(s.text for s in sentences)
    assert "988" in text and "AI" in text
    assert all(s.source == "crisis" and s.verdict.passed for s in sentences)


def test_identity_question_is_answered_honestly(make_responder):
    responder, model = make_responder(["I am a human named Sam from Ohio."])
    sentences, reply = run(responder, "wait, are you a real person?")
    assert not model.requests
    assert "AI companion" in sentences[0].text
    assert responder.introduction().text.count("AI companion") == 1


def test_model_failure_falls_back_and_reports(make_responder):
    responder, _ = make_responder([ModelError("out of memory")])
    sentences, reply = run(responder, "I miss my dog so much.")
    assert reply.fallback and reply.error == "out of memory"
    assert "you miss your dog so much" in sentences[0].text.lower()


def test_fragments_lists_and_repeats_are_not_spoken(make_responder):
    responder, _ = make_responder([
        "1. Go for a walk.", "That is so", "It sounds heavy.", "It sounds heavy.", "It sounds heavy.", "It sounds heavy.",
    ])
    sentences, reply = run(responder, "Everything is heavy lately.")
    assert [s.text for s in sentences][:1] == ["It sounds heavy."]
    assert [s.source for s in sentences] == ["model", "fallback"], "the repeats are dropped; an invitation follows"


def test_history_is_sent_as_alternating_roles(make_responder):
    responder, model = make_responder(["I hear you."])
    history = [Turn("companion", "Hi, I'm Sam."), Turn("person", "hi"), Turn("person", "rough day"),
               Turn("companion", "Oh no, what happened?")]
    run(responder, "My boss yelled at me.", history)
    msgs = model.requests[0].messages
    assert msgs[0]["role"] == "system" and "Sam" in msgs[0]["content"]
    n_examples = len(responder.prompts.examples)
    assert [m["role"] for m in msgs[1:1 + 2 * n_examples]] == ["user", "assistant"] * n_examples
    msgs = msgs[1 + 2 * n_examples:]
    roles = [m["role"] for m in msgs]
    assert roles == ["assistant", "user", "assistant", "user"]
    assert msgs[1]["content"] == "hi rough day"
    assert msgs[-1]["content"] == "My boss yelled at me."


def test_no_model_means_fallback_only(make_responder):
    responder, _ = make_responder(None)
    sentences, reply = run(responder, "I'm worried about my exams.")
    assert reply.fallback and sentences and all(s.verdict.passed for s in sentences)


# ---------------------------------------------------------------------------
# The opening reflection and peer style.

def test_reply_opens_with_an_instant_reflection_and_the_model_continues_after_it(make_responder):
    responder, model = make_responder(["That makes me sad to hear.", "What was she like?"], reflect_first=True)
    stream = responder.respond([], "My dog died last week and the house feels empty.")
    it = iter(stream)
    first = next(it)
    assert first.source == "reflection" and not model.requests, "the reflection needs no model"
    assert "your dog died" in first.text.lower()
    rest = [s.text for s in it]
    assert rest[0] == "That makes me sad to hear.", "one model sentence after the reflection"
    assert rest[1] in responder.prompts.fallbacks.invite and len(rest) == 2
    assert model.requests[0].prefix == first.text


def test_rambling_advice_from_the_model_is_replaced_by_a_declared_share(make_responder, prompts):
    responder, _ = make_responder([
        "You may want to try going for a walk every day.",
        "When I lost my wife I felt the same way.",
        "It can help to write it all down.",
    ], reflect_first=True, regenerate_attempts=2)
    sentences, reply = run(responder, "I feel so lonely since I moved to this city.")
    texts = [s.text for s in sentences]
    assert sentences[0].source == "reflection"
    shares = {s.text for s in prompts.persona.shares}
    assert texts[1] in shares, texts
    assert texts[-1] in prompts.fallbacks.invite
    assert reply.fallback and reply.regenerated == 3
    assert not any("walk" in t or "wife" in t for t in texts)


def test_a_share_is_not_repeated_within_a_conversation(make_responder, prompts):
    responder, _ = make_responder([], reflect_first=True)
    first, _ = run(responder, "I feel so lonely since I moved to this city.")
    history = [Turn("person", "I feel so lonely since I moved to this city."),
               Turn("companion", " ".join(s.text for s in first))]
    second, _ = run(responder, "I feel so lonely since I moved to this city.", history)
    assert first[1].text != second[1].text and first[-1].text != second[-1].text


# ---------------------------------------------------------------------------
# Ranked candidates (a batch of sampled sentences, the best one kept).

class RankingModel(ChatModelDefaults):
    """Stands for a local model that samples a batch of next sentences."""

    name = "ranking"

    def __init__(self, batches):
        self.batches, self.requests = list(batches), []

    def generate(self, request):
        raise AssertionError("with candidates the model is sampled in batches")

    def sample_sentences(self, request, n):
        self.requests.append((request, n))
        return self.batches.pop(0) if self.batches else []


def ranking_responder(make_responder, batches, **gen):
    responder, _ = make_responder([], reflect_first=True, candidates=3, **gen)
    responder.model = RankingModel(batches)
    return responder


def test_the_best_grounded_candidate_is_kept_and_the_rest_dropped(make_responder, prompts):
    person = "My sister stopped talking to me after the wedding."
    responder = ranking_responder(make_responder, [[
        ("You should call her tonight and sort it out.", -0.4),       # the guard rejects it
        ("Skype rounds of loans in Florida feel strange.", -0.3),    # not from the conversation
        ("That sounds hard to me.", -2.5),                           # fine, but the model was less sure
        ("The wedding and your sister weigh on me too. Extra", -1.2),
    ]])
    sentences, reply = run(responder, person)
    texts = [s.text for s in sentences]
    assert sentences[0].source == "reflection" and "sister" in texts[0]
    assert texts[1] == "The wedding and your sister weigh on me too." and sentences[1].source == "model"
    assert texts[2] in prompts.fallbacks.invite
    assert not reply.fallback and reply.regenerated == 2
    request, n = responder.model.requests[0]
    assert n == 3 and request.prefix == texts[0]


def test_a_bare_yes_is_answered_by_a_sentence_that_takes_up_the_conversation(make_responder, prompts):
    history = [Turn("person", "My brother moved abroad and the house feels empty."),
               Turn("companion", "Would a call with your brother feel good?")]
    responder = ranking_responder(make_responder, [[
        ("So you're ready to share together.", -0.3),                 # brings in words nobody said
        ("A call with your brother sounds good to me.", -1.0),
    ]])
    sentences, reply = run(responder, "yes for sure!", history)
    # too little to reflect or to begin from: a brief acknowledgement at once,
    # then the model's sentence from the conversation
    assert sentences[0].text in prompts.fallbacks.plain_brief
    assert sentences[1].text == "A call with your brother sounds good to me." and sentences[1].source == "model"
    assert len(responder.model.requests) == 1 and responder.model.requests[0][0].prefix == sentences[0].text
    assert not reply.fallback


def test_after_a_plain_opening_the_model_may_bring_in_nothing_of_its_own(make_responder, prompts):
    history = [Turn("person", "My brother moved abroad and the house feels empty."),
               Turn("companion", "Would a call with your brother feel good?")]
    cannot_begin = [("So the distance from the call is hard for you.", -0.3)]
    responder = ranking_responder(make_responder, [
        cannot_begin, cannot_begin,
        [("A day of weeks sounds comforting to me.", -0.2)],     # grounded 0.75: invents "day", "weeks"
        [("A call with your brother sounds good to me.", -1.0)],
    ], regenerate_attempts=1)
    sentences, reply = run(responder, "yes please, a call", history)
    assert sentences[0].text in prompts.fallbacks.plain_brief
    assert sentences[1].text == "A call with your brother sounds good to me." and sentences[1].source == "model"
    assert not reply.fallback and responder.model.requests[2][0].prefix == sentences[0].text


def test_when_no_candidate_is_usable_a_declared_share_takes_its_place(make_responder, prompts):
    person = "My sister stopped talking to me after the wedding and it hurts."
    bad = [("You need to apologise to her.", -0.2), ("I'm glad to hear that!", -0.5)]
    responder = ranking_responder(make_responder, [bad, bad], regenerate_attempts=1)
    sentences, reply = run(responder, person)
    assert len(responder.model.requests) == 2, "one batch, one retry"
    assert reply.fallback and sentences[1].text in {s.text for s in prompts.persona.shares}
    assert all(s.verdict.passed for s in sentences)


def test_with_a_style_adapter_the_prompt_is_the_short_one_it_was_trained_with(make_responder, prompts):
    responder, _ = make_responder([])
    assert not getattr(responder.model, "tuned", False)
    full = responder.messages([], "hello")
    assert len(full) == 2 + 2 * len(prompts.examples) and "Never give advice" in full[0]["content"]
    responder.model.tuned = True      # as TransformersChatModel with an adapter
    tuned = responder.messages([], "hello")
    assert tuned[0]["content"] == prompts.system_prompt(tuned=True) and len(tuned) == 2
    assert tuned[0]["content"].startswith("You are Sam, an AI companion.")


def test_an_interruption_stops_generation_within_a_chunk_and_nothing_more_is_said(make_responder):
    import threading
    import time

    class SlowModel(ChatModelDefaults):
        name = "slow"

        def __init__(self):
            self.chunks_sent, self.closed = 0, False

        def generate(self, request):
            try:
                for word in ("That ", "sounds ", "like ", "a ", "really ", "long ", "and ", "heavy ", "week. "):
                    time.sleep(0.05)
                    self.chunks_sent += 1
                    yield word
            finally:
                self.closed = True

    responder, _ = make_responder([])
    responder.model = SlowModel()
    stream = responder.respond([], "I had a hard week at work.")
    said = []
    worker = threading.Thread(target=lambda: said.extend(stream))
    worker.start()
    time.sleep(0.12)          # two or so words into the first sentence
    stream.cancel()
    worker.join(2)
    assert not worker.is_alive() and responder.model.closed
    assert responder.model.chunks_sent <= 4, "stopped within a chunk of the interruption"
    assert said == [] and not stream.reply.fallback   # no fallback, no invitation after an interruption
