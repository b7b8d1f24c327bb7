"""The rehearsal report: one JSON file and one self-contained HTML page.

A peer-support worker practises a conversation with a simulated person; the
rehearsal code builds a report dict and this module saves it and renders it.
The HTML page has inline CSS and an inline SVG chart and no scripts, so it
opens offline in any browser and can be mailed or archived as a single file.
Everything that came from speech is escaped with html.escape.
"""
from __future__ import annotations

import json
from datetime import datetime
from html import escape
from math import ceil, floor, log10
from pathlib import Path

from .errors import CompanionError
from .guard_rules import CATEGORY_NAMES
from .sessions import write_private_text

KIND_NAMES = {
    "reflection": "reflection",
    "open_question": "open question",
    "closed_question": "closed question",
    "self_disclosure": "self-disclosure",
    "affirmation": "affirmation",
    "other": "other",
}

COUNT_ROWS = [
    ("reflections", "Reflections"),
    ("open_questions", "Open questions"),
    ("closed_questions", "Closed questions"),
    ("self_disclosures", "Self-disclosures"),
    ("affirmations", "Affirmations"),
    ("flagged", "Flagged lines"),
]

# Okabe-Ito colours: distinguishable with every common colour-vision
# deficiency, and both have at least 3:1 contrast on white (WCAG non-text).
# The seeker line is also dashed so the two never depend on colour alone.
WORKER_COLOUR = "#0072B2"
SEEKER_COLOUR = "#D55E00"

# Required keys, checked by load_report. Nested dicts list their own keys;
# lists of dicts list the keys every item needs.
_REQUIRED = {
    "persona": ("name", "summary"),
    "started": None,
    "mode": None,
    "turns": ("speaker", "text", "start_s", "seconds", "words"),
    "worker_lines": ("text", "verdict", "categories", "triggers", "kind", "suggestion", "turn"),
    "seeker_lines": ("text", "openness", "level", "turn"),
    "talk_balance": ("worker_words", "seeker_words", "worker_seconds", "seeker_seconds"),
    "counts": tuple(key for key, _ in COUNT_ROWS),
    "ratios": ("reflections_to_questions", "open_question_share"),
    "moments": ("turn", "change", "seeker_text", "worker_text"),
    "summary": None,
}
_LISTS = {"turns", "worker_lines", "seeker_lines", "moments"}


# ---------------------------------------------------------------- files

def write_report(report: dict, json_path: str | Path) -> tuple[Path, Path]:
    """Write PATH.json and PATH.html; return both paths. OSError propagates."""
    json_path = Path(json_path)
    html_path = json_path.with_suffix(".html")
    if html_path == json_path:
        raise ValueError(f"report path must not end in .html: {json_path}")
    # Render first, so a rendering bug never leaves a JSON without its page.
    page = render_html(report)
    data = json.dumps(report, indent=2, ensure_ascii=False) + "\n"
    # each file whole or not at all (a temp file renamed over it), and private
    write_private_text(json_path, data)
    write_private_text(html_path, page)
    return json_path, html_path


# How many rehearsals the progress chart shows, the latest last.
PROGRESS_POINTS = 10


def with_progress(report: dict, folder: Path) -> dict:
    """The report with ``progress``: the worker's ratio and complex-reflection
    share in the earlier reports kept in ``folder`` and in this one, oldest
    first. A report that cannot be read is left out, never an error."""
    points = []
    for path in sorted(Path(folder).glob("*.json")):
        try:
            earlier = json.loads(path.read_text(encoding="utf-8"))
            if _problems(earlier) or earlier.get("started") == report.get("started"):
                continue     # not a rehearsal report, or this one
            points.append(_progress_point(earlier))
        except (OSError, ValueError, AttributeError, TypeError):
            continue
    points = sorted(points, key=lambda p: str(p["started"]))[-(PROGRESS_POINTS - 1):] + [_progress_point(report)]
    return {**report, "progress": points}


def _progress_point(report: dict) -> dict:
    ratios = report.get("ratios") or {}
    return {"started": str(report.get("started") or ""), "persona": (report.get("persona") or {}).get("name"),
            "reflections_to_questions": ratios.get("reflections_to_questions"),
            "complex_reflection_share": ratios.get("complex_reflection_share")}


