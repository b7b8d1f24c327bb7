"""The ``companion`` command's arguments: one sub-parser per subcommand, each
set to run its handler in ``cli_commands``. The help lists the commands in
the order they are added here."""
from __future__ import annotations

import argparse
from pathlib import Path

from . import __version__
from .cli_commands import (cmd_bench, cmd_chat, cmd_devices, cmd_eval, cmd_guard, cmd_prepare, cmd_rehearse,
                           cmd_reply, cmd_report, cmd_say, cmd_serve, cmd_sessions, cmd_talk, cmd_transcribe)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="companion",
        description="A local, offline companion that listens and answers as a peer, not an expert.",
        epilog="With no command, the companion starts a conversation (chat).",
    )
    parser.add_argument("--config", help="path to a config.toml (default: ~/.config/companion/config.toml, then the project's)")
    parser.add_argument("--version", action="version", version=f"companion {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    _add_conversation_commands(sub)
    _add_sessions_command(sub)
    _add_audio_commands(sub)
    _add_bench_command(sub)
    _add_batch_and_setup_commands(sub)
    _add_eval_command(sub)
    return parser


def _add_conversation_commands(sub) -> None:
    """chat, talk, rehearse and report."""
    p = sub.add_parser("chat", help="talk with the companion in text, in this terminal")
    p.set_defaults(func=cmd_chat)

    p = sub.add_parser("talk", help="talk with the companion by voice (captions in this terminal)")
    p.add_argument("--input-device", help="microphone number or part of its name (see: companion devices)")
    p.add_argument("--output-device", help="speaker number or part of its name")
    p.add_argument("--push-to-talk", action="store_true", help="press Enter to start and end speaking")
    p.add_argument("--relaxed", action="store_true", help="wait through long pauses before answering")
    p.add_argument("--no-typing", action="store_true", help="do not read typed lines from the terminal")
    p.add_argument("--timings", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_talk)

    p = sub.add_parser("rehearse", help="practise supporting a simulated person, by voice or text, with feedback")
    p.add_argument("--persona", help="who to practise with (see --list-personas)")
    p.add_argument("--text", action="store_true", help="type instead of speaking")
    p.add_argument("--script", help="take your lines from FILE, one per line (implies --text)")
    p.add_argument("--report", help="write the report to PATH.json and PATH.html (default: data folder)")
    p.add_argument("--list-personas", action="store_true", help="list the personas, one a line, and stop")
    p.add_argument("--no-live-feedback", action="store_true", help="keep feedback for the end")
    p.add_argument("--input-device", help="microphone number or part of its name")
    p.add_argument("--output-device", help="speaker number or part of its name")
    p.add_argument("--push-to-talk", action="store_true", help="press Enter to start and end speaking")
    p.add_argument("--relaxed", action="store_true", help="wait through long pauses")
    p.add_argument("--no-typing", action="store_true", help="do not read typed lines from the terminal")
    p.set_defaults(func=cmd_rehearse)

    p = sub.add_parser("report", help="re-render a rehearsal report (HTML) from its JSON")
    p.add_argument("file", help="the report's .json file")
    p.set_defaults(func=cmd_report)


def _add_sessions_command(sub) -> None:
    """sessions: list, show, export, delete."""
    p = sub.add_parser("sessions", help="list, show, export or delete your saved conversations")
    ssub = p.add_subparsers(dest="action", metavar="ACTION")
    ssub.add_parser("list", help="every saved conversation, oldest first (the default)")
    s = ssub.add_parser("show", help="print one conversation")
    s.add_argument("id", help="the session's id from 'sessions list' (a unique start of it is enough)")
    s.set_defaults(format="txt", output=None)
    s = ssub.add_parser("export", help="write one conversation as text or JSON")
    s.add_argument("id", help="the session's id from 'sessions list'")
    s.add_argument("--format", choices=("txt", "json"), default="txt")
    s.add_argument("-o", "--output", help="write to this file (private to you) instead of the screen")
    s = ssub.add_parser("delete", help="delete one conversation, or --all; asks first")
    s.add_argument("id", nargs="?", help="the session's id from 'sessions list'")
    s.add_argument("--all", action="store_true", help="delete every saved conversation")
    s.add_argument("--yes", action="store_true", help="do not ask before deleting")
    p.set_defaults(func=cmd_sessions)


def _add_audio_commands(sub) -> None:
    """serve, devices, transcribe and say."""
    p = sub.add_parser("serve", help="answer voice satellites (Home Assistant) over the Wyoming protocol")
    p.add_argument("--wyoming", metavar="tcp://HOST:PORT",
                   help="where to listen (default: serve.host and serve.port in config.toml, tcp://127.0.0.1:10700)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("devices", help="list the microphones and speakers")
    p.set_defaults(func=cmd_devices)

    p = sub.add_parser("transcribe", help="turn audio files (WAV, FLAC, MP3, any rate) into text")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--jsonl", action="store_true", help='one {"file", "text", "seconds"} line per file')
    p.set_defaults(func=cmd_transcribe)

    p = sub.add_parser("say", help="speak a text aloud with the active voice, or write it to a WAV")
    p.add_argument("text", nargs="+")
    p.add_argument("-o", "--output", help="write a WAV file instead of playing")
    p.set_defaults(func=cmd_say)


_EVAL = Path(__file__).resolve().parent.parent / "eval"


def _add_bench_command(sub) -> None:
    """bench: latency, risk, guard, soak."""
    p = sub.add_parser("bench", help="measure speed (end of speech to first reply audio)")
    bsub = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    b = bsub.add_parser("latency", help="drive the real voice loop through a virtual sound card")
    b.add_argument("--audio", nargs="*", help="WAV files to speak (default: built-in espeak-ng phrases)")
    b.add_argument("--turns", type=int, default=10)
    b.add_argument("--json", action="store_true", help="print one JSON object")
    b.add_argument("--report", help="write the figures as JSON here")
    b = bsub.add_parser("risk", help="time added to each turn by risk detection")
    b.add_argument("--rounds", type=int, default=30, help="times through the built-in turns")
    b.add_argument("--windows", help="time the last turn of each window of an ESConv-style JSONL file instead, "
                                     "e.g. ../shared/data/esconv/dev.jsonl")
    b.add_argument("--report", help="write the figures as JSON here")
    b = bsub.add_parser("guard", help="time per sentence of the guard, rules alone and with the learned layer")
    b.add_argument("--data", default="../shared/data", help="the data folder holding the dev sentences")
    b.add_argument("--labels", nargs="+", default=[str(_EVAL / f"guard_{s}_labels.jsonl") for s in ("dev", "dev2", "dev3")],
                   help="labelled dev sets whose sentences are timed (default: dev, dev2, dev3)")
    b.add_argument("--rounds", type=int, default=1, help="times through the sentences")
    b.add_argument("--report", help="write the figures as JSON here")
    b = bsub.add_parser("soak", help="many turns in one process: memory, latency over time, errors")
    b.add_argument("--turns", type=int, default=200)
    b.add_argument("--report", help="write the figures as JSON here")
    p.set_defaults(func=cmd_bench)


def _add_batch_and_setup_commands(sub) -> None:
    """reply and guard (standard input or a file in, JSON lines out), and prepare."""
    p = sub.add_parser("reply", help="reply to dialogue windows from a JSONL file (batch)")
    p.add_argument("--jsonl", required=True, metavar="FILE", help="input JSONL, or - for standard input")
    p.set_defaults(func=cmd_reply)

    p = sub.add_parser("guard", help="check sentences from standard input against the peer rules")
    p.add_argument("--jsonl", action="store_true", help='read {"id", "text"} JSON lines instead of plain lines')
    p.set_defaults(func=cmd_guard)

    p = sub.add_parser("prepare", help="prepare the model caches (done once by set-up)")
    p.set_defaults(func=cmd_prepare)


def _add_eval_command(sub) -> None:
    """eval: guard, replies, lines, risk, stt."""
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
    g.add_argument("--learned-model", choices=("ngram", "encoder"), help="which learned layer (default: as in config.toml)")
    r = esub.add_parser("replies", help="peer-style figures of the replies next to the human supporters' (ESConv)")
    r.add_argument("--data", required=True, help="an ESConv-style JSONL file, e.g. ../shared/data/esconv/dev.jsonl")
    r.add_argument("--limit", type=int, help="a seeded random sample of this many windows")
    r.add_argument("--report", help="write the figures and the replies as JSON here")
    r.add_argument("--train", help="where the strategy classifier learns from (default: --data)")
    r.add_argument("--seed", type=int, help="sample the model's words with this seed, so a run can be repeated")
    r.add_argument("--samples", type=int, default=10,
                   help="print this many replies beside the seeker's and supporter's words (0 for a report to commit:"
                        " ESConv may not be copied)")
    ln = esub.add_parser("lines", help="accuracy of the rehearsal line-kind classifier on labelled worker lines")
    ln.add_argument("--data", default="eval/worker_lines_labels.jsonl", help="labelled JSONL {text, kind}")
    ln.add_argument("--report", help="write the figures as JSON")
    ln.add_argument("--verbose", action="store_true", help="list the misclassified lines")
    rk = esub.add_parser("risk", help="recall, false alarms and latency of risk detection on a labelled file")
    rk.add_argument("--data", required=True, help="JSONL {text, label, context?, register?} or TSV with a header")
    rk.add_argument("--report", help="write the figures as JSON here")
    rk.add_argument("--verbose", action="store_true", help="list every miss and false alarm")
    rk.add_argument("--rules-only", action="store_true", help="leave out the learned layer")
    rk.add_argument("--with-texts", action="store_true", help="keep the missed and alarmed texts in the report")
    st = esub.add_parser("stt", help="word error rate and real-time factor of speech recognition")
    st.add_argument("--data", nargs="+", required=True,
                    help="folders with audio and metadata.csv (id|text), e.g. ../shared/data/ljspeech")
    st.add_argument("--report", help="write the figures as JSON here")
    p.set_defaults(func=cmd_eval)
