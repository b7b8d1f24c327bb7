"""``companion eval replies``: how peer-like the replies are, next to the
human supporters' replies in the same ESConv dialogue windows.

The style measures are pure functions of text (tested without models); the
relevance and strategy measures use MiniLM embeddings.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import CompanionError
from .sentences import split_sentences
from .words import content_words, words

_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself|mine)\b", re.I)

INSTRUCTING = {"Providing Suggestions", "Information"}

def mirrors(reply: str, seeker: str) -> bool:
    """The first sentence takes up two or more of the person's content words."""
    sentences = split_sentences(reply)
    return bool(sentences) and len(content_words(sentences[0]) & content_words(seeker)) >= 2


def parrots(reply: str, seeker: str, n: int = 5) -> bool:
    """Five or more of the person's words repeated verbatim, in order."""
    said = words(seeker)
    grams = {tuple(said[i:i + n]) for i in range(len(said) - n + 1)}
    r = words(reply)
    return any(tuple(r[i:i + n]) in grams for i in range(len(r) - n + 1))


_REQUEST = re.compile(r"^\W*(?:please\s+)?(?:tell|let|give|show|help|talk\s+to|walk)\s+me\b", re.I)


def shares(reply: str) -> bool:
    """A non-question sentence in which the speaker speaks of themselves
    ("That makes me sad"), not a request ("Tell me more")."""
    return any(not s.rstrip().endswith("?") and _FIRST_PERSON.search(_REQUEST.sub("", s))
               for s in split_sentences(reply))


def repeats_sentence(reply: str) -> bool:
    keys = [s.lower().strip(" .!?") for s in split_sentences(reply)]
    return len(keys) != len(set(keys))


