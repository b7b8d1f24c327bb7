"""Line-kind patterns for statements: the "other" that does not outweigh the
rest of a line (sympathy formulas, reassurance, general information), the
frames that make a worker's "I" a reflection, and self-disclosure."""
from __future__ import annotations

import re

from .line_kinds_text import _any

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
