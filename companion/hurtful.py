"""A check on every spoken sentence: nothing glad, delighted or minimising
follows pain.

"So your husband threatened. I'm glad to hear it wasn't violence." is the
kind of sentence this exists for. Gladness is fine after good news ("I got
the job!"), and gladness that the person is talking is fine after anything
("I'm really glad you told me"); gladness or "at least" after pain is not.
Pure: no model, a few regular expressions.
"""
from __future__ import annotations

import re

from .vocabulary import BAD_AT, BETTER_AS_FEELING, HARSH_SELF_WORDS, HURT_FEELINGS, PAIN_WORDS, ROLES, alternatives

# The shared pain words (vocabulary), and more: grief, fear, violence and
# harm, loss of a job or a home, "so hard", "nobody", "never", and what
# others do to them (rudeness, a fight, an affair, pressure, no support,
# being made fun of or dismissed, a friendship ended, what does not help,
# being not understood), blame they take on, loneliness.
_MORE_PAIN = r"""pain(?:s|ful\w*|ed)?|sad(?:ly|ness|der|dest)?|cried|tears?|los(?:e|ing)|dying|funeral|grie\w+
    |miss(?:ing)?\s+(?:her|him|them)|terrified|fright\w*|anxious|anxiety|panic\w*|worthless|useless|numb
    |guilt\w*|worr(?:y|ied|ies|ying)|furious|(?:a|total|complete)\s+wreck|in\s+bits|gutted
    |put\s+(?:our|my|the|her|his)\s+(?:old\s+|lovely\s+)?(?:dog|cat|pet|puppy|kitten|horse|pony|rabbit)(?:\s+[A-Z]\w+)?\s+(?:down|to\s+sleep)|hate[ds]?|abus\w*|hit(?:s|ting)?|beat(?:s|en)?|kick\w*
    |threat\w*|knife|gun|attack\w*|rap(?:e|ed)|assault\w*|violen\w*|bully\w*|bullied|locks?|locked|starv\w*
    |cut(?:s|ting)?|burn\w*|suicid\w*|kill\w*|overdos\w*|pills?|tablets|harm\w*|scream\w*|shout\w*|yell\w*
    |left\s+me|dumped|sacked|divorc\w*|broke\s+up|break\s*up|ill(?:ness)?|cancer|hospital|diagnos\w*
    |evict\w*|homeless|tired|wrong|can'?t\s+cope|falling\s+apart|broken|unsafe|danger\w*
    |(?:so|very|really|too|just)\s+(?:hard|difficult|tough)|nobody|no\s*one|never|don'?t\s+want|wish\s+i
    |give\s+up|giving\s+up|mess(?:ed)?|fail\w*|miserable
    |(?:kept|keeps|keep)\s+asking\s+(?:for|where|about|after)\s+(?:his|her|their|my)\s+(?:mother|mum|mom|mam|dad|father|wife|husband)
    |(?:never|\w+n't|not|cannot)\s+(?:\S+\s+){0,8}?trust\w*|lied|cheat\w*|betray\w*
    |(?:growing|grew|drift\w*)\s+apart|stopped\s+(?:showing\s+up|talking|speaking|calling|texting|replying|coming)|ghost(?:ed|ing)|fired|laid\s+off
    |sucks?|rude(?:ly|ness)?|disrespect\w*|narcissis\w*|affair|fight(?:s|ing)?|fought|argu(?:e|ed|es|ing|ments?)|unfair
    |pressured?|(?:is|was|it's|its|been|be|are|were)\s+(?:hard|difficult|tough|rough)|can'?t\s+(?:help\s+(?:him|her|them)|afford)
    |(?:no|little|lack\s+of)\s+support|dismissive|(?:make|makes|made|making)\s+fun|furlough\w*|loneliness|sadden\w*|(?<!\bi\s)(?:does|do|did)(?:n'?t|\s+not)\s+(?:\w+\s+)?(?:help|understand)\b(?!\s+(?:you|with))|(?:was|were|been|got|get|being)\s+let\s+go\b(?!\s+of)|to\s+blame|can'?t\s+pay
    |(?:doesn'?t|does\s+not|didn'?t|did\s+not)\s+want\s+to\s+be\s+friends|(?:health|health\s+is|health's)\s+not\s+(?:good|great)|wish\s+(?:she|he|they|you)\s+(?:had\s+)?(?:never|had(?:n'?t|\s+not)|did(?:n'?t|\s+not))"""
