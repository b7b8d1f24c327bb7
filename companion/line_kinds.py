"""MITI-style kinds of a peer-support worker's lines, by hand-written rules.

In rehearsal mode the worker practises and each of their lines is coded as one
of six kinds:

``reflection``
    restates, paraphrases or names what the other person said or feels.
``open_question``
    invites the person to say more in their own words ("What was that like?",
    "Tell me more", "I wonder how...", "Can you say more about that?").
``closed_question``
    a yes/no, either/or or short-fact question ("Did you tell her?",
    "How old is he?", "When's the resit?").
``self_disclosure``
    the worker shares something of their own experience or reaction.
``affirmation``
    recognises the person's strengths, efforts or values.
``other``
    advice, instructions, information, diagnosis, lecturing, greetings, thanks,
    sympathy formulas, small talk and fillers.

The rules work on spoken transcripts too: questions are found from word order
(auxiliary-initial "do you / is it / have you..." is closed, wh-initial or "tell
me / say more / I wonder" is open), so a missing question mark does not matter;
and a question mark on a plain statement ("So you've stopped going?") does not
make it a question. Conventions follow ``eval/worker_lines_labels.jsonl``:

* a suggestion wrapped in a yes/no question ("Have you tried...?", "Would it
  help to...?") is coded by its form, ``closed_question``; "Why don't you...?",
  "What if you tried...?" and "How about trying...?" are not real questions
  and are coded ``other`` (advice);
* "What you need is..." is a statement of superior knowledge (``other``);
  "What I'm hearing is..." is a reflection; "What helped me was..." is a
  self-disclosure;
* "how old / how many / how much / how long / how often", "when", "where",
  "which" and "who" ask for a short fact (``closed_question``), unless they ask
  where a feeling goes or comes from;
* "Can you tell me more?" and other polite requests for more are open;
* a tag question ("You're exhausted, aren't you?") is closed;
* the empathic "should" ("You should be proud", "You shouldn't have to carry
  this") is not advice.

Everything is regular expressions over one lower-cased sentence; a
classification takes some tens of microseconds.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from .sentences import split_sentences

KINDS = ("reflection", "open_question", "closed_question", "self_disclosure", "affirmation", "other")

_COUNT_KEYS = {
    "reflection": "reflections",
    "open_question": "open_questions",
    "closed_question": "closed_questions",
    "self_disclosure": "self_disclosures",
    "affirmation": "affirmations",
}

# ---------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": ", ",
                         "\u2013": ", ", "\u2026": "..."})
# Contractions Whisper sometimes writes without the apostrophe.
_BARE_CONTRACTIONS = {
    "dont": "don't", "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't", "arent": "aren't",
    "wasnt": "wasn't", "werent": "weren't", "havent": "haven't", "hasnt": "hasn't", "hadnt": "hadn't",
    "cant": "can't", "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't",
    "im": "i'm", "ive": "i've", "youre": "you're", "youve": "you've", "youd": "you'd",
    "youll": "you'll", "thats": "that's", "whats": "what's", "hows": "how's", "theyre": "they're",
    "shes": "she's", "hes": "he's", "wheres": "where's", "whens": "when's", "whos": "who's",
    "itll": "it'll",
}
_BARE_RE = re.compile(r"\b(" + "|".join(_BARE_CONTRACTIONS) + r")\b")
_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")


def _normalise(text: str) -> str:
    low = text.translate(_QUOTES).lower().strip()
    # "I'd", "I'll" without apostrophes are only restored for the pronoun forms.
    low = _BARE_RE.sub(lambda m: _BARE_CONTRACTIONS[m.group(1)], low)
    low = re.sub(r"\s+", " ", low)
    return low


def _any(*patterns: str) -> str:
    """One non-capturing alternation of regular-expression snippets."""
    return "(?:" + "|".join(patterns) + ")"


# ---------------------------------------------------------------------------
# Fillers, greetings and conversational formulas
# ---------------------------------------------------------------------------

_FILLER_WORDS = _any(
    r"hi|hello|hey|okay|ok|alright|all right|right|yeah|yes|yep|yup|no|nope|sure|there|then|indeed",
    r"mm+|m+-?hm+|mhm+|hmm+|uh[- ]?huh|um+|uh+|erm?|er",
    r"wow|good|great|fine|cool|nice|brilliant|lovely|oh|ah|aw+|gosh|blimey|god|ouch|yikes|bless you|bless",
    r"morning|evening|afternoon|night",
    r"i see|oh no|oh dear|really|true|exactly|absolutely|totally|definitely|of course|fair enough",
    r"i hear you|i understand|got it|makes sense|that makes sense|sorry|go on",
    r"you know|(?:you )?know what i mean|if that makes sense",
)
_ONLY_FILLER = re.compile(rf"^(?:{_FILLER_WORDS}\b[\s,.!?;:-]*)+$")
# Discourse markers stripped from the front before the real analysis.
_LEAD = re.compile(r"^(?:" + _any(
    r"so|and|but|also|anyway|right(?! now)|okay|ok|alright|yeah|yes|oh|ah|well(?! done)|sure",
    r"hmm+|mm+|m+-?hm+|um+|uh+|erm?",
    r"now(?=,)|look(?=,)|see(?=,)|listen(?=,)|honestly(?=,)",
    r"i see|got it|fair enough|of course",
    r"i (?:totally |completely |really )?(?:hear you|understand|get it|get that)(?=[,.;:!-]|$)",
) + r"\b[\s,.;:!-]*)+")
# Formulas that are "other" on their own; they are stripped and the rest is read.
_FORMULA_LEAD = re.compile(r"^(?:" + _any(
    r"don't worry|no worries|take your time|hang in there|take care|good luck|go on|go ahead|carry on",
    r"bye|goodbye|bye for now|see you(?: soon| later| next week)?|speak soon|talk soon|cheerio|night night",
    r"hold on|hang on|one sec|one second|one moment|just a sec|just a second|bear with me",
    r"no rush|no pressure|there's no rush|sorry|i'm sorry",
    r"(?:hi|hello|hey|hiya)(?: there)?|good (?:morning|afternoon|evening)|welcome",
    r"thanks|thank you|cheers",
    r"(?:thanks|thank you) (?:so much |again )?for (?:telling|sharing|saying)(?: me| that| this)*",
) + r"\b[\s,.;:!-]*)+")
_GREETING = re.compile(r"^" + _any(
    r"hi|hello|hey|hiya|good (?:morning|afternoon|evening|night)|welcome",
    r"bye|goodbye|see you|speak soon|talk soon|cheerio|night night",
) + r"\b")
# After "sorry," the rest still counts when it speaks to the person's experience.
_ADDRESSES_PERSON = re.compile(r"^(?:that's|that is|that sounds|that must|it sounds|sounds|it must|you|your)\b")
_THANKS_FOR_STRENGTH = re.compile(r"\b(?:being|for) (?:so )?(?:honest|brave|open)\b")
_KEEP_GOING_ALONE = re.compile(r"^(?:just )?keep going[.!]*$")

# ---------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------

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
# Suggestions that only look like questions.
_WHY_ADVICE = re.compile(r"^" + _any(
    r"why (?:don't|do not|wouldn't|won't|not) (?:you |we )?"
    r"(?!(?:want|feel|think|like|trust|believe|know|say|see|care)\b)",
    r"why not\b",
    r"how about (?:you )?(?:\w+ing|a |an |some |just |maybe )",
    r"what about (?:\w+ing)\b",
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

# ---------------------------------------------------------------------------
# Advice, instructions and lecturing: "other" that outweighs the rest of a line
# ---------------------------------------------------------------------------

# "you should / need to / have to / must ..." at the start of a clause (not "you feel you have to").
_CLAUSE_START = r"(?:^|[,;:]\s*|\b(?:so|then|and|but|because|or)\s+)"
_PRE_YOU = (r"(?:(?:i (?:really |honestly |just |do |still )?(?:think|believe|feel|reckon|guess)|i'd say|"
            r"honestly|really|maybe|perhaps|probably|seriously|frankly|so|then|now|just|and|but|i mean),?\s+)*")
_MODAL_ADVICE = re.compile(
    _CLAUSE_START + _PRE_YOU
    + r"you(?:'ve)? (?:really |just |definitely |honestly |seriously |absolutely |probably |simply |still |also |"
    r"all )?" + _any(
        # not the empathic "should": "You should be proud", "You shouldn't have to carry this"
        r"should(?! (?:be|feel) (?:\w+ )?proud| never have| not have| have)(?!n't have)|shouldn't(?! have)",
        r"ought to|need to|needs to|must(?! be| have)|mustn't",
        r"have to|have got to|'ve got to|'ve gotta|gotta|got to",
        r"need (?:a|some|help|therapy|professional|more|proper|counselling|to)",
    ) + r"\b|\byou'd better\b|^you (?:just |really |simply )?(?:can't|cannot) (?:keep \w+ing|go on like)\b"
)
# An obligation restated after "So ..." is a reflection: "So you have to see him every day".
_OBLIGATION = re.compile(r"(?:have to|have got to|'ve got to|'ve gotta|gotta|got to)$")

_IMPERATIVE_VERBS = _any(
    r"go|make|try|call|ring|phone|text|email|message|talk|tell|say|explain|speak|ask|answer|respond|reply",
    r"stop|don't|do|never|be|get|take|have|keep|start|give|find|put|let|leave|move|stay|set|use|wait|hold|carry",
    r"block|report|delete|mute|unfollow|hide|lock|ignore|confront|face|avoid|cut|limit|reduce|drop|quit|bin",
    r"breathe|write|journal|meditate|pray|exercise|relax|calm|slow|sleep|rest|eat|drink|shower|cook|tidy|clean",
    r"remember|forget|think|look|see|listen|focus|consider|trust|believe|accept|forgive|allow|remind|repeat",
    r"practise|practice|read|download|sign|book|register|enrol|enroll|apply|join|visit|contact|seek|reach|send",
    r"distract|treat|reward|celebrate|apologise|apologize|show|count|name|cry|smile|check|switch|turn|push|pull",
    r"lean|spend|head|pop|grab|pick|unplug|change|replace|swap|sort|fix|work|learn|research|google|sit|pour",
    r"throw|chuck|open|close|agree|promise|commit|cheer|lighten|toughen|man|grow|snap|buck|shake|brush|wake",
)
# Words after a verb-looking first word that show it is not an instruction.
_NOT_IMPERATIVE_AFTER = _any(
    r"is|was|'s|has|had|can|could|will|would|does|did|feels|felt|seems|seemed|makes|made|of",
    r"me through|me about|me more|me what|me how|me why|me when|me who|me where|me a bit|me a little",
    r"me know|me see|me check|me just|me make sure|me get",
    r"your time|on\b|ahead|how|at how|at what|what you|more|a bit more|a little more|worry|worries|sure",
    r"you|it or not",
) + r"\b"
_IMPERATIVE = re.compile(
    r"(?:^|[,;:]\s*)(?:(?:so|and|but|then|just|please|maybe|perhaps|now|also|first|instead|honestly|really|"
    r"seriously|simply|only)\s+)*" + _IMPERATIVE_VERBS + r"(?=[\s.!?]|$)(?!,)(?! " + _NOT_IMPERATIVE_AFTER + r")"
)
_IMPERATIVE_LEAD = re.compile(r"^(?:(?:so|and|but|then|just|please|maybe|perhaps|now|also|first|instead|honestly|"
                              r"really|seriously|simply|only)\s+)*")
# "do you", "have you" at a clause start open questions, not commands.
_DO_HAVE_QUESTION = re.compile(r"^(?:do|don't|have) " + _SUBJECT + r"\b|^(?:have|has|had|do|does|did) "
                               r"(?:been|got|had|done|to)\b")

_CLINICAL_LABEL = _any(
    r"depression|depressive|clinically depressed|anxiety|an anxiety disorder|panic attacks?|panic disorder",
    r"ptsd|c-ptsd|ocd|adhd|autism|autistic|bipolar|bpd|psychosis|psychotic|personality disorder",
    r"narcissis\w*|sociopath\w*|psychopath\w*|gaslight\w*|codependen\w*|avoidant",
    r"attachment (?:issues|style|disorder)",
    r"trauma response|trauma reaction|trauma bond\w*|traumati[sz]ed|stress (?:response|reaction)",
    r"fight or flight|grief response|complicated grief",
    r"postnatal depression|postpartum \w+|baby blues|burnout|burned out|insomnia",
    r"eating disorder|anorexi\w*|bulimi\w*|addict\w*|alcoholi\w*",
    r"dissociat\w*|catastrophi[sz]ing|in denial|(?:a |nervous )?breakdown",
    r"mentally ill|a mental illness|disorder|symptoms?",
)
_DOMINANT = re.compile(_any(
    # tentative or indirect advice
    r"\b(?:maybe|perhaps) you (?:could|might|should|can)\b",
    r"\byou can always\b",
    r"\byou (?:could|might|may) (?:always |just |also )?(?:try|want to|wanna|consider|think about|look into|"
    r"start|ask|talk to|speak to|ring|call|text|write|join|go|get|see|book|find|give|take|make|tell|put|use|keep)\b",
    r"\bif i were you\b|\bin your (?:shoes|position|place)\b|\bif it was me\b",
    r"\bi (?:would |'d |really |strongly |do )?(?:suggest|recommend|advise|urge|encourage|prescribe)\b",
    r"\bi'd (?:suggest|recommend|advise|urge|encourage)\b|\bmy advice\b",
    r"^(?:honestly,? |personally,? |in your (?:shoes|place),? )?i'd (?:just |definitely |probably |seriously |"
    r"honestly )?(?:leave|ring|call|phone|tell|get|talk to|speak to|block|report|ask|quit|stop|move|dump|"
    r"walk out|kick|change|book|see a|see your|go to|go and|go back)\b",
    r"\bit(?:'s| is| would be| might be| may be| could be| would|'d|'d be| might| may| could)? (?:really |very |"
    r"so |probably |definitely |absolutely |also |always )?(?:be )?(?:important|essential|vital|crucial|key|"
    r"best|worth|wise|sensible|helpful|useful|a good idea|good idea|better|help|a help) (?:to|for you to|"
    r"that you|you|if you|trying|talking|getting|speaking|seeing|calling|ringing|going|looking|having|finding|"
    r"keeping|making)\b",
    r"\bthe (?:best|only|first|right|main) (?:thing|option|step|answer|solution|way forward)(?: to do|"
    r" you can do| for you| now)? (?:is|would be|to do)\b",
    r"\bthe (?:answer|solution|trick|key|secret) is\b",
    r"\bwhat you (?:really |actually |probably |just |definitely )?(?:need|should|have to|must|ought|"
    r"want to do)\b",
    r"\bmake sure\b|\bremember to\b|\bdon't forget to\b|\bdo yourself a favour\b",
    r"\b(?:would|'d|will|might) (?:really |definitely )?(?:want|like|have wanted) you to\b",
    # treatment recommendations and claims
    r"\b(?:therapy|cbt|counselling|counseling|medication|meds|antidepressants|a therapist|a counsellor|"
    r"a counselor|a doctor|your doctor|your gp|a gp|the gp|mindfulness|meditation|rehab|aa|a support group|"
    r"a psychiatrist|a psychologist|professional help|sleep hygiene|journaling|exercise|"
    r"talking to (?:someone|a professional)) (?:would|will|could|can|might|should|is going to|is proven to|"
    r"is known to)(?: really| definitely| probably| honestly| actually)? (?:help|sort|fix|work|"
    r"make a difference|do you good|be(?: really| so| very| a)? (?:good|great|helpful|useful|the answer|"
    r"the best|worth|a big help))\b",
    r"\byou (?:need|should (?:get|see|try|go))? ?(?:therapy|counselling|counseling|medication|antidepressants)\b",
    r"\b(?:works?|worked|does|do) wonders\b|\b(?:really|always) works\b|\bworks for (?:most|everyone|lots|a lot)\b",
    # superior knowledge, deference
    r"\b(?:trust me|believe me|listen to me|mark my words|take it from me|let me tell you)\b",
    r"\bthe (?:truth|reality|fact|problem|real issue|thing) is,? you\b|\bthe truth is\b",
    r"\byou(?:'re| are) (?:wrong|mistaken|overreacting|overthinking|catastrophi[sz]ing|projecting|in denial|"
    r"dissociating|being (?:silly|dramatic|paranoid|irrational|ridiculous|too hard on yourself))\b",
    r"\bi know (?:what's|what is) (?:best|right)\b|\byou need to (?:understand|realise|realize|accept)\b",
    # authority, research
    r"\bas an? (?:counsellor|counselor|therapist|nurse|doctor|psychologist|psychiatrist|social worker|"
    r"professional|clinician|gp|expert|mental health)\b",
    r"\bas (?:someone|somebody|a person) (?:who(?:'s| has| have)? (?:works?|worked|trained|studied)|working|"
    r"trained)\b",
    r"\bin my (?:professional|clinical) (?:experience|opinion|view)\b|\bin my (?:practice|clinic)\b",
    r"\bi(?:'m| am) (?:trained|qualified)\b",
    r"\bi(?:'ve| have) (?:worked|dealt) with (?:a lot of|many|lots of|loads of|hundreds of|plenty of|so many) "
    r"(?:people|clients|patients|families|cases|young people|parents)\b",
    r"\b(?:research|studies|the science|science|evidence|experts|statistics|the data) (?:shows?|says?|"
    r"suggests?|proves?|tells us|agrees?)\b",
    r"\bstudies have\b|\bit's been proven\b|\bscientifically\b|\bstatistically\b",
    # minimising, competing
    r"\bat least (?:you|your|it|he|she|they)\b|\bworse off\b|\bin my day\b",
    r"\b(?:bigger|worse|harder|tougher) than (?:yours|you|what you)\b",
    r"\b(?:others|other people|some people|lots of people|many people) (?:have it|have had it|are) "
    r"(?:much |far |a lot |way )?(?:harder|worse)\b",
    r"\b(?:it |that )?could (?:always )?be (?:a lot |much |far )?worse\b",
    r"\b(?:it's|it is|that's|that is) not (?:a big deal|that bad|the end of the world|"
    r"worth (?:crying|getting upset))\b",
    r"\bthat's nothing\b|\byou're lucky\b|\bget over it\b|\bworse things happen\b|\bman up\b|\bsnap out of\b",
    r"\b(?:everyone|everybody) (?:gets|goes through|has|feels)\b(?!.*\byour?\b)",
    # diagnosis, clinical labels (on the person or anyone in their life)
    r"\b(?:it's|that's|it is|that is) (?:probably |only |just |most likely |likely )+(?:stress|hormones|"
    r"your hormones|nerves|a phase|tiredness|the baby blues|baby blues|exhaustion|in your head|"
    r"your imagination|anxiety|grief|depression|the drink talking)\b",
    r"\b(?:sounds? like|seems? like|i think|maybe|probably) you(?:'re| are| might be| could be) "
    r"(?:clinically )?depressed\b",
    r"\b(?:that's|that is|this is|it's|it is|those are|these are|sounds? like|sounds? a lot like|seems like|"
    r"sounds?|seems?|looks?|could be|might be|may be|probably|definitely|clearly|classic|textbook|"
    r"you(?:'ve| have| got|'ve got)|you're (?:suffering from|showing)|(?:symptoms?|signs?) of|a case of|"
    r"he's|she's|they're|you're|he is|she is|they are|you are|is|are)"
    r"(?: a| an| the| classic| textbook| clinical| real| typical| some| probably| definitely| got| social|"
    r" health| generali[sz]ed| severe| mild| seasonal| complex| chronic| acute| major| high-functioning|"
    r" functioning)* " + _CLINICAL_LABEL + r"\b",
    r"\b(?:symptoms?|signs?) of (?:depression|anxiety|trauma|ptsd|grief|burnout|a|an)\b",
))

# ---------------------------------------------------------------------------
# Statements that are "other" but do not outweigh the rest of a line
# ---------------------------------------------------------------------------

_SOFT_OTHER = re.compile(_any(
    # sympathy and presence formulas
    r"^(?:i'm|i am) (?:so |really |very |truly |just )?sorry\b|^sorry\b",
    r"^(?:i'm|i am) not going anywhere\b",
    r"^(?:i'm|i am) (?:always |still |right |just |only )?(?:here|listening)(?:$|[.!,]| for you| to (?:listen|"
    r"help|support|talk|hear)| with you| if| now| tonight| whenever| as long| all)",
    r"\bi (?:totally |completely |really |honestly )?(?:know|get|understand) (?:exactly |just |totally )?"
    r"(?:how you(?:'re)? feel(?:ing)?|what you mean|what you're going through|how hard)\b",
    r"\bi (?:can't|cannot|can not) (?:even )?(?:begin to )?imagine\b",
    r"^i (?:really |just |do |truly )?hope\b|^(?:i'm|i am) (?:so |really |very )?(?:glad|pleased|happy)\b",
    r"\b(?:you )?poor (?:thing|love|you|darling)\b|^bless (?:you|your)\b",
    # greetings, introductions, session management
    r"^(?:nice|good|great|lovely) to (?:hear|meet|talk|speak|see)\b|^it's \w+ (?:from|here)\b",
    r"^(?:this is|my name is|i'm) \w+ (?:from|at|on)\b",
    r"^(?:let's|let us)\b|\blet me know\b",
    r"^we(?:'ll| will|'d better| need to| have to| should| can| could)? (?:need to |have to |better )?"
    r"(?:stop|finish|end|wrap|leave it|pause|pick (?:this|it) up|come back)\b|\b(?:stop|leave it) there\b",
    r"\bminutes left\b|\btime (?:left|is up)\b|\btime's (?:\w+ )?up\b|\b(?:nearly|almost|about) (?:out of )?time\b",
    r"\bbefore we (?:finish|stop|end|wrap|go)\b",
    r"^we(?:'ve| have)? (?:got|have|only have) (?:about |around |just |only )?(?:\w+ )?(?:minutes?|time|"
    r"a bit of time)\b",
    r"\b(?:next|this) (?:week|session)\b.*\b(?:we|i'll|i will|talk|speak|session)\b",
    r"^(?:i'll|i will) (?:be (?:here|around|thinking)|see you|call you|ring you|speak to you|talk to you|check)\b",
    # reassurance and platitudes
    r"^you(?:'re| are) (?:not alone|welcome)\b|^you've got this\b|^you can do (?:this|it)\b",
    r"\byou(?:'ll| will) (?:be (?:fine|ok|okay|alright|all right)|get through|get over|feel better|be back|"
    r"come through|bounce back)\b",
    r"\byou(?:'re| are) (?:going to|gonna) be (?:fine|ok|okay|alright|all right)\b",
    r"\b(?:it|things|everything|all)(?:'ll| will) (?:all )?(?:be (?:fine|ok|okay|alright|all right)|work out|"
    r"get better|turn out|sort (?:itself|themselves) out|(?:look|seem|feel) (?:better|brighter|different))\b",
    r"\b(?:it's|it is|things are|everything's|everything is) (?:going to|gonna) (?:be|get|work)\b",
    r"\b(?:it|things) (?:gets?|will get) (?:easier|better)\b",
    r"\b(?:things|life) (?:always|usually|often|generally|tends? to) (?:look|seem|feel|get|gets|works?|turns?)\b",
    r"\btime heals\b|\btime is a (?:great )?healer\b|\bhappens? for a reason\b|\bgod (?:has|never|only)\b",
    r"\bstay (?:strong|positive)\b|\b(?:think|be) positive\b|\bbright side\b|\bchin up\b|\bevery cloud\b",
    r"\bit is what it is\b|\bthat's life\b|\bthese things happen\b|\bat the end of the day\b",
    r"\bdarkest before\b|\bwhat doesn't kill\b|\bno point (?:dwelling|crying|worrying)\b",
    r"^you don't have to\b",
    # generic validation and normalising information
    r"\b(?:are|is) (?:completely |totally |perfectly |so |really )?(?:valid|understandable)\b",
    r"^(?:that's|that is|it's) (?:so |really |very |just )?(?:great|good|brilliant|lovely|nice|fantastic|"
    r"amazing|wonderful|interesting|fair|fine|ok|okay|cool|true|(?:completely |totally |perfectly )?"
    r"(?:understandable|normal|natural|valid|fair enough))[.!]*$",
    r"\b(?:is|are|'s) (?:very |quite |completely |totally |perfectly |really |just )?(?:typical|normal|common|"
    r"standard|usual) (?:of|for|in|at|with|among)\b",
))
# General information: only when the sentence says nothing about "you".
_INFO = re.compile(_any(
    r"^(?:most|many|lots of|a lot of|plenty of|loads of) (?!of you)\w+",
    r"\b(?:normal|normally|common|commonly|natural|usual|usually|typically|typical|generally|often|tends? to|"
    r"most people|many people|lots of|a lot of people|plenty of|loads of|everyone|everybody|"
    r"people (?:often|usually|tend|say)|research|studies|proven|known to|on average|in general|for a lot of|"
    r"for many|for most|depressant|stimulant|hormones?|brain|chemicals?|serotonin|dopamine|cortisol|withdrawal|"
    r"nervous system|medically|clinically|scientific\w*|the body)\b",
))
_GENERIC_SUBJECT = re.compile(
    r"^(?:grief|recovery|relapse|healing|depression|anxiety|addiction|sobriety|alcohol|drinking|sleep|rest|"
    r"exercise|therapy|counselling|time|loss|bereavement|trauma|stress|self-care|routine|kids|children|teenagers|"
    r"teens|babies|men|women|people|parents|new mums|new dads|mums|dads|carers|families|bullying|bullies|"
    r"medication|antidepressants|exams)(?: \w+)? (?:is|are|isn't|aren't|does|doesn't|do|don't|has|have|can|can't|"
    r"takes|take|comes|come|affects|affect|never|always|often|usually|will|won't|tends|tend|gets|get|makes|make|"
    r"helps|help|matters|needs|need|heals|passes|goes|varies|looks)\b"
)
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|you're|you've|you'd|you'll|u|ur)\b")
_YOU_KNOW = re.compile(r"\byou know\b")

# ---------------------------------------------------------------------------
# Affirmation
# ---------------------------------------------------------------------------

_AFFIRM_I = re.compile(_any(
    r"^(?:i'm|i am) (?:so |really |very |genuinely |honestly |just )?(?:impressed|proud of you|in awe|"
    r"amazed by you)\b",
    r"^i (?:really |genuinely |honestly |do |have to |must )?(?:admire|respect|appreciate)\b",
    r"^i (?:love|like) (?:how|that|the way) you\b",
    r"^(?:i'm|i am) (?:so |really |very )?glad (?:that )?you (?:came|called|rang|phoned|texted|reached|told|got|"
    r"picked|decided|said|managed|did|spoke|opened|shared|talked|made|found|felt able)\b",
    r"\b(?:it|that) means (?:a lot|so much|a great deal)\b",
))
_FAMILY_ROLE = (r"(?:mum|mom|dad|parent|friend|son|daughter|brother|sister|person|listener|carer|husband|wife|"
                r"partner|mother|father|grandparent|nan|grandad|grandma|granddad|auntie|uncle|teacher|colleague|"
                r"boss|neighbour)")
_AFFIRM = re.compile(_any(
    # strength words
    r"\b(?:brave|bravery|braver|courage|courageous|guts|gutsy|resilien\w*|determined|determination|"
    r"persisten\w*|perseveran\w*|tenaci\w*|dedicat\w*|self-awareness|self-aware|insightful|resourceful|"
    r"achievement|accomplishment|admirable|impressive|inspiring|remarkable|fighter|survivor|credit to|"
    r"insight\w*|commitment|loyalty|loyal|devotion|grit|backbone)\b",
    r"\b(?:is|are|was|as) a (?:real |huge |big |great )?strength\b",
    # "that took guts", "it takes real strength", "that shows courage"
    r"\b(?:takes?|took|taking|taken) (?:(?:real|a lot of|some|so much|such|serious|great|a great deal of|huge|"
    r"massive|a lot|a huge amount of|a lot out of|incredible|enormous) )?(?:guts|courage|strength|bravery|nerve|"
    r"effort|determination|honesty|self-awareness|character|heart|a lot|something|real work|work|doing|"
    r"some doing)\b",
    r"\b(?:shows?|showed|shown|showing|needs?|needed) (?:(?:real|a lot of|some|so much|such|great|huge|"
    r"incredible|a great deal of) )?(?:guts|courage|strength|bravery|nerve|determination|honesty|"
    r"self-awareness|character|heart|commitment|how much you)\b",
    r"\b(?:honest|brave|strong|courageous|mature|wise|generous|loving|kind|caring|selfless|important|grown-up|"
    r"thoughtful) thing(?: to (?:do|say|admit|share|notice|realise|realize|hear))?\b",
    r"\b(?:big|huge|brave|important|real|positive|massive|enormous) (?:step|move|decision|achievement|"
    r"milestone)\b",
    r"\b(?:that's|that is|that was|it's|it was)(?: a| such a| really| so)? (?:huge|massive|progress|a win|"
    r"something to be proud of|no mean feat|quite something|really something|a real win)\b",
    r"\b(?:not|no) (?:a )?small (?:thing|step|feat|achievement)\b|\bnot nothing\b|\bthat counts\b|\bit counts\b",
    r"\bsays (?:a (?:lot|great deal)|so much|something) about (?:you|who you are|the kind)\b",
    r"\b(?:nobody|no one|nothing) (?:can|could|will) (?:ever )?take (?:that|it|this|those|these) \w*\s*away\b",
    r"\bgood for you\b|\bwell done\b(?= \w)|\bhats off\b",
    r"\b(?:should|can|could|deserve to) (?:be|feel) (?:really |so |very |rightly |incredibly |genuinely )?"
    r"proud\b|\b(?:so|really|very|incredibly|feel) proud of (?:you|yourself)\b",
    r"[,;] and you did(?: it)?$|[,;] and it shows\b",
    # "you're a good dad", "you've been so patient"
    r"\byou(?:'re| are|'ve been| have been| were|'ve always been| seem| sound)(?: clearly| really| so| such|"
    r" obviously| incredibly| very| genuinely| actually| still| always| a| an| such a)* (?:a |an )?(?:brave|"
    r"strong(?! one)|resilient|thoughtful|caring|kind|patient|honest|determined|wise|capable|loving|devoted|"
    r"generous|smart|clever|talented|gifted|insightful|committed|reliable|hard-working|hardworking|dedicated|"
    r"(?:good|great|brilliant|wonderful|amazing|fantastic|lovely|fab|loving|caring|devoted) " + _FAMILY_ROLE
    + r"|fighter|survivor|loyal|protective|fair|open|self-aware)\b",
    r"\b(?:been|are|were) (?:a|such a|the) (?:rock|anchor|lifeline|lifesaver)\b",
    r"\b(?:stronger|braver|tougher|wiser|more capable|more resilient) than you (?:think|realise|realize|know|"
    r"give yourself credit)\b",
    r"\byou(?:'re| are) (?:really |so |actually )?good at\b",
    # values
    r"\byou (?:really |clearly |obviously )?know (?:yourself|what matters|what you want|your own mind|"
    r"what's important|what you value)\b",
    r"\b(?:you|who) (?:really |clearly |obviously )?cares? (?:so much|a lot|deeply|about doing|about getting|"
    r"about people|about others)\b",
    r"\byou (?:clearly|obviously|really do|genuinely) (?:love|care|want the best|value)\b",
    r"\bhow much you care\b|\b(?:clear|obvious) (?:how much|that) you (?:care|love)\b|\bwant the best for\b",
    r"\b(?:do|doing|did) right by\b|\bput (?:your|the|their|his|her) \w+ first\b",
    r"\b(?:see|sees|seeing|saw) the (?:best|good) in\b",
    r"\b(?:takes?|took|taking) care of (?:people|others|everyone|everybody)\b",
    # efforts: keeping going, showing up, getting through
    r"\b(?:you|you've|you have|you're|you are|to|and)(?: still| just| always| really)? (?:kept|keep|keeping|"
    r"carried on|carrying on) (?:on )?(?:going(?! (?:over|back|round|around|on about|on at))|trying|fighting|"
    r"at it|showing up|turning up|getting up)\b",
    r"\bkept (?:\w+ ){1,2}(?:steady|going|together|afloat|running|safe|alive|fed)\b",
    r"\bkept (?:that|your|the|this|every) (?:promise|word)\b",
    r"\byou(?:'ve| have) (?:held|kept) (?:\w+ ){1,2}together\b",
    r"(?<!stopped )(?<!stop )(?<!not )(?<!never )\b(?:showing|showed|turning|turned) up (?:for|every|each|"
    r"again|anyway|even)\b",
    r"\b(?:you're|you are|you've been|you have been|you) still (?:showing up|turning up|getting up|trying|"
    r"fighting|going in|going to work|looking after|caring for|putting|standing|doing it|here for)\b",
    r"\b(?:you were|you've been|you have been|you're always|you are always|you've always been) there for\b",
    r"\b(?:worked|working|work) (?:so |really |incredibly |very )?hard\b",
    r"\b(?:come|came) (?:such |a |so )?(?:a long way|so far|far)\b",
    r"\blook (?:at )?how (?:far|much) you\b|\bhow far you(?:'ve| have) come\b",
    r"\b(?:didn't|did not|never|haven't|have not|hasn't|not|doesn't|don't|won't|wouldn't) (?:once |ever )?"
    r"(?:give|gave|given) (?:up|in)\b",
    r"\byou didn't (?:quit|pick up|drink|use|walk away|run)\b",
    r"\b(?:didn't|did not|never|don't|won't) let (?:it|that|this|them|him|her|anything|anyone) (?:stop|beat|"
    r"break|defeat) you\b",
    r"\b(?:stayed|kept|been|stuck|remained) (?:sober|clean|dry)\b|\bstuck (?:with|at) it\b",
    r"(?<!how )(?<!way )(?<!what )(?<!where )(?<!when )\byou(?:'ve| have)? (?:managed|made it|got through|"
    r"pulled through|pushed through|found a way|held on|hung on|survived|coped)\b"
    r"(?!.*\b(?:but|then|still|barely|only just|fell apart)\b)",
    r"\b(?:handled|managed|dealt with|coped with) (?:that|it|this|all of that|so much|a lot)(?: really| so)? "
    r"(?:well|brilliantly|calmly|gracefully)\b",
    r"\bwith (?:a lot of|such|real|great|so much) (?:care|grace|dignity|patience|compassion|courage|honesty|"
    r"love)\b",
    r"\byou(?:'re| are|'ve been| have been) doing (?:really |so |incredibly |amazingly )?(?:well|brilliantly|"
    r"amazingly|great|a great job|a good job|the best you can|everything you can|your best|so much)\b"
    r"(?!.*\b(?:but|still|not enough|doesn't feel)\b)",
    r"\b(?:done|doing|did) (?:such |an |a |a really )?(?:amazing|great|good|brilliant|incredible|fantastic|fab|"
    r"wonderful) job\b",
    r"\byou(?:'ve| have)? (?:done|achieved) (?:so much|a lot|really well|so well|brilliantly|amazingly)\b",
    r"\byou did (?:it|everything you could|all you could|your best|the best you could|well|brilliantly|great|"
    r"amazingly|so well)\b",
    r"\byou (?:made|took) (?:a|the|that) (?:\w+ )?(?:choice|decision|call|step)\b",
    r"\b(?:it's|that's|it is|that is) (?:really |so )?(?:good|great|brilliant) (?:that|to see) you\b",
    r"\blooked after (?:everyone|everybody|your|them|him|her|the|all)\b",
    r"\b(?:you|you've|you have) (?:stood|stand) up for\b",
    r"\byou (?:protected|looked out for|stood by|fought for|defended|stuck up for)\b",
    r"\byou (?:noticed|spotted|caught|recognised|recognized) (?:the|that|it|yourself|what|how|something)\b",
    r"\byou (?:really |clearly |obviously )?(?:thought (?:it )?(?:through|carefully|hard)|put (?:a lot of |"
    r"real |so much )thought)\b",
    r"\bsingle-?handed\w*\b|\b(?:gift|talent|knack|flair) for\b|\b(?:trusted|trusting|trust) me\b",
    # "you're not lazy": contradicting a self-label
    r"\b(?:isn't|is not|wasn't|was not|aren't|are not|'re not|not) (?:being )?(?:selfish|weak|lazy|a failure|"
    r"stupid|pathetic|useless|a burden|a bad (?:mum|mom|dad|parent|person|friend)|weakness|a weakness)\b",
))

# ---------------------------------------------------------------------------
# Reflection frames and self-disclosure
# ---------------------------------------------------------------------------

# "I'm hearing...", "If I've got this right...": the worker's "I" that frames a reflection.
_REFLECT_FRAME = re.compile(r"^" + _any(
    r"(?:i'm|i am) hearing|i(?:'m| am)? hear(?:ing)? (?:that|you saying|how|what|you're|a lot)",
    r"what i'm hearing|what i hear|what i'm getting",
    r"if i(?:'ve| have)? (?:got|get|understand|heard|understood) (?:this|that|you|it|what)",
    r"(?:i|i'm) (?:get|getting) (?:the|a) (?:sense|feeling|impression)|i sense",
    r"i(?:'d)? imagine|i guess (?:you|that|it|there|part)|i bet|i'm guessing",
    r"i can (?:hear|see|tell|imagine) (?:how|that|you|it|what|why)|i(?:'m)? notic(?:e|ing)|correct me if",
    r"i (?:feel|think) (?:like )?(?:you|your|it's|that's|there's|part of you|maybe you|this|that)",
    r"it sounds to me|sounds to me|it seems to me|it strikes me|i'm struck by",
    r"let me (?:see|check|make sure) (?:if |that )?i",
    r"from what (?:i'm hearing|i hear|you've said|you're saying|you said)",
) + r"\b")
_FIRST_PERSON = re.compile(
    r"\b(?:i|i'm|i've|i'd|i'll|i was|my|mine|myself|me too|same here|me neither|me either)\b|^same\b|"
    # "me", unless it is the person acting on the worker ("you told me", "tell me")
    r"(?<!tell )(?<!talk )(?<!walk )(?<!let )(?<!trust )(?<!trusted )(?<!trusting )(?<!believe )(?<!help )"
    r"(?<!show )(?<!ask )(?<!call )(?<!ring )(?<!text )(?<!rang )(?<!called )(?<!texted )(?<!telling )"
    r"(?<!told )(?<!with )(?<!to )\bme\b"
)
_FIRST_PERSON_Q = re.compile(r"^(?:can|may|could|shall) i\b")
# A first person that is only the object of the person's feelings ("You're worried I'll judge you").
_YOU_SUBJECT = re.compile(r"^(?:you|you're|you've|you'd|you'll|your)\b")
_STRONG_FIRST_PERSON = re.compile(
    r"\b(?:my|mine|myself|i was|i've|i had|i used|i'm|i am|i lost|i went|i felt|i feel|i remember|i know|"
    r"i get|i got|me too|same here|me neither)\b|,\s*(?:but|and) i\b"
)


def _strip_lead(text: str) -> str:
    return _LEAD.sub("", text).strip()


def _analyse(sentence: str) -> tuple[str, bool]:
    """(kind, dominant) for one sentence; dominant marks advice and lecturing."""
    low = _normalise(sentence)
    if not _WORD.search(low) or _ONLY_FILLER.match(low):
        return "other", False
    has_qmark = "?" in low
    core = _strip_lead(low)
    restating = bool(core != low and re.match(r"(?:so|and)\b", low))
    greeting = bool(_GREETING.search(core))
    rest = _FORMULA_LEAD.sub("", core).strip()
    formula = rest != core
    body = re.sub(r"[.!?,;:\s]+$", "", _strip_lead(rest))
    if not _WORD.search(body) or _KEEP_GOING_ALONE.match(body):
        return "other", False

    kind = _question_kind(body, has_qmark)
    if kind == "advice":
        return "other", True
    if kind == "closed_question" and _TAG_Q.search(body + ("?" if has_qmark else "")) and _is_advice(body):
        return "other", True  # "You should tell her, shouldn't you?"
    if kind:
        return kind, False
    if _is_advice(body, restating):
        return "other", True
    if formula:
        # "Sorry, that's a lot to carry" is still a reflection; "Thanks for telling me" is not.
        if not greeting and _ADDRESSES_PERSON.search(body):
            kind = _statement_kind(body)
            if kind != "other":
                return kind, False
        if not greeting and (_AFFIRM.search(body) or _THANKS_FOR_STRENGTH.search(body)):
            return "affirmation", False
        return "other", False
    return _statement_kind(body), False


def _question_kind(core: str, has_qmark: bool) -> str | None:
    """open_question / closed_question / "advice" for a question form, else None."""
    if _WHY_ADVICE.search(core):
        return "advice"
    if _OPEN_INVITE.search(core) or _AND_THEN.search(core):
        return "open_question"
    kind = _clause_question(core, has_qmark)
    if kind:
        return kind
    clauses = [c.strip() for c in re.split(r"[,;:]\s*|\s+-\s+", core) if c.strip()]
    if len(clauses) > 1 and (has_qmark or _QUESTION_CLAUSE_LEAD.search(clauses[0])):
        for clause in clauses[1:]:
            clause = _strip_lead(clause)
            if _OPEN_INVITE.search(clause):
                return "open_question"
            kind = _clause_question(clause, has_qmark)
            if kind:
                return kind
    if _TAG_Q.search(core) or _ANY_ELLIPTICAL.search(core) or (has_qmark and _ANY_Q.search(core)):
        return "closed_question"
    # "Every day?", "Tonight?": a short fragment asked as a question.
    if has_qmark and 0 < len(_WORD.findall(core)) <= 3 and not _SUBJECT_PRONOUN.search(core):
        return "closed_question"
    return None


def _clause_question(clause: str, has_qmark: bool) -> str | None:
    clause = re.sub(r"^(?:and )?then\b\s*", "", clause)
    m = _WH.search(clause)
    if m:
        word = m.group(1).replace("'s", "")
        if word == "what":
            if _PSEUDO_CLEFT_WH.search(clause) or (not has_qmark and _WHAT_IS_WAS.search(clause)):
                return None
            return "closed_question" if _SHORT_FACT_WHAT.search(clause) else "open_question"
        if word == "how":
            return "closed_question" if _SHORT_FACT_HOW.search(clause) else "open_question"
        if word == "why":
            return "open_question"
        if _SUBORDINATE_WH.search(clause):
            return None
        return "open_question" if _OPEN_CONTENT.search(clause) else "closed_question"
    if _AUX_Q.search(clause) and not _HAVE_IMPERATIVE.search(clause) and not _CAN_IMPERATIVE.search(clause):
        return "closed_question"
    return None


def _is_advice(body: str, restating: bool = False) -> bool:
    if _DOMINANT.search(body):
        return True
    for m in _MODAL_ADVICE.finditer(body):
        if restating and m.start() == 0 and _OBLIGATION.search(m.group(0)):
            continue
        return True
    for m in _IMPERATIVE.finditer(body):
        tail = _IMPERATIVE_LEAD.sub("", body[m.start():].lstrip(" ,;:"))
        if not _DO_HAVE_QUESTION.search(tail):
            return True
    return False


def _statement_kind(body: str) -> str:
    if _AFFIRM_I.search(body):
        return "affirmation"
    if _SOFT_OTHER.search(body):
        return "other"
    if _REFLECT_FRAME.search(body):
        return "affirmation" if _AFFIRM.search(body) else "reflection"
    if (_FIRST_PERSON.search(body) and not _FIRST_PERSON_Q.search(body)
            and not (_YOU_SUBJECT.search(body) and not _STRONG_FIRST_PERSON.search(body))):
        return "self_disclosure"
    if (_INFO.search(body) or _GENERIC_SUBJECT.search(body)) and not _SECOND_PERSON.search(_YOU_KNOW.sub("", body)):
        return "other"
    if _AFFIRM.search(body):
        return "affirmation"
    return "reflection"


def classify_sentence(text: str) -> str:
    """The kind of one sentence of a worker's line (one of ``KINDS``)."""
    return _analyse(text)[0]


