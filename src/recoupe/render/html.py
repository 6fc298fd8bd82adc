"""HTML report: one self-contained file (CSS and JS inlined, no network), printable.

Jinja2 with autoescape on; templates read a display model built from the brief
dict only (views.py).  A Content-Security-Policy meta tag allows only the one
inlined script (by hash), so even a missed escape could not run injected code
or reach the network.
"""
from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from importlib import resources
from typing import Any, Callable

import jinja2

from recoupe.render.views import KINDS, ArticleView, brief_view

SHOW_ALL = " ".join(f"show-{k}" for k, _ in KINDS)


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    return resources.files("recoupe.render").joinpath("assets", name).read_text(encoding="utf-8")


def script_hash(js: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode("ascii")


@lru_cache(maxsize=None)
def environment(extra_loader: jinja2.BaseLoader | None = None) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = [jinja2.PackageLoader("recoupe.render", "templates")]
    if extra_loader is not None:
        loaders.insert(0, extra_loader)
    env = jinja2.Environment(loader=jinja2.ChoiceLoader(loaders), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True, undefined=jinja2.ChainableUndefined)
    env.globals["show_all"] = SHOW_ALL
    return env


def anchor_href(article: ArticleView) -> str:
    return "#" + article.anchor


def render_html(brief: dict[str, Any], article_href: Callable[[ArticleView], str] = anchor_href) -> str:
    """The brief dict as one self-contained HTML page."""
    js = asset("recoupe.js")
    template = environment().get_template("report.html")
    return template.render(b=brief_view(brief), css=asset("recoupe.css"), js=js, script_hash=script_hash(js),
                           article_href=article_href)
