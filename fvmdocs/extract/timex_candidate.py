"""The intermediate match a rule produces before anchoring and combining."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from fvmdocs.extract.timex_calendar import Point


@dataclass
class Candidate:
    """One rule match: a span plus what it means, possibly still missing its year."""

    start: int
    end: int
    type: str = "DATE"
    point: Point | None = None  # DATE/TIME: the calendar reference
    point_end: Point | None = None  # ranges: the end point
    value: str | None = None  # DURATION/SET: the literal TIMEX3 value
    mod: str | None = None
    mod_end: str | None = None  # ranges: the mod of the end point
    anchored: bool = False
    shift: tuple[str, float, bool] | None = None  # anaphora: unit, amount, coarsen to unit
    guessed: bool = False  # the year was filled in (from the anchor, or a mention before), not told
    year_shift: int | None = None  # "hösten samma år" (0), "i mars året därpå" (1): a year told before
    window: tuple[date, date] | None = None  # anchored durations: "de senaste två åren"
    time: str | None = None  # time of day suffix: "T10:00", "TEV"
    time_end: str | None = None
    priority: int = 0  # lower wins among equal spans; set from the rule's position


Builder = Callable[[re.Match[str], date | None], list[Candidate]]


def span(match: re.Match[str]) -> tuple[int, int]:
    """The span of group "t" when the pattern marks one, else the whole match."""
    if "t" in match.groupdict() and match.group("t") is not None:
        return match.span("t")
    return match.span()


def candidate(match: re.Match[str], **fields: object) -> Candidate:
    """A candidate over the match's span with the given fields."""
    start, end = span(match)
    return Candidate(start, end, **fields)  # type: ignore[arg-type]
