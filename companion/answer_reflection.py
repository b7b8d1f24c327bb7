"""A bare yes or no given back with the question it answers.

Asked "Do you feel they don't listen to you?", a person who says "yes" was
met with "I hear you. Go on, I'm listening." (read blind as generic, or as
ignoring what was just said). The companion's own yes-or-no question, put as
a statement the person has just agreed to or denied, shows it heard:
"So you do feel they don't listen to you." Pure rules; a question it cannot
turn round cleanly gives nothing, and the plain acknowledgement is said.
"""
from __future__ import annotations

import re

from .sentences import split_sentences

# ...and a yes said as "that's correct" or "that is right"
_THATS_SO = r"that'?s\s+(?:correct|right|true)|that\s+is\s+(?:correct|right|true)"
_YES = re.compile(r"^\W*(?:yes|yeah|yea|yep|yup|sure|definitely|absolutely|of\s+course|correct|exactly|i\s+(?:do|am|have|did|was)|" + _THATS_SO + r")"
                  r"(?:\W+(?:please|definitely|absolutely|exactly|yes|yeah|yep|totally|indeed|for\s+sure|i\s+(?:do|am|have|did|was)|it\s+(?:is|was)|" + _THATS_SO + r"))*\W*$", re.I)
_NO = re.compile(r"^\W*(?:no|nope|nah|not\s+at\s+all|i\s+(?:don'?t|do\s+not|haven'?t|didn'?t|wasn'?t|am\s+not)|i'?m\s+not)"
                 r"(?:\W+(?:i\s+(?:don'?t|do\s+not|haven'?t|didn'?t|wasn'?t|am\s+not)|i'?m\s+not|not\s+at\s+all))*\W*$", re.I)
# The companion's question: a helping verb, then "you" (or it, he, she, they).
_ASKED = re.compile(r"^\W*(?:(?:so|and|but|ok(?:ay)?|well|then|now)\W+)*(?P<aux>do|does|did|are|is|were|was|have|has|can|could|would|will)\s+"
                    r"(?P<subject>you|it|he|she|they)\s+(?P<rest>[^?]{2,80}?)\s*[?.]*\s*$", re.I)
# Said as the person agreed or denied it: (yes, no) for each helping verb.
_SAID = {"do": ("do", "don't"), "does": ("does", "doesn't"), "did": ("did", "didn't"), "are": ("are", "aren't"),
         "is": ("is", "isn't"), "were": ("were", "weren't"), "was": ("was", "wasn't"), "have": ("have", "haven't"),
         "has": ("has", "hasn't"), "can": ("can", "can't"), "could": ("could", "couldn't"), "would": ("would", "wouldn't"),
         "will": ("will", "won't")}
# What cannot be turned round cleanly: the companion's own "I" or "me", a
# choice ("or"), "any"/"ever" said back as a yes ("So you have told anyone"),
# "some" said back as a no, and "got" after "have" ("So you have got kids").
_PLURAL = frozenset("do did are were have can could would will".split())
_SINGULAR = frozenset("does did is was has can could would will".split())
# ...nor a check that they are there ("Are you still there?" -> "So you are still there.")
_NOT_TURNED = re.compile(r"\b(?:i|me|my|mine|we|us|our|or|else|let'?s)\b|^got\b|^still\s+(?:there|here|with)\b", re.I)
_ONLY_NO = re.compile(r"\b(?:any|anyone|anybody|anything|anywhere|ever|yet)\b", re.I)
_ONLY_YES = re.compile(r"\b(?:some|someone|somebody|something|somewhere|already|too|also)\b", re.I)


def yes_or_no(answer: str) -> bool | None:
    """True for a bare yes, False for a bare no, None for anything else."""
    answer = " ".join((answer or "").split())
    # "yeeesss", "noooo": a letter held, as typed for feeling ("not at all" keeps its double)
    for said in (answer, re.sub(r"(\w)\1+", r"\1", answer)):
        if _YES.match(said) or _NO.match(said):
            return bool(_YES.match(said))
    return None


