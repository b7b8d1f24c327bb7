"""What a turn carries: a hardship, a feeling or news to react to, or
nothing of the kind, an ordinary turn (an agreement, a factual answer, an
opinion, a plan or a hope, a tangent) to be taken up as what it is.

Read blind, replies met ordinary turns as disclosures: sorrow after a
plain agreement, thanks for telling after a bare fact asked for, overwhelm
after an opinion about the news, hardship read into a consolation named. A
reaction to a feeling, thanks for telling and a question after how it
feels or the hardest part need the turn, read with the question it
answers, to carry one. Pure rules.
"""
from __future__ import annotations

import re

from .feelings import names_a_feeling
from .hurtful import good_news, names_pain, speaks_of_support

# Words of pain in a sense that tells of none: "the cream is good pain
# relief", "a killer recipe", "the bus is hit or miss", "sorry, wrong key".
_NO_PAIN_MEANT = re.compile(r"\bpain\s+reli\w+|\bkiller\s+(?!of\b|who\b|that\b)\w+|\bhit\s+(?:or|and)\s+miss\b"
                            # a wish not to do a thing is a preference: "I don't want to rush the move"
                            # (not one not to go on, get up or see anyone: that is distress)
                            r"|\b(?:do\s*n'?t|do\s+not|dont)\s+want\s+to\b(?!\s+(?:go\s+on|live|be\s+(?:here|around|alive)|wake|exist|carry\s+on|keep\s+going"
                            r"|do\s+(?:this|anything)|get\s+(?:up|out\s+of\s+bed)|see\s+anyone|talk\s+to\s+anyone|eat|leave\s+(?:my|the)\s+(?:room|house|bed))\b)"
                            r"|\bwrong\s+(?:typing|typed|button|key|word|spelling|number|chat|window)\b|\btypo\w*\b"
                            # distrust of a public thing is an opinion: "I never trust the polls"
                            r"|\btrust\w*\s+(?:(?:the|teh|this|that|these|those|any|a|an)\s+)?(?:new\s+|covid\s+|flu\s+|local\s+|mainstream\s+)?(?:vaccines?|vaccinations?|shots?|jabs?|news|media|government"
                            r"|politicians?|polls?|science|system|internet|reports?|numbers|data|companies|banks?)\b", re.I)
# Gladness put as a wish or a condition is no news: "I'd be glad of a quiet Christmas"
_GLAD_IF = re.compile(r"\b(?:would|'d|will|'ll)\s+(?:be|feel)\s+(?:so\s+|really\s+|very\s+|much\s+)?(?:happy|glad|happier|relieved|excited|proud|better)\b", re.I)
# A hardship told without a word of pain: "so much to deal with, a lot to cope
# with", "the move took its toll", "a rough week"
_HARD_GOING = re.compile(r"\ba\s+lot\s+to\s+(?:handle|deal\s+with|cope\s+with|take\s+in|carry)\b|\b(?:taken|taking|takes|took)\s+(?:a|its|their)\s+toll\b"
                         r"|\bon\s+my\s+plate\b|\b(?:tough|hard|rough|difficult)\s+(?:time|times|year|month|week|day|patch|spot)\b", re.I)
# A question that asks after a hard thing without naming a feeling: "Which part
# concerns you?", "is something bothering you?", "what's going on at home?",
# "how did that leave you feeling?"
_ASKS_AFTER_HARDSHIP = re.compile(r"\b(?:concern\w*|problems?|bother\w*|troubl\w*|wrong|going\s+on|cop(?:e|ing)|(?:not|n't)\s+(?:been\s+)?easy"
                                  # ...or after how they feel: "how did that make you feel?"
                                  r"|how\s+(?:do|did|does|are|is|has|have)\s+(?:\w+\s+){0,3}?feel\w*|feel\w*\s+about)\b", re.I)
# A remark about the talk itself ("sorry, we went off on a tangent about my
# worries"): it tells of no hard thing anew
_ABOUT_THE_TALK = re.compile(r"\b(?:(?:on|off\s+on|onto)\s+(?:a\s+)?tangent|side\s*-?\s*tracked|off\s+(?:the\s+)?topic|the\s+topic\s+(?:was|is))\b", re.I)
# An answer that says no to the question's hard thing ("Are you lonely?" "Not really, ...")
_SAYS_NO = re.compile(r"^\W*(?:no|nope|nah|not\s+(?:really|at\s+all|much))\b", re.I)
# A turn that goes on from their turn just before ("...she lied to me" then
# "but she never said sorry", "that's the reason I mentioned it"): read with it.
# Any other turn after theirs is read alone ("Nope. I've got my dog, though."
# after a hard turn is no hardship).
_GOES_ON = re.compile(r"^\W*(?:but|and|so|because|cause|cuz|plus|also|especially|which|that(?:'?s|\s+is|\s+was)\s+(?:why|what|how|the\s+reason))\b", re.I)


def without_idioms(text: str) -> str:
    """``text`` with words of pain meant in no painful sense taken out."""
    return _NO_PAIN_MEANT.sub(" ", (text or "").replace("\u2019", "'"))


def _hard(said: str) -> bool:
    if _ABOUT_THE_TALK.search(said or ""):
        return False
    said = without_idioms(said)
    return bool(names_pain(said) or names_a_feeling(said) or _HARD_GOING.search(said))


def tells_of_hardship(text: str, asked: str = "", before: str = "") -> bool:
    """Whether the turn carries a hardship or a hard feeling: in its own
    words, in ``before`` (their turn just before) when the turn goes on
    from it ("...she lied to me" then "and she did not say sorry"), or as
    the answer to ``asked``, the question put to them ("What worries you
    most?" "The exam on Friday.")."""
    if _hard(text) or (before and _GOES_ON.match(text or "") and _hard(before)):
        return True
    return bool(asked) and not _SAYS_NO.match(text or "") and \
        (names_pain(asked) or names_a_feeling(asked) or bool(_ASKS_AFTER_HARDSHIP.search(asked)))


def carries_a_feeling(text: str, asked: str = "", before: str = "") -> bool:
    """Whether there is anything in the turn to react to: a hardship, good
    news or the support they have. An agreement, a plain answer, an
    opinion or a plan carries none."""
    return tells_of_hardship(text, asked, before) or good_news(_GLAD_IF.sub(" ", without_idioms(text))) or speaks_of_support(text)


def said_just_before(history) -> str:
    """The person's own turn just before this one, when nothing of the
    companion's came between; else ""."""
    return history[-1].text if history and history[-1].role == "person" else ""


def question_answered(history) -> str:
    """The companion's turn just before, when it asks a question that the
    turn answers ("That sounds rough. What has been going on?"); else ""."""
    last = history[-1] if history else None
    return last.text if last is not None and last.role == "companion" and "?" in last.text else ""
