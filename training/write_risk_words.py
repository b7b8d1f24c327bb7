"""Write the words that risk detection corrects typed slips towards
(companion/data/risk_words.txt): every English word of three letters or more
said at least twice in the risk training sentences (written for this
project), with how often, and the medicines and places the rules name
("word"); the other words said at least twice there, slips and slang, with
how often ("seen"); and shorthand never to be mended ("keep").

    .venv/bin/python training/write_risk_words.py
"""
from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from companion.reflection_lexicon import english_words  # noqa: E402
from companion.risk.spelling import WORDS_FILE  # noqa: E402

MEDICINES = """paracetamol ibuprofen aspirin painkillers insulin antidepressants sertraline citalopram fluoxetine lithium
diazepam valium xanax codeine tylenol advil nurofen panadol benadryl tramadol morphine amitriptyline zopiclone
laxatives storey jewellery jewelry""".split()
# shorthand that is one slip from a word it does not mean ("cals" is not "call")
SHORTHAND = "cals kcal kcals lbs kgs mins hrs yrs meds xans bros pics vids uni".split()


def main() -> int:
    counts: collections.Counter[str] = collections.Counter()
    for path in sorted((ROOT / "training" / "risk").rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"].lower().replace("\u2019", "'")
            counts.update(w for w in re.findall(r"[a-z]+(?:'[a-z]+)*", text) if len(w) >= 3 and "'" not in w)
    english = english_words()
    words = sorted({w for w, n in counts.items() if n >= 2 and w in english} | set(MEDICINES))
    # other words said there at least twice ("cals", "beter"), with how often
    seen = sorted(w for w, n in counts.items() if n >= 2 and w not in english and w not in MEDICINES and w not in SHORTHAND)
    keep = sorted(set(SHORTHAND) - english)
    WORDS_FILE.write_text("".join(f"{w} {max(counts[w], 1)} word\n" for w in words)
                          + "".join(f"{w} {counts[w]} seen\n" for w in seen)
                          + "".join(f"{w} 0 keep\n" for w in keep), encoding="utf-8")
    print(f"{len(words)} words, {len(seen)} other words, {len(keep)} shorthands -> {WORDS_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
