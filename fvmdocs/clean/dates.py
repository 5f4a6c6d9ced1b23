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
from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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

# ``parse_date`` or ``parse_moment``: a reader of page dates takes either.
DateParser = Callable[[str | None], str | None]

# Longest names first so "mars" is not read as "mar" + "s".
MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))

_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:$|T)")
_SLASHED = re.compile(r"(?<!\d)(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)")
_NAMED = re.compile(rf"(?<!\d)(\d{{1,2}})\s*(?:e\s+)?({MONTH_ALT})\.?,?\s+(\d{{4}})(?!\d)", re.I)
# "30. 3. 2022": a space after each dot, as a Czech builder (Zoner Webmaker) prints a post's date. Its callers
# hand it a date line or a label's date (``DATE_TEXT`` in anchored patterns), never running text.
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})(?:[./]|\.\s(?=\d{1,2}\.\s\d))(\d{1,2})[./ ]\s?(\d{4})(?!\d)")

# English month names, as an English-language platform prints a post's date: LearnWorlds' and Spreaker's
# "Nov 18, 2020", WordPress's "November 18, 2020". Month first, the comma before the year required, so a
# Swedish "18 nov 2020" is never read this way.
ENGLISH_MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_ENGLISH_MONTH_ALT = "|".join(sorted(ENGLISH_MONTHS, key=len, reverse=True))
# An English day's ordinal ending, as a theme spells the day out: Jekyll's Lagrange "September 7th, 2026" ("1st", "2nd",
# "3rd", "21st"); on the day-first form "7th of September 2026".
_ORDINAL = r"(?:st|nd|rd|th)?"
# The clock time after an English date, as the Swedish one's "kl." (``DATE_TEXT``): AstroPaper's date line "8 Oct 2022 |
# at 10:12" beside the headline (the "at" for screen readers only, so "8 Oct 2022 | 10:12" once hidden text is gone),
# "October 8, 2022 at 10:12 AM", "Oct 8, 2022, 10:12".
_ENGLISH_CLOCK = r"(?:\s*[|·•,]?\s*(?:at\s+)?\d{1,2}[.:]\d{2}(?!\d)(?:\s*[ap]\.?m\b\.?)?)?"
_ENGLISH_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\.?"
# JavaScript's ``Date.toDateString()``, which Astro themes print as a post's date (Astroship's "<time>Tue Dec 10
# 2024</time>"): the weekday, the month, the day and the year, no comma. Only with its weekday: "Dec 10 2024" alone
# may be a count of something in a sentence.
_DATE_STRING = rf"{_ENGLISH_WEEKDAY}\s+(?:{_ENGLISH_MONTH_ALT})\s+\d{{1,2}}\s+\d{{4}}"
ENGLISH_DATE_TEXT = (
    rf"(?:(?:{_ENGLISH_MONTH_ALT})\.?\s+\d{{1,2}}{_ORDINAL},\s*\d{{4}}"
    rf"|\d{{1,2}}{_ORDINAL}(?:\s+of)?\s+(?:{_ENGLISH_MONTH_ALT})\.?\s+\d{{4}}|{_DATE_STRING}){_ENGLISH_CLOCK}"
)  # "Nov 18, 2020"; day first as a British platform prints it, Pitchero's "3 Oct 2018"; "Tue Dec 10 2024"
_ENGLISH = re.compile(rf"(?<!\w)({_ENGLISH_MONTH_ALT})\.?\s+(\d{{1,2}}){_ORDINAL},\s*(\d{{4}})(?!\d)", re.I)
_ENGLISH_DATE_STRING = re.compile(rf"(?<!\w){_ENGLISH_WEEKDAY}\s+({_ENGLISH_MONTH_ALT})\s+(\d{{1,2}})\s+(\d{{4}})(?!\d)", re.I)
# The day-first form, read after the Swedish names, so "3 okt 2018" and "3 mars 2018" stay Swedish.
_ENGLISH_DAY_FIRST = re.compile(
    rf"(?<![\w.])(\d{{1,2}}){_ORDINAL}(?:\s+of)?\s+({_ENGLISH_MONTH_ALT})\.?\s+(\d{{4}})(?!\d)", re.I
)

