"""Corroboration: how many articles carry a claim and how many independent
origins stand behind them (articles relaying one report count once).

Origins come from `recoupe.align.provenance`: a sentence that names a cited
source has that origin (a document an outlet obtained has that outlet's); the
article's other sentences have the upstream source it relays most, else the
article's own outlet.
"""
from __future__ import annotations

from recoupe.align import provenance
from recoupe.align.features import SentenceFacts
from recoupe.model import Article, Claim


def article_origins(article: Article) -> set[str]:
    """The origin of an article's unattributed sentences: the upstream report it
    relays most (one report relayed by many outlets counts once), else itself."""
    relayed = provenance.relayed_sources(article)
    return {relayed[0]} if relayed else {provenance.own_origin(article)}


def sentence_origin(article: Article, f: SentenceFacts, by_article: dict[str, set[str]]) -> set[str]:
    s, e = f.sentence.start, f.sentence.end
    named = {c.via or c.issuer or c.name for c in article.cited_sources for m in c.mentions
             if c.name and s <= m.start and m.end <= e}
    return named or by_article[article.id]


def corroborate(claim: Claim, facts: list[SentenceFacts], articles: dict[str, Article],
                by_article: dict[str, set[str]]) -> None:
    supporting = [f for f, ev in zip(facts, claim.evidence) if ev.stance == "supports"]
    origins: set[str] = set()
    for f in supporting:
        origins |= sentence_origin(articles[f.article_id], f, by_article)
    claim.n_articles = len({f.article_id for f in supporting})
    claim.origins = sorted(origins)
    claim.n_origins = len(origins)
    claim.single_source = claim.n_origins <= 1
    claim.contradicted = any(ev.stance == "contradicts" for ev in claim.evidence)
