"""The Whoosh index under ``index/``: built from the store, queried by ``fvmdocs search``.

Whoosh only ever commits whole segments and swaps its table of contents last, so a writer
that dies (an exception, a kill) leaves the previous commit searchable; the store marks
documents as indexed only after a commit, so the next ingest indexes them again.
"""

from __future__ import annotations

import html
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh import scoring, sorting
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema
from whoosh.highlight import ContextFragmenter, Formatter, get_text
from whoosh.qparser import MultifieldParser, OrGroup
from whoosh.qparser.common import QueryParserError

from fvmdocs.errors import SearchIndexError
from fvmdocs.search.analysis import (
    DEFAULT_SPLITTER,
    accented_names,
    name_analyzer,
    swedish_analyzer,
)
from fvmdocs.search.backend import (
    FACET_FIELDS,
    DocumentFacets,
    SearchFilters,
    SearchHit,
    SearchResults,
    SortOrder,
    date_bound,
)
from fvmdocs.store import StoredDocument

__all__ = ["SearchHit", "SearchIndex", "SearchResults"]

INDEX_NAME = "whoosh"
TITLE_BOOST = 3.0
MARK_OPEN, MARK_CLOSE = "<mark>", "</mark>"
SEARCH_FIELDS = ["title", "body", "names"]
WRITER_TIMEOUT = 10.0


def _schema(splitter: str = DEFAULT_SPLITTER) -> Schema:
    analyzer = swedish_analyzer(splitter)
    facet = KEYWORD(commas=True, lowercase=False, scorable=False)
    return Schema(
        id=ID(stored=True, unique=True),
        url=ID(stored=True),
        title=TEXT(analyzer=analyzer, stored=True, field_boost=TITLE_BOOST, spelling=True),
        body=TEXT(analyzer=analyzer, stored=True, spelling=True),
        names=TEXT(analyzer=name_analyzer()),
        published=ID(stored=True, sortable=True),
        year=ID(sortable=True),
        person=facet,
        org=facet,
        type=facet,
        source=STORED(),
    )


class _MarkFormatter(Formatter):
    """Escapes the text and puts ``<mark>`` around each matched term."""

    between = " … "

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        return MARK_OPEN + html.escape(get_text(text, token, replace)) + MARK_CLOSE

    def _text(self, text: str) -> str:
        return html.escape(text)


def _is_common(word: str) -> bool:
    from fvmdocs.search.compounds import default_splitter

    return word in default_splitter().counts


def _fields(doc: StoredDocument, facets: DocumentFacets | None) -> dict[str, Any]:
    values = {} if facets is None else facets.get(doc.id, {})
    published = doc.published or ""
    fields: dict[str, Any] = {
        "id": doc.id,
        "url": doc.url,
        "title": doc.title,
        "body": doc.text,
        "names": " ".join(accented_names(f"{doc.title}.\n{doc.text}", _is_common)),
        "published": published,
        "year": published[:4],
        "source": doc.source,
    }
    for name in FACET_FIELDS:
        cleaned = [v.replace(",", " ").strip() for v in values.get(name, ())]
        fields[name] = ",".join(v for v in cleaned if v)
    return fields


class SearchIndex:
    """A Whoosh index in ``index_dir/whoosh``; rebuilds go to a side folder and swap in.

    ``splitter`` names the compound splitter ("lexicon", "rules" or "none"); it is kept in
    the index, so it matters only when the index is created.
    """

    def __init__(self, index_dir: Path, *, splitter: str = DEFAULT_SPLITTER) -> None:
        self.index_dir = index_dir
        self.path = index_dir / INDEX_NAME
        self.splitter = splitter

    def exists(self) -> bool:
        return self.path.is_dir() and whoosh_index.exists_in(str(self.path))

    def _open(self, create: bool) -> Any:
        if self.exists():
            ix = whoosh_index.open_dir(str(self.path))
            if "names" not in ix.schema:
                raise SearchIndexError(
                    f"the search index at {self.path} is from an older fvmdocs: run 'fvmdocs reindex'"
                )
            return ix
        if not create:
            raise SearchIndexError(
                f"no search index at {self.path}: run 'fvmdocs ingest' or 'fvmdocs reindex'"
            )
        self.path.mkdir(parents=True, exist_ok=True)
        return whoosh_index.create_in(str(self.path), _schema(self.splitter))

    def add(
        self, docs: Iterable[StoredDocument], facets: DocumentFacets | None = None
    ) -> dict[str, int]:
        """Add or replace documents; returns the version indexed for each id."""
        ix = self._open(create=True)
        indexed: dict[str, int] = {}
        with ix.writer(timeout=WRITER_TIMEOUT) as writer:
            for doc in docs:
                writer.update_document(**_fields(doc, facets))
                indexed[doc.id] = doc.version
        return indexed

    def rebuild(
        self, docs: Iterable[StoredDocument], facets: DocumentFacets | None = None
    ) -> dict[str, int]:
        """Build a fresh index beside the old one, then swap it in; the old one serves until then."""
        side = self.index_dir / (INDEX_NAME + ".new")
        shutil.rmtree(side, ignore_errors=True)
        side.mkdir(parents=True)
        ix = whoosh_index.create_in(str(side), _schema(self.splitter))
        indexed: dict[str, int] = {}
        with ix.writer(limitmb=256) as writer:
            for doc in docs:
                writer.add_document(**_fields(doc, facets))
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

    def search(
        self,
        query: str,
        *,
        limit: int = 10,
        sort: SortOrder = "relevance",
        filters: SearchFilters | None = None,
        with_facets: bool = True,
    ) -> SearchResults:
        """BM25F over title, body and accent-folded names; all words must match, else any.

        Whoosh syntax: ``"ny tidplan"``, ``Cerner AND NOT Oracle``, ``title:paus*``.
        """
        ix = self._open(create=False)
        try:
            with ix.searcher(weighting=scoring.BM25F()) as searcher:
                return _run(searcher, ix.schema, query, limit, sort, filters, with_facets)
        except QueryParserError as exc:
            raise SearchIndexError(f"cannot parse the query {query!r}: {exc}") from exc


