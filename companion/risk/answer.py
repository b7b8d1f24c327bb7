"""What the companion says when someone may be at risk: reviewed lines only.

The lines live in ``prompts/crisis.toml``. This module chooses among them by
the level and category of the risk and by where the conversation is: a first
disclosure gets the whole message, a later one a shorter one; a possible cue
gets a direct question, and the answer to that question is taken up.
"""
from __future__ import annotations

import re
import tomllib
import zlib
from typing import Literal
from dataclasses import astuple, dataclass, fields, replace
from pathlib import Path

from ..config import SafetyConfig
from ..errors import ConfigError
from .levels import CLEAR, Category

@dataclass(frozen=True)
class CrisisLines:
    """The reviewed lines, with the locale's numbers already filled in."""
    message: tuple[str, ...]
    self_harm_message: tuple[str, ...]
    danger_message: tuple[str, ...]
    message_again: tuple[str, ...]
    danger_again: tuple[str, ...]
    check_suicide: tuple[str, ...]
    check_self_harm: tuple[str, ...]
    check_danger: tuple[str, ...]
    check_suicide_together: tuple[str, ...]
    check_self_harm_together: tuple[str, ...]
    check_danger_together: tuple[str, ...]
    check_again: tuple[str, ...]
    after_no: tuple[str, ...]
    after_no_invite: tuple[str, ...]
    after_no_goodbye: tuple[str, ...]
    after_other: tuple[str, ...]
    stay: tuple[str, ...]
    stay_invite: tuple[str, ...]
    stay_going_on: tuple[str, ...]
    stay_after_no: tuple[str, ...]
    goodbye: tuple[str, ...]
    line_asked: tuple[str, ...]
    # the same lines with the abuse line in {line}, for danger from someone
    # (the last field: line_lists leaves it out)
    for_danger: "CrisisLines | None" = None

    def line_lists(self) -> tuple[tuple[str, ...], ...]:
        """Every list of lines, in the order of ``_LISTS``; not the danger variant."""
        return astuple(self)[:len(_LISTS)]

    def after_no_recently(self, companion_texts: list[str], turns: int = 6) -> bool:
        """Whether a check was answered with a plain no in the last few turns."""
        return _said(companion_texts[-turns:], self.after_no + self.after_other)

    def checks(self, category: Category) -> tuple[str, ...]:
        """Every check question about ``category``, asked of one turn or of several."""
        return self.checks_of_one_turn(category) + self.checks_together(category)

    def checks_of_one_turn(self, category: Category) -> tuple[str, ...]:
        return {"suicide": self.check_suicide, "self_harm": self.check_self_harm, "danger": self.check_danger}[category]

    def checks_together(self, category: Category) -> tuple[str, ...]:
        return {"suicide": self.check_suicide_together, "self_harm": self.check_self_harm_together,
                "danger": self.check_danger_together}[category]

    def first_message(self, category: Category) -> tuple[str, ...]:
        return {"suicide": self.message, "self_harm": self.self_harm_message, "danger": self.danger_message}[category]

    def every_line(self) -> tuple[str, ...]:
        variants = [self] + ([self.for_danger] if self.for_danger is not None else [])
        return tuple(line for v in variants for lines in v.line_lists() for line in lines)

    def all_messages(self) -> tuple[str, ...]:
        sets = [self.message, self.self_harm_message, self.danger_message, self.message_again, self.danger_again]
        if self.for_danger is not None:
            sets += [self.for_danger.danger_message, self.for_danger.danger_again]
        return tuple(s for lines in sets for s in lines)


# the crisis.toml keys: every field of CrisisLines but the danger variant
_LISTS = tuple(f.name for f in fields(CrisisLines) if f.name != "for_danger")


def _pick(table: dict[str, str], locale: str) -> str:
    return table.get(locale) or table.get(locale.split("-")[0]) or table["default"]


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"missing prompt file {path}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path} is not valid TOML: {e}") from None


