"""End to end in real headless Chromium (Debian's /usr/bin/chromium driven by Playwright):
a person clicks corpus -> story -> claim evidence -> article, filters the highlights; hostile
articles run no script; the HTML report works from a file with no network.

Screenshots go to tests/screenshots/ (gitignored) for a human to look at."""
from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import sync_playwright

from recoupe.render import render_html
from recoupe.web.app import create_app
from test_render_data import full_brief, hostile_brief
from test_web_app import fill_store

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
SHOTS = Path(__file__).parent / "screenshots"


class Server:
    """The real uvicorn server on a free 127.0.0.1 port, in a thread."""

    def __init__(self, app):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.time() + 20
        while not self.server.started:
            assert time.time() < deadline, "server did not start"
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).exists(), "install Debian's chromium: apt-get install -y chromium"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def new_page(browser, allowed: str):
    """A page that records dialogs, page errors and any request leaving `allowed`."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.events = {"dialogs": [], "errors": [], "outside": []}
    page.on("dialog", lambda d: (page.events["dialogs"].append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: page.events["errors"].append(str(e)))
    page.on("request", lambda r: None if r.url.startswith(allowed) or r.url.startswith("data:")
            else page.events["outside"].append(r.url))
    return page


def shot(page, name: str, full_page: bool = True) -> None:
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)


def test_click_through_corpus_story_evidence_article(browser, tmp_path):
    with Server(create_app(fill_store(tmp_path / "c.db", full_brief()))) as base:
        page = new_page(browser, base)
        page.goto(base + "/")
        shot(page, "web-corpus")
        page.locator("#stories + table").get_by_role("link", name="Castelbrune dam failure").click()
        page.wait_for_url("**/stories/s1")
        assert page.locator("table.matrix tr.claim").count() == 2
        evidence = page.locator("#s1c2-ev")
        assert evidence.is_hidden()
        page.locator("#s1c2 td.claimtext").click()
        assert evidence.is_visible()
        assert evidence.locator(".ev.contradicts").inner_text().endswith("Environ 12 000 personnes ont été évacuées mercredi.")
        shot(page, "web-story")
        evidence.locator(".ev.contradicts .who a").click()
        page.wait_for_url("**/articles/veilleur")
        text = page.locator("#a1-text")
        claim = text.locator(".k-claim-contra").first
        entity = text.locator(".k-entity").first
        assert claim.evaluate("e => getComputedStyle(e).borderBottomStyle") == "solid"
        page.get_by_role("button", name="Quotes (1)").click()
        assert entity.evaluate("e => getComputedStyle(e).backgroundColor") == "rgba(0, 0, 0, 0)"
        assert text.locator(".k-quote").evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
        shot(page, "web-article")
        # add an article as a person would: the upload form on the corpus page
        upload = tmp_path / "new-article.txt"
        upload.write_text("Castelbrune: pumps arrive from Lyon\nThe first pumps arrived in Castelbrune on Friday, "
                          "the mayor Paul Dessaint said.\n2026-03-13 18:00\n", encoding="utf-8")
        page.goto(base + "/")
        page.locator("input[type=file]").set_input_files(str(upload))
        page.get_by_role("button", name="Upload and analyse").click()
        page.wait_for_url("**/?added=1*", timeout=120_000)
        assert page.locator("#articles + table a[href^='/articles/']", has_text="Castelbrune: pumps arrive from Lyon").count() == 1
        page.goto(base + "/search?q=Varga")
        assert page.locator("mark").count() >= 3
        shot(page, "web-search")
        assert page.events == {"dialogs": [], "errors": [], "outside": []}


def test_hostile_articles_run_no_script(browser, tmp_path):
    with Server(create_app(fill_store(tmp_path / "h.db", hostile_brief()))) as base:
        page = new_page(browser, base)
        for url in ("/", "/stories/s1", "/articles/courier", "/search?q=pwned", "/stories/s1/report.html"):
            page.goto(base + url)
            # event-attribute payloads fire on hover: hover what carries a title or could be markup
            for target in page.locator("[title], b, svg, img").all()[:12]:
                try:
                    target.hover(timeout=200)
                except Exception:
                    pass
            assert page.evaluate("typeof window.__pwned") == "undefined", url
        shot(page, "web-hostile-report", full_page=False)
        page.goto(base + "/articles/courier")
        shot(page, "web-hostile-article", full_page=False)
        assert page.events["dialogs"] == [] and page.events["outside"] == []
        assert page.locator("a[href^='javascript' i]").count() == 0


def test_report_file_works_offline(browser, tmp_path):
    report = tmp_path / "brief.html"
    report.write_text(render_html(full_brief()), encoding="utf-8")
    page = new_page(browser, "file://")
    page.goto(report.as_uri())
    page.locator("#s1c1 td.claimtext").click()
    assert page.locator("#s1c1-ev .ev").count() == 2
    page.get_by_role("button", name="Show all evidence").click()
    assert page.locator("#s1c2-ev").is_visible()
    page.get_by_role("button", name="Contradicted (1)").click()       # only the contested claim stays
    assert page.locator("#s1c1").is_hidden() and page.locator("#s1c1-ev").is_hidden()
    assert page.locator("#s1c2").is_visible()
    page.get_by_role("button", name="All claims (2)").click()
    assert page.locator("#s1c1").is_visible()
    shot(page, "report-fixture")
    assert page.events == {"dialogs": [], "errors": [], "outside": []}
    # printable: evidence rows, hidden on screen, print; buttons and filters do not
    page.reload()
    page.emulate_media(media="print")
    assert page.locator("#s1c2-ev").is_visible() and page.locator(".filters").first.is_hidden()
    page.emulate_media(media="screen")
    hostile = tmp_path / "hostile.html"
    hostile.write_text(render_html(hostile_brief()), encoding="utf-8")
    page.goto(hostile.as_uri())
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.events["dialogs"] == [] and page.events["outside"] == []
