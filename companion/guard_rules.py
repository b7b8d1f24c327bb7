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
# The same categories named in a word or two, for feedback and reports.
CATEGORY_NAMES = {"E1": "credentials", "E2": "diagnosis", "E3": "treatment", "H1": "commands",
                  "H2": "superior knowledge", "H3": "competition"}


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
    (r"\b(you|we|they)'re\b", r"\1 are"), (r"\b(you|they)re\b", r"\1 are"),
    (r"\bi'm\b", "i am"), (r"\bim\b", "i am"),
    (r"\b(you|i|we|they)'ve\b", r"\1 have"), (r"\b(you|we|they)ve\b", r"\1 have"),
    (r"\b(you|i|we|they|he|she|it|that)'ll\b", r"\1 will"),
    (r"\b(you|i|we|they|he|she|it|that)'d\b", r"\1 would"),
    (r"\b(it|that|what|there|here|he|she|who|this)'s\b", r"\1 is"),
    (r"\b(that|what|there)s\b", r"\1 is"), (r"\bits\b(?= (?:best|better|important|good|okay|ok|not|so|really|very|just|always|never|hard|time|normal|fine|true|going|been|a good|only|all|also|essential|crucial|vital|helpful|wise|worth))", "it is"),
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

# Medication: classes and the handful of names people say aloud (E3).
_MEDICATION = r"""(?:medications?|meds|antidepressants?|anti-?anxiety\ (?:meds|medication)|ssris?|snris?|benzo(?:diazepine)?s?
    |mood\ stabili[sz]ers?|antipsychotics?|prescriptions?|(?:higher|lower|bigger|smaller|different)\ dose
    |lithium|sertraline|zoloft|prozac|fluoxetine|lexapro|escitalopram|citalopram|celexa|paxil|wellbutrin|bupropion
    |effexor|venlafaxine|cymbalta|xanax|ativan|klonopin|valium|adderall|ritalin|seroquel|abilify|lamictal|trazodone)"""

# Treatments and professional help (E3).
_TREATMENT = rf"""(?:(?:\w+\ ){{0,2}}(?:\w*therapy|\w*therapies|\w*therapists?|counsel+ing|counsel+ors?|psychologists?|psychiatrists?|clinicians?
    |psychotherapists?|psychotherapy|mental\ health\ (?:professional|provider|counsel+or|specialist|services|support)s?
    |professional\ (?:help|support|counsel+ing|advice)|(?:a|another)\ professional|qualified\ (?:help|support|professional|therapist|counsel+or)|medical\ (?:help|attention|advice|professional)
    |doctors?|physicians?|gp|{_MEDICATION}
    |cbt|dbt|emdr|cognitive\ behaviou?ral|cognitive\ restructuring|behaviou?ral\ activation|exposure\ (?:therapy|work|exercises)
    |(?:inpatient|outpatient|residential)\ (?:program|treatment|care|facility|stay)|rehab|detox|treatment|psychiatric\ (?:help|care)
    |(?:someone|somebody|a\ person|people)\ (?:who|that)\ (?:speciali[sz]es?|is\ trained|are\ trained)\ in|mindfulness[- ]based\ \w+(?:\ \w+)?|mbsr|msbr
    |employee\ assistance\ program|eap|support\ groups?\ (?:for|led\ by)\ \w+|sex\ therapists?|couples?\ (?:therapy|counsel+ing)|marriage\ counsel+(?:ing|ors?)))"""

# Clinical labels (E2). Plain feeling words (sad, anxious, depressed, stressed) are not here.
_CLINICAL = r"""(?:depression|clinical(?:ly)?\ depress\w*|major\ depressive|depressive\ (?:disorder|episode)s?|bipolar|mania|manic\ episode
    |ptsd|c-?ptsd|post[- ]?traumatic|trauma\ (?:response|bond\w*|reaction)s?|(?:un)?resolved\ trauma|childhood\ trauma|trauma
    |adhd|ocd|obsessive[- ]compulsive|(?:generali[sz]ed|social)\ anxiety|anxiety\ disorder|panic\ disorder|panic\ attacks?|agoraphobi\w+
    |(?:borderline|narcissistic|antisocial|histrionic|avoidant|dependent|schizoid)\ (?:personality\ )?(?:disorder|traits?)
    |personality\ disorder|bpd|npd|narcissis\w+|sociopath\w*|psychopath\w*|co-?dependen\w+|enmesh\w+|schizo\w+|psychos[ie]s|psychotic
    |dissociat\w+|eating\ disorder|anorexi\w+|bulimi\w+|binge[- ]eating|insomnia|autis\w+|asperger\w*|on\ the\ (?:autism\ )?spectrum
    |\w+\ disorder|disorder|\w+\ syndrome|(?:drinking|drug|gambling|alcohol|substance|anger)\ problem
    |alcoholi(?:c|sm)|addict(?:ion|ed)?|an\ addict|substance\ (?:abuse|use\ disorder)|attachment\ (?:style|issues?|disorder|wounds?)
    |(?:anxious|avoidant|insecure|disorganized)\ attachment|cognitive\ distortions?|catastrophi[sz]\w+|overgenerali[sz]ation
    |black[- ]and[- ]white\ thinking|all[- ]or[- ]nothing\ thinking|emotional\ reasoning|(?:defen[cs]e|protective|survival)\ mechanisms?
    |dysthymi\w+|seasonal\ affective|hypervigilan\w+
    |postpartum\ (?:depression|psychosis)|complicated\ grief|hypochondri\w+|paranoi\w+|mentally\ ill|mental\ illness|chemical\ imbalance
    |(?:learned\ )?helplessness|abandonment\ issues|trust\ issues|anger\ issues|low\ self-?esteem|emotional\ dysregulation|burnout|burn-out)"""

# Words that are clinical only in a labelling frame ("symptoms of anxiety",
# "that's just anxiety", "you have anxiety"), not as everyday feelings.
_LABEL_NOUN = rf"""(?:{_CLINICAL}|anxiety|depressive|grief\ response)(?![\w-])(?!\ (?:producing|provoking|inducing))"""

# Clinical adjectives put on a person ("you sound codependent").
_CLINICAL_ADJ = r"""(?:paranoid|codependent|co-dependent|narcissistic|bipolar|ocd|adhd|manic|hypomanic|delusional|psychotic|dissociat\w+
    |clinically\ depressed|traumati[sz]ed|hypochondriac|sociopathic|psychopathic|obsessive|compulsive|autistic|borderline|enmeshed
    |addicted|alcoholic|histrionic|neurotic|(?:anxiously|avoidantly|insecurely)\ attached|on\ the\ (?:autism\ )?spectrum
    |a\ narcissist|an\ addict|an\ alcoholic|a\ sociopath|a\ psychopath|a\ hypochondriac|an\ enabler|enabling|depressive)"""

_SUBJECT = r"(?:you|he|she|they|him|her|them|your\ (?:\w+\ )?\w+|his\ \w+|her\ \w+|their\ \w+)"
_ADVERB = r"(?:do\ (?=(?:need|have)\ to\b)|really\ |definitely\ |probably\ |just\ |still\ |also\ |absolutely\ |seriously\ |simply\ |honestly\ |truly\ |first\ |both\ |all\ |now\ |then\ |certainly\ |clearly\ |totally\ |only\ |two\ )*"

# Reflections of what the person told us: a label or an instruction they
# reported is theirs, not the companion's.
_REFLECTION = r"""(?:^so,?\ (?:you|your)\b|\byou\ (?:said|say|mentioned|told\ me|described|wrote|explained)\b|\byou\ (?:have\ been|were|got)\ diagnosed
    |\b(?:doctor|therapist|psychiatrist|counsel+or|gp|nurse)\ (?:said|says|told|thinks|diagnosed|wants|suggested|recommended)\b|\bdiagnosed\ you\b|\byour\ diagnosis\b
    |\b(?:telling|tell|tells|told)\ you\ (?:that\ )?you\b)"""

# Where a new clause starts: the sentence start or a clause mark, then
# optional discourse words that do not change an imperative's force.
_LEAD = r"""["']?(?:\d{1,2}[.)]\ ?)?(?:(?:so|and|but|then|just|please|now|first|second|third|firstly|secondly|thirdly|also|maybe|perhaps|ok|okay|well|honestly|instead|simply|really|definitely
        |always|next|again|still|seriously|sometimes|today|tonight|later|finally|lastly|oh|yes|yeah|no|hey|either|basically|additionally|otherwise
        |meanwhile|afterwards|actually|therefore|gently|slowly|i\ would\ (?:\w+ly\ )?say(?:\ that)?)[,]?\ )*"""
# Clause marks; the comma is kept apart so a rule can treat it on its own.
_MARK_NO_COMMA = r"""(?:^(?:or\ )?|[;:!(]\ |\ -\ |\ --\ |\u2014\ ?|\.\.\.\ ?|(?<!help)(?<!\bi)(?<!\bwe)(?<!\bhe)(?<!\bshe)(?<!\bthey)(?<!\band)\ (?:so|then|but)\ )"""
_CLAUSE_NO_COMMA = _MARK_NO_COMMA + _LEAD
_CLAUSE = r"(?:" + _MARK_NO_COMMA + r"|,\ )" + _LEAD



# Base-form verbs that start an instruction about the person's life.
_IMPERATIVE_VERBS = r"""(?:try|stop|quit|go|make|get|find|start|begin|leave|tell|talk|speak|call|text|write|ask|avoid|keep|remember
    |focus|consider|think|do|don't|do\ not|(?:never|always)(?!\ \w+ing\b)(?!\ (?:my|your|his|her|their|our|the|a|an|i|you|he|she|they|we|it|seem\w*|been|was|were|had|has|did|does|knew|thought|felt|is|are)\b)|be|let|give|set|practice|practise|allow|accept|forgive|reach|seek|see|look
    |put|spend|learn|use|exercise|eat|drink|breathe|journal|meditate|plan|schedule|list|identify|notice|challenge|remind|walk
    |join|check|read|contact|surround|distract|ignore|confront|apologi[sz]e|move|break|forget|realize|realise|recognize|recognise
    |acknowledge|stay|treat|reward|limit|establish|create|continue|pray|explore|express|share|take|relax|calm|cheer|sleep
    |believe|trust|stand|open|step|work|figure|pick|choose|decide|imagine|visualize|picture|replace|cut|block|delete|report
    |follow|hold|push|fight|embrace|celebrate|invest|prioriti[sz]e|slow|sit|drop|ditch|dump|sign|enroll|enrol|volunteer
    |buy|clean|clear|organi[sz]e|prepare|remove|change|shift|turn|lean|rely|hang|wait|pay|save|budget|research|google|search
    |explain|discuss|bring|invite|thank|love|grow|strengthen|assume|sell|throw|close|measure|listen|watch|observe|note|track
    |communicate|approach|address|tackle|handle|release|reflect|examine|review|reassess|evaluate|rethink|reconsider|reframe
    |redirect|refocus|commit|agree|negotiate|compromise|clarify|vent|reassure|encourage|protect|respect|validate|honou?r
    |appreciate|value|rest|hydrate|connect|reconnect|disconnect|unplug|engage|participate|attend|apply|hire|delegate
    |post|email|message|reply|respond|answer|unfollow|mute|unfriend|resolve|fix|repair|rebuild|mend|simplify|declutter
    |tidy|stretch|run|jog|swim|dance|sing|paint|draw|record|jot|count|repeat|say|mention|raise|voice|state|assert|insist|demand
    |request|help|show|teach|educate|inform|remain|return|revisit|recall|let\ go|hug|kiss|forgive|cry|laugh|smile|exhale|inhale
    |stick|concentrate|wear|understand|act|select|tap|pause|send|fill|book|model|cope|rate|rank|aim|strive|cultivate|foster|develop|build|adopt|brainstorm|outline|define|assess|adjust|modify|switch|soothe|pamper|savou?r|pursue|seize|grab|steer|stray|settle|resist|refuse|permit|designate|map|gather|visit|pack|dress|shower|bake|cook|plant|cozy|curl
    |include|interview|confide|initiate|cherish|expect|align|eliminate|experiment|rewrite|compare|force|obey|dedicate|devote|offer|provide|involve|lower|increase|reduce|minimi[sz]e|maximi[sz]e|nurture)"""

