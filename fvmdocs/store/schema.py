"""The SQLite schema as an ordered list of migrations; ``PRAGMA user_version`` says how far."""

from __future__ import annotations

import sqlite3

from fvmdocs.errors import StoreError

# Append only: each entry moves the schema from version i to i + 1.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        current_version INTEGER NOT NULL,
        indexed_version INTEGER,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL
    );
    CREATE TABLE versions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id TEXT NOT NULL REFERENCES documents(id),
        number INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        title TEXT NOT NULL,
        published TEXT,
        updated TEXT,
        language TEXT,
        canonical_url TEXT,
        site TEXT,
        source TEXT NOT NULL,
        text TEXT NOT NULL,
        blocks TEXT NOT NULL,
        created TEXT NOT NULL,
        UNIQUE (document_id, number)
    );
    CREATE TABLE sources (
        source TEXT PRIMARY KEY,
        raw_hash TEXT NOT NULL,
        document_id TEXT REFERENCES documents(id),
        seen TEXT NOT NULL
    );
    CREATE TABLE failures (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        source TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE INDEX versions_by_document ON versions (document_id, number);
    """,
    # 2: crawl state (fvmdocs/crawl/frontier.py): runs, their frontier, per-URL validators,
    # a log of every fetch, and non-HTML resources found on pages.
    """
    CREATE TABLE crawl_runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        plan TEXT NOT NULL,
        started TEXT NOT NULL,
        finished TEXT,
        stopped TEXT
    );
    CREATE INDEX crawl_runs_by_plan ON crawl_runs (plan, finished);
    CREATE TABLE crawl_queue (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        run_id INTEGER NOT NULL REFERENCES crawl_runs(id),
        url TEXT NOT NULL,
        kind TEXT NOT NULL,
        depth INTEGER NOT NULL,
        found_on TEXT,
        status TEXT NOT NULL DEFAULT 'queued',
        note TEXT,
        UNIQUE (run_id, url)
    );
    CREATE INDEX crawl_queue_next ON crawl_queue (run_id, status);
    CREATE TABLE crawl_urls (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        last_status INTEGER,
        fetched_at TEXT,
        error TEXT,
        outlinks TEXT
    );
    CREATE TABLE crawl_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        run_id INTEGER,
        url TEXT NOT NULL,
        status INTEGER,
        at TEXT NOT NULL,
        bytes INTEGER NOT NULL DEFAULT 0,
        error TEXT
    );
    CREATE TABLE crawl_resources (
        url TEXT PRIMARY KEY,
        content_type TEXT,
        found_on TEXT,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL
    );
    """,
    # 3: facts extracted from each document version (fvmdocs.store.facts): one row per fact, its
    # JSON payload, and the sentence it was read from; ``analyses`` says which extractor
    # version analysed which document version, so stale documents are found by one query.
    """
    CREATE TABLE analyses (
        document_id TEXT PRIMARY KEY REFERENCES documents(id),
        version INTEGER NOT NULL,
        extractor_version INTEGER NOT NULL,
        analysed TEXT NOT NULL
    );
    CREATE TABLE facts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id TEXT NOT NULL REFERENCES documents(id),
        version INTEGER NOT NULL,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        sentence TEXT,
        start INTEGER,
        "end" INTEGER
    );
    CREATE INDEX facts_by_document ON facts (document_id, kind);
    CREATE INDEX facts_by_kind ON facts (kind);
    """,
    # 4: what kind of page a version is: an "article", or a "listing" of teasers, which is
    # kept for its links but neither analysed nor indexed.
    """
    ALTER TABLE versions ADD COLUMN kind TEXT NOT NULL DEFAULT 'article';
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database up to ``SCHEMA_VERSION``; returns the version it started at."""
    found = conn.execute("PRAGMA user_version").fetchone()[0]
    if found > SCHEMA_VERSION:
        raise StoreError(
            f"the store has schema version {found}, newer than this fvmdocs knows "
            f"({SCHEMA_VERSION}); upgrade fvmdocs"
        )
    for number in range(found, SCHEMA_VERSION):
        script = f"BEGIN; {MIGRATIONS[number]}; PRAGMA user_version = {number + 1}; COMMIT;"
        try:
            conn.executescript(script)
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.rollback()
            raise StoreError(f"migration to schema version {number + 1} failed: {exc}") from exc
    return int(found)
