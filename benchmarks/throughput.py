"""Throughput and memory of the per-article pipeline, next to the bare spaCy pass.

On the 211 French SemEval articles (train + dev) from ../shared:
  - bare spaCy: nlp.pipe over the texts, one process (the floor);
  - the whole per-article pipeline in one process (ratio to the floor);
  - the pipeline on a pool of worker processes (articles/s, words/s);
  - memory: resident size after 211 and after N streamed articles (no growth expected).

    python benchmarks/throughput.py [--mode md|sm] [--stream 2000] [--workers 2]

Writes benchmarks/RESULTS-throughput.md (appends one section per mode).
"""
from __future__ import annotations

import argparse
import gc
import resource
import time
from pathlib import Path

from recoupe.engine import LocalEngine
from recoupe.ingest import IngestError, load
from recoupe.model import Article
from recoupe.nlp.spacy_runner import load_pipeline
from recoupe.pipeline import analyze_article

ROOT = Path(__file__).resolve().parents[1]
SEMEVAL = ROOT.parent / "shared" / "eval" / "semeval2023-task3-fr"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def articles() -> list[Article]:
    items = list(load([str(SEMEVAL / "train-articles"), str(SEMEVAL / "dev-articles")]))
    out = [a for a in items if not isinstance(a, IngestError)]
    for a in out:
        a.language = "fr"
    return out


def fresh(a: Article, i: int = 0) -> Article:
    return Article(id=f"{a.id}-{i}", text=a.text, title=a.title, language=a.language, published=a.published)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mode", choices=["md", "sm"], default="md")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--stream", type=int, default=2000, help="articles to stream for the memory check (0: skip)")
    args = ap.parse_args()
    arts = articles()
    words = sum(len(a.text.split()) for a in arts)
    nlp = load_pipeline("fr", args.mode)
    for a in arts[:5]:                              # warm up every stage once
        analyze_article(fresh(a), mode=args.mode)

    t0 = time.perf_counter()
    for _ in nlp.pipe((a.text for a in arts), batch_size=16):
        pass
    bare = time.perf_counter() - t0

    t0 = time.perf_counter()
    for a in arts:
        analyze_article(fresh(a), mode=args.mode)
    single = time.perf_counter() - t0

    t0 = time.perf_counter()
    n = sum(1 for _ in LocalEngine(workers=args.workers, mode=args.mode).analyze(fresh(a) for a in arts))
    pooled = time.perf_counter() - t0
    assert n == len(arts)

    mem = {}
    if args.stream:
        gc.collect()
        for i in range(args.stream):
            analyze_article(fresh(arts[i % len(arts)], i), mode=args.mode)
            if i + 1 in (len(arts), args.stream):
                gc.collect()
                mem[i + 1] = rss_mb()

    lines = [
        f"## mode {args.mode} — {len(arts)} French articles, {words} words",
        "",
        "| measure | seconds | articles/s | words/s |",
        "|---|---|---|---|",
        f"| bare spaCy pass (1 process) | {bare:.1f} | {len(arts) / bare:.1f} | {words / bare:,.0f} |",
        f"| whole pipeline (1 process) | {single:.1f} | {len(arts) / single:.1f} | {words / single:,.0f} |",
        f"| whole pipeline ({args.workers} workers) | {pooled:.1f} | {len(arts) / pooled:.1f} | {words / pooled:,.0f} |",
        "",
        f"Pipeline / bare spaCy (same process): **{single / bare:.2f}×**.",
    ]
    if mem:
        lines.append("Resident memory while streaming (1 process): "
                     + ", ".join(f"{k} articles: {v:.0f} MB" for k, v in mem.items()) + ".")
    lines.append("")
    report = "\n".join(lines)
    print(report)
    out = ROOT / "benchmarks" / "RESULTS-throughput.md"
    previous = out.read_text(encoding="utf-8") if out.exists() else "# Throughput\n\n(benchmarks/throughput.py)\n\n"
    head, sep, rest = previous.partition(f"## mode {args.mode} ")
    if sep:          # replace this mode's previous section
        rest = rest.split("\n## ", 1)
        previous = head + ("## " + rest[1] if len(rest) > 1 else "")
    out.write_text(previous.rstrip() + "\n\n" + report, encoding="utf-8")


if __name__ == "__main__":
    main()
