"""The guard rules' shared vocabulary: regular-expression fragments (professions,
medication, treatments, clinical labels, imperative verbs, clause marks, the
conversational formulas that only look like orders, the safety message) that
the rules in ``guard_rules_*`` are built from. Written for ``re.VERBOSE``:
spaces that count are escaped."""
from __future__ import annotations

from .vocabulary import CLINICAL_LABELS, EMERGENCY_NUMBERS, INSTRUCTION_LEAD_WORDS, INSTRUCTION_VERBS, WHY_DONT, alternatives

_PROFESSION = r"""(?:therapists?|counsel+ors?|psychologists?|psychiatrists?|psychotherapists?|clinicians?
    |social\ workers?|doctors?|physicians?|nurses?|life\ coach(?:es)?|coach(?:es)?|experts?|professionals?
    |mental\ health\ (?:professional|provider|counsel+or|worker|specialist|clinician)s?|specialists?|practitioners?
    |gps?|general\ practitioners?|p(?:a)?ediatricians?|neurologists?|pharmacists?|paramedics?|midwi(?:fe|ves)|psychiatric\ nurses?|support\ workers?|case\ workers?|caseworkers?)"""

# Fields a helping profession works in, said as where one worked ("twelve
# years in mental health", "my years on the helpline", "having worked in
# addiction services"): the worker's side only, not where a patient goes.
_CARE_FIELD = r"""(?:mental\ health|addiction(?:\ \w+)?|substance\ (?:use|misuse)\ services|psychiatry|psychology|social\ work|social\ care
    |counsel+ing|psychotherapy|(?:the\ |a\ )?(?:crisis\ )?helplines?|(?:the\ |a\ )?crisis\ (?:team|line|work|services)|nursing|medicine|general\ practice
    |(?:the\ |a\ )?(?:psych\ |psychiatric\ |mental\ health\ )(?:ward|unit|team|services)|child\ protection|youth\ work|care\ work|a\ hospice|palliative\ care
    |hr|human\ resources|the\ nhs|the\ prison\ service|prisons|probation|the\ police|policing|social\ services|the\ field|this\ field|(?:the\ |a\ )?(?:gp\ )?(?:clinic|surgery|practice)|(?:the\ |a\ )?(?:\w+\ )?support\ services|safeguarding|recovery\ services)"""

# Medication: classes and the handful of names people say aloud (E3).
_MEDICATION = r"""(?:medications?|meds|anti-?depressants?|anti-?anxiety\ (?:meds|medication)|ssris?|snris?|benzo(?:diazepine)?s?
    |mood\ stabili[sz]ers?|antipsychotics?|prescriptions?|(?:higher|lower|bigger|smaller|different)\ dose
    |lithium|sertraline|zoloft|prozac|fluoxetine|lexapro|escitalopram|citalopram|celexa|paxil|wellbutrin|bupropion
    |effexor|venlafaxine|cymbalta|xanax|ativan|klonopin|valium|adderall|ritalin|seroquel|abilify|lamictal|trazodone
    |mirtazapine|duloxetine|paroxetine|diazepam|lorazepam|propranolol|beta[- ]blockers?|pregabalin|quetiapine|aripiprazole|lamotrigine
    |methylphenidate|elvanse|vyvanse|concerta|zopiclone|sleeping\ (?:pills|tablets)|melatonin)"""
# Supplements and remedies sold as a cure (E3 when put to the person's trouble).
_REMEDY = r"""(?:magnesium|ashwagandha|cbd(?:\ oil)?|st\.?\ john'?s\ wort|valerian(?:\ root)?|5-?htp|omega-?3s?|fish\ oil|kava|l-?theanine|saffron\ (?:pills|capsules|supplements)
    |lavender\ (?:pills|capsules|oil)|rhodiola|passionflower|chamomile\ (?:pills|capsules)|(?:herbal\ )?supplements?)"""

