"""Build the timeline: one event per real-world occurrence, merged across pages, in date order.

The same go-live, pause or decision is reported by many pages. Two reports are one event when
they have the same type, their date intervals overlap, and they are about the same thing: the same
part of the region for a go-live, the pause or the roll-back for a pause, shared actors or words
for the rest. A decision is an event of type ``decision``.

>>> timeline = build_timeline(facts, documents)           # doctest: +SKIP
>>> [(e.type, e.date.value, e.status) for e in timeline.events][:1]   # doctest: +SKIP
[('decision', '2017-06', 'happened')]
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from fvmdocs.extract.facts import DocumentFacts, FactDate, Provenance
from fvmdocs.timeline.dates import event_date, overlaps, sort_key
from fvmdocs.timeline.milestones import build_milestones
from fvmdocs.timeline.model import (
    PRECISIONS,
    EventDate,
    EventSource,
    SourceDocument,
    Timeline,
    TimelineEvent,
    TimelineFilters,
)
from fvmdocs.timeline.topics import (
    SCOPE_NAMES,
    golive_scope,
    keywords,
    pause_topic,
    says_cancelled,
)

TYPE_LABELS = {
    "golive": "Driftstart",
    "pause": "Paus",
    "agreement": "Avtal",
    "appointment": "Utnämning",
    "letter": "Brev och krav",
    "deadline": "Tidsgräns",
    "decision": "Beslut",
    "meeting": "Möte",
}
_PLANNED = frozenset({"planned", "planerad", "planned_decision", "proposed", "expected"})


@dataclass(frozen=True)
class _Report:
    """One page's report of an event, before merging."""

    type: str
    date: EventDate
    status: str
    cancelled: bool
    actors: tuple[str, ...]
    summary: str
    provenance: Provenance
    document: SourceDocument
    topic: str | None
    words: frozenset[str]
    decided_by: str | None = None

    @property
    def order(self) -> tuple[str, str, int]:
        return self.document.published or "", self.document.id, self.provenance.start


def _status(raw: str) -> str:
    return "planned" if raw.lower() in _PLANNED else "happened"


def _report(
    type_: str,
    date: FactDate | None,
    status: str,
    actors: Iterable[str],
    summary: str,
    provenance: Provenance,
    document: SourceDocument,
) -> _Report:
    when = event_date(date)
    sentence = provenance.sentence
    topic: str | None = None
    if type_ == "golive":
        topic = golive_scope(sentence, when.text, summary)
    elif type_ == "pause":
        topic = pause_topic(sentence, summary)
    plain = _status(status)
    text = summary if summary and summary != sentence else sentence
    return _Report(
        type=type_,
        date=when,
        status=plain,
        cancelled=plain == "planned" and says_cancelled(sentence),
        actors=tuple(dict.fromkeys(a for a in actors if a)),
        summary=summary or sentence,
        provenance=provenance,
        document=document,
        topic=topic,
        words=keywords(text),
    )


def _reports(facts: Sequence[DocumentFacts], documents: Mapping[str, SourceDocument]) -> list[_Report]:
    found = []
    for doc_facts in facts:
        document = documents.get(doc_facts.doc_id) or SourceDocument(
            doc_facts.doc_id, "", doc_facts.published
        )
        for event in doc_facts.events:
            found.append(_report(event.type, event.date, event.status, event.actors,
                                 event.summary, event.provenance, document))  # fmt: skip
        for decision in doc_facts.decisions:
            actors = (decision.by,) if decision.by else ()
            report = _report("decision", decision.date, decision.status, actors,
                             decision.what, decision.provenance, document)  # fmt: skip
            found.append(replace(report, decided_by=decision.by or ""))
    return sorted(found, key=lambda r: r.order)


def _contains(outer: EventDate, inner: EventDate) -> bool:
    if None in (outer.start, outer.end, inner.start, inner.end):
        return outer.start is None and inner.start is None
    return bool(outer.start <= inner.start and inner.end <= outer.end)  # type: ignore[operator]