def load_crisis_lines(path: Path, cfg: SafetyConfig) -> CrisisLines:
    data = _read(path)
    for key in _LISTS:
        value = data.get(key)
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
            raise ConfigError(f"{path}: '{key}' must be a non-empty list of strings")
    emergency = _pick(cfg.emergency, cfg.locale)

    def filled(line: str) -> CrisisLines:
        try:
            return CrisisLines(*(tuple(s.format(line=line, emergency=emergency) for s in data[k]) for k in _LISTS))
        except (KeyError, IndexError, ValueError) as e:
            raise ConfigError(f"{path}: a line has a placeholder other than {{line}} and {{emergency}} ({e})") from None

    danger = filled(_pick(cfg.danger_lines, cfg.locale))
    lines = filled(_pick(cfg.lines, cfg.locale))
    return replace(lines, for_danger=danger)


# -- reading the conversation ------------------------------------------------
def _said(history_texts: list[str], lines: tuple[str, ...]) -> bool:
    return any(line in said for said in history_texts for line in lines)


def pending_check(last_companion_text: str, lines: CrisisLines) -> Category | None:
    """The risk the companion asked about in its last turn, if it asked."""
    for category in ("suicide", "self_harm", "danger"):
        if any(q in last_companion_text for q in lines.checks(category)):
            return category
    return None


def risk_answered(companion_texts: list[str], lines: CrisisLines, turns: int = 2) -> bool:
    """Whether the companion said any crisis line (a check, a message, a
    reply to a no) in its last ``turns`` turns: the person's turns before
    have had their answer."""
    return _said(companion_texts[-turns:], lines.every_line())


def message_given(companion_texts: list[str], lines: CrisisLines) -> bool:
    """Whether a crisis message was said in this conversation."""
    return _said(companion_texts, lines.all_messages())


def recent_message(companion_texts: list[str], lines: CrisisLines, turns: int = 2) -> Category | None:
    """The kind of risk of a crisis message among the companion's last
    ``turns`` turns, if there was one."""
    danger = lines.for_danger or lines
    danger_lines, self_harm_lines = danger.danger_message + danger.danger_again, lines.self_harm_message
    suicide_lines = lines.message + lines.message_again
    # A sentence two messages share ("If you're in danger right now, you can
    # call 911.") tells no kind: read as danger, it had the abuse line follow
    # the suicide message.
    own_danger = tuple(line for line in danger_lines if line not in suicide_lines + self_harm_lines)
    own_self_harm = tuple(line for line in self_harm_lines if line not in suicide_lines + danger_lines)
    for said in reversed(companion_texts[-turns:]):
        if _said([said], own_danger):
            return "danger"
        if _said([said], own_self_harm):
            return "self_harm"
        if _said([said], lines.all_messages()):
            return "suicide"
    return None


_NO = re.compile(r"^\W*(?:(?:honestly|well|um|uh|erm)\W+)?(?:no+|nope|nah|naw|not\s+at\s+all|not\s+really\s+no|no\s+way|god\s+no|of\s+course\s+not|definitely\s+not"
                 r"|absolutely\s+not|never|i'?m\s+not|i\s+am\s+not|i'?m\s+(?:fine|ok(?:ay)?|safe)|not\s+like\s+that"
                 r"|nothing\s+like\s+that|haha\s+no|lol\s+no)\b", re.I)
# Words that keep a "no" from being a plain no ("no, but sometimes...").
_BUT = re.compile(r"\b(?:but|sometimes|maybe|not\s+sure|kind\s+of|kinda|sort\s+of|a\s+bit|a\s+little|used\s+to|yet|except)\b", re.I)


def answered_no(text: str) -> bool:
    """A plain no to a check question."""
    clean = text.replace("\u2019", "'").strip()
    return bool(_NO.search(clean)) and not _BUT.search(clean)


_YES = re.compile(r"^\W*(?:y+e+[sp]*|yeah|yea|ya|yup|aye|sure|i\s+am|i'?m\s+(?:thinking|scared|not\s+safe)|i\s+do|i\s+have|i\s+did"
                  r"|i\s+think\s+so|maybe|perhaps|possibly|probably|kind\s+of|kinda|sort\s+of|sometimes|a\s+(?:bit|little)|i\s+guess"
                  r"|(?:i\s+)?(?:don'?t|dont)\s+know|idk|not\s+sure|i'?m\s+not\s+sure|(?:honestly,?\s+)?(?:yes|yeah)|a\s+lot"
                  r"|all\s+the\s+time)\b", re.I)