# Treatments and professional help (E3).
_TREATMENT = rf"""(?:(?:\w+\ ){{0,2}}(?:\w*therapy|\w*therapies|\w*therapists?|counsel+ing|counsel+ors?|psychologists?|psychiatrists?|clinicians?
    |psychotherapists?|psychotherapy|mental\ health\ (?:professional|provider|counsel+or|specialist|services|support)s?
    |professional\ (?:help|support|counsel+ing|advice)|(?:a|another)\ professional|qualified\ (?:help|support|professional|therapist|counsel+or)|medical\ (?:help|attention|advice|professional)
    |doctors?|physicians?|gp|{_MEDICATION}
    |cbt|dbt|emdr|cognitive\ behaviou?ral|cognitive\ restructuring|behaviou?ral\ activation|exposure\ (?:therapy|work|exercises)
    |(?:inpatient|outpatient|residential)\ (?:program|treatment|care|facility|stay)|rehab|detox|treatment|psychiatric\ (?:help|care)
    |(?:someone|somebody|a\ person|people)\ (?:who|that)\ (?:speciali[sz]es?|is\ trained|are\ trained)\ in|mindfulness[- ]based\ \w+(?:\ \w+)?|mbsr|msbr
    |(?:adhd|autism|asd|psych\w*|mental\ health|diagnostic|medical)\ (?:assessment|evaluation|eval|screening|referral)s?|psych\ evals?
    |(?:a\ )?referral\ to\ (?:the\ |a\ )?(?:\w+\ ){{0,3}}(?:team|service|services|clinic|specialist)|(?:community\ )?mental\ health\ team|cmht
    |relaxation\ (?:techniques?|training|exercises)|progressive\ muscle\ relaxation|guided\ imagery
    |employee\ assistance\ program|eap|support\ groups?\ (?:for|led\ by)\ \w+|sex\ therapists?|couples?\ (?:therapy|counsel+ing)|marriage\ counsel+(?:ing|ors?)))"""

# A professional or a treatment as the one that acts for the person ("a
# therapist could...", "the right medication would..."): E3 when it is said
# to help them.
_HELPER = rf"""(?:\w*therapists?|\w*therapy|\w*therapies|counsel+ors?|counsel+ing|psychologists?|psychiatrists?|doctors?|gp|physicians?
    |{_MEDICATION}|meds?|pills|(?:psychiatric\ )?(?:treatment|assessment|evaluation)|professionals?|specialists?|clinicians?
    |someone\ (?:trained|qualified)|cbt|dbt|emdr|rehab|melatonin|{_REMEDY}|(?:support|therapy|bereavement|caregiver|recovery)\ groups?|(?:treatment|recovery|management)\ programs?
    |(?:a\ (?:stint|spell|stay|week|month|while)\ (?:in|at|on)\ )?(?:an?\ )?(?:inpatient|outpatient|residential|day|rehab|detox|psychiatric)\ (?:programmes?|programs?|stays?|units?|clinics?|facilit(?:y|ies)|care|wards?)
    |inpatient\ stay|nicotine\ patch(?:es)?|beta[- ]blockers?|sleeping\ (?:tablets|pills)|tablets|support\ workers?|marriage\ guidance|(?:psychodynamic|therapeutic)\ work|something\ for\ (?:your|the)\ (?:nerves|anxiety|sleep|mood|depression|pain))"""

