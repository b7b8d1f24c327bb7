"""Line-kind patterns: affirmation, recognising the person's strengths,
efforts or values ("That took real courage", "You've kept going")."""
from __future__ import annotations

import re

from .line_kinds_text import _any

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