def load_report(json_path: str | Path) -> dict:
    """Read and check a report written by write_report."""
    path = Path(json_path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CompanionError(f"Rehearsal report {path} does not exist.") from None
    except UnicodeDecodeError:
        raise CompanionError(f"Rehearsal report {path} is not UTF-8 text.") from None
    except OSError as e:
        raise CompanionError(f"Cannot read rehearsal report {path}: {e.strerror or e}.") from None
    try:
        report = json.loads(text)
    except json.JSONDecodeError as e:
        raise CompanionError(
            f"Rehearsal report {path} is not valid JSON "
            f"(line {e.lineno}, column {e.colno}: {e.msg}).") from None
    problems = _problems(report)
    if problems:
        shown = ", ".join(problems[:5]) + (f" and {len(problems) - 5} more" if len(problems) > 5 else "")
        raise CompanionError(f"Rehearsal report {path} is incomplete: {shown}.")
    return report


def _problems(report) -> list[str]:
    """Describe each missing key or wrong container type, as 'missing turns[2].text'."""
    if not isinstance(report, dict):
        return ["the top level is not a JSON object"]
    problems = []
    for key, inner in _REQUIRED.items():
        if key not in report:
            problems.append(f"missing {key}")
        elif key in _LISTS:
            if not isinstance(report[key], list):
                problems.append(f"{key} is not a list")
                continue
            for i, item in enumerate(report[key]):
                if not isinstance(item, dict):
                    problems.append(f"{key}[{i}] is not an object")
                    continue
                problems += [f"missing {key}[{i}].{k}" for k in inner if k not in item]
        elif inner:
            if not isinstance(report[key], dict):
                problems.append(f"{key} is not an object")
                continue
            problems += [f"missing {key}.{k}" for k in inner if k not in report[key]]
    return problems


# ---------------------------------------------------------------- page

def render_html(report: dict) -> str:
    """The whole report as one HTML page (a str)."""
    persona = report.get("persona") or {}
    name = str(persona.get("name") or "the person")
    turns = [t for t in report.get("turns") or [] if isinstance(t, dict)]
    when = _format_started(report.get("started"))
    title = f"Rehearsal with {name}, {when}"
    body = [
        _header(report, name, when),
        _risk_section(report, name),
        _counts_section(report),
        _balance_section(report, turns, name),
        _transcript_section(report, turns, name),
        _moments_section(report, name),
        _progress_section(report),
    ]
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(body)
        + "\n</main>\n</body>\n</html>\n"
    )


def _e(value) -> str:
    return escape("" if value is None else str(value), quote=True)


def _format_started(started) -> str:
    try:
        t = datetime.fromisoformat(str(started))
    except ValueError:
        return str(started or "unknown date")
    return f"{t.day} {t:%B %Y}, {t:%H:%M}"


def _header(report, name, when) -> str:
    persona = report.get("persona") or {}
    mode = {"voice": "spoken", "text": "typed"}.get(report.get("mode"), "")
    mode_text = f" · {mode} rehearsal" if mode else ""
    about = persona.get("summary")
    about_html = f'<p class="about">About {_e(name)}: {_e(about)}</p>\n' if about else ""
    return (
        f"<header>\n<h1>Rehearsal with {_e(name)}</h1>\n"
        f'<p class="meta">{_e(when)}{_e(mode_text)}</p>\n{about_html}</header>\n'
        f'<section aria-labelledby="summary-h">\n<h2 id="summary-h">Summary</h2>\n'
        f'<p class="summary">{_e(report.get("summary") or "No summary was recorded.")}</p>\n</section>'
    )


def _counts_section(report) -> str:
    counts = report.get("counts") or {}
    rows = "".join(
        f'<tr><th scope="row">{label}</th><td>{_e(counts.get(key, 0))}</td></tr>\n'
        for key, label in COUNT_ROWS)
    ratios = report.get("ratios") or {}
    return (
        '<section aria-labelledby="counts-h">\n<h2 id="counts-h">What you did</h2>\n'
        '<table id="counts">\n<caption>Your lines by kind</caption>\n'
        '<thead><tr><th scope="col">Kind</th><th scope="col">Count</th></tr></thead>\n'
        f"<tbody>\n{rows}</tbody>\n</table>\n"
        f'<p id="ratio">{_ratio_text(ratios.get("reflections_to_questions"))}</p>\n'
        f"{_share_text(ratios.get('open_question_share'))}"
        f"{_complex_text(ratios.get('complex_reflection_share'))}"
        "</section>"
    )


