"""Rules for calendar expressions the text spells out: dates, months, years, parts, weeks.

Each rule is a pattern and a builder; a builder returns candidates whose year
may still be missing (``Point.year is None``) for ``timex_anchor`` to fill.
Prepositions ("i", "under", "från") stay outside the span, as in TimeML;
"den" and "år" belong to the date and stay inside.
"""

from __future__ import annotations

import re
from datetime import date

from fvmdocs.extract.timex_calendar import Point
from fvmdocs.extract.timex_candidate import Builder, Candidate, candidate
from fvmdocs.extract.timex_lexicon import (
    COUNT_WORDS,
    DASH_RE,
    DAY_NUMBER_RE,
    DAY_RE,
    MONTH_ANY_RE,
    MONTH_FULL_RE,
    NOT_YEAR_BEFORE,
    ORDINAL_WORD_RE,
    SEASON_PREFIX_MOD,
    SEASON_PREFIX_RE,
    WEEKDAY_RE,
    WEEKDAYS,
    YEAR_DIGITS_RE,
    YEAR_RE,
    month_number,
    ordinal_value,
)

_I = re.IGNORECASE
_ORD_PARTS = r"första|andra|tredje|fjärde|sista|senare|1:a|2:a|3:e|4:e"
_LAST = {"H": "2", "Q": "4", "T": "3"}  # what "sista"/"senare" means per part kind


def _year(text: str | None) -> int | None:
    """A year from four digits, or two digits read as 20xx."""
    if not text:
        return None
    value = int(text)
    return value + 2000 if len(text) == 2 else value


def _day_number(text: str) -> int:
    return ordinal_value(text) or int(text.split(":")[0])


def _valid(point: Point) -> bool:
    """False for impossible dates like 31 april (checked in a leap year when unknown)."""
    if point.day is None or point.month is None:
        return True
    try:
        date(point.year or 2024, point.month, point.day)
    except ValueError:
        return False
    return True


def _full_date(match: re.Match[str], _anchor: date | None) -> list[Candidate]:
    weekday = match.group("wd")
    point = Point(
        "day",
        _year(match.group("y")),
        month_number(match.group("m")),
        _day_number(match.group("d")),
        weekday=WEEKDAYS[weekday.lower()] if weekday else None,
    )
    return [candidate(match, point=point)] if _valid(point) else []


def _numeric_date(match: re.Match[str], _anchor: date | None) -> list[Candidate]:
    # "17/5" alone may be a fraction; only "den 17/5" or a year makes it a date.
    if not (match.group("den") or match.group("y")):
        return []
    point = Point("day", _year(match.group("y")), int(match.group("m")), int(match.group("d")))
    return [candidate(match, point=point)] if _valid(point) else []


def _iso_date(match: re.Match[str], _anchor: date | None) -> list[Candidate]:
    year, month, day = int(match.group("y")), int(match.group("m")), match.group("d")
    if day is None:
        # "2024-25" is a range of years; so is "2011-12", read the way prose uses it.
        if month == (year + 1) % 100:
            return []
        return [candidate(match, point=Point("month", year, month))]
    point = Point("day", year, month, int(day))
    return [candidate(match, point=point)] if _valid(point) else []


def _month_year(match: re.Match[str], _anchor: date | None) -> list[Candidate]:
    point = Point("month", int(match.group("y")), month_number(match.group("m")))
    return [candidate(match, point=point)]


def _bare_month(match: re.Match[str], _anchor: date | None) -> list[Candidate]:
    return [candidate(match, point=Point("month", None, month_number(match.group("m"))))]


def _word_before(text: str, start: int) -> str:
    words = re.findall(r"[\w§]+", text[max(0, start - 30) : start])
    return words[-1].lower() if words else ""


def _word_after(text: str, end: int) -> str:
    found = re.match(r"\s*([\w%]+)", text[end : end + 40])
    return found.group(1).lower() if found else ""


def is_year_context(text: str, start: int, end: int) -> bool:
    """Whether a 1900-2099 number at text[start:end] reads as a year, not a count or id."""
    if _word_before(text, start) in NOT_YEAR_BEFORE and not re.search(
        r"\b(?:gå|går|gick|gått)\s+över\s+$", text[max(0, start - 20) : start], re.IGNORECASE
    ):
        return False  # "över 2000 personer" is a count; "gå över 2020" a year
    after = _word_after(text, end)
    if after in COUNT_WORDS or after == "%":
        return False
    # Plural person nouns ("2000 deltagare", "1950 användare") end in -are.
    return not (len(after) > 4 and after.endswith("are") and after != "senare")


def _bare_year(match: re.Match[str], _anchor: date | None) -> list[Candidate]:
    if not match.group("ar") and not is_year_context(
        match.string, match.start("y"), match.end("y")
    ):
        return []
    return [candidate(match, point=Point("year", int(match.group("y"))))]


