"""Calendar arithmetic for TIMEX3 values: points, intervals, shifts, anchoring.

A ``Point`` is a calendar reference at some grain ("day", "month", "part", ...)
whose year may still be unknown. Its TIMEX3 value and its interval follow
these conventions, used across fvmdocs:

* seasons: SP = 1 Mar-31 May, SU = 1 Jun-31 Aug, FA = 1 Sep-30 Nov, and
  WI = 1 Dec of the year to the end of February of the next year, so
  "vintern 2025" (2025-WI) is Dec 2025-Feb 2026;
* halves H1/H2, quarters Q1-Q4 and VGR's tertials T1-T3 (four months each,
  a non-standard TIMEX3 part used in regional reporting);
* weeks are ISO weeks; "-WE" is that week's Saturday and Sunday;
* a three-digit value is a decade ("202" = 2020-2029).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

PART_MONTHS: dict[str, tuple[int, int]] = {
    "SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14),
    "H1": (1, 6), "H2": (7, 12),
    "Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12),
    "T1": (1, 4), "T2": (5, 8), "T3": (9, 12),
}  # fmt: skip

# How far after a season's end "i höst" may still mean that season (a December
# report on "i höst" looks back; a January one looks ahead).
SEASON_LOOKBACK_DAYS = 31


@dataclass(frozen=True)
class Point:
    """A calendar reference; ``year`` None means the text did not give it."""

    grain: str  # "day", "month", "year", "part", "week", "weekend", "decade", "weekday"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    part: str | None = None
    week: int | None = None
    weekday: int | None = None  # ISO weekday named in the text, 1 = Monday

    def value(self) -> str:
        """The TIMEX3 value, with X for what is unknown."""
        year = "XXXX" if self.year is None else f"{self.year:04d}"
        if self.grain == "decade":
            return "XXX" if self.year is None else f"{self.year // 10:03d}"
        if self.grain == "weekday":
            return f"XXXX-WXX-{self.weekday}"
        if self.grain in ("week", "weekend"):
            week = "XX" if self.week is None else f"{self.week:02d}"
            return f"{year}-W{week}" + ("-WE" if self.grain == "weekend" else "")
        if self.grain == "part":
            return f"{year}-{self.part}"
        if self.grain == "year":
            return year
        month = "XX" if self.month is None else f"{self.month:02d}"
        if self.grain == "month":
            return f"{year}-{month}"
        day = "XX" if self.day is None else f"{self.day:02d}"
        return f"{year}-{month}-{day}"


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def _months_interval(year: int, first: int, last: int) -> tuple[date, date]:
    """Whole months first..last of a year; months past 12 run into the next year."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return date(year, first, 1), month_end(end_year, end_month)


def _week_interval(point: Point) -> tuple[date, date] | None:
    if point.year is None or point.week is None:
        return None
    try:
        monday = date.fromisocalendar(point.year, point.week, 1)
    except ValueError:
        return None
    if point.grain == "weekend":
        return monday + timedelta(days=5), monday + timedelta(days=6)
    return monday, monday + timedelta(days=6)


def point_interval(point: Point) -> tuple[date, date] | None:
    """First and last day (inclusive) a point covers, or None when not on the calendar."""
    year = point.year
    if year is None or point.grain == "weekday":
        return None
    if point.grain in ("week", "weekend"):
        return _week_interval(point)
    if point.grain == "decade":
        return date(year, 1, 1), date(year + 9, 12, 31)
    if point.grain == "year":
        return date(year, 1, 1), date(year, 12, 31)
    if point.grain == "part" and point.part in PART_MONTHS:
        return _months_interval(year, *PART_MONTHS[point.part])
    if point.month is None:
        return None
    if point.grain == "month":
        return date(year, point.month, 1), month_end(year, point.month)
    if point.day is None:
        return None
    try:
        day = date(year, point.month, point.day)
    except ValueError:
        return None
    return day, day


_VALUE_SHAPES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?"), "day"),
    (re.compile(r"(\d{4})-(\d{2})"), "month"),
    (re.compile(r"(\d{4})"), "year"),
    (re.compile(r"(\d{3})"), "decade"),
    (re.compile(r"(\d{4})-(SP|SU|FA|WI|H[12]|Q[1-4]|T[1-3])"), "part"),
    (re.compile(r"(\d{4})-W(\d{2})(-WE)?"), "week"),
)


