"""Page metadata: canonical URL, title, language, and what the head and JSON-LD say about dates."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, Tag

from fvmdocs.clean.dates import (
    AUTHOR_DATE,
    BYLINE_DATE,
    DATED_BYLINE,
    LABELLED_LINE,
    NAME_DATE,
    PUBLISHED_LABEL,
    UPDATED_LABEL,
    VERB_BYLINE_DATE,
    DateParser,
    is_date_line,
    labelled_date,
    parse_date,
    unix_day,
)
from fvmdocs.clean.root import class_names
from fvmdocs.clean.signposts import is_book_header, is_location_line
from fvmdocs.clean.text import collapse, joined_line
from fvmdocs.clean.tree import class_words, first, only_link, select_all, tags

# Meta names in order of trust: Open Graph article tags are written by CMSs on purpose,
# DC.* by Swedish public-sector CMSs (Sitevision, EPiServer), bare "date" by anything.
PUBLISHED_META = (
    "article:published_time", "og:published_time", "dc.date.issued", "dcterms.issued",
    "dc.date.created", "dcterms.created", "datepublished", "publishdate", "pubdate",
    "dc.date", "dcterms.date", "date",
)  # fmt: skip
UPDATED_META = (
    "article:modified_time", "og:updated_time", "dc.date.modified", "dcterms.modified",
    "datemodified", "last-modified", "lastmod",
)  # fmt: skip

# A WebPage's dates are only a fallback: CMSs stamp them on every save.
_ARTICLE_TYPES = {"article", "newsarticle", "reportagenewsarticle", "blogposting",
                  "analysisnewsarticle", "pressrelease"}  # fmt: skip
# The signs between the headline and the site's name in a title, spaces on both sides: "Rubrik - Sajt", "Rubrik |
# Sajt", "Rubrik » Sajt", "Rubrik · Sajt", "Rubrik • Sajt" and Atahualpa's "Rubrik › Sajt" (``&#8250;``); a colon too,
# once the site's name is known ("Sajt: Rubrik"). "‹" points from the page back to the site only in WordPress's own
# screens ("Inlägg ‹ Sajt — WordPress"), no news page's title.
TITLE_SIGNS = "-|–—·»›•"
TITLE_SEPARATORS = re.compile(rf"\s+[{TITLE_SIGNS}:]\s+")

# Common Swedish and English function words, for pages that do not declare a language.
_SWEDISH_WORDS = frozenset({
    "och", "att", "det", "som", "för", "med", "är", "på", "inte", "har", "av", "till", "en",
    "ett", "om", "de", "den"
})  # fmt: skip
_ENGLISH_WORDS = frozenset({
    "the", "and", "of", "to", "is", "in", "that", "for", "with", "are", "on", "not", "has",
    "by", "it", "be", "this"
})  # fmt: skip


def read_meta(soup: BeautifulSoup) -> dict[str, str]:
    """The page's ``<meta>`` values by lower-cased name, property, itemprop or http-equiv."""
    found: dict[str, str] = {}
    for tag in tags(soup, {"meta"}):
        content = tag.get("content")
        if not isinstance(content, str) or not content.strip():
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = tag.get(attribute)
            if isinstance(key, str) and key.strip():
                found.setdefault(key.strip().lower(), content.strip())
    return found


def canonical_url(soup: BeautifulSoup, meta: dict[str, str], base: str) -> str | None:
    """``<link rel=canonical>``, else ``og:url``, resolved against the page's own URL."""
    for link in tags(soup, {"link"}):
        rel = link.get("rel")
        rels: list[str] = rel.split() if isinstance(rel, str) else list(rel or [])
        if "canonical" in (r.lower() for r in rels):
            return _absolute(str(link.get("href") or ""), base)
    og_url = meta.get("og:url")
    return _absolute(og_url, base) if og_url else None


