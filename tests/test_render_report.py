"""HTML and Markdown reports from a hand-written brief with every field filled,
from hostile briefs, and from empty or malformed ones."""
from __future__ import annotations

import base64
import hashlib
import re

import pytest

from recoupe.render import render_html, render_markdown
from recoupe.render.views import brief_view, segment
from test_render_data import full_brief, hostile_brief


@pytest.fixture(scope="module")
def html() -> str:
    return render_html(full_brief())


def test_matrix_shows_each_stance_and_flags(html):
    matrix = html[html.index('class="matrix"'):html.index("</table>", html.index('class="matrix"'))]
    assert len(re.findall(r'class="cell supports"', matrix)) == 3
    assert len(re.findall(r'class="cell contradicts"', matrix)) == 1
    assert len(re.findall(r'class="cell silent"', matrix)) == 2
    assert 'class="claim single"' in matrix and 'class="claim contested"' in matrix
    # evidence side by side, hidden until clicked, one card per evidence sentence
    assert matrix.count('class="evidence" id="s1c1-ev" hidden') == 1
    assert matrix.count('<div class="ev supports">') == 3 and matrix.count('<div class="ev contradicts">') == 1
    assert "Environ 12 000 personnes ont été évacuées mercredi." in matrix


def test_story_views_show_what_the_brief_says(html):
    story = html[html.index('<section class="story"'):html.index('<h2 id="unclustered"')]
    # translation variants of one utterance together, languages named
    group = story[story.index('class="qgroup"'):]
    assert "variants in en, fr" in group
    for q in ("We will not leave a single family without shelter,", "Nous ne laisserons aucune famille sans abri",
              "Aucune famille ne sera laissée sans abri"):
        assert q in group
    assert "cue “a déclaré”" in group and "via The Daily Courier" in group
    # provenance as svg with the source and the relaying articles
    svg = story[story.index("<svg"):story.index("</svg>")]
    assert "The Daily Courier (2)" in svg and svg.count('class="edge"') == 3 and 'class="reuse"' in svg
    assert "2026-03-11" in story and "The Castelbrune dam spillway fails" in story
    assert "45.748, 4.847" in story                     # Lyon has coordinates
    assert "opinion 80%" in story and "Loaded_Language ×1" in story and "rhetorical_question ×1" in story
    assert "1,200 vs 12 000 evacuees" in story
    assert "<li>50% of sentences carry stance markers</li><li>first-person commentary (1 markers)</li>" in story


def test_articles_highlighted_by_offset(html):
    b = brief_view(full_brief())
    for a in b.articles:
        assert "".join(s.text for s in a.segments) == a.text
    tribune = b.by_id["tribune"]
    marked = {seg.text: seg.kinds for seg in tribune.segments if seg.kinds}
    assert "k-framing" in marked["un scandale d'État"]
    assert "k-quote" in marked["Aucune famille ne sera laissée sans abri"]
    courier = b.by_id["courier"]
    assert any("k-claim" in s.kinds and "1,200" in s.text for s in courier.segments)
    veilleur = b.by_id["veilleur"]
    assert any("k-claim-contra" in s.kinds for s in veilleur.segments)
    assert 'data-kind="quote"' in html and "Quotes (1)" in html


def test_report_is_self_contained_and_locked_down(html):
    assert not re.search(r'<(script|link|img|iframe)[^>]+(src|href)="(?!data:)', html)
    assert "http://" not in html.replace("https://", "")   # the only URLs are the articles' own links
    script = re.search(r"<script>(.*?)</script>", html, re.S).group(1)
    digest = "sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src '{digest}'" in html
    assert "@media print" in html


def test_hostile_brief_is_escaped():
    out = render_html(hostile_brief())
    assert "<script>window" not in out and "<svg onload" not in out and "<img src=x" not in out
    assert "<svg/onload" not in out and "<iframe" not in out and "<style>body" not in out
    assert 'href="javascript' not in out.lower() and 'href=" javascript' not in out.lower()
    assert "&lt;script&gt;</span>window.__pwned = 1&lt;/script&gt;" in out   # shown as text, entity-marked
    assert "A" * 1000 in out                      # the oversized body is shown, not dropped
    md = render_markdown(hostile_brief())
    # every "<" is backslash-escaped (CommonMark shows it as text) but the autolinks of safe URLs
    assert not re.search(r"(?<!\\)<(?!https?://)", md)
    assert "](javascript:" not in md and "\\<script\\>" in md