# What the person said carries pain: hurt, loss, fear, harm, distress.
# "not as hopeless as I thought", "no longer scared": relief, not pain
_PAIN = re.compile(r"(?<!\bless\s)(?<!\bnot\sas\s)(?<!\bnot\sso\s)(?<!n't\sas\s)(?<!n't\sso\s)(?<!\bno\slonger\s)\b" + alternatives(PAIN_WORDS, (_MORE_PAIN,)) + r"\b", re.VERBOSE | re.IGNORECASE)

# Gladness, delight, relief or luck about what was said.
_GLAD = re.compile(r"""\b(?:glad|happy|delighted|pleased|thrilled|excited|relieved|lucky|fortunate|wonderful|fantastic
    |awesome|amazing|brilliant|great\s+(?:news|to\s+hear)|good\s+(?:news|to\s+hear|for\s+you)|nice\s+to\s+hear|love\s+(?:that|this|it|your|how|what|the)
    |congrat\w*|yay|hooray|what\s+a\s+(?:relief|treat|joy|(?:nice|lovely)\s+thing)|(?:that|it)(?:'s|\s+is)\s+(?:so\s+)?(?:nice|lovely)|(?:real|a|such\s+a)\s+(?:lift|boost)|heart-?warming|uplifting|something\s+to\s+celebrate)\b""", re.VERBOSE | re.IGNORECASE)

# Gladness about the person being here and talking, or an offer: fine after anything.
_GLAD_THAT_THEY_SPEAK = re.compile(r"""\b(?:glad|happy|grateful|pleased)\s+(?:that\s+)?(?:you(?:'re|\s+are)?\s+(?:still\s+)?(?:told|tell|shared?|said|say|reached|reach|came|come|talk\w*|here|trust\w*|let\s+me|opened|felt\s+able|asked|wrote|got\s+in\s+touch|called|texted|put\s+it)
    |we(?:'re|\s+are)?\s+(?:could\s+)?(?:talk\w*|here|sit|sat)|(?:it|this|that|talking|our\s+talk)\w*\s+(?:\w+\s+){0,2}(?:helped|helps|felt\s+worthwhile)
    |to\s+(?:listen|hear\s+more|hear\s+from\s+you|stay|talk|be\s+here|be\s+with|be\s+talking|keep\s+(?:you\s+company|talking)|sit\s+with|think|look|work|figure|go\s+through))
    |\bhappy\s+to\b|\b(?:i'd|i\s+would)\s+love\s+to\s+(?:hear|listen|know)\b|\bgood\s+to\s+hear\s+from\s+you\b
    |\bmakes?\s+me\s+glad\b""", re.VERBOSE | re.IGNORECASE)

# Good news said in words: what gladness needs ("my sister hasn't spoken to
# me since the wedding" has no pain word, and is no good news either).
# "finally" is good news when something came at last, not when a loss did
# ("my best friend finally stopped showing up")
# ...nor a decision whose point is not said ("I finally picked a day",
# "finally made my mind up"): it may be a plan to die, and gladness waits
_FINALLY_LOST = (r"(?!\s+(?:\w+\s+){0,2}?(?:stopped|left|quit|gave\s+up|broke|lost|ended|died|dumped|moved\s+out|walked\s+out|blocked|cut\s+\w+\s+off|fell\s+apart|gone|snapped)"
                 r"|\s+(?:\w+\s+){0,2}?(?:(?:picked|chose|chosen|set)\s+(?:a|the|my)\s+(?:day|date|time|night)|decided|made\s+(?:up\s+)?my\s+(?:mind(?:\s+up)?|decision)"
                 r"|ready|at\s+peace|sorted\s+(?:it|everything)(?:\s+out)?)\s*[.!]*\s*$)")
