"""Ideas offered tentatively when asked for: the library, its choice, and its
place in a reply."""
import json

import pytest
from fake_embeddings import bag_of_words

from companion.config import Config
from companion.errors import ConfigError
from companion.guard import Guard
from companion.ideas import Idea, IdeaLibrary, load_ideas
from companion.sentences import split_sentences

FRIENDS = Idea("making_friends", ("how do i make friends in a new city", "any ideas for meeting people"),
               "Some people find a class around something they enjoy makes meeting people easier; would that fit you?")
SLEEP = Idea("sleep", ("how can i sleep better", "any tips for getting to sleep"),
             "Some people find writing worries down before bed helps; does that sound like you at all?")


def test_the_closest_ask_chooses_the_idea_and_nothing_is_forced_or_repeated():
    lib = IdeaLibrary([FRIENDS, SLEEP], bag_of_words, min_similarity=0.3)
    assert lib.idea_for("any ideas for meeting people here?") == FRIENDS.text
    assert lib.idea_for("how can I sleep better at night?") == SLEEP.text
    assert lib.idea_for("what should I do about my car?") is None
    assert lib.idea_for("any ideas for meeting people here?", avoid=[FRIENDS.text]) is None


def test_a_malformed_idea_names_its_file_and_line(tmp_path):
    path = tmp_path / "ideas.jsonl"
    path.write_text(json.dumps({"topic": "x", "asks": ["a"], "text": "ok?"}) + "\n" + json.dumps({"topic": "x"}) + "\n")
    with pytest.raises(ConfigError, match=r"ideas\.jsonl:2"):
        load_ideas(path)


def test_every_shipped_idea_is_guarded_tentative_and_handed_back():
    ideas = load_ideas(Config().prompts_dir / "ideas.jsonl")
    assert len(ideas) >= 200 and len({i.text for i in ideas}) == len(ideas)
    guard = Guard()
    for idea in ideas:
        assert idea.text.rstrip().endswith("?"), idea.text
        assert all(guard.check(s).passed for s in split_sentences(idea.text)), idea.text


def test_asked_for_ideas_the_reply_offers_one_instead_of_a_dodge(prompts):
    from companion.ideas import load_idea_library
    from companion.responder import Responder

    cfg = Config()
    cfg.generation.reaction = "feeling"
    responder = Responder(None, Guard(), prompts, cfg, ideas=load_idea_library(cfg.prompts_dir, cfg.cache_dir))
    said = [s.text for s in responder.respond([], "Do you have any suggestions for meeting new people and building a "
                                                  "support network?")]
    assert any(s.startswith(("Some", "A few", "For some", "Something", "A lot", "Many")) for s in said), said
    assert said[-1].endswith("?")
    # a decision is still theirs: no idea is pushed on "should I leave him?"
    for decision in ("Should I leave him?", "should i end the friendship?", "What would you do about my friend?"):
        said = [s.text for s in responder.respond([], decision)]
        assert not any(s.startswith(("Some", "A few", "For some", "Something", "A lot", "Many")) for s in said), said


def test_a_bare_ask_is_read_with_what_they_said_just_before(prompts):
    """"any tips" after "my driving test is on friday and I'm shaking": an
    idea on that, not the general ways to feel better."""
    from companion.conversation import Turn
    from companion.ideas import load_idea_library
    from companion.responder import Responder

    cfg = Config()
    cfg.generation.reaction = "feeling"
    library = load_idea_library(cfg.prompts_dir, cfg.cache_dir)
    responder = Responder(None, Guard(), prompts, cfg, ideas=library)
    before = "I have a big exam on monday and I am so nervous about revising"
    history = [Turn("person", before), Turn("companion", "That sounds like a lot. I'm here.")]
    said = " ".join(s.text for s in responder.respond(history, "any tips"))
    assert said == library.idea_for(f"{before} any tips"), said
    assert library.idea_for("any tips") is None


def test_a_bare_ask_after_a_question_in_the_same_turn_is_read_with_that_question(prompts):
    """"How do you get to sleep when your mind races? Any tips?": the idea is
    for the question, not for the grief told before it in the turn."""
    from companion.ideas import load_idea_library
    from companion.responder import Responder

    cfg = Config()
    cfg.generation.reaction = "feeling"
    library = load_idea_library(cfg.prompts_dir, cfg.cache_dir)
    responder = Responder(None, Guard(), prompts, cfg, ideas=library)
    question = "How do you get to sleep when your mind races at night?"
    said = " ".join(s.text for s in responder.respond([], f"My whole family is grieving my grandad. {question} Any tips?"))
    assert said.endswith(library.idea_for(question)), said


