"""A writer that dies (an exception, SIGKILL) leaves a searchable index; the next run catches up."""

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from fvmdocs.ingest import index_pending, ingest
from fvmdocs.search import SearchIndex
from fvmdocs.search import index as index_module
from fvmdocs.settings import Settings
from fvmdocs.store import open_store


def test_exception_inside_the_writer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from fvmdocs.search.evaluate import DEFAULT_DOCS, load_documents

    docs, _ = load_documents(DEFAULT_DOCS)
    search_index = SearchIndex(tmp_path)
    search_index.add(docs[:5])
    real = index_module._fields
    calls = 0

    def failing(*args: object) -> dict[str, object]:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise RuntimeError("disk on fire")
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(index_module, "_fields", failing)
    with pytest.raises(RuntimeError):
        search_index.add(docs[5:])
    monkeypatch.setattr(index_module, "_fields", real)
    assert search_index.count() == 5
    assert search_index.search("tidplan").total >= 1
    assert search_index.add(docs[5:]) and search_index.count() == 30


KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from fvmdocs.search import SearchIndex
    from fvmdocs.store import open_store

    def killed_midway(docs):
        for number, doc in enumerate(docs):
            if number == 2:
                os.kill(os.getpid(), signal.SIGKILL)
            yield doc

    with open_store(Path(sys.argv[1])) as store:
        SearchIndex(Path(sys.argv[2])).add(killed_midway(store.pending_index()))
    """
)


def test_killed_writer_then_next_ingest_catches_up(settings: Settings, small_site: Path) -> None:
    assert ingest([str(small_site)], settings).indexed == 3
    with open_store(settings.db_path) as store:
        store.forget_index()  # as if all three had new versions waiting
    done = subprocess.run(
        [sys.executable, "-c", KILLER, str(settings.db_path), str(settings.index_dir)],
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        timeout=60,
    )
    assert done.returncode == -signal.SIGKILL
    search_index = SearchIndex(settings.index_dir)
    assert search_index.count() == 3
    assert search_index.search("journalsystemet").total == 2
    with open_store(settings.db_path) as store:
        assert len(store.pending_index()) == 3
        assert index_pending(store, settings) == 3
        assert store.pending_index() == []
    assert search_index.count() == 3 and search_index.search("Cerner").total == 1
