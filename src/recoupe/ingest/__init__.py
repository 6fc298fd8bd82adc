"""Ingestion: every place a user keeps articles -> `Article` objects with cleaned text.

`load(inputs)` yields `Article` or `IngestError` for each input, so that one
bad file never stops the batch.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from recoupe.model import Article, ArticleSource


@dataclass
class IngestError:
    input: str
    problem: str

    def __str__(self) -> str:
        return f"{self.input}: {self.problem}"


def load(inputs: Iterable[str], follow_links: bool = False) -> Iterator[Article | IngestError]:
    for item in inputs:
        path = Path(item)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            try:
                text = f.read_text(encoding="utf-8")
            except Exception as err:       # replaced by the real readers
                yield IngestError(str(f), str(err))
                continue
            yield Article(id=f.stem, text=text, source=ArticleSource(path=str(f)))
