"""The companion's answer when a turn touches a risk to life: the check
question, the fixed message, a no or a yes taken up, and the turns after.
Every line is reviewed (prompts/crisis.toml); no model is asked here."""
from __future__ import annotations

from .conversation import Turn
from .reply_types import Reply
from .risk import CLEAR, NO_RISK, POSSIBLE, RiskAssessment, RiskDetector
from .risk.answer import (CrisisLines, after_no_answer, answer_kind, check_again_answer, crisis_answer,
                          corrects_the_reading, crisis_lines_for, going_on_line, help_line_asked, pending_check, recent_message, risk_answered,
                          staying_answer, went_on_after_message)
from .turn_kinds import turn_kind


def risk_reply(detector: RiskDetector, lines: CrisisLines, history: list[Turn], text: str, reply: Reply,
               go_on_allowed: bool = False) -> tuple[tuple[str, ...], bool] | None:
    """Reviewed lines when this turn, or the conversation just before it,
    is about a risk to life, and whether the usual reply goes on after them
    (when ``go_on_allowed``, which holds only for the reviewed reply path: a
    no that says more, "no, I'm just exhausted", or a turn that says more
    after a crisis message; no model improvises here); None otherwise. What was
    found is kept in ``reply``."""
    said = [t.text for t in history if t.role == "companion"]
    found = detector.assess([t.text for t in history if t.role == "person"], text,
                            earlier_answered=risk_answered(said, lines))
    asked = pending_check(said[-1], lines) if said else None
    kind = answer_kind(text) if asked is not None else None
    # a reading by the learned layer alone, of another kind of risk, is no
    # answer to the question: after "is someone hurting you?", "tonight
    # there was a pan of burnt rice in the sink" had got the self-harm
    # message; the turn is taken as the statement it is, and not read with
    # the question either (whose own words read as risk)
    elsewhere = asked is not None and found.source == "learned" and found.category != asked and kind not in ("yes", "question")
    if elsewhere:
        found = NO_RISK
    if asked is not None and found.level != CLEAR:
        if found.source == "turns":
            # the turns before are what the check asked about: the answer is
            # read alone, and with the question below ("Shoot, it's 3:10, I
            # have to pick up my son" joined to them is no yes)
            found = detector.assess([], text)
        if not found.alarm:
            # a statement is read with the question it answers: "With Sam, I
            # mean" is a clarification, "it crosses my mind" is a yes
            if kind == "no" or elsewhere or (kind == "statement" and
                                             not detector.assess([said[-1]], text, earlier_answered=False).alarm):
                leaving = turn_kind(text) in ("goodbye", "thanks")
                if not leaving and go_on_allowed:
                    # what else they said is taken up as any turn is
                    return after_no_answer(lines, said, text, other=kind != "no")[:1], True
                return after_no_answer(lines, said, text, leaving=leaving), False
            if kind == "question" and pending_check(said[-2] if len(said) > 1 else "", lines) is None:
                # "what would you do?": asked once more, saying why
                reply.crisis, reply.risk = True, RiskAssessment(POSSIBLE, asked, "answer", text, 0.0)
                return check_again_answer(lines, asked, said, text), False
        if kind != "no":   # yes, maybe, "I don't know", or unclear twice: taken as yes
            found = RiskAssessment(CLEAR, asked, "answer", text, 1.0)
    if found.level == POSSIBLE and found.source in ("learned", "turns") and lines.after_no_recently(said):
        # Asked and answered a clear no a few turns ago: the learned layer's
        # doubt alone does not ask again (the rules, a clear disclosure and
        # a yes still do).
        found = NO_RISK
    if found.level == CLEAR and found.source == "learned" and lines.after_no_recently(said):
        # a no a few turns ago, and now the learned layer alone reads a clear
        # risk: asked about again, plainly, rather than answered with the
        # crisis lines it was just told were not needed
        found = RiskAssessment(POSSIBLE, found.category, found.source, found.words, found.score)
    if found.alarm:
        reply.crisis, reply.risk = True, found
        return crisis_answer(found.level, found.category, lines, said, text,
                             together=found.source in ("turns", "earlier")), False
    asked_for = help_line_asked([t.text for t in history if t.role == "person"] + [text], said)
    if asked_for is not None and not _said_since(lines, history):
        return crisis_lines_for(lines, asked_for).line_asked, False
    recent = recent_message(said, lines)
    if recent is not None:
        leaving = turn_kind(text) == "goodbye"
        if not leaving and went_on_after_message(said, lines):
            return None   # taken up last turn: this one is any turn ("exactly" had got the abuse line)
        if go_on_allowed and not leaving:
            # A turn that says more, nothing new disclosed: one line that
            # stays with them, then it is taken up as any turn is. Two turns
            # of stay lines had read every false alarm's next turns as a
            # crisis; after a real one, the message and its numbers were
            # just said, and what they say next is heard.
            return going_on_line(lines, said, text, corrected=corrects_the_reading(text)), True
        return staying_answer(lines, recent, said, text, goodbye=leaving), False
    return None


def _said_since(lines: CrisisLines, history: list[Turn]) -> bool:
    """Whether the companion gave a help line after the person's turn before
    this one (asked then, answered then)."""
    last_person = max((i for i, t in enumerate(history) if t.role == "person"), default=-1)
    after = [t.text for t in history[last_person + 1:] if t.role == "companion"]
    return any(line in said for said in after for v in (lines, lines.for_danger or lines) for line in v.line_asked + v.all_messages())