def answer_reflection(asked: str, answer: str) -> str | None:
    """"Do you feel they don't listen?" answered "yes" -> "So you do feel
    they don't listen."; None when the answer is no bare yes or no, or the
    question cannot be turned round cleanly."""
    agreed = yes_or_no(answer)
    questions = [s for s in split_sentences(" ".join((asked or "").split())) if re.search(r"\w", s)]
    if agreed is None or not questions:
        return None
    m = _ASKED.match(questions[-1])
    if m is None:
        if not agreed:
            return None
        # "It's hard to stay hopeful. I can't imagine how lonely it is." answered
        # "yup": the statement it can affirm, the last one that has one
        return _tag_agreed(questions[-1]) or next(filter(None, (_affirmed(s) for s in reversed(questions[-2:]))), None)
    aux, subject, rest = m.group("aux").lower(), m.group("subject").lower(), m.group("rest").strip(" ,")
    if _NOT_TURNED.search(rest) or (_ONLY_NO if agreed else _ONLY_YES).search(rest) or len(rest.split()) > 14:
        return None
    if aux not in (_PLURAL if subject in ("you", "they") else _SINGULAR):
        return None   # "does you", "is they": not a question it can turn round
    verb = _SAID[aux][0 if agreed else 1]
    return f"So {subject} {verb} {rest}."


# "You two get on well, right?" answered "yes": the statement it checked,
# given back ("So you two get on well."). Only a yes: a no leaves the
# statement unsaid, and what is true instead unknown.
# ...after "it sounds like" or "so I hear" too, and asked as a statement with
# no tag ("You two still talk every day?"), if it has a verb to say back
_HEARD = r"(?:(?:so|and|ok(?:ay)?|oh)\W+)*(?:(?:it\s+)?(?:sounds|seems)(?:\s+like)?\s+|(?:so\s+)?i\s+hear\s+(?:that\s+)?)?"
_TAGGED = re.compile(r"^\W*(?:(?:so|and|ok(?:ay)?|oh)\W+)*" + _HEARD + r"(?P<said>(?:you|your|you're|you've|he|she|they|he's|she's|they're)\b[^?]{2,80}?)"
                     r"[\s,]+(?:right|correct|yeah|is\s+that\s+(?:right|correct|true|so)|am\s+i\s+right)\s*\?+\s*$", re.I)
_UNTAGGED = re.compile(r"^\W*(?:(?:so|and|ok(?:ay)?|oh)\W+)*" + _HEARD + r"(?P<said>(?:you|you're|you've|he|she|they|he's|she's|they're)\s+"
                       r"(?:\w+\s+)?(?:are|is|do|does|did|have|has|feel|felt|get|got|still|never|always|think|want|wanted|need|like|love|can't|don't|didn't|aren't|weren't|were|was)\b"
                       r"[^?]{8,80}?)\s*\?+\s*$", re.I)


def _tag_agreed(question: str) -> str | None:
    # its last clause before the tag ("You've known him for years, you trust
    # him, right?"): two clauses given back run on
    # ...unless the clauses are joined by "but" or "and" ("you work hard, but
    # struggle to find a job, right?"), said back whole
    if question.count(",") >= 2 and not re.search(r",\s+(?:but|and)\s", question.rsplit(",", 1)[0], re.I):
        head, tag = question.rsplit(",", 1)
        question = head.rsplit(",", 1)[-1] + "," + tag
    elif question.count(",") >= 1 and not _TAGGED.match(question) and not re.search(r",\s+(?:but|and)\s", question, re.I):
        question = question.rsplit(",", 1)[-1]
    m = _TAGGED.match(question) or _UNTAGGED.match(question)
    if m is None:
        return None
    said = m.group("said").strip(" ,")
    if _NOT_TURNED.search(said) or len(said.split()) > 14:
        return None
    return f"So {said[0].lower()}{said[1:]}."


# "That's a lot to have on your mind." answered "yes it is": what it said,
# affirmed with them ("It really is a lot to have on your mind."). Only a
# plain "that is" or "it was"; a denial ("it's not your fault") is not turned.
_IT_IS = re.compile(r"^\W*(?:that|it|this)(?:'s|\s+is|\s+was)\s+(?P<rest>(?!not\b|n't\b|what\b|how\b|why\b|who\b|ok(?:ay)?\b|fine\b|true\b|right\b)[^?]{3,60}?)[.!]*\s*$", re.I)


def _affirmed(said: str) -> str | None:
    m = _IT_IS.match(said)
    if m is None or said.rstrip().endswith("?") or _NOT_TURNED.search(m.group("rest")):
        return None
    verb = "was" if re.match(r"^\W*\w+\s+was\b", said, re.I) else "is"
    rest = re.sub(r"^(?:really|truly)\s+", "", m.group("rest").strip(" ,"), flags=re.I)   # no "really was really"
    return f"It really {verb} {rest}."


