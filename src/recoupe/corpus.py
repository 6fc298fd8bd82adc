"""The corpus stage: from analysed articles to the brief's stories.

Runs after the per-article pipeline: dates of reference for undated
articles, one identity per person across articles, then story clustering and
cross-checking (recoupe.align).
"""
from __future__ import annotations

import re
from typing import Any

from recoupe.model import Article, Brief, Story
from recoupe.nlp.canonical import unify_people

_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def reference_date(articles: list[Article]) -> str | None:
    """The latest full publication date of the batch: what an undated article is read against."""
    dates = sorted(a.published[:10] for a in articles if a.published and _FULL_DATE.match(a.published))
    return dates[-1] if dates else None


def set_reference_dates(articles: list[Article]) -> None:
    ref = reference_date(articles)
    for a in articles:
        if not (a.published and _FULL_DATE.match(a.published)) and ref:
            # a month-only date (a caption's "2024-05") narrows the batch date when they agree
            if not a.published or ref.startswith(a.published):
                a.reference_date = ref


def build_stories(articles: list[Article], cache: Any = None, **options: Any) -> list[Story]:
    unify_people(articles)
    try:
        from recoupe.align import build_stories as align_stories
    except ImportError:           # the alignment stage is optional at this layer
        return []
    return align_stories(articles, cache=cache, **options)


def make_brief(articles: list[Article], stories: list[Story], tool: dict[str, Any], errors: list[dict]) -> Brief:
    return Brief(articles=articles, stories=stories, tool=tool, errors=errors)
