"""Turns that ask for something, read blind as dodged: ways asked for as a
need, a recommendation asked after a statement, where to find something
with a few words after the question, thanks for what helped; and the
answers that followed them: an idea about the wrong person, a phrase whose
only verb sits in a clause inside it, a low mood left unreflected."""
import pytest
from fake_embeddings import bag_of_words

from companion.ideas import Idea, IdeaLibrary, fits_the_people, people_named
from companion.reflection import opening_reflections
from companion.reflection_grammar import reads_as_sentence
from companion.turn_kinds import turn_kind


@pytest.mark.parametrize("text", [
    "I need some ways to calm down before my exams",
    "i could use a few tips for sleeping better",
    "I'd like some ideas for weekends on my own",
    "I have not been sleeping. What kind of exercise would you suggest for stress?",
    "what sort of hobby do you recommend",
    "Where could I find a book club nearby? I'm hopeless with websites so I get lost in all that.",
    "how to stop overthinking at night?",
    "Which sort of exercise helps with nerves?",
    "Ok. How to move on from him?",
])
def test_a_request_for_ideas_in_other_words_is_one(text):
    assert turn_kind(text) == "advice_request"


@pytest.mark.parametrize("text", [
    "I don't need advice, I just need to vent",
    "My sister keeps giving me tips I never asked for",
    "I've no idea how to tell her",
    "He showed me how to fix it.",
    "what works for you when you can't sleep?",
    "Where would I even go. Everything here reminds me of him and I can't stand being in the flat any more, "
    "it's all just too much right now.",
])
def test_a_need_or_question_that_asks_for_no_ideas_is_not_one(text):
    assert turn_kind(text) != "advice_request"


@pytest.mark.parametrize("text", ["Honestly, your words have helped.", "chatting with you has helped loads",
                                  "This chat has helped", "it helps to talk"])
def test_saying_the_talk_helped_is_relief_not_a_story_to_ask_more_about(text):
    assert turn_kind(text) == "relief"


def test_something_that_helped_them_once_is_still_their_story():
    assert turn_kind("It helped me cope when my dad died") is None


def test_the_people_an_idea_is_about_must_be_the_people_of_the_talk():
    partner = "Some people find a calm moment makes it easier to talk with their partner; would that fit you?"
    assert people_named(partner) == {"partner"}
    assert people_named("My boss is odd with me") == {"work"}
    assert not fits_the_people(partner, "My manager is decent but moody. Any tips on raising it with him?")
    assert fits_the_people(partner, "My husband never listens. Any tips on raising it with him?")
    assert fits_the_people(partner, "Any ideas how to bring something hard up?")   # nobody named: it may fit
    # a line that names several kinds of people is about no one in particular
    assert fits_the_people("Some people swap time with a partner, friend or family member; does that fit you?",
                           "my manager wants me in on weekends")
    raising = Idea("raising_it", ("how do i raise it with him",), partner)
    library = IdeaLibrary([raising], bag_of_words, min_similarity=0.2)
    assert library.idea_for("how do i raise it with him", told="my boss is moody. how do i raise it with him") is None
    assert library.idea_for("how do i raise it with him", told="my husband. how do i raise it with him") == partner


@pytest.mark.parametrize("clause", ["your savings up until your son finishes school",
                                    "the pressure to keep your income up until she graduates",
                                    "your trip to the coast before she moved away"])
def test_a_phrase_whose_only_verb_is_in_a_clause_inside_it_is_no_sentence(clause):
    assert not reads_as_sentence(clause)


@pytest.mark.parametrize("clause", ["the kids are asleep until noon", "your boss said that you were late",
                                    "the thing that bothers you is your exam",
                                    "the worst part is when he shouts"])
def test_a_sentence_with_a_clause_inside_still_reads_as_one(clause):
    assert reads_as_sentence(clause)


def test_a_low_mood_after_but_is_the_point_given_back():
    first = next(opening_reflections("Yeah. I don't miss the job anymore. but I am still so down."))
    assert "still so down" in first
    assert "low" in next(opening_reflections("I don't miss the job anymore but I'm still really low."))
    # low of a thing is no mood
    assert not any("feel" in r for r in opening_reflections("The pay is so low"))


