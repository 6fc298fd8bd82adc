"""Ingestion: every place a user keeps articles -> `Article` objects with cleaned text.

`load(inputs)` yields `Article` or `IngestError` for each input, so that one
bad file never stops the batch.  An input is a file, a folder (read
recursively), or an http(s) URL.  Files are read by kind:

  .txt .text .md (and unknown)  -> text.py   (headline, captions, timestamp)
  .html .htm .xhtml (.gz)       -> html.py   (trafilatura)
  .jsonl .ndjson (.gz), .json   -> jsonl.py  (id, title, text|html, url, outlet, published, language)
  .xml .rss .atom .rdf          -> feed.py   (feedparser; links followed only with follow_links)

A file whose content says otherwise (a .txt holding HTML or a feed) is read
as what it is.  Article ids: the file's stem, the JSON `id` field, or a short
stable hash for URLs and feed items (never with dots: scorers take its stem).
"""
from __future__ import annotations

import gzip
import os
from pathlib import Path
from typing import Iterable, Iterator

from recoupe.ingest.encoding import looks_binary
from recoupe.ingest.errors import IngestError, IngestProblem
from recoupe.model import Article, ArticleSource

__all__ = ["IngestError", "IngestProblem", "load", "MAX_FILE_BYTES"]

# one article file (text, HTML, feed) larger than this is refused: no article is this big,
# and reading it would stall the batch.  JSON Lines corpora are streamed and have no file cap.
MAX_FILE_BYTES = 20 * 1024 * 1024

_TEXT = (".txt", ".text", ".md")
_HTML = (".html", ".htm", ".xhtml", ".shtml")
_JSONL = (".jsonl", ".ndjson")
_FEED = (".xml", ".rss", ".atom", ".rdf")
# what a folder walk reads; other files there (images, fundus' expected .json...) are not articles
_FOLDER_KINDS = _TEXT + _HTML + _JSONL + _FEED
# a corpus folder's own documentation is not an article (still readable when named directly)
_FOLDER_DOCS = ("readme", "license", "licence", "changelog", "copying", "notice", "authors", "contributing")


def load(inputs: Iterable[str], follow_links: bool = False) -> Iterator[Article | IngestError]:
    seen_ids: dict[str, int] = {}
    for item in inputs:
        for result in _load_one(str(item), follow_links):
            if isinstance(result, Article):
                result.id = _unique(result.id, seen_ids)
            yield result


def _unique(article_id: str, seen: dict[str, int]) -> str:
    """Two inputs with the same stem (a/x.txt, b/x.txt) must not share an id within a batch."""
    if article_id not in seen:
        seen[article_id] = 1
        return article_id
    seen[article_id] += 1
    candidate = f"{article_id}-{seen[article_id]}"
    while candidate in seen:
        seen[article_id] += 1
        candidate = f"{article_id}-{seen[article_id]}"
    seen[candidate] = 1
    return candidate


def _load_one(item: str, follow_links: bool) -> Iterator[Article | IngestError]:
    from recoupe.ingest.url import looks_like_url

    path = Path(item).expanduser()
    try:
        if path.is_dir():
            yield from _load_folder(path, follow_links)
            return
        if path.is_file():
            yield from _load_file(path, follow_links)
            return
        if looks_like_url(item):
            yield from _load_url(item, follow_links)
            return
        yield IngestError(item, "no such file or folder" if not path.exists() else "not a regular file")
    except IngestProblem as err:
        yield IngestError(item, str(err))
    except Exception as err:  # a reader bug must not stop the batch; say what happened
        yield IngestError(item, f"could not be read ({type(err).__name__}: {err})")


def _load_folder(folder: Path, follow_links: bool) -> Iterator[Article | IngestError]:
    found = False
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__")))
        for name in sorted(files):
            if name.startswith("."):
                continue
            lower = name.lower()
            base = lower[:-3] if lower.endswith(".gz") else lower
            if not base.endswith(_FOLDER_KINDS) or base.startswith(_FOLDER_DOCS):
                continue
            found = True
            f = Path(root) / name
            try:
                yield from _load_file(f, follow_links)
            except IngestProblem as err:
                yield IngestError(str(f), str(err))
            except Exception as err:
                yield IngestError(str(f), f"could not be read ({type(err).__name__}: {err})")
    if not found:
        yield IngestError(str(folder), "no article files in this folder (.txt, .md, .html, .jsonl, .xml/.rss/.atom; .json only when named directly)")


