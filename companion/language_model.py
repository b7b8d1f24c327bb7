"""Chat language models behind one narrow interface.

``ChatModel.generate(request)`` streams the text that continues the assistant's
turn after ``request.prefix``. The caller closes the iterator as soon as it has
what it needs (one sentence), which also stops decoding, so barge-in and
sentence-by-sentence guarding cost nothing extra.

Backends: a local transformers model directory (the embedded SmolLM2 is one,
prepared once from its GGUF), and an OpenAI-compatible chat endpoint.
"""
from __future__ import annotations

import json
import os
import re
import threading
import urllib.error
import urllib.request
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, runtime_checkable

from .errors import ModelUnavailable


@dataclass
class GenerationRequest:
    messages: list[dict]
    prefix: str = ""
    max_tokens: int = 40
    temperature: float = 0.7
    top_k: int = 40
    top_p: float = 0.9
    repetition_penalty: float = 1.15
    seed: int | None = None
    # Token sequences that must never be produced (suppressed while decoding).
    banned_phrases: list[str] = field(default_factory=list)
    # Set to stop at once (the person interrupted).
    cancel: threading.Event | None = field(default=None, compare=False, repr=False)


class ModelError(Exception):
    """A model failed while generating (not the person's fault)."""


class ChatModel(Protocol):
    name: str
    # the weights carry a style adapter: it expects the short prompt it was trained with
    tuned: bool

    def generate(self, request: GenerationRequest) -> Generator[str, None, None]: ...

    def warm(self, messages: list[dict]) -> None:
        """Prepare the fixed opening of the prompt before the first reply."""


@runtime_checkable
class SamplingChatModel(Protocol):
    """A model that can also write several next sentences at once, each with
    its mean token log-probability (the ranked path of the reply)."""

    def sample_sentences(self, request: GenerationRequest, n: int) -> list[tuple[str, float]]: ...


class ChatModelDefaults:
    """What a chat model has when it has nothing special: no style adapter,
    nothing to prepare."""
    name = "model"
    tuned = False

    def warm(self, messages: list[dict]) -> None:
        return None


# ---------------------------------------------------------------------------
# A sentence has ended once its closing mark is followed by more text.
_FIRST_SENTENCE_END = re.compile(r"\w.*?[.!?][\"')\]]*\s+\S")


