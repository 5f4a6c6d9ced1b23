"""The ingest pipeline: read (or crawl) -> clean -> store -> index, one page at a time.

Each page is stored in its own transaction and the index catches up from the store at the
end, so an ingest killed halfway is finished by running it again: stored pages are
recognised as unchanged and whatever was not indexed yet is indexed then.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from fvmdocs.clean import clean_page
from fvmdocs.errors import CleanError, SourceError
from fvmdocs.models import IngestReport, RawPage, SourceFailure
from fvmdocs.profile import SiteProfile, builtin_profiles, load_profile, profile_for
from fvmdocs.read import HTML_SUFFIXES, is_url, read_source
from fvmdocs.search import SearchIndex
from fvmdocs.settings import Settings
from fvmdocs.store import Store, open_store
from fvmdocs.store.lock import home_lock

PageCallback = Callable[[str], None]


def site_profiles(settings: Settings) -> tuple[SiteProfile, ...]:
    """The user's profile (``--profile``) first, then the built-in ones."""
    user = (load_profile(Path(settings.profile)),) if settings.profile else ()
    return user + builtin_profiles()


def estimate_pages(sources: Sequence[str]) -> int | None:
    """How many pages the local sources hold, for a progress bar; None when unknown."""
    total = 0
    for source in sources:
        path = Path(source)
        if is_url(source) or not path.exists() or path.name.endswith((".warc", ".warc.gz")):
            return None
        if path.is_dir():
            total += sum(1 for p in path.rglob("*") if p.suffix.lower() in HTML_SUFFIXES)
        else:
            total += 1
    return total


def _pages(source: str, settings: Settings, store: Store) -> Iterator[RawPage | SourceFailure]:
    if is_url(source):
        raise SourceError(f"{source}: fetching URLs needs the crawler, which is not built yet")
    yield from read_source(source, max_bytes=settings.max_page_bytes)


def ingest(
    sources: Sequence[str],
    settings: Settings,
    *,
    on_page: PageCallback | None = None,
) -> IngestReport:
    """Ingest every source; per-source errors are counted in the report, never raised.

    Raises only for the run as a whole (the lock is held, the store is unusable).
    """
    profiles = site_profiles(settings)
    report = IngestReport()
    with home_lock(settings.corpus_dir, timeout=settings.lock_timeout):
        with open_store(settings.db_path) as store:
            for source in sources:
                try:
                    for item in _pages(source, settings, store):
                        _ingest_item(item, store, profiles, settings, report)
                        if on_page is not None:
                            on_page(item.source)
                except SourceError as exc:
                    _fail(store, report, SourceFailure(source, str(exc)))
            report.indexed = index_pending(store, settings)
    return report


def _ingest_item(
    item: RawPage | SourceFailure,
    store: Store,
    profiles: tuple[SiteProfile, ...],
    settings: Settings,
    report: IngestReport,
) -> None:
    if isinstance(item, SourceFailure):
        _fail(store, report, item)
        return
    raw_hash = hashlib.sha256(item.body).hexdigest()
    if store.source_hash(item.source) == raw_hash:
        store.touch_source(item.source)
        report.unchanged += 1
        return
    try:
        document = clean_page(item, profile_for(item.url, profiles), max_bytes=settings.max_page_bytes)
    except CleanError as exc:
        _fail(store, report, SourceFailure(item.source, str(exc)))
        return
    result = store.save(document, raw_hash=raw_hash)
    if result.status == "new":
        report.new += 1
    elif result.status == "changed":
        report.changed += 1
    else:
        report.unchanged += 1


def _fail(store: Store, report: IngestReport, failure: SourceFailure) -> None:
    report.failures.append(failure)
    store.record_failure(failure.source, failure.reason)


def index_pending(store: Store, settings: Settings) -> int:
    """Bring the index up to the store: index every document whose version it lacks."""
    index = SearchIndex(settings.index_dir)
    if not index.exists():
        store.forget_index()  # the index folder was removed: everything goes in again
    pending = store.pending_index()
    if not pending:
        return 0
    indexed = index.add(pending)
    store.mark_indexed(indexed)
    return len(indexed)


def reindex(settings: Settings) -> int:
    """Rebuild the whole index from the store; returns how many documents it holds."""
    with home_lock(settings.corpus_dir, timeout=settings.lock_timeout):
        with open_store(settings.db_path, create=False) as store:
            documents = store.documents()
            indexed = SearchIndex(settings.index_dir).rebuild(documents)
            store.forget_index()
            store.mark_indexed(indexed)
    return len(indexed)
