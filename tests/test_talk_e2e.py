"""``companion talk`` as a real process, through a virtual sound card.

Speech made with espeak-ng (and a real human recording) goes into the virtual
microphone; what the companion plays is recorded from the virtual speaker
and transcribed back with Whisper. The language model is a small fake
OpenAI-compatible server here, so replies are known; one test uses the real
embedded model.
"""
import json
import re
import shutil
import time
import wave
from pathlib import Path

import numpy as np
import pytest
from voice_session import CompanionProcess, speech_wav

from companion.stt_eval import normalise
from companion.transcriber import (    TranscriberOptions,
    WhisperTranscriber,
    load_audio_file,
)
from companion.virtual_soundcard import VirtualSoundCard

pytestmark = pytest.mark.skipif(shutil.which("pulseaudio") is None or shutil.which("espeak-ng") is None,
                                reason="needs pulseaudio and espeak-ng (installed by scripts/setup.sh test)")

LIBRIVOX = Path("/usr/share/pocketsphinx/test/data/librivox")
REPLY_1 = "That sounds really lonely, being somewhere new without your people around."
QUESTION = "What has the new city been like for you so far?"
LONG = ("I remember a winter when the evenings felt endless and the house was very quiet around me, "
        "and I kept the radio on just to hear another voice in the kitchen.")


def fake_reply(request) -> str:
    messages = request["messages"]
    prefix = messages[-1]["content"] if messages[-1]["role"] == "assistant" else ""
    person = [m["content"] for m in messages if m["role"] == "user"][-1].lower()
    if any(w in person for w in ("story", "quiet", "evening")):   # a long reply, to be interrupted
        return f"{LONG} {LONG}" if not prefix else (f" {LONG}" if prefix.count(".") < 2 else "")
    if not prefix:
        return REPLY_1
    return f" {QUESTION}" if "?" not in prefix else ""


@pytest.fixture(scope="module")
def whisper():
    t = WhisperTranscriber(TranscriberOptions())
    t.warm_up()
    return t


@pytest.fixture
def card():
    with VirtualSoundCard() as c:
        yield c


def start(tmp_path, card, server=None, **kw):
    talk = CompanionProcess(tmp_path, card, server.url if server else None, **kw)
    talk.wait_for(r"^\[Listening")
    _at, intro = talk.wait_for(r"^Sam: ")
    # let the introduction play out (about 2.6 words a second at 260 wpm... plus a margin)
    time.sleep(len(intro.split()) / (260 / 60) + 1.0)
    return talk


def test_a_spoken_turn_is_answered_aloud(tmp_path, card, fake_server, whisper):
    person = speech_wav(tmp_path, "p1", "I have been feeling really lonely since I moved to a new city.", 0.2)
    with fake_server(fake_reply) as server:
        talk = start(tmp_path, card, server)
        rec = card.record_speaker(tmp_path / "speaker.wav")
        time.sleep(0.3)
        card.play_into_mic(person).wait()
        talk.wait_for(r"^You: .*lonely", timeout=20)
        talk.wait_for(re.escape(QUESTION), timeout=20)
        time.sleep(len((REPLY_1 + QUESTION).split()) / (260 / 60) + 1.0)
        rec.terminate()
        rec.wait()
        assert talk.quit() == 0
    said = talk.said()
    assert said[said.index(REPLY_1) + 1] == QUESTION
    assert said[-1] == "Take care. Goodbye for now."
    heard_back = normalise(whisper.transcribe(load_audio_file(tmp_path / "speaker.wav")).text)
    # espeak at 260 wpm through tiny.en loses some words ("lonely" -> "only"): ask for half of them
    keywords = ("lonely", "somewhere", "new", "without", "people", "around", "city", "far")
    assert sum(w in heard_back.split() for w in keywords) >= 4, heard_back
    # the person's words were saved before the reply
    sessions = list((tmp_path / "data" / "sessions").glob("*-talk-*.jsonl"))
    assert sessions and "lonely" in sessions[0].read_text()


def test_silence_and_noise_get_no_reply(tmp_path, card, fake_server):
    rng = np.random.default_rng(7)
    path = tmp_path / "noise.wav"
    audio = np.concatenate([np.zeros(32000), rng.standard_normal(48000) * 0.08,
                            0.3 * np.sin(np.arange(48000) * 2 * np.pi * 50 / 16000), np.zeros(16000)])
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1), w.setsampwidth(2), w.setframerate(16000)
        w.writeframes((audio * 32767).astype("<i2").tobytes())
    with fake_server(fake_reply) as server:
        talk = start(tmp_path, card, server)
        n_said = len(talk.said())
        card.play_into_mic(path).wait()
        time.sleep(3.0)
        assert talk.heard() == []
        assert len(talk.said()) == n_said
        assert server.requests == []
        talk.quit()


