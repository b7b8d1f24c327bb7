"""Turns about the companion's own last reply (turn_kinds): a complaint or a
challenge ("you're not saying much", "what's that supposed to mean?",
"you're not listening", "that doesn't make sense"), and the person saying
it has understood them ("So you understand.", "you get it").

Read blind, a complaint was taken for a disclosure ("Thank you for telling
me that. I'm sorry you're dealing with this.") and "So you understand."
for a question put to the companion ("What would you like me to understand
about it?"). A peer owns a clumsy reply simply and asks what it missed; told
it understands, it says honestly how far it can.
"""
from __future__ import annotations

import re

from .hurtful import names_pain
from .sentences import split_sentences

# Words that open or close a complaint and add nothing to it: "huh,", "wow",
# "honestly", "...mate", "...tbh".
_LEAD = r"^\W*(?:(?:huh|hmm*|um+|uh+|wow|well|ok(?:ay)?|so|but|and|no|nah|yeah|yes|lol|bruh|bro|mate|dude|man|hey|honestly|seriously|i\s+mean|like|sorry|again)\W+)*"
_TAIL = r"(?:\W+(?:mate|man|tbh|lol|honestly|though|tho|really|at\s+all|to\s+be\s+honest|again|either|here|now|then|sorry|dude|bro|mind|entirely|completely|totally))*\W*$"
_INTENSITY = r"(?:(?:really|very|pretty|quite|so|such|a\s+bit(?:\s+of)?|a\s+little|kind\s+of|kinda|bit(?:\s+of)?|totally|completely|rather|a|an)\s+)*"
_SAYS = r"(?:say(?:ing)?|said|tell(?:ing)?|told|giv(?:e|ing)|gave|offer(?:ing)?|add(?:ing)?)"
_REPLY = r"(?:reply|answer|response|thing\s+to\s+say|way\s+to\s+put\s+it|one|question)"
# A poor reply: these words say so of a bare "that" ("that's useless"; "this
# is useless" may be about their day)...
_POOR = (r"(?:useless|unhelpful|generic|robotic|canned|lame|rubbish|crap|vague|patronising|patronizing"
         r"|condescending|cheesy|fake|scripted|cop-?out|non-?answer|dodge|clich[eé])")
# ...these only of a reply ("that's a weird thing to say"; "that's weird" may be about their day)
_ODD = r"(?:weird|strange|odd|random|bad|stupid|dumb|silly|cold|empty|rude|harsh|unkind|pointless|meaningless)"
_UNDERSTOOD_VERBS = r"(?:understand|get\s+(?:it|me|what\s+i\s+mean)|hear\s+me|listen(?:ing)?(?:\s+to\s+me)?|follow(?:\s+me)?)"

