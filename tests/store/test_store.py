import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from fvmdocs.errors import NotFoundError, StoreError
from fvmdocs.models import Block, Document
from fvmdocs.store import SCHEMA_VERSION, document_id, open_store

DOC = Document(
    url="https://www.vgregion.se/ov/vgr-millennium/nyheter/ny-tidplan/",
    title="Ny tidplan för FVM",
    blocks=(Block("lead", "En ny tidplan finns."), Block("paragraph", "Cerner ska kompensera VGR.")),
    source="/data/ny-tidplan.html",
    published="2022-05-18",
    language="sv",
)


def test_new_unchanged_changed(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.sqlite3") as store:
        assert store.save(DOC, raw_hash="a").status == "new"
        assert store.save(DOC, raw_hash="b").status == "unchanged"
        changed = replace(DOC, blocks=(*DOC.blocks, Block("paragraph", "Ett tillägg.")))
        result = store.save(changed, raw_hash="c")
        assert (result.status, result.version) == ("changed", 2)
        assert store.get(DOC.url).text.endswith("Ett tillägg.")
        assert [v["version"] for v in store.versions(result.document_id)] == [1, 2]
        assert store.stats()["documents"] == 1 and store.stats()["versions"] == 2


def test_get_by_id_url_and_source(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.sqlite3") as store:
        store.save(DOC, raw_hash="a")
        doc_id = document_id(DOC.url)
        for ref in (doc_id, DOC.url, DOC.source):
            found = store.get(ref)
            assert (found.id, found.title, found.blocks) == (doc_id, DOC.title, DOC.blocks)
        with pytest.raises(NotFoundError, match="no document"):
            store.get("nothing-here")


def test_document_ids_are_stable() -> None:
    assert document_id(DOC.url) == document_id(DOC.url)
    assert len(document_id(DOC.url)) == 12
    assert document_id(DOC.url) != document_id(DOC.url + "x")


def test_pending_index_follows_versions(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.sqlite3") as store:
        store.save(DOC, raw_hash="a")
        pending = store.pending_index()
        assert [d.version for d in pending] == [1]
        store.mark_indexed({pending[0].id: 1})
        assert store.pending_index() == []
        store.save(replace(DOC, title="Reviderad tidplan"), raw_hash="b")
        assert [d.version for d in store.pending_index()] == [2]


def test_source_hash_and_failures(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.sqlite3") as store:
        assert store.source_hash(DOC.source) is None
        store.save(DOC, raw_hash="abc")
        assert store.source_hash(DOC.source) == "abc"
        store.record_failure("/x.html", "/x.html: binary content")
        assert store.failures()[0]["reason"] == "/x.html: binary content"


def test_schema_is_migrated_and_reopened(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    with open_store(path) as store:
        store.save(DOC, raw_hash="a")
    with open_store(path) as store:
        assert store.stats()["schema_version"] == SCHEMA_VERSION
        assert store.get(DOC.url).title == DOC.title


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this fvmdocs"), open_store(path):
        pass


def test_corrupt_store_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="cannot open the store"), open_store(path):
        pass


def test_missing_store_without_create(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="run 'fvmdocs ingest' first"), open_store(
        tmp_path / "none.sqlite3", create=False
    ):
        pass
