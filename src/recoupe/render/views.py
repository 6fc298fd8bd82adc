"""Display models: the brief JSON dict reshaped for templates, nothing more.

Renderers read only the brief dict (docs/brief-contract.md).  This module does
the display work a template language does badly -- look-ups by id, cutting an
article's text into highlighted segments by offset, laying out the provenance
graph as SVG coordinates -- and never infers a fact the brief does not state.
Every field may be missing or empty (other stages fill the brief over time) and
every value may be hostile: offsets are checked against the text, strings are
left for Jinja's autoescape, URLs are kept only when they are http(s).
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

MAX_FIELD = 200_000          # longest string shown; beyond that it is cut (oversized hostile fields)
SAFE_URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)

# highlight kinds, in the order the filter buttons show them
KINDS = [("entity", "Entities"), ("quote", "Quotes"), ("claim", "Claims"),
         ("framing", "Framing"), ("number", "Numbers"), ("date", "Dates"), ("source", "Cited sources")]


def _s(value: Any, limit: int = MAX_FIELD) -> str:
    """Any value as a display string, cut when oversized."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return text if len(text) <= limit else text[:limit] + "…"


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def safe_url(value: Any) -> str | None:
    """The URL when it is plain http(s), else None (javascript:, data: and friends are never linked)."""
    url = _s(value, 2000).strip()
    return url if SAFE_URL.match(url) else None


def _num(value: Any) -> float | None:
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return f if f == f and abs(f) != float("inf") else None


@dataclass
class Segment:
    text: str
    kinds: list[str] = field(default_factory=list)     # css classes: k-entity, k-quote…
    notes: list[str] = field(default_factory=list)      # tooltip lines


@dataclass(eq=False)          # identity: one view per article, usable in sets
class ArticleView:
    id: str
    anchor: str                     # safe html id
    number: int                     # [n] in citations
    title: str
    outlet: str
    short: str                      # outlet or title, short, for matrix headers
    language: str
    published: str
    url: str | None
    path: str
    text: str
    raw: dict
    spans: list[tuple[int, int, str, str]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    entities: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    numbers: list[dict] = field(default_factory=list)
    dates: list[dict] = field(default_factory=list)
    cited_sources: list[dict] = field(default_factory=list)
    genre: str = ""
    genre_confidence: float | None = None
    techniques: list[dict] = field(default_factory=list)
    markers: list[dict] = field(default_factory=list)
    derived_from: list[dict] = field(default_factory=list)
    story_ids: list[str] = field(default_factory=list)
    _segments: list[Segment] | None = None

    @property
    def segments(self) -> list[Segment]:
        """The text cut for highlighting; computed only for pages that show the text."""
        if self._segments is None:
            self._segments = segment(self.text, self.spans)
        return self._segments


def _valid_span(item: dict, text: str) -> tuple[int, int] | None:
    """(start, end) when the offsets are ints inside the text, else None."""
    start, end = item.get("start"), item.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool):
        return None
    if not 0 <= start < end <= len(text):
        return None
    # a span whose text disagrees with the article is an upstream offset bug: never highlight the wrong words
    if isinstance(item.get("text"), str) and text[start:end] != item["text"]:
        return None
    return start, end


def segment(text: str, spans: list[tuple[int, int, str, str]]) -> list[Segment]:
    """Cut `text` at every span boundary; each piece carries the kinds and notes covering it."""
    if not spans:
        return [Segment(text)] if text else []
    cuts = {0, len(text)}
    for start, end, _, _ in spans:
        cuts.add(start)
        cuts.add(end)
    bounds = sorted(cuts)
    # sweep: spans sorted by start, active set pruned by end
    by_start = sorted(spans)
    out: list[Segment] = []
    active: list[tuple[int, int, str, str]] = []
    j = 0
    for a, b in zip(bounds, bounds[1:]):
        while j < len(by_start) and by_start[j][0] <= a:
            active.append(by_start[j])
            j += 1
        active = [s for s in active if s[1] > a]
        kinds: list[str] = []
        notes: list[str] = []
        for _, _, kind, note in active:
            if kind not in kinds:
                kinds.append(kind)
            if note and note not in notes:
                notes.append(note)
        out.append(Segment(text[a:b], kinds, notes))
    return out


