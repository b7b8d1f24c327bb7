"""What kind of turn the person took, when it needs a particular answer
rather than a reflection: a greeting, a thank-you, a goodbye, or a request
for advice. Pure rules, no model, so the companion can answer these at once.

A request for advice gets an honest peer answer (the companion does not tell
people what to do, but thinks it through with them); a small model asked for
advice gives advice.
"""
from __future__ import annotations

import re
from typing import Literal

from .peer_style import sounds_hurting
from .sentences import split_sentences

TurnKind = Literal["greeting", "thanks", "goodbye", "advice_request", "asks_companion", "next_step", "asks_how_i_am"]

_HELLO = r"(?:hi|hai|hallo|hello|hey|heya|hiya|howdy|good\s+(?:morning|afternoon|evening|day)|yo|there|again|sam|friend|everyone)"
_GREETING = re.compile(rf"^\W*{_HELLO}\b(?:[\s,.!]+{_HELLO}\b)*"
                       r"(?:[\s,.!]+(?:how\s+are\s+you(?:\s+(?:doing|today|tonight))*|how's\s+it\s+going))?\W*$", re.I)
_GOODBYE = re.compile(r"\b(?:good\s*bye|bye|see\s+you|talk\s+(?:to\s+you\s+)?(?:later|soon|tomorrow)|"
                      r"good\s*night|take\s+care|have\s+a\s+(?:good|nice|great|lovely)\s+(?:day|night|evening|one|weekend)|"
                      r"best\s+wishes|(?:good|nice|great)\s+(?:talking|chatting)|i\s+(?:have|need)\s+to\s+go|i(?:'ll|\s+will)\s+let\s+you\s+go|signing\s+off|"
                      r"(?:good|right|natural)\s+(?:stopping\s+)?(?:point|place|time)\s+to\s+stop|stopping\s+point|"
                      r"that'?s\s+all\s+for\s+(?:now|today|tonight)|"
                      r"(?:end|finish|close|wrap\s+up)\s+(?:the|this|our)\s+(?:chat|conversation|session|talk))\b", re.I)
_THANKS = re.compile(r"\b(?:thanks?|thank\s+you|thx|ty|cheers|appreciate\s+(?:it|that|you|this))\b", re.I)
# Thanks that is not the point of the turn ("no thanks", "thanks to him").
_NOT_THANKS = re.compile(r"\b(?:no\s+thanks|thanks\s+to|thank\s+god|thankfully)\b", re.I)
_ADVICE = re.compile(
    r"\b(?:any\s+(?:advice|advise|suggestions?|tips|ideas)|any\s+(?:assistance|techniques|strategies|recommendations)\b[^.!]*\?|(?:give|got|have)\s+(?:me\s+)?(?:any\s+|some\s+|an\s+)?(?:advice|advise|suggestions?|tips|idea)\b(?!\s+(?:what|why|who|where|when)\b)|"
    r"(?:no\s+idea|(?:do\s+not|don'?t|dont)\s+know|not\s+sure)\s*,?\s*(?:of\s+)?what\s+(?:to|i\s+(?:should|can|could))\s+do|"
    r"what\s+(?:should|do|would|can|could)\s+i\s+do|what\s+do\s+you\s+(?:suggest|recommend|advise)|"
    r"what\s+(?:would|should)\s+you\s+do|how\s+(?:do|can|should|could)\s+i\s+(?:fix|stop|get\s+(?:rid|over|past|better)|"
    r"deal|cope|handle|make|start|move\s+on|find|tell|talk|approach|overcome|manage)|"
    r"(?:tell|show)\s+me\s+(?:what|how)\s+to|should\s+i\b|do\s+you\s+(?:think|reckon)\s+i\s+should|"
    r"what\s+(?:is|are)\s+the\s+best\s+(?:way|thing)s?|(?:can|could)\s+you\s+(?:help|advise)\s+me)", re.I)
