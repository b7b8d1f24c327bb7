"""The guard's rules: pure data and regular expressions, no model.

Each rule belongs to one category of ../shared/PRINCIPLES.md:
E1 credentials/authority, E2 diagnosis, E3 treatment, H1 commands,
H2 superior knowledge, H3 competition/minimising.

A rule fires when its pattern matches the normalised sentence and none of its
exceptions match at the same place (``unless_at``, anchored at the match) or
anywhere in the sentence (``unless_anywhere``). Exceptions carry the hard
negatives: empathic "should", conversational requests, tentative ideas,
reflections of the person's own words, and the safety message.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

CATEGORIES = {
    "E1": "claims credentials or authority",
    "E2": "diagnoses or labels clinically",
    "E3": "prescribes treatment or medication",
    "H1": "commands or instructs",
    "H2": "claims superior knowledge or demands deference",
    "H3": "competes or minimises",
}


@dataclass(frozen=True)
class Rule:
    category: str
    name: str
    pattern: re.Pattern
    unless_at: re.Pattern | None = None
    unless_anywhere: re.Pattern | None = None


def _rx(text: str) -> re.Pattern:
    return re.compile(text, re.VERBOSE)


# ---------------------------------------------------------------------------
# Normalisation: lower case, straight apostrophes, contractions spelled out
# (including transcripts that drop the apostrophe), so rules stay simple.
_CONTRACTIONS = [
    (r"\b(you|we|they)'re\b", r"\1 are"), (r"\b(you|we|they)re\b", r"\1 are"),
    (r"\bi'm\b", "i am"), (r"\bim\b", "i am"),
    (r"\b(you|i|we|they)'ve\b", r"\1 have"), (r"\b(you|we|they)ve\b", r"\1 have"),
    (r"\b(you|i|we|they|he|she|it|that)'ll\b", r"\1 will"),
    (r"\b(you|i|we|they|he|she|it|that)'d\b", r"\1 would"),
    (r"\b(it|that|what|there|here|he|she|who|this)'s\b", r"\1 is"),
    (r"\b(that|what|there)s\b", r"\1 is"),
    (r"\blet's\b", "let us"), (r"\blets\b(?= (?:talk|think|see|take|try|figure|work|just|go|look|sit|keep|start|focus))", "let us"),
    (r"\bcan'?t\b", "can not"), (r"\bcannot\b", "can not"), (r"\bwon't\b", "will not"),
    (r"\b(do|does|did|is|are|was|were|has|have|had|should|would|could|must|need)n'?t\b", r"\1 not"),
    (r"\bgotta\b", "got to"), (r"\bwanna\b", "want to"),
]
_CONTRACTIONS = [(re.compile(a), b) for a, b in _CONTRACTIONS]


def normalise(sentence: str) -> str:
    text = sentence.lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    text = re.sub(r"\s+", " ", text).strip()
    for pattern, repl in _CONTRACTIONS:
        text = pattern.sub(repl, text)
    return text


# ---------------------------------------------------------------------------
# Shared vocabulary
_PROFESSION = r"""(?:therapists?|counsel+ors?|psychologists?|psychiatrists?|psychotherapists?|clinicians?
    |social\ workers?|doctors?|physicians?|nurses?|life\ coach(?:es)?|coach(?:es)?|experts?|professionals?
    |mental\ health\ (?:professional|provider|counsel+or|worker|specialist|clinician)s?|specialists?|practitioners?)"""

# Treatments and professional help (E3).
_TREATMENT = r"""(?:(?:\w+\ ){0,2}(?:therapy|therapies|therapists?|counsel+ing|counsel+ors?|psychologists?|psychiatrists?
    |psychotherapists?|psychotherapy|mental\ health\ (?:professional|provider|counsel+or|specialist|services|support)s?
    |professional\ (?:help|support|counsel+ing|advice)|(?:a|another)\ professional|medical\ (?:help|attention|advice|professional)
    |doctors?|physicians?|gp|medications?|meds|antidepressants?|anti-?anxiety\ (?:meds|medication)|ssris?|prescriptions?
    |cbt|dbt|emdr|cognitive\ behaviou?ral|exposure\ therapy|rehab|detox|treatment|psychiatric\ (?:help|care)))"""

# Clinical labels (E2). Plain feeling words (sad, anxious, depressed, stressed) are not here.
_CLINICAL = r"""(?:depression|clinical(?:ly)?\ depress\w*|major\ depressive|depressive\ (?:disorder|episode)s?|bipolar|mania|manic\ episode
    |ptsd|c-?ptsd|post[- ]?traumatic|trauma\ (?:response|bond\w*|reaction)s?|(?:un)?resolved\ trauma|childhood\ trauma|trauma
    |adhd|ocd|obsessive[- ]compulsive|(?:generali[sz]ed|social)\ anxiety|anxiety\ disorder|panic\ disorder|agoraphobi\w+
    |(?:borderline|narcissistic|antisocial|histrionic|avoidant|dependent|schizoid)\ (?:personality\ )?(?:disorder|traits?)
    |personality\ disorder|bpd|npd|narcissis\w+|sociopath\w*|psychopath\w*|co-?dependen\w+|enmesh\w+|schizo\w+|psychos[ie]s|psychotic
    |dissociat\w+|eating\ disorder|anorexi\w+|bulimi\w+|binge[- ]eating|insomnia|autis\w+|asperger\w*|\w+\ disorder|disorder
    |alcoholi(?:c|sm)|addict(?:ion|ed)?|an\ addict|substance\ (?:abuse|use\ disorder)|attachment\ (?:style|issues?|disorder|wounds?)
    |(?:anxious|avoidant|insecure|disorganized)\ attachment|cognitive\ distortions?|catastrophi[sz]\w+|dysthymi\w+|seasonal\ affective
    |postpartum\ (?:depression|psychosis)|complicated\ grief|hypochondri\w+|paranoi\w+|mentally\ ill|mental\ illness|chemical\ imbalance
    |(?:learned\ )?helplessness|abandonment\ issues|trust\ issues|anger\ issues|low\ self-?esteem|emotional\ dysregulation|burnout|burn-out)"""

_SUBJECT = r"(?:you|he|she|they|him|her|them|your\ (?:\w+\ )?\w+|his\ \w+|her\ \w+|their\ \w+)"
_ADVERB = r"(?:really\ |definitely\ |probably\ |just\ |still\ |also\ |absolutely\ |seriously\ |simply\ |honestly\ |truly\ |first\ |both\ |all\ |now\ |then\ |certainly\ |clearly\ |totally\ |only\ )*"

# Where a new clause starts: the sentence start or a clause mark, then
# optional discourse words that do not change an imperative's force.
_CLAUSE = r"""(?:^|[,;:!(]\ |\ -\ |\ --\ |\u2014\ ?|\.\.\.\ ?|\ (?:and\ then|so|then|but)\ )
    (?:(?:so|and|but|then|just|please|now|first|also|maybe|perhaps|ok|okay|well|honestly|instead|simply|really|definitely
        |always|next|again|still|seriously|sometimes|today|tonight|later|finally|secondly|lastly|oh|yes|yeah|no|hey)[,]?\ )*"""

# Base-form verbs that start an instruction about the person's life.
_IMPERATIVE_VERBS = r"""(?:try|stop|quit|go|make|get|find|start|begin|leave|tell|talk|speak|call|text|write|ask|avoid|keep|remember
    |focus|consider|think|do|don't|do\ not|never|always|be|let|give|set|practice|practise|allow|accept|forgive|reach|seek|see|look
    |put|spend|learn|use|exercise|eat|drink|breathe|journal|meditate|plan|schedule|list|identify|notice|challenge|remind|walk
    |join|check|read|contact|surround|distract|ignore|confront|apologi[sz]e|move|break|forget|realize|realise|recognize|recognise
    |acknowledge|stay|treat|reward|limit|establish|create|continue|pray|explore|express|share|take|relax|calm|cheer|sleep
    |believe|trust|stand|speak|open|step|work|figure|pick|choose|decide|imagine|visualize|picture|replace|cut|block|delete|report
    |tell|follow|hold|push|fight|embrace|celebrate|invest|prioriti[sz]e|slow|sit|drop|ditch|dump|sign|enroll|enrol|volunteer
    |buy|get|clean|organi[sz]e|prepare|remove|change|shift|turn|lean|rely|hang|wait|pay|save|budget|call|research|google|search)"""

# Conversational requests and comforting formulas that look like imperatives.
_CONVERSATIONAL = r"""(?:tell\ me|talk\ to\ me|talk\ with\ me|go\ on|go\ ahead|keep\ going|keep\ talking|keep\ telling|keep\ sharing
    |take\ your\ time|take\ all\ the\ time|take\ care|feel\ free|let\ me|let\ us|let\ 's|don't\ worry|do\ not\ worry|never\ mind|be\ well
    |do\ not\ hesitate\ to\ (?:share|tell|talk|say|ask\ me|reach\ out\ to\ me)|stay\ (?:safe|strong|positive|healthy|well|with\ me|warm)
    |hang\ in\ there|hang\ on|say\ more|share\ (?:more|what|whatever|as\ much|anything)|think\ about\ it|get\ well|sleep\ well|rest\ well
    |see\ you|look\ after\ yourself|be\ safe|imagine\ (?:that|how|what|being)|picture\ (?:that|this|how)|let\ it\ out
    |excuse\ me|forgive\ me|believe\ it\ or\ not|think\ of\ it|do\ you|do\ we|do\ they|do\ i|be\ honest\ with\ me|check\ in\ with\ me
    |call\ (?:or\ text\ )?(?:988|911|999|112|000|116|the\ |a\ (?:crisis|helpline|hotline|suicide)|your\ local\ (?:emergency|crisis))
    |text\ (?:988|home|the\ |shout|85258)|contact\ (?:the\ |a\ )?(?:crisis|emergency|helpline|samaritans|lifeline)|reach\ out\ to\ (?:me|them|a\ crisis|the\ crisis)
    |go\ to\ (?:the\ |your\ )?(?:nearest\ )?(?:emergency|a&e|er\b)|think\ so|make\ sense|see\ what\ i\ mean|look\ at\ (?:that|you|this)(?:!|\.|$))"""

_CRISIS_RESOURCE = r"(?:988|911|999|112|116\ ?123|crisis\ (?:line|text\ line)|helpline|hotline|samaritans|lifeline|emergency\ (?:number|services|room)|suicide)"

# ---------------------------------------------------------------------------
RULES: list[Rule] = [
    # E1: credentials and authority -----------------------------------------
    Rule("E1", "as-a-professional", _rx(rf"\bas\ (?:a|an)\ (?:\w+\ ){{0,3}}{_PROFESSION}\b"),
         unless_at=_rx(r"as\ (?:a|an)\ (?:\w+\ ){0,3}\w+\ (?:once\ |has\ |had\ )?(?:told|said|put\ it|says|explained|reminded)")),
    Rule("E1", "professional-experience", _rx(
        r"""\b(?:in\ my\ (?:\w+\ )?(?:practice|clinical\ work|professional\ (?:experience|opinion|life|work)|clinic|office|career|field|profession|training)
        |in\ my\ (?:years|decades)\ (?:of|as)|in\ my\ (?:experience|work)\ (?:as|with|working\ with|counsel\w+|treating|helping)
        |my\ (?:clients|patients|caseload|clinical|professional\ opinion|training|credentials|degree|licen[cs]e|qualifications|expertise)
        |(?:clinically|professionally|medically|scientifically|psychologically)\ speaking|from\ a\ (?:clinical|professional|medical|psychological|therapeutic)\ (?:perspective|standpoint|point\ of\ view)
        |(?:we|as)\ (?:therapists|counsel+ors|psychologists|clinicians|professionals)|in\ (?:therapy|counsel+ing|session),?\ we\b)""")),
    Rule("E1", "claims-qualification", _rx(
        r"""\b(?:i\ am\ (?:a\ |an\ )?(?:licensed|certified|trained|qualified|registered|board[- ]certified|practicing|practising)
        |i\ (?:am|was|have\ been|have\ trained)\ (?:trained|certified|licensed|qualified)\ (?:in|as|to)
        |i\ (?:specialize|specialise)\ in
        |i\ have\ (?:worked|helped|counsel+ed|treated|seen|supported)\ (?:with\ )?(?:many|a\ lot\ of|lots\ of|hundreds|thousands|countless|numerous|so\ many|dozens)\ (?:of\ )?(?:clients|patients|people|couples|families|individuals|cases)
        |(?:having|after)\ (?:worked|counsel+ed|treated)\ (?:with\ )?(?:many|a\ lot\ of|hundreds|countless|numerous|so\ many)
        |i\ am\ (?:a|an)\ (?:\w+\ ){0,2}(?:therapist|counsel+or|psychologist|psychiatrist|psychotherapist|clinician|doctor|expert|professional))""")),
    Rule("E1", "appeal-to-research", _rx(
        r"""\b(?:(?:research|studies|science|the\ (?:science|research|evidence|literature|data)|evidence|data|statistics|neuroscience|psychology)
             \ (?:\w+\ )?(?:shows?|proves?|suggests?|indicates?|has\ (?:shown|proven|found)|have\ (?:shown|proven|found)|found|demonstrates?|confirms?|supports?|tells\ us|says?|is\ clear)
        |studies\ (?:have\ )?(?:show|shown|found|prove)|(?:a|one|recent)\ (?:study|studies)\ (?:shows?|found|suggests?)
        |according\ to\ (?:the\ )?(?:research|studies|science|experts?|psychologists|the\ dsm|the\ apa|dsm)
        |(?:experts?|psychologists|therapists|doctors|professionals|researchers)\ (?:say|agree|recommend|believe|know|have\ found|tell\ us)
        |it\ is\ (?:a\ )?(?:scientific(?:ally)?|clinical(?:ly)?|medical(?:ly)?)\ (?:fact|proven))""")),

    # E2: diagnosis and clinical labels ------------------------------------
    Rule("E2", "sounds-like-label", _rx(
        rf"""\b(?:sounds|seems|looks|feels|appears)\ (?:to\ me\ )?(?:like|as\ if|as\ though)\ (?:\w+\ ){{0,8}}?{_CLINICAL}\b"""),
        unless_at=_rx(r"(?:sounds|seems|looks|feels|appears)\ (?:to\ me\ )?like\ (?:your\ )?(?:doctor|therapist)\ (?:said|thinks|told)")),
    Rule("E2", "subject-has-label", _rx(
        rf"""\b{_SUBJECT}\ (?:(?:may|might|could|probably|likely|definitely|clearly|possibly|also|really|must|seem\ to|seems\ to|appear\ to|appears\ to)\ )*
        (?:have|has|are|is|be|suffer\w*|struggl\w+\ with|deal\w*\ with|experienc\w+|show\w*|display\w*|exhibit\w*|meet\w*|fit\w*|developed|develop)\ 
        (?:(?:from|a|an|some|some\ kind\ of|some\ form\ of|some\ sort\ of|a\ form\ of|a\ kind\ of|signs\ of|symptoms\ of|classic|typical|textbook|like|with|the|criteria\ for|being|very|so|quite|rather|real|clear|mild|severe|serious|high-functioning|clinical|full-blown)\ )*
        {_CLINICAL}\b"""),
        unless_anywhere=_rx(r"\b(?:have\ you\ (?:ever\ )?been|were\ you|has\ (?:he|she|they)\ been|you\ said|you\ mentioned|you\ told\ me|(?:doctor|therapist|psychiatrist)\ (?:said|says|told|thinks|diagnosed)|you\ have\ been\ diagnosed|your\ diagnosis)\b")),
    Rule("E2", "that-is-label", _rx(
        rf"""\b(?:that|this|it|these|those|what\ you\ (?:are\ )?(?:describ\w+|feel\w*|experienc\w+|going\ through|have\ been\ going\ through))\ 
        (?:is|are|was|were|could\ be|might\ be|may\ be|would\ be|sounds\ like|seems\ like|looks\ like|is\ likely|is\ probably|is\ definitely|is\ clearly|are\ likely|are\ probably|could\ indicate|may\ indicate|might\ indicate|indicates?|suggests?|points?\ to)\ 
        (?:(?:a|an|some|classic|typical|textbook|definitely|probably|likely|called|known\ as|a\ form\ of|a\ kind\ of|a\ sign\ of|signs\ of|a\ symptom\ of|symptoms\ of|part\ of|your|his|her|their|the|what\ we\ call|related\ to|due\ to|caused\ by|because\ of)\ )*{_CLINICAL}\b"""),
        unless_anywhere=_rx(r"\?$")),
    Rule("E2", "signs-of-label", _rx(
        rf"""\b(?:signs?|symptoms?|indicators?|indication|hallmarks?|red\ flags?|characteristics?|a\ case)\ of\ (?:(?:a|an|some|clinical|mild|severe|possible)\ )*{_CLINICAL}\b"""),
        unless_anywhere=_rx(r"\?$")),
    Rule("E2", "diagnoses", _rx(r"\b(?:i\ would\ diagnose|i\ diagnose|i\ would\ call\ (?:it|this|that)|you\ (?:could|would|might|may)\ (?:be\ diagnosed|qualify\ for\ a\ diagnosis|meet\ the\ criteria)|a\ diagnosis\ of|(?:your|his|her)\ diagnosis\ (?:is|would\ be))\b")),
    Rule("E2", "you-are-label", _rx(
        r"""\b(?:you\ are|he\ is|she\ is|they\ are)\ (?:(?:being|so|very|a\ bit|clearly|obviously|probably|definitely|just|a|an|such\ a)\ )*
        (?:paranoid|codependent|co-dependent|narcissist|narcissistic|bipolar|ocd|manic|delusional|psychotic|a\ narcissist|an\ addict|an\ alcoholic|addicted|clinically\ depressed|traumati[sz]ed|hypochondriac|sociopath|psychopath|enabling|an\ enabler)\b"""),
        unless_anywhere=_rx(r"\b(?:you\ said|you\ mentioned|you\ told\ me|you\ feel\ like|you\ worry)\b|\?$")),

    # E3: treatment, medication, professional help --------------------------
    Rule("E3", "recommend-treatment", _rx(
        rf"""\b(?:see|seeing|find|finding|get|getting|seek|seeking|consult|consulting|contact|contacting|talk\ to|talking\ to|talk\ with|talking\ with
        |speak\ to|speaking\ to|speak\ with|speaking\ with|work\ with|working\ with|go\ to|going\ to|visit|visiting|call|calling|reach\ out\ to|reaching\ out\ to
        |start|starting|try|trying|consider|considering|look\ into|looking\ into|look\ for|looking\ for|book|booking|schedule|scheduling|an\ appointment\ with
        |make\ an\ appointment\ with|go\ back\ to|going\ back\ to|return\ to|enter|entering|attend|attending|engage\ in|engaging\ in|begin|beginning|pursue|pursuing
        |benefit\ from|invest\ in|check\ with|checking\ with|ask|asking|involve|involving|enlist|enlisting|bring\ in|refer\ you\ to|a\ referral\ to|recommend|suggest|encourage)
        \ (?:\w+\ ){{0,4}}?{_TREATMENT}\b"""),
        unless_at=_rx(r"(?:try|trying|start|starting|get|getting|go\ back\ to)\ (?:\w+\ ){0,2}?(?:to\ )?(?:be\ )?(?:kind|gentle)"),
        unless_anywhere=_rx(
            r"""\?$|\b(?:my\ (?:therapist|counsel+or|doctor|psychiatrist)|i\ (?:saw|went|started|found|tried|had|used\ to|talked|began|stopped)|i\ have\ (?:seen|been|found|tried|talked)
            |you\ (?:have\ been|are|were|had|saw|went|started|tried|found|talked|mentioned|said)|when\ you\ (?:see|go|talk)|before\ you\ (?:see|go|talk)|after\ you\ (?:see|go|talk)
            |(?:people|many|some|others|someone|anyone|folks|clients|couples)\ (?:\w+\ )?(?:who|that|find|choose|decide)|if\ you\ (?:do\ )?(?:decide|choose|want|are\ (?:already|currently))
            |if\ you\ (?:have|are)\ (?:already|currently)|(?:crisis|help|hot)line|988|samaritans|emergency)\b""")),
    Rule("E3", "treatment-will-help", _rx(
        rf"""\b{_TREATMENT}\ (?:\w+\ ){{0,6}}?(?:can|could|would|will|may|might|should)\ (?:really\ |definitely\ |probably\ |also\ |likely\ |certainly\ |greatly\ |truly\ )?
        (?:help|be\ (?:helpful|beneficial|useful|a\ good|worth|great|valuable|the\ best|a\ great|very|really|your\ best)|benefit|support|assist|make\ a|give\ you|provide\ you|offer\ you|teach\ you|guide\ you|work\ with\ you|walk\ you)"""),
        unless_anywhere=_rx(
            r"""\?$|\b(?:help|support|assist|benefit)\ (?:people|many|some|clients|individuals|couples|families|someone|anyone|a\ person|others|folks|patients)\b
            |\bmy\ (?:therapist|counsel+or|doctor|psychiatrist)|\b(?:crisis|help|hot)line|\b988\b""")),
    Rule("E3", "you-need-treatment", _rx(
        rf"""\byou\ {_ADVERB}(?:need|needs|should|must|have\ to|ought\ to|might\ want\ to|may\ want\ to|would\ benefit\ from|could\ benefit\ from|deserve|require|will\ want\ to|would\ do\ well\ to)\ (?:\w+\ ){{0,4}}?{_TREATMENT}\b""")),
    Rule("E3", "medication-change", _rx(
        r"""\b(?:ask|tell|talk\ to|speak\ to|speak\ with|check\ with)\ your\ (?:doctor|gp|psychiatrist|physician|prescriber|pharmacist)\ (?:about|to|for|if|whether)
        |\b(?:raise|raising|increase|increasing|lower|lowering|reduce|reducing|up|upping|double|doubling|adjust|adjusting|change|changing|stop|stopping|quit|quitting|come\ off|coming\ off|taper|tapering|start|starting|take|taking|switch|switching|skip|skipping)\ (?:your\ |the\ |an\ |some\ )?(?:dose|dosage|medication|meds|antidepressants?|ssris?|pills|prescription|lithium|sertraline|prozac|zoloft|xanax|fluoxetine|lexapro|melatonin)\b
        |\b(?:is|are|would\ be)\ (?:the|a)\ (?:right|best|good|effective|proven|recommended|first-line|standard|gold\ standard)\ (?:treatment|therapy|approach|medication|option)\ for\ (?:you|this|your|it)
        |\b(?:seek|get|find|consider|pursue)\ (?:some\ )?(?:professional|medical|clinical|psychiatric|psychological|expert)\ (?:help|support|advice|treatment|care|guidance|attention)"""),
        unless_anywhere=_rx(r"\?$|\bmy\ (?:doctor|psychiatrist)\b|\bi\ (?:started|stopped|took|had)\b")),

    # H1: commands and instructions -----------------------------------------
    Rule("H1", "you-modal", _rx(
        rf"""\byou\ {_ADVERB}(?:need\ to|needs\ to|must|have\ to|has\ to|have\ got\ to|got\ to|ought\ to|should|should\ not|must\ not|had\ better|better|will\ need\ to|will\ have\ to|will\ want\ to|are\ going\ to\ have\ to|are\ going\ to\ need\ to)\b"""),
        unless_at=_rx(
            rf"""you\ {_ADVERB}(?:should|ought\ to)\ {_ADVERB}(?:be\ (?:\w+\ )?(?:proud|glad|happy|pleased|able|allowed|treated|respected|loved|heard|safe|free|okay|ok|fine|forgiven|supported|valued|comfortable)
                |feel\ (?:\w+\ )?(?:proud|good|free|safe|loved|heard|supported|valued|respected|comfortable)|never\ have\ to|not\ have\ to|not\ need\ to|not\ feel\ (?:\w+\ )?(?:ashamed|guilty|bad|embarrassed|alone|stupid|weak)
                |not\ be\ (?:\w+\ )?(?:ashamed|embarrassed|alone|treated|blamed)|have\ (?:someone|people|support|a\ say|the\ right|been\ there)|get\ to|know\ (?:that\ )?you\ are\ (?:not\ alone|loved|enough|worth|valued|important))
            |you\ {_ADVERB}(?:must|have\ to|got\ to|have\ got\ to)\ {_ADVERB}(?:be\ (?:\w+\ )?(?!honest|careful|patient|firm|clear|assertive|willing|consistent|proactive|strong|brave|kind|gentle|open|ready|the\ one|more|less|better)\w+|have\ (?:been|felt|had|gone|done|seen|heard)|feel|really\ (?:miss|love|care)|miss|love|care|know\ how|wonder|think\ about\ (?:her|him|them|it)\ a\ lot)
            |you\ {_ADVERB}have\ to\ (?:admit|say|wonder|laugh)|you\ {_ADVERB}had\ better\ believe|you\ are\ going\ to\ have\ to\ tell\ me""")),
    Rule("H1", "imperative", _rx(rf"""{_CLAUSE}(?:{_IMPERATIVE_VERBS})\b(?!\ *[?])(?!ing|ed|s\b)"""),
        unless_at=_rx(rf"""{_CLAUSE}(?:{_CONVERSATIONAL}
            |(?:be|being)\ (?:honest|careful|kind|gentle)\ with\ me
            |(?:do|does|did|is|are|can|could|would|will|should|have|has|let)\ (?:you|i|we|they|he|she|it|that|this|there|your|my|anyone|someone|people)\b
            |(?:try|trying)\ (?:and\ )?(?:to\ )?(?:tell|explain)\ me
            |(?:go|get|make|take|keep|look|think|see|check|break|move|stand|step|work|figure|pick|turn|hold|push|hang|wait|call|leave|let|drop|cut|open|sit)\b(?:,|\ (?:me\b|us\b|it\ (?:all\ )?(?:out|off)\b(?=\.?$)))
            |(?:look|see|listen|wait|okay|well|sorry|really),
            |(?:see|look)\ (?:how|what|here|there|this|that|you)\b
            |think\ (?:so|of\ it|about\ it\.|about\ what\ you)
            |(?:go|get)\ (?:figure|well\ soon)
            |(?:make|makes)\ (?:sense|a\ lot\ of\ sense)
            |(?:never|always)\ (?:been|was|had|thought|have|did|do\ i|once|easy|mind|again)
            |(?:keep|hold)\ (?:on|me\ posted|going)
            |be\ (?:well|safe|good\ to\ yourself\ tonight)
            |(?:remember|believe|trust)\ (?:when|me|that\ time)
            |(?:pick|choose|take)\ (?:any|whatever|whichever|your\ pick)
            |share\b)""", ),
        unless_anywhere=_rx(rf"\b(?:if\ you\ (?:ever\ )?(?:are|feel|think)\ (?:in\ danger|unsafe|like\ (?:hurting|ending|you\ can\ not\ stay\ safe)))|\b{_CRISIS_RESOURCE}\b")),
    Rule("H1", "directive-frame", _rx(
        r"""\b(?:the\ (?:best|first|only|right|next|most\ important|key|smart|wise|healthiest)\ (?:thing|step|way|option|approach|course\ of\ action|move|solution|advice|answer)
            (?:\ (?:for\ you|to\ do|you\ can\ do|you\ could\ do|here|now))?\ (?:is|would\ be)\b
        |what\ you\ (?:\w+\ )?need\ (?:to\ do\ )?(?:is|now\ is)\b|what\ you\ (?:have|ought)\ to\ do\ is
        |my\ (?:advice|suggestion|recommendation|tip)(?:\ (?:to|for)\ you)?\ (?:is|would\ be|:)
        |i\ (?:would\ |will\ )?(?:strongly\ |highly\ |really\ |definitely\ |also\ |gently\ )?(?:suggest|recommend|encourage|advise|urge|invite)(?!\w)(?!\ (?:asking|you\ (?:ask|tell)\ me|talking\ (?:to|with)\ me))
        |i\ (?:want|need)\ you\ to\ (?!know\ (?:that\ )?(?:i|you\ are\ not\ alone))
        |\bmake\ sure\ (?:you|to|that\ you)\b|\bbe\ sure\ to\b
        |it\ is\ (?:really\ |very\ |so\ |extremely\ |absolutely\ |also\ |vital(?:ly)?\ )?(?:important|essential|crucial|vital|key|imperative|necessary|critical|wise|advisable|best|paramount)(?:\ for\ you)?\ (?:that\ you|to)\b
        |it\ is\ time\ (?:for\ you\ )?to\b|why\ (?:do\ not|not)\ you\ (?:just\ )?(?!tell\ me|say\ more|share)\w+)"""),
        unless_anywhere=_rx(r"\bit\ is\ (?:important|essential)\ to\ me\b")),

    # H2: superior knowledge, deference --------------------------------------
    Rule("H2", "deference", _rx(
        r"""\b(?:trust\ me|believe\ me|take\ it\ from\ me|listen\ to\ me|mark\ my\ words|do\ as\ i\ say|you\ (?:\w+\ )?better\ listen|i\ am\ telling\ you|let\ me\ tell\ you
        |i\ know\ (?:what\ is\ |what's\ )?(?:best|better|right)\ for\ you|i\ know\ better|i\ know\ more\ than\ you|i\ know\ what\ you\ (?:need|should|have\ to|must)
        |you\ are\ (?:wrong|mistaken|being\ (?:silly|ridiculous|irrational|dramatic|unreasonable))|you\ were\ wrong|that\ is\ (?:wrong|not\ true|not\ how\ it\ works)
        |the\ (?:truth|reality|fact|real\ problem|real\ issue|bottom\ line)\ (?:is|of\ the\ matter\ is)\b|what\ is\ really\ going\ on\ is|what\ you\ really\ (?:need|want|mean)\b
        |you\ do\ not\ (?:really\ )?(?:understand|know\ what\ you\ are|get\ it|see\ it)|you\ have\ to\ (?:understand|realize|accept)\ that|you\ need\ to\ (?:hear|understand|realize)\ this
        |i\ assure\ you|i\ guarantee|i\ promise\ you\ (?:that\ )?(?:it|this|things)\ will|i\ am\ (?:sure|certain|positive)\ (?:that\ )?you\ (?:are|will|can)\ (?:wrong|fine)
        |obviously\ you|clearly\ you|you\ obviously|you\ clearly\ (?:do\ not|need|have\ to|are\ not)|face\ (?:it|the\ facts)|wake\ up|grow\ up
        |you\ are\ (?:making|jumping\ to)\ (?:\w+\ )?(?:assumptions|conclusions)|that\ is\ (?:just\ )?(?:your\ )?(?:ego|excuse)|you\ are\ overthinking)\b""")),

    # H3: competition and minimising -----------------------------------------
    Rule("H3", "minimise", _rx(
        r"""\b(?:at\ least\ (?:you|your|it|he|she|they|there|that|this|you\ have|you\ are|you\ still|nobody|no\ one)
        |i\ (?:had|have\ had|went\ through|have\ been\ through)\ (?:it\ |much\ |way\ |far\ |so\ much\ |a\ lot\ )*(?:worse|harder)
        |(?:others|other\ people|some\ people|many\ people|people|plenty\ of\ people|lots\ of\ people|some|kids\ in\ \w+)\ (?:\w+\ )?(?:have|had|are\ in)\ it\ (?:much\ |way\ |far\ |a\ lot\ )?(?:worse|harder|tougher)
        |(?:it|things|that|this)\ (?:could|can)\ (?:always\ )?(?:be|have\ been)\ (?:so\ much\ |much\ |a\ lot\ |way\ )?worse|could\ be\ worse|worse\ things\ (?:happen|have\ happened)
        |(?:that|it|this)\ is\ (?:nothing|no\ big\ deal|not\ a\ big\ deal|not\ that\ (?:bad|big|serious|hard)|not\ (?:so|as)\ bad|not\ the\ end\ of\ the\ world|just\ a\ phase|only\ a\ phase|a\ first\ world\ problem)
        |no\ big\ deal|not\ a\ big\ deal|you\ are\ (?:lucky|so\ lucky|fortunate)\b(?!\ to\ have\ (?:found|me))|be\ (?:grateful|thankful)\ (?:for|that)|count\ your\ blessings
        |get\ over\ it|(?:just\ )?move\ on\ already|you\ are\ overreacting|you\ are\ too\ sensitive|(?:it|that)\ is\ all\ in\ your\ head|first\ world\ problems?
        |you\ think\ that\ is\ bad|try\ having|imagine\ how\ (?:\w+\ ){1,3}feel\w*|think\ of\ (?:all\ )?(?:those|the\ people|people)\ who|there\ are\ people\ (?:who\ have\ it|starving|dying)
        |it\ is\ (?:just|only)\ (?:a|one)\ (?:\w+\ ){0,2}(?:breakup|job|test|exam|grade|game|dog|cat|pet|girl|boy|guy|argument|fight|bad\ day)
        |(?:just|only)\ a\ phase|could\ have\ been\ worse|you\ will\ get\ over\ it)\b""")),
]
