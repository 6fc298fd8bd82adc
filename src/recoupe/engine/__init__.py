"""Engines run the per-article pipeline over many articles.

One small interface: `engine.analyze(articles) -> iterator of (article | AnalysisError)`,
in input order.  `LocalEngine` (in-process or a process pool on this machine)
is the default; the analysis code knows nothing of engines.
"""
from recoupe.engine.local import AnalysisError, LocalEngine

__all__ = ["AnalysisError", "LocalEngine"]
