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

STORY_INDEX = "story-index"
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


def build_stories(articles: list[Article], store: Any = None, summary_language: str | None = None) -> list[Story]:
    """Stories of these articles.  With a store, embeddings are cached in it and
    the story index persists there, so articles already clustered keep their
    story and a new article joins one (or opens one) incrementally."""
    from recoupe.align.clustering import StoryIndex
    from recoupe.align.config import AlignConfig
    from recoupe.align.provenance import unify_outlets
    from recoupe.align.stories import build_stories as align_stories
    from recoupe.extract.framing import compare_profiles

    config = AlignConfig(summary_language=summary_language)
    index = None
    if store is not None:
        state = store.get_blob(STORY_INDEX)
        index = StoryIndex.from_bytes(state, config=config, cache=store) if state else StoryIndex(config, cache=store)
    unify_people(articles)
    unify_outlets(articles)
    stories = align_stories(articles, cache=store, config=config, index=index)
    if store is not None:
        store.put_blob(STORY_INDEX, index.to_bytes())
    by_id = {a.id: a for a in articles}
    for story in stories:
        story.source_profiles = compare_profiles([by_id[i] for i in story.article_ids if i in by_id])
    return stories


def make_brief(articles: list[Article], stories: list[Story], tool: dict[str, Any], errors: list[dict]) -> Brief:
    return Brief(articles=articles, stories=stories, tool=tool, errors=errors)
