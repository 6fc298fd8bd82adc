"""Stage `framing` (placeholder until its issue lands)."""
from __future__ import annotations

from spacy.tokens import Doc

from recoupe.extract import article_stage
from recoupe.model import Article


@article_stage("framing", order=60)
def extract_framing(article: Article, doc: Doc) -> None:
    return None
