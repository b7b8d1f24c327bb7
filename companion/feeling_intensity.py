"""How strongly a feeling was said: "I'm mostly ok, just a bit stressed" is
a mild feeling, and the reply matches it.

Read blind, "So you're a bit stressed. I'm sorry things are so hard." says
more than the person did: the reaction for any hard thing overstated a
feeling they had hedged. A turn whose only pain is a hedged feeling gets a
reaction for a mild one (reactions_by_feeling.jsonl, "mild"), and no
question about "the hardest part". Pure: a few regular expressions.
"""
from __future__ import annotations

import re

from .hurtful import names_pain

# "a bit", "a little", "slightly", "kinda", "sort of", "a tad", "a wee bit"
_HEDGE = (r"(?:a\s+(?:little\s+|tiny\s+|wee\s+)?bit(?:\s+of\s+a)?|a\s+little|little\s+bit|a\s+tad|a\s+touch|slightly|kind\s+of|kinda"
          r"|sort\s+of|sorta|somewhat|mildly|a\s+smidge|a\s+wee\s+bit|bit|a\s+bit\s+more|just\s+a\s+bit)")
# the feelings a person hedges
_FEELING = (r"(?:stress\w*|anxious|anxiety|worr\w+|nervous|on\s+edge|tense|down|low|sad|blue|flat|meh|off|tired|drained|worn\s+out"
            r"|lonely|alone|fed\s+up|annoyed|irritated|frustrated|cranky|grumpy|overwhelmed|upset|wobbly|unsettled|restless"
            r"|bored|lost|stuck|scared|afraid|rough|rubbish|crap|under\s+the\s+weather|out\s+of\s+sorts|homesick|jealous|guilty"
            r"|embarrassed|disappointed|hurt|sore|uneasy|worried)")
_HEDGED = re.compile(rf"\b{_HEDGE}\s+(?:\w+\s+)?{_FEELING}\b", re.I)
# "I'm mostly ok", "not too bad", "fine, just tired": the feeling set in an okay day
_MOSTLY_OK = re.compile(r"\b(?:mostly|generally|pretty\s+much|largely|more\s+or\s+less)\s+(?:ok(?:ay)?|fine|good|alright|all\s+right)\b"
                        r"|\bnot\s+too\s+bad\b|\b(?:ok(?:ay)?|fine|alright)(?:-ish|ish)\b", re.I)
# What makes it more than mild: "so stressed", "really down", "can't cope"
_STRONG = re.compile(r"\b(?:so|really|very|extremely|super|incredibly|terribly|completely|totally|absolutely|utterly|deeply"
                     r"|seriously|(?<!not\s)too\s+(?!bad\b)\w+|awful\w*|horribl\w*|terribl\w*|unbearabl\w*|can'?t\s+(?:cope|take|stand|handle)|falling\s+apart"
                     r"|breaking\s+down|worst|hopeless|desperate|every\s+day|all\s+the\s+time|constantly|always)\b", re.I)


def mild_feeling(text: str) -> bool:
    """Whether the pain in ``text`` is only a hedged feeling ("a bit
    stressed", "mostly ok, just tired"): nothing stronger, and no other pain
    named ("my dad died and I'm a bit down" is not mild)."""
    text = (text or "").replace("\u2019", "'")
    if len(text.split()) > 30 or _STRONG.search(text):
        return False
    hedged = list(_HEDGED.finditer(text))
    if not hedged and not (_MOSTLY_OK.search(text) and re.search(rf"\b{_FEELING}\b", text, re.I)):
        return False
    rest = _HEDGED.sub(" ", text)
    rest = re.sub(rf"\b{_FEELING}\b", " ", rest, flags=re.I) if _MOSTLY_OK.search(text) else rest
    return not names_pain(rest)
