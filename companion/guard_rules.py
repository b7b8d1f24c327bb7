"""The guard's rules: pure data and regular expressions, no model.

Each rule belongs to one category of ../shared/PRINCIPLES.md:
E1 credentials/authority, E2 diagnosis, E3 treatment, H1 commands,
H2 superior knowledge, H3 competition/minimising.

A rule fires when its pattern matches the normalised sentence and none of its
exceptions match at the same place (``unless_at``, anchored at the match) or
anywhere in the sentence (``unless_anywhere``). Exceptions carry the hard
negatives: empathic "should", conversational requests, tentative ideas,
reflections of the person's own words, and the safety message.

The rules themselves are in ``guard_rules_expertise`` (E1-E3),
``guard_rules_spanish`` and ``guard_rules_superiority`` (H2, H3), built from
the fragments in ``guard_vocabulary``; this module normalises a sentence and
lists them, in the order the guard tries them. H1, commands and
instructions, is the one advice detector's (``advice``): the guard asks it,
as the other readers of a line do.
"""
from __future__ import annotations

import re

from .guard_rule import CATEGORIES, CATEGORY_NAMES, Rule
from .guard_rules_expertise import EXPERTISE_RULES
from .guard_rules_spanish import SPANISH_RULES
from .guard_rules_superiority import SUPERIORITY_RULES
from .guard_vocabulary import _CLINICAL, _MEDICATION, _PROFESSION
from .vocabulary import OUGHT_TO, SHOULD, alternatives

# What this module offers, some of it defined in the modules above (guard.py,
# turn_kinds.py and training/ import it from here).
__all__ = ["CATEGORIES", "CATEGORY_NAMES", "EXPLICIT_PASS", "RULES", "Rule", "normalise",
           "_CLINICAL", "_MEDICATION", "_PROFESSION"]

# ---------------------------------------------------------------------------
# Normalisation: lower case, straight apostrophes, contractions spelled out
# (including transcripts that drop the apostrophe), so rules stay simple.
_CONTRACTIONS = [
    # texting shorthand first, so the contractions below read it too:
    # "u" and "ull" are "you", "you will"; "ur" is "you are" before a state
    # or a verb in -ing ("ur not lazy", "ur overthinking"), else "your"
    (r"(?<![\w.'-])u(?![\w.-])", "you"), (r"\b(?:ull|youll)\b", "you will"), (r"\bwont\b", "will not"),
    (r"\bur\b(?= (?:not|so|a|an|gonna|going|being|just|really|clearly|obviously|too|very|fine|right|wrong|lucky|only|still|always|never|sad|upset|okay|ok|allowed|worth|enough|strong|amazing|\w+ing|\w+ed)\b)", "you are"),
    (r"\bur\b", "your"),
    # "your" typed for "you're" before a state or a stance ("your wrong",
    # "your not angry", "your just tired", "your overreacting")
    (r"\byour\b(?= (?:not|only|just|so|wrong|fine|right|overreacting|overthinking|making|being|definitely|definately|clearly|obviously|probably|really|realy|gonna|going to|too|such|lucky|doing|describing|having|reading|giving|saying|thinking|acting|getting|trying|still|always|never)\b)", "you are"),
    (r"\batleast\b", "at least"),
    # the commonest misspellings of the words the rules read
    (r"\bsh(?:oud|oudl|uold|opuld|oul|uld)\b", "should"), (r"\bne{3,}d\b", "need"), (r"\bsug(?:g)?est", "suggest"),
    (r"\brec+om+end", "recommend"), (r"\bust\b(?= (?:have|be|not|try|keep|stop|go|get|do|make|take|let)\b)", "must"), (r"\bimport[ae]nt\b", "important"), (r"\b(could|would|should|might|must)\ of\b", r"\1 have"),
    (r"\bdef\b", "definitely"), (r"\brealy\b", "really"), (r"\bstudys\b", "studies"), (r"\bre(?:se|a?se)rch", "research"),
    (r"\bsience\b", "science"), (r"\bpsycolog", "psycholog"), (r"\bclinicle\b", "clinical"), (r"\bveiw\b", "view"), (r"(?<!\bno )\bprob\b", "probably"), (r"\brly\b", "really"), (r"\babt\b", "about"),
    (r"\b(you|we|they)'re\b", r"\1 are"), (r"\b(you|they)re\b", r"\1 are"),
    (r"\bi'm\b", "i am"), (r"\bi d\b(?= (?:\w+ly |just |also |probably )?[a-z]{3,})", "i would"), (r"\bim\b", "i am"),
    (r"\b(you|i|we|they)'ve\b", r"\1 have"), (r"\b(you|we|they)ve\b", r"\1 have"),
    (r"\b(you|i|we|they|he|she|it|that)'ll\b", r"\1 will"),
    (r"\b(you|i|we|they|he|she|it|that)'d\b", r"\1 would"),
    (r"\b(it|that|what|there|here|he|she|who|this)'s\b(?! (?:got|been)\b)", r"\1 is"),
    (r"\b(that|what|there)s\b", r"\1 is"), (r"\bits\b(?= (?:best|better|important|good|okay|ok|not|so|really|very|just|always|never|hard|time|normal|fine|true|going|been|a good|only|all|also|essential|crucial|vital|helpful|wise|worth|obvious|clear|pretty|super))", "it is"),
    # "your dad's probably...", "my ex's a...", "he's got...": a noun's "'s" before a state is "is", before "got/been" "has"
    (r"\b([a-z]+)'s\b(?= (?:probably|definitely|clearly|obviously|always|just|so|totally|a|an|low ?key|lowkey|literally|basically|really|likely|def|such|only|not|never|what|the|who|pretty|quite|very|crystal)\b)", r"\1 is"),
    (r"\b([a-z]+)'s (?=got |been )", r"\1 has "),
    (r"\blet's\b", "let us"), (r"\blets\b(?= (?:talk|think|see|take|try|figure|work|just|go|look|sit|keep|start|focus))", "let us"),
    (r"\bcan'?t\b", "can not"), (r"\bcannot\b", "can not"), (r"\bwon't\b", "will not"),
    (r"\b(do|does|did|is|are|was|were|has|have|had|should|would|could|must|need)n'?t\b", r"\1 not"),
    (r"\bgotta\b", "got to"), (r"\bwanna\b", "want to"),
]
_CONTRACTIONS = [(re.compile(a), b) for a, b in _CONTRACTIONS]