_GOOD_NEWS = re.compile(r"\b(?:finally" + _FINALLY_LOST + r"|passed(?!\s+(?:away|on))|got\s+(?:it|the\s+job|in|a\s+place)|relie\w*|"
                        # "glad that you understand" thanks the listener; it is no news
                        r"(?:glad|happy)(?!\s+(?:that\s+)?(?:you|u)\s+(?:understand|get\s+it|listened|listen|are\s+here|were\s+here|care))|proud|excited|"
                        r"good\s+news|went\s+(?:well|fine)|worked\s+out|managed\s+to|felt\s+good|nice\s+about|"
                        r"(?:feel|feeling|felt|doing|getting|got|am|i'm|it's|is|are|was|were|things\s+are)\s+"
                        r"(?:a\s+(?:bit|little|lot)\s+|much\s+|so\s+much\s+|way\s+)?" + BETTER_AS_FEELING + r"|"
                        r"less\s+(?:anxious|stressed|worried|scared|lonely|down|low|tense|panick\w*)"
                        # news of a start: "I'll be starting a new job soon", "I got a promotion" (not
                        # a new job far from all of one's family: read blind, met as good news it
                        # missed the worry)
                        r"|start\w*\s+(?:a|my|the)\s+new\s+jobs?\s+(?:soon|next|on|this)|(?:got|landed)\s+(?:a|my|the)\s+promotion|got\s+promoted"
                        r"|(?:got\s+)?accepted\s+(?:into|onto|to|at)|got\s+engaged"
                        # a place won: "I got shortlisted for the band 6 post", "Aoife got picked
                        # for the county panel", "i made jazz band", "got the part time job at
                        # Tesco", "best in class" (read blind, each went without a word of gladness)
                        r"|(?:got|been|was|were|get|gets)\s+shortlisted|(?:got|been|was|were|gets?)\s+(?:picked|selected|chosen)\s+(?:for|to|as)\b(?!\s+(?:\w+\s+)?(?:redundancy|layoffs?|the\s+chop|jury))"
                        r"|made\s+(?:the\s+|it\s+(?:in)?to\s+the\s+)?(?:\w+\s+)?(?:team|squad|band|choir|orchestra|cut|panel|shortlist|finals?)"
                        r"|got\s+(?:the|a|an)\s+(?:(?:part|full)[\s-]time\s+|summer\s+|weekend\s+|saturday\s+)?(?:job|role|offer|scholarship|apprenticeship|internship|place)\s+(?:at|on|with)\b"
                        r"|(?:best|top)\s+(?:in|of)\s+(?:the\s+|his\s+|her\s+|my\s+|their\s+)?(?:class|year|school|group))\b",
                        re.IGNORECASE)

# Minimising: always hurtful after pain.
_MINIMISE = re.compile(r"""\bat\s+least\b|\b(?:worried|worrying|upset|making\s+a\s+fuss)\s+(?:about|over)\s+nothing\b
    |\b(?:you'?re|you\s+are)\s+(?:just\s+)?(?:over\s*react\w*|being\s+(?:silly|dramatic|oversensitive))\b|\b(?:wasn'?t|isn'?t|was\s+not|is\s+not)\s+(?:(?:that|so|too|really)\s+)?(?:bad|serious|violence|violent|abuse|a\s+big\s+deal)\b
    |\b(?:could|might)\s+(?:have\s+been|be)\s+worse\b|\bno\s+big\s+deal\b|\bnot\s+(?:the\s+)?end\s+of\s+the\s+world\b
    |\b(?:it\s+)?happens\s+to\s+(?:everyone|everybody|all\s+of\s+us)\b|\blook\s+on\s+the\s+bright\s+side\b|\bsilver\s+lining\b
    |\beverything\s+happens\s+for\s+a\s+reason\b|\bcheer\s+up\b|\b(?:you'?ll|you\s+will)\s+get\s+over\s+it\b""",
                       re.VERBOSE | re.IGNORECASE)


def sounds_glad(sentence: str) -> bool:
    """Whether a sentence speaks gladness, delight or relief."""
    return bool(_GLAD.search(sentence.replace("\u2019", "'")))


def carries_pain(heard: str) -> bool:
    heard = heard.replace("\u2019", "'")
    return bool(_PAIN.search(heard) or _PASSED_AWAY.search(heard))


def names_pain(heard: str) -> bool:
    """Pain said in words, not only a "never" ("I never take the flu shot")
    or "I'd hate to":
    what a reaction of sorrow needs. Gladness is still held back after any
    word of ``carries_pain``."""
    heard = heard.replace("\u2019", "'")
    return bool(_PASSED_AWAY.search(heard)) or any(
        m.group(0).lower() != "never" and not re.match(r"hate\s+to\b", heard[m.start():], re.I)
        and not denied_before(heard[:m.start()])
        for m in _PAIN.finditer(heard))


# "I'm not worried", "I don't feel sad", "no longer scared": a feeling named
# to deny it. "I can't stop crying" is no denial.
_DENIED_BEFORE = re.compile(r"(?:\bnot|n't|\bnever|\bno\s+longer|\bnor)\s+(?:(?:feel|feeling|felt|that|so|too|super|very|really|"
                            r"even|been|be|being|particularly|overly|all|at\s+all)\s+){0,2}$", re.IGNORECASE)


