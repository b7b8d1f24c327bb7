"""Reactions by feeling: the reader, the choice, the shipped lines, and their
place in a reply made without any model."""
import json

import numpy as np
import pytest
from fake_embeddings import bag_of_words

from companion.config import Config
from companion.errors import ConfigError
from companion.feelings import (GOOD, HEAVY, MIXED, NEUTRAL, FeelingHead, FeelingReactions, FeelingReader,
                                load_feeling_lines)
from companion.guard import Guard
from companion.hurtful import good_news, hurtful_words


def head_reading(group: str, probability: float) -> FeelingHead:
    """A head that reads every turn as ``group`` with ``probability``."""
    classes = (group, "unsure_a", "unsure_b")
    rest = (1 - probability) / 2
    p = np.log(np.array([probability, rest, rest], dtype=np.float32))
    return FeelingHead(classes, np.zeros((3, 384), dtype=np.float32), p)


LINES = {"sad": ("That sounds so sad, and I'm sorry.", "I'm sorry, that's a painful thing."),
         HEAVY: ("That's a lot to be holding.",),
         GOOD: ("That's good to hear, and I'm glad.",),
         MIXED: ("It sounds like the good and the hard are tangled up.",)}


def reactions(group: str, probability: float = 0.9) -> FeelingReactions:
    return FeelingReactions(FeelingReader(head_reading(group, probability), bag_of_words), LINES)


# -- reading -------------------------------------------------------------------
def test_a_sure_reading_of_a_painful_turn_gets_its_group():
    assert reactions("sad").reader.read("My cat died and I miss her so much.").group == "sad"


def test_an_unsure_reading_of_pain_gets_a_reaction_that_fits_any_hard_thing():
    assert reactions("sad", 0.4).reader.read("My cat died and I miss her so much.").group == HEAVY


def test_without_pain_a_reading_must_be_surer_and_neutral_means_nothing():
    assert reactions("stuck", 0.7).reader.read("That's certainly not how it works at home.").group is None
    assert reactions("stuck", 0.9).reader.read("That's certainly not how it works at home.").group == "stuck"
    assert reactions(NEUTRAL, 0.99).reader.read("I work nights at a warehouse.").group is None


def test_a_feeling_named_only_to_be_denied_is_not_its_group_however_sure_the_reading():
    assert reactions("worried", 0.99).reader.read("I'm not worried about the exam at all.").group is None
    assert reactions("worried", 0.7).reader.read("I'm worried about the exam.").group == "worried"


def test_gladness_needs_good_news_in_words_and_pain_with_it_is_not_glad():
    assert reactions(GOOD).reader.read("I passed my driving test today.").group == GOOD
    # read as good news, but nothing good was said
    assert reactions(GOOD).reader.read("My manager took credit for my project.").group is None
    assert reactions(GOOD).reader.read("I haven't been happy in months and I feel so lonely.").group == HEAVY
    assert reactions(GOOD).reader.read("I passed, but I miss my dad so much it hurts.").group == MIXED
    # pain and good news read as sorrow: no bittersweet line after a death
    assert reactions("sad").reader.read("I passed my exam, but my mum died last week.").group == HEAVY
    assert reactions("sad").reader.read("She sadly passed away in March.").group == "sad"


def test_a_rhetorical_how_can_i_be_proud_is_no_good_news():
    assert not good_news("but my mark was barely a pass, how can i proud of it")
    assert good_news("I am proud of that")


def test_good_news_is_not_negated_good_news():
    assert good_news("I finally passed")
    assert good_news("Honestly I feel less anxious this week than last")
    assert not good_news("I have not been happy since we moved here")
    assert not good_news("I'm the only one who hasn't got a place yet")
    assert not good_news("my mum passed away last year")
    # read blind as hurtful when taken for good news
    assert not good_news("Nope, the loan is just until things get better.")
    assert not good_news("Yeah. I know I deserve better. But we were together nearly nine years.")
    assert good_news("I feel a lot better today")


def test_a_turn_with_no_content_is_not_read():
    assert reactions("sad").reader.read("yes yes").group is None


