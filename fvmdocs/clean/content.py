"""The article's lead: a lead-classed box, or a teaser of this page under its headline; a paragraph set in emphasis
under the headline is read in ``emphasis``.

Sites mark the lead ("ingress", "preamble", "lead") in many ways, and use the same words for other pages'
teasers; where it stands (right under this page's headline, or its header box) tells them apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import chain

from bs4 import BeautifulSoup, Tag

from fvmdocs.clean.root import WRAPPERS, class_names, is_section_preamble
from fvmdocs.clean.text import collapse, is_sentence
from fvmdocs.clean.titles import OTHER_POSTS_WORDS, SITE_HEADER_IDS, is_site_banner
from fvmdocs.clean.tree import class_words, first, select_first, tags

# Class words of a lead/preamble on Swedish and international news sites.
LEAD_WORDS = frozenset({
    "preamble", "ingress", "lead", "lede", "intro", "standfirst", "summary", "excerpt",
    "article-lead", "article-preamble",
    "documentdescription",  # Plone's description under the headline ("div.documentDescription")
    "abstract", "snippet",  # Ametys's "p.abstract", PHP-Fusion's "div.news-snippet"
    "introtext",  # Geeklog's "div.story_introtext" before "div.story_bodytext"
})  # fmt: skip

# Whole class names of a lead: eZ Publish's "attribute-short", an article's short text (its lead).
_LEAD_CLASSES = frozenset({"attribute-short"})
# Whole class words of a lead, alone or as a BEM element or the last part of a name: Cofoundry's
# "blog-post__short-description".
_LEAD_CLASS_WORDS = ("short-description",)
# A class that names a lead only in the post's header under the h1: Hydejack's "p.note-sm" (its
# page description), Chirpy's "p.post-desc fw-light" (the post's description); a "note-sm" elsewhere
# is a footnote or a caption.
_HEADER_LEAD_CLASSES = frozenset({"note-sm", "post-desc"})
# eZ Publish's views of other objects (a listing's or a related box's line and embed views), whose
# "attribute-short" is that object's teaser, not this article's lead.
_OTHER_VIEWS = frozenset({"content-view-line", "content-view-embed", "content-view-embed-inline", "content-view-children"})

def find_lead(
    root: Tag,
    soup: BeautifulSoup,
    selectors: tuple[str, ...],
    boilerplate: Callable[[str], bool] = lambda _: False,
    title: str = "",
) -> Tag | None:
    """The lead/preamble element: inside the article first, else elsewhere on the page.

    Profile selectors are tried in order (their order is a priority), then class words that
    sites use for a preamble ("ingress", "preamble", "lead", ...); outside the article, a lead box right
    before it comes before those class words elsewhere on the page; a text that ``boilerplate``
    rejects is none (Confluence's "like-summary" "4 personer gillar detta"), nor is a tagline
    under an ``<h1>`` that is not the page's ``title`` but the site's name.
    """
    for scope in (root, soup):
        for selector in selectors:
            found = select_first(scope, selector)
            if found is not None and plausible_lead(found, root):
                return found
        if scope is soup:
            found = _lead_box_before(root)
            if found is not None and not boilerplate(found.get_text(" ", strip=True)):
                return found
        for element in tags(scope):
            if _is_lead_like(element, title) and plausible_lead(element, root) and not boilerplate(element.get_text(" ", strip=True)):
                return element
    return None


def _lead_box_before(root: Tag) -> Tag | None:
    """The article's lead in a box of its own right before ``root``, the body's box, under the same
    headline, whatever its class: WebsiteBaker's ``div.post-short`` before ``div.post-long``, ImpressCMS's
    ``div.hometext`` before ``div.bodytext``, Saxotech's ``div.artLeadtext`` before ``div.artBodytext``. Its text
    is a sentence or more; a box with a heading or a picture of its own (a teaser, a photo and its caption) is none."""
    box = next((before for before in _previous_tags(root) if before.get_text(strip=True)), None)
    if box is None or box.name not in ("div", "section", "p") or not _under_page_headline(box):
        return None
    if first(box, _NO_LEAD_PARTS) is not None or any(part in name for name in class_names(box) for part in _PICTURE_PARTS):
        return None
    return box if is_sentence(collapse(box.get_text(" "))) and plausible_lead(box, root) else None


# What a lead's box does not hold: another article's headline, a figure (its image is gone by now).
_NO_LEAD_PARTS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "figure"})
# Parts of the class names of a photo's box and its caption (Saxotech's "artImage", "artImageText"), no lead's.
_PICTURE_PARTS = ("image", "photo", "caption", "figure", "bild", "foto")
# How many boxes a lead may open under the headline: ImpressCMS's ``div.itemBody > div.itemText > div.hometext``.
_OPENED_BOXES = 2


def _under_page_headline(element: Tag, opened: int = _OPENED_BOXES) -> bool:
    """Whether ``element`` stands under the page's ``<h1>`` (not the site's name), past a few short lines; the
    h1 may stand in a box of its own (Saxotech's ``div.artHeadline > h1``), and ``element`` may open the box or
    two that stand there (ImpressCMS's ``div.itemBody > div.itemText > div.hometext`` after ``div.itemHead``)."""
    box = element
    for _ in range(opened + 1):
        h1 = _headline_before(box)
        if h1 is not None:
            return not is_site_banner(h1)
        parent = box.parent
        opens = not any(before.get_text(strip=True) for before in _previous_tags(box))
        if not opens or not isinstance(parent, Tag) or parent.name not in WRAPPERS:
            return False
        box = parent
    return False


def _headline_before(element: Tag, *, boxed: bool = True) -> Tag | None:
    """The ``<h1>`` that ``element`` follows among its siblings, bare or (``boxed``) alone in a box, past at
    most a few short lines (a byline, a date line, a photo's caption; no sentence)."""
    for count, before in enumerate(_previous_tags(element)):
        h1 = before if before.name == "h1" else _headline_box(before) if boxed else None
        if h1 is not None:
            return h1
        if count >= _LINES_UNDER_HEADLINE or not is_meta_line(collapse(before.get_text(" "))):
            return None
    return None


def _headline_box(box: Tag) -> Tag | None:
    """The ``<h1>`` of a box that holds it and no other text (Saxotech's ``div.artHeadline``)."""
    h1 = first(box, {"h1"})
    return h1 if h1 is not None and collapse(h1.get_text(" ")) == collapse(box.get_text(" ")) else None


# Class words of a teaser: another page's, except where it stands right under this page's headline or its
# header box.
TEASER_WORDS = frozenset({"teaser", "puff", "promo"})
# Class words of a line that is the lead only right under the headline; further down a heading or a teaser.
_UNDER_HEADLINE_WORDS = frozenset({"subheading", "subheadline"}) | TEASER_WORDS
# Endings of joined class words that name a lead: Sitefinity's "sfsummary", Newspack's "subtitle".
_LEAD_ENDINGS = ("summary", "preamble", "ingress", "standfirst", "subtitle")
# Class words of the article's lead where they stand under its headline, past a date line: Ingeniux's
# "div.introduction", Naviga's "p.np-article__leadin"; elsewhere a page's or a section's introduction.
_HEADLINE_LEAD_WORDS = frozenset({"introduction", "leadin"})


# Class names of a collapsible box's title line, which opens the box: LoveIt's "div.details-summary" over an
# admonition ("Notera") or a table of contents ("Innehåll"); its "summary" names no lead.
_DISCLOSURE_TITLES = frozenset({"details-summary"})


# Drupal's class of a field's type: "field--type-text-with-summary" (Drupal 7: "field-type-text-with-summary") says
# how the field is stored, a text with a summary beside it, and comes with the body field of every node and block
# alike (the article's text, a custom block's address in Radix's side column); its "summary" names no lead. The
# field's name says what it is ("field--name-field-ingress").
_FIELD_TYPE = re.compile(r"^field--?type-", re.I)


def _is_lead_like(element: Tag, title: str) -> bool:
    words = class_words(element, skip=_FIELD_TYPE)
    names = class_names(element)
    if _under_site_name(element, title) or not _DISCLOSURE_TITLES.isdisjoint(names):
        return False
    return (
        element.get("itemprop") == "description"
        or not LEAD_WORDS.isdisjoint(words)
        or any(word.endswith(_LEAD_ENDINGS) for word in words) and not _is_section_subtitle(element)
        # a blog theme's "subheading", a news theme's "subheadline" (Quintype's ``h2.subheadline``) and a CMS's
        # teaser of this article (FirstSpirit's ``div.stage__teaser``) are the lead right under the headline
        or not _UNDER_HEADLINE_WORDS.isdisjoint(words) and after_headline(element)
        # a teaser box right after the article's header box (IMPERIA's ``div.teaser-text`` after
        # ``div.article-header`` of kicker, h1, byline and date) is this article's lead too
        or not TEASER_WORDS.isdisjoint(words) and after_header_box(element)
        or not _HEADLINE_LEAD_WORDS.isdisjoint(words) and under_headline(element)
        or own_teaser(element)
        # a lead word as a camelCase part of a class name (OpenText's ``p.rdIntro``) names the article's lead
        # right under the headline; elsewhere "xIntro" is some box's intro
        or not LEAD_WORDS.isdisjoint(_camel_parts(_written_classes(element))) and under_headline(element)
        or _is_short_text(element, names)
        or any(_names_lead(name) for name in names)
        or not _HEADER_LEAD_CLASSES.isdisjoint(names) and _under_headline_in_header(element)
        or _is_header_summary(element)
        or _is_description_box(element, names)
    ) and not _in_site_header(element, title) and not _holds_headline(element)


# How many boxes a description box may open under the headline: Freemind's (Hexo) "div.row.post > div.col-md-9 >
# div.mypage > div.alert.description" after "div.page-header > h1".
_DESCRIPTION_BOXES = 3


def _is_description_box(element: Tag, names: list[str]) -> bool:
    """The post's description printed as a box of its own that opens the text under the headline, a whole class
    name "description" whatever else its class says: Freemind's ``div.alert.alert-success.description`` of an info
    icon and a ``p``. A box classed so further down, or with a heading of its own, is none."""
    if "description" not in names or first(element, _NO_LEAD_PARTS) is not None:
        return False
    return is_sentence(collapse(element.get_text(" "))) and _under_page_headline(element, _DESCRIPTION_BOXES)


def _holds_headline(element: Tag) -> bool:
    """Whether ``element`` is or holds an ``<h1>``: the headline, or the article's header box, whatever its class, not
    its lead. Bootstrap Studio's "Article Clean" ``div.intro`` holds the h1, the byline, the image and ``p.lead``, the
    lead the last; Hylia (Eleventy) classes its headline itself as the heading of the post's intro block, "h1.[
    intro__heading ]", over the bold first paragraph that is the lead."""
    return element.name == "h1" or first(element, {"h1"}) is not None


def _is_section_subtitle(element: Tag) -> bool:
    """A subheading classed as a subtitle between the article's paragraphs: Flipsnack's ``h2.fs-subtitle`` ("Ny
    tidplan i maj") heads a section. A subtitle with no prose before it, or one that is a sentence, is the lead."""
    if element.name not in ("h2", "h3", "h4", "h5", "h6") or is_sentence(collapse(element.get_text(" "))):
        return False
    return any(is_sentence(collapse(before.get_text(" "))) for before in _previous_tags(element))


def _in_site_header(element: Tag, title: str = "") -> bool:
    """Whether ``element`` stands in the site's header, which holds no headline but the site's name: a theme's
    tagline (GeneratePress's ``p.site-description``, ``itemprop="description"``, in ``header.site-header``) is
    no lead. The nearest ``<header>`` or ``role=banner`` box decides; an article's own header holds its h1.
    An older theme's header is a ``div#header``: Dreamwidth's journal name in ``h1#title`` and its subtitle
    in ``h2#subtitle``, the entry's title further down; it is the site's unless its h1 is the page's title.
    The site's banner itself is no lead either, whatever its class: Cupper's (Hugo) ``header.intro-and-nav[role=banner]``
    of the logo, the site's description and the menu, before ``main`` with the post's headline."""
    boxes = chain((element,), element.parents) if _is_banner(element) else element.parents
    for box in boxes:
        if box.name == "header" or box.get("role") == "banner":
            return all(is_site_banner(h1) for h1 in box.find_all("h1"))
        if box.get("id") in SITE_HEADER_IDS:
            return all(is_site_banner(h1) or collapse(h1.get_text(" ")) != title for h1 in box.find_all("h1"))
    return False


def _is_banner(element: Tag) -> bool:
    """Whether ``element`` is the site's banner: a ``role="banner"`` box, or a ``<header>`` outside an ``<article>``
    and ``<main>`` (an article's own header may be classed as its lead)."""
    site_header = element.name == "header" and element.find_parent(("article", "main")) is None
    return site_header or element.get("role") == "banner"


def own_teaser(element: Tag) -> bool:
    """Whether ``element`` is the teaser of the article around it, its lead: a teaser element of the article's
    own block (CoreMedia's ``div.cm-article__teaser`` in ``article.cm-article``) under the headline, past a
    date line, with no link to another page. Other articles' teasers are blocks of their own and link to them."""
    if not any(_teaser_of(element, name) for name in class_names(element)):
        return False
    return element.find("a") is None and under_headline(element)


def _teaser_of(element: Tag, name: str) -> bool:
    """Whether the class ``name`` is "<block>__teaser…" with the block a class of a box around ``element``."""
    block, _, part = name.partition("__")
    if not block or part.split("-")[0] not in TEASER_WORDS:
        return False
    return element.find_parent(lambda box: block in class_names(box)) is not None


_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _camel_parts(classes: list[str]) -> set[str]:
    """The lower-cased parts of class names written in camelCase ("rdIntro": "rd", "intro")."""
    return {part.lower() for name in classes for part in _CAMEL_HUMP.split(name) if _CAMEL_HUMP.search(name)}


def _written_classes(element: Tag) -> list[str]:
    """The element's class names as written."""
    classes = element.get("class")
    return list(classes) if isinstance(classes, list) else []


def _names_lead(name: str) -> bool:
    """Whether a whole class name is a lead's word, alone or at its end ("blog-post__short-description")."""
    return any(name == word or name.endswith((f"_{word}", f"-{word}")) for word in _LEAD_CLASS_WORDS)


def _under_headline_in_header(element: Tag) -> bool:
    """Whether ``element`` stands in a ``<header>`` after the page's ``<h1>`` (a date line may lie between)."""
    parent = element.parent
    if not isinstance(parent, Tag) or parent.name != "header":
        return False
    h1 = element.find_previous_sibling("h1")
    return h1 is not None and not is_site_banner(h1)


def _is_header_summary(element: Tag) -> bool:
    """The article's summary in its own header: a plain ``p`` (no class) right after the headline ``h1`` in the
    ``<header>`` of the ``<article>``, nothing before it but the ``h1``, a sentence: Pelican's m.css prints ``{{
    article.summary }}`` there, ``<article><header><h1><a rel="bookmark">…</a></h1><p>…</p></header>``. A byline or a
    date line there is no sentence; a paragraph after another line, or in a header outside an article, is no summary."""
    parent = element.parent
    if element.name != "p" or element.has_attr("class") or not isinstance(parent, Tag) or parent.name != "header":
        return False
    before = list(_previous_tags(element))
    if len(before) != 1 or before[0].name != "h1" or is_site_banner(before[0]) or parent.find_parent("article") is None:
        return False
    loose = "".join(str(node) for node in element.previous_siblings if not isinstance(node, Tag)).strip()
    return not loose and is_sentence(collapse(element.get_text(" ")))


def _is_short_text(element: Tag, names: list[str]) -> bool:
    """eZ Publish's ``div.attribute-short`` of the article itself, not of a listed object's view."""
    if _LEAD_CLASSES.isdisjoint(names):
        return False
    return element.find_parent(class_=lambda name: name in _OTHER_VIEWS) is None


def _under_site_name(element: Tag, title: str) -> bool:
    """Whether ``element`` follows an ``<h1>`` that names the site, not this page: a blog's tagline
    (FlatPress's ``p.subtitle`` under ``<h1><a href="…/blog/">Sårnätverket</a></h1>``)."""
    before = element.find_previous_sibling(True)
    if before is None or before.name != "h1":
        return False
    if is_site_banner(before):
        return True
    text = collapse(before.get_text(" ")).casefold()
    links = before.find_all("a")
    one_link = len(links) == 1 and collapse(links[0].get_text(" ")).casefold() == text
    return one_link and bool(title) and text not in title.casefold() and title.casefold() not in text


def after_headline(element: Tag) -> bool:
    """Whether ``element`` follows the page's ``<h1>`` as its next sibling element."""
    before = element.find_previous_sibling(True)
    return before is not None and before.name == "h1"


def after_header_box(element: Tag) -> bool:
    """Whether ``element`` follows the article's header box as its next sibling element with text: a box that
    holds the page's ``<h1>`` and nothing else but short lines (a kicker, a byline, a date), as IMPERIA's
    ``div.article-header`` does. A box with a sentence beside its h1 is more than the header; an ``element``
    with a heading or a figure of its own is another article's card, no lead."""
    if first(element, _NO_LEAD_PARTS) is not None:
        return False
    box = next((before for before in _previous_tags(element) if before.get_text(strip=True)), None)
    if box is None or box.name not in _HEADER_BOXES:
        return False
    h1 = first(box, {"h1"})
    if h1 is None or is_site_banner(h1):
        return False
    rest = collapse(box.get_text(" ")).replace(collapse(h1.get_text(" ")), "", 1)
    return not rest.strip() or is_meta_line(rest.strip())


# Boxes an article's header stands in: its kicker, headline, byline and date line.
_HEADER_BOXES = frozenset({"div", "header", "section", "hgroup"})


def under_headline(element: Tag) -> bool:
    """Whether ``element`` follows the page's ``<h1>`` among its siblings, past at most a few short
    lines between them (a byline, a date line; no sentence): it stands where this article's lead stands."""
    return _headline_before(element, boxed=False) is not None


def _previous_tags(element: Tag) -> Iterator[Tag]:
    """The elements before ``element`` among its siblings, nearest first, read only as far as asked."""
    return (sibling for sibling in element.previous_siblings if isinstance(sibling, Tag))


def is_meta_line(text: str) -> bool:
    """A short line that is no sentence: a byline, a date, a reading time, a tag."""
    return len(text) <= _META_LINE_CHARS and not is_sentence(text)


# Lines between a headline and its lead: a byline, a date, a reading time, tags; each this short at most.
_LINES_UNDER_HEADLINE = 3
_META_LINE_CHARS = 120


def _in_other_posts_or_footer(element: Tag, root: Tag) -> bool:
    """Whether ``element`` stands, outside the article, in a box of other posts (a related post's excerpt) or in
    the page's footer (Jannah's footer widget title "div.the-subtitle"): no lead of this page."""
    around = {id(parent) for parent in root.parents}
    for parent in element.parents:
        if parent is root or id(parent) in around:
            return False
        if parent.name == "footer" or class_words(parent) & OTHER_POSTS_WORDS:
            return True
    return False


def plausible_lead(element: Tag, root: Tag) -> bool:
    """A lead is a short text, not the article itself or a wrapper around it, and not a link
    (a blog's tagline in the site header links to the home page)."""
    if element is root or any(parent is element for parent in root.parents):
        return False
    if element.name == "a" or element.find_parent("a") is not None or is_section_preamble(element):
        return False
    if _in_other_posts_or_footer(element, root):
        return False
    text = element.get_text(strip=True)
    links = "".join(a.get_text(strip=True) for a in element.find_all("a"))
    return 0 < len(text) < 1200 and len(links) < len(text)
