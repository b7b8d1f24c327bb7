"""The Wyoming server, driven by the wyoming package's own client over loopback.

Whisper, Silero and espeak-ng are real; the language model is a scripted one
that can be held, to show that one client's turn does not block another's.
"""
import asyncio
import json
import logging
import socket
import subprocess
import sys
import threading
import wave

import numpy as np
import pytest
from wyoming.asr import Transcribe, Transcript
from wyoming.audio import AudioChunk, AudioStart, AudioStop
from wyoming.client import AsyncTcpClient
from wyoming.error import Error
from wyoming.event import Event
from wyoming.handle import Handled
from wyoming.info import Describe, Info
from wyoming.tts import Synthesize

from companion.config import PROJECT_ROOT, Config, ServeConfig
from companion.guard import Guard
from companion.responder import Responder
from companion.sessions import SessionStore
from companion.stt_eval import normalise
from companion.synthesis import Pyttsx3Synthesizer
from companion.transcriber import TranscriberOptions, WhisperTranscriber
from companion.vad import SileroVoiceActivity
from companion.voices import VoiceProfile
from companion.serving import ServerStages, SpeechToText
from companion.wyoming_server import CompanionServer, ServerThread
from companion.language_model import ChatModelDefaults

MODEL_TEXT = "You should see a therapist about that. I have had weeks like that too, and they wore me down."


class HeldModel(ChatModelDefaults):
    """Streams one scripted reply; ``hold`` makes the next generation wait."""
    name = "held"

    def __init__(self):
        self.go = threading.Event()
        self.go.set()
        self.waiting = threading.Event()

    def generate(self, request):
        self.waiting.set()
        self.go.wait(60)
        for i in range(0, len(MODEL_TEXT), 7):
            yield MODEL_TEXT[i:i + 7]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def whisper():
    t = WhisperTranscriber(TranscriberOptions())
    t.warm_up()
    return t


@pytest.fixture(scope="module")
def stack(whisper, tmp_path_factory):
    from companion.prompts import load_prompts
    from companion.talk import load_voice_phrases

    cfg = Config()
    cfg.generation.candidates = 1
    cfg.generation.reaction = "model"     # the held model stands for a slow turn
    model = HeldModel()
    prompts = load_prompts(PROJECT_ROOT / "prompts")
    responder = Responder(model, Guard(), prompts, cfg)
    voice = VoiceProfile()
    stages = ServerStages(responder=responder, hear=SpeechToText(whisper, SileroVoiceActivity),
                          synthesizer=Pyttsx3Synthesizer(cfg.safety.phone_numbers()), voice=voice,
                          voices={"default": voice, "slow": VoiceProfile(name="slow", rate_wpm=120)},
                          not_caught=load_voice_phrases(PROJECT_ROOT / "prompts").not_caught)
    data = tmp_path_factory.mktemp("serve-data")
    server = CompanionServer(stages, ServeConfig(max_clients=4, turns_at_once=2, max_audio_s=20.0),
                             SessionStore(data))
    uri = f"tcp://127.0.0.1:{free_port()}"
    with ServerThread(server, uri):
        yield uri, model, data, server


async def _exchange(uri, events, done=lambda e: False, timeout=120.0):
    """Send ``events``, then read until ``done`` or the server closes."""
    got = []
    client = AsyncTcpClient.from_uri(uri)
    await client.connect()
    try:
        try:
            for event in events:
                await client.write_event(event)
        except ConnectionError:   # the server closed it mid-request: what it sent first is still read
            pass
        while True:
            try:
                event = await asyncio.wait_for(client.read_event(), timeout)
            except ConnectionError:
                break
            if event is None:
                break
            got.append(event)
            if done(event):
                break
    finally:
        try:
            await client.disconnect()
        except ConnectionError:
            pass
    return got


def exchange(uri, events, done=lambda e: False):
    return asyncio.run(_exchange(uri, events, done))


def audio_events(samples: np.ndarray, rate: int, channels: int = 1, chunk: int = 1024):
    pcm = samples.astype("<i2")
    yield Transcribe(language="en").event()
    yield AudioStart(rate=rate, width=2, channels=channels).event()
    step = chunk * channels
    for at in range(0, pcm.size, step):
        yield AudioChunk(rate=rate, width=2, channels=channels, audio=pcm[at:at + step].tobytes()).event()
    yield AudioStop().event()


def espeak(tmp_path, text) -> tuple[np.ndarray, int]:
    path = tmp_path / "speech.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(path), text], check=True)
    with wave.open(str(path)) as w:
        rate = w.getframerate()
        samples = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
    # a second of quiet either side, as a satellite streams it
    quiet = np.zeros(rate, np.int16)
    return np.concatenate([quiet, samples, quiet]), rate


def is_transcript(e: Event) -> bool:
    return Transcript.is_type(e.type)


def speech_of(events) -> tuple[np.ndarray, int]:
    start = AudioStart.from_event(next(e for e in events if AudioStart.is_type(e.type)))
    pcm = b"".join(AudioChunk.from_event(e).audio for e in events if AudioChunk.is_type(e.type))
    return np.frombuffer(pcm, dtype="<i2"), start.rate


