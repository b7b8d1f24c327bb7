"""The opening reflection and the peer-style checks: pure, no model."""
import pytest

from companion.peer_style import pick_share, style_problem
from companion.prompts import Share
from companion.reflection import longest_shared_run, opening_reflection, opening_reflections
from companion.reply_eval import mirrors, parrots


@pytest.mark.parametrize("said, expected", [
    ("My cousin stopped coming round when she promised she would and i slowly stopped replying to her texts.",
     ("your cousin stopped coming round", "you slowly stopped replying")),
    ("I am feeling sad and lonely", "you are feeling sad and lonely"),
    ("Yeah, very lonely and very scared.", "you're feeling lonely and scared"),
    ("I tell myself it's fine but i feel really betrayed.", "you feel betrayed"),
    ("I have precious evenings with my son", "you have precious evenings with your son"),
    ("yeah maybe everyone is worn out on some level thanks to the strikes", "everyone is worn out"),  # not a thank-you
])
def test_reflection_turns_the_person_round(said, expected):
    reflection = opening_reflection(said)
    expected = (expected,) if isinstance(expected, str) else expected
    assert reflection is not None and any(e in reflection.lower() for e in expected)
    assert reflection.endswith(".") and reflection[0].isupper()


PARAPHRASABLE = [
    "I was recently laid off from my post because of the budget cuts, and am now broke before christmas",
    "My aunt passed away about a fortnight ago due to cancer, it has been hard trying to cope.",
]


@pytest.mark.parametrize("said", PARAPHRASABLE + [
    "We rented a tiny flat in leeds and the landlord raised the rent twice this year.",
    "She met some guy at the gym on a trial pass that i had no idea she was even using",
])
def test_every_reflection_takes_up_their_words_without_parroting_more_than_five(said):
    offered = list(opening_reflections(said))
    assert offered
    for reflection in offered:
        assert longest_shared_run(reflection, said) <= 5, reflection
        assert mirrors(reflection, said), "a reflection takes up at least two of their words"
        last = reflection.rstrip(".").split()[-1].lower()
        assert last not in {"a", "the", "to", "of", "due", "your", "and", "with"}, reflection


@pytest.mark.parametrize("said", PARAPHRASABLE)
def test_a_true_paraphrase_comes_first_when_there_is_one(said):
    reflection = opening_reflection(said)
    assert longest_shared_run(reflection, said) < 5 and not parrots(reflection, said)


@pytest.mark.parametrize("said", ["It kicked off a couple of days ago.",
                                  "She had a number of setbacks at work, including losing her promotion.",
                                  "batteries i should probably get, just a cheap pack"])
def test_a_reflection_never_ends_on_a_word_that_needs_what_followed(said):
    for reflection in opening_reflections(said):
        assert reflection.rstrip(".").split()[-1].lower() not in {"couple", "number", "get"}, reflection


def test_a_five_word_run_is_kept_rather_than_saying_nothing():
    said = "We lived in a cramped basement in leeds."
    assert opening_reflection(said) == "So you lived in a cramped basement."


def test_a_longer_echo_only_when_their_clause_is_whole():
    said = "I am one of the only cousins who still visits our nan at the care home"
    assert opening_reflection(said) == "So you're one of the few cousins who still visits your nan."
    # six of their words in a row, but cut off mid-thought: not offered
    said = "It just made me realise how pointless my job was."
    assert all(not r.rstrip(".").endswith("job") for r in opening_reflections(said))


@pytest.mark.parametrize("said, cut_off", [
    ("It just made me realise how pointless my job was.", "job"),
    ("I just feel like i have a hard time dealing with it all", "dealing"),
    ("I see other families that seem to have a calmer home.", "seem"),
])
def test_a_shortened_reflection_is_cut_at_a_phrase_boundary_not_mid_thought(said, cut_off):
    for reflection in opening_reflections(said):
        assert not reflection.rstrip(".").lower().endswith(cut_off), reflection


