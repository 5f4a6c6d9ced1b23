"""Crawl state in the store's SQLite file: runs, their frontier, validators, the fetch log.

A *run* is one crawl of one plan (start URLs and scope) until its frontier is empty. A run
that stops before that (Ctrl-C, a kill, ``--max-pages``) stays open, and the next crawl of
the same plan resumes it: URLs it finished are not fetched again. Once a run is finished,
the next crawl of the plan starts a new run, which fetches every page again, conditionally
(``If-None-Match`` / ``If-Modified-Since`` from ``crawl_urls``).

Tables (schema migration 2): ``crawl_runs``, ``crawl_queue`` (one row per URL and run,
``queued | done | failed | skipped``), ``crawl_urls`` (per URL across runs: validators,
last status, links found last time), ``crawl_log`` (every HTTP attempt) and
``crawl_resources`` (PDFs, images and other non-HTML links, recorded, never parsed).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from fvmdocs.store import now_iso

QUEUED, DONE, FAILED, SKIPPED = "queued", "done", "failed", "skipped"
PAGE, SITEMAP = "page", "sitemap"



@dataclass(frozen=True)
class QueueItem:
    """One URL waiting in the frontier."""

    url: str
    kind: str
    depth: int
    found_on: str | None = None


@dataclass(frozen=True)
class UrlState:
    """What the last fetch of a URL left behind, for the next, conditional one."""

    etag: str | None = None
    last_modified: str | None = None
    last_status: int | None = None
    fetched_at: str | None = None
    outlinks: tuple[tuple[str, str], ...] = ()


class Frontier:
    """The queue of one run, backed by ``crawl_queue``; each change is its own transaction."""

    def __init__(self, conn: sqlite3.Connection, run_id: int, *, resumed: bool) -> None:
        self.conn = conn
        self.run_id = run_id
        self.resumed = resumed

    @classmethod
    def open(cls, conn: sqlite3.Connection, plan: str) -> Frontier:
        """Resume the unfinished run of ``plan``, or start a new one."""
        with conn:
            row = conn.execute(
                "SELECT id FROM crawl_runs WHERE plan = ? AND finished IS NULL ORDER BY id DESC LIMIT 1",
                (plan,),
            ).fetchone()
            if row is not None:
                conn.execute("UPDATE crawl_runs SET stopped = NULL WHERE id = ?", (row[0],))
                return cls(conn, int(row[0]), resumed=True)
            cursor = conn.execute(
                "INSERT INTO crawl_runs (plan, started) VALUES (?, ?)", (plan, now_iso())
            )
        return cls(conn, int(cursor.lastrowid or 0), resumed=False)

    # -- the queue ----------------------------------------------------------------

    def add(self, items: Iterable[QueueItem]) -> int:
        """Queue URLs not yet seen in this run; returns how many were new."""
        rows = [(self.run_id, i.url, i.kind, i.depth, i.found_on) for i in items]
        if not rows:
            return 0
        with self.conn:
            before = self.conn.total_changes
            self.conn.executemany(
                "INSERT OR IGNORE INTO crawl_queue (run_id, url, kind, depth, found_on) "
                "VALUES (?, ?, ?, ?, ?)",
                rows,
            )
            return self.conn.total_changes - before

    def next(self) -> QueueItem | None:
        """The oldest queued URL (breadth first), or None when the run has nothing left."""
        row = self.conn.execute(
            "SELECT url, kind, depth, found_on FROM crawl_queue "
            "WHERE run_id = ? AND status = ? ORDER BY id LIMIT 1",
            (self.run_id, QUEUED),
        ).fetchone()
        return None if row is None else QueueItem(*row)

    def claim(self, url: str, depth: int, found_on: str | None = None) -> bool:
        """Take a redirect's target into this run; False when the run already finished it."""
        self.add([QueueItem(url, PAGE, depth, found_on)])
        row = self.conn.execute(
            "SELECT status FROM crawl_queue WHERE run_id = ? AND url = ?", (self.run_id, url)
        ).fetchone()
        return row is not None and row[0] == QUEUED

    def finish(self, url: str, status: str, note: str | None = None) -> None:
        """Mark a URL done, failed or skipped in this run."""
        with self.conn:
            self.conn.execute(
                "UPDATE crawl_queue SET status = ?, note = ? WHERE run_id = ? AND url = ?",
                (status, note, self.run_id, url),
            )

    def pages_fetched(self) -> int:
        """Pages this run has finished fetching (done or failed), for ``--max-pages``."""
        row = self.conn.execute(
            "SELECT COUNT(*) FROM crawl_queue WHERE run_id = ? AND kind = ? AND status IN (?, ?)",
            (self.run_id, PAGE, DONE, FAILED),
        ).fetchone()
        return int(row[0])

    def close(self, *, finished: bool, stopped: str | None = None) -> None:
        """End this session of the run: finished when the frontier ran dry."""
        with self.conn:
            self.conn.execute(
                "UPDATE crawl_runs SET finished = ?, stopped = ? WHERE id = ?",
                (now_iso() if finished else None, stopped, self.run_id),
            )

    # -- per-URL state across runs ----------------------------------------------------

    def state(self, url: str) -> UrlState:
        row = self.conn.execute(
            "SELECT etag, last_modified, last_status, fetched_at, outlinks FROM crawl_urls "
            "WHERE url = ?",
            (url,),
        ).fetchone()
        if row is None:
            return UrlState()
        links = tuple((u, k) for u, k in json.loads(row[4])) if row[4] else ()
        return UrlState(row[0], row[1], row[2], row[3], links)

    def remember(
        self,
        url: str,
        *,
        status: int | None,
        fetched_at: str,
        etag: str | None = None,
        last_modified: str | None = None,
        error: str | None = None,
        outlinks: list[tuple[str, str]] | None = None,
    ) -> None:
        """Keep a fetch's outcome; validators and links survive a 304 or an error."""
        links = None if outlinks is None else json.dumps(outlinks)
        with self.conn:
            self.conn.execute(
                "INSERT INTO crawl_urls (url, etag, last_modified, last_status, fetched_at, error, outlinks) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET "
                "etag = COALESCE(excluded.etag, etag), "
                "last_modified = COALESCE(excluded.last_modified, last_modified), "
                "last_status = excluded.last_status, fetched_at = excluded.fetched_at, "
                "error = excluded.error, outlinks = COALESCE(excluded.outlinks, outlinks)",
                (url, etag, last_modified, status, fetched_at, error, links),
            )

    # -- the log and resources --------------------------------------------------------

    def log(self, url: str, *, status: int | None, at: str, size: int, error: str | None) -> None:
        """One HTTP attempt, for ``fvmdocs crawl-log``."""
        with self.conn:
            self.conn.execute(
                "INSERT INTO crawl_log (run_id, url, status, at, bytes, error) VALUES (?, ?, ?, ?, ?, ?)",
                (self.run_id, url, status, at, size, error),
            )

    def add_resources(self, resources: Iterable[tuple[str, str | None, str | None]]) -> None:
        """Record non-HTML links as (url, content type, found on)."""
        now = now_iso()
        rows = [(url, ctype, found_on, now, now) for url, ctype, found_on in resources]
        if not rows:
            return
        with self.conn:
            self.conn.executemany(
                "INSERT INTO crawl_resources (url, content_type, found_on, first_seen, last_seen) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET "
                "content_type = COALESCE(excluded.content_type, content_type), "
                "last_seen = excluded.last_seen",
                rows,
            )