# A date expression as it appears after a label, for building label patterns.
DATE_TEXT = (
    rf"(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}\s*(?:{MONTH_ALT})\.?,?\s+\d{{4}}"
    r"|\d{1,2}[./]\d{1,2}[./ ]\s?\d{4}|\d{1,2}\.\s\d{1,2}\.\s\d{4})"
    # "6 nov 2019 08:30 CET", PostNuke's "11 maj 2016 @ 09:14:22 CEST"
    r"(?:,?\s*(?:kl\.?\s*|@\s*)?\d{1,2}[.:]\d{2}(?::\d{2})?(?:\s*(?:CET|CEST|UTC|GMT))?)?"
)

# "Postad 21 april 2026 av styrelsen": a blog's or a Tripod page's byline, the date after its verb. A theme's own
# labels too, as Hexo's Matery prints them in "div.post-info": "Publish Date: 2025-11-19" and "Update Date: …" (its
# English), "发布日期" and "更新日期" (its Chinese), "Published" or "Publiceringsdatum" where a site translates them.
PUBLISHED_LABEL = (r"(?:publicerad|publicerat|publicerades|publ\.|skapad|datum|postad|postat|posted(?:\s+on)?|"
                   r"publiceringsdatum|publish\s+date|published(?:\s+(?:on|date))?|发布日期)")  # fmt: skip
UPDATED_LABEL = r"(?:senast\s+uppdaterad|uppdaterad|uppdaterat|uppdaterades|senast\s+ändrad|ändrad|uppdateringsdatum|update\s+date|更新日期)"

# A label that dates a post only as the whole of its line: "Skrivet den 13 juni 2019", Jekyll Now's "Written on
# 2019-06-13". In running text "skrivet den 3 mars 2024" dates a letter, so the readers of labels in running text
# (``labelled_date``) leave it.
LINE_LABEL = r"(?:skrivet|skriven|written(?:\s+on)?)"

WEEKDAY_NAME = r"(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)"
_WEEKDAY = rf"{WEEKDAY_NAME}(?:en)?"

# A label, the weekday at most (with Joomla 2.5's comma: "Publicerad: torsdag, 17 november 2016 09:12", its Swedish
# "Publicerad: %s" with the format "l, d F Y H:i") and the date.
_LABELLED = {
    "published": re.compile(rf"\b{PUBLISHED_LABEL}\s*:?\s*(?:{_WEEKDAY},?\s+)?(?:den\s+)?({DATE_TEXT})", re.I),
    "updated": re.compile(rf"\b{UPDATED_LABEL}\s*:?\s*(?:{_WEEKDAY},?\s+)?(?:den\s+)?({DATE_TEXT})", re.I),
}

# A text that is nothing but date labels and dates, e.g. the empty "Publicerad: Uppdaterad:",
# perhaps after the kind of page ("Nyhet publicerad 2020-04-16").
_PAGE_KIND = r"(?:nyhet|artikel|notis|pressmeddelande|krönika|debattartikel|reportage)"
# "Sidan uppdaterades: 22 maj 2026": the page itself as the subject of the label.
_PAGE_NOUN = r"(?:sidan|artikeln|texten|nyheten|innehållet)"
# A day and month without the year, only ever read after a label: Forem's "Publicerad 25 maj".
DAY_MONTH = rf"\d{{1,2}}\s*(?:{MONTH_ALT})\.?"
DATE_LINE = re.compile(
    rf"^(?:{_PAGE_KIND}(?:\s*[·|•])?\s+|{_PAGE_NOUN}\s+)?(?:\s*(?:{PUBLISHED_LABEL}|{UPDATED_LABEL}|{LINE_LABEL})\s*:?\s*(?:{_WEEKDAY}\s+)?(?:den\s+)?"
    rf"(?:{DATE_TEXT}|{DAY_MONTH})?\s*[|·,]?)+\s*$",
    re.I,
)  # "Publicerat måndag 16 november 2026 kl 07.12", Squiz Matrix's "Nyhet · Publicerad 16 mars 2023"

