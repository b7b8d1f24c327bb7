"""The reply pipeline: a person's turn in, guarded sentences out, one at a time.

Order of precedence for a turn:
1. a risk to life or danger from someone (``risk``: rules, a learned layer
   and the turns before) gets reviewed lines only, never the model: the
   fixed message for a clear disclosure, a direct question for a possible
   cue, and the answer to that question taken up; the turns right after a
   message get reviewed lines too;
2. a question about what the companion is gets its declared identity;
3. otherwise the reply opens, at once, with a reflection of the person's own
   words made without the model (when there is something to reflect), and the
   model writes the rest sentence by sentence after it. Each sentence is
   checked by the guard before it is released; a rejected one is generated
   again a bounded number of times, and if that fails the reply falls back to
   a plain reflection and an invitation, which need no model.
"""
from __future__ import annotations

import re
from collections.abc import Generator, Iterator

from .config import Config
from .conversation import Turn
from .guard import Guard
from .language_model import ChatModel
from .prompts import Prompts
from .peer_style import pick_share, sounds_hurting
from .ideas import IdeaLibrary
from .kind_lines import kind_lines, reflects_first, spoke_of_own_life
from .model_reply import ModelSentences
from .reactions import ReactionSource, opening_words
from .reply_types import Reply, ReplySentence, ReplyStream, Source
from .memory import introduced_name, without_the_introduction
from .words import content_words
from .question_reflection import question_reflection
from .answer_reflection import answer_reflection, choice_taken_up, span_taken_up, time_since_taken_up
from .reflection import FEELING, choose, frame_and_clause, longest_shared_run, opening_reflections, reflection_of
from .feeling_intensity import mild_feeling
from .reflection_grammar import reads_as_sentence
from .hurtful import carries_pain, good_news, hurtful_words, said_lightly, sounds_glad
from .risk import RiskDetector
from .risk.answer import load_crisis_lines
from .risk_reply import risk_reply
from .sentences import split_sentences
from .turn_kinds import (asks_identity, at_the_start, corrects_a_slip, besides_my_contacts, besides_the_ask, closes_with_thanks, continues_turn_before,
                         ends_after_anything_else, opens_with_thanks, says_thanks, sorry_to_me, step_points_to_harm, takes_up_a_step,
                         thanks_before_asking, thanks_for_the_time, turn_kind)
from .turn_kinds_asked import asks_back, mood_words, said_good_mood, said_low_mood
from .turn_kinds_feedback import split_complaint
from .turn_weight import carries_a_feeling, question_answered, said_just_before

__all__ = ["Reply", "ReplySentence", "ReplyStream", "Responder", "Source", "asks_identity"]

_BRIEF_WORDS = 4
# a turn of theirs between the companion's question and their bare answer
_SHORT_BETWEEN = 12
# After "you're not listening": no gladness, and no "I'm listening" said back.
_DEFENSIVE = re.compile(r"\b(?:glad|happy|listening|hear\s+you|following\s+you|with\s+you|taking\s+that\s+in)\b", re.I)
# Plain lines that thank them for telling, and invitations that ask how it
# feels, what is hardest or what to understand of it: for a turn that carries a feeling (turn_weight),
# not for an agreement, a plain answer, an opinion or a plan.
_FOR_WHAT_WAS_TOLD = re.compile(r"\b(?:telling|into\s+words|taking\s+that\s+in)\b", re.I)
_ASKS_HOW_IT_FEELS = re.compile(r"\b(?:hardest|feeling|like\s+for\s+you|sitting\s+with|comes\s+up\s+for\s+you|me\s+to\s+understand)\b", re.I)


# Kinds that ask something of the companion: a thank-you said before the ask
# is answered too, not passed over.
_ASKING_KINDS = frozenset({"advice_request", "asks_question", "asks_opinion", "asks_companion", "asks_my_ways",
                           "asks_judgement", "asks_back", "asks_my_contacts", "asks_if_i_think_less", "own_idea"})


