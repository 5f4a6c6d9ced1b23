"""Facts in the store: save a document version's facts, load them back, find stale analyses.

One ``facts`` row per fact (``kind`` + JSON payload + provenance columns) keeps the schema
small and every kind queryable with SQL; ``analyses`` records which extractor version last
analysed which document version. Saving replaces a document's facts in one transaction.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from fvmdocs.extract.facts import (
    Decision,
    DocumentFacts,
    Entity,
    Event,
    FactDate,
    Person,
    PersonMention,
    Provenance,
    Quote,
    Role,
    TimexFact,
)
from fvmdocs.store import Store, StoredDocument, now_iso

_LISTS = {
    "entity": "entities",
    "timex": "timexes",
    "person": "people",
    "mention": "mentions",
    "role": "roles",
    "quote": "quotes",
    "decision": "decisions",
    "event": "events",
}


def save_facts(store: Store, facts: DocumentFacts) -> int:
    """Replace the stored facts of ``facts.doc_id`` with these; returns how many were saved."""
    rows: list[tuple[Any, ...]] = []
    for kind, attr in _LISTS.items():
        for fact in getattr(facts, attr):
            payload = asdict(fact)
            provenance = payload.pop("provenance", None)
            sentence = provenance["sentence"] if provenance else None
            start = provenance["start"] if provenance else payload.get("start")
            end = provenance["end"] if provenance else payload.get("end")
            rows.append(
                (facts.doc_id, facts.version, kind, json.dumps(payload, ensure_ascii=False), sentence, start, end)
            )
    with store.conn:
        store.conn.execute("DELETE FROM facts WHERE document_id = ?", (facts.doc_id,))
        store.conn.executemany(
            'INSERT INTO facts (document_id, version, kind, payload, sentence, start, "end") '
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        store.conn.execute(
            "INSERT INTO analyses (document_id, version, extractor_version, analysed) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (document_id) DO UPDATE SET version = excluded.version, "
            "extractor_version = excluded.extractor_version, analysed = excluded.analysed",
            (facts.doc_id, facts.version, facts.extractor_version, now_iso()),
        )
    return len(rows)


def _date(value: dict[str, Any] | None) -> FactDate | None:
    return None if value is None else FactDate(**value)


def _build(kind: str, payload: dict[str, Any], provenance: Provenance) -> Any:
    if kind == "entity":
        return Entity(**payload)
    if kind == "timex":
        return TimexFact(**payload)
    if kind == "person":
        return Person(payload["name"], payload["mentions"], tuple(payload.get("aliases", ())))
    if kind == "mention":
        return PersonMention(**payload)
    if kind == "role":
        return Role(**payload, provenance=provenance)
    if kind == "quote":
        return Quote(**payload, provenance=provenance)
    if kind == "decision":
        return Decision(**{**payload, "date": _date(payload["date"])}, provenance=provenance)
    return Event(
        **{**payload, "date": _date(payload["date"]), "actors": tuple(payload["actors"])},
        provenance=provenance,
    )


def load_facts(store: Store, doc_id: str) -> DocumentFacts | None:
    """The stored facts of one document, or None when it was never analysed."""
    row = store.conn.execute(
        "SELECT a.version, a.extractor_version, v.published FROM analyses a "
        "JOIN versions v ON v.document_id = a.document_id AND v.number = a.version "
        "WHERE a.document_id = ?",
        (doc_id,),
    ).fetchone()
    if row is None:
        return None
    facts = DocumentFacts(doc_id, int(row[0]), row[2], extractor_version=int(row[1]))
    published = facts.published[:10] if facts.published else None
    facts.published = published
    query = 'SELECT kind, payload, sentence, start, "end" FROM facts WHERE document_id = ? ORDER BY id'
    for kind, payload, sentence, start, end in store.conn.execute(query, (doc_id,)):
        provenance = Provenance(doc_id, facts.version, sentence or "", start or 0, end or 0)
        getattr(facts, _LISTS[kind]).append(_build(kind, json.loads(payload), provenance))
    return facts


def all_facts(store: Store) -> list[DocumentFacts]:
    """The stored facts of every analysed document."""
    ids = [r[0] for r in store.conn.execute("SELECT document_id FROM analyses ORDER BY document_id")]
    return [f for f in (load_facts(store, doc_id) for doc_id in ids) if f is not None]


def stale_documents(store: Store, extractor_version: int) -> list[StoredDocument]:
    """Documents whose current version has no analysis by this extractor version."""
    ids = [
        row[0]
        for row in store.conn.execute(
            "SELECT d.id FROM documents d LEFT JOIN analyses a ON a.document_id = d.id "
            "WHERE a.document_id IS NULL OR a.version IS NOT d.current_version "
            "OR a.extractor_version IS NOT ? ORDER BY d.id",
            (extractor_version,),
        )
    ]
    return [store.get(doc_id) for doc_id in ids]
