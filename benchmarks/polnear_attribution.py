"""English attribution on PolNeAR dev (brat .ann: Source, Cue, Content).

For each gold attribution with a source: is its content found (a predicted
quote, direct or indirect, whose span covers at least half of the longer of
the two spans), and on those found, is the source named correctly (the
predicted speaker's span overlaps the gold Source span, or the speaker's
name matches the gold source's words, or a pronoun resolves to the person
the gold source span names)?

    .venv/bin/python benchmarks/polnear_attribution.py [--limit N] [--write]

`--write` records the figures in benchmarks/RESULTS-polnear.md.  `--cost N` also
times the attribution stages (sources + quotes) against the whole per-article
pipeline on N French SemEval articles (the aim: at most 20% on top).  Reads
../shared/eval/polnear/dev/ (never copied into the project).  Only the stages
attribution needs run (entities, sources, quotes).
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from recoupe.model import Article, ArticleSource
from recoupe.pipeline import analyze_article

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "polnear" / "dev"
SKIP = ("numbers", "dates", "framing")


def read_ann(path: Path) -> list[dict]:
    spans, rels = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            label, *offs = parts[1].split(" ")
            # discontinuous spans "a b;c d": keep the outer bounds
            nums = [int(x) for x in re.findall(r"\d+", " ".join(offs))]
            spans[parts[0]] = (label, min(nums), max(nums), parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            rels.append(dict(p.split(":") for p in parts[1].split() if ":" in p))
    out = []
    for r in rels:
        if "Content" in r and "Source" in r and r["Content"] in spans and r["Source"] in spans:
            out.append({"content": spans[r["Content"]], "source": spans[r["Source"]]})
    return out


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / max(a[1] - a[0], b[1] - b[0], 1)


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in {"the", "a", "an", "of", "mr", "mrs", "ms"}}


def source_ok(gold_src: tuple, q) -> bool:
    _, gs, ge, gtext = gold_src
    if q.speaker_start is not None and q.speaker_end is not None and \
            max(0, min(ge, q.speaker_end) - max(gs, q.speaker_start)) > 0:
        return True
    g = _words(gtext)
    for name in (q.speaker_canonical, q.speaker):
        if name and g and (g & _words(name)):
            return True
    return False


def attribution_cost(n: int) -> str:
    """Share of the per-article pipeline time spent in the `sources` and `quotes` stages."""
    from recoupe import extract
    folder = ROOT.parent / "shared" / "eval" / "semeval2023-task3-fr" / "train-articles"
    paths = sorted(folder.glob("*.txt"))[:n]
    spent = {"sources": 0.0, "quotes": 0.0}
    originals = {}
    for name, fn in extract.stages():
        if name in spent:
            originals[name] = fn

            def timed(article, doc, _fn=fn, _name=name):
                t = time.perf_counter()
                _fn(article, doc)
                spent[_name] += time.perf_counter() - t
            extract._REGISTRY[name] = (extract._REGISTRY[name][0], timed)
    try:
        analyze_article(Article(id="warm", text="Il a dit « bonjour ».", language="fr"))
        spent.update({k: 0.0 for k in spent})
        t0 = time.perf_counter()
        for p in paths:
            analyze_article(Article(id=p.stem, text=p.read_text(encoding="utf-8"), language="fr"))
        total = time.perf_counter() - t0
    finally:
        for name, fn in originals.items():
            extract._REGISTRY[name] = (extract._REGISTRY[name][0], fn)
    ours = sum(spent.values())
    return (f"attribution cost on {len(paths)} French articles: {ours:.2f}s of {total:.2f}s "
            f"({100 * ours / max(total - ours, 1e-9):.1f}% on top of the rest of the pipeline; "
            f"sources {spent['sources']:.2f}s, quotes {spent['quotes']:.2f}s)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--cost", type=int, default=0, help="time the attribution stages on N French articles")
    args = ap.parse_args(argv)
    texts = sorted((DEV / "text").glob("*.txt"))
    if args.limit:
        texts = texts[:args.limit]
    n_gold = found = named = n_pred = 0
    t0 = time.time()
    for tp in texts:
        anns = sorted((DEV / "attributions").glob(tp.stem + "_*.ann"))
        if not anns:
            continue
        gold = read_ann(anns[0])          # one annotator per article
        art = Article(id=tp.stem, text=tp.read_text(encoding="utf-8"), language="en",
                      source=ArticleSource(path=str(tp)))
        analyze_article(art, mode="md", skip=SKIP)
        preds = art.quotes
        n_pred += len(preds)
        used = set()
        for g in gold:
            n_gold += 1
            cs, ce = g["content"][1], g["content"][2]
            best, best_o = None, 0.0
            for k, q in enumerate(preds):
                if k in used:
                    continue
                o = overlap((cs, ce), (q.start, q.end))
                if o > best_o:
                    best, best_o = k, o
            if best is not None and best_o >= 0.5:
                used.add(best)
                found += 1
                named += source_ok(g["source"], preds[best])
    elapsed = time.time() - t0
    recall = found / n_gold if n_gold else 0.0
    acc = named / found if found else 0.0
    precision = len([1]) and (found / n_pred if n_pred else 0.0)
    lines = [
        f"articles: {len(texts)}  gold attributions with a source: {n_gold}  predicted quotes: {n_pred}",
        f"content recall (overlap >= 0.5): {recall:.3f}  ({found}/{n_gold})",
        f"source accuracy on matched: {acc:.3f}  ({named}/{found})",
        f"content precision (matched / predicted): {precision:.3f}",
        f"end-to-end (content and source right) recall: {named / n_gold if n_gold else 0:.3f}",
        f"time: {elapsed:.1f}s",
    ]
    if args.cost:
        lines.append(attribution_cost(args.cost))
    print("\n".join(lines))
    if args.write:
        out = ROOT / "benchmarks" / "RESULTS-polnear.md"
        out.write_text("# PolNeAR dev: English attribution\n\n"
                       "Command: `.venv/bin/python benchmarks/polnear_attribution.py --write`\n\n"
                       + "\n".join(f"- {l}" for l in lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