def _similar(report: _Report, other: _Report) -> bool:
    """Whether two reports of the same type and time are about the same thing."""
    if report.type in ("golive", "pause"):
        if report.topic is None and other.topic is None:
            return True
        if report.topic is None:  # "starten i helgen" joins the go-live it contains, not a vaguer one
            return _contains(report.date, other.date)
        if other.topic is None:
            return _contains(other.date, report.date)
        return report.topic == other.topic
    shared_words = len(report.words & other.words)
    union = len(report.words | other.words) or 1
    if report.document.id == other.document.id:
        same_sentence = report.provenance.start == other.provenance.start
        return same_sentence or shared_words / union >= 0.5
    if set(report.actors) & set(other.actors):
        return shared_words >= 1 or report.date.precision == "day"
    return shared_words / union >= 0.3


def _joins(report: _Report, group: list[_Report]) -> bool:
    """Same type, overlapping date and subject as a member, and no clash with its own page."""
    if group[0].type != report.type:
        return False
    if any(m.document.id == report.document.id and not _similar(report, m) for m in group):
        return False
    topics = {m.topic for m in group} - {None}
    if report.topic is not None and topics and report.topic not in topics:
        return False  # an unscoped report must not bridge two parts of the region
    return any(overlaps(report.date, m.date) and _similar(report, m) for m in group)


def _group(reports: list[_Report]) -> list[list[_Report]]:
    groups: list[list[_Report]] = []
    for report in reports:
        matches = [group for group in groups if _joins(report, group)]
        topics = {member.topic for group in matches for member in group} - {None}
        if report.topic is None and len(topics) > 1:
            matches = []  # an unscoped go-live in a season two parts share: leave it alone
        if report.topic is not None:
            same = [g for g in matches if any(m.topic == report.topic for m in g)]
            matches = same or matches
        if matches:
            matches[0].append(report)
        else:
            groups.append([report])
    return _settle(groups)


def _settle(groups: list[list[_Report]]) -> list[list[_Report]]:
    """Fold an unscoped go-live group into the one scoped group it fits, whatever the page order."""
    kept: list[list[_Report]] = []
    for group in groups:
        if group[0].type not in ("golive", "pause") or any(r.topic for r in group):
            kept.append(group)
            continue
        homes = [
            other
            for other in groups
            if any(r.topic for r in other) and all(_joins(r, other) for r in group)
        ]
        if len({next(r.topic for r in home if r.topic) for home in homes}) == 1:
            homes[0].extend(group)
            homes[0].sort(key=lambda r: r.order)
        else:
            kept.append(group)
    return kept


def _slug(text: str) -> str:
    table = str.maketrans("åäöéÅÄÖÉ", "aaoeAAOE")
    return re.sub(r"[^a-z0-9]+", "-", text.translate(table).lower()).strip("-")


def _key(group: list[_Report]) -> str:
    topic = next((r.topic for r in group if r.topic), None)
    if topic:
        return topic
    first = group[0]
    if first.actors:
        return first.actors[0]
    ordered = [w[:5] for w in re.findall(r"[a-zåäöé]{4,}", first.summary.lower())]
    return "-".join([w for w in dict.fromkeys(ordered) if w in first.words][:2]) or "handelse"


def _title(type_: str, topic: str | None, summary: str) -> str:
    label = TYPE_LABELS.get(type_, type_.capitalize())
    if type_ == "golive" and topic in SCOPE_NAMES:
        return f"{label}: {SCOPE_NAMES[topic]}"
    if type_ == "pause":
        return f"{label}: " + ("återgång till tidigare system" if topic == "rollback" else "införandet pausas")
    subject = summary.strip().rstrip(".")
    if len(subject) > 80:
        subject = subject[:80].rsplit(" ", 1)[0] + " …"
    return f"{label}: {subject}"


def _decision_title(group: list[_Report]) -> str | None:
    """"Beslut: regionstyrelsen – godkände nytt avtal med Cerner" from the latest Decision fact."""
    decided = [r for r in group if r.decided_by is not None]
    if not decided:
        return None
    latest = decided[-1]
    what = _title("decision", None, latest.summary).removeprefix("Beslut: ")
    return f"Beslut: {latest.decided_by} – {what}" if latest.decided_by else f"Beslut: {what}"


def _source(report: _Report) -> EventSource:
    return EventSource(
        id=report.document.id,
        url=report.document.url,
        published=report.document.published,
        sentence=report.provenance.sentence,
        status=report.status,
        date=report.date,
        cancelled=report.cancelled,
    )


