"""The SQLite corpus: one file, safe to kill at any moment.

Each article is written in its own transaction (WAL journal), so an
interrupted ingest leaves every finished article stored and nothing half
written; re-ingesting is idempotent because articles are keyed by the hash of
their content.  Analyses are stored with the pipeline version that made them,
so a later run reuses them instead of redoing the NLP.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import numpy as np

from recoupe.brief import article_from_dict, article_to_dict, to_dict
from recoupe.model import (Article, ArticleSource, Brief, Claim, Contradiction, Evidence, ProvenanceEntry,
                           QuoteGroup, Story, SummarySentence, TimelineEvent)

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    title TEXT,
    language TEXT,
    published TEXT,
    text TEXT NOT NULL,
    metadata TEXT NOT NULL DEFAULT '{}',
    added_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS analyses (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    mode TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    article_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE IF NOT EXISTS embeddings (
    model TEXT NOT NULL, key TEXT NOT NULL, vector BLOB NOT NULL,
    PRIMARY KEY (model, key)
);
CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS blobs (name TEXT PRIMARY KEY, data BLOB NOT NULL);
"""


class StoreError(Exception):
    """The database cannot be used (not a recoupe database, corrupt, newer schema)."""


class Store:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._local = threading.local()
        try:
            self._db.executescript(_SCHEMA)    # idempotent DDL; executescript commits on its own
            with self._tx() as db:
                row = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
                if row is None:
                    db.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
                elif int(row[0]) > SCHEMA_VERSION:
                    raise StoreError(f"{self.path}: database schema {row[0]} is newer than this recoupe ({SCHEMA_VERSION})")
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path}: not a usable recoupe database ({err})") from err

    # ------------------------------------------------------------ plumbing
    @property
    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA foreign_keys=ON")
            self._local.db = db
        return db

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def close(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None

    # ------------------------------------------------------------ articles
    def add_article(self, article: Article) -> tuple[str, bool]:
        """Store an article; returns (id, is_new).  The same content twice is stored once.

        An id that already exists with other content (a file edited since) is
        replaced and its analysis dropped."""
        digest = article.content_hash
        with self._tx() as db:
            row = db.execute("SELECT id FROM articles WHERE content_hash=?", (digest,)).fetchone()
            if row:
                return row[0], False
            old = db.execute("SELECT 1 FROM articles WHERE id=?", (article.id,)).fetchone()
            if old:
                db.execute("DELETE FROM articles WHERE id=?", (article.id,))
                db.execute("DELETE FROM articles_fts WHERE article_id=?", (article.id,))
            db.execute(
                "INSERT INTO articles (id, content_hash, source, title, language, published, text, metadata, added_at)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (article.id, digest, json.dumps(to_dict(article.source)), article.title, article.language,
                 article.published, article.text, json.dumps(article.metadata, ensure_ascii=False), _now()))
            db.execute("INSERT INTO articles_fts (article_id, title, text) VALUES (?,?,?)",
                       (article.id, article.title or "", article.text))
        return article.id, True

    def has_article(self, article_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone() is not None

    def get_article(self, article_id: str) -> Article | None:
        """The article with its stored analysis when there is one."""
        row = self._db.execute(
            _ARTICLE_QUERY + " WHERE a.id=?", (article_id,)).fetchone()
        return _article_from_row(row) if row else None

    def list_articles(self) -> list[dict]:
        rows = self._db.execute(
            "SELECT a.id, a.title, a.language, a.published, a.source, n.version IS NOT NULL, length(a.text)"
            " FROM articles a LEFT JOIN analyses n ON n.article_id = a.id ORDER BY a.published, a.id").fetchall()
        return [{"id": r[0], "title": r[1], "language": r[2], "published": r[3], "source": json.loads(r[4]),
                 "analysed": bool(r[5]), "length": r[6]} for r in rows]

    def iter_articles(self, ids: list[str] | None = None) -> Iterator[Article]:
        query = _ARTICLE_QUERY
        if ids is None:
            rows = self._db.execute(query + " ORDER BY a.published, a.id")
            for row in rows:
                yield _article_from_row(row)
        else:
            for article_id in ids:
                row = self._db.execute(query + " WHERE a.id=?", (article_id,)).fetchone()
                if row:
                    yield _article_from_row(row)

    def count_articles(self) -> int:
        return self._db.execute("SELECT count(*) FROM articles").fetchone()[0]

    # ------------------------------------------------------------ analyses
    def analysis_version(self, article_id: str) -> tuple[int, str] | None:
        row = self._db.execute("SELECT version, mode FROM analyses WHERE article_id=?", (article_id,)).fetchone()
        return (row[0], row[1]) if row else None

    def save_analysis(self, article: Article, version: int, mode: str) -> None:
        with self._tx() as db:
            db.execute("UPDATE articles SET language=?, published=? WHERE id=?",
                       (article.language, article.published, article.id))
            db.execute("INSERT OR REPLACE INTO analyses (article_id, version, mode, data) VALUES (?,?,?,?)",
                       (article.id, version, mode, json.dumps(article_to_dict(article), ensure_ascii=False)))

    def update_analyses(self, articles: list[Article]) -> None:
        """Rewrite stored analyses in place (the corpus stage's cross-article names and links),
        keeping the version and mode they were made with; unanalysed articles are left alone."""
        with self._tx() as db:
            db.executemany("UPDATE analyses SET data=? WHERE article_id=?",
                           [(json.dumps(article_to_dict(a), ensure_ascii=False), a.id) for a in articles])

    # ------------------------------------------------------------ search
    def search_text(self, query: str, limit: int = 20) -> list[tuple[str, str]]:
        """Full-text search (FTS5): (article_id, snippet with [matches] marked)."""
        terms = " ".join(f'"{t}"' for t in query.replace('"', " ").split())
        if not terms:
            return []
        rows = self._db.execute(
            "SELECT article_id, snippet(articles_fts, 2, '[', ']', '…', 12) FROM articles_fts"
            " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?", (terms, limit)).fetchall()
        return [(r[0], r[1]) for r in rows]

    # ------------------------------------------------------------ embeddings cache
    def get_vectors(self, model: str, keys: list[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            marks = ",".join("?" * len(chunk))
            for key, blob in self._db.execute(
                    f"SELECT key, vector FROM embeddings WHERE model=? AND key IN ({marks})", (model, *chunk)):
                out[key] = np.frombuffer(blob, dtype=np.float32)
        return out

    def put_vectors(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        with self._tx() as db:
            db.executemany("INSERT OR REPLACE INTO embeddings (model, key, vector) VALUES (?,?,?)",
                           [(model, k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in vectors.items()])

    # ------------------------------------------------------------ stories
    def save_stories(self, stories: list[Story]) -> None:
        """Replace the stored stories by these (the corpus stage recomputes them whole)."""
        with self._tx() as db:
            db.execute("DELETE FROM stories")
            db.executemany("INSERT INTO stories (id, position, data) VALUES (?,?,?)",
                           [(s.id, i, json.dumps(to_dict(s), ensure_ascii=False)) for i, s in enumerate(stories)])

    def list_stories(self) -> list[Story]:
        return [story_from_dict(json.loads(r[0]))
                for r in self._db.execute("SELECT data FROM stories ORDER BY position")]

    def get_story(self, story_id: str) -> Story | None:
        row = self._db.execute("SELECT data FROM stories WHERE id=?", (story_id,)).fetchone()
        return story_from_dict(json.loads(row[0])) if row else None

    def put_blob(self, name: str, data: bytes) -> None:
        with self._tx() as db:
            db.execute("INSERT OR REPLACE INTO blobs (name, data) VALUES (?,?)", (name, data))

    def get_blob(self, name: str) -> bytes | None:
        row = self._db.execute("SELECT data FROM blobs WHERE name=?", (name,)).fetchone()
        return bytes(row[0]) if row else None

    def brief(self, story_ids: list[str] | None = None) -> Brief:
        """The brief of the whole corpus, or of some stories and their articles."""
        stories = self.list_stories()
        if story_ids is not None:
            wanted = set(story_ids)
            stories = [s for s in stories if s.id in wanted]
            ids = [a for s in stories for a in s.article_ids]
            articles = list(self.iter_articles(list(dict.fromkeys(ids))))
        else:
            articles = list(self.iter_articles())
        return Brief(articles=articles, stories=stories)


_ARTICLE_QUERY = ("SELECT a.id, a.source, a.title, a.language, a.published, a.text, a.metadata, n.data"
                  " FROM articles a LEFT JOIN analyses n ON n.article_id = a.id")


def _article_from_row(row) -> Article:
    article_id, source, title, language, published, text, metadata, analysis = row
    if analysis:
        article = article_from_dict(json.loads(analysis))
        article.text = text           # the stored text is the reference
        return article
    return Article(id=article_id, text=text, title=title, language=language, published=published,
                   source=ArticleSource(**json.loads(source)), metadata=json.loads(metadata or "{}"))


def story_from_dict(d: dict) -> Story:
    def claim(c: dict) -> Claim:
        fields = {k: v for k, v in c.items() if k != "evidence" and k in Claim.__dataclass_fields__}
        return Claim(evidence=[Evidence(**{k: v for k, v in e.items() if k in Evidence.__dataclass_fields__})
                               for e in c.get("evidence", [])], **fields)
    return Story(
        id=d["id"], title=d.get("title", ""), article_ids=d.get("article_ids", []),
        summary=[SummarySentence(**s) for s in d.get("summary", [])],
        claims=[claim(c) for c in d.get("claims", [])],
        contradictions=[Contradiction(**{k: v for k, v in c.items() if k in Contradiction.__dataclass_fields__})
                        for c in d.get("contradictions", [])],
        quote_groups=[QuoteGroup(**g) for g in d.get("quote_groups", [])],
        provenance=[ProvenanceEntry(**p) for p in d.get("provenance", [])],
        timeline=[TimelineEvent(**t) for t in d.get("timeline", [])],
        reuse=d.get("reuse", []),
        source_profiles=d.get("source_profiles", []),
    )


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def text_key(text: str) -> str:
    """Cache key of a text (for embeddings)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()
