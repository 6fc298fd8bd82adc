"""The SQLite corpus: idempotent ingest, stored analyses reused, and a killed ingest loses nothing."""
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import numpy as np

from recoupe.model import Article, Story
from recoupe.pipeline import ANALYSIS_VERSION, analyze_article
from recoupe.store import Store

from conftest import EVAL

RECOUPE = [sys.executable, "-m", "recoupe.cli"]


def test_same_content_is_stored_once(tmp_path):
    store = Store(tmp_path / "c.db")
    a = Article(id="a1", text="Le texte.", title="Titre")
    assert store.add_article(a) == ("a1", True)
    assert store.add_article(Article(id="other-name", text="Le texte.", title="Titre")) == ("a1", False)
    assert store.count_articles() == 1


def test_an_edited_file_replaces_its_article_and_drops_the_analysis(tmp_path):
    store = Store(tmp_path / "c.db")
    a = Article(id="a1", text="Première version.", language="fr")
    store.add_article(a)
    store.save_analysis(a, ANALYSIS_VERSION, "sm")
    store.add_article(Article(id="a1", text="Seconde version.", language="fr"))
    assert store.get_article("a1").text == "Seconde version."
    assert store.analysis_version("a1") is None
    assert store.search_text("Première") == [] and store.search_text("Seconde")[0][0] == "a1"


def test_analysis_roundtrip_and_cache(tmp_path):
    store = Store(tmp_path / "c.db")
    a = analyze_article(Article(id="x", text="Emmanuel Macron est arrivé à Kiev jeudi. Il a parlé.", language="fr"),
                        mode="sm")
    store.add_article(a)
    store.save_analysis(a, ANALYSIS_VERSION, "sm")
    back = Store(tmp_path / "c.db").get_article("x")
    assert [(e.text, e.canonical) for e in back.entities] == [(e.text, e.canonical) for e in a.entities]
    assert back.sentences == a.sentences
    store.put_vectors("m", {"k1": np.arange(4, dtype=np.float32)})
    assert np.array_equal(store.get_vectors("m", ["k1", "k2"])["k1"], np.arange(4, dtype=np.float32))
    store.save_stories([Story(id="s1", title="T", article_ids=["x"])])
    assert store.get_story("s1").article_ids == ["x"]
    assert [a.id for a in store.brief(["s1"]).articles] == ["x"]


def test_a_non_database_file_is_refused_clearly(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    out = subprocess.run(RECOUPE + ["show", "x", "--db", str(bad)], capture_output=True, text=True)
    assert out.returncode == 2 and "bad.db" in out.stderr and "Traceback" not in out.stderr


def test_killed_ingest_loses_nothing_and_duplicates_nothing(tmp_path):
    src = EVAL / "semeval2023-task3-fr" / "train-articles"
    corpus = tmp_path / "in"
    corpus.mkdir()
    for f in sorted(src.glob("*.txt"))[:24]:
        shutil.copy(f, corpus / f.name)           # a scratch copy, outside the project
    db = tmp_path / "c.db"
    args = RECOUPE + ["ingest", str(corpus), "--db", str(db), "--mode", "sm", "--workers", "1", "-q"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    analysed = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.3)
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as con:
                    analysed = con.execute("SELECT count(*) FROM analyses").fetchone()[0]
            except sqlite3.Error:
                continue
            if analysed >= 3:
                break
    assert proc.poll() is None, "the ingest finished before it could be interrupted"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        before = con.execute("SELECT count(*) FROM analyses").fetchone()[0]
    assert 3 <= before < 24
    done = subprocess.run(args, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 24
        assert con.execute("SELECT count(*) FROM analyses").fetchone()[0] == 24
        assert con.execute("SELECT count(DISTINCT content_hash) FROM articles").fetchone()[0] == 24
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_corpus_stage_writes_its_cross_article_names_back(tmp_path):
    from recoupe.corpus import build_stories, read_and_analyse
    (tmp_path / "a.txt").write_text("La ministre Paula Vendrick Osterholm a annoncé jeudi la fermeture du port de Brest.",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("La ministre Paula Vendrick a confirmé jeudi la fermeture du port de Brest.",
                                    encoding="utf-8")
    store = Store(tmp_path / "c.db")
    articles, errors = read_and_analyse([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], store, mode="md")
    assert not errors and len(articles) == 2
    before = {e.canonical for e in store.get_article("b").entities if e.label == "PER"}
    assert before == {"Paula Vendrick"}
    build_stories(articles, store=store)
    after = {e.canonical for e in store.get_article("b").entities if e.label == "PER"}
    assert after == {"Paula Vendrick Osterholm"}      # one identity across the two articles, stored
    assert store.get_blob("story-index")
