"""Provenance at corpus level: which upstream sources each article relays.

An article relays an upstream source when it cites an outlet, agency,
broadcaster or document (its `cited_sources`, found by the `sources` stage).
Social platforms are channels, not origins (« a affirmé sur Twitter » has the
person as origin), so they are left out.

`origins_of(article)` is what the alignment stage counts to tell independent
confirmations apart: two articles that both relay the New York Times report
have one origin, The New York Times; an article relaying nothing is its own
origin (its outlet, else its URL or id).
"""
from __future__ import annotations

from recoupe.model import Article, ProvenanceEntry

UPSTREAM_KINDS = {"newspaper", "agency", "broadcaster", "outlet", "document", "official"}


def own_origin(article: Article) -> str:
    src = article.source
    return ((src.outlet or src.url) if src else None) or article.id


def relayed_sources(article: Article) -> list[str]:
    """Canonical names of the upstream sources the article relays, most mentioned first."""
    own = (article.source.outlet or "").strip().lower() if article.source else ""
    counted = [(len(c.mentions), c.name) for c in article.cited_sources
               if c.name and c.kind in UPSTREAM_KINDS and c.name.strip().lower() != own]
    counted.sort(key=lambda x: (-x[0], x[1]))
    return [name for _, name in counted]


def origins_of(article: Article) -> set[str]:
    """Independent origins behind the article: the sources it relays, or itself when it relays none."""
    relayed = relayed_sources(article)
    return set(relayed) if relayed else {own_origin(article)}


def provenance_for_story(articles: list[Article]) -> list[ProvenanceEntry]:
    """For one story: each upstream source with the articles relaying it, most relayed first."""
    by_source: dict[str, set[str]] = {}
    for a in articles:
        for name in relayed_sources(a):
            by_source.setdefault(name, set()).add(a.id)
    return [ProvenanceEntry(source=s, article_ids=sorted(ids))
            for s, ids in sorted(by_source.items(), key=lambda kv: (-len(kv[1]), kv[0]))]


def independent_origin_count(articles: list[Article]) -> int:
    """How many independent origins stand behind a set of articles (relays of one report count once)."""
    origins: set[str] = set()
    for a in articles:
        origins |= origins_of(a)
    return len(origins)
