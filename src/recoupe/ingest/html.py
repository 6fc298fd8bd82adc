"""HTML pages -> article: trafilatura for the body and metadata, then cleaning.

trafilatura finds the main text (one paragraph per line), the title, the site
name and the canonical URL; the publication timestamp is read first from the
page's own machine-readable fields (article:published_time, JSON-LD
datePublished), which carry the time of day, then from trafilatura/htmldate.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from recoupe.ingest.clean import clean_body
from recoupe.ingest.encoding import decode
from recoupe.ingest.errors import IngestProblem

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.IGNORECASE)
_HTML_LANG = re.compile(r"""<html[^>]*?\slang\s*=\s*["']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?""", re.IGNORECASE)
_PUBLISHED_META = [
    re.compile(r"""<meta[^>]+(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|"""
               r"""datePublished|pubdate|publishdate|date|dc\.date\.issued|DC\.date\.issued|sailthru\.date|"""
               r"""parsely-pub-date)["'][^>]*?content\s*=\s*["']([^"']+)["']""", re.IGNORECASE),
    re.compile(r"""<meta[^>]+content\s*=\s*["']([^"']+)["'][^>]*?(?:property|name|itemprop)\s*=\s*["']"""
               r"""(?:article:published_time|og:published_time|datePublished)["']""", re.IGNORECASE),
    re.compile(r'''"datePublished"\s*:\s*"([^"]+)"'''),
]
# the minimum a page must give to count as an article (a cookie wall or an index page gives less)
MIN_BODY_CHARS = 80


class HtmlProblem(IngestProblem):
    """The page gives no article (truncated, empty, not HTML)."""


@dataclass
class HtmlArticle:
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    site_name: str | None = None
    language: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


def decode_html(data: bytes, declared: str | None = None) -> str:
    head = data[:4096]
    m = _META_CHARSET.search(head)
    charset = declared or (m.group(1).decode("ascii", "replace") if m else None)
    return decode(data, declared=charset).text


def is_truncated(html: str) -> bool:
    """A document that opened <html>/<body> but never closed it: cut in transfer or on disk."""
    low = html.lower()
    opened = "<html" in low[:4096] or "<body" in low[:200_000]
    if not opened or "</html>" in low[-4096:] or "</body>" in low[-20_000:]:
        return False
    # some sites never close their pages: a page that reached its footer is complete
    return "footer" not in low[-max(4096, len(low) // 20):]


def parse_html(data: bytes | str, url: str | None = None, declared_charset: str | None = None) -> HtmlArticle:
    import trafilatura

    html = data if isinstance(data, str) else decode_html(data, declared_charset)
    if not html.strip():
        raise HtmlProblem("empty page")
    if "<" not in html[:5000]:
        raise HtmlProblem("not HTML (no markup found)")
    if is_truncated(html):
        raise HtmlProblem("truncated HTML page (it ends before </body></html>); the article may be incomplete, so it was not used")
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=True)
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    ld_body = _jsonld_article_body(html)
    if ld_body and _prefer_structured(ld_body, body):
        body, body_source = ld_body, "json-ld articleBody"
    else:
        body_source = "trafilatura"
    if len(body.strip()) < MIN_BODY_CHARS:
        raise HtmlProblem("no article text found in the page")
    title = _clean_title(getattr(doc, "title", None))
    cleaned = clean_body(body, title=title)
    if len(cleaned.text.strip()) < MIN_BODY_CHARS:
        raise HtmlProblem("no article text left after removing the page's furniture")
    published = _published_from_meta(html) or getattr(doc, "date", None) or cleaned.published
    lang = _HTML_LANG.search(html[:5000])
    metadata = dict(cleaned.metadata)
    metadata["body_from"] = body_source
    if getattr(doc, "author", None):
        metadata["byline"] = doc.author
    if getattr(doc, "description", None):
        metadata["description"] = doc.description
    return HtmlArticle(text=cleaned.text, title=title, published=published,
                       url=getattr(doc, "url", None) or url, site_name=getattr(doc, "sitename", None),
                       language=lang.group(1).lower() if lang else None, metadata=metadata)


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    title = re.sub(r"[ \t\r\n]+", " ", title).strip()      # keep no-break spaces: they are the author's
    return title or None


def _published_from_meta(html: str) -> str | None:
    head = html[:300_000]
    for pattern in _PUBLISHED_META:
        for m in pattern.finditer(head):
            iso = _iso(m.group(1))
            if iso:
                return iso
    return None


def _iso(value: str) -> str | None:
    value = value.strip()
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None
    if not (1990 <= dt.year <= 2100):
        return None
    if len(value) <= 10:
        return dt.date().isoformat()
    return dt.isoformat()


_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
               "table", "section", "article", "header", "footer", "figure", "figcaption", "pre", "hr", "dd", "dt"}


def fragment_text(fragment: str) -> str:
    """Plain text of a small HTML fragment (a feed item's summary): one block per line.
    Plain text passes through unchanged."""
    if "<" not in fragment or not re.search(r"<[a-zA-Z/!]", fragment):
        import html as html_lib
        return html_lib.unescape(fragment)
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:                  # unparsable markup: keep the words, drop the tags
        import html as html_lib
        return html_lib.unescape(re.sub(r"<[^>]*>", " ", fragment))
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
            if el.tag.lower() != "br":
                el.text = "\n" + (el.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _prefer_structured(ld_body: str, body: str) -> bool:
    """The page's own JSON-LD articleBody instead of the extractor's text: when the extractor found
    (almost) nothing, or when articleBody is much longer, keeps paragraphs apart and contains what
    the extractor found (content split over containers or rendered by script)."""
    if len(body.strip()) < MIN_BODY_CHARS:
        return True
    ld_words, words = ld_body.split(), body.split()
    if len(ld_words) < 1.6 * len(words) or ld_body.count("\n") < len(ld_words) / 250:
        return False
    from collections import Counter
    mine, theirs = Counter(w.casefold() for w in words), Counter(w.casefold() for w in ld_words)
    return sum((mine & theirs).values()) >= 0.9 * len(words)


_JSONLD = re.compile(r"""<script[^>]+type\s*=\s*["']application/ld\+json["'][^>]*>(.*?)</script>""",
                     re.IGNORECASE | re.DOTALL)


def _jsonld_article_body(html: str) -> str | None:
    """The longest schema.org articleBody in the page's JSON-LD, one paragraph per line, or None."""
    import json

    best = ""
    for m in _JSONLD.finditer(html):
        try:
            data = json.loads(m.group(1).strip())
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                value = node.get("articleBody")
                if isinstance(value, str) and len(value) > len(best):
                    best = value
                stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
    if len(best) < MIN_BODY_CHARS:
        return None
    import html as html_lib

    text = fragment_text(best) if re.search(r"<(?:p|br|div)\b", best) else html_lib.unescape(best)
    # drop CMS markup lines ("+++dropcap", "+++feature-default") that some sites leave in the field
    lines = [line.strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line and not re.fullmatch(r"[+#=*_]{2,}[\w-]*[+#=*_]*", line))
