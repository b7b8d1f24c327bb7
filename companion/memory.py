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


# "Hi. I am Arjun, doing my masters...", "My name is Geoffrey.": a name
# told on arriving, met by name. After "I'm" or "this is" the word must be
# capitalised and no English word ("I'm Tired", "I'm Grace" would be read
# as a state, and go unnamed, which is safe); "my name is" names outright.
_NAMED = re.compile(r"\bmy\s+name(?:'s|\s+is)\s+(?P<named>[A-Z][a-z]{1,15})\b"
                    r"|(?:^|[.!?,]\s*|\b(?:hi|hello|hey|hiya)\W+)(?:i'?m|i\s+am|im|this\s+is|it'?s)\s+(?P<said>[A-Z][a-z]{1,15})"
                    r"(?=\s*(?:[,.!;]|$)|\s+(?:here|and|by\s+the\s+way|btw)\b)", re.I)


def introduced_name(text: str) -> str | None:
    """The name the person gives for themselves in ``text``, or None."""
    from .reflection_lexicon import english_words

    for m in _NAMED.finditer(text or ""):
        if m["named"] and m["named"][0].isupper():
            return m["named"]
        said = m["said"]
        if said and said[0].isupper() and said[1:].islower() and said.lower() not in english_words():
            return said
    return None


_GREETING_WORDS = re.compile(r"^\W*(?:(?:hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening))\b\W*)+", re.I)


def without_the_introduction(text: str) -> str:
    """``text`` without its greeting and the words that give the name."""
    rest = _GREETING_WORDS.sub("", _NAMED.sub(" ", text or "", count=1).strip())
    return re.sub(r"^\W+", "", rest).strip()
