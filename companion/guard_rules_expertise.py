"""Guard rules that catch the companion speaking as an expert: E1 credentials or
authority, E2 diagnosis or clinical labels, E3 treatment or medication."""
from __future__ import annotations

from .guard_rule import Rule, _rx
from .guard_vocabulary import (_REMEDY, _ADVERB, _CARE_FIELD, _CLINICAL, _CLINICAL_ADJ, _CRISIS_WORDS, _GENERIC_PLURAL, _HELPER, _LABEL_HEDGE, _LABEL_NOUN, _LEAD,
                               _MEDICATION, _PROFESSION, _REFLECTION, _SUBJECT, _TREATMENT)
from .vocabulary import HAVE_TO, MUST, OUGHT_TO, SHOULD, alternatives

# What "you" is told to need: the modal phrases (vocabulary), and the
# guard's own: "need(s)" alone, "want to" after a tentative modal, "benefit
# from", "deserve", "try"...
_YOU_NEED = alternatives(("need", "needs"), SHOULD, MUST, HAVE_TO, OUGHT_TO, (
    r"(?:(?<=might\ )|(?<=may\ )|(?<=will\ )|(?<=would\ ))want\ to", r"(?:benefit|benifit)\ (?:\w+ly\ )?from",
    "deserve", "require", r"do\ well\ on", r"do\ well\ with", "try", r"get\ on", r"go\ on", r"look\ into",
    r"use", r"get\ a\ lot\ out\ of", r"do\ (?:really\ |so\ )?well\ with"))

