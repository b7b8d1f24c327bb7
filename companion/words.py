"""Words as the reply measures and the reply pipeline both see them: one
definition of a "content word", so what the pipeline aims at and what the
evaluation counts cannot drift apart."""
from __future__ import annotations

import re

_STOP = set("""a about above after again against all also am an and any are aren't as at be because been before being
below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for
from further get got had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself
his how how's i i'd i'll i'm i've if in into is isn't it it's its itself just know let's like me more most much mustn't my
myself no nor not now of off on once only or other ought our ours ourselves out over own really same shan't she she'd
she'll she's should shouldn't so some such than that that's the their theirs them themselves then there there's these they
they'd they'll they're they've thing things think this those through to too under until up us very was wasn't we we'd
we'll we're we've were weren't what what's when when's where where's which while who who's whom why why's will with won't
would wouldn't you you'd you'll you're you've your yours yourself yourselves yeah yes okay ok well feel feeling felt going
want one even still lot lots sure something anything everything right way make made see said say tell im ive dont cant""".split())
_WORD = re.compile(r"[a-z']+")


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> set[str]:
    return {_stem(w) for w in words(text) if len(w) >= 3 and w not in _STOP}


def words(text: str) -> list[str]:
    """Lower-case word tokens, with typographic apostrophes made plain."""
    return _WORD.findall(text.lower().replace("\u2019", "'"))

