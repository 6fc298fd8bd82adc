"""Cross-article stage: stories, claims, corroboration, contradictions, quote
variants, reuse, timeline and synthesis.  Entry point: `build_stories`."""
from __future__ import annotations

from recoupe.align.config import AlignConfig
from recoupe.align.clustering import StoryIndex, cluster_articles
from recoupe.align.embeddings import Embedder, MemoryVectorCache, get_embedder
from recoupe.align.stories import build_stories

__all__ = ["AlignConfig", "StoryIndex", "cluster_articles", "Embedder", "MemoryVectorCache",
           "get_embedder", "build_stories"]
