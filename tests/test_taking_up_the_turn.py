"""Turns that were met with a generic "I hear you. Go on" are taken up: an
agreement with the companion's point, a "when?" answered with how long ago,
a hard thing told without a feeling word, a wish closing a longer turn, and
reflections that were cut or hedged wrongly. The turns are written for
these tests."""
import re

import pytest
from fake_embeddings import bag_of_words

from companion.answer_reflection import time_since_taken_up
from companion.config import Config
from companion.conversation import Turn
from companion.feelings import HEAVY, FeelingReactions, FeelingReader
from companion.guard import Guard
from companion.hurtful import carries_pain, names_pain
from companion.reflection import opening_reflections
from companion.reflection_grammar import reads_as_sentence
from companion.turn_kinds import turn_kind
from replies import run
from test_feelings import LINES, head_reading


def _responder(prompts, reactions=None):
    from companion.responder import Responder
    cfg = Config()
    cfg.generation.reaction = "feeling"
    return Responder(None, Guard(), prompts, cfg, reactions=reactions)


# -- agreeing with the companion's point -------------------------------------
@pytest.mark.parametrize("text", [
    "true", "True!", "so true", "true, true", "Yes, that's very true.", "ok I get your point", "Fair enough.",
    "That's food for thought.", "I think you're right. One step at a time.", "that makes sense",
    "Maybe you're right.",
])
def test_an_agreement_is_its_own_kind(text):
    assert turn_kind(text) == "agrees"


@pytest.mark.parametrize("text", [
    "You're right, but my brother still won't call me back.",   # the point is after "but"
    "I think you're right. I feel awful about all of it though.",
    "you are right about my landlord",                           # says what about
    "True, my sister never calls.",
    "Is that true?",
])
def test_an_agreement_that_goes_on_to_something_else_is_not(text):
    assert turn_kind(text) not in ("agrees", "agrees_but_hard")


def test_agreeing_but_finding_it_hard_is_told_apart():
    assert turn_kind("maybe you're right, but that's easier said than done") == "agrees_but_hard"
    assert turn_kind("you're right but it's so hard") == "agrees_but_hard"


def test_an_agreement_is_handed_back_as_only_the_companions_take(prompts):
    history = [Turn("person", "I keep comparing myself to my cousin."),
               Turn("companion", "Her life online might not be the whole picture.")]
    sentences = run(_responder(prompts), "hmm, fair point", history)[0]
    fb = prompts.fallbacks
    assert sentences[0].text in fb.agrees and sentences[-1].text in fb.agrees_invite
    assert all(s.verdict.passed for s in sentences)
    said = run(_responder(prompts), "you're probably right, but it's not that easy", history)[0]
    assert said[0].text in fb.agrees_but_hard and said[-1].text in fb.agrees_but_hard_invite


# -- "when?" answered with how long ago ---------------------------------------
@pytest.mark.parametrize("asked, answer, said", [
    ("When did the two of you split up?", "About 3 weeks ago.", "So it's only been about 3 weeks; that's still very recent."),
    ("I'm sorry. When did it start?", "it started a few days ago", "So it's only been a few days; that's still very recent."),
    ("When did you move out?", "two years ago", "So it's been two years now."),
    ("How long ago was that?", "around six months ago", "So it's been around six months now."),
])
def test_how_long_ago_answering_when_is_taken_up(asked, answer, said):
    assert time_since_taken_up(asked, answer) == said and Guard().check(said).passed


@pytest.mark.parametrize("asked, answer", [
    ("What happened then?", "two weeks ago"),                 # no "when" asked
    ("When did you move out?", "two weeks ago, after the row"),
    ("When did it start?", "last spring"),
])
def test_anything_else_is_not_taken_up_as_time_since(asked, answer):
    assert time_since_taken_up(asked, answer) is None


def test_the_reply_opens_with_how_long_it_has_been(prompts):
    history = [Turn("person", "My partner moved out and I can't sleep."), Turn("companion", "When did she move out?")]
    sentences = run(_responder(prompts), "about 2 weeks ago", history)[0]
    assert sentences[0].text == "So it's only been about 2 weeks; that's still very recent."


# -- a hard thing told without a feeling word ---------------------------------
@pytest.mark.parametrize("text", [
    "My neighbour is so rude to me every single morning.",
    "We got into a fight last night.",
    "I found out he's having an affair.",
    "It sucks that I can't help him with the rent.",
    "Juggling my shifts and the kids with little support is hard.",
    "She's disrespectful to everyone in the office.",
    "I love her and I wish she never said that.",
])
def test_what_others_do_to_them_is_named_as_pain(text):
    assert names_pain(text) and carries_pain(text)


