"""Short answers read with the companion's turn before them, and a few words
that were missed: a "that's correct" to a reflection put as a question, a
distressed mood after "how are you?" that opened with "well", hard things
told without a feeling word (being dismissed or made fun of, a furlough, a
friendship ended), and a reflection of their own glad words after earlier
pain. The turns are written for these tests."""
import pytest

from companion.answer_reflection import answer_reflection, yes_or_no
from companion.config import Config
from companion.conversation import Turn
from companion.guard import Guard
from companion.hurtful import carries_pain, hurtful_words
from companion.turn_kinds_asked import said_good_mood
from replies import run


def _responder(prompts):
    from companion.responder import Responder
    cfg = Config()
    cfg.generation.reaction = "feeling"
    return Responder(None, Guard(), prompts, cfg)


# -- a yes said as "that's correct" -------------------------------------------
@pytest.mark.parametrize("text", ["That is correct.", "yeah that's correct", "that's right", "Yes, that's true", "exactly, that's right"])
def test_a_yes_said_as_thats_correct_is_a_yes(text):
    assert yes_or_no(text) is True


@pytest.mark.parametrize("text", ["that's not right", "That is correct but it's complicated", "right"])
def test_more_than_a_yes_is_not_read_as_a_bare_yes(text):
    assert yes_or_no(text) is None


# -- the companion's reflection, put as a question, agreed to ------------------
@pytest.mark.parametrize("asked, said", [
    ("It sounds like you feel nobody at home listens, is that right?", "So you feel nobody at home listens."),
    ("So I hear you are not sleeping well at the moment?", "So you are not sleeping well at the moment."),
    ("So, you don't feel settled in the new flat yet, is that correct?", "So you don't feel settled in the new flat yet."),
    ("It seems you are putting in the hours, but getting nowhere with the bills, right?",
     "So you are putting in the hours, but getting nowhere with the bills."),
    ("You have shared a flat for years, you two still talk about money openly?", "So you two still talk about money openly."),
])
def test_a_reflection_put_as_a_question_is_given_back_when_agreed(asked, said):
    assert answer_reflection(asked, "That is correct.") == said
    assert Guard().check(said).passed


@pytest.mark.parametrize("asked", ["you ok?", "You know what I mean?", "Was it a call or a letter?", "you there?"])
def test_a_question_with_nothing_to_say_back_gives_nothing(asked):
    assert answer_reflection(asked, "yes") is None


def test_the_reply_opens_with_the_reflection_they_agreed_to(prompts):
    history = [Turn("person", "I keep doing the washing for everyone and nobody notices."),
               Turn("companion", "It sounds like you feel taken for granted at home, is that right?")]
    sentences = run(_responder(prompts), "That is correct.", history)[0]
    assert sentences[0].text == "So you feel taken for granted at home."


# -- a distressed mood that opens with "well" -----------------------------------
@pytest.mark.parametrize("text", ["Well I'm distraught", "well im devastated honestly", "well i'm heartbroken"])
def test_a_mood_that_opens_with_well_is_not_read_as_doing_well(text):
    assert not said_good_mood(text, "How are you doing today?")
    assert carries_pain(text)


@pytest.mark.parametrize("text", ["well", "I'm doing well", "well, pretty good", "well I'm fine"])
def test_doing_well_is_still_a_good_mood(text):
    assert said_good_mood(text, "How are you doing today?")


def test_a_distraught_answer_to_how_are_you_is_never_met_with_gladness(prompts):
    history = [Turn("companion", "Hi there. How are you doing today?")]
    sentences, reply = run(_responder(prompts), "Well I'm distraught", history)
    text = " ".join(s.text for s in sentences)
    assert "Good to hear" not in text and "distraught" in text


# -- hard things told without a feeling word -------------------------------------
@pytest.mark.parametrize("text", [
    "My manager is very dismissive whenever I raise it.",
    "The lads at the gym make fun of my accent every week.",
    "I got furloughed in the spring.",
    "Honestly I'm to blame for most of it.",
    "My oldest friend does not want to be friends anymore.",
    "I'm far from home and my health is not good.",
    "The part-time wage can't pay the rent.",
])
def test_what_was_done_to_them_or_what_they_carry_is_named_as_pain(text):
    assert carries_pain(text)


@pytest.mark.parametrize("text", ["He makes pancakes on Sundays.", "My health is good these days."])
def test_plain_news_is_not_pain(text):
    assert not carries_pain(text)


# -- their own glad words said back after earlier pain ---------------------------
def test_a_reflection_of_their_own_glad_words_is_theirs_not_gladness_at_pain():
    heard = "The concert got cancelled and I'm heartbroken. I love the music, the crowd, the lights."
    assert hurtful_words("It sounds like you love the music.", heard, "I love the music, the crowd, the lights.") is None
    # the companion's own gladness is still held back
    assert hurtful_words("I love that for you.", heard) is not None
    assert hurtful_words("I'm glad you love the music.", heard, "I love the music, the crowd, the lights.") is not None


def test_the_reply_keeps_the_reflection_of_what_they_love(prompts):
    history = [Turn("person", "The fair got cancelled this year and I'm heartbroken about it."),
               Turn("companion", "What did you love about the fair?")]
    sentences = run(_responder(prompts), "I love the horses, the food stalls, the rides and so on.", history)[0]
    assert sentences[0].text == "It sounds like you love the horses."


