"""Whisper, Silero and espeak-ng for real, on public-domain speech and speech made at test time."""
import json
import re
import shutil
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest

from companion.stt_eval import normalise, read_dataset, word_error_rate
from companion.synthesis import Pyttsx3Synthesizer
from companion.transcriber import AudioFileError, TranscriberOptions, WhisperTranscriber, load_audio_file
from companion.vad import FRAME_SAMPLES, SileroVoiceActivity
from companion.voices import VoiceProfile

LIBRIVOX = Path("/usr/share/pocketsphinx/test/data/librivox")
CLI = [sys.executable, "-m", "companion"]

needs_fixtures = pytest.mark.skipif(not LIBRIVOX.exists(), reason="pocketsphinx-testdata is not installed")


@pytest.fixture(scope="module")
def whisper():
    t = WhisperTranscriber(TranscriberOptions())
    t.warm_up()
    return t


def espeak_wav(path, text, rate=16000, extra=()):
    raw = path.with_suffix(".raw.wav")
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(raw), text], check=True)
    subprocess.run(["sox", str(raw), "-r", str(rate), *extra, str(path)], check=True)
    return path


@needs_fixtures
def test_real_human_speech_is_transcribed(whisper):
    items = read_dataset(LIBRIVOX)      # the CMU Sphinx layout: transcription + wavs
    assert len(items) == 5
    hyps = [whisper.transcribe(load_audio_file(u.audio)).text for u in items]
    assert word_error_rate([u.reference for u in items], hyps)["wer"] < 0.15
    assert "dashwood" in normalise(hyps[0])


def test_silence_and_noise_are_not_speech(whisper):
    rng = np.random.default_rng(3)
    for audio in (np.zeros(32000, np.float32), (rng.standard_normal(48000) * 0.05).astype(np.float32),
                  (0.2 * np.sin(np.arange(48000) * 2 * np.pi * 50 / 16000)).astype(np.float32),
                  np.zeros(100, np.float32)):
        assert not whisper.transcribe(audio).is_speech


def test_any_format_and_rate_is_read(tmp_path, whisper):
    wav = espeak_wav(tmp_path / "a.wav", "I could not sleep last night because of the storm.", rate=44100,
                     extra=("-c", "2"))
    flac = tmp_path / "a.flac"
    subprocess.run(["sox", str(wav), "-r", "8000", str(flac)], check=True)
    for f in (wav, flac):
        text = normalise(whisper.transcribe(load_audio_file(f)).text)
        assert sum(w in text.split() for w in ("sleep", "night", "storm")) >= 2, text


def test_unreadable_files_get_a_clear_error(tmp_path):
    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"RIFF\x00\x00not really a wav file")
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    for f, words in ((bad, "is not audio that can be read"), (empty, "is empty"),
                     (tmp_path / "missing.wav", "no such file"), (tmp_path, "folder")):
        with pytest.raises(AudioFileError) as e:
            load_audio_file(f)
        assert words in str(e.value) and "Errno" not in str(e.value)


