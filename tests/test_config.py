import pytest

from companion.config import config_from_dict, load_config
from companion.errors import ConfigError


def test_project_config_loads_and_matches_defaults():
    cfg = load_config()
    assert cfg.model.backend == "embedded"
    assert cfg.generation.max_sentences == 3
    assert "en-US" in cfg.safety.lines and "default" in cfg.safety.lines


@pytest.mark.parametrize("data,message", [
    ({"model": {"backend": "gpt5"}}, "model.backend must be one of: embedded, transformers, gguf, openai"),
    ({"model": {"bakend": "embedded"}}, "unknown key model.bakend (allowed in [model]: backend"),
    ({"modle": {}}, "unknown section [modle]"),
    ({"generation": {"top_k": "forty"}}, "generation.top_k must be an integer"),
    ({"generation": {"temperature": 9}}, "generation.temperature must be between 0 and 5"),
    ({"conversation": {"save_transcripts": "yes"}}, "conversation.save_transcripts must be true or false"),
    ({"model": {"backend": "openai"}}, "model.endpoint is required"),
    ({"model": {"backend": "gguf"}}, "model.path is required"),
    ({"safety": {"lines": {"en-US": 988}}}, "safety.lines must be a table of strings"),
])
def test_bad_values_name_the_key_and_what_is_allowed(data, message):
    with pytest.raises(ConfigError) as e:
        config_from_dict(data)
    assert message in str(e.value)


def test_invalid_toml_and_missing_file_are_plain_errors(tmp_path):
    bad = tmp_path / "config.toml"
    bad.write_text("[model\nbackend = 1")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(bad)
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.toml")


def test_user_lines_extend_the_built_in_ones():
    cfg = config_from_dict({"safety": {"locale": "de-DE", "lines": {"de-DE": "die Telefonseelsorge"}}})
    assert cfg.safety.lines["de-DE"] == "die Telefonseelsorge"
    assert "en-GB" in cfg.safety.lines


def test_xdg_locations(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "c"))
    cfg = config_from_dict({})
    assert cfg.cache_dir == tmp_path / "c" / "companion"
    assert cfg.data_dir == tmp_path / "data" / "companion"  # from the autouse fixture
    cfg = config_from_dict({"paths": {"cache_dir": str(tmp_path / "mine")}})
    assert cfg.cache_dir == tmp_path / "mine"
