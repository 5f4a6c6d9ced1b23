"""The timeline in TimelineJS 3's JSON: ``{"title", "events": [{start_date, end_date, ...}]}``.

Vague dates (a season, a half year) get the interval as ``start_date``/``end_date`` and a Swedish
``display_date`` ("hösten 2024"). Page text inside ``text.text`` is HTML-escaped, since
TimelineJS renders that field as HTML.
"""

from __future__ import annotations

import html
import json
from typing import Any

from fvmdocs.timeline.dates import display_date
from fvmdocs.timeline.model import Timeline, TimelineEvent

_STATUS = {"planned": "planerad", "happened": "genomförd"}


def _date_parts(iso: str, precision: str) -> dict[str, str]:
    year, month, day = iso[:4], str(int(iso[5:7])), str(int(iso[8:10]))
    if precision == "year":
        return {"year": year}
    if precision == "month":
        return {"year": year, "month": month}
    return {"year": year, "month": month, "day": day}


def _slide(event: TimelineEvent) -> dict[str, Any] | None:
    when = event.date
    if when.start is None or when.end is None:
        return None
    slide: dict[str, Any] = {"start_date": _date_parts(when.start, when.precision)}
    if when.end != when.start and when.precision not in ("year", "month"):
        slide["end_date"] = _date_parts(when.end, when.precision)
    if when.precision != "day":
        slide["display_date"] = display_date(when)
    status = _STATUS.get(event.status, event.status) + (", gäller inte längre" if event.cancelled else "")
    sources = "".join(
        f'<li><a href="{html.escape(s.url)}">{html.escape(s.published or s.url)}</a>: '
        f"{html.escape(s.sentence)}</li>"
        for s in event.sources
    )
    slide["text"] = {
        "headline": html.escape(event.title),
        "text": f"<p>{html.escape(event.summary)}</p><p><em>{html.escape(status)}</em></p>"
        + (f"<ul>{sources}</ul>" if sources else ""),
    }
    slide["group"] = event.type
    slide["unique_id"] = event.id
    return slide


def timelinejs_dict(timeline: Timeline) -> dict[str, Any]:
    """TimelineJS 3 data; events without a date are left out (TimelineJS needs a start)."""
    slides = [slide for slide in map(_slide, timeline.events) if slide is not None]
    return {
        "title": {"text": {"headline": html.escape(timeline.title),
                           "text": "<p>Händelser ur nyheterna om programmet, sammanslagna över sidorna.</p>"}},
        "events": slides,
    }  # fmt: skip


def to_timelinejs(timeline: Timeline) -> str:
    """TimelineJS JSON text."""
    return json.dumps(timelinejs_dict(timeline), ensure_ascii=False, indent=2) + "\n"