@pytest.mark.parametrize("text", ["That cheered me up a bit", "It made me smile", "That gave me a boost",
                                  "My sister visiting lifted my spirits"])
def test_a_lift_said_gladly_is_met_gladly(text):
    assert turn_kind(text) == "praise"


@pytest.mark.parametrize("text", ["He gave me a lift to work", "that cheered me up but I still feel rubbish",
                                  "it made me feel worse"])
def test_a_ride_or_a_lift_turned_round_is_not(text):
    assert turn_kind(text) != "praise"


def test_asked_for_other_ideas_after_one_it_offers_another_on_that_topic():
    more = Idea("sleep", ("any tips for sleeping",), "A few people keep the same bedtime every night; would that fit you?")
    ideas = [Idea("sleep", ("how can i sleep better",), "Some people write worries down before bed; does that fit you?"), more,
             Idea("friends", ("how do i make friends",), "Some people join a club; would that fit you?")]
    library = IdeaLibrary(ideas, bag_of_words, min_similarity=0.3)
    said = ["It sounds like nights are hard. " + ideas[0].text]
    assert library.another_like(said) == more.text
    assert library.another_like(said + [more.text]) is None   # none left on sleep: nothing else is pushed
    assert library.another_like(["I'm listening."]) is None   # no idea offered yet


def test_in_a_conversation_other_ideas_asked_for_are_given_not_refused(prompts):
    from companion.config import Config
    from companion.conversation import Turn
    from companion.guard import Guard
    from companion.ideas import load_ideas, load_idea_library
    from companion.responder import Responder

    cfg = Config()
    cfg.generation.reaction = "feeling"
    responder = Responder(None, Guard(), prompts, cfg, ideas=load_idea_library(cfg.prompts_dir, cfg.cache_dir))
    shipped = {i.text for i in load_ideas(cfg.prompts_dir / "ideas.jsonl")}
    history, offered = [], []
    for text in ("I can't get to sleep at night, any tips?", "Any other suggestions?", "what else would you suggest?"):
        said = " ".join(s.text for s in responder.respond(history, text))
        offered.append(next((i for i in shipped if i in said), None))
        history += [Turn("person", text), Turn("companion", said)]
    assert all(offered) and len(set(offered)) == 3, offered


@pytest.mark.parametrize("clause, whole", [
    ("you find it hard when it feels", False),
    ("you find it hard because everything seems", False),
    ("you like how it feels", True),
    ("you hate the way it looks", True),
])
def test_a_verb_of_seeming_cut_from_what_it_seemed_is_no_sentence(clause, whole):
    assert reads_as_sentence(clause) is whole


@pytest.mark.parametrize("answer", ["I don't think so...", "not that i can think of", "no"])
def test_declining_anything_else_ends_the_talk(answer):
    from companion.turn_kinds import ends_after_anything_else

    assert ends_after_anything_else("You're welcome. Anything else bothering you tonight?", answer)


def test_a_no_that_goes_on_is_not_an_ending():
    from companion.turn_kinds import ends_after_anything_else

    assert not ends_after_anything_else("Anything else bothering you tonight?", "I don't think so, my dad is still poorly though")


@pytest.mark.parametrize("text", ["Yes i apprisate your answer", "i appriciate your help"])
def test_thanks_typed_with_a_slip_is_thanks(text):
    assert turn_kind(text) == "thanks"


def test_how_about_a_topic_asks_about_it_and_is_no_idea_of_their_own():
    assert turn_kind("how about the rent money ?") != "own_idea"
    assert turn_kind("how about trying a class?") == "own_idea"


def test_the_struggle_they_name_is_given_back_before_the_part_they_play():
    first = next(opening_reflections("I'm struggling with anxiety. I'm a student nurse on nights this month."))
    assert "anxiety" in first, first


@pytest.mark.parametrize("text, theirs", [
    ("Nobody else I know is in this mess and I caused it by betting.", "you feel you caused it"),
    ("I let my kids down again", "you feel you let your kids down"),
])
def test_blame_they_lay_on_themselves_is_given_back_as_their_feeling_never_as_a_fact(text, theirs):
    first = next(opening_reflections(text))
    assert theirs in first.lower(), first


def test_a_test_failed_is_a_fact_not_blame():
    assert "feel" not in next(opening_reflections("I failed my driving test"))
