import pytest

from companion.voice_commands import recognise


@pytest.mark.parametrize("text,name", [
    ("Slower.", "slower"), ("Could you speak a bit slower, please?", "slower"), ("slow down", "slower"),
    ("Faster please.", "faster"), ("Speed up.", "faster"),
    ("Louder.", "louder"), ("Speak up.", "louder"), ("I can't hear you", "louder"),
    ("Softer.", "softer"), ("That's too loud", "softer"), ("quieter please", "softer"),
    ("Say that again.", "repeat"), ("Can you repeat that?", "repeat"), ("What did you say?", "repeat"),
    ("Pardon?", "repeat"),
    ("Stop.", "pause"), ("Stop talking.", "pause"), ("Pause.", "pause"), ("Hold on.", "pause"),
    ("Continue.", "continue"), ("Go on.", "continue"), ("Keep going.", "continue"),
    ("Goodbye.", "goodbye"), ("Okay, bye.", "goodbye"), ("I'm done for tonight.", "goodbye"),
    ("Take your time.", "relaxed"), ("Relaxed mode.", "relaxed"), ("Don't cut me off.", "relaxed"),
    ("Normal mode.", "normal"),
    ("Stop checking in.", "check_in_off"), ("Turn on check-ins.", "check_in_on"),
    ("What can I say?", "help"),
])
def test_commands_are_recognised(text, name):
    command = recognise(text)
    assert command is not None and command.name == name


@pytest.mark.parametrize("text", [
    "My whole life feels slower since the accident.",
    "I want to stop drinking.",
    "I'm done with him, I think.",
    "Hold on, let me think about what happened that day.",
    "I can't sleep.",
    "Everything is going too fast for me at work and I can't keep up.",
    "He told me to go on without him.",
    "",
])
def test_conversation_is_not_taken_for_a_command(text):
    assert recognise(text) is None
