"""Whether a clause turned round for a reflection still reads as a sentence
of the companion's own: it does not hang on a helping verb or a preposition,
repeat a slip of the typing, stop at a bare noun phrase, or run two sentences
into one."""
from __future__ import annotations

import re

from .reflection_cut import BOUNDARY, NEEDS_WHAT_FOLLOWS, is_verb
from .reflection_sense import reads_naturally
from .words import words

# Helping verbs: the verb a subject before them still needs.
VERB_OF_SUBJECT = {"is", "are", "was", "were", "has", "have", "had", "do", "does", "did", "can", "could", "would",
                   "will", "should", "may", "might", "must"}
# a clause may not end on one of these ("summer next year would be")
_AUXILIARY = VERB_OF_SUBJECT | {"be", "am", "been", "being", "shall"}
# A clause built wrong in the typing: a modal before a noun phrase, a subject
# with "not" and no helping verb, a stray " ," or a doubled "so".
_MISBUILT = re.compile(r"\b(?:will|would|can|could|should|must|might|may)\s+(?:the|a|an|my|your|his|her|their|our)\b"
                       r"|\b(?:he|she|they|you|it|we)\s+not\s+(?!only|just|even|really|so|too|that|very|quite)\w+"
                       r"|\s,|\bso\b[^.]*,\s*so\b|^not\b"
                       # two sentences typed as one: "you didn't you had to stop"
                       r"|\b(?:didn't|don't|doesn't|wasn't|isn't|haven't|hadn't|won't|can't|couldn't)\s+(?:you|he|she|they|we)\s+(?!know\b)\w+"
                       # the grammar of another language given back as the companion's own:
                       # "you want she is proud", "you were good student", "she has been employee", "worried same"
                       r"|\b(?:want|wants|wanted|hope|need)\s+(?:she|he|they|it)\s+(?:is|are|was|were|will)\b"
                       r"|\b(?:am|are|is|was|were|been|be|you're|he's|she's)\s+(?:not\s+)?(?:(?!(?:a|an|the|my|your|his|her|their|our|such|no|one|that|this|any|some|every|another)\b)[a-z]+\s+)?"
                       r"(?:student|person|man|woman|worker|mother|father|friend|guy|girl|boy|teacher|employee|son|daughter)\b"
                       r"|(?<!\bthe\s)\bsame\s*$"
                       # "sometimes can you ask your brother": a question, not a thing they said
                       r"|^(?:(?:sometimes|so|but|and|then|now|really)\s+)?(?:can|could|should|would|will|shall|do|does|did|is|are|am|have|has)\s+(?:you|he|she|they|we)\b"
                       # "you never seems to finish it", "you is": the verb agrees with another subject
                       r"|(?:^|\b(?:and|but|so|because|cause|cos|that|if|when|while|as|since|though)\s+)you\s+(?:(?!(?:what|that|who|which|it|he|she|this|there|one|nobody|everyone|everybody|someone|everything|something|nothing)\b)\w+\s+)?"
                       r"(?:is|has|does|was|seems|wants|needs|gets|feels|thinks|knows|likes|goes|tries|says)\b"
                       # "you haven't hopes of promotion": "have" as a helping verb before a thing had
                       r"|\b(?:haven't|have not|hasn't|has not|havent|hasnt)\s+(?:hopes?|friends?|plans?|chances?|ideas?|options?|"
                       r"money|time|clue|energy|interest|motivation|job|work|support|family|kids|children|anyone|someone)\b"
                       # "too buys with the kids", "to past the time", "you can't with covid": a word typed for another
                       r"|\btoo\s+[a-z]+(?<!ous)(?<!ss)(?<!is)(?<!us)(?<!'s)s\b|\bto\s+past\s+(?:the|my|your)\s+time\b"
                       r"|\b(?:can't|cannot|can not|couldn't|cant)\s+(?:with|because|due|since|at|in|on)\b"
                       # "these message is", "those thing was": a plural determiner before one thing
                       r"|\b(?:these|those)\s+(?!(?:people|children|men|women|kids|folk|police|staff|family)\b)[a-z]+(?<!s)\s+(?:is|was|has|does)\b"
                       # "it hard at this time": "it" left without its "is" (the typing ran two sentences together)
                       r"|(?<!\bfind\s)(?<!\bfinds\s)(?<!\bfound\s)(?<!\bmake\s)(?<!\bmakes\s)(?<!\bmade\s)(?<!\bkeep\s)"
                       r"(?<!\bkept\s)(?<!\bthink\s)(?<!\btake\s)(?<!\btook\s)(?<!\bget\s)(?<!\bgot\s)(?<!\bmaking\s)(?<!\bfinding\s)"
                       r"\b(?:it|that|this)\s+(?:so\s+|too\s+)?(?:hard|difficult|tough|easy|sad|bad|good|okay|fine|scary|awful|"
                       r"horrible|stressful|lonely|painful|unfair|weird|strange)\b"
                       # "that make your eyes to open", "makes me to feel"
                       r"|\b(?:that|it|this)\s+make\s+(?:you|your|my|me)\b"
                       # "if he you the guy online", "how to proud of that"
                       r"|\b(?:he|she|they|we)\s+(?:you|me|him|them|us)\s+(?:the|a|an)\b|\bto\s+(?:proud|happy|sad|angry|glad|sure)\b"
                       r"|\bmakes?\s+(?:me|you|him|her|them|us|(?:my|your|his|her|their)\s+(?!way\b)\w+)\s+to\s+(?!the\b|a\b|an\b)\w+", re.I)
