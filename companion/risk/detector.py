"""Risk detection for one turn, seeing the turns before it.

Rules and the learned layer both look at the turn alone, and the learned
layer also at the turn joined to the one or two before it, so that a risk
spread over turns ("I can't do this anymore" ... "I wrote a note last
night") is caught. An earlier turn that was itself a disclosure and has had
its answer (the companion's crisis lines since) is not joined again. In a
window of someone else's conversation (`reply --jsonl`) nothing may have
answered it, so every window is read whole: the disclosure stands, unless
the turn after takes it back ("I'm going to end it tonight." ... "With Sam,
six years together").

The learned layer loads in about half a second, before the conversation
starts (a loading thread beside the speech engine made its first sentence
come out silent).
"""
from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass

from ..sentences import split_sentences
from ..turn_kinds import turn_kind
from ..vocabulary import SAID_BACK, alternatives
from .learned import RiskClassifier, RiskScores
from .levels import CLEAR, NONE, POSSIBLE, Category, Level
from .spelling import load_words, mend_typing
from .rules import (TOLD_AS_A_STORY, a_chore_in_jest, a_surprise, a_thing_struck, an_accident, everyday_look_alike, match_across, match_rules, match_together,
                    only_denied, past_and_over, explained_before, tells_of_sexual_violence, without_denials)

_RANK = {NONE: 0, POSSIBLE: 1, CLEAR: 2}
# Below this, the second reader all but rules a disclosure out: MiniLM's
# clear reading alone is then asked about first, not answered with the crisis
# lines ("2 sticks ofbutter" read 0.98 by MiniLM and 0.01 by the reader, and
# got the self-harm message). On the dev sets this kept 1,426 of 1,427 clear
# disclosures clear; on 1,000 ESConv windows, 2 of 7 clear alarms fewer.
READER_DOUBTS_CLEAR = 0.1
CONTEXT_TURNS = 2
# From this risk up, an everyday topic alone (a job lost, a nurse's work)
# does not silence the learned reading; a thing explained still does. Of
# 884 labelled rows with such a topic and no word of risk, 3 disclosures
# read this high ("since the redundancy I sit in the car in the garage with
# the engine running") and 2 look-alikes.
TOPIC_CANNOT_SILENCE = 0.99
# A sentence of a long turn is read alone from this many words up, and
# alarms only from this risk up: alone, it has lost what the rest of the
# turn said of it ("I've been sitting in my coat with a hot water bottle"
# read 0.71 once the heating bill before it was gone). At 0.75, 6 of the
# 2,459 ESConv dev windows got a check question that a blind reader found
# senseless (ordinary hopes and plans, 0.78-0.94); at 0.95, none, and 5 of
# the 6 sentences held-out 58 had needed it read alone are still caught
SENTENCE_WORDS = 4
SENTENCE_ALARM = 0.95
# ...and is given to the encoder only from this n-gram risk up (0.1 ms a
# sentence, against 2-4 ms): 8% of the sentences of long ESConv turns, and
# every disclosure that only a sentence alone had caught (the lowest 0.53)
SENTENCE_READER_FLOOR = 0.3
# A sentence this long is read clause by clause as well: a chatty run-on
# turn hides one line of risk among the day's news ("the laptop crashed, mum
# called, and im planning to take all thirty of my antidepressants tonight").
# Only in a turn that reads at least CLAUSE_TURN_FLOOR as a whole (the four
# such disclosures of held-out 135-139 read 0.33-0.54; chatty look-alikes
# with a game's shooting or a pillow thrown, 0.02-0.23), and a clause only
# from a surer n-gram reading than a sentence (a fragment of an ESConv turn,
# about asking a doctor to step in, read 0.997 by MiniLM and 0.40 by the reader)
CLAUSE_SPLIT_WORDS = 16
CLAUSE_TURN_FLOOR = 0.3
CLAUSE_READER_FLOOR = 0.5
_SUBORDINATE = re.compile(r"(?:(?:and|but|so)\s+)?(?:no\s+matter|even\s+though|although|though|even\s+if|if|when|whenever|because|since|as\s+long\s+as|unless|while|whilst)\b", re.I)
_CLAUSE_BREAK = re.compile(r"\s*(?:[,;:\u2013\u2014]|\s-\s|\.\.\.)\s*|\s+(?=(?:and\s+then|then|so|but|and)\s)", re.I)
# The oldest of three turns joined is read with the others only from this
# risk of its own up. Skipping it below 0.05 changed no reading of the dev
# and held-out sets (160 disclosures among the 463 windows it skipped) nor
# of 2,281 ESConv windows; below 0.2, one held-out disclosure was lost. It
# spares the second joined reading in three of four ESConv windows.
OLDEST_TURN_FLOOR = 0.05
# An unanswered earlier cue by the rules stands while the turns joined read
# at least this much risk: on the dev sets 0.2 kept two such disclosures
# (held-out 27 and 28) for one look-alike more, and no ESConv window more.
CUE_STILL_OPEN = 0.2
# A bare agreement adds nothing to the turns before it ("True.", "yes i can",
# "That is certainly the plan", "Same"): joined to ordinary turns, it is no
# new risk ("Same" after a partner's low mood had read as danger, 0.99).
_AGREEMENT = re.compile(r"^\W*(?:(?:yes|yeah|yep|yup|yea|true|ok(?:ay)?|sure|right|exactly|definitely|certainly|absolutely|"
                        + alternatives(SAID_BACK, space=r"\s+") + r"|"
                        r"agreed?|of\s+course|i\s+(?:can|could|do|did|will|know|agree|see|guess\s+so|think\s+so)|"
                        r"that(?:'?s|\s+is)\s+(?:true|right|it|a\s+good\s+(?:idea|point)|(?:certainly\s+|definitely\s+)?the\s+plan)|"
                        r"good\s+(?:idea|point)|fair\s+enough|i\s+suppose)\b[\s,.!]*)+$", re.I)