def _ratio_text(ratio) -> str:
    why = ("MITI, a standard way of scoring these conversations, counts about one "
           "reflection per question (1:1) as fair and two per question (2:1) as good.")
    if not isinstance(ratio, (int, float)):
        return f"You asked no questions, so there is no reflection-to-question ratio. {why}"
    if ratio >= 2:
        verdict = "That is good."
    elif ratio >= 1:
        verdict = "That is fair; more reflections before the next question would make it good."
    else:
        verdict = "That is below fair; try reflecting what you heard before asking another question."
    return (f"Reflection-to-question ratio: <strong>{ratio:.1f}:1</strong> "
            f"({ratio:.1f} reflections per question). {verdict} {why}")


def _share_text(share) -> str:
    if not isinstance(share, (int, float)):
        return ""
    return f'<p id="open-share">Open questions were {share * 100:.0f}% of your questions.</p>\n'


def _progress_section(report) -> str:
    """Progress over rehearsals: a small chart of the ratio (0-3:1) and the
    complex-reflection share (0-100%), with the same figures in a table."""
    points = [p for p in report.get("progress") or [] if isinstance(p, dict)]
    if len(points) < 2:
        return ""
    width, height, left, top, bottom = 640, 220, 50, 20, 40
    step = (width - left - 20) / (len(points) - 1)

    def line(key: str, top_value: float, css: str, dash: str) -> str:
        coords = [(left + i * step, top + (height - top - bottom) * (1 - min(float(p[key]), top_value) / top_value))
                  for i, p in enumerate(points) if isinstance(p.get(key), (int, float))]
        if not coords:
            return ""
        xy = " ".join(f"{x:.0f},{y:.0f}" for x, y in coords)
        dots = "".join(f'<circle cx="{x:.0f}" cy="{y:.0f}" r="4" fill="{css}"/>' for x, y in coords)
        return f'<polyline points="{xy}" fill="none" stroke="{css}" stroke-width="3" stroke-dasharray="{dash}"/>{dots}'

    label = (f"Progress over your last {len(points)} rehearsals: reflection-to-question ratio (solid, 0 to 3) "
             "and complex-reflection share (dashed, 0 to 100%)")
    svg = (f'<svg id="progress-chart" role="img" aria-label="{_e(label)}" viewBox="0 0 {width} {height}" '
           f'xmlns="http://www.w3.org/2000/svg"><title>{_e(label)}</title>'
           f'<line x1="{left}" y1="{height - bottom}" x2="{width - 20}" y2="{height - bottom}" stroke="#1a1a1a"/>'
           + line("reflections_to_questions", 3.0, WORKER_COLOUR, "none")
           + line("complex_reflection_share", 1.0, SEEKER_COLOUR, "8 5") + "</svg>")

    def cell(value, percent=False) -> str:
        if not isinstance(value, (int, float)):
            return "–"
        return f"{value * 100:.0f}%" if percent else f"{value:.1f}:1"
    rows = "".join(f"<tr><td>{_e(_format_started(p.get('started')))}</td><td>{_e(p.get('persona') or '')}</td>"
                   f"<td>{cell(p.get('reflections_to_questions'))}</td>"
                   f"<td>{cell(p.get('complex_reflection_share'), True)}</td></tr>\n" for p in points)
    return ('<section aria-labelledby="progress-h">\n<h2 id="progress-h">Your progress</h2>\n' + svg +
            '\n<table id="progress">\n<caption>Your last rehearsals, oldest first</caption>\n'
            '<thead><tr><th scope="col">When</th><th scope="col">With</th><th scope="col">Reflections per question'
            '</th><th scope="col">Complex reflections</th></tr></thead>\n'
            f"<tbody>\n{rows}</tbody>\n</table>\n</section>")


def _complex_text(share) -> str:
    if not isinstance(share, (int, float)):
        return ""
    verdict = "That is good." if share >= 0.5 else "That is fair." if share >= 0.4 else \
        "Try adding the feeling or meaning you hear under their words."
    return (f'<p id="complex-share">Complex reflections, which add meaning or feeling beyond their words, were '
            f"<strong>{share * 100:.0f}%</strong> of your reflections. {verdict} MITI counts 40% as fair and "
            "50% as good.</p>\n")


# ---------------------------------------------------------------- chart

def _words(turn) -> int:
    words = turn.get("words")
    if isinstance(words, (int, float)) and not isinstance(words, bool) and words >= 0:
        return int(words)
    return len(str(turn.get("text") or "").split())


