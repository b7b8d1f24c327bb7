"""Voice activity: the probability that a 32 ms frame holds speech.

Silero VAD, run with onnxruntime from the ONNX file faster-whisper ships (the
silero-vad package would import torch). Silero stays reliable under noise and
hum where energy thresholds and webrtcvad do not (../shared/AUDIO.md).

The model is streaming: it carries a recurrent state and the last 64 samples
of the previous frame, so frames must be fed in order, 512 samples at 16 kHz.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Protocol

import numpy as np

from .errors import ModelUnavailable

from .audio_format import FRAME_SAMPLES
_CONTEXT = 64


class VoiceActivity(Protocol):
    def probability(self, frame: np.ndarray) -> float: ...
    def reset(self) -> None: ...


def _model_path() -> Path:
    spec = importlib.util.find_spec("faster_whisper")
    if spec is None or not spec.submodule_search_locations:
        raise ModelUnavailable("faster-whisper is missing; run set-up again")
    assets = Path(list(spec.submodule_search_locations)[0]) / "assets"
    found = sorted(assets.glob("silero_vad*.onnx"))
    if not found:
        raise ModelUnavailable(f"no Silero VAD model in {assets}")
    return found[-1]


class SileroVoiceActivity:
    def __init__(self, path: Path | None = None):
        import onnxruntime

        opts = onnxruntime.SessionOptions()
        opts.inter_op_num_threads = 1
        opts.intra_op_num_threads = 1
        opts.log_severity_level = 4
        self._session = onnxruntime.InferenceSession(str(path or _model_path()), sess_options=opts,
                                                     providers=["CPUExecutionProvider"])
        self.reset()

    def reset(self) -> None:
        self._h = np.zeros((1, 1, 128), dtype=np.float32)
        self._c = np.zeros((1, 1, 128), dtype=np.float32)
        self._context = np.zeros(_CONTEXT, dtype=np.float32)

    def probability(self, frame: np.ndarray) -> float:
        frame = np.asarray(frame)
        if frame.dtype == np.int16:
            frame = frame.astype(np.float32) / 32768.0
        if frame.size != FRAME_SAMPLES:
            frame = np.resize(frame.astype(np.float32), FRAME_SAMPLES) if frame.size else \
                np.zeros(FRAME_SAMPLES, np.float32)
        x = np.concatenate([self._context, frame.astype(np.float32, copy=False)])[None, :]
        out, self._h, self._c = self._session.run(None, {"input": x, "h": self._h, "c": self._c})
        self._context = x[0, -_CONTEXT:].copy()
        return float(np.ravel(out)[0])
