"""Cleaning: keep the author's words, drop what the web page added around them.

The body convention is one paragraph per line, paragraphs separated by a
single "\\n", no blank lines.  Cleaning works line by line and only ever
drops whole lines or link markers; it never rewrites a word, so the spans
that later stages cut from the cleaned text are the author's own text.

What goes: link markers (" ℹ️"), teaser lines ("A lire:", "Lire aussi",
"Read more:"), share/subscribe/advertising lines, photo captions with a
credit (kept in `metadata`), a byline at the top (kept), a publication
timestamp alone on the first or last line (kept as `published`), a line
repeated right after itself (the duplicated headline of copied pages).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

# --------------------------------------------------------------- link markers
# a marker the page put after a linked word; it goes with the space before it
_LINK_MARKER = re.compile(r"[ \t\u00a0]*(?:\u2139\ufe0f?|\U0001f517|\u2197\ufe0f?)"
                          r"|[ \t\u00a0]*\((?:opens in (?:a )?new (?:tab|window)|s['’]ouvre dans un nouvel onglet|"
                          r"nouvelle fenêtre|new window)\)", re.IGNORECASE)

# --------------------------------------------------------------- teasers
# "A lire: ...", "Lire aussi ...", "Read more: ..." - a link to another article, not this one's text
_TEASER_START = re.compile(
    r"^\s*(?:[>»▶►→]+\s*)?(?:(?P<strong>"
    r"(?:à|a)\s+lire(?:\s+(?:aussi|également|egalement|encore|ici|absolument))?"
    r"|lire\s+(?:aussi|également|egalement|la suite|plus|notre (?:article|enquête|dossier))"
    r"|lisez\s+(?:aussi|également)|(?:à\s+)?voir\s+aussi|(?:read|see)\s+(?:more|also|next)|also\s+read|must\s+read"
    r"|lesen\s+sie\s+(?:auch|mehr)|le[ae]\s+(?:también|tambien)|leggi\s+anche|zobacz\s+(?:też|także)|читайте\s+также"
    r")|(?P<weak>"
    r"à\s+voir|sur\s+le\s+même\s+sujet|related(?:\s+(?:articles?|stories|content|coverage))?"
    r"|more\s+on\s+this(?:\s+story)?|recommended(?:\s+reading)?|more|mehr\s+zum\s+thema|auch\s+interessant"
    r"))\b\s*(?P<sep>[:：|\-–—»>]?)", re.IGNORECASE)

# --------------------------------------------------------------- share / page furniture
_JUNK_LINE = re.compile(
    r"^\s*(?:"
    r"partager(?:\s+(?:sur|via)\s+\w+)?(?:\s+cet\s+article)?|share(?:\s+(?:this|on|via)(?:\s+\w+)?)?(?:\s+article|\s+story)?"
    r"|tweet(?:er)?|facebook|twitter|x|linkedin|whatsapp|telegram|messenger|pinterest|reddit|flipboard|e-?mail|envoyer par e-?mail"
    r"|imprimer|print|copier\s+le\s+lien|copy\s+(?:the\s+)?link|lien\s+copié|link\s+copied"
    r"|publicité|advertisement|advertisements|annonce|anzeige|sponsored|contenu\s+sponsorisé"
    r"|abonnez-vous|s['’]abonner|subscribe(?:\s+now)?|newsletter|inscrivez-vous\s+à\s+(?:la|notre)\s+newsletter"
    r"|suivez-nous(?:\s+sur\s+\w+)?|follow\s+us(?:\s+on\s+\w+)?|commenter|réagir|comments?|commentaires?"
    r"|écouter\s+(?:cet\s+)?article|listen\s+to\s+(?:this\s+)?article"
    r"|(?:temps\s+de\s+)?lecture\s*:?\s*\d+\s*min(?:utes?)?|\d+\s*min(?:utes?)?\s+(?:de\s+lecture|read)"
    r"|lire\s+la\s+suite(?:\s+de\s+l['’]article)?(?:\s+sur\s+\S+)?|continue\s+reading|read\s+the\s+full\s+(?:article|story)(?:\s+on\s+\S+)?"
    r"|reading\s+time\s*:?\s*\d+\s*min(?:utes?)?|zum\s+(?:seitenanfang|anfang)|back\s+to\s+top|retour\s+en\s+haut"
    r")\s*[.:!]?\s*$", re.IGNORECASE)
# a line made only of social network names (a share bar)
_SHARE_BAR = re.compile(r"^(?:\s*(?:facebook|twitter|x|linkedin|whatsapp|telegram|e-?mail|messenger|pinterest|"
                        r"reddit|flipboard|bluesky|threads|copier le lien|copy link|partager|share)\s*[|·•,/]?)+$",
                        re.IGNORECASE)

# --------------------------------------------------------------- captions and credits
_AGENCY = (r"AFP|Agence France[- ]Presse|Reuters|AP|Associated Press|EPA(?:-EFE)?|EFE|dpa|DPA|ANSA|"
           r"Getty Images|Getty|SIPA|Sipa(?: Press)?|MAXPPP|Maxppp|Belga|BELGA|Xinhua|TASS|Tass|Sputnik|RIA Novosti|"
           r"Anadolu(?: Agency)?|AA|Keystone|KEYSTONE|Shutterstock|iStock(?:photo)?|Unsplash|Abaca(?:press)?|ABACA|"
           r"Hans Lucas|IP3(?: Press)?|Bloomberg|PA(?: Images| Wire)?|Alamy|Wikimedia Commons|Leemage|"
           r"Ukrinform|Ukrinform/.+|Pool|POOL|DR")
_CREDIT_TAIL = re.compile(
    r"(?:\((?P<paren>(?i:photo\s*:?\s*|crédit\s*:?\s*|credit\s*:?\s*|©\s*)?(?:[^()]*?[/|]\s*)?(?:" + _AGENCY + r")"
    r"(?:\s*[/|]\s*[^()]*)?|[^()]*©[^()]*|(?i:photo|crédit|credit)\s*:?[^()]+)\)"
    r"|(?:©|/)\s*(?P<slash>(?:[^/©()]*?\s*/\s*)?(?:" + _AGENCY + r")(?:\s*/\s*[\w .'-]+)?(?:\s+via\s+(?:" + _AGENCY + r"))?)"
    r"|\bvia\s+(?P<via>" + _AGENCY + r")"
    r"|\b(?:Foto|FOTO|Photo|PHOTO|Bild|Image|Picture|Credit|Crédit|Kuva|Zdjęcie)s?\s*:\s*(?P<label>[A-ZÀ-Þ][^.:;!?]{0,59}?))\s*$")
_CREDIT_HEAD = re.compile(r"^\s*(?:©|(?:photo(?:\s+d['’]illustration)?|crédits?\s+photos?|crédits?|credits?|"
                          r"image|illustration|bildquelle|foto)\s*[:©])", re.IGNORECASE)
_CAPTION_DATE_PREFIX = re.compile(r"^\s*date\s+(?P<date>\d{4}(?:-\d{2}){0,2})\b", re.IGNORECASE)
_DATE_IN = re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01]))?\b")

# --------------------------------------------------------------- bylines and timestamps
_BYLINE = re.compile(r"^\s*(?i:par|by|von|por)\s+(?:(?i:la\s+rédaction|the\s+\w+\s+staff)|"
                     r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]+|et|and|und|y|e|de|du|van|von|der|le|la|da|di)){0,6})"
                     r"\s*(?:(?:[,–—|]|\s-\s).{0,80})?$")
_STAMP_PREFIX = r"(?:(?:publié|mis\s+à\s+jour|modifié|posté|published|updated|posted|last\s+updated|veröffentlicht|aktualisiert)\s*(?:le|on|am)?\s*:?\s*)?"
_ISO_STAMP = re.compile(r"^\s*" + _STAMP_PREFIX +
                        r"(?P<y>(?:19|20)\d{2})-(?P<mo>\d{2})-(?P<d>\d{2})"
                        r"(?:[ T](?:à\s+|at\s+)?(?P<h>\d{1,2})[:h](?P<mi>\d{2})(?::(?P<s>\d{2}))?)?\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?\s*$",
                        re.IGNORECASE)
_DMY_STAMP = re.compile(r"^\s*" + _STAMP_PREFIX +
                        r"(?P<d>\d{1,2})[/.](?P<mo>\d{1,2})[/.](?P<y>(?:19|20)\d{2})"
                        r"(?:\s*(?:à|at|um|,)?\s*(?P<h>\d{1,2})[:h](?P<mi>\d{2})(?::(?P<s>\d{2}))?)?\s*$", re.IGNORECASE)

_SENTENCE_END = ".;,…:"
# a full stop after a lower-case word, then a capital: two sentences (not "U.S. Court", "N.Y. debate")
_SENTENCE_BREAK = re.compile(r"(?<=[a-zß-ÿ]{2})[.!?]\s+[«\"“'‘(]?[A-ZÀ-Þ]")


@dataclass
class Cleaned:
    text: str
    title: str | None = None
    published: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


# --------------------------------------------------------------- line tests
def remove_link_markers(line: str) -> str:
    out = _LINK_MARKER.sub("", line)
    return out.lstrip() if out != line else out


def is_teaser(line: str) -> bool:
    m = _TEASER_START.match(line)
    if not m:
        return False
    rest = line[m.end():].strip()
    if not rest:
        return True
    if m.group("sep"):
        return True
    if m.group("weak"):
        return False
    # "Lire aussi Macron évoque..." with no separator: a linked headline, short, capitalised,
    # not the start of a sentence ("Lire aussi les déclarations..." stays)
    first = next((c for c in rest if c.isalnum()), "")
    return len(line) <= 220 and (first.isupper() or first.isdigit()) and rest[-1] not in _SENTENCE_END


def is_junk(line: str) -> bool:
    s = line.strip()
    return bool(_JUNK_LINE.match(s) or (len(s) < 120 and _SHARE_BAR.match(s)))


def caption_of(line: str) -> dict[str, Any] | None:
    """The caption/credit a line is, or None: a short line, no full stop, that names a photo credit."""
    s = line.strip()
    words = s.split()
    if not words or len(words) > 35 or len(s) > 300:
        return None
    date_prefix = _CAPTION_DATE_PREFIX.match(s)
    tail = _CREDIT_TAIL.search(s)
    head = _CREDIT_HEAD.match(s)
    if not (date_prefix or tail or head):
        return None
    if not (tail or head) and len(words) > 12:
        return None
    body = s[:tail.start()] if tail else s
    # a sentence that happens to end with "(AFP)" is a dateline, not a caption: keep it
    if tail and body.rstrip().endswith((".", "!", "?", "»", "\"", "”")) and len(words) > 15:
        return None
    info: dict[str, Any] = {"text": s}
    if tail:
        credit = (tail.group("paren") or tail.group("slash") or tail.group("via") or tail.group("label") or "").strip()
        if tail.group("label") is not None and len(credit.split()) > 6:
            return None
        credit = re.sub(r"^(?:photo|crédit|credit)\s*:?\s*|^©\s*", "", credit, flags=re.IGNORECASE).strip()
        if credit:
            info["credit"] = credit
    elif head:
        credit = s[head.end():].strip(" :©")
        if credit and len(credit.split()) <= 6:
            info["credit"] = credit
    date = (date_prefix.group("date") if date_prefix else None)
    if not date:
        m = _DATE_IN.search(s)
        date = m.group(0) if m else None
    if date:
        info["date"] = date
    return info


def timestamp_of(line: str) -> str | None:
    """ISO form of a line that is only a publication date/time ("2024-05-20 14:11"), else None."""
    m = _ISO_STAMP.match(line) or _DMY_STAMP.match(line)
    if not m:
        return None
    try:
        y, mo, d = int(m.group("y")), int(m.group("mo")), int(m.group("d"))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        out = f"{y:04d}-{mo:02d}-{d:02d}"
        if m.group("h") is not None:
            h, mi, s = int(m.group("h")), int(m.group("mi")), int(m.group("s") or 0)
            if h > 23 or mi > 59 or s > 59:
                return None
            out += f"T{h:02d}:{mi:02d}:{s:02d}"
        return out
    except (TypeError, ValueError):
        return None


def is_byline(line: str) -> bool:
    s = line.strip()
    return len(s.split()) <= 14 and not s.endswith(".") and bool(_BYLINE.match(s))


def looks_like_headline(line: str, set_apart: bool = False) -> bool:
    """A headline: short, starts like a sentence, does not end like one (no final full stop).
    `set_apart`: a blank line follows it, as under a title; then it may be longer and end with "…"."""
    s = line.strip()
    words = s.split()
    if not (2 <= len(words) <= (45 if set_apart else 25)) or len(s) > (350 if set_apart else 220):
        return False
    if s[-1] in _SENTENCE_END:
        # set apart by a blank line, a short single sentence is a headline even with a final stop
        # (corpora such as PolNeAR add one); a lead paragraph runs on without a blank line (seed 002)
        ellipsis = s.endswith(("…", "...")) and not s.endswith("....")
        one_short_sentence = s[-1] == "." and len(words) <= 20 and not _SENTENCE_BREAK.search(s[:-1])
        if not (set_apart and (ellipsis or one_short_sentence)):
            return False
    first = next((c for c in s if c.isalnum()), "")
    return bool(first) and (first.isupper() or first.isdigit())


# --------------------------------------------------------------- the cleaners
def clean_lines(lines: list[str], metadata: dict[str, Any], drop_repeated: bool = False) -> list[str]:
    """Drop residue lines; keep every other line as it is (minus link markers and edge spaces)."""
    out: list[str] = []
    for raw in lines:
        line = remove_link_markers(raw).strip()
        if not line:
            continue
        if is_teaser(line):
            metadata.setdefault("dropped", []).append({"kind": "teaser", "text": line})
            continue
        if is_junk(line):
            metadata.setdefault("dropped", []).append({"kind": "page", "text": line})
            continue
        cap = caption_of(line)
        if cap:
            metadata.setdefault("captions", []).append(cap)
            continue
        if out and line == out[-1]:          # the same line twice in a row: a copy, not the author's
            continue
        out.append(line)
    if not drop_repeated:
        return out
    # in a page extractor's output, the same line three times or more is page furniture (consent
    # placeholders, "related" boxes); in a text file it may be the author's refrain, so it stays
    counts = Counter(line for line in out if len(line) >= 20)
    repeated = {line for line, n in counts.items() if n >= 3}
    if repeated:
        metadata.setdefault("dropped", []).extend({"kind": "repeated", "text": line} for line in sorted(repeated))
        out = [line for line in out if line not in repeated]
    return out


def _take_edges(lines: list[str], metadata: dict[str, Any]) -> tuple[list[str], str | None]:
    """Timestamp on the first/last line, byline near the top: metadata, out of the body."""
    published = None
    lines = list(lines)
    if lines and (ts := timestamp_of(lines[-1])):
        published = ts
        metadata["timestamp_line"] = lines.pop()
    if lines and (ts := timestamp_of(lines[0])):
        published = published or ts
        metadata.setdefault("timestamp_line", lines[0])
        lines.pop(0)
    if published:
        metadata["published_from"] = "timestamp line"
    for i in range(min(3, len(lines))):
        if is_byline(lines[i]) and len(lines) > 1:
            metadata["byline"] = lines.pop(i)
            break
    return lines, published


def _published_from_captions(metadata: dict[str, Any]) -> str | None:
    """A caption's date, when nothing better dates the article; marked as such in metadata,
    since a photo may be older than the article."""
    for cap in metadata.get("captions", []):
        if cap.get("date"):
            metadata["published_from"] = "caption"
            return cap["date"]
    return None


def clean_text_file(text: str) -> Cleaned:
    """A plain-text article: body, headline title, publication date, captions and credits."""
    metadata: dict[str, Any] = {}
    lines = clean_lines(text.split("\n"), metadata)
    lines, published = _take_edges(lines, metadata)
    title = None
    raw_first = [remove_link_markers(x).strip() for x in text.split("\n") if x.strip()]
    if lines and looks_like_headline(lines[0], set_apart=_blank_line_after(text, lines[0])) and len(lines) > 1:
        title = lines[0]
        if raw_first.count(title) >= 2 and _repeated_at_top(raw_first, title):
            # a headline repeated at the top: one title, and both copies leave the body
            lines = lines[1:]
            metadata["title_repeated"] = True
        # a single headline line stays as the body's first line: it is the author's words
        # (framing and claims read it) and it may be a section subhead of an excerpt
    if published is None:
        published = _published_from_captions(metadata)
    return Cleaned(text="\n".join(lines), title=title, published=published, metadata=metadata)


def _blank_line_after(text: str, line: str) -> bool:
    raw = text.split("\n")
    for i, x in enumerate(raw[:-1]):
        if remove_link_markers(x).strip() == line:
            return not raw[i + 1].strip()
    return False


def _repeated_at_top(raw_lines: list[str], title: str) -> bool:
    firsts = [x for x in raw_lines[:6] if not caption_of(x)]
    return firsts[:2] == [title, title]


def clean_body(text: str, title: str | None = None) -> Cleaned:
    """A body from an extractor (HTML, JSON, feed): residue out, the title's copy at the top out."""
    metadata: dict[str, Any] = {}
    lines = clean_lines(text.split("\n"), metadata, drop_repeated=True)
    lines, published = _take_edges(lines, metadata)
    if title and lines and _same_line(lines[0], title) and len(lines) > 1:
        lines = lines[1:]
        metadata["title_repeated"] = True
    if published is None:
        published = _published_from_captions(metadata)
    return Cleaned(text="\n".join(lines), title=title, published=published, metadata=metadata)


def _same_line(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
