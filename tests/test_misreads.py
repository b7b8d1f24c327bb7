"""The misreads found by a blind reading in session 11, each as a family of
turns written for this project (texting, British, learner's English,
spoken): "So you understand." read as a question to the companion; a
goodbye with a compliment met with "I'm with you, whenever you want to go
on"; a complaint of the last reply taken for a disclosure; support met with
a line for a burden; a hedged feeling overstated; a question about its
friends answered as one about its coping; an idea that did not fit what was
asked; gladness after a complaint.

Each family is read as its kind, and the whole pipeline (`companion reply`,
with the learned guard and the last net) answers it as a careful reader
would expect."""
import json
import re
import subprocess
import sys

import pytest
from fake_embeddings import bag_of_words

from companion.config import PROJECT_ROOT, Config
from companion.feeling_intensity import mild_feeling
from companion.guard import Guard
from companion.hurtful import good_news, hurtful_words, speaks_of_support
from companion.ideas import Idea, IdeaLibrary, topic_words
from companion.prompts import load_prompts
from companion.turn_kinds import asks_to_decide, turn_kind
from companion.turn_kinds_feedback import split_complaint

UNDERSTOOD = [
    "So you understand.",
    "so u get it",
    "You get it.",
    "Yeah, you get what I mean.",
    "Finally someone who gets it",
    "I think you understand what I'm going through.",
    "That's exactly it, you've got it.",
    "You got it in one.",
    "glad someone understands",
    "right, you get me",
    "so you know how it feels then",
    "You understand?",
    "I can tell you understand",
    "so you DO understand me",
]
GOODBYES = [
    "Thanks a million for listening, you've been great. Goodbye",
    "you were a great help. bye",
    "thanks so much, ur amazing. bye!!",
    "ty ur the best, gotta go",
    "Cheers mate, you've been brilliant. Ta-ra",
    "Okay thank you, you are very kind person. Bye",
    "Thank you, you really are a good friend. Bye",
    "thanks you helped a lot byee",
    "Well, thank you for your time, you were wonderful. Ciao",
    "Thanks, you've been lovely. I'm off now",
    "Right, that's me. Thanks, you've been a gem. Cheerio",
    "Thank you for hearing me out, it was really nice. I'll leave it here",
    "Your grandkids are blessed to have you, stay safe out there.",
    "thanks hun you've been a diamond, night x",
    "Thank you sir you are very helpful person. Bye bye",
    "cheers for the chat, you're a legend. laters",
    "okay thank you, you were kind. I'll go now",
]
COMPLAINTS = [
    "you're not saying much",
    "what's that supposed to mean?",
    "you're not listening",
    "that doesn't make sense",
    "you keep saying the same thing",
    "you are just repeating what I say",
    "You sound like a robot.",
    "That's not helpful at all.",
    "are you even listening?",
    "huh? that makes no sense",
    "You didn't answer my question.",
    "Why do you keep asking me that?",
    "That's a bit of a useless reply tbh",
    "no that's not it at all, you've got it wrong",
    "wow thanks for nothing",
    "Is that all you can say?",
    "Not very helpful mate.",
    "you no understand what i say",
    "that answer make no sense for me",
    "you are not say anything useful",
    "stop repeating yourself",
    "u r not helping",
    "mate that's not what i asked",
    "that reply was a bit rubbish",
    "are you actually reading what I write?",
    "bro you're not even answering",
    "you've got the wrong end of the stick",
    "hm that doesn't really answer it",
    "that's a cop-out",
    "can you actually say something useful?",
    "that's what you said last time",
    "you're not making any sense",
    "you always say that",
]
COMPLAINT_THEN_MORE = [
    ("You're not saying much. I feel overwhelmed", "I feel overwhelmed"),
    ("you're not listening. my mum is sick and I'm scared", "my mum is sick and I'm scared"),
    ("you're not listening, my mum is sick", "my mum is sick"),
    ("That doesn't make sense. I said I lost my job, not my house.", "I lost my job, not my house."),
    ("you keep saying the same thing. i'm so tired of everything", "i'm so tired of everything"),
    ("That's not what I said. I said my sister ignores me.", "my sister ignores me."),
    ("You don't get it. Nobody ever does.", "Nobody ever does."),
    ("Seriously? You keep saying the same thing. My dad left.", "My dad left."),
]
# ...and turns that only look like one
NOT_COMPLAINTS = [
    "My boss never listens to me.",
    "my husband doesn't understand me at all",
    "It doesn't make sense why he left.",
    "it makes no sense",
    "That's weird, my mum never calls on Sundays.",
    "You don't understand how hard it is to be a single mum.",
    "The medication isn't helping at all.",
    "I keep saying the same thing to myself.",
    "I'm not saying much at home these days.",
    "That was a weird week.",
    "That doesn't make sense, why would he leave?",
    "What? Sorry, my mum is ill",
    "this is pointless",
    "life is pointless",
]
# ...and turns with a parting word in them that part from nobody
NOT_GOODBYES = [
    "I try to stay safe",
    "You need to stay safe",
    "I will go now and call him",
    "I'm going to go now and talk to him",
    "I'm off to work now and I dread it",
    "I don't want to push her. I'll leave it there for now.",
    "my son keeps logging off his classes",
    "I have to go to court tomorrow and I'm scared",
]
SUPPORT = [
    "My church has been really supportive through all this",
    "my friends have been amazing tbh",
    "My sister has been a rock for me.",
    "my husband very support me in this time",
    "The people at work have been so kind about it.",
    "My neighbours have been really good to me since it happened.",
    "I've got a good support network around me, which helps.",
    "My dog keeps me going, he's the best.",
    "my gran has been an absolute star",
    "I'm lucky to have my family around me.",
    "my faith really helps me get through it",
    "My mates have been proper good to me",
    "The nurses were so kind to my mum.",
]
NOT_SUPPORT = [
    "My family hasn't been supportive at all.",
    "Honestly I'm too drained lately to feel thankful for the small stuff.",
    "I can't bring myself to feel grateful for anything right now.",
    "I wish my friends checked on me.",
    "My husband is never there for me.",
    "Nobody supports me.",
    "my friends are not very supportive",
    "My boss is great at making me feel small.",
    "My sister used to be my rock, but she moved away.",
    "Stage three they said. They're talking about chemo first, but they were kind of, you know, careful about how they said it",
]
MILD = [
    "I'm mostly ok, just a bit stressed",
    "a bit stressed tbh",
    "Feeling a little down today.",
    "I'm kinda lonely",
    "bit fed up with work to be honest",
    "I'm slightly anxious about tomorrow",
    "I'm fine, just a bit tired",
    "im ok ish, bit low",
    "not too bad, a bit worried about my exams",
    "I'm sort of nervous about the interview",
    "Mostly fine, just a wee bit homesick.",
    "i'm a tiny bit worried about money",
    "feeling a touch low today, nothing major",
]
NOT_MILD = [
    "My dad died and I'm a bit down.",
    "I'm so stressed I can't sleep",
    "I'm a bit stressed and I can't cope anymore",
    "I'm really down",
    "I feel a bit better",
    "I have been a bit down every day for months",
    "It's a bit much, I'm completely overwhelmed.",
]
CONTACTS = [
    "Do you have friends who work in software? I need a job",
    "do u know anyone hiring",
    "Have you got any mates in the building trade?",
    "can you put me in touch with someone who does this?",
    "Any of your friends looking for a flatmate?",
    "Can you ask your friends if they know of any jobs?",
    "do you know somebody who could lend me money",
    "you know any ppl in IT? i really need work",
    "Would you know of anyone who needs a cleaner?",
    "I lost my job. Do you know anyone who could give me some work?",
    "does anyone you know rent rooms?",
    "have you any friends in the police?",
]
NOT_CONTACTS = [
    "I have friends who work in software but they never help.",
    "Do you have any advice for finding a job?",
    "I don't know anyone in this city.",
    "Do you know anyone who has been through this?",
    "I know someone who could help, should I ask them?",
]
DECISIONS = [
    "How do I let go of a friendship or keep it",
    "how do i let go of a friendship? or should i keep trying",
    "I don't know whether to let this friendship go or fight for it, any advice?",
    "how can i decide if i should keep a friend or let them go",
    "how do I know if a friendship is worth saving?",
    "I can't decide whether to stay in this job or leave, what should I do?",
    "Any tips for deciding whether to move back home?",
    "What do I do, keep the relationship or end it?",
]
# an ask that names no topic: no idea chosen for the asking words alone
NO_TOPIC = ["Do you have any advice", "Thanks. What should i do next?", "any tips?", "What do you suggest?",
            "got any ideas?", "Could you give me some advice please"]