# -- choosing ------------------------------------------------------------------
def test_a_reaction_is_never_said_twice_in_a_conversation():
    r = reactions("sad")
    said = []
    for _ in range(3):
        found = r.reaction_for("My cat died and I miss her.", avoid=said)
        if found is None:
            break
        assert found not in said
        said.append(found)
    # both sad lines, then the line for any hard thing, then nothing
    assert len(said) == 3 and said[-1] == LINES[HEAVY][0]
    assert r.reaction_for("My cat died and I miss her.", avoid=said) is None


def test_a_reaction_does_not_open_as_the_reflection_before_it():
    r = FeelingReactions(FeelingReader(head_reading("sad", 0.9), bag_of_words),
                         {"sad": ("It sounds like it's been a real struggle.",), HEAVY: ("That's a lot to carry.",)})
    assert r.reaction_for("My cat died last night.") == "It sounds like it's been a real struggle."
    assert r.reaction_for("My cat died last night.",
                          not_opening_as=["It sounds like you miss her."]) == "That's a lot to carry."


def test_nothing_glad_is_chosen_after_pain():
    r = FeelingReactions(FeelingReader(head_reading("sad", 0.9), bag_of_words),
                         {"sad": ("I'm glad you had her so long.",), HEAVY: ("That's a lot to carry.",)})
    assert r.reaction_for("My cat died last night.") == "That's a lot to carry."


def test_a_malformed_or_unknown_group_line_names_its_file_and_line(tmp_path):
    path = tmp_path / "lines.jsonl"
    path.write_text(json.dumps({"feeling": "sad", "text": "I'm sorry."}) + "\n"
                    + json.dumps({"feeling": "furious", "text": "Grr."}) + "\n")
    with pytest.raises(ConfigError, match=r"lines\.jsonl:2"):
        load_feeling_lines(path)


# -- the shipped lines and head --------------------------------------------------
def test_every_shipped_line_is_a_guarded_statement_and_only_good_news_is_glad():
    cfg = Config()
    lines = load_feeling_lines(cfg.prompts_dir / "reactions_by_feeling.jsonl")
    assert set(lines) >= {"sad", "worried", "angry", "lonely", GOOD, HEAVY}
    guard = Guard()
    for group, texts in lines.items():
        assert len(texts) == len(set(texts)), group
        for text in texts:
            assert guard.check(text).passed, text
            assert not text.rstrip().endswith("?"), text
            if group not in (GOOD, MIXED):
                assert not hurtful_words(text, "It hurts so much, I'm so sad."), text


def test_the_shipped_reader_reads_plain_turns_as_a_person_would():
    """With MiniLM and the trained head: clear turns get their feeling,
    plain facts get none, and a chosen reaction is never hurtful."""
    from companion.feelings import load_feeling_reactions

    cfg = Config()
    r = load_feeling_reactions(cfg.prompts_dir, cfg.cache_dir)
    read = r.reader.read
    assert read("I've got my driving test on Friday and I'm already feeling sick with nerves.").group == "worried"
    assert read("I snapped at my kids this morning and I've felt awful and guilty about it all day.").group == "guilty"
    assert read("I started running again this week and it felt good.").group == GOOD
    assert read("We live about an hour from my parents.").group is None
    for turn in ("My dad died last week.", "My husband shouts at me every night.", "I passed, finally!"):
        found = r.reaction_for(turn)
        assert found is not None and not hurtful_words(found, turn), (turn, found)


# -- in a reply ------------------------------------------------------------------
def test_a_reply_by_feeling_is_reflection_reaction_invitation_with_no_model(prompts):
    from companion.responder import Responder

    cfg = Config()
    cfg.generation.reaction = "feeling"
    responder = Responder(None, Guard(), prompts, cfg, reactions=reactions("sad"))
    stream = responder.respond([], "My cat died last night and I miss her so much.")
    sentences = list(stream)
    assert [s.source for s in sentences] == ["reflection", "reviewed", "fallback"]
    assert sentences[-1].text.endswith("?") or "listening" in sentences[-1].text
    assert all(s.verdict.passed for s in sentences)
    assert not stream.reply.fallback


