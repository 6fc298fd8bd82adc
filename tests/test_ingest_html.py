"""HTML ingestion through trafilatura, on stored fundus pages and pages written here."""
from __future__ import annotations

import gzip
import json
from collections import Counter
from datetime import datetime

import pytest

from recoupe.ingest import IngestError, load
from recoupe.ingest.html import HtmlProblem, fragment_text, parse_html

from conftest import EVAL

FUNDUS = EVAL / "fundus-html"


def test_fundus_lemonde_page_gives_body_title_date_site_and_url():
    page = FUNDUS / "fr" / "LeMonde_2023_09_01.html.gz"
    expected = json.loads((FUNDUS / "fr" / "LeMonde.json").read_text(encoding="utf-8"))["V1"]
    [a] = list(load([str(page)]))
    assert not isinstance(a, IngestError), a
    assert a.id == "LeMonde_2023_09_01"
    assert a.title.split() == expected["title"].split()      # trafilatura turns no-break spaces into spaces
    assert datetime.fromisoformat(a.published) == datetime.fromisoformat(expected["publishing_date"])
    assert a.source.url.startswith("https://www.lemonde.fr/politique/article/2023/08/30/")
    assert a.source.outlet == "Le Monde.fr"
    assert a.language == "fr"
    lines = a.text.split("\n")
    paragraphs = [p for s in expected["body"]["sections"] for p in s["paragraphs"]]
    found = sum(p in lines for p in paragraphs)
    assert found >= 0.9 * len(paragraphs)
    assert "« Désaccord total »" in lines              # the section subhead stays, on its own line
    assert "\n\n" not in a.text


def test_fundus_german_page_from_a_folder_skips_the_expected_json():
    results = list(load([str(FUNDUS / "at")]))
    assert results and all(not isinstance(r, IngestError) for r in results)
    assert all(r.source.path.endswith(".html.gz") for r in results)
    assert {r.id for r in results} == {p.name[:-len(".html.gz")] for p in (FUNDUS / "at").glob("*.html.gz")}


PAGE = """<!DOCTYPE html><html lang="fr-FR"><head><meta charset="iso-8859-1">
<title>Le gouvernement annonce un plan - Le Journal</title>
<meta property="og:title" content="Le gouvernement annonce un plan">
<meta property="og:site_name" content="Le Journal">
<link rel="canonical" href="https://journal.example/politique/plan-123">
<meta property="article:published_time" content="2024-05-17T09:30:00+02:00">
</head><body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article><h1>Le gouvernement annonce un plan</h1>
<p>Le ministre de l'économie a présenté vendredi un plan de 150 millions d'euros pour les régions rurales, a-t-il déclaré devant la presse.</p>
<p>Lire aussi : Les régions réclament davantage de moyens</p>
<p>« Nous serons au rendez-vous », a affirmé le ministre, qui répondait aux élus réunis à Clermont-Ferrand depuis jeudi.</p>
<h2>Des élus sceptiques</h2>
<p>Plusieurs présidents de région ont jugé le montant insuffisant et demandé une nouvelle réunion avant l'été prochain.</p>
<p>Partager</p>
</article><footer>© Le Journal 2024 - Mentions légales</footer></body></html>"""


@pytest.fixture
def page_file(tmp_path):
    f = tmp_path / "plan.html"
    f.write_bytes(PAGE.encode("latin-1"))
    return f


def test_html_file_in_latin1_with_meta_charset(page_file):
    [a] = list(load([str(page_file)]))
    assert not isinstance(a, IngestError), a
    assert a.id == "plan"
    assert a.title == "Le gouvernement annonce un plan"
    assert a.published == "2024-05-17T09:30:00+02:00"
    assert a.source.url == "https://journal.example/politique/plan-123"
    assert a.source.outlet == "Le Journal"
    assert a.language == "fr"
    lines = a.text.split("\n")
    assert lines[0].startswith("Le ministre de l'économie a présenté vendredi")
    assert "« Nous serons au rendez-vous », a affirmé le ministre" in a.text
    assert "Des élus sceptiques" in lines
    assert not any(line.startswith(("Lire aussi", "Partager", "Accueil", "©")) for line in lines)


def test_truncated_page_is_refused_with_a_reason():
    page = gzip.decompress((FUNDUS / "fr" / "LeMonde_2023_09_01.html.gz").read_bytes())
    with pytest.raises(HtmlProblem, match="truncated"):
        parse_html(page[: len(page) // 3])


def test_page_without_article_text():
    with pytest.raises(HtmlProblem, match="no article text"):
        parse_html(b"<html><body><nav><a href='/'>Home</a></nav></body></html>")


def test_feed_summary_fragment_to_text():
    assert fragment_text("<p>Un <b>premier</b> paragraphe.</p><p>Un second&nbsp;: fin.</p>") == \
        "Un premier paragraphe.\nUn second : fin."


def test_structured_article_body_when_the_extractor_finds_little():
    page = FUNDUS / "us" / "TheNewYorker_2023_05_16.html.gz"
    expected = list(json.loads((FUNDUS / "us" / "TheNewYorker.json").read_text(encoding="utf-8")).values())[0]
    a = parse_html(gzip.decompress(page.read_bytes()))
    assert a.metadata["body_from"] == "json-ld articleBody"
    expected_words = Counter(" ".join(p for s in expected["body"]["sections"] for p in s["paragraphs"]).split())
    got_words = Counter(a.text.split())
    assert sum((expected_words & got_words).values()) >= 0.95 * sum(expected_words.values())
    assert a.text.count("\n") >= 30 and "+++" not in a.text


def test_script_rendered_page_with_json_ld_only():
    body = "Le conseil municipal a voté mardi le budget de la ville.\\nLe maire a salué « un budget responsable »."
    html = ('<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@graph": '
            '[{"@type": "NewsArticle", "headline": "Budget voté", "articleBody": "' + body + '"}]}</script>'
            '<title>Budget voté</title></head><body><div id="app"></div></body></html>')
    a = parse_html(html.encode("utf-8"))
    assert a.text == "Le conseil municipal a voté mardi le budget de la ville.\nLe maire a salué « un budget responsable »."
    assert a.metadata["body_from"] == "json-ld articleBody"
