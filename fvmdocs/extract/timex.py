"""Swedish temporal tagger: time expressions with TIMEX3 values and intervals.

>>> [t.value for t in find_timexes("Hösten 2024 startar införandet och ett år senare resten.")]
['2024-FA', '2025-FA']

How it works: every rule in ``timex_dates`` (calendar expressions),
``timex_relative`` (expressions read against the anchor) and ``timex_amounts``
(durations, shifts, recurrences, clock times) proposes candidates; the longest
wins where they overlap (then the earlier rule); ``timex_combine`` joins
neighbours (part words, ranges, shared years, limits, clock times);
``timex_anchor`` fills missing years from the anchor; anaphoric shifts ("ett år
senare") are read against the expression before them.

Ranges ("2024–2026", "från hösten 2024 till våren 2026", "17–19 maj 2022")
are one DATE: ``value`` is the ISO 8601 interval ("2024/2026") when a dash joins them,
else the start's value; ``range_end`` is the end's value,
``begin``/``end_date`` span both, and ``mod`` is None (part words on either end
only narrow the interval). Relative amounts ("om två veckor", "för två år
sedan") are DATEs at the grain of their unit ("2025-W14", "2023"); vague ones
("för några år sedan") get PAST_REF / FUTURE_REF and no interval.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace

from fvmdocs.extract.timex_amounts import AMOUNT_RULES
from fvmdocs.extract.timex_anchor import resolve_year, sentence_tense
from fvmdocs.extract.timex_calendar import (
    Point,
    narrow,
    point_interval,
    point_of_date,
    shift,
    timex_interval,
)
from fvmdocs.extract.timex_candidate import Candidate
from fvmdocs.extract.timex_combine import (
    SENTENCE_END,
    attach_limits,
    attach_part_words,
    carry_listed_years,
    drop_event_anaphora,
    frame_season_genitives,
    headings_follow_body,
    inherit_month_years,
    join_clock_times,
    join_ranges,
    join_year_anaphora,
    lend_listed_years,
    share_years,
)
from fvmdocs.extract.timex_dates import DATE_RULES
from fvmdocs.extract.timex_lexicon import WEEKDAY_RE
from fvmdocs.extract.timex_relative import DEICTIC_RULES

__all__ = ["Timex", "find_timexes", "timex_interval"]

_RULES = (*DATE_RULES, *DEICTIC_RULES, *AMOUNT_RULES)
_UNIT_GRAIN = {"Y": "year", "E": "year", "M": "month", "Q": "month", "H": "month",
               "W": "week", "D": "day"}  # fmt: skip


@dataclass(frozen=True)
class Timex:
    """One time expression, with its TIMEX3 type, value, mod and calendar interval."""

    text: str
    start: int
    end: int
    type: str
    value: str
    mod: str | None
    begin: str | None
    end_date: str | None
    anchored: bool
    range_end: str | None = None


def _candidates(text: str, anchor: datetime.date | None) -> list[Candidate]:
    found = []
    for priority, (pattern, build) in enumerate(_RULES):
        for match in pattern.finditer(text):
            for cand in build(match, anchor):
                cand.priority = priority
                found.append(cand)
    return found


def _select(found: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then the earlier rule, then leftmost."""
    chosen: list[Candidate] = []
    for cand in sorted(found, key=lambda c: (c.start - c.end, c.priority, c.start)):
        if cand.end > cand.start and all(
            cand.end <= other.start or cand.start >= other.end for other in chosen
        ):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