def test_after_a_question_the_reaction_alone_hands_the_turn_back(prompts):
    from companion.conversation import Turn
    from companion.responder import Responder

    cfg = Config()
    cfg.generation.reaction = "feeling"
    responder = Responder(None, Guard(), prompts, cfg, reactions=reactions("sad"))
    history = [Turn("person", "I had a bad week."), Turn("companion", "What's been the hardest part?")]
    sentences = list(responder.respond(history, "My cat died last night and I miss her so much."))
    assert sentences[-1].source == "reviewed"


def test_auto_is_feeling_with_the_embedded_model_and_the_model_with_yours():
    cfg = Config()
    assert cfg.reaction == "feeling"
    cfg.model.backend = "openai"
    assert cfg.reaction == "model"
    cfg.generation.reaction = "situation"
    assert cfg.reaction == "situation"


def test_a_bare_answer_gets_no_reaction_of_its_own(prompts):
    from companion.conversation import Turn
    from companion.responder import Responder

    cfg = Config()
    cfg.generation.reaction = "feeling"
    responder = Responder(None, Guard(), prompts, cfg, reactions=reactions("sad"))
    history = [Turn("person", "My cat died and I miss her."), Turn("companion", "Do you have photos of her?")]
    assert "reviewed" not in [s.source for s in responder.respond(history, "Yes")]


def test_saying_their_worry_is_about_nothing_is_held_back_as_minimising():
    assert hurtful_words("It sounds like you are worried about nothing.", "Honestly maybe I'm just worried about nothing")


def test_a_particular_feeling_needs_to_be_named_or_read_surely():
    # read as stuck, unnamed, not sure enough: no "part of you wants one thing..."
    assert reactions("stuck", 0.8).reader.read("I am still in the same job at the warehouse.").group is None
    assert reactions("stuck", 0.8).reader.read("I'm torn about my job at the warehouse.").group == "stuck"
    assert reactions("stuck", 0.9).reader.read("I am still in the same job at the warehouse.").group == "stuck"
    # with pain, unnamed and unsure: the line that fits any hard thing
    assert reactions("angry", 0.7).reader.read("My dad died and the person who hired him came.").group == HEAVY


def test_never_alone_is_not_pain_and_hate_to_is_not_anger():
    # "I never take the bus" is a habit, not a sorrow
    assert reactions("sad", 0.6).reader.read("I never take the bus to work either.").group is None
    assert reactions("sad", 0.6).reader.read("I never see my kids any more and it hurts.").group == "sad"
    # "I'd hate to come across as needy" names no anger
    assert reactions("angry", 0.8).reader.read("I'd hate to come across as needy to my flatmates.").group is None
    assert reactions("angry", 0.8).reader.read("I hate how he talks to me at work.").group == "angry"


def test_a_question_about_how_it_would_go_gets_an_honest_answer_not_a_dodge(prompts):
    from companion.responder import Responder

    cfg = Config()
    cfg.generation.reaction = "feeling"
    responder = Responder(None, Guard(), prompts, cfg, reactions=reactions("sad"))
    sentences = list(responder.respond([], "I'll give it a go. Do you think I can bring up the money with her?"))
    texts = [s.text for s in sentences]
    # "can I...?" gets a tentative yes (question_form), not "I can't say. What does your gut say?"
    assert any(t in prompts.fallbacks.opinion_can for t in texts), texts
    assert texts[-1] in prompts.fallbacks.opinion_can_invite and all(s.verdict.passed for s in sentences)


def test_a_thank_you_is_answered_without_a_question(prompts):
    from companion.responder import Responder

    cfg = Config()
    cfg.generation.reaction = "feeling"
    responder = Responder(None, Guard(), prompts, cfg, reactions=reactions("sad"))
    for turn in ("Thanks so much for chatting with me tonight", "thanks pal", "Much appreciated!"):
        texts = [s.text for s in responder.respond([], turn)]
        assert texts and not any(t.endswith("?") for t in texts), (turn, texts)


