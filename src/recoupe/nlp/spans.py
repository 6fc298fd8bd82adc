"""Small helpers on offsets into an article's text."""
from __future__ import annotations

import re

# the dateline opening a wire story or a paragraph: "WASHINGTON (Reuters) - ", "BEIRUT, Lebanon (AP) — ",
# « Paris (AFP) - », "OSLO -- ".  Its place and its agency are the byline: never a speaker, never the
# body that "the agency said" takes up, no part of what is reported.
DATELINE = re.compile(
    r"^[ \t]*(?:(?:[A-ZÀ-Þ][\w.'’ -]{0,40}?(?:,[ \t]*[\w.'’ ]{1,30}?)?[ \t]*)?\([^()\n]{1,30}\)"
    r"|[A-ZÀ-Þ]{2}[A-ZÀ-Þ.'’ -]{0,38}?(?:,[ \t]*[\w.'’ ]{1,30}?)?)[ \t]*(?:--|[–—-])[ \t]",
    re.MULTILINE)


def doc_text(doc) -> str:
    """A spaCy doc's text, kept on the doc (Doc.text re-joins every token on each access)."""
    cached = doc.user_data.get("recoupe_text")
    if cached is None:
        cached = doc.user_data["recoupe_text"] = doc.text
    return cached


def remember_text(doc, text: str):
    """Keep on the doc the text it was made from (spaCy's tokenizer loses no character, so it is
    Doc.text without the cost of re-joining every token)."""
    doc.user_data["recoupe_text"] = text
    return doc


def doc_tokens(doc) -> list:
    """A spaCy doc's tokens as a list, kept on the doc: iterating a Doc, or indexing it, builds a new
    Token object each time, and the attribution stages walk every word several times."""
    cached = doc.user_data.get("recoupe_tokens")
    if cached is None or len(cached) != len(doc):
        cached = doc.user_data["recoupe_tokens"] = list(doc)
    return cached


def doc_heads(doc) -> list[int]:
    """Each word's head as an index, kept on the doc (`Token.head` builds a new Token at each call)."""
    cached = doc.user_data.get("recoupe_heads")
    if cached is None or len(cached) != len(doc):
        # (the offsets come unsigned: a head before its word wraps round)
        offsets = doc.to_array("HEAD").astype("int64")
        cached = doc.user_data["recoupe_heads"] = [i + int(offset) for i, offset in enumerate(offsets)]
    return cached


def release(doc) -> None:
    """Drop what was kept on a doc once its article is analysed: the token list points back at the
    doc, and that cycle would hold the whole parse in memory until the collector's next full pass."""
    doc.user_data.clear()


def span_tokens(span) -> list:
    """A spaCy span's tokens, from the doc's kept list (see `doc_tokens`)."""
    return doc_tokens(span.doc)[span.start:span.end]


def dateline_ranges(doc) -> list[tuple[int, int]]:
    """Where a spaCy doc's datelines are, found once and kept on the doc."""
    cached = doc.user_data.get("recoupe_datelines")
    if cached is None:
        cached = doc.user_data["recoupe_datelines"] = [(m.start(), m.end()) for m in DATELINE.finditer(doc_text(doc))]
    return cached


# a note's number opening its line: « (1) », « [2] », « 3. » (notes list references, not speech)
NOTE_NUMBER = re.compile(r"\s*(?:\(\d{1,3}\)|\[\d{1,3}\]|\d{1,3}[.)])\s*")


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) narrowed to leave out surrounding whitespace; empty spans come back with start == end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
