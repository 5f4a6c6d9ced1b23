"""The sample site ingested once per session, with facts in its store, and golden-file helpers.

Two homes: ``gold_home`` holds the facts of ``examples/gold`` (saved into the store, so the
timeline is read back through ``fvmdocs.store.facts`` like any other run) and gives golden files
that do not move when the extractor changes; ``sample_home`` holds whatever ``ingest`` extracted
itself (no facts when the spaCy model is not built).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from timeline.gold_facts import gold_facts

from fvmdocs.extract.facts import DocumentFacts
from fvmdocs.ingest import ingest
from fvmdocs.settings import Settings
from fvmdocs.store import open_store
from fvmdocs.store.facts import all_facts, save_facts
from fvmdocs.timeline import Timeline
from fvmdocs.timeline.load import timeline_from_store

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "examples" / "site"
GOLDEN = Path(__file__).parent / "golden"
GENERATED = "2026-01-01T00:00:00+00:00"


def _ingested(tmp: Path) -> Settings:
    settings = Settings(home=tmp, quiet=True)
    report = ingest([str(SITE)], settings)
    assert report.failed == 0, report.failures
    return settings


@pytest.fixture(scope="session")
def sample_home(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """examples/site ingested by the real pipeline (extraction included when it can run)."""
    return _ingested(tmp_path_factory.mktemp("sample"))


@pytest.fixture(scope="session")
def gold_home(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """examples/site ingested, its facts replaced by those of the gold annotations."""
    settings = _ingested(tmp_path_factory.mktemp("gold"))
    with open_store(settings.db_path) as store:
        documents = store.documents()
        gold = {facts.doc_id: facts for facts in gold_facts(documents)}
        for doc in documents:  # pages without gold (the listings) get no facts at all
            save_facts(store, gold.get(doc.id) or DocumentFacts(doc.id, doc.version, doc.published))
    return settings


@pytest.fixture(scope="session")
def gold_timeline(gold_home: Settings) -> Timeline:
    return timeline_from_store(gold_home)


@pytest.fixture(scope="session")
def extracted_facts(sample_home: Settings) -> int:
    """How many documents the real extraction analysed."""
    with open_store(sample_home.db_path, create=False) as store:
        return len(all_facts(store))


def check_golden(name: str, text: str) -> None:
    """Compare with ``golden/<name>``; ``UPDATE_GOLDEN=1`` writes it instead (see README.md)."""
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    assert path.exists(), f"no golden file {path}; run UPDATE_GOLDEN=1 pytest tests/timeline"
    expected = path.read_text(encoding="utf-8")
    assert text == expected, f"{name} differs from its golden file; if on purpose: UPDATE_GOLDEN=1"


CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
)  # fmt: skip


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's chromium; installed with apt-get when running as root, else skipped."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["apt-get", "install", "-y", "chromium"], capture_output=True, timeout=600, check=False)
        found = shutil.which("chromium")
    if found is None:
        pytest.skip("headless chromium is not installed (apt-get install -y chromium)")
    return found