# A complaint or challenge about what the companion just said, as a whole
# sentence: texting, British, spoken and learner's English alike.
_YOU = r"(?:you(?:'re|\s+are|\s+r|r)?|u(?:\s+r)?|ur)"
_ONE_COMPLAINT = "(?:" + "|".join((
    # says little, repeats itself, does not answer
    _YOU + r"\s+(?:just\s+|really\s+)?(?:not|n't|no)\s+(?:really\s+)?" + _SAYS
    + r"\s+(?:me\s+)?(?:much|anything|a\s+lot|a\s+thing|very\s+much|nothing)(?:\s+(?:useful|helpful|new|real|of\s+use))?",
    r"(?:you|u)\s+(?:haven'?t|have\s+not|didn'?t|did\s+not|don'?t|do\s+not)\s+(?:really\s+)?(?:said|say|answer(?:ed)?|told|tell)"
    r"\s+(?:me\s+)?(?:much|anything|my\s+question|the\s+question|me)",
    _YOU + r"\s+not\s+(?:really\s+|even\s+)?answer(?:ing)?(?:\s+(?:me|my\s+question|the\s+question))?",
    _YOU + r"\s+(?:just\s+)?saying\s+(?:words|stuff|things|whatever|nothing)",
    _YOU + r"\s+(?:not|n't)\s+making\s+(?:any\s+|much\s+)?sense",
    r"(?:you|u)\s+always\s+say\s+(?:that|this|the\s+same(?:\s+thing)?)",
    r"that'?s\s+what\s+you\s+said\s+(?:last\s+time|before|already|earlier|a\s+minute\s+ago)",
    r"i\s+(?:already\s+)?(?:said|told\s+you)\s+(?:that|this)\s+(?:already|before)",
    r"(?:can|could)\s+(?:you|u)\s+(?:actually\s+|just\s+|please\s+)*say\s+something\s+(?:useful|helpful|real|different|new|else)",
    r"(?:why\s+(?:do|did)\s+|how\s+come\s+)?(?:you|u)\s+(?:keep|kept)\s+(?:on\s+)?(?:saying|repeating|asking|telling)(?:\s+me)?"
    r"(?:\s+(?:the\s+same|that|this|it)(?:\s+(?:thing|things|stuff|question))?)?(?:\s+(?:over\s+and\s+over|again|every\s+time))?",
    _YOU + r"\s+(?:just\s+)?(?:repeat(?:ing)?|parrot(?:ing)?|echo(?:ing)?)\s+(?:yourself|myself|me|what\s+i\s+(?:say|said)|my\s+(?:own\s+)?words"
    r"|everything|it\s+back)",
    r"stop\s+(?:repeating|parroting)(?:\s+(?:yourself|me|that|the\s+same\s+thing|what\s+i\s+say))?",
    r"(?:you|u)\s+(?:already|just)\s+(?:said|asked)\s+(?:that|this|it|the\s+same(?:\s+thing)?)(?:\s+(?:twice|before|already))?",
    r"(?:you|u)\s+said\s+(?:that|the\s+same(?:\s+thing)?)\s+(?:already|twice|before)",
    r"(?:is\s+)?that(?:'s|\s+is)?\s+all\s+(?:you\s+)?(?:can|ever|have\s+got\s+to|'ve\s+got\s+to|got\s+to)\s*(?:say)?",
    r"what\s+(?:kind|sort)\s+of\s+(?:an?\s+)?(?:answer|reply|response)\s+is\s+(?:that|this)",
    r"what(?:'s|\s+is)\s+that\s+(?:supposed|meant|s'posed)\s+to\s+mean",
    r"what\s+(?:are|r)\s+(?:you|u)\s+(?:even\s+)?(?:on\s+about|talking\s+about|going\s+on\s+about)",
    r"why\s+(?:would|did|do)\s+(?:you|u)\s+(?:say|ask)\s+(?:that|this)",
    # a poor reply
    r"(?:that(?:\s+" + _REPLY + r")?|this\s+" + _REPLY + r")(?:'s|\s+is|\s+was|s)?\s+" + _INTENSITY + _POOR + r"(?:\s+" + _REPLY + r")?",
    r"(?:that|this)(?:'s|\s+is|\s+was|s)?\s+" + _INTENSITY + _ODD + r"\s+" + _REPLY,
    r"(?:that|this)\s+" + _REPLY + r"(?:'s|\s+is|\s+was|s)\s+" + _INTENSITY + _ODD,
    r"that\s+was\s+" + _INTENSITY + r"random",
    r"(?:what\s+)?(?:an?\s+)?" + _INTENSITY + r"(?:" + _POOR + "|" + _ODD + r")\s+" + _REPLY,
    r"(?:(?:that|this|you|u|ur)(?:'s|\s+is|'re|\s+are|\s+r|\s+was|\s+were|s)?\s+)?not\s+(?:very\s+|really\s+|that\s+|at\s+all\s+|being\s+|much\s+)?"
    r"(?:helpful|helping|much\s+help|any\s+help|a\s+help)",
    r"(?:that|this|you)\s+(?:isn'?t|aren'?t|wasn'?t|weren'?t)\s+(?:very\s+|really\s+|that\s+|being\s+)?(?:helpful|helping|much\s+help|any\s+help)",
    r"(?:that|this|your\s+(?:answer|reply))\s+(?:doesn'?t|does\s+not|didn'?t|did\s+not|don'?t|do\s+not)\s+"
    r"(?:really\s+)?(?:make\s+(?:any\s+|much\s+)?sense|help|answer\s+(?:my|the)\s+question|answer\s+(?:it|that|me))",
    r"(?:(?:that|this|your)\s+)?(?:(?:answer|reply)\s+)?(?:make|makes|made)\s+no\s+sense(?:\s+(?:to|for)\s+me)?",
    r"(?:that|this)(?:'s|\s+is|\s+was)\s*(?:n'?t|\s+not)\s+(?:what\s+i\s+(?:said|meant|mean|asked|was\s+saying)|it\s+at\s+all|an\s+answer)",
    r"(?:that|this)\s+(?:isn'?t|wasn'?t)\s+(?:what\s+i\s+(?:said|meant|mean|asked|was\s+saying)|an\s+answer)",
    r"(?:wow\s+)?thanks\s+for\s+nothing",
    # not listening, not understanding, got it wrong
    r"(?:you|u)\s+(?:don'?t|do\s+not|didn'?t|did\s+not|dont|no|not|never)\s+(?:even\s+|really\s+)?" + _UNDERSTOOD_VERBS
    + r"(?:\s+(?:at\s+all|what\s+i(?:'m|\s+am)?\s+(?:say|said|saying|mean|meant)))?",
    _YOU + r"\s+not\s+(?:even\s+|really\s+)?(?:listening|hearing\s+me|getting\s+it|getting\s+me|understanding(?:\s+me)?)(?:\s+to\s+me)?",
    r"(?:are|r)\s+(?:you|u)\s+(?:even|actually|really)\s+(?:listening|reading|paying\s+attention)"
    r"(?:\s+to\s+(?:me|what\s+i(?:'m|\s+am)?\s+(?:say|write|said|wrote|saying|writing))|\s+what\s+i\s+(?:say|write|said|wrote))?",
    r"(?:you|u)(?:'ve|\s+have)?\s+(?:totally\s+|completely\s+)?(?:misunderstood|misheard|misread|got\s+(?:it|that|me)\s+wrong"
    r"|missed\s+the\s+point|missed\s+my\s+point|got\s+the\s+wrong\s+(?:end\s+of\s+the\s+stick|idea))(?:\s+me)?",
    r"(?:you|u)\s+sound\s+like\s+(?:a|an)\s+(?:robot|bot|machine|broken\s+record|script|computer|answering\s+machine)",
    # a challenge to what it said: "why do you keep going on about my brother?", "are you saying I'm lazy?",
    # "you make it sound like it's my fault"
    r"(?:why\s+(?:do|did|would)\s+|how\s+come\s+)?(?:you|u)\s+(?:keep|kept)\s+(?:on\s+)?(?:focus(?:ing)?|bringing\s+(?:up|it\s+up)|going\s+on"
    r"|talking|mentioning|harping|blaming|defending)(?:\s+(?:on|about|at|up))?(?:\s+[\w']+){0,4}",
    r"(?:are|r)\s+(?:you|u)\s+(?:saying|telling\s+me|implying|suggesting)\s+(?:that\s+)?(?:i'?m|i\s+am|i\s+was|it'?s\s+my\s+fault|i\s+(?:should|deserved?))(?:\s+[\w']+){0,4}",
    r"(?:you|u)\s+make\s+(?:it|me)\s+sound\s+(?:like|as\s+if|as\s+though|if)\b[^.!?]*",
)) + ")"
# ...one or more of them in a sentence ("no that's not it at all, you've got it wrong")
_COMPLAINT = re.compile(_LEAD + _ONE_COMPLAINT + r"(?:[\s,;:.!?-]+(?:and\s+|but\s+|plus\s+)?" + _ONE_COMPLAINT + r")*" + _TAIL, re.I)
# "That's not what I said. I said my sister ignores me.": a correction opens
# the turn and the rest goes on. Only the forms that plainly point at the
# companion open a longer turn ("That doesn't make sense. Why would he leave?"
# is about him).
_POINTS_AT_ME = re.compile(r"\b(?:you|u|ur|your|what\s+i\s+(?:said|meant|mean|asked|was\s+saying)|answer|reply|repeat\w*|thanks\s+for\s+nothing)\b",
                           re.I)