def _year_range(match: re.Match[str], _anchor: date | None) -> list[Candidate]:
    first = int(match.group("y1"))
    second_text = match.group("y2")
    second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    if second <= first or second - first > 50:
        return []
    if match.group("sep") == "/" and second != first + 1:
        return []
    return [candidate(match, point=Point("year", first), point_end=Point("year", second))]


def _decade(match: re.Match[str], _anchor: date | None) -> list[Candidate]:
    digits = match.group("d")
    if len(digits) == 2:
        # "20-talet" in a text about IT is the 2020s; "90-talet" is the 1990s.
        digits = ("20" if int(digits) <= 40 else "19") + digits
    return [candidate(match, point=Point("decade", int(digits)))]


def _season_year(match: re.Match[str], _anchor: date | None) -> list[Candidate]:
    word = match.group("s").lower()
    code = {"vår": "SP", "som": "SU", "hös": "FA", "vin": "WI", "vt": "SP", "ht": "FA"}
    point = Point("part", _year(match.group("y")), part=code[word[:3] if len(word) > 2 else word])
    prefix = match.groupdict().get("pre")
    return [candidate(match, point=point, mod=SEASON_PREFIX_MOD[prefix.lower()] if prefix else None)]


def _winter_span(match: re.Match[str], _anchor: date | None) -> list[Candidate]:
    first, second = int(match.group("y")), match.group("y2")
    if int(second[-2:]) != (first + 1) % 100:
        return []
    return [candidate(match, point=Point("part", first, part="WI"))]


def _ordinal_part(match: re.Match[str], _anchor: date | None) -> list[Candidate]:
    kind = {"halv": "H", "kvar": "Q", "tert": "T", "h": "H", "q": "Q"}[match.group("k").lower()[:4]]
    groups = match.groupdict()
    raw = (groups.get("o") or groups.get("n") or "").lower()
    number = _LAST[kind] if raw in ("sista", "senare") else str(ordinal_value(raw) or raw)
    limit = {"H": 2, "Q": 4, "T": 3}[kind]
    if not number.isdigit() or not 1 <= int(number) <= limit:
        return []
    point = Point("part", _year(groups.get("y")), part=kind + number)
    return [candidate(match, point=point)]


def _week(match: re.Match[str], _anchor: date | None) -> list[Candidate]:
    week, last = int(match.group("w")), match.group("w2")
    year = _year(match.group("y"))
    if not 1 <= week <= 53 or (last and not week < int(last) <= 53):
        return []
    end = Point("week", year, week=int(last)) if last else None
    return [candidate(match, point=Point("week", year, week=week), point_end=end)]


def _day_pair(match: re.Match[str], _anchor: date | None) -> list[Candidate]:
    """ "17–19 maj 2022" is one range; "17 och 18 maj" two dates sharing the month."""
    month, year = month_number(match.group("m")), _year(match.group("y"))
    first = Point("day", year, month, _day_number(match.group("d1")))
    second = Point("day", year, month, _day_number(match.group("d2")))
    if not (_valid(first) and _valid(second)) or (first.day or 0) >= (second.day or 0):
        return []
    if match.group("sep").lower() != "och" or match.group("pre"):
        return [candidate(match, point=first, point_end=second)]
    head_end = match.end("d1")
    tail_start = match.start("d2") if not match.group("den2") else match.start("den2")
    return [
        Candidate(match.start("head"), head_end, point=first),
        Candidate(tail_start, match.end(), point=second),
    ]


_DAY_OR_ORDINAL = rf"(?:{DAY_RE}|(?<!\w)(?:{ORDINAL_WORD_RE}))"
_YEAR_TAIL = rf"(?:,?\s+(?:år\s+)?(?P<y>{YEAR_RE}))?"