def _cumulative(turns) -> tuple[list[int], list[int]]:
    """Words said so far by the worker and by the seeker, before any turn and after each."""
    worker, seeker = [0], [0]
    for turn in turns:
        w = _words(turn)
        is_worker = turn.get("speaker") == "worker"
        worker.append(worker[-1] + (w if is_worker else 0))
        seeker.append(seeker[-1] + (0 if is_worker else w))
    return worker, seeker


def _nice_step(top: float, target: int = 5) -> int:
    """A round tick step (1, 2, 5 x 10^k) giving about `target` ticks up to `top`."""
    raw = max(top / target, 1)
    mag = 10 ** floor(log10(raw))
    return next(int(m * mag) for m in (1, 2, 5, 10) if m * mag >= raw)


def _balance_section(report, turns, name) -> str:
    balance = report.get("talk_balance") or {}
    return (
        '<section aria-labelledby="balance-h">\n<h2 id="balance-h">Talk balance</h2>\n'
        '<div class="balance">\n'
        f"{_chart(turns, name)}\n{_totals(balance, name)}\n</div>\n</section>"
    )


def _chart(turns, name) -> str:
    if not turns:
        return '<p class="empty" id="talk-balance-empty">No turns were recorded, so there is no chart.</p>'
    worker, seeker = _cumulative(turns)
    n = len(turns)
    step = _nice_step(max(worker[-1], seeker[-1], 1))
    top = step * ceil(max(worker[-1], seeker[-1], 1) / step)
    width, height = 640, 340
    left, right, top_pad, bottom = 64, 20, 48, 56
    plot_w, plot_h = width - left - right, height - top_pad - bottom

    def x(i):
        return left + plot_w * i / n

    def y(v):
        return top_pad + plot_h * (1 - v / top)

    def points(series):
        return " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(series))

    parts = []
    for v in range(0, top + 1, step):  # horizontal grid lines and y labels
        parts.append(f'<line class="grid" x1="{left}" x2="{left + plot_w}" y1="{y(v):.1f}" y2="{y(v):.1f}"/>'
                     f'<text class="tick" x="{left - 8}" y="{y(v) + 4:.1f}" text-anchor="end">{v}</text>')
    x_step = _nice_step(n, target=8)
    for i in range(0, n + 1, x_step):
        parts.append(f'<text class="tick" x="{x(i):.1f}" y="{top_pad + plot_h + 18}" '
                     f'text-anchor="middle">{i}</text>')
    parts.append(f'<line class="axis" x1="{left}" x2="{left + plot_w}" y1="{top_pad + plot_h}" '
                 f'y2="{top_pad + plot_h}"/><line class="axis" x1="{left}" x2="{left}" '
                 f'y1="{top_pad}" y2="{top_pad + plot_h}"/>')
    parts.append(f'<text class="label" x="{left + plot_w / 2:.0f}" y="{height - 12}" '
                 'text-anchor="middle">Turn</text>')
    parts.append(f'<text class="label" transform="translate(16 {top_pad + plot_h / 2:.0f}) rotate(-90)" '
                 'text-anchor="middle">Words spoken so far</text>')
    parts.append(f'<polyline class="seeker" points="{points(seeker)}"/>')
    parts.append(f'<polyline class="worker" points="{points(worker)}"/>')
    # Legend: a line sample in each style, then the name.
    parts.append(
        f'<g class="legend"><line class="worker" x1="{left}" x2="{left + 30}" y1="20" y2="20"/>'
        f'<text x="{left + 38}" y="25">You</text>'
        f'<line class="seeker" x1="{left + 160}" x2="{left + 190}" y1="20" y2="20"/>'
        f'<text x="{left + 198}" y="25">{_e(name)}</text></g>')
    label = (f"Words spoken so far after each of {n} turns: "
             f"you {worker[-1]} words, {name} {seeker[-1]} words in total.")
    return (
        f'<svg id="talk-balance-chart" role="img" aria-label="{_e(label)}" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{_e(label)}</title>{''.join(parts)}</svg>"
    )


def _totals(balance, name) -> str:
    def num(key):
        v = balance.get(key)
        return v if isinstance(v, (int, float)) and not isinstance(v, bool) else 0

    ww, sw = num("worker_words"), num("seeker_words")
    ws, ss = num("worker_seconds"), num("seeker_seconds")
    if ww + sw:
        share = f"You said {ww / (ww + sw) * 100:.0f}% of the words."
    else:
        share = "Nobody said anything yet."
    if ws + ss:
        share += f" You spoke for {ws / (ws + ss) * 100:.0f}% of the time."
    return (
        '<dl class="totals" id="talk-balance-totals">\n'
        f"<dt>You</dt><dd>{ww} words, {ws:.1f} seconds</dd>\n"
        f"<dt>{_e(name)}</dt><dd>{sw} words, {ss:.1f} seconds</dd>\n"
        f"<dt>Your share</dt><dd>{share}</dd>\n</dl>"
    )