def _resolve(text: str, cand: Candidate, anchor: datetime.date | None) -> None:
    """Fill missing years from the anchor, the end from the start of a range."""
    if cand.type == "TIME" and cand.point is None:
        cand.point = point_of_date(anchor, "day") if anchor else Point("day")
        cand.anchored = anchor is not None
    if anchor is None or cand.year_shift is not None:
        return  # "hösten samma år" takes the year told before, with the anaphora
    tense = None
    start, end = cand.point, cand.point_end
    if (
        start is not None and end is not None and start.year is None and end.year is None
        and start.grain == "month" and end.grain == "month" and start.month is not None and end.month is not None
    ):
        # "mellan maj och september" in March: the months ahead or behind as one span, placed by where it
        # starts (not the end's nearest year, which would put a coming summer in the last one); a past verb
        # ("fastställde en säkerhetsplan för klubbens dyk mellan maj och september") dates the deciding, not the span
        looks_ahead = sentence_tense(text, cand.start, cand.end) == "future"
        cand.point = resolve_year(start, anchor, "future" if looks_ahead else None)
        assert cand.point.year is not None
        cand.point_end = replace(end, year=cand.point.year + (end.month < start.month))
        cand.anchored = cand.guessed = True
        return
    for attr in ("point_end", "point"):
        point = getattr(cand, attr)
        if point is None or point.year is not None or point.grain in ("weekday", "decade"):
            continue
        if attr == "point" and cand.point_end is not None and cand.point_end.year is not None:
            borrowed = _borrow(point, cand.point_end)
            if borrowed.year != cand.point_end.year and point.day is not None:
                # "gäller från den 1 november till den 31 oktober 2023", told in October 2020: a start
                # that would fall after the end in the end's year is the next one after the page's date
                ahead = resolve_year(point, anchor, "future")
                first, last = point_interval(ahead), point_interval(cand.point_end)
                if first and last and first[0] <= last[1]:
                    borrowed = ahead
            setattr(cand, attr, borrowed)
            continue
        if point.month is None and point.part is None and point.week is None:
            continue  # a deictic without an anchor; nothing to fill
        tense = tense or sentence_tense(text, cand.start, cand.end)
        setattr(cand, attr, resolve_year(point, anchor, tense))
        cand.anchored = True
        cand.guessed = True


# A year counted from the page's: "förra året", "i fjol", "nästa år".
_YEAR_COUNTED = re.compile(r"(?i:(?:förra|nästa|förrförra)\s+år(?:et)?|i\s+fjol)")


def _seasons_of_year_told(text: str, cands: list[Candidate]) -> None:
    """ "Förra året fick tolv löpare besvär, de flesta under våren": a season told without its year, in the
    sentence of a year told just before as one counted from the page's ("förra året", "nästa år"), is that year's."""
    for index, cand in enumerate(cands):
        point = cand.point
        if not cand.guessed or point is None or point.grain != "part" or point.month is not None or cand.point_end is not None:
            continue
        earlier = next(
            (
                e for e in reversed(cands[:index])
                if e.type == "DATE" and e.point is not None and e.point.grain == "year" and e.point_end is None
                and _YEAR_COUNTED.fullmatch(text, e.start, e.end) is not None  # "förra året", "nästa år": not "sedan 2020"
            ),
            None,
        )
        if earlier is None or earlier.point is None or earlier.point.year is None:
            continue
        if SENTENCE_END.search(text, earlier.end, cand.start) or any(o.end <= cand.start and o.start >= earlier.end for o in cands):
            continue  # another sentence, or another time told in between
        cand.point = replace(point, year=earlier.point.year)


def _borrow(point: Point, end: Point) -> Point:
    """The start of a range takes the end's year, or the year before if it would follow it."""
    assert end.year is not None
    borrowed = Point(
        point.grain, end.year, point.month, point.day, point.part, point.week, point.weekday
    )
    first, last = point_interval(borrowed), point_interval(end)
    if first and last and first[0] > last[1]:
        return Point(
            point.grain, end.year - 1, point.month, point.day, point.part, point.week, point.weekday
        )
    return borrowed


_SAME_AS = re.compile(r"\s+som\s[^.;:]{0,60}?,\s*")


_DUE_BY = re.compile(r"(?:senast|före|innan|till\s+och\s+med)\s", re.IGNORECASE)
# Going live: "samma dag som sjukhuset" in such a sentence is the go-live day told before.
_GOLIVE = re.compile(
    r"\b(?:startar|startade|starta|går\s+över|gick\s+över|gå\s+över|går\s+live|gick\s+live"
    r"|börja(?:r|de)?\s+använda|införs|infördes|tas\s+i\s+bruk|togs\s+i\s+bruk|driftstart\w*"
    r"|(?<!\bom\s)(?<!\bför\s)(?:omstarten|återstarten|starten))\b",  # not "beslut om omstarten den 28 september"
    re.IGNORECASE,
)
_FUTURE = re.compile(r"\b(?:ska|skall|kommer\s+att)\b", re.IGNORECASE)


def _after(day: Point, anchor: datetime.date) -> bool:
    interval = point_interval(day)
    return interval is not None and interval[0] > anchor


# "samma dag som kontoret öppnar": the verb of the "som" clause.
_SAME_AS_VERB = re.compile(r"\s+som\s+(?:[\w-]+\s+){1,3}?(?P<verb>[a-zåäö]{4,}(?:ar|er|as|s))\b")


