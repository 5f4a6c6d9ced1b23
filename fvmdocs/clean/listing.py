"""Telling a news listing (teasers linking to articles) from an article.

A listing's own words are other pages' headlines and teasers, dated with their dates: stored
for its links, but not mined for facts or shown in search as if it were an article.
"""

from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from fvmdocs.clean.tree import select_first

_HEADINGS = ("h2", "h3", "h4")
# A page is a listing when at least this many headings are links to other pages ...
_MIN_LINKED = 3
# ... and they are most of its headings.
_LINKED_SHARE = 0.6


def is_listing(soup: BeautifulSoup, root: Tag, selectors: tuple[str, ...]) -> bool:
    """True for a page of teasers: the profile says so, or most headings are links."""
    if any(select_first(soup, selector) is not None for selector in selectors):
        return True
    headings = root.find_all(_HEADINGS)
    linked = sum(1 for heading in headings if _is_link_only(heading))
    return linked >= _MIN_LINKED and linked >= _LINKED_SHARE * len(headings)


def _is_link_only(heading: Tag) -> bool:
    """A heading whose whole text is one link, as in a teaser."""
    links = heading.find_all("a", href=True)
    if len(links) != 1:
        return False
    return links[0].get_text(" ", strip=True) == heading.get_text(" ", strip=True) != ""
