"""Questions put to the companion itself (turn_kinds): about its own life
("did you ever pass the test?"), about its own ways of coping ("what was
your coping mechanism?", "what teas do you drink for anxiety?"), a question
asked back ("...how about you?" after the person told of their vaccine),
"what do you mean?", and requests for ideas that the older rules missed
("any other tricks you could pass on?").

Read blind, all of these were answered as if nothing had been asked ("I hear
you. What's that been like for you?"). The companion is an AI: it answers
honestly that it has no life or coping of its own, offers, when ways were
asked for, what other people have found (ideas.py), and hands the turn back.
"""
from __future__ import annotations

import re

from .peer_style import sounds_hurting
from .vocabulary import COPING_VERBS, IDEA_NOUNS, TURN_OPENERS, alternatives, loose_alternatives

_OPENERS = alternatives(TURN_OPENERS)

# A question about the companion's own life or experience ("how did you do
# it?", "what kind of teas do you drink?", "did you ever pass the test",
# "has your anxiety come back?").
_ASKS_COMPANION = re.compile(
    # "how did that make you feel?", "how long did that take you?", "what made
    # you quit?", "so you picked which one?", "did your sister go through it
    # too?", "are you still at that firm?": the companion's own life
    r"\b(?:how|what)\s+(?:\w+\s+){0,2}?(?:did|does|do)\s+(?:it|that|this)\s+make\s+(?:you|u)\s+feel\b"
    r"|\bhow\s+long\s+did\s+(?:it|that)\s+take\s+(?:you|u)\b|\bwhat\s+made\s+(?:you|u)\s+(?:stop|start|quit|leave|decide|choose|change)\b"
    r"|\b(?:and|so)\s+(?:you|u)\s+(?:chose|picked|decided\s+on|went\s+with)\s+what\b"
    r"|\b(?:are|r)\s+(?:you|u)\s+(?:still\s+)?(?:with|at|in)\s+(?:that|the|your)\s+(?:job|company|school|college|place|relationship)\b"
    r"|\bdid\s+your\s+(?:mom|mum|dad|mother|father|sister|brother|wife|husband|partner|friend|family|son|daughter)\b"
    r"|\b(?:how|what|when|why|which|how\s+often|how\s+long)\s+(?:\w+\s+){0,3}?(?:did|do|would|have|were)\s+you\s+"
    r"(?!think|mean|say|suggest|recommend|want|like\s+to\s+(?:talk|hear)|need|know\s+(?:about\s+)?(?:it|that|this)\b)\w+"
    # "are you having a holiday this year?", "are you still working?"
    r"|\b(?:are|r)\s+(?:you|u)\s+(?:still\s+|also\s+|going\s+to\s+be\s+)?(?:taking|getting|having|working|studying|dating|married|"
    r"living|planning|travell?ing|vaccinated|single|religious)\b"
    r"|\b(?:have|did|were|do)\s+(?:you|u)\s+(?:ever\s+|also\s+|too\s+)?(?:been|gone|went|go|do\s+(?:anything|much|that|this|it|any)|feel|felt|had|have|lose|lost|deal|dealt|find|found|meet|met|"
    r"date|dated|marry|married|break\s+up|move|moved|leave|left|pass|passed|take|took|drink|use|like|enjoy|love|work|live|"
    r"cope|coped|get|got|experience\w*|struggle\w*|tried|try|know\s+how\s+it\s+feels)\b"
    r"|\b(?:did|have)\s+you\s+ever\s+\w+"
    r"|\bwhat\s+(?:was|is)\s+it\s+like\s+for\s+you\b|\b(?:has|did)\s+(?:this|that|it)\s+(?:ever\s+)?happen\w*\s+to\s+you\b"
    r"|\b(?:has|have|did|does|is|was)\s+your\s+(?:own\s+)?(?:anxiety|depression|stress|worry|fear|grief|panic|sadness|"
    r"situation|problem|family|partner|relationship|life)\b"
    r"|\bwhat\s+(?:was|is|were|are)\s+your\s+(?:own\s+)?\w+"
    r"|\bany\s+plans?\s+(?:for\s+)?(?:yourself|urself|of\s+your\s+own)\b"
    # "what worked for you?", "did you look at any websites before...?",
    # "have you used linkedin before?", "what are you studying now?", "what are you hobbies?"
    r"|\bwhat\s+(?:worked|helped)\s+(?:for\s+)?(?:you|u)\b"
    r"|\b(?:have|did)\s+(?:you|u)\s+(?:ever\s+)?(?:look|looked|search|searched|apply|applied|use|used|showcase\w*|join|joined|see|seen|read|"
    r"study|studied|learn|learned|learnt|ask|asked|talk|talked|sign\w*|put)\b[^?]*\bbefore\b"
    r"|\bdid\s+(?:you|u)\s+(?:look|search|apply|sign\s+up|join|ask|study|read|see|watch|hear|catch)\b"
    r"|\bwhat\s+(?:are|r)\s+(?:you|u)\s+(?:majoring|studying|reading|watching|doing|working|into|up\s+to)\b"
    r"|\bwhat\s+(?:are|r|is)\s+(?:you|u|ur)\s+(?:hobbies|hobby|interests|plans|favou?rite)\b"
    # "has someone cheated on you?", "has a friend ever done that to you?",
    # "are you married?", "is your mum still alive?", "what's your favourite film?"
    r"|\b(?:has|have|did|does|was|were)\s+(?:someone|anyone|anybody|somebody|a\s+(?:friend|partner|mate|boss)|your\s+\w+|people)\s+"
    r"(?:ever\s+)?\w+\b[^?.!]{0,30}?\b(?:on|to|at|with|from)\s+(?:you|u)\b(?!\s+(?:know|guys)\b)"
    r"|\b(?:has|have|did)\s+(?:someone|anyone|anybody|somebody|a\s+(?:friend|partner|mate|boss)|your\s+\w+|people)\s+(?:ever\s+)?"
    r"(?:hurt|left|lied\s+to|cheated\s+on|dumped|ghosted|betrayed|bullied|ignored|loved)\s+(?:you|u)\b|let\s+(?:you|u)\s+down\b"
    r"|\bare\s+(?:you|u)\s+(?:married|single|divorced|seeing\s+anyone|in\s+a\s+relationship|a\s+(?:mum|mom|dad|parent|student)|religious"
    r"|from\s+\w+|at\s+(?:uni|school|college|work)|(?:ever\s+)?lonely)\b"
    r"|\b(?:is|was|are|were)\s+(?:your|ur)\s+(?:mum|mom|dad|mother|father|parents?|family|brother|sister|partner|wife|husband|"
    r"girlfriend|boyfriend|friends?|kids?|children)\b"
    # "do you sleep?", "how old are you?", "where are you from?", "are you lonely?"
    r"|\bdo\s+(?:you|u)\s+(?:ever\s+)?(?:sleep|eat|dream|cry|laugh|get\s+(?:tired|sad|lonely|bored|angry|upset|scared)|"
    r"have\s+(?:feelings|emotions|a\s+(?:family|body|life|home)))\b|\bhow\s+old\s+(?:are|r)\s+(?:you|u)\b|\bwhere\s+(?:are|r)\s+(?:you|u)\s+from\b"
    r"|\bwhere\s+do\s+(?:you|u)\s+live\b|\bwhat\s+do\s+(?:you|u)\s+look\s+like\b|\b(?:are|r)\s+(?:you|u)\s+(?:ever\s+)?(?:lonely|bored|scared|afraid)\s*\?"
    r"|\bwhat'?s\s+(?:your|ur)\s+(?!(?:name|advice|opinion|view|take|thoughts?|point|suggestion|idea|guess|problem|question)\b)\w+"
    # "what are some of the things you do to cheer up?"
    r"|\bwhat\s+(?:are|were)\s+(?:some\s+)?(?:of\s+)?(?:the\s+)?(?:things|ways|stuff)\s+(?:that\s+)?(?:you|u)\s+(?:do|did|use|try|tried)\b",
    re.I)