def test_a_hard_thing_told_plainly_gets_a_reaction_for_any_hard_thing():
    reactions = FeelingReactions(FeelingReader(head_reading("neutral", 0.9), bag_of_words), LINES)
    assert reactions.reader.read("We got into a fight last night.").group == HEAVY
    assert reactions.reader.read("We got a new sofa last night.").group is None


# -- a wish that closes a longer turn ----------------------------------------
def test_a_seasonal_wish_after_a_few_words_is_a_good_wish():
    assert turn_kind("You made my evening a bit brighter. Have a really happy Christmas!") == "good_wishes"
    assert turn_kind("Wish you a happy new year") == "good_wishes"
    # after pain, the turn is reflected like any other
    assert turn_kind("My grandad passed away last month. Merry Christmas anyway.") != "good_wishes"


# -- reflections cut or hedged wrongly ----------------------------------------
@pytest.mark.parametrize("clause", [
    "you're worried whenever",                  # cut after the word that opens a clause
    "you wonder if a tutor from another course",  # no verb after the "if"
    "sure will keep the windows open",          # no subject
    "nothing like a walk on the beach",          # no verb
])
def test_a_clause_left_open_or_without_a_subject_does_not_read_as_a_sentence(clause):
    assert not reads_as_sentence(clause)


def test_a_clause_that_goes_on_after_its_if_still_reads():
    assert reads_as_sentence("you're worried whenever they drive at night")
    assert reads_as_sentence("you wonder if a tutor could help")


def test_a_trailing_hedge_is_not_given_back_as_theirs():
    said = list(opening_reflections("I will be okay with the new routine i suppose"))
    assert said and not any("you suppose" in s for s in said)


def test_it_sounds_like_is_not_said_before_it_looks_like():
    said = list(opening_reflections("I hope so, but it looks like it's going to take months."))
    assert said and not any(s.startswith("It sounds like it looks") for s in said)


# -- thanks typed in a hurry, an end agreed to, a checked statement confirmed --
@pytest.mark.parametrize("text", ["ok thankn you", "thanx", "you have been doing great work", "You've given me some inspiration.",
                                  "I think you have helped me see it differently."])
def test_thanks_typed_in_a_hurry_or_said_as_praise_is_thanks(text):
    assert turn_kind(text) == "thanks"


def test_help_given_to_someone_else_is_not_thanks():
    assert turn_kind("you have helped him a lot over the years") != "thanks"


def test_agreeing_to_end_where_the_companion_offered_is_a_goodbye():
    from companion.turn_kinds import ends_after_anything_else
    assert ends_after_anything_else("We could stop here for today, if you like.", "ok sure")
    assert ends_after_anything_else("Shall we end the chat here?", "yes")
    assert not ends_after_anything_else("Shall we end the chat here?", "no, not yet")
    assert not ends_after_anything_else("Do you want to talk about your job?", "yes")


@pytest.mark.parametrize("asked, answer, said", [
    ("You've known each other since school, you trust him, right?", "yes", "So you trust him."),
    ("Your landlord raised the rent again, is that right?", "yeeess", "So your landlord raised the rent again."),
    ("So you two get on well, right?", "yeah", "So you two get on well."),
    # a reflection put as a question and agreed to is theirs now (it was given nothing before)
    ("It sounds like you feel alone, is that right?", "yes", "So you feel alone."),
])
def test_a_statement_checked_with_a_tag_is_given_back_when_agreed(asked, answer, said):
    from companion.answer_reflection import answer_reflection
    assert answer_reflection(asked, answer) == said and Guard().check(said).passed


@pytest.mark.parametrize("asked, answer", [
    ("So you two get on well, right?", "no"),                     # a no: what is true instead is unknown
    ("You told me about your mum or your dad, right?", "yes"),      # a choice, and the companion's own "me"
])
def test_a_tagged_statement_that_cannot_be_given_back_gives_nothing(asked, answer):
    from companion.answer_reflection import answer_reflection
    assert answer_reflection(asked, answer) is None


# -- things that help, asked for ----------------------------------------------
@pytest.mark.parametrize("text", ["Is there anything else that could help?", "ok, do you have any ideas to help me sleep better",
                                  "are there things that might help with the nerves?"])
def test_asking_for_things_that_help_is_asking_for_ideas_not_whether_one_would_help(text):
    from companion.turn_kinds import question_form
    assert turn_kind(text) == "advice_request" and question_form(text) is None


def test_whether_one_thing_would_help_is_still_that_form():
    from companion.turn_kinds import question_form
    assert question_form("Would a walk before work help?") == "helps"


def test_a_short_lead_in_then_an_agreement_is_an_agreement():
    assert turn_kind("I'd never seen it that way. Fair point.") == "agrees"
    assert turn_kind("True. Thanks so much!") != "agrees"           # the thanks is answered
    assert turn_kind("My mum died last spring. Fair point.") != "agrees"


