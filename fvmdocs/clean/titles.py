"""The page's title and its headline: the headline ``<h1>`` or, where the page's ``<h1>`` is a banner or heads other
posts, the heading of the post's title; the title's candidates (og:title, the headline, ``<title>``) and the site's
name cut off them."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

from fvmdocs.clean.root import class_names
from fvmdocs.clean.signposts import is_book_header, is_heading_anchor, is_location_line
from fvmdocs.clean.text import collapse
from fvmdocs.clean.tree import class_words, first, only_link, tags

# The signs between the headline and the site's name in a title, spaces on both sides: "Rubrik - Sajt", "Rubrik |
# Sajt", "Rubrik » Sajt", "Rubrik · Sajt", "Rubrik • Sajt", Atahualpa's "Rubrik › Sajt" (``&#8250;``) and Kubrick's
# "Rubrik «  Sajt" (``wp_title('&laquo;')``, the blog's name after it); a colon too, once the site's name is known ("Sajt:
# Rubrik"). "‹" points from the page back to the site only in WordPress's own screens ("Inlägg ‹ Sajt — WordPress"), no
# news page's title. A quotation's guillemets have no space inside them ("«Vi väntar» säger …"), so split nothing. Two
# colons are one sign: Hugo's Relearn writes "Rubrik :: Sajt" into ``<title>``, og:title, twitter:title and schema.org's
# name (the colons of "std::vector" have no spaces around them). A tilde too: Pelican's Graymill writes "Sajt ~ Rubrik"
# into og:title and twitter:title (an approximation is written with no space after its tilde: "~300 medlemmar").
TITLE_SIGNS = "-|–—·«»›•~"
TITLE_SEPARATOR = rf"(?:::|[{TITLE_SIGNS}:])"
TITLE_SEPARATORS = re.compile(rf"\s+{TITLE_SEPARATOR}\s+")


# Class and id words of a site's logo or banner heading: Confluence's "h1#logo", a blog's "site-title".
_LOGO_WORDS = frozenset({"logo", "aui-header-logo", "site-title", "site-name", "blog-title", "brand"})


def headline(soup: BeautifulSoup) -> Tag | None:
    """The page's headline ``<h1>``: the first one that is not the site's logo or banner, i.e.
    not classed as a logo and not a link to the site's home page alone ("<h1><a href="/">Blog</a>"), nor the
    page's path in the header (MoinMoin's ``h1#locationline``). A page without an ``<h1>``, or whose every
    ``<h1>`` is such a banner, may head its post with a heading of the post's title (``post_title_heading``):
    Joomla 3's Beez3 prints the site's logo and slogan as ``h1#logo`` and the article's headline as
    ``h2[itemprop=headline]``. Nor is an ``<h1>`` in a box of other posts a headline (``in_other_posts``): Hugo's Zzo
    prints the post's title as ``h2.single__title`` and the related posts' heading as the page's one ``h1``. Nor is a
    bare site name over the post's ``h2`` (``title_under_site_name``): Joomla 2.5's Atomic. Nor is a menu's own heading
    (``in_menu``): SemPress prints an assistive ``h1`` "Huvudmeny" in ``nav#access``. Without a heading of the post's
    title the first ``<h1>`` is the best there is."""
    h1s = soup.find_all("h1")
    for h1 in h1s:
        if not isinstance(h1, Tag) or is_site_banner(h1) or is_location_line(h1) or in_other_posts(h1) or in_menu(h1):
            continue
        return title_under_site_name(h1, soup) or h1
    titled = post_title_heading(soup)
    if titled is not None or not h1s:
        return titled
    return h1s[0] if isinstance(h1s[0], Tag) else None


def title_under_site_name(h1: Tag, soup: BeautifulSoup) -> Tag | None:
    """The ``h2`` that heads the post under ``h1``, the page's only one, where the ``h1`` is the site's name in bare
    text and the ``h2`` the whole head ``<title>``: Joomla 2.5's Atomic template prints the site's name as
    ``div.joomla-header > h1`` (no link, no logo class) and the article's headline as ``div.item-page > h2``, with
    its link to the article where "Länka rubriker" is on, and the headline alone in ``<title>``. An ``h1`` that the
    ``<title>`` holds, or one in the post's box, is the headline; an ``h2`` with prose before it heads a section."""
    head_title = first(soup, {"title"})
    if head_title is None or len(soup.find_all("h1")) != 1 or h1.find_parent(("article", "main")) is not None:
        return None
    whole = collapse(head_title.get_text(" ")).casefold()
    name = collapse(h1.get_text(" ")).casefold()
    if not name or name in whole or h1.find_parent(_is_post_box) is not None:
        return None
    heading = h1.find_next("h2")
    if not isinstance(heading, Tag) or collapse(heading.get_text(" ")).casefold() != whole:
        return None
    return heading if _tops_the_text(heading) else None