def to_16k(samples: np.ndarray, rate: int) -> np.ndarray:
    at = np.arange(0, samples.size, rate / 16000)
    return np.interp(at, np.arange(samples.size), samples.astype(np.float32)).astype(np.int16)


# -- describe --------------------------------------------------------------
def test_describe_names_the_three_programs(stack):
    uri = stack[0]
    info = Info.from_event(exchange(uri, [Describe().event()], lambda e: Info.is_type(e.type))[-1])
    assert [p.name for p in info.asr] == ["companion-whisper"]
    assert info.asr[0].models[0].name == "tiny.en" and info.asr[0].models[0].languages == ["en"]
    assert sorted(v.name for v in info.tts[0].voices) == ["default", "slow"]
    assert info.handle[0].name == "companion" and info.handle[0].models[0].languages == ["en"]
    assert info.handle[0].version and not info.handle[0].supports_handled_streaming


# -- asr ---------------------------------------------------------------------
def test_spoken_audio_at_any_rate_becomes_a_transcript(stack, tmp_path):
    samples, rate = espeak(tmp_path, "I have been feeling lonely since my sister moved away.")
    assert rate != 16000   # the server converts what satellites send
    events = exchange(stack[0], list(audio_events(samples, rate)), is_transcript)
    text = normalise(Transcript.from_event(events[-1]).text)
    assert "lonely" in text and "sister" in text


def test_silence_and_noise_give_an_empty_transcript_not_a_phantom_one(stack):
    rng = np.random.default_rng(7)
    for audio in (np.zeros(3 * 16000, np.int16), (rng.standard_normal(3 * 16000) * 300).astype(np.int16)):
        events = exchange(stack[0], list(audio_events(audio, 16000)), is_transcript)
        assert Transcript.from_event(events[-1]).text == ""


# -- tts ---------------------------------------------------------------------
def test_text_becomes_audio_that_transcribes_back_to_the_same_words(stack, whisper):
    text = "I hear you. That sounds like a long week."
    events = exchange(stack[0], [Synthesize(text=text).event()], lambda e: AudioStop.is_type(e.type))
    samples, rate = speech_of(events)
    assert samples.size > rate   # over a second of speech
    heard = normalise(whisper.transcribe(to_16k(samples, rate)).text)
    assert heard.split() == normalise(text).split()


def test_a_sentence_the_guard_rejects_is_not_spoken(stack, whisper):
    # (the passing sentence is long enough for Whisper tiny to hear surely:
    # a bare "I hear you." was heard "I dare you" on a busy machine)
    text = "You should take your medication twice a day. That sounds like a really long week."
    events = exchange(stack[0], [Synthesize(text=text).event()], lambda e: AudioStop.is_type(e.type))
    heard = normalise(whisper.transcribe(to_16k(*speech_of(events))).text)
    assert "medication" not in heard and "long week" in heard
    only_advice = exchange(stack[0], [Synthesize(text="You must stop taking your tablets.").event()])
    assert [e.type for e in only_advice] == ["error"]     # an error, then the connection is closed


# -- handle ------------------------------------------------------------------
def test_a_transcript_gets_a_guarded_reply_saved_as_a_session(stack):
    uri, _model, data, _server = stack
    said = "My week has been so heavy, work keeps piling up and I barely sleep."
    events = exchange(uri, [Transcript(text=said, context={"conversation_id": "kitchen-1"}).event()],
                      lambda e: Handled.is_type(e.type))
    handled = Handled.from_event(events[-1])
    assert handled.text and "should" not in handled.text.lower() and "therapist" not in handled.text.lower()
    assert Guard().check(handled.text).passed
    assert handled.context["conversation_id"] == "kitchen-1" and handled.context["crisis"] is False
    # a second turn with the same conversation id, on a new connection as Home Assistant makes it
    exchange(uri, [Transcript(text="Thanks for listening.", context={"conversation_id": "kitchen-1"}).event()],
             lambda e: Handled.is_type(e.type))
    store = SessionStore(data)
    texts = [[t.text for t in store.turns(s)] for s in store.list() if s.kind == "wyoming"]
    assert any(said in t and "Thanks for listening." in t and len(t) == 4 for t in texts)


def test_a_risk_disclosure_gets_the_safety_message_which_is_spoken_whole(stack, whisper):
    uri = stack[0]
    events = exchange(uri, [Transcript(text="I'm going to kill myself tonight, I have the pills ready.").event()],
                      lambda e: Handled.is_type(e.type))
    handled = Handled.from_event(events[-1])
    assert handled.context["crisis"] is True and handled.context["risk"] == "clear"
    assert "988" in handled.text
    spoken = exchange(uri, [Synthesize(text=handled.text).event()], lambda e: AudioStop.is_type(e.type))
    samples, rate = speech_of(spoken)
    # the whole message is spoken, the help line too (the guard does not cut a reviewed line)
    assert samples.size / rate > 0.6 * len(handled.text.split()) / 3.5


def test_unclear_speech_is_answered_with_a_request_to_say_it_again(stack):
    events = exchange(stack[0], [Transcript(text="[unclear]").event()], lambda e: Handled.is_type(e.type))
    assert "catch" in Handled.from_event(events[-1]).text


