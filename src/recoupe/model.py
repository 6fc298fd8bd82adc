"""The data model: plain dataclasses that flow through the pipeline.

One `Article` is filled stage by stage (ingest -> clean -> language -> nlp ->
extractors); the corpus stage turns articles into `Story` objects; a `Brief`
holds both and is what every renderer reads.  Offsets (`start`, `end`) are
code-point offsets into `Article.text` (the cleaned text) and always satisfy
`article.text[start:end] == item.text`.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Span:
    """A piece of an article's cleaned text."""
    text: str
    start: int
    end: int


@dataclass
class Sentence(Span):
    paragraph: int = 0          # index of the paragraph (line block) holding it


@dataclass
class Entity(Span):
    label: str = "MISC"         # PER | ORG | LOC | MISC
    canonical: str = ""
    lat: float | None = None    # places only, when known
    lon: float | None = None
    country: str | None = None


@dataclass
class Quote(Span):
    speaker: str | None = None             # surface form as written
    speaker_canonical: str | None = None   # resolved full name, or None when unknown
    cue: str | None = None
    kind: str = "direct"                   # direct | indirect
    speaker_start: int | None = None
    speaker_end: int | None = None
    sources: list[str] = field(default_factory=list)  # upstream sources the quote is relayed through


@dataclass
class CitedSource:
    name: str                               # canonical name
    kind: str = "outlet"                    # newspaper | agency | broadcaster | document | social | official | outlet
    country: str | None = None
    mentions: list[Span] = field(default_factory=list)
    via: str | None = None                  # the cited outlet that obtained this document, when the text says so
    issuer: str | None = None               # who issued this document: a body or a person


@dataclass
class NumberMention(Span):
    value: float | None = None
    unit: str | None = None
    approximate: bool = False


@dataclass
class DateMention(Span):
    resolved: str | None = None             # YYYY-MM-DD, YYYY-MM, YYYY, or None
    relative: bool = False


@dataclass
class Technique(Span):
    label: str = ""
    confidence: float = 0.0


@dataclass
class Marker(Span):
    kind: str = ""     # loaded | intensifier | first_person | hedge | certainty | unattributed | rhetorical_question


@dataclass
class Framing:
    genre: dict[str, Any] = field(default_factory=lambda: {"label": "reporting", "confidence": 0.0})
    techniques: list[Technique] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    profile: dict[str, Any] = field(default_factory=dict)   # aggregated counts per signal


@dataclass
class ArticleSource:
    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    feed: str | None = None


@dataclass
class Article:
    id: str
    text: str
    title: str | None = None
    language: str | None = None
    published: str | None = None            # ISO 8601, as precise as known
    # what relative dates resolve against when `published` is unknown: set by
    # the engine from the batch (e.g. the other articles' dates), never shown as a fact
    reference_date: str | None = None
    source: ArticleSource = field(default_factory=ArticleSource)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    cited_sources: list[CitedSource] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    framing: Framing = field(default_factory=Framing)
    derived_from: list[dict[str, Any]] = field(default_factory=list)  # reuse/re-spin links
    # what ingestion learnt outside the body (caption credits and dates, byline, declared
    # language, warnings); never offsets, never shown as an extracted fact
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        return content_hash(self.title, self.text)


def content_hash(title: str | None, text: str) -> str:
    """Identity of an article's content: same title and body, same hash."""
    return hashlib.sha256(f"{title or ''}\n\x00{text}".encode("utf-8")).hexdigest()


@dataclass
class Evidence:
    article_id: str
    text: str
    start: int
    end: int
    stance: str = "supports"                # supports | contradicts


@dataclass
class Claim:
    id: str
    text: str
    evidence: list[Evidence] = field(default_factory=list)
    n_articles: int = 0
    n_origins: int = 0                       # independent origins (provenance-aware)
    origins: list[str] = field(default_factory=list)
    single_source: bool = False
    contradicted: bool = False


@dataclass
class Contradiction:
    a: dict[str, Any]
    b: dict[str, Any]
    reason: str
    kind: str = ""                           # number | date | negation | actor | judge


@dataclass
class QuoteGroup:
    speaker: str | None
    quotes: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class ProvenanceEntry:
    source: str
    article_ids: list[str] = field(default_factory=list)


@dataclass
class TimelineEvent:
    date: str
    text: str
    article_ids: list[str] = field(default_factory=list)


@dataclass
class SummarySentence:
    text: str
    article_ids: list[str] = field(default_factory=list)


@dataclass
class Story:
    id: str
    title: str
    article_ids: list[str] = field(default_factory=list)
    summary: list[SummarySentence] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    quote_groups: list[QuoteGroup] = field(default_factory=list)
    provenance: list[ProvenanceEntry] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    reuse: list[dict[str, Any]] = field(default_factory=list)
    # the framing profile of each source, side by side (most editorialising first)
    source_profiles: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Brief:
    articles: list[Article] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    generated_at: str = ""
    tool: dict[str, Any] = field(default_factory=dict)
    errors: list[dict[str, str]] = field(default_factory=list)   # inputs that failed, with the reason
