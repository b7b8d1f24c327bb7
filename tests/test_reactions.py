"""Reviewed reactions chosen by meaning: the library, its choice, its place in a reply."""
import json
import pytest
from fake_embeddings import bag_of_words

from companion.config import PROJECT_ROOT
from companion.errors import ConfigError
from companion.guard import Guard
from companion.hurtful import hurtful_words
from companion.reactions import Reaction, ReactionLibrary, load_reactions


WORK = Reaction("work_overload", "exhausted", ("work keeps piling up and my boss wants more",
                                               "my job is drowning me in deadlines"),
                "That much work piling up on you worries me a little, honestly.")
DOG = Reaction("grief_pet", "sad", ("my dog died last week", "we had to put our old dog down"),
               "Losing a dog who was part of every day leaves such a quiet gap.")


def library(*reactions, **kw):
    return ReactionLibrary(list(reactions) or [WORK, DOG], bag_of_words, **kw)


def test_the_closest_situation_is_chosen_and_nothing_below_the_threshold():
    lib = library(min_similarity=0.3)
    assert lib.choose("my boss keeps piling work on me")[0] is WORK
    assert lib.choose("our dog died on sunday")[0] is DOG
    assert lib.choose("the weather is grey") is None


def test_a_reaction_is_not_said_twice_in_a_conversation():
    lib = library(min_similarity=0.3)
    said = ["So your dog died. " + DOG.text + " What was he like?"]
    assert lib.choose("my dog died and I miss him", avoid=said) is None


def test_a_brief_turn_is_matched_together_with_the_turn_before():
    lib = library(min_similarity=0.3)
    assert lib.choose("yes, all of it") is None
    assert lib.choose("yes, all of it", earlier="work keeps piling up on me")[0] is WORK


def test_the_example_turns_are_embedded_once_and_then_read_from_the_cache(tmp_path):
    calls = []

    def counting(texts):
        calls.append(len(texts))
        return bag_of_words(texts)

    ReactionLibrary([WORK, DOG], counting, tmp_path)
    ReactionLibrary([WORK, DOG], counting, tmp_path)
    assert calls == [4]
    ReactionLibrary([WORK], counting, tmp_path)      # a different library is embedded again
    assert calls == [4, 2]


def test_a_malformed_line_names_its_file_and_line(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"situation": "x", "feeling": "y", "turns": ["t"], "text": "ok."})
                                      + "\n" + json.dumps({"situation": "x", "turns": []}) + "\n")
    with pytest.raises(ConfigError, match=r"a\.jsonl:2"):
        load_reactions(tmp_path)


# -- in a reply ----------------------------------------------------------------
@pytest.fixture
def reviewed_responder(make_responder):
    def make(outputs=("I keep thinking about that.",)):
        responder, model = make_responder(list(outputs), reflect_first=True, candidates=1, reaction="situation")
        responder.reactions = library(min_similarity=0.3)
        return responder, model
    return make


def test_a_reply_is_a_reflection_then_the_reviewed_reaction_without_the_model(reviewed_responder):
    responder, model = reviewed_responder()
    stream = responder.respond([], "My boss keeps piling more work on me and I can't keep up.")
    sentences = list(stream)
    assert [s.source for s in sentences][:2] == ["reflection", "reviewed"]
    assert sentences[1].text == WORK.text
    assert model.requests == []          # no model sentence was needed


def test_questions_alternate_with_plain_reactions(reviewed_responder):
    from companion.conversation import Turn

    responder, _ = reviewed_responder()
    asked = [Turn("person", "hello"), Turn("companion", "Hi there. What's on your mind?")]
    reply = list(responder.respond(asked, "Our old dog died last week."))
    assert reply[-1].source == "reviewed"    # the last reply asked: this one does not
    not_asked = [Turn("person", "hello"), Turn("companion", "I'm listening.")]
    assert list(responder.respond(not_asked, "Our old dog died last week."))[-1].source == "fallback"   # an invitation


def test_when_no_reaction_fits_the_model_writes_as_before(reviewed_responder):
    responder, model = reviewed_responder(["I keep thinking about the rain too."])
    list(responder.respond([], "The weather has been grey and wet all week."))
    assert model.requests   # nothing in the library fits: the model was asked


# -- the library itself ----------------------------------------------------------
REACTIONS = load_reactions(PROJECT_ROOT / "prompts" / "reactions")


def test_the_library_is_large_and_every_reaction_is_speakable():
    assert len(REACTIONS) >= 2500
    guard = Guard()
    assert [r.text for r in REACTIONS if not guard.check(r.text).passed] == []
    for r in REACTIONS:
        assert "?" not in r.text and len(r.text.split()) <= 30 and len(r.turns) >= 2, r
    assert len({r.text for r in REACTIONS}) == len(REACTIONS)


def test_what_the_real_library_chooses_is_never_held_back_as_hurtful():
    """With MiniLM itself, on 300 of the library's own example turns (and
    their pain-word versions): a chosen reaction is never one the last net
    would withhold, and gladness never answers pain."""
    import random

    from companion.config import Config
    from companion.reactions import POSITIVE_FEELINGS, load_reaction_library

    cfg = Config()
    lib = load_reaction_library(cfg.prompts_dir, cfg.cache_dir)
    turns = random.Random(5).sample([t for r in REACTIONS for t in r.turns], 300)
    for turn in turns + [t + " It hurts so much." for t in turns[:100]]:
        found = lib.choose(turn)
        if found is not None:
            assert not hurtful_words(found[0].text, turn), (turn, found)
            assert not (found[0].feeling in POSITIVE_FEELINGS and "hurts so much" in turn), (turn, found)


def test_gladness_needs_good_news_said_in_words():
    glad = Reaction("family", "relieved", ("my sister finally spoke to me again", "we made up at last"),
                    "Saying it out loud and being met with care is such a relief.")
    lib = ReactionLibrary([glad], bag_of_words, min_similarity=0.1)
    assert lib.choose("my sister hasn't spoken to me since the wedding") is None
    assert lib.choose("my sister finally spoke to me again after the wedding")[0] is glad
