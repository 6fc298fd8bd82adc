"""English attribution on PolNeAR (brat .ann: Source, Cue, Content), dev split by default.

For each gold attribution with a source: is its content found (predicted
quotes, direct or indirect, that cover at least half of the gold content and
lie at least half inside it; PolNeAR annotates `"A," he said. "B."` as one
attribution with a discontinuous content, which a predictor may find as two
quotes: both then belong to that gold attribution), and on those found, is the
source named correctly (the predicted speaker's span overlaps the gold Source
span, or the predicted speaker's name shares a word with the gold source; a
personal pronoun counts only by its span, "he" elsewhere is not the same "he"; a
relative pronoun, "who" or "which", stands for the words right before it; when
the content was found as several quotes that all name the same person, any part
may show the span)?

Content precision: the share of predicted quotes that carry a gold content,
counting the contents of attributions without a source ("it was reported that …"),
which are not scored for recall but are not false quotes either.

    .venv/bin/python benchmarks/polnear_attribution.py [--split train|dev] [--limit N] [--cost N] [--write]

Develop on train, report on dev.  `--write` (dev, whole split) records the figures in
benchmarks/RESULTS-polnear.md.  `--cost N` also times the attribution stages
(sources + quotes) against the whole per-article pipeline on N French SemEval
articles and on the first N articles of the split, in CPU time, best of two rounds (the aim:
at most 20% on top).  Reads ../shared/eval/polnear/ (never
copied into the project).  Only the stages attribution needs run (entities,
sources, quotes).
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass
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
        # attributions with no source ("it was reported that …") are kept with source None: they
        # are not scored for recall, but a quote that carries their content is not a false quote
        if "Content" in r and r["Content"] in spans:
            out.append({"content": spans[r["Content"]], "source": spans.get(r.get("Source", "")),
                        "cue": spans.get(r.get("Cue", ""))})
    return out


def _inter(frags, a: int, b: int) -> int:
    return sum(max(0, min(y, b) - max(x, a)) for x, y in frags)


def match_content(frags, preds, used) -> list[int]:
    """Indices of the predicted quotes carrying the gold content, the main one first, or [].

    PolNeAR annotates "A," he said. "B." as one attribution whose content has two
    fragments; a predictor gives two quotes.  Both are the one gold content, so both
    are used by it (neither is counted again as a false quote, nor matched to another)."""
    size = sum(y - x for x, y in frags) or 1
    inside = [(k, _inter(frags, q.start, q.end)) for k, q in enumerate(preds) if k not in used]
    inside = [(k, i) for k, i in inside if i > 0 and i >= 0.5 * (preds[k].end - preds[k].start)]
    if not inside or sum(i for _, i in inside) < 0.5 * size:
        return []
    return [k for k, _ in sorted(inside, key=lambda ki: -ki[1])]


_NOT_NAMES = {"the", "a", "an", "of", "mr", "mrs", "ms",
              # pronouns name no one by themselves: only their span can match
              "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my",
              "who", "which", "that", "this", "these", "those", "one"}


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in _NOT_NAMES}


_RELATIVES = {"who", "which", "that", "whom"}


def _antecedent(text: str, start: int) -> str:
    """The noun phrase a relative pronoun stands for: the words right before it ("Canova, who
    cited …" -> "Canova"), back to the previous clause break."""
    before = text[max(0, start - 120):start].rstrip(" ,")
    cut = max(before.rfind(c) for c in ".;:!?\n()—\"“”")
    return " ".join(before[cut + 1:].split()[-6:])


def source_ok(gold_src: tuple, q, text: str = "") -> bool:
    _, gs, ge, gtext, _frags = gold_src
    if q.speaker_start is not None and q.speaker_end is not None and \
            max(0, min(ge, q.speaker_end) - max(gs, q.speaker_start)) > 0:
        return True
    if gtext.lower() in _RELATIVES and text:
        gtext = _antecedent(text, gs)       # a relative pronoun names the phrase it follows
    g = _words(gtext)
    for name in (q.speaker_canonical, q.speaker):
        if name and g and (g & _words(name)):
            return True
    return False


def parts_source_ok(gold_src: tuple, parts: list, text: str) -> bool:
    """The source of a content found as several quotes ('"A," he said. "B."'): the main quote's
    speaker, or another part's when every part names the same person (the pronoun "he" sits
    between the parts, the later part carries the name it resolved to)."""
    main = parts[0]
    if source_ok(gold_src, main, text):
        return True
    same = main.speaker_canonical is not None and all(q.speaker_canonical == main.speaker_canonical for q in parts)
    return same and any(source_ok(gold_src, q, text) for q in parts[1:])


@dataclass
class Tally:
    """Counts over articles: gold attributions with a source, those whose content a predicted
    quote carries (`found`) and of those the ones with the right source (`named`), predictions,
    and predictions that carry some gold content (sourced or not)."""
    n_gold: int = 0
    found: int = 0
    named: int = 0
    n_pred: int = 0
    n_used: int = 0
    # contents of one or two words ("it", "him", "the plan"): the extractor leaves them aside on
    # purpose (they tell a reader nothing without coreference), so recall is also given without them
    n_short: int = 0
    found_short: int = 0

    def add(self, gold: list[dict], preds: list, text: str) -> None:
        self.n_pred += len(preds)
        used: set[int] = set()
        for g in gold:
            if g["source"] is None:
                continue
            self.n_gold += 1
            short = len(g["content"][3].split()) <= 2
            self.n_short += short
            parts = match_content(g["content"][4], preds, used)
            if parts:
                used.update(parts)
                self.found += 1
                self.found_short += short
                self.named += parts_source_ok(g["source"], [preds[k] for k in parts], text)
        for g in gold:
            if g["source"] is None:
                used.update(match_content(g["content"][4], preds, used))
        self.n_used += len(used)


COST_ROUNDS = 2


def attribution_cost(paths: list[Path], language: str) -> str:
    """Share of the per-article pipeline time spent in the `sources` and `quotes` stages, in CPU
    time (the machine is shared: wall time counts the neighbours' work), best of COST_ROUNDS."""
    from recoupe import extract
    spent = {"sources": 0.0, "quotes": 0.0}
    originals = {}
    for name, fn in extract.stages():
        if name in spent:
            originals[name] = fn

            def timed(article, doc, _fn=fn, _name=name):
                t = time.process_time()
                _fn(article, doc)
                spent[_name] += time.process_time() - t
            extract._REGISTRY[name] = (extract._REGISTRY[name][0], timed)
    try:
        warm = {"fr": "Il a dit « bonjour ».", "en": 'He said "hello there, friends."'}[language]
        analyze_article(Article(id="warm", text=warm, language=language))
        rounds = []
        for _ in range(COST_ROUNDS):
            spent.update({k: 0.0 for k in spent})
            t0 = time.process_time()
            for p in paths:
                analyze_article(Article(id=p.stem, text=p.read_text(encoding="utf-8"), language=language))
            rounds.append((time.process_time() - t0, dict(spent)))
        total, spent = min(rounds, key=lambda r: r[0])
    finally:
        for name, fn in originals.items():
            extract._REGISTRY[name] = (extract._REGISTRY[name][0], fn)
    ours = sum(spent.values())
    names = {"fr": "French", "en": "English"}
    return (f"attribution cost on {len(paths)} {names[language]} articles: {ours:.2f}s of {total:.2f}s "
            f"({100 * ours / max(total - ours, 1e-9):.1f}% on top of the rest of the pipeline; "
            f"sources {spent['sources']:.2f}s, quotes {spent['quotes']:.2f}s)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--split", default="dev", choices=("train", "dev", "test"),
                    help="develop on train, report on dev (test: once, at the very end)")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--cost", type=int, default=0,
                    help="time the attribution stages on N French articles and N articles of the split")
    ap.add_argument("--model", type=Path, help="an attribution model file to use instead of the shipped one "
                    "(one written by training/train_attribution_en.py --out)")
    args = ap.parse_args(argv)
    if args.model:
        from recoupe.lang.en import attribution_model
        attribution_model.ACTIVE_MODEL = attribution_model.read_model(args.model)
    folder = DEV.parent / args.split
    texts = sorted((folder / "text").glob("*.txt"))
    if args.limit:
        texts = texts[:args.limit]
    tally = Tally()
    t0 = time.time()
    for tp in texts:
        anns = sorted((folder / "attributions").glob(tp.stem + "_*.ann"))
        if not anns:
            continue
        art = Article(id=tp.stem, text=tp.read_text(encoding="utf-8"), language="en",
                      source=ArticleSource(path=str(tp)))
        analyze_article(art, mode="md", skip=SKIP)
        tally.add(read_ann(anns[0]), art.quotes, art.text)       # one annotator per article
    elapsed = time.time() - t0
    n_gold, found, named, n_pred, n_used = tally.n_gold, tally.found, tally.named, tally.n_pred, tally.n_used
    recall = found / n_gold if n_gold else 0.0
    acc = named / found if found else 0.0
    precision = n_used / n_pred if n_pred else 0.0
    lines = [
        f"split: {args.split}  articles: {len(texts)}  gold attributions with a source: {n_gold}  predicted quotes: {n_pred}",
        f"content recall (overlap >= 0.5): {recall:.3f}  ({found}/{n_gold})",
        f"content recall on contents of three words or more: "
        f"{(found - tally.found_short) / max(1, n_gold - tally.n_short):.3f}  ({found - tally.found_short}/"
        f"{n_gold - tally.n_short}; the {tally.n_short} contents of one or two words are left aside by design)",
        f"source accuracy on matched: {acc:.3f}  ({named}/{found})",
        f"content precision (predicted quotes that carry a gold content / predicted): {precision:.3f}",
        f"end-to-end (content and source right) recall: {named / n_gold if n_gold else 0:.3f}",
        f"time: {elapsed:.1f}s",
    ]
    if args.cost:
        french = ROOT.parent / "shared" / "eval" / "semeval2023-task3-fr" / "train-articles"
        lines.append(attribution_cost(sorted(french.glob("*.txt"))[:args.cost], "fr"))
        lines.append(attribution_cost(texts[:args.cost], "en"))
    print("\n".join(lines))
    if args.write and args.split == "dev" and not args.limit:
        out = ROOT / "benchmarks" / "RESULTS-polnear.md"
        out.write_text("# PolNeAR dev: English attribution\n\n"
                       f"Command: `.venv/bin/python benchmarks/polnear_attribution.py {' '.join(sys.argv[1:] if argv is None else argv)}`\n\n"
                       + "\n".join(f"- {l}" for l in lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
