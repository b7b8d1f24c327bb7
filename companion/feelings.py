"""Reactions by feeling: one reviewed sentence that fits any situation in
which a person feels a certain way.

Read blind, the language model's middle sentence was broken or invented in
about half of the replies, and reactions matched to a close example
situation invented details of their own ("those quiet night feeds" for a
person awake at three in the morning). A reaction that names nothing but
the feeling cannot invent: ``prompts/reactions_by_feeling.jsonl`` holds such
lines, written and reread for this project.

The feeling of a turn is read by a linear head on the MiniLM embedding,
trained on turns written for this project (training/train_feelings.py).
When the reading is unsure and the turn carries pain, a reaction that fits
any hard thing is used ("That's a lot to be holding."); when nothing was
felt, none.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .feeling_intensity import mild_feeling
from .hurtful import denied_before, good_news, hurtful_words, names_pain, speaks_of_support
from .reviewed_lines import read_jsonl
from .meaning import Embed, MeaningIndex, plain_minilm
from .reactions import BRIEF_CONTENT_WORDS, opening_words
from .reflection import FEELING, choose
from .words import content_words

# The example turns' feelings, grouped as the reactions are written.
GROUP_OF = {
    "sad": "sad", "hurt": "hurt_by_someone", "angry": "angry", "frustrated": "angry",
    "lonely": "lonely", "anxious": "worried", "scared": "worried", "guilty": "guilty", "ashamed": "guilty",
    "exhausted": "exhausted", "overwhelmed": "exhausted", "stuck": "stuck", "confused": "stuck",
    "numb": "numb", "hopeful": "good_news", "relieved": "good_news", "proud": "good_news", "grateful": "good_news",
}
GOOD = "good_news"
MIXED = "mixed"
# any hard thing, when the feeling is unclear
HEAVY = "heavy"
# a feeling they hedged ("mostly ok, just a bit stressed"): nothing that overstates it
MILD = "mild"
# support they have ("my church has been really supportive"): no burden line
SUPPORT = "support"
GROUPS = frozenset(GROUP_OF.values()) | {MIXED, HEAVY, MILD, SUPPORT}
# Groups whose lines alone fit: no fallback to a line for any hard thing
_ALONE = {GOOD, HEAVY, MILD, SUPPORT}

NEUTRAL = "neutral"
DEFAULT_HEAD = Path(__file__).parent / "data" / "feeling_head.npz"
# What makes a reading sure: the likeliest group's probability. Below it a
# turn that carries pain gets a reaction that fits any hard thing. A turn
# with no word of pain needs a surer reading still ("That's definitely not
# the case here" read as stuck is a reaction to nothing).
SURE = 0.5
SURE_WITHOUT_PAIN = 0.75
# A particular feeling is reacted to when the turn names it, or when the
# reading is this sure; otherwise a line that fits any hard thing (read
# blind: "part of you wants one thing and part of you wants another" for a
# career worry, "that would make you so angry" for a plain fact).
SURE_UNNAMED = 0.85
_NAMED = {group: re.compile(words, re.IGNORECASE) for group, words in {
    "sad": r"\b(?:sad\w*|cry\w*|cried|tears?|miss\w*|los[st]\w*|loss|grie\w+|heart\w*|hurt\w*|upset|down|low|depress\w*"
           r"|died|passed|gone|unhappy|broken)\b",
    "worried": r"\b(?:worr\w*|anxi\w*|scared|afraid|nerv\w*|on\s+edge|fear\w*|panic\w*|dread\w*|stress\w*|terrified|frighten\w*|what\s+if)\b",
    "angry": r"\b(?:angr\w*|mad|furious|annoy\w*|frustrat\w*|fed\s+up|pissed|unfair|rage|livid|resent\w*|sick\s+of|hate(?!\s+to\b))\b",
    "lonely": r"\b(?:lonel\w*|alone|no\s*one|nobody|isolat\w*|left\s+out|no\s+friends|by\s+myself|on\s+my\s+own|outsider)\b",
    "guilty": r"\b(?:guilt\w*|ashamed|shame\w*|regret\w*|embarrass\w*|my\s+fault|should\s+have|shouldn'?t\s+have|awful\s+about)\b",
    "exhausted": r"\b(?:tired|exhaust\w*|drain\w*|worn|overwhelm\w*|too\s+much|burn\w*\s+out|no\s+energy|can'?t\s+cope|so\s+much\s+to)\b",
    # ("I'm not sure of that" doubts what was said to them: no stuck feeling)
    "stuck": r"\b(?:stuck|torn|confus\w*|don'?t\s+know|dont\s+know|not\s+sure(?!\s+(?:of|about)\s+(?:that|this|it)\b)|unsure|trapped|can'?t\s+decide|what\s+to\s+do|no\s+way)\b",
    "numb": r"\b(?:numb|empty|hollow|flat|blank|don'?t\s+feel\s+anything|feel\s+nothing|nothing\s+matters)\b",
    "hurt_by_someone": r"\b(?:hurt\w*|let\s+me\s+down|betray\w*|ignor\w*|dismiss\w*|criticis\w*|put\s+me\s+down|cheat\w*|lied|left\s+me"
                       r"|abandon\w*|doesn'?t\s+listen|never\s+listens|too\s+sensitive|mean\s+to\s+me)\b",
}.items()}
# Someone else's feeling, named just before it: "my brothers get so angry at me",
# "my dad was so worried". Read blind, "I can see why that would make you so
# angry" answered a turn about relatives who get angry with them.
_SOMEONE_ELSE_FEELS = re.compile(r"\b(?:he|she|they|mum|mom|dad|boss|husband|wife|partner|people|everyone|(?:my|his|her|their)\s+\w+)\s+"
                                 r"(?:always\s+|just\s+|still\s+|really\s+)?(?:gets?|got|getting|is|was|are|were|'s|'re|becomes?|became|seems?|seemed"
                                 r"|sounds?|sounded|looks?|looked|feels?|felt)\s+(?:so\s+|really\s+|very\s+|quite\s+|a\s+bit\s+|all\s+|too\s+)?$", re.IGNORECASE)
# ...told of the person's own feelings all the same: sadness given back fits,
# and "hurt by someone" is about what others did
_OWN_ONLY = {"worried", "angry", "lonely", "guilty", "exhausted", "numb", "stuck"}


def names(group: str, text: str) -> bool:
    """Whether ``text`` names a feeling of ``group`` other than to deny it
    (or, for most groups, as someone else's)."""
    return any(not denied_before(text[:m.start()])
               and not (group in _OWN_ONLY and _SOMEONE_ELSE_FEELS.search(text[:m.start()].replace("\u2019", "'")))
               for m in _NAMED[group].finditer(text))


# Feelings a person copes with, that the general ways to take the edge off
# are about ("stuck" and "hurt by someone" want something else)
_COPED_WITH = ("sad", "worried", "lonely", "exhausted", "numb", "angry", "guilty")


def coping_with_a_feeling(text: str) -> bool:
    """Whether ``text`` names a feeling to cope with, other than to deny it."""
    return any(names(group, text) for group in _COPED_WITH)


def names_a_feeling(text: str) -> bool:
    """Whether ``text`` names a hard feeling of any group other than to deny it."""
    return any(names(group, text) for group in _NAMED)


# "They've been supportive, but I still feel empty": not support alone
_TURNED = re.compile(r"\b(?:but|still|though|although|except|until|used\s+to|wish)\b", re.IGNORECASE)


# At ease with what was asked about: "I don't mind", "it doesn't bother me",
# "I'm fine with that", "no problem".
_AT_EASE = re.compile(r"\b(?:(?:do|does|did)\s*n[o']?t\s+(?:really\s+)?(?:mind|bother\s+me)|(?:i'?m|i\s+am|im)\s+(?:totally\s+|really\s+)?"
                      r"(?:fine|ok(?:ay)?|alright|all\s+right|cool|good)\s+with\b|no\s+problem|not\s+a\s+problem)\b", re.IGNORECASE)


# A reaction is chosen among this many of its group's lines closest to the turn.
CLOSEST = 3


@dataclass(frozen=True)
class FeelingReading:
    group: str | None     # None: nothing felt, or nothing to go on
    probability: float    # the head's probability of its likeliest group
    vector: np.ndarray | None = field(default=None, repr=False, compare=False)   # the turn's embedding


@dataclass(frozen=True)
class FeelingHead:
    """A linear head on the plain MiniLM embedding (training/train_feelings.py)."""
    classes: tuple[str, ...]
    coef: np.ndarray
    intercept: np.ndarray

    def probabilities(self, vector: np.ndarray) -> np.ndarray:
        logits = self.coef @ vector + self.intercept
        e = np.exp(logits - logits.max())
        return e / e.sum()

    def save(self, path: Path) -> None:
        np.savez(path, classes=np.array(self.classes), coef=self.coef, intercept=self.intercept)

    @classmethod
    def load(cls, path: Path) -> "FeelingHead":
        with np.load(path) as data:
            return cls(tuple(str(c) for c in data["classes"]), data["coef"], data["intercept"])


class FeelingReader:
    """The feeling of a turn: the head's reading, held to what was said in
    words (gladness needs good news; pain overrules a calm reading)."""

    def __init__(self, head: FeelingHead, embed: Embed):
        self.head, self.embed = head, embed

    def read(self, text: str, earlier: str = "") -> FeelingReading:
        # support they tell of, with no pain of its own, is read alone: the
        # loss they told of before is not what this turn says
        support = speaks_of_support(text) and not names_pain(text) and not _TURNED.search(text)
        if _AT_EASE.search(text) and not names_pain(text):
            # "I don't mind doing the course again": read with the loss before it,
            # it was met with sorrow for the very thing they are at ease with
            return FeelingReading(None, 0.0)
        brief = len(content_words(text)) < BRIEF_CONTENT_WORDS and earlier and not support
        query = f"{earlier} {text}" if brief else text
        if not content_words(query):
            return FeelingReading(None, 0.0)
        vector = np.asarray(self.embed([query]), dtype=np.float32)[0]
        if support:
            return FeelingReading(SUPPORT, 1.0, vector)
        p = self.head.probabilities(vector)
        best = int(np.argmax(p))
        group, probability = self.head.classes[best], float(p[best])
        pain, glad = names_pain(query), good_news(query)
        if pain and glad:
            # "it went well but I miss her": bittersweet only when read as
            # good news too; "I passed, but my mum died last week" is sorrow
            group = MIXED if group == GOOD else HEAVY
        elif group == GOOD:
            group = GOOD if glad else (HEAVY if pain else None)
        elif glad:
            group = GOOD          # "I'm a bit calmer than I was this morning"
        elif group == NEUTRAL or probability < (SURE if pain else SURE_WITHOUT_PAIN):
            group = HEAVY if pain else None
        elif group in _NAMED and not names(group, query) and (probability < SURE_UNNAMED or _NAMED[group].search(query)):
            # unnamed and unsure, or named only to be denied ("I'm not sad, just tired")
            group = HEAVY if pain else None
        if group is not None and group not in (GOOD, MIXED) and mild_feeling(text):
            group = MILD          # "I'm mostly ok, just a bit stressed": not "things are so hard"
        return FeelingReading(group, probability, vector)


def load_feeling_lines(path: Path) -> dict[str, tuple[str, ...]]:
    """The reactions by feeling group; a malformed line is a plain error."""
    if not Path(path).exists():
        return {}
    lines: dict[str, list[str]] = defaultdict(list)
    for group, text in read_jsonl(path, _feeling_line, "a reaction by feeling (feeling, text)"):
        lines[group].append(text)
    return {group: tuple(texts) for group, texts in lines.items()}


def _feeling_line(row: dict) -> tuple[str, str]:
    group, text = str(row["feeling"]), row["text"].strip()
    if group not in GROUPS or not text:
        raise ValueError
    return group, text


class FeelingReactions:
    """A reviewed reaction for the feeling of a turn, never said twice in a
    conversation: of its group's lines, the one closest in meaning to the
    turn ("stressed about politics" is not answered with tiredness)."""

    def __init__(self, reader: FeelingReader, lines: dict[str, tuple[str, ...]], cache_dir: Path | None = None):
        self.reader, self.lines = reader, lines
        # every line once, with its group, in one index
        self._lines = [(g, t) for g in sorted(lines) for t in lines[g]]
        self._index = MeaningIndex([(t,) for _, t in self._lines], reader.embed, cache_dir, "feeling-lines")

    def choose(self, text: str, earlier: str = "", avoid: Sequence[str] = (),
               not_opening_as: Sequence[str] = ()) -> tuple[str, FeelingReading] | None:
        reading = self.reader.read(text, earlier)
        if reading.group is None:
            return None
        heard = f"{earlier} {text}"
        said = " ".join(avoid)
        openings = {opening_words(s) for s in not_opening_as}
        closeness = self._index.similarity_to(reading.vector)
        situation = names_a_situation(heard)
        for group in (reading.group, HEAVY) if reading.group not in _ALONE else (reading.group,):
            options = [(closeness[i], t) for i, (g, t) in enumerate(self._lines)
                       if g == group and t not in said and not hurtful_words(t, heard)
                       and opening_words(t) not in openings and (situation or not _POINTS_TO_A_SITUATION.search(t))]
            if options:
                # among the few closest, varied by the turn, so that the
                # same kind of turn is not always met with the same words
                closest = [t for _, t in sorted(options, reverse=True)[:CLOSEST]]
                return choose(tuple(closest), "feeling " + text), reading
        return None

    def reaction_for(self, text: str, earlier: str = "", avoid: Sequence[str] = (),
                     not_opening_as: Sequence[str] = ()) -> str | None:
        found = self.choose(text, earlier, avoid, not_opening_as)
        return found[0] if found is not None else None



# A line that points to what happened ("It makes sense to feel anxious about
# something like this") says nothing sensible after a feeling alone ("I'm
# feeling really anxious today"): only where a situation was named.
_POINTS_TO_A_SITUATION = re.compile(r"\b(?:something\s+like\s+(?:this|that)|facing\s+(?:something|this|that)|this\s+(?:has|really|is)"
                                    r"|(?:with|through|about)\s+all\s+(?:this|that))\b", re.I)
_WHEN = re.compile(r"(?:today|tonight|lately|recently|now|right|currently|days|week|weeks|morning|evening|night|day|always"
                   r"|sometimes|again|anymore|time|times|lot|bit|little|things|everything|life|really|just)", re.I)


def names_a_situation(text: str) -> bool:
    """Whether a turn names something besides a feeling and when ("my exam",
    "my job", not "really anxious today")."""
    return any(content_words(w) and not FEELING.fullmatch(w) and not _WHEN.fullmatch(w)
               for w in re.findall(r"[A-Za-z']+", text or ""))


_FILE = "reactions_by_feeling.jsonl"


def load_feeling_reactions(prompts_dir: Path, cache_dir: Path, threads: int = 2) -> FeelingReactions | None:
    """The reactions by feeling with the plain int8 MiniLM, or None when
    there are none."""
    lines = load_feeling_lines(Path(prompts_dir) / _FILE)
    if not lines:
        return None
    reader = FeelingReader(FeelingHead.load(DEFAULT_HEAD), plain_minilm(cache_dir, threads))
    return FeelingReactions(reader, lines, cache_dir)
