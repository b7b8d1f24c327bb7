"""The advice detector's rules for tentative advice: an optional idea for the
person's life, offered rather than told ("Maybe you could write her a
letter", "You might want to try a walk", "Have you thought about joining a
group?", "It can help to write it down").

PRINCIPLES.md lets these pass the guard (tentative, optional ideas), but
they are advice all the same: a worker's line with one is coded as advice,
and the companion's own model sentences keep away from them (peer style).
Written over the guard's normalised sentence ("you'd" is "you would",
"let's" is "let us")."""
from __future__ import annotations

from .guard_rule import Rule, _rx
from .vocabulary import HOW_ABOUT, TENTATIVE_MODALS, WHAT_ABOUT, alternatives

# A question that asks for the person's own ideas ("What do you think you
# could try?", "Who might you talk to?") offers none.
_ASKS_THEIR_IDEAS = _rx(r"^(?:\w+,?\ )?(?:what|which|who|how|when|where|is\ there|are\ there)\b(?!\ about\b)")
# Steps a tentative modal may offer ("you could try...", "you might call her").
_STEP_VERBS = r"""(?:try|consider|think\ about|look\ into|start|ask|talk\ to|speak\ to|ring|call|text|write|join|go|get
    |see|book|find|give|take|make|tell|put|use|keep|reach\ out|check\ out|pop)"""
_NOT_TO_ME = r"(?!\ (?:me|us)\b)"

TENTATIVE_RULES: list[Rule] = [
    # "Maybe you could...", "perhaps you might...".
    Rule("H1", "maybe-you-could", _rx(r"\b(?:maybe|perhaps)\ you\ (?:could|might|can)\b(?!\ (?:be|have|feel)\b)"),
         unless_anywhere=_ASKS_THEIR_IDEAS),
    # "You could try...", "you might want to...", "you may like to...".
    Rule("H1", "you-could-try", _rx(
        rf"""(?<!\bif\ )(?<!\bwhat\ )(?<!\bwhatever\ )\byou\ {alternatives(TENTATIVE_MODALS)}\ (?:always\ |just\ |also\ |even\ )?
        (?:{_STEP_VERBS}\b{_NOT_TO_ME}|(?:want|wish|like)\ to\b)"""),
        unless_anywhere=_ASKS_THEIR_IDEAS),
    # "You can always...", "you can try...", "you would want to..." (not "you can talk to me").
    Rule("H1", "you-can-always", _rx(
        rf"""(?<!\bif\ )(?<!\bwhat\ )\byou\ can\ (?:always\b(?!\ (?:talk\ to|tell|come\ back\ to|message|text|call|ring)\ (?:me|us)\b)
        |(?:also\ )?(?:try|consider|look\ into|think\ about|reach\ out|start)\b{_NOT_TO_ME})
        |(?<!\bif\ )(?<!\bwhat\ )\byou\ would\ (?:want|wish|need)\ to\b"""),
        unless_anywhere=_ASKS_THEIR_IDEAS),
    # "Have you thought about joining...?", "have you tried meditation?" (not "what have you tried?").
    Rule("H1", "have-you-tried", _rx(
        r"""(?<!\bwhat\ )(?<!\bwhich\ )(?<!\bwho\ )\b(?:have|did)\ you\ (?:ever\ )?(?:tried|thought\ (?:about|of)|considered)\b
        (?!\ (?:what|how|whether|if|why|when|where|who|that|it|this)\b)""")),
    # "How about trying...?", "what about a walk?", "what if you rang her?".
    Rule("H1", "how-about", _rx(
        rf"""(?:^|[,;:]\ )(?:well,?\ |so,?\ )?(?:{alternatives(HOW_ABOUT)}\ (?:you\ )?(?:\w+ing\b|a\ |an\ |some\ |just\ |maybe\ )
        |{alternatives(WHAT_ABOUT)}\ \w+ing\b
        |what\ if\ you\ (?:just\ )?(?:tried|called|rang|phoned|texted|talked|spoke|went|wrote|told|asked|gave|took|made
            |started|got|joined|saw|booked|let|stopped|kept|did|put|had)\b)""")),
    # "It can really help to write it down", "it might help", "some people
    # find it helps to talk", "one thing that might help is...", "would it
    # help to...?", "it may be worth...".
    Rule("H1", "it-may-help", _rx(
        rf"""\b(?:it|this|that)\ (?:can|may|might|could|will|would|often)\ (?:really\ |also\ |sometimes\ |even\ )?help\b{_NOT_TO_ME}
        |\bit\ (?:really\ |often\ |sometimes\ )?helps\ (?:to|if\ you)\b|\bfind\ (?:it|that)\ helps\b
        |\bone\ thing\ (?:that|which)\ (?:might|may|could|can|often|really)\ help
        |\b(?:would|could|might|can)\ it\ (?:not\ )?(?:help|be\ worth|be\ (?:an\ )?idea)\b{_NOT_TO_ME}
        |\bit\ (?:may|might|could)\ (?:also\ )?be\ (?:worth|an\ idea|a\ good\ idea|helpful|useful)\b""")),
    # "Let's try...", "let's focus on...": a step proposed together.
    Rule("H1", "let-us-try", _rx(r"\blet\ us\ (?:just\ )?(?:try|focus|work\ on|make|start|find)\b")),
]
