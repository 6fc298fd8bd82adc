"""Stage `numbers` (placeholder until its issue lands)."""
from __future__ import annotations

from spacy.tokens import Doc

from recoupe.extract import article_stage
from recoupe.model import Article


@article_stage("numbers", order=40)
def extract_numbers(article: Article, doc: Doc) -> None:
    return None