# A yes said as how often the thought comes ("it crosses my mind most
# nights", "now and then", "more than I'd like"), in a sentence with no
# word of denial: read by words, not left to the learned layer's reading
# of the answer with the question.
_YES_AS_HOW_OFTEN = re.compile(
    r"^(?![^.!?]*\b(?:never|not|no|nope|nah|don'?t|doesn'?t|didn'?t|isn'?t|wasn'?t)\b)[^.!?]*?"
    r"\b(?:cross(?:es|ed|ing)?\s+my\s+mind|on\s+and\s+off|now\s+and\s+(?:then|again)"
    r"|more\s+(?:often\s+)?than\s+i'?d\s+like|(?:it'?s|the\s+thoughts?\s+(?:is|are|'s))\s+(?:always\s+)?there)\b"
    # ...or the answer opening with how often ("most nights, yeah")
    r"|^\W*(?:most|some|every|a\s+lot\s+of)\s+(?:nights?|days?|mornings?)\b", re.I)


def answered_yes(text: str) -> bool:
    """Yes, or anything short of a no that says it could be so: maybe, "I
    don't know", sometimes, how often it comes. A missed yes could cost a
    life."""
    clean = text.replace("\u2019", "'").strip()
    return bool(_YES.search(clean)) or (bool(_NO.search(clean)) and bool(_BUT.search(clean))) \
        or bool(_YES_AS_HOW_OFTEN.search(clean))


_QUESTION_START = re.compile(r"^\W*(?:what|why|how|who|when|where|do|does|did|would|could|can|are|is)\b", re.I)
AnswerKind = Literal["no", "yes", "question", "statement"]


def answer_kind(text: str) -> AnswerKind:
    """How a turn answers a check question: a plain no, a yes (or maybe),
    a question back ("what would you do?"), or a statement to read with the
    question ("With Sam, I mean", "it crosses my mind most nights")."""
    if answered_no(text):
        return "no"
    if answered_yes(text):
        return "yes"
    clean = text.strip()
    return "question" if clean.endswith("?") or _QUESTION_START.match(clean) else "statement"


def choose(options: tuple[str, ...], key: str, avoid: list[str] = ()) -> str:
    """One of the options, stable for the same key, not one said before."""
    fresh = [o for o in options if not any(o in said for said in avoid)] or list(options)
    return fresh[zlib.crc32(key.encode("utf-8")) % len(fresh)]


# Asked for a help line: "can you give me the number for a crisis line?",
# "yes please send the number" after one was offered. Read blind, "I
# honestly don't know" answered it.
_ASKS_FOR_NUMBER = re.compile(
    r"\b(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:give|send|get|find|tell|text|share)|(?:please\s+)?(?:give|send|tell|text)\s+me"
    r"|please\s+send|what(?:'s|\s+is)|where\s+(?:can|do|could)\s+i\s+(?:find|get)|i\s+(?:need|want|would\s+like|'d\s+like)|is\s+there)\b"
    r"[^.?!]{0,40}?\b(?:numbers?|hotline|helpline|help\s+line|crisis\s+(?:line|centre|center|team|text\s+line)|lifeline|contact|someone\s+(?:i\s+can\s+)?(?:to\s+)?(?:call|ring|phone))\b", re.I)
_HELP_LINE_WORDS = re.compile(r"\b(?:crisis|hotline|helpline|help\s+line|lifeline|samaritans|suicide|988|emergency|abuse|domestic|violence|refuge|shelter)\b", re.I)
_ABUSE_WORDS = re.compile(r"\b(?:abuse|abusive|domestic|violence|violent|refuge|shelter|hits?\s+me|beats?\s+me)\b", re.I)


def help_line_asked(person_turns: list[str], other_turns: list[str]) -> Category | None:
    """"suicide" (a crisis line) or "danger" (an abuse line) when the person
    asked for a help line's number in their last two turns, in words or after
    one was offered ("yes please send the number"); None otherwise."""
    recent = [t for t in person_turns if t.strip()][-2:]
    asked = [t for t in recent if _ASKS_FOR_NUMBER.search(t)]
    if not asked:
        return None
    context = " ".join(asked + list(other_turns[-3:]))
    if not _HELP_LINE_WORDS.search(context):
        return None
    return "danger" if _ABUSE_WORDS.search(context) else "suicide"


