"""What any search engine behind ``fvmdocs search`` must offer, and the plain types it speaks.

Whoosh (:class:`fvmdocs.search.index.SearchIndex`) is one implementation; an OpenSearch
cluster could be another. Nothing here imports an engine.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, Protocol

from fvmdocs.store import StoredDocument

SortOrder = Literal["relevance", "date"]
FACET_FIELDS = ("person", "org", "type")
# doc id -> {"person": [...], "org": [...], "type": [...]}, from the fact-extraction stage.
DocumentFacets = Mapping[str, Mapping[str, Sequence[str]]]

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def date_bound(value: str, *, end: bool) -> str:
    """An ISO date, year or year-month as the first (or, with ``end``, last) day it covers.

    >>> date_bound("2024", end=False), date_bound("2024-11", end=True)
    ('2024-01-01', '2024-11-31')

    Days are not checked against the month: the bound is only compared as text with the
    ``published`` dates. Raises ``ValueError`` for anything else.
    """
    match = _DATE.fullmatch(value.strip())
    if match is None or not 1 <= int(match.group(2) or 1) <= 12 or not 1 <= int(match.group(3) or 1) <= 31:
        raise ValueError(f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    return "-".join((year, month or ("12" if end else "01"), day or ("31" if end else "01")))


@dataclass(frozen=True)
class SearchFilters:
    """Restrictions on the hits: published dates (inclusive) and facet values.

    Values within one facet are alternatives (``--type golive --type pause``); facets and
    dates must all hold.
    """

    since: str | None = None
    until: str | None = None
    person: tuple[str, ...] = ()
    org: tuple[str, ...] = ()
    type: tuple[str, ...] = ()

    def facet_values(self) -> dict[str, tuple[str, ...]]:
        return {"person": self.person, "org": self.org, "type": self.type}


@dataclass(frozen=True)
class SearchHit:
    """One matching document; ``snippet`` is HTML-escaped text with ``<mark>`` around matches."""

    id: str
    url: str
    title: str
    published: str | None
    score: float
    snippet: str


@dataclass(frozen=True)
class SearchResults:
    """The hits for a query, best first, how many documents matched in all, facet counts
    over all matching documents, and a corrected query when the words were not found."""

    query: str
    total: int
    hits: list[SearchHit]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    suggestion: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "total": self.total,
            "hits": [asdict(hit) for hit in self.hits],
            "facets": self.facets,
            "suggestion": self.suggestion,
        }


class SearchBackend(Protocol):
    """A full-text index over the store's documents."""

    def add(
        self, docs: Iterable[StoredDocument], facets: DocumentFacets | None = None
    ) -> dict[str, int]:
        """Add or replace documents; returns the version indexed for each id."""
        ...

    def rebuild(
        self, docs: Iterable[StoredDocument], facets: DocumentFacets | None = None
    ) -> dict[str, int]:
        """Replace the whole index with these documents, atomically."""
        ...

    def search(
        self,
        query: str,
        *,
        limit: int = 10,
        sort: SortOrder = "relevance",
        filters: SearchFilters | None = None,
        with_facets: bool = True,
    ) -> SearchResults:
        """The best ``limit`` hits for a query in the engine's query syntax."""
        ...

    def count(self) -> int:
        """How many documents the index holds (0 when there is none)."""
        ...
