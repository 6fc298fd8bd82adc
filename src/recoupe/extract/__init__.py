"""Per-article extractors, one stage per module, registered by name.

A stage is a callable `(article, doc) -> None` that fills one kind of
annotation on the `Article` from the cleaned text and the spaCy `Doc`.
`ARTICLE_STAGES` lists them in run order; `recoupe.pipeline` runs them.
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc

from recoupe.model import Article

Stage = Callable[[Article, Doc], None]
_REGISTRY: dict[str, tuple[int, Stage]] = {}


def article_stage(name: str, order: int):
    """Register a per-article stage; lower `order` runs first."""
    def register(fn: Stage) -> Stage:
        _REGISTRY[name] = (order, fn)
        return fn
    return register


def stages(skip: tuple[str, ...] = ()) -> list[tuple[str, Stage]]:
    _load_builtin_stages()
    return [(name, fn) for name, (order, fn) in sorted(_REGISTRY.items(), key=lambda kv: kv[1][0])
            if name not in skip]


def _load_builtin_stages() -> None:
    # importing a module registers its stage
    from recoupe.nlp import entities  # noqa: F401
    from recoupe.extract import sources, quotes, numbers, dates, framing  # noqa: F401