def test_the_last_time_something_good_happened_is_no_recent_hard_thing():
    assert time_since_taken_up("When was the last time you felt rested?", "3 weeks ago") is None
    assert time_since_taken_up("When did things start to feel like this?", "3 weeks ago") is not None


@pytest.mark.parametrize("text", ["what am ii supposed to do about all this", "honestly I dont know where to begin.",
                                  "I don't know where to start, like which one to call"])
def test_not_knowing_where_to_start_is_asking_for_help_to_think_it_through(text):
    assert turn_kind(text) == "advice_request"


def test_not_knowing_how_to_begin_because_it_is_hard_is_not_a_request():
    assert turn_kind("i don't know how to begin because it scares me") != "advice_request"


def test_a_kinder_way_of_seeing_it_is_an_agreement():
    assert turn_kind("Yes, that seems like a much healthier way to look at it") == "agrees"


def test_something_to_think_about_is_an_agreement_even_after_a_but():
    assert turn_kind("But you've given me a lot to think about.") == "agrees"


def test_how_much_something_helps_is_a_question_honestly_not_known():
    assert turn_kind("how well does it work?") == "asks_question"
    assert turn_kind("So how much does that help?") == "asks_question"


def test_what_it_can_tell_them_is_asking_for_help():
    assert turn_kind("what can you tell me to help me settle in") == "advice_request"


def test_two_sentences_typed_as_one_are_not_given_back():
    assert not reads_as_sentence("you didn't you had to give it up")
    assert reads_as_sentence("you didn't know what to say")


def test_a_short_thanks_closing_a_turn_that_goes_on_is_answered(prompts):
    from companion.turn_kinds import closes_with_thanks
    text = "I used to paint a lot, but I haven't in years. Maybe I'll dig out the brushes. Thanks for that!"
    assert closes_with_thanks(text) and not closes_with_thanks("Thanks for that!")
    sentences = run(_responder(prompts), text, [Turn("companion", "Is there something you used to enjoy?")])[0]
    assert sentences[0].text in prompts.fallbacks.thanks_brief


@pytest.mark.parametrize("text", ["I'll let her know how I feel and try to stay calm", "it might be worth a try"])
def test_a_step_of_their_own_is_a_next_step(text):
    assert turn_kind(text) == "next_step"


def test_its_view_asked_first_with_their_own_thinking_after_is_asking_its_opinion():
    text = "Do you think it's better if my sister hears it from me? Sometimes news lands softer that way. Other times it just starts a row."
    assert turn_kind(text) == "asks_opinion"
    # with pain after it, the turn is theirs to have taken up
    assert turn_kind("Do you think it's better if she knows? I feel so guilty and scared all the time.") != "asks_opinion"


@pytest.mark.parametrize("said, answer, affirmed", [
    ("That's a lot to be holding.", "yes it is", "It really is a lot to be holding."),
    ("That was really brave of you.", "yeah", "It really was brave of you."),
])
def test_what_the_companion_said_and_they_agreed_to_is_affirmed_with_them(said, answer, affirmed):
    from companion.answer_reflection import answer_reflection
    assert answer_reflection(said, answer) == affirmed and Guard().check(affirmed).passed


@pytest.mark.parametrize("said", ["It's not your fault.", "That's okay.", "That is what I meant.", "Is that a lot to carry?"])
def test_a_denial_or_its_own_words_are_not_affirmed(said):
    from companion.answer_reflection import answer_reflection
    assert answer_reflection(said, "yes") is None


@pytest.mark.parametrize("text", ["Sure, I fully agree with that.", "Agreed!", "i do agree",
                                  "I agree. One step at a time."])
def test_saying_i_agree_is_an_agreement(text):
    assert turn_kind(text) == "agrees"


@pytest.mark.parametrize("text", ["I agree with my sister about the house.", "Yes, I agree. My gran always said the same about the farm.",
                                  "I agree, but it's hard"])
def test_agreeing_with_someone_else_or_going_on_is_not_a_bare_agreement(text):
    assert turn_kind(text) != "agrees"


@pytest.mark.parametrize("text", [
    "The longer we leave it, the harder it gets.",
    "and the more I think about it the angrier I get",
    "The sooner he tells her, the better it'll be for everyone",
])
def test_half_of_a_comparison_that_runs_in_pairs_is_not_given_back(text):
    assert not any(re.search(r"\bthe\s+(?:longer|more|sooner|harder|angrier|better)\b", r, re.I) for r in opening_reflections(text)), text


def test_a_clause_beside_a_comparison_in_pairs_is_still_given_back():
    assert any("miss your sister" in r for r in opening_reflections("The older I get, the less I sleep. I miss my sister so much."))
