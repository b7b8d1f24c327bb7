"""Choose the guard encoder's threshold on the dev sets, and write it into
companion/data/guard_head.npz.

The rules reject; the layer adds rejections. The threshold is chosen on the
four labelled dev sets together (eval/guard_dev{,2,3,4}_labels.jsonl, real
sentences re-read from ../shared/data; never the holdout): the lowest on a
grid at which rules and layer together reject at most MAX_FPR of the passing
sentences. One threshold for every category: thresholds per category (chosen
greedily, lowering first the category that catches the most of the rules'
misses per passing sentence it rejects) caught a few more on the sets they
were chosen on, but flattered them more. Leave-one-set-out figures
(chosen on two dev sets, measured on the third) are reported for both, and
the per-category ones are written with --per-category.

Then the companion's own lines it was not trained on (the second half of the
reviewed reactions, the short peer-style replies, the ideas) are scored at
that threshold: a fixed line the layer rejects would go unsaid, a reply it
rejects is made again.

Writes eval/results/guard_thresholds.json (figures only: the dev sentences
may not be copied).

    .venv/bin/python training/choose_guard_thresholds.py --data ../shared/data [--max-fpr 0.025]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from companion.config import Config  # noqa: E402
from companion.disguises import undisguise  # noqa: E402
from companion.guard import Guard  # noqa: E402
from companion.guard_eval import labelled_set  # noqa: E402
from companion.guard_learned import DEFAULT_GUARD_HEAD, EncoderClassifier, GuardHead  # noqa: E402
from companion.guard_rules import EXPLICIT_PASS, normalise  # noqa: E402
from companion.sentences import split_sentences  # noqa: E402

SETS = ("dev", "dev2", "dev3", "dev4")
GRID = np.array([0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.96, 0.97, 0.98, 0.985, 0.99, 0.993, 0.995, 0.997,
                 0.998, 0.999, 0.9995])
OFF = 1.01
# the companion's own lines the layer was not trained on (train_guard_encoder.OWN_LINES has the others)
UNSEEN_OWN = [("prompts/reactions/part_b.jsonl", "text"), ("training/peer_style_short_a.jsonl", "reply"),
              ("training/peer_style_short_b.jsonl", "reply"), ("prompts/ideas.jsonl", "text")]


def scores(layer: EncoderClassifier, texts: list[str]) -> np.ndarray:
    """The layer's probabilities, as the guard sees them: 0 where the rules'
    explicit passes keep the layer out."""
    out = []
    for t in texts:
        seen = undisguise(t)
        if EXPLICIT_PASS.search(normalise(seen)):
            out.append(np.zeros(len(layer.head.labels)))
        else:
            out.append(np.array(list(layer.probabilities(seen if seen != t.lower() else t).values())))
    return np.array(out)


def union(s, rules, th):
    return rules | (s >= th).any(1)


def greedy(s, gold, rules, max_fp: int) -> np.ndarray:
    th = np.full(s.shape[1], OFF)
    while True:
        base = union(s, rules, th)
        tp0, fp0 = int((base & gold).sum()), int((base & ~gold).sum())
        best = None
        for i in range(s.shape[1]):
            for g in GRID[GRID < th[i]][::-1]:
                trial = th.copy()
                trial[i] = g
                p = union(s, rules, trial)
                dtp, dfp = int((p & gold).sum()) - tp0, int((p & ~gold).sum()) - fp0
                if fp0 + dfp > max_fp:
                    break
                if dtp > 0 and (best is None or dtp / (dfp + 1) > best[0]):
                    best = (dtp / (dfp + 1), i, g)
        if best is None:
            return th
        th[best[1]] = best[2]


def single(s, gold, rules, max_fp: int) -> np.ndarray:
    best = OFF
    for g in GRID[::-1]:
        if int((union(s, rules, np.full(s.shape[1], g)) & ~gold).sum()) > max_fp:
            break
        best = g
    return np.full(s.shape[1], best)


def figures(s, gold, rules, cats, labels, th) -> dict:
    p = union(s, rules, th)
    return {"recall": round(float(p[gold].mean()), 3), "fpr": round(float(p[~gold].mean()), 3),
            "rules_recall": round(float(rules[gold].mean()), 3), "rules_fpr": round(float(rules[~gold].mean()), 3),
            "recall_by_category": {c: round(float(p[cats[:, i]].mean()), 3)
                                   for i, c in enumerate(labels) if cats[:, i].any()}}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--max-fpr", type=float, default=0.025,
                    help="most of the dev sets' passing sentences that rules and layer together may reject")
    ap.add_argument("--per-category", action="store_true", help="write the per-category thresholds instead")
    ap.add_argument("--report", type=Path, default=ROOT / "eval" / "results" / "guard_thresholds.json")
    args = ap.parse_args()

    layer = EncoderClassifier.load(Config().cache_dir, threshold=0.5)
    labels = layer.head.labels
    rules_only = Guard()
    sets = {}
    for name in SETS:
        rows = labelled_set(args.data, ROOT / "eval" / f"guard_{name}_labels.jsonl")
        texts = [r["text"] for r in rows]
        sets[name] = (scores(layer, texts), np.array([bool(r["categories"]) for r in rows]),
                      np.array([not rules_only.check(t).passed for t in texts]),
                      np.array([[c in r["categories"] for c in labels] for r in rows]))
        print(f"{name}: {len(rows)} sentences scored", flush=True)

    def pooled(names):
        return tuple(np.concatenate([sets[n][k] for n in names]) for k in range(4))

    s, gold, rules, cats = pooled(SETS)
    max_fp = int(args.max_fpr * (~gold).sum())
    ways = {"single": single, "per_category": greedy}
    chosen = {w: how(s, gold, rules, max_fp) for w, how in ways.items()}
    way = "per_category" if args.per_category else "single"
    th = chosen[way]
    named = lambda t: {c: (None if v > 1 else float(v)) for c, v in zip(labels, t)}   # None: left to the rules
    result = {"method": __doc__.split("\n\n")[1].replace("\n", " "), "max_fpr": args.max_fpr, "written": way,
              "thresholds": named(th)}
    for w, t in chosen.items():
        result[w] = {"thresholds": named(t), "dev_pooled": figures(s, gold, rules, cats, labels, t),
                     "by_set": {n: figures(*sets[n], labels, t) for n in SETS}, "leave_one_set_out": {}}
        for n in SETS:
            a = pooled([m for m in SETS if m != n])
            t_out = ways[w](a[0], a[1], a[2], int(args.max_fpr * (~a[1]).sum()))
            result[w]["leave_one_set_out"][n] = {"thresholds": named(t_out), **figures(*sets[n], labels, t_out)}

    own = []
    for name, key in UNSEEN_OWN:
        for line in (ROOT / name).read_text(encoding="utf-8").splitlines():
            own += split_sentences(json.loads(line)[key]) if line.strip() else []
    own = sorted(set(own))
    own_s = scores(layer, own)
    own_rules = np.array([not rules_only.check(t).passed for t in own])
    result["own_unseen_lines"] = {"sentences": len(own), "rules_reject": int(own_rules.sum()),
                                  "layer_adds": int(((own_s >= th).any(1) & ~own_rules).sum())}

    head = GuardHead.load(DEFAULT_GUARD_HEAD)
    head.thresholds = th.astype(np.float32)   # over 1 (OFF): the category is left to the rules
    head.save(DEFAULT_GUARD_HEAD)
    args.report.write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "method"}, indent=1))
    print(f"wrote the thresholds into {DEFAULT_GUARD_HEAD} and {args.report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
