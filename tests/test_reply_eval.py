"""The pure style measures behind `companion eval replies`."""
from companion.reply_eval import content_words, mirrors, parrots, quantile, repeats_sentence, shares, style_figures

SEEKER = "My sister hasn't called me in months and I feel like she doesn't care about me anymore."


def test_content_words_drop_function_words_and_stem():
    assert content_words("I keep calling my sisters") == {"keep", "call", "sister"}


def test_mirroring_needs_two_of_the_persons_content_words_in_the_first_sentence():
    assert mirrors("So months without a call from your sister. That hurts.", SEEKER)
    assert not mirrors("That sounds hard. Your sister has not called in months.", SEEKER)


def test_parroting_is_five_words_verbatim():
    assert parrots("You said she doesn't care about me anymore.", SEEKER)
    assert not parrots("So it feels like she stopped caring.", SEEKER)


def test_sharing_is_a_statement_about_oneself_not_a_question():
    assert shares("That makes me sad. What happened?")
    assert not shares("Do I understand that right? What happened?")


def test_repeats_and_figures():
    assert repeats_sentence("I hear you. I hear you!")
    figs = style_figures([(SEEKER, "So no call from your sister for months. That makes me sad. What was she like?"),
                          (SEEKER, "Tell me more.")])
    assert figs["replies"] == 2 and figs["mirroring"] == 0.5 and figs["sharing"] == 0.5
    assert figs["question"] == 0.5 and figs["distinct"] == 1.0
    assert quantile([3, 1, 2], 0.5) == 2 and quantile([], 0.5) is None
