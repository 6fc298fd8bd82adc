"""Stage `sources` (placeholder until its issue lands)."""
from __future__ import annotations

from spacy.tokens import Doc

from recoupe.extract import article_stage
from recoupe.model import Article


@article_stage("sources", order=20)
def extract_sources(article: Article, doc: Doc) -> None:
    return None
