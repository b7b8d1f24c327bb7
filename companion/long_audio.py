"""Recordings longer than one Whisper window, transcribed whole.

The transcriber decodes one window (up to 30 s): given ten minutes it kept the
first half-minute and said nothing of the rest. A long recording is cut into
utterances where the VAD hears a pause, and these are joined into pieces of
at most 25 s; each piece is transcribed with the same gates as a spoken turn,
and the texts are joined. Stretches the VAD hears no speech in are never sent
to Whisper, so they cannot become text.
"""
from __future__ import annotations

import numpy as np

from .endpointing import Endpointer, EndpointerSettings, UtteranceEnded
from .audio_format import FRAME_SAMPLES, SAMPLE_RATE
from .transcriber import Transcriber, to_float32
from .vad import VoiceActivity

ONE_WINDOW_S = 28.0      # up to this, the whole recording is one piece, as before
MAX_PIECE_S = 25.0
# The voice loop's own endpointer finds the utterances (pre-roll kept, clicks
# dropped, an utterance past the limit cut rather than lost); a file has no
# one waiting for an answer, so a shorter pause ends an utterance.
UTTERANCES = EndpointerSettings(end_silence_ms=300, max_utterance_s=MAX_PIECE_S)
UNCLEAR = "[unclear]"   # in place of sound that may have been words, none of them trusted


def utterances(audio: np.ndarray, vad: VoiceActivity) -> list[np.ndarray]:
    """The recording's utterances (16 kHz int16), in order."""
    pcm = audio if audio.dtype == np.int16 else (np.clip(to_float32(audio), -1, 1) * 32767).astype(np.int16)
    vad.reset()
    endpointer = Endpointer(UTTERANCES)
    found: list[np.ndarray] = []
    for k in range(pcm.size // FRAME_SAMPLES):
        frame = pcm[k * FRAME_SAMPLES:(k + 1) * FRAME_SAMPLES]
        found += [e.audio for e in endpointer.push(frame, vad.probability(frame)) if isinstance(e, UtteranceEnded)]
    last = endpointer.flush()
    if isinstance(last, UtteranceEnded):
        found.append(last.audio)
    return found


def pack(pieces: list[np.ndarray], max_samples: int = int(MAX_PIECE_S * SAMPLE_RATE)) -> list[np.ndarray]:
    """Consecutive utterances joined into pieces of at most `max_samples`, so
    Whisper reads whole passages rather than one phrase at a time."""
    packed: list[list[np.ndarray]] = []
    for piece in pieces:
        if packed and sum(p.size for p in packed[-1]) + piece.size <= max_samples:
            packed[-1].append(piece)
        else:
            packed.append([piece])
    return [np.concatenate(group) for group in packed]


def transcribe_whole(audio: np.ndarray, transcriber: Transcriber, vad: VoiceActivity) -> str:
    """The text of the whole recording; "" when there were no words, and
    UNCLEAR where there may have been words but none could be trusted."""
    whole = audio.size / SAMPLE_RATE <= ONE_WINDOW_S
    return _joined_text([audio] if whole else pack(utterances(audio, vad)), transcriber)


def transcribe_speech(audio: np.ndarray, transcriber: Transcriber, vad: VoiceActivity) -> str:
    """Like ``transcribe_whole``, but only what the VAD hears as speech ever
    reaches Whisper, however short the audio: for a turn recorded by someone
    else's microphone (a voice satellite), which may hold no speech at all."""
    return _joined_text(pack(utterances(audio, vad)), transcriber)


def _joined_text(pieces: list[np.ndarray], transcriber: Transcriber) -> str:
    texts: list[str] = []
    for piece in pieces:
        t = transcriber.transcribe(piece)
        if t.is_speech:
            texts.append(t.text.strip())
        elif t.unclear and (not texts or texts[-1] != UNCLEAR):
            texts.append(UNCLEAR)
    return " ".join(texts)
