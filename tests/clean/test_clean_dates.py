"""The small Swedish date parser for page labels: one row per phrase."""

from __future__ import annotations

import pytest

from fvmdocs.clean.dates import (
    AUTHOR_DATE,
    DATE_AUTHOR,
    is_date_line,
    is_later,
    labelled_date,
    parse_date,
    parse_moment,
)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("18 maj 2022", "2022-05-18"),
        ("den 3 mars 2024", "2024-03-03"),
        ("1 januari 2020", "2020-01-01"),
        ("29 februari 2024", "2024-02-29"),
        ("29 februari 2023", None),
        ("12 sept. 2023", "2023-09-12"),
        ("5 okt 2021", "2021-10-05"),
        ("7 dec, 2019", "2019-12-07"),
        ("21 November 2024", "2024-11-21"),
        ("19 maj 2022 kl. 10.15", "2022-05-19"),
        ("2022-05-18", "2022-05-18"),
        ("2022-5-8", "2022-05-08"),
        ("2022-05-18T09:00:00+02:00", "2022-05-18"),
        ("2024-11-15T23:30:00+01:00", "2024-11-15"),  # the date as written, no zone shift
        ("2022-05-18 10:15", "2022-05-18"),
        ("20220518", "2022-05-18"),
        ("2022/05/18", "2022-05-18"),
        ("18.5.2022", "2022-05-18"),
        ("18/5 2022", "2022-05-18"),
        ("2022-13-01", None),
        ("1850-01-01", None),
        ("maj 2022", None),
        ("", None),
        (None, None),
        ("ingen datering här", None),
        ("Nov 18, 2020", "2020-11-18"),  # an English-language platform's post date
        ("September 3, 2021", "2021-09-03"),
        ("Sept. 3, 2021", "2021-09-03"),
        ("Nov 18 2020", None),  # month first only with the comma before the year
        ("September 7th, 2026", "2026-09-07"),  # Lagrange's day with its English ordinal
        ("March 1st, 2023", "2023-03-01"),
        ("June 2nd, 2019", "2019-06-02"),
        ("Oct 3rd, 2021", "2021-10-03"),
        ("21st September 2026", "2026-09-21"),
        ("7th of September 2026", "2026-09-07"),
        ("8 Oct 2022 | at 10:12", "2022-10-08"),
        ("Tue Dec 10 2024", "2024-12-10"),  # JavaScript's toDateString(), as Astroship prints a post's date
        ("Sun Mar 03 2024", "2024-03-03"),
        ("Thu Feb 30 2024", None),
        ("Dec 10 2024", None),  # without its weekday, no date
    ],
)
def test_parse_date(text: str | None, iso: str | None) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("text", "published", "updated"),
    [
        ("Publicerad: 18 maj 2022", "2022-05-18", None),
        ("Publicerad 2022-05-18", "2022-05-18", None),
        ("Publicerat den 3 mars 2024", "2024-03-03", None),
        ("Publicerades 1 feb 2021", "2021-02-01", None),
        ("Uppdaterad: 19 maj 2022 kl. 10.15", None, "2022-05-19"),
        ("Senast uppdaterad 2023-01-09", None, "2023-01-09"),
        ("Senast ändrad: 4 april 2022", None, "2022-04-04"),
        ("Publicerad: 18 maj 2022 Uppdaterad: 19 maj 2022", "2022-05-18", "2022-05-19"),
        ("Publicerad 2021-03-02 | Uppdaterad: 4 mars 2021 kl. 13.40", "2021-03-02", "2021-03-04"),
        ("Publicerad: Uppdaterad:", None, None),
        ("Publicerad: Uppdaterad: 19 maj 2022", None, "2022-05-19"),
        ("Ompublicerad 2022-05-18", None, None),
        ("Mötet hölls 18 maj 2022", None, None),
        ("Brevet är skrivet den 13 juni 2019 av ordföranden", None, None),  # "skrivet" labels a whole line only
    ],
)
def test_labelled_dates(text: str, published: str | None, updated: str | None) -> None:
    assert labelled_date(text, "published") == published
    assert labelled_date(text, "updated") == updated


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publicerad: Uppdaterad:", True),
        ("Publicerad:", True),
        ("Publicerad: 18 maj 2022 Uppdaterad: 19 maj 2022", True),
        ("Publicerad 2021-03-02 | Uppdaterad: 4 mars 2021 kl. 13.40", True),
        ("Publicerad den 3 mars 2024", True),
        ("Nyhet publicerad 2020-04-16", True),
        ("Notis · Publicerad 4 april 2021", True),  # Squiz Matrix's kind and date line
        ("Publicerad 3 juni", True),  # Forem's date line without the year
        ("onsdag, 7 april 2021", True),  # FlatPress's day heading
        ("Publicerad i juni", False),
        ("Pressmeddelande publicerat 12 mars 2024 | Uppdaterad 13 mars 2024", True),
        ("Nyhet om den nya tidplanen", False),
        ("Sidan uppdaterades: 22 maj 2026", True),
        ("Artikeln publicerades 3 mars 2025", True),
        ("Sidan uppdaterades av redaktionen", False),
        ("6 maj 2026", True),
        ("Tisdag 12 mars 2024 kl. 10.15", True),
        ("9 november 2024: start i södra Västra Götaland", False),
        ("Informatik · 9 mars 2022", True),
        ("9 mars 2022 | Nyheter", True),
        ("Regionen beslutade · 9 mars 2022 kom beskedet", False),
        ("Publicerad: 18 maj 2022. Regionen har beslutat om en ny tidplan.", False),
        ("Uppdaterad information om tidplanen finns nedan.", False),
        ("Written on June 13, 2019", True),  # Jekyll Now's date line
        ("Written on 2019-06-13", True),
        ("Skrivet den 13 juni 2019", True),
        ("Skriven 13 juni 2019", True),
        ("Skrivet av Kansliet den 13 juni 2019", False),  # a byline, for the byline rules
        ("Brevet är skrivet den 13 juni 2019", False),
        ("Publicerad September 7th, 2026 by Styrelsen", True),  # Lagrange's date line: a label, the date, the author
        ("September 7th, 2026 by Styrelsen", True),
        ("Publicerad 7 september 2026 av Styrelsen", True),
        ("Posted on March 3rd, 2023 by Anna Berg", True),
        ("7 september 2026 av styrelsen, som beslutade om mötet", False),
        ("Publicerad September 7th, 2026 by Styrelsen. Läs mer.", False),
        ("Published: 2025-12-10", True),  # an English label and the date, the whole line
        ("Published on December 10, 2025", True),
        ("3 minute read Published: 2025-12-10", True),  # after-dark's meta line: the reading time beside the date
        ("3 minute read Publicerad: 2025-12-10", True),
        ("Publicerad 3 mars 2024 · 4 min läsning", True),
        ("5 min read · May 16, 2018", True),
        ("Posted on: 8 Oct 2022 | at 10:12", True),  # AstroPaper's date line: the clock time after a bar and "at"
        ("8 Oct 2022 | at 10:12", True),
        ("Oct 8, 2022 | 10:12 AM", True),
        ("October 8, 2022 at 10:12", True),
        ("8 Oct 2022 | at the clinic", False),
        ("Tue Dec 10 2024", True),  # Astroship's "<time>" under the headline
        ("Tue Dec 10 2024 var sista dagen", False),
        ("Dec 10 2024", False),
        ("sön 22 november 2026", True),  # Pelican's "%a %d %B %Y" in a Swedish locale (Blue Penguin's "h4.date")
        ("Sun 22 November 2026", True),  # the same in an English locale
        ("Sunday, November 22, 2026", True),
        ("Sun, Nov 22, 2026", True),
        ("Sun 22 November 2026 at the clinic", False),
        ("3 minute read", False),  # a reading time alone is no date line
        ("3 minute read Published: in the spring", False),
        ("Rapporten published: 2025-12-10 av regionen", False),
        ("", False),
    ],
)
def test_is_date_line(text: str, expected: bool) -> None:
    assert is_date_line(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 november 2019 Styrelsen", True),  # Pingendo's date and author under the headline
        ("12 november 2019 · Kansliet", True),
        ("14 maj 2023 — Styrelsen", True),  # Type Theme's meta line, an em dash
        ("May 14, 2023 — Styrelsen", True),
        ("2023-05-14 — Anna Berg", True),
        ("14 maj 2023 – Styrelsen", True),
        ("14 maj 2023 — styrelsen beslutade", False),  # a sentence goes on in lower case
        ("Styrelsen — 14 maj 2023", False),
    ],
)
def test_date_author(text: str, expected: bool) -> None:
    assert (DATE_AUTHOR.match(text) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Styrelsen / March 2023", True),  # Moonwalk's date line: the author, a slash, Jekyll's month and year
        ("Styrelsen / March 14, 2023", True),
        ("Styrelsen / mars 2023", True),
        ("Anna Berg · 14 mars 2023", True),
        ("Styrelsen | 2023-03-14", True),
        ("Styrelsen — mars 2023", True),
        ("March 2023", True),
        ("mars 2023", True),
        ("styrelsen / mars 2023", False),  # no name: lower case
        ("Styrelsen beslutade i mars 2023", False),
        ("Styrelsen / marsch 2023", False),
        ("Styrelsen / 2023", False),
        ("Kundtjänst • Tue Dec 10 2024", True),  # Astroship's meta line: the author, a bullet, toDateString()
        ("Kundtjänst Tue Dec 10 2024", True),  # no bullet: the weekday opens the date
        ("Styrelsen 14 mars 2023", False),  # other dates need the sign
        ("Styrelsen March 2023", False),
    ],
)
def test_author_date(text: str, expected: bool) -> None:
    assert (AUTHOR_DATE.match(text) is not None) is expected