EXPERTISE_RULES: list[Rule] = [
    # E1: credentials and authority -----------------------------------------
    Rule("E1", "as-a-professional", _rx(rf"\bas\ (?:a|an)\ (?:\w+\ ){{0,3}}{_PROFESSION}\b"),
         unless_at=_rx(r"as\ (?:a|an)\ (?:\w+\ ){0,3}\w+\ (?:once\ |has\ |had\ )?(?:told|said|put\ it|says|explained|reminded)")),
    Rule("E1", "professional-experience", _rx(
        r"""\b(?:in\ my\ (?:\w+\ )?(?:practice|clinical\ work|professional\ (?:experience|opinion|life|work)|clinic|office|career|field|profession|training)
        |in\ my\ (?:years|decades)\ (?:of|as)|in\ my\ (?:experience|work)\ (?:as|with|working\ with|counsel\w+|treating|helping)
        |my\ (?:clients|patients|caseload|clinical|professional\ opinion|training|credentials|degree|licen[cs]e|qualifications|expertise)
        |my\ (?:own\ |personal\ |many\ years\ of\ |years\ of\ )?(?:clinical|professional|therapeutic)\ (?:experience|work|opinion|practice|judge?ment|observation)
        |(?:clinically|professionally|medically|scientifically|psychologically)\ speaking|from\ a\ (?:\w+\ )?(?:clinical|professional|medical|psychological|therapeutic|psychology|developmental)\ (?:perspective|standpoint|point\ of\ view)
        |in\ (?:clinical|medical|psychological|therapeutic)\ terms|^clinically,|\bmy\ professional\ (?:eye|view|assessment|judge?ment)|\bas\ your\ (?:counsel+or|therapist|doctor|psychologist|psychiatrist|coach)\b
        |\b(?:groups|workshops|sessions)\ (?:that\ )?i\ (?:run|lead|facilitate|host)\b|\bwhen\ i\ work\ with\ (?:people|clients|couples|families|parents|teens|patients)\b|\bthe\ work\ i\ do\ with\b
        |\bi\ offer\ (?:[\w-]+\ ){0,3}(?:consultations?|sessions|appointments)\b|\bmy\ (?:clinic|practice)\ (?:offers|is|has|provides)\b|\b(?:years|decades)\ (?:of\ (?:clinical\ )?practice|in\ the\ (?:profession|field))\b
        |(?:we|as)\ (?:therapists|counsel+ors|psychologists|clinicians|professionals)
        |(?:approach|technique|method|intervention|exercise|strategy|tool|treatment|therapy|process)\ (?:that\ |which\ )?(?:we|us\ \w+)\ (?:often\ |usually\ |sometimes\ )?(?:call|refer\ to\ as|term)\b|(?:in|as|during)\ (?:therapy|counsel+ing|treatment|sessions?)(?:\ (?:progress\w*|goes\ on|continues|unfolds))?,?\ we\b
        |(?:over|in|throughout|during|across)\ my\ (?:\w+\ )?(?:career|years\ (?:of|in|as|doing))
        |(?:doing|done|been\ in)\ this\ (?:work|job|field|line\ of\ work|profession)\ (?:for|since)
        |(?:running|ran|run|leading|led|lead|facilitating|facilitated)\ (?:\w+\ ){0,3}(?:groups|workshops|sessions|courses?|programmes?|programs?)\b
        |the\ work\ we\ (?:do|will\ do|are\ doing|did)\ together|in\ (?:our|my)\ (?:\w+\ )?sessions?\b
        |my\ (?:counsel+ing|therapeutic|clinical|therapy|professional)\ (?:approach|style|practice|orientation|background|work)
        |my\ (?:\w+\ )?(?:philosophy|approach|orientation)\ (?:is|to\ (?:therapy|counsel+ing|treatment|healing)\ is)\ (?:\w+\ ){0,3}?(?:holistic|collaborative|client[- ]cent(?:er|re)d|person[- ]cent(?:er|re)d|integrative|strengths?[- ]based|trauma[- ]informed|eclectic|solution[- ]focused|evidence[- ]based)\b
        |\b(?:on|visit|see|at|check\ out|through)\ my\ (?:web\ ?site|blog|podcast|youtube\ channel)\b|\bofrezco\ (?:\w+\ ){0,2}?(?:\w*terapia|consejer[ií]a|sesiones|servicios)
        |i\ (?:was|am|have\ been)\ (?:doing|conducting|running|facilitating|leading)\ (?:a|an)\ (?:\w+\ ){0,2}?(?:therapy|counsel+ing)\ session
        |i\ (?:have\ )?(?:written|wrote|published)\ (?:\w+\ ){0,2}?(?:about|a\ book|books|articles?|extensively)\b|(?:pick\ up|read|check\ out)\ my\ (?:new\ |latest\ )?(?:book|workbook|article|blog|podcast)\b)""")),
    # First person alongside "clients/patients" is a practitioner speaking.
    Rule("E1", "practitioner-talk", _rx(
        r"""^(?=.*\b(?:i|we|my|our|me|us)\b).*?\b(?:clients?|patients|caseload|(?:a|the|my|one)\ patient)\b"""),
        unless_anywhere=_rx(r"\bmy\ (?:\w+\ )?(?:therapist|counsel+or|doctor|psychiatrist|psychologist)\b|\b(?:i|we)\ (?:was|were|am|are)\ (?:a|an)\ (?:\w+\ )?patients?\b")),
    Rule("E1", "claims-qualification", _rx(
        r"""\b(?:i\ am\ (?:a\ |an\ )?(?:licensed|certified|trained|qualified|registered|board[- ]certified|practicing|practising)
        |(?:i|we)\ (?:am|are|was|were|have\ been|have\ trained|get)\ (?:all\ |specifically\ |properly\ |fully\ )?(?:trained|certified|licensed|qualified)\ (?:in|as|to|for)
        |i\ (?:specialize|specialise)\ in
        |(?:i\ have|having|i)\ (?:\w+\ )?(?:worked|sat|helped|counsel+ed|treated|supported)\ (?:with\ )?(?:many|a\ lot\ of|lots\ of|hundreds|thousands|countless|numerous|so\ many|dozens)\ (?:of\ )?(?:\w+\ )?(?:clients|patients|people|couples|families|individuals|cases|kids|teens|students|veterans)
        |i\ have\ seen\ (?:many|a\ lot\ of|lots\ of|hundreds|thousands|countless|numerous|so\ many|dozens|a\ hundred|a\ thousand|loads\ of|plenty\ of)\ (?:of\ )?(?:clients|patients|cases|people\ like\ you|cases\ like\ yours)
        |(?:many|most|lots\ of|a\ lot\ of|hundreds\ of|so\ many)\ (?:of\ (?:the\ )?)?(?:\w+\ )?(?:people|men|women|couples|families|clients|teens|individuals|parents|patients)\ (?:that\ |who\ )?(?:i|we)\ (?:have\ )?
            (?:(?:worked|work)\ with\ (?:on|around|through|over\ the\ years|in\ (?:therapy|counsel\w*|my\ practice))|counsel+ed|treated|coached|helped\ (?:through|with))\b
        |i\ am\ (?:a|an)\ (?:\w+\ ){0,2}(?:therapist|counsel+or|psychologist|psychiatrist|psychotherapist|clinician|doctor|expert|professional)
        |i\ (?:\w+\ )?(?:became|trained\ as|work\ as|worked\ as|practice\ as|qualified\ as)\ (?:a|an)\ (?:\w+\ ){0,2}(?:therapist|counsel+or|psychologist|psychiatrist|psychotherapist|clinician|social\ worker)
        |(?:besides|apart\ from|aside\ from|as\ well\ as)\ being\ (?:a|an)\ (?:\w+\ ){0,2}(?:therapist|counsel+or|psychologist|psychiatrist|psychotherapist|clinician)
        |i\ (?:provide|offer|do(?!\ not\b)|practice|use)\ (?:\w+\ ){0,6}(?:counsel+ing|\w*therapy|\w*therapies|sessions|cbt|emdr|dbt|modalities)\b
        |i\ (?:usually|often|typically|always|generally|frequently|sometimes|regularly)\ (?:ask|tell|encourage|recommend|suggest|invite|advise|teach|remind|work\ with|see|help)\ (?:my\ |the\ |most\ |many\ )?(?:clients|people|couples|patients|families|parents|individuals|folks|them)\b
        |my\ first\ question\ (?:is|would\ be)\ (?:usually|always|often|typically)
        |(?:in|during)\ (?:a|the|our|my)\ (?:first\ )?(?:therapy|counsel+ing)\ session\b(?=.*\b(?:i|me|my)\b)
        |i\ (?:offer|provide|give)\ (?:\w+\ ){0,3}(?:expert|professional|clinical)\b|(?:contact|call|email)\ me\b.*\bat\b
        |licensed\ professional\ counsel|licenciad[ao]|consejer[ao]\ profesional)"""
        r"""|,\ ?(?:lpc\w*|lmft|lcsw|lmhc|psyd|lcpc|lisw|lmsw|ncc|mft|phd|dbh|casac|msw|ma|ms|md)\b"""),
        unless_anywhere=_rx(rf"\b{_CRISIS_WORDS}")),
    # Standing of any kind put behind a verdict on the person: "As a
    # teacher, I can tell you...", "I'm a recruiter and honestly...", "I know
    # what I'm talking about", "I see this all the time", "Having coached
    # hundreds...", "My diploma means I can see...", "Gerontologists have
    # found...". A peer's own life ("As a mum myself, I know how tiring...",
    # "As someone who has been through it...") passes.
    Rule("E1", "standing-behind-verdict", _rx(
        r"""(?:^|,\ )(?:as|having\ been|being)\ (?:a|an|someone\ (?:who|with|whos|that)|somebody\ who)\b[^,.;]{1,60}?,?\ i\ (?:can\ (?:tell|say|promise|assure|see|spot)|know|see\ (?:this|it|that|students|people|kids|families)|would\ say|have\ seen|recogni[sz]e|id\ say)\b
        |\bi\ know\ what\ i\ am\ talking\ about\b|\bi\ am\ (?:a|an|basically\ a)\ [\w-]+(?:\ [\w-]+){0,3}?,?\ (?:so|and)\ (?:i\ (?:know|can\ tell|see|have\ seen)|honestly)\b
        |\b(?:i|we)\ (?:see|have\ seen|saw)\ (?:this|it|that|students|people|kids|families|clients)\ (?:\w+\ ){0,3}?(?:all\ the\ time|every\ day|constantly|daily|so\ often)\b
        |\b(?:having|i\ have)\ (?:worked|counseled|counselled|coached|supported|trained|volunteered|mentored|taught|nursed|treated|advised)\b[^,.;]{0,50}?\b(?:years|many|hundreds|so\ many|dozens|decades)\b
        |\b(?:my|with\ my|drawing\ on\ my|i\ have\ (?:a|an|got\ a|done\ the)|i\ hold\ (?:a|an))\ (?:[\w-]+\ ){0,3}?(?:training|degree|diploma|background|certification|credentials|masters?|qualification)\b[^.;]{0,40}?\b(?:so|means|says|tells\ me|makes\ it\ clear|shows|i\ (?:know|can|would|see))\b
        |\bhaving\ (?:trained|qualified|studied)\ (?:in|as)\b|\b(?:did|done|doing)\ my\ (?:training|degree|masters|phd|qualification)\ in\ (?:\w+\ )?(?:psychology|counsel\w*|\w*therapy|social\ work|nursing|medicine|mental\ health|psychiatry|clinical\ \w+)\b
        |(?:^|,\ )as\ (?:someone|somebody)\ (?:who|that)\ (?:has\ |is\ )?(?:studied|trained|qualified)\b|\bi\ have\ been\ (?:a|an)\ (?:licensed|certified|qualified|registered|practicing|practising)\b|\bi\ am\ (?:a\ )?professional\ in\b
        |\b\w+(?:ists|ians)\ (?:have\ )?(?:found|shown|demonstrated|now\ understand|recogni[sz]e)|\bguidelines\ (?:are\ clear|say|recommend|show)|\b(?:a|one)\ (?:well-known|famous|recent|large|big)\ study\b"""),
        unless_at=_rx(r"""(?:,\ )?(?:as|having\ been|being)\ (?:a|an)\ (?:[\w-]+\ ){0,3}?(?:fellow|former|mom|mum|dad|parent|mother|father|wife|husband|sister|brother|daughter|son|friend|widow\w*|survivor|person|woman|man|girl|guy|student|introvert|night\ owl|human|\w+\ myself)\b
            |(?:,\ )?as\ (?:someone|somebody)\ (?:who|whos|that)\ (?:has\ |have\ |had\ |is\ |was\ )?(?:been|gone|went|lost|had|struggled|lived|survived|faced|dealt|also|too)\b
            |(?:i|my)\b[^.;]{0,60}\b(?:at\ the\ time|back\ then)\b"""),
        unless_anywhere=_rx(r"\?$|\bmyself\b")),
    # A job, a course or a training named, then a verdict leaned on it: "I'm
    # a pharmacist and those side effects wear off", "I did a psych degree so
    # I can tell you...", "In my years on the ward...", "from my clinic
    # experience"; and research, experts or the literature said to have
    # settled it ("studies establish", "well documented in the literature").
    # What a peer went through ("I was a wreck, so I know how hard it is")
    # passes.
    Rule("E1", "job-behind-verdict", _rx(
        r"""\bi\ (?:(?:am|was)\ (?:a|an)\ [\w'-]+(?:\ [\w'-]+)?|(?:work|worked|used\ to\ work)\ (?:in|at|on|for|as)\b[^.;,]{0,30}|(?:trained|qualified|worked)\ as\ an?\ [\w-]+|(?:study|studied|have\ done|did|literally\ did)\ (?:\w+\ ){0,3}?(?:psychology|counsel\w*|nursing|medicine|social\ work|course|module|degree|diploma|training)|have\ (?:got\ )?(?:a\ |an\ )?(?:\w+\ )?(?:training|certificate|degree|master\W?s|diploma|qualification)|make\ many\ year)[^.;]{0,40}?(?:,\ |;\ |\ )(?:so|and)\ (?:honestly,?\ )?(?:i\ (?:know|can\ tell|would\ know|can\ say|understand|mean\ it)\b(?!\ (?:how|what\ it|that\ feeling|the\ feeling|it\ is\ hard|it\ hurts)\b)|i\ have\ seen\ (?:\w+\ ){0,3}(?:cases|people|kids|families|students|this|it)|you\ can\ (?:rely|be\ sure|trust)|(?:most|those|these|kids|people)\b[^.]{0,40}?\b(?:usually|always|turn\ out|wear\ off|grow\ out|adjust))
        |\bin\ (?:all\ )?my\ (?:\w+\ )?(?:years|decades)\b|\bin\ the\ therapy\ room\b|\bfrom\ my\ (?:\w+\ )?(?:clinic|clinical|professional|work)\ experience
        |\b(?:research|studies|a\ study|science|scientists?|the\ evidence|evidence|the\ literature|(?:clinical|scientific)\ (?:literature|consensus)|experts?(?:\ in\ the\ field)?|doctors|clinicians|psychologists)\ (?:\w+\ ){0,2}?(?:establish(?:es|ed)?|ha(?:ve|s)\ proven|proved|leaves?\ no\ doubt|are\ agreed|already\ show|make\ study)\b|\b(?:proven|proved|documented|established)\ (?:by|in)\ (?:the\ )?(?:research|studies|a\ study|science|(?:clinical\ )?literature)\b|\baccording\ to\ the\ (?:scientific\ )?consensus\b|\bproved\ it\ in\ a\ study\b"""),
        unless_anywhere=_rx(r"\?$")),
    Rule("E1", "appeal-to-research", _rx(
        r"""\b(?:(?:research|studies|science|the\ (?:science|research|evidence|literature|data)|evidence|data|statistics|neuroscience|psychology|meta-?analys[ie]s|systematic\ reviews|rcts|(?:clinical|randomi[sz]ed(?:\ controlled)?)\ trials)
             \ (?:\w+\ ){0,3}?(?:\w+ly\ |pretty\ |very\ |quite\ |all\ )?(?:shows?|proves?|finds?|explains?|suggests?|indicates?|has\ (?:shown|proven|found)|have\ (?:shown|proven|found)|found|demonstrates?|confirms?|supports?|tells\ us|tell\ us|says?|backs?\ up|(?:has|have)\ (?:already\ |more\ or\ less\ |pretty\ much\ |basically\ |all\ but\ |largely\ |long\ since\ |\w+ly\ )?(?:settled|proven|proved|established|confirmed)|settles|has\ spoken|points?\ to|(?:is|are)\ showing|(?:is|are|seems|seem|looks|look)\ (?:\w+\ )?(?:clear|unequivocal|unambiguous|conclusive|settled|undeniable|overwhelming|in|on\ (?:this|it|that)|crystal\ clear|(?:pretty\ |very\ )?consistent))\b
        |\bthe\ (?:stats|statistics|numbers|figures)\ (?:\w+\ ){0,3}?(?:are|is|show|say|prove)\b(?=[^.]*\b(?:you|your)\b)
        |\b(?:it|that|this)\ is\ (?:just\ |simply\ |all\ )?(?:basic|simple|textbook|pure)\ (?:psychology|brain\ chemistry|neuroscience|biology|science|physiology)\b
        |^(?:biologically|neurologically|physiologically|chemically|evolutionarily)(?:\ speaking)?,\ (?:you|your)\b
        |\b(?:the\ )?(?:data|numbers|statistics|stats|figures|science|research|evidence)\ (?:do\ not\ lie|does\ not\ lie|speak\ for\ themselves|back\ (?:this|it|that|me)\ up)\b|\bstatistically(?:\ speaking)?,?\ (?:you|your|people\ (?:like\ you|in\ your|with\ your)|someone\ (?:like\ you|in\ your))\b
        |\bthere\ is\ (?:\w+\ ){0,3}?(?:evidence|research)\ (?:that|showing|to\ show)\b|\b\w+\ theory\ (?:explains|tells\ us|shows|says)\b
        |studies\ (?:have\ )?(?:show|shown|found|find|prove)|(?:a|one|recent|the|this|that)\ (?:study|studies)\ (?:\w+\ )?(?:shows?|found|suggests?|indicates?|proves?)
        |(?:has|have)\ shown\ (?:\w+\ ){0,2}?(?:results|success|promise|effectiveness|efficacy)
        |according\ to\ (?:the\ )?(?:research|studies|science|experts?|psychologists|the\ dsm|the\ apa|dsm|(?:\w+\ )?guidelines)
        |(?:experts?|psychologists|psychiatrists|therapists|counsel+ors|clinicians|doctors|professionals|researchers|scientists)\ (?:\w+ly\ |all\ |often\ |now\ |would\ |will\ )*(?:say|agree|recommend|believe|know|have\ (?:long\ )?known|have\ (?:long\ )?proven|have\ found|tell\ us|warn)
        |(?:has|have)\ been\ (?:shown|proven|found|demonstrated)\ (?:\w+\ ){0,5}?to\ (?:be|work|help|reduce|improve|increase|lower)\b|(?:is|are)\ (?:clinically\ |scientifically\ )?proven\ to|evidence[- ]based|empirically\ (?:supported|validated|proven)
        |it\ is\ (?:a\ )?(?:scientific(?:ally)?|clinical(?:ly)?|medical(?:ly)?)\ (?:fact|proven))""")),

    # Years of work in a helping field put behind what is said: "Speaking as
    # someone who's worked in mental health for twelve years, ...", "Having
    # worked in addiction services, I recognise this", "My years on the
    # helpline have given me a feel for calls like yours", "After a decade in
    # psychiatry...". Where a peer was a patient ("my years in therapy",
    # "my time in rehab") is not a field worked in, and passes.
    Rule("E1", "years-in-the-field", _rx(
        rf"""\b(?:i|having|who\ (?:has|is|have|had)|i\ (?:have|had|used\ to|still))\ (?:also\ |actually\ |literally\ )?(?:worked|work|working|volunteered|volunteer|trained|ran|run|running|managed|manage|managing|set\ up|spent\ (?:\w+\ ){{0,3}}?(?:years|decades|a\ decade|a\ career)(?:\ working)?)\ (?:\w+\ ){{0,2}}?(?:in|at|on|for|with|as\ part\ of)\ {_CARE_FIELD}\b
        |\bmy\ (?:\w+\ ){{0,2}}?(?:years|decades|time|shifts|career|experience|work)\ (?:\w+\ ){{0,2}}?(?:on|in|at|with|working\ (?:in|on|at|with))\ {_CARE_FIELD}\b
        |\b(?:after|with)\ (?:\w+\ ){{0,2}}?(?:years|decades|a\ decade)\ (?:of\ work(?:ing)?\ )?(?:in|on|at)\ {_CARE_FIELD}\b
        |^(?:\w+\ ){{0,2}}?(?:years|decades)\ (?:in|on|at|with|working\ (?:in|on|at|with))\ {_CARE_FIELD}\b"""),
        unless_anywhere=_rx(r"\?$|\bmy\ (?:\w+\ )?(?:therapist|counsel+or|doctor|psychiatrist|gp|nurse)\b|\bas\ a\ (?:patient|client|service\ user|caller)\b")),
    # Standing shown in passing, with no verdict yet: a title given ("Dr
    # Patel here", "this is Nurse Kim"), oneself counted among professionals
    # ("me and the other counsellors"), a professional course or the days
    # of a profession ("my counselling diploma", "back in my nursing days"),
    # teaching the subject ("I lecture on grief at the college"), "I'm on
    # firm ground here". A peer's own professionals ("me and my therapist",
    # "my therapy days") pass.
    Rule("E1", "standing-in-passing", _rx(
        rf"""^(?:(?:hi|hello|hey|morning|evening),?\ )?(?:dr|doc|doctor|prof|professor|nurse|sister)\.?\ [a-z]+\ (?:here|speaking)\b
        |\bmy\ (?:old\ |former\ |fellow\ )?(?:colleagues|co-?workers|team)\ (?:at|on|in)\ (?:the\ )?(?:clinic|practice|surgery|ward|hospital|hospice|helpline|crisis\ (?:line|team)|unit|psychiatry|psychology|mental\ health|nursing|social\ work|counsel+ing|a&e)\b
        |\bi\ (?:teach|taught|run|ran|give|gave|deliver|delivered)\ (?:a\ |the\ )?(?:module|modules|seminars?|lectures?)\ (?:on|in|about)\b|\b(?:this|that|grief|trauma|it)\ is\ (?:exactly\ |very\ much\ )?my\ (?:area|field|specialism|speciality|specialty|wheelhouse|area\ of\ expertise)\b|\b(?:this\ is|i\ am|my\ name\ is)\ (?:dr|prof|professor)\.?\ [a-z]+
        |\b(?:me|i)\ and\ (?:the|my|all\ the)\ (?:other|fellow)\ (?:[\w-]+\ )?{_PROFESSION}|\bthe\ other\ (?:[\w-]+\ )?{_PROFESSION}\ and\ (?:i|me)\b
        |\bmy\ (?:[\w-]+\ )?(?:counsel+ing|psychology|psych|nursing|medical|clinical|social\ work|psychotherapy|psychiatry|psychiatric|counsel+or|therapist)\ (?:diploma|degree|training|course|qualification|masters|placement|studies|module|certificate|certification|exams?|supervisor)\b
        |\b(?:in|back\ in|during)\ my\ (?:[\w-]+\ )?(?:nursing|counsel+ing|counsel+or|psychology|psychologist|social\ work(?:er)?|medical|clinical|psychiatry|psychiatric|doctor|nurse|gp|paramedic|midwife|midwifery|ward|a&e|helpline)\ (?:days|years|career|life|time|training)\b
        |\bi\ (?:lecture|lectured|give\ lectures)\ (?:on|in|about)\b|\bi\ (?:teach|taught|lecture|lectured)\ (?:\w+\ ){{0,2}}?(?:psychology|psychiatry|counsel+ing|psychotherapy|attachment|trauma|neuroscience|mental\ health|social\ work|nursing|medicine)\b
        |\bi\ am\ on\ (?:\w+\ )?(?:firm|solid|safe|sure)\ ground\b
        |^(?:(?:hi|hello|hey|ok|okay|so|well|right),?\ )?(?:a\ |an\ )?(?:(?!(?:no|not|my|your|our|his|her|their|the)\b)[\w-]+\ )?(?:{_PROFESSION}|professor|lecturer|consultant)(?:\ (?:of|in)\ \w+(?:\ \w+)?)?\ here(?=\ *[,.!;:\u2014-]|\ (?:and|too|btw|though)\b|\ *$)
        |\bi\ (?:hold|have)\ (?:a\ )?(?:chair|professorship|lectureship|fellowship|post|position)\ in\ (?:\w+\ )?(?:psych\w*|counsel\w*|medicine|nursing|social\ work|mental\ health|neuroscience)
        |\b(?:i\ was|when\ i\ was|during\ my|on\ my)\ (?:\w+\ )?(?:on\ )?(?:clinical\ |nursing\ |psych\w*\ |social\ work\ |mental\ health\ )?placements?\ (?:at|in|on)\ (?:the\ |a\ )?(?:[\w-]+\ )?(?:unit|ward|hospital|clinic|hospice|team|service|practice)\b
        |\bi\ (?:have\ been|was)\ (?:a|an)\ (?:[\w-]+\ )?{_PROFESSION}\ (?:for\ )?(?:\w+\ ){{0,2}}?(?:years|decades)\b
        |\bin\ my\ line\ of\ work\b|\bspeaking\ (?:professionally|clinically|medically|as\ a\ professional)\b
        |\b(?:i\ have|having|i)\ (?:\w+\ )?(?:supervised|trained|taught|mentored|managed)\ (?:many|a\ lot\ of|lots\ of|hundreds|thousands|countless|numerous|so\ many|dozens)\ (?:of\ )?(?:\w+\ )?{_PROFESSION}
        |\b(?:my\ (?:phd|doctorate|dissertation|thesis|masters?\ (?:thesis|dissertation))\ (?:was|is)|i\ (?:wrote|did|am\ doing|was\ doing)\ my\ (?:phd|doctorate|dissertation|thesis))\ (?:on|about|in)\ (?:exactly\ this|this\ (?:exact|very)|this\b|\w*psych\w*|attachment|trauma|grief|anxiety|depression|addiction|mental\ health|{_CLINICAL})"""),
        # a title given is a claim even in a question ("Dr Lee here, what's up?")
        unless_anywhere=_rx(r"^(?!(?:(?:hi|hello|hey|morning|evening),?\ )?(?:dr|doctor|prof|professor|nurse|sister)\.?\ [a-z]+\ (?:here|speaking)\b).*\?$|\bas\ a\ (?:patient|client|service\ user)\b")),
    # A profession spoken for from inside it: "Any psychiatrist, myself
    # included, would...", "therapists like me", "speaking for us nurses".
    Rule("E1", "one-of-the-profession", _rx(
        rf"""\b{_PROFESSION},?\ (?:(?:myself|me)\ included|including\ (?:myself|me)|like\ (?:myself|me)|such\ as\ (?:myself|me))\b
        |\b(?:us|we|fellow)\ {_PROFESSION}\b|\b(?:we|us|those\ of\ us)\ in\ the\ (?:profession|field|business|trade)\b
        |\b(?:any|every)\ (?:good\ |decent\ |half-decent\ |qualified\ )?{_PROFESSION}\ (?:would|will|could)\ (?:tell|say|agree|confirm|see)\b|\bask\ (?:any|every)\ (?:good\ )?{_PROFESSION}\b|\bspeaking\ (?:as|for)\ (?:a|an|us)\ (?:\w+\ ){{0,2}}?{_PROFESSION}\b
        |\b(?:a|an)\ (?:\w+\ ){{0,3}}?{_PROFESSION}\ (?:irl|in\ real\ life|by\ trade|by\ profession|by\ day|in\ my\ day\ job)\b"""),
        unless_anywhere=_rx(r"\?$")),

    # E2: diagnosis and clinical labels ------------------------------------
    Rule("E2", "sounds-like-label", _rx(
        rf"""\b(?:sounds|seems|looks|feels|appears|reads?)\ (?:to\ me\ )?(?:(?:a\ lot|an\ awful\ lot|(?:very\ )?much|a\ bit|more|exactly|just)\ )?(?:like|as\ if|as\ though)\ (?:[\w-]+\ ){{0,8}}?{_CLINICAL}\b"""),
        unless_at=_rx(r"(?:sounds|seems|looks|feels|appears)\ (?:to\ me\ )?like\ (?:your\ )?(?:doctor|therapist)\ (?:said|thinks|told)")),
    Rule("E2", "subject-has-label", _rx(
        rf"""\b{_SUBJECT}\ (?:(?:may|might|could|probably|likely|definitely|clearly|possibly|also|really|must|seem\ to|seems\ to|appear\ to|appears\ to|always|low\ ?key|def|totally|just|basically|literally|pretty\ much|kind\ of|sort\ of|obviously)\ )*
        (?:(?:have|has)\ (?:\w+ly\ |pretty\ much\ |kind\ of\ )?got|got|have|has|are|is|be|be\ having|are\ having|(?:are|is|be)\ (?:just\ |still\ |really\ )?(?:suffer\w*|struggl\w+\ with|deal\w*\ with|experienc\w+|showing|going\ through|in\ the\ (?:middle|grip)\ of)|suffer\w*|struggl\w+\ with|deal\w*\ with|experienc\w+|show\w*|display\w*|exhibit\w*|meet\w*|fit\w*|developed|develop)\ 
        (?!(?:so\ much|such|a\ lot\ of|lots\ of)\ (?:anxiety|stress|panic|worry|fear|grief|guilt|shame)\b(?!\ (?:disorder|attacks?)))
        (?:(?:from|a|an|some|a\ lot\ of|lots\ of|so\ much|some\ kind\ of|some\ form\ of|some\ sort\ of|a\ form\ of|a\ kind\ of|signs\ of|symptoms\ of|classic|typical|textbook|a\ touch\ of|a\ bit\ of|(?:the\ )?(?:beginnings?|start)\ of|early|total|proper|like|with|the|criteria\ for|being|very|so|quite|rather|real|clear|mild|severe|serious|high-functioning|clinical|full-blown|that|this|that\ whole|this\ whole)\ )*
        (?:[\w-]+\ )??{_LABEL_NOUN}"""),
        unless_anywhere=_rx(rf"\b(?:have\ you\ (?:ever\ )?been|were\ you|has\ (?:he|she|they)\ been|(?:if|whether)\ (?:you|he|she|they)\ (?:are|is|have|has|do|does)\ (?:\w+ing|any|been))\b|{_REFLECTION}|{_GENERIC_PLURAL}")),
    Rule("E2", "that-is-label", _rx(
        rf"""\b(?:that|this|it|these|those|what\ you\ (?:are\ )?(?:describ\w+|feel\w*|experienc\w+|going\ through|have\ been\ going\ through))\ 
        (?:is|are|was|were|could\ be|might\ be|may\ be|would\ be|sounds\ like|seems\ like|looks\ like|is\ likely|is\ probably|is\ definitely|is\ clearly|are\ likely|are\ probably|could\ indicate|may\ indicate|might\ indicate|indicates?|suggests?|points?\ to)\ 
        (?:(?:a|an|all|just|only|simply|really|some|classic|typical|textbook|definitely|probably|likely|called|basically|literally|essentially|pretty\ much|full-blown|full-on|a\ bit\ of|a\ touch\ of|a\ case\ of|straight\ up|100%|known\ as|a\ form\ of|a\ kind\ of|kind\ of|some\ kind\ of|some\ sort\ of|some\ form\ of|(?:its|their|your|his|her)\ own\ (?:kind|form|type|version)\ of
            |a\ sign\ of|signs\ of|a\ symptom\ of|symptoms\ of|part\ of|your|his|her|their|the|what\ we\ call|related\ to|due\ to|caused\ by|because\ of)\ )*{_LABEL_NOUN}
        |\b(?:could|might|may|is|would|can)\ (?:this|that|it|these|those)\ (?:all\ )?(?:be|is)\ (?:(?:a|an|some|some\ kind\ of|a\ sign\ of|signs\ of|symptoms?\ of|related\ to)\ )*{_CLINICAL}\b"""),
        unless_anywhere=_rx(_REFLECTION)),
    # The same with "it" dropped, as people type: "Could well be a bit of
    # post-natal depression creeping in", "Might be some trauma there",
    # "Sounds a bit manic, honestly", "Classic avoidant attachment, the way
    # you pull back". A question asks, and passes.
    Rule("E2", "label-without-subject", _rx(
        rf"""^(?:\w+,?\ )?(?:(?:could|might|may|must|would)\ (?:well\ |also\ |easily\ |just\ |very\ well\ )?be|(?:sounds|seems|looks)(?:\ like)?|(?:definitely|probably|possibly|basically|totally|proper|classic|textbook|typical|such|what|(?:a\ )?total|(?:a\ )?complete))\ (?:(?:{_LABEL_HEDGE}|of)\ )*(?:[\w-]+\ )?(?:{_LABEL_NOUN}|{_CLINICAL_ADJ})(?![\w-])"""),
        unless_anywhere=_rx(rf"\?$|{_REFLECTION}")),
    # A label put on loosely, with a hedge or an ending that makes it
    # casual: "Checking the stove six times is pretty obsessive-compulsive",
    # "Your sister sounds properly codependent", "that sounds a bit
    # bipolar-ish", "autism-level sensory stuff", "He's giving full-on
    # sociopath energy". The speaker's own ("I was a bit manic that week")
    # and a question pass.
    Rule("E2", "label-put-loosely", _rx(
        rf"""\b(?:is|are|was|were|sounds?|seems?|looks?|comes?\ across\ as|strikes?\ me\ as|being)\ (?:{_LABEL_HEDGE}\ )+(?:[\w-]+\ )?(?:{_CLINICAL_ADJ}|{_LABEL_NOUN})(?:-?ish)?(?![\w-])
        |\b(?:{_CLINICAL_ADJ}|{_CLINICAL})-?(?:ish|level|type|adjacent|esque|like)\b
        |\b(?:{_CLINICAL_ADJ}|{_CLINICAL})\ (?:energy|vibes?|behaviou?r|tendencies|traits|red\ flags?|territory)\b
        |\b(?:classic|textbook|full-blown|full-on|straight\ up|a\ case\ of)\ (?:[\w-]+\ )?(?:{_LABEL_NOUN}|{_CLINICAL_ADJ})(?![\w-])(?=.*\b(?:you|your|he|she|they|him|her|them|his|their)\b)"""),
        unless_anywhere=_rx(rf"""\?$|{_REFLECTION}|{_GENERIC_PLURAL}|\bfor\ (?:anyone|anybody|everyone|everybody|most\ people|many\ people|a\ lot\ of\ people|lots\ of\ people|people|kids|children|most\ of\ us)\b|\b(?:i|we)\ (?:am|was|were|are|get|got|feel|felt|can\ be|have\ been)\b(?!\ (?:being\ )?(?:honest|sure|not\ sure|guessing))|\bmy\ [\w-]+(?:\ [\w-]+)?\ (?:is|was|has|had|got|used\ to)\b|\bmy\ (?:own\ )?(?:[\w-]+\ )?(?:{_CLINICAL}|diagnosis)\b""")),
    # What they do named a label, or called clinical: "Checking the locks
    # ten times a night is obsessive-compulsive", "Not eating for days,
    # that's clinical, not a phase". Something people in general go through
    # ("...is trauma for some people") passes.
    Rule("E2", "doing-is-a-label", _rx(
        rf"""^(?:\w+,?\ )?(?:not\ )?(?!(?:no|some|any|every)thing\b|during\b)[a-z]{{3,}}ing\b[^,.;?]{{0,60}}?\ (?:is|are|sounds\ like|looks\ like|seems\ like)\ (?:(?:{_LABEL_HEDGE})\ )*(?:{_LABEL_NOUN}|{_CLINICAL_ADJ})(?![\w-])
        |\b(?:you|he|she|they|your\ \w+)\ (?:are|is)\ (?:\w+\ )?in\ the\ (?:\w+\ )?(?:denial|anger|bargaining|depression|acceptance)\ stage\b
        |\b(?:that|this|it|what\ you\ (?:are\ )?(?:describ\w+|going\ through))\ is\ (?:clearly\ |definitely\ |probably\ |properly\ |actually\ |really\ )?clinical(?=\ *[,.!;]|\ *$|\ (?:not|mate|though|now|by\ now)\b)"""),
        unless_anywhere=_rx(rf"\?$|{_REFLECTION}|\bfor\ (?:some|many|most|a\ lot\ of|lots\ of)\b|\b(?:people|anyone|someone|everyone|everybody)\b|^(?:\w+,?\ )?(?:having|getting|being|living\ with|coping\ with|managing|treating|recogni[sz]ing|naming|diagnosing|understanding)\b")),
    # A label matched like a checklist: "ticks every box for ADHD", "fits
    # the profile of someone with a personality disorder", "straight out of
    # the DSM".
    Rule("E2", "ticks-the-boxes", _rx(
        rf"""\b(?:ticks?|checks?|hits?|meets?)\ (?:every|all\ (?:the|of\ the)|most\ of\ the|a\ lot\ of\ the|the)\ (?:box(?:es)?|criteria)\ (?:for|of)\ (?:[\w-]+\ ){{0,2}}?{_LABEL_NOUN}
        |\bfits?\ the\ (?:profile|criteria|description|picture|pattern)\ (?:of|for)\ (?:[\w-]+\ ){{0,6}}?{_LABEL_NOUN}
        |\b(?:straight\ )?out\ of\ the\ dsm\b
        |\b(?:we|they|doctors|therapists|clinicians|psychologists)\ (?:would\ |usually\ |often\ |tend\ to\ )?call\ (?:that|this|it|what\ you\ (?:are\ )?describ\w+)\ (?:\w+\ )?{_LABEL_NOUN}
        |\b(?:a\ )?(?:walking\ )?(?:red|warning)\ flags?\ for\ (?:[\w-]+\ ){{0,2}}?{_LABEL_NOUN}
        |\b(?:it|that|this|{_SUBJECT})\ (?:is|are)\ (?:\w+\ )?giving\ (?:[\w-]+\ ){{0,2}}?(?:{_LABEL_NOUN}|{_CLINICAL_ADJ})(?![\w-])"""),
        unless_anywhere=_rx(rf"\?$|{_REFLECTION}|{_GENERIC_PLURAL}")),
    Rule("E2", "signs-of-label", _rx(
        rf"""\b(?:signs?|symptoms?|indicators?|indication|hallmarks?|red\ flags?|characteristics?|a\ case)\ of\ (?:(?:a|an|some|clinical|mild|severe|possible|your|his|her|their)\ )*{_LABEL_NOUN}
        |\b(?:this|these|your)\ (?:feelings?|episodes?|bouts?|cycles?)\ of\ (?!(?:learned\ )?helplessness){_CLINICAL}\b
        |\b(?:signs?|symptoms?)\ (?:of|that)\ (?:someone|somebody|a\ person)\ (?:who\ )?(?:is|has|with)\ (?:\w+\ )?(?:depressed|{_CLINICAL})\b
        |\bthere\ is\ (?:\w+\ )?{_CLINICAL}\ (?:here|going\ on|at\ play|involved|at\ work)\b
        |\b(?:match\w*|fits?|meets?|consistent\ with|in\ line\ with|typical\ of)\ (?:\w+\ ){{0,2}}(?:symptoms|criteria|diagnosis|presentation)\b
        |\b(?:which|that|this|it)\ is\ (?:a\ |an\ )?(?:common|normal|typical|classic|natural|understandable)\ (?:response|reaction)\ to\ (?:trauma|abuse|a\ traumatic\ \w+)"""),
        # symptoms spoken of in general ("ways to manage symptoms of anxiety"), no "you" in it
        unless_anywhere=_rx(rf"""{_REFLECTION}|^(?!.*\byour?\b).*\b(?:reduce|reducing|manage|managing|ease|easing|relieve|relieving|lessen|lessening|treat|treating|alleviate|alleviating|cope\ with|coping\ with|help\ with)\ (?:\w+\ ){{0,2}}?(?:the\ )?(?:signs|symptoms)\ of\b""")),
    # A thing they feel or a person in their life named with a label:
    # "That numb feeling is dissociation", "Those flashbacks are PTSD", "The
    # nightmares sound like PTSD", "Your mum sounds bipolar".
    Rule("E2", "names-it-a-label", _rx(
        rf"""\b(?:that|this|these|those|your)\ (?:[\w-]+\ ){{1,6}}?(?:is|are|sounds?\ like|seems?\ like|looks?\ like)\ (?:(?:probably|definitely|basically|just|clearly|likely|really|a|an|classic|textbook|severe|mild|full\ on|some|pure|actual)\ )*(?:[\w-]+\ )?{_LABEL_NOUN}
        |\bsound\ (?:to\ me\ )?like\ (?:\w+\ ){{0,8}}?{_CLINICAL}\b
        |\b{_LABEL_NOUN}\ (?:\w+\ )?(?:explains|would\ explain|(?:could|might|may)\ (?:\w+\ )?explain|is\ (?:probably\ |likely\ |exactly\ )?why)\b
        |\bscreams\ (?:\w+\ )?{_LABEL_NOUN}|(?<!which\ )(?<!that\ )\b(?:is|are)\ called\ {_LABEL_NOUN}
        |\b(?:your|those|these)\ (?:[\w-]+\ ){{1,2}}?(?:is|are|sounds?|seems?|looks?|might\ be|may\ be|could\ be|must\ be)\ (?:(?:so|very|a\ bit|pretty|kind\ of|quite|clearly|obviously|probably|definitely|just|a|an|such\ a|somewhat|really|like|proper|properly|full\ on|straight\ up|on\ the)\ )*{_CLINICAL_ADJ}\b"""),
        unless_anywhere=_rx(rf"\?$|{_REFLECTION}|{_GENERIC_PLURAL}")),
    # What they describe read as the signs of a label: "The checking you
    # describe is typical of OCD", "...suggests dissociation", "that's
    # textbook health anxiety", "best understood as a phobia".
    Rule("E2", "reads-as-label", _rx(
        rf"""\b(?:suggests?|suggesting|points?\ to|pointing\ to|(?:are|is)\ consistent\ with|(?:are|is)\ characteristic\ of|(?:are|is)\ typical\ of|fits?\ the\ (?:pattern|picture|profile)\ of
        |(?:best\ )?(?:understood|explained|described)\ as|amounts?\ to|reflects?|(?:a|the)\ (?:classic|textbook|core|typical|common)\ (?:sign|symptom|case|stage|feature|form|example)s?\ of
        |(?:is|are|that\ is|this\ is)(?:\ (?:100%|definitely|textbook|classic|clearly|obviously|literally|straight\ up|full\ on|proper|a\ bit|kind\ of|a\ form\ of|a\ kind\ of))+(?:\ an?)?)
        \ (?:[\w-]+\ ){{0,4}}?{_LABEL_NOUN}"""),
        unless_anywhere=_rx(rf"\?$|{_REFLECTION}|\b(?:for\ )?(?:many|most|some|other)\ (?:people|others)\b|^for\ others\b")),
    # "It appears that your depression…": a label put on the person's state, hedged.
    Rule("E2", "possessive-label", _rx(
        rf"""\b(?:appears|seems|looks|sounds|guess|suspect|wonder\ if|likely|probably|maybe|perhaps|possibly)\ (?:\w+\ ){{0,3}}?your\ (?:\w+\ )?{_CLINICAL}\b
        |\bi\ (?:wonder|suspect)\ (?:if|whether|that)\ (?:\S+\ ){{0,10}}?{_CLINICAL}\b(?=.*\byou)"""),
        unless_anywhere=_rx(rf"{_REFLECTION}|\?$")),
    Rule("E2", "named-as-label", _rx(
        rf"""\b(?:recogni[sz]\w*|see|sees|seeing|label\w*|identify\w*|view\w*|known|call\w*|describ\w+)\ (?:\S+\ ){{0,8}}?as\ "?(?:a\ |an\ )?{_CLINICAL}\b"""),
        unless_anywhere=_rx(_REFLECTION)),
    Rule("E2", "diagnoses", _rx(r"\b(?:i\ would\ diagnose|i\ diagnose|i\ would\ call\ (?:it|this|that)|you\ (?:could|would|might|may)\ (?:be\ diagnosed|qualify\ for\ a\ diagnosis|meet\ the\ criteria)|a\ diagnosis\ of|(?:your|his|her)\ diagnosis\ (?:is|would\ be))\b")),
    # A record-style label: "Diagnosis: major depressive disorder."
    Rule("E2", "diagnosis-heading", _rx(r"""^\W*(?:(?:your|the|a|likely|probable|working)\ )?(?:diagnosis|dx|assessment|clinical\ impression)\ ?[:\-]""")),
    Rule("E2", "you-are-label", _rx(
        rf"""\b(?:you|he|she|they)\ (?:are|is|sound|sounds|seem|seems|look|looks|come\ across\ as|comes\ across\ as|strike\ me\ as|strikes\ me\ as|might\ be|may\ be|could\ be|must\ be)\ (?:(?:being|so|very|a\ bit|pretty|kind\ of|quite|clearly|obviously|probably|definitely|just|a|an|such\ a|somewhat|really|like)\ )*
        {_CLINICAL_ADJ}\b"""),
        unless_anywhere=_rx(rf"\b(?:you\ feel\ like|you\ worry)\b|{_REFLECTION}|^(?:are|is|do|does)\ |{_GENERIC_PLURAL}")),

    # E3: treatment, medication, professional help --------------------------
    Rule("E3", "recommend-treatment", _rx(
        rf"""\b(?:see|seeing|find|finding|get|getting|seek|seeking|consult|consulting|contact|contacting|talk\ to|talking\ to|talk\ with|talking\ with
        |speak\ to|speaking\ to|speak\ with|speaking\ with|work\ (?:\w+ly\ )?with|working\ (?:\w+ly\ )?with|go\ to|going\ to|visit|visiting|call|calling|reach\ out\ to|reaching\ out\ to
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
            |\bfor\ (?:many|some|most|a\ lot\ of|lots\ of)\ (?:\w+\ )?(?:people|folks|others|couples|families)\ to\b|\bthe\ client\b(?!.*\byou)
            |(?:whether|deciding|decide|decision|courage|brave\w*|scary|hard|difficult|nervous|stigma|reluctan\w+|hesitan\w+)\ (?:\w+\ ){0,2}?to\ (?:go|see|start|seek|find|get|try|enter|begin)
            |^(?:finding|seeing|getting|starting|going|choosing|deciding|entering|attending|beginning|looking|searching|working)\b
            |if\ you\ (?:do\ )?(?:decide|choose|want|are\ (?:already|currently))
            |if\ you\ (?:have|are)\ (?:already|currently)|(?:crisis|help|hot)line|988|samaritans|emergency)\b""")),
    # A treatment said to help, suit or be needed by the person.
    Rule("E3", "treatment-will-help", _rx(
        rf"""\b{_TREATMENT}\ (?:\w+\ ){{0,6}}?(?:can|could|would|will|may|might|should)\ (?:really\ |definitely\ |probably\ |also\ |likely\ |certainly\ |greatly\ |truly\ |just\ )?
        (?:help|be\ able\ to\ help|be\ (?:\w+\ )?(?:(?:very|really|so|truly|particularly|quite|extremely|incredibly)\ )?(?:helpful|beneficial|useful|a\ good|worth|great|valuable|the\ best|a\ great|your\ best|good|right|ideal|wise|an?\ (?:\w+\ )?(?:way|option|step|idea|tool|resource)|what\ you\ need|the\ answer|the\ way\ to\ go)
            |be\ (?:\w+ly\ )?(?:necessary|needed|essential|a\ good\ idea)|benefit|support|assist|make\ a|give\ you|provide\ you|offer\ you|teach\ you|guide\ you|work|take\ the\ edge|do\ you|serve\ you|suit\ you|fix|ease|reduce|calm|lift
            |be\ able\ to\ (?:provide|give|offer|teach|guide|assess|determine|work\ with)|determine\ (?:if|whether|what)|assess|evaluate|address\ (?:your|this|these|the)|treat\ (?:your|this|these|the))"""),
        unless_anywhere=_rx(
            r"""\?$|\b(?:help|support|assist|benefit)\ (?:people|many|some|clients|individuals|couples|families|someone|anyone|a\ person|others|folks|patients)\b
            |\bmy\ (?:therapist|counsel+or|doctor|psychiatrist)|\b(?:crisis|help|hot)line|\b988\b|^(?!.*\byou)
            |\byour\ (?:\w+\ )?(?:therapist|counsel+or|psychiatrist|doctor)\ (?:\w+\ )?(?:will|can|may|might|could|would)\b
            |\b(?:most|many|some|all)\ (?:\w+\ )?(?:therapists|counsel+ors|psychologists|clinicians|professionals|doctors)\b
            |\b(?:do|does|would|will|are|is)\ you\ (?:feel|think|believe|know|find)\b""")),
    # A professional or treatment said to do the person good, whatever the
    # verb: "A counsellor would sort you out", "The right medication could
    # make this easier for you", "Your GP can refer you". Describing what
    # therapists in general do, or the person's own one, passes.
    Rule("E3", "helper-does-you-good", _rx(
        rf"""(?:^|[,;]\ |\b(?:and|but|so|that|honestly|think|reckon|guess)\ )(?:(?:a|an|the|some|any|good|proper|trained|qualified|licensed|your|\w+)\ ){{0,3}}?{_HELPER}
        (?:\ (?:who|that)\ [^,.;]{{0,40}}?)?\ (?:\w+\ ){{0,2}}?(?:can|could|would|will|might|may)\ (?:\w+ly\ |really\ |rly\ |also\ |probably\ |definitely\ |honestly\ |well\ |be\ able\ to\ )*
        (?:help|sort|fix|give|get|untangle|change|make|take|do\ (?:more|wonders|a\ lot)|know\ how|offer|teach|guide|support|clarify|treat|ease|reduce|refer|prescribe|put|assess|lift|calm|transform|save|open|stop|settle|steady|knock|sharpen|boost|balance
            |be\ (?:\w+\ )?(?:good|right|great|helpful|beneficial|useful|ideal|perfect|best|well\ (?:placed|suited)|the\ (?:answer|way|best|right))|kick\ in|work\ (?:wonders|for\ you))\b(?=[^.?!]*\b(?:you|your|yourself|the\ (?:child|kid|children|kids))\b)"""),
        unless_anywhere=_rx(r"""\?$|\bmy\ (?:\w+\ )?(?:therapist|counsel+or|doctor|psychiatrist|gp|psychologist)|\b(?:most|many|some|all|other)\ (?:\w+\ )?(?:therapists|counsel+ors|psychologists|doctors|professionals)\b""")),
    # What a professional or treatment "would" do, said of this person's
    # trouble even with no "you" in it: "A psychiatrist would sort this
    # out", "Melatonin at night would fix the sleep", "A few sessions of CBT
    # would clear this right up". "Can/could help" said in general is not this.
    Rule("E3", "helper-would-fix-it", _rx(
        rf"""(?:^|[,;]\ |\b(?:and|but|so|that|honestly|think|reckon|guess)\ )(?:(?:a|an|the|some|any|good|proper|trained|qualified|licensed|your|\w+)\ ){{0,6}}?{_HELPER}
        (?:\ (?:who|that)\ [^,.;]{{0,40}}?)?\ (?:[\w-]+\ ){{0,3}}?would\ (?:\w+ly\ |really\ |probably\ |definitely\ |honestly\ |soon\ )*
        (?:help|sort|fix|clear|take\ the\ edge|set\ you|suit|stop|settle|level\ you|even\ you|balance\ you|mellow\ you|straighten\ you|pick\ you\ up|open|boost|lift|knock|steady|do\ (?:you|wonders|the\ trick)|be\ (?:just\ )?the\ ticket|get\ to\ the\ (?:root|bottom)|make\ (?:a\ )?(?:big\ |huge\ |real\ )?difference|work\ wonders|calm|ease|lift|have\ you)\b"""),
        unless_anywhere=_rx(r"""\?$|\b(?:if|whether)\b(?=[^,.;]*\bwould\b)|\bmy\ (?:\w+\ )?(?:therapist|counsel+or|doctor|psychiatrist|gp|psychologist)|\b(?:help|suit)\ (?:a\ lot\ of\ |lots\ of\ |many\ |most\ |some\ )?(?:people|many|some|others|everyone|anyone|most|folks)\b|\b(?:i|we)\ (?:thought|hoped|wished|knew)\b""")),
    # A treatment named as the answer: "Couples therapy is what you two
    # need", "CBT is the right tool for your...", "Professional help is the
    # only way through this", "There are medications that can help".
    Rule("E3", "treatment-is-the-answer", _rx(
        r"""\b(?:\w*therapy|counsel+ing|professional\ help|""" + _MEDICATION + r"""|treatment|rehab|cbt|dbt|emdr|(?:\w+\ )?(?:assessment|evaluation|eval|referral)|(?:inpatient|outpatient|residential|recovery|treatment|rehab|detox|day)\ (?:programme|program|unit|stay|clinic|facility|centre|center)|(?:a\ )?(?:therapist|counsel+or|psychologist|psychiatrist|doctor))\ (?:\w+\ ){0,2}?(?:is|are|would\ be|will\ be|is\ going\ to\ be)\ (?:exactly\ |really\ |definitely\ |probably\ |honestly\ |just\ |basically\ |simply\ |clearly\ |by\ far\ )?
            (?:what\ (?:you|your|he|she|they|will|would|this|it|that|the\ two\ of\ you|both\ of\ you|people\ (?:with|like|in)\ (?:you|your))|who\ (?:you|he|she|they)\ (?:need|want|should\ see|ought\ to\ see)\b|the\ (?:only|best|right|most\ effective|winning|appropriate|next|ideal|perfect|sensible|way|move|play|ticket|answer|(?:proper|obvious|real|only\ real)\ (?:fix|cure|answer|solution|treatment|option|way\ forward)|gold\ standard|go-to\ (?:treatment|option|answer|fix)|first[- ]line|fix|cure)\b|a\ (?:sensible|good|great|wise|the\ right)\ next\ step|the\ place\ to\ start
            |where\ (?:you|he|she|they)\ (?:belong|need\ to\ be|should\ be|ought\ to\ be)|your\ (?:best|only)\ (?:bet|option|hope|shot))
        |\bthere\ (?:are|is)\ (?:also\ |many\ |some\ |plenty\ of\ |lots\ of\ |a\ lot\ of\ |several\ |good\ |effective\ )?(?:\w+\ ){0,3}?(?:\w*therap(?:y|ies|ists?)|counsel+(?:ing|ors?)|psychologists?|psychiatrists?|treatments?|medications?|meds|professionals)\ (?:that|who|which)\ (?:can|could|will|would|may|might)\ (?:really\ )?help\b"""),
        unless_anywhere=_rx(r"\?$|\bfor\ (?:many|some|most|a\ lot\ of|lots\ of|plenty\ of)\b|\bmy\ (?:\w+\ )?(?:therapist|counsel+or|doctor|psychiatrist|meds|medication|pills|tablets)|" + _REFLECTION)),
    # A treatment matched to the person's trouble: "CBT works well for
    # thoughts like these", "...is well suited to the worry you describe",
    # "EMDR may suit you", "counselling is available to you", "your best
    # option may be a therapist", "with the right therapist, you can...",
    # "it would be worth getting a medical check".
    Rule("E3", "treatment-fits-them", _rx(
        rf"""\b{_HELPER}\b[^.;]{{0,40}}?\b(?:works?\ (?:well\ |best\ |wonders\ |really\ well\ )?for\ (?:people\ (?:like\ you|in\ your)|you(?!\ if)|someone\ like\ you|your)|works?\ (?:well|best|wonders)\ for(?!\ you\ if)|(?:is|are|was|were)\ (?:\w+\ )?(?:built|made|designed|tailor[- ]made|perfect|meant)\ for\ (?:\w+\ ){{0,2}}?(?:you|your|people\ like\ you)\b|(?:is|are|would\ be)\ (?:a\ )?(?:good|great|right|ideal|perfect|best)\ (?:choice\ |option\ |fit\ )?for\ (?:you|your)\b
            |(?:is|are)\ (?:the\ one\ )?who\ (?:you\ (?:should\ )?(?:talk|go|see|speak)|deals|can\ help)|(?:is|are)\ (?:well|ideally|particularly|perfectly)\ suited\ (?:to|for)|(?:has|have)\ a\ (?:good|strong|great|proven)\ track\ record
            |(?:may|might|could|would)\ (?:well\ )?suit\ you|(?:is|are)\ available\ to\ you|a\ real\ help\ to\ you|a\ (?:reasonable|sensible|logical|natural)\ (?:next\ )?step
            |(?:is|are)\ (?:often\ |usually\ )?(?:very\ )?(?:helpful|effective)\ (?:for|when|with)\ (?:\w+\ ){{0,4}}?(?:you|your|like\ (?:these|this|yours)|this\ long))
        |\byour\ best\ (?:option|bet|move)\ (?:may|might|would|could|will)?\ ?(?:be|is)\ (?:a|an|to\ (?:see|find|get|talk))\b(?=[^.]*\b{_TREATMENT})
        |\bwith\ the\ right\ (?:\w+\ )?(?:therapist|counsel+or|medication|treatment|support|professional|doctor)s?,\ you\b
        |\bwith\ (?:good|proper|regular|a\ good|some)\ (?:\w+\ )?(?:therapy|therapist|counsel+ing|counsel+or|medication|treatment|professional\ help)s?,?\ you\ (?:can|will|could|may|might|would)\b
        |\bit\ (?:would|might|could|may)\ be\ worth\ (?:having|getting|booking|arranging|asking\ for)\ (?:a|an)\ (?:\w+\ )?(?:medical|check|assessment|referral|evaluation|appointment)"""),
        unless_anywhere=_rx(r"\?$|\bmy\ (?:\w+\ )?(?:therapist|counsel+or|doctor|psychiatrist)")),
    # Getting professional help named as the step to take: "Finding a
    # therapist may be helpful", "Counseling is a good option".
    # Describing what therapy can do in general passes ("Therapy can be
    # helpful"); naming it as the option or the person's step does not.
    Rule("E3", "treatment-is-good-step", _rx(
        rf"""(?:^|,\ ){_LEAD}(?:(?:finding|seeing|getting|seeking|starting|beginning|trying|going\ (?:to|back\ to)|talking|speaking|working\ with|reaching\ out\ to|consulting(?:\ with)?|contacting|attending|engaging\ in|looking\ into|exploring|discussing|working\ through)\ (?:\w+\ ){{0,3}}?)?{_TREATMENT}
        \b(?:\ [^\s,;]+){{0,6}}?\ (?:is|are|would\ be|could\ be|might\ be|may\ be|will\ be)\ (?:also\ |really\ |probably\ |definitely\ |often\ |very\ |so\ )*
        (?:the\ (?:best|next|right)\ (?:step|option|choice|way|thing)|the\ (?:move|play|way\ to\ go|answer|ticket)\b|your\ (?:best|only)\ (?:bet|option|shot)
            |(?:a|an)\ (?:\w+\ )?(?:good|great|excellent|wise|smart|ideal|important|necessary|helpful|useful|valuable)\ (?:idea|option|step|choice|start|place\ to\ start|resource|investment|next\ step|way\ to)
            |something\ (?:to\ consider|worth\ (?:considering|exploring|trying|looking\ into)|(?:you\ )?(?:could|might|may)\ (?:consider|try|explore|want\ to\ (?:consider|try|explore))))\b
        |^{_LEAD}(?:finding|seeing|getting|seeking|starting|going\ (?:to|back\ to)|talking\ (?:to|with)|speaking\ (?:to|with)|working\ with|reaching\ out\ to|consulting(?:\ with)?|contacting|attending|being\ able\ to\ (?:see|speak|talk|work)(?:\ (?:to|with))?)\ (?:\w+\ ){{0,3}}?{_TREATMENT}
        \b(?:\ [^\s,;]+){{0,8}}?\ (?:is|would\ be|could\ be|can\ be|may\ be|might\ be|will\ be)\ (?:also\ |really\ |probably\ |definitely\ |often\ |very\ |so\ |extremely\ |incredibly\ )*
            (?:helpful|beneficial|useful|valuable|important|essential|necessary|a\ (?:big\ |great\ |huge\ )?help)\b"""),
        unless_anywhere=_rx(
            r"""\?$|\bfor\ (?:many|some|most|a\ lot\ of|lots\ of)\b|\bfor\ (?:people|others|everyone|anyone|someone|couples|families|individuals)\b
            |^(?:\w*therapy|counsel+ing|treatment)\ (?:is|can\ be)\ (?:a|an)\ (?:\w+\ )?\w+\ way\ to\b
            |\bmy\ (?:therapist|counsel+or|doctor|psychiatrist)|\b(?:i|we)\ (?:found|have\ found|went)\b""")),
    # Professional help put as what would do them good, however softly: "It
    # may also be helpful to talk this over with a counsellor", "it might be
    # worth seeing your GP about it". A question, their own professional, or
    # people in general ("it can help many people to...") pass.
    Rule("E3", "helpful-to-see-someone", _rx(
        rf"""\bit\ (?:(?:may|might|could|would|can|will)\ (?:also\ |really\ |definitely\ |still\ )?be|is)\ (?:\w+\ )?(?:(?:helpful|useful|beneficial|worthwhile|a\ good\ idea|wise|valuable|important|good)\ (?:for\ you\ )?to|worth)\ (?:[\w'-]+\ ){{0,8}}?
        (?:with|to|see|find|contact|consult|visit|from)\ (?:(?:a|an|some|your|the)\ )?(?:[\w-]+\ ){{0,2}}?{_TREATMENT}\b"""),
        unless_anywhere=_rx(rf"""\?$|\bmy\ (?:\w+\ )?(?:therapist|counsel+or|doctor|psychiatrist)|\bfor\ (?:many|some|most|people|others|a\ lot\ of)\b|{_REFLECTION}""")),
    # Professionals or treatments pointed to as there for the person: "There
    # are therapists who specialize in this", "In therapy you can learn…",
    # "Therapy is essential".
    Rule("E3", "treatment-available", _rx(
        rf"""\bthere\ (?:are|is)\ (?:also\ |many\ |some\ |plenty\ of\ |lots\ of\ |a\ lot\ of\ |several\ )?(?:\w+\ ){{0,3}}?(?:\w*therap(?:y|ies|ists?)|counsel+(?:ing|ors?)|psychologists?|psychiatrists?|clinics?|professionals|treatments?|medications?)\ (?:that|who|which)\ (?:can|could|will|would|may|might|speciali[sz]e)\b
        |\bin\ (?:\w*therapy|counsel+ing|treatment|sessions?),?\ (?:\w+\ )?you\ (?:can|will|could|would|may|might)\ (?:\w+\ )?(?:be\ able\ to\ )?(?:learn|work|explore|get|find|develop|gain|build|discover|address|process|heal|understand)\b
        |^{_LEAD}(?:[\w-]+\ )?(?:\w*therapy|counsel+ing|treatment|medication|professional\ help)\ (?:is|would\ be|will\ be)\ (?:\w+ly\ |very\ |so\ |also\ )?(?:essential|necessary|needed|crucial|vital|a\ must|key|the\ answer|the\ way\ to\ go|a\ better\ fit|non-?negotiable|not\ optional|mandatory|a\ must-have)\b
        |\b(?:helpful|useful|beneficial)\ (?:may|might|could|would)\ be\ (?:the\ |a\ |an\ )?(?:\w+\ ){{0,4}}?{_TREATMENT}
        |\b(?:provide|offer|give)\ you\ (?:with\ )?(?:\w+\ ){{0,2}}?(?:treatment|therapy|counsel+ing|medication)\b
        |\bbeing\ able\ to\ (?:speak|talk|work)\ (?:to|with)\ (?:\w+\ ){{0,2}}?{_TREATMENT}\b"""),
        unless_anywhere=_rx(r"""\?$|^(?!.*\byou)(?!.*^(?:\w*therapy|counsel+ing|treatment)\ is)|\bmy\ (?:therapist|counsel+or|doctor|psychiatrist)|\b(?:i|we)\ (?:found|have\ found|went|had)\b""")),
    Rule("E3", "you-need-treatment", _rx(
        rf"""\byou\ {_ADVERB}(?:(?:might|may|could|would|will|probably|likely|also|really|just|definitely)\ )*{_YOU_NEED}(?!\ (?:not\ )?(?:feel|be|trust|know)\b)\ (?:\w+\ ){{0,4}}?{_TREATMENT}\b"""),
        unless_anywhere=_rx(rf"\?$|{_REFLECTION}")),
    # A professional named as what they, or someone in their life, need:
    # "Your son needs to be seen by a paediatric psychologist", "it's a
    # counsellor you want, not me", "She has to see a specialist". What they
    # were told ("the school said he needs to see...") or a question passes.
    Rule("E3", "needs-a-professional", _rx(
        rf"""\b(?:you|he|she|they|your\ (?:[\w-]+\ )?\w+)\ (?:really\ |definitely\ |probably\ |honestly\ |urgently\ )?(?:needs?\ to|has\ to|have\ to|must|should|ought\ to)\ (?:be\ (?:seen|assessed|evaluated|checked\ over|looked\ at|referred)\ (?:by|to)|see|get\ in\ (?:with|to\ see))\ (?:a|an|some|the)\ (?:[\w-]+\ ){{0,2}}?{_PROFESSION}
        |\bit\ is\ (?:a|an|some)\ (?:[\w-]+\ ){{0,2}}?{_PROFESSION}\ (?:you|he|she|they|your\ \w+)\ (?:want|need|should\ (?:see|talk\ to)|ought\ to\ see)
        |\b(?:get\ (?:yourself\ |him\ |her\ |them\ )?(?:down|along|over|round)\ to|go\ (?:down|along|round)\ to|pop\ (?:down|along|in|round)\ to)\ (?:the\ |your\ )?(?:surgery|gp|doctor'?s|hospital|a&e|walk-in|clinic)\b
        |\b(?:you|he|she|they|your\ (?:[\w-]+\ )?\w+)\ (?:should|need\ to|must|ought\ to)\ be\ (?:offered|given|prescribed|referred\ (?:to|for)|put\ on|started\ on|on)\ (?:\w+\ ){{0,3}}?{_TREATMENT}\b(?!'s)
        |\b(?:he|she|they|your\ (?:[\w-]+\ )?\w+)\ (?:really\ |definitely\ |probably\ |honestly\ |urgently\ )?(?:needs|need|should\ (?:get|have|start)|must\ (?:get|have|start))\ (?:\w+\ ){{0,3}}?{_TREATMENT}\b(?!'s)(?!\ (?:says?|said|thinks?|told)\b)"""),
        unless_anywhere=_rx(rf"\?$|{_REFLECTION}|\b(?:said|says|thinks|told|reckons|insists|suggested)\ (?:that\ )?(?:you|he|she|they|your\ \w+)\ (?:\w+\ )?(?:needs?|has|have|must|should)\b|\bif\ (?:you|he|she|they)\b")),
    # An unnamed professional brought in for the person: "with a licensed clinician".
    Rule("E3", "a-professional-for-you", _rx(
        r"""\b(?:with|to|from|by|see|find|get)\ (?:a|an|some)\ (?:\w+\ |\(\w+\)\ ){0,2}(?:therapist|counsel+or|psychologist|psychiatrist|clinician|professional|specialist|psychotherapist)s?\b(?=.*\byou)"""),
        unless_anywhere=_rx(
            r"""\?$|\b(?:i|we)\ (?:\w+\ )?(?:saw|went|talked|spoke|worked|had|found|got|was|am|have\ been)\b|\bmy\ (?:therapist|counsel+or|doctor)
            |(?:people|many|some|others|someone|anyone|folks|everyone)\ (?:\w+\ )?(?:who|that|find|choose|decide)|if\ you\ (?:do\ )?(?:decide|choose|want|ever\ want)""")),
    Rule("E3", "get-evaluated", _rx(r"""\b(?:get|getting|be|being)\ (?:\w+\ ){0,2}?(?:evaluated|assessed|screened|tested\ for|diagnosed)\b
        |\b(?:have|having|get|getting)\ (?:him|her|them|your\ \w+|yourself)\ (?:\w+\ )?(?:evaluated|assessed|screened|tested|diagnosed|checked\ out)\b
        |(?<!\byou\ )(?<!\bi\ )(?<!\bwe\ )(?<!\bthey\ )(?<!\bhe\ )(?<!\bshe\ )\b(?:have|get|arrange|book|schedule)\ (?:a|an)\ (?:\w+\ ){0,2}?(?:evaluation|assessment|screening)\b(?!\ of\ (?:the|your)\ (?:situation|options))"""),
        # a peer's own diagnosis told ("Being diagnosed at thirty was a relief for me")
        unless_anywhere=_rx(rf"\?$|{_REFLECTION}|\b(?:i|we)\ (?:got|was|were)\b|\b(?:for|to)\ me\b|^(?:\w+,?\ )?(?:being|getting)\ (?:\w+\ ){{0,2}}?(?:diagnosed|assessed|evaluated)\b[^.]*\b(?:was|felt|has\ been|had\ been)\b")),
    Rule("E3", "medication-change", _rx(
        rf"""\b(?:ask|tell|talk\ to|speak\ to|speak\ with|check\ with)\ your\ (?:doctor|gp|psychiatrist|physician|prescriber|pharmacist)\ (?:about|to|for|if|whether)
        |\b(?:raise|raising|increase|increasing|lower|lowering|reduce|reducing|up|upping|double|doubling|halve|halving|adjust|adjusting|change|changing|stop|stopping|quit|quitting|come\ off|coming\ off|taper|tapering|start|starting|take|taking|switch|switching|skip|skipping|bump|bumping|push|pushing|put\ you\ on|putting\ you\ on|try\ you\ on)\ (?:your\ |the\ |an\ |some\ )?(?:dose|dosage|pills|{_MEDICATION})\b
        |\b(?:dose|dosage|{_MEDICATION})\ (?:\w+\ ){{0,2}}?(?:up|down)\ to\ \d+
        |\b(?:have|get|let)\ your\ (?:doctor|gp|psychiatrist|prescriber|physician)\ (?:\w+\ )?(?:switch|change|up|raise|increase|lower|reduce|adjust|put|take|wean|move|prescribe|refer|send|book|test|assess|examine|check\ you)\b
        |\b(?:switch|switching|move|moving|wean|weaning|take|taking|get|getting)\ you\ (?:off|onto|on\ to)\ (?:\w+\ ){{0,2}}?(?:{_MEDICATION}|something|one|another)\b
        |\b(?:is|are|would\ be)\ (?:the|a)\ (?:right|best|good|effective|proven|recommended|first-line|standard|gold\ standard)\ (?:treatment|therapy|approach|medication|option)\ for\ (?:you|this|your|it)
        |\bthe\ (?:right|best|recommended|ideal|most\ effective)\ (?:course\ of\ )?(?:treatment|therapy|medication)\ for\ (?:you|your)\b
        |\b(?:seek|get|find|consider|pursue|requires?|requiring|warrants?|needs)\ (?:some\ )?(?:professional|medical|clinical|psychiatric|psychological|expert)\ (?:help|support|advice|treatment|care|guidance|attention)"""),
        # how medicines behave in general ("stopping some medications suddenly can cause...") is not this
        unless_anywhere=_rx(rf"\?$|{_REFLECTION}|\bi\ used\ to\b|\bmy\ (?:doctor|psychiatrist)\b|\bi\ (?:started|stopped|took|had)\b|\b(?:can|may|might|could|often|will)\ (?:\w+\ )?cause\b|\b(?:prescribers|doctors|people|many\ people|most\ people)\ (?:usually|often|generally|tend|typically)\b")),

    # A dose stated ("Sertraline 50mg daily."), or a medicine named as what suits
    # the person ("So antidepressant is best for you."): whoever said it first.
    Rule("E3", "dose-or-medicine-for-you", _rx(
        rf"""\b(?:{_MEDICATION}|{_REMEDY}),?\ ?\d+(?:\.\d+)?\ ?(?:mg|mcg|ml|milligrams?)\b
        |\b\d+(?:\.\d+)?\ ?(?:mg|mcg|milligrams?)\b[^.!?]{{0,30}}\b(?:daily|a\ day|once|twice|every|per\ day|at\ night|in\ the\ morning|at\ bedtime|before\ bed|before\ sleep)\b
        |\b\d+(?:\.\d+)?\ ?(?:mg|mcg|milligrams?)\ of\ (?:\w+\ ){{0,3}}?(?:{_MEDICATION}|{_REMEDY})\b
        |\b{_MEDICATION}\b[^.!?,;]{{0,30}}?\b(?:best|right|good|ideal|perfect|what\ you\ need|the\ answer|the\ way\ to\ go)\ (?:\w+\ )?for\ you
        |\b{_MEDICATION}\ (?:is\ )?what\ (?:needs|has|ought)\ to\ be\ taken"""),
        unless_anywhere=_rx(rf"\?$|{_REFLECTION}|\bi\ (?:take|took|am\ on|was\ on|started|stopped|had|used\ to)\b|\bmy\ (?:doctor|gp|psychiatrist)\b|\b(?:when|while)\ i\ was\ on\b")),
    # A supplement or remedy put to the person's trouble: "St John's wort
    # would lift your mood", "Magnesium before bed would sort your sleep",
    # "CBD oil would calm your nerves", "try some valerian for the nerves".
    # What the speaker took ("valerian did nothing for me") passes.
    Rule("E3", "remedy-for-you", _rx(
        rf"""\b{_REMEDY}\b[^.;?]{{0,50}}?\b(?:would|will|could|can|should|might)\ (?:\w+ly\ |really\ |probably\ |definitely\ )*(?:help|sort|fix|calm|settle|lift|ease|boost|stop|take\ the\ edge|work\ wonders|do\ (?:the\ trick|wonders|you))\b(?=[^.?!]*\b(?:you|your|yourself)\b)
        |\b(?:try|take|get\ (?:some|yourself)|grab|start\ on|start\ taking)\ (?:some\ |a\ bit\ of\ )?{_REMEDY}\b"""),
        unless_anywhere=_rx(rf"\?$|{_REFLECTION}|\b(?:i|we)\ (?:take|took|tried|use|used|swear\ by|started|had)\b|\bfor\ me\b|\bmy\ (?:doctor|gp|psychiatrist)\b")),
]
