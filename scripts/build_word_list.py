"""Build companion/data/english_words.txt.gz, the list of real English words
a reflection may say (companion/reflection_lexicon.py).

It is derived from SCOWL's word lists as Debian packages them (size 70,
British and American spellings: `apt-get install wbritish-large
wamerican-large`), lower-cased; possessives are left out (a reflection
takes "'s" off before it looks a word up), and so are the one- and
two-letter entries, which are mostly abbreviations a typing slip can
land on ("ll", "ta"); the short words English has are listed in
reflection_lexicon.py. SCOWL's licence goes beside the list
(english_words_LICENSE.txt).

    python scripts/build_word_list.py [DICT_DIR]
"""
from __future__ import annotations

import gzip
import shutil
import sys
import unicodedata
from pathlib import Path

_SOURCES = ("british-english-large", "american-english-large")
# SCOWL words that are far more often a slip of the typing than the word
# itself: "wether" for "whether", "nite" for "night".
_SLIPS = {"wether", "nite", "thru", "tho", "def", "hes", "shes", "wed", "cant", "wont", "dont", "ive", "youre",
          "theyre", "thats", "isnt", "wasnt", "didnt", "doesnt"}


def _plain(word: str) -> str:
    """Accents taken off: "fiancé" is looked up as "fiance"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def build(dict_dir: Path, out: Path) -> int:
    words = set()
    for name in _SOURCES:
        for line in (dict_dir / name).read_text(encoding="utf-8").splitlines():
            word = _plain(line.strip()).lower()
            if len(word) > 2 and not word.endswith("'s") and word not in _SLIPS \
                    and all(c.isalpha() or c == "'" for c in word):
                words.add(word)
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(out, "wb", mtime=0) as f:   # mtime 0: the same list builds the same bytes
        f.write(("\n".join(sorted(words)) + "\n").encode("utf-8"))
    licence = Path("/usr/share/doc/wbritish-large/copyright")
    if licence.exists():
        shutil.copyfile(licence, out.parent / "english_words_LICENSE.txt")
    return len(words)


if __name__ == "__main__":
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/dict")
    target = Path(__file__).resolve().parent.parent / "companion" / "data" / "english_words.txt.gz"
    print(build(source, target), "words ->", target)
