"""The store's contents as plain JSON-ready dicts: documents, people, decisions.

These are the shapes ``fvmdocs show/people/decisions --json`` print and other tools read;
the CLI only formats them.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fvmdocs.extract.facts import DocumentFacts, Provenance
from fvmdocs.settings import Settings
from fvmdocs.store import open_store
from fvmdocs.store.facts import all_facts, load_facts


def _source(provenance: Provenance, urls: dict[str, str]) -> dict[str, Any]:
    return {"id": provenance.doc_id, "url": urls.get(provenance.doc_id), "sentence": provenance.sentence}


def _facts_json(facts: DocumentFacts | None) -> dict[str, Any]:
    """A document's extracted facts (empty lists when it was not analysed)."""
    if facts is None:
        return {"entities": [], "timexes": [], "quotes": [], "events": [], "analysed": False}
    return {
        "entities": [asdict(e) for e in facts.entities],
        "timexes": [asdict(t) for t in facts.timexes],
        "quotes": [asdict(q) for q in facts.quotes],
        "events": [asdict(e) for e in facts.events],
        "analysed": True,
    }


def document_report(settings: Settings, ref: str) -> dict[str, Any]:
    """One document (by id, URL or ingested path) with its versions and facts."""
    with open_store(settings.db_path, create=False) as store:
        found = store.get(ref)
        versions = store.versions(found.id)
        facts = load_facts(store, found.id)
    return {
        **_facts_json(facts),
        "id": found.id,
        "url": found.url,
        "title": found.title,
        "published": found.published,
        "updated": found.updated,
        "language": found.language,
        "kind": found.kind,
        "source": found.source,
        "version": found.version,
        "versions": versions,
        "text": found.text,
        "blocks": [asdict(b) for b in found.blocks],
    }


def _stored_facts(settings: Settings) -> tuple[list[DocumentFacts], dict[str, str]]:
    with open_store(settings.db_path, create=False) as store:
        facts = all_facts(store)
        urls = {d.id: d.url for d in store.documents()}
    return facts, urls


def people_report(settings: Settings) -> dict[str, Any]:
    """``{"people": [{"name", "mentions", "roles": [{"title", "org", "as_of", "source"}]}]}``."""
    from fvmdocs.extract.merge import merge_people

    facts, urls = _stored_facts(settings)
    people = [
        {
            "name": person.name,
            "mentions": person.mentions,
            "roles": [
                {"title": r.title, "org": r.org, "as_of": r.as_of, "source": _source(r.provenance, urls)}
                for r in person.roles
            ],
        }
        for person in merge_people(facts)
    ]
    return {"people": people}


def decisions_report(settings: Settings) -> dict[str, Any]:
    """``{"decisions": [{"by", "what", "status", "date": {"value", "start", "end", "text"}, "source"}]}``."""
    from fvmdocs.extract.merge import all_decisions

    facts, urls = _stored_facts(settings)
    rows: list[dict[str, Any]] = []
    for decision in all_decisions(facts):
        date = decision.date
        rows.append(
            {
                "by": decision.by,
                "what": decision.what,
                "status": decision.status,
                "date": None if date is None else {
                    "value": date.value, "start": date.begin, "end": date.end, "text": date.text,
                    "from_published": date.from_published,
                },
                "source": _source(decision.provenance, urls),
            }
        )
    return {"decisions": rows}