def _read_capped(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise IngestProblem(f"file is {size / 2**20:.0f} MB, over the {MAX_FILE_BYTES // 2**20} MB limit "
                            "for one article (a corpus belongs in a .jsonl file, which is streamed)")
    data = path.read_bytes()
    if path.name.lower().endswith(".gz"):
        try:
            with gzip.open(path, "rb") as fh:
                data = fh.read(MAX_FILE_BYTES + 1)
        except (OSError, EOFError) as err:
            raise IngestProblem(f"not a readable gzip file ({err})") from None
        if len(data) > MAX_FILE_BYTES:
            raise IngestProblem(f"decompressed file is over the {MAX_FILE_BYTES // 2**20} MB limit for one article")
    return data


def _sniff(data: bytes) -> str | None:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml") or head.startswith((b"<rss", b"<feed", b"<rdf:rdf")):
        if any(t in head for t in (b"<rss", b"<feed", b"<rdf:rdf")):
            return "feed"
        if b"<html" in head:
            return "html"
        return "feed"
    if head.startswith((b"<!doctype html", b"<html", b"<!--", b"<head", b"<body", b"<meta")):
        return "html"
    return None


def _load_file(path: Path, follow_links: bool) -> Iterator[Article | IngestError]:
    from recoupe.ingest.jsonl import article_stem, read_json, read_jsonl

    lower = path.name.lower()
    base = lower[:-3] if lower.endswith(".gz") else lower
    if base.endswith(_JSONL):
        yield from read_jsonl(path)
        return
    data = _read_capped(path)
    if not data.strip():
        raise IngestProblem("empty file")
    if looks_binary(data):
        raise IngestProblem("binary file, not text (expected a text, HTML, JSON Lines or feed file)")
    if base.endswith(".json"):
        yield from read_json(path, data)
        return
    kind = "html" if base.endswith(_HTML) else "feed" if base.endswith(_FEED) else "text"
    sniffed = _sniff(data)
    if sniffed and kind == "text":
        kind = sniffed
    elif kind == "html" and not sniffed and b"<" not in data[:5000]:
        kind = "text"                       # a page saved as plain text under an .html name
    stem = article_stem(path)
    if kind == "html":
        yield _html_article(data, article_id=stem, path=str(path))
    elif kind == "feed":
        yield from _feed_articles(data, str(path), follow_links)
    else:
        from recoupe.ingest.text import parse_text
        yield parse_text(data, article_id=stem, path=str(path))


def _html_article(data: bytes, article_id: str, path: str | None = None, url: str | None = None,
                  charset: str | None = None) -> Article:
    from recoupe.ingest.html import parse_html

    page = parse_html(data, url=url, declared_charset=charset)
    metadata = dict(page.metadata)
    if page.language and page.language != "und":
        from recoupe.ingest.language import declared_language
        language, declared = declared_language(page.language)
        metadata["declared_language"] = declared
    else:
        language = None
    return Article(id=article_id, text=page.text, title=page.title, language=language, published=page.published,
                   source=ArticleSource(path=path, url=page.url or url, outlet=page.site_name), metadata=metadata)


def _feed_articles(data: bytes, source: str, follow_links: bool) -> Iterator[Article | IngestError]:
    from recoupe.ingest.feed import read_feed

    yield from read_feed(data, source, follow_links=follow_links, fetch_page=_fetch_page)


def _fetch_page(url: str) -> Article:
    """A linked page, read as HTML (or text): what a feed item's link leads to."""
    from recoupe.ingest.url import fetch, kind_of, url_id

    fetched = fetch(url)
    kind = kind_of(fetched)
    if kind == "html":
        return _html_article(fetched.data, article_id=url_id(url), url=fetched.url, charset=fetched.charset)
    if kind == "text":
        from recoupe.ingest.text import parse_text
        return parse_text(fetched.data, article_id=url_id(url), url=fetched.url)
    raise IngestProblem("the link leads to a feed, not an article page")


def _load_url(url: str, follow_links: bool) -> Iterator[Article | IngestError]:
    from recoupe.ingest.url import fetch, kind_of, url_id

    fetched = fetch(url)
    kind = kind_of(fetched)
    if kind == "feed":
        yield from _feed_articles(fetched.data, url, follow_links)
    elif kind == "html":
        yield _html_article(fetched.data, article_id=url_id(url), url=fetched.url, charset=fetched.charset)
    else:
        from recoupe.ingest.text import parse_text
        yield parse_text(fetched.data, article_id=url_id(url), url=fetched.url)
