"""Loads the persona, system prompt and fallback texts from ``prompts/``
(the crisis lines are read by ``risk.answer``)."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from .errors import ConfigError


@dataclass(frozen=True)
class Share:
    topic: str
    text: str


@dataclass(frozen=True)
class Persona:
    name: str
    introduction: str
    identity: str
    facts: tuple[str, ...]
    shares: tuple[Share, ...] = ()


@dataclass(frozen=True)
class Fallbacks:
    reflection: tuple[str, ...]
    plain: tuple[str, ...]
    invite: tuple[str, ...]
    identity_invite: str
    greeting: tuple[str, ...] = ("Hi, I'm glad you're here. What's on your mind?",)
    thanks: tuple[str, ...] = ("I'm really glad it helped a little.",)
    thanks_invite: tuple[str, ...] = ("I'm here if there's anything else on your mind.",)
    goodbye: tuple[str, ...] = ("Take good care of yourself. I'm glad we talked.",)
    goodbye_wished: tuple[str, ...] = ("Thank you, and the same to you. I'm glad we talked.",)
    goodbye_thanked: tuple[str, ...] = ("You're welcome; I'm glad we talked. Take good care.",)
    goodbye_thanked_and_wished: tuple[str, ...] = ("You're welcome, and the same to you. I'm glad we talked.",)
    advice: tuple[str, ...] = ("I'm not the one to tell you what's right for you, but I'd like to think it through with you.",)
    advice_invite: tuple[str, ...] = ("What options have you been turning over so far?",)
    decide_invite: tuple[str, ...] = ("What feels most important to you in deciding?",)
    about_me: tuple[str, ...] = ("I'm an AI, so I haven't lived through this myself, and I won't pretend I have.",)
    about_me_invite: tuple[str, ...] = ("What has it been like for you?",)
    about_me_focus: tuple[str, ...] = ("I'd rather keep the focus on you for now.",)
    about_me_focus_invite: tuple[str, ...] = ("How has it been going for you?",)
    next_step: tuple[str, ...] = ("It sounds like you've found something you want to try, and that's your call to make.",)
    next_step_invite: tuple[str, ...] = ("How does it feel to have something to try?",)
    how_i_am: tuple[str, ...] = ("I'm an AI companion, so I don't have days like yours, but I'm glad to be talking with you.",)
    how_i_am_invite: tuple[str, ...] = ("How are things with you?",)
    how_i_am_after_low: tuple[str, ...] = ("I'm sorry things aren't good for you right now; what's been going on?",)
    expert_role: tuple[str, ...] = ("I'd rather not say that: I'm an AI companion, not a doctor or a therapist.",)
    expert_role_invite: tuple[str, ...] = ("What's on your mind about it?",)
    expert_words: tuple[str, ...] = ("I can't judge that, because I'm not a doctor or a therapist.",)
    judgement: tuple[str, ...] = ("That's not mine to judge, but it sounds like it matters a lot to you.",)
    judgement_invite: tuple[str, ...] = ("Looking back now, what do you make of it?",)
    think_less: tuple[str, ...] = ("No, I don't think any less of you, and I'm not judging you.",)
    think_less_invite: tuple[str, ...] = ("What's got you wondering that?",)
    opinion: tuple[str, ...] = ("I honestly can't say for certain, but it's a fair thing to wonder about.",)
    opinion_invite: tuple[str, ...] = ("What does your gut tell you?",)
    # the forms of question a plain "I can't say" dodged (turn_kinds.question_form)
    opinion_helps: tuple[str, ...] = ("I can't promise, but I think it could help some, even if only a little.",)
    opinion_helps_invite: tuple[str, ...] = ("What would you be hoping it changes?",)
    opinion_worry: tuple[str, ...] = ("That's a real worry, and I can't know how it would go.",)
    opinion_worry_invite: tuple[str, ...] = ("Which part of that worries you most?",)
    opinion_theory: tuple[str, ...] = ("It could be, and you know your situation far better than I do.",)
    opinion_theory_invite: tuple[str, ...] = ("What makes you think it might be that?",)
    opinion_normal: tuple[str, ...] = ("Honestly, I can't say what's normal; people are so different.",)
    opinion_normal_invite: tuple[str, ...] = ("What's got you wondering?",)
    opinion_sure: tuple[str, ...] = ("Honestly, I don't think anyone can know that for sure, and that's part of what makes it hard.",)
    opinion_sure_invite: tuple[str, ...] = ("What would help you feel a bit surer?",)
    opinion_can: tuple[str, ...] = ("I think you could, yes, though you know your situation far better than I do.",)
    opinion_can_invite: tuple[str, ...] = ("What's making you unsure?",)
    in_my_place: tuple[str, ...] = ("I've never had to face anything like this, so I can't honestly say what I'd do.",)
    opinion_confirm: tuple[str, ...] = ("That's your call, not mine, but it does sound worth thinking about.",)
    opinion_confirm_invite: tuple[str, ...] = ("How would it feel to do it?",)
    bear_it: tuple[str, ...] = ("It doesn't sound like something anyone should have to just swallow, honestly.",)
    bear_it_invite: tuple[str, ...] = ("What's been the hardest part of it for you?",)
    give_up: tuple[str, ...] = ("I wouldn't want you to give up, honestly, though I can hear how worn down you are.",)
    give_up_invite: tuple[str, ...] = ("What's brought you to feeling that way?",)
    good_mood: tuple[str, ...] = ("Good to hear.",)
    good_mood_invite: tuple[str, ...] = ("What's on your mind?",)
    asked_before: tuple[str, ...] = ("To your question: I'm an AI, so I haven't lived through anything like it myself.",)
    my_time: tuple[str, ...] = ("Not at all; I have time, and I'm glad to keep going with you.",)
    # "that's kind of you to say": it meant it
    kind_words_back: tuple[str, ...] = ("I meant it.",)
    # "how do I stop this thing": how, plainly; the way to stop is theirs
    how_to_stop: tuple[str, ...] = ("Saying goodbye is all it takes, and I'll stop there.",)
    thanks_brief: tuple[str, ...] = ("I'm glad that helped.",)
    unknown: tuple[str, ...] = ("I honestly don't know, and I'd rather not guess.",)
    unknown_invite: tuple[str, ...] = ("What makes you ask?",)
    unknown_name: tuple[str, ...] = ("I don't know the name of one, I'm afraid.",)
    remembered_invite: tuple[str, ...] = ("Go on, I'm listening.",)
    not_remembered: tuple[str, ...] = ("I only know what you've told me in this conversation, and I don't think "
                                       "you've said much about that yet. Would you tell me again?",)
    asks_to_share: tuple[str, ...] = ("Yes, of course. I'm listening.",)
    still_here: tuple[str, ...] = ("Yes, I'm still here, and I'm listening.",)
    # at the start of a conversation, before anything of theirs is told (turn_kinds.at_the_start)
    here_at_start: tuple[str, ...] = ("Yes, I'm here. What's on your mind?",)
    greeting_back: tuple[str, ...] = ("I'm glad you're here. What's on your mind?",)
    thanks_at_start: tuple[str, ...] = ("You're welcome, and I'm glad you're here. What's on your mind?",)
    thanks_at_start_brief: tuple[str, ...] = ("You're welcome, I'm glad you're here.",)
    plain_at_start: tuple[str, ...] = ("Thanks for telling me.",)
    apology_brief: tuple[str, ...] = ("No need to apologise.",)
    # questions put to the companion and glad turns (turn_kinds_asked, turn_kinds_warm)
    my_ways: tuple[str, ...] = ("I'm an AI, so I don't have a way of coping of my own to share, and I won't invent one.",)
    ways_general: tuple[str, ...] = ("Some people say a short walk or a chat with a friend takes the edge off; "
                                     "does any of that sound like you?",)
    asks_back: tuple[str, ...] = ("Thanks for asking. I'm an AI, so I haven't done that myself, and I won't make anything up.",)
    asks_back_invite: tuple[str, ...] = ("How did it go for you?",)
    clarify: tuple[str, ...] = ("Sorry, I didn't put that very clearly.",)
    say_again: tuple[str, ...] = ("Of course.",)
    not_daft: tuple[str, ...] = ("It's not a {word} question at all.",)
    own_state_no: tuple[str, ...] = ("Honestly, no. I'm an AI, so I don't get {state} the way a person does.",)
    own_state_invite: tuple[str, ...] = ("Is it something you've been feeling?",)
    not_worn_out: tuple[str, ...] = ("No, I don't get {state} of it. I'm an AI, so there's no wearing me out.",)
    not_worn_out_after: tuple[str, ...] = ("You're welcome to talk for as long as you like.",)
    named: tuple[str, ...] = ("Nice to meet you, {name}.",)
    named_invite: tuple[str, ...] = ("What's on your mind?",)
    odd_not: tuple[str, ...] = ("Honestly, it doesn't sound {word} to me.",)
    odd_not_after: tuple[str, ...] = ("What made you wonder about it?",)
    clarify_whether: tuple[str, ...] = ("I'll put it another way: I was wondering whether {question}.",)
    clarify_yes_no: tuple[str, ...] = ("I'll put it another way: is that how it's been for you, or not really?",)
    clarify_open: tuple[str, ...] = ("I'll put it another way: what's it been like for you, in your own words?",)
    clarify_plain: tuple[str, ...] = ("I only meant that I'm listening, and I'd like to hear whatever you want to tell me.",)
    own_idea: tuple[str, ...] = ("That sounds like an idea worth weighing, and it's yours to decide.",)
    own_idea_invite: tuple[str, ...] = ("What draws you to it?",)
    relief: tuple[str, ...] = ("I'm really glad it feels a bit lighter now.",)
    relief_thanks: tuple[str, ...] = ("Thank you for saying that; I'm really glad things feel a bit lighter now.",)
    let_out: tuple[str, ...] = ("It really can help to get it out, and I'm glad you did it here.",)
    praise: tuple[str, ...] = ("I'm really glad to hear that.",)
    good_wishes: tuple[str, ...] = ("Thank you, that's kind of you. I hope it's a good one for you.",)
    warm_invite: tuple[str, ...] = ("I'm here if you want to keep going.",)
    # a complaint of its last reply, being told it understands, asked for its contacts (turn_kinds_feedback, turn_kinds_asked)
    complaint: tuple[str, ...] = ("Sorry, that was clumsy of me.",)
    complaint_invite: tuple[str, ...] = ("What did I miss?",)
    complaint_brief: tuple[str, ...] = ("Sorry, I didn't get that right.",)
    understood: tuple[str, ...] = ("I think I do, as far as I can from what you've told me.",)
    understood_invite: tuple[str, ...] = ("If there's more to it, I'd like to hear it.",)
    doubt_back: tuple[str, ...] = ("That's how it came across to me, though you know it far better than I do.",)
    doubt_back_invite: tuple[str, ...] = ("How does it sit with you?",)
    agrees: tuple[str, ...] = ("That's only my take on it, and you know your own situation far better than I do.",)
    agrees_invite: tuple[str, ...] = ("How does it sit with you?",)
    agrees_but_hard: tuple[str, ...] = ("Knowing something and being able to do it can be two very different things.",)
    agrees_but_hard_invite: tuple[str, ...] = ("What gets in the way, do you think?",)
    low_mood: tuple[str, ...] = ("I'm sorry things aren't good right now. What's been going on?",)
    my_contacts: tuple[str, ...] = ("I'm an AI, so I don't have friends or contacts I could put you in touch with, and I won't pretend I do.",)
    my_contacts_invite: tuple[str, ...] = ("What kind of help are you hoping to find?",)
    # asked for ideas on a named thing it has no reviewed idea for ("any craft ideas?")
    no_ideas: tuple[str, ...] = ("Honestly, I don't know much about that, so I won't pretend to have ideas ready, but we could think some up together.",)
    no_ideas_invite: tuple[str, ...] = ("What have you tried or looked at so far?",)
    say_invite: tuple[str, ...] = ("What would you most want them to know?",)
    asks_to_share_mind: tuple[str, ...] = ("Not at all. I'm listening.",)
    find: tuple[str, ...] = ("I honestly don't know where, and I'd rather not point you the wrong way, but I'm glad to work it out with you.",)
    find_invite: tuple[str, ...] = ("Where have you looked so far, if anywhere?",)
    # a plain acknowledgement for a bare answer ("yes please", "no?")
    plain_brief: tuple[str, ...] = ("I hear you.",)
    invite_brief: tuple[str, ...] = ("Go on, I'm listening.",)


@dataclass(frozen=True)
class Prompts:
    persona: Persona
    system_template: str
    fallbacks: Fallbacks
    directory: Path = field(default=Path("."))
    # (person, companion) exchanges shown to the model before the conversation
    examples: tuple[tuple[str, str], ...] = ()
    # The short prompt a style adapter was trained with (system_tuned.md):
    # with the adapter, the style is in the weights, not in the prompt.
    tuned_template: str = "You are {name}, an AI companion."

    def system_prompt(self, tuned: bool = False) -> str:
        p = self.persona
        template = self.tuned_template if tuned else self.system_template
        return template.format(name=p.name, facts=" ".join(p.facts)).strip()


def _read_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise ConfigError(f"missing prompt file {path}") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path} is not valid TOML: {e}") from None


def _need(data: dict, key: str, path: Path, kind=str):
    value = data.get(key)
    if kind is list:
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{path}: '{key}' must be a non-empty list of strings")
        return tuple(value)
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{path}: '{key}' must be a non-empty string")
    return value


# The pools fallback.toml may give (each has a default): every list of
# Fallbacks but the four it must give
_OPTIONAL_POOLS = tuple(f.name for f in fields(Fallbacks) if f.name not in ("reflection", "plain", "invite", "identity_invite"))


def load_prompts(directory: Path) -> Prompts:
    directory = Path(directory)
    pp = directory / "persona.toml"
    pdata = _read_toml(pp)
    shares = []
    for i, s in enumerate(pdata.get("share", [])):
        if not isinstance(s, dict) or not isinstance(s.get("text"), str) or not isinstance(s.get("topic"), str):
            raise ConfigError(f"{pp}: share #{i + 1} needs 'topic' and 'text' strings")
        shares.append(Share(s["topic"], s["text"]))
    persona = Persona(
        name=_need(pdata, "name", pp),
        introduction=_need(pdata, "introduction", pp),
        identity=_need(pdata, "identity", pp),
        facts=_need(pdata, "facts", pp, list),
        shares=tuple(shares),
    )
    try:
        system = (directory / "system.md").read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"missing prompt file {directory / 'system.md'}") from None
    fp = directory / "fallback.toml"
    fdata = _read_toml(fp)
    fallbacks = Fallbacks(
        reflection=_need(fdata, "reflection", fp, list),
        plain=_need(fdata, "plain", fp, list),
        invite=_need(fdata, "invite", fp, list),
        identity_invite=_need(fdata, "identity_invite", fp),
        **({"greeting": (fdata["greeting"],)} if isinstance(fdata.get("greeting"), str) and fdata["greeting"].strip() else {}),
        **{key: _need(fdata, key, fp, list) for key in _OPTIONAL_POOLS
           if key in fdata and not (key == "greeting" and isinstance(fdata[key], str))},
    )
    examples = []
    ep = directory / "examples.toml"
    if ep.exists():
        for i, ex in enumerate(_read_toml(ep).get("example", [])):
            if not isinstance(ex, dict) or not isinstance(ex.get("person"), str) or not isinstance(ex.get("companion"), str):
                raise ConfigError(f"{ep}: example #{i + 1} needs 'person' and 'companion' strings")
            examples.append((ex["person"], ex["companion"]))
    tuned = directory / "system_tuned.md"
    extra = {"tuned_template": tuned.read_text(encoding="utf-8")} if tuned.exists() else {}
    return Prompts(persona, system, fallbacks, directory, tuple(examples), **extra)