# The kind of page and its date with no label or sign between them: WebEasy's text box "Nyhet 4 november 2020"
# under the headline (with a sign it is a ``KICKER_DATE``). Only the page-kind words: another word before a date
# may open a sentence or name a place.
KIND_DATE = re.compile(rf"^{_PAGE_KIND}\s+(?:{_WEEKDAY},?\s+)?(?:den\s+)?{DATE_TEXT}$", re.I)
# The date and its author after it, a sign between them or none: Pingendo's (Bootstrap) "<p class="lead
# text-muted">12 november 2019 <span>Styrelsen</span></p>" under the headline, "12 november 2019 · Kansliet",
# "12 november 2019 – Anna Berg", Jekyll's Type Theme's "<p class="meta">14 maj 2023 &mdash; Styrelsen</p>" (an em
# dash; an English date, "May 14, 2023 — Styrelsen", where the site keeps Jekyll's date format). The author is one to
# four words, each capitalised, and ends the line: a sentence ("12 november 2019 Styrelsen beslutade …", "12 november
# 2019 fattade styrelsen beslut") goes on in lower case. Only beside the headline: in the body a date and a capitalised
# word may name a meeting ("3 mars 2024 Årsmöte").
DATE_AUTHOR = re.compile(
    rf"^(?i:(?:{_WEEKDAY},?\s+)?(?:den\s+)?{DATE_TEXT}|{ENGLISH_DATE_TEXT})\s*(?:[·|•–—-]\s*)?"
    r"[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){0,3}$"
)

# A month and its year with no day: Jekyll's "%B %Y" ("March 2023"), "mars 2023". The post's date only where a date
# line stands (``AUTHOR_DATE``): in the text "Juni 2023" may head a section.
MONTH_YEAR = rf"(?:{MONTH_ALT}|{_ENGLISH_MONTH_ALT})\.?\s+\d{{4}}"
# The author and the post's date after a sign, or the date alone, as a theme's date line prints them: Jekyll's
# Moonwalk "<p class="post-date">Styrelsen / March 2023</p>" (the author, a slash, Jekyll's month and year) under the
# headline, "Styrelsen · 14 mars 2023", "Anna Berg | March 14, 2023", "Styrelsen — mars 2023", "mars 2023". The author is
# one to four capitalised words; a date line only in a date-classed element or on the line beside the headline, since
# a name and a month may stand anywhere in the text ("Kören / Juni 2023" over a concert's programme). Before a date
# that opens with its weekday (JavaScript's "Tue Dec 10 2024") no sign is needed: Astroship sets the author, "•" and
# the date each in an element of its own, side by side, and a theme may leave the bullet out.
AUTHOR_DATE = re.compile(
    rf"^(?:[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){{0,3}}(?:\s*[/·|•—–-]\s*|\s+(?=(?i:{_DATE_STRING})$)))?"
    rf"(?i:{DATE_TEXT}|{ENGLISH_DATE_TEXT}|{MONTH_YEAR})$"
)