# "So you understand.", "you get it", "finally someone who gets it": said of the companion.
_UNDERSTOOD = re.compile(_LEAD + r"(?:(?:so|yes|yeah|right|exactly|ok(?:ay)?|that'?s\s+(?:exactly\s+)?it(?:\s+exactly)?|i\s+(?:think|feel(?:\s+like)?|can\s+tell))\W+)*"
                         r"(?:(?:you|u)\s+(?:do\s+|really\s+|totally\s+|actually\s+|clearly\s+|definitely\s+|truly\s+)*"
                         r"(?:understand|understood|get|got|get\s+it|got\s+it|get\s+me|got\s+me)(?:\s+(?:me|it|what\s+i\s+mean|what\s+i'?m\s+(?:saying|going\s+through)|how\s+(?:it\s+is|i\s+feel)))?"
                         r"(?:\s+(?:then|now|perfectly|completely|exactly|well|so\s+well|totally|right|in\s+one))*"
                         r"|(?:you|u)(?:'ve|\s+have)\s+(?:really\s+)?got\s+it(?:\s+(?:exactly|right|in\s+one))?"
                         r"|(?:you|u)\s+(?:do\s+|really\s+)*know\s+(?:how\s+it\s+feels|what\s+(?:it'?s|it\s+is)\s+like)(?:\s+then)?"
                         r"|(?:finally|at\s+last|glad|good\s+to\s+know)\s+(?:there'?s\s+)?(?:someone|somebody|something|anyone|one\s+who)\s+(?:who\s+|that\s+)?"
                         r"(?:understands|gets\s+it|gets\s+me)(?:\s+me)?"
                         r")" + _TAIL, re.I)


