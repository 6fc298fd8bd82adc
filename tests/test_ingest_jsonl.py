"""JSON Lines corpora: the AllSides triplets, and a file with a broken line."""
from __future__ import annotations

import json

from recoupe.ingest import IngestError, load

from conftest import EVAL

ALLSIDES = EVAL / "allsides-triplets"


def test_allsides_articles_all_load_with_their_ids():
    results = list(load([str(ALLSIDES / "articles.jsonl")]))
    errors = [r for r in results if isinstance(r, IngestError)]
    assert not errors, errors[:3]
    assert len(results) == 1479
    gold_ids = {line.split("\t")[0] for line in (ALLSIDES / "gold-stories.tsv").read_text(encoding="utf-8").splitlines()
                if line and not line.startswith("#")}
    assert {a.id for a in results} == gold_ids          # the story scorer matches by these ids
    first = results[0]
    assert first.id == "as5607-center"
    assert first.title.startswith("Supreme Court sides with police officers")
    assert first.source.outlet == "CNBC" and first.source.url.startswith("https://www.cnbc.com/")
    assert first.source.path is None                     # else scorers would key every article by the file's stem
    assert first.published == "2021-10-18T16:15:00-07:00"
    assert first.language == "en"
    assert "\n\n" not in first.text
    assert first.text.startswith("The Supreme Court in two cases Monday ruled police officers")


def test_malformed_line_fails_alone_with_its_line_number(tmp_path):
    f = tmp_path / "corpus.jsonl"
    good = {"id": "a1", "title": "Titre", "text": "Un texte d’article assez long pour compter.", "language": "fr"}
    html = {"id": "a3", "html": "<html><body><article><p>" + "Un paragraphe d’article publié en ligne. " * 5 +
            "</p></article></body></html>", "outlet": "Le Site"}
    f.write_text("\n".join([json.dumps(good, ensure_ascii=False), '{"id": "a2", "text": "oops"', "",
                            json.dumps(html, ensure_ascii=False), json.dumps([1, 2]),
                            json.dumps({"id": "a5", "title": "No body"})]) + "\n", encoding="utf-8")
    results = list(load([str(f)]))
    assert [r.id for r in results if not isinstance(r, IngestError)] == ["a1", "a3"]
    errors = [r for r in results if isinstance(r, IngestError)]
    assert [e.input for e in errors] == [f"{f}:2", f"{f}:5", f"{f}:6"]
    assert "malformed JSON" in errors[0].problem
    assert "no 'text' or 'html' field" in errors[2].problem
    a3 = results[2]
    assert a3.source.outlet == "Le Site" and a3.text.startswith("Un paragraphe d’article")


def test_unsupported_declared_language_is_kept_aside(tmp_path):
    f = tmp_path / "de.jsonl"
    f.write_text(json.dumps({"id": "d1", "text": "Die Regierung hat heute beschlossen.", "language": "de-DE"}) + "\n",
                 encoding="utf-8")
    [a] = list(load([str(f)]))
    assert a.language is None and a.metadata["declared_language"] == "de"


def test_json_array_file(tmp_path):
    f = tmp_path / "two.json"
    f.write_text(json.dumps([{"id": "x1", "text": "Premier texte."}, {"text": "Second texte."}]), encoding="utf-8")
    results = list(load([str(f)]))
    assert [r.id for r in results] == ["x1", "two-2"]


def test_a_file_that_is_not_json_lines_gives_one_error(tmp_path):
    csv = tmp_path / "export.jsonl"
    csv.write_text("id,title,text\n" + "".join(f"{i},Titre {i},Texte {i}\n" for i in range(500)), encoding="utf-8")
    binary = tmp_path / "dump.jsonl"
    binary.write_bytes(bytes(range(256)) * 100)
    results = list(load([str(csv), str(binary)]))
    assert len(results) == 2 and all(isinstance(r, IngestError) for r in results)
    assert results[0].input == str(csv) and "not a JSON Lines file" in results[0].problem
    assert results[1].input == str(binary) and "binary file" in results[1].problem


def test_publication_dates_are_normalised_to_iso(tmp_path):
    f = tmp_path / "dates.jsonl"
    rows = [("d1", "Oct 18, 2021"), ("d2", "18 octobre 2021 à 14h30"), ("d3", "Mon, 18 Oct 2021 16:15:00 GMT"),
            ("d4", "mai 2024"), ("d5", "yesterday"), ("d6", 1634598900)]
    f.write_text("".join(json.dumps({"id": i, "text": "Un texte.", "published": p}) + "\n" for i, p in rows),
                 encoding="utf-8")
    got = {a.id: a.published for a in load([str(f)])}
    assert got == {"d1": "2021-10-18", "d2": "2021-10-18T14:30:00", "d3": "2021-10-18T16:15:00+00:00",
                   "d4": "2024-05", "d5": None, "d6": "2021-10-18T23:15:00+00:00"}


def test_html_named_file_holding_plain_text(tmp_path):
    f = tmp_path / "saved.html"
    f.write_text("Un titre simple\nLe texte de l’article, sans balises.", encoding="utf-8")
    [a] = list(load([str(f)]))
    assert a.title == "Un titre simple" and a.text.endswith("sans balises.")