DATE_RULES: tuple[tuple[re.Pattern[str], Builder], ...] = (
    (re.compile(
        rf"(?<!\w)(?P<pre>(?:från|mellan)\s+)?(?P<head>(?:den\s+)?(?P<d1>{DAY_RE}))\s*"
        r"(?P<sep>[–—-]|till(?:\s+och\s+med)?|t\.\s?o\.\s?m\.?|och)\s*"
        rf"(?P<den2>den\s+)?(?P<d2>{DAY_NUMBER_RE})\s+(?P<m>{MONTH_ANY_RE})(?!\w){_YEAR_TAIL}", _I),
     _day_pair),
    (re.compile(
        rf"(?<!\w)(?:(?P<wd>{WEEKDAY_RE})(?:en)?,?\s+)?(?:den\s+)?(?P<d>{_DAY_OR_ORDINAL})\s+"
        rf"(?P<m>{MONTH_ANY_RE})(?!\w){_YEAR_TAIL}", _I), _full_date),
    (re.compile(
        rf"(?<![\w/])(?:(?P<den>den)\s+)?(?P<d>{DAY_RE})/(?P<m>1[0-2]|0?[1-9])"
        rf"(?:(?:\s+|[/-])(?P<y>{YEAR_DIGITS_RE}))?(?![\d/])", _I), _numeric_date),
    (re.compile(
        r"(?<![\w-])(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01]))?"
        r"(?![\w-]|[.,:]\d)", _I), _iso_date),
    (re.compile(rf"(?<!\w)(?P<m>{MONTH_ANY_RE})(?:\s+månad)?,?\s+(?:år\s+)?(?P<y>{YEAR_RE})", _I),
     _month_year),
    # Bare month names only in lower case: "Maj" alone is as likely a first name.
    (re.compile(rf"(?<![\w-])(?P<m>{MONTH_FULL_RE})(?:\s+månad)?(?!\w)"), _bare_month),
    # ... unless a range shows it is one: "Januari–mars 2026"
    (re.compile(rf"(?<![\w-])(?P<m>{MONTH_FULL_RE})(?=\s*{DASH_RE}\s*(?:{MONTH_FULL_RE})\b)", _I), _bare_month),
    # ... or it labels an entry of a chronology: "Januari: Två granskare får i uppdrag ..."
    (re.compile(rf"(?:^|(?<=\n))(?P<m>{MONTH_FULL_RE})(?=:\s)", _I), _bare_month),
    (re.compile(
        rf"(?<![\w§])(?P<t>(?:(?P<ar>år|åren|året)\s+)?(?P<y1>{YEAR_RE})\s*(?P<sep>[–—-]|/)\s*"
        r"(?P<y2>(?:19|20)\d\d|\d\d))(?![\w]|[.,:]\d|[-–/]\s?\d)", _I), _year_range),
    (re.compile(
        rf"(?<![\w§/.,:-])(?P<t>(?:(?P<ar>år|året)\s+)?(?P<y>{YEAR_RE}))"
        r"(?!\w|\s?%|[-–/]\s?\d)", _I), _bare_year),
    # "Kockarnas förening i Göteborg bildades 1898": a founding year of the 1800s
    (re.compile(
        r"(?<!\w)(?:bildades|grundades|startades|invigdes|byggdes)\s+(?P<t>(?:(?P<ar>år)\s+)?(?P<y>18\d\d))(?![\w]|[.,:]\d)", _I),
     _bare_year),
    (re.compile(r"(?<![\w-])(?P<d>(?:19|20)?\d0)-talets?(?!\w)", _I), _decade),
    (re.compile(
        rf"(?<!\w)(?P<s>vintern|vinter)\s+(?P<y>{YEAR_RE})\s*[/–—-]\s*(?P<y2>(?:19|20)?\d\d)"
        r"(?![\w]|[.,:]\d)", _I), _winter_span),
    (re.compile(
        rf"(?<!\w)(?P<pre>{SEASON_PREFIX_RE})?(?P<s>våren|vår|sommaren|sommar|hösten|höst|vintern|vinter)\s+(?:år\s+)?"
        rf"(?P<y>{YEAR_RE})", _I), _season_year),
    (re.compile(r"(?<!\w)(?P<s>VT|HT)\s?-?(?P<y>(?:19|20)?\d\d)(?!\w)"), _season_year),
    (re.compile(
        rf"(?<!\w)(?P<o>{_ORD_PARTS})\s+(?P<k>halvår|kvartal|tertial)(?:et)?(?!\w){_YEAR_TAIL}",
        _I), _ordinal_part),
    # "andra halvan av 2026", "första halvan av året"
    (re.compile(
        rf"(?<!\w)(?P<o>{_ORD_PARTS})\s+(?P<k>halvan|halva|halvdelen)\s+av\s+(?:året|(?P<y>{YEAR_RE}))(?!\w)",
        _I), _ordinal_part),
    (re.compile(
        rf"(?<!\w)(?P<k>kvartal|tertial)\s+(?P<n>[1-4])(?!\w){_YEAR_TAIL}", _I),
     _ordinal_part),
    (re.compile(rf"(?<!\w)(?P<k>[HQ])(?P<n>[1-4])\s*[-/]?\s*(?P<y>{YEAR_DIGITS_RE})"), _ordinal_part),
    (re.compile(
        r"(?<!\w)(?:vecka|veckorna|v\.|v(?=\s))\s*(?P<w>\d{1,2})"
        rf"(?:(?:{DASH_RE}|\s+(?:till|och)\s+)(?P<w2>\d{{1,2}}))?(?!\d)"
        rf"(?:,?\s+(?:år\s+)?(?P<y>{YEAR_RE}))?(?![\w])", _I), _week),
)  # fmt: skip
