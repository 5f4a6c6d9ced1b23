"""A post's date written as links to the blog's archives of its year, month and day.

Dreamwidth and LiveJournal show an entry's date only as ``<span class="date"><a href="…/2017/">2017</a>-<a
href="…/2017/05/">05</a>-<a href="…/2017/05/11/">11</a></span>``: no ``<time>``, no label, and a text that
the date readers never see whole. The links' targets say which part is which.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from bs4 import Tag

from fvmdocs.clean.dates import parse_date
from fvmdocs.clean.text import collapse

__all__ = ["archive_dates"]

# An archive of a year, a month or a day, at the end of a link's path: "/2017/", "/2017/05/", "/2017/05/11/".
_ARCHIVE_PATH = re.compile(r"/(\d{4})(?:/(\d{2}))?(?:/(\d{2}))?/?$")
# What may stand between the links of such a date: separators, no words.
_BETWEEN = re.compile(r"^[\s\-/.]*$")


def archive_dates(scope: Tag) -> tuple[str | None, str | None]:
    """The date of the first element that holds a year, a month and a day as links to their archives on
    one site and nothing else but separators: ``2017-05-11``. A sentence that links an archive is none."""
    for link in scope.find_all("a", href=_ARCHIVE_PATH):
        box = link.parent
        if not isinstance(box, Tag) or link is not box.find_all("a")[-1]:
            continue
        found = _linked_date(box)
        if found:
            return found, None
    return None, None


def _linked_date(box: Tag) -> str | None:
    """The date of ``box`` when its links are its year, month and day archives, each link's text its part."""
    links = box.find_all("a")
    if len(links) != 3:
        return None
    targets = [urlsplit(str(link.get("href") or "")) for link in links]
    parts = [_ARCHIVE_PATH.search(target.path) for target in targets]
    if any(part is None for part in parts) or len({target.netloc for target in targets}) != 1:
        return None
    year, month, day = (part.groups() for part in parts if part is not None)
    if year[1:] != (None, None) or month[2] is not None or day[2] is None or not year[0] == month[0] == day[0]:
        return None
    if month[1] != day[1] or [collapse(link.get_text()) for link in links] != [year[0], month[1], day[2]]:
        return None
    rest = "".join(str(node) for node in box.strings if node.find_parent("a") is None)
    return parse_date(f"{day[0]}-{day[1]}-{day[2]}") if _BETWEEN.match(rest) else None