# Clause-initial words that can sit before "your/yourself" without being a
# command ("For your sake", "Even your mom", "Do your parents…?").
_NOT_A_VERB = r"""(?:and|or|but|so|if|when|while|whether|because|since|though|although|unless|until|once|as|than|then|that|this|these|those
    |what|how|why|where|who|whom|which|whose|to|for|from|with|without|within|about|above|across|after|against|along|among|around|at|before
    |behind|below|beneath|beside|besides|between|beyond|by|despite|down|during|except|in|inside|into|like|unlike|near|of|off|on|onto|out
    |outside|over|past|per|regarding|concerning|through|throughout|toward|towards|under|up|upon|via|all|both|even|just|only|also|maybe
    |perhaps|not|no|yes|yeah|oh|do|does|did|is|are|was|were|be|been|has|have|had|can|could|will|would|shall|should|may|might|must|given
    |congratulations|congrats|bless|sorry|thank|thanks|hope|wish|good|great|best|happy|glad|enjoy|take|tell|let|love|re|plus|minus|about
    |same|such|your|my|our|their|his|her|its|the|a|an|i|we|you|he|she|they|it|me|us|them|him|each|every|any|some|much|many|more|most
    |here|there|now|today|tonight|already|still|again|ever|never|always|especially|including|honestly|really|sure|well|okay|ok|please
    |cheers|wow|hey|hi|hello|welcome|sounds|seems|looks|feels|own|mind|sharing|nor|however|matter|whatever|whenever|yet|neither|either)"""

# Conversational requests and comforting formulas that look like imperatives.
_CONVERSATIONAL = r"""(?:tell\ me|talk\ to\ me|talk\ with\ me|go\ on|keep\ going|keep\ talking|keep\ telling|keep\ sharing
    |take\ your\ time|take\ all\ the\ time|do\ not\ be[.!]*$|do\ not\ (?:you|we|they)\b|talk\ to\ you\ (?:later|soon|tomorrow)|take\ (?:good\ |great\ |extra\ )?care\ of\ yourself|take\ care|stay\ blessed|be\ blessed
    |do\ not\ be\ (?:afraid|scared|stressed|sad|nervous|shy|ashamed|embarrassed|sorry|upset|discouraged|alarmed)(?!\ (?:to|of|about)\b)|take\ it\ easy|feel\ free|let\ me|let\ us|let\ 's|don't\ worry|do\ not\ (?:worry|stress|fret|panic|give\ up|lose\ hope)|never\ mind|be\ well
    |do\ not\ hesitate\ to\ (?:share|tell|talk|say|ask\ me|reach\ out\ to\ me)|stay\ (?:safe|strong|positive|healthy|well|with\ me|warm)
    |hang\ in\ there|hang\ on|hold\ on|take\ heart|try\ not\ to\ (?:worry|stress|panic|fret|beat\ yourself\ up)|do\ not\ get\ discouraged
    |do\ (?:what|whatever)\ (?:feels|seems|is)\ (?:right|best)|use\ your\ (?:own\ )?(?:best\ )?judge?ment|say\ more|share\ (?:more|what|whatever|as\ much|anything)|think\ about\ it|get\ well|sleep\ well|rest\ well|rest\ assured
    |see\ you|look\ after\ yourself|be\ safe|imagine\ (?:that|how|what|being)|picture\ (?:that|this|how)|let\ (?:it|them|it\ all|them\ all)\ out|help\ me|thank\ you
    |excuse\ me|forgive\ me|believe\ it\ or\ not|think\ of\ it|do\ you|do\ we|do\ they|do\ i|be\ honest\ with\ me|check\ in\ with\ me
    |ask\ (?:me|more|any|away|anything|questions)|keep\ (?:your|ur)\ (?:head|chin)\ up|never\ give\ up|enjoy\ (?:your|the)\ (?:day|weekend|evening|night|holiday|journey|time)
    |call\ (?:or\ text\ )?(?:988|911|999|112|111|000|116|the\ |a\ (?:crisis|helpline|hotline|suicide)|your\ local\ (?:emergency|crisis))
    |text\ (?:988|home|the\ |shout|85258)|contact\ (?:the\ |a\ )?(?:crisis|emergency|helpline|samaritans|lifeline)|reach\ out\ to\ (?:me|them|a\ crisis|the\ crisis)
    |go\ to\ (?:the\ |your\ )?(?:nearest\ )?(?:emergency|a&e|er\b)|think\ so|make\ sense|see\ what\ i\ mean|look\ at\ (?:that|you|this)(?:!|\.|$)
    |remember,|say,|thank\ (?:god|goodness|heavens)|explain\ (?:to\ me|that\ to\ me|more|what|how)
    |go\ ahead(?:\ and\ (?:tell|share|say|talk|vent|let\ it|ask|cry))?(?!\ and)
    |wait\b(?=,|\ so\b|\ what\b|\ really\b|\.|!|$))(?![a-z])"""

_CRISIS_RESOURCE = r"(?:988|911|999|112|111|116\ ?123|crisis\ (?:line|text\ line)|helpline|hotline|samaritans|lifeline|emergency\ (?:number|services|room)|suicide|immediate\ help|\d{3}-\d{3}-\d{4})"

# A word used as a noun subject, not a command: "Trust takes time", "Exercise helps".
_NOUN_SUBJECT = r"""(?!\ (?:is|was|are|were|can|could|will|would|may|might|has|helps|takes|makes|means|matters|becomes|seems|works|gets|needs
    |requires|builds|comes|goes|does|should|must|and\ \w+\ (?:is|are|can))\b)"""

# Imperative-looking openings that are not orders: conversational requests,
# comforting formulas, questions, discourse markers ("look,", "see how…").
_NOT_AN_ORDER = rf"""(?:{_CONVERSATIONAL}
            |(?:be|being)\ (?:honest|careful|kind|gentle)\ with\ me
            |(?:do|does|did|is|are|can|could|would|will|should|have|has)\ (?:you|i|we|they|he|she|it|there|anyone|someone|people)\b
            |(?:do|does|did|have|has)\ (?:your|my|that|this|these|those|the)\b[^.!]*\?
            |(?:try|trying)\ (?:and\ )?(?:to\ )?(?:tell|explain)\ me
            |(?:go|get|make|take|keep|look|think|see|check|break|move|stand|step|work|figure|pick|turn|hold|push|hang|wait|call|leave|let|drop|cut|open|sit)\b(?:,|\ (?:me\b|us\b|it\ (?:all\ )?(?:out|off)\b(?=\.?$)))
            |do\ (?:show|come|happen|have|seem|feel|get|need|want|care|love|know|matter|exist|occur|help|work|change)\b
            |(?:look|see|listen|wait),
            |(?:see|look)\ (?:how|what|here|there|this|that|you|where)\b
            |think\ (?:so|of\ it|about\ it\.|about\ what\ you|that\ (?:you|it|this|he|she|they)\ (?:will|would|are|is|might|may|could|can)\b)
            |(?:go|get)\ (?:figure|well\ soon)
            |(?:make|makes)\ (?:sense|a\ lot\ of\ sense)
            |(?:never|always)\ (?:been|was|had|thought|have|did|do\ i|once|easy|mind|again)
            |(?:keep|hold)\ (?:on|me\ posted|going)
            |be\ (?:well|safe|good\ to\ yourself\ tonight)
            |(?:remember|believe|trust)\ (?:when|me|that\ time)
            |(?:pick|choose|take)\ (?:any|whatever|whichever|your\ pick)
            |(?:love|thank)\ (?:you|that|this|it)\b
            |have\ (?:a|an)\ (?:good|great|nice|wonderful|lovely|happy|safe|good\ night|blessed)\b|have\ fun)"""

# Words that open a subordinate clause: after it, a comma can start a command.
_SUBORDINATOR = r"""(?:if|when|whenever|once|(?:the\ )?next\ time|any\ ?time|every\ time|each\ time|after|before|since|as\ soon\ as|as\ long\ as|while|until|unless|because|even\ if|even\ though
    |in\ case|whether|where|wherever|instead\ of|rather\ than|though|although|depending\ on|in\ order\ to|to|in\ terms\ of|as\ for
    |regarding|when\ it\ comes\ to)"""

# Spanish tú/ustedes imperatives of instruction ("Recuerda que…", "Busca…").
_SPANISH_IMPERATIVE = r"""(?:recuerda|recuérdale|recuérdales|considera|utiliza|usa|comprende|entiende|busca|habla|intenta|trata\ de|piensa|escribe|dile|déjale|pide|pregúntate
    |pregúntale|observa|explora|crea|trabaja|planifica|organiza|enfócate|aumenta|medita|dale|acércate|dedícate|conversa|consulta|identifica|aprende
    |practica|haz|evita|deja\ de|permítete|date|cuida|cuídate|establece|comunica|expresa|acepta|reconoce|respira|sugiérele|hagan|aprendan|discutan
    |dediquen|jueguen|busquen|hablen|traten|intenten|recuerden|consideren|no\ (?:te\ )?(?:dejes|tengas|permitas|olvides|hagas|pienses))"""

