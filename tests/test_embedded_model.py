"""A few real turns with the embedded SmolLM2 model (prepared by set-up)."""
import pytest

from companion.config import Config
from companion.conversation import Turn
from companion.guard import Guard
from companion.models import load_chat_model
from companion.responder import Responder

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def responder():
    from companion.config import PROJECT_ROOT
    from companion.prompts import load_prompts

    cfg = Config()
    cfg.generation.seed = 1234
    cfg.generation.reaction = "model"     # these tests are of the model's part
    model = load_chat_model(cfg, progress=lambda m: None)
    return Responder(model, Guard(), load_prompts(PROJECT_ROOT / "prompts"), cfg)


def test_real_model_replies_are_guarded_sentences_over_several_turns(responder):
    history: list[Turn] = []
    turns = [
        "I lost my job on Friday and I can't stop replaying the meeting.",
        "My partner says it's fine but I feel like a failure.",
        "I don't even know what to tell my kids.",
    ]
    guard = Guard()
    for text in turns:
        stream = responder.respond(history, text)
        sentences = list(stream)
        reply = stream.reply
        assert 1 <= len(sentences) <= 4
        for s in sentences:
            assert s.text.strip()
            assert guard.check(s.text).passed, s.text  # nothing unchecked or rejected is released
        assert not reply.crisis
        assert {s.source for s in sentences} <= {"reflection", "model", "fallback"}
        # a reflection of their words can only open the reply
        assert all(s.source != "reflection" for s in sentences[1:]), [s.source for s in sentences]
        if not reply.fallback:
            assert any(s.source == "model" for s in sentences), "the model wrote part of the reply"
            assert reply.first_sentence_s is not None
        history += [Turn("person", text), Turn("companion", reply.text)]


def test_real_model_continues_after_a_prefix(responder):
    from companion.language_model import GenerationRequest

    msgs = responder.messages([], "My dog died this morning.")
    chunks = responder.model.generate(GenerationRequest(msgs, prefix="I'm so sorry.", max_tokens=12, seed=3))
    text = "".join(chunks)
    assert text.strip(), "the model produced a continuation"
    assert "I'm so sorry." not in text, "the prefix is not repeated back"


def test_sampled_candidates_are_single_sentences_with_their_log_probability(responder):
    from companion.language_model import GenerationRequest
    from companion.sentences import split_sentences

    msgs = responder.messages([], "My sister stopped talking to me after the wedding.")
    request = GenerationRequest(msgs, prefix="So your sister went quiet after the wedding.", max_tokens=40,
                                temperature=0.8, seed=5)
    samples = responder.model.sample_sentences(request, 3)
    assert len(samples) == 3
    for text, mean_logprob in samples:
        assert text.strip() and -20 < mean_logprob < 0
        # each row stopped at the end of its first sentence (plus at most the next word)
        assert len(split_sentences(text)) <= 2 and len(text.split()) <= 40


def test_a_missing_adapter_is_a_plain_error(tmp_path):
    from companion.errors import ModelUnavailable

    cfg = Config()
    cfg.model.adapter = str(tmp_path / "nowhere")
    with pytest.raises(ModelUnavailable, match="no LoRA adapter"):
        load_chat_model(cfg, progress=lambda m: None)


def test_the_adapter_is_merged_once_and_the_merged_model_is_reused():
    from companion.models import is_prepared, ready_model_dir

    cfg = Config()
    assert cfg.adapter_dir is not None and (cfg.adapter_dir / "adapter_config.json").exists()
    directory, tuned = ready_model_dir(cfg, progress=lambda m: None)
    assert tuned and is_prepared(directory) and "peer_adapter" in directory.name
    stamp = (directory / "model.safetensors").stat().st_mtime_ns
    again, _ = ready_model_dir(cfg, progress=lambda m: None)
    assert again == directory and (again / "model.safetensors").stat().st_mtime_ns == stamp
    model = load_chat_model(cfg, progress=lambda m: None)
    assert model.tuned, "the companion sends the short prompt the adapter was trained with"


def test_a_full_disk_while_preparing_a_model_is_one_plain_error_and_leaves_nothing_half_written(tmp_path):
    import errno

    from companion.errors import ModelUnavailable
    from companion.models import _save_prepared, is_prepared

    class FullDisk:
        def save_pretrained(self, path):
            path.mkdir(parents=True)
            (path / "model.safetensors").write_bytes(b"half")
            raise OSError(errno.ENOSPC, "No space left on device")

    out = tmp_path / "models" / "m"
    with pytest.raises(ModelUnavailable, match="not enough disk space"):
        _save_prepared(FullDisk(), FullDisk(), out, "test")
    assert not is_prepared(out) and not out.exists() and not (tmp_path / "models" / "m.partial").exists()
