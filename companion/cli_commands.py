"""What each ``companion`` subcommand does: one ``cmd_*`` handler each, a thin
shell over the module that does the work (``cli_parser`` wires them to their
arguments)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from .config import Config
from .errors import CompanionError
from .run_options import LatencyBenchOptions, RehearseOptions, TalkOptions


def _say_err(message: str) -> None:
    print(f"companion: {message}", file=sys.stderr, flush=True)


def _build_responder(cfg: Config):
    from .guard import guard_from_config
    from .models import load_chat_model
    from .prompts import load_prompts
    from .ideas import load_idea_library
    from .reactions import load_reactions_for
    from .reflection_lexicon import english_words
    from .responder import Responder
    from .risk import load_risk_detector

    # the word list reflections are checked against (45 ms) is read now,
    # not on the person's first turn
    english_words()
    prompts = load_prompts(cfg.prompts_dir)
    risk = load_risk_detector(cfg.cache_dir, cfg.model.threads)
    # with reactions by feeling, no model writes any part of a reply
    model = load_chat_model(cfg) if cfg.reaction != "feeling" else None
    ideas = load_idea_library(cfg.prompts_dir, cfg.cache_dir, cfg.model.threads)
    return Responder(model, guard_from_config(cfg), prompts, cfg, risk, load_reactions_for(cfg), ideas)


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


def _talk_options(args, timings_path: str | None = None) -> TalkOptions:
    """The voice loop's options, which talk and rehearse share."""
    mode = "push_to_talk" if args.push_to_talk else "relaxed" if args.relaxed else None
    return TalkOptions(args.input_device, args.output_device, mode, typing=not args.no_typing,
                       timings_path=timings_path)


def cmd_talk(args, cfg: Config) -> int:
    from .talk import run_talk

    return run_talk(cfg, _talk_options(args, timings_path=args.timings), _build_responder)


def cmd_serve(args, cfg: Config) -> int:
    from .wyoming_server import run_serve

    return run_serve(cfg, args.wyoming, _build_responder)


def cmd_devices(args, cfg: Config) -> int:
    from .audio_devices import describe_devices, list_devices

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
    from .audio_devices import resolve_device
    from .speaker import PlaybackItem, Speaker

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

        return run_risk_bench(load_risk_detector(cfg.cache_dir, cfg.model.threads), args.rounds, args.report, args.windows)
    if args.what == "guard":
        from .guard_bench import run_guard_bench

        return run_guard_bench(cfg, Path(args.data), [Path(p) for p in args.labels], args.rounds, args.report)
    if args.what == "soak":
        from .bench_soak import run_soak

        return run_soak(_build_responder(cfg), args.turns, sys.stdout, args.report, cfg.conversation.history_turns)
    from .bench_latency import run_latency_bench

    options = LatencyBenchOptions(tuple(args.audio or ()), args.turns, args.json, args.report)
    return run_latency_bench(cfg, options)


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
    if cfg.guard.learned_layer and cfg.guard.learned_model == "encoder":
        from .guard_learned import DEFAULT_GUARD_ADAPTER as guard_adapter

        print(f"The guard's learned layer ready: {export_onnx(onnx_dir(cfg.cache_dir, guard_adapter), guard_adapter)}")
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

    options = RehearseOptions(args.persona, args.text, args.script, args.report, args.list_personas,
                              live_feedback=not args.no_live_feedback, talk=_talk_options(args))
    return run_rehearse(cfg, options)


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
