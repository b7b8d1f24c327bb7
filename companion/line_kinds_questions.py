"""Line-kind patterns: questions, open and closed, found from word order.

Auxiliary-initial "do you / is it / have you..." is closed, wh-initial or
"tell me / say more / I wonder" is open, so a missing question mark does not
matter (see ``line_kinds``).
"""
from __future__ import annotations

import re

from .line_kinds_text import _any
from .vocabulary import HOW_ABOUT, WHAT_ABOUT, WHY_DONT, WHY_NOT, alternatives

_SUBJECT = _any(
    r"you|ya|u|y'all|i|he|she|they|we|it|that|this|there|these|those",
    r"anyone|anybody|anything|someone|somebody|everyone|everybody|any|either|both|things|people",
    r"your|his|her|their|my|our|the|mum|mom|dad",
    r"he's|she's|it's|that's|you're|you've|they're|we're",
)
# Auxiliaries that open a question whatever follows ("Is Ben around?") ...
_AUX_ANY = _any(
    r"does|did|is|are|was|were|am|has|had|shall|can|d'you|dyou",
    r"isn't|aren't|wasn't|weren't|doesn't|didn't|hasn't|hadn't|won't|wouldn't|couldn't|shouldn't|can't",
)
# ... and those that need a subject after them ("Do you..." but "Do something nice").
_AUX_SUBJ = r"(?:do|don't|have|haven't|could|would|will|should|may|might|must)"
_AUX_Q = re.compile(rf"^(?:{_AUX_ANY}\b|{_AUX_SUBJ} {_SUBJECT}\b)")
_HAVE_IMPERATIVE = re.compile(r"^(?:have|has|had) (?:a|an|some|another|faith|fun|patience|a go)\b")
_CAN_IMPERATIVE = re.compile(r"^can (?:it|the)\b(?! \w+ (?:be|help))")

