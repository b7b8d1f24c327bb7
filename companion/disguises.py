"""Text as it reads, with its disguises taken off, for the guard's checks.

A rule for "as a doctor" must also see "As a d0ctor", "ａｓ ａ ｄｏｃｔｏｒ",
"as a dо\u200bctor" (a Cyrillic "о" and a zero-width space) and "d o c t o r".
Measured before this: 39 of 50 disguised violations passed the guard.
Pure: no model, no I/O.
"""
from __future__ import annotations

import re
import unicodedata

# Letters from other scripts that look like Latin ones (Unicode's confusables,
# the ones that occur in practice: Cyrillic and Greek lower case).
_HOMOGLYPHS = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t",
    "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
    "χ": "x", "ω": "w", "ɡ": "g", "ɩ": "i", "ʏ": "y", "ᴅ": "d", "ʀ": "r",
})
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"})
# A number with its unit or ending stays a number: "50mg", "2nd", "24h".
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?(?:st|nd|rd|th|mg|mcg|ml|g|kg|lb|lbs|s|am|pm|h|hrs?|x|k|m|%)?$", re.I)
# only tokens with a character leetspeak uses are looked at (the rest cannot change)
_LEET_TOKEN = re.compile(r"[^\s]*[013457@$!][^\s]*")
# the invisible characters ASCII has (controls other than line breaks and tabs)
_ASCII_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# a run of letters and the characters leetspeak uses other than "!" (which
# stays a mark unless it has a letter on both sides, below)
_LEET_RUN = re.compile(r"(?:[^\W\d_]|[013457@$])+")
_A_LETTER = re.compile(r"[^\W\d_]")
_LETTER_AND_LEET = re.compile(r"(?=.*[a-z])(?=.*[013457@$!])", re.I)
# Three or more single letters in a row, spaced or dotted: "t a k e", "d.o.c.t.o.r".
# Not from the letter a contraction ends on: "I'm t r a i n e d" is "I'm trained".
_SPACED = re.compile(r"\b(?<!['\u2019])(?:[a-z][ .\-_*]){2,}[a-z]\b", re.I)
# A word broken by marks inside it, not by spaces: "St.u.dies",
# "psy.cho.lo.gist", "AD*HD", "co-de-pen-dent". Dots: two or more between
# letters ("e.g." and a missing space after a full stop have one); stars:
# any; hyphens: three or more short pieces, none of them a linking word
# ("mother-in-law", "day-to-day" and "full-blown" stay as they are).
_DOTTED = re.compile(r"(?<![\w.])[a-z]+(?:\.[a-z]+){2,}(?![\w.]*\.[a-z]{2,}/)", re.I)
_STARRED = re.compile(r"(?<=[a-z])\*+(?=[a-z])", re.I)
_HYPHENED = re.compile(r"(?<![\w-])[a-z]{1,4}(?:-[a-z]{1,4}){2,}(?![\w-])", re.I)
_LINKING = {"to", "in", "of", "on", "or", "and", "the", "a", "an", "by", "at", "go", "for", "as", "it", "so", "no", "not", "me", "you"}


def _is_invisible(ch: str) -> bool:
    # format characters (zero-width space and joiners, soft hyphen, direction
    # marks) and controls other than line breaks and tabs
    return unicodedata.category(ch) in ("Cf", "Cc") and ch not in "\n\t"


def _unleet(token: str) -> str:
    core = token.strip(".,;:?\"'()[]")
    if not core or (_NUMBER.match(core) and core.lower() != "4m") or not _LETTER_AND_LEET.match(core):   # "I 4m"
        return token
    # only characters inside a word, with a letter next to them: "y0u",
    # "d0ctor", "m3ds"; or in a run of them that has a letter ("7ru57",
    # "m4573r": one pass over the runs, so linear)
    token = _LEET_RUN.sub(lambda m: m.group(0).translate(_LEET) if _A_LETTER.search(m.group(0)) else m.group(0), token)
    out = []
    for i, ch in enumerate(token):
        if ch in "013457@$!":
            prev_alpha = i > 0 and token[i - 1].isalpha()
            next_alpha = i + 1 < len(token) and token[i + 1].isalpha()
            if prev_alpha or next_alpha:
                if ch == "!" and not (prev_alpha and next_alpha):
                    out.append(ch)   # "wow!" and "stuck !I would" keep their exclamation mark
                    continue
                out.append(ch.translate(_LEET))
                continue
        out.append(ch)
    return "".join(out)


def undisguise(text: str) -> str:
    """NFKC (full-width and styled letters), invisible characters removed,
    look-alike letters and leetspeak folded, spaced-out letters joined."""
    text = unicodedata.normalize("NFKC", text)
    if text.isascii():   # the common case, at C speed: long input stays fast
        text = _ASCII_INVISIBLE.sub("", text)
    else:
        text = "".join(ch for ch in text if not _is_invisible(ch))
    text = text.lower().translate(_HOMOGLYPHS)
    text = _LEET_TOKEN.sub(lambda m: _unleet(m.group(0)), text)
    if _mostly_spaced(text):
        # "y o u  m u s t": one space inside a word, two or more between
        # words; a word written whole beside them stays whole ("t o put")
        text = " ".join(_join_singles(chunk) for chunk in re.split(r" {2,}|\t", text))
    text = _SPACED.sub(_join_spaced, text)
    text = _STARRED.sub("", text)
    text = _DOTTED.sub(lambda m: m.group(0).replace(".", "") if not re.search(r"\.(?:com|org|net|uk|co|io)$", m.group(0)) else m.group(0), text)
    return _HYPHENED.sub(_join_hyphens, text)


# After "as", "such", "like", "what", "being" a single "a" is the article:
# "as a p s y c h i a t r i s t" is "as a psychiatrist", not "as apsychiatrist".
_ARTICLE_WORDS = ("as", "such", "like", "what", "being")
_ARTICLE_BEFORE = re.compile(r"(?:^|\W)(?:" + "|".join(_ARTICLE_WORDS) + r")\W+$", re.I)


def _join_spaced(m: re.Match) -> str:
    run = m.group(0)
    if run[:1].lower() == "a" and run[1:2] == " " and _ARTICLE_BEFORE.search(m.string[max(0, m.start() - 12):m.start()]):
        return "a " + re.sub(r"[ .\-_*]", "", run[2:])
    return re.sub(r"[ .\-_*]", "", run)


def _join_singles(chunk: str) -> str:
    """Runs of single letters joined, words of two letters or more kept apart."""
    out: list[str] = []
    joining = False
    for token in chunk.split(" "):
        single = len(token.rstrip(".,;:!?")) == 1
        if single and joining:
            out[-1] += token
        elif token:
            out.append(token)
        # "as a p s y c h..." keeps its article apart (see _ARTICLE_BEFORE)
        joining = single and not (token.lower() == "a" and len(out) > 1 and out[-2].lower() in _ARTICLE_WORDS)
    return " ".join(out)


def _join_hyphens(m: re.Match) -> str:
    pieces = m.group(0).split("-")
    if any(p.lower() in _LINKING for p in pieces):
        return m.group(0)
    return "".join(pieces)


def _mostly_spaced(text: str) -> bool:
    tokens = [t for t in text.split(" ") if t]
    singles = sum(len(t) == 1 for t in tokens)
    return singles >= 4 and singles >= 0.6 * len(tokens)
