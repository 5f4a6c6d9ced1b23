"""Dates on the timeline: precision of a TIMEX3 value, its interval, sort keys, Swedish labels.

>>> precision_of("2024-FA"), interval_of("2024-FA", None)
('season', ('2024-09-01', '2024-11-30'))
"""

from __future__ import annotations

import re
from datetime import date

from fvmdocs.extract.facts import FactDate
from fvmdocs.extract.timex import timex_interval
from fvmdocs.extract.timex_calendar import narrow, parse_value
from fvmdocs.extract.timex_lexicon import MONTHS
from fvmdocs.timeline.model import PRECISIONS, EventDate

# What each grain (and part letter) of ``timex_calendar.parse_value`` is called on a timeline;
# tertials and decades have no precision of their own.
_GRAINS = {"day": "day", "week": "week", "weekend": "week", "month": "month", "year": "year"}
_PARTS = {"S": "season", "F": "season", "W": "season", "Q": "quarter", "H": "half"}

_SEASONS = {"SP": "våren", "SU": "sommaren", "FA": "hösten", "WI": "vintern"}
_MONTHS = tuple(MONTHS)  # in calendar order
_MODS = {"START": "i början av", "MID": "i mitten av", "END": "i slutet av",
         "AFTER": "tidigast", "ON_OR_AFTER": "tidigast", "BEFORE": "före",
         "ON_OR_BEFORE": "senast"}  # fmt: skip


def precision_of(value: str | None) -> str:
    """How fine a TIMEX3 value is: day, week, month, season, quarter, half, year or unknown."""
    if not value:
        return "unknown"
    if "/" in value:  # a range is as vague as its vaguest end
        ends = [precision_of(part) for part in value.split("/", 1)]
        return max(ends, key=PRECISIONS.index)
    point = parse_value(value)
    if point is None:
        return "unknown"
    if point.grain == "part":
        return _PARTS.get((point.part or "?")[0], "unknown")
    return _GRAINS.get(point.grain, "unknown")


def interval_of(value: str | None, mod: str | None) -> tuple[str, str] | None:
    """The first and last day a value covers, narrowed by START/MID/END, as ISO strings."""
    if not value:
        return None
    if "/" in value:
        first, last = (interval_of(part, None) for part in value.split("/", 1))
        if first is None or last is None:
            return None
        return first[0], last[1]
    span = timex_interval(value)
    if span is None:
        return None
    begin, end = narrow(span[0], span[1], mod)
    return begin.isoformat(), end.isoformat()


def event_date(fact: FactDate | None) -> EventDate:
    """The timeline's date for an extracted date; an unknown date when there is none."""
    if fact is None or fact.from_published and not fact.value:
        return EventDate(None, None, None, "unknown")
    span = interval_of(fact.value, fact.mod)
    start = fact.begin or (span[0] if span else None)
    end = fact.end or (span[1] if span else None)
    return EventDate(fact.value, start, end, precision_of(fact.value), fact.mod, fact.text)


def overlaps(first: EventDate, second: EventDate) -> bool:
    """Whether two dated intervals share a day; undated ones overlap only each other."""
    if first.start is None or second.start is None:
        return first.start is None and second.start is None
    assert first.end is not None and second.end is not None
    return first.start <= second.end and second.start <= first.end


def sort_key(when: EventDate, fallback: str | None = None) -> tuple[str, str, int]:
    """Start, end, then precision (finer first); undated events sit at ``fallback`` (published)."""
    start = when.start or fallback or "9999-12-31"
    end = when.end or start
    return start, end, PRECISIONS.index(when.precision)


def as_date(text: str) -> date:
    """An ISO date string as a date."""
    return date.fromisoformat(text[:10])


def display_date(when: EventDate) -> str:
    """A Swedish label: "9 november 2024", "hösten 2024", "första halvåret 2025", "2022–2023"."""
    value = when.value
    if not value:
        return "okänt datum"
    if "/" in value:
        first, last = value.split("/", 1)
        return f"{display_date(EventDate(first, None, None, precision_of(first)))}–" + display_date(
            EventDate(last, None, None, precision_of(last))
        )
    label = _plain_label(value, when.precision)
    prefix = _MODS.get(when.mod or "")
    return f"{prefix} {label}" if prefix else label


def _plain_label(value: str, precision: str) -> str:
    year = value[:4]
    if precision == "day":
        return f"{int(value[8:10])} {_MONTHS[int(value[5:7]) - 1]} {year}"
    if precision == "month":
        return f"{_MONTHS[int(value[5:7]) - 1]} {year}"
    if precision == "season":
        return f"{_SEASONS[value[5:7]]} {year}"
    if precision == "half":
        return f"{'första' if value.endswith('1') else 'andra'} halvåret {year}"
    if precision == "quarter":
        return f"kvartal {value[-1]} {year}"
    if precision == "week":
        return f"vecka {int(value[6:8])} {year}"
    return value


def bound(text: str, *, end: bool) -> str:
    """A --since/--until value as an ISO day: "2024" -> 2024-01-01 (or 2024-12-31 for an end).

    Raises ValueError for anything that is not YYYY, YYYY-MM or YYYY-MM-DD.
    """
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        raise ValueError(f"{text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    span = interval_of(text, None)
    if span is None:
        raise ValueError(f"{text!r} is not a date")
    return span[1] if end else span[0]