def denied_before(text_before: str) -> bool:
    """Whether the words just before a feeling deny it."""
    return bool(_DENIED_BEFORE.search(text_before))


_NEGATED = re.compile(r"\b(?:not|no|never|hardly|n't|nothing|until|till|unless|if|once|when|hope|hoping|wish|want|pretend\w*|"
                      r"how\s+(?:can|could|am|would)\s+i)\b"
                      r"(?:\s+\S+){0,3}\s*$|n't\s+(?:\S+\s+){0,3}$", re.IGNORECASE)


# "my father passed last year": a death, never good news
_PASSED_AWAY = re.compile(r"\b(?:(?:father|mother|dad|daddy|mum|mom|husband|wife|son|daughter|brother|sister|grand\w+|gran|nan|"
                          r"nana|friend|partner|uncle|aunt|auntie|cousin|boyfriend|girlfriend|baby|dog|cat|he|she|they|who)"
                          r"(?:\s+(?:has|had|just|sadly|recently|suddenly))*\s+passed|passed\s+away)\b"
                          r"(?!\s+(?:my|the|her|his|their|our|its|all|both|it|with|first|every|an?)\b)"
                          # "an old friend from school passed.": a few words between, and
                          # nothing passed after it
                          r"|\b(?:father|mother|dad|daddy|mum|mom|husband|wife|son|daughter|brother|sister|grand\w+|gran|nan|nana|friend|partner"
                          r"|uncle|aunt|auntie|cousin|boyfriend|girlfriend|baby|dog|cat|neighbou?r|colleague|teacher|classmate)\b"
                          r"[^.!?;]{0,50}?\b(?:has\s+|had\s+|just\s+)?passed(?=\s*(?:[.!?,;]|$)|\s+(?:on|yesterday|today|tonight|"
                          r"(?:last|this)\s+\w+|recently|suddenly|in\s+(?:his|her|their)\s+sleep)\b)", re.IGNORECASE)


# Someone's news told as a grievance, a pattern done to them ("Becca always
# does this. my graduation, she got engaged that same week"): read blind,
# "What a nice thing to share" was hurtful
_GRIEVANCE = re.compile(r"\b(?:always|every\s+(?:single\s+)?time|never\s+fails\s+to)\s+(?:does|do|did|has\s+to|makes?|manages?\s+to|pulls?|steals?)\b"
                        r"|\b(?:upstag\w*|steal\w*\s+(?:my|the)\s+(?:thunder|moment|spotlight)|of\s+course\s+(?:she|he|they)\s+(?:did|does|had\s+to))\b", re.I)


def good_news(heard: str) -> bool:
    """Good news said in words, and not negated ("I haven't been happy in
    months", "the only one who hasn't got a place"); support they have is
    good news too ("my church has been really supportive"). None told as a
    grievance."""
    text = _PASSED_AWAY.sub(" ", heard.replace("\u2019", "'"))
    if _GRIEVANCE.search(text):
        return False
    # support told with pain is not gladness: "They are very supportive.
    # That is partly why it hurts so much."
    return any(not _NEGATED.search(text[:m.start()]) for m in _GOOD_NEWS.finditer(text)) or (
        speaks_of_support(text) and not names_pain(text))


# Support the person has: "My church has been really supportive through all
# this", "my sister has been a rock", "my husband very support me", "I'm
# lucky to have my family". Read blind, it was met with a line for a burden
# ("That would weigh on me too").
_SUPPORTERS = (r"(?:church|faith|family|friends?|mates?|sister|brother|sis|bro|mum|mom|mother|dad|father|parents|partner|husband|wife"
               r"|boyfriend|girlfriend|fianc[eé]e?|kids|children|son|daughter|neighbou?rs?|boss|manager|team|colleagues|co-?workers"
               r"|community|group|therapist|counsel+or|doctor|gp|nurses?|teachers?|nan|nana|gran|granny|grandma|grandmother|grandad"
               r"|grandpa|aunt|auntie|uncle|cousins?|dog|cat|pets?|people|everyone|everybody|pastor|priest|congregation|bestie|bff"
               r"|best\s+friend|workplace|work|school|uni|job\s+centre|support\s+group)")
