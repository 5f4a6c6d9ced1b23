"""A press release's "Om <organisation>" box at its end: the publisher's boilerplate, not the news.

Press-release platforms close each release with the same description of the company, in a box that
the platform itself names boilerplate (Prowly's ``div.story__boilerplate``, FirstSpirit's
``div.section--boilerplate``, a newsroom's ``div.release__boilerplate``), or set apart from the body in a
box of its own that the template names "about" (Via TT's ``div.viatt-release__about`` after the release's
``div.viatt-release__body``). An "Om …" heading in the article's flow, an "about" box among the body's
paragraphs, or a box that more of the article follows, is the article's own text and stays.
"""

from __future__ import annotations

import re

from bs4 import NavigableString, Tag

from fvmdocs.clean.text import SENTENCE_END, collapse
from fvmdocs.clean.tree import class_words, removed, tags

# The class word a press-release platform gives its company description. "about" alone says less: an
# author's box, a blog's sidebar, and boxes among the body's paragraphs whose founding year the gold of
# earlier sets annotates; it counts only for a box beside the body's text, the template's.
_BOILERPLATE_WORDS = frozenset({"boilerplate"})
_ABOUT_WORD = "about"
_ABOUT_HEADING = re.compile(r"^(?:Om|About)\s+\S", re.I)
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# A company description is a paragraph or two; a longer box is more than boilerplate.
_ABOUT_CHARS = 1200
# Text after the box that is still the article: more than a short line ("Dela: LinkedIn").
_TRAILING_CHARS = 40


def drop_about_box(root: Tag) -> None:
    """Remove the trailing "Om Flygprov Väst" box classed as boilerplate: a heading and a paragraph or two
    that describe the publisher, with no more of the article after it."""
    for box in tags(root, {"div", "section", "aside"}):
        if removed(box) or not _is_about_box(box):
            continue
        if _opens_with_about_heading(box) and len(box.get_text(strip=True)) <= _ABOUT_CHARS and _trails(box, root):
            box.decompose()


def _is_about_box(box: Tag) -> bool:
    """A box classed as boilerplate, or classed "about" and set beside the body's text, not among its
    paragraphs: the template's company box, not a box the writer put in the body (with a founding year)."""
    words = class_words(box)
    if not _BOILERPLATE_WORDS.isdisjoint(words):
        return True
    parent = box.parent
    return _ABOUT_WORD in words and parent is not None and parent.find("p", recursive=False) is None


def _opens_with_about_heading(box: Tag) -> bool:
    """Whether the box's first element is a heading "Om …" / "About …", or a short line of its own in a heading's
    place (Vocal's creator box ``div.css-about`` opens with ``<p>About the Creator</p>``); a line that ends a
    sentence ("Om skribenten: hon bor i Borås.") is the text itself."""
    heading = next((child for child in box.children if isinstance(child, Tag)), None)
    if heading is None:
        return False
    text = collapse(heading.get_text(" "))
    if heading.name not in _HEADINGS and (
        heading.name not in _LABEL_LINES or len(text.split()) > _LABEL_WORDS or SENTENCE_END.search(text) is not None
    ):
        return False
    return _ABOUT_HEADING.match(text) is not None


# The lines a label in a heading's place is written in, and its most words: "About the Creator", "Om skribenten".
_LABEL_LINES = frozenset({"p", "div", "strong", "b", "span"})
_LABEL_WORDS = 4


def _trails(box: Tag, root: Tag) -> bool:
    """Whether no more than a short line of text follows ``box`` inside ``root``."""
    after = 0
    for node in box.next_elements:
        if type(node) is not NavigableString:
            continue
        parents = list(node.parents)
        if any(parent is box for parent in parents):
            continue
        if not any(parent is root for parent in parents):
            break  # past the article
        after += len(node.strip())
        if after >= _TRAILING_CHARS:
            return False
    return True
