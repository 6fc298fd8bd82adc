"""Shared fixtures: third-party data is read from ../shared, never copied in."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _find_shared() -> Path:
    """The third-party data: $RECOUPE_SHARED, else `shared/` beside the checkout or beside
    any folder above it (a clone made in a temporary folder under the workspace), else beside
    the local checkout the clone came from."""
    if os.environ.get("RECOUPE_SHARED"):
        return Path(os.environ["RECOUPE_SHARED"]).resolve()
    for folder in ROOT.parents:
        if (folder / "shared" / "corpus" / "seeds").is_dir():
            return folder / "shared"
    # a clone made anywhere (`git clone . "$(mktemp -d)/fresh"`): beside the checkout it came from
    origin = subprocess.run(["git", "-C", str(ROOT), "config", "--get", "remote.origin.url"],
                            capture_output=True, text=True).stdout.strip()
    if origin and Path(origin).is_dir():
        for folder in Path(origin).resolve().parents:
            if (folder / "shared" / "corpus" / "seeds").is_dir():
                return folder / "shared"
    return ROOT.parent / "shared"


SHARED = _find_shared()
SEEDS = SHARED / "corpus" / "seeds"
EVAL = SHARED / "eval"


@pytest.fixture(scope="session")
def shared() -> Path:
    assert SHARED.is_dir(), f"{SHARED} is missing: tests read third-party data from ../shared"
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="module")
def nlp_fr():
    from recoupe.nlp.spacy_runner import load_pipeline
    return load_pipeline("fr", "md")


@pytest.fixture(scope="module")
def nlp_en():
    from recoupe.nlp.spacy_runner import load_pipeline
    return load_pipeline("en", "md")


def pytest_sessionstart(session):
    if not (SHARED / "corpus" / "seeds").is_dir():
        raise pytest.UsageError(f"the tests read third-party data from {SHARED}, which is missing: "
                                "clone recoupe beside ../shared or set RECOUPE_SHARED")


def english_quotes(text: str):
    """The quotes the pipeline finds in an English text, their offsets checked."""
    from recoupe.model import Article
    from recoupe.pipeline import analyze_article
    art = analyze_article(Article(id="t", text=text, language="en"), skip=("numbers", "dates", "framing"))
    for q in art.quotes:
        assert art.text[q.start:q.end] == q.text
        if q.speaker_start is not None:
            assert art.text[q.speaker_start:q.speaker_end] == q.speaker
    return art.quotes


def quote_holding(quotes, words: str):
    """The first quote holding `words` (the test fails, listing them, when none does)."""
    found = [q for q in quotes if words in q.text]
    assert found, f"no quote holding {words!r} in {[(q.kind, q.text, q.speaker) for q in quotes]}"
    return found[0]


def content_of(text: str, words: str) -> str:
    """What the English quote holding `words` reports, in `text`."""
    return quote_holding(english_quotes(text), words).text
