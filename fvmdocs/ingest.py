"""The ingest pipeline: read (or crawl) -> clean -> store -> index, one page at a time.

Each page is stored in its own transaction and the index catches up from the store at the
end, so an ingest killed halfway is finished by running it again: stored pages are
recognised as unchanged and whatever was not indexed yet is indexed then.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from fvmdocs.clean import clean_page
from fvmdocs.crawl import CrawlPlan, crawl
from fvmdocs.errors import CleanError, SourceError
from fvmdocs.models import IngestReport, RawPage, SourceFailure
from fvmdocs.profile import (
    SiteProfile,
    builtin_profile,
    builtin_profiles,
    load_profile,
    profile_for,
)
from fvmdocs.read import HTML_SUFFIXES, is_url, read_source
from fvmdocs.search import SearchIndex
from fvmdocs.search.backend import DocumentFacets
from fvmdocs.settings import Settings
from fvmdocs.store import Store, open_store
from fvmdocs.store.lock import home_lock

PageCallback = Callable[[str], None]
log = logging.getLogger(__name__)


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


def crawl_plans(
    sources: Sequence[str], settings: Settings, scope: Sequence[str] = ()
) -> list[str | CrawlPlan]:
    """Local sources one by one; all URLs as one crawl, where the first URL stood.

    With no source at all, the crawl of the site profile (``--profile``, else vgregion).
    A URL's own site profile lends the crawl its exclusions and pagination selectors.
    """
    if not sources:
        profile = load_profile(Path(settings.profile)) if settings.profile else builtin_profile()
        plan = CrawlPlan.from_profile(profile)
        return [CrawlPlan(plan.start_urls, tuple(scope) or plan.scope, plan.exclude,
                          plan.sitemaps, plan.pagination)]
    urls = tuple(s for s in sources if is_url(s))
    jobs: list[str | CrawlPlan] = [s for s in sources if not is_url(s)]
    if urls:
        site = profile_for(urls[0], site_profiles(settings))
        rules = site.crawl if site else None
        plan = CrawlPlan(
            urls,
            tuple(scope),
            rules.exclude if rules else (),
            (),
            rules.pagination if rules else (),
        )
        jobs.insert(next(i for i, s in enumerate(sources) if is_url(s)), plan)
    return jobs


def _pages(
    source: str | CrawlPlan, settings: Settings, store: Store
) -> Iterator[RawPage | SourceFailure]:
    if isinstance(source, CrawlPlan):
        yield from crawl(source, settings, store)
        return
    yield from read_source(source, max_bytes=settings.max_page_bytes)


def ingest(
    sources: Sequence[str],
    settings: Settings,
    *,
    on_page: PageCallback | None = None,
    scope: Sequence[str] = (),
) -> IngestReport:
    """Ingest every source; per-source errors are counted in the report, never raised.

    URLs are crawled together within their hosts (or the ``scope`` prefixes); no source
    at all crawls the site profile. Raises only for the run as a whole (the lock is held,
    the store is unusable).
    """
    profiles = site_profiles(settings)
    report = IngestReport()
    jobs = crawl_plans(sources, settings, scope)
    with (
        home_lock(settings.corpus_dir, timeout=settings.lock_timeout),
        open_store(settings.db_path) as store,
    ):
        for source in jobs:
            try:
                for item in _pages(source, settings, store):
                    _ingest_item(item, store, profiles, settings, report)
                    if on_page is not None:
                        on_page(item.source)
            except SourceError as exc:
                label = source.label if isinstance(source, CrawlPlan) else source
                _fail(store, report, SourceFailure(label, str(exc)))
        analyze_pending(store)
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
    if item.status == 304:  # the crawler's conditional GET: the server says nothing changed
        store.touch_source(item.source)
        report.unchanged += 1
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


def index_pending(store: Store, settings: Settings, facets: DocumentFacets | None = None) -> int:
    """Bring the index up to the store: index every document whose version it lacks.

    ``facets`` (doc id -> {"person": [...], "org": [...], "type": [...]}) come from fact
    extraction; without them only the year facet is filled.
    """
    index = SearchIndex(settings.index_dir)
    if not index.exists():
        store.forget_index()  # the index folder was removed: everything goes in again
    pending = store.pending_index()
    if not pending:
        return 0
    articles = [doc for doc in pending if doc.kind == "article"]
    if facets is None:
        facets = document_facets(store, [doc.id for doc in articles])
    indexed = index.add(articles, facets) if articles else {}
    # Listings are kept for their links but not searchable: mark them done all the same.
    store.mark_indexed({**{doc.id: doc.version for doc in pending}, **indexed})
    return len(indexed)


def document_facets(store: Store, doc_ids: Sequence[str]) -> DocumentFacets:
    """People, organisations and event types of each document, from its stored facts."""
    from fvmdocs.store.facts import load_facts

    facets: dict[str, dict[str, list[str]]] = {}
    for doc_id in doc_ids:
        facts = load_facts(store, doc_id)
        if facts is None:
            continue
        types = {event.type for event in facts.events} | ({"decision"} if facts.decisions else set())
        facets[doc_id] = {
            "person": sorted({person.name for person in facts.people}),
            "org": sorted({e.canonical for e in facts.entities if e.label == "ORG" and e.canonical}),
            "type": sorted(types),
        }
    return facets


def analyze_pending(store: Store, *, everything: bool = False) -> int:
    """The analyze step: extract facts from new, changed and stale documents.

    A document is stale when its facts came from an older ``EXTRACTOR_VERSION``. Without a
    loadable spaCy model the documents stay stored and indexed, a warning is logged, and the
    next ingest (or ``fvmdocs reprocess``) analyses them. Returns how many were analysed.
    """
    from fvmdocs.extract.facts import EXTRACTOR_VERSION
    from fvmdocs.store.facts import save_facts, stale_documents

    pending = store.documents() if everything else stale_documents(store, EXTRACTOR_VERSION)
    if not pending:
        return 0
    from fvmdocs.errors import ModelError
    from fvmdocs.extract.document import analyze_documents
    from fvmdocs.nlp import load_pipeline

    try:
        nlp = load_pipeline()
    except ModelError as exc:
        log.warning("facts not extracted for %d documents: %s", len(pending), exc)
        return 0
    from fvmdocs.extract.facts import DocumentFacts

    articles = [doc for doc in pending if doc.kind == "article"]
    for listing in (doc for doc in pending if doc.kind != "article"):
        # A listing's teasers are other pages' words: record it as analysed, with no facts.
        save_facts(store, DocumentFacts(listing.id, listing.version, listing.published))
    count = 0
    for facts in analyze_documents(articles, nlp):
        save_facts(store, facts)
        count += 1
    # Their facts feed the search facets: index them again with the new ones.
    store.forget_index([doc.id for doc in articles])
    return count


def reprocess(settings: Settings) -> int:
    """Extract the facts of every stored document again; returns how many were analysed.

    Raises ModelError when the spaCy pipeline cannot be loaded.
    """
    from fvmdocs.nlp import load_pipeline

    load_pipeline()
    with (
        home_lock(settings.corpus_dir, timeout=settings.lock_timeout),
        open_store(settings.db_path, create=False) as store,
    ):
        count = analyze_pending(store, everything=True)
        index_pending(store, settings)
        return count


def reindex(settings: Settings, facets: DocumentFacets | None = None) -> int:
    """Rebuild the whole index from the store; returns how many documents it holds."""
    with (
        home_lock(settings.corpus_dir, timeout=settings.lock_timeout),
        open_store(settings.db_path, create=False) as store,
    ):
        documents = store.documents()
        articles = [doc for doc in documents if doc.kind == "article"]
        if facets is None:
            facets = document_facets(store, [doc.id for doc in articles])
        indexed = SearchIndex(settings.index_dir).rebuild(articles, facets)
        store.forget_index()
        store.mark_indexed({**{doc.id: doc.version for doc in documents}, **indexed})
    return len(indexed)