_STILL_HURTING = re.compile(r"\b(?:but|still|though|except)\b", re.I)
# A question about the companion's own life ("how did you do it?", "have you
# ever lost someone?"): it has none, and says so rather than inventing one.
_ASKS_COMPANION = re.compile(
    r"\b(?:how|what|when|why)\s+(?:did|do|would|have)\s+you\s+(?!think|mean|say|suggest|recommend|want)\w+"
    r"|\b(?:have|did|were|do)\s+you\s+(?:ever\s+)?(?:been|gone|went|go|feel|felt|had|have|lose|lost|deal|dealt|"
    r"cope|coped|get|got|experience\w*|struggle\w*|tried|try|know\s+how\s+it\s+feels)\b"
    r"|\bwhat\s+(?:was|is)\s+it\s+like\s+for\s+you\b|\b(?:has|did)\s+(?:this|that|it)\s+(?:ever\s+)?happen\w*\s+to\s+you\b",
    re.I)


# The person settles on something to try ("I will take your advice", "I'll
# try that"). A small model answers "glad my advice helped": a claim to have
# advised. The companion gives the step back to them instead.
_NEXT_STEP = re.compile(
    r"\bi(?:'ll|\s+will|\s+am\s+going\s+to|'m\s+going\s+to|m\s+going\s+to|\s+think\s+i(?:'ll|\s+will))\s+(?:definitely\s+|probably\s+|certainly\s+|really\s+)?"
    r"(?:try(?!\s+to\s+(?:forget|stop|not))|take\s+(?:your|that|this|the)\s+(?:advice|ideas?|suggestions?|tips?)|"
    r"give\s+(?:it|that|this)\s+a\s+(?:try|go|shot)|do\s+that|apply|use\s+(?:that|this|your|those|these)|"
    r"look\s+into|check\s+(?:it|that|this|those|them)\s+out|start\s+(?:with|by|doing|to))\b", re.I)


# "...how are you?" at the end of a turn: asked how it is, the companion says
# honestly that it is an AI with no day to report, rather than inventing one.
_HOW_ARE_YOU = re.compile(r"\b(?:how\s+(?:are|r)\s+(?:you|u)|how\s+about\s+you|what\s+about\s+you|and\s+you|"
                          r"how\s+(?:is|was)\s+your\s+(?:day|night|evening|week)|how\s+have\s+you\s+been|"
                          r"how\s+are\s+things\s+with\s+you|how\s+(?:are\s+you|r\s+u)\s+(?:doing|today|too))\W*$", re.I)


# ...or at the start, before what they came to say ("how are you i guess you read my situation").
_HOW_ARE_YOU_FIRST = re.compile(rf"^\W*(?:{_HELLO}\W+)*how\s+(?:are|r)\s+(?:you|u)\b(?:\s+(?:doing|today|tonight))?"
                                r"(?:\s*[,.!?;:]+|\s+(?=(?:i|so|my|well|ok|okay)\b))", re.I)


def turn_kind(text: str) -> TurnKind | None:
    """The kind of turn, or None for an ordinary one (something to reflect)."""
    text = " ".join((text or "").split())
    if not text:
        return None
    if _GREETING.match(text) or re.fullmatch(r"\W*how\s+are\s+you(?:\s+(?:doing|today|tonight))?\W*", text, re.I):
        return "greeting"
    sentences = split_sentences(text)
    if _ADVICE.search(text):
        return "advice_request"
    if sentences and sentences[-1].rstrip().endswith("?") and _ASKS_COMPANION.search(sentences[-1]):
        return "asks_companion"
    if _HOW_ARE_YOU.search(text) or _HOW_ARE_YOU_FIRST.match(text):
        return "asks_how_i_am"
    words = len(text.split())
    if sounds_hurting(text):
        # "Thanks. My mum died last week." is not a thank-you to answer with
        # "glad it helped": it goes to the reflection like any other turn.
        return None
    # A parting word in a short last sentence ("...Have a great day!"); "he
    # said goodbye and walked out" in a story is not one.
    last = sentences[-1] if sentences else text
    if _GOODBYE.search(last) and (words <= 25 or (len(last.split()) <= 12 and words <= 60)):
        return "goodbye"
    if _THANKS.search(text) and not _NOT_THANKS.search(text) and words <= 20 and not _STILL_HURTING.search(text) \
            and not text.rstrip().endswith("?"):
        return "thanks"
    if _NEXT_STEP.search(text) and words <= 25 and not text.rstrip().endswith("?") and not _STILL_HURTING.search(text):
        return "next_step"
    return None
