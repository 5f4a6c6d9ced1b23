"""One writer per home: a lock file under ``corpus/`` held for the length of an ingest."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from fvmdocs.errors import LockError

LOCK_NAME = ".ingest.lock"


@contextmanager
def home_lock(corpus_dir: Path, *, timeout: float) -> Iterator[None]:
    """Hold the home's write lock, waiting up to ``timeout`` seconds for another run to end."""
    corpus_dir.mkdir(parents=True, exist_ok=True)
    path = corpus_dir / LOCK_NAME
    lock = FileLock(str(path))
    try:
        lock.acquire(timeout=timeout)
    except Timeout as exc:
        raise LockError(
            f"another fvmdocs ingest is writing to {corpus_dir.parent} (lock {path} still held "
            f"after {timeout:g} s); wait for it to finish or raise --lock-timeout"
        ) from exc
    try:
        yield
    finally:
        lock.release()
