"""Guard rules that catch the companion claiming to know better (H2 superior
knowledge, deference) or competing and minimising (H3)."""
from __future__ import annotations

from .guard_rule import Rule, _rx
from .vocabulary import HAVE_TO, MUST, NEED_TO, SHOULD, alternatives

# The modal phrases (vocabulary) after "obviously you" and "you clearly",
# with "need" alone ("you clearly need help") and the guard's own.
_OBVIOUSLY_MODAL = alternatives(("need",), HAVE_TO, MUST, SHOULD, (r"are\ (?:not|wrong)", r"do\ not", r"can\ not", "know"))
_CLEARLY_MODAL = alternatives((r"do\ not", "need"), HAVE_TO, (r"are\ not",))

SUPERIORITY_RULES: list[Rule] = [
    # H2: superior knowledge, deference --------------------------------------
    # the modal phrases (vocabulary) after "I know what you", with "need" alone
    Rule("H2", "deference", _rx(
        rf"""\b(?:trust\ me|believe\ me|take\ it\ from\ me|listen\ to\ me|mark\ my\ words|do\ as\ i\ say|you\ (?:\w+\ )?better\ listen|i\ am\ telling\ you|let\ me\ tell\ you
        |i\ know\ (?:what\ is\ |what's\ )?(?:best|better|right)\ for\ you|i\ know\ better|i\ know\ more\ than\ you|i\ know\ what\ you\ {alternatives(("need",), SHOULD, HAVE_TO, MUST)}
        |you\ are\ (?:just\ |simply\ |completely\ |totally\ |so\ |really\ |dead\ )?(?:wrong|mistaken|being\ (?:silly|ridiculous|irrational|dramatic|unreasonable))|you\ were\ wrong
        |that\ is\ (?:wrong|not\ true|not\ how\ it\ works)
        |the\ (?:(?:sad|hard|harsh|simple|honest|unfortunate|plain|brutal|painful|ugly|cold|bitter)\ )?(?:truth|reality|fact|real\ problem|real\ issue|bottom\ line)\ (?:is|of\ the\ matter\ is)\b(?!,?\ (?:that\ )?(?:i|we|there)\b)|what\ is\ really\ going\ on\ is|what\ you\ really\ (?:need|want|mean)\b
        |(?<!if\ )you\ do\ not\ (?:really\ )?(?:understand|know\ what\ you\ are|get\ it|see\ it)|you\ {alternatives(HAVE_TO)}\ (?:understand|realize|accept)\ that|you\ {alternatives(NEED_TO)}\ (?:hear|understand|realize)\ this
        |i\ assure\ you|i\ guarantee|i\ promise\ you\ (?:that\ )?(?:it|this|things)\ will|i\ am\ (?:sure|certain|positive)\ (?:that\ )?you\ (?:are|will|can)\ (?:wrong|fine)
        |(?:obviously|clearly)\ you\ (?:\w+\ )?{_OBVIOUSLY_MODAL}|you\ obviously|you\ clearly\ {_CLEARLY_MODAL}|(?<!let\ us\ )face\ (?:it|the\ facts)|(?<!you\ )(?<!\bi\ )(?<!we\ )(?<!they\ )(?<!to\ )(?:wake|grow)\ up(?!\ (?:in|at|early|with|and|every|each|the|to|from|feeling|next|one))
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
    # is the underlying issue", "you're stuck because of what your past taught
    # you", "Like it or not, you need…".
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

    # Foretelling the person's own life as a certainty: "You'll feel better
    # once you're settled", "Things will work out for you", "He'll come
    # around". Hope said as hope, a hedge, a question or a condition passes.
    Rule("H2", "foretells", _rx(
        r"""\b(?:(?<!if\ )(?<!when\ )you\ (?:will|are\ going\ to|are\ gonna)\ (?:definitely\ |surely\ |certainly\ |soon\ |eventually\ |one\ day\ |someday\ |absolutely\ |still\ )?(?:feel\ (?:better|good|happy|happier|great|fine|okay|ok|like\ yourself)|be\ (?:fine|okay|ok|alright|all\ right|happy|happier|stronger|better\ off|glad|grateful|proud\ of\ yourself|surprised)|find\ (?:someone|somebody|the\ one|love|a\ way|your\ way|happiness|peace|another)|get\ (?:through|over|past)\ (?:this|it|that|him|her)|meet\ someone|look\ back\ on|come\ out\ (?:of\ (?:this|it)\ )?stronger|move\ on|heal|thank\ yourself|laugh\ about|benefit|have\ a\ better|do\ (?:just\ )?(?:fine|great|well))
        |(?<!if\ )\bi\ am\ (?:so\ |really\ |very\ |absolutely\ |quite\ |100%\ )?(?:sure|certain|confident|positive)\ (?:that\ )?(?:you|your\ \w+|he|she|they|it|things|everything|this)\b[^.?!;]{0,40}?\bwill\b(?!\ not\ (?:judge|mind))
        |(?:this|it|that|these\ (?:\w+\ )?(?:days|nights|evenings|weeks|feelings|thoughts|moments|times)|the\ (?:pain|feeling|sadness|grief|hurt))\ will\ (?:soon\ |eventually\ |all\ )?pass\b
        |\byour\ (?:life|stress|pain|mood|anxiety|confidence|future|situation)\ (?:level\ )?will\ (?:definitely\ |surely\ |soon\ )?(?:be|get|become|improve|turn)\b
        |\b(?:in|with)\ time,?\ you\ will\b
        |(?:things|everything|it|life)\ (?:will|is\ going\ to|are\ going\ to)\ (?:definitely\ |surely\ |certainly\ |eventually\ |soon\ |all\ )?(?:get\ (?:better|easier)|work\ out|turn\ out\ (?:fine|okay|ok|well|alright|for\ the\ best)|be\ (?:fine|okay|ok|alright|all\ right|better|easier))
        |(?:he|she|they)\ (?:will|is\ going\ to|are\ going\ to)\ (?:definitely\ |surely\ |eventually\ |soon\ )?(?:come\ (?:around|round|back)|regret\ (?:it|this|losing)|miss\ you|see\ (?:sense|reason|what\ (?:they|he|she)\ (?:lost|had|is\ missing))))\b"""),
        unless_anywhere=_rx(r"\?$|\b(?:hope|hoping|hopefully|maybe|might|perhaps|i\ think|i\ wish|wish|could|probably|likely|if|unless|whether|as\ long\ as|the\ more|i\ am\ not\ sure|not\ sure)\b")),

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