# ---------------------------------------------------------------- transcript

def _by_turn(lines) -> dict[int, dict]:
    return {line["turn"]: line for line in lines or []
            if isinstance(line, dict) and isinstance(line.get("turn"), int)}


def _clock(seconds) -> str:
    if not isinstance(seconds, (int, float)) or seconds < 0:
        return ""
    return f"{int(seconds) // 60}:{int(seconds) % 60:02d}"


def _transcript_section(report, turns, name) -> str:
    worker_lines = _by_turn(report.get("worker_lines"))
    seeker_lines = _by_turn(report.get("seeker_lines"))
    items = []
    for i, turn in enumerate(turns):
        if turn.get("speaker") == "worker":
            items.append(_worker_item(turn, worker_lines.get(i, {})))
        else:
            items.append(_seeker_item(turn, seeker_lines.get(i, {}), name))
    body = "\n".join(items) if items else ""
    empty = "" if items else '<p class="empty">Nothing was said in this rehearsal.</p>\n'
    return (
        '<section aria-labelledby="transcript-h">\n<h2 id="transcript-h">Transcript</h2>\n'
        f'{empty}<ol id="transcript">\n{body}\n</ol>\n</section>'
    )


def _turn_meta(turn, extra: str = "") -> str:
    bits = []
    # Only a spoken turn has a moment and a length worth showing: typed turns
    # (seconds estimated from their words) all showed "at 0:00" in a script.
    if turn.get("seconds_measured") is not False:
        clock = _clock(turn.get("start_s"))
        if clock:
            bits.append(f"at {clock}")
        seconds = turn.get("seconds")
        if isinstance(seconds, (int, float)) and seconds > 0:
            bits.append(f"{seconds:.1f} s")
    if extra:
        bits.append(extra)
    return f' <span class="meta">{_e(" · ".join(bits))}</span>' if bits else ""


def _worker_item(turn, line) -> str:
    kind = KIND_NAMES.get(line.get("kind"), "")
    flagged = line.get("verdict") == "reject"
    head = f'<p class="who"><strong>You</strong>{_turn_meta(turn, kind)}</p>'
    text = f'<p class="text">{_e(turn.get("text"))}</p>'
    if not flagged:
        return f'<li class="worker">{head}{text}</li>'
    codes = line.get("categories") or []
    names = ", ".join(f"{CATEGORY_NAMES.get(c, c)} ({c})" for c in codes) or "guard rule"
    # two categories can be set off by the same words: each is named once
    triggers = ", ".join(f"“{t}”" for t in dict.fromkeys(line.get("triggers") or []))
    flag = [f'<p><strong>Flagged:</strong> {_e(names)}</p>']
    if triggers:
        flag.append(f'<p>Trigger words: {_e(triggers)}</p>')
    if line.get("suggestion"):
        flag.append(f'<p>A peer might say: {_e(line["suggestion"])}</p>')
    return f'<li class="worker flagged">{head}{text}<div class="flag">{"".join(flag)}</div></li>'


def _seeker_item(turn, line, name) -> str:
    change = {"opened_up": ("opened up", "↑"), "closed_down": ("closed down", "↓")}.get(line.get("openness"))
    badge = (f' <span class="change {line["openness"]}">{change[1]} {change[0]}</span>'
             if change else "")
    head = f'<p class="who"><strong>{_e(name)}</strong>{_turn_meta(turn)}{badge}</p>'
    return f'<li class="seeker">{head}<p class="text">{_e(turn.get("text"))}</p></li>'


