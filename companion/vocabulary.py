"""Words that more than one reader of a line looks for: the guard (what the
companion may never say), the rehearsal's line kinds and feedback (what a
worker's line does), the reflection, peer style and the check that nothing
glad follows pain. Each list is defined here once; each reader builds its own
pattern from it and adds, where it needs more, a small extension of its own
that says why.

Fragments are written to work with and without ``re.VERBOSE``: a space that
counts is escaped ("panic\\ disorder"), and a contraction keeps its apostrophe
("don't"). A reader that allows any white space between words, or a
contraction without its apostrophe, says so to ``alternatives``."""
from __future__ import annotations

from collections.abc import Iterable

# The commonest of them, said as a bare order ("Go.", "Just tell him.")...
BLUNT_INSTRUCTION_VERBS = tuple("go call tell stop get take write talk pick".split())
# ...and all the base-form verbs that start an instruction about the person's
# life ("Call her", "So just stop replying").
INSTRUCTION_VERBS = BLUNT_INSTRUCTION_VERBS + tuple("""
    make try text email message say explain speak ask answer respond reply don't do be
    keep start give find put let leave move stay set use wait hold block report delete mute unfollow ignore
    confront avoid cut limit reduce drop quit breathe journal meditate pray exercise relax calm slow sleep rest
    eat drink shower cook tidy clean remember forget think look see listen focus consider trust believe accept
    forgive allow remind repeat practise practice read sign book enrol enroll apply join visit contact seek reach
    send distract treat reward celebrate show count cry smile check switch turn push lean spend grab unplug
    change replace fix work learn research google sit throw open close agree commit cheer grow
""".split())

# Discourse words that add stance or emphasis but no content: before "you
# should" or an instruction they do not soften it ("Honestly, you need to...").
DISCOURSE_WORDS = tuple("so and but then just maybe perhaps now honestly really seriously".split())
# ...and the words that may come before an instruction ("So just call her",
# "Please, first stop").
INSTRUCTION_LEAD_WORDS = DISCOURSE_WORDS + tuple("please also first instead simply".split())

# The other's words said back, agreeing and adding nothing ("Me too", "same
# here"): a closing returned, or no new risk after the turns before it.
SAID_BACK = (r"me\ too", r"same\ here", r"same", r"likewise", r"me\ as\ well")

# Words that open a turn and say nothing of their own ("So, um, yeah..."):
# taken off the front before a turn or a line is read.
TURN_OPENERS = ("so", "and", "but", "yeah", "yea", "yes", "ok", "okay", "oh", "um+", "uh+", "anyway")

# Conditions known by a short name, that a person may ask to be told they
# have ("Do I have ADHD?")...
DIAGNOSES = (r"depression", r"ptsd", r"ocd", r"adhd", r"bipolar", r"bpd")
# ...and all the clinical labels and diagnoses: a peer does not put them on
# anyone. Plain feeling words (sad, anxious, stressed) are not here.
CLINICAL_LABELS = DIAGNOSES + (
    r"panic\ attacks?", r"panic\ disorder", r"psychotic", r"personality\ disorder", r"sociopath\w*", r"psychopath\w*", r"complicated\ grief", r"burnout", r"insomnia",
    r"eating\ disorder", r"mentally\ ill", r"disorder",
)

# Words that turn what was said round ("thanks, but it still hurts", "I feel
# better though I'm still scared"): what comes after is not settled.
TURNING_WORDS = ("but", "still", "though", "except", "although")
# Harsh words a person may say of themselves ("I'm such a failure", "am I a
# bad mum?"): the companion never says them back as fact (hurtful), and is
# asked whether it thinks them (turn_kinds).
HARSH_SELF_WORDS = (r"failure", r"loser", r"idiot", r"stupid", r"useless", r"worthless", r"pathetic", r"weak",
                    r"(?:over\s*|overly\s+)?sensitive", r"needy", r"clingy", r"dramatic", r"a\s+mess", r"annoying", r"disgusting",
                    r"unlovable", r"broken", r"fat")
BAD_AT = (r"bad", r"terrible", r"awful", r"horrible")
# "Better" as how they feel ("I'm feeling a bit better"), not as better at
# something or than something ("I'm better on paper than out loud", "better
# off"): relief and good news both read it so (turn_kinds_warm, hurtful).
BETTER_AS_FEELING = r"better(?!\s+(?:on|at|in|than|with|off|as|when|if)\b)"
ROLES = (r"person", r"mother", r"mum", r"mom", r"father", r"dad", r"friend", r"parent", r"wife", r"husband", r"partner",
         r"daughter", r"son")
# The people in someone's life, by the part they play: an idea written about
# a partner does not fit a talk about a boss (ideas.py).
PEOPLE_BY_PART = {
    "partner": (r"partners?", r"husband", r"wife", r"boyfriend", r"girlfriend", r"bf", r"gf", r"spouse", r"fianc[eé]e?"),
    "work": (r"boss", r"manager", r"supervisor", r"colleagues?", r"co-?workers?"),
    "parent": (r"parents?", r"mum", r"mom", r"mam", r"dad", r"mother", r"father"),
    "child": (r"kids?", r"child", r"children", r"son", r"daughter", r"teenager"),
    "friend": (r"friends?", r"mates?", r"bestie"),
}
# Feelings of hurt, fear or loss as the person names them ("I feel so alone").
HURT_FEELINGS = ("lonely", "alone", "angry", "scared", "afraid", "lost", "hopeless", "empty", "upset", "ashamed",
                 "distraught", "devastated", "heartbroken")