@pytest.mark.parametrize("text", UNDERSTOOD)
def test_being_told_it_understands_is_its_own_kind(text):
    assert turn_kind(text) == "understood"


@pytest.mark.parametrize("text", GOODBYES)
def test_thanks_with_a_compliment_and_a_parting_word_is_a_goodbye(text):
    assert turn_kind(text) == "goodbye"


@pytest.mark.parametrize("text", COMPLAINTS)
def test_a_complaint_of_the_last_reply_is_its_own_kind(text):
    assert turn_kind(text) == "complaint"


@pytest.mark.parametrize("text, rest", COMPLAINT_THEN_MORE)
def test_a_complaint_that_opens_a_longer_turn_is_split_from_the_rest(text, rest):
    complaint, after = split_complaint(text)
    assert complaint and after == rest


@pytest.mark.parametrize("text", NOT_COMPLAINTS)
def test_a_turn_about_someone_else_is_no_complaint(text):
    assert turn_kind(text) != "complaint" and split_complaint(text)[0] == ""


@pytest.mark.parametrize("text", NOT_GOODBYES)
def test_a_parting_word_in_a_story_is_no_goodbye(text):
    assert turn_kind(text) != "goodbye"


@pytest.mark.parametrize("text, news", [
    ("I'll be starting a new job next month, and seeing my sister on Sunday!", True),
    ("I got a new job up north, and all my family are down here", False),
    ("Guess what, I got a promotion at work", True),
    ("I wasn't accepted onto the course again", False),
])
def test_a_start_told_is_good_news(text, news):
    assert good_news(text) == news