@pytest.mark.parametrize(
    ("value", "moment"),
    [
        ("2022-06-28T09:12:00+02:00", "2022-06-28T09:12+02:00"),
        ("2023-09-19T08:14:22Z", "2023-09-19T08:14+00:00"),
        ("2025-09-04T17:48:12+0000", "2025-09-04T17:48+00:00"),
        ("2024-11-20 18.40", "2024-11-20T18:40"),
        ("20 november 2024, kl. 9.05", "2024-11-20T09:05"),
        ("6 maj 2026", "2026-05-06"),
        # midnight to the second is a front matter's day written as a moment (toISOString(), Hugo), no clock time
        ("2021-03-22T00:00:00.000Z", "2021-03-22"),
        ("2021-03-22T00:00:00+01:00", "2021-03-22"),
        ("2021-03-22T00:00Z", "2021-03-22"),
        ("2021-03-22T00:00:30Z", "2021-03-22T00:00+00:00"),
        ("2021-03-22T00:05:00Z", "2021-03-22T00:05+00:00"),
        ("2021-03-22 00.00", "2021-03-22T00:00"),  # a page's own text gives the hour it shows
        ("2024-11-20 12.000 kronor", "2024-11-20"),
        ("inget datum", None),
    ],
)
def test_parse_moment(value: str, moment: str | None) -> None:
    assert parse_moment(value) == moment


@pytest.mark.parametrize(
    ("updated", "published", "later"),
    [
        ("2024-11-20T18:40", "2024-11-20T11:02", True),
        ("2022-06-28T09:12+02:00", "2022-06-28T09:12+02:00", False),
        ("2022-06-28T07:30+00:00", "2022-06-28T09:12+02:00", True),  # 09:30 in Sweden
        ("2022-06-28", "2022-06-28T09:12", False),  # a day alone says nothing of the hour
        ("2022-06-29", "2022-06-28T09:12", True),
    ],
)
def test_is_later(updated: str, published: str, later: bool) -> None:
    assert is_later(updated, published) is later
