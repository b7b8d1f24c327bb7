"""Line-kind patterns: fillers, greetings and conversational formulas.

A line that is only filler is ``other``; discourse markers and formulas are
stripped from the front before the rest of a sentence is read.
"""
from __future__ import annotations

import re

from .line_kinds_text import _any
from .vocabulary import TURN_OPENERS

_FILLER_WORDS = _any(
    r"hi|hello|hey|okay|ok|alright|all right|right|yeah|yes|yep|yup|no|nope|sure|there|then|indeed",
    r"mm+|m+-?hm+|mhm+|hmm+|uh[- ]?huh|um+|uh+|erm?|er",
    r"wow|good|great|fine|cool|nice|brilliant|lovely|oh|ah|aw+|gosh|blimey|god|ouch|yikes|bless you|bless",
    r"morning|evening|afternoon|night",
    r"i see|oh no|oh dear|really|true|exactly|absolutely|totally|definitely|of course|fair enough",
    r"i hear you|i understand|got it|makes sense|that makes sense|sorry|go on",
    r"you know|(?:you )?know what i mean|if that makes sense",
)
_ONLY_FILLER = re.compile(rf"^(?:{_FILLER_WORDS}\b[\s,.!?;:-]*)+$")
# Discourse markers stripped from the front before the real analysis.
# The shared turn openers (vocabulary), and the line kinds' own.
_LEAD = re.compile(r"^(?:" + _any(
    *TURN_OPENERS,
    r"also|right(?! now)|alright|ah|well(?! done)|sure",
    r"hmm+|mm+|m+-?hm+|erm?",
    r"now(?=,)|look(?=,)|see(?=,)|listen(?=,)|honestly(?=,)",
    r"i see|got it|fair enough|of course",
    r"i (?:totally |completely |really )?(?:hear you|understand|get it|get that)(?=[,.;:!-]|$)",
) + r"\b[\s,.;:!-]*)+")
# Formulas that are "other" on their own; they are stripped and the rest is read.
_FORMULA_LEAD = re.compile(r"^(?:" + _any(
    r"don't worry|no worries|take your time|hang in there|take care|good luck|go on|go ahead|carry on",
    r"bye|goodbye|bye for now|see you(?: soon| later| next week)?|speak soon|talk soon|cheerio|night night",
    r"hold on|hang on|one sec|one second|one moment|just a sec|just a second|bear with me",
    r"no rush|no pressure|there's no rush|sorry|i'm sorry",
    r"(?:hi|hello|hey|hiya)(?: there)?|good (?:morning|afternoon|evening)|welcome",
    r"thanks|thank you|cheers",
    r"(?:thanks|thank you) (?:so much |again )?for (?:telling|sharing|saying)(?: me| that| this)*",
) + r"\b[\s,.;:!-]*)+")
_GREETING = re.compile(r"^" + _any(
    r"hi|hello|hey|hiya|good (?:morning|afternoon|evening|night)|welcome",
    r"bye|goodbye|see you|speak soon|talk soon|cheerio|night night",
) + r"\b")
# After "sorry," the rest still counts when it speaks to the person's experience.
_ADDRESSES_PERSON = re.compile(r"^(?:that's|that is|that sounds|that must|it sounds|sounds|it must|you|your)\b")
_THANKS_FOR_STRENGTH = re.compile(r"\b(?:being|for) (?:so )?(?:honest|brave|open)\b")
_KEEP_GOING_ALONE = re.compile(r"^(?:just )?keep going[.!]*$")
