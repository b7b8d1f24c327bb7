"""The rehearsal report as one self-contained HTML page: inline CSS, inline SVG
charts, no scripts, so it opens offline in any browser and can be mailed or
archived as a single file. Everything that came from speech is escaped with
html.escape. The charts, the transcript and the style sheet are in
``rehearsal_page_*``."""
from __future__ import annotations

from .rehearsal_page_charts import _balance_section, _progress_section
from .rehearsal_page_format import _e, _format_started
from .rehearsal_page_style import _CSS
from .rehearsal_page_transcript import _transcript_section

COUNT_ROWS = [
    ("reflections", "Reflections"),
    ("open_questions", "Open questions"),
    ("closed_questions", "Closed questions"),
    ("self_disclosures", "Self-disclosures"),
    ("affirmations", "Affirmations"),
    ("flagged", "Flagged lines"),
]


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


def _complex_text(share) -> str:
    if not isinstance(share, (int, float)):
        return ""
    verdict = "That is good." if share >= 0.5 else "That is fair." if share >= 0.4 else \
        "Try adding the feeling or meaning you hear under their words."
    return (f'<p id="complex-share">Complex reflections, which add meaning or feeling beyond their words, were '
            f"<strong>{share * 100:.0f}%</strong> of your reflections. {verdict} MITI counts 40% as fair and "
            "50% as good.</p>\n")


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