# Clinical labels (E2). Plain feeling words (sad, anxious, depressed, stressed) are not here.
# ...the shared ones (vocabulary), and more of the guard's own: traumas,
# addictions, attachment and thinking-style labels, any "... disorder".
_MORE_CLINICAL = r"""clinical(?:ly)?\ depress\w*|major\ depressive|depressive\ (?:disorder|episode)s?|mania|hypomani\w+|manic\ episode|disordered\ eating|selective\ mutism
    |c-?ptsd|post[- ]?traumatic|trauma\ (?:response|bond\w*|reaction)s?|(?:un)?resolved\ trauma
    |childhood\ trauma|trauma|obsessive[- ]compulsive|(?:generali[sz]ed|social)\ anxiety|anxiety\ disorder
    |agoraphobi\w+
    |(?:borderline|narcissistic|antisocial|histrionic|avoidant|dependent|schizoid)\ (?:personality\ )?(?:disorder|traits?)
    |npd|narcissis\w+|co-?dependen\w+|enmesh\w+|schizo\w+|psychos[ie]s|dissociat\w+|anorexi\w+|bulimi\w+
    |binge[- ]eating|autis\w+|asperger\w*|on\ the\ (?:autism\ |autistic\ )?spectrum|\w+\ disorder|\w+\ syndrome
    |(?:drinking|drug|gambling|alcohol|substance|anger)\ problem|alcoholi(?:c|sm)|addict(?:ion|ed)?|an\ addict
    |substance\ (?:abuse|use\ disorder)|attachment\ (?:style|issues?|disorder|wounds?)
    |(?:anxious|avoidant|insecure|disorgani[sz]ed|fearful)(?:[- ](?:avoidant|preoccupied))?[- ]attach(?:ment|ers?)|borderline\ personality|cognitive\ distortions?|catastrophi[sz]\w+
    |overgenerali[sz]ation|black[- ]and[- ]white\ thinking|all[- ]or[- ]nothing\ thinking|emotional\ reasoning
    |(?:defen[cs]e|protective|survival)\ mechanisms?|dysthymi\w+|seasonal\ affective|hypervigilan\w+
    |postpartum\ (?:depression|psychosis)|hypochondri\w+|paranoi\w+|mental\ illness|chemical\ imbalance
    |(?:learned\ )?helplessness|abandonment\ issues|trust\ issues|anger\ issues|low\ self-?esteem
    |emotional\ dysregulation|burn-out|phobi(?:a|as|c)|dementia|dysmorphi\w+|dysphori\w+|anhedoni\w+|compassion\ fatigue|self-?medicat\w+|conditioned\ response|fawn\ response|(?:denial|anger|bargaining|depression|acceptance)\ stage|stage\ (?:one|two|three|four|five|[1-5])\ of\ grief|impost[eo]r\ (?:syndrome|phenomenon)|covert\ narc\w*"""
_CLINICAL = alternatives(CLINICAL_LABELS, (_MORE_CLINICAL,))

# Words that are clinical only in a labelling frame ("symptoms of anxiety",
# "that's just anxiety", "you have anxiety"), not as everyday feelings.
_LABEL_NOUN = rf"""(?:{_CLINICAL}|anxiety|depressive|grief\ response)(?![\w-])(?!\ (?:producing|provoking|inducing))"""

# Clinical adjectives put on a person ("you sound codependent").
_CLINICAL_ADJ = r"""(?:paranoid|codependent|co-dependent|narcissistic|bipolar|ocd|adhd|manic|hypomanic|delusional|psychotic|dissociat\w+
    |clinically\ depressed|traumati[sz]ed|hypochondriac|sociopathic|psychopathic|obsessive|compulsive|autistic|borderline|enmeshed
    |addicted|alcoholic|histrionic|neurotic|(?:anxiously|avoidantly|insecurely)\ attached|on\ the\ (?:autism\ |autistic\ )?spectrum
    |avoidant(?!\ (?:of|about|around|when)\b)|narcs?|(?:anxious|fearful|dismissive)[- ](?:preoccupied|avoidant)|disordered|a\ narcissist|an\ addict|an\ alcoholic|(?:a\ )?(?:classic|textbook|total|proper|real|serial)\ (?:gaslighter|narc|manipulator)|a\ sociopath|a\ psychopath|a\ hypochondriac|an\ enabler|enablers?|enabling|depressive|anorexic|bulimic|psychopaths?|sociopaths?|narcissists?)"""

