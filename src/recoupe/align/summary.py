"""Synthesis: a short extractive summary favouring corroborated claims.

Claims are ranked by independent origins, then articles, then how early they
come in their articles (news leads carry the key facts); each chosen claim is
voiced by its evidence sentence in the summary language and cites every
article that supports it.
"""
from __future__ import annotations

from collections import Counter

from recoupe.model import Article, Claim, SummarySentence


def story_language(articles: list[Article], wanted: str | None) -> str | None:
    langs = Counter(a.language for a in articles if a.language)
    if wanted and wanted in langs:
        return wanted
    return min(langs, key=lambda l: (-langs[l], l)) if langs else None


def summarise(claims: list[Claim], articles: list[Article], language: str | None, n: int,
              position: dict[tuple[str, int], int]) -> list[SummarySentence]:
    lang_of = {a.id: a.language for a in articles}

    def rank(c: Claim):
        first = min((position.get((e.article_id, e.start), 99) for e in c.evidence), default=99)
        return (-c.n_origins, -c.n_articles, first, c.id)

    out, used_spans = [], set()
    for c in sorted(claims, key=rank):
        supports = [e for e in c.evidence if e.stance == "supports"]
        voice = [e for e in supports if lang_of.get(e.article_id) == language] or supports
        if not voice:
            continue
        e = min(voice, key=lambda e: (position.get((e.article_id, e.start), 99), e.article_id))
        if (e.article_id, e.start) in used_spans:
            continue
        used_spans.add((e.article_id, e.start))
        out.append(SummarySentence(text=e.text, article_ids=sorted({x.article_id for x in supports})))
        if len(out) >= n:
            break
    return out
