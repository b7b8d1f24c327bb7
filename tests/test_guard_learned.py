"""The guard's optional learned layer (n-gram classifiers shipped as numbers)."""
from companion.guard import build_guard
from companion.guard_learned import NgramClassifier, ngrams


def test_ngrams_mark_sentence_start_and_expand_contractions():
    grams = ngrams("Don't wait.")
    assert "<s> do not" in grams and "not wait </s>" in grams and "wait" in grams


def test_classifier_scores_are_probabilities_per_category():
    clf = NgramClassifier.load()
    probs = clf.probabilities("I would strongly encourage you to find a counselor near you.")
    assert set(probs) == {"E1", "E2", "E3", "H1", "H2", "H3"}
    assert all(0.0 <= p <= 1.0 for p in probs.values())
    assert probs["E3"] > 0.5 and probs["H1"] > 0.5
    calm = clf.probabilities("That sounds like a really long week.")
    assert max(calm.values()) < 0.5


def test_learned_layer_adds_to_the_rules_and_names_itself():
    rules_only, with_layer = build_guard(), build_guard(learned_layer=True, threshold=0.5)
    sentence = "Many of the couples I work with find this stage hard."
    assert rules_only.check(sentence).verdict == "pass"
    v = with_layer.check(sentence)
    assert v.verdict == "reject" and v.categories == ["E1"] and v.triggers[0].rule == "learned"
    assert with_layer.check("You should be proud of that.").verdict == "pass"