_NOUN_PHRASE = re.compile(r"^(?:a|an|the|your|his|her|their|its|that|this|these|those|some|no|every)\s", re.I)
PREPOSITION_OR_ARTICLE = {"for", "to", "a", "an", "the", "in", "on", "at", "of", "with", "from", "into", "about"}
# A pronoun straight after a noun starts a second sentence run into the first
# ("you went for trip you had a good relationship").
_LINKS = {"and", "but", "or", "so", "because", "cause", "cos", "when", "if", "that", "than", "as", "while", "since",
          "until", "before", "after", "where", "though", "although", "whether", "what", "how", "why", "who", "which",
          "like", "know", "think", "feel", "felt", "wish", "hope", "guess", "said", "told", "tell", "thought",
          # "to admit you have a problem": a verb of knowing or saying takes a clause
          "admit", "admitted", "realise", "realize", "realised", "realized", "accept", "pretend", "remember", "forget",
          "notice", "noticed", "prove", "show", "mean", "believe", "believed", "decide", "decided", "hear", "heard",
          "see", "saw", "knew", "worry", "worried", "afraid", "sure", "glad", "scared", "shocked", "surprised", "say"}


def _runs_on(clause: str) -> bool:
    """...a noun after a preposition or article, then a pronoun and its verb."""
    w = clause.lower().replace(",", " ").split()
    return any(word in ("you", "he", "she", "they", "we") and w[i - 2] in PREPOSITION_OR_ARTICLE
               and w[i - 1] not in _LINKS and not is_verb(w[i - 1], i) and is_verb(w[i + 1], i + 1)
               for i, word in enumerate(w) if 1 < i < len(w) - 1)


def _bare_noun_phrase(clause: str) -> bool:
    """"your age and low immunity level" is a fragment, not something they
    said; so is "your love one" (straight after "your", "love" is a noun),
    and so is a phrase whose only verb is in a clause inside it."""
    ws = words(clause)
    ws = ws[:next((i for i, w in enumerate(ws) if i and w in _SUBORDINATE), len(ws))]
    return bool(_NOUN_PHRASE.match(clause)) and not any(
        is_verb(w, i) for i, w in enumerate(ws)
        if (i != 1 or "'" in w) and not (i and (ws[i - 1] in PREPOSITION_OR_ARTICLE or ws[i - 1] in _QUANTIFIERS
                                                 or ws[i - 1].isdigit())))


# "at all times", "so many days", "your three oldest friends": after these a word
# in -s is a plural, never a verb.
_QUANTIFIERS = frozenset("all many some few several these those more most other both any no every two three four five six "
                         "seven eight nine ten best closest oldest only own".split())


