"""French quotations, speakers and cited sources against the hand-made gold.

Runs the per-article stages attribution needs (entities, sources, quotes) on
the twelve SemEval French articles of ../shared/eval/gold-fr-quotes-dev and the
two seeds of ../shared/eval/gold-seeds-dev, read as the CLI reads them, and
scores them with the shared scorer (../shared/tools/score_brief.py, `extract`
mode): quotes at 0.3 and 0.8 overlap, speaker of the matched quotes,
quote+speaker, cited sources, persons.  Much faster than `recoupe analyze`
(no corpus stage, no framing), same figures for these fields.

    .venv/bin/python benchmarks/fr_attribution.py [--write]

`--write` records the figures in benchmarks/RESULTS-fr-attribution.md.  Only
counts are written: no gold or article text is copied into the project.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

from recoupe.brief import article_to_dict
from recoupe.ingest import IngestError, load
from recoupe.model import Article
from recoupe.pipeline import analyze_article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SETS = {
    "French quote gold (12 SemEval articles)": (SHARED / "eval" / "gold-fr-quotes-dev",
                                                SHARED / "eval" / "semeval2023-task3-fr" / "train-articles"),
    "seeds gold (2 seeds)": (SHARED / "eval" / "gold-seeds-dev", SHARED / "corpus" / "seeds"),
}
SKIP = ("numbers", "dates", "framing")
FIELDS = ("quotes@0.3", "quotes@0.8", "speaker_of_matched_quote", "quote+speaker", "cited_sources", "persons")


def scorer():
    spec = importlib.util.spec_from_file_location("score_brief", SHARED / "tools" / "score_brief.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_paths(gold_dir: Path, articles_dir: Path) -> list[Path]:
    """The article files the gold annotates (matched by stem, as the scorer does)."""
    stems = [Path(json.loads(p.read_text(encoding="utf-8"))["article"]).stem
             for p in sorted(gold_dir.glob("*.json")) if p.name != "story.json"]
    return [articles_dir / f"{stem}.txt" for stem in stems if (articles_dir / f"{stem}.txt").exists()]


def run(gold_dir: Path, articles_dir: Path) -> tuple[dict, float]:
    started = time.perf_counter()
    articles = []
    for item in load([str(p) for p in gold_paths(gold_dir, articles_dir)]):
        if isinstance(item, IngestError):
            print(f"cannot read {item.input}: {item.problem}", file=sys.stderr)
            continue
        articles.append(article_to_dict(analyze_article(item, skip=SKIP)))
    elapsed = time.perf_counter() - started
    return scorer().score_extract({"articles": articles}, gold_dir), elapsed


def report(results: dict[str, tuple[dict, float]]) -> str:
    lines = ["# French attribution: quotes, speakers, cited sources", "",
             "Command: `.venv/bin/python benchmarks/fr_attribution.py --write`", ""]
    for name, (scores, elapsed) in results.items():
        lines += [f"## {name}", "", f"time (entities, sources, quotes; models loaded): {elapsed:.1f}s", "",
                  "| field | tp | predicted | gold | P | R | F1 |", "|---|---|---|---|---|---|---|"]
        for field in FIELDS:
            s = scores["summary"].get(field)
            if s:
                lines.append(f"| {field} | {s['tp']} | {s['pred']} | {s['gold']} | {s['precision']} "
                             f"| {s['recall']} | {s['f1']} |")
        lines += ["", "Per article (quote+speaker F1, cited sources F1):", ""]
        for stem, row in sorted(scores["per_article"].items()):
            qs, cs = row.get("quote+speaker", {}), row.get("cited_sources", {})
            lines.append(f"- {stem}: {qs.get('f1')} ({qs.get('tp')}/{qs.get('gold')} gold), "
                         f"sources {cs.get('f1')} ({cs.get('tp')}/{cs.get('gold')})")
        lines.append("")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write benchmarks/RESULTS-fr-attribution.md")
    args = parser.parse_args(argv)
    load_started = time.perf_counter()
    analyze_article(Article(id="warm", text="Bonjour.", language="fr"), skip=SKIP)     # load the models once
    print(f"models loaded in {time.perf_counter() - load_started:.1f}s", file=sys.stderr)
    results = {name: run(gold_dir, articles_dir) for name, (gold_dir, articles_dir) in SETS.items()}
    text = report(results)
    print(text)
    if args.write:
        (ROOT / "benchmarks" / "RESULTS-fr-attribution.md").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
