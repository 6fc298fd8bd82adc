"""Bytes -> text: detect the encoding, normalise line ends and Unicode form.

Order of trust: a byte-order mark, then strict UTF-8 (by far the most common,
and a non-UTF-8 file almost never decodes as UTF-8 by chance), then
charset-normalizer for non-Western encodings, then CP1252 (a superset of the
printable Latin-1, the usual encoding of older Western European files).
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# what charset-normalizer may say about Western text; all of these read as CP1252 / Latin-1
_WESTERN = {"ascii", "latin_1", "iso8859_1", "cp1252", "iso8859_15", "cp850", "cp437", "mac_roman",
            "iso8859_9", "cp1254", "cp1250", "iso8859_2", "iso8859_3", "iso8859_4", "cp1257", "iso8859_13",
            "mac_latin2", "mac_iceland", "mac_turkish", "iso8859_14", "iso8859_16", "cp858", "hp_roman8"}
# invisible characters that only split words (soft hyphen, zero-width space, word joiner, BOM)
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class Decoded:
    text: str
    encoding: str


class NotText(ValueError):
    """The bytes are not text in any encoding we accept (a binary file)."""


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the first 8 KB: an image, archive, PDF..."""
    head = data[:8192]
    if not head:
        return False
    if any(head.startswith(bom) for bom, enc in _BOMS if enc.startswith("utf-16") or enc.startswith("utf-32")):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(head) > 0.05


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Text of `data`, with line ends as \\n and NFC form. `declared`: a charset the container
    (HTTP header, HTML meta) claims; used only when the bytes are not valid UTF-8."""
    if looks_binary(data):
        raise NotText("binary data (not text)")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return Decoded(normalise(data[len(bom):].decode(enc, errors="replace")), enc + "-bom")
    try:
        return Decoded(normalise(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            name = codecs.lookup(declared).name
            if name not in ("utf-8",):
                return Decoded(normalise(data.decode(name)), name)
        except (LookupError, UnicodeDecodeError):
            pass
    guess = _guess(data)
    if guess:
        return Decoded(normalise(data.decode(guess, errors="replace")), guess)
    try:
        return Decoded(normalise(data.decode("cp1252")), "cp1252")
    except UnicodeDecodeError:       # bytes CP1252 leaves undefined (0x81, 0x8d...): plain Latin-1
        return Decoded(normalise(data.decode("latin-1")), "latin-1")


def _guess(data: bytes) -> str | None:
    """A non-Western encoding charset-normalizer is sure about (Cyrillic, Greek, CJK...), else None."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return None
    best = from_bytes(data[:200_000]).best()
    if best is None:
        return None
    name = codecs.lookup(best.encoding).name.replace("-", "_")
    if name in _WESTERN or name.startswith("utf"):
        return None
    if best.chaos > 0.2:
        return None
    return best.encoding


def normalise(text: str) -> str:
    """CRLF / CR -> \\n, NFC, no invisible word-splitting characters or stray control bytes."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)
