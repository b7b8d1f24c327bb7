"""Sentence embeddings from the offline MiniLM package (all-MiniLM-L6-v2).

Mean pooling over tokens and L2 normalisation, as the model was trained; a dot
product of two embeddings is their cosine similarity.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .models import embeddings_dir


class SentenceEmbedder:
    def __init__(self, threads: int = 2):
        import torch
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        torch.set_num_threads(max(1, threads))
        path = embeddings_dir()
        self._torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
        self.model = AutoModel.from_pretrained(path, local_files_only=True).eval()

    def embed(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        torch = self._torch
        out = []
        for i in range(0, len(texts), batch_size):
            batch = [t if t.strip() else "." for t in texts[i:i + batch_size]]
            enc = self.tokenizer(batch, padding=True, truncation=True, max_length=256, return_tensors="pt")
            with torch.inference_mode():
                hidden = self.model(**enc).last_hidden_state
            mask = enc["attention_mask"].unsqueeze(-1).float()
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            out.append(torch.nn.functional.normalize(pooled, dim=-1).numpy())
        return np.concatenate(out) if out else np.zeros((0, 384), dtype=np.float32)


# -- ONNX Runtime, int8: the fast path for classifiers on every turn ----------
# MiniLM in PyTorch takes 8-20 ms a sentence on this 2-core CPU; exported to
# ONNX with per-channel int8 weights it takes ~2 ms, and its embeddings keep a
# cosine of ~0.99 with the float model's. Classifiers are trained on these
# int8 embeddings, so training and use see the same numbers.
ONNX_DIRNAME = "all-minilm-l6-v2-onnx-int8"
ONNX_FILE = "model.int8.onnx"
MAX_TOKENS = 128


def load_encoder(adapter: Path | None = None):
    """MiniLM in PyTorch (tokenizer, model), with a LoRA adapter merged into
    its weights when one is given."""
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    path = embeddings_dir()
    tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
    model = AutoModel.from_pretrained(path, local_files_only=True).eval()
    if adapter is not None:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, str(adapter)).merge_and_unload().eval()
    return tokenizer, model


def adapter_digest(adapter: Path) -> str:
    import hashlib

    return hashlib.sha256((adapter / "adapter_model.safetensors").read_bytes()
                          + (adapter / "adapter_config.json").read_bytes()).hexdigest()[:12]


def onnx_dir(cache_dir: Path, adapter: Path | None = None) -> Path:
    """Where the int8 model is cached; keyed by the adapter's content, so a
    retrained adapter is exported again."""
    name = ONNX_DIRNAME if adapter is None else f"{ONNX_DIRNAME}+{adapter.name}-{adapter_digest(adapter)}"
    return Path(cache_dir) / "models" / name


def export_onnx(out_dir: Path, adapter: Path | None = None, encoder=None) -> Path:
    """Export MiniLM (with ``adapter`` merged, or the given (tokenizer,
    model)) and its mean pooling to ONNX, and quantise its weights to int8
    (once, ~5 s). Written atomically: a half-written model is never taken for
    a prepared one."""
    import logging
    import shutil
    import tempfile
    import warnings

    out = out_dir / ONNX_FILE
    if out.exists():
        return out
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    tokenizer, model = encoder or load_encoder(adapter)

    class Pooled(torch.nn.Module):
        def __init__(self, encoder):
            super().__init__()
            self.encoder = encoder

        def forward(self, input_ids, attention_mask):
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, dim=-1)

    sample = tokenizer(["a sentence", "another one here"], padding=True, return_tensors="pt")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out_dir) as tmp:
        fp32, int8 = Path(tmp) / "model.onnx", Path(tmp) / ONNX_FILE
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(Pooled(model.eval()), (sample["input_ids"], sample["attention_mask"]), str(fp32),
                              input_names=["input_ids", "attention_mask"], output_names=["embedding"],
                              dynamic_axes={"input_ids": {0: "batch", 1: "tokens"},
                                            "attention_mask": {0: "batch", 1: "tokens"},
                                            "embedding": {0: "batch"}},
                              opset_version=17, dynamo=False)
            # onnxruntime's quantiser gives advice through the root logger, which
            # would land on the person's screen at the first start
            root = logging.getLogger()
            level, root.level = root.level, logging.ERROR
            try:
                quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8, per_channel=True)
            finally:
                root.setLevel(level)
        shutil.move(str(int8), out)
    return out


class OnnxSentenceEmbedder:
    """MiniLM through ONNX Runtime with int8 weights; the tokenizer is read
    with ``tokenizers`` alone, so neither torch nor transformers is imported."""

    def __init__(self, model_file: Path, threads: int = 2):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        options = ort.SessionOptions()
        options.intra_op_num_threads = max(1, threads)
        options.inter_op_num_threads = 1
        options.log_severity_level = 3   # no notices on the person's screen
        # no busy-waiting threads between runs: the voice loop shares 2 cores
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = ort.InferenceSession(str(model_file), options, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(embeddings_dir() / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        # Turns joined are cut from their start: the newest turn, the one
        # being answered, ends the text and is kept whole.
        self._tail_tokenizer = Tokenizer.from_str(self.tokenizer.to_str())
        self._tail_tokenizer.enable_truncation(MAX_TOKENS, direction="left")

    def embed(self, texts: Sequence[str], batch_size: int = 64, keep_end: bool = False) -> np.ndarray:
        """Unit-length embeddings; ``keep_end`` cuts a text too long from its
        start rather than its end."""
        tokenizer = self._tail_tokenizer if keep_end else self.tokenizer
        out = []
        for i in range(0, len(texts), batch_size):
            batch = tokenizer.encode_batch([t if t.strip() else "." for t in texts[i:i + batch_size]])
            ids = np.array([e.ids for e in batch], dtype=np.int64)
            mask = np.array([e.attention_mask for e in batch], dtype=np.int64)
            out.append(self.session.run(None, {"input_ids": ids, "attention_mask": mask})[0])
        return np.concatenate(out) if out else np.zeros((0, 384), dtype=np.float32)