class TransformersChatModel(ChatModelDefaults):
    """A causal LM loaded from a local directory, run on the CPU in float32.

    bfloat16 is avoided on purpose: without AVX512-BF16 it is several times
    slower on this kind of CPU.
    """

    def __init__(self, model_dir: str | Path, threads: int = 2, adapter: str | Path | None = None,
                 tuned: bool = False):
        """``adapter``: a LoRA directory to merge in now; ``tuned``: the
        weights already carry a style adapter (merged and cached)."""
        model_dir = Path(model_dir)
        if not (model_dir / "config.json").exists():
            raise ModelUnavailable(f"no transformers model in {model_dir} (config.json missing)")
        try:
            import torch
            from transformers import AutoModelForCausalLM, AutoTokenizer
            from transformers.utils import logging as hf_logging
        except ImportError as e:
            raise ModelUnavailable(f"transformers/torch are not installed ({e}); run: bash scripts/setup.sh") from None
        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        torch.set_num_threads(max(1, threads))
        self._torch = torch
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
            self.model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32, local_files_only=True)
        except (OSError, ValueError) as e:
            raise ModelUnavailable(f"cannot load the model in {model_dir}: {e}") from None
        if adapter:
            if not (Path(adapter) / "adapter_config.json").exists():
                raise ModelUnavailable(f"model.adapter points to {adapter}, which holds no LoRA adapter "
                                       "(adapter_config.json missing)")
            try:
                from peft import PeftModel
            except ImportError:
                raise ModelUnavailable("model.adapter is set but peft is not installed; run: bash scripts/setup.sh") from None
            try:
                # Merged into the weights: no extra cost per token.
                self.model = PeftModel.from_pretrained(self.model, str(adapter)).merge_and_unload()
            except (OSError, ValueError, RuntimeError, KeyError) as e:
                raise ModelUnavailable(f"the adapter in {adapter} does not fit this model: {e}") from None
        self.model.eval()
        self.name = model_dir.name
        self.tuned = bool(adapter) or tuned   # it expects the short prompt it was trained with
        self._lock = threading.Lock()  # one generation at a time per model
        # The attention state of the last long prompt. Every reply starts with
        # the same system prompt and examples, so a new prompt reuses the
        # state of their shared opening instead of encoding it again.
        self._prefix_ids: list[int] = []
        self._prefix_cache = None

    _MIN_REUSE = 32  # tokens; below this a cached state is not worth copying

    def _cached_state(self, ids: list[int]):
        """A copy of the attention state for the longest cached opening of
        ``ids`` (always leaving one token to encode), or None."""
        import copy

        shared = 0
        for a, b in zip(ids[:-1], self._prefix_ids):
            if a != b:
                break
            shared += 1
        if shared < self._MIN_REUSE or self._prefix_cache is None:
            self._remember(ids)
            shared = len(self._prefix_ids)
            if shared < self._MIN_REUSE:
                return None
        cache = copy.deepcopy(self._prefix_cache)
        surplus = cache.get_seq_length() - shared
        if surplus > 0:
            cache.crop(-surplus)
        return cache

    def _remember(self, ids: list[int]) -> None:
        from transformers import DynamicCache

        torch = self._torch
        prefix = ids[:-1]
        if len(prefix) < self._MIN_REUSE:
            self._prefix_ids, self._prefix_cache = [], None
            return
        cache = DynamicCache()
        with torch.inference_mode():
            self.model(input_ids=torch.tensor([prefix]), past_key_values=cache, use_cache=True)
        self._prefix_ids, self._prefix_cache = prefix, cache

    def warm(self, messages: list[dict]) -> None:
        """Encode the fixed opening of every prompt once, before the first reply."""
        with self._lock:
            ids = self.tokenizer(self.prompt_text(messages, ""), add_special_tokens=False).input_ids
            self._remember(ids + [self.tokenizer.eos_token_id])

    def prompt_text(self, messages: list[dict], prefix: str) -> str:
        text = self.tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
        return text + prefix

    def _banned_ids(self, phrases: list[str]) -> list[list[int]] | None:
        ids = []
        for phrase in phrases:
            for variant in (phrase, " " + phrase):
                toks = self.tokenizer(variant, add_special_tokens=False).input_ids
                if toks:
                    ids.append(toks)
        return ids or None

    def generate(self, request: GenerationRequest) -> Generator[str, None, None]:
        from transformers import StoppingCriteria, StoppingCriteriaList, TextIteratorStreamer

        torch = self._torch
        stop = threading.Event()

        cancel = request.cancel

        class _Stop(StoppingCriteria):
            def __call__(self, input_ids, scores, **kwargs):
                return stop.is_set() or (cancel is not None and cancel.is_set())

        prompt = self.prompt_text(request.messages, request.prefix)
        inputs = self.tokenizer(prompt, return_tensors="pt", add_special_tokens=False)
        streamer = TextIteratorStreamer(self.tokenizer, skip_prompt=True, skip_special_tokens=True, timeout=120)
        sample = request.temperature > 0
        kwargs = dict(
            **inputs,
            max_new_tokens=request.max_tokens,
            do_sample=sample,
            repetition_penalty=request.repetition_penalty,
            streamer=streamer,
            stopping_criteria=StoppingCriteriaList([_Stop()]),
            pad_token_id=self.tokenizer.eos_token_id,
            bad_words_ids=self._banned_ids(request.banned_phrases),
        )
        if sample:
            kwargs.update(temperature=request.temperature, top_k=request.top_k, top_p=request.top_p)
        errors: list[BaseException] = []

        def run():
            try:
                with torch.inference_mode():
                    kwargs["past_key_values"] = self._cached_state(inputs.input_ids[0].tolist())
                    if request.seed is not None and request.seed >= 0:
                        torch.manual_seed(request.seed)
                    self.model.generate(**kwargs)
            except BaseException as e:  # reported to the consumer below
                errors.append(e)
                streamer.end()

        with self._lock:
            worker = threading.Thread(target=run, daemon=True)
            worker.start()
            try:
                for chunk in streamer:
                    if chunk:
                        yield chunk
            finally:
                stop.set()
                worker.join()
        if errors:
            raise ModelError(f"{type(errors[0]).__name__}: {errors[0]}")


    def sample_sentences(self, request: GenerationRequest, n: int) -> list[tuple[str, float]]:
        """``n`` sampled next sentences in one batch, each with the mean log
        probability of its tokens (how sure the model was of its own words),
        for the caller to rank. Each row stops at its first sentence end."""
        from transformers import StoppingCriteria, StoppingCriteriaList

        torch, tokenizer = self._torch, self.tokenizer
        prompt = self.prompt_text(request.messages, request.prefix)
        ids = tokenizer(prompt, return_tensors="pt", add_special_tokens=False).input_ids
        start = ids.shape[1]

        cancel = request.cancel

        class _SentenceEnd(StoppingCriteria):
            def __call__(self, input_ids, scores, **kwargs):
                if cancel is not None and cancel.is_set():
                    return torch.ones(input_ids.shape[0], dtype=torch.bool)
                return torch.tensor([bool(_FIRST_SENTENCE_END.search(tokenizer.decode(row[start:], skip_special_tokens=True)))
                                     for row in input_ids], dtype=torch.bool)

        kwargs = dict(input_ids=ids.repeat(n, 1), attention_mask=torch.ones(n, start, dtype=torch.long),
                      max_new_tokens=request.max_tokens, do_sample=True, temperature=max(0.1, request.temperature),
                      top_k=request.top_k, top_p=request.top_p, repetition_penalty=request.repetition_penalty,
                      stopping_criteria=StoppingCriteriaList([_SentenceEnd()]), pad_token_id=tokenizer.eos_token_id,
                      bad_words_ids=self._banned_ids(request.banned_phrases), output_scores=True,
                      return_dict_in_generate=True)
        try:
            with self._lock, torch.inference_mode():
                cache = self._cached_state(ids[0].tolist())
                if cache is not None:
                    cache.batch_repeat_interleave(n)
                    kwargs["past_key_values"] = cache
                if request.seed is not None and request.seed >= 0:
                    torch.manual_seed(request.seed)
                out = self.model.generate(**kwargs)
                logprobs = self.model.compute_transition_scores(out.sequences, out.scores, normalize_logits=True)
        except Exception as e:
            raise ModelError(f"{type(e).__name__}: {e}") from None
        results = []
        for row, row_logprobs in zip(out.sequences[:, start:], logprobs):
            keep = [(int(t), float(lp)) for t, lp in zip(row, row_logprobs)
                    if int(t) != tokenizer.eos_token_id and lp > float("-inf")]
            text = tokenizer.decode([t for t, _ in keep], skip_special_tokens=True)
            mean = sum(lp for _, lp in keep) / len(keep) if keep else float("-inf")
            results.append((text, mean))
        return results


