"""MITI-style kinds of a peer-support worker's lines, by hand-written rules.

In rehearsal mode the worker practises and each of their lines is coded as one
of six kinds:

``reflection``
    restates, paraphrases or names what the other person said or feels.
``open_question``
    invites the person to say more in their own words ("What was that like?",
    "Tell me more", "I wonder how...", "Can you say more about that?").
``closed_question``
    a yes/no, either/or or short-fact question ("Did you tell her?",
    "How old is he?", "When's the resit?").
``self_disclosure``
    the worker shares something of their own experience or reaction.
``affirmation``
    recognises the person's strengths, efforts or values.
``other``
    advice, instructions, information, diagnosis, lecturing, greetings, thanks,
    sympathy formulas, small talk and fillers.

The rules work on spoken transcripts too: questions are found from word order
(auxiliary-initial "do you / is it / have you..." is closed, wh-initial or "tell
me / say more / I wonder" is open), so a missing question mark does not matter;
and a question mark on a plain statement ("So you've stopped going?") does not
make it a question. Conventions follow ``eval/worker_lines_labels.jsonl``:

* a suggestion wrapped in a yes/no question ("Have you tried...?", "Would it
  help to...?") is coded by its form, ``closed_question``; "Why don't you...?",
  "What if you tried...?" and "How about trying...?" are not real questions
  and are coded ``other`` (advice);
* "What you need is..." is a statement of superior knowledge (``other``);
  "What I'm hearing is..." is a reflection; "What helped me was..." is a
  self-disclosure;
* "how old / how many / how much / how long / how often", "when", "where",
  "which" and "who" ask for a short fact (``closed_question``), unless they ask
  where a feeling goes or comes from;
* "Can you tell me more?" and other polite requests for more are open;
* a tag question ("You're exhausted, aren't you?") is closed;
* the empathic "should" ("You should be proud", "You shouldn't have to carry
  this") is not advice.

Everything is regular expressions over one lower-cased sentence; a
classification takes some tens of microseconds.

The patterns live in their own modules, one table each: ``line_kinds_formulas``
(fillers, greetings), ``line_kinds_questions``, ``line_kinds_lecturing``,
``line_kinds_statements`` (soft "other", reflection frames, self-disclosure)
and ``line_kinds_affirmation``; this module applies them. Advice is the one advice detector's (``advice``),
the same the guard and peer style ask. Scoring on labelled
lines is in ``line_kinds_eval``.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .advice import Advice, advice
from .line_kinds_affirmation import _AFFIRM, _AFFIRM_I
from .line_kinds_lecturing import _LECTURING
from .line_kinds_formulas import (_ADDRESSES_PERSON, _FORMULA_LEAD, _GREETING, _KEEP_GOING_ALONE, _LEAD,
                                  _ONLY_FILLER, _THANKS_FOR_STRENGTH)
from .line_kinds_questions import (_ANY_ELLIPTICAL, _ANY_Q, _AND_THEN, _AUX_Q, _CAN_IMPERATIVE, _HAVE_IMPERATIVE,
                                   _OPEN_CONTENT, _OPEN_INVITE, _PSEUDO_CLEFT_WH, _QUESTION_CLAUSE_LEAD,
                                   _SHORT_FACT_HOW, _SHORT_FACT_WHAT, _SUBJECT_PRONOUN, _SUBORDINATE_WH, _TAG_Q,
                                   _WH, _WHAT_IS_WAS)
from .line_kinds_statements import (_FIRST_PERSON, _FIRST_PERSON_Q, _GENERIC_SUBJECT, _INFO, _REFLECT_FRAME,
                                    _SECOND_PERSON, _SOFT_OTHER, _STRONG_FIRST_PERSON, _YOU_KNOW, _YOU_SUBJECT)
from .line_kinds_text import _WORD, _normalise
from .sentences import split_sentences

KINDS = ("reflection", "open_question", "closed_question", "self_disclosure", "affirmation", "other")

_COUNT_KEYS = {
    "reflection": "reflections",
    "open_question": "open_questions",
    "closed_question": "closed_questions",
    "self_disclosure": "self_disclosures",
    "affirmation": "affirmations",
}


def _strip_lead(text: str) -> str:
    return _LEAD.sub("", text).strip()


def _analyse(sentence: str) -> tuple[str, bool, Advice | None]:
    """(kind, dominant, advice) for one sentence; dominant marks advice and
    lecturing, and advice is the advice detector's verdict on it."""
    given = advice(sentence)
    low = _normalise(sentence)
    if not _WORD.search(low) or _ONLY_FILLER.match(low):
        return "other", False, given
    has_qmark = "?" in low
    core = _strip_lead(low)
    greeting = bool(_GREETING.search(core))
    rest = _FORMULA_LEAD.sub("", core).strip()
    formula = rest != core
    body = re.sub(r"[.!?,;:\s]+$", "", _strip_lead(rest))
    if not _WORD.search(body) or _KEEP_GOING_ALONE.match(body):
        return "other", given is not None, given

    kind = _question_kind(body, has_qmark)
    # Advice is "other" and outweighs the rest; only a real question that
    # offers an idea ("Have you tried meditation?") keeps its form.
    if given is not None and not (kind and given.tentative and given.rule not in _NOT_A_QUESTION):
        return "other", True, given
    if kind:
        return kind, False, given
    if _LECTURING.search(body):
        return "other", True, given
    if formula:
        # "Sorry, that's a lot to carry" is still a reflection; "Thanks for telling me" is not.
        if not greeting and _ADDRESSES_PERSON.search(body):
            kind = _statement_kind(body)
            if kind != "other":
                return kind, False, given
        if not greeting and (_AFFIRM.search(body) or _THANKS_FOR_STRENGTH.search(body)):
            return "affirmation", False, given
        return "other", False, given
    return _statement_kind(body), False, given


