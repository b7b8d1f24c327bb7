from companion.sentences import ends_sentence, split_complete, split_sentences, stream_sentences


def test_split_keeps_abbreviations_and_decimals():
    text = "Dr. Lee said it was 3.5 miles. That's far! Is it? Yes"
    assert split_sentences(text) == ["Dr. Lee said it was 3.5 miles.", "That's far!", "Is it?", "Yes"]


def test_split_complete_returns_unfinished_rest():
    done, rest = split_complete("I hear you. It sounds")
    assert done == ["I hear you."] and rest == " It sounds"


def test_stream_yields_each_sentence_as_soon_as_complete():
    seen = []

    def chunks():
        for c in ["I hear", " you. It", " sounds hard.", " What hap", "pened?"]:
            seen.append(c)
            yield c

    out = []
    for s in stream_sentences(chunks()):
        out.append((s, len(seen)))
    # "I hear you." is released before the third chunk is read
    assert out == [("I hear you.", 2), ("It sounds hard.", 3), ("What happened?", 5)]


def test_ellipsis_and_quotes_end_sentences():
    assert split_sentences('She said "no." Then... nothing.') == ['She said "no."', "Then...", "nothing."]


def test_ends_sentence():
    assert ends_sentence("That sounds hard.")
    assert not ends_sentence("That sounds")
    assert not ends_sentence("I spoke to Dr.")
