"""Their harsh words about themselves are never said back as fact."""
import pytest

from companion.hurtful import hurtful_words


@pytest.mark.parametrize("sentence", [
    "So you are definitely overly sensitive.",
    "So you are too needy and clingy.",
    "You're kind of a mess, if I'm hearing you right.",
])
def test_their_harsh_word_for_themselves_is_not_said_back_as_fact(sentence):
    assert hurtful_words(sentence, "honestly I'm way too sensitive about all of this") is not None
