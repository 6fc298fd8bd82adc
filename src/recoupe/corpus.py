"""The corpus stage: from analysed articles to the brief's stories.

Runs after the per-article pipeline: dates of reference for undated
articles, one identity per person across articles, then story clustering and
cross-checking (recoupe.align).
"""
from __future__ import annotations

import re
from typing import Any, Callable, Iterable

from recoupe.model import Article, Story
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


def build_stories(articles: list[Article], store: Any = None, summary_language: str | None = None,
                  config: Any = None, cache: Any = None) -> list[Story]:
    """Stories of these articles.  With a store, embeddings are cached in it and
    the story index persists there, so articles already clustered keep their
    story and a new article joins one (or opens one) incrementally.  Without
    one, `cache` (a vector cache) may keep embeddings between runs, and
    `config` (an AlignConfig) overrides the settings (the benchmarks' way in)."""
    from recoupe.align.clustering import StoryIndex
    from recoupe.align.config import AlignConfig
    from recoupe.align.provenance import unify_outlets
    from recoupe.align.stories import build_stories as align_stories
    from recoupe.extract.framing import compare_profiles

    config = config or AlignConfig()
    if summary_language is not None:
        config.summary_language = summary_language
    index = None
    if store is not None:
        state = store.get_blob(STORY_INDEX)
        index = StoryIndex.from_bytes(state, config=config, cache=store) if state else StoryIndex(config, cache=store)
    unify_people(articles)
    unify_outlets(articles)
    stories = align_stories(articles, cache=store if store is not None else cache, config=config, index=index)
    if store is not None:
        store.put_blob(STORY_INDEX, index.to_bytes())
        store.update_analyses(articles)       # keep the stored articles as the stories see them
    by_id = {a.id: a for a in articles}
    for story in stories:
        story.source_profiles = compare_profiles([by_id[i] for i in story.article_ids if i in by_id])
    return stories


def read_and_analyse(inputs: Iterable[str], store: Any = None, mode: str = "md", follow_links: bool = False,
                     workers: int | None = None,
                     on_error: Callable[[str, str], None] | None = None,
                     on_progress: Callable[[int, int], None] | None = None) -> tuple[list[Article], list[dict]]:
    """Read the inputs, store them when there is a store, and analyse what has no current analysis.

    Returns the articles (analysed) and the failures as {"input", "problem"};
    `on_error(input, problem)` hears each failure as it happens and
    `on_progress(done, total)` each analysed article.  Used by the CLI and the web app."""
    from recoupe.engine import AnalysisError, LocalEngine
    from recoupe.ingest import IngestError, load
    from recoupe.pipeline import ANALYSIS_VERSION

    errors: list[dict] = []

    def fail(name: str, problem: str) -> None:
        errors.append({"input": name, "problem": problem})
        if on_error:
            on_error(name, problem)

    articles = []
    for item in load(inputs, follow_links=follow_links):
        if isinstance(item, IngestError):
            fail(item.input, item.problem)
        else:
            articles.append(item)
    set_reference_dates(articles)
    todo = []
    for article in articles:
        if store is not None:
            article.id, _new = store.add_article(article)
            if store.analysis_version(article.id) == (ANALYSIS_VERSION, mode):
                continue
        todo.append(article)
    analysed = []
    engine = LocalEngine(workers=1 if len(todo) < 8 else workers, mode=mode)
    for done, result in enumerate(engine.analyze(todo), 1):
        if on_progress:
            on_progress(done, len(todo))
        if isinstance(result, AnalysisError):
            fail(result.article_id, result.problem)
            continue
        if store is not None:
            store.save_analysis(result, ANALYSIS_VERSION, mode)
        analysed.append(result)
    if store is None:
        return analysed, errors
    return list(store.iter_articles([a.id for a in articles])), errors
