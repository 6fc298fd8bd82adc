"""Stage `dates` (placeholder until its issue lands)."""
from __future__ import annotations

from spacy.tokens import Doc

from recoupe.extract import article_stage
from recoupe.model import Article


@article_stage("dates", order=50)
def extract_dates(article: Article, doc: Doc) -> None:
    return None
