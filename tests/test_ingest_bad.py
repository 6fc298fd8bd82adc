"""Bad inputs: one clear error each, naming the input; the rest of the batch goes on."""
from __future__ import annotations

import gzip
import json
import socket

from recoupe.ingest import MAX_FILE_BYTES, IngestError, load

from conftest import EVAL, SEEDS


def test_one_error_per_bad_input_and_the_batch_goes_on(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text("\n \n\t\n", encoding="utf-8")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 40)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:                     # 50 MB, sparse: refused before reading
        fh.truncate(50 * 1024 * 1024)
    page = gzip.decompress((EVAL / "fundus-html" / "fr" / "LeMonde_2023_09_01.html.gz").read_bytes())
    truncated = tmp_path / "cut.html"
    truncated.write_bytes(page[: len(page) // 2])
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "ok-1", "text": "Un article correct."}) + "\n{not json}\n" +
                      json.dumps({"id": "ok-3", "text": "Un autre article correct."}) + "\n", encoding="utf-8")
    not_feed = tmp_path / "news.rss"
    not_feed.write_text("This is a plain note, not a feed at all.", encoding="utf-8")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead_url = f"http://127.0.0.1:{s.getsockname()[1]}/story"
    missing = tmp_path / "nowhere.txt"
    seed = next(SEEDS.glob("002_*.txt"))

    inputs = [str(seed), str(empty), str(blank), str(binary), str(huge), str(truncated), str(corpus),
              str(not_feed), dead_url, str(missing)]
    results = list(load(inputs))
    articles = [r for r in results if not isinstance(r, IngestError)]
    errors = {e.input: e.problem for e in results if isinstance(e, IngestError)}

    assert [a.id for a in articles] == [seed.stem, "ok-1", "ok-3"]
    assert len(errors) == len(results) - 3 == 9
    assert "empty file" in errors[str(empty)]
    assert "empty file" in errors[str(blank)]
    assert "binary file" in errors[str(binary)]
    assert "50 MB" in errors[str(huge)] and f"{MAX_FILE_BYTES // 2**20} MB limit" in errors[str(huge)]
    assert "truncated HTML page" in errors[str(truncated)]
    assert "malformed JSON" in errors[f"{corpus}:2"]
    assert "not an RSS or Atom feed" in errors[str(not_feed)]
    assert "could not reach the server" in errors[dead_url]
    assert errors[str(missing)] == "no such file or folder"
    for err in results:
        if isinstance(err, IngestError):
            assert str(err) == f"{err.input}: {err.problem}" and "\n" not in str(err)


def test_empty_folder_and_duplicate_stems(tmp_path):
    (tmp_path / "empty").mkdir()
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "same.txt").write_text(f"Texte de l’article {sub}.", encoding="utf-8")
    results = list(load([str(tmp_path / "empty"), str(tmp_path / "a"), str(tmp_path / "b")]))
    assert isinstance(results[0], IngestError) and "no article files" in results[0].problem
    assert [r.id for r in results[1:]] == ["same", "same-2"]


def test_hostile_bytes_in_every_reader(tmp_path):
    junk = bytes(range(32, 256)) * 30 + "\u00ab\u00bb\u2139\ufe0f".encode("utf-8") * 10
    for name in ("x.txt", "x.html", "x.xml", "x.jsonl", "x.json", "x.md"):
        f = tmp_path / name
        f.write_bytes(junk)
        for r in load([str(f)]):                   # an article or an error, never an exception
            assert isinstance(r, IngestError) or r.text


def test_folder_walk_skips_the_folders_own_documentation(tmp_path):
    from recoupe.ingest import load
    (tmp_path / "README.md").write_text("# Corpus\n\nWhat these files are.", encoding="utf-8")
    (tmp_path / "LICENSE.txt").write_text("MIT", encoding="utf-8")
    (tmp_path / "story.txt").write_text("Un titre\n\nLe corps de l'article, avec une phrase.", encoding="utf-8")
    assert [a.id for a in load([str(tmp_path)])] == ["story"]
    # named directly, a README is read like any text file
    assert [a.id for a in load([str(tmp_path / "README.md")])] == ["README"]
