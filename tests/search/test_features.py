"""Queries over the fixture corpus: compounds, names, syntax, filters, facets, sorting, spelling."""

from pathlib import Path

import pytest

from fvmdocs.errors import SearchIndexError
from fvmdocs.search import SearchBackend, SearchFilters, SearchIndex
from fvmdocs.search.evaluate import DEFAULT_DOCS, load_documents
from fvmdocs.search.render import results_html


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    docs, facets = load_documents(DEFAULT_DOCS)
    search_index = SearchIndex(tmp_path_factory.mktemp("index"))
    search_index.rebuild(docs, facets)
    return search_index


def ids(index: SearchIndex, query: str, **options: object) -> list[str]:
    return [hit.id for hit in index.search(query, **options).hits]  # type: ignore[arg-type]


def test_whoosh_index_is_a_search_backend(index: SearchIndex) -> None:
    backend: SearchBackend = index
    assert backend.count() == 30


@pytest.mark.parametrize(
    "query, expected",
    [
        ("informationsmiljö", {"d01", "d16", "d22"}),
        ("miljö", {"d01", "d16", "d22", "d05", "d08", "d30"}),
        ("journalsystem", {"d02", "d07"}),
        ("journalsystemet", {"d02", "d07"}),
        ("Hayhanen", {"d06"}),
        ("Häyhänen", {"d06"}),
        ("Marta Ohrn", {"d12"}),
        ('"nytt avtal"', {"d18"}),
        ('"nya vårdinformationsmiljön"', {"d01", "d16"}),
        ('"ny vårdinformationsmiljön"', set()),
        ("Cerner AND NOT Oracle", {"d01", "d04", "d18"}),
        ("title:paus*", {"d03"}),
    ],
)
def test_query_finds(index: SearchIndex, query: str, expected: set[str]) -> None:
    assert set(ids(index, query, limit=20)) == expected


def test_for_does_not_match_för(index: SearchIndex) -> None:
    assert index.search("for").total == 0


def test_compound_part_is_highlighted(index: SearchIndex) -> None:
    [hit] = index.search("förlossning").hits
    assert "<mark>Förlossningsvården</mark>" in hit.snippet


@pytest.mark.parametrize(
    "filters, expected",
    [
        (SearchFilters(since="2024", until="2024"), {"d02", "d03", "d09", "d20", "d21", "d24", "d26", "d28"}),
        (SearchFilters(since="2024-11", until="2024-11"), {"d02", "d03"}),
        (SearchFilters(until="2020-05-28", since="2020-05-28"), {"d14"}),
        (SearchFilters(type=("golive",)), {"d02", "d28"}),
        (SearchFilters(type=("golive", "pause")), {"d02", "d03", "d28"}),
        (SearchFilters(org=("Cerner",), type=("agreement",)), {"d04", "d18"}),
        (SearchFilters(person=("Åsa Lindqvist",)), {"d03"}),
    ],
)
def test_filters(index: SearchIndex, filters: SearchFilters, expected: set[str]) -> None:
    query = "införandet OR avtal OR journalsystemet OR sjukhuset OR lägesrapporten OR utbildning OR operationsplaneringen OR förlossningsvården OR Millennium"
    assert set(ids(index, query, limit=50, filters=filters)) == expected


def test_facet_counts_cover_all_matches(index: SearchIndex) -> None:
    results = index.search("Cerner", limit=1)
    assert results.total == 4 and len(results.hits) == 1
    assert results.facets["org"]["Cerner"] == 4
    assert results.facets["type"] == {"agreement": 2, "decision": 1, "statement": 1}
    assert list(results.facets["year"].items()) == [("2022", 2), ("2019", 1), ("2023", 1)]


def test_sort_by_date(index: SearchIndex) -> None:
    hits = index.search("införandet", sort="date", limit=50).hits
    dates = [hit.published for hit in hits]
    assert dates == sorted(dates, reverse=True) and len(dates) > 3


def test_suggestion_for_a_misspelling(index: SearchIndex) -> None:
    results = index.search("journalsytemet")
    assert results.suggestion is not None and results.suggestion.startswith("journalsystem")
    assert index.search("journalsystemet").suggestion is None


def test_bad_query_and_date(index: SearchIndex) -> None:
    with pytest.raises(ValueError, match="not a date"):
        index.search("Cerner", filters=SearchFilters(since="maj 2024"))


def test_html_rendering(index: SearchIndex) -> None:
    page = results_html(index.search("förlossning"))
    assert "<mark>Förlossningsvården</mark>" in page and page.startswith("<section")


def test_old_index_asks_for_reindex(tmp_path: Path) -> None:
    from whoosh import index as whoosh_index
    from whoosh.fields import ID, Schema

    (tmp_path / "whoosh").mkdir()
    whoosh_index.create_in(str(tmp_path / "whoosh"), Schema(id=ID(stored=True)))
    with pytest.raises(SearchIndexError, match="reindex"):
        SearchIndex(tmp_path).search("Cerner")
