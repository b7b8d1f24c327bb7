"""Glad turns (turn_kinds): relief ("I feel so much better now", "things are
not as bleak as I feared!"), "it's good to get it out", praise
("thats amazing", "that's a great idea") and good wishes ("Merry Christmas!").

Read blind, these were met with "I hear you. Say more, if you like." or, when
a word of pain was in the relief ("hopeless"), with sorrow. They get a warm
acknowledgement instead, and no probe into pain.
"""
from __future__ import annotations

import re

from .peer_style import sounds_hurting
from .sentences import split_sentences
from .vocabulary import BETTER_AS_FEELING, TURNING_WORDS, alternatives

# A word that turns the relief round: "I feel better but I'm still scared",
# "not there yet".
_BUT = re.compile(r"\b" + alternatives(TURNING_WORDS, ("yet",)) + r"\b", re.I)
_NEGATED = re.compile(r"\b(?:don'?t|dont|do\s+not|not|never|no|can'?t|cannot|won'?t|hardly|wish\s+i)\s+(?:\w+\s+){0,2}?"
                      r"(?:feel\w*|felt|see|helps?|helped|good|great|nice|better)\b|\bnot\s+(?:that\s+|so\s+)?"
                      r"(?:great|good|amazing|awesome)\b", re.I)
# "it's good to get crap out", "it helps to let it out", "a weight off my shoulders"
_LET_OUT = re.compile(r"\b(?:good|nice|helps?|helped|helpful|healthy|feels?\s+good|relief)\s+(?:\w+\s+){0,2}?(?:to\s+)?"
                      r"(?:get|getting|let|letting|talk|talking|vent|venting|say|saying)\s+(?:(?:\w+\s+){0,3}?(?:out|off\s+my\s+chest)|"
                      r"(?:it|this|things)\s+(?:through|over)|about\s+it)\b"
                      r"|\b(?:good|nice|helps?|helped|helpful|healthy|relief)\b[^.!?]{0,40}?\b(?:put|putting)\s+(?:my|these|the|all\s+(?:my|this|these))\s+"
                      r"(?:\w+\s+)?(?:feelings|thoughts|emotions)\s+into\s+words\b"
                      r"|\b(?:weight|load)\s+off\s+my\s+(?:chest|shoulders|mind)\b|\b(?:glad|happy)\s+i\s+(?:got|let)\s+(?:\w+\s+){0,2}out\b",
                      re.I)
# "I feel so much better now", "not as hopeless as I thought", "you made me see..."
_RELIEF = re.compile(r"\b(?:feel|feeling|felt|i'?m|im|i\s+am)\s+(?:so\s+|much\s+|very\s+|a\s+lot\s+|a\s+(?:bit|little|little\s+bit)\s+|way\s+|"
                     r"kind\s+of\s+|really\s+)*(?:" + BETTER_AS_FEELING + r"|lighter|calmer|relieved|more\s+hopeful|less\s+(?:alone|worried|anxious|scared|stressed)"
                     # "I feel really heard and understood"
                     r"|(?:understood|validated|heard|supported)(?:\s+and\s+(?:understood|validated|heard|supported|seen))?(?=\W*$))\b"
                     r"|\bnot\s+(?:as|so)\s+(?:\w+\s+)?(?:hopeless|bad|terrible|awful|alone|dark|scary|big|serious)\s+as\s+i\s+(?:thought|feared|believed)"
                     # "It's not all hopeless."
                     r"|\b(?:it'?s|its|it\s+is|things\s+are)\s+not\s+(?:all\s+|so\s+|completely\s+|totally\s+)?(?:hopeless|bleak)\b"
                     r"|\b(?:made|make|makes|helped|help)\s+me\s+(?:see|realise|realize)\b"
                     # "honestly, that has already helped", "talking has really helped"
                     # ("your words have helped", "chatting with you has helped loads", "it helps to talk")
                     r"|^\W*(?:(?:i\s+think|i\s+feel\s+like|honestly|yeah|yes|ok(?:ay)?|well|wow)\W+)*(?:that|this|it"
                     r"|(?:talking|chatting)(?:\s+(?:to|with)\s+(?:you|u))?|(?:this|our|the)\s+(?:chat|talk|conversation)"
                     r"|(?:your|ur|the|this|that)\s+(?:input|advice|words|suggestions?|ideas?|help|support|tips?))\s+"
                     r"(?:has\s+|have\s+)?(?:already\s+|really\s+|definitely\s+|honestly\s+)*(?:helped|helps)(?:\s+me)?"
                     r"(?:\s+(?:a\s+lot|a\s+bit|so\s+much|already|loads))?(?:\s+to\s+(?:talk|vent|chat)(?:\s+(?:about\s+it|to\s+someone|to\s+you))?)?\W*\w?\W*$", re.I)
# "That gives me some perspective": glad of what was said, like praise
# "Helped give me some ideas to try": ideas given, not asked for ("give me
# some ideas" alone is a request)
_GIVES = re.compile(r"\b(?:give[sn]|gave|helped\s+(?:to\s+)?give)\s+me\s+(?:(?:some|a|a\s+bit\s+of|a\s+little|a\s+few|more|new)\s+){0,2}"
                    r"(?:hope|perspective|(?:new\s+)?outlook|peace|food\s+for\s+thought|ideas|things\s+to\s+try|positivity|boost|comfort|courage|strength)\b"
                    # "that cheered me up a bit", "it made me smile": a lift, said gladly
                    r"|\b(?:cheered|cheers)\s+me\s+up\b|\bmade\s+me\s+(?:smile|laugh|feel\s+(?:a\s+(?:bit|little)\s+)?(?:good|better|lighter))\b"
                    r"|\blifted\s+my\s+(?:mood|spirits)\b", re.I)
