"""JSON Lines corpora: one article per line with fields
id, title, text or html, url, outlet, published, language.

A malformed line fails alone (its file and line number are reported); the
rest of the file goes on.  The file is streamed, so a corpus of any size
is read in constant memory; one line may not exceed MAX_LINE_BYTES.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any, Iterator

from recoupe.ingest.clean import clean_body
from recoupe.ingest.encoding import NotText, decode, looks_binary
from recoupe.ingest.errors import IngestError, IngestProblem
from recoupe.ingest.html import parse_html
from recoupe.ingest.language import declared_language
from recoupe.ingest.published import normalise_published
from recoupe.model import Article, ArticleSource

MAX_LINE_BYTES = 20 * 1024 * 1024


# when the first lines of a file all fail, the file is not JSON Lines at all: one error, not thousands
GIVE_UP_AFTER = 5


def read_jsonl(path: Path) -> Iterator[Article | IngestError]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    stem = article_stem(path)
    any_line = False
    pending: list[IngestError] = []          # errors held back until one line succeeds
    succeeded = False
    with opener(path, "rb") as fh:
        head = fh.peek(8192)[:8192] if hasattr(fh, "peek") else b""
        if looks_binary(head):
            yield IngestError(str(path), "binary file, not JSON Lines")
            return
        for lineno, raw in enumerate(fh, start=1):
            where = f"{path}:{lineno}"
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            any_line = True
            result = _read_line(raw, lineno, where, stem)
            if isinstance(result, Article):
                succeeded = True
                yield from pending
                pending = []
                yield result
            elif succeeded:
                yield result
            else:
                pending.append(result)
                if len(pending) >= GIVE_UP_AFTER:
                    yield IngestError(str(path), f"not a JSON Lines file: its first {GIVE_UP_AFTER} lines fail "
                                                 f"(line {pending[0].input.rsplit(':', 1)[1]}: {pending[0].problem})")
                    return
    yield from pending
    if not any_line:
        yield IngestError(str(path), "empty file (no JSON lines)")


def _read_line(raw: bytes, lineno: int, where: str, stem: str) -> Article | IngestError:
    if len(raw) > MAX_LINE_BYTES:
        return IngestError(where, f"line is {len(raw) / 1e6:.0f} MB, over the {MAX_LINE_BYTES // 2**20} MB limit for one article")
    try:
        record = json.loads(decode(raw).text)
    except NotText:
        return IngestError(where, "binary data where a JSON line was expected")
    except json.JSONDecodeError as err:
        return IngestError(where, f"malformed JSON ({err.msg} at column {err.colno})")
    try:
        return article_from_record(record, default_id=f"{stem}-{lineno}", where=where)
    except IngestProblem as err:
        return IngestError(where, str(err))


def read_json(path: Path, data: bytes) -> Iterator[Article | IngestError]:
    """A .json file: one article object, a list of them, or {"articles": [...]}."""
    try:
        record = json.loads(decode(data).text)
    except NotText:
        yield IngestError(str(path), "binary file, not JSON")
        return
    except json.JSONDecodeError as err:
        yield IngestError(str(path), f"malformed JSON ({err.msg} at line {err.lineno}, column {err.colno})")
        return
    if isinstance(record, dict) and isinstance(record.get("articles"), list):
        record = record["articles"]
    records = record if isinstance(record, list) else [record]
    stem = article_stem(path)
    for i, item in enumerate(records, start=1):
        where = f"{path}[{i}]" if len(records) > 1 else str(path)
        try:
            yield article_from_record(item, default_id=stem if len(records) == 1 else f"{stem}-{i}", where=where)
        except IngestProblem as err:
            yield IngestError(where, str(err))


def article_from_record(record: Any, default_id: str, where: str) -> Article:
    if not isinstance(record, dict):
        raise IngestProblem(f"expected a JSON object with a text or html field, got {type(record).__name__}")
    title = _string(record.get("title") or record.get("headline"))
    url = _string(record.get("url") or record.get("link"))
    text = _string(record.get("text") or record.get("body") or record.get("content"))
    html = _string(record.get("html"))
    metadata: dict[str, Any] = {"record": where}
    raw_published = next((record[k] for k in ("published", "date", "published_at", "pubDate") if record.get(k)), None)
    published = normalise_published(raw_published)
    if raw_published is not None and published is None:
        metadata["published_unreadable"] = str(raw_published)
    outlet = _string(record.get("outlet") or record.get("source") or record.get("site"))
    if text:
        cleaned = clean_body(text, title=title)
        body, metadata_more = cleaned.text, cleaned.metadata
        published = published or cleaned.published
    elif html:
        page = parse_html(html, url=url)
        body, metadata_more = page.text, page.metadata
        title = title or page.title
        published = published or page.published
        url = url or page.url
        outlet = outlet or page.site_name
    else:
        raise IngestProblem("no 'text' or 'html' field")
    if not body.strip():
        raise IngestProblem("the article text is empty")
    metadata.update(metadata_more)
    language, declared = declared_language(_string(record.get("language") or record.get("lang")))
    if declared:
        metadata["declared_language"] = declared
    raw_id = record.get("id")
    article_id = str(raw_id).strip() if raw_id not in (None, "") else default_id
    return Article(id=article_id, text=body, title=title, language=language, published=published,
                   source=ArticleSource(path=None, url=url, outlet=outlet), metadata=metadata)


def _string(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):             # a list of paragraphs
        value = "\n".join(str(v) for v in value if v is not None)
    value = str(value).strip()
    return value or None


def article_stem(path: Path) -> str:
    name = path.name
    for suffix in (".gz", ".jsonl", ".ndjson", ".json", ".html", ".htm", ".xhtml", ".txt", ".text",
                   ".md", ".xml", ".rss", ".atom", ".rdf"):
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
    return name