def crawl_log(conn: sqlite3.Connection, limit: int = 50) -> list[dict[str, Any]]:
    """The most recent fetches, newest first: url, status, when, bytes, error."""
    rows = conn.execute(
        "SELECT url, status, at, bytes, error, run_id FROM crawl_log ORDER BY id DESC LIMIT ?",
        (limit,),
    )
    keys = ("url", "status", "at", "bytes", "error", "run")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def crawl_figures(conn: sqlite3.Connection) -> dict[str, int]:
    """Crawl counts for ``fvmdocs stats``."""
    row = conn.execute(
        "SELECT COUNT(*), "
        "COALESCE(SUM(status BETWEEN 200 AND 299), 0), "
        "COALESCE(SUM(status = 304), 0), "
        "COALESCE(SUM(error IS NOT NULL OR status >= 400), 0) FROM crawl_log"
    ).fetchone()
    runs = conn.execute("SELECT COUNT(*) FROM crawl_runs").fetchone()[0]
    resources = conn.execute("SELECT COUNT(*) FROM crawl_resources").fetchone()[0]
    return {
        "crawl_requests": int(row[0]),
        "crawl_fetched": int(row[1]),
        "crawl_not_modified": int(row[2]),
        "crawl_errors": int(row[3]),
        "crawl_runs": int(runs),
        "crawl_resources": int(resources),
    }
