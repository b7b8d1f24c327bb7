"""``companion talk``: the voice loop.

    microphone -> voice activity -> endpointing -> Whisper -> (voice command | reply pipeline)
               -> guard (inside the responder) -> speech synthesis -> speaker

One thread reads microphone frames and owns the state; a reply job runs the
reply pipeline in its own thread and queues each guarded sentence for
playback as soon as it is ready, so the first sentence is heard while the
rest is still being written.

Half-duplex by default: while the companion speaks, the microphone is only
watched for barge-in (``barge_in.py``). A barge-in pauses playback at once
and keeps the rest; what the person then says decides what happens: a
command ("continue", "slower", "say that again") acts on the held reply, a
new turn drops it, and a cough or noise that turns out not to be speech
lets the companion carry on.

Every stage sits behind a small interface (``Transcriber``, ``VoiceActivity``,
``Synthesizer``, and the microphone and speaker objects), so the whole loop
runs in tests with fakes.

The loop is ``VoiceLoop`` here, with its listening in ``voice_loop_audio``,
its voice commands in ``voice_loop_commands``, one turn's reply in
``reply_job`` and its fixed lines in ``voice_phrases``.
"""
from __future__ import annotations

import json
import os
import queue
import sys
import threading
import time
from collections import deque
from contextlib import suppress
from typing import TextIO

import numpy as np

from .audio_io import MicrophonePort, SpeakerPort
from .barge_in import BargeInDetector
from .captions import CaptionWriter
from .config import Config
from .conversation import Conversation, readable
from .endpointing import Endpointer
from .errors import CompanionError
from .microphone import NoMicrophone
from .reply_job import ReplyJob, TurnTimings
from .reply_types import LoopObserver, ReplySource
from .run_options import TalkOptions
from .sessions import SessionStore
from .speaker import CaptionOnlySpeaker, PlaybackItem
from .synthesis import Synthesizer
from .transcriber import Transcriber
from .vad import VoiceActivity
from .voice_commands import Command, recognise
from .voice_loop_audio import ASK_AGAIN_EVERY_S, VoiceLoopAudio, endpointer_settings
from .voice_loop_commands import VoiceLoopCommands
from .voice_phrases import VoicePhrases, load_voice_phrases
from .voices import UserSettings, VoiceProfile

# What this module offers, some of it defined in the modules above (serving.py
# and the tests import load_voice_phrases from here).
__all__ = ["VoiceLoop", "run_talk", "VoicePhrases", "load_voice_phrases", "TurnTimings", "ReplyJob",
           "endpointer_settings"]


