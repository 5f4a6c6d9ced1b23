"""The Whoosh index under ``index/``: built from the store, queried by ``fvmdocs search``."""

from __future__ import annotations

import html
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh import scoring
from whoosh.fields import ID, STORED, TEXT, Schema
from whoosh.highlight import ContextFragmenter, Formatter, get_text
from whoosh.qparser import MultifieldParser, OrGroup
from whoosh.qparser.common import QueryParserError

from fvmdocs.errors import SearchIndexError
from fvmdocs.search.analysis import swedish_analyzer
from fvmdocs.store import StoredDocument

INDEX_NAME = "whoosh"
TITLE_BOOST = 3.0
MARK_OPEN, MARK_CLOSE = "<mark>", "</mark>"


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
    """The hits for a query, best first, and how many documents matched in all."""

    query: str
    total: int
    hits: list[SearchHit]

    def as_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "total": self.total,
            "hits": [hit.__dict__ for hit in self.hits],
        }


def _schema() -> Schema:
    analyzer = swedish_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        url=ID(stored=True),
        title=TEXT(analyzer=analyzer, stored=True, field_boost=TITLE_BOOST),
        body=TEXT(analyzer=analyzer, stored=True),
        published=ID(stored=True, sortable=True),
        source=STORED(),
    )


class _MarkFormatter(Formatter):
    """Escapes the text and puts ``<mark>`` around each matched term."""

    between = " … "

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        return MARK_OPEN + html.escape(get_text(text, token, replace)) + MARK_CLOSE

    def _text(self, text: str) -> str:
        return html.escape(text)


def _fields(doc: StoredDocument) -> dict[str, Any]:
    return {
        "id": doc.id,
        "url": doc.url,
        "title": doc.title,
        "body": doc.text,
        "published": doc.published or "",
        "source": doc.source,
    }


class SearchIndex:
    """A Whoosh index in ``index_dir/whoosh``; rebuilds go to a side folder and swap in."""

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = index_dir
        self.path = index_dir / INDEX_NAME

    def exists(self) -> bool:
        return self.path.is_dir() and whoosh_index.exists_in(str(self.path))

    def _open(self, create: bool) -> Any:
        if self.exists():
            return whoosh_index.open_dir(str(self.path))
        if not create:
            raise SearchIndexError(
                f"no search index at {self.path}: run 'fvmdocs ingest' or 'fvmdocs reindex'"
            )
        self.path.mkdir(parents=True, exist_ok=True)
        return whoosh_index.create_in(str(self.path), _schema())

    def add(self, docs: Iterable[StoredDocument]) -> dict[str, int]:
        """Add or replace documents; returns the version indexed for each id."""
        ix = self._open(create=True)
        indexed: dict[str, int] = {}
        with ix.writer() as writer:
            for doc in docs:
                writer.update_document(**_fields(doc))
                indexed[doc.id] = doc.version
        return indexed

    def rebuild(self, docs: Iterable[StoredDocument]) -> dict[str, int]:
        """Build a fresh index beside the old one, then swap it in; the old one serves until then."""
        side = self.index_dir / (INDEX_NAME + ".new")
        shutil.rmtree(side, ignore_errors=True)
        side.mkdir(parents=True)
        ix = whoosh_index.create_in(str(side), _schema())
        indexed: dict[str, int] = {}
        with ix.writer() as writer:
            for doc in docs:
                writer.add_document(**_fields(doc))
                indexed[doc.id] = doc.version
        old = self.index_dir / (INDEX_NAME + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if self.path.exists():
            self.path.rename(old)
        side.rename(self.path)
        shutil.rmtree(old, ignore_errors=True)
        return indexed

    def count(self) -> int:
        if not self.exists():
            return 0
        with self._open(create=False).searcher() as searcher:
            return int(searcher.doc_count())

    def search(self, query: str, *, limit: int = 10) -> SearchResults:
        """BM25F over title and body; all words must match, else any word may."""
        ix = self._open(create=False)
        try:
            with ix.searcher(weighting=scoring.BM25F()) as searcher:
                parsed = MultifieldParser(["title", "body"], ix.schema).parse(query)
                results = searcher.search(parsed, limit=limit, terms=True)
                if results.is_empty():
                    loose = MultifieldParser(["title", "body"], ix.schema, group=OrGroup)
                    results = searcher.search(loose.parse(query), limit=limit, terms=True)
                results.fragmenter = ContextFragmenter(maxchars=220, surround=70)
                results.formatter = _MarkFormatter()
                hits = [_hit(hit) for hit in results]
                return SearchResults(query=query, total=len(results), hits=hits)
        except QueryParserError as exc:
            raise SearchIndexError(f"cannot parse the query {query!r}: {exc}") from exc


def _hit(hit: Any) -> SearchHit:
    snippet = hit.highlights("body", top=2) or html.escape(hit["body"][:200])
    return SearchHit(
        id=hit["id"],
        url=hit["url"],
        title=hit["title"],
        published=hit["published"] or None,
        score=round(float(hit.score), 4),
        snippet=snippet,
    )