# Polite requests and embedded questions that invite the person to say more.
_OPEN_INVITE = re.compile(r"^" + _any(
    r"tell me(?! (?:if|whether)\b)|talk me through|walk me through|take me through|talk to me about",
    r"say (?:a (?:bit|little) )?more|say something about|help me understand|describe|explain (?:what|how|more)",
    r"in what way|how so|like what|such as",
    r"i (?:just )?wonder|i'm (?:just |really )?wondering|i was wondering (?:what|how|why|about)",
    r"i'm (?:really |just )?curious|i'm interested in",
    r"i'd (?:really )?(?:love|like) to (?:hear|know|understand)",
    r"i (?:want|would love|would like) to (?:hear|know|understand)",
    r"feel free to (?:say|share|tell|talk)",
    r"(?:can|could|would|will) you (?:please |maybe |just )?(?:tell|say|talk|walk|take|describe|explain|share)"
    r"(?: me| us)?(?: (?:a (?:bit|little) )?more| about| what| how| why| through| a (?:bit|little))",
    r"(?:can|could|would|will) you help me understand",
    r"(?:would|do) you (?:want|like|mind|be willing) to (?:tell|say|talk|share|describe)(?: me)?"
    r"(?: (?:a (?:bit|little) )?more| what| how| why| about what)",
) + r"\b")
_AND_THEN = re.compile(r"^(?:and )?then(?: what)?[?.!]*$|^what then\b")
_WH = re.compile(r"^(what|what's|how|how's|why|why's|when|when's|where|where's|which|who|who's|whose|whom)\b")
# "When my dad died, ..." opens a clause, not a question.
_SUBORDINATE_WH = re.compile(
    r"^(?:when|where|whenever|wherever) (?:i|you|he|she|they|we|my|your|his|her|their|our|it|the|that|this|"
    r"i'm|you're|he's|she's|they're|we're|i've|you've|things|people|everyone|everything|nobody)\b"
)
# "What you need is...", "What I'm hearing is...": statements that start with "what".
_PSEUDO_CLEFT_WH = re.compile(
    r"^what (?:i|i'm|i've|i'd|you|you're|you've|you'd|he|she|they|we|he's|she's|they're|we're|it|it's)\b"
    r"(?! (?:think|reckon)\b)"
)
# "What helped me was...", "What got me through was..." (only without a question mark).
_WHAT_IS_WAS = re.compile(
    r"^what (?:[a-z]+(?:ed|s)|got|kept|made|gave|took|hit|hurt|struck|stuck|brought|drove|led|saved)"
    r"(?: [a-z']+){0,6}(?<! it)(?<! he)(?<! she)(?<! they)(?<! that)(?<! there)(?<! you)(?<! i) (?:is|was)\b \S"
)
_SHORT_FACT_HOW = re.compile(r"^how (?:old|many|much|long|often|far|soon|tall|big|late|early|frequently)\b")
_SHORT_FACT_WHAT = re.compile(
    r"^what (?:time|day|date|year|age|month|number|school|grade|year group|stage)\b|"
    r"^what's (?:his|her|your|their) (?:name|number|age)\b"
)
# where/when/who questions that ask where a feeling lives rather than for a fact.
_OPEN_CONTENT = re.compile(
    r"\b(?:go|goes|come from|comes from|came from|fit|fits|leave you|leaves you|sit|sits|feel|feels|feeling|"
    r"felt|turn|turns|help|helps|helped|hope|strength|support|mind|head|heart|like for you)\b"
)
# Suggestions that only look like questions: the shared ones (vocabulary), and
# the line kinds' own "why wouldn't / won't you", "what if you tried".
_WHY_ADVICE = re.compile(r"^" + _any(
    alternatives(WHY_DONT, ("why do not", "why wouldn't", "why won't"), WHY_NOT) + r" (?:you |we )?"
    r"(?!(?:want|feel|think|like|trust|believe|know|say|see|care)\b)",
    alternatives(WHY_NOT) + r"\b",
    alternatives(HOW_ABOUT) + r" (?:you )?(?:\w+ing|a |an |some |just |maybe )",
    alternatives(WHAT_ABOUT) + r" (?:\w+ing)\b",
    r"what if you (?:just )?(?:tried|called|rang|phoned|texted|talked|spoke|went|wrote|told|asked|gave|took|"
    r"made|started|got|joined|saw|booked|let|stopped|kept|did|put|had)\b",
))
_TAG_Q = re.compile(
    r",\s*" + _any(
        r"(?:isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't|wouldn't|can't|couldn't|haven't|hasn't|"
        r"hadn't|shouldn't|is|are|was|were|do|does|did|have|has|will|would|can|could) "
        r"(?:it|you|he|she|they|we|i|that|there)\b\s*\??",
        r"(?:right|yeah|eh|no|yes|ok|okay|innit|correct|true)\s*\?",
    ) + r"\s*[.!?]*$"
)
_ANY_Q = re.compile(r"^(?:any idea|any chance|anyone|anybody|anything|any)\b")
# "anyone you can talk to at work": an elliptical yes/no question.
_ANY_ELLIPTICAL = re.compile(
    r"^(?:any idea|any chance)\b|"
    r"^(?:anyone|anybody|anything|anywhere)(?: else)? (?:you|who|that|at|in)\b(?!.*\b(?:would|will|is|was|are|were)\b)"
)
# A question may follow a leading clause: "If you could tell them anything, what...".
_QUESTION_CLAUSE_LEAD = re.compile(
    r"^(?:if|when|whenever|now that|looking back|thinking (?:about|back)|after|before|since|once|as|with|given|"
    r"compared to|out of|of all|apart from|besides|other than|you mentioned|you said|earlier)\b"
)
_SUBJECT_PRONOUN = re.compile(r"^(?:you|you're|you've|you'd|i|i'm|i've|he|she|they|we|it|it's|that|that's|so)\b")