# The words that put a label on loosely, as people do ("a bit manic",
# "pretty obsessive-compulsive", "properly codependent", "full-blown
# alcoholism", "classic avoidant attachment", "basically a depressive episode").
_LABEL_HEDGE = r"""(?:a\ bit|a\ little|a\ touch|bit|kind\ of|kinda|sort\ of|pretty|properly|proper|quite|rather|very|so|really|totally|fully|somewhat|slightly|mildly
    |seriously|super|low\ ?key|lowkey|basically|literally|essentially|practically|borderline|full(?:-|\ )?on|full(?:-|\ )?blown|straight\ up|textbook|classic|typical
    |clearly|obviously|definitely|probably|just|like|a\ case\ of|a\ bit\ of|a\ touch\ of|some|such\ a|a|an|actual|real|severe|serious|major|massive)"""

_SUBJECT = r"(?:you|he|she|they|him|her|them|your\ (?:\w+\ )?\w+|his\ \w+|her\ \w+|their\ \w+)"
_ADVERB = r"(?:do\ (?=(?:need|have)\ to\b)|really\ |definitely\ |probably\ |just\ |still\ |also\ |absolutely\ |seriously\ |simply\ |honestly\ |truly\ |first\ |both\ |all\ |now\ |then\ |certainly\ |clearly\ |totally\ |only\ |two\ )*"

# Reflections of what the person told us: a label or an instruction they
# reported is theirs, not the companion's.
_REFLECTION = r"""(?:^so,?\ (?:you|your)\b|\byou\ (?:said|say|mentioned|told\ me|described|wrote|explained)\b|\byou\ (?:have\ been|were|got)\ diagnosed
    |\b(?:doctor|therapist|psychiatrist|counsel+or|gp|nurse)\ (?:said|says|told|thinks|diagnosed|wants|suggested|recommended)\b|\bdiagnosed\ you\b|\byour\ diagnosis\b
    |\b(?:telling|tell|tells|told)\ you\ (?:that\ )?you\b)"""

# A sentence about a kind of people in general, with no "you" in it
# ("Paranoid people rarely see that they are paranoid"): its "they" labels
# nobody the companion is talking to.
_GENERIC_PLURAL = r"""^(?:most\ |many\ |some\ |a\ lot\ of\ |[\w-]+\ )?(?:people|persons|folks|[a-z]{3,}(?<!ss)s)\ (?:do\ not|often|rarely|never|usually|typically|tend|may|can|who|will|seldom)\b(?!.*\b(?:you|your|yourself)\b)"""

# People in general doing one thing and then another ("Some people write it
# down first, and find it easier to say"): the verb after the comma shares
# their subject, so it is what they do, not an order.
_PEOPLE_DO_THEN = r"""^(?:(?:some|many|most|lots\ of|a\ lot\ of|plenty\ of|other)\ )?(?:people|folks|others|friends\ of\ mine|(?:some|many|most|a\ few)\ of\ us)\ (?:\w+ly\ |also\ |just\ |often\ |sometimes\ )?(?!(?:need|needs|should|must|have\ to|say|said|tell|told)\b)[a-z]+\b[^,;:?]*,\ (?:and\ |then\ |and\ then\ |or\ )"""

# Where a new clause starts: the sentence start or a clause mark, then
# optional discourse words that do not change an imperative's force.
# ...the words before an instruction that do not soften it (vocabulary), and
# the guard's own: ordinals, sequence and time words, interjections.
_MORE_LEAD_WORDS = r"""second|third|firstly|secondly|thirdly|ok|okay|well|definitely|always|next|again|still|sometimes|today
    |tonight|later|finally|lastly|oh|yes|yeah|no|hey|either|basically|additionally|otherwise|meanwhile
    |afterwards|actually|therefore|gently|slowly|calmly|firmly|politely|quietly|kindly|i\ would\ (?:\w+ly\ )?say(?:\ that)?
    |um+|uh+|er+m?|hmm+|ngl|bro|literally|tbh|dude|mate|babe|fr|first\ thing|right|like(?=\ (?:just|um|uh|make|go|call|tell|talk|ask|write))"""