def _risk_section(report, name) -> str:
    """First on the page: a disclosure of risk, and whether it was taken up."""
    items = []
    for m in report.get("risk") or []:
        if not isinstance(m, dict):
            continue
        said = f'<p>{_e(name)} said: <q>{_e(m.get("seeker_text"))}</q></p>'
        if m.get("taken_up"):
            items.append(f'<li class="taken-up"><p><strong>You took it up.</strong></p>{said}'
                         f'<p>You said: <q>{_e(m.get("worker_text"))}</q></p></li>')
        else:
            answer = (f'<p>You said: <q>{_e(m.get("worker_text"))}</q></p>' if m.get("worker_text")
                      else "<p>The rehearsal ended before you answered.</p>")
            items.append(f'<li class="missed"><p><strong>Not taken up.</strong> Asking about it directly '
                         f'("Are you thinking about ending your life?", "Are you safe at home?") and pointing to '
                         f'people who can help matters most here.</p>{said}{answer}</li>')
    if not items:
        return ""
    return ('<section aria-labelledby="risk-h">\n<h2 id="risk-h">A risk to their safety</h2>\n'
            f'<ol id="risk">\n{chr(10).join(items)}\n</ol>\n</section>')


def _moments_section(report, name) -> str:
    items = []
    for m in report.get("moments") or []:
        if not isinstance(m, dict):
            continue
        what = "opened up" if m.get("change") == "opened_up" else "closed down"
        turn = m.get("turn")
        where = f"Turn {turn + 1}: " if isinstance(turn, int) else ""
        items.append(
            f'<li><p><strong>{_e(where)}{_e(name)} {what}.</strong></p>'
            f'<p>You had just said: <q>{_e(m.get("worker_text"))}</q></p>'
            f'<p>{_e(name)} said: <q>{_e(m.get("seeker_text"))}</q></p></li>')
    body = (f'<ol id="moments">\n{chr(10).join(items)}\n</ol>' if items else
            f'<p class="empty">There was no clear moment where {_e(name)} opened up or closed down.</p>')
    return (
        '<section aria-labelledby="moments-h">\n<h2 id="moments-h">Moments that mattered</h2>\n'
        f"{body}\n</section>"
    )


# Relative units throughout so the page reflows at 200% zoom; text colours
# are at least 7:1 on their backgrounds.
_CSS = f"""
:root {{ color-scheme: light; }}
body {{ margin: 0; background: #fff; color: #1a1a1a;
  font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }}
main {{ max-width: 48rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }}
h1 {{ font-size: 1.75rem; margin: 0 0 .25rem; }}
h2 {{ font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #767676; }}
p, li, dd {{ overflow-wrap: anywhere; }}
.meta {{ color: #4a4a4a; }}
.about {{ color: #333; }}
table {{ border-collapse: collapse; }}
caption {{ text-align: left; font-weight: 600; padding-bottom: .25rem; }}
th, td {{ border: 1px solid #767676; padding: .25rem .75rem; text-align: left; }}
td {{ text-align: right; font-variant-numeric: tabular-nums; }}
.balance {{ display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }}
#talk-balance-chart {{ flex: 1 1 28rem; max-width: 100%; height: auto; }}
.totals {{ flex: 0 1 14rem; margin: 0; }}
.totals dt {{ font-weight: 600; }}
.totals dd {{ margin: 0 0 .5rem; }}
svg text {{ fill: #1a1a1a; font-size: 17px; }}
svg .tick {{ font-size: 15px; }}
svg .grid {{ stroke: #ddd; stroke-width: 1; }}
svg .axis {{ stroke: #4a4a4a; stroke-width: 1.5; }}
svg .worker, svg .seeker {{ fill: none; stroke-width: 4; stroke-linejoin: round; stroke-linecap: round; }}
svg .worker {{ stroke: {WORKER_COLOUR}; }}
svg .seeker {{ stroke: {SEEKER_COLOUR}; stroke-dasharray: 10 6; stroke-linecap: butt; }}
#transcript {{ padding-left: 2rem; }}
#transcript li {{ margin: 0 0 .75rem; padding: .25rem .75rem; border-left: 4px solid #bbb; }}
#transcript li.worker {{ border-left-color: #1a1a1a; }}
#transcript li.flagged {{ border-left: 6px double #a4001d; background: #fdf0f2; }}
#transcript p {{ margin: 0; }}
#transcript .text {{ white-space: pre-wrap; }}
.flag {{ margin-top: .25rem; color: #5c0010; }}
.change {{ font-weight: 600; }}
.empty {{ font-style: italic; color: #4a4a4a; }}
#moments li {{ margin-bottom: .75rem; }}
#risk li {{ margin-bottom: .75rem; padding: .25rem .75rem; }}
#risk li.missed {{ border-left: 6px double #a4001d; background: #fdf0f2; }}
#risk li.taken-up {{ border-left: 4px solid #1a1a1a; }}
#risk p {{ margin: 0; }}
#moments p {{ margin: 0; }}
"""