def speech_onset_s(path) -> float:
    """Where the first voiced sample of a WAV is, in seconds."""
    audio = load_audio_file(path)
    loud = np.flatnonzero(np.abs(audio) > 0.02)
    return float(loud[0]) / 16000 if loud.size else 0.0


def test_barge_in_stops_the_reply_and_the_companion_listens(tmp_path, card, fake_server):
    ask = speech_wav(tmp_path, "ask", "Tell me a story about a quiet evening.", 0.2)
    interrupt = speech_wav(tmp_path, "interrupt", "Sorry, can I say something about my brother?", 0.2)
    timings = tmp_path / "timings.jsonl"
    with fake_server(fake_reply) as server:
        talk = start(tmp_path, card, server, rate=170, extra=("--timings", str(timings)))
        card.play_into_mic(ask).wait()
        _first_at, _ = talk.wait_for(r"^Sam: I remember a winter", timeout=20)
        time.sleep(2.5)             # the companion is in the middle of a long sentence
        t_interrupt = time.monotonic()
        card.play_into_mic(interrupt).wait()
        _at, _line = talk.wait_for(r"^You: .*brother", timeout=20, after=t_interrupt)
        time.sleep(2.0)
        talk.quit()
    # the long reply was cut: never more than the sentence that was playing
    long_said = [s for s in talk.said() if s.startswith("I remember a winter")]
    assert len(long_said) == 1
    # ...within 200 ms of the person starting to speak (paplay's own start-up
    # counts against it, so this is an upper bound)
    events = [json.loads(line) for line in timings.read_text().splitlines() if '"barge_in"' in line]
    events = [e for e in events if e["paused_at"] > t_interrupt]
    assert events, "the barge-in was recorded"
    onset = t_interrupt + speech_onset_s(interrupt)
    stopped = events[0]["paused_at"] + events[0]["output_delay_s"]
    e = events[0]
    print(f"barge-in: sound stopped {1000 * (stopped - onset):.0f} ms after the person began: "
          f"{1000 * (e['speech_began_at'] - onset):.0f} ms until their voice reached the loop (paplay, PulseAudio), "
          f"{1000 * (e['paused_at'] - e['speech_began_at']):.0f} ms to decide, "
          f"{1000 * e['output_delay_s']:.0f} ms of sound already in the output buffer")
    # From the person's first sound, median 170 ms (164-215) measured here (the 200 ms
    # target); the bound leaves room for a busy CI machine.
    assert 0 < stopped - onset <= 0.25
    # and the interruption became the next turn, answered in its own right
    assert any("brother" in m["content"] for r in server.requests for m in r["messages"] if m["role"] == "user")


def test_the_companion_does_not_answer_its_own_voice(tmp_path, fake_server, whisper):
    # The speaker is wired back into the microphone, as in a room with loudspeakers.
    person = speech_wav(tmp_path, "p1", "I have been feeling really lonely since I moved to a new city.", 0.2)
    with VirtualSoundCard(echo=True) as card, fake_server(fake_reply) as server:
        talk = start(tmp_path, card, server)
        assert talk.heard() == []               # its introduction came back through the mic: ignored
        card.play_into_mic(person).wait()
        talk.wait_for(r"^You: .*lonely", timeout=20)
        talk.wait_for(re.escape(QUESTION), timeout=20)
        time.sleep(len((REPLY_1 + QUESTION).split()) / (260 / 60) + 2.5)
        talk.quit()
    assert len(talk.heard()) == 1, talk.lines    # only the person, never its own reply
    assert len(server.requests) <= 3


@pytest.mark.model
@pytest.mark.skipif(not LIBRIVOX.exists(), reason="pocketsphinx-testdata is not installed")
def test_real_human_speech_with_the_embedded_model(tmp_path, card, whisper):
    """Real read speech in, the embedded SmolLM2 replies, every sentence guarded, spoken aloud."""
    clip = LIBRIVOX / "sense_and_sensibility_01_austen_64kb-0880.wav"   # "he was not an ill disposed young man"
    talk = start(tmp_path, card)
    n_said = len(talk.said())
    rec = card.record_speaker(tmp_path / "speaker.wav")
    card.play_into_mic(clip).wait()
    talk.wait_for(r"^You: .*young man", timeout=30)
    deadline = time.monotonic() + 60
    while len(talk.said()) == n_said and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(6)
    rec.terminate()
    rec.wait()
    talk.quit()
    reply = talk.said()[n_said:]
    assert reply, talk.lines
    heard_back = set(normalise(whisper.transcribe(load_audio_file(tmp_path / "speaker.wav")).text).split())
    reply_words = set(normalise(" ".join(s for s in reply if not s.startswith("Take care"))).split())
    assert len(heard_back & reply_words) >= min(3, len(reply_words)), (heard_back, reply)