def test_transcribe_command_goes_on_past_a_bad_file(tmp_path):
    good = espeak_wav(tmp_path / "good.wav", "I could not sleep last night.")
    bad = tmp_path / "bad.mp3"
    bad.write_bytes(b"\xff\xfb garbage")
    out = subprocess.run(CLI + ["transcribe", "--jsonl", str(bad), str(good)], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert rows[0]["file"] == str(bad) and "error" in rows[0]
    assert "sleep" in rows[1]["text"].lower() and rows[1]["seconds"] > 1
    assert "Traceback" not in out.stderr


def test_vad_tells_speech_from_noise(tmp_path):
    vad = SileroVoiceActivity()
    speech = load_audio_file(espeak_wav(tmp_path / "s.wav", "Hello, I have been feeling low all week."))
    probs = [vad.probability(speech[i:i + FRAME_SAMPLES]) for i in range(0, speech.size - FRAME_SAMPLES, FRAME_SAMPLES)]
    assert max(probs) > 0.8
    vad.reset()
    noise = (np.random.default_rng(0).standard_normal(32000) * 0.1).astype(np.float32)
    probs = [vad.probability(noise[i:i + FRAME_SAMPLES]) for i in range(0, noise.size - FRAME_SAMPLES, FRAME_SAMPLES)]
    assert max(probs) < 0.5


def test_synthesis_round_trip_and_rate(whisper):
    synth = Pyttsx3Synthesizer()
    slow = synth.synthesize("It sounds like the nights have been long.", VoiceProfile(rate_wpm=120))
    fast = synth.synthesize("It sounds like the nights have been long.", VoiceProfile(rate_wpm=400))
    assert slow.seconds > 2 * fast.seconds
    from companion.audio_io import resample
    heard = whisper.transcribe(resample(slow.samples, slow.sample_rate, 16000)).text.lower()
    assert sum(w in heard for w in ("sounds", "like", "been", "long")) >= 3, heard


def test_say_writes_a_wav(tmp_path):
    out = tmp_path / "hi.wav"
    run = subprocess.run(CLI + ["say", "Hello there, how are you?", "-o", str(out)], capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 0, run.stderr
    with wave.open(str(out)) as w:
        assert w.getnchannels() == 1 and w.getnframes() / w.getframerate() > 0.8


def test_talk_without_a_sound_card_says_what_is_missing():
    if shutil.which("pulseaudio") and Path("/dev/snd").exists():
        pytest.skip("this machine has a sound card")
    run = subprocess.run(CLI + ["talk", "--no-typing"], capture_output=True, text=True, timeout=60,
                         env={**__import__("os").environ, "PULSE_SERVER": "unix:/nonexistent"})
    assert run.returncode == 2
    assert "companion chat" in run.stderr and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_voice_rehearsal_without_a_sound_card_offers_text_rehearsal(tmp_path):
    if shutil.which("pulseaudio") and Path("/dev/snd").exists():
        pytest.skip("this machine has a sound card")
    run = subprocess.run(CLI + ["rehearse", "--no-typing", "--report", str(tmp_path / "r.json")],
                         capture_output=True, text=True, timeout=60,
                         env={**__import__("os").environ, "PULSE_SERVER": "unix:/nonexistent"})
    assert run.returncode == 2
    assert "companion rehearse --text" in run.stderr and "companion chat" not in run.stderr
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "r.json").exists()     # nothing was said, so there is no report


def test_every_safety_message_is_spoken_every_time(whisper):
    """Once 4 runs in 10 of the help-line sentence gave no audio. Each message,
    for two locales, is rendered ten times in a row; each time there is audio
    of the right length, and the help line's number is heard in it."""
    from companion.audio_io import resample
    from companion.config import PROJECT_ROOT, Config
    from companion.risk.answer import load_crisis_lines

    synth = Pyttsx3Synthesizer(Config().safety.phone_numbers())
    voice = VoiceProfile()
    digits = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())}
    for locale, number in (("en-US", None), ("en-GB", "116123")):
        cfg = Config()
        cfg.safety.locale = locale
        lines = load_crisis_lines(PROJECT_ROOT / "prompts" / "crisis.toml", cfg.safety)
        # each sentence as talk speaks it, and each whole message as `say` does
        messages = (lines.message, lines.self_harm_message, lines.danger_message)
        for text in [s for m in messages for s in m] + [" ".join(m) for m in messages]:
            least = len(text.split()) / voice.rate_wpm * 60 * 0.5   # at least half the expected time
            for _ in range(10):
                assert synth.synthesize(text, voice).seconds > least, text
        if number:   # (Whisper tiny hears espeak-ng's "nine" as "line" or "high", so en-GB is checked)
            speech = synth.synthesize(" ".join(lines.message), voice)
            heard = whisper.transcribe(resample(speech.samples, speech.sample_rate, 16000)).text.lower()
            # read digit by digit, as people dial it ("one one six", not "one hundred and sixteen")
            said = "".join(digits.get(w, w) for w in re.findall(r"[a-z]+|\d", heard) if w in digits or w.isdigit())
            assert number in said, heard


def test_help_numbers_are_spelled_for_speech_and_nothing_else():
    from companion.config import Config
    from companion.synthesis import digit_by_digit, number_pattern

    numbers = number_pattern(Config().safety.phone_numbers())
    assert digit_by_digit("call or text 988, any time", numbers) == "call or text 9, 8, 8, any time"
    assert digit_by_digit("free on 0808 2000 247.", numbers) == "free on 0, 8, 0, 8; 2, 0, 0, 0; 2, 4, 7."
    assert digit_by_digit("1800RESPECT", numbers) == "1, 8, 0, 0 RESPECT"
    for untouched in ("I owe 1,000 pounds", "born in 1988", "about 9.111 percent", "room 9881"):
        assert digit_by_digit(untouched, numbers) == untouched