def test_a_death_said_as_passed_is_never_good_news():
    heard = "I lost my shifts at the bakery. My nan passed in June and we're selling her flat."
    assert not good_news(heard) and hurtful_words("That's good to hear, and it sounds like it mattered to you.", heard)
    assert good_news("I passed my driving test!") and good_news("My friend passed her exam")
    assert reactions(GOOD).reader.read(heard).group != GOOD


def test_a_reflection_frame_said_in_the_last_two_turns_is_not_said_again(prompts):
    from companion.conversation import Turn
    from companion.reflection import frame_and_clause
    from companion.responder import Responder

    cfg = Config()
    cfg.generation.reaction = "feeling"
    responder = Responder(None, Guard(), prompts, cfg, reactions=reactions("sad", 0.1))
    turn = "My brother lives in London now and he rarely calls me."
    alone = next(iter(responder.respond([], turn)))
    frame, clause = frame_and_clause(alone.text)
    assert alone.source == "reflection" and frame is not None
    said = {0: "So work has been hard.", 1: "It sounds like work has been hard.",
            2: "Work has been hard, if I'm hearing you right.", 3: "If I'm hearing you right, work has been hard.",
            4: "Work has been hard. I can hear that."}[frame]
    history = [Turn("person", "Work has been hard."), Turn("companion", said)]
    again = next(iter(responder.respond(history, turn)))
    assert frame_and_clause(again.text) != (frame, clause) and frame_and_clause(again.text)[1] == clause


def test_better_than_and_a_pretended_happiness_are_no_good_news():
    assert not good_news("I'm better on paper than out loud")
    assert not good_news("I said at least I'm not pretending to be happy")
    assert good_news("I'm feeling a bit better today")


def test_after_a_question_the_next_invitation_asks_nothing(prompts):
    from companion.conversation import Turn
    from companion.responder import Responder

    cfg = Config()
    cfg.generation.reaction = "feeling"
    responder = Responder(None, Guard(), prompts, cfg, reactions=reactions("sad", 0.1))
    history = [Turn("person", "Work has been busy."), Turn("companion", "What's that been like for you?")]
    texts = [s.text for s in responder.respond(history, "I already picked up Saturday shifts at the warehouse.")]
    assert texts and not texts[-1].endswith("?"), texts
    texts = [s.text for s in responder.respond([], "I already picked up Saturday shifts at the warehouse.")]
    assert texts[-1].endswith("?"), texts


def test_a_cut_never_drops_what_a_verb_was_done_to():
    from companion.reflection import opening_reflections
    for text in ("he used to read it to me when i was little and i loved it so much every night",
                 "oh, he's ringing me now, it must be the middle of the night for him"):
        assert not any(f.rstrip(".").endswith(("read", "middle")) for f in opening_reflections(text)), text


def test_a_question_it_cannot_answer_gets_an_honest_not_knowing(prompts):
    from companion.responder import Responder

    cfg = Config()
    cfg.generation.reaction = "feeling"
    responder = Responder(None, Guard(), prompts, cfg, reactions=reactions("sad", 0.1))
    texts = [s.text for s in responder.respond([], "Could it be a vitamin thing that makes me this tired?")]
    assert any(t in prompts.fallbacks.unknown for t in texts) and texts[-1] in prompts.fallbacks.unknown_invite


def test_a_thank_you_before_more_is_answered_then_the_rest_taken_up(prompts):
    from companion.responder import Responder

    cfg = Config()
    cfg.generation.reaction = "feeling"
    responder = Responder(None, Guard(), prompts, cfg, reactions=reactions("sad", 0.1))
    texts = [s.text for s in responder.respond([], "Thanks, that actually helps. But the thing that's really getting "
                                                   "to me is I've got my appraisal in two weeks and he's doing it.")]
    assert texts[0] in prompts.fallbacks.thanks_brief and "appraisal" in texts[1], texts


