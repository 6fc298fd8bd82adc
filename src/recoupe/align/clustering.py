"""Incremental, cross-lingual story clustering over an ANN index.

Each new article is embedded (title + lead, multilingual USE), its nearest
earlier articles are fetched from a usearch HNSW index, and it joins the story
of the best candidate whose combined score (content cosine + shared named
entities) passes a threshold, provided the two were published within a time
window; otherwise it opens a new story.  The cost per article is one embedding
plus one k-NN query: it does not grow with the corpus beyond the HNSW log.

usearch rather than hnswlib: it grows without a fixed `max_elements`,
serialises to and from bytes in memory (the SQLite store keeps a blob), offers
exact search for small indexes (deterministic results), and is faster to add.
"""
from __future__ import annotations

import json
import math
import re
import struct
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone

import numpy as np
from usearch.index import Index, MetricKind
from usearch.index import search as usearch_search

from recoupe.align.config import AlignConfig
from recoupe.align.embeddings import get_embedder, l2_normalise
from recoupe.model import Article

_ENTITY_LABELS = {"PER", "ORG", "LOC", "MISC"}


def parse_time(value: str | None) -> float | None:
    """ISO date/time -> POSIX seconds, None when absent or unreadable."""
    if not value:
        return None
    v = value.strip().replace("Z", "+00:00")
    for cut in (None, 19, 10, 7, 4):
        try:
            text = v if cut is None else v[:cut]
            if cut == 7:
                text += "-15"
            elif cut == 4:
                text += "-07-01"
            dt = datetime.fromisoformat(text)
            if dt.tzinfo is None:
                dt = dt.replace(tzinfo=timezone.utc)
            return dt.timestamp()
        except ValueError:
            continue
    return None


def article_time(article: Article) -> float | None:
    """When the article was published, for the time window, or None when only
    a guess is known: a batch's reference date or a month-only date says
    nothing about which day, so it must not pull two articles apart."""
    published = article.published or ""
    return parse_time(published) if len(published) >= 10 else None


def _norm_name(name: str) -> str:
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c)).casefold()
    name = re.sub(r"['’]s\b", "", name)               # possessive: "Biden's" is Biden
    name = re.sub(r"^(the|le|la|les|l|der|die|das) ", "", re.sub(r"[^\w ]+", " ", name).strip())
    return re.sub(r"\s+", " ", name).strip()


def article_entities(article: Article) -> list[str]:
    """Distinct canonical entity names, normalised; short tokens dropped."""
    out = set()
    for e in article.entities:
        if e.label in _ENTITY_LABELS:
            n = _norm_name(e.canonical or e.text)
            if len(n) >= 3 and not n.isdigit():
                out.add(n)
    return sorted(out)


def article_text_for_clustering(article: Article, lead_sentences: int) -> list[str]:
    """Title and the first sentences: what the story is about, cheaply."""
    parts = []
    if article.title and article.title.strip():
        parts.append(article.title.strip())
    if article.sentences:
        parts.extend(s.text for s in article.sentences[:lead_sentences])
    else:
        parts.extend(p for p in re.split(r"(?<=[.!?])\s+", article.text.strip())[:lead_sentences] if p)
    return [p[:1000] for p in parts] or [" "]


def article_vectors(articles: list[Article], embedder, lead_sentences: int) -> np.ndarray:
    """One vector per article: mean of title (counted twice) and lead sentences."""
    texts, owners = [], []
    for i, a in enumerate(articles):
        parts = article_text_for_clustering(a, lead_sentences)
        if a.title and a.title.strip():
            parts = [parts[0]] + parts
        texts.extend(parts)
        owners.extend([i] * len(parts))
    if not articles:
        return np.zeros((0, 1), dtype=np.float32)
    vecs = embedder.embed(texts)
    out = np.zeros((len(articles), vecs.shape[1]), dtype=np.float32)
    np.add.at(out, np.asarray(owners), vecs)
    return l2_normalise(out)


def entity_overlap(a: set[str], b: set[str]) -> float:
    """Share of the smaller entity set found in the other (0 when either is empty)."""
    if not a or not b:
        return 0.0
    common = len(a & b)
    # surnames: "biden" matches "joe biden"
    if common < min(len(a), len(b)):
        rest_a, rest_b = a - b, b - a
        for x in rest_a:
            if any(x.split()[-1] == y.split()[-1] and len(x.split()[-1]) >= 4 for y in rest_b):
                common += 1
    return min(1.0, common / min(len(a), len(b)))


@dataclass
class _Member:
    article_id: str
    story: int
    time: float | None
    entities: list[str] = field(default_factory=list)


