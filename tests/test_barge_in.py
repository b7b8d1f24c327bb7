import numpy as np

from companion.barge_in import BargeInDetector, is_own_echo, rms
from companion.captions import CaptionWriter, caption, status


def run(detector, frames, start_s=0.0):
    """Frames of (speech probability, mic level, playback level), 32 ms apart."""
    return [detector.update(p, mic, ref, start_s + i * 0.032) for i, (p, mic, ref) in enumerate(frames)]


def test_the_companions_own_voice_through_a_loudspeaker_is_not_a_barge_in():
    d = BargeInDetector()
    # the microphone hears the playback at about the same level, and it is speech;
    # it comes and goes with the words
    frames = [(0.95, 0.1 * (1 + 0.1 * np.sin(i)) if (i // 8) % 2 == 0 else 0.002, 0.1) for i in range(300)]
    assert not any(run(d, frames))
    assert d.learned is not None and d.learned > 0.9


def test_the_first_moments_before_the_echo_arrives_teach_nothing():
    d = BargeInDetector()
    # silence first (the echo is still on its way), then the echo at full level
    frames = [(0.0, 0.0, 0.1)] * 4 + [(0.95, 0.1, 0.1)] * 60
    assert not any(run(d, frames))


def test_a_person_clearly_louder_than_the_echo_barges_in_within_two_frames():
    d = BargeInDetector()
    run(d, [(0.9, 0.1, 0.1) for _ in range(50)])               # echo only: gain learnt ~1
    fired = run(d, [(0.95, 0.35, 0.1) for _ in range(6)], start_s=1.6)
    assert fired.index(True) == 1                               # the second frame: 64 ms of speech


# A voice's onset through the virtual card, as Silero and the level meter saw it
# (probability, mic level), 32 ms apart, with the companion playing at 0.17.
ONSET = [(0.01, 0.0094), (0.04, 0.0351), (0.07, 0.0545), (0.43, 0.0515), (0.84, 0.1386), (0.93, 0.1663)]


def test_a_voice_onset_is_caught_before_the_vad_is_sure():
    d = BargeInDetector()
    run(d, [(0.0, 0.0, 0.17) for _ in range(60)])               # headphones: the mic hears no echo
    fired = run(d, [(p, mic, 0.17) for p, mic in ONSET], start_s=2.0)
    assert fired.index(True) == 2                               # 3 frames in: Silero is still at 0.07


def test_the_same_onset_at_the_level_of_the_echo_is_not_a_barge_in():
    d = BargeInDetector()
    run(d, [(0.9, 0.17, 0.17) for _ in range(60)])              # loudspeakers: the echo is as loud as playback
    assert not any(run(d, [(p, mic, 0.17) for p, mic in ONSET], start_s=2.0))


def test_steady_noise_whose_speech_probability_wanders_does_not_barge_in():
    d = BargeInDetector()
    rng = np.random.default_rng(1)
    # a fan: steady level, Silero's probability wandering under 0.3
    frames = [(float(rng.uniform(0.0, 0.3)), 0.02 * (1 + 0.1 * rng.standard_normal()), 0.1) for _ in range(600)]
    run(d, [(0.0, 0.0, 0.1) for _ in range(60)])
    fired = run(d, frames, start_s=2.0)
    # its start is a sudden sound like any other (a false alarm only pauses);
    # once it is the room's background, it never interrupts
    assert not any(fired[16:])


def test_with_headphones_a_voice_as_loud_as_the_playback_barges_in():
    d = BargeInDetector()
    run(d, [(0.0, 0.0005, 0.16) for _ in range(50)])            # no echo at all
    assert d.learned < 0.05
    # the person's onset: VAD not yet sure, level rising; then speech at the playback's level
    onset = [(0.02, 0.03, 0.16), (0.3, 0.05, 0.16), (0.8, 0.14, 0.16), (0.9, 0.16, 0.16), (0.95, 0.1, 0.16),
             (0.95, 0.07, 0.16), (0.96, 0.09, 0.16)]
    assert any(run(d, onset, start_s=1.6))


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
