"""Storage: the corpus, its analyses, embeddings and stories.

One small interface (`Store`); SQLite is the default implementation.  The
analysis code never touches storage: the CLI and the web app do.
"""
from recoupe.store.sqlite import Store

__all__ = ["Store"]
