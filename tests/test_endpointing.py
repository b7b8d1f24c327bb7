import numpy as np

from companion.endpointing import FRAME_MS, Endpointer, EndpointerSettings, SpeechStarted, UtteranceDiscarded, UtteranceEnded

FRAME = 512


def frames(value: int, n: int):
    """n frames whose samples all carry ``value``, so tests can see which frames an utterance holds."""
    return [np.full(FRAME, value, dtype=np.int16) for _ in range(n)]


def feed(ep, probs_and_values):
    events = []
    for value, prob, n in probs_and_values:
        for f in frames(value, n):
            events += ep.push(f, prob)
    return events


def ms(n_frames):
    return n_frames * FRAME_MS


def test_an_utterance_ends_after_the_silence_and_keeps_the_pre_roll():
    ep = Endpointer(EndpointerSettings(pre_roll_ms=320, end_silence_ms=500))
    events = feed(ep, [(1, 0.0, 20), (2, 0.9, 30), (3, 0.0, 40)])
    started = [e for e in events if isinstance(e, SpeechStarted)]
    ended = [e for e in events if isinstance(e, UtteranceEnded)]
    assert len(started) == 1 and len(ended) == 1
    audio = ended[0].audio.reshape(-1, FRAME)[:, 0]
    # ten frames of what came before the speech are kept (first words are not lost)
    assert list(audio).count(1) == 10
    assert list(audio).count(2) == 30
    # it ended after ~500 ms of silence, not at the end of the input
    assert list(audio).count(3) == round(500 / FRAME_MS)
    assert abs(ended[0].ended_at_s - ended[0].speech_ended_at_s - 0.5) < 0.05


def test_short_bursts_are_not_speech():
    ep = Endpointer(EndpointerSettings(min_speech_ms=200))
    events = feed(ep, [(0, 0.0, 10), (1, 0.95, 4), (0, 0.0, 30)])   # 128 ms: a click or a cough
    assert not any(isinstance(e, UtteranceEnded) for e in events)
    assert any(isinstance(e, UtteranceDiscarded) for e in events)


def test_a_single_speechy_frame_does_not_start_an_utterance():
    ep = Endpointer()
    events = feed(ep, [(0, 0.0, 5), (1, 0.9, 1), (0, 0.1, 5), (1, 0.9, 2), (0, 0.1, 40)])
    assert events == []


def test_soft_word_endings_do_not_end_the_utterance():
    # hysteresis: a probability between release and threshold keeps the utterance going
    ep = Endpointer(EndpointerSettings(threshold=0.5, release=0.35, end_silence_ms=300))
    events = feed(ep, [(1, 0.9, 10), (1, 0.4, 20), (1, 0.9, 10), (0, 0.0, 20)])
    ended = [e for e in events if isinstance(e, UtteranceEnded)]
    assert len(ended) == 1
    assert ended[0].speech_s >= ms(20) / 1000


def test_relaxed_mode_waits_through_a_long_pause():
    pause = [(1, 0.9, 20), (0, 0.0, round(1200 / FRAME_MS)), (1, 0.9, 20), (0, 0.0, 80)]
    normal = feed(Endpointer(EndpointerSettings(end_silence_ms=500)), pause)
    relaxed = feed(Endpointer(EndpointerSettings(end_silence_ms=2000)), pause)
    assert sum(isinstance(e, UtteranceEnded) for e in normal) == 2      # cut in two
    assert sum(isinstance(e, UtteranceEnded) for e in relaxed) == 1     # one whole turn


def test_a_long_utterance_is_cut_and_nothing_is_dropped():
    ep = Endpointer(EndpointerSettings(max_utterance_s=2.0, end_silence_ms=500))
    events = feed(ep, [(1, 0.9, 200), (0, 0.0, 30)])
    ended = [e for e in events if isinstance(e, UtteranceEnded)]
    assert len(ended) >= 2
    assert sum(e.audio.size for e in ended) >= 200 * FRAME - 4 * FRAME


def test_flush_ends_the_utterance_now():
    ep = Endpointer()
    feed(ep, [(1, 0.9, 20)])
    event = ep.flush()
    assert isinstance(event, UtteranceEnded) and event.audio.size == 20 * FRAME
    assert ep.flush() is None
