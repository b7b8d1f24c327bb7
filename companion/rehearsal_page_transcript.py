"""The transcript on the rehearsal report page: every turn, the worker's
lines with their kind and any flag, the person's with how they moved."""
from __future__ import annotations

from .guard_rule import name_categories
from .rehearsal_page_format import _clock, _e

KIND_NAMES = {
    "reflection": "reflection",
    "open_question": "open question",
    "closed_question": "closed question",
    "self_disclosure": "self-disclosure",
    "affirmation": "affirmation",
    "other": "other",
}


def _by_turn(lines) -> dict[int, dict]:
    return {line["turn"]: line for line in lines or []
            if isinstance(line, dict) and isinstance(line.get("turn"), int)}


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
    names = name_categories(codes) or "guard rule"
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
