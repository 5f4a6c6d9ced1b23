"""Publication dates as the clean stage sees them: machine values and Swedish page text.

Dates are stored as ISO ``YYYY-MM-DD`` (date only). Pages show a time of day at best to the
minute and often only in local time without a zone; a calendar date is what a timeline of
FVM decisions needs, and cutting to the date keeps equal days equal across sources. The date
is taken as the page wrote it, without converting time zones, because Swedish sites publish
in local time and converting ``2024-11-15T23:30+01:00`` to UTC would move it a day.

This is a small parser for date *labels* on news pages ("Publicerad: 18 maj 2022"), not a
temporal tagger for running text; that lives in a later stage.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1,
    "februari": 2, "feb": 2, "febr": 2,
    "mars": 3, "mar": 3,
    "april": 4, "apr": 4,
    "maj": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "augusti": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

# Longest names first so "mars" is not read as "mar" + "s".
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))

_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:$|T)")
_SLASHED = re.compile(r"(?<!\d)(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)")
_NAMED = re.compile(rf"(?<!\d)(\d{{1,2}})\s*(?:e\s+)?({_MONTH_ALT})\.?,?\s+(\d{{4}})(?!\d)", re.I)
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./ ]\s?(\d{4})(?!\d)")

# A date expression as it appears after a label, for building label patterns.
DATE_TEXT = (
    rf"(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}\s*(?:{_MONTH_ALT})\.?,?\s+\d{{4}}"
    r"|\d{1,2}[./]\d{1,2}[./ ]\s?\d{4})"
    r"(?:,?\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*(?:CET|CEST|UTC|GMT))?)?"  # "6 nov 2019 08:30 CET"
)

PUBLISHED_LABEL = r"(?:publicerad|publicerat|publicerades|publ\.|skapad|datum)"
UPDATED_LABEL = r"(?:senast\s+uppdaterad|uppdaterad|uppdaterat|uppdaterades|senast\s+ändrad|ändrad)"

_LABELLED = {
    "published": re.compile(rf"\b{PUBLISHED_LABEL}\s*:?\s*(?:den\s+)?({DATE_TEXT})", re.I),
    "updated": re.compile(rf"\b{UPDATED_LABEL}\s*:?\s*(?:den\s+)?({DATE_TEXT})", re.I),
}

# A text that is nothing but date labels and dates, e.g. the empty "Publicerad: Uppdaterad:",
# perhaps after the kind of page ("Nyhet publicerad 2020-04-16").
_PAGE_KIND = r"(?:nyhet|artikel|notis|pressmeddelande|krönika|debattartikel|reportage)"
# "Sidan uppdaterades: 22 maj 2026": the page itself as the subject of the label.
_PAGE_NOUN = r"(?:sidan|artikeln|texten|nyheten|innehållet)"
_WEEKDAY = r"(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?"
# A day and month without the year, only ever read after a label: Forem's "Publicerad 25 maj".
_DAY_MONTH = rf"\d{{1,2}}\s*(?:{_MONTH_ALT})\.?"
DATE_LINE = re.compile(
    rf"^(?:{_PAGE_KIND}(?:\s*[·|•])?\s+|{_PAGE_NOUN}\s+)?(?:\s*(?:{PUBLISHED_LABEL}|{UPDATED_LABEL})\s*:?\s*(?:{_WEEKDAY}\s+)?(?:den\s+)?"
    rf"(?:{DATE_TEXT}|{_DAY_MONTH})?\s*[|·,]?)+\s*$",
    re.I,
)  # "Publicerat måndag 16 november 2026 kl 07.12", Squiz Matrix's "Nyhet · Publicerad 16 mars 2023"

# Swedish weekdays as CMSs abbreviate them in a date format ("fre, 2018-03-16 09:30").
_WEEKDAY_SHORT = r"(?:mån|tis|ons|tors?|fre|lör|sön)\.?"
# A byline that dates the post: Backdrop's and Drupal's "Inskickad av redaktionen den fre, 2018-03-16
# 09:30", b2evolution's "Postat av anna den 13/06/2023", Dotclear's "Av Redaktionen den torsdag 19 maj
# 2016, 14:02", Moodle's "av Karin Sjövall - tisdag, 8 november 2016, 10:14". Read from the start of a
# short line only: "av … den" in running text is no byline.
BYLINE_DATE = re.compile(
    rf"^(?:(?:inskickad|inskickat|postad|postat|skriven|skrivet|publicerad|publicerat)\s+)?av\s+\S+(?:\s+\S+){{0,3}}?"
    rf"\s+(?:den|[-–])\s+(?:(?:{_WEEKDAY}|{_WEEKDAY_SHORT}),?\s+)?({DATE_TEXT})",
    re.I,
)
# A line of the author's name and the date after a comma, and nothing else: WonderCMS's
# "<em>Akutnätverket Väst, 20 mars 2025</em>".
NAME_DATE = re.compile(rf"^[A-ZÅÄÖ][\w-]+(?:\s[\w-]+){{0,4}},\s+(?:den\s+)?({DATE_TEXT})$")


def _valid(year: int, month: int, day: int) -> str | None:
    """The ISO date, or None when it is no calendar date or far outside the web's years."""
    if not 1990 <= year <= 2100:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(value: str | None) -> str | None:
    """An ISO ``YYYY-MM-DD`` for a machine or Swedish date string, else None.

    >>> parse_date("2022-05-18T09:00:00+02:00"), parse_date("18 maj 2022 kl. 10.15")
    ('2022-05-18', '2022-05-18')
    """
    if not value:
        return None
    text = value.strip()
    for pattern in (_ISO, _SLASHED):
        match = pattern.search(text)
        if match:
            return _valid(int(match[1]), int(match[2]), int(match[3]))
    match = _COMPACT.match(text)
    if match:
        return _valid(int(match[1]), int(match[2]), int(match[3]))
    match = _NAMED.search(text)
    if match:
        return _valid(int(match[3]), MONTHS[match[2].lower()], int(match[1]))
    match = _NUMERIC.search(text)
    if match:
        return _valid(int(match[3]), int(match[2]), int(match[1]))
    return None