# -- several clients, and clients that misbehave --------------------------------
def test_one_clients_slow_turn_does_not_block_another_client(stack):
    uri, model, _data, _server = stack

    async def both():
        model.go.clear()
        model.waiting.clear()
        slow = asyncio.create_task(_exchange(uri, [Transcript(text="Work has been awful and I feel stuck.").event()],
                                             lambda e: Handled.is_type(e.type)))
        await asyncio.get_running_loop().run_in_executor(None, model.waiting.wait, 60)
        # the first client's turn is held inside the model; a second client is answered meanwhile
        info = await _exchange(uri, [Describe().event()], lambda e: Info.is_type(e.type))
        crisis = await _exchange(uri, [Transcript(text="i want to kill myself").event()],
                                 lambda e: Handled.is_type(e.type))
        assert not slow.done()
        model.go.set()
        return info, crisis, await slow

    info, crisis, slow = asyncio.run(both())
    assert Info.is_type(info[-1].type) and Handled.from_event(crisis[-1]).context["crisis"]
    assert Handled.from_event(slow[-1]).text


def test_a_client_that_goes_away_mid_audio_does_not_stop_the_server(stack, tmp_path):
    uri = stack[0]

    async def leave_mid_stream():
        async with AsyncTcpClient.from_uri(uri) as client:
            await client.write_event(AudioStart(rate=16000, width=2, channels=1).event())
            await client.write_event(AudioChunk(rate=16000, width=2, channels=1, audio=b"\0\0" * 4000).event())

    asyncio.run(leave_mid_stream())
    samples, rate = espeak(tmp_path, "Good evening, I could not sleep again.")
    events = exchange(uri, list(audio_events(samples, rate)), is_transcript)
    assert "sleep" in normalise(Transcript.from_event(events[-1]).text)


def _raw(uri, data: bytes) -> bytes:
    host, port = uri.removeprefix("tcp://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as s:
        try:
            s.sendall(data)
            s.shutdown(socket.SHUT_WR)
            return b"".join(iter(lambda: s.recv(65536), b""))
        except OSError:   # reset, or closed before we finished sending: closed all the same
            return b""


def test_garbage_and_oversized_events_close_only_that_connection(stack, caplog):
    uri = stack[0]
    caplog.set_level(logging.INFO, logger="companion.serve")
    assert _raw(uri, b"this is not json at all\n") == b""
    huge = json.dumps({"type": "audio-chunk", "data": {"rate": 16000, "width": 2, "channels": 1},
                       "payload_length": 500_000_000}).encode() + b"\n" + b"\0" * 1000
    assert _raw(uri, huge) == b""
    assert _raw(uri, b'{"data": {}}\n') == b""          # no type
    assert _raw(uri, b"x" * 200_000 + b"\n") == b""      # a line longer than any event
    messages = " ".join(r.getMessage() for r in caplog.records)
    assert "not a Wyoming event" in messages and "500,000,000 bytes" in messages
    assert Info.is_type(exchange(uri, [Describe().event()], lambda e: Info.is_type(e.type))[-1].type)


def test_a_stream_longer_than_the_limit_is_refused(stack):
    long = np.zeros(25 * 16000, np.int16)   # the fixture allows 20 s
    events = exchange(stack[0], list(audio_events(long, 16000)))
    assert [e.type for e in events] == ["error"] and "20 s" in Error.from_event(events[0]).text


def test_more_clients_than_allowed_are_turned_away_and_the_rest_served(stack):
    uri = stack[0]

    async def crowd():
        held = [AsyncTcpClient.from_uri(uri) for _ in range(4)]
        for c in held:
            await c.connect()
            await c.write_event(Describe().event())
            assert Info.is_type((await asyncio.wait_for(c.read_event(), 30)).type)
        extra = await _exchange(uri, [Describe().event()])
        for c in held:
            await c.disconnect()
        await asyncio.sleep(0.2)
        after = await _exchange(uri, [Describe().event()], lambda e: Info.is_type(e.type))
        return extra, after

    extra, after = asyncio.run(crowd())
    assert extra == [] and Info.is_type(after[-1].type)


# -- the command -----------------------------------------------------------------
def test_serve_with_a_bad_address_says_so_in_one_line():
    r = subprocess.run([sys.executable, "-m", "companion", "serve", "--wyoming", "http://nowhere"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "tcp://HOST:PORT" in r.stderr and "Traceback" not in r.stderr


def test_a_voice_asked_for_by_name_is_used(stack):
    from wyoming.tts import SynthesizeVoice

    text = "I hear you. That sounds like a long week."
    stack_uri = stack[0]
    default = speech_of(exchange(stack_uri, [Synthesize(text=text).event()], lambda e: AudioStop.is_type(e.type)))
    slow = speech_of(exchange(stack_uri, [Synthesize(text=text, voice=SynthesizeVoice(name="slow")).event()],
                              lambda e: AudioStop.is_type(e.type)))
    assert slow[0].size / slow[1] > 1.2 * default[0].size / default[1]   # 120 against 170 words a minute
