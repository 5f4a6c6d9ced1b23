"""A crawl killed halfway continues from its stored frontier and fetches no finished page again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from crawl.fixture_site import ARTICLES, FixtureSite

from fvmdocs.ingest import ingest
from fvmdocs.settings import Settings
from fvmdocs.store import open_store

ARTICLE_PATHS = {a.path for a in ARTICLES}


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT], ids=["kill", "ctrl-c"])
def test_killed_crawl_resumes(site: FixtureSite, crawl_settings: Settings, how: signal.Signals) -> None:
    site.traps = False
    site.block_after = 3  # the fourth article request hangs until the crawler is killed
    start = f"{site.base}/nyheter/"
    env = {
        **os.environ,
        "FVMDOCS_HOME": str(crawl_settings.home),
        "FVMDOCS_DELAY": "0.01",
        "FVMDOCS_RETRIES": "0",
        "FVMDOCS_QUIET": "1",
    }
    crawler = subprocess.Popen(
        [sys.executable, "-m", "fvmdocs.cli", "ingest", start],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        assert site.blocked.wait(60), crawler.stderr.read() if crawler.stderr else ""
        crawler.send_signal(how)
        crawler.wait(30)
    finally:
        crawler.kill()
        site.release.set()
    assert crawler.returncode != 0

    first = site.paths()
    in_progress = [p for p in first if p in ARTICLE_PATHS][-1]
    finished = set(first) - {"/robots.txt", in_progress}
    with open_store(crawl_settings.db_path) as store:
        stored = {d.url.removeprefix(site.base) for d in store.documents()}
        stopped = store.conn.execute("SELECT finished, stopped FROM crawl_runs").fetchall()
    assert stored == {p for p in finished if p.startswith("/nyheter/")}
    assert stopped == [(None, "interrupted" if how == signal.SIGINT else None)]

    site.reset()
    site.block_after = None
    report = ingest([start], crawl_settings)
    second = site.paths()
    assert second[0] == "/robots.txt" and in_progress in second
    assert not set(second) & finished  # nothing finished before the kill is fetched again
    assert report.failed == 0 and len(stored) + report.new == 11
    with open_store(crawl_settings.db_path) as store:
        assert store.stats()["versions"] == store.stats()["documents"] == 11
        assert store.conn.execute("SELECT COUNT(*) FROM crawl_runs").fetchone()[0] == 1
    # Two sessions of one run: two WARC files, each readable on its own.
    assert len(list(Path(crawl_settings.warc_dir).glob("*.warc.gz"))) == 2
