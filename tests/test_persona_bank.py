"""The simulated person answers what the worker said: by the kind of the
worker's line, by its meaning, and at the person's openness; never twice."""
import json
import pytest
from fake_embeddings import bag_of_words

from companion.errors import ConfigError
from companion.guard import Guard
from companion.persona_bank import BankLine, PersonaBank, answers_for, load_bank, openness_at


LINES = [
    BankLine("My sister, mostly. She rings every Sunday.", "people", "open",
             ("who do you have around you", "who knows how hard it has been", "is there anyone you talk to")),
    BankLine("Not great. Tired.", "how_they_are", "guarded", ("how are you doing today", "how are you feeling")),
    BankLine("I've been sleeping badly and skipping lectures since March.", "how_they_are", "open",
             ("how are you doing today", "how have you been")),
    BankLine("Everyone says that. It's not that easy.", "lectured", "guarded",
             ("you should just take a break", "you need to go for a walk")),
    BankLine("I'm not depressed. I'm behind on work.", "diagnosed", "guarded",
             ("that sounds like depression", "you might have anxiety")),
    BankLine("Yeah. Exactly that. On my own with it.", "reflection_right", "opening",
             ("it sounds like you are carrying this on your own", "you feel alone with it")),
]


def bank():
    return PersonaBank(LINES, bag_of_words)


def test_a_question_is_answered_by_meaning_and_an_order_with_a_push_back():
    b = bank()
    assert b.choose("Who knows how hard it has been?", answers_for("open_question", "pass", False, []), 3,
                    set()).answers == "people"
    assert b.choose("You should just take a break.", answers_for("other", "reject", True, ["H1"]), 3,
                    set()).answers == "lectured"
    assert b.choose("That sounds like depression to me.", answers_for("other", "reject", False, ["E2"]), 3,
                    set()).answers == "diagnosed"
    assert b.choose("It sounds like you are carrying this on your own.",
                    answers_for("reflection", "pass", False, []), 2, set()).answers == "reflection_right"


def test_the_persons_openness_chooses_between_lines_that_fit_alike():
    b = bank()
    asked = answers_for("open_question", "pass", False, [])
    assert b.choose("How are you doing today?", asked, 0, set()).openness == "guarded"
    assert b.choose("How are you doing today?", asked, 4, set()).openness == "open"
    assert openness_at(0) == "guarded" and openness_at(2) == "opening" and openness_at(4) == "open"


def test_a_line_is_never_said_twice_and_nothing_unrelated_is_forced():
    b = bank()
    asked = answers_for("open_question", "pass", False, [])
    used = {b.choose("How are you doing today?", asked, 0, set()).text}
    assert b.choose("How are you doing today?", asked, 0, used).text not in used
    assert b.choose("What did you have for breakfast?", asked, 2, set()) is None


def test_a_malformed_bank_line_names_its_file_and_line(tmp_path):
    (tmp_path / "x.jsonl").write_text(json.dumps({"text": "hi", "answers": "nonsense", "openness": "open",
                                                  "fits": ["a"]}) + "\n")
    with pytest.raises(ConfigError, match=r"x\.jsonl:1"):
        load_bank(tmp_path / "x.jsonl")


def test_in_a_rehearsal_the_person_answers_the_question_asked():
    from companion.config import PROJECT_ROOT
    from companion.rehearsal import RehearsalSession, load_personas

    persona = load_personas(PROJECT_ROOT / "prompts" / "personas")["marcus"]
    session = RehearsalSession(persona, Guard(), bank=bank())
    session.opening()
    line = session.worker_says("Who do you have around you, who knows how hard it has been?")
    assert session.seeker_reacts(line).text == LINES[0].text


@pytest.mark.parametrize("path", sorted((__import__("companion.config", fromlist=["x"]).PROJECT_ROOT
                                         / "prompts" / "personas" / "bank").glob("*.jsonl")), ids=lambda p: p.stem)
def test_every_persona_bank_is_large_tagged_and_in_character(path):
    lines = load_bank(path)
    assert len(lines) >= 150
    tags = {line.answers for line in lines}
    assert tags >= {"how_they_are", "what_happened", "feelings", "people", "tried", "want", "lectured",
                    "diagnosed", "reflection_right", "reflection_wrong", "small_talk"}, path
    assert len({line.text for line in lines}) == len(lines)


@pytest.mark.parametrize("worker, tag", [
    ("How are you doing today, Marcus?", "how_they_are"),
    ("What happened last weekend?", "what_happened"),
    ("How did that make you feel?", "feelings"),
    ("Who do you have around you?", "people"),
    ("What have you tried so far to cut down?", "tried"),
    ("What would you like to be different?", "want"),
    ("You need to stop drinking.", "lectured"),
    ("You're an alcoholic.", "diagnosed"),
    ("It sounds like you're ashamed of the slip.", "reflection_right"),
    ("It sounds like you don't really care about Ellie.", "reflection_wrong"),
    ("Nice weather today, isn't it?", "small_talk"),
])
def test_with_minilm_each_kind_of_worker_line_gets_its_kind_of_answer(marcus_bank, worker, tag):
    from companion.rehearsal import check_line, classify_line, line_advice

    passed, categories, _ = check_line(Guard(), worker)
    kind, _ = classify_line(worker)
    chosen = marcus_bank.choose(worker, answers_for(kind, "pass" if passed else "reject",
                                                    line_advice(worker) is not None, categories), 3, set())
    assert chosen is not None and chosen.answers == tag, (worker, chosen)


@pytest.fixture(scope="module")
def marcus_bank():
    from companion.config import PROJECT_ROOT, Config
    from companion.persona_bank import load_persona_bank
    from companion.rehearsal import load_personas

    persona = load_personas(PROJECT_ROOT / "prompts" / "personas")["marcus"]
    return load_persona_bank(persona.path, "marcus", Config().cache_dir)