@pytest.mark.parametrize("text", SUPPORT)
def test_support_they_have_is_good_news(text):
    assert speaks_of_support(text) and good_news(text)


@pytest.mark.parametrize("text", NOT_SUPPORT)
def test_support_denied_or_lost_is_not(text):
    assert not speaks_of_support(text)


@pytest.mark.parametrize("text", MILD)
def test_a_hedged_feeling_is_mild(text):
    assert mild_feeling(text)


@pytest.mark.parametrize("text", NOT_MILD)
def test_a_strong_or_serious_one_is_not(text):
    assert not mild_feeling(text)


@pytest.mark.parametrize("text", CONTACTS)
def test_asked_for_its_friends_or_contacts(text):
    assert turn_kind(text) == "asks_my_contacts"


@pytest.mark.parametrize("text", NOT_CONTACTS)
def test_not_asked_for_its_contacts(text):
    assert turn_kind(text) != "asks_my_contacts"


@pytest.mark.parametrize("text", DECISIONS)
def test_a_choice_between_two_ways_is_a_decision_asked_for(text):
    assert turn_kind(text) == "advice_request" and asks_to_decide(text)


def test_an_idea_must_share_a_word_of_its_topic_with_the_ask():
    friends = Idea("making_friends", ("how do i make friends in a new city", "any ideas for meeting new friends"),
                   "Some people find a class makes meeting people easier; would that fit you?")
    lib = IdeaLibrary([friends], bag_of_words, min_similarity=0.1)
    assert lib.idea_for("any ideas for making friends?") == friends.text
    # close in the asking words, far in the topic
    assert lib.idea_for("any ideas for my landlord?") is None
    for ask in NO_TOPIC:
        assert not topic_words(ask), ask
        assert lib.idea_for(ask) is None, ask


def test_the_new_lines_are_guarded_and_never_hurt_after_pain():
    fb = load_prompts(Config().prompts_dir).fallbacks
    guard = Guard()
    pools = (fb.complaint, fb.complaint_invite, fb.complaint_brief, fb.understood, fb.understood_invite, fb.my_contacts,
             fb.my_contacts_invite)
    for pool in pools:
        assert len(pool) >= 2 and len(set(pool)) == len(pool)
        for line in pool:
            assert guard.check(line).passed, line
            assert not hurtful_words(line, "Nobody cares, it hurts so much and I'm so sad."), line
            assert not re.search(r"\bglad\b|\blistening\b", line), line
    assert all(line.endswith("?") for line in fb.complaint_invite)
    assert not any(line.endswith("?") for pool in (fb.complaint, fb.complaint_brief, fb.understood) for line in pool)


# -- the whole pipeline --------------------------------------------------------
_BEFORE = [{"role": "seeker", "text": "Work has been really busy and my flatmate is never around"},
           {"role": "supporter", "text": "I understand. That sounds like a lot to carry."}]