# "How long were you together?" answered "four years": the answer taken up
# ("Four years is a good while."), not "I'm following you". Only for a span
# that is a good while by any measure: years, or several months.
_HOW_LONG = re.compile(r"\bhow\s+long\b", re.I)
_SPAN = re.compile(r"^\W*(?:(?:about|around|almost|nearly|over|roughly|just\s+over|more\s+than)\s+)?"
                   r"(?P<span>(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|many|several|a\s+few|a\s+couple(?:\s+of)?)"
                   r"\s+years?|(?:\d+|three|four|five|six|seven|eight|nine|ten|eleven|many|several)\s+months|a\s+year(?:\s+and\s+a\s+half)?)"
                   r"(?:\s+(?:now|ago|or\s+so))?\W*$", re.I)


def span_taken_up(asked: str, answer: str) -> str | None:
    """"Four years is a good while." for a bare span that answers the
    companion's "how long...?"; None otherwise."""
    questions = [s for s in split_sentences(" ".join((asked or "").split())) if s.rstrip().endswith("?")]
    m = _SPAN.match(" ".join((answer or "").split()))
    if not questions or not _HOW_LONG.search(questions[-1]) or m is None or re.search(r"\bago\b", answer, re.I):
        return None
    span = " ".join(m.group("span").split())
    return f"{span[0].upper()}{span[1:]} is a good while."


# "When did the landlord give notice?" answered "about 3 weeks ago": how long
# it has been, said back ("So it's only been about 3 weeks..."), not "I hear
# you. Go on".
# ...when something happened or began; "when was the last time you felt
# happy?" answered "2 weeks ago" is no hard thing still fresh
_WHEN = re.compile(r"\b(?:when\s+(?:did|was\s+(?:that|this|it)|were|had|has)|how\s+long)\b(?![^?]*\blast\s+time\b)", re.I)
_AGO = re.compile(r"^\W*(?:(?:it|this|that)\s+(?:started|happened|began|was)\s+)?(?P<about>(?:about|around|almost|nearly|over|roughly|only|just)\s+)?"
                  r"(?P<span>(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|a\s+couple(?:\s+of)?|several)"
                  r"\s+(?P<unit>days?|weeks?|months?|years?))\s+ago\W*$", re.I)


def time_since_taken_up(asked: str, answer: str) -> str | None:
    """"So it's only been about 3 weeks..." for a bare "about 3 weeks ago" that
    answers the companion's "when...?"; None otherwise."""
    questions = [s for s in split_sentences(" ".join((asked or "").split())) if s.rstrip().endswith("?")]
    m = _AGO.match(" ".join((answer or "").split()))
    if not questions or not _WHEN.search(questions[-1]) or m is None:
        return None
    about = (m.group("about") or "").lower().replace("only ", "").replace("just ", "")
    span = " ".join(m.group("span").split()).lower()
    if m.group("unit").lower().startswith(("day", "week")):
        return f"So it's only been {about}{span}; that's still very recent."
    return f"So it's been {about}{span} now."


# "Was it a phone call or a visit?" answered "a visit": the choice said back
# ("So it was a visit."), not "I'm with you so far". Only a choice after "is"
# or "was", and an answer made of the words of one of the two, no other.
_CHOICE = re.compile(r"^\W*(?:(?:so|and|ok(?:ay)?)\W+)*(?P<aux>was|is|were|are)\s+(?P<subject>it|that|this|he|she|they|you)\s+"
                     r"(?P<one>[^?,]{1,40}?)\s+or\s+(?P<other>[^?,]{1,40}?)\s*\?+\s*$", re.I)
_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.I)


def choice_taken_up(asked: str, answer: str) -> str | None:
    """"So it was in person." for a bare "In person." that picks one side of
    the companion's "was it ... or ...?"; None otherwise."""
    questions = [s for s in split_sentences(" ".join((asked or "").split())) if s.rstrip().endswith("?")]
    m = _CHOICE.match(questions[-1]) if questions else None
    said = re.sub(r"[^\w\s'-]", "", " ".join((answer or "").split())).strip()
    if m is None or not said or len(said.split()) > 4:
        return None
    picked = [side for side in (m.group("one"), m.group("other"))
              if set(_ARTICLE.sub("", said.lower()).split()) <= set(side.lower().replace("-", " - ").split() + side.lower().split())]
    if len(picked) != 1 or _NOT_TURNED.search(said):
        return None
    return f"So {m.group('subject').lower()} {m.group('aux').lower()} {said[0].lower()}{said[1:]}."
