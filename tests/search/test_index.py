from pathlib import Path

import pytest

from fvmdocs.errors import SearchIndexError
from fvmdocs.models import Block
from fvmdocs.search import SearchIndex
from fvmdocs.store import StoredDocument, document_id


def stored(slug: str, title: str, text: str, published: str | None = "2022-05-18", version: int = 1) -> StoredDocument:
    url = f"https://www.vgregion.se/nyheter/{slug}/"
    return StoredDocument(
        id=document_id(url), url=url, title=title, published=published, updated=None,
        language="sv", canonical_url=url, site="vgregion", source=f"/site/{slug}.html",
        text=text, blocks=(Block("paragraph", text),), version=version, version_id=version,
        first_seen="2026-01-01T00:00:00+00:00", last_seen="2026-01-01T00:00:00+00:00",
    )


DOCS = [
    stored("tidplan", "Ny tidplan för FVM", "Cerner ska kompensera regionen för förseningen av införandet."),
    stored("drift", "Millennium i drift", "Journalsystemet startade på sjukhusen i södra delen.", "2024-11-11"),
    stored("paus", "Införandet pausas", "Regionen pausar införandet efter problem <script> med systemet.", "2024-11-20"),
]


@pytest.fixture
def index(tmp_path: Path) -> SearchIndex:
    search_index = SearchIndex(tmp_path / "index")
    search_index.add(DOCS)
    return search_index


def test_all_words_match_first(index: SearchIndex) -> None:
    results = index.search("Cerner kompensation")
    assert results.total == 1
    [hit] = results.hits
    assert (hit.title, hit.published) == ("Ny tidplan för FVM", "2022-05-18")
    assert "<mark>" in hit.snippet and hit.score > 0


def test_stemming_finds_inflected_forms(index: SearchIndex) -> None:
    assert [h.title for h in index.search("införande").hits][:2] == ["Införandet pausas", "Ny tidplan för FVM"]
    assert index.search("journalsystemet").total == 1


def test_title_is_boosted(index: SearchIndex) -> None:
    assert index.search("införandet").hits[0].title == "Införandet pausas"


def test_any_word_when_no_document_has_all(index: SearchIndex) -> None:
    results = index.search("Cerner journalsystemet")
    assert results.total == 2


def test_snippets_are_escaped(index: SearchIndex) -> None:
    [hit] = index.search("pausar").hits
    assert "<script>" not in hit.snippet and "&lt;script&gt;" in hit.snippet


def test_update_replaces_a_document(index: SearchIndex) -> None:
    index.add([stored("tidplan", "Reviderad tidplan", "Oracle Health tar över.", version=2)])
    assert index.count() == 3
    assert index.search("Cerner kompensation").total == 0
    assert index.search("Oracle").hits[0].title == "Reviderad tidplan"


def test_rebuild_swaps_in_a_fresh_index(index: SearchIndex) -> None:
    assert index.rebuild(DOCS[:1]) == {DOCS[0].id: 1}
    assert index.count() == 1
    assert not (index.index_dir / "whoosh.new").exists()


def test_missing_index_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SearchIndexError, match="no search index"):
        SearchIndex(tmp_path / "none").search("Cerner")


def test_limit(index: SearchIndex) -> None:
    results = index.search("regionen OR journalsystemet OR cerner", limit=1)
    assert len(results.hits) == 1 and results.total == 3
