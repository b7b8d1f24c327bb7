"""Line-kind patterns: advice, instructions and lecturing, the "other" that
outweighs the rest of a line (a reflection or question around it included)."""
from __future__ import annotations

import re

from .line_kinds_questions import _SUBJECT
from .line_kinds_text import _any
from .vocabulary import (BEST, BETTER, CLINICAL_LABELS, DISCOURSE_WORDS, ESSENTIAL, FIRST, GOT_TO, HAVE_GOT_TO,
                         HAVE_TO, IF_I_WERE_YOU, IMPORTANT, INSTRUCTION_LEAD_WORDS, INSTRUCTION_VERBS, MAKE_SURE, MUST,
                         NEED_TO, OUGHT_TO, RECOMMENDING_VERBS, REMEMBER_TO, SHOULD, STEP, TENTATIVE_MODALS,
                         YOUR_PLACE, alternatives)

# "you should / need to / have to / must ..." at the start of a clause (not "you feel you have to").
_CLAUSE_START = r"(?:^|[,;:]\s*|\b(?:so|then|and|but|because|or)\s+)"
# What may stand before it: the shared discourse words (vocabulary), a stance
# ("I think"), and "probably", "frankly".
_PRE_YOU = ("(?:" + alternatives((r"i (?:really |honestly |just |do |still )?(?:think|believe|feel|reckon|guess)",
                                  "i'd say", "i mean", "probably", "frankly"), DISCOURSE_WORDS) + r",?\s+)*")
# "have to" and the forms of "got to", spelled out (vocabulary) and contracted.
_HAVE_TO = alternatives(HAVE_TO, HAVE_GOT_TO, ("'ve got to", "'ve gotta", "gotta"), GOT_TO)
# The shared modal phrases (vocabulary), but not the empathic "should" ("You
# should be proud", "You shouldn't have to carry this") nor the "must" of a
# guess ("you must be tired"); and the line kinds' own: the negatives,
# "needs to" and "need help".
_MODAL_ADVICE = re.compile(
    _CLAUSE_START + _PRE_YOU
    + r"you(?:'ve)? (?:really |just |definitely |honestly |seriously |absolutely |probably |simply |still |also |"
    r"all )?" + _any(
        alternatives(SHOULD) + r"(?! (?:be|feel) (?:\w+ )?proud| never have| not have| have)(?!n't have)",
        r"shouldn't(?! have)", alternatives(OUGHT_TO, NEED_TO, ("needs to",)),
        alternatives(MUST) + r"(?! be| have)", r"mustn't", _HAVE_TO,
        r"need (?:a|some|help|therapy|professional|more|proper|counselling|to)",
    ) + r"\b|\byou'd better\b|^you (?:just |really |simply )?(?:can't|cannot) (?:keep \w+ing|go on like)\b"
)
# An obligation restated after "So ..." is a reflection: "So you have to see him every day".
_OBLIGATION = re.compile(_HAVE_TO + r"$")

# The shared instruction verbs (vocabulary), and the line kinds' own: the
# everyday and British ones a worker says ("ring her", "bin it", "man up").
_MORE_INSTRUCTION_VERBS = (
    r"ring|phone|never|have|carry|hide|lock|face|bin|download|register|apologise|apologize|name|pull|head|pop",
    r"swap|sort|pour|chuck|promise|lighten|toughen|man|snap|buck|shake|brush|wake",
)
_IMPERATIVE_VERBS = alternatives(INSTRUCTION_VERBS, _MORE_INSTRUCTION_VERBS)
# Words after a verb-looking first word that show it is not an instruction.
_NOT_IMPERATIVE_AFTER = _any(
    r"is|was|'s|has|had|can|could|will|would|does|did|feels|felt|seems|seemed|makes|made|of",
    r"me through|me about|me more|me what|me how|me why|me when|me who|me where|me a bit|me a little",
    r"me know|me see|me check|me just|me make sure|me get",
    r"your time|on\b|ahead|how|at how|at what|what you|more|a bit more|a little more|worry|worries|sure",
    r"you|it or not",
) + r"\b"
# Words that may come before an instruction without softening it ("So just
# call her"): the shared ones (vocabulary), and "only".
_BEFORE_IMPERATIVE = "(?:" + alternatives(INSTRUCTION_LEAD_WORDS, ("only",)) + r"\s+)*"
_IMPERATIVE = re.compile(
    r"(?:^|[,;:]\s*)" + _BEFORE_IMPERATIVE + _IMPERATIVE_VERBS + r"(?=[\s.!?]|$)(?!,)(?! " + _NOT_IMPERATIVE_AFTER
    + r")"
)
_IMPERATIVE_LEAD = re.compile(r"^" + _BEFORE_IMPERATIVE)
# "do you", "have you" at a clause start open questions, not commands.
_DO_HAVE_QUESTION = re.compile(r"^(?:do|don't|have) " + _SUBJECT + r"\b|^(?:have|has|had|do|does|did) "
                               r"(?:been|got|had|done|to)\b")

