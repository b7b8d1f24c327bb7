import pytest

from companion.config import Config
from companion.safety import detect_risk, safety_message

RISK = [
    "I want to kill myself.",
    "sometimes i think about ending it all",
    "I don't want to live anymore",
    "I've been cutting myself again",
    "everyone would be better off without me",
    "I'm going to take all my pills tonight",
    "My husband said he would kill me if I leave",
    "I'm scared he will hurt me again",
    "I have no reason to live",
    "I keep thinking about suicide",
]
SAFE = [
    "This traffic is killing me.",
    "I'm dying to see that film.",
    "My phone died halfway through the call.",
    "I'd kill for a coffee right now.",
    "I'm not suicidal, just really tired.",
    "I've never contemplated suicide, I just feel stuck.",
    "The deadline is going to kill me.",
]


@pytest.mark.parametrize("text", RISK)
def test_risk_disclosures_are_detected(text):
    assert detect_risk(text)


@pytest.mark.parametrize("text", SAFE)
def test_idioms_and_denials_are_not_risk(text):
    assert detect_risk(text) is None


def test_message_uses_the_locale_line_with_fallbacks():
    template = ("Reach {line}.", "Call {emergency}.")
    cfg = Config().safety
    cfg.lines = {"default": "a local line", "en-GB": "the Samaritans on 116 123", "de": "die Telefonseelsorge"}
    cfg.emergency = {"default": "your local emergency number", "en-GB": "999"}
    cfg.locale = "en-GB"
    assert safety_message(template, cfg).sentences == ("Reach the Samaritans on 116 123.", "Call 999.")
    cfg.locale = "de-AT"  # falls back to the language, then to default
    assert safety_message(template, cfg).sentences == ("Reach die Telefonseelsorge.", "Call your local emergency number.")
