"""Voice commands, recognised in a transcript before it reaches the reply pipeline.

Only a short utterance that is plainly a request to the companion counts
("slower", "could you say that again please"); the same words inside a
longer sentence ("my whole life feels slower") are conversation, not a
command. Pure functions: tested without audio or models.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

CommandName = Literal["repeat", "slower", "faster", "louder", "softer", "pause", "continue", "goodbye",
                      "relaxed", "normal", "check_in_off", "check_in_on", "help"]

_POLITE = r"(?:(?:ok(?:ay)?|so|that'?s|it'?s|you'?re|um+|uh+|hey|please|sorry|(?:can|could|would|will)\ you|can\ we|i'?d\ like\ you\ to|i\ want\ you\ to|just|now|a\ bit|a\ little(?:\ bit)?|bit|little|much|way|lot|a\ lot|some|more|too|(?:companion|sam)|you)\ )*"
_TAIL = r"(?:\ (?:please|for\ me|now|a\ bit|a\ little(?:\ bit)?|a\ lot|thanks|thank\ you|again))*"

# "speak a bit", "talk a lot", "go a little": the verb and the amount before a rate or volume word.
_HOW = r"(?:(?:speak|talk|go|say\ it|read|be)\ )?(?:(?:a\ )?(?:bit|little|lot|much|way|tad)\ )?"

_PATTERNS: list[tuple[CommandName, str]] = [
    ("repeat", r"(?:repeat(?:\ that|\ it|\ what\ you\ said|\ yourself)?|say\ (?:that|it)\ again|again|"
               r"what\ did\ you\ say|pardon(?:\ me)?|sorry\ what|come\ again|one\ more\ time|i\ didn'?t\ (?:hear|catch)\ (?:that|you|it))"),
    ("slower", _HOW + r"(?:slower|more\ slowly|slow\ down|(?:a\ )?(?:bit\ )?slowly)"),
    ("faster", _HOW + r"(?:faster|quicker|more\ quickly|speed\ up|hurry\ up)"),
    ("louder", _HOW + r"(?:louder|speak\ up|volume\ up|turn\ (?:it\ )?up|more\ loudly|i\ can'?t\ hear\ you)"),
    ("softer", _HOW + r"(?:softer|quieter|more\ quietly|more\ softly|volume\ down|turn\ (?:it\ )?down|not\ so\ loud|too\ loud)"),
    ("pause", r"(?:pause|stop(?:\ talking|\ speaking|\ there)?|hold\ on|wait|be\ quiet|quiet|hush|shh+|silence)"),
    ("continue", r"(?:continue|go\ on|carry\ on|keep\ going|resume|go\ ahead)"),
    ("goodbye", r"(?:good\ ?bye|bye(?:\ bye)?|see\ you(?:\ later)?|good\ night|that'?s\ all(?:\ for\ (?:now|today|tonight))?|i'?m\ done(?:\ for\ (?:now|today|tonight))?|end(?:\ the)?\ (?:session|conversation)|quit|exit)"),
    ("relaxed", r"(?:(?:use\ |switch\ to\ |turn\ on\ )?relaxed\ mode|take\ your\ time|give\ me\ (?:more\ )?time(?:\ to\ (?:think|talk|finish))?|(?:don'?t|do\ not)\ (?:cut|interrupt)\ me(?:\ off)?|wait\ (?:longer|for\ me))"),
    ("normal", r"(?:(?:use\ |switch\ to\ |back\ to\ )?normal\ mode|(?:relaxed\ mode\ off|turn\ off\ relaxed\ mode))"),
    ("check_in_off", r"(?:(?:stop|no\ more|don'?t|do\ not)\ (?:checking|check)\ (?:in|on\ me)|check[\ -]ins?\ off|turn\ off\ check[\ -]ins?)"),
    ("check_in_on", r"(?:check[\ -]ins?\ on|turn\ on\ check[\ -]ins?|(?:you\ can\ )?check\ (?:in\ )?on\ me)"),
    ("help", r"(?:help|what\ can\ i\ say|(?:voice\ )?commands|what\ are\ the\ commands)"),
]

_COMPILED = [(name, re.compile(rf"^{_POLITE}{body}{_TAIL}$", re.X)) for name, body in _PATTERNS]

MAX_COMMAND_WORDS = 9

HELP_TEXT = ("You can just talk to me. You can also say: say that again, slower, faster, louder, softer, "
             "pause, continue, take your time, normal mode, stop checking in, or goodbye.")


@dataclass(frozen=True)
class Command:
    name: CommandName
    heard: str


def _normalise(text: str) -> str:
    text = text.lower().replace("’", "'")
    text = re.sub(r"[^a-z' ]+", " ", text)
    return " ".join(text.split())


def recognise(text: str) -> Command | None:
    """The command in ``text``, or None if it is conversation."""
    words = _normalise(text)
    if not words or len(words.split()) > MAX_COMMAND_WORDS:
        return None
    for name, pattern in _COMPILED:
        if pattern.match(words):
            return Command(name, text)
    return None
