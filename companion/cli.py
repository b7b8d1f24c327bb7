"""The ``companion`` command. Each subcommand is a thin shell over a module.

User errors (bad config, missing model, unreachable endpoint, Ctrl-C) end with
one plain line and a non-zero exit, never a traceback.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .config import Config, load_config
from .errors import CompanionError

EXIT_USER_ERROR = 2
EXIT_INTERRUPTED = 130


def _say_err(message: str) -> None:
    print(f"companion: {message}", file=sys.stderr, flush=True)


def _build_responder(cfg: Config):
    from .guard import build_guard
    from .models import load_chat_model
    from .prompts import load_prompts
    from .responder import Responder

    prompts = load_prompts(cfg.prompts_dir)
    model = load_chat_model(cfg)
    return Responder(model, build_guard(cfg.guard.learned_layer, cfg.guard.learned_threshold), prompts, cfg)


# ---------------------------------------------------------------------------
def cmd_chat(args, cfg: Config) -> int:
    from .chat import run_chat

    return run_chat(cfg, _build_responder(cfg))


def cmd_reply(args, cfg: Config) -> int:
    from .batch import reply_jsonl

    responder = _build_responder(cfg)
    return reply_jsonl(responder, args.jsonl, sys.stdout)


def cmd_guard(args, cfg: Config) -> int:
    from .guard import build_guard

    guard = build_guard(cfg.guard.learned_layer, cfg.guard.learned_threshold)
    for n, line in enumerate(sys.stdin, 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if args.jsonl:
            try:
                row = json.loads(line)
                ident, text = row.get("id", n), row["text"]
                if not isinstance(text, str):
                    raise TypeError
            except (ValueError, KeyError, TypeError, AttributeError):
                print(json.dumps({"id": n, "error": "not a JSON object with a \"text\" string"}), flush=True)
                continue
        else:
            ident, text = n, line
        v = guard.check(text)
        out = {"id": ident, "text": text, "verdict": v.verdict, "categories": v.categories,
               "triggers": [{"category": t.category, "words": t.words} for t in v.triggers]}
        print(json.dumps(out, ensure_ascii=False), flush=True)
    return 0


def cmd_prepare(args, cfg: Config) -> int:
    from .models import chat_model_dir, embeddings_dir, stderr_progress

    if cfg.model.backend == "openai":
        print(f"The chat model is served by {cfg.model.endpoint}; nothing to prepare for it.")
    else:
        path = chat_model_dir(cfg, stderr_progress)
        print(f"Chat model ready: {path}")
    print(f"Sentence embeddings ready: {embeddings_dir()}")
    return 0


def cmd_eval(args, cfg: Config) -> int:
    if args.what == "guard":
        from .guard_eval import run_guard_eval

        learned = cfg.guard.learned_layer if args.learned is None else args.learned
        threshold = cfg.guard.learned_threshold if args.threshold is None else args.threshold
        return run_guard_eval(Path(args.data), Path(args.labels), args.report, verbose=args.verbose,
                              learned=learned, threshold=threshold)
    if args.what == "replies":
        from .reply_eval import run_reply_eval

        train = Path(args.train) if args.train else None
        return run_reply_eval(_build_responder(cfg), Path(args.data), args.limit, args.report, train)
    raise CompanionError(f"unknown evaluation {args.what!r}")


# ---------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="companion",
        description="A local, offline companion that listens and answers as a peer, not an expert.",
        epilog="With no command, the companion starts a conversation (chat).",
    )
    parser.add_argument("--config", help="path to a config.toml (default: ~/.config/companion/config.toml, then the project's)")
    parser.add_argument("--version", action="version", version=f"companion {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")

    p = sub.add_parser("chat", help="talk with the companion in text, in this terminal")
    p.set_defaults(func=cmd_chat)

    p = sub.add_parser("reply", help="reply to dialogue windows from a JSONL file (batch)")
    p.add_argument("--jsonl", required=True, metavar="FILE", help="input JSONL, or - for standard input")
    p.set_defaults(func=cmd_reply)

    p = sub.add_parser("guard", help="check sentences from standard input against the peer rules")
    p.add_argument("--jsonl", action="store_true", help='read {"id", "text"} JSON lines instead of plain lines')
    p.set_defaults(func=cmd_guard)

    p = sub.add_parser("prepare", help="prepare the model caches (done once by set-up)")
    p.set_defaults(func=cmd_prepare)

    p = sub.add_parser("eval", help="measure a part of the companion on a data set")
    esub = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    g = esub.add_parser("guard", help="precision, recall and false-positive rate of the guard on the labelled dev set")
    g.add_argument("--data", required=True, help="the data folder (e.g. ../shared/data)")
    g.add_argument("--labels", default=str(Path(__file__).resolve().parent.parent / "eval" / "guard_dev_labels.jsonl"))
    g.add_argument("--report", help="write the figures as JSON here")
    g.add_argument("--verbose", action="store_true", help="list every miss and false alarm")
    g.add_argument("--learned", action=argparse.BooleanOptionalAction, default=None,
                   help="include the learned layer (default: as in config.toml)")
    g.add_argument("--threshold", type=float, help="the learned layer's threshold (default: as in config.toml)")
    r = esub.add_parser("replies", help="peer-style figures of the replies next to the human supporters' (ESConv)")
    r.add_argument("--data", required=True, help="an ESConv-style JSONL file, e.g. ../shared/data/esconv/dev.jsonl")
    r.add_argument("--limit", type=int, help="a seeded random sample of this many windows")
    r.add_argument("--report", help="write the figures and the replies as JSON here")
    r.add_argument("--train", help="where the strategy classifier learns from (default: --data)")
    p.set_defaults(func=cmd_eval)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args.func = cmd_chat
    try:
        cfg = load_config(args.config)
        return args.func(args, cfg)
    except CompanionError as e:
        _say_err(str(e))
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("\nStopped.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0


def entry() -> None:
    sys.exit(main())