_LEAD = r"""["']?(?:\d{1,2}[.)]\ ?)?(?:""" + alternatives(INSTRUCTION_LEAD_WORDS, (_MORE_LEAD_WORDS,)) + r"""[,]?\ )*"""
# Clause marks; the comma is kept apart so a rule can treat it on its own.
_MARK_NO_COMMA = r"""(?:^(?:or\ )?|[;:!(]\ |\ -\ |\ --\ |\u2014\ ?|(?<!\bto)\.\.\.\ ?|(?<!help)(?<!\bi)(?<!\bwe)(?<!\bhe)(?<!\bshe)(?<!\bthey)(?<!\band)(?<!\bcan)(?<!\bwill)(?<!\bcould)(?<!\bwould)(?<!\bmay)(?<!\bmight)(?<!\bmust)(?<!\bshould)\ (?:so|then|but)\ )"""
_CLAUSE_NO_COMMA = _MARK_NO_COMMA + _LEAD
_CLAUSE = r"(?:" + _MARK_NO_COMMA + r"|,\ )" + _LEAD

# Base-form verbs that start an instruction about the person's life: the
# shared ones (vocabulary), and more of the guard's own: "never"/"always" as
# orders, phrasal ones ("do not", "let go") and the rarer verbs of advice.
_MORE_INSTRUCTION_VERBS = r"""begin|do\ not
    |(?:never|always)(?!\ \w+ing\b)(?!\ \w+ed\b)(?!\ (?:my|your|his|her|their|our|the|a|an|i|you|he|she|they|we|it|seem\w*|been|was|were|had|has|did|does|knew|thought|felt|is|are|sent|said|got|told|went|saw|heard|made|came|somebody|someone|something|anybody|anyone|nobody)\b)
    |plan|schedule|list|identify|notice|challenge|walk|surround|apologi[sz]e|break|realize|realise|recognize
    |recognise|acknowledge|establish|create|continue|explore|express|share|stand|step|figure|choose|decide
    |imagine|visualize|picture|follow|fight|embrace|invest|prioriti[sz]e|ditch|dump|volunteer|buy|clear
    |organi[sz]e|prepare|remove|shift|rely|hang|pay|save|budget|search|discuss|bring|invite|thank|love(?!\ *(?:[.,!?;]|$|\ i\b))
    |strengthen|assume|sell|measure|watch|observe|note|track|communicate|approach|address|tackle|handle|release
    |reflect|examine|review|reassess|evaluate|rethink|reconsider|reframe|redirect|refocus|negotiate|compromise
    |clarify|vent|reassure|encourage|protect|respect|validate|honou?r|appreciate|value|hydrate|connect|reconnect
    |disconnect|engage|participate|attend|hire|delegate|post|unfriend|resolve|repair|rebuild|mend|simplify
    |declutter|stretch|run|jog|swim|dance|sing|paint|draw|record|jot|mention|raise|voice|state|assert|insist
    |demand|request|help|teach|educate|inform|remain|return|revisit|recall|let\ go|hug|kiss|laugh|exhale|inhale
    |stick|concentrate|wear|understand|act|select|tap|pause|fill|model|cope|rate|rank|aim|strive|cultivate|rotate|alternate|come\ up\ with|lay\ low|complain
    |foster|develop|build|adopt|brainstorm|outline|define|assess|adjust|modify|soothe|pamper|savou?r|pursue
    |seize|steer|stray|settle|resist|refuse|permit|designate|map|gather|pack|dress|bake|plant|cozy|curl|include
    |interview|confide|initiate|cherish|expect|align|eliminate|experiment|rewrite|compare|force|obey|dedicate
    |devote|offer|provide|involve|lower|increase|minimi[sz]e|maximi[sz]e|nurture|meet|distinguish
    |ensure|refrain|ring|sort(?=\ (?:out|through|it|this|that|your|yourself|things)\b)|pop|wrap|skip|ghost|bin|cancel|unsubscribe|shake|suck|fake|hand|log|wash|dream|drive|self-refer|mind\ you(?!,)"""
