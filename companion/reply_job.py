"""One turn's reply in the voice loop: the reply pipeline runs in its own
thread and queues each guarded sentence for playback as soon as it is ready,
so the first sentence is heard while the rest is still being written; and the
turn's timings, from the end of speech to the first sound."""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .reply_types import SentenceStream
from .speaker import PlaybackItem

if TYPE_CHECKING:
    from .talk import VoiceLoop


@dataclass
class TurnTimings:
    speech_end: float
    endpoint: float
    transcribed: float = 0.0
    first_sentence: float | None = None
    synthesized: float | None = None
    first_audio: float | None = None
    text: str = ""

    def as_dict(self) -> dict:
        def rel(t):
            return None if t is None else round(t - self.speech_end, 4)
        return {"text": self.text, "loop_speech_end": self.speech_end, "endpoint_s": rel(self.endpoint), "transcribed_s": rel(self.transcribed),
                "first_sentence_s": rel(self.first_sentence), "synthesized_s": rel(self.synthesized),
                "first_audio_s": rel(self.first_audio)}


class ReplyJob:
    """Runs the reply pipeline for one turn and queues each sentence for playback."""

    def __init__(self, loop: "VoiceLoop", history, text: str, timings: TurnTimings | None):
        self.loop, self.history, self.text, self.timings = loop, history, text, timings
        self.cancelled = threading.Event()
        self.done = threading.Event()
        self.queued: list[PlaybackItem] = []
        self.spoken: list[str] = []
        self.error: str | None = None
        self.recorded = False          # what was heard of it is in the conversation
        self.stream: SentenceStream | None = None
        self.thread = threading.Thread(target=self._run, daemon=True, name="reply")

    def start(self) -> "ReplyJob":
        self.thread.start()
        return self

    def cancel(self) -> None:
        self.cancelled.set()
        stream = self.stream
        if stream is not None:
            stream.cancel()   # the model stops within a token, not at the end of its sentence

    def _run(self) -> None:
        loop = self.loop
        try:
            with loop.generation_lock:
                if self.cancelled.is_set():
                    return
                stream = self.stream = loop.responder.respond(self.history, self.text)
                for sentence in stream:
                    if self.cancelled.is_set():
                        break
                    now = time.monotonic()
                    if self.timings and self.timings.first_sentence is None:
                        self.timings.first_sentence = now
                    item = loop.speak(sentence.text, on_start=self._started)
                    if self.timings and self.timings.synthesized is None:
                        self.timings.synthesized = time.monotonic()
                    if item is not None:
                        self.queued.append(item)
                    if self.cancelled.is_set():
                        break
                if stream.reply.error:
                    self.error = stream.reply.error
        except Exception as e:  # a reply must never take the session down
            self.error = f"{type(e).__name__}: {e}"
        finally:
            self.done.set()

    def _started(self, item: PlaybackItem) -> None:
        self.spoken.append(item.text)
        if self.timings and self.timings.first_audio is None:
            # handed to the sound system, plus the delay until it is heard
            delay = self.loop.speaker.output_delay or 0.0
            self.timings.first_audio = (item.started_at or time.monotonic()) + delay