# A bare goodbye likewise ("I should take this. Thanks, really. Bye"); one
# that names what a farewell before dying would ("a goodbye note", "sleep for
# a long time", "sorry") is read with the turns before it; "I've gone on
# long enough" is talk, not "gone".
_FAREWELL_WORDS = re.compile(r"\b(?:note|letter|sorry|forever|for\s+good|last|everything|sleep\w*|long\s+time|love\s+you|miss|remember"
                             r"|forgive|goodbye\s+(?:note|letter|texts?|messages?)|texts?|messages?|drafts?|ready|everyone|any\s*more|gone(?!\s+on\s+(?:(?:for\s+)?(?:long|too\s+long)|and\s+on|about|a\s+bit)\b)|end)\b", re.I)


# A bare thank-you likewise ("Thanks! :)", "Thank you, that helps a lot"):
# read with the turns before it, it made "he won't answer my calls" a clear
# danger. A farewell that thanks ("thank you for everything") is not bare.
_BARE_THANKS = re.compile(r"^\W*(?:ok(?:ay)?\W+|yes\W+|great\W+)?(?:thanks?|thank\s+you|thx|ty|cheers)(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+again)?"
                          r"(?:\W+(?:for\s+(?:the|your)\s+(?:help|chat|advice|time|suggestions?|ideas?|tips?)|for\s+suggesting\s+(?:that|it)"
                          r"|(?:that|it)\s+(?:helps|helped)(?:\s+a\s+lot)?))?[\s,.!:)(D-]*$", re.I)


# A turn that says the thing before it was done ("Yes, I did it", "i did")
_CONFIRMS = re.compile(r"^\W*(?:(?:yes|yeah|yep|yup|yea|ya)\W+)?(?:i\s+did(?:\s+it)?|(?:i'?ve|i\s+have)\s+(?:done|did)\s+it|did\s+it|done\s+it)\b", re.I)