def _article_view(d: dict, number: int, claim_spans: list[tuple]) -> ArticleView:
    text = _s(d.get("text"))
    source = _dict(d.get("source"))
    outlet = _s(source.get("outlet"), 200)
    path = _s(source.get("path"), 500)
    # no headline: the file name or the id names it better than "(untitled)"
    title = (_s(d.get("title"), 500) or path.replace("\\", "/").rsplit("/", 1)[-1] or _s(source.get("url"), 200)
             or _s(d.get("id"), 100) or "(untitled)")
    framing = _dict(d.get("framing"))
    genre = _dict(framing.get("genre"))
    spans: list[tuple[int, int, str, str]] = []
    counts: Counter = Counter()

    def add(items: list, kind: str, note) -> list[dict]:
        kept = []
        for item in _list(items):
            if not isinstance(item, dict):
                continue
            kept.append(item)
            pos = _valid_span(item, text)
            if pos:
                spans.append((pos[0], pos[1], kind, note(item)))
                counts[kind] += 1
        return kept

    entities = add(d.get("entities"), "entity",
                   lambda e: f"{_s(e.get('label'), 20)}: {_s(e.get('canonical') or e.get('text'), 200)}")
    quotes = add(_list(d.get("quotes")) + _list(d.get("reported_speech")), "quote",
                 lambda q: "quote — " + (_s(q.get("speaker_canonical") or q.get("speaker"), 200) or "speaker unknown")
                 + (f" ({_s(q.get('cue'), 80)})" if q.get("cue") else ""))
    numbers = add(d.get("numbers"), "number",
                  lambda n: f"number: {_s(n.get('value'), 40)} {_s(n.get('unit'), 60)}".strip())
    dates = add(d.get("dates"), "date", lambda t: f"date: {_s(t.get('resolved'), 40) or 'unresolved'}")
    techniques = add(framing.get("techniques"), "framing",
                     lambda t: f"technique: {_s(t.get('label'), 80)}")
    markers = add(framing.get("markers"), "framing", lambda m: f"marker: {_s(m.get('kind'), 80)}")
    cited = []
    for c in _list(d.get("cited_sources")):
        if not isinstance(c, dict):
            continue
        cited.append(c)
        for m in _list(c.get("mentions")):
            pos = _valid_span(m, text) if isinstance(m, dict) else None
            if pos:
                spans.append((pos[0], pos[1], "source", f"cited source: {_s(c.get('name'), 200)}"))
                counts["source"] += 1
    for start, end, kind, note, expected in claim_spans:
        if _valid_span({"start": start, "end": end, "text": expected}, text):
            spans.append((start, end, kind, note))
            counts["claim"] += 1
    short = outlet or title
    return ArticleView(
        id=_s(d.get("id"), 300), anchor=f"a{number}", number=number, title=title, outlet=outlet,
        short=short if len(short) <= 28 else short[:27] + "…",
        language=_s(d.get("language"), 10), published=_s(d.get("published"), 40),
        url=safe_url(source.get("url")), path=path, text=text, raw=d,
        spans=[(s, e, "k-" + k, n) for s, e, k, n in spans], counts=dict(counts),
        entities=entities, quotes=quotes, numbers=numbers, dates=dates, cited_sources=cited,
        genre=_s(genre.get("label"), 40), genre_confidence=_num(genre.get("confidence")),
        techniques=techniques, markers=markers,
        derived_from=[x for x in _list(d.get("derived_from")) if isinstance(x, dict)],
    )