class VoiceLoop(VoiceLoopAudio, VoiceLoopCommands):
    def __init__(self, cfg: Config, responder: ReplySource, transcriber: Transcriber, vad: VoiceActivity,
                 synthesizer: Synthesizer, microphone: MicrophonePort, speaker: SpeakerPort, voice: VoiceProfile,
                 settings: UserSettings | None = None, captions: CaptionWriter | None = None,
                 text_input: TextIO | None = None, mode: str | None = None, timings_out: TextIO | None = None,
                 save_user_settings: bool = True):
        self.cfg, self.responder, self.transcriber, self.vad = cfg, responder, transcriber, vad
        self.synthesizer, self.mic, self.speaker = synthesizer, microphone, speaker
        self.settings = settings or UserSettings()
        self.voice = self.settings.apply(voice)
        self.phrases = load_voice_phrases(cfg.prompts_dir)
        self.captions = captions or CaptionWriter(companion=responder.prompts.persona.name)
        self.mode = mode or self.settings.listening_mode or cfg.listening.mode
        self.check_in_on = cfg.listening.check_in_after_s > 0 if self.settings.check_in is None \
            else self.settings.check_in
        self.endpointer = Endpointer(endpointer_settings(cfg, self.mode))
        self.barge_in = BargeInDetector()
        self.generation_lock = threading.Lock()
        self.timings_out = timings_out
        self.save_user_settings = save_user_settings
        session_file = SessionStore(cfg.data_dir).new("talk") if cfg.conversation.save_transcripts else None
        self.conversation = Conversation(session_file=session_file)

        self._typed: queue.Queue[str | None] = queue.Queue()
        self._text_input = text_input
        self._job: ReplyJob | None = None
        self._last_reply: list[str] = []
        # what the microphone heard while the companion spoke: the start of a barge-in
        self._recent_frames: deque[tuple[np.ndarray, float]] = deque(maxlen=32)
        self._speaking_in_tail = False   # the person began in the echo tail: listen before it ends
        self._last_heard = time.monotonic()
        self._checked_in = False
        self._asked_again_at = -ASK_AGAIN_EVERY_S
        self._ptt_recording = False
        self._ptt_frames: list[np.ndarray] = []
        self._running = True
        self._recently_said: deque[tuple[float, str]] = deque(maxlen=8)
        # Told what was heard and what was spoken (rehearsal measures talk time).
        self.observers: list[LoopObserver] = []
        # Offered when the devices fail mid-session.
        self.text_alternative = "you can go on in text with `companion chat`"
        self.debug_dir = os.environ.get("COMPANION_DEBUG_AUDIO") or None
        self._debug_n = 0
        self._last_capture = 0.0

    # Speaking ----------------------------------------------------------------
    def speak(self, text: str, on_start=None) -> PlaybackItem | None:
        """Synthesise and queue one sentence; its caption appears as it starts playing."""
        try:
            speech = self.synthesizer.synthesize(text, self.voice)
        except CompanionError as e:
            self.captions.status(f"Speech output failed ({e}); the text is: {text}")
            return None

        def started(item: PlaybackItem) -> None:
            self.captions.said(item.text)
            self._recently_said.append((time.monotonic(), item.text))
            self._tell_spoke(item.text, item.speech.seconds)
            if on_start:
                on_start(item)

        item = PlaybackItem(speech, text, started)
        self.speaker.enqueue(item)
        return item

    def _tell_heard(self, text: str, seconds: float) -> None:
        for observer in self.observers:
            with suppress(Exception):   # an observer must never take the session down
                observer.heard(" ".join(text.split()), seconds)

    def _tell_spoke(self, text: str, seconds: float) -> None:
        for observer in self.observers:
            with suppress(Exception):   # an observer must never take the session down
                observer.spoke(" ".join(text.split()), seconds)

    def say_fixed(self, text: str) -> None:
        """A fixed line of the companion's own; it passes the guard like every sentence."""
        verdict = self.responder.guard.check(text)
        if verdict.passed:
            self.speak(text)

    # Turn handling ------------------------------------------------------------
    def on_person_text(self, text: str, timings: TurnTimings | None = None, typed: bool = False) -> None:
        self._last_heard = time.monotonic()
        self._checked_in = False
        text = " ".join(text.split())
        if not text:
            return
        if not typed:   # a typed line is already on the screen
            self.captions.heard(text)
        command = recognise(text)
        if command is not None:
            self.on_command(command)
            return
        # Anything else is a new turn: what was held from an interrupted reply is dropped.
        self.speaker.clear()
        if self._job is not None and not self._job.done.is_set():
            self._job.cancel()
            if not self._job.spoken:
                # The reply had not been heard at all: the person was still talking.
                text = f"{self._job.text} {text}"
                if self.conversation.turns and self.conversation.turns[-1].role == "person":
                    self.conversation.turns.pop()
        history = list(self.conversation.turns)
        self.conversation.add("person", text)   # saved before replying: never lost
        if timings:
            timings.text = text
        self._job = ReplyJob(self, history, text, timings).start()

    # Push-to-talk ---------------------------------------------------------------
    def toggle_push_to_talk(self) -> None:
        if not self._ptt_recording:
            self.speaker.pause()
            self._ptt_recording, self._ptt_frames = True, []
            self.captions.status("Recording. Press Enter when you're done.")
            return
        self._ptt_recording = False
        frames, self._ptt_frames = self._ptt_frames, []
        self.captions.status("Got it.")
        if frames:
            now = time.monotonic()
            self.on_utterance(np.concatenate(frames), TurnTimings(speech_end=now, endpoint=now))

    # The loop --------------------------------------------------------------------
    def _read_typed(self) -> None:
        for line in self._text_input:
            self._typed.put(readable(line).rstrip("\n"))
        self._typed.put(None)

    def _handle_typed(self) -> None:
        while True:
            try:
                line = self._typed.get_nowait()
            except queue.Empty:
                return
            if line is None:          # end of input: typing is over, speech goes on
                self._text_input = None
                continue
            stripped = line.strip()
            if self.mode == "push_to_talk" and not stripped:
                self.toggle_push_to_talk()
            elif stripped.lower() in ("/quit", "/exit", "/bye"):
                self.on_command(Command("goodbye", stripped))
            elif stripped.lower() in ("/help", "/?"):
                self.on_command(Command("help", stripped))
            elif stripped:
                self.on_person_text(stripped, typed=True)

    def _finish_job(self) -> None:
        job = self._job
        if job is None or not job.done.is_set():
            return
        if job.spoken or job.queued:
            self._last_reply = [i.text for i in job.queued]
        if job.timings and job.timings.first_audio is not None and self.timings_out:
            print(json.dumps(job.timings.as_dict()), file=self.timings_out, flush=True)
            job.timings = None
        if job.error:
            self.captions.status(f"The language model failed ({job.error}); I answered without it.")
            job.error = None
        # What was heard of the reply goes into the conversation once playback is over.
        if not self.speaker.active and not job.recorded:
            if job.spoken:
                self.conversation.add("companion", " ".join(job.spoken))
            job.recorded = True

    def _maybe_check_in(self) -> None:
        if not self.check_in_on or self._checked_in or self.mode == "push_to_talk":
            return
        if self.speaker.active or self.endpointer.in_speech or (self._job and not self._job.done.is_set()):
            return
        quiet_for = time.monotonic() - max(self._last_heard, self.speaker.last_sound_at)
        if quiet_for >= self.cfg.listening.check_in_after_s:
            self._checked_in = True
            self.say_fixed(self.phrases.check_in)

    def _go_on_in_text(self, problem: str) -> bool:
        """A device went away mid-session: keep the conversation and go on in
        text (replies as captions) if the person can type; else stop."""
        problem = f"{problem[0].upper()}{problem[1:]}"
        unplayed = [item for item in self.speaker.held() if item.started_at is None]
        self.speaker.clear()
        if self._text_input is None:
            self.captions.status(f"{problem}. Your conversation is saved; {self.text_alternative}.")
            return False
        self.captions.status(f"{problem}. Your conversation is saved, and we can go on in text: type here, and "
                             "my replies appear as captions. Start again to use your voice.")
        # A reply still being written goes on to the new speaker (the reply job
        # looks it up for each sentence); what had not been played is shown.
        self.mic, self.speaker = NoMicrophone(), CaptionOnlySpeaker()
        for item in unplayed:
            self.speaker.enqueue(item)
        self.endpointer.reset()
        return True

    def run(self) -> int:
        intro = self.responder.introduction()
        self.speak(intro.text)
        self.conversation.add("companion", intro.text)
        self.captions.status(self.phrases.push_to_talk if self.mode == "push_to_talk"
                             else "Listening. Speak whenever you're ready, or type. Say goodbye to end.")
        if self._text_input is not None:
            threading.Thread(target=self._read_typed, daemon=True, name="typed").start()
        while self._running:
            captured = self.mic.read(timeout=0.05)
            if captured is not None:
                self.on_frame(*captured)
            self._handle_typed()
            self._finish_job()
            self._maybe_check_in()
            problem = self.mic.failed or self.speaker.failed
            if problem and not self._go_on_in_text(problem):
                return 3
        # Goodbye: let the last words play out.
        self.speaker.wait_idle(timeout=15)
        while self.speaker.active:
            time.sleep(0.05)
        time.sleep(0.2)
        return 0


