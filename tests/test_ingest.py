"""The whole local path: folder/file/WARC -> clean -> store -> index, with bad input mixed in."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import WritePage

from fvmdocs.errors import LockError
from fvmdocs.ingest import ingest, reindex
from fvmdocs.search import SearchIndex
from fvmdocs.settings import Settings
from fvmdocs.store import open_store
from fvmdocs.store.lock import home_lock


def test_ingest_stores_and_indexes(small_site: Path, settings: Settings) -> None:
    report = ingest([str(small_site)], settings)
    assert (report.new, report.changed, report.unchanged, report.failed) == (3, 0, 0, 0)
    assert report.indexed == 3
    hits = SearchIndex(settings.index_dir).search("Cerner kompensation").hits
    assert [h.title for h in hits] == ["Ny tidplan för FVM"]
    with open_store(settings.db_path) as store:
        doc = store.get("https://www.vgregion.se/ov/vgr-millennium/nyheter/ny-tidplan/")
    assert doc.published == "2022-05-18"
    assert "Denna webbplats" not in doc.text and "Senaste nytt" not in doc.text


def test_reingest_unchanged_does_no_work(small_site: Path, settings: Settings) -> None:
    ingest([str(small_site)], settings)
    report = ingest([str(small_site)], settings)
    assert (report.new, report.changed, report.unchanged, report.indexed) == (0, 0, 3, 0)


def test_changed_page_becomes_a_new_version(
    small_site: Path, settings: Settings, write_page: WritePage
) -> None:
    ingest([str(small_site)], settings)
    write_page("pausen", title="Införandet pausas", lead="Regionen pausar införandet.",
               body="<p>Oracle Health har fått en åtgärdslista.</p>", published="2024-11-20")
    report = ingest([str(small_site)], settings)
    assert (report.new, report.changed, report.unchanged) == (0, 1, 2)
    assert report.indexed == 1
    index = SearchIndex(settings.index_dir)
    assert index.search("åtgärdslista").total == 1
    assert index.count() == 3
    with open_store(settings.db_path) as store:
        assert store.stats()["versions"] == 4


def test_bad_sources_fail_alone(tmp_path: Path, small_site: Path, settings: Settings) -> None:
    (small_site / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    (small_site / "empty.html").write_bytes(b"")
    empty_folder = tmp_path / "empty"
    empty_folder.mkdir()
    report = ingest([str(small_site), str(tmp_path / "missing"), str(empty_folder)], settings)
    assert report.new == 3
    reasons = " | ".join(f.reason for f in report.failures)
    assert report.failed == 4, reasons
    assert "no such file or folder" in reasons and "no .html or .htm files" in reasons


def test_huge_page_is_refused(small_site: Path, settings: Settings) -> None:
    (small_site / "huge.html").write_bytes(b"<html><body><p>" + b"stor sida " * 5_500_000 + b"</p></body></html>")
    report = ingest([str(small_site)], replace(settings, max_page_bytes=50 * 1024 * 1024))
    assert report.new == 3 and report.failed == 1
    assert "MB limit" in report.failures[0].reason


def test_windows_1252_page(tmp_path: Path, settings: Settings) -> None:
    page = tmp_path / "latin.html"
    page.write_bytes(
        "<html><head><meta charset='windows-1252'><title>Väntetider på Sahlgrenska</title></head>"
        "<body><main><h1>Väntetider på Sahlgrenska</h1><p>Förseningen påverkar vårdcentralerna "
        "i Göteborg och Borås – enligt regionen.</p></main></body></html>".encode("cp1252")
    )
    assert ingest([str(page)], settings).new == 1
    with open_store(settings.db_path) as store:
        doc = store.get(str(page))
    assert doc.title == "Väntetider på Sahlgrenska"
    assert "Förseningen påverkar vårdcentralerna i Göteborg och Borås – enligt regionen." in doc.text


def test_lock_held_stops_second_ingest(small_site: Path, settings: Settings) -> None:
    with home_lock(settings.corpus_dir, timeout=1), pytest.raises(LockError):
        ingest([str(small_site)], settings)


def test_removed_index_is_rebuilt_on_next_ingest(small_site: Path, settings: Settings) -> None:
    ingest([str(small_site)], settings)
    import shutil

    shutil.rmtree(settings.index_dir)
    assert ingest([str(small_site)], settings).indexed == 3


def test_reindex(small_site: Path, settings: Settings) -> None:
    ingest([str(small_site)], settings)
    assert reindex(settings) == 3
    assert SearchIndex(settings.index_dir).search("journalsystemet").total == 2


def test_interrupted_before_indexing_is_finished_by_a_rerun(
    small_site: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(SearchIndex, "add", crash)
    with pytest.raises(KeyboardInterrupt):
        ingest([str(small_site)], settings)
    monkeypatch.undo()
    report = ingest([str(small_site)], settings)
    assert (report.new, report.unchanged, report.indexed) == (0, 3, 3)


def test_killed_ingest_resumes_without_duplicates(tmp_path: Path, write_page: WritePage) -> None:
    for n in range(150):
        write_page(f"sida-{n:03d}", title=f"Nyhet nummer {n}", folder="many",
                   body=f"<p>Text om införandet, del {n}.</p>" * 30)
    home = tmp_path / "killhome"
    command = [sys.executable, "-m", "fvmdocs.cli", "--home", str(home), "-q", "ingest", str(tmp_path / "many")]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])}
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    db = home / "corpus" / "fvmdocs.sqlite3"
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with sqlite3.connect(db) as conn:
                stored = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        except sqlite3.Error:
            stored = 0
        if stored >= 10:
            break
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert stored >= 10
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 150
        assert conn.execute("SELECT COUNT(*) FROM versions").fetchone()[0] == 150
        assert conn.execute(
            "SELECT COUNT(*) FROM documents WHERE indexed_version IS NOT current_version"
        ).fetchone()[0] == 0
    assert SearchIndex(home / "index").count() == 150


EXAMPLES = Path(__file__).parents[1] / "examples" / "site"


@pytest.fixture(scope="module")
def sample_home(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    from fvmdocs.settings import load_settings

    settings = load_settings(environ={}, home=tmp_path_factory.mktemp("sample"), quiet=True)
    report = ingest([str(EXAMPLES)], settings)
    assert report.failed == 0 and report.new == 15
    return settings


def test_listings_are_stored_but_not_indexed_or_analysed(sample_home: Settings) -> None:
    from fvmdocs.store.facts import load_facts

    with open_store(sample_home.db_path) as store:
        documents = store.documents()
        listings = [d for d in documents if d.kind == "listing"]
        assert sorted(Path(d.source).name for d in listings) == ["index-2.html", "index.html"]
        for listing in listings:
            facts = load_facts(store, listing.id)
            assert facts is not None and not facts.events and not facts.people
        assert store.stats()["not_indexed"] == 0
    assert SearchIndex(sample_home.index_dir).count() == 13


def test_search_facets_come_from_extracted_facts(sample_home: Settings) -> None:
    from fvmdocs.search.backend import SearchFilters

    index = SearchIndex(sample_home.index_dir)
    everyone = index.search("Millennium", limit=50)
    assert "Ann-Sofi Lodin" in everyone.facets["person"]
    assert "golive" in everyone.facets["type"]
    lodin = index.search("Millennium", limit=50, filters=SearchFilters(person=("Ann-Sofi Lodin",)))
    assert 0 < lodin.total < everyone.total