def crisis_lines_for(lines: CrisisLines, category: Category) -> CrisisLines:
    """The lines whose {line} fits the risk: the abuse line for danger."""
    return lines.for_danger if category == "danger" and lines.for_danger is not None else lines


def crisis_answer(level: str, category: Category, lines: CrisisLines, companion_texts: list[str],
                  key: str, together: bool = False) -> tuple[str, ...]:
    """The reviewed sentences for a risk found in this turn (``together``:
    found in it read with the turns before, or in an earlier turn)."""
    fitting = crisis_lines_for(lines, category)
    if level == CLEAR:
        if message_given(companion_texts, lines):
            return fitting.danger_again if category == "danger" else fitting.message_again
        return fitting.first_message(category)
    checks = lines.checks_together(category) if together else lines.checks_of_one_turn(category)
    return (choose(checks, key, companion_texts),)


def check_again_answer(lines: CrisisLines, category: Category, companion_texts: list[str], key: str) -> tuple[str, ...]:
    return (choose(lines.check_again, key, companion_texts),
            choose(lines.checks_of_one_turn(category), key, companion_texts))


def after_no_answer(lines: CrisisLines, companion_texts: list[str], key: str, leaving: bool = False,
                    other: bool = False) -> tuple[str, ...]:
    """A check answered with a no (``other``: with something else, no yes);
    ``leaving``, as they say goodbye: let go with no question."""
    return (choose(lines.after_other if other else lines.after_no, key, companion_texts),
            choose(lines.after_no_goodbye if leaving else lines.after_no_invite, key, companion_texts))


# The person says the companion read them wrong ("that's not what I meant",
# "no one's hurting me", "I was joking"). A bare "no" is not enough: "No, we
# haven't really talked about it since" goes on with their own story.
_CORRECTS = re.compile(
    r"\b(?:not\s+what\s+i\s+(?:meant|mean|said|was\s+saying)|(?:i\s+)?did(?:n'?t|\s+not)\s+mean\s+(?:it\s+)?(?:like\s+that|that)"
    r"|not\s+like\s+that|nothing\s+like\s+that|(?:got|get|read|took|taken|taking)\s+(?:it|that|me|this)\s+(?:all\s+)?wrong"
    r"|misunderst\w+|misread\w*|(?:i'?m|i\s+am)\s+not\s+(?:suicidal|in\s+danger|going\s+to\s+(?:hurt|kill)\s+myself|being\s+hurt)"
    r"|no(?:body|\s+one|one)\s+(?:is\s+|'s\s+)?(?:hurting|hitting|abusing)\s+me|that'?s\s+not\s+it|calm\s+down|overreact\w*"
    r"|not\s+that\s+serious|i\s+was\s+(?:only\s+|just\s+)?(?:joking|kidding)|(?:a|just\s+a)\s+figure\s+of\s+speech)\b", re.I)


def corrects_the_reading(text: str) -> bool:
    """Whether a turn after a crisis message says the message misread them."""
    return bool(_CORRECTS.search(text.replace("\u2019", "'")))


def went_on_after_message(companion_texts: list[str], lines: CrisisLines) -> bool:
    """Whether the companion's last turn, after a crisis message, went on to
    take up what the person said (``going_on_line``)."""
    return bool(companion_texts) and _said(companion_texts[-1:], lines.stay_going_on + lines.stay_after_no)


def going_on_line(lines: CrisisLines, companion_texts: list[str], key: str, corrected: bool) -> tuple[str, ...]:
    """The one reviewed line before a turn after a crisis message is taken
    up as any turn is (``corrected``: it said the message misread them)."""
    return (choose(lines.stay_after_no if corrected else lines.stay_going_on, key, companion_texts),)


def staying_answer(lines: CrisisLines, category: Category, companion_texts: list[str], key: str,
                   goodbye: bool) -> tuple[str, ...]:
    """A turn after a crisis message with nothing new disclosed."""
    fitting = crisis_lines_for(lines, category)
    if goodbye:
        return fitting.goodbye
    return (choose(fitting.stay, key, companion_texts), choose(fitting.stay_invite, key, companion_texts))
