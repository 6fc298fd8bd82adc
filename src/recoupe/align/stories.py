"""`build_stories`: articles -> stories, each filled by the cross-article stages.

Deterministic: articles are clustered in (publication time, id) order, every
list is sorted, and the embedders are deterministic.
"""
from __future__ import annotations

import re

from recoupe.align.claims import align
from recoupe.align.clustering import StoryIndex, cluster_articles, parse_time
from recoupe.align.config import AlignConfig
from recoupe.align.contradictions import disagreeing_pairs, find_contradictions, report_date_pairs, to_contradiction
from recoupe.align.corroboration import article_origins, corroborate
from recoupe.align.provenance import provenance_for_story
from recoupe.align.embeddings import MemoryVectorCache, get_embedder
from recoupe.align.features import SentenceFacts, norm
from recoupe.align.quotes import group_quotes
from recoupe.align.reuse import find_reuse
from recoupe.align.summary import story_language, summarise
from recoupe.align.timeline import build_timeline
from recoupe.model import Article, Claim, Evidence, Story


def build_stories(articles: list[Article], cache=None, config: AlignConfig | None = None,
                  index: StoryIndex | None = None) -> list[Story]:
    """Cluster `articles` into stories and fill each one.  With `index` (a
    persisted StoryIndex), articles already in it keep their story and new ones
    are assigned incrementally; the index is updated in place."""
    config = config or AlignConfig()
    cache = cache if cache is not None else MemoryVectorCache()
    seen, kept = set(), []
    for a in articles:                      # one entry per id: a duplicate would be counted twice
        if a is not None and isinstance(a.text, str) and a.id not in seen:
            seen.add(a.id)
            kept.append(a)
    groups = cluster_articles(kept, config, cache, index=index)
    claim_embedder = get_embedder(config.claim_model, cache)
    stories = []
    for n, group in enumerate(groups, 1):
        stories.append(build_story(f"s{n}", group, claim_embedder, config))
    return stories


def build_story(story_id: str, group: list[Article], embedder, config: AlignConfig) -> Story:
    group = sorted(group, key=lambda a: (parse_time(a.published or a.reference_date) or float("inf"), a.id))
    by_id = {a.id: a for a in group}
    language = story_language(group, config.summary_language)
    story = Story(id=story_id, title=story_title(group, language), article_ids=[a.id for a in group])

    story.quote_groups = group_quotes(group, embedder, config.quote_min_similarity)
    al = align(group, embedder, config, same_utterance=[[(q["article_id"], q["start"]) for q in g.quotes]
                                                         for g in story.quote_groups])
    languages = {a.id: a.language for a in group}
    persons = {a.id: {norm(e.canonical or e.text) for e in a.entities if e.label == "PER"} for a in group}
    strong = config.claim_margin * 1.5
    found = find_contradictions(al.pairs + al.claim_pairs(), al.near, languages, persons, strong, config.judge,
                                reports=report_date_pairs(al.sentences))
    story.contradictions = [to_contradiction(p, f) for p, f in found]
    disagree = disagreeing_pairs(found, al.claims)

    origins = {a.id: article_origins(a) for a in group}
    claims, claim_of = [], {}
    aligned = [c for c in al.claims if len(c) > 1]
    single = [c for c in al.claims if len(c) == 1]
    for facts in sorted(aligned, key=_claim_order) + sorted(single, key=_claim_order):
        claim = _claim(f"{story_id}c{len(claims) + 1}", facts, disagree, language, by_id)
        corroborate(claim, facts, by_id, origins)
        for f in facts:
            claim_of[(f.article_id, f.index)] = len(claims)
        claims.append(claim)
    story.claims = claims

    story.provenance = provenance_for_story(group)
    story.timeline = build_timeline(group, claim_of)
    story.reuse = find_reuse(group, al.pairs, config)
    position = {(f.article_id, f.sentence.start): f.index for fs in al.sentences.values() for f in fs}
    story.summary = summarise(claims, group, language, config.summary_sentences, position)
    return story


def _claim_order(facts: list[SentenceFacts]):
    return (min(f.index for f in facts), facts[0].article_id, facts[0].index)


def _claim(claim_id: str, facts: list[SentenceFacts], disagree: set[frozenset], language: str | None,
           by_id: dict[str, Article]) -> Claim:
    """The claim in the words of the sentence that fewest others dispute (the version
    most sources give), preferring the story language and the earliest place; the
    sentences that disagree with it stand as contradicting evidence."""
    def key(f: SentenceFacts):
        return (f.article_id, f.index)

    def disputes(f: SentenceFacts) -> int:
        return sum(frozenset({key(f), key(g)}) in disagree for g in facts if g is not f)
    lead = min(facts, key=lambda f: (disputes(f), by_id[f.article_id].language != language, f.index, f.article_id))
    evidence = []
    for f in facts:
        stance = "contradicts" if f is not lead and frozenset({key(lead), key(f)}) in disagree else "supports"
        s = f.sentence
        evidence.append(Evidence(article_id=f.article_id, text=s.text, start=s.start, end=s.end, stance=stance))
    return Claim(id=claim_id, text=lead.sentence.text, evidence=evidence)


_SENSATIONAL_TITLE = re.compile(r"[!?]|\b[A-ZÀ-Ý]{6,}\b")      # acronyms (NATO, OTAN) are shorter


def story_title(group: list[Article], language: str | None) -> str:
    """The title that shares most words with the others (the most typical), in the story
    language, from a reporting piece: a headline that shouts (« ! », « ? », a word in
    capitals) or an opinion piece's names a take on the story, not the story."""
    titled = [a for a in group if a.title and a.title.strip()]
    pool = [a for a in titled if a.language == language] or titled
    if not pool:
        first = group[0].sentences[0].text if group and group[0].sentences else (group[0].text if group else "")
        return re.sub(r"\s+", " ", first).strip()[:160]
    words = {a.id: set(norm(a.title).split()) for a in titled}

    def centrality(a: Article) -> float:
        return sum(len(words[a.id] & words[b.id]) / max(1, len(words[a.id] | words[b.id]))
                   for b in titled if b is not a)

    def plain(a: Article) -> bool:
        genre = (a.framing.genre or {}).get("label", "reporting") if a.framing else "reporting"
        return genre == "reporting" and not _SENSATIONAL_TITLE.search(a.title)
    best = max(pool, key=lambda a: (plain(a), centrality(a), -len(a.title), a.id))
    return best.title.strip()