_IMPERATIVE_VERBS = alternatives(INSTRUCTION_VERBS, (_MORE_INSTRUCTION_VERBS,))

# "Why don't you...?" as the guard reads it, the contraction spelled out (normalise).
_WHY_DO_NOT = tuple(words.replace("don't", r"do\ not") for words in WHY_DONT)

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
_CONVERSATIONAL = r"""(?:tell\ me|talk\ to\ me|(?:talk|walk|take|run)\ me\ through|talk\ with\ me|go\ on|keep\ going|keep\ talking|keep\ telling|keep\ sharing
    |take\ your\ time|take\ all\ the\ time|do\ not\ be[.!]*$|do\ not\ (?:you|we|they|it|he|she|i)\b|do\ not\ (?:\w+\ )?me\b|talk\ to\ you\ (?:later|soon|tomorrow)|take\ (?:good\ |great\ |extra\ )?care\ of\ yourself|take\ care|stay\ blessed|be\ blessed
    |do\ not\ be\ (?:afraid|scared|stressed|sad|nervous|shy|ashamed|embarrassed|sorry|upset|discouraged|alarmed)(?!\ (?:to|of|about)\b)|take\ it\ easy|feel\ free|let\ me|let\ us|let\ 's|don't\ worry|do\ not\ (?:worry|stress|fret|panic|give\ up|lose\ hope)|never\ mind|be\ well
    |do\ not\ hesitate\ to\ (?:share|tell|talk|say|ask\ me|reach\ out\ to\ me)|stay\ (?:safe|strong|positive|healthy|well|with\ me|warm)|keep\ (?:safe|well|warm|strong|the\ faith|smiling)
    |hang\ in\ there|hang\ on|hold\ on|take\ heart|try\ not\ to\ (?:worry|stress|panic|fret|beat\ yourself\ up)|do\ not\ get\ discouraged
    |do\ (?:what|whatever)\ (?:feels|seems|is)\ (?:right|best)|use\ your\ (?:own\ )?(?:best\ )?judge?ment|say\ (?:a\ (?:bit|little)\ |some\ )?more|share\ (?:more|what|whatever|as\ much|anything)|think\ about\ it|get\ well|sleep\ (?:well|tight)|rest\ (?:well|easy)|rest\ assured
    |see\ you|look\ after\ yourself|be\ safe|drive\ (?:safe|safely|carefully)|imagine\ (?:that|how|what|being)|picture\ (?:that|this|how)|let\ (?:it|them|it\ all|them\ all)\ out|help\ me|thank\ you
    |excuse\ me|forgive\ me|believe\ it\ or\ not|think\ of\ it|do\ you|do\ we|do\ they|do\ i|be\ honest\ with\ me|check\ in\ with\ me
    |ask\ (?:me|more|any|away|anything|questions)|keep\ (?:your|ur)\ (?:head|chin)\ up|never\ give\ up|enjoy\ (?:your|the)\ (?:day|weekend|evening|night|holiday|journey|time)
    |call\ (?:or\ text\ )?(?:""" + "|".join(EMERGENCY_NUMBERS) + r"""|111|000|116|the\ |a\ (?:crisis|helpline|hotline|suicide)|your\ local\ (?:emergency|crisis))
    |text\ (?:988|home|the\ |shout|85258)|contact\ (?:the\ |a\ )?(?:crisis|emergency|helpline|samaritans|lifeline)|reach\ out\ to\ (?:me|them|a\ crisis|the\ crisis)
    |go\ to\ (?:the\ |your\ )?(?:nearest\ )?(?:emergency|a&e|er\b)|think\ so|make\ sense|see\ what\ i\ mean|look\ at\ (?:that|you|this)(?:!|\.|$)
    |remember,|say,|thank\ (?:god|goodness|heavens)|explain\ (?:to\ me|that\ to\ me|more|what|how)
    |go\ ahead(?:\ and\ (?:tell|share|say|talk|vent|let\ it|ask|cry))?(?!\ and)
    |give\ (?:us|me)\ a\ (?:shout|call|ring|text|bell|wave)|take\ (?:as\ (?:long|much\ time)|all\ the\ (?:time|space))|say\ as\ (?:much|little)|do\ (?:tell|let\ me\ know|continue|go\ on|share)
    |please\ (?:write|continue|go\ on|do\ continue)|(?:write|text|message)\ (?:me|back|again)|(?:talk|speak|chat)\ (?:soon|later|tomorrow)|vent\ away|keep\ in\ touch|break\ a\ leg
    |do\ not\ hesitate\ to\ (?:reach\ out|write|get\ in\ touch)|go\ at\ your\ own\ pace|take\ (?:this|it|that|what\ i\ say)\ with\ a\ pinch\ of\ salt
    |be\ (?:so\ |very\ |really\ )?proud\ of\ (?:yourself|you)|try\ (?:to|and)\ (?:take\ care|stay\ (?:safe|strong|warm))|cry\ (?:your\ heart|it\ (?:all\ )?)\ out
    |start\ with\ (?:how|what)\ you\ (?:are\ |were\ )?(?:feel|felt|feeling|want\ to\ (?:say|share|talk))|(?:know|trust)\ that\ you\ are\ (?:not\ alone|loved|enough|a\ good\ \w+|doing\ (?:your\ best|well|great|everything))
    |(?:please\ )?remember\ (?:that\ )?(?:you\ are\ (?:not\ alone|so\ much|more|loved|enough|worth|not\ the\ only)|your\ worth|it\ (?:is|was)\ not\ your\ fault)
    |wait\b(?=,|\ so\b|\ what\b|\ really\b|\ (?:your|he|she|they|that|you|is|are|did|was)\b|\.|!|$))(?![a-z])"""

