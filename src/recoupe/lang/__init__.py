"""Language plug-ins.

Each supported language is one package here (`fr/`, `en/`…).  Its
`__init__.py` defines `PROFILE`, a `LanguageProfile`; the word lists a stage
needs live in a module of their own inside that package (`dates.py`,
`numbers.py`, `speech.py`, `framing.py`…), loaded with `lexicon(code, name)`.
Adding a language means adding one folder and its code to `SUPPORTED`.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import lru_cache
from types import ModuleType

SUPPORTED = ("fr", "en")


@dataclass(frozen=True)
class LanguageProfile:
    code: str
    name: str
    # spaCy packages by mode: "md" (accurate, default) and "sm" (fast)
    spacy_models: dict[str, str] = field(default_factory=dict)
    # quote marks that open and close speech in this language, besides the universal ones
    quote_pairs: tuple[tuple[str, str], ...] = ()


@lru_cache(maxsize=None)
def get_profile(code: str) -> LanguageProfile:
    if code not in SUPPORTED:
        raise KeyError(f"language {code!r} is not supported (supported: {', '.join(SUPPORTED)})")
    return importlib.import_module(f"recoupe.lang.{code}").PROFILE


@lru_cache(maxsize=None)
def lexicon(code: str, name: str) -> ModuleType | None:
    """The `name` word-list module of language `code` (e.g. lexicon("fr", "dates")), or None."""
    try:
        return importlib.import_module(f"recoupe.lang.{code}.{name}")
    except ModuleNotFoundError as err:
        if err.name != f"recoupe.lang.{code}.{name}":
            raise
        return None


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Month and weekday names of every supported language, lower case, without abbreviations:
    words that name a time, not a body or a person."""
    words = set()
    for code in SUPPORTED:
        dates = lexicon(code, "dates")
        for table in (getattr(dates, "MONTHS", {}), getattr(dates, "WEEKDAYS", {})):
            words.update(w.lower() for w in table if not w.endswith("."))
    return frozenset(words)
