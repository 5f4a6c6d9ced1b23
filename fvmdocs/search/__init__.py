"""The search stage: a Swedish full-text index over the store (Whoosh, BM25F)."""

from fvmdocs.search.index import SearchHit, SearchIndex, SearchResults

__all__ = ["SearchHit", "SearchIndex", "SearchResults"]