def in_menu(heading: Tag) -> bool:
    """Whether ``heading`` stands in a menu, a ``<nav>`` or a ``role="navigation"`` box, and so heads the menu, not
    the page: SemPress (WordPress) prints ``<nav id="access"><h1 class="assistive-text">Huvudmeny</h1>`` for screen
    readers between the site's name and the post's ``h1.entry-title``, and an assistive ``h1`` "Inläggsnavigering" in
    each ``nav`` of the post's neighbours."""
    return heading.find_parent(lambda box: box.name == "nav" or box.get("role") == "navigation") is not None


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
# Drupal's class of the page's own title, which Pelican's Dougfir (a port of a Drupal 7 theme) prints as the post's
# ``h2.title.page-title`` at the top of ``div#content``, the site's name as ``div#header > h1 > a`` above it. Only on an
# ``h2``: a theme's ``div.page-title`` may be a banner over every page.
_PAGE_TITLE_CLASSES = frozenset({"page-title"})
# Prose before a heading that shows it heads no post: a paragraph of this many words.
_PROSE_WORDS = 8


def post_title_heading(soup: BeautifulSoup) -> Tag | None:
    """The first ``h2`` or ``h3`` classed as a post's title or marked as its headline (schema.org's
    ``itemprop="headline"``: Joomla 3's ``div.page-header > h2``), or an ``h4`` whose id names it the post's title
    (Hugo's Fuji: ``h4#post-title``), on a page without a headline ``<h1>``, where it
    tops the text: no paragraph of prose comes before it. ``blog-title`` is also a blog's name in a theme's header
    (a logo word), so it counts only in a post's box; a title-classed heading further down the text heads a
    section. Blogger's themes (Notable, Contempo) print the post's title as ``h3.post-title.entry-title`` under
    the blog's name, the page's only ``h1``, and the blog's description, a sentence in the site's header, before it;
    Hugo's Zzo as ``h2.single__title``, a BEM element of the post's block (``_POST_TITLE_ELEMENT``). A heading with no
    such class heads the post where it stands in a post's box and its text is the page's title (``_names_the_page``):
    Hugo's Bilberry prints the post's title as a bare ``<h3><a href="…">…</a></h3>`` at the top of ``article > div.content``,
    the site's name before it as ``h3.title`` in the site's header. An ``h2`` that ends the head's title heads the post
    wherever it stands (``ends_head_title``): Cryogen's blue theme prints the title as a bare ``h2`` in ``div.post-header``
    of ``div#post``, no post's class, and "Sajt: Rubrik" in ``<title>``. Without such a heading, a box of bare text set as
    the page's title heads the post (``_is_title_box``): Astro Nano prints the title as a ``div`` in large, bold type,
    Hexo's Melody as ``div#post-title``, WordPress's Argon as a bare link to the post, ``a.post-title``."""
    for heading in soup.find_all(("h2", "h3", "h4")):
        if not isinstance(heading, Tag):
            continue
        if heading.name == "h4":
            # an h4 only by its id as the post's title: Hugo's Fuji prints its headline as ``h4#post-title > a``
            if str(heading.get("id") or "").lower() not in _POST_TITLE_WORDS:
                continue
            return heading if _tops_the_text(heading) else None
        names = set(class_names(heading))
        titled = not _POST_TITLE_WORDS.isdisjoint(names) or heading.get("itemprop") == "headline"
        titled = titled or any(_POST_TITLE_ELEMENT.match(name) for name in names)
        titled = titled or heading.name == "h2" and not _PAGE_TITLE_CLASSES.isdisjoint(names)
        in_post = heading.find_parent(_is_post_box) is not None
        titled = titled or in_post and ("blog-title" in names or _names_the_page(heading, soup))
        if not titled and not (heading.name == "h2" and ends_head_title(heading, soup)):
            continue
        return heading if _tops_the_text(heading) else None
    box = next((box for box in soup.find_all(("div", "p", "a")) if isinstance(box, Tag) and _is_title_box(box, soup)), None)
    return box if box is not None and _tops_the_text(box) else None


