"""A request for advice, or a wondering question, given back as the
person's own: "Do you think I should contact him?" becomes "So you're
wondering whether to contact him." It is taken up before the companion says
it won't decide for them.
"""
from __future__ import annotations

import re

from .reflection import _SECOND_PERSON
from .reflection_words import reword, swap_person
from .reflection_cut import PARROT_RUN, longest_shared_run
from .reflection_sense import reads_naturally
from .sentences import split_sentences


_ASKING = [
    (re.compile(r"\bhow\s+(?:do|can|should|could)\s+i\s+(.+?)\s*\?*$", re.I), "how to {x}"),
    # ...asked through "do you think": "what do you think I should do when...?"
    (re.compile(r"\bwhat\s+(?:(?:do|would)\s+you\s+(?:think|suggest|recommend)\s+i\s+(?:should|can|could)|(?:should|can|could|do)\s+i)"
                r"\s+do\s+((?:about|with|if|when)\s+.+?)\s*\?*$", re.I),
     "what to do {x}"),
    # "what should I say?" keeps its question word: "what to say", never "whether to say"
    (re.compile(r"\b(what|which|who|where|when)\s+(?:should|shall|can|could|do)\s+i\s+(?!do(?:\s+(?:next|now|then|here))?\s*\?*$)(.+?)\s*\?*$", re.I),
     "{wh} to {x}"),
    # "should I do this sooner or wait?" is theirs to weigh; "what should I do?" is asked below
    (re.compile(r"\b(?<!what\s)(?<!which\s)(?<!who\s)(?<!where\s)(?<!when\s)(?:(?:should|shall)\s+i|(?:do\s+)?you\s+think\s+i\s+should)\s+(?!do(?:\s+(?:next|now|then|here))?\s*\?*$)(.+?)\s*\?*$", re.I),
     "whether to {x}"),
    # "could you give me an idea of how to open the talk?"
    (re.compile(r"\bhow\s+(?:to|i\s+(?:can|could|should))\s+(.+?)\s*\?*$", re.I), "how to {x}"),
    # "do you think drinking alcohol will help?"
    (re.compile(r"\b(?:do\s+you\s+(?:think|believe|reckon)|would|will|could|can)\s+(.+?)\s+(?:will|would|could|might)?\s*help\s*(?:me)?\s*\?+$",
                re.I), "whether {x} would help"),
    # asked without its question mark, as typed or heard: "do you believe working out will help"
    (re.compile(r"^\W*do\s+you\s+(?:think|believe|reckon)\s+(.+?)\s+(?:will|would|could|might)\s+help\s*(?:me)?\W*$", re.I),
     "whether {x} would help"),
    # "is there any way to get out from stress?", "where can I get it?"
    (re.compile(r"\bis\s+there\s+(?:any\s*|a\s+)(?:general\s+|good\s+|better\s+)?way\s+(?:for\s+me\s+)?to\s+(.+?)\s*\?*$", re.I),
     "whether there's a way to {x}"),
    (re.compile(r"\bwhere\s+(?:can|could|do|should)\s+i\s+((?:get|find|go|start)\b.*?)\s*\?*$", re.I), "where to {x}"),
    # "I'm wondering if it's the pandemic?", "could it be that I rush things?"
    (re.compile(r"\b(?:i'?m\s+wondering|i\s+wonder|could\s+it\s+be|is\s+it\s+possible)\s+(?:if|whether|that)\s+(.+?)\s*\?*$", re.I),
     "whether {x}"),
    # "maybe, but what if she moves on with someone new"
    (re.compile(r"^(?:(?:maybe|but|and|so|yes|yeah|no|ok)\W+)*what\s+if\s+(.+?)\s*\?*$", re.I), "what if {x}"),
]


_NOT_A_VERB = re.compile(r"^(?:proud|happy|sad|angry|glad|sure|ok(?:ay)?|better|good|fine|able|ready|afraid|scared|worried)\b", re.I)


# "I know how to...", "she taught me how to...": the "how" is known, not asked
# ("I don't know how to tell him" is asked).
_KNOWS_ALREADY = re.compile(r"(?<!n't\s)(?<!not\s)(?<!never\s)(?<!dont\s)(?<!cant\s)\b(?:know|knew|learned|learnt|understand|"
                            r"figured\s+out|worked\s+out|remember|showed\s+me|taught\s+me|told\s+me)\s*$", re.I)


def question_reflection(text: str) -> str | None:
    """'Do you think I should contact him?' -> 'So you're wondering whether to
    contact him.' The person's own question, given back as theirs."""
    sentences = [x for x in split_sentences(text or "") if x.strip()]
    if not sentences:
        return None
    last = sentences[-1].strip()
    for pattern, frame in _ASKING:
        m = pattern.search(last)
        if not m:
            continue
        if _KNOWS_ALREADY.search(last[:m.start()]):
            return None   # "I know how to be on my own" is what they can do, not what they wonder
        wh = m.group(1).lower() if m.lastindex == 2 else ""
        asked = m.group(m.lastindex).strip(" ,.?")
        # "how can I help you?" is about the companion, not their life
        if _SECOND_PERSON.search(asked) or not 1 <= len(asked.split()) <= 10:
            return None
        if frame.startswith(("how to", "whether to", "where to", "{wh} to")) and _NOT_A_VERB.match(asked):
            return None  # "how can i proud of that" typed without its "be": "how to proud" is no English
        asked = reword(swap_person(asked), text)
        if longest_shared_run(asked, text) > PARROT_RUN + 1:
            return None  # their whole question read back is an echo, not a reflection
        if not reads_naturally(asked):
            return None
        if frame.startswith("what if"):
            # "what if I'm the reason this happened" is a worry they put to themselves,
            # not a wish to know what would follow ("what happens if you're the reason")
            return "So you're asking yourself, " + frame.format(x=asked, wh=wh) + "."
        return "So you're wondering " + frame.format(x=asked, wh=wh) + "."
    return None
