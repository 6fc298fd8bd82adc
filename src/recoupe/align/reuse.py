"""Reuse and re-spin: passages copied verbatim or paragraphs rewritten from
another article of the story, with a direction when publication times allow.

Verbatim: MinHash (datasketch) over word shingles picks the article pairs
worth comparing; exact runs of >= `reuse_min_words` identical words are then
located (runs that are a quotation in both articles are not reuse: both
outlets quote the same speaker).  Rewritten: a paragraph of two or more
sentences most of whose sentences align with one paragraph of the other
article.  The later article of a pair that reuses a large share of the
earlier one is marked derived (`article.derived_from`).
"""
from __future__ import annotations

import re

from datasketch import MinHash

from recoupe.align.claims import AlignedPair
from recoupe.align.clustering import parse_time
from recoupe.align.config import AlignConfig
from recoupe.model import Article

_WORD = re.compile(r"\w+", re.UNICODE)
_QUOTE_SPANS = re.compile(r"[«“\"„][^«»“”\"„]{1,2000}?[»”\"“]")
DERIVED_SHARE = 0.3


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0).casefold(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _minhash(words: list[str], k: int) -> MinHash:
    mh = MinHash(num_perm=64, seed=1)
    for i in range(max(0, len(words) - k + 1)):
        mh.update(" ".join(words[i:i + k]).encode("utf-8"))
    return mh


def _in_quote(article: Article, start: int, end: int) -> bool:
    return any(q.start <= start and end <= q.end for q in article.quotes) or any(
        m.start() <= start and end <= m.end() for m in _QUOTE_SPANS.finditer(article.text))


def verbatim_runs(a: Article, b: Article, min_words: int) -> list[tuple[int, int, int, int, int]]:
    """Maximal runs of identical words: (a_start, a_end, b_start, b_end, n_words)."""
    ta, tb = _tokens(a.text), _tokens(b.text)
    if len(ta) < min_words or len(tb) < min_words:
        return []
    index: dict[tuple[str, ...], list[int]] = {}
    for i in range(len(ta) - min_words + 1):
        index.setdefault(tuple(w for w, _, _ in ta[i:i + min_words]), []).append(i)
    runs, covered = [], set()
    for j in range(len(tb) - min_words + 1):
        for i in index.get(tuple(w for w, _, _ in tb[j:j + min_words]), []):
            if (i, j) in covered:
                continue
            n = min_words
            while i + n < len(ta) and j + n < len(tb) and ta[i + n][0] == tb[j + n][0]:
                n += 1
            for d in range(n):
                covered.add((i + d, j + d))
            runs.append((ta[i][1], ta[i + n - 1][2], tb[j][1], tb[j + n - 1][2], n))
    return runs


def _candidate_pairs(ordered: list[Article], hashes: dict[str, MinHash]) -> list[tuple[Article, Article]]:
    """Article pairs sharing shingles: all pairs of a small story (MinHash screens
    out those sharing nothing); an LSH index over MinHash in a big one."""
    if len(ordered) <= 40:
        return [(ordered[x], ordered[y]) for x in range(len(ordered)) for y in range(x + 1, len(ordered))
                if hashes[ordered[x].id].jaccard(hashes[ordered[y].id]) > 0.0]
    from datasketch import MinHashLSH
    lsh = MinHashLSH(threshold=0.1, num_perm=64)
    pos = {a.id: i for i, a in enumerate(ordered)}
    for a in ordered:
        lsh.insert(a.id, hashes[a.id])
    pairs = set()
    for a in ordered:
        for other in lsh.query(hashes[a.id]):
            if other != a.id:
                i, j = sorted((pos[a.id], pos[other]))
                pairs.add((i, j))
    return [(ordered[i], ordered[j]) for i, j in sorted(pairs)]


def _direction(a: Article, b: Article) -> tuple[Article, Article] | None:
    """(source, derived) when publication times tell which came first."""
    ta, tb = parse_time(a.published), parse_time(b.published)
    if ta is None or tb is None or ta == tb:
        return None
    return (a, b) if ta < tb else (b, a)


def _side(article: Article, start: int, end: int) -> dict:
    return {"article_id": article.id, "text": article.text[start:end], "start": start, "end": end}


def find_reuse(articles: list[Article], pairs: list[AlignedPair], config: AlignConfig) -> list[dict]:
    out: list[dict] = []
    by_id = {a.id: a for a in articles}
    words = {a.id: [w for w, _, _ in _tokens(a.text)] for a in articles}
    hashes = {a.id: _minhash(words[a.id], config.minhash_shingle) for a in articles}
    reused_chars: dict[tuple[str, str], int] = {}
    ordered = sorted(articles, key=lambda a: a.id)
    for a, b in _candidate_pairs(ordered, hashes):
            for sa, ea, sb, eb, n in verbatim_runs(a, b, config.reuse_min_words):
                if _in_quote(a, sa, ea) and _in_quote(b, sb, eb):
                    continue
                d = _direction(a, b)
                item = {"kind": "verbatim", "a": _side(a, sa, ea), "b": _side(b, sb, eb), "words": n,
                        "source": d[0].id if d else None, "derived": d[1].id if d else None}
                out.append(item)
                if d:
                    key = (d[1].id, d[0].id)
                    reused_chars[key] = reused_chars.get(key, 0) + (eb - sb if d[1] is b else ea - sa)
    out.extend(_paraphrased_paragraphs(by_id, pairs, reused_chars))
    for (derived, source), chars in sorted(reused_chars.items()):
        art = by_id[derived]
        share = chars / max(1, len(art.text))
        if share >= DERIVED_SHARE and not any(d.get("article_id") == source for d in art.derived_from):
            art.derived_from.append({"article_id": source, "share": round(min(1.0, share), 3),
                                     "kind": "reuse"})
    return out


def _paraphrased_paragraphs(by_id: dict[str, Article], pairs: list[AlignedPair],
                            reused_chars: dict[tuple[str, str], int]) -> list[dict]:
    """Paragraphs of >= 2 sentences whose sentences mostly align with one paragraph of another article."""
    links: dict[tuple[str, int, str, int], int] = {}
    for p in pairs:
        fa, fb = (p.a, p.b) if p.a.article_id < p.b.article_id else (p.b, p.a)
        k = (fa.article_id, fa.sentence.paragraph, fb.article_id, fb.sentence.paragraph)
        links[k] = links.get(k, 0) + 1
    out = []
    for (ia, pa, ib, pb), n in sorted(links.items()):
        a, b = by_id[ia], by_id[ib]
        sa = [s for s in a.sentences if s.paragraph == pa]
        sb = [s for s in b.sentences if s.paragraph == pb]
        if n < 2 or n < 0.6 * min(len(sa), len(sb)):
            continue
        d = _direction(a, b)
        out.append({"kind": "paraphrase", "a": _side(a, sa[0].start, sa[-1].end),
                    "b": _side(b, sb[0].start, sb[-1].end), "sentences": n,
                    "source": d[0].id if d else None, "derived": d[1].id if d else None})
        if d:
            derived_span = sb if d[1] is b else sa
            key = (d[1].id, d[0].id)
            reused_chars[key] = reused_chars.get(key, 0) + derived_span[-1].end - derived_span[0].start
    return out
