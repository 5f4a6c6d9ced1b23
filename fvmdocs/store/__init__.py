"""The store: SQLite under ``corpus/``, the source of truth for documents and their versions.

Every page is saved in its own transaction, so an ingest killed halfway leaves complete
pages behind and the next run carries on; the search index is rebuilt from here.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fvmdocs.errors import NotFoundError, StoreError
from fvmdocs.models import Block, Document
from fvmdocs.store.schema import SCHEMA_VERSION, migrate

__all__ = ["SCHEMA_VERSION", "SaveResult", "Store", "StoredDocument", "document_id", "open_store"]


def document_id(url: str) -> str:
    """A short id that stays the same for a URL across stores and rebuilds."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:12]


def content_hash(doc: Document) -> str:
    """What makes two versions of a page the same: the clean content, not the raw bytes."""
    parts = [doc.title, doc.published or "", doc.updated or "", doc.text]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def now_iso() -> str:
    """The current UTC time to the second, as stored in every timestamp column."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class StoredDocument:
    """A document as stored: its current version plus bookkeeping."""

    id: str
    url: str
    title: str
    published: str | None
    updated: str | None
    language: str | None
    canonical_url: str | None
    site: str | None
    source: str
    text: str
    blocks: tuple[Block, ...]
    version: int
    version_id: int
    first_seen: str
    last_seen: str
    kind: str = "article"


@dataclass(frozen=True)
class SaveResult:
    """What saving a page did: ``new``, ``changed`` or ``unchanged``."""

    status: str
    document_id: str
    version: int


_DOC_COLUMNS = """
    d.id, d.url, v.title, v.published, v.updated, v.language, v.canonical_url, v.site,
    v.source, v.text, v.blocks, v.number, v.id, d.first_seen, d.last_seen, v.kind