def _derived_label(x: dict, by_id: dict[str, ArticleView]) -> dict:
    """A reuse link for display: the article it points at when known, and its figures."""
    target = None
    for key in ("article_id", "source_article", "of", "id"):
        if isinstance(x.get(key), str) and x[key] in by_id:
            target = by_id[x[key]]
            break
    label = _s(x.get("title") or x.get("source") or x.get("url") or x.get("article_id") or "another article", 300)
    parts = []
    if isinstance(x.get("share"), (int, float)) and not isinstance(x.get("share"), bool):
        parts.append(f"{x['share'] * 100:.0f}% of its text")
    for k in ("kind", "similarity", "words", "sentences"):
        v = x.get(k)
        if isinstance(v, (str, int, float)) and not isinstance(v, bool):
            parts.append(f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {_s(v, 40)}")
    detail = ", ".join(parts)
    return {"article": target, "label": label, "detail": detail}


@dataclass
class Cell:
    stance: str                     # supports | contradicts | silent
    evidence: list[dict] = field(default_factory=list)


@dataclass
class ClaimRow:
    id: str
    anchor: str
    text: str
    cells: list[Cell]
    evidence: list[dict]            # each with "article" (ArticleView or None)
    n_articles: int
    n_origins: int | None
    origins: list[str]              # display labels
    origin_articles: list           # per origin: the ArticleView when the origin is an article, else its name
    single_source: bool
    contradicted: bool


@dataclass
class ProvenanceGraph:
    width: int
    height: int
    articles: list[dict]            # {x, y, label, anchor}
    sources: list[dict]             # {x, y, label, count}
    edges: list[dict]               # {x1, y1, x2, y2, kind}


@dataclass
class PlaceMap:
    """An offline map: country outlines clipped to the places' area, the places as dots."""
    view_box: str
    land: str                        # svg path data (plate carrée degrees, x scaled by cos(latitude))
    x_scale: float
    points: list[dict]               # {x, y, label, n}
    font: float
    dot: float
    stroke: float


@lru_cache(maxsize=1)
def _world_rings() -> list[tuple[float, float, float, float, str]]:
    """(x0, y0, x1, y1, path) per country ring of the bundled outline (see assets/build_world_path.py)."""
    from importlib import resources
    data = resources.files("recoupe.render").joinpath("assets", "world-110m.svgpath.txt").read_text(encoding="ascii")
    rings = []
    for part in data.split("M")[1:]:
        nums = [float(v) for v in re.findall(r"-?[\d.]+", part)]
        xs, ys = nums[0::2], nums[1::2]
        rings.append((min(xs), min(ys), max(xs), max(ys), "M" + part))
    return rings


def _place_map(places: list[dict]) -> PlaceMap | None:
    located = [p for p in places if p["lat"] is not None]
    if not located:
        return None
    xs = [p["lon"] + 180 for p in located]
    ys = [90 - p["lat"] for p in located]
    mid_lat = 90 - (min(ys) + max(ys)) / 2
    k = max(0.2, math.cos(math.radians(mid_lat)))      # keeps shapes right away from the equator
    x0, x1, y0, y1 = min(xs) * k, max(xs) * k, min(ys), max(ys)
    w = max(x1 - x0, 6.0) * 1.3
    h = max(y1 - y0, 4.0) * 1.3
    w, h = max(w, h * 1.6), max(h, w / 1.6)             # a landscape box around the places
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    bx0, by0 = cx - w / 2, cy - h / 2
    land = "".join(path for rx0, ry0, rx1, ry1, path in _world_rings()
                   if rx1 * k >= bx0 and rx0 * k <= bx0 + w and ry1 >= by0 and ry0 <= by0 + h)
    font, dot = h / 32, h / 130
    points = sorted(({"x": round(x * k, 3), "y": round(y, 3), "label": p["name"], "n": len(p["articles"]),
                      "r": round(dot * (1 + math.sqrt(len(p["articles"]))), 3)}
                     for x, y, p in zip(xs, ys, located)), key=lambda p: -p["n"])
    # labels: most-cited places first; a label that would overlap one already placed is left to the tooltip
    placed: list[tuple[float, float, float, float]] = []
    for p in points:
        box = (p["x"] + p["r"] * 1.5, p["y"] - font * 0.7, p["x"] + p["r"] * 1.5 + len(p["label"]) * font * 0.56,
               p["y"] + font * 0.3)
        p["show_label"] = not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in placed)
        if p["show_label"]:
            placed.append(box)
    return PlaceMap(view_box=f"{bx0:.2f} {by0:.2f} {w:.2f} {h:.2f}", land=land, x_scale=round(k, 4),
                    points=points, font=round(font, 3), dot=round(dot, 3), stroke=round(h / 600, 4))


