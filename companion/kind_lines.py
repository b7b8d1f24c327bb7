"""The lines written for a kind of turn (turn_kinds): a greeting, thanks, a
goodbye, a request for advice, a question about the companion's own life.
They are answered at once with these lines, not the model: a small model
asked for advice gives it, and asked about its life invents one."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .conversation import Turn
from .feelings import coping_with_a_feeling
from .ideas import IdeaLibrary, topic_words
from .memory import recall
from .prompts import Fallbacks
from .reflection import choose
from .reflection_frames import clause_of
from .sentences import split_sentences
from .turn_kinds import asks_a_name, asks_to_decide, only_opened, question_form, says_thanks, the_ask, wishes_well
from .peer_style import sounds_hurting
from .turn_kinds_asked import (asked_plainly, asks_for_ideas, asks_how_to_start, asks_where, oddness_asked, own_state_asked,
                               said_low_mood)

# Kinds answered with written lines alone, no reflection first: the pools of
# lines, in the order they are said (a line, then its invitation).
# The expert kinds have no reflection: it would put the words they gave into
# the companion's mouth.
_WRITTEN: dict[str, Callable[[Fallbacks], tuple[tuple[str, ...], ...]]] = {
    "greeting": lambda fb: (fb.greeting,),
    "goodbye": lambda fb: (fb.goodbye,),
    "thanks": lambda fb: (fb.thanks, fb.thanks_invite),
    "asks_judgement": lambda fb: (fb.judgement, fb.judgement_invite),
    "asks_if_i_think_less": lambda fb: (fb.think_less, fb.think_less_invite),
    "expert_role": lambda fb: (fb.expert_role, fb.expert_role_invite),
    "expert_words": lambda fb: (fb.expert_words, fb.expert_role_invite),
    "asks_to_share": lambda fb: (fb.asks_to_share,),
    "asks_if_there": lambda fb: (fb.still_here,),
    "thanks_at_start": lambda fb: (fb.thanks_at_start,),
    "next_step": lambda fb: (fb.next_step, fb.next_step_invite),
    "let_out": lambda fb: (fb.let_out, fb.warm_invite),
    "praise": lambda fb: (fb.praise, fb.warm_invite),
    "good_wishes": lambda fb: (fb.good_wishes,),   # a wish often closes: nothing asked after it
    # its last reply complained of: owned, and what it missed asked for; no reflection of the complaint
    "complaint": lambda fb: (fb.complaint, fb.complaint_invite),
    "understood": lambda fb: (fb.understood, fb.understood_invite),
    "doubts_me": lambda fb: (fb.doubt_back, fb.doubt_back_invite),
    # agreeing with its point: only its take, theirs to weigh; knowing it is not doing it
    "agrees": lambda fb: (fb.agrees, fb.agrees_invite),
    "agrees_but_hard": lambda fb: (fb.agrees_but_hard, fb.agrees_but_hard_invite),
    # "not very well" in answer to how they are: sorry, and what's been going on
    "low_mood": lambda fb: (fb.low_mood,),
    "good_mood": lambda fb: (fb.good_mood, fb.good_mood_invite),
    "asks_my_time": lambda fb: (fb.my_time,),
    # thanked for something kind it said: it meant it, and the talk goes on
    "kind_words_back": lambda fb: (fb.kind_words_back, fb.warm_invite),
    # how to stop the companion: said plainly, no question after it
    "asks_how_to_stop": lambda fb: (fb.how_to_stop,),
}
# Kinds answered without a reflection first, besides the written ones.
_NO_REFLECTION = {"asks_to_remember", "asks_to_clarify", "asks_to_repeat", "asks_if_odd", "relief"}


def reflects_first(kind: str) -> bool:
    """Whether the reply to this kind opens with a reflection of what the
    person said (before their question, or with their request)."""
    return kind not in _WRITTEN and kind not in _NO_REFLECTION


class _FreshPick:
    """A line from a pool, not one said before in this conversation."""

    def __init__(self, said_before: Sequence[str], text: str):
        self.said_before, self.text = said_before, text
        # Keyed by what the companion said last too: a "hi" in one
        # conversation is not answered with the same line as in every other.
        self.earlier = said_before[-1] if said_before else ""

    def __call__(self, options: tuple[str, ...]) -> str:
        fresh = tuple(o for o in options if not any(o in said for said in self.said_before))
        # keyed by the list too, so that the line and its invitation vary apart
        return choose(fresh or options, options[0] + " " + self.earlier + " " + self.text)


def kind_lines(kind: str, fb: Fallbacks, history: list[Turn], text: str, ideas: IdeaLibrary | None,
               reflected: bool) -> list[str]:
    """The written lines that answer a turn of ``kind``; ``reflected`` says
    whether the reply opened with a reflection."""
    said_before = [t.text for t in history if t.role == "companion"]
    pick = _FreshPick(said_before, text)
    if kind == "asks_to_share" and re.search(r"\bdo\s+(?:you|u)\s+mind\b", text, re.I):
        return [pick(fb.asks_to_share_mind)]   # "do you mind if I vent?": "yes" would mean it minds
    if kind == "goodbye" and wishes_well(text) and says_thanks(text):
        return [pick(fb.goodbye_thanked_and_wished)]   # "Thanks for everything. Have a great week!": both answered
    if kind == "goodbye" and wishes_well(text):
        return [pick(fb.goodbye_wished)]   # "Have a great evening": wished back
    if kind == "goodbye" and says_thanks(text):
        return [pick(fb.goodbye_thanked)]   # "thanks for listening, night": the thanks answered
    if kind == "asks_if_there" and only_opened([t.text for t in history if t.role == "person"], said_before):
        return [pick(fb.here_at_start)]   # asked before it has said more than hello: no "still here", nothing lost
    if kind == "greeting" and said_before:
        return [pick(fb.greeting_back)]   # it has spoken already: not greeted twice
    if kind in _WRITTEN:
        return [pick(pool) for pool in _WRITTEN[kind](fb)]
    if kind == "asks_to_remember":
        found = recall([t.text for t in history if t.role == "person"], text)
        return [found, pick(fb.remembered_invite)] if found else [pick(fb.not_remembered)]
    if kind == "asks_if_odd":
        word = oddness_asked(text) or "weird"
        return [pick(fb.odd_not).format(word=word), pick(fb.odd_not_after)]
    if kind == "asks_to_repeat":
        said = said_before[-1] if said_before else ""
        return [pick(fb.say_again), *_said_again(fb, pick, said)] if said else [pick(fb.clarify_plain)]
    if kind == "asks_to_clarify":
        return [pick(fb.clarify), _put_another_way(fb, pick, said_before[-1] if said_before else "")]
    if kind == "relief":
        return [pick(fb.relief_thanks if says_thanks(text) else fb.relief), pick(fb.warm_invite)]
    if kind == "asks_how_i_am" and not reflected and said_low_mood(_their_mood(history, text)):
        # "Pretty rough, honestly. And you?": what they said of themselves is taken up, not asked again
        return [pick(fb.how_i_am), pick(fb.how_i_am_after_low)]
    form = question_form(text) if kind in ("asks_opinion", "asks_question", "advice_request") else None
    if form is not None and (kind != "advice_request" or form in ("helps", "in_my_place", "give_up")):   # "should I try it?" as "would it help?"
        # a form of question a plain "I can't say" dodged: answered as asked
        return [pick(pool) for pool in _FORMS[form](fb)]
    own_life = spoke_of_own_life(said_before)
    if own_life and kind == "asks_back":
        return [pick(fb.about_me_focus), pick(fb.about_me_focus_invite)]
    if kind == "asks_question" and asks_a_name(text):
        return [pick(fb.unknown_name)]   # a website's name: none to give, and nothing handed back
    if kind in _TWO_LINES:
        return [pick(pool) for pool in _TWO_LINES[kind](fb, reflected)]
    if kind == "asks_my_ways":
        # no life of its own to draw on, said plainly; then what others have found
        idea = _idea(ideas, text, history, text) or pick(fb.ways_general)
        return [idea] if own_life else [pick(fb.my_ways), idea]
    if kind in ("asks_companion", "asks_back") and (daft := _DAFT_QUESTION.search(text)):
        # "Sorry, silly question": it is not, said first
        return [pick(fb.not_daft).format(word=daft["word"].lower())] + kind_lines(kind, fb, history, _DAFT_QUESTION.sub("", text), ideas, reflected)
    state = own_state_asked(text) if kind in ("asks_companion", "asks_back") else None
    if state is not None:
        # "do you get lonely?": asked plainly, answered plainly, as an AI
        word, worn_by_them = state
        if worn_by_them:
            return [pick(fb.not_worn_out).format(state=word), pick(fb.not_worn_out_after)]
        return [pick(fb.own_state_no).format(state=word), pick(fb.own_state_invite).format(state=word)]
    if kind != "advice_request":
        if own_life:
            return [pick(fb.about_me_focus), pick(fb.about_me_focus_invite)]
        return [pick(fb.about_me), pick(fb.about_me_invite)]
    # asked for ideas, what other people have found, handed back; else
    # honestly not theirs to decide
    deciding = asks_to_decide(text)
    # the sentence that asks, or the whole turn when the ask names no topic
    # ("My landlord won't fix the heating. Any tips?")
    ask = _with_its_subject(the_ask(text), text)
    own = text   # the turn itself: whether it names a thing of its own
    before = []
    if not topic_words(text):
        # a turn that is only the ask ("any advice") asks about what they said
        # just before: read with it (an idea must still share a word of its
        # topic, so nothing off the point is offered), and alone (joined to
        # the ask, "we broke up, we argued nonstop" matched no
        # idea on breakups)
        before = [t.text for t in history if t.role == "person"][-1:]
        text = f"{before[0]} {text}" if before else text
    idea = None if deciding else _idea(ideas, ask if topic_words(ask) else text, history, own) \
        or (_idea(ideas, before[0], history, own) if before else None)
    if idea is None and not deciding and ideas is not None and _MORE_ASKED.search(ask) and not _named_thing(ask, own):
        # "any other suggestions?" after an idea: another on the same topic
        idea = ideas.another_like(said_before)
    if idea is None and not deciding and ideas is not None and asks_how_to_start(own) \
            and _A_TALK_AHEAD.search(" ".join(before + [own])):
        # "I'll ring my sister tonight. How do I even begin?": the ask names no
        # topic, and the talk ahead is it (read blind, "I don't have ideas
        # for that" left the practical question unanswered)
        idea = ideas.idea_for(_STARTING_A_HARD_TALK, avoid=said_before, told=own)
    if idea is None and not deciding and asks_where(ask if asks_where(ask) else text):
        # where or how to find something: it does not know places, says so,
        # and works it out with them
        return [pick(fb.find), pick(fb.find_invite)]
    hurting = sounds_hurting(text)
    if idea is None and not deciding and _HELPING_SOMEONE.search(ask):
        # "how do I help my friend who is depressed?": ways to feel better
        # oneself ("does any of that sound like you?") do not answer it
        return [pick(fb.no_ideas), pick(fb.no_ideas_invite)]
    if idea is None and not deciding and asks_for_ideas(own) and not hurting and _named_thing(ask, own):
        # ideas asked for on a named thing with no reviewed idea ("any craft
        # ideas?", "work from home online, any suggestions?"): a walk or a
        # chat with a friend was no answer; it says plainly it has none ready
        # and takes the question up with them
        return [pick(fb.no_ideas), pick(fb.no_ideas_invite)]
    if idea is None and not deciding and (asks_for_ideas(own) or hurting) \
            and (coping_with_a_feeling(text) or not topic_words(text)):
        # ways asked for with no topic close to a reviewed idea ("any other
        # tactics you can share?", "help me with this fear"): what people
        # often mention to take the edge off a feeling (read blind, they
        # were no answer to more suggestions asked about work, or to how to
        # leave an affair)
        idea = pick(fb.ways_general)
    if idea is None and not deciding and asks_for_ideas(own):
        return [pick(fb.no_ideas), pick(fb.no_ideas_invite)]
    if idea:
        return [idea]
    # "what can I tell them?": what they want to get across, not what helped before
    saying = re.search(r"\bwhat\s+(?:do|can|could|should)\s+i\s+(?:even\s+)?(?:say|tell)\b", ask, re.I)
    return [pick(fb.advice), pick(fb.decide_invite if deciding else fb.say_invite if saying else fb.advice_invite)]


# Kinds answered with a line and its invitation, after a reflection when there was one.
_TWO_LINES: dict[str, Callable[[Fallbacks, bool], tuple[tuple[str, ...], ...]]] = {
    "asks_question": lambda fb, reflected: (fb.unknown, fb.unknown_invite),
    "asks_opinion": lambda fb, reflected: (fb.opinion, fb.opinion_invite),
    "asks_how_i_am": lambda fb, reflected: (fb.how_i_am, fb.invite if reflected else fb.how_i_am_invite),
    "asks_back": lambda fb, reflected: (fb.asks_back, fb.asks_back_invite),
    "own_idea": lambda fb, reflected: (fb.own_idea, fb.own_idea_invite),
    "asks_my_contacts": lambda fb, reflected: (fb.my_contacts, fb.my_contacts_invite),
}


# The lines for each form of question (turn_kinds.question_form).
_FORMS: dict[str, Callable[[Fallbacks], tuple[tuple[str, ...], ...]]] = {
    "helps": lambda fb: (fb.opinion_helps, fb.opinion_helps_invite),
    "worry": lambda fb: (fb.opinion_worry, fb.opinion_worry_invite),
    "theory": lambda fb: (fb.opinion_theory, fb.opinion_theory_invite),
    "sure": lambda fb: (fb.opinion_sure, fb.opinion_sure_invite),
    "normal": lambda fb: (fb.opinion_normal, fb.opinion_normal_invite),
    "can": lambda fb: (fb.opinion_can, fb.opinion_can_invite),
    "in_my_place": lambda fb: (fb.in_my_place, fb.decide_invite),
    "confirm": lambda fb: (fb.opinion_confirm, fb.opinion_confirm_invite),
    "bear_it": lambda fb: (fb.bear_it, fb.bear_it_invite),
    "give_up": lambda fb: (fb.give_up, fb.give_up_invite),
    "decide": lambda fb: (fb.advice, fb.decide_invite),
}


def _their_mood(history: list[Turn], text: str) -> str:
    """What they said of how they are: the part of this turn before asking
    back ("not great, and you?"), else their turn just before it."""
    before = re.split(r"[,.;!?]|\b(?:and|how|what)\b", text, maxsplit=1, flags=re.I)[0]
    if before.strip() and said_low_mood(before):
        return before
    earlier = next((t.text for t in reversed(history) if t.role == "person"), "")
    # only when the companion has not spoken since: its own turn would have taken it up
    return earlier if history and history[-1].role == "person" else ""


# More of the same asked for ("any other suggestions?", "what else would you suggest?")
_MORE_ASKED = re.compile(r"\b(?:other|more|else|another|further)\b", re.I)


def _named_thing(ask: str, text: str) -> bool:
    """Whether the request for ideas names a thing of its own ("craft ideas",
    "work from home online"), not only the asking ("any other suggestions
    you might recommendo?")."""
    def named(words: set[str]) -> set[str]:
        return {w for w in words if not w.startswith(("recommend", "suggest", "advi", "idea", "tip")) and w not in _CHAT_WORDS}
    return asks_how_to_start(ask) or bool(named(topic_words(ask)) or named(topic_words(text)))


_HELPING_SOMEONE = re.compile(r"\bhow\s+(?:do|can|should|could)\s+i\s+(?:best\s+)?(?:help|support|comfort|cheer|be\s+there|reach\s+out)\b", re.I)
# Words of the chat around a request, naming nothing ("wow, so nice to talk to you")
_CHAT_WORDS = frozenset("wow nice talk talking might love like glad great really same lol okay yes yeah would could "
                        "awesome cool sure fine".split())


# A life of its own told in the conversation's earlier turns: in a window of
# someone else's chat (`reply --jsonl`) a human supporter said "I went
# through a breakup too" or "my grandparents used it". Read blind, "I'm an
# AI, so I haven't lived through anything like it" then contradicted the
# conversation; asked about it, the companion keeps the focus on them, and
# neither claims nor denies a life. Its own lines never tell of one.
_OWN_LIFE = re.compile(
    r"\b(?:i(?:'ve|\s+have)\s+(?:been|gone)\s+through|i\s+went\s+through|when\s+i\s+was|i\s+used\s+to|in\s+my\s+(?:own\s+)?experience"
    r"|from\s+(?:my\s+)?(?:own\s+)?experience|i\s+(?:had|have)\s+(?:a\s+)?similar|personally,?\s+i|i\s+(?:take|drink|play|use|do|tried|find|found)\s+"
    r"(?:\w+\s+){0,4}?(?:myself|too|as\s+well|every\s+(?:day|night|morning))|i\s+(?:drink|take|eat|play|read|watch)\s+(?:a\s+lot\s+of|lots\s+of)"
    r"|i\s+(?:mainly|mostly|always)\s+(?:used|use|do|did|go|went)|i\s+had\s+a\s+(?:bad|similar|tough|hard|rough|difficult|horrible|messy)\s+(?:\w+\s+)?(?:break\s*up|time|experience|year|divorce)"
    # "I failed a driving test once", "One thing I started doing was...", "I am a stay at home mom"
    r"|i\s+(?:once\s+|also\s+)?(?:failed|lost|quit|moved|joined|met|grew\s+up|got\s+(?:divorced|married|fired|laid\s+off|dumped)|broke\s+up)\b"
    r"|one\s+thing\s+i\s+(?:started|did|do|tried)|i(?:'m|\s+am)\s+(?:a|an)\s+(?:stay[\s-]at[\s-]home|single|working|full[\s-]time|part[\s-]time)\b"
    r"|my\s+(?:part[\s-]time|full[\s-]time|first|old|last|own)\s+job"
    r"|my\s+(?:wife|husband|kids|son|daughter|mum|mom|dad|mother|father|parents"
    r"|grand\w+|sister|brother|partner|boyfriend|girlfriend|family|dog|cat|job|boss|colleagues?))\b", re.I)


def spoke_of_own_life(said_before: Sequence[str]) -> bool:
    """Whether the companion's side of the conversation told of a life of its own."""
    return any(_OWN_LIFE.search(s) for s in said_before)


# A talk the person means to have, and the ask it stands for
_A_TALK_AHEAD = re.compile(r"\b(?:talk|speak|tell|say|bring\s+it\s+up|conversation|chat|confront|raise\s+it|open\s+up)\b", re.I)
_STARTING_A_HARD_TALK = "how do I start a hard conversation with someone?"


def _with_its_subject(ask: str, text: str) -> str:
    """The ask, or when it names nothing ("Any tips?") the question just
    before it that does ("How have you kept your sense of self? Any tips?"):
    read with the whole turn, an idea on grief was offered for it."""
    if topic_words(ask):
        return ask
    sentences = split_sentences(text)
    at = next((i for i in range(len(sentences) - 1, -1, -1) if sentences[i].strip() == ask.strip()), None)
    before = sentences[at - 1] if at else ""
    return before if before.rstrip().endswith("?") and topic_words(before) else ask


def _idea(ideas: IdeaLibrary | None, asked: str, history: Sequence[Turn], text: str) -> str | None:
    """The reviewed idea closest to what was asked. Read with the turns
    before it, an ask that names no topic ("do you have any idea?") matched
    ideas on other things, so it is read alone; the people it may be about
    are those of their turns."""
    if ideas is None:
        return None
    told = " ".join([t.text for t in history if t.role == "person"] + [text])
    return ideas.idea_for(asked, avoid=[t.text for t in history if t.role == "companion"], told=told)


def _said_again(fb: Fallbacks, pick: Callable[[tuple[str, ...]], str], said: str) -> list[str]:
    """Its last words again, told as what it said ("I said your manager
    changed the brief twice, and that it sounds hard to sit with"), its
    question put another way: the same thing, in sentences not yet said."""
    sentences = split_sentences(said)
    statements = [clause_of(s) for s in sentences if not s.rstrip().endswith("?")]
    questions = [s for s in sentences if s.rstrip().endswith("?")]
    # an idea offered with a question after it ("A few people say volunteering
    # helped; does that sound like you at all?"): the idea is what was missed
    ideas = [clause_of(q.split(";")[0].strip() + ".") for q in questions if ";" in q]
    statements = (statements[:1] + ideas)[:2] if ideas else statements[:2]
    lines = []
    if statements:
        lines.append("I said " + ", and that ".join(c.rstrip(".!") for c in statements) + ".")
    if questions:
        asked = reported_question(questions[-1].split(";")[-1].strip().capitalize() if ideas else questions[-1])
        if asked or not ideas:
            lines.append(f"{'And I' if statements else 'I'} asked {asked}." if asked else _put_another_way(fb, pick, said))
    return lines


_DAFT_QUESTION = re.compile(r"\W*(?:sorry\W+)?(?:(?:that'?s|that\s+was|it'?s)\s+(?:a\s+)?|a\s+)?(?P<word>silly|stupid|dumb|daft|weird|strange)\s+(?:question|thing\s+to\s+ask(?:\s+an?\s+(?:ai|bot|computer|app))?)\b(?:\W+lol)?\W*", re.I)


# A question of its own turned into what it asked: "What do you make of it?"
# is "what you make of it"; "Do you want to say more?" "whether you want to
# say more". None for a form not turned round here.
_WH_DO = re.compile(r"^(What|How|Where|When|Who|Which|Why)((?:\s+\w+)?)\s+do\s+(you|they|we)\s+([^?]+?)\s*\?$")
_WH_AUX = re.compile(r"^(What|How|Where|When|Who|Which|Why)((?:\s+\w+)?)\s+(is|are|was|has|have|would|could|can|will|might)\s+"
                     r"(you|it|that|this|they|things|there)\s+([^?]+?)\s*\?$")
_WH_SUBJECT = re.compile(r"^(What|Who|Which)(?:\s+else)?(?:'s|\s+is|\s+has|\s+comes|\s+feels|\s+would|\s+might)\b[^?]*\?$")
_YES_NO_DO = re.compile(r"^(?:Do|Does|Did)\s+(you)\s+([^?]+?)\s*\?$")
_YES_NO_AUX = re.compile(r"^(Would|Could|Can|Will|Is|Are|Was|Have|Has)\s+(you|there|it|that|anything|anyone)\s+([^?]+?)\s*\?$")


def reported_question(question: str) -> str | None:
    q = " ".join(question.split())
    if m := _WH_DO.match(q):
        return f"{m[1].lower()}{m[2]} {m[3]} {m[4]}"
    if m := _WH_AUX.match(q):
        return f"{m[1].lower()}{m[2]} {m[4]} {m[3]} {m[5]}"
    if _WH_SUBJECT.match(q):
        return q[0].lower() + q[1:-1].rstrip()
    if m := _YES_NO_DO.match(q):
        return f"whether {m[1]} {m[2]}"
    if m := _YES_NO_AUX.match(q):
        return f"whether {m[2]} {m[1].lower()} {m[3]}"
    return None


def _put_another_way(fb: Fallbacks, pick: Callable[[tuple[str, ...]], str], said: str) -> str:
    """The companion's last question said again, plainly: "I was wondering
    whether you have enough time"; a general rewording when it cannot be."""
    questions = [s for s in split_sentences(said) if s.rstrip().endswith("?")]
    if not questions:
        return pick(fb.clarify_plain)
    how, clause = asked_plainly(questions[-1])
    if clause is not None:
        return pick(fb.clarify_whether).format(question=clause)
    return pick(fb.clarify_yes_no if how == "yes_no" else fb.clarify_open)