def _absolute(href: str, base: str) -> str | None:
    """An absolute http(s) URL, or None for fragments and other schemes."""
    url = urljoin(base, href.strip())
    return url if urlsplit(url).scheme in ("http", "https") else None


# Class and id words of a site's logo or banner heading: Confluence's "h1#logo", a blog's "site-title".
_LOGO_WORDS = frozenset({"logo", "aui-header-logo", "site-title", "site-name", "blog-title", "brand"})


def headline(soup: BeautifulSoup) -> Tag | None:
    """The page's headline ``<h1>``: the first one that is not the site's logo or banner, i.e.
    not classed as a logo and not a link to the site's home page alone ("<h1><a href="/">Blog</a>"), nor the
    page's path in the header (MoinMoin's ``h1#locationline``). A page without an ``<h1>``, or whose every
    ``<h1>`` is such a banner, may head its post with a heading of the post's title (``post_title_heading``):
    Joomla 3's Beez3 prints the site's logo and slogan as ``h1#logo`` and the article's headline as
    ``h2[itemprop=headline]``. Nor is an ``<h1>`` in a box of other posts a headline (``in_other_posts``): Hugo's Zzo
    prints the post's title as ``h2.single__title`` and the related posts' heading as the page's one ``h1``. Without a
    heading of the post's title the first ``<h1>`` is the best there is."""
    h1s = soup.find_all("h1")
    for h1 in h1s:
        if isinstance(h1, Tag) and not is_site_banner(h1) and not is_location_line(h1) and not in_other_posts(h1):
            return h1
    titled = post_title_heading(soup)
    if titled is not None or not h1s:
        return titled
    return h1s[0] if isinstance(h1s[0], Tag) else None


# Class words of a box of other posts: Zzo's "aside.related" under the post, Customizr's "section.post-related-articles"
# of cards, each with its excerpt ("div.entry-summary").
OTHER_POSTS_WORDS = frozenset({"related", "relaterade"})


def in_other_posts(heading: Tag) -> bool:
    """Whether ``heading`` stands in a box of other posts, classed so itself or a box around it (Zzo's ``<aside
    class="related"><h1 class="related__title">Relaterade inlägg</h1>``), or in an ``<aside>``: no post's headline."""
    if not OTHER_POSTS_WORDS.isdisjoint(class_words(heading)):
        return True
    return heading.find_parent(lambda box: box.name == "aside" or not OTHER_POSTS_WORDS.isdisjoint(class_words(box))) is not None


# Class names of a post's own title heading: Oqtane's blog module's ``h2.blog-title`` in ``div.blog-post``,
# hAtom's ``entry-title``, themes' ``post-title`` and ``article-title``. Whole names, each among the heading's
# classes: Blogger prints the title as ``h3.post-title.entry-title``, whose class words are only "post", "title",
# "entry" and the joined value.
_POST_TITLE_WORDS = frozenset({"entry-title", "post-title", "article-title"})
# A BEM element that is the title of a post's block: Hugo's Zzo prints it as ``h2.single__title``, other themes as
# "post__title", "c-article__title", "blog-post__title". The block's last word names one post; a card's or a widget's
# title ("card__title", "related__title") names none.
_POST_TITLE_ELEMENT = re.compile(r"^(?:[a-z0-9]+[-_])*(?:single|post|entry|article|story)__title$", re.I)
# Prose before a heading that shows it heads no post: a paragraph of this many words.
_PROSE_WORDS = 8