def complains_of_reply(sentence: str) -> bool:
    """Whether ``sentence`` complains of or challenges the companion's last reply."""
    return bool(_COMPLAINT.match(sentence or ""))


# "That doesn't make sense. I said I lost my job, not my house."
_CORRECTS = re.compile(r"^\W*(?:no\W+)?(?:i\s+(?:said|meant|mean|was\s+(?:saying|talking\s+about)|didn'?t\s+say|never\s+said)|what\s+i\s+(?:said|meant)(?:\s+(?:was|is))?)\b(?:\s+that\b)?", re.I)


# "Huh? That makes no sense.": a sound of surprise around a complaint
_FILLER = re.compile(r"^\W*(?:huh|what|eh|hm+|um+|uh+|er+|wow|lol|seriously|really|ok(?:ay)?|sorry|come\s+on)\W*$", re.I)


def split_complaint(text: str) -> tuple[str, str]:
    """A turn that is or opens with a complaint of the last reply: (the
    complaint, the rest); ("", text) for any other turn. The rest is what
    they went on to say ("You're not saying much. I feel overwhelmed"): "" for
    a turn that is only a complaint."""
    sentences = split_sentences(text or "")
    # "you're not listening, my mum is sick": a complaint of it before a comma
    first, comma, after = sentences[0].partition(",") if sentences else ("", "", "")
    if comma and after.strip() and complains_of_reply(first) and _POINTS_AT_ME.search(first) \
            and not complains_of_reply(sentences[0]):
        sentences[:1] = [first + ".", after.strip()]
    n = 0
    while n < len(sentences) and (complains_of_reply(sentences[n]) or _FILLER.match(sentences[n])):
        n += 1
    while n and _FILLER.match(sentences[n - 1]):
        n -= 1    # "What? Sorry, my mum is ill": no complaint
    if n == 0:
        return "", text
    if n == len(sentences):
        return text, ""
    if not (any(_POINTS_AT_ME.search(s) for s in sentences[:n]) or _CORRECTS.match(sentences[n])):
        return "", text
    return " ".join(sentences[:n]), _CORRECTS.sub("", " ".join(sentences[n:]), count=1).lstrip(" ,")


def feels_understood(text: str) -> bool:
    """Whether the person says the companion understands them."""
    return bool(_UNDERSTOOD.match(text or ""))


