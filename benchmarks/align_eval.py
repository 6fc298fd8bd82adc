"""Alignment harness: analyse a corpus once, then re-run only `build_stories`.

    # once (slow: spaCy over every article)
    .venv/bin/python benchmarks/align_eval.py prepare ../shared/eval/allsides-triplets/articles.jsonl \
        -o /tmp/allsides-articles.json --mode sm
    # many times (fast: the cross-article stage only)
    .venv/bin/python benchmarks/align_eval.py stories /tmp/allsides-articles.json -o /tmp/allsides.json
    python ../shared/tools/score_brief.py stories /tmp/allsides.json ../shared/eval/allsides-triplets/gold-stories.tsv

`prepare` reads its input exactly as `recoupe analyze` does (recoupe.ingest:
a JSONL of {id, title, text, url, outlet, published, language}, a folder of
.txt files...), keeps only the ids given with --only (comma list) when asked,
sets the batch's reference dates, and writes a brief with analysed articles
and no stories.  `stories` loads such a brief via `recoupe.brief.article_from_dict`
and runs the CLI's corpus stage (`recoupe.corpus.build_stories`: people and
outlets unified across articles, then clustering and cross-checking), so its
figures are those of `recoupe analyze`.
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

from recoupe.brief import article_from_dict, write_json
from recoupe.model import Article, Brief


def read_inputs(path: Path, only: set[str] | None) -> list[Article]:
    """The articles `recoupe analyze PATH` would read, with their reference dates."""
    from recoupe.corpus import set_reference_dates
    from recoupe.ingest import IngestError, load
    out = []
    for item in load([str(path)]):
        if isinstance(item, IngestError):
            print(f"{item.input}: {item.problem}", file=sys.stderr)
        elif not only or item.id in only:
            out.append(item)
    set_reference_dates(out)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("input", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--mode", default="sm")
    p.add_argument("--only", default="")
    s = sub.add_parser("stories")
    s.add_argument("brief", type=Path)
    s.add_argument("-o", "--output", type=Path, required=True)
    s.add_argument("--embedder", default=None)
    s.add_argument("--clusters-only", action="store_true", help="story clustering only (no claims)")
    s.add_argument("--cache", type=Path, default=None, help="pickle file keeping vectors between runs")
    s.add_argument("--set", action="append", default=[], help="AlignConfig field=value (repeatable)")
    args = ap.parse_args(argv)

    if args.cmd == "prepare":
        from recoupe.pipeline import analyze_article
        only = {x for x in args.only.split(",") if x} or None
        arts = read_inputs(args.input, only)
        t0 = time.time()
        brief = Brief(articles=[analyze_article(a, mode=args.mode) for a in arts])
        write_json(brief, args.output)
        print(f"analysed {len(arts)} articles in {time.time() - t0:.1f}s", file=sys.stderr)
        return 0

    from recoupe.align import AlignConfig, MemoryVectorCache, cluster_articles
    from recoupe.corpus import build_stories
    d = json.loads(args.brief.read_text(encoding="utf-8"))
    arts = [article_from_dict(a) for a in d["articles"]]
    cfg = AlignConfig()
    if args.embedder:
        cfg.cluster_model = args.embedder
    for item in args.set:
        name, value = item.split("=", 1)
        setattr(cfg, name, type(getattr(cfg, name))(value) if getattr(cfg, name) is not None else value)
    cache = MemoryVectorCache()
    if args.cache and args.cache.exists():
        cache._data = pickle.loads(args.cache.read_bytes())
    t0 = time.time()
    if args.clusters_only:
        from recoupe.align.stories import story_title
        from recoupe.model import Story
        groups = cluster_articles(arts, cfg, cache)
        stories = [Story(id=f"s{n}", title=story_title(g, g[0].language), article_ids=[a.id for a in g])
                   for n, g in enumerate(groups, 1)]
    else:
        stories = build_stories(arts, config=cfg, cache=cache)
    if args.cache:
        args.cache.write_bytes(pickle.dumps(cache._data))
    print(f"build_stories: {len(arts)} articles -> {len(stories)} stories in {time.time() - t0:.1f}s",
          file=sys.stderr)
    write_json(Brief(articles=arts, stories=stories), args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
