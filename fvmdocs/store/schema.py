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
