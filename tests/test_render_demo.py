"""The bundled demo corpus, analysed for real, rendered as the report a user opens first
(`recoupe analyze demo/ --format html`), and checked in headless Chromium."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from recoupe.render import render_html, render_markdown
from test_web_browser import browser, new_page, shot  # noqa: F401  (the browser fixture)

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_brief(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("demo") / "brief.json"
    subprocess.run([sys.executable, "-m", "recoupe.cli", "analyze", str(ROOT / "demo"), "-q", "-o", str(out)],
                   check=True, cwd=ROOT)
    return json.loads(out.read_text(encoding="utf-8"))


def test_demo_brief_shows_what_the_demo_readme_promises(demo_brief):
    """demo/README.md, "What a good brief shows on it", checked on the real analysis."""
    stories = sorted(demo_brief["stories"], key=lambda s: -len(s["article_ids"]))
    assert [len(s["article_ids"]) for s in stories] == [6, 1]          # the chess open stays apart
    flood = stories[0]
    ids = {aid.split("_")[0].split("-")[0]: aid for aid in flood["article_ids"]}
    # every claim traced to one origin, the Daily Courier, however many outlets repeat it
    assert flood["claims"] and all(c["origins"] == ["The Daily Courier"] for c in flood["claims"] if c["n_articles"] > 1)
    relays = next(p for p in flood["provenance"] if p["source"] == "The Daily Courier")["article_ids"]
    assert len(relays) >= 4
    # the minister's "the dam held" in three outlets is one claim; her words and the director's never are
    dam = [c for c in flood["claims"] if any("barrage a tenu" in e["text"] or "dam held" in e["text"]
                                             for e in c["evidence"])]
    assert len(dam) == 1 and dam[0]["n_articles"] >= 3
    assert not any(any("sans abri" in e["text"] for e in c["evidence"]) and
                   any("Aucun rapport" in e["text"] for e in c["evidence"]) for c in flood["claims"])
    # the Ledger names the Water Authority's report, which the Courier obtained: cited via the Courier
    cited = [(c["name"], c["via"]) for a in demo_brief["articles"] for c in a["cited_sources"] if c["kind"] == "document"]
    assert ("Norvalian Water Authority", "The Daily Courier") in cited
    # the two planted contradictions: 1,200 vs 12 000 evacuees, the memo vs its denial
    reasons = [c["reason"] for c in flood["contradictions"]]
    assert any("1,200" in r and "12 000" in r for r in reasons)
    assert any(c["kind"] == "negation" and ids["gazette"] in (c["a"]["article_id"], c["b"]["article_id"])
               for c in flood["contradictions"])
    evacuees = next(c for c in flood["claims"] if any("12 000" in e["text"] for e in c["evidence"]))
    assert {e["stance"] for e in evacuees["evidence"] if "12 000" in e["text"]} == {"contradicts"}
    assert not any("12 000" in s["text"] for s in flood["summary"])     # the synthesis speaks with the majority
    # Varga's English quote and its three French renderings: one utterance
    lang = {a["id"]: a["language"] for a in demo_brief["articles"]}
    varga = [g for g in flood["quote_groups"] if g["speaker"] == "Elena Varga"]
    assert any({lang[q["article_id"]] for q in g["quotes"]} == {"en", "fr"} and len({q["article_id"] for q in g["quotes"]}) >= 4
               for g in varga)
    # InfoFlash24 copied Le Veilleur; the tribune is opinion
    assert any(r["derived"] == ids["infoflash24"] and r["source"] == ids["le"] for r in flood["reuse"])
    genre = {a["id"]: a["framing"]["genre"]["label"] for a in demo_brief["articles"]}
    assert genre[ids["tribune"]] == "opinion"
    assert "!" not in flood["title"]                                     # named by a plain headline


def test_demo_report_shows_every_article_and_story(demo_brief):
    html = render_html(demo_brief)
    md = render_markdown(demo_brief)
    titles = [a["title"] for a in demo_brief["articles"] if a.get("title")]
    assert any("Castelbrune" in t for t in titles) and any("chess" in t for t in titles)
    assert html.count('<section class="article" id="a') == len(demo_brief["articles"])
    for a in demo_brief["articles"]:
        if a.get("title"):
            assert a["title"].replace("'", "&#39;") in html
    assert html.count('<section class="story"') == len(demo_brief["stories"])
    assert md.count("\n## ") >= len(demo_brief["stories"])
    assert "The Daily Courier" in html and "La Gazette de l&#39;Ardelle" in html


def test_demo_report_in_the_browser(browser, demo_brief, tmp_path):  # noqa: F811
    report = tmp_path / "demo-brief.html"
    report.write_text(render_html(demo_brief), encoding="utf-8")
    page = new_page(browser, "file://")
    page.goto(report.as_uri())
    claims = page.locator("tr.claim")
    if claims.count():
        claims.first.click()
        first_ev = page.locator("tr.evidence:not([hidden]) .ev").first
        assert first_ev.is_visible() and first_ev.inner_text().strip()
    page.locator("#a1 .filters button[data-kind='date']").click()
    assert page.locator("#a1-text").get_attribute("class") == "text show-date"     # one kind at a time
    assert "show-entity" in page.locator("#a2-text").get_attribute("class")          # other articles untouched
    shot(page, "report-demo", full_page=False)
    assert page.events == {"dialogs": [], "errors": [], "outside": []}
