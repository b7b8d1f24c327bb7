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


# -- the tuned encoder ------------------------------------------------------------
def _toy_head():
    import numpy as np

    from companion.guard_learned import GuardHead

    coef = np.zeros((6, 384), np.float32)
    coef[3, 0] = 10.0      # H1 fires on the first dimension
    return GuardHead(["E1", "E2", "E3", "H1", "H2", "H3"], coef, np.full(6, -5.0, np.float32), 0.5)


def test_the_encoder_layer_names_the_categories_over_its_threshold(tmp_path):
    import numpy as np

    from companion.guard import Guard
    from companion.guard_learned import EncoderClassifier, GuardHead

    def embed(texts):
        return np.array([[1.0 if "ought" in t else 0.0] + [0.0] * 383 for t in texts], np.float32)

    layer = EncoderClassifier(embed, _toy_head())
    assert layer.categories("you ought to go") == ["H1"] and layer.categories("that sounds hard") == []
    assert Guard(learned=layer).check("You ought to go now.").categories == ["H1"]
    _toy_head().save(tmp_path / "head.npz")
    again = GuardHead.load(tmp_path / "head.npz")
    assert again.labels == _toy_head().labels and again.threshold == 0.5


def test_a_broken_encoder_layer_fails_closed():
    from companion.guard import Guard
    from companion.guard_learned import EncoderClassifier

    def broken(texts):
        raise RuntimeError("onnx session lost")

    v = Guard(learned=EncoderClassifier(broken, _toy_head())).check("That sounds like a long week.")
    assert v.verdict == "reject" and v.error
