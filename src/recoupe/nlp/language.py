"""Language identification, restricted to the languages recoupe supports (fast, and no exotic guesses)."""
from __future__ import annotations

from functools import lru_cache

from recoupe.lang import SUPPORTED

_LINGUA_NAMES = {"fr": "FRENCH", "en": "ENGLISH", "de": "GERMAN", "es": "SPANISH", "it": "ITALIAN",
                 "ru": "RUSSIAN", "uk": "UKRAINIAN", "pt": "PORTUGUESE", "nl": "DUTCH", "pl": "POLISH"}


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder
    langs = [getattr(Language, _LINGUA_NAMES[c]) for c in SUPPORTED if c in _LINGUA_NAMES]
    if len(langs) < 2:      # lingua needs two languages at least
        langs.append(Language.GERMAN)
    return LanguageDetectorBuilder.from_languages(*langs).build()


def detect_language(text: str, default: str = SUPPORTED[0]) -> str:
    """ISO 639-1 code of the text's language among SUPPORTED (the first 2,000 characters decide)."""
    sample = text[:2000]
    if not sample.strip():
        return default
    found = _detector().detect_language_of(sample)
    if found is None:
        return default
    code = found.iso_code_639_1.name.lower()
    return code if code in SUPPORTED else default
