"""What the person said earlier in this conversation, given back when asked.

"Do you remember what I said about the brief?" is answered with what they
said about it, turned round, or honestly with not knowing: never with a
guess. The reflection's frames ("So ...", "..., if I'm hearing you right")
are taken off so the clause can be said as "You told me ...".
"""
from __future__ import annotations

import re

from .reflection import clause_of, opening_reflections
from .words import content_words

_ASKING_WORDS = content_words("remember remembered said say told tell mentioned earlier before about what did does")
def _topic(asked: str) -> set[str]:
    about = re.split(r"\babout\b", asked, maxsplit=1, flags=re.I)
    words = content_words(about[1] if len(about) > 1 else asked)
    return {w for w in words if w not in _ASKING_WORDS} or content_words(asked) - _ASKING_WORDS


def recall(earlier: list[str], asked: str) -> str | None:
    """What the person said earlier about what ``asked`` names, as "You told
    me ...", or None when nothing they said is about it."""
    topic = _topic(asked.split("?")[0])
    if not topic:
        return None
    best = max(reversed(earlier), key=lambda turn: len(topic & content_words(turn)), default=None)
    if best is None or not topic & content_words(best):
        return None
    # the reflection that takes up the asked-about words, else the best one
    options = [clause_of(r) for r in opening_reflections(best)]
    chosen = next((o for o in options if topic & content_words(o)), options[0] if options else None)
    if chosen is None:
        return "Yes, I remember you telling me about that."
    return f"Yes, you told me {chosen}."