@dataclass
class StoryView:
    id: str
    anchor: str
    title: str
    articles: list[ArticleView]
    summary: list[dict]
    claims: list[ClaimRow]
    contradictions: list[dict]
    quote_groups: list[dict]
    quote_groups_from_brief: bool
    provenance: list[dict]
    graph: ProvenanceGraph | None
    timeline: list[dict]
    places: list[dict]
    place_map: PlaceMap | None
    profiles: list[dict]
    reuse: list[dict]
    first_date: str
    last_date: str
    n_single_source: int
    n_contradicted: int


@dataclass
class BriefView:
    schema: str
    generated_at: str
    tool: str
    stories: list[StoryView]
    articles: list[ArticleView]
    by_id: dict[str, ArticleView]
    unclustered: list[ArticleView]
    errors: list[dict]
    kinds: list[tuple[str, str]] = field(default_factory=lambda: list(KINDS))


def _cites(ids: Any, by_id: dict[str, ArticleView]) -> list[ArticleView]:
    seen, out = set(), []
    for i in _list(ids):
        a = by_id.get(i) if isinstance(i, str) else None
        if a and a.id not in seen:
            seen.add(a.id)
            out.append(a)
    return sorted(out, key=lambda a: a.number)


def _graph(articles: list[ArticleView], provenance: list[dict], by_id: dict[str, ArticleView]) -> ProvenanceGraph | None:
    """Two columns: articles on the left, the upstream sources they rely on on the right,
    plus reuse links (derived_from) drawn as arcs between articles."""
    sources = [p for p in provenance if p["articles"]]
    reuse = [(a, x["article"]) for a in articles for x in a.derived_from]
    reuse = [(a, b) for a, b in reuse if b is not None and b in articles and b is not a]
    if not sources and not reuse:
        return None
    row, top = 34, 30
    height = top + max(len(articles), len(sources)) * row + 10
    ax, sx, width = 250, 560, 820
    apos = {a.id: (ax, top + i * row) for i, a in enumerate(articles)}
    spos = []
    offset = (len(articles) - len(sources)) * row / 2 if len(sources) < len(articles) else 0
    for i, p in enumerate(sources):
        spos.append((sx, int(top + offset + i * row)))
    edges = []
    for (x, y), p in zip(spos, sources):
        for a in p["articles"]:
            if a.id in apos:
                x1, y1 = apos[a.id]
                edges.append({"x1": x1 + 6, "y1": y1, "x2": x - 6, "y2": y, "kind": "cites"})
    arcs = []
    for a, b in reuse:
        y1, y2 = apos[a.id][1], apos[b.id][1]
        # to the right of the article dots, clear of their labels
        bulge = 30 + abs(y2 - y1) / 3
        arcs.append({"d": f"M {ax + 6} {y1} C {ax + bulge} {y1}, {ax + bulge} {y2}, {ax + 6} {y2}", "kind": "reuse"})
    return ProvenanceGraph(
        width=width, height=int(height),
        articles=[{"x": apos[a.id][0], "y": apos[a.id][1], "label": f"[{a.number}] {a.short}", "article": a}
                  for a in articles],
        sources=[{"x": x, "y": y, "label": _s(p["source"], 60), "count": len(p["articles"])}
                 for (x, y), p in zip(spos, sources)],
        edges=edges + arcs,
    )


def _quote_index(articles: list[ArticleView]) -> dict[tuple[str, str], dict]:
    return {(a.id, _s(q.get("text"))): q for a in articles for q in a.quotes}


