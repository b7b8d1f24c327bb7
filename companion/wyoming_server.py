"""Voice satellites in other rooms talk to the companion over Wyoming.

``companion serve`` offers three Wyoming programs on one port, built on the
``wyoming`` package's events and server:

- asr: ``transcribe``, ``audio-start``, ``audio-chunk``s, ``audio-stop`` →
  ``transcript``, through Silero VAD and the transcriber's no-speech gates, as
  in ``talk``: a stream with no speech in it gives an empty transcript, never
  a phantom one;
- tts: ``synthesize`` → ``audio-start``, ``audio-chunk``s, ``audio-stop`` in
  the active voice profile, a sentence at a time. Nothing unchecked is
  spoken: a sentence the companion itself released is spoken as it is, any
  other sentence must pass the guard;
- handle: ``transcript`` → ``handled``, a whole reply through risk detection,
  the guard and the reply pipeline. One conversation is kept per Wyoming
  conversation id (``context.conversation_id``) where a client gives one,
  otherwise per connection, and each is saved like a chat session.

Home Assistant opens a connection per request and waits for one terminal
event. It does not act on ``error``, so a failed asr or tts request sends
``error`` and closes the connection (Home Assistant then fails rather than
waits); a failed handle request answers ``not-handled``.

A client that sends something that is not a Wyoming event, an event larger
than ``MAX_EVENT_BYTES``, a stream longer than ``serve.max_audio_s``, or that
goes away mid-stream, has its connection closed with one log line; the
server and the other clients go on.
"""
from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlparse

import numpy as np
from wyoming.asr import Transcript
from wyoming.audio import AudioChunk, AudioChunkConverter, AudioStart, AudioStop
from wyoming.error import Error
from wyoming.event import Event, async_read_event
from wyoming.handle import Handled, NotHandled
from wyoming.info import (AsrModel, AsrProgram, Attribution, HandleModel, HandleProgram, Info, TtsProgram,
                          TtsVoice)
from wyoming.ping import Ping, Pong
from wyoming.server import AsyncEventHandler, AsyncServer
from wyoming.tts import Synthesize

from . import __version__
from .config import ServeConfig
from .errors import CompanionError
from .long_audio import UNCLEAR
from .serving import CompanionService, ServerStages, build_stages
from .sessions import SessionStore
from .synthesis import SpeechSynthesisError
from .audio_format import SAMPLE_RATE

log = logging.getLogger("companion.serve")

# One event's JSON or payload: 2 MiB is over 20 s of 48 kHz stereo audio in a
# single chunk; satellites send chunks of a few kilobytes.
MAX_EVENT_BYTES = 2 * 1024 * 1024
# A spoken turn is a few hundred characters; a transcript longer than this
# is not speech, and is not answered.
MAX_TRANSCRIPT_CHARS = 20_000
TTS_CHUNK_SAMPLES = 2048
DRAIN_S = 2.0   # how long a refused client's remaining bytes are read out before closing
WHO = Attribution(name="companion", url="")


class ServeError(CompanionError):
    """Cannot listen where asked."""


def parse_address(uri: str) -> str:
    """``tcp://HOST:PORT``, checked, so that a typo is one plain line."""
    parsed = urlparse(uri)
    try:
        port = parsed.port
    except ValueError:
        port = None
    if parsed.scheme != "tcp" or not parsed.hostname or port is None or not 1 <= port <= 65535:
        raise ServeError(f"--wyoming takes tcp://HOST:PORT, for example tcp://127.0.0.1:10700, not {uri!r}")
    return uri


