"""The rehearsal report: HTML content, files, and a real render in headless Chromium."""
import errno
import json
import os
import re
import shutil
import struct
import subprocess
import zlib

import numpy as np
import pytest

from companion.errors import CompanionError
from companion.rehearsal_report import load_report, render_html, write_report

WORKER_RGB = (0x00, 0x72, 0xB2)
SEEKER_RGB = (0xD5, 0x5E, 0x00)
FLAG_BG_RGB = (0xFD, 0xF0, 0xF2)


def _sample_report():
    """A short, realistic rehearsal with Marcus: one H1 line that the guard rejected."""
    said = [
        ("seeker", "Work has been brutal. I come home and just sit in the van for a while before going in."),
        ("worker", "You sit in the van for a while before you can face going in."),
        ("seeker", "Yeah. The kids are loud and I've got nothing left by then."),
        ("worker", "You should just tell your boss you need fewer hours."),
        ("seeker", "It's not that simple. <script>alert('hi')</script> Anyway."),
        ("worker", "What's it like, sitting out there in the van?"),
        ("seeker", "Quiet. It's the only quiet I get all day. I'm scared I'll snap at them like my dad did."),
        ("worker", "You really don't want to be like him with your kids."),
    ]
    turns, clock = [], 0.0
    for speaker, text in said:
        words = len(text.split())
        turns.append({"speaker": speaker, "text": text, "start_s": clock,
                      "seconds": round(words * 0.4, 1), "words": words})
        clock += words * 0.4 + 0.6
    kinds = {1: "reflection", 3: "other", 5: "open_question", 7: "reflection"}
    worker_lines = [
        {"text": turns[i]["text"], "verdict": "pass", "categories": [], "triggers": [],
         "kind": kind, "suggestion": None, "turn": i} for i, kind in kinds.items()]
    worker_lines[1].update(
        verdict="reject", categories=["H1"], triggers=["you should"],
        suggestion="I wonder what it would be like to talk to your boss about the hours?")
    openness = {0: ("steady", 1), 2: ("steady", 1), 4: ("closed_down", 0), 6: ("opened_up", 3)}
    seeker_lines = [{"text": turns[i]["text"], "openness": o, "level": lvl, "turn": i}
                    for i, (o, lvl) in openness.items()]

    def total(speaker, key):
        return sum(t[key] for t in turns if t["speaker"] == speaker)

    return {
        "persona": {"name": "Marcus", "summary": "A 41-year-old electrician who is worn out."},
        "started": "2026-11-21T22:14:03",
        "mode": "voice",
        "turns": turns,
        "worker_lines": worker_lines,
        "seeker_lines": seeker_lines,
        "talk_balance": {"worker_words": total("worker", "words"), "seeker_words": total("seeker", "words"),
                         "worker_seconds": total("worker", "seconds"), "seeker_seconds": total("seeker", "seconds")},
        "counts": {"reflections": 2, "open_questions": 1, "closed_questions": 0,
                   "self_disclosures": 0, "affirmations": 0, "flagged": 1},
        "ratios": {"reflections_to_questions": 2.0, "open_question_share": 1.0},
        "moments": [
            {"turn": 4, "change": "closed_down", "seeker_text": turns[4]["text"], "worker_text": turns[3]["text"]},
            {"turn": 6, "change": "opened_up", "seeker_text": turns[6]["text"], "worker_text": turns[5]["text"]},
        ],
        "summary": "You reflected well. One line told Marcus what to do, and he closed down after it.",
    }


def _empty_report():
    r = _sample_report()
    r.update(turns=[], worker_lines=[], seeker_lines=[], moments=[],
             talk_balance={"worker_words": 0, "seeker_words": 0, "worker_seconds": 0.0, "seeker_seconds": 0.0},
             counts={k: 0 for k in r["counts"]},
             ratios={"reflections_to_questions": None, "open_question_share": None})
    return r


def _transcript_items(page):
    ol = re.search(r'<ol id="transcript">(.*?)</ol>', page, re.S)
    assert ol, "no transcript list"
    return re.findall(r"<li\b[^>]*>", ol.group(1))


# ---------------------------------------------------------------- pure tests

def test_page_has_sections_in_order_and_the_flagged_line():
    page = render_html(_sample_report())
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page and '<meta charset="utf-8">' in page
    order = ["<h1>Rehearsal with Marcus</h1>", "21 November 2026", "You reflected well.",
             'id="counts"', "2.0:1", 'id="talk-balance-chart"', 'id="talk-balance-totals"',
             'id="transcript"', 'id="moments"']
    body = page[page.index("<body>"):]
    positions = [body.find(s) for s in order]
    assert -1 not in positions and positions == sorted(positions), dict(zip(order, positions))
    assert "1:1) as fair" in page and "2:1) as good" in page

    items = _transcript_items(page)
    assert len(items) == 8
    flagged = [m for m in re.findall(r'<li class="([^"]*)">(.*?)</li>', page, re.S) if "flagged" in m[0]]
    assert len(flagged) == 1
    text = flagged[0][1]
    assert "You should just tell your boss" in text
    assert "Flagged:" in text and "commands (H1)" in text  # a marker that is not colour alone
    assert "you should" in text
    assert "I wonder what it would be like to talk to your boss" in text
    assert "open question" in page and "reflection" in page  # worker kinds in plain words
    assert "closed down" in page and "opened up" in page
    assert "You had just said:" in page
    assert "NaN" not in page and "<script" not in page and "http" not in page.replace(
        "http://www.w3.org/2000/svg", "")  # nothing external