@pytest.mark.parametrize("brief", [
    {},
    {"articles": None, "stories": None},
    {"articles": [{"id": "x", "text": "Hello"}], "stories": []},
    {"articles": [{"id": "x", "text": None, "entities": "nope", "framing": [], "source": None}],
     "stories": [{"claims": [{"evidence": [{"article_id": "missing", "start": "a"}]}], "article_ids": ["x", 3]}]},
    {"articles": [{"id": "y", "text": "abc", "quotes": [{"text": "b", "start": True, "end": 2}],
                   "entities": [{"text": "c", "label": "LOC", "lat": "nan", "lon": 1e400, "start": 2, "end": 3}]}],
     "stories": [{"id": "s", "article_ids": ["y"], "provenance": [{"source": None, "article_ids": None}],
                  "timeline": [{"date": None}], "quote_groups": [{"quotes": [{"article_id": None}]}]}]},
])
def test_empty_and_malformed_briefs_render(brief):
    assert "<html" in render_html(brief)
    assert render_markdown(brief).startswith("# Corroboration brief")


def test_no_stories_still_shows_the_articles():
    brief = full_brief()
    brief["stories"] = []
    out = render_html(brief)
    assert "has no stories yet" in out and out.count('<section class="article"') == 4


def test_segments_overlap_and_nest():
    segs = segment("abcdef", [(0, 4, "k-a", "A"), (2, 6, "k-b", "B"), (2, 3, "k-c", "")])
    assert [(s.text, sorted(s.kinds)) for s in segs] == [("ab", ["k-a"]), ("c", ["k-a", "k-b", "k-c"]),
                                                        ("d", ["k-a", "k-b"]), ("ef", ["k-b"])]
    assert segs[1].notes == ["A", "B"]


def test_markdown_has_the_same_brief(html):
    md = render_markdown(full_brief())
    assert "| Engineers warned of cracks in the dam before the flood. | [1][2] |  | 1 (The Daily Courier) | **single source** |" in md
    assert "| About 1,200 residents were evacuated. | [1] | [2] |" in md and "**contradicted**" in md
    assert "(fr) “Nous ne laisserons aucune famille sans abri” [2] — cue “a déclaré”; via The Daily Courier" in md
    assert "- The Daily Courier ← [1][2]" in md and "[3] reuses text of [2]" in md
    assert "| Lyon | 45.748, 4.847 | [2] |" in md
    assert "[4] The Northern Ledger, “Port Amsel chess open”" in md


def test_spans_whose_text_disagrees_with_the_article_are_not_highlighted():
    brief = full_brief()
    courier = brief["articles"][0]
    courier["entities"][0]["start"] += 1                # now points at "astelbrune " but says "Castelbrune"
    courier["entities"][0]["end"] += 1
    brief["stories"][0]["claims"][1]["evidence"][0]["start"] -= 2
    view = brief_view(brief).by_id["courier"]
    assert view.counts["entity"] == len(courier["entities"]) - 1
    assert view.counts["claim"] == 1                    # c1 still, c2's shifted evidence dropped


def test_places_map_is_drawn_offline_around_the_places(html):
    from recoupe.render.views import brief_view as view
    m = view(full_brief()).stories[0].place_map
    assert [p["label"] for p in m.points] == ["Lyon"]           # Castelbrune has no coordinates: table only
    x0, y0, w, h = map(float, m.view_box.split())
    lyon = m.points[0]
    assert x0 < lyon["x"] < x0 + w and y0 < lyon["y"] < y0 + h
    assert 1_000 < len(m.land) < 20_000                         # France and neighbours, not the whole world
    svg = html[html.index('<svg class="map"'):html.index("</svg>", html.index('<svg class="map"'))]
    assert ">Lyon</text>" in svg and "http" not in svg.replace("http://www.w3.org", "")
