"""The voice loop's logic with fake devices and models: no sound card, no Whisper."""
import json

import numpy as np
import pytest

from companion.captions import CaptionWriter
from companion.config import Config
from companion.talk import VoiceLoop
from companion.voices import VoiceProfile, load_settings

from voice_loop_fakes import FRAME, UNCLEAR, FakeMic, FakeSpeaker, FakeSynth, FakeTranscriber, FakeVAD


@pytest.fixture
def make_loop(make_responder, tmp_path):
    def make(transcripts=(), model_outputs=("That sounds like a hard week. ", "What happened? "), hold=False):
        responder, _ = make_responder(list(model_outputs))
        cfg = Config()
        cfg.paths.data_dir = str(tmp_path / "data")
        out = open(tmp_path / "captions.txt", "w+")
        loop = VoiceLoop(cfg, responder, FakeTranscriber(transcripts), FakeVAD(), FakeSynth(), FakeMic(),
                         FakeSpeaker(hold), VoiceProfile(), captions=CaptionWriter(out, companion="Sam"))
        loop.captions_file = out
        return loop
    return make


def speak_frames(loop, speech_frames=20, silence_frames=40, loud=3000):
    for _ in range(speech_frames):
        loop.on_frame(np.full(FRAME, loud, np.int16), 0.0)
    for _ in range(silence_frames):
        loop.on_frame(np.zeros(FRAME, np.int16), 0.0)


def settle(loop):
    if loop._job:
        loop._job.thread.join(10)
    loop._finish_job()


def captions(loop):
    loop.captions_file.flush()
    loop.captions_file.seek(0)
    return loop.captions_file.read().splitlines()


def test_an_utterance_gets_a_guarded_spoken_reply_with_captions(make_loop):
    loop = make_loop(["I had a really hard week at work."])
    speak_frames(loop)
    settle(loop)
    assert loop.speaker.played == ["That sounds like a hard week.", "What happened?"]
    assert captions(loop) == ["You: I had a really hard week at work.", "Sam: That sounds like a hard week.",
                              "Sam: What happened?"]
    roles = [t.role for t in loop.conversation.turns]
    assert roles == ["person", "companion"]
    saved = [json.loads(line) for line in loop.conversation.session_file.path.read_text().splitlines()]
    assert saved[0]["text"] == "I had a really hard week at work."


def test_silence_is_never_transcribed(make_loop):
    loop = make_loop(["should not be used"])
    for _ in range(300):
        loop.on_frame(np.zeros(FRAME, np.int16), 0.0)
    assert loop.transcriber.calls == 0 and loop.speaker.played == []


def test_words_that_cannot_be_trusted_are_asked_for_again_not_answered(make_loop):
    loop = make_loop([UNCLEAR, UNCLEAR])
    speak_frames(loop)
    settle(loop)
    assert loop.speaker.played == [loop.phrases.not_caught]
    assert loop.conversation.turns == []   # no phantom transcript saved or answered
    speak_frames(loop)   # the television again, within the minute: not asked again
    settle(loop)
    assert loop.speaker.played == [loop.phrases.not_caught]


def test_noise_that_whisper_calls_no_speech_gets_no_reply(make_loop):
    loop = make_loop([None])
    speak_frames(loop)
    settle(loop)
    assert loop.transcriber.calls == 1
    assert loop.speaker.played == [] and loop.conversation.turns == []


def test_slower_changes_the_voice_and_is_remembered(make_loop):
    loop = make_loop(["Slower, please."])
    rate = loop.voice.rate_wpm
    speak_frames(loop)
    assert loop.voice.rate_wpm == rate - 30
    assert loop.speaker.played == [loop.phrases.slower]
    assert loop.synthesizer.voices[-1].rate_wpm == rate - 30
    assert load_settings(loop.cfg.data_dir).rate_wpm == rate - 30
    assert loop.conversation.turns == []   # a command is not a conversation turn


def test_the_rate_stops_at_its_limits(make_loop):
    loop = make_loop(["Faster."] * 12)
    for _ in range(12):
        speak_frames(loop)
    assert loop.voice.rate_wpm == 450
    assert loop.speaker.played[-1] == loop.phrases.fastest


def test_say_that_again_repeats_the_last_reply(make_loop):
    loop = make_loop(["I lost my job today.", "Say that again."])
    speak_frames(loop)
    settle(loop)
    speak_frames(loop)
    assert loop.speaker.played == ["That sounds like a hard week.", "What happened?"] * 2