def title_heading(scope: Tag) -> Tag | None:
    """The post's title on ``scope``'s page where no ``h1`` heads the post (``headline``): an ``h2`` or ``h3`` heading, or
    a box of bare text set as a title; None where an ``h1`` does or nothing. Hugo's Stack prints the site's name as
    ``h1.site-name`` in its left sidebar and the post's title as ``h2.article-title`` in the article's
    ``header.article-header``; Astro's Fuwari prints it as a ``div`` in large, bold type on a page without an ``h1``."""
    page = next(iter(reversed(list(scope.parents))), None)
    if not isinstance(page, BeautifulSoup):
        return None
    heading = headline(page)
    return heading if heading is not None and heading.name != "h1" else None


def _tops_the_text(heading: Tag) -> bool:
    """Whether no paragraph of prose comes before ``heading`` outside the site's header."""
    prose = (p for p in heading.find_all_previous("p") if len(p.get_text(" ").split()) >= _PROSE_WORDS)
    prose = (p for p in prose if not _in_site_header(p, heading))
    return next(prose, None) is None


# Utility classes that set a box's text as a title: Tailwind's larger sizes ("text-2xl", "md:text-xl") and heavier weights.
_TITLE_TYPE = re.compile(r"^(?:[\w-]+:)?(?:text-(?:xl|[2-9]xl)|font-(?:semibold|bold|extrabold|black))$")


def _is_title_box(box: Tag, soup: BeautifulSoup) -> bool:
    """Whether ``box`` is a post's title set as a box of bare text, not a heading: Astro Nano's ``<div class="animate
    text-2xl font-semibold …">`` over the date line and the post, on a page without an ``h1``, or Hexo's Melody's
    ``div#post-title`` over ``div#post-meta`` in the cover above the post. Its type classes or its id (as an ``h4``'s
    id, ``post_title_heading``) make it a title and its text must be the page's title, whole or the headline before the
    site's name ("Rubrik | Sajt" in ``<title>``); the site's name set so in the site's header or in a link home (Nano's
    ``<a href="/"><div class="font-semibold">Sajt</div></a>``) is none. A link is a title box by a post title's class
    in a post's box: Argon's ``a.post-title`` in ``article.post > header.post-header``."""
    if box.find(True) is not None:
        return False
    if box.name == "a":
        named = not _POST_TITLE_WORDS.isdisjoint(class_names(box)) and box.find_parent(_is_post_box) is not None
        return named and not _links_home(box) and _site_header(box) is None and _names_the_page(box, soup, headline_only=True)
    named = str(box.get("id") or "").lower() in _POST_TITLE_WORDS
    if not named and not any(_TITLE_TYPE.match(name) for name in class_names(box)):
        return False
    return box.find_parent("a") is None and _site_header(box) is None and _names_the_page(box, soup, headline_only=True)