def test_user_text_is_escaped_everywhere():
    r = _sample_report()
    r["persona"]["name"] = 'Mo "<b>" & Co'
    r["summary"] = "<img src=x onerror=alert(1)>"
    page = render_html(r)
    assert "<script>" not in page and "&lt;script&gt;alert(&#x27;hi&#x27;)&lt;/script&gt;" in page
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<b>" not in page and "Mo &quot;&lt;b&gt;&quot; &amp; Co" in page
    # the name inside the SVG's aria-label attribute cannot break out of it
    label = re.search(r'<svg id="talk-balance-chart" role="img" aria-label="([^"]*)"', page).group(1)
    assert "Mo &quot;&lt;b&gt;&quot; &amp; Co" in label


def test_edge_cases_render_without_crashing():
    empty = render_html(_empty_report())
    assert "<svg" not in empty and "no chart" in empty and "NaN" not in empty
    assert _transcript_items(empty) == []
    assert "no reflection-to-question ratio" in empty

    only_seeker = _sample_report()
    only_seeker["turns"] = [t for t in only_seeker["turns"] if t["speaker"] == "seeker"]
    only_seeker["worker_lines"], only_seeker["moments"] = [], []
    for t in only_seeker["turns"]:
        t["seconds"] = 0.0  # typed turns: zero seconds
    only_seeker["talk_balance"].update(worker_words=0, worker_seconds=0.0, seeker_seconds=0.0)
    page = render_html(only_seeker)
    assert 'id="talk-balance-chart"' in page and not re.search(r"\b(nan|inf)\b", page, re.I)
    assert "You said 0% of the words." in page
    assert len(_transcript_items(page)) == 4

    long_line = _sample_report()
    long_line["turns"][1]["text"] = "word " * 5000 + "x" * 3000
    assert ("x" * 3000) in render_html(long_line)


def test_write_report_writes_both_files_and_load_round_trips(tmp_path):
    report = _sample_report()
    json_path, html_path = write_report(report, tmp_path / "sessions" / "marcus.json")
    assert json_path == tmp_path / "sessions" / "marcus.json"
    assert html_path == tmp_path / "sessions" / "marcus.html"
    text = json_path.read_text(encoding="utf-8")
    assert text.endswith("}\n") and text.startswith('{\n  "persona"')
    assert html_path.read_text(encoding="utf-8") == render_html(report)
    assert load_report(json_path) == report
    assert sorted(p.name for p in json_path.parent.iterdir()) == ["marcus.html", "marcus.json"]