def run_talk(cfg: Config, options: TalkOptions, build_responder, on_end=None) -> int:
    """Open the devices first (fail fast, plainly), then load and warm the models.
    ``on_end(loop)`` runs after a goodbye, while the devices are still open."""
    from .audio_devices import resolve_device
    from .microphone import Microphone
    from .speaker import Speaker
    from .synthesis import Pyttsx3Synthesizer
    from .transcriber import transcriber_from_config
    from .vad import SileroVoiceActivity
    from .voices import load_settings, load_voice_profile

    started = time.monotonic()
    out = sys.stdout
    captions_status = CaptionWriter(out).status
    speaker = Speaker(resolve_device(options.output_device or cfg.listening.output_device, "output"))
    try:
        mic = Microphone(resolve_device(options.input_device or cfg.listening.input_device, "input"))
    except CompanionError:
        speaker.close()
        raise
    timings = open(options.timings_path, "a", buffering=1) if options.timings_path else None
    try:
        captions_status("Loading the speech models")
        transcriber = transcriber_from_config(cfg)
        vad = SileroVoiceActivity()
        synthesizer = Pyttsx3Synthesizer(cfg.safety.phone_numbers())
        captions_status("Loading the language model")
        responder = build_responder(cfg)
        responder.warm()
        settings = load_settings(cfg.data_dir)
        voice = load_voice_profile(cfg.voices_dir, cfg.voice.profile)
        loop = VoiceLoop(cfg, responder, transcriber, vad, synthesizer, mic, speaker, voice, settings,
                         CaptionWriter(out, companion=responder.prompts.persona.name),
                         text_input=sys.stdin if options.typing else None, mode=options.mode, timings_out=timings)
        responder.attach(loop)
        captions_status(f"Ready in {time.monotonic() - started:.1f} s")
        mic.drain()   # what was recorded while loading is not a turn
        code = loop.run()
        if code == 0 and on_end is not None:
            on_end(loop)
        return code
    finally:
        mic.close()
        speaker.close()
        if timings:
            timings.close()
