"""Corroboration: how many articles carry a claim and how many independent
origins stand behind them (articles relaying one report count once).

Origins come from `recoupe.align.provenance` (the attribution stage) when it
is there; otherwise from the cited sources the per-article analysis found:
a sentence that names a cited source has that origin; an article that relays
exactly one upstream outlet has it for all its sentences; otherwise the
article's own outlet is the origin.
"""
from __future__ import annotations

from recoupe.align.features import SentenceFacts
from recoupe.model import Article, Claim, ProvenanceEntry

_UPSTREAM_KINDS = {"newspaper", "agency", "broadcaster", "outlet"}

try:                                    # written by the attribution engineer
    from recoupe.align import provenance as _provenance
except ImportError:                     # not there yet: fall back on cited_sources
    _provenance = None


def own_origin(article: Article) -> str:
    return (article.source.outlet or article.source.url or article.id).strip()


def article_origins(article: Article) -> set[str]:
    """The origin of an article's unattributed sentences: the upstream report it
    relays most (one report relayed by many outlets counts once), else itself."""
    if _provenance is not None and hasattr(_provenance, "relayed_sources"):
        try:
            relayed = list(_provenance.relayed_sources(article))
            if relayed:
                return {relayed[0]}
            return set(_provenance.origins_of(article)) or {own_origin(article)}
        except Exception:               # a provenance bug must not lose the story
            pass
    upstream = {c.name for c in article.cited_sources if c.kind in _UPSTREAM_KINDS and c.name}
    return upstream if len(upstream) == 1 else {own_origin(article)}


def sentence_origin(article: Article, f: SentenceFacts, by_article: dict[str, set[str]]) -> set[str]:
    s, e = f.sentence.start, f.sentence.end
    named = {c.name for c in article.cited_sources for m in c.mentions
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


def provenance_entries(articles: list[Article]) -> list[ProvenanceEntry]:
    if _provenance is not None and hasattr(_provenance, "provenance_for_story"):
        try:
            return list(_provenance.provenance_for_story(articles))
        except Exception:
            pass
    by_source: dict[str, set[str]] = {}
    for a in articles:
        for c in a.cited_sources:
            if c.name:
                by_source.setdefault(c.name, set()).add(a.id)
    return [ProvenanceEntry(source=s, article_ids=sorted(ids))
            for s, ids in sorted(by_source.items(), key=lambda kv: (-len(kv[1]), kv[0]))]