# ...named in words (a bare phone number may be a practice's own)...
_CRISIS_WORDS = r"(?:" + "|".join(EMERGENCY_NUMBERS) + r"|111|116\ ?123|crisis\ (?:line|text\ line)|helpline|hotline|samaritans|lifeline|emergency\ (?:number|services|room)|suicide|immediate\ help)"
_CRISIS_RESOURCE = r"(?:" + _CRISIS_WORDS + r"|\d{3}-\d{3}-\d{4})"

# A word used as a noun subject, not a command: "Trust takes time", "Exercise helps".
_NOUN_SUBJECT = r"""(?!-)(?!\ (?:is|was|are|were|can|could|will|would|may|might|has|helps|takes|makes|means|matters|becomes|seems|works|gets|needs
    |requires|builds|comes|goes|does|should|must|and\ \w+\ (?:is|are|can)|and\ (?!(?:you|i|we|they|he|she|it)\b)\w+\ (?:tend|often|usually|may|might|will|seem|both|affect|feed|go\ hand)
    |often|usually|tends|sounds|counts|stuff|problems|issues|deprivation|patterns?|hygiene|quality|on\ \w+\ (?:is|are|can))\b)"""

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
            |be\ (?:\w+\ )?(?:worse|better|harder|easier|bigger|smaller|different)\ than
            |do\ not\ (?:know|usually|remember|even\ know)\b|do\ not\ ask(?=[.!]*$)
            |(?:keep|hold)\ (?:on(?!\ (?!(?:telling|talking|sharing|going|writing)\b)\w+ing\b)|me\ posted|going)
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
