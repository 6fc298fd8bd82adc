"""Shared fixtures: third-party data is read from ../shared, never copied in."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
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
