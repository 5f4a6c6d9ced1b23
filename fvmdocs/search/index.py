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
from whoosh import scoring
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema
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
from fvmdocs.search.matching import Matcher, best
from fvmdocs.search.snippets import Snippets
from fvmdocs.store import StoredDocument

__all__ = ["SearchHit", "SearchIndex", "SearchResults"]

INDEX_NAME = "whoosh"
TITLE_BOOST = 3.0
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
        self._open_index: _OpenIndex | None = None

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
        self.close()
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
        self.close()
        return indexed

    def count(self) -> int:
        if not self.exists():
            return 0
        return int(self._opened().searcher.doc_count())

    def close(self) -> None:
        """Close the searcher kept open between queries (the next query opens it again)."""
        if self._open_index is not None:
            self._open_index.searcher.close()
            self._open_index = None

    def _opened(self) -> _OpenIndex:
        """The open searcher, its term cache and parsers; reopened when the index changed.

        A commit raises the generation; a rebuild swaps in another folder (a new inode)
        whose generation may be the same.
        """
        current = self._open_index
        if current is not None:
            try:
                changed = current.version != _version(self.path, current.ix)
            except OSError:
                changed = True
            if not changed:
                return current
            self.close()
        ix = self._open(create=False)
        self._open_index = _OpenIndex(ix, _version(self.path, ix))
        return self._open_index

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
        The index stays open between calls on one ``SearchIndex`` (not thread-safe).
        """
        opened = self._opened()
        try:
            return _run(opened, query, limit, sort, filters, with_facets)
        except QueryParserError as exc:
            raise SearchIndexError(f"cannot parse the query {query!r}: {exc}") from exc


def _version(path: Path, ix: Any) -> tuple[int, int]:
    return (path.stat().st_ino, int(ix.latest_generation()))


class _OpenIndex:
    """One generation of the index, opened: searcher, decoded-postings cache, parsers."""

    def __init__(self, ix: Any, version: tuple[int, int]) -> None:
        self.ix = ix
        self.schema = ix.schema  # a property that reads the table of contents again
        self.version = version
        self.searcher = ix.searcher(weighting=scoring.BM25F())
        self.matcher = Matcher(self.searcher)
        self.parser = MultifieldParser(SEARCH_FIELDS, self.schema)
        self.loose_parser = MultifieldParser(SEARCH_FIELDS, self.schema, group=OrGroup)
        self.snippets = Snippets(self.schema["body"].analyzer)


def _run(
    opened: _OpenIndex,
    query: str,
    limit: int,
    sort: SortOrder,
    filters: SearchFilters | None,
    with_facets: bool,
) -> SearchResults:
    allowed = _allowed(opened, filters)
    parsed = opened.parser.parse(query)
    matches = _matches(opened, parsed, allowed)
    suggestion = None
    if not matches:
        suggestion = _suggestion(opened.searcher, opened.schema, query)
        parsed = opened.loose_parser.parse(query)
        matches = _matches(opened, parsed, allowed)
    if sort == "date":
        # sorted by date there is no relevance score to report
        ranked = [(docnum, 0.0) for docnum in opened.matcher.newest(matches, limit)]
    else:
        ranked = best(matches, limit)
    body_terms = _body_terms(opened, parsed)
    return SearchResults(
        query=query,
        total=len(matches),
        hits=[_hit(opened, docnum, score, body_terms) for docnum, score in ranked],
        facets=_facet_counts(opened.matcher, matches) if with_facets else {},
        suggestion=suggestion,
    )


def _allowed(opened: _OpenIndex, filters: SearchFilters | None) -> set[int] | None:
    """The docnums the filters let through, or None without filters."""
    filter_query = _filter_query(filters)
    return None if filter_query is None else opened.matcher.docs(filter_query)


def _matches(opened: _OpenIndex, parsed: Any, allowed: set[int] | None) -> dict[int, float]:
    matches = opened.matcher.scores(parsed)
    if allowed is not None:
        matches = {d: s for d, s in matches.items() if d in allowed}
    return matches


def _body_terms(opened: _OpenIndex, parsed: Any) -> frozenset[str]:
    """The query's terms in the body field, prefixes and wildcards expanded."""
    terms = parsed.existing_terms(opened.searcher.reader(), expand=True, fieldname="body")
    from_bytes = opened.schema["body"].from_bytes
    return frozenset(
        from_bytes(text) if isinstance(text, bytes) else text for _, text in terms
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


def _facet_counts(matcher: Matcher, matches: dict[int, float]) -> dict[str, dict[str, int]]:
    """Counts over every matching document, most frequent first."""
    docs = set(matches)
    counts: dict[str, dict[str, int]] = {}
    for name in (*FACET_FIELDS, "year"):
        groups = matcher.facet_counts(name, docs)
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


def _hit(opened: _OpenIndex, docnum: int, score: float, body_terms: frozenset[str]) -> SearchHit:
    stored = opened.searcher.stored_fields(docnum)
    body = stored.get("body", "")
    snippet = opened.snippets.snippet(body, body_terms, top=2) or html.escape(body[:200])
    return SearchHit(
        id=stored["id"],
        url=stored["url"],
        title=stored["title"],
        published=stored.get("published") or None,
        score=round(score, 4),
        snippet=snippet,
    )


def iter_terms(index: SearchIndex, fieldname: str) -> Iterator[str]:
    """Every indexed term of a field (for tests and debugging)."""
    ix = index._open(create=False)
    with ix.reader() as reader:
        for term in reader.field_terms(fieldname):
            yield str(term)
