"""Glue between the store and the timeline: every analysed document's facts and its metadata."""

from __future__ import annotations

from fvmdocs.extract.facts import DocumentFacts
from fvmdocs.settings import Settings
from fvmdocs.store import Store, open_store
from fvmdocs.timeline.build import build_timeline
from fvmdocs.timeline.model import SourceDocument, Timeline, TimelineFilters


def source_documents(store: Store) -> dict[str, SourceDocument]:
    """Each stored document's id, URL, published date (day only) and title."""
    return {
        d.id: SourceDocument(d.id, d.url, d.published[:10] if d.published else None, d.title)
        for d in store.documents()
    }


def stored_facts(store: Store) -> list[DocumentFacts]:
    """The facts the extraction step saved, one DocumentFacts per analysed document."""
    from fvmdocs.store.facts import all_facts

    return all_facts(store)


def timeline_from_store(settings: Settings, filters: TimelineFilters | None = None) -> Timeline:
    """Build the timeline of everything in the home's store."""
    with open_store(settings.db_path, create=False) as store:
        documents = source_documents(store)
        facts = stored_facts(store)
    return build_timeline(facts, documents, filters=filters)