# The shared clinical labels (vocabulary), and the line kinds' own: the
# words a worker uses to label ("anxiety", "in denial", "a breakdown").
_MORE_CLINICAL_LABELS = (
    r"depressive|clinically depressed|anxiety|an anxiety disorder|c-ptsd|autism|autistic|psychosis",
    r"narcissis\w*|gaslight\w*|codependen\w*|avoidant|attachment (?:issues|style|disorder)",
    r"trauma response|trauma reaction|trauma bond\w*|traumati[sz]ed|stress (?:response|reaction)",
    r"fight or flight|grief response|postnatal depression|postpartum \w+|baby blues|burned out",
    r"anorexi\w*|bulimi\w*|addict\w*|alcoholi\w*|dissociat\w*|catastrophi[sz]ing|in denial",
    r"(?:a |nervous )?breakdown|a mental illness|symptoms?",
)
_CLINICAL_LABEL = alternatives(CLINICAL_LABELS, _MORE_CLINICAL_LABELS)
_DOMINANT = re.compile(_any(
    # tentative or indirect advice
    r"\b(?:maybe|perhaps) you (?:could|might|should|can)\b",
    r"\byou can always\b",
    r"\byou " + alternatives(TENTATIVE_MODALS) + r" (?:always |just |also )?(?:try|want to|wanna|consider|think about|look into|"
    r"start|ask|talk to|speak to|ring|call|text|write|join|go|get|see|book|find|give|take|make|tell|put|use|keep)\b",
    r"\b" + alternatives(IF_I_WERE_YOU) + r"\b|\bin your " + alternatives(YOUR_PLACE) + r"\b|\bif it was me\b",
    # the shared recommending verbs (vocabulary), and "prescribe"
    r"\bi (?:would |'d |really |strongly |do )?" + alternatives(RECOMMENDING_VERBS, ("prescribe",)) + r"\b",
    r"\bi'd " + alternatives(RECOMMENDING_VERBS) + r"\b|\bmy advice\b",
    r"^(?:honestly,? |personally,? |in your (?:shoes|place),? )?i'd (?:just |definitely |probably |seriously |"
    r"honestly )?(?:leave|ring|call|phone|tell|get|talk to|speak to|block|report|ask|quit|stop|move|dump|"
    r"walk out|kick|change|book|see a|see your|go to|go and|go back)\b",
    # the shared words for a needed or best step (vocabulary), and the line kinds' own
    r"\bit(?:'s| is| would be| might be| may be| could be| would|'d|'d be| might| may| could)? (?:really |very |"
    r"so |probably |definitely |absolutely |also |always )?(?:be )?"
    + alternatives(IMPORTANT, ESSENTIAL, ("key",), BEST, ("worth", "wise", "sensible", "helpful", "useful", "a good idea",
                                                         "good idea"), BETTER, ("help", "a help")) + r" (?:to|for you to|"
    r"that you|you|if you|trying|talking|getting|speaking|seeing|calling|ringing|going|looking|having|finding|"
    r"keeping|making)\b",
    r"\bthe " + alternatives(BEST, ("only",), FIRST, ("right", "main")) + " "
    + alternatives(STEP, ("option", "answer", "solution", "way forward")) + r"(?: to do|"
    r" you can do| for you| now)? (?:is|would be|to do)\b",
    r"\bthe (?:answer|solution|trick|key|secret) is\b",
    r"\bwhat you (?:really |actually |probably |just |definitely )?"
    + alternatives(("need",), SHOULD, HAVE_TO, MUST, ("ought", "want to do")) + r"\b",
    r"\b" + alternatives(MAKE_SURE, REMEMBER_TO) + r"\b|\bdon't forget to\b|\bdo yourself a favour\b",
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
    r"\bi know (?:what's|what is) (?:best|right)\b|\byou " + alternatives(NEED_TO)
    + r" (?:understand|realise|realize|accept)\b",
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
