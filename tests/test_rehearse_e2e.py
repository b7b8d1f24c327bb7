"""``companion rehearse`` by voice, as a real process through a virtual sound
card: the worker's lines are spoken (espeak-ng) into the virtual microphone,
the simulated person answers aloud, and the report measures talk time from
the audio itself."""
import json
import re
import shutil
import time
import wave

import pytest
from voice_session import CompanionProcess, speech_wav

from companion.virtual_soundcard import VirtualSoundCard

pytestmark = pytest.mark.skipif(shutil.which("pulseaudio") is None or shutil.which("espeak-ng") is None,
                                reason="needs pulseaudio and espeak-ng (installed by scripts/setup.sh test)")

RATE = 260
LECTURING = ["You need to stop drinking right now.",
             "Trust me, I know what's best here.",
             "As an addiction counsellor, I've seen this a hundred times."]
REFLECTING = ["It sounds like you're really ashamed, and scared of what your daughter might think.",
              "What was it like, driving past the church hall and not going in?",
              "It took a lot to come here and say this out loud."]


def seconds_of(path) -> float:
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


def rehearse_by_voice(tmp_path, lines):
    """Speak each line once the person has finished answering; end by typing /quit."""
    report = tmp_path / "rehearsal.json"
    spoken_seconds = 0.0
    with VirtualSoundCard() as card:
        proc = CompanionProcess(tmp_path, card, rate=RATE,
                                command=("rehearse", "--persona", "Marcus", "--report", str(report)))
        proc.wait_for(r"^\[Listening")
        _, opening = proc.wait_for(r"^Marcus: ")
        time.sleep(len(opening.split()) / (RATE / 60) + 1.0)
        for i, text in enumerate(lines):
            wav = speech_wav(tmp_path, f"worker{i}", text, 0.2)
            spoken_seconds += seconds_of(wav) - 0.2
            before = time.monotonic()
            card.play_into_mic(wav).wait()
            proc.wait_for(r"^You: ", timeout=30, after=before)
            _, answer = proc.wait_for(r"^Marcus: ", timeout=30, after=before)
            time.sleep(len(answer.split()) / (RATE / 60) + 1.0)
        proc.proc.stdin.write("/quit\n")
        proc.proc.stdin.flush()
        proc.proc.wait(120)
    assert proc.proc.returncode == 0, "\n".join(line for _, line in proc.lines)
    return proc, json.loads(report.read_text()), report.with_suffix(".html"), spoken_seconds


def test_voice_rehearsal_with_a_lecturing_worker(tmp_path):
    proc, data, html, spoken = rehearse_by_voice(tmp_path, LECTURING)
    assert data["mode"] == "voice"
    assert len(data["worker_lines"]) == len(LECTURING), proc.lines
    # Whisper may mishear a word, but the lecture is still a lecture.
    assert data["counts"]["flagged"] >= 2
    assert any(re.search(r"trust me", w["text"], re.I) and "H2" in w["categories"] for w in data["worker_lines"])
    changes = [s["openness"] for s in data["seeker_lines"]]
    assert "closed_down" in changes and "opened_up" not in changes
    assert any(line.startswith("[flagged:") for _, line in proc.lines), "live feedback as a caption"
    assert html.exists()


def test_voice_rehearsal_with_a_reflecting_worker_measures_talk_time(tmp_path):
    proc, data, html, spoken = rehearse_by_voice(tmp_path, REFLECTING)
    assert len(data["worker_lines"]) == len(REFLECTING), proc.lines
    assert data["counts"]["flagged"] == 0
    changes = [s["openness"] for s in data["seeker_lines"]]
    assert "opened_up" in changes and "closed_down" not in changes
    balance = data["talk_balance"]
    # Seconds come from the audio: the worker's utterances as recorded (speech
    # plus the endpointer's pre-roll and closing pause), the person's as played.
    assert balance["seconds_measured"] is True, data["turns"]
    assert spoken <= balance["worker_seconds"] <= spoken + 1.5 * len(REFLECTING)
    seeker_words = sum(len(s["text"].split()) for s in data["seeker_lines"])
    assert 0.5 * seeker_words * 60 / RATE <= balance["seeker_seconds"] <= 2.0 * seeker_words * 60 / RATE
    # The person's last words, then the summary, spoken before the devices closed.
    said = [line for _, line in proc.lines if line.startswith(("Marcus: ", "Feedback: "))]
    closing = said.index("Marcus: " + data["seeker_lines"][-1]["text"])
    summary = said[closing + 1:]
    assert summary and all(s.startswith("Feedback: ") for s in summary)
    spoken_summary = " ".join(s[len("Feedback: "):] for s in summary)
    # short: the report's summary cut to what teaches most, then where the report is, in words
    said_feedback, _, where = spoken_summary.partition(" The full report is saved ")
    assert said_feedback.startswith("That's the end of the rehearsal with Marcus.")
    assert all(sentence in data["summary"] for sentence in said_feedback.split(". ")), (said_feedback, data["summary"])
    assert len(said_feedback) < len(data["summary"]) and "web page" in where and "/" not in where
    assert html.exists()
