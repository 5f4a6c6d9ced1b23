"""One entry point for every output format of ``fvmdocs timeline``."""

from __future__ import annotations

from fvmdocs.timeline.export_csv import to_csv
from fvmdocs.timeline.export_html import to_html
from fvmdocs.timeline.export_json import to_json
from fvmdocs.timeline.export_table import to_table
from fvmdocs.timeline.export_timelinejs import to_timelinejs
from fvmdocs.timeline.model import Timeline

FORMATS = ("table", "json", "timelinejs", "csv", "html")


def render(
    timeline: Timeline, fmt: str, *, generated: str | None = None, milestones: bool = False
) -> str:
    """The timeline as text in ``fmt`` (one of FORMATS)."""
    if fmt == "json":
        return to_json(timeline, generated)
    if fmt == "timelinejs":
        return to_timelinejs(timeline)
    if fmt == "csv":
        return to_csv(timeline)
    if fmt == "html":
        return to_html(timeline, generated)
    if fmt == "table":
        return to_table(timeline, milestones=milestones)
    raise ValueError(f"unknown timeline format {fmt!r}; choose one of {', '.join(FORMATS)}")
