"""Stage `entities`: spaCy's named entities with a canonical name (first cut)."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from recoupe.extract import article_stage
from recoupe.model import Article, Entity

LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC",
          "NORP": "MISC", "MISC": "MISC", "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC"}
_LEADING_ARTICLE = re.compile(r"^(?:l[’']|d[’']|le |la |les |the )", re.IGNORECASE)


@article_stage("entities", order=10)
def extract_entities(article: Article, doc: Doc) -> None:
    out = []
    for ent in doc.ents:
        label = LABELS.get(ent.label_)
        if not label:
            continue
        start, end, text = ent.start_char, ent.end_char, ent.text
        m = _LEADING_ARTICLE.match(text)
        if m and len(text) > m.end():
            start += m.end()
            text = text[m.end():]
        out.append(Entity(text=text, start=start, end=end, label=label, canonical=text))
    article.entities = out
