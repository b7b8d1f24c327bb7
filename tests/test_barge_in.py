import numpy as np

from companion.barge_in import BargeInDetector, is_own_echo, rms
from companion.captions import CaptionWriter, caption, status


def run(detector, frames):
    return [detector.update(p, mic, ref) for p, mic, ref in frames]


def test_the_companions_own_voice_through_a_loudspeaker_is_not_a_barge_in():
    d = BargeInDetector()
    # the microphone hears the playback at about the same level, and it is speech
    fired = run(d, [(0.95, 0.1 * (1 + 0.1 * np.sin(i)), 0.1) for i in range(200)])
    assert not any(fired)


def test_a_person_clearly_louder_than_the_echo_barges_in_within_four_frames():
    d = BargeInDetector()
    run(d, [(0.9, 0.1, 0.1) for _ in range(50)])               # echo only: gain learnt ~1
    fired = run(d, [(0.95, 0.35, 0.1) for _ in range(6)])       # the person speaks up
    assert fired.index(True) == 3


def test_with_headphones_a_soft_voice_barges_in():
    d = BargeInDetector()
    run(d, [(0.0, 0.001, 0.2) for _ in range(40)])              # no echo at all: gain drops
    assert d.echo_gain < 0.05
    fired = run(d, [(0.9, 0.03, 0.2) for _ in range(5)])
    assert any(fired)


def test_noise_without_speech_never_barges_in():
    d = BargeInDetector()
    assert not any(run(d, [(0.1, 0.5, 0.1) for _ in range(100)]))


def test_rms_of_int16_and_float_agree():
    x = (np.sin(np.arange(512) / 5) * 0.5).astype(np.float32)
    assert abs(rms(x) - rms((x * 32767).astype(np.int16))) < 1e-3


def test_own_echo_is_recognised_by_its_words():
    said = "That sounds really lonely. What has the new city been like for you?"
    assert is_own_echo("what has the new city been like", said)
    assert not is_own_echo("I have no friends here at all", said)
    assert not is_own_echo("lonely", said)   # too short to tell


def test_captions_are_plain_single_lines(tmp_path):
    assert caption("You", "I  feel\nlost") == "You: I feel lost"
    assert status("Listening") == "[Listening]"
    path = tmp_path / "c.txt"
    with open(path, "w") as f:
        w = CaptionWriter(f, companion="Sam")
        w.heard("hello")
        w.said("Hi there.")
        w.status("Ready")
    assert path.read_text().splitlines() == ["You: hello", "Sam: Hi there.", "[Ready]"]
