"""The timeline as JSON, the shape ``fvmdocs/data/schema/timeline.schema.json`` documents.

``generated`` is passed in (or left out) so that the same store gives the same bytes.
"""

from __future__ import annotations

import json
from typing import Any

from fvmdocs.timeline.model import (
    SCHEMA_VERSION,
    EventDate,
    EventSource,
    Milestone,
    PlanStatement,
    Timeline,
    TimelineEvent,
)


def date_dict(when: EventDate) -> dict[str, Any]:
    """``{value, start, end, precision, mod, text}``."""
    return {"value": when.value, "start": when.start, "end": when.end,
            "precision": when.precision, "mod": when.mod, "text": when.text}  # fmt: skip


def source_dict(source: EventSource) -> dict[str, Any]:
    """``{id, url, published, sentence}`` plus what this source said."""
    return {
        "id": source.id,
        "url": source.url,
        "published": source.published,
        "sentence": source.sentence,
        "status": source.status,
        "date": source.date.value,
        "cancelled": source.cancelled,
    }


def event_dict(event: TimelineEvent) -> dict[str, Any]:
    """One merged event."""
    return {
        "id": event.id,
        "type": event.type,
        "date": date_dict(event.date),
        "status": event.status,
        "cancelled": event.cancelled,
        "status_note": event.status_note,
        "title": event.title,
        "summary": event.summary,
        "actors": list(event.actors),
        "topic": event.topic,
        "milestone": event.milestone,
        "sources": [source_dict(s) for s in event.sources],
    }


def _plan_dict(plan: PlanStatement) -> dict[str, Any]:
    return {
        "published": plan.published,
        "value": plan.value,
        "start": plan.start,
        "end": plan.end,
        "mod": plan.mod,
        "text": plan.text,
        "status": plan.status,
        "event": plan.event,
        "source": {"id": plan.source.id, "url": plan.source.url, "sentence": plan.source.sentence},
    }


def milestone_dict(milestone: Milestone) -> dict[str, Any]:
    """One plan history."""
    outcome = milestone.outcome
    return {
        "id": milestone.id,
        "name": milestone.name,
        "type": milestone.type,
        "plans": [_plan_dict(p) for p in milestone.plans],
        "outcome": {"status": outcome.status, "happened": outcome.happened, "paused": outcome.paused,
                    "next_planned": outcome.next_planned, "note": outcome.note},  # fmt: skip
        "events": list(milestone.events),
    }


def timeline_dict(timeline: Timeline, generated: str | None = None) -> dict[str, Any]:
    """The whole timeline; ``generated`` is omitted when None (golden files)."""
    data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    if generated is not None:
        data["generated"] = generated
    data["title"] = timeline.title
    data["events"] = [event_dict(e) for e in timeline.events]
    data["milestones"] = [milestone_dict(m) for m in timeline.milestones]
    return data


def to_json(timeline: Timeline, generated: str | None = None) -> str:
    """The timeline as indented UTF-8 JSON text, ending in a newline."""
    return json.dumps(timeline_dict(timeline, generated), ensure_ascii=False, indent=2) + "\n"
