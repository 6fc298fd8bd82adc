"""A declared language ("fr-FR", "English") -> the code recoupe analyses it with."""
from __future__ import annotations

from recoupe.lang import SUPPORTED

_NAMES = {"english": "en", "french": "fr", "français": "fr", "francais": "fr", "german": "de", "deutsch": "de",
          "spanish": "es", "español": "es", "italian": "it", "russian": "ru", "ukrainian": "uk"}


def declared_language(value: str | None) -> tuple[str | None, str | None]:
    """(code to set on the article when supported, else None; the normalised declared code)."""
    if not value:
        return None, None
    v = value.strip().lower().replace("_", "-")
    code = _NAMES.get(v, v.split("-")[0])
    if not code.isalpha() or not 2 <= len(code) <= 3:
        return None, None
    return (code if code in SUPPORTED else None), code
