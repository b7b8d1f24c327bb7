"""Scoring the line-kind classifier (``companion eval lines``) on labelled
worker lines, and a plain-text report of the result."""
from __future__ import annotations

import json
from pathlib import Path

from .line_kinds import KINDS, classify_line


def evaluate(path) -> dict:
    """Score :func:`classify_line` on a labels JSONL file of ``{"text", "kind"}`` rows.

    Returns ``n``, ``accuracy``, ``macro_f1``, ``per_kind`` (precision, recall,
    f1, support for each kind), ``confusion`` (``confusion[gold][predicted]``
    counts over all six kinds) and ``errors`` (the misclassified rows with
    their per-sentence kinds and any labelling note).
    """
    rows = []
    with open(Path(path), encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            row = json.loads(line)
            if row.get("kind") not in KINDS:
                raise ValueError(f"{path}:{number}: unknown kind {row.get('kind')!r}")
            rows.append(row)
    confusion = {gold: {pred: 0 for pred in KINDS} for gold in KINDS}
    errors = []
    correct = 0
    for row in rows:
        predicted, sentence_kinds = classify_line(row["text"])
        confusion[row["kind"]][predicted] += 1
        if predicted == row["kind"]:
            correct += 1
        else:
            error = {"text": row["text"], "gold": row["kind"], "predicted": predicted, "sentences": sentence_kinds}
            if row.get("note"):
                error["note"] = row["note"]
            errors.append(error)
    per_kind = {}
    for kind in KINDS:
        tp = confusion[kind][kind]
        predicted_n = sum(confusion[g][kind] for g in KINDS)
        support = sum(confusion[kind].values())
        precision = tp / predicted_n if predicted_n else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_kind[kind] = {"precision": precision, "recall": recall, "f1": f1, "support": support}
    n = len(rows)
    present = [k for k in KINDS if per_kind[k]["support"]]
    return {
        "n": n,
        "accuracy": correct / n if n else 0.0,
        "macro_f1": sum(per_kind[k]["f1"] for k in present) / len(present) if present else 0.0,
        "per_kind": per_kind,
        "confusion": confusion,
        "errors": errors,
    }


_SHORT = {"reflection": "refl", "open_question": "open", "closed_question": "closed",
          "self_disclosure": "discl", "affirmation": "affirm", "other": "other"}


def format_evaluation(result: dict, show_errors: bool = True) -> str:
    """A small plain-text report of :func:`evaluate`'s result."""
    lines = [f"n={result['n']}  accuracy={result['accuracy']:.3f}  macro F1={result['macro_f1']:.3f}", ""]
    lines.append(f"{'kind':<16}{'prec':>7}{'rec':>7}{'F1':>7}{'n':>6}")
    for kind in KINDS:
        m = result["per_kind"][kind]
        lines.append(f"{kind:<16}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}{m['support']:>6}")
    lines.append("")
    lines.append("confusion (rows = gold, columns = predicted)")
    lines.append(" " * 16 + "".join(f"{_SHORT[k]:>8}" for k in KINDS))
    for gold in KINDS:
        lines.append(f"{gold:<16}" + "".join(f"{result['confusion'][gold][p]:>8}" for p in KINDS))
    if show_errors and result["errors"]:
        lines.append("")
        lines.append(f"misclassified ({len(result['errors'])})")
        for e in result["errors"]:
            lines.append(f"  [{e['gold']} -> {e['predicted']}] {e['text']}")
    return "\n".join(lines)
