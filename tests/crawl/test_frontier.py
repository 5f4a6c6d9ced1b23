"""Crawl state in SQLite: runs resume, URLs queue once per run, validators survive a 304."""

from __future__ import annotations

from pathlib import Path

from fvmdocs.crawl.frontier import DONE, PAGE, QUEUED, Frontier, QueueItem, crawl_figures, crawl_log
from fvmdocs.store import open_store

NEWS = "https://www.vgregion.se/ov/vgr-millennium/nyheter/"


def test_queue_is_fifo_and_unique_per_run(tmp_path: Path) -> None:
    with open_store(tmp_path / "db.sqlite3") as store:
        frontier = Frontier.open(store.conn, "plan")
        assert not frontier.resumed
        assert frontier.add([QueueItem(NEWS, PAGE, 0), QueueItem(NEWS + "a/", PAGE, 1)]) == 2
        assert frontier.add([QueueItem(NEWS, PAGE, 3)]) == 0
        assert frontier.next() == QueueItem(NEWS, PAGE, 0)
        frontier.finish(NEWS, DONE)
        assert frontier.next() == QueueItem(NEWS + "a/", PAGE, 1)
        assert not frontier.claim(NEWS, 0)  # finished in this run already
        assert frontier.claim(NEWS + "b/", 1)
        assert frontier.pages_fetched() == 1


def test_unfinished_run_resumes_and_finished_run_starts_anew(tmp_path: Path) -> None:
    with open_store(tmp_path / "db.sqlite3") as store:
        first = Frontier.open(store.conn, "plan")
        first.add([QueueItem(NEWS, PAGE, 0)])
        first.close(finished=False, stopped="interrupted")
        again = Frontier.open(store.conn, "plan")
        assert again.resumed and again.run_id == first.run_id
        assert Frontier.open(store.conn, "another plan").run_id != first.run_id
        again.finish(NEWS, DONE)
        again.close(finished=True)
        fresh = Frontier.open(store.conn, "plan")
        assert not fresh.resumed and fresh.run_id != first.run_id
        fresh.add([QueueItem(NEWS, PAGE, 0)])  # a new run queues the URL again
        row = store.conn.execute(
            "SELECT status FROM crawl_queue WHERE run_id = ? AND url = ?", (fresh.run_id, NEWS)
        ).fetchone()
        assert row == (QUEUED,)


def test_validators_and_links_survive_a_304(tmp_path: Path) -> None:
    with open_store(tmp_path / "db.sqlite3") as store:
        frontier = Frontier.open(store.conn, "plan")
        frontier.remember(NEWS, status=200, fetched_at="t1", etag='"v1"',
                          last_modified="Mon, 18 Nov 2024 08:00:00 GMT", outlinks=[(NEWS + "a/", "page")])
        frontier.remember(NEWS, status=304, fetched_at="t2")
        state = frontier.state(NEWS)
        assert (state.etag, state.last_status, state.fetched_at) == ('"v1"', 304, "t2")
        assert state.last_modified == "Mon, 18 Nov 2024 08:00:00 GMT"
        assert state.outlinks == ((NEWS + "a/", "page"),)


def test_log_and_figures(tmp_path: Path) -> None:
    with open_store(tmp_path / "db.sqlite3") as store:
        frontier = Frontier.open(store.conn, "plan")
        frontier.log(NEWS, status=200, at="t1", size=5120, error=None)
        frontier.log(NEWS + "a/", status=304, at="t2", size=0, error=None)
        frontier.log(NEWS + "b/", status=None, at="t3", size=0, error="timed out after 20 s")
        frontier.add_resources([(NEWS + "rapport.pdf", "application/pdf", NEWS)])
        log = crawl_log(store.conn, limit=2)
        figures = crawl_figures(store.conn)
    assert [entry["url"] for entry in log] == [NEWS + "b/", NEWS + "a/"]
    assert log[0]["error"] == "timed out after 20 s" and log[1]["status"] == 304
    assert figures == {"crawl_requests": 3, "crawl_fetched": 1, "crawl_not_modified": 1,
                       "crawl_errors": 1, "crawl_runs": 1, "crawl_resources": 1}
