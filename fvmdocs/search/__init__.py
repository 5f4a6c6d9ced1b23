"""The search stage: a Swedish full-text index over the store (Whoosh, BM25F).

The engine sits behind :class:`SearchBackend`; :class:`SearchIndex` is the Whoosh one.
"""

from fvmdocs.search.backend import SearchBackend, SearchFilters, SearchHit, SearchResults
from fvmdocs.search.index import SearchIndex

__all__ = ["SearchBackend", "SearchFilters", "SearchHit", "SearchIndex", "SearchResults"]
