"""A plain-text conversation in the terminal.

Screen-reader friendly: no spinners, no redraws, one clear prompt, every
line plain text. Sentences appear as soon as each has passed the guard.
"""
from __future__ import annotations

import sys

from .config import Config
from .conversation import Conversation, Transcript
from .responder import Responder

HELP = """Type what you want to say and press Enter.
  /help   show this help
  /quit   end the conversation (so does Ctrl-D)"""


def run_chat(cfg: Config, responder: Responder, stdin=None, stdout=None) -> int:
    stdin = stdin or sys.stdin
    out = stdout or sys.stdout
    name = responder.prompts.persona.name
    transcript = Transcript.new_session(cfg.data_dir, "chat") if cfg.conversation.save_transcripts else None
    conversation = Conversation(transcript=transcript)

    intro = responder.introduction()
    print(f"{name}: {intro.text}", file=out)
    print("(Type /help for help, /quit to leave.)", file=out, flush=True)
    conversation.add("companion", intro.text)
    while True:
        print("You: ", end="", file=out, flush=True)
        line = stdin.readline()
        if not line:
            print(file=out)
            break
        text = line.strip()
        if not text:
            continue
        if text.lower() in ("/quit", "/exit", "/bye"):
            break
        if text.lower() in ("/help", "/?"):
            print(HELP, file=out, flush=True)
            continue
        history = list(conversation.turns)
        conversation.add("person", text)  # saved before replying: never lost
        stream = responder.respond(history, text)
        print(f"{name}:", end="", file=out, flush=True)
        for sentence in stream:
            print(" " + sentence.text, end="", file=out, flush=True)
        print(file=out, flush=True)
        reply = stream.reply
        if reply.sentences:
            conversation.add("companion", reply.text)
        if reply.error:
            print(f"(The language model failed: {reply.error}. I answered without it.)", file=out, flush=True)
    print(f"{name}: Take care. Goodbye for now.", file=out, flush=True)
    if transcript is not None and not transcript.failed and transcript.path.exists():
        print(f"(This conversation is saved in {transcript.path})", file=out, flush=True)
    return 0