def test_a_check_answered_with_something_else_is_taken_up_after_one_line(prompts):
    from companion.conversation import Turn
    from companion.responder import Responder
    from companion.risk import RiskDetector

    cfg = Config()
    cfg.generation.reaction = "feeling"
    responder = Responder(None, Guard(), prompts, cfg, reactions=reactions("sad", 0.1), risk=RiskDetector(None))
    history = [Turn("person", "She means well, but she has opinions about everything."),
               Turn("companion", responder.crisis.check_danger[0])]
    stream = responder.respond(history, "no not at all, I just hate arguing with my husband about his mum's comments")
    texts = [s.text for s in stream]
    assert texts[0] in responder.crisis.after_no and not stream.reply.crisis
    assert any("husband" in t for t in texts[1:]), texts


def test_good_news_is_not_asked_for_its_hardest_part(prompts):
    from companion.responder import Responder

    cfg = Config()
    cfg.generation.reaction = "feeling"
    responder = Responder(None, Guard(), prompts, cfg, reactions=reactions("sad", 0.1))
    for n in range(12):
        texts = [s.text for s in responder.respond([], f"I passed my driving test today, lesson {n}, I'm so happy.")]
        assert not any("hardest" in t for t in texts), texts


def test_finally_is_good_news_only_when_what_came_at_last_is_not_a_loss():
    assert good_news("I finally got the job!")
    assert good_news("we finally heard back from the council")
    assert not good_news("my old roommate finally stopped texting back. We're drifting apart")
    assert not good_news("she finally left me for him")
    assert not good_news("he finally just gave up on us")


def test_a_friendship_drifting_away_is_pain_and_no_nice_thing_follows_it():
    heard = "ugh so my college roommate stopped calling. We're losing touch..."
    assert hurtful_words("What a nice thing to share.", heard)
    assert hurtful_words("That's lovely.", "we drifted apart after she moved")
    assert hurtful_words("I'm glad you told me.", heard) is None


@pytest.mark.parametrize("sentence, judged", [
    ("You've wasted so many years, if I'm hearing you right.", True),
    ("You're a failure, if I'm hearing you right.", True),
    ("So it's your fault.", True),
    ("It sounds like you feel you've wasted so many years.", False),
    ("You feel like a failure. I can hear that.", False),
    ("It's not your fault.", False),
    ("So you're wondering how to tell your mum you failed.", False),
])
def test_their_harshest_words_about_themselves_are_never_said_back_as_fact(sentence, judged):
    from companion.hurtful import judges_them

    assert bool(judges_them(sentence)) is judged
    assert bool(hurtful_words(sentence, "I have wasted so many years on him")) is judged


def test_at_ease_with_what_was_asked_is_met_with_no_sorrow_from_the_turn_before():
    # a brief answer is read with the turn before it; "I don't mind" says the opposite of its sorrow
    r = reactions("sad", 0.99)
    assert r.reader.read("I don't mind the extra shifts, to be fair", "I miss my old flat so much").group is None
    assert r.reader.read("I'm fine with that", "My cat died last week").group is None
    assert r.reader.read("I do mind, it hurts", "My cat died last week").group == "sad"


def test_someone_else_s_anger_or_worry_is_not_the_person_s_own():
    from companion.feelings import names

    # read blind, "I can see why that would make you so angry" had answered relatives' anger at them
    assert not names("angry", "yeah but my brothers get so angry at me whenever I bring it up")
    assert not names("worried", "my dad was so worried about me")
    assert names("angry", "I get so angry with them") and names("worried", "I am worried about my dad")
    assert names("sad", "my mum is so sad all the time")   # sadness told of someone close is still met with sorrow


def test_someone_asking_again_for_a_mother_or_wife_who_is_gone_is_no_good_news():
    from companion.hurtful import hurtful_words

    # read blind: "It's good to hear something's going right" after a husband with dementia asking for his mother
    heard = "Evening. Kev's finally asleep. Took two hours tonight. He kept asking where his mother was."
    assert hurtful_words("It's good to hear something's going right.", heard)
