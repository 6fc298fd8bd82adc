"""The web app over a real SQLite store filled from the hand-written brief: pages, the
JSON API, search, and the guards on uploads, paths and URLs."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from recoupe.brief import article_from_dict
from recoupe.pipeline import ANALYSIS_VERSION
from recoupe.store import Store
from recoupe.store.sqlite import story_from_dict
from recoupe.web.app import check_fetch_url, create_app, inside
from test_render_data import full_brief, hostile_brief


def fill_store(path: Path, brief: dict) -> Path:
    """A corpus database holding the brief's articles (with their analysis) and stories."""
    store = Store(path)
    for d in brief["articles"]:
        article = article_from_dict(d)
        article.id, new = store.add_article(article)
        if new:
            store.save_analysis(article, ANALYSIS_VERSION, "md")
    store.save_stories([story_from_dict(s) for s in brief["stories"]])
    store.close()
    return path


@pytest.fixture()
def client(tmp_path) -> TestClient:
    return TestClient(create_app(fill_store(tmp_path / "corpus.db", full_brief()), max_upload_bytes=4096))


def test_corpus_page_lists_stories_with_counts_and_dates(client):
    page = client.get("/").text
    assert 'href="/stories/s1">Castelbrune dam failure</a>' in page
    row = page[page.index('href="/stories/s1"'):page.index("</tr>", page.index('href="/stories/s1"'))]
    assert "<td>3</td>" in row and "2026-03-12 → 2026-03-14" in row and "en, fr" in row
    assert page.count('href="/articles/') == 4
    assert '<form action="/add/upload" method="post" enctype="multipart/form-data">' in page


def test_story_page_reuses_the_report_views(client):
    page = client.get("/stories/s1").text
    assert 'class="matrix"' in page and 'class="qgroup"' in page and '<svg class="prov"' in page
    assert 'href="/articles/veilleur"' in page          # citations lead to the article page
    assert '<script src="/static/recoupe.js"></script>' in page
    assert client.get("/stories/nope").status_code == 404


def test_article_page_and_report(client):
    page = client.get("/articles/veilleur").text
    assert 'class="k-claim-contra"' in page or "k-claim-contra" in page
    assert 'in story <a href="/stories/s1">' in page
    report = client.get("/stories/s1/report.html")
    assert report.status_code == 200 and "<style>" in report.text and "Castelbrune dam failure" in report.text


def test_security_headers(client):
    r = client.get("/")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


def test_api_returns_the_brief_and_describes_itself(client):
    brief = client.get("/api/brief", params={"story": "s1"}).json()
    assert brief["schema"] == "recoupe.brief/1"
    assert [s["id"] for s in brief["stories"]] == ["s1"] and len(brief["articles"]) == 3
    assert brief["stories"][0]["claims"][1]["contradicted"] is True
    assert len(client.get("/api/brief").json()["articles"]) == 4
    stories = client.get("/api/stories").json()
    assert stories[0]["n_articles"] == 3 and stories[0]["first_published"] == "2026-03-12"
    assert client.get("/api/articles/tribune").json()["framing"]["genre"]["label"] == "opinion"
    spec = client.get("/openapi.json").json()
    assert {"/api/brief", "/api/stories", "/api/articles/{article_id}", "/api/search"} <= set(spec["paths"])


def test_full_text_search_marks_matches_and_survives_odd_queries(client):
    page = client.get("/search", params={"q": "évacuées"}).text
    assert 'href="/articles/veilleur"' in page and "<mark>évacuées</mark>" in page
    for odd in ['"', "NEAR(", "*", "a OR", "<script>alert(1)</script>"]:
        r = client.get("/search", params={"q": odd})
        assert r.status_code == 200 and "<script>alert" not in r.text
    assert client.get("/api/search", params={"q": "Varga"}).json()


def test_semantic_search_finds_sentences_across_languages(client):
    hits = client.get("/api/search", params={"q": "how many people had to leave their homes", "mode": "semantic",
                                             "limit": 2}).json()
    assert {"evac" in h["text"].lower() or "évacu" in h["text"].lower() for h in hits} == {True}