# Words that open a clause of their own: at the very end, or with no verb
# after them, the clause was cut ("you're nervous whenever", "you wonder if
# a tutor from another course").
_OPENS_A_CLAUSE = {"if", "whether", "whenever", "wherever", "because", "when", "while", "unless", "though", "although", "once"}
# Words that open a clause of time, cause or condition after a noun phrase: a
# verb after them is not the phrase's own ("your savings up until your son
# finishes school"). A relative clause may come before the phrase's verb
# ("the thing that bothers you is your exam"), so "that" and "who" do not cut.
_SUBORDINATE = _OPENS_A_CLAUSE | {"until", "till", "before", "after", "since"}
# No subject before the verb, and a word that is none ("yeah sure will keep
# the windows open" gave "So sure will..."); "nothing like a walk on the
# beach" has no verb.
# ("surely will check", "hoping better times are ahead")
_NO_SUBJECT = re.compile(r"^(?:sure|surely|certainly|yes|yeah|yea|ok(?:ay)?|definitely|probably|maybe|def|hopefully)\s+(?:will|would|can|could|shall|gonna|should)\b"
                         r"|^(?:hoping|wishing|praying)\b(?!.*\b(?:is|was)\s*$)"
                         r"|^(?:nothing|something|anything)\s+like\b", re.I)


def _clause_left_open(clause: str) -> bool:
    ws = words(clause)
    at = max((i for i, w in enumerate(ws) if w in _OPENS_A_CLAUSE), default=None)
    # a verb after it, or a subject with a word after it ("whenever they call")
    return at is not None and not any(is_verb(w, i) or (w in _SUBJECTS and i + 1 < len(ws))
                                      for i, w in enumerate(ws[at + 1:], at + 1))


_SUBJECTS = frozenset("i you he she they we it".split())


# "you never feel completely": a verb of being or feeling, then a degree with
# nothing after it to qualify ("you sympathize fully" is whole)
_DEGREE_LEFT_OPEN = re.compile(r"\b(?:feel|feels|felt|feeling|am|is|are|was|were|be|been|being|get|gets|got|look|looks|seem|seems|seemed)"
                               r"\s+(?:\w+\s+)?(?:completely|totally|entirely|fully|really|so|too\s+much|pretty)\s*$", re.I)


# "when it feels", "because everything seems": a verb of seeming with
# nothing after it (what it felt like was cut away)
_SEEMING_LEFT_OPEN = re.compile(r"(?<!\bhow\s)(?<!\bwhat\s)(?<!\bway\s)\b(?:it|that|this|things|everything|life|he|she|they)\s+(?:just\s+|really\s+|always\s+|still\s+)?"
                                r"(?:feels|felt|seems|seemed|looks|looked|sounds|sounded)\s*$", re.I)


# Their slips and asides turned round into no English, read blind in whole
# conversations: a question's inversion left in ("you did you burp her
# enough"), a verb with no subject after an adverb ("still feels wrong"), a
# spoken "I mean yeah" ("you guess you mean yeah hurt"), a number then a new
# clause ("since like 2009 you worked the front desk"), a denial said twice
# between commas ("it's not that he's mad, he's not, that's not what...").
_BROKEN = re.compile(r"(?<!\bto\s)(?<!\bfor\s)(?<!\bwith\s)(?<!\bat\s)(?<!\babout\s)\byou\s+(?:did|do|does|are|is|was|were|can|could|will|would|have|has)\s+you(?![\w'])"
                     r"|^(?:still|just|really|also|only|even|always|never|then)\s+[a-z]+(?:s|ed)\b"
                     r"|\b(?:you|i)\s+mean\s+(?:yeah|yes|like|no|um|uh)\b"
                     r"|\b\d{2,4}\s+(?:you|i|he|she|they|we)\s+[a-z]+"
                     r"|,\s*(?:he|she|it|they|i|you)(?:'s|'re|'m|\s+is|\s+are|\s+was|\s+am)\s+not\s*,", re.I)


def reads_as_sentence(clause: str) -> bool:
    if _BROKEN.search(clause):
        return False
    last = clause.split()[-1].lower()
    # "you've never used one before": at the very end "before" and "since" say when
    if (last in NEEDS_WHAT_FOLLOWS and not re.search(r"\ba\s+(?:lot|bit)$", clause, re.I)) \
            or (last in BOUNDARY and last not in ("before", "since")) \
            or last in _AUXILIARY:
        return False  # "you needed to talk to", "summer next year would be" hang
    if _MISBUILT.search(clause) or _NO_SUBJECT.match(clause) or _clause_left_open(clause) or _DEGREE_LEFT_OPEN.search(clause) \
            or _SEEMING_LEFT_OPEN.search(clause):
        return False  # their slip given back reads as the companion's: "you will the process was"
    return not _bare_noun_phrase(clause) and not _runs_on(clause) and reads_naturally(clause)