def test_a_barge_in_pauses_at_once_and_a_false_alarm_resumes(make_loop):
    loop = make_loop(["I had a hard week.", None], hold=True)
    speak_frames(loop)
    settle(loop)
    assert loop.speaker.active
    # the person (a cough, as it turns out) is much louder than the companion's echo
    for _ in range(4):
        loop.on_frame(np.full(FRAME, 20000, np.int16), 0.0)
    assert loop.speaker.paused
    for _ in range(40):
        loop.on_frame(np.zeros(FRAME, np.int16), 0.0)
    assert not loop.speaker.paused and loop.speaker.held()


def test_words_begun_in_the_echo_tail_are_kept(make_loop):
    """The person starts 0.1 s after the companion's last sound, inside the
    0.5 s in which its echo may still be heard: all of their words reach
    Whisper, not only those after the tail."""
    loop = make_loop(["I wanted to say something."])
    heard = []
    transcribe = loop.transcriber.transcribe
    loop.transcriber.transcribe = lambda audio: heard.append(np.count_nonzero(audio) / 16000) or transcribe(audio)
    loop.speaker.last_sound_at = 100.0
    t = 100.1
    for i in range(25):      # 0.8 s of speech, from 0.1 s after the last sound
        loop.on_frame(np.full(FRAME, 3000, np.int16), t)
        t += 0.032
    for _ in range(40):
        loop.on_frame(np.zeros(FRAME, np.int16), t)
        t += 0.032
    settle(loop)
    assert heard and heard[0] >= 25 * 0.032 - 0.001, f"only {heard} s of their 0.8 s of speech reached Whisper"


def test_the_companion_s_own_echo_in_the_tail_is_not_taken_for_the_person(make_loop):
    loop = make_loop(["should not be heard"])
    loop.speaker.recent_level = lambda window_s=0.6: 0.2    # its own voice still fills the room
    loop.speaker.last_sound_at = 100.0
    t = 100.05
    for _ in range(12):       # as loud as its echo, inside the tail
        loop.on_frame(np.full(FRAME, 3000, np.int16), t)
        t += 0.032
    assert loop.transcriber.calls == 0 and not loop._speaking_in_tail


def test_a_barge_in_with_a_new_turn_drops_the_rest_of_the_reply(make_loop):
    loop = make_loop(["I had a hard week.", "Actually it was my sister."],
                     model_outputs=["That sounds like a hard week. ", "What happened? ", "Your sister? ", ""],
                     hold=True)
    speak_frames(loop)
    settle(loop)
    for _ in range(4):
        loop.on_frame(np.full(FRAME, 20000, np.int16), 0.0)
    assert loop.speaker.paused
    speak_frames(loop, speech_frames=10)
    settle(loop)
    assert loop.conversation.turns[-1].text == "Actually it was my sister." or \
        loop.conversation.turns[-2].text == "Actually it was my sister."
    assert "Your sister?" in loop.speaker.played


def test_pause_and_continue(make_loop):
    loop = make_loop(["I had a hard week.", "Stop.", "Go on."], hold=True)
    speak_frames(loop)
    settle(loop)
    for _ in range(4):
        loop.on_frame(np.full(FRAME, 20000, np.int16), 0.0)
    speak_frames(loop)      # "Stop."
    assert loop.speaker.paused and loop.speaker.held()
    speak_frames(loop)      # "Go on."
    assert not loop.speaker.paused and loop.speaker.held()


def test_goodbye_ends_the_session_with_a_goodbye(make_loop):
    loop = make_loop(["Okay, goodbye."])
    speak_frames(loop)
    assert loop._running is False
    assert loop.speaker.played[-1] == loop.phrases.goodbye


def test_a_disclosure_of_risk_gets_the_safety_message(make_loop):
    loop = make_loop(["I want to kill myself."])
    speak_frames(loop)
    settle(loop)
    assert any("988" in s for s in loop.speaker.played)


def test_typed_lines_are_taken_like_speech(make_loop):
    loop = make_loop([])
    loop._typed.put("I can't sleep again.")
    loop._handle_typed()
    settle(loop)
    assert loop.conversation.turns[0].text == "I can't sleep again."
    assert loop.speaker.played == ["That sounds like a hard week.", "What happened?"]


def test_every_fixed_voice_phrase_passes_the_guard(make_loop):
    loop = make_loop([])
    from dataclasses import asdict
    for name, text in asdict(loop.phrases).items():
        assert loop.responder.guard.check(text).passed, name


class FailingMic(FakeMic):
    """Works for a few reads, then reports that it was unplugged."""

    def __init__(self, reads=3):
        self.reads, self.failed = reads, None

    def read(self, timeout=0.1):
        self.reads -= 1
        if self.reads <= 0:
            self.failed = "the microphone stopped (was it unplugged?)"
        return None


