"""Simple or complex: how deep a worker's reflection goes (MITI 4.2).

A simple reflection gives back what the person said, adding little; a complex
one adds meaning or feeling beyond their words ("So you've been drinking
again" is simple; "It sounds like you're ashamed of letting Ellie down" after
"I missed Ellie's play because I was hungover" is complex). MITI counts a
share of complex reflections of 40% as fair and 50% as good.

Pure rules on content words: a reflection is complex when it names a
feeling the person did not name, or when most of its words are not theirs.
"""
from __future__ import annotations

from .reflection import FEELING
from .words import content_words

# The words of a reflection's frame, which add nothing of their own.
_FRAME = content_words("it sounds like it seems as if so what I'm hearing is you are you're you've kind of "
                       "maybe perhaps wonder whether if I've got that correct hear")
# At least this share of a reflection's own words are not the person's.
NEW_SHARE = 0.5
FAIR_SHARE, GOOD_SHARE = 0.4, 0.5


def is_complex(reflection: str, said: str) -> bool:
    """Whether ``reflection`` adds meaning or feeling beyond ``said``, what
    the person had just said."""
    own = content_words(reflection) - _FRAME
    if not own:
        return False
    said_words = content_words(said)
    named = {m.group(0).lower() for m in FEELING.finditer(reflection)} - {"feel", "felt", "feeling"}
    if any(word not in said.lower() for word in named):
        return True
    return len(own - said_words) / len(own) >= NEW_SHARE