@pytest.mark.parametrize("said, expected", [
    ("It's hard to know what is fair.", "you find it hard to know what's fair"),
    ("It was so scary when he left.", "you found it scary when he left"),
    ("Its going to be so hard.", "you feel it's going to be hard"),
    ("No. It\u2019s hard to keep a steady routine going", "you find it hard"),
])
def test_what_is_hard_for_them_is_reflected_as_theirs(said, expected):
    assert expected in (opening_reflection(said) or "").lower()


def test_a_clause_is_reflected_up_to_where_it_turns_to_the_listener():
    said = "it's because i was a nurse to my grandad and now people are like what training do you have."
    assert opening_reflection(said).lower().rstrip('.').endswith("a nurse to your grandad")
    assert opening_reflection("may you join my facebook") is None


def test_an_aside_in_brackets_is_left_out():
    said = "I joined a choir and it's not much (only one evening a month), so i can't tell."
    assert all("(" not in r and "one evening" not in r for r in opening_reflections(said))


@pytest.mark.parametrize("said, expected", [
    ("I'm struggling with anxiety. I'm a dad at home with my twins.", "you're a dad"),
    ("I think things will settle, but not until the spring.", "you think things will settle"),
])
def test_further_reflections_are_offered_for_the_guard_to_choose_from(said, expected):
    assert any(expected in r.lower() for r in opening_reflections(said))


@pytest.mark.parametrize("said, expected", [
    ("Kind of pushy and annoying.", "Pushy and annoying"),
    ("Just kinda pissed.", "pissed"),
])
def test_a_short_fragment_naming_a_feeling_is_given_back(said, expected):
    assert expected in (opening_reflection(said) or "")


@pytest.mark.parametrize("said", ["Good afternoon/evening", "measles it spreads more than people think", "thats amazing",
                                  "especially when money rules everything these days"])
def test_fragments_without_a_feeling_or_a_clause_of_their_own_are_not_echoed(said):
    assert opening_reflection(said) is None


@pytest.mark.parametrize("said", [
    "hello", "Thanks again and best wishes!", "Do you have any advice?", "No", "yes for 5 years",
    "You are useless.",  # turned round it would become "I am useless"
])
def test_nothing_to_reflect_leaves_the_start_to_the_model(said):
    assert opening_reflection(said) is None


def test_longest_shared_run_counts_words_not_letters():
    assert longest_shared_run("so you lost your job", "i lost my job") == 1
    assert longest_shared_run("the flat feels empty now", "and the flat feels empty") == 4


@pytest.mark.parametrize("sentence, problem", [
    ("You may want to try going for a walk.", "soft advice"),
    ("It can really help to write it down.", "soft advice"),
    ("When I lost my wife I felt the same.", "invented life"),
    ("I apologize for that sentence.", "apology or meta talk"),
    ("Everyone goes through this at some point.", "lecture"),
    ("Breathing, walking, sleeping: all good.", "list or aside"),
    ("That reminds me of the hospital in Leeds.", "not from the conversation"),
    ("I can hear how much it hurt, and it makes me so sad that it happened to you and the house on such a quiet day, so quiet.",
     "too long"),
])
def test_style_problems_are_named(sentence, problem):
    found = style_problem(sentence, "My dog died and the house is quiet.")
    assert found is not None and found.startswith(problem), found


@pytest.mark.parametrize("sentence", [
    "That makes me sad to hear.", "What was she like?", "Your sister?",
    "The house sounds so quiet without her.", "I'm glad you told me.",
])
def test_peer_sentences_grounded_in_the_conversation_pass(sentence):
    assert style_problem(sentence, "My dog died and the house is quiet without her. My sister called.") is None