_SUPPORT = re.compile(
    r"\bsupportive\b|\b(?:really\s+|very\s+|so\s+|always\s+)?support(?:s|ed|ing)?\s+me\b"
    r"|\b(?:(?:my|our|the)\s+(?:\w+\s+){0,2}?" + _SUPPORTERS + r"|they|he|she|everyone|everybody)"
    r"(?:'s|'re|'ve|\s+has|\s+have|\s+had|\s+is|\s+are|\s+was|\s+were)(?:\s+(?:just|honestly|all))?(?:\s+been)?\s+"
    r"(?:(?:so|really|very|incredibly|absolutely|absolute|super|amazingly|truly|such|an|a|proper|dead|ever\s+so|honestly)\s+)*"
    r"(?:kind|good\s+to\s+me|amazing|brilliant|wonderful|lovely|great(?!\s+deal)|fantastic|helpful|understanding|patient|caring"
    r"|there\s+for\s+me|rock|star|godsend|life\s*saver|blessing|great\s+help|big\s+help|comfort|my\s+rock|by\s+my\s+side)\b"
    r"(?!\s*,?\s+(?:at|of|until|till|before|to\s+(?:others|everyone\s+else))\b)"
    r"|\b(?:keeps?|kept)\s+me\s+going\b|\b(?:helps?|helped)\s+me\s+(?:get\s+through|cope|so\s+much|a\s+lot|keep\s+going)\b"
    r"|\b(?:lucky|blessed|grateful|thankful)\s+(?:to\s+have|for)\b(?!\s+(?:you|u)\b)|\bcheck(?:s|ed)?\s+(?:in\s+)?on\s+me\b"
    r"|\b(?:been|is|are)\s+there\s+for\s+me\b|\bstood\s+by\s+me\b|\b(?:got|have|has)\s+my\s+back\b"
    r"|\b(?:got|have)\s+(?:a\s+|some\s+)?(?:good|great|lovely|strong|solid)\s+(?:support|friends|people|network|family|group)\b", re.IGNORECASE)


def speaks_of_support(heard: str) -> bool:
    """Whether the person tells of support they have, not negated ("my
    family hasn't been supportive", "I wish my friends checked on me")."""
    text = heard.replace("\u2019", "'")
    return any(not (_NEGATED.search(text[:m.start()]) or _NOBODY.search(text[:m.start()])
                    or (_GRATITUDE.match(m.group(0)) and _NEGATED_FURTHER.search(text[:m.start()])))
               for m in _SUPPORT.finditer(text))


# Gratitude denied further back: "too worn out these days to feel grateful
# for anything small" tells of no support (it was met with "Having that to
# lean on can mean a lot").
_GRATITUDE = re.compile(r"(?:lucky|blessed|grateful|thankful)\b", re.IGNORECASE)
_NEGATED_FURTHER = re.compile(r"\b(?:not|no|never|hardly|n't|can'?t|cannot|unable|too\s+(?:\w+\s+){1,3}to)\b(?:\s+\S+){0,7}\s*$", re.IGNORECASE)


_NOBODY = re.compile(r"\b(?:nobody|no\s*one|noone|none\s+of\s+\w+|used\s+to|would|could)(?:\s+\S+){0,4}\s*$", re.IGNORECASE)


# Their harshest words about themselves said back as fact: "You've wasted so
# much time, if I'm hearing you right" agrees with the judgement. Said as
# what they feel or think ("it sounds like you feel you've wasted...") it
# is a reflection, and fine.
_JUDGES_THEM = re.compile(
    r"\byou(?:'re|\s+are|\s+were|'ve\s+been|\s+have\s+been)\s+(?:such\s+|a\s+|an\s+|so\s+|too\s+|really\s+|just\s+|the\s+|definitely\s+|def\s+|way\s+|kind\s+of\s+|kinda\s+|probably\s+|honestly\s+|always\s+)*"
    r"(?:" + alternatives(HARSH_SELF_WORDS) + r"|burden|disappointment|disgrace|ugly|lazy|selfish|hopeless\s+case"
    r"|" + alternatives(BAD_AT) + r"\s+" + alternatives(ROLES) + r"|not\s+good\s+enough|to\s+blame)\b"
    r"|\byou(?:'ve|\s+have)?\s+(?:\w+\s+)?(?:wasted|ruined|destroyed|thrown\s+away|messed\s+up|screwed\s+up|failed\s+(?:at\s+)?(?:everything|everyone|life|(?:your|the)\s+(?:kids|children|family)))\b"
    r"|\b(?:it'?s|it\s+is|it\s+was)\s+(?:all\s+)?your\s+(?:own\s+)?fault\b"
    # "maybe I deserved it" given back agrees that they did ("you deserve
    # better" is no judgement)
    r"|\byou\s+(?:\w+\s+)?(?:deserved?|deserves)\s+(?:it|this|that|all\s+(?:of\s+)?(?:it|this|that)|what\s+(?:happened|\w+\s+did)"
    r"|to\s+be\s+(?:hurt|treated\s+(?:like\s+that|badly|that\s+way|like\s+(?:dirt|rubbish|trash|crap))|hit|left|dumped|cheated|alone|punished|abandoned|used|ignored|yelled|shouted))\b"
    r"|\byou\s+(?:\w+\s+)?(?:asked\s+for\s+it|had\s+it\s+coming|brought\s+(?:it|this|that)\s+on\s+yourself)\b", re.I)