def labelled_date(text: str, kind: str) -> str | None:
    """The first date after a Swedish ``kind`` label ("published" or "updated") in ``text``.

    >>> labelled_date("Publicerat den 3 mars 2024", "published")
    '2024-03-03'
    """
    for match in _LABELLED[kind].finditer(text):
        found = parse_date(match[1])
        if found:
            return found
    return None


# A block that is a date and nothing else ("6 maj 2026", "Tisdag 12 mars 2024 kl. 10.15").
_BARE_DATE = re.compile(rf"^(?:{_WEEKDAY},?\s+(?:den\s+)?)?{DATE_TEXT}$", re.I)  # FlatPress's "tisdag, 15 mars 2016"
# A kicker: a category and the date, either way round ("Informatik · 9 mars 2022").
_LABEL = r"[\wåäöÅÄÖ&-]{2,25}(?:\s[\wåäöÅÄÖ&-]{2,25}){0,2}"
_LABELLED_DATE = re.compile(
    rf"^{_LABEL}\s*[·|•]\s*(?:{_WEEKDAY}\s+)?{DATE_TEXT}$|^(?:{_WEEKDAY}\s+)?{DATE_TEXT}\s*[·|•]\s*{_LABEL}$", re.I
)

# One category word and the date with no sign between them ("Nyhet 11 oktober 2022"): a date line only
# where its place and markup say so (in italics right under the headline), since a word before a date
# may start a sentence.
LABEL_DATE = re.compile(rf"^[\wåäöÅÄÖ&-]{{2,30}}\s+(?:{_WEEKDAY},?\s+)?(?:den\s+)?{DATE_TEXT}$", re.I)


def is_date_line(text: str) -> bool:
    """True for a line of only date labels and dates ("Publicerad: Uppdaterad:", "6 maj 2026")."""
    stripped = text.strip()
    return bool(text) and len(text) < 160 and bool(DATE_LINE.match(text) or _BARE_DATE.match(stripped) or _LABELLED_DATE.match(stripped))
