"""What the voice loop does with a voice command (part of ``talk.VoiceLoop``):
pause, continue, say that again, slower, faster, louder, softer, relaxed or
normal listening, check-ins on or off, help, goodbye."""
from __future__ import annotations

from collections.abc import Callable

from .endpointing import Endpointer
from .voice_commands import HELP_TEXT, Command
from .voice_loop_audio import endpointer_settings
from .voice_phrases import VoicePhrases
from .voices import VoiceProfile, save_settings

# A change of voice: the changed voice, what is said when it changed, and
# what is said when it is already at its limit.
_VOICE_CHANGES: dict[str, tuple[Callable[[VoiceProfile], VoiceProfile], Callable[[VoicePhrases], str],
                                Callable[[VoicePhrases], str]]] = {
    "slower": (VoiceProfile.slower, lambda p: p.slower, lambda p: p.slowest),
    "faster": (VoiceProfile.faster, lambda p: p.faster, lambda p: p.fastest),
    "louder": (VoiceProfile.louder, lambda p: p.louder, lambda p: p.loudest),
    "softer": (VoiceProfile.softer, lambda p: p.softer, lambda p: p.softest),
}
# A change of listening mode, and what is said then.
_MODES: dict[str, Callable[[VoicePhrases], str]] = {
    "relaxed": lambda p: p.relaxed,
    "normal": lambda p: p.normal,
}
# Check-ins on or off, and what is said then.
_CHECK_INS: dict[str, tuple[bool, Callable[[VoicePhrases], str]]] = {
    "check_in_on": (True, lambda p: p.check_in_on),
    "check_in_off": (False, lambda p: p.check_in_off),
}


class VoiceLoopCommands:
    """The voice-command side of ``VoiceLoop``, which it is a part of."""

    def on_command(self, command: Command) -> None:
        name = command.name
        if name in _VOICE_CHANGES:
            self._change_voice(*_VOICE_CHANGES[name])
        elif name in _MODES:
            self._set_mode(name)
            self.speaker.clear()
            self.say_fixed(_MODES[name](self.phrases))
        elif name in _CHECK_INS:
            self._set_check_in(*_CHECK_INS[name])
        else:
            {"pause": self.speaker.pause, "continue": self._continue, "repeat": self._repeat,
             "goodbye": self._goodbye, "help": self._help}[name]()

    def _continue(self) -> None:
        if self.speaker.held() and self.speaker.paused:
            self.speaker.resume()
        else:
            self.speaker.clear()
            self.say_fixed(self.phrases.nothing_to_continue)

    def _repeat(self) -> None:
        self.speaker.clear()
        last = self._last_reply or [t for _, t in self._recently_said][-3:]
        if not last:
            self.say_fixed(self.phrases.nothing_to_repeat)
        for sentence in last:
            self.speak(sentence)

    def _goodbye(self) -> None:
        self.speaker.clear()
        if self._job:
            self._job.cancel()
        if self.phrases.goodbye:
            self.say_fixed(self.phrases.goodbye)
        self._running = False

    def _help(self) -> None:
        self.speaker.clear()
        self.say_fixed(HELP_TEXT)

    def _change_voice(self, changed: Callable[[VoiceProfile], VoiceProfile], said: Callable[[VoicePhrases], str],
                      at_limit: Callable[[VoicePhrases], str]) -> None:
        before = self.voice
        self.voice = changed(self.voice)
        self.settings.rate_wpm, self.settings.volume = self.voice.rate_wpm, self.voice.volume
        self._save_settings()
        ack = said(self.phrases) if self.voice != before else at_limit(self.phrases)
        held = [i.text for i in self.speaker.held()] if self.speaker.paused else []
        self.speaker.clear()
        self.say_fixed(ack)
        for text in held:   # what was interrupted goes on in the new voice
            self.speak(text)

    def _set_check_in(self, on: bool, said: Callable[[VoicePhrases], str]) -> None:
        self.check_in_on = on
        self.settings.check_in = on
        self._save_settings()
        self.speaker.clear()
        self.say_fixed(said(self.phrases))

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
