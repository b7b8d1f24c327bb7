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


# -- the layer loading in the background (on by default) --------------------------
def test_the_learned_layer_is_on_by_default():
    from companion.config import Config

    g = Config().guard
    assert g.learned_layer and g.learned_model == "encoder"


def _layer(found=()):
    class Layer:
        def categories(self, sentence):
            return list(found)

    return Layer()


def test_a_layer_that_fails_to_load_makes_the_guard_reject_everything(capsys):
    from companion.guard import BackgroundLayer, Guard

    def load():
        raise FileNotFoundError("model.int8.onnx")

    layer = BackgroundLayer(load, wait_s=5)
    assert not layer.wait(5)
    guard = Guard(learned=layer)
    for sentence in ("That sounds like a long week.", "I hear you."):
        v = guard.check(sentence)
        assert v.verdict == "reject" and "did not load" in v.error
    assert "did not load" in capsys.readouterr().err


def test_a_check_waits_for_the_layer_still_loading():
    import threading

    from companion.guard import BackgroundLayer, Guard

    go = threading.Event()

    def load():
        go.wait(5)
        return _layer(["H1"])

    guard = Guard(learned=BackgroundLayer(load, wait_s=10))
    threading.Timer(0.2, go.set).start()
    v = guard.check("It might be nice to get out more.")   # waits, then the layer answers
    assert v.verdict == "reject" and v.categories == ["H1"] and v.triggers[0].rule == "learned"


def test_past_the_wait_a_layer_still_loading_holds_sentences_back_until_it_is_ready():
    import threading

    from companion.guard import BackgroundLayer, Guard

    go = threading.Event()

    def load():
        go.wait(5)
        return _layer()

    layer = BackgroundLayer(load, wait_s=0.05)
    guard = Guard(learned=layer)
    v = guard.check("That sounds like a long week.")
    assert v.verdict == "reject" and "still loading" in v.error
    go.set()
    assert layer.wait(5)
    assert guard.check("That sounds like a long week.").verdict == "pass"


def test_guard_from_config_returns_at_once_and_loads_the_layer_behind(tmp_path):
    import time

    from companion.config import Config
    from companion.guard import BackgroundLayer, guard_from_config

    cfg = Config()
    t0 = time.perf_counter()
    guard = guard_from_config(cfg)
    assert time.perf_counter() - t0 < 0.5
    assert isinstance(guard.learned, BackgroundLayer)
    assert guard.learned.wait(60), guard.learned.error
    assert guard.check("You need to see a psychiatrist.").verdict == "reject"
    assert guard.check("That sounds like a long week.").verdict == "pass"


def test_the_companions_fixed_lines_pass_the_shipped_layer():
    """The learned layer rejects none of the lines the companion says without
    a model (fallbacks, the persona's lines, the safety messages) that the
    rules pass: a rejected fixed line would go unsaid."""
    import tomllib

    from companion.config import PROJECT_ROOT, Config
    from companion.guard import Guard, build_guard
    from companion.risk.answer import load_crisis_lines
    from companion.sentences import split_sentences

    guard = build_guard(True, 0.0, "encoder", Config().cache_dir)
    lines = set()

    def walk(x, key=""):
        if key in ("topic", "name"):   # what a line is for, or the persona's name: never said
            return
        if isinstance(x, str):
            lines.update(s for s in split_sentences(x.replace("{reflection}", "you feel tired")) if "{" not in s)
        elif isinstance(x, dict):
            [walk(v, k) for k, v in x.items()]
        elif isinstance(x, list):
            [walk(v) for v in x]

    for name in ("fallback.toml", "persona.toml"):
        walk(tomllib.loads((PROJECT_ROOT / "prompts" / name).read_text()))
    lines.update(load_crisis_lines(PROJECT_ROOT / "prompts" / "crisis.toml", Config().safety).all_messages())
    rules = Guard()
    # (a line the rules themselves reject is theirs to answer for, not the layer's)
    rejected = [(s, guard.check(s).reasons()) for s in sorted(lines)
                if rules.check(s).passed and not guard.check(s).passed]
    assert len(lines) > 100 and not rejected, rejected


def test_a_threshold_of_0_means_the_shipped_one_for_the_ngram_layer_too():
    from companion.guard import build_guard

    guard = build_guard(True, 0.0, "ngram")
    assert guard.learned.threshold == 0.5
    assert guard.check("That sounds like a long week.").verdict == "pass"