def quantile(values: Sequence[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def style_figures(pairs: Sequence[tuple[str, str]]) -> dict:
    """Figures for (seeker's last turn, reply) pairs."""
    n = len(pairs) or 1
    replies = [r for _, r in pairs]
    return {
        "replies": len(pairs),
        "mirroring": sum(mirrors(r, s) for s, r in pairs) / n,
        "parroting": sum(parrots(r, s) for s, r in pairs) / n,
        "sharing": sum(shares(r) for _, r in pairs) / n,
        "question": sum("?" in r for r in replies) / n,
        "distinct": len(set(r.strip().lower() for r in replies)) / n,
        "repeated_sentence": sum(repeats_sentence(r) for r in replies) / n,
        "mean_words": statistics.mean(len(r.split()) for r in replies) if replies else 0.0,
    }


# ---------------------------------------------------------------------------
@dataclass
class StrategyClassifier:
    """ESConv's 8 supporter strategies from MiniLM embeddings (logistic regression)."""

    model: object
    labels: list[str]
    accuracy: float
    instructing_accuracy: float

    def predict(self, embeddings: np.ndarray) -> list[str]:
        return list(self.model.predict(embeddings))


def supporter_turns(path: Path) -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            for t in row.get("context", []) + [row.get("reference") or {}]:
                if t.get("role") == "supporter" and t.get("strategy") and t.get("text", "").strip():
                    seen.setdefault(t["text"].strip(), t["strategy"])
    return list(seen.items())


def train_strategy_classifier(train_path: Path, embedder) -> StrategyClassifier:
    from sklearn.linear_model import LogisticRegression

    turns = supporter_turns(train_path)
    # Held-back split by a hash of the text, so overlapping windows cannot leak.
    held = [int(hashlib.sha1(t.encode()).hexdigest(), 16) % 5 == 0 for t, _ in turns]
    x = embedder.embed([t for t, _ in turns])
    y = np.array([s for _, s in turns])
    mask = np.array(held)
    clf = LogisticRegression(max_iter=3000, C=2.0)
    clf.fit(x[~mask], y[~mask])
    pred = clf.predict(x[mask])
    acc = float((pred == y[mask]).mean())
    inst_acc = float((np.isin(pred, list(INSTRUCTING)) == np.isin(y[mask], list(INSTRUCTING))).mean())
    clf.fit(x, y)  # the final model sees all of dev
    return StrategyClassifier(clf, sorted(set(y)), acc, inst_acc)


# ---------------------------------------------------------------------------
def load_windows(path: Path, limit: int | None, seed: int = 0) -> list[dict]:
    try:
        rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    except OSError as e:
        raise CompanionError(f"cannot read {path}: {e.strerror}") from None
    rows = [r for r in rows if r.get("reference", {}).get("text") and any(t.get("role") == "seeker" for t in r.get("context", []))]
    if limit and limit < len(rows):
        rows = random.Random(seed).sample(rows, limit)
    return rows


# The printed table: (label, key in the figures, "%" or "f" for a plain number).
_ROWS = [
    ("spoken sentences passing the guard", "guard_pass_sentences", "%"),
    ("replies using the fallback", "fallback", "%"), ("replies of fixed lines (turn kinds)", "fixed_lines", "%"),
    ("replies with a model sentence", "model_sentence", "%"), ("regenerations per reply", "regenerated_mean", "f"),
    ("instructing (suggestions/information)", "instructing", "%"), ("mirroring", "mirroring", "%"),
    ("parroting", "parroting", "%"), ("sharing", "sharing", "%"), ("questions", "question", "%"),
    ("relevance median", "relevance_median", "f"), ("relevance 10th percentile", "relevance_p10", "f"),
    ("distinct replies", "distinct", "%"), ("replies repeating a sentence", "repeated_sentence", "%"),
    ("mean words per reply", "mean_words", "f"), ("first sentence p50 (s)", "first_sentence_p50_s", "f"),
    ("first sentence p90 (s)", "first_sentence_p90_s", "f"), ("whole reply p50 (s)", "reply_p50_s", "f"),
    ("whole reply p90 (s)", "reply_p90_s", "f"),
]


def _reply_to_all(responder, windows: list[dict]) -> list[dict]:
    from .batch import parse_window

    results = []
    t_start = time.perf_counter()
    for i, row in enumerate(windows, 1):
        history, text = parse_window(row)
        stream = responder.respond(history, text)
        sentences = list(stream)
        r = stream.reply
        results.append({
            "id": row.get("id"), "seeker": text, "reply": r.text, "human": row["reference"]["text"],
            "human_strategy": row["reference"].get("strategy"),
            "sentences": [s.to_dict() for s in sentences], "fallback": r.fallback, "crisis": r.crisis,
            "regenerated": r.regenerated, "first_sentence_s": r.first_sentence_s, "total_s": r.total_s,
        })
        if i % 10 == 0 or i == len(windows):
            print(f"replied to {i} of {len(windows)} ({time.perf_counter() - t_start:.0f} s)", file=sys.stderr, flush=True)
    return results


def _side(pairs, rel, strategies, guard_pass: float) -> dict:
    """One side's figures: peer style, guard, instructing and relevance."""
    fig = style_figures(pairs)
    fig.update({
        "guard_pass_sentences": guard_pass,
        "instructing": sum(s in INSTRUCTING for s in strategies) / len(strategies),
        "relevance_median": float(np.median(rel)), "relevance_p10": float(np.quantile(rel, 0.1)),
    })
    return fig


def _companion_only(results: list[dict]) -> dict:
    """The figures only the companion's replies have: how they were made, and how fast."""
    first = [x["first_sentence_s"] for x in results if x["first_sentence_s"] is not None]
    total = [x["total_s"] for x in results]
    return {
        "fallback": sum(x["fallback"] for x in results) / len(results),
        # Turns answered with reviewed lines by kind (greeting, thanks,
        # advice request...), shown so that a low fallback share is not read
        # as the model having answered them.
        "fixed_lines": sum(bool(x["sentences"]) and all(s["source"] in ("fixed", "identity") for s in x["sentences"])
                           for x in results) / len(results),
        "model_sentence": sum(any(s["source"] == "model" for s in x["sentences"]) for x in results) / len(results),
        "regenerated_mean": statistics.mean(x["regenerated"] for x in results),
        "crisis": sum(x["crisis"] for x in results) / len(results),
        "first_sentence_p50_s": quantile(first, 0.5), "first_sentence_p90_s": quantile(first, 0.9),
        "reply_p50_s": quantile(total, 0.5), "reply_p90_s": quantile(total, 0.9),
    }


def _measure(results: list[dict], guard, strategy_data: Path):
    """The companion's and the human supporters' figures side by side, and
    the strategy classifier they were measured with."""
    from .embeddings import SentenceEmbedder

    print("measuring relevance and strategies...", file=sys.stderr, flush=True)
    embedder = SentenceEmbedder()
    seekers = embedder.embed([x["seeker"] for x in results])
    ours = embedder.embed([x["reply"] for x in results])
    humans = embedder.embed([x["human"] for x in results])
    clf = train_strategy_classifier(strategy_data, embedder)
    spoken = [s for x in results for s in x["sentences"]]
    human_sentences = [s for x in results for s in split_sentences(x["human"])]
    figures = {
        "companion": _side([(x["seeker"], x["reply"]) for x in results], (seekers * ours).sum(1), clf.predict(ours),
                           sum(s["verdict"] == "pass" for s in spoken) / max(1, len(spoken))),
        "human": _side([(x["seeker"], x["human"]) for x in results], (seekers * humans).sum(1), clf.predict(humans),
                       sum(guard.check(s).passed for s in human_sentences) / max(1, len(human_sentences))),
    }
    figures["companion"].update(_companion_only(results))
    return figures, clf


def _print_figures(figures: dict, results: list[dict], data: Path, clf, strategy_data: Path, samples: int) -> None:
    fmt = lambda v, k: "-" if v is None else (f"{100 * v:5.1f}%" if k == "%" else f"{v:6.2f}")
    print(f"{len(results)} dialogue windows from {data}")
    print(f"{'':42s} {'companion':>10s} {'human':>10s}")
    for label, key, kind in _ROWS:
        print(f"{label:42s} {fmt(figures['companion'].get(key), kind):>10s} {fmt(figures['human'].get(key), kind):>10s}")
    print(f"strategy classifier: {clf.accuracy:.3f} 8-way accuracy, {clf.instructing_accuracy:.3f} instructing-or-not "
          f"accuracy on held-back {Path(strategy_data).name} turns")
    for x in random.Random(1).sample(results, min(samples, len(results))):
        print(f"\n[{x['id']}] seeker: {x['seeker'][:200]}\n  companion: {x['reply']}\n  human: {x['human']}")


def run_reply_eval(responder, data: Path, limit: int | None, report: str | None, train: Path | None,
                   samples: int = 10) -> int:
    windows = load_windows(data, limit)
    if not windows:
        raise CompanionError(f"no usable dialogue windows in {data}")
    results = _reply_to_all(responder, windows)
    figures, clf = _measure(results, responder.guard, train or data)
    _print_figures(figures, results, data, clf, train or data, samples)
    if report:
        out = {"data": str(data), "windows": len(results), "strategy_classifier": {
            "accuracy_8way": round(clf.accuracy, 3), "accuracy_instructing_or_not": round(clf.instructing_accuracy, 3),
            "trained_on": str(train or data)}, "figures": figures}
        out["replies"] = [{k: x[k] for k in ("id", "reply", "fallback", "regenerated", "first_sentence_s", "total_s")}
                          for x in results]
        Path(report).write_text(json.dumps(out, indent=2) + "\n")
    return 0
