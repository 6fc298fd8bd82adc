"""Small helpers on offsets into an article's text."""
from __future__ import annotations


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) narrowed to leave out surrounding whitespace; empty spans come back with start == end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