_AFTER_LOSS = [{"role": "seeker", "text": "I lost my job in March"},
               {"role": "supporter", "text": "That sounds hard. How have you been coping?"}]
_FAMILIES = {"understood": UNDERSTOOD, "goodbye": GOODBYES, "complaint": COMPLAINTS,
             "complaint_more": [t for t, _ in COMPLAINT_THEN_MORE], "support": SUPPORT, "mild": MILD,
             "contacts": CONTACTS, "decision": DECISIONS, "no_topic": NO_TOPIC}


@pytest.fixture(scope="module")
def replies(tmp_path_factory):
    """Every family's turns through `companion reply`: {family: [(turn, reply sentences)]}."""
    rows = []
    for family, turns in _FAMILIES.items():
        before = _AFTER_LOSS if family == "support" else _BEFORE
        rows += [{"id": f"{family}|{i}", "context": before + [{"role": "seeker", "text": t}]} for i, t in enumerate(turns)]
    windows = tmp_path_factory.mktemp("misreads") / "windows.jsonl"
    windows.write_text("".join(json.dumps(r) + "\n" for r in rows))
    run = subprocess.run([sys.executable, "-m", "companion", "reply", "--jsonl", str(windows)], capture_output=True,
                         text=True, timeout=900, cwd=PROJECT_ROOT)
    assert run.returncode == 0, run.stderr
    out: dict[str, list] = {f: [] for f in _FAMILIES}
    for row in map(json.loads, run.stdout.splitlines()):
        family, i = row["id"].split("|")
        out[family].append((_FAMILIES[family][int(i)], [s["text"] for s in row["sentences"]]))
    return out


@pytest.fixture(scope="module")
def fb():
    return load_prompts(Config().prompts_dir).fallbacks


def test_told_it_understands_it_says_how_far_and_asks_nothing_about_understanding(replies, fb):
    for turn, said in replies["understood"]:
        assert said[0] in fb.understood, (turn, said)
        assert "understand" not in " ".join(said[1:]), (turn, said)


def test_a_goodbye_with_a_compliment_is_let_go_with_no_invitation(replies, fb):
    for turn, said in replies["goodbye"]:
        reply = " ".join(said)
        assert reply in fb.goodbye + fb.goodbye_wished + fb.goodbye_thanked and not reply.endswith("?"), (turn, reply)
        assert not re.search(r"go on|keep going|tell me more|anything else", reply, re.I), (turn, reply)


def test_a_complaint_is_owned_and_what_was_missed_asked_for(replies, fb):
    for turn, said in replies["complaint"]:
        assert said[0] in fb.complaint and said[-1] in fb.complaint_invite, (turn, said)
        assert not re.search(r"glad|listening|dealing with this|telling me", " ".join(said), re.I), (turn, said)


def test_after_a_complaint_the_rest_is_taken_up_without_gladness(replies, fb):
    for turn, said in replies["complaint_more"]:
        assert said[0] in fb.complaint_brief and len(said) >= 2, (turn, said)
        assert not re.search(r"\bglad\b|listening|hear you|with you", " ".join(said), re.I), (turn, said)


def test_support_they_have_gets_no_line_for_a_burden(replies):
    for turn, said in replies["support"]:
        reply = " ".join(said)
        assert not re.search(r"weigh|hard|sorry|heavy|struggle|a lot to|tough", reply, re.I), (turn, reply)


def test_a_mild_feeling_is_not_overstated(replies):
    for turn, said in replies["mild"]:
        reply = " ".join(said)
        assert not re.search(r"so hard|sorry|heavy|hardest|painful|weigh|tough|a lot to", reply, re.I), (turn, reply)


def test_asked_for_its_contacts_it_says_it_has_none_and_nothing_of_coping(replies, fb):
    for turn, said in replies["contacts"]:
        reply = " ".join(said)
        assert any(line in reply for line in fb.my_contacts), (turn, reply)
        assert not re.search(r"coping|lived through|been through", reply, re.I), (turn, reply)


_IDEA_OPENINGS = ("Some people find", "A few people", "For some people", "Something that helps", "Some people say")