class StoryIndex:
    """Stories grown one article at a time; persistable with to_bytes/from_bytes."""

    def __init__(self, config: AlignConfig | None = None, embedder=None, cache=None) -> None:
        self.config = config or AlignConfig()
        self._embedder = embedder
        self._cache = cache
        self._members: list[_Member] = []            # key in the ANN index = position here
        self._by_id: dict[str, int] = {}
        self._stories: dict[int, list[int]] = {}
        self._next_story = 0
        self._index = None
        self._vectors: np.ndarray | None = None      # kept only until the ANN index exists
        self._n_vec = 0                              # rows of _vectors in use
        self._dim = 0

    # ------------------------------------------------------------ access
    @property
    def embedder(self):
        if self._embedder is None:
            self._embedder = get_embedder(self.config.cluster_model, self._cache)
        return self._embedder

    def __len__(self) -> int:
        return len(self._members)

    def story_of(self, article_id: str) -> str | None:
        k = self._by_id.get(article_id)
        return None if k is None else f"s{self._members[k].story}"

    def stories(self) -> dict[str, list[str]]:
        return {f"s{s}": [self._members[k].article_id for k in keys] for s, keys in sorted(self._stories.items())}

    # ------------------------------------------------------------ adding
    def add(self, article: Article) -> str:
        return self.add_many([article])[0]

    def add_many(self, articles: list[Article]) -> list[str]:
        """Assign each article in turn (the caller orders them; build_stories sorts by time)."""
        todo = [a for a in articles if a.id not in self._by_id]
        if todo:
            vecs = article_vectors(todo, self.embedder, self.config.lead_sentences)
            for a, v in zip(todo, vecs):
                self.add_vector(a.id, v, article_time(a), article_entities(a))
        return [self.story_of(a.id) for a in articles]

    def add_vector(self, article_id: str, vector: np.ndarray, time: float | None,
                   entities: list[str]) -> str:
        """The incremental step, also used by the scale benchmark with synthetic vectors."""
        if article_id in self._by_id:
            return self.story_of(article_id)
        vector = l2_normalise(vector)[0]
        ents = set(entities)
        cfg = self.config
        per_story: dict[int, list[float]] = {}
        for key, cos in self._neighbours(vector):
            m = self._members[key]
            score = cos + cfg.entity_weight * entity_overlap(ents, set(m.entities))
            per_story.setdefault(m.story, []).append(score)
        best_story, best_score = None, -math.inf
        for story, scores in sorted(per_story.items()):
            # time counts from the story's member nearest in time: a story that goes on
            # for days grows by its latest coverage, and two stories of different days stay apart
            days = self._days_to_story(story, time)
            if days is not None and days > cfg.window_days:
                continue
            scores.sort(reverse=True)
            # the best link, tempered by the story's other members among the neighbours
            size = len(self._stories[story])
            mean = sum(scores[:size]) / size if len(scores) >= size else (
                (sum(scores) + cfg.floor_score * (min(size, cfg.neighbours) - len(scores))) / min(size, cfg.neighbours))
            score = (1 - cfg.linkage_mean) * scores[0] + cfg.linkage_mean * mean
            if days is not None:
                score -= cfg.time_decay * max(0.0, days - cfg.time_grace_days)
            if score > best_score + 1e-9:
                best_story, best_score = story, score
        if best_story is None or best_score < self.config.join_threshold:
            best_story = self._next_story
            self._next_story += 1
            self._stories[best_story] = []
        key = len(self._members)
        self._members.append(_Member(article_id, best_story, time, list(entities)))
        self._by_id[article_id] = key
        self._stories[best_story].append(key)
        self._insert(key, vector)
        return f"s{best_story}"

    def _days_to_story(self, story: int, time: float | None) -> float | None:
        times = [self._members[k].time for k in self._stories[story] if self._members[k].time is not None]
        if time is None or not times:
            return None
        return min(abs(time - t) for t in times) / 86400

    def bulk_load(self, article_ids: list[str], vectors: np.ndarray, times: list[float | None],
                  entities: list[list[str]], stories: list[int]) -> None:
        """Load already-assigned articles at once (a restored corpus, or a benchmark's)."""
        vectors = l2_normalise(vectors)
        for aid, t, ents, story in zip(article_ids, times, entities, stories):
            key = len(self._members)
            self._members.append(_Member(aid, story, t, list(ents)))
            self._by_id[aid] = key
            self._stories.setdefault(story, []).append(key)
            self._next_story = max(self._next_story, story + 1)
        if self._index is None:
            old = self._vectors[:self._n_vec] if self._vectors is not None else vectors[:0]
            self._vectors = np.vstack([old, vectors]).astype(np.float32)
            self._n_vec = len(self._vectors)
            if self._n_vec >= self.config.exact_below:
                self._build_ann()
        else:
            first = len(self._members) - len(vectors)
            self._index.add(np.arange(first, len(self._members), dtype=np.uint64), vectors.astype(np.float32), threads=1)

    # ------------------------------------------------------------ the index
    def _insert(self, key: int, vector: np.ndarray) -> None:
        self._dim = len(vector)
        if self._index is None and self._n_vec + 1 >= self.config.exact_below:
            self._build_ann()
        if self._index is not None:
            self._index.add(np.array([key], dtype=np.uint64), vector[None, :].astype(np.float32), threads=1)
            return
        if self._vectors is None:
            self._vectors = np.zeros((64, len(vector)), dtype=np.float32)
        elif self._n_vec == len(self._vectors):          # grow by doubling: amortised O(1) per article
            grown = np.zeros((2 * len(self._vectors), self._vectors.shape[1]), dtype=np.float32)
            grown[:self._n_vec] = self._vectors
            self._vectors = grown
        self._vectors[self._n_vec] = vector
        self._n_vec += 1

    def _build_ann(self) -> None:
        dim = self._vectors.shape[1] if self._vectors is not None else self._dim
        self._index = Index(ndim=dim, metric="cos", dtype="f32", connectivity=16,
                            expansion_add=64, expansion_search=64)
        if self._n_vec:
            keys = np.arange(self._n_vec, dtype=np.uint64)
            self._index.add(keys, self._vectors[:self._n_vec], threads=1)
        self._vectors = None
        self._n_vec = 0

    def _neighbours(self, vector: np.ndarray) -> list[tuple[int, float]]:
        k = self.config.neighbours
        if self._index is not None:
            found = self._index.search(vector.astype(np.float32), k, threads=1)
            return [(int(key), 1.0 - float(dist)) for key, dist in zip(found.keys, found.distances)]
        if self._vectors is None or not self._n_vec:
            return []
        # brute force, single-threaded SIMD (a BLAS thread pool only adds contention for one query)
        found = usearch_search(self._vectors[:self._n_vec], vector.astype(np.float32), min(k, self._n_vec),
                               MetricKind.IP, exact=True, threads=1)
        pairs = [(int(key), 1.0 - float(dist)) for key, dist in zip(found.keys, found.distances)]
        return sorted(pairs, key=lambda p: (-round(p[1], 6), p[0]))

    # ------------------------------------------------------------ persistence
    def to_bytes(self) -> bytes:
        meta = {"version": 1, "next_story": self._next_story,
                "members": [[m.article_id, m.story, m.time, m.entities] for m in self._members]}
        meta_b = json.dumps(meta, ensure_ascii=False).encode("utf-8")
        if self._index is not None:
            kind, payload = b"A", bytes(self._index.save())
        else:
            vecs = self._vectors[:self._n_vec] if self._vectors is not None else np.zeros((0, 0), dtype=np.float32)
            kind, payload = b"V", struct.pack("<II", *vecs.shape) + vecs.astype("<f4").tobytes()
        return b"RSI1" + struct.pack("<Q", len(meta_b)) + meta_b + kind + payload

    @classmethod
    def from_bytes(cls, data: bytes, config: AlignConfig | None = None, embedder=None, cache=None) -> "StoryIndex":
        if data[:4] != b"RSI1":
            raise ValueError("not a recoupe StoryIndex")
        n = struct.unpack("<Q", data[4:12])[0]
        meta = json.loads(data[12:12 + n].decode("utf-8"))
        kind, payload = data[12 + n:13 + n], data[13 + n:]
        idx = cls(config, embedder, cache)
        idx._next_story = meta["next_story"]
        for key, (aid, story, time, ents) in enumerate(meta["members"]):
            idx._members.append(_Member(aid, story, time, ents))
            idx._by_id[aid] = key
            idx._stories.setdefault(story, []).append(key)
        if kind == b"A":
            idx._index = Index.restore(payload)
        else:
            rows, dim = struct.unpack("<II", payload[:8])
            if rows:
                idx._vectors = np.frombuffer(payload[8:], dtype="<f4").reshape(rows, dim).astype(np.float32)
                idx._n_vec = rows
        return idx


def cluster_articles(articles: list[Article], config: AlignConfig | None = None, cache=None,
                     index: StoryIndex | None = None) -> list[list[Article]]:
    """Group articles into stories, deterministically (time order, then id)."""
    config = config or AlignConfig()
    index = index if index is not None else StoryIndex(config, cache=cache)
    ordered = sorted(articles, key=lambda a: (parse_time(a.published or a.reference_date) or math.inf, a.id))
    index.add_many(ordered)
    by_story: dict[str, list[Article]] = {}
    for a in ordered:
        by_story.setdefault(index.story_of(a.id), []).append(a)
    groups = list(by_story.values())
    groups.sort(key=lambda g: (parse_time(g[0].published or g[0].reference_date) or math.inf, g[0].id))
    return groups
