"""Check that no text of the evaluation-only datasets (ESConv, CounselChat) is
in the repository: every tracked text file is read for runs of N words (8 by
default) that also occur in ../shared/data. Common phrases ("do you want to
tell me more about") turn up by chance; a copied sentence shows as many runs.

    python3 scripts/check_no_eval_text.py [N] [--data ../shared/data]

Needs ../shared beside the repository, so it is not part of the test suite,
which must run without it.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXT_FILES = (".py", ".toml", ".md", ".jsonl", ".txt", ".sh")


def runs(text: str, n: int) -> set[str]:
    words = re.findall(r"[a-z']+", text.lower())
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def evaluation_texts(data: Path):
    for path in sorted((data / "esconv").glob("*.jsonl")):
        for line in path.open():
            row = json.loads(line)
            for turn in row.get("context", []) + [row.get("reference") or {}]:
                yield turn.get("text", "")
    chat = data / "counselchat" / "counsel_chat.csv"
    if chat.exists():
        csv.field_size_limit(10 ** 9)
        with chat.open(newline="") as f:
            for row in csv.DictReader(f):
                yield from (row.get("questionText") or "", row.get("answerText") or "")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=8)
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--at-least", type=int, default=3, help="list a file from this many shared runs")
    args = parser.parse_args()
    data = Path(args.data)
    if not data.exists():
        print(f"no evaluation data at {data}", file=sys.stderr)
        return 2
    shared: set[str] = set()
    for text in evaluation_texts(data):
        shared |= runs(text, args.n)
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    found = 0
    for name in files:
        if not name.endswith(TEXT_FILES):
            continue
        hits = sorted(runs((ROOT / name).read_text(errors="ignore"), args.n) & shared)
        if len(hits) >= args.at_least:
            found += len(hits)
            print(f"{name}: {len(hits)} runs of {args.n} words, e.g. {hits[:3]}")
    print(f"{found} shared runs in files listed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