def _status_note(latest: _Report, group: list[_Report]) -> str | None:
    published = latest.document.published or "okänt datum"
    if latest.cancelled:
        return f"Planen gäller inte längre enligt den senaste källan ({published})."
    statuses = {r.status for r in group}
    if len(statuses) > 1:
        said = "genomförd" if latest.status == "happened" else "planerad"
        return f"Källorna skiljer sig åt; den senaste ({published}) säger {said}."
    return None


def _event(group: list[_Report]) -> TimelineEvent:
    latest = group[-1]
    per_document: dict[str, _Report] = {}
    for report in group:
        held = per_document.get(report.document.id)
        if held is None or PRECISIONS.index(report.date.precision) < PRECISIONS.index(held.date.precision):
            per_document[report.document.id] = report
    settled = [r for r in group if r.status == latest.status and r.date.value]
    best = max(settled or group, key=lambda r: (-PRECISIONS.index(r.date.precision), r.order))
    topic = next((r.topic for r in reversed(group) if r.topic), None)
    actors = tuple(dict.fromkeys(a for r in group for a in r.actors))
    return TimelineEvent(
        id=f"{latest.type}-{_slug(best.date.value or 'odaterad')}-{_slug(_key(group))}",
        type=latest.type,
        date=best.date,
        status=latest.status,
        title=_decision_title(group) or _title(latest.type, topic, best.summary),
        summary=best.provenance.sentence or best.summary,
        actors=actors,
        sources=tuple(_source(r) for r in sorted(per_document.values(), key=lambda r: r.order)),
        cancelled=latest.cancelled,
        status_note=_status_note(latest, group),
        topic=topic,
    )


def _unique_ids(events: list[TimelineEvent]) -> list[TimelineEvent]:
    """Give colliding ids a suffix read from their sources, never from their order."""
    seen: dict[str, int] = {}
    for event in events:
        seen[event.id] = seen.get(event.id, 0) + 1
    result = []
    for event in events:
        if seen[event.id] > 1:
            basis = "|".join(f"{s.id}:{s.sentence}" for s in event.sources)
            event = replace(event, id=f"{event.id}-{hashlib.sha1(basis.encode()).hexdigest()[:6]}")
        result.append(event)
    return result


def _event_order(event: TimelineEvent) -> tuple[tuple[str, str, int], str, str]:
    return sort_key(event.date, event.sources[0].published if event.sources else None), event.type, event.id


def _keep(event: TimelineEvent, filters: TimelineFilters, people: set[str]) -> bool:
    start, end, _ = sort_key(event.date, event.sources[0].published if event.sources else None)
    if filters.since and end < filters.since:
        return False
    if filters.until and start > filters.until:
        return False
    if filters.types and event.type not in filters.types:
        return False
    if filters.person and not any(
        filters.person.casefold() in a.casefold() for a in event.actors if a in people or not people
    ):
        return False
    return not filters.org or any(
        filters.org.casefold() in a.casefold() for a in event.actors if a not in people
    )


def build_timeline(
    facts: Sequence[DocumentFacts],
    documents: Mapping[str, SourceDocument] | Iterable[SourceDocument],
    *,
    filters: TimelineFilters | None = None,
    title: str = "Program Millennium (FVM)",
) -> Timeline:
    """Merge the events and decisions of every document into one sorted timeline.

    ``documents`` gives each ``doc_id`` its URL and published date. Milestones (plan history)
    are built from all events; filters choose which events are listed.
    """
    by_id = documents if isinstance(documents, Mapping) else {d.id: d for d in documents}
    events = _unique_ids([_event(group) for group in _group(_reports(facts, by_id))])
    events.sort(key=_event_order)
    milestones, links = build_milestones(events)
    events = [replace(e, milestone=links.get(e.id)) for e in events]
    filters = filters or TimelineFilters()
    people = {person.name for doc_facts in facts for person in doc_facts.people}
    kept = [e for e in events if _keep(e, filters, people)]
    if filters.types and "golive" not in filters.types:
        milestones = []
    return Timeline(events=kept, milestones=milestones, title=title)