def post_title_heading(soup: BeautifulSoup) -> Tag | None:
    """The first ``h2`` or ``h3`` classed as a post's title or marked as its headline (schema.org's
    ``itemprop="headline"``: Joomla 3's ``div.page-header > h2``), on a page without a headline ``<h1>``, where it
    tops the text: no paragraph of prose comes before it. ``blog-title`` is also a blog's name in a theme's header
    (a logo word), so it counts only in a post's box; a title-classed heading further down the text heads a
    section. Blogger's themes (Notable, Contempo) print the post's title as ``h3.post-title.entry-title`` under
    the blog's name, the page's only ``h1``, and the blog's description, a sentence in the site's header, before it;
    Hugo's Zzo as ``h2.single__title``, a BEM element of the post's block (``_POST_TITLE_ELEMENT``)."""
    for heading in soup.find_all(("h2", "h3")):
        if not isinstance(heading, Tag):
            continue
        names = set(class_names(heading))
        titled = not _POST_TITLE_WORDS.isdisjoint(names) or heading.get("itemprop") == "headline"
        titled = titled or any(_POST_TITLE_ELEMENT.match(name) for name in names)
        if not titled and not ("blog-title" in names and heading.find_parent(_is_post_box) is not None):
            continue
        prose = (p for p in heading.find_all_previous("p") if len(p.get_text(" ").split()) >= _PROSE_WORDS)
        prose = (p for p in prose if not _in_site_header(p, heading))
        return heading if next(prose, None) is None else None
    return None


# Ids of the site's header box in layouts older than ``<header>``: Blogger's ``div#header`` of the Header widget.
_HEADER_IDS = frozenset({"header", "masthead"})


def _in_site_header(paragraph: Tag, heading: Tag) -> bool:
    """Whether ``paragraph`` stands in the site's header, a box apart from ``heading``: a blog's description under its
    name is no prose of a post (Blogger's Header widget, ``div#header`` in Notable's ``header[role=banner]``: "Föreningen
    för barn, ungdomar och vuxna med Dravets syndrom …"). The header is a ``role="banner"`` box, a box with the id of
    one, or a ``<header>`` outside an ``<article>`` and ``<main>`` (an article's own header holds its title and lead)."""
    for box in paragraph.parents:
        site_header = box.name == "header" and box.find_parent(("article", "main")) is None
        if site_header or box.get("role") == "banner" or box.get("id") in _HEADER_IDS:
            return not any(parent is box for parent in heading.parents)
    return False


def is_site_banner(h1: Tag) -> bool:
    """Whether an ``<h1>`` is the site's logo or name: classed as a logo, or one link to the home page.

    A logo's class word on an ``<h1>`` inside an ``<article>`` or a post's box names no site: BigCommerce's post
    headline is ``h1.blog-title`` in ``article.blog``, Teachable's in ``div.blog-post``, where a blog theme's
    ``h1.blog-title`` in the site header is the blog's name."""
    if not _LOGO_WORDS.isdisjoint(class_words(h1)):
        return h1.find_parent(_is_post_box) is None
    link = only_link(h1)
    return link is not None and _links_home(link) or is_book_header(h1)


def _is_post_box(box: Tag) -> bool:
    """An ``<article>``, or a box classed as one post (Teachable's ``div.blog-post``, hAtom's ``hentry``)."""
    return box.name == "article" or box.name in ("div", "section") and not _POST_CLASSES.isdisjoint(class_names(box))


# Whole class names of the box of one post; a page's ``body.single-post`` holds the site's header too.
_POST_CLASSES = frozenset({"post", "blog-post", "hentry"})


def _links_home(link: Tag) -> bool:
    """A link to the site's start page: "/", DokuWiki's "doku.php?id=start", or one that holds the
    logo image or the home access key. A link without an address (Newsup's ``h1.title > a[title]`` around the
    post's headline) or with an empty one points nowhere else."""
    raw = str(link.get("href") or "").strip()
    href = urlsplit(raw)
    start = bool(raw) and href.path in ("", "/") and not href.fragment
    start = start or re.search(r"(?:^|[?&])id=start\b", href.query) is not None
    return start or link.find("img") is not None or link.get("accesskey") == "h"


def title_candidates(soup: BeautifulSoup, meta: dict[str, str], h1: Tag | None) -> list[str]:
    """Titles in the order the brief trusts them: og:title, the headline ``h1``, ``<title>``."""
    candidates = [meta.get("og:title", ""), meta.get("twitter:title", "")]
    if isinstance(h1, Tag):
        candidates.append(h1.get_text(" "))
    title = first(soup, {"title"})
    if title is not None:
        candidates.append(title.get_text(" "))
    return [collapse(c) for c in candidates if c and collapse(c)]


