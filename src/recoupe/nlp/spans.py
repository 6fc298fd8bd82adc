"""Small helpers on offsets into an article's text."""
from __future__ import annotations

import re

# a note's number opening its line: « (1) », « [2] », « 3. » (notes list references, not speech)
NOTE_NUMBER = re.compile(r"\s*(?:\(\d{1,3}\)|\[\d{1,3}\]|\d{1,3}[.)])\s*")


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) narrowed to leave out surrounding whitespace; empty spans come back with start == end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