def test_long_text_is_spoken_in_pieces_never_a_crash(tmp_path):
    from companion.synthesis import PIECE_CHARS, pieces_to_speak

    text = " ".join(f"This is sentence number {i} of a very long letter." for i in range(1500))
    pieces = pieces_to_speak(text)
    assert all(len(p) <= PIECE_CHARS for p in pieces) and " ".join(pieces) == text
    assert pieces_to_speak("x" * 600) == ["x" * PIECE_CHARS, "x" * PIECE_CHARS, "x" * 120]
    out = tmp_path / "long.wav"
    run = subprocess.run(CLI + ["say", text, "-o", str(out)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    with wave.open(str(out)) as w:
        assert w.getnframes() / w.getframerate() > 600   # 15,000 words at 170 a minute is over 80 minutes


def test_say_into_a_missing_folder_is_one_plain_line(tmp_path):
    run = subprocess.run(CLI + ["say", "hello", "-o", str(tmp_path / "no" / "such" / "x.wav")],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and "cannot write" in run.stderr and "No such file" in run.stderr
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1


def test_speech_like_sound_with_no_words_gives_no_transcript(tmp_path, whisper):
    """Babble and reversed speech once came out as "Thank you so much for
    watching." or "I'm so scared."; real speech must still come through."""
    sentences = ["my neighbour has been really kind to me this week", "I can't stop worrying about the bills",
                 "we went to see my nan in the care home on saturday", "the dog got out again this morning"]
    forward = [espeak_wav(tmp_path / f"f{i}.wav", s) for i, s in enumerate(sentences)]
    reversed_ = []
    for i, f in enumerate(forward):
        subprocess.run(["sox", str(f), str(tmp_path / f"r{i}.wav"), "reverse"], check=True)
        reversed_.append(tmp_path / f"r{i}.wav")
    babble = tmp_path / "babble.wav"
    subprocess.run(["sox", "-m", *map(str, forward), str(babble)], check=True)
    for f in forward:
        t = whisper.transcribe(load_audio_file(f))
        assert t.is_speech and not t.unclear, (f, t)
    for f in reversed_ + [babble]:
        t = whisper.transcribe(load_audio_file(f))
        assert not t.is_speech, (f.name, t.text, t.avg_logprob)


@needs_fixtures
def test_a_long_recording_is_transcribed_whole(tmp_path):
    clips = sorted(LIBRIVOX.glob("*.wav"))
    long = tmp_path / "long.wav"
    subprocess.run(["sox", *map(str, clips * 3), str(long)], check=True)   # 74 s, past one 30 s window
    run = subprocess.run(CLI + ["transcribe", str(long)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    expected = normalise(" ".join(u.reference for u in read_dataset(LIBRIVOX))).split()
    heard = normalise(run.stdout).split()
    assert len(heard) >= 0.9 * 3 * len(expected), run.stdout   # once, ~30 s of it was kept
    assert normalise(run.stdout).count("amiable himself") == 3


def test_long_audio_is_cut_at_pauses_into_pieces_that_fit_one_window():
    from companion.long_audio import pack, utterances
    from companion.vad import FRAME_SAMPLES

    class LoudIsSpeech:   # a VAD that hears speech in loud frames
        def reset(self):
            pass

        def probability(self, frame):
            return 0.9 if np.abs(frame).mean() > 1000 else 0.05

    def stretch(seconds, loud):
        return np.full(int(seconds * 16000) // FRAME_SAMPLES * FRAME_SAMPLES, 3000 if loud else 0, np.int16)

    audio = np.concatenate([stretch(2, True), stretch(0.1, False), stretch(2, True), stretch(1, False),
                            stretch(3, True), stretch(1, False), stretch(0.05, True), stretch(1, False)])
    found = utterances(audio, LoudIsSpeech())
    assert len(found) == 2   # a 0.1 s gap is inside a phrase; a 50 ms click is dropped
    assert [p.size for p in pack(found)] == [sum(p.size for p in found)]
    assert len(pack(found, max_samples=found[0].size)) == 2   # too long together: two pieces
