"""Misreads found by a blind screen of 200 fresh ESConv dev windows (session
19), fixed in general form. The examples are written for the tests, not
taken from the windows."""
import pytest

from companion.risk.detector import _bare
from companion.turn_kinds import turn_kind


@pytest.mark.parametrize("text", [
    "Ok that's rather helpful",
    "that was quite useful",
    "It gave me a few ideas to try",
    "Talking to you helped give me some new ideas",
])
def test_saying_what_was_said_helped_is_praise_not_something_to_ask_more_about(text):
    assert turn_kind(text) == "praise"


@pytest.mark.parametrize("text", [
    "Please give me some ideas to try",   # a request, not praise
    "that was not helpful",
    "is that useful?",
])
def test_asking_for_ideas_or_saying_it_did_not_help_is_no_praise(text):
    assert turn_kind(text) != "praise"


@pytest.mark.parametrize("text", ["Same", "same here.", "Me too"])
def test_a_bare_same_adds_nothing_to_the_turns_before_it(text):
    # joined to ordinary turns about a partner it had read as danger
    assert _bare(text)


def test_same_with_more_after_it_is_read():
    assert not _bare("same, I don't want to be here anymore")
