"""The charts on the rehearsal report page, each an inline SVG with the same
figures in words or a table: progress over rehearsals, and talk balance
over the session."""
from __future__ import annotations

from math import ceil, floor, log10

from .rehearsal_page_format import _e, _format_started
from .rehearsal_page_style import SEEKER_COLOUR, WORKER_COLOUR


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