def test_write_report_is_atomic_when_the_disk_is_full(tmp_path, monkeypatch):
    json_path, _ = write_report(_sample_report(), tmp_path / "r.json")
    before = json_path.read_bytes()

    def full_disk(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    from companion import sessions
    monkeypatch.setattr(sessions.os, "replace", full_disk)   # where the report's files are written
    with pytest.raises(OSError) as caught:
        write_report(_empty_report(), json_path)
    assert caught.value.errno == errno.ENOSPC
    assert json_path.read_bytes() == before  # the old report is intact
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html", "r.json"]  # no temp files left


def test_load_report_explains_what_is_wrong(tmp_path):
    missing = tmp_path / "nope.json"
    with pytest.raises(CompanionError, match=r"nope\.json does not exist"):
        load_report(missing)

    corrupt = tmp_path / "corrupt.json"
    corrupt.write_text('{"persona": {"name": "Marcus"', encoding="utf-8")
    with pytest.raises(CompanionError) as caught:
        load_report(corrupt)
    message = str(caught.value)
    assert "corrupt.json" in message and "not valid JSON" in message and "\n" not in message

    incomplete = tmp_path / "incomplete.json"
    r = _sample_report()
    del r["summary"], r["counts"]["flagged"], r["turns"][2]["speaker"]
    incomplete.write_text(json.dumps(r), encoding="utf-8")
    with pytest.raises(CompanionError) as caught:
        load_report(incomplete)
    message = str(caught.value)
    assert "incomplete.json" in message and "\n" not in message
    for problem in ("missing summary", "missing counts.flagged", "missing turns[2].speaker"):
        assert problem in message

    not_object = tmp_path / "list.json"
    not_object.write_text("[]", encoding="utf-8")
    with pytest.raises(CompanionError, match="not a JSON object"):
        load_report(not_object)


# ---------------------------------------------------------------- real browser

def _chromium():
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.fail("chromium is not installed; the test setup installs it "
                    "(scripts/setup.sh, or: apt-get install chromium)")
    return path


def _run_chromium(args, home):
    cmd = [_chromium(), "--headless=new", "--no-sandbox", "--disable-gpu", *args]
    env = {**os.environ, "HOME": str(home)}
    done = subprocess.run(cmd, capture_output=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    return done.stdout.decode("utf-8")


def _decode_png(data):
    """RGB(A) 8-bit non-interlaced PNG -> numpy array (height, width, 3).
    Pillow is not a project dependency, so unfilter the scanlines here."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, []
    while pos < len(data):
        (length,), kind = struct.unpack(">I", data[pos:pos + 4]), data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    assert depth == 8 and colour in (2, 6) and interlace == 0, (depth, colour, interlace)
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    prev, out = bytearray(stride), bytearray()
    for r in range(height):
        start = r * (stride + 1)
        ftype, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if ftype == 1:  # Sub
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif ftype == 2:  # Up
            line = bytearray((a + b) & 255 for a, b in zip(line, prev))
        elif ftype == 3:  # Average
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
        elif ftype == 4:  # Paeth
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = prev[i], (prev[i - bpp] if i >= bpp else 0)
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 255
        out += line
        prev = line
    return np.frombuffer(bytes(out), np.uint8).reshape(height, width, bpp)[:, :, :3]


def _mask(pixels, rgb, tolerance=40):
    """Pixels within `tolerance` (sum of channel differences) of `rgb`; antialiased
    edges drift a little, the middle of a 4 px line does not."""
    return np.abs(pixels.astype(int) - np.array(rgb)).sum(axis=2) <= tolerance


def test_chromium_renders_chart_and_transcript(tmp_path):
    report = _sample_report()
    _, html_path = write_report(report, tmp_path / "report" / "marcus.json")
    url = html_path.resolve().as_uri()

    dom = _run_chromium(["--dump-dom", url], tmp_path)
    assert re.search(r'<svg[^>]*id="talk-balance-chart"', dom)
    assert len(_transcript_items(dom)) == len(report["turns"])
    assert "<script" not in dom and "&lt;script&gt;" in dom  # the seeker's text stayed text

    shot = tmp_path / "shot.png"
    _run_chromium(["--hide-scrollbars", "--window-size=1000,2400", f"--screenshot={shot}", url], tmp_path)
    pixels = _decode_png(shot.read_bytes())
    assert pixels.shape == (2400, 1000, 3)

    # Both lines are drawn: many pixels of each colour, spread across the plot
    # (the legend samples alone are 30 px wide and a few hundred pixels).
    bottoms = []
    for name, rgb in (("worker", WORKER_RGB), ("seeker", SEEKER_RGB)):
        ys, xs = np.nonzero(_mask(pixels, rgb))
        assert len(xs) > 400, f"{name} line barely visible: {len(xs)} pixels"
        assert xs.max() - xs.min() > 300, f"{name} line is not spread across the chart"
        bottoms.append(ys.max())

    # Below the chart the transcript rendered: plenty of dark text, and the
    # flagged line's tinted background.
    below = pixels[max(bottoms) + 40:]
    dark = (below.astype(int).sum(axis=2) < 200).sum()
    assert dark > 5000, f"the area below the chart looks blank ({dark} dark pixels)"
    assert _mask(below, FLAG_BG_RGB, tolerance=6).sum() > 5000, "no flagged line background"


def test_typed_turns_show_no_clock_and_a_trigger_is_named_once():
    r = _sample_report()
    r["mode"] = "text"
    for t in r["turns"]:
        t.update(start_s=0.0, seconds_measured=False)
    r["worker_lines"][1].update(categories=["H1", "E3"], triggers=["you should", "you should"])
    page = render_html(r)
    assert "at 0:00" not in page
    assert page.count("“you should”") == 1
    spoken = render_html(_sample_report())
    assert "at 0:0" in spoken            # a spoken rehearsal keeps its timeline


def test_chromium_renders_the_complex_share_and_the_progress_chart(tmp_path):
    report = _sample_report()
    report["ratios"]["complex_reflection_share"] = 0.5
    report["progress"] = [
        {"started": "2026-12-01T20:00:00", "persona": "Marcus", "reflections_to_questions": 0.5,
         "complex_reflection_share": 0.2},
        {"started": report["started"], "persona": "Marcus", "reflections_to_questions": 1.5,
         "complex_reflection_share": 0.5},
    ]
    _, html_path = write_report(report, tmp_path / "report" / "marcus.json")
    dom = _run_chromium(["--dump-dom", html_path.resolve().as_uri()], tmp_path)
    assert 'id="complex-share"' in dom and "50%" in dom
    chart = re.search(r'<svg[^>]*id="progress-chart".*?</svg>', dom, re.S)
    assert chart and chart.group(0).count("<polyline") == 2 and chart.group(0).count("<circle") == 4
    assert re.search(r'<table id="progress">.*?1\.5:1.*?</table>', dom, re.S)