"""


def _row_to_document(row: sqlite3.Row) -> StoredDocument:
    blocks = tuple(Block(**block) for block in json.loads(row[10]))
    return StoredDocument(
        id=row[0], url=row[1], title=row[2], published=row[3], updated=row[4], language=row[5],
        canonical_url=row[6], site=row[7], source=row[8], text=row[9], blocks=blocks,
        version=row[11], version_id=row[12], first_seen=row[13], last_seen=row[14], kind=row[15],
    )


class Store:
    """Documents, versions, sources and failures in one SQLite file."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    # -- reading -----------------------------------------------------------------

    def get(self, ref: str) -> StoredDocument:
        """A document by id, URL, canonical URL, or the source it was ingested from."""
        query = f"SELECT {_DOC_COLUMNS} FROM documents d JOIN versions v ON v.document_id = d.id AND v.number = d.current_version"
        for where, value in (
            ("d.id = ?", ref),
            ("d.url = ?", ref),
            ("d.id IN (SELECT document_id FROM sources WHERE source = ?)", ref),
            ("d.id IN (SELECT document_id FROM sources WHERE source = ?)", _as_path(ref)),
            ("d.id IN (SELECT document_id FROM versions WHERE canonical_url = ?)", ref),
        ):
            row = self.conn.execute(f"{query} WHERE {where}", (value,)).fetchone()
            if row is not None:
                return _row_to_document(row)
        raise NotFoundError(f"no document {ref!r} in the store (try 'fvmdocs list')")

    def documents(self) -> list[StoredDocument]:
        """Every document at its current version, newest publication first."""
        rows = self.conn.execute(
            f"SELECT {_DOC_COLUMNS} FROM documents d JOIN versions v "
            "ON v.document_id = d.id AND v.number = d.current_version "
            "ORDER BY v.published DESC NULLS LAST, d.url"
        )
        return [_row_to_document(row) for row in rows]

    def versions(self, doc_id: str) -> list[dict[str, Any]]:
        """The version history of one document, oldest first."""
        rows = self.conn.execute(
            "SELECT number, content_hash, title, source, created FROM versions "
            "WHERE document_id = ? ORDER BY number",
            (doc_id,),
        )
        keys = ("version", "content_hash", "title", "source", "created")
        return [dict(zip(keys, row, strict=True)) for row in rows]

    def pending_index(self) -> list[StoredDocument]:
        """Documents whose current version is not yet in the search index."""
        rows = self.conn.execute(
            f"SELECT {_DOC_COLUMNS} FROM documents d JOIN versions v "
            "ON v.document_id = d.id AND v.number = d.current_version "
            "WHERE d.indexed_version IS NOT d.current_version ORDER BY d.id"
        )
        return [_row_to_document(row) for row in rows]

    def source_hash(self, source: str) -> str | None:
        """The raw hash last seen for a source, to skip unchanged input without cleaning it."""
        row = self.conn.execute("SELECT raw_hash FROM sources WHERE source = ?", (source,)).fetchone()
        return None if row is None else str(row[0])

    def stats(self) -> dict[str, Any]:
        """Counts for ``fvmdocs stats``."""

        def count(sql: str) -> int:
            return int(self.conn.execute(sql).fetchone()[0])

        return {
            "documents": count("SELECT COUNT(*) FROM documents"),
            "versions": count("SELECT COUNT(*) FROM versions"),
            "sources": count("SELECT COUNT(*) FROM sources"),
            "failures": count("SELECT COUNT(*) FROM failures"),
            "not_indexed": count(
                "SELECT COUNT(*) FROM documents WHERE indexed_version IS NOT current_version"
            ),
            "schema_version": int(self.conn.execute("PRAGMA user_version").fetchone()[0]),
            "path": str(self.path),
        }

    def failures(self, limit: int = 50) -> list[dict[str, str]]:
        """The most recent per-source errors."""
        rows = self.conn.execute(
            "SELECT source, reason, at FROM failures ORDER BY id DESC LIMIT ?", (limit,)
        )
        return [{"source": s, "reason": r, "at": a} for s, r, a in rows]

    # -- writing -----------------------------------------------------------------

    def save(self, doc: Document, *, raw_hash: str) -> SaveResult:
        """Save a cleaned page: a new document, a new version, or nothing new."""
        doc_id = document_id(doc.url)
        digest = content_hash(doc)
        now = now_iso()
        with self.conn:
            row = self.conn.execute(
                "SELECT d.current_version, v.content_hash FROM documents d JOIN versions v "
                "ON v.document_id = d.id AND v.number = d.current_version WHERE d.id = ?",
                (doc_id,),
            ).fetchone()
            if row is not None and row[1] == digest:
                self.conn.execute("UPDATE documents SET last_seen = ? WHERE id = ?", (now, doc_id))
                self._remember_source(doc.source, raw_hash, doc_id, now)
                return SaveResult("unchanged", doc_id, int(row[0]))
            number = 1 if row is None else int(row[0]) + 1
            if row is None:
                self.conn.execute(
                    "INSERT INTO documents (id, url, current_version, first_seen, last_seen) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (doc_id, doc.url, number, now, now),
                )
            else:
                self.conn.execute(
                    "UPDATE documents SET current_version = ?, last_seen = ? WHERE id = ?",
                    (number, now, doc_id),
                )
            self._insert_version(doc, doc_id, number, digest, now)
            self._remember_source(doc.source, raw_hash, doc_id, now)
        return SaveResult("new" if row is None else "changed", doc_id, number)

    def _insert_version(self, doc: Document, doc_id: str, number: int, digest: str, now: str) -> None:
        blocks = json.dumps(
            [{"kind": b.kind, "text": b.text, "level": b.level} for b in doc.blocks],
            ensure_ascii=False,
        )
        self.conn.execute(
            "INSERT INTO versions (document_id, number, content_hash, title, published, updated, "
            "language, canonical_url, site, source, text, blocks, created, kind) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc_id, number, digest, doc.title, doc.published, doc.updated, doc.language,
                doc.canonical_url, doc.site, doc.source, doc.text, blocks, now, doc.kind,
            ),
        )

    def _remember_source(self, source: str, raw_hash: str, doc_id: str | None, now: str) -> None:
        self.conn.execute(
            "INSERT INTO sources (source, raw_hash, document_id, seen) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (source) DO UPDATE SET raw_hash = excluded.raw_hash, "
            "document_id = excluded.document_id, seen = excluded.seen",
            (source, raw_hash, doc_id, now),
        )

    def touch_source(self, source: str) -> None:
        """Mark an unchanged source and its document as seen now."""
        now = now_iso()
        with self.conn:
            self.conn.execute("UPDATE sources SET seen = ? WHERE source = ?", (now, source))
            self.conn.execute(
                "UPDATE documents SET last_seen = ? WHERE id = "
                "(SELECT document_id FROM sources WHERE source = ?)",
                (now, source),
            )

    def record_failure(self, source: str, reason: str) -> None:
        """Keep a per-source error for ``fvmdocs stats``."""
        with self.conn:
            self.conn.execute(
                "INSERT INTO failures (source, reason, at) VALUES (?, ?, ?)", (source, reason, now_iso())
            )

    def mark_indexed(self, versions: dict[str, int]) -> None:
        """Remember which version of each document the index now holds."""
        with self.conn:
            self.conn.executemany(
                "UPDATE documents SET indexed_version = ? WHERE id = ?",
                [(number, doc_id) for doc_id, number in versions.items()],
            )

    def forget_index(self, doc_ids: Sequence[str] | None = None) -> None:
        """Mark documents (all by default) as not indexed, so the next step indexes them again."""
        with self.conn:
            if doc_ids is None:
                self.conn.execute("UPDATE documents SET indexed_version = NULL")
            else:
                self.conn.executemany(
                    "UPDATE documents SET indexed_version = NULL WHERE id = ?",
                    [(doc_id,) for doc_id in doc_ids],
                )


def _as_path(ref: str) -> str:
    try:
        return str(Path(ref).resolve())
    except (OSError, ValueError):
        return ref


@contextmanager
def open_store(path: Path, *, create: bool = True) -> Iterator[Store]:
    """Open (and migrate) the store at ``path``; ``create=False`` fails if it is missing."""
    if not path.exists() and not create:
        raise StoreError(f"no store at {path}: run 'fvmdocs ingest' first")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=30, isolation_level="DEFERRED")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open the store at {path}: {exc}") from exc
    except OSError as exc:
        raise StoreError(f"cannot create the store at {path}: {exc.strerror}") from exc
    try:
        yield Store(conn, path)
    finally:
        conn.close()