def _run(
    searcher: Any,
    schema: Schema,
    query: str,
    limit: int,
    sort: SortOrder,
    filters: SearchFilters | None,
    with_facets: bool,
) -> SearchResults:
    options: dict[str, Any] = {"limit": limit, "terms": True, "filter": _filter_query(filters)}
    if sort == "date":
        options.update(sortedby="published", reverse=True)
    if with_facets:
        options["groupedby"] = _facets()
    parsed = MultifieldParser(SEARCH_FIELDS, schema).parse(query)
    results = searcher.search(parsed, **options)
    suggestion = None
    if results.is_empty():
        suggestion = _suggestion(searcher, schema, query)
        loose = MultifieldParser(SEARCH_FIELDS, schema, group=OrGroup).parse(query)
        results = searcher.search(loose, **options)
    results.fragmenter = ContextFragmenter(maxchars=220, surround=70)
    results.formatter = _MarkFormatter()
    return SearchResults(
        query=query,
        total=len(results),
        hits=[_hit(hit) for hit in results[:limit]],
        facets=_facet_counts(results) if with_facets else {},
        suggestion=suggestion,
    )


def _filter_query(filters: SearchFilters | None) -> Any:
    if filters is None:
        return None
    parts: list[Any] = []
    if filters.since or filters.until:
        start = date_bound(filters.since, end=False) if filters.since else None
        # "~" sorts after any time a published value may carry: 2024-11-30T10:00 <= 2024-11-30~
        end = date_bound(filters.until, end=True) + "~" if filters.until else None
        parts.append(wq.TermRange("published", start, end))
    for name, values in filters.facet_values().items():
        if values:
            parts.append(wq.Or([wq.Term(name, value) for value in values]))
    return wq.And(parts) if parts else None


def _facets() -> sorting.Facets:
    facets = sorting.Facets()
    for name in FACET_FIELDS:
        facets.add_field(name, allow_overlap=True, maptype=sorting.Count)
    facets.add_field("year", maptype=sorting.Count)
    return facets


def _facet_counts(results: Any) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    for name in (*FACET_FIELDS, "year"):
        groups = results.groups(name)
        ranked = sorted(((k, v) for k, v in groups.items() if k), key=lambda kv: (-kv[1], kv[0]))
        counts[name] = dict(ranked)
    return counts


def _suggestion(searcher: Any, schema: Schema, query: str) -> str | None:
    """The query with unknown words replaced by the closest indexed words, if any."""
    parsed = MultifieldParser(["body"], schema).parse(query)
    corrected = searcher.correct_query(parsed, query)
    if corrected.string and corrected.string != query:
        return str(corrected.string)
    return None


def _hit(hit: Any) -> SearchHit:
    snippet = hit.highlights("body", top=2) or html.escape(hit["body"][:200])
    return SearchHit(
        id=hit["id"],
        url=hit["url"],
        title=hit["title"],
        published=hit["published"] or None,
        # sorted by date, Whoosh's "score" is the sort key: no relevance score to report
        score=round(hit.score, 4) if isinstance(hit.score, float) else 0.0,
        snippet=snippet,
    )


def iter_terms(index: SearchIndex, fieldname: str) -> Iterator[str]:
    """Every indexed term of a field (for tests and debugging)."""
    ix = index._open(create=False)
    with ix.reader() as reader:
        for term in reader.field_terms(fieldname):
            yield str(term)
