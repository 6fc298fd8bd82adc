"""RSS/Atom feeds (files or URLs): each item becomes an article from its content or
summary; with follow_links, the item's link is fetched and its page read instead."""
from __future__ import annotations

import hashlib
import time
from typing import Callable, Iterator

from recoupe.ingest.clean import clean_body
from recoupe.ingest.errors import IngestError, IngestProblem
from recoupe.ingest.html import fragment_text
from recoupe.ingest.language import declared_language
from recoupe.model import Article, ArticleSource

# fetch_page(url) -> Article: given by the caller so that this module does no network itself
PageReader = Callable[[str], Article]


def read_feed(data: bytes, source: str, follow_links: bool = False,
              fetch_page: PageReader | None = None) -> Iterator[Article | IngestError]:
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.get("version"):
            yield IngestError(source, "the feed has no items")
        else:
            reason = parsed.get("bozo_exception")
            detail = f" ({type(reason).__name__}: {reason})" if reason else ""
            yield IngestError(source, f"not an RSS or Atom feed{detail}")
        return
    feed_title = (parsed.feed.get("title") or "").strip() or None
    language, declared = declared_language(parsed.feed.get("language"))
    for n, entry in enumerate(parsed.entries, start=1):
        link = (entry.get("link") or "").strip() or None
        where = link or f"{source} item {n}"
        try:
            summary_article = _article_from_entry(entry, source, feed_title, language, declared, n)
        except IngestProblem as err:
            summary_article, summary_problem = None, str(err)
        if follow_links and link and fetch_page is not None:
            try:
                page = fetch_page(link)
                page.source.feed = source
                page.source.outlet = page.source.outlet or feed_title
                page.title = page.title or (entry.get("title") or None)
                page.published = page.published or _entry_published(entry)
                page.language = page.language or language
                page.metadata.setdefault("feed_item", n)
                yield page
                continue
            except IngestProblem as err:
                yield IngestError(link, f"{err} (feed item {n} of {source}; its summary is used instead)"
                                  if summary_article else str(err))
        if summary_article is not None:
            yield summary_article
        elif not follow_links:
            yield IngestError(where, f"{summary_problem} (feed item {n} of {source})")


def _article_from_entry(entry, source: str, feed_title: str | None, language: str | None,
                        declared: str | None, n: int) -> Article:
    contents = [c.get("value", "") for c in entry.get("content", []) or []]
    raw = max(contents, key=len) if contents else ""
    summary = entry.get("summary") or entry.get("description") or ""
    if len(summary) > len(raw):
        raw = summary
    title = " ".join((entry.get("title") or "").split()) or None
    cleaned = clean_body(fragment_text(raw), title=title)
    if not cleaned.text.strip():
        raise IngestProblem("the feed item has no text (ask to follow item links to read the page)")
    link = (entry.get("link") or "").strip() or None
    identity = entry.get("id") or link or f"{source}\n{title}\n{entry.get('published', '')}\n{n}"
    metadata = dict(cleaned.metadata)
    metadata.update({"feed_item": n, "from": "feed summary"})
    if declared:
        metadata["declared_language"] = declared
    if entry.get("author"):
        metadata["byline"] = entry.get("author")
    return Article(id="item-" + hashlib.sha256(identity.encode("utf-8")).hexdigest()[:12],
                   text=cleaned.text, title=title, language=language,
                   published=_entry_published(entry) or cleaned.published,
                   source=ArticleSource(url=link, outlet=feed_title, feed=source), metadata=metadata)


def _entry_published(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%dT%H:%M:%S", value) + "+00:00"
    return None
