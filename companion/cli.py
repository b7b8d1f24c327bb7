"""The ``companion`` command. Each subcommand is a thin shell over a module.

User errors (bad config, missing model, unreachable endpoint, Ctrl-C) end with
one plain line and a non-zero exit, never a traceback.

The handlers are in ``cli_commands``, the arguments in ``cli_parser``.
"""
from __future__ import annotations

import os
import sys
import warnings

from .cli_commands import _build_responder, _say_err, cmd_chat
from .cli_parser import build_parser
from .config import load_config
from .errors import CompanionError
from .sessions import repair_private_modes

# What this module offers, some of it defined in the modules above (the tests
# and benchmark/ import _build_responder from here).
__all__ = ["EXIT_USER_ERROR", "EXIT_INTERRUPTED", "build_parser", "main", "entry", "_build_responder"]

EXIT_USER_ERROR = 2
EXIT_INTERRUPTED = 130


def main(argv: list[str] | None = None) -> int:
    if not os.environ.get("COMPANION_DEBUG"):
        # Libraries' deprecation notices are for developers, never for the
        # person's screen or captions (COMPANION_DEBUG=1 shows them).
        warnings.simplefilter("ignore")
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args.func = cmd_chat
    try:
        cfg = load_config(args.config)
        repair_private_modes(cfg.data_dir)   # conversations are the person's alone
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