def _places(articles: list[ArticleView]) -> list[dict]:
    places: dict[str, dict] = {}
    for a in articles:
        for e in a.entities:
            if e.get("label") != "LOC":
                continue
            name = _s(e.get("canonical") or e.get("text"), 200)
            if not name:
                continue
            p = places.setdefault(name, {"name": name, "lat": None, "lon": None, "country": "",
                                         "articles": [], "mentions": Counter()})
            lat, lon = _num(e.get("lat")), _num(e.get("lon"))
            if p["lat"] is None and lat is not None and lon is not None and -90 <= lat <= 90 and -180 <= lon <= 180:
                p["lat"], p["lon"] = lat, lon
            p["country"] = p["country"] or _s(e.get("country"), 60)
            if a not in p["articles"]:
                p["articles"].append(a)
            p["mentions"][_s(e.get("text"), 200)] += 1
    out = sorted(places.values(), key=lambda p: (p["lat"] is None, -len(p["articles"]), p["name"]))
    for p in out:
        p["forms"] = [t for t, _ in p["mentions"].most_common(4)]
        p["osm"] = (f"https://www.openstreetmap.org/?mlat={p['lat']:.4f}&mlon={p['lon']:.4f}#map=9/{p['lat']:.4f}/{p['lon']:.4f}"
                    if p["lat"] is not None else None)
    return out


def _signals(articles: list[ArticleView]) -> list[str]:
    """The framing stage's own sentences about each article (profile.highlights), and its editorialising rate."""
    out: list[str] = []
    for a in articles:
        profile = _dict(_dict(a.raw.get("framing")).get("profile"))
        rate = _num(profile.get("editorialising_rate"))
        if rate is not None and rate > 0:
            out.append(f"{rate * 100:.0f}% of sentences carry stance markers"
                       + (f" ([{a.number}])" if len(articles) > 1 else ""))
        out.extend(_s(h, 300) for h in _list(profile.get("highlights")) if isinstance(h, str) and
                   not h.startswith("editorialises"))
    return out[:12]


def _profiles(articles: list[ArticleView]) -> list[dict]:
    """Framing signals per outlet (articles of one outlet together)."""
    groups: dict[str, list[ArticleView]] = defaultdict(list)
    for a in articles:
        groups[a.outlet or a.title].append(a)
    out = []
    for outlet, arts in groups.items():
        techniques, markers = Counter(), Counter()
        genres = []
        for a in arts:
            techniques.update(_s(t.get("label"), 80) for t in a.techniques)
            markers.update(_s(m.get("kind"), 80) for m in a.markers)
            if a.genre:
                genres.append((a.genre, a.genre_confidence))
        examples = {}
        for a in arts:
            for m in a.markers + a.techniques:
                key = _s(m.get("kind") or m.get("label"), 80)
                examples.setdefault(key, [])
                if len(examples[key]) < 3 and _s(m.get("text"), 120) not in examples[key]:
                    examples[key].append(_s(m.get("text"), 120))
        out.append({"outlet": outlet, "articles": arts, "genres": genres,
                    "techniques": techniques.most_common(), "markers": markers.most_common(),
                    "examples": examples,
                    "derived": [x for a in arts for x in a.derived_from],
                    "signals": _signals(arts)})
    return out


def _reuse_view(r: dict, by_id: dict[str, ArticleView]) -> dict:
    """A reused passage pair: {kind, a: {article_id, text}, b: {…}, words|sentences, source, derived}."""
    def side(v: Any) -> dict:
        if isinstance(v, dict):
            return {"article": by_id.get(v.get("article_id")), "text": _s(v.get("text"), 600)}
        return {"article": by_id.get(v) if isinstance(v, str) else None, "text": ""}
    size = ", ".join(f"{r[k]} {k}" for k in ("words", "sentences") if isinstance(r.get(k), int))
    if isinstance(r.get("similarity"), (int, float)):
        size = (size + ", " if size else "") + f"similarity {r['similarity']:.2f}"
    return {"kind": _s(r.get("kind"), 40) or "reuse", "a": side(r.get("a")), "b": side(r.get("b")), "size": size,
            "source": by_id.get(r.get("source")) if isinstance(r.get("source"), str) else None,
            "derived": by_id.get(r.get("derived")) if isinstance(r.get("derived"), str) else None}


