"""A post's tags printed as bare labels in a row right under the headline: Jekyll + Merida's ``div`` of ``<span
class="bg-gray-700 … rounded">Millennium</span>`` pills after the ``h1`` in the post's meta box, no link to a tag's
listing (which ``drop_category_under_headline`` reads) and no label. They file the post, no text of it: they go
(``drop_tag_row_under_headline``), so the bold paragraph under them is the first text under the headline.
"""

from __future__ import annotations

import re

from bs4 import NavigableString, Tag

from fvmdocs.clean.text import collapse, is_short_name
from fvmdocs.clean.tree import removed

__all__ = ["drop_tag_row_under_headline"]

# The boxes a row of tags stands in.
_ROW_TAGS = frozenset({"div", "p"})
# A sign of a sentence, a list or a label in a tag's text: a tag is a name alone.
_NO_TAG = re.compile(r"[.!?:;,]")


def drop_tag_row_under_headline(root: Tag) -> None:
    """Remove the box right after an ``h1`` whose whole content is one or more ``span`` tags, each a short name with
    no link: Merida's row "<span>Millennium</span> <span>Beställning</span>". A ``span`` of a subtitle's words,
    a box with text loose beside its spans or a link in it is no such row and stays."""
    for h1 in root.find_all("h1"):
        row = h1.find_next_sibling(True)
        if isinstance(row, Tag) and not removed(row) and _is_tag_row(row):
            row.decompose()


def _is_tag_row(row: Tag) -> bool:
    """Whether ``row`` holds nothing but bare ``span`` tags, each a short name."""
    if row.name not in _ROW_TAGS or row.find("a") is not None:
        return False
    if any(isinstance(child, NavigableString) and child.strip() for child in row.children):
        return False
    spans = [child for child in row.children if isinstance(child, Tag)]
    return bool(spans) and all(span.name == "span" and is_short_name(collapse(span.get_text(" ")), _NO_TAG) for span in spans)