# ...asked without its question mark ("so, did you ever pass the test")
_QUESTION_FORM = re.compile(rf"^\W*(?:{_OPENERS}\W+)*(?:how|what|when|why|which|have|has|did|do|were)\b[^.!]*\b(?:you|your)\b[^.!]*$",
                            re.I)
# ...asking for its ways of getting through ("how did you deal with them?",
# "what else did you do?", "did you try other things as well")
_WAYS = re.compile(r"\b(?:" + loose_alternatives(COPING_VERBS) + r"|help\w*\s+(?:with|for|you|calm)|mechanism|routine|"
                   + loose_alternatives(IDEA_NOUNS) + r"|what\s+else|other\s+things|to\s+help|calm\w*|nerves|unwind|"
                   r"when\s+(?:you|u)(?:'re|\s+are|\s+feel|\s+get|\s+can'?t|\s+cannot)|for\s+(?:your\s+)?(?:anxiety|stress|nerves|sleep)"
                   r"|feel\s+better|cheer\s+(?:yourself\s+)?up|worked\s+for)\b",
                   re.I)


def companion_question(sentences: list[str]) -> str | None:
    """"asks_my_ways" for a question about the companion's own ways of coping,
    "asks_companion" for one about its life, or None."""
    asked = None
    if sentences and _ASKS_COMPANION.search(sentences[-1]) and (
            sentences[-1].rstrip().endswith("?") or _QUESTION_FORM.match(sentences[-1])):
        asked = sentences[-1]
    else:
        # "do you get lonely? sorry, odd question. I suppose you don't"
        # ...or "have you used linkedin before? I've had it recommended, they say
        # it's a neat way to show your background": a plain remark after it
        at = next((i for i, s in enumerate(sentences) if s.rstrip().endswith("?") and _ASKS_COMPANION.search(s)), None)
        rest = " ".join(sentences[at + 1:]) if at is not None else ""
        if at is not None and (len(rest.split()) <= 12 or (len(rest.split()) <= 30 and not sounds_hurting(rest) and "?" not in rest)):
            asked = sentences[at]
    if asked is None:
        return None
    return "asks_my_ways" if _WAYS.search(asked) else "asks_companion"