# Separators of a ``<title>`` written as a path, site first: "Portalen: Nyheter: Ämnet".
_PATH_SEPARATORS = re.compile(rf":\s+|\s+[{TITLE_SIGNS}]\s+")


def heading_after_site(soup: BeautifulSoup, h1: str, head_title: str) -> str:
    """The headline a ``<title>`` names, when the page shows it as a heading and its ``<h1>`` is the
    site's or a course's name that the ``<title>`` does not hold: Moodle 3's path "Portalen: Nyheter:
    Ämnet" with ``<h1>Portalen Primärvård Väst</h1>`` and ``<div class="subject" role="heading">``,
    Moodle 4's "Ämnet | Högskolans Moodle" with the course's ``<h1>Omvårdnad HT18</h1>`` and
    ``<h3 class="discussionname">Ämnet</h3>``. The part must be a heading's whole text, so a cut
    headline ("Början av rubriken - Regionen") is none. A ``<title>`` that holds the h1 as a later part is
    Redmine's, read by ``_heading_before_project``."""
    if h1.casefold() in head_title.casefold():
        return _heading_before_project(soup, h1, head_title)
    parts = _PATH_SEPARATORS.split(head_title)
    if len(parts) < 2:
        return ""
    site_first = len(parts) > 2 and h1.casefold().startswith(parts[0].casefold())
    subject = parts[-1] if site_first else parts[0]
    return subject if any(_heading_text(element) == subject for element in _headings(soup)) else ""


def _heading_before_project(soup: BeautifulSoup, h1: str, head_title: str) -> str:
    """Redmine's headline: a ``<title>`` "Rubrik - Projekt - Portal" whose later part is the ``<h1>`` (the
    project's name), and whose first part is a heading's text, whole or as its last crumb after "»" (the news
    view's ``<h2><a>Nyheter</a> » Rubrik</h2>``)."""
    parts = TITLE_SEPARATORS.split(head_title)
    if len(parts) < 2 or h1.casefold() not in (part.casefold() for part in parts[1:]):
        return ""
    subject = parts[0]
    for element in _headings(soup):
        text = _heading_text(element)
        if subject in (text, _CRUMB.split(text)[-1]):
            return subject
    return ""


# The separator of a heading written as a path: Redmine's "Nyheter » Rubrik".
_CRUMB = re.compile(r"\s+[»›]\s+")


def _headings(soup: BeautifulSoup) -> Iterator[Tag]:
    """The page's ``h2`` and ``h3`` and the elements marked as a heading by their role."""
    return (element for element in tags(soup) if element.name in ("h2", "h3") or element.get("role") == "heading")


def _heading_text(element: Tag) -> str:
    """A heading's text as one line."""
    return collapse(element.get_text(" "))


def site_names(meta: dict[str, str], url: str) -> list[str]:
    """Names a site calls itself, for cutting " - Site" off a title."""
    # Quarto writes "og:site-name", with a hyphen
    names = [meta.get(key, "") for key in ("og:site_name", "og:site-name", "application-name", "dc.publisher")]
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    if host:
        names += [host, host.split(".")[0]]
    return [n for n in names if n]


def strip_title_suffix(title: str, suffixes: tuple[str, ...], names: list[str]) -> str:
    """The title without a profile suffix or a trailing " - Site name" / " | Site name".

    >>> strip_title_suffix("Ny tidplan för FVM - Västra Götalandsregionen", (), ["Västra Götalandsregionen"])
    'Ny tidplan för FVM'
    """
    for suffix in suffixes:
        if title.endswith(suffix) and len(title) > len(suffix):
            return title[: -len(suffix)].strip()
    wanted = {_name_key(n) for n in names}
    parts = TITLE_SEPARATORS.split(title)
    # Cut from the right while the tail is the site's name; also a leading "Site | Title".
    while len(parts) > 1 and _name_key(parts[-1]) in wanted:
        parts.pop()
    if len(parts) > 1 and _name_key(parts[0]) in wanted:
        parts.pop(0)
    if len(parts) == len(TITLE_SEPARATORS.split(title)):
        return title
    return _rejoin(title, parts)


