"""Recordings longer than one Whisper window, transcribed whole.

The transcriber decodes one window (up to 30 s): given ten minutes it kept the
first half-minute and said nothing of the rest. A long recording is cut where
the VAD hears a pause, into pieces of at most 25 s; each piece is transcribed
with the same gates as a spoken turn, and the texts are joined. Stretches the
VAD hears no speech in are never sent to Whisper, so they cannot become text.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .transcriber import SAMPLE_RATE, Transcriber, to_float32
from .vad import FRAME_SAMPLES, VoiceActivity

FRAME_S = FRAME_SAMPLES / SAMPLE_RATE
ONE_WINDOW_S = 28.0      # up to this, the whole recording is one piece, as before
MAX_PIECE_S = 25.0
SPEECH_FROM = 0.5        # Silero's probability for a speech frame
PAUSE_S = 0.3            # a shorter gap is inside a phrase, not a place to cut
PAD_S = 0.2              # kept each side of a piece, so no word is clipped


@dataclass(frozen=True)
class Piece:
    start: int   # samples
    end: int


def speech_regions(probabilities: np.ndarray, threshold: float = SPEECH_FROM,
                   pause_frames: int = round(PAUSE_S / FRAME_S)) -> list[tuple[int, int]]:
    """Frame ranges [start, end) of speech, joined across pauses shorter than `pause_frames`."""
    regions: list[tuple[int, int]] = []
    speech = np.asarray(probabilities) >= threshold
    i, n = 0, len(speech)
    while i < n:
        if not speech[i]:
            i += 1
            continue
        j = i
        while j < n and speech[j]:
            j += 1
        if regions and i - regions[-1][1] < pause_frames:
            regions[-1] = (regions[-1][0], j)
        else:
            regions.append((i, j))
        i = j
    return regions


def pack(regions: list[tuple[int, int]], probabilities: np.ndarray,
         max_frames: int = round(MAX_PIECE_S / FRAME_S)) -> list[tuple[int, int]]:
    """Consecutive regions packed into pieces of at most `max_frames`, cut
    between regions; a region longer than that is cut at its quietest frame
    in the last third of the allowed length."""
    pieces: list[tuple[int, int]] = []
    for start, end in regions:
        while end - start > max_frames:
            lo = start + 2 * max_frames // 3
            cut = lo + int(np.argmin(probabilities[lo:start + max_frames]))
            pieces.append((start, cut))
            start = cut
        if pieces and end - pieces[-1][0] <= max_frames and start >= pieces[-1][1]:
            pieces[-1] = (pieces[-1][0], end)
        else:
            pieces.append((start, end))
    return pieces


def frame_probabilities(audio: np.ndarray, vad: VoiceActivity) -> np.ndarray:
    vad.reset()
    n = audio.size // FRAME_SAMPLES
    return np.array([vad.probability(audio[k * FRAME_SAMPLES:(k + 1) * FRAME_SAMPLES]) for k in range(n)],
                    dtype=np.float32)


def pieces_of(audio: np.ndarray, vad: VoiceActivity) -> list[Piece]:
    probabilities = frame_probabilities(audio, vad)
    pad = int(PAD_S * SAMPLE_RATE)
    return [Piece(max(0, s * FRAME_SAMPLES - pad), min(audio.size, e * FRAME_SAMPLES + pad))
            for s, e in pack(speech_regions(probabilities), probabilities)]


UNCLEAR = "[unclear]"   # in place of sound that may have been words, none of them trusted


def transcribe_whole(audio: np.ndarray, transcriber: Transcriber, vad: VoiceActivity) -> str:
    """The text of the whole recording; "" when there were no words, and
    UNCLEAR where there may have been words but none could be trusted."""
    audio = to_float32(audio)
    whole = audio.size / SAMPLE_RATE <= ONE_WINDOW_S
    pieces = [Piece(0, audio.size)] if whole else pieces_of(audio, vad)
    texts: list[str] = []
    for piece in pieces:
        t = transcriber.transcribe(audio[piece.start:piece.end])
        if t.is_speech:
            texts.append(t.text.strip())
        elif t.unclear and (not texts or texts[-1] != UNCLEAR):
            texts.append(UNCLEAR)
    return " ".join(texts)
