"""The command line as a user runs it: help, exit codes, formats, errors named per input."""
import json
import subprocess
import sys
from pathlib import Path

RECOUPE = [sys.executable, "-m", "recoupe.cli"]


def run(*args, **kw):
    return subprocess.run(RECOUPE + list(args), capture_output=True, text=True, timeout=600, **kw)


def test_help_teaches():
    out = run("--help")
    assert out.returncode == 0
    for word in ("analyze", "ingest", "show", "serve", "Exit codes", "Examples"):
        assert word in out.stdout


def test_analyze_seeds_writes_a_brief_that_keeps_its_offsets(tmp_path, seeds_dir):
    target = tmp_path / "brief.json"
    out = run("analyze", str(seeds_dir), "-o", str(target), "-q")
    assert out.returncode == 0, out.stderr
    brief = json.loads(target.read_text(encoding="utf-8"))
    assert brief["schema"] == "recoupe.brief/1"
    assert len(brief["articles"]) == 5
    for art in brief["articles"]:
        text = art["text"]
        assert art["language"] == "fr"
        for kind in ("entities", "quotes", "numbers", "dates"):
            for item in art[kind]:
                assert text[item["start"]:item["end"]] == item["text"], (art["id"], kind, item)


def test_bad_inputs_are_named_and_the_batch_goes_on(tmp_path, seeds_dir):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    good = tmp_path / "good.txt"
    good.write_text((seeds_dir / "002_9c0fbec6c969a296.txt").read_text(encoding="utf-8"), encoding="utf-8")
    target = tmp_path / "b.json"
    out = run("analyze", str(empty), str(good), str(tmp_path / "missing.txt"), "-o", str(target), "-q")
    assert out.returncode == 1
    assert "empty.txt" in out.stderr and "missing.txt" in out.stderr
    assert "Traceback" not in out.stderr
    brief = json.loads(target.read_text(encoding="utf-8"))
    assert [a["id"] for a in brief["articles"]] == ["good"]
    assert {e["input"].split("/")[-1] for e in brief["errors"]} == {"empty.txt", "missing.txt"}


def test_nothing_to_analyse_is_a_usage_error():
    assert run("analyze").returncode == 2


def test_story_grace_lets_a_story_be_followed_over_days(tmp_path):
    demo = Path(__file__).resolve().parents[1] / "demo"
    inputs = [str(demo / "daily-courier.jsonl"), str(demo / "tribune_castelbrune-la-honte.txt")]   # 30 h apart

    def stories(*extra) -> list:
        out = tmp_path / "brief.json"
        r = run("analyze", *inputs, "-q", "-o", str(out), *extra)
        assert r.returncode == 0, r.stderr
        return json.loads(out.read_text(encoding="utf-8"))["stories"]
    assert len(stories()) == 2                              # by default, a story is one day's coverage
    assert len(stories("--story-grace", "48")) == 1
    bad = run("analyze", *inputs, "--story-grace", "-1")
    assert bad.returncode == 2 and "--story-grace" in bad.stderr