def _name_key(name: str) -> str:
    """A site name compared without case, spaces or punctuation ("Vård & IT" ~ "vårdit")."""
    return re.sub(r"[\W_]+", "", name.casefold())


def _rejoin(title: str, parts: list[str]) -> str:
    """The span of ``title`` from the first to the last kept part, separators as written."""
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip()


def page_language(soup: BeautifulSoup, meta: dict[str, str], sample: str) -> str | None:
    """The primary language subtag ("sv") declared by the page, else guessed from its words."""
    html = first(soup, {"html"})
    declared = (html.get("lang") or html.get("xml:lang")) if isinstance(html, Tag) else None
    for value in (declared, meta.get("content-language"), meta.get("og:locale"),
                  meta.get("dc.language")):  # fmt: skip
        if isinstance(value, str) and re.match(r"^[A-Za-z]{2,3}(?:[-_]|$)", value.strip()):
            return re.split(r"[-_]", value.strip())[0].lower()
    return guess_language(sample)


def guess_language(text: str) -> str | None:
    """ "sv" or "en" when the function words say so clearly, else None."""
    words = re.findall(r"\w+", text.lower())[:400]
    swedish = sum(w in _SWEDISH_WORDS for w in words)
    english = sum(w in _ENGLISH_WORDS for w in words)
    if swedish >= 5 and swedish > 2 * english:
        return "sv"
    if english >= 5 and english > 2 * swedish:
        return "en"
    return None


def meta_dates(meta: dict[str, str], parse: DateParser = parse_date) -> tuple[str | None, str | None]:
    """Published and updated dates from meta tags."""
    published = next((d for k in PUBLISHED_META if (d := parse(meta.get(k)))), None)
    updated = next((d for k in UPDATED_META if (d := parse(meta.get(k)))), None)
    return published, updated


def jsonld_dates(scripts: list[str], parse: DateParser = parse_date) -> tuple[str | None, str | None]:
    """``datePublished`` / ``dateModified`` of the page's article in JSON-LD (``@graph`` too)."""
    best: tuple[str | None, str | None] = (None, None)
    for script in scripts:
        for item in _jsonld_items(
            _load_jsonld(html.unescape(script) if "&quot;" in script else script)
        ):
            dates = (parse(_str(item.get("datePublished"))),
                     parse(_str(item.get("dateModified"))))  # fmt: skip
            if not any(dates):
                continue
            if _is_article(item):
                return dates
            if not any(best):
                best = dates
    return best