# "samma dag som pausen": the event named by its noun.
_SAME_AS_NOUN = re.compile(
    r"\s+som\s+(?P<noun>pausen|beslutet|mötet|sammanträdet|bytet|övergången|omstarten)(?=\s*[,.;]|\s+(?:ligger|var|är)\b)"
)


def _day_told_with_verb(text: str, cand: Candidate, told_days: list[tuple[Point, str]]) -> Point | None:
    """The day an earlier sentence told with the verb of "samma dag som X <verb>", or with the noun of "samma
    dag som pausen"."""
    if (verb := _SAME_AS_VERB.match(text, cand.end)) is not None:
        stem = verb.group("verb")[:5].lower()
    elif (noun := _SAME_AS_NOUN.match(text, cand.end)) is not None:
        stem = noun.group("noun")[:4]
    else:
        return None
    for point, sentence in reversed(told_days):
        if re.search(rf"\b{re.escape(stem)}", sentence.lower()):
            return point
    return None


def _habitual_same_day(text: str, cand: Candidate) -> bool:
    """ "– Vi vill att läraren ska få beskedet samma dag som läkaren skriver det": in a quote, the same day
    as something that happens each time, no day; one the text told before is that day."""
    clause = _SAME_AS_VERB.match(text, cand.end)
    if cand.shift is None or cand.shift[:2] != ("D", 0) or clause is None:
        return False
    paragraph = text.rfind("\n", 0, cand.start) + 1
    if not text.startswith(("–", "—"), paragraph) or _GOLIVE.search(_sentence_of(text, cand.start)):
        return False
    return re.search(rf"\b{re.escape(clause.group('verb')[:5].lower())}", text[:paragraph].lower()) is None


def _sentence_of(text: str, pos: int) -> str:
    start = max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos)) + 1
    ends = [at for at in (text.find(".", pos), text.find("\n", pos)) if at != -1]
    return text[start : min(ends, default=len(text))]


def _in_heading(text: str, pos: int) -> bool:
    """Whether ``pos`` is on a line that does not end like a sentence: a heading over the text."""
    line = text[text.rfind("\n", 0, pos) + 1 : (text.find("\n", pos) + 1 or len(text) + 1) - 1].rstrip()
    return bool(line) and not line.endswith((".", "!", "?", "”", '"', ":", ",", ";"))


# "Redan på söndagen" (not "på söndag", nor "söndagen den 10 november"): a weekday the story moves to.
_NARRATED_WEEKDAY = re.compile(rf"(?:[Pp]å\s+)?(?:{WEEKDAY_RE})en")


def _day_after_told(text: str, cand: Candidate, told: tuple[Point, str]) -> Point | None:
    """ "När sjukhuset gick över lördagen den 9 november … Redan på söndagen kom de första beställningarna": a
    weekday in the sentence right after a day told, the day after it, is that next day."""
    day, sentence = told
    at = text.rfind(sentence, 0, cand.start)
    between = text[at + len(sentence) : cand.start] if at >= 0 else "\n\n"
    told_interval, own = point_interval(day), None if cand.point is None else point_interval(cand.point)
    if "\n\n" in between or len(between) > 120 or told_interval is None or own is None or day.grain != "day":
        return None
    if not re.search(r"\b[Rr]edan\s+(?:på\s+)?$", text[max(0, cand.start - 16) : cand.start]):
        return None  # "… den 2 september. Svaret kom i ett mejl på tisdagen.": the week of the page
    gap = (own[0].isoweekday() - told_interval[0].isoweekday()) % 7
    later = told_interval[0] + datetime.timedelta(days=gap)
    # only the next day: "den 29 september. … skickades till programkontoret på tisdagen" is the week of the page
    return point_of_date(later, "day") if gap == 1 and later < own[0] else None


