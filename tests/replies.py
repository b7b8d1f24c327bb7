"""Run one turn through a Responder and keep what it said."""


def run(responder, text, history=()):
    stream = responder.respond(list(history), text)
    sentences = list(stream)
    return sentences, stream.reply


def said(responder, text, history=()):
    """The sentences a responder says to ``text``, as strings."""
    sentences, _ = run(responder, text, history)
    return [s.text for s in sentences]
