"""Query evaluation over postings decoded once per open index: BM25F scores, exact totals, facets.

Whoosh's collector steps a tree of Python matcher objects through every posting of every
query, and counts the matches again for the total; on 20,000 pages that is 50-250 ms a
query. Here a term's postings are decoded block by block into ``{docnum: BM25F score}``
with Whoosh's own formula and statistics, kept in an LRU cache bound to one open
generation of the index, and the query tree is combined with dict and set operations:
``And`` intersects and adds, ``Or`` merges and adds, ``Not`` subtracts, exactly as
Whoosh's intersection, union and and-not matchers score. The result holds every matching
document, so the total and the facet counts are exact. Nodes without a rule here (phrases,
prefixes, ranges, fuzzy terms) are scored by Whoosh itself.
"""

from __future__ import annotations

import heapq
from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.matching import FilterMatcher
from whoosh.reading import TermNotFound
from whoosh.scoring import BM25FScorer
from whoosh.util.numeric import byte_to_length

Scores = dict[int, float]

# Decoded postings kept per open index; a 16,000-posting term is about 1.5 MB.
CACHE_POSTINGS = 1_000_000
_LENGTHS = [byte_to_length(b) for b in range(256)]


class Matcher:
    """Evaluates parsed queries on one open Whoosh searcher; drop it when the index changes."""

    def __init__(self, searcher: Any, cache_postings: int = CACHE_POSTINGS) -> None:
        self.searcher = searcher
        self.leaves: list[tuple[Any, int]] = list(searcher.leaf_searchers())
        self.cache_postings = cache_postings
        self._terms: OrderedDict[tuple[str, str], Scores] = OrderedDict()
        self._cached = 0
        self._lengths: dict[tuple[int, str], list[int]] = {}
        self._facets: dict[str, dict[str, frozenset[int]]] = {}
        self._column: dict[str, list[Any]] = {}

    # -- queries

    def scores(self, query: Any) -> Scores:
        """Every matching docnum with its BM25F score (``query`` already normalised)."""
        if type(query) is wq.Term:
            scores = self._term(query.fieldname, query.text)
        elif type(query) is wq.Or:
            scores = self._union(query.subqueries)
        elif type(query) is wq.And:
            scores = self._intersection(query.subqueries)
        elif type(query) is wq.AndNot:
            scores = self._without(self.scores(query.a), [query.b])
        elif query is wq.NullQuery:
            return {}
        else:
            scores = self._whoosh(query)
        boost = getattr(query, "boost", 1.0)
        if boost != 1.0:
            scores = {docnum: score * boost for docnum, score in scores.items()}
        return scores

    def docs(self, query: Any) -> set[int]:
        """The docnums a (filter) query matches, unscored."""
        return set(self.searcher.docs_for_query(query))

    def _union(self, subqueries: Iterable[Any]) -> Scores:
        parts = sorted((self.scores(q) for q in subqueries), key=len, reverse=True)
        if not parts:
            return {}
        merged = dict(parts[0])  # copy: the cached dict must not change
        get = merged.get
        for part in parts[1:]:
            for docnum, score in part.items():
                merged[docnum] = get(docnum, 0.0) + score
        return merged

    def _intersection(self, subqueries: Iterable[Any]) -> Scores:
        positive = [q for q in subqueries if not isinstance(q, wq.Not)]
        negative = [q.query for q in subqueries if isinstance(q, wq.Not)]
        if not positive:
            return self._whoosh(wq.And(list(subqueries)))
        parts = sorted((self.scores(q) for q in positive), key=len)
        result = dict(parts[0])
        for part in parts[1:]:
            result = {d: s + part[d] for d, s in result.items() if d in part}
            if not result:
                break
        return self._without(result, negative)

    def _without(self, scores: Scores, negative: list[Any]) -> Scores:
        if not negative or not scores:
            return scores
        excluded: set[int] = set()
        for query in negative:
            excluded.update(self.scores(query))
        return {d: s for d, s in scores.items() if d not in excluded}

    def _whoosh(self, query: Any) -> Scores:
        """A node with no rule here: Whoosh scores every document it matches."""
        results = self.searcher.search(query, limit=None, optimize=False)
        return {docnum: float(score) for docnum, score in results.items()}

    # -- terms

    def _term(self, fieldname: str, text: str) -> Scores:
        key = (fieldname, text)
        cached = self._terms.get(key)
        if cached is not None:
            self._terms.move_to_end(key)
            return cached
        scores = self._decode(fieldname, text)
        if scores is None:
            return self._whoosh(wq.Term(fieldname, text))
        self._terms[key] = scores
        self._cached += len(scores) + 1
        while self._cached > self.cache_postings and len(self._terms) > 1:
            _, dropped = self._terms.popitem(last=False)
            self._cached -= len(dropped) + 1
        return scores

    def _decode(self, fieldname: str, text: str) -> Scores | None:
        """The term's BM25F score in each document, or None where Whoosh must score it."""
        scores: Scores = {}
        for leaf, offset in self.leaves:
            reader = leaf.reader()
            try:
                scorer = self.searcher.weighting.scorer(leaf, fieldname, text)
                postings = reader.postings(fieldname, text)
            except TermNotFound:
                continue
            if type(scorer) is not BM25FScorer:
                return None
            deleted: frozenset[int] = frozenset()
            if isinstance(postings, FilterMatcher):
                deleted = frozenset(reader.deleted_docs_set)
                postings = postings.child
            if not isinstance(postings, W3LeafMatcher):
                return None
            lengths = self._field_lengths(reader, id(leaf), fieldname)
            idf, k1, b = scorer.idf, scorer.K1, scorer.B
            # bm25(): idf * tf * (K1 + 1) / (tf + K1 * ((1 - B) + B * length / avgfl))
            numerator, base, per_length = idf * (k1 + 1), k1 * (1 - b), k1 * b / scorer.avgfl
            for docnums, weights in _blocks(postings):
                for docnum, tf in zip(docnums, weights, strict=True):
                    if docnum not in deleted:
                        scores[offset + docnum] = numerator * tf / (
                            tf + base + per_length * lengths[docnum]
                        )
        return scores

    def _field_lengths(self, reader: Any, leaf_key: int, fieldname: str) -> list[int]:
        """Each document's length of a field, as Whoosh stores it (one byte, decoded)."""
        key = (leaf_key, fieldname)
        if key not in self._lengths:
            column = reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            count = reader.doc_count_all()
            if column is None:
                self._lengths[key] = [1] * count
            else:
                raw = column._dbfile.get(column._basepos, column._count)
                self._lengths[key] = [_LENGTHS[b] for b in raw] + [1] * (count - column._count)
        return self._lengths[key]

    # -- facets and sorting

    def facet_counts(self, fieldname: str, matches: Scores | set[int]) -> dict[str, int]:
        """How many of the matching documents carry each value of a keyword/ID field."""
        docs = matches if isinstance(matches, set) else set(matches)
        counts = {}
        for value, holders in self._facet_index(fieldname).items():
            count = len(holders & docs) if len(holders) < len(docs) else len(docs & holders)
            if count:
                counts[value] = count
        return counts

    def _facet_index(self, fieldname: str) -> dict[str, frozenset[int]]:
        if fieldname not in self._facets:
            index: dict[str, set[int]] = {}
            for leaf, offset in self.leaves:
                reader = leaf.reader()
                if fieldname not in reader.schema:
                    continue
                for value in reader.field_terms(fieldname):
                    docs = reader.postings(fieldname, value).all_ids()
                    index.setdefault(value, set()).update(offset + d for d in docs)
            self._facets[fieldname] = {v: frozenset(d) for v, d in index.items()}
        return self._facets[fieldname]

    def newest(self, matches: Scores, limit: int, fieldname: str = "published") -> list[int]:
        """The ``limit`` matching docnums with the latest values of a sortable field."""
        values = self._column_values(fieldname)
        return heapq.nlargest(limit, sorted(matches), key=lambda d: values[d] or "")

    def _column_values(self, fieldname: str) -> list[Any]:
        if fieldname not in self._column:
            values: list[Any] = []
            for leaf, _ in self.leaves:
                values.extend(leaf.reader().column_reader(fieldname))
            self._column[fieldname] = values
        return self._column[fieldname]


def best(scores: Scores, limit: int) -> list[tuple[int, float]]:
    """The ``limit`` best (docnum, score), highest first; equal scores in docnum order."""
    if len(scores) <= limit:
        return sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    floor = heapq.nlargest(limit, scores.values())[-1]
    ranked = sorted([(-s, d) for d, s in scores.items() if s >= floor])[:limit]
    return [(docnum, -negated) for negated, docnum in ranked]


def _blocks(postings: Any) -> Iterable[tuple[Any, Any]]:
    """(docnums, term frequencies) of each block of a Whoosh 3 posting list."""
    while postings.is_active():
        postings._read_ids()
        postings._read_weights()
        yield postings._ids, postings._weights
        postings._next_block()
