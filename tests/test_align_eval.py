"""Cross-checking on stored evaluation data: story clustering on AllSides
articles, claim alignment / contradictions / quote variants against the
AllSides gold claims, and the StoryIndex being incremental and persistable."""
from __future__ import annotations

import importlib.util
import json

import pytest

from recoupe.align import AlignConfig, MemoryVectorCache, StoryIndex, build_stories, cluster_articles
from recoupe.brief import article_to_dict
from recoupe.model import Article, ArticleSource
from recoupe.pipeline import analyze_article

from conftest import EVAL, SHARED

ALLSIDES = EVAL / "allsides-triplets" / "articles.jsonl"
GOLD_CLAIMS = EVAL / "gold-claims-allsides-dev"


def scorer():
    spec = importlib.util.spec_from_file_location("score_brief", SHARED / "tools" / "score_brief.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def allsides(ids: set[str] | None = None, limit: int | None = None) -> list[Article]:
    out = []
    for line in ALLSIDES.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        if ids is not None and d["id"] not in ids:
            continue
        out.append(Article(id=d["id"], text=d["text"], title=d.get("title"), language=d.get("language"),
                           published=d.get("published"), source=ArticleSource(outlet=d.get("outlet"))))
        if limit and len(out) >= limit:
            break
    return out


def gold_stories() -> dict[str, str]:
    gold = {}
    for line in (EVAL / "allsides-triplets" / "gold-stories.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            art, story = line.split("\t")[:2]
            gold[art] = story
    return gold


def test_story_clustering_on_allsides_without_nlp(tmp_path):
    # 60 stories' worth of real articles, raw text only (no entities): content and time alone
    arts = allsides(limit=180)
    groups = cluster_articles(arts, AlignConfig())
    gold = gold_stories()
    brief = {"stories": [{"id": f"s{i}", "article_ids": [a.id for a in g]} for i, g in enumerate(groups)]}
    tsv = "\n".join(f"{a.id}\t{gold[a.id]}" for a in arts)
    path = tmp_path / "gold.tsv"
    path.write_text(tsv, encoding="utf-8")
    result = scorer().score_stories(brief, path)["summary"]["bcubed"]
    assert result["f1"] >= 0.88, result


def test_story_index_is_incremental_and_round_trips_through_bytes():
    arts = allsides(limit=30)
    cfg = AlignConfig()
    cache = MemoryVectorCache()
    batch = cluster_articles(arts, cfg, cache)
    batch_sets = sorted(sorted(a.id for a in g) for g in batch)
    # same articles, one at a time, with a save/restore in the middle
    ordered = [a for g in batch for a in g]
    ordered.sort(key=lambda a: (a.published, a.id))
    idx = StoryIndex(cfg, cache=cache)
    for a in ordered[:15]:
        idx.add(a)
    idx = StoryIndex.from_bytes(idx.to_bytes(), cfg, cache=cache)
    for a in ordered[15:]:
        idx.add(a)
    assert sorted(sorted(v) for v in idx.stories().values()) == batch_sets


def test_time_window_keeps_a_later_copy_out_of_the_story():
    a = allsides(limit=1)[0]
    late = Article(id="late-copy", text=a.text, title=a.title, language=a.language,
                   published="2030-01-01T00:00:00+00:00")
    idx = StoryIndex(AlignConfig(window_days=3))
    first, second = idx.add(a), idx.add(late)
    assert first != second
    same_day = Article(id="same-day-copy", text=a.text, title=a.title, language=a.language, published=a.published)
    assert idx.add(same_day) == first


@pytest.fixture(scope="module")
def dev_brief():
    stories = sorted(p.name for p in GOLD_CLAIMS.iterdir() if (p / "story.json").exists())
    ids = {f"as{s}-{side}" for s in stories for side in ("left", "center", "right")}
    arts = [analyze_article(a, mode="sm") for a in allsides(ids)]
    built = build_stories(arts, config=AlignConfig())
    from recoupe.brief import to_dict
    return {"articles": [article_to_dict(a) for a in arts], "stories": to_dict(built)}, arts


def test_allsides_gold_claims_alignment_contradictions_and_quote_variants(dev_brief):
    brief, arts = dev_brief
    summary = scorer().score_extract(brief, GOLD_CLAIMS)["summary"]
    assert summary["claim_alignment"]["f1"] >= 0.68, summary["claim_alignment"]
    assert summary["contradictions"]["recall"] >= 0.4, summary["contradictions"]
    assert summary["contradictions"]["precision"] >= 0.5, summary["contradictions"]
    assert summary["quote_variants"]["recall"] >= 0.75, summary["quote_variants"]


def test_brief_spans_and_corroboration_are_consistent(dev_brief):
    brief, arts = dev_brief
    text = {a.id: a.text for a in arts}
    assert len(brief["stories"]) == 8 and all(len(s["article_ids"]) == 3 for s in brief["stories"])
    for st in brief["stories"]:
        assert st["title"] and st["summary"]
        for s in st["summary"]:
            assert set(s["article_ids"]) <= set(st["article_ids"])
        for c in st["claims"]:
            for e in c["evidence"]:
                assert text[e["article_id"]][e["start"]:e["end"]] == e["text"]
            supporting = {e["article_id"] for e in c["evidence"] if e["stance"] == "supports"}
            assert c["n_articles"] == len(supporting)
            assert 1 <= c["n_origins"] <= max(1, len(c["origins"]))
            assert c["single_source"] == (c["n_origins"] <= 1)
        for x in st["contradictions"]:
            for side in ("a", "b"):
                assert text[x[side]["article_id"]][x[side]["start"]:x[side]["end"]] == x[side]["text"]
            assert x["reason"] and x["a"]["article_id"] != x["b"]["article_id"]
