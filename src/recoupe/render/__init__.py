"""Renderers: the brief JSON dict as a self-contained HTML report or as Markdown.

They read only the brief dict (docs/brief-contract.md); nothing is computed in
a template beyond display.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from recoupe.render.html import render_html
from recoupe.render.markdown import render_markdown

__all__ = ["render_html", "render_markdown", "render", "write"]


def render(brief: dict[str, Any], fmt: str) -> str:
    """`fmt` is "html" or "md"."""
    if fmt == "html":
        return render_html(brief)
    if fmt in ("md", "markdown"):
        return render_markdown(brief)
    raise ValueError(f"unknown format {fmt!r}")


def write(brief: dict[str, Any], fmt: str, path: Path | str | None) -> str:
    text = render(brief, fmt)
    if path is not None:
        Path(path).write_text(text, encoding="utf-8")
    return text
