"""The advice detector's rules for instructions, in English: a line that
tells the person what to do (H1 commands and instructions, the guard's
category). ``advice`` runs them; the guard rejects what they find."""
from __future__ import annotations

from .guard_rule import Rule, _rx
from .guard_vocabulary import (_ADVERB, _CLAUSE, _CLAUSE_NO_COMMA, _CONVERSATIONAL, _CRISIS_RESOURCE,
                               _IMPERATIVE_VERBS, _LEAD, _NOT_AN_ORDER, _NOT_A_VERB, _NOUN_SUBJECT, _PEOPLE_DO_THEN, _SAFETY,
                               _SUBORDINATOR, _WHY_DO_NOT)
from .vocabulary import (BEST, ESSENTIAL, FIRST, GOT_TO, HAVE_GOT_TO, HAVE_TO, IF_I_WERE_YOU, IMPORTANT, MAKE_SURE,
                         MUST, NEED_TO, OUGHT_TO, PROPOSING_VERBS, RECOMMENDING_VERBS, SHOULD, STEP, URGING_VERBS,
                         WHY_NOT, YOUR_PLACE, alternatives)

# The modal phrases after "you" (vocabulary), and the guard's own: "needs
# to", "has to", the negatives, "had better", and the future ones.
_YOU_MODAL = alternatives(NEED_TO, (r"needs\ to",), MUST, HAVE_TO, (r"has\ to",), HAVE_GOT_TO, GOT_TO, OUGHT_TO, SHOULD, (
    r"should\ not", r"must\ not", r"had\ better", rf"better(?=\ (?:not\ )?(?:{_IMPERATIVE_VERBS})\b)", r"will\ need\ to",
    r"will\ have\ to", r"will\ want\ to", r"are\ going\ to\ want\ to(?!\ (?:cry|scream|hide|sleep|curl|laugh|give\ up|run\ away|throw))", r"are\ going\ to\ have\ to", r"are\ going\ to\ need\ to",
    # a need hedged is still a need ("you may need to tell her")
    r"(?:may|might)\ (?:also\ |just\ |really\ )?need\ to(?!\ (?:feel|be|hear|know|take\ (?:some\ )?time|rest|grieve|cry)\b)"))
# ...the ones a "you" is told by someone else, or thinks ("he said you
# should", "you feel you have to"); the first with "need" alone ("you need a break").
_TOLD_NEED = alternatives(SHOULD, ("need",), MUST, HAVE_TO)
_TOLD_MODAL = alternatives(SHOULD, NEED_TO, MUST, HAVE_TO)
_FEARED_MODAL = alternatives(SHOULD, NEED_TO, MUST, HAVE_TO, (r"will\ need\ to", r"will\ have\ to"))
# The step called the one to take ("the best thing is to..."): the shared
# words (vocabulary), and the guard's own.
_BEST_STEP = alternatives(BEST, FIRST, ("only", "right", "next", r"most\ important"), IMPORTANT, (
    "main", "key", "smart", "wise", "healthiest", "second", "third", "final", "last", "wisest", "smartest", "quickest",
    "easiest", "simplest", "appropriate", "sensible", "obvious"))
_STEP = alternatives(STEP, ("way", "option", "approach", r"course\ of\ action", r"course\ of\ treatment", "move", "solution", "advice", "answer"))
_BEST_OR_MOST_IMPORTANT = alternatives(BEST, ("only", r"most\ important"))
# Words that call a step needed (vocabulary), and the guard's own.
_IMPORTANT_TO = alternatives(IMPORTANT, ESSENTIAL, ("key", "imperative", "necessary", "critical", "wise", "advisable"), BEST,
                             ("paramount",))
_IMPORTANT_THAT = alternatives(IMPORTANT, ESSENTIAL, ("necessary", "imperative", "critical"))
_IS_IMPORTANT = alternatives(IMPORTANT, ESSENTIAL, ("key", "necessary", "imperative", "paramount", "critical", r"a\ must"))

# The modals an order may start with when its "you" is dropped ("Should
# really get back to the gym", "Shouldn't text him back").
_BARE_MODAL = alternatives(MUST, NEED_TO, HAVE_TO, HAVE_GOT_TO, GOT_TO, SHOULD, OUGHT_TO, (r"should\ not", r"must\ not"))