# "thats amazing", "ok awesome", "Great to hear!", "that's a good suggestion",
# "Ok that's rather helpful",
# "Ooh, that sounds like a good plan. That could work."
_PRAISE = re.compile(r"^\W*(?:(?:ok(?:ay)?|oh|wow|yes|yeah|yay|aw+|ah+|that'?s?|thats|that\s+is|(?:that|it|this)\s+was|it'?s|its|it\s+is|this\s+is|"
                     r"(?:that\s+)?sounds?(?:\s+like)?|so|really|very|such|just|a|an|pretty|rather|quite|how)\W+)*"
                     r"(?:amazing|awesome|great|wonderful|brilliant|fantastic|lovely|cool|nice|perfect|excellent|sweet|helpful|useful|"
                     r"(?:good|great|nice|brilliant|lovely|helpful|useful)\s+(?:idea|suggestion|plan|thought|advice|one|tip)|"
                     r"(?:great|good|nice|lovely)\s+to\s+(?:hear|know)|great\s+news|good\s+news)"
                     r"(?:\s+(?:idea|news|to\s+hear))?\W*$", re.I)
_FOLLOWS_PRAISE = re.compile(r"^\W*(?:that|it|this)\s+(?:might|could|may|will|would)\s+(?:really\s+)?(?:work|help)\b|^\W*(?:thanks?|thank\s+you)\b",
                             re.I)
_WISHES = re.compile(r"^\W*(?:(?:and|a|you\s+too|same\s+to\s+you)\W+)*(?:(?:(?:i\s+)?(?:wish\s+(?:you|u)|have)\s+)?(?:a\s+)?(?:(?:very|really)\s+)?(?:merry\s+(?:christmas|chrismas|xmas)|happy\s+(?:holidays|new\s+year|"
                     r"christmas|chrismas|thanksgiving|easter|hanukkah|diwali|eid)|season'?s\s+greetings"
                     # "I wish your happiness over chrismas! :)", as a learner of English writes it
                     r"|(?:i\s+)?wish\s+(?:you|u|your)\s+(?:all\s+the\s+)?(?:happiness|joy|peace)(?:\s+(?:over|for|this|at)\s+(?:the\s+)?(?:christmas|chrismas|xmas|holidays?|new\s+year|season))?"
                     # "have a nice holiday, if you're having one"
                     r"|(?:nice|good|great|lovely|wonderful)\s+(?:holidays?|christmas|xmas|thanksgiving|easter|new\s+year)(?:,?\s+if\s+[^.?!]{1,40})?)(?:\s+to\s+(?:you|u)(?:\s+(?:too|also|as\s+well))?"
                     r"|\s+(?:too|also|as\s+well))?(?:\s+and\s+)?\W*)+$", re.I)


# Fondness for the companion itself ("i like you", "you're sweet")
_FOND = re.compile(r"^\W*(?:(?:aw+|aww*|honestly|tbh|you\s+know\s+what)\W+)*(?:i\s+(?:really\s+)?(?:like|love)\s+(?:you|u|talking\s+(?:to|with)\s+(?:you|u))"
                   r"|(?:you'?re|you\s+are|ur|u\s+r)\s+(?:really\s+|so\s+|very\s+|such\s+)?(?:nice|sweet|kind|lovely|a\s+good\s+listener))"
                   r"(?:\W+(?:lol|haha|tbh|honestly|x+))*\W*$", re.I)


def warm_kind(text: str) -> str | None:
    """"good_wishes", "let_out", "relief" or "praise" for a glad turn, else None."""
    text = " ".join((text or "").split())
    words = len(text.split())
    if not text or words > 30:
        return None
    if _WISHES.match(text):
        return "good_wishes"
    sentences = split_sentences(text)
    if len(sentences) > 1 and _WISHES.match(sentences[-1]) and not sounds_hurting(" ".join(sentences[:-1])):
        return "good_wishes"   # "Thanks again for today. Happy holidays to you!"
    if _NEGATED.search(text) or text.rstrip().endswith("?"):
        return None
    # a turning word after the glad words turns them round ("I feel better but
    # I'm still scared"); one before leads into them ("good and bad, though I
    # do feel a little better")
    turned = [m.start() for m in _BUT.finditer(text)]
    for kind, found in (("let_out", _LET_OUT.search(text)), ("relief", _RELIEF.search(text))):
        if found and not any(at >= found.start() for at in turned):
            return kind
    if turned:
        return None
    if _GIVES.search(text) or _FOND.match(text):
        return "praise"
    if words > 16 or not sentences or sounds_hurting(text):
        return None
    # praise first, then "That might work."; or a short lead-in, then praise
    # ("I didn't think of it that way. That's a good suggestion.")
    first = _PRAISE.match(sentences[0]) and all(_PRAISE.match(s) or _FOLLOWS_PRAISE.match(s) for s in sentences[1:])
    return "praise" if first or (len(sentences) == 2 and _PRAISE.match(sentences[-1])) else None