# ...and more words that carry pain: distress, death, illness, money, what
# was done to them. Nothing glad is said after them.
PAIN_WORDS = HURT_FEELINGS + (
    r"hurt\w*", r"stress\w*", r"overwhelm\w*", r"exhaust\w*", r"depress\w*", r"cry\w*", "died", "dead", "death", "sick",
    "awful", "terrible", "horrible", "bad", "worst", r"struggl\w*", "debt", "fired", r"cheat\w*",
)

# What a person asks for when they want ideas ("any tips?", "other tactics
# you can share?"): the turn kinds read requests for ideas with them.
IDEA_NOUNS = (r"advice", r"advise", r"suggestions?", r"tips", r"ideas", r"tactics", r"strateg(?:y|ies)",
              r"techniques", r"recommendations?", r"tricks", r"ways")
# Verbs of getting through something ("how did you cope?", "how do I deal
# with it?"): asked of the companion, they ask for ways of coping.
COPING_VERBS = (r"cop(?:e|ed|ing)", r"deal(?:t|ing)?", r"handl(?:e|ed|ing)", r"manag(?:e|ed|ing)", r"overc[oa]me",
                r"get\ (?:through|over|past)", r"got\ (?:through|over|past)", r"calm\ down", r"relax")

# Emergency and crisis numbers a line may name (US, UK, EU): pointing to
# them is taking up a risk, never an order.
EMERGENCY_NUMBERS = ("988", "911", "999", "112")


# Advice: the phrasings of a line that tells the person what to do. The one
# advice detector (``advice``) reads them, for the guard, the line kinds,
# the rehearsal's feedback and peer style alike; the person's own requests
# ("what do you suggest?", turn_kinds) are read from some of them too.

# Modal phrases that tell the one addressed what to do ("You should call
# her", "We need to talk to him"): "should" and the formal "ought to"...
SHOULD = (r"should",)
OUGHT_TO = (r"ought\ to",)
# ...the modals of necessity ("must" also guesses: "you must be tired")...
MUST = (r"must",)
HAVE_TO = (r"have\ to",)
NEED_TO = (r"need\ to",)
# ...and the informal ones, spelled out ("you've got to", "gotta").
HAVE_GOT_TO = (r"have\ got\ to",)
GOT_TO = (r"got\ to",)
# Tentative modals that offer a step all the same ("You could try...",
# "you might want to...").
TENTATIVE_MODALS = (r"could", r"might", r"may")

# Verbs of recommending, said in the first person ("I suggest...", "I'd
# advise...", "I encourage you to..."): proposing a step...
PROPOSING_VERBS = (r"suggest", r"recommend")
# ...advising it...
ADVISING_VERBS = (r"advise",)
# ...and pushing towards it.
URGING_VERBS = (r"encourage", r"urge")
RECOMMENDING_VERBS = PROPOSING_VERBS + ADVISING_VERBS + URGING_VERBS

# Reminders that are orders: "Make sure you eat".
MAKE_SURE = (r"make\ sure",)

# Words that call a step needed, in "It's important to...", "...is
# essential": the plain word...
IMPORTANT = (r"important",)
# ...its stronger synonyms...
ESSENTIAL = (r"essential", r"crucial", r"vital")
# ...and the step called the best ("It's best to...", "the best thing is
# to...").
BEST = (r"best",)
# "The first step is...": the step called the first one to take; and what a
# step is called ("the best thing", "the first step").
FIRST = (r"first",)
STEP = (r"thing", r"step")

# Questions that are advice: "Why not ask her?", "Why don't you...?"...
WHY_NOT = (r"why\ not",)
WHY_DONT = (r"why\ don't",)
# ..."How about...?", "What about...?"
HOW_ABOUT = (r"how\ about",)
WHAT_ABOUT = (r"what\ about",)
# Advice put as what the speaker would do in the person's place: "If I were
# you...", "in your shoes".
IF_I_WERE_YOU = (r"if\ i\ were\ you",)
YOUR_PLACE = (r"shoes", r"position", r"place")

# Contractions typed, or written by Whisper, without their apostrophe, where
# the bare form is no everyday word of its own ("ill", "shed", "wed", "were",
# "well", "its", "hell" are, and so is "id": "they took my ID"). Lower case: a reader
# that capitalises "I" does so itself.
BARE_CONTRACTIONS = {
    "dont": "don't", "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't", "arent": "aren't",
    "wasnt": "wasn't", "werent": "weren't", "havent": "haven't", "hasnt": "hasn't", "hadnt": "hadn't",
    "cant": "can't", "wont": "won't", "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't",
    "im": "i'm", "ive": "i've", "youre": "you're", "youve": "you've", "youd": "you'd", "youll": "you'll",
    "hes": "he's", "hed": "he'd", "shes": "she's", "theyre": "they're", "theyve": "they've", "theyd": "they'd",
    "theyll": "they'll", "weve": "we've", "thats": "that's", "thatll": "that'll", "whats": "what's", "hows": "how's",
    "wheres": "where's", "whens": "when's", "whos": "who's", "theres": "there's", "itll": "it'll",
}


def alternatives(*lists: Iterable[str], space: str | None = None, apostrophe: str | None = None) -> str:
    """The words or fragments of ``lists``, in order, as one non-capturing
    alternation. ``space``: what stands for an escaped space (r"\\s+" for a
    reader that allows any white space); ``apostrophe``: what stands for one
    ("'?" for a reader that also reads "dont")."""
    items = (item for words in lists for item in words)
    if space is not None:
        items = (item.replace(r"\ ", space) for item in items)
    if apostrophe is not None:
        items = (item.replace("'", apostrophe) for item in items)
    return "(?:" + "|".join(items) + ")"


def loose_alternatives(*lists: Iterable[str]) -> str:
    """``alternatives`` for a reader of text as written: any white space
    between words, and contractions with or without the apostrophe."""
    return alternatives(*lists, space=r"\s+", apostrophe="'?")
