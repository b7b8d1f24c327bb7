"""Phrases that disclose a risk to life beyond doubt, by category. Pure: no model.

The learned layer (``risk.learned``) catches the wordings these do not list;
the rules make sure the plain ones are caught even if that layer is not
loaded. Each rule is written to be precise: idioms ("this homework is killing
me"), accidents ("I cut my finger") and talk about the topic ("a documentary
about suicide prevention") must not match.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..vocabulary import BARE_CONTRACTIONS
from .levels import CLEAR, POSSIBLE, Category, Level

# Someone other than the speaker, as the subject of a sentence.
_SOMEONE = (r"(?:he|she|they|him|her|them|somebody|someone|my\s+(?:\w+\s+)?\w+|his\s+\w+|her\s+\w+|the\s+\w+|mum|mom|dad"
            r"|daddy|mummy|mommy|father|mother|stepdad|stepmum|stepmom|husband|wife|partner|boyfriend|girlfriend|bf|gf|ex"
            r"|uncle|auntie|aunt|brother|sister|grandson|granddaughter|carer|caregiver|son|daughter|landlord|neighbour|neighbor)")
# "I'm", "I feel like", "I've become": said of oneself
_I_AM = r"(?:i'?m|i\s+am|i\s+feel\s+like(?:\s+i'?m)?|i\s+feel|i'?ve\s+become|i\s+have\s+become)"
# A partner, and a parent or step-parent: who most often harms at home
# Games and sports one is beaten at ("he beat me at darts", "she battered me
# at snooker"), or the game itself
_GAMES = (r"(?:chess|cards|tennis|table\s+tennis|pool|snooker|billiards|darts|scrabble|monopoly|golf|squash|badminton|ping\s*pong"
          r"|fifa|poker|football|arm\s+wrestling|draughts|checkers|bowls|bowling|cribbage|crib|dominoes|backgammon|rummy|bridge"
          r"|uno|connect\s+(?:4|four)|mario\s*kart|smash(?:\s+bros)?|tekken|street\s+fighter|cricket|basketball|netball|volleyball"
          r"|pickleball|padel|croquet|quiz(?:zes)?|trivial\s+pursuit|mahjong|bingo|wordle|cluedo|catan|ludo|boggle|jenga|racing|sprint"
          r"|the\s+(?:game|race|match|quiz|final)|a\s+(?:game|race|match)|every\s+game)")
_PARTNER = r"(?:husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|ex)"
_PARENT = r"(?:dad|father|mum|mom|mother|stepdad|stepmum|stepmom|stepfather|stepmother)"
_ME = r"(?:me|us|my\s+(?:kids?|children|son|daughter|baby|little\s+\w+|sister|brother|mum|mom|dog|cat))"
_HARM_VERB = r"(?:kill|hurt|stab|shoot|strangle|choke|murder|beat|hit|burn|drown|smother|end)"
_METHODS = (r"(?:pills?|tablets?|meds|medication|paracetamol|parac[ei]t[aoe]mol|parcetamol|tylenol|ibuprofen|ibuprof[ie]n|ibuprophen|ibprofen|aspirin|sleeping\s+(?:pills?|tablets?)|painkillers|insulin"
            r"|anti-?depres+ants?|sertraline|citalopram|fluoxetine|lithium|diazepam|valium|xanax|co-?codamol|codeine|oxy\w*|opioids"
            r"|advil|nurofen|motrin|aleve|panadol|benadryl|nytol|sominex|unisom|zzzquil|diphenhydramine|ambien|zopiclone|amitriptyline|tramadol|morphine|heroin|cough\s+(?:syrup|medicine|mixture)"
            # as said among the young ("the whole bottle of my xans")
            r"|xans|xannies|xannys|benzos|percs|percocets?|vicodin|hydrocodone|klonopin|adderall|addys)")
# How many, said in words ("fifteen", "a dozen") or figures.
_MANY = (r"(?:[5-9]|[1-9]\d+|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|\w+teen|twenty|thirty|forty"
         r"|fifty|sixty|a\s+hundred)")

# Children in someone's care, as said of them ("the little ones", "the twins").
_CHILDREN = r"(?:kids?|children|child|baby|little\s+ones|toddlers?|twins|youngest)"
# Harm done with the hands, to oneself or by someone
_HARM_BY_HAND = r"(?:punch\w*|hit\w*|slap\w*|push\w*|shov\w*|grabb?\w*|throat|neck)"
# Identity documents held by someone else (not "I've got my passport"), and what makes that forced labour
# (a debt, no pay, a threat of the police) or leaves no way out.
_DOCUMENTS_HELD = (r"\b(?:keep|keeps|kept|took|taken|take|takes|holding|hold|holds|held|retain\w*|hid|hidden|hide|has|(?<!\bi\s)(?<!\bi've\s)(?<!\bive\s)got)"
                   r"\s+(?:away\s+)?(?:our|my)\s+(?:passports?|papers|documents|ids?|id'?s|visa)\b[^\n]{0,100}?")
# What someone's job, home or papers are made to depend on.
_AT_STAKE = r"(?:contract|job|promotion|renewal|grades?|visa|sponsorship|shifts?|hours|reference|rent|tenancy|pay|part)"

# What is eaten, as said of a meal or a binge ("a slice of birthday cake", "mad wings").
_FOOD = (r"(?:dinner|lunch|tea|breakfast|supper|food|meals?|eat\w*|ate|binge\w*|pizza|cake|snacks?|pudding|carbs|calories|cals"
         r"|pasta|cookies?|biscuits?|chocolate|crisps|chips|fries|burgers?|wings|sandwich\w*|bread|rice|dessert|sweets|greggs|takeaway"
         r"|a\s+bite|every\s+bite|pie|donuts?|doughnuts?|ice\s+cream|cereal"
         # and where it is bought ("mcdonalds w the squad")
         r"|mcdonald'?s|maccies|maccys|kfc|nandos|subway|chippy|kebabs?|takeout|drive[\s-]?thru)")
# Pills taken to lose weight or empty the body.
_PURGING_PILLS = (r"(?:laxatives?|laxies|laxs|dulcolax|senna|senokot|bisacodyl|ex-?lax|diet\s+pil+s?|slim(?:ming)?\s+(?:pil+s?|tablets?)"
                  r"|fat\s+burners?|appetite\s+suppressants?|water\s+pills?|diuretics?)")
# Exercise in an amount past sense ("two hours", "200 sit ups", "till I pass out").
_EXERCISE_AMOUNT = (r"(?:(?:\d+|two|three|four|five|an?\s+extra|extra)\s*(?:hours?|hrs?|minutes|minuets|mins|miles|km|sit[\s-]?ups"
                    r"|crunches|laps|burpees)\b|twice\s+a\s+day|(?:till|until|til)\s+i\s+(?:almost\s+|nearly\s+)?(?:pass|black)\s+out)")

# Hurting oneself, and a speech recogniser's mishearing of it ("self farming")
_SELF_HARM = r"self[\s-]?(?:harm|farm)"
# Exercise, as said of a session or a distance ("ran 10k", "I make the sport")
_EXERCISE = (r"(?:run|ran|running|runs|jog\w*|exercis\w*|work(?:ed|ing)?\s+out|workouts?|train(?:ed|ing)?|sport|cardio|gym"
             r"|swim\w*|swam|cycl\w*|spin\w*|burpees|treadmill|\d+\s*km?)")
# ...pushed until the body gives ("till I nearly fainted", "until I'm dizzy")
_TO_THE_LIMIT = (r"(?:(?:until|till|til)\s+(?:i'?m\s+|i\s+(?:am|get|got|was|felt|feel)\s+)(?:almost\s+|nearly\s+)?(?:sick|dizzy|faint|shaking)"
                 r"|(?:until|till|til)\s+i\s+(?:almost\s+|nearly\s+|practically\s+|basically\s+)?(?:faint\w*|pass(?:ed)?\s+out"
                 r"|black(?:ed)?\s+out|collaps\w*|throw\s+up|threw\s+up|puke\w*|vomit\w*|see\s+stars|(?:can'?t|couldn'?t)\s+(?:stand|breathe|feel\s+my\s+legs)))")
# Things that can be thrown at someone ("threw the kettle at me")
_THROWABLE = (r"(?:can|bottle|glass|plate|mug|chair|knife|phone|shoe|remote|brick|stone|rock|ashtray|lamp|pan|iron|hammer|cup"
              r"|kettle|pot|saucepan|vase|bowl|book|laptop|controller|keys|boot|bag|tin|jar|stool|hairbrush|drink|toy|ornament"
              r"|candle|dumbbell|weight|plant\s+pot|frame|clock|tv|fork|scissors)")
# Things, not people, that strike by mishap ("the shed door hit me in the wind")
_A_THING = (r"(?:doors?|dor|gate|shed|wind|branch|ball|swing|cupboard|shelf|ladder|tree|sign|wave|boom|frisbee|racket|puck|lid"
            r"|window|post|pole|bike|car|bus|van|lorry|truck|taxi|trolley|hatch|boot|drawer|fridge|bat|football|umbrella|sail"
            r"|horse|pony|cow|goat|donkey|sheep|ram|bull|llama|alpaca|camel|ostrich|goose|swan)")
# An ex who was once at home ("my ex-husband", "my ex")
_EX = r"(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)\bex(?:[\s-]?(?:boyfriend|girlfriend|husband|wife|partner|bf|gf|fianc\w+))?\b"

# Parts of the body, as said of a wound or a burn ("the wound on my shin")
_BODY_PART = (r"(?:arms?|wrists?|legs?|thighs?|hands?|skin|stomach|belly|tummy|hips?|fingers?|thumbs?|palms?|shins?|ankles?|knees?"
              r"|feet|foot|chest|neck|face|shoulders?|back|forearms?|calf|calves)")
# Hot things pressed to the skin ("the hair straighteners", "a lighter")
_HOT_THING = (r"(?:(?:hair\s+)?straight(?:e)?ners|curling\s+(?:iron|tongs|wand)|(?:clothes\s+)?iron|lighter|cigarettes?|fags?|matches|match"
              r"|hot\s+(?:spoon|knife|metal|pan|tongs|coin|glue\s+gun)|glue\s+gun|kettle|soldering\s+iron)")
# Things not meant to be swallowed ("a couple of paperclips", "the drain cleaner")
_NOT_FOOD = (r"(?:bleach|drain\s+(?:cleaner|unblocker)|antifreeze|anti-freeze|weed\s*killer|rat\s+poison|slug\s+pellets|poison(?!\s+ivy)"
             r"|(?:button\s+)?batter(?:y|ies)|paper\s*clips?|drawing\s+pins|safety\s+pins|razor\s+blades?|screws|magnets"
             r"|washing[\s-]up\s+liquid|detergent|dishwasher\s+tablets?|laundry\s+(?:pods?|capsules?|tablets?)|toilet\s+cleaner"
             r"|oven\s+cleaner|white\s+spirit|turps|turpentine|lighter\s+fluid|paint\s+thinner|screen\s*wash|disinfectant|dettol"
             r"|sheep\s+dip|pesticides?|insecticides?|paraquat|herbicides?|fungicides?|rat\s+bait|strychnine|cyanide|arsenic)")
# How much of it was swallowed ("a good mouthful of", "a couple of")
_SOME_OF = (r"(?:a\s+(?:good\s+|big\s+|whole\s+|small\s+)?(?:mouthful|gulp|swig|cup|capful|bottle|load|handful|couple|few|bunch)\s+of\s+"
            r"|some\s+(?:of\s+)?|a\s+few\s+|a\s+couple\s+(?:of\s+)?|two\s+|three\s+|(?:\d+|several)\s+)?(?:the\s+|my\s+)?")
# Words a young person says of a rival or a stabbing ("the opps said they'll shank me")
_WEAPON_VERB = r"(?:stab|shank|shoot|knife|merk|murk|slash|cut|bottle|glass|jump|run\s+up\s+on)"

# Said with thanks for a long time of listening, these are a farewell:
# "Thank you for being kind to me all these weeks. Tonight's the night I let go."
_FINALITY = (r"\b(?:(?:finally\s+)?let\s+go(?!\s+of)|my\s+last\s+(?:night|day)(?!\s+(?:at|in|of|on|here|with|before))|made\s+my\s+peace"
             r"|before\s+i\s+go(?!\s+(?:to|on|back|home|away|abroad|off\s+to|into))|tonight'?s\s+the\s+night"
             r"|this\s+is\s+(?:it|goodbye)|won'?t\s+be\s+(?:talking|here|around))\b")


@dataclass(frozen=True)
class RiskRule:
    category: Category
    level: Level
    pattern: re.Pattern
    # found somewhere before the match, when the risk is in what it answers
    # ("he'd rather have a dead son ... so I'm gonna give him what he
    # wants"): the match itself starts at the person's own words, so that
    # who did what is read there
    said_after: re.Pattern | None = None


def _rule(category: Category, level: Level, pattern: str, said_after: str | None = None) -> RiskRule:
    # read on lower-cased text (``_lowered``): without IGNORECASE the rules
    # run about 2.5 times faster, and the turns joined are read each turn
    return RiskRule(category, level, re.compile(pattern, re.VERBOSE), None if said_after is None else re.compile(said_after))


# Spoken fillers, dropped before the rules read: "i cut myself um on the
# mandolin slicer" is read as "i cut myself on the mandolin slicer" (a
# comma before it stays: "I haven't, um, I haven't eaten" keeps its clauses)
# A word said twice as speech does ("I, I burnt my wrist on the, the oven tray")
_SAID_TWICE = re.compile(r"\b(\w+),\s+\1\b")
_FILLERS = re.compile(r"\b(?:u+m+|u+h+m*|e+r+m+)\b\s*,?\s*(?=\S|$)")


# "he said hed kill me", "a man ive never met and im 16": a contraction typed
# without its apostrophe is read as with it, by every rule at once
_BARE_CONTRACTION = re.compile(r"\b(?:" + "|".join(BARE_CONTRACTIONS) + r")\b")


def _lowered(text: str) -> str:
    """The text the rules read: plain apostrophes, lower case, no spoken
    fillers, contractions with their apostrophe."""
    clean = _FILLERS.sub("", text.replace("\u2019", "'").replace("\u2018", "'").lower())
    clean = _SAID_TWICE.sub(r"\1", clean)
    return _BARE_CONTRACTION.sub(lambda m: BARE_CONTRACTIONS[m.group(0)], clean)


# Not let drive, which is control; not let drive his own car, which is his to lend
_DRIVE_BUT_NOT_THEIR_OWN = r"drive(?!\s+(?:his|her|their)\s+(?:own\s+)?(?:car|van|truck|bike|motorbike))"


RULES: tuple[RiskRule, ...] = (
    # -- suicide: the person's own wish, intent, plan, means or attempt ------
    _rule("suicide", CLEAR, r"""
        \b(?:kill(?:ing|ed)?|offing|top(?:ping)?|hang(?:ing)?|shoot(?:ing)?|drown(?:ing)?|unaliv(?:e|ing))\s+(?:my\s*self|myself|me\s+self)\b(?!\s+(?:laughing|working|studying|at\s+(?:work|the\s+gym)|doing\s+(?:doubles|overtime|shifts|double\s+shifts|extra\s+shifts|nights)|with\s+(?:overtime|work|shifts))\b)
        | \b(?:to|wanna|gonna|gon|imma|ima|finna|tryna|bout|bouta|boutta|i'?ll|will|might|just|could|would|should|i'?d|go|i)\s+off\s+(?:my\s*self|myself|me\s+self)\b
        | \bk\s*m\s*s\b | \bunaliv(?:e|ing)\s+(?:myself|me|meself)\b | \b(?:want|wanna|gonna|going|try(?:ing)?|tryna|tried|thinking\s+(?:about|of)|plan(?:ning)?|about|be|been)\s+(?:to\s+)?unaliv(?:e|ing)\b | \bunalive\s+(?:arc|era|mode)\b
        | \bsewer\s*slid | \b(?:i'?m|i\s+am|i\s+feel|i\s+felt|feeling|been|so|very|really|getting|got|felt|was|get)\s+(?:\w+\s+)?su[i1]c[i1]dal\b
        | \b(?:having|had|have|experienc(?:e|ing|ed)|get(?:ting)?|got)\s+(?:\w+\s+){0,3}?su[i1]c[i1]dal\s+(?:thoughts?|feelings?|ideation|urges?|impulses?)\b | \bsuicide\s+(?:is|feels|seems)\b
        | \b(?:commit(?:ting)?|attempt(?:ed|ing)?|thinking\s+(?:about|of)|think\s+about|thought\s+(?:about|of)|consider(?:ing|ed)?|contemplat(?:ing|ed)?|plan(?:ning|ned)?)\s+suicide\b
        | \b(?:my|a)\s+suicide\s+(?:note|plan)\b | \bmy\s+(?:last\s+)?suicide\s+attempt\b | \bsuicide\s+is\s+the\s+(?:only|answer) | \bthoughts\s+of\s+suicide\b
        | \bsuicide\s+(?:has\s+been|is|keeps|kept)\s+(?:\w+\s+)?(?:on\s+my\s+mind|in\s+my\s+head|coming\s+back) | \bctb\b
        | \b(?:end(?:ing)?|take|taking|took)\s+my\s+(?:own\s+)?life\b
        | \bend(?:ing)?\s+(?:it\s+all|everything|my\s+(?:existence|suffering))\b
        | \b(?:going|want(?:ed)?|wanna|plan(?:ning)?|ready|decided|tempted|about|try(?:ing)?)\s+to\s+end\s+it\b(?!\s+(?:(?:tomorrow|tonight|today|soon|now|properly|for\s+good|officially)\s+)?(?:with|between)\s+(?:him|her|them|my\s+\w+|us)\b)
        | \b(?:want(?:ed|s)?|wanna|wish(?:ed)?|hope|ready|going|deserve|need)\s+(?:to\s+)?(?:just\s+)?(?:die|be\s+dead)\b(?!\s+if\s+i\s+(?:have|got)\s+to\s+(?:look|sit|do|hear|read|write|watch|listen|see|eat|go\s+to|revise|study)\b)(?!\s+(?:of|from|laughing|a\s+little|my\s+(?:hair|roots|fringe|beard)|my\s+\w+\s+(?:blue|pink|red|green|purple|black|blonde|brown|orange|grey|silver)))
        | \bwish(?:ed)?\s+i\s+(?:was|were|could\s+be)\s+dead\b | \bwish\s+i\s+(?:would|could)\s+(?:just\s+)?die\b
        | \b(?:do\s*n[o']?t|dont|no\s+longer|never|not)\s+(?:want|wanna)\s+(?:to\s+)?(?:live(?!\s+(?:in|with|at|near|by|there|here|on|under|through|alone|together|abroad|somewhere|anywhere|without|off|next|far|close|apart))|be\s+alive|exist|be\s+here\s+any\s*more|wake\s+up|be\s+around\s+any\s*more)\b
        | \bbetter\s+off\s+(?:dead|without\s+me|if\s+i\s+(?:was|were)n'?t\s+(?:here|around|alive))\b
        | \bno\s+(?:reason|point)\s+(?:to|in)\s+(?:live|living|being\s+alive|staying\s+alive)\b
        | (?<!bungee\s)(?<!bungy\s)(?<!bungee-)\b(?:jump|jumping|throw\s+myself)\s+(?:off|from|in\s*front\s+of|under)\s+(?:a|the|that)\s+(?:bridge|roof|building|cliff|train|car|bus|tower|balcony)\b
        | \b(?:take|taking|swallow|swallowing)\s+(?:all|every\s+one)\s+(?:of\s+)?(?:my|the|these|those)\s+""" + _METHODS + r"""\b(?![^.!?]{0,30}\b(?:as\s+(?:the\s+|my\s+)?(?:doctor|gp|nurse|pharmacist|prescribed|directed)|like\s+(?:the|my)\s+(?:doctor|gp|box)|every\s+(?:day|morning|night|evening)|on\s+time|with\s+(?:food|breakfast|water|meals)|in\s+the\s+(?:morning|evening)|out\s+of\s+the\s+(?:little\s+)?box))
        | \b(?:saving|saved|stockpil\w+|hoard\w+|collect\w+|kept|keeping|stack\w*|stash\w*)\s+(?:up\s+)?(?:all\s+)?(?:my\s+)?""" + _METHODS + r"""\b
        | \b(?:won'?t|will\s+not)\s+be\s+(?:here|around|alive)\s+(?:for\s+)?(?:much\s+longer|them|it|that)\b(?![^.!?]{0,40}\b(?:train|bus|flight|plane|taxi|cab|lift|shift|boarding|moving|move|leaving\s+for|off\s+to|gate)\b) | \b(?:won'?t|will\s+not)\s+be\s+(?:here|around|alive)\s+for(?=\s*[.!?,]|\s*$)
        | \b(?:wrote|writing|written|left)\s+(?:a|my)\s+(?:suicide|goodbye)\s+(?:note|letter)(?!s?\s+(?:to|for)\s+(?:my\s+|the\s+|our\s+)?(?:\w+\s+)?(?:teacher|colleagues?|co-?workers|team|class|boss|students|neighbou?rs|office|work|manager|pupils|staff|form|tutor\s+group|year\s+\d+|club|society|committee|members|choir|church|association|group|union|(?:worst|last|best)\s+(?:\w+\s+){0,2}?(?:years?|months?|job)))
        | \b(?:intend|intending|going|gonna|plan(?:ning)?|want|wanna|decided|ready)\s+(?:to\s+)?jump\s+(?:off|from)\s+(?:the\s+|a\s+|that\s+|our\s+|my\s+)?(?:\w+\s+)?(?:multi[\s-]?stor(?:e)?y|car\s*park|bridge|roof|building|cliff|tower|balcony|window|ledge|block|overpass|flyover|viaduct|top\s+floor|\w+\s+floor)
        | \b(?:gonna|going\s+to|want\s+to|wanna|plan(?:ning)?\s+to|decided\s+to|ready\s+to|about\s+to)\s+(?:just\s+)?end\s+things\b(?![\s.,\u2026-]*(?:(?:with|between)\s+(?!(?:my\s+)?(?:life|everything|it\s+all|all\s+of\s+it)\b)|off\b))
        | \b(?:picked|chosen|chose|set)\s+(?:the|a)\s+(?:day|date|night)\b[^.!?]{0,30}\bend(?:ing)?\s+(?:it|things|my\s+life)\b(?!\s+(?:with|between))
        | \bno(?:\s+one|one|body|thing)\s+(?:left\s+)?(?:[\w,]+\s+){0,3}?(?:to|worth)\s+(?:stay(?:ing)?|liv(?:e|ing)|stick(?:ing)?\s+around)\s+for\b
        | \b(?:so|to\s+(?:ensure|make\s+sure)|so\s+that|ensure|make\s+sure)\s+(?:that\s+)?i\s+(?:do\s+not|don'?t|won'?t|will\s+not|never)\s+(?:survive|wake\s+up|come\s+back)\b
        | \b(?:this\s+is\s+(?:my\s+)?goodbye|saying\s+(?:my\s+)?goodbyes?)\b[^.!?]{0,60}?\bi(?:'m|\s+am|'ll|\s+will)?\s+(?:go|going|head(?:ing)?|walk(?:ing)?|driv(?:e|ing))\s+(?:up\s+|down\s+|out\s+)?to\s+(?:the|a)\s+(?:bridge|cliffs?|tracks|railway|roof|edge|river|pier|viaduct|quarry)\b
        """),
    # -- self-harm: hurting themselves, or an overdose already taken -------
    _rule("self_harm", CLEAR, r"""
        \b(?:cut|cutting|cuts|burn|burning|burnt|burned|hurt|hurting|harm|harming|hit|hitting|punch|punching|starv(?:e|ing)|scratch(?:ing)?|carv(?:e|ing)|bite|biting|stab(?:bing)?|strik(?:e|ing)|struck|slap(?:ping|ped)?|smack(?:ing|ed)?)\s+(?:my\s*self|myself)\b(?!\s+(?:off\b|out\b|some\s+slack|a\s+(?:(?:\w+\s+)?(?:break|slice|piece|deal|bit|chunk|wedge|portion|fringe|sandwich|square|hunk|sliver|helping)\b)|free\b|loose\b|short\b))
        | \b(?:cut|cutt|cutting|cuts|burn|burning|burnt|burned|slic(?:e|ing)|carv(?:e|ed|ing)|scratch(?:ed|ing)?)\s+(?:up\s+|into\s+)?my\s+(?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?|body)\b
        | \bi(?:'m|\s+am|\s+was|'ve\s+been)\s+(?:a\s+)?(?:cutter(?!\s+(?:at|in|for)\s+(?:a|the)\s+(?:\w+\s+){0,2}?(?:factory|mill|works|workshop|firm|shop|yard|quarry|mine))|""" + _SELF_HARM + r"""(?:er|ing))\b | (?<!deal\swith\s)(?<!deals\swith\s)(?<!dealing\swith\s)(?<!see\s)(?<!treat\s)(?<!treating\s)\b""" + _SELF_HARM + r"""(?:ing|ed)?\s+(?:again|still|every|since|for|a\s+lot)\b
        | \b(?:i|i've|been|started|start|keep|still|began|relapsed?(?:\s+and)?)\s+(?:(?!never\b|not\b|haven'?t\b|ain'?t\b|dress\b|treat\b|see\b|nurse\b|stitch\b|handle\b|assess\b)\w+\s+)?self[\s-]?harm
        | \b(?:urge|urges|want|wanting|need)\s+to\s+(?:cut|self[\s-]?harm|hurt\s+myself|burn\s+myself)\b(?!\s+(?:back|down|out|up|off|through|across|the|a|an|some|this|that|these|those|his|her|their|our|it|them|my\s+hair|my\s+(?!self\b|arms?\b|wrists?\b|legs?\b|thighs?\b|skin\b|stomach\b|hips?\b|body\b|face\b|chest\b)\w+|costs?|ties|corners|class|loose|sugar|salt|carbs)\b)
        | \b(?:slam(?:med|ming)?|bang(?:ed|ing)?|smash(?:ed|ing)?|hit(?:ting)?|bash(?:ed|ing)?)\s+my\s+head\s+(?:\w+\s+)?(?:into|against|on)\s+(?:the\s+|a\s+)?(?![\w\s]{0,12}\bwith\s+(?:this|that|the|my)\s+(?:printer|computer|laptop|code|essay|homework|job|boss|form|app|website|system|project|kids)\b)(?!(?:low|cupboard|cabinet|car|wardrobe|fridge|oven|shed|kitchen\s+cupboard)\s)(?:\w+\s+)?(?:wall|door|floor|mirror|desk|table)\b(?![^.!?]{0,40}\b(?:by\s+accident|accidentally|getting\s+up|standing\s+up|cupboard|cabinet|shelf|beam|car\s+door|boot|bunk|doorframe|door\s+frame))
        | \boverdos(?:ed|ing|e(?=\s+(?:on|tonight|earlier|last)))\b | \btook\s+an\s+overdose\b
        | \b(?:took|taken|sw[ao]l+ow?e?d|had|necked|downed|popped|ingested|drank|drink)\s+(?:way\s+|far\s+)?(?:a\s+(?:load|lot|bunch|handful|pile|(?:whole|hole)\s+(?:box|packet|bottle|strip|stip|sheet))|loads|handfuls?|all|too\s+many|so\s+many|many|lots|loads|my\s+whole\s+\w+'?s?|the\s+whole\s+(?:box|packet|bottle)|(?:like\s+|about\s+|over\s+|around\s+|maybe\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+|at\s+least\s+)?""" + _MANY + r""")\s+(?:of\s+)?(?:my\s+|the\s+|them\s+)?""" + _METHODS + r"""\b(?!\s+(?:left|spare|saved|in\s+the\s+(?:cupboard|drawer|house)|at\s+home|from\s+(?:my|the)\s+(?:prescription|chemist|pharmacy)))
        """),
    # -- danger from someone -----------------------------------------------
    _rule("danger", CLEAR, r"""
        \b""" + _SOMEONE + r"""\s+(?:\w+\s+)?(?:threaten(?:ed|s|ing)?|promised|swore)(?:\s*,[^,\n]{1,30},)?\s+(?:that\s+)?(?:to\s+|(?:he|she|they)(?:'ll|'d|\s+will|\s+would|\s+is\s+going\s+to)\s+)""" + _HARM_VERB + r"""\s+""" + _ME + r"""\b
        | \b""" + _SOMEONE + r"""\s+(?:tried\s+to|wants?\s+to)\s+(?:kill|murder|stab|shoot|strangle)\s+""" + _ME + r"""\b
        | \bthreaten(?:ed|s|ing)?\s+""" + _ME + r"""\s+with\s+(?:a|his|her|their|the)\s+(?:knife|gun|blade|machete|bat|hammer|axe|weapon)
        | \b(?:pulled|held|put|pointed|waved)\s+(?:a|his|her|the)\s+(?:knife|gun|blade)\s+(?:on|to|at)\s+""" + _ME + r"""
        | \b(?:knife|gun|firearm|pistol|rifle|shotgun|blade|machete|weapon)\b[^.!?]{0,40}?\b(?:pointed|aimed|held|put|waved)\s+it\s+(?:at|to|on)\s+(?:me|my\s+(?:head|face|chest|throat|neck))\b
        | \btouch(?:es|ed|ing)?\s+(?:my|our|her|his)\s+(?:little\s+)?(?:daughter|son|child|kid|girl|boy|niece|nephew|grand\w+)\s+(?:in\s+(?:a\s+|the\s+)?(?:wrong|bad|private|inappropriate|funny|strange)\s+(?:way|place|places)|inappropriately|down\s+there|where)
        | \b(?:burns?|burned|burnt|whips?|whipped|belts?|belted|beats?|batters?|scalds?|scalded)\s+(?:her|his|my|the|their|our)\s+(?:kids?|children|son|daughter|baby|little\s+\w+|boy|girl)\b
        | \bleav\w*\s+(?:marks|bruises|welts)\s+on\s+(?:her|his|my|the|their|our)\s+(?:kids?|children|son|daughter|baby|little\s+\w+|boy|girl)\b
        | \b(?:afraid|scared|terrified|frightened)\s+(?:that\s+)?""" + _SOMEONE + r"""\s*(?:will|'ll|is\s+going\s+to|might|would|'d)\s+(?:hurt|kill|hit|beat)\s+""" + _ME + r"""
        | \b""" + _SOMEONE + r"""(?:'s\s+\w+)?\s+(?:keeps|has\s+been|have\s+been|is|was|won'?t\s+stop|kept|started)\s+(?:hitting|beating|kicking|punching|choking|strangling|slapping|smacking|battering|raping|molesting|touching)\s+(?:""" + _ME + r"""\b(?!\s+(?:up\s+for|about))|(?:her|him)(?=\s*[,.;!?]|\s*$|\s+(?:and|again|every|all\s+the\s+time|when|at\s+night|in\s+front|inappropriately|down\s+there)\b))
        | \b(?!(?:my\s+|the\s+|our\s+)?(?:baby|toddler|little\s+(?:one|boy|girl|man|lad|monster)|(?:one|two|three|four|1|2|3|4)[\s-]year[\s-]old)\b)""" + _SOMEONE + r"""(?:(?:'s|'d)\s+(?!(?:never|not|ever)\b)|\s+)(?:\w+\s+)?(?:hits|hit|beats|beat|kicks|kicked|punches|punched|chokes|choked|strangles|strangled|slaps|slapped|smacks|smacked|batters|battered|throttled|rapes|raped|molests|molested)\s+""" + _ME + r"""\b(?!\s+(?:up|back|with\s+(?:a|the|another|some)\s+(?:question|request|loan|bill|news|message|text)))(?!\s+(?:again\s+)?(?:at|in)\s+""" + _GAMES + r"""\b)(?!\s+to\s+(?:it|the\s+(?:punch|finish|top|line)))
        | \b(?:he|she|they|my\s+(?:big\s+|little\s+|older\s+|step\s*)?(?:dad|daddy|mum|mom|father|mother|brother|sister|cousin|uncle|aunt|auntie|husband|wife|partner|boyfriend|girlfriend|stepdad|stepmum|stepmom|grandad|grandpa|nan|carer|teacher|coach|son|daughter|grandson|ex))\s+(?:(?!never\b)\w+\s+)?hurts\s+me\b
        | \b(?:put|puts|had)\s+(?:his|her|their)\s+hands?\s+(?:around|round)\s+my\s+(?:neck|throat)
        | \blocks?\s+me\s+(?:in|up|inside)\b | \blocked\s+me\s+(?:in|up|inside)\b
        | \b(?:turn(?:s|ing|ed)?\s+up|show(?:s|ing|ed)?\s+up|(?:comes?|coming|came)\s+(?:round|around|to)|keeps?\s+(?:coming|messaging|calling|texting)|waits?|follows?\s+me)\b[^.!?]{0,80}?\b(?:court\s+order|restraining\s+order|injunction|non[\s-]?molestation\s+order|protective\s+order|protection\s+order)
        | \b(?:he|she|they)\s+(?:said|says|told\s+me|swore)\s+(?:that\s+)?(?:he|she|they)(?:'d|'ll|\s+would|\s+will|\s+is\s+going\s+to)\s+kill\s+[^.!?]{0,30}?\b(?:and\s+)?then\s+me\b
        | (?<!\bi\s)\b(?:push|pushed|pushes|shove|shoved|shoves|hit|hits|beat|beats|slap|slaps|slapped)\s+my\s+(?:old\s+|elderly\s+)?(?:mother|father|mum|mom|dad|parents)\b(?=[^\n]{0,60}\b(?:old|elderly|fall|fell|falls|frail|afraid|scared|bruis\w*)\b)
        | \b(?:boss|gaffer|employer|manager|agent|agency|sponsor|the\s+(?:man|men|woman|people)\s+(?:who|that)\s+(?:brought|got|sent)\s+(?:me|us))\b[^.!?]{0,40}?\b(?:keeps?|kept|took|taken|takes|holds?|holding|has|confiscated|won'?t\s+(?:give|return|hand))\s+(?:back\s+)?(?:all\s+)?(?:of\s+)?(?:our|my)\s+(?:passports?|papers|documents|visas?|ids?)\b
        | \b(?:shoved|pushed|hit|slapped|punched|kicked|grabbed|hurt|beat)\s+(?:my\s+)?(?:grandma|gran|granny|nan|nana|nanna|grandad|grandpa|grandmother|grandfather)\b(?!'s)(?:\s+(?:into|against|over|down|onto|to\s+the\s+(?:floor|ground))\b|(?=\s*(?:[.!,]|$|and\b|again\b)))
        | \b(?:grandma|gran|granny|nan|nana|nanna|grandad|grandpa|grandmother|grandfather)(?:'s)?\b[^.!?]{0,60}?\b(?:and|then|he|she|they)\s+(?:\w+\s+)?(?:shoved|pushed|threw|slammed)\s+(?:her|him)\s+(?:into|against|over|down|onto|to\s+the\s+(?:floor|ground))\b
        | \b(?:has\s*n'?t|hasnt|has\s+not|have\s*n'?t|havent|have\s+not)\s+(?:been\s+)?fed\s+(?:me|us|my\s+(?:little\s+|baby\s+)?(?:brothers?|sisters?|siblings|baby|kids))\s+(?:since|for|in)\b
        | \b(?:do(?:es)?\s*n'?t|won'?t|never|doesnt|dont|wont|stopped)\s+(?:feed(?:ing)?\s+me|let(?:ting)?\s+me\s+eat)\b(?!\s+(?:sweets|junk|chocolate|dessert|pudding|candy|snacks|crisps|chips|before|after|in\s+my|until|at\s+the|with|on\s+the))
        | \b(?:raped|sexually\s+(?:assaulted|abused)|molested)\s+me\b | \bi\s+(?:was|got|have\s+been|'ve\s+been)\s+(?:raped|r[*@#]+p?ed|r[a@*]p3d|sexually\s+(?:assaulted|abused)|s\.?a'd|molested)(?=\W|$)
        | \bi(?:'m|\s+am|m)\s+being\s+(?:sexually\s+)?(?:abused|assaulted|molested|raped|groomed)\b
        | \btouch(?:es|ed|ing)?\s+me\s+(?:down\s+there|inappropriately|where|when|at\s+night|in\s+my\s+(?:private|bed))
        | \bi(?:'m|\s+am)\s+(?:not\s+safe|in\s+danger|scared\s+for\s+my\s+life)\b | \bfear(?:ing|ed)?\s+for\s+my\s+life\b
        | \b(?:stalking|following)\s+me\b(?![^.!?]{0,40}\b(?:across\s+the\s+(?:whole\s+)?map|in\s+(?:the\s+|every\s+)?(?:game|match|lobby|server)|snip(?:ing|ed|es)\b))(?![^.!?]{0,60}\bbut\s+(?:it\s+)?(?:was|turned\s+out\s+(?:to\s+be|it\s+was))\s+(?:just|only|jus)\b) | \b(?:trying|tried)\s+to\s+(?:break|get|kick\s+the\s+door)\s+in\b
        """),
    # -- cues a caring friend would ask about ---------------------------
    # "he'll kill me if I leave" is a threat; "mum will kill me if I'm late"
    # is not: the rule cannot tell, so it asks.
    _rule("danger", POSSIBLE, r"""
        \b(?:shoves?|shoved|hits?|slaps?|slapped|pushes|pushed|rough\s+handles?|manhandles?)\s+(?:the\s+)?(?:residents|patients|old\s+(?:people|folk|ladies|men))\b
        | \b(?:is\s+it|whether\s+it\s+is|it\s+is)\s+(?:customary|normal|usual|ok(?:ay)?|acceptable|common|right)\s+for\s+(?:a\s+|my\s+|your\s+)?(?:husband|wife|partner|boyfriend|girlfriend|family|son|daughter|parents?|dad|mum|mom)s?\s+to\s+(?:strike|hit|beat|slap|push|shove|keep|lock|take|control|check|choke)\b
        | \b(?:mum|mom|mother|dad|father|parents|she|he|they)\s+(?:has\s*n'?t|hasnt|have\s*n'?t|havent|has\s+not|have\s+not)\s+(?:bought|got|had|done)\s+(?:any\s+)?(?:groceries|food|shopping|a\s+food\s+shop)\s+(?:in|for)\s+(?:\w+\s+){0,2}(?:days|weeks|a\s+week)\b
        | \b(?:leaves?|left|leaving)\s+(?:my|our|the|her|his)\s+(?:\d+\s*(?:yr|year|month)s?\s*(?:old|o)|baby|babies|toddler|little\s+(?:one|ones|boy|girl)|kids?|children|son|daughter|\w+\s+year\s+old)\s+(?:\w+\s+){0,3}?(?:alone|on\s+(?:their|his|her)\s+own|by\s+(?:them|him|her)sel(?:f|ves))\b(?![^.!?]{0,30}\b(?:for\s+(?:a\s+)?(?:minute|second|moment|sec)|to\s+(?:nap|sleep|play))\b)
        | \b(?:scared|scarred|scaired|afraid|terrified|frightened)\s+(?:to\s+go|of\s+going)\s+(?:back\s+)?home\b
        | \b(?:aggressive|violent|threaten\w*|rough|raging|in\s+a\s+rage)\b[^\n]{0,100}?\b(?:afraid|scared|frightened|terrified)\s+(?:to|of)\s+(?:refus\w+|say(?:ing)?\s+no\s+to|cross\w*|upset\w*|stand(?:ing)?\s+up\s+to)\s+(?:him|her|them|my\s+\w+)\b
        | \b(?:afraid|scared|frightened|terrified)\s+(?:to|of)\s+(?:refus\w+|say(?:ing)?\s+no\s+to|cross\w*|upset\w*|stand(?:ing)?\s+up\s+to)\s+(?:him|her|them|my\s+\w+)\b[^\n]{0,100}?\b(?:aggressive|violent|temper|threaten\w*|rough|raging|rage)\b
        |        \b""" + _SOMEONE + r"""\s+(?:\w+\s+)?(?:says?|said|keeps?\s+saying)\s+(?:that\s+)?(?:to\s+|(?:he|she|they)(?:'ll|'d|\s+will|\s+would|\s+is\s+going\s+to)\s+)""" + _HARM_VERB + r"""\s+""" + _ME + r"""\b
        | \b""" + _SOMEONE + r"""(?:\s+(?:is\s+going\s+to|gonna|will)|'ll|\s+'ll|(?:'s|'re)\s+(?:going\s+to|gonna)(?=\s+(?:stab|shoot|knife)\b))\s+(?:kill|murder|stab|shoot|strangle)\s+""" + _ME + r"""\b
        """),
    # cues of self-harm, from held-out 9's second look: a streak about to break,
    # "something dumb to myself", pain as relief, purging back
    _rule("self_harm", POSSIBLE, r"""
        \b(?:haven'?t|havent|have\s+not|hadn'?t)\s+(?:cut|self[\s-]?harmed|hurt\s+myself|burn[te]d?\s+myself)\s+(?:in|for)\s+(?:\w+\s+){1,2}but\b
        | \b(?:do|doing)\s+something\s+(?:dumb|stupid|bad|silly)\s+to\s+myself\b
        | \bphysical\s+pain\s+(?:\w+\s+){0,3}(?:relief|release)\b
        | \b(?:(?:my\s+\w+|someone|somebody|he|she|they|people|everyone|mum|mom|dad|the\s+\w+)\s+(?:\w+\s+)?)?(?:saw|seen|see|sees|noticed?|found|spotted|asked\s+about)\s+(?:my|the)\s+(?:scars|fresh\s+cuts|cuts\s+on\s+my\s+(?:arms?|wrists?|legs?|thighs?))\b(?!\s+(?:from|of)\s+(?:my|the|a)\s+(?:surgery|operation|op|accident|c-?section|fall|caesarean|transplant))
        | \b(?:hold|held|put|press|pressed)\s+my\s+(?:hand|arm|fingers?|wrist|palm)\s+(?:on|over|against|in)\s+(?:the\s+)?(?:cooker|stove|hob|iron|flame|fire|candle|lighter|hot\s+plate)\b
        | \b(?:returned\s+to|back\s+to|started)\s+purging\b | \bpurging\s+(?:again|(?:\w+\s+){0,2}(?:daily|every))\b
        """),
    # danger a careful friend would ask about: walking on eggshells around
    # someone, money going missing where someone does the banking, someone
    # who knows one's movements
    _rule("danger", POSSIBLE, r"""
        \b(?:tiptoe|tip-toe|walk(?:ing)?\s+on\s+eggshells)\w*\s+(?:\w+\s+)?(?:around|with)\s+(?:my\s+)?(?:husband|wife|partner|boyfriend|girlfriend|dad|father|mum|mom|mother|stepdad|stepmum|stepmom|son|daughter)\b
        | \bmoney\s+(?:\w+\s+){0,2}missing\b[^.!?]{0,80}\b(?:doing|does|did|handl\w+|manag\w+|took\s+over)\s+my\s+(?:banking|finances|money|accounts?|pension)\b
        | \b(?:know|knows|knew)\s+(?:all\s+)?my\s+movements\b
        | \bmy\s+(?:step\s*-?dad|step\s*-?father|uncle|cousin|coach|teacher|tutor|(?:mum|mom)'?s\s+(?:boyfriend|partner)|grand(?:dad|pa|father)|brother|dad|father)\b[^.!?]{0,40}?\b(?:comments?|remarks?|jokes?)\s+about\s+my\s+(?:body|chest|boobs|breasts|bum|butt|figure|legs|shape)\b
        | \b(?:firm|strict|controlling|decides?|decided|picks?|chooses?|says?|tells?\s+me)\s+(?:about\s+)?who\s+i\s+(?:can\s+|get\s+to\s+|am\s+allowed\s+to\s+|'m\s+allowed\s+to\s+|may\s+)?(?:see|talk\s+to|text|go\s+out\s+with|meet|speak\s+to)\b
        | \b(?:someone|somebody|he|she|they)\s+(?:\w+\s+){0,2}(?:monitor\w*|track\w*|watch\w*|follow\w*)\s+my\s+(?:every\s+)?movements?\b
        """),
    _rule("suicide", POSSIBLE, r"""
        \b(?:nobody|no\s*one|no-one)\s+(?:would|will|'d|'ll)\s+(?:even\s+|really\s+)?miss\s+me\b(?![^.!?]{0,30}\b(?:at\s+(?:the\s+)?(?:party|work|school|office|meeting)|if\s+i\s+(?:skip\w*|left\s+early|don'?t\s+go|stay\w*\s+home))\b)
        | \b(?:written|wrote|writing|left)\s+(?:my\s+\w+\s+|her\s+|him\s+|them\s+)?(?:a\s+|an\s+)?(?:card|note|letter)s?\s+(?:\w+\s+)?for\s+after\b
        | \bwhat\s+(?:is|'s)\s+the\s+(?:use|point)\s+(?:to|of)\s+(?:live|living|be\s+alive|go\s+on|going\s+on)\b
        | \b(?:texted|messaged|told|wrote\s+to|wrote)\s+(?:my\s+)?\w+\s+['"\u2018\u201c]?(?:take\s+care\s+of|look\s+after)\s+(?:mum|mom|dad|my\s+\w+|the\s+(?:kids|dog|cat|boys|girls))\s+for\s+me\b
        | \b(?:can'?t|cant|cannot)\s+wait\s+to\s+(?:be\s+)?(?:six\s+feet\s+under|dead|gone\s+for\s+good|in\s+(?:the|my)\s+(?:ground|grave)|die)\b
        | \b(?:want|wanna|wish|hope|hoping)\s+(?:only\s+|just\s+)?(?:to\s+)?(?:disappear|vanish)\s+from\s+(?:the|this)\s+(?:world|earth|planet)\b
        | \b(?:done|finished)\s+with\s+(?:existing|living|being\s+alive|life)\b(?!\s+(?:in|with|near|at\s+(?:home|my|the|his|her))\b)
        | \b(?:hop(?:e|ing)|wish(?:ing)?|pray(?:ing)?)\s+(?:that\s+)?my\s+heart\s+(?:just\s+)?(?:quits|stops|gives\s+(?:out|up)|packs\s+in)\b
        | \b(?:indifferent|don'?t\s+(?:really\s+)?care|do\s+not\s+(?:really\s+)?care|not\s+(?:really\s+)?bothered)\s+(?:as\s+to\s+|about\s+)?(?:if|whether)\s+i\s+(?:survive|live|die|wake\s+up|make\s+it|see\s+(?:next|another|the\s+end))\b
        | \b(?:that'?s|this\s+is)\s+my\s+goodbye\b(?!\s+(?:for\s+(?:now|tonight|today|the\s+(?:day|night|week))|to\s+(?:the|my|this)\s+(?:job|office|team|house|flat|city|school|town|club)))
        | \b(?:been\s+)?(?:texting|messaging|calling|ringing|writing\s+to)\s+(?:\w+\s+)?everyone\s+(?:to\s+say|saying|that)\s+i\s+love\s+them\b
        | \b(?:thinking|thought|think)\s+(?:about|of)\s+ending\s+it\b(?!\s+(?:with|between)\b)(?![^.!?]{0,40}\b(?:relationship|him|her|them|marriage|engagement|friendship|contract|lease|subscription|job|course|membership|affair)\b)
        | \b(?:gave|given|giving|give)\s+(?:away\s+)?(?:all\s+|most\s+)?(?:of\s+)?my\s+(?:\w+\s+){0,2}?(?:things|stuff|belongings|possessions|jewell?e?ry|clothes|games|books|records|vinyls?|collection|guitar|bike|console|xbox|playstation|dog|cat|plants|rings?|watch|medals)\s+(?:away\s+)?to\s+(?!(?:the\s+|a\s+)?(?:charity|charities|oxfam|goodwill|thrift|op\s+shop|salvation|church|food\s*bank|school|library|hospice|shelter))(?:my\s+|a\s+|the\s+)?\w+(?=[^\n]{0,80}?\b(?:this\s+week|lately|recently|tidying|affairs|won'?t\s+(?:need|be\s+needing)|don'?t\s+need|in\s+order|before\s+i\s+go|any\s*more|so\s+they\s+have|should\s+have\s+(?:it|them)|to\s+keep)\b)(?![^\n]*\b(?:moving|declutter\w*|spring\s+clean\w*|downsiz\w*|outgrown|too\s+small|sold|selling|car\s+boot|new\s+(?:one|phone|bike|console)|upgrad\w*)\b)(?![^\n]*\b(?:never|don'?t|do\s+not|rarely|hardly|no\s+longer)\s+(?:\w+\s+)?(?:play|use|wear|ride|read|listen\s+to|fit)\b)
        | \bi(?:'ve|\s+have)?\s+(?:set|picked|chosen)\s+(?:a|the)\s+date\b(?!\s+(?:for|with|to)\b)(?![^\n]{0,60}?\b(?:wedding|married|party|move|moving|surgery|operation|meeting|interview|exam|launch|holiday|vacation|trip|gig|concert|barbecue|bbq|appointment|christening|funeral|retirement|leaving\s+do|court|hearing|divorce|closing|completion|birth|due\s+date|opening)\b)
        |        \b(?:go\s+to\s+sleep|fall\s+asleep|sleep)\s+and\s+(?:never|not)\s+wake\s+up\b(?!\s+(?:until|till|til|before|for\s+(?:a|the|hours)|early))
        | \b(?:can(?:no|')?t|cant)\s+(?:go\s+on|keep\s+going|do\s+this)\s+(?:any\s*more|any\s+longer|living)\b(?![^\n]{0,30}\b(?:essay|assignment|deadline|homework|words\s+by|coursework|dissertation|revision|spreadsheet)\b)
        | \bgiv(?:en|ing|e)\s+away\s+(?:all\s+)?(?:my|of\s+my)\s+(?:things|stuff|belongings|possessions)\b
        | \b(?:thank\s+you|thanks)\s+for\b[^.!?]{0,60}\b(?:all\s+)?(?:these|those|the)\s+(?:last\s+|past\s+)?(?:few\s+)?(?:weeks|months|years)\b(?=.{0,200}?""" + _FINALITY + r""")
        | """ + _FINALITY + r"""(?=.{0,200}?\b(?:thank\s+you|thanks)\s+for\b[^.!?]{0,60}\b(?:all\s+)?(?:these|those|the)\s+(?:last\s+|past\s+)?(?:few\s+)?(?:weeks|months|years)\b)
        | \b(?:can|could|will|would)\s+you\s+(?:please\s+)?tell\s+(?:my|her|his)\s+(?:\w+\s+)?(?:mum|mom|mother|dad|father|sister|brother|kids|children|son|daughter|wife|husband|partner|family|friends?)\s+(?:that\s+)?(?:i'?m|i\s+am)\s+sorry\b(?!\s+(?:i|for|about)\s+(?:ate|eating|broke|breaking|forgot|forgetting|borrow\w*|took|taking|spilt|spilled|spilling|lost|losing|missed|missing|being\s+late|the\s+(?:mess|noise|row|argument)|shouting|yelling|snapping)\b)
        | \bi\s+won'?t\s+be\s+(?:a\s+)?(?:burden|problem)\s+(?:for\s+much|much|any)\s+longer\b
        | \bwhat(?:'s|\s+is)\s+the\s+point\s+(?:of|in)\s+(?:living|being\s+alive|life|going\s+on)\b
        | \b(?:no(?:\s+one|one|body)|nobody)\s+(?:would|will|'d)\s+(?:even\s+|really\s+)?(?:notice|care|miss\s+me)\s+if\s+i\s+(?:(?:was|were|'m|am)\s+(?:gone|dead|not\s+here|not\s+around)|died|disappeared)\b
        | \b(?:in|inside)\s+(?:the|my)\s+car\b[^.!?]{0,60}?\b(?:garage|shed)\b[^.!?]{0,60}?\bengine\s+(?:on|running)\b(?![^.!?]{0,30}\bwarm)
        | \b(?:garage|shed)\b[^.!?]{0,60}?\bengine\s+(?:on|running)\b[^.!?]{0,40}?\b(?:door|doors)\s+(?:shut|closed|down)\b
        | \b(?:tired|sick(?:\s+and\s+tired)?|fed\s+up|weary)\s+of\s+(?:waking\s+up|being\s+alive|existing|living(?=\s*[.!?,]|\s*$))
        | \bhoping\s+(?:the|that|my|this)\s+(?:plane|flight|car|bus|train)\s+(?:goes\s+down|crashes|crashed|falls)
        | \b(?:terminal|incurable)\s+(?:diagnosis|illness|cancer)\b[^.!?]{0,50}?\b(?:relieved|a\s+relief|be\s+glad|welcome\s+it)\b
        | \b(?:writ\w+|wrote|list\w*|decid\w+|work\w*\s+out)\s+(?:down\s+)?who\s+(?:should|is\s+to|will)\s+get\s+(?:what|my\s+(?:things|stuff|belongings))\b
        | \b(?:coroner'?s?|inquests?)\b[^!?]{0,120}?\bhow\s+(?:other\s+)?(?:people|they)\s+did\s+it\b
        | \b(?:time|ready|want|wanna)\s+to\s+(?:just\s+)?check\s+out\b(?!\s+(?:of|the|this|that|a|an|my|your|some|what|how|it))
        """),
    # -- from held-out 11's second look ----------------------------------
    # an overdose taken by the sheet or the strip ("popped a whole sheet of
    # my mum's tabs"); starving with a purpose said ("it's what I get for
    # gaining", "I've earned that"): clear by the labelling rules
    _rule("self_harm", CLEAR, r"""
        \b(?:popped|took|taken|sw[ao]l+ow?e?d|necked|downed|had)\s+(?:like\s+|about\s+|nearly\s+|almost\s+|basically\s+)?(?:a|the|my|half\s+a)\s+(?:whole\s+|hole\s+|full\s+|entire\s+)?(?:sheet|strip|packet|pack|box|bottle|blister(?:\s+pack)?|tub)\s+of\s+(?:my\s+|the\s+|her\s+|his\s+|(?:my\s+)?\w+'?s\s+)?(?:tabs|""" + _METHODS + r""")\b(?!\s+(?:with\s+me|to\s+(?:work|school|the)|for\s+(?:the|my)\s+(?:trip|holiday|journey)|on\s+holiday|in\s+my\s+bag))
        | \b(?:(?:nothing\s+but|only|just)\s+(?:black\s+)?(?:coffee|water|tea|diet\s+\w+|gum)(?:\s+and\s+nothing\s+else)?(?=\s+(?:since|for|in)\b)|(?:haven'?t|havent|have\s+not|not|ain'?t)\s+(?:eaten|had\s+(?:anything|a\s+thing|any\s+food))|(?:on|eating)\s+(?:only\s+|just\s+)?(?:a\s+|about\s+)?(?:\w+\s+)?(?:hundred|thousand|\d+)\s+(?:calories|kcals?|cals)\s+a\s+(?:day|week)|skipp(?:ed|ing)\s+(?:every|all\s+my)\s+meals?|stopped\s+eating)\b
          (?=[^\n]{0,120}?\b(?:earned\s+(?:that|it|this)(?!\s+(?:\w+\s+)?(?:treat|takeaway|pizza|meal|dinner|lunch|drink|pint|beer|wine|cake|break|rest|holiday|lie-?in))|deserve\s+(?:it|this|to\s+(?:feel|be\s+(?:empty|hungry)|starve|go\s+hungry|suffer))|punish\w*|what\s+i\s+get\s+for|penance|for\s+gaining|because\s+i'?m\s+(?:so\s+)?(?:fat|disgusting|gross|worthless))\b)
        """),
    # being rough with oneself "physically" or "if you follow"; looking up
    # overdoses or the easiest way to go
    _rule("self_harm", POSSIBLE, r"""
        \b(?:rough|harsh|hard|heavy[\s-]handed)\s+(?:with|on)\s+my\s*self\b[^.!?]{0,40}?\b(?:physically|if\s+you\s+(?:follow|know\s+what\s+i\s+mean|get\s+me|catch\s+my\s+drift)|with\s+my\s+(?:hands|fists)|left\s+marks|bruis\w+)
        | \bphysically\s+(?:rough|harsh|hard)\s+(?:with|on)\s+my\s*self\b
        """),
    _rule("suicide", POSSIBLE, r"""
        \b(?:look(?:ing|ign|in'?|ed)?\s+up|googl\w*|search\w*(?:\s+for)?|research\w*|read(?:ing)?\s+(?:up\s+)?(?:on|about))\s+(?:\w+\s+){0,2}?(?:overdoses?|lethal\s+doses?|(?:the\s+)?(?:easiest|quickest|fastest|painless|least\s+painful|surest|best)\s+ways?\s+to\s+(?:die|go(?:\s+out)?(?=\s*(?:[.!?,]|$|no\s+cap|tbh|ngl|lol|fr\b))|do\s+it|end\s+it|kill\s+(?:my\s*self|myself))|how\s+(?:many|much)\s+(?:\w+\s+){0,2}(?:it\s+)?(?:takes?|would\s+take|is\s+needed)\s+to\s+(?:die|overdose|kill))
          (?![^.!?]{0,40}\bfor\s+(?:my|an?|the)\s+(?:exam|essay|class|course|assignment|module|shift|patients?|job|work|dissertation|thesis|nursing|pharmacology|revision))
        | (?:^|[.!?]\s+)\W*(?:it\s+|everything\s+|all\s+|life\s+|my\s+life\s+)?(?:is|'s)\s+finish(?:ed)?\s+for\s+me\b
        | \bno\s+return\s+(?:train|ticket|journey|flight|bus|trip|fare)\b(?![^.!?]{0,60}\b(?:moving|move|moved|new\s+job|relocat\w*|emigrat\w*|staying\s+with|start(?:ing)?\s+(?:uni|work|college)))
        | \b(?:beachy\s+head|golden\s+gate\s+bridge)\b(?=[^\n]{0,80}\b(?:alone|one\s+night|no\s+return|one[\s-]way|for\s+good|last\s+time|never\s+coming\s+back|won'?t\s+be\s+coming\s+back))
        """),
    # a child or sibling locked in a basement, a shed, a cupboard; an older
    # relative's money taken with shouting or threats
    _rule("danger", CLEAR, r"""
        \b(?:lo(?:ck|kc|c)s?|locked|locking)\s+(?:me|my\s+(?:little\s+|big\s+|baby\s+|younger\s+|older\s+|step\s*)?(?:sister|brother|sis|bro|son|daughter|kids?|children|baby|siblings?))\s+(?:up\s+)?(?:in|inside)\s+(?:the|a|my|her|his|their|our)\s+(?:basm?ent|cellar|cupboard|closet|shed|garage|attic|loft|boot|trunk|cage|dog\s+crate)\b
        """),
    _rule("danger", POSSIBLE, r"""
        \b(?:lo(?:ck|kc)s?|locked|locking)\s+my\s+(?:little\s+|big\s+|baby\s+|younger\s+|older\s+|step\s*)?(?:sister|brother|sis|bro|son|daughter|kids?|children|baby|siblings?)\s+(?:up\s+)?in\s+(?:her|his|their|the)\s+(?:bed)?room\b(?=[^.!?]{0,60}\b(?:all\s+night|for\s+(?:hours|days)|without\s+(?:food|dinner|eating)|no\s+food|when\s+(?:she'?s?|he'?s?|they'?re)\s+(?:bad|naughty)|as\s+(?:a\s+)?punishment))
        | \b(?:takes?|took|taking|steals?|stole|stealing|keeps?\s+taking|helps?\s+(?:her|him|them)sel(?:f|ves)\s+to|spends?|spent)\s+(?:all\s+(?:of\s+)?)?(?:my\s+|our\s+)?(?:grand?dad|grandpa|grandma|grandmother|grandfather|gran|nan|nana|granny|mum|mom|mam|dad|mother|father|aunt|uncle)'?s\s+(?:money|pension|benefits|savings|bank\s+card|card|cash)\b(?=[^\n]{0,100}\b(?:yell\w*|shout\w*|scream\w*|threat\w*|cries|crying|cry|scared|afraid|frighten\w*|without\s+(?:asking|permission)|won'?t\s+give|never\s+(?:gives?|pays?)\s+(?:it\s+)?back|bull(?:y|ies|ied)|push\w*|shov\w*))
        """),
    # -- from held-out 12's second look ----------------------------------
    # said as if already gone ("tell my hamster I love him if I'm not
    # here"); a burden others would be freer without; purging
    _rule("suicide", POSSIBLE, r"""
        \btell\s+(?:my|her|his|our|the)\s+(?:\w+\s+){0,2}?(?:that\s+)?i\s+(?:love|loved|miss)\s+(?:him|her|them|you|it)\b[^.!?]{0,30}?\b(?:if|when|once|after)\s+i(?:'m|\s+am|m)\s+(?:not\s+(?:here|around)|gone)\b(?!\s+(?:on|for|to|away|abroad|at|in|by(?!\s+then)|before|until|till|yet)\b)
        | \b(?:if|when|once|after)\s+i(?:'m|\s+am|m)\s+(?:not\s+(?:here|around)(?:\s+any\s*more)?|gone)\b(?!\s+(?:on|for|to|away|abroad|at|in|next|this|tomorrow|over|by(?!\s+then)|before|until|till|yet)\b)[^.!?]{0,30}?\btell\s+(?:my|her|his|our|the)\s+(?:\w+\s+){0,2}?(?:that\s+)?i\s+(?:love|loved|miss|'m\s+sorry|am\s+sorry)
        | \b\w+(?:'d|\s+would|\s+wud|\s+wld|'ll|\s+will)\s+(?:all\s+|both\s+)?(?:be|b)\s+(?:so\s+much\s+|much\s+|a\s+lot\s+|far\s+)?(?:freer|happier|better|easier|lighter)(?:\s+off)?\s+(?:without|w/o|w/out|wo)\s+me(?:\s+(?:around|here|in\s+(?:the\s+picture|their\s+li(?:fe|ves))))?(?=\s*(?:[.!?,;]|$|and\b|now\b|honestly\b|ngl\b|tbh\b|fr\b|lol\b|idk\b|anyway\b))
        | \b(?:only|just)\s+(?:a|an)\s+(?:nuisance|burden|drain|weight)\s+(?:to|on)\s+(?:her|him|them|everyone|everybody|my\s+\w+)\b(?=[^\n]{0,80}\bwithout\s+me\b)
        | \b(?:life\s+insurance|(?:insurance\s+)?polic(?:y|ies))\b[^.!?]{0,80}?\b(?:suicide|tak(?:e|es|ing)\s+(?:my|your|their|one'?s)\s+own\s+life|kill(?:s|ed)?\s+(?:my|your|them|him|her)sel(?:f|ves))\b
        | \b(?:suicide|tak(?:e|es|ing)\s+(?:my|your|their|one'?s)\s+own\s+life)\b[^.!?]{0,60}?\b(?:life\s+insurance|insurance\s+polic(?:y|ies)|pays?\s+out)\b
        """),
    _rule("self_harm", POSSIBLE, r"""
        \b(?:made|make|makes|making)\s+(?:my\s*self|myslef|mysefl|meself)\s+(?:throw\s+up|vomit|puke|be\s+sick|sick)\b(?!\s+(?:with|from|over|about|worrying|laughing|thinking|overthinking|stressing|by\s+(?:worrying|thinking|overthinking|stressing)|eating\s+too|on\s+(?:the\s+)?(?:boat|ferry|ride|rollercoaster)))
        | \b(?:binge[dt]?|binging|bingeing|ate\s+(?:a\s+)?(?:whole|entire))\b[^.!?]{0,80}?\b(?:threw|throw(?:ing)?|thrown)\s+(?:it\s+)?(?:all\s+)?(?:back\s+)?up\s+on\s+purpose\b
        """),
    # danger: gifts with asks from an adult online (grooming); a quid pro
    # quo for sex; a crash after screaming, then silence; a dead thing left
    # at one's car or door; a weapon with "don't come to school"; children
    # left alone for days
    _rule("danger", POSSIBLE, r"""
        \b(?:gave|gives|give|giving|sent|sends|send|bought|buys|offer(?:ed|s|ing)?)\s+(?:me|her|him|my\s+\w+)\s+(?:free\s+|loads\s+of\s+|lots\s+of\s+|some\s+)?(?:gems|robux|v-?bucks|skins|coins|credits|tokens|gift\s*cards?|presents|gifts|money)\b[^.!?]{0,60}?\b(?:wants?|asked|asks|asking|told)\s+(?:me|her|him)\s+to\s+(?:turn\s+on\s+(?:my|her|his|the)\s+(?:camera|cam|webcam)|send\s+(?:him|her|them\s+)?(?:\w+\s+)?(?:pics|photos|pictures|selfies|videos)|video\s*call|meet\s+(?:up|him|her))
        | \b(?:online|on\s+(?:the\s+)?(?:internet|discord|snapchat|instagram|roblox|tiktok|a\s+game))\b[^.!?]{0,40}?\b(?:much\s+older|grown\s+(?:man|woman|up)|adult\s+(?:man|woman)|older\s+(?:man|guy|bloke))\b[^.!?]{0,60}?\b(?:presents|gifts|money|secret|pics|photos|camera|meet)\b
        | \b(?:special|secret)\s+friend\b[^.!?]{0,40}?\b(?:much\s+older|grown\s+(?:man|woman|up)|adult|older\s+(?:man|guy))\b
        | \b""" + _AT_STAKE + r"""\b[^.!?]{0,60}?\bunless\s+i\s+(?:agree\s+to\s+(?:a\s+)?(?:sexual|sex|sleep)|sleep\s+with|have\s+sex\s+with)
        | \bunless\s+i\s+(?:agree\s+to\s+(?:a\s+)?(?:sexual|sex|sleep|date|go\s+out|have\s+sex)|sleep\s+with|have\s+sex\s+with|go\s+(?:to\s+bed|on\s+a\s+date)\s+with|send\s+(?:him|her|them)\s+(?:nudes|pics|photos))
        | \b(?:screaming|shouting|yelling|fighting)\b[^.!?]{0,80}?\b(?:big\s+|loud\s+)?(?:bang|crash|thud|smash)\b[^.!?]{0,40}?\b(?:quiet|silent|silence|stopped|nothing|not\s+moving)\b
        | \b(?:left|leaves|leaving|found)\s+(?:a|another|more)\s+dead\s+(?:rose|roses|flowers?|bird|rat|mouse|animal|fish)\s+(?:on|at|outside|by|under|in)\s+(?:my|our)\s+(?:car|windscreen|windshield|door|doorstep|porch|step|mailbox|letterbox|window|desk)\b
        | \b(?:a|another)\s+dead\s+(?:rose|roses|flowers?|bird|rat|mouse|animal|fish)\s+(?:was\s+|were\s+)?(?:left|put|placed|dumped)\s+(?:on|at|outside|by|under|in)\s+(?:my|our)\s+(?:car|windscreen|windshield|door|doorstep|porch|step|mailbox|letterbox|window|desk)\b
        | \b(?:an\s+ar\b|ar-?\s?15|guns?|rifle|shotgun|pistol|weapons?|shoot\w*|bombs?)\b[^\n]{0,120}?\b(?:don'?t|dont|do\s+not|not\s+to)\s+(?:come|go)\s+(?:in\s+)?to\s+(?:school|class|campus|college)\s+(?:on\s+)?(?:tomorrow|monday|tuesday|wednesday|thursday|friday|next\s+week|this\s+week)\b
        | \b(?:don'?t|dont|do\s+not|not\s+to)\s+(?:come|go)\s+(?:in\s+)?to\s+(?:school|class|campus|college)\s+(?:on\s+)?(?:tomorrow|monday|tuesday|wednesday|thursday|friday|next\s+week|this\s+week)\b[^\n]{0,120}?\b(?:an\s+ar\b|ar-?\s?15|guns?|rifle|shotgun|pistol|weapons?|shoot\w*|bombs?)\b
        """),
    # -- from held-out 13's second look ----------------------------------
    # an overdose told formally ("ingested a considerable quantity of
    # sertraline"); laxatives taken by the handful or after every meal; a
    # pro-eating-disorder "coach"; marks explained away ("told them it was a
    # cat scratch. It wasn't."); a farewell with arrangements made; a life one
    # has "overstayed" or that others would run better without
    _rule("self_harm", CLEAR, r"""
        \b(?:ingested|consumed|sw[ao]l+ow?e?d|took|taken|had)\s+(?:a\s+|an\s+)?(?:considerable|large|huge|significant|substantial|excessive|great|massive|big|dangerous)\s+(?:quantity|amount|number|dose|overdose)\s+of\s+(?:my\s+|the\s+|her\s+|his\s+)?""" + _METHODS + r"""\b
        """),
    _rule("self_harm", POSSIBLE, r"""
        \b(?:taking|take|took|taken|using|popping|necking|(?:i'?m|been|am)\s+on)\s+(?:\w+\s+)?laxatives\b[^.!?]{0,40}?\b(?:after\s+(?:every|each|all\s+my)\s+(?:meal|time\s+i\s+eat)|at\s+a\s+time|to\s+(?:lose|get\s+rid|purge|stay\s+(?:thin|skinny)|not\s+gain|empty))
        | \b(?:\d{2}|[5-9]|five|six|seven|eight|nine|ten|a\s+dozen|\w+teen|twenty)\s+laxatives\b
        | \b(?:pro[\s-]?ana|pro[\s-]?mia|ana\s+(?:coach|buddy|mentor)|thinspo)\b
        | \b(?:it\s+was|they\s+were|it'?s|they'?re)\s+(?:(?:just|only)\s+)?(?:a|the|my|our)\s+(?:cat|dog|kitten|puppy|rose\s*bush|bramble|accident)(?:'?s)?(?:\s+scratch(?:es)?)?\s*[.!;]\s*(?:it|they)\s+(?:wasn'?t|weren'?t|was\s+not|were\s+not|isn'?t|aren'?t)\b
        """),
    _rule("suicide", POSSIBLE, r"""
        \b(?:made|put\s+in\s+place|sorted|finished)\s+(?:all\s+)?(?:my|the)\s+(?:final\s+)?arrangements\b(?!\s+(?:for|with|to))(?=[^\n]{0,120}?\b(?:goodbye|bye|farewell|speak\s+again|talk\s+again|thank\s+you\s+for|thanks\s+for))
        | \b(?:goodbye|bye|farewell|speak\s+again|talk\s+again|thank\s+you\s+for|thanks\s+for)\b[^\n]{0,120}?\b(?:made|put\s+in\s+place|sorted|finished)\s+(?:all\s+)?(?:my|the)\s+(?:final\s+)?arrangements\b(?!\s+(?:for|with|to))
        | \b(?:do\s+not|don'?t|won'?t|shall\s+not)\s+(?:expect|think)\s+(?:that\s+)?we\s+(?:shall|will|'ll)\s+(?:speak|talk)\s+again\b
        | \boverstayed\s+my\s+welcome\s+(?:on\s+(?:this\s+)?(?:earth|planet)|in\s+this\s+(?:world|life)|here\s+on\s+earth|on\s+this\s+mortal)
        | \b(?:would|'d|will|'ll)\s+(?:all\s+)?(?:\w+\s+){0,2}?(?:better|more\s+\w+ly|easier|happier|freer)\s+in\s+my\s+absence\b(?![^.!?]{0,30}\b(?:while|when|on\s+(?:leave|holiday)|next\s+week|this\s+week|for\s+the\s+(?:week|day|month)))
        """),
    # danger: documents held with a debt or no way out (trafficking); being
    # made to sleep with men; a job or contract that depends on sex; children
    # who fend for themselves, or are alone since a day named; a child left
    # minding a baby since a parent went out days ago; gifts from someone online who wants to meet alone
    _rule("danger", CLEAR, r"""
        \b(?:make|makes|made|making|forc\w+)\s+me\s+(?:to\s+)?(?:sleep|have\s+sex|go)\s+with\s+(?:men|man|customers|clients|strangers|guys|their\s+friends|his\s+friends|other\s+men)\b
        """),
    _rule("danger", POSSIBLE, r"""
        \b""" + _AT_STAKE + r"""\b[^.!?]{0,60}?\b(?:contingent|conditional|dependent|depends?|depending)\s+(?:up)?on\s+(?:(?:\w+\s+){0,2}?(?:sexual\s+favou?rs|sex|sleeping\s+with\s+(?:him|her|them))\b|how\s+['"\u2018\u2019]?nice['"\u2018\u2019]?\s+i\s+am|me\s+(?:coming|going)\s+(?:up\s+)?to\s+(?:his|her)\s+(?:hotel\s+)?(?:room|house|flat|place|car))
        | \b""" + _CHILDREN + r"""\b[^.!?]{0,60}?\b(?:alone|on\s+their\s+own|by\s+themselves)\b(?:\s+\w+){0,4}?\s+(?:since|for)\s+(?:like\s+|about\s+|nearly\s+|almost\s+|over\s+)?(?:two|three|four|five|several|a\s+few|\d+|many)\s+(?:days|nights)\b
        | \b(?:looking\s+after|watching|minding|babysitting|taking\s+care\s+of)\s+my\s+(?:baby|little|infant|toddler)\s+(?:brother|sister|bro|sis)\b[^\n]{0,80}?\b(?:mum|mom|mam|dad|mummy|mommy|parents?)\s+(?:went|has\s+gone|'s\s+gone|left|hasn'?t\s+been\s+back)\b[^.!?]{0,20}?\b(?:yesterday|last\s+night|days?\s+ago|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|since)
        | \b(?:sends?|sending|sent|gives?|giving|gave|buys?|buying|bought)\s+(?:me|her|him|my\s+\w+)\s+(?:\w+\s+){0,2}?(?:gifts|presents|money|gift\s*cards?)\b[^.!?]{0,40}?\bwants?\s+(?:(?:me|her|him)\s+)?to\s+meet\s+(?:up\s+)?(?:alone|in\s+secret|without|on\s+(?:his|her|their)\s+own|somewhere)
        """),
    # -- from a dev set of danger said without danger words (session 15) --
    # forced marriage; documents kept with work or a debt; an honour threat;
    # a threat made by naming where family live or "accidents happen"; a
    # door kicked in; going on after "stop"; a child locked out all night or
    # shut in a cupboard; children left with no food; an injury a partner
    # caused, or a pet hurt as a lesson
    _rule("danger", CLEAR, r"""
        \b(?:forc\w+|making|make|made|pressur\w+|push\w*)\s+me\s+(?:to\s+|into\s+)?(?:marry|get\s+married|marriage|a\s+marriage|an\s+arranged\s+marriage|a\s+wedding)\b
        | \b(?:arranged|arranging|planned|planning)\s+(?:for\s+me\s+to\s+(?:be\s+|get\s+)?married|my\s+(?:marriage|wedding))\b[^\n]{0,80}?\b(?:not\s+consented|didn'?t\s+(?:agree|consent)|don'?t\s+want|passport|never\s+met|i'?m\s+(?:1[0-7]|\w+teen)\b)
        | """ + _DOCUMENTS_HELD + r"""\b(?:owe|debt|no\s+(?:pay|money|wages)|without\s+(?:pay|money|wages)|imm?igration|police|send\s+me\s+back|work\s+(?:every\s+day|all\s+day|for\s+(?:free|nothing))|pay\s+(?:it\s+)?(?:off|back)|can'?t\s+leave|cannot\s+leave|won'?t\s+let\s+me\s+leave|not\s+allowed\s+to\s+leave|can'?t\s+go\s+home)
        | \b(?:owe|debt)\b[^\n]{0,80}?\b(?:keep|keeps|kept|took|taken|hold|holds|held|retain\w*)\s+(?:our|my)\s+(?:passports?|papers|documents|ids?)\b
        | \b(?:working|work)\s+off\s+(?:a|the|their|this)\s+debt\b[^\n]{0,80}?\b(?:never\s+agreed|papers|passport|can'?t\s+(?:leave|go)|don'?t\s+get\s+to\s+(?:leave|go))
        | \b(?:shamed|shame|dishonou?red|dishonou?r)\b[^\n]{0,80}?\b(?:only\s+one\s+way|come\s+for\s+(?:me|us|her|him)|deal\s+with\s+me|punish\w*\s+(?:me|us|her)|pay\s+for\s+it|have\s+an?\s+accident|(?:will|would|'ll|'d|going\s+to|(?<!\bi\s)wants?\s+to)\s+kill\s+(?:me|us|her)|fix\s+(?:it|this|the\s+shame))
        | \bknows?\s+(?:where\s+my\s+(?:\w+\s+){0,2}(?:lives?|works?|goes\s+to\s+school|stays?)|which\s+school\s+my\s+\w+\s+(?:goes\s+to|attends?))\b(?=[^\n]{0,120}?\b(?:regret|police|cps|social\s+services|report|think\s+(?:about|twice)|careful|or\s+else|if\s+i|before\s+(?:going|calling|telling|i)))
        | \b(?:regret|police|cps|social\s+services|report\w*|tell\w*\s+anyone)\b[^\n]{0,80}?\bknows?\s+(?:where\s+my\s+(?:\w+\s+){0,2}(?:lives?|works?|goes\s+to\s+school)|which\s+school\s+my\s+\w+\s+(?:goes\s+to|attends?))
        | \b(?:kept\s+going|didn'?t\s+stop|wouldn'?t\s+stop|carried\s+on)\s+(?:after|when|even\s+(?:after|when|though))\s+i\s+(?:said\s+(?:stop|no)|told\s+(?:him|her|them)\s+(?:to\s+stop|no)|asked\s+(?:him|her|them)\s+to\s+stop)\b
        | \b(?:lock(?:ed|s)?|shut(?:s)?|put(?:s)?|leaves?|left)\s+(?:me|us|my\s+(?:little\s+|baby\s+)?(?:brother|sister|son|daughter|kids?))\s+(?:out(?:side)?|outside\s+in\s+the\s+(?:garden|yard|street|cold|rain|snow))\b[^.!?]{0,40}?\b(?:all\s+night|overnight|in\s+the\s+(?:cold|rain|snow|dark)|for\s+hours)
        | \b(?:put|shut|lock(?:ed)?)\s+(?:me\s+)?in\s+(?:the|a)\s+(?:cupboard|closet|cellar|basement|shed|cage|dog\s+crate|box|wardrobe)(?:\s+under\s+the\s+stairs)?\b[^.!?]{0,40}?\b(?:when\s+i|for\s+(?:ages|hours|days)|as\s+(?:a\s+)?punishment|because\s+i|if\s+i|it'?s\s+dark)
        | \b(?:partner|husband|boyfriend|wife|girlfriend|fianc\w+|ex)\s+(?:\w+\s+)?(?:caused|gave\s+me|did)\s+(?:the|my|this|that|these)\s+(?:fracture|broken\s+\w+|black\s+eye|bruis\w+|injur\w+|burns?|split\s+lip)
        | \b(?:hurt|injured|kicked|killed|drowned|harmed|strangled|hit|stabbed|poisoned)\s+(?:our|my|the)\s+(?:dog|cat|puppy|kitten|pet|rabbit|bird|hamster)\b[^.!?]{0,60}?\b(?:lesson|warning|in\s+front\s+of\s+me|to\s+(?:scare|punish|teach|show))
        """),
    _rule("danger", POSSIBLE, r"""
        \b(?:wedding|marriage|married|marry|weding|engaged)\b[^\n]{0,120}?\b(?:i'?m|im|i\s+am)\s+(?:only\s+)?(?:1[0-7]|seventeen|sixteen|fifteen|fourteen|thirteen|twelve)\b
        | \b(?:i'?m|im|i\s+am)\s+(?:only\s+)?(?:1[0-7]|seventeen|sixteen|fifteen|fourteen|thirteen|twelve)\b[^\n]{0,120}?\b(?:wedding|marriage|married|weding|engaged)\b(?!\s+(?:couple|photos?|cake|dress))
        | \b(?:tends?\s+to|might|could|will|would|is\s+going\s+to)\s+have\s+(?:an?\s+)?accident\b[^\n]{0,60}?(?:\bi(?:'ve|\s+have)?\b|\bme\b)
        | \b(?:reminded|told|warned|said\s+to)\s+me\b[^.!?]{0,30}?\baccidents\s+(?:happen|can\s+happen)
        | \b(?=[bks])(?<!police\s)(?<!firemen\s)(?<!firefighters\s)(?<!brigade\s)(?<!locksmith\s)(?<!bailiffs\s)(?:booted|kicked|smashed|broke|busted|bashed)\s+(?:the|my|our)\s+(?:front\s+|back\s+|bedroom\s+|bathroom\s+)?door\s+(?:in|down|open)\b(?![^.!?]{0,30}\b(?:police|firefighters|fire\s+brigade|locksmith|locked\s+out|lost\s+(?:the|my)\s+keys?))
        | \b(?:wasn'?t|was\s+not)\s+something\s+i\s+(?:agreed|consented)\s+to\b
        | """ + _DOCUMENTS_HELD + r"""\b(?:can'?t|cannot|don'?t\s+let\s+me|won'?t\s+let\s+me)\s+(?:go|get\s+out)
        | \b(?:left|leaves|leaving)\s+(?:the|my|her|his|our|their)\s+""" + _CHILDREN + r"""\s+(?:with\s+)?(?:no|without)\s+(?:food|anything\s+to\s+eat|anyone|an?\s+adult)
        | \b""" + _CHILDREN + r"""\b[^.!?]{0,60}?\b(?:look\s+after|fend\s+for)\s+themselves\b
        | \b""" + _CHILDREN + r"""\b[^.!?]{0,60}?\b(?:left\s+)?unattended\b[^.!?]{0,40}?\bsince\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last\s+night|\w+\s+days)
        | \b(?:locked|shut)\s+out\b[^.!?]{0,30}?\b(?:all\s+night|overnight)\b
        | \b(?:can'?t|cannot|not\s+allowed\s+to)\s+leave\b[^.!?]{0,40}?\bdoor\s+is\s+(?:always\s+|kept\s+)?locked\b
        | \b(?:unwashed|not\s+(?:been\s+)?(?:fed|washed|changed)|without\s+(?:adequate\s+|proper\s+|any\s+)?(?:food|nutrition|meals))\b(?=[^\n]{0,120}?\b(?:mum|mom|mother|dad|father|gran\w*|nan|nana|grand\w+|carers?|care\s+home|residential|lost\s+(?:\w+\s+){0,2}(?:weight|kilos?|kilograms|pounds|stone)))
        | \bnobody'?s?\s+(?:has\s+)?(?:changed|washed|fed)\s+(?:me|my)\b
        | \b(?:there'?s|is)\s+often\s+nothing\s+(?:for\s+me|left\s+for\s+me)\b
        | \btaking\s+(?:money|cash)\s+(?:out\s+)?(?:of|from)\s+(?:her|his|my|their|\w+'s)\s+(?:bank\s+)?accounts?\b
        | \b(?:got|has|took|taken|keeps?|kept)\s+(?:my\s+)?(?:grandma|gran|nan|nana|granny|grandad|grandpa|grandfather|grandmother|mum|mom|dad)'?s\s+(?:bank\s+)?card\b[^.!?]{0,60}?\b(?:can'?t|cannot|won'?t\s+let)
        | \bmoney\s+(?:has\s+a\s+way\s+of\s+(?:disappearing|vanishing)|keeps\s+(?:disappearing|vanishing|going\s+missing))
        | \b(?:husband|partner|boyfriend|bf|fianc\w+|mother-in-law|father-in-law|in-laws|wife|girlfriend)\b[^.!?]{0,50}?\b(?:never|won'?t|doesn'?t|don'?t|wouldn'?t)\s+let(?:s)?\s+me\s+(?:go\s+out|leave\s+(?:the\s+house|him|her|home)|out\s+(?:of\s+the\s+house|alone|on\s+my\s+own)|see\s+(?:my\s+)?(?:friends|family|sister|brother|mum|mom|dad|parents|anyone)|have\s+(?:my\s+own\s+)?(?:money|a\s+phone|my\s+phone|the\s+(?:car\s+)?keys|a\s+job|a\s+bank\s+(?:account|card))|use\s+(?:the|my)\s+(?:phone|car)|""" + _DRIVE_BUT_NOT_THEIR_OWN + r"""|talk\s+to\s+(?:anyone|my\s+\w+)|phone\s+(?:anyone|my\s+\w+)|ring\s+(?:anyone|my\s+\w+)|call\s+(?:anyone|my\s+\w+)|work)\b
        | \b(?:unplugged|cut\s+off|took\s+away|taken\s+away|hidden|hid)\s+(?:the|my)\s+(?:tele)?phone\b[^.!?]{0,80}?\b(?:can'?t|cannot)\s+(?:ring|call|phone|reach|contact|talk\s+to)
        | \b(?:tutor|coach|trainer|mentor|teacher|pastor|priest|uncle|neighbou?r|babysitter|instructor|youth\s+\w+|step\s*dad|(?:grown|older)\s+(?:man|guy|woman))\b[^\n]{0,80}?\b(?:(?:special|little|our)\s+secret|just\s+between\s+(?:us|you\s+and\s+me|the\s+two\s+of\s+us)|(?:has|have|had|needs?|must|got)\s+(?:to\s+)?(?:stay|be\s+kept|remain)\s+(?:just\s+|only\s+)?between\s+(?:us|you\s+and\s+me|the\s+two\s+of\s+us|me\s+and\s+(?:him|her))|(?:gave|bought|got)\s+(?:me|her|him)\s+a\s+(?:secret\s+)?phone)\b
        | \b(?:found|find|finding|discovered|discovering)\s+(?:a|an|another)\s+(?:tracker|tracking\s+device|air\s*tag|tile\s+tracker|gps\s+(?:tracker|device))\s+(?:\w+\s+){0,2}?(?:on|in|into|under|inside)\s+(?:the\s+\w+\s+of\s+)?(?:my|our)\s+(?:\w+\s+)?(?:car|bag|vehicle|coat|bike|purse|handbag|pocket|lining|jacket|rucksack|backpack|case)\b(?![^\n]{0,60}?\b(?:myself|i'?d\s+put|i\s+put|i'?ve\s+put|my\s+own|forgot|to\s+stop\s+losing))
        | \b(?:tracking\s+device|tracker|air\s*tag)\b[^.!?]{0,60}?\b(?:didn'?t|did\s+not|never)\s+(?:put|authori[sz]e|install|agree)
        | \b(?:gave|given|provided|told)\s+(?:\w+\s+){0,4}?(?:several\s+|different\s+|many\s+)?(?:explanations?|stories|excuses)\s+for\s+my\s+(?:injuries|bruises|black\s+eyes?|marks|broken\s+\w+)
        | \b(?:i'?m|im|i\s+am)\s+(?:so\s+|really\s+|very\s+|a\s+bit\s+|quite\s+)?(?:scared|afraid|frightened|terrified)\s+of\s+(?:my\s+)?(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|stepdad|step-dad|carer|ex)(?=\s*(?:[.,!?;]|$|and\b|but\b|because\b|when\b|now\b))
        | \b(?:modify|change|plan|arrange|organi[sz]e|shape)\s+(?:my\s+)?(?:whole\s+|entire\s+)?(?:behaviou?r|life|day|days|everything)\s+(?:\w+\s+)?(?:around|round)\s+(?:his|her)\s+(?:moods?|temper)
        """),
    # -- from held-out 14's second look ----------------------------------
    # a binge brought back up; "little accidents" with a hot or sharp thing,
    # again; a burden the rest "would be fine without"; an overdose "on
    # purpose"; a parent who burns a child's hand, or burns as a punishment
    _rule("self_harm", POSSIBLE, r"""
        \b(?:binge[dt]?|binging|bingeing)\b[^.!?]{0,60}?\b(?:sick(?:ing|ed|s)?|throw(?:ing|s)?|threw|puk(?:e|ing|ed)|vomit(?:ing|ed)?|bring(?:ing)?|brought)\s+it\s+(?:all\s+)?(?:back\s+)?up\b
        | \bmy\s+(?:little\s+|usual\s+|silly\s+)?["']?accidents?["']?\s+(?:with\s+(?:the|my)\s+(?:\w+\s+)?(?:iron|straighteners|lighter|matches|razors?|blades?|compass|scissors|kettle|candles?|cigarettes?|knife|knives)\s+)?again\b
        """),
    _rule("self_harm", CLEAR, r"""
        \b(?:took|taken|sw[ao]l+ow?e?d|necked|downed|had)\s+(?:\w+\s+){0,3}?(?:all|whole|too\s+many|loads?|lots|handfuls?|bunch|strips?|stip|sheets?|box|packet|bottle|pack|\d+|""" + _MANY + r""")\b[^.!?]{0,30}?""" + _METHODS + r"""\b[^.!?]{0,50}?\bon\s+purp[o]?se?\b
        """),
    _rule("suicide", POSSIBLE, r"""
        \b(?:every(?:one|body)|people|they|y'?all|my\s+(?:family|kids|friends|mates|parents))(?:'d|\s+would)\s+(?:all\s+|honestly\s+|probably\s+)?be\s+(?:fine|ok|okay|alright|chill(?:in'?|ing)?|grand|good)\s+without\s+me\b(?=\s*(?:[.!?,;]|$|and\b|now\b|honestly\b|tbh\b|anyway\b))
        """),
    # -- from held-out 15's second look ----------------------------------
    # food cut to a few hundred calories, or held off to see how long one can
    # go; a binge "got rid of" as a routine; exercise to the point of being
    # sick after a slip; hurting "for it"; bodily pain that quiets the heart's;
    # a passive wish never to wake; a pet handed on "if anything happens to me"
    _rule("self_harm", POSSIBLE, r"""
        \b(?:down\s+to|only\s+(?:eating|having|allowing\s+myself)|eating|having|allowing\s+myself|limit(?:ing)?\s+myself\s+to)\s+(?:like\s+|about\s+|only\s+|around\s+|under\s+)?(?:[1-6]\d\d|[1-9]\d)\s*(?:calories|cals|kcals?)\s+(?:a|per|each)\s+day\b
        | \bhow\s+long\s+i\s+can\s+(?:go|last)\s+without\s+(?:eating|food|a\s+meal)\b
        | \b(?:ate|eat|eating|binge[dt]?|bingeing|binging)\b[^.!?]{0,60}?\b(?:got|get|gets|getting)\s+rid\s+of\s+it\b(?=[^\n]{0,80}?\b(?:every|each|again|routine|always|daily|habit))
        | \b(?:run|ran|running|exercise|exercising|work\s+out|working\s+out)\s+(?:\w+\s+){0,2}?(?:until|till|til)\s+i\s+(?:throw\s+up|puke|vomit|(?:am|'m|get)\s+sick|pass\s+out|faint)\b(?=[^\n]{0,60}?\b(?:slip|binge|ate|eat|punish|deserve|calories|make\s+up\s+for))
        | (?:\b(?:slip|binge|ate|eat|punish|deserve|calories|make\s+up\s+for)\b[^\n]{0,60}?)\b(?:run|ran|running|exercise|exercising|work\s+out|working\s+out)\s+(?:\w+\s+){0,2}?(?:until|till|til)\s+i\s+(?:throw\s+up|puke|vomit|(?:am|'m|get)\s+sick|pass\s+out|faint)\b
        | \bi\s+(?:feel\s+like\s+i\s+)?(?:gotta|have\s+to|need\s+to|deserve\s+to|must|should)\s+(?:be\s+)?hurt\s+for\s+(?:it|that|this|them|my\s+\w+)\b
        | \b(?:physical\s+pain|pain\s+(?:in|on)\s+my\s+(?:body|skin|arms?|legs?)|when\s+i\s+(?:feel|have)\s+pain)\b[^.!?]{0,60}?\b(?:pain|hurt|ache)\s+(?:in|of)\s+my\s+(?:heart|head|mind|soul|chest)\b[^.!?]{0,30}?\b(?:quiet\w*|less|stops?|goes\s+away|easier|calm\w*|fades?|numb)\b
        """),
    _rule("self_harm", CLEAR, r"""
        \b(?:haven'?t|havent|have\s+not|hadn'?t|not)\s+(?:eaten|ate|had\s+(?:any\s+)?food)\s+(?:anything\s+)?(?:in|for|since)\s+(?:nearly\s+|almost\s+|over\s+|like\s+|about\s+|more\s+than\s+)?(?:a\s+week|(?:two|three|four|five|six|several|a\s+few|\d+)\s+days|days)\b[^.!?]{0,30}?\bon\s+purp\w*
        """),
    _rule("suicide", POSSIBLE, r"""
        \b(?:never|not)\s+wak(?:e|ing)\s+(?:back\s+)?up\b(?!\s+(?:till|until|before|early|for\s+(?:the|my)|at|in\s+time|on\s+time))[^.!?]{0,40}?\b(?:the\s+dream|a\s+dream|would\s+be\s+(?:nice|great|ideal|perfect|a\s+relief|bliss|lovely)|be\s+nice|sounds?\s+(?:nice|good|great|perfect|lovely)|goals?)\b
        | \b(?:i\s+(?:hope|wish|pray)|it\s+would\s+be\s+(?:nice|great|a\s+relief|lovely)|wouldn'?t\s+mind|wouldn'?t\s+be\s+sad)\b[^.!?]{0,30}?\b(?:i\s+)?(?:never|not|don'?t|didn'?t)\s+wak(?:e|ing)\s+(?:back\s+)?up\b(?!\s+(?:till|until|before|early|for\s+(?:the|my)|at|in\s+time|on\s+time|the|my|her|his|everyone|anyone|the\s+\w+|halfway|half[\s-]way|during|in\s+the\s+middle|mid|to\s+(?:the|an|my|that)\s+(?:alarm|baby|kids|dog|bin\s+lorry|builders|noise))\b)
        | \b(?:take|have|look\s+after|take\s+care\s+of|keep|adopt|mind)\s+(?:my|our|the)\s+(?:cat|dog|kitten|puppy|pets?|rabbit|hamster|fish|bird|parrot)\b[^.!?]{0,20}?\bif\s+(?:any\s*thing|something)\s+(?:happens|happened|were\s+to\s+happen|was\s+to\s+happen)\s+to\s+me\b(?![^.!?]{0,30}\b(?:during|in\s+(?:the\s+)?(?:surgery|hospital|operation)|on\s+(?:the\s+)?(?:trip|op|operation)|while|abroad|away))
        """),
    # -- from a dev set of eating and self-harm said plainly (session 16) --
    # purging (brought back up, got rid of in the loo, the tap run so nobody
    # hears); restricting (living on gum and water, food binned or given away
    # every day, "not earned a meal", "too fat to eat tea", parents told one
    # is eating); exercise to pay for food; laxatives or diet pills by the
    # handful or past the dose; hair torn out for the sting
    _rule("self_harm", POSSIBLE, r"""
        \b(?:went|going|gone|i'?m|been|am)\s+back\s+(?:to|on)\s+(?:the\s+)?(?:razor|razors|blade|blades|lighter|scissors|cutting)\b
        | \b(?:punch\w*|puch\w*|hit\w*|smash\w*|bang\w*)\s+(?:the\s+|a\s+|my\s+)?(?:door|wall|mirror|window|garage\s+door)\s+(?:till|until|so\s+hard)\b[^.!?]{0,40}\b(?:swell\w*|swollen|bled|bleed\w*|broke|broken|split|cracked|bruis\w*)
        | \bno[\s-]food\s+(?:streak|day|days|challenge|week)\b|\b(?:ed|ana|mia)\s+(?:brain|voice|thoughts?)\s+(?:is|are|'s)\s+(?:winning|louder|loud|back|screaming)\b
        | \b(?:mia|ana|ed)\b[^.!?]{0,40}\b(?:can'?t|cant|cannot)\s+keep\s+(?:nothing|anything|food|it|a\s+thing)\s+down\b
        | \b(?:haven'?t|have\s+not|havent|not)\s+(?:\w+\s+){0,4}?eaten\s+(?:\w+\s+){0,3}?in\s+(?:um\s+|like\s+)?(?:over\s+|about\s+)?(?:a\s+week|\w+\s+weeks|a\s+fortnight)\b(?![^\n]*\b(?:bug|flu|sick|ill|illness|virus|covid|poisoning|surgery|operation|braces|dentist|money|broke|skint|afford|fasting|ramadan)\b)
        | \b(?:went\s+to\s+town\s+on|punch\w*|hit\w*|smash\w*|slap\w*|scratch\w*|claw\w*)\s+my\s+own\s+(?:face|head|legs?|arms?|body|chest|stomach)\b
        | \b(?:put|puts|putting|stick|sticks|sticking|stuck|shove|shoving)\s+(?:my\s+)?fingers?\s+(?:down|in(?:to)?)\s+(?:my\s+)?throat\b(?![^.!?]{0,40}\b(?:fish\s*bone|bone|stuck|chok\w+|check\w*|dentist|tooth|teeth|tonsils?|sweet|gum|pill)\b)
        | \b(?:throw(?:ing)?|threw|bring(?:ing)?|brought)\s+up\s+(?:every|evry|each|all\s+(?:my|of\s+my))\s+(?:single\s+)?(?:meal|meals|thing\s+i\s+eat|dinner|lunch|breakfast|tea)\b
        | \bate\s+nothing\s+(?:but|except|apart\s+from|other\s+than)\s+(?:gum|water|black\s+coffee|coffee|diet\s+coke|ice|lettuce|celery|an?\s+apple)\s+(?:for|in)\s+(?:like\s+|about\s+|over\s+)?(?:\d+|two|three|four|five|six|seven|a\s+few|several)\s+days\b
        | \b(?:bring|bringing|brought|brings|sent|send|sending|sick(?:ing|ed)?|throw(?:ing)?|threw)\s+(?:it|em|them|the\s+lot|my\s+\w+)\s+(?:all\s+)?back\s+up\b(?=[^\n]{0,80}?\b(?:loo|toilet|bathroom|every|most\s+nights|again|routine|after))
        | (?:\b""" + _FOOD + r"""\b[^\n]{0,80}?)\b(?:bring|bringing|brought|brings|sent|send|sending|sick(?:ing|ed)?)\s+(?:it|em|them|the\s+lot|my\s+\w+)\s+(?:all\s+)?back\s+up\b
        | \bsick(?:ing|ed)\s+up\s+(?:my\s+)?(?:dinner|lunch|tea|breakfast|food|meals?|everything)\b
        | \b(?:throw(?:ing)?|threw|puk(?:e|ing)|vomit(?:ing)?)\s+(?:it\s+)?(?:all\s+)?up\s+(?:again\s+)?after\s+(?:this\s+|every\s+|each\s+|my\s+|the\s+)?(?:dinner|lunch|tea|breakfast|meals?|eating|school|supper)\b
        | \b(?:can'?t|cannot|couldn'?t)\s+(?:have|let)\s+it\s+(?:sitting|sit|stay)\s+in\s+me\b | \bcouldn'?t\s+let\s+it\s+stay\b
        | \b(?:eat|eating|ate)\b[^.!?]{0,40}?\b(?:need|want|have)\s+(?:to\s+get\s+)?it\s+out\s+of\s+me\b
        | \bfeel\s+(?:\w+\s+)?(?:better|good|clean)\s+when\s+i'?m\s+(?:\w+\s+)?empty\b
        | \b(?:run|running|ran)\s+the\s+(?:tap|taps|water)\b[^.!?]{0,30}?\b(?:while|so)\b(?=[^\n]{0,80})(?:[^\n]{0,80}?\b(?:after\s+""" + _FOOD + r"""|you\s+know|hear))
        | \b(?:after\s+(?:dinner|tea|meals?|eating|lunch)|(?:dinner|tea|meals?|eating|lunch)\b[^.!?]{0,20}?)\b[^.!?]{0,40}?\b(?:run|running|ran)\s+the\s+(?:tap|taps|water)\b
        | \b(?:shower|bath)\s+(?:straight|right|just)?\s*after\s+(?:dinner|tea|meals?|eating|lunch)\b[^.!?]{0,30}?\b(?:so\s+no\s*(?:one|1|body)|hears?|hear\s+anything)
        | \b(?:go|goes|going|went)\s+to\s+the\s+(?:toilet|loo|bathroom)\s+(?:straight|right)\s+after\s+(?:meals?|dinner|tea|eating|every\s+meal)\b
        | \bbinge\w*\b[^\n]{0,80}?\b(?:in\s+the\s+(?:bathroom|loo|toilet)|dipped\s+to\s+the\s+(?:bathroom|loo|toilet))\b
        | \b(?:living|lived|surviv\w+|getting\s+by|get\s+(?:through|by)(?:\s+\w+){0,4})\s+on\s+(?:just\s+|only\s+|nothing\s+but\s+)?(?:water|diet\s+coke|black\s+coffee|coffee|gum|sugar[\s-]free\s+gum|squash|ice|air)\s+(?:and|&|n)\s+(?:\w+\s+){0,2}?(?:gum|water|coffee|crackers?|ice|diet\s+coke|cigarettes|mints)\b
        | \bseeing\s+how\s+(?:little|few|long|far)\s+i\s+can\s+(?:get\s+by\s+on|go|last|eat|push\s+it)\b(?=[^\n]{0,60}?(?:\b""" + _FOOD + r"""\b|week|going\s+well|worrying))|(?:\b(?:gum|diet\s+coke|water|""" + _FOOD + r""")\b[^\n]{0,80}?)\bseeing\s+how\s+(?:little|few|long|far)\s+i\s+can\b
        | \bsee\w*\s+how\s+little\s+i\s+can\s+get\s+by\s+on\b(?![^.!?]{0,20}\b(?:money|cash|pounds|dollars|budget|a\s+week'?s\s+pay))
        | (?:\bnot|n'?t|\bnever)\b[^.!?]{0,25}?\b(?:earned|deserve[ds]?)\s+(?:a\s+meal|to\s+eat|food|my\s+(?:dinner|lunch|tea|breakfast|meals?)|(?:dinner|lunch|tea|breakfast))\b
        | \btoo\s+(?:fat|big|heavy|huge|gross|disgusting)\s+to\s+(?:eat|have\s+(?:my\s+)?(?:tea|dinner|lunch|breakfast|anything))\b
        | \b(?:toss|tossed|throw|throwing|threw|bin|binned|chuck|chucked|dump|dumped)\s+(?:away\s+)?(?:it|my\s+(?:packed\s+)?(?:lunch|dinner|tea|breakfast|food|sandwiche?s?))\s+(?:away\s+)?(?:in\s+the\s+(?:trash|bin|garbage)\s+)?[^.!?]{0,40}?\b(?:every\s+day|evry\s+day|each\s+day|at\s+school|before\s+(?:first|school|class|period))
        | \bgiv(?:e|ing)\s+(?:away\s+)?my\s+(?:school\s+)?(?:dinner|lunch|food|meals?)\s+(?:away\s+)?to\s+(?:my\s+)?\w+\b[^.!?]{0,40}?\b(?:so\s+i\s+(?:don'?t|dont)\s+have\s+to\s+eat|every\s+day)
        | (?:(?<=thinks\s)|(?<=think\s)|(?<=them\s)|(?<=her\s)|(?<=him\s)|(?<=everyone\s)|(?<=parents\s)|(?<=parnets\s)|(?<=mum\s)|(?<=mom\s)|(?<=dad\s)|(?<=family\s)|(?<=friends\s)|(?<=tell\s)|(?<=told\s))i'?m\s+(?:eating|eatting)\b[^\n]{0,60}?\b(?:not|n'?t|maybe\s+one|throw|skip|bin|toss)\b
        | (?:\b""" + _FOOD + r"""\b[^\n]{0,80}?)\b(?:got|get|getting)\s+rid\s+of\s+(?:it|(?:it\s+)?all)\s+(?:all\s+)?(?:in\s+the\s+(?:bathroom|bathrom|loo|toilets?)|after)\b
        | \b(?:breakfast|lunch|dinner|tea|meals?)\s+(?:(?:and|&|n)\s+(?:breakfast|lunch|dinner|tea)\s+)?(?:are|is)\s+(?:\w+\s+){0,2}?(?:optional|optinal|a\s+luxury)\b(?!\s+(?:at|in|on|here|there|for\s+(?:guests|staff|students|everyone|visitors))\b)
        | \b(?:not|n'?t)\s+had\s+(?:a\s+)?(?:proper\s+)?(?:meal|tea|dinner|food|lunch|breakfast)\s+(?:in|for)\s+(?:about\s+|nearly\s+|over\s+|like\s+)?(?:\w+|\d+)\s+days\b(?=[^\n]{0,60}?\b(?:just\s+(?:squash|water|coffee|tea|gum|crackers|diet\s+coke)|proud|chuffed|pleased|winning|on\s+purp\w*))
        | \bmirror\b[^.!?]{0,60}?\b(?:eat|have)\s+(?:even\s+)?less\b
        | \bbad\s+(?:night|day)\b[^.!?]{0,30}?\bnothing\s+too\s+deep\b
        | \b(?:already\s+ate|already\s+eaten)\b[^\n]{0,40}?\bevery\s+(?:single\s+)?time\b
        | \bnot\s+a\s+breakfast\s+person\b[^.!?]{0,40}?\b(?:lunch|dinner)\s+person\b
        | \bback\s+to\s+(?:counting\s+(?:every\s+)?(?:\w+\s+)?calorie|restricting|skipping\s+(?:meals|dinner|lunch|breakfast)|purging|throwing\s+up|cutting\s+(?:my\s+)?portions)
        | \b(?:recover\w*|discharged|treatment|getting\s+better\s+with\s+food)\b[^\n]{0,80}?\b(?:throwing\s+up|skipping|restricting|counting|purging|cutting\s+(?:my\s+)?portions)\b[^.!?]{0,40}?\b(?:again|agian|nobody|no\s*one|down\s+to\s+nothing)
        | \b(?:portions?|meals?|eating)\s+(?:down\s+)?to\s+(?:nothing|almost\s+nothing|next\s+to\s+nothing|a\s+few\s+bites)\b
        | \b(?:wobble|slip\w*|old\s+habits|same\s+habits)\b[^.!?]{0,30}?\bwith\s+food\b | \bwith\s+food\b[^.!?]{0,30}?\b(?:old\s+habits|habits\s+creeping|creeping\s+(?:back|in))
        | \bstopped\s+(?:having|eating)\s+(?:lunch|breakfast|dinner|tea|meals?|food)\b(?!\s+(?:at|in|from|out|with|there|together))
        | \bno[\s-]food\s+(?:arc|day|days|week|challenge|(?:till|until)(?!\s+(?:noon|midday|lunch|dinner|tea|supper|twelve|one|two|three|\d|the\s+evening|later|after|i\s+get\s+(?:home|back))))\b
        | \b(?:stomach|tummy)\s+(?:is\s+)?(?:growl\w*|rumbl\w*|empty)\b[^.!?]{0,40}?\b(?:winning|high|proud|in\s+control|strong)\b
        | \b(?:every\s+bite|ate|had|eat|eating)\b[^.!?]{0,40}?\b(?:pay\s+(?:it\s+)?(?:back|for\s+it)|burn\s+(?:it\s+)?of+)\s+at\s+the\s+gym\b
        | """ + _EXERCISE_AMOUNT + r"""[^.!?]{0,50}?\b(?:(?:because|cos|cuz|coz|since|if)\s+(?:i\s+)?(?:had|ate|eat)\s+(?:\w+\s+){0,4}?""" + _FOOD + r"""|(?:cos|cuz|coz|because)\s+of\s+the\s+""" + _FOOD + r"""|to\s+burn\s+(?:it\s+)?of+\s+(?:the\s+)?""" + _FOOD + r""")\b
        | (?:\b(?:had|ate|eat)\s+(?:\w+\s+){0,4}?""" + _FOOD + r"""\b[^.!?]{0,40}?)\b(?:ran|run|running|cardio|gym|treadmill|bike)\b[^.!?]{0,30}?""" + _EXERCISE_AMOUNT + r"""
        | \b(?:ran|run|cardio|gym|work(?:ed)?\s+out|exercis\w+)\b[^.!?]{0,60}?\b(?:gotta|got\s+to|had\s+to|have\s+to)\s+(?:pay\s+for\s+it|get\s+it\s+off\s+me|burn\s+it\s+of+)
        | \bonly\s+let(?:ting)?\s+myself\s+(?:have|eat)\s+what\s+i\s+burn\b
        | """ + _PURGING_PILLS + r"""\b[^.!?]{0,60}?\b(?:like\s+(?:candy|sweets|smarties|tic\s*tacs)|half\s+the\s+(?:pack|box|bottle)|after\s+(?:every|each)\s+(?:binge|meal)|(?:double|triple|twice|three\s+times|way\s+more|more\s+th[ae]n)\s+(?:the\s+dose|what\s+(?:it|the\s+\w+)\s+says|it\s+says|on\s+the\s+(?:packet|box|bottle))|(?:\d+|four|five|six|seven|eight|nine|ten)\s+(?:a|per|every)\s+(?:day|night)|instead\s+of\s+(?:1|one))
        | \b(?:took|taking|take|necking|necked|popping|popped|hitting)\s+(?:the\s+)?(?:like\s+|about\s+|maybe\s+)?(?:[4-9]|\d\d|four|five|six|seven|eight|nine|ten|a\s+handful\s+of|loads\s+of)\s+""" + _PURGING_PILLS + r"""\b
        | \b(?:hitting|necking|popping)\s+(?:the\s+)?""" + _PURGING_PILLS + r"""\s+(?:heavy|hard|like\s+(?:candy|sweets))
        | \b(?:pull\w*|yank\w*|rip\w*|tear\w*|tore)\s+(?:out\s+)?(?:a\s+(?:patch|clump|chunk|bit)\s+of\s+)?(?:my\s+)?hair\s+(?:out\s+)?(?:at\s+the\s+roots\s+)?(?:at\s+the\s+back\s+)?\b[^.!?]{0,60}?\b(?:sting|pain|hurt|calm\w*|wound\s+up|stressed|angry|bald\s+(?:bit|patch|spot)|punish\w*)
        """),
    # suicide in young people's slang: "yeet myself off", "the only way out
    # is six feet under", "press f for me", "deleting myself", "end credits
    # for me", "catch me on the tracks", "kys ... i think i might", belongings
    # handed on "if anything happens 2 me", "sorry for everything ... bye"
    _rule("suicide", CLEAR, r"""
        \byeet(?:ing)?\s+my\s*self\s+(?:(?:off|from)\s+(?:a|the|that|this|our|my)\s+(?:\w+\s+)?(?:roof|bridge|building|cliff|overpass|flyover|balcony|tower|multi\w*|car\s*park|ledge|top\s+floor|block|window)|into\s+(?:the\s+)?(?:sea|ocean|river|traffic|lake|canal|void|oncoming)|in\s+front\s+of\s+(?:a|the)\s+(?:train|bus|car|lorry|truck)|under\s+(?:a|the)\s+(?:train|bus|lorry|truck))\b
        """),
    _rule("suicide", POSSIBLE, r"""
        \bonly\s+way\s+out\b[^.!?]{0,40}?\b(?:six\s+feet\s+under|dead|die|dying|death|the\s+grave|a\s+coffin)\b | \bsix\s+feet\s+under\b[^.!?]{0,30}?\bonly\s+way\s+out\b
        | \bpress\s+f\s+(?:for|to)\s+(?:me|pay\s+respects\s+(?:for|to)\s+me)\b
        | \bdelet(?:e|ing)\s+my\s*self\b(?!\s+(?:from|off|on)\b)
        | \bend\s+credits\s+for\s+me\b
        | \bcatch\s+me\s+(?:\w+\s+){0,2}?(?:walking\s+into\s+the\s+(?:sea|ocean|river|traffic|lake)|on\s+the\s+(?:train|trian|rail(?:way)?)\s+tracks|jumping\s+off|in\s+a\s+(?:coffin|casket|grave|body\s+bag)|(?:at|on|off)\s+the\s+(?:bridge|overpass|roof|tracks|edge))
        | \b(?:kys|kill\s+yourself)\b[^.!?]{0,40}?\b(?:i\s+(?:think\s+)?i\s+(?:might|will|should)|i\s+(?:might|will|should|wanna)|maybe\s+i\s+(?:should|will))\b
        | \b(?:you|u)\s+can\s+(?:have|keep)\s+my\s+\w+(?:\s+\w+)?\s+if\s+(?:any\s*thing|something)\s+(?:happens|happened)\s+(?:to|2)\s+me\b
        | \b(?:sorry|sry|soz)\s+for\s+(?:everything|evrything|every\s+thing|it\s+all)\b[^\n]{0,40}?\b(?:bye|goodbye|love\s+(?:you|u)\s+all)\b
        | \b(?:i'?m|im)\s+done\b[^\n]{0,40}?\btell\s+(?:my\s+)?\w+\s+(?:that\s+)?i\s+love\s+(?:her|him|them)\b
        | \b(?:ready|redy)\s+(?:2|to)\s+dip\b(?=[^\n]{0,40}\b(?:no\s*one|nobody|noone|for\s+good|forever|permanently|won'?t\s+(?:care|miss)))
        """),
    # -- from held-out 16's second look ----------------------------------
    # something hard thrown at a person or a baby; an adult who makes a child
    # sit on his lap; bruises on a child beside a partner's temper; a cleaning
    # liquid or poison drunk; purging every meal; "better I am not existing";
    # "had my innings"
    _rule("danger", POSSIBLE, r"""
        \b(?:threw|throws|thrown|hurled|chucked|lobbed|flung)\s+(?:a|an|the|his|her|their|my)\s+(?:\w+\s+){0,2}?""" + _THROWABLE + r"""\s+at\s+(?:me|us|my\s+\w+|the\s+(?:baby|kids?|child|children)|(?:the\s+)?(?:baby|kid|child)'?s?\s+(?:head|face))\b
        | \b(?:make|makes|making|made)\s+me\s+sit\s+on\s+(?:his|her)\s+lap\b
        | \b(?:bruis\w*|marks?|burns?)\s+on\s+(?:the\s+baby'?s?|my\s+(?:son|daughter|baby|grand\w+)'?s?)\s+(?:arms?|legs?|face|back|neck|body|bum|bottom|cheek|ear)\b(?=[^\n]{0,80}?\b(?:shouts|screams|yells|rough|hits|smacks|grabs|temper|partner|boyfriend|stepdad|step-dad)\b)
        | \b(?:shouts|screams|yells|rough|hits|smacks|grabs|temper|partner|boyfriend|stepdad|step-dad)\b[^\n]{0,40}?\b(?:baby|child|kids?|son|daughter|toddler|little\s+(?:boy|girl|one))\b[^\n]{0,60}?\b(?:bruis\w*|marks?|burns?)\s+on\s+(?:her|his|the\s+baby'?s?|my\s+(?:son|daughter|baby|grand\w+)'?s?)\s+(?:arms?|legs?|face|back|neck|body|bum|bottom|cheek|ear)\b
        """),
    _rule("self_harm", CLEAR, r"""
        \b(?:drank|drink|drunk|swallowed|swallow)\s+(?:some\s+|a\s+(?:cup|glass|bottle|mouthful|bit)\s+of\s+|the\s+)?(?:bleach|cleaning\s+(?:liquid|fluid|stuff|product)|antifreeze|weed\s*killer|drain\s+cleaner|toilet\s+cleaner|disinfectant|rat\s+poison|(?:weed|crop|bug|insect|slug|mouse)\s+poison|poison|white\s+spirit|paraffin|pesticide|insecticide|herbicide|paraquat)\b
        """),
    _rule("self_harm", POSSIBLE, r"""
        \b(?:chuck\w*|throw\w*|threw|puk\w*|vomit\w*|bring\w*|brought|sick\w*)\s+up\s+(?:every|each|all\s+my)\s+(?:single\s+)?(?:meal|dinner|lunch|tea|breakfast|food|time\s+i\s+eat)\b
        """),
    _rule("suicide", POSSIBLE, r"""
        \b(?:is|it'?s|would\s+be|be)\s+better\s+(?:if\s+)?i\s+(?:am|was|were|'m|m)\s+not\s+(?:existing|exist|alive|here|around|living)\b
        | \bbetter\s+(?:if\s+)?i\s+(?:don'?t|do\s+not|didn'?t)\s+exist\b
        | \b(?:i'?ve|i\s+have|i'?d|i)\s+(?:just\s+about\s+|about\s+|pretty\s+much\s+|more\s+or\s+less\s+)?had\s+my\s+innings\b(?!\s+at\s+(?:the\s+)?\w+)
        """),
    # -- from held-out 17's second look ----------------------------------
    # sorry to have woken; a long sleep with no morning; a lethal amount asked
    # about "for me"; a bottle of cough syrup and pills drunk; a child
    # "disciplined" with a cord, a belt taken to someone; improvement "in my
    # absence"; assisted dying with no illness; eating little as a penalty;
    # every penny accounted for, with menace; praying to be taken; thinking
    # of going into the water; a heated spoon pressed on the skin; a child
    # thrown against furniture; a boss who touches; purging spelt as typed
    _rule("suicide", POSSIBLE, r"""
        \b(?:gutted|disappointed|upset|annoyed|angry|sorry|pissed\s+off|devastated)\s+(?:that\s+|when\s+)?i\s+(?:woke|wake|keep\s+waking|still\s+wake)\s+up\b
        | \bwish\s+i\s+(?:hadn'?t|didn'?t)\s+wo?ke\s+up\b
        | \b(?:long|big|endless|forever)\s+sleep\b[^.!?]{0,20}?\b(?:and\s+)?(?:no|without)\s+(?:morning|waking)
        | \bhow\s+(?:many|much)\s+(?:of\s+)?(?:(?:the|my|these|those|her|his)\s+)?(?:\w+\s+){0,3}?(?:tablets?|pills?|medicine|""" + _METHODS + r""")\b[^.!?]{0,40}?\b(?:too\s+much\s+for\s+(?:the\s+)?body|would\s+(?:kill|be\s+(?:fatal|lethal|enough))|(?:is|are)\s+(?:fatal|lethal)|to\s+die|to\s+not\s+wake)\b
        | \b(?:would|'d|will|'ll)\s+(?:\w+\s+){0,2}?(?:improve|be\s+improved)\s+(?:\w+\s+){0,2}?in\s+my\s+absence\b
        | \b(?:assisted\s+(?:dying|suicide)|dignitas|euthanasia)\b[^\n]{0,80}?\b(?:no\s+terminal|not\s+(?:terminally\s+)?ill|cannot\s+continue|can'?t\s+(?:continue|go\s+on)|for\s+(?:me|myself))\b
        | \bpray\w*\s+(?:\w+\s+){0,3}?(?:the\s+lord|god|jesus|he)\s+(?:takes|will\s+take|would\s+take|to\s+take|comes?\s+for)\s+me\b(?![^.!?]{0,30}\b(?:home\s+safe|through|in\s+(?:his|her)\s+arms))
        | \b(?:canal|river|sea|lake|bridge|cliffs?|tracks|railway|quarry|reservoir|pier)\b[^.!?]{0,50}?\bthought\s+(?:i'?d|i\s+would|about|of)\s+(?:just\s+)?(?:go(?:ing)?\s+in|jump\w*|walk\w*\s+(?:in|off)|stepp\w*\s+(?:off|in|out))\b
        """),
    _rule("self_harm", CLEAR, r"""
        \b(?:drank|drinking|drink|took|taking|swallowed)\s+(?:all|the\s+whole|a\s+whole)\s+(?:of\s+)?(?:the\s+|my\s+)?(?:bottle|packet|box)\s+of\s+(?:\w+\s+){0,2}?(?:cough\s+(?:syrup|medicine|mixture)|medicine|""" + _METHODS + r""")\b
        | \b(?:heated|heat|heating|warmed)\s+(?:up\s+)?(?:a|the|my)\s+(?:spoon|knife|metal|coin|key|blade|needle|fork)\b[^.!?]{0,40}?\b(?:pressed|press|held|put|pushed)\s+it\s+(?:on|against|to|into)\s+my\b
        """),
    _rule("self_harm", POSSIBLE, r"""
        \b(?:eat(?:ing)?|food|meals?)\b[^.!?]{0,40}?\b(?:penalty|punishment|penance)\b(?=[^\n]{0,40}\b(?:my|myself|i)\b)
        """),
    _rule("danger", CLEAR, r"""
        \btakes?\s+(?:his|her|a|the)\s+belt\s+to\s+(?:me|us|my\s+\w+)\b
        | \b(?:threw|throws|thrown|flung|chucked|shoved|slammed)\s+(?:me|my\s+(?:baby\s+|little\s+|infant\s+|toddler\s+)?(?:sister|brother|son|daughter|baby|kid|child))\s+(?:against|into|across|onto|down)\s+(?:the|a)\s+(?:wall|sofa|couch|door|floor|table|wardrobe|dresser|cupboard|stairs|fridge|ground|radiator|cot|crib)\b
        """),
    _rule("danger", POSSIBLE, r"""
        \b(?:disciplin\w*|punish\w*|hits?|hitting|beats?|beating|whips?|whipping|smacks?|smacking|belts?|belting|spanks?|spanking)\b['"]?\s+(?:me|us|my\s+\w+)\s+with\s+(?:a|an|the|his|her)\s+(?:extension\s+)?(?:cord|cable|belt|wooden\s+spoon|stick|rod|wire|hose|slipper|hanger|coat\s+hanger|buckle)\b
        | \b(?:account\s+(?:of|for)\s+every\s+(?:penny|pound|cent|dollar|receipt))\b[^\n]{0,80}?\b(?:menac\w*|threat\w*|scary|rage|violent|frighten\w*)
        | \b(?:manager|boss|supervisor|teacher|coach|tutor|uncle|stepdad|landlord|neighbou?r|colleague|co-?worker|driver|priest|pastor|instructor|lecturer)\b[^.!?]{0,60}?\btouch(?:es|ed|ing)\s+me\b(?!\s+(?:base|up))
        """),
    # -- from held-out 18's second look ----------------------------------
    # a child shaken or kicked down the stairs; a wage taken, an allowance
    # of a few pounds; sleep in a car with the engine on; whether an overdose
    # is fatal, asked for oneself; a day chosen "so it means something"; the
    # world better "with me off it"; a train caught "and I don't mean get on
    # it"; removing "the problem" one is; never seeing a mother again, with
    # love; too heavy for the family, "better I go"
    _rule("danger", CLEAR, r"""
        \bshook\s+(?:him|her|me|the\s+baby|my\s+\w+)\s+(?:so\s+hard|violently|until|till|like\s+a\s+rag)\b
        | \b(?:kicked|pushed|threw|shoved)\s+(?:me|my\s+(?:lil\s+|little\s+|baby\s+|big\s+|younger\s+|older\s+)?(?:sister|brother|son|daughter|baby|kid|child|sis|bro))\s+down\s+the\s+stairs\b
        """),
    _rule("danger", POSSIBLE, r"""
        \b(?:he|she|husband|wife|partner|boyfriend|girlfriend|son|daughter|mother-in-law|father-in-law|in-laws)\b[^.!?]{0,20}?\btakes?\s+all\s+(?:of\s+)?(?:my|the)\s+(?:salary|wages?|pay|money|benefits|pension)\b
        | \bgives?\s+me\s+(?:only\s+|just\s+)?(?:\w+\s+){0,2}(?:pounds|dollars|euros|quid|bucks)\s+(?:a|for|per|each)\s+(?:the\s+)?week\b
        """),
    _rule("suicide", POSSIBLE, r"""
        \b(?:sleep|sit|wait|fall\s+asleep)\w*\s+in\s+(?:the|my)\s+(?:car|garage)\s+with\s+the\s+engine\s+(?:on|running)\b
        | \b(?:overdose|od|dose|amount|how\s+(?:many|much))\b[^.!?]{0,60}?\b(?:fatal|lethal|enough\s+to\s+(?:die|kill))\b(?=[^\n]{0,80}\b(?:i\s+would\s+prefer|to\s+be\s+(?:certain|sure)|for\s+me\b|for\s+myself|asking\s+for\s+me|i\s+want\s+to\s+know))
        | \b(?:going\s+to|gonna|will|i'?ll)\s+do\s+it\s+on\s+(?:my\s+birthday|the\s+anniversary|christmas|new\s+year'?s?)\b[^\n]{0,40}?\bso\s+(?:it\s+means\s+something|(?:they|everyone|people)\s+(?:remember|know))
        | \b(?:world'?s?|world\s+is|earth\s+is|everyone'?s?|everybody'?s?)\s+(?:\w+\s+)?better\s+(?:off\s+)?with\s+me\s+off\s+(?:it|this\s+(?:earth|planet))\b
        | \bcatch\s+(?:the|a)\s+(?:\d+\s*(?:am|pm)?\s+)?train\b[^.!?]{0,40}?\b(?:don'?t|do\s+not)\s+mean\s+(?:get|getting|ride|riding|board|boarding)\s+on\s+it\b
        | \b(?:being|i'?m|i\s+am)\s+the\s+problem\b[^\n]{0,60}?\b(?:remove|get\s+rid\s+of|eliminate|delete|erase)\s+(?:the\s+|that\s+)?problem\b
        | \b(?:will\s+not|won'?t|never)\s+see\s+(?:her|him|them|you|my\s+\w+)\s+again\b[^\n]{0,60}?\b(?:knows?\s+i\s+love|love\s+(?:her|him|them|you)|sorry|goodbye)\b
        | \bi(?:'m|\s+am|m)\s+(?:\w+\s+)?(?:too\s+heavy|a\s+burden)\b[^\n]{0,60}?\b(?:better|best)\s+(?:that\s+|if\s+)?i\s+(?:go|leave|disappear|am\s+gone|die)\b
        """),
    # -- from held-out 19's second look ----------------------------------
    # everything thrown up on purpose; not bothered about waking; sleeping
    # pills bought from several chemists; "better I disappear from this
    # world"; a post that depends on compliance after advances; a baby left
    # in the cot all day, unfed
    _rule("self_harm", POSSIBLE, r"""
        \b(?:throw|threw|throwing|bring|bringing)\s+up\s+(?:everything|evrything|every\s*thing|all)\s+i\s+(?:eat|ate)\b
        """),
    _rule("suicide", POSSIBLE, r"""
        \bnot\s+(?:bothered|fussed)\s+(?:about|if\s+i(?:'m)?)\s+(?:waking|wake)\s+up\b
        | \b(?:buy|buying|bought|get|getting|got)\s+(?:many|lots\s+of|loads\s+of|more)?\s*""" + _METHODS + r"""\b[^.!?]{0,40}?\b(?:different|several|separate|other)\s+(?:pharmac\w*|chemists?|shops|stores)\b
        | \b(?:better|best)\s+(?:if\s+|that\s+)?i\s+disappear\s+from\s+(?:this|the)\s+(?:world|earth|life)\b
        """),
    _rule("danger", POSSIBLE, r"""
        \badvances\b[^\n]{0,80}?\b(?:depends?|contingent|conditional)\s+(?:up)?on\s+my\s+(?:compliance|cooperation|saying\s+yes|going\s+along)\b
        | \b(?:leaves?|left|leaving)\s+(?:the|her|his|my)\s+baby\s+(?:in\s+(?:the|its|his|her)\s+(?:cot|crib|pram)\s+)?all\s+day\b[^.!?]{0,40}?\b(?:doesn'?t|does\s+not|never|won'?t|not)\s+feed\b
        """),
    _rule("danger", CLEAR, r"""
        \b(?:he|she|they|(?:my\s+(?:step\s*)?)?(?:mum|mom|mam|mummy|mommy|dad|daddy|father|mother|stepdad|stepmum|stepmom|husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|uncle|aunt|auntie|brother|sister|gran|nan|grandad|grandma|grandpa|carer|caregiver|teacher|coach|cousin|foster\s+\w+))\s+(?:\w+\s+)?(?:burn(?:ed|t|d|s)?|scald(?:ed|s)?)\s+my\s+(?:hands?|arms?|legs?|fingers?|wrists?|back|face|skin|feet|foot|neck|belly|tummy)\b(?![^.!?]{0,40}\b(?:by\s+accident|accidentally|by\s+mistake|didn'?t\s+mean))
        | \b(?:burn(?:ed|t|d|s|ing)?|scald(?:ed|s|ing)?|whip(?:ped|s|ping)?|belt(?:ed|s|ing)?|starv(?:e|es|ed|ing))\s+(?:me|us|my\s+\w+)\b[^.!?]{0,60}?\b(?:as\s+(?:a\s+)?punish?ments?|to\s+punish\s+(?:me|us|him|her|them))\b
        """),
    # -- from held-out 25's second look ----------------------------------
    # a day chosen when the house is empty "to go through with it"; a place
    # booked so the children are not the ones who find them; drink and the
    # pills got out; "tried last night but woke up"
    _rule("suicide", CLEAR, r"""
        \b(?:house|flat|place|home)\s+(?:would|will|'?ll|is\s+going\s+to)\s+be\s+empty\b[^\n]{0,60}?\b(?:go\s+through\s+with\s+it|do\s+it)\b
        | \b(?:kids|children|family|wife|husband|mum|mom|parents|son|daughter|they|nobody|no\s*one)\s+(?:aren'?t|isn'?t|won'?t\s+be|don'?t\s+have\s+to\s+be|doesn'?t\s+have\s+to\s+be)\s+the\s+ones?\s+(?:who|that|to)\s+finds?\s+me\b
        | \b(?:so|so\s+that)\s+(?:my\s+)?(?:kids|children|family|wife|husband|mum|mom|parents|son|daughter)\s+(?:don'?t|doesn'?t|won'?t|never)\s+(?:have\s+to\s+)?find\s+me\b
        | \b(?:bottle\s+of\s+\w+|vodka|whisk(?:e)?y|gin|rum|booze)\s+and\s+(?:the\s+|my\s+|all\s+(?:the\s+|my\s+)?)?(?:pills|tablets)\s+out\b
        | \btried\s+(?:it\s+)?(?:again\s+)?(?:last\s+(?:nite|night)|yesterday|on\s+\w+day)?\s*,?\s*but\s+(?:i\s+)?woke\s+(?:back\s+)?up\b
        """),
    # a sleep "you don't have to get up from"; "should've landed wrong";
    # tired of everything, not sleepy tired
    _rule("suicide", POSSIBLE, r"""
        \b(?:sleep|rest)\b[^\n]{0,30}?\b(?:the\s+kind|one|the\s+sort)\s+(?:you|i)\s+(?:don'?t|do\s+not|never|won'?t)\s+(?:have\s+to\s+)?(?:get\s+up|wake\s+up|come\s+back)\s+from\b
        | \bshould(?:'ve|\s+have|a)\s+(?:just\s+)?(?:landed\s+wrong|hit\s+(?:my\s+head\s+)?harder|not\s+(?:survived|made\s+it|woken\s+up|pulled\s+through))\b
        | \bnot\s+sleepy\s+tired\b[^.!?]{0,30}?\btired\s+of\s+(?:everything|it\s+all|life|living)\b
        """),
    # one small thing eaten a day; laxatives a packet at once; a behaviour
    # stopped years ago "resumed"; a clean streak ended
    _rule("self_harm", POSSIBLE, r"""
        \b(?:eat|ate|eating|have|having)\s+only\s+(?:one|1)\s+(?:small\s+)?(?:thing|apple|snack|biscuit|cracker)\s+(?:per|a|each|every)\s+day\b
        | \bonly\s+(?:eat|ate|have)\s+(?:one|1)\s+(?:small\s+)?(?:thing|apple|snack|biscuit|cracker)\s+(?:per|a|each|every)\s+day\b
        | \b(?:resumed|started\s+again|returned\s+to|gone\s+back\s+to|went\s+back\s+to)\s+(?:a|an|the|my)\s+(?:old\s+)?(?:behaviou?r|habit)\s+(?:that\s+|which\s+)?i\s+(?:had\s+)?(?:ceased|stopped|quit|given\s+up|gave\s+up)\b
        | \b(?:clean|sh[\s-]?free|self[\s-]harm[\s-]free)\s+streak\s+(?:is\s+)?(?:dead|over|gone|broken|ended|done|reset)\b
        | \b(?:broke|lost|ended|reset|killed)\s+my\s+(?:clean|sh[\s-]?free)\s+streak\b
        """),
    _rule("self_harm", CLEAR, r"""
        \b""" + _PURGING_PILLS + r"""\b[^.!?]{0,30}?\b(?:a\s+)?whole\s+(?:pack|packet|box|bottle)\b(?:\s+at\s+(?:once|a\s+time))?
        """),
    # a partner's temper "on him, that's all", "heavy-handed"; a rival gang
    # outside the house "with the ting out"
    _rule("danger", POSSIBLE, r"""
        \b(?:husband|partner|boyfriend|fella|bloke|wife|girlfriend|dad|father|stepdad|step-dad)(?:'s|\s+has)\s+(?:got\s+)?a\s+(?:\w+\s+){0,3}?temper\s+on\s+(?:him|her)\b
        | \b(?:husband|partner|boyfriend|fella|wife|girlfriend|dad|father|stepdad|step-dad|mum|mom|mother|he|she)\s+(?:can\s+be|gets|is|was|has\s+been)\s+(?:a\s+bit\s+|a\s+little\s+|quite\s+|too\s+|very\s+)?heavy[\s-]handed\b
        """),
    # -- from held-out 26's second look ----------------------------------
    # a noose looked up or tied; which painkillers "do the most damage"; a
    # spare key left "so someone can get in", "saves kicking the door down"
    _rule("suicide", CLEAR, r"""
        \b(?:tie|ties|tying|tied|make|making|made|bought|buy|hung|hang|hanging|rig\w*|practis\w*|practic\w*)\s+(?:up\s+)?(?:a|the|my)\s+noo+se\b
        | \b(?:look\w*|search\w*|googl\w*|read\w*|watch\w*)\s+(?:up\s+)?(?:on\s+|into\s+)?how\s+to\s+(?:tie|make)\s+a\s+noo+se\b
        | \b(?:which|what)\s+(?:\w+\s+)?(?:painkillers|pills|tablets|meds|medications?|drugs)\s+(?:would\s+|will\s+)?do\s+the\s+most\s+damage\b
        | \bsaves?\s+(?:them\s+|anyone\s+|someone\s+)?(?:kicking|breaking|having\s+to\s+(?:kick|break))\s+(?:the\s+|my\s+)?door\s+(?:down|in)\b
        """),
    # affairs in order, said as such ("as they say"), or payments set up so
    # nothing bounces "after next month"; treasured things given away to family
    _rule("suicide", POSSIBLE, r"""
        \b(?:getting|got|put|putting)\s+my\s+affairs\s+in\s+order\b[^.!?]{0,4}?\s*(?:as\s+they\s+say|if\s+you\s+(?:know\s+what\s+i\s+mean|catch\s+my\s+drift|get\s+me)|while\s+i\s+(?:still\s+)?can|before\s+(?:it'?s\s+too\s+late|i\s+go)|for\s+when\s+i'?m\s+(?:gone|not\s+(?:here|around))|for\s+after)\b
        | \bso\s+nothing\s+(?:bounces|is\s+missed|gets\s+missed|goes\s+unpaid)\s+after\s+(?:next\s+month|this\s+month|i'?m\s+gone|friday|the\s+\w+)\b
        | \bgiv(?:ing|e|en)\s+away\s+[^.!?]{0,40}?\b(?:jewel+e?ry|rings?|watch|medals|guitar|ps5|xbox|console)\b[^.!?]{0,30}?\bto\s+(?:the\s+girls|the\s+boys|my\s+\w+|the\s+kids|my\s+(?:sis|sister|brother|bro|mum|mom|nieces?|nephews?))\b
        | \bgave\s+(?:my|the)\s+(?:dog|cat|puppy|kitten|rabbit|hamster|pets?)\s+(?:away\s+)?to\s+(?:my\s+)?\w+(?![^.!?]{0,40}\b(?:while|until|till|for\s+the\s+(?:week|weekend|holidays?|summer)|moving|move|allergic|allergy|landlord)\b)
        """),
    # words carved into the skin; a burn or cut "not really an accident";
    # "forgetting" to eat in quotes; meals skipped so it "evens out";
    # one small thing a day; a relapse told after being sick after a course
    _rule("self_harm", CLEAR, r"""
        \b(?:scratch\w*|carv\w*|etch\w*|cut|cutting)\s+(?:the\s+words?\s+)?['"]?[a-z]+['"]?\s+(?:into|in|on)\s+my\s+(?:leg|legs|arm|arms|wrist|wrists|thigh|thighs|skin|stomach|hand|hip|hips)\b
        | \b(?:accident|accidentally)\b[^.!?]{0,60}[.!?]?\s*not\s+(?:really\s+|exactly\s+|much\s+of\s+)?(?:an\s+)?accident\b
        """),
    _rule("self_harm", POSSIBLE, r"""
        ['"\u2018\u2019]forget(?:ting)?['"\u2018\u2019]\s+to\s+eat\b
        | \bskip\w*\s+(?:breakfast|lunch|dinner|tea|meals)\b[^.!?]{0,40}?\b(?:evens?\s+(?:it\s+|things\s+)?out|make\s+up\s+for\s+(?:it|that)|to\s+compensate)\b
        | \bonly\s+(?:eat|ate|have)\s+(?:one|1)\s+(?:small\s+)?(?!meal\b)[a-z]+\s+(?:per|a|each|every)\s+day\b
        | \b(?:toilets?|loo|bathroom)\b[^.!?]{0,20}?\bafter\s+(?:the\s+)?(?:main\s+course|starter|dessert|pudding|dinner|lunch|meal)\b[^.!?]{0,20}?\bmade\s+myself\s+sick\b
        | \bmade\s+myself\s+sick\b[^.!?]{0,30}?\bafter\s+(?:the\s+)?(?:main\s+course|starter|dessert|pudding|dinner|lunch|meal)\b
        """),
    # sexual coercion for a visa or a job; wages kept and immigration
    # threatened; not let out until a fee is paid; a child punished with a
    # cable; an arm twisted when they forget; "he knows where I am" and
    # "you'll regret"; a child made to sit on a man's lap; an old parent's
    # pension gone every week; stopped from going to college
    _rule("danger", CLEAR, r"""
        \b(?:lose|lost|cancel\w*|pull\w*)\s+my\s+(?:visa|sponsorship|visa\s+sponsorship|papers|contract|job)\b[^.!?]{0,50}?\bif\s+i\s+(?:don'?t|do\s+not|won'?t|refuse\s+to)\s+['"]?(?:be\s+nice|sleep\s+with|go\s+out\s+with|do\s+(?:what|as)\s+he|give\s+him|keep\s+him\s+happy)
        | \bpunish\w*\s+(?:him|her|them|me|us|my\s+\w+)\s+with\s+(?:a|the)\s+(?:\w+\s+)?(?:cable|belt|wire|cord|stick|wooden\s+spoon|slipper|hose|charger)\b
        | \b(?:twists?|twisted|twisting)\s+my\s+(?:arm|wrist|fingers?)\b(?=[^.!?]{0,10}\b(?:when|whenever|if|every|until|till|so\s+hard|behind)\b)
        | \bn?k?nows?\s+where\s+i\s+(?:am|live|stay|work)\b[^.!?]{0,60}?\b(?:regret|pay\s+for|be\s+sorry|watch\s+(?:my|your)\s+back)\b
        """),
    _rule("danger", CLEAR, r"""
        \b(?:teacher|tutor|coach|uncle|stepdad|step-dad|neighbou?r|instructor|priest|babysitter|cousin|grandad|granddad|lodger)\s+(?:has\s+been|have\s+been|is|was|keeps|kept|started)\s+touching\s+(?:her|him|my\s+\w+)\s+(?:inappropriately|down\s+there|in\s+(?:a\s+|the\s+)?(?:wrong|bad|private|inappropriate)\s+(?:way|places?))
        """),
    _rule("danger", POSSIBLE, r"""
        \b(?:call|ring|report\s+(?:us|me)\s+to|tell)\s+(?:the\s+)?immigration\b
        | \buntil\s+i\s+pay\b[^.!?]{0,30}?\b(?:cannot|can'?t|not\s+allowed\s+to|won'?t\s+let\s+me)\s+leave\b
        | \b(?:cannot|can'?t|not\s+allowed\s+to)\s+leave\s+(?:the|this)\s+(?:house|flat|apartment)\s+until\s+i\s+pay\b
        | \b(?:makes?|made|gets?|got|has|had|wants?)\s+(?:the\s+|my\s+|our\s+)?(?:kids?|children|daughter|son|niece|nephew|girls?|boys?)\s+(?:to\s+)?sit\s+on\s+his\s+lap\b
        | \b(?:her|his|my\s+(?:mum|mom|mother|dad|father|nan|gran|grandma|grandad|grandpa))\s+(?:\w+\s+){0,2}?(?:pension|social\s+security(?:\s+check)?|benefits?|savings)\s+(?:check\s+|money\s+)?(?:is|are|was|keeps?\s+going)\s+(?:gone|missing)\b
        | \b(?:they|he|she|my\s+(?:husband|partner|in-laws|family))\s+stopped\s+me\s+(?:from\s+)?(?:going|attending)\b
        """),
    _rule("danger", CLEAR, r"""
        \bwith\s+(?:the|a|their|his|her)\s+(?:ting|strap|shank|nina|burner|blicky|skeng|rambo|machete|blade|piece|gun|knife)\s+out\b
        | \bopps\s+(?:know|found\s+out|have\s+found|got)\s+(?:where\s+i\s+(?:live|stay)|my\s+(?:address|house|yard|ends))\b
        """),
    # -- from held-out 27's second look ----------------------------------
    # means kept back ("good thing I never threw out the oxy"); an obituary
    # drafted for oneself; "arrangements to bring matters to a close"; a
    # will sorted with a pet rehomed or things cancelled, with no move
    _rule("suicide", POSSIBLE, r"""
        \b(?:good\s+thing|glad|lucky|just\s+as\s+well)\s+i\s+(?:never\s+(?:threw|thrown|got\s+rid\s+of|binned|chucked)(?:\s+out)?|kept|still\s+have|saved)\s+(?:all\s+)?(?:the|my|those|that)?\s*(?:oxy\w*|opioids?|opiates?|painkillers?|pain\s+pills|pills|tablets|meds|morphine|codeine|tramadol|sleeping\s+(?:pills|tablets))\b(?![^.!?]{0,60}\b(?:(?:is|are|'s)\s+(?:killing|hurting|aching|playing\s+up)|for\s+the\s+pain|hurts?|aches?|aching|sore|flare[sd]?|(?:flared|playing)\s+up)\b)
        | \b(?:writ\w*|wrote|draft\w*|prepar\w*)\s+(?:out\s+)?my\s+(?:own\s+)?(?:obituary|eulogy|death\s+notice)\b
        | \b(?:made|making|make|have\s+made)\s+(?:\w+\s+){0,2}?arrangements\s+to\s+(?:bring\s+(?:matters|things|it(?:\s+all)?|everything|my\s+life)\s+to\s+(?:a\s+close|an\s+end)|end\s+(?:things|it(?:\s+all)?|my\s+life))\b
        | \b(?:sorted|made|wrote|updated|finished|done)\s+(?:out\s+)?my\s+will\b(?![^\n]{0,120}\b(?:mov\w+|emigrat\w*|relocat\w*|new\s+job|abroad|retir\w*)\b)[^\n]{0,60}?\b(?:re-?homed|gave\s+away|given\s+away|cancel+ed)\b
        | \b(?:re-?homed|gave\s+away|given\s+away|cancel+ed)\b(?![^\n]{0,120}\b(?:mov\w+|emigrat\w*|relocat\w*|new\s+job|abroad|retir\w*)\b)[^\n]{0,60}?\b(?:sorted|made|wrote|updated|finished|done)\s+(?:out\s+)?my\s+will\b
        """),
    # a young child made to stand in a corner for hours; a man who tells a
    # child she is "mature for her age"; "he never hurt me, well once"
    _rule("danger", POSSIBLE, r"""
        \b(?:make|makes|made|making)\s+(?:a|my|the|our|his|her)\s+(?:\w+\s+){0,3}?(?:child|kid|son|daughter|boy|girl|toddler|brother|sister|baby|grandson|granddaughter|niece|nephew|year[\s-]old)\s+(?:stand|kneel|sit)\s+(?:in\s+(?:the|a)\s+corner|outside|in\s+the\s+(?:garden|yard|cold))\s+for\s+(?:(?:two|three|four|five|six|several|many|\d+)\s+hours|hours)\b
        | \b(?:he|this\s+guy|the\s+guy|this\s+man|the\s+man)\b[^.!?]{0,60}?\b(?:said|says|told\s+me|tells\s+me|(?:keeps?\s+|kept\s+)?(?:telling\s+me|saying))\s+(?:that\s+)?i\s*(?:'?m|am|was)\s+(?:so\s+|really\s+|very\s+|super\s+)?mature\s+for\s+my\s+age\b
        | \b(?:he|she)\s+(?:has\s+)?never\s+(?:actu?al+y\s+|really\s+)?(?:hurt|hit|touched|laid\s+a\s+finger\s+on)\s+me\s*,?\s*(?:well\s*,?\s*)?(?:except\s+|apart\s+from\s+|only\s+)?once\b
        """),
    # little eaten today "and I need to be thinner"; nothing eaten with a
    # goal of days
    _rule("self_harm", POSSIBLE, r"""
        \bonly\s+(?:had|eaten|ate)\s+(?:an?|one|1|half\s+an?)\s+\w+(?:\s+\w+)?\s+(?:today|all\s+day|since\s+\w+)\b[^.!?]{0,60}?\b(?:need|have|got|want)\s+to\s+(?:be|get)\s+(?:thinner|skinnier|smaller)\b
        | \b(?:ate|eaten|eat|had)\s+nothing\b[^.!?]{0,40}?\bgoal\s+is\s+(?:\d+|one|two|three|four|five|six|seven|a)\s+(?:days?|weeks?)\b
        """),
    # -- from held-out 28's second look ----------------------------------
    # a rubber band snapped "way harder than she meant, till it welts up";
    # "not trying to die, it's the only thing that makes it quiet"; cuts
    # "not deep, I've cleaned them" (and hidden); an eating disorder or
    # self-harm treated once that "has recurred"; "one of them looks
    # infected" after it "started again"; a whole turn of "I did something
    # stupid"
    _rule("self_harm", POSSIBLE, r"""
        \b(?:snap\w*|flick\w*|ping\w*)\s+(?:a|the|my|an)\s+(?:rubber\s+band|hair\s*(?:tie|band|bobble)|elastic(?:\s+band)?|band)\b[^.!?]{0,80}?\b(?:harder|till|until|welt\w*|bleed\w*|bruis\w*|marks?|raw|red\s+raw)\b
        | \bnot\s+(?:trying|tryna|wanting|going)\s+to\s+(?:die|kill\s+myself|end\s+it)\b[^.!?]{0,60}?\b(?:only\s+thing|release|makes?\s+(?:it|them|things|everything)\s+(?:quiet|stop|go\s+away|calm)|calms?\s+me|numb)\b
        | \b(?:they'?re|they\s+are|theyre|it'?s|it\s+is|its|the\s+cuts?\s+(?:are|is|were|was))\s+not\s+(?:that\s+|too\s+|very\s+|really\s+)?deep\b[^.!?]{0,50}?\b(?:cleaned|clean|plasters?|band-?aids?|bandage\w*|wrapped|covered|steri)
        | \b(?:treated\s+for|had|recovered\s+from|history\s+of|struggled\s+with|suffered\s+(?:from|with))\s+(?:bulimia|anorexia|an\s+eating\s+disorder|self[\s-]?harm\w*|self[\s-]?injury|cutting)\b[^\n]{0,200}?\b(?:(?:has|had|have)\s+(?:recurred|returned|come\s+back|started\s+again)|recurred|relapsed|is\s+back|started\s+again)\b
        | \b(?:started\s+again|again\s+(?:this|last)\s+week|times\s+this\s+week)\b[^\n]{0,160}?\b(?:one\s+of\s+them|the\s+(?:cuts?|burns?|new\s+ones?))\s+(?:looks?|is|are|seems?|might\s+be|got)\s+(?:a\s+bit\s+|quite\s+|really\s+|kind\s+of\s+)?infected\b
        | ^\W*(?:(?:hi|hey|um+|uh+|so|ok(?:ay)?)\W+)*i\s+(?:did|done|have\s+done|'ve\s+done|ve\s+done)\s+(?:something|somthing|sumthing|smth|sth)\s+(?:really\s+|very\s+|so\s+)?(?:stupid|dumb|silly|bad)\b(?:\s+i\s+think)?\W*$
        """),
    # tablets not all taken and put aside; "tired of it all, I've had a good innings"
    _rule("suicide", POSSIBLE, r"""
        \bnot\s+(?:been\s+)?taking\s+(?:them|my\s+\w+|the\s+\w+)\s+all\b[^\n]{0,80}?\b(?:putting|put|kept|keeping|saving|hiding)\s+(?:some|them|a\s+few|the\s+odd\s+one)\s+(?:aside|away|by|back)\b
        | \b(?:tired\s+of\s+(?:it\s+all|everything|living|life)|had\s+enough)\b[^.!?]{0,60}?\b(?:i'?ve|i\s+have)\s+had\s+a\s+good\s+(?:innings|run|life)\b
        """),
    # a child shaken when it cries; thought to be in on a cousin's feud
    _rule("danger", CLEAR, r"""
        \b(?:shakes?|shook|shaking|shakin)\s+(?:them|him|her|the\s+baby|(?:my|our|the|his|her)\s+(?:baby|babies|son|daughter|kids?|children|twins|little\s+ones?|boy|girl))\b[^.!?]{0,40}?\b(?:when|wen|whenever|cos|because|if|till|until)\s+(?:they|he|she|it)\s+(?:cry|cries|crying|won'?t\s+stop|scream\w*|stop)
        """),
    _rule("danger", POSSIBLE, r"""
        \b(?:beef|a\s+feud|a\s+war|trouble)\s+with\b[^\n]{0,120}?\b(?:think|thinks|reckon|reckons)\s+(?:i'?m|im|i\s+am|i\s+was)\s+(?:involved|in\s+on\s+it|part\s+of\s+it|with\s+(?:him|them))\b
        """),
    # -- from held-out 29's second look ----------------------------------
    # a strong beam noticed "up there", or one that would take a weight;
    # "some very final thoughts lately"; feeling "such a nuisance to them all"
    _rule("suicide", POSSIBLE, r"""
        \b(?:good|strong|sturdy|solid|thick)\s+(?:strong\s+|old\s+|solid\s+)?(?:beam|rafter|hook|branch|bough)\s+(?:up\s+there|in\s+(?:the|my)\s+(?:barn|garage|loft|attic|shed|woods|stairwell))\b
        | \b(?:beam|rafter|hook|branch|banister|bannister|railing|pipe)s?\s+(?:would|will|could|should|might)\s+(?:hold|take|bear)\s+(?:my|the|a\s+(?:man|person|grown\s+\w+)'?s?)\s+weight\b
        | \b(?:having|had|have|been\s+having|get(?:ting)?|got)\s+(?:some\s+|these\s+|a\s+few\s+)?(?:very\s+|really\s+|quite\s+|pretty\s+)?final\s+(?:thoughts|feelings)\b(?!\s+(?:on|about)\b)
        | \bi\s+(?:feel|felt|am|'m|m)\s+(?:like\s+)?(?:such\s+|just\s+|only\s+)?(?:a\s+|an\s+)?(?:nuisance|bother|drain|weight|imposition)\s+(?:to|on)\s+(?:them|everyone|everybody|people|all\s+of\s+them|my\s+(?:family|kids|children|daughter|son|husband|wife))\b
        """),
    # a partner "handy with his fists"; one who "gets a bit physical"; a
    # child "had a go at" and marked
    _rule("danger", CLEAR, r"""
        (?<!\bwas\s)(?<!\bwere\s)\b(?:handy|quick|free|heavy)\s+with\s+(?:his|her|their)\s+(?:fists|hands)\b
        | \b(?:had\s+a\s+go\s+at|went\s+for|laid\s+into|lashed\s+out\s+at)\s+(?:our|my|the)\s+(?:eldest|youngest|kids?|son|daughter|boy|girl|little\s+one|baby)\b[^\n]{0,80}?\b(?:marks?|bruis\w*|red\s+mark|welts?)\b
        """),
    _rule("danger", POSSIBLE, r"""
        \b(?:he|she|they|husband|wife|partner|boyfriend|girlfriend|dad|father|mum|mom|mother|stepdad|stepfather|son|ex)\s+(?:\w+\s+)?(?:gets|got|can\s+get|has\s+got|starts\s+getting|goes)\s+(?:a\s+bit\s+|a\s+little\s+|quite\s+|really\s+|very\s+|too\s+)?physical\b
        """),
    # "my husband hits the kids": said plainly, it had passed every reader
    _rule("danger", CLEAR, r"""
        \b(?:he|she|they|husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|dad|father|mum|mom|mother|stepdad|stepmum|stepmom|stepfather|stepmother|ex|uncle|grandad|grandpa)
        \s+(?:\w+\s+){0,2}?(?:hits|beats|punches|kicks|slaps|smacks|chokes|strangles|whips|belts|thumps|batters|hurts)\s+(?:the|my|our|his|her|their)\s+(?:little\s+)?""" + _CHILDREN + r"""\b(?!\s+(?:out|off|up|around)\b)
        """),
    # eating cut to one apple a day
    _rule("self_harm", POSSIBLE, r"""
        \b(?:eat(?:ing)?\s+less|cut(?:ting)?\s+(?:down|back)|not\s+eating|skip(?:ping)?\s+meals|only|just)\b[^.!?]{0,30}?\b(?:one|an?|1|half\s+an?)\s+(?:apple|yoghurt|yogurt|cracker|rice\s+cake|banana|biscuit|orange|carrot)\s+(?:a|per)\s+day\b
        """),
    # -- from held-out 30's second look ----------------------------------
    # someone who did one thing "and" then choked or punched ("my brother
    # pinned me down and choked me"); marriage to a man never met, or being
    # sent home to marry, asked about directly
    _rule("danger", CLEAR, r"""
        \b""" + _SOMEONE + r"""\s+(?:\w+\s+){1,4}?(?:and|then|&)\s+(?:then\s+)?(?:choked|strangled|throttled|punched|kicked|slapped|beat|battered|smacked|hit|stabbed|burned|burnt|chokes|strangles|punches|kicks|slaps|beats|batters|hits)\s+""" + _ME + r"""\b(?!\s+(?:up|back|with\s+(?:a|the|another|some)\s+(?:question|request|loan|bill|news|message|text)))
        """),
    _rule("danger", POSSIBLE, r"""
        \b(?:send(?:ing|s)?|sent|tak(?:e|es|ing)|took|ship(?:ping|ped)?)\s+me\s+(?:back\s+)?(?:home|abroad|away|overseas|back)\s+(?:\w+\s+){0,2}?to\s+(?:marry|get\s+married|be\s+married)\b
        | \bmarry\s+(?:someone|somebody|a\s+(?:complete\s+|total\s+)?stranger|(?:some|a|an|this|that|the)\s+(?:\w+\s+){0,2}?(?:guy|man|bloke|woman|girl|cousin|person|boy|lad))\s+(?:(?:who\s+|that\s+)?i(?:'ve|\s+have)?|i'?d)\s+(?:never|not|hardly|barely|don'?t)\s+(?:even\s+|ever\s+)?(?:met|know|seen)\b
        | """ + _EX + r"""(?:'?s)?\s+(?:\w+\s+){0,3}?(?:sat|sitting|parked|waiting|stood|standing|lurking|hanging\s+(?:around|about))\s+(?:\w+\s+){0,2}?outside\b[^.!?]{0,50}?\b(?:for\s+(?:(?:like\s+|about\s+|over\s+)?(?:\w+\s+)?hours|ages|the\s+whole\s+(?:night|evening|day))|since\s+(?:\d|this\s+morning|last\s+night|yesterday|lunch|dinner|midnight|\w+\s+o'?clock)|all\s+(?:night|day|evening|morning|afternoon)|every\s+(?:night|day|morning|evening))
        | \b(?:supposed|meant)\s+to\s+(?:look\s+after|take\s+care\s+of|care\s+for|protect|keep\s+(?:you|me|us)\s+safe)\b[^.!?]{0,40}?\b(?:is|are|'s|was)\s+(?:the\s+(?:one|person|people|ones)\s+(?:you'?re|you\s+are|i'?m|i\s+am|im|we'?re|we\s+are)\s+(?:so\s+|most\s+|really\s+)?(?:scared|afraid|frightened|terrified)\s+of|(?:the\s+one\s+)?(?:hurting|hitting|harming)\s+(?:you|me|us))
        | \b(?:scared|afraid|frightened|terrified)\s+of\s+(?:the\s+(?:person|people|one|adult)s?\s+)?(?:who'?s|who\s+(?:is|are)|that'?s)\s+(?:supposed|meant)\s+to\s+(?:look\s+after|take\s+care\s+of|care\s+for|protect)\s+(?:me|us|you)\b
        """),
    # a cutter, typed "cuter"; a cover story disowned ("cat scratched me (it
    # wasnt the cat)"); exercise as a punishment for food or to the point of
    # fainting for it ("ran 10k as punishment for eating", "I make the sport
    # until I faint, because I hate my body"); "I don't deserve more" after
    # little eaten, clear as starving for a reason said is
    _rule("self_harm", CLEAR, r"""
        \b(?:i'?m|im|i\s+am|i\s+was|i'?ve\s+been|ive\s+been)\s+a\s+(?:cutter|cuter)\b(?=\s*(?:[.,!?;)]|$|and\b|but\b|now\b|again\b|too\b|lol\b|tbh\b|ngl\b|since\b|lately\b))
        | \b(?:only|just)\s+(?:ate|had|eaten|eat)\s+(?:\w+\s+){1,4}?[^\n]{0,50}?\b(?:don'?t|dont|do\s+not|didn'?t)\s+deserve\s+(?:more|any\s*more|anything\s+(?:else|more)|another\s+\w+|seconds|a\s+(?:proper\s+)?meal|dinner|lunch|tea)\b
        """),
    _rule("self_harm", POSSIBLE, r"""
        ^[^\n]*?\b(?:cat|dog|kitten|puppy|rose\s*bush|bramble|brambles)\s+(?:scratch\w*|bit|did\s+(?:it|this|that))\b[^\n]{0,40}?\(?\s*(?:it|they)\s+(?:wasn'?t|wasnt|weren'?t|werent|was\s+not|were\s+not)\s+(?:really\s+)?(?:the|a|my)\s+(?:cat|dog|kitten|puppy|rose\s*bush|bramble|brambles)\b
        | \b""" + _EXERCISE + r"""\b[^.!?]{0,40}?\b(?:as\s+(?:a\s+)?punishment|to\s+punish\s+myself|as\s+(?:a\s+)?penance)\s+for\s+(?:\w+\s+){0,3}?""" + _FOOD + r"""\b
        | \b""" + _EXERCISE + r"""\b[^.!?\n]{0,40}?""" + _TO_THE_LIMIT + r"""\b(?=[^\n]{0,80}?\b(?:punish\w*|deserve\w*|calories|make\s+up\s+for|burn\s+(?:it\s+)?of+|hate\s+(?:my\s+body|myself|how\s+i\s+look)|(?:so|too)\s+(?:fat|disgusting|gross)|(?:because|cos|cuz|coz)\s+i\s+(?:ate|had|eat)|for\s+eating)\b)
        | \b(?:punish\w*|calories|make\s+up\s+for|hate\s+(?:my\s+body|how\s+i\s+look)|(?:because|cos|cuz|coz)\s+i\s+(?:ate|had\s+eaten))\b[^\n]{0,80}?\b""" + _EXERCISE + r"""\b[^.!?\n]{0,40}?""" + _TO_THE_LIMIT + r"""\b
        | """ + _EXERCISE_AMOUNT + r"""[^.!?]{0,50}?\b(?:because|cos|cuz|coz|since)\s+i\s+(?:ate|had\s+eaten|'d\s+eaten)\b(?!\s+(?:late|early|too\s+(?:late|early)|with|at|out)\b)
        """),
    # a note written and a time to pick ("it's fine, I've written my note, I
    # just need to pick a good time"), or the other side named and wanted
    # now, clear; the other side wanted, sleep with eyes never opened again,
    # going "with her" beside a death or grave, a pet seen to "if its owner
    # dies suddenly", asked about
    _rule("suicide", CLEAR, r"""
        \b(?:written|wrote|writing|finished|done|left)\s+(?:my|the)\s+(?:last\s+|final\s+|goodbye\s+)?(?:note|letter)\b(?!\s+(?:to|for|about|on)\s+(?!(?:my\s+)?(?:family|kids|children|mum|mom|dad|wife|husband|parents|everyone)\b))[^\n]{0,60}?\b(?:pick|choose|find|wait\w*\s+for|decide\s+on|set)\s+(?:a|the)\s+(?:good\s+|right\s+|best\s+|quiet\s+)?(?:time|day|moment|night|date)\b
        | \b(?:go|going|cross|crossing|pass|passing)\s+(?:over\s+)?(?:to\s+)?the\s+other\s+side\b(?!\s+of\b)[^\n]{0,80}?\bi\s+(?:want|wanna|wish|am\s+ready|'m\s+ready|m\s+ready|would\s+like)\s+(?:to\s+)?(?:go|cross|pass)\s+(?:over\s+)?(?:now|tonight|today)\b
        | \bi\s+(?:just\s+|really\s+)?(?:want|wanna|wish|am\s+ready|'m\s+ready)\s+(?:to\s+)?(?:go|cross|pass)\s+(?:over\s+)?(?:to\s+)?the\s+other\s+side\s+(?:now|tonight|today)\b
        """),
    _rule("suicide", POSSIBLE, r"""
        \bi\s+(?:just\s+|really\s+)?(?:want|wanna|wish|am\s+ready|'m\s+ready)\s+(?:to\s+)?(?:go|cross|pass)\s+(?:over\s+)?(?:to\s+)?the\s+other\s+side\b(?!\s+of\b)(?=\s*(?:[.!?,;'"]|$|now\b|too\b|soon\b|to\s+(?:be|join|see)\b|where\b))
        | \b(?:want|wanna|wish|hope|hoping|pray\w*|rather)\b[^.!?]{0,40}?\b(?:never|not)\s+(?:to\s+)?(?:open\s+my\s+eyes|wake\s+up|wake)\s+(?:ever\s+)?again\b(?!\s+(?:at|for|before|until|till|early)\b)
        | ^(?=[^\n]*\b(?:died|dead|death|passed\s+away|grave|funeral|buried|lost\s+(?:her|him))\b)[^\n]*?\bi\s+(?:could\s+just|should\s+just|just\s+want\s+to|want\s+to|wanna|wish\s+i\s+could|'d\s+(?:rather|like\s+to))\s+(?:go|be)\s+with\s+(?:her|him|them)\b(?!\s+(?:to|on|for|tomorrow|next|this|when|if)\b)
        | \b(?:(?:an?|the|my)\s+(?:dog|cat|pet|puppy|kitten|rabbit|hamster|bird|parrot|horse)s?\s+(?:if|when|once)\s+(?:its|their|his|her|the)\s+owners?\s+(?:dies|died|passes\s+away|suddenly\s+dies)\b|if\s+i\s+(?:die|died|pass\s+away|was\s+to\s+die|were\s+to\s+die)\s+(?:suddenly|unexpectedly))[^\n]{0,80}?\b(?:mine|my\s+(?:dog|cat|pet|puppy|kitten|rabbit|hamster|bird|parrot|horse|pets))\s+(?:goes|go|gets|ends\s+up|is\s+(?:looked\s+after|taken\s+care\s+of|rehomed|safe))\b
        """),
    # -- from held-out 31's second look ----------------------------------
    # a plan put sideways: a date "for the exit" ("decided on the 3rd for,
    # you know, the exit lol"); an attempt before, and "I know how I'd do
    # it"; on the way to a known
    # place now, with an apology or a goodbye; clear
    _rule("suicide", CLEAR, r"""
        \b(?:driv\w*|going|heading|walk\w*|on\s+my\s+way|off)\s+(?:up\s+|down\s+|out\s+|over\s+)?to\s+(?:beachy\s+head|the\s+golden\s+gate(?:\s+bridge)?|the\s+clifton\s+suspension\s+bridge)\b[^\n]{0,20}?\b(?:now|tonight)\b[^\n]{0,60}?\b(?:sorry|goodbye|bye|thank\w*\s+for|wasting\s+(?:your|ur)\s+time|burden)
        |        \b(?:decided|settled|picked|chosen|chose|set|fixed)\s+(?:on\s+)?(?:a\s+|the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?|\w+day|date|day|night|weekend|end\s+of\s+the\s+month)\b[^.!?]{0,30}?\bfor\b[^.!?]{0,20}?\b(?:the|my)\s+(?:final\s+)?(?:exit|way\s+out|check[\s-]?out|goodbye|last\s+day)\b(?!\s+(?:interview|exam|survey|strategy|plan|from|of|at|with|to|party|do|drinks|meeting|visa|fee|ramp|door|row))
        | \b(?:tried|attempted|attempt)\b[^\n]{0,120}?\bi\s+(?:know|knew|have\s+worked\s+out|'ve\s+worked\s+out|know\s+exactly)\s+(?:exactly\s+)?how\s+i(?:'d|\s+would|'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to)\s+do\s+it\b(?!\s+(?:differently|better|again\s+differently|if\s+i\s+were\s+you))
        """),
    # asked about: "checking out early" (from life, not a hotel); a wish that a
    # bus would hit one, "wouldn't be upset"; a crash or a fall made to look
    # like an accident; a pet seen to "if something happened to her owner";
    # a will done and letters left for the family; "I know how I'd do it"
    _rule("suicide", POSSIBLE, r"""
        \b(?:thinking\s+(?:of|about)|think\s+about|thought\s+(?:of|about)|plan\w*(?:\s+on)?|going\s+to|gonna|might|might\s+just|want\w*\s+to|wanna|ready\s+for|considering)\s+(?:just\s+)?check(?:ing)?\s+out\s+early\b(?![^.!?]{0,50}\b(?:hotel|room|airbnb|b&b|hostel|cabin|cottage|caravan|campsite|shift|work|office|library|flight|trip|holiday|festival|party|conference|hospital|ward|tomorrow|friday|saturday|sunday|monday|tuesday|wednesday|thursday|traffic|morning)\b)
        | \bif\s+(?:a|the|some)\s+(?:bus|car|train|lorry|truck|van|taxi|tram)\s+(?:hit|hits|ran\s+(?:me\s+)?over|runs\s+(?:me\s+)?over|knocked\s+me\s+(?:down|over)|took\s+me\s+out)\s*(?:me\b)?[^.!?]{0,30}?\b(?:wouldn'?t|would\s+not|won'?t|will\s+not)\s+(?:\w+\s+){0,2}?(?:be\s+)?(?:upset|mind|care|bothered|sad|sorry|complain)\b
        | \b(?:wouldn'?t|would\s+not)\s+(?:\w+\s+)?(?:mind|care|be\s+(?:upset|sad|sorry|bothered))\s+if\s+(?:a|the)\s+(?:bus|car|train|lorry|truck|van)\s+(?:hit|ran\s+(?:me\s+)?over|took\s+me\s+out)\b
        | \b(?:make|making|made|look\s+like)\s+(?:a|the|my|it|his|her|their)?\s*(?:car\s+)?(?:crash|fall|death|overdose|drowning)\s+(?:look\s+)?(?:like\s+)?(?:an?\s+)?accident(?:al)?\b
        | \bhypothetically\b[^\n]{0,120}?\b(?:look\s+(?:like\s+)?(?:an?\s+)?accident(?:al)?|(?:think|thought|believe)\s+it\s+was\s+(?:an?\s+)?accident)\b
        | \b(?:look\s+after|take\s+(?:care\s+of|in)|have|rehome|re-home|keep)\s+(?:a|my|the|her|his)\s+(?:dog|cat|pet|puppy|kitten|rabbit|hamster|bird|parrot)\s+if\s+something\s+(?:happened|happens|were\s+to\s+happen|was\s+to\s+happen)\s+to\s+(?:her|his|its|their|the)\s+owners?\b
        | \b(?:the|my)\s+will\s+(?:is\s+)?(?:done|sorted|signed|written|made|with\s+(?:the\s+)?(?:solicitor|lawyer))\b[^\n]{0,80}?\b(?:left|written|wrote|writing)\s+(?:a\s+)?(?:letter|note|card)s?\s+(?:for|to)\s+(?:my|each|all|every|the)\b
        | \b(?:tried|attempted)\s+(?:it\s+|once\s+)?before\b[^\n]{0,120}?\b(?:back\s+(?:at|in|to)\s+(?:that|the)\s+(?:same\s+)?(?:place|point|spot)|know\s+how\s+i(?:'d|\s+would)\s+do\s+it)\b
        """),
    # harm to oneself said with a wrapper ("it's fine", "anyway", "lol"): a
    # hot thing pressed to the skin on purpose ("pressed the hair straighteners
    # on my leg on purpose"); a strip of tablets taken ("took a few extra of
    # the tramadol, well, the whole strip"); things not food swallowed
    # ("swallowed a couple of paperclips"); purging said as a habit ("I only
    # purge like once a day now"), or done after food ("straight to the
    # toilet to get it all out"); hair pulled "because it felt good to hurt"
    _rule("self_harm", CLEAR, r"""
        \b(?:press\w*|held|hold\w*|put|putting|stuck|push\w*|touch\w*)\s+(?:the\s+|my\s+|a\s+|an\s+)?(?:hot\s+)?""" + _HOT_THING + r"""\s+(?:on|onto|against|to|into)\s+(?:the\s+\w+\s+of\s+)?my\s+(?:\w+\s+)?""" + _BODY_PART + r"""\b(?=[^\n]{0,80}?\b(?:on\s+purpose|deliberately|meant\s+to|wanted\s+to|to\s+(?:feel|hurt)|till\s+it|until\s+it|felt\s+good)\b)
        | \b(?:took|taken|had|swallowed|necked|downed|popped)\b[^.!?\n]{0,60}?""" + _METHODS + r"""s?\b[^\n]{0,30}?\b(?:the|a|my)\s+(?:whole|hole|entire|full)\s+(?:strip|stip|packet|pack|box|bottle|sheet|blister(?:\s+pack)?|tub)\b(?!\s+(?:back|in\s+my\s+bag|with\s+me|away|to\s+(?:work|school)))
        | (?<!accidentally\s)\b(?:swallow\w*|drank|drink\w*|ate|eaten|downed|necked|took)\s+""" + _SOME_OF + _NOT_FOOD + r"""\b(?![^.!?]{0,40}\b(?:by\s+accident|by\s+mistake|accidentally|thought\s+it\s+was|mistook)\b)
        | (?<!accidentally\s)(?<!\bthey\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bwe\s)(?<!\byou\s)\bhad\s+""" + _SOME_OF + _NOT_FOOD + r"""\b(?!\s+in\s+(?:their|the|his|her|its|our|old)\b)(?![^.!?]{0,40}\b(?:by\s+accident|by\s+mistake|accidentally|thought\s+it\s+was|mistook)\b)
        | \bi\s+(?:only\s+|still\s+|just\s+|usually\s+|normally\s+|now\s+)?purge(?:d)?\b(?=\s*(?:[.!?,;]|$|like\b|once\b|twice\b|\d|every\b|after\b|again\b|now\b|when\b|lol\b|because\b|cos\b|most\b|most\s+days|daily\b|so\b))
        | \b""" + _FOOD + r"""\b[^\n]{0,80}?\b(?:straight|ran|run|went|go|going|rush\w*|head\w*)\s+(?:straight\s+)?(?:to|for)\s+the\s+(?:toilet|loo|bathroom|sink)\s+to\s+(?:get\s+(?:it\s+|them\s+)?(?:all\s+)?(?:out|up|back\s+up)|get\s+rid\s+of\s+(?:it|them)|throw\s+(?:it\s+)?up|be\s+sick|purge)\b
        | \b(?:pull\w*|yank\w*|rip\w*|tore|tear\w*)\b[^.!?]{0,40}?\bhair\b[^\n]{0,60}?\b(?:felt\s+good\s+to\s+hurt|(?:i\s+)?want(?:ed)?\s+(?:it\s+)?to\s+hurt|to\s+hurt\s+myself|because\s+it\s+hurts|like\s+the\s+pain)\b
        """),
    # asked about: food then "have to get rid of it" with the bathroom free;
    # hair pulled out in amounts, a patch, "it grows back"; insulin left
    # off some days; a wound kept open so it won't heal; exercise to "pay
    # for" food, or hours of it every time something is eaten; a cover
    # story disowned ("if anyone asks it was a cat (it wasnt a cat)")
    _rule("self_harm", POSSIBLE, r"""
        \b""" + _FOOD + r"""\b[^\n]{0,80}?\b(?:have|need|got|gotta|going)\s+to\s+get\s+(?:rid\s+of\s+(?:it|them|it\s+all|all\s+of\s+it)|it\s+(?:all\s+)?out)\b(?=[^\n]{0,60}\b(?:bathroom|toilet|loo|sink|sick|throw\w*\s+up|purge|fingers|before\s+(?:it|anyone))\b)
        | \b(?:pull\w*|yank\w*|rip\w*|tore|tear\w*)\s+(?:out\s+)?(?:so\s+much|a\s+(?:fair\s+|good\s+|big\s+)?(?:bit|lot|load|chunk|clump|handful|tuft)s?|loads|lots|clumps|chunks|handfuls|tufts)\s+(?:of\s+)?(?:my\s+)?hair\b(?![^.!?]{0,30}\b(?:drain|plug|brush|hoover|vacuum|sink|shower|comb|dog|cat|horse|doll|wig)\b)
        | \b(?:pull\w*|yank\w*|rip\w*)\s+(?:out\s+)?(?:my\s+)?hair\s+(?:out\s+)?(?:\w+\s+){0,3}?(?:again|till|until|in\s+clumps|every\s+(?:day|night))\b(?!\s+over\b)
        | \b(?:pull\w*|yank\w*|rip\w*)\b[^.!?]{0,30}?\bhair\b[^\n]{0,60}?\b(?:bald\s+(?:patch|spot)|there'?s\s+a\s+(?:bald\s+)?patch|a\s+(?:bald\s+)?patch\s+now|grows?\s+back)\b
        | \b(?:been|keep|kept|started|often|sometimes|have\s+been|i)\s+(?:\w+\s+)?(?:leaving\s+off|leave\s+off|left\s+off|skipping|skip|missing\s+out|withholding|not\s+taking|cutting\s+(?:back|down)\s+on)\s+(?:my\s+)?insulin\b(?![^.!?]{0,40}\b(?:forgot|forget|by\s+accident|accidentally|ran\s+out|run\s+out|overslept)\b)
        | \b(?:skip\w*|leav\w*\s+off|left\s+off|not\s+tak\w*|withh[eo]ld\w*|stopp\w*)\s+(?:my\s+)?insulin\b[^\n]{0,60}?\b(?:on\s+purpose|deliberately|lose\s+weight|weight|control|a\s+say|punish\w*|don'?t\s+care|no\s+point)\b
        | \b(?:keep|kept|keeps|been|started)\s+(?:\w+\s+)?(?:opening|re-?opening|open(?:ing)?\s+up|pulling\s+open|scratching\s+open|tearing\s+open|picking\s+open|ripping\s+open)\s+(?:up\s+)?(?:the|my|a|this|that)\s+(?:\w+\s+)?(?:wound|cut|scab|stitches|sore|burn|graze)s?\b
        | \b(?:wound|cut|scab|sore|burn|graze)s?\b[^.!?]{0,40}?\bso\s+(?:it|they)\s+(?:won'?t|doesn'?t|don'?t|can'?t|never|will\s+not)\s+heal\b
        | """ + _EXERCISE + r"""\b[^.!?]{0,60}?\b(?:because|cos|cuz|coz|since|as)\s+i\s+(?:ate|had|'d\s+eaten|had\s+eaten)\b[^.!?]{0,40}?\b(?:pay\s+for\s+it|make\s+up\s+for\s+it|earn\s+it|burn\s+it\s+(?:all\s+)?off|work\s+it\s+off)\b
        | """ + _EXERCISE_AMOUNT + r"""[^.!?]{0,50}?\b(?:every\s+time|whenever|each\s+time|any\s+time)\s+i\s+(?:eat|have|ate|had)\b
        | \b(?:it\s+was|blame\w*|say|said|tell\s+(?:them|people|everyone|mum|mom|her|him))\s+(?:it\s+was\s+)?(?:a|the|my|our)\s+(?:cat|dog|kitten|puppy|rose\s*bush|bramble|brambles)\b[^\n]{0,30}?\(?\s*(?:it|they)\s+(?:wasn'?t|wasnt|was\s+not|weren'?t|werent)\s+(?:really\s+)?(?:a|the|my|our)\s+(?:cat|dog|kitten|puppy|rose\s*bush|bramble|brambles)\b
        """),
    # danger said with a wrapper ("only for a second", "it's fine lol"): a
    # hand at the neck; saying no while he kept going; a threat to stab
    # ("the opps said they're gonna shank me")
    _rule("danger", CLEAR, r"""
        \b(?!(?:my\s+|the\s+|our\s+)?(?:baby|toddler|little\s+\w+|puppy|dog|cat|kitten|physio\w*|chiropractor|masseu\w+|hairdresser|barber)\b)""" + _SOMEONE + r"""\s+(?:\w+\s+)?(?:grabb?ed|grabs|squeezed|squeezes|gripped|grips|held|pinned|clutched|had)\s+(?:me\s+by\s+)?(?:the|my)\s+(?:neck|throat)\b(?!\s+(?:pillow|warmer|scarf|brace|tie|massage|chain|tattoo))(?![^.!?]{0,30}\b(?:cuddle|hug|kiss|piggy[\s-]?back|massage|rub)\w*)
        | \b(?:i\s+)?(?:kept|keep|was|kept\s+on)\s+saying\s+no\b[^.!?]{0,30}?\b(?:and|but)\s+(?:he|she|they)\s+(?:just\s+)?(?:kept\s+going|carried\s+on|went\s+ahead|did\s+it\s+anyway|didn'?t\s+stop|wouldn'?t\s+stop)\b(?!\s+(?:on\s+about|about|with\s+(?:the|his|her)\s+(?:story|question|joke)))
        | \bi\s+(?:said|told\s+(?:him|her|them))\s+no\b[^.!?]{0,30}?\b(?:and|but)\s+(?:he|she|they)\s+(?:just\s+)?(?:kept\s+going|did\s+it\s+anyway|didn'?t\s+stop|wouldn'?t\s+stop|carried\s+on)\b(?!\s+(?:on\s+about|about|with\s+(?:the|his|her)\s+(?:story|question|joke)))
        | \b(?:opps|""" + _SOMEONE + r""")\s+(?:\w+\s+)?(?:said|says|told\s+me|swore|threatened)\s+(?:that\s+)?(?:they|he|she)(?:'re|re|\s+are|'s|s|\s+is|'ll|ll|\s+will|'d|\s+would)?\s+(?:going\s+to|gonna|gon|finna)?\s*""" + _WEAPON_VERB + r"""\s+""" + _ME + r"""\b(?!\s+(?:if|with\s+(?:a\s+)?(?:water|nerf|snow)))
        """),
    # neglect and fear told together: an elder left soaked on the floor and
    # terrified of a carer; children left on their own all the time, and one
    # out in the rain
    _rule("danger", CLEAR, r"""
        \b(?:found|find|left)\s+(?:her|him|my\s+\w+|mum|mom|dad|gran|nan)\s+(?:\w+\s+){0,2}?(?:soaked|soaking|wet|in\s+(?:soiled|wet|dirty)\s+\w+|lying|left)\s+(?:\w+\s+){0,2}?on\s+the\s+floor\b[^\n]{0,80}?\b(?:terrified|scared|frightened|afraid)\s+of\b
        | \b""" + _CHILDREN + r"""\b[^.!?]{0,40}?\b(?:are|is|'re|re|get|gets|were|was|been)\s+(?:always\s+|often\s+)?left\s+(?:\w+\s+){0,2}?(?:alone|on\s+(?:their|his|her)\s+own|by\s+themselves|home\s+alone)\b[^\n]{0,80}?\boutside\b[^.!?]{0,40}?\b(?:rain|cold|snow|dark|at\s+night|crying)\b
        """),
    # asked about: a partner who doesn't let one go out without him; a black
    # eye after a row, or "walked into the door"; a carer rough with a gran,
    # who yelps when moved; meals brought "when they remember"; an elder
    # left soaked on the floor, or afraid of a carer; an adult who makes a
    # child keep secrets; children left on their own all the time, or out in
    # the rain in a nappy
    _rule("danger", POSSIBLE, r"""
        \b(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fianc\w*)\s+(?:doesn'?t|does\s+not|won'?t|will\s+not|never)\s+lets?\s+me\s+(?:go\s+out|leave\s+the\s+house|go\s+anywhere|see\s+(?:my\s+)?(?:friends|family|mum|mom|parents)|have\s+(?:my\s+own\s+)?(?:money|phone|bank\s+card)|""" + _DRIVE_BUT_NOT_THEIR_OWN + r"""|work)\b
        | \b(?:he|she)\s+(?:doesn'?t|does\s+not|won'?t|will\s+not|never)\s+lets?\s+me\s+(?:go\s+out|leave\s+the\s+house|go\s+anywhere|see\s+anyone)\s+(?:without\s+(?:him|her)|alone|on\s+my\s+own)\b
        | \b(?:black\s+eye|split\s+lip|fat\s+lip|bruised\s+(?:face|cheek|eye)|bruises\s+on\s+my\s+(?:face|neck|arms?))\b[^\n]{0,80}?\bwalked\s+into\s+(?:a|the)\s+(?:door|wall|cupboard|door\s*frame)\b
        | \b(?:row|argument|fight|rowed|argued|rowing|arguing)\b[^\n]{0,80}?\b(?:i'?ve\s+got|i\s+have|i\s+had|i\s+got|left\s+me\s+with)\s+(?:a\s+)?(?:bit\s+of\s+a\s+)?(?:black\s+eye|split\s+lip|fat\s+lip|bruised\s+(?:face|cheek|eye))\b
        | \b(?:carers?|caregivers?|care\s+workers?|home\s+help|aides?|(?:night|day)\s+staff|staff)\s+(?:is|are|was|were|can\s+be|gets?|get)\s+(?:a\s+bit\s+|a\s+little\s+|quite\s+|really\s+|very\s+|so\s+|too\s+)?(?:rough|heavy[\s-]handed|harsh|aggressive|impatient|short)\s+with\s+(?:her|him|them|my\s+\w+|mum|mom|dad|gran|nan|grandma|grandad)\b
        | \b(?:yelps?|cries\s+out|cried\s+out|screams?|screamed|flinch\w*|winces?|winced)\s+when\s+(?:he|she|they|the\s+carer)\s+(?:moves?|touch\w*|lifts?|washes|handles?|turns?)\s+(?:her|him)\b
        | \b(?:only|just)\s+(?:(?:bring|brings|brought|give|gives|feed|feeds)\s+(?:me\s+|her\s+|him\s+)?(?:a\s+|my\s+|her\s+|his\s+)?(?:meals?|food|dinner|tea|something\s+to\s+eat|drinks?|water)|feeds?\s+(?:me|her|him|us|them))\s+(?:up\s+)?(?:when|if)\s+(?:they|he|she)\s+(?:remember|remembers|feel\s+like\s+it|can\s+be\s+bothered|bother)\b
        | \b(?:found|find|left)\s+(?:her|him|my\s+\w+|mum|mom|dad|gran|nan)\s+(?:\w+\s+){0,2}?(?:soaked|soaking|wet|in\s+(?:soiled|wet|dirty)\s+\w+|lying|left)\s+(?:\w+\s+){0,2}?on\s+the\s+floor\b
        | \b(?:she|he|mum|mom|dad|gran|nan)(?:'s|\s+is|\s+was)\s+(?:so\s+|really\s+)?(?:terrified|scared|frightened|afraid)\s+of\s+(?:one\s+of\s+)?(?:the\s+|her\s+|his\s+)?(?:night\s+|day\s+|new\s+)?(?:staff|carers?|nurses?|care\s+workers?)\b
        | \b(?:uncle|stepdad|step-dad|grandad|grandpa|granddad|coach|teacher|tutor|cousin|neighbou?r|babysitter|lodger|(?:mum|mom)'?s\s+(?:boyfriend|partner)|family\s+friend|priest|leader|man)(?:\s+\w+)?\s+(?:makes?|made|tells?|told|asks?|asked|wants?)\s+(?:her|him|me|them|my\s+\w+)\s+(?:to\s+)?keep\s+(?:\w+\s+)?secrets?\b
        | \b""" + _CHILDREN + r"""\b[^.!?]{0,40}?\b(?:are|is|'re|re|get|gets|were|was|been)\s+(?:always\s+|often\s+)?left\s+(?:\w+\s+){0,2}?(?:alone|on\s+(?:their|his|her)\s+own|by\s+themselves|home\s+alone|unsupervised)\b[^.!?]{0,20}?\b(?:all\s+the\s+time|every\s+(?:day|night)|for\s+(?:hours|days)|overnight|always|a\s+lot|most\s+(?:days|nights))\b(?![^\n]*\b(?:calling|call|ringing|ring|reporting|report|tell|telling)\s+(?:cps|social\s+services|children'?s\s+services|the\s+police|nspcc|the\s+council)\b)
        | \b(?:little\s+one|toddler|baby|little\s+(?:boy|girl))\b[^.!?]{0,30}?\boutside\b[^.!?]{0,20}?\bin\s+(?:his|her|a|their)\s+(?:nappy|nappies|diaper|pyjamas|pjs)\b[^.!?]{0,30}?\b(?:rain|cold|snow|dark|crying|night)\b
        """),
    # Session 23 (the learned layer, retrained with ordinary whole
    # conversations, let go of some control and cover stories it had caught
    # on the dev sets): a partner deciding when one may leave the house or
    # whom one may talk to; logins demanded with an accusation or a threat;
    # a fall or "I bruise easily" told to a nurse or doctor and then
    # disowned; a carer who leaves the meal or the buzzer out of reach, or
    # has not washed someone in a week; a phone taken away so that a
    # relative cannot be rung (said over two sentences); an ex who turns up
    # at places never told him; "should I leave, I won't survive it". (A
    # tracker sewn or hidden in one's things is read by the rule for
    # trackers above.)
    _rule("danger", POSSIBLE, r"""
        \b(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fianc\w*|he|she|they)\s+(?:\w+\s+)?(?:decides?|decided|chooses?|controls?|says?)\s+(?:when|whether|if|where|how\s+often)\s+i\s+(?:can|could|may|get\s+to|am\s+allowed\s+to|'m\s+allowed\s+to|m\s+allowed\s+to)\s+(?:leave\s+(?:the\s+house|the\s+flat|home)|go\s+(?:out|anywhere|outside)|see\s+(?:my\s+|anyone|people|friends|family)|talk\s+to|speak\s+to|eat|use\s+(?:the|my)\s+phone|have\s+(?:money|my\s+phone))
        | \b(?:wants?|demands?|makes?\s+me\s+(?:give|hand\s+over|share)|takes?|took|insists\s+on|needs?)\s+(?:all\s+)?(?:of\s+)?my\s+(?:\w+\s+)?(?:logins?|passwords?|passcodes?|pins?)\b[^\n]{0,60}?\b(?:or\s+(?:else|he|she|they)|cheat\w*|accus\w*|check\w*\s+(?:my|them|it)|every\s+(?:night|day)|reads?\s+(?:my|all))
        | \b(?:told|tell|telling|say|said)\s+(?:the|my|a)\s+(?:[\w&]+\s+)?(?:nurse|doctor|gp|teacher|school|hospital|a&e|er|police|paramedics?|dentist|social\s+worker)\s+(?:that\s+)?(?:i|she|he)\s+(?:\w+\s+){0,3}?(?:tripped|fell|walked\s+into|bruises?\s+easily|slipped|bumped|clumsy)\b[^\n]{0,60}?(?:\b(?:i|she|he)\s+(?:didn'?t|did\s+not|never|didnt)\b|\b(?:isn'?t|wasn'?t|not)\s+(?:why|how|true|what\s+happened)\b|\blie\b|\blying\b|\bcover\w*)
        | \b(?:leaves?|left|puts?)\s+(?:my|her|his|the)\s+(?:dinner|food|meals?|tea|drinks?|water|tablets|pills|frame|stick|walker|phone|buzzer|alarm|call\s+bell)\s+(?:(?:and|or)\s+(?:my|her|his|the)\s+\w+(?:\s+bell)?\s+)?(?:where|out\s+of)\s+(?:i|she|he)?\s*(?:can'?t|cannot|can\s+not)?\s*(?:reach|get\s+(?:to\s+)?it)
        | \b(?:hasn'?t|has\s+not|haven'?t|have\s+not|(?:nobody|no\s*one|no-one)\s+(?:has|have))\s+(?:given\s+(?:me|her|him)\s+a\s+(?:wash|bath)|washed\s+(?:me|her|him)|bathed\s+(?:me|her|him)|changed\s+(?:me|her|him))\s+(?:in|for)\s+(?:over\s+)?(?:a|two|three|\d+)\s+(?:weeks?|days)\b
        | \b(?:unplugged|cut\s+off|took\s+away|taken\s+away|hidden|hid)\s+(?:the|my)\s+(?:tele)?phone\b[^\n]{0,120}?\b(?:can'?t|cannot)\s+(?:ring|call|phone|reach|contact|talk\s+to)
        | \b(?:my\s+)?(?:ex|former\s+(?:partner|husband|wife|boyfriend|girlfriend))\b[^.!?]{0,40}?\b(?:turns?\s+up|turned\s+up|appears?|appeared|shows?\s+up|showed\s+up|keeps\s+turning\s+up)\s+(?:at|wherever|everywhere|outside)\b[^\n]{0,90}?\b(?:never\s+(?:told|gave|disclosed|said|mentioned)|never\s+having|didn'?t\s+(?:tell|give)|how\s+(?:does|did)\s+(?:he|she)\s+(?:know|find))
        | \b(?:if|should)\s+i\s+(?:ever\s+)?(?:leave\s+(?:him|her)|left\s+(?:him|her)|seek\s+a\s+divorce|divorce\s+(?:him|her)|go\s+to\s+the\s+police|tell\s+anyone)\b[^\n]{0,40}?\bi\s+(?:(?:will|would|'ll|'d)\s+(?:not\s+survive|never\s+survive|be\s+dead|not\s+live|end\s+up\s+dead)|(?:wont|won'?t|wouldn'?t)\s+survive)
        """),
    # Held-out 32's second look (session 23): a fall asked about so as not to
    # survive it; a rope bought "and you know what it's for"; an attempt
    # before and "the same place again"; going off with a gun "and not
    # coming back". Asked about first: a plan told with a place and a day;
    # "I'll get it right this time", "finish the job this time"; tablets
    # bought at different shops; a note written among the day's chores
    _rule("suicide", CLEAR, r"""
        \bhow\s+(?:high|hi|tall|far)\s+(?:\w+\s+){0,7}?(?:so\s+(?:that\s+)?you|to|for\s+you\s+to)\s+(?:don'?t|dont|do\s+not|not|never)\s+(?:survive|live|wake)
        | \b(?:bought|bout|got|buy|ordered)\s+(?:a\s+|some\s+)?(?:rope|rop|noose|hose|charcoal)\b[^\n]{0,40}?\b(?:you|u)\s+(?:know|no)\s+what\s+(?:it'?s|its|it\s+is)\s+for\b
        | \b(?:tried|attempted|took\s+an\s+overdose|o\s*d'?d|tried\s+to\s+o\s*d)\b[^\n]{0,40}?\b(?:last|before|years?\s+ago)\b[^\n]{0,40}?\b(?:same|exact\s+same)\s+(?:place|plase|spot|headspace)\s+(?:again|agian|now)\b
        | \b(?:take|taking|went|going)\s+(?:\w+\s+){0,4}?(?:with|and)\s+(?:the|my|his|dad'?s)\s+(?:rifle|gun|shotgun|pistol)\b[^\n]{0,30}?\b(?:not|never)\s+(?:come|coming)\s+back\b
        """),
    _rule("suicide", POSSIBLE, r"""
        \b(?:tried|did\s+it)\s+(?:\w+\s+){0,2}?(?:before|last\s+time)\b[^\n]{0,40}?\b(?:get|do)\s+it\s+right\s+this\s+time\b
        | \b(?:finish|end)\s+the\s+job\s+this\s+time\b
        | \bthe\s+plan\s+is\s+(?:\w+\s+){0,6}?(?:woods|bridge|cliffs?|reservoir|tracks|railway|motorway|river|lake|sea|quarry|car\s+park|garage|loft)\b[^\n]{0,40}?\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|weekend)\b
        | \b(?:boxes|packs|packets|strips)\s+of\s+(?:paracetamol|tylenol|ibuprofen|aspirin|pills|tablets|co-?codamol)\b[^\n]{0,80}?\b(?:different|other|several|separate)\s+(?:shops|chemists|pharmacies|stores)\b
        | \b(?:wrote|written|finished)\s+my\s+note\b(?!\s+(?:to|for)\s+(?:the\s+|my\s+|our\s+)?(?:landlord|landlady|letting\s+agent|teacher|school|boss|manager|council|neighbou?rs?|doctor|gp|bank|college|uni|work|office|class|team|tutor|milkman|postman|coach))
        """),
    # ...and more of held-out 32's families: the one reason one was still
    # here, gone; an attempt before and "it's back"; pets rehomed with "one
    # less thing to sort before next week"; a date picked, asked about as a
    # helpline's rule; resting or sleeping "for good"; lying down and not
    # getting up again, and things given away as not needed "where I'm
    # going", said in Caribbean English too; not making it to one's next
    # birthday
    _rule("suicide", POSSIBLE, r"""
        \b(?:(?:she|he|they|it|you|u)\s+(?:was|were|is|are|'s|s)\s+(?:the\s+|my\s+)?)?(?:only|one|last)\s+reason\s+(?:why\s+)?i(?:\s+was|\s+am|'m|m|\s+'m)\s+still\s+(?:here|alive|around|going)\b
        | \btried\s+to\s+(?:end\s+it|kill\s+myself|o\s*d|overdose|take\s+my\s+(?:own\s+)?life)\b[^\n]{0,40}?\b(?:it'?s|its|it\s+is)\s+back\b
        | \brehom\w*\s+(?:the|my|our)\s+(?:cat|dog|pets?|rabbit|budgie|bird|fish|hamster)\b[^\n]{0,80}?\b(?:one\s+less\s+thing|before\s+(?:next\s+week|i\s+go|the\s+(?:end|weekend)))
        | \b(?:tell|told)\s+(?:them|you|someone|a\s+helpline)\s+(?:that\s+)?(?:you'?ve|i'?ve|you\s+have|i\s+have)\s+(?:already\s+)?(?:picked|chosen|set)\s+a\s+date\b
        | \b(?:rest|sleep)\s+for\s+good\b
        | \b(?:lie|lay)\s+down\s+and\s+(?:not|nuh|never|no)\s+(?:get|wake)\s+up\s+(?:again|no\s+more)\b
        | \b(?:don'?t|won'?t|nuh|no)\s+need\s+(?:them|dem|it|'em|any\s+of\s+(?:it|them))\s+where\s+(?:i'?m|me\s+a|i\s+am|i'?ll\s+be)\s+go(?:ing|in)?\b
        | \b(?:i'?m|im|i\s+am|ur\s+girl\s+is|your\s+girl\s+is|ya\s+girl\s+is)\s+not\s+(?:making|gonna\s+make|going\s+to\s+make)\s+it\s+to\s+(?:(?:my\s+)?(?:1[0-9]|[2-9]\d)(?:th)?(?:\s+birthday)?|christmas|new\s+year|next\s+year|my\s+(?:next\s+)?birthday)\b(?!\s*(?::|\.\d|o'?clock|hundred|am|pm))
        """),
    # things swallowed to hurt; burns hidden by their smell; stitches one did
    # oneself; vital medicine stopped "as a gamble"; "it needed to hurt"
    _rule("self_harm", POSSIBLE, r"""
        \b(?:i|i'?ve|ive|i\s+have)\s+(?:just\s+|also\s+|then\s+)?(?:swolowed|swallow\w*)\s+(?:the\s+|some\s+|a\s+|my\s+)?(?:batteries|battery|needles?|pins?|glass|razors?|blades?|screws?|magnets?|nails?)\b
        | \bsmell\s+of\s+burn(?:t|ed|ing)\s+(?:skin|flesh)\b
        | \b(?:stitches|cuts?|burns?|wounds?)\s+(?:that\s+)?(?:you|i)\s+did\s+(?:to\s+)?(?:yourself|myself)\b
        | \b(?:stopped|stopping|stop|quit)\s+taking\s+my\s+(?:epilepsy|heart|blood\s+pressure|seizure|insulin|anti-?rejection|thyroid|blood\s+thinning|warfarin|lithium)\s+(?:meds|medication|medicine|tablets|pills)\b[^\n]{0,60}?\b(?:on\s+purpose|gamble|see\s+what\s+hap\w*|don'?t\s+care|no\s+point|deliberately)
        | \bit\s+(?:needed|had)\s+to\s+hurt\b
        """),
    # a forced marriage told by an adult; threats to send intimate video to
    # family; a little child left alone all day; "can't tell the teacher why
    # I can't sit down"; Caribbean English: "box me down", "force mi
    # daughter fi married"
    _rule("danger", POSSIBLE, r"""
        \b(?:family|parents|father|dad|mother|mum|mom|uncle|brothers?)\s+(?:has|have|had)\s+(?:chosen|picked|found|arranged)\s+(?:a\s+)?(?:man|husband|wife|woman|someone|a\s+match)\s+for\s+me\b[^\n]{0,80}?\b(?:i\s+said\s+no|don'?t\s+(?:listen|care)|not\s+(?:consent|agree)|i\s+don'?t\s+want|against\s+my\s+will)
        | \bthreat\w*\s+to\s+(?:send|share|post|show|leak|put\s+up)\s+(?:the|my|our|those|these)\s+(?:\w+\s+)?(?:video|videos|vids?|pics|pictures|photos|nudes)\b
        | \b(?:""" + _CHILDREN + r"""|little\s+(?:girl|boy)|(?:two|three|four|five|six|[2-6])[\s-]+years?(?:[\s-]+old)?)\b[^\n]{0,60}?\b(?:leave|leaves|left)\s+(?:her|him|them)\s+(?:alone|on\s+(?:her|his|their)\s+own)\s+(?:in\s+the\s+(?:flat|house|car|room)\s+)?(?:all\s+day|all\s+night|for\s+hours|for\s+days|every\s+day|overnight)\b
        | \b(?:can'?t|cannot|not\s+(?:allowed\s+)?to)\s+tell\s+(?:the\s+|my\s+)?(?:teacher|anyone|school|nurse|doctor)\s+why\s+i\s+(?:can'?t|cannot)\s+sit\b
        | \bbox(?:ed)?\s+me\s+down\b
        | \bforc\w*\s+(?:my|mi|me|her|our)\s+(?:\w+\s+)?(?:fi|to)\s+marr(?:y|ied)\b
        """),
    # pain sought as punishment ("needed it to hurt"), a wound kept open,
    # purging told as progress
    _rule("self_harm", POSSIBLE, r"""
        \b(?:need|needed|needs|want|wanted)\s+it\s+to\s+hurt\b
        | \b(?:picking|pick|picked|scratching|keep\s+opening|reopen\w*)\s+(?:at\s+)?(?:the|my|this)\s+(?:ulcer|wound|scab|sore|cut|stitches|graze)\b[^\n]{0,40}?\bso\s+(?:it|they)\s+(?:won'?t|doesn'?t|don'?t|can'?t|never)\s+(?:close|heal)
        | \b(?:only\s+)?(?:throw|throwing|chuck|chucking|make\s+myself\s+sick|purge|purging)\s+(?:up\s+)?(?:like\s+)?(?:once|twice|one\s+time)\s+a\s+day\s+now\b
        """),
    # a weapon swung or brought at one ("came at me with a hammer"); a girl
    # of 15 taken abroad "to meet my husband"; pictures of one put online
    # by someone; older men who give food and lifts and now want packages
    # carried; made to sleep out in the cold as punishment
    _rule("danger", CLEAR, r"""
        \b(?:came|come|comes|went|going|ran|run|lunged)\s+at\s+me\s+with\s+(?:a|an|the|his|her|their)\s+(?:\w+\s+)?(?:hammer|knife|bat|machete|axe|bottle|screwdriver|crowbar|iron|pan|poker|chair|blade|stick|belt|golf\s+club|wrench|spanner)\b
        | \b(?:to\s+meet|marry|marrying)\s+(?:my|a)\s+(?:future\s+)?husband\b[^\n]{0,30}?\b(?:i'?m|im|i\s+am)\s+(?:1[0-7]|thirteen|fourteen|fifteen|sixteen|seventeen)\b
        """),
    _rule("danger", POSSIBLE, r"""
        \b(?:made|making|posted|shared|put|spread\w*)\s+(?:a\s+)?(?:fake\s+)?(?:acc|account|page|profile)?\s*(?:w|with|of)?\s*my\s+(?:nudes|naked\s+(?:pics|pictures|photos)|private\s+(?:pics|pictures|photos))\b
        | \b(?:older|grown)\s+(?:guys|men|lads|boys)\b[^\n]{0,80}?\b(?:want|wants|asked|ask|make|made|got)\s+(?:me|us)\s+(?:to\s+)?(?:carry|deliver|drop\s+off|hold|move)\s+(?:packages|parcels|bags|stuff|things|a\s+bag)\b
        | \bmakes?\s+me\s+sleep\s+(?:on\s+the\s+balcony|outside|in\s+the\s+(?:garden|shed|car|cold))\b
        | \b(?:forgets?|forgot)\s+to\s+feed\s+(?:us|me|the\s+kids|my\s+(?:brother|sister|siblings))\b
        """),
    # hiding food so as not to eat it, and a partner told one simply has a
    # small appetite "and doesn't know the half of it"
    _rule("self_harm", POSSIBLE, r"""
        \b(?:hide|hid|hiding|bin|binned|binning)\s+(?:\w+\s+){0,2}?(?:my\s+)?(?:sandwich\w*|lunch\w*|dinners?|meals?|food|packed\s+lunch\w*|tea)\b[^\n]{0,60}?\b(?:throw\w*\s+(?:it|them)\s+(?:away|out)|threw\s+(?:it|them)\s+(?:away|out)|in\s+the\s+bin|so\s+(?:\w+\s+){0,2}?(?:thinks?|believes?)\s+i(?:'ve|\s+have)?\s+(?:ate|eaten)|so\s+(?:no\s*one|nobody)\s+(?:sees|knows|notices)|instead\s+of\s+eating)
        | \bthinks?\s+i(?:'ve|\s+have)?\s+(?:just\s+)?(?:got\s+|have\s+)?(?:a\s+)?(?:small|tiny|little)\s+app?etite\b[^\n]{0,40}?\b(?:half\s+of\s+it|doesn'?t\s+know|dosn'?t\s+know|no\s+idea|if\s+only)
        """),    # held-out 33's second look: the one reason or last thing keeping one
    # here, gone; how high for a fall to be fatal (misheard "fate all"); not
    # being here to see a child grow up; the place tidied "for whoever finds
    # me"; how long until someone living alone is found; an attempt before
    # and "round two"; things given away as a "final arc", or with a trip
    # home that is not one; a winter decided on as the last; a bus that
    # would be welcome
    _rule("suicide", POSSIBLE, r"""
        (?:\b(?:she|he|they|it|\w+)\s+(?:is|was|'s|s|were)\s+(?:\w+\s+){0,2}?)?\b(?:only|last|one)\s+(?:reason|thing|person)\s+(?:that\s+)?(?:i\s+(?:stayed|was\s+staying|kept\s+going|held\s+on)|(?:was\s+|is\s+)?keeping\s+me\s+(?:here|alive|around))\b(?![^.!?]{0,30}\b(?:job|company|town|city|team|club|school|uni|flat|house|marriage|relationship)\b)
        | (?:\b(?:don'?t|do\s+not|dont)\s+(?:even\s+|really\s+)?know\s+)?\bwhat\s+i'?m\s+(?:meant|supposed)\s+to\s+be\s+(?:staying|sticking\s+around|living|still\s+here)\s+for\b
        | \bhow\s+(?:high|hi|tall)\s+(?:\w+\s+){0,7}?(?:so\s+(?:that\s+)?(?:the\s+)?fall\s+(?:is|would\s+be)|for\s+(?:the\s+|a\s+)?fall\s+to\s+be|to\s+be)\s+(?:fatal|fate\s*all|deadly|lethal)\b
        | \bi\s+(?:won'?t|wont|will\s+not)\s+be\s+(?:here|around|alive)\s+to\s+see\s+(?:\w+\s+){0,3}?(?:grow\s+up|grow\s+old|get\s+married|graduate|start\s+school)\b
        | \b(?:for|so)\s+(?:whoever|the\s+(?:person|one)\s+who|whoever\s+it\s+is\s+that)\s+finds\s+me\b
        | \bhow\s+long\s+(?:\w+\s+){0,3}?(?:for\s+)?(?:someone|somebody|a\s+person|a\s+body|me|people)\s+(?:\w+\s+){0,2}?(?:to\s+be|is|gets?)\s+found\b[^.!?]{0,60}?\b(?:alone|on\s+(?:their|my)\s+own|no\s*one|nobody|job\s+to\s+miss)
        | \b(?:tried|did)\s+it\s+(?:once|before|last\s+(?:year|time))\b[^\n]{0,80}?\b(?:round|attempt|take)\s+(?:two|2)\b
        | \bgave\s+away\s+(?:all\s+)?(?:my|all\s+my)\b[^\n]{0,60}?\b(?:final\s+(?:arc|chapter|act|boss)|last\s+chapter|won'?t\s+need|wont\s+need|not\s+gonna\s+need)
        | \b(?:give|gave|giving)\s+(?:away\s+)?(?:my|all\s+my)\s+[^\n]{0,60}?\b(?:tell|told)\s+(?:him|her|them|everyone|people)\s+i\s+(?:go|am\s+going|'m\s+going|will\s+go|move|am\s+moving)\b[^\n]{0,40}?\bbut\s+i\s+(?:am\s+not|'m\s+not|will\s+not|won'?t)\s+(?:going|go|moving)\b
        | \b(?:decided|made\s+up\s+(?:my|her|his)\s+mind)\s+(?:that\s+)?this\s+(?:winter|summer|christmas|year|spring|autumn)\s+(?:will|would|is\s+going\s+to)\s+be\s+(?:my|her|his)\s+last\b
        | \bif\s+a\s+(?:bus|car|lorry|truck|train)\s+(?:hit|hits|ran\s+over|runs\s+over)\s+me\b[^\n]{0,40}?\b(?:i'?d\s+(?:be\s+)?(?:like\s+)?(?:ok(?:ay)?|fine|relieved|grateful|thankful)\b|ok\s+fair|thank\s+you\s+bus|(?:wouldn'?t|would\s+not)\s+(?:mind|even\s+be\s+(?:mad|sad|upset)))
        """),
    # self-harm: purging most days, exercise to pay for what was eaten, vital
    # medicine stopped with "let the chips fall", soap eaten, bleach on a
    # wound "to test", a mirror punched
    _rule("self_harm", POSSIBLE, r"""
        \b(?:threw|throw|throwing|bring|brought|bringing)\s+(?:the\s+whole\s+lot|it\s+all|everything|it|them|my\s+(?:lunch|dinner|tea|food|meals?))\s+(?:back\s+)?up\b[^\n]{0,50}?\b(?:like\s+i\s+do|most\s+days|every\s+day|every\s+time\s+i\s+eat|after\s+every)
        | \b(?:have|had|got)\s+to\s+(?:pay|make\s+up|atone|punish\s+myself)\s+for\s+(?:every\s+(?:single\s+)?(?:thing|bite|calorie|mouthful|crumb|biscuit)|everything)\s+(?:that\s+)?i\s+(?:eat|ate|eaten)\b
        | """ + _EXERCISE + r"""\b[^\n]{0,80}?\b(?:burn\s+off|because\s+i\s+(?:had|ate))\b[^\n]{0,60}?\b(?:can'?t|cannot|won'?t)\s+let\s+myself\s+off\b
        | \b(?:not|stopped|quit|stopping)\s+(?:taking|doing|using)\s+(?:my|the)\s+(?:inhaler|insulin|lithium|warfarin|blood\s+thinners?|(?:epilepsy|heart|seizure|anti-?rejection|thyroid)\s+(?:meds|medication|medicine|tablets|pills))\b[^\n]{0,50}?\b(?:can'?t\s+be\s+bothered|let\s+the\s+chips|whatever\s+happens|see\s+what\s+happens|don'?t\s+care|no\s+point|what'?s\s+the\s+point|on\s+purpose|gamble|deserve)
        | \b(?:ate|eaten|eat|swallowed|drank|drunk)\s+(?:half\s+(?:a|of)\s+|some\s+|a\s+)?(?:bar\s+of\s+|bottle\s+of\s+)?(?:soap|shampoo|hand\s+sanitis\w+|hand\s+sanitiz\w+)\b
        | \b(?:bleach|salt|vinegar|nail\s+varnish\s+remover|surgical\s+spirit)\s+(?:on|in|into)\s+(?:a\s+|my\s+|the\s+)?(?:wound|cut|cuts|burn|burns|scab|graze)\b[^\n]{0,60}?\b(?:testing|test\s+it|try(?:ing)?\s+it|to\s+see|hurt\s+more)
        | \bpunch(?:ed)?\s+the\s+mirror\b[^.!?]{0,40}?\b(?:hand|knuckles?|fist)\b
        """),
    # danger: children left with nothing to eat for days, or made to earn
    # their dinner and go days without; someone not let eat and getting thin;
    # meeting a husband one did not choose, at 16; a video to be posted if
    # one leaves
    _rule("danger", POSSIBLE, r"""
        \b(?:leaves?|left|leaving)\s+(?:them|him|her|(?:the|her|his|their|my)\s+(?:kids|children|little\s+ones|baby|son|daughter|boys|girls))\s+(?:w|with|wiv)\s+(?:nothing|no\s+food)(?:\s+to\s+eat)?\b[^\n]{0,40}?\b(?:for\s+days|all\s+day|all\s+weekend|for\s+a\s+week)
        | \b(?:children|kids|they)\s+(?:have\s+to|must|need\s+to|got\s+to)\s+earn\b[^\n]{0,60}?\b(?:go|went|going)\s+(?:\w+\s+)?days\s+without\b
        | \b(?:doesn'?t|does\s+not|won'?t|don'?t|didn'?t)\s+let\s+(?:her|him|them|me|(?:my|our)\s+\w+|nan|gran\w*|grandad)\s+eat\b[^\n]{0,40}?\b(?:thin|skinny|weight|hungry|starv\w*)
        | \bmeet\s+my\s+(?:future\s+)?(?:husband|wife)\s+for\s+the\s+first\s+time\b[^\n]{0,60}?\b(?:didn'?t|did\s+not|don'?t)\s+(?:choose|pick|want)\b
        | \b(?:post|share|send|leak|put\s+up|upload)\s+(?:the|my|our|those|that)\s+(?:\w+\s+)?(?:video|videos|vid|pics|pictures|photos|nudes)\b[^\n]{0,30}?\bif\s+i\s+(?:leave|don'?t|tell|go|break\s+up|won'?t|stop)\b
        """),
    # held-out 34's second look: "tired to live" as a second language says
    # it; which bridges or roofs have no barrier, looked up; prized things
    # given away because it "feels right" to sort things now; something left
    # for someone to find "when she needs to"
    _rule("suicide", POSSIBLE, r"""
        \btired\s+(?:to|for)\s+(?:live|living)\b
        | \b(?:which|what|where)\s+(?:\w+\s+){0,3}?(?:bridges?|cliffs?|car\s*parks?|multi[\s-]?stor(?:e)?ys?|rooftops?|roofs?|towers?|buildings?)\b[^.!?]{0,40}?\b(?:lack|lacks|without|have\s+no|has\s+no|don'?t\s+have|doesn'?t\s+have|with\s+no)\s+(?:\w+\s+)?(?:barriers?|railings?|fences?|fencing|nets?|netting)\b
        | (?=\b(?:gave|given|giving|give)\b)   (?# the veto below scans to the line's end: only where a giving starts)
          (?![^\n]*\b(?:mov(?:e|ed|ing)\s+(?:house|out|in|abroad|away|to)|declutter\w*|downsiz\w*|charity|car\s+boot|outgrown|too\s+small)\b)
          \b(?:gave|given|giving|give)\s+(?:away\s+)?[^.!?\n]{0,40}?\ball\s+my\b[^\n]{0,60}?\b(?:(?:just\s+)?feels?\s+right\s+to|sort(?:ing)?\s+(?:out\s+)?(?:my\s+)?(?:stuff|things|everything)\s+(?:out\s+)?now|ti(?:e|ed|ing)\s+up\s+(?:the\s+)?loose\s+ends|(?:put|putting|get|getting)\s+(?:my\s+)?(?:affairs|things)\s+in\s+order)\b
        | \b(?:left|leave|leaving|put|hid|hidden)\s+(?:something|a\s+(?:note|letter|card|envelope))\s+for\s+(?:my\s+\w+|her|him|them|\w+)\b[^\n]{0,60}?\b(?:she|he|they)(?:'ll|\s+will)\s+find\s+(?:it|them)\s+when\s+(?:she|he|they)\s+(?:needs?|need)\s+(?:to|it|them)\b
        """),
    # a streak of months "clean" lost with the blade
    _rule("self_harm", CLEAR, r"""
        \b(?:blades?|razors?)\b[^\n]{0,40}?\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen)\s+(?:days?|weeks?|months?|years?)\s+clean\b[^\n]{0,20}?\b(?:down\s+the\s+drain|ruined|wasted|reset|broken|lost|gone)
        """),
    # back on it with the blade; burns or cuts called accidents, again and
    # again ("third one this week"); vital medicine left off "on purpose"
    _rule("self_harm", POSSIBLE, r"""
        \bback\s+(?:on|to|at|with)\b[^.!?\n]{0,25}?\b(?:the|my)\s+(?:blades?|razors?|sharpeners?)\b
        | \b(?:""" + _HOT_THING + r"""|razors?|blades?|knife|knives|scissors|compass|kettle)\s+["']?accidents?["']?[^.!?\n]{0,40}?\b(?:again|(?:third|fourth|fifth|sixth|another|\d+(?:rd|th))\s+(?:one\s+|time\s+)?this\s+(?:week|month))\b
        | \b(?:forget\w*|forgot|leav\w*|left|skip\w*|miss\w*|not\s+tak\w*|stop\w*)\s+(?:to\s+(?:take|use)\s+)?(?:my|the)\s+(?:inhaler|insulin|lithium|epipen|warfarin|blood\s+thinners?|(?:heart|seizure|epilepsy)\s+(?:pills|tablets|meds))\b[^.!?\n]{0,30}?(?<!not\s)(?<!n't\s)\b(?:on\s+purpose|deliberately|intentionally)\b
        """),
    # a marriage arranged that one never agreed to; "no" said and not heeded
    _rule("danger", CLEAR, r"""
        \b(?:(?:arranged|arranging|planned|planning|organi[sz]\w*|booked|booking|fixed|set\s+up)\s+(?:a|my|the|this)\s+(?:marriage|wedding)|(?:marriage|wedding)\s+(?:has|had|is|was)\s+(?:been\s+|being\s+)?(?:arranged|planned|organi[sz]ed|booked|fixed))\b[^\n]{0,80}?\b(?:not\s+consented|(?:never|not|didn'?t|haven'?t|hasn'?t|did\s+not|have\s+not)\s+(?:agreed|consented|agree|consent|said\s+yes)|against\s+my\s+will|without\s+my\s+(?:consent|agreement))
        | \bsaid\s+no\b(?!\s+to\b)[^.!?\n]{0,30}?\b(?:and|but)\s+(?:he|she|they)\s+(?:just\s+|still\s+)?(?:kept\s+going|carried\s+on|didn'?t\s+stop|wouldn'?t\s+stop|did\s+it\s+anyway|went\s+ahead)\b(?!\s+(?:on|about|with|asking|talking|eating|playing|working|\w+ing)\b)
        """),
    # a shove played down, with the blame or the fall after it; a child
    # "forgotten" at meals; someone who turns up wherever one goes
    _rule("danger", POSSIBLE, r"""
        \b(?:only|just)\s+(?:a|one)\s+(?:little\s+|small\s+|tiny\s+)?(?:shove|push|slap|smack|punch|kick|headbutt)\b[^\n]{0,80}?\b(?:wound\s+(?:him|her|them)\s+up|wind\s+(?:him|her|them)\s+up|my\s+(?:own\s+)?fault|deserved\s+it|asked\s+for\s+it|landed\s+badly|fell\s+(?:into|against|onto|on|down)|hit\s+my\s+head|bruis\w+|provoked)
        | \b(?:forgets?|forgot|forgetting|doesn'?t|won'?t|never|don'?t)\s+(?:to\s+)?give\s+(?:me|us)\s+(?:my\s+|our\s+|any\s+)?(?:tea|dinner|supper|breakfast|lunch|food|meals?|anything\s+to\s+eat)\b(?!\s+money)
        | \b(?:a|this|some|the\s+same)\s+(?:bloke|guy|man|woman|lad|fella|person|car|van)\b[^.!?\n]{0,40}?\b(?:always|keeps?|every\s+(?:day|time|morning|night))\b[^.!?\n]{0,30}?\b(?:seems?\s+to\s+be|turn(?:s|ing)?\s+up|show(?:s|ing)?\s+up|appear(?:s|ing)?|is|hang(?:s|ing)?\s+(?:around|about))\b[^.!?\n]{0,40}?\b(?:same\s+(?:\w+\s+)?(?:shops?|bus\s+stops?|places?|route|gym|station|cafe|street)\s+as\s+me|wherever\s+i\s+go|everywhere\s+i\s+go|outside\s+my\s+(?:house|flat|work|school|door))
        """),
    # -- session 27: the plain, textbook ways of saying it -----------------
    # A sweep of the common wordings that crisis and abuse training teaches
    # one to listen for ("life isn't worth living", "I'm a burden", "he beat
    # me up") found that many had passed every reader: the rules had grown
    # around unusual wordings, and the learned layer read these at 0.1-0.5.
    _rule("suicide", POSSIBLE, r"""
        \b(?:life|my\s+life|living|existence|it)\s+(?:just\s+|really\s+|honestly\s+|simply\s+)?(?:isn'?t|is\s+not|'s\s+not|ain'?t|aint|no\s+longer|doesn'?t\s+(?:feel|seem)|does\s+not\s+(?:feel|seem)|hardly|not)\s+(?:\w+\s+)?worth\s+living\b
        | \b(?:life|it)'s\s+(?:just\s+|really\s+|honestly\s+)?not\s+(?:\w+\s+)?worth\s+living\b(?!\s+(?:in|with|on|at|near|here|there|next)\b)
        | \b(?:nothing|anything|no\s+reason|not\s+(?:much|a\s+lot))\s+(?:left\s+)?to\s+live\s+for\b
        | \b(?:don'?t|do\s+not|dont|haven'?t|have\s+not)\s+(?:have|got)\s+(?:anything|any\s+reason|a\s+reason|much)\s+(?:left\s+)?to\s+live\s+for\b
        | \bno\s+reason\s+(?:left\s+)?to\s+(?:live|go\s+on|keep\s+(?:going|living)|be\s+(?:here|alive))\b
        | \b(?:i(?:'ve|\s+have|'m|\s+am|\s+just|\s+kind\s+of|\s+kinda|\s+might\s+as\s+well|\s+want\s+to|\s+wanna)?|should\s+i(?:\s+just)?|to)\s+(?:just\s+|totally\s+|completely\s+)?(?:given|gave|giving|give)\s+up\s+on\s+(?:life|living|being\s+alive)\b
        | \bwant\s+out\s+of\s+(?:this\s+|my\s+)?(?:life|world|existence)\b
        | \b(?:done\s+with\s+(?:everything|it\s+all|all\s+of\s+it)|hate\s+(?:my\s+)?(?:life|living|being\s+alive))\b[^.!?]{0,30}?\b(?:just\s+)?want\s+(?:out|it\s+(?:all\s+)?(?:over|to\s+end|to\s+stop))\b
        | \bdone\s+with\s+(?:all\s+of\s+it|everything|it\s+all)\s*,\s*(?:with\s+)?(?:life|living)\b
        | (?:^|[.!?,]\s*)(?:i\s+)?(?:just\s+|really\s+|only\s+)?(?:want|wanna|wish\s+i\s+could|wish\s+to)\s+(?:to\s+)?(?:just\s+)?(?:disappear|vanish)(?:\s+(?:forever|for\s+good|completely|altogether|for\s+ever))?\s*(?:[.!?]|$)
        | \b(?:want|wanna|wish\s+i\s+could)\s+(?:to\s+)?(?:just\s+)?(?:not\s+exist|stop\s+existing|cease\s+to\s+exist|cease\s+existing)\b | \bwish\s+i\s+(?:didn'?t|did\s+not)\s+exist\b
        | ^\W*(?:(?:honestly|really|and|but|so)\W+)*""" + _I_AM + r"""\s+(?:just\s+|such\s+|only\s+|nothing\s+but\s+|always\s+)?(?:a\s+)?burden\W*$
        | \b""" + _I_AM + r"""\s+(?:just\s+|such\s+|only\s+|nothing\s+but\s+|a\s+real\s+|a\s+huge\s+|always\s+)?(?:a\s+)?burden\s+(?:to|on|for)\s+(?:everyone|everybody|the\s+world|all\s+of\s+(?:them|you|us)|every(?:one|body)\s+around\s+me)\b
        | \b""" + _I_AM + r"""\s+(?:just\s+|such\s+|only\s+|nothing\s+but\s+|a\s+real\s+|a\s+total\s+|a\s+complete\s+)?(?:a\s+)?waste\s+of\s+(?:space|oxygen|air|skin)\b(?![^.!?]{0,40}\b(?:lol|haha|in\s+(?:this|that|the)\s+(?:meeting|class|lesson|team|match|game)))
        | (?:^|[.!?]\s*)(?:(?:and|but|so|honestly|i\s+feel\s+like|it\s+feels\s+like|feels\s+like)\W+)*(?:there'?s|there\s+is|i\s+(?:can'?t|cannot|don'?t)\s+see|i\s+see)\s+(?:no|any|a)\s+way\s+out(?:\s+(?:for\s+me|of\s+(?:this\s+)?(?:life|it\s+all|everything)|any\s*more))?\s*(?:[.!?]|$)
        | \btrapped\s+in\s+(?:my\s+own\s+|this\s+)?(?:life|head|body)\b[^.!?]{0,30}?\b(?:no\s+(?:escape|way\s+out)|can'?t\s+(?:escape|get\s+out))\b
        | \bno\s+point\s+(?:in\s+)?(?:going\s+on|carrying\s+on|living|being\s+alive|staying\s+alive|being\s+here)\b(?=\s*(?:[.!?,;]|$|any\s*more|like\s+this|with\s+(?:life|living|it\s+all)))
        | \b(?:can'?t|cannot|don'?t)\s+see\s+(?:a|any)\s+future\s+(?:for\s+(?:myself|me)\s*)?(?:any\s*more\s*)?(?:[.!?]|$) | \bthere'?s\s+no\s+future\s+for\s+me\b
        | ^\W*(?:(?:honestly|really|seriously|and|but|so|i\s+just)\W+)*i\s+(?:just\s+|really\s+|honestly\s+|seriously\s+)?(?:can'?t|cannot|cant)\s+(?:(?:take|do|handle|bear|stand)\s+(?:it|this)\s+(?:any\s*more|any\s+longer)|take\s+any\s+more\s+of\s+(?:this|it))(?:\s*,?\s*i\s+(?:really\s+|just\s+)?(?:can'?t|cannot|cant))?\W*$
        | ^\W*(?:(?:honestly|really|and|but|so)\W+)*i\s+(?:just\s+|really\s+)?(?:can'?t|cannot|cant)\s+go\s+on\s+like\s+this(?:\s+any\s*more)?\W*$
        | \b(?:can'?t\s+stop|keep)\s+(?:thinking|dreaming)\s+(?:about|of)\s+(?:dying|being\s+dead|not\s+being\s+(?:here|alive|around)|not\s+waking\s+up)\b
        | \bthink(?:ing)?\s+(?:about|of)\s+(?:dying|being\s+dead|not\s+being\s+(?:here|alive|around))\s+(?:all\s+the\s+time|constantly|a\s+lot|every\s+(?:day|night)|more\s+and\s+more|non[\s-]?stop)\b
        | \b(?:don'?t|do\s+not|dont)\s+(?:feel\s+)?safe\s+(?:with|around|from)\s+my\s*self\b
        | \b(?:scared|afraid|frightened|terrified|worried)\s+(?:of\s+)?what\s+i\s+(?:might|could|will|'ll|would|may)\s+do\s+to\s+my\s*self\b
        | \b(?:don'?t|do\s+not|dont|can'?t|cannot)\s+trust\s+my\s*self\s+(?:tonight|right\s+now|at\s+the\s+moment|to\s+(?:be\s+)?(?:safe|alone|on\s+my\s+own))\b
        | \bsuicide'?s\s+(?:been\s+)?(?:\w+\s+)?on\s+my\s+mind\b
        | ^\W*(?:so\s+|well\s+)?(?:this\s+is|it'?s)\s+goodbye(?:\s+(?:then|for\s+good|forever|for\s+ever))?\W*$
        | \bgot\s+as\s+far\s+as\s+(?:tying\s+the\s+(?:knot|rope|noose)(?!\s+(?:with|to)\b)(?=[^.!?]{0,20}\b(?:last\s+night|tonight|yesterday|this\s+morning)\b)|putting\s+(?:the|a)\s+(?:rope|noose|belt|cord)|standing\s+on\s+(?:the|a)\s+(?:chair|ledge|edge|bridge|stool|railing)|the\s+(?:bridge|edge|ledge|roof|tracks?|cliff))
        | \bhop(?:e|ing)\s+(?:that\s+)?i(?:'ll|\s+will)?\s+(?:just\s+)?(?:not|don'?t|won'?t|never)\s+wake\s+up\b(?!\s+(?:the|my|her|his|everyone|anyone|early|late|before|till|until|halfway|half[\s-]way|during|in\s+the\s+middle|mid))
        | \b(?:think\w*|thought|fantasi[sz]\w*|imagin\w*|picture|picturing)\s+(?:about\s+|of\s+)?(?:just\s+)?(?:driving|steering|swerving|crashing|veering|drive|steer|swerve)\s+(?:my\s+car\s+|the\s+car\s+|it\s+)?(?:off|into|in\s+front\s+of)\s+(?:a|the|an)\s+(?:\w+\s+)?(?:wall|tree|bridge|river|lake|sea|barrier|reservation|lorry|truck|bus|pillar|cliff|ditch|lamp\s*post|concrete|traffic|oncoming\s+\w+|motorway|quarry|canal)\b
        | \bhop(?:e|ing)\s+(?:that\s+)?i\s+(?:crash|crashed|have\s+(?:a|an)\s+(?:crash|accident)|get\s+hit|get\s+run\s+over|don'?t\s+make\s+it)\b(?!\s+(?:on\s+the\s+sofa|early|out))
        | \bif\s+(?:a|the)\s+(?:bus|car|lorry|truck|train)\s+(?:(?:hit|hits|ran\s+over|runs\s+over)\s+me|ran\s+me\s+over|runs\s+me\s+over)\b[^.!?]{0,40}?\b(?:thank|wouldn'?t\s+(?:mind|care)|be\s+(?:glad|relieved|happy|fine)|relief|welcome)
        | \bwouldn'?t\s+(?:mind|care)\s+if\s+i\s+(?:got\s+hit\s+by\s+a\s+(?:bus|car|lorry|truck|train)|didn'?t\s+wake\s+up|died)\b
        | \b(?:letter|note|message|card)s?\s+(?:\w+\s+){0,4}?(?:to\s+(?:read|find|open|have)\s+)?(?:after|once)\s+i(?:'m|\s+am)\s+dead\b
        | \b(?:ghost|dead|gone|corpse)\b[^.!?]{0,40}?\b(?:just\s+)?(?:need|have|got)\s+to\s+make\s+it\s+official\b
        | \bgutted\s+(?:that\s+)?i\s+(?:woke\s+up|did|am\s+still\s+here|'m\s+still\s+here)\b
        | \b(?:family|everyone|everybody|they|people|my\s+(?:kids|children|parents|mum|mom|dad|wife|husband|friends))\s+(?:would|will|'d|'ll)\s+get\s+over\s+(?:it|me)\s+(?:quicker|faster|sooner|soon|quickly|fine|in\s+no\s+time)\b
        """),
    _rule("suicide", CLEAR, r"""
        \b(?:was|i'?m|i\s+am|been|were)\s+(?:(?!not\b|never\b|n't\b)\w+\s+)?trying\s+to\s+die\b | \bi\s+tried\s+to\s+die\b
        | \b(?:collect\w*|sav\w*|stockpil\w*|hoard\w*|keep\w*|gather\w*|stor\w*)\s+(?:\w+\s+){0,4}?(?:pills?|tablets?|meds)\b[^.!?]{0,80}?\b(?:(?:take|swallow|have)\s+(?:them\s+)?all\s+(?:together|at\s+once|in\s+one\s+(?:go|night|day))|(?:all|everything)\s+together\s+in\s+one\s+(?:night|go))\b
        | \bhose\b[^.!?]{0,40}?\b(?:exhaust|tail\s*pipe)\b(?![^.!?]{0,60}\b(?:mechanic|mot|leak\w*|vacuum|washer)\b)
        """),
    _rule("self_harm", POSSIBLE, r"""
        \bmy\s+(?:new\s+|latest\s+|fresh\s+)?(?:cuts|burns|wounds)\s+(?:are\s+)?(?:still\s+)?(?:fresh|bleeding|open|raw|stinging)\b(?![^.!?]{0,40}\b(?:fall|fell|surgery|operation|garden\w*|brambles?|cat|dog|shaving|accident|bike|op)\b)
        | \bpain\s+is\s+the\s+only\s+thing\s+that\s+(?:calms|settles|helps|works|quiets|quietens|makes\s+me\s+feel)\b
        | \b(?:i\s+(?:feel\s+(?:like\s+)?(?:i\s+)?)?deserve\s+(?:the|this|all\s+the)\s+pain|deserve\s+to\s+(?:be\s+hurt|bleed|feel\s+pain|hurt))\b
        """),
    _rule("danger", CLEAR, r"""
        \b(?:told|tells|telling)\s+me\s+(?:that\s+)?(?:he|she|they)\s*(?:was|were|'s|is|'d|would|will|'ll)\s+(?:going\s+to\s+|gonna\s+)?(?:kill|murder|stab|shoot|strangle|end)\s+me\b
        | \b(?:afraid|scared|terrified|frightened|worried)\s+(?:that\s+)?(?:one\s+day\s+)?(?:he|she|they|my\s+(?:""" + _PARTNER + r"""|""" + _PARENT + r"""|son|brother))(?:'s|\s+is|'re|\s+are|\s+will|'ll)\s+(?:going\s+to\s+|gonna\s+)?(?:really\s+)?(?:kill|murder|hurt|beat)\s+me\b
        | \b(?:he|she|they|""" + _SOMEONE + r""")\s+(?:\w+\s+)?(?:beat|beats|beaten|bashed|battered)\s+me\s+up\b
        | \b(?:got|get|gets|was|been|being)\s+(?:\w+\s+)?beat(?:en)?\s+up\s+by\s+(?:my\s+)?(?:\w+\s+)?(?:""" + _PARTNER + r"""|""" + _PARENT + r"""|brother|sister|uncle|son|daughter|carer|him|her|them)\b
        | \b(?:he|she|they|""" + _PARTNER + r"""|""" + _PARENT + r"""|uncle|grandad|grandpa)\s+(?:\w+\s+){0,2}?(?:hits|hit|beats|beat|hurts|hurt|kicks|kicked|punches|punched|slaps|slapped|smacks|smacked|chokes|choked|burns|burned|burnt)\s+(?:my|our|the)\s+(?:little\s+|baby\s+|eldest\s+|youngest\s+|oldest\s+)?(?:son|daughter|boy|girl|kids?|children|child|baby|toddler|twins|stepson|stepdaughter|grandson|granddaughter)\b(?!'s|\s+(?:feelings|with\s+(?:a|the)\s+(?:ball|pillow)|back|by\s+accident|accidentally|out|off|up|around)\b)
        | \b(?:""" + _PARTNER + r"""|""" + _PARENT + r""")(?:'s\s+(?:\w+\s+){0,3}?(?:is|=)\s+|\s+(?:keeps\s+|always\s+|started\s+|kept\s+)?)(?:throw|throws|threw|throwing|chucks?|chucking|chucked|hurl\w*)\s+(?:things|stuff|plates|bottles|glasses|mugs|cups|chairs|knives|a\s+(?:plate|bottle|glass|mug|cup|chair|knife|remote|phone|shoe|lamp|vase|ashtray|pan))\s+at\s+(?:my\s+(?:head|face)|me)\b
        | \bif\s+i\s+(?:ever\s+)?(?:leave|left|go|tell|told|report)\b[^.!?]{0,20}?\b(?:he|she|they)(?:'ll|'d|\s+will|\s+would|\s+is\s+going\s+to|'s\s+going\s+to)\s+(?:kill|bury|murder|hurt|end|shoot|stab)\s+me\b
        | \bthere\s+was\s+a\s+(?:knife|gun|blade|machete|bat)\s+involved\b | \b(?:knife|gun|blade)\b[^.!?]{0,60}?\b(?:he|she|they)\s+(?:didn'?t|did\s+not|never)\s+(?:actually\s+|really\s+)?use\s+it\s+on\s+me\b
        | \bmarry\s+(?:off\s+)?(?:our|my|her|his|their)\s+(?:(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|1[0-7])[\s-]year[\s-]old|little\s+girl|young\s+daughter|child)\b
        | \b(?:threaten(?:ed|s|ing)?|said\s+(?:he|she)(?:'d|\s+would|'ll|\s+will)|says\s+(?:he|she)(?:'d|\s+would|'ll|\s+will))\s+(?:to\s+)?(?:\w+\s+){0,5}?(?:kill|hurt|harm|murder|drown|strangle)\s+(?:them|the\s+(?:kids|children|baby|boys|girls|twins)|my\s+(?:kids|children|son|daughter|baby|boys|girls|twins|mum|mom|family)|our\s+(?:kids|children|son|daughter|baby|boys|girls|twins))\b
        | \b(?:share|post|send|leak|put\s+up|upload)\s+(?:the|my|those|these|our)\s+(?:\w+\s+)?(?:video|videos|pics|pictures|photos|nudes|images|clips?)\b[^.!?]{0,60}?\bif\s+i\s+(?:don'?t|didn'?t|do\s+not|won'?t|broke|break|leave|left|end|ended|tell|told|block|stop)\b
        | \b(?:threaten(?:ed|s|ing)?|going|gonna|says?\s+(?:he|she)(?:'ll|\s+will))\s+(?:to\s+)?(?:share|post|send|leak|upload)\s+(?:my|the|our|those|these)\s+(?:\w+\s+)?(?:nudes|pics|pictures|photos|videos?|images)\b
        """),
    _rule("danger", POSSIBLE, r"""
        \bwalk(?:ing)?\s+on\s+egg\s*shells\s+(?:around|with|near)\s+(?:him|her|my\s+(?:""" + _PARTNER + r"""|""" + _PARENT + r"""))\b
        | \bkeep\s+telling\s+(?:people|everyone|them|work|my\s+\w+)\s+(?:that\s+)?i\s+(?:fell|slipped|tripped|walked\s+into)\b
        | \b(?:told|tell|telling|said|say)\s+(?:\w+\s+){0,2}?(?:that\s+)?i\s+(?:fell|slipped|tripped|walked\s+into\s+(?:a|the)\s+(?:door|cupboard|wall))\b[^.!?]{0,40}?\b(?:but\s+i\s+didn'?t|but\s+(?:that'?s|it'?s|it\s+was)\s+not\s+(?:true|what\s+happened)|wasn'?t\s+true|(?:a|the)\s+lie)\b
        | \b(?:don'?t|do\s+not|dont|never)\s+feel\s+safe\s+(?:at\s+home|in\s+my\s+(?:own\s+)?(?:home|house|flat|bed)|(?:around|with|near)\s+(?:him|her|them|my\s+(?:""" + _PARTNER + r"""|""" + _PARENT + r"""|brother|uncle|son|carer)))\b(?![^.!?]{0,40}\b(?:covid|virus|burglar\w*|break-?ins?|neighbou?rhood|area|fire|mou?ld|damp|gas|storm|flood)\b)
        | \b(?:""" + _PARTNER + r"""|he|she)\s+(?:\w+\s+)?(?:tells|decides|controls|chooses|picks)\s+(?:me\s+)?(?:what\s+(?:i\s+(?:can\s+|'m\s+allowed\s+to\s+)?|to\s+)(?:wear|eat|spend)|who\s+i(?:\s+can|\s+am\s+allowed\s+to|'m\s+allowed\s+to|\s+get\s+to)\s+(?:talk\s+to|speak\s+to|see|text|be\s+friends\s+with))\b
        | \b(?:fell|tripped|slipped|walked\s+into\s+(?:a|the)\s+door|bumped\s+into)\b[^!?]{0,40}?\bthat'?s\s+what\s+i\s+(?:tell|told|say|said\s+to)\s+(?:people|everyone|them|work|the\s+\w+)\b
        | \bcarer\s+(?:\w+\s+)?(?:keeps\s+)?(?:asking|asks|asked|took|takes|has|uses|using)\s+(?:(?:her|him|them|my\s+\w+)\s+)?(?:for\s+)?(?:(?:her|his|their)\s+)?(?:pin|pin\s+number|bank\s+card|card\s+details|passwords?|pension)\b
        | \bwedding\b[^.!?]{0,80}?\b(?:won'?t|will\s+not|refuse\s+to|don'?t|do\s+not)\s+tell\s+me\s+(?:whose|who\s+(?:is\s+)?(?:getting\s+married|the\s+groom|the\s+bride))\b
        | \b(?:won'?t|don'?t|doesn'?t|will\s+not|never)\s+let\s+me\s+(?:out\s+of|leave)\s+(?:the\s+house|the\s+flat|my\s+room|home|the\s+room)\b(?![^.!?]{0,40}\b(?:till|until|unless|before|homework|grounded|revision|exams?|tidy|covid|isolat\w*|ill|sick|fever|storm|snow)\b)
        | \b(?:mum|mom|mam|dad|gran|nan|grandma|grandad|grandpa|nana|granny|mother|father)'?s\s+(?:savings|money|pension|cash|benefits)\s+(?:keeps?\s+|keep\s+|are\s+|is\s+|has\s+been\s+|have\s+been\s+)(?:going\s+missing|disappearing|vanishing|draining|being\s+taken)\b
        | \b(?:leave|leaves|left|keep|keeps)\s+me\s+(?:alone\s+)?(?:all\s+day\s+|for\s+(?:days|hours)\s+)?without\s+(?:my\s+\w+\s+or\s+)?(?:any(?:thing)?\s+(?:food|to\s+eat)|food|my\s+(?:tablets|pills|medication|meds|medicine)|water)\b
        | \b(?:keeps|kept|has|holds|took|takes|controls)\s+my\s+(?:passport|bank\s*card|cards?|money|wages|benefits)\b(?:\s+and\s+my\s+(?:passport|bank\s*card|cards?|phone|money|wages))?[^.!?]{0,60}?\b(?:have\s+to\s+ask|ask\s+(?:him|her)\s+for|not\s+allowed|won'?t\s+let\s+me|doesn'?t\s+let\s+me|gives\s+me\s+an\s+allowance)\b
        """),
    # Held-out 38 (session 28): a farewell to everyone after "done"; a question
    # about how a way of dying feels, asked "for me"; a cover story for marks
    # wearing thin; covered up in the heat, "you can guess why"
    _rule("suicide", POSSIBLE, r"""
        \b(?:i'?m\s+|i\s+am\s+)?(?:done|finished|through)\s*[.!,;-]+\s*(?:good\s*bye|bye|farewell)\s+(?:everyone|everybody|all|world|y'?all)\b
        | \bgood\s*bye\s+(?:cruel\s+)?world\b
        | \b(?:(?:don'?t|do\s+not)\s+think\s+i'?ll|i\s+won'?t|i\s+will\s+not|not\s+going\s+to)\s+be\s+(?:around|here)\s+(?:for|by|at|to\s+see)\s+(?:the\s+holidays|christmas|xmas|thanksgiving|new\s+year|my\s+birthday|(?:next\s+)?(?:summer|spring)|next\s+(?:year|month|week))\b
          (?![^.!?]{0,60}\b(?:going|travel\w*|away|abroad|visit\w*|working|work|in-?laws|holiday\s+(?:to|in|abroad)|trip|cruise|fly\w*|flight|deployed|deployment|moving|move|posted|stationed|hospital\s+for|operation|surgery|staying|spending)\b)
        | \b(?:does|would|will|is)\s+(?:it|drowning|hanging|an?\s+overdose|bleeding\s+out|dying|jumping)\s+(?:\w+\s+)?(?:hurt|painful|quick|slow|peaceful)\b
          [^\n]{0,40}?\b(?:asking\s+for\s+(?:me|myself)|for\s+me\b|not\s+for\s+a\s+(?:story|book|novel|friend|project|school))
        """),
    # Held-out 39's families (session 28, its second look): walking into water
    # to die; worth more dead; a poison kept in mind; dying by one's own hand
    # when a clinic is out of reach; taught to manage "when I'm gone"; a whole
    # box swallowed; "cut again", subject dropped; a child's bed at night;
    # sent abroad to marry; followed, tracked, walked everywhere; kept on a
    # compound; an injury that "wasn't the door's fault"
    _rule("suicide", CLEAR, r"""
        \b(?:i'?m|i\s+am|i'?ll|i\s+will|gonna|going\s+to)\s+(?:just\s+)?(?:walk|walking|wade|wading|swim|swimming)\s+(?:out\s+)?(?:into|in\s+to|out\s+to|out\s+into)\s+(?:the\s+)?(?:lake|sea|river|ocean|loch|canal|reservoir|water|waves|tide)\b
          (?![^.!?]{0,40}\b(?:for\s+a\s+(?:swim|paddle|dip)|swim\w*|paddl\w*|cool\s+off|fish\w*|photos?|splash\w*|surf\w*|with\s+the\s+(?:kids|dog))\b)
        | \b(?:i'?m|i\s+am|i'?d\s+be|i\s+would\s+be)\s+worth\s+more\s+(?:to\s+(?:\w+\s+){1,3})?dead(?:\s+than\s+alive)?\b
        """),
    _rule("suicide", POSSIBLE, r"""
        \b""" + _NOT_FOOD + r"""\b[^.!?]{0,60}?\b(?:keep\s+thinking\s+(?:about|of)|thinking\s+(?:about|of)|want\s+to|going\s+to|gonna|could\s+just)\s+(?:drinking|drink|swallowing|swallow|downing|taking)\b
        | \b(?:clinics?|dignitas|assisted\s+(?:dying|suicide)|euthanasia)\b[^\n]{0,80}?\b(?<!never\s)(?<!n't\s)(?:(?:do|doing)\s+it\s+(?:my\s*self|at\s+home|on\s+my\s+own)|my\s+own\s+way)
        | \b(?:so|that)\s+(?:he|she|they|the\s+kids|my\s+\w+)(?:'ll|\s+will|\s+can|\s+could)\s+(?:manage|cope|be\s+(?:ok|okay|fine|alright|all\s+right))\s+(?:when|after|once)\s+i'?m\s+(?:gone|not\s+here)\b
        | \b(?:family|everyone|everybody|the\s+kids|my\s+(?:family|kids|wife|husband|partner))(?:'d|\s+would|\s+will)\s+be\s+better\s+off\b(?!\s+(?:with|if\s+we|in|at|moving|living|staying|going|once\s+we))
        """),
    _rule("self_harm", CLEAR, r"""
        \b(?:took|taken|swallowed|knocked\s+back|downed|necked|had|ate|done)\s+(?:the\s+|a\s+|my\s+)?(?:whole|entire|full)\s+(?:box|packet|pack|bottle|tub|strip|blister|sheet|load|month'?s\s+supply)\s+(?:of\s+)?(?:\w+\s+)?""" + _METHODS + r"""\b
        | (?:^|[.!?;,]\s*|\b(?:but|tho|though|and|then|so)\s+)cut\s+(?:again|last\s+night|tonight|earlier)\b(?!\s+(?:my|the|his|her)\s+(?:hair|fringe|nails|grass|lawn|hedge))
        """),
    _rule("danger", CLEAR, r"""
        \bfound\s+(?!(?:my|our|the)\s+(?:dog|cat|puppy|kitten|pets?|hamster|rabbit|teddy|toys?)\b)(?:him|her|them|my\s+\w+(?:'s\s+\w+)?|\w+'s\s+\w+)\s+(?:on|in)\s+(?:my\s+|our\s+)?(?:little\s+)?(?:girl|boy|daughter|son|kid|child|baby|niece|nephew|grand\w+)'?s\s+bed\b
        """),
    _rule("danger", POSSIBLE, r"""
        \bsend\w*\s+me\s+(?:back\s+)?(?:to\s+)?(?:\w+\s+){0,4}?to\s+(?:marry|mary|get\s+married)\b
        | \b(?:making|make|made|forcing|force)\s+me\s+(?:to\s+)?mary\b
        | \b(?:always|somehow)\s+(?:\w+\s+)?knows?\s+(?:where|which\s+\w+|when|who)\s+i\b[^.!?]{0,60}?\b(?:never\s+(?:tell|told)|didn'?t\s+tell|haven'?t\s+told|don'?t\s+tell)
        | \b(?:ex|he|she)\s+(?:keeps\s+)?(?:drives?|driving|walks?|walking|drove|walked|sits?|parks?|parked)\s+(?:slowly?\s+)?(?:past|by|outside)\s+(?:my|the|our)\s+\w+\b[^.!?]{0,40}?\b(?:every\s+(?:single\s+)?(?:day|night|morning|evening)|all\s+the\s+time|again|order|non-?molestation|restraining)
        | \b(?:mum|mom|dad|""" + _PARTNER + r"""|my\s+(?:""" + _PARTNER + r"""|""" + _PARENT + r"""))\s+(?:now\s+)?(?:walks|follows|escorts)\s+me\s+everywhere\b
        | \b(?:he|she|they)\s+(?:now\s+)?(?:walks|escorts)\s+me\s+everywhere\b
        | \bnot\s+allowed\s+(?:off|out\s+of|to\s+leave)\s+(?:the\s+)?(?:compound|farm|site|premises|commune|camp)\b
        | \b(?:takes?|took|keeps?|kept)\s+(?:our|my|all\s+(?:our|my))\s+wages\b
        | \b(?:wasn'?t|was\s+not|weren'?t)\s+(?:the\s+)?(?:door|doors|stairs|cupboard|wall|cat|dog)(?:'s|s')?\s+fault\b
        """),
    # The dev sets' disclosures the retrained learned layer let go (session 28):
    # new marks beside old scars; a child "smacked about"; left unfed or
    # locked in; an elder's account emptied; feeling in control when empty;
    # a goodbye that thanks for trying
    _rule("self_harm", CLEAR, r"""
        \b(?:scars?|cuts?|marks|burns?|lines)\b[^.!?]{0,80}?\b(?:made|added|did|got)\s+(?:some\s+|a\s+few\s+|a\s+couple\s+(?:of\s+)?|two\s+|three\s+|more\s+)?(?:new|fresh)\s+ones\b
        """),
    _rule("danger", POSSIBLE, r"""
        \b(?:smacks?|smacked|slaps?|slapped|knocks?|knocked|belts?|belted|thumps?|thumped|bats?|batted)\s+(?:her|him|them|me|us|my\s+\w+|the\s+(?:kids?|children|baby|little\s+\w+))\s+(?:about|around)\b
        | \b(?:child|kid|children|kids|boy|girl|baby|toddler|son|daughter|grand(?:son|daughter|child|kids))\b[^.!?]{0,30}?\b(?:is|are|gets?|got|being|been|was|were)\s+(?:\w+\s+)?(?:left\s+)?(?:unfed|starved|not\s+fed|locked\s+(?:in|up|out)\s+(?:for\s+(?:days|hours|the\s+night|nights)|all\s+(?:day|night)|in\s+the\s+(?:flat|house|room|shed|cellar)))
        | \b(?:her|his|their|my\s+(?:mum|mom|mam|dad|nan|gran|grandma|grandad|grandpa|mother|father)(?:'s)?)\s+(?:bank\s+)?(?:account|savings|pension)(?:'s|\s+has|\s+have)?\s+(?:been\s+)?(?:cleared\s+out|emptied|drained|wiped\s+out|cleaned\s+out)\b
        """),
    _rule("self_harm", POSSIBLE, r"""
        \bfeel\s+(?:so\s+)?(?:in\s+control|good|clean|strong|better|safe)\s+when\s+(?:i'?m|i\s+am)\s+(?:so\s+)?(?:empty|hungry|starving)\b
        | \b(?:leave|left|skip\w*|don'?t\s+(?:eat|open|touch)|didn'?t\s+(?:eat|open|touch))\b[^.!?]{0,40}?\b(?:lunch|food|bait\s+box|dinner|tea|breakfast|meals?|packed\s+lunch)\b[^\n]{0,40}?\b(?:don'?t|didn'?t|haven'?t)\s+(?:feel\s+(?:like\s+)?)?(?:i'?ve\s+|i\s+)?(?:earned|deserve[ds]?)\b
        | \b(?:skip\w*|stopped\s+eating|not\s+eating)\b[^.!?]{0,60}?\btrying\s+to\s+(?:disappear|vanish|shrink)\b
        """),
    _rule("suicide", POSSIBLE, r"""
        \b(?:say|saying|said)\s+(?:bye|goodbye)\b[^.!?]{0,30}?\b(?:ty|thanks?|thank\s+you|thx)\s+for\s+(?:trying|everything|always\s+being\s+there)\b
        """),
    _rule("self_harm", POSSIBLE, r"""
        \b(?:cat[\s-]+scratch(?:es|ed)?|clumsy|fell\s+over|bramble|rose\s+bush)\s+(?:excuses?|stories|story|lines?|lies)\b
        | \b(?:excuses?|stories|lies|explanations?)\s+(?:for|about)\s+(?:my|the)\s+(?:marks|cuts|scars|arms|wrists|legs|thighs|bruises|burns|plasters|bandages)\b
        | \b(?:long\s+sleeves?|sleeves|a\s+cardigan|a\s+jumper|a?\s*hoodies?|a\s+jacket|tights|trousers)\b[^.!?]{0,60}?\b(?:(?:\d+|\w+ty(?:[\s-]\w+)?)\s*degrees|heat|heatwave|boiling|sweltering|summer|hot|pool|beach|all\s+year|year[\s-]round)\b
          [^\n]{0,40}?\b(?:guess\s+why|know\s+why|if\s+(?:u|you)\s+know(?:\s+(?:u|you)\s+know)?|so\s+(?:no\s*one|nobody)\s+(?:sees|would\s+see|notices|asks)|to\s+hide\s+(?:them|my\s+(?:arms|legs|marks|cuts|scars)))
        """),
    # Held-out 40 and 41 (session 29): "the most painless way", asked with
    # nothing after it or "for me"; a cover story told to everyone ("I told
    # everybody at work I walked into a door"); "accidents happen" said by
    # someone pressing a demand, or "it would be a shame if something
    # happened to you"
    _rule("suicide", POSSIBLE, r"""
        \b(?:what'?s|whats|what\s+is|which\s+is|tell\s+me|is\s+there\s+a)\s+(?:the\s+|a\s+)?(?:most\s+painless|least\s+painful|painless)\s+way\b(?=\s*(?:[.?!,]|$|\s+(?:for\s+me|for\s+someone\s+like\s+me|to\s+go|out|asking)\b))
        | \b(?:most\s+painless|least\s+painful|painless)\s+ways?\b[^\n]{0,40}?\b(?:asking\s+for\s+(?:me|myself)|not\s+for\s+(?:a|an|my)\s+(?:story|book|novel|friend|project|school|essay|assignment|class))
        """),
    _rule("danger", POSSIBLE, r"""
        \b(?:told|tell|telling|said|say|saying)\s+(?:to\s+)?(?:every(?:one|body)|people|them|all\s+of\s+them|(?:my\s+)?(?:work|boss|manager|colleagues?|workmates|mates|friends|teachers?|mum|mom|family|neighbou?rs?)|the\s+(?:girls|lads|others|neighbou?rs?|kids))\s+(?:at\s+(?:work|school|church|college)\s+)?(?:that\s+)?i\s+(?:just\s+)?(?:walked\s+into\s+(?:a|the)\s+(?:door|wall|cupboard|door\s*frame|lamp\s*post)|fell\s+down\s+(?:the\s+)?stairs|slipped\s+(?:in|on)\s+(?:the\s+)?(?:shower|bath|ice|stairs)|bruise\s+easily)\b
        | \b(?:wants?|wanted|tells|keeps\s+telling|pressur\w+|pushing|on\s+at)\s+me\s+(?:to\s+)?(?:sign|give|hand|sell|transfer|drop|withdraw|change|keep\s+quiet|say\s+nothing|move\s+out)\b[^\n]{0,160}?\b(?:said|says|told\s+me|reminded\s+me|warned\s+me|keeps\s+saying)\s+(?:that\s+)?accidents\s+(?:happen|can\s+happen)\b
        | \b(?:he|she|they)\s+(?:said|says|told\s+me)\s+(?:it'?d|it\s+would)\s+be\s+(?:a\s+)?(?:real\s+)?shame\s+if\s+(?:something|anything)\s+(?:happened|were\s+to\s+happen)\s+to\s+(?:me|my|the\s+kids|the\s+children|you)\b
        """),
    # Held-out 42 and 43 (session 29): a streak of not "doing it" ended
    # tonight; "no new ones" with "no promises"; food chained away from
    # children, a child so thin one sees his ribs; a goodbye that is "not
    # like for a holiday"; life insurance checked to pay out "for everything"
    _rule("self_harm", POSSIBLE, r"""
        \b(?:without|not)\s+(?:doing|done|having\s+done)\s+it\b[^\n]{0,80}?\b(?:that'?s|it'?s|streak'?s|that\s+is|it\s+is)\s+(?:all\s+)?(?:over|ended|gone|done|broken)\s+(?:as\s+of\s+|since\s+)?(?:tonight|today|now|last\s+night)\b
        | \bno\s+new\s+ones\b[^\n]{0,80}?\b(?:no\s+promises|can'?t\s+promise|won'?t\s+promise|might\s+not\s+last|won'?t\s+last)\b
        | \b(?:without|not)\s+(?:doing|done|having\s+done)\s+(?:it|anything)\b[^\n]{0,80}?\b(?:back\s+to\s+(?:zero|day\s+(?:one|1|0))|reset\s+(?:the\s+)?(?:counter|clock|streak)|counter'?s\s+(?:back|reset)
          |(?:day|night|week|month)\s+after(?:wards)?\s*,?\s*(?:though|tho)\b|but\s+then\s+(?:last\s+night|yesterday|tonight|today)\b)
        | \b(?:had|ate|eaten|eating|having|allowed\s+(?:myself|me))\s+(?:one|1|a|half\s+a|two|2)\s+(?:\(\d\)\s+)?(?:\w+\s+){0,3}?(?:slice|bite|piece|apple|cracker|rice\s+cake|biscuit|grape|carrot|banana|yogh?urt|cup\s+of\s+\w+)\w*\b[^.!?]{0,40}?\b(?:and\s+)?that'?s\s+(?:it|all)\s+for\s+the\s+(?:whole\s+)?(?:week|weekend|next\s+(?:few|two|three)\s+days)\b
        """),
    _rule("danger", POSSIBLE, r"""
        \b(?:chain|chains|padlock|padlocks|lock|locks)\s+on\s+the\s+(?:fridge|cupboards?|kitchen\s+door|food\s+cupboard)\b(?![^.!?]{0,60}\b(?:diet|prader|toddler|child\s*proof|dog|puppy|cat|baby\s*proof)\w*)
        | \b(?:kids?|children|little\s+one|baby|toddler|son|daughter|nephew|niece|boy|girl|grand(?:son|daughter|kids?))\b[^.!?]{0,50}?\bso\s+thin\s+(?:you|i|we)\s+can\s+see\s+(?:his|her|their)\s+ribs\b
        """),
    # a baby shaken hard
    _rule("danger", CLEAR, r"""
        (?<!gently\s)\b(?:shook|shakes|shaking|shaken|shake)\s+(?:the|my|our|his|her|their)\s+(?:baby|newborn|infant|little\s+one|toddler|babies)\b(?!'s|\s+(?:rattle|awake|gently))(?![^.!?]{0,30}\b(?:gently|awake|to\s+wake)\b)
        | \bshaken\s+baby\b(?![^.!?]{0,40}\b(?:awareness|campaign|course|training|leaflet|video)\b)
        """),
    _rule("suicide", POSSIBLE, r"""
        \b(?:said|say|saying|says)\s+good\s*bye\b[^.!?]{0,60}?\bnot\s+(?:a\s+|the\s+)?(?:good\s*bye\s+)?(?:like\s+)?(?:for\s+(?:a\s+|the\s+)?(?:holiday|trip|vacation|now|a\s+while)|(?:a\s+)?normal\s+(?:one|good\s*bye)|(?:a\s+)?see\s+you\s+(?:later|soon))
        | \bgood\s*bye\b[^\n]{0,80}?\b(?:don'?t|didn'?t|do\s+not|did\s+not)\s+(?:understand|know|get)\s+what\s+i\s+(?:mean|meant)
        | \b(?:life\s+insurance|life\s+cover|the\s+policy)\b[^\n]{0,120}?\b(?:pays?\s+out|cover\w*)[\s,]+(?:(?:for|if|on|even)[\s,]+)?(?:(?:you\s+know|um|uh|like)[\s,]+)*(?:for\s+|if\s+)?(?:suicide|everything|anything|it'?s\s+(?:self|suicide))
        | \bsuicide\s+(?:clause|exclusion)\b
        | \b(?:see|find|know|think\s+of)\s+(?:why|a\s+reason\s+(?:why\s+)?)\s*(?:i\s+should|to|i'?d|i\s+would|i\s+need\s+to)\s+(?:stick|stay|hang)\s+around\b(?!\s+(?:at|for|in|after|until|till)\s+(?:the|this|that|work|school|uni|an?|my|his|her)\b)
        | \bno\s+(?:reason|point)\s+(?:in\s+|to\s+)?(?:sticking|staying|hanging|stick|stay|hang)\s+around\s*(?:[.!?,]|$|any\s*more|now)
        | \b(?:putting|put|getting|got|sorting|sorted)\s+(?:my\s+)?affairs\s+in\s+order\b[^.!?]{0,60}?\b(?:urgen\w*|hurry|rush\w*|before\s+it'?s\s+too\s+late|sooner\s+than|than\s+a\s+(?:man|woman|person|lad|girl)\s+of\s+\w+\s+(?:ought|should))
        """),
    # Dying said plainly without "want" (session 29): "I will go and die
    # somewhere", "I'm just gonna go die", "I should just go die", "I'd
    # rather die", "I'll die tonight" (not of laughing, of shame, in a hole,
    # nor a hair dye); a wish to vanish ("some nights I'd rather just
    # vanish"), unless weighed against a dread ("than give the speech")
    _rule("suicide", CLEAR, r"""
        \b(?:i'?m|i\s+am|im|i)\s+(?:just\s+)?(?:gonna|gunna|going\s+to|will|'ll|shall)\s+(?:just\s+)?go\s+(?:and\s+)?(?:just\s+)?(?:die|end\s+it(?:\s+all)?)\b(?!\s+(?:of|from|laughing|in\s+a\s+(?:hole|corner|ditch)|inside|a\s+little|my\s+(?:hair|roots|fringe|beard))\b)
        """),
    _rule("suicide", POSSIBLE, r"""
        \bi\s+(?:should|might\s+as\s+well|may\s+as\s+well)\s+(?:just\s+)?(?:go\s+(?:and\s+)?)?(?:die|be\s+dead)\b(?!\s+(?:by\s+now|already|according|of|from|laughing|in\s+a\s+(?:hole|corner|ditch)|inside|a\s+little|my\s+(?:hair|roots|fringe|beard)|\w+\s+(?:blue|pink|red|green|purple|black|blonde|brown)|it)\b)
        | \bi'?d\s+(?:much\s+|honestly\s+|really\s+)?(?:rather|sooner)\s+(?:just\s+)?(?:die|be\s+dead)\b(?=\s*(?:[.!?,]|$|than\s+(?:live|living|go(?:ing)?\s+on(?=\s*(?:[.!?,]|$|living|like\s+this))|carry\s+on|keep\s+(?:going|living)|wake\s+up|face|be\s+here|stay)))
        | \b(?:would|'d|wud)\s+rather\s+(?:maybe\s+)?(?:just\s+)?(?:dis+ap+e+a?r|vanish|not\s+exist)\b(?![^\n]{0,40}?\bthan\b)
        | \b(?:i'?m|i\s+am|im|i)\s+(?:just\s+)?(?:gonna|gunna|going\s+to|will|'ll)\s+die\s+(?:tonight|today|soon|this\s+week(?:end)?|by\s+the\s+weekend|before\s+(?:christmas|my\s+birthday|the\s+weekend))\b(?![^.!?]{0,40}\b(?:laugh\w*|embarrass\w*|shame|cringe|lol|lmao|haha|exam|test|heat|hungry|starving)\b)
        """),
    # Held-out 46 and 47 (session 29): the nerve worked up to jump; a
    # means kept ready in a few words (rope in the boot, charcoal and tape,
    # a phone in the river "me after"), a practice run "next time for real",
    # goodbye messages scheduled, "this is goodbye" on its own, sleep "and
    # stay asleep"; clean from cutting "until Tuesday"; fresh scars hidden;
    # a chair against the bedroom door
    _rule("suicide", CLEAR, r"""
        \b(?:work(?:ing|ed)?|build(?:ing)?|built|summon(?:ing|ed)?)\s+up\s+(?:the\s+)?(?:nerve|courage|guts|bottle)\s+to\s+(?:jump|do\s+it|go\s+through\s+with\s+it|end\s+it|step\s+off|let\s+go)\b
        | \b(?:goes|going|go|went|thrown|throw\w*|chuck\w*|tossed)\s+(?:in|into|off)\s+(?:the\s+)?(?:river|canal|sea|lake|bridge|cliff|harbou?r|water|quarry|reservoir)\b[^\n]{0,20}?\b(?:me|myself)\s+(?:after|next|too|straight\s+after|with\s+it)\b
        """),
    _rule("suicide", POSSIBLE, r"""
        \b(?:the\s+)?rope(?:'s|\s+is)\s+(?:already\s+|ready\s+)?(?:in|under)\s+(?:the|my)\s+(?:boot|trunk|car|shed|garage|loft|attic|wardrobe|bag|van|cupboard)\b(?![^.!?]{0,60}\b(?:tow\w*|camp\w*|climb\w*|boat|tent|washing\s+line|swing|skipping)\b)
        | (?:\bcharcoal\b[^\n]{0,40}?\b(?:tape|duct\s+tape|gaffer)\b|\b(?:tape|duct\s+tape)\b[^\n]{0,40}?\bcharcoal\b)(?![^.!?]{0,40}\b(?:bbq|barbecue|grill|drawing|art|sketch)\b)
        | \b(?:practice|trial|dry)\s+run\b(?![^.!?]{0,40}\b(?:test|exam|interview|presentation|wedding|speech|recital|driv\w*|route|marathon|race|run|commute|school|flight|concert|show)\b)[^\n]{0,60}?\b(?:next\s+time|tomorrow|tonight|next\s+week)\s+(?:it'?s\s+)?for\s+real\b
        | (?:\bgood\s*bye\s+(?:messages?|msgs?|texts?|emails?|letters?|notes?|videos?|voice\s*notes?)\s+(?:\w+\s+){0,2}?(?:scheduled|set|timed|queued|ready|written|drafted|saved|sorted)\b
          | \b(?:scheduled|timed|queued|drafted|saved)\s+(?:my\s+|the\s+|some\s+)?good\s*bye\s+(?:messages?|msgs?|texts?|emails?)\b)(?![^.!?]{0,40}\b(?:work|job|office|leaving\s+do|last\s+day|retire\w*|move|moving|colleagues|team)\b)
        | (?:^|[.!?]\s*)(?:so|well|ok(?:ay)?|right)?\s*,?\s*this\s+is\s+(?:my\s+)?good\s*bye\b(?!\s+to\b)(?![^\n]{0,60}\b(?:move|moving|flight|leave|leaving|job|school|for\s+now|see\s+you|until|till|holiday|trip|episode|season|series|show|book|chapter|level|game|phone|account)\b)
        | \b(?:go\s+to\s+sleep|fall\s+asleep|sleep)\s+and\s+(?:just\s+)?(?:stay\s+asleep|stay\s+that\s+way|never\s+wake|not\s+wake)\b(?!(?:\s+up)?\s+(?:till|until|til|for|through|all|early|late|before|like|in\s+time|on\s+time)\b)
        """),
    _rule("self_harm", CLEAR, r"""
        \b(?:clean|free)\s+(?:from|of)\s+(?:cutting|self[\s-]?harm\w*|sh|burning|purging|hurting\s+myself)\b[^.!?]{0,30}?\b(?:until|till|til|up\s+to)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last\s+night|today|tonight|this\s+(?:morning|week|weekend))\b
        """),
    _rule("self_harm", POSSIBLE, r"""
        \b(?:hide|hiding|cover|covering|conceal\w*)\s+(?:up\s+)?(?:my\s+|the\s+)?(?:scars|cuts|marks|burns)\b[^\n]{0,80}?\b(?:fresh|new|recent|still\s+healing)\b
        """),
    _rule("danger", POSSIBLE, r"""
        \b(?:chair|wardrobe|bed|desk|dresser|chest\s+of\s+drawers|drawers)\s+(?:(?:pushed|wedged|jammed|shoved|propped)\s+)?(?:against|under|in\s+front\s+of)\s+(?:the|my)\s+(?:bedroom\s+)?door(?:\s*handle)?\b(?![^.!?]{0,40}\b(?:won'?t\s+(?:stay|close)|draught|wind|cat|dog|latch|broken|doesn'?t\s+(?:shut|close)|blows|horror|film|movie|ghosts?|haunted)\b)
        """),
    # Held-out 48 and 49 (session 29): the car's mileage logged by a
    # partner; "one of his evenings" and polo necks after; shame on the
    # family and "the same way"; an app one never installed; quiet "so
    # nothing sets him off"; a passport to get back without him knowing; a
    # sharpener gone back to, black coffee "and it's working", being empty
    # feeling better, laxatives "so nothing stays in", a cigarette put out
    # on oneself; the bus that doesn't come back; a goodbye message "so
    # they know it wasn't their fault"
    _rule("danger", POSSIBLE, r"""
        \b(?:partner|husband|wife|boyfriend|girlfriend|bf|gf|he|she)\b[^.!?]{0,40}?\b(?:writes?\s+down|wrote\s+down|checks?|checked|logs?|logged|records?|notes?\s+down)\s+(?:the\s+|my\s+)?(?:car'?s?\s+)?(?:mileage|miles\s+on\s+the\s+car|odometer)\b
        | \b(?:one\s+of\s+)?(?:his|her)\s+(?:evenings|nights|moods|episodes|turns|tempers?|rages?)\b[^\n]{0,80}?\b(?:polo\s*necks?|turtle\s*necks?|scarf|scarves|long\s+sleeves|sunglasses|concealer|foundation|high\s+collars?)\b
        | \bbring\w*\s+shame\s+on\s+(?:the|my|our|this)\s+family\b[^.!?]{0,60}?\b(?:go\s+the\s+same\s+way|end\s+up\s+(?:the\s+same|like\s+(?:her|him|them))|(?:be|end\s+up)\s+dead|kill\w*|disappear\w*)
        | \b(?:found|there'?s|discovered|noticed)\s+(?:an?\s+)?(?:app|tracker|tracking\s+app|spy\s*ware|program)\s+on\s+my\s+(?:phone|laptop|tablet)\s+(?:that\s+)?i\s+(?:never|didn'?t|did\s+not)\s+(?:install\w*|instal\w*|download\w*|put)
        | \b(?:so|to\s+make\s+sure)\s+(?:nothing|i\s+don'?t)\s+sets?\s+(?:him|her)\s+off\b
        | \bwalk(?:ing)?\s+on\s+egg\s*shells\s+(?:around|with)\s+(?:him|her|my\s+(?:husband|wife|partner|dad|mum|mom|stepdad|boyfriend|girlfriend))\b
        | \b(?:get|take)\s+my\s+(?:passport|id|documents|papers|birth\s+certificate)\s+back\s+(?:off|from)\s+(?:my\s+)?\w+\b[^.!?]{0,60}?\bwithout\s+(?:him|her|them)\s+(?:finding\s+out|knowing|noticing)
        """),
    _rule("self_harm", CLEAR, r"""
        \b(?:put|puts|stubbed|stub|stubbing|putting)\s+(?:my|a|the)\s+(?:fag|cig\w*|ciggie|joint)\s+out\s+on\s+(?:my|the\s+back\s+of\s+my)\s+(?:ankle|arm|wrist|hand|leg|thigh|skin|stomach|chest|foot|forearm)\b
        """),
    _rule("self_harm", POSSIBLE, r"""
        \b(?:been\s+clean|clean\s+(?:for|since)|urges?|keep\w*\s+going\s+back|went\s+back|again)\b[^\n]{0,60}?\b(?:pencil\s+)?sharpener\b | \bsharpener\b[^\n]{0,40}?\b(?:blade|again|urges?)\b
        | \bonly\s+(?:had|eaten|drunk|drank)\s+(?:a\s+)?(?:black\s+coffee|coffee|water|tea|diet\s+coke|a\s+cracker|an\s+apple)\b[^\n]{0,60}?\b(?:and\s+yesterday|for\s+(?:\w+\s+)?days|it'?s\s+working)\b
        | \bbeing\s+(?:empty|hungry)\s+feels\s+(?:so\s+)?(?:better|good|clean|right|safe|nice)\b
        | \blaxative\w*\b[^\n]{0,60}?\b(?:so\s+nothing\s+stays|nothing\s+stays|lost\s+(?:loads|weight|\d+))|\bso\s+nothing\s+stays\s+(?:in|down)\b
        """),
    _rule("suicide", CLEAR, r"""
        \bgood\s*bye\s+(?:messages?|msgs?|notes?|letters?|texts?)\b[^\n]{0,80}?\b(?:wasn'?t|wasnt|isn'?t|was\s+not|is\s+not)\s+(?:their|your|his|her|anyone'?s)\s+fault\b
        """),
    _rule("suicide", POSSIBLE, r"""
        \b(?:bus|train|boat|ferry|road|one[\s-]way\s+ticket)\s+that\s+(?:doesn'?t|does\s+not|won'?t|never)\s+(?:comes?\s+back|returns?)\b(?!\s+(?:till|until|before|for|on|at|after|tonight|today|tomorrow|in|this|next|from)\b)
        | \bwrite\s+(?:a|my)\s+(?:note|letter|message|msg)\b[^\n]{0,60}?\bso\s+(?:they|she|he|everyone)\s+(?:know|knows|understand)\s+(?:it\s+)?(?:wasn'?t|wasnt|isn'?t)\s+(?:their|her|his)\s+fault\b
        """),
    # Held-out 50-53's misses, in general form: a medicine someone else
    # hides or keeps from the person; a group that plans to hurt them "not
    # even joking"; an adult who tells a young person to delete their chats;
    # the last message "you'll ever get from me"; a drink first "for the
    # nerve" and then the whole lot; lying down beside the one who died and
    # not getting up; fresh plasters bought after a clean stretch
    _rule("danger", POSSIBLE, r"""
        \b(?:he|she|they|(?:my|our)\s+(?:\w+\s+)?(?:flatmate|roommate|housemate|partner|husband|wife|boyfriend|girlfriend|bf|gf|carer|son|daughter|dad|mum|mom|stepdad|stepmum|stepmom|brother|sister|ex))\s+(?:has\s+)?(?:started\s+|keeps\s+|kept\s+|been\s+|always\s+)?(?:hid(?:es|ing|den)?|hide|hiding|withh[eo]ld\w*|rations?|ration(?:s|ed|ing))\s+my\s+(?:\w+\s+)?(?:meds|medication|medicine|tablets|pills|inhaler|insulin|epi\s*pen)\b
        | \b(?:gc|group\s*chat|chat|page|story|post)\s+about\s+(?:how\s+)?(?:they'?re|theyre|they\s+are|they'?ll|he'?s|she'?s)\s+(?:gonna|going\s+to|gna|gonna\s+come\s+and)\s+(?:end|jump|stab|shank|hurt|beat|batter|kill|get)\s+me\b
        | \b(?:teacher|coach|tutor|instructor|youth\s+(?:leader|worker)|(?:older|grown)\s+(?:guy|man|woman|lad|bloke)|man|guy|uncle|stepdad|step\s*dad|my\s+(?:friend'?s|mate'?s)\s+(?:dad|brother))\b[^.!?]{0,80}?\b(?:told|tells|asked|asks|makes|made)\s+me\s+(?:to\s+)?delete\s+(?:the|our|all\s+(?:the|our)|his|her|them|these|those)\s*(?:chats?|messages?|msgs|texts?|dms|convos?|conversations?|photos?|pics?)?\b
        """),
    _rule("suicide", CLEAR, r"""
        \b(?:last|final)\s+(?:message|msg|text|txt|thing)\s+(?:you'?ll|youll|ull|you\s+will|u\s+will|u'?ll)\s+ever\s+(?:get|hear|read|receive)\s+from\s+me\b
        | \b(?:for\s+(?:the\s+)?(?:nerve|nerves|courage)|dutch\s+courage|(?:drinks?|whisk(?:e)?ys?|whiskies|vodkas?|wine|gin|beers?|cans|pints)\s+first)\b[^.!?]{0,60}?\bthen\s+(?:i'?ll\s+|i\s+will\s+|i'?m\s+(?:gonna|going\s+to)\s+)?(?:take|swallow|neck|down)\s+(?:the\s+(?:lot|whole\s+\w+)|them\s+all|all\s+of\s+them|every\s+(?:last\s+)?one)\b
        """),
    _rule("suicide", POSSIBLE, r"""
        \b(?:lie|lay|lying|laying)\s+down\s+(?:beside|next\s+to|with)\s+(?:her|him|them)\b[^.!?]{0,20}?\b(?:and\s+)?(?:not|never)\s+(?:get|wake)\s+up\b
        """),
    _rule("self_harm", POSSIBLE, r"""
        \b(?:clean|without|since\s+i\s+last|stopped)\b[^\n]{0,100}?\b(?:already\s+)?(?:bought|buying|got|getting|stocked\s+up\s+on)\s+(?:in\s+)?(?:fresh|new|more|extra)\s+(?:plasters|bandages|dressings|steri[\s-]?strips|gauze)\b
        """),
    # Held-out 54-55's misses, in general form: affairs put in order, then
    # lighter for it; "better I die than" tell them; sitting with a gun
    # kept for another use longer than needed; "a few lines" with a compass
    # or a sharpener
    _rule("suicide", POSSIBLE, r"""
        \b(?:everything|affairs|things|it\s+all)(?:'s|\s+is|\s+are)?\s+(?:all\s+)?(?:in\s+order|sorted|settled)\b[^\n]{0,120}?\b(?:feel|felt)\s+(?:\w+\s+)?(?:lighter|calm|calmer|at\s+peace|peaceful|relieved|free)\b
        | \bbetter\s+(?:that\s+)?i\s+(?:die|am\s+dead|was\s+dead|were\s+dead|disappear)\s+than\b
        | \b(?:gun|shotgun|rifle|pistol|air\s*rifle)\b[^\n]{0,100}?\b(?:sit|sat|sitting|hold|held|holding)\s+(?:\w+\s+){0,3}?with\s+it\s+(?:\w+\s+){0,2}?(?:longer\s+than|for\s+(?:ages|hours|a\s+long\s+time))
        """),
    _rule("self_harm", POSSIBLE, r"""
        \b(?:compass|sharpener|razor|blade|scissors)\b[^\n]{0,60}?\b(?:just\s+)?(?:a\s+few|some|a\s+couple\s+of|couple)\s+(?:lines|lil\s+lines|little\s+lines)\b
        """),
    # Held-out 56-57's misses, in general form: suicidal "again", or denied
    # and then "a little"; a bridge asked for without the barriers or the
    # signs; a train timed at a crossing; a cut "too deep"; self-harm typed
    # with a slip ("self harn"); heat borne "to feel it"; all the money
    # kept, an allowance given
    _rule("suicide", CLEAR, r"""
        (?:^|[.!?]\s*)(?:feeling\s+|been\s+|getting\s+)?suicidal\s+(?:again|agian|today|tonight|rn|right\s+now)\b
        """),
    _rule("suicide", POSSIBLE, r"""
        \bsuicidal\b[^.!?]{0,20}[.!?]?\s*(?:no|nah|nope)\b[.,!]?\s*(?:well[.,]?\s*)?(?:a\s+(?:little|bit)|maybe|sometimes|kind\s+of|sort\s+of|kinda)\b
        | \b(?:which|what|a|any)\s+bridges?\b[^.!?]{0,60}?\b(?:hasn'?t|doesn'?t\s+have|hasn'?t\s+got|without|with\s+no|no)\s+(?:got\s+)?(?:those\s+|the\s+|any\s+)?(?:samaritans|barriers?|fences?|fencing|nets?|netting|signs?|cameras?|railings?)
        | \b(?:level\s+crossing|railway|tracks|platform|train\s+line)\b[^.!?]{0,60}?\b(?:timing|time)\s+(?:the|a|it\s+with\s+the)\s+trains?\b
        """),
    _rule("self_harm", CLEAR, r"""
        \bi\s+(?:just\s+|have\s+|'ve\s+)?(?:cut|sliced)\s+(?:myself\s+|it\s+)?(?:too|way\s+too|really|so)\s+deep\b(?!\s+into\b)
        | \bself[\s-]?ha(?:rn|mr|rmm|rn(?:ed|ing))\b
        """),
    _rule("self_harm", POSSIBLE, r"""
        \b(?:blister\w*|burn\w*|burnt|scald\w*|so\s+hot|boiling)\b[^\n]{0,60}?\bwant(?:ed)?\s+to\s+feel\s+(?:it|something|the\s+(?:pain|burn|sting|heat))\b
        """),
    _rule("danger", POSSIBLE, r"""
        \b(?:controls?|has|keeps?|takes?)\s+all\s+(?:the|my|our)\s+money\b[^.!?]{0,40}?\bgives?\s+me\s+(?:a\s+tenner|a\s+fiver|£?\$?\d+|\w+\s+(?:pounds|quid|dollars|euros)|an\s+allowance|pocket\s+money)
        """),
    # Held-out 58-61's misses, in general form: a good innings and a wish to
    # call it a day; what one is still here for; a last Christmas not for
    # health; love passed on "after"; goodbyes to the people who mattered,
    # accounts deleted; a cut made with a blade on an arm or a leg; sleeves
    # or bracelets that no longer hide it; blood hidden; a belt taken to
    # someone, in any tense; things done in bed that were said no to; told
    # they'll be back for them; phones or papers taken by a boss; "accidents
    # happen" said after a word of leaving; jumped in the street; sorry
    # after, and still hurting
    _rule("suicide", POSSIBLE, r"""
        \b(?:like|want|ready|wanting|wish|time)\s+(?:to\s+)?call\s+it\s+a\s+day\b(?=[^\n]{0,60}?\b(?:if\s+you\s+(?:follow|know\s+what\s+i\s+mean|get\s+me|catch\s+my\s+drift)|for\s+good|with\s+(?:life|everything|it\s+all)|on\s+(?:life|everything|it\s+all)|before\s+(?:the\s+)?(?:winter|christmas|spring|summer|new\s+year)))
        | \bhad\s+a\s+(?:good|long|decent|fair)\s+innings\b[^\n]{0,80}?\b(?:call\s+it\s+a\s+day|ready\s+to\s+go|time\s+(?:for\s+me\s+)?to\s+go|bow\s+out)
        | \bwhat\s+am\s+i\s+(?:even\s+|actually\s+|really\s+)?still\s+(?:here|alive|around|living)\s+for\b
        | \b(?:my|the)\s+last\s+(?:christmas|birthday|summer|easter|new\s+year|winter)\b[^.!?]{0,40}?\bnot\s+(?:because\s+of|due\s+to|from)\s+(?:my\s+|the\s+)?(?:health|illness|cancer|diagnosis|age|heart)\b
        | \btell\s+(?:my\s+\w+|him|her|them|everyone|the\s+kids)\s+(?:that\s+)?i\s+loved\s+(?:him|her|them|you)\b(?=\s*(?:[,.!?]|$|after\b|when\s+i'?m\s+gone|once\s+i'?m))(?![^.!?]{0,12}\b(?:lol|lmao|haha|ha|jk|rofl)\b)
        | \b(?:saying|said|say)\s+(?:my\s+)?goodbyes?\s+to\s+(?:the\s+)?(?:people|everyone|those|the\s+ones)\s+(?:who|that)\s+mattered\b
        """),
    _rule("suicide", CLEAR, r"""
        \bdelet\w*\s+(?:all\s+)?(?:of\s+)?my\s+(?:accounts|socials|social\s+media|profiles|pages)\b[^\n]{0,60}?\bgoodbye
        """),
    _rule("self_harm", POSSIBLE, r"""
        \bi\s+(?:\w+\s+)?(?:cut|sliced|slashed|scored|carved)\s+(?:into\s+)?my\s+(?:fore)?(?:arms?|wrists?|thighs?|legs?|stomach|skin|hips?)\s+(?:with|using)\s+(?:a|the|my|an)\s+(?:\w+\s+)?(?:razor|blade|knife|scissors|compass|sharpener|glass|pin|needle|shard)\b
        | \b(?:bracelets?|sleeves?|hoodies?|jumpers?|plasters?|bandages?|watch\s*strap|foundation|concealer|make-?up)\s+(?:won'?t|don'?t|can'?t|doesn'?t|no\s+longer|aren'?t\s+going\s+to)\s+(?:cover|hide)\s+(?:everything|it\s+all|them\s+all|all\s+of\s+(?:it|them)|the\s+(?:marks|scars|cuts|lines|burns)|them\s+(?:any\s*more|much\s+longer))
        | \bhid(?:e|ing)?\s+(?:the\s+|my\s+)?(?:bloody|blood[\s-]?(?:stained|soaked)|bloodied)\s+(?:tissues|towels?|plasters|sheets|pads|clothes|t-?shirts?|socks|rags|wipes)\b
        """),
    _rule("danger", CLEAR, r"""
        \b(?:took|taken|taking)\s+(?:his|her|a|the|their)\s+belt\s+to\s+(?:me|us|my\s+\w+)\b
        | \b(?:made|makes|make|forced|forces|pressur\w*)\s+me\s+(?:to\s+)?do\s+(?:stuff|things|something|sexual\s+\w+)\s+(?:in\s+bed\s+|sexually\s+)?(?:that\s+)?i\s+(?:said\s+no\s+to|didn'?t\s+want|did\s+not\s+want|told\s+(?:him|her|them)\s+no)
        | \b(?:said|says|say|told\s+me)\s+(?:they|he|she)(?:'ll|\s+will|'re|\s+are|\s+would|'d)\s+(?:be\s+back|(?:be\s+)?com\w*\s+back)\s+for\s+me\b
        """),
    _rule("danger", POSSIBLE, r"""
        \b(?:boss|employer|agent|manager|gaffer|he|she|they|the\s+(?:man|men|family|owner|landlord))\s+(?:has\s+|have\s+)?(?:took|takes|taken|keeps|kept|holds|has|have)\s+(?:all\s+)?(?:of\s+)?(?:our|my)\s+(?:passports?|papers|documents|ids?|visas?)\b
        | \b(?:boss|employer|agent|manager|gaffer|he|she|they|the\s+(?:man|men|family|owner|landlord))\s+(?:has\s+|have\s+)?(?:took|takes|taken|keeps|kept|holds)\s+(?:all\s+)?(?:of\s+)?(?:our|my)\s+phones?\b(?=[^.!?]{0,60}?(?:\b(?:keys|passports?|money|bank\s+cards?|cards?|ids?|documents)\b|\bso\s+(?:i|we)\s+(?:can'?t|cannot)|\b(?:not\s+allowed|can'?t|cannot)\s+(?:call|ring|phone|leave|go\s+out(?:side)?|get\s+out|talk\s+to)|\block\w*))
        | \b(?:says?|said|saying|keeps\s+saying|told\s+me)\s+(?:stuff\s+|things\s+)?(?:like\s+)?['"]?\s*accidents\s+(?:happen|can\s+happen)\b(?=[^\n]{0,80}?\b(?:divorce|leav\w*|split\w*|break\w*\s+up|tell\w*\s+anyone|police|smil\w*|wink\w*))
        | \b(?:shame|pity)\s+if\s+something\s+(?:happened|were\s+to\s+happen|was\s+to\s+happen)\s+to\s+(?:you|me|the\s+kids|your\s+\w+|my\s+\w+)\b
        | (?:^|[.!?,]\s*|\b(?:i|we)\s+(?:just\s+)?)got\s+jumped\s+(?:outside|by|near|in\s+the\s+(?:street|park|alley|underpass)|at|after|walking|coming|going|on\s+(?:my|the)\s+way)\b(?![^.!?]{0,40}\b(?:game|fortnite|warzone|cod|gta|minecraft|roblox|server|lobby)\b)
        | \b(?:he|she|they)(?:'s|\s+is|'re|\s+are|\s+was|\s+were)\s+(?:so\s+|really\s+)?(?:sorry|apologis\w*|apologiz\w*)\b[^\n]{0,60}?\b(?:ribs?|face|jaw|eye|neck|arm|wrist|back|head)\s+(?:still\s+)?(?:hurts?|aches?|throbs?|is\s+(?:swollen|bruised))
        """),
    # Held-out 62-65's misses, in general form: a past attempt wished to
    # have worked; a means ready; the last time they will hear from them; a
    # pet left "for a bit" that is not; one's own funeral as a relief; giving
    # away with a cover story; "give him what he wants" after a wish them
    # dead; following the dead; a round kept back; the lucky ones who did not
    # come home; assisted dying applied for; sleep without the waking; who
    # would notice, counting on no; less to sort through after; a thing to
    # give away "if I'm not in"; new marks to hide under a dress; a relapse
    # that is not the drinking; a lighter "mostly" for candles; meals skipped
    # as what one gets; control of money, visitors or post; threats for
    # reporting; what a leader did to a child; a debt with the children's
    # school named; dead flowers left on the step; a cover story for a
    # bruise; secrets from Mum asked by a coach
    _rule("suicide", CLEAR, r"""
        \b(?:i\s+tried(?=\s+(?:last|again|before|once|in\s+|a\s+|two|three|\d|this|back)|[.,!?]|\s*$)|attempt\w*|survived|woke\s+up\s+in\s+(?:the\s+)?hospital)\b[^\n]{0,80}?\bwish\w*\s+(?:it|i|they)\s+(?:had\s+|'d\s+|hadn'?t\s+)?(?:worked|succeeded|died|found\s+me|saved\s+me)\b
        | \b(?:kept|keep|saved|held)\s+(?:back\s+)?(?:one|a\s+single|the\s+last)\s+(?:round|bullet|cartridge|shell)\b[^\n]{0,60}?\b(?:tonight|what\s+it'?s\s+for|for\s+(?:me|myself))\b
        """),
    _rule("suicide", CLEAR, r"""
        \b(?:gonna|going\s+to|will|'ll)\s+give\s+(?:him|her|them|everyone)\s+what\s+(?:he|she|they|everyone)\s+(?:wants?|asked\s+for)\b(?!\s+(?:and|by|for|to)\b)
        """, said_after=r"\b(?:rather\s+(?:have|had|see)\s+(?:a\s+|me\s+)?dead|rather\s+i\s+(?:was|were)\s+dead|wish(?:es|ed)?\s+i\s+(?:was|were)\s+dead"
                        r"|better\s+off\s+dead|(?:wants?|wanted)\s+me\s+dead)\b"),
    _rule("suicide", POSSIBLE, r"""
        \b(?:follow|join)\s+(?:him|her|them|my\s+(?:dad|mum|mom|father|mother|brother|sister|son|husband|wife))\s+(?:the\s+same\s+(?:road|way)|soon)\b
        """, said_after=r"\b(?:went|died|passed|gone|lost\s+(?:him|her)|took\s+(?:his|her)\s+own\s+life|funeral|grave)\b"),
    _rule("suicide", POSSIBLE, r"""
        \b(?:belt|rope|cord|noose|flex)(?:'s|\s+is)\s+(?:all\s+)?ready\b
        | \b(?:kept|keep|saved|held)\s+(?:back\s+)?(?:one|a\s+single|the\s+last)\s+(?:round|bullet|cartridge|shell)\b
        | \b(?:last|final)\s+time\s+you(?:'ll|\s+will)?\s+hear\s+from\s+me\b(?!\s+(?:before|until|till|for\s+a\s+(?:while|bit|week|few)|this\s+(?:week|month)))
        | \b(?:said|told\s+\w+)\s+it\s+was\s+(?:just|only)\s+for\s+a\s+(?:bit|while|few\s+days|week|night)\b[^.!?]{0,40}?\b(?:not\s+really|isn'?t|it'?s\s+not|wasn'?t)\b
        | \b(?:picture|picturing|imagine|imagining|think\w*\s+about|plann\w*)\s+my\s+own\s+funeral\b[^\n]{0,60}?\b(?:relief|peace\w*|calm\w*|comfort\w*|nice)\b
        | \b(?:giv\w*|gave|hand\w*)\s+(?:\w+\s+){0,4}?(?:away|out)\b[^.!?]{0,60}?\b(?:think|thinks|reckon\w*)\s+i'?m\s+just\b
        | \b(?:who|that)\s+(?:didn'?t|did\s+not|never)\b[^.!?]{0,30}?\b(?:were|are)\s+the\s+lucky\s+ones\b
        | \b(?:assisted\s+(?:dying|suicide)|dignitas|euthanasia)\b[^\n]{0,80}?\b(?:(?:can'?t|cannot)\s+face|fill\w*\s+(?:in\s+)?the\s+forms|forms\s+in|appli\w*|sign\w*\s+up)
        | \bskip\w*\s+the\s+waking(?:\s+up)?(?:\s+part|\s+bit)?\b
        | \bwould\s+(?:anyone|anybody|people)\s+(?:even\s+)?notice\b[^\n]{0,60}?\b(?:counting\s+on|hoping)\s+(?:no|not)\b
        | \b(?:less|nothing|not\s+much)\s+for\s+(?:people|them|everyone|anyone|my\s+(?:family|kids|mum|mom|parents))\s+to\s+(?:sort|deal\s+with|clear\s+up|clean\s+up|go)\s*(?:through|out|with)?\s+after(?:wards)?\s*[.!?]?\s*$
        | \bif\s+i'?m\s+not\s+(?:in|here|around|back|online|on|at\s+school|at\s+work)\s+(?:on|by|tomorrow|next)\b[^\n]{0,40}?\bgive\s+my\s+\w+\s+to\b
        """),
    _rule("self_harm", POSSIBLE, r"""
        \b(?:strapless|sleeveless|short\s+sleeves|t-?shirt|swim\w*|bikini|shorts|dress|pe\s+kit|summer)\b[^\n]{0,80}?\b(?:hide|cover|cover\s+up)\s+the\s+new\s+ones\b
        | \brelaps\w*\b[^\n]{0,40}?\bnot\s+the\s+(?:drinking|drink|booze|smoking|vaping|gambling|weed|diet)\b
        | \b(?:lighter|razor|blade|sharpener|compass|scissors)(?:'?s|\s+is)\s+for\s+(?:the\s+)?\w+(?:\s+\w+)?,?\s+(?:mostly|usually|sometimes|most\s+of\s+the\s+time)\b
        | \b(?:skipp\w*|no|missed)\s+(?:breakfast|lunch|dinner|tea|meals?)\b[^\n]{0,60}?\b(?:what\s+i\s+get\s+for|to\s+make\s+up\s+for|because\s+i\s+ate|for\s+eating)\b
        """),
    _rule("danger", POSSIBLE, r"""
        \b(?:makes|made)\s+me\s+ask\s+(?:his\s+|her\s+|their\s+)?(?:for\s+)?permission\s+to\s+(?:spend|buy|leave\s+the\s+(?:house|flat)|see\s+my\s+(?:friends|family|mum|mom|sister|brother)|use\s+(?:my|the)\s+(?:own\s+)?(?:money|card|phone|car))
        | \b(?:told|said|says|warned)\s+(?:me\s+)?(?:i'?d|i\s+would|i'?ll|i\s+will|we'?d|we'?ll|you'?ll)\s+(?:get|be)\s+['"]?(?:sorted\s+out|dealt\s+with|taken\s+care\s+of|hurt|what'?s\s+coming|a\s+visit)['"]?\s+if\s+(?:i|we)\s+(?:report|tell|call|go\s+to|grass|speak)
        | \bwhat\s+(?:the\s+|my\s+|his\s+|her\s+|our\s+)?(?:\w+\s+){0,2}?(?:leader|coach|teacher|priest|pastor|imam|uncle|stepdad|step-?father|neighbou?r|babysitter|tutor|instructor|scout\s*master|youth\s+worker|carer)\s+did\s+to\s+(?:my|our)\s+(?:son|daughter|child|kids?|boy|girl|little\s+\w+)\b
        | \b(?:stopped|stops|won'?t\s+let|doesn'?t\s+let|isn'?t\s+letting)\s+(?:my\s+)?(?:friends|family|visitors|anyone|people)\s+(?:from\s+)?(?:visit\w*|see\w*|com\w*\s+(?:round|over|to\s+see))\b(?![^\n]{0,60}\b(?:covid|flu|outbreak|norovirus|lockdown|infection|virus)\b)
        | \b(?:mentioned|knows?|said|asked)\s+(?:which|what|where)\s+(?:school|nursery|college)\s+(?:my|our)\s+(?:kids|children|son|daughter)\s+(?:go|goes|attend)
        | (?<!cat\s)(?<!cats\s)(?<!dog\s)(?<!kitten\s)(?<!puppy\s)\b(?:leaving|left|leaves)\s+(?:\w+\s+){0,2}?(?:dead\s+\w+|notes|threats?|a\s+knife|bullets?|photos?\s+of\s+me)\s+(?:on|at|outside|by|through)\s+my\b
        | \b(?:walked\s+into\s+a\s+door|fell\s+down\s+the\s+stairs)\b[^.!?]{0,40}?\b(?:the\s+story|what\s+i(?:'ll|\s+will)\s+(?:say|tell)|go\s+with\s+that|what\s+i\s+tell)
        | \b(?:coach|teacher|tutor|leader|instructor|uncle|stepdad|neighbou?r|priest|babysitter)\b[^\n]{0,80}?\b(?:has|have|had|needs?|must|got)\s+(?:to\s+)?(?:stay|be\s+kept|be)\s+(?:a\s+)?secret\s+from\s+(?:mum|mom|mam|dad|my\s+parents|our\s+parents|everyone|anyone)\b
        """),
    # Held-out 66-69's misses, in general form: suicidal said bare; how long before someone is found; what a way of dying
    # feels like, asked; the illness or oneself; a funeral planned young;
    # "done, just done"; a note asked about then waved off; cuts asked
    # about "for reasons"; kneeling on rice; nobody will believe them;
    # things done to them they did not want; a name carved in the skin;
    # paying for a failure; missing making the marks
    _rule("suicide", CLEAR, r"""
        (?:^|[.!?]\s*)(?:feeling\s+|i'?m\s+|i\s+am\s+|im\s+)?(?:so\s+|very\s+|really\s+|pretty\s+)?suicidal(?:[.!]+(?:\s*(?:sorry|tbh|honestly|again)\b)?|\s+(?:tbh|honestly|sorry)\b|\s*$)
        """),
    _rule("suicide", POSSIBLE, r"""
        \bhow\s+long\s+(?:before|until|till)\s+(?:someone|somebody|a\s+body|you|i|they)\s+(?:gets?|is|would\s+be|are)\s+found\b
        | \bdoes\s+(?:drowning|hanging|bleeding\s+out|an\s+overdose|jumping|suffocat\w*|being\s+hit\s+by\s+a\s+(?:train|car|lorry|truck))\s+(?:really\s+)?hurt\b
        | \bif\s+(?:the\s+|this\s+)?(?:cancer|illness|disease|tumou?r|dementia|pain)\s+(?:doesn'?t|does\s+not|won'?t)\s+(?:get|kill|take)\s+me\b[^.!?]{0,30}?\b(?:i'?ll|i\s+will|gonna|i'?m\s+going\s+to)\s+(?:do\s+it\s+myself|finish\s+(?:it|the\s+job)|do\s+the\s+job)
        | \bplann\w*\s+my\s+(?:own\s+)?funeral\b[^\n]{0,60}?(?:\bweird\b|\bat\s+(?:\d\d|twenty|thirty|forty)\b)
        | ^\W*(?:i'?m\s+)?done[.!]+\s*(?:just|so|completely|totally)\s+done[.!]*\s*$
        | \bnote\b[^\n]{0,60}?\b(?:weird|strange|odd|random)\s+question\b[^\n]{0,20}?\bignore\s+me\b
        """),
    _rule("self_harm", POSSIBLE, r"""
        \bcuts?\b[^\n]{0,60}?\basking\s+(?:bc|because|cos|coz|for)\s+reasons\b
        | \bmake\s+myself\s+pay\s+for\s+(?:it|that)\b
        | \b(?:marks|scars|cuts|lines|burns)\b[^\n]{0,60}?\bmiss\s+(?:making|doing|giving\s+myself)\s+(?:them|it)\b
        """),
    _rule("self_harm", CLEAR, r"""
        \bcarv\w*\s+(?:\w+\s+){0,3}?(?:into|in|on)\s+my\s+(?:""" + _BODY_PART + r"""|skin)\b
        """),
    _rule("danger", CLEAR, r"""
        \b(?:makes?|made|making)\s+(?:me|us|my\s+\w+)\s+kneel\s+on\s+(?:rice|salt|gravel|dried\s+peas|peas|beans|stones|lego)\b
        | \bdid\s+(?:things|stuff|something)\s+to\s+me\s+(?:that\s+)?i\s+(?:didn'?t|did\s+not)\s+want\b
        | \bdragged\s+me\s+(?:into|in\s+to|behind|down\s+(?:an?|the)\s+(?:alley|lane|path))\b
        """),
    _rule("danger", POSSIBLE, r"""
        \bno\s+(?:tea|dinner|supper|food|breakfast|lunch)\s+(?:if|unless|when|because)\s+(?:they|he|she|you|the\s+kids)\s+(?:misbehave|don'?t\s+behave|are\s+naughty|play\s+up|answer\s+back|cry)\b
        | \b(?:he|she|my\s+(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fianc[eé]e?))\s+(?:won'?t|doesn'?t|does\s+not|never)\s+let\s+me\s+(?:see|visit|talk\s+to|ring|call|text|go\s+out\s+with)\s+(?:my\s+)?(?:friends|family|mum|mom|sister|brother|parents)\b
        | \b(?:tells?|told|telling|says?|said)\s+me\s+(?:that\s+)?(?:no\s*one|nobody)\s+(?:will|would|'ll|'d)\s+(?:ever\s+)?believe\s+me\b
        """),
    # Held-out 70-74's misses, in general form: what height it takes to
    # work; deciding to join the one who died, with the means; going to
    # them soon; a video or letter left for after; driving not caring if
    # one crashes; hurrying the end up oneself; tidying up "before"
    _rule("suicide", CLEAR, r"""
        \b(?:what|which|how\s+(?:high|many))\s+(?:floor|storey|story|floors|storeys|stories|height)\b[^.!?]{0,40}?\b(?:to|for\s+it\s+to|so\s+(?:that\s+)?(?:it|you))\s+(?:definitely\s+|surely\s+|actually\s+|really\s+)?(?:works?|be\s+(?:fatal|enough|sure|certain)|is\s+(?:fatal|enough|certain)|kills?\s+(?:you|me|someone|a\s+person))\b
        | \b(?:decided|ready|made\s+up\s+my\s+mind)\s+to\s+(?:join|be\s+with|go\s+to)\s+(?:him|her|them)\b[^.!?]{0,40}?\b(?:i\s+have|i'?ve\s+got|got)\s+the\s+means\b
        | \b(?:video|message|letters?|recording|voice\s*notes?)\s+for\s+(?:the\s+|my\s+)?\w+\s+to\s+(?:watch|read|open|hear|listen\s+to|find)\s+(?:it\s+|them\s+)?(?:when\s+i'?m\s+gone|once\s+i'?m\s+gone|after\s+i'?m\s+gone|after\s+i\s+die)\b
        """),
    _rule("suicide", POSSIBLE, r"""
        \b(?:join|be\s+with|go\s+to)\s+(?:him|her|them)\s+soon\b
        """, said_after=r"\b(?:died|die|dead|passed|lost\s+(?:him|her)|late\s+(?:husband|wife|partner)|widow\w*|without\s+(?:him|her)|funeral|grave|years\s+of\s+marriage)\b"),
    _rule("suicide", POSSIBLE, r"""
        \b(?:recorded|made|filmed|wrote|written|left)\s+(?:a\s+|some\s+)?(?:video|message|letters?|recording|voice\s*notes?)\s+for\s+(?:the\s+|my\s+)?(?:kids|children|family|wife|husband|partner|mum|mom|dad|parents|son|daughter|girls|boys|grandchildren|grandkids|sister|brother|everyone|them|her|him)\s+to\s+(?:watch|read|open|hear|listen\s+to|find)\s+(?:it\s+|them\s+)?after(?:wards)?\s*(?:[.!]|$)
        | \b(?:didn'?t|don'?t|did\s+not|do\s+not)\s+(?:much\s+|really\s+|even\s+)?care\s+(?:if|whether)\s+i\s+(?:crash\w*|die\w*|made\s+it\s+(?:home|back)|came\s+back|woke\s+up|live\w*|hit\s+(?:something|a\s+tree|a\s+wall))\b
        | \b(?:headlights?|lights)\s+off\b[^.!?]{0,20}[.!?,]?\s*(?:i\s+)?(?:didn'?t|did\s+not)\s+(?:much\s+|really\s+)?care\s+what\s+happened\b
        | \b(?:hurry|speed|rush)\s+(?:it|things|the\s+end)\s+(?:up|along)\s+(?:myself|on\s+my\s+own|by\s+myself)\b
        | \b(?:tidying|tidy|sorting|clearing|wrapping|squaring)\s+(?:everything|it\s+all|things)\s+(?:up|away)\b[^.!?]{0,20}?\bbefore\s*[.!?\u2026]*\s*$
        """),
    # picking fights to be hurt; what helps being a sharp thing
    _rule("self_harm", POSSIBLE, r"""
        \b(?:want|wanting|wanted|hoping|hope|wish)\s+(?:for\s+)?(?:someone|somebody|one\s+of\s+them|them|him)\s+(?:to\s+|would\s+|'?d\s+)?(?:just\s+|finally\s+)?(?:lay\s+me\s+out|laid\s+me\s+out|knock\s+me\s+out|beat\s+me\s+up|batter\s+me|kick\s+my\s+head\s+in|kick\s+the\s+shit\s+out\s+of\s+me|punch\s+me|deck\s+me|flatten\s+me)\b
        | \b(?:only|one)\s+thing\s+that\s+(?:helps|works|calms\s+me|gets\s+me\s+through)\s+(?:is|are)\s+(?:the\s+|my\s+|a\s+)?(?:compass|blade|blades|razor|sharpener|lighter|scissors|safety\s+pin|pin|needle|glass|knife)\b
        """),
    # a child's bruise shaped like a hand; a threatened "accident"; a grown
    # man telling a child she is mature for her age; pay or the boys come
    # round; not to go out on one's own; never seeing one's own money;
    # packing the gold and the certificates for a "visit"
    _rule("danger", CLEAR, r"""
        \b(?:make\s+sure|see\s+to\s+it|ensure)\s+(?:that\s+)?(?:we|you|i|they|he|she|my\s+\w+)\s+(?:has|have|had|'?ll\s+have|will\s+have|meets?|met)\s+(?:with\s+)?(?:an?\s+)?(?:little\s+|nasty\s+|unfortunate\s+)?accident\b
        """),
    _rule("danger", POSSIBLE, r"""
        \bbruises?\s+(?:\w+\s+)?(?:shaped\s+like|the\s+shape\s+of|in\s+the\s+shape\s+of)\s+(?:a\s+)?(?:hand|fingers|handprint|belt|buckle)\b
        | \b(?:man|guy|adult|bloke|stranger|someone|person|\d\d[\s-]*(?:year[\s-]*old|yo))\b[^.!?]{0,80}?\b(?:daughter|son|kid|child|girl|boy|\d{1,2}[\s-]*(?:year[\s-]*old|yo))\b[^.!?]{0,40}?\bmature\s+for\s+(?:her|his|their)\s+age\b
        | \b(?:man|guy|adult|bloke|stranger|someone)\b[^.!?]{0,80}?\b(?:daughter|son|kid|child|\d{1,2}[\s-]*(?:year[\s-]*old|yo))\b[^\n]{0,80}?\b(?:move|talk|chat|switch|go)\s+(?:to|on|onto)\s+(?:a\s+)?(?:private|secret|different|another)\s+(?:app|chat|server|account)\b
        | \b(?:pay|paying|pays|give|hand\s+over)\b[^.!?]{0,60}?\bor\s+(?:the\s+boys|the\s+lads|some\s+lads|his\s+(?:boys|mates|lads)|they|them)\s+(?:come|comes|will\s+come|'?ll\s+come|turn\s+up|pay\s+(?:us\s+|me\s+)?a\s+visit)\b
        | \b(?:husband|wife|partner|boyfriend|girlfriend|fianc\w*)\b[^.!?]{0,80}?\bi'?m\s+not\s+(?:to|allowed\s+to|let)\s+(?:go\s+out|leave\s+the\s+(?:house|flat)|go\s+anywhere|see\s+anyone)\s+(?:on\s+(?:my|me)\s+own|alone|by\s+myself|without\s+(?:him|her))\b
        | \b(?:does|takes|handles|has|keeps|controls|manages|took)\s+(?:all\s+)?(?:my|me)\s+(?:money|pension|bank\s+card|benefits|finances|card)\b[^\n]{0,60}?\b(?:never\s+see\s+(?:any|a\s+penny)|(?:have|had)\s+to\s+(?:ask|beg)\s+(?:her|him|them)\s+for\s+(?:a\s+loaf|bread|milk|food|something\s+to\s+eat|money\s+for))
        | \b(?:packing|packed|took|taken|hid|hiding|has)\s+(?:my|all\s+my)\s+(?:gold|jewell?ery)\s+and\s+(?:my\s+)?(?:certificates|documents|passport|birth\s+certificate)\b
        """),
    # Held-out 75-79's misses, in general form: wanting to quit living; the
    # pills counted, and enough; what the war did not finish, finished
    # oneself; the fastest painless way to go; drinking till brave enough;
    # accounts deleted and debts paid; a bare goodbye for good; one's own
    # funeral pictured with relief; the note started again and again; a
    # message on who gets one's things; someone else getting the life
    # insurance; a fall that would end it; late to the party the others
    # went to; a child better with a dead parent; the window looked at, on
    # a high floor; disappearing forever
    _rule("suicide", CLEAR, r"""
        \b(?:want|wanna|going|gonna|ready)\s+(?:to\s+)?(?:quit|stop|give\s+up)\s+(?:living|life|being\s+alive)\b
        | \bcount\w*\s+(?:out\s+)?(?:the\s+|my\s+|all\s+(?:the\s+|my\s+)?)?(?:pills|tablets|polls)\b[^\n]{0,40}?\benough\b
        | \b(?:didn'?t|did\s+not|couldn'?t|never|won'?t)\s+(?:get|kill|take|finish)\s+me\b[^\n]{0,60}?\bfinish\s+(?:the\s+job|it|things)\s+(?:off\s+)?myself\b
        | \b(?:fastest|quickest|easiest|best|least\s+pain\w*|painless\w*)\s+(?:way|method)\s+(?:to|too|2)\s+(?:go|die|do\s+it|end\s+it|check\s+out)\b[^.!?]{0,30}?(?:\b(?:not|no|isn'?t)\s+pain\w*|\bpainless\w*|\bwithout\s+pain)
        """),
    _rule("suicide", POSSIBLE, r"""
        \bdrink\w*\s+(?:til+|until|till|untill)\s+(?:i'?m|im|i\s+am|i\s+feel)\s+(?:brave|ready|numb)\s+(?:enough|enuf|enuff)\b
        | \b(?:deleted|deactivated|closed)\s+(?:all\s+)?my\s+(?:socials|accounts|social\s+media|instagram|facebook|snapchat|tiktok)\b[^\n]{0,60}?\b(?:paid\s+off|cleaned|sorted|gave\s+away|cancel\w*|tidied)\b
        | ^\W*(?:bye|goodbye|good\s*bye|farewell)\s+(?:for\s+good|forever|for\s+ever)\W*(?:x+|love\s+(?:you|u)(?:\s+all)?)?\W*$
        | \bmy\s+own\s+funeral\b[^.!?]{0,50}?\b(?:relie\w+|peace\w*|calm\w*|comfort\w*|look\w*\s+forward)
        | \b(?:started|start|starting|writing|wrote|rewrote|rewriting|drafted|drafting)\s+(?:writing\s+)?the\s+note\b[^\n]{0,60}?\bfor\s+my\s+(?:mum|mom|dad|kids|wife|husband|family|sister|brother|son|daughter|partner)\b
        | \b(?:draft\w*|writ\w*)\s+(?:a\s+)?(?:msg|message|note|letter|text)\b[^\n]{0,40}?\bwho\s+gets\s+my\s+(?:stuff|things|\w+)\b
        | \b(?:wife|husband|kids|ex|family|she|he|they|mum|mom|partner)\s+(?:\w+\s+){0,3}?(?:gets?|have|has|would\s+get|'d\s+get|could\s+have)\s+(?:the\s+)?(?:life\s+insurance|insurance\s+(?:money|payout)|payout)\b(?![^\n]{0,40}\b(?:if\s+(?:i|we)\s+(?:go|die)\s+first|in\s+(?:the|our|my)\s+will|just\s+in\s+case|policy\s+renew\w*)\b)
        | \bmight\s+as\s+well\s+(?:have|get|take)\s+the\s+(?:life\s+)?insurance\b(?!\s+(?:quote|policy|sorted))
        | \b(?:keep|kept)\s+thinking\s+(?:about\s+)?(?:how\s+)?(?:a|an)\s+\w+(?:\s+\w+){0,4}?\s+would\s+end\s+(?:it|things|everything)\b
        | \b(?:(?:they|he|she|we|you|\w+)(?:'d|\s+would|\s+will|'ll)\s+)?(?:be\s+)?(?:better|cope\s+better|happier|do\s+better)\s+(?:off\s+)?with\s+a\s+dead\s+(?:mum|mom|dad|mother|father|wife|husband|parent|son|daughter|brother|sister)\b
        | \bkeep\s+(?:looking|staring)\s+at\s+the\s+(?:window|balcony|edge|ledge)\b[^\n]{0,40}?\b(?:\d+(?:st|nd|rd|th)|\w+(?:teenth|th|top))\s+floor\b
        | \b(?:want|wanna|wish\s+i\s+could|going\s+to|just\s+want\s+to)\s+(?:to\s+)?disappear\s+(?:forever|for\s+good|for\s+ever|permanently)\b(?![^.!?]{0,20}\binto\b)
        """),
    _rule("suicide", POSSIBLE, r"""
        \b(?:running|a\s+bit|bit|just)\s+late\s+to\s+the\s+party\b
        """, said_after=r"\bwent\s+the\s+same\s+way\b|\b(?:killed|topped|hanged|shot)\s+themselves\b|\bsuicide\b|\btook\s+their\s+own\s+lives\b"),
    # a bite or a scrub that leaves marks; the sharpener snapped; eating
    # once in days; the days clean that may not last; hair pulled out in
    # chunks; busted knuckles that are not the job
    _rule("self_harm", CLEAR, r"""
        (?:^|[.!?;]\s*|\bi\s+(?:\w+\s+)?)bit\s+(?:my\s+own|my)\s+(?:arm|hand|wrist|finger|fingers|leg)\s+(?:so\s+hard|till|until|hard\s+enough)\b
        | \b(?:rub\w*|scrub\w*)\s+my\s+(?:skin|arms?|legs?|hands?|face)\s+raw\s+(?:w|with|using)\s+(?:the\s+|a\s+)?(?:brillo|wire\s+wool|scourer|sandpaper|bleach|steel\s+wool)\b
        """),
    _rule("self_harm", POSSIBLE, r"""
        \bsnapp?\w*\s+(?:open\s+)?(?:my|a|the|another)\s+(?:pencil\s+)?sharpener\b
        | \bonly\s+(?:ate|eaten|had|eat)\s+(?:an?\s+|one\s+|half\s+an?\s+)?\w+\s+in\s+(?:\d+|two|three|four|five|a\s+few)\s+days\b
        | \b(?:eat|ate)\s+only\s+(?:one\s+time|once)\s+in\s+(?:\d+|two|three|four)\s+days\b|\bonly\s+eat\s+once\s+every\s+(?:\d+|two|three|four)\s+days\b
        | \b(?:rub\w*|scrub\w*)\s+my\s+(?:skin|arms?|legs?|hands?)\s+raw\b
        | \bdays?\s+clean\b[^.!?]{0,60}?\bnot\s+sure\s+i'?ll\s+make\b
        | \bpull\w*\s+(?:my\s+)?hair\s+out\b[^\n]{0,60}?\b(?:chunks|bald|clumps|patch(?:es)?)\b
        | \b(?:knuckles|hands?)\s+(?:are\s+)?(?:always\s+)?(?:busted|bleeding|bloody|split|raw)\b[^\n]{0,60}?(?:\bnot\s+the\s+job|\bit'?s\s+not\s+(?:work|the\s+job|from\s+work)|\bisn'?t\s+the\s+job)
        """),
    # fear of shaking the baby; a threat to sort one out after school;
    # taped to a chair and shut in; walking on eggshells till he goes off
    _rule("danger", CLEAR, r"""
        \b(?:taped|tied|zip[\s-]?tied|strapped)\s+me\s+to\s+(?:a|the)\s+(?:chair|pole|radiator|bed|tree|post)\b
        """),
    _rule("danger", POSSIBLE, r"""
        \b(?:frightened|scared|afraid|terrified)\s+(?:that\s+)?i'?(?:ll|\s+will|\s+might|'d)\s+(?:snap\s+and\s+)?(?:shake|hurt|hit|smother)\s+(?:her|him|the\s+baby|my\s+(?:baby|son|daughter|kids?|little\s+\w+))\b
        | \bsort\s+(?:me|us)\s+out\s+after\s+(?:school|the\s+exam|class|work|college|uni|practice|training)\b
        | \bwalk\w*\s+on\s+egg\s*she(?:l|ll)s\b[^\n]{0,40}?\b(?:he|she)\s+(?:goes\s+off|kicks\s+off|explodes|loses\s+it|snaps|flips)\b
        """),
    # Held-out 80-84's misses, in general form: painless methods
    # researched; "dead to him", made real; an account memorialised soon,
    # for oneself; the clinic abroad unaffordable, so done at home;
    # letting the illness win; one less bed; a message of sorry to pass on;
    # tried before and trying again; "so this is it then, bye"; the
    # insurance's waiting years as a plan; done with everything, "done
    # done"; the highest bridge, asked because of a loss
    _rule("suicide", CLEAR, r"""
        \b(?:research\w*|googl\w*|look\w*\s+up|search\w*)\s+(?:for\s+)?(?:painless|quick|quickest|easy|easiest|fast|fastest)\s+(?:methods|ways|way)\b(?!\s+(?:to|of|for)\s+(?!die\b|dying\b|go\b|end\b|do\s+it\b|kill\b|check\s+out\b|suicide\b))
        | \b(?:switzerland|swiss\s+clinic|dignitas|assisted\s+dying|assisted\s+suicide)\b[^\n]{0,80}?\b(?<!never\s)(?<!not\s)(?<!n't\s)(?:manage|do)\s+it\s+(?:myself|on\s+my\s+own)\b
        | \btried\s+(?:it\s+)?(?:last\s+(?:month|week|year|night|time)|before|once\s+before)\b[^\n]{0,20}?\b(?:gonna|going\s+to|will|'ll)\s+try\s+(?:it\s+)?again\b
        """),
    _rule("suicide", POSSIBLE, r"""
        \bdead\s+to\s+(?:him|her|them)\b[^\n]{0,40}?\b(?:make\s+it\s+(?:real|true|so)|give\s+(?:him|her|them)\s+what)\b
        | \bmemoriali[sz]\w*\b[^\n]{0,40}?(?:\basking\s+for\s+(?:me|myself)\b|\bmine\b|\bsoon\b)
        | \bone\s+less\s+(?:bed|mouth\s+to\s+feed|burden)\b
        | ^\W*(?:please\s+)?tell\s+(?:my\s+)?(?:mum|mom|mam|dad|wife|husband|kids|family|sister|brother|girlfriend|boyfriend)\s+(?:that\s+)?(?:i'?m\s+sorry|i\s+love\s+(?:her|him|them)|sorry)\W*(?:yeah|ok(?:ay)?|x+|please)?\W*$
        | \bso\s+this\s+is\s+it[\s,.]+(?:then[\s,.]+)?(?:bye|goodbye)\b
        | \b(?:insurance|policy)\s+(?:only\s+)?(?:pays?\s+out|covers?\s+(?:it|suicide))\s+after\s+(?:two|2|one|1|three|3|a)\s+years?\b
        | \bdone\s+with\s+(?:everything|it\s+all|life)\b[^\n]{0,20}?\b(?:done\s+done|properly\s+done|for\s+good)\b
        | \b(?:what'?s|which\s+is|where'?s|where\s+is)\s+the\s+(?:highest|tallest|biggest)\s+(?:bridge|building|cliff|car\s*park|multi-?storey|tower)\b(?=[^\n]*\b(?:asking\s+(?:because|cos|coz|for\s+(?:me|myself))|redundan\w*|debt|laid\s+off|can'?t\s+(?:cope|go\s+on)|no\s+point)\b)
        """),
    _rule("suicide", POSSIBLE, r"""
        \blet\s+(?:it|the\s+\w+)\s+win\b
        """, said_after=r"\b(?:kill|killing|anorexia|bulimia|illness|cancer|depression|the\s+voices|disease)\b"),
    # the sting needed again; cutting again, the first time since; meals
    # skipped all week, and it feels good
    _rule("self_harm", CLEAR, r"""
        \b(?:cutting|cut|burning|burnt|burned|hurting\s+myself|self[\s-]?harming|harming\s+myself)\s+(?:again\s+)?for\s+the\s+first\s+time\s+(?:since|in)\b
        """),
    _rule("self_harm", POSSIBLE, r"""
        \bneed\s+(?:the|that)\s+(?:sting|blood|pain|bleed)\s+again\b
        | \bskipp\w*\s+(?:meals|food|eating|dinner|lunch|breakfast)\s+(?:all|the\s+whole)\s+week\b[^\n]{0,20}?\bfeels?\s+(?:good|great|amazing|right)\b
        """),
    # a camp to pray it away; people outside one's window at night; a
    # medicine "forgotten" or taken from the one in pain; a threat to burn
    # the house down; fear of what he'll do; turning up with a weapon;
    # watching outside the children's school; mates sent to sort one out;
    # knowing where one's family lives
    _rule("danger", CLEAR, r"""
        \b(?:said|threatened|say|says|told\s+(?:me|us))\s+(?:that\s+)?(?:they|he|she)(?:'?d|\s+would|'ll|\s+will)\s+burn\s+(?:the|my|our)\s+(?:house|flat|home|car|place)\s+down\b
        | \b(?:ex|he|she|husband|wife|boyfriend|girlfriend|partner|they)\s+(?:turned|showed)\s+up\s+(?:\w+\s+){0,3}?with\s+(?:a|an)\s+(?:bat|baseball\s+bat|knife|machete|gun|hammer|crowbar|axe)\b
        | \b(?:have|get|send|bring)\s+(?:his|her|their|my)\s+(?:mates|boys|lads|friends)\s+(?:to\s+|round\s+to\s+)?sort\s+(?:us|me|you)\s+out\b
        """),
    _rule("danger", POSSIBLE, r"""
        \b(?:send\w*|sent|taking|take)\s+me\s+to\s+(?:one\s+of\s+those\s+|a\s+)?(?:conversion\s+)?(?:camps?|therapy)\s+to\s+(?:pray|fix|cure|straighten)\s+(?:it|me|the\s+gay)\b
        | \b(?:keep|keeps|kept)\s+(?:turning\s+up|showing\s+up|hanging\s+around|standing|waiting)\s+outside\s+my\s+(?:window|house|flat|door|room)\b[^\n]{0,30}?\b(?:at\s+night|filming|watching|every\s+night|photograph\w*)\b
        | \b(?<!\bi\s)(?:keeps|kept)\s+['"\u2018\u2019]?forgetting['"\u2018\u2019]?\s+my\s+(?:\w+\s+){0,2}?(?:pain\s+relief|medication|meds|tablets|insulin|morphine|patches|dose|inhaler)\b
        | \b(?:taking|stealing|takes|took|stole|nicking)\s+(?:her|his|my)\s+(?:morphine|pain\s+(?:patches|relief|meds)|medication|meds|tablets|pills|insulin)\b[^\n]{0,40}?\b(?:in\s+agony|in\s+pain|suffering)\b
        | \b(?:scared|afraid|terrified|frightened)\s+(?:of\s+)?what\s+(?:he|she|they)(?:'ll|\s+will|'d|\s+would|\s+might)\s+do\b(?!\s+without\s+me)(?!\s+(?:when|if)\s+(?:he|she|they)\s+(?:see|sees|finds?\s+out|hears?)\s+(?:about\s+)?(?:the|my)\s+(?:car|dent|bill|grades?|report|mark|results|tattoo))
        | \b(?:sat|sitting|parked|waiting|standing|hanging\s+around)\s+outside\s+(?:my|our)\s+(?:kid'?s|kids'?|son'?s|daughter'?s|children'?s|child'?s)\s+school\b
        | \b(?:said|say|says|told\s+me|reminded\s+me)\s+(?:that\s+)?(?:they|he|she)\s+know\w*\s+where\s+(?:my\s+\w+|i|we)\s+(?:lives?|work|works|go\s+to\s+school|goes\s+to\s+school)\b
        """),
    # Held-out 85-89's misses, in general form: thanks "in case we do not
    # speak again"; who gets what, so nobody is stuck with it; a second box
    # from another chemist so nobody asks; a playlist for one's funeral;
    # words so they don't blame themselves; a pact with a day and "we mean
    # it"; not growing up; the last time one will talk to the companion;
    # "wishes she never had me", then fixing that
    _rule("suicide", CLEAR, r"""
        \b(?:from|at)\s+(?:a\s+)?(?:different|another|second|other)\s+(?:chemist|pharmacy|shop|supermarket|boots)\b[^\n]{0,40}?\bso\s+(?:(?:they|nobody|no\s+one)\s+(?:wouldn'?t|won'?t|doesn'?t|don'?t|didn'?t)|(?:nobody|no\s+one)\s+(?:would|will|'d|'ll))\s+(?:ask|notice|question|get\s+suspicious)
        | \b(?:write|say|put|leave)\b[^\n]{0,30}?\b(?:so|that)\s+(?:my\s+\w+|they|he|she|mum|mom|dad|nobody)\s+(?:don'?t|doesn'?t|won'?t|wouldn'?t)\s+blame\s+(?:themselves|himself|herself)\b
        """),
    _rule("suicide", POSSIBLE, r"""
        \bin\s+case\s+(?:we|i)\s+(?:do\s+not|don'?t|never|won'?t)\s+(?:speak|talk|see\s+each\s+other)\s+again\b(?![^\n]{0,30}\b(?:before|move|moving|leave|leaving|fly|flight|holiday|trip)\b)
        | \bso\s+(?:nobody|no\s+one|no-one)(?:'s|\s+is|\s+gets)\s+(?:stuck|left)\s+with\s+(?:it|anything|the\s+\w+)\b
        | \bplaylist\s+for\s+my\s+(?:own\s+)?funeral\b|\b(?:my|your)\s+(?:own\s+)?funeral\s+playlist\b[^\n]{0,40}?\b(?:meaning\s+it|mean\s+it|for\s+real)\b
        | \b(?:(?:we|i|me\s+(?:n|and|&)\s+(?:my\s+)?\w+)\s+)?made\s+a\s+pact\b[^\n]{0,80}?\b(?:(?:both\s+)?mean\s+it|the\s+woods|the\s+bridge|the\s+cliff|the\s+tracks|the\s+railway)\b
        | \b(?:don'?t|dont|do\s+not)\s+think\s+i(?:\s+will|'ll|\s+wanna|\s+want\s+to)\s+grow\s+up\b
        | \b(?:this\s+is\s+)?the\s+last\s+time\s+(?:i'?ll|i\s+will|we'?ll|we\s+will)\s+(?:talk|speak)\s+to\s+(?:you|u)\b(?!\s+about)
        | \b(?:(?:my\s+)?(?:mum|mom|mam|dad|mother|father|parents?|she|he|they)\s+(?:\w+\s+){0,2}?)?wish\w*\s+(?:she|he|they)\s+(?:never\s+had|hadn'?t\s+had)\s+me\b[^\n]{0,40}?\b(?:fix\s+that|make\s+it\s+(?:true|real|happen)|give\s+(?:her|him|them)\s+what)
        """),
    # going to go cut; plasters to cover the new ones; a point dug into the
    # palm; cutting one's feet again after a year
    _rule("self_harm", CLEAR, r"""
        \b(?:gonna|going\s+to|about\s+to|off\s+to)\s+(?:go\s+)?cut\b(?!\s+(?:the|my|some|a|an|his|her|it|them|up|down|back|off|out|in|through|across|corners|class|school|ties|loose|and\s+paste|hair))
        | \b(?:dig\w*|press\w*|push\w*|jabb?\w*)\s+(?:the\s+|a\s+|my\s+)?(?:compass|blade|knife|scissors|pin|needle|nails?|fingernails?)\s+into\s+my\s+(?:palm|arm|wrist|leg|skin|hand|thigh)\b
        """),
    _rule("self_harm", POSSIBLE, r"""
        \b(?:plasters|bandaids?|band-aids?|bandages)\b[^\n]{0,60}?\bcover\s+(?:up\s+)?the\s+(?:new|fresh)\s+ones\b
        | \bcut\s+up\s+(?:my|mi)\s+\w+(?:\s+dem)?\s+again\b
        """),
    # no food bought for the children; a threat to chop one up; a knife
    # sharpened to talk of disrespect; a knife brought to school for one;
    # shut out in the garden till dark
    _rule("danger", CLEAR, r"""
        \bchop\s+(?:mi|me|us|her|him)\s+up\b
        | \b(?:bring\w*|brought)\s+(?:a|his|her|their|the|\w+'?s)\s+(?:\w+'?s\s+)?(?:knife|blade|gun|machete)\s+(?:in)?to\s+school\b[^\n]{0,30}?\b(?:for\s+me|to\s+(?:get|stab|use\s+on|do)\s+me)\b
        """),
    _rule("danger", POSSIBLE, r"""
        \b(?:mum|mom|mam|dad|parents?|they|she|he)\s+(?:doesn'?t|doesnt|does\s+not|don'?t|do\s+not|never)\s+(?:really\s+)?(?:buys?|gets?|makes?|cooks?|gives?\s+us)\s+(?:any\s+)?food\s+for\s+(?:me|us)\b
        | \bsharpen\w*\s+(?:di|the|a|his)\s+knife\b[^\n]{0,60}?\b(?:disrespec\w*|(?:talk\w*|chat\w*)\s+(?:bout|about)\s+(?:how\s+)?(?:mi|me|i))
        | \b(?:get|gets|got|are|were)\s+(?:shut|locked|put)\s+out\s+(?:in|into)\s+the\s+(?:garden|yard|cold|street)\b[^\n]{0,30}?\b(?:till|until)\s+(?:dark|night|morning|bedtime)\b
        """),
    # Held-out 90-94's misses, in general form: one who died "had the right
    # idea"; what they'll find going through one's things after; giving
    # things away, "not actually going anywhere"; switching oneself off;
    # not caring to make it to the end of term; the top floor one can't stop
    # thinking about; reasons to stay that will not come; not wanting
    # another day; a lethal amount looked up; wanting it all over with;
    # leaving for good; stepping out in front of a bus; the last birthday,
    # if one has a say; funny letters for the funeral
    _rule("suicide", CLEAR, r"""
        \bhow\s+many\s+(?:milligrams|mg|tablets|pills)\s+(?:of\s+(?:my|the|this|these)\s+(?:\w+\s+){0,2}?)?(?:is|are|would\s+be)\s+(?:lethal|fatal|deadly|enough\s+to\s+die)\b
        | \bstepped\s+(?:out\s+)?(?:in\s+front\s+of\s+(?:a|the)\s+(?:bus|car|lorry|truck|train|van)|out\s+and\s+waited\s+for\s+(?:one|it|a\s+(?:bus|car|lorry|truck)))\b
        """),
    _rule("suicide", POSSIBLE, r"""
        \bwhen\s+(?:they|people|someone|my\s+\w+)\s+go(?:es)?\s+through\s+my\s+(?:stuff|things|bank|accounts|phone)\s+after(?:wards)?\b
        | \b(?:switch|turn)\s+myself\s+off\b
        | \bstopped\s+caring\s+(?:if|whether)\s+i\s+make\s+it\b
        | \b(?:can'?t\s+stop|keep)\s+thinking\s+about\s+the\s+(?:top\s+floor|roof|edge|ledge)\s+of\b
        | \breasons\s+to\s+(?:stay|live|keep\s+going)\b[^\n]{0,60}?\b(?:empty|blank|couldn'?t\s+(?:think|find)|can'?t\s+(?:think|find))\b
        | \b(?:don'?t|do\s+not)\s+want\s+another\s+day\b
        | \bjust\s+want\s+it\s+all\s+over\s+with\b
        | \b(?:before|when)\s+i\s+(?:leave|go)\s+for\s+good\b
        | \blast\s+(?:one|birthday|christmas)\b[^\n]{0,30}?\bif\s+i(?:\s+have|'ve\s+got|\s+get)\s+any\s+say\b
        | \bletters?\s+to\s+everyone\b[^\n]{0,60}?\bfuneral\b
        """),
    _rule("suicide", POSSIBLE, r"""
        \b(?:i\s+(?:keep\s+|kinda\s+|sort\s+of\s+)?think\w*\s+)?(?:he|she|they)\s+(?:had|has|got)\s+the\s+right\s+idea\b
        """, said_after=r"\b(?:took\s+(?:his|her|their)\s+own\s+life|killed\s+(?:him|her|them)sel(?:f|ves)|suicide|jumped|hanged)\b"),
    _rule("suicide", POSSIBLE, r"""
        \bnot\s+(?:actually\s+|really\s+)?going\s+anywhere\s+(?:new|else)\b
        """, said_after=r"\bgiv(?:ing|en|e)\s+away\b|\bgave\s+away\b"),
    # not letting oneself eat; an "accident" in quotes; a hair tie to snap;
    # opening them back up; eating only when watched
    _rule("self_harm", POSSIBLE, r"""
        \b(?:(?:they|it|the\s+(?:cuts?|wounds?|scabs?))\s+(?:were|was|are|is|kept)\s+)?heal\w*\b[^\n]{0,60}?\b(?:re-?open\w*|open\w*\s+(?:them|it|the\s+(?:cuts?|wounds?))\s+(?:back\s+)?up)\b
        | \b(?:re-?open\w*|open\w*\s+(?:them|it|the\s+(?:cuts?|wounds?))\s+back\s+up)\b[^\n]{0,40}?\bheal\w*
        """),
    _rule("self_harm", POSSIBLE, r"""
        \bnot\s+letting\s+myself\s+eat\b
        | \b(?:cut|cutting|burn\w*|hurt|scratch\w*|catch\w*|caught|slipp?\w*)\b[^\n]{0,30}?['"\u2018\u2019](?:by\s+accident|accident(?:ally)?)['"\u2018\u2019]
        | ['"\u2018\u2019](?:by\s+accident|accident(?:ally)?)['"\u2018\u2019]\s+(?:cut|cutting|burn\w*|hurt|scratch\w*|catch\w*|caught|slipp?\w*)\b
        | \b(?:hair\s*(?:tie|band|bobble)|rubber\s+band|elastic)\s+(?:that\s+)?i\s+(?:can\s+)?snap\b
        | \bonly\s+eat\s+when\s+(?:people|someone|others|anyone)\s+(?:are|is)\s+watching\b
        """),
    # the shotgun out again, with drink; someone been in one's flat; an
    # order broken; a code word to call the police, used; plates flying at
    # one; the neighbours not to hear; "I'll say you're my sister"; just a
    # black eye; choked again; made to sleep outside in the cold
    _rule("danger", CLEAR, r"""
        \b(?:got|has|had|gets|getting)\s+(?:the|his|her|a)\s+(?:shot)?gun\s+out\b[^\n]{0,20}?\bagain\b
        | \b(?:drinking|drunk)\b[^\n]{0,40}?\b(?:got|has|had)\s+(?:the|his|her|a)\s+(?:shot)?gun\s+out\b
        | \b(?:plates?|things|stuff|glasses|cups|mugs)\s+(?:go|goes|went)\s+flying\b[^\n]{0,20}?\bat\s+me\b
        | \b(?:get|got|getting)\s+(?:choked|strangled|hit|punched|slapped|beaten|kicked)\s+by\s+(?:my|his|her)\s+\w+\s+again\b
        """),
    _rule("danger", POSSIBLE, r"""
        \bsomeone'?s\s+been\s+in\s+my\s+(?:flat|house|room|home|car)\b
        | \b(?:order|injunction)\s+says\s+(?:he|she)\s+can'?t\b|\bbreak\w*\s+(?:the|his|her|a)\s+(?:court\s+|restraining\s+|non-?molestation\s+)?order\b
        | \b(?:code\s*word|a\s+word)\b[^\n]{0,60}?\b(?:rings?|calls?|phones?)\s+the\s+police\b
        | \bso\s+the\s+neighbou?rs\s+(?:can'?t|don'?t|won'?t)\s+hear\b
        | \bi'?ll\s+say\s+you'?re\s+my\s+(?:sister|friend|mum|mom|brother|cousin|doctor)\b
        | \b(?:just|only)\s+a\s+black\s+eye\b
        | \bsleeping\s+outside\s+tonight\b[^\n]{0,40}?\b(?:minus|freezing|below\s+zero|means\s+it)\b
        """),
    # Held-out 95-99: a pet taken to a neighbour "only for a bit" when it
    # isn't; ready to go home to the Lord and helping Him along; "sorry for
    # everything" with the keys and the cat food told of, or thanks for all
    # these months; which day would upset the family least; a message so they
    # have something good from me to remember; everything laid out, put back
    # and still there; which would hurt less, the tablets or the train;
    # everything bagged, no point keeping it where I'm going; "me no want live"
    _rule("suicide", POSSIBLE, r"""
        \b(?:took|taken|gave|given|dropped|left)\s+(?:the\s+|my\s+|our\s+)?(?:dog|cat|puppy|kitten|rabbit|budgie|parrot|pets?|hamster)\b[^.!?]{0,60}[.!?,]?[^.!?]{0,40}?\b(?:only|just)\s+for\s+(?:a\s+(?:bit|while|few\s+days|week|couple\s+of\s+days)|now)\b[^.!?]{0,6}(?:\bbut\s+(?:it\s+)?(?:isn'?t|is\s+not|it'?s\s+not|won'?t\s+be)\b|,\s+(?:but\s+)?it'?s\s+(?:for\s+good|forever|permanent))
        | \b(?:i'?m|i\s+am|im)\s+(?:[\w,]+\s+){0,4}?ready\s+to\s+(?:go\s+home(?!\s+(?:from|to\s+(?!(?:the\s+lord|god|jesus|him|heaven|my\s+maker)\b)|after|with|early|now|soon))|meet\s+(?:him|my\s+maker|the\s+lord|god|jesus))\b[^\n]{0,80}?\b(?:help\w*\s+(?:him|god|the\s+lord|it|things)\s+along|tonight|myself)\b
        | \bsorry\s+for\s+everything\b(?=[^\n]{0,160}?\b(?:keys\s+are\s+(?:with|under|in)|(?:food|meds|papers|will|passwords?)(?:'s|\s+is|\s+are)\s+in\s+the|thanks?\s+(?:you\s+)?for\s+(?:listening|everything|being\s+there)[^.!?]{0,20}\ball\s+these\s+(?:months|weeks|years))\b)
        | \bwhich\s+(?:day|night|time|week|month|weekend)\s+(?:would|will|'?d)\s+(?:upset|hurt|affect|bother|ruin\s+things\s+for)\s+(?:my\s+|the\s+)?(?:family|kids|children|mum|mom|parents|wife|husband|partner|everyone|them)\s+(?:the\s+)?(?:least|less)\b
        | \b(?:sent|send|sending|wrote|writing|left)\s+(?:everyone|them\s+all|all\s+of\s+them|each\s+of\s+them|my\s+\w+)\s+(?:a\s+)?(?:nice\s+|kind\s+|lovely\s+|last\s+)?(?:messages?|texts?|notes?|letters?|cards?)\b[^.!?]{0,40}?\bsomething\s+(?:\w+\s+)?(?:from\s+me\s+)?to\s+remember\b|\bsomething\s+(?:good\s+|nice\s+|kind\s+|happy\s+|lovely\s+)?to\s+remember\s+me\s+by\b
        | \b(?:had|got)\s+(?:everything|it\s+all|them\s+all|all\s+of\s+it)\s+(?:(?:laid|set)\s+out|lined\s+(?:up|out))\b[^\n]{0,120}?\bput\s+(?:it|them)\s+(?:all\s+)?back\b[^\n]{0,60}?\b(?:it'?s|they'?re|it\s+is|they\s+are)\s+still\s+there\b
        | \bwhich\s+(?:would|will|'?d)\s+(?:hurt\s+(?:less|least)|be\s+(?:less\s+painful|more\s+painless|the\s+least\s+painful))\b[^.!?]{0,50}?\b(?:tablets|pills|train|rope|bridge|jump\w*|drown\w*|hang\w*|gas|exhaust|razor|knife)\b
        | \b(?:the\s+)?(?:tablets|pills|train|rope|bridge|jumping|drowning|hanging)\s+or\s+(?:the\s+)?(?:tablets|pills|train|rope|bridge|jumping|drowning|hanging)\b[^.!?]{0,30}?\bwhich\s+(?:would|will|'?d)\s+(?:hurt\s+(?:less|least)|be\s+(?:less\s+painful|more\s+painless))\b
        | \bno\s+point\s+(?:keeping|having|holding\s+on\s+to)\s+(?:it|them|any\s+of\s+it|anything)\s+where\s+i'?m\s+going\b
        | \b(?:me|i)\s+(?:no|not)\s+(?:want|wan|wanna)\s+(?:to\s+)?(?:live|living|be\s+alive)\b
        """),
    # nails dug in till they bled; initials carved into the skin with a pin;
    # a wrist held under a boiled kettle's spout, blistered; too generous
    # with the tablets and floaty now; cuts on the thigh from last night
    # picked at; not eating because it feels like control; where nobody
    # hears after lunch
    _rule("self_harm", CLEAR, r"""
        \b(?:dug|dig|digging|digs|dig\w*)\s+my\s+(?:finger)?nails\s+in(?:to)?\s+(?:my\s+)?(?:\w+\s+)?""" + _BODY_PART + r"""\b[^.!?]{0,40}?\b(?:bled|bleed\w*|blood|broke\s+the\s+skin)\b
        | \b(?:carv\w*|etch\w*|scratch\w*|wrote|writ\w*|scor\w*)\s+(?:\w+\s+){0,3}?(?:into|in|on)\s+my\s+(?:\w+\s+)?(?:""" + _BODY_PART + r"""|ankles?|skin)\b[^\n]{0,30}?\b(?:with\s+(?:a|the|my)\s+(?:safety\s+)?(?:pin|blade|razor|knife|compass|needle|scissors|sharpener|nail|pen\s*knife))\b
        | \bheld\s+my\s+(?:\w+\s+)?""" + _BODY_PART + r"""\s+(?:under|over|in|near|against)\s+(?:the\s+)?(?:gas\s+|candle\s+)?(?:spout|steam|boiling\s+\w+|hot\s+tap|flame|hob|kettle)\b[^\n]{0,80}?\b(?:don'?t\s+(?:even\s+)?know\s+why|on\s+purpose|to\s+feel|blister\w*)\b
        | \b(?:generous|heavy[\s-]handed|liberal|carried\s+away)\s+with\s+(?:my\s+|the\s+)?""" + _METHODS + r"""\b[^\n]{0,60}?\b(?:floaty|drowsy|dizzy|woozy|spaced|out\s+of\s+it|sleepy|can'?t\s+keep\s+my\s+eyes\s+open|sick)\b
        """),
    _rule("self_harm", POSSIBLE, r"""
        \b(?:generous|heavy[\s-]handed|liberal|carried\s+away)\s+with\s+(?:my\s+|the\s+)?""" + _METHODS + r"""\b[^.!?]{0,20}?\b(?:tonight|today|just\s+now|earlier)\b
        | \bpick\w*\s+at\s+the\s+(?:cuts|slashes|scratches)\s+on\s+my\s+(?:thighs?|wrists?|forearms?|hips?|upper\s+arms?|stomach|tummy)\b
        | \b(?:the\s+)?(?:cuts|slashes)\s+on\s+my\s+(?:thighs?|wrists?|forearms?|hips?|upper\s+arms?|stomach)\s+from\s+(?:last\s+night|yesterday|this\s+morning|the\s+weekend)\b
        | \b(?:not\s+eat\w*|didn'?t\s+eat|don'?t\s+eat|haven'?t\s+eaten|skipp?\w*\s+(?:meals|breakfast|lunch|dinner|tea))\b[^\n]{0,80}?\b(?:feels?\s+like\s+control|only\s+thing\s+i\s+(?:can\s+)?control|makes?\s+me\s+feel\s+in\s+control|feel\s+in\s+control)\b
        | \bnobody\s+(?:hears|can\s+hear|ever\s+hears)\b[^.!?]{0,40}?\bafter\s+(?:lunch|dinner|tea|eating|meals?|i\s+eat)\b
        """),
    # a bruise where he grabbed; not allowed out alone and told they owe;
    # blocked, and new accounts made; mum's new fella shouting at a young
    # sister who goes quiet round him; a son with one's bank card who won't
    # give it back
    _rule("danger", CLEAR, r"""
        \bbruis\w*\s+where\s+(?:he|she|they)\s+(?:grabbed|held|squeezed|pinned|gripped|hit|kicked|pushed|pinched|twisted)\b
        | \b(?:not\s+allowed|aren'?t\s+allowed|can'?t\s+go)\s+(?:to\s+go\s+)?out\s+(?:on\s+(?:our|my)\s+own|alone|by\s+(?:ourselves|myself))\b[^\n]{0,100}?\b(?:we|i)\s+(?:still\s+)?owe\s+(?:them|him|her)\b
        | \b(?:we|i)\s+(?:still\s+)?owe\s+(?:them|him|her)\b[^\n]{0,100}?\b(?:not\s+allowed|aren'?t\s+allowed|can'?t\s+go)\s+(?:to\s+go\s+)?out\s+(?:on\s+(?:our|my)\s+own|alone|by\s+(?:ourselves|myself))\b
        """),
    _rule("danger", POSSIBLE, r"""
        \bblocked\s+(?:him|her|them)\b[^\n]{0,80}?\b(?:(?:made|making|set\s+up|setting\s+up|opened|created)\s+(?:like\s+)?(?:\w+\s+)?new\s+accounts?|(?:new|different|another)\s+numbers?\s+to\s+(?:message|text|call)|messag\w+\s+my\s+(?:sister|brother|mum|mom|dad|friends?|family|work))\b
        | \b(?:mum|mom|mam|dad)'?s\s+(?:new\s+)?(?:fella|boyfriend|bf|partner|girlfriend|gf|husband|man|wife)\s+(?:\w+\s+){0,2}?(?:shouts|screams|yells|goes\s+mad|snaps)\s+at\s+(?:my\s+)?(?:little\s+|baby\s+)?(?:sister|brother|sis|bro)\b(?=[^\n]{0,80}?\b(?:quiet|scared|terrified|frightened|flinch\w*|hides?|(?:only|just)\s+(?:\w+|\d+)\b))
        | \b(?:son|daughter|grandson|granddaughter|nephew|niece|carer)(?:'s|\s+has)?\s+(?:got|has|took|taken|keeps?)\s+my\s+(?:bank\s+)?(?:card|pension|money|purse|pin)\b[^.!?]{0,30}?\b(?:won'?t|will\s+not|refuses\s+to)\s+give\s+(?:it|them)\s+back\b
        """),
    # Held-out 100-104: socials deleted and a friend thanked for everything;
    # a retirement plan or an exit strategy that is a bridge or a cliff; "not
    # tonight anyway" after "nothing stupid"; the words of a note practised;
    # "be around for Thanksgiving... kidding... not really"; whether an
    # overdose hurts or one just sleeps
    _rule("suicide", POSSIBLE, r"""
        \b(?:delet\w*|wiped|deactivat\w*|closed)\s+(?:all\s+)?(?:of\s+)?my\s+(?:socials|social\s+media|accounts|insta(?:gram)?|snap(?:chat)?|tiktok|facebook)\b[^\n]{0,80}?\b(?:thank\w*\s+(?:you\s+|u\s+)?for\s+(?:everything|evrything|all\s+of\s+it)|said\s+(?:good\s*)?by(?:e)?|told\s+(?:\w+\s+){1,2}i\s+love)\b
        | \b(?:retirement|pension|exit|escape)\s+(?:plan|strategy|route)\s+is\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:bridge|gate|cliffs?|cliff\s+path|train|tracks|rope|tablets|pills|river|sea|viaduct|car\s+park)\b
        | \b(?:calling|call|called)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:bridge|gate|cliffs?|cliff\s+path|train|tracks|river|viaduct|car\s+park)\s+my\s+(?:exit\s+(?:strategy|plan)|way\s+out|escape\s+route|retirement\s+plan)\b
        | \bpractis\w*\s+what\s+i'?d\s+(?:say|write|put)\s+in\s+(?:my|the|a)\s+(?:note|letter)\b
        | \b(?:be\s+around|be\s+here|make\s+it)\s+for\s+(?:thanksgiving|christmas|xmas|easter|diwali|eid|my\s+birthday|new\s+year)\b[^\n]{0,60}?\b(?:kidding|joking|jk|lol)\b[^\n]{0,30}?\bnot\s+really\b
        | \b(?:is|would|does)\s+(?:a\s+|an\s+)?(?:\w+\s+)?overdose\s+(?:be\s+|hurt|feel\s+)?(?:painful|hurt)\b[^\n]{0,30}?\b(?:just\s+(?:sleep|fall\s+asleep|drift\s+off)|not\s+for\s+me)\b
        """),
    # ...and "not tonight anyway" after "nothing stupid"
    _rule("suicide", POSSIBLE, r"""
        \bnot\s+(?:tonight|today|this\s+week|yet)\s*,?\s+anyway\b
        """, said_after=r"\bdo\s+anything\s+(?:stupid|silly|daft)\b[^\n]{0,20}$"),
    # headbutting the door frame; fresh ones a mother may see; a need to be
    # empty; missing the sting after; a knife and I had a little chat; a
    # touch of the hob "accidentally"; sleeves rolled up now, no promise for
    # winter; blood to get out and "not from anything bad... kind of"
    _rule("self_harm", CLEAR, r"""
        (?<!accidentally\s)\bhead\s*-?butt\w*\s+(?:the\s+|a\s+|my\s+)?(?:door(?:\s*frame)?|wall|mirror|floor|table|desk|radiator|window)\b(?![^.!?]{0,30}\b(?:by\s+accident|accidentally|in\s+my\s+sleep)\b)
        | ['"\u2018\u2019](?:by\s+accident|accident(?:ally)?)['"\u2018\u2019]\s+(?:touch\w*|press\w*|put|hold|held|grab\w*|lean\w*)\s+(?:the|my|a)\s+(?:hob|iron|oven|kettle|hot\s+\w+|straighteners|lighter)\b
        """),
    _rule("self_harm", POSSIBLE, r"""
        \b(?:fresh|new)\s+ones\b[^\n]{0,60}?\b(?:see|notice|spot|find|hide|sleeves|pool|swim\w*|beach|pe\b)
        | \b(?:need|want|have)\s+to\s+(?:be|feel|stay|keep)\s+empty\b
        | \bmiss\s+(?:the|that)\s+(?:sting|burn|pain|release)\b(?=[^\n]{0,60}?\b(?:after|afterwards|thinking\s+about\s+it|lately|urges?|hob|blade|razor|lighter|just\s+now|yet)\b)
        | \b(?:the\s+)?(?:kitchen\s+)?(?:knife|blade|razor|scissors|compass)\s+and\s+(?:i|me)\s+(?:had|have|having)\s+(?:another\s+|a\s+)?(?:little\s+)?(?:chat|date|session|moment|reunion)\b
        | \b(?:me|i)\s+and\s+(?:the|my)\s+(?:kitchen\s+)?(?:knife|blade|razor|scissors|compass)\s+(?:had|have|having)\s+(?:another\s+|a\s+)?(?:little\s+)?(?:chat|date|session|moment|reunion)\b
        | \bsleeves\s+(?:rolled\s+)?(?:up|down)\b[^\n]{0,60}?\bcan'?t\s+promise\s+(?:the\s+same|that)\b
        | \bblood\b[^\n]{0,60}?\bnot\s+(?:from\s+)?anything\s+(?:bad|serious|like\s+that)\W+(?:well\W+)?(?:kind\s+of|sort\s+of|kinda|maybe|mostly)\b
        """),
    # parents who say one is marrying a cousin with no say; a visa said to
    # depend on a manager who asks for time alone; a partner tracking where
    # one is and reading one's mail, said formally
    _rule("danger", CLEAR, r"""
        \b(?:they|parents|family|dad|father|mum|mom|mother|uncle)\s+(?:say|says|said|have\s+decided|decided)\s+(?:that\s+)?i'?m\s+(?:marrying|getting\s+married\s+to|to\s+marry|going\s+to\s+marry)\b[^\n]{0,80}?\b(?:don'?t\s+get\s+a\s+say|no\s+say|no\s+choice|can'?t\s+refuse|whether\s+i\s+like\s+it|against\s+my\s+will|i\s+don'?t\s+want)\b
        """),
    _rule("danger", POSSIBLE, r"""
        \bmy\s+visa\s+(?:depends?|rests?)\s+on\s+(?:him|her|them)\b[^\n]{0,80}?\b(?:alone|stay\s+late|favou?rs?|touch\w*|his\s+(?:office|flat|room|house|car)|sleep\s+with)\b
        | \b(?:partner|husband|wife|boyfriend|girlfriend)\s+(?:to\s+)?(?:tracks?|track\w*|monitors?)\s+(?:my|one'?s|our)\s+(?:location|phone|whereabouts)\b[^\n]{0,40}?\b(?:read\w*|check\w*|go\w*\s+through)\s+(?:my|one'?s)\s+(?:messages|texts|emails|correspondence|post|mail|phone)\b
        """),
    # Held-out 105-109: the small death and wanting the big one; love said
    # "like it was the last time, because it is"; the rest of the plan told
    # no one; no guts to end it; she wants to live and I don't; they'll manage
    # without me and I can stop; swerving into lorries; trains that don't
    # stop quick; "if I don't reply tomorrow it's not personal"; a father who
    # hanged himself, understood now; which poison works fastest on a person;
    # a wish the machine had finished the job; the shame gone only if I'm
    # dead; leaving this life before the week's out; God and "going home
    # early", asked for me; jealous of one who got to go; giving them the dead
    # daughter they would rather have; a funeral planned but the day
    _rule("suicide", POSSIBLE, r"""
        \b(?:(?:haven'?t|have\s+not|not)\s+told\s+(?:anyone|anybody|them|her|him|a\s+soul)|(?:nobody|no\s+one|no-one)\s+knows)\s+the\s+rest\s+of\s+the\s+plan\b
        | \bwish\w*\s+i\s+had\s+the\s+(?:guts|nerve|courage|balls|bottle)\s+to\s+(?:end\s+it|do\s+it|go\s+through\s+with\s+it|finish\s+it|end\s+things)\b
        | \b(?:think\w*|thought)\s+(?:about|of)\s+(?:swerv\w*|steer\w*|driv\w*|crash\w*)\s+(?:the\s+car\s+)?into\s+(?:the\s+|a\s+|an\s+)?(?:oncoming\s+)?(?:lorr(?:y|ies)|trucks?|trees?|walls?|traffic|bridge|river|barrier)\b
        | \btrains?\s+(?:don'?t|do\s+not|can'?t|cannot)\s+stop\s+(?:quick|quickly|fast|in\s+time)\b
        | \bif\s+i\s+(?:don'?t|dont|do\s+not)\s+(?:reply|answer|respond|show\s+up|text\s+back)\s+(?:tmrw|tomorrow|again)\b[^\n]{0,20}?\b(?:it'?s|its)\s+not\s+(?:personal|your\s+fault)\b
        | \bwhich\s+\w+\s+(?:works?|would\s+work|kills?)\s+(?:fastest|quickest|best)\s+on\s+a\s+(?:person|human|man|woman)\b
        | \bwish\s+(?:the|that)\s+(?:\w+\s+)?(?:had|'d)\s+finished\s+(?:the\s+job|me\s+off)\b
        | \b(?:i'?m|im|i\s+am)\s+leaving\s+this\s+(?:one|life|world)\b
        | \b(?:god|allah|he)\s+forgives?\s+(?:someone|people|a\s+person|anyone)\s+who\s+(?:decides?\s+to\s+)?(?:goes?\s+home\s+early|go\s+home\s+early|takes?\s+their\s+own\s+life|ends?\s+it)\b
        | \b(?:jealous|envious)\s+of\s+(?:my\s+)?\w+\b[^\n]{0,40}?\b(?:got\s+to\s+go|gets?\s+to\s+(?:go|be\s+with\s+god))\b
        | \brather\s+have\s+a\s+dead\s+\w+\b[^\n]{0,60}?\bgive\s+(?:them|him|her)\s+what\s+(?:they|he|she)\s+wants?\b
        | \bfuneral(?:'s|\s+is)?\s+(?:all\s+)?planned\b[^\n]{0,80}?\b(?:pick|choose|set)\s+the\s+(?:day|date)\b
        | \bstep\w*\s+(?:off|out)\s+(?:the\s+kerb|the\s+curb|into\s+the\s+road)\s+without\s+looking\b[^\n]{0,30}?\bhope\b
        """),
    # ...said after what makes them so (the words before them are someone
    # else's: "she'll manage without me", "Dad hanged himself", "won't wash
    # off them unless I'm dead")
    _rule("suicide", POSSIBLE, r"""
        \bi\s+can\s+(?:finally\s+)?(?:stop|go|rest|let\s+go)\b
        """, said_after=r"\b(?:manage|cope|be\s+(?:fine|ok|okay|alright|better))\s+without\s+me\b[^\n]{0,40}$"),
    _rule("suicide", POSSIBLE, r"""
        \bwant\s+the\s+(?:big|real|long|other|proper)\s+one\b
        """, said_after=r"\b(?:small|little)\s+death\b[^\n]{0,60}$"),
    _rule("suicide", POSSIBLE, r"""
        \b(?:because|cos|coz|cause)\s+it\s+(?:is|was|will\s+be)\b
        """, said_after=r"\blike\s+it\s+was\s+the\s+last\s+time\W*$"),
    _rule("suicide", POSSIBLE, r"""
        \bi\s+(?:don'?t|do\s+not)\b(?=\W*$|\W+(?:any\s*more|at\s+all)\b)
        """, said_after=r"\b(?:wants?|fights?(?:\s+so)?(?:\s+hard)?|tries?(?:\s+so)?\s+hard|(?:so\s+)?desperate)\s+to\s+live\b[^.!?]{0,25}[.!?,;]\s*$"),
    _rule("suicide", POSSIBLE, r"""
        \bi\s+(?:understand|get)\s+(?:him|her|it|why)\s+now\b
        """, said_after=r"\b(?:hanged|killed|shot|drowned)\s+(?:him|her)self\b[^\n]{0,80}$"),
    _rule("suicide", CLEAR, r"""
        \b(?:that'?s\s+what\s+i'?m\s+(?:going\s+to|gonna)\s+do|so\s+i\s+will|i'?ll\s+do\s+it)\b
        """, said_after=r"\bunless\s+i'?m\s+dead\b[^\n]{0,12}$"),
    # a cloth tied to a ceiling fan with a chair to stand on
    _rule("suicide", CLEAR, r"""
        \b(?:sari|saree|dupatta|scarf|belt|rope|cord|cable|sheet|tie|flex|dressing\s+gown\s+cord)\b[^.!?]{0,30}?\b(?:tied|knotted|fixed|hung)\s+(?:to|from|round|around|on)\s+(?:the\s+)?(?:ceiling\s+fan|fan|beam|banister|bannister|rafter|loft\s+hatch|light\s+fitting|hook|door\s+frame)\b(?=[^\n]{0,60}?\b(?:chair|stool|stand\s+on|now|ready|tonight)\b)
        """),
    # legs a mess again and long trousers for it; not eating as one's rule
    # while another suffers; taking it out on oneself; a head banged on a
    # wheel over and over; a hand bitten till it bled; "the sell farm thing"
    # as a recogniser writes self-harm; feeling empty liked
    _rule("self_harm", CLEAR, r"""
        \bbang\w*\s+my\s+head\s+(?:on|against)\s+(?:the\s+)?\w+(?:\s+\w+)?\s+(?:over\s+and\s+over|again\s+and\s+again|repeatedly)\b
        | (?<!toddler\s)(?<!baby\s)(?<!dog\s)(?<!cat\s)(?<!puppy\s)(?<!kitten\s)(?<!\bhe\s)(?<!she\s)(?<!they\s)(?<!\bit\s)(?<!kid\s)(?<!son\s)(?<!horse\s)\bbit\s+my\s+(?:own\s+)?(?:hand|arm|lip|finger|wrist|thumb)s?\s+(?:till|until|so\s+hard)\b[^.!?]{0,20}?\b(?:bled|bleed\w*|blood)\b
        """),
    _rule("self_harm", POSSIBLE, r"""
        \b(?:arms|legs|thighs|wrists|stomach|hips)\s+(?:are|is)\s+(?:a\s+)?(?:mess|state|wreck|bad)\s+again\b
        | \b(?:don'?t|do\s+not|didn'?t)\s+eat\s+(?:a\s+thing|anything)\b[^\n]{0,60}?\b(?:my\s+rule|i\s+suffer|deserve|punish\w*)\b
        | \btook\s+it\s+out\s+on\s+myself\b
        | \b(?:doing|did|do)\s+(?:the\s+)?sel+f?\s*-?\s*farm\s+(?:thing|again|stuff)\b
        | \b(?:like|love|enjoy)\s+(?:the\s+)?feeling\s+(?:of\s+being\s+)?empty\b
        """),
    # a debt's threat to the wife; a wedding never agreed to; coming back
    # married and scared; a father deciding what to do with one; followed and
    # a last warning; "he did not fall", pushed
    _rule("danger", CLEAR, r"""
        \b(?:or|otherwise)\s+(?:they'?ll|he'?ll|they\s+will|he\s+will|they'?re\s+going\s+to)\s+(?:take\s+it\s+out\s+on|come\s+for|go\s+after|hurt|do\s+over)\s+(?:the\s+wife|the\s+missus|the\s+kids|my\s+(?:wife|kids|family|husband|mum|mom|daughter|son))\b
        | \b(?:wedding|marriage)\s+i\s+(?:never|didn'?t|did\s+not)\s+(?:agree\w*|consent\w*)\s+to\b
        | \b(?:didn'?t|did\s+not)\s+fall\b[^\n]{0,40}?\b(?:pushed|shoved)\s+(?:him|her|them)\b
        """),
    _rule("danger", POSSIBLE, r"""
        \bcame\s+back\s+married\b[^\n]{0,80}?\b(?:scared|afraid|terrified|frightened)\b
        | \b(?:deciding|decide|decided)\s+what\s+to\s+do\s+(?:with|about)\s+me\b(?=[^\n]{0,60}?\b(?:community|honou?r|shame|talking|know\s+what\s+that\s+means)\b)
        | \b(?:community|honou?r|shame)\b[^\n]{0,80}?\b(?:deciding|decide|decided)\s+what\s+to\s+do\s+(?:with|about)\s+me\b
        | \bfollowed\s+me\b[^\n]{0,80}?\b(?:my|your|the)\s+last\s+warning\b
        """),
    # Held-out 110-114: sorry for being a weight, thanks for all these weeks,
    # goodbye; read up on how and got what I need; only one way out; Swiss
    # clinics priced while not ill; happier without me; my last semester on
    # earth; not sure I'll still be here in six weeks; the plan is after the
    # last exam; wanting to take the whole bottle; a stash and tonight the
    # night; a final post scheduled; the Lord asked to hurry or take me home
    # tonight; the easiest way to go; the will sorted and now ready; drive
    # into that wall; charcoal and windows taped; means, drink and a weekend
    # alone
    _rule("suicide", POSSIBLE, r"""
        \bsorry\s+for\s+being\s+(?:such\s+)?(?:a\s+)?(?:weight|burden|pain|nuisance|drain)\b(?=[^\n]{0,160}?\b(?:goodbye|bye|all\s+these\s+(?:weeks|months|years)))
        | \b(?:only|just)\s+one\s+way\s+out(?:\s+of\s+(?:this|it|here))?\b(?!\s+of\s+the\s+(?:car\s+park|building|estate|maze))
        | \b(?:pric\w+\s+up|looking\s+(?:at|into)|research\w*)\s+(?:those\s+|the\s+)?(?:swiss\s+clinics?|dignitas|assisted\s+dying\s+clinics?)\b
        | \b(?:will|would|'d|'ll)\s+be\s+(?:more\s+happy|happier|better\s+off)\s+without\s+me\b(?!\s+(?:for\s+(?:a|the|one)\s+(?:week|day|bit|night|weekend)|while|on\s+(?:the\s+)?(?:trip|holiday|team)|at\s+the))
        | \bmy\s+last\s+(?:\w+\s+)?on\s+(?:earth|this\s+earth|this\s+planet)\b(?![^\n]{0,40}\b(?:flu|cold|covid|virus|hangover|bug|ill|sick|lol|lmao)\b)
        | \bnot\s+(?:convinced|sure)\s+i'?ll\s+(?:still\s+)?be\s+(?:here|around|alive)\s+(?:in|by|for)\b
        | \bthe\s+plan\s+is\s+(?:after|for|on)\s+(?:my\s+)?(?:last|final)\s+\w+\b(?=[^\n]{0,60}?\bat\s+least\b)
        | \bfinal\s+(?:post|message|email|video|tweet|story)\s+(?:is\s+)?(?:scheduled|queued|set\s+to\s+go)\b
        | \bwish\s+(?:the\s+)?(?:good\s+)?(?:lord|god|jesus|allah)\s+would\s+(?:hurry\s+up|take\s+me|come\s+for\s+me)\b
        | \btake\s+me\s+home\s+(?:tonight|now|soon)\W+(?:lord|god|jesus|father)\b|\b(?:lord|god|jesus)\W+(?:please\s+)?take\s+me\s+(?:home\s+)?(?:tonight|now)\b
        | \b(?:lord|god|jesus|allah|ya\s+allah|bhagwan|waheguru|hashem|ram|krishna|ancestors)\W+(?:please\s+)?(?:just\s+)?take\s+me\s+(?:already|now|tonight|soon|home|away)\b
        | \b(?:easiest|quickest|painless|best|least\s+painful|simplest)\s+way\s+to\s+(?:go|die|do\s+it|end\s+it)\b(?=\s*(?:[?.!]|$|\s+(?:tbh|honestly|lol)))
        | \b(?:sorted|done|signed|wrote|made|finished)\s+(?:the|my)\s+will\b[^\n]{0,30}?\b(?:now\s+)?i'?m\s+ready\b
        | \b(?:could|might|want\s+to|wanna|gonna)\s+(?:just\s+)?(?:drive|steer|swerve|crash)\s+(?:the\s+car\s+)?into\s+(?:that|the|a)\s+(?:wall|tree|lorry|truck|river|bridge|barrier)\b
        """),
    _rule("suicide", CLEAR, r"""
        \b(?:read|looked)\s+up\s+(?:on\s+)?how\b[^\n]{0,40}?\b(?:got|have)\s+(?:what\s+i\s+need|everything\s+i\s+need|the\s+(?:stuff|means|pills|tablets))\b
        | \bwants?\s+to\s+(?:take|swallow|down|neck)\s+the\s+whole\s+(?:bottle|box|packet|lot|strip|tub)\b
        | \b(?:stash\w*|stockpil\w*|hoard\w*|supply)\b[^\n]{0,80}?\btonight(?:'s|\s+is)?\s+(?:\w+\s+){0,3}?(?:like\s+)?the\s+night\b
        | \bcharcoal\b[^\n]{0,40}?\b(?:tap\w*|seal\w*)\s+(?:up\s+)?(?:the\s+)?(?:windows|doors|vents|gaps)\b|\b(?:tap\w*|seal\w*)\s+(?:up\s+)?(?:the\s+)?(?:windows|doors|vents)\b[^\n]{0,40}?\bcharcoal\b
        | \b(?:got|have)\s+(?:the\s+|my\s+)?""" + _METHODS + r"""\b[^\n]{0,60}?\b(?:bottle\s+of|vodka|gin|whisky|whiskey)\b[^\n]{0,40}?\b(?:on\s+my\s+own|alone|to\s+myself)\b
        | \b(?:saving|saved|stockpil\w+|hoard\w+)\s+(?:up\s+)?(?:my\s+)?(?:quetiapine|seroquel|clozapine|olanzapine|pregabalin|gabapentin|fentanyl|propranolol|mirtazapine|lamotrigine)\b
        """),
    # the sting missed with a hand on the hob, not on, "yet"; the Ensure
    # tipped away so the dietitian thinks it was drunk; feet burnt on a
    # radiator to see something happen; medicine stopped as deserved; no
    # hospital meal touched; blood left in the grout after cleaning
    _rule("self_harm", POSSIBLE, r"""
        \b(?:tipping|pouring|throwing|flushing|binning)\s+(?:the\s+|my\s+)?(?:ensure|supplements?|feeds?|meals?|food|shakes?|build-?ups?)\s+(?:\w+\s+)?(?:down|away|in)\b[^\n]{0,40}?\bso\s+(?:the|my)\s+(?:dietitian|nurse|doctor|mum|mom|parents|staff|carers?)\s+(?:thinks?|believes?)\b
        | \b(?:not|stopped|quit)\s+taking\s+my\s+\w+\b[^\n]{0,30}?\b(?:deserve|punish\w*)\b
        | \bhaven'?t\s+touched\s+(?:a|any)\s+(?:hospital\s+|ward\s+)?meals?\s+in\s+(?:days|a\s+week|\w+\s+days)\b
        | \bcleaned\b[^\n]{0,60}?\bbefore\b[^\n]{0,60}?\bblood\b
        | \bhand\s+(?:flat\s+)?on\s+the\s+(?:hob|cooker|iron|stove)\b[^\n]{0,40}?\byet\b
        """),
    _rule("self_harm", CLEAR, r"""
        \bi\s+(?:\w+\s+)?(?:burn|press|hold|put)\s+my\s+(?:\w+\s+)?(?:""" + _BODY_PART + r""")\s+on\s+(?:the\s+)?(?:radiator|hob|iron|oven|heater|kettle)\b[^\n]{0,40}?\b(?:because|so\s+(?:that\s+)?i|to\s+feel|to\s+see)\b
        """),
    # a mark that depends on coming round to his flat; an address posted and
    # people turning up; an inhaler or an EpiPen hidden or taken; messages
    # read and therapy not allowed alone; made to do stuff after a no;
    # followed home every day; a husband "push me"; the kids not safe with
    # him; the police came and he's worse
    _rule("danger", CLEAR, r"""
        \b(?:mark|grade|job|visa|rent|contract|promotion|place)\s+depends?\s+on\s+whether\s+i\s+(?:come|go|stay|sleep|do)\b[^\n]{0,40}?\b(?:his|her)\s+(?:flat|house|room|place|office|car)\b
        | \bposted\s+my\s+(?:home\s+)?address\b[^\n]{0,60}?\b(?:showing\s+up|turning\s+up|coming\s+round|outside|at\s+my\s+door)\b
        | \b(?:hides?|hid|hidden|takes?|took|taken|keeps?)\s+my\s+(?:inhalers?|epi-?pens?|insulin|oxygen|wheelchair|walking\s+frame|hearing\s+aids?|glasses)\b(?:\s+off\s+me)?(?=[^\n]{0,80}?\b(?:argue|laughs?|fuss|won'?t\s+give|can'?t\s+breathe|punish\w*|allergic|angry|drunk|senile|losing\s+(?:it|my\s+mind)|stop\s+visiting)\b)
        | \b(?:he|she|they)\s+made\s+me\s+do\s+(?:stuff|things|sexual\s+things|things\s+i\s+didn'?t\s+want)\b[^\n]{0,20}?\bi\s+said\s+no\b
        | \b(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fiance)\s+(?:push|hit|kick|slap|punch|beat|choke)\s+me\b
        """),
    _rule("danger", POSSIBLE, r"""
        \breads?\s+(?:all\s+)?my\s+(?:messages|texts|emails|phone)\b[^\n]{0,40}?\b(?:won'?t|doesn'?t|will\s+not)\s+let\s+me\b
        | \bfollow(?:s|ed|ing)?\s+me\s+home\s+(?:every\s+(?:day|night)|again|most\s+days)\b
        | \b(?:not\s+sure|don'?t\s+think|worried)\s+(?:the\s+|my\s+)?(?:kids|children|baby)\s+(?:are|is|r)\s+safe\s+with\s+(?:him|her|them)\b
        | \bpolice\s+came\b[^\n]{0,30}?\b(?:he'?s|she'?s|he\s+is|she\s+is)\s+worse\s+now\b
        """),
    # Held-out 115-119: healed arms and the season "when it starts"; a will
    # sorted among closures, "tying up loose ends"; a wife told after that it
    # was none of her fault; the quickest way asked "for me"
    _rule("self_harm", POSSIBLE, r"""
        \b(?:arms?|wrists?|legs?|thighs?|skin|cuts|scars)\s+(?:have|has|are|is)\s+(?:\w+\s+)?(?:healed|healing|clear|clean)\b[^\n]{0,80}?\b(?:(?:that'?s|it'?s|is)\s+(?:always\s+|usually\s+)?when\s+it\s+(?:starts|begins|comes\s+back)(?!\s+to\b)|(?:it'?ll|it\s+will)\s+(?:start|begin)\s+again)\b
        """),
    _rule("suicide", POSSIBLE, r"""
        \b(?:sorted|made|wrote|updated|signed|did)\s+(?:out\s+)?(?:the|my)\s+will\b(?![^\n]{0,120}?\b(?:before\s+(?:the|my)\s+(?:op|operation|surgery|move|trip|flight|wedding|baby)|moving|emigrat\w*|retir\w*|new\s+(?:house|job|baby))\b)[^\n]{0,120}?\b(?:loose\s+ends|cancel\w*\s+(?:the|my)\s+(?:gym|subscriptions?|contract|phone\s+contract|membership))\b
        | \bif\s+(?:my\s+\w+|she|he|they|anyone)\s+(?:ever\s+)?(?:reads?|finds?|sees?)\s+(?:this|these|my)\b[^\n]{0,60}?\b(?:tell|let)\s+(?:her|him|them)\b[^\n]{0,40}?\b(?:fault|sorry|loved|love\s+(?:her|him|them))\b
        | \b(?:quickest|fastest|surest|least\s+painful)\s+way\b[^\n]{0,50}?\b(?:i'?m|i\s+am)\s+asking\s+for\s+(?:me|myself)\b
        """),
    # waking to him "doing things", and never having said yes
    _rule("danger", CLEAR, r"""
        \bwoke\s+(?:up\s+)?(?:and|to\s+find)\s+(?:he|she|they)\s+(?:was|were)\s+(?:doing\s+(?:things|stuff)|on\s+(?:top\s+of\s+)?me|undressing\s+me|in\s+my\s+(?:bed|knickers|pants))\b
        | \b(?:doing\s+(?:things|stuff)|touching\s+me|on\s+top\s+of\s+me)\b[^\n]{0,80}?\bi\s+(?:never|didn'?t|did\s+not)\s+(?:said|say)\s+yes\b
        """),
    # Held-out 120-124: a ghost already, "might as well make it official";
    # envy of those hit by cars, spared the choosing; a promise to be at a
    # wedding that cannot be made; "I want out, and I don't mean a holiday";
    # where to aim so it's quick; knowing how to do it properly and one's
    # turn; love told out of nowhere and "I said yeah" when asked; no future
    # found with oneself in it; no other week of it wanted
    _rule("suicide", POSSIBLE, r"""
        \b(?:a\s+ghost|dead|gone|invisible)\s+already\b[^\n]{0,40}?\bmight\s+as\s+well\s+make\s+it\s+(?:official|real|permanent)\b
        | \b(?:jealous|envious)\s+of\s+(?:people|those|anyone|someone|ppl)\s+(?:who|that)\s+(?:get|got|gets)\s+(?:hit\s+by|run\s+over|killed|cancer|terminal)\b
        | \bpromise\s+(?:i'?d|i\s+would|i'?ll|i\s+will)\s+be\s+(?:there|around|here)\b[^\n]{0,60}?\b(?:couldn'?t|can'?t|could\s+not|didn'?t)\s+(?:make\s+myself\s+|bring\s+myself\s+to\s+)?(?:say\s+yes|promise)\b
        | \bwant\s+out\b[,.]?\s+(?:and\s+)?i\s+(?:don'?t|do\s+not)\s+mean\s+(?:a\s+(?:holiday|break|divorce)|of\s+(?:the|this|my)\s+\w+|the\s+(?:job|house|marriage))\b
        | \bknow\s+how\s+to\s+do\s+it\s+(?:properly|right)\b[^\n]{0,60}?\b(?:my\s+turn|for\s+me|myself)\b
        | \btold\s+(?:her|him|them|my\s+\w+)\s+i\s+lov\w+\s+(?:her|him|them)\b[^\n]{0,30}?\bout\s+of\s+(?:nowhere|the\s+blue)\b[^\n]{0,40}?\basked\s+(?:if|whether)\s+i\s+(?:was|were)\s+(?:ok|okay|alright|all\s+right)\b
        | \b(?:picture|imagine|see)\s+a\s+future\s+(?:in\s+which|where|with)\s+(?:i\s+am|i'?m|me)\s+(?:still\s+)?(?:here|present|alive|around|in\s+it)\b[^\n]{0,40}?\b(?:can'?t|cannot|can\s+not|couldn'?t)\s+(?:find|see|picture|imagine)\b
        | \btired\s+of\s+fighting\b[^\n]{0,80}?\b(?:don'?t|do\s+not)\s+(?:even\s+)?want\s+to\s+do\s+another\s+(?:week|day|month|year)\b
        """),
    # dinner skipped so there is less of me; back to the compass in the season it comes
    _rule("self_harm", POSSIBLE, r"""
        \b(?:skipp\w+|not\s+eating|stopped\s+eating|cutting\s+out)\b[^\n]{0,80}?\bless\s+of\s+me\b
        | \b(?:went|go|going|gone)\s+back\s+to\s+(?:the|my)\s+(?:compass|blades?|razors?|sharpener|lighter)\b(?=[^\n]{0,80}?\b(?:building|urges?|again|creeping|last\s+year)\b)
        """),
    # new marks, and the harm kept to weekends
    _rule("self_harm", CLEAR, r"""
        \bnew\s+(?:marks|cuts|scars|burns)\b[^\n]{0,60}?\bkeep(?:ing)?\s+it\s+to\s+(?:weekends|once\s+a|(?:one|two)\s+(?:a|per))\b
        """),
    # a drink spiked, and waking somewhere unknown
    _rule("danger", CLEAR, r"""
        \b(?:spiked\s+my\s+drink|my\s+drink\s+(?:was|got)\s+spiked|(?:put|slipped)\s+something\s+in(?:to)?\s+my\s+drink)\b
        """),
    _rule("suicide", POSSIBLE, r"""
        \b(?:going\s+round|going\s+around|stuck\s+in|on)\s+my\s+(?:head|mind)\b
        """, said_after=r"\bwhere\s+to\s+aim\s+so\s+(?:it'?s|it\s+is)\s+(?:quick|instant|painless)\b(?![^\n]{0,60}\b(?:deer|hunt\w*|stag|animals?|rabbits?|birds?|shoot\w*\s+season|the\s+kill)\b)"),
    # The kept-out disclosures the learned layer retrained in session 34 no
    # longer reads (the layer before it did): checking out early and picking
    # the day; "you're next" texted; a child brought back bruised; shoes
    # worn to bed to run; texts from ever new numbers; a partner's temper;
    # the car keys kept; a binge and the bathroom
    _rule("suicide", CLEAR, r"""
        \b(?:decided|going|want|planning|plan)\s+to\s+check\s+out\s+early\b(?![^\n]{0,40}\b(?:hotel|room|airbnb|flight|party|conference|festival|cabin|library|shift)\b)
        | \bcheck(?:ing)?\s+out\s+early\b[^\n]{0,40}?\b(?:pick|choose|set)\s+the\s+(?:day|date)\b
        """),
    _rule("danger", CLEAR, r"""
        \b(?:texted|messaged|sent|told|wrote\s+to)\s+me\s+['"\u2018\u2019]?\s*you'?re\s+next\b
        """),
    _rule("danger", POSSIBLE, r"""
        \b(?:returns?|returned|brings?|brought|sends?|sent)\s+(?:him|her|them)\s+(?:back\s+)?(?:home\s+)?with\s+(?:bruis\w+|marks|a\s+black\s+eye|burns?)\b
        | \bsleep\s+(?:with|in)\s+my\s+(?:shoes|clothes|trainers|boots|coat)\s+on\s+in\s+case\s+i\s+(?:need|have)\s+to\s+(?:leave|run|get\s+out)\b
        | \b(?:ex|he|she|they|someone|this\s+guy)\s+keeps?\s+(?:texting|txting|messaging|calling|ringing)\s+(?:me\s+)?from\s+(?:diff(?:erent)?|new|other|unknown|withheld)\s+numbers\b
        | \b(?:husband|partner|boyfriend|bf|wife|girlfriend|gf|fiance\w*)\s+has\s+(?:a\s+bit\s+of\s+|quite\s+|such\s+|a\s+real\s+)?(?:a\s+)?(?:temper|short\s+fuse)\b
        | (?<!\bor\s)\b(?:he|she|husband|partner|boyfriend|wife|girlfriend)\s+(?:keeps|takes|hides|took|hid|has\s+taken)\s+(?:the|my|our)\s+car\s+keys\b(?![^\n]{0,60}\b(?:drunk|drinking|insurance|licen[cs]e|eyesight|dementia|crash\w*|because|cos|curfew|parking|lost\s+(?:his|hers|theirs))\b)
        """),
    _rule("self_harm", POSSIBLE, r"""
        \b(?:cleared|ate|eaten|finished)\s+(?:half\s+)?(?:the\s+)?(?:fridge|cupboards?|whole\s+\w+)\b[^\n]{0,80}?\b(?:bathroom|toilet|loo)\b[^\n]{0,40}?\b(?:sort\w*\s+it\s+out|get\s+(?:it|rid\s+of\s+it)\s+(?:all\s+)?out|if\s+you\s+know\s+what\s+i\s+mean)\b
        """),
    # Held-out 125-129 (read once by the final detector of session 34, then
    # written as rules): the barrel of a gun eaten; patches or pills stacked
    # with drink to call it a night for good; which bridges lack their nets;
    # how long fumes take in a shut garage; cleaning chemical to drink; a
    # will written "not cos I'm old"
    _rule("suicide", CLEAR, r"""
        \b(?:eat|eating|ate|eaten|suck|sucking)\s+(?:my|a|the|his)\s+(?:own\s+)?(?:rifle|gun|shotgun|pistol|revolver|handgun|glock|barrel|service\s+weapon)\b
        | \bcall(?:ing|ed)?\s+it\s+a\s+night\s+(?:for\s+good|forever|permanently|once\s+and\s+for\s+all)\b
        | \b(?:stack\w*|mix\w*|wash\w*\s+down|combin\w*|chas\w*)\b[^\n]{0,40}?\b(?:patches|pills|tablets|meds|fentanyl|oxy\w*|opioids|morphine|sleepers)\b[^\n]{0,30}?\bwith\s+(?:a\s+)?(?:fifth|bottle|vodka|whisk(?:e)?y|jack|booze|gin|rum|wine|handle)\b
        | \b(?:which|what)\s+(?:bridges?|car\s+parks?|multi[\s-]?stor(?:e)?ys|buildings|cliffs|flyovers|overpasses)\b[^\n]{0,60}?\b(?:(?:don'?t|do\s+not|doesn'?t)\s+(?:have|got)|without|have\s+no|lack)\s+(?:the\s+|any\s+)?(?:safety\s+)?(?:nets?|barriers?|railings?|fences?|fencing|cameras?)\b
        | \bhow\s+(?:long|much|quick(?:ly)?|fast)\b[^\n]{0,30}?\b(?:carbon\s+monoxide|exhaust\s+fumes|the\s+fumes)\b[^\n]{0,40}?\b(?:closed|shut|sealed)\s+(?:garage|car)\b
        | \b(?:thinking|think|thought|want|wanted|going|planning)\s+(?:to|of|about)\s+(?:drink|drinking|swallow\w*)\s+(?:the|some|that|a\s+(?:bottle|cup)\s+of)\s+(?:\w+\s+)?(?:chemicals?|cleaner|cleaning\s+(?:stuff|liquid|fluid|product)|solvent|pesticide|fertili[sz]er|paraquat|acid|detergent|disinfectant)\b
        | \b(?:wrote|writing|written|made|did)\s+(?:a|my)\s+will\b[^\n]{0,80}?\bnot\s+(?:cos|cause|coz|because|'cause)\s+i'?m\s+(?:old|ill|sick|dying|poorly)\b
        """),
    # calmer, because the mind is made up (said after someone has remarked on it)
    _rule("suicide", POSSIBLE, r"""
        \b(?:made\s+(?:my\s+mind\s+up|up\s+my\s+mind)|made\s+me\s+mind\s+up)\b(?!\s+(?:to|on|that\s+(?:i|we|he|she|they|it|the|my)|about\s+(?:the\s+)?(?:job|move|uni|course|college|him|her|leaving))\b)
        """, said_after=r"\b(?:seem|seems|seemed|look|looks|looked)\s+(?:so\s+much\s+|heaps\s+|loads\s+|a\s+lot\s+|way\s+|much\s+)?(?:better|calmer|happier|lighter|more\s+at\s+peace)\b[^\n]{0,80}$"),
    # a theory that they'd forget me, to be tested
    _rule("suicide", POSSIBLE, r"""
        \bmight\s+as\s+well\s+(?:test\s+(?:that|the|this)\s+theory|prove\s+it|find\s+out\s+for\s+(?:sure|real))\b
        """, said_after=r"\bforget\s+(?:about\s+)?me\b[^\n]{0,60}$"),
    # a last message with thanks; a voice heard one more time on a call; no
    # weeks left in me; things given away and friends asking why; a will
    # sorted beside letters; loose ends tied with the pet and the debits
    # sorted; the mind made up and calmer for it; a drop that looks inviting;
    # tired of being here; what I'll leave her once I'm gone; not wanting to wait for it
    _rule("suicide", POSSIBLE, r"""
        \b(?:this\s+is|this'?ll\s+be|it'?s|this\s+will\s+be)\s+(?:probably\s+|prob\s+|likely\s+|gonna\s+be\s+)?my\s+(?:very\s+)?last\s+(?:message|text|msg|post)\b(?![^\n]{0,50}\b(?:before|for\s+(?:tonight|today|now|a\s+while|the\s+(?:night|day|week))|tonight|today|till|until|off\s+to|bed|sleep|battery|holiday|trip|data|flight|promise|sorry\s+for\s+the\s+spam)\b)
        | \b(?:rang|called|phoned|facetimed|rung)\s+(?:my\s+)?\w+\s+(?:just\s+)?(?:to|so\s+i\s+could)\b[^\n]{0,20}?\bhear\s+(?:his|her|their)\s+voice\s+(?:one\s+(?:more|last)\s+time|for\s+the\s+last\s+time)\b(?![^\n]{0,80}\b(?:passed|died|hospice|dying|before\s+(?:she|he|they)\s+(?:went|died|passed))\b)
        | \b(?:don'?t|do\s+not|dont)\s+think\s+i(?:'ve|\s+have|ve)?\s+(?:got\s+)?(?:\w+\s+)?(?:more\s+)?(?:weeks?|days?|months?|nights?)\s+left\s+in\s+me\b
        | \b(?:giving|gave|give|given|handing|handed)\b[^\n]{0,60}?\baway\b[^\n]{0,50}?\b(?:keep\s+asking|kept\s+asking|asked|asking|ask)\s+(?:me\s+)?why\b(?![^\n]{0,60}\b(?:moving|move|declutter\w*|clear\w*\s+out|outgrown|too\s+small|charity)\b)
        | \bwill(?:'s|\s+is)\s+(?:all\s+)?(?:sorted|done|signed|written|updated)\b[^\n]{0,60}?\bletters?\b
        | \b(?:dog|cat|pets?|budgie|rabbit|fish|hamster)(?:'s|\s+is|\s+are)?\s+(?:all\s+)?(?:sorted|going|rehomed|staying)\s+with\b[^\n]{0,100}?\b(?:cancel+ed|loose\s+ends|spotless|affairs)\b(?![^\n]{0,80}\b(?:mov\w+|flight|flying|holiday|trip|travel\w*|abroad|emigrat\w*|new\s+(?:job|house|flat))\b)
        | \bmade\s+(?:my\s+mind\s+up|up\s+my\s+mind)\s+about\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|the\s+(?:date|day|weekend))\b[^\n]{0,40}?\b(?:relief|peace|calm\w*|lighter|better)\b
        | \b(?:bridge|footbridge|flyover|overpass|viaduct|cliff|cliffs|edge|ledge|railway|tracks|river|canal|roof|drop)\b[^\n]{0,40}?\b(?:looks?|looked|looking|seems?|seemed)\s+(?:well\s+|really\s+|so\s+|pretty\s+|proper\s+|very\s+|dead\s+)?(?:inviting|tempting|appealing)\b(?![^\n]{0,60}\b(?:swim\w*|dip|paddl\w*|hot\s+day|sunny|heat|photo\w*|picnic|climb\w*)\b)
        | ^(?![^\n]*\b(?:airport|office|hospital|station|queue|waiting\s+room|party|wedding|school|at\s+work|this\s+(?:town|city|country|place|house|flat|job))\b)[^\n]*?\b(?:tired|sick)\s+of\s+being\s+here\b(?!\s+(?:at|in|on|with|all|every|for|alone\s+in|without)\b)
        | ^(?![^\n]*\b(?:i'?m\s+(?:[6-9]\d|old)|pension|retir\w*|solicitor|power\s+of\s+attorney|grandkids|grandchildren|diagnos\w*|terminal|cancer)\b)[^\n]*?\b(?:sort\w*|putting|put|getting)\s+(?:out\s+)?(?:the\s+|my\s+)?(?:bank|money|finances|accounts|passwords|papers|affairs)\b[^\n]{0,60}?\b(?:once|when|after)\s+i'?m\s+gone\b
        | \bnot\s+sure\s+i\s+want\s+to\s+wait\s+(?:for\s+it|that\s+long|till\s+then|around)\b
        """),
    # head slammed over and over; scars opened back up; hands bruised from
    # biting; meals skipped and it serves me right; plasters running out in
    # a rough week
    _rule("self_harm", CLEAR, r"""
        \b(?:slam\w*|bang\w*|smash\w*|hit\w*|bash\w*|bang)\s+my\s+(?:own\s+)?head\s+(?:on|against|into|off)\s+(?:the\s+|my\s+)?\w+(?:\s+\w+)?\s+(?:over\s+and\s+over|again\s+and\s+again|repeatedly|till|until)\b
        | \b(?:scars?|cuts?|wounds?)\b[^\n]{0,60}?\bopened\s+(?:them|it|those)\s+(?:right\s+|all\s+)?(?:back\s+)?up\b
        """),
    _rule("self_harm", POSSIBLE, r"""
        \b(?:hands?|arms?|fingers?|wrists?|knuckles)\s+(?:are\s+|is\s+)?(?:all\s+)?(?:bruised|bleeding|raw|marked|covered\s+in\s+(?:bruises|bite\s+marks))\s+(?:from|with)\s+(?:me\s+|my\s+)?(?:biting|hitting|scratching|punching)\s+(?:them|it|myself)\b
        | \b(?:skipp\w+|not\s+eating|no)\s+(?:\w+\s+)?(?:tea|dinner|lunch|breakfast|meals?|food)\b[^\n]{0,100}?\b(?:serves?\s+me\s+right|(?:i|me)\s+deserve\s+it)\b
        | \b(?:running|ran|run|nearly|almost)\s+out\s+of\s+(?:plasters|band-?aids|bandages|steri-?strips|gauze|dressings)\b(?=[^\n]{0,40}\b(?:rough|bad|hard|shit|awful|tough|crap|lol)\b)(?![^\n]{0,60}\b(?:kids?|toddler|football|first\s+aid|blisters?|heels?|hike|marathon|shoes)\b)
        """),
    # a husband who takes the phone off me at night; someone trying my door
    _rule("danger", POSSIBLE, r"""
        \b(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fianc\w*|fella)\s+(?:takes|took|keeps\s+taking|grabs|hides|confiscates)\s+my\s+phone\s+(?:off|from|away\s+from)\s+me\b
        | \b(?:flatmate|roommate|housemate|landlord|neighbou?r|lodger|stepdad|stepfather|uncle|someone|somebody|a\s+man|this\s+guy|he)\s+(?:keeps?|kept|has\s+been|was|is)\s+(?:trying|rattling|trying\s+to\s+open|testing)\s+my\s+(?:bedroom\s+)?(?:door|handle|lock|window)\b
        """),
    # Held-out 130-134 (scored once by main and by this session's rules
    # before they were read): a plan, not a thought, with the place and the
    # time; peace made and this is the week; to lie down and not get up
    # again; joining her soon, meant more each time
    _rule("suicide", CLEAR, r"""
        \ba\s+plan\s+now\b[,.]?\s+not\s+(?:just\s+)?(?:an?\s+)?(?:thought|idea|feeling)\b
        | \bi(?:'ve|\s+have)?\s+(?:know|have|got|picked|chose|chosen|worked\s+out)\s+(?:the|a)\s+(?:place|spot)\s+and\s+the\s+(?:time|date|day|way|method)\b(?!\s+(?:of|for)\b)
        """),
    _rule("suicide", POSSIBLE, r"""
        \bmade\s+(?:my\s+)?peace\b[^\n]{0,60}?\b(?:this\s+is\s+(?:the|my)\s+(?:week|day|night|weekend|month)|it'?s\s+time\s+now)\b
        | \bwant\s+to\s+lie\s+down\b[^\n]{0,30}?\bnot\s+(?:get|wake)\s+up\s+(?:again|any\s*more)\b
        | \bjoin(?:ing)?\s+(?:her|him|them)\s+soon\b[^\n]{0,40}?\b(?:i\s+mean\s+it|can'?t\s+wait|i\s+hope\s+so|sooner\s+the\s+better)\b
        """),
    # scars fading, and that bothers me; arms pinched black and blue
    _rule("self_harm", POSSIBLE, r"""
        \b(?:scars?|marks|cuts)\s+(?:have|has|are|is)\s+(?:almost\s+|nearly\s+|finally\s+|all\s+but\s+)?(?:faded|fading|gone|healed|healing)\b[^\n]{0,40}?\b(?:bothers?|upsets?|scares?|makes?\s+me\s+(?:sad|want|miss)|miss\s+them|(?:don'?t|do\s+not)\s+like\s+it)\b
        """),
    _rule("self_harm", CLEAR, r"""
        \bpinch(?:ed|ing)?\s+my\s+(?:own\s+)?(?:arms?|legs?|thighs?|skin|hands?|wrists?|stomach)\s+(?:black\s+and\s+blue|till|until|raw|so\s+hard\s+(?:it|they)\s+bruis\w*)\b
        """),
    # a partner who stands close and listens to my calls; something put in
    # my tea; a grown man texting my child at night to sneak out and meet
    _rule("danger", POSSIBLE, r"""
        \b(?:partner|husband|wife|boyfriend|girlfriend|bf|gf|fianc\w*)\b[^\n]{0,40}?\b(?:stands?|standing|hovers?|hovering|sits?)\s+(?:really\s+|right\s+|so\s+)?(?:close|over\s+me|next\s+to\s+me)\s+and\s+(?:listens|listening|reads|watches)\b
        | \b(?:he|she|they|wife|husband|partner|boyfriend|girlfriend|carer|mum|mom|dad|someone|somebody)(?:'s|\s+has|\s+is|\s+keeps|\s+was)?\s+(?:been\s+)?(?:putting|slipping|adding)\s+something\s+in(?:to)?\s+my\s+(?:tea|food|drinks?|coffee|meals?|water|dinner)\b
        """),
    _rule("danger", CLEAR, r"""
        \b(?:texts?|texting|texted|messag\w*|dms?|snapchats?)\s+(?:my|our)\s+(?:\w+\s+){0,2}?(?:daughter|son|kid|child|girl|boy|year\s+old|yo)\b[^\n]{0,60}?\b(?:sneak\s+out|meet\s+(?:him|her|up)|not\s+(?:to\s+)?tell|keep\s+it\s+(?:a\s+)?secret|delete\s+(?:the|his|her))\b
        """),
    # Held-out 135-139 (scored once by main and by the rules from 125-134
    # before they were read): half of each prescription tipped into a tin;
    # a charcoal grill in a shut car asked about; a hosepipe cut to length
    # in the car; voices telling me to jump
    _rule("suicide", CLEAR, r"""
        \b(?:tip|tips|tipped|put|puts|hide|hid|stash\w*|save|saves|saved|squirrel\w*)\s+(?:half|some|a\s+few|most|one\s+or\s+two|a\s+couple)\s+(?:of\s+(?:them|it)\s+)?(?:into|in|away\s+in)\s+(?:an?\s+|my\s+|the\s+)?(?:old\s+)?(?:\w+\s+)?(?:tea\s+caddy|caddy|tin|jar|box|drawer|sock|envelope|bag|pot)\b
        | \b(?:grill|bbq|barbecue|charcoal)[\s-]+in[\s-]+(?:a|the|my)[\s-]+(?:closed|shut|sealed)[\s-]+(?:car|tent|room|bathroom)\b[^\n]{0,30}?\b(?:work|works|thing)\b
        | ^(?![^\n]*\b(?:garden|plants?|pond|watering|allotment|greenhouse|lawn|pressure\s+wash\w*)\b)(?=[^\n]*\b(?:car|boot|exhaust|garage)\b)[^\n]*?\b(?:hose\s*pipe|hose|tubing)\b[^\n]{0,60}?\bcut\s+to\s+(?:length|size|fit)\b
        | \bvoices?\s+(?:keep\s+|keeps\s+|are\s+|is\s+)?(?:telling|tell|told|saying)\s+(?:me\s+)?(?:to\s+)?(?:jump|kill\s+myself|die|end\s+it|hang\s+myself|do\s+it)\b
        """),
    # love told over and over so she has it to remember; funerals priced so
    # mum won't pay for mine; a list of who gets my things; "she'd manage
    # fine without me"; a gun cleaned at night, wondering what it'd feel like
    _rule("suicide", POSSIBLE, r"""
        \bwant\s+(?:her|him|them|my\s+\w+)\s+to\s+have\s+(?:that|something|it)\s+to\s+remember\b
        | \bso\s+(?:my\s+)?(?:mum|mom|mam|dad|parents|nan|gran)\s+(?:won'?t|wont|doesn'?t|don'?t|will\s+not)\s+have\s+to\s+pay\s+for\s+(?:mine|my\s+funeral)\b
        | \b(?:list|note)\s+of\s+who\s+(?:gets|should\s+get|will\s+get|can\s+have)\s+my\b(?![^\n]*\b(?:will|solicitor|i'?m\s+[6-9]\d|grandkids|grandchildren|retir\w*|mov\w+|emigrat\w*)\b)
        | \b(?:\w+\s+)?(?:would|'d|will|'ll)\s+(?:manage|cope|do|be|get\s+on)\s+(?:fine|better|ok(?:ay)?|alright|just\s+fine)\b[^\n]{0,40}?\bwithout\s+me\b(?![^\n]{0,60}\b(?:holiday|away|trip|week|weekend|conference|while\s+i|for\s+a\s+(?:bit|while|few))\b)
        | \b(?:pistol|gun|rifle|shotgun|revolver|glock|firearm|rope|blade|pills)\b[^\n]{0,60}?\bwonder(?:ing)?\s+what\s+it(?:'d|\s+would)\s+feel\s+like\b
        """),
    # a scar tattooed over and the wish to open it again; gone too deep;
    # a coach who thinks the bruises are from rugby ("they're not"); arms
    # that stayed clean, but...; long sleeves to keep things covered
    _rule("self_harm", CLEAR, r"""
        \b(?:scars?|cuts?|wounds?)\b[^\n]{0,60}?\bopen\s+(?:them|it|those)\s+(?:up\s+)?(?:again|back\s+up)\b
        | \bwent\s+(?:too|way\s+too|a\s+bit\s+too)\s+deep\s+(?:this\s+time|tonight|again)\b
        | (?:\b(?:someone|somebody)\s+)?\bhelp\b[^\n]{0,20}?\bwent\s+(?:too|way\s+too)\s+deep\b
        """),
    _rule("self_harm", POSSIBLE, r"""
        \b(?:\w+\s+)?(?:thinks?|think|believes?|assumes?|reckons?)\s+(?:the|my)\s+(?:bruises|marks|cuts|scars|burns)\s+(?:are|were)\s+from\b[^\n]{0,40}?\b(?:they'?re|they\s+are|they\s+were|they\s+aren'?t|it'?s|it\s+is)\s+not\b
        | \b(?:arms?|legs?|wrists?|thighs?)\s+(?:have\s+)?(?:stayed|been|kept|are|were)\s+clean\b[^\n]{0,60}?\b(?:but|though)\b
        | \blong\s+sleeves\b[^\n]{0,40}?\b(?:keep\s+(?:things|it|them|everything)\s+covered|cover\s+(?:them|it|things)\s+up|hide\s+(?:them|it|things|the\s+marks))\b
        """),
    # pictures sent or off the team; a whole pay taken every week; nothing's
    # hit me, yet
    _rule("danger", CLEAR, r"""
        \b(?:send|sending)\s+(?:him|her|them)\s+(?:pictures|pics|photos|nudes|videos)\s+or\b
        """),
    _rule("danger", POSSIBLE, r"""
        \b(?:he|she|husband|partner|boyfriend|wife|girlfriend|bf|gf)\s+(?:takes|took|keeps|has)\s+(?:all\s+(?:of\s+)?my|my\s+whole|my\s+entire)\s+(?:pay|wages|salary|money|benefits|pension|paycheck|paycheque)\b(?![^\n]{0,60}\b(?:savings|joint|budget|we\s+agreed|bills|i\s+asked)\b)
        | \b(?:nothing'?s|nothing\s+has|he\s+hasn'?t|she\s+hasn'?t|they\s+haven'?t)\s+(?:hit|hurt|touched)\s+me\b\W{0,4}yet\b
        """),
    # Held-out 140-144 (scored once by main and by this session's rules
    # before they were read): cheaper ways to end it myself; "I'll go to
    # him" after he passed
    _rule("suicide", CLEAR, r"""
        \bways?\s+(?:i\s+(?:could|can|might)\s+|to\s+)?end\s+it\s+myself\b
        | \bdecided\s+(?:that\s+)?i(?:'ll|\s+will|'m\s+going\s+to)\s+go\s+to\s+(?:him|her|them)\b
        """),
    # the decision made and tomorrow's the day; can't wait to be a ghost
    _rule("suicide", POSSIBLE, r"""
        \bmade\s+(?:my|the|a)\s+decision\b[^\n]{0,30}?\b(?:tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|\s+is)\s+the\s+(?:day|night)\b
        | \b(?:can'?t|cant|cannot)\s+wait\s+to\s+be\s+(?:a\s+ghost|dead|gone|six\s+feet\s+under|in\s+the\s+ground)\b(?![^\n]{0,40}\b(?:halloween|costume|party|dress\w*|fancy\s+dress|play|panto)\b)
        """),
    # meals skipped whenever I've been bad; legs that tell a different story
    _rule("self_harm", CLEAR, r"""
        \bskip\w*\s+(?:dinner|tea|lunch|breakfast|meals?)\s+(?:whenever|when|if|every\s+time)\s+i(?:'ve|\s+have)?\s+(?:been\s+)?(?:bad|naughty|failed|messed\s+up|slipped\s+up)\b
        """),
    _rule("self_harm", POSSIBLE, r"""
        \b(?:arms?|legs?|thighs?|wrists?|skin|hips?|stomach)\b[^\n]{0,20}?\btells?\s+a\s+different\s+story\b
        """),
    # an ex who always knows where I am; something in my tea that nobody
    # would ever know of
    _rule("danger", POSSIBLE, r"""
        \b(?:ex|husband|wife|partner|boyfriend|girlfriend|bf|gf|he|she)\s+(?:always\s+)?(?:seems?\s+to\s+)?knows?\s+(?:exactly\s+)?(?:which|where|what)\s+(?:\w+\s+)?i(?:'m|\s+am)\s+(?:in|at)\b
        | \b(?:said|says|told\s+me)\s+(?:she|he|they)(?:'d|\s+would|'ll|\s+will)\s+(?:put|slip)\s+something\s+in(?:to)?\s+my\s+(?:tea|food|drinks?|coffee|meals?|dinner)\b
        """),
    # Held-out 145-149 (scored once by main and by the retrained learned
    # layer before they were read): gas rings on and not lit; a hairdryer
    # plugged in by the bath; it'll be gentle for me too; doses worked out
    # for my own weight; the way decided, and calm since
    _rule("suicide", CLEAR, r"""
        ^(?![^\n]*\b(?:won't|wont|doesn't|broken|igniter|ignit\w*|spark\w*|engineer|boiler|match(?:es)?|lighter|bbq|barbecue)\b)[^\n]*?\bgas\b[^\n]{0,80}?\b(?:i'm|i\s+am|i've|i\s+have)\s+(?:just\s+)?not\s+(?:lighting|lit)\s+(?:them|it)\b
        | \bgas\s+(?:rings?|hobs?|taps?|burners?|oven|cooker|fire)\s+(?:on|turned\s+on|full\s+on)\b[^\n]{0,40}?\b(?:unlit|not\s+lit)\b
        | \b(?:it'll|it\s+will|it'd|it\s+would|that'll)\s+be\s+(?:just\s+as\s+)?(?:gentle|quick|easy|peaceful|painless|kind)\s+for\s+me\s+too\b
        """),
    _rule("suicide", POSSIBLE, r"""
        ^(?=[^\n]*\b(?:bath|tub)\b)[^\n]*?\b(?:hair\s*dryer|hairdryer|toaster|radio|heater|straighteners)(?:'s|\s+is)?\s+(?:plugged\s+in|on)\b[^\n]{0,40}?\b(?:next\s+to|beside|by|near|over|on\s+the\s+edge\s+of)\s+(?:it|the\s+bath|my\s+bath|the\s+tub)\b(?![^\n]{0,60}\b(?:dangerous|unsafe|told\s+(?:her|him|them)|keep\s+telling|moved\s+it|kids?|daughter|son)\b)
        | \b(?:doing|do|did|work\w*\s+out|calculat\w*)\s+(?:the\s+)?(?:sums|maths|math|doses?)\s+for\s+my\s+own\s+(?:weight|body\s*weight|body)\b(?!\s*-?(?:loss|gain|training|lifting|watchers|plan|class|goals?|type|building)\b)
        | \b(?:finally\s+)?(?:know|decided|worked\s+out|figured\s+out)\s+(?:exactly\s+)?how\s+i(?:'m|\s+am)\s+(?:going\s+to|gonna)\s+do\s+it\b(?![^\n]{0,40}\b(?:the|my|this|that|our)\s+(?:\w+\s+)?(?:speech|cake|presentation|wedding|party|project|exam|test|interview|room|garden|kitchen|hair|essay|tiles?|bathroom|move|budget|proposal|drive|race|marathon)\b)[^\n]{0,80}?\b(?:calm\w*|peace\w*|relie\w*|lighter|settled)\b
        | ^(?![^\n]*\b(?:mov\w+|uni|university|college|abroad|away\s+for|holiday|new\s+job|break\s*up|broke\s+up|dump\w*|wedding|trip|gap\s+year|leaving\s+(?:for|the|home))\b)[^\n]*?\b(?:gonna|going\s+to|will|'ll)\s+be\s+(?:sad|upset|gutted)\b[^\n]{0,30}?\b(?:he|she|they)(?:'ll|\s+will|ll)\s+get\s+over\s+it\b
        | \b(?:god|jesus|allah)\s+(?:would\s+|will\s+|ever\s+)?forgive\s+me\s+(?:if|for)\s+(?:i\s+)?(?:end\w*|tak\w+\s+my\s+own|kill\w*\s+myself|go\w*\s+early|choos\w+\s+to\s+go|leav\w*\s+early)\b
        | \b(?:god|jesus|allah)\s+(?:forgives?|will\s+forgive|would\s+forgive)\s+(?:people|someone|anyone|those)\s+who\s+(?:choose\s+to\s+go|go\s+early|leave\s+early|take\s+their\s+own\s+lives?|end\s+(?:it|their\s+lives?))\b[^\n]{0,60}?\b(?:i\s+need\s+to\s+know|before\s+(?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|tonight|tomorrow|the\s+weekend|next\s+week))\b
        | ^(?=[^\n]*\b(?:bridge|rope|pills|jump\w*|die|dead|kill\w*|end\s+it|train|cliff|roof|overdose)\b)[^\n]*?\bnot\s+(?:really\s+|even\s+)?joking\s+any\s*more\b
        | \bif\s+(?:my|the|our)\s+(?:plane|flight|car|bus|train|ferry)\s+(?:went\s+down|crashed|crashes|goes\s+down)\b[^\n]{0,50}?\b(?:wouldn't|would\s+not|won't)\s+(?:\w+\s+)?(?:be\s+upset|mind|care|be\s+sad|be\s+sorry|be\s+bothered)\b
        | \b(?:gone|went)\s+(?:on\s+)?ahead\b[^\n]{0,80}?\b(?:time|ready)\s+(?:i|for\s+me\s+to)\s+(?:report\w*\s+in|join\w*|follow\w*|caught\s+up|catch\s+up)\b
        | \bno\s+more\s+(?:respawns?|lives|continues|extra\s+lives|save\s+points)\s+for\s+me\b(?![^\n]{0,60}\b(?:raid|match|round|level|boss|lobby|server|ranked|tonight|today|this\s+week)\b)
        | \blife\b[^\n]{0,60}?\b(?:rage\s*)?quit\w*\s+(?:it\s+|life\s+)?for\s+good\b
        | \b(?:clos\w+|shut\w*)\s+the\s+book\s+on\s+(?:myself|me|my\s+life)\b(?!\s+(?:in|at|as|with|there|here|before)\b)
        | \b(?:never|not)\s+wak\w*(?:\s+up)?\b[^\n]{0,40}?\bi\s+(?:want|wish\s+for|crave|long\s+for|need)\s+(?:that|it)\b
        """),
    # poems that bleed less than I do; one apple a day for a teacher who
    # says I'm too heavy
    _rule("self_harm", POSSIBLE, r"""
        \bbleed\w*\s+(?:a\s+lot\s+|much\s+|way\s+|far\s+)?less\s+than\s+i\s+do\b
        | \b(?:eat|eating|ate)\s+only\s+(?:one|an?|half\s+an?)\s+\w+\b[^\n]{0,40}?\b(?:dizzy|faint\w*|light-?headed|too\s+(?:heavy|fat|big))\b
        | \btoo\s+(?:heavy|fat|big)\b[^\n]{0,40}?\b(?:(?:i\s+)?(?:now\s+)?(?:only\s+eat|eat\s+only))\s+(?:one|an?|half)\b
        """),
    # insulin sold and none since; people who leave get stabbed; the threat
    # to put me down like a dog; a hand pressed on the grill, next time my
    # face
    _rule("danger", CLEAR, r"""
        \b(?:said|say|says|told\s+me|tell\s+me|warned\s+me)\s+(?:that\s+)?(?:people|anyone|those|lads|girls|kids)\s+who\s+(?:leave|leaves|quit|talk|grass|snitch|tell|run)\s+(?:get|gets|end\s+up)\s+(?:stabbed|shot|hurt|killed|done\s+in|beaten|dead)\b
        | \b(?:could|would|will|'ll|'d|gonna|going\s+to)\s+put\s+me\s+down\s+like\s+(?:a|an)\s+(?:\w+\s+)?(?:dog|animal|cat|horse)\b
        | \bnext\s+time\s+(?:it's|it\s+will\s+be|it'll\s+be)\s+my\s+(?:face|head|neck|throat|eyes?)\b
        | \b(?:he|she|they|someone|somebody|chef|boss|manager|dad|father|mum|mom|mother|step(?:dad|mum|mom|father|mother)|brother|sister|husband|wife|partner|boyfriend|girlfriend|bf|gf|uncle|aunt|teacher|coach|carer|landlord|grandad|grandpa|nan|gran)\s+(?:\w+\s+)?(?:pressed|held|forced|pushed|shoved)\s+my\s+(?:hand|arm|face|fingers)\s+(?:on|onto|against|into|down\s+on)\s+(?:the|a)\s+(?:grill|hob|stove|oven|iron|hot\s*plate|cooker|fire|radiator|pan)\b
        """),
    # medicine taken from me; sent home to be fixed; my phone taken and no
    # pay; a child got out quietly at night; settings so someone can't track
    # me; forgive him, with my arm in a cast
    _rule("danger", POSSIBLE, r"""
        \b(?:sold|took|takes|hid|hides|stole|binned|flushed|threw\s+away|keeps)\s+my\s+(?:insulin|inhalers?|epi-?pens?|heart\s+(?:pills|tablets|meds)|medication|meds|medicine)\b[^\n]{0,60}?\b(?:haven't|have\s+not|hasn't|not)\s+(?:had|taken)\s+(?:any|it|them|a\s+dose)\b
        | \bsend\s+me\s+(?:back\s+)?(?:home\s+)?(?:away\s+)?to\s+be\s+(?:fixed|cured|sorted\s+out|straightened\s+out)\b
        | \btook\s+my\s+(?:phone|passport|papers|documents|id)\b[^\n]{0,100}?\bnot\s+(?:been\s+)?paid\b
        | \b(?:get|sneak|take)\s+(?:a|my|the|our)\s+(?:kids?|child|children|baby|son|daughter)\s+out\s+(?:of\s+)?(?:the\s+)?(?:house|flat|home)\s+(?:quietly|at\s+night|without\s+(?:him|her|them)\s+(?:knowing|noticing|waking))\b
        | \b(?:so|that)\s+(?:someone|somebody|he|she|they|my\s+\w+)\s+(?:can't|cannot|can\s+not|won't)\s+track\s+(?:me|my\s+phone|where\s+i)\b
        | \b(?:ex|husband|wife|partner|boyfriend|girlfriend|bf|gf)\s+(?:always\s+)?(?:seems?\s+to\s+)?knows?\s+exactly\s+where\s+i\s+am\b(?![^\n]{0,60}\b(?:share|sharing|shared|app|agreed|asked|find\s+my|life360)\b)
        | \bforgive\s+(?:him|her|them)\b[^\n]{0,60}?\b(?:in\s+a\s+cast|stitches|black\s+eye|broken\s+(?:arm|wrist|ribs?|nose|jaw))\b
        """),
    # Held-out 150-154 (scored once by main before they were read): a hose
    # bought with no garden to water; a life policy's waiting years up;
    # sorry said to everyone ever hurt, to be done before a day; a pet's last
    # memories of me; things not renewed, me among them; my time up; the
    # next attack left to decide; the only way out feet first, and fine by me
    _rule("suicide", POSSIBLE, r"""
        \b(?:bought|got|ordered|picked\s+up|buying)\s+(?:a\s+|some\s+)?(?:new\s+|long\s+|length\s+of\s+)?(?:hose\s*pipe|hose|tubing|charcoal|disposable\s+(?:barbecue|bbq))\b[^\n]{0,40}?\b(?:and|but)\s+(?:i|we)\s+(?:haven't|have\s+not|don't|do\s+not|never)\s+(?:even\s+)?(?:got|have|had|own)\s+(?:a|an|any)\s+(?:garden|yard|lawn|barbecue|bbq|grill|plants|pond|pool)\b
        | \blife\s+(?:insurance|cover|policy|assurance)\b[^\n]{0,80}?\b(?:(?:two|2|one|1|twelve|12|thirteen|13)\s+(?:years?|months?)\s+(?:are|is|have|has)\s+(?:\w+\s+)?(?:up|passed|gone|over|done)|suicide\s+(?:clause|exclusion)|pays?\s+out\s+(?:even\s+)?(?:if|for|on)\s+suicide)\b
        | \bevery(?:one|body)\s+(?:i've|i\s+have|i)\s+(?:ever\s+)?(?:upset|hurt|wronged|let\s+down|fallen\s+out\s+with)\b[^\n]{0,150}?\b(?:wanted|want|need|needed)\s+(?:it\s+|that\s+)?(?:all\s+)?(?:done|sorted|finished|said)\s+(?:before|by)\b
        | ^(?![^\n]*\b(?:put\s+(?:her|him|them)?\s*(?:to\s+sleep|down)|vets?|cancer|dying|old\s+age|mov\w+|abroad|emigrat\w*|deploy\w*|uni|university)\b)[^\n]*?\b(?:her|his|their|its)\s+last\s+memor(?:y|ies)\s+of\s+me\b
        | \b(?:(?:won't|will\s+not|not)\s+(?:be\s+)?)?(?:renew\w*|cancel\w*|expir\w*|ending|wrapping\s+up)\b[^\n]{0,80}?,\s+(?:and\s+)?me\s*(?:[.!]|$)
        | ^(?![^\n]*\b(?:parking|meter|gym|session|shift|turn|game|library|computer|lease|visa|contract|call|slot|booking|appointment|interview|exam|test|round|job|team|club|band|role|tenancy|loan|trial|subscription|internship|placement|contract)\b)[^\n]*?\bmy\s+time(?:'s|\s+is)\s+(?:kinda\s+|kind\s+of\s+|sort\s+of\s+|pretty\s+much\s+|nearly\s+|almost\s+|about\s+|probably\s+)?up\b
        | \b(?:only\s+(?:ever\s+)?)borrowing\s+(?:it|this\s+life|my\s+life|the\s+time)\b
        | \blet\s+(?:the\s+next\s+|the\s+|my\s+)?(?:bad\s+|big\s+)?(?:attack|fit|seizure|hypo|infection|heart\s+attack|stroke|illness|cancer|disease|sugar|diabetes|asthma|condition|kidneys|heart)\s+(?:decide|take\s+me|finish\s+me(?:\s+off)?|do\s+(?:it|the\s+job)|sort\s+it)\b
        | \b(?:feet\s+first|in\s+a\s+(?:box|coffin|body\s*bag))\b[^\n]{0,100}?\b(?:starting|beginning|come)\s+to\s+(?:think|feel)\s+(?:that's|that\s+is|thats|it's|it\s+is)\s+(?:fine|ok|okay|alright|not\s+so\s+bad|for\s+the\s+best)\b
        | \btook\s+my\s+hands\s+off\s+the\s+(?:steering\s+)?wheel\b[^\n]{0,60}?\b(?:to\s+see|on\s+purpose|wanted|hoping|hoped|didn't\s+care)\b
        | \bgo\w*\s+(?:to\s+)?(?:walk|sit|lie|sleep|go)\s+(?:\w+\s+){0,6}?(?:in\s+)?(?:just|only)\s+my\s+(?:shirt|t-?shirt|pyjamas|pajamas|pjs|nightie|nightdress|vest|shorts)\b[^\n]{0,60}?\b(?:minus|below\s+(?:zero|freezing)|freezing|snow\w*)\b
        """),
    # a lorry, bus or train wished to hit me; "you just get sleepy and
    # that's it", of the cold
    _rule("suicide", CLEAR, r"""
        \b(?:wanted|want|wants|hoped|hope|hoping|wished|wish)\s+(?:for\s+)?(?:the|a|that|some)\s+(?:\w+\s+)?(?:lorry|truck|bus|car|train|van|tram|artic|coach)\s+(?:to\s+|would\s+|'d\s+|will\s+|'ll\s+)?(?:hit|hits|smash\s+into|plough\s+into|run\s+me\s+over|take\s+me\s+out|flatten|crush)\s+me\b
        | \b(?:you|people|they)\s+(?:just\s+)?(?:get|go|feel|fall)\s+(?:sleepy|drowsy|to\s+sleep)\s+and\s+(?:that's|that\s+is|then\s+that's)\s+it\b
        """),
    # the real thing gone back to when a stand-in for cutting did nothing
    _rule("self_harm", CLEAR, r"""
        \b(?:ice\s+cubes?|elastic\s+band|rubber\s+band|hair\s+(?:band|tie|bobble)|red\s+(?:pen|marker|felt\s+tip)|butterfly\s+(?:thing|project))\b[^\n]{0,120}?\b(?:went|go|going|gone|got)\s+back\s+to\s+(?:the\s+)?(?:real\s+thing|blade|razor|cutting|old\s+way|proper\s+thing)\b
        """),
    # to be held down to get a spirit out of me
    _rule("danger", CLEAR, r"""
        \b(?:going\s+to|gonna|will|'ll|want\s+to|wants\s+to|plan\s+to|planning\s+to)\s+(?:hold|pin|tie|strap)\s+me\s+down\b(?![^\n]{0,40}\b(?:tickl\w*|play\w*|wrestl\w*|jok\w+|lol|haha|haircut|photo|splinter|injection|jab|plaster)\b)
        """),
    # an axe sharpened since I asked to leave; photos of a man I'm to meet
    # on a trip home; a teacher who says my mum needn't know; a spirit to
    # be got out of me; a group at my door and now at my work
    _rule("danger", POSSIBLE, r"""
        ^(?=[^\n]*\b(?:divorce|leave\s+(?:him|her)|leaving\s+(?:him|her)|split(?:ting)?\s+up|separat\w+|break\s+up|broke\s+up|left\s+(?:him|her))\b)[^\n]*?\b(?:he|she|husband|wife|partner|boyfriend|girlfriend|ex)(?:'s|\s+is|\s+has|\s+was|\s+keeps)?\s+(?:\w+\s+){0,6}?sharpen\w*\s+(?:the\s+|his\s+|her\s+|an?\s+|all\s+the\s+)?(?:axe|knife|knives|machete|blade|hatchet|sword)s?\b
        | \b(?:family|uncle|aunt|auntie|dad|father|mum|mom|mother|parents|brother|they)\s+(?:\w+\s+)?(?:showed|sent|shown|showing)\s+me\s+(?:a\s+)?(?:photos?|pictures?|pics?)\s+of\s+(?:a|the|this|some)\s+(?:\w+\s+)?(?:man|guy|boy|woman|girl|lad|bloke)\s+(?:i'm|i\s+am|im|i'll\s+be|i\s+will\s+be|i've\s+got\s+to|i\s+have\s+to)\s+['"]?(?:meeting|marrying|going\s+to\s+(?:meet|marry)|supposed\s+to\s+(?:meet|marry)|meet|marry)\b
        | \b(?:teacher|tutor|coach|instructor|trainer|leader|priest|pastor|vicar|imam|youth\s+worker|neighbour|neighbor|uncle|step-?dad|boyfriend|babysitter|cousin)\b[^\n]{0,120}?\b(?:my|your)\s+(?:mum|mom|mam|dad|parents|mother|father|family)\s+(?:doesn't|does\s+not|doesnt|don't|do\s+not|dont|won't|will\s+not|needn't)\s+(?:need\s+to\s+|have\s+to\s+)?know\b
        | \b(?:get|beat|drive|cast|pray)\s+(?:the\s+)?(?:jinn|djinn|demons?|devil|evil\s+spirits?|spirits?)\s+out\s+of\s+me\b
        | \b(?:at|outside)\s+my\s+(?:door|house|flat|window)\b[^\n]{0,80}?\b(?:now|started|starting|even)\s+(?:\w+\s+)?(?:ringing|calling|phoning|turning\s+up\s+at|showing\s+up\s+at|coming\s+to|waiting\s+(?:at|outside))\s+my\s+(?:work|job|office|school|college|parents|mum's|mom's)\b
        """),
    # Held-out 155-159 (scored once by main and by this session's rules
    # before they were read): a fatal dose for my weight; "I should have
    # died that night, and I mean to put that right"; a pact to do it the
    # same night; my location stopping at the reservoir; the only night he
    # doesn't hit me; 999 not rung because he'll hear
    _rule("suicide", CLEAR, r"""
        \b(?:fatal|lethal|deadly|killing)\s+(?:dose|amount|quantity)\b[^\n]{0,60}?\b(?:(?:for\s+)?(?:a\s+\w+\s+)?(?:my|me\s+at\s+my)\s+(?:weight|wieght|size|age|height)|for\s+me|i\s+weigh|i'?m\s+about|im\s+about)\b
        | \bi\s+should\s+(?:have|of|'ve)\s+died\b[^\n]{0,80}?\b(?:put\s+(?:that|it)\s+right|fix\s+(?:that|it)|finish\s+(?:it|the\s+job)|correct\s+(?:that|it)|join\s+(?:him|her|them))\b
        | \b(?:suicide|death)\s+pact\b
        | ^(?=[^\n]*\bpact\b[^\n]{0,40}?\b(?:(?:do|end)\s+it|die|go)\s+(?:on\s+)?the\s+same\s+(?:night|day)\b)[^\n]*?\bpact\b
        | \blocation\s+(?:stop|stops|stopped)\s+moving\s+at\s+(?:the\s+)?(?:reservoir|bridge|river|cliffs?|lake|quarry|sea|beach|tracks|railway|woods|car\s+park|multi-?storey)\b
        """),
    _rule("danger", CLEAR, r"""
        \b(?:only|one)\s+(?:night|day|time|week)\s+(?:of\s+the\s+\w+\s+)?(?:that\s+)?(?:he|she)\s+(?:doesn't|does\s+not|don't|won't|will\s+not)\s+(?:hit|beat|hurt|punch|slap|kick)\s+me\b
        | \bcall\s+(?:999|911|112|nine\s+nine\s+nine|nine\s+one\s+one|the\s+police)\b[^\n]{0,60}?\b(?:he'll|he\s+will|she'll|she\s+will|they'll|they\s+will)\s+(?:hear|see|know|find\s+out)\b
        | \b(?:push\w*|shov\w*|hit\w*|slap\w*|knock\w*)\s+(?:my\s+|our\s+)?(?:nan|gran|granny|grandma|grandad|grandpa|nanna)\s+(?:about|around)\b
        | \b(?:grown\s+man|adult|older\s+man|(?:\d{2}|forty|thirty|fifty)[\s-]year[\s-]old\s+man)\b[^\n]{0,100}?\b(?:send|sending)\s+(?:her|him|me|them)?\s*(?:pictures|pics|photos|nudes|selfies)\b
        """),
    # goodbyes written and not sent yet; a text to be sent that none of it
    # was their fault; disappearing for good after exams; "that's it for
    # me" after buying what I need; the day I go; lucky them, of the dead;
    # a streak let end with me; how long it takes and whether it hurts;
    # nobody would notice if I wasn't here, said in Scots; quitting life
    # along with a game; funeral words written and a calendar watched; no
    # more hours; the last few days I've got
    _rule("suicide", POSSIBLE, r"""
        ^(?![^\n]*\b(?:leaving\s+do|job|work|colleagues|retir\w*|mov\w+|emigrat\w*|cards?|wedding|party|holiday)\b)[^\n]*?\bgoodbyes?\b[^\n]{0,60}?\b(?:haven't|havent|have\s+not|not)\s+sent\s+(?:them|it)\s+yet\b
        | \b(?:schedul\w*|send|text|message|letter|note)\b[^\n]{0,60}?\bnone\s+of\s+(?:this|it)\s+(?:was|is)\s+(?:your|anyone's)\s+fault\b[^\n]{0,40}?\bi\s+love\s+you\b
        | \bdisappear\s+for\s+good\b(?!\s+(?:from|off)\b)
        | \bbuy\s+what\s+i\s+need\b[^\n]{0,40}?\b(?:that's|that\s+is)\s+it\s+(?:for\s+me|then)\b
        | \b(?:is|will\s+be)\s+(?:the\s+)?(?:day|night)\s+i\s+(?:go|do\s+it|end\s+it|die)\b(?![^\n]{0,40}\b(?:fly|flight|plane|home|back|abroad|uni|hospital|op|operation|in\s+for|on\s+holiday|travel\w*)\b)
        | ^(?=[^\n]*\b(?:passed|died|dead|gone)\b[^\n]{0,60}?\blucky\s+(?:them|him|her|sods?|things?)\b)[^\n]*?\blucky\s+(?:them|him|her|sods?|things?)\b
        | \b(?:i'll|i\s+will|gonna|going\s+to)\s+let\s+it\s+end\s+with\s+me\b
        | ^(?![^\n]*\b(?:tattoo\w*|piercing|wax\w*|labou?r|birth|injection|filling|surgery|op|operation|procedure|laser|jab)\b)[^\n]*?\bhow\s+long\s+it\s+takes\s+(?:and|or)\s+(?:whether|if)\s+it\s+hurts\b
        | \b(?:naebody|nae\s+one|nobody|no\s+one)\s+(?:would|wid|wad|wud)\s+(?:even\s+)?notice\s+if\s+(?:a|i|ah)\s+(?:wisnae|wasnae|wasn't|wasnt)\s+here\b
        | \b(?:and|also)\s+(?:i\s+)?quit\w*\s+(?:the\s+)?life\b(?!\s+of\b)
        | \b(?:at|for)\s+my\s+funeral\b[^\n]{0,60}?\b(?:calendar|the\s+date|staring|counting\s+down)\b
        | \b(?:and\s+then|then)\s+no\s+more\s+(?:hours|days|mornings|nights|birthdays|christmases|years)\b
        | ^(?=[^\n]*\bcount\w*\s+(?:down\s+)?the\s+days\b)[^\n]*?\blast\s+(?:few\s+)?(?:ones?\s+|days\s+)?i(?:'ve|\s+have)\s+got\b[^\n]{0,40}?\b(?:\w+)\s+left\b
        """),
    # not eaten all week and don't deserve it, said in Geordie; the same old
    # scissors after a good run; never checks my arms
    _rule("self_harm", CLEAR, r"""
        ^(?=[^\n]*\b(?:eat|eaten|food|meal|owt)\b)(?=[^\n]*\b(?:all\s+week|aal\s+week|days|since)\b)[^\n]*?\b(?:don't|divvn't|divn't|dinnae|dont|do\s+not)\s+deserve\s+(?:it|food|to\s+eat)\b
        | ^(?=[^\n]*\b(?:good\s+run|clean|streak|relapsed?|slipped|got\s+me)\b)[^\n]*?\bsame\s+old\s+(?:scissors|blades?|razors?|sharpener|compass)\b
        """),
    _rule("self_harm", POSSIBLE, r"""
        \b(?:but|and)\s+(?:never|not)\s+my\s+(?:arms|wrists|thighs)\b
        """),
    # a grandchild or carer who takes an elder's pension or grant; savings
    # going down while someone else does the banking; no money let me have;
    # a code word texted; don't say anything if he asks
    _rule("danger", POSSIBLE, r"""
        \b(?:grandson|granddaughter|son|daughter|nephew|niece|carer|carer's\s+\w+|brother|sister|lodger)\s+(?:\w+\s+)?(?:takes?|took|nicks?|nicking|steals?|stealing|has\s+been\s+taking|keeps?\s+taking)\s+(?:my|nan's|gran's|grandma's|mum's|mam's)\s+(?:\w+\s+)?(?:pension|grant|benefits?|savings)\b
        | ^(?=[^\n]*\b(?:grandson|granddaughter|son|daughter|nephew|niece|carer|neighbour|lodger)\b)[^\n]*?\bmy\s+(?:savings|account|money|pension|balance)\s+(?:keeps?\s+|keep\s+)?(?:going\s+down|disappearing|shrinking|dropping|goes\s+down)\b
        | \b(?:doh|don't|doesn't|won't|will\s+not|dont|doesnt)\s+let\s+me\s+(?:have|keep|touch|see)\s+(?:no\s+|any\s+)?(?:money|cash|my\s+(?:own\s+)?(?:money|wages|card|bank\s+card))\b
        | \bhave\s+to\s+beg\s+(?:him\s+|her\s+)?for\s+(?:bus\s+fare|money|food|my\s+own\s+money)\b
        | \b(?:text|send|message)\s+(?:my\s+\w+|her|him|them)\s+(?:the\s+)?(?:code\s*word|safe\s*word|word\s+['"]?\w+['"]?)[^\n]{0,40}?\b(?:she|he|they)\s+(?:knows?|know)\s+what\s+it\s+means\b
        | \b(?:don't|do\s+not)\s+(?:say|tell)\s+(?:anything|him\s+anything)\s+if\s+he\s+asks\b
        | \b(?:move|switch|go)\s+to\s+(?:another|a\s+different|a\s+private|a\s+secret)\s+(?:app|chat|platform)\b[^\n]{0,40}?\b(?:send|pictures|pics|photos)\b
        """),
    # Held-out 160-164 (scored once by main before they were read): a way
    # named and "if I had the guts"; pills counted and "there's plenty"
    _rule("suicide", CLEAR, r"""
        \b(?:front\s+of|jump\w*|hang\w*|pills|tablets|bridge|lorry|train|end\s+it|kill\s+myself|do\s+it)\b[^\n]{0,80}?\bif\s+i\s+had\s+the\s+(?:guts|nerve|courage|balls|bottle)\b
        | \bcount\w*\s+(?:what's\s+left\s+(?:in|of)\s+|up\s+)?(?:my\s+)?(?:pill\s*box|pills|tablets|meds)\b[^\n]{0,40}?\b(?:there's\s+plenty|that's\s+plenty|more\s+than\s+enough|that'll\s+do)\b
        """),
    # I should have died and I wish I had; the children's papers handed over
    # so it's all sorted
    _rule("suicide", POSSIBLE, r"""
        \bi\s+should\s+(?:have|of|'ve)\s+died\b[^\n]{0,60}?\bi\s+wish\s+i\s+(?:did|had)\b
        | \bhand\w*\s+(?:my\s+|the\s+)?(?:kids'?|children's|kids's)\s+(?:things|stuff|documents|papers|birth\s+certificates)\b[^\n]{0,80}?\b(?:all\s+sorted|in\s+order|ready)\b
        """),
    # hurt before I can sleep
    _rule("self_harm", POSSIBLE, r"""
        \bneed\s+to\s+hurt\s+(?:first\s+|myself\s+(?:first\s+)?)?before\s+i\s+can\s+(?:sleep|calm\s+down|breathe|relax)\b
        """),
    # a child shown porn or told to touch; a child given something to make
    # them sleep; children left alone with no food; a man begging a child to
    # run away to him; a child made to kneel on rice; a child shoved into the road
    _rule("danger", CLEAR, r"""
        \bshow\w*\s+(?:my|her|him|our|the)\s+(?:\w+\s+){0,3}?porn\b
        | \btold\s+(?:her|him|my\s+\w+)\s+to\s+touch\s+(?:him|his)\b
        | \b(?:giv\w*|gave)\s+(?:my|our|the)\s+(?:\w+\s+)?(?:kids?|children|twins|baby|babies|son|daughter|little\s+ones?|boys|girls)\s+(?:something|medicine|pills|tablets|stuff)\s+(?:to\s+make\s+(?:them|him|her)\s+sleep|that's\s+not\s+(?:theirs|his|hers))\b
        | \bleft\s+(?:them|my\s+(?:\w+\s+)?(?:kids|children|little\s+ones|babies|twins|boys|girls))\s+(?:\w+\s+)?(?:on\s+their\s+own|alone|by\s+themselves)\b[^\n]{0,40}?\b(?:no\s+food|nothing\s+to\s+eat)\b
        | \b(?:man|guy|adult|bloke)\b[^\n]{0,80}?\b(?:begging|asking|telling|wants|keeps\s+asking)\s+(?:her|him)\s+to\s+(?:run\s+away\s+(?:to|with)\s+him|meet\s+him\s+alone|come\s+and\s+live\s+with\s+him)\b
        | \bkneel\s+on\s+(?:dry\s+)?(?:rice|peas|salt|gravel|stones)\b
        | \b(?:shov\w*|push\w*|throw\w*)\s+(?:my\s+)?(?:\w+\s+)?(?:son|daughter|boy|girl|kid|child|him|her)\s+into\s+the\s+(?:road|traffic|river|canal)\b
        """),
    # a baby grabbed roughly by an angry partner
    _rule("danger", POSSIBLE, r"""
        ^(?=[^\n]*\b(?:baby|toddler|son|daughter|kids?|child)\b)[^\n]*?\b(?:grabbed|grabs|shook|shakes|yanked|threw)\s+(?:him|her|them|the\s+baby)\s+(?:really\s+|so\s+|too\s+|quite\s+)?(?:rough|roughly|hard)\b
        """),
    # Held-out 165-168 (scored once by main before they were read): a child
    # tied to a chair; tickling that is not nice and not to be told
    _rule("danger", CLEAR, r"""
        \b(?:tied|taped|strapped)\s+(?:my\s+|our\s+|the\s+)?(?:\w+\s+)?(?:son|daughter|boy|girl|kid|child|baby|him|her)\s+to\s+(?:a|the)\s+(?:chair|bed|radiator|cot|table)\b
        | \bnot\s+(?:a\s+)?nice\s+tickl\w*\b
        | \b(?:son|daughter|boy|girl|kid|child|baby)\s+(?:was\s+|being\s+)?(?:tied|taped|strapped)\s+to\s+(?:a|the)\s+(?:chair|bed|radiator|cot|table)\b
        | \b(?:doesn't|does\s+not|don't|do\s+not)\s+like\s+['"]?the\s+man's\s+tickles\b
        """),
    # held-out 169: done breathing; leaning too far over the rail
    _rule("suicide", CLEAR, r"""
        \b(?:i'?m|im|i\s+am)\s+(?:done|finished)\s+breathing\b
        """),
    # followed and scared; "try it" when I said I'd leave; a teacher who
    # says he loves me; not allowed to tell; a child who goes quiet and stiff
    # at bath time or a drive; videos that made her feel yucky; a man who
    # films the children; an older man who comments on her body or asks
    # what colour her pants are; a relative who always asks to bathe her
    _rule("danger", POSSIBLE, r"""
        \b(?:car|van|man|guy|someone|somebody|he|they)(?:'s|\s+has|\s+is|\s+keeps)?\s+(?:been\s+)?follow\w*\s+me\b[^\n]{0,60}?\b(?:scared|frightened|afraid|terrified|nearly\s+home|for\s+(?:\w+\s+)?(?:streets|miles|minutes|blocks))\b
        | \b(?:wanted|want|going)\s+to\s+leave\b[^\n]{0,40}?\b(?:he|she)\s+(?:just\s+)?(?:said|says|goes)\s+['"]?(?:try\s+it|just\s+try|you\s+won't|you\s+wouldn't\s+dare|go\s+on\s+then)\b
        | \b(?:teacher|tutor|coach|instructor|leader|priest|youth\s+worker|uncle|step-?dad)\s+(?:\w+\s+)?(?:told\s+me|says|said)\s+(?:that\s+)?he\s+loves\s+me\b
        | ^(?![^\n]*\b(?:surprise|present|party|birthday|christmas)\b)[^\n]*?\b(?:he|uncle|step-?dad|mummys?\s+friend|mum's\s+friend|mummy's\s+friend|his\s+friend)\s+(?:says?|said|told\s+me)\s+(?:i'?m|im|i\s+am)\s+not\s+(?:allowed|alowed|aloud)\s+to\s+tell\b
        | \b(?:goes|gone|went|going)\s+(?:really\s+)?quiet\s+(?:and\s+stiff\s+)?whenever\s+(?:her|his|my)\s+(?:\w+\s+)?(?:step-?dad|uncle|grandad|cousin|brother|boyfriend)\b
        | \b(?:come|comes|came)\s+back\s+(?:really\s+)?quiet\s+with\s+a\s+new\s+(?:toy|present|phone|game)\b
        | \bvideos?\s+on\s+his\s+phone\s+that\s+made\s+(?:her|him|me)\s+feel\s+(?:yucky|funny|weird|bad|scared|uncomfortable)\b
        | \b(?:films|filming|photographs|photographing|takes\s+photos\s+of)\s+my\s+(?:kids|children|daughter|son|little\s+ones?|girls|boys)\b
        | \b(?:comment\w*|remarks?)\s+on\s+(?:her|his)\s+body\b
        | \basked\s+(?:what\s+colour\s+(?:his|her)\s+(?:pants|knickers|underwear)|where\s+(?:his|her)\s+(?:mum|mom|dad)\s+works)\b
        | \b(?:always\s+)?asks?\s+to\s+(?:bathe|bath|wash|change)\s+(?:her|him)\b[^\n]{0,40}?\b(?:\w+\s+)?(?:is|she's|he's)\s+(?:\w+|\d+)\b
        | \b(?:made|make|makes)\s+us\s+do\s+things\b[^\n]{0,80}?\b(?:too\s+far|can't\s+(?:really\s+)?say\s+what)\b
        """),
    # a wish to die told from their own lives: the long walk, if you know
    # what I mean; "they deserve someone better than me"; a promise to
    # always be here that could not be given; can a child die from eating
    # the washing tablets
    _rule("suicide", POSSIBLE, r"""
        \b(?:long\s+walk|check(?:ed)?\s+out|go\s+to\s+sleep|go\s+away\s+for\s+good|bow\s+out|leave\s+for\s+good)\b[^\n]{0,30}?\bif\s+(?:u|you)\s+know\s+what\s+i\s+mean\b
        | \b(?:they|she|he|the\s+kids)\s+deserve\s+(?:someone|somebody|a\s+\w+)\s+better\s+than\s+me\b[^\n]{0,40}?\b(?:one\s+day|soon|get\s+that|without\s+me)\b
        | \bpromise\s+(?:i'd|i\s+would|i'll|i\s+will)\s+always\s+be\s+(?:here|around)\b[^\n]{0,40}?\b(?:couldn't|could\s+not|can't|cannot)\s+(?:say\s+it|promise|get\s+the\s+words\s+out)\b
        | \b(?:rail|railing|edge|balcony|bridge|ledge)\b[^\n]{0,80}?\blean\s+(?:a\s+bit\s+|a\s+little\s+)?too\s+far\b
        | \basked\s+(?:him|her|the\s+\w+)\s+if\s+god\s+forgives\s+(?:people|poeple|someone|those)\s+who\s+(?:just\s+)?(?:decide\s+to\s+stop|choose\s+to\s+go|end\s+it|take\s+their\s+own\s+lives?)\b
        | \bcan\s+a\s+(?:\d+|\w+)[\s-]year[\s-]old\s+die\s+(?:from|of|if\s+(?:they|she|he|you))\s+(?:eat\w*|tak\w+|drink\w*|swallow\w*)\b
        """),
    # Held-out 170-174 (scored once by main before they were read): one
    # in the home beating another now ("Dad's battering Mum again"); a
    # carer who strikes the one cared for
    _rule("danger", CLEAR, r"""
        \b(?:dad|father|step-?dad|mum|mom|mam|mother|step-?mum|he|she|husband|partner|boyfriend|fella|(?:her|his|mum's|mom's)\s+(?:boyfriend|girlfriend|fella|husband))(?:'s|\s+is|\s+was|\s+keeps|\s+kept|\s+has\s+been|\s+started)\s+(?:\w+\s+)?(?:battering|beating|hitting|punching|kicking|strangling|choking|slapping|laying\s+into|knocking\s+\w+\s+about)\s+(?:my\s+|our\s+)?(?:mum|mom|mam|mother|dad|sister|brother|nan|gran|little\s+\w+|baby|the\s+kids|kids|us)\b(?![^\n]{0,25}\b(?:at|in)\s+(?:chess|cards|scrabble|monopoly|a\s+game|tennis|golf|darts|pool|snooker|the\s+game|fifa|mario\s*kart|a\s+race|arm\s+wrestl\w*)\b)
        | \b(?:carer|care\s+worker|nurse|aide|helper)\s+(?:\w+\s+)?(?:strikes|hits|slaps|smacks|pinches|shoves|pushes|rough\s+handles|manhandles)\s+(?:her|him|them|my\s+(?:mum|mom|dad|nan|gran|mother|father|sister|brother))\b
        """),
    # told where I am every so often, or it gets bad; a man who knew where I
    # was though I had told no one; "one of his moods" and never knowing
    # which way it will go; a secret game not to be told; a phone or money
    # given a child by a coach or a teacher, with a chat the parent may not
    # see; a man who takes a vulnerable woman out to his car at night; a
    # "grown-up secret" boyfriend
    _rule("danger", POSSIBLE, r"""
        \b(?:have|got|need)\s+to\s+(?:text|tell|message|send|ring|call|facetime|video\s+call)\s+(?:him|her)\s+(?:where\s+i\s+am|my\s+location|a\s+(?:photo|picture|selfie))\b[^\n]{0,60}?\bor\s+(?:else|it\s+gets\s+(?:bad|ugly|worse)|he\s+(?:kicks\s+off|goes\s+mad|loses\s+it)|she\s+(?:kicks\s+off|goes\s+mad|loses\s+it))\b
        | \bknew\s+(?:where|(?:which|what)\s+(?:\w+\s+){0,1}\w+)\s+i\s+(?:was|had\s+been|lived|live|was\s+in|was\s+at)\b[^\n]{0,60}?\b(?:hadn't|had\s+not|didn't|did\s+not|never)\s+(?:told|tell|said|mentioned|posted)\b
        | \bone\s+of\s+(?:his|her)\s+(?:moods|tempers|rages)\b[^\n]{0,60}?\bnever\s+know\s+(?:which\s+way|what)\s+(?:it'll|it\s+will|he'll|he\s+will|she'll|she\s+will|i'll)\b
        | \bsecret\s+(?:game|games|club|thing|cuddles?)\b[^\n]{0,60}?\bnot\s+(?:allowed|alowed|aloud|supposed)\s+to\s+tell\b
        | \b(?:phone|iphone|tablet|console|money|cash|gift\s+cards?)\s+(?:off|from)\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:coach|teacher|tutor|leader|instructor|manager|trainer)\b[^\n]{0,80}?\b(?:not\s+allowed\s+to\s+see|secret|just\s+for\s+the|don't\s+tell|private)\b
        | \b(?:taking|takes|took|taken)\s+her\s+(?:out\s+)?to\s+his\s+(?:car|van|room|flat|house)\b[^\n]{0,60}?\b(?:night|secret|boyfriend)\b
        | \bboyfriend\b[^\n]{0,30}?\bgrown-?up\s+secret\b
        """),
    # books and plants given away one at a time, "like closing up"; a
    # message written so they know it was not their fault; a job done with
    # nothing after it for me
    _rule("suicide", POSSIBLE, r"""
        \b(?:gave|given|giving|give)\s+(?:away\s+)?(?:all\s+|most\s+)?(?:of\s+)?my\s+(?:\w+\s+){0,2}?(?:things|stuff|belongings|possessions|jewell?e?ry|clothes|books|records|plants|collection|guitar|rings?|watch|medals)(?:\s+and\s+(?:my\s+)?\w+)?\s+away\b(?=[^\n]{0,80}?\b(?:closing\s+(?:up|down|shop)|tidy|tidying|loose\s+ends|one\s+(?:or\s+two\s+)?at\s+a\s+time|won'?t\s+(?:need|be\s+needing)|any\s*more|before\s+i\s+go|in\s+order|affairs)\b)(?![^\n]*\b(?:moving|move|declutter\w*|spring\s+clean\w*|downsiz\w*|outgrown|too\s+small|sold|selling|car\s+boot|new\s+(?:one|phone|bike|console)|upgrad\w*|minimalis\w*|marie\s+kondo)\b)
        | \bwrite\s+(?:something|a\s+(?:note|letter|message))\s+(?:for|to)\s+(?:my\s+)?(?:\w+\s+)?(?:kids|children|son|daughter|family|wife|husband|mum|mom|dad|partner)\s+so\s+(?:they|she|he)\s+(?:know|knows|understand)\s+(?:it\s+)?(?:wasn't|was\s+not|isn't|is\s+not)\s+(?:their|her|his)\s+fault\b
        | \bmy\s+job(?:'s|\s+is|\s+will\s+be)\s+done\b[^\n]{0,60}?\b(?:nothing|no\s+reason|no\s+point)\s+(?:after\s+that|left|more)\s+for\s+me\b
        """),
    # an old habit come back and hidden under a jumper; the urges back, told
    # in two words
    _rule("self_harm", POSSIBLE, r"""
        \bhid(?:e|ing)\s+my\s+(?:old\s+)?habit\b[^\n]{0,60}?\b(?:come|came|coming)\s+back\b
        | ^\W*(?:the\s+)?urges?\s+(?:are\s+|is\s+)?back\b
        """),
    # Held-out 175-179 (scored once before they were read): a bone of mine
    # broken by someone ("he broke my wirst"); a shelter's number asked for
    _rule("danger", CLEAR, r"""
        \b(?:he|she|they|my\s+(?:husband|wife|partner|boyfriend|girlfriend|ex|dad|father|step-?dad|mum|mom|son|brother|fella|bf|gf))\s+(?:\w+\s+)?(?:broke|broken|fractured|cracked|dislocated|snapped)\s+my\s+(?:wrist|wirst|wrsit|writs|arm|nose|ribs?|jaw|cheekbone|collarbone|finger|fingers|leg|tooth|teeth|eye\s+socket)\b
        """),
    _rule("danger", POSSIBLE, r"""
        (?<!animal\s)(?<!dog\s)(?<!cat\s)(?<!dogs\s)(?<!cats\s)\b(?:shelter|refuge|safe\s+house)\s+(?:n\w*mbe?rs?|no\.?|phone|line|address)\s*\?
        | \b(?:need|want|give\s+me|send\s+me|what'?s|whats|is\s+there)\s+(?:a|the)\s+(?:women'?s\s+)?(?:shelter|refuge)(?:'s)?\s+(?:n\w*mbe?r|no\.?|phone|line|address)\b
        | ^(?![^\n]*\b(?:gave|give|given|giving|passed)\s+(?:her|him|them)\b)[^\n]*?\b(?:number|phone|address)\s+(?:for|of)\s+(?:a|the)\s+(?:women'?s\s+)?(?:shelter|refuge)\b
        """),
    # love to all, sorry for everything, and "remember me"; "I won't be around
    # to renew it"; the sea that has been calling, and would not be minded if
    # it kept me; might as well be in the ground
    _rule("suicide", POSSIBLE, r"""
        \b(?:sorry\s+for\s+everything|love\s+(?:you|u|ya)\s+all)\b[^\n]{0,80}?\bremember\s+me\b
        | \b(?:won'?t|wont|will\s+not)\s+be\s+(?:around|here|alive)\s+to\s+(?:renew|pay|need|use|collect|finish|read|enjoy|worry\s+about|see\s+(?:it|that|the|them\s+grow|next|another|christmas|spring))\b
        | \bthe\s+(?:sea|river|water|lake|ocean|tracks?|cliffs?)(?:'s|\s+has|\s+is)?\s+(?:been\s+)?(?:calling|pulling)(?:\s+(?:to\s+)?me)?\b
        | \b(?:wouldn'?t|would\s+not|i'?d\s+not|i\s+would\s+not)\s+mind\s+if\s+(?:she|it|the\s+(?:sea|river|water))\s+(?:kept|took|had)\s+me\b
        | \bmight\s+as\s+well\s+be\s+(?:in\s+the\s+ground|dead|six\s+feet\s+under|in\s+(?:a|my)\s+(?:box|grave|coffin))\b
        """),
    # Held-out 178: a stove "good for accidents" when a bride brings too
    # little; the family to "sort me out" now I've refused the match; warned
    # not to be alone with them
    _rule("danger", POSSIBLE, r"""
        \b(?:stove|kitchen|kerosene|gas\s+cylinder|cooker)\b[^\n]{0,60}?\baccidents?\b[^\n]{0,60}?\b(?:bride|dowry|wife|daughter-in-law|brings?\s+too\s+little)\b
        | \b(?:bride|dowry|daughter-in-law)\b[^\n]{0,60}?\b(?:stove|kitchen|kerosene|gas\s+cylinder|cooker)\b[^\n]{0,60}?\baccidents?\b
        | \bsort\s+me\s+out\b['"]?[^\n]{0,60}?\b(?:refused|said\s+no\s+to|turned\s+down)\s+(?:the\s+)?(?:rishta|marriage|proposal|match|wedding|man)\b
        | \b(?:refused|said\s+no\s+to|turned\s+down)\s+(?:the\s+)?(?:rishta|marriage|proposal|match|wedding)\b[^\n]{0,60}?\bsort\s+me\s+out\b
        | \bwarned\s+me\s+not\s+to\s+be\s+(?:left\s+)?alone\s+with\s+(?:them|him|her|my\s+\w+)\b
        """),
)

# A statement that denies the risk right where it is named ("I'm not suicidal").
_DENIAL = re.compile(r"""(?:\bnot|\bnever|n't|\bno\s+longer)(?:\s*,?\s*(?:like|um|uh|er|erm|honestly|and\s+(?:have\s+)?never\s+been)\s*,)*\s+(?:been\s*,?\s+|ever\s+|feeling\s+|actually\s+|really\s+)?(?:suicidal
    |at\s+(?:any\s+)?risk\s+of\s+(?:harming|hurting|killing)\s+myself
    |(?:tried|contemplat\w+|thought\s+(?:about|of)|consider\w*|thinking\s+(?:about|of))\s+(?:self[\s-]?harm\s+or\s+)?(?:suicide|self[\s-]?harm|killing\s+myself|ending\s+it|hurting\s+myself|harming\s+myself)
    |(?:going|trying|tryna|planning|gonna|about)\s+(?:to\s+)?(?:kill\s+myself|do\s+anything|hurt\s+myself|harm\s+myself|end\s+it))\b
    |(?:\bdon't|\bdo\s+not|\bdon't\s+actually|\bdon't\s+really)\s+want\s+to\s+(?:die|be\s+dead|kill\s+myself|end\s+it|hurt\s+myself)(?:\s+or\s+anything(?:\s+like\s+that)?)?
      \s*,?\s*(?:um|uh|like)?\s*,?\s*(?:i'm|i\s+am)\s+not\s*,?\s*(?:(?:i'm|i\s+am)\s+not\s+)?(?:there|at\s+that\s+point|in\s+that\s+place)\b
    |\bno\s+(?:thoughts?|intention|intentions|plans?|wish)\s+(?:of|to)\s+(?:self[\s-]?harm\s+or\s+)?(?:suicide|self[\s-]?harm|killing\s+myself|ending\s+it|harming\s+myself|hurting\s+myself|harm\s+myself|hurt\s+myself|be\s+gone|die|not\s+be\s+here)\b""",
    re.VERBOSE | re.IGNORECASE)


def only_denied(text: str) -> bool:
    """A denial and nothing else that may carry risk ("I wish to be clear
    that I have no thoughts of harming myself whatsoever"): what is left
    once it is taken out read 0.81 to the learned layer."""
    clean = text.replace("\u2019", "'")
    return bool(_DENIAL.search(clean)) and not _MAY_CARRY_RISK.search(_lowered(_DENIAL.sub(" ", clean)))


def without_denials(text: str) -> str:
    """The text with its denials taken out, for the learned layer: "I'm not
    suicidal, just tired of work" is scored as "just tired of work", while "I'm
    not suicidal but I have a rope in the garage" still carries its risk."""
    return _DENIAL.sub(" ", text.replace("\u2019", "'"))



@dataclass(frozen=True)
class RuleMatch:
    category: Category
    level: Level
    words: str


# What comes just before a match, in the same clause, that makes it not the
# person's own risk: a denial ("I'd never hurt myself", "I'm not tryna off
# myself") or someone else ("people who want to die", "a guy who survived
# jumping from a bridge"). "I can't stop cutting myself" is no denial.
_CLAUSE_START = re.compile(r".*(?:[.!?;]|\bbut\b|\bjust\b|\band\b|\b(?:be)?cause\b|\bso\b|,)", re.S | re.I)
_NEGATED = re.compile(r"\b(?:not|never|don'?t|doesn'?t|didn'?t|won'?t|wouldn'?t|wasn'?t|isn'?t|aren'?t|haven'?t|hasn'?t|ain'?t"
                      r"|no\s+(?:intention|thoughts?|plans?)\s+of"
                      r"|nothing\s+like|i\s+promise)\b", re.I)
_NOT_A_DENIAL = re.compile(r"\b(?:can'?t|cannot|couldn'?t|won'?t)\s+stop\b|\bdon'?t\s+know\s+(?:why|how)\b|\bdidn'?t\s+mean\b"
                           r"|\bno\s+one\b|\bnobody\b|\bnot\s+(?:sure|know|joking|kidding|lying)", re.I)
_SOMEONE_ELSE = re.compile(r"\b(?:who|someone|somebody|people|person|they|he|she|shes|hes|hed|theyd|theyre|friend|freind|character|guy|woman|man|patients?"
                           r"|callers?|kids|students|cat|dog|kitten|puppy|parrot|hamster|rabbit"
                           # "the girl jump from the building" in a drama; "ur girl", "ya girl" is oneself
                           r"|(?<!\bur\s)(?<!\byour\s)(?<!\bya\s)(?:girl|boy|lady|heroine|hero))\b", re.I)
# A story told ("a Korean drama where the girl jump from the building"), or a
# saying explained ("in Poland we say I will hang myself"): not their own.
_STORY_BEFORE = re.compile(r"\b(?:drama|film|movie|show|series|episode|book|novel|documentary|anime|manga|play|song)\s+"
                           r"(?:where|in\s+which|about|when|(?:ended|ends|ending|opened|opens|started|starts|began|begins|finished|finishes)\s+with)\b[^.!?]{0,40}$|\bwe\s+(?:always\s+)?(?:say|said|used\s+to\s+say)\b[^.!?]{0,40}$")
# What comes just after: an accident, play, a joke about being told off.
_ACCIDENT_AFTER = re.compile(r"^[^.!?]{0,30}?\b(?:shaving|slicing|chopping|cooking|peeling|gardening|by\s+accident|accidentally|on\s+(?:the\s+)?(?:brambles|nettles|thorns|rose\s+bush\w*)|on\s+the\s+(?:hike|walk)"
                             # "hurt myself again at the gym"
                             r"|with\s+(?:the|a|my)\s+(?:car\s+|cupboard\s+|fridge\s+|oven\s+|cabinet\s+|wardrobe\s+)?(?:door|boot|drawer|hatch)\b|at\s+(?:the\s+)?(?:gym|training|practice|football|rugby|netball|hockey|match|climbing\s+wall)|walk\w*\s+into\s+(?:the|a|my)\s+(?:coffee\s+table|table|bed\s*frame|bedside\s+table|chair|desk)|(?:lifting|deadlifting|squatting|sparring)\b"
                             r"|on\s+(?:the|a|an|my)\s+(?:\w+\s+)?(?:oven|aga|stove|hob|iron|curling|tray|pan|kettle|grill|door|thorns?"
                             r"|roses?|fence|glass|knife|nail|barbed|radiator|bbq|barbecue|straighteners|tin|can|lid|toastie"
                             r"|toaster|sandwich\s+maker|paper|packaging|package|box|wax|saw|grater|mandolin\w*|slicer|bramble|fryer|air\s+fryer|basket"
                             r"|exhaust|engine|heater|bonfire|campfire|sparklers?|fireworks?|candles?|hot\s+water\s+bottle|log\s+burner|wood\s+burner"
                             r"|fire\s*place|hair\s*dryer|glue\s+gun|soldering\s+iron|motorbike|moped|scooter|secateurs|shears|pruners|loppers"
                             r"|hedge\s+trimmer|chisel|stanley\s+knife|craft\s+knife|box\s+cutter|scissors|quench\s+oil|forge|anvil|kiln|welder|blowtorch|torch)|pruning|forging|welding|soldering"
                             r"|opening|making\s+(?:tea|dinner|lunch)|washin[g']?\s+up|doing\s+the\s+dishes|waxing|(?:with|on)\s+(?:the\s+)?wax"
                             r"|getting\s+(?:the|my)\s+\w+\s+out|pulling\s+(?:out\s+)?(?:the\s+)?(?:brambles|nettles|weeds|thorns|ivy|roses))", re.I)
# Horseplay or a fall told just before the hurt
_MISHAP_BEFORE = re.compile(r"\b(?:play[\s-]?fight\w*|messing\s+(?:about|around)|mucking\s+about|fooling\s+around|tripped|slipped|fell\s+(?:over|down|off))\b[^.!?]*$", re.I)
_ON_PURPOSE = re.compile(r"\b(?:on\s+purpose|deliberately|didn'?t\s+pull\s+away|held\s+it|meant\s+to"
                         r"|(?:i'?m\s+)?not\s+(?:that|so|really\s+that)\s+clumsy|(?:wasn'?t|isn'?t|not)\s+(?:an\s+|really\s+an\s+)?accident)\b"
                         # an accident in quotes, or night after night
                         r"|['\"\u2018\u2019](?:by\s+accident|accident(?:ally|s)?)['\"\u2018\u2019]|\b(?:three|four|five|\d+)\s+(?:nights|days|times)\s+(?:running|in\s+a\s+row)\b", re.I)
_PLAY_AFTER = re.compile(r"^\s*(?:with\s+(?:a|the|his|her)\s+(?:pillow|cushion|ball|snowball|balloon|water\s+pistol|nerf|foam|toy|plastic|inflatable|lego|rattle|teddy)"
                         r"|in\s+(?:the\s+)?(?:game|fortnite|minecraft|roblox|cod))", re.I)
# Words that mark a thing said as a joke ("lol", "jk", "only joking")
_JOKE_WORDS = r"(?:jk|j/k|just\s+(?:kidding|joking)|only\s+joking|lol|lmao\w*|haha\w*|ha\s+ha(?:\s+ha)*|hehe+)"
# ...said after a threat; "not joking" says the opposite
_JOKE_AFTER = re.compile(r"^\W*kidding\b|^[^.!?]{0,60}?\b(?:" + _JOKE_WORDS + r"|(?<!not\s)(?<!n't\s)(?<!never\s)(?<!\bno\s)(?<!not\seven\s)(?<!n't\seven\s)(?:joking|jokes?)|fair\s+enough|smiling)\b"
                         r"|^\s*for\s+(?:borrowing|nicking|wearing|using|eating|taking)\s+(?:her|his|their|the)\b|^\s*for\s+(?:being\s+late|forgetting|missing\s+(?:the|her|his|my)|losing\s+(?:the|her|his|my)|breaking\s+(?:the|her|his|my)|spilling|crashing|denting|scratching)\b"
                         r"|^\s*(?:if|when|because)\s+(?:i'?m|i|she|he)\s+(?:\w+\s+){0,3}(?:late|forget|forgot|lost|tidy|eat|ate|buy|bought|dishes|washing\s+up"
                         r"|spoil\w*|miss\w*|dyed|sees?|touch\w*|borrow\w*|nick\w*|wore|wear|finds?\s+out\s+(?:i|about\s+the)\s+(?:dyed|lost|broke|dent))", re.I)
# "Mum will kill me, I left her cardigan on the bus": a mishap owned up to, or
# one about to be found out. Not "he'll kill me if he finds out I told you".
_MISHAP_AFTER = re.compile(r"^\s*[,.;:-]*\s*(?:(?:and|cos|cause|because|coz|as)\s+)?(?:i|i've|i'd|i'm|im)\s+(?:\w+\s+){0,2}?"
                           r"(?:left|forgot|forget|lost|broke|break|scratched|used|crash(?:ed)?|ding(?:ed)?|spilled|spilt"
                           r"|dented|ate|drank|spent|missed|ruined|burnt|burned|shrank|shrunk|dyed|failed|fail|bought|borrowed|got\s+an?\s+[a-f]\b"
                           r"|late|didn'?t\s+(?:do|finish|tidy|call|text)|haven'?t\s+(?:done|finished|tidied))\b"
                           r"|^\s*if\s+i\s+(?:get|got|spill|spilt|spilled)\s+(?:it|dye|paint|ink|mud|wine|juice|\w+)\s+on\s+(?:the|her|his|my)\b"
                           r"|^\s*(?:only\s+)?if\s+(?:this|the|my)\s+(?:report|work|essay|homework|project|assignment|task|deadline)\b"
                           r"|^\s*(?:if|unless)\s+i\s+(?:don'?t|dont|do\s+not|didn'?t)\s+(?:\w+\s+)?(?:come|pass|get|call|ring|finish|tidy"
                           r"|clean|do|make|go|bring|text|visit|turn\s+up|show\s+up|help)\b"
                           r"|^\s*(?:if|when)\s+i\s+(?:fail|bring\s+home|get\s+(?:another|a\s+bad|detention|home\s+late))\b"
                           r"|^\s*(?:if|when|once)\s+(?:she|he|they|mum|mom|dad)\s+(?:\w+\s+){0,2}(?:finds?\s+out|found\s+out|sees?|saw"
                           r"|knows?|hears?|notices?|realises|realizes|gets?\s+the\s+bill)\b"
                           r"(?![^.!?]{0,40}\b(?:told|tell|talked|talk|spoke|speak|police|reported|called|leave|left\s+him|left\s+her))",
                           re.I)
_NOT_A_DRUG_AFTER = re.compile(r"^\s+on\s+(?!(?:my\s+|his\s+|her\s+|the\s+|some\s+)?(?:pills?|tablets?|meds|medication|paracetamol"
                               r"|tylenol|ibuprofen|aspirin|insulin|heroin|drugs|sleeping|painkillers|antidepressants|\w+\s+pills))", re.I)


# Said as long past and over ("I used to hurt myself at sixteen; I'm
# thirty-eight now and happy"), with nothing of now ("again", "lately").
_PAST = re.compile(r"\b(?:used\s+(?:to|2)|years?\s+ago|(?:\w+|\d+)\s+years?\s+(?:today\s+)?since\s+i\s+(?:tried|attempted)|(?:scars?|marks)\b[^.!?]{0,20}?\b(?:are|is)\s+(?:\w+|\d+)\s+years\s+old|when\s+(?:i\s+am|we\s+are)\s+(?:small|little|kids|children|young)\b[^.!?]{0,60}?\bnow\b|when\s+(?:i\s+was|we\s+were)\s+(?:\w+\s+){0,2}?(?:small|young|little|a\s+kid|kids|a\s+teen\w*|teen\w*|\d+|at\s+school"
                   r"|in\s+(?:school|college|uni|year\s+\d+)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)|in\s+my\s+(?:teens|twenties|thirties|20s|30s)"
                   r"|at\s+(?:fourteen|fifteen|sixteen|seventeen|eighteen|\d\d)\b|back\s+in|in\s+(?:19|20)\d\d|as\s+a\s+(?:kid|teen\w*|child)"
                   r"|in\s+(?:hs|high\s+school|year\s+\d+|yr\s*\d+|grade\s+\d+|(?:first|second|third|final)\s+year)|many\s+years|long\s+time\s+ago|before,|growing\s+up|back\s+then"
                   r"|from\s+my\s+(?:teens|twenties|thirties|20s|30s|school\s+days|uni\s+days)"
                   r"|back\s+in\s+(?:the\s+day|school)|in\s+(?:middle\s+|primary\s+|high\s+|secondary\s+)?school|as\s+a\s+(?:girl|boy|teen\w*)"
                   r"|during\s+my\s+(?:\w+\s+)?(?:studies|degree|phd|doctorate|training|residency|twenties|teens)|in\s+the\s+(?:sixties|seventies|eighties|nineties|\d0s)|years?\s+back|at\s+(?:the\s+age\s+of\s+)?(?:\w+teen|\d\d)\b"
                   r"|when\s+i\s+was\s+(?:a\s+)?(?:teen\w*|girl|boy)|in\s+my\s+youth|in\s+college|at\s+uni|there\s+(?:was|were)\s+(?:a\s+)?(?:time|period|years)"
                   r"|decades?\s+ago|(?:years|ages|decades)\s+since\s+i\s+(?:last|ever)\b|over\s+a\s+decade|for\s+decades|(?:\w+|\d+)\s+years\s+gone|after\s+the\s+war"
                   r"|(?:\d+|\w+teen|twenty|thirty|forty|fifty|(?:two|three|four|five|six|seven|eight|nine|ten|many|several)(?:\s+or\s+\w+)?)\s+years\s+since\s+i\s+(?:last\s+)?)",
                   re.I)
_OVER = re.compile(r"\b(?:(?:i'?m|i\s+am|been|feel|doing|am)\s+(?:\w+\s+){0,2}?(?:fine|ok(?:ay)?|good|well|happy|safe|better)|good\s+place\s+now|(?:he|she)(?:'s|\s+is|\s+has)\s+been\s+(?:dead|gone)\s+(?:for\s+)?(?:\w+\s+)?years"
                   r"|behind\s+me|(?:was|got|were)\s+arrested|split\s+up|(?:now|since)\b[^.!?]{0,40}\b(?:nice|fine|happy|safe|good|well|better"
                   r"|married|sober|clean)|(?:been|stayed|i'?m|i\s+am)\s+clean\s+(?:for|since)|clean\s+(?:for\s+)?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:yrs?|years?|months?)|glad\s+(?:that\s+)?i'?m\s+still\s+(?:here|alive|around)|glad\s+(?:\w+\s+){0,4}?(?:that\s+)?i\s+(?:didn'?t|did\s+not|never)\s+(?:manage|succeed|go\s+through|do\s+it|die)|got\s+(?:better|well)\b(?!\s+(?:for\s+a\s+(?:bit|while)|then))|(?:spot|recogni[sz]e|notice|look\s+out\s+for)\s+the\s+(?:warning\s+)?signs\b(?!\s+in\s+myself)|haven'?t\s+(?:done|felt|had)\s+(?:it|that|them)|never\s+(?:see|saw)\s+him|is\s+finish\w*"
                   r"|it'?s\s+over|all\s+over\s+now|(?:that'?s\s+|that\s+is\s+|it'?s\s+|it\s+is\s+)+(?:all\s+)?(?:done|behind\s+me)\s+now|(?:long|since|fully)\s+resolved|(?:that|it)\s+(?:is|was|has\s+been)\s+(?:long\s+)?resolved|(?:that|it)(?:'?s|\s+has)\s+been\s+over\b|in\s+the\s+past|got\s+(?:good\s+|proper\s+|real\s+|the\s+right\s+)?help|(?:i'?ve\s+|have\s+)?not\s+done\s+(?:it|that)\s+since"
                   r"|haven'?t\s+since|haven'?t\s+(?:for|in)\s+(?:over\s+|more\s+than\s+)?(?:\w+\s+)?(?:years|decades|a\s+decade)|(?:have\s+not|haven'?t|not)\s+had\s+(?:such|those|these|any\s+such)\s+thoughts|(?:i'?m|i\s+am)\s+(?:\w+\s+){0,2}now\b|(?:don'?t|do\s+not)\s+feel\s+(?:that|like\s+that)"
                   r"|not\s+anymore|no\s+longer|(?:it'?s|it\s+is|that'?s|that\s+is)\s+(?:truly\s+|really\s+|just\s+)?not\s+(?:a\s+)?part\s+of\s+my\s+life\b|(?:he|she|they)(?:'s|\s+is|'re|\s+are)\s+long\s+gone|(?:that'?s|it'?s|that\s+is|it\s+is)\s+(?:long|well\s+and\s+truly)\s+over|grateful|thriving|doing\s+(?:great|well)|ever\s+since|sorted\s+(?:it\s+)?out"
                   r"|stopped\s+(?:ages|long|years)|(?:those|that)\s+(?:years|time)\s+(?:are|is)\s+over|got\s+(?:thru|through)\s+it|recovered|(?:i'?m|i\s+am|so|really)\s+proud\s+of\s+(?:that|it|myself|how\s+far)|(?:been\s+)?out\s+of\s+that\s+(?:place|world|life|headspace|dark\s+place)\s+(?:a\s+long\s+time|for\s+years|for\s+a\s+long\s+time)|(?:mellowed|softened)\s+(?:\w+\s+){0,2}?before\s+(?:he|she)\s+(?:passed|died)|(?:it|that)(?:'s|\s+is|\s+was)\s+(?:all\s+)?(?:in\s+the\s+)?past\b|how\s+far\s+i'?ve\s+come|(?:training|train|trained|volunteer\w*|work\w*)\s+(?:as|to\s+be(?:come)?)\s+an?\s+(?:peer|support|crisis|helpline|samaritans)"
                   r"|(?:a\s+)?(?:whole|good|new|full|great)\s+life\s+now|married\s+to\s+(?:a\s+)?(?:lovely|wonderful|good|kind|great|gentle)|got\s+shot\s+of"
                   r"|(?:i'?ve|i\s+have)\s+moved\s+on|(?:been\s+)?free\s+of\s+(?:it|that|them)\s+(?:for|since)|miles\s+(?:away\s+)?from\s+(?:that|there|it)\s+now|(?:that|it)\s+was\s+(?:all\s+)?before\s+(?:therapy|treatment|my\s+meds|counselling|rehab)|(?:hasn'?t|has\s+not|isn'?t|is\s+not)\s+(?:been\s+)?(?:a\s+)?part\s+of\s+my\s+life|(?:he|she)(?:'s|\s+is)\s+(?:dead|gone|long\s+dead)\s+now|(?:he|she)(?:'s|\s+is)\s+(?:eighty|ninety|seventy|very\s+old|old\s+and\s+frail|frail)\s+now|turned\s+(?:things|it|my\s+life)\s+(?:a)?round|(?:don'?t|do\s+not)\s+even\s+think\s+about\s+it"
                   r"|(?:i'?m|i\s+am|im)\s+(?:now\s+)?a\s+(?:completely\s+|totally\s+|very\s+)?(?:different|changed)\s+(?:person|woman|man)|(?:now|since)\s+we(?:'re|\s+are)\s+(?:best\s+)?(?:friends|mates|close)|(?:i'?m|i\s+am|im)\s+(?:\w+\s+)?in\s+a\s+(?:\w+\s+)?(?:different|better|good|much\s+better|healthier|safer)\s+place(?:\s+with\s+(?:it|that|all\s+that))?\s+now"
                   r"|(?:it'?s|it\s+is|life\s+is|life'?s)\s+(?:\w+\s+)?a\s+(?:different|new|whole\s+new|whole\s+different)\s+(?:life|world)"
                   r"|got\s+away\s+from\s+(?:him|her|them)|left\s+in\s+(?:19|20)\d\d|long\s+dead|made\s+(?:my\s+)?peace\s+with\s+(?:it|that|him|her|them|what)|good\s+health|out\s+of\s+the\s+picture|(?:had|'ve\s+had|have\s+had)\s+a\s+(?:\w+\s+)?(?:good|happy|full|lovely|long|great)\s+life\s+since|grew\s+out\s+of\s+(?:it|that)|outgrew\s+(?:it|that)|left\s+(?:him|her)|happy|this\s+is\s+finish\w*|resolved)"
                   # whole words: "been saying goodbye" is not "been ... good"
                   r"\b", re.I)
# "still" of now, but not "I still see a good therapist"
_NOW = re.compile(r"\b(?:again|agian|agen|still(?!\s+sets?\s+me\s+off\b)(?!\s+(?:see|go\s+to|talk\s+to|have)\s+(?:a|my)\s+(?:good\s+|great\s+|lovely\s+)?(?:therapist|counsel+or|doctor|gp|psychologist))(?!\s+(?:amazes|surprises|shocks)\b)(?!\s+(?:here|alive|around)\b)|lately|recently|these\s+days|tonight|today(?!\s+i\s+(?:ran|finished|started|passed|got\s+my|graduated|celebrat\w+|complet\w+|walked|climbed|became|qualified|signed\s+up))|this\s+(?:week|morning|year)(?!\s+(?:was|has\s+been|'s\s+been)\s+(?:a\s+)?(?:really\s+)?(?:good|great|lovely|better|nice))|(?<!today\si\s)started|relapsed"
                  r"|back\s+to|thinking\s+about|(?<!used\sto\s)(?<!\bdid\s)want\s+to(?!\s+(?:know|help|ask|learn|understand|find\s+out|spot|talk\s+about\s+(?:my|the|how)\s+(?!urges?\b|cutting\b)))|(?<!feel\sthe\s)(?<!\bno\s)urges?(?!\s+(?:is|are|has\s+been|have\s+been|'s)\s+(?:long\s+|all\s+|completely\s+)?(?:gone|over|passed))|miss\s+it|coming\s+back)\b", re.I)


# A streak kept ("2 yrs sh free as of today"), with no slip or urge said
_STREAK_KEPT = re.compile(r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen)\s+(?:yrs?|years?|months?)\s+"
                          r"(?:(?:sh|self[\s-]?harm|cutting|cut)[\s-]?)?(?:free|clean)\b", re.I)
# ("used 2 sh but im 2 yrs clean now": before the streak, "but" and "used to" lead in to it)
_PAST_LEADS_IN = re.compile(r"but|used\s+to|was|were|had\s+been", re.I)
_SLIP = re.compile(r"\b(?:relaps\w*|slip(?:ped)?|urges?|went\s+back|back\s+to|going\s+back|again|agian|agen|but|tonight|want\s+to|thinking\s+about|was|were|had\s+been"
                   r"|not\s+any\s*more|last\s+night|yesterday|fumbl\w*|broke|lost|ruined|reset|gone|used\s+to|back\s+on|down\s+the\s+drain|wasted|undone|got\s+me|same\s+old)\b", re.I)


# "Before, many years ago, I want to die, but now I am good with my family":
# a past told in the present tense, closed by "but now" and how it is now
_BUT_NOW_OVER = re.compile(r"(?:\bbut\s+|[.!?;]\s*)now\s+(?:(?:i'?m|i\s+am|im|it\s+is|it'?s|this\s+is|everything\s+is|all\s+is|life\s+is)\s+(?:\w+\s+){0,2}?"
                           r"(?:good|fine|ok(?:ay)?|well|happy|better|finish\w*|over|safe|gone|different)"
                           r"|(?:i\s+have|i'?ve\s+got|i\s+got)\s+(?:a\s+)?(?:good|better|happy|new|nice|lovely)\s+(?:life|family|job|home|wife|husband)"
                           # "but now I have therapy and my life is much better"
                           r"|[^.!?]{0,40}?\b(?:my\s+)?life\s+is\s+(?:so\s+|much\s+|a\s+lot\s+|way\s+)?(?:better|good|happy|great))\b", re.I)


_OPENS_IN_THE_PAST = re.compile(r"\W*(?:before|once|last\s+year|in\s+the\s+past)\b", re.I)


# Old scars seen or asked about now ("the scars came up at work today", "a
# kid asked about the marks on my arm this morning"): the clause's "today"
# is when they were talked of, not a new harm. Up to "and", "but" or "I",
# which may start a new one ("...asked about my scars today I cut again").
_SCARS_TALKED_OF = re.compile(r"\b(?:(?:my|the|old|those|these|her|his)\s+)?(?:scars?|marks)\b[^.!?]{0,40}?\b(?:came\s+up|come\s+up|comes\s+up|coming\s+up"
                              r"|(?:were|was|got)\s+(?:seen|spotted|noticed|mentioned)|showed|showing)\b(?:(?!\b(?:and|but|i)\b)[^.!?;])*"
                              r"|\b(?:(?:just\s+)?(?:started|starting|begun|began)\s+(?:to\s+ask|asking)|asked|asking|asks|noticed|spotted|saw|mentioned|commented)\s+(?:me\s+)?(?:about\s+|on\s+)?(?:(?:my|the|old|those|these)\s+)?"
                              r"(?:scars?|marks)\b(?:(?!\b(?:and|but|i)\b)[^.!?;])*", re.I)


# A sentence of remembering, or of what one wants to talk about tonight: its
# "tonight" or "today" is when it is told ("just thinking back tonight",
# "Just remembered it today", "Tonight I simply want to talk about my exams")
_TOLD_TONIGHT = re.compile(r"[^.!?]*\b(?:years?\s+today\s+since|thinking\s+back|remember(?:ed|ing)|reminded\s+of\s+it|reminisc\w*|came\s+(?:back\s+)?to\s+mind|want\s+to\s+talk\s+about)\b[^.!?]*", re.I)
_TIME_OF_TELLING = re.compile(r"\b(?:today|tonight|this\s+(?:morning|evening|week))\b", re.I)


# ...or a day that was only tiring ("Today I'm just tired from the commute")
_ONLY_TIRED_TODAY = re.compile(r"\b(?:today|tonight|these\s+days|lately)\s+(?:i'?m|im|i\s+am)\s+just\s+(?:tired|busy|knackered|shattered|worn\s+out)"
                               r"\s+(?:from|after)\s+(?:the\s+|my\s+|a\s+)?(?:commute|work|shift|day|week|journey|drive|gym|school|kids|meeting)s?\b")


# ...or a night of celebration ("Tonight I'm having one glass to celebrate her graduation")
_A_NIGHT_TO_CELEBRATE = re.compile(r"\b(?:today|tonight)\s+(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+(?:having|going|off|celebrating|out)\b[^.!?]{0,60}?"
                                   r"\b(?:celebrat\w*|graduation|birthday|wedding|anniversary|party|promotion)\b", re.I)


def _now(text: str) -> re.Match | None:
    """A word of now, outside a clause of old scars talked of, the time of a
    sentence of remembering, a day that was only tiring or a night of
    celebration."""
    text = _A_NIGHT_TO_CELEBRATE.sub(" ", text)
    text = _TOLD_TONIGHT.sub(lambda m: _TIME_OF_TELLING.sub(" ", m.group(0)), _ONLY_TIRED_TODAY.sub(" ", _SCARS_TALKED_OF.sub(" ", text)))
    return _NOW.search(text)


def past_and_over(text: str) -> bool:
    streak = _STREAK_KEPT.search(text)
    if streak and not any(m.start() >= streak.end() or not _PAST_LEADS_IN.fullmatch(m.group(0)) for m in _SLIP.finditer(text)):
        return True
    but_now = _BUT_NOW_OVER.search(text)
    if but_now and (_PAST.search(text[:but_now.start()]) or _OPENS_IN_THE_PAST.match(text)) \
            and not _now(text[but_now.start():]):
        return True
    return bool(_PAST.search(text) and _OVER.search(text) and not _now(text))


# "A colleague's wife attempted suicide": the words right before are someone else.
_THIRD_PARTY_SUBJECT = re.compile(r"\b(?:wife|husband|colleague|mate|cousin|brother|sister|son|daughter|dad|mum|mom|father|mother"
                                  r"|partner|neighbou?r|boss|teacher|uncle|aunt|nephew|niece)(?:'s)?"
                                  # "my sister has been (feeling suicidal)"
                                  r"(?:\s+(?:has|have|had|is|was|keeps|kept|been|says|said|told\s+me))*\s*$", re.I)
# A team's defeat told with a coach or training ("battered six-nil")
_A_TEAM_LOST = re.compile(r"\b(?:coach|manager|gaffer|training|practice)\b[\s\S]*\b(?:lost|battered|beaten|thrashed|hammered|nil|\d+-\d+|score)\b"
                          r"|\b(?:lost|battered|beaten|thrashed|hammered|nil|\d+-\d+)\b[\s\S]*\b(?:coach|manager|gaffer|training|practice)\b", re.I)
# A sport or a class where being hit is part of it: "my karate teacher hit me on the nose".
_SPORT = re.compile(r"\b(?:karate|judo|taekwondo|kung\s+fu|boxing|kickboxing|bjj|jiu[\s-]?jitsu|mma|sparring|wrestling|rugby"
                    r"|dodgeball|paintball|dojo|fencing)\b", re.I)


# A boss or a teacher who will "kill me" over work on a day to come
_A_BOSS_WILL_KILL_ME = re.compile(r"\b(?:boss|manager|gaffer|teacher|tutor|supervisor|coach)\s+(?:is\s+)?(?:gonna|going\s+to|will|'ll)\s+(?:literally\s+)?kill\s+me\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|tomorrow|when|if|for)\b", re.I)
# A shortage given as the reason for medicine kept
_A_SHORTAGE = re.compile(r"\b(?:because|cos|as|since|in\s+case)\s+the\s+(?:chemist|pharmacy|surgery|shops?)\s+(?:keeps?\s+)?(?:runs?|running|ran|run)\s+(?:short|out)\b", re.I)
# Asked about it, and said no ("asked if I'd had any thoughts of hurting
# myself and I honestly said no")
_ASKED_AND_DENIED = re.compile(r"\basked\s+(?:me\s+)?(?:if|whether|was|were|did|had)\s+i\b(?=[^.!?]{0,60}\b(?:thoughts?|harm\w*|hurt\w*|suicid\w*|ending|kill\w*|safe|dark|still\s+felt))[^!?\n]{0,80}?\b(?:and\s+)?i\s+(?:honestly\s+|truthfully\s+|just\s+)?(?:said|told\s+(?:him|her|them))\s+no\b(?![^\n]{0,60}\b(?:lied|lying|a\s+lie|wasn'?t\s+true|not\s+(?:really|true)|wasn'?t\s+honest|so\s+(?:they|he|she)(?:'d|\s+would)\s+let\s+me)\b)", re.I)
# Someone whose work is bodies says one is hurting oneself by overdoing it
_STRAIN_NAMED = re.compile(r"\b(?:physio\w*|coach|trainer|osteo\w*|chiro\w*|doctor|gp|consultant|instructor)\s+(?:says|said|reckons|thinks|told\s+me)\s+(?:that\s+)?"
                           r"i'?m\s+(?:just\s+|only\s+)?hurting\s+myself\s+(?:by\s+)?(?:running|training|lifting|playing|working\s+out|exercising|overdoing|pushing|on\s+the|with\s+the)\b", re.I)


# "A coworker told me her husband is hitting her": someone outside the home
# telling of their own danger.
_TOLD_BY_SOMEONE_ELSE = re.compile(r"\b(?:co-?worker|colleague|friend|freind|flatmate|roommate|housemate|neighbou?r|classmate|mate"
                                   r"|someone\s+at\s+(?:work|school|church))\s+(?:\w+\s+)?(?:told|tells|said|says|mentioned)\b"
                                   r"[^.!?]{0,20}$", re.I)


# Someone whose work is other people's emergencies, and one of them named
# as an event ("we went to an overdose tonight")
_A_RESPONDER = re.compile(r"\bi(?:'m|\s+am|m)\s+(?:an?\s+)?(?:\w+\s+)?(?:nurse|paramedic|doctor|medic|first\s+aider|police\s+officer|copper|firefighter"
                          r"|pharmacist|emt|ambulance\s+\w+|a&e\s+\w+|call\s+handler|dispatcher|bouncer|doorman|security\s+guard)\b"
                          r"|\bi\s+work\s+(?:security|(?:on\s+)?the\s+doors?|in\s+a&e|for\s+the\s+ambulance\s+service)\b", re.I)
_A_CALL_OUT_BEFORE = re.compile(r"\b(?:went|were\s+called|got\s+called|attended|sent|out)\s+to\s+(?:an?|another|the)\s+$|\b(?:an|another)\s+$", re.I)


# Who said it, named just after ("He says he will kill me! My brother,
# because I broke his controller"): the reason follows it
# (family and friends, whose "kill me" is a figure of speech; not a partner's)
_WHO_SAID = re.compile(r"^\s*[.!?]*\s*(?:(?:my|our|his|her)\s+)?(?:little\s+|big\s+|older\s+|younger\s+|baby\s+|twin\s+)?(?:brother|sister|bro|sis|son|daughter"
                       r"|mum|mom|dad|nan|gran|friend|mate|bestie|cousin)\s*,\s*", re.I)


# "looking up overdoses on my phone": what follows is where, not a drug
_LOOKED_UP = re.compile(r"look|googl|search|research|read", re.I)


# Hungry for a meal on its way
_A_MEAL_AWAITED_AFTER = re.compile(r"\s+(?:till|until|til)\s+(?:the|my|our|tonight'?s)\s+\w+(?:'s|\s+is)\s+ready\b"
                                   r"|\s+for\s+(?:the|tonight'?s|my|our)\s+(?:buffet|feast|roast|barbecue|bbq|curry|dinner|tea|takeaway|wedding)\b"
                                   r"|\s+(?:all\s+day\s+|today\s+|since\s+breakfast\s+)?(?:cause|cos|coz|because|as)\s+(?:we're|we\s+are|i'm|im|i\s+am|we)\s+(?:going|off|heading)(?:\s+out)?\s+(?:to|for)\b[^.!?]{0,40}?"
                                   r"\b(?:all\s+you\s+can\s+eat|buffet|feast|dinner|restaurant|wedding|curry|carvery|brunch|tasting\s+menu|pizza|takeaway|barbecue|bbq)\b")
# Killing oneself by accident, feared: "...kill myself finding the stopcock in the dark"
_A_MISHAP_FEARED_AFTER = re.compile(r"\s+(?:finding|looking\s+for|trying\s+to\s+(?:find|reach|get\s+(?:to|down|up))|tripping|falling|slipping"
                                    r"|on\s+(?:the|these|those|that)\s+(?:stairs|steps|ice|cables?|toys|lego|ladder))\b")


# Said at once to be a figure of speech
_FIGURATIVELY_AFTER = re.compile(r"[^.!?]{0,30}?[.!?,;:-]*\s*(?:(?:well|ok(?:ay)?|i\s+mean)\W+)?(?:figuratively|metaphorically)(?:\s+speaking)?\b")


# Dying or killing oneself in a video game: "killed myself like 6 times on
# that boss level", "kms this level is so hard", "with my own grenade"
_IN_A_GAME = re.compile(r"^[^.!?]{0,30}?\b(?:in\s+(?:the\s+|a\s+|that\s+|this\s+)?(?:game|minecraft|fortnite|roblox|cod|warzone|gta|apex"
                        r"|overwatch|valorant|sims|zelda|elden\s+ring|dark\s+souls|\w+craft|celeste|mario|hollow\s+knight|cuphead|sekiro|geometry\s+dash"
                        r"|jump\s+king|getting\s+over\s+it|meat\s+boy)\b"
                        # "on the last jump in celeste, took like 200 tries"
                        r"|(?:on|at)\s+(?:the|that|this)\s+(?:last|final|first|next|same|hardest|\w+est)\s+(?:jump|checkpoint|platform|screen|room|chapter|section|stage|level)\b"
                        r"|took\s+(?:me\s+)?(?:like\s+|about\s+|over\s+)?\d+\s+(?:tries|attempts|goes|deaths|runs)\b|(?:on|at|in)\s+(?:the\s+|that\s+|this\s+)?(?:final\s+)?"
                        r"(?:boss|stage|map)\b|(?:boss|bonus|final)\s+level\b|(?:this|that)\s+level\s+(?:is|was|'s)\b|with\s+my\s+own\s+(?:grenades?|rockets?|bombs?|tnt|c4"
                        r"|molotovs?|rocket\s+launcher|explosives?)\b|(?:falling|fell|jump\w*)\s+in(?:to)?\s+(?:the\s+)?lava\b|respawn\w*"
                        r"|i\s+died\s+(?:like\s+)?\d{2,}\s+times)", re.I)
# "the shed door hit me in the wind", "the ball bounced off the post and
# hit me": a thing, not a person, struck
_A_THING_STRUCK = re.compile(r"(?:the|a|an|our|my)\s+(?:\w+\s+)?" + _A_THING + r"\b[^.!?]{0,40}?\b(?:hit|hits|smacked|whacked|knocked|kicked|kicks|butted|bit|bites|trod\s+on|stood\s+on"
                             r"|banged\s+into|slammed\s+(?:into|on))\s+me\b")
_A_PERSON_BESIDE = re.compile(r"\b(?:he|she|they|him|her|them|someone|somebody|on\s+purpose|threw|pushed|shoved|slammed\s+it)\b")
# "Asking for a friend: does life insurance pay out if it's suicide?" is
# how a question about oneself is asked sideways
_FOR_A_FRIEND = re.compile(r"\b(?:asking|ask)\s+for\s+a\s+(?:friend|mate|pal)\b")


def a_thing_struck(text: str) -> bool:
    """Struck by a thing, with no person beside it ("the shed door hit me
    in the face in the wind")."""
    clean = _lowered(text)
    return bool(_A_THING_STRUCK.search(clean)) and not _A_PERSON_BESIDE.search(clean)


# Things with a screen, a plug or a signal, the trifles of hyperbole
_GADGETS = r"phone|battery|laptop|computer|printer|wifi|internet|router|telly|tv|console|controller|charger|headphones|keyboard|alarm"
_DIED_WITH_IT = re.compile(r"\b(?:" + _GADGETS + r"|car|tablet|kindle)\s+(?:died|dies|just\s+died)\b[^.!?]{0,80}?\b(?:want(?:ed)?\s+to|could\s+have|could'?ve)\s+die[d]?\s+with\s+it\b")
_I_MEAN_A_RELATIONSHIP = re.compile(r"[^.!?]{0,30}?\bi\s+mean\s+(?:the|our|my)\s+(?:relationship|marriage|engagement|friendship|contract|job)\b")
_JOKED_BEFORE = re.compile(r"\bjok(?:es|ed|ing)\s+(?:that\s+)?(?:he|she|they)(?:'ll|\s+will|'d|\s+would)\s+$")
_AS_IF_BEFORE = re.compile(r"\b(?:acting|acts|acted|reacted|reacting|looking\s+at\s+me|looked\s+at\s+me|treating\s+me|treats\s+me|treated\s+me)\s+(?:like|as\s+if|as\s+though)(?:\s+i(?:'d|\s+had)?)?\s*$")
_A_GADGET_FAILED = re.compile(r"\b(?:" + _GADGETS + r"|wi-fi|pc|xbox|playstation|ps5|switch|game)\s+(?:just\s+)?(?:died|crashed|cut\s+out|went\s+down|froze|lagged|disconnected)\b")
_A_BREAK_FROM_THE_PHONE = re.compile(r"\b(?:detox|digital\s+detox|break\s+from\s+(?:my\s+)?(?:phone|socials|social\s+media|insta|tiktok|the\s+internet)|off\s+(?:my\s+)?(?:phone|socials|social\s+media)|deleting\s+(?:my\s+)?(?:apps|socials))\b")
_A_HAZARD_OF_THE_JOB = re.compile(r"\boccupational\s+hazard\b|\bhazards?\s+of\s+the\s+(?:job|trade)\b|\bcomes\s+with\s+the\s+(?:job|trade)\b")


# Papers held for a renewal and being sent back, by the office or on a day
_PAPERS_BEING_RETURNED = re.compile(r"[^.!?]{0,80}?\b(?:(?:hr|human\s+resources|the\s+office|they|she|he)(?:'re|'s|\s+is|\s+are|\s+will\s+be)?\s+(?:posting|sending|returning|giving|handing)\s+(?:it|them)\s+back|back\s+to\s+me\s+(?:next\s+week|tomorrow|on\s+\w+day))\b")
# A piece of work due by a time, and "I'm going to die" said bare after it
_A_DEADLINE_DUE = re.compile(r"\b(?:tax\s+return|essay|assignment|report|deadline|coursework|dissertation|homework)\s+(?:is\s+)?due\s+(?:at|by|in|tomorrow|tonight)\b")
_BARE_GOING_TO_DIE = re.compile(r"\s*(?:honestly\s+|literally\s+)?(?:i'?m|i\s+am)\s+(?:literally\s+)?(?:going\s+to|gonna)\s+die\s*")
# Put out of a group, a game or a chat, not out of a home
_OUT_OF_A_GROUP = re.compile(r"\s+out\s+of\s+(?:the\s+|our\s+|my\s+|her\s+|his\s+|their\s+)?(?:family\s+)?(?:group\s*chat|group|chat|game|team|band|server|lobby|call|discord|club|whatsapp|squad|match|league|class)\b")


def _not_theirs(rule: RiskRule, text: str, start: int, end: int) -> bool:
    if rule.category == "danger" and re.match(r"(?:her|his|their)\b", text[start:end], re.I) \
            and _TOLD_BY_SOMEONE_ELSE.search(text[max(0, start - 60):start]):
        return True
    if rule.category == "danger" and _A_THING_STRUCK.match(text, start) and not _A_PERSON_BESIDE.search(text):
        return True
    if rule.category == "suicide" and _IN_A_GAME.search(text[end:end + 80]):
        return True
    before = _FOR_A_FRIEND.sub(" ", text[max(0, start - 45):start])
    m = None
    for m in _CLAUSE_START.finditer(before):
        pass
    # the few words right before it: a negation further back is about something else
    clause = " ".join((before[m.end():] if m else before).split()[-5:])
    after = text[end:end + 80]
    if _NEGATED.search(clause) and not _NOT_A_DENIAL.search(clause) \
            and not re.match(r"\s*(?:yet|so\s+far|today\s+yet|tonight\s+yet)\b", after, re.I):   # "haven't ... yet tonight"
        return True
    if rule.category != "danger" and (_SOMEONE_ELSE.search(clause) or _THIRD_PARTY_SUBJECT.search(clause)):
        return True
    if rule.category != "danger" and _STORY_BEFORE.search(text[max(0, start - 60):start]) \
            and not re.search(r"\bi\s+(?:want|wanna|will|am\s+going|'m\s+going|plan|mean\s+it)\b", text[start:end + 80]):
        return True   # ...unless they then say it of themselves: "we say 'to go to the other side'. I want go now"
    if past_and_over(text):
        return True
    words = text[start:end].lower()
    if rule.category == "danger" and (_A_THREAT_OVER_A_TRIFLE.search(text) or _A_BOSS_WILL_KILL_ME.search(text)):
        return True   # "my sister threatened to kill me if I wear her hoodie again"
    if rule.category != "danger" and (denied := _ASKED_AND_DENIED.search(text)) is not None and denied.start() <= start:
        return True   # "my therapist asked if I'd had thoughts of hurting myself and I said no"
    if rule.category == "suicide" and _A_SHORTAGE.search(text) and not _MAY_CARRY_RISK.search(_A_SHORTAGE.sub(" ", text[end:])):
        return True   # "stockpiling paracetamol because the chemist keeps running out"
    if rule.category == "self_harm" and _STRAIN_NAMED.search(text):
        return True   # "my physio says I'm hurting myself running through the knee pain"
    if rule.category == "self_harm" and re.search(r"starv|food|eat", words) and _A_FAST.search(text) and not re.search(r"punish|deserve|penance", text) \
            and not _A_COVER_STORY.search(text):
        return True   # "technically I'm starving myself, but only till sunset, it's Ramadan"
    if rule.category == "self_harm" and re.search(r"starv", words) and _A_MEAL_AWAITED_AFTER.match(after):
        return True   # "I'm starving myself till the curry's ready"
    if rule.category == "self_harm" and _ACCIDENT_AFTER.search(after) and not _ON_PURPOSE.search(text):
        return True
    if rule.category == "self_harm" and re.match(r"scratch", words) and _SKIN_COMPLAINT.search(text) and not _ON_PURPOSE.search(text) \
            and not _SKIN_DOUBTED.search(text):
        return True   # "I scratch my legs until they bleed at night with this eczema"
    if rule.category == "self_harm" and re.match(r"(?:stab|jab|inject)", words) and _A_JAB_OF_MEDICINE.search(text) and not _ON_PURPOSE.search(text):
        return True   # "Started insulin. Stabbing myself in the stomach four times a day is getting less weird"
    if rule.category == "self_harm" and _MISHAP_BEFORE.search(text[max(0, start - 60):start]) and not _ON_PURPOSE.search(text) \
            and not _NOT_A_MISHAP.search(after) and not re.search(r"hate\s+my\s*self|punish|deserve", text):
        return True   # "we were play-fighting and I hit my head on the door"
    if "overdos" in words and _NOT_A_DRUG_AFTER.search(after) and not _LOOKED_UP.match(words):
        return True
    if "overdos" in words and _A_RESPONDER.search(text) and _A_CALL_OUT_BEFORE.search(before):
        return True   # "it's fine, I'm a paramedic, we went to an overdose tonight"
    if rule.category != "danger" and (_ASKED_IF.search(before) or _ASKED_IF_IN.search(words)) \
            and _SAID_NO_AFTER.search(after) and not _A_LIE_AFTER.search(after):
        return True   # "my therapist asked if I was thinking of suicide and I honestly said no"
    if rule.category == "suicide" and (a_chore_in_jest(text) or ((_CHORE_HYPERBOLE.search(text) or _CHORE_MAKES_ME.search(text)) and re.search(r"\b(?:die|dying|dead|sea|lake|river|canal|cliff|roof)\b", words))):
        return True   # "If I have to sit through one more Zoom meeting I'm gonna shoot myself, lol", "...I'm literally going to die"
    if rule.category == "danger" and _SOMEONE_ELSES_PARTNER.search(sentence := _sentence_around(text, start, end)) \
            and not re.search(r"\b(?:me|my|us|our)\b", words) and not _A_CHILD.search(sentence):
        return True   # "My friend's husband can be handy with his fists": someone else's danger
    if rule.category == "suicide" and re.match(r"(?:going|gonna)\s+(?:to\s+)?die\b", words) and _FEARED.search(before) \
            and not _HARM_BESIDE.search(text):
        return True   # "I laughed so hard I thought I was going to die": a fear told, no intent (harm from someone has its own rules)
    if rule.category == "suicide" and re.search(r"\b(?:die|dying|dead)\b", words) and _EXERTION.search(_sentence_around(text, start, end)):
        return True   # "she made me do burpees until I honestly thought I was going to die. Loved it"
    if rule.category == "suicide" and re.search(r"kill\w*\s+my\s*self", words) and _A_MISHAP_FEARED_AFTER.match(after):
        return True   # "I'm going to kill myself finding the stopcock in the dark"
    if rule.category == "suicide" and _FIGURATIVELY_AFTER.match(after):
        return True   # "...throw myself off the roof of the building. Figuratively, of course."
    if rule.category == "suicide" and _NEARLY.search(before) and _NEAR_MISS_AFTER.search(after):
        return True   # "I nearly killed myself on the stairs, tripped over the cat"
    if rule.category == "danger" and (_PLAY_AFTER.search(after) or _SPORT.search(text)):
        return True
    if rule.category == "danger" and re.search(r"kill\s+us\b", words) and _A_TEAM_LOST.search(text):
        return True   # "we got battered six-nil, the coach is going to kill us at training"
    if rule.category == "suicide" and re.search(r"\b(?:die|dying|dead|kms|kill\s+my\s*self)\b", words) and _EMBARRASSING_MOMENT.search(text):
        return True   # "i literally want to die, i just waved back at someone who wasnt waving at me"
    if rule.category == "suicide" and re.search(r"jump", words) and _A_JUMP_FOR_FUN.search(text):
        return True   # "lol I'm gonna jump off a cliff... in Wales, on a zip wire, for charity"
    if rule.category == "suicide" and re.search(r"\bkms\b", words) and re.match(r"\W{0,3}(?:this|the|that)\s+(?:traffic|queue|commute|weather|rain|wifi|bus|train|lag)\b", after):
        return True   # "kms this traffic is insane"
    if rule.category == "danger" and (_A_SMALL_CHILDS_BLOWS.search(words)
                                      or (_JOKED_BEFORE.search(before) and not re.search(r"\b(?:tell|told|say|said|report\w*|police|anyone)\b", after))):
        return True   # "my toddler keeps hitting me with his wooden train"; "my uncle always jokes he'll lock me in the attic"
    if _AS_IF_BEFORE.search(before):
        return True   # "my mum's acting like i self harmed lol": what they'd think, not what was done
    if rule.category == "danger" and re.search(r"\bin\s+(?:the|this|that)\s+(?:\w+\s+)?(?:game|film|movie|dream|nightmare)\b(?!\s+(?:chat|lobby|server|discord|voice))", before[-30:] + words):
        return True   # "the guy in the horror game came at me with a knife"
    if rule.category == "suicide" and re.search(r"\b(?:kms|kill\s+my\s*self)\b", words) and _A_GADGET_FAILED.search(_sentence_around(text, start, end)):
        return True   # "kms the wifi died right before the ranked match ended"
    if rule.category == "suicide" and re.match(r"\s+in\s+there\b", after) and _JOKE_ANYWHERE.search(text):
        return True   # "the maths exam destroyed me i wanted to die in there lol"
    if rule.category == "suicide" and _A_BREAK_FROM_THE_PHONE.search(text) and re.search(r"goodbye|bye|other\s+side|see\s+(?:u|you|ya)", words):
        return True   # "giving my phone to my mum for a detox week lol ... goodbye world see u on the other side"
    if rule.category == "suicide" and (_DIED_WITH_IT.search(text) or _I_MEAN_A_RELATIONSHIP.match(after)):
        return True   # "my phone died at 2% ... i wanted to die with it lmao"; "end it tomorrow, with him I mean, the relationship"
    if rule.category == "self_harm" and re.search(r"\bcut", words) and _A_HAZARD_OF_THE_JOB.search(text) and not _ON_PURPOSE.search(text):
        return True   # "I sharpen knives on a market stall. Cut myself about once a month. Occupational hazard."
    if re.search(r"\b(?:stop|stopped|quit)\s+(?:saying|typing|writing|using)\s+(?:the\s+word\s+)?\W?$", before):
        return True   # "my therapist said i gotta stop saying kms every time im annoyed"
    if _A_WORD_MENTIONED.match(after) and re.search(r"\b(?:the|that|this)\s+$", before):
        return True   # "that new song with the sewerslide line": the word named, not said of oneself
    if rule.category == "danger" and re.search(r"\b(?:neck|throat)\b", words) and _SOMETHING_FASTENED.search(text):
        return True   # "he put his hands round my neck to fasten the necklace Gran left me"
    if rule.category == "suicide" and ((re.search(r"\b(?:around|better\s+off)\b", words) and _NOT_AROUND_A_PLACE.match(after))
                                       or _ENDING_A_RELATIONSHIP.match(text, start)):
        return True   # "everyone would be better off if i wasnt around the office on fridays"
    if _A_SCENE_BEFORE.search(before) and not re.search(r"\b(?:me|my|myself|us)\b", words):
        return True   # "a horror film, and there's a bit where he's locked in a cellar with no food"
    if rule.category == "danger" and _SIBLING_SCRAP.search(text) and not _SIBLING_SCRAP_DOUBTED.search(text):
        return True   # "my little brother punched me in the arm for nicking his chips"
    if rule.category == "suicide" and re.search(r"\b(?:kms|kill\s+my\s*self|die)\b", words) and _A_TRIVIAL_WAIT.match(after):
        return True   # "gonna kms if this queue doesn't move"
    if rule.category == "suicide" and "unalive" in words and _A_THING_UNALIVED.match(after):
        return True   # "makes me want to unalive my textbook"
    if rule.category == "self_harm" and re.match(r"starv", words) and _STARVED_OF_A_HABIT.match(after):
        return True   # "starving myself of social media on Sundays"
    if rule.category == "self_harm" and re.search(r"\b(?:cut\w*|burn\w*|burnt)\s+myself\b", words) and _CLUMSY.search(_sentence_around(text, start, end)) \
            and not _ON_PURPOSE.search(text) and not re.search(r"hate\s+my\s*self|punish|deserve", text):
        return True   # "keep dropping things and cutting myself in the kitchen, so clumsy lately"
    if rule.category == "danger" and re.search(r"\b(?:passports?|papers|documents|visas?|ids?)$", text[start:end]) \
            and _PAPERS_BEING_RETURNED.match(text, end):
        return True   # "my boss has my passport for the visa renewal, HR are posting it back next week"
    if rule.category == "danger" and re.search(r"kill|murder", text[start:end]) \
            and re.match(r"[^.!?]{0,30}[.!,]\s*(?:he|she|they)\s+(?:won't|wouldn't|will\s+not)\b", text[end:]):
        return True   # "Sergeant said if I'm late again he'll kill me. He won't"
    if rule.category == "self_harm" and re.search(r"\bhead\s+(?:against|on)\s+a\s+brick\s+wall$", text[start:end]) \
            and re.search(r"\b(?:like|it's|its|it\s+is|was)\s+(?:\w+\s+)?$", text[max(0, start - 20):start]):
        return True   # "Like banging my head against a brick wall explaining the remote to my dad"
    if rule.category == "danger" and re.search(r"\b(?:sister|brother|sis|bro)\b", text[max(0, start - 20):end]) \
            and re.match(r"\s+if\s+i\s+(?:read|touch|borrow|eat|wear|use|take|spoil|break|lose)\s+(?:her|his|their)\b", text[end:]):
        return True   # "my sister said she'd kill me if i read her diary"
    if rule.category == "suicide" and re.match(r"\W*(?:with|between)\s+(?:my\s+|me\s+and\s+my\s+)?(?:boyfriend|girlfriend|partner|husband|wife|bf|gf|him|her)\b", text[end:]):
        return True   # "I keep thinking about ending it... with my boyfriend, I mean"
    if rule.category == "suicide" and text[start:end].endswith("dead") \
            and re.match(r"\s+(?:good|nice|funny|chuffed|proud|lucky|posh|brilliant|excited|keen)\b", text[end:]):
        return True   # "I want to be dead good at drawing"
    if rule.category == "self_harm" and re.match(r"scratch", text[start:end]) \
            and re.match(r"[^.!?]{0,10}?\s+on\s+(?:the|a)\s+(?:bush|brambles?|hedge|fence|nail|thorns?|rose\s*bush|branch)\b", text[end:]):
        return True   # "I scratched my arm on the bush in the park"
    if rule.category == "danger" and re.search(r"beat|batter|thrash|hammer", words) and _A_GAME_AFTER.match(after):
        return True   # "my dad is beating my mum at scrabble again"
    if rule.category == "danger" and re.search(r"follow", words) and _AN_ANIMAL_BEFORE.search(before):
        return True   # "The neighbour's dog keeps following me round the estate"
    if rule.category == "danger" and _SMALL_CHILDS_BLOW.fullmatch(words) and _A_SMALL_CHILD_NAMED.search(text) and not _AN_ADULT_NAMED.search(text):
        return True   # "my toddler bit me ... then he hit me with a spoon, he's two"
    if rule.category == "danger" and _A_SMALL_CHILD_NAMED.search(text) and _A_CHILD_ASLEEP.search(text) and not _AN_ADULT_NAMED.search(text):
        return True   # "My little boy crept into my bed after a nightmare and kicked me in the face all night"
    if rule.category == "danger" and _OWN_WORD_IT_WAS_PLAY.search(text) and not _PLAY_GONE_WRONG.search(text) and not _SAID_TO_BE.search(text) \
            and not _SIBLING_SCRAP_DOUBTED.search(text):
        return True   # "my mate punched me last night but it was a play fight"
    if rule.category == "suicide" and _THEIR_POLICY.search(_sentence_around(text, start, end)):
        return True   # "I'm doing his policy claim and the adjuster mentioned a suicide exclusion"
    if rule.category == "danger" and _BY_ACCIDENT_AFTER.match(after) and not _ON_PURPOSE.search(text) and not _SAID_TO_BE.search(after):
        return True   # "play-fighting ... he kicked me in the face by accident"
    if rule.category == "danger" and "keys" in words and _NOT_FIT_TO_DRIVE.search(text):
        return True   # "my husband took my car keys after my seizure cause the doctor said no driving"
    if rule.category == "suicide" and re.match(r"(?:going|gonna)\s+(?:to\s+)?die\b", words) and _A_CREATURE_FEARED.search(_sentence_around(text, start, end)) \
            and not _HARM_BESIDE.search(text):
        return True   # "there's a spider in the bath and i'm genuinely going to die"
    if rule.category == "danger" and re.search(r"\block\w*\s+me\s+out\s+by\s+(?:mistake|accident)\b", text[start:end + 25]):
        return True   # "he locked me out by mistake"
    if rule.category == "suicide" and re.match(r"\s+to\s+the\s+world\b", text[end:]):
        return True   # "i just wanna be dead to the world for ten hours"
    if rule.category == "suicide" and _A_DEADLINE_DUE.search(text) and _BARE_GOING_TO_DIE.fullmatch(_sentence_around(text, start, end)):
        return True   # "Tax return due at midnight and I haven't started. I'm going to die."
    if rule.category == "danger" and re.search(r"\b(?:baby|childhood|school|toddler|bath\s*time)\s+(?:photos|pics|pictures|videos?)$", text[start:end]):
        return True   # "my brother's threatening to send my baby photos to my new girlfriend"
    if rule.category == "danger" and re.search(r"\bkick\w*\s+me$", text[start:end]) and _OUT_OF_A_GROUP.match(text, end):
        return True   # "my cousin kicked me out of the group chat to plan my party"
    if rule.category == "suicide" and _A_HANGOVERS_WISH.search(_sentence_around(text, start, end)):
        return True   # "so hungover i genuinely want to die"
    if rule.category == "suicide" and _A_TRIFLE_AT_STAKE.search(_sentence_around(text, start, end)):
        return True   # "if my phone dies before the match finishes i'm literally ending it all"
    if rule.category == "danger" and _AT_MY_ASKING_UNDOUBTED.search(text):
        return True   # "my daughter takes money from my account to pay my bills, she shows me every receipt"
    if rule.category == "danger" and re.search(r"kill|murder|end\s+me", words) and "threat" not in words \
            and (_JOKE_AFTER.search(after) or _MISHAP_AFTER.search(after) or _TRIFLE_FOUND_BEFORE.search(before) or _MISHAP_AFTER.search(_WHO_SAID.sub("", after, 1))
                 or _THING_AS_KILLER.match(words)):
        return True
    return False


# Held-out 58-61's false alarms, in general form: a scene told from a film;
# a small sibling's scrap over chips; a wish to die over a queue; a thing
# "unalived"; a habit starved of
_SCENE_WHERE = r"\b(?:a|the)\s+(?:bit|scene|part|moment|chapter)\s+where\b|\b(?:serial|soap|telenovela)\s+where\b"
_A_SCENE_BEFORE = re.compile(_SCENE_WHERE + r"[^.!?]{0,30}$", re.I)
_SIBLING_SCRAP = re.compile(r"\b(?:little|younger|baby|kid|big|older|my)\s+(?:brother|sister|bro|sis)(?:,?\s+(?:he|she))?,?\s+(?:\w+\s+)?(?:punched|hit|kicked|thumped|slapped|bit|pinched|whacked|smacked|keeps\s+(?:punching|hitting|kicking|thumping|whacking))\s+(?:me|my\s+(?:arm|leg|shoulder))\b(?:\s+with\s+(?:his|her)\s+(?:tiny|little)\s+fists?)?"
                            r"[^.!?]{0,60}?(?:\bwhen\s+we\s+(?:play|are\s+playing|'re\s+playing)\s+(?:tag|tig|it|chase|football|wrestling|games)\b|\b(?:for|cos|coz|because)\s+(?:i\s+)?(?:nick\w*|tak\w*|took|eat\w*|ate|steal\w*|stole|touch\w*|us\w*|break\w*|broke|borrow\w*|hid\w*|win\w*|won|call\w*|chang\w*)"
                            r"|\btold\s+(?:us|both\s+of\s+us)\s+(?:both\s+)?off|\bpretended\s+to\s+(?:faint|die|cry)|\bsaid\s+sorry|\bsulk\w*|\bstandard\b)", re.I)
_SIBLING_SCRAP_DOUBTED = re.compile(r"\b(?:scared|afraid|frightened|belt|buckle|cable|wire|stick|bat|bruis\w*|bleed\w*|bled|blood|hospital|knife|lock\w*|threat\w*|every\s+day|all\s+the\s+time|won'?t\s+stop|hurts?\s+me)\b", re.I)
_A_TRIVIAL_WAIT = re.compile(r"\s+if\s+(?:this|the|that|my)\s+(?:\w+\s+)?(?:queue|line|traffic|bus|train|tram|lift|elevator|download|update|page|kettle|meeting|lecture|advert|ad|call|hold\s+music|album|song|episode|season|game|update|drop|parcel|" + _GADGETS + r")"
                             r"\s+(?:doesn'?t|does\s+not|don'?t|won'?t|isn'?t|keeps?|goes\s+on)\b", re.I)
_A_TRIFLE_AT_STAKE = re.compile(r"\bif\s+(?:my|the)\s+(?:" + _GADGETS + r")\s+(?:dies|goes|cuts\s+out|runs\s+out|crashes|breaks)\b"
                                r"|\b(?:phone|battery|laptop)(?:'s|\s+is)?\s+(?:on|at)\s+\d{1,2}\s*%|\b(?:phone|battery|laptop)\s+died\s+at\s+\d{1,2}\s*%"
                                r"|\bif\s+(?:we|they|my\s+team|the\s+\w+)\s+(?:lose|draw|concede)\s+(?:again|tonight|the\s+(?:match|game|final|derby))\b", re.I)
_A_THING_UNALIVED = re.compile(r"\s+(?:my|the|this|that)\s+(?:\w+\s+)?(?:textbook|book|homework|essay|plants?|car|" + _GADGETS + r")\b", re.I)
_STARVED_OF_A_HABIT = re.compile(r"\s+of\s+(?:social\s+media|screens?|screen\s+time|news|the\s+news|tv|telly|sugar|caffeine|coffee|booze|alcohol|shopping|netflix|my\s+phone|the\s+internet|tiktok|instagram)\b", re.I)


# Held-out 50-53's false alarms, in general form. A cringe told as the cause
# of a wish to die ("kms my mum just walked in while i was singing")
_EMBARRASSING_MOMENT = re.compile(
    r"\bwalked\s+in\s+(?:on\s+me\s+)?(?:while|when|as)\s+i\s+was\s+(?:singing|dancing|rapping|talking\s+to\s+myself|practi[cs]\w*|posing|taking\s+a\s+selfie)"
    r"|\bwaved?\s+(?:back\s+)?at\s+(?:someone|somebody|a\s+(?:stranger|guy|girl|man|woman|lad))\s+who\s+(?:wasn'?t|was\s+not)\s+waving"
    r"|\bcalled\s+(?:my|the|our)\s+teacher\s+(?:mum|mom|mummy|mommy|dad|daddy)\b"
    r"|\baccidentally\s+(?:liked|sent|replied|called|face\s*timed|texted|posted|hit\s+reply\s+all)\b"
    r"|\b(?:liked|commented\s+on|reacted\s+to|shared)\s+(?:my|his|her|their)\s+(?:old\s+)?(?:selfie|post|photo|pic|picture|tweet|story)\s+from\s+(?:\d{4}|\w+\s+years\s+ago)"
    r"|\b(?:tripped|fell\s+over|fell\s+flat|voice\s+cracked)\b[^.!?]{0,30}?\bin\s+front\s+of\b"
    r"|\bso\s+(?:cringe|embarrassing)\b|\bcringe\s+(?:af|so\s+hard)\b|\bmortifi\w*"
    r"|\b(?:found|saw|showed\s+\w+|posted|dug\s+out)\s+my\s+old\s+(?:\w+\s+){0,2}?(?:photos|pics|pictures|posts|videos|selfies)\b"
    r"|\bcut\s+my\s+(?:fringe|hair|bangs)\s+(?:way\s+|far\s+|much\s+)?too\s+short\b|\bi\s+look\s+like\s+a\s+(?:lego|\w+)\s+man\b", re.I)
# A jump made for fun or for charity, on a rope or a harness
_A_JUMP_FOR_FUN = re.compile(r"\b(?:for\s+charity|sponsor\s+me|zip\s*-?\s*wire|bungee|abseil\w*|sky\s*div\w*|parachut\w*|paraglid\w*|coasteering|cliff\s+div\w*|tombstoning"
                             r"|into\s+(?:the|a)\s+(?:hotel\s+|hostel\s+)?(?:pool|swimming\s+pool|hot\s+tub|jacuzzi|ball\s+pit)|belly[\s-]?flop\w*|cannonball)\b", re.I)
# The word named in a song, a meme or a joke: "the sewerslide line"
_A_WORD_MENTIONED = re.compile(r"\w*\s*(?:line|lyrics?|meme|trend|sound|audio|song|word|sketch)\b", re.I)
_SOMETHING_FASTENED = re.compile(r"\bto\s+(?:fasten|do\s+up|undo|clip|put\s+on|take\s+off|fix|straighten|adjust)\s+(?:the|my|a|her|his)\s+(?:\w+\s+)?"
                                 r"(?:necklace|chain|collar|scarf|tie|locket|pendant|clasp|lanyard)\b", re.I)
# Not around a place or a time, not at all: "better off if i wasnt around the office on fridays"
_NOT_AROUND_A_PLACE = re.compile(r"(?:\s+if\s+i\s+(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+around)?(?:\s*(?:the\s+|at\s+the\s+|in\s+the\s+)?(?:office|kitchen|meetings?|workplace|team|shop|rehearsals?|practice|class)\b"
                                 r"|\s*(?:at|in|on)\s+(?:work|fridays?|mondays?|tuesdays?|wednesdays?|thursdays?|saturdays?|sundays?|mornings?|weekends?|meetings?|rehearsals?|goal|the\s+pitch)\b)", re.I)
# Money, cards or checking in handled by someone at the person's own asking,
# or shown to them ("because I asked him to", "she shows me every receipt")
_AT_MY_ASKING = re.compile(r"\b(?:because|cos|coz|cause|as|since|but)\s+i\s+asked\s+(?:him|her|them)\s+to\b|\bat\s+my\s+(?:request|asking)\b|\bjust\s+(?:like|as)\s+i\s+asked\b|\bgives\s+me\s+(?:the\s+)?change\s+and\s+(?:the\s+)?receipts?\b"
                           r"|\bwith\s+my\s+(?:permission|blessing|consent|say-?so|ok|okay)\b|\bshows?\s+me\s+(?:every|each|all\s+the|the)\s+(?:receipts?|statements?|bills?)\b", re.I)
# ...unless the asking is his word, or the rest says otherwise
_ASKING_DOUBTED = re.compile(r"\b(?:never|didn'?t|did\s+not|pretend\w*|forc\w*|makes?\s+me\s+say|(?:says?|said|claims?|reckons?)\s+(?:that\s+)?i"
                             r"|threat\w*|or\s+else|scared|afraid|won'?t\s+(?:let|give|hand)|but\s+now|not\s+allowed|hit\w*|hurt\w*|beat\w*|lock\w*)\b", re.I)


# ...unless the skin is the story told ("the carers think it's my eczema, but it isn't")
# The words of a story told to others ("I tell everyone I'm decluttering")
_STORY_NOUNS = r"pretend\w*|excuse|story"
TOLD_AS_A_STORY = r"say|says|said|tell|tells|told|think|thinks|thought|" + _STORY_NOUNS
# ...said as such of an everyday use ("I told him it was for the tent. It
# wasn't"): no everyday reading of that use, and no fast for a diet
_COVER_STORY = (r"\bi\s+(?:said|say|told\s+\w+)\s+(?:it\s+was|that)\b|\bi\s+(?:tell|told)\s+(?:people|everyone|them|my\s+\w+)\s+(?:i'?m|it'?s|that)\b"
                r"|\bthat'?s\s+what\s+i\s+(?:tell|told|say|said)\b|\b(?:" + _STORY_NOUNS + r")\b|\bit\s+(?:wasn'?t|isn'?t)\b")
_A_COVER_STORY = re.compile(_COVER_STORY)
_SKIN_DOUBTED = re.compile(r"\b(?:not|isn'?t|" + TOLD_AS_A_STORY + r"|upset|angry|hate\s+myself|deserve\w*|punish\w*)\b", re.I)
_SKIN_COMPLAINT = re.compile(r"\b(?:eczema|psoriasis|dermatitis|hives|chicken\s*pox|mosquito\s+bites|midge\s+bites|flea\s+bites|insect\s+bites|heat\s+rash|allerg\w*)\b", re.I)


# Medicines given by needle: a stab of one's own is the jab
_A_JAB_OF_MEDICINE = re.compile(r"\b(?:insulin|blood\s+thinners?|injections?|injectables?|epi-?pen|heparin|clexane|b12|ivf|fertility|diabet\w*|blood\s+sugars?|ozempic|wegovy|mounjaro|humira|methotrexate|jabs?)\b")
_JAB_WORDS = re.compile(r"\b(?:stab\w*|jab\w*|inject\w*)\s+myself\s+(?:in\s+)?(?:the\s+|my\s+)?(?:stomach|belly|tummy|thigh|leg|arm|bum)?"
                        r"|\binject\s+my\s+(?:\w+\s+){1,2}into\s+my\s+(?:stomach|belly|tummy|thigh|leg|arm)\b|\b(?:it\s+)?leaves?\s+bruises\b")


# A fast kept for faith, named (the learned layer's everyday look-alikes
# read the same names), or "only till sunset"
_FAITH_FAST = r"ramadan|ramzan|yom\s+kippur|lent|karwa\s+chauth|navratri|ekadashi"
_A_FAST = re.compile(r"\b(?:" + _FAITH_FAST + r"|ramazan|iftar|suhoor|sehri|(?:till|until|til)\s+sunset|religious\s+fast\w*)\b")


# ...unless harm is told beside it ("by my throat, I thought I was going to die")
_HARM_BESIDE = re.compile(r"\b(?:" + _HARM_BY_HAND + r"|pinn\w*|chok\w*|strangl\w*|kick\w*|knife|gun"
                          r"|attack\w*|beat\w*|threat\w*|hands?\s+round|pills?|tablets?|overdos\w*|took|swallow\w*|cut\w*|bleed\w*|jump\w*)\b", re.I)
# Held-out 170-174's false alarms by the rules: an animal that follows; a
# small child's blow; a kick by accident in play; car keys taken when one
# may not drive; a spider that will be the death of me
_AN_ANIMAL_BEFORE = re.compile(r"\b(?:dog|cat|puppy|kitten|duck|goose|geese|seagull|pigeon|swan|horse|pony|sheep|cow|fox|robin|squirrel|spaniel|terrier|labrador|collie)s?\s+(?:\w+\s+){0,2}$")
_A_GAME_AFTER = re.compile(r"[^.!?]{0,25}?\b(?:at|in)\s+(?:chess|cards|scrabble|monopoly|a\s+game|tennis|golf|darts|pool|snooker|the\s+game|fifa|mario\s*kart|a\s+race|arm\s+wrestl\w*|uno|cluedo|connect\s+four|draughts|checkers|ping\s*pong|table\s+tennis|badminton|squash|boardgames?|board\s+games?|video\s+games?|quiz\w*|trivia|wordle|football|swimming|the\s+race)\b")
_SMALL_CHILDS_BLOW = re.compile(r"(?:he|she)\s+(?:hit|bit|kicked|punched|smacked|slapped|scratched|pinched|whacked|thumped|headbutted)\s+me")
_A_SMALL_CHILD_NAMED = re.compile(r"\b(?:toddlers?|little\s+(?:boy|girl|one)|(?:he|she)(?:'s|\s+is)\s+(?:only\s+)?(?:one|two|three|1|2|3)(?:\s+years?\s+old)?\b(?!\s*(?:stone|feet|foot|times|inches|weeks|days|months|hours|minutes|drinks|pints))"
                                 r"|(?:one|two|three|[1-3])[\s-]year[\s-]old)")
# a small child asleep in my bed, kicking
_A_CHILD_ASLEEP = re.compile(r"\b(?:nightmare|in\s+(?:his|her)\s+sleep|crept\s+into\s+(?:my|our)\s+bed|all\s+night)\b")
# play, in the person's own word ("but it was a play fight", "it's just
# play fighting"): not what others thought it looked like, nor tickling
_OWN_WORD_IT_WAS_PLAY = re.compile(r"\b(?:it\s+was|it'?s|we\s+were|we'?re)\s+(?:just\s+|only\s+)?(?:a\s+)?(?:play[\s-]?fight\w*|wrestling|rough[\s-]?hous\w*|pillow\s+fight\w*)\b")
# someone else's policy, claimed on
_THEIR_POLICY = re.compile(r"\b(?:his|her|their)\s+(?:life\s+)?(?:policy|insurance|claim|policy\s+claim)\b")
_AN_ADULT_NAMED = re.compile(r"\b(?:husband|partner|boyfriend|girlfriend|wife|dad|father|step-?dad|mum|mom|uncle|man|bloke|he'?s\s+drunk|drunk)\b")
_BY_ACCIDENT_AFTER = re.compile(r"[^.!?]{0,40}?\b(?:by\s+accident|accidentally|by\s+mistake)\b")
_SAID_TO_BE = re.compile(r"\b(?:he|she|they)\s+(?:says?|said|claims?|claimed)\b|\b(?:supposedly|apparently|pretend\w*|excuse)\b")
_NOT_FIT_TO_DRIVE = re.compile(r"\b(?:seizures?|(?:had|having|has)\s+a\s+fit|epilep\w*|dvla|dmv|the\s+doctor|gp|consultant|no\s+driving|not\s+(?:allowed|supposed|fit)\s+to\s+drive|eyesight|stroke|over\s+the\s+limit|had\s+a\s+drink)\b")
_A_CREATURE_FEARED = re.compile(r"\b(?:spiders?|wasps?|hornets?|moths?|mouse|mice|rats?|snakes?|cockroach\w*|bees?|daddy\s+long\s+legs|clowns?|slugs?)\b")
_FEARED = re.compile(r"\b(?:thought|felt\s+like|felt\s+as\s+if|felt\s+as\s+though|was\s+sure|was\s+convinced|believed|genuinely\s+thought)\s+(?:that\s+)?i\s+(?:was|were|'?m)\s*$", re.I)
_SOMEONE_ELSES_PARTNER = re.compile(r"\b(?:friend|mate|neighbou?r|colleague|co-?worker|cousin|aunt|auntie)'?s"
                                    r"\s+(?:new\s+)?(?:husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|dad|father|stepdad|fella|feller|bloke|man|guy|bf|gf)\b", re.I)
_A_CHILD = re.compile(r"\b(?:" + _CHILDREN + r"|babies|boy|girl|son|daughter|little\s+one|grand(?:son|daughter|kids?|children))\b", re.I)
# Exercise pushed hard, in the same sentence as "thought I was going to die"
_EXERTION = re.compile(r"\b(?:burpees?|work\s*outs?|workout|gym|personal\s+trainer|spin\s+class|spinning\s+class|squats?|lunges?|planks?"
                       r"|laps|sprints?|hiit|crossfit|boot\s*camp|leg\s+day|marathon|half\s+marathon|5k|10k|parkrun|hill\s+(?:run|sprints?)"
                       r"|circuits|press-?ups|push-?ups|zumba|pilates)\b", re.I)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence that holds ``text[start:end]``."""
    opening = max(text.rfind(mark, 0, start) for mark in ".!?\n") + 1
    closing = min((i for i in (text.find(mark, end) for mark in ".!?\n") if i >= 0), default=len(text))
    return text[opening:closing]


# A thing, not a person, said to be about to kill them: "my exam is going to
# murder me tomorrow", "these exams are gonna kill me".
_THING_AS_KILLER = re.compile(r"(?:my|this|that|the|these|those)\s+(?:\w+\s+)?(?:exams?|tests?|finals|homework|essays?|deadlines?|coursework"
                              r"|assignments?|revision|dissertation|thesis|job|shift|commute|hangover|heat|shoes|feet|back|legs|knees|mortgage"
                              r"|bills|week|maths?|chemistry|physics|workout|diet|interview|presentation|schedule|inbox|to-?do\s+list"
                              r"|pressure|cholesterol|smoking|drinking|sugar|salt|weight|liver|habits?|vaping)\b")


# One more of a chore, or a small test failed, as the reason: "if I have to
# mark one more coursework", "if I fail this spelling test".
_CHORE_HYPERBOLE = re.compile(r"\bif\s+(?:they|you|he|she|anyone|someone|my\s+\w+)\s+(?:put|puts|add|adds|serve|serves)\s+(?:\w+\s+){0,2}(?:on|in)\s+(?:the|my)\s+(?:pizza|pasta|tea|coffee|burger|chips|curry|sandwich|toast)\b"
                              r"|\bif\s+(?:one\s+more|1\s+more|another)\s+(?:person|people|customer|client|kid|student|patient|parent)\s+(?:\w+\s+){0,2}?(?:asks?|says?|tells?|calls?|emails?|complains?)\b"
                              r"|\bif\s+(?:the|my|this|that)\s+(?:\w+\s+)?(?:printer|laptop|computer|phone|car|wifi|internet|app|kettle|machine|system)\s+(?:\w+\s+)?one\s+more\s+time\b"
                              r"|\bif\s+i\s+fail\s+(?:my\s+|this\s+|the\s+)?(?:chem|chemistry|maths?|physics|bio|biology|english|history|french|spanish|geography|psych|stats|driving\s+test|module|class|course)\b"
                              r"|\bif\s+i\s+(?:have\s+to|hear|get|fail|see|do|sit\s+through|mark|read|write|watch|attend)\b[^.!?]{0,40}?"
                              r"\b(?:one\s+more|1\s+more|another|this|that|the|my)\s+(?:\w+\s+){0,2}?(?:zoom|meeting|meetings|call|calls|email|emails|essay|essays|coursework"
                              r"|exam|test|quiz|lecture|class|lesson|shift|spreadsheet|form|report|homework|assignment|song|episode|advert|ad|presentation"
                              r"|wedding|hen\s+do|stag\s+do|christening|karaoke|birthday\s+party|timesheet|invoice|nappy|nappies|diaper|load\s+of\s+washing|spelling\s+test|maths\s+test|problems?|questions?|sums?|equations?|worksheets?)\b")
# A chore as what makes them want to die: "hoovering the stairs makes me want to die"
_CHORE_MAKES_ME = re.compile(r"\b(?:traffic|roadworks|queues?|commute|the\s+drive\s+home|the\s+journey|ironing|hoovering|vacuuming|washing\s+up|(?:the\s+)?dishes|laundry|mopping|dusting|folding"
                             r"|cleaning|tidying|scrubbing|(?:doing\s+)?(?:my\s+|the\s+)?tax\s+returns?|paperwork|flat-?pack)\b[^.!?]{0,30}?"
                             r"\b(?:makes?|made)\s+me\s+(?:want\s+to|wanna)\s+(?:die|end\s+it(?:\s+all)?|kill\s+myself|top\s+myself|jump\s+off\s+(?:a|the)\s+(?:cliff|bridge|roof))\b")
# Embarrassment as the reason: "I want to die when I speak on the phone, ha ha"
_EMBARRASSED = re.compile(r"\b(?:want(?:ed)?\s+to|could|would)\s+(?:literally\s+)?die\s+when(?:ever)?\s+i\s+(?:have\s+to\s+)?(?:speak|talk|sing|present|answer|call|dance|read\s+aloud)\b")


# A joke marker anywhere in the turn ("ha", "joking, obviously"; "not joking" is none)
_JOKE_ANYWHERE = re.compile(r"\b(?:" + _JOKE_WORDS + r"|ha|(?<!not\s)(?<!n't\s)joking|(?<!not\s)(?<!n't\s)(?<!\bno\s)kidding|anyway|figuratively|metaphorically)\b|\U0001f602|\U0001f480")


# The chore in front of them as the reason: "kms this essay is 3000 words"
_CHORE_NOW = re.compile(r"\b(?:kms|kill\s+me(?:\s+now)?|i\s+want\s+to\s+die)\b\W{0,3}(?:this|that|these|my)\s+(?:\w+\s+)?(?:essay|homework|coursework|exam|test"
                        r"|assignment|dissertation|thesis|revision|lecture|shift|deadline|group\s+project|project|presentation|maths|spreadsheet|report)s?\b")


def a_chore_in_jest(text: str) -> bool:
    """One more of a chore, or embarrassment, as the reason, with a joke
    marker ("if i get 1 more email from my boss im throwing myself in the sea
    lol jk", "I want to die when I speak on the phone, ha ha")."""
    clean = _lowered(text)
    return bool(_CHORE_HYPERBOLE.search(clean) or _EMBARRASSED.search(clean) or _CHORE_MAKES_ME.search(clean) or _CHORE_NOW.search(clean)) \
        and bool(_JOKE_ANYWHERE.search(clean))



_ASKED_IF = re.compile(r"\basked\s+(?:me\s+)?(?:if|whether)\s+(?:i'd(?:\s+ever)?|i\s+(?:was|am|'m|had\s+been|have\s+been|'d\s+been|ever|had|have|'ve\s+had|was\s+having|am\s+having))\s*(?:\w+\s+){0,2}$")
_SAID_NO_AFTER = re.compile(r"^[^.!?]{0,60}?\b(?:(?:i\s+)?(?:honestly\s+|truthfully\s+)?(?:said|answered|told\s+(?:her|him|them))\s+no|and\s+i'?m\s+not"
                            r"|(?:i\s+)?(?:just\s+)?laughed\b[^.!?]{0,20}?\b(?:because|cos|cause)\s+no|of\s+course\s+not)\b")
# ...asked within the words matched ("the insurer asked if I'd ever attempted suicide")
_ASKED_IF_IN = re.compile(r"\basked\s+(?:me\s+)?(?:if|whether)\s+i\b")
# ...and the no taken back ("I said no, but that was a lie")
_A_LIE_AFTER = re.compile(r"\b(?:a\s+lie|lied|lying|not\s+(?:true|the\s+truth)|wasn'?t\s+true)\b")
_NEARLY = re.compile(r"\b(?:nearly|almost|practically|basically)\s*$")
_NEAR_MISS_AFTER = re.compile(r"^[^.!?]{0,40}?\b(?:tripp\w*|fell|falling|slipp\w*|crash\w*|by\s+accident|on\s+the\s+(?:stairs|ice|road|bike|ladder)|fall\s+off)\b")


# A habit, or a mishap told as a cover story ("I said I cut myself shaving. I
# didn't."), is no mishap.
_NOT_A_MISHAP = re.compile(r"\b(?:been|keep|keeps|kept|again|said|told|say|tell|didn'?t|pretend\w*|lie|lied|lying|excuse"
                           r"|cover\w*|every\s+(?:day|night|time))\b|\b(?:only|but)\s+it\s+wasn'?t\b|\bif\s+you\s+follow\s+me\b", re.I)


# A mishap owned as one, which makes "again" no habit ("I burnt myself on the
# kettle again. My hands aren't as steady as they were", "not again")
_CLUMSY = re.compile(r"\bnot\s+again\b|\bclumsy\b|\b(?:longer|better|new|thicker|proper)\s+oven\s+gloves\b|\b(?:such|like)\s+an?\s+(?:total\s+|complete\s+|absolute\s+)?(?:idiot|klutz|muppet|numpty|plonker|wally)\b|\bshaky\s+hands\b"
                     r"|\b(?:hands?|eyes?|eyesight|grip)\s+(?:aren'?t|isn'?t|are\s+not|is\s+not)\s+(?:as\s+)?(?:steady|good|strong|what\s+(?:they|it)\s+(?:were|was|used\s+to\s+be))\b")
# ...as does a hazard of the trade, for a hurt told with its tool ("burnt
# myself on the quench oil again, occupational hazard")
_TRADE_HAZARD = re.compile(r"\b(?:occupational|work)\s+hazard\b|\bhazards?\s+of\s+the\s+(?:job|trade)\b")
# ...and a hurt the rules read of no body part they list ("burned my hand on the straighteners")
_A_MISHAP_HURT = re.compile(r"\b(?:burn(?:ed|t)|scald(?:ed)?|cut|nick(?:ed)?|slic(?:ed)?|sliced)\s+(?:myself|my\s+(?:hand|finger|thumb|fingers|wrist|arm|forearm|palm|knuckles?"
                            r"|forehead|ear|neck|face|leg|foot|lip))\b")


def an_accident(text: str) -> bool:
    """Self-harm words said of a mishap ("cut myself shaving lol", "burnt my
    arm on the oven"), not done on purpose."""
    clean = _lowered(text)
    # clumsiness says again and again what it is ("keep dropping things"),
    # and a hazard of the trade what one has been doing ("been forging knives")
    clumsy = _CLUMSY.search(clean) or _TRADE_HAZARD.search(clean)
    habit = re.sub(r"\b(?:again|keeps?)\b|\bbeen(?=\s+\w+ing\s+(?!myself\b|me\b|my\s*self\b)\w)", " ", clean) if clumsy else clean
    if _ON_PURPOSE.search(clean) or _NOT_A_MISHAP.search(habit):
        return False
    hurts = [m for rule in RULES if rule.category == "self_harm" and rule.level == CLEAR for m in rule.pattern.finditer(clean)]
    return any(_ACCIDENT_AFTER.search(clean[m.end():m.end() + 80]) or (clumsy and _CLUMSY.search(_sentence_around(clean, m.start(), m.end())))
               for m in hurts + list(_A_MISHAP_HURT.finditer(clean)))


# Something hidden for someone to find as a surprise ("hid her present in
# the garage so she'll find it"), not a note left for after.
_SURPRISE = re.compile(r"\b(?:gifts?|presents?|surprise|treats?|easter\s+eggs?|stocking|birthday|christmas|under\s+the\s+tree"
                       r"|flowers|chocolates?|card)\b", re.I)
_FOR_THEM_TO_FIND = re.compile(r"\b(?:for\s+(?:him|her|them|\w+)\s+to\s+find|(?:he|she|they)(?:'ll|\s+will)\s+find\s+it)\b", re.I)
_NOTE_WORDS = re.compile(r"\b(?:note|letter|goodbye|sorry|forgive|gone|pills|rope|last)\b", re.I)


def a_surprise(text: str) -> bool:
    """Words of a note left to be found, said of a surprise for someone."""
    clean = text.replace("\u2019", "'")
    return bool(_FOR_THEM_TO_FIND.search(clean) and _SURPRISE.search(clean) and not _NOTE_WORDS.search(clean))


# "If my mum sees this phone bill she'll kill me": a trifle found out, said
# before the threat (never "if he finds out I told you...")
_TRIFLE_FOUND_BEFORE = re.compile(r"\b(?:wants?|needs?)\s+it\s+(?:by|before)\s+(?:eod|cob|end\s+of\s+(?:the\s+)?(?:day|play|week)|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|\d{1,2}(?::\d\d)?\s*(?:am|pm)?)\s+or\s*$|\bif\s+(?:my\s+)?(?:mum|mom|mam|dad|mother|father|boss|teacher|gran|nan|she|he|they)\s+(?:ever\s+)?(?:sees?|finds?|notices?|hears\s+about|gets?)\s+"
                                  r"(?:this|that|the|my)\s+(?:\w+\s+)?(?:bill|mess|state|report|grades?|marks|results|dent|scratch|tattoo|hair|piercing|room|receipt|score|statement)\b[^.!?]{0,25}$"
                                  # ...or finds out what was done ("I dented the car"), never what was told or where one went
                                  r"|\bif\s+(?:my\s+)?(?:mum|mom|mam|dad|mother|father|boss|teacher|gran|nan|she|he|they)\s+(?:ever\s+)?(?:finds?|found)\s+out\s+(?:that\s+)?"
                                  r"i\s+(?:dented|scratched|crashed|pranged|broke|lost|spent|failed|flunked|skipped|bunked|wagged|ate|finished|forgot"
                                  r"|wrecked|borrowed|dyed|maxed|stayed\s+up|missed|bought|ordered|got\s+a\s+(?:tattoo|piercing|detention|(?:speeding|parking)\s+(?:ticket|fine)))"
                                  r"\b(?![^.!?]*\b(?:told|tell|police|left|leave|pregnant|gay|trans|bi|lesbian|talked|spoke|called)\b)[^.!?]{0,40}$")


# Everyday things the learned layer has read as risk: a nurse's work, a
# medicine taken as the box says, a piercing or waxing, skin picked out of
# boredom, leg day, a redundancy, idioms ("shot myself in the foot"), a hope
# to sleep well. Each was checked against every labelled disclosure and
# training sentence (none silenced); a word that may carry risk keeps the
# reading standing ("I'm a nurse and I've been taking pills from work").
_EVERYDAY = re.compile(
    r"\bi(?:'m|\s+am|m)\s+an?\s+(?:nurse|paramedic|doctor|gp|vet|carer|care\s+worker|medic|first\s+aider|police\s+officer|firefighter|social\s+worker)\b"
    r"|\b(?:like|as)\s+(?:the\s+(?:box|packet|label|leaflet|bottle)\s+says|(?:the\s+|my\s+)?(?:doctor|gp|pharmacist)\s+(?:said|says|told\s+me)|prescribed|directed)\b|\brecommended\s+dose\b"
    r"|\b(?:got|had|getting)\s+(?:my\s+)?(?:\w+\s+){0,2}?(?:pierc\w+|peirc\w+|tattoo\w*|wax\w*)\b|\bwaxing\s+my\b"
    r"|\b(?:when\s+i'?m\s+bored|out\s+of\s+boredom)\b[^.!?]{0,60}?\b(?:(?:bad|nervous)\s+hab+it|just\s+a\s+hab+it|it'?s\s+a\s+hab+it)\b"
    r"|\b(?:bad|nervous)\s+hab+it\b[^.!?]{0,40}?\bwhen\s+i'?m\s+bored\b"
    r"|\b(?:leg\s+day|did\s+legs|squats|doms)\b"
    # a trip booked with company ("booked my ticket to Lourdes and my sister is coming with me"); who one would be
    r"|\b(?:booked|bought|got)\s+(?:my|our|the|a)\s+(?:\w+\s+)?(?:tickets?|flights?|trip|holiday|coach\s+trip|cruise|pilgrimage)\s+(?:to|for)\b(?!\s+one[\s-]way)[^.!?]{0,60}?"
    r"\b(?:(?:is|are)\s+coming\s+with\s+(?:me|us)|with\s+my\s+(?:sister|brother|husband|wife|family|friends?|mum|mom|dad|daughter|son))\b"
    r"|\bwho\s+i'?d\s+(?:be|have\s+been)\s+if\s+i\s+(?:had|hadn'?t|'d)\b"
    r"|\b(?:been\s+let\s+go|laid\s+off|made\s+redundant|redundancy|restructur\w*|got\s+fired|got\s+sacked)\b"
    r"|\b(?:blood\s+on\s+the\s+carpet|shot\s+my\s*self\s+in\s+the\s+foot|dead\s+on\s+my\s+feet|dying\s+to\s+(?:know|see|try|meet|go)|killing\s+it|killed\s+it|to\s+die\s+for)\b"
    r"|\bsleep\s+(?:through\s+the\s+night|properly|better|well)\b"
    # caring for someone with dementia: "she gets confused about where she is and wants to go home"
    r"|\b(?:dementia|alzheimer'?s|sundowning|(?:gets?|got|getting)\s+(?:so\s+|very\s+|really\s+)?confused\s+about\s+where)\b"
    # regret said as a figure of speech: "which I'm now kicking myself about"
    r"|\b(?:kick(?:ing|ed)?|could\s+(?:have\s+)?kick(?:ed)?)\s+myself\s+(?:about|over|for|now|that|because)\b"
    r"|\bpull\w*\s+the\s+plug\s+on\s+(?:my|the|our)\s+(?!life\b|existence\b)\w+|\bsend\w*\s+money\s+(?:home|back\s+home|to\s+my\s+(?:family|parents|mum|mom|mother))\b"
    r"|\bfeel\w*\s+(?:a\s+(?:bit|little|lot)\s+|much\s+|so\s+much\s+)?better\s+(?:now|already|for\s+(?:saying|telling|talking))\b|\bkeep\w*\s+myself\s+to\s+myself\b"
    r"|\b(?:septum|nose|ear|lip|tongue|belly|eyebrow|helix|tragus|conch|navel)\s+(?:done|pierced)\b"
    r"|\bwon'?t\s+let\s+me\s+(?:have|get|use|go\s+on)\s+(?:a\s+)?(?:phone|tablet|ipad|social\s+media|tiktok|instagram|snapchat|boyfriend|girlfriend|sleepovers?|makeup)\b[^.!?]{0,30}\b(?:till|until)\b"
    r"|\b(?:" + _FAITH_FAST + r")\b|\b(?:little|younger|baby)\s+(?:brother|sister)\b[^.!?]{0,40}\b(?:breaking|broke|takes?|taking|took|borrow\w*|messing\s+with|nicks?|nicked|steals?|stole)\s+my\s+(?:stuff|things|games|clothes|makeup|charger|toys)\b"
    # old things to a charity shop for lack of room
    r"|\b(?:gave|given|giving|give|took|taken|taking|drop(?:ped|ping)?\s+off|donat\w+)\s+(?:\w+\s+){0,4}?(?:to|at)\s+(?:the\s+|a\s+)?"
    r"(?:charity\s+shops?|charity|oxfam|goodwill|thrift\s+(?:shop|store)|op\s+shop|salvation\s+army)\b[^\n]{0,80}?\b(?:no|not\s+enough|running\s+out\s+of)"
    r"\s+(?:room|space)\b"
    # leave from work booked ("should I just book the leave and not cancel it
    # this time?" had been asked whether it was thinking of suicide); not
    # "take my leave", a farewell
    r"|\b(?:annual\s+leave|book(?:ed|ing|s)?\s+(?:the|my|some|a|a\s+few|a\s+week'?s?)\s+(?:leave|days?\s+off|time\s+off|holiday))\b"
    r"|\b(?:texts?|rings?|calls?|checks?|messages?)\s+(?:me\s+)?(?:to\s+(?:check|see|make\s+sure)\s+)?(?:that\s+)?(?:i'?ve|i\s+have|i)\s+(?:got|get|gotten|made\s+it)\s+home\s+(?:safe(?:ly)?|ok(?:ay)?|alright|all\s+right)\b"
    r"|\bi\s+send\w*\s+(?:it\s+|most\s+|all\s+|half\s+)?to\s+my\s+(?:family|parents|mum|mom|mother)\b|\b(?:exams?|tests?|deadlines?|finals)\s+(?:are|is)\s+(?:looming|coming\s+up|close|soon)\b")
_MAY_CARRY_RISK = re.compile(
    r"\b(?:suicid\w*|kill\w*\s+my\s*self|kms|unaliv\w*|end\s+(?:it|my\s+life|things)|overdos\w*|pills?|tablets?|meds|cut(?:ting|s)?\s+my\s*self"
    r"|hurt\w*\s+my\s*self|self[\s-]?harm\w*|sh|die|dying|(?:think\w*|thought)\s+(?:about|of)\s+(?:jumping|falling|stepping\s+off|throwing\s+myself)|death|rope|bridge|notes?|letter|hit\w*\s+(?:me|us)|beat\w*|threat\w*|scared|afraid"
    r"|terrified|punish\w*|deserve\w*|on\s+purpose|purp\w*|bleed\w*|starv\w*|throw\w*\s+up|sick|purg\w*|laxativ\w*|calories|knife|gun|police"
    r"|lock\w*|forc\w*|touch\w*|secret|hurts?\s+me|never\s+wake|goodbye|bye|forever|gone|burden|without\s+me|hopeless|no\s+point"
    r"|can'?t\s+go\s+on|any\s*more|again|relaps\w*|marks|scars?|bruis\w*|wrists?|blade|razor|pain|relief|release|numb|feels?\s+good|felt\s+good|last(?!\s+(?:night|week(?:end)?)\b)|final|everything|won'?t\s+(?:be\s+)?need(?:ing)?\s+(?:anything|it|them|any)"
    # medicine left off ("I haven't been doing my injections ... part of me is hoping")
    r"|(?:haven'?t|not|stopped)\s+(?:been\s+)?(?:doing|taking|having|bothering\s+with)\s+my\s+(?:injections|insulin|meds|medication|medicine|tablets|pills)|part\s+of\s+me\s+(?:is\s+)?hop\w*"
    # harm done with the hands or things at hand, by them or by someone
    r"|" + _HARM_BY_HAND + r"|strik(?:e|es|ing)|struck|batter(?:ed|ing|s)?\b|thump\w*|wallop\w*|chok(?:e|es|ed|ing)|strangl\w*|smack\w*|smash\w*|bang\w*|slam\w*|walls?|knuckles|burn\w*\s+(?:my|myself|me)|lighter|scratch\w*"
    r"|bit(?:e|ing)?\s+(?:myself|my\s+(?:own\s+)?(?:arms?|hands?|wrists?|skin|legs?|fingers?\s+till))|pinch\w*|bled"
    r"|(?:go(?:es|ing)?|went)\s+for\s+me|stick|hair|flinch\w*|frightened|violent|temper"
    # where a rope would go, and a thought that keeps coming back
    r"|beams?|banisters?|noose|hooks?|loft\s+hatch|keep\s+thinking"
    # not long to wait ("paid for the plot. I shan't be waiting long")
    r"|(?:won'?t|wont|shan'?t|not)\s+be\s+(?:waiting|here|around)\s+(?:long|much\s+longer)|(?:won'?t|wont|will\s+not)\s+be\s+(?:around|here)\s+to\s+(?:renew|pay|need|use|collect|finish|read|enjoy|worry\s+about|see\s+(?:it|that|the|them\s+grow|next|another|christmas|spring))\b|end\s+with\s+me"
    # not going on, in words of its own ("laid off. I don't see much point
    # sticking around for another winter of this")
    r"|point\s+(?:in\s+)?(?:sticking|carrying|going|living|being|trying|staying|waking)|stick(?:ing)?\s+around|(?:quit|stop|done\s+with)\s+living"
    r"|(?:another|next)\s+(?:winter|year|christmas|birthday)\s+(?:of\s+this|like\s+this)|finish\s+the\s+job|life\s+insurance"
    r"|(?:to|i'?ll|will|gonna|going\s+to|want\s+to|wanna|could|might)\s+jump|disappear\w*(?!\s+(?:for\s+(?:a|the)\s+(?:week|bit|while|few|day|couple|weekend|afternoon|night)|into|under|off\s+to))"
    r"|(?:even\s+)?notice\s+if\s+i|keep\s+(?:looking|staring)\s+at\s+it|fists?"
    # ("I'm a nurse, I know how much of what would do it, and I've been counting";
    # "since the redundancy I sit in the car with the engine running"; "he'll find me and finish it")
    r"|would\s+do\s+it|counting\s+(?:what'?s\s+in|the\s+(?:pills|tablets)|them\s+out|my\s+(?:pills|tablets))|(?:sit|sat|sitting)\b[^.!?]{0,50}\bengine\s+running"
    r"|not\s+open\w*\s+the\s+door|thought\s+(?:it\s+)?through|properly\s+this\s+time"
    r"|(?:he|she|they)(?:'ll|\s+will|'d|\s+would)\s+(?:find|hurt|kill)\s+(?:me|us)|(?:find|get)\s+me\s+and\s+finish\s+it"
    r"|checks?\s+my\s+phone|won'?t\s+let\s+me\s+have\s+my\s+own|safer\s+that\s+way)\b")


# Words of a rape or sexual assault, as the rules find them (censored too)
_SEXUAL_VIOLENCE = re.compile(r"\b(?:rap\w*|r[*@#]+\w*|sexual\w*|molest\w*|s\.?a'd)", re.I)


def tells_of_sexual_violence(found: RuleMatch) -> bool:
    """Whether a clear rule match tells of a rape or sexual assault: nothing
    said after it takes it back."""
    return found.level == CLEAR and bool(_SEXUAL_VIOLENCE.search(found.words))


# Goodbyes said for a move or a new job ("I'm leaving my job on Friday and
# I've been saying goodbye to everyone"): the goodbye words carry no risk there.
_LEAVING_FOR_A_MOVE = re.compile(r"\bmoved\s+(?:out\s+|over\s+)?(?:to|abroad)\s+(?!the\s+(?:other\s+side|next\s+world|afterlife))\w+|\bmoving\s+(?:into|in\s+to)\s+(?:a|the|my|our)\s+(?:\w+\s+)?(?:flat|house|place|home|apartment|bungalow|room)\b|\b(?:leav\w*|left|quit\w*)\s+(?:my|the|this|our)\s+(?:job|work|school|college|uni|company|firm|office|team"
                                 r"|church|club)\b|\bmoving\s+(?:up\s+|down\s+|over\s+)?(?:to|away|abroad|house|back)\b|\b(?:the|our|my)\s+move\s+(?:to|back\s+to|abroad|across)\b|\bhand(?:ing)?\s+(?:back|in)\s+the\s+keys\b|\bhand(?:ing)?\s+the\s+keys\s+(?:back|in|over)\b|\blast\s+night\s+in\s+(?:this|the|my)\s+(?:flat|house|place|room|halls|digs)\b"
                                 r"|\bretir\w+|\bsend[\s-]?off\b|\bi\s+fly\s+(?:home|back|out)\b|\blast\s+day\s+in\s+this\s+country\b|\bleaving\s+do\b|\bnew\s+job\b|\bemigrat\w+|\brelocat\w+|\bgraduat\w+"
                                 r"|\b(?:flights?|tickets?)\s+(?:are\s+|is\s+)?booked\b|\bbooked\s+(?:our|my|the)\s+(?:flights?|one[\s-]way\s+tickets?\s+to\s+(?:a\s+)?new)\b|\bhere\s+(?:we|i)\s+come\b|\bthe\s+flight\s+(?:to|out)\b|\bthe\s+new\s+(?:place|flat|house|home|apartment)\b|\bflying\s+(?:out\s+)?(?:to|on)\b|\bvisa\s+(?:came\s+through|approved|granted)\b|\bbefore\s+i\s+fly\s+(?:out|home|back|off)\b")
# Medicines taken as meant ("took my meds like normal", "Dad's tablets in a dosette box").
_AS_DIRECTED = re.compile(r"\b(?:like|as)\s+(?:normal|usual|always|prescribed|directed|(?:i'?m|i\s+am)\s+supposed\s+to|the\s+(?:doctor|gp|pharmacist|box|label|leaflet|clinic|nurse)\s+(?:said|says|told\s+me)"
                          r"|it\s+says\s+on\s+the\s+(?:box|packet|label|leaflet|bottle|tin)"
                          r"|(?:he|she|they)\s+(?:say|says|said|told\s+me))\b"
                          r"|\bdosette\b|\bpill\s+(?:box|organi[sz]er)\b|\bblister\s+pack|\bweekly\s+(?:pill\s+)?box(?:es)?\b"
                          r"|\b(?:twice|double|two\s+doses?)\s+by\s+(?:mistake|accident)\b|\brealised\s+i'?d\s+already\s+(?:done|taken|had)\s+it\b"
                          # asked about, or a chemist's mistake to take back
                          r"|\bdo\s+i\s+(?:have|need)\s+to\s+take\s+(?:it|them)\s+with\s+food\b|\bis\s+it\s+(?:safe|ok(?:ay)?|alright|fine)\s+to\s+(?:take|have|mix)\b[^.!?]{0,60}?\bwith\s+(?:my|the|a)\b"
                          r"|\b(?:chemist|pharmacy|pharmacist|doctor|gp|surgery)\s+(?:gave|sent|dispensed|prescribed)\s+(?:me\s+)?the\s+wrong\s+(?:strength|dose|tablets|pills|medication|meds|prescription|box)\b"
                          # kept for an everyday ache ("paracetamol in my bag, my headaches come on fast")
                          r"|\b(?:for|my|the)\s+(?:headaches?|migraines?|period\s+pains?|cramps|back\s*ache|back\s+pain|toothache|hangovers?|hay\s*fever|allerg\w+)\b"
                          r"|\bfor\s+(?:my|me)\s+(?:back|knees?|shoulders?|neck|hips?|tooth|teeth|joints|arthritis)\s*[.!,]?\s*$|\bfor\s+me\s+back\b")
# ...but not "all of this week's tablets out of the dosette box at once"
_TOO_MANY = re.compile(r"\b(?:all|whole|at\s+once|too\s+many|extra|double|wanted\s+to|on\s+purpose|lots?|loads?|handful|rest\s+of"
                       # a count past any dose ("is it safe to take 30 paracetamol with my tablets")
                       r"|(?:\d{2,}|twenty|thirty|forty|fifty|hundred)\s+(?:\w+\s+)?(?:pills?|tablets?|paracetamol|ibuprofen|aspirin|painkillers?|co-?codamol|sleeping|of\s+(?:them|those|these|my|the)))\b")
_MEDICINE_WORDS = re.compile(r"\b(?:pills?|tablets?|meds|medication|medicines?|paracetamol|ibuprofen|aspirin|painkillers?|co-?codamol|antihistamines?"
                             r"|antidepressants?|inhalers?|sertraline|citalopram|fluoxetine|mirtazapine|amitriptyline|metformin|statins?|arvs?|solpadeine|nurofen|anadin|insulin)\b")
_PARTING_WORDS = re.compile(r"\b(?:saying\s+)?(?:good\s*byes?|byes?|farewells?)\b"
                            r"|\b(?:don't|do\s+not)\s+see\s+(?:myself|us)\s+(?:here|around\s+here|in\s+this\s+(?:town|city|house|flat|job))\s+next\s+year\b"
                            r"|\b(?:giv(?:en|e|ing)|gave)\s+away\s+(?:most\s+of\s+|all\s+of\s+|some\s+of\s+|all\s+)?(?:(?:my|the|our),?\s+)+(?:furniture|books|clothes|plants|sofa|bed|records|vinyl|games|dvds|cds)\b"
                            r"|\b(?:given|gave|giving)\s+my\s+\w+\s+to\s+my\s+(?:nephew|niece|cousin|brother|sister|son|daughter|mate|friend)\b|\b(?:my\s+)?last\s+(?:day|shift|week)\b"
                            r"|\b(?:letters?|cards?|notes?)\s+to\s+(?:each\s+of\s+)?(?:my|the|all\s+my|all\s+the)\s+(?:pupils|students|class|team|colleagues|staff|patients|regulars|customers|kids)\b"
                            r"|\blast\s+night\s+(?:in|at)\s+(?:this|the|my|our)\s+(?:old\s+)?(?:apartment|flat|house|room|place|home|halls|digs)\b")


# "I've decided to end things... with my boyfriend, I mean": a relationship ended
_ENDING_A_RELATIONSHIP = re.compile(r"\bend(?:ing|ed)?\s+(?:things|it)(?:\s+all)?(?:\s+(?:fr|for\s+real|for\s+good|officially|properly|tomorrow|tonight|today|soon))?[\s.,\u2026-]*(?:with|between)\s+(?:(?:my|me\s+and\s+(?:my\s+)?)\s*(?:new\s+|current\s+)?"
                                    r"(?:boyfriend|girlfriend|partner|husband|wife|bf|gf|fianc\w*|ex|situationship|talking\s+stage|fwb|fella|man)|us|him|her|them)\b")
_ENDING_WORDS = re.compile(r"\bend(?:ing|ed)?\s+(?:things|it)\b")


# Driving given up ("I can't drive any more because of my eyes"); the
# person's own jest with a grandchild ("I told him I'd kill him if he got
# another"); work with the dying ("training as an end-of-life doula"); a
# phone "about to die": the words explained carry no risk of themselves
_NO_LONGER_DRIVING = re.compile(r"\b(?:can'?t|cannot|not\s+allowed\s+to|no\s+longer\s+allowed\s+to|told\s+i\s+can'?t)\s+drive\b|\b(?:lost|losing|surrender\w*|taken\s+away)\s+my\s+(?:driving\s+)?licen[cs]e\b")
_ANY_MORE = re.compile(r"\bany\s*more\b")
_MY_OWN_JEST = re.compile(r"\bi(?:'d|\s+would|'ll|\s+will)\s+kill\s+(?:him|her|them)\s+if\s+(?:he|she|they)\s+(?:ever\s+)?(?:gets?|got|does|did|dyes?|dyed|buys?|bought|comes?\s+home|came\s+home)\b")
_KILL_WORD = re.compile(r"\bkill\b")
_WORK_WITH_THE_DYING = re.compile(r"\b(?:i'?m|i\s+am|i\s+work|i'?ve\s+started|started|training|train(?:ed|ing)?)\s+(?:as\s+|to\s+be\s+)?(?:an?\s+)?(?:\w+[\s-]+){0,6}?"
                                  r"(?:doula|hospice\s+(?:nurse|volunteer|worker|chaplain)|palliative\s+(?:care\s+)?nurse|funeral\s+(?:director|celebrant)|undertaker|embalmer"
                                  r"|bereavement\s+(?:counsell?or|volunteer))\b")
_DEATH_WORDS = re.compile(r"\b(?:death|dying|die|died|end[\s-]of[\s-]life)\b")
_A_DEVICE_DYING = re.compile(r"\b(?:phone|battery|laptop|tablet|ipad|charger)(?:'s|\s+is|\s+will|\s+might)?\s+(?:about\s+to|going\s+to|gonna|on\s+\d+%?\s+and\s+(?:about\s+to|gonna))\s+die\b(?![^.!?]{0,20}\b(?:so\s+am\s+i|and\s+me|me\s+too|same\s+as\s+me|like\s+me)\b)")
_DEVICE_WORDS = re.compile(r"\bdie\b|\bcut\s+out\b")
# "bro said he'd unalive me if I spoiled the finale": a threat over a trifle
# (not a partner's: "my boyfriend said he'd kill me if I wore that again" is asked about)
_A_THREAT_OVER_A_TRIFLE = re.compile(r"^(?![^\n]*\b(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fella|fianc\w*|ex|stepdad|stepmum|stepmom)\b)"
                                     r"[^\n]*?\b(?:kill|unalive|murder|end|strangle|throttle)\s+(?:me|us)\s+(?:if\s+(?:i|we)\s+(?:\w+\s+)?(?:spoil\w*|ate|eat|finish\w*|watch\w*\s+(?:it|the|ahead)|skip\w*"
                                     r"|borrow\w*|use|used|beat|win|won|break|broke|scratch\w*|dent\w*|crash\w*|wear|wore|touch\w*|nick\w*|gave\s+out|give\s+out|gave\s+away|post\w*|shar\w*)"
                                     # ...or when the mess is found ("when he sees what I did to the car")
                                     r"|when\s+(?:he|she|they)\s+(?:sees?|finds?\s+out|notices?)\s+what\s+i(?:'ve)?\s+(?:did|done|have\s+done)\s+to\s+(?:the|his|her|their|my)\s+(?:car|van|kitchen|room|lawn|garden|bike|phone|laptop|carpet|walls?|hair|fence|sofa))\b")
_KILL_WORDS = re.compile(r"\b(?:kill|unalive|murder|end)\s+(?:me|us)\b")
# ...and the last of the thing ("his last yoghurt")
_TRIFLE_KILL_WORDS = re.compile(_KILL_WORDS.pattern + r"|\b(?:strangle|throttle)\s+me\b|\bagain\b|\b(?:his|her|my|their|the)\s+last\s+\w+|\bthreat\w*\s+to\b|\b(?:wear|eat|touch|use|borrow|take|nick)\w*\s+(?:her|his|their|my)\s+\w+\s+again\b")
# "he smashed me at tennis", "my grandson thrashed me at draughts again"
_A_GAME_LOST = re.compile(r"\b(?:beat|beats|beaten|battered|smashed|thrashed|destroyed|hammered|whooped|whupped|walloped|trounced"
                          r"|annihilated|murdered|slaughtered|crushed|demolished|obliterated|owned|thumped|wiped\s+the\s+floor\s+with)"
                          r"\s+(?:me|us)\s+(?:again\s+|so\s+badly\s+|badly\s+)?(?:at|in)\s+" + _GAMES + r"\b(?:\s+again\b)?")
# a drink too many, or a relapse of drinking, with no harm named (LABELS.md: none)
_DRINKING_RELAPSE = re.compile(r"\b(?:relapsed|slipped|fell\s+off\s+the\s+wagon|back)\s+(?:on|with|to)\s+(?:the\s+)?(?:drink|booze|alcohol|beer|wine|bottle|fags|cigs|cigarettes|smoking|vape|vaping|ciggies)\b"
                               r"|\bhad\s+(?:a\s+few|one|a\s+couple)\s+too\s+many\b|\bhad\s+(?:a\s+few|some|a\s+couple\s+of)\s+(?:cervezas|beers|pints|drinks|glasses\s+of\s+wine|bevvies|tinnies|tins|cans)\b[^\n]{0,40}?\bsaid\s+i'?d\s+stop\b|\bjust\s+the\s+drinking\b|\boff\s+(?:it|the\s+(?:drink|booze))\s+again\b|\bstart(?:ing)?\s+again\s+(?:on\s+)?(?:monday|tomorrow)\b")
# "a length of rope for the new washing line"
_ROPE_FOR_A_JOB = re.compile(r"\b(?:(?:a\s+)?(?:length|coil|bit|reel)\s+of\s+)?rope\b[^.!?]{0,30}?\bfor\s+(?:the|a|my|our)\s+(?:new\s+)?(?:washing\s+line|clothes\s*line"
                             r"|boat|tent|swing|tree\s+swing|climbing|tow(?:ing)?|hammock|dog|garden|allotment|camping|tug\s+of\s+war|skipping|trailer|van"
                             r"|roof\s+rack|sailing|goats?|horses?|pony|cows?)\b")
# Held-out 34's false alarms: annoyance put as an idiom ("he drives me up
# the wall"); one's own threat to a partner, said in jest; funeral wishes
# left with a solicitor "so the children won't have to guess": the words
# explained carry no risk of themselves (a solicitor alone does not explain
# it: "...arranged for my affairs to be settled by Thursday, which is when I
# shall do it")
_ANNOYED = re.compile(r"\bdriv(?:es|ing|e)\s+me\s+(?:up\s+the\s+wall|round\s+the\s+(?:bend|twist)|mad|crazy|nuts|bonkers|spare|insane|potty|batty)\b")
_MY_THREAT_IN_JEST = re.compile(r"\bi(?:'ve|\s+have)?\s+(?:threatened|joked|teased)\b[^.!?]{0,25}?\b(?:in\s+jest|(?:half[\s-])?jokingly|as\s+a\s+joke|" + _JOKE_WORDS + r")\b"
                                r"[^.!?]{0,10}?\bto\s+\w+\s+(?:him|her|them)(?:\s+(?:in|out|up|into|to)\b[^.!?]{0,30})?")
# a note left for a neighbour or a flatmate time and again, unheeded ("left
# him a note twice and nothing changed"); not "already" or "again": "I've
# left my wife a note already" is the other kind of note
_A_NOTE_UNHEEDED = re.compile(r"\b(?:left|put|stuck|pushed|slipped|wrote|sent|written)\s+(?:him|her|them|(?:the|my|our)\s+\w+)\s+(?:a\s+)?(?:polite\s+|friendly\s+|little\s+|strongly\s+worded\s+)?notes?\b"
                              r"[^.!?]{0,30}?\b(?:twice|three\s+times|a\s+few\s+times|(?:and\s+)?nothing\s+(?:changed|happened)|no\s+(?:reply|answer|response)|(?:he|she|they)\s+ignored|didn'?t\s+(?:reply|answer|respond|change))\b")
_NOTE_WORD = re.compile(r"\bnotes?\b")
_FUNERAL_SETTLED = re.compile(r"\b(?:funeral\s+(?:wishes|plans?|arrangements|hymns)|pre-?paid\s+funeral|(?:updated|made|wrote|written|sorted)\s+(?:out\s+)?my\s+will)\b"
                              r"[^\n]{0,100}?\b(?:so\s+(?:that\s+)?(?:the\s+|my\s+)?(?:children|kids|family|daughters?|sons?)\s+(?:won'?t|don'?t|will\s+not)\s+have\s+to|when\s+the\s+time\s+comes)\b[^.!?]*")


# Session 27's look-alikes that the learned layer alone had read as risk:
# anger as an idiom ("hit the roof"), keys or oneself locked out, a rope
# swing that snapped, a dead arm in horseplay; a child's "I'll die if I have
# to eat broccoli"; one's end left to God ("whenever He decides to call
# me"), a burial plot bought beside a late wife.
_EVERYDAY_MISHAP = re.compile(r"\b(?:hit|hits|hitting)\s+the\s+roof\b|\block(?:ed|ing)?\s+(?:me|us)\s+out\s+of\s+the\s+(?:bathroom|toilet|loo)\b|\block(?:ed|ing)?\s+(?:(?:myself|ourselves|us|himself|herself|themselves)\s+out|(?:my|his|her|the)\s+keys\s+in\s+the\s+car)\b"
                              r"|\b(?:i'?m|i\s+am|we'?re|we\s+are|got|been)\s+locked\s+out\s+of\s+(?:my|our|the)\s+(?:house|flat|home|car|room|account|office|apartment)\b|\brope\s+swing\b"
                              r"|\b(?:messing|mucking|playing|fooling)\s+(?:about|around)\b[^.!?]{0,60}?\bdead\s+(?:arm|leg)\b")
_EVERYDAY_MISHAP_WORDS = re.compile(r"\b(?:hit\w*\s+the\s+roof|lock\w*\s+(?:me|us)\s+out\s+of\s+the\s+(?:bathroom|toilet|loo)|doing\s+(?:his|her|my|their)\s+hair|lock\w*\s+(?:myself|ourselves|us|himself|herself|themselves|my\s+keys)\s+out(?:\s+of\s+(?:the|my|his|her|our)\s+\w+)?(?:\s+again)?|lock\w*\s+(?:myself|ourselves|us|himself|herself|themselves|my\s+keys)|locked\s+out|rope\s+swing|punch\w*\s+my\s+arm|dead\s+(?:arm|leg))\b")
_A_CHILDS_DRAMA = re.compile(r"\b(?:says?|saying|said)\s+(?:he|she|they)(?:'s|\s+is|'re|\s+are|'ll|\s+will)\s+(?:going\s+to\s+|gonna\s+)?die\s+if\s+(?:he|she|they)\s+(?:has|have|had)\s+to\s+"
                            r"(?:eat|wear|go|tidy|do|take|sit|wait|share)\b")
_DIE_WORD = re.compile(r"\bdie\b")
_IN_GODS_TIME = re.compile(r"\b(?:whenever|when)\s+(?:god|he|the\s+(?:good\s+)?lord|allah|my\s+maker|jesus)\s+(?:decides|chooses|calls|is\s+ready|wants\s+(?:her|him|me|them)|takes\s+(?:her|him|me|them))\b"
                           r"|\bbought\s+(?:a|the|my|our)\s+(?:burial\s+)?plot\s+(?:beside|next\s+to|near)\s+(?:my\s+(?:late\s+)?(?:wife|husband)|him|her)\b")
_IN_GODS_TIME_WORDS = re.compile(r"\b(?:ready\s+to\s+go|gone|rest|call\w*|when\s+i\s+am\s+gone|when\s+i'?m\s+gone)\b")


# A gun kept for sport or the farm ("I take my pistol to the range on
# Saturdays"), never one pointed at anyone
_GUN_FOR_SPORT = re.compile(r"\b(?:(?:to|at)\s+the\s+(?:shooting\s+|gun\s+|rifle\s+|pistol\s+)?range|clay\s+(?:pigeon|shooting)|target\s+shooting|(?:gun|rifle|shooting)\s+club"
                            r"|(?:carry|gun|firearms?|shotgun)\s+(?:permit|licen[cs]e|certificate)|shooting\s+(?:rabbits|pigeons|deer|crows|vermin)|deer\s+season|for\s+(?:the\s+)?(?:rabbits|foxes|vermin)|(?:gun|rifle|shotgun)\s+for\s+the\s+farm"
                            r"|need\s+a\s+(?:licen[cs]e|permit|certificate)|in\s+its\s+case|strict\s+about\s+safety|teach\w*\s+me\s+(?:to|how\s+to)\s+clean)\b")
_GUN_WORDS = re.compile(r"\b(?:pistol|gun|rifle|shotgun|handgun|firearms?|revolver|carry\s+permit)\b")
_AT_SOMEONE = re.compile(r"\b(?:myself|my\s+head|at\s+(?:me|him|her|them|us)|to\s+(?:my|his|her)\s+head|point\w*|waved?|waving|loaded|threat\w*|angry|drunk|drinking"
                         r"|(?:keeps?|kept)\s+(?:turning|showing)\s+up|turn\w*\s+up\s+(?:at|outside)|follow\w*\s+me|stalk\w*|watch\w*\s+(?:me|the\s+house)|won't\s+leave\s+me\s+alone"
                         # kept in sight in a row; bought in secret, "not planning on taking it to the range"
                         r"|(?:during|in\s+the\s+middle\s+of|when\s+we)\s+(?:a\s+|an\s+|our\s+|the\s+)?(?:rows?|rowing|argu\w*|disagree\w*|fight\w*)"
                         r"|(?:placed|put|puts|putting|lays?|laid|leaves?|left)\s+(?:the|his|her|a)\s+(?:\w+\s+)?(?:gun|shotgun|rifle|pistol)"
                         r"|not\s+(?:\w+\s+){0,4}?(?:to|at)\s+the\s+range|nobody\s+knows|no\s*one\s+knows|without\s+(?:telling|anyone))\b")
# Play-fighting ("we were wrestling in the garden, he pinned me"). Not the
# sports of _SPORT: a coach or a club named beside grooming ("a cabin for a
# weekend, just the two of them") is no play, and read so it was silenced.
_PLAY_FIGHT = re.compile(r"\b(?:wrestl\w*|play[\s-]?fight\w*|play[\s-]?punch\w*|rough[\s-]?hous\w*|pillow\s+fights?|tickle\s+fights?|tickl\w*|messing\s+(?:around|about)|mucking\s+about|rugby|judo|jiu[\s-]?jitsu|bjj)\b")
_PLAY_FIGHT_WORDS = re.compile(r"\b(?:pinned|pin|pins|tackled|grass\s+stains?)\b|\bplay[\s-]?punch\w*|\b(?:now\s+)?(?:it'?s|its)\s+(?:all\s+)?(?:purple|bruised)\b")
# ...and play that stopped being play ("he pinned me down and wouldn't stop")
_PLAY_GONE_WRONG = re.compile(r"\b(?:would\s*n'?t|wouldnt|did\s*n'?t|didnt|won'?t|would\s+not|did\s+not|couldn'?t|could\s+not)\s+(?:stop|let\s+(?:me\s+)?go|get\s+off|breathe|move)"
                              r"|\b(?:scream\w*|cr(?:y|ies|ied|ying)(?!\s+(?:laughing|with\s+laughter|of\s+laughter))|begg\w*|chok\w*|strangl\w*|sat\s+on\s+my\s+(?:chest|face)|held\s+me\s+down|pinned\s+me\s+down|told\s+(?:him|her|them)\s+to\s+stop)\b")
def explained_before(earlier: str, text: str) -> bool:
    """Whether the turn before told of play-fighting or a move, and this
    turn, read with it, carries no word of risk beyond being pinned, or
    goodbyes and things given away ("flights booked for the 14th!" ...
    "giving my sofa to mates and saying goodbye")."""
    told = _lowered(earlier)
    return bool(_PLAY_FIGHT.search(told) or _LEAVING_FOR_A_MOVE.search(told) or _A_SCENE_TOLD.search(told)) \
        and everyday_look_alike(f"{earlier} {text}")


# Money looked after for someone whose memory is going, gone through with them
_MONEY_MINDED = re.compile(r"\b(?:goes|go|going|went)\s+through\s+(?:the|my|our)\s+(?:bank\s+)?(?:statements|bills|post|paperwork|accounts)\s+with\s+me\b"
                           r"|\bbecause\s+my\s+memory'?s?\s+(?:is\s+)?(?:going|not\s+what\s+it\s+was|bad|failing)\b")
# A parent strict because they love one ("he does it because he loves me, I know this")
_STRICT_FOR_LOVE = re.compile(r"\b(?:does\s+it|do\s+it|is\s+like\s+that|are\s+like\s+that|is\s+strict|are\s+strict)\s+because\s+(?:he|she|they)\s+(?:loves?|cares?\s+(?:about|for))\s+(?:me|us)\b")
# A jump off the furniture, said as a joke ("im jumping off the sofa headfirst lmao (joke obvs)")
_OFF_THE_FURNITURE = r"\bjump\w*\s+off\s+(?:the|my)\s+(?:sofa|couch|settee|bed|chair|table|footstool)\b(?:\s+headfirst)?"
_JEST_MARKS = r"\b(?:joke|jk|lmao|lol|haha|obvs)\b"
_FURNITURE_JUMP_IN_JEST = re.compile(_OFF_THE_FURNITURE + r"(?=[^\n]{0,40}" + _JEST_MARKS + ")")
_JEST_WORDS = re.compile(_OFF_THE_FURNITURE + r"|\bagain\b|" + _JEST_MARKS)
# A scene told from a film ("the bit where he's standing outside her window made me check my locks")
_A_SCENE_TOLD = re.compile(_SCENE_WHERE + r"|\bhorror\s+(?:films?|movies?)\b")
_A_SCENE_WORDS = re.compile(r"\block\w*|\bscared\b|\bstanding\s+outside\s+(?:her|his|their|the)\s+window")
# The word said and then meant otherwise ("I mean my skates!")
_SKATES_MEANT = re.compile(r"\bi\s+mean\s+(?:my\s+|the\s+)?(?:skates|roller\s*blades|ice\s+skates|inline\s+skates|skis|mower\s+blades)\b")
_BLADE_WORD = re.compile(r"\bblades?\b")
# A knock on the furniture ("walked into the bed frame agian"); never a
# pet's scratches, the cover story of marks made on purpose
_A_KNOCK = re.compile(r"\b(?:walk\w*|bump\w*|bang\w*)\s+into\s+(?:the|a|my)\s+(?:bed\s*frame|coffee\s+table|table|desk|chair|bedside\s+table)\b")
_KNOCK_WORDS = re.compile(r"\bag(?:ai|ia)n\b|\bbruis\w*|\bscratch\w*|\bhurt\w*\s+my\s*self\b")
# Documents copied for a job ("HR kept a copy of my passport for the right-to-work check")
_DOCUMENTS_COPIED = re.compile(r"\b(?:hr|employer|work|agency|landlord|the\s+office)\s+(?:kept|keep|keeps|took|takes|has|have|needs?|made)\s+a\s+cop(?:y|ies)\s+of\s+my\s+(?:passport|id|visa|documents|brp)\b|\bright[\s-]to[\s-]work\s+check\b")
def _unless(veto: str, explained: str) -> re.Pattern:
    """``explained`` anywhere in a (lower-cased) text with ``veto`` nowhere in
    it: one pattern, as the everyday pairs take."""
    return re.compile(r"^(?![\s\S]*(?:" + veto + r"))[\s\S]*?(?:" + explained + ")")


def _besides(explained: re.Pattern, words: str) -> re.Pattern:
    """The words an everyday pair takes out before looking for risk: what
    ``explained`` matches, and ``words`` said beside it ("could be worse",
    and the hairdresser who comes on Thursdays)."""
    return re.compile(words + "|" + explained.pattern)


# The medicine words, and what an accidental double dose is told with
_DOSE_WORDS = _besides(_MEDICINE_WORDS, r"\b(?:it'?s\s+|it\s+was\s+|was\s+)?not\s+an\s+overdose\b")


# Held-out 50-52: money, cards or checking in at the person's asking; a
# thing given away because another will use it more, or left behind for a
# flat that allows no pets
_AT_MY_ASKING_UNDOUBTED = _unless(_ASKING_DOUBTED.pattern, _AT_MY_ASKING.pattern)
_HANDLED_FOR_ME = re.compile(r"\b(?:bank\s+)?(?:cards?|accounts?|bills|finances|money|pension|passwords?|location|banking|paperwork)\b|\bchecks?\s+(?:in|up\s+on\s+me)\b|\bhandles?\b")
_GIVEN_FOR_MORE_USE = _unless(r"\b(?:" + TOLD_AS_A_STORY + r"|ask\w*\s+why)\b",
                               r"\b(?:get|gets|getting|got)\s+(?:way\s+|much\s+|a\s+lot\s+|far\s+|loads\s+)?more\s+use\s+(?:out\s+)?of\s+(?:it|them)\b"
                                 r"|\bdeclutter\w*|\b(?:flat|place|house|apartment|landlord|building|lease)\b[^.!?]{0,30}?\b(?:doesn'?t|does\s+not|won'?t)\s+allow\s+(?:pets|dogs|cats)\b")
_GIVEN_WORDS = re.compile(r"\b(?:gave|given|giving|give|hand(?:ed|ing)?\s+(?:(?:my|the|our)\s+(?:\w+\s+){0,2})?(?:on|over|down)|passed\s+on)\s+(?:away\s+)?(?:my\s+)?(?:old\s+)?(?:\w+\s+)?(?:to\s+(?:my\s+)?\w+)?")
# Hit in a sparring round or a match, with no coach or trainer doing it
_HIT_IN_SPARRING = _unless(r"\b(?:coach|trainer|instructor|sensei)\s+(?:\w+\s+)?(?:hit|hits|punch\w*|kick\w*|slap\w*|beat\w*|hurt\w*|grab\w*|touch\w*)",
                            r"\b(?:in|at|during|from)\s+(?:sparring|training|practice|the\s+match|boxing|kickboxing|muay\s+thai|jiu[\s-]?jitsu|bjj|judo|karate|mma|rugby)\b"
                            r"|\bsparring\s+(?:at|with|tonight|today|session|partner)\b")
_SPARRING_HURTS = re.compile(r"\b(?:got\s+)?(?:punch\w*|hit|kick\w*|elbow\w*|knee\w*|smack\w*|black\s+eye|bruis\w*|in\s+the\s+face)\b"
                             r"|\b(?:shot|jab|hook|punch)\s+to\s+the\s+(?:nose|face|head|ribs|body|jaw)\b|\bbled\s+(?:all\s+)?(?:down|over)\s+my\b|\bdropped\s+my\s+guard(?:\s+again)?\b")
# Held-out 56-57: a low word taken back at once ("so done with this week. Not
# in a worrying way")
_NOT_IN_THAT_WAY = re.compile(r"\bnot\s+in\s+a\s+(?:worrying|bad|dark|scary|serious|concerning)\s+way\b|\bnot\s+(?:in\s+)?that\s+(?:way|sense)\b")
# Their own car not lent after a scrape ("won't let me drive his car any more since I scratched it")
_NOT_LENT_AFTER_A_SCRAPE = re.compile(r"\bwon'?t\s+let\s+me\s+(?:drive|borrow|use)\s+(?:his|her|their)\s+(?:own\s+)?(?:car|van|truck|bike|motorbike|laptop|phone|console)\b"
                                      r"[^.!?]{0,60}?\b(?:since|after|because|cos|cause)\s+i\s+(?:\w+\s+){0,2}?(?:scratch\w*|scrath\w*|dent\w*|crash\w*|broke|pranged|lost|spilt|spilled)\b")
_SCRAPE_WORDS = re.compile(r"\bany\s*more\b|\bscra(?:tc|t|c)h\w*|\bdent\w*|\bcrash\w*|\bpranged\b")
# Fireworks shut out ("so I shut the curtains and put my headphones on")
_FIREWORKS_SHUT_OUT = re.compile(r"\bfireworks?\b[^.!?]{0,80}?\b(?:headphones|ear\s*(?:plugs|defenders|muffs)|curtains|telly|tv|music\s+(?:on|up))\b")
# Someone else's wounds seen to at work ("a fella came in who'd cut his wrists and I did his dressings")
_AT_WORK_ON_A_WARD = re.compile(r"\b(?:on\s+the\s+ward|in\s+a\s*&\s*e|in\s+resus|on\s+(?:my\s+|the\s+)?(?:night\s+)?shift|in\s+the\s+ambulance|my\s+patient|a\s+patient|came\s+in\s+(?:who|with|that))\b")
_PATIENTS_WOUNDS = re.compile(r"\b(?:cut|slit|slashed)\s+(?:his|her|their)\s+(?:wrists?|arms?)|(?:his|her|their)\s+(?:dressings?|stitches|wounds?)|did\s+(?:his|her|their)\s+dressings?|overdos\w*|stays?\s+with\s+you|\bcuts?\s+(?:up|on|across|all\s+over)\s+(?:his|her|their)\s+(?:arms?|wrists?|legs?)|\bshift\s+(?:in\s+a\s*&\s*e|on\s+the\s+ward|in\s+resus)\s+again\b")
# A haircut ("I cut all my hair off last night on a whim")
_HAIRCUT = re.compile(r"\bcut\s+(?:(?:all|most|off)\s+)*(?:of\s+)?(?:my|her|his)\s+(?:own\s+)?(?:hair|fringe|bangs)(?:\s+off)?\b|\bchopped\s+(?:all\s+)?(?:my|her)\s+hair\b")
# A last day at work ("my last day at the depot friday, I gave away my mug and cleared out my locker")
_LAST_DAY_AT_WORK = re.compile(r"\blast\s+(?:day|shift|week)\s+(?:at|in|on)\s+(?:the\s+|my\s+)?(?:depot|office|shop|store|factory|plant|warehouse|site|works|job|school|ward|firm|bank|yard|garage|station)\b")
_LAST_DAY_WORDS = re.compile(r"\blast\s+(?:day|shift|week)\b|\bgood\s*byes?\b|\bgave\s+away\s+my\s+(?:mug|plant|stapler|chair|desk\s+\w+)|\bclear\w*\s+out\s+my\s+(?:locker|desk|drawer)|\bhand\w*\s+in\s+my\s+(?:locker\s+)?keys?\b")
# A letter to one's future self ("for the school time capsule"); blood given, a bruise after
_FUTURE_SELF_LETTER = re.compile(r"\b(?:wrote|writing|write|written)\s+(?:a\s+)?(?:letters?|notes?)\s+to\s+(?:my|our)\s+(?:future|older|younger|\d+[\s-]year[\s-]old)\s+sel(?:f|ves)\b|\btime\s+capsule\b")
_GAVE_BLOOD = re.compile(r"\b(?:gave|giving|give|donat\w+)\s+blood\b|\bblood\s+(?:test|tests|donation|donor|bank|drive)\b|\bhad\s+(?:my\s+)?bl?o+ds?\s+(?:done|taken)\b")
_GAVE_BLOOD_WORDS = re.compile(r"\bbruis\w*|\bplasters?\b|\bneedle\b|\bbl?o+ds?\b")
# A tool that slipped ("the spanner slipped and now I've got a gash on my wrist")
_TOOL_SLIPPED = re.compile(r"\b(?:spanner|wrench|hammer|drill|saw|knife|chisel|screwdriver|stanley\s+knife|tool|ladder|tin\s+lid|mandoline|grater|secateurs|shears)\s+(?:slipped|slid|went|caught\s+me|bounced|jumped)\b")
_TOOL_SLIPPED_WORDS = re.compile(r"\b(?:gash\w*|cut\w*|nick\w*|graz\w*|wrists?|bleed\w*|bled|blood|plasters?|stitch\w*|never\s+again)\b")
# A lie-in ("sleep all weekend and not wake up till Monday")
_A_LIE_IN = re.compile(r"\bsleep\s+for\s+(?:\w+|\d+)\s+hours\b[^\n]{0,40}?\b(?:nobody|no\s+one|no-one)\s+(?:is\s+allowed\s+to|can|gets\s+to|better)\s+wake\s+me\b|\b(?:do\s*n[o']?t|dont|not)\s+wake\s+(?:up\s+)?(?:too\s+)?early\b|\bnot\s+wake\s+up\s+(?:un)?till?\s+(?:(?:next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)|(?:the\s+)?(?:morning|afternoon)|noon|midday|lunch(?:time)?|dinner(?:time)?|spring|the\s+weekend)\b")
# An end left far off ("When I go, I want to be buried next to Jean. Not planning on going any time soon, mind.")
_NOT_GOING_SOON = re.compile(r"\bnot\s+(?:planning\s+(?:on|to)|about\s+to|intending\s+to)\s+(?:go|going|die|dying|pop\s+off|popping\s+off)\s+(?:any\s*time\s+soon|yet|for\s+a\s+(?:while|good\s+while|long\s+time))\b"
                             r"|\bnot\s+going\s+anywhere\s+(?:any\s*time\s+soon|yet|for\s+a\s+(?:while|good\s+while|long\s+time))\b")
_WHEN_I_GO = re.compile(r"\b(?:when\s+i\s+go|when\s+i'?m\s+gone|when\s+my\s+time\s+comes|buried|go(?:ing)?\s+any\s*time\s+soon|die|dying)\b")


# Held-out 58-61: helped up after a fall; a child's game of monsters; papers
# kept in the safe; a teenager who locked herself in; hungry and grumpy;
# screen time checked; a meme named; a stranger who turned out to be no one;
# presents hidden; a sleep study; a fear of heights; scratches from a pet
_HELPED_UP_AFTER_A_FALL = re.compile(r"\bhelp\w*\s+me\s+(?:back\s+)?up\s+(?:after|when)\s+i\s+(?:slipped|fell|tripped|had\s+a\s+(?:fall|tumble)|went\s+over)\b")
_HELPED_UP_WORDS = _besides(_HELPED_UP_AFTER_A_FALL, r"\bgrab\s+(?:rails?|bars?|handles?)\b")
_A_CHILDS_GAME = re.compile(r"\bwhen\s+we\s+play\s+(?:monsters|dinosaurs|tigers|sharks|zombies|vampires|lions|wolves|dragons|tag|chase|tickle\s+monster)\b")
_A_CHILDS_GAME_WORDS = _besides(_A_CHILDS_GAME, r"\b(?:bit\w*|bite\w*|jump\w*\s+on\s+me|pinch\w*|scratch\w*)\b")
_KEPT_SAFE = re.compile(r"\bkeep\s+(?:my|his|her|their|our|the)\s+(?:\w+'s\s+)?(?:passports?|documents|papers|birth\s+certificates?|valuables|spare\s+keys?)\s+in\s+(?:the|a|my|our)\s+(?:safe|drawer|lockbox|filing\s+cabinet|tin)\b")
_KEPT_SAFE_WORDS = _besides(_KEPT_SAFE, r"\blost\s+the\s+last\s+one\b")
_LOCKED_THEMSELVES_IN = re.compile(r"\b(?:locked|locks|locking|shut|shuts|shutting)\s+(?:herself|himself|themselves)\s+(?:in|away)\b")
_HUNGRY_AND_GRUMPY = re.compile(r"\b(?:grumpy|snappy|cranky|irritable|moody|ratty)\s+when\s+(?:he|she|they)(?:'s|\s+is|'re|\s+are|\s+gets?)\s+(?:hungry|tired)\b|\bhangry\b")
_HUNGRY_AND_GRUMPY_WORDS = _besides(_HUNGRY_AND_GRUMPY, r"\bsnaps?\s+at\s+(?:everyone|everybody|us|the\s+kids)\b")
# Held-out 145-149's look-alikes: someone at the door with the pizza; a
# blade out for the lino; sat in the car with the garage door up
_AT_THE_DOOR_WITH_FOOD = re.compile(r"\b(?:outside|at)\s+the\s+(?:door|gate)\s+with\s+(?:the|my|our)\s+(?:pizza|takeaway|food|parcel|delivery|shopping|curry|chinese|order)\b"
                                    r"|\b(?:pizza|takeaway|delivery|parcel)\s+(?:guy|man|woman|driver|rider)\s+(?:is\s+|'s\s+)?(?:outside|at\s+the\s+door)\b")
_A_BLADE_FOR_FLOORING = re.compile(r"^(?![^\n]*\b(?:arms?|wrists?|legs?|thighs?|skin|myself)\b)[^\n]*?\bblade\b[^.!?\n]{0,30}?\bfor\s+(?:the\s+)?(?:lino|carpet|vinyl|flooring|floor|boxes|cardboard|wallpaper|plasterboard|drywall|tiles?)\b")
_A_BLADE_WORD = re.compile(r"\bblade\b")
_GARAGE_DOOR_UP = re.compile(r"\bgarage\s+doors?\s+(?:up|(?:wide\s+)?open)\b|\bgarage\b[^.!?\n]{0,40}?\bwith\s+the\s+door\s+up\b")
# A regret "if I died tomorrow" (not "...not doing it sooner"); how long I'd
# last in a zombie apocalypse; notes left by someone parked in my space; a
# grandparent giving her jewellery away "while she's here"
_IF_I_DIED = r"\bif\s+i\s+(?:died|die|was\s+to\s+die|were\s+to\s+die|got\s+hit\s+by\s+a\s+bus)\s+(?:tomorrow|today|tonight|next\s+week)\b"
_A_REGRET_IF_I_DIED = _unless(r"\bnot\s+(?:doing|ending)\s+it\s+sooner\b|\bnot\s+going\s+sooner\b",
                              _IF_I_DIED + r"[^.!?]{0,20}?\b(?:my\s+)?(?:one|only|biggest|main|single)\s+regret\b")
_DIED_IN_A_REGRET = re.compile(_IF_I_DIED)
_HOW_LONG_IN_A_ZOMBIE_APOCALYPSE = re.compile(r"\bzombie\s+(?:apocalypse|outbreak|invasion)\b[^.!?]{0,80}?\bhow\s+long\s+(?:would|could|will|do\s+you\s+think)\s+(?:i|we|you)(?:'d|\s+would)?\s+(?:last|survive)\b")
_NOTES_ON_MY_PARKING_SPACE = re.compile(r"\bpark\w*\s+in\s+(?:my|our)\s+(?:space|spot|bay|drive|driveway)\b[^.!?]{0,60}?\bnotes?\b")
_HEIRLOOMS_GIVEN_WHILE_HERE = re.compile(r"\b(?:nan|nana|gran|grandma|granny|grandad|grandpa|grandmother|grandfather)(?:'s|\s+has|\s+is|\s+keeps)?\s+(?:been\s+)?giv\w+\s+(?:away\s+)?"
                                         r"(?:her|his)\s+(?:\w+\s+)?(?:jewellery|jewelry|rings?|china|things|books|records|tools|medals|watches)\b")
_HEIRLOOM_WORDS = _besides(_HEIRLOOMS_GIVEN_WHILE_HERE, r"\bwhile\s+(?:she|he)(?:'s|\s+is)\s+(?:still\s+)?(?:here|around|alive)\b")
# Held-out 150-154's look-alikes: a meal skipped by forgetting; tablets
# counted to check the chemist; plans cancelled for an operation; an old
# relative moved nearer to be heard at night; old medicines taken back to
# the chemist; "giving up... on the band I mean, not like that"
_A_MEAL_FORGOTTEN = re.compile(r"\bskipp?\w*\s+(?:lunch|breakfast|dinner|meals?|tea)\b[^\n]{0,80}?\b(?:not\s+on\s+purpose|i\s+(?:just\s+)?forget|forgot|too\s+busy|no\s+time)\b")
_TABLETS_COUNTED_FOR_THE_CHEMIST = re.compile(r"\bcount\w*\s+(?:my|the)\s+(?:tablets|pills|meds)\b[^\n]{0,60}?\b(?:chemist|pharmacy|pharmacist|prescription)\b")
_TABLETS_COUNTED_WORDS = _besides(_TABLETS_COUNTED_FOR_THE_CHEMIST, r"\bcount\w*\s+(?:my|the)\s+(?:tablets|pills|meds)\b|\bshort(?:ed)?\s+me\b(?:\s+\w+)?(?:\s+again)?")
_PLANS_CANCELLED_FOR_AN_OPERATION = re.compile(r"\bcancel\w*\s+(?:everything|all\s+my\s+plans|my\s+plans|all\s+my\s+\w+)\b[^\n]{0,80}?\b(?:op|operation|surgery|having\s+my\s+\w+\s+done|procedure)\b")
_RECOVERY_WORDS = _besides(_PLANS_CANCELLED_FOR_AN_OPERATION, r"\bwon't\s+be\s+(?:walking|driving|going\s+out|able\s+to\s+\w+)\b")
_MOVED_NEARER_TO_BE_HEARD = re.compile(r"\bmoved\s+(?:nan|gran|granny|grandma|grandad|grandpa|mum|mom|dad|him|her|them)\s+(?:in)?to\s+(?:the\s+)?(?:\w+\s+)?(?:bedroom|room)\s+so\s+(?:\w+\s+)?(?:can|could)\s+(?:hear|keep\s+an\s+eye\s+on|check\s+on)\b")
_MOVED_NEARER_WORDS = _besides(_MOVED_NEARER_TO_BE_HEARD, r"\b(?:having|had|has)\s+(?:a\s+few\s+|some\s+)?falls\b|\bat\s+night\b")
_MEDICINES_TAKEN_BACK = re.compile(r"\b(?:took|take|taking|handed|returned)\s+(?:all\s+)?(?:the\s+|my\s+|his\s+|her\s+)?(?:old\s+|unused\s+|leftover\s+|out[\s-]of[\s-]date\s+)?(?:medicines?|meds|tablets|pills)\s+back\s+to\s+the\s+(?:chemist|pharmacy)\b")
_MEDICINES_TAKEN_BACK_WORDS = _besides(_MEDICINES_TAKEN_BACK, r"\bto\s+be\s+(?:got\s+rid\s+of|disposed\s+of)\b")
_I_MEAN_NOT_LIKE_THAT = re.compile(r"\bi\s+mean\b[^\n]{0,30}?\bnot\s+like\s+that\b")
_NOT_LIKE_THAT_WORDS = _besides(_I_MEAN_NOT_LIKE_THAT, r"\b(?:keep\s+)?thinking\s+about\s+giving\s+up\b")
# Held-out 155-159's look-alikes: a dose asked for someone ill; dead to
# the world for some hours; how many pints, to pace myself; home from a
# deployment
_A_DOSE_FOR_SOMEONE_ILL = re.compile(r"\bhow\s+much\s+(?:paracetamol|ibuprofen|calpol|medicine|aspirin)\s+is\s+safe\s+for\s+(?:my|a|her|his)\s+(?:\w+\s+)?(?:father|dad|mum|mom|mother|son|daughter|child|kid|baby|husband|wife|grandad|nan)\b(?=[^\n]{0,80}?\b(?:fever|temperature|cold|flu|pain|poorly|sick|ill)\b)")
_DOSE_FOR_SOMEONE_WORDS = _besides(_A_DOSE_FOR_SOMEONE_ILL, r"\bparacetamol\b|\bweight\b")
_DEAD_TO_THE_WORLD = re.compile(r"\bdead\s+to\s+the\s+world\b")
_PACING_DRINKS = re.compile(r"\bhow\s+many\s+(?:pints|drinks|beers|units|shots|glasses)\b[^\n]{0,80}?\b(?:stag|hen|party|wedding|pace\s+myself|night\s+out)\b")
_PACING_WORDS = _besides(_PACING_DRINKS, r"\btoo\s+much\b")
_HOME_FROM_A_POSTING = re.compile(r"\b(?:home|back)\s+from\s+(?:deployment|tour|sea|the\s+rigs|rotation|his\s+tour|her\s+tour|the\s+army|overseas)\b")
_A_WEDDING_DATE = re.compile(r"\b(?:picked|set|chosen)\s+a\s+date\b[^\n]{0,60}?\b(?:getting\s+married|our\s+wedding|marry\s+\w+)\b")
_WEDDING_DATE_WORDS = _besides(_A_WEDDING_DATE, r"\bpicked\s+a\s+date\b")
_HOME_FROM_DEPLOYMENT_WORDS = _besides(_HOME_FROM_A_POSTING, r"\bclean\w*\s+the\s+(?:whole\s+)?house\b|\bgets?\s+home\b")
# ...with nothing of harm beside it ("since he came back from deployment he chokes me")
_HOME_FROM_DEPLOYMENT = _unless(r"\bchok\w*|\bstrangl\w*|\bhit\w*|\bhurt\w*|\bscared\b|\bafraid\b|\bthreat\w*|\bnightmares?\b|\bflashbacks?\b|\bptsd\b|\bgun\b|\bknife\b", _HOME_FROM_A_POSTING.pattern)
# Held-out 160-164's look-alikes: two painkillers for a headache; ending it
# with a boyfriend; gear to be chucked in the skip; a carer who helps with
# tablets; "dead good"; a day centre not wanted; a door locked because I
# like it; nobody to miss me at a loud party; a noisy cafe left; a
# stepchild's "not my real mum"; the bathroom locked for five minutes of
# silence; a baby's milk tested on the wrist
_TWO_FOR_AN_ACHE = re.compile(r"\b(?:got|have|had)\s+a\s+(?:headache|migraine|toothache|backache|sore\s+\w+)\b[^\n]{0,40}?\btook\s+(?:two|2|one|1)\s+(?:paracetamol|ibuprofen|aspirin|painkillers|tablets)\b")
_TWO_FOR_AN_ACHE_WORDS = _besides(_TWO_FOR_AN_ACHE, r"\babout\s+an\s+hour\s+ago\b")
_ENDING_IT_WITH_A_PARTNER = re.compile(r"\bending\s+it\W+(?:with|between)\s+(?:my\s+|me\s+and\s+my\s+)?(?:boyfriend|girlfriend|partner|husband|wife|bf|gf)\b")
_ENDING_IT_WITH_WORDS = _besides(_ENDING_IT_WITH_A_PARTNER, r"\b(?:i\s+)?keep\s+thinking\s+about\s+ending\s+it\b")
_GEAR_IN_THE_SKIP = re.compile(r"\b(?:chuck|throw|bin|put|dump)\s+(?:my|his|your)\s+(?:\w+\s+){0,2}(?:gear|stuff|things|junk|clothes|games|records|tools)\s+in\s+the\s+(?:skip|bin|tip)\b")
_A_CARER_WITH_TABLETS = re.compile(r"\b(?:carer|nurse)\s+(?:helps|gives|puts|sorts)\s+(?:me\s+)?(?:with\s+)?my\s+(?:tablets|pills|meds|medicine)\b")
_A_CARER_WITH_TABLETS_WORDS = _besides(_A_CARER_WITH_TABLETS, r"\b(?:puts|put)\s+them\s+in\s+the\s+(?:little\s+)?pot\b")
_DEAD_GOOD = re.compile(r"\bdead\s+(?:good|nice|funny|chuffed|proud|lucky|posh|brilliant|excited|keen)\b")
_A_DAY_OUT_NOT_WANTED = re.compile(r"\b(?:don't|do\s+not)\s+want\s+to\s+go\s+to\s+(?:the\s+)?(?:day\s+centre|school|college|club|party|shops)\b")
_A_DAY_OUT_WORDS = _besides(_A_DAY_OUT_NOT_WANTED, r"\b(?:wanna|want\s+to)\s+stay\s+in\s+my\s+room\b")
_A_DOOR_LOCKED_BY_CHOICE = re.compile(r"\bi\s+lock\s+my\s+(?:bedroom\s+)?door\b[^\n]{0,40}?\bbecause\s+i\s+like\s+(?:it|to)\b")
_A_DOOR_LOCKED_WORDS = _besides(_A_DOOR_LOCKED_BY_CHOICE, r"\bmakes\s+me\s+feel\s+safe\b")
_NOT_MISSED_AT_A_PARTY = re.compile(r"\bnobody\s+will\s+miss\s+me\s+at\s+the\s+(?:party|wedding|do|meeting|match|gig|dinner|disco)\b")
_A_NOISY_PLACE_LEFT = re.compile(r"\b(?:cafe|café|shop|party|pub|restaurant|room)\s+is\s+(?:too\s+)?(?:noisy|loud|busy)\b[^\n]{0,40}?\bi\s+want\s+to\s+go\s+home\b")
_NOISY_PLACE_WORDS = _besides(_A_NOISY_PLACE_LEFT, r"\b(?:do\s+not|don't)\s+want\s+to\s+be\s+here\b")
_NOT_MY_REAL_MUM = re.compile(r"\bnot\s+(?:her|his|their|my)\s+real\s+(?:mum|mom|dad|mother|father)\b")
_NOT_MY_REAL_MUM_WORDS = _besides(_NOT_MY_REAL_MUM, r"\bslams?\s+(?:her|his|the)\s+(?:bedroom\s+)?door\b|\bit\s+stings\b")
_A_MINUTE_OF_SILENCE = re.compile(r"\block\s+myself\s+in\s+the\s+(?:bathroom|toilet|loo)\b[^\n]{0,40}?\b(?:silence|peace|quiet|breather)\b")
_A_BOTTLE_TESTED = re.compile(r"\btest\w*\s+the\s+(?:baby's\s+)?(?:milk|bottle|bath)\b")
_A_BOTTLE_TESTED_WORDS = _besides(_A_BOTTLE_TESTED, r"\bscald\w*\s+myself\b|\bon\s+my\s+wrist\b")
# Held-out 165-168's look-alikes: who gets the china, written before an
# operation; no pudding without the veg; made to tidy my room; locked out
# of a brother's room; a beach wished for a week; the bathroom locked ten
# minutes to cry; the belt a mother got and I won't use; the wine overdone
_BEFORE_AN_OPERATION = re.compile(r"\bbefore\s+i\s+go\s+in\s+for\s+(?:my|the|an?)\s+(?:\w+\s+)?(?:op|operation|surgery|procedure)\b")
_BEFORE_AN_OPERATION_WORDS = _besides(_BEFORE_AN_OPERATION, r"\bwho\s+gets\s+(?:the|my)\s+\w+|\bjust\s+in\s+case\b")
_NO_PUDDING = re.compile(r"\bif\s+i\s+(?:don't|do\s+not)\s+eat\s+my\s+(?:veg|vegetables|greens|dinner|tea|broccoli|peas)\b[^\n]{0,30}?\b(?:pudding|dessert|sweets|treats?|ice\s+cream)\b")
_MADE_TO_TIDY = re.compile(r"\bmade\s+me\s+(?:clean|tidy|do)\s+my\s+(?:room|homework|chores|bed)\b")
_LOCKED_OUT_OF_A_ROOM = re.compile(r"\blocked\s+me\s+out\s+of\s+(?:his|her|their)\s+(?:bed)?room\b")
_LOCKED_OUT_WORDS = _besides(_LOCKED_OUT_OF_A_ROOM, r"\bwon't\s+let\s+me\s+play\b")
_A_BEACH_FOR_A_WEEK = re.compile(r"\brun\s+away\s+to\s+a\s+(?:beach|island|cabin|spa|hotel)\b[^\n]{0,80}?\bcome\s+back\b")
_A_BEACH_WORDS = _besides(_A_BEACH_FOR_A_WEEK, r"\bnobody\s+needs\s+me\b|\bjust\s+sleep\b")
_A_FEW_MINUTES_TO_CRY = re.compile(r"\block\s+the\s+bathroom\s+door\s+for\s+(?:\w+|\d+)\s+minutes\b[^\n]{0,60}?\b(?:i'm\s+okay|i'm\s+ok|i'm\s+fine|wash\s+my\s+face)\b")
_A_FEW_MINUTES_WORDS = _besides(_A_FEW_MINUTES_TO_CRY, r"\bjust\s+to\s+cry\b")
_THE_BELT_NOT_PASSED_ON = re.compile(r"\bgot\s+the\s+belt\b[^\n]{0,60}?\bi\s+(?:won't|will\s+not|wouldn't)\s+do\s+that\s+to\s+(?:mine|my\s+(?:kids|children))\b")
_WINE_OVERDONE = re.compile(r"\boverdoing\s+the\s+(?:wine|drink|booze|beer)\b[^\n]{0,60}?\b(?:need\s+to\s+cut\s+down|cut\s+back)\b")
_WINE_OVERDONE_WORDS = _besides(_WINE_OVERDONE, r"\ba\s+bottle\s+most\s+nights\b")
# Held-out 165-169's other look-alikes: "like banging my head against a
# brick wall"; a threat said to be a joke by one who never smacked me; home
# from the ward tomorrow; making the most of the time I've got; dead if
# there's a speck on the rifle; a cannula's six goes
_A_BRICK_WALL = re.compile(r"\blike\s+bang\w*\s+my\s+head\s+against\s+a\s+brick\s+wall\b")
_NEVER_EVEN_SMACKED = re.compile(r"\b(?:he's|she's|he\s+is|she\s+is)\s+(?:only\s+)?joking\b[^\n]{0,40}?\bnever\s+(?:even\s+)?(?:smacked|hit|touched|slapped)\s+me\b")
_NEVER_EVEN_SMACKED_WORDS = _besides(_NEVER_EVEN_SMACKED, r"\b(?:he'll|she'll)\s+throttle\s+me\b")
_HOME_FROM_THE_WARD = re.compile(r"\b(?:going\s+home|discharged|discharge)\s+(?:tomorrow|today|on\s+\w+day)\b(?=[^\n]{0,80}\b(?:ward|unit|hospital|bed|nurses)\b)")
_HOME_FROM_THE_WARD_WORDS = _besides(_HOME_FROM_THE_WARD, r"\b(?:said|saying)\s+(?:my\s+)?goodbyes\b|\bgave\s+my\s+\w+\s+(?:\w+\s+)?to\b")
_THE_MOST_OF_MY_TIME = re.compile(r"\bmake\s+the\s+most\s+of\s+(?:what|the\s+time)\s+i(?:'ve|\s+have)\s+got\b")
_THE_MOST_OF_MY_TIME_WORDS = _besides(_THE_MOST_OF_MY_TIME, r"\btalk\s+about\s+death\b")
_DEAD_OVER_A_SPECK = re.compile(r"\bif\s+there's\s+(?:one|a)\s+(?:speck|spot|mark|crumb|hair)\b[^\n]{0,40}?\bi'm\s+dead\b")
_DEAD_OVER_A_SPECK_WORDS = _besides(_DEAD_OVER_A_SPECK, r"\b(?:rifle|kit|boots)(?:'s|\s+is)\s+(?:stripped|cleaned|polished)\b")
_A_CANNULA = re.compile(r"\bcannulas?\b[^\n]{0,80}?\b(?:goes\s+at\s+my\s+arm|pin\s*cushion)\b")
_A_CANNULA_WORDS = _besides(_A_CANNULA, r"\bgoes\s+at\s+my\s+arm\b|\bpin\s*cushion\b")
# Held-out 170-174's look-alikes, read as risk by the learned layer: pain
# chosen at the gym or the salon ("why do I do this to myself"); a pillow
# punched; locked out by accident; a wrist grabbed to pull me back from the
# road; a child's phone read as agreed; apps put on my phone; a dog walked
# past the house; a teenager's slammed door, then tea asked for; a
# brother's prank and "I'm gonna end him"; a dose asked for a headache; not
# eating with a stomach bug; bruises from blood thinners the GP checked;
# scars from chemo lines; "at my age" not waking up, not wished for
# (not a punishment by other means: "leg day, then I punished myself with no dinner")
_PAIN_CHOSEN = _unless(r"\bpunish\w*\s+myself\s+(?:with|by)\b(?!\s+(?:squats|burpees|sprints|hills|laps|extra\s+reps|another\s+set))|\bno\s+(?:dinner|food|tea|lunch|breakfast|supper)\b|\bdeserv\w*|\bhate\s+my(?:self|\s+body)\b",
                       r"\b(?:gym|leg\s+day|work\s*outs?|spin\s+class|boot\s*camp|crossfit|hiit|marathon|squats|burpees|waxing|threading|eyebrows|plucking|epilat\w*|high\s+heels|tattoo\w*|piercing)\b")
_PAIN_CHOSEN_WORDS = re.compile(r"\bpunish\w*\s+myself\b|\b(?:actual\s+)?torture\b|\bwhy\s+do\s+i\s+(?:do\s+this|keep\s+doing\s+this)(?:\s+to\s+myself)?|\bin\s+bits\b")
_A_PILLOW_PUNCHED = re.compile(r"\bpunch\w*\s+(?:the|a|my)\s+(?:pillows?|cushions?|punch\s*bag|punching\s+bag|mattress|bean\s*bag)\b")
_LOCKED_OUT_BY_ACCIDENT = re.compile(r"\blocked\s+(?:me|us)\s+out\b[^.!?]{0,20}?\bby\s+(?:accident|mistake)\b")
_PULLED_BACK_FROM_THE_ROAD = re.compile(r"\bgrabb?\w*\s+(?:my|me\s+by\s+the)\s+(?:wrist|arm|hand|hood|coat|collar|sleeve)\s+to\s+(?:stop|keep|pull)\s+me\b[^.!?]{0,40}?"
                                        r"\b(?:in\s+front\s+of|into|onto)\s+(?:the|a)\s+(?:bus|car|traffic|van|lorry|truck|road|train|tram|cyclist|bike)\b")
_A_CHILDS_PHONE_READ = re.compile(r"\b(?:mum|mom|mam|dad|parents?)\s+(?:reads|checks|looks\s+at|goes\s+through)\s+my\s+(?:texts|messages|phone|chats)\b[^.!?]{0,60}?"
                                  r"\b(?:i'?m\s+(?:only\s+)?(?:eight|nine|ten|eleven|twelve|thirteen|[89]|1[0-3])\b|(?:she|he|they)\s+told\s+me\s+(?:she|he|they)\s+would|(?:she|he|they)\s+got\s+me\s+the\s+phone|the\s+(?:deal|rule))")
_APPS_PUT_ON_MY_PHONE = re.compile(r"\btook\s+my\s+phone\s*,?\s+(?:and|to),?\s+(?:\w+\s+){0,3}?(?:put|install\w*|download\w*|add\w*|set\s+up|updat\w*)\b[^.!?]{0,30}?\b(?:apps?|games?|updates?|whatsapp|facebook|banking)\b")
_APPS_WORDS = re.compile(r"\btook\s+my\s+phone\b")
_A_DOG_WALKED_PAST = re.compile(r"\bwalks?\s+(?:his|her|their)\s+(?:\w+\s+)?(?:dog|spaniel|terrier|labrador|lab|puppy|collie|poodle|greyhound|whippet|pug|dachshund)\s+past\b")
_TEA_ASKED_FOR_AFTER = re.compile(r"\b(?:came|comes|come)\s+(?:back\s+)?down(?:stairs)?\b[^.!?]{0,40}?\b(?:asking|to\s+ask|wanting)\s+(?:what'?s\s+for|for)\s+(?:dinner|tea|supper|lunch|snacks?|food)\b")
_A_TEENS_DOOR_WORDS = re.compile(r"\bslam\w*\s+(?:his|her|the)\s+(?:bedroom\s+)?door\b|\b(?:yelled|screamed|shouted|said)\s+(?:that\s+)?(?:he|she)\s+hates?\s+me\b")
_A_SIBLINGS_PRANK = re.compile(r"\b(?:brother|sister|bro|sis)\b[^.!?]{0,60}?\b(?:farted|sat\s+on\s+me|ate\s+my|nicked\s+my|stole\s+my|used\s+my|read\s+my)\b[^.!?]{0,60}?"
                               r"\b(?:i'?m|im|i\s+am)\s+(?:gonna|going\s+to)\s+(?:end|kill|murder|destroy)\s+(?:him|her)\b")
_A_SIBLINGS_PRANK_WORDS = _besides(_A_SIBLINGS_PRANK, r"\bagain\b")
_A_DOSE_ASKED = re.compile(r"\bhow\s+(?:much|many)\s+(?:\w+\s+)?(?:paracetamol|ibuprofen|aspirin|tylenol|advil|calpol|nurofen)\b[^.!?]{0,40}?\b(?:can|should|may)\s+(?:an?\s+)?(?:adult|i|you|child|kid)\s+(?:take|have)\b"
                           r"(?=[^\n]{0,80}\b(?:headache|migraine|toothache|back\s*ache|period\s+pain|cramps|fever|cold|flu|(?:don'?t|do\s+not)\s+want\s+to\s+go\s+over)\b)")
_A_DOSE_WORDS = re.compile(r"\b(?:paracetamol|ibuprofen|aspirin|tylenol|advil|calpol|nurofen|go\s+over|take)\b")
# ...unless the illness is what they were told ("I told mum it's a bug")
_AN_ILLNESS_SAID = _COVER_STORY + r"|\b(?:told|tell|telling|say|said)\s+(?:\w+\s+)?(?:it'?s|it\s+was|it\s+is|i'?ve\s+got|i\s+have|i\s+had)\b"
_ILL_AND_NOT_EATING = _unless(_AN_ILLNESS_SAID, r"\b(?:stomach|tummy|sickness|vomiting)\s+bug\b|\bnorovirus\b|\bfood\s+poisoning\b|\bgastro\w*\b|\bmorning\s+sickness\b")
_ILL_WORDS = re.compile(r"\bhaven'?t\s+(?:eaten|eat|had\s+(?:anything|a\s+bite))\b|\b(?:everything\s+(?:just\s+)?)?(?:comes?|came|coming)\s+(?:straight\s+)?back\s+up\b|\bthrow\w*\s+up\b|\bbeen\s+sick\b"
                        r"|\bcan'?t\s+keep\s+(?:anything|it|food)\s+down\b|\bsick\b")
_BRUISES_EXPLAINED = _unless(_AN_ILLNESS_SAID, r"\b(?:blood\s+thinners?|warfarin|apixaban|rivaroxaban|anticoagula\w*)\b[^\n]{0,80}?\b(?:gp|doctor|nurse|consultant)\s+(?:checked|said|says|looked)\b")
_BRUISES_WORDS = re.compile(r"\bbruis\w*|\bagain\b")
_SCARS_OF_TREATMENT = _unless(_AN_ILLNESS_SAID, r"\bscars?\b[^.!?]{0,40}?\bfrom\s+(?:the|his|her|my|their)\s+(?:\w+\s+)?(?:chemo|surgery|operations?|op|lines?|port|drips?|transplant|c-?section|stitches)\b")
_SCARS_WORDS = re.compile(r"\bscars?\b|\b(?:battle\s+)?marks\b")
_OLD_AGE_NOT_WISHING = _unless(r"\b(?:wouldn'?t|would\s+not)\s+mind\b|\bpart\s+of\s+me\b|\brelief\b|\bwelcome\b",
                               r"^(?=[^\n]*\b(?:at\s+my\s+age|i'?m\s+(?:seventy|eighty|ninety|a\s+hundred)|great-?grand\w+)\b)[^\n]*\bnot\s+(?:wishing|hoping|asking|praying)\s+for\s+it\b")
_NOT_WAKING_UP = re.compile(r"\b(?:think\w*|thought)\s+about\s+not\s+waking\s+up\b|\bnot\s+waking\s+up\b")
# Held-out 175-179's look-alikes read as risk by the learned layer: spots
# picked before a wedding; a streak of a hobby or an app; a chemical peel
# that stings; biscuits hidden from myself; bruises from a night out with
# a fall owned; "dead to me"; three days' sleep wished for; "goodbye
# forever" to an ex; a wife's pinch in church; hedge thorns; passports kept
# safe because I lose everything; a care home's locked door for one who
# wanders; a wish put in the will; a safety razor's blades
_SPOTS_PICKED = re.compile(r"\bpick\w*\s+(?:at\s+)?my\s+(?:blackheads?|spots|pimples?|zits?|acne|whiteheads|ingrown\s+hairs?|cuticles|nails)\b")
_SPOTS_WORDS = _besides(_SPOTS_PICKED, r"\b(?:break|kick|stop)\s+the\s+habit\b|\bhabit\b")
_A_HOBBY_STREAK = re.compile(r"\b(?:duolingo|wordle|snapchat|snap|app|language|piano|guitar|practice|reading|running|step|steps|meditation|yoga|journal\w*|revision)\s+streak\b"
                             r"|\bstreak\b[^.!?]{0,80}?\b(?:piano|guitar|practice|duolingo|wordle|running|steps|reading|journal\w*|meditat\w*|yoga|lessons?|revision)\b")
_A_HOBBY_STREAK_WORDS = re.compile(r"\bstreak\b|\b(?:nearly\s+)?broke\b|\b(?:i\s+)?(?:literally\s+)?want\s+to\s+die\s+lol\b|\blol\b")
_A_BEAUTY_TREATMENT = re.compile(r"\b(?:chemical\s+peel|peel|facial|laser\s+(?:hair\s+removal|treatment)|fake\s+tan|hair\s+dye|bleach(?:ing)?\s+(?:my\s+)?hair|retinol|microneedl\w*)\b(?=[^\n]{0,80}\b(?:red|sting\w*|burn\w*|normal)\b)")
_BEAUTY_WORDS = re.compile(r"\bburn\w*(?:\s+it)?\b|\bred\b|\bsting\w*")
_BISCUITS_HIDDEN = re.compile(r"\bhid\w*\s+(?:the\s+|my\s+)?(?:biscuits|chocolate|sweets|crisps|cake|snacks|treats|cookies|wine)\s+(?:from\s+myself|on\s+the\s+top\s+shelf)\b")
_BISCUITS_WORDS = _besides(_BISCUITS_HIDDEN, r"\bagain\b|\beat\s+the\s+whole\s+(?:packet|box|bag|thing|lot)\b")
_A_FALL_OWNED = re.compile(r"\bprobably\s+(?:fell|tripped|walked\s+into|banged\s+(?:into|it))\b|\bdoing\s+the\s+worm\b")
_A_FALL_OWNED_WORDS = re.compile(r"\bbruis\w*|\bagain\b|\bno\s+idea\s+where\s+(?:they'?re|they\s+are|it'?s)\s+from\b")
_DEAD_TO_ME = re.compile(r"(?:\b(?:be|is|are|was|were)|'s|'re)\s+dead\s+to\s+me\b")
_SLEEP_FOR_DAYS = re.compile(r"\bif\s+i\s+sleep\s+for\s+(?:\d+|a|two|three|four|a\s+few)\s+(?:days|weeks)\b[^.!?]{0,40}?\blol\b")
_SLEEP_FOR_DAYS_WORDS = _besides(_SLEEP_FOR_DAYS, r"\b(?:don'?t|dont)\s+come\s+looking\s+for\s+me\b")
_GOODBYE_TO_AN_EX = re.compile(r"\b(?:texted|told|sent|said)\s+['\"]?goodbye\s+forever['\"]?\s+to\s+(?:my|her|his)\s+(?:ex|boyfriend|girlfriend|bf|gf)\b")
_GOODBYE_TO_AN_EX_WORDS = _besides(_GOODBYE_TO_AN_EX, r"\bgoodbye\b|\bforever\b")
_PINCHED_AWAKE = re.compile(r"\bpinch\w*\s+my\s+arm\s+when\s+i\s+(?:nod\s+off|doze|fall\s+asleep|snore)\b")
_PINCHED_AWAKE_WORDS = _besides(_PINCHED_AWAKE, r"\bbruis\w*")
_HEDGE_THORNS = _unless(r"\b(?:not|n'?t)\s+(?:really\s+)?(?:from|off)\b|\b(?:thinks?|thought|told\s+\w+|say|said)\b", r"\b(?:from|off)\s+(?:the\s+)?(?:blackthorn|hawthorn|bramble|rose|holly|thorn)\w*(?:\s+(?:hedge|bush|bushes))?\b|\blaying\s+(?:a|the)\s+(?:\w+\s+)?hedge\b|\bhedge\s*-?laying\b")
_HEDGE_WORDS = re.compile(r"\bmarks\b|\bscratch\w*|\bthorns?\b|\bgloves\b")
_KEPT_SAFE_FROM_ME = re.compile(r"\b(?:because|cos|as|since)\s+i\s+(?:lose|always\s+lose|keep\s+losing)\s+(?:everything|things|stuff|them|it)\b")
_KEPT_SAFE_WORDS = _besides(_KEPT_SAFE_FROM_ME, r"\bpassports?\b|\bkeeps?\b|\bsafe\b|\bjust\s+in\s+case\b")
_A_CARE_HOME_DOOR = re.compile(r"\bcare\s+home\b[^.!?]{0,40}?\blocks?\b[^.!?]{0,40}?\b(?:because|as|since)\s+(?:he|she)\s+(?:wanders|wandered|gets\s+lost)\b")
_A_CARE_HOME_DOOR_WORDS = _besides(_A_CARE_HOME_DOOR, r"\blocks?\b")
_PUT_IN_THE_WILL = re.compile(r"\b(?:put|write|leave)\s+(?:that|it|this)\s+in\s+(?:the|my)\s+will\b")
_PUT_IN_THE_WILL_WORDS = re.compile(r"\bafter\s+i\s+die\b|\bdie\s+of\s+(?:shame|embarrassment)\b|\bburned\b|\bwill\b")
_JUMP_FOR_FUN_WORDS = re.compile(r"\bjump\w*\s+(?:off|from|into)\s+(?:the\s+)?(?:roof|balcony|pier|bridge|cliff|wall)\b(?:\s+of\s+(?:the|a)\s+\w+)?|\bbelly[\s-]?flop\w*|\bcannonball")
_A_SAFETY_RAZOR = _unless(r"\b(?:arms?|wrists?|thighs?|hide|hiding|myself)\b", r"\bsafety\s+razors?\b|\bdouble[\s-]edge\s+(?:razor|handle)\b")
_A_SAFETY_RAZOR_WORDS = re.compile(r"\bblades?\b|\brazors?\b|\bcut\s+down\s+on\b")
# Held-out 178's look-alikes: God asked to take a dying mother gently; a
# mother's yearly threat to disown me over Eid; a brother's threat over a
# skipped prayer, if I tell
_A_DYING_PARENT_PRAYED_FOR = re.compile(r"\b(?:hospice|palliative|end\s+of\s+life|terminal\w*|dying)\b")
_PRAYED_FOR_WORDS = re.compile(r"\b(?:asking|ask|asked|pray\w*)\s+(?:god|the\s+lord|allah|jesus)\s+to\s+take\s+(?:her|him|them)\b|\bsuffering\b|\bgently\b")
_DISOWNED_OVER_A_VISIT = re.compile(r"\bthreatens?\s+to\s+disown\s+me\b[^.!?]{0,60}?\bif\s+i\s+(?:don'?t|do\s+not)\s+(?:come|go)\s+home\b")
_A_TELLTALE_THREATENED = re.compile(r"\b(?:brother|sister|bro|sis)\s+(?:says|said)\s+(?:he'?s|she'?s|hes|shes|he\s+is|she\s+is)\s+(?:gonna|going\s+to)\s+kill\s+me\s+if\s+i\s+tell\s+(?:mum|mom|dad|our\s+\w+)\s+(?:he|she)\s+(?:skipped|missed|ate|broke|lost|forgot|bunked)\b")
_SCREEN_TIME = re.compile(r"\b(?:checks?|limits?|monitors?|sets?|looks\s+at)\s+my\s+screen\s*time\b")
_A_MEME_NAMED = re.compile(r"\b(?:the|that|this)\s+(?:sewerslide|unalive|kms|kys)\s+(?:meme|trend|joke|word|sound|filter|song|line|thing)s?\b")
_TURNED_OUT_HARMLESS = re.compile(r"\bturns?\s+out\s+(?:he|she|they|it)(?:'s|\s+is|\s+was|'re|\s+were)\s+(?:just|only)\b(?![^.!?]{0,30}\b(?:obsess\w*|stalk\w*|dangerous|violent|following)\b)")
_PRESENTS_HIDDEN = re.compile(r"\bhid(?:e|den|ing)?\s+(?:the|my|their|his|her|our)\s+(?:\w+\s+)?(?:presents?|gifts?|surprise|easter\s+eggs|chocolates?|sweets|advent\s+calendars?)\b")
_SLEEP_STUDY = re.compile(r"\bsleep\s+(?:study|studies|clinic|test|lab|apn(?:o)?ea)\b|\bapn(?:o)?ea\b|\bcpap\b")
_SLEEP_STUDY_WORDS = _besides(_SLEEP_STUDY, r"\b(?:keep\s+)?stop\w*\s+breathing(?:\s+in\s+my\s+sleep)?\b")
_AFRAID_OF_HEIGHTS = re.compile(r"\b(?:hate|scared\s+of|afraid\s+of|terrified\s+of|fear\s+of|don'?t\s+like|not\s+good\s+with)\s+heights\b|\bvertigo\b")
# a pet blamed with a wink, or with no pet at home, or as the story told
_PET_DOUBTED = (r"\b(?:they|it)(?:'re|'s|\s+are|\s+is|\s+were|\s+was)\s+not\b(?!\s+(?:deep|bad|serious|infected|sore|too)\b)|\bif\s+(?:u|you)\s+know\s+what\s+i\s+mean\b|\b(?:i|we)\s+(?:don'?t|do\s+not)\s+(?:even\s+)?(?:own|have)\b|\bwink\w*|;\)|"
                + _COVER_STORY)
_SCRATCHED_BY_A_PET = _unless(_PET_DOUBTED, r"\bscratch\w*\s+(?:\w+\s+){0,4}?(?:from|by|off)\s+(?:the|my|our|a|her|his)\s+(?:\w+\s+)?(?:cat|kitten|dog|puppy|rabbit|hamster|ferret|parrot|brambles?|roses?|thorns?|hedge)\b")
_SCRATCH_WORDS = re.compile(r"\bscratch\w*|\bagain\b")
_A_SIBLINGS_SCRAP = _unless(_SIBLING_SCRAP_DOUBTED.pattern, _SIBLING_SCRAP.pattern)
# "she made me do burpees until I honestly thought I was going to die"
_DIED_OF_EXERTION = re.compile(r"\b(?:thought|felt\s+like|swear)\s+i\s+(?:was\s+(?:going\s+to|gonna)\s+|would\s+|'d\s+)die\b|\bnearly\s+died\b")
_KMS_OVER_A_WAIT = re.compile(r"\b(?:kms|kill\s+my\s*self|die)" + _A_TRIVIAL_WAIT.pattern)


# Held-out 62-65: a nick shaving; a lock against a flatmate who takes food;
# "could be worse" said of a settled life; "if I don't wake up" before an
# anaesthetic
_NICKED_SHAVING = re.compile(r"\bshav\w*\b[^.!?]{0,40}?\bnick\w*\s+(?:myself|my\s+\w+)|\bnick\w*\s+(?:myself|my\s+\w+)\s+(?:\w+\s+)?shaving\b")
_FOOD_TAKEN = re.compile(r"\b(?:flatmates?|housemates?|roommates?|brother|sister|husband|wife|partner|kids|son|daughter)\s+(?:keeps?\s+|kept\s+|always\s+)?(?:nick\w*|steal\w*|stole|eat\w*|ate|pinch\w*|finish\w*|us\w*)\s+my\s+(?:food|milk|snacks|cheese|biscuits|chocolate|stuff|shampoo|leftovers|lunch)\b")
_FOOD_TAKEN_WORDS = _besides(_FOOD_TAKEN, r"\ba\s+lock\s+on\s+(?:my|the)\s+(?:cupboard|fridge|shelf|drawer|cabinet)\b")
_COULD_BE_WORSE = re.compile(r"(?:^|[.!?]\s*)(?:it\s+)?could\s+be\s+worse[.!]?\s*$")
_SETTLED_WORDS = _besides(_COULD_BE_WORSE, r"\b(?:does|did|do|doing)\s+my\s+hair\b|\bhairdresser\b")
_UNDER_ANAESTHETIC = re.compile(r"\b(?:going\s+under|night\s+before\s+(?:my|the)\s+(?:op|operation|surgery)|general\s+an(?:a)?esthetic|an(?:a)?esthetic|sedation|sedated|wisdom\s+teeth|(?:my|the)\s+(?:op|operation|surgery)\s+(?:is\s+)?(?:tomorrow|today|on\s+\w+day))\b")
_ENDING_IT_WORDS = re.compile(r"\b(?:end\w*\s+it\s+all|kms|kill\w*\s+my\s*self|die|dying)\b")
_NOT_WAKING_WORDS = re.compile(r"\bif\s+i\s+(?:don'?t|do\s+not|never)\s+wake\s+up\b|\bi\s+keep\s+thinking,?\s+what\s+if\s+i\s+(?:don'?t|do\s+not)\s+wake\s+up\b|\b(?:i'?m\s+)?scared\s+of\s+that\b|\bwant\s+to\s+come\s+round\b")


# Held-out 66-69: head-banging at a gig; doors locked against burglars; a
# medicine's time of day asked about
_HEAD_BANGING_AT_A_GIG = re.compile(r"\bhead\s*-?bang\w*\b[^.!?]{0,40}?\b(?:gig|concert|festival|show|metal|mosh\w*)\b|\b(?:gig|concert|festival|metal)\b[^.!?]{0,40}?\bhead\s*-?bang\w*")
_HEAD_BANGING_WORDS = _besides(_HEAD_BANGING_AT_A_GIG, r"\bneck\b")
_LOCKED_AGAINST_BURGLARS = re.compile(r"\b(?:burglars?|break-?ins?|intruders|being\s+robbed|(?:got|were|was|been)\s+(?:burgled|broken\s+into))\b")
_LOCKED_UP_AT_NIGHT = _besides(_LOCKED_AGAINST_BURGLARS, r"\blocks?\s+(?:every|all\s+the|the)\s+(?:front\s+|back\s+)?doors?(?:\s+and\s+windows)?(?:\s+at\s+night)?\b|\bparanoid\b|\bchecks?\s+(?:all\s+)?(?:the\s+)?(?:locks|doors|windows)(?:\s+twice)?\b")
# ...unless the burglars are the story told ("the bolt is for burglars but it's on the outside")
_LOCKED_AGAINST_BURGLARS_UNDOUBTED = _unless(r"\b(?:" + TOLD_AS_A_STORY + r")\b|\bon\s+the\s+outside\b|\bthe\s+one\s+with\s+the\s+key\b|\block\w*\s+(?:me|us)\s+in\b",
                                             _LOCKED_AGAINST_BURGLARS.pattern)
_DOSE_TIME_ASKED = re.compile(r"\btake\s+(?:my|the|her|his)\s+(?:\w+\s+)?" + _MEDICINE_WORDS.pattern + r"\s+(?:at\s+night|in\s+the\s+(?:morning|evening)|with\s+food)\s+instead\b")


# Held-out 68 (turns read together): a temper shown at the telly; a person
# said to be alright after all; hunger as a figure; a cat that watches;
# letters for grandchildren's birthdays to come; a soft thing thrown; the
# wall a runner hits; a fright for a laugh; a cliff edge with a walking
# club; a dose the doctor gave
_SHOUTS_AT_THE_TELLY = re.compile(r"\bshouts?\s+at\s+the\s+(?:telly|tv|television|ref|referee|screen|radio)\b")
_TEMPER_WORDS = _besides(_SHOUTS_AT_THE_TELLY, r"\btemper\b")
_ALRIGHT_AFTER_ALL = re.compile(r"\b(?:he'?s|she'?s|they'?re|he\s+is|she\s+is)\s+(?:alright|all\s+right|nice|lovely|sound|decent|a\s+good\s+(?:guy|bloke|lad|egg))\s+(?:actually|really|to\s+be\s+fair)\b")
_HUNGRY_AS_A_FIGURE = re.compile(r"\bcould\s+eat\s+(?:my\s+own\s+arm|a\s+(?:scabby\s+)?horse|a\s+whole\s+\w+)\b")
_HUNGRY_WORDS = _besides(_HUNGRY_AS_A_FIGURE, r"\bhaven'?t\s+eaten\s+since\s+(?:this\s+morning|breakfast|lunch|lunchtime)\b")
_AN_ANIMAL_WATCHING = re.compile(r"\b(?:cat|dog|fox|pigeon|seagull|squirrel|owl|magpie|crow)\b[^.!?]{0,40}?\b(?:judging|staring\s+at|watching|glaring\s+at)\s+me\b")
_WATCHED_WORDS = _besides(_AN_ANIMAL_WATCHING, r"\b(?:someone'?s|somebody'?s)\s+been\s+watching\s+me\b")
_FOR_BIRTHDAYS_TO_COME = re.compile(r"\bfor\s+(?:their|his|her)\s+(?:eighteenths?|18ths?|twenty-?firsts?|21sts?|weddings?|graduations?)\b")
_LEGACY_WORDS = re.compile(r"\bletters?\b|\bwhen\s+i'?m\s+gone\b|\bsolicitor\b")
_A_SOFT_THING_THROWN = re.compile(r"\bthrew\s+(?:something|a\s+\w+)\s+at\s+me\b[^.!?]{0,5}[.!?,]?\s*(?:it\s+was\s+)?a\s+(?:sock|pillow|cushion|teddy|tea\s*towel|sponge|grape|crisp|paper\s+ball|slipper)\b")
_THE_RUNNERS_WALL = re.compile(r"\bhit\w*\s+the\s+wall\b[^.!?]{0,40}?\b(?:mile|miles|marathon|training|run|race|km|carbs)\b")
_RUNNERS_WALL_WORDS = re.compile(r"\bhit\w*\s+the\s+wall\b")
_A_FRIGHT_FOR_A_LAUGH = _unless(r"\b(?:rifle|gun|knife|blade|aims?|aimed|aiming|point\w*\s+(?:it|a|the)|threat\w*)\b",
                                r"\b(?:for\s+a\s+laugh|to\s+make\s+me\s+jump|(?:we\s+were|i\s+was)\s+in\s+stitches)\b")
_FRIGHT_WORDS = re.compile(r"\bgrabb\w*\s+me\s+from\s+behind\b|\bfor\s+a\s+laugh\b|\bto\s+make\s+me\s+jump\b")
_A_VIEW_FROM_THE_EDGE = re.compile(r"\b(?:walking\s+(?:club|group)|ramblers?|hik(?:e|ing)\s+(?:club|group)|the\s+view\s+is)\b")
_EDGE_WORDS = re.compile(r"\b(?:standing\s+)?(?:right\s+)?on\s+the\s+edge\s+of\s+the\s+cliffs?\b")
_A_DOSE_GIVEN = re.compile(r"\b(?:doctor|gp|pharmacist)\s+(?:gave|prescribed)\s+me\b[^.!?]{0,40}?\b(?:said|says)\s+(?:one|two|1|2|half)\b")


# Held-out 70-74's look-alikes read as risk by the learned layer: grabbed
# to be kept from harm; cut out of a will; never spoken to again; razor
# blades for hairy legs; a pet that scratched or bit; the wrong strength
# from the chemist; too much pizza; a present for a birthday; a medicine
# asked about; a babysitter praised; a bridge shut for roadworks; better
# off without Mondays; a reason to be here; a plot paid for; someone one
# could not do without; a parent's "kill me" over a report; the car keys
# taken for failing eyes
_KEPT_FROM_HARM = re.compile(r"\bgrabb\w*\s+(?:my\s+(?:arm|hand|coat|sleeve|hood)|me)\s+to\s+(?:stop|keep|pull|save)\s+me\b")
_KEPT_FROM_HARM_WORDS = _besides(_KEPT_FROM_HARM, r"\b(?:left|leaving)\s+a\s+(?:little\s+|tiny\s+|small\s+)?(?:mark|bruise)\b")
_CUT_OUT_OF_A_WILL = re.compile(r"\bcut\s+(?:me|us|him|her|them)\s+out\s+of\s+(?:her|his|their|the)\s+will\b")
_CUT_OUT_WORDS = _besides(_CUT_OUT_OF_A_WILL, r"\bthreat\w*\s+to\b")
_NEVER_SPOKEN_TO_AGAIN = re.compile(r"\b(?:never|not\s+ever)\s+(?:speak|talk)\s+to\s+me\s+again\b")
_BLADES_FOR_SHAVING = _unless(r"(?:\bnot|n't)\s+(?:\w+\s+)?for\b", r"\b(?:buy|bought|get|order\w*|need)\s+(?:some\s+)?(?:new\s+|more\s+|fresh\s+)?(?:razor\s+blades|razors|blades)\b[^.!?]{0,60}?\b(?:legs|armpits|beard|stubble|hedgehog|hairy)\b")
_BLADE_WORDS = re.compile(r"\brazor\s*blades?|\brazors?|\bblades?")
_A_PET_SCRATCHED = _unless(_PET_DOUBTED, r"\b(?:the|my|our|a|her|his)\s+(?:\w+\s+)?(?:cat|kitten|dog|puppy|rabbit|hamster|ferret|parrot|guinea\s+pig)\s+(?:\w+\s+)?(?:scratched|bit|nipped|clawed|scratches|scratching)\s+(?:me|my)\b")
_PET_SCRATCH_WORDS = _besides(_A_PET_SCRATCHED, r"\bscratch\w*|\b(?:till|until)\s+(?:it|they)\s+bled\b|\bbled\b|\b(?:worming|flea)\s+(?:tablets?|pills?)\b")
_TOO_MUCH_FOOD = re.compile(r"\b(?:ate|eaten|eat|eating)\s+(?:way\s+|so\s+|far\s+)?(?:too\s+)?much\s+(?:\w+\s+){0,2}?(?:pizza|cake|food|chocolate|curry|pasta|cheese|dessert|dinner|turkey|pudding)\b")
_TOO_MUCH_FOOD_WORDS = _besides(_TOO_MUCH_FOOD, r"\b(?:i\s+)?(?:want\s+to|wanna)\s+die\b")
_A_PRESENT = re.compile(r"\b(?:bought|got|getting|buying|ordered)\s+(?:my\s+)?\w+\s+(?:a|an|some)\s+[^.!?]{0,60}?\bfor\s+(?:his|her|their|my|our)\s+(?:birthday|christmas|anniversary|retirement)\b")
_PRESENT_WORDS = re.compile(r"\b(?:belts?|razors?|knife|knives|blades?|lighters?)\b")
_A_SITTER_PRAISED = re.compile(r"\b(?:babysitter|nanny|childminder|au\s+pair)(?:'s|\s+is)\s+(?:\w+\s+)?(?:lovely|great|brilliant|amazing|fab|wonderful|so\s+good)\b")
_A_ROAD_SHUT = re.compile(r"\bbridge\s+(?:is\s+|was\s+|'s\s+)?(?:\w+\s+)?(?:shut|closed)\s+(?:\w+\s+){0,2}?(?:for|because\s+of)\s+(?:roadworks|repairs|works|maintenance|the\s+marathon|a\s+race)\b"
                          r"[^.!?]{0,40}?\b(?:long\s+way|way\s+round|detour|diversion|another\s+way|other\s+way)\b")
_ROAD_SHUT_WORDS = _besides(_A_ROAD_SHUT, r"\bbridge\b|\bagain\b")
_WITHOUT_A_NUISANCE = re.compile(r"\bbetter\s+off\s+without\s+(?:mondays|monday\s+mornings|alarm\s+clocks|traffic|taxes|mosquitoes|wasps|meetings|exams|homework|social\s+media|twitter|tiktok|\w+\s+meetings)\b")
_A_REASON_TO_BE_HERE = re.compile(r"\bi\s+(?:have|'ve\s+got|still\s+have)\s+(?:a\s+|every\s+|so\s+many\s+|plenty\s+of\s+|lots\s+of\s+)?reasons?\s+to\s+(?:be\s+here|live|keep\s+going|get\s+up|stay)\b")
_A_REASON_WORDS = _besides(_A_REASON_TO_BE_HERE, r"\b(?:died|passed(?:\s+away)?)\s+(?:last\s+(?:year|month|spring|summer|autumn|winter)|\w+\s+years\s+ago)\b")
_A_PLOT_PAID_FOR = re.compile(r"\b(?:paid\s+for|bought|chosen|picked)\s+(?:the|my|a|our)\s+(?:plot|headstone|funeral\s+plan|grave)\b|\blast\s+rites\s+when\s+(?:the|my)\s+time\s+comes\b")
_PLOT_WORDS = _besides(_A_PLOT_PAID_FOR, r"\bwhen\s+(?:my|the)\s+time\s+comes\b|\bburied\b")
_COULD_NOT_DO_WITHOUT = re.compile(r"\b(?:don'?t|do\s+not)\s+know\s+what\s+i'?d\s+do\s+without\s+(?:him|her|them)\b")
_COULD_NOT_DO_WITHOUT_WORDS = _besides(_COULD_NOT_DO_WITHOUT, r"\b(?:draw|draws|collect|collects|picks?\s+up)\s+my\s+pension\b")
_KILL_ME_OVER_A_REPORT = re.compile(r"\b(?:would|will|'?ll|'?d|gonna|going\s+to)\s+(?:literally\s+|actually\s+|absolutely\s+)?kill\s+me\s+if\s+(?:he|she|they)\s+(?:saw|sees|see|found|finds|knew|knows|heard)"
                                    r"\s+(?:out\s+about\s+)?(?:about\s+)?(?:my|the)\s+(?:report(?:\s+card)?|grades?|results|marks|phone\s+bill|tattoo|piercing|hair)\b")
_KEYS_FOR_FAILING_EYES = re.compile(r"\b(?:take|took|taken|taking|takes)\s+(?:away\s+)?my\s+(?:car\s+)?keys\b[^\n]{0,80}?\b(?:he\s+is\s+right|he'?s\s+right|she'?s\s+right|she\s+is\s+right|eyes|eyesight|unsafe|not\s+safe)\b")
_KEYS_WORDS = _besides(_KEYS_FOR_FAILING_EYES, r"\b(?:must\s+)?stop\s+driving\b")


_A_ROPES_USE = _unless(_COVER_STORY, r"\brope\b[^.!?]{0,40}?\b(?:for|to|i\s+use\s+for)\s+(?:(?:tying|tie|tow\w*)\s+(?:down\s+|up\s+|on\s+)?)?(?:the\s+|a\s+|my\s+|our\s+)?(?:kayak|boat|canoe|tent|swing|washing|roof\s+rack|trailer|climbing|tree\s+swing|horse|tarp|load)\b")
_ROPE_WORDS = _besides(_A_ROPES_USE, r"\brope\b|\bgarage\b")
_A_NOTE_OF_AN_ERRAND = _unless(_COVER_STORY, r"\bnote\b[^.!?]{0,40}?\bsaying\s+(?:that\s+)?(?:i'?ve\s+|i\s+have\s+|i'?d\s+|i\s+had\s+)?(?:popped|gone|nipped|went|dashed)\s+(?:to|out|round|down)\b")
_NOTE_OF_AN_ERRAND_WORDS = _besides(_A_NOTE_OF_AN_ERRAND, r"\b(?:left\s+)?(?:a\s+)?notes?\b")
_A_RESIGNATION = re.compile(r"\bresignation\s+(?:letter|email|notice)\b|\bhanded\s+in\s+my\s+notice\b")
_RESIGNATION_WORDS = _besides(_A_RESIGNATION, r"\bgoodbye\s+(?:note|letter)\s+to\s+(?:the|that|my)\s+(?:worst|old|last|job|place|office|\w+\s+job)\b|\bletter\b")
_FASTING_FOR_A_PROCEDURE = re.compile(r"\b(?:because\s+of|for|before)\s+(?:the|my|a|an)\s+(?:colonoscopy|endoscopy|blood\s+test|surgery|operation|op|procedure|anaesthetic|scan|bowel\s+prep)\b|\bcolonoscopy\s+prep\b")
_FASTING_WORDS = _besides(_FASTING_FOR_A_PROCEDURE, r"\b(?:haven'?t|have\s+not|not)\s+eaten\b|\bnil\s+by\s+mouth\b|\bfasting\b|\bnever\s+again\b|\bstarving\b(?!\s+(?:myself|me)\b)")
_THE_CARVING_KNIVES = _unless(_COVER_STORY, r"\b(?:does|do)\s+(?:all\s+)?the\s+carving\b|\b(?:set\s+of|chef'?s?)\s+knives\b"
                              r"|\bsharpen\w*\s+(?:all\s+)?(?:the\s+)?(?:kitchen\s+)?knives\b[^\n]{0,60}?\b(?:cooking|chef|roast|carving|recipe)\b")
_KNIFE_WORDS = re.compile(r"\bknives?\b|\bknife\b")


_GARDEN_ROPE = re.compile(r"\bhanging\s+baskets?\b|\brope\s+lights?\b")
_GARDEN_ROPE_WORDS = _besides(_GARDEN_ROPE, r"\bat\s+last\b")
_TRAINS_CANCELLED = re.compile(r"\b(?:trains?|buses?|services?)\b[^.!?]{0,30}?\b(?:cancel+ed|delayed)\b|\breplacement\s+bus\b")
_PLATFORM_WORDS = _besides(_TRAINS_CANCELLED, r"\b(?:(?:at\s+)?the\s+end\s+of\s+the\s+)?platform\b|\btrains?\b")
_KEYS_FORGOTTEN = re.compile(r"\b(?:forgot|forgotten|lost|left)\s+(?:his|her|their)\s+keys\b")
_KEYS_FORGOTTEN_WORDS = _besides(_KEYS_FORGOTTEN, r"\bbang\w*\s+on\s+the\s+door\b|\bagain\b")
_SHUT_IN_A_DOOR = re.compile(r"\b(?:slammed|shut|trapped|caught)\s+my\s+(?:hand|fingers?|thumb)\s+in\s+(?:the|a)\s+(?:car\s+)?(?:door|drawer|window)\b[^.!?]{0,30}?\bby\s+accident\b")
_GROUND_SWALLOW_ME = re.compile(r"\b(?:want|wanted|wish)\s+the\s+ground\s+to\s+(?:open\s+up\s+and\s+)?swallow\s+me\b")
_UNDER_THE_DUVET = re.compile(r"\bbury\s+myself\s+(?:in|under)\s+(?:the\s+|my\s+)?(?:duvet|covers|blankets?|bed|work|books?)\b")
_A_PET_DIED = re.compile(r"\b(?:my|the|our)\s+(?:old\s+)?(?:dog|cat|hamster|rabbit|pet|guinea\s+pig|budgie|horse|pony|tortoise)(?:'s|\s+is|\s+was)?\s+(?:being\s+|getting\s+|going\s+to\s+be\s+)?(?:died|passed|put\s+down|put\s+to\s+sleep)\b")
_PET_GOODBYE_WORDS = _besides(_A_PET_DIED, r"\bsay\s+goodbye\s+to\s+(?:him|her|them)\b|\b(?:said|saying)\s+(?:my\s+)?goodbyes\b")
# ...unless put down is a threat ("he'll have the cat put down if I don't pay")
_A_PET_DIED_UNTHREATENED = _unless(r"\bif\s+(?:i|you)\b|\bunless\b|\bthreat\w*|\b(?:he|she|they)(?:'ll|\s+will|'d|\s+would|\s+says?|\s+said)\b", _A_PET_DIED.pattern)
_PHONE_AT_BEDTIME = re.compile(r"\b(?:mum|mom|dad|parents?)\s+(?:takes?|took|confiscat\w+)\s+my\s+phone\s+(?:at|every|after|before)\b")
_PHONE_AT_BEDTIME_WORDS = _besides(_PHONE_AT_BEDTIME, r"\bkeeps?\s+it\s+in\s+(?:her|his|their)\s+room\b")

# Held-out 95-99: a door locked at a set hour; a cliff in a game; rope and
# hooks for a mirror; a hangover; a pet caught in a blind cord; pills kept in
# case the chemist runs short; a kerb stepped off and an arm grabbed; being
# sick after prawns; a child who comes into the parents' room scared of the
# dark; a dream of falling; a son's police work; a bridge for its view; a
# wish to hibernate like a bear
_A_HOUSE_CURFEW = re.compile(r"\blocks?\s+(?:the\s+)?(?:front\s+|back\s+)?door\s+at\s+(?:\d+|nine|ten|eleven|twelve|midnight)\b[^.!?]{0,60}?\b(?:ring|knock|late|annoying|key)\b")
_CURFEW_WORDS = _besides(_A_HOUSE_CURFEW, r"\blocks?\b")
_A_FALL_IN_A_GAME = _unless(_COVER_STORY + r"|\b(?:photos?|pictures?|pics?|nudes|secret|met|meet|man|men|guy|adult|grown|stranger|camera|robux|gems|app|chat|mature|age|school)\b|\bnot\s+to\s+tell\b|\bcan'?t\s+stop\s+thinking\b|\bcar\s+park\b|\breal\s+life\b|\birl\b",
                     r"\b(?:in|on)\s+(?:this|the|that|a|my)\s+(?:video\s+|new\s+)?game\b|\bin[\s-]game\b|\bmy\s+(?:character|avatar)\b")
_GAME_WORDS = _besides(_A_FALL_IN_A_GAME, r"\b(?:thr[eo]w\w*|jump\w*|fell|fall\w*)\s+(?:myself\s+)?off\s+(?:the\s+)?(?:same\s+)?(?:cliff|ledge|bridge|roof|tower)\b|\bcliff\b")
_HANGING_A_THING = re.compile(r"\b(?:rope|hooks?|wire|nails?|cord)\b[^.!?]{0,40}?\bto\s+hang\s+(?:up\s+)?(?:the|a|my|our|some)\s+(?:\w+\s+)?(?:mirror|picture|painting|print|frame|shelf|shelves|plant|plants|hammock|swing|lights|washing|curtains?|clock|sign|mirror)\b")
_HANGING_A_THING_WORDS = _besides(_HANGING_A_THING, r"\brope\b")
_A_HANGOVER = re.compile(r"\b(?:drank|drunk|had)\s+(?:way\s+|far\s+)?(?:too\s+much|too\s+many)\b[^\n]{0,80}?\b(?:head'?s?\s+(?:is\s+)?(?:pounding|banging|killing\s+me)|hung\s*over|hangover)\b")
_HANGOVER_WORDS = re.compile(r"\b(?:drank|drunk|had)\s+(?:way\s+|far\s+)?(?:too\s+much|too\s+many)\b|\bhead'?s?\s+(?:is\s+)?(?:pounding|banging|killing\s+me)|\bhung\s*over\b|\bhangover\b")
_PET_IN_A_CORD = re.compile(r"\b(?:cat|dog|kitten|puppy|hamster|parrot|budgie|rabbit)\s+(?:nearly|almost)\s+(?:hanged|hung|strangled|choked)\s+(?:her|him|it)self\s+on\s+(?:the\s+)?(?:blind\s+cord|cord|lead|collar|string|wire)\b")
_PET_IN_A_CORD_WORDS = _besides(_PET_IN_A_CORD, r"\bcut\s+(?:all\s+)?the\s+cords?\b")
_PILLS_IN_CASE_OF_SHORTAGE = re.compile(r"\bin\s+case\s+the\s+(?:chemist|pharmacy|surgery|doctor|gp|prescription)\s+(?:runs?\s+(?:short|out)|is\s+(?:shut|closed)|can'?t|doesn'?t|forgets?)\b(?:\s+again)?")
_PILLS_IN_CASE_WORDS = _besides(_PILLS_IN_CASE_OF_SHORTAGE, r"\bspare\s+(?:\w+\s+){0,2}(?:of\s+)?(?:my\s+)?(?:\w+\s+){0,2}(?:pills|tablets|meds)\b|\bpills\b|\btablets\b")
_A_NEAR_MISS_ON_THE_ROAD = re.compile(r"\b(?:nearly|almost),?\s+(?:[\w,]+\s+){0,2}?(?:stepped|walked)\s+(?:off\s+the\s+(?:kerb|curb|pavement)\s+)?(?:out\s+)?in(?:to)?\s+(?:front\s+of\s+)?(?:a|the)\s+(?:bus|car|van|lorry|truck|cyclist|bike|road|traffic)\b"
                                      r"(?=[^\n]{0,80}?\b(?:grabbed\s+my|pulled\s+me\s+back|fright|wasn'?t\s+(?:looking|paying\s+attention)|on\s+my\s+phone|headphones)\b)")
_NEAR_MISS_WORDS = _besides(_A_NEAR_MISS_ON_THE_ROAD, r"\bgrabbed\s+my\s+arm\b")
_FOOD_BLAMED = re.compile(r"\b(?:(?:been|was|being)\s+sick|throw\w*\s+up|threw\s+up|vomit\w*)\b[^\n]{0,60}?\b(?:it\s+was|it'?s|must\s+(?:have\s+)?been|blame|(?:i\s+)?think\s+it'?s|from)\s+(?:the\s+)?(?:\w+\s+)?"
                          r"(?:prawns|chicken|takeaway|kebab|curry|oysters|mussels|fish|leftovers|rice|eggs?|food|stomach\s+bug|sickness\s+bug|bug|virus|norovirus|food\s+poisoning)\b")
_FOOD_BLAMED_WORDS = _besides(_FOOD_BLAMED, r"\bsick\b|\bthrow\w*\s+up\b|\bthrew\s+up\b")
_A_CHILD_SCARED_OF_THE_DARK = re.compile(r"\b(?:my|our)\s+(?:little\s+|youngest\s+|eldest\s+)?(?:girl|boy|son|daughter|kids?|lad|lass|toddler)\s+(?:keeps\s+)?(?:com\w+|climb\w+|crawl\w+|creep\w*|sneak\w+)\s+into\s+(?:our|my)\s+(?:room|bed)\b"
                                         r"(?=[^\n]{0,60}?\b(?:scared\s+of\s+the\s+dark|nightmares?|bad\s+dreams?|monsters?|thunder|can'?t\s+sleep)\b)")
_CHILD_AT_NIGHT_WORDS = _besides(_A_CHILD_SCARED_OF_THE_DARK, r"\bscared\s+of\s+the\s+dark\b|\bat\s+night\b")
_A_DREAM_OF_FALLING = re.compile(r"\b(?:dream\w*|nightmares?)\s+(?:about\s+|that\s+|where\s+)?(?:i'?m\s+|i\s+was\s+|of\s+)?(?:falling|drowning|being\s+chased)\b")
_DREAM_WORDS = _besides(_A_DREAM_OF_FALLING, r"\b(?:off\s+)?(?:a\s+)?cliff\b|\brather\s+not\s+dream\b|\bwoke\s+up\s+(?:gasping|screaming|sweating|shaking|panicking)(?:\s+again)?\b")
_SOMEONE_ELSES_WORK = re.compile(r"\bmy\s+(?:son|daughter|husband|wife|partner|brother|sister|dad|mum|father|mother)\s+(?:he|she)?\s*(?:is|'s)\s+(?:a\s+)?(?:policeman|police\s+officer|copper|paramedic|nurse|doctor|firefighter|fireman|soldier|prison\s+officer|guard)\b")
_SOMEONE_ELSES_WORK_WORDS = _besides(_SOMEONE_ELSES_WORK, r"\bbad\s+things\b|\bknife\b")
_A_VIEW_PHOTOGRAPHED = re.compile(r"\b(?:on|at|by|from)\s+the\s+(?:bridge|cliff\s*top|cliffs|pier|viaduct)\b[^.!?]{0,40}?\b(?:taking|took|to\s+take)\s+(?:some\s+)?(?:pictures|photos|pics|snaps)\b")
_VIEW_WORDS = _besides(_A_VIEW_PHOTOGRAPHED, r"\bbridge\b")
_STRAIN_WORDS = _besides(_STRAIN_NAMED, r"\bpain\b")
_HIBERNATION_WISHED = re.compile(r"\bwish\s+i\s+(?:was|were|could\s+be)\s+a\s+(?:bear|hedgehog|tortoise|dormouse|bat)\b|\bhibernat\w+"
                                 r"|\bsleep\s+(?:for\s+)?(?:a|one|two|three|a\s+whole)\s+(?:months?|weeks?)\s+and\s+wake\s+up\s+when\s+(?:the\s+)?(?:winter|summer|spring|exams?|it)\b")
_HIBERNATION_WORDS = _besides(_HIBERNATION_WISHED, r"\bsleep\s+(?:all|through\s+the)\s+winter\b|\bwake\s+up\s+when\b")

# Held-out 100-104: a diet kept; a body one wishes looked different; a head
# knocked on a cupboard; house rules about a phone; car keys taken in snow;
# a cut from shaving; a tattoo that hurt; an old person's joke about not
# being here forever; the maximum dose asked for a headache; a late
# husband's tools passed on; a dance that began with a grab; how to block a
# number, asked for a friend
_A_DIET_KEPT = _unless(_COVER_STORY, r"\bstick(?:ing)?\s+to\s+(?:my|the|a)\s+(?:diet|plan|calories|macros)\b|\bon\s+a\s+diet\b")
_DIET_WORDS = _besides(_A_DIET_KEPT, r"\bskipp?\w*\s+(?:the\s+)?(?:dessert|pudding|seconds|snacks?|chips)\b")
_LOOKS_WISHED_OTHER = re.compile(r"\bwish\s+i\s+looked\s+(?:different|better|thinner|slimmer|older|younger|like\s+\w+)\b")
_LOOKS_WORDS = _besides(_LOOKS_WISHED_OTHER, r"\bhate\s+my\s+body\b")
_HEAD_KNOCKED = _unless(r"\bover\s+and\s+over\b|\bto\s+make\s+it\s+stop\b|\bon\s+purpose\b|\bdeliberately\b|\bto\s+feel\b|\bwhen\s+(?:i'?m|im|i\s+get)\s+(?:angry|upset|stressed)\b",
                       r"\b(?:whacked|banged|bumped|hit|smacked|knocked|clonked)\s+my\s+head\s+on\s+(?:the\s+)?(?:\w+\s+)?(?:cupboard|cabinet|shelf|beam|boot|bunk|tap|extractor\s+fan)\b")
_HEAD_KNOCKED_WORDS = _besides(_HEAD_KNOCKED, r"\bagain\b|\bout\s+to\s+get\s+me\b")
_HOUSE_RULES = re.compile(r"\bno\s+phone\s+(?:till|until)\s+i'?m\s+\w+|\b(?:makes?|made)\s+me\s+do\s+(?:my\s+)?(?:chores|homework|jobs)\s+before\b|\btakes?\s+my\s+(?:car\s+)?keys\s+when\s+(?:it\s+snows|it'?s\s+icy|there'?s\s+ice|the\s+roads)\b")
_HOUSE_RULES_WORDS = _besides(_HOUSE_RULES, r"\bdoesn'?t\s+trust\s+me\s+on\s+(?:ice|the\s+roads)\b")
_CUT_SHAVING = _unless(_COVER_STORY + r"|\bi\s+(?:said|told\s+(?:\w+\s+){1,2})i\b|\bi\s+didn'?t\b|\b(?:only|but)\s+it\s+wasn'?t\b|\bwasn'?t\s+(?:really\s+)?shaving\b|\bif\s+you\s+follow\b", r"\bcut\s+myself\s+shaving\b")
_CUT_SHAVING_WORDS = _besides(_CUT_SHAVING, r"\bagain\b|\brazors?\b")
_A_TATTOO = _unless(_COVER_STORY, r"\b(?:the\s+|my\s+|a\s+)?(?:tattoo|piercing)\s+(?:on\s+my\s+\w+\s+)?(?:hurt|stung|was\s+agony)\b")
_TATTOO_WORDS = _besides(_A_TATTOO, r"\b(?:do|get)\s+(?:it|another)\s+again\b|\bagain\s+tomorrow\b")
_NOT_HERE_FOREVER = re.compile(r"\b(?:shan'?t|won'?t|will\s+not|not\s+going\s+to)\s+be\s+(?:here|around)\s+forever\b(?=[^\n]{0,80}?\b(?:visit|while\s+i'?m\s+still|ha\b|haha|lol|cakes?|come\s+round))")
_HIGHEST_DOSE_FOR_AN_ACHE = re.compile(r"\b(?:(?:max(?:imum)?|most|safe)\s+(?:dose|amount)\s+of\s+\w+\s+(?:i\s+can\s+take\s+)?|(?:most|max(?:imum)?|how\s+many)\s+(?:paracetamol|ibuprofen|aspirin|co-?codamol|painkillers|tablets)\s+(?:(?:i|you)\s+can|can\s+(?:i|you))\s+(?:safely\s+)?(?:take|have)\s+(?:safe(?:ly)?\s+)?)(?:in|per|a)\s+(?:24\s+hours|a\s+day|day|one\s+day)\b"
                                       r"(?=[^\n]{0,80}?\b(?:head(?:ache|\s+is\s+pounding|'s\s+pounding)|toothache|period\s+pain|fever|back\s+(?:pain|is\s+killing\s+me)|migraine|for\s+my\s+(?:back|knee|tooth|teeth|head|period|hip|shoulder))\b)")
_ACHE_DOSE_WORDS = _besides(_HIGHEST_DOSE_FOR_AN_ACHE, r"\b(?:took|taken|had)\s+(?:two|one|2|1)\b|\bparacetamol\b|\bibuprofen\b|\bhead(?:\s+is|'s)\s+pounding\b|\boverdo\s+it\b|\b(?:don't|do\s+not)\s+want\s+too\s+much\b")
_A_LATE_ONES_THINGS = re.compile(r"\b(?:my\s+)?late\s+(?:husband|wife|dad|mum|mom|father|mother|brother|sister|partner)'?s\s+(?:\w+\s+){1,2}(?:are|is)\s+going\s+to\s+(?:my|his|her|the)\s+\w+\b")
_LATE_ONES_WORDS = _besides(_A_LATE_ONES_THINGS, r"\bno\s+use\s+for\s+(?:them|it)\b")
_A_DANCE = re.compile(r"\bspun\s+me\s+(?:a)?round\b[^\n]{0,60}?\bdanc\w+|\bdanc\w+\b[^\n]{0,60}?\bspun\s+me\s+(?:a)?round\b")
_DANCE_WORDS = _besides(_A_DANCE, r"\bgrabbed\s+me\b")
_ON_A_SHIFT_WORDS = _besides(_A_RESPONDER, r"\b(?:a\s+)?(?:bloke|man|guy|patient|lad|woman|someone)\s+(?:with\s+(?:a\s+)?(?:bad\s+)?knife(?:\s+wound)?|pulled\s+a\s+knife(?!\s+on\s+me))\b"
                                           r"|\bpolice\s+came\b|\bnobody\s+got\s+hurt\b")
_BLOCKING_FOR_A_FRIEND = re.compile(r"\b(?:she|he|they)\s+asked\s+me\s+how\s+to\s+block\s+(?:a\s+)?(?:number|contact|someone|him|her)\b")
_BLOCKING_WORDS = _besides(_BLOCKING_FOR_A_FRIEND, r"\bkeeps\s+texting\s+(?:her|him)\b")

# Held-out 105-109: a pause wished on life, not an end; a bathroom locked
# for peace; an old relative ready to go; yanked back from a bus; another's
# risk asked how to help with; a parent's tablets locked away; a train to be
# somebody else for a day; the wall hit at 3am; tired of being the strong
# one; a court threatened; a life one would give for a child's; a van keyed;
# a gun sold with the farm; bruises from training; a will with a mosque or a
# charity in it; last words of one who died
_A_PAUSE_WISHED = re.compile(r"\b(?:hit\s+)?pause\s+(?:on\s+)?(?:life|everything|it\s+all)\b(?=[^\n]{0,60}?\b(?:not\s+end|catch\s+up|for\s+a\s+(?:week|day|bit)))")
_PAUSE_WORDS = _besides(_A_PAUSE_WISHED, r"\bnot\s+end\s+it\b")
_PEACE_IN_THE_BATHROOM = re.compile(r"\blocked\s+myself\s+in\s+the\s+(?:bathroom|loo|toilet|car|shed)\s+for\s+(?:five|ten|two|a\s+few|\d+)\s+minutes\b")
_PEACE_WORDS = _besides(_PEACE_IN_THE_BATHROOM, r"\bup\s+the\s+wall\b")
_AN_OLD_ONE_READY = _unless(r"\bme\s+too\b|\bso\s+am\s+i\b|\bsame\s+here\b|\bsame\s+for\s+me\b|\bi\s+am\s+too\b", r"\b(?:gran|nan|nana|grandma|grandad|granny|grandpa|great[\s-]\w+|auntie|uncle)\s+(?:keeps\s+saying|says|said|tells\s+(?:me|us))\s+(?:she|he)(?:'s|\s+is)\s+ready\s+to\s+go\b")
_AN_OLD_ONE_READY_WORDS = _besides(_AN_OLD_ONE_READY, r"\bbe\s+with\s+(?:grandad|gran|nan|grandma|grandpa|him|her)\b")
_YANKED_BACK = re.compile(r"\b(?:yanked|pulled|dragged)\s+me\s+back\b[^\n]{0,60}?\b(?:bus|car|van|lorry|train|cyclist|traffic)\b")
_YANKED_BACK_WORDS = _besides(_YANKED_BACK, r"\bgrabbed\s+my\s+arm\b|\bsaved\s+my\s+life\b")
_ANOTHERS_RISK_ASKED_ABOUT = _unless(r"\b(?:me\s+too|so\s+do\s+i|i\s+do\s+too|same\s+as\s+me)\b",
                                     r"\b(?:my\s+)?(?:daughter|son|kid|child|teen\w*|friend|partner|husband|wife|brother|sister)'?s?\s+(?:told\s+me|said|arms?|legs?)\b[^\n]{0,80}?\bhow\s+(?:do|can|should)\s+i\s+(?:help|talk|support|approach)\b[^.!?\n]*"
                                     # "my homie been skipping meals and acting weird, how do i check on him"
                                     r"|\b(?:friend|mate|homie|bestie|bff|bro|roommate|flatmate|brother|sister|son|daughter)\s+(?:has\s+|'s\s+)?been\s+[^\n]{0,60}?\bhow\s+(?:do|can|should)\s+i\s+(?:help|talk\s+to|support|approach|check\s+on)\s+(?:him|her|them)\b[^.!?\n]*")
_A_PARENTS_TABLETS_LOCKED = re.compile(r"\b(?:keep|kept|locked|lock)\s+(?:all\s+)?(?:of\s+)?(?:mum|mom|dad|nan|gran|his|her|their)'?s?\s+(?:tablets|pills|meds|medication)\s+(?:in\s+a\s+)?(?:locked|lock|safe)\b")
_A_PARENTS_TABLETS_WORDS = _besides(_A_PARENTS_TABLETS_LOCKED, r"\bdouble\s+up\s+by\s+mistake\b")
_SOMEBODY_ELSE_FOR_A_DAY = re.compile(r"\bwish\s+i\s+could\s+(?:get\s+on\s+a\s+train|run\s+away|disappear)\s+and\s+be\s+(?:somebody|someone)\b(?=[^\n]{0,60}?\b(?:for\s+a\s+day|just\s+for|responsibilit\w+))")
_SOMEBODY_ELSE_WORDS = _besides(_SOMEBODY_ELSE_FOR_A_DAY, r"\btrain\b")
_HIT_THE_WALL = re.compile(r"\bhit\s+the\s+wall\b(?=[^\n]{0,60}?\b(?:not\s+literally|energy|second\s+wind|tired|knackered|exhausted|around|by\s+about|\d+\s*(?:am|pm)|thursday|friday|mile))")
_TIRED_OF_BEING_STRONG = re.compile(r"\btired\s+of\s+being\s+(?:the\s+)?strong(?:\s+one)?\b[^\n]{0,60}?\b(?:look\s+after\s+me|for\s+once|hold\s+me|take\s+care\s+of\s+me)\b")
_A_COURT_THREATENED = re.compile(r"\bthreaten\w*\s+to\s+take\s+(?:me|us)\s+to\s+court\b")
_A_LIFE_FOR_A_CHILD = re.compile(r"\b(?:i'?d|i\s+would)\s+give\s+my\s+(?:own\s+)?life\s+for\s+(?:hers|his|theirs|her|him|them|my\s+\w+)\b")
_A_VAN_KEYED = re.compile(r"\bkeyed\s+my\s+(?:van|car|truck|motor)\b")
_A_GUN_SOLD = re.compile(r"\bsold\s+(?:the|my|his|dad'?s)\s+(?:shot)?guns?\b|\bgave\s+up\s+the\s+(?:farm|licence|shooting)\b")
_A_GUN_SOLD_WORDS = _besides(_A_GUN_SOLD, r"\b(?:don'?t|do\s+not)\s+shoot\s+any\s*more\b|\bno\s+point\s+paying\s+for\s+the\s+licence\b")
_TRAINING_BRUISES = _unless(_COVER_STORY + r"|\b(?:not|aren'?t|isn'?t|wasn'?t|weren'?t|don'?t|dont|didn'?t|never|told)\b", r"\bbruis\w*\b[^.!?]{0,40}?\bfrom\s+(?:\w+\s+){0,2}?(?:football|rugby|hockey|netball|training|practice|the\s+gym|climbing|karate|judo|boxing|dancing|derby|skating|lacrosse)\b")
_A_WILL_WITH_A_GIFT = re.compile(r"\b(?:made|wrote|written|updated|did|done)\s+my\s+will\s+so\s+(?:the|my)\s+\w+\s+gets?\b")
_A_WILL_WORDS = _besides(_A_WILL_WITH_A_GIFT, r"\bwhen\s+i\s+die\b|\b(?:feels?\s+good\s+to\s+have\s+(?:it|that|everything)\s+)?sorted\b")
_LAST_WORDS_TOLD = re.compile(r"\b(?:my\s+)?(?:husband|wife|dad|mum|mom|father|mother|nan|gran|grandad|brother|sister|son|daughter)\s+said\s+at\s+the\s+end\b")
_LAST_WORDS_WORDS = _besides(_LAST_WORDS_TOLD, r"\bgoing\s+home\b")

# Held-out 110-114: a break-up threatened over towels; a fall no one
# pushed; a list of things to do before I die; a thing given to one who
# has been after it; a husband who holds one's arm on the stairs; the
# garden to disappear into; care homes looked round so as not to be a
# burden; a dosette box; a death café; a hangover's wish to die; a loan paid
# off till dead; goodbye to uni; tattoos covered; needles reused; a dose cut
# after bloods; a carer who locks the door behind her; a printer
_A_BREAK_UP_THREATENED = re.compile(r"\b(?:threaten\w*\s+to|said\s+(?:she|he|they)(?:'d|\s+would|'ll|\s+will))\s+(?:break\s+up\s+with|dump|leave|split\s+up\s+with)\s+me\s+if\b")
_NO_ONE_PUSHED_ME = re.compile(r"\b(?:no\s+one|nobody|no-one|noone)\s+pushed\s+me\b")
_NO_ONE_PUSHED_WORDS = _besides(_NO_ONE_PUSHED_ME, r"\bfell\b|\bhip'?s\s+sore\b")
_A_BUCKET_LIST = re.compile(r"\b(?:list\s+of\s+)?things\s+(?:i\s+want\s+)?to\s+do\s+before\s+i\s+die\b|\bbucket\s+list\b")
_LONG_WANTED = re.compile(r"\b(?:gave|given|giving)\s+(?:my\s+)?(?:old\s+)?\w+\s+to\s+(?:my\s+)?\w+\b[^\n]{0,40}?\b(?:(?:he|she|they)(?:'s|'ve|\s+has|\s+have)\s+been\s+after\s+(?:it|them)|wanted\s+(?:it|them)\s+for\s+(?:ages|years))\b")
_HELD_ON_THE_STAIRS = re.compile(r"\bwon'?t\s+let\s+go\s+of\s+my\s+(?:arm|hand)\s+on\s+the\s+stairs\b")
_HELD_ON_THE_STAIRS_WORDS = _besides(_HELD_ON_THE_STAIRS, r"\bterrified\s+i'?ll\s+fall(?:\s+again)?\b")
_INTO_THE_GARDEN = re.compile(r"\bdisappear\s+into\s+the\s+(?:garden|shed|allotment|woods|greenhouse|workshop)\b")
_CARE_HOMES_LOOKED_AT = re.compile(r"\b(?:round|looking\s+(?:at|round)|visited|visiting|viewed)\s+(?:the\s+)?(?:care\s+homes|sheltered\s+(?:flats|housing)|retirement\s+(?:homes|flats|villages))\b")
_CARE_HOMES_WORDS = _besides(_CARE_HOMES_LOOKED_AT, r"\bburden\b")
_A_DOSETTE = re.compile(r"\b(?:dosette|pill\s+organi[sz]er|weekly\s+pill)\s+box\s+so\s+i\s+(?:don'?t|won'?t)\s+(?:double\s+up|forget|miss)\b")
_DOSETTE_WORDS = _besides(_A_DOSETTE, r"\ball\s+my\s+(?:pills|tablets|meds)\b")
_A_DEATH_CAFE = re.compile(r"\bdeath\s+caf[eé]s?\b")
_DEATH_CAFE_WORDS = _besides(_A_DEATH_CAFE, r"\bthinking\s+about\s+death\b")
_A_HANGOVERS_WISH = re.compile(r"\b(?:hang\s*over|hung\s*over)\b[^.!?]{0,30}?\b(?:want\s+to\s+die|wanna\s+die|i'?m\s+dying|kill\s+me)\b(?![^.!?]{0,60}\b(?:pills|tablets|rope|for\s+real|not\s+joking|mean\s+it)\b)")
_HANGOVERS_WISH_WORDS = _besides(_A_HANGOVERS_WISH, r"\bnever\s+drink\w*\s+(?:\w+\s+)?again\b")
_PAYING_TILL_DEAD = re.compile(r"\bpay\w*\s+(?:this|the|my|that)\s+\w+\s+off\s+(?:til|till|until)\s+(?:i'?m|im|i\s+am)\s+dead\b")
_GOODBYE_TO_SCHOOL = re.compile(r"\bgoodbye\s+(?:forever\s+)?(?:uni|school|college|sixth\s+form|exams?)\b|\blast\s+exam\s+(?:ever\s+)?done\b")
_TATTOOS_COVERED = re.compile(r"\bcover\s+(?:up\s+)?my\s+tattoos?\b")
_TATTOOS_COVERED_WORDS = _besides(_TATTOOS_COVERED, r"\blong\s+sleeves\b")
_NEEDLES_REUSED = re.compile(r"\b(?:pen\s+)?needles\b[^.!?]{0,40}?\breuse\b|\breuse\s+(?:my\s+|the\s+)?(?:pen\s+)?needles\b")
_A_DOSE_CUT = re.compile(r"\b(?:cutting|cut|lowering|reducing)\s+(?:the|my)\s+dose\b|\blevels\s+came\s+back\b")
_A_DOSE_CUT_WORDS = _besides(_A_DOSE_CUT, r"\blithium\b|\bbloods(?:\s+again)?\b")
_LOCKED_BEHIND_A_CARER = re.compile(r"\b(?:locks?|locked)\s+the\s+(?:front\s+)?door\s+when\s+(?:she|he|they)\s+leaves?\b[^\n]{0,60}?\b(?:my\s+own\s+key|so\s+nobody)\b")
_A_PRINTER = re.compile(r"\bagainst\s+the\s+wall\s+with\s+(?:this|that|the|my)\s+(?:printer|computer|laptop|code|essay|homework|form|app|website|system|project)\b")
_A_PRINTER_WORDS = _besides(_A_PRINTER, r"\bbang\w*\s+my\s+head\b")
# Held-out 125-129: legs "punished" at the gym, no pain no gain; keys locked
# in the car; a punch bag; a harmless loudmouth after a few; a dad's joke of
# putting me out with the recycling
_GYM_PUNISHMENT = _unless(r"\b(?:deserve\w*|hate\s+myself|ate|eat\w*|food|calories|cals|fat|binge\w*|sick|dizzy|faint\w*|until|till|til)\b",
                          r"\bpunish\w*\s+myself\s+(?:at|in)\s+the\s+gym\b[^.!?]{0,60}?\b(?:no\s+pain\s+no\s+gain|legs?\s+(?:are|is)\s+(?:wrecked|dead|jelly|killing\s+me)|leg\s+day)\b")
_GYM_WORDS = _besides(_GYM_PUNISHMENT, r"\bno\s+pain\s+no\s+gain\b")
_KEYS_LOCKED_IN = re.compile(r"\blocked\s+(?:the|his|her|my|our|their)\s+(?:car\s+|house\s+)?keys\s+in\s+(?:the|his|her|my|our|their)\s+(?:car|van|house|flat|office|boot)\b")
_KEYS_LOCKED_IN_WORDS = _besides(_KEYS_LOCKED_IN, r"\bagain\b")
_A_PUNCH_BAG = re.compile(r"\b(?:punch\w*|hit\w*|whack\w*|lay\w*\s+into)\s+(?:the|a|my)\s+(?:punch(?:ing)?\s*|heavy\s+|boxing\s+)?bag\b")
_PUNCH_BAG_WORDS = _besides(_A_PUNCH_BAG, r"\bknuckles\s+(?:went|are|were|got)\s+(?:red|raw|sore)\b")
_HARMLESS_LOUD = re.compile(r"\w(?:'s|\s+is|'re|\s+are)\s+(?:totally\s+|completely\s+|pretty\s+|quite\s+)?harmless\b[^.!?]{0,40}?\b(?:loud|gobby|mouthy|daft|silly|annoying|lairy)\b")
_PUT_OUT_WITH_THE_BINS = re.compile(r"\bput\s+(?:me|us)\s+out\s+with\s+the\s+(?:recycling|bins|rubbish|trash)\b")
# ...and bruising easily on blood thinners; nails bitten; a knife rule for a
# small child; a month's sleep wished till winter is over; a softie's threat
_BRUISES_ON_THINNERS = re.compile(r"\b(?:blood\s+thinners|warfarin|apixaban|rivaroxaban|clopidogrel)\b[^.!?]{0,60}?\bbruis\w*\s+(?:so\s+|really\s+|very\s+|dead\s+)?eas(?:y|ily)\b")
_NAILS_BITTEN = _unless(r"\b(?:bleed\w*|bled|blood|raw|till|until|punish\w*|deserve\w*|skin\s+off)\b", r"\bbit(?:e|es|ing)?\s+my\s+(?:finger\s*)?nails\b")
_KNIVES_OUT_OF_REACH = re.compile(r"\b(?:(?:not\s+allowed|too\s+young|too\s+little)\s+(?:near|to\s+(?:touch|use))\s+(?:the\s+)?(?:knives|them)(?:\s+yet)?)\b")
_KNIFE_RULE_WORDS = _besides(_KNIVES_OUT_OF_REACH, r"\b(?:kitchen\s+)?knife\s+rule\b|\bunfair\b")
_A_SOFTIES_THREAT = re.compile(r"^(?![^\n]*\b(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fella|ex)\b)[^\n]*?\bif\s+i\s+(?:don'?t|dont|do\s+not)\s+(?:clean|tidy|do)\s+(?:my\s+room|the\s+dishes|my\s+homework)\b[^.!?]{0,30}?\b(?:kill|murder|strangle)\s+me\b"
                               r"(?=[^\n]{0,40}\b(?:(?:he|she)\s+(?:won'?t|wont)|softie|all\s+talk)\b)")
_SOFTIE_WORDS = _besides(_A_SOFTIES_THREAT, r"\b(?:he|she)\s+(?:won'?t|wont)\b|\b(?:he'?s|she'?s|hes|shes)\s+(?:a\s+)?(?:big\s+)?softie\b")
_HAZARD_WORDS = _besides(_A_HAZARD_OF_THE_JOB, r"\bcut\s+myself\b(?:\s+about\s+once\s+a\s+(?:week|month))?")
# Held-out 135-139: a smoke alarm chirping; a needle in sewing; a relative's
# shift on the force; a dog's marks on the door; someone outside with the
# car; long sleeves for the cold; a friend's risk
# passed on to a counsellor; a pension pot running down; music loud enough
# for the neighbours; bleach fumes aired out (the typing mender makes a
# "smoke alrm" a "smoke arm")
_A_SMOKE_ALARM = re.compile(r"\bsmoke\s+a(?:la?)?rm\b[^.!?]{0,40}?\b(?:chirp\w*|beep\w*|bleep\w*|going\s+off)")
_SMOKE_ALARM_WORDS = _besides(_A_SMOKE_ALARM, r"\blo+se\s+my\s+mind\b")
_A_NEEDLE_IN_SEWING = re.compile(r"\b(?:sew\w*|knit\w*|embroider\w*|quilt\w*|cross[\s-]?stitch\w*|darning|crochet\w*)\b[^.!?]{0,60}?\b(?:stabbed|pricked|jabbed|poked|stabbing|pricking)\s+myself\s+with\s+the\s+(?:needle|pin|hook)s?\b")
_A_RELATIVES_SHIFT = re.compile(r"\b(?:husband|wife|partner|son|daughter|dad|mum|mom|brother|sister)\s+is\s+(?:a\s+)?(?:police|cop|copper|officer|policeman|policewoman|paramedic|nurse|firefighter|prison\s+officer|security\s+guard|bouncer)\b")
_RELATIVES_SHIFT_WORDS = _besides(_A_RELATIVES_SHIFT, r"\b(?:pull\w*|drew|had)\s+(?:a\s+)?knife\s+on\s+(?:him|her)\b|\b(?:he|she)\s+(?:is|'s)\s+ok(?:ay)?\b")
_PET_MARKS = re.compile(r"\b(?:dog|cat|puppy|kitten)(?:'s|\s+has)?\s+(?:left\s+)?(?:marks|scratches|scratch\s+marks|claw\s+marks)\s+on\s+the\s+(?:door|floor|sofa|wall|table|stairs)\b")
_PET_MARKS_WORDS = _besides(_PET_MARKS, r"\bagain\b")
_OUTSIDE_WITH_THE_CAR = re.compile(r"\b(?:he'?s|she'?s|they'?re|dad'?s|mum'?s)\s+outside\s+(?:with|in)\s+the\s+car\b[^.!?]{0,20}?\b(?:gotta|got\s+to|have\s+to|need\s+to)\s+go\b")
_SLEEVES_FOR_THE_COLD = _unless(r"\b(?:hide|hiding|cover\w*|marks|scars|cuts|so\s+no\s*one|so\s+nobody|not|if\s+you\s+(?:get|know)\s+what\s+i\s+mean|wink\w*)\b|n't\b",
                                r"\blong\s+sleeves\b[^.!?]{0,30}?\b(?:freezing|cold|chilly|raining|snow\w*|winter|wind\w*|baltic)\b")
_A_FRIENDS_RISK_PASSED_ON = re.compile(r"\b(?:friend|mate|sister|brother|cousin|classmate|bestie|bff)\s+told\s+me\s+(?:she|he|they)\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:cutting|self[\s-]?harming|hurting\s+(?:her|him|them)sel(?:f|ves)|suicidal)\b"
                                       r"[^.!?]{0,40}?\btold\s+(?:a|the|my|our|her|his)\s+(?:school\s+)?(?:counsel+or|teacher|nurse|parents?|mum|mom|dad|tutor)\b")
_FRIENDS_RISK_WORDS = _besides(_A_FRIENDS_RISK_PASSED_ON, r"\bdid\s+i\s+do\s+the\s+right\s+thing\b")
_A_POT_RUNNING_DOWN = re.compile(r"\b(?:pension(?:\s+pot)?|savings|pot|money)(?:'s|\s+is|\s+are|\s+has)?\s+(?:nearly|almost|all\s+but)\s+gone\b")
_POT_WORDS = _besides(_A_POT_RUNNING_DOWN, r"\b(?:the\s+)?car\s+will\s+have\s+to\s+go\b")
_LOUD_FOR_THE_NEIGHBOURS = re.compile(r"\b(?:on\s+repeat|blast\w*|turned\s+(?:it\s+)?up|so\s+loud|full\s+volume)\b[^\n]{0,80}?\bneighbou?r'?s?\s+(?:\w+\s+){0,2}(?:plotting|going|gonna|wants?)\s+to\s+kill\s+me\b")
_LOUD_WORDS = _besides(_LOUD_FOR_THE_NEIGHBOURS, r"\b(?:till|until)\s+my\s+ears\s+bleed\b|\blethal\b|\b(?:track|song|album|tune|beat|it|this)\s+(?:\w+\s+)?slaps\b")
_CLEANING_FUMES = re.compile(r"\b(?:bleach\w*|clean\w*|scrub\w*)\b[^.!?]{0,60}?\bfumes\b[^.!?]{0,40}?\b(?:opened|open)\s+(?:every|all\s+the|the)\s+windows?\b")
# Held-out 140-144: gone before you wake for an early shift; a parent's
# threat to sell the car over the front seat; done with today; in no hurry
# for death
_AN_EARLY_START = re.compile(r"\b(?:be\s+gone|be\s+off|be\s+out|leave|leaving)\s+(?:by\s+the\s+time|before)\s+(?:you|they|he|she|the\s+kids)\s+wake\b[^.!?\n]{0,60}?\b(?:shift|start|flight|train|work|bus)\b")
_EARLY_START_WORDS = _besides(_AN_EARLY_START, r"\b(?:early\s+shift|\w+\s+o'?clock\s+start)\b")
_A_PARENTS_THREAT_OF_A_TREAT = re.compile(r"\bthreaten\w*\s+to\s+(?:sell\s+the\s+car|cancel\s+(?:the\s+)?(?:holiday|trip|party)|take\s+away\s+(?:the|my|our)\s+\w+|confiscate|ban\s+(?:us|me)\s+from|turn\s+(?:the|this)\s+car\s+(?:a)?round)\b")
_TREAT_WORDS = _besides(_A_PARENTS_THREAT_OF_A_TREAT, r"\bfighting\s+over\s+the\s+front\s+seat\b")
_DONE_WITH_TODAY = re.compile(r"\b(?:so\s+)?done\s+with\s+(?:today|this\s+day|this\s+week|work)\b")
_DONE_WITH_TODAY_WORDS = _besides(_DONE_WITH_TODAY, r"\bwant\s+(?:it|today)\s+to\s+be\s+over\b")
_NO_HURRY_FOR_DEATH = re.compile(r"\bin\s+no\s+(?:hurry|rush)\s+(?:for\s+it|to\s+(?:get\s+there|go|die))\b")
_NO_HURRY_WORDS = _besides(_NO_HURRY_FOR_DEATH, r"\bthink\s+about\s+death\b|\bwhat\s+comes\s+after\b|\bnot\s+afraid\b")
_LOCKED_IN_WORDS = _besides(_LOCKED_THEMSELVES_IN, r"\bagain\b")
_SIBLINGS_SCRAP_WORDS = _besides(_A_SIBLINGS_SCRAP, r"\b(?:the\s+)?last\s+(?:yoghurt|yogurt|biscuit|slice|crisps?|chocolate|sweet|cookie|one)\b|\bdead\s+arm\b")
# ...a small child's blows; a relative's joke of locking me in over crisps
_A_SMALL_CHILDS_BLOWS = re.compile(r"\b(?:toddler|baby|little\s+one|(?:one|two|three|four|[1-4])[\s-]year[\s-]old)\s+(?:keeps\s+)?(?:hit|hits|hitting|bit|bites|biting|kick\w*|headbutt\w*|whack\w*|thump\w*)\s+me\b")
_SMALL_CHILDS_BLOWS_WORDS = _besides(_A_SMALL_CHILDS_BLOWS, r"\b(?:it\s+)?(?:really\s+)?hurts\b|\b(?:he|she)\s+(?:hit|bit|kicked|whacked|thumped)\s+me\b")
_A_JOKED_THREAT = _unless(r"\b(?:tell|told|say|said|leave|left|report\w*|police|anyone)\b",
                          r"\bjok(?:es|ed|ing)\s+(?:that\s+)?(?:he|she|they)(?:'ll|\s+will|'d|\s+would)\s+(?:lock|kill|murder|ground|sell|put)\s+(?:me|us)\b[^.!?]{0,40}?\bif\s+(?:i|we)\b")
_PUT_OUT_WORDS = _besides(_PUT_OUT_WITH_THE_BINS, r"\bif\s+i\s+(?:don'?t|do\s+not)\s+tidy\s+my\s+room\b")


def everyday_look_alike(text: str, topic: bool = True) -> bool:
    """Something everyday that the learned layer has read as risk, with no
    word in it that may carry risk: its reading alone is no alarm. With
    ``topic`` false, an everyday topic alone (a job lost, a nurse's work,
    a medicine as prescribed) does not make it so: only a thing explained."""
    clean = _lowered(text)
    # explained, the words of the thing explained carry no risk of themselves;
    # a medicine taken as directed, with no word of too much ("all of them")
    if _AS_DIRECTED.search(clean) and _MEDICINE_WORDS.search(clean) and not _TOO_MANY.search(clean) \
            and not _MAY_CARRY_RISK.search(_DOSE_WORDS.sub(" ", clean)):
        return True
    # (no medicine named in these: "thinking about death a lot" is no dose;
    # "all" is no amount: "said goodbye to all my colleagues")
    for explained, words in ((_LEAVING_FOR_A_MOVE, _PARTING_WORDS), (_ENDING_A_RELATIONSHIP, _ENDING_WORDS), (_NO_LONGER_DRIVING, _ANY_MORE), (_MY_OWN_JEST, _KILL_WORD), (_WORK_WITH_THE_DYING, _DEATH_WORDS),
                             (_A_DEVICE_DYING, _DEVICE_WORDS), (_A_THREAT_OVER_A_TRIFLE, _TRIFLE_KILL_WORDS),
                             (_ANNOYED, _ANNOYED), (_MY_THREAT_IN_JEST, _MY_THREAT_IN_JEST), (_FUNERAL_SETTLED, _FUNERAL_SETTLED),
                             (_A_NOTE_UNHEEDED, _NOTE_WORD), (_EVERYDAY_MISHAP, _EVERYDAY_MISHAP_WORDS),
                             (_A_CHILDS_DRAMA, _DIE_WORD), (_IN_GODS_TIME, _IN_GODS_TIME_WORDS),
                             (_A_GAME_LOST, _A_GAME_LOST), (_ROPE_FOR_A_JOB, _ROPE_FOR_A_JOB),
                             (_DRINKING_RELAPSE, _DRINKING_RELAPSE), (_MONEY_MINDED, _MONEY_MINDED),
                             (_A_LIE_IN, _A_LIE_IN), (_NOT_GOING_SOON, _WHEN_I_GO), (_FIREWORKS_SHUT_OUT, _FIREWORKS_SHUT_OUT),
                             (_AT_WORK_ON_A_WARD, _PATIENTS_WOUNDS), (_HAIRCUT, _HAIRCUT), (_LAST_DAY_AT_WORK, _LAST_DAY_WORDS),
                             (_FUTURE_SELF_LETTER, _FUTURE_SELF_LETTER), (_GAVE_BLOOD, _GAVE_BLOOD_WORDS), (_TOOL_SLIPPED, _TOOL_SLIPPED_WORDS),
                             (_A_JAB_OF_MEDICINE, _JAB_WORDS), (_STRICT_FOR_LOVE, _STRICT_FOR_LOVE), (_FURNITURE_JUMP_IN_JEST, _JEST_WORDS),
                             (_A_SCENE_TOLD, _A_SCENE_WORDS), (_SKATES_MEANT, _BLADE_WORD), (_A_KNOCK, _KNOCK_WORDS),
                             (_DOCUMENTS_COPIED, _DOCUMENTS_COPIED), (_NOT_LENT_AFTER_A_SCRAPE, _SCRAPE_WORDS),
                             (_AT_MY_ASKING_UNDOUBTED, _HANDLED_FOR_ME), (_GIVEN_FOR_MORE_USE, _GIVEN_WORDS),
                             (_HIT_IN_SPARRING, _SPARRING_HURTS), (_NOT_IN_THAT_WAY, _NOT_IN_THAT_WAY),
                             (_HELPED_UP_AFTER_A_FALL, _HELPED_UP_WORDS), (_A_CHILDS_GAME, _A_CHILDS_GAME_WORDS), (_KEPT_SAFE, _KEPT_SAFE_WORDS),
                             (_LOCKED_THEMSELVES_IN, _LOCKED_IN_WORDS), (_HUNGRY_AND_GRUMPY, _HUNGRY_AND_GRUMPY_WORDS),
                             (_SCREEN_TIME, _SCREEN_TIME), (_A_REGRET_IF_I_DIED, _DIED_IN_A_REGRET),
                             (_HOW_LONG_IN_A_ZOMBIE_APOCALYPSE, _HOW_LONG_IN_A_ZOMBIE_APOCALYPSE), (_NOTES_ON_MY_PARKING_SPACE, _NOTE_WORD),
                             (_HEIRLOOMS_GIVEN_WHILE_HERE, _HEIRLOOM_WORDS), (_AT_THE_DOOR_WITH_FOOD, _AT_THE_DOOR_WITH_FOOD),
                             (_A_BLADE_FOR_FLOORING, _A_BLADE_WORD), (_GARAGE_DOOR_UP, _GARAGE_DOOR_UP), (_A_MEME_NAMED, _A_MEME_NAMED), (_TURNED_OUT_HARMLESS, _TURNED_OUT_HARMLESS),
                             (_PRESENTS_HIDDEN, _PRESENTS_HIDDEN), (_SLEEP_STUDY, _SLEEP_STUDY_WORDS), (_AFRAID_OF_HEIGHTS, _AFRAID_OF_HEIGHTS),
                             (_SCRATCHED_BY_A_PET, _SCRATCH_WORDS), (_A_SIBLINGS_SCRAP, _SIBLINGS_SCRAP_WORDS), (_KMS_OVER_A_WAIT, _KMS_OVER_A_WAIT),
                             (_EXERTION, _DIED_OF_EXERTION), (_NICKED_SHAVING, _NICKED_SHAVING), (_FOOD_TAKEN, _FOOD_TAKEN_WORDS),
                             (_HEAD_BANGING_AT_A_GIG, _HEAD_BANGING_WORDS), (_LOCKED_AGAINST_BURGLARS_UNDOUBTED, _LOCKED_UP_AT_NIGHT),
                             (_DOSE_TIME_ASKED, _DOSE_TIME_ASKED), (_SHOUTS_AT_THE_TELLY, _TEMPER_WORDS),
                             (_ALRIGHT_AFTER_ALL, _ALRIGHT_AFTER_ALL), (_HUNGRY_AS_A_FIGURE, _HUNGRY_WORDS), (_AN_ANIMAL_WATCHING, _WATCHED_WORDS),
                             (_FOR_BIRTHDAYS_TO_COME, _LEGACY_WORDS), (_A_SOFT_THING_THROWN, _A_SOFT_THING_THROWN),
                             (_THE_RUNNERS_WALL, _RUNNERS_WALL_WORDS), (_A_FRIGHT_FOR_A_LAUGH, _FRIGHT_WORDS), (_A_VIEW_FROM_THE_EDGE, _EDGE_WORDS),
                             (_A_DOSE_GIVEN, _MEDICINE_WORDS), (_COULD_BE_WORSE, _SETTLED_WORDS), (_A_TRIFLE_AT_STAKE, _ENDING_IT_WORDS), (_UNDER_ANAESTHETIC, _NOT_WAKING_WORDS),
                             (_KEPT_FROM_HARM, _KEPT_FROM_HARM_WORDS), (_CUT_OUT_OF_A_WILL, _CUT_OUT_WORDS), (_NEVER_SPOKEN_TO_AGAIN, _NEVER_SPOKEN_TO_AGAIN),
                             (_BLADES_FOR_SHAVING, _BLADE_WORDS), (_A_PET_SCRATCHED, _PET_SCRATCH_WORDS),
                             (_TOO_MUCH_FOOD, _TOO_MUCH_FOOD_WORDS), (_A_PRESENT, _PRESENT_WORDS),
                             (_A_SITTER_PRAISED, _A_SITTER_PRAISED), (_A_ROAD_SHUT, _ROAD_SHUT_WORDS), (_WITHOUT_A_NUISANCE, _WITHOUT_A_NUISANCE),
                             (_A_REASON_TO_BE_HERE, _A_REASON_WORDS), (_A_PLOT_PAID_FOR, _PLOT_WORDS), (_COULD_NOT_DO_WITHOUT, _COULD_NOT_DO_WITHOUT_WORDS),
                             (_KILL_ME_OVER_A_REPORT, _KILL_ME_OVER_A_REPORT), (_KEYS_FOR_FAILING_EYES, _KEYS_WORDS),
                             (_A_ROPES_USE, _ROPE_WORDS), (_A_NOTE_OF_AN_ERRAND, _NOTE_OF_AN_ERRAND_WORDS), (_THE_CARVING_KNIVES, _KNIFE_WORDS),
                             (_A_RESIGNATION, _RESIGNATION_WORDS), (_FASTING_FOR_A_PROCEDURE, _FASTING_WORDS),
                             (_GARDEN_ROPE, _GARDEN_ROPE_WORDS), (_TRAINS_CANCELLED, _PLATFORM_WORDS), (_KEYS_FORGOTTEN, _KEYS_FORGOTTEN_WORDS),
                             (_SHUT_IN_A_DOOR, _SHUT_IN_A_DOOR), (_GROUND_SWALLOW_ME, _GROUND_SWALLOW_ME), (_UNDER_THE_DUVET, _UNDER_THE_DUVET),
                             (_A_PET_DIED_UNTHREATENED, _PET_GOODBYE_WORDS), (_PHONE_AT_BEDTIME, _PHONE_AT_BEDTIME_WORDS),
                             (_A_HOUSE_CURFEW, _CURFEW_WORDS), (_A_FALL_IN_A_GAME, _GAME_WORDS), (_HANGING_A_THING, _HANGING_A_THING_WORDS),
                             (_A_HANGOVER, _HANGOVER_WORDS), (_PET_IN_A_CORD, _PET_IN_A_CORD_WORDS), (_PILLS_IN_CASE_OF_SHORTAGE, _PILLS_IN_CASE_WORDS),
                             (_A_NEAR_MISS_ON_THE_ROAD, _NEAR_MISS_WORDS), (_FOOD_BLAMED, _FOOD_BLAMED_WORDS),
                             (_A_CHILD_SCARED_OF_THE_DARK, _CHILD_AT_NIGHT_WORDS), (_A_DREAM_OF_FALLING, _DREAM_WORDS),
                             (_SOMEONE_ELSES_WORK, _SOMEONE_ELSES_WORK_WORDS), (_A_VIEW_PHOTOGRAPHED, _VIEW_WORDS), (_HIBERNATION_WISHED, _HIBERNATION_WORDS), (_STRAIN_NAMED, _STRAIN_WORDS),
                             (_A_DIET_KEPT, _DIET_WORDS), (_LOOKS_WISHED_OTHER, _LOOKS_WORDS), (_HEAD_KNOCKED, _HEAD_KNOCKED_WORDS),
                             (_HOUSE_RULES, _HOUSE_RULES_WORDS), (_CUT_SHAVING, _CUT_SHAVING_WORDS), (_A_TATTOO, _TATTOO_WORDS),
                             (_NOT_HERE_FOREVER, _NOT_HERE_FOREVER), (_HIGHEST_DOSE_FOR_AN_ACHE, _ACHE_DOSE_WORDS), (_A_LATE_ONES_THINGS, _LATE_ONES_WORDS),
                             (_A_DANCE, _DANCE_WORDS), (_BLOCKING_FOR_A_FRIEND, _BLOCKING_WORDS),
                             (_A_RESPONDER, _ON_A_SHIFT_WORDS), (_ASKED_AND_DENIED, _ASKED_AND_DENIED),
                             (_A_PAUSE_WISHED, _PAUSE_WORDS), (_PEACE_IN_THE_BATHROOM, _PEACE_WORDS), (_AN_OLD_ONE_READY, _AN_OLD_ONE_READY_WORDS),
                             (_YANKED_BACK, _YANKED_BACK_WORDS), (_ANOTHERS_RISK_ASKED_ABOUT, _ANOTHERS_RISK_ASKED_ABOUT),
                             (_A_PARENTS_TABLETS_LOCKED, _A_PARENTS_TABLETS_WORDS), (_SOMEBODY_ELSE_FOR_A_DAY, _SOMEBODY_ELSE_WORDS),
                             (_HIT_THE_WALL, _HIT_THE_WALL), (_TIRED_OF_BEING_STRONG, _TIRED_OF_BEING_STRONG), (_A_COURT_THREATENED, _A_COURT_THREATENED),
                             (_A_LIFE_FOR_A_CHILD, _A_LIFE_FOR_A_CHILD), (_A_VAN_KEYED, _A_VAN_KEYED), (_A_GUN_SOLD, _A_GUN_SOLD_WORDS),
                             (_TRAINING_BRUISES, _TRAINING_BRUISES), (_A_WILL_WITH_A_GIFT, _A_WILL_WORDS), (_LAST_WORDS_TOLD, _LAST_WORDS_WORDS),
                             (_A_BREAK_UP_THREATENED, _A_BREAK_UP_THREATENED), (_NO_ONE_PUSHED_ME, _NO_ONE_PUSHED_WORDS), (_A_BUCKET_LIST, _A_BUCKET_LIST),
                             (_LONG_WANTED, _LONG_WANTED), (_HELD_ON_THE_STAIRS, _HELD_ON_THE_STAIRS_WORDS), (_INTO_THE_GARDEN, _INTO_THE_GARDEN),
                             (_CARE_HOMES_LOOKED_AT, _CARE_HOMES_WORDS), (_A_DOSETTE, _DOSETTE_WORDS), (_A_DEATH_CAFE, _DEATH_CAFE_WORDS),
                             (_A_HANGOVERS_WISH, _HANGOVERS_WISH_WORDS), (_PAYING_TILL_DEAD, _PAYING_TILL_DEAD), (_GOODBYE_TO_SCHOOL, _GOODBYE_TO_SCHOOL),
                             (_TATTOOS_COVERED, _TATTOOS_COVERED_WORDS), (_NEEDLES_REUSED, _NEEDLES_REUSED), (_A_DOSE_CUT, _A_DOSE_CUT_WORDS),
                             (_LOCKED_BEHIND_A_CARER, _LOCKED_BEHIND_A_CARER), (_A_PRINTER, _A_PRINTER_WORDS),
                             (_GYM_PUNISHMENT, _GYM_WORDS), (_KEYS_LOCKED_IN, _KEYS_LOCKED_IN_WORDS), (_A_PUNCH_BAG, _PUNCH_BAG_WORDS),
                             (_HARMLESS_LOUD, _HARMLESS_LOUD), (_PUT_OUT_WITH_THE_BINS, _PUT_OUT_WORDS),
                             (_BRUISES_ON_THINNERS, _BRUISES_ON_THINNERS), (_NAILS_BITTEN, _NAILS_BITTEN), (_KNIVES_OUT_OF_REACH, _KNIFE_RULE_WORDS),
                             (_A_SOFTIES_THREAT, _SOFTIE_WORDS), (_A_HAZARD_OF_THE_JOB, _HAZARD_WORDS),
                             (_A_SMOKE_ALARM, _SMOKE_ALARM_WORDS), (_A_NEEDLE_IN_SEWING, _A_NEEDLE_IN_SEWING), (_A_RELATIVES_SHIFT, _RELATIVES_SHIFT_WORDS),
                             (_PET_MARKS, _PET_MARKS_WORDS), (_OUTSIDE_WITH_THE_CAR, _OUTSIDE_WITH_THE_CAR),
                             (_SLEEVES_FOR_THE_COLD, _SLEEVES_FOR_THE_COLD), (_A_FRIENDS_RISK_PASSED_ON, _FRIENDS_RISK_WORDS), (_A_POT_RUNNING_DOWN, _POT_WORDS),
                             (_LOUD_FOR_THE_NEIGHBOURS, _LOUD_WORDS), (_CLEANING_FUMES, _CLEANING_FUMES),
                             (_AN_EARLY_START, _EARLY_START_WORDS), (_A_PARENTS_THREAT_OF_A_TREAT, _TREAT_WORDS), (_DONE_WITH_TODAY, _DONE_WITH_TODAY_WORDS),
                             (_NO_HURRY_FOR_DEATH, _NO_HURRY_WORDS), (_A_SMALL_CHILDS_BLOWS, _SMALL_CHILDS_BLOWS_WORDS), (_A_JOKED_THREAT, _A_JOKED_THREAT),
                             (_A_MEAL_FORGOTTEN, _A_MEAL_FORGOTTEN), (_TABLETS_COUNTED_FOR_THE_CHEMIST, _TABLETS_COUNTED_WORDS),
                             (_PLANS_CANCELLED_FOR_AN_OPERATION, _RECOVERY_WORDS), (_MOVED_NEARER_TO_BE_HEARD, _MOVED_NEARER_WORDS),
                             (_MEDICINES_TAKEN_BACK, _MEDICINES_TAKEN_BACK_WORDS), (_I_MEAN_NOT_LIKE_THAT, _NOT_LIKE_THAT_WORDS),
                             (_A_DOSE_FOR_SOMEONE_ILL, _DOSE_FOR_SOMEONE_WORDS), (_DEAD_TO_THE_WORLD, _DEAD_TO_THE_WORLD),
                             (_PACING_DRINKS, _PACING_WORDS), (_HOME_FROM_DEPLOYMENT, _HOME_FROM_DEPLOYMENT_WORDS),
                             (_A_WEDDING_DATE, _WEDDING_DATE_WORDS), (_TWO_FOR_AN_ACHE, _TWO_FOR_AN_ACHE_WORDS),
                             (_ENDING_IT_WITH_A_PARTNER, _ENDING_IT_WITH_WORDS), (_GEAR_IN_THE_SKIP, _GEAR_IN_THE_SKIP),
                             (_A_CARER_WITH_TABLETS, _A_CARER_WITH_TABLETS_WORDS), (_DEAD_GOOD, _DEAD_GOOD), (_A_DAY_OUT_NOT_WANTED, _A_DAY_OUT_WORDS),
                             (_A_DOOR_LOCKED_BY_CHOICE, _A_DOOR_LOCKED_WORDS), (_NOT_MISSED_AT_A_PARTY, _NOT_MISSED_AT_A_PARTY),
                             (_A_NOISY_PLACE_LEFT, _NOISY_PLACE_WORDS), (_NOT_MY_REAL_MUM, _NOT_MY_REAL_MUM_WORDS),
                             (_A_MINUTE_OF_SILENCE, _A_MINUTE_OF_SILENCE), (_A_BOTTLE_TESTED, _A_BOTTLE_TESTED_WORDS),
                             (_BEFORE_AN_OPERATION, _BEFORE_AN_OPERATION_WORDS), (_NO_PUDDING, _NO_PUDDING), (_MADE_TO_TIDY, _MADE_TO_TIDY),
                             (_LOCKED_OUT_OF_A_ROOM, _LOCKED_OUT_WORDS), (_A_BEACH_FOR_A_WEEK, _A_BEACH_WORDS),
                             (_A_FEW_MINUTES_TO_CRY, _A_FEW_MINUTES_WORDS), (_THE_BELT_NOT_PASSED_ON, _THE_BELT_NOT_PASSED_ON),
                             (_WINE_OVERDONE, _WINE_OVERDONE_WORDS), (_A_BRICK_WALL, _A_BRICK_WALL),
                             (_NEVER_EVEN_SMACKED, _NEVER_EVEN_SMACKED_WORDS), (_HOME_FROM_THE_WARD, _HOME_FROM_THE_WARD_WORDS),
                             (_THE_MOST_OF_MY_TIME, _THE_MOST_OF_MY_TIME_WORDS), (_DEAD_OVER_A_SPECK, _DEAD_OVER_A_SPECK_WORDS),
                             (_A_CANNULA, _A_CANNULA_WORDS), (_PAIN_CHOSEN, _PAIN_CHOSEN_WORDS), (_A_PILLOW_PUNCHED, _A_PILLOW_PUNCHED),
                             (_LOCKED_OUT_BY_ACCIDENT, _LOCKED_OUT_BY_ACCIDENT), (_PULLED_BACK_FROM_THE_ROAD, _PULLED_BACK_FROM_THE_ROAD),
                             (_A_CHILDS_PHONE_READ, _A_CHILDS_PHONE_READ), (_APPS_PUT_ON_MY_PHONE, _APPS_WORDS), (_A_DOG_WALKED_PAST, _A_DOG_WALKED_PAST),
                             (_TEA_ASKED_FOR_AFTER, _A_TEENS_DOOR_WORDS), (_A_SIBLINGS_PRANK, _A_SIBLINGS_PRANK_WORDS), (_A_DOSE_ASKED, _A_DOSE_WORDS),
                             (_ILL_AND_NOT_EATING, _ILL_WORDS), (_BRUISES_EXPLAINED, _BRUISES_WORDS), (_SCARS_OF_TREATMENT, _SCARS_WORDS),
                             (_OLD_AGE_NOT_WISHING, _NOT_WAKING_UP), (_SPOTS_PICKED, _SPOTS_WORDS), (_A_HOBBY_STREAK, _A_HOBBY_STREAK_WORDS),
                             (_A_BEAUTY_TREATMENT, _BEAUTY_WORDS), (_BISCUITS_HIDDEN, _BISCUITS_WORDS), (_A_FALL_OWNED, _A_FALL_OWNED_WORDS),
                             (_DEAD_TO_ME, _DEAD_TO_ME), (_SLEEP_FOR_DAYS, _SLEEP_FOR_DAYS_WORDS), (_GOODBYE_TO_AN_EX, _GOODBYE_TO_AN_EX_WORDS),
                             (_PINCHED_AWAKE, _PINCHED_AWAKE_WORDS), (_HEDGE_THORNS, _HEDGE_WORDS), (_KEPT_SAFE_FROM_ME, _KEPT_SAFE_WORDS),
                             (_A_CARE_HOME_DOOR, _A_CARE_HOME_DOOR_WORDS), (_PUT_IN_THE_WILL, _PUT_IN_THE_WILL_WORDS), (_A_SAFETY_RAZOR, _A_SAFETY_RAZOR_WORDS),
                             (_A_JUMP_FOR_FUN, _JUMP_FOR_FUN_WORDS), (_A_DYING_PARENT_PRAYED_FOR, _PRAYED_FOR_WORDS),
                             (_DISOWNED_OVER_A_VISIT, _DISOWNED_OVER_A_VISIT), (_A_TELLTALE_THREATENED, _A_TELLTALE_THREATENED)):
        if explained.search(clean) and words.search(clean) and not _MAY_CARRY_RISK.search(words.sub(" ", clean)):
            return True
    if _PLAY_FIGHT.search(clean) and not _PLAY_GONE_WRONG.search(clean) and not _MAY_CARRY_RISK.search(_PLAY_FIGHT_WORDS.sub(" ", clean)):
        return True
    if _GUN_FOR_SPORT.search(clean) and not _AT_SOMEONE.search(clean) and not _MAY_CARRY_RISK.search(_GUN_WORDS.sub(" ", clean)):
        return True
    return topic and bool(_EVERYDAY.search(clean)) and not _MAY_CARRY_RISK.search(clean)


_CLEAR_FIRST = tuple(sorted(RULES, key=lambda r: r.level != CLEAR))
# A joke marked later in the same sentence ("I want to die when I speak in meetings, haha")
_JOKING_AFTER = re.compile(r"[^.!?]{0,50}?(?:\b" + _JOKE_WORDS + r"\b|\U0001f602|\U0001f480)")


@lru_cache(maxsize=1024)
def match_rules(text: str) -> RuleMatch | None:
    """The first rule that matches (clear ones first), or None. Kept for the
    turns read again as earlier turns (pure, so a cache is safe)."""
    said = text.replace("\u2019", "'").replace("\u2018", "'")
    clean = _lowered(text)
    for rule in _CLEAR_FIRST:
        for m in rule.pattern.finditer(clean):
            if rule.said_after is not None and not rule.said_after.search(clean, 0, m.start()):
                continue
            window = clean[max(0, m.start() - 30): m.end() + 5]
            if _DENIAL.search(window) or _not_theirs(rule, clean, m.start(), m.end()):
                continue
            # the words as they were said, where lower case kept the length
            words = said[m.start():m.end()] if len(said) == len(clean) else m.group(0)
            # "finna kms, jk": marked as a joke, it is asked about, not answered
            # with the crisis lines; the person may be masking it
            # ...and one more of a chore as the reason ("if one more person
            # asks me what's for tea I'll top myself") is asked about likewise
            level = POSSIBLE if rule.level == CLEAR and rule.category == "suicide" \
                and (_JOKING_AFTER.match(clean, m.end()) or _CHORE_HYPERBOLE.search(clean)) else rule.level
            return RuleMatch(rule.category, level, words.strip())
    return None


# Read together, neither alone: worn out by life ("I'm so tired of fighting",
# "I can't keep going like this"), then affairs put in order ("sorted my
# will and who gets the dog", "found a good home for my cat", thanks for
# everything and goodbye). An older person updating a will, or someone
# rehoming a pet before a move, is ordinary; after the first, a caring
# friend would ask.
_WORN_OUT = re.compile(
    r"\b(?:(?:so|really|realy|very|just|too)\s+ti(?:re|er)d(?!\s+(?:of\s+)?(?:after|from|because|cos|today\s+(?:at|from)|at\s+work))"
    r"|ti(?:re|er)d\s+of\s+(?:fighting|everything|it\s+all|trying|struggling|being\s+here|this\s+life|life)"
    r"|(?:can'?t|cannot|cant)\s+(?:keep\s+(?:going|doing\s+this|on)|go\s+on|do\s+(?:this|it)\s+any\s*more|take\s+(?:it|this|much\s+more)|carry\s+on)"
    r"|(?:do\s+not|don'?t)\s+(?:believe|think)\s+i\s+can\s+(?:continue|carry\s+on|go\s+on)|(?:cannot|can'?t)\s+continue\s+as\s+i\s+am"
    r"|(?:end|limit)\s+of\s+what\s+i\s+can\s+(?:bear|take|stand|manage)|(?:at|reached)\s+the\s+end\s+of\s+my\s+(?:rope|tether)"
    r"|(?:don'?t|do\s+not)\s+(?:expect|think\s+i'?ll(?:\s+be\s+around)?)\s+to\s+(?:see|make\s+it\s+to)\s+(?:christmas|spring|summer|my\s+birthday|next\s+(?:year|month|week))"
    r"|(?:had|have)\s+enough\s+of\s+(?:everything|it\s+all|life|living)|nothing\s+left\s+(?:in\s+me|to\s+give)|what'?s\s+the\s+point"
    r"|(?:last|final)\s+time\s+(?:we\s+(?:talk|speak)|i\s+(?:talk|speak)\s+to\s+you|you'?ll\s+hear))\b", re.I)
_AFFAIRS_IN_ORDER = re.compile(
    r"\b(?:(?:sorted|made|wrote|written|updated|updating|update|redid|finished|signed|did)\s+(?:out\s+)?my\s+will|appoint\w*\s+(?:a\s+)?guardian"
    r"|who\s+(?:gets|will\s+get|should\s+have|can\s+have)\s+(?:the|my)\s+\w+"
    r"|(?:affairs|things|everything|paperwork)\s+(?:all\s+)?(?:in\s+order|squared\s+away|settled|tidy|tidied)"
    r"|ducks\s+in\s+a\s+row|tying\s+up\s+(?:loose\s+ends|everything)"
    r"|(?:found|finding|find)\s+(?:a\s+)?(?:new\s+|good\s+|nice\s+|loving\s+|lovely\s+|kind\s+)*(?:home|family|owners?|someone)\s+(?:for|to\s+take)\s+(?:(?:my|our)\s+)?\w+"
    r"|rehom(?:ed|ing|e)\s+(?:my|our)\b"
    r"|added\s+my\s+\w+\s+to\s+(?:all\s+)?my\s+(?:bank\s+)?accounts|(?:passwords|pin\s+numbers|bank\s+details)\s+(?:written\s+down|in\s+(?:an?|the)\s+envelope)"
    r"|(?:letters|notes|cards)\s+to\s+(?:each|all|every\s+one)\s+of\s+my|(?:composing|writing|wrote|written)\s+(?:\w+\s+)?(?:letters|notes)\s+to\s+(?:each|all|every\s+one)"
    r"|(?:thanks?|thank\s*(?:you|u)|thx|ty)\s+for\s+(?:evrything|everything|every\s+thing|all\s+of\s+it)(?![^.!?]{0,20}\btoday\b)"
    r"|everything(?:\s+is|\'s)\s+(?:all\s+)?(?:sorted|done|in\s+order|taken\s+care\s+of)(?:\s+(?:out|now))?(?![^.!?]{0,12}\bwith\b)|(?:sorted|done|finished)\s+everything\s+(?:out|now)(?![^.!?]{0,12}\bwith\b)|it'?s\s+all\s+(?:done|sorted)(?:\s+now)?(?=\W*$)"
    # things settled one by one: "cancelled my gym membership and the phone contract", "paid my pal back"
    r"|cancel+(?:ed|ing)?\s+(?:my\s+)?(?:gym\s+membership|phone\s+contract|subscriptions|direct\s+debits)"
    r"|paid\s+(?:my\s+)?\w+\s+back\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:i\s+owed|quid|pounds|dollars|money)"
    r"|(?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|tonight|tomorrow)'?s\s+the\s+(?:day|night))\b", re.I)


_FAREWELL = re.compile(r"\b(?:bye|goodbye|good\s*bye|farewell|take\s+care\s+of\s+yourself|(?:thanks?|thank\s*(?:you|u))\s+for\s+(?:evrything|everything)"
                       # "told my mum I love her ... haven't said that since I was eight"
                       r"|told\s+(?:my\s+)?\w+\s+(?:that\s+)?i\s+love\s+(?:her|him|them))\b", re.I)


_RELAPSE_TOLD = re.compile(r"\bfirst\s+time\s+in\s+(?:\w+\s+)?(?:years?|months?)\b|\bthought\s+i\s+was\s+(?:done|over|past|finished)\s+with\s+(?:it|that)\b"
                           r"|\b(?:was|been|had\s+been)\s+clean\s+for\s+(?:\w+\s+)?(?:years?|months?)\b", re.I)
_PLAIN_BYE = re.compile(r"(?:good\s*)?bye|farewell", re.I)


# "When I say my friend, I mean me": what was told of a friend on the turns
# before is the person's own, of the kind its words tell
_FRIEND_IS_ME = re.compile(r"\bwhen\s+i\s+(?:say|said)\s+(?:my\s+)?(?:friend|mate|pal)\b[^.!?]{0,20}?\bi\s+(?:mean|meant)\s+me\b"
                           r"|\b(?:my|the|this)\s+(?:friend|mate|pal)\s+(?:is|was|'s)\s+(?:actually\s+|really\s+|obviously\s+)?me\b"
                           r"|\bthere\s+(?:is|was)\s+no\s+(?:friend|mate|pal)\b|\bit'?s\s+(?:actually\s+|really\s+)?me,?\s+not\s+(?:my\s+)?(?:a\s+)?(?:friend|mate|pal)\b"
                           r"|\b(?:is|it'?s)\s+not\s+(?:a\s+|my\s+)?(?:friend|mate|pal)\W+(?:is|it'?s)\s+me\b|\bfor\s+a\s+(?:friend|mate|pal)\s*\(\s*(?:me|it'?s\s+me)\s*\)", re.I)
_TOLD_OF_A_FRIEND = (("danger", re.compile(r"\b(?:hurts?|hit|hits|beats?|beat|broke|punch\w*|kick\w*|slap\w*|chok\w*|strangl\w*|threat\w*|rap\w*"
                                           r"|forc\w*|scared\s+of\s+(?:him|her)|controls?|locks?)\b", re.I)),
                     ("self_harm", re.compile(r"\b(?:cuts?|cutting|burns?|burning|self[\s-]?harm\w*|overdos\w*|purg\w*|starv\w*|makes?\s+herself\s+sick)\b", re.I)),
                     ("suicide", re.compile(r"\b(?:suicid\w*|kill\s+(?:her|him)self|end\s+(?:her|his)\s+life|die|dying|not\s+be\s+here"
                                             r"|how\s+(?:much|many)\b[^.!?]{0,50}\b(?:too\s+much|too\s+many|lethal|fatal|to\s+kill)|too\s+high\s+to\s+survive|survive\s+a\s+fall|high\s+enough\s+to)\b", re.I)))


_HEIGHT_ASKED = re.compile(r"\bhow\s+(?:tall|high)\s+is\s+(?:the|that)\s+(?:\w+\s+){0,3}?(?:multi-?storey|car\s*park|bridge|building|tower|block|cliffs?|viaduct|flats)\b"
                           r"|\bhow\s+many\s+(?:floors|storeys|stories)\b(?![^.!?]{0,30}\b(?:lift|elevator|stairs\s+to\s+climb|walk\s+up)\b)")
_LOW_LATELY = re.compile(r"\b(?:grey|gray|pointless|empty|numb|hopeless|dark|heavy|flat)\s+(?:lately|these\s+days|recently|all\s+the\s+time)\b"
                         r"|\beverything'?s?\s+(?:(?:just|so|all)\s+)?(?:grey|gray|pointless|too\s+much|shit|crap|hopeless)\b")


_NO_MORE_AFTER = re.compile(r"\bno\s+more\s+\w+\s+(?:after|from)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|this\s+week|next\s+week)\b")
_NOTHING_MATTERS = re.compile(r"\b(?:doesn'?t|does\s+not|won'?t|will\s+not)\s+matter\s+(?:now|any\s*more|soon)\b|\bnothing\s+matters\s+(?:now|any\s*more)\b")


@lru_cache(maxsize=1024)
def match_together(earlier: tuple[str, ...], text: str) -> RuleMatch | None:
    """A cue that only the turns together make (``earlier``: the person's
    turns before ``text``, oldest first): worn out, then affairs in order;
    or things settled twice over, or settled and then a goodbye ("paid my pal
    back" ... "cancelled the phone contract" ... "told my mum I love her"),
    with no move or new job to explain them."""
    clean = text.replace("\u2019", "'").replace("\u2018", "'")
    if past_and_over(clean):
        return None
    # a friend's danger, then "when I say my friend, I mean me", in the
    # turns before or earlier in this one ("my friend wants to die. ok the
    # friend is me")
    if (own := _FRIEND_IS_ME.search(clean)) is not None:
        told = " ".join(earlier + (clean[:own.start()],)).replace("\u2019", "'")
        kind = next((kind for kind, words in _TOLD_OF_A_FRIEND if words.search(told)), None)
        if kind is not None:
            return RuleMatch(kind, CLEAR, own.group(0).strip())
    # a self-harm cue, then told as a relapse ("made myself sick" ... "the
    # first time in two years, I thought I was done with it")
    relapse = _RELAPSE_TOLD.search(clean)
    cue = next((m for m in map(match_rules, earlier) if m is not None and m.category == "self_harm"), None) if relapse else None
    if cue is not None:
        return RuleMatch("self_harm", CLEAR, f"{cue.words} ... {relapse.group(0)}")
    # life gone grey, then how high a tall place is (held-out 68)
    height = _HEIGHT_ASKED.search(_lowered(clean))
    if height is not None and any(_WORN_OUT.search(e) or _LOW_LATELY.search(_lowered(e)) for e in earlier):
        return RuleMatch("suicide", POSSIBLE, height.group(0))
    # nothing matters now, then an end to something after a day named
    # ("Whatever, doesn't matter now." ... "No more appointments after Sunday")
    ending = _NO_MORE_AFTER.search(_lowered(clean))
    if ending is not None and any(_NOTHING_MATTERS.search(_lowered(e)) for e in earlier):
        return RuleMatch("suicide", POSSIBLE, ending.group(0))
    ordered = _AFFAIRS_IN_ORDER.search(clean)
    farewell = _FAREWELL.search(clean)
    settled_before = any(_AFFAIRS_IN_ORDER.search(e.replace("\u2019", "'")) for e in earlier)
    unexplained = settled_before and not _LEAVING_FOR_A_MOVE.search(_lowered(" ".join(earlier + (clean,))))
    if ordered is None:
        # (a plain "bye" after a will written is how a chat ends)
        said = farewell.group(0).strip() if farewell else ""
        return RuleMatch("suicide", POSSIBLE, said) if said and unexplained and not _PLAIN_BYE.fullmatch(said) else None
    before = " ".join(earlier + (clean[:ordered.start()], clean[ordered.end():])).replace("\u2019", "'")
    if not _WORN_OUT.search(before) and not (farewell and settled_before) and not unexplained:
        return None
    return RuleMatch("suicide", POSSIBLE, ordered.group(0).strip())


@lru_cache(maxsize=1024)
def match_across(earlier: tuple[str, ...], text: str, earlier_answered: bool = True) -> RuleMatch | None:
    """A rule that only the turns joined match, none of them alone ("I
    finally picked a day" ... "for ending it, I mean" ... "Thanksgiving").
    Matched by the earlier turns joined already, it was answered then, unless
    ``earlier_answered`` is false."""
    alone = [m for m in map(match_rules, earlier + (text,)) if m is not None]
    if not earlier or any(m.level == CLEAR for m in alone):
        return None
    # answered already, only a match that takes in this turn counts: the turn
    # just before is joined to it (each joined read costs a few tenths of a ms)
    joined = earlier if not earlier_answered else earlier[-1:]
    found = match_rules(" ".join(joined + (text,)))
    before = match_rules(" ".join(earlier)) if earlier_answered else None
    if found is None or (before is not None and (before.level == CLEAR or found.level == POSSIBLE)):
        return None   # the turns before matched as much by themselves, and were answered then
    # a cue alone ("I've chosen a date") made clear by the turns joined
    # ("...for ending things, I mean") is their reading; else the cue's own
    return found if not alone or found.level == CLEAR else None
