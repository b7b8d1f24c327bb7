"""The rehearsal report: one JSON file and one self-contained HTML page.

A peer-support worker practises a conversation with a simulated person; the
rehearsal code builds a report dict and this module saves it (with the page
``rehearsal_page`` renders), reads it back and checks it, and adds the
worker's progress over earlier reports.
"""
from __future__ import annotations

import json
from pathlib import Path

from .errors import CompanionError
from .rehearsal_page import COUNT_ROWS, render_html
from .sessions import write_private_text

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