def _story_view(d: dict, index: int, by_id: dict[str, ArticleView]) -> StoryView:
    articles = _cites(d.get("article_ids"), by_id)
    # evidence ids may name articles the story list forgot; show them too
    for c in _list(d.get("claims")):
        for e in _list(_dict(c).get("evidence")):
            a = by_id.get(_dict(e).get("article_id"))
            if a and a not in articles:
                articles.append(a)
    col = {a.id: i for i, a in enumerate(articles)}
    claims = []
    for ci, c in enumerate(_list(d.get("claims"))):
        c = _dict(c)
        cells = [Cell("silent") for _ in articles]
        evidence = []
        for e in _list(c.get("evidence")):
            e = _dict(e)
            a = by_id.get(e.get("article_id"))
            stance = "contradicts" if e.get("stance") == "contradicts" else "supports"
            evidence.append({"article": a, "text": _s(e.get("text"), 5000), "stance": stance,
                             "start": e.get("start"), "end": e.get("end")})
            if a is not None and a.id in col:
                cell = cells[col[a.id]]
                # one contradicting sentence in an article outweighs a supporting one in display
                if cell.stance != "contradicts":
                    cell.stance = stance
                cell.evidence.append(evidence[-1])
        n_origins = c.get("n_origins")
        claims.append(ClaimRow(
            id=_s(c.get("id"), 100), anchor=f"s{index}c{ci + 1}", text=_s(c.get("text"), 5000), cells=cells,
            evidence=evidence, n_articles=int(c.get("n_articles") or len({e["article"].id for e in evidence if e["article"]})),
            n_origins=n_origins if isinstance(n_origins, int) and n_origins > 0 else None,
            # an article that is its own origin is named by its number and outlet, not its id
            origins=[f"[{by_id[o].number}] {by_id[o].outlet or by_id[o].title}" if isinstance(o, str) and o in by_id
                     else _s(o, 200) for o in _list(c.get("origins"))],
            origin_articles=[by_id[o] if isinstance(o, str) and o in by_id else _s(o, 200)
                             for o in _list(c.get("origins"))],
            single_source=bool(c.get("single_source")), contradicted=bool(c.get("contradicted"))))

    contradictions = []
    for x in _list(d.get("contradictions")):
        x = _dict(x)
        sides = []
        for side in (_dict(x.get("a")), _dict(x.get("b"))):
            sides.append({"article": by_id.get(side.get("article_id")), "text": _s(side.get("text"), 5000)})
        contradictions.append({"a": sides[0], "b": sides[1], "reason": _s(x.get("reason"), 1000),
                               "kind": _s(x.get("kind"), 40)})

    qindex = _quote_index(articles)
    groups = []
    from_brief = bool(_list(d.get("quote_groups")))
    if from_brief:
        for g in _list(d.get("quote_groups")):
            g = _dict(g)
            quotes = []
            for q in _list(g.get("quotes")):
                q = _dict(q)
                a = by_id.get(q.get("article_id"))
                full = qindex.get((q.get("article_id"), _s(q.get("text"))), {})
                quotes.append({"article": a, "text": _s(q.get("text"), 5000), "cue": _s(full.get("cue"), 100),
                               "kind": _s(full.get("kind"), 20), "surface": _s(full.get("speaker"), 200),
                               "sources": [_s(s, 200) for s in _list(full.get("sources"))],
                               "language": a.language if a else ""})
            groups.append({"speaker": _s(g.get("speaker"), 200) or "Unknown speaker", "quotes": quotes,
                           "languages": sorted({q["language"] for q in quotes if q["language"]})})
    else:
        # no grouping in the brief yet: list each article's quotes under the speaker name it gives
        by_speaker: dict[str, list[dict]] = defaultdict(list)
        for a in articles:
            for q in a.quotes:
                name = _s(q.get("speaker_canonical") or q.get("speaker"), 200) or "Unknown speaker"
                by_speaker[name].append({"article": a, "text": _s(q.get("text"), 5000), "cue": _s(q.get("cue"), 100),
                                         "kind": _s(q.get("kind"), 20), "surface": _s(q.get("speaker"), 200),
                                         "sources": [_s(s, 200) for s in _list(q.get("sources"))],
                                         "language": a.language})
        groups = [{"speaker": k, "quotes": v, "languages": sorted({q["language"] for q in v if q["language"]})}
                  for k, v in sorted(by_speaker.items(), key=lambda kv: (kv[0] == "Unknown speaker", -len(kv[1])))]

    provenance = []
    for p in _list(d.get("provenance")):
        p = _dict(p)
        provenance.append({"source": _s(p.get("source"), 300) or "(unnamed source)",
                           "articles": _cites(p.get("article_ids"), by_id)})

    timeline = []
    for t in _list(d.get("timeline")):
        t = _dict(t)
        timeline.append({"date": _s(t.get("date"), 40), "text": _s(t.get("text"), 2000),
                         "articles": _cites(t.get("article_ids"), by_id), "kind": "event"})
    for a in articles:
        if a.published:
            timeline.append({"date": a.published[:16].replace("T", " "), "text": a.title, "articles": [a],
                             "kind": "published"})
    timeline.sort(key=lambda t: (t["date"], t["kind"] != "event"))

    places = _places(articles)
    summary = [{"text": _s(_dict(x).get("text"), 5000), "articles": _cites(_dict(x).get("article_ids"), by_id)}
               for x in _list(d.get("summary"))]
    dates = sorted(a.published for a in articles if a.published)
    reuse = [_reuse_view(_dict(r), by_id) for r in _list(d.get("reuse"))]
    return StoryView(
        id=_s(d.get("id"), 100), anchor=f"s{index}", title=_s(d.get("title"), 500) or f"Story {index}",
        articles=articles, summary=summary, claims=claims, contradictions=contradictions,
        quote_groups=groups, quote_groups_from_brief=from_brief, provenance=provenance,
        graph=_graph(articles, provenance, by_id), timeline=timeline, places=places, place_map=_place_map(places),
        profiles=_profiles(articles), reuse=reuse,
        first_date=dates[0][:10] if dates else "", last_date=dates[-1][:10] if dates else "",
        n_single_source=sum(c.single_source for c in claims), n_contradicted=sum(c.contradicted for c in claims))