# Agreeing with what the companion just said: "true", "so true", "fair
# enough", "that's food for thought", "maybe you're right". Read
# blind, these were met with "Thanks for putting that into words. Go on":
# nothing of the agreement taken up. A peer hands the point back as only its
# own take, theirs to weigh.
_AGREEMENT = (r"(?:(?:so|very|that'?s|thats|that\s+is|it'?s|its|yeah|yes|yea|yep|oh|ok(?:ay)?|hmm+|mm+|well|and|but|ah+|great|sure)\W+)*"
              r"(?:true(?:\W+true)*(?:\s+(?:too|enough|that))?"
              # "I fully agree with that", "agreed", "I do agree"
              r"|(?:i\s+(?:(?:completely|totally|fully|absolutely|definitely|really|do|would|100%)\s+)?agree(?:\s+with\s+(?:you|u|that|this|what\s+you\s+said))?"
              r"(?:\s+(?:completely|totally|fully|100%|on\s+that))?|agreed)"
              r"|(?:i\s+(?:think|guess|know|suppose)\s+|maybe\s+|perhaps\s+)?(?:you(?:'re|\s+are|\s+r)|ur|u\s+r|youre)\s+"
              r"(?:probably\s+|so\s+|totally\s+|absolutely\s+|quite\s+|definitely\s+)?right"
              r"|fair\s+enough|(?:a\s+)?(?:(?:really|very)\s+)?(?:good|great|fair|valid)\s+point|(?:i\s+)?(?:see|get)\s+(?:your|ur)\s+point"
              r"|i\s+(?:can\s+)?see\s+(?:what\s+you\s+mean|that|where\s+you'?re\s+coming\s+from)"
              r"|(?:that|it)\s+makes\s+(?:a\s+lot\s+of\s+)?sense"
              r"|(?:that|it)\s+(?:sounds|seems)\s+like\s+a\s+(?:much\s+|far\s+|really\s+)?(?:more\s+)?(?:positive|better|healthier|kinder|helpful|good)\s+"
              r"way\s+(?:of|to)\s+(?:think|look|see)\w*(?:\s+(?:of|at|about)\s+(?:it|that|this|things))?"
              r"|(?:that'?s|thats|that\s+is|it'?s)\s+(?:something|a\s+thought)\s+(?:to\s+think\s+about|worth\s+thinking\s+about)"
              r"|(?:that'?s|thats|that\s+is)\s+food\s+for\s+thought"
              r"|(?:you(?:'ve|\s+have)\s+|that\s+(?:has\s+)?)?(?:given|gave|gives)\s+me\s+(?:something|a\s+lot|plenty|lots|things)\s+to\s+think\s+about"
              r"|i(?:'ll|\s+will)\s+(?:have\s+to\s+)?think\s+about\s+(?:it|that)"
              # granted as possible: "it is possible", "that might be part of it", "could be"
              r"|(?:it|that|this)(?:'s|\s+is)\s+(?:quite\s+|very\s+|definitely\s+|certainly\s+)?possible"
              r"|(?:that|it|this)\s+(?:might|may|could)\s+(?:well\s+|also\s+)?be\s+(?:part\s+of\s+it|true|it|so|the\s+case|right|a\s+part\s+of\s+it)"
              r"|(?:maybe|perhaps)\s+so|could\s+be)")
_AGREES = re.compile(r"^\W*" + _AGREEMENT + r"(?:\s+(?:too|also|as\s+well|though))?[\s.!,]*$", re.I)
# "you're right, but it's hard to actually do": knowing is not doing
# ("that is true it is just hard": the "but" left out)
_AGREES_BUT_HARD = re.compile(r"^\W*" + _AGREEMENT + r"[\s.!,\u2026]*(?:but[\s.\u2026,]*(?:it'?s\s+|its\s+|it\s+is\s+|that'?s\s+)?|(?:it'?s|its|it\s+is)\s+)"
                              r"(?:(?:so|really|just|very|still)\s+)?(?:easier\s+said\s+than\s+done|hard(?:er)?|difficult|tough|not\s+(?:that\s+|so\s+)?easy)"
                              r"(?:\s+(?:to\s+do|sometimes|for\s+me))?\W*$", re.I)
# What may follow an agreement and still leave it the point: a short sentence
# with no question, no turn and no feeling of its own ("One day at a time.")
_AFTER_AGREEING_WORDS = 6
_TURNS = re.compile(r"\b(?:but|though|although|still|except|yet)\b|\?", re.I)


def agrees(text: str) -> str | None:
    """"agrees" for a turn that agrees with the companion's point,
    "agrees_but_hard" for one that agrees but finds it hard to do, else None."""
    text = " ".join((text or "").split())
    if _AGREES_BUT_HARD.match(text):
        return "agrees_but_hard"
    sentences = [s for s in split_sentences(text) if re.search(r"\w", s)]
    if len(sentences) == 1:
        return "agrees" if _AGREES.match(sentences[0]) else None
    if len(sentences) != 2:
        return None
    if _AGREES.match(sentences[0]):
        # what follows says nothing of their own ("One day at a time.")
        other, own_words_allowed = sentences[1], False
    elif _AGREES.match(sentences[1]):
        # a short lead-in of their own, then the agreement ("I hadn't seen it like that. Fair point.")
        other, own_words_allowed = sentences[0], True
    else:
        return None
    if len(other.split()) > _AFTER_AGREEING_WORDS + 2 * own_words_allowed or _TURNS.search(other) or names_pain(other) \
            or _CLOSES.search(other) or (not own_words_allowed and re.search(r"\b(?:i|i'm|im|me|my|feel\w*)\b", other, re.I)):
        return None
    return "agrees"


# thanks or a goodbye beside the agreement: answered as that
_CLOSES = re.compile(r"\b(?:thanks?|thank\s+(?:you|u)|thx|bye|goodbye|good\s*night|take\s+care)\b", re.I)