def test_a_share_is_picked_by_topic_and_not_repeated():
    shares = [Share("grief loss died", "I never got to know them."), Share("sleep night tired", "Nights are long."),
              Share("general", "I'm glad you're telling me.")]
    assert pick_share(shares, "My grandad died on Tuesday.").text == "I never got to know them."
    assert pick_share(shares, "I can't sleep at night.").text == "Nights are long."
    assert pick_share(shares, "Work is a mess.").text == "I'm glad you're telling me."
    said = ["So he died. I never got to know them. What was he like?"]
    assert pick_share(shares, "My grandad died on Tuesday.", avoid=said).text != "I never got to know them."


def test_small_model_slips_seen_with_the_adapter_are_caught():
    hurting = "I keep overeating junk food and I feel awful about my body."
    assert style_problem("I'm glad to hear that.", hurting) == "delight when they are hurting"
    assert style_problem("I love that it's hurting your body.", hurting, strict_vocabulary=False)
    assert style_problem("So you will take my advice.", "I will take your advice.", strict_vocabulary=False)
    assert style_problem("Your worries don't make sense.", "I worry about money.", strict_vocabulary=False) == "minimising"
    # glad to be told is a peer's reaction, hurting or not
    assert style_problem("I'm glad you told me.", hurting) is None


def test_grounding_is_the_share_of_words_from_the_conversation():
    from companion.peer_style import grounding
    said = "My sister stopped talking to me after the wedding."
    assert grounding("The wedding and your sister sound hard.", said) == 1.0
    assert grounding("Skype rounds of loans in Florida.", said) == 0.0
    assert grounding("Okay.", said) == 1.0


@pytest.mark.parametrize("said", ["yes because of my knees and poor eyesight",
                                  "it's because of my husbands and my children"])
def test_a_phrase_without_a_verb_is_not_given_back_as_a_reflection(said):
    assert opening_reflection(said) is None


def test_a_clause_with_its_verb_is_kept():
    assert "your boss yells at you" in opening_reflection("My boss yells at me every single day.").lower()


@pytest.mark.parametrize("said, unwanted", [
    ("Yeah i tend to overthink everything lol", "lol"),
    ("only a spare key to carry on me at all times.", "on you times"),
    ("Last thing i want to do is upset my little sister", "like to do is"),
])
def test_laughter_and_phrases_survive_rewording(said, unwanted):
    assert all(unwanted not in r for r in opening_reflections(said))


@pytest.mark.parametrize("said, expected", [
    ("I know, i can't work out why she talks like that. I'm exhausted.", "you're exhausted."),
    ("I'm having a hard time coping with the new baby.", "you're having a hard time"),
    ("She's a chef, so cooking dinner might remind me of her.", "cooking dinner might remind you of her"),
    # ...with its "anymore": without it the denial says something else
    ("then he said he doesn't need me anymore imagine that", "he said he does not need you anymore."),
])
def test_more_of_what_people_say_is_given_back(said, expected):
    assert expected in (opening_reflection(said) or "").lower()


def test_a_bare_feeling_comes_only_when_nothing_fuller_can_be_said():
    # (a denial cut short, "you don't know the right choice", is not said; a doubt cut short is)
    offered = list(opening_reflections("I'm worried, i keep doubting the right choice for us here."))
    assert offered and "right choice" in offered[0]
    fuller = [r for r in offered if "right choice" in r]
    assert offered[:len(fuller)] == fuller and all("worried" in r for r in offered[len(fuller):])
    # ...and a cut inside "the best course | of action" leaves only the feeling
    assert all("best course" not in r for r in opening_reflections("I'm worried, i keep doubting the best course of action here."))


@pytest.mark.parametrize("said, expected", [
    ("Do you think cutting out coffee will help?", "So you're wondering whether cutting out coffee would help."),
    ("Maybe but what if she moves abroad", "So you're asking yourself, what if she moves abroad."),
    ("can you help me?", None),
])
def test_their_question_is_given_back_as_theirs(said, expected):
    from companion.question_reflection import question_reflection
    assert question_reflection(said) == expected
