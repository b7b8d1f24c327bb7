"""How the voice loop listens (part of ``talk.VoiceLoop``): each microphone
frame through voice activity and endpointing, barge-in while the companion
speaks, its own echo told from the person, and each utterance through
Whisper; and the endpointer's settings from the config."""
from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np

from .audio_format import SAMPLE_RATE
from .barge_in import is_own_echo, rms
from .config import Config
from .endpointing import EndpointerSettings, UtteranceDiscarded, UtteranceEnded
from .reply_job import TurnTimings

ECHO_TAIL_S = 0.5        # after playback, the room (or the sound system's buffers) still carry our voice
ECHO_TEXT_WINDOW_S = 4.0
ECHO_WINDOW_S = 0.4      # longer than the echo path's delay (0.1-0.15 s measured through PulseAudio)
ASK_AGAIN_EVERY_S = 60.0   # at most this often, "I didn't catch that" for unclear sound


def endpointer_settings(cfg: Config, mode: str) -> EndpointerSettings:
    lc = cfg.listening
    end = lc.relaxed_end_silence_ms if mode == "relaxed" else lc.end_silence_ms
    return EndpointerSettings(threshold=lc.vad_threshold, release=max(0.05, lc.vad_threshold - 0.15),
                              end_silence_ms=end, pre_roll_ms=lc.pre_roll_ms, min_speech_ms=lc.min_speech_ms,
                              max_utterance_s=lc.max_utterance_s)


class VoiceLoopAudio:
    """The microphone side of ``VoiceLoop``, which it is a part of."""

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
            delay = self.speaker.output_delay or 0.0
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
        self._tell_heard(result.text, audio.size / SAMPLE_RATE)
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
                 "output_delay_s": self.speaker.output_delay,
                 "input_delay_s": self.mic.input_delay,
                 "captured_since_sound_s": self._last_capture - self.speaker.last_sound_at}))
        except OSError:
            pass

    def _resume_after_false_alarm(self) -> None:
        # A barge-in that was only a cough, noise or our own echo: the
        # companion carries on, and trusts the microphone a little less.
        if self.speaker.paused and self.speaker.held():
            self.barge_in.distrust()
            self.speaker.resume()