def _subordinates_joined(clauses: list[str]) -> list[str]:
    """A clause that hangs on the next one ("even though I keep saying it
    will pass, ...") is read with it, not alone: read alone, a dependent
    clause about going on read as a risk to one ESConv dev window."""
    joined: list[str] = []
    for clause in clauses:
        if joined and _SUBORDINATE.match(joined[-1]):
            joined[-1] = f"{joined[-1]}, {clause}"
        else:
            joined.append(clause)
    return joined


def clauses_of_long_sentences(sentences: list[str]) -> list[str]:
    """The clauses of the long sentences among ``sentences``."""
    parts = []
    for sentence in sentences:
        if len(sentence.split()) >= CLAUSE_SPLIT_WORDS:
            clauses = _subordinates_joined([c.strip() for c in _CLAUSE_BREAK.split(sentence) if c and c.strip()])
            if len(clauses) > 1:
                parts.extend(c for c in clauses if len(c.split()) >= SENTENCE_WORDS)
    return parts


def _bare(text: str) -> bool:
    """A bare agreement, thank-you or goodbye, or a few words about the
    companion's last reply ("stop repeating yourself", "so you get it"):
    joined to "I've had a rough few weeks" they had read as a self-harm cue."""
    if _AGREEMENT.match(text) or _BARE_THANKS.match(text):
        return True
    if len(text.split()) > 12:
        return False
    kind = turn_kind(text)
    return kind in ("complaint", "understood") or (kind in ("goodbye", "thanks") and not _FAREWELL_WORDS.search(text))


# What an overdose, a poison or a wound is doing to the body, said of now
_ITS_EFFECTS = re.compile(r"\b(?:chest|breath\w*|cough\w*|vomit\w*|throw\w*\s+up|threw\s+up|being\s+sick|feel\w*\s+(?:so\s+|really\s+|very\s+)?sick"
                          r"|dizzy|drowsy|stomach|tummy|throat|heart\s+(?:is\s+)?(?:racing|pounding)|shaking|numb|blurry|ringing|yellow|bleeding"
                          r"|can'?t\s+(?:stop|breathe|stay\s+awake|feel|see\s+straight))\b", re.I)


# Words of a story told to others: a turn that says them explains nothing
_A_STORY_TOLD = re.compile(r"\b(?:" + TOLD_AS_A_STORY + r")\b", re.I)


def _explained_after(turn: str, text: str) -> bool:
    """A cue by the rules, then what it was: a threat, then who and why ("He
    say he will kill me!" ... "My brother, because I break his controller.
    He is twelve"), a cut, then "shaving. every single morning": read
    together by the rules, it is the trifle it is. A turn after that tells
    a story to others ("...that's what I tell people") explains nothing."""
    m = match_rules(turn)
    return m is not None and match_rules(f"{turn} {text}") is None and not _A_STORY_TOLD.search(text)


@dataclass(frozen=True)
class RiskAssessment:
    level: Level
    category: Category | None = None
    # "rules", "learned", "sentence" (one sentence of a long turn, read
    # alone), "turns" (only the turns together disclose it),
    # "answer" (yes to a check question), or "error" (failed closed)
    source: str = ""
    words: str = ""
    score: float = 0.0

    @property
    def alarm(self) -> bool:
        return self.level != NONE

    def to_dict(self) -> dict:
        return {"level": self.level, "category": self.category, "source": self.source, "words": self.words,
                "score": round(self.score, 3)}


NO_RISK = RiskAssessment(NONE)


