"""The ``companion`` command. Each subcommand is a thin shell over a module.

User errors (bad config, missing model, unreachable endpoint, Ctrl-C) end with
one plain line and a non-zero exit, never a traceback.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from pathlib import Path

from . import __version__
from .config import Config, load_config
from .errors import CompanionError
from .sessions import repair_private_modes

EXIT_USER_ERROR = 2
EXIT_INTERRUPTED = 130


def _say_err(message: str) -> None:
    print(f"companion: {message}", file=sys.stderr, flush=True)


def _build_responder(cfg: Config):
    from .guard import guard_from_config
    from .models import load_chat_model
    from .prompts import load_prompts
    from .ideas import load_idea_library
    from .reactions import load_reactions_for
    from .responder import Responder
    from .risk import load_risk_detector

    prompts = load_prompts(cfg.prompts_dir)
    risk = load_risk_detector(cfg.cache_dir, cfg.model.threads)
    # with reactions by feeling, no model writes any part of a reply
    model = load_chat_model(cfg) if cfg.reaction != "feeling" else None
    ideas = load_idea_library(cfg.prompts_dir, cfg.cache_dir, cfg.model.threads)
    return Responder(model, guard_from_config(cfg), prompts, cfg, risk, load_reactions_for(cfg), ideas)


# ---------------------------------------------------------------------------
def cmd_chat(args, cfg: Config) -> int:
    from .chat import run_chat

    return run_chat(cfg, _build_responder(cfg))


def cmd_reply(args, cfg: Config) -> int:
    from .batch import reply_jsonl

    responder = _build_responder(cfg)
    return reply_jsonl(responder, args.jsonl, sys.stdout)


def cmd_guard(args, cfg: Config) -> int:
    from .guard import guard_from_config

    guard = guard_from_config(cfg)
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


def _transcriber(cfg: Config, warm: bool = True):
    from .transcriber import transcriber_from_config

    return transcriber_from_config(cfg, warm)


def _voice(cfg: Config):
    from .voices import load_settings, load_voice_profile

    settings = load_settings(cfg.data_dir)
    return settings.apply(load_voice_profile(cfg.voices_dir, cfg.voice.profile)), settings


def cmd_talk(args, cfg: Config) -> int:
    from .talk import run_talk

    return run_talk(cfg, args, _build_responder)


def cmd_serve(args, cfg: Config) -> int:
    from .wyoming_server import run_serve

    return run_serve(cfg, args.wyoming, _build_responder)


def cmd_devices(args, cfg: Config) -> int:
    from .audio_io import describe_devices, list_devices

    print(describe_devices(list_devices()))
    return 0


def cmd_transcribe(args, cfg: Config) -> int:
    from .long_audio import transcribe_whole
    from .transcriber import AudioFileError, load_audio_file
    from .vad import SileroVoiceActivity

    transcriber = _transcriber(cfg, warm=False)
    vad = SileroVoiceActivity()
    failures = 0
    for name in args.files:
        try:
            audio = load_audio_file(name)
        except AudioFileError as e:
            failures += 1
            if args.jsonl:
                print(json.dumps({"file": name, "error": str(e)}), flush=True)
            else:
                _say_err(f"{name}: {e}")
            continue
        text = transcribe_whole(audio, transcriber, vad)
        if args.jsonl:
            seconds = round(audio.size / 16000, 3)
            print(json.dumps({"file": name, "text": text, "seconds": seconds}, ensure_ascii=False),
                  flush=True)
        else:
            print(text if text else "(no speech)", flush=True)
    return 1 if failures and failures == len(args.files) else 0


def cmd_say(args, cfg: Config) -> int:
    from .synthesis import Pyttsx3Synthesizer, write_wav

    voice, _ = _voice(cfg)
    text = " ".join(args.text).strip()
    if not text:
        raise CompanionError("nothing to say: give the text, e.g. companion say \"hello\"")
    speech = Pyttsx3Synthesizer(cfg.safety.phone_numbers()).synthesize(text, voice)
    if args.output:
        try:
            write_wav(args.output, speech)
        except OSError as e:
            raise CompanionError(f"cannot write {args.output}: {e.strerror}") from None
        print(f"Wrote {args.output} ({speech.seconds:.1f} s, {voice.name} voice at {voice.rate_wpm} words a minute)")
        return 0
    from .audio_io import Speaker, PlaybackItem, resolve_device

    speaker = Speaker(resolve_device(cfg.listening.output_device, "output"))
    try:
        speaker.enqueue(PlaybackItem(speech, text))
        speaker.wait_idle(timeout=speech.seconds + 5)
        import time
        time.sleep(0.2)
    finally:
        speaker.close()
    return 0


def cmd_bench(args, cfg: Config) -> int:
    if args.what == "risk":
        from .risk import load_risk_detector
        from .risk.bench import run_risk_bench

        return run_risk_bench(load_risk_detector(cfg.cache_dir, cfg.model.threads), args.rounds, args.report)
    if args.what == "soak":
        from .bench_soak import run_soak

        return run_soak(_build_responder(cfg), args.turns, sys.stdout, args.report, cfg.conversation.history_turns)
    from .bench_latency import run_latency_bench

    return run_latency_bench(cfg, args, _build_responder)


def cmd_prepare(args, cfg: Config) -> int:
    from .models import embeddings_dir, ready_model_dir, stderr_progress

    if cfg.model.backend == "openai":
        print(f"The chat model is served by {cfg.model.endpoint}; nothing to prepare for it.")
    else:
        path, _ = ready_model_dir(cfg, stderr_progress)
        print(f"Chat model ready: {path}")
    print(f"Sentence embeddings ready: {embeddings_dir()}")
    from .embeddings import export_onnx, onnx_dir
    from .risk.learned import shipped_adapter

    adapter = shipped_adapter()
    print(f"Sentence embeddings for risk detection ready: {export_onnx(onnx_dir(cfg.cache_dir, adapter), adapter)}")
    from .reactions import load_reactions_for

    if load_reactions_for(cfg) is not None:
        print(f"Reviewed reactions ready ({cfg.reaction})")
    from .ideas import load_idea_library

    # their asks are embedded once here, not at the first conversation's start
    ideas = load_idea_library(cfg.prompts_dir, cfg.cache_dir, cfg.model.threads)
    if ideas is not None:
        print(f"Ideas ready: {len(ideas.ideas)}")
    return 0


def cmd_eval(args, cfg: Config) -> int:
    if args.what == "guard":
        from .guard_eval import run_guard_eval

        learned = cfg.guard.learned_layer if args.learned is None else args.learned
        threshold = cfg.guard.learned_threshold if args.threshold is None else args.threshold
        return run_guard_eval(Path(args.data), Path(args.labels), args.report, verbose=args.verbose,
                              learned=learned, threshold=threshold,
                              model=args.learned_model or cfg.guard.learned_model, cache_dir=cfg.cache_dir)
    if args.what == "replies":
        from .reply_eval import run_reply_eval

        train = Path(args.train) if args.train else None
        if args.seed is not None:
            cfg.generation.seed = args.seed
        return run_reply_eval(_build_responder(cfg), Path(args.data), args.limit, args.report, train,
                              samples=args.samples)
    if args.what == "lines":
        from .line_kinds_eval import evaluate, format_evaluation

        result = evaluate(Path(args.data))
        print(format_evaluation(result, show_errors=args.verbose))
        if args.report:
            Path(args.report).write_text(json.dumps(result, indent=2) + "\n")
        return 0
    if args.what == "risk":
        from .risk import RiskDetector, load_risk_detector
        from .risk.evaluate import run_risk_eval

        detector = RiskDetector(None) if args.rules_only else load_risk_detector(cfg.cache_dir, cfg.model.threads)
        return run_risk_eval(detector, Path(args.data), args.report, args.verbose, args.with_texts)
    if args.what == "stt":
        from .stt_eval import run_stt_eval

        label = f"{cfg.stt.model} beam {cfg.stt.beam_size} {cfg.stt.compute_type} trim_padding={cfg.stt.trim_padding}"
        return run_stt_eval(_transcriber(cfg), [Path(d) for d in args.data], args.report, label)
    raise CompanionError(f"unknown evaluation {args.what!r}")


def cmd_rehearse(args, cfg: Config) -> int:
    from .rehearse import run_rehearse

    return run_rehearse(cfg, args)


def cmd_sessions(args, cfg: Config) -> int:
    from .sessions import SessionStore
    from .sessions_command import delete_sessions, list_sessions, show_session

    store = SessionStore(cfg.data_dir)
    if args.action in (None, "list"):
        return list_sessions(store, sys.stdout)
    if args.action in ("show", "export"):
        from .prompts import load_prompts
        name = load_prompts(cfg.prompts_dir).persona.name
        out_file = Path(args.output) if args.output else None
        return show_session(store, args.id, sys.stdout, name, args.format, out_file)
    return delete_sessions(store, args.id, args.all, args.yes, sys.stdout, sys.stdin)


def cmd_report(args, cfg: Config) -> int:
    from .rehearsal_report import load_report, write_report

    path = Path(args.file)
    report = load_report(path)
    try:
        _, html_path = write_report(report, path)
    except OSError as e:
        raise CompanionError(f"cannot write the report next to {path}: {e.strerror or e}") from None
    print(html_path)
    return 0


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

    p = sub.add_parser("bench", help="measure speed (end of speech to first reply audio)")
    bsub = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    b = bsub.add_parser("latency", help="drive the real voice loop through a virtual sound card")
    b.add_argument("--audio", nargs="*", help="WAV files to speak (default: built-in espeak-ng phrases)")
    b.add_argument("--turns", type=int, default=10)
    b.add_argument("--json", action="store_true", help="print one JSON object")
    b.add_argument("--report", help="write the figures as JSON here")
    b = bsub.add_parser("risk", help="time added to each turn by risk detection")
    b.add_argument("--rounds", type=int, default=30, help="times through the built-in turns")
    b.add_argument("--report", help="write the figures as JSON here")
    b = bsub.add_parser("soak", help="many turns in one process: memory, latency over time, errors")
    b.add_argument("--turns", type=int, default=200)
    b.add_argument("--report", help="write the figures as JSON here")
    p.set_defaults(func=cmd_bench)

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
    return parser


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
