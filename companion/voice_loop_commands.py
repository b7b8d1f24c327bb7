"""What the voice loop does with a voice command (part of ``talk.VoiceLoop``):
pause, continue, say that again, slower, faster, louder, softer, relaxed or
normal listening, check-ins on or off, help, goodbye."""
from __future__ import annotations

from .endpointing import Endpointer
from .voice_commands import HELP_TEXT, Command
from .voice_loop_audio import endpointer_settings
from .voices import save_settings


class VoiceLoopCommands:
    """The voice-command side of ``VoiceLoop``, which it is a part of."""

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