# Requests for ideas in words the older rules missed: "got any other
# tricks you could pass on?", "I'd like to hear a couple of those
# ideas", "could you please help me out to
# overcome this stress".
_IDEAS = alternatives(IDEA_NOUNS)
# "are there any good online forums that might help?":
# which ones, asked for as ideas; not a yes or no on whether something helps
WHICH_ONES_HELP = (r"(?:(?:is|are)\s+there|there\s+(?:are|is))\s+(?:some|any)\s+(?:good\s+|other\s+)?(?:[\w-]+\s+){1,4}?"
                    r"(?:that|which)\s+(?:can|could|might|would|will|may)\s+(?:really\s+)?help\b")
_ASKS_FOR_IDEAS = re.compile(
    WHICH_ONES_HELP + r"[^.!]*\?|"
    # "do you have any suggested websites?", "any activities you could recommend?", "are there anything else that can help?"
    r"\b(?:do|did|does)\s+(?:you|u)\s+(?:know|have)\s+(?:any|some)\s+(?:good\s+)?(?:suggested|recommended)\s+\w+|"
    r"\b(?:any|some)\s+(?:\w+\s+)?(?:activities|things|ways|hobbies|exercises)\s+(?:that\s+)?(?:you\s+)?(?:could|would|can|might)\s+(?:recommend|suggest)\b|"
    r"\b(?:is|are)\s+there\s+(?:anything|something)\s+else\s+(?:that\s+|which\s+)?(?:can|could|might|would|will)\s+help\b|"
    rf"\b{_IDEAS}\s+(?:that\s+)?you\s+(?:can|could|might|would)\s+(?:share|give|offer|pass\s+on|suggest|recommend)\b"
    rf"|\b(?:love|like|want|glad)\s+(?:to\s+)?(?:hear|hearing|know|get|have)\s+(?:a\s+few|some|any|more)\s+"
    rf"(?:of\s+(?:those|these|your)\s+)?(?:\w+\s+)?{_IDEAS}"
    rf"|\b(?:do|did|does)\s+(?:you|u)\s+(?:know|have)\s+(?:any|some|an?)\s+(?:\w+\s+)?{_IDEAS}"
    r"|\b(?:can|could|would|will)\s+you\s+(?:please\s+|just\s+|maybe\s+)+help\s+me\b"
    # "could you just name a few?", "can you list some?"
    r"|\b(?:can|could|would|will)\s+you\s+(?:please\s+|just\s+|maybe\s+)*(?:name|list|suggest|recommend)\s+(?:a\s+few|some|one|any|something|anything|a\s+couple|a\s+way|ways)\b"
    # "is there any way for me to change my way of thinking?": ways asked for
    r"|\bis\s+there\s+(?:any\s*way|a\s+way|anything\s+(?:i|we)\s+(?:can|could)\s+do)\s+(?:for\s+me\s+)?to\s+\w+[^.!]*\?"
    # "which journal would you recommend for a beginner": a named thing asked for
    # ("which sort of exercise would you suggest for it?")
    r"|\b(?:what|which)\s+(?:\w+\s+){1,4}?(?:do|would|could|can)\s+(?:you|u)\s+(?:recommend|suggest)\b"
    # "what kind of exercise helps with stress?": what helps anyone, asked
    r"|\b(?:what|which)\s+(?:\w+\s+){0,3}?(?:helps?|works?)\s+(?:best\s+)?(?:with|for|against)\b(?!\s+(?:you|u)\b)[^.!]*\?"
    # "I need some ways to relax before exams", "i could use a few tips": asked for, said as a need
    rf"|\bi(?:\s+(?:really\s+|just\s+)?(?:need|want|could\s+use|would\s+like)|'d\s+(?:really\s+)?like)\s+(?:(?:some|a\s+few|any|more|new|good|better|other)\s+)*{_IDEAS}\b(?=\s+\w)"
    # "any suggestions?", "are there any other suggestions you might recommend?",
    # "what do you recommend?", "yes give me", "how you can handle?"
    rf"|\bany\s+(?:other\s+|more\s+|good\s+)?(?:\w+\s+)?{_IDEAS}\b[^.!?]*\?"
    # a turn that is only the ask, typed with no question mark: "any advice"
    rf"|^\W*(?:(?:so|ok(?:ay)?|well|and|also|please|um+|hm+)\W+)*any\s+(?:other\s+|more\s+|good\s+)?(?:\w+\s+)?{_IDEAS}"
    r"(?:\s+(?:for\s+me|please|pls|on\s+(?:that|this)))?\W*$"
    r"|^\W*(?:(?:yes|yeah|yea|ok(?:ay)?|oh|so|please)\W+)*(?:pls\s+|please\s+)?give\s+me(?:\s+(?:some|a\s+few|any)(?:\s+\w+)?)?\W*$"
    r"|\bhow\s+(?:you|u)\s+(?:can|could|would)\s+(?:handle|deal\s+with|manage|cope\s+with)\b"
    r"|\bwhat'?s\s+(?:your|ur)\s+(?:best\s+)?(?:advice|suggestions?|tips?|ideas?)\b|\bwhat\s+(?:are|r)\s+(?:your|ur)\s+(?:suggestions|tips|ideas)\b", re.I)