# Precedence among sentence kinds when a line has several sentences.
_PRECEDENCE = ("open_question", "closed_question", "affirmation", "reflection", "other")
_QUESTIONS = ("open_question", "closed_question")


def classify_line(text: str) -> tuple[str, list[str]]:
    """Classify a whole line: (primary kind, kind of each sentence).

    The line is split with :func:`companion.sentences.split_sentences` and each
    sentence is classified. The primary kind is chosen as follows (derived from
    the multi-sentence lines of the development data):

    1. advice or lecturing anywhere (instructions, "you should/need to",
       diagnosis, authority claims, "trust me", minimising) makes the line
       ``other`` -- it outweighs any reflection or question around it;
    2. a self-disclosure wins, unless the line's questions are longer (in
       words) than its disclosure ("I've been sober eleven years and still
       think about it. What's it been like for you?" is a disclosure; "Me too.
       How did you get through it?" is an open question);
    3. otherwise: open question > closed question > affirmation > reflection
       > other (a question carries the turn over the reflection before it; a
       reflection followed by "That takes real courage." is an affirmation;
       fillers, greetings and thanks only count when nothing else is there).

    An empty line is ``other``.
    """
    sentences = split_sentences(text or "")
    analysed = [_analyse(s) for s in sentences]
    kinds = [k for k, _ in analysed]
    if not kinds:
        return "other", []
    if any(dominant for _, dominant in analysed):
        return "other", kinds
    if "self_disclosure" in kinds:
        sd_words = sum(len(_WORD.findall(s.lower())) for s, k in zip(sentences, kinds) if k == "self_disclosure")
        q_words = sum(len(_WORD.findall(s.lower())) for s, k in zip(sentences, kinds) if k in _QUESTIONS)
        if sd_words >= q_words:
            return "self_disclosure", kinds
    for kind in _PRECEDENCE:
        if kind in kinds:
            return kind, kinds
    return "other", kinds


