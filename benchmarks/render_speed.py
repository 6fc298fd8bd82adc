"""How fast the brief renders: the HTML/Markdown report for the five seeds and for a
story of 50 articles, and the web app's story page load in headless Chromium.

    .venv/bin/python benchmarks/render_speed.py                 # analyses the seeds first (~45 s)
    .venv/bin/python benchmarks/render_speed.py --brief /tmp/seeds.json   # a brief made earlier by
        # recoupe analyze ../shared/corpus/seeds -o /tmp/seeds.json

The 50-article story is the seeds' analysed brief with its articles repeated under
new ids (the claims' evidence repeated with them), so the matrix has 50 columns and
the page carries 50 articles' worth of quotes, sources and reuse.
Aims: report < 1 s, story page < 500 ms.
"""
from __future__ import annotations

import argparse
import copy
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
sys.path.insert(0, str(ROOT / "tests"))


def timed(fn, repeat: int = 5) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


def seeds_brief(path: Path | None) -> dict:
    if path is None:
        path = Path(tempfile.mkdtemp()) / "seeds.json"
        subprocess.run([str(ROOT / ".venv/bin/recoupe"), "analyze", str(SEEDS), "-q", "-o", str(path)], check=True)
    return json.loads(path.read_text(encoding="utf-8"))


def grow(brief: dict, n_articles: int) -> dict:
    """One story of `n_articles`: the brief's biggest story, its articles repeated under new ids."""
    story = max(brief["stories"], key=lambda s: len(s["article_ids"]))
    base = [a for a in brief["articles"] if a["id"] in story["article_ids"]]
    articles, story = [], copy.deepcopy(story)
    copies = -(-n_articles // len(base))
    for k in range(copies):
        for a in base:
            if len(articles) < n_articles:
                b = copy.deepcopy(a)
                b["id"] = f"{a['id']}~{k}"
                b["source"]["outlet"] = f"Outlet {len(articles) + 1}"
                b["text"] += f"\n(copy {k})"       # distinct content, or the store keeps one copy; offsets unchanged
                articles.append(b)
    ids = {a["id"] for a in articles}
    story["article_ids"] = [a["id"] for a in articles]
    for c in story["claims"]:
        c["evidence"] = [dict(e, article_id=f"{e['article_id']}~{k}") for k in range(copies) for e in c["evidence"]
                         if f"{e['article_id']}~{k}" in ids]
    for p in story["provenance"]:
        p["article_ids"] = [f"{i}~{k}" for k in range(copies) for i in p["article_ids"] if f"{i}~{k}" in ids]
    for g in story["quote_groups"]:
        g["quotes"] = [dict(q, article_id=f"{q['article_id']}~{k}") for k in range(copies) for q in g["quotes"]
                       if f"{q['article_id']}~{k}" in ids]
    return {**brief, "articles": articles, "stories": [story]}


def page_load(brief: dict, story_id: str, repeat: int = 5) -> tuple[float, float]:
    """Median story page load (navigation start -> load event) in Chromium, and the report file's."""
    from playwright.sync_api import sync_playwright
    from recoupe.render import render_html
    from recoupe.web.app import create_app
    from test_web_app import fill_store
    from test_web_browser import ARGS, CHROMIUM, Server

    tmp = Path(tempfile.mkdtemp())
    app = create_app(fill_store(tmp / "bench.db", brief))
    report = tmp / "report.html"
    report.write_text(render_html(brief), encoding="utf-8")
    measure = ("() => { const n = performance.getEntriesByType('navigation')[0];"
               " return [n.loadEventEnd - n.startTime, n.responseEnd - n.startTime]; }")
    with Server(app) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(f"{base}/stories/{story_id}")          # first load: templates compiled, brief read from the store
        first = page.evaluate(measure)[0]
        story_ms, server_ms, report_ms = [], [], []
        for _ in range(repeat):
            page.goto(f"{base}/stories/{story_id}", wait_until="load")
            total, response = page.evaluate(measure)
            story_ms.append(total)
            server_ms.append(response)
            page.goto(report.as_uri(), wait_until="load")
            report_ms.append(page.evaluate(measure)[0])
        browser.close()
    return first, statistics.median(story_ms), statistics.median(server_ms), statistics.median(report_ms)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--brief", type=Path, help="the seeds' JSON brief (else the seeds are analysed now)")
    ap.add_argument("--articles", type=int, default=50)
    args = ap.parse_args()
    from recoupe.render import render_html, render_markdown

    seeds = seeds_brief(args.brief)
    big = grow(seeds, args.articles)
    for name, brief in (("seeds", seeds), (f"{args.articles}-article story", big)):
        render_html(brief)                                  # first call compiles the templates
        t_html, html = timed(lambda: render_html(brief))
        t_md, md = timed(lambda: render_markdown(brief))
        n_claims = sum(len(s["claims"]) for s in brief["stories"])
        print(f"{name:>20}: {len(brief['articles'])} articles, {n_claims} claims | "
              f"HTML {t_html * 1000:.0f} ms ({len(html) / 1e6:.2f} MB) | Markdown {t_md * 1000:.0f} ms")
    first, story_ms, server_ms, report_ms = page_load(big, big["stories"][0]["id"])
    print(f"{'browser':>20}: story page ({args.articles} articles) loads in {story_ms:.0f} ms "
          f"({server_ms:.0f} ms until the last byte arrives; first load {first:.0f} ms); "
          f"the report file in {report_ms:.0f} ms (median of 5, headless Chromium)")


if __name__ == "__main__":
    main()
