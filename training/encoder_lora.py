"""What the risk and guard encoders share: MiniLM with a LoRA adapter on every
linear layer, mean-pooled sentence vectors, batches of similar length, and
the adapter saved for `companion prepare` to merge and export to int8 ONNX."""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np

SEED = 7
# Embeddings are unit length; the heads see them scaled, so their logits can be large.
SCALE = 10.0
TARGETS = ["query", "key", "value", "attention.output.dense", "intermediate.dense", "output.dense"]


def training_options(parser, epochs: int, report: Path):
    """The options every encoder trainer takes; returns the parsed arguments
    after seeding torch and fixing its threads (this machine has two cores)."""
    import torch

    parser.add_argument("--epochs", type=int, default=epochs)
    parser.add_argument("--rank", type=int, default=8)
    parser.add_argument("--report", default=str(report))
    args = parser.parse_args()
    torch.manual_seed(SEED)
    torch.set_num_threads(2)
    return args


def lora_encoder(rank: int):
    """(tokenizer, MiniLM with a fresh LoRA adapter of this rank)."""
    from peft import LoraConfig, get_peft_model

    from companion.embeddings import load_encoder

    tokenizer, base = load_encoder()
    return tokenizer, get_peft_model(base, LoraConfig(r=rank, lora_alpha=2 * rank, lora_dropout=0.1,
                                                      target_modules=TARGETS))


def pooled(tokenizer, encoder, texts: list[str]):
    """Mean-pooled, unit-length, scaled sentence vectors (as the ONNX export computes them)."""
    import torch

    enc = tokenizer(texts, padding=True, truncation=True, max_length=128, return_tensors="pt")
    hidden = encoder(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"]).last_hidden_state
    mask = enc["attention_mask"].unsqueeze(-1).float()
    return torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=-1) * SCALE


def length_batches(texts: list[str], batch: int, rng: np.random.RandomState) -> list[np.ndarray]:
    """Batches of texts of similar length (less padding: long texts are several
    times slower than short ones); shuffle their order each epoch."""
    lengths = np.array([len(t) for t in texts]) + rng.rand(len(texts)) * 20
    by_length = np.argsort(lengths)
    return [by_length[i:i + batch] for i in range(0, len(texts), batch)]


def step(loss, optimiser, schedule) -> float:
    """One optimiser step; the batch's loss as a number."""
    optimiser.zero_grad()
    loss.backward()
    optimiser.step()
    schedule.step()
    return float(loss.item())


def report_epoch(epoch: int, losses: list[float], started: float) -> None:
    """The epoch's mean batch loss (the last batch alone swings widely)."""
    import time

    print(f"epoch {epoch + 1}: mean loss {sum(losses) / max(len(losses), 1):.3f}, {time.time() - started:.0f} s",
          flush=True)


def save_adapter(encoder, out: Path) -> None:
    out = Path(out)
    shutil.rmtree(out, ignore_errors=True)
    encoder.save_pretrained(str(out))
    for extra in out.glob("README.md"):
        extra.unlink()