def asks_for_ideas(text: str) -> bool:
    return bool(_ASKS_FOR_IDEAS.search(text or "")) or asks_how_to_start(text)


# "I'd like to try that. How does anyone begin?": how anyone starts the thing
# just talked of, not how the companion did; a practical thing, not a feeling
_HOW_TO_START = re.compile(r"(?:^|[.!?]\s*)\W*(?:(?:so|and|but|ok(?:ay)?|well|right)\W+)*how\s+(?:do|would|does|should|can|could)\s+(?:you|u|one|i)\s+"
                           r"(?:even\s+)?(?:start|begin|get\s+started|bring\s+it\s+up|open)(?:\s+(?:it\s+off|it|off|things\s+off|the\s+(?:conversation|talk|subject)))?\W*\?", re.I)


def asks_how_to_start(text: str) -> bool:
    return bool(_HOW_TO_START.search(text or ""))


# "What do you mean?", "what you meaning?", "I don't understand the
# question": the companion's last words were not clear to them.
_CLARIFY = re.compile(
    r"^\W*(?:(?:sorry|um+|huh|hm+|wait|ok(?:ay)?)\W+)*(?:what\s+(?:do|did)?\s*(?:you|u)\s+(?:mean|meaning|meant)(?:\s+by\s+(?:that|this|it))?(?:\s+(?:exactly|there|here))?"
    r"|what\s+does\s+that\s+mean|meaning|what\s+(?:are|r)\s+(?:you|u)\s+(?:asking|saying)|"
    r"i\s+(?:don'?t|do\s+not|dont)\s+(?:understand|get|follow)(?:\s+(?:you|it|that|the\s+question|what\s+you\s+mean))?|"
    r"(?:can|could)\s+(?:you|u)\s+(?:explain|rephrase|say\s+(?:that|it)\s+(?:again|another\s+way))(?:\s+(?:that|it|please))*|"
    # "Sorry, you can write more simple? I don't understand all the words."
    r"(?:i\s+beg\s+your\s+pardon\W+)?(?:(?:can|could)\s+(?:you|u)|(?:you|u)\s+can)\s+(?:please\s+)?(?:write|say|put|explain|speak|talk)\s+(?:it\s+|that\s+)?(?:again\s+)?(?:more\s+)?(?:simpl[ey]|simpler|easier|slower|more\s+slowly)(?:\s+(?:words|english|please))*\W*(?:i\s+(?:don'?t|do\s+not)\s+(?:understand|know)\s+(?:all\s+)?(?:the|these|those|some)\s+words)?|"
    r"i\s+(?:don'?t|do\s+not)\s+(?:understand|know)\s+(?:all\s+)?(?:the|these|those|some|your)\s+words|"
    # "sorry what did you say, I didn't catch that"
    r"what\s+did\s+(?:you|u)\s+(?:just\s+)?say(?:\W+(?:i\s+)?(?:didn'?t|did\s+not|couldn'?t)\s+(?:catch|hear|get)\s+(?:that|it|you))?|"
    r"(?:i\s+)?(?:didn'?t|did\s+not|couldn'?t)\s+(?:catch|hear)\s+(?:that|it|you|what\s+you\s+said)|come\s+again|pardon(?:\s+me)?)\W*$",
    re.I)


