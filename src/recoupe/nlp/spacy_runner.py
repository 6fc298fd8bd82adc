"""The spaCy pass: one pipeline per (language, mode), loaded once per process.

Modes: "md" (accurate, default) and "sm" (fast).  A component placed before
the parser presets sentence boundaries from `recoupe.nlp.sentences`, which the
parser respects, so quotes and their cues stay in one sentence.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from recoupe.lang import get_profile
from recoupe.nlp.sentences import split_sentences

MODES = ("md", "sm")


@Language.component("recoupe_sentences")
def preset_sentence_starts(doc: Doc) -> Doc:
    bounds = split_sentences(doc.text)
    starts = [a for a, _ in bounds]
    for token in doc:
        if token.i == 0:
            token.is_sent_start = True
            continue
        k = bisect_right(starts, token.idx) - 1
        # a token is a sentence start when it is the first token at or after a boundary start
        prev = doc[token.i - 1]
        token.is_sent_start = k >= 0 and prev.idx < starts[k] <= token.idx and not token.is_space
    return doc


@lru_cache(maxsize=None)
def load_pipeline(language: str, mode: str = "md") -> Language:
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    package = get_profile(language).spacy_models[mode]
    nlp = spacy.load(package)
    if "recoupe_sentences" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("recoupe_sentences", before=before) if before else nlp.add_pipe("recoupe_sentences", first=True)
    return nlp


def model_versions(languages=("fr", "en"), mode: str = "md") -> dict[str, str]:
    """Name and version of each model, for the brief's `tool.models`."""
    out = {}
    for code in languages:
        package = get_profile(code).spacy_models[mode]
        try:
            from importlib.metadata import version
            out[f"nlp.{code}"] = f"{package} {version(package.replace('_', '-'))}"
        except Exception:           # a package without metadata is still usable
            out[f"nlp.{code}"] = package
    return out