COMMAND_RULES: list[Rule] = [
    # H1: commands and instructions -----------------------------------------
    Rule("H1", "you-modal", _rx(
        rf"""(?<!\bwhat\ )(?<!\bwhatever\ )(?<!\beverything\ )(?<!\banything\ )(?<!\ball\ )(?<!\bif\ )(?<!\bsorry\ )(?<!\bsorry\ that\ )(?<!\bwhen\ )(?<!\bwhenever\ )(?<!\bthings\ )(?<!\bshould\ )(?<!\bwhere\ )(?<!\bsomewhere\ )(?<!\bnowhere\ )(?<!\banywhere\ )(?<!\bdo\ )(?<!\bdoes\ )(?<!\bdid\ )(?<!\bhelp\ )(?<!\bsupport\ )
        \byou\ {_ADVERB}(?:(?:will|would)\ {_ADVERB})?{_YOU_MODAL}\b"""),
        unless_at=_rx(
            rf"""you\ {_ADVERB}need\ to\ (?:feel|be)\ (?:\w+\ )?(?:safe|heard|accepted|comfortable|understood|supported|respected|loved|valued)
            |you\ {_ADVERB}{alternatives(SHOULD, OUGHT_TO)}\ {_ADVERB}(?:be\ (?:\w+\ )?(?:proud|glad|happy|pleased|able|allowed|treated|respected|loved|heard|safe|free|okay|ok|fine|forgiven|supported|valued|comfortable)
                |feel\ (?:\w+\ )?(?:proud|good|free|safe|loved|heard|supported|valued|respected|comfortable|accepted|understood)|never\ have\ to|not\ have\ to|not\ need\ to|not\ feel\ (?:\w+\ )?(?:ashamed|guilty|bad|embarrassed|alone|stupid|weak|judge\w*)
                |not\ be\ (?:\w+\ )?(?:ashamed|embarrassed|alone|treated|blamed)|have\ (?:someone|people|support|a\ say|the\ right|been\ there|had)|not\ have\ had|(?:never\ |not\ )?have\ (?:been|had\ to)\b|not\ (?:need|feel\ obliged|feel\ obligated)\b|be\ (?:\w+\ )?(?:chuffed|commended|praised|thrilled|delighted|celebrated)|get\ to|know\ (?:that\ )?you\ are\ (?:not\ alone|loved|enough|worth|valued|important))
            |you\ {_ADVERB}{alternatives(MUST, HAVE_TO, GOT_TO, HAVE_GOT_TO)}\ {_ADVERB}(?:be\ (?:(?:so|really|very|such\ a|incredibly|pretty|extremely)\ \w+|(?!(?:\w+\ )?(?:honest|careful|patient|firm|clear|assertive|willing|consistent|proactive|strong|brave|kind|gentle|open|ready|the\ one|more|less|better)\b)(?:\w+\ )?\w+)|have\ (?:been|felt|had|gone|done|seen|heard|other|so\ many|many|lots|a\ lot|some|such)|feel|really\ (?:miss|love|care)|miss|love|care|know\ how|wonder|think\ about\ (?:her|him|them|it)\ a\ lot)
            |you\ {_ADVERB}should\ (?:not\ )?have\ (?:a|an|any|no|much|many|too\ much)?\ ?(?:\w+\ )?(?:problems?|issues?|trouble|difficulty|difficulties)\b
            |you\ {_ADVERB}need\ to\ get\ (?:\w+\ )?off\ (?:of\ )?your\ chest
            |you\ {_ADVERB}{alternatives(NEED_TO, HAVE_TO, MUST)}\ (?:know|remember|understand)\ (?:that\ )?(?:it\ (?:was|is)\ not\ your\ fault|you\ are\ (?:not\ alone|loved|enough|worth|not\ to\ blame)|none\ of\ (?:this|it)\ (?:was|is)\ your\ fault)
            |you\ {_ADVERB}have\ to\ (?:admit|say|wonder|laugh|go\ through|endure)|you\ {_ADVERB}had\ better\ believe|you\ are\ going\ to\ have\ to\ tell\ me"""),
        unless_anywhere=_rx(rf"""\b(?:said|says|saying|told\ you|telling\ you|tells\ you|thinks|suggested|wants|recommended|advised|insists|insisting|believes|expects|expecting|demanding|demands)\ (?:that\ )?you\ {_TOLD_NEED}
            |\b(?:hate|sorry|rubbish|unfair|awful|sad|terrible|shame|wish|horrible|hard)\ that\ you\ (?:\w+\ )?(?:have|have\ got|got)\ to\b
            |\b(?:does|do|did)\ not\ mean\ (?:that\ )?you\ {_TOLD_MODAL}\b
            |\bwhether\ (?:or\ not\ )?you\ {alternatives(SHOULD)}\b
            |\byou\ (?:feel|felt|think|thought|believe|said|say|know|fear|are\ worried|are\ afraid)\ (?:like\ |that\ )?you\ {_FEARED_MODAL}\b
            |\b(?:do\ not|never)\ (?:think|believe)\ (?:that\ )?you\ {_TOLD_MODAL}\ (?:feel|be)\b""")),
    # Inclusive "we need to / we must + action" still directs the person.
    Rule("H1", "we-modal", _rx(
        rf"""(?<!\bif\ )(?<!\bbelieve\ )(?<!\blike\ )(?<!\bknow\ )(?<!\bknew\ )(?<!\blearn\ )\bwe\ (?:all\ |really\ |just\ |both\ |definitely\ |first\ )*{alternatives(NEED_TO, MUST, HAVE_TO, GOT_TO, OUGHT_TO, SHOULD)}\ (?:all\ |just\ |really\ )?
        (?!remember|understand|know|recogni|reali[sz]e|accept|respond|talk|chat|be\b)(?:{_IMPERATIVE_VERBS})\b"""),
        unless_anywhere=_rx(r"\?$")),
    # "You need better friends": a need asserted for the person.
    Rule("H1", "you-need-thing", _rx(
        r"""(?<!\bwhat\ )(?<!\bwhatever\ )(?<!\beverything\ )(?<!\banything\ )(?<!\ball\ )(?<!\bif\ )(?<!\bwhen\ )(?<!\bthe\ )(?<!\blike\ )(?<!\bthat\ )(?<!\bsee\ )(?<!\bunless\ )
        \byou\ (?:really\ |definitely\ |just\ |also\ |both\ )?(?:need|needs)\ (?:a|an|some|more|less|better|new|space|time|rest|sleep|help|support|distance|boundaries|assistance|guidance|closure)\b"""),
        unless_anywhere=_rx(r"\?$|\bif\ you\ (?:ever\ )?need\b")),
    Rule("H1", "imperative", _rx(rf"""{_CLAUSE_NO_COMMA}(?:{_IMPERATIVE_VERBS})\b(?!\ *[?])(?!ing|ed|s\b){_NOUN_SUBJECT}"""),
        unless_at=_rx(rf"{_CLAUSE_NO_COMMA}{_NOT_AN_ORDER}"),
        unless_anywhere=_rx(rf"{_SAFETY}|{_PEOPLE_DO_THEN}|^(?:maybe|perhaps)\b.*\?$|^{_LEAD}(?!do\ not\b)(?:{_IMPERATIVE_VERBS})\b[^.!;:,]{{0,40}}\?$|^i\ (?:try|tend|like|usually|always|often|sometimes|just|also)\b(?!.*\byou)")),
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
            |[^,;:?]*\bsuch\ (?:a\ |an\ )?[a-z]+,
            |{_LEAD}(?:{_IMPERATIVE_VERBS})\b
            |(?<=,)\ [a-z]+,\ (?:and|or)\ )"""),
        unless_anywhere=_rx(rf"""{_SAFETY}|{_PEOPLE_DO_THEN}|^{_LEAD}(?:would|do|did|can|could|will|are|is|have)\ you\b.*\?$
            |^(?:it\ (?:may|might|could|can)\ (?:also\ )?be\ (?:\w+\ )?(?:nice|good|helpful|useful|worth\ \w+ing|an\ idea|a\ good\ idea)\ to|(?:maybe|perhaps)\ you\ (?:could|might|can)|you\ (?:could|might|may)\ (?:also\ )?(?:want\ to|try|consider))\b(?![^.!?]*\b(?:but|however|instead)\b)""")),
    # A condition run on into an instruction with no comma, as people type:
    # "if he shouts just walk away". Not "if I'm nervous I just breathe", nor
    # a condition whose own verb comes after "just" ("when the calls just stop").
    Rule("H1", "condition-then-just", _rx(
        rf"""\b(?:when|whenever|if|once|every\ time)\ (?:he|she|they|it|you|someone|somebody|anyone|people)\ (?:[^,.;:!?\s]+\ ){{1,10}}?(?<!\bi\ )(?<!\bwe\ )(?<!\bto\ )(?<!\bis\ )(?<!\bwas\ )(?<!\bare\ )just\ (?:{_IMPERATIVE_VERBS})\b(?!ing|ed|s\b){_NOUN_SUBJECT}"""),
        unless_anywhere=_rx(rf"\?$|{_SAFETY}")),
    # A modal of necessity with its "you" left off, as people type: "Must
    # eat something!", "Need to get out more", "Gotta stop checking". Not a
    # guess at a feeling ("Must be hard", "Must feel awful") or "Have to say...".
    Rule("H1", "bare-modal", _rx(
        rf"""^{_LEAD}(?<!\bno\ ){_BARE_MODAL}\ (?:just\ |really\ |definitely\ |also\ |still\ |probably\ |seriously\ |honestly\ )?
        (?!(?:be|have|feel|say|admit|wonder|love|laugh|hurt|mean|remember\ that\ you\ are)\b)(?:{_IMPERATIVE_VERBS})\b(?!ing|ed)"""),
        # the speaker's own to-do ("Should get back to the gym myself") is not an order
        unless_anywhere=_rx(r"\?$|\bmyself\b|\bme\ too\b|\b(?:i|we)\ (?:should|must|need|have)\b")),
    # "Better" with its "you had" left off, as people say it: "Better put
    # that away before he's home", "Better not tell her yet", "Best be
    # getting yourself to bed"; and the British "you want to get yourself
    # down to...". The speaker taking their leave ("Better go, talk soon"),
    # and a wish they have ("you want to look after yourself, but...") are
    # not this.
    Rule("H1", "bare-better", _rx(
        rf"""^{_LEAD}(?:you\ )?(?:want\ to|wanna)\ (?:get|take|treat|sort|look\ after|pace)\ yourself\b(?![^.]*\b(?:but|can\ not|could\ not|yet|so\ much|so\ badly)\b)|\byou\ (?:really\ )?want\ to\ (?:get|take|treat|sort|look\ after)\ yourself\b(?![^.]*\b(?:but|can\ not|could\ not|yet|so\ much|so\ badly)\b)
        |^{_LEAD}(?:you\ )?(?:had\ )?(?:better|best)\ be\ \w+ing\ yourself\b
        |^{_LEAD}(?:you\ )?(?:had\ )?better\ (?:not\ )?(?!(?:go|run|dash|head|be\ off|get\ going|let\ you\ go|leave\ (?:it|you)\ there|sleep\ (?:tonight|to\ you|this\ time))\b)(?:{_IMPERATIVE_VERBS})\b(?!ing|ed){_NOUN_SUBJECT}"""),
        unless_anywhere=_rx(r"\?$|\bmyself\b|\bme\ too\b|\b(?:i|we)\ (?:had\ )?better\b")),
    # A step put as the next one and said as what they do: "Next step, you
    # book the appointment", "First thing, you ring the bank".
    Rule("H1", "next-step-you-do", _rx(
        rf"""^(?:(?:so|and|okay|ok|right|now),?\ )?(?:next|first|step\ one|after\ that)(?:\ (?:step|thing|up))?,\ you\ (?:just\ |then\ )?(?:{_IMPERATIVE_VERBS})\b(?!ing|ed|s\b)"""),
        unless_anywhere=_rx(r"\?$|\byou\ (?:said|mentioned|told\ me|decided|planned)\b")),
    # A house rule set for them: a timed rule put without a doer ("Screens
    # go off at ten", "the laptop gets shut at six"), "no X after nine",
    # or a schedule sealed with "no exceptions". Their own routine ("my
    # phone goes off at nine") is not this.
    Rule("H1", "sets-a-house-rule", _rx(
        r"""\b(?:bedtime|lights\ out|in\ bed|screens\ off|phones?\ off)\ (?:by|at|before)\ (?:\d{1,2}(?::\d\d)?(?:\ ?(?:am|pm))?|nine|ten|eleven|twelve|midnight)\b
        |\b(?:gets|get|goes|go|is|are)\ (?:closed|shut|switched\ off|turned\ off|put\ away|locked\ away|cut\ out|banned|off|away)\ (?:at|by|before|after|no\ later\ than)\ (?:\d{1,2}(?::\d\d)?(?:\ ?(?:am|pm))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday|midnight|bedtime|lunch|dinner|tea)\b
        |(?:^|[,;:]\ )(?:and\ )?no\ (?:more\ )?[a-z]+(?:\ [a-z]+)?\ (?:(?:after|before|past)\ (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|lunch|dinner|tea|bed|bedtime)|on\ (?:weeknights|weekdays|school\ nights|work\ nights))\b
        |^(?:\w+,?\ )?no\ (?!(?:pressure|judge?ment|rush|hurry|worries|worry|shame|need|problem|blame|one|matter|way|doubt)\b)[a-z]+[^,.;?]{0,40},\ (?:full\ stop|period|that\ is\ the\ rule|end\ of\ (?:story|discussion))[.!]*$
        |^(?=.*\b(?:at|by|before|after)\ (?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|bedtime)).*,\ (?:and\ )?(?:no\ (?:exceptions|excuses|arguments|ifs|buts|negotiation)|that\ is\ the\ rule|those\ are\ the\ rules)[.!]*$
        |^(?:the\ |your\ )?(?:phones?|laptop|screens?|tv|wine|alcohol|booze|drink|biscuits|cigarettes|car\ keys|tablet|ipad)\ (?:stays?|goes|go|gets|get)\ (?:\w+\ ){0,4}?(?:from\ now\ on|tonight|overnight|this\ (?:week|month)|every\ night|until\ \w+)\b
        |\b(?:is|are)\ for\ (?:sleeping|sleep|eating|work|working)\ only\b|(?:^|,\ )no\ (?:screens|phones|devices|alcohol|booze|caffeine|wine|takeaways)[.!]*$"""),
        unless_anywhere=_rx(r"(?<!,\ okay)(?<!,\ ok)(?<!,\ alright)(?<!,\ yeah)(?<!,\ right)\?$|\balarms?\b|\byou\ (?:said|say|mentioned|told\ me)\b|\b(?:my|our)\ (?:\w+\ )?(?:phone|laptop|screens?|lights?|tv|rule|routine|house|kids?|bedtime)\b|\b(?:i|we)\ (?:had|have|used\ to|did|do|keep|kept|try|tried|made|make|set|was|were|am|are|got|get|went|go)\b|\b(?:the|their|his|her)\ (?:shop|store|office|pub|library|pool|gym|ward|school|bus|train|lights?\ in\ the)\b")),
    # A plan for the person put as fact: "Tomorrow you'll call her and
    # apologise", "Right, so you're going to go for a walk every morning
    # this week", "We're going to sit down and write your budget", "You're
    # marching into HR first thing". A question, a plan they told us
    # ("you said you'd...") and a future that is not an act ("you'll feel")
    # pass.
    Rule("H1", "plan-put-as-fact", _rx(
        rf"""^{_LEAD}(?:(?:right|okay|ok|tomorrow|tonight|today|first\ thing|tomorrow\ morning|in\ the\ morning|this\ (?:week|weekend|evening|afternoon|morning)|next\ (?:week|time)|from\ (?:now\ on|today|tomorrow|monday)|(?:on\ )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\ morning)?)(?:,\ |\ ))+(?:so,?\ |then,?\ )?(?:you|we)\ (?:will|are\ going\ to|are\ gonna)\ (?:just\ |then\ |both\ |all\ |now\ |first\ )*(?!(?:feel|be|have|see|find|know|look\ back|love|laugh|wonder|realise|realize|understand|remember|need|want|hear)\b)(?:{_IMPERATIVE_VERBS})\b(?!ing|ed)
        |\b(?:you|we)\ (?:will|are\ going\ to|are\ gonna)\ (?:just\ |then\ |both\ |now\ |first\ )*(?!(?:feel|be|have|see|find|know|look\ back|love|laugh|wonder|realise|realize|understand|remember|need|want|hear)\b)(?:{_IMPERATIVE_VERBS})\b(?!ing|ed)[^.;?]{{0,50}}?\b(?:every\ (?:single\ )?(?:morning|day|night|evening|week|time)|each\ (?:morning|day|night|evening)|from\ now\ on|first\ thing|before\ (?:bed|work|breakfast)|no\ matter\ what|tonight|tomorrow|this\ (?:evening|weekend|afternoon))\b
        |^{_LEAD}we\ are\ (?:going\ to|gonna)\ (?:sit\ down\ and\ |get\ you\ to\ )?(?:{_IMPERATIVE_VERBS})\ (?:\w+\ ){{0,3}}?(?:your|yourself)\b
        |\byou\ are\ (?:marching|walking|going|heading|storming|getting)\ (?:straight\ |right\ |back\ )?(?:into|in\ there|up\ to|over\ to|back\ (?:in|to)|down\ to)\b[^.?]*\b(?:first\ thing|tomorrow|tonight|today|on\ (?:monday|tuesday|wednesday|thursday|friday)|this\ (?:week|morning|afternoon))\b"""),
        unless_anywhere=_rx(r"""\?$|^so,?\ you\b|\byou\ (?:said|mentioned|told\ me|decided|have\ decided|are\ planning|were\ planning|planned|promised)\b|\byour\ plan\b|\b(?:sounds\ like|if|unless|whether|when)\b""")),
    # The step left as a fact with "the" dropped: "Best thing you can do is
    # keep busy", "Only move here is to walk away". "No more checking his
    # Instagram, okay?": a habit stopped for them, a tag question or not.
    Rule("H1", "best-thing-bare", _rx(
        rf"""^{_LEAD}(?:best|only|first|next|smartest|wisest|easiest)\ (?:thing|move|step|bet|plan|option)\ (?:you\ (?:can|could)\ do\ |to\ do\ |for\ you\ )?(?:now\ |here\ |right\ now\ )?(?:is|would\ be)\ (?:to\ |just\ |simply\ |probably\ )?(?:{_IMPERATIVE_VERBS}|[a-z]+ing)\b
        |^{_LEAD}no\ more\ (?!(?:waiting|worrying\ about\ (?:me|that))\b)[a-z]+ing\b(?!\ (?:for|about)\ you\b)"""),
        unless_anywhere=_rx(r"""^(?!.*,\ (?:okay|ok|alright|all\ right|yeah|right|deal|got\ it|understood|agreed|yes)\?$).*\?$|\bfor\ me\b|\b(?:was|were)\b""")),
    # Any clause-initial verb put on "your/yourself": "Clear your desk", "Love yourself".
    Rule("H1", "imperative-your", _rx(
        rf"""{_CLAUSE}(?!{_NOT_A_VERB}\b)(?![a-z]+(?:ing|ed|ly|[^s]s)\b)(?![a-z]{{3,}}(?:ance|ence|ness|ment|tion|sion|ity|ship|hood|ful|ous)\b)[a-z]+\ (?:your|yourself|yourselves)\b"""),
        unless_at=_rx(rf"{_CLAUSE}(?:{_CONVERSATIONAL})"),
        unless_anywhere=_rx(rf"\?$|\b{_CRISIS_RESOURCE}\b")),
    # "Have a talk with her", "Have a hot drink and...": have + a step, said as an order.
    Rule("H1", "have-a-talk", _rx(
        rf"""{_CLAUSE}have\ (?:a|an|some)\ (?:\w+\ ){{0,3}}?(?:conversation|talk|chat|discussion|period|break|look|heart-to-heart|word)\b
        |^{_LEAD}have\ (?:a|an|some)\ (?!(?:good|great|nice|wonderful|lovely|happy|safe|blessed|restful|peaceful)\b)(?:\w+\ )?(?:drink|cuppa|cup|bath|shower|nap|rest|early\ night|lie-in|lie-down|think|snack|meal|walk|sleep)\b"""),
        unless_anywhere=_rx(r"\?$")),
    Rule("H1", "directive-frame", _rx(
        rf"""\b(?:the\ {_BEST_STEP}\ {_STEP}
            (?:\ (?:\w+\ ){{0,6}}?)?\ ?(?:is|would\ be|should\ be)\ (?:to\b|\w+ing\b|that\ you\b|by\ \w+ing\b|for\ you\ to\b)
        |(?:^|(?<=[,;:]\ ))(?:the\ )?best\ (?:thing\ )?is\ (?:that\ you\b|to\b|you\ (?!are\b|were\b|have\b|had\b|can\b|could\b|get\ to\b)\w+)
        |\bwhat\ you\ do\ (?:now\ |next\ |then\ )?is\ (?:just\ |simply\ )?(?:{_IMPERATIVE_VERBS})\b
        |\bthe\ {_BEST_STEP}\ {_STEP}\ (?:that\ )?you\ (?:\w+\ )?do\ (?:\w+\ ){{0,5}}?is\ (?:just\ |simply\ |always\ )?(?:{_IMPERATIVE_VERBS})\b(?![^.]*\b(?:i\ (?:bet|guess|imagine|suppose|reckon)|probably)\b)|\bthe\ move\ (?:here\ )?is\ to\b|\bit\ is\ (?:about\ |high\ )?time\ you\ (?:\w+ed|saw|went|told|spoke|took|made|left|gave|sought|began|put|cut|quit|let|stood|set|rang|wrote|sat|drew|threw|kept|chose)\b
        |the\ (?:first|second|next|third|final)\ part\ (?:\w+\ ){{0,4}}?is\ (?:to\b|\w+ing\b)
        |(?:a|another|the)\ (?:good|great|helpful|useful|better|healthy|healthier|smart|wise|first)\ (?:way|step|idea|thing|approach|option|place\ to\ start|starting\ point|first\ step)\ (?:\w+\ ){{0,4}}?(?:is|would\ be)\ (?:to\b|\w+ing\b|by\ \w+ing\b)
        |the\ {alternatives(BEST)}\ {alternatives(("way",), STEP)}\ (?:\w+\ ){{0,6}}?(?:is|would\ be)\ by\ \w+ing\b|the\ {_BEST_OR_MOST_IMPORTANT}\ {alternatives(STEP)}\ (?:\w+\ ){{0,4}}?(?:can|could)\ do\ (?:for\ \w+\ )?(?:is|would\ be)\ (?:to\ |just\ |simply\ )?\w+
        |{alternatives(IF_I_WERE_YOU)}|in\ your\ {alternatives(YOUR_PLACE)},?\ i\ would|^ideally,?\ you\ (?:would|should|could|will(?!\ (?:feel|be|know|see|find)\b)|are\ going\ to|need\ to|have\ to)
        |^{_LEAD}best\ (?:that\ )?you\ (?:do\ not\ |not\ |just\ )?(?:{_IMPERATIVE_VERBS})\b(?!ing|ed)
        |what\ you\ (?:\w+\ )?need\ (?:to\ do\ )?(?:is|now\ is)\b|what\ you\ (?:have|ought)\ to\ do\ is
        |my\ (?:\w+\ )?(?:advice|suggestion|recommendation|tip|encouragement|piece\ of\ advice)(?:\ (?:to|for)\ you)?(?:\ (?:in|for|with|on)\ [^.;:]{{1,40}}?)?(?:\ (?:is|would\ be)\ (?:for\ you\ )?(?:to|that)\b|:)
        |my\ (?:first|second|third|next|last|final|main|other)\ (?:point|thought)(?:\ (?:to|for)\ you)?\ (?:is|would\ be)\ (?:for\ you\ )?to\b
        |\b(?:one|another|my|a|the)\ (?:\w+\ )?(?:thought|idea|suggestion|option)\ (?:i\ (?:have|had)\ )?(?:is|would\ be)\ for\ you\ to\b
        |^(?!so\b)(?:\w+,?\ )?(?:this|that|here)\ is\ (?:exactly\ )?what\ you\ (?:\w+\ )?(?:want|need|have|ought|should)\ to\ do\b
        |(?:\bit\ (?:is|would\ be|will\ be)\ (?:\w+\ )?|^{_LEAD}(?=best\b))(?:best|better|wiser|smarter|a\ good\ idea)\ if\ (?:you|the\ two\ of\ you|you\ two|both\ of\ you|you\ both)\ (?!(?:are|were|feel|felt|had|have\ been|can|could|would|did\ not\ have|know|knew)\b)\w+
        |(?:suggestion|suggestions|encouragement|advice|recommendation|recommendations|tip|tips)\ (?:\w+\ ){{0,4}}?(?:is|are|would\ be)\ (?:to\b|that\ you)
        |(?<!may\ )(?<!can\ )(?<!could\ )i\ (?:would\ |will\ |do\ )?(?:strongly\ |highly\ |really\ |definitely\ |also\ |first\ |gently\ |not\ |never\ |often\ |usually\ |always\ |generally\ |typically\ |sometimes\ |frequently\ )?{alternatives(RECOMMENDING_VERBS, ("invite", "challenge"))}(?!\w)(?!\ (?:asking|you\ (?:ask|tell)\ me|talking\ (?:to|with)\ me))
        |i\ would\ (?:\w+ly\ |also\ |very\ )*{alternatives(RECOMMENDING_VERBS)}\b
        |(?:can|may|could|might)\ i\ {alternatives(PROPOSING_VERBS)}\ (?:that\ )?you\b|i\ would\ (?:\w+\ )?say\ to\ (?:just\ )?(?:try|give|go|talk|tell|get|make|take|find|start|stop|let|keep|be|ask|leave|focus)\b
        |i\ would\ (?:\w+ly\ )?(?:like|love)\ to\ {alternatives(PROPOSING_VERBS, URGING_VERBS, ("invite", "challenge", "ask"))}\ you
        |(?:i\ (?:want|need|would\ like|would\ love)|^(?:\w+\ ){{1,3}}(?:would|will|might)\ (?:really\ |definitely\ )?(?:want|like|have\ wanted))\ (?:for\ )?you\ to\ (?!know\b|tell\ me|share|feel\ (?:free|comfortable|safe))
        |\b{alternatives(MAKE_SURE)}\ (?:you|to|that\ you)\b|\bbe\ sure\ to\b
        |it\ is\ (?:really\ |very\ |so\ |also\ |\w+ly\ )?{_IMPORTANT_TO}(?:\ \w+){{0,4}}?(?<!\border)(?<!\bnote)(?<!\bmention)(?<!\bsay)(?<!\badd)\ (?:that\ you|to)\b(?!\ (?:me|note|mention|say|point\ out|add)\b)
        |it\ (?:is|(?:will|would)\ (?:also\ |really\ |probably\ |definitely\ |certainly\ )?be|is\ going\ to\ be)\ (?:\w+\ ){{0,2}}?(?:good|helpful|useful|beneficial|smart|better|for\ the\ best|a\ good\ (?:idea|thing|step|start|move)|a\ great\ (?:idea|thing|step)|worth\ it)(?:\ for\ you(?:\ (?:both|two|all))?)?\ to\ (?!hear|know|see\ you|meet|talk\ to\ you|have\ you)
        |it\ (?:will|would)\ (?:really\ |also\ )?help\ (?:you\ )?(?:to\b|if\ you\b)
        |(?:good|great|important|helpful|useful|wise|essential|necessary|best|better)\ (?:\w+\ ){{0,2}}for\ you\ (?:both\ |two\ |all\ )?to\ (?!hear|know)
        |is\ (?:a\ )?(?:much\ |far\ |way\ )?(?:better|healthier|more\ (?:effective|helpful|productive))\ (?:approach|way|option|idea|strategy)\ than
        |it\ is\ time\ (?:for\ you\ )?to\b
        |\bi\ (?:would|will)\ not\ hesitate\ to\ (?!(?:ask|tell|call|message)\ (?:me|us)\b))"""),
        # A question that asks ("Do you think it would help to…?") directs nothing.
        unless_anywhere=_rx(r"""\bit\ is\ (?:important|essential)\ to\ me\b|^(?:well,?\ )?(?:maybe|perhaps)\b.*\?$
            |\byou\ (?:hit\ the\ nail|said\ it\ (?:yourself|well)|make\ a\ (?:good|great)\ point)\b|^(?:i\ think\ |yes,?\ |yeah,?\ )?you\ are\ (?:so\ |absolutely\ |completely\ )?right\b|^(?:when|if|as|once|whenever|before)\ we\b(?!.*\byou)
            |\bi\ (?:would|d)\ (?:\w+\ )?(?:feel|be(?!\ (?:out\ of\ there|out\ the\ door|gone|off|straight|on\ the\ phone|round\ there|over\ there|calling|ringing|telling|leaving|packing|looking|asking|booking|reporting|moving)\b)|have\ felt|have\ been|cry|panic|worry|hate)\b(?=[^.]*\b(?:if\ i\ were|in\ your\ (?:shoes|position|place))\b)
            |\b(?:if\ i\ were\ you|in\ your\ (?:shoes|position|place)),?\ i\ (?:would|d)\ (?:\w+\ )?(?:feel|be(?!\ (?:out\ of\ there|out\ the\ door|gone|off|straight|on\ the\ phone|round\ there|over\ there|calling|ringing|telling|leaving|packing|looking|asking|booking|reporting|moving)\b))\b|^(?:what|how|which|when|where|who|do|does|did|have|has|is|are|can|could|would|will|may|might)\b(?!\ i\ (?:suggest|recommend|advise|encourage|urge)\b).*\?$""")),
    # Advice put as a plain fact about the step: "What helps is getting up
    # at seven", "The answer is a clean break", "All you have to do is ask",
    # "Moving back home is the obvious solution", "A break would do wonders",
    # "...won't do you any favours", "Time to stop...", "Isn't it time you...",
    # "Why keep paying for...?". A general truth that names no step for the
    # person ("Medication is not the only way...") is not this.
    Rule("H1", "advice-as-fact", _rx(
        r"""\b(?:what\ (?:actually\ |really\ )?(?:helps|works|you\ do\ now)|the\ answer|the\ fix|the\ solution|the\ cure)\ (?:here\ )?is\ (?:to\ )?(?:\w+ing|a|an|the|just|simply|to)\b|\ball\ you\ (?:have|need)\ to\ do\ (?:now\ )?is\b
        |(?<!\byou\ )(?<!\bi\ )(?<!\bwe\ )(?<!\bthey\ )(?<!\bhe\ )(?<!\bshe\ )\b(?:is|are|would\ be|will\ be)\ (?:really\ |probably\ |definitely\ |honestly\ |clearly\ |simply\ |just\ |always\ )?(?:the|your)\ (?:only|best|obvious|sensible|mature|right|smart|quickest|fastest|easiest|simplest|clear|real)\ (?:\w+\ )?(?:way|thing|solution|answer|road|path|move|option|fix|step|cure|choice)\b(?=\ (?:to\b|for\ (?:you|both|the\ two)|here\b|now\b|forward\b|out\b|through\b|you\ (?:can|could)\ do)|\ *[.!,;]|\ *$)
        |\b(?:is|are|would\ be)\ (?:long\ )?overdue\b|\bwould\ do\ (?:you\ )?wonders\b|\bwhat\ the\ doctor\ ordered\b|\bwill\ not\ do\ you\ any\ favou?rs\b|\bis\ a\ waste\ of\ your\b
        |\b(?:is|are)\ not\ going\ to\ (?:help|get)\ you\b|\bonly\ makes\ (?:it|things)\ worse\b|^(?:it\ is\ )?time\ to\ (?:stop|start|let|move|get|put|make|face|leave|tell|call)\b
        |\bis\ not\ it\ time\ you\b|^why\ (?:keep|are\ you\ still|do\ you\ keep|would\ you\ keep)\b|^should\ not\ you\b|^would\ not\ it\ be\ (?:easier|better|best|smarter|wiser)\b"""),
        unless_anywhere=_rx(r"""["\u201c\u201d]|^(?:maybe|perhaps)\b|^(?!(?:it\ is\ )?time\ to\b).*\bfor\ (?:me|him|her|them|many|some|most)\b|\b(?:was|were)\ (?:the|your)\ (?:only|best|right)|\bway\ to\ (?:put|say|describe|see|look\ at)\ (?:it|this|that)\b""")),
    # A duty put on the person in other words: "I'd ask you to...", "I
    # must urge you to...", "Promise me you'll...", "Your task is to...",
    # "Your first priority should be finding...", "It's important you...",
    # "It would be advisable for you to...", "Don't you dare...".
    Rule("H1", "puts-a-duty", _rx(
        r"""\bi\ (?:would|will|am\ going\ to|must|have\ to|want\ to|need\ to|have\ got\ to)\ (?:\w+\ )?(?:ask|urge|beg|invite|encourage|need|push)\ (?:you\ to|that\ you)\b
        |\bpromise\ me\ (?:that\ )?you\b|\bi\ want\ you\ (?:home|back|out|in\ bed|off|on)\b
        |(?<!so\ )\byour\ (?:first\ |main\ |top\ |only\ |next\ |real\ |number\ one\ )?(?:priority|task|homework|job|goal|assignment|mission|focus|step|move|port\ of\ call)\ (?:(?:for|before|until|by|over|this|from\ now\ until)\ (?:\w+\ ){1,3})?(?:(?:is|will\ be|now\ is|right\ now\ is|this\ week\ is)\ to\b|should\ be\ \w+ing\b)
        |\b(?:under\ no\ circumstances|on\ no\ account|at\ no\ point)\ (?:should|must|are|do|can)\ you\b|\byou\ are\ (?:not\ )?to\ (?!(?:blame|be|thank|worry|feel|apologi[sz]e|know|me|us|him|her|them|the|a|an|my|your|his|their|our|this|that|it|each|some|everyone|anyone)\b)[a-z]+\b
        |^(?:\w+,?\ )?no\ more\ (?:excuses|stalling|delays|putting\ (?:it|this)\ off)(?=\ *[,.!;]|\ *$)|\b(?:the\ )?best\ (?:thing|cure|medicine|remedy)\ for\ (?:it|that|this|you|a\ \w+)\ is\b
        |,\ that\ is\ (?:the|my|your)\ (?:prescription|orders|plan|cure|remedy|medicine)[.!]*$|\boff\ to\ (?:\w+\ ){1,2}with\ you\b
        |^(?:\w+,?\ )?(?!(?:chin|head)\b)(?:phones?|laptop|screens?|tv|glass|bottle|drink|feet|coat|shoes|kettle)\ (?:down|up|off|away|out|on)\b,\ (?:\w+\ ){0,2}?(?:down|up|off|away|out|on)[.!]*$
        |\bincumbent\ (?:up)?on\ you\b|\bit\ is\ (?:\w+ly\ )?your\ (?:responsibility|duty|job)\ to\b|\byou\ owe\ it\ to\ (?:yourself|your\ \w+|them|him|her)\ to\b|\b(?:it\ is|the\ onus\ is|it\ falls)\ (?:(?:all|squarely|firmly|now|really|entirely)\ )*(?:on|to|upon)\ you\ (?:now\ )?to\b(?!\ (?:decide|choose|say|judge|set\ the\ pace)\b)|\byou\ are\ obliged\ to\b|\bit\ (?:would|will)\ be\ (?:\w+ly\ )?(?:advisable|sensible|prudent|wise|best)\ (?:for\ you\ )?to\b
        |(?:^|[,;]\ )(?:is|it\ is|it\ would\ be)\ (?:\w+ly\ |very\ |so\ |really\ |super\ )?(?:important|necessary|essential|vital|crucial)\ (?:that\ )?you\ (?!are\b|were\b|feel\b|know\b|have\ (?:been|done|had)\b)\w+
        |\blet\ us\ (?:agree|commit|set\ (?:a\ )?(?:goal|target)|make\ (?:a\ )?plan|work\ on|get\ you|have\ you)\b
        |^(?:\w+,?\ )?do\ not\ you\ (?:go|dare|let|ever|even|start|be)\b(?![^.]*\b(?:i\ said|me|my)\b)|\bi\ would\ (?:just\ |honestly\ |personally\ )?not\ (?:bother|waste|go|answer|reply|respond|pick|let|sweat|worry|stress|fret|dwell|rush|trust|take\ (?:it|this|that|him|her|them)|put\ up|give\ (?:him|her|them|it)|read\ (?:too|into))\b"""),
        unless_anywhere=_rx(r"\?$")),
    # A step their situation is said to need, the doer left out: "this
    # needs to be addressed", "that shouldn't be ignored". Not "it doesn't
    # have to be dealt with today", nor a question.
    Rule("H1", "it-needs-doing", _rx(
        r"""(?<!not\ )(?<!never\ )\b(?:needs?|has|have)\ to\ be\ (?:addressed|dealt\ with|looked\ at|looked\ into|discussed|handled|taken\ seriously|worked\ on|talked\ about|sorted\ out)\b
        |\bshould\ (?:not|never)\ be\ (?:ignored|dismissed|overlooked|taken\ lightly|brushed\ (?:off|aside))\b"""),
        unless_anywhere=_rx(r"\?$|\b(?:you|they|he|she)\ (?:said|say|feel|felt|think|thought|were\ told)\b")),
    # Rhetorical questions that tell: "Why don't you just…?", "Why not…?", "Wouldn't it be best to…?"
    # An action put first and called important: "Learning to forgive
    # yourself is so important", "Just writing these down is a key first step".
    Rule("H1", "doing-is-important", _rx(
        rf"""^{_LEAD}(?!(?:no|some|any|every)thing|thing|during|bring|morning|evening|ceiling|sibling|wedding|spring|string|king|ring|nothing)[a-z]+ing\b(?:\ [^\s,;]+){{0,10}}?\ (?:is|are|will\ be|would\ be|becomes)\ (?:also\ |really\ |very\ |so\ |extremely\ |incredibly\ |absolutely\ |most\ |especially\ |just\ |often\ )*
        {_IS_IMPORTANT}\b"""),
        unless_anywhere=_rx(r"\?$|\bfor\ (?:me|him|her|them)\b|\bto\ (?:me|him|her|them)\b")),
    Rule("H1", "rhetorical-telling", _rx(
        rf"""\b(?:{alternatives(_WHY_DO_NOT, WHY_NOT)}\ you\ (?:just\ )?(?!tell\ me|say\ more|share)\w+
        |{alternatives(WHY_NOT)}\ (?:just\ )?(?!me\b|you\b|both\b|now\b|then\b|yet\b|\?)\w+|(?:would|could)\ (?:not\ )?it\ (?:not\ )?be\ (?:best|better|wise|smarter|a\ good\ idea)\ to
        |i\ do\ not\ see\ (?:why|what\ is\ stopping)\ you\ (?:can\ not|could\ not|should\ not|would\ not|do\ not|from))
        |^why\ (?:have|has|did)\ not\ you\b[^?]{{0,60}}\byet\b|\bwhat\ is\ stopping\ you\ from\b|^how\ (?:much\ )?(?:long|longer)\ (?:are\ you|r\ you|will\ you)\ (?:going\ to|gonna)?\ ?(?:let|put\ up|stay|keep|wait|take)\b
        |^why\ (?:continue|keep|stay|bother)\b|^why\ (?:are|r)\ you\ (?:even\ )?still\b""")),
    # Advice put as what the speaker would do: "I'd give her a little time",
    # "I would ask his friends". Feelings, wishes and opinions ("I would be
    # scared too", "I would love to hear", "I would think so") and past
    # habit ("when I was…, I would go for walks") are not advice.
    Rule("H1", "i-would-do", _rx(
        rf"""\b(?:i\ (?:would|d)|id)\ (?:also\ |probably\ |first\ |definitely\ |personally\ |just\ |really\ |then\ |still\ |strongly\ |seriously\ |now\ |\w+ly\ )*
        (?!(?:say|think(?!\ (?:about|through|over)\ (?:how|what|whether|if|ways|your|the))|(?:give|do)\ anything|imagine|guess|love|like|hate|be|have|feel|want|need|know|understand|hope|wish|agree|bet|appreciate|expect|believe|trust|miss|worry|wonder|assume|suspect|venture|rather|never|not|prefer|remember|go\ crazy|cry|laugh|smile|hug|listen\ to\ you|ask\ you|tell\ you|help\ you|love\ to)\b)
        (?:{_IMPERATIVE_VERBS})\b(?!ing|ed)(?!\ (?:you|that)\b(?!\ (?:to|a|an)\b))(?!\ it\b(?!\ (?:to|a|an|up|out|down|off|over|back|go|slow)\b))"""),
        unless_anywhere=_rx(r"""\?$|\bif\ i\ (?:would|d)\b|\b(?:know|knew|sure|idea|idk)\ (?:what|how)\ i\ (?:would|d)\b|\b(?:not|never)\ (?:really\ |honestly\ )?(?:say|tell(?:\ you)?)\ (?:what|how|which\ way|where)\ i\ (?:would|d)\b|\b(?:decided|thought|figured|said|promised|knew|realized|hoped|wished|told\ \w+)\ (?:that\ )?i\ (?:would|d)\b|\b(?:when|whenever|back\ when|as\ a\ (?:kid|child|teen|teenager))\ (?:i|we)\ (?:was|were|am|had|got|felt|lived)\b|\bused\ to\b|\b(?:years|months|weeks)\ ago\b|\bwhen\ i\ (?:was|felt|got|had)\b|\bi\ (?:would|d)\ (?:\w+\ ){0,3}(?:too|as\ well)(?:[.!]|$)""")),
    # "It is not healthy for you to…", "It's important that they know…".
    Rule("H1", "it-is-good-for-you", _rx(
        rf"""\bit\ is\ (?:\w+ly\ |also\ |very\ |so\ |really\ )?(?:not|never)\ (?:\w+ly\ |very\ |so\ |really\ )?(?:healthy|good|wise|helpful|safe|smart|okay|ok|fair\ to\ yourself)\ for\ you\ to\b
        |\bit\ is\ (?:\w+ly\ |also\ |very\ |so\ |really\ )?unhealthy\ for\ you\ to\b
        |\bit\ is\ (?:really\ |very\ |so\ |also\ |\w+ly\ )?{_IMPORTANT_THAT}\ that\ (?:you|your|they|he|she|both\ of\ you|the\ two\ of\ you|each\ of\ you)\b
        |(?<!\bit\ )(?<!\bnot\ )\bis\ (?:really\ |very\ |so\ |also\ |\w+ly\ )?{_IMPORTANT_THAT}\ (?:is\ )?that\ you\ (?!are\b|were\b|feel\b|know\b)\w+"""),
        unless_anywhere=_rx(r"\?$|^(?:is|was|would|do|does)\b|\bthat\ (?:you|they|he|she)\ (?:know|understand|feel|hear)\ (?:that\ )?(?:you\ are|it\ is|this\ is)\ not\b")),
    # The one thing that matters, named as an action: "The key is to…",
    # "The single best thing you can do is listening…".
    Rule("H1", "the-key-is", _rx(
        r"""\bthe\ (?:(?:real\ |whole\ |main\ |only\ )?(?:key|secret|trick)|(?:most\ |more\ |really\ )?important\ (?:part|thing|piece|action|step|work|task)|(?:best|first|next|main|only|single\ most\ important)\ (?:action|part|piece|task|work|place\ to\ start|strategy|tool|medicine|remedy|cure))
        (?:\ (?:(?!is\b|are\b|was\b)\w+\ ){0,8}?)?\ ?(?:is|would\ be|will\ be|here\ is)\ (?:simply\ |just\ |really\ |always\ |probably\ |often\ )?(?:not\ )?(?:to\b|\w+ing\b|by\ \w+ing\b|that\ you\b)"""),
        unless_anywhere=_rx(r"\?$|^(?:what|how|which)\b|\bpart\ of\ the\ (?:key|secret|trick)\b")),
    # "Might as well let it go": an instruction, however casual.
    Rule("H1", "might-as-well", _rx(
        rf"""(?:^|[,;:]\ |\b(?:you|so|then|and)\ )(?:just\ )?might\ as\ well\ (?:just\ )?(?:{_IMPERATIVE_VERBS})\b"""),
        unless_anywhere=_rx(r"\?$|\b(?:i|we)\ might\ as\ well\b")),
    # A comforting formula and then an instruction: "Look after yourself
    # and get some help", "Stay strong and leave him".
    Rule("H1", "and-imperative", _rx(
        rf"""^{_LEAD}(?:{_IMPERATIVE_VERBS})\b[^,;:?]{{0,40}}?(?<!\btry)\ and\ (?:then\ |also\ |just\ )?(?!{_CONVERSATIONAL})(?!be\b|remember\ that\ you\ are\b)(?:{_IMPERATIVE_VERBS})\b(?!ing|ed|s\b){_NOUN_SUBJECT}"""),
        unless_anywhere=_rx(rf"\?$|{_SAFETY}|^{_LEAD}(?:do|does|did|is|are|can|could|would|will|have|has)\ (?:you|i|we|they|he|she|it|there)\b")),
]
