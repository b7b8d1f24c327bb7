"""The companion as a service for voice satellites, whatever the protocol:
the stages a request goes through, the conversations kept between requests,
and the rule that nothing unchecked is spoken. ``wyoming_server`` puts this
on the network.
"""
from __future__ import annotations

import logging
import queue
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from .conversation import Conversation, ConversationTurn
from .guard import Guard
from .long_audio import transcribe_speech
from .responder import Reply, Responder
from .sentences import split_sentences
from .sessions import SessionStore
from .synthesis import Synthesizer
from .transcriber import Transcriber
from .vad import VoiceActivity
from .voices import VoiceProfile

log = logging.getLogger("companion.serve")

# Sentences the companion released, remembered so that they are spoken as they
# were checked (a reviewed crisis line is spoken whatever the guard's rules
# say of "call").
RELEASED_REMEMBERED = 2000
CONVERSATIONS_REMEMBERED = 256


class SpeechToText:
    """Audio of one turn (16 kHz mono int16) → its words, only where the VAD
    hears speech, with the transcriber's gates. Silero carries state from
    frame to frame, so each concurrent request takes its own from a pool."""

    def __init__(self, transcriber: Transcriber, new_vad: Callable[[], VoiceActivity]):
        self._transcriber, self._new_vad = transcriber, new_vad
        self._vads: queue.SimpleQueue[VoiceActivity] = queue.SimpleQueue()

    def __call__(self, audio: np.ndarray) -> str:
        try:
            vad = self._vads.get_nowait()
        except queue.Empty:
            vad = self._new_vad()
        try:
            return transcribe_speech(audio, self._transcriber, vad)
        finally:
            self._vads.put(vad)


@dataclass
class ServerStages:
    """What the server runs a request through; tests pass fakes."""
    responder: Responder
    hear: Callable[[np.ndarray], str]      # 16 kHz mono int16 → words, "" for none, UNCLEAR
    synthesizer: Synthesizer
    voice: VoiceProfile                    # the active profile, with the person's settings
    voices: dict[str, VoiceProfile]        # every profile a client may ask for by name
    not_caught: str                        # the reviewed line for unclear speech
    guard: Guard = field(default_factory=Guard)
    stt_model: str = "tiny.en"
    language: str = "en"


@dataclass
class _KeptConversation:
    conversation: Conversation
    lock: threading.Lock = field(default_factory=threading.Lock)   # one turn at a time per conversation


class Conversations:
    """Conversations by key: a Wyoming conversation id, or a connection. The
    most recently used are kept in memory; every one is on disk as it goes."""

    def __init__(self, store: SessionStore | None):
        self._store = store
        self._kept: OrderedDict[str, _KeptConversation] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> _KeptConversation:
        with self._lock:
            kept = self._kept.get(key)
            if kept is None:
                session_file = self._store.new("wyoming") if self._store is not None else None
                kept = self._kept[key] = _KeptConversation(Conversation(session_file=session_file))
                while len(self._kept) > CONVERSATIONS_REMEMBERED:
                    self._kept.popitem(last=False)
            self._kept.move_to_end(key)
            return kept

    def forget(self, key: str) -> None:
        with self._lock:
            self._kept.pop(key, None)


class CompanionService:
    """What a request does, whatever protocol brought it: a reply in a kept
    conversation, and which sentences may be spoken. Called from worker
    threads."""

    def __init__(self, stages: ServerStages, store: SessionStore | None):
        self.stages = stages
        self.conversations = Conversations(store)
        self._released: OrderedDict[str, None] = OrderedDict()
        self._released_lock = threading.Lock()

    def reply(self, key: str, text: str) -> Reply:
        kept = self.conversations.get(key)
        with kept.lock:
            turn = ConversationTurn(kept.conversation, self.stages.responder, text)
            for _sentence in turn:
                pass
        reply = turn.reply
        with self._released_lock:
            for released in [reply.text] + [s.text for s in reply.sentences]:
                self._released[released] = None
                self._released.move_to_end(released)
            while len(self._released) > RELEASED_REMEMBERED:
                self._released.popitem(last=False)
        return reply

    def speakable(self, text: str) -> list[str]:
        """The sentences of ``text`` that may be spoken: the companion's own,
        and any other that passes the guard."""
        with self._released_lock:
            if text.strip() in self._released:
                return split_sentences(text.strip())
            known = set(self._released)
        kept = []
        for sentence in split_sentences(text):
            if sentence in known or self.stages.guard.check(sentence).passed:
                kept.append(sentence)
            else:
                log.info("left out a sentence the guard rejected: %r", sentence[:80])
        return kept


def build_stages(cfg, responder: Responder) -> ServerStages:
    """The real stages: Whisper behind Silero, espeak-ng, the voice profiles."""
    from .synthesis import Pyttsx3Synthesizer
    from .talk import load_voice_phrases
    from .transcriber import transcriber_from_config
    from .vad import SileroVoiceActivity
    from .voices import load_settings, load_voice_profile

    voices = {p.stem: load_voice_profile(cfg.voices_dir, p.stem) for p in sorted(cfg.voices_dir.glob("*.toml"))}
    active = load_settings(cfg.data_dir).apply(load_voice_profile(cfg.voices_dir, cfg.voice.profile))
    voices[cfg.voice.profile] = active
    return ServerStages(responder=responder, hear=SpeechToText(transcriber_from_config(cfg), SileroVoiceActivity),
                        synthesizer=Pyttsx3Synthesizer(cfg.safety.phone_numbers()), voice=active, voices=voices,
                        not_caught=load_voice_phrases(cfg.prompts_dir).not_caught, guard=responder.guard,
                        stt_model=cfg.stt.model, language=cfg.stt.language)