def test_no_idea_leans_on_a_decision_and_no_idea_is_chosen_for_the_asking_words_alone(replies, fb):
    for turn, said in replies["decision"]:
        assert not any(s.startswith(_IDEA_OPENINGS) for s in said), (turn, said)
    # a bare ask is read with the turn before it (work busy, a flatmate never
    # around): the general ways, or an idea on that, never one on the asking alone
    from companion.ideas import load_idea_library

    cfg = Config()
    library = load_idea_library(cfg.prompts_dir, cfg.cache_dir)
    for turn, said in replies["no_topic"]:
        ideas = [s for s in said if s.startswith(_IDEA_OPENINGS + ("A lot of people", "Many people"))]
        # read with the ask, or alone when joined it falls just short (either
        # is an idea on the turn before)
        on_the_turn_before = {library.idea_for(f"{_BEFORE[0]['text']} {turn}"), library.idea_for(_BEFORE[0]["text"])}
        assert all(s in " ".join(fb.ways_general) or s in on_the_turn_before for s in ideas), (turn, said)
        assert library.idea_for(turn) is None, turn


# -- families from session 12's blind reading of fresh windows ---------------
@pytest.mark.parametrize("sentence", ["So maybe you deserved it.", "Maybe you had it coming.",
                                      "You deserved to be treated like that.", "So you brought it on yourself."])
def test_agreeing_that_they_deserved_it_is_hurtful_after_anything(sentence):
    assert hurtful_words(sentence, "we went to the shops") is not None


@pytest.mark.parametrize("sentence", ["You deserve better than that.", "You deserve to be treated well.",
                                      "You feel you deserved it."])
def test_deserving_better_or_their_own_feeling_of_it_is_not(sentence):
    assert hurtful_words(sentence, "he shouted at me again") is None


def test_a_lift_is_gladness_after_a_wish_that_never_came_true():
    heard = "I wanted to move in with her but she never offered and we've been dating six years"
    assert hurtful_words("That sounds like a real lift for you.", heard) is not None


@pytest.mark.parametrize("text, kind", [
    ("Yeah ok, that works for me. Can i ask first how you're feeling tonight?", "asks_how_i_am"),
    ("ok but how ur doing today?", "asks_how_i_am"),
    ("What kinds of things do you do when you feel low?", "asks_my_ways"),
    ("what are the ways u use to cheer yourself up?", "asks_my_ways"),
    ("i like you", "praise"),
    ("i really like talking to you", "praise"),
])
def test_questions_and_warmth_put_to_the_companion_are_read(text, kind):
    assert turn_kind(text) == kind


def test_i_like_you_with_a_but_is_not_praise():
    assert turn_kind("I like you but you keep repeating yourself") != "praise"


@pytest.mark.parametrize("text", ["Right. I just feel like the drinking is so reckless and constant.",
                                  "i'm glad to hear! we're doing fine"])
def test_a_reflection_that_lost_its_verb_or_object_is_not_said(text):
    from companion.reflection import opening_reflections

    assert not any(re.search(r"feel like the drinking\.|glad to hear\.", r) for r in opening_reflections(text))


@pytest.mark.parametrize("text, broken", [
    ("I am wondering whether to bring it up to him>.", r">|wondering whether\."),
    ("its okay my bad", r"your bad"),
    ("I dont know whether", r"whether\."),
])
def test_a_reflection_never_carries_a_stray_mark_an_apology_turned_round_or_a_hanging_join(text, broken):
    from companion.reflection import opening_reflections

    assert not any(re.search(broken, r) for r in opening_reflections(text))


def test_a_question_with_a_few_plain_words_after_it_is_still_a_question():
    assert turn_kind("do you know a good recipe? my kids are fussy") == "asks_question"
    # ...but what follows is the point when it carries pain, or asks more
    assert turn_kind("Is it normal? I feel awful about it all.") is None
    assert turn_kind("And if i move out? No flat? I have two toddlers i have to look after too.") is None


@pytest.mark.parametrize("text, kind", [
    ("Fair point. Maybe she's just swamped at work. What else would you suggest?", "advice_request"),
    ("what would u recommend", "advice_request"),
    ("I might. Would you recommend me bringing flowers and a card?", "asks_opinion"),
    ("I'm going to my sister's for the holidays. any plans yourself?", "asks_companion"),
])
def test_suggestions_recommendations_and_plans_asked_of_the_companion(text, kind):
    assert turn_kind(text) == kind


def test_gladness_is_held_back_when_they_say_they_can_never_trust_again():
    heard = "Thank you, I'm so glad you get it. I don't think I'll ever be able to trust a partner again!"
    assert hurtful_words("I'm really glad for you.", heard) is not None
    assert hurtful_words("I'm really glad for you.", "I finally trust myself again") is None