def test_upload_limits_and_names(client, tmp_path):
    too_big = client.post("/add/upload", files={"file": ("big.txt", io.BytesIO(b"x" * 5000), "text/plain")})
    assert too_big.status_code == 413
    huge = client.post("/add/upload", files={"file": ("huge.txt", io.BytesIO(b"x" * 200_000), "text/plain")})
    assert huge.status_code == 413 and "too large" in huge.text      # refused on its length, unread
    # a hostile file name never reaches the file system: the stored name is the content hash
    r = client.post("/add/upload", files={"file": ("../../../evil.sh", io.BytesIO(b"Title\nBody text here.\n"),
                                                   "text/plain")}, follow_redirects=False)
    assert r.status_code == 303
    assert not (tmp_path.parent / "evil.sh").exists() and not list(tmp_path.rglob("evil*"))
    stored = list((tmp_path / "corpus-files" / "uploads").iterdir())
    assert len(stored) == 1 and stored[0].suffix == ".txt"


def test_paths_cannot_escape_the_data_folder(tmp_path):
    assert inside(tmp_path, "uploads/a.txt") == (tmp_path / "uploads" / "a.txt").resolve()
    for bad in ("../x", "/etc/passwd", "uploads/../../x", "a/../../x"):
        with pytest.raises(ValueError):
            inside(tmp_path, bad)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "javascript:alert(1)", "ftp://example.org/x",
                                 "data:text/html,<script>", "http://", "gopher://x", "//example.org/a",
                                 "https://" + "a" * 3000 + ".org"])
def test_url_fetching_refuses_non_http(client, url):
    with pytest.raises(ValueError):
        check_fetch_url(url)
    r = client.post("/add/url", data={"url": url}, follow_redirects=False)
    assert r.status_code in (303, 422)
    if r.status_code == 303:
        assert "errors=" in r.headers["location"] and "added" not in r.headers["location"]


def test_hostile_store_pages_are_escaped(tmp_path):
    client = TestClient(create_app(fill_store(tmp_path / "h.db", hostile_brief())))
    for url in ("/", "/stories/s1", "/articles/courier", "/search?q=pwned"):
        page = client.get(url).text
        assert "<script>window" not in page and "<img src=x" not in page and "<svg/onload" not in page
        assert 'href="javascript' not in page.lower()


def test_claim_evidence_is_sent_on_demand(client):
    page = client.get("/stories/s1").text
    assert 'data-src="/stories/s1/claims/c2/evidence"' in page
    assert 'class="ev ' not in page                 # not inline: long stories stay light
    fragment = client.get("/stories/s1/claims/c2/evidence").text
    assert '<div class="ev contradicts">' in fragment and "Environ 12 000 personnes ont été évacuées mercredi." in fragment
    assert 'href="/articles/veilleur"' in fragment and "Origins: The Daily Courier · Le Veilleur" in fragment
    assert client.get("/stories/s1/claims/nope/evidence").status_code == 404


def test_add_by_url_and_by_feed_from_a_local_web_server(client):
    """The demo's HTML page and RSS feed served over http on 127.0.0.1, added through the forms."""
    import functools
    import http.server
    import threading

    demo = Path(__file__).resolve().parents[1] / "demo"
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(demo))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        r = client.post("/add/url", data={"url": f"{base}/gazette-ardelle_castelbrune-12000-evacues.html"},
                        follow_redirects=False)
        assert r.headers["location"] == "/?added=1", r.headers["location"]
        r = client.post("/add/feed", data={"url": f"{base}/northern-ledger_feed.rss"}, follow_redirects=False)
        assert r.headers["location"] == "/?added=2", r.headers["location"]
    finally:
        server.shutdown()
    titles = {a["title"] for a in client.get("/api/brief").json()["articles"]}
    assert "Castelbrune : 12 000 évacués après la rupture du déversoir" in titles
    assert "Port Amsel chess open ends with a surprise winner" in titles
    hits = client.get("/api/search", params={"q": "préfecture"}).json()
    assert hits and hits[0]["article_id"] not in {"courier", "veilleur", "tribune", "chess"}