# -- reflections that would be said broken ----------------------------------------
@pytest.mark.parametrize("text", [
    "My cousin was let go cause of the cutbacks",                      # "...let go cause."
    "It has been easier on the tablets but I never feel completely....myself",   # "...feel completely."
    "great, that's a gold mine for me, surely will read it and take notes ..",  # "surely will read it"
    "So, just getting through the weeks, hoping the spring is kinder.",  # "So hoping the spring..."
])
def test_a_reflection_cut_at_a_short_because_or_a_degree_or_with_no_subject_is_not_said(text):
    from companion.reflection import opening_reflections
    for said in opening_reflections(text):
        assert not said.rstrip(".").endswith(("cause", "completely")), said
        assert "surely will" not in said and "So hoping" not in said, said


def test_agreeing_without_a_but_and_finding_it_hard_is_told_apart():
    from companion.turn_kinds_feedback import agrees
    assert agrees("That is true it is just hard") == "agrees_but_hard"
    assert agrees("true, it's so hard") == "agrees_but_hard"


@pytest.mark.parametrize("text", ["My brother was let go last week.", "I got let go from the warehouse."])
def test_being_let_go_from_a_job_is_pain(text):
    assert carries_pain(text)


# -- a bare yes to the companion's statement, with more than one sentence -------
def test_a_yes_affirms_the_statement_before_a_last_sentence_it_cannot_affirm():
    asked = "It's hard to stay hopeful when nothing is settled. I can only guess how quiet the flat feels at night."
    assert answer_reflection(asked, "Yup.") == "It really is hard to stay hopeful when nothing is settled."
    assert answer_reflection(asked, "nope") is None


@pytest.mark.parametrize("text", ["yes for sure!", "yes yes", "yeah, totally", "yep indeed"])
def test_a_yes_said_twice_or_with_for_sure_is_a_yes(text):
    assert yes_or_no(text) is True


# -- a good wish for a holiday ----------------------------------------------------
@pytest.mark.parametrize("text", ["Have a nice holiday, if you're having one.", "have a great christmas!", "Have a lovely thanksgiving"])
def test_a_holiday_wish_is_a_good_wish(text):
    from companion.turn_kinds import turn_kind
    assert turn_kind(text) == "good_wishes"


# -- what does not help, being not understood, loneliness ----------------------------
@pytest.mark.parametrize("text", ["My landlord does not help either.", "he doesn't understand what it's like",
                                  "the loneliness is what gets me", "that's even more saddening"])
def test_what_does_not_help_or_understand_and_loneliness_are_pain(text):
    assert carries_pain(text)


@pytest.mark.parametrize("text", ["I didn't understand the form at first.", "that doesnt help you much with the cooking"])
def test_their_own_not_understanding_a_thing_is_not_pain(text):
    assert not carries_pain(text)


# -- one side of a choice ------------------------------------------------------------
@pytest.mark.parametrize("asked, answer, said", [
    ("Was it a video call or an in-person meeting?", "In-person.", "So it was in-person."),
    ("Is she older or younger than you?", "younger", "So she is younger."),
    ("Was it a text or a letter?", "a letter", "So it was a letter."),
])
def test_one_side_of_a_choice_is_said_back(asked, answer, said):
    from companion.answer_reflection import choice_taken_up
    assert choice_taken_up(asked, answer) == said and Guard().check(said).passed


@pytest.mark.parametrize("asked, answer", [
    ("Was it a text or a letter?", "both"),
    ("Was it a text or a letter?", "I honestly can't remember"),
    ("Is it your mum or your dad?", "my dad"),          # the companion's "your" is not theirs to say back
    ("Do you walk or drive there?", "drive"),            # only after "is" or "was"
])
def test_anything_but_one_side_of_a_be_choice_gives_nothing(asked, answer):
    from companion.answer_reflection import choice_taken_up
    assert choice_taken_up(asked, answer) is None


def test_the_reply_opens_with_the_side_they_chose(prompts):
    history = [Turn("person", "The interview went badly."), Turn("companion", "Was it a video call or an in-person one?")]
    sentences = run(_responder(prompts), "in-person", history)[0]
    assert sentences[0].text == "So it was in-person."


def test_a_degree_that_closes_a_whole_clause_is_kept():
    from companion.reflection import opening_reflections
    assert "So you trust him fully." in list(opening_reflections("I trust him fully."))


def test_what_is_counted_keeps_a_lot_of():
    from companion.reflection import opening_reflections
    said = list(opening_reflections("Yes its true, we have a lot of good memories"))
    assert said and all("so much good memories" not in s for s in said)
    assert any("a lot of good memories" in s for s in said)


# -- granted as possible ---------------------------------------------------------------
@pytest.mark.parametrize("text", ["That might be part of it", "It is possible", "could be", "maybe so."])
def test_granting_the_companions_point_as_possible_is_agreeing(text):
    from companion.turn_kinds import turn_kind
    assert turn_kind(text) == "agrees"


@pytest.mark.parametrize("text", ["It is possible that she moved away", "it could be worse", "That might be the last time I see him"])
def test_a_possibility_of_their_own_is_not_agreeing(text):
    from companion.turn_kinds import turn_kind
    assert turn_kind(text) != "agrees"


def test_no_to_anything_else_typed_in_a_hurry_is_an_ending():
    from companion.turn_kinds import ends_after_anything_else
    assert ends_after_anything_else("Is there anythign else on your mind?", "nope")
