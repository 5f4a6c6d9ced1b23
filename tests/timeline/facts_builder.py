"""Small hand-made facts for unit tests of the timeline."""

from __future__ import annotations

from fvmdocs.extract.facts import Decision, DocumentFacts, Event, FactDate, Provenance
from fvmdocs.timeline.model import SourceDocument


def doc(doc_id: str, published: str) -> SourceDocument:
    return SourceDocument(doc_id, f"https://www.vgregion.se/nyheter/{doc_id}/", published, doc_id)


def event(
    doc_id: str,
    type_: str,
    value: str | None,
    sentence: str,
    *,
    status: str = "happened",
    actors: tuple[str, ...] = (),
    text: str = "",
    mod: str | None = None,
    start: int = 0,
) -> Event:
    date = FactDate(value, text, mod=mod) if value else None
    provenance = Provenance(doc_id, 1, sentence, start, start + len(sentence))
    return Event(type_, date, status, actors, sentence, provenance)


def decision(doc_id: str, by: str, what: str, value: str, sentence: str, start: int = 0) -> Decision:
    provenance = Provenance(doc_id, 1, sentence, start, start + len(sentence))
    return Decision(by, what, FactDate(value), "happened", provenance)


def facts(doc_id: str, published: str, *items: Event | Decision) -> DocumentFacts:
    result = DocumentFacts(doc_id, 1, published)
    for item in items:
        (result.events if isinstance(item, Event) else result.decisions).append(item)  # type: ignore[arg-type]
    return result
