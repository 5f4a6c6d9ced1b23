"""The timeline as CSV: a header row, then one event per row."""

from __future__ import annotations

import csv
import io

from fvmdocs.timeline.model import Timeline

CSV_COLUMNS = ("id", "type", "date", "start", "end", "status", "title", "actors", "sources")


def to_csv(timeline: Timeline) -> str:
    """Actors joined with "; ", source URLs with " "."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for event in timeline.events:
        writer.writerow((
            event.id, event.type, event.date.value or "", event.date.start or "",
            event.date.end or "", event.status, event.title, "; ".join(event.actors),
            " ".join(dict.fromkeys(s.url for s in event.sources if s.url)),
        ))  # fmt: skip
    return buffer.getvalue()
