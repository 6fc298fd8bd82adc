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

import re

from recoupe.extract.sources import fullest_name, outlet_named, outlet_of
from recoupe.model import Article, CitedSource, ProvenanceEntry, Span

UPSTREAM_KINDS = {"newspaper", "agency", "broadcaster", "outlet", "document", "official"}


def own_origin(article: Article) -> str:
    src = article.source
    return outlet_of(article) or (src.url if src else None) or article.id


def relayed_sources(article: Article) -> list[str]:
    """Canonical names of the upstream sources the article relays, most mentioned first.  A document
    that a cited outlet obtained reaches the article through that outlet: the outlet is what it relays."""
    own = (outlet_of(article) or "").lower()
    # (a body's document is that body's word: « un rapport de l'ONU » and « selon l'ONU » are one origin)
    counted: dict[str, int] = {}
    for c in article.cited_sources:
        if c.name and c.kind in UPSTREAM_KINDS and c.name.strip().lower() != own and not c.via:
            origin = c.issuer or c.name
            counted[origin] = counted.get(origin, 0) + len(c.mentions)
    return sorted(counted, key=lambda name: (-counted[name], name))


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


_ARTICLE_WORDS = {"the", "le", "la", "les", "l", "el", "die", "der", "das", "il", "lo"}


def _outlet_of_batch(name: str, outlets: dict[str, list[str]]) -> str | None:
    """The batch outlet a shorter or article-less form names (« Daily Courier », "the Courier")."""
    words = _core_words(name)
    return next((n for n, core in outlets.items() if words and set(words) <= set(core) and words[-1] == core[-1]),
                None)


def _name_pattern(name: str) -> re.Pattern | None:
    """How a batch outlet's name is written when another article cites it, as the outlet writes it
    (capitals count: "Capitol Hill" and "on the Hill" do not cite The Hill, "Vice President" does not
    cite Vice).  A name of one common word needs its article (« The Hill »); an acronym stands alone."""
    lead, core = _split_article(re.findall(r"\w+", name))
    if not core:
        return None
    parts = [re.escape(w) for w in core]
    word = core[0]
    if len(core) == 1 and not (word.isupper() or re.search(r"\d|.[A-Z]", word)):
        if lead is None:
            return None         # "Reason", "Vice", "Variety": the table's context rules decide, not the batch
        # « selon le Veilleur » (any case), but "The Hill", never "on the Hill" (the Congress)
        parts = [re.escape(lead) if lead.lower() == "the" else f"(?i:{re.escape(lead)})"] + parts
    return re.compile(r"(?<![\w-])" + r"\s+".join(parts) + r"(?![\w-])")


def _split_article(words: list[str]) -> tuple[str | None, list[str]]:
    """A name's leading article (« Le », "The") and the words after it."""
    lead = words[0] if words and words[0].lower() in _ARTICLE_WORDS else None
    while words and words[0].lower() in _ARTICLE_WORDS:
        words = words[1:]
    return lead, words


def _core_words(name: str) -> list[str]:
    return [w.lower() for w in _split_article(re.findall(r"\w+", name))[1]]


def _one_name_per_local_outlet(articles: list[Article]) -> dict[str, str]:
    """Each article names a local outlet as it writes it (« HirTV », « Hír TV »): across the batch the
    fullest of those names is the one identity, or two relays of it would count as two origins.  The
    names that change, to their new name."""
    written: dict[str, list[str]] = {}
    for a in articles:
        for c in a.cited_sources:
            if (outlet := outlet_named(c.name)) is not None and outlet.local:
                written.setdefault(outlet.name, []).append(c.name)
    renamed = {n: fullest_name(names) for names in written.values() for n in names}
    return {n: fullest for n, fullest in renamed.items() if n != fullest}


def unify_outlets(articles: list[Article]) -> None:
    """Outlets of the batch are sources of the others: one name for each.

    The batch knows its outlets by their full names (« The Daily Courier »,
    from the feed or the page).  A cited source whose words are all in one of
    those names (« Courier », « Daily Courier ») takes that name, and a
    mention of an outlet's name in another article (« selon le Daily Courier »)
    is a citation even where the sentence around it gives no media cue."""
    outlets = {}
    for a in articles:
        name = outlet_of(a) or ""
        core = _core_words(name)
        if core and len(" ".join(core)) >= 4:
            outlets[name] = core
    local = _one_name_per_local_outlet(articles)
    if not outlets and not local:
        return
    patterns = {name: pattern for name in outlets if (pattern := _name_pattern(name)) is not None}
    for a in articles:
        own = outlet_of(a) or ""
        by_name: dict[str, CitedSource] = {}
        renamed: dict[str, str] = {}
        for c in a.cited_sources:
            # (« une enquête du Daily Courier »: a batch outlet's document is the outlet)
            target = _outlet_of_batch(c.issuer or c.name, outlets) if c.kind != "credit" else None
            target = target or local.get(c.name)
            if target:
                renamed[c.name], c.name = target, target
                if c.issuer:                    # (whose words the quotes give as the issuer's)
                    renamed[c.issuer], c.issuer = target, None
                if c.kind in ("official", "document"):
                    c.kind = "outlet"           # (« selon le Daily Courier », read as a body: an outlet of the batch)
            if c.name in by_name:               # two spellings of one outlet: one source, all mentions
                by_name[c.name].mentions.extend(m for m in c.mentions if m not in by_name[c.name].mentions)
            else:
                by_name[c.name] = c
        for name, pattern in patterns.items():
            if name == own:
                continue
            spans = [Span(text=m.group(0), start=m.start(), end=m.end()) for m in pattern.finditer(a.text)]
            if not spans:
                continue
            entry = by_name.setdefault(name, CitedSource(name=name, kind="outlet"))
            known = {(m.start, m.end) for m in entry.mentions}
            entry.mentions.extend(s for s in spans if (s.start, s.end) not in known)
            entry.mentions.sort(key=lambda s: s.start)
        for c in by_name.values():
            c.via = renamed.get(c.via, c.via)   # the document an outlet obtained follows the outlet's new name
        for q in a.quotes:                      # and so do the outlet's words ("the paper says")
            if q.speaker_canonical:
                q.speaker_canonical = renamed.get(q.speaker_canonical) or \
                    _outlet_of_batch(q.speaker_canonical, outlets) or q.speaker_canonical
            q.sources = [renamed.get(n, n) for n in q.sources]
        a.cited_sources = [c for n, c in by_name.items() if n != own]
