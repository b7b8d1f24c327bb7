"""Resampling int16 mono audio with FFmpeg's resampler (PyAV), not by hand:
for a microphone that cannot record at 16 kHz, and for speech at a rate the
speaker does not play."""
from __future__ import annotations

import numpy as np


class _Resampler:
    """Streaming resampling of int16 mono with FFmpeg (PyAV)."""

    def __init__(self, src_rate: int, dst_rate: int):
        import av

        self._av = av
        self.src_rate = src_rate
        self._resampler = av.AudioResampler(format="s16", layout="mono", rate=dst_rate)

    def __call__(self, samples: np.ndarray) -> np.ndarray:
        frame = self._av.AudioFrame.from_ndarray(samples.reshape(1, -1).astype(np.int16), format="s16",
                                                 layout="mono")
        frame.sample_rate = self.src_rate
        out = [f.to_ndarray().reshape(-1) for f in self._resampler.resample(frame)]
        return np.concatenate(out).astype(np.int16) if out else np.zeros(0, np.int16)


def resample(samples: np.ndarray, src_rate: int, dst_rate: int) -> np.ndarray:
    if src_rate == dst_rate:
        return samples.astype(np.int16, copy=False)
    r = _Resampler(src_rate, dst_rate)
    return np.concatenate([r(samples), r(np.zeros(src_rate // 10, np.int16))])[: int(len(samples) * dst_rate / src_rate)]