def asks_to_clarify(text: str) -> bool:
    """Whether the turn asks what the companion meant, or for it in other
    words: the whole turn, or one sentence of a short turn whose rest is a
    reason ("...could you say that again more simply? I am afraid I did not
    follow all of it.")."""
    text = text or ""
    if _CLARIFY.match(text):
        return True
    sentences = re.split(r"(?<=[?.!])\s+", text.strip())
    rest = " ".join(x for x in sentences if not _CLARIFY.match(x))
    # ("I don't understand. Sam's engaged, fine, but I still want to be the
    # one he calls": what follows is their point, not a reason)
    return len(sentences) > 1 and len(rest.split()) <= 12 and any(_CLARIFY.match(x) for x in sentences) \
        and not sounds_hurting(rest.replace("afraid", " "))


# "sorry my phone froze for a sec, can you say that again?", "sorry mate,
# didn't catch that, say again?": its last words asked for again, whatever
# short reason comes with the asking (a call bell, the cat on the keyboard)
_SAY_AGAIN = re.compile(
    r"\b(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:say|repeat|write|type)\s+(?:that|it|what\s+(?:you|u)\s+(?:just\s+)?said|the\s+last\s+(?:bit|part))"
    # ("could you say it more simply?" asks for other words: asks_to_clarify)
    r"(?:\s+again|\s+one\s+more\s+time)?(?!\s+(?:again\s+)?(?:more\s+)?(?:simpl|easier|another\s+way|differently|in\s+other))|(?<!\bnever\s)(?<!\bnot\s)say\s+(?:that|it)\s+again|(?:^|[,.!?;]\s*)say\s+again|repeat\s+(?:that|it|yourself|the\s+last\s+(?:bit|part))"
    r"|what\s+did\s+(?:you|u)\s+(?:just\s+)?say(?!\s+(?:to|about|when|at|in|back|then)\b)"
    # ...the words not caught, said at the end of what they say ("couldn't get it right", "I missed it so much" are no asking)
    r"|(?:(?:didn'?t|did\s+not|couldn'?t|could\s+not)\s+(?:quite\s+)?(?:catch|hear)\s+(?:that|it|you|what\s+(?:you|u)\s+said)"
    r"|(?:didn'?t|did\s+not|couldn'?t|could\s+not)\s+(?:quite\s+)?get\s+(?:that|what\s+(?:you|u)\s+said|the\s+last\s+(?:bit|part))"
    r"|i\s+missed\s+(?:that|it|what\s+(?:you|u)\s+said))(?=\s*(?:[,.!?;]|$)|\s+(?:properly|sorry|again|at\s+all|mate|there)\b)"
    r"|come\s+again|one\s+more\s+time)\b", re.I)


def asks_to_repeat(text: str) -> bool:
    """Whether a short turn asks for the companion's last words again."""
    text = text or ""
    found = _SAY_AGAIN.search(text)
    # the reason around it may not carry pain ("I missed it" is no loss)
    return bool(found) and len(text.split()) <= 30 and not sounds_hurting(_SAY_AGAIN.sub(" ", text).replace("missed it", " "))


# "...how about you?": after a mood it asks how the companion is; after
# something they did ("I got my vaccine today. How about you?") it asks
# whether the companion did it too.
_ASKED_BACK = re.compile(r"^(?P<before>.*?)\W*\b(?:(?:and\s+)?(?:how|what)\s+about\s+(?:you|u)(?:rself)?|and\s+(?:you|u)(?:rself)?"
                         r"|(?<![^\W\d_])(?<![a-z]\s)(?:you|yourself|u)|wbu|hbu)\W*$", re.I | re.S)
# ("well" that opens a sentence, "well i'm distraught", is no mood of its own)
_MOOD = re.compile(r"^\W*(?:(?:i'?m|im|i\s+am|am|doing|feeling|been|things\s+are|it'?s\s+been|all|so|pretty|really|very|quite|"
                   r"not|too|just|ok(?:ay)?|well|yeah|yes|hi|hello|hey|thanks?|thank\s+you|a\s+bit|kind\s+of)\W+)*"
                   r"(?:good|great|fine|ok(?:ay)?|alright|well(?!\W+(?:i|i'?m|im|it|it'?s|my|we|things)\b)|bad|awful|tired|so-so|meh|better|worse|rough|terrible|"
                   r"wonderful|fantastic|excellent|lousy|down|low|sad|happy|stressed|busy|disgust\w*)\b", re.I)
