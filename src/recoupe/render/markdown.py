"""Markdown report: the same brief as text an editor can paste.

Reads the same display model as the HTML report (views.py).  Article text is
hostile: characters Markdown would interpret (links, emphasis, raw HTML, table
pipes) are backslash-escaped, and newlines inside table cells are flattened.
"""
from __future__ import annotations

import re
from typing import Any

from recoupe.render.views import ArticleView, StoryView, brief_view

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def esc(text: Any) -> str:
    """Inline text: Markdown punctuation escaped, whitespace collapsed to one line."""
    return _SPECIAL.sub(r"\\\1", " ".join(str(text or "").split()))


def cell(text: Any, limit: int = 300) -> str:
    text = " ".join(str(text or "").split())
    return esc(text if len(text) <= limit else text[:limit - 1] + "…")


def n(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def refs(articles: list[ArticleView]) -> str:
    return "".join(f"[{a.number}]" for a in articles)


def _story(s: StoryView) -> list[str]:
    out = [f"## {esc(s.title)}", ""]
    span = f", {s.first_date}" + (f" → {s.last_date}" if s.last_date != s.first_date else "") if s.first_date else ""
    out += [f"{n(len(s.articles), 'article')}{span} · {n(len(s.claims), 'claim')} · {s.n_single_source} single-source · "
            f"{n(len(s.contradictions), 'contradiction')}", ""]
    out += ["### Synthesis", ""]
    if s.summary:
        out += [f"{i}. {esc(x['text'])} {refs(x['articles'])}" for i, x in enumerate(s.summary, 1)]
    else:
        out.append("_No synthesis in this brief._")
    out += ["", "### Claims (corroboration)", ""]
    if s.claims:
        out += ["| claim | supports | contradicts | independent origins | flags |", "|---|---|---|---|---|"]
        for c in s.claims:
            sup = refs(sorted({e["article"] for e in c.evidence if e["article"] and e["stance"] == "supports"},
                              key=lambda a: a.number))
            con = refs(sorted({e["article"] for e in c.evidence if e["article"] and e["stance"] == "contradicts"},
                              key=lambda a: a.number))
            names = [f"[{o.number}]" if isinstance(o, ArticleView) else cell(o, 60) for o in c.origin_articles]
            origins = (str(c.n_origins) if c.n_origins is not None else "?") + (
                f" ({', '.join(names)})" if names else "")
            flags = " ".join(x for x, on in (("**single source**", c.single_source),
                                             ("**contradicted**", c.contradicted)) if on)
            out.append(f"| {cell(c.text)} | {sup} | {con} | {origins} | {flags} |")
        out += ["", "Evidence:", ""]
        for c in s.claims:
            out.append(f"- {esc(c.id)} {cell(c.text, 120)}")
            for e in c.evidence:
                who = f"[{e['article'].number}] {esc(e['article'].outlet or e['article'].title)}" if e["article"] else "?"
                mark = " (contradicts)" if e["stance"] == "contradicts" else ""
                out.append(f"    - {who}{mark}: {esc(e['text'])}")
    else:
        out.append("_No claims aligned for this story yet._")
    out += ["", "### Contradictions", ""]
    if s.contradictions:
        for x in s.contradictions:
            a, b = x["a"], x["b"]
            ra = f"[{a['article'].number}]" if a["article"] else "[?]"
            rb = f"[{b['article'].number}]" if b["article"] else "[?]"
            out.append(f"- **{esc(x['kind'] or 'contradiction')}**: {esc(x['reason'])}")
            out.append(f"    - {ra} {esc(a['text'])}")
            out.append(f"    - {rb} {esc(b['text'])}")
    else:
        out.append("_No contradictions found._")
    out += ["", "### Who said what", ""]
    if s.quote_groups:
        for g in s.quote_groups:
            out.append(f"- **{esc(g['speaker'])}**")
            for q in g["quotes"]:
                ref = f"[{q['article'].number}]" if q["article"] else ""
                extra = "; ".join(x for x in (f"cue “{esc(q['cue'])}”" if q["cue"] else "",
                                              f"via {esc(', '.join(q['sources']))}" if q["sources"] else "") if x)
                lang = f"({q['language']}) " if q["language"] else ""
                out.append(f"    - {lang}“{esc(q['text'])}” {ref}" + (f" — {extra}" if extra else ""))
    else:
        out.append("_No quotes found._")
    out += ["", "### Provenance", ""]
    if s.provenance:
        out += [f"- {esc(p['source'])} ← {refs(p['articles'])}" for p in s.provenance]
    else:
        out.append("_No upstream sources identified._")
    reused = [(a, x) for a in s.articles for x in a.derived_from]
    for a, x in reused:
        target = f"[{x['article'].number}]" if x["article"] else esc(x["label"])
        out.append(f"- [{a.number}] reuses text of {target}" + (f" ({esc(x['detail'])})" if x["detail"] else ""))
    for r in s.reuse:
        a, b = r["a"]["article"], r["b"]["article"]
        if r["derived"] and r["source"]:
            pair = f"[{r['derived'].number}] reuses [{r['source'].number}]"
        else:
            pair = f"[{a.number if a else '?'}] and [{b.number if b else '?'}] share a passage"
        out.append(f"- {esc(r['kind'])}: {pair}" + (f" ({esc(r['size'])})" if r["size"] else ""))
    out += ["", "### Timeline", ""]
    if s.timeline:
        out += [f"- {esc(t['date'])} — {'published: ' if t['kind'] == 'published' else ''}{esc(t['text'])} "
                f"{refs(t['articles'])}" for t in s.timeline]
    else:
        out.append("_No dated events._")
    out += ["", "### Places", ""]
    if s.places:
        out += ["| place | coordinates | articles |", "|---|---|---|"]
        for p in s.places:
            coords = f"{p['lat']:.3f}, {p['lon']:.3f}" if p["lat"] is not None else "unknown"
            out.append(f"| {cell(p['name'])} | {coords} | {refs(p['articles'])} |")
    else:
        out.append("_No places recognised._")
    out += ["", "### Source profiles", "", "| outlet | genre | signals | techniques | markers |", "|---|---|---|---|---|"]
    for p in s.profiles:
        genres = ", ".join(g for g, _ in p["genres"]) or "—"
        tech = ", ".join(f"{cell(k, 60)} ×{n}" for k, n in p["techniques"]) or "none"
        marks = ", ".join(f"{cell(k, 60)} ×{n}" for k, n in p["markers"]) or "none"
        signals = "; ".join(cell(x, 160) for x in p["signals"]) or "—"
        out.append(f"| {cell(p['outlet'])} {refs(p['articles'])} | {cell(genres)} | {signals} | {tech} | {marks} |")
    out.append("")
    return out


def render_markdown(brief: dict[str, Any]) -> str:
    """The brief dict as Markdown."""
    b = brief_view(brief)
    out = ["# Corroboration brief", "",
           f"{n(len(b.articles), 'article')} · {n(len(b.stories), 'story', 'stories')} · generated {esc(b.generated_at)} "
           f"by {esc(b.tool)}", ""]
    for e in b.errors:
        out.append(f"- could not read {esc(e.get('input', ''))}: {esc(e.get('problem', ''))}")
    for s in b.stories:
        out += _story(s)
    if b.unclustered and b.stories:
        out += ["## Articles in no story", ""] + [f"- [{a.number}] {esc(a.title)}" for a in b.unclustered] + [""]
    out += ["## Sources", ""]
    for a in b.articles:
        where = f" <{a.url}>" if a.url else ""
        out.append(f"[{a.number}] {esc(a.outlet or 'unknown outlet')}, “{esc(a.title)}”, {esc(a.language)}, "
                   f"{esc(a.published or 'date unknown')}{where} `{a.id.replace('`', '')}`  ")
    out.append("")
    return "\n".join(out)