def _resolve_anaphora(text: str, cands: list[Candidate], anchor: datetime.date | None) -> None:
    """ "ett år senare", "året därpå": shift the previous dated expression (or the anchor)."""
    previous: Point | None = None
    latest_day: Point | None = None
    latest_month: Point | None = None
    evenings: dict[str, Point] = {}  # the last day told with each part of the day ("i torsdags kväll")
    golive_days: list[Point] = []  # the days something was told to go live
    told_days: list[tuple[Point, str]] = []  # the days told, with their sentences
    years_told: list[int] = []  # the year of each dated expression so far
    for index, cand in enumerate(cands):
        following = cands[index + 1] if index + 1 < len(cands) else None
        if (
            cand.shift is not None
            and cand.shift[1] == 0
            and cand.shift[0] in ("D", "WE")
            and following is not None
            and following.point is not None
            and following.point.grain == "day"
            and following.point.year is not None
            and _SAME_AS.fullmatch(text[cand.end : following.start])
        ):
            # "samma dag som Södra Älvsborgs sjukhus, lördagen den 11 oktober": the day named next
            latest_day = previous = following.point
        if told_days and cand.shift is None and _NARRATED_WEEKDAY.fullmatch(text, cand.start, cand.end):
            cand.point = _day_after_told(text, cand, told_days[-1]) or cand.point
        if cand.year_shift is not None and cand.point is not None:
            base_year = previous.year if previous is not None else anchor.year if anchor else None
            if (
                base_year is not None
                and anchor is not None
                and _after(replace(cand.point, year=base_year + cand.year_shift), anchor)
                and sentence_tense(text, cand.start, cand.end) == "past"
            ):
                # "Enligt tidplanen som antogs i maj förra året … följer under 2025. I samma beslut … Cerner, som i juni
                # samma år köptes av Oracle": a past told of a year still to come is of the year told before it
                base_year = next(
                    (y for y in reversed(years_told) if not _after(replace(cand.point, year=y + cand.year_shift), anchor)),
                    base_year,
                )
            if base_year is not None:
                cand.point = replace(cand.point, year=base_year + cand.year_shift)
                cand.anchored = previous is None
        if cand.shift is not None and cand.shift[0] == "WD":
            # "lördagen den 9 november … från och med måndagen därpå": the first such weekday after the day told
            day = latest_day or previous or (point_of_date(anchor, "day") if anchor else None)
            first = None if day is None else point_interval(day)
            if first is not None:
                days_on = (int(cand.shift[1]) - first[1].isoweekday()) % 7 or 7
                cand.point = point_of_date(first[1] + datetime.timedelta(days=days_on), "day")
            else:
                cand.point = Point("day")
            cand.anchored = latest_day is None and previous is None and anchor is not None
        elif cand.shift is not None and cand.shift[0] == "WE":
            day = latest_day or previous or (point_of_date(anchor, "day") if anchor else None)
            cand.point = _weekend_of(day, int(cand.shift[1])) if day is not None else Point("weekend")
            cand.anchored = day is None and anchor is not None
        elif cand.shift is not None:
            unit, amount, coarsen = cand.shift
            base = previous or (point_of_date(anchor, "day") if anchor else None)
            if unit == "D" and amount == 0 and latest_day is not None:
                # "samma dag" refers back to a day, not to the month or season named since
                base = latest_day
                sentence = _sentence_of(text, cand.start)
                told = _day_told_with_verb(text, cand, told_days)
                if cand.time is not None and cand.time in evenings:
                    base = evenings[cand.time]  # "i torsdags kväll … samma kväll": the day told with that part
                elif told is not None:
                    base = told  # "tillträder samma dag som kontoret öppnar": the day it was told to open
                elif golive_days and _GOLIVE.search(sentence):
                    # "ska gå över samma dag", "börja använda Millennium samma dag som sjukhuset":
                    # the go-live told before; one still to come when the sentence looks ahead
                    ahead = [day for day in golive_days if anchor and _FUTURE.search(sentence) and _after(day, anchor)]
                    base = (ahead or golive_days)[-1]
            if unit in ("D", "W") and amount and latest_day is not None and previous is not None and previous.grain != "day":
                # "lördagen den 9 november … Under november levererade … Elva dagar senare": counted from
                # the day told, not from the month named since
                base = latest_day
            if unit == "W" and amount == 0 and told_days and previous is not None and previous.grain not in ("day", "week"):
                # "till och med måndagen den 16 oktober … tidigast 2019. … ett möte samma vecka som anbudstiden
                # går ut": the week of the day told last, not of the year named since
                base = told_days[-1][0]
            if unit == "M" and amount == 0 and latest_month is not None:
                base = latest_month  # "samma månad": the month named last, not a season since
            moved = None if base is None else (base if amount == 0 else shift(base, unit, amount))
            interval = None if moved is None else point_interval(moved)
            # ("den 17 maj … En månad senare": a month on is told to the month)
            if (coarsen or previous is None or unit == "M" and moved is not None and moved.grain == "day") and interval is not None:
                moved = point_of_date(interval[0], _UNIT_GRAIN.get(unit, "year"))
            cand.point = moved or Point(_UNIT_GRAIN.get(unit, "year"))
            cand.anchored = previous is None and anchor is not None
        point = cand.point_end or cand.point
        if cand.type in ("DATE", "TIME") and point is not None and point.year is not None:
            previous = point
            years_told.append(point.year)
            if point.grain == "day":
                if not _DUE_BY.match(text, cand.start) and not _in_heading(text, cand.start):
                    # not "senast den 30 september": a day due, no day something happened on; not a heading's day
                    # ("… blir skadeansvarig den 1 januari" over "Kommittén utsåg samma kväll …": the summary's)
                    latest_day = point
                if cand.shift is None and _GOLIVE.search(_sentence_of(text, cand.start)):
                    golive_days.append(point)
                if cand.shift is None:
                    told_days.append((point, _sentence_of(text, cand.start)))
            if point.grain in ("day", "month") and point.month is not None:
                latest_month = Point("month", point.year, point.month)
            if cand.type == "TIME" and cand.time is not None and cand.shift is None and point.grain == "day":
                evenings[cand.time] = point