# The safety message may tell the person to call a crisis line.
_SAFETY = rf"\b(?:if\ you\ (?:ever\ )?(?:are|feel|think)\ (?:in\ danger|unsafe|like\ (?:hurting|ending|you\ can\ not\ stay\ safe)))|\b{_CRISIS_RESOURCE}\b"

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
        |(?:we|as)\ (?:therapists|counsel+ors|psychologists|clinicians|professionals)|in\ (?:therapy|counsel+ing|session),?\ we\b
        |(?:over|in|throughout|during|across)\ my\ (?:\w+\ )?(?:career|years\ (?:of|in|as|doing))
        |(?:doing|done|been\ in)\ this\ (?:work|job|field|line\ of\ work|profession)\ (?:for|since)
        |(?:running|ran|run|leading|led|lead|facilitating|facilitated)\ (?:\w+\ ){0,2}(?:groups|workshops|sessions)\b
        |the\ work\ we\ (?:do|will\ do|are\ doing|did)\ together|in\ (?:our|my)\ (?:\w+\ )?sessions?\b
        |my\ (?:counsel+ing|therapeutic|clinical|therapy|professional)\ (?:approach|style|practice|orientation|background|work)
        |i\ (?:was|am|have\ been)\ (?:doing|conducting|running|facilitating|leading)\ (?:a|an)\ (?:\w+\ ){0,2}?(?:therapy|counsel+ing)\ session
        |i\ (?:have\ )?(?:written|wrote|published)\ (?:\w+\ ){0,2}?(?:about|a\ book|books|articles?|extensively)\b|(?:pick\ up|read|check\ out)\ my\ (?:new\ |latest\ )?(?:book|workbook|article|blog|podcast)\b)""")),
    # First person alongside "clients/patients" is a practitioner speaking.
    Rule("E1", "practitioner-talk", _rx(
        r"""^(?=.*\b(?:i|we|my|our|me|us)\b).*?\b(?:clients?|patients|caseload|(?:a|the|my|one)\ patient)\b"""),
        unless_anywhere=_rx(r"\bmy\ (?:\w+\ )?(?:therapist|counsel+or|doctor|psychiatrist|psychologist)\b|\b(?:i|we)\ (?:was|were|am|are)\ (?:a|an)\ (?:\w+\ )?patients?\b")),
    Rule("E1", "claims-qualification", _rx(
        r"""\b(?:i\ am\ (?:a\ |an\ )?(?:licensed|certified|trained|qualified|registered|board[- ]certified|practicing|practising)
        |i\ (?:am|was|have\ been|have\ trained)\ (?:trained|certified|licensed|qualified)\ (?:in|as|to)
        |i\ (?:specialize|specialise)\ in
        |(?:i\ have|having|i)\ (?:\w+\ )?(?:worked|sat|helped|counsel+ed|treated|supported)\ (?:with\ )?(?:many|a\ lot\ of|lots\ of|hundreds|thousands|countless|numerous|so\ many|dozens)\ (?:of\ )?(?:\w+\ )?(?:clients|patients|people|couples|families|individuals|cases|kids|teens|students|veterans)
        |i\ have\ seen\ (?:many|a\ lot\ of|lots\ of|hundreds|thousands|countless|numerous|so\ many|dozens)\ (?:of\ )?(?:clients|patients|cases)
        |i\ am\ (?:a|an)\ (?:\w+\ ){0,2}(?:therapist|counsel+or|psychologist|psychiatrist|psychotherapist|clinician|doctor|expert|professional)
        |i\ (?:\w+\ )?(?:became|trained\ as|work\ as|worked\ as|practice\ as|qualified\ as)\ (?:a|an)\ (?:\w+\ ){0,2}(?:therapist|counsel+or|psychologist|psychiatrist|psychotherapist|clinician|social\ worker)
        |(?:besides|apart\ from|aside\ from|as\ well\ as)\ being\ (?:a|an)\ (?:\w+\ ){0,2}(?:therapist|counsel+or|psychologist|psychiatrist|psychotherapist|clinician)
        |i\ (?:provide|offer|do|practice|use)\ (?:\w+\ ){0,5}(?:counsel+ing|\w*therapy|\w*therapies|sessions|cbt|emdr|dbt|modalities)\b
        |i\ (?:usually|often|typically|always|generally|frequently|sometimes|regularly)\ (?:ask|tell|encourage|recommend|suggest|invite|advise|teach|remind|work\ with|see|help)\ (?:my\ |the\ |most\ |many\ )?(?:clients|people|couples|patients|families|parents|individuals|folks|them)\b
        |my\ first\ question\ (?:is|would\ be)\ (?:usually|always|often|typically)
        |(?:in|during)\ (?:a|the|our|my)\ (?:first\ )?(?:therapy|counsel+ing)\ session\b(?=.*\b(?:i|me|my)\b)
        |i\ (?:offer|provide|give)\ (?:\w+\ ){0,3}(?:expert|professional|clinical)\b|(?:contact|call|email)\ me\b.*\bat\b
        |licensed\ professional\ counsel|licenciad[ao]|consejer[ao]\ profesional)"""
        r"""|,\ ?(?:lpc\w*|lmft|lcsw|lmhc|psyd|lcpc|lisw|lmsw|ncc|mft|phd|dbh|casac|msw|ma|ms|md)\b"""),
        unless_anywhere=_rx(rf"\b{_CRISIS_RESOURCE}")),
    Rule("E1", "appeal-to-research", _rx(
        r"""\b(?:(?:research|studies|science|the\ (?:science|research|evidence|literature|data)|evidence|data|statistics|neuroscience|psychology)
             \ (?:\w+\ ){0,3}?(?:\w+ly\ |pretty\ |very\ |quite\ |all\ )?(?:shows?|proves?|suggests?|indicates?|has\ (?:shown|proven|found)|have\ (?:shown|proven|found)|found|demonstrates?|confirms?|supports?|tells\ us|says?|(?:is|seems|looks)\ (?:\w+\ )?clear)\b
        |studies\ (?:have\ )?(?:show|shown|found|prove)|(?:a|one|recent|the|this|that)\ (?:study|studies)\ (?:\w+\ )?(?:shows?|found|suggests?|indicates?|proves?)
        |(?:has|have)\ shown\ (?:\w+\ ){0,2}?(?:results|success|promise|effectiveness|efficacy)
        |according\ to\ (?:the\ )?(?:research|studies|science|experts?|psychologists|the\ dsm|the\ apa|dsm)
        |(?:experts?|psychologists|psychiatrists|therapists|counsel+ors|clinicians|doctors|professionals|researchers|scientists)\ (?:\w+ly\ |all\ |often\ |now\ )?(?:say|agree|recommend|believe|know|have\ found|tell\ us|warn)
        |(?:has|have)\ been\ (?:shown|proven|found|demonstrated)\ to|(?:is|are)\ (?:clinically\ |scientifically\ )?proven\ to|evidence[- ]based|empirically\ (?:supported|validated|proven)
        |it\ is\ (?:a\ )?(?:scientific(?:ally)?|clinical(?:ly)?|medical(?:ly)?)\ (?:fact|proven))""")),

    # E2: diagnosis and clinical labels ------------------------------------
    Rule("E2", "sounds-like-label", _rx(
        rf"""\b(?:sounds|seems|looks|feels|appears)\ (?:to\ me\ )?(?:like|as\ if|as\ though)\ (?:\w+\ ){{0,8}}?{_CLINICAL}\b"""),
        unless_at=_rx(r"(?:sounds|seems|looks|feels|appears)\ (?:to\ me\ )?like\ (?:your\ )?(?:doctor|therapist)\ (?:said|thinks|told)")),
    Rule("E2", "subject-has-label", _rx(
        rf"""\b{_SUBJECT}\ (?:(?:may|might|could|probably|likely|definitely|clearly|possibly|also|really|must|seem\ to|seems\ to|appear\ to|appears\ to)\ )*
        (?:have|has|are|is|be|be\ having|are\ having|suffer\w*|struggl\w+\ with|deal\w*\ with|experienc\w+|show\w*|display\w*|exhibit\w*|meet\w*|fit\w*|developed|develop)\ 
        (?:(?:from|a|an|some|some\ kind\ of|some\ form\ of|some\ sort\ of|a\ form\ of|a\ kind\ of|signs\ of|symptoms\ of|classic|typical|textbook|like|with|the|criteria\ for|being|very|so|quite|rather|real|clear|mild|severe|serious|high-functioning|clinical|full-blown)\ )*
        {_LABEL_NOUN}"""),
        unless_anywhere=_rx(rf"\b(?:have\ you\ (?:ever\ )?been|were\ you|has\ (?:he|she|they)\ been)\b|{_REFLECTION}")),
    Rule("E2", "that-is-label", _rx(
        rf"""\b(?:that|this|it|these|those|what\ you\ (?:are\ )?(?:describ\w+|feel\w*|experienc\w+|going\ through|have\ been\ going\ through))\ 
        (?:is|are|was|were|could\ be|might\ be|may\ be|would\ be|sounds\ like|seems\ like|looks\ like|is\ likely|is\ probably|is\ definitely|is\ clearly|are\ likely|are\ probably|could\ indicate|may\ indicate|might\ indicate|indicates?|suggests?|points?\ to)\ 
        (?:(?:a|an|all|just|only|simply|really|some|classic|typical|textbook|definitely|probably|likely|called|known\ as|a\ form\ of|a\ kind\ of|kind\ of|some\ kind\ of|some\ sort\ of|some\ form\ of|(?:its|their|your|his|her)\ own\ (?:kind|form|type|version)\ of
            |a\ sign\ of|signs\ of|a\ symptom\ of|symptoms\ of|part\ of|your|his|her|their|the|what\ we\ call|related\ to|due\ to|caused\ by|because\ of)\ )*{_LABEL_NOUN}
        |\b(?:could|might|may|is|would|can)\ (?:this|that|it|these|those)\ (?:all\ )?(?:be|is)\ (?:(?:a|an|some|some\ kind\ of|a\ sign\ of|signs\ of|symptoms?\ of|related\ to)\ )*{_CLINICAL}\b"""),
        unless_anywhere=_rx(_REFLECTION)),
    Rule("E2", "signs-of-label", _rx(
        rf"""\b(?:signs?|symptoms?|indicators?|indication|hallmarks?|red\ flags?|characteristics?|a\ case)\ of\ (?:(?:a|an|some|clinical|mild|severe|possible|your|his|her|their)\ )*{_LABEL_NOUN}
        |\b(?:this|these|your)\ (?:feelings?|episodes?|bouts?|cycles?)\ of\ (?!(?:learned\ )?helplessness){_CLINICAL}\b
        |\b(?:match\w*|fits?|meets?|consistent\ with|in\ line\ with|typical\ of)\ (?:\w+\ ){{0,2}}(?:symptoms|criteria|diagnosis|presentation)\b
        |\b(?:which|that|this|it)\ is\ (?:a\ |an\ )?(?:common|normal|typical|classic|natural|understandable)\ (?:response|reaction)\ to\ (?:trauma|abuse|a\ traumatic\ \w+)"""),
        unless_anywhere=_rx(_REFLECTION)),
    # "It appears that your depression…": a label put on the person's state, hedged.
    Rule("E2", "possessive-label", _rx(
        rf"""\b(?:appears|seems|looks|sounds|guess|suspect|wonder\ if|likely|probably|maybe|perhaps|possibly)\ (?:\w+\ ){{0,3}}?your\ (?:\w+\ )?{_CLINICAL}\b
        |\bi\ (?:wonder|suspect)\ (?:if|whether|that)\ (?:\S+\ ){{0,10}}?{_CLINICAL}\b(?=.*\byou)"""),
        unless_anywhere=_rx(rf"{_REFLECTION}|\?$")),
    Rule("E2", "named-as-label", _rx(
        rf"""\b(?:recogni[sz]\w*|see|sees|seeing|label\w*|identify\w*|view\w*|known|call\w*|describ\w+)\ (?:\S+\ ){{0,8}}?as\ "?(?:a\ |an\ )?{_CLINICAL}\b""")),
    Rule("E2", "diagnoses", _rx(r"\b(?:i\ would\ diagnose|i\ diagnose|i\ would\ call\ (?:it|this|that)|you\ (?:could|would|might|may)\ (?:be\ diagnosed|qualify\ for\ a\ diagnosis|meet\ the\ criteria)|a\ diagnosis\ of|(?:your|his|her)\ diagnosis\ (?:is|would\ be))\b")),
    # A record-style label: "Diagnosis: major depressive disorder."
    Rule("E2", "diagnosis-heading", _rx(r"""^\W*(?:(?:your|the|a|likely|probable|working)\ )?(?:diagnosis|dx|assessment|clinical\ impression)\ ?[:\-]""")),
    Rule("E2", "you-are-label", _rx(
        rf"""\b(?:you|he|she|they)\ (?:are|is|sound|sounds|seem|seems|look|looks|come\ across\ as|comes\ across\ as|strike\ me\ as|strikes\ me\ as|might\ be|may\ be|could\ be|must\ be)\ (?:(?:being|so|very|a\ bit|pretty|kind\ of|quite|clearly|obviously|probably|definitely|just|a|an|such\ a|somewhat|really|like)\ )*
        {_CLINICAL_ADJ}\b"""),
        unless_anywhere=_rx(rf"\b(?:you\ feel\ like|you\ worry)\b|{_REFLECTION}|^(?:are|is|do|does)\ ")),

    # E3: treatment, medication, professional help --------------------------
    Rule("E3", "recommend-treatment", _rx(
        rf"""\b(?:see|seeing|find|finding|get|getting|seek|seeking|consult|consulting|contact|contacting|talk\ to|talking\ to|talk\ with|talking\ with
        |speak\ to|speaking\ to|speak\ with|speaking\ with|work\ with|working\ with|go\ to|going\ to|visit|visiting|call|calling|reach\ out\ to|reaching\ out\ to
        |start|starting|try|trying|consider|considering|look\ into|looking\ into|look\ for|looking\ for|book|booking|schedule|scheduling|an\ appointment\ with
        |make\ an\ appointment\ with|go\ back\ to|going\ back\ to|return\ to|enter|entering|attend|attending|engage\ in|engaging\ in|begin|beginning|pursue|pursuing
        |benefit\ from|benifit\ from|invest\ in|check\ with|checking\ with|ask|asking|involve|involving|enlist|enlisting|bring\ in|refer\ you\ to|a\ referral\ to|recommend|suggest|encourage
        |get\ on|go\ on|do\ well\ on|with\ the\ help\ of|guided\ by)
        \ (?:[\w-]+\ ){{0,4}}?(?:[\w]+-)?{_TREATMENT}\b"""),
        unless_at=_rx(r"(?:find|finding)\ out\b|(?:ask|asking)\ (?:\w+\ )?(?:what|how|why|when|whether|if|questions|about)\b|(?:get|getting)\ (?:a\ (?:sense|feel|feeling)|an\ idea|to\ know)\b|(?:try|trying|start|starting|get|getting|go\ back\ to)\ (?:\w+\ ){0,2}?(?:to\ )?(?:be\ )?(?:kind|gentle)|(?:get|getting)\ (?:the\ )?most\ (?:out\ )?(?:of|from)"),
        unless_anywhere=_rx(
            r"""\?$|\b(?:my\ (?:therapist|counsel+or|doctor|psychiatrist)|i\ (?:saw|went|started|found|tried|had|used\ to|talked|began|stopped)|i\ have\ (?:seen|been|found|tried|talked)
            |you\ (?:have\ been|are|were|had|saw|went|started|tried|found|talked|mentioned|said)|(?:when|as|once)\ you\ (?:see|go|talk|enter|begin|start)
            |\b(?:can|could|might|may)\ (?:also\ )?(?:talk|speak|bring|mention|raise|ask)\ (?:\w+\ ){0,4}?your\ (?:\w+\ )?(?:therapist|counsel+or)|before\ you\ (?:see|go|talk)|after\ you\ (?:see|go|talk)
            |(?:people|many|some|others|someone|anyone|folks|clients|couples|everyone|everybody|individuals?|person)\ (?:\w+\ )?(?:who|that|find|choose|decide|can|could|go|goes|come|comes|seek|seeks|start|starts|enter|enters|seeking|in)
            |(?:whether|deciding|decide|decision|courage|brave\w*|scary|hard|difficult|nervous|stigma|reluctan\w+|hesitan\w+)\ (?:\w+\ ){0,2}?to\ (?:go|see|start|seek|find|get|try|enter|begin)
            |^(?:finding|seeing|getting|starting|going|choosing|deciding|entering|attending|beginning|looking|searching|working)\b
            |if\ you\ (?:do\ )?(?:decide|choose|want|are\ (?:already|currently))
            |if\ you\ (?:have|are)\ (?:already|currently)|(?:crisis|help|hot)line|988|samaritans|emergency)\b""")),
    # A treatment said to help, suit or be needed by the person.
    Rule("E3", "treatment-will-help", _rx(
        rf"""\b{_TREATMENT}\ (?:\w+\ ){{0,6}}?(?:can|could|would|will|may|might|should)\ (?:really\ |definitely\ |probably\ |also\ |likely\ |certainly\ |greatly\ |truly\ |just\ )?
        (?:help|be\ able\ to\ help|be\ (?:\w+\ )?(?:(?:very|really|so|truly|particularly|quite|extremely|incredibly)\ )?(?:helpful|beneficial|useful|a\ good|worth|great|valuable|the\ best|a\ great|your\ best|good|right|ideal|wise|an?\ (?:\w+\ )?(?:way|option|step|idea|tool|resource)|what\ you\ need|the\ answer|the\ way\ to\ go)
            |benefit|support|assist|make\ a|give\ you|provide\ you|offer\ you|teach\ you|guide\ you|work|take\ the\ edge|do\ you|serve\ you|suit\ you|fix|ease|reduce|calm|lift
            |be\ able\ to\ (?:provide|give|offer|teach|guide|assess|determine|work\ with)|determine\ (?:if|whether|what)|assess|evaluate|address\ (?:your|this|these|the)|treat\ (?:your|this|these|the))"""),
        unless_anywhere=_rx(
            r"""\?$|\b(?:help|support|assist|benefit)\ (?:people|many|some|clients|individuals|couples|families|someone|anyone|a\ person|others|folks|patients)\b
            |\bmy\ (?:therapist|counsel+or|doctor|psychiatrist)|\b(?:crisis|help|hot)line|\b988\b|^(?!.*\byou)
            |\byour\ (?:\w+\ )?(?:therapist|counsel+or|psychiatrist|doctor)\ (?:\w+\ )?(?:will|can|may|might|could|would)\b
            |\b(?:most|many|some|all)\ (?:\w+\ )?(?:therapists|counsel+ors|psychologists|clinicians|professionals|doctors)\b
            |\b(?:do|does|would|will|are|is)\ you\ (?:feel|think|believe|know|find)\b""")),
    # Getting professional help named as the step to take: "Finding a
    # therapist may be helpful", "Counseling is a good option".
    # Describing what therapy can do in general passes ("Therapy can be
    # helpful"); naming it as the option or the person's step does not.
    Rule("E3", "treatment-is-good-step", _rx(
        rf"""^{_LEAD}(?:(?:finding|seeing|getting|seeking|starting|trying|going\ (?:to|back\ to)|talking\ (?:to|with)|speaking\ (?:to|with)|working\ with|reaching\ out\ to|consulting(?:\ with)?|contacting|attending|engaging\ in|looking\ into)\ (?:\w+\ ){{0,3}}?)?{_TREATMENT}
        \b(?:\ [^\s,;]+){{0,6}}?\ (?:is|are|would\ be|could\ be|might\ be|may\ be|will\ be)\ (?:also\ |really\ |probably\ |definitely\ |often\ |very\ |so\ )*
        (?:the\ (?:best|next|right)\ (?:step|option|choice|way|thing)
            |(?:a|an)\ (?:\w+\ )?(?:good|great|excellent|wise|smart|ideal|important|necessary|helpful|useful|valuable)\ (?:idea|option|step|choice|start|place\ to\ start|resource|investment|next\ step))\b
        |^{_LEAD}(?:finding|seeing|getting|seeking|starting|going\ (?:to|back\ to)|talking\ (?:to|with)|speaking\ (?:to|with)|working\ with|reaching\ out\ to|consulting(?:\ with)?|contacting|attending)\ (?:\w+\ ){{0,3}}?{_TREATMENT}
        \b(?:\ [^\s,;]+){{0,8}}?\ (?:is|would\ be|could\ be|can\ be|may\ be|might\ be|will\ be)\ (?:also\ |really\ |probably\ |definitely\ |often\ |very\ |so\ |extremely\ |incredibly\ )*
            (?:helpful|beneficial|useful|valuable|important|essential|necessary|a\ (?:big\ |great\ |huge\ )?help)\b"""),
        unless_anywhere=_rx(
            r"""\?$|\bfor\ (?:many|some|most|a\ lot\ of|lots\ of)\b|\bfor\ (?:people|others|everyone|anyone|someone|couples|families|individuals)\b
            |\bmy\ (?:therapist|counsel+or|doctor|psychiatrist)|\b(?:i|we)\ (?:found|have\ found|went)\b""")),
    # Professionals or treatments pointed to as there for the person: "There
    # are therapists who specialize in this", "In therapy you can learn…",
    # "Therapy is essential".
    Rule("E3", "treatment-available", _rx(
        rf"""\bthere\ (?:are|is)\ (?:also\ |many\ |some\ |plenty\ of\ |lots\ of\ |a\ lot\ of\ |several\ )?(?:\w+\ ){{0,3}}?(?:\w*therap(?:y|ies|ists?)|counsel+(?:ing|ors?)|psychologists?|psychiatrists?|clinics?|professionals|treatments?|medications?)\ (?:that|who|which)\ (?:can|could|will|would|may|might|speciali[sz]e)\b
        |\bin\ (?:\w*therapy|counsel+ing|treatment|sessions?),?\ (?:\w+\ )?you\ (?:can|will|could|would|may|might)\ (?:\w+\ )?(?:be\ able\ to\ )?(?:learn|work|explore|get|find|develop|gain|build|discover|address|process|heal|understand)\b
        |^{_LEAD}(?:\w*therapy|counsel+ing|treatment|medication|professional\ help)\ (?:is|would\ be|will\ be)\ (?:\w+ly\ |very\ |so\ |also\ )?(?:essential|necessary|needed|crucial|vital|a\ must|key|the\ answer|the\ way\ to\ go|a\ better\ fit)\b
        |\b(?:helpful|useful|beneficial)\ (?:may|might|could|would)\ be\ (?:the\ |a\ |an\ )?(?:\w+\ ){{0,4}}?{_TREATMENT}
        |\b(?:provide|offer|give)\ you\ (?:with\ )?(?:\w+\ ){{0,2}}?(?:treatment|therapy|counsel+ing|medication)\b
        |\bbeing\ able\ to\ (?:speak|talk|work)\ (?:to|with)\ (?:\w+\ ){{0,2}}?{_TREATMENT}\b"""),
        unless_anywhere=_rx(r"""\?$|^(?!.*\byou)(?!.*^(?:\w*therapy|counsel+ing|treatment)\ is)|\bmy\ (?:therapist|counsel+or|doctor|psychiatrist)|\b(?:i|we)\ (?:found|have\ found|went|had)\b""")),
    Rule("E3", "you-need-treatment", _rx(
        rf"""\byou\ {_ADVERB}(?:(?:might|may|could|would|will|probably|likely|also|really|just|definitely)\ )*(?:need|needs|should|must|have\ to|ought\ to|(?:(?<=might\ )|(?<=may\ )|(?<=will\ )|(?<=would\ ))want\ to|(?:benefit|benifit)\ (?:\w+ly\ )?from|deserve|require|do\ well\ on|do\ well\ with|try|get\ on|go\ on|look\ into)(?!\ (?:not\ )?(?:feel|be|trust|know)\b)\ (?:\w+\ ){{0,4}}?{_TREATMENT}\b"""),
        unless_anywhere=_rx(rf"\?$|{_REFLECTION}")),
    # An unnamed professional brought in for the person: "with a licensed clinician".
    Rule("E3", "a-professional-for-you", _rx(
        r"""\b(?:with|to|from|by|see|find|get)\ (?:a|an|some)\ (?:\w+\ |\(\w+\)\ ){0,2}(?:therapist|counsel+or|psychologist|psychiatrist|clinician|professional|specialist|psychotherapist)s?\b(?=.*\byou)"""),
        unless_anywhere=_rx(
            r"""\?$|\b(?:i|we)\ (?:\w+\ )?(?:saw|went|talked|spoke|worked|had|found|got|was|am|have\ been)\b|\bmy\ (?:therapist|counsel+or|doctor)
            |(?:people|many|some|others|someone|anyone|folks|everyone)\ (?:\w+\ )?(?:who|that|find|choose|decide)|if\ you\ (?:do\ )?(?:decide|choose|want|ever\ want)""")),
    Rule("E3", "get-evaluated", _rx(r"""\b(?:get|getting|be|being)\ (?:\w+\ ){0,2}?(?:evaluated|assessed|screened|tested\ for|diagnosed)\b"""),
        unless_anywhere=_rx(rf"\?$|{_REFLECTION}|\b(?:i|we)\ (?:got|was|were)\b")),
    Rule("E3", "medication-change", _rx(
        r"""\b(?:ask|tell|talk\ to|speak\ to|speak\ with|check\ with)\ your\ (?:doctor|gp|psychiatrist|physician|prescriber|pharmacist)\ (?:about|to|for|if|whether)
        |\b(?:raise|raising|increase|increasing|lower|lowering|reduce|reducing|up|upping|double|doubling|adjust|adjusting|change|changing|stop|stopping|quit|quitting|come\ off|coming\ off|taper|tapering|start|starting|take|taking|switch|switching|skip|skipping)\ (?:your\ |the\ |an\ |some\ )?(?:dose|dosage|medication|meds|antidepressants?|ssris?|pills|prescription|lithium|sertraline|prozac|zoloft|xanax|fluoxetine|lexapro|melatonin)\b
        |\b(?:is|are|would\ be)\ (?:the|a)\ (?:right|best|good|effective|proven|recommended|first-line|standard|gold\ standard)\ (?:treatment|therapy|approach|medication|option)\ for\ (?:you|this|your|it)
        |\b(?:seek|get|find|consider|pursue|requires?|requiring|warrants?|needs)\ (?:some\ )?(?:professional|medical|clinical|psychiatric|psychological|expert)\ (?:help|support|advice|treatment|care|guidance|attention)"""),
        unless_anywhere=_rx(r"\?$|\bmy\ (?:doctor|psychiatrist)\b|\bi\ (?:started|stopped|took|had)\b")),

    # A dose stated ("Sertraline 50mg daily."), or a medicine named as what suits
    # the person ("So antidepressant is best for you."): whoever said it first.
    Rule("E3", "dose-or-medicine-for-you", _rx(
        rf"""\b{_MEDICATION}\ ?\d+(?:\.\d+)?\ ?(?:mg|mcg|ml|milligrams?)\b
        |\b\d+(?:\.\d+)?\ ?(?:mg|mcg|milligrams?)\b[^.!?]{{0,30}}\b(?:daily|a\ day|once|twice|every|per\ day|at\ night|in\ the\ morning|at\ bedtime)\b
        |\b{_MEDICATION}\b[^.!?,;]{{0,30}}?\b(?:best|right|good|ideal|perfect|what\ you\ need|the\ answer|the\ way\ to\ go)\ (?:\w+\ )?for\ you
        |\b{_MEDICATION}\ (?:is\ )?what\ (?:needs|has|ought)\ to\ be\ taken"""),
        unless_anywhere=_rx(r"\?$|\bi\ (?:take|took|am\ on|was\ on|started|stopped|had)\b|\bmy\ (?:doctor|gp|psychiatrist)\b")),

    # H1: commands and instructions -----------------------------------------
    Rule("H1", "you-modal", _rx(
        rf"""(?<!\bwhat\ )(?<!\bwhatever\ )(?<!\beverything\ )(?<!\banything\ )(?<!\ball\ )(?<!\bif\ )(?<!\bsorry\ )(?<!\bsorry\ that\ )(?<!\bwhen\ )(?<!\bwhenever\ )(?<!\bthings\ )(?<!\bshould\ )
        \byou\ {_ADVERB}(?:(?:will|would)\ {_ADVERB})?(?:need\ to|needs\ to|must|have\ to|has\ to|have\ got\ to|got\ to|ought\ to|should|should\ not|must\ not|had\ better|better(?=\ (?:not\ )?(?:{_IMPERATIVE_VERBS})\b)|will\ need\ to|will\ have\ to|will\ want\ to|are\ going\ to\ have\ to|are\ going\ to\ need\ to)\b"""),
        unless_at=_rx(
            rf"""you\ {_ADVERB}need\ to\ (?:feel|be)\ (?:\w+\ )?(?:safe|heard|accepted|comfortable|understood|supported|respected|loved|valued)
            |you\ {_ADVERB}(?:should|ought\ to)\ {_ADVERB}(?:be\ (?:\w+\ )?(?:proud|glad|happy|pleased|able|allowed|treated|respected|loved|heard|safe|free|okay|ok|fine|forgiven|supported|valued|comfortable)
                |feel\ (?:\w+\ )?(?:proud|good|free|safe|loved|heard|supported|valued|respected|comfortable|accepted|understood)|never\ have\ to|not\ have\ to|not\ need\ to|not\ feel\ (?:\w+\ )?(?:ashamed|guilty|bad|embarrassed|alone|stupid|weak|judge\w*)
                |not\ be\ (?:\w+\ )?(?:ashamed|embarrassed|alone|treated|blamed)|have\ (?:someone|people|support|a\ say|the\ right|been\ there|had)|not\ have\ had|get\ to|know\ (?:that\ )?you\ are\ (?:not\ alone|loved|enough|worth|valued|important))
            |you\ {_ADVERB}(?:must|have\ to|got\ to|have\ got\ to)\ {_ADVERB}(?:be\ (?:\w+\ )?(?!honest|careful|patient|firm|clear|assertive|willing|consistent|proactive|strong|brave|kind|gentle|open|ready|the\ one|more|less|better)\w+|have\ (?:been|felt|had|gone|done|seen|heard|other|so\ many|many|lots|a\ lot|some|such)|feel|really\ (?:miss|love|care)|miss|love|care|know\ how|wonder|think\ about\ (?:her|him|them|it)\ a\ lot)
            |you\ {_ADVERB}need\ to\ get\ (?:\w+\ )?off\ (?:of\ )?your\ chest
            |you\ {_ADVERB}(?:need\ to|have\ to|must)\ (?:know|remember|understand)\ (?:that\ )?(?:it\ (?:was|is)\ not\ your\ fault|you\ are\ (?:not\ alone|loved|enough|worth|not\ to\ blame)|none\ of\ (?:this|it)\ (?:was|is)\ your\ fault)
            |you\ {_ADVERB}have\ to\ (?:admit|say|wonder|laugh|go\ through|endure)|you\ {_ADVERB}had\ better\ believe|you\ are\ going\ to\ have\ to\ tell\ me"""),
        unless_anywhere=_rx(r"""\b(?:said|says|saying|told\ you|telling\ you|tells\ you|thinks|suggested|wants|recommended|advised|insists|insisting|believes|expects|expecting|demanding|demands)\ (?:that\ )?you\ (?:should|need|must|have\ to)
            |\b(?:does|do|did)\ not\ mean\ (?:that\ )?you\ (?:should|need\ to|must|have\ to)\b
            |\bwhether\ (?:or\ not\ )?you\ should\b
            |\byou\ (?:feel|felt|think|thought|believe|said|say|know|fear|are\ worried|are\ afraid)\ (?:like\ |that\ )?you\ (?:should|need\ to|must|have\ to|will\ need\ to|will\ have\ to)\b
            |\b(?:do\ not|never)\ (?:think|believe)\ (?:that\ )?you\ (?:should|need\ to|have\ to|must)\ (?:feel|be)\b""")),
    # Inclusive "we need to / we must + action" still directs the person.
    Rule("H1", "we-modal", _rx(
        rf"""(?<!\bif\ )(?<!\bbelieve\ )(?<!\blike\ )\bwe\ (?:all\ |really\ |just\ |both\ |definitely\ |first\ )*(?:need\ to|must|have\ to|got\ to|ought\ to|should)\ (?:all\ |just\ |really\ )?
        (?!remember|understand|know|recogni|reali[sz]e|accept|respond|talk|chat|be\b)(?:{_IMPERATIVE_VERBS})\b"""),
        unless_anywhere=_rx(r"\?$")),
    # "You need better friends": a need asserted for the person.
    Rule("H1", "you-need-thing", _rx(
        r"""(?<!\bwhat\ )(?<!\bwhatever\ )(?<!\beverything\ )(?<!\banything\ )(?<!\ball\ )(?<!\bif\ )(?<!\bwhen\ )(?<!\bthe\ )(?<!\blike\ )(?<!\bthat\ )(?<!\bsee\ )(?<!\bunless\ )
        \byou\ (?:really\ |definitely\ |just\ |also\ |both\ )?(?:need|needs)\ (?:a|an|some|more|less|better|new|space|time|rest|sleep|help|support|distance|boundaries)\b"""),
        unless_anywhere=_rx(r"\?$|\bif\ you\ (?:ever\ )?need\b")),
    Rule("H1", "imperative", _rx(rf"""{_CLAUSE_NO_COMMA}(?:{_IMPERATIVE_VERBS})\b(?!\ *[?])(?!ing|ed|s\b){_NOUN_SUBJECT}"""),
        unless_at=_rx(rf"{_CLAUSE_NO_COMMA}{_NOT_AN_ORDER}"),
        unless_anywhere=_rx(rf"{_SAFETY}|^(?:maybe|perhaps)\b.*\?$")),
    # The same after a comma ("If he calls again, tell him…").
    # The match starts at the clause before the comma, so the exception can
    # tell a list of verbs ("you can hang out, watch movies", "people cry,
    # laugh") from a new command ("If he calls again, tell him").
    # Exempt: a clause with a modal or "to" before a verb, a clause that is
    # itself a verb (the list goes on: "cry, laugh"), or one that starts with a
    # verb (flagged already if it was a command). A sentence opening with a
    # subordinate clause is matched from its start, and its first comma counts.
    # A clause is only tried from a delimiter, which keeps long input linear.
    Rule("H1", "imperative-after-comma", _rx(
        rf"""(?:^{_LEAD}(?:{_SUBORDINATOR})\b[^,;:?]*|(?:^|(?<=[,;:?]))[^,;:?]*),\ {_LEAD}(?!{_NOT_AN_ORDER})(?:{_IMPERATIVE_VERBS})\b(?!\ *[?])(?!ing|ed|s\b)(?!,){_NOUN_SUBJECT}"""),
        unless_at=_rx(rf"""(?!\ ?{_LEAD}(?:{_SUBORDINATOR})\b)\ ?
            (?:[^,;:?]*?\b(?:(?:can|could|may|might|would|should|must)\ |will\ (?:{_IMPERATIVE_VERBS})\b)
            |[^,;:?]*?\bto\ (?!(?:the|a|an|my|your|his|her|their|our|its|me|you|him|them|us|it|this|that|these|those|some|any|all|each|every|school|work|bed|church|class)\b)[a-z]+\b
            |(?:\w+\ )?(?:{_IMPERATIVE_VERBS})(?:\ (?:up|out|down|off|on|about|through|over|back|away))?,
            |{_LEAD}(?:{_IMPERATIVE_VERBS})\b)"""),
        unless_anywhere=_rx(rf"{_SAFETY}")),
    # Any clause-initial verb put on "your/yourself": "Clear your desk", "Love yourself".
    Rule("H1", "imperative-your", _rx(
        rf"""{_CLAUSE}(?!{_NOT_A_VERB}\b)(?![a-z]+(?:ing|ed|ly|[^s]s)\b)(?![a-z]{{3,}}(?:ance|ence|ness|ment|tion|sion|ity|ship|hood|ful|ous)\b)[a-z]+\ (?:your|yourself|yourselves)\b"""),
        unless_at=_rx(rf"{_CLAUSE}(?:{_CONVERSATIONAL})"),
        unless_anywhere=_rx(rf"\?$|\b{_CRISIS_RESOURCE}\b")),
    Rule("H1", "have-a-talk", _rx(
        rf"""{_CLAUSE}have\ (?:a|an|some)\ (?:\w+\ ){{0,3}}?(?:conversation|talk|chat|discussion|period|break|look|heart-to-heart|word)\b"""),
        unless_anywhere=_rx(r"\?$")),
    Rule("H1", "directive-frame", _rx(
        r"""\b(?:the\ (?:best|first|only|right|next|most\ important|important|main|key|smart|wise|healthiest|second|third|final|last)\ (?:thing|step|way|option|approach|course\ of\ action|move|solution|advice|answer)
            (?:\ (?:\w+\ ){0,6}?)?\ ?(?:is|would\ be|should\ be)\ (?:to\b|\w+ing\b|that\ you\b|by\ \w+ing\b)
        |the\ (?:first|second|next|third|final)\ part\ (?:\w+\ ){0,4}?is\ (?:to\b|\w+ing\b)
        |(?:a|another|the)\ (?:good|great|helpful|useful|better|healthy|healthier|smart|wise|first)\ (?:way|step|idea|thing|approach|option|place\ to\ start|starting\ point|first\ step)\ (?:\w+\ ){0,4}?(?:is|would\ be)\ (?:to\b|\w+ing\b|by\ \w+ing\b)
        |the\ best\ (?:way|thing|step)\ (?:\w+\ ){0,6}?(?:is|would\ be)\ by\ \w+ing\b|the\ (?:best|only|most\ important)\ (?:thing|step)\ (?:\w+\ ){0,4}?(?:can|could)\ do\ (?:for\ \w+\ )?(?:is|would\ be)\ (?:to\ |just\ |simply\ )?\w+
        |if\ i\ were\ you|in\ your\ (?:shoes|position|place),?\ i\ would|^ideally,?\ you\ (?:would|should|could)
        |what\ you\ (?:\w+\ )?need\ (?:to\ do\ )?(?:is|now\ is)\b|what\ you\ (?:have|ought)\ to\ do\ is
        |my\ (?:\w+\ )?(?:advice|suggestion|recommendation|tip|encouragement|piece\ of\ advice)(?:\ (?:to|for)\ you)?(?:\ (?:is|would\ be)\ (?:for\ you\ )?(?:to|that)\b|:)
        |(?:suggestion|suggestions|encouragement|advice|recommendation|recommendations|tip|tips)\ (?:\w+\ ){0,4}?(?:is|are|would\ be)\ (?:to\b|that\ you)
        |(?<!may\ )(?<!can\ )(?<!could\ )i\ (?:would\ |will\ |do\ )?(?:strongly\ |highly\ |really\ |definitely\ |also\ |gently\ |not\ |never\ |often\ |usually\ |always\ |generally\ |typically\ |sometimes\ |frequently\ )?(?:suggest|recommend|encourage|advise|urge|invite|challenge)(?!\w)(?!\ (?:asking|you\ (?:ask|tell)\ me|talking\ (?:to|with)\ me))
        |i\ would\ (?:\w+ly\ |also\ |very\ )*(?:suggest|recommend|encourage|advise|urge)\b
        |(?:can|may|could|might)\ i\ (?:suggest|recommend)\ (?:that\ )?you\b|i\ would\ (?:\w+\ )?say\ to\ (?:just\ )?(?:try|give|go|talk|tell|get|make|take|find|start|stop|let|keep|be|ask|leave|focus)\b
        |i\ would\ (?:\w+ly\ )?(?:like|love)\ to\ (?:encourage|suggest|recommend|invite|challenge|urge|ask)\ you
        |i\ (?:want|need|would\ like|would\ love)\ (?:for\ )?you\ to\ (?!know\b|tell\ me|share|feel\ (?:free|comfortable|safe))
        |\bmake\ sure\ (?:you|to|that\ you)\b|\bbe\ sure\ to\b
        |it\ is\ (?:really\ |very\ |so\ |also\ |\w+ly\ )?(?:important|essential|crucial|vital|key|imperative|necessary|critical|wise|advisable|best|paramount)(?:\ \w+){0,4}?\ (?:that\ you|to)\b(?!\ me\b)
        |it\ (?:is|(?:will|would)\ (?:also\ |really\ |probably\ |definitely\ |certainly\ )?be|is\ going\ to\ be)\ (?:\w+\ ){0,2}?(?:good|helpful|useful|beneficial|smart|better|for\ the\ best|a\ good\ (?:idea|thing|step|start|move)|a\ great\ (?:idea|thing|step)|worth\ it)(?:\ for\ you(?:\ (?:both|two|all))?)?\ to\ (?!hear|know|see\ you|meet|talk\ to\ you|have\ you)
        |it\ (?:will|would)\ (?:really\ |also\ )?help\ (?:you\ )?(?:to\b|if\ you\b)
        |(?:good|great|important|helpful|useful|wise|essential|necessary|best|better)\ (?:\w+\ ){0,2}for\ you\ (?:both\ |two\ |all\ )?to\ (?!hear|know)
        |is\ (?:a\ )?(?:much\ |far\ |way\ )?(?:better|healthier|more\ (?:effective|helpful|productive))\ (?:approach|way|option|idea|strategy)\ than
        |it\ is\ time\ (?:for\ you\ )?to\b)"""),
        # A question that asks ("Do you think it would help to…?") directs nothing.
        unless_anywhere=_rx(r"\bit\ is\ (?:important|essential)\ to\ me\b|^(?:well,?\ )?(?:maybe|perhaps)\b.*\?$|^(?:what|how|which|when|where|who|do|does|did|have|has|is|are|can|could|would|will|may|might)\b.*\?$")),
    # Rhetorical questions that tell: "Why don't you just…?", "Why not…?", "Wouldn't it be best to…?"
    # An action put first and called important: "Learning to forgive
    # yourself is so important", "Just writing these down is a key first step".
    Rule("H1", "doing-is-important", _rx(
        rf"""^{_LEAD}(?!(?:no|some|any|every)thing|thing|during|bring|morning|evening|ceiling|sibling|wedding|spring|string|king|ring|nothing)[a-z]+ing\b(?:\ [^\s,;]+){{0,10}}?\ (?:is|are|will\ be|would\ be|becomes)\ (?:also\ |really\ |very\ |so\ |extremely\ |incredibly\ |absolutely\ |most\ |especially\ |just\ |often\ )*
        (?:important|essential|crucial|key|vital|necessary|imperative|paramount|critical|a\ must)\b"""),
        unless_anywhere=_rx(r"\?$|\bfor\ (?:me|him|her|them)\b|\bto\ (?:me|him|her|them)\b")),
    Rule("H1", "rhetorical-telling", _rx(
        r"""\b(?:why\ (?:do\ not|not)\ you\ (?:just\ )?(?!tell\ me|say\ more|share)\w+
        |why\ not\ (?:just\ )?(?!me\b|you\b|both\b|\?)\w+|(?:would|could)\ (?:not\ )?it\ (?:not\ )?be\ (?:best|better|wise|smarter|a\ good\ idea)\ to
        |i\ do\ not\ see\ (?:why|what\ is\ stopping)\ you\ (?:can\ not|could\ not|should\ not|would\ not|do\ not|from))""")),
    # Advice put as what the speaker would do: "I'd give her a little time",
    # "I would ask his friends". Feelings, wishes and opinions ("I would be
    # scared too", "I would love to hear", "I would think so") and past
    # habit ("when I was…, I would go for walks") are not advice.
    Rule("H1", "i-would-do", _rx(
        rf"""\b(?:i\ (?:would|d)|id)\ (?:also\ |probably\ |first\ |definitely\ |personally\ |just\ |really\ |then\ |still\ |strongly\ |seriously\ |now\ )*
        (?!(?:say|think(?!\ (?:about|through|over)\ (?:how|what|whether|if|ways|your|the))|imagine|guess|love|like|hate|be|have|feel|want|need|know|understand|hope|wish|agree|bet|appreciate|expect|believe|trust|miss|worry|wonder|assume|suspect|venture|rather|never|not|prefer|remember|go\ crazy|cry|laugh|smile|hug|listen\ to\ you|ask\ you|tell\ you|help\ you|love\ to)\b)
        (?:{_IMPERATIVE_VERBS})\b(?!ing|ed)(?!\ (?:you|that|it)\b(?!\ (?:to|a|an)\b))"""),
        unless_anywhere=_rx(r"""\?$|\bif\ i\ (?:would|d)\b|\b(?:decided|thought|figured|said|promised|knew|realized|hoped|wished|told\ \w+)\ (?:that\ )?i\ (?:would|d)\b|\b(?:when|whenever|back\ when|as\ a\ (?:kid|child|teen|teenager))\ (?:i|we)\ (?:was|were|am|had|got|felt|lived)\b|\bused\ to\b|\b(?:years|months|weeks)\ ago\b|\bwhen\ i\ (?:was|felt|got|had)\b|\bi\ (?:would|d)\ (?:\w+\ ){0,3}(?:too|as\ well)(?:[.!]|$)""")),
    # "It is not healthy for you to…", "It's important that they know…".
    Rule("H1", "it-is-good-for-you", _rx(
        r"""\bit\ is\ (?:\w+ly\ |also\ |very\ |so\ |really\ )?(?:not|never)\ (?:\w+ly\ |very\ |so\ |really\ )?(?:healthy|good|wise|helpful|safe|smart|okay|ok|fair\ to\ yourself)\ for\ you\ to\b
        |\bit\ is\ (?:\w+ly\ |also\ |very\ |so\ |really\ )?unhealthy\ for\ you\ to\b
        |\bit\ is\ (?:really\ |very\ |so\ |also\ |\w+ly\ )?(?:important|essential|crucial|vital|necessary|imperative|critical)\ that\ (?:you|your|they|he|she|both\ of\ you|the\ two\ of\ you|each\ of\ you)\b"""),
        unless_anywhere=_rx(r"\?$|^(?:is|was|would|do|does)\b|\bthat\ (?:you|they|he|she)\ (?:know|understand|feel|hear)\ (?:that\ )?(?:you\ are|it\ is|this\ is)\ not\b")),
    # The one thing that matters, named as an action: "The key is to…",
    # "The most important action you can take is validating…".
    Rule("H1", "the-key-is", _rx(
        r"""\bthe\ (?:(?:real\ |whole\ |main\ |only\ )?(?:key|secret|trick)|(?:most\ |more\ |really\ )?important\ (?:part|thing|piece|action|step|work|task)|(?:best|first|next|main|only|single\ most\ important)\ (?:action|part|piece|task|work|place\ to\ start|strategy|tool|medicine|remedy|cure))
        (?:\ (?:(?!is\b|are\b|was\b)\w+\ ){0,8}?)?\ ?(?:is|would\ be|will\ be|here\ is)\ (?:simply\ |just\ |really\ |always\ |probably\ |often\ )?(?:to\b|\w+ing\b|by\ \w+ing\b|that\ you\b)"""),
        unless_anywhere=_rx(r"\?$|^(?:what|how|which)\b|\bpart\ of\ the\ (?:key|secret|trick)\b")),
    # "Might as well let it go": an instruction, however casual.
    Rule("H1", "might-as-well", _rx(
        rf"""(?:^|[,;:]\ |\b(?:you|so|then|and)\ )(?:just\ )?might\ as\ well\ (?:just\ )?(?:{_IMPERATIVE_VERBS})\b"""),
        unless_anywhere=_rx(r"\?$|\b(?:i|we)\ might\ as\ well\b")),
    # A comforting formula and then an instruction: "Take care of yourself
    # and seek support", "Stay strong and leave him".
    Rule("H1", "and-imperative", _rx(
        rf"""^{_LEAD}(?:{_IMPERATIVE_VERBS})\b[^,;:?]{{0,40}}?(?<!\btry)\ and\ (?:then\ |also\ |just\ )?(?!{_CONVERSATIONAL})(?!be\b|remember\ that\ you\ are\b)(?:{_IMPERATIVE_VERBS})\b(?!ing|ed|s\b){_NOUN_SUBJECT}"""),
        unless_anywhere=_rx(rf"\?$|{_SAFETY}|^{_LEAD}(?:do|does|did|is|are|can|could|would|will|have|has)\ (?:you|i|we|they|he|she|it|there)\b")),

    # Spanish answers (CounselChat has some): the same instructions in the
    # tú/ustedes imperative and the usual directive frames. Only sentences
    # that read as Spanish are checked, so English words are never hit.
    Rule("H1", "spanish-directive", _rx(
        rf"""^(?=(?:.*?\b(?:que|los|las|tu|tus|una|para|por|con|es|el|del|muy|más|te|se|lo|y|en)\b){{2}}|.*?[áéíóúñ¿¡])
        (?:.*?(?:^|[,;:]\ |\b(?:y|pero|también|primero|luego|además|entonces|solo)\ )
            (?:{_SPANISH_IMPERATIVE})\b
        |.*?\b(?:(?<!no\ )(?:es|será|sería)\ (?:muy\ |también\ |tan\ )?|lo\ (?:más\ )?)(?:importante|clave|esencial|necesario|útil|recomendable|fundamental)\ (?:es\ )?(?:que\ \w+|\w+(?:ar|er|ir|arte|erte|irte|arse))\b
        |.*?\b(?:(?:te|les|le|yo)\ )?(?:sugiero|recomiendo|aconsejo|invito|animo)\b
        |.*?\b(?:una\ buena\ manera|la\ mejor\ manera|el\ secreto|la\ clave|el\ primer\ paso|lo\ mejor)\ (?:es|está\ en|sería|seria)\ \w+(?:ar|er|ir|arte|erte|irte|arse)\b
        |.*?\b(?:debes|deberías|deben|deberían|tienes\ que|necesitas)\ (?:de\ )?\w+(?:ar|er|ir|arte|erte|irte)\b)"""),
        unless_anywhere=_rx(r"\?$|^¿")),
    Rule("E3", "spanish-treatment", _rx(
        r"""^.*?\b(?:busca|buscar|busquen|encontrar|encuentra|consulta|consultar|contacta|contactar|habla\ con|hablar\ con|asistir\ a|hacer|considera|acudir\ a|ver\ a)\ (?:\w+\ ){0,3}?
        (?:terapia|terapeuta|terapista|consejer[oa]|consejería|psicólog[oa]|psicologo|psiquiatra|profesional\ de\ la\ salud|médico|medico)\b"""),
        unless_anywhere=_rx(r"\?$|^¿")),
    Rule("E1", "spanish-practitioner", _rx(
        r"""\b(?:mis\ (?:clientes|pacientes)|en\ mi\ (?:consultorio|práctica|oficina)|(?:consejeros|terapeutas|psicólogos)\ (?:profesionales\ )?estamos|como\ (?:consejer[oa]|terapeuta|psicólog[oa])\ (?:he|yo)|he\ observado\ que)\b""")),

    # H2: superior knowledge, deference --------------------------------------
    Rule("H2", "deference", _rx(
        r"""\b(?:trust\ me|believe\ me|take\ it\ from\ me|listen\ to\ me|mark\ my\ words|do\ as\ i\ say|you\ (?:\w+\ )?better\ listen|i\ am\ telling\ you|let\ me\ tell\ you
        |i\ know\ (?:what\ is\ |what's\ )?(?:best|better|right)\ for\ you|i\ know\ better|i\ know\ more\ than\ you|i\ know\ what\ you\ (?:need|should|have\ to|must)
        |you\ are\ (?:just\ |simply\ |completely\ |totally\ |so\ |really\ |dead\ )?(?:wrong|mistaken|being\ (?:silly|ridiculous|irrational|dramatic|unreasonable))|you\ were\ wrong
        |that\ is\ (?:wrong|not\ true|not\ how\ it\ works)
        |the\ (?:truth|reality|fact|real\ problem|real\ issue|bottom\ line)\ (?:is|of\ the\ matter\ is)\b(?!,?\ (?:that\ )?(?:i|we|there)\b)|what\ is\ really\ going\ on\ is|what\ you\ really\ (?:need|want|mean)\b
        |(?<!if\ )you\ do\ not\ (?:really\ )?(?:understand|know\ what\ you\ are|get\ it|see\ it)|you\ have\ to\ (?:understand|realize|accept)\ that|you\ need\ to\ (?:hear|understand|realize)\ this
        |i\ assure\ you|i\ guarantee|i\ promise\ you\ (?:that\ )?(?:it|this|things)\ will|i\ am\ (?:sure|certain|positive)\ (?:that\ )?you\ (?:are|will|can)\ (?:wrong|fine)
        |(?:obviously|clearly)\ you\ (?:\w+\ )?(?:need|have\ to|must|should|are\ (?:not|wrong)|do\ not|can\ not|know)|you\ obviously|you\ clearly\ (?:do\ not|need|have\ to|are\ not)|(?<!let\ us\ )face\ (?:it|the\ facts)|(?<!you\ )(?<!\bi\ )(?<!we\ )(?<!they\ )(?<!to\ )(?:wake|grow)\ up(?!\ (?:in|at|early|with|and|every|each|the|to|from|feeling|next|one))
        |you\ are\ (?:making|jumping\ to)\ (?:\w+\ )?(?:assumptions|conclusions)|that\ is\ (?:just\ )?(?:your\ )?(?:ego|excuse)|you\ are\ overthinking)\b""")),
    # Claiming to see the person's hidden truth, or to have seen it all before.
    Rule("H2", "knows-hidden-truth", _rx(
        r"""\b(?:deep\ down,?\ (?:you|inside)|you\ know\ (?:deep\ down|in\ your\ heart)
        |the\ real\ (?:reason|problem|issue|cause|story|question)\b(?!\ is\ (?:i|we)\b)|what\ is\ really\ (?:going\ on|happening|bothering\ you)
        |(?:what|this|that|it)\ is\ not\ (?:really\ )?what\ is\ (?:really\ )?(?:going\ on|happening)
        |^(?:no,?\ |but\ |well,?\ |honestly,?\ )?(?:that|this|it)\ is\ (?:just\ |simply\ |really\ )?not\ (?:the\ case|true|correct|accurate|right)(?:\ at\ all)?(?:[.!,]|$|\ because\b)
        |^no,\ (?:that|it|this)\ is\ not\b
        |you\ are\ not\ seeing\ (?:this|it|things|that|the\ situation)\ clearly|not\ seeing\ (?:this|it|things)\ clearly,?\ but\ i
        |(?:of\ which|that)\ you\ are\ not\ (?:even\ )?aware|(?<!if\ )you\ are\ not\ (?:even\ )?aware\ (?:of|that)
        |i\ (?:have|had)\ seen\ (?:this|it|that|these)\ (?:\w+\ ){0,2}?(?:a\ hundred|a\ thousand|a\ million|hundreds\ of|thousands\ of|countless|so\ many|too\ many|dozens\ of|many)\ times
        |i\ can\ not\ stress\ (?:this|that|it|enough)|you\ know\ i\ am\ right|i\ am\ right\ about
        |you\ (?:did|did\ not|do\ not|never)\ (?:\w+\ ){1,3}because\ you\ (?:were|are|have|had|felt|feel)
        |(?:is|are)\ (?:caused|driven|fueled|rooted)\ (?:by|in)\ your\b
        |points?\ to\ (?:\w+\ ){0,3}being\ an?\ (?:issue|problem)\ for\ you
        |(?<!you\ )(?<!if\ )\btells?\ me\ (?:that\ )?(?:you|your)\b(?!\ (?:think|feel|want|care|love|are\ (?:feeling|thinking|worried|scared|afraid|hurting)))|my\ (?:guess|hunch|sense|bet|read)\ is\ (?:that\ )?(?:you|your)\b
        |^no,?\ you\ (?:did|do|are|were|have|will|can)\ not\b
        |(?<!what\ )(?:is|are)\ (?:what\ is\ |really\ |probably\ |just\ )?(?:getting\ in\ the\ way\ of\ you|holding\ you\ back|keeping\ you\ (?:from|stuck)|stopping\ you\ from)
        |will\ not\ (?:resolve|fix|solve|cure)\ (?:your|the|this|anything)
        |(?:is|are)\ (?:just\ |simply\ )?not\ going\ to\ work)"""),
        unless_anywhere=_rx(r"\?$")),

    # What is "really" behind the person's life, told to them: "The anxiety
    # is the underlying issue", "where you are now is because of what fear did
    # to you", "Whether you know it or not, you need…".
    Rule("H2", "asserts-their-truth", _rx(
        r"""\b(?:(?:is|are)\ (?:the|your)\ (?:underlying|root|real|core|true|actual|deeper|main)\ (?:issue|problem|cause|reason)s?\b(?!\ of\ (?:many|most|a\ lot|so\ many|much|all|other))
        |whether\ you\ (?:know|realize|realise|like|believe|see|admit|want\ to\ admit)\ it\ or\ not
        |there\ is\ (?:obviously|clearly)\ (?:something|more|a\ (?:reason|part))\b
        |the\ way\ it\ (?:goes|works)\ is\ (?:that\ )?(?:you|your|all)
        |(?:is|are)\ (?:all\ )?(?:because\ of|due\ to|caused\ by)\ (?:what\ \w+\ did\ to\ you|your\ (?:own\ )?(?:fear|insecurit\w+|past|childhood|trauma|anxiety|low\ self)))"""),
        unless_anywhere=_rx(r"\?$|^(?:is|are|was|could|might|do|does)\b")),
    # Telling the person they are wrong, or what is (not) right for them:
    # "I don't think that's the case", "She clearly isn't right for you",
    # "You're being selfish".
    Rule("H2", "tells-them-wrong", _rx(
        r"""\bi\ do\ not\ (?:think|believe)\ (?:that\ )?(?:that|this|it)\ is\ (?:really\ )?(?:the\ case|true|right|correct|accurate|fair|how\ it\ works)\b
        |(?<!if\ )(?<!whether\ )\b(?:he|she|they|this|that|it)\ (?:is|are)\ (?:clearly\ |obviously\ |just\ |simply\ |definitely\ )?not\ (?:right|good|meant|the\ one|worth\ it)\ for\ you\b
        |\b(?:he|she|they|it|this|that|your\ \w+)\ (?:clearly|obviously)\ (?:is\ not|are\ not|does\ not|do\ not|did\ not|has\ no|have\ no|will\ not|can\ not|never)\b
        |(?<!if\ )(?<!not\ )\byou\ (?:are|were)\ (?:being\ )?(?:so\ |too\ |very\ |a\ bit\ |a\ little\ |really\ |just\ )?(?:selfish|immature|childish|naive|naïve|stubborn|unfair|hypocritical|lazy|petty|irrational|unreasonable|dramatic|ridiculous|silly|paranoid|overly\ \w+)\b"""),
        unless_anywhere=_rx(r"""\?$|^(?:is|are|was|were|do|does|did|am|could|would)\b|\b(?:feel|felt|think|thought|worry|worried|afraid|scared|fear|wonder|say|said|says|called|call|accuse\w*|told|tells|believe|believes|seem\ to\ think)\ (?:\w+\ ){0,3}?(?:like\ )?(?:that\ )?you\ (?:are|were)\b|\byou\ are\ not\ being\b""")),
    # A conditional verdict on the person's life: "You can't stop being
    # angry until you…", "Sulking is only going to delay things",
    # "Nagging him is just going to make it worse".
    Rule("H2", "verdict-on-outcome", _rx(
        r"""\byou\ (?:can\ not|will\ not|will\ never|are\ not\ going\ to|never\ will)\ (?:\w+\ ){1,6}?(?:until|unless)\ you\b
        |\b(?:is|are|will\ be)\ (?:only|just|simply)\ (?:going\ to\ )?(?:make|delay|hurt|push|keep|cause|drive|fuel|feed|prolong|increase|add\ to|set\ you\ back)\b(?!\ (?:you|it|things|this)\ (?:stronger|better|easier))
        |\b(?:is|are|will)\ (?:just\ |only\ )?(?:going\ to\ )?make\ (?:\w+\ ){0,3}?worse\b
        |\bas\ long\ as\ you\ (?:\w+\ ){1,8}?you\ will\ (?:never|not)\b"""),
        unless_anywhere=_rx(r"\?$|^(?:is|are|was|will|would|do|does|can|could)\b|\bif\ (?:you|we|i)\ (?:do\ not|can\ not)\b")),

    # H3: competition and minimising -----------------------------------------
    Rule("H3", "minimise", _rx(
        r"""\b(?:at\ least\ (?!you\ (?:will\ )?know\ where\ you\ stand)(?:you|your|it|he|she|they|there|that|this|you\ have|you\ are|you\ still|nobody|no\ one)
        |i\ (?:had|have\ had|went\ through|have\ been\ through)\ (?:it\ |much\ |way\ |far\ |so\ much\ |a\ lot\ )*(?:worse|harder)
        |(?:others|other\ people|some\ people|many\ people|people|plenty\ of\ people|lots\ of\ people|some|kids\ in\ \w+)\ (?:\w+\ )?(?:have|had|are\ in)\ it\ (?:much\ |way\ |far\ |a\ lot\ )?(?:worse|harder|tougher)
        |(?:it|things|that|this)\ (?:could|can)\ (?:always\ )?(?:be|have\ been)\ (?:so\ much\ |much\ |a\ lot\ |way\ )?worse|could\ be\ worse|worse\ things\ (?:happen|have\ happened)
        |(?:that|it|this)\ is\ (?:really\ |honestly\ |just\ |actually\ |truly\ )?(?:nothing|no\ big\ deal|not\ a\ big\ deal|not\ (?:that|so|as|all\ that)\ (?:bad|big|serious|hard|terrible|important)|just\ a\ phase|only\ a\ phase|a\ first\ world\ problem)
        |no\ big\ deal|not\ a\ big\ deal|(?<!if\ )(?<!if\ it\ )(?:is|would\ be|will\ be)\ not\ the\ end\ of\ the\ world|you\ are\ (?:lucky|so\ lucky|fortunate)\b(?!\ to\ have\ (?:found|me))|(?<!to\ )be\ (?:grateful|thankful)\ (?:for|that)|count\ your\ blessings
        |(?<!to\ )(?<!struggling\ )get\ over\ it(?!.*\?$)|(?:just\ )?move\ on\ already|you\ are\ overreacting|you\ are\ too\ sensitive|(?:it|that)\ is\ all\ in\ your\ head|first\ world\ problems?
        |you\ think\ that\ is\ bad|try\ having|imagine\ how\ (?:\w+\ ){1,3}feel\w*|think\ of\ (?:all\ )?(?:those|the\ people|people)\ who|there\ are\ people\ (?:who\ have\ it|starving|dying)
        |it\ is\ (?:just|only)\ (?:a|one)\ (?:\w+\ ){0,2}(?:breakup|job|test|exam|grade|game|dog|cat|pet|girl|boy|guy|argument|fight|bad\ day)
        |(?:just|only)\ a\ phase|could\ have\ been\ worse|you\ will\ get\ over\ (?:it|him|her|this)
        |(?:know|knows|understand|learn\w*)\ what\ (?:real|true)\ (?:loss|pain|suffering|grief|hardship|trauma|struggle|problems?)\ (?:is|are|looks?\ like)
        |(?:kill|die)\ (?:to|for)\ (?:have\ )?(?:your|a\ life\ like\ yours)|not\ like\ (?:anyone|anybody|someone|somebody)\ (?:died|is\ dying|has\ died)
        |(?:this|that|it|these|those)\ (?:is|are)\ (?:\w+\ )?(?:small|little|minor|petty|trivial)\ (?:stuff|potatoes|problems|issues)|in\ the\ grand\ scheme
        |not\ (?:even\ )?worth\ (?:being|getting)\ (?:\w+\ )?(?:upset|worked\ up|sad|angry|stressed)|without\ (?:any|some|a|good|real)\ (?:cause|couse|reason)
        |(?:making|make)\ (?:such\ )?a\ (?:big\ )?deal\ (?:out\ )?of\ (?:nothing|this)|mountain\ out\ of\ a\ molehill|blowing\ (?:this|it)\ out\ of\ proportion)\b""")),
]


# Sentences of the kinds PRINCIPLES.md lets pass by name. The rules carry these
# as exceptions; the learned layer, which sees only words, defers to them.
EXPLICIT_PASS = re.compile(
    r"""^(?:you\ (?:should|ought\ to)\ (?:really\ |be\ so\ |feel\ )*(?:be\ )?proud|you\ should\ not\ have\ to
    |(?:tell\ me|take\ your\ time|go\ on|say\ more|take\ care|hang\ in\ there)\b)
    |\bmy\ (?:therapist|counsel+or|doctor|psychiatrist)\ (?:once\ )?(?:told|said|suggested|helped|asked)
    |\bi\ am\ not\ (?:an?\ )?(?:expert|professional|therapist|doctor)""", re.VERBOSE)