def test_asked_about_a_life_the_conversation_gave_it_it_neither_claims_nor_denies_one(prompts):
    """In a window of someone else's chat the supporter said "I went through
    a breakup too"; "I'm an AI, so I haven't lived through it" contradicted
    that, read blind. The focus goes back to the person; with no such turn,
    it says plainly that it is an AI."""
    from companion.conversation import Turn
    from companion.ideas import load_idea_library
    from companion.responder import Responder

    cfg = Config()
    cfg.generation.reaction = "feeling"
    responder = Responder(None, Guard(), prompts, cfg, ideas=load_idea_library(cfg.prompts_dir, cfg.cache_dir))
    fb = prompts.fallbacks
    told = [Turn("person", "My boyfriend left me last month."),
            Turn("companion", "I understand. I went through a bad breakup too, a few years ago.")]
    said = " ".join(s.text for s in responder.respond(told, "How long did it take you to feel normal again?"))
    assert "AI" not in said and any(line in said for line in fb.about_me_focus), said
    plain = [Turn("person", "My boyfriend left me last month."), Turn("companion", "That sounds so painful.")]
    said = " ".join(s.text for s in responder.respond(plain, "How long did it take you to feel normal again?"))
    assert "AI" in said, said


@pytest.mark.parametrize("asked, topic", [
    ("i'm useless at making things but any craft ideas for a present?", "crafts_and_making"),
    ("what sort of podcast would you recommend for long walks?", "podcasts_and_audio"),
    ("any ideas for stuff to do indoors when I'm feeling low?", "activities_at_home"),
    ("I want to move into engineering, any recommendations on how to start?", "career_change"),
    ("my kids need minding but I don't trust strangers, any ideas?", "childcare_help"),
])
def test_ideas_are_offered_on_everyday_topics_that_had_none(prompts, asked, topic):
    """Read blind in session 35, a tenth of the replies dodged a request for
    ideas (crafts, podcasts, a new field of work) with "I don't have a stock
    of good ideas for that": the library had nothing on them."""
    from companion.ideas import load_idea_library
    from companion.responder import Responder

    cfg = Config()
    cfg.generation.reaction = "feeling"
    library = load_idea_library(cfg.prompts_dir, cfg.cache_dir)
    responder = Responder(None, Guard(), prompts, cfg, ideas=library)
    said = " ".join(s.text for s in responder.respond([], asked))
    on_topic = {i.text for i in library.ideas if i.topic == topic}
    assert any(text in said for text in on_topic), said


def test_an_idea_that_is_what_they_said_they_will_not_do_is_not_offered():
    """"I don't want to say sorry first" had been met with "some people find
    a simple apology lands best"."""
    sorry = Idea("apologising", ("what do i say to my brother after a fight", "how do i say sorry to my brother"),
                 "Some people find a simple apology to a brother, saying sorry plainly, lands best; how would that be for you?")
    plan = Idea("hard_talk", ("what do i say to my brother after a fight", "how do i talk to my brother about it"),
                "Some people jot down the one thing they want their brother to hear; would that fit you?")
    lib = IdeaLibrary([sorry, plan], bag_of_words, min_similarity=0.1)
    ask = "what do i say to my brother after a fight"
    assert lib.idea_for(ask) in (sorry.text, plan.text)
    assert lib.idea_for(ask, told=f"{ask}. i don't want to say sorry first") == plan.text
    assert lib.idea_for(ask, avoid=[plan.text], told=f"{ask}. i don't want to say sorry first") is None
    # not wanting to lose him is not refusing an apology
    assert lib.idea_for("how do i say sorry to my brother", told="I don't want to lose him") == sorry.text


def test_an_idea_set_at_work_is_offered_only_where_work_was_spoken_of():
    """"I can't handle staying at home" had been met with an idea to make
    working from home less lonely, read blind as assuming a job never told."""
    desk = Idea("working_from_home", ("how do i cope with being stuck at home all day", "any ideas for home alone all day"),
                "A few people take the laptop to a cafe, which makes working from home less lonely; would that fit you?")
    pet = Idea("loneliness", ("how do i cope with being stuck at home all day", "any ideas for feeling alone at home"),
               "Some people find a pet brings company into a day at home; would that fit you?")
    lib = IdeaLibrary([desk, pet], bag_of_words, min_similarity=0.1)
    stuck = "how do i cope with being stuck at home all day"
    assert lib.idea_for(stuck, told="I can't handle being stuck at home, the people I love are far away") == pet.text
    assert lib.idea_for(stuck, told="Since my job went remote I'm stuck at home with the laptop all day") == desk.text


def test_how_to_start_a_talk_ahead_gets_an_idea_for_starting_it(prompts):
    """"I'll ring my sister tonight. How do I even begin?" names no topic: the
    talk ahead is it, and an idea for starting a hard talk answers it (read
    blind, "I don't have ideas for that" left the question unanswered)."""
    from companion.ideas import load_idea_library
    from companion.responder import Responder

    cfg = Config()
    responder = Responder(None, Guard(), prompts, cfg, ideas=load_idea_library(cfg.prompts_dir, cfg.cache_dir))
    said = [s.text for s in responder.respond([], "OK, I'll speak to my sister tonight. How do I even begin?")]
    assert any(s.startswith(("Some", "A few", "For some", "Something", "A lot", "Many")) for s in said), said
    # with no talk ahead, "how do I start?" is not read as one
    said = [s.text for s in responder.respond([], "I want to get fit. How should I start?")]
    assert not any("talk" in s or "say" in s for s in said), said