# Tentative advice put as a question that is not one ("How about trying...?").
_NOT_A_QUESTION = ("how-about",)


def _question_kind(core: str, has_qmark: bool) -> str | None:
    """open_question / closed_question for a question form, else None."""
    if _OPEN_INVITE.search(core) or _AND_THEN.search(core):
        return "open_question"
    kind = _clause_question(core, has_qmark)
    if kind:
        return kind
    clauses = [c.strip() for c in re.split(r"[,;:]\s*|\s+-\s+", core) if c.strip()]
    if len(clauses) > 1 and (has_qmark or _QUESTION_CLAUSE_LEAD.search(clauses[0])):
        for clause in clauses[1:]:
            clause = _strip_lead(clause)
            if _OPEN_INVITE.search(clause):
                return "open_question"
            kind = _clause_question(clause, has_qmark)
            if kind:
                return kind
    if _TAG_Q.search(core) or _ANY_ELLIPTICAL.search(core) or (has_qmark and _ANY_Q.search(core)):
        return "closed_question"
    # "Every day?", "Tonight?": a short fragment asked as a question.
    if has_qmark and 0 < len(_WORD.findall(core)) <= 3 and not _SUBJECT_PRONOUN.search(core):
        return "closed_question"
    return None


def _clause_question(clause: str, has_qmark: bool) -> str | None:
    clause = re.sub(r"^(?:and )?then\b\s*", "", clause)
    m = _WH.search(clause)
    if m:
        word = m.group(1).replace("'s", "")
        if word == "what":
            if _PSEUDO_CLEFT_WH.search(clause) or (not has_qmark and _WHAT_IS_WAS.search(clause)):
                return None
            return "closed_question" if _SHORT_FACT_WHAT.search(clause) else "open_question"
        if word == "how":
            return "closed_question" if _SHORT_FACT_HOW.search(clause) else "open_question"
        if word == "why":
            return "open_question"
        if _SUBORDINATE_WH.search(clause):
            return None
        return "open_question" if _OPEN_CONTENT.search(clause) else "closed_question"
    if _AUX_Q.search(clause) and not _HAVE_IMPERATIVE.search(clause) and not _CAN_IMPERATIVE.search(clause):
        return "closed_question"
    return None


def _statement_kind(body: str) -> str:
    if _AFFIRM_I.search(body):
        return "affirmation"
    if _SOFT_OTHER.search(body):
        return "other"
    if _REFLECT_FRAME.search(body):
        return "affirmation" if _AFFIRM.search(body) else "reflection"
    if (_FIRST_PERSON.search(body) and not _FIRST_PERSON_Q.search(body)
            and not (_YOU_SUBJECT.search(body) and not _STRONG_FIRST_PERSON.search(body))):
        return "self_disclosure"
    if (_INFO.search(body) or _GENERIC_SUBJECT.search(body)) and not _SECOND_PERSON.search(_YOU_KNOW.sub("", body)):
        return "other"
    if _AFFIRM.search(body):
        return "affirmation"
    return "reflection"


def classify_sentence(text: str) -> str:
    """The kind of one sentence of a worker's line (one of ``KINDS``)."""
    return _analyse(text)[0]


# Precedence among sentence kinds when a line has several sentences.
_PRECEDENCE = ("open_question", "closed_question", "affirmation", "reflection", "other")
_QUESTIONS = ("open_question", "closed_question")


def classify_line(text: str) -> tuple[str, list[str]]:
    """Classify a whole line: (primary kind, kind of each sentence).

    The line is split with :func:`companion.sentences.split_sentences` and each
    sentence is classified. The primary kind is chosen as follows (derived from
    the multi-sentence lines of the development data):

    1. advice or lecturing anywhere (instructions, "you should/need to",
       diagnosis, authority claims, "trust me", minimising) makes the line
       ``other`` -- it outweighs any reflection or question around it;
    2. a self-disclosure wins, unless the line's questions are longer (in
       words) than its disclosure ("I've been sober eleven years and still
       think about it. What's it been like for you?" is a disclosure; "Me too.
       How did you get through it?" is an open question);
    3. otherwise: open question > closed question > affirmation > reflection
       > other (a question carries the turn over the reflection before it; a
       reflection followed by "That takes real courage." is an affirmation;
       fillers, greetings and thanks only count when nothing else is there).

    An empty line is ``other``.
    """
    sentences = split_sentences(text or "")
    analysed = [_analyse(s) for s in sentences]
    kinds = [k for k, _, _ in analysed]
    if not kinds:
        return "other", []
    if any(dominant for _, dominant, _ in analysed):
        return "other", kinds
    if "self_disclosure" in kinds:
        sd_words = sum(len(_WORD.findall(s.lower())) for s, k in zip(sentences, kinds) if k == "self_disclosure")
        q_words = sum(len(_WORD.findall(s.lower())) for s, k in zip(sentences, kinds) if k in _QUESTIONS)
        if sd_words >= q_words:
            return "self_disclosure", kinds
    for kind in _PRECEDENCE:
        if kind in kinds:
            return kind, kinds
    return "other", kinds


def line_advice(text: str) -> Advice | None:
    """The advice a worker's line gives (the first found, sentence by
    sentence), as the advice detector reads it; None if it gives none."""
    return next((found for s in split_sentences(text or "") if (found := _analyse(s)[2]) is not None), None)


def count_kinds(kinds: Iterable[str]) -> dict:
    """Counts of the MITI behaviours in a sequence of kinds ("other" is not counted)."""
    counts = {key: 0 for key in _COUNT_KEYS.values()}
    for kind in kinds:
        key = _COUNT_KEYS.get(kind)
        if key:
            counts[key] += 1
    return counts