def _load_jsonld(text: str) -> Any:
    """Parsed JSON-LD, tolerating CDATA and comment wrappers; None when it is broken."""
    cleaned = re.sub(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$", "", text.strip())
    try:
        return json.loads(cleaned)
    except ValueError:
        return None


def _jsonld_items(data: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in a JSON-LD value, depth first (lists and ``@graph`` included)."""
    if isinstance(data, list):
        for value in data:
            yield from _jsonld_items(value)
    elif isinstance(data, dict):
        yield data
        for value in data.values():
            if isinstance(value, (list, dict)):
                yield from _jsonld_items(value)


def _is_article(item: dict[str, Any]) -> bool:
    kinds = item.get("@type", [])
    kinds = [kinds] if isinstance(kinds, str) else kinds
    return any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds)


def _str(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    return value if isinstance(value, str) else None


def element_date(scope: Tag, selectors: tuple[str, ...], parse: DateParser = parse_date) -> str | None:
    """A date from the first element any profile selector matches: attribute, else its text.

    The selectors are matched as one list, in one pass, so the first match in document order
    wins; date elements of a page are rarely in competition the way title candidates are.
    """
    if selectors:
        for element in select_all(scope, ", ".join(selectors)):
            for value in (element.get("datetime"), element.get("content"), element.get_text(" ")):
                found = parse(value) if isinstance(value, str) else None
                if found:
                    return found
    return None


def time_dates(scope: Tag, parse: DateParser = parse_date) -> tuple[str | None, str | None]:
    """Dates of ``<time>`` elements, told apart by class, itemprop or the label before them."""
    published: str | None = None
    updated: str | None = None
    for element in tags(scope, {"time"}):
        value = element.get("datetime")
        found = parse(value if isinstance(value, str) else element.get_text(" "))
        if not found:
            continue
        role = _time_role(element)
        if role == "updated":
            updated = updated or found
        elif role == "published" or published is None:
            published = published or found
    return published, updated


def _time_role(element: Tag) -> str | None:
    """ "published", "updated" or None (unlabelled) for one ``<time>`` element."""
    own = " ".join(str(value) for value in (element.get("class"), element.get("itemprop")) if value).lower()
    if re.search(r"updat|modif", own) and re.search(r"publi", own):
        # hAtom's one date line, "entry-date published updated" (WordPress themes): the publication,
        # which the page never updated
        return "published"
    marks = " ".join(
        str(value)
        for node in (element, element.parent)
        if isinstance(node, Tag)
        for value in (node.get("class"), node.get("itemprop"), node.get("id"))
        if value
    ).lower()
    if re.search(r"updat|modif", marks):
        return "updated"
    if re.search(r"publi|created|issued", marks):
        return "published"
    before = element.find_previous(string=lambda s: bool(s.strip()))
    label = str(before or "")[-40:]
    if re.search(rf"{UPDATED_LABEL}\s*:?\s*$", label, re.I):
        return "updated"
    if re.search(rf"{PUBLISHED_LABEL}\s*:?\s*(?:den\s*)?$", label, re.I):
        return "published"
    return None


# Class words of an element that shows the page's date on its own: Webflow's "news-date",
# "post-date", "entry-date", "article-date", "datum", b2evolution's "timestamp", Wikidot's "odate" (the
# page's or post's date, with its unix moment in a class beside it: "odate time_1693299600").
_DATE_CLASS_WORDS = frozenset({"date", "datum", "pubdate", "published", "timestamp", "odate"})
# Attributes that hold an element's machine date beside its visible text: the microformats'
# ``<abbr class="published" title="2018-09-12T08:30:00Z">`` (SPIP), a tooltip (Lemmy's
# ``data-tippy-content``).
_DATE_ATTRIBUTES = ("datetime", "title", "data-tippy-content")
# Wikidot's unix moment in a date span's class: "time_1693299600".
_UNIX_CLASS = re.compile(r"^time_(\d{9,11})$")
# A relative time, which a page shows instead of the date it keeps in a tooltip: "3 timmar sedan".
_RELATIVE_TIME = re.compile(
    r"^(?:för\s+)?(?:\d+|en|ett)\s+(?:sekund(?:er)?|minut(?:er)?|timm(?:e|ar)|dag(?:ar)?|vecka|veckor|månad(?:er)?|år)\s+sedan$", re.I
)


def class_dates(scope: Tag) -> tuple[str | None, str | None]:
    """The date of the first element classed as a date whose whole text is one ("26 januari 2023"),
    or whose date attribute holds one, and of a relative time ("3 timmar sedan") with a date attribute."""
    # a mailing's web view dates itself in a layout table's cell: APSIS's "td.ap-date" row above the h1
    for element in scope.find_all(["div", "span", "p", "abbr", "h2", "h3", "td"]):
        # (the length of the text as read: Newsup's "span.mg-blog-date" pads "feb 18, 2026" with its indentation)
        raw = element.get_text(" ")
        if len(raw) > 600:
            continue
        text = collapse(raw)
        if len(text) > 60:
            continue
        classed = bool(_DATE_CLASS_WORDS & class_words(element))
        if classed or _RELATIVE_TIME.match(text):
            found = _attribute_date(element)
            if found:
                return found, None
        if classed and (is_date_line(text) or AUTHOR_DATE.match(text)):
            # a date line, or the author and a date after a sign (Moonwalk's "Styrelsen / March 14, 2023")
            found = parse_date(text)
            if found:
                return found, None
    return None, None


def _attribute_date(element: Tag) -> str | None:
    """A date in one of the element's date attributes, if it has one, or in a Wikidot moment class."""
    for name in element.get("class") or ():
        moment = _UNIX_CLASS.match(name)
        day = unix_day(moment[1]) if moment else None
        if day:
            return day
    for attribute in _DATE_ATTRIBUTES:
        value = element.get(attribute)
        found = parse_date(value) if isinstance(value, str) else None
        if found:
            return found
    return None


def byline_dates(scope: Tag) -> tuple[str | None, str | None]:
    """The date of a byline line ("Inskickad av redaktionen den fre, 2018-03-16 09:30"), or of a line of a date label
    and the date and nothing else ("Skrivet den 13 juni 2019", "Written on June 13, 2019"), or of a date and its author
    after it ("Publicerad September 7th, 2026 by Styrelsen")."""
    for element in scope.find_all(["p", "div", "span", "li", "small"]):
        if len(element.get_text()) > 160:
            continue
        line = joined_line(element.get_text(" "))  # "Av <a>Styrelsen</a>, 14 mars 2019": no space before the comma
        found = BYLINE_DATE.match(line) or VERB_BYLINE_DATE.match(line) or NAME_DATE.match(line) or LABELLED_LINE.match(line)
        found = found or DATED_BYLINE.match(line)
        if found:
            return parse_date(found[1]), None
    return None, None


# An author line that tells the post's age: Redmine's "p.author" (older) or "span.author" (newer).
_AUTHOR_WORDS = frozenset({"author"})
# The line ends with the age: "Tillagd av Anna för 1 dag sedan", "Added by Anna about 2 hours ago".
_AGE_END = re.compile(r"\b(?:sedan|ago)\s*[.:]?$", re.I)
_AGE_TAGS = ("a", "abbr", "acronym", "time")
# Redmine's age links to the project's activity on the post's day: "…/activity?from=2018-11-29".
_ACTIVITY_FROM = re.compile(r"[?&]from=(\d{4}-\d\d-\d\d)\b")


def age_dates(scope: Tag) -> tuple[str | None, str | None]:
    """The date behind the age in an author line, as Redmine writes it: "Tillagd av <a>Fredrik Åberg</a>
    för <a title="2018-11-29 08:41" href="/projects/ropa/activity?from=2018-11-29">1 dag</a> sedan"; the
    age's element is the line's last link, ``<abbr>``, ``<acronym>`` or ``<time>``."""
    for element in scope.find_all(["p", "span", "div"]):
        if _AUTHOR_WORDS.isdisjoint(class_words(element)) or len(element.get_text()) > 160:
            continue
        if not _AGE_END.search(collapse(element.get_text(" "))):
            continue
        ages = element.find_all(_AGE_TAGS)
        if not ages:
            continue
        found = _attribute_date(ages[-1])
        if found is None and ages[-1].name == "a":
            day = _ACTIVITY_FROM.search(str(ages[-1].get("href") or ""))
            found = parse_date(day[1]) if day else None
        if found:
            return found, None
    return None, None


def visible_dates(scope: Tag, parse: DateParser = parse_date) -> tuple[str | None, str | None]:
    """Dates after visible Swedish labels: "Publicerad: 18 maj 2022", "Uppdaterad 2022-05-19"."""
    text = scope.get_text(" ")
    return labelled_date(text, "published", parse), labelled_date(text, "updated", parse)
