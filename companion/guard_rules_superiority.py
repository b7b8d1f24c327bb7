"""Guard rules that catch the companion claiming to know better (H2 superior
knowledge, deference) or competing and minimising (H3)."""
from __future__ import annotations

from .guard_rule import Rule, _rx
from .guard_vocabulary import _CRISIS_RESOURCE
from .vocabulary import HAVE_TO, MUST, NEED_TO, ROLES, SHOULD, alternatives

# The modal phrases (vocabulary) after "obviously you" and "you clearly",
# with "need" alone ("you clearly need help") and the guard's own.
_OBVIOUSLY_MODAL = alternatives(("need",), HAVE_TO, MUST, SHOULD, (r"are\ (?:not|wrong)", r"do\ not", r"can\ not", "know"))
_CLEARLY_MODAL = alternatives((r"do\ not", "need"), HAVE_TO, (r"are\ not",))

# A hedge said with a prediction makes it a guess, not a claim to know.
_HEDGE = r"""hope|hoping|hopefully|maybe|might|perhaps|i\ wish|wish|could|probably|likely|possibl[ey]|may"""
# ...and a hedge that governs a prediction: an adverb of doubt anywhere, a
# tentative modal only in the main clause ("that life might throw at you"
# hedges nothing).
_HEDGE_SAID = r"""\b(?:hope|hoping|hopefully|maybe|perhaps|i\ wish|wish|probably|likely|possibl[ey])\b|^(?:(?!\b(?:that|which|who|whatever|whichever)\b)[^?])*?\b(?:might|may|could)\b"""
# What the person is told will happen to them ("you'll feel more ready",
# "you'll know what to do", "you'll come out of this", "you'll see").
_FORETOLD = r"""(?:feel\ (?:(?:completely\ |totally\ |so\ |very\ |a\ lot\ |much\ )?different(?:ly)?\b|(?:so\ |much\ |a\ lot\ |way\ |far\ )*(?:more|less)\ \w+|(?:so\ |much\ |a\ lot\ |way\ |far\ )*(?:better|good|happy|happier|great|fine|okay|ok|like\ yourself|\w+er\b|ready|relaxed|confident|at\ peace|free|safe|proud|stronger|clearer)|the\ )
    |be\ (?:(?:just|so|much|way|a\ lot|absolutely|totally|perfectly|more\ than)\ )*(?:fine|okay|ok|alright|all\ right|happy|happier|stronger|better\ off|glad|grateful|proud\ of\ yourself|surprised|a\ (?:completely\ |totally\ )?(?:different|new|better)\ person|ready)
    |find\ (?:someone|somebody|the\ one|love|a\ way|your\ way|happiness|peace|another|that|it\ (?:easier|harder)|out|yourself)|get\ (?:through|over|past)\ (?:this|it|that|him|her)|meet\ someone|look\ back(?:\ on)?|come\ out\ of\ (?:this|it)|come\ out\ (?:of\ (?:this|it)\ )?stronger|move\ on|heal|thank\ (?:yourself|him|her|them|us|life|the\ \w+)|laugh\ about|benefit
    |have\ (?:a\ better|your\ answer|no\ (?:trouble|problem|issue)s?|any\ (?:trouble|problems?|issues?))|do\ (?:just\ )?(?:fine|great|well|okay|ok|amazing)|know\ (?:what|how|when|where|who|that|it|the\ answer)|see\b(?=\ *(?:[.,!]|$|that|i\ am\ right))
    |understand\ (?:why|what|how|that|it|one\ day|eventually|when)|realise\ (?:why|what|how|that)|realize\ (?:why|what|how|that)|thank\ me|see\ (?:why|what\ i\ mean)
    |regret|fall\ (?:(?:so\ |\w+ly\ )?in\ love|for\ (?:someone|somebody|them|him|her))|inspire|become\ (?:(?:so\ |much\ |a\ lot\ )?(?:more|less)\ \w+|\w+er\b)|no\ longer\ (?:have\ to|need\ to|feel|be)\b|be\ the\ better\b
    |not\ be\ able\ to\ (?:change|control|fix|stop|save|make\ (?:him|her|them))|make\ (?:friends|it)|walk\ into|sleep\ (?:fine|better|well)|stop\ (?:hurting|worrying|feeling)|not\ (?:even\ )?(?:remember|care|recognize)|never\ (?:forget|regret)|wake\ up|grow\ (?:from|out\ of)|love\ it|get\ (?:there|it|better|the\ job))"""
# The people in someone's life the companion might foretell (with ``ROLES``).
_KIN = ("family", "mum", "mother", "parents", "brother", "sister", "boss", "friends", "girlfriend", "boyfriend", "ex", "kids", "children", "team", "kid", "child", "baby")

