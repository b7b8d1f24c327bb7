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
"""
from __future__ import annotations

import json
import os
import queue
import sys
import threading
import time
import tomllib
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import numpy as np

from .audio_io import SAMPLE_RATE, CaptionOnlySpeaker, NoMicrophone, PlaybackItem
from .barge_in import BargeInDetector, is_own_echo, rms
from .captions import CaptionWriter
from .config import Config
from .conversation import Conversation, readable
from .endpointing import Endpointer, EndpointerSettings, UtteranceDiscarded, UtteranceEnded
from .errors import CompanionError, ConfigError
from .responder import Responder
from .sessions import SessionStore
from .synthesis import Synthesizer
from .transcriber import Transcriber
from .vad import VoiceActivity
from .voice_commands import HELP_TEXT, Command, recognise
from .voices import UserSettings, VoiceProfile, save_settings

ECHO_TAIL_S = 0.5        # after playback, the room (or the sound system's buffers) still carry our voice
ECHO_TEXT_WINDOW_S = 4.0
ECHO_WINDOW_S = 0.4      # longer than the echo path's delay (0.1-0.15 s measured through PulseAudio)
ASK_AGAIN_EVERY_S = 60.0   # at most this often, "I didn't catch that" for unclear sound


@dataclass(frozen=True)
class VoicePhrases:
    listening: str
    check_in: str
    goodbye: str
    paused: str
    nothing_to_repeat: str
    nothing_to_continue: str
    slower: str
    faster: str
    louder: str
    softer: str
    slowest: str
    fastest: str
    loudest: str
    softest: str
    relaxed: str
    normal: str
    check_in_off: str
    check_in_on: str
    push_to_talk: str
    not_caught: str


def load_voice_phrases(prompts_dir: Path) -> VoicePhrases:
    path = prompts_dir / "voice.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"missing prompt file {path}") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path} is not valid TOML: {e}") from None
    names = VoicePhrases.__dataclass_fields__
    missing = [k for k in names if not isinstance(data.get(k), str)]
    if missing:
        raise ConfigError(f"{path}: missing text for {', '.join(missing)}")
    return VoicePhrases(**{k: data[k] for k in names})


def endpointer_settings(cfg: Config, mode: str) -> EndpointerSettings:
    lc = cfg.listening
    end = lc.relaxed_end_silence_ms if mode == "relaxed" else lc.end_silence_ms
    return EndpointerSettings(threshold=lc.vad_threshold, release=max(0.05, lc.vad_threshold - 0.15),
                              end_silence_ms=end, pre_roll_ms=lc.pre_roll_ms, min_speech_ms=lc.min_speech_ms,
                              max_utterance_s=lc.max_utterance_s)


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
        self.stream = None
        self.thread = threading.Thread(target=self._run, daemon=True, name="reply")

    def start(self) -> "ReplyJob":
        self.thread.start()
        return self

    def cancel(self) -> None:
        self.cancelled.set()
        stream = self.stream
        if stream is not None and hasattr(stream, "cancel"):
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
            delay = getattr(self.loop.speaker, "output_delay", 0.0) or 0.0
            self.timings.first_audio = (item.started_at or time.monotonic()) + delay


class VoiceLoop:
    def __init__(self, cfg: Config, responder: Responder, transcriber: Transcriber, vad: VoiceActivity,
                 synthesizer: Synthesizer, microphone, speaker, voice: VoiceProfile,
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
        # Objects told what was heard and what was spoken, with its length in
        # seconds (``heard(text, seconds)``, ``spoke(text, seconds)``); rehearsal
        # uses them to measure talk time.
        self.observers: list = []
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
            self._notify("spoke", item.text, item.speech.seconds)
            if on_start:
                on_start(item)

        item = PlaybackItem(speech, text, started)
        self.speaker.enqueue(item)
        return item

    def _notify(self, event: str, text: str, seconds: float) -> None:
        for observer in self.observers:
            handler = getattr(observer, event, None)
            if handler is not None:
                try:
                    handler(" ".join(text.split()), seconds)
                except Exception:   # an observer must never take the session down
                    pass

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

    def on_command(self, command: Command) -> None:
        p = self.phrases
        name = command.name
        if name == "pause":
            self.speaker.pause()
            return
        if name == "continue":
            if self.speaker.held() and self.speaker.paused:
                self.speaker.resume()
            else:
                self.speaker.clear()
                self.say_fixed(p.nothing_to_continue)
            return
        if name == "repeat":
            self.speaker.clear()
            last = self._last_reply or [t for _, t in self._recently_said][-3:]
            if not last:
                self.say_fixed(p.nothing_to_repeat)
            for sentence in last:
                self.speak(sentence)
            return
        if name == "goodbye":
            self.speaker.clear()
            if self._job:
                self._job.cancel()
            if p.goodbye:
                self.say_fixed(p.goodbye)
            self._running = False
            return
        if name == "help":
            self.speaker.clear()
            self.say_fixed(HELP_TEXT)
            return
        if name in ("slower", "faster", "louder", "softer"):
            before = self.voice
            self.voice = getattr(self.voice, name)()
            self.settings.rate_wpm, self.settings.volume = self.voice.rate_wpm, self.voice.volume
            self._save_settings()
            limit = {"slower": p.slowest, "faster": p.fastest, "louder": p.loudest, "softer": p.softest}[name]
            ack = getattr(p, name) if self.voice != before else limit
            held = [i.text for i in self.speaker.held()] if self.speaker.paused else []
            self.speaker.clear()
            self.say_fixed(ack)
            for text in held:   # what was interrupted goes on in the new voice
                self.speak(text)
            return
        if name in ("relaxed", "normal"):
            self._set_mode(name)
            self.speaker.clear()
            self.say_fixed(getattr(p, name))
            return
        if name in ("check_in_off", "check_in_on"):
            self.check_in_on = name == "check_in_on"
            self.settings.check_in = self.check_in_on
            self._save_settings()
            self.speaker.clear()
            self.say_fixed(getattr(p, name))

    def _set_mode(self, mode: str) -> None:
        self.mode = mode
        self.settings.listening_mode = mode
        self.endpointer = Endpointer(endpointer_settings(self.cfg, mode))
        self._save_settings()

    def _save_settings(self) -> None:
        if not self.save_user_settings:
            return
        problem = save_settings(self.cfg.data_dir, self.settings)
        if problem:
            self.captions.status(problem)

    # Audio handling ------------------------------------------------------------
    def _companion_busy(self, captured_at: float) -> bool:
        if self._speaking_in_tail:
            return self.speaker.active
        return self.speaker.active or (captured_at - self.speaker.last_sound_at) < ECHO_TAIL_S

    def on_frame(self, frame: np.ndarray, arrived: float) -> None:
        """``arrived``: when the frame was captured (see ``Microphone.read``)."""
        self._last_capture = arrived
        probability = self.vad.probability(frame)
        if self.mode == "push_to_talk":
            if self._ptt_recording:
                self._ptt_frames.append(frame)
            return
        if self._companion_busy(arrived):
            self._recent_frames.append((frame, probability))
            if self.speaker.active:
                self._speaking_in_tail = False
                if self.cfg.listening.barge_in and self.barge_in.update(
                        probability, rms(frame), self.speaker.recent_level(ECHO_WINDOW_S), self.speaker.sounding_for()):
                    # ``arrived`` is when the deciding frame began; the first frame counted began earlier
                    self._barge_in(arrived - (self.barge_in.settings.frames_needed - 1) * frame.size / SAMPLE_RATE)
            elif self.barge_in.update(probability, rms(frame), self.speaker.recent_level(ECHO_WINDOW_S), 0.0):
                self._speech_in_echo_tail()
            return
        self.barge_in.reset_run()
        for event in self.endpointer.push(frame, probability):
            if isinstance(event, UtteranceEnded):
                lag = event.ended_at_s - event.speech_ended_at_s
                self.on_utterance(event.audio, TurnTimings(speech_end=arrived - lag, endpoint=time.monotonic()))
            elif isinstance(event, UtteranceDiscarded):
                self._resume_after_false_alarm()

    def _speech_in_echo_tail(self) -> None:
        """The person began just as the companion finished, while its echo
        could still be in the room: their voice is clearly louder than that
        echo, so they are listened to now, and the frames that showed it (with
        a pre-roll's worth before them) are the start of what they say.
        Waiting out the tail lost their first words."""
        self._speaking_in_tail = True
        self.barge_in.reset_run()
        keep = self.barge_in.settings.frames_needed + self.endpointer.pre_roll_frames
        recent = list(self._recent_frames)[-keep:]
        self._recent_frames.clear()
        for frame, probability in recent:
            self.endpointer.push(frame, probability)

    def _barge_in(self, speech_began: float | None = None) -> None:
        """The person is speaking over the companion: stop at once, and listen.
        ``speech_began``: when the first frame that decided it was captured."""
        self.speaker.pause()
        if self.timings_out:
            # When it was decided, and how long the sound system still plays
            # what it already has: the sound stops at their sum.
            delay = getattr(self.speaker, "output_delay", 0.0) or 0.0
            print(json.dumps({"event": "barge_in", "speech_began_at": speech_began, "paused_at": time.monotonic(),
                              "output_delay_s": round(delay, 4)}), file=self.timings_out, flush=True)
        self.barge_in.reset_run()
        self.endpointer.reset()
        # The frames that triggered it are the start of what they are saying.
        recent = list(self._recent_frames)
        self._recent_frames.clear()
        for frame, probability in recent:
            self.endpointer.push(frame, probability)

    def on_utterance(self, audio: np.ndarray, timings: TurnTimings | None = None) -> None:
        result = self.transcriber.transcribe(audio)
        if self.debug_dir:
            self._save_debug(audio, result)
        if timings:
            timings.transcribed = time.monotonic()
        if not result.is_speech:
            speaking = self.speaker.active or (self.speaker.paused and bool(self.speaker.held()))
            self._resume_after_false_alarm()
            if result.unclear and not speaking and time.monotonic() - self._asked_again_at > ASK_AGAIN_EVERY_S:
                # maybe words, maybe a television: no phantom transcript, and
                # nothing lost either, the person is asked (not too often)
                self._asked_again_at = time.monotonic()
                self.captions.status("(not caught clearly)")
                self.say_fixed(self.phrases.not_caught)
            return
        now = time.monotonic()
        recent = " ".join(t for at, t in self._recently_said if now - at < ECHO_TEXT_WINDOW_S + 30)
        if is_own_echo(result.text, recent) and now - self.speaker.last_sound_at < ECHO_TEXT_WINDOW_S:
            self._resume_after_false_alarm()
            return
        self._notify("heard", result.text, audio.size / SAMPLE_RATE)
        self.on_person_text(result.text, timings)

    def _save_debug(self, audio: np.ndarray, result) -> None:
        """With COMPANION_DEBUG_AUDIO set to a folder, every utterance is kept there
        with what Whisper made of it: for diagnosing phantom or missed turns."""
        import wave

        self._debug_n += 1
        base = Path(self.debug_dir) / f"utterance-{self._debug_n:03d}"
        try:
            base.parent.mkdir(parents=True, exist_ok=True)
            with wave.open(str(base.with_suffix(".wav")), "wb") as w:
                w.setnchannels(1), w.setsampwidth(2), w.setframerate(16000)
                w.writeframes(audio.astype("<i2").tobytes())
            base.with_suffix(".json").write_text(json.dumps(
                {"text": result.text, "no_speech_prob": result.no_speech_prob, "avg_logprob": result.avg_logprob,
                 "is_speech": result.is_speech, "speaker_active": self.speaker.active,
                 "since_sound_s": time.monotonic() - self.speaker.last_sound_at,
                 "output_delay_s": getattr(self.speaker, "output_delay", None),
                 "input_delay_s": getattr(self.mic, "input_delay", None),
                 "captured_since_sound_s": self._last_capture - self.speaker.last_sound_at}))
        except OSError:
            pass

    def _resume_after_false_alarm(self) -> None:
        # A barge-in that was only a cough, noise or our own echo: the
        # companion carries on, and trusts the microphone a little less.
        if self.speaker.paused and self.speaker.held():
            self.barge_in.distrust()
            self.speaker.resume()

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
            problem = getattr(self.mic, "failed", None) or getattr(self.speaker, "failed", None)
            if problem and not self._go_on_in_text(problem):
                return 3
        # Goodbye: let the last words play out.
        self.speaker.wait_idle(timeout=15)
        while self.speaker.active:
            time.sleep(0.05)
        time.sleep(0.2)
        return 0


def run_talk(cfg: Config, args, build_responder, on_end=None) -> int:
    """Open the devices first (fail fast, plainly), then load and warm the models.
    ``on_end(loop)`` runs after a goodbye, while the devices are still open."""
    from .audio_io import Microphone, Speaker, resolve_device
    from .synthesis import Pyttsx3Synthesizer
    from .transcriber import transcriber_from_config
    from .vad import SileroVoiceActivity
    from .voices import load_settings, load_voice_profile

    started = time.monotonic()
    out = sys.stdout
    captions_status = CaptionWriter(out).status
    mode = "push_to_talk" if args.push_to_talk else "relaxed" if args.relaxed else None
    speaker = Speaker(resolve_device(args.output_device or cfg.listening.output_device, "output"))
    try:
        mic = Microphone(resolve_device(args.input_device or cfg.listening.input_device, "input"))
    except CompanionError:
        speaker.close()
        raise
    timings = open(args.timings, "a", buffering=1) if getattr(args, "timings", None) else None
    try:
        captions_status("Loading the speech models")
        transcriber = transcriber_from_config(cfg)
        vad = SileroVoiceActivity()
        synthesizer = Pyttsx3Synthesizer(cfg.safety.phone_numbers())
        captions_status("Loading the language model")
        responder = build_responder(cfg)
        warm = getattr(responder, "warm", None)
        if warm:
            warm()
        settings = load_settings(cfg.data_dir)
        voice = load_voice_profile(cfg.voices_dir, cfg.voice.profile)
        loop = VoiceLoop(cfg, responder, transcriber, vad, synthesizer, mic, speaker, voice, settings,
                         CaptionWriter(out, companion=responder.prompts.persona.name),
                         text_input=None if args.no_typing else sys.stdin, mode=mode, timings_out=timings)
        attach = getattr(responder, "attach", None)
        if attach:
            attach(loop)
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
