"""One error hierarchy: the CLI turns these into a one-line ``Error: ...``."""

from __future__ import annotations


class FvmdocsError(Exception):
    """Base of every error fvmdocs reports to a user instead of a traceback."""


class ConfigError(FvmdocsError):
    """A settings file, environment variable or site profile is wrong."""


class SourceError(FvmdocsError):
    """One source (path, file, WARC, URL) could not be read; the others go on."""


class CleanError(FvmdocsError):
    """A page could be read but not turned into a document (binary, empty, too large)."""


class StoreError(FvmdocsError):
    """The SQLite store is missing, locked, corrupt or of an unknown schema."""


class LockError(StoreError):
    """Another ingest holds the home's lock."""


class NotFoundError(FvmdocsError):
    """A document, id or URL asked for is not in the store."""


class SearchIndexError(FvmdocsError):
    """The search index is missing or unusable (rebuild it with ``fvmdocs reindex``)."""


class ModelError(FvmdocsError):
    """The shipped spaCy pipeline is missing or cannot be loaded."""


class FetchError(SourceError):
    """A URL could not be fetched (network, HTTP status, robots.txt)."""
