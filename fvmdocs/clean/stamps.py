"""Stamps on a page's owner line and dates before their author: a team wiki's "Ägare: Linnea Sjödin · Verifierad
2018-03-20" (Tettra's verification stamp, Guru's "Verified by … on …") and an R Markdown book's "10 juni 2021,
Registerkansliet" under the headline. Both are chrome (``drop_date_bylines`` drops them); the stamp dates a page
that gives no other date.
"""

from __future__ import annotations

import re

from bs4 import Tag

from fvmdocs.clean.dates import DATE_TEXT, ENGLISH_DATE_TEXT, PUBLISHED_LABEL, parse_date
from fvmdocs.clean.text import collapse
from fvmdocs.clean.tree import strings

__all__ = ["is_date_name_line", "is_stamp_line", "verified_dates"]

# A name of a few words with no sentence's sign and no digit, so a date after it ends it.
_STAMP_NAME = r"[^\d.!?:;·•|,]{1,40}?"
# The page's owner before a bullet: Tettra's "Ägare: Linnea Sjödin ·", "Owner: Anna Ek |".
_OWNER = rf"(?:sid(?:ans)?\s*ägare|ägare|(?:page\s+)?owner)\s*:\s*{_STAMP_NAME}\s*[·•|]\s*"
# The verification stamp, perhaps with who verified it: "Verifierad 2018-03-20", "Verifierad av Anna Ek den 20 mars
# 2018", Guru's "Verified by Anna Ek on Mar 20, 2018". A label of its own, "verifierades" in a sentence is none.
_VERIFIED = (
    rf"(?:verifierad|verifierat|verified)(?:\s+(?:av|by)\s+{_STAMP_NAME})?\s*:?\s*(?:den\s+|on\s+)?"
    rf"(?P<date>{DATE_TEXT}|{ENGLISH_DATE_TEXT})"
)
# A line of the stamp and nothing else, the owner before it or not; with the owner, a published label in the
# stamp's place too ("Ägare: Linnea Sjödin · Publicerad 20 mars 2018").
_STAMP_LINE = re.compile(
    rf"^(?:{_OWNER})?{_VERIFIED}$|^{_OWNER}{PUBLISHED_LABEL}\s*:?\s*(?:den\s+)?(?:{DATE_TEXT})$", re.I
)
_STAMP_CHARS = 160
# A date, a comma and its author, and nothing else: Bookdown's "<p class="date"><em>10 juni 2021,
# Registerkansliet</em></p>", the mirror of a NAME_DATE line; the name a few words with no full stop. Its author
# first and a bullet before the labelled date is such a line too: "Projektgruppen · Publicerad 25 november 2021"
# (a label's own word before a bare date, "Nyhet · 3 mars 2024", is a kicker and is left to the kicker rules).
_SIGNER = r"[A-ZÅÄÖ][\w-]+(?:\s[\w-]+){0,4}"
_DATE_NAME = re.compile(
    rf"^(?:den\s+)?(?:{DATE_TEXT}),\s+{_SIGNER}$"
    rf"|^{_SIGNER}\s*[·•|]\s*(?i:{PUBLISHED_LABEL})\s*:?\s*(?:den\s+)?(?:{DATE_TEXT})$"
)
_DATE_NAME_CHARS = 80


def is_stamp_line(line: str) -> bool:
    """Whether ``line`` is an owner's line with its stamp, or a verification stamp alone.

    >>> is_stamp_line("Ägare: Linnea Sjödin · Verifierad 2018-03-20")
    True
    >>> is_stamp_line("Verifierad av kliniken: rutinen gäller från den 20 mars 2018.")
    False
    """
    return len(line) <= _STAMP_CHARS and _STAMP_LINE.match(line) is not None


def is_date_name_line(line: str) -> bool:
    """Whether ``line`` is a date and its author after a comma and nothing else ("10 juni 2021, Registerkansliet")."""
    return len(line) <= _DATE_NAME_CHARS and _DATE_NAME.match(line) is not None


def verified_dates(scope: Tag) -> tuple[str | None, str | None]:
    """The date of the first verification stamp in ``scope`` as its published date: read only where the page
    gives no other, since a wiki re-verifies a page long after it was written.

    >>> from bs4 import BeautifulSoup
    >>> verified_dates(BeautifulSoup("<div>Ägare: Anna Ek · Verifierad 2018-03-20</div>", "lxml"))
    ('2018-03-20', None)
    """
    for string in strings(scope):
        if "verif" not in string.lower():
            continue  # the stamp's label is in one of the line's own texts
        for element in string.parents:
            if len(element.get_text()) > _STAMP_CHARS:
                break
            match = _STAMP_LINE.match(collapse(element.get_text(" ")))
            found = parse_date(match["date"]) if match and match["date"] else None
            if found:
                return found, None
    return None, None