_HOW_ARE_YOU_ASKED = re.compile(r"\bhow\s+(?:are|r)\s+(?:you|u)\b|\bhow'?s\s+(?:it\s+going|your\s+day|things)\b|"
                                r"\bhow\s+(?:have\s+you\s+been|is\s+your\s+day|are\s+things)\b|"
                                # "how is life treating you?", "how's everything?"
                                r"\bhow(?:'s|\s+is)\s+(?:life|everything|the\s+world)(?:\s+treating\s+(?:you|u))?\b", re.I)


def asks_back(text: str, earlier: str, companion_before: str) -> bool:
    """Whether "...how about you?" asks the companion about what the person
    just told (``earlier`` is their turn before, when this one is the bare
    question), not how it is."""
    m = _ASKED_BACK.match(" ".join((text or "").split()))
    if m is None or _HOW_ARE_YOU_ASKED.search(companion_before or "") or _HOW_ARE_YOU_ASKED.search(text):
        return False
    before = m.group("before").strip() or (earlier or "").strip()
    return bool(before) and not _MOOD.match(before)


_LOW = re.compile(r"\b(?:not|bad|awful|tired|meh|worse|rough|terrible|lousy|down|low|sad|stressed|so-so|disgust\w*)\b", re.I)
_HAD_BETTER_DAYS = re.compile(r"\b(?:had|seen|been)\s+better\s+days\b|\bcould\s+be\s+better\b", re.I)


def said_low_mood(text: str) -> bool:
    """Whether a turn says they are not doing well ("not too great", "could
    be better"): asked back how the companion is, it does not ask how their
    day has been as if they had not just said."""
    text = " ".join((text or "").split())
    return bool((_MOOD.match(text) and _LOW.search(text)) or _HAD_BETTER_DAYS.search(text))


# The person's own idea put as a question ("Maybe I should block them?",
# "How about some wooden toys?", "do you mean like joining a club?" after a
# suggestion): theirs to weigh, not a fact to look up.
_OWN_IDEA = re.compile(r"^\W*(?:(?:and|but|so|ok(?:ay)?|well|oh|ah|right)\W+)*(?:(?:maybe|perhaps)\s+i\s+(?:should|could|can|might)\b"
                       r"|how\s+about\s+(?=(?:a|an|some|i|we|just|maybe|if|\w+ing)\b)|(?:(?:do|did)\s+)?(?:you|u)\s+mean\s+(?:like\s+|something\s+like\s+)?(?:\w+ing|going|a|an|some|to)\b|what\s+if\s+i\s+(?:just\s+)?(?!can'?t|don'?t|fail|lose|cheat|cheated|lied|lie|stole|steal|hurt|hit|got\s+caught|get\s+caught|messed|mess|screwed|ruin)\w+)[^?]*\?+\W*$", re.I)


def own_idea(sentence: str) -> bool:
    return bool(_OWN_IDEA.match(sentence or ""))


# "I feel so tired, you know?": a tag, not a question to answer.
_TAG = re.compile(r"[\s,]+(?:you\s+know|ya\s+know|y'?know|u\s+know|know\s+what\s+i\s+mean)\s*\?+\W*$", re.I)


def without_tag(text: str) -> str:
    """``text`` with a closing "you know?" made a full stop."""
    return _TAG.sub(".", text) if len(text.split()) > 4 else text


# The companion's own question, put plainly: "Do you think you have enough
# time to start?" is "whether you have enough time to start".
_WHETHER = re.compile(r"^\W*(?:(?:so|and|but|ok(?:ay)?|well)\W+)*(?:do|did|would)\s+you\s+(?:think|feel|believe|reckon|say)\s+"
                      r"(?:that\s+|like\s+|as\s+though\s+|as\s+if\s+)?(?P<clause>(?:you|your|he|she|they|it|this|that|there|"
                      r"things|another|the|a|an|some)\b[^?]{3,80}?)\s*\?+\W*$", re.I)
_YES_NO = re.compile(r"^\W*(?:(?:so|and|but|ok(?:ay)?|well)\W+)*(?:do|does|did|are|is|was|were|have|has|can|could|would|will|"
                     r"had|should)\b", re.I)


