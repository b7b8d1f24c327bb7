"""Whether every word of a reflection is a real English word.

A slip of the typing ("fll", "freind"), words run together
("petdeliveryservices") or shorthand the companion would not say is never
given back as the companion's own words: a reflection that carries one is
not said. The words are looked up in a list derived from SCOWL (size 70,
British and American spellings; scripts/build_word_list.py) that ships
with the package, and in the short words and newer words listed here; a
capitalised word is taken for a name. No network is needed.
"""
from __future__ import annotations

import gzip
import re
import unicodedata
from functools import cache
from pathlib import Path

_LIST = Path(__file__).resolve().parent / "data" / "english_words.txt.gz"

# The list leaves out one- and two-letter entries: these are English.
_SHORT = frozenset("""a i am an as at be by do go he hi if in is it me my no of oh ok on or ox so to up us we ah
uh um yo ye ya aw ex tv pc dj em""".split())
# Words English speakers use that the list (2020) does not have.
_NEWER = frozenset("""lockdown lockdowns meds journaling journalling declutter decluttering decluttered overthink
overthinking overthought overthinker burnout burnouts sertraline citalopram fluoxetine propranolol antidepressants
antidepressant naloxone situationship ghosted ghosting texting texted unfollowed unfriended vape vaping vaped wifi selfie
selfies podcast podcasts livestream zoom zoomed furlough furloughed stepmum stepmom stepdad housemate housemates
flatmate flatmates coworker coworkers workmate workmates bestie grandkid grandkids gran nan nana nanna granny
mam brekkie telly footy uni smartphone emails emailed online onboarding wellbeing homeschooling homeschool
vaccinated unvaccinated jab jabs covid coronavirus ok okay mins hrs""".split()) | frozenset(
    # names of things said in lower case as ordinary nouns and verbs ("call an uber", "googled it")
    """uber google googled googling netflix facebook instagram insta whatsapp snapchat tiktok youtube twitter
spotify xbox playstation iphone ipad fortnite minecraft reddit discord tinder amazon ebay paypal""".split())
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*|\d+[a-z]*", re.UNICODE)
# Numbers as people type them: "10am", "2nd", "90s", "5k".
_NUMBER = re.compile(r"^\d+(?:am|pm|st|nd|rd|th|s|k|m|h|hrs?|mins?|yrs?|kg|lbs?|km|mph)?$")


@cache
def english_words() -> frozenset[str]:
    with gzip.open(_LIST, "rt", encoding="utf-8") as f:
        return frozenset(f.read().split()) | _SHORT | _NEWER


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def is_word(token: str, first: bool = False) -> bool:
    """Whether ``token`` (one word as typed) is a real word, a number or a
    name; "'s" is taken off first, and a word with a hyphen is two. A
    capitalised word is a name, except ``first`` in its clause, where the
    capital may be the sentence's ("Thees night shifts")."""
    token = _plain(token.replace("\u2019", "'")).strip("'")
    if not token or _NUMBER.match(token.lower()):
        return True
    if "-" in token:
        return all(is_word(part, first) for part in token.split("-") if part)
    if (token[0].isupper() and not token.isupper() and not first) or (token.isupper() and len(token) <= 5):
        return True   # "Priya", "Tesco", "NHS", "ADHD", "A&E": a name, an initial or an acronym
    low = token.lower()
    words = english_words()
    if low in words:
        return True
    # "your mum's", "everyone'd", "nobody'll"
    base = re.sub(r"'(?:s|d|ll|ve|re)$", "", low)
    return base != low and base in words


def unknown_words(clause: str) -> list[str]:
    """The words of ``clause`` that are not real words: "fll",
    "petdeliveryservices", "freind"."""
    tokens = _TOKEN.findall(clause.replace("\u2019", "'"))
    return [t for i, t in enumerate(tokens) if not is_word(t, first=i == 0)]


def all_real_words(clause: str) -> bool:
    return not unknown_words(clause)