# Swedish weekdays as CMSs abbreviate them in a date format ("fre, 2018-03-16 09:30").
WEEKDAY_SHORT = r"(?:mån|tis|ons|tors?|fre|lör|sön)\.?"
# A byline that dates the post: Backdrop's and Drupal's "Inskickad av redaktionen den fre, 2018-03-16
# 09:30", b2evolution's "Postat av anna den 13/06/2023", Dotclear's "Av Redaktionen den torsdag 19 maj
# 2016, 14:02", Moodle's "av Karin Sjövall - tisdag, 8 november 2016, 10:14", PostNuke's "Postad av anna onsdag,
# 11 maj 2016 @ 09:14:22 CEST" (no "den", so the weekday and its comma are required), LEPTON's "Inlagd av
# kansliet den 24.08.2020". Read from the start of a short line only: "av … den" in running text is no byline.
# The English form has its verb and "on" before the date: Jekyll's Hux Blog prints "Posted by Styrelsen on May 16, 2018"
# under the headline (the author, or the site's title where the post names none, so a few words more). Drupal 7's
# "Submitted by !username on !datetime" is "Skickades in av Kansliet den tors, 2016-09-29 10:12" in its Swedish
# translation (Omega 4's "div.node__submitted"), "Skickat av …" in older ones. Pelican's Graymill labels its byline
# "By: Kansliet On: ons 19 oktober 2016 In: Arbetsmiljö", the site's locale date after its labels' colons; Pelican's
# Dougfir prints no verb: "by Kommunikation on Mon 16 December 2024" (its English "by … on" around the locale date).
_BYLINE_VERB = (
    r"(?:inskickad|inskickat|postad|postat|skriven|skrivet|publicerad|publicerat|inlagd|inlagt|upplagd|upplagt"
    r"|skickades\s+in|skickad|skickat)"
)
BYLINE_DATE = re.compile(
    rf"^(?:(?:{_BYLINE_VERB}\s+)?av\s+\S+(?:\s+\S+){{0,3}}?"
    rf"\s+(?:(?:den|[-–])\s+(?:(?:{_WEEKDAY}|{WEEKDAY_SHORT}),?\s+)?|{WEEKDAY_NAME},\s+)"
    rf"|(?:(?:posted|written|published|submitted)\s+)?by\s+\S+(?:\s+\S+){{0,5}}?\s+on\s+(?:{_ENGLISH_WEEKDAY},?\s+)?"
    rf"|by:\s*\S+(?:\s+\S+){{0,3}}?\s+on:\s*(?:(?:{_ENGLISH_WEEKDAY}|{_WEEKDAY}|{WEEKDAY_SHORT}),?\s+)?)"
    rf"({DATE_TEXT}|{ENGLISH_DATE_TEXT})",
    re.I,
)
# A byline whose verb names it one, the date straight after the author and ending the line: Hotaru CMS's
# "Postat av kansliet 13 oktober 2022" (LEPTON's "Inlagd av kansliet den 24.08.2020" is read above).
VERB_BYLINE_DATE = re.compile(rf"^{_BYLINE_VERB}\s+av\s+\S+(?:\s+\S+){{0,2}}?\s+({DATE_TEXT})\s*$", re.I)
# A line of the author's name and the date after a comma, and nothing else: WonderCMS's
# "<em>Akutnätverket Väst, 20 mars 2025</em>"; Microsoft Word's letter head names the weekday too ("Kinna,
# tisdag 17 oktober 2017", "Nyhetsbrev från Jaktvårdskretsen i Mark, Tisdag 17 oktober 2017").
NAME_DATE = re.compile(rf"^[A-ZÅÄÖ][\w-]+(?:\s[\w-]+){{0,4}},\s+(?:(?i:{_WEEKDAY}),?\s+)?(?:den\s+)?({DATE_TEXT})$")


def _valid(year: int, month: int, day: int) -> str | None:
    """The ISO date, or None when it is no calendar date or far outside the web's years."""
    if not 1990 <= year <= 2100:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


