import json

import pytest

from companion.config import PROJECT_ROOT
from companion.line_kinds import KINDS, classify_line, classify_sentence, count_kinds
from companion.line_kinds_eval import evaluate, format_evaluation

DEV = PROJECT_ROOT / "eval" / "worker_lines_labels.jsonl"

# Dev accuracy is 312/312 = 1.000 with the current rules; the threshold leaves a small margin.
DEV_ACCURACY_THRESHOLD = 0.97


def test_kinds_are_the_six_miti_kinds():
    assert KINDS == ("reflection", "open_question", "closed_question", "self_disclosure", "affirmation", "other")


@pytest.mark.parametrize("text", [
    "So the hardest bit is walking past his room.",
    "You feel like nobody would notice if you stopped turning up.",
    "It sounds like the move took more out of you than you expected.",
    "It's as if the ground went from under you.",
    "you're fed up of being the one who always has to ask",          # spoken, no punctuation
    "so your mum doesn't know about any of it",
    "Angry, and tired of being angry.",                                # verbless fragment
    "So he just left?",                                                # rising tone, no inversion
    "What you're saying is that you don't feel safe at home.",         # starts with "What", a statement
    "I'm getting the sense that the money worries are the tip of it.",  # "I" frame, still a reflection
    "You're worried I'll judge you.",
    "You feel like you have to keep smiling for the kids.",            # "you have to" describing, not telling
    "So you have to see him every day at work.",
    "It's hard to explain to people who haven't been through it.",
])
def test_reflections(text):
    assert classify_sentence(text) == "reflection"


@pytest.mark.parametrize("text", [
    "What's been the worst of it?",
    "how did that land with you",
    "what was going through your mind when she said that",
    "tell me more about the nightmares",
    "Walk me through what happened on Saturday.",
    "Say a bit more about what you mean by stuck.",
    "I wonder what you'd say to a friend in your position.",
    "I'm curious what keeps you going back.",
    "Can you tell me more about that?",                                # yes/no form, but a request for more
    "If things were better a year from now, what would be different?",
    "Why do you think that one hit so hard?",
    "Where do you think that fear comes from?",
    "In what way?",
    "and how did you feel about that",
])
def test_open_questions(text):
    assert classify_sentence(text) == "open_question"


@pytest.mark.parametrize("text", [
    "Did you manage to sleep last night?",
    "is he still drinking",                                            # auxiliary first, no question mark
    "have you got work tomorrow",
    "do you want me to stay on the line",
    "Was it your idea or hers?",                                       # either/or
    "How long ago was that?",                                          # short fact
    "how old were you then",
    "How many kids have you got?",
    "When's your next shift?",
    "Which school is she at?",
    "You miss her, don't you?",                                        # tag question
    "anyone you can talk to at work",                                  # elliptical
    "Would it help to ring her first?",                                # suggestion in yes/no form
    "Have you tried writing it down?",                                 # dev convention: coded by form
    "Right, and was that before the funeral?",
])
def test_closed_questions(text):
    assert classify_sentence(text) == "closed_question"


@pytest.mark.parametrize("text", [
    "I lost my brother when I was twenty.",
    "I've been where you are, a long time ago now.",
    "That makes me really sad to hear.",
    "Listening to you, I feel a lump in my throat.",
    "Me too.",
    "Same here, I never know what to say at funerals.",
    "What got me through was my neighbour's dog, believe it or not.",
    "I'm no expert, but for me it helped to talk to other dads.",
    "i lost my job last year so i get some of it",
    "My counsellor used to say feelings are visitors, and I still think about that.",
])
def test_self_disclosures(text):
    assert classify_sentence(text) == "self_disclosure"


@pytest.mark.parametrize("text", [
    "It took real courage to ring tonight.",
    "You've worked so hard for this.",
    "You're a really caring brother.",
    "Telling your boss took a lot of nerve.",
    "You didn't give up, even when it would have been easier.",
    "You should be so proud of yourself.",                             # empathic "should"
    "Ninety days sober is a real achievement.",
    "Good for you for going to the meeting.",
    "Well done for getting through the interview.",
    "It means a lot that you told me.",
    "you're really brave for telling me",
])
def test_affirmations(text):
    assert classify_sentence(text) == "affirmation"


