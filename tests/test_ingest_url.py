"""URLs, served by a real local HTTP server: pages, feeds, links followed on request, refusals."""
from __future__ import annotations

import functools
import gzip
import socket
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from recoupe.ingest import IngestError, load
from recoupe.ingest.url import url_id

from conftest import EVAL

PAGE = EVAL / "fundus-html" / "fr" / "LeMonde_2023_09_01.html.gz"


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):       # keep test output clean
        pass


@pytest.fixture
def server(tmp_path):
    (tmp_path / "article.html").write_bytes(gzip.decompress(PAGE.read_bytes()))
    (tmp_path / "note.txt").write_text("Un titre de note\nLe corps de la note, avec du texte.\n", encoding="utf-8")
    (tmp_path / "broken.html").write_bytes(gzip.decompress(PAGE.read_bytes())[:40_000])
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(tmp_path)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    (tmp_path / "feed.xml").write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Local Feed</title><link>{base}/</link>
<item><title>Sophie Binet à l’Elysée</title><link>{base}/article.html</link><description>Résumé court de l’article.</description></item>
<item><title>Lien mort</title><link>{base}/missing.html</link><description>Résumé du lien mort.</description></item>
</channel></rss>""", encoding="utf-8")
    yield base
    httpd.shutdown()
    httpd.server_close()


def test_html_url_is_fetched_and_extracted(server):
    url = f"{server}/article.html"
    [a] = list(load([url]))
    assert not isinstance(a, IngestError), a
    assert a.id == url_id(url) and a.id.startswith("url-") and "." not in a.id
    assert a.title.startswith("Sophie Binet met en garde Emmanuel Macron")
    assert a.source.url.startswith("https://www.lemonde.fr/")       # the page's canonical URL
    assert "Sous les dorures du palais de l’Elysée" in a.text


def test_plain_text_url(server):
    [a] = list(load([f"{server}/note.txt"]))
    assert a.title == "Un titre de note" and a.text.endswith("avec du texte.")


def test_feed_url_uses_summaries_unless_links_are_followed(server):
    items = list(load([f"{server}/feed.xml"]))
    assert [a.text for a in items] == ["Résumé court de l’article.", "Résumé du lien mort."]
    assert all(a.source.feed == f"{server}/feed.xml" for a in items)

    followed = list(load([f"{server}/feed.xml"], follow_links=True))
    article, error, fallback = followed
    assert "Sous les dorures du palais de l’Elysée" in article.text
    assert article.source.feed == f"{server}/feed.xml" and article.id == url_id(f"{server}/article.html")
    assert isinstance(error, IngestError) and error.input == f"{server}/missing.html" and "404" in error.problem
    assert fallback.text == "Résumé du lien mort."


@pytest.mark.parametrize("url", ["file:///etc/passwd", "javascript:alert(1)", "ftp://example.org/x.html",
                                 "data:text/html,<p>hi</p>"])
def test_other_schemes_are_refused(url):
    [err] = list(load([url]))
    assert isinstance(err, IngestError) and err.input == url
    assert err.problem.startswith("refused: only http:// and https:// URLs")


def test_unreachable_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    [err] = list(load([f"http://127.0.0.1:{port}/article.html"]))
    assert isinstance(err, IngestError) and "could not reach the server" in err.problem


def test_http_errors_truncated_pages_and_non_text(server):
    results = list(load([f"{server}/missing.html", f"{server}/broken.html", f"{server}/image.png",
                         f"{server}/note.txt"]))
    assert [type(r).__name__ for r in results] == ["IngestError", "IngestError", "IngestError", "Article"]
    assert "HTTP 404" in results[0].problem
    assert "truncated" in results[1].problem
    assert "content type image/png" in results[2].problem
