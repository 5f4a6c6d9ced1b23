"""The fast query path agrees with Whoosh: same BM25F scores, exact totals, fresh after changes."""

from pathlib import Path

import pytest

from fvmdocs.search import SearchIndex
from fvmdocs.search.analysis import swedish_analyzer
from fvmdocs.search.evaluate import DEFAULT_DOCS, load_documents
from fvmdocs.search.matching import Matcher, best
from fvmdocs.search.snippets import Snippets


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    docs, facets = load_documents(DEFAULT_DOCS)
    search_index = SearchIndex(tmp_path_factory.mktemp("index"))
    search_index.rebuild(docs, facets)
    return search_index


QUERIES = [
    "införandet",
    "Cerner kompensation",
    "miljö journalsystem",
    "Cerner OR Oracle",
    "Cerner AND NOT Oracle",
    "(avtal OR tidplan) ANDNOT Oracle",
    '"nya vårdinformationsmiljön"',
    "title:paus*",
    "journal*",
    "Cerner^2 OR regionen",
    "year:2024 införandet",
    "type:golive",
]


@pytest.mark.parametrize("query", QUERIES)
def test_scores_and_totals_equal_whoosh_scoring_every_match(index: SearchIndex, query: str) -> None:
    opened = index._opened()
    parsed = opened.parser.parse(query)
    whoosh = {d: s for d, s in opened.searcher.search(parsed, limit=None).items()}
    mine = opened.matcher.scores(parsed)
    assert set(mine) == set(opened.searcher.docs_for_query(parsed)) == set(whoosh)
    # Whoosh adds 1.0 for each NOT it matches; the ranking is the same
    offsets = {round(whoosh[d] - mine[d], 6) for d in mine}
    assert len(offsets) <= 1


def test_best_breaks_ties_by_document_order() -> None:
    scores = {7: 1.0, 3: 2.0, 5: 1.0, 1: 1.0, 9: 0.5}
    assert best(scores, 3) == [(3, 2.0), (1, 1.0), (5, 1.0)]
    assert best(scores, 10)[-1] == (9, 0.5)


def test_term_cache_is_bounded(index: SearchIndex) -> None:
    matcher = Matcher(index._opened().searcher, cache_postings=5)
    for word in ("region", "cern", "inför", "avtal"):
        matcher.scores(index._opened().parser.parse(word))
    assert matcher._cached <= 5 or len(matcher._terms) == 1


def test_an_update_is_seen_by_the_open_index(tmp_path: Path) -> None:
    docs, _ = load_documents(DEFAULT_DOCS)
    index = SearchIndex(tmp_path / "index")
    index.rebuild(docs[:5])
    before = index.search("Cerner OR regionen OR införandet").total
    other = SearchIndex(tmp_path / "index")  # another writer, as another process would be
    other.rebuild(docs)
    assert index.search("Cerner OR regionen OR införandet").total > before
    other.add(docs[:1])  # a commit in place: a new generation
    assert index.count() == len(docs)


def test_snippets_mark_whole_compounds_and_escape() -> None:
    snippets = Snippets(swedish_analyzer())
    text = "Före <b>: Förlossningsvården i Skaraborg. " + "Annat stoff utan träff. " * 20
    out = snippets.snippet(text, snippets.terms_of("förlossning"))
    assert "<mark>Förlossningsvården</mark>" in out and "&lt;b&gt;" in out
    assert snippets.snippet(text, frozenset()) == ""