# Zola's "%Y.%m.%d" as zerm prints a post's date ("2021.03.12"): read only as a date-classed element's whole text,
# since a year-first dotted number in running text may be a version ("version 2021.03.12").
_YEAR_FIRST_DOTTED = re.compile(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$")


def year_first_dotted(text: str) -> str | None:
    """The ISO date of a text that is a year-first dotted date and nothing else.

    >>> year_first_dotted("2021.03.12")
    '2021-03-12'
    """
    match = _YEAR_FIRST_DOTTED.match(text)
    return _valid(int(match[1]), int(match[2]), int(match[3])) if match else None


def parse_date(value: str | None) -> str | None:
    """An ISO ``YYYY-MM-DD`` for a machine or Swedish date string, else None.

    >>> parse_date("2022-05-18T09:00:00+02:00"), parse_date("18 maj 2022 kl. 10.15")
    ('2022-05-18', '2022-05-18')
    """
    found = _find_date(value.strip()) if value else None
    return found[0] if found else None


# A clock time right after a date: ISO's "T09:12:00+02:00", a page's "11.02", ", kl. 10.15", "18:40 CET", "@ 09:14".
_CLOCK = re.compile(
    r"^(?:T|,?\s*(?:kl\.?\s*|@\s*)?)(\d{1,2})[.:](\d{2})(?!\d)(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}(?!\d))?", re.I
)


# A clock time of midnight to the second, a zone after it or none: "T00:00:00.000Z", "T00:00:00+01:00", "T00:00".
_MIDNIGHT = re.compile(r"^T00:00(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}:?\d{2})?$", re.I)


def unix_day(seconds: str) -> str | None:
    """The Swedish calendar day of a unix timestamp, as Wikidot keeps a date span's moment in its class
    ("span.odate.time_1693299600" shows "29 augusti 2023"); None for a number outside the web's years.

    >>> unix_day("1693299600")
    '2023-08-29'
    """
    try:
        zone = ZoneInfo("Europe/Stockholm")
    except ZoneInfoNotFoundError:  # no time zone database (Windows without tzdata): the UTC day
        zone = None
    try:
        moment = datetime.fromtimestamp(int(seconds), zone)
    except (ValueError, OverflowError, OSError):
        return None
    return _valid(moment.year, moment.month, moment.day)


def parse_moment(value: str | None) -> str | None:
    """Like ``parse_date``, with the clock time when the string gives one after the date.

    Only to tell a later update on the publication day from none; stored dates stay days. Midnight to the second is a
    day written as a moment, no clock time: a static site's front matter gives the post's day alone, and the theme
    writes it as JavaScript's ``toISOString()`` (vuepress-theme-hope's ``article:published_time``
    "2021-03-22T00:00:00.000Z") or Hugo's "2021-03-22T00:00:00+01:00".

    >>> parse_moment("2022-06-28T09:12:00+02:00"), parse_moment("20 nov 2024 kl. 18.40"), parse_moment("6 maj 2026")
    ('2022-06-28T09:12+02:00', '2024-11-20T18:40', '2026-05-06')
    >>> parse_moment("2021-03-22T00:00:00.000Z")
    '2021-03-22'
    """
    text = value.strip() if value else ""
    found = _find_date(text) if text else None
    if found is None:
        return None
    day, end = found
    clock = _CLOCK.match(text[end:])
    if clock is None or int(clock[1]) > 23 or int(clock[2]) > 59 or _MIDNIGHT.match(clock[0]):
        return day
    zone = clock[3] or ""
    if zone and zone.upper() != "Z" and ":" not in zone:
        zone = f"{zone[:3]}:{zone[3:]}"  # "+0000" as fromisoformat reads it everywhere
    return f"{day}T{int(clock[1]):02d}:{clock[2]}{'+00:00' if zone.upper() == 'Z' else zone}"


def is_later(updated: str, published: str) -> bool:
    """Whether an update moment is after the publication moment; a day without a clock time says no
    more than its day, so an update on the publication day is later only when both give times."""
    if len(updated) == 10 or len(published) == 10:
        return updated[:10] > published[:10]
    later, earlier = datetime.fromisoformat(updated), datetime.fromisoformat(published)
    if (later.tzinfo is None) != (earlier.tzinfo is None):
        later, earlier = later.replace(tzinfo=None), earlier.replace(tzinfo=None)
    return later > earlier


# An update's label and when it came, as a page shows a change made after the publication: "Uppdaterad 2024-11-20
# 18.40", "Uppdaterad 8 mars 2023 kl. 14.34", a newsroom's "Uppdaterad kl. 09.40" or "Uppdaterad 12.40" (the clock time
# alone: today's change to today's story). A label with no date or time after it ("uppdaterade varje morgon") is none.
_UPDATE_MARK = re.compile(
    rf"\b{UPDATED_LABEL}\s*:?\s*(?:den\s+)?(?:(?P<date>{DATE_TEXT})|(?:kl\.?\s*)?\d{{1,2}}[.:]\d{{2}}(?![\d.:]))", re.I
)


def labels_update_on(text: str, day: str) -> bool:
    """Whether ``text`` shows an update's label dated ``day`` (ISO), or with a clock time alone.

    >>> labels_update_on("Publicerad 09.12 Uppdaterad 11.05", "2022-06-28")
    True
    >>> labels_update_on("Sidan uppdaterad 2021-01-04", "2022-06-28")
    False
    """
    return any(match["date"] is None or parse_date(match["date"]) == day for match in _UPDATE_MARK.finditer(text))


def _find_date(text: str) -> tuple[str, int] | None:
    """The first date of a string as ISO, and where its match ends."""
    for pattern in (_ISO, _SLASHED):
        match = pattern.search(text)
        if match:
            day = _valid(int(match[1]), int(match[2]), int(match[3]))
            return (day, match.end()) if day else None
    match = _COMPACT.match(text)
    if match:
        day = _valid(int(match[1]), int(match[2]), int(match[3]))
        return (day, len(text)) if day else None  # its clock time, if any, is not read
    match = _NAMED.search(text)
    if match:
        day = _valid(int(match[3]), MONTHS[match[2].lower()], int(match[1]))
        return (day, match.end()) if day else None
    match = _NUMERIC.search(text)
    if match:
        day = _valid(int(match[3]), int(match[2]), int(match[1]))
        return (day, match.end()) if day else None
    match = _ENGLISH.search(text) or _ENGLISH_DATE_STRING.search(text)
    if match:
        day = _valid(int(match[3]), ENGLISH_MONTHS[match[1].lower()], int(match[2]))
        return (day, match.end()) if day else None
    match = _ENGLISH_DAY_FIRST.search(text)
    if match:
        day = _valid(int(match[3]), ENGLISH_MONTHS[match[2].lower()], int(match[1]))
        return (day, match.end()) if day else None
    return None


def labelled_date(text: str, kind: str, parse: DateParser = parse_date) -> str | None:
    """The first date after a Swedish ``kind`` label ("published" or "updated") in ``text``, read by ``parse``.

    >>> labelled_date("Publicerat den 3 mars 2024", "published")
    '2024-03-03'
    """
    for match in _LABELLED[kind].finditer(text):
        found = parse(match[1])
        if found:
            return found
    return None


# An English platform's label before its date: Postach.io's "div.post-date" of "Posted on Nov 6, 2019", Jekyll Now's
# "div.date" of "Written on June 13, 2019" after the text.
_ENGLISH_LABEL = r"(?:posted|published|written)(?:\s+on)?"
# A line of a date label and the post's date and nothing else, Swedish or English: "Skrivet den 13 juni 2019",
# "Publicerad den 13 juni 2019", "Written on June 13, 2019", "Posted on 2019-06-13"; read wherever the line stands
# and whatever its class (Jekyll Now's "div.date" after the text).
LABELLED_LINE = re.compile(
    rf"^(?:{PUBLISHED_LABEL}|{LINE_LABEL}|{_ENGLISH_LABEL})\s*:?\s*(?:den\s+)?({DATE_TEXT}|{ENGLISH_DATE_TEXT})$", re.I
)
# A date line with its author after "by" or "av", a label before the date or none: Jekyll's Lagrange "span.post-date" of
# "Publicerad September 7th, 2026 by Styrelsen" (the site's label, the day spelt out, the author), "September 7, 2026 by
# Styrelsen", "Publicerad 7 september 2026 av Styrelsen". The author is a few words with no sentence's sign, ending the
# line: "7 september 2026 av styrelsen, som beslutade …" goes on.
DATED_BYLINE = re.compile(
    rf"^(?:(?:{PUBLISHED_LABEL}|{LINE_LABEL}|{_ENGLISH_LABEL})\s*:?\s*(?:den\s+)?)?({DATE_TEXT}|{ENGLISH_DATE_TEXT})"
    r"\s+(?:by|av)\s+[^\s.!?,:;]+(?:\s+[^\s.!?,:;]+){0,3}$",
    re.I,
)
# A post's line of its date and its category, and after bullets its tags, its update and its reading time: Pelican's
# Flex prints "Posted on {{ article.locale_date }} in <a>{{ category }}</a>" in the article's header under the headline,
# its English words around the site's locale date ("Posted on mån 22 mars 2021 in Nyheter • 3 min read", "Posted on Tue
# 06 April 2021 in News • Tagged with <a>…</a>, <a>…</a>"), "Publicerad den … i …" where a site translates it. The
# category is a few words with no sentence's sign, so a sentence that opens so goes on past it or ends as one.
_POST_FACTS = (
    rf"(?:tagged\s+with|taggad\s+med|taggar\s*:?)\s+[^.!?:;·•|]{{1,80}}?|(?:updated\s+on|uppdaterad(?:\s+den)?)\s+"
    rf"(?:[^\W\d_]{{2,9}}\.?,?\s+)?(?:{DATE_TEXT}|{ENGLISH_DATE_TEXT})|\d+\s+min(?:ute)?s?(?:\s+(?:read|läsning|lästid))?"
)
POSTED_IN_LINE = re.compile(
    rf"^(?:posted\s+on|publicerad(?:\s+den)?)\s+(?:[^\W\d_]{{2,9}}\.?,?\s+)?(?:{DATE_TEXT}|{ENGLISH_DATE_TEXT})"
    rf"\s+(?:in|i)\s+[^.!?:;,·•|]{{1,40}}?(?:\s*[·•|]\s*(?:{_POST_FACTS}))*\s*$",
    re.I,
)
# A block that is a date and nothing else ("6 maj 2026", "Tisdag 12 mars 2024 kl. 10.15"): FlatPress's
# "tisdag, 15 mars 2016", Cargo's "<small>7 juni 2023</small>" beside the headline, "tis 4 juni 2019",
# LearnWorlds' "Nov 18, 2020", Postach.io's "Posted on Nov 6, 2019"; the English date after its weekday too, as
# Pelican's default "%a %d %B %Y" prints it in an English locale ("Sun 22 November 2026"; "sön 22 november 2026" in
# a Swedish one).
BARE_DATE = re.compile(
    rf"^(?:(?:(?:{_WEEKDAY}\.?|{WEEKDAY_SHORT}),?\s+)?(?:den\s+)?{DATE_TEXT}"
    rf"|(?:{_ENGLISH_LABEL}\s+)?(?:{_ENGLISH_WEEKDAY},?\s+)?{ENGLISH_DATE_TEXT})$",
    re.I,
)
# A kicker: a category and the date, either way round ("Informatik · 9 mars 2022", Versoly's "Nyhet · 12 juni
# 2025" under the headline). Before the date the label may be a short subtitle of up to eight words, short ones
# too (Smore's "Nyhetsbrev från hemsjukvården i Lerums kommun · 8 februari 2023" under the flyer's title).
_LABEL = r"[\wåäöÅÄÖ&-]{2,25}(?:\s[\wåäöÅÄÖ&-]{2,25}){0,2}"
_SUBTITLE = r"[\wåäöÅÄÖ&-]{2,25}(?:\s[\wåäöÅÄÖ&-]{1,25}){0,7}"
KICKER_DATE = re.compile(
    rf"^{_SUBTITLE}\s*[·|•]\s*(?:{_WEEKDAY}\s+)?{DATE_TEXT}$|^(?:{_WEEKDAY}\s+)?{DATE_TEXT}\s*[·|•]\s*{_LABEL}$", re.I
)

# One category word and the date with no sign between them ("Nyhet 11 oktober 2022"): a date line only
# where its place and markup say so (in italics right under the headline), since a word before a date
# may start a sentence.
LABEL_DATE = re.compile(rf"^[\wåäöÅÄÖ&-]{{2,30}}\s+(?:{_WEEKDAY},?\s+)?(?:den\s+)?{DATE_TEXT}$", re.I)

# A mailing's issue and its date: listmonk's archive "Nyhetsbrev nr 5 · Publicerad 7 september 2022", "Nr 12 ·
# 3 mars 2021", "Utskick 4/2022 · 9 maj 2022". The issue is a number, the sign between required, so a sentence
# about an issue ("Nyhetsbrev nr 5 kom ut den 7 september") is none.
_ISSUE_NUMBER = r"(?:nr\.?|nummer)\s*\d{1,3}(?:\s*/\s*\d{4})?"
ISSUE_DATE = re.compile(
    rf"^(?:(?:nyhetsbrev|medlemsbrev|månadsbrev|veckobrev|utskick)\s+(?:{_ISSUE_NUMBER}|\d{{1,3}}\s*/\s*\d{{4}})"
    rf"|{_ISSUE_NUMBER})\s*[·|•]\s*(?:{PUBLISHED_LABEL}\s*:?\s*)?(?:{_WEEKDAY},?\s+)?(?:den\s+)?{DATE_TEXT}$",
    re.I,
)


# A post's reading time on its meta line, beside the date: Zola's after-dark "<span>3 minute read</span> Published:
# 2025-12-10", Medium's "5 min read", "4 min läsning". A number of minutes and the word for reading after it: "3 minuter
# att läsa igenom" in a sentence is none.
# The minutes, and with the word for reading after them a reading time; counts.py reads them on its count lines too.
MINUTES = r"\d{1,3}\s*min(?:ut|ute|utes|uter|uters)?\.?"
READING_TIME = rf"{MINUTES}\s+(?:read|läsning|lästid)"
# A post's word count beside its date, as Hugo's Call me Sam prints it: "Tue Feb 04, 2020 · 342 words".
WORD_COUNT = r"\d{1,3}(?:[\s\u00a0,]?\d{3})*\s+(?:words|ord)"
_READING_TIME = re.compile(rf"(?:^|[\s·|•])\s*(?:{READING_TIME}|{WORD_COUNT})(?=$|[\s·|•])", re.I)
# The minutes alone, after a sign and ending the line, are a reading time too: Hugo's Harbor prints "Nov 3, 2025 | 3
# minutes" (icons before each) under the headline. Not in a sentence: "Mötet tar 30 minuter" has no sign.
_SIGNED_MINUTES = re.compile(rf"\s*[·|•]\s*{MINUTES}\s*$", re.I)


def without_reading_time(line: str) -> str:
    """The line without a reading time or a word count and the sign beside it: "3 minute read Published: 2025-12-10"
    is its date line.

    >>> without_reading_time("Publicerad 3 mars 2024 · 4 min läsning")
    'Publicerad 3 mars 2024'
    >>> without_reading_time("Nov 3, 2025 | 3 minutes")
    'Nov 3, 2025'
    """
    return _READING_TIME.sub(" ", _SIGNED_MINUTES.sub("", line)).strip(" \t\n·|•")


def is_date_line(text: str) -> bool:
    """True for a line of only date labels and dates ("Publicerad: Uppdaterad:", "6 maj 2026", "Published: 2025-12-10"),
    a reading time or a word count beside them at most, or of a date and its author after "by" ("Publicerad September 7th, 2026 by
    Styrelsen")."""
    dated = without_reading_time(text.strip())
    shapes = (BARE_DATE, KICKER_DATE, ISSUE_DATE, KIND_DATE, DATED_BYLINE, LABELLED_LINE)
    return bool(dated) and len(text) < 160 and bool(DATE_LINE.match(dated) or any(shape.match(dated) for shape in shapes))