def brief_view(brief: dict) -> BriefView:
    """The whole brief, ready for the templates."""
    brief = _dict(brief)
    raw_articles = [a for a in _list(brief.get("articles")) if isinstance(a, dict)]
    # claims highlight in articles: collect evidence spans per article first
    claim_spans: dict[str, list] = defaultdict(list)
    for story in _list(brief.get("stories")):
        for c in _list(_dict(story).get("claims")):
            c = _dict(c)
            for e in _list(c.get("evidence")):
                e = _dict(e)
                s, t = e.get("start"), e.get("end")
                if isinstance(s, int) and isinstance(t, int) and not isinstance(s, bool):
                    kind = "claim-contra" if e.get("stance") == "contradicts" else "claim"
                    claim_spans[e.get("article_id")].append(
                        (s, t, kind, f"claim {_s(c.get('id'), 40)}: {_s(c.get('text'), 160)}", e.get("text")))
    articles = []
    by_id: dict[str, ArticleView] = {}
    for i, a in enumerate(raw_articles, 1):
        aid = _s(a.get("id"), 300)
        view = _article_view(a, i, claim_spans.get(aid, []))
        articles.append(view)
        by_id.setdefault(view.id, view)
    for view in articles:
        view.derived_from = [_derived_label(x, by_id) for x in view.derived_from]
    stories = [_story_view(_dict(s), i, by_id) for i, s in enumerate(_list(brief.get("stories")), 1)]
    for s in stories:
        for a in s.articles:
            a.story_ids.append(s.anchor)
    tool = _dict(brief.get("tool"))
    return BriefView(
        schema=_s(brief.get("schema"), 60), generated_at=_s(brief.get("generated_at"), 60),
        tool=f"{_s(tool.get('name'), 60) or 'recoupe'} {_s(tool.get('version'), 30)}".strip(),
        stories=stories, articles=articles, by_id=by_id,
        unclustered=[a for a in articles if not a.story_ids],
        errors=[_dict(e) for e in _list(brief.get("errors"))])
