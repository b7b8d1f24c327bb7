"""A plain-text conversation in the terminal.

Screen-reader friendly: no spinners, no redraws, one clear prompt, every
line plain text. Sentences appear as soon as each has passed the guard.
"""
from __future__ import annotations

import sys

from .config import Config
from .conversation import Conversation, ConversationTurn, readable
from .responder import Responder
from .sessions import SessionStore
from .turn_kinds import turn_kind

HELP = """Type what you want to say and press Enter.
  /help   show this help
  /quit   end the conversation (so does Ctrl-D)"""


def run_chat(cfg: Config, responder: Responder, stdin=None, stdout=None) -> int:
    stdin = stdin or sys.stdin
    out = stdout or sys.stdout
    name = responder.prompts.persona.name
    session_file = SessionStore(cfg.data_dir).new("chat") if cfg.conversation.save_transcripts else None
    conversation = Conversation(session_file=session_file)

    intro = responder.introduction()
    print(f"{name}: {intro.text}", file=out)
    print("(Type /help for help, /quit to leave.)", file=out, flush=True)
    conversation.add("companion", intro.text)
    last_error = None
    while True:
        print("You: ", end="", file=out, flush=True)
        line = stdin.readline()
        if not line:
            print(file=out)
            break
        text = readable(line).strip()
        if not text:
            continue
        if text.lower() in ("/quit", "/exit", "/bye"):
            break
        if text.lower() in ("/help", "/?"):
            print(HELP, file=out, flush=True)
            continue
        turn = ConversationTurn(conversation, responder, text)
        print(f"{name}:", end="", file=out, flush=True)
        for sentence in turn:
            print(" " + sentence.text, end="", file=out, flush=True)
        print(file=out, flush=True)
        if turn_kind(text) == "asks_how_to_stop":
            print("(Type /quit or press Ctrl-D to close the chat.)", file=out, flush=True)
        reply = turn.reply
        if reply.error and reply.error != last_error:   # said once, not on every turn
            print(f"(The language model failed: {reply.error}. I answer without it until it is back.)",
                  file=out, flush=True)
        last_error = reply.error
    print(f"{name}: Take care. Goodbye for now.", file=out, flush=True)
    if session_file is not None and session_file.saved:
        print(f"(This conversation is saved privately as {session_file.path.stem}; "
              "'companion sessions' lists, shows and deletes saved conversations.)", file=out, flush=True)
    return 0