def _names_the_page(heading: Tag, soup: BeautifulSoup, *, headline_only: bool = False) -> bool:
    """Whether ``heading``'s whole text is the page's title as og:title or twitter:title gives it, or as ``<title>`` does,
    whole or as one of its parts ("Rubrik | Sajt"; with ``headline_only`` the first part alone), and no link to the
    home page."""
    text = collapse(heading.get_text(" ")).casefold()
    link = only_link(heading)
    if not text or link is not None and _links_home(link):
        return False
    names = [str(meta.get("content") or "") for meta in soup.find_all("meta", attrs={"property": ("og:title", "twitter:title")})]
    names += [str(meta.get("content") or "") for meta in soup.find_all("meta", attrs={"name": "twitter:title"})]
    head_title = first(soup, {"title"})
    if head_title is not None:
        whole = collapse(head_title.get_text(" "))
        parts = TITLE_SEPARATORS.split(whole)
        names += [whole, *(parts[:1] if headline_only else parts)]
    return any(collapse(name).casefold() == text for name in names)


def ends_head_title(heading: Tag, soup: BeautifulSoup) -> bool:
    """Whether ``heading``'s whole text is the head's ``<title>``, or its end after the site's name and a colon or a
    title's sign: Cryogen's "{{title}}: {{post.title}}", "Göteborgs Konstsimsklubb Nereid: Nackskadorna hos …" (the
    colon glued to the name, so ``TITLE_SEPARATORS`` splits nothing). A section's heading ends no page's title."""
    text = collapse(heading.get_text(" "))
    head_title = first(soup, {"title"})
    link = only_link(heading)
    if not text or head_title is None or link is not None and _links_home(link):
        return False
    whole = collapse(head_title.get_text(" "))
    if whole.casefold() == text.casefold():
        return True
    site = whole[: -len(text)] if whole.casefold().endswith(text.casefold()) else ""
    return _SITE_BEFORE.search(site) is not None


# The site's name and the sign after it, before the headline that ends a ``<title>``: "Sajt: ", "Sajt | ".
_SITE_BEFORE = re.compile(rf"^\S.*?(?::|\s{TITLE_SEPARATOR})\s+$")


# Ids of the site's header box in layouts older than ``<header>``: Blogger's ``div#header`` of the Header widget; and of
# the site's banner over every page, Argon's (WordPress) ``section#banner`` of the site's name and its subtitle.
SITE_HEADER_IDS = frozenset({"header", "masthead", "banner"})


def _in_site_header(paragraph: Tag, heading: Tag) -> bool:
    """Whether ``paragraph`` stands in the site's header, a box apart from ``heading``: a blog's description under its
    name is no prose of a post (Blogger's Header widget, ``div#header`` in Notable's ``header[role=banner]``: "Föreningen
    för barn, ungdomar och vuxna med Dravets syndrom …"). The header is a ``role="banner"`` box, a box with the id of
    one, or a ``<header>`` outside an ``<article>`` and ``<main>`` (an article's own header holds its title and lead)."""
    box = _site_header(paragraph)
    return box is not None and not any(parent is box for parent in heading.parents)


def _site_header(element: Tag) -> Tag | None:
    """The site's header box around ``element`` (``_in_site_header``), None where it stands in none."""
    for box in element.parents:
        site_header = box.name == "header" and box.find_parent(("article", "main")) is None
        if site_header or box.get("role") == "banner" or box.get("id") in SITE_HEADER_IDS:
            return box
    return None


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


# The head's fields of the page's description, which a theme may print again as the post's subtitle.
_DESCRIPTION_KEYS = ("description", "og:description", "twitter:description")


