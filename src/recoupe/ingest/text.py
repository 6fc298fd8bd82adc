"""Plain-text articles (the seeds): headline, body, captions and timestamp.

A text file may open with a front-matter block, the convention of static-site
and scraper exports, to say what plain text cannot (who published it, where):

    ---
    outlet: Le Veilleur
    url: https://example.org/article
    published: 2026-03-12 14:10
    language: fr
    title: …
    ---

Only flat `key: value` lines are read (no YAML dependency); unknown keys are
kept in the article's metadata.
"""
from __future__ import annotations

import re

from recoupe.ingest.clean import clean_text_file
from recoupe.ingest.encoding import NotText, decode
from recoupe.ingest.errors import IngestProblem
from recoupe.ingest.language import declared_language
from recoupe.ingest.published import normalise_published
from recoupe.model import Article, ArticleSource

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<body>(?:[^\n]*\n)*?)---[ \t]*(?:\r?\n|\Z)")
_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")
_ALIASES = {"source": "outlet", "site": "outlet", "publisher": "outlet", "date": "published",
            "link": "url", "lang": "language", "headline": "title"}


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """The front-matter fields (keys lower-cased, common synonyms folded) and the rest of the text."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    fields: dict[str, str] = {}
    for line in m.group("body").splitlines():
        f = _FIELD.match(line.strip())
        if not f:
            if line.strip():
                return {}, text           # not flat key: value lines: not front matter, keep it as text
            continue
        key = f.group("key").lower()
        fields[_ALIASES.get(key, key)] = f.group("value").strip().strip("\"'")
    return fields, text[m.end():]


def parse_text(data: bytes, article_id: str, path: str | None = None, url: str | None = None) -> Article:
    try:
        decoded = decode(data)
    except NotText as err:
        raise IngestProblem(f"{err}; expected a text, HTML, JSON Lines or feed file") from None
    front, body = split_front_matter(decoded.text)
    if not body.strip():
        raise IngestProblem("empty file (no text)")
    cleaned = clean_text_file(body)
    if not cleaned.text.strip():
        raise IngestProblem("no article text left after removing captions, teasers and page furniture")
    metadata = dict(cleaned.metadata)
    metadata["encoding"] = decoded.encoding
    published = cleaned.published
    if front.get("published"):
        published = normalise_published(front["published"])
        if published is None:
            raise IngestProblem(f"front matter: unreadable published date {front['published']!r}")
        metadata["published_from"] = "front matter"
    language, declared = declared_language(front.get("language"))
    if declared:
        metadata["declared_language"] = declared
    metadata.update({f"front_{k}": v for k, v in front.items()
                     if k not in ("outlet", "url", "published", "language", "title")})
    return Article(id=article_id, text=cleaned.text, title=front.get("title") or cleaned.title,
                   published=published, language=language,
                   source=ArticleSource(path=path, url=front.get("url") or url, outlet=front.get("outlet")),
                   metadata=metadata)
