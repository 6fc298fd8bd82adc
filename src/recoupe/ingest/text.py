"""Plain-text articles (the seeds): headline, body, captions and timestamp."""
from __future__ import annotations

from recoupe.ingest.clean import clean_text_file
from recoupe.ingest.encoding import NotText, decode
from recoupe.ingest.errors import IngestProblem
from recoupe.model import Article, ArticleSource


def parse_text(data: bytes, article_id: str, path: str | None = None, url: str | None = None) -> Article:
    try:
        decoded = decode(data)
    except NotText as err:
        raise IngestProblem(f"{err}; expected a text, HTML, JSON Lines or feed file") from None
    if not decoded.text.strip():
        raise IngestProblem("empty file (no text)")
    cleaned = clean_text_file(decoded.text)
    if not cleaned.text.strip():
        raise IngestProblem("no article text left after removing captions, teasers and page furniture")
    metadata = dict(cleaned.metadata)
    metadata["encoding"] = decoded.encoding
    return Article(id=article_id, text=cleaned.text, title=cleaned.title, published=cleaned.published,
                   source=ArticleSource(path=path, url=url), metadata=metadata)
