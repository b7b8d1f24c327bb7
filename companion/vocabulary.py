"""Words that more than one reader of a line looks for: the guard (what the
companion may never say), the rehearsal's line kinds and feedback (what a
worker's line does), the reflection, peer style and the check that nothing
glad follows pain. Each list is defined here once; each reader builds its own
pattern from it and adds, where it needs more, a small extension of its own
that says why.

Fragments are written to work with and without ``re.VERBOSE``: a space that
counts is escaped ("panic\\ disorder")."""
from __future__ import annotations

from collections.abc import Iterable

# Base-form verbs that start an instruction about the person's life ("Call
# her", "So just stop replying").
INSTRUCTION_VERBS = tuple("""
    go make try call text email message talk tell say explain speak ask answer respond reply stop don't do be get
    take keep start give find put let leave move stay set use wait hold block report delete mute unfollow ignore
    confront avoid cut limit reduce drop quit breathe write journal meditate pray exercise relax calm slow sleep rest
    eat drink shower cook tidy clean remember forget think look see listen focus consider trust believe accept
    forgive allow remind repeat practise practice read sign book enrol enroll apply join visit contact seek reach
    send distract treat reward celebrate show count cry smile check switch turn push lean spend grab pick unplug
    change replace fix work learn research google sit throw open close agree commit cheer grow
""".split())

# Discourse words that add stance or emphasis but no content: before "you
# should" or an instruction they do not soften it ("Honestly, you need to...").
DISCOURSE_WORDS = tuple("so and but then just maybe perhaps now honestly really seriously".split())
# ...and the words that may come before an instruction ("So just call her",
# "Please, first stop").
INSTRUCTION_LEAD_WORDS = DISCOURSE_WORDS + tuple("please also first instead simply".split())

# Words that open a turn and say nothing of their own ("So, um, yeah..."):
# taken off the front before a turn or a line is read.
TURN_OPENERS = ("so", "and", "but", "yeah", "yes", "ok", "okay", "oh", "um+", "uh+", "anyway")

# Clinical labels and diagnoses: a peer does not put them on anyone. Plain
# feeling words (sad, anxious, stressed) are not here.
CLINICAL_LABELS = (
    r"depression", r"panic\ attacks?", r"panic\ disorder", r"ptsd", r"ocd", r"adhd", r"bipolar", r"bpd", r"psychotic",
    r"personality\ disorder", r"sociopath\w*", r"psychopath\w*", r"complicated\ grief", r"burnout", r"insomnia",
    r"eating\ disorder", r"mentally\ ill", r"disorder",
)

# Feelings of hurt, fear or loss as the person names them ("I feel so alone").
HURT_FEELINGS = ("lonely", "alone", "angry", "scared", "afraid", "lost", "hopeless", "empty", "upset", "ashamed")
# ...and more words that carry pain: distress, death, illness, money, what
# was done to them. Nothing glad is said after them.
PAIN_WORDS = HURT_FEELINGS + (
    r"hurt\w*", r"stress\w*", r"overwhelm\w*", r"exhaust\w*", r"depress\w*", r"cry\w*", "died", "dead", "death", "sick",
    "awful", "terrible", "horrible", "bad", "worst", r"struggl\w*", "debt", "fired", r"cheat\w*",
)

# Emergency and crisis numbers a line may name (US, UK, EU): pointing to
# them is taking up a risk, never an order.
EMERGENCY_NUMBERS = ("988", "911", "999", "112")


def alternatives(*lists: Iterable[str]) -> str:
    """The words or fragments of ``lists``, in order, as one non-capturing
    alternation."""
    return "(?:" + "|".join(item for words in lists for item in words) + ")"