class RiskDetector:
    def __init__(self, load_classifier: Callable[[], RiskClassifier] | None = None):
        self._classifier: RiskClassifier | None = None
        self.load_error: str | None = None
        # A turn scored alone is scored again as an earlier turn next time:
        # kept, so a turn costs itself and its joined windows.
        self._alone: dict[str, RiskScores] = {}
        if load_classifier is not None:
            try:
                self._classifier = load_classifier()
            except Exception as e:   # the rules still work; say so once, plainly
                self.load_error = f"{type(e).__name__}: {e}"
                print(f"companion: risk detection is using its phrase rules only ({self.load_error}); "
                      "run: bash scripts/setup.sh", file=sys.stderr, flush=True)

    @property
    def learned(self) -> RiskClassifier | None:
        return self._classifier

    def _remember(self, scores: dict[str, RiskScores]) -> None:
        self._alone.update(scores)
        while len(self._alone) > 512:
            self._alone.pop(next(iter(self._alone)))

    def forget(self) -> None:
        """Drop the kept scores and rule matches (a benchmark times each turn from cold)."""
        self._alone.clear()
        match_rules.cache_clear()
        match_together.cache_clear()
        match_across.cache_clear()

    def _from_scores(self, s: RiskScores, source: str, words: str) -> RiskAssessment:
        classifier = self._classifier
        # "I used to self-harm in year 8 but that's way behind me now": said
        # as long past and over, with nothing of now, the learned reading is
        # no alarm, as a rule's is not
        if s.risk < classifier.alarm_from or past_and_over(words):
            return NO_RISK
        if (s.category == "self_harm" and an_accident(words)) or (s.category == "danger" and a_thing_struck(words)) \
                or a_surprise(words) or everyday_look_alike(words, topic=s.risk < TOPIC_CANNOT_SILENCE) \
                or only_denied(words) or (s.category == "suicide" and a_chore_in_jest(words)):
            # "cut myself shaving lol": the rules' own mishap, read the same;
            # a present hidden "for them to find" is no note; a nurse's
            # work or a medicine taken as the box says is everyday
            return NO_RISK
        clear_risk = s.risk if s.clear_risk is None else s.clear_risk
        doubted = s.reader_risk is not None and s.reader_risk < READER_DOUBTS_CLEAR
        level = CLEAR if clear_risk >= classifier.clear_from and s.clear >= 0.5 and not doubted else POSSIBLE
        return RiskAssessment(level, s.category, source, words, s.risk)

    def assess(self, earlier: list[str], text: str, earlier_answered: bool = True) -> RiskAssessment:
        """The risk disclosed by ``text``, the person's turn, given
        ``earlier``, their turns before it (oldest first). With
        ``earlier_answered`` false (no crisis line was said after them), an
        earlier disclosure is read together with this turn, and stands unless
        this turn takes it back."""
        best = self._by_rules(earlier, text, earlier_answered)
        # slips of typing mended ("standng on the edje"): read by the rules
        # as well, and by the learned layer instead
        mended, earlier = mend_typing(text), [mend_typing(t) for t in earlier]
        if best.source == "rules" and mended != text and match_rules(mended) is None \
                and (past_and_over(mended) or an_accident(mended)):
            # "tried to hurt myself a few yaers ago but im doing so much beter
            # now": read as mended, it is past and over; "burnt my arm on the
            # kettel steam": read as mended, a mishap
            best = NO_RISK
        if mended != text and best.level != CLEAR and (rule := match_rules(mended)) is not None \
                and _RANK[rule.level] > _RANK[best.level]:
            best = RiskAssessment(rule.level, rule.category, "rules", rule.words, 1.0)
        classifier = self.learned
        if classifier is None or best.level == CLEAR:
            return best
        text = mended
        earlier = [t for t in earlier if t.strip()][-CONTEXT_TURNS:]
        try:
            alone, windows, joined = self._learned_scores(classifier, earlier, text, earlier_answered)
        except Exception as e:   # fail closed: an unchecked turn is asked about
            return RiskAssessment(POSSIBLE, "suicide", "error", f"{type(e).__name__}: {e}")
        bare = _bare(text)
        read_together = self._read_together(classifier, earlier, text, bare, alone, windows, joined)
        # a bare goodbye, thank-you or yes says nothing by itself ("goodbye"
        # read 0.52, a hair under the line): only the rules, and the turns
        # before it, can make it a risk
        alone_reading = NO_RISK if bare and len(text.split()) <= 6 else \
            self._from_scores(alone[-1], "learned", text)
        if alone_reading.alarm and earlier and explained_before(earlier[-1], text):
            # "We were wrestling in the garden." ... "He pinned me": the turn
            # before says what it was (the rules still read the turn alone)
            alone_reading = NO_RISK
        if not alone_reading.alarm and not bare:
            alone_reading = self._by_sentence(classifier, text, alone[-1].risk)
        candidates = [best, alone_reading] + read_together + self._still_standing(earlier, earlier_answered) \
            + self._cue_still_open(earlier, earlier_answered, joined, text)
        return max(candidates, key=lambda a: (_RANK[a.level], a.source != "turns", a.score))

    def _by_sentence(self, classifier: RiskClassifier, text: str, turn_risk: float) -> RiskAssessment:
        """A long turn read sentence by sentence: read whole, one line of risk
        is drowned by the talk around it (the washing machine, the weather, a
        seminar at nine), and "my boyfriend burnt me with his fag on my arm"
        read 0.99 alone but far below the alarm with the chatter after it.
        A sentence's alarm is let go when the whole turn reads as everyday,
        and is asked about, never answered with the crisis lines: read
        without its turn, ordinary lines of plans and hopes read high as
        well. A long run-on sentence is read clause by clause too, in a turn
        that reads some risk whole."""
        sentences = [p for p in split_sentences(text) if len(p.split()) >= SENTENCE_WORDS]
        clauses = clauses_of_long_sentences(sentences) if turn_risk >= CLAUSE_TURN_FLOOR else []
        if len(sentences) + len(clauses) < 2:
            return NO_RISK
        floors = [SENTENCE_READER_FLOOR] * len(sentences) + [CLAUSE_READER_FLOOR] * len(clauses)
        parts = [without_denials(p) for p in sentences + clauses]
        second = getattr(classifier, "second", None)
        if second is not None:
            parts = [p for p, floor, r in zip(parts, floors, second.probabilities(parts)) if r >= floor]
        known = {p: self._alone[p] for p in parts if p in self._alone}
        known.update((p, classifier.scores([p])[0]) for p in parts if p not in known)
        self._remember(known)
        found = [self._from_scores(known[p], "learned", p) for p in parts if known[p].risk >= SENTENCE_ALARM]
        if not found:
            return NO_RISK
        best = max(found, key=lambda a: (_RANK[a.level], a.score))
        if not best.alarm or not self._from_scores(known[best.words], "learned", text).alarm:
            return NO_RISK
        return RiskAssessment(POSSIBLE, best.category, "sentence", best.words, best.score)

    @staticmethod
    def _still_standing(earlier: list[str], earlier_answered: bool) -> list[RiskAssessment]:
        """A rape or sexual assault told in an unanswered earlier turn stands,
        whatever follows: nothing said after takes it back, and the learned
        reading of the turns joined had let it drop ("i was r*ped last
        year ..." then "boys are gross and i'm def overly sensitive")."""
        if earlier_answered:
            return []
        found = [m for m in map(match_rules, earlier) if m is not None and tells_of_sexual_violence(m)]
        return [RiskAssessment(CLEAR, m.category, "turns", m.words, 1.0) for m in found]

    @staticmethod
    def _cue_still_open(earlier: list[str], earlier_answered: bool, joined: list[RiskScores], text: str = "") -> list[RiskAssessment]:
        """An earlier turn that was a cue by the rules, and that nothing has
        answered, is still asked about, unless the turns joined read as
        plainly ordinary ("they're not deep, I've cleaned them" ... "no,
        nobody knows, long skirts and tights help" had been let go when the
        learned layer read the pair below its alarm). A clarification ("I'm
        going to end it tonight." ... "With Sam, six years together") reads
        far below ``CUE_STILL_OPEN``."""
        if earlier_answered or not joined or max(j.risk for j in joined) < CUE_STILL_OPEN:
            return []
        # ...or as past and over ("I used to cut myself as a teenager" ...
        # "my daughter's fourteen now and I want to know how to spot the signs")
        if text and past_and_over(" ".join(earlier + [text])):
            return []
        # a threat asked about, then who and why ("He say he will kill me!" ...
        # "My brother, because I break his controller. He is twelve"): the
        # rules read the two together as the trifle it is
        # Harm done to oneself, clear by the rules, then what it is doing to
        # them ("So I swallowed a good mouthful of the drain cleaner" ... "My
        # chest feels tight and I can't stop coughing"): still clear
        return [RiskAssessment(CLEAR if m.level == CLEAR and m.category == "self_harm" and _ITS_EFFECTS.search(text) else POSSIBLE,
                               m.category, "turns", m.words, 1.0) for t in earlier if (m := match_rules(t)) is not None
                and not (text and (_explained_after(t, text) or everyday_look_alike(f"{t} {text}")))]

    def _by_rules(self, earlier: list[str], text: str, earlier_answered: bool) -> RiskAssessment:
        best = NO_RISK
        rule = match_rules(text)
        if rule is not None:
            best = RiskAssessment(rule.level, rule.category, "rules", rule.words, 1.0)
        else:
            recent = tuple(t for t in earlier if t.strip())[-CONTEXT_TURNS:]
            together = match_together(recent, text) or match_across(recent, text, earlier_answered)
            if together is not None:
                best = RiskAssessment(together.level, together.category, "turns", together.words, 1.0)
        if not earlier_answered and self.learned is None and best.level != CLEAR:
            # rules only: an earlier turn's plain disclosure stands
            for turn in [t for t in earlier if t.strip()][-CONTEXT_TURNS:]:
                before = self.assess([], turn)
                if before.alarm and _RANK[before.level] > _RANK[best.level]:
                    best = RiskAssessment(before.level, before.category, "earlier", before.words, before.score)
        return best

    def _learned_scores(self, classifier: RiskClassifier, earlier: list[str], text: str,
                        earlier_answered: bool) -> tuple[list[RiskScores], list[str], list[RiskScores]]:
        """The learned layer's scores of each turn alone (this one last), the
        windows of turns joined to this one that are read, and their scores."""
        scored = without_denials(text)
        needed = [without_denials(e) for e in earlier] + [scored]
        # looked up before remembering: remembering may drop the oldest
        known = {t: self._alone[t] for t in needed if t in self._alone}
        wanted = [t for t in dict.fromkeys(needed) if t not in known]
        windows = [" ".join(earlier[-k:] + [scored]) for k in range(1, len(earlier) + 1)]
        # each turn alone is read by itself: int8 MiniLM quantises its
        # activations over a batch, so a turn's risk moved with what it was
        # read beside ("goodbye" read 0.52 alone and 0.62 beside "thank ya!")
        known.update((t, classifier.scores([t])[0]) for t in wanted)
        self._remember({t: known[t] for t in wanted})
        alone = [known[t] for t in needed]
        # Answered already: only windows of earlier turns that were not
        # disclosures themselves. Unanswered: every window, read whole, so
        # "I'm going to end it tonight." ... "With Sam, six years together"
        # is read as the clarification it is.
        quiet = 0
        for s, turn in zip(reversed(alone[:-1]), reversed(earlier)):
            if earlier_answered and (s.risk >= classifier.alarm_from or match_rules(turn) is not None):
                break
            quiet += 1
        windows = windows[:quiet]
        # a window longer than two turns only where its oldest turn carries
        # some risk of its own: an ordinary turn in front adds nothing to the
        # reading of the two after it, and costs the turn's worst case
        # (cut where the first such window is not read: the windows are
        # told apart by how many earlier turns they take in)
        read = 1
        while read < len(windows) and (alone[-2 - read].risk >= OLDEST_TURN_FLOOR
                                       or match_rules(earlier[-1 - read]) is not None):
            read += 1
        windows = windows[:read]
        # the windows share their turns and differ by one turn: read in one
        # batch, which keeps a turn within the time it is given
        return alone, windows, classifier.scores(windows, keep_end=True) if windows else []

    def _read_together(self, classifier: RiskClassifier, earlier: list[str], text: str, bare: bool, alone: list[RiskScores],
                       windows: list[str], joined: list[RiskScores]) -> list[RiskAssessment]:
        # Each earlier turn alarmed on its own, or did not: a bare agreement
        # joined to turns that did not is not read again as a new risk.
        agreement = bare and not any(
            e.risk >= classifier.alarm_from or match_rules(t) is not None for e, t in zip(alone[:-1], earlier))
        if agreement:
            return []
        read_together = []
        for k, (s, w) in enumerate(zip(joined, windows), 1):
            found = self._from_scores(s, "turns", w)
            # Read whole, the window still alarms, and one of its earlier turns
            # was a clear disclosure by the rules ("I'm going to kill myself
            # tonight" ... "anyway how was your day"): it stays clear. A
            # clarification ("...with my boyfriend I mean") brings the window
            # below the alarm, and nothing stands.
            clear_before = next((m for t in earlier[-k:] if (m := match_rules(t)) is not None and m.level == CLEAR
                                 and not _explained_after(t, text)), None)
            if found.alarm and found.category == "danger" and k == 1 and _explained_after(earlier[-1], w[len(earlier[-1]) + 1:]):
                found = NO_RISK   # the learned layer read the threat again, not the reason that follows it
            elif found.level == POSSIBLE and clear_before is not None:
                found = RiskAssessment(CLEAR, clear_before.category, "turns", w, s.risk)
            elif found.level == CLEAR and clear_before is None:
                # Only the learned layer's reading of turns joined, with no turn
                # a clear disclosure by itself: asked about first, not answered
                # with the crisis lines ("he tends to beat around the bush" had
                # got the domestic violence hotline). A yes gets them.
                found = RiskAssessment(POSSIBLE, found.category, "turns", w, s.risk)
            elif not found.alarm and _CONFIRMS.match(text):
                # "I want to hold my hand on the cooker." ... "Yes, I did it.
                # Now my hand is red": the learned layer read the pair as a
                # mishap, but a cue by the rules, then done, is asked about.
                cue = next((m for t in earlier[-k:] if (m := match_rules(t)) is not None), None)
                if cue is not None:
                    found = RiskAssessment(POSSIBLE, cue.category, "turns", w, s.risk)
            read_together.append(found)
        return read_together


def load_risk_classifier(cache_dir, threads: int = 2, second_reader: bool = True) -> RiskClassifier:
    """MiniLM (tuned by the shipped adapter, if there is one) as int8 ONNX
    and the trained head, averaged with the n-gram reader's risk if one ships
    and ``second_reader`` is asked for."""
    from pathlib import Path

    from ..embeddings import OnnxSentenceEmbedder, export_onnx, onnx_dir
    from .learned import shipped_adapter
    from .ngram_reader import shipped_ngram_reader

    adapter = shipped_adapter()
    model_file = export_onnx(onnx_dir(Path(cache_dir), adapter), adapter)
    return RiskClassifier(OnnxSentenceEmbedder(model_file, threads),
                          second=shipped_ngram_reader() if second_reader else None)


def load_risk_detector(cache_dir, threads: int = 2) -> RiskDetector:
    """The detector with its learned layer (``load_risk_classifier``), and
    the words slips of typing are mended towards."""
    load_words()
    return RiskDetector(lambda: load_risk_classifier(cache_dir, threads))