def normalise(sentence: str) -> str:
    text = sentence.lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    text = re.sub(r"\s+", " ", text).strip()
    for pattern, repl in _CONTRACTIONS:
        text = pattern.sub(repl, text)
    return text


# The guard's own rules; the Spanish directives (H1) are the advice detector's.
RULES: list[Rule] = [*EXPERTISE_RULES, *(r for r in SPANISH_RULES if r.category != "H1"), *SUPERIORITY_RULES]


# Sentences of the kinds PRINCIPLES.md lets pass by name (the empathic
# "should" with the shared modals, vocabulary). The rules carry these as
# exceptions; the learned layer, which sees only words, defers to them.
EXPLICIT_PASS = re.compile(
    rf"""^(?:you\ {alternatives(SHOULD, OUGHT_TO)}\ (?:really\ |be\ so\ |feel\ )*(?:be\ )?proud|you\ should\ not\ have\ to
    |(?:tell\ me|take\ your\ time|go\ on|say\ more|take\ care|hang\ in\ there)\b)
    |\bmy\ (?:therapist|counsel+or|doctor|psychiatrist)\ (?:once\ )?(?:told|said|suggested|helped|asked)
    |\bi\ am\ not\ (?:an?\ )?(?:expert|professional|therapist|doctor)
    |^(?:\w+,?\ )?i\ (?:personally\ |myself\ |also\ |too\ )?(?:have\ )?(?:dealt|struggled|lived|been\ through|gone\ through|suffered|battled)\ (?:with\ )?
    |^(?:(?:stay|keep)\ (?:safe|strong|positive|healthy|well|warm)(?:,?\ (?:and\ )?(?:safe|strong|positive|healthy|well|warm))*|good\ luck|best\ of\ luck|do\ not\ worry|talk\ soon|sleep\ (?:well|tight)|rest\ easy|get\ well\ soon)
        (?:,?\ (?:my\ friend|friend|love|mate|dear|ok|okay))?\ *[.!]*$""", re.VERBOSE)
