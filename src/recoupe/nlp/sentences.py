"""Sentence boundaries that respect quotations.

spaCy's French parser splits after an opening « , inside « … » and before
« , a-t-il dit »; a fact-checker needs the quote and its cue in one sentence.
We therefore decide boundaries ourselves (paragraphs, then terminal
punctuation outside quotes, minus abbreviations and initials) and hand them to
the parser, which respects preset `is_sent_start` values.
"""
from __future__ import annotations

import re
from functools import lru_cache

from recoupe.nlp.spans import strip_span

OPENERS = {"«": "»", "“": "”", "‹": "›", "„": "“"}
CLOSERS = {"»", "”", "›"}
# abbreviations after which a full stop does not end a sentence
ABBREVIATIONS = {
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mgr", "st", "ste", "gén", "gal", "col", "lt",
    "cf", "etc", "p", "pp", "n°", "no", "vol", "art", "av", "bd", "env", "min", "max", "hab",
    "mr", "mrs", "ms", "prof", "gen", "sen", "rep", "gov", "sgt", "capt", "cmdr", "adm", "jr", "sr",
    "vs", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "fig", "approx", "dept", "est", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m",
}
_TERMINAL = re.compile(r"[.!?…]+|\.\.\.")
_CLOSING = re.compile(r"[»”\"]")
_WORD_BEFORE = re.compile(r"([\w.'’°]+)$")


# Cached: the framing stage asks again for the text the sentence splitter just mapped
# (a per-character Python loop, a sixth of the framing stage's time). A tuple, so no
# caller can alter the cached value.
@lru_cache(maxsize=2)
def _quote_depth_map(text: str) -> tuple[int, ...]:
    """Depth of quotation at each character, per paragraph; unclosed quotes are ignored.

    A « or " that closes a quote is recognised by position: a mark glued to the
    previous word and followed by space or punctuation closes (one seed writes
    `guerre« ,` for `guerre » ,`)."""
    depth = [0] * (len(text) + 1)
    pos = 0
    for para in re.split(r"(\n)", text):
        if para == "\n":
            pos += 1
            continue
        stack: list[int] = []          # start offsets of open quotes
        spans: list[tuple[int, int]] = []
        straight_open: int | None = None
        for i, ch in enumerate(para):
            prev = para[i - 1] if i else " "
            nxt = para[i + 1] if i + 1 < len(para) else " "
            if ch in CLOSERS or (ch == "«" and stack and not prev.isspace() and (nxt.isspace() or nxt in ",.;:!?")):
                if stack:
                    spans.append((stack.pop(), i))
            elif ch in OPENERS:
                stack.append(i)
            elif ch == '"':
                if straight_open is None:
                    straight_open = i
                else:
                    spans.append((straight_open, i))
                    straight_open = None
        for a, b in spans:
            for k in range(a + 1, b):
                depth[pos + k] += 1
        pos += len(para)
    return tuple(depth)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, stripped of surrounding whitespace."""
    depth = _quote_depth_map(text)
    bounds: list[tuple[int, int]] = []
    start = 0
    n = len(text)

    def emit(a: int, b: int) -> None:
        a, b = strip_span(text, a, b)
        if b > a:
            bounds.append((a, b))

    i = 0
    while i < n:
        ch = text[i]
        if ch == "\n":
            emit(start, i)
            start = i + 1
            i += 1
            continue
        m = _TERMINAL.match(text, i)
        if m is None and depth[i] == 0 and ch in "»”\"" and text[:i].rstrip()[-1:] in (".", "!", "?", "…"):
            m = _CLOSING.match(text, i)      # « … fin. » Next sentence: the quote ended the sentence
        if m and depth[i] == 0:
            end = m.end()
            # a closing quote or bracket right after the stop belongs to this sentence
            while end < n and text[end] in "»”’\")]":
                end += 1
            j = end
            while j < n and text[j] in " \t\u00a0":
                j += 1
            if j < n and j > end and _starts_sentence(text, j) and not _is_abbreviation(text, i, ch):
                emit(start, end)
                start = end
            i = m.end()
            continue
        i += 1
    emit(start, n)
    return bounds


def _starts_sentence(text: str, j: int) -> bool:
    ch = text[j]
    if ch in OPENERS or ch in "\"'(—–-":
        return True
    return ch.isupper() or ch.isdigit()


def _is_abbreviation(text: str, i: int, mark: str) -> bool:
    if mark != ".":
        return False
    m = _WORD_BEFORE.search(text, 0, i)
    if not m:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isalpha() and word.isupper():      # initials: Charles Q. Brown
        return True
    return word.lower().rstrip(".") in ABBREVIATIONS
