"""Choosing reviewed lines by meaning: each line carries a few example texts
it answers or fits, and a query's similarity to a line is its closest
example's (MiniLM cosine). Used for the reviewed reactions and for the
rehearsal personas' lines.

The examples' embeddings are computed once and kept in the cache, keyed by
the texts, so an edited bank is embedded again.
"""
from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

Embed = Callable[[Sequence[str]], np.ndarray]


class MeaningIndex:
    def __init__(self, examples: Sequence[Sequence[str]], embed: Embed, cache_dir: Path | None = None,
                 name: str = "meaning"):
        self._embed = embed
        self.size = len(examples)
        self._owner = np.array([i for i, texts in enumerate(examples) for _ in texts], dtype=np.int64)
        self._vectors = self._example_vectors([t for texts in examples for t in texts], cache_dir, name)

    def _example_vectors(self, texts: list[str], cache_dir: Path | None, name: str) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        digest = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
        path = Path(cache_dir) / "models" / f"{name}-{digest}.npy" if cache_dir else None
        if path is not None and path.exists():
            return np.load(path)
        vectors = np.asarray(self._embed(texts), dtype=np.float32)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp.npy")
            np.save(tmp, vectors)
            tmp.replace(path)
        return vectors

    def similarities(self, query: str) -> np.ndarray:
        """Each item's similarity to ``query``: that of its closest example."""
        if not self.size:
            return np.full(0, -1.0, dtype=np.float32)
        return self.similarity_to(np.asarray(self._embed([query]), dtype=np.float32)[0])

    def similarity_to(self, vector: np.ndarray) -> np.ndarray:
        """...the same for a query already embedded."""
        best = np.full(self.size, -1.0, dtype=np.float32)
        if self.size:
            np.maximum.at(best, self._owner, self._vectors @ vector)
        return best


@functools.lru_cache(maxsize=4)
def plain_minilm(cache_dir: Path, threads: int = 2) -> Embed:
    """The shipped MiniLM, untuned, as int8 ONNX (prepared once into the cache);
    one session per process, shared by everything that chooses by meaning."""
    from .embeddings import OnnxSentenceEmbedder, export_onnx, onnx_dir

    return OnnxSentenceEmbedder(export_onnx(onnx_dir(Path(cache_dir))), threads).embed
