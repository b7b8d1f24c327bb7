"""Train the peer-style LoRA adapter for the embedded SmolLM2-135M-Instruct.

    .venv/bin/python training/train_peer_adapter.py [--epochs 3] [--out training/peer_adapter]

Reads training/peer_style*.jsonl (exchanges written for this project across
many life situations, never ESConv or CounselChat text: peer_style.jsonl has
longer replies, peer_style_short_*.jsonl three short sentences each: a
reflection, a plain reaction in the person's words, an open question). Each example becomes
the prompt the companion uses at run time with an adapter (the short system
prompt in prompts/system_tuned.md, no few-shot examples, the conversation so
far) followed by the reply; the loss is on the
reply only. One example in ten is held back to report validation loss.

Runs on the CPU (two cores: see training_log.json for the time it took).
Deterministic for a given seed and library versions. Writes the adapter
(adapter_config.json + adapter_model.safetensors, about 2 MB) and
``training_log.json`` with the settings and the losses.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from companion.config import load_config  # noqa: E402
from companion.models import chat_model_dir  # noqa: E402
from companion.prompts import load_prompts  # noqa: E402


def load_examples(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def to_messages(example: dict, system: str) -> list[dict]:
    msgs = [{"role": "system", "content": system}]
    for turn in example["context"]:
        role = "user" if turn["role"] == "seeker" else "assistant"
        if len(msgs) > 1 and msgs[-1]["role"] == role:
            msgs[-1] = {"role": role, "content": msgs[-1]["content"] + " " + turn["text"]}
        else:
            msgs.append({"role": role, "content": turn["text"]})
    return msgs


def encode(tokenizer, example: dict, system: str, max_tokens: int) -> tuple[list[int], list[int]]:
    """Token ids and labels (-100 on the prompt, so only the reply is learned)."""
    prompt = tokenizer.apply_chat_template(to_messages(example, system), add_generation_prompt=True, tokenize=False)
    prompt_ids = tokenizer(prompt, add_special_tokens=False).input_ids
    reply_ids = tokenizer(example["reply"] + "<|im_end|>", add_special_tokens=False).input_ids
    # Keep the end of a long conversation: the last turns matter most.
    keep = max_tokens - len(reply_ids)
    if len(prompt_ids) > keep:
        system_ids = tokenizer(tokenizer.apply_chat_template(to_messages(example, system)[:1], tokenize=False),
                               add_special_tokens=False).input_ids
        prompt_ids = system_ids + prompt_ids[len(prompt_ids) - (keep - len(system_ids)):]
    return prompt_ids + reply_ids, [-100] * len(prompt_ids) + reply_ids


def compress_adapter(out: Path, rank: int) -> float:
    """Store the adapter at a lower rank: each layer's update (B @ A times
    the LoRA scale) is replaced by its best rank-``rank`` approximation
    (truncated SVD), with the scale folded in. Returns the share of the
    updates' energy (squared Frobenius norm) kept. Halves the file for rank
    8 of 16, so it stays small enough to keep in git."""
    import torch
    from safetensors.torch import load_file, save_file

    config_path, weights_path = out / "adapter_config.json", out / "adapter_model.safetensors"
    config = json.loads(config_path.read_text())
    if config["r"] <= rank:
        return 1.0
    scale = config["lora_alpha"] / config["r"]
    weights = load_file(weights_path)
    kept = total = 0.0
    compressed = {}
    for key in [k for k in weights if ".lora_A." in k]:
        b_key = key.replace(".lora_A.", ".lora_B.")
        update = (weights[b_key].float() @ weights[key].float()) * scale
        u, sv, vt = torch.linalg.svd(update, full_matrices=False)
        kept, total = kept + float((sv[:rank] ** 2).sum()), total + float((sv ** 2).sum())
        root = sv[:rank].sqrt()
        compressed[b_key] = (u[:, :rank] * root).to(torch.float16).contiguous()
        compressed[key] = (root[:, None] * vt[:rank]).to(torch.float16).contiguous()
    save_file(compressed, weights_path)
    config.update(r=rank, lora_alpha=rank, base_model_name_or_path=None)   # scale 1: folded in above
    config_path.write_text(json.dumps(config, indent=2, sort_keys=True) + "\n")
    return kept / total if total else 1.0


def main() -> int:
    # Over 60 lines on purpose: one training run read top to bottom (load, split,
    # train, export, choose thresholds, report), in the order it happens.
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", nargs="+", default=[str(p) for p in sorted(HERE.glob("peer_style*.jsonl"))],
                    help="JSONL files of exchanges (default: training/peer_style*.jsonl)")
    ap.add_argument("--out", default=str(HERE / "peer_adapter"))
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--rank", type=int, default=16)
    ap.add_argument("--alpha", type=int, default=32)
    ap.add_argument("--lr", type=float, default=3e-4)
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--max-tokens", type=int, default=384)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--limit", type=int, default=0, help="use only the first N examples (a quick check)")
    ap.add_argument("--store-rank", type=int, default=8, help="rank the adapter is stored at (truncated SVD)")
    ap.add_argument("--compress-only", action="store_true",
                    help="only re-store the adapter already in --out at --store-rank")
    args = ap.parse_args()
    if args.compress_only:
        if not (Path(args.out) / "adapter_config.json").exists():
            raise SystemExit(f"no adapter in {args.out}")
        energy = compress_adapter(Path(args.out), args.store_rank)
        print(f"stored at rank {args.store_rank}: {100 * energy:.1f}% of the updates' energy kept")
        return 0

    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.set_num_threads(2)
    cfg = load_config()
    system = load_prompts(cfg.prompts_dir).system_prompt(tuned=True)
    model_dir = chat_model_dir(cfg)
    tokenizer = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32, local_files_only=True)
    lora = LoraConfig(r=args.rank, lora_alpha=args.alpha, lora_dropout=0.05, task_type="CAUSAL_LM",
                      target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"])
    model = get_peft_model(model, lora)

    examples = [e for path in args.data for e in load_examples(Path(path))]
    if args.limit:
        examples = examples[:args.limit]
    order = list(range(len(examples)))
    random.Random(args.seed).shuffle(order)
    n_val = max(1, len(examples) // 10)
    val = [encode(tokenizer, examples[i], system, args.max_tokens) for i in order[:n_val]]
    train = [encode(tokenizer, examples[i], system, args.max_tokens) for i in order[n_val:]]
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    print(f"{len(train)} training and {len(val)} validation examples; {trainable:,} trainable parameters",
          flush=True)

    def batches(data, size, shuffle):
        # Examples of similar length share a batch (little padding to compute);
        # the batches come in a new order each epoch.
        idx = sorted(range(len(data)), key=lambda i: len(data[i][0]))
        groups = [idx[start:start + size] for start in range(0, len(idx), size)]
        if shuffle:
            random.shuffle(groups)
        for group in groups:
            chunk = [data[i] for i in group]
            width = max(len(ids) for ids, _ in chunk)
            pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
            ids = torch.tensor([x + [pad] * (width - len(x)) for x, _ in chunk])
            labels = torch.tensor([y + [-100] * (width - len(y)) for _, y in chunk])
            mask = torch.tensor([[1] * len(x) + [0] * (width - len(x)) for x, _ in chunk])
            yield ids, labels, mask

    def validation_loss() -> float:
        model.eval()
        total, n = 0.0, 0
        with torch.no_grad():
            for ids, labels, mask in batches(val, args.batch, False):
                out = model(input_ids=ids, attention_mask=mask, labels=labels)
                tokens = int((labels[:, 1:] != -100).sum())
                total, n = total + float(out.loss) * tokens, n + tokens
        model.train()
        return total / max(1, n)

    steps = args.epochs * ((len(train) + args.batch - 1) // args.batch)
    optimiser = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=args.lr, weight_decay=0.0)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, (s + 1) / 10) * max(0.0, 1 - s / steps))
    settings = {k: v for k, v in vars(args).items()}
    settings["data"] = [str(Path(p).resolve().relative_to(HERE.parent)) if Path(p).resolve().is_relative_to(HERE.parent)
                        else p for p in args.data]
    log = {"settings": settings, "examples": len(examples), "val_loss": [validation_loss()], "train_loss": []}
    print(f"validation loss before: {log['val_loss'][0]:.3f}", flush=True)
    t0, step = time.monotonic(), 0
    model.train()
    for epoch in range(args.epochs):
        running = []
        for ids, labels, mask in batches(train, args.batch, True):
            loss = model(input_ids=ids, attention_mask=mask, labels=labels).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            running.append(loss.item())
            step += 1
            if step % 10 == 0:
                print(f"  step {step}/{steps}  loss {sum(running[-10:]) / len(running[-10:]):.3f}  "
                      f"{time.monotonic() - t0:.0f} s", flush=True)
        log["train_loss"].append(sum(running) / len(running))
        log["val_loss"].append(validation_loss())
        print(f"epoch {epoch + 1}: train {log['train_loss'][-1]:.3f}  validation {log['val_loss'][-1]:.3f}",
              flush=True)
    log["seconds"] = round(time.monotonic() - t0, 1)
    log["store_rank"] = args.store_rank
    out = Path(args.out)
    model.save_pretrained(out)
    # Stored in float16 (half the size in git); loaded into the float32 model.
    from safetensors.torch import load_file, save_file
    weights = out / "adapter_model.safetensors"
    save_file({k: v.to(torch.float16) for k, v in load_file(weights).items()}, weights)
    log["energy_kept"] = round(compress_adapter(out, args.store_rank), 4)
    (out / "README.md").write_text(
        "# Peer-style LoRA adapter for SmolLM2-135M-Instruct\n\n"
        "Made by `training/train_peer_adapter.py` from `training/peer_style*.jsonl` (written for this project).\n"
        "Settings and losses: `training_log.json`. Used when `config.toml` sets `[model] adapter`.\n")
    (out / "training_log.json").write_text(json.dumps(log, indent=2) + "\n")
    print(f"wrote {out} in {log['seconds']:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
