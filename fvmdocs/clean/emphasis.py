"""The lead of a post that marks it only by its type, and the first text under the headline that it and the byline
rules read.

A Markdown post has no lead field: the writer sets the first paragraph in emphasis ("<p><em>…</em></p>", "**…**"), a
site builder sets it bold or larger by style or by a utility class. Such a paragraph is the lead only as the first
text under the headline, past its date lines (``text_after_headline``).
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, PageElement, Tag

from fvmdocs.clean.content import is_meta_line, plausible_lead
from fvmdocs.clean.dates import is_date_line
from fvmdocs.clean.text import collapse, is_sentence
from fvmdocs.clean.titles import (
    in_other_posts,
    is_site_banner,
    post_title_heading,
    title_under_site_name,
)
from fvmdocs.clean.tree import line_of, loose_run, tags

# The inline elements of italics: Markdown's "*…*" becomes an <em>.
EMPHASIS = frozenset({"em", "i"})


def text_after_headline(h1: Tag, article: Tag | None = None) -> NavigableString | None:
    """The first visible text after the headline and outside it, past date lines and lines without a letter
    or digit (which no block keeps): the icon of Notion's callout ("📣") before the bold lead it holds.

    With ``article`` given (the headline stands before it), past short lines outside the article too:
    the page header's reading time and tags between Quartz's ``h1.article-title`` and its ``<article>``.
    A line that repeats the headline is passed too: Enigma prints the title in the page's banner ``h1`` and again
    as ``<h2><a>…</a></h2>`` at the top of the post's box. A date loose in the headline's own box is read by
    itself: Ananke ends its article header with a bare ``<time>`` after the ``h1``, right before the body.
    Outside the article, inline text loose beside block boxes is a line of its own, as a browser lays it out:
    Drupal 7 Garland prints its byline as ``span.submitted`` in ``div.node`` right before the body's ``div.content``.
    """
    headline = collapse(h1.get_text(" ")).casefold()
    skip: list[PageElement] = []
    for node in h1.next_elements:
        if type(node) is not NavigableString or not node.strip() or any(parent is h1 for parent in node.parents):
            continue
        if any(box is node or any(parent is box for parent in node.parents) for box in skip):
            continue
        line = line_of(node)
        if line is None:
            return node
        if any(parent is line for parent in h1.parents):
            # loose in the headline's own box: its inline element is the line ("<time>10 mars 2018</time>"), or the
            # inline box around it there (after-dark's "span.muted" of "<span>3 minute read</span>" and "Published: …")
            inline = _dated_inline(node, line)
            if inline is not None:
                skip = [inline]
                continue
        outside = article is not None and not any(parent is article for parent in node.parents)
        run = loose_run(node, line)
        bare = run is not None and all(isinstance(part, NavigableString) or isinstance(part, Tag) and part.name == "br" for part in run)
        if not outside and run is not None and bare and is_date_line(_run_text(run)):
            # a date line of bare text atop the text's box, beside its blocks: Call me Sam's (Hugo) "Tue Feb 04, 2020 ·
            # 342 words" in "div.section#content" over the tags and the text, Console's (Hugo) "17 nov. 2026" and two
            # "br" after the h1 (a date in an element there, as a "time" beside the category's box, is read with its
            # line by the byline rules)
            skip = run
            continue
        run = run if outside else None  # in the article its byline rules read the whole box
        text = collapse(_run_text(run) if run else line.get_text(" "))
        repeated = text.casefold() == headline
        if any(ch.isalnum() for ch in text) and not is_date_line(text) and not (outside and is_meta_line(text)) and not repeated:
            return node
        skip = run or [line]
    return None


def _run_text(run: list[PageElement]) -> str:
    """The text of a run of loose inline parts, as one line."""
    return collapse(" ".join(part.get_text(" ") if isinstance(part, Tag) else str(part) for part in run))


def _dated_inline(node: NavigableString, line: Tag) -> Tag | None:
    """The inline element around ``node`` in ``line`` that is a date line: its own element, else the outermost one
    below ``line``; None where neither is."""
    own = node.parent if isinstance(node.parent, Tag) and node.parent is not line else None
    top = next((parent for parent in node.parents if parent.parent is line), None)
    for inline in (own, top):
        if inline is not None and is_date_line(collapse(inline.get_text(" "))):
            return inline
    return None


def emphasis_lead(root: Tag) -> Tag | None:
    """The lead of a Markdown post: a paragraph that is one emphasis as a whole, italic or bold, the
    first text under the headline (Sculpin's "<p><em>Nätverkets styrgrupp antog i fredags …</em></p>",
    ClassicPress's "<p><strong>…</strong></p>"), or a text box set bold as a whole by its own style (Bubble's
    ``<div class="Text" style="font-weight:600">…</div>``); None elsewhere.

    Call it once the byline is gone. An emphasised paragraph further down the body is no lead, nor is one in
    a quote or a figure (an italic quotation or caption).
    """
    string = _text_under_headline(root)
    paragraph = line_of(string) if string is not None else None
    if paragraph is None or paragraph.name not in ("p", "div") or not any(parent is root for parent in paragraph.parents):
        return None
    if _in_quote_or_figure(paragraph, root):
        return None
    bold_style = _BOLD_STYLE.search(str(paragraph.get("style") or "")) is not None
    if paragraph.name == "div" and not (paragraph.find(True) is None and bold_style):
        return None  # a div is a paragraph only as a box of bare text, and a lead only by its style
    if not bold_style and not _one_emphasis(paragraph, EMPHASIS | _BOLD) and not _larger_type(paragraph):
        return None
    text = collapse(paragraph.get_text(" "))
    return paragraph if is_sentence(text) and plausible_lead(paragraph, root) else None


def _in_quote_or_figure(paragraph: Tag, root: Tag) -> bool:
    """Whether ``paragraph`` stands in a quotation or a figure inside ``root``."""
    for box in paragraph.parents:
        if box is root:
            return False
        if box.name in _QUOTE_BOXES:
            return True
    return False


# A box's own style that sets all its text bold: "font-weight:600", "font-weight: bold".
_BOLD_STYLE = re.compile(r"(?:^|;)\s*font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b", re.I)


# Boxes whose paragraphs are someone's words or a picture's caption, not the article's lead.
_QUOTE_BOXES = frozenset({"blockquote", "figure", "figcaption"})


# A mail's inline type size in pixels: "font-size:18px;line-height:26px".
_FONT_SIZE = re.compile(r"(?:^|;)\s*font-size\s*:\s*(\d+(?:\.\d+)?)px", re.I)
# Boxes up from a paragraph to the cell whose style sets its type.
_STYLE_DEPTH = 3


def _larger_type(paragraph: Tag) -> bool:
    """A lead set in larger type than the paragraph after it: Get a Newsletter's lead row in
    "font-size:18px" over body rows in "font-size:15px" (only inline sizes of both count), or a utility
    class's size: Versoly's (Tailwind's) ``p.text-xl`` over plain paragraphs."""
    after = paragraph.find_next("p")
    if after is None:
        return False
    if _type_step(paragraph) > max(_type_step(after), _BASE_STEP):
        return True
    size, after_size = _font_size(paragraph), _font_size(after)
    return size is not None and after_size is not None and size > after_size


# Tailwind's type sizes in order ("text-sm", "md:text-xl"); a paragraph without one is set in the base size.
_TYPE_SIZES = ("xs", "sm", "base", "lg", "xl", *(f"{n}xl" for n in range(2, 10)))
_TYPE_CLASS = re.compile(rf"^(?:[\w-]+:)?text-({'|'.join(_TYPE_SIZES)})$")
_BASE_STEP = _TYPE_SIZES.index("base")


def _type_step(element: Tag) -> int:
    """The step of ``element``'s own type-size class on Tailwind's scale, the base size without one; a theme's
    plain "big" class (BeTheme's ``p.big``) is a step above the base."""
    classes = element.get("class")
    names = classes if isinstance(classes, list) else []
    steps = [_TYPE_SIZES.index(m[1]) for name in names if (m := _TYPE_CLASS.match(name))]
    steps += [_TYPE_SIZES.index("lg") for name in names if name in _PLAIN_LARGER]
    return max(steps, default=_BASE_STEP)


_PLAIN_LARGER = frozenset({"big", "large"})


def _font_size(element: Tag) -> float | None:
    """The inline font size in pixels of ``element`` or of the nearest box around it that sets one."""
    node: Tag | None = element
    for _ in range(_STYLE_DEPTH + 1):
        if node is None:
            return None
        match = _FONT_SIZE.search(str(node.get("style") or ""))
        if match:
            return float(match[1])
        node = node.parent
    return None


def _text_under_headline(root: Tag) -> NavigableString | None:
    """The first text under the article's headline: the one in ``root``, else the page's ``<h1>`` before
    ``root`` (Quartz's ``h1.article-title`` in the page header, outside its ``<article>``)."""
    h1 = next((h1 for h1 in tags(root, {"h1"}) if not is_site_banner(h1) and not in_other_posts(h1)), None)
    if h1 is not None:
        return text_after_headline(h1)
    before = root.find_previous("h1")
    top = next(iter(reversed(list(root.parents))), root)
    under_name = title_under_site_name(before, top) if before is not None and isinstance(top, BeautifulSoup) else None
    if before is None or under_name is not None or is_site_banner(before) or in_other_posts(before):
        # a page without a headline <h1>: the post's title heading (Jupiter's ``h2.blog-single-title`` marked
        # ``itemprop="headline"`` in the post's <article>; Joomla 3's ``h2[itemprop=headline]`` in ``div.page-header``
        # before the article's body, under Beez3's logo ``h1#logo``; Zzo's ``h2.single__title`` over its
        # ``article.single__contents``, the page's one ``h1`` heading the related posts; Joomla 2.5's bare ``h2`` in
        # ``div.item-page`` under Atomic's site name, the page's one ``h1``)
        titled = under_name or root.find(("h2", "h3"), attrs={"itemprop": "headline"})
        titled = titled or (post_title_heading(top) if isinstance(top, BeautifulSoup) else None)
        if not isinstance(titled, Tag):
            return None
        inside = any(parent is root for parent in titled.parents)
        return text_after_headline(titled) if inside else text_after_headline(titled, root)
    return text_after_headline(before, root)


# Bold as a whole paragraph: Markdown's "**…**" under the headline, a lead, as italics are.
_BOLD = frozenset({"strong", "b"})


def _one_emphasis(paragraph: Tag, names: frozenset[str]) -> bool:
    """Whether the paragraph's text is all in one element of ``names`` (``<em>``, ``<strong>``), also inside
    a wrapper that only sets the font (FrontPage's ``<p><font face size><b>…</b></font></p>``)."""
    box = paragraph
    while True:
        parts = [child for child in box.children if not isinstance(child, NavigableString) or child.strip()]
        if len(parts) != 1 or not isinstance(parts[0], Tag):
            return False
        if parts[0].name in names:
            return True
        if parts[0].name == "span" and names >= _BOLD and _BOLD_STYLE.search(str(parts[0].get("style") or "")):
            return True  # Google Sites' "<p><span style="font-weight: 700;">…</span></p>": bold as a whole
        if parts[0].name not in _FONTWRAPPERS:
            return False
        box = parts[0]


# Inline elements that only set how text looks: FrontPage's and Dreamweaver's ``<font>`` around a paragraph's text.
_FONTWRAPPERS = frozenset({"font", "span"})