def _weekend_of(day: Point, amount: int) -> Point | None:
    """The weekend of the week a day falls in ("samma helg"), or the first one after it ("helgen därpå")."""
    interval = point_interval(day)
    if interval is None:
        return None
    first = interval[0]
    if amount and first.isoweekday() >= 6:
        first += datetime.timedelta(days=7)
    return point_of_date(first, "weekend")


def _interval(point: Point | None, mod: str | None) -> tuple[datetime.date, datetime.date] | None:
    interval = None if point is None else point_interval(point)
    return None if interval is None else narrow(*interval, mod)


def _timex(text: str, cand: Candidate) -> Timex:
    surface = text[cand.start : cand.end]
    if cand.type in ("DURATION", "SET") or cand.point is None:
        window = cand.window
        return Timex(
            surface,
            cand.start,
            cand.end,
            cand.type,
            cand.value or "XXXX",
            cand.mod,
            window[0].isoformat() if window else None,
            window[1].isoformat() if window else None,
            cand.anchored,
        )
    value = cand.point.value() + (cand.time or "")
    first = _interval(cand.point, cand.mod)
    last = _interval(cand.point_end, cand.mod_end) if cand.point_end else first
    range_end = None
    if cand.point_end is not None:
        range_end = cand.point_end.value() + (cand.time_end or "")
        if _DASH_RANGE.search(surface) and "skiftet" not in surface:
            value = f"{value}/{range_end}"  # "2022–2023" is the ISO 8601 interval 2022/2023
    elif cand.time_end:
        range_end = cand.point.value() + cand.time_end
    return Timex(
        surface,
        cand.start,
        cand.end,
        cand.type,
        value,
        cand.mod if cand.point_end is None or cand.mod == "APPROX" else None,
        first[0].isoformat() if first and last else None,
        last[1].isoformat() if first and last else None,
        cand.anchored,
        range_end,
    )


# A range written with a dash or slash ("2023–2025", "9–10 november"); one joined by words
# ("2018 fram till den 20 november 2024") keeps its start as the value.
_DASH_RANGE = re.compile(r"\w\s*[–—/-]\s*\w")


def find_timexes(text: str, anchor: datetime.date | None = None) -> list[Timex]:
    """All time expressions in a Swedish text, left to right, non-overlapping.

    ``anchor`` is the page's published date; it gives the year to "den 17 maj"
    and the day to "i går". Without it such values carry X ("XXXX-05-17").

    >>> find_timexes("Beslutet togs den 17 maj.", datetime.date(2022, 5, 20))[0].value
    '2022-05-17'
    """
    cands = drop_event_anaphora(text, _select(_candidates(text, anchor)))
    attach_part_words(text, cands)
    cands = join_ranges(text, cands)
    cands = join_year_anaphora(text, cands)
    share_years(text, cands)
    inherit_month_years(text, cands, anchor)
    lend_listed_years(text, cands)
    carry_listed_years(text, cands)
    frame_season_genitives(text, cands)
    attach_limits(text, cands)
    cands = join_clock_times(text, cands)
    for cand in cands:
        _resolve(text, cand, anchor)
    cands = [cand for cand in cands if not _habitual_same_day(text, cand)]
    _resolve_anaphora(text, cands, anchor)
    _seasons_of_year_told(text, cands)
    headings_follow_body(text, cands)
    return [_timex(text, cand) for cand in cands]
