"""Run one turn through a Responder and keep what it said."""


def run(responder, text, history=()):
    stream = responder.respond(list(history), text)
    sentences = list(stream)
    return sentences, stream.reply