def parse_value(value: str) -> Point | None:
    """The point a TIMEX3 date value names; None for durations, sets and unknowns."""
    for pattern, grain in _VALUE_SHAPES:
        match = pattern.fullmatch(value)
        if not match:
            continue
        groups = match.groups()
        year = int(groups[0])
        if grain == "decade":
            return Point("decade", year * 10)
        if grain == "part":
            return Point("part", year, part=groups[1])
        if grain == "week":
            return Point("weekend" if groups[2] else "week", year, week=int(groups[1]))
        month = int(groups[1]) if len(groups) > 1 else None
        day = int(groups[2]) if len(groups) > 2 else None
        return Point(grain, year, month, day)
    return None


def timex_interval(value: str) -> tuple[date, date] | None:
    """The first and last day a TIMEX3 value covers, for sorting timelines.

    >>> timex_interval("2024-FA")
    (datetime.date(2024, 9, 1), datetime.date(2024, 11, 30))
    """
    point = parse_value(value)
    return None if point is None else point_interval(point)


def narrow(begin: date, end: date, mod: str | None) -> tuple[date, date]:
    """The START/MID/END third of an interval; other mods keep it whole.

    A single month splits at days 10 and 20; spans of whole months divisible
    by three split by months (a year: Jan-Apr, May-Aug, Sep-Dec; a season:
    one month each); anything else splits by days.
    """
    if mod not in ("START", "MID", "END"):
        return begin, end
    third = ("START", "MID", "END").index(mod)
    whole_months = begin.day == 1 and end == month_end(end.year, end.month)
    months = (end.year - begin.year) * 12 + end.month - begin.month + 1
    if whole_months and months == 1:
        first, last = ((1, 10), (11, 20), (21, end.day))[third]
        return begin.replace(day=first), begin.replace(day=last)
    if whole_months and months % 3 == 0:
        step = months // 3
        start = add_months(begin, step * third)
        stop = add_months(begin, step * (third + 1)) - timedelta(days=1)
        return start, stop
    days = (end - begin).days + 1
    start = begin + timedelta(days=days * third // 3)
    stop = begin + timedelta(days=days * (third + 1) // 3 - 1)
    return start, stop


def add_months(day: date, months: int) -> date:
    """The same day some months later, clamped to the month's end."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def point_of_date(day: date, grain: str) -> Point:
    """The point of a given grain that contains a day."""
    if grain in ("week", "weekend"):
        iso = day.isocalendar()
        return Point(grain, iso.year, week=iso.week)
    if grain == "month":
        return Point("month", day.year, day.month)
    if grain == "year":
        return Point("year", day.year)
    return Point("day", day.year, day.month, day.day)


_UNIT_MONTHS = {"M": 1, "Q": 3, "H": 6, "Y": 12, "E": 120}


def shift(point: Point, unit: str, amount: float) -> Point | None:
    """A point moved by an amount of a unit, keeping its grain where that makes sense.

    "hösten 2024" + 1 Y -> "hösten 2025"; "maj 2022" + 2 M -> "juli 2022";
    "hösten 2024" + 2 M -> the month two months after 1 Sep 2024.
    """
    interval = point_interval(point)
    if interval is None or point.year is None:
        return None
    if unit in ("W", "D"):
        days = round(amount * (7 if unit == "W" else 1))
        grain = "day" if point.grain == "day" or unit == "D" else "week"
        return point_of_date(interval[0] + timedelta(days=days), grain)
    months = round(amount * _UNIT_MONTHS.get(unit, 0))
    if months == 0 and unit not in _UNIT_MONTHS:
        return None
    if months % 12 == 0 and point.grain not in ("day", "month"):
        return _shift_years(point, months // 12)
    moved = add_months(
        interval[0] if point.day is None else date(point.year, point.month or 1, point.day), months
    )
    grain = point.grain if point.grain in ("day", "month") else "month"
    return point_of_date(moved, grain)


def _shift_years(point: Point, years: int) -> Point:
    assert point.year is not None
    if point.grain in ("week", "weekend") and point.week == 53:
        return replace(point, year=point.year + years, week=52)
    return replace(point, year=point.year + years)


def distance(interval: tuple[date, date], anchor: date) -> int:
    """Days from an anchor to an interval; 0 when the anchor lies inside."""
    begin, end = interval
    if begin <= anchor <= end:
        return 0
    return (begin - anchor).days if anchor < begin else (anchor - end).days
