"""Line-kind patterns: lecturing, the "other" that outweighs the rest of a
line (a reflection or question around it included) as advice does:
treatment recommended, superior knowledge, authority, minimising and
clinical labels. Advice itself is the one advice detector's (``advice``)."""
from __future__ import annotations

import re

from .line_kinds_text import _any
from .vocabulary import CLINICAL_LABELS, NEED_TO, alternatives

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
_LECTURING = re.compile(_any(
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
