"""Stage `quotes` (placeholder until its issue lands)."""
from __future__ import annotations

from spacy.tokens import Doc

from recoupe.extract import article_stage
from recoupe.model import Article


@article_stage("quotes", order=30)
def extract_quotes(article: Article, doc: Doc) -> None:
    return None