@pytest.mark.parametrize("text", [
    "You should ring your sister tonight.",
    "you ought to speak to the police",
    "I think you need to tell him.",
    "call the GP first thing tomorrow",                                # imperative, spoken
    "Just ignore them.",
    "Why don't you just tell him how you feel?",                       # advice dressed as a question
    "why not give the helpline a ring",
    "What you need is a proper break.",                                # "What" statement of superior knowledge
    "It's important to look after yourself.",
    "The best thing you can do is talk to her.",
    "Maybe try talking to your sponsor.",
    "That sounds like PTSD.",
    "A therapist could really help you with this.",
    "Studies show that talking helps.",
    "Trust me, it gets easier.",
    "At least she's not in pain any more.",
    "Most people find the first year the hardest.",
    "I'm sorry for your loss.",
    "Thanks for calling tonight.",
    "Hi there.",
    "Mm-hm.",
    "okay",
    "We're nearly out of time.",
])
def test_other(text):
    assert classify_sentence(text) == "other"


@pytest.mark.parametrize("text", ["", "   ", "...", "?"])
def test_empty_is_other(text):
    assert classify_sentence(text) == "other"
    assert classify_line(text)[0] == "other"


def test_classify_line_splits_sentences():
    primary, kinds = classify_line("You sound really down. Have you eaten today?")
    assert kinds == ["reflection", "closed_question"]
    assert primary == "closed_question"


@pytest.mark.parametrize("text, primary", [
    ("That's really hard. What happened after that?", "open_question"),      # question carries the turn
    ("You went to the meeting anyway. That's real commitment.", "affirmation"),
    ("So you're not sleeping. You should see a doctor about that.", "other"),  # advice outweighs
    ("You sound exhausted, so you need to get some sleep.", "other"),
    ("I lost my mum at your age, and the first year was awful. How are you coping?", "self_disclosure"),
    ("Me too. How did you get through it?", "open_question"),                  # question is the bulk
    ("Okay. Tell me more about the argument.", "open_question"),               # fillers never win
    ("Hi, I'm Sam. What would you like to talk about tonight?", "open_question"),
    ("Okay. So you feel trapped.", "reflection"),
    ("Mm. Right.", "other"),
])
def test_classify_line_primary(text, primary):
    assert classify_line(text)[0] == primary


def test_count_kinds():
    counts = count_kinds(["reflection", "reflection", "open_question", "other", "affirmation",
                          "closed_question", "self_disclosure", "self_disclosure"])
    assert counts == {"reflections": 2, "open_questions": 1, "closed_questions": 1,
                      "self_disclosures": 2, "affirmations": 1}
    assert count_kinds([]) == {"reflections": 0, "open_questions": 0, "closed_questions": 0,
                               "self_disclosures": 0, "affirmations": 0}


def test_evaluate_small_file(tmp_path):
    path = tmp_path / "lines.jsonl"
    rows = [
        {"text": "You feel invisible at home.", "kind": "reflection"},
        {"text": "Did you tell her?", "kind": "closed_question"},
        {"text": "You should call your doctor.", "kind": "reflection", "note": "deliberately wrong"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    result = evaluate(path)
    assert result["n"] == 3
    assert result["accuracy"] == pytest.approx(2 / 3)
    assert result["confusion"]["reflection"]["other"] == 1
    assert result["confusion"]["closed_question"]["closed_question"] == 1
    assert set(result["confusion"]) == set(KINDS)
    assert result["per_kind"]["closed_question"]["f1"] == 1.0
    assert result["per_kind"]["reflection"]["precision"] == 1.0
    assert result["per_kind"]["reflection"]["recall"] == 0.5
    [error] = result["errors"]
    assert error["gold"] == "reflection" and error["predicted"] == "other"
    assert error["note"] == "deliberately wrong"
    report = format_evaluation(result)
    assert "accuracy=0.667" in report
    assert "closed_question" in report and "misclassified (1)" in report


def test_evaluate_rejects_unknown_kind(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"text": "Hi", "kind": "greeting"}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError):
        evaluate(path)


def test_dev_set_accuracy():
    result = evaluate(DEV)
    assert result["n"] == 312
    assert result["accuracy"] >= DEV_ACCURACY_THRESHOLD, format_evaluation(result)