# ---------------------------------------------------------------------------
class OpenAIChatModel(ChatModelDefaults):
    """An OpenAI-compatible /v1/chat/completions endpoint, streamed.

    A non-empty prefix is sent as a final assistant message to be continued
    (vLLM's ``continue_final_message``; llama.cpp's server treats a trailing
    assistant message as a prefill).
    """

    def __init__(self, endpoint: str, model_name: str = "", api_key_env: str = "", timeout_s: float = 30.0):
        self.endpoint = endpoint.rstrip("/")
        self.name = model_name or "default"
        self.api_key = os.environ.get(api_key_env, "") if api_key_env else ""
        self.timeout_s = timeout_s

    def _url(self) -> str:
        if self.endpoint.endswith("/chat/completions"):
            return self.endpoint
        return self.endpoint + "/chat/completions"

    def check(self) -> None:
        """Fail early, with a plain message, when the endpoint cannot be reached."""
        req = urllib.request.Request(self.endpoint + "/models", headers=self._headers())
        try:
            with urllib.request.urlopen(req, timeout=min(self.timeout_s, 5)):
                pass
        except urllib.error.HTTPError:
            pass  # reachable; some servers do not list models
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise ModelUnavailable(f"cannot reach the chat endpoint {self.endpoint} ({reason})") from None

    def _headers(self) -> dict:
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        return headers

    def generate(self, request: GenerationRequest) -> Generator[str, None, None]:
        messages = list(request.messages)
        body = {
            "model": self.name,
            "messages": messages,
            "stream": True,
            "max_tokens": request.max_tokens,
            "temperature": request.temperature,
            "top_p": request.top_p,
        }
        if request.top_k:
            body["top_k"] = request.top_k
        if request.seed is not None and request.seed >= 0:
            body["seed"] = request.seed
        if request.prefix:
            messages.append({"role": "assistant", "content": request.prefix})
            body.update(continue_final_message=True, add_generation_prompt=False)
        req = urllib.request.Request(self._url(), data=json.dumps(body).encode(), headers=self._headers())
        try:
            resp = urllib.request.urlopen(req, timeout=self.timeout_s)
        except urllib.error.HTTPError as e:
            raise ModelError(f"the chat endpoint answered {e.code} {e.reason}") from None
        except (urllib.error.URLError, OSError) as e:
            # A ModelError, not ModelUnavailable: mid-conversation, a server
            # that went away costs this reply its model text, not the conversation.
            raise ModelError(f"cannot reach the chat endpoint {self.endpoint} ({getattr(e, 'reason', e)})") from None
        with resp:
            try:
                for raw in resp:
                    line = raw.decode("utf-8", "replace").strip()
                    if not line.startswith("data:"):
                        continue
                    data = line[5:].strip()
                    if data == "[DONE]":
                        break
                    try:
                        choice = json.loads(data)["choices"][0]
                    except (ValueError, KeyError, IndexError):
                        raise ModelError("the chat endpoint sent a malformed stream") from None
                    piece = (choice.get("delta") or {}).get("content") or ""
                    if piece:
                        yield piece
            except (TimeoutError, OSError) as e:
                raise ModelError(f"the chat endpoint stopped answering ({e})") from None