def drop_subtitle_heading(soup: BeautifulSoup, root: Tag, meta: dict[str, str], title: str) -> None:
    """Remove an ``<h1>`` in the article that is the page's description, where another ``<h1>`` of the page is the
    headline: Halve-Z (Zola) prints the headline as ``h1.section-title`` in the page's left block and the page's
    description ("Nytt från hoppsektionen") as a second ``h1`` in ``div.inner-post.content``, between the date and the
    reading time, over the text. It subtitles the post and heads no section of it. A page's only ``h1`` stays,
    whatever its words, and so does an ``h1`` of other words than the description's."""
    descriptions = {collapse(meta.get(key, "")).casefold() for key in _DESCRIPTION_KEYS} - {""}
    if not descriptions or not title:
        return
    headlines = [h1 for h1 in soup.find_all("h1") if isinstance(h1, Tag) and headline_text(h1) == title]
    for h1 in root.find_all("h1"):
        text = collapse(h1.get_text(" ")).casefold()
        if text in descriptions and text != title.casefold() and any(other is not h1 for other in headlines):
            h1.decompose()


def title_candidates(soup: BeautifulSoup, meta: dict[str, str], h1: Tag | None) -> list[str]:
    """Titles in the order the brief trusts them: og:title, the headline ``h1``, ``<title>``."""
    candidates = [meta.get("og:title", ""), meta.get("twitter:title", "")]
    if isinstance(h1, Tag):
        candidates.append(headline_text(h1))
    title = first(soup, {"title"})
    if title is not None:
        candidates.append(title.get_text(" "))
    return [collapse(c) for c in candidates if c and collapse(c)]


def headline_text(heading: Tag) -> str:
    """The headline's text as one line, without its link to itself or the post's info set in it: Sphinx's PyData theme
    ends the ``h1`` with ``<a class="headerlink" href="#rubrik" title="Link to this heading">#</a>`` (the classic themes
    with "¶"), shown on hover, which is no part of the title; Pelican's pelican-twitchy ends it with Bootstrap's
    secondary text, a ``small`` of ``div.post-info`` (the post's ``time``, its category and tags: ``_post_info``)."""
    if not _title_asides(heading, heading):
        return collapse(heading.get_text(" "))
    shown = copy.copy(heading)  # a detached copy: the page keeps its anchors and dates for the rounds after
    for aside in _title_asides(shown, heading):
        aside.decompose()
    return collapse(shown.get_text(" "))


def _title_asides(scope: Tag, heading: Tag) -> list[Tag]:
    """The parts of ``heading`` (or of ``scope``, its copy) that are no part of its title: its anchor links and the
    post's info set in a ``small`` (``_post_info``)."""
    asides = [link for link in scope.find_all("a", href=True) if is_heading_anchor(link, heading)]
    return asides + [small for small in scope.find_all("small") if _post_info(small, scope)]


def _post_info(small: Tag, heading: Tag) -> bool:
    """Whether a ``small`` in a headline, the outermost one, holds the post's info, i.e. its date as a ``<time>``: a
    secondary text of a subtitle's words holds none and stays part of the title."""
    outer = next((box for box in small.parents if box is heading or box.name == "small"), None)
    return outer is heading and small.find("time") is not None


# Separators of a ``<title>`` written as a path, site first: "Portalen: Nyheter: Ämnet"; Relearn's two colons are one.
_PATH_SEPARATORS = re.compile(rf"\s*::\s+|:\s+|\s+[{TITLE_SIGNS}]\s+")


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


def header_site_names(soup: BeautifulSoup) -> list[str]:
    """The site's name as its header shows it, for cutting " | Site" off a title where no og:site_name spells it: the
    text of a link home in the site's header, outside its menu (Astro Nano's ``<header>`` with ``<a href="/"><div
    class="font-semibold">CK Lövvallen</div></a>`` beside its ``<nav>``; "Lövvallen" is no host's spelling)."""
    names = []
    for link in soup.find_all("a", href=True):
        if not isinstance(link, Tag) or link.find_parent("nav") is not None or _site_header(link) is None:
            continue
        text = collapse(link.get_text(" "))
        if text and len(text.split()) <= _SITE_NAME_WORDS and _links_home(link):
            names.append(text)
    return names


# The most words of a site's name in its header's link home: a club's or a clinic's name, no sentence.
_SITE_NAME_WORDS = 6


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
