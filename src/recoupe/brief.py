"""Brief <-> JSON: the contract of docs/brief-contract.md (schema recoupe.brief/1)."""
from __future__ import annotations

import dataclasses
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from recoupe import __version__
from recoupe.model import (Article, ArticleSource, Brief, CitedSource, DateMention, Entity, Framing,
                           Marker, NumberMention, Quote, Sentence, Span, Technique)

SCHEMA = "recoupe.brief/1"


def to_dict(obj: Any) -> Any:
    """Dataclasses to plain JSON-able data, fields in declaration order."""
    if dataclasses.is_dataclass(obj):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


def article_to_dict(article: Article) -> dict[str, Any]:
    """The article as in the brief.  Direct quotations (the speaker's own words,
    inside quote marks) go in `quotes`; indirect speech (« X a déclaré que … »,
    a paraphrase) in `reported_speech`, so that a reader or a scorer asking for
    verbatim words gets only those."""
    d = to_dict(article)
    quotes = d.pop("quotes")
    items = list(d.items())
    at = [k for k, _ in items].index("cited_sources")
    items[at:at] = [("quotes", [q for q in quotes if q["kind"] != "indirect"]),
                    ("reported_speech", [q for q in quotes if q["kind"] == "indirect"])]
    return dict(items)


def article_from_dict(d: dict[str, Any]) -> Article:
    def many(cls, items):
        names = {f.name for f in dataclasses.fields(cls)}
        return [cls(**{k: v for k, v in item.items() if k in names}) for item in items or []]

    fr = d.get("framing") or {}
    framing = Framing(genre=fr.get("genre") or {"label": "reporting", "confidence": 0.0},
                      techniques=many(Technique, fr.get("techniques")),
                      markers=many(Marker, fr.get("markers")),
                      profile=fr.get("profile") or {})
    cited = [CitedSource(name=c["name"], kind=c.get("kind", "outlet"), country=c.get("country"),
                         mentions=many(Span, c.get("mentions")), via=c.get("via"),
                         issuer=c.get("issuer"))
             for c in d.get("cited_sources") or []]
    return Article(
        id=d["id"], text=d["text"], title=d.get("title"), language=d.get("language"),
        published=d.get("published"), source=ArticleSource(**(d.get("source") or {})),
        sentences=many(Sentence, d.get("sentences")), entities=many(Entity, d.get("entities")),
        quotes=sorted(many(Quote, (d.get("quotes") or []) + (d.get("reported_speech") or [])),
                      key=lambda q: (q.start, q.end)),
        cited_sources=cited,
        numbers=many(NumberMention, d.get("numbers")), dates=many(DateMention, d.get("dates")),
        framing=framing, derived_from=d.get("derived_from") or [],
        reference_date=d.get("reference_date"), metadata=d.get("metadata") or {},
    )


def brief_to_dict(brief: Brief) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "generated_at": brief.generated_at or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "tool": brief.tool or {"name": "recoupe", "version": __version__},
        "articles": [article_to_dict(a) for a in brief.articles],
        "stories": to_dict(brief.stories),
        "errors": brief.errors,
    }


def write_json(brief: Brief, path: Path | None) -> str:
    text = json.dumps(brief_to_dict(brief), ensure_ascii=False, indent=1)
    if path is not None:
        Path(path).write_text(text, encoding="utf-8")
    return text
