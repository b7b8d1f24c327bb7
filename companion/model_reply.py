"""Sentences written by the language model, when one is configured: asked
for one sentence at a time, and spoken only when it is a whole sentence,
passes the guard and the peer-style rules, and takes up the person's words.
The default reply (reactions by feeling) uses none of this."""
from __future__ import annotations

import re
import threading

from .guard import Verdict
from .hurtful import hurtful_words
from .language_model import GenerationRequest, ModelError, SamplingChatModel
from .peer_style import grounding, style_problem
from .reply_types import Reply, ReplySentence
from .sentences import ends_sentence, split_sentences, stream_sentences
from .words import content_words

# Generated text that is not a spoken sentence: list markers, role tags, markup.
_NOT_SPEECH = re.compile(r"^\s*(?:\d+[.)]|[-*#•]|(?:user|assistant|system|person|companion)\s*:)|<\||\[|\]|\{|\}|https?://|\*\*", re.I)


# least grounding of a model sentence that follows a plain acknowledgement
_AFTER_PLAIN_GROUNDING = 0.9


def clean_generated(text: str) -> str:
    text = text.strip().strip('"').strip()
    text = re.sub(r"\s+", " ", text)
    return text


class ModelSentences:
    """The model's part of a reply; mixed into the Responder, whose model,
    guard, prompts and settings it uses."""

    def _request(self, messages: list[dict], prefix: str, attempt: int,
                 cancel: threading.Event | None = None) -> GenerationRequest:
        g = self.cfg.generation
        seed = None if g.seed < 0 else g.seed + attempt
        # A retry after a rejection samples a little hotter, so it differs.
        temperature = g.temperature if attempt == 0 else min(1.2, max(g.temperature, 0.5) + 0.15 * attempt)
        return GenerationRequest(messages, prefix, g.max_sentence_tokens, temperature, g.top_k, g.top_p,
                                 g.repetition_penalty, seed, list(g.banned_phrases), cancel)

    def _next_sentence(self, messages: list[dict], prefix: str, attempt: int,
                       cancel: threading.Event | None = None) -> str | None:
        stream = self.model.generate(self._request(messages, prefix, attempt, cancel))

        def until_cancelled():
            for chunk in stream:
                if cancel is not None and cancel.is_set():
                    return
                yield chunk

        try:
            for sentence in stream_sentences(until_cancelled()):
                return None if cancel is not None and cancel.is_set() else clean_generated(sentence)
            return None
        finally:
            stream.close()

    def _acceptable(self, sentence: str, accepted: list[str], reply: Reply) -> bool:
        # A fragment cut off by the token limit is not a sentence to speak.
        if len(sentence.split()) < 2 or _NOT_SPEECH.search(sentence) or not ends_sentence(sentence):
            return False
        if hurtful_words(sentence, reply.heard):   # regenerated, not only withheld
            return False
        key = sentence.lower().strip(" .!?")
        return all(key != a.lower().strip(" .!?") for a in accepted)

    def _ranking(self) -> bool:
        return self.cfg.generation.candidates > 1 and isinstance(self.model, SamplingChatModel)

    def _ranked_sentence(self, messages: list[dict], accepted: list[str], text: str, context: str,
                         reply: Reply, after_plain: bool = False) -> tuple[ReplySentence | None, bool]:
        """The best of a batch of sampled next sentences: speakable, passing
        the guard and the peer-style rules, grounded in the conversation;
        ranked by grounding and by how sure the model was of its words."""
        g = self.cfg.generation
        prefix, rejected = " ".join(accepted), []
        context = context + " " + prefix
        # A first sentence from the model stands for the reflection: it must
        # take up the person's own words and invent almost nothing.
        first = not accepted
        needed = max(g.min_grounding, 0.8) if first else g.min_grounding
        if after_plain:
            # After "I hear you." nothing of theirs anchors the sentence: it
            # may bring in no word of its own ("A day of weeks sounds
            # comforting" for "yes please" is worse than saying nothing).
            needed = max(g.min_grounding, _AFTER_PLAIN_GROUNDING)
        # A bare "yes for sure!" answers what came before: the sentence takes
        # up the conversation instead.
        person_words = content_words(text) or content_words(context)

        def takes_up(sentence: str) -> bool:
            return not first or bool(content_words(sentence) & person_words)

        try:
            for attempt in range(1 + g.regenerate_attempts):
                request = self._request(messages, prefix, attempt + len(accepted) * (1 + g.regenerate_attempts),
                                        reply.cancelled)
                try:
                    samples = self.model.sample_sentences(request, g.candidates)
                except ModelError as e:
                    reply.error = str(e)
                    return None, True
                if reply.cancelled.is_set():
                    return None, True
                best, best_score = None, float("-inf")
                for raw, mean_logprob in samples:
                    parts = split_sentences(clean_generated(raw))
                    sentence = parts[0] if parts else ""
                    if not self._acceptable(sentence, accepted, reply):
                        rejected.append(Verdict(sentence, passed=False))
                        continue
                    verdict = self.guard.check(sentence)
                    grounded = grounding(sentence, context)
                    if not verdict.passed or grounded < needed or not takes_up(sentence) or (
                            g.peer_style_check and style_problem(sentence, text, context, strict_vocabulary=False)):
                        rejected.append(verdict if not verdict.passed else Verdict(sentence, passed=False))
                        continue
                    score = grounded + 0.3 * mean_logprob
                    if score > best_score:
                        best, best_score = ReplySentence(sentence, verdict, "model"), score
                if best is not None:
                    return ReplySentence(best.text, best.verdict, "model", tuple(rejected)), False
            return None, False
        finally:
            reply.regenerated += len(rejected)

    def _model_sentence(self, messages: list[dict], accepted: list[str], text: str, context: str,
                        reply: Reply, after_plain: bool = False) -> tuple[ReplySentence | None, bool]:
        """The next sentence from the model that is speakable, peer-like and
        passes the guard, within the attempts allowed; and whether the model
        has finished."""
        if self._ranking():
            return self._ranked_sentence(messages, accepted, text, context, reply, after_plain)
        attempts_allowed = 1 + self.cfg.generation.regenerate_attempts
        prefix, rejected = " ".join(accepted), []
        try:
            for attempt in range(attempts_allowed):
                try:
                    sentence = self._next_sentence(messages, prefix, attempt + len(accepted) * attempts_allowed,
                                                   reply.cancelled)
                except ModelError as e:
                    reply.error = str(e)
                    return None, True
                if sentence is None or reply.cancelled.is_set():
                    return None, True
                if not self._acceptable(sentence, accepted, reply):
                    rejected.append(Verdict(sentence, passed=False))
                    continue
                verdict = self.guard.check(sentence)
                if not verdict.passed:
                    rejected.append(verdict)
                elif self.cfg.generation.peer_style_check and style_problem(sentence, text,
                                                                           context + " " + " ".join(accepted)):
                    rejected.append(Verdict(sentence, passed=False))
                else:
                    return ReplySentence(sentence, verdict, "model", tuple(rejected)), False
            return None, False
        finally:
            reply.regenerated += len(rejected)
