"""A post's date drawn as a calendar badge: the month, the day and the year each in an element of its own.

WordPress themes print such a badge beside the post's title: Suffusion's ``<div class="date"><span
class="month">maj</span> <span class="day">20</span><span class="year">2016</span></div>`` between the title and the
text. No label, no ``<time>``, and parts that the text joins with no space between them ("maj 202016"), so no date
line rule sees it. It is an ornament: it goes from the text (``drop_date_badges``), and dates a post that gives
no better date (``badge_dates``).
"""

from __future__ import annotations

from collections.abc import Iterator

from bs4 import NavigableString, Tag

from fvmdocs.clean.dates import ENGLISH_MONTHS, MONTHS, parse_date
from fvmdocs.clean.tree import removed, strings

__all__ = ["badge_dates", "drop_date_badges"]

# A badge's text at most, and how far up from its month's element its box may stand (``a > div > span``).
_BADGE_CHARS = 40
_BADGE_DEPTH = 3


def _part(word: str) -> str | None:
    """Which part of a date a word is: "month" ("maj", "May", "okt."), "day" (1–31) or "year" (four digits)."""
    word = word.strip(".,").casefold()
    if word in MONTHS or word in ENGLISH_MONTHS:
        return "month"
    if word.isdigit() and len(word) <= 2 and 1 <= int(word) <= 31:
        return "day"
    if word.isdigit() and len(word) == 4:
        return "year"
    return None


def _badge_parts(box: Tag) -> dict[str, str] | None:
    """The month, day and (perhaps) year of ``box`` when it is a badge: its text is a month and a day and at most a
    year, in any order and nothing else, in two texts or more (parts in elements of their own), else None."""
    texts = [text for text in box.strings if type(text) is NavigableString and text.strip()]
    words = [word for text in texts for word in text.split()]
    if len(texts) < 2 or not 2 <= len(words) <= 3:
        return None
    parts: dict[str, str] = {}
    for word in words:
        part = _part(word)
        if part is None or part in parts:
            return None
        parts[part] = word.strip(".,")
    return parts if "month" in parts and "day" in parts else None


def _badges(scope: Tag) -> Iterator[tuple[Tag, dict[str, str]]]:
    """Each badge in ``scope``, its outermost box below ``scope``, with its parts; found from its month's text."""
    for text in strings(scope):
        if removed(text) or len(text) > _BADGE_CHARS or _part(text.strip()) != "month":
            continue
        badge: tuple[Tag, dict[str, str]] | None = None
        for depth, box in enumerate(text.parents):
            if box is scope or depth >= _BADGE_DEPTH or len(box.get_text()) > _BADGE_CHARS:
                break
            parts = _badge_parts(box)
            if parts is not None:
                badge = box, parts
        if badge is not None:
            yield badge


def drop_date_badges(root: Tag) -> None:
    """Remove each calendar badge in the article: a box of a month, a day and perhaps a year, each in an element of
    its own ("<span>maj</span> <span>20</span><span>2016</span>"), whatever the box's class. A sentence with a
    date in it holds other words and stays."""
    for box, _ in list(_badges(root)):
        if not removed(box):
            box.decompose()


def badge_dates(scope: Tag) -> tuple[str | None, str | None]:
    """The date of the first badge in ``scope`` that names its year, as the published date; a badge of a day and a
    month alone dates nothing.

    >>> from bs4 import BeautifulSoup
    >>> html = '<div class="date"><span>maj</span> <span>20</span><span>2016</span></div>'
    >>> badge_dates(BeautifulSoup(html, "lxml"))
    ('2016-05-20', None)
    """
    for _, parts in _badges(scope):
        if "year" in parts:
            found = parse_date(f"{parts['day']} {parts['month']} {parts['year']}")
            if found:
                return found, None
    return None, None