def asked_plainly(question: str) -> tuple[str, str | None]:
    """How the companion's ``question`` was asked, for saying it another
    way: ("whether", the clause it asked about), ("yes_no", None) or ("open", None)."""
    m = _WHETHER.match(question or "")
    if m and len(m.group("clause").split()) <= 14:
        return "whether", m.group("clause").rstrip(" ,.")
    return ("yes_no" if _YES_NO.match(question or "") else "open"), None


# Asked for its friends or contacts, or to act for them out in the world
# ("Do you have friends who work in software? I need a job", "do u know
# anyone hiring", "can you put me in touch with someone?"): read blind, this
# was answered as a question about its ways of coping. It has no friends or
# contacts, and says so plainly.
_PEOPLE = r"(?:friends?|mates?|pals?|people|folks?|anyone|anybody|someone|somebody|contacts?|connections?|colleagues|family|relatives|ppl)"
_WHO = (r"(?:who|that|in|at|working|hiring|looking|with|from|near|around|i\s+could|i\s+can|you\s+could|to\s+(?:help|talk|hire|give|lend|recommend)"
        r"|there|over\s+there|involved)")
_ASKS_MY_CONTACTS = re.compile(
    r"(?:(?:\b(?:do|did|would)\s+(?:you|u|ya)\s+|^\W*(?:(?:and|so|but|ok(?:ay)?)\W+)?(?:you|u)\s+|^\W*(?=know\b))"
    r"(?:happen\s+to\s+)?(?:have|know|got|know\s+of)\s+|\bhave\s+(?:you|u)\s+(?:got\s+)?)"
    r"(?:any|some|a|an|any\s+good)?\s*" + _PEOPLE + r"\s+" + _WHO + r"\b"
    r"(?!\s+(?:(?:has|have|had|'s|'ve)\s+)?(?:been|gone|went|go|felt|feels?|knows?\s+how|experienced|understands?)\b)"
    r"|\b(?:do|does|would)\s+(?:any\s+of\s+)?(?:your|ur)\s+" + _PEOPLE + r"\b|\b(?:anyone|anybody|someone|somebody)\s+(?:you|u)\s+know\b"
    r"|\b(?:any|are\s+any|do\s+any)\s+of\s+(?:your|ur)\s+" + _PEOPLE + r"\b"
    r"|\b(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|maybe\s+|just\s+)?(?:put\s+me\s+in\s+touch|connect\s+me|introduce\s+me|refer\s+me|hook\s+me\s+up"
    r"|find\s+me\s+(?:a|an|some)\s+(?:job|place|flat|house|room|partner|friend|date|girlfriend|boyfriend|work)|get\s+me\s+(?:a|an|some)\s+(?:job|place|interview|work)"
    r"|ask\s+(?:your|ur|around|any\s+of\s+your)|pass\s+(?:my|me)\s+(?:name|number|details|cv|resume)\s+on)\b", re.I)


def asks_my_contacts(sentence: str) -> bool:
    """Whether ``sentence`` asks the companion for its friends or contacts."""
    return bool(_ASKS_MY_CONTACTS.search(sentence or "")) and (
        (sentence or "").rstrip().endswith("?") or bool(_QUESTION_FORM.match(sentence or ""))
        or bool(re.match(r"^\W*(?:do|does|have|can|could|would|will|any|know)\b", sentence or "", re.I)))


# Asked where or how to find something ("where can i get it?", "how do I find
# a support group round here?", "do you know a good place to get help with
# debt?"): "what's helped you before?" read as a dodge. The companion does not
# know places, says so, and works it out with them.
_WHERE = re.compile(r"\bwhere\s+(?:can|could|should|do|would|might|will)\s+(?:i|we|one|you|u)\s+(?:\w+\s+)?(?:get|find|go|buy|look|sign|ask)\b(?!\s+(?:from\s+here|wrong|now|next|with\s+(?:this|it|my\s+life)))"
                    r"|\bhow\s+(?:do|can|could|would|should)\s+(?:i|we|you)\s+(?:\w+\s+)?find\b"
                    r"|\b(?:is|are)\s+there\s+(?:anywhere|somewhere|a\s+place|any\s+places?)\s+(?:\w+\s+)?(?:i|we|you|to|that|where|near|round|around)\b"
                    r"|\b(?:do|would)\s+(?:you|u)\s+(?:happen\s+to\s+)?know\s+(?:of\s+)?(?:a|an|any|some)\s+(?:[a-z-]+\s+){0,2}?"
                    r"(?:place|site|website|app|group|shop|service|charity|number|helpline|forum|class|course)s?\b"
                    # "can you recommend a good site to find cheap counselling?"
                    r"|\b(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?(?:recomm?end|suggest|point\s+me\s+to)\s+(?:a|an|any|some)\s+(?:[a-z-]+\s+){0,2}?"
                    r"(?:place|site|website|app|group|shop|service|charity|number|helpline|forum|class|course)s?\b", re.I)