SUPERIORITY_RULES: list[Rule] = [
    # H2: superior knowledge, deference --------------------------------------
    # the modal phrases (vocabulary) after "I know what you", with "need" alone
    Rule("H2", "deference", _rx(
        rf"""\b(?:(?<!\byou\ would\ )(?<!\bthat\ you\ )(?<!\bthat\ you\ still\ )trust\ me|believe\ me|take\ it\ from\ me|listen\ to\ me|mark\ my\ words|do\ as\ i\ say|you\ (?:\w+\ )?better\ listen|i\ am\ telling\ you|let\ me\ tell\ you
        |i\ know\ (?:exactly\ )?(?:what\ is\ |what's\ )?(?:best|better|right)\ for\ you|i\ know\ (?:exactly\ )?what\ is\ (?:best|right)(?:\ (?:here|in\ this|now|for\ (?:both\ of\ you|the\ two\ of\ you|this|everyone)))?(?=\ *[.!,;]|\ *$)|i\ (?:must|have\ to|will\ have\ to)\ insist|what\ i\ am\ hearing\ (?:underneath|beneath|below|behind\ (?:this|that|it))|i\ know\ better|i\ know\ more\ than\ you|i\ know\ what\ you\ {alternatives(("need",), SHOULD, HAVE_TO, MUST)}
        |you\ are\ (?:just\ |simply\ |completely\ |totally\ |so\ |really\ |dead\ )?(?:wrong|mistaken|being\ (?:silly|ridiculous|irrational|dramatic|unreasonable))|you\ were\ wrong
        |that\ is\ (?:wrong|not\ true|not\ how\ it\ works)
        |the\ (?:(?:sad|hard|harsh|simple|honest|unfortunate|plain|brutal|painful|ugly|cold|bitter)\ )?(?:truth|reality|fact|real\ problem|real\ issue|bottom\ line)\ (?:is|of\ the\ matter\ is)\b(?!,?\ (?:that\ )?(?:i|we|there|you\ (?:get\ to|deserve|are\ allowed|can\ choose|have\ the\ right|are\ the\ (?:one|expert|only\ one)))\b)|what\ is\ really\ going\ on\ is|what\ you\ really\ (?:need|want|mean)\b
        |(?<!if\ )you\ do\ not\ (?:really\ )?(?:understand|know\ what\ you\ are|get\ it|see\ it)|you\ {alternatives(HAVE_TO)}\ (?:understand|realize|accept)\ that|you\ {alternatives(NEED_TO)}\ (?:hear|understand|realize)\ this
        |i\ assure\ you|i\ guarantee|i\ promise\ you\ (?:that\ )?(?:it|this|things)\ will|i\ am\ (?:sure|certain|positive)\ (?:that\ )?you\ (?:are|will|can)\ (?:wrong|fine)
        |(?:obviously|clearly)\ you\ (?:\w+\ )?(?:{_OBVIOUSLY_MODAL}|have\ never|never)|you\ obviously(?!\ (?:love|loved|adore|adored|care|cared|miss|missed|mean|meant|worked|tried|put|did\ your))|you\ clearly\ {_CLEARLY_MODAL}|(?<!let\ us\ )face\ (?:it|the\ facts)|(?<!you\ )(?<!\bi\ )(?<!we\ )(?<!they\ )(?<!to\ )(?:wake|grow)\ up(?!\ (?:in|at|early|with|and|every|each|the|to|from|feeling|next|one))
        |you\ are\ (?:making|jumping\ to)\ (?:\w+\ )?(?:assumptions|conclusions)|that\ is\ (?:just\ )?(?:your\ )?(?:ego|excuse)|you\ are\ overthinking)\b"""),
        # a guess put as a question ("Maybe the real problem is...?") asks
        unless_anywhere=_rx(r"^(?:maybe|perhaps|could\ it\ be\ that)\b.*\?$")),
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
        |i\ can\ not\ stress\ (?:this|that|it|enough)|you\ know\ i\ am\ (?:always\ )?right|i\ am\ right\ about
        |you\ (?:did|did\ not|do\ not|never)\ (?:\w+\ ){1,3}because\ you\ (?:were|are|have|had|felt|feel)
        |(?:is|are)\ (?:caused|driven|fueled|rooted)\ (?:by|in)\ your\b
        |points?\ to\ (?:\w+\ ){0,3}being\ an?\ (?:issue|problem)\ for\ you
        |(?<!you\ )(?<!if\ )(?:\btells|(?<!\band\ )(?<!\bto\ )(?<!\bcan\ )(?<!\bcould\ )(?<!\bplease\ )(?<!\bjust\ )(?<!\bahead\ )(?<!^)\btell)\ me\ (?:that\ )?(?:you|your)\b(?!\ (?:think|feel|want|care|love|are\ (?:feeling|thinking|worried|scared|afraid|hurting)))|my\ (?:guess|hunch|sense|bet|read)\ is\ (?:that\ )?(?:you|your)\b
        |^no,?\ you\ (?:did|do|are|were|have|will|can)\ not\b
        |(?<!what\ )(?:is|are)\ (?:what\ is\ |really\ |probably\ |just\ )?(?:getting\ in\ the\ way\ of\ you|holding\ you\ back|keeping\ you\ (?:from|stuck)|stopping\ you\ from)
        |will\ not\ (?:resolve|fix|solve|cure)\ (?:your|the|this|anything)
        |(?:is|are)\ (?:just\ |simply\ )?not\ going\ to\ work)"""),
        unless_anywhere=_rx(r"\?$")),

    # Their feeling or someone's motive denied and replaced with the
    # companion's reading of it: "You're not lazy, you're scared", "You don't
    # miss her, you miss being looked after", "It's not the job you hate,
    # it's the commute". Reassurance that denies a harsh word and stops
    # there ("You're not alone", "You're not overreacting; that sounds hard")
    # passes, as does "you don't have to...".
    Rule("H2", "reframes-them", _rx(
        r"""^(?:(?:really|honestly|no|nah|and|but|look|so|i\ mean|trust\ me|i\ reckon|i\ think|i\ bet),?\ )*
        (?:(?:you|he|she|they|your\ (?:\w+\ )?\w+)\ (?:(?:are|is|do|does|have|has)\ not\ |(?:were|was|did)\ not\ (?=[^,;.]*\b(?:because|cause|on\ purpose|really|actually|out\ of)\b))(?!(?:have|need|got)\ to\b|(?:\w+\ )?(?:appear|seem)\w*\b)
            (?!(?:alone|here|there|home|(?:do|did)\ anything\ wrong|to\ blame|overreacting|crazy|weak|broken|a\ burden|a\ failure|wrong|bad|stupid|being\ (?:\w+\ )?(?:irrational|silly|dramatic|selfish|unreasonable|ridiculous|difficult|too\ much))\b)
          |(?:it|this|that)\ is\ not\ (?:really\ |just\ )?(?:about\b|(?:the|your)\ (?!fault|end|first|only|same|last|worst|best)\w+(?=\ at\ all\b|,)|(?:the\ |your\ )?\w+\ (?:that\ )?you\ (?:are\ )?\w+))
        [^,;.?!]{0,60}?(?:,|;|\ but)\ (?:but\ )?
        (?:you|he|she|they|it)\ (?:are\ |is\ |do\ |does\ |did\ )?(?:just\ |simply\ |really\ |actually\ |only\ )?(?!(?:human|normal|allowed|okay|ok|not|valid|doing|trying|going|understandable|completely|totally|are|is|do|does|did|have|has|can|will|know|knew)\b)[a-z]+"""),
        unless_anywhere=_rx(r"\?$")),
    # Their feeling named and the one they gave set aside, in that order:
    # "Let's be real, you're scared, not tired", "You're hurt, not angry".
    # Comfort that sets aside a harsh word ("You're tired, not lazy",
    # "You're human, not a machine") passes.
    Rule("H2", "names-their-feeling-instead", _rx(
        r"""^(?:(?:let\ us\ be\ (?:real|honest)|honestly|really|look|come\ on|be\ honest),?\ )*you\ are\ (?:just\ |really\ |actually\ |simply\ )?(?!(?:human|normal|allowed|okay|ok|not|only|doing|trying|grieving|exhausted|tired|brave|strong|enough|worth|loved|safe|here|a\ person|one\ person)\b)[a-z]+,\ not\ (?:really\ )?(?!(?:lazy|weak|broken|crazy|a\ failure|stupid|selfish|a\ burden|alone|bad|useless|a\ machine|a\ robot|superhuman|perfect|dramatic|overreacting|too\ much|needy|mad|wrong|to\ blame|the\ problem|a\ bad\ \w+|pathetic|worthless|failing|ungrateful|silly|stupid|mean)\b)[a-z]+[.!]*$"""),
        unless_anywhere=_rx(r"\?$")),
    # A reading of their life sealed as beyond doubt: "..., I can tell",
    # "plain and simple", "and you know it", "it's obvious you...", "that's
    # the only reason she...", "you're looking at this all wrong"; and what
    # their feeling "really" is ("Your anger is really fear", "What you're
    # really after is..."). Seeing how much they care is not this ("It's
    # obvious how much you loved her"), nor "from what I can tell".
    Rule("H2", "seals-its-reading", _rx(
        r"""(?<!what\ )\bi\ can\ (?:tell|see\ it)(?:\ (?:from|by)\ [^.,;!?]*|\ even\ if\ [^.,;!?]*)?[.!]*$
        |\bit\ is\ (?:so\ |pretty\ |very\ |really\ |just\ )?obvious\b(?!\ (?:how\ much|that\ you\ (?:care|love|loved|cared|tried|are\ trying|put)|you\ (?:care|love|loved|cared)))
        |\byou\ are\ (?:just\ |only\ )?(?:fooling|kidding|telling)\ yourself\b(?!\ (?:that\ )?(?:it\ is\ okay|you\ are\ (?:okay|fine|enough)))|\bplain\ and\ simple\b
        |\bit\ is\ (?:so\ |pretty\ |very\ |really\ )?clear\ (?:that\ )?(?:you|your|he|she|they)\b(?!\ (?:have\ |had\ )?(?:\w+ly\ |so\ |very\ )?(?:care|love|loved|cared|tried|worked|put|done|been\ through|are\ trying|are\ doing|mean|meant|feel|felt|gave|given|give|did|made|value|valued|adore|cherish\w*|want\ (?:the\ best|to\ do\ right|to\ help))\b)|\b,?\ admit\ it[.!]*$|\band\ you\ know\ what\ it\ is\b
        |\bwhat\ is\ (?:really|actually)\ (?:holding|stopping|bothering|stressing|hurting|eating|driving|keeping)\ you\b
        |\byou\ are\ (?:too\ (?:young|old|naive|inexperienced)|not\ old\ enough)\ to\ (?:know|understand|see|get)\b|\byou\ are\ not,?\ (?:in\ fact,?\ |actually,?\ )?(?:as|so)\ \w+\ as\ you\ (?:think|believe|imagine|feel|fear)\b
        |\b(?:the\ fact\ that\ you\ [^.,;]{1,40}?|that|this|which|it)\ means\ (?:that\ )?you\ (?:already\ )?(?:know\ the\ answer|know\ what|want\ (?:to|him|her|out)|do\ not\ (?:really\ )?(?:want|love|care))\b
        |^(?:this|it|that)\ is\ (?:really\ |actually\ |all\ )?about\ (?:your\ )?\w+(?:\ \w+)?,\ not\ (?:about\ )?(?:your\ )?\w+|\b(?:that|this)\ is\ (?:the\ )?whole\ story\b|\bi\ know\ the\ type\b|\b(?:that|this)\ is\ (?:so\ )?classic\b
        |\b(?:and|some\ part\ of|part\ of|deep\ down)\ you\ know\ it(?=\ *(?:[.!,;]|$))|\bthe\ only\ reason\ (?:she|he|they|you)\b
        |\byou\ are\ (?:\w+ing\ )(?:it|this|that|things|everything)\ (?:all\ )?wrong\b|(?<!\blike\ )(?<!\bas\ )\bnothing\ else[.!]*$
        |\b(?:is|are)\ (?:really|actually)\ (?:about|just|a\ fear|fear|anger|grief|exhaustion|your|a\ way|a\ sign)\b
        |\bwhat\ (?:you|your\ \w+|he|she|they)\ (?:are\ |is\ )?really\ \w+(?:\ (?:of|for|about|with|to))?\ is\b"""),
        unless_anywhere=_rx(r"\?$|^(?:is|are|was|could|might|do|does)\b|\b(?:i\ wonder|maybe|perhaps|might)\b")),
    # What it is "not about" and what it is about instead, put as theirs:
    # "It isn't really about the money, is it? It's about your brother";
    # and their own feelings called liars ("Your feelings are lying to you",
    # "your heart is playing tricks on you"). Comfort that turns the blame
    # away from them ("It's not about you, it's about his temper"), a
    # feeling of their own ("it can feel like your mind is lying") and a
    # question pass.
    Rule("H2", "not-about-that-but-yours", _rx(
        r"""^(?:\w+,?\ )?(?:it|this|that)\ is\ not\ (?:really\ |actually\ |just\ )?(?:the|your)\ \w+(?:\ \w+)?\ (?:that\ )?you\ are\ (?:really\ |actually\ )?(?:upset|angry|sad|worried|scared|hurt|cross|mad|anxious|grieving|bothered|annoyed|afraid)\ (?:about|over|with|by|of)\b[^,.;?!]{0,20},\ (?:is|was)\ it\?$
        |\b(?:it|this|that)\ is\ not\ (?:really\ |actually\ |just\ |even\ )?about\ [^,.;?!]{1,40}[,;.?!]\ (?:(?:is|was)\ it\?\ )?(?:but\ )?(?:it|this|that)\ is\ (?:really\ |actually\ |all\ )?about\ your\b
        |\byour\ (?:own\ )?(?:mind|brain|feelings?|emotions?|thoughts?|head|heart|gut|memory|grief|worries|worry|fear|fears|anxiety|depression)(?:\ is|\ are|'s)\ (?:just\ |only\ |probably\ |clearly\ )?(?:lying(?:\ to\ you)?|playing\ tricks|deceiving\ you|telling\ you\ (?:a\ )?(?:lies|stories|story)|fooling\ you)\b"""),
        unless_anywhere=_rx(r"(?<!,\ is\ it)(?<!,\ was\ it)\?$|\b(?:feel|feels|felt)\ like\b|\b(?:can|could|might|may|sometimes|maybe|perhaps)\b|\byou\ (?:said|say|mentioned|told\ me|described)\b")),
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
    # Their own sense of it called faulty: "Your instinct is off on this
    # one", "your read on the team is inaccurate", "That's not what
    # happened, you're misremembering", "..., whatever you think". Their
    # doubt about themselves ("you worry your instinct is off") and a
    # question pass.
    Rule("H2", "their-sense-is-off", _rx(
        r"""(?<!if\ )\byour\ (?:\w+\ )?(?:instincts?|read|reading|take|judge?ment|memory|perception|view|understanding|interpretation|gut|sense\ of\ (?:it|this|things|what)|version|logic|thinking|radar|compass|recollection|account)\b(?:\ (?:on|of|about)\ [^,.;]{1,40}?)?\ (?:is|are|was|were|seems|sounds)\ (?:just\ |completely\ |totally\ |a\ bit\ |a\ little\ |way\ |simply\ |all\ |slightly\ |quite\ |really\ |clearly\ |obviously\ |badly\ |definitely\ |wildly\ )*(?:off|wrong|inaccurate|mistaken|skewed|distorted|flawed|faulty|incorrect|backwards|unreliable|clouded|biased|warped|off\ base|way\ out|not\ (?:right|accurate|correct|reliable|to\ be\ trusted|quite\ right))\b
        |\byou\ (?:have\ )?(?:just\ |clearly\ |obviously\ |completely\ |totally\ )?(?:misread|misjudged|misremembered|misinterpreted|got\ the\ wrong\ end\ of)\b(?!\ me\b)
        |\byou\ are\ (?:just\ |clearly\ |obviously\ |probably\ )?(?:misremembering|misreading|misinterpreting|misunderstanding|misjudging|remembering\ (?:it|that|this)\ wrong|imagining\ (?:it|things|that))\b
        |^(?:no,?\ |but\ |well,?\ |honestly,?\ )?(?:that|this|it)\ is\ not\ (?:really\ |quite\ |exactly\ |entirely\ |strictly\ )?(?:(?:what|how\ it)\ (?:happened|went|was)|the\ (?:whole|full|real|true)\ (?:story|picture|truth)(?![^.]*\b(?:guess\w*|maybe|perhaps|i\ imagine|i\ suspect)\b))\b
        |,\ (?:whatever|no\ matter\ what)\ you\ (?:might\ )?(?:think|say|believe|feel|tell\ yourself)[.!]*$"""),
        # ...nor what someone else told them ("Being told you're imagining it
        # when you've seen the proof is so hurtful")
        unless_anywhere=_rx(r"""(?<!,\ is\ it)(?<!,\ was\ it)(?<!,\ though,\ is\ it)\?$|\b(?:worry|worried|afraid|scared|fear|wonder|doubt|think|feel|felt)\ (?:that\ )?your\b|\b(?:trust|trusting)\ your\b
        |\b(?:being|been|get|getting|got)\ told\b|\b(?:he|she|they|someone|people|everyone)\ (?:keeps?\ )?(?:tells?|told|telling|says?|said|saying|insists?|insisted)\ (?:to\ )?you\b""")),
    # A conditional verdict on the person's life: "You can't stop being
    # angry until you…", "Sulking is only going to delay things",
    # "Nagging him is just going to make it worse".
    Rule("H2", "verdict-on-outcome", _rx(
        r"""\byou\ (?:can\ not|will\ not|will\ never|are\ not\ going\ to|never\ will)\ (?:\w+\ ){1,6}?(?:until|unless)\ you\b
        |\b(?:is|are|will\ be)\ (?:only|just|simply)\ (?:going\ to\ )?(?:make|delay|hurt|push|keep|cause|drive|fuel|feed|prolong|increase|add\ to|set\ you\ back)\b(?!\ (?:you|it|things|this)\ (?:stronger|better|easier))
        |\b(?:is|are|will)\ (?:just\ |only\ )?(?:going\ to\ )?make\ (?:\w+\ ){0,3}?worse\b
        |^the\ more\ you\b[^,.;]{1,40},?\ the\ (?:worse|harder|bigger|stronger|longer)\b
        |(?<!\bthat\ )(?<!\bmeans\ )\byou\ do\ not\ want\ to\ (?:live\ with|end\ up|miss\ out|lose|regret|look\ back|hold|carry|waste|spend\ (?:your|the\ rest))\b
        |\bwill\ (?:only|just)\ (?:get\ you\ (?:in|into)|push\ (?:him|her|them)\ (?:further\ )?away|hurt\ you|cause\ you)\b
        |\bas\ long\ as\ you\ (?:\w+\ ){1,8}?you\ will\ (?:never|not)\b
        |\b(?:is|are|will\ be)\ (?:only|just|simply)\ (?:going\ to\ )?bring\ you\ down\b|\b(?:is|are)\ not\ going\ to\ (?:go\ well|end\ well|work\ out|stop|change|last|fix\ (?:it|this|anything))\b"""),
        unless_anywhere=_rx(r"\?$|^(?:is|are|was|will|would|do|does|can|could)\b|\bif\ (?:you|we|i)\ (?:do\ not|can\ not)\b")),

    # Foretelling the person's own life as a certainty: "You'll feel better
    # once you're settled", "Things will work out for you", "He'll come
    # around". Hope said as hope, a hedge, a question or a condition passes.
    Rule("H2", "foretells", _rx(
        r"""\b(?:(?<!if\ )(?<!when\ )you(?:,\ \w+,)?\ (?:will|are\ going\ to|are\ gonna)\ (?:(?:definitely|surely|certainly|soon|eventually|one\ day|someday|absolutely|still|simply|just|really|also|both|all|even|totally|completely)\ )*{_FORETOLD}
        |\bthere\ (?:will|is\ going\ to)\ (?:always\ |definitely\ |surely\ |certainly\ )?be\ (?:someone|somebody|the\ one|another\ (?:one|person|guy|girl|man|woman)|other\ (?:people|guys|girls|men|women|jobs|chances|opportunities))\b
        |(?:^|,\ |\band\ )(?:so\ )?(?:yours|you)\ will\ (?:\w+\ )?(?:too|as\ well)\b|\bso\ will\ (?:you|yours)\b
        |\bthere\ (?:are|is)\ (?:\w+\ ){{0,3}}?(?:people|someone|somebody|guys|girls|men|women)\ (?:out\ there\ )?(?:who|that)\ will\ (?:love|accept|appreciate|adore|cherish|value|want)\b
        |(?:this|it|that|these\ (?:\w+\ )?(?:days|nights|evenings|weeks|feelings|thoughts|moments|times)|the\ (?:pain|feeling|sadness|grief|hurt))\ will\ (?:soon\ |eventually\ |all\ )?pass\b
        |\byour\ (?:life|stress|pain|mood|anxiety|confidence|future|situation|fear|discomfort|worry|worries|nervousness|sadness|grief|loneliness|feelings?)\ (?:level\ )?will\ (?:definitely\ |surely\ |soon\ |eventually\ |gradually\ )?(?:be|get|become|improve|turn|fade|lift|ease|go|disappear|decrease|dissolve|start\ to|begin\ to)\b
        |\b(?:in|with)\ time,?\ you\ will\b
        |(?:things|everything|it|life)\ (?:always|usually|tend\ to)\ (?:works?|turns?|come|comes)\ (?:out|good|right)\ for\ (?:people\ like\ you|you|someone\ like\ you)\b
        |(?:things|everything|it|life)\ (?:will|is\ going\ to|are\ going\ to|can\ only)\ (?:definitely\ |surely\ |certainly\ |eventually\ |soon\ |all\ )?(?:get\ (?:better|easier)|work\ out|turn\ out\ (?:fine|okay|ok|well|alright|for\ the\ best)|be\ (?:fine|okay|ok|alright|all\ right|better|easier|behind\ you))
        |(?:he|she|they)\ (?:will|is\ going\ to|are\ going\ to)\ (?:definitely\ |surely\ |eventually\ |soon\ )?(?:come\ (?:around|round|back)|regret\ (?:it|this|losing)|miss\ you|see\ (?:sense|reason|what\ (?:they|he|she)\ (?:lost|had|is\ missing))))\b""".format(_FORETOLD=_FORETOLD)),
        unless_anywhere=_rx(rf"\?$|{_HEDGE_SAID}|\b(?:if|unless|whether|as\ long\ as|the\ more|i\ am\ not\ sure|not\ sure)\b|\b(?:which|what|when|where|how)\ (?:\w+\ ){{0,4}}you\ (?:will|are\ going\ to)\b")),
    # A prediction sealed with the speaker's certainty: "I'm sure it'll
    # change", "I'm sure they won't mind if...", "I know you'll win again".
    # A condition does not undo the certainty said; a hedge after it, a
    # question, "I'm not sure" and "I know you won't judge me" pass.
    Rule("H2", "sure-it-will", _rx(
        r"""(?<!if\ )(?<!not\ )\bi\ (?:am|feel)\ (?:so\ |really\ |very\ |absolutely\ |quite\ |100%\ )?(?:sure|certain|confident|positive)\ (?:that\ )?(?:you|your\ \w+|he|she|they|it|things|everything|this|that)\b(?!\ (?:feel|felt|think|thought|know|knew|worry|fear)\b)[^.?!;]{0,40}?\bwill\b(?!\ not\ (?:judge|mind))
        |(?<!if\ )(?<!not\ )(?<!you\ )\bi\ (?:just\ |already\ )?know\ (?:that\ )?(?:you|he|she|they|things|everything|it)\ (?:will|are\ going\ to|is\ going\ to)\b(?!\ not\ (?:judge|mind))"""),
        unless_at=_rx(r"[^.?!]*?\b(?:might|may|could|hope|hopefully|probably|maybe|perhaps)\b"),
        unless_anywhere=_rx(r"\?$")),
    # A prediction given a date or sealed as sure: "You'll be over him by
    # spring", "...in a few weeks", "Once you move out you'll wonder why you
    # stayed", "You'll get the job, no doubt about it", "..., I just know it".
    Rule("H2", "foretells-when", _rx(
        r"""\byou\ (?:will|are\ going\ to|are\ gonna)\ (?:[\w-]+\ ){1,6}?(?:by\ (?:the\ )?(?:christmas|spring|summer|autumn|winter|the\ end|next|then|tomorrow|friday|monday|the\ time)|in\ (?:a|no|like\ a|two|three|a\ few|\d+)\ (?:\w+\ )?(?:days?|weeks?|months?|years?|time)|within\ )
        |^(?:\w+,?\ )?(?:once|after|within)\ [^,.;]{1,100}?,?\ (?:you|there|things|it|everything|life)\ (?:will|are\ going\ to|is\ going\ to)\b
        |\b(?:you|they|he|she|people|everyone|everybody)\ will\ (?:\w+\ ){1,4}?by\ next\ (?:week|month|year)\b|\byou\ will\ regret\ (?:it|this|that)\b
        |^if\ you\b[^,.;?]{1,60}?,?\ you\ (?:will|are\ going\ to)\ (?:\w+\ )?(?:have\ regrets|regret|end\ up|be\ (?:right\ )?back|miss\ out|be\ (?:so\ )?(?:fine|okay|happier|better\ off|glad)|lose|push\ (?:\w+\ ){0,2}?away|drive\ (?:\w+\ ){0,2}?away|ruin|wreck|destroy|burn\ (?:out|yourself\ out)|make\ (?:it|things|this)\ worse)\b
        |^(?:\w+,?\ )?(?:keep|carry\ on|go\ on|continue)\b[^,.;?]{0,60}?,?\ and\ you\ (?:will|are\ going\ to)\ (?:\w+\ )?(?:lose|end\ up|regret|push|drive|ruin|wreck|destroy|burn|make\ (?:it|things|this)\ worse|be\ (?:right\ )?back|never)\b
        |\bthere\ is\ (?:just\ |simply\ )?no\ way\ (?:he|she|they|you|it|your\ \w+)\ (?:will|is\ going\ to|are\ going\ to)\b
        |\b(?:small|slim|tiny|little|no|zero|low|high|good|big|huge|every)\ chance\ (?:that\ )?(?:she|he|they|you|it|your\ \w+)\ (?:will|would|is\ going\ to|are\ going\ to)\b
        |(?:^|,\ )(?:you|your\ \w+|he|she|they|it|things|everything|everyone)\ (?:will|are\ going\ to|is\ going\ to|is\ gonna|are\ gonna)\b[^.?!]*(?:,\ |\ )(?:i\ (?:just\ )?know(?:\ it)?|i\ am\ (?:so\ |absolutely\ )?(?:sure|certain|positive)|guaranteed|garanteed|no\ doubt(?:\ about\ it)?|no\ question(?:\ about\ it)?|without\ (?:a|any)\ doubt|100%|for\ sure|i\ promise|i\ swear|i\ can\ feel\ it)[.!]*$"""),
        unless_anywhere=_rx(rf"\?$|{_HEDGE_SAID}|\b(?:unless|whether|not\ sure)\b")),
    # Seeing through the person: "You're only saying that because...",
    # "Anyone can see...", "I can see what you can't", "We both know...",
    # "You've got it all wrong", "You're in denial", "Your problem is you...",
    # "What's actually happening here is...", "...is a way of avoiding...",
    # "I've lived long enough to know". "You already know what feels right
    # for you" hands the answer back to them, and passes.
    Rule("H2", "sees-through-them", _rx(
        r"""\byou\ are\ (?:just\ |only\ )?saying\ (?:that|this|it)\ (?:because|cause|for)\b
        |\byou\ (?:already|always)\ (?:know|knew|have\ known)\ (?:the\ answer|what\ you\ want\ to\ do|the\ relationship)\b(?=.*\b(?:afraid|scared|deep\ down|just|simply|means|at\ some\ level|admit)\b|[^,;]*\b(?:means|at\ some\ level)\b)
        |\b(?:everyone|everybody|anyone|anybody)\ (?:can|could)\ see\b|\bi\ can\ see\ what\ you\ (?:can\ not|do\ not)\b|\bwe\ both\ know\b
        |\byou\ have\ (?:got\ )?(?:it|this|them|him|her|that|things|the\ whole\ (?:thing|story|situation))\ (?:all\ |completely\ |totally\ )?(?:wrong|backwards|the\ wrong\ way\ (?:round|around)|upside\ down|twisted)\b|\byou\ are\ in\ denial\b
        |\b(?:your|the)\ (?:real\ |main\ |only\ |biggest\ )?(?:problem|issue)\ (?:here\ )?is\ (?:that\ )?you\b|\bwhat\ is\ (?:actually|really)\ (?:happening|going\ on)(?:\ here)?\ is\b
        |\b(?:is|are)\ (?:just\ |simply\ |really\ )?(?:a|your)\ way\ (?:of|to)\ (?:avoid|escap|hid|protect|distract|run)\w*|\bnothing\ to\ do\ with\b[^.]*\beverything\ to\ do\ with\b
        |\b(?:been\ around|lived|seen)\ (?:long\ )?enough\ to\ know\b|\bi\ know\ (?:that\ )?(?:with\ certainty|for\ a\ fact|for\ certain)\b
        |\byou\ just\ (?:want|need)\ (?:permission|attention|validation|someone\ to\ (?:tell|agree))\b|\bmakes?\ (?:it\ )?clear\ that\ you\b"""),
        unless_anywhere=_rx(rf"\?$|\b(?:{_HEDGE}|i\ wonder|if)\b")),
    # Their way of seeing read back to them as the fault, or where it leads:
    # "You're reading far too much into his silence", "That thinking is
    # exactly what keeps you stuck", "That's just your insecurity talking",
    # "Your mind is telling you a story", "The question is not X but Y",
    # "You're teaching your kids that...", "The fear will only grow
    # stronger", "The two of you will drift apart".
    Rule("H2", "reads-their-pattern", _rx(
        r"""\byou\ are\ (?:giving|reading|putting|making|taking|placing)\ (?:\w+\ ){0,3}?(?:far\ |way\ |much\ |a\ lot\ )?(?:too\ much|more)\ (?:weight|into|of\ (?:this|it)|importance)
        |\bis\ (?:exactly\ |precisely\ |just\ )?what\ (?:keeps|is\ keeping|holds|is\ holding)\ you\b
        |\b(?:your|the)\ (?:\w+\ )?(?:insecurity|fear|anxiety|depression|ego|guilt|trauma|past|pride|grief|anger|exhaustion|loneliness|tiredness|jealousy)\ talking\b
        |\bthis\ is\ (?:just\ )?your\ (?:old\ )?(?:pattern|habit)\b|\byour\ (?:mind|brain|anxiety|depression|fear)\ is\ (?:telling\ you\ a\ story|lying\ to\ you|playing\ tricks)
        |\bthe\ (?:real\ )?question\ is\ not\b|\bnot\ as\ \w+\ as\ you\ (?:are\ making\ (?:it|out)|make\ (?:it|out))|\byou\ are\ teaching\ (?:your\ )?(?:children|kids|son|daughter|them)\b
        |\b(?:the\ fear|it|this|that|the\ (?:\w+\ )?(?:anxiety|worry|problem|pain))\ will\ only\ (?:grow|get)\ (?:stronger|worse|bigger)\b
        |\bthe\ two\ of\ you\ will\ (?!be\ able)\w+|\b(?:he|she|they|your\ (?:children|kids|son|daughter))\ will\ (?:keep\ doing|pick\ up\ on|copy|follow\ your|learn\ (?:that|from))"""),
        unless_anywhere=_rx(r"\?$|^(?:maybe|perhaps)\b|\bif\ (?:you|we)\ (?:can|could|do)\b")),
    # The motive behind it explained as fact: "You're only saying that
    # because...", "She's only asking because she's lonely", "..., and
    # that's why she walks all over you", "You're projecting", "Your boss
    # definitely wants you gone", "I know you better than you know yourself".
    Rule("H2", "explains-their-motive", _rx(
        r"""\b(?:you|he|she|they|your\ \w+)\ (?:(?:are|is|was|were)\ )?(?:just\ )?only\ [^,.;]{1,40}?\b(?:because|becuase|cause|cos|coz|cuz|bc|since|to\ get|out\ of\ (?:jealousy|spite|envy|guilt|insecurity|pride|resentment|pity|fear|habit|bitterness|revenge))\b
        |\byou\ just\ (?:think|feel|say|believe)\ [^,.;]{1,40}?\b(?:because|cos|cause|coz|cuz)\ of\b
        |\b(?:he|she|they|your\ \w+)\ (?:is|are)\ (?:just\ |only\ )(?:doing|saying)\ (?:it|that|this)\ (?:for\ (?:attention|sympathy)|to\ get\ (?:attention|a\ reaction|at\ you))\b
        |\b(?:he|she|they|your\ \w+)\ (?:is|are)\ (?:just\ |only\ )?[\w-]+ing\ (?:\w+\ )?(?:for\ (?:attention|sympathy)|to\ get\ (?:attention|sympathy|a\ reaction))(?=\ *[,.!;]|\ *$|\ (?:and|or|again|though|really)\b)
        |\b(?:he|she|they|your\ \w+)\ (?:is|are)\ (?:definitely|obviously|clearly)\ (?:jealous|envious|using\ you|lying|manipulating|threatened|insecure)\b
        |(?:^|,\ |and\ )that\ is\ (?:exactly\ |precisely\ )?why\ (?:(?:she|he|they|your\ \w+)\ (?:\w+\ ){0,3}?(?:you|your)\b|you\ (?:keep|can\ not|never|always)\b)
        |\bi\ know\ you\ better\ than\b|\byou\ are\ (?:just\ |literally\ |only\ |simply\ |clearly\ )+(?:overreacting|overthinking|feeling\ sorry\ for\ yourself)\b
        |\byou\ are\ (?:just\ |simply\ )?(?:projecting|confusing\ \w+\ with)\b|\b(?:is|are)\ a\ (?:clear\ )?sign\ (?:that\ )?you\ are\b|\byou\ are\ clearly\ not\b
        |\b(?:he|she|they|your\ \w+)\ (?:definitely|obviously|clearly)\ (?:wants?|likes?|hates?|is|are|does|feels?)\b"""),
        unless_anywhere=_rx(r"\?$|^(?:maybe|perhaps)\b|\b(?:maybe|might|i\ wonder|perhaps)\b")),
    # How their situation will turn out, put as certain: "It'll come back",
    # "Your nervousness will start to disappear", "Time will help", "Your
    # experience will make you more employable". Not what a step may do
    # ("this will help you sleep": a suggestion's reason, read as advice).
    Rule("H2", "foretells-outcome", _rx(
        r"""\b(?:it|this|that|things|everything|time|life|(?:your|the|this|that)\ (?:\w+\ )?\w+(?:\ and\ \w+)?|\w+\ from\ you)(?<!\bthat)(?<!\bwhich)(?<!\bwho)
        \ (?:will|is\ going\ to|are\ going\ to)\ (?:(?:definitely|surely|certainly|eventually|soon|all|always|only|also|just|really|slowly|gradually|start\ to|begin\ to|not)\ )*
        (?:(?<=time\ will\ )help|get\ (?:better|easier|worse|harder)|be\ (?:(?:so\ |much\ |a\ lot\ |way\ |far\ )?(?:harder|easier|better|worse|okay|ok|fine|alright|behind\ you|returned|worth\ it|a\ part\ of\ you)|part\ of\ you)
            |come\ back|decrease|dissolve|fade|pass|go\ away|disappear|heal|recover|ease|lift|improve|make\ you|take\ time|(?<!not\ )hurt|return|go\ well|work\ out|pay\ off|turn\ around)\b"""),
        unless_anywhere=_rx(rf"\?$|{_HEDGE_SAID}|\b(?:if|unless|whether|as\ long\ as|the\ more|not\ sure|(?:does|do)\ not\ (?:\w+\ )?mean)\b")),
    # The same of the people in their life, put as certain: "They'll
    # understand", "If he does it once, he'll do it again", "Your mum will
    # come round". Not their own fears ("you're afraid they won't..."), a
    # guarantee refused, or a condition that follows ("...if you ask him").
    Rule("H2", "foretells-others", _rx(
        rf"""\b(?:he|she|they|others|people|everyone|everybody|your\ (?:{alternatives(ROLES, _KIN)})s?)\ (?:will|are\ going\ to|is\ going\ to)\ (?:(?:definitely|surely|certainly|soon|eventually|always|still|also|never|not|all|even)\ )*
        (?:love|accept|understand|realize|realise|see|help|come\ (?:around|round|back|to)|grow\ out\ of|regret|miss|forgive|change|respect|appreciate|notice|care|apologi[sz]e|calm\ down|get\ over|do\ it\ again|know|have\ a\ place|be\ (?:(?:more\ than\ |so\ |very\ |really\ )?(?:happy|glad|fine|okay|ok|proud|grateful|there|back|able|confused|upset|angry))|want\ you|leave\ you|stay)\b"""),
        unless_at=_rx(r"[^.;]*\bif\b"),
        unless_anywhere=_rx(rf"""\?$|{_HEDGE_SAID}|\b(?:guarantee\w*|(?:can\ not|could\ not)\ (?:promise|say|tell|know)|chances?|(?:afraid|scared|fear|fears|feared|worr(?:y|ied|ies|ying)|you\ (?:think|believe|are\ thinking))\ (?:that\ )?(?:he|she|they|people|others|everyone|everybody|your\ \w+)|correct\ that|often(?:\ times)?|sometimes|usually|tend\ to|unless|whether|the\ more)\b|["\u201c]|\b{_CRISIS_RESOURCE}|\b(?:the|those|these|every|all\ the)\ \w+\ (?:he|she|they)\ (?:will|are\ going\ to|is\ going\ to)\b""")),

    # H3: competition and minimising -----------------------------------------
    # The thing made small or set beside worse: "It's only one exam", "It's
    # hardly a tragedy", "nothing compared to what I went through", "my
    # week was way worse than yours", "plenty more fish", "it's not that deep".
    # Their trouble weighed against others' or the speaker's and found
    # light: "so there's no need to panic", "hardly worth losing sleep
    # over", "isn't as bad as you think", "mine was far worse", "lots of
    # people would kill for...", "keep it in perspective", "nobody will
    # even remember it". "No need to apologise" comforts, and passes.
    Rule("H3", "weighs-it-light", _rx(
        r"""\bso\ (?:there\ is\ )?(?:really\ )?no\ (?:reason|need)\ (?:to|for)\b(?!\ (?:apologi|rush|hurry|thank|explain|be\ sorry))|\bhardly\ (?:worth|something|a|an|the)\b
        |\b(?:is|are)\ not\ (?:even\ )?(?:that|as|so|all\ that)\ (?:bad|scary|serious|big|terrible)\b|\bnot\ as\ bad\ as\ you\ think\b|\b(?:far|much|way|even|a\ lot)\ worse\ off\b
        |\bworse\ than\ (?:this|that|yours|you)\b(?!\ one)|\b(?:mine|my\ \w+)\ (?:was|were|is)\ (?:\w+\ )?(?:worse|harder)\b|\bwould\ kill\ for\b|\bstorm\ in\ a\ teacup\b|\bfirst[- ]world\ (?:problem|stuff|issue|worr|thing|trouble|drama)
        |\bso\ (?!there\b|that\ there\b)[^,.]{0,30}\b(?:is|was)\ nothing\b(?!\ (?:i|we|you|to\ be|wrong|more))|\b(?:you\ are|it\ is|that\ is|situation\ is|is)\ not\ (?:\w+\ )?special\b|\bnot\ comparable\ to\b
        |\b(?:in|into|a\ bit\ of)\ (?:perspective|proportion)\b|\bmore\ than\ (?:many|most)\ (?:people\ )?(?:can\ say|have|get)\b|(?<!not\ )(?<!never\ )\btrivial\b|\bin\ my\ day\b
        |\bnobody\ (?:will|is\ going\ to)\ (?:even\ )?remember\b|\bnobody\ cares\b|\bwill\ not\ matter\ in\ (?:a|five|ten|\d+|a\ few)\b|\bmake\ such\ a\ fuss\b
        |\b(?:people|some\ people|others)\ (?:\w+\ ){0,3}(?:much|far|way)\ (?:worse|less)\b
        |\b(?:this|it|that)\ will\ (?:all\ )?(?:seem|feel|look)\ (?:\w+\ )?(?:small|silly|trivial|minor|distant|like\ nothing)\b"""),
        unless_anywhere=_rx(r"\?$|\b(?:maybe|might|could|may|glad|relieved|good\ to\ hear)\b|\bi\ (?:was|felt|thought)\b[^.]*\btoo\b")),
    # Their trouble set beside another time, other people's or the
    # speaker's own and found light: "When I was your age, we didn't have the
    # luxury of being stressed", "People are dealing with actual wars", "A
    # broken wrist? I once worked a whole shift on a broken leg", "You think
    # your week was bad?", "it's just life", "a resit is hardly tragic",
    # "Bit of an overreaction, no?", "It's a small thing, really", "Lucky it
    # was only the car", "I've seen worse breakups". A peer sharing what
    # they went through at that age ("When I was your age I was scared
    # too") passes.
    Rule("H3", "sets-it-beside-worse", _rx(
        r"""\b(?:when\ i\ was|at)\ (?:your\ age|(?:a\ )?(?:kid|young|growing\ up|at\ school|a\ student))\b[^.?]*\b(?:did\ not\ have\ (?:the\ )?(?:luxury|time|option|choice)|had\ it\ (?:\w+\ )?(?:worse|harder|tougher|rougher)|just\ got\ on\ with\ it|never\ (?:complained|moaned|whined|made\ a\ fuss)|nobody\ (?:cared|complained|talked\ about)|would\ have\ (?:killed|loved|been\ grateful)|there\ was\ no\ such\ thing|(?:i|we)\ (?:was|were)\ (?:already\ )?(?:working|raising|supporting|paying|married|running)\b)
        |\b(?:the|a)\ luxury\ of\ (?:being|feeling|getting|having)\ (?:\w+\ )?(?:stressed|depressed|anxious|sad|upset|tired|burnt\ out|burned\ out|overwhelmed|heartbroken|lonely|bored)
        |\b(?:people|others|some\ people|kids|families|folks)\ (?:out\ there\ |elsewhere\ )?(?:are\ |have\ been\ )?(?:dealing\ with|living\ through|facing|going\ through|fleeing|surviving)\ (?:actual|real|literal|proper)\ \w+
        |^(?:an?|one|two|three|four|five|\d+|just\ (?:an?|one)|only\ (?:an?|one))\ [\w-]+(?:\ [\w-]+)?\?\ +(?:i|my|we)\ (?:once|had|have\ had|did|used\ to|went|was|lost|broke|worked|got|survived|managed|passed|failed|lived)\b
        |\b(?:people|others|kids|children|families|some\ people|some\ kids|plenty\ of\ people|millions)\b[^,.;?]{0,40}?\b(?:do\ not|can\ not|never|will\ never|does\ not)\ even\ (?:have|get|eat|afford|see)\b
        |\bi\ (?:once\ )?(?:worked|walked|ran|played|sat|went|drove|did|finished|sat\ exams?)\ (?:\w+\ ){0,4}?(?:on|with|through)\ (?:a|two)\ (?:broken|fractured|sprained|dislocated)\b
        |\?\ +(?:try|imagine)\ (?:\w+ing\b|(?:\w+\ ){0,2}(?:months|years|weeks|days|of\ them)\b)
        |^you\ think\ [^?]{1,40}?\ (?:is|was|are|were)\ (?:\w+\ )?(?:bad|hard|rough|tough|awful|stressful)\?\ +(?:try|wait|imagine|i|mine|my)\b
        |^you\ think\ (?:your|that|this)\ (?:\w+\ ){0,2}?(?:was|is|were|are)\ (?:bad|hard|rough|tough|awful|stressful)\b(?=\ *(?:\?|[.!]*$))
        |\b(?:it|that)\ is\ (?:just|only|simply|all\ just|all\ part\ of)\ (?:life|adult\ ?hood|growing\ up|being\ an\ adult|the\ real\ world|how\ it\ goes|what\ happens)[.!]*$|\b(?:welcome\ to|such\ is)\ (?:life|adult\ ?hood|the\ real\ world)\b
        |\bhardly\ (?:tragic|a\ tragedy|devastating|catastrophic|a\ catastrophe|a\ disaster|the\ end|life[- ]changing|earth[- ]shattering|a\ crisis|traumatic)\b
        |\b(?:a\ )?(?:bit|little|tad)\ of\ an\ overreaction\b|\b(?:such|quite|a\ massive|a\ total|a\ huge)\ (?:an\ )?overreaction\b|\boverreacting\ (?:a\ bit|a\ little|slightly),?\ no\b
        |\b(?:it|that|this)\ is\ (?:(?:only|just|really|honestly)\ )?(?:a|such\ a)\ (?:small|little|minor|tiny)\ thing\b(?!\ to\ (?:ask|want|need|expect|hope))
        |\b(?:lucky|good\ thing|thank\ (?:god|goodness))\ (?:it|that|he|she|they)\ (?:was|is|were)\ only\b
        |\b(?:i|we|people|everyone)\ (?:have\ )?(?:had|seen|survived|been\ through|gone\ through)\ (?:way\ |much\ |far\ |a\ lot\ )?worse\ (?:breakups|break-ups|days|jobs|bosses|exams|years|losses|situations)\b(?!\ (?:myself|too))"""),
        unless_anywhere=_rx(r"""\b(?:i\ was|i\ felt)\ (?:\w+\ )?(?:scared|lost|anxious|sad|terrified|lonely|the\ same)\b|\bnot\ (?:that\ )?(?:it|this)\ is\ (?:just\ )?(?:a\ small|life)\b|\bdo\ not\ (?:let\ anyone|let\ them)\b""")),
    # Their trouble said not to count, now or in time: "Being tired of your
    # course isn't a real problem", "A year from now none of this will
    # matter", "Pff, just one late bill". Their own fear that it does not
    # count ("you worry it isn't a real problem"), the speaker's own
    # ("...for me") and a question pass.
    Rule("H3", "not-real-trouble", _rx(
        r"""\b(?:is|are|was|were)\ not\ (?:even\ |exactly\ |really\ )?(?:a\ )?(?:real|proper|serious|genuine|actual)\ (?:problem|issue|trouble|struggle|hardship|crisis|worry|worries)s?\b
        |^(?=.*\b(?:in\ (?:a|an|\w+|a\ few|a\ couple\ of)\ (?:\w+\ )?(?:days?|weeks?|months?|years?)|(?:a|one)\ (?:week|month|year)\ from\ now|down\ the\ (?:line|road)|in\ the\ long\ run|by\ (?:next|this\ time))\b)
            .*?\b(?:none\ of\ (?:this|it|that|them)\ (?:will|is\ going\ to)|(?:this|it|that)\ (?:will\ not|is\ not\ going\ to))\ (?:even\ |really\ |actually\ )?(?:matter|be\ a\ (?:big\ )?deal|mean\ anything|register)\b(?!\ (?:if|whether|which|what|who|how|when|to\ (?:me|us)|either\ way)\b)
        |\b(?:it|that|this)\ is\ (?:only|just|merely)\ (?:a\ bit\ of\ |a\ little\ |some\ )?(?!(?:me|you|us|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|night|today|tonight|the\ start|early|late)\b)[\w-]+(?:\ [\w-]+)?,\ (?:we\ all|we\ have\ all|everyone|everybody|everyone's|everybody's|people\ get|it\ happens\ to)\b
        |\b(?:it|this|that)\ is\ (?:just\ |only\ )?(?:a\ (?:bit|touch|spot)\ of|a\ little)\ [\w-]+(?:\ [\w-]+)?,?\ (?:that\ is\ all|nothing\ more|is\ all)[.!]*$
        |^nothing\ (?:a|an|some)\ (?:[\w']+\ ){1,4}(?:will\ not|would\ not|can\ not)\ (?:fix|cure|sort)\b|(?:^|,\ )you\ will\ live[.!]*$
        |\bimagine\ (?:being|having)\ [^,.;]{1,40}?\ and\ (?:complaining|moaning|whining|worrying|crying|stressing)\ (?:about|over)\b
        |^(?:pf+t*|ps+h+t?|pah|bah|meh|tsk),?\ (?:(?:it\ is|that\ is|this\ is|so)\ )?(?:just\ |only\ )?(?:one|a\ single|just|only|a\ few|two)\b"""),
        unless_anywhere=_rx(r"""\?$|\bfor\ me\b|\b(?:feel|felt|think|thought|worr\w+|afraid|scared|fear|told|tells?|said|says?|believe\w*|as\ if|acts?\ like|acted\ like|treat\w*|hope|hoping|hopefully|maybe|perhaps)\b""")),
    # Their trouble envied or brightened: "Half the world would trade
    # places with you", "I'd give anything to have your problems", "Silver
    # lining: ...", "On the bright side, ...". Wishing to take their pain
    # ("I'd swap places with you if I could"), a silver lining of the
    # speaker's own or one wondered about pass.
    Rule("H3", "envies-or-brightens", _rx(
        r"""(?<!\bi\ )\b(?:would|will)\ (?:\w+ly\ |gladly\ |happily\ )?(?:swap|trade|switch|exchange)\ (?:places|lives|problems|worries)\ with\ you\b
        |\b(?:give|pay)\ (?:anything|a\ lot|(?:my|their|his|her|your)\ right\ arms?|good\ money)\ (?:to\ have|for)\ (?:your\ (?:\w+\ )?(?:problems?|worries|troubles|issues|stress|complaints|headaches)|(?:problems|worries|troubles)\ like\ yours)\b|\bevery\ cloud\b|\ba\ luxury\ problem\b
        |\b(?:would|will)\ (?:\w+\ )?(?:love|kill|be\ glad|be\ grateful|be\ happy)\ (?:to|for)\ (?:have\ )?(?:your\ (?:\w+\ )?(?:problems?|worries|troubles|issues|stress|complaints)|(?:problems|worries|troubles)\ like\ yours)\b
        |\ba\ blessing\ in\ disguise\b
        |\b(?:others|other\ people|(?:plenty|lots|loads)\ of\ people|most\ people|many\ people|half\ the\ (?:world|country)|millions|some\ people)\ would\ (?:\w+\ )?(?:be\ )?(?:thrilled|grateful|glad|happy|delighted|love|kill)\ (?:with|for|of|to\ have)\ (?:(?:a|an|the)\ (?:\w+\ ){1,2}like\ yours|your\ (?:\w+\ )?(?:job|problems?|life|situation|worries|salary|house|flat|family|marriage))\b
        |\bi\ (?:had|went\ through|have\ had|survived)\ (?:a|an)\ (?:far|much|way|lot|even|so\ much)\ (?:worse|harder|rougher|tougher|messier|nastier|bigger|longer)\ \w+|\b(?:all|everything)\ happens\ for\ a\ reason\b
        |\bthe\ (?:good|great|positive|lucky)\ (?:thing|news|part)\ is,?\ (?:that\ )?you\ (?:still\ )?(?:have|have\ got|got|are|can)\ still\b|\bthe\ (?:good|great|positive|lucky)\ (?:thing|news|part)\ is,?\ (?:that\ )?you\ still\b
        |(?:^|[,;:]\ )(?:the\ )?(?:silver\ lining|upside|bright\ side)(?:\ (?:here|of\ (?:this|it|that)))?\ ?(?:is\b|:)|\blook\ on\ the\ bright\ side\b|(?:^|[,;:]\ )on\ the\ (?:bright|plus)\ side,"""),
        unless_anywhere=_rx(r"""\?$|\b(?:if|whether|maybe|perhaps|hope|hoping|wonder|my)\b|\bfor\ me\b|\bi\ (?:found|saw)\b""")),
    # Their trouble set beside what the speaker or their own people went
    # through: "You think you've got problems? My week...", "Compared to
    # what my dad went through, this is a walk in the park".
    Rule("H3", "beside-what-mine-went-through", _rx(
        r"""^you\ think\ you\ (?:have|have\ got|got)\ (?:it\ )?(?:problems|troubles|it\ bad|it\ hard|it\ rough|it\ tough|issues)\?\ +\w
        |\bcompared\ (?:to|with)\ (?:what\ )?(?:my|i|we|our|mine|others|other\ people|people)\b[^.?]{0,60}?\b(?:this|that|it|yours|your\ \w+)\ (?:is|was|seems|looks)\ (?:\w+\ )?(?:a\ walk\ in\ the\ park|a\ piece\ of\ cake|nothing|easy|a\ breeze|a\ doddle|small|minor|trivial|a\ holiday)\b"""),
        unless_anywhere=_rx(r"\?$")),
    Rule("H3", "makes-it-small", _rx(
        r"""\b(?:(?:it|that|this|he|she)\ (?:is|was)\ (?:only|just)\ (?:a|an|one|the\ one)\ (?:[\w-]+\ ){0,3}?[\w-]+
            (?:,\ (?:(?:we\ all|we\ have\ all|everyone|everybody)\ (?:\w+\ )?(?:get|gets|got|have|has|had|go\ through|goes\ through|feel|feels|felt|deal\ with|deals\ with|experience\w*|struggle\w*)|it\ happens\ to\ (?:everyone|everybody|all\ of\ us|the\ best\ of\ us))\b[^,.;!?]{0,30})?[.!,]*(?:\ (?:though|mate|love|hun|tbh|lol|really|honestly)[.!]*)?$
        |(?:is|was)\ hardly\ (?:a|the|an)\b|(?:nothing|small|easy|manageable|minor)\ (?:compared\ to|next\ to|beside)\b|(?:easy|nothing|small|minor)\ compared\ (?:with|to)
        |(?:way|much|far|so\ much|twice\ as|a\ lot)\ (?:harder|worse|lonelier|longer|tougher|bigger|sadder|scarier)\ than\ (?:you|yours|your\'?s|what\ you)\b
        |plenty\ (?:more|of\ other)\ (?:fish|guys|girls|men|women|people|jobs|boys|lads)\b|\bnot\ that\ deep\b|not\ (?:as\ though|like)\ you\ (?:were|are|had)\b)"""),
        unless_anywhere=_rx(r"\?$|\beven\ if\b|\b(?:that|this)\ is\ just\ (?:me|my)\b|\bnot\ alone\b")),
    Rule("H3", "minimise", _rx(
        r"""\b(?:at\ least\ (?!you\ (?:will\ )?know\ where\ you\ stand)(?!(?:it|that|this)\ (?:does|did|is|was|works|worked|helps|helped)\ for\ me)(?:you|your|it|he|she|they|there|that|this|you\ have|you\ are|you\ still|nobody|no\ one)
        |i\ (?:had|have\ had|went\ through|have\ been\ through)\ (?:it\ |much\ |way\ |far\ |so\ much\ |a\ lot\ )*(?:worse|harder)
        |(?:others|other\ people|some\ people|many\ people|people|plenty\ of\ people|lots\ of\ people|some|kids\ in\ \w+)\ (?:\w+\ )?(?:have|had|are\ in)\ it\ (?:much\ |way\ |far\ |a\ lot\ )?(?:worse|harder|tougher)
        |(?:it|things|that|this)\ (?:could|can)\ (?:always\ )?(?:be|have\ been)\ (?:so\ much\ |much\ |a\ lot\ |way\ )?worse|could\ (?:be|have\ been)\ (?:a\ lot\ |much\ |way\ |so\ much\ |far\ )?worse|worse\ things\ (?:happen|have\ happened)
        |(?:that|it|this)\ is\ (?:really\ |honestly\ |just\ |actually\ |truly\ )?(?:nothing|no\ big\ deal|not\ a\ big\ deal|not\ (?:that|so|as|all\ that)\ (?:bad|big|serious|hard|terrible|important)|just\ a\ phase|only\ a\ phase|a\ first\ world\ problem)
        |no\ big\ deal|not\ a\ big\ deal|(?<!if\ )(?<!if\ it\ )(?:is|would\ be|will\ be)\ not\ the\ end\ of\ the\ world|you\ are\ (?:lucky|so\ lucky|fortunate)\b(?!\ to\ have\ (?:found|me))|(?<!to\ )be\ (?:grateful|thankful)\ (?:for|that)|count\ your\ blessings
        |(?<!to\ )(?<!struggling\ )get\ over\ it(?!.*\?$)|(?:just\ )?move\ on\ already|you\ are\ overreacting|you\ are\ too\ sensitive|(?:it|that)\ is\ all\ in\ your\ head|first\ world\ problems?
        |you\ think\ that\ is\ bad|try\ having|(?<!can\ not\ )(?<!could\ not\ )(?<!can\ only\ )(?<!could\ only\ )(?<!hard\ to\ )imagine\ how\ (?:\w+\ ){1,3}feel\w*|think\ of\ (?:all\ )?(?:those|the\ people|people)\ who|there\ are\ people\ (?:who\ have\ it|starving|dying)
        |it\ is\ (?:just|only)\ (?:a|one)\ (?:\w+\ ){0,2}(?:breakup|job|test|exam|grade|game|dog|cat|pet|girl|boy|guy|argument|fight|bad\ day)
        |(?:just|only)\ a\ phase|could\ have\ been\ worse|would\ have\ (?:been\ (?:even\ |much\ |far\ |a\ lot\ )?worse|hurt\ (?:even\ |much\ |far\ |a\ lot\ )?more)\ if\b|you\ will\ get\ over\ (?:it|him|her|this)
        |(?:know|knows|understand|learn\w*)\ what\ (?:real|true)\ (?:loss|pain|suffering|grief|hardship|trauma|struggle|problems?)\ (?:is|are|looks?\ like)
        |(?:kill|die)\ (?:to|for)\ (?:have\ )?(?:your|a\ life\ like\ yours)|not\ like\ (?:anyone|anybody|someone|somebody)\ (?:died|is\ dying|has\ died)
        |(?:this|that|it|these|those)\ (?:is|are)\ (?:\w+\ )?(?:small|little|minor|petty|trivial)\ (?:stuff|potatoes|problems|issues)|in\ the\ grand\ scheme
        |not\ (?:even\ )?worth\ (?:being|getting)\ (?:\w+\ )?(?:upset|worked\ up|sad|angry|stressed)|without\ (?:any|some|a|good|real)\ (?:cause|couse|reason)
        |(?:making|make)\ (?:such\ )?a\ (?:big\ )?deal\ (?:out\ )?of\ (?:nothing|this)|mountain\ out\ of\ a\ molehill|blowing\ (?:this|it)\ out\ of\ proportion)\b""")),
]