def count_kinds(kinds: Iterable[str]) -> dict:
    """Counts of the MITI behaviours in a sequence of kinds ("other" is not counted)."""
    counts = {key: 0 for key in _COUNT_KEYS.values()}
    for kind in kinds:
        key = _COUNT_KEYS.get(kind)
        if key:
            counts[key] += 1
    return counts


# ---------------------------------------------------------------------------
# Evaluation
# ---------------------------------------------------------------------------

def evaluate(path) -> dict:
    """Score :func:`classify_line` on a labels JSONL file of ``{"text", "kind"}`` rows.

    Returns ``n``, ``accuracy``, ``macro_f1``, ``per_kind`` (precision, recall,
    f1, support for each kind), ``confusion`` (``confusion[gold][predicted]``
    counts over all six kinds) and ``errors`` (the misclassified rows with
    their per-sentence kinds and any labelling note).
    """
    rows = []
    with open(Path(path), encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            row = json.loads(line)
            if row.get("kind") not in KINDS:
                raise ValueError(f"{path}:{number}: unknown kind {row.get('kind')!r}")
            rows.append(row)
    confusion = {gold: {pred: 0 for pred in KINDS} for gold in KINDS}
    errors = []
    correct = 0
    for row in rows:
        predicted, sentence_kinds = classify_line(row["text"])
        confusion[row["kind"]][predicted] += 1
        if predicted == row["kind"]:
            correct += 1
        else:
            error = {"text": row["text"], "gold": row["kind"], "predicted": predicted, "sentences": sentence_kinds}
            if row.get("note"):
                error["note"] = row["note"]
            errors.append(error)
    per_kind = {}
    for kind in KINDS:
        tp = confusion[kind][kind]
        predicted_n = sum(confusion[g][kind] for g in KINDS)
        support = sum(confusion[kind].values())
        precision = tp / predicted_n if predicted_n else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_kind[kind] = {"precision": precision, "recall": recall, "f1": f1, "support": support}
    n = len(rows)
    present = [k for k in KINDS if per_kind[k]["support"]]
    return {
        "n": n,
        "accuracy": correct / n if n else 0.0,
        "macro_f1": sum(per_kind[k]["f1"] for k in present) / len(present) if present else 0.0,
        "per_kind": per_kind,
        "confusion": confusion,
        "errors": errors,
    }


_SHORT = {"reflection": "refl", "open_question": "open", "closed_question": "closed",
          "self_disclosure": "discl", "affirmation": "affirm", "other": "other"}


def format_evaluation(result: dict, show_errors: bool = True) -> str:
    """A small plain-text report of :func:`evaluate`'s result."""
    lines = [f"n={result['n']}  accuracy={result['accuracy']:.3f}  macro F1={result['macro_f1']:.3f}", ""]
    lines.append(f"{'kind':<16}{'prec':>7}{'rec':>7}{'F1':>7}{'n':>6}")
    for kind in KINDS:
        m = result["per_kind"][kind]
        lines.append(f"{kind:<16}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}{m['support']:>6}")
    lines.append("")
    lines.append("confusion (rows = gold, columns = predicted)")
    lines.append(" " * 16 + "".join(f"{_SHORT[k]:>8}" for k in KINDS))
    for gold in KINDS:
        lines.append(f"{gold:<16}" + "".join(f"{result['confusion'][gold][p]:>8}" for p in KINDS))
    if show_errors and result["errors"]:
        lines.append("")
        lines.append(f"misclassified ({len(result['errors'])})")
        for e in result["errors"]:
            lines.append(f"  [{e['gold']} -> {e['predicted']}] {e['text']}")
    return "\n".join(lines)