def asks_where(text: str) -> bool:
    """Whether ``text`` asks where or how to find something."""
    return bool(_WHERE.search(text or ""))

# ...asked as a greeting, not "how are you feeling about the move?"
_HOW_ARE_YOU_GREETING = re.compile(r"\bhow\s+(?:are|r)\s+(?:you|u)(?:\s+(?:doing|today|tonight|this\s+\w+|now))*\s*\?"
                                   r"|\bhow'?s\s+(?:it\s+going|your\s+day)\b|\bhow\s+(?:have\s+you\s+been|is\s+your\s+day)\b", re.I)


def said_good_mood(text: str, companion_before: str) -> bool:
    """Whether a short turn answers the companion's "how are you?" with a mood
    that is not low ("I'm fine", "great, I'm good"): "It sounds like you are
    fine. Go on, I'm listening." read as not having asked."""
    text = " ".join((text or "").split())
    return mood_words(text) <= 6 and bool(_HOW_ARE_YOU_GREETING.search(companion_before or "")) \
        and bool(_MOOD.match(text)) and not said_low_mood(text) and not _LOW.search(text) and "?" not in text


# What may close a bare mood without adding to it: "not doing well at all", "fine today"
_MOOD_TAIL = re.compile(r"(?:\s+(?:at\s+all|today|tonight|honestly|tbh|to\s+be\s+honest|right\s+now|lately|really|thanks?|thank\s+you))+\W*$", re.I)


def mood_words(text: str) -> int:
    """How many words a turn has, not counting a closing "at all", "today"
    or "honestly": "I'm not doing very well at all" is a bare mood too."""
    return len(_MOOD_TAIL.sub("", " ".join((text or "").split())).split())


# "Is that weird?", "is it weird that I check on her six times?", "would it
# be weird to ask if I could tag along?": asked whether something of theirs
# is odd, a plain dodge ("I can't say for certain") left them with nothing.
# Whether it is odd is a view a peer can honestly give; ``oddness_asked``
# gives the word they used ("weird", "messed up").
_ODD = r"(?P<word>weird|strange|odd|silly|stupid|dumb|crazy|mad|messed\s+up|cringe|embarrassing|pathetic)"
_ODD_QUESTION = re.compile(
    r"^\W*(?:(?:and|but|so|ok(?:ay)?|well|honestly|i\s+mean|hmm+|like)\W+)*(?:(?:is|was|isn'?t)\s+(?:that|this|it)|would\s+it\s+be|will\s+it\s+be|does\s+(?:that|it)\s+(?:sound|seem)|am\s+i)"
    r"\s+(?:just\s+|really\s+|a\s+bit\s+|a\s+little\s+|kind\s+of\s+|kinda\s+|too\s+|being\s+)?" + _ODD + r"\b(?:\s+of\s+me)?(?P<rest>[^?]*)\??\W*$", re.I)


def oddness_asked(text: str) -> str | None:
    """The word of an "is that weird?" question in ``text`` (a sentence of
    its own, anywhere in a turn of at most 60 words), or None."""
    if len((text or "").split()) > 60:
        return None
    for sentence in re.split(r"(?<=[?.!])\s+", " ".join((text or "").split())):
        m = _ODD_QUESTION.match(sentence)
        if m and (sentence.rstrip().endswith("?") or len(sentence.split()) <= 20):
            return " ".join(m.group("word").lower().split())
    return None


# "Do you get lonely?", "do u ever get bored", "do you get tired of people
# moaning at you all night?": asked how it is in itself, a plain "I have no
# life like that" dodged the question. The state asked about, and whether
# it is being worn out by them ("tired of", "sick of"); None otherwise.
_ITS_STATE = re.compile(r"\b(?:do|don'?t|does|would|will|can)\s+(?:you|u|ya)\s+(?:ever\s+)?(?:get|feel|become|go)\s+(?:a\s+bit\s+|really\s+|so\s+)?"
                        r"(?P<state>lonely|tired|bored|sad|fed\s+up|sick|annoyed|upset|stressed|scared|anxious|down|overwhelmed|exhausted|frustrated|angry)"
                        r"(?P<of>\s+(?:of|with)\b)?", re.I)


def own_state_asked(text: str) -> tuple[str, bool] | None:
    m = _ITS_STATE.search(text or "")
    if m is None:
        return None
    return " ".join(m["state"].lower().split()), bool(m["of"])
