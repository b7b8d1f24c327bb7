"""One advice detector (issue 16): the guard, the rehearsal's line kinds, its
feedback and peer style give a sentence the same advice verdict, as a
companion sentence and as a worker's line."""
import json
from pathlib import Path

import pytest

from companion.advice import advice
from companion.guard import Guard
from companion.line_kinds import classify_sentence, line_advice
from companion.peer_style import style_problem
from companion.rehearsal import RehearsalSession, load_personas
from companion.sentences import split_sentences

ROOT = Path(__file__).parent.parent
# Sentences written for this project (the real ones of eval/guard_*_labels
# may not be copied here): the guard's training sentences in fifteen
# registers, its written test cases, and the rehearsal's labelled worker lines.
WRITTEN = [
    "training/guard_sentences.jsonl", *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "training" / "guard").glob("*.jsonl")),
    "tests/data/guard_cases.jsonl", "eval/worker_lines_labels.jsonl", "eval/worker_lines_holdout.jsonl",
]


def _written_sentences() -> list[str]:
    seen: dict[str, None] = {}
    for name in WRITTEN:
        for line in (ROOT / name).open(encoding="utf-8"):
            if line.strip():
                for sentence in split_sentences(json.loads(line)["text"]):
                    seen.setdefault(sentence, None)
    return list(seen)


def _strength(found) -> str | None:
    return None if found is None else "tentative" if found.tentative else "instruction"


def _verdicts(sentence: str, guard: Guard, session: RehearsalSession) -> dict:
    """What each reader does with one sentence, as an advice verdict."""
    checked = guard.check(sentence)
    problem = style_problem(sentence, sentence, strict_vocabulary=False) or ""
    return {
        # the guard rejects an instruction as H1 and lets a tentative idea pass
        "guard": "instruction" if "H1" in checked.categories else None,
        "line kinds": _strength(line_advice(sentence)),
        "peer style": "instruction" if problem.startswith("advice:") else
                      "tentative" if problem.startswith("soft advice:") else None,
        "feedback": session.analyse(sentence).advice,
    }


def _disagreements(sentence: str, verdicts: dict) -> list[str]:
    strength = verdicts["line kinds"]
    wrong = []
    if verdicts["guard"] != ("instruction" if strength == "instruction" else None):
        wrong.append("guard")
    if verdicts["peer style"] != strength:
        wrong.append("peer style")
    if verdicts["feedback"] != (strength is not None):
        wrong.append("feedback")
    # an instruction is coded "other" whatever its form
    if strength == "instruction" and classify_sentence(sentence) != "other":
        wrong.append("line kind")
    return wrong


def test_every_written_sentence_gets_the_same_advice_verdict_from_all_four_readers():
    guard = Guard()   # the rules: the learned layer reads every category, not advice alone
    session = RehearsalSession(load_personas(ROOT / "prompts" / "personas")["marcus"], guard)
    sentences = _written_sentences()
    assert len(sentences) > 9000
    found, differ = {"instruction": 0, "tentative": 0, None: 0}, []
    for sentence in sentences:
        verdicts = _verdicts(sentence, guard, session)
        found[verdicts["line kinds"]] += 1
        wrong = _disagreements(sentence, verdicts)
        if wrong:
            differ.append((sentence, wrong, verdicts))
    assert not differ, f"{len(differ)} sentences differ, e.g. {differ[:5]}"
    # all three verdicts occur, so the agreement is not an empty one
    assert found["instruction"] > 1000 and found["tentative"] > 100 and found[None] > 5000, found


@pytest.mark.parametrize("sentence, strength", [
    ("You should quit your job.", "instruction"),
    ("Call her tonight.", "instruction"),
    ("Your dad would want you to move on.", "instruction"),
    ("Have a hot drink and try to get an early night.", "instruction"),
    ("Why don't you just tell him?", "instruction"),
    ("Maybe you could write your sister a letter.", "tentative"),
    ("You may want to try going for a walk.", "tentative"),
    ("Have you thought about joining a carers' support group?", "tentative"),
    ("It might be a good idea to see someone.", "tentative"),
    ("How about a walk after dinner?", "tentative"),
    # what PRINCIPLES.md lets pass, and mirrors
    ("You should be proud of that.", None),
    ("You shouldn't have to carry this alone.", None),
    ("Tell me more.", None),
    ("Take your time.", None),
    ("Talk me through a normal morning.", None),
    ("Say a bit more about what you mean by stuck.", None),
    ("So you have to see him every day.", None),
    ("The mornings are the worst, when there's nowhere you have to be.", None),
    ("What do you think might help?", None),
    ("What have you tried so far?", None),
    ("Would you rather, like, talk about your dad or the job first?", None),
    ("If you feel like you might act on it tonight, please call or text 988.", None),
])
def test_the_detector_reads_instructions_tentative_ideas_and_what_passes(sentence, strength):
    assert _strength(advice(sentence)) == strength


def test_the_guard_rejects_an_instruction_and_passes_a_tentative_idea_with_the_detectors_words():
    guard = Guard()
    verdict = guard.check("You should quit your job.")
    assert verdict.verdict == "reject" and [(t.category, t.words) for t in verdict.triggers] == [("H1", "you should")]
    assert guard.check("Maybe you could write your sister a letter.").verdict == "pass"
    # the companion's own model sentence is held to more: no advice at all
    assert style_problem("Maybe you could write your sister a letter.", "My sister won't talk to me.",
                         strict_vocabulary=False) == 'soft advice: "maybe you could"'
