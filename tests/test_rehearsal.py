"""Rehearsal mode: personas, feedback on the worker's lines, the simulated
person's reactions, and the scripted command with its report."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from companion.config import PROJECT_ROOT
from companion.guard import Guard
from companion.rehearsal import RehearsalSession, find_persona, line_advice, load_personas, suggest_rephrasing
from companion.rehearse import RehearsalResponder, run_text_rehearsal
from companion.captions import CaptionWriter
from companion.errors import ConfigError

PERSONAS = PROJECT_ROOT / "prompts" / "personas"
DATA = Path(__file__).parent / "data"


def companion(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "companion", *args], capture_output=True, text=True,
                          timeout=120, cwd=cwd)


@pytest.fixture(scope="module")
def personas():
    return load_personas(PERSONAS)


def test_at_least_six_varied_personas_load(personas):
    assert len(personas) >= 6
    assert {"marcus", "priya", "walter", "rosa", "kevin", "jayden"} <= set(personas)
    assert len({p.openness for p in personas.values()}) >= 2


def test_the_simulated_person_never_advises_the_worker(personas):
    for p in personas.values():
        for line in p.would_say + p.when_listened_to + p.when_lectured + p.when_asked_question:
            assert line_advice(line) is None, (p.name, line)


def test_an_unknown_persona_names_the_choices(personas):
    with pytest.raises(ConfigError) as e:
        find_persona(personas, "Zed")
    assert "Marcus" in str(e.value)


def test_a_flagged_line_gets_categories_words_and_a_suggestion_that_passes_the_guard(personas):
    session = RehearsalSession(personas["marcus"], Guard())
    session.opening()
    line = session.worker_says("You should ring your sponsor tonight.")
    assert line.verdict == "reject" and "H1" in line.categories and any("should" in t for t in line.triggers)
    assert line.suggestion and all(Guard().check(q).passed for q in line.suggestion.split('"')[1::2])
    suggestion = suggest_rephrasing(["H1"], "My sponsor keeps ringing and I just can't make myself pick up.", Guard())
    assert "your sponsor" in suggestion.lower(), "the suggestion reflects what the person just said"
    assert session.live_feedback(line).startswith("flagged: commands (H1)")
    reflective = session.worker_says("So you had a slip, and it's been weighing on you.")
    assert reflective.verdict == "pass" and reflective.kind == "reflection" and reflective.suggestion is None


def test_the_person_closes_down_when_lectured_and_opens_up_when_reflected(personas):
    session = RehearsalSession(personas["marcus"], Guard())
    session.opening()
    start = session.seeker.level
    lecture = session.seeker_reacts(session.worker_says("You need to stop drinking right now."))
    assert lecture.openness == "closed_down" and lecture.text in personas["marcus"].when_lectured
    listened = session.seeker_reacts(session.worker_says("It sounds like you're ashamed of the slip."))
    assert listened.openness == "opened_up" and listened.text in personas["marcus"].when_listened_to
    assert session.seeker.level == start


def run_script(tmp_path, script: Path, persona="Marcus"):
    report = tmp_path / "report.json"
    r = companion("rehearse", "--text", "--script", str(script), "--persona", persona, "--report", str(report))
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    return r, json.loads(report.read_text()), report.with_suffix(".html")


def test_scripted_lecturing_worker_is_flagged_and_the_person_closes_down(tmp_path):
    r, data, html = run_script(tmp_path, DATA / "rehearsal_lecturing.txt")
    lines = (DATA / "rehearsal_lecturing.txt").read_text().splitlines()
    assert [w["text"] for w in data["worker_lines"]] == lines
    assert all(w["verdict"] == "reject" and w["categories"] for w in data["worker_lines"])
    assert data["counts"]["flagged"] == len(lines)
    changes = [s["openness"] for s in data["seeker_lines"]]
    assert "closed_down" in changes and "opened_up" not in changes
    assert data["moments"] and data["moments"][0]["change"] == "closed_down"
    assert data["moments"][0]["worker_text"] == lines[0]
    assert html.exists() and "Flagged" in html.read_text()
    assert "flagged:" in r.stdout, "live feedback is shown as a caption"


def test_scripted_reflecting_worker_is_not_flagged_and_the_person_opens_up(tmp_path):
    r, data, _ = run_script(tmp_path, DATA / "rehearsal_reflecting.txt")
    assert all(w["verdict"] == "pass" for w in data["worker_lines"])
    assert data["counts"]["flagged"] == 0
    changes = [s["openness"] for s in data["seeker_lines"]]
    assert "opened_up" in changes and "closed_down" not in changes
    c = data["counts"]
    assert c["reflections"] >= c["open_questions"] + c["closed_questions"] > 0
    kinds = {w["kind"] for w in data["worker_lines"]}
    assert kinds <= {"reflection", "open_question", "closed_question", "self_disclosure", "affirmation", "other"}
    balance = data["talk_balance"]
    assert balance["worker_words"] > 0 and balance["seeker_words"] > 0
    assert balance["worker_seconds"] > 0 and balance["seeker_seconds"] > 0
    assert set(c) >= {"reflections", "open_questions", "closed_questions", "self_disclosures", "affirmations", "flagged"}
    assert all({"text", "openness"} <= set(s) for s in data["seeker_lines"])
    assert "None of your lines" in data["summary"]


def test_report_command_re_renders_the_html_and_reports_a_bad_file_plainly(tmp_path):
    _, _, html = run_script(tmp_path, DATA / "rehearsal_reflecting.txt")
    html.unlink()
    r = companion("report", str(html.with_suffix(".json")))
    assert r.returncode == 0 and html.exists()
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    r = companion("report", str(bad))
    assert r.returncode != 0 and "bad.json" in r.stderr and "Traceback" not in r.stderr


def test_list_personas_prints_one_a_line_name_first():
    r = companion("rehearse", "--list-personas")
    assert r.returncode == 0
    lines = r.stdout.splitlines()
    assert len(lines) >= 6 and all(":" in line for line in lines)
    assert any(line.startswith("Marcus:") for line in lines)


def test_a_missing_script_is_one_plain_line(tmp_path):
    r = companion("rehearse", "--text", "--script", str(tmp_path / "nope.txt"), "--persona", "marcus")
    assert r.returncode != 0 and "nope.txt" in r.stderr and "Traceback" not in r.stderr


def test_the_voice_loop_interface_gives_the_persona_line_and_live_feedback(personas, tmp_path):
    out = open(tmp_path / "captions.txt", "w+")
    session = RehearsalSession(personas["priya"], Guard(), mode="voice")
    responder = RehearsalResponder(session, Guard(), CaptionWriter(out), live_feedback=True)
    assert responder.introduction().text == personas["priya"].opening_line
    stream = responder.respond([], "You need to see a grief counsellor.")
    said = [s.text for s in stream]
    assert said and said[0] in personas["priya"].when_lectured
    out.seek(0)
    assert "flagged" in out.read()
    assert session.report()["counts"]["flagged"] == 1


def test_text_rehearsal_keeps_going_when_the_report_cannot_be_written(personas, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    out = open(tmp_path / "out.txt", "w+")
    session = RehearsalSession(personas["walter"], Guard())
    code = run_text_rehearsal(session, ["How have the days been?"], out, blocker / "r.json")
    out.seek(0)
    text = out.read()
    assert code == 1 and "could not be written" in text and "How have the days been?" not in text
    assert personas["walter"].closing_line in text


def test_voice_rehearsal_measures_talk_time_from_the_audio(personas, tmp_path):
    session = RehearsalSession(personas["marcus"], Guard(), mode="voice")
    responder = RehearsalResponder(session, Guard(), CaptionWriter(open(tmp_path / "c.txt", "w")), True)
    opening = responder.introduction().text
    responder.spoke(opening, 4.25)
    responder.heard("It sounds like you're ashamed of the slip.", 2.5)
    answer = [s.text for s in responder.respond([], "It sounds like you're ashamed of the slip.")]
    responder.spoke(" ".join(answer[0].split()), 3.75)
    # a typed line has no recording: its time is estimated, and the report says so
    responder.respond([], "What happened next?")
    turns = session.turns
    assert [(t.speaker, t.seconds, t.seconds_measured) for t in turns[:3]] == \
        [("seeker", 4.25, True), ("worker", 2.5, True), ("seeker", 3.75, True)]
    assert turns[3].seconds_measured is False
    assert session.report()["talk_balance"]["seconds_measured"] is False


def test_a_worker_typing_an_expert_claim_in_any_disguise_is_flagged_and_nothing_printed_makes_one(personas):
    """Rehearsal is one more entry point: the worker's own claims are flagged
    (after the same normalisation as the companion's), and what the simulated
    person and the feedback say back never makes one."""
    from test_hostile import ATTACKS, claims_in

    claims = [a["text"] for a in ATTACKS if a["kind"] in ("unicode", "injection") and claims_in(a["text"])]
    assert len(claims) >= 5
    session = RehearsalSession(personas["marcus"], Guard())
    session.opening()
    for text in claims:
        line = session.worker_says(text)
        assert line.verdict == "reject", text
        assert session.live_feedback(line).startswith("flagged")
        answer = session.seeker_reacts(line)
        # what is said back: the person's reply and the suggested rewording (the
        # flag itself quotes the worker's own words, which is its job)
        said_back = [answer.text] + (line.suggestion or "").split('"')[1::2]
        assert not any(claims_in(p) for p in said_back), said_back


def test_complex_reflections_are_counted_and_shown_beside_the_simple_ones(personas, tmp_path):
    from companion.reflection_depth import is_complex
    from companion.rehearsal_report import write_report

    assert not is_complex("So you've been drinking again.", "I've been drinking again.")
    assert is_complex("It sounds like you're ashamed of letting Ellie down.",
                      "I missed Ellie's play because I was hungover.")
    session = RehearsalSession(personas["marcus"], Guard())
    said = session.opening()
    words = said.split()
    simple = session.worker_says("So " + " ".join(w.replace("I", "you") for w in words[:6]).rstrip(".,") + ".")
    session.seeker_reacts(simple)
    deeper = session.worker_says("It sounds like part of you is frightened of where this is going.")
    assert deeper.kind == "reflection" and deeper.complex_reflection
    report = session.report()
    lines = [w for w in session.worker_lines if w.kind == "reflection"]
    assert report["counts"]["complex_reflections"] == sum(w.complex_reflection for w in lines) >= 1
    assert report["ratios"]["complex_reflection_share"] == round(report["counts"]["complex_reflections"] / len(lines), 2)
    assert "added meaning or feeling" in report["summary"]
    _, html = write_report(report, tmp_path / "r.json")
    assert 'id="complex-share"' in html.read_text()


def test_progress_across_rehearsals_is_charted_from_the_earlier_reports(personas, tmp_path):
    from companion.rehearse import _save
    from companion.rehearsal_report import load_report

    (tmp_path / "notes.json").write_text('{"not": "a report"}')
    captions = CaptionWriter(open("/dev/null", "w"))
    for n, line in enumerate(["You need to stop drinking.", "It sounds like you're scared of where this is going."]):
        session = RehearsalSession(personas["marcus"], Guard())
        session.started = session.started.replace(minute=n)
        session.opening()
        session.seeker_reacts(session.worker_says(line))
        session.seeker_reacts(session.worker_says("What would you like to be different?"))
        assert _save(session, tmp_path / f"r{n}.json", captions) == 0
    report = load_report(tmp_path / "r1.json")
    assert len(report["progress"]) == 2        # the unrelated JSON file is left out
    assert report["progress"][0]["reflections_to_questions"] == 0
    assert report["progress"][1]["complex_reflection_share"] == 1.0
    html = (tmp_path / "r1.html").read_text()
    assert 'id="progress-chart"' in html and 'id="progress"' in html
    assert 'id="progress-chart"' not in (tmp_path / "r0.html").read_text()   # one rehearsal: nothing to chart


def test_the_spoken_summary_is_short_risk_first_and_says_where_the_report_is(personas):
    from companion.rehearse import report_in_words
    from companion.sentences import split_sentences

    session = RehearsalSession(personas["marcus"], Guard())
    session.opening()
    for line in ["You need to stop drinking.", "It sounds like you're scared.", "What happened?",
                 "So it's been hard.", "How do you feel?"]:
        session.seeker_reacts(session.worker_says(line))
    full, short = session.summary_sentences(), session.summary_sentences(short=True)
    assert len(short) <= 5 < len(full) + 1 and set(short) <= set(full)
    assert any("reflection" in s for s in short) and any("expert" in s for s in short)
    said = report_in_words(Path.home() / ".local/share/companion/rehearsals/20261204-214100-marcus.json")
    assert "4 December 2026" in said and "marcus" in said and "rehearsals" in said and "/" not in said
    assert all(Guard().check(s).passed for s in split_sentences(said))
