"""English attribution on PolNeAR dev (brat .ann: Source, Cue, Content).

For each gold attribution with a source: is its content found (predicted
quotes, direct or indirect, that cover at least half of the gold content and
lie at least half inside it; a quote split by an incise may be found as its
two parts, which PolNeAR annotates as one discontinuous content), and on those found, is the source named correctly (the
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
            label, rest = parts[1].split(" ", 1)
            # discontinuous spans "a b;c d" keep their fragments
            frags = [tuple(int(x) for x in f.split()) for f in rest.split(";")]
            spans[parts[0]] = (label, frags[0][0], frags[-1][1], parts[2], frags)
        elif line.startswith("E") and len(parts) >= 2:
            rels.append(dict(p.split(":") for p in parts[1].split() if ":" in p))
    out = []
    for r in rels:
        if "Content" in r and "Source" in r and r["Content"] in spans and r["Source"] in spans:
            out.append({"content": spans[r["Content"]], "source": spans[r["Source"]],
                        "cue": spans.get(r.get("Cue", ""))})
    return out


def _inter(frags, a: int, b: int) -> int:
    return sum(max(0, min(y, b) - max(x, a)) for x, y in frags)


def match_content(frags, preds, used) -> int | None:
    """Index of the main predicted quote carrying the gold content, or None."""
    size = sum(y - x for x, y in frags) or 1
    inside = [(k, _inter(frags, q.start, q.end)) for k, q in enumerate(preds) if k not in used]
    inside = [(k, i) for k, i in inside if i > 0 and i >= 0.5 * (preds[k].end - preds[k].start)]
    if not inside or sum(i for _, i in inside) < 0.5 * size:
        return None
    return max(inside, key=lambda ki: ki[1])[0]


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in {"the", "a", "an", "of", "mr", "mrs", "ms"}}


def source_ok(gold_src: tuple, q) -> bool:
    _, gs, ge, gtext, _frags = gold_src
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
            best = match_content(g["content"][4], preds, used)
            if best is not None:
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
