"""The local engine: the per-article pipeline in this process or in a pool of worker processes."""
from __future__ import annotations

import multiprocessing as mp
import os
import sys
import traceback
from dataclasses import dataclass
from typing import Iterable, Iterator

from recoupe.model import Article


@dataclass
class AnalysisError:
    article_id: str
    problem: str

    def __str__(self) -> str:
        return f"{self.article_id}: analysis failed: {self.problem}"


def _analyze_one(job: tuple[Article, str]) -> Article | AnalysisError:
    from recoupe.pipeline import analyze_article
    article, mode = job
    try:
        return analyze_article(article, mode=mode)
    except Exception as err:       # one bad article must not stop the batch
        if os.environ.get("RECOUPE_DEBUG"):
            traceback.print_exc(file=sys.stderr)
        return AnalysisError(article.id, f"{type(err).__name__}: {err}")


def _warm(mode: str) -> None:
    from recoupe.nlp.spacy_runner import load_pipeline
    load_pipeline("fr", mode)
    load_pipeline("en", mode)


class LocalEngine:
    """`workers=1` runs in-process; more uses a pool of processes, one spaCy per worker.

    Results stream back in input order, so memory stays flat however many articles pass."""

    def __init__(self, workers: int | None = None, mode: str = "md"):
        self.workers = workers or max(1, min(os.cpu_count() or 1, 4))
        self.mode = mode

    def analyze(self, articles: Iterable[Article]) -> Iterator[Article | AnalysisError]:
        jobs = ((a, self.mode) for a in articles)
        if self.workers == 1:
            yield from map(_analyze_one, jobs)
            return
        method = "fork" if sys.platform.startswith("linux") else "spawn"
        if method == "fork":          # the gazetteer, loaded once here, is shared by the forked workers
            from recoupe.nlp.canonical import _gazetteer, alias_table
            _gazetteer(), alias_table()
        ctx = mp.get_context(method)
        with ctx.Pool(self.workers, initializer=_warm, initargs=(self.mode,), maxtasksperchild=500) as pool:
            yield from pool.imap(_analyze_one, jobs, chunksize=2)