_AS_THEIR_VIEW = re.compile(r"\b(?:feel\w*|felt|think\w*|believe\w*|worr\w+|afraid|scared|fear\w*|wonder\w*|tell(?:ing)?\s+yourself"
                            r"|blam\w+\s+yourself|see\s+yourself|hard\s+on\s+yourself|not|never|n't)\b", re.I)


def judges_them(sentence: str) -> str | None:
    """The words that state the person's harsh judgement of themselves as
    fact, or None."""
    text = sentence.replace("\u2019", "'")
    m = _JUDGES_THEM.search(text)
    return m.group(0) if m and not _AS_THEIR_VIEW.search(text[:m.start()]) else None


def hurtful_words(sentence: str, heard: str, their_words: str = "") -> str | None:
    """The words that make ``sentence`` hurtful after ``heard`` (what the
    person said in this turn and just before), or None. With ``their_words``
    (the turn a reflection gives back), gladness in their own words is theirs,
    said back, not the companion's at their pain ("So you love the animals"
    after a cancelled fair)."""
    text = sentence.replace("\u2019", "'")
    judged = judges_them(text)
    if judged is not None:
        return judged
    if not carries_pain(heard):
        return None
    m = _MINIMISE.search(text)
    if m:
        return m.group(0)
    for m in _GLAD.finditer(text):
        # "I'm glad you told me" is gladness that they speak, not at their pain
        if not any(ok.start() <= m.start() < ok.end() for ok in _GLAD_THAT_THEY_SPEAK.finditer(text)) \
                and not (their_words and re.search(r"\b" + re.escape(m.group(0)) + r"\b", their_words, re.I)):
            return m.group(0)
    return None


# A turn said laughing, with nothing grave in it ("worst case she says no and
# I just do pottery on my own lol", "lol side note the baby just kicked like
# she's mad too"): read blind, "That sounds really hard" misread it. Grave
# is narrower than pain ("worst", "hate" and "mad" are said in jest): the hurt
# feelings, death, illness and harm, and a setback or betrayal told wryly
# ("lol my mum died last year", "...still can't forgive him lol", "she
# passed lol" after failing).
_LAUGHS = re.compile(r"\b(?:lol+|lmao+|haha+|hehe+|ha\s+ha|rofl)\b|(?:^|[.!,]\s*)ha\b|[\U0001F602\U0001F923\U0001F605]", re.I)
_GRAVE = re.compile(r"\b(?:" + alternatives(HURT_FEELINGS) + r"|died|dies|dead|death|passed\s+away|funeral|cancer|hospital|cry|cried|crying|tears"
                    r"|abus\w*|hurt\w*|hit|hits|beat|beats|terrified|depress\w*|suicid\w*|kill\w*|harm\w*|cut|cutting|pain\w*"
                    r"|miss(?:ing)?\s+(?:her|him|them)|worthless|panic\w*|anxious|anxiety"
                    r"|cheat\w*|betray\w*|forgive|jealous|struggl\w*|(?:hard|difficult)\s+for\s+me|can'?t\s+(?:cope|stop|sleep|move\s+on)"
                    r"|exhaust\w*|knackered|embarrass\w*|humiliat\w*|fail\w*|everyone\s+(?:\w+\s+){0,3}?(?:knows|saw|heard))\b", re.I)


def said_lightly(text: str) -> bool:
    """Whether a turn is said laughing with nothing grave in it: no
    reaction of hardship fits it."""
    return bool(_LAUGHS.search(text)) and not _GRAVE.search(text)