class SlowLines:
    """Typed lines that arrive one at a time, a little apart."""

    def __init__(self, lines, gap=0.3):
        self.lines, self.gap = lines, gap

    def __iter__(self):
        import time
        for line in self.lines:
            time.sleep(self.gap)
            yield line + "\n"


def test_a_device_that_goes_away_mid_session_leaves_the_conversation_going_in_text(make_responder, tmp_path):
    responder, _ = make_responder(["That sounds like a hard week. ", "What happened? "])
    cfg = Config()
    cfg.paths.data_dir = str(tmp_path / "data")
    out = open(tmp_path / "captions.txt", "w+")
    loop = VoiceLoop(cfg, responder, FakeTranscriber([]), FakeVAD(), FakeSynth(), FailingMic(), FakeSpeaker(),
                     VoiceProfile(), captions=CaptionWriter(out, companion="Sam"),
                     text_input=SlowLines(["I had a really hard week at work.", "/quit"], gap=0.5))
    assert loop.run() == 0
    out.seek(0)
    lines = out.read().splitlines()
    notice = next(i for i, line in enumerate(lines) if "unplugged" in line)
    assert "go on in text" in lines[notice] and "saved" in lines[notice]
    assert "Sam: That sounds like a hard week." in lines[notice:]
    assert [t.role for t in loop.conversation.turns][-2:] == ["person", "companion"]
    saved = list((tmp_path / "data" / "sessions").glob("*-talk-*.jsonl"))
    assert saved and "hard week" in saved[0].read_text()


def test_without_a_keyboard_a_lost_device_ends_the_session_plainly(make_responder, tmp_path):
    responder, _ = make_responder([])
    cfg = Config()
    cfg.paths.data_dir = str(tmp_path / "data")
    out = open(tmp_path / "captions.txt", "w+")
    loop = VoiceLoop(cfg, responder, FakeTranscriber([]), FakeVAD(), FakeSynth(), FailingMic(), FakeSpeaker(),
                     VoiceProfile(), captions=CaptionWriter(out, companion="Sam"), text_input=None)
    assert loop.run() == 3
    out.seek(0)
    assert "`companion chat`" in out.read()


def test_push_to_talk_hears_only_between_the_two_presses(make_loop):
    loop = make_loop(["I feel stuck at work."])
    loop.mode = "push_to_talk"
    speak_frames(loop)                         # talking before the key: not a turn
    assert loop.transcriber.calls == 0
    loop.toggle_push_to_talk()                 # Enter: recording
    speak_frames(loop, silence_frames=80)      # a long pause inside the turn does not end it
    assert loop.transcriber.calls == 0
    loop.toggle_push_to_talk()                 # Enter again: the turn is over
    settle(loop)
    assert loop.transcriber.calls == 1
    assert "You: I feel stuck at work." in captions(loop)
    assert loop.speaker.played[-2:] == ["That sounds like a hard week.", "What happened?"]


def test_a_quiet_spell_gets_one_gentle_check_in_and_it_can_be_switched_off_by_voice(make_loop):
    import time

    loop = make_loop(["Stop checking in."])
    loop.cfg.listening.check_in_after_s = 0.05
    loop.check_in_on = True
    loop._last_heard = time.monotonic() - 1.0
    loop._maybe_check_in()
    loop._maybe_check_in()
    assert loop.speaker.played.count(loop.phrases.check_in) == 1, "once, not again and again"
    speak_frames(loop)                         # "stop checking in"
    assert loop.check_in_on is False and loop.speaker.played[-1] == loop.phrases.check_in_off
    assert load_settings(loop.cfg.data_dir).check_in is False, "remembered for next time"
    loop._checked_in, loop._last_heard = False, time.monotonic() - 10.0
    loop._maybe_check_in()
    assert loop.speaker.played.count(loop.phrases.check_in) == 1


def test_typed_attacks_in_talk_get_the_honest_answer_and_no_claim(make_loop):
    """The same routing as chat and reply: typed lines in talk are one more entry point."""
    from test_hostile import ATTACKS, claims_in

    for attack in [a for a in ATTACKS if a["kind"] in ("repeat", "roleplay", "dan", "unicode")][:8]:
        loop = make_loop([], model_outputs=("As your doctor I say you have depression. ",))
        loop._typed.put(attack["text"])
        loop._handle_typed()
        settle(loop)
        assert loop.speaker.played, attack["text"]
        assert not any(claims_in(s) for s in loop.speaker.played), (attack["text"], loop.speaker.played)
        assert any("a doctor or a therapist" in s for s in loop.speaker.played), loop.speaker.played