class CompanionServer:
    """The Wyoming side: what is offered, how many clients and requests at once."""

    def __init__(self, stages: ServerStages, settings: ServeConfig, store: SessionStore | None):
        self.stages, self.settings = stages, settings
        self.service = CompanionService(stages, store)
        self.executor = ThreadPoolExecutor(max_workers=settings.turns_at_once, thread_name_prefix="companion-serve")
        self.connected = 0
        self._next_connection = 0

    # -- what the server offers ---------------------------------------------
    def info(self) -> Info:
        s = self.stages
        languages = [s.language]
        asr = AsrProgram(name="companion-whisper", attribution=WHO, installed=True, version=__version__,
                         description="Whisper (faster-whisper) behind Silero VAD and no-speech gates",
                         models=[AsrModel(name=s.stt_model, attribution=WHO, installed=True, version=__version__,
                                          description=f"Whisper {s.stt_model}", languages=languages)])
        tts = TtsProgram(name="companion-voice", attribution=WHO, installed=True, version=__version__,
                         description="espeak-ng through pyttsx3, in the companion's voice profiles",
                         voices=[TtsVoice(name=name, attribution=WHO, installed=True, version=__version__,
                                          description=f"{p.voice}, {p.rate_wpm} words a minute", languages=languages)
                                 for name, p in sorted(s.voices.items())])
        persona = s.responder.prompts.persona.name
        handle = HandleProgram(name="companion", attribution=WHO, installed=True, version=__version__,
                               description="a peer-support companion: it listens, shares as a peer and never "
                                           "instructs; risk to life gets reviewed safety lines",
                               models=[HandleModel(name=persona, attribution=WHO, installed=True,
                                                   version=__version__, description=f"{persona}, a peer",
                                                   languages=languages)])
        return Info(asr=[asr], tts=[tts], handle=[handle])

    def connection_name(self) -> str:
        self._next_connection += 1
        return f"connection-{self._next_connection}"

    def handler(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> "CompanionConnection":
        return CompanionConnection(self, reader, writer)


class _BoundedReader:
    """The stream as ``wyoming.event.async_read_event`` reads it, refusing an
    event larger than a bound (the library would read any length it is told)."""

    def __init__(self, reader: asyncio.StreamReader, max_bytes: int):
        self._reader, self._max = reader, max_bytes
        self.refused: str | None = None

    async def readline(self) -> bytes:
        return await self._reader.readline()

    async def readexactly(self, n: int) -> bytes:
        if n > self._max:
            self.refused = f"sent an event of {n:,} bytes (at most {self._max:,} are read)"
            raise ValueError(self.refused)
        return await self._reader.readexactly(n)

    def at_eof(self) -> bool:
        return self._reader.at_eof()


class CompanionConnection(AsyncEventHandler):
    """One client connection: its audio stream, and its conversation when the
    client gives no conversation id."""

    def __init__(self, server: CompanionServer, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        super().__init__(reader, writer)
        self.server = server
        self.name = server.connection_name()
        peer = writer.get_extra_info("peername")
        self.peer = f"{peer[0]}:{peer[1]}" if isinstance(peer, tuple) else self.name
        self._audio: bytearray | None = None
        self._converter = AudioChunkConverter(rate=SAMPLE_RATE, width=2, channels=1)
        self._routes: dict[str, Callable[[Event], object]] = {
            "describe": self._describe, "ping": self._ping, "transcribe": self._transcribe,
            "audio-start": self._audio_start, "audio-chunk": self._audio_chunk, "audio-stop": self._audio_stop,
            "synthesize": self._synthesize, "transcript": self._handle,
        }

    async def run(self) -> None:
        server = self.server
        if server.connected >= server.settings.max_clients:
            log.warning("%s: turned away, %d clients are connected already (serve.max_clients)",
                        self.peer, server.connected)
            self.writer.close()
            return
        server.connected += 1
        reader = _BoundedReader(self.reader, MAX_EVENT_BYTES)
        try:
            while True:
                try:
                    event = await async_read_event(reader)
                except (KeyError, TypeError, AttributeError):   # JSON, but not an event
                    event, reader.refused = None, "sent JSON that is not a Wyoming event"
                if event is None:
                    if reader.refused or not reader.at_eof():
                        log.warning("%s: closed, it %s", self.peer,
                                    reader.refused or "sent something that is not a Wyoming event")
                    elif self._audio is not None:
                        log.info("%s: went away in the middle of an audio stream", self.peer)
                    break
                if not await self.handle_event(event):
                    break
        except (ConnectionError, asyncio.IncompleteReadError, OSError):
            log.info("%s: went away in the middle of a request", self.peer)
        except Exception as e:   # one client's fault or ours: that client is closed, the server goes on
            log.warning("%s: closed after an error: %s: %s", self.peer, type(e).__name__, e)
        finally:
            server.connected -= 1
            server.service.conversations.forget(self.name)
            self.writer.close()

    async def handle_event(self, event: Event) -> bool:
        route = self._routes.get(event.type)
        if route is None:
            log.debug("%s: ignored a %s event", self.peer, event.type)
            return True
        return await route(event)

    async def _in_executor(self, work, *args):
        return await asyncio.get_running_loop().run_in_executor(self.server.executor, work, *args)

    async def _fail(self, message: str) -> bool:
        """asr and tts clients wait for a terminal event; ``error`` and a closed
        connection end their wait."""
        log.warning("%s: %s", self.peer, message)
        await self.write_event(Error(text=message, code="companion").event())
        # Closing with the client's bytes unread would reset the connection and
        # could lose the error on its way: end our side, and read out theirs.
        if self.writer.can_write_eof():
            self.writer.write_eof()
        try:
            async with asyncio.timeout(DRAIN_S):
                while await self.reader.read(65536):
                    pass
        except (TimeoutError, ConnectionError):
            pass
        return False

    # -- describe ------------------------------------------------------------
    async def _describe(self, event: Event) -> bool:
        await self.write_event(self.server.info().event())
        return True

    async def _ping(self, event: Event) -> bool:
        await self.write_event(Pong(text=Ping.from_event(event).text).event())
        return True

    # -- asr -----------------------------------------------------------------
    async def _transcribe(self, event: Event) -> bool:
        return True   # one language and model: nothing to choose

    async def _audio_start(self, event: Event) -> bool:
        AudioStart.from_event(event)   # a malformed start closes the connection
        self._audio = bytearray()
        return True

    async def _audio_chunk(self, event: Event) -> bool:
        chunk = self._converter.convert(AudioChunk.from_event(event))
        if self._audio is None:
            self._audio = bytearray()
        self._audio += chunk.audio
        if len(self._audio) / (2 * SAMPLE_RATE) > self.server.settings.max_audio_s:
            self._audio = None
            return await self._fail(f"sent more than {self.server.settings.max_audio_s:g} s of audio in one stream "
                                    "(serve.max_audio_s)")
        return True

    async def _audio_stop(self, event: Event) -> bool:
        audio = np.frombuffer(bytes(self._audio or b""), dtype="<i2").copy()
        self._audio = None
        try:
            text = await self._in_executor(self.server.stages.hear, audio) if audio.size else ""
        except Exception as e:
            return await self._fail(f"could not transcribe: {type(e).__name__}: {e}")
        await self.write_event(Transcript(text=text, language=self.server.stages.language).event())
        return True

    # -- tts -----------------------------------------------------------------
    async def _synthesize(self, event: Event) -> bool:
        request = Synthesize.from_event(event)
        stages = self.server.stages
        wanted = request.voice.name if request.voice and request.voice.name else None
        voice = stages.voices.get(wanted, stages.voice)   # an unknown name gets the active voice
        sentences = self.server.service.speakable(request.text or "")
        if not sentences:
            return await self._fail("nothing to speak: the text was empty, or the guard rejected all of it")
        started = False
        for sentence in sentences:
            try:
                speech = await self._in_executor(stages.synthesizer.synthesize, sentence, voice)
            except SpeechSynthesisError as e:
                if started:
                    await self.write_event(AudioStop().event())
                return await self._fail(f"could not speak: {e}")
            if not started:
                await self.write_event(AudioStart(rate=speech.sample_rate, width=2, channels=1).event())
                started = True
            samples = speech.samples.astype("<i2")
            for at in range(0, samples.size, TTS_CHUNK_SAMPLES):
                await self.write_event(AudioChunk(rate=speech.sample_rate, width=2, channels=1,
                                                  audio=samples[at:at + TTS_CHUNK_SAMPLES].tobytes()).event())
        await self.write_event(AudioStop().event())
        return True

    # -- handle ----------------------------------------------------------------
    async def _handle(self, event: Event) -> bool:
        transcript = Transcript.from_event(event)
        context = transcript.context if isinstance(transcript.context, dict) else {}
        given = context.get("conversation_id")
        key = f"id:{given}" if isinstance(given, str) and given else self.name
        text = (transcript.text or "").strip()
        if not text or text == UNCLEAR:
            await self.write_event(Handled(text=self.server.stages.not_caught, context=context or None).event())
            return True
        if len(text) > MAX_TRANSCRIPT_CHARS:
            log.warning("%s: a transcript of %d characters is not a spoken turn; not answered", self.peer, len(text))
            await self.write_event(NotHandled(context=context or None).event())
            return True
        try:
            reply = await self._in_executor(self.server.service.reply, key, text)
        except Exception as e:   # fail closed: nothing unchecked, and the client is not left waiting
            log.warning("%s: no reply: %s: %s", self.peer, type(e).__name__, e)
            await self.write_event(NotHandled(context=context or None).event())
            return True
        answered = {**context, "crisis": reply.crisis, "risk": reply.risk.level}
        await self.write_event(Handled(text=reply.text, context=answered).event())
        return True


async def serve(server: CompanionServer, uri: str, ready: Callable[[], None] | None = None) -> None:
    """Listen at ``uri`` until cancelled."""
    listener = AsyncServer.from_uri(uri)
    try:
        await listener.start(server.handler)
    except OSError as e:
        raise ServeError(f"cannot listen on {uri}: {e.strerror or e}") from None
    if ready is not None:
        ready()
    try:
        await asyncio.Event().wait()
    finally:
        await listener.stop()


class ServerThread:
    """The server on its own event loop in a background thread: for tests and
    benchmarks, which drive it with the wyoming package's client."""

    def __init__(self, server: CompanionServer, uri: str):
        self.server, self.uri = server, uri
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._failed: BaseException | None = None
        self._task: asyncio.Task | None = None
        self._thread = threading.Thread(target=self._run, daemon=True, name="companion-serve-loop")

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._task = self._loop.create_task(serve(self.server, self.uri, self._ready.set))
        try:
            self._loop.run_until_complete(self._task)
        except asyncio.CancelledError:
            pass
        except BaseException as e:
            self._failed = e
            self._ready.set()
        # connections still open are closed with the loop, not left pending
        left = asyncio.all_tasks(self._loop)
        for task in left:
            task.cancel()
        self._loop.run_until_complete(asyncio.gather(*left, return_exceptions=True))
        self._loop.close()

    def __enter__(self) -> "ServerThread":
        self._thread.start()
        self._ready.wait(30)
        if self._failed is not None:
            raise self._failed
        return self

    def __exit__(self, *exc) -> None:
        if self._task is not None:
            self._loop.call_soon_threadsafe(self._task.cancel)
        self._thread.join(10)
        self.server.executor.shutdown(wait=False, cancel_futures=True)


def run_serve(cfg, uri: str | None, build_responder) -> int:
    uri = parse_address(uri or f"tcp://{cfg.serve.host}:{cfg.serve.port}")
    logging.basicConfig(level=logging.INFO, format="companion serve: %(message)s")
    log.info("loading the models")
    responder = build_responder(cfg)
    responder.warm()
    store = SessionStore(cfg.data_dir) if cfg.conversation.save_transcripts else None
    server = CompanionServer(build_stages(cfg, responder), cfg.serve, store)
    host = urlparse(uri).hostname

    def ready() -> None:
        log.info("listening on %s for Wyoming clients (speech to text, text to speech and conversation); "
                 "Ctrl-C stops", uri)
        if host not in ("127.0.0.1", "localhost", "::1"):
            log.warning("%s is reachable from other machines: anyone who can reach this port can talk to the "
                        "companion, and conversations travel unencrypted on your network", host)

    try:
        asyncio.run(serve(server, uri, ready))
    finally:
        server.executor.shutdown(wait=False, cancel_futures=True)
    return 0
