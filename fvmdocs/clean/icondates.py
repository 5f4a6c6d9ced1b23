"""A post's date drawn after a clock or calendar icon and nothing else: Hexo + Freemind's ``div.meta-widget`` of
``<i class="fa fa-clock-o"></i> 2017-04-03`` in the meta column beside the article, the only date the theme prints.
It dates a page that gives no other date.
"""

from __future__ import annotations

import re

from bs4 import NavigableString, Tag

from fvmdocs.clean.dates import is_date_line, parse_date
from fvmdocs.clean.text import collapse

__all__ = ["icon_dates"]

# The icon fonts' names for a clock or a calendar: Font Awesome's "fa-clock-o", "fa-calendar", "fa-calendar-alt",
# "bi-calendar3", "glyphicon-time".
_TIME_ICON = re.compile(r"(?:^|[-_])(?:clock|calendar|time)(?:$|[-_\d])", re.I)
# A date and an icon, no more: the box of a bare date.
_MAX_CHARS = 40


def icon_dates(scope: Tag) -> tuple[str | None, str | None]:
    """The date of the first box whose whole text is a date after a textless clock or calendar icon."""
    for icon in scope.find_all(["i", "span"], class_=_TIME_ICON):
        box = icon.parent
        if not isinstance(box, Tag) or icon.get_text(strip=True) or not _icon_first(box, icon):
            continue
        text = collapse(box.get_text(" "))
        if len(text) <= _MAX_CHARS and is_date_line(text) and (found := parse_date(text)):
            return found, None
    return None, None


def _icon_first(box: Tag, icon: Tag) -> bool:
    """Whether ``icon`` comes before any text of ``box``."""
    for node in box.descendants:
        if node is icon:
            return True
        if isinstance(node, NavigableString) and node.strip():
            return False
    return False