def _at_the_start(history: list[Turn]) -> bool:
    """Whether the person has told nothing of their own yet (turn_kinds.at_the_start)."""
    return at_the_start([t.text for t in history if t.role == "person"], [t.text for t in history if t.role == "companion"])


# Questions about the companion's own life or ways ("have you been through
# this? how did you cope?")
_ABOUT_ITS_LIFE = ("asks_companion", "asks_my_ways")


def _question_left_unanswered(history: list[Turn], text: str) -> str:
    """The last question in the person's messages since the companion last
    spoke, when this turn asks none of its own ("" if there is none). One
    about the companion's own life in the message just before is answered
    first by itself (``_asked_before``), not joined."""
    if "?" in text:
        return ""
    for turn in reversed(history):
        if turn.role != "person":
            return ""
        questions = [s.strip() for s in split_sentences(turn.text) if s.rstrip().endswith("?")]
        if questions:
            return "" if turn is history[-1] and turn_kind(turn.text) in _ABOUT_ITS_LIFE else questions[-1]
    return ""


def _brief(text: str) -> bool:
    return len(text.split()) <= _BRIEF_WORDS


class Responder(ModelSentences):
    def __init__(self, model: ChatModel | None, guard: Guard, prompts: Prompts, cfg: Config,
                 risk: RiskDetector | None = None, reactions: ReactionSource | None = None,
                 ideas: IdeaLibrary | None = None):
        self.model, self.guard, self.prompts, self.cfg = model, guard, prompts, cfg
        self.reactions = reactions
        # ideas offered tentatively when asked for them (ideas.py)
        self.ideas = ideas
        # without a learned layer, the phrase rules alone
        self.risk = risk or RiskDetector(None)
        self.crisis = load_crisis_lines(prompts.directory / "crisis.toml", cfg.safety)

    # The public interface ----------------------------------------------
    def respond(self, history: list[Turn], text: str) -> ReplyStream:
        """Reply to ``text``; ``history`` holds the turns before it."""
        return ReplyStream(self, history, text)

    def introduction(self) -> ReplySentence:
        text = self.prompts.persona.introduction
        return ReplySentence(text, self.guard.check(text), "identity")

    # Internals -----------------------------------------------------------
    def messages(self, history: list[Turn], text: str) -> list[dict]:
        # A model with a style adapter was trained on the short prompt, no examples.
        tuned = self.model is not None and self.model.tuned
        msgs = [{"role": "system", "content": self.prompts.system_prompt(tuned)}]
        for person, companion in () if tuned else self.prompts.examples:
            msgs += [{"role": "user", "content": person}, {"role": "assistant", "content": companion}]
        n_fixed = len(msgs)
        for turn in history[-self.cfg.conversation.history_turns:] if self.cfg.conversation.history_turns else []:
            role = "user" if turn.role == "person" else "assistant"
            if len(msgs) > n_fixed and msgs[-1]["role"] == role:  # merge consecutive turns of one side
                msgs[-1] = {"role": role, "content": msgs[-1]["content"] + " " + turn.text}
            else:
                msgs.append({"role": role, "content": turn.text})
        if len(msgs) > n_fixed and msgs[-1]["role"] == "user":
            msgs[-1] = {"role": "user", "content": msgs[-1]["content"] + " " + text}
        else:
            msgs.append({"role": "user", "content": text})
        return msgs

    def _fixed(self, texts, source: Source) -> Iterator[ReplySentence]:
        for t in texts:
            yield ReplySentence(t, self.guard.check(t), source)

    def attach(self, loop) -> None:
        """Nothing to hear from the voice loop: the rehearsal's stand-in uses
        this to time the worker's turns (ReplySource)."""

    def warm(self) -> None:
        """Prepare the model's fixed prompt opening before the first reply."""
        if self.model is not None:
            self.model.warm(self.messages([], "")[:-1])

    def _opening(self, text: str, said_before: list[str] = ()) -> ReplySentence | None:
        if not self.cfg.generation.reflect_first:
            return None
        # their own words turned round; else their question given back as theirs
        # ("So you're wondering whether drinking alcohol would help.")
        candidates = list(opening_reflections(text))
        first = next(filter(None, (self._checked(s, "reflection") for s in candidates)), None)
        if first is None:
            return self._checked(question_reflection(text), "reflection")
        # the same clause in a frame not said in the last two turns: "..., if
        # I'm hearing you right" four times running reads as a tic
        recent = {frame_and_clause(s)[0] for said in said_before[-2:] for s in split_sentences(said)} - {None}
        frame, clause = frame_and_clause(first.text)
        if frame in recent:
            fresh = (c for c in candidates if frame_and_clause(c)[1] == clause and frame_and_clause(c)[0] not in recent)
            return next(filter(None, (self._checked(c, "reflection") for c in fresh)), first)
        return first

    def _checked(self, sentence: str | None, source: Source) -> ReplySentence | None:
        if sentence is None:
            return None
        verdict = self.guard.check(sentence)
        return ReplySentence(sentence, verdict, source) if verdict.passed else None

    def _invite(self, text: str, avoid: list[str] = (), this_reply: list[str] = (),
                statement: bool = False, ordinary: bool = False) -> Iterator[ReplySentence]:
        """An invitation to go on: not one said before (``avoid``), and none
        that echoes a word of this reply ("Mm, I'm listening. Take your
        time; I'm listening."); with ``statement``, one that asks nothing;
        with ``ordinary`` (a turn that carries no feeling), none that asks
        how it feels or what is hardest."""
        fb = self.prompts.fallbacks
        lines = fb.invite_brief if _brief(text) else fb.invite
        pools = (lines, fb.invite)
        if statement:
            pools = tuple(tuple(i for i in pool if not i.endswith("?")) for pool in (lines, fb.invite, fb.invite_brief))
        # "What's the hardest part?" of minding a granddaughter they look
        # forward to, or of being "a bit stressed"
        if good_news(text) or mild_feeling(text):
            pools = tuple(tuple(i for i in pool if "hardest" not in i) for pool in pools)
        echoed = set().union(*(content_words(t) for t in this_reply)) if this_reply else set()
        # ...nor one that opens as a sentence of this reply did ("I'm with you so far. I'm with you, whenever...")
        # (two words: "I'm with you so far" and "I'm with you, whenever" part at the comma)
        openings = {opening_words(t, 2) for t in this_reply}
        # after many bare answers the brief lines run out: the others, then a repeat
        options = next((o for o in (tuple(i for i in pool if not any(i in said for said in avoid)
                                          and not content_words(i) & echoed
                                          and opening_words(i, 2) not in openings) for pool in pools) if o),
                       pools[0] or lines)
        # keyed apart from the other choices, so the pairs vary too
        invite = choose(options, "invite " + text)
        if "hardest" in invite and not (carries_pain(text) or sounds_hurting(text)):
            # ...nor of a turn with no word of anything hard ("we moved house in the spring")
            invite = choose(tuple(i for i in options if "hardest" not in i) or options, "invite " + text)
        if ordinary and _ASKS_HOW_IT_FEELS.search(invite):
            # ...nor how it feels, after an agreement, a plain answer or a plan:
            # another question, so that it still asks on
            plain = tuple(i for i in options if not _ASKS_HOW_IT_FEELS.search(i))
            invite = choose(tuple(i for i in plain if i.endswith("?") == invite.endswith("?")) or plain or options, "invite " + text)
        verdict = self.guard.check(invite)
        if verdict.passed:
            yield ReplySentence(invite, verdict, "fallback")

    def _plain_first(self, text: str, avoid: list[str] = (), told: bool = True,
                     opening: bool = False) -> ReplySentence | None:
        """The first sentence of a reply made without the model: a reflection
        when there is one, else a plain acknowledgement ("I hear you."), not
        one said before in ``avoid``; without ``told`` (a turn that carries
        no feeling), none that thanks them for telling; with ``opening`` (the
        first thing they tell), none that reads as a story already under way
        ("I'm with you so far")."""
        fb = self.prompts.fallbacks
        candidates = list(opening_reflections(text))
        reflection = reflection_of(text)
        # the loose reflection only when it says something ("So you are." does not)
        if reflection and not candidates and longest_shared_run(reflection, text) < 5 \
                and len(reflection.split()) >= 3 and content_words(reflection) & content_words(text) \
                and reads_as_sentence(reflection):
            candidates.append(choose(fb.reflection, text).format(reflection=reflection))
        # a bare answer ("yes please") gets a brief acknowledgement
        plain = fb.plain_at_start if opening else fb.plain_brief if _brief(text) else fb.plain
        fresh = next((f for f in (tuple(p for p in pool if not any(p in said for said in avoid))
                                  for pool in (plain, fb.plain_at_start if opening else fb.plain)) if f), plain)
        chosen = choose(fresh, text)
        if not told and _FOR_WHAT_WAS_TOLD.search(chosen):
            # no thanks for telling after an agreement, a plain answer or a plan
            chosen = choose(tuple(p for p in fresh if not _FOR_WHAT_WAS_TOLD.search(p)) or fresh, text)
        candidates.append(chosen)
        return next(filter(None, (self._checked(c, "fallback") for c in candidates)), None)

    def _not_after_complaint(self) -> list[str]:
        """The plain lines and invitations that read wrong after "you're not
        listening": gladness, and "I'm listening" or "I hear you" said back."""
        fb = self.prompts.fallbacks
        return [line for pool in (fb.plain, fb.plain_brief, fb.invite, fb.invite_brief) for line in pool
                if _DEFENSIVE.search(line)]

    def _fallback(self, text: str, complained: bool = False, opening: bool = False) -> Iterator[ReplySentence]:
        avoid = self._not_after_complaint() if complained else []
        first = self._plain_first(text, avoid, opening=opening)
        if first is not None:
            yield first
        yield from self._invite(text, avoid, this_reply=[first.text] if first is not None else [])

    def _thanks_brief(self, history: list[Turn], text: str, glad: bool = True, opening: bool = False) -> ReplySentence | None:
        """A brief answer to a thank-you said on the way to more: a glad one
        only when nothing in what they said makes gladness read wrong (the
        reply's last net would hold it back, and the thanks go unanswered),
        and not with ``glad`` off (the lines after it say "I'm glad to...")."""
        heard = " ".join([t.text for t in history if t.role == "person"][-1:] + [text])
        # thanks for the time, said on arriving, is no thanks for help given
        lines = self.prompts.fallbacks.thanks_at_start_brief if opening else self.prompts.fallbacks.thanks_brief
        # after pain in the rest of the turn, the thanks is answered without gladness
        fitting = tuple(line for line in lines if not hurtful_words(line, heard)
                        and not ((carries_pain(text) or not glad) and sounds_glad(line))) or lines
        return self._checked(choose(fitting, text), "fixed")

    def _for_kind(self, kind: str, history: list[Turn], text: str) -> Iterator[ReplySentence]:
        """A greeting, thanks, goodbye, request for advice or question about
        the companion's own life: answered at once with lines written for it
        (kind_lines), after a reflection of what they said for some kinds."""
        opening = None
        if kind in _ASKING_KINDS and thanks_before_asking(text):
            # "Thank you, that's kind. Should I phone him?": the thanks is answered first
            thanked = self._thanks_brief(history, text, glad=False, opening=_at_the_start(history))
            if thanked is not None:
                yield thanked
        if reflects_first(kind):
            said_before = [t.text for t in history if t.role == "companion"]
            # asked for ideas, what they said around the ask is turned round first:
            # a turn that is only the ask ("I'd love hearing a few") read "You'd love hearing"
            besides = besides_the_ask(text) if kind == "advice_request" else \
                besides_my_contacts(text) if kind == "asks_my_contacts" else text
            opening = self._opening(besides, said_before) if besides else None
            if opening is None and besides and besides != text and kind == "advice_request":
                opening = self._opening(text, said_before)
            if opening is None and kind == "advice_request":
                # asked for advice, their question is given back even with reflect_first off
                opening = self._checked(question_reflection(text), "reflection")
            if opening is not None:
                yield opening     # what they said before the question is theirs
        lines = kind_lines(kind, self.prompts.fallbacks, history, text, self.ideas, reflected=opening is not None)
        for sentence in (s for line in lines for s in split_sentences(line)):
            verdict = self.guard.check(sentence)
            if verdict.passed:
                yield ReplySentence(sentence, verdict, "fixed")

    def _produce(self, history: list[Turn], text: str, reply: Reply) -> Iterator[ReplySentence]:
        answer = risk_reply(self.risk, self.crisis, history, text, reply,
                            go_on_allowed=self.cfg.reaction == "feeling" and not _brief(text))
        if answer is not None:
            lines, go_on = answer
            yield from self._fixed(lines, "crisis")
            if not go_on:
                return
            # the check's question, or the crisis message, is the companion's
            # last words: the reply after this line reads what they said
            history = history[:-1]
        if asks_identity(text):
            yield from self._fixed((self.prompts.persona.identity, self.prompts.fallbacks.identity_invite), "identity")
            return
        name = introduced_name(text) if _at_the_start(history) else None
        if name is not None:
            # "Hi. I am Arjun, doing my masters...": met by name first, then
            # the rest taken up; a turn that was only the name is asked on
            met = self._checked(choose(self.prompts.fallbacks.named, text).format(name=name), "fixed")
            if met is not None:
                yield met
            rest = without_the_introduction(text)
            if not content_words(rest):
                yield from self._fixed((choose(self.prompts.fallbacks.named_invite, text),), "fixed")
                return
            text = rest
        # "You're not saying much. I feel overwhelmed": the complaint owned in
        # a few words, then the rest of the turn taken up without gladness
        complaint, rest = split_complaint(text)
        complained = bool(complaint and rest)
        if complained:
            owned = self._checked(choose(self.prompts.fallbacks.complaint_brief, text), "fixed")
            if owned is not None:
                yield owned
            text = rest
        if history and history[-1].role == "person" and not re.search(r"[.!?]\W*$", history[-1].text) \
                and continues_turn_before(text):
            # "that i failed" after their own turn: the two read as the one sentence they are
            history, text = history[:-1], f"{history[-1].text.rstrip()} {text.strip()}"
        elif asked := _question_left_unanswered(history, text):
            # "How do I get my flatmate to pull her weight?" ... "She never
            # washes up": a question in their message just before, with no
            # reply between, is answered with this one (read blind, answering
            # only the last message dodged it); the risk check has read the
            # turns as they were
            text = f"{asked} {text}"
        kind = self._kind_of(history, text)
        before = [t.text for t in history if t.role == "person"][-1:]
        if kind == "next_step" and before and step_points_to_harm(text, before[0]):
            # not cheered on: what it points back to is taken up instead
            kind, text = None, f"{before[0]} {text}"
        if kind is not None:
            said = False
            for sentence in self._for_kind(kind, history, text):
                said = True
                yield sentence
            if not said:   # every line written for it was held back: the plain reply, never silence
                yield from self._fallback(text, complained, _at_the_start(history))
            return
        said_before = [t.text for t in history if t.role == "companion"]
        if self.cfg.reaction == "feeling":
            yield from self._reviewed_reply(history, text, said_before, complained)
        elif self.model is None:
            reply.fallback = True
            yield from self._fallback(text, complained, _at_the_start(history))
        else:
            yield from self._model_reply(history, text, reply, said_before)

    def _kind_of(self, history: list[Turn], text: str) -> str | None:
        kind = turn_kind(text)
        if kind == "asks_question" and self.cfg.reaction == "model":
            kind = None   # a model of your own may know; the fixed "I don't know" is for when there is none
        if kind is None and history and history[-1].role == "companion" \
                and ends_after_anything_else(history[-1].text, text):
            kind = "goodbye"
        if corrects_a_slip(text) and history and history[-1].role == "person" \
                and (corrected := turn_kind(history[-1].text)) in ("thanks", "goodbye"):
            kind = corrected   # "Thanks for the tip.s" ... "tips*": still the thanks
        if kind is None and mood_words(text) <= 6 and said_low_mood(text) and not mild_feeling(text):
            kind = "low_mood"   # "not very well." in answer to how they are ("a bit stressed" is not overstated)
        companion_before = next((t.text for t in reversed(history) if t.role == "companion"), "")
        if kind in (None, "thanks") and history and history[-1].role == "companion" and said_good_mood(text, companion_before):
            # "I'm fine" (or "good thanks") in answer to how they are: glad, and
            # what's on their mind; no "that means a lot to me"
            kind = "good_mood"
        if kind == "next_step" and history and history[-1].role == "person" and says_thanks(history[-1].text):
            kind = "thanks"   # "thanks, that's helpful" ... "I'm off to try it now": thanked, and going
        if kind in ("thanks", "goodbye") and thanks_for_the_time(text) and _at_the_start(history):
            kind = "thanks_at_start"   # "thanks for making time for me", on arriving
        if kind == "asks_how_i_am":
            # "how about you?" after their vaccine asks whether it had one, not how it is
            earlier = next((t.text for t in reversed(history) if t.role == "person"), "")
            companion_before = next((t.text for t in reversed(history) if t.role == "companion"), "")
            kind = "asks_back" if asks_back(text, earlier, companion_before) else kind
        return kind

    def _model_reply(self, history: list[Turn], text: str, reply: Reply,
                     said_before: list[str]) -> Iterator[ReplySentence]:
        """A reflection, then the model's sentences, then an invitation."""
        messages = self.messages(history, text)
        context = " ".join([t.text for t in history[-self.cfg.conversation.history_turns:]] + [text])
        accepted: list[str] = []
        opening = self._opening(text, said_before)
        if opening is not None:
            accepted.append(opening.text)
            yield opening
        reviewed = self._reviewed_reaction(history, text, said_before, accepted) \
            if self.cfg.reaction == "situation" else None
        if reviewed is not None:
            if opening is None:
                first = self._plain_first(text)
                if first is not None:
                    yield first
            yield reviewed
            yield from self._hand_back(text, said_before)
            return
        from_model = yield from self._model_run(messages, accepted, text, context, reply,
                                                self._model_slots(text, opening is not None))
        if reply.cancelled.is_set():
            return     # interrupted: nothing more is said
        if not accepted:
            yield from self._plain_then_model(messages, accepted, text, context, reply, said_before)
            return
        if from_model == 0:
            # The model added nothing usable: the reflection is followed by
            # one of the companion's declared shares, so it still shares.
            reply.fallback = True
            share = pick_share(self.prompts.persona.shares, text, avoid=said_before)
            if share is not None:
                verdict = self.guard.check(share.text)
                if verdict.passed:
                    accepted.append(share.text)
                    yield ReplySentence(share.text, verdict, "fallback")
        if not accepted[-1].endswith("?"):
            # Every reply hands the turn back with an invitation.
            yield from self._invite(text, avoid=said_before)

    def _model_slots(self, text: str, reflected: bool) -> int:
        """How many sentences the model may add to the reply."""
        # With a reflection spoken, the model has one sentence (a reaction or
        # a question): the reflection and the invitation take the other slots.
        max_sentences = self.cfg.generation.max_sentences
        model_slots = max(1, max_sentences - 2) if reflected else max_sentences
        if self._ranking():
            # Each slot is a batch of candidates: the invitation is ours.
            model_slots = min(model_slots, max(1, max_sentences - 1))
        if not reflected and self.cfg.generation.reflect_first and len(content_words(text)) < 2:
            # "what do you think?", "welcome": the model asked to begin from
            # so little invents what they meant ("So there's a lot of baby
            # sharks out there"); the reply begins plainly instead, at once.
            model_slots = 0
        return model_slots

    def _model_run(self, messages: list[dict], accepted: list[str], text: str, context: str, reply: Reply,
                   slots: int) -> Generator[ReplySentence, None, int]:
        """The model's sentences, each added to ``accepted``; returns how many."""
        from_model = 0
        while from_model < slots:
            released, finished = self._model_sentence(messages, accepted, text, context, reply)
            if released is None:
                break
            accepted.append(released.text)
            from_model += 1
            yield released
            if finished or released.text.endswith("?"):
                break  # an open question hands the turn back to the person
        return from_model

    def _plain_then_model(self, messages: list[dict], accepted: list[str], text: str, context: str, reply: Reply,
                          said_before: list[str]) -> Iterator[ReplySentence]:
        """The model could not begin in the person's words. The reply begins
        plainly ("I hear you.") and the model, which can still react to what
        was said, gets the slot after it."""
        first = self._plain_first(text)
        if first is not None:
            yield first
        released = None
        if first is not None and reply.error is None:   # a model that failed is not asked again
            accepted.append(first.text)
            released, _ = self._model_sentence(messages, accepted, text, context, reply, after_plain=True)
            if reply.cancelled.is_set():
                return
        if released is None:
            reply.fallback = True
            yield from self._invite(text)
            return
        yield released
        if not released.text.endswith("?"):
            yield from self._invite(text, avoid=said_before)

    def _reviewed_reaction(self, history: list[Turn], text: str, said_before: list[str],
                           this_reply: list[str] = ()) -> ReplySentence | None:
        """A reviewed reaction that fits what was said, if there is one, not
        opening as the reply's sentence before it did ("It sounds like you
        feel so stressed. It sounds like it's been a real struggle.")."""
        if self.reactions is None:
            return None
        earlier = next((t.text for t in reversed(history) if t.role == "person"), "")
        return self._checked(self.reactions.reaction_for(text, earlier, avoid=said_before,
                                                         not_opening_as=this_reply), "reviewed")

    def _asked_before(self, history: list[Turn], text: str) -> ReplySentence | None:
        """Their question about the companion's own life, asked in their turn
        just before this one ("Have you been through this? How did you cope?"),
        answered before this turn is taken up: read blind, it went unanswered."""
        if not history or history[-1].role != "person" \
                or turn_kind(history[-1].text) not in _ABOUT_ITS_LIFE \
                or spoke_of_own_life([t.text for t in history if t.role == "companion"]):
            return None   # (a life of its own told before: neither claimed nor denied, kind_lines)
        return self._checked(choose(self.prompts.fallbacks.asked_before, text), "fixed")

    def _answer_given_back(self, history: list[Turn], text: str) -> ReplySentence | None:
        """A bare yes or no to the companion's own yes-or-no question, given
        back with the question ("So you do feel they don't listen."), or a
        span answering its "how long?" or "when?", or one side of its "was it
        ... or ...?", taken up: "I hear you"
        after it read as not having heard."""
        # ...also with one short turn of theirs between ("I'm so worried." "yes")
        at = next((i for i in range(len(history) - 1, len(history) - 3, -1) if i >= 0 and history[i].role == "companion"), None)
        if at is None or any(len(t.text.split()) > _SHORT_BETWEEN for t in history[at + 1:]):
            return None
        asked = history[at]
        return self._checked(answer_reflection(asked.text, text), "reflection") or \
            self._checked(span_taken_up(asked.text, text), "fixed") or \
            self._checked(time_since_taken_up(asked.text, text), "fixed") or \
            self._checked(choice_taken_up(asked.text, text), "reflection")

    def _hand_back(self, text: str, said_before: list[str], this_reply: list[str] = (),
                   not_now: list[str] = ()) -> Iterator[ReplySentence]:
        # Questions alternate with plain reactions, so the person is not
        # questioned on every turn: after a question, the reaction alone
        # hands the turn back.
        if not (said_before and said_before[-1].rstrip().endswith("?")):
            yield from self._invite(text, avoid=list(said_before) + list(not_now), this_reply=this_reply)

    def _reviewed_reply(self, history: list[Turn], text: str, said_before: list[str],
                        complained: bool = False) -> Iterator[ReplySentence]:
        """A reply of reviewed sentences only: their words reflected (or a
        plain acknowledgement), a reaction to what they feel when one fits,
        and an invitation to go on. After a complaint (``complained``),
        nothing glad and no "I'm listening"."""
        apology, rest = sorry_to_me(text)
        answered = None
        if apology:
            # "sorry that was a bit rude. been up since 6": no need, and the rest taken up
            answered = self._checked(choose(self.prompts.fallbacks.apology_brief, text), "fixed")
            if answered is not None:
                yield answered
            if not rest:
                yield from self._invite(text, avoid=said_before, this_reply=[answered.text] if answered else [], statement=True)
                return
            text = rest
        opening = _at_the_start(history)
        # on arriving, only thanks for their time is answered ("I'm good thanks" thanks for asking)
        thanked = self._thanks_brief(history, text, opening=opening) if (opens_with_thanks(text) or closes_with_thanks(text)) \
            and (not opening or thanks_for_the_time(text)) else None
        if thanked is not None:
            yield thanked
        asked = self._asked_before(history, text)
        if asked is not None:
            yield asked
        not_now = self._not_after_complaint() if complained else []
        # an agreement, a plain answer, an opinion or a plan, read with the
        # question it answers, carries no feeling to react to (turn_weight)
        felt = carries_a_feeling(text, question_answered(history), said_just_before(history))
        # after a complaint owned, or thanks answered, that line is the
        # acknowledgement: no "Thank you for telling me that" when their words
        # cannot be reflected
        first = self._opening(text, said_before) or self._answer_given_back(history, text) or \
            (None if complained or thanked is not None or answered is not None
             else self._plain_first(text, avoid=said_before, told=felt, opening=opening))
        this_reply = [first.text] if first is not None else []
        if first is not None:
            yield first
        # A bare answer ("yes", "same") reacts to nothing of its own: read
        # with the turn before, it was met with sorrow after a hopeful question.
        bare = _brief(text) and not carries_pain(text) and not FEELING.search(text)
        # ...nor does a step they settle on, or an idea they take up
        # ...nor a turn that carries no feeling at all
        reaction = None if bare or not felt or takes_up_a_step(text) or said_lightly(text) \
            else self._reviewed_reaction(history, text, said_before, this_reply)
        if reaction is not None and complained and _DEFENSIVE.search(reaction.text):
            reaction = None
        if reaction is None:
            # after a question, an invitation that asks nothing: the person is
            # not questioned on every turn
            asked = bool(said_before) and said_before[-1].rstrip().endswith("?")
            yield from self._invite(text, avoid=said_before + not_now, this_reply=this_reply, statement=asked,
                                    ordinary=not felt)
            return
        yield reaction
        yield from self._hand_back(text, said_before, this_reply + [reaction.text], not_now)
