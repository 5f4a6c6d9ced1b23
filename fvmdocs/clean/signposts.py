"""Lines that point elsewhere on the site: a crumb line told by its words, a label over other news, a row of links;
and a heading's link to itself.

Many CMSs give the crumb trail and the related list a class (``breadcrumb``, ``related``), which the first
round of ``strip_page`` reads. Old editors write them as plain paragraphs: Microsoft FrontPage's
``<p><font size="1">Du är här: <a>Startsida</a> &gt; <a>Nyheter</a> &gt; …</font></p>`` above the headline, and
``<p><font><b>Fler nyheter</b></font></p>`` above a ``<ul>`` of links. Their words and their links are the
only handle: a sentence that merely holds those words, or a label with running text under it, stays.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from urllib.parse import urlsplit

from bs4 import NavigableString, Tag

from fvmdocs.clean.text import collapse
from fvmdocs.clean.tree import (
    class_words,
    line_of,
    only_link,
    removed,
    sole_box,
    strings,
    text_stats,
)

# "Du är här:" and its variants, opening a crumb line.
_CRUMB_LABEL = re.compile(r"^\s*(?:du är här|du befinner dig här|här är du|you are here)\s*:", re.I)
# The signs between a crumb's steps: "Startsida > Nyheter", "Start » Aktuellt", "Hem / Blogg", "Blogg › Vården",
# Angelfire's "Startsida :: Nyheter" (a double colon; a single one ends a label), Simply.com's "Nyheter ‹ Rubrik"
# (the arrow pointing back up the trail).
_CRUMB_SEPARATOR = re.compile(r"\s*(?:[>»›‹/]|::)\s*")
# A crumb line's longest text (its last step is often the page's headline) and longest step.
_CRUMB_CHARS = 400
_STEP_CHARS = 200
_SENTENCE_BREAK = re.compile(r"[.!?]\s+\S")
# The elements a label over a list is written in, and how much of the box after it must be link text.
_LABEL_TAGS = frozenset({"p", "div", "span", "strong", "b", "font", "em", "i", "small"})
# A label's longest text, white space around it included; longer strings are read no further.
_LABEL_CHARS = 80
# The blocks a list of other pages comes in, right after its label (a lone link beside it is the list's first).
_LINK_BOXES = frozenset({"ul", "ol", "dl", "div", "section", "nav", "table", "p"})
_LINK_DENSITY = 0.6


def drop_crumb_lines(root: Tag) -> None:
    """Remove a crumb line told by its text: "Du är här:" and then links with ">", "»", "›", "/" or "::" between
    the steps (the last step, the page itself, may be plain text), or the label alone over its links."""
    for string in strings(root):
        if removed(string) or not _CRUMB_LABEL.match(string):
            continue
        line = line_of(string)
        if line is not None and line is not root and _is_crumb_line(line):
            line.decompose()
    for h1 in root.find_all("h1"):
        _drop_path_above(h1, root)


# The lines above the headline read for a path: a post's header box (author, role, date) lies between.
_LINES_ABOVE = 6


def _drop_path_above(h1: Tag, root: Tag) -> None:
    """Remove a bare trail among the few lines right above the headline: Bear Blog's ``<a>Blogg</a> / PrEP``
    beside it, Brizy's rich-text block "<a>Start</a> / <a>Nyheter</a> / Vitiligobilderna" in the section above the
    headline's, Circle's space path ``<div class="space__header"><a>Nyheter</a> › Inlägg</div>`` before the post's
    header (author, date). Only a whole trail in a box of its own goes."""
    seen: list[Tag] = []
    for node in h1.previous_elements:
        if type(node) is not NavigableString or not node.strip():
            continue
        line = line_of(node)
        if line is root:
            line = _loose_line(node, root)
        if line is None or line is root or not any(parent is root for parent in line.parents):
            return
        if any(parent is line for parent in h1.parents):
            return  # text loose in the headline's own box: no line of its own
        if seen and line is seen[-1]:
            continue
        seen.append(line)
        if len(seen) > _LINES_ABOVE:
            return
        if line.name in _TRAIL_TAGS and not removed(line) and (_is_bare_trail(line, h1) or _is_boxed_trail(line, h1)):
            line.decompose()
            return
        box = line.parent  # Hextra's steps in boxes of their own: "<div><div><a>Nyheter</a></div><svg/><div>…</div></div>"
        if isinstance(box, Tag) and box is not root and box.name in _TRAIL_TAGS and not removed(box) and _is_boxed_trail(box, h1):
            box.decompose()
            return
        if line.name == "li" and isinstance(line.parent, Tag) and _is_crumb_list(line.parent, h1):
            line.parent.decompose()
            return


def _loose_line(node: NavigableString, root: Tag) -> Tag | None:
    """The inline element right under ``root`` around ``node``, a line of its own with no block around it:
    Tripod's "<font size=1><a>Hem</a> » <a>Nyheter</a></font>" loose in the layout table's cell above the h1."""
    for parent in node.parents:
        if parent.parent is root:
            return parent if parent.name in _LABEL_TAGS else None
    return None


# A bare trail's longest step: a section's name ("Blogg", "PrEP"), not a phrase.
_TRAIL_STEP_WORDS = 3
# The class words of a box that holds the page's path as plain text: Happeo's ``div.page-path`` ("Nyheter /
# Journal och IT"), Scalar's ``div.path-nav`` ("Nyheter › <the page's title>").
_PATH_WORDS = frozenset({"path", "crumb", "crumbs", "trail"})
# The lines a bare trail stands in: a label's elements, and a mailing's table cell (Sendinblue's ``td.sib-crumb``).
_TRAIL_TAGS = _LABEL_TAGS | {"td"}
# The home page's name, a trail's first step: "Start / Nyheter / Nedkylning" (Vev's text block).
_HOME_STEP = frozenset({"start", "startsida", "hem", "home"})
_HOME_TRAIL_STEPS = range(2, 6)


# Ids and class words of the page's path in a wiki's header: MoinMoin's "modernized" theme writes it as the
# header's ``<h1 id="locationline"><span id="pagelocation"><span class="pagepath">``, its other themes as a div.
_LOCATION_WORDS = frozenset({"locationline", "pagelocation", "pagepath"})


def is_location_line(h1: Tag) -> bool:
    """Whether an ``<h1>`` is the page's path in the site's header, not its headline: MoinMoin's
    ``h1#locationline`` ("<a>Nyheter</a> / <a>AnkeltryckenIKraven</a>"), or a bare trail of links above a later
    ``<h1>`` (the content's own). A page's only ``<h1>`` is its headline, whatever it looks like."""
    if not _LOCATION_WORDS.isdisjoint(class_words(h1)):
        return True
    if h1.find(lambda tag: not _LOCATION_WORDS.isdisjoint(class_words(tag))) is not None:
        return True
    later = h1.find_next("h1")
    return isinstance(later, Tag) and h1.find("a") is not None and _is_bare_trail(h1, later)


# Class words of a book theme's header bar: HonKit's and GitBook's ``div.book-header``.
_BOOK_HEADER_WORDS = frozenset({"book-header"})
# A link up the site's tree and nowhere else: "..", "../", "./", "../../index.html".
_UP_PATH = re.compile(r"^(?:\.\.?/)*\.\.?/?(?:index\.html?)?$")


def is_book_header(h1: Tag) -> bool:
    """Whether an ``<h1>`` names the book or section above the page, not the page: HonKit's and GitBook's header
    bar ``div.book-header`` prints ``<h1><i class="fa …"></i><a href="..">Nyheter</a></h1>`` above the chapter's
    own ``h1``; an ``h1`` that is one link up the tree and nothing else is such a name too. A headline links to
    itself or nowhere: Nikola's bootblog4 prints ``<h1 class="p-name entry-title"><a href="." class="u-url">``, "."
    the post's own folder under its pretty address (``is_permalink``)."""
    if any(not _BOOK_HEADER_WORDS.isdisjoint(class_words(box)) for box in h1.parents):
        return True
    link = only_link(h1)
    if link is None or is_permalink(link):
        return False
    href = urlsplit(str(link.get("href") or "").strip())
    return not href.query and not href.fragment and _UP_PATH.match(href.path) is not None


def is_permalink(link: Tag) -> bool:
    """Whether ``link`` is marked as the post's link to itself: microformats' ``a.u-url``, ``rel="bookmark"``. (The
    page's own address is no longer at hand where the headline is judged: the first round takes ``<link>`` away.)"""
    rel, classes = link.get("rel"), link.get("class")
    return isinstance(classes, list) and "u-url" in classes or isinstance(rel, list) and "bookmark" in rel


def _is_bare_trail(line: Tag, h1: Tag) -> bool:
    """Whether a line right above the headline ``h1`` is a crumb trail without a label: Bear Blog's ``<a>Blogg</a>
    / PrEP``, two or more steps of a few words with "/", ">", "»", "›", "‹" or "::" between them, the first a link
    and every link a whole step. A box whose class names a path (Happeo's ``page-path``) needs no links, and the last
    step may be the whole headline (Scalar's "Nyheter › <rubriken>"), and so may a trail of plain text from the home
    page, 2 to 5 steps (Vev's "Start / Nyheter / Nedkylning"). A sentence with a slash ("Lön/arvode höjs", "Start /
    mål för införandet är …") has no such steps."""
    text = collapse(line.get_text(" "))
    steps = [step for step in _CRUMB_SEPARATOR.split(text) if step]
    links = [collapse(link.get_text(" ")) for link in line.find_all("a")]
    if len(steps) < 2 or len(text) > _STEP_CHARS or not all(link in steps for link in links):
        return False
    from_home = not links and steps[0].casefold() in _HOME_STEP and len(steps) in _HOME_TRAIL_STEPS
    if links[:1] != steps[:1] and (links or _PATH_WORDS.isdisjoint(class_words(line))) and not from_home:
        return False
    return _short_steps(steps, collapse(h1.get_text(" ")))


def _is_boxed_trail(line: Tag, h1: Tag) -> bool:
    """Whether a line right above the headline is a crumb trail of its own elements, the signs between them icons
    (gone with the code) and no crumb class: Hextra's ``div`` of ``<a>Nyheter</a>``, a chevron ``svg`` and ``<div
    title="…">`` of the page's title. The steps before the last are short links, the last is the headline (or names it
    in its ``title``) as plain text; a sentence with a link has loose words between its elements."""
    if any(type(node) is NavigableString and node.strip() for node in line.children):
        return False
    steps = [child for child in line.children if isinstance(child, Tag) and child.get_text(strip=True)]
    if len(steps) < 2 or steps[-1].find("a") is not None:
        return False
    headline = collapse(h1.get_text(" ")).casefold()
    *sections, last = steps
    if headline not in (collapse(last.get_text(" ")).casefold(), collapse(str(last.get("title") or "")).casefold()):
        return False
    links = all(step.name == "a" or only_link(step) is not None for step in sections)
    return links and all(len(step.get_text(" ").split()) <= _TRAIL_STEP_WORDS for step in sections)


def _is_crumb_list(box: Tag, h1: Tag) -> bool:
    """Whether a list right above the headline is its crumb trail, the signs between the steps drawn by the style
    sheet: Phantom's (HTML5 UP) ``<ol class="crumbs"><li><a>Start</a></li><li><a>Nyheter</a></li><li>…</li></ol>``.
    Its class names a path, it holds 2 to 5 items, the first a link, each link a whole item, and each item a short
    step (the last maybe the headline)."""
    if box.name not in ("ol", "ul") or _PATH_WORDS.isdisjoint(class_words(box)):
        return False
    items = box.find_all("li", recursive=False)
    steps = [collapse(item.get_text(" ")) for item in items]
    if len(steps) not in _HOME_TRAIL_STEPS or not all(steps) or only_link(items[0]) is None:
        return False
    if any(item.find("a") is not None and only_link(item) is None for item in items):
        return False
    return _short_steps(steps, collapse(h1.get_text(" ")))


def _short_steps(steps: list[str], headline: str) -> bool:
    """Whether a trail's steps are a section's names of a few words each, the last one maybe the headline."""
    *sections, last = steps
    short = all(len(step.split()) <= _TRAIL_STEP_WORDS for step in sections)
    return short and (len(last.split()) <= _TRAIL_STEP_WORDS or last.casefold() == headline.casefold())


def is_home_trail(text: str, headline: str = "") -> bool:
    """Whether ``text`` is a whole trail from the home page, told by its words alone: "Start / Nyheter /
    Studsmatteolyckorna" (Org mode's ``p.crumbs`` in its ``div#preamble``, outside the article), 2 to 5 short
    steps. A sentence with a slash ("Start / Nyheter är två av flikarna som byggs om.") has no such steps."""
    text = collapse(text)
    steps = [step for step in _CRUMB_SEPARATOR.split(text) if step]
    if len(text) > _STEP_CHARS or len(steps) not in _HOME_TRAIL_STEPS or steps[0].casefold() not in _HOME_STEP:
        return False
    return _short_steps(steps, headline)


def _is_crumb_line(line: Tag) -> bool:
    """Whether the whole line is the label and a trail of short steps, at least one of them a link."""
    text = collapse(line.get_text(" "))
    label = _CRUMB_LABEL.match(text)
    if label is None or len(text) > _CRUMB_CHARS:
        return False
    rest = text[label.end() :].strip()
    if not rest:
        return True  # the label alone on its line, the steps in a list of their own
    links = [collapse(link.get_text(" ")) for link in line.find_all("a")]
    steps = [step for step in _CRUMB_SEPARATOR.split(rest) if step]
    if not links or any(len(step) > _STEP_CHARS for step in steps) or _SENTENCE_BREAK.search(rest):
        return False  # running text: a step of it ends a sentence and another one follows
    return len(steps) >= 2 or rest in links


def drop_list_labels(root: Tag, labels: Collection[str]) -> None:
    """Remove a lone label over a list of other pages: a paragraph whose whole text is one of ``labels`` ("Fler
    nyheter", "Läs också", "Relaterat", the headings that ``strip_chrome`` drops with what follows them),
    with a box of links right after it (which goes too) or nothing more of the article after it.

    A label with running text after it, and any sentence that holds the same words, stays.
    """
    for string in strings(root):
        if len(string) > _LABEL_CHARS or removed(string):
            continue
        key = collapse(string).rstrip(":").casefold()
        if key not in labels and not _PREVIOUS_ISSUE.fullmatch(key):
            continue
        label = _label_of(string, root)
        if label is None:
            continue
        after = label.find_next_sibling(True)
        if after is None and not _text_after(label, root):
            label.decompose()
        elif after is not None and _is_link_box(after):
            _drop_link_run(after)
            label.decompose()
        else:
            _drop_inline_list(label)


def _drop_link_run(box: Tag) -> None:
    """Remove the box of links after a label, and when it is one paragraph of one link, the paragraphs of one link
    each right after it: Microsoft Word writes the list under "Tidigare nyhetsbrev" as ``p.MsoNormal > a`` per
    headline. A paragraph with any words beside its link ends the run."""
    run = [box]
    if box.name == "p" and only_link(box) is not None:
        for sibling in box.find_next_siblings(True):
            if sibling.name != "p" or only_link(sibling) is None:
                break
            run.append(sibling)
    for element in run:
        element.decompose()


# What may stand between the links of a list written inline after its label: line breaks and separators.
_INLINE_SEPARATOR = re.compile(r"^[\s|·•/,–-]*$")
# The longest link of such a list: a headline.
_INLINE_LINK_CHARS = 120


def _drop_inline_list(label: Tag) -> None:
    """Remove a label that opens its box and the links after it, where the box holds nothing else: a mailing's
    archive cell written inline, rapidmail's ``td.rm-more`` "<strong>Tidigare nyhetsbrev</strong><br><a>Nummer 6:
    …</a><br><a>Nummer 5: …</a>". In a mailing's table cell the headlines may be plain text, one a line: Sendinblue's
    ``td.sib-archive`` "<strong>Läs också</strong><br>Ny rutin för …<br>Så förbereder vi …". A label with any words
    of its own after it, or a sentence under it, is over text, and stays."""
    if any(not isinstance(node, NavigableString) or node.strip() for node in label.previous_siblings):
        return
    rest = list(label.next_siblings)
    links = [node for node in rest if isinstance(node, Tag) and node.name == "a"]
    in_cell = isinstance(label.parent, Tag) and label.parent.name == "td"
    lines = 0
    for node in rest:
        if isinstance(node, NavigableString):
            if _INLINE_SEPARATOR.match(str(node)):
                continue
            if not in_cell or not _is_headline_line(collapse(node)):
                return
            lines += 1
        elif not isinstance(node, Tag):
            return
        elif node.name == "br":
            continue
        elif node.name != "a" or not 0 < len(collapse(node.get_text(" "))) <= _INLINE_LINK_CHARS:
            return
    if not links and lines < 2:
        return
    for node in rest:
        node.extract()
    label.decompose()


def _is_headline_line(text: str) -> bool:
    """A line that reads as another page's headline: a few words, no sentence ending or running on."""
    return len(text) <= _INLINE_LINK_CHARS and not _SENTENCE_BREAK.search(text) and not text.endswith((".", "!", "?", ":"))


def _label_of(string: NavigableString, root: Tag) -> Tag | None:
    """The outermost block or inline element below ``root`` whose whole text is ``string``: the paragraph of
    ``<p><font><b>Fler nyheter</b></font></p>``; None when the text is loose in ``root``."""
    return sole_box(string, lambda parent: parent is root or parent.name not in _LABEL_TAGS)


def _is_link_box(element: Tag) -> bool:
    """Whether ``element`` is a list or box of links: a block that holds a link and is mostly link text."""
    if element.name not in _LINK_BOXES or element.find("a") is None:
        return False
    stats = text_stats(element)
    return stats.link_density(element) > _LINK_DENSITY


def _text_after(element: Tag, root: Tag) -> bool:
    """Whether any text of ``root`` follows ``element``."""
    for node in element.next_elements:
        if type(node) is not NavigableString or not node.strip():
            continue
        if any(parent is element for parent in node.parents):
            continue
        return any(parent is root for parent in node.parents)
    return False


# A related-posts heading that names whose posts follow: Patreon's "Fler inlägg från Emma Gardell" over its
# list of the creator's other posts, a blog's "Fler artiklar av Anna Berg", "More posts from …", a publication
# viewer's "Fler publikationer från <konto>" over its thumbnails (Calaméo's "section.cal-more"), a curation
# site's "Fler samlingar från <konto>" over its cards (Wakelet's "section.more-collections").
_MORE_FROM = re.compile(
    r"^(?:(?:fler|mer|andra)\s+(?:inlägg|artiklar|nyheter|avsnitt|texter|blogginlägg|publikationer|samlingar)"
    r"\s+(?:från|av)"
    r"|more\s+(?:posts|articles|stories|episodes|publications|collections)\s+(?:from|by))\s+\S[^.!?]{0,60}$",
    re.I,
)


# A mailing's box of the issue before, under the text: Flodesk's "td.fd-more" of "<h3>I förra numret</h3>" over a
# list of links, "Tidigare nummer", "Förra veckans nyhetsbrev", "In the last issue".
_PREVIOUS_ISSUE = re.compile(
    r"^(?:i\s+)?(?:förra|föregående|tidigare|senaste)\s+(?:numret|nummer|numren|nyhetsbrevet|utskicket)"
    r"|^(?:förra|föregående)\s+(?:veckans|månadens)\s+(?:nummer|nyhetsbrev|utskick)"
    r"|^(?:in\s+)?(?:the\s+)?(?:previous|last)\s+issues?",
    re.I,
)


def heads_other_posts(heading: Tag, key: str) -> bool:
    """A "Fler inlägg från <namn>" or "I förra numret" heading (``key``: its text as the section rules read it)
    over a box of links or nothing, not over running text of the article."""
    if not (_MORE_FROM.match(key) or _PREVIOUS_ISSUE.fullmatch(key)):
        return False
    after = heading.find_next_sibling(True)
    if after is None:
        return True
    return after.find("a") is not None and text_stats(after).link_density(after) > _LINK_DENSITY


# A row of a site's links: a mailing's "Hemsida | Bli medlem | Kontakt" in a table cell of its own (Get a
# Newsletter), which the link lists miss in a short mail. Each link a few words, and between them nothing
# but a separator.
_ROW_TAGS = frozenset({"td", "p", "div"})
_ROW_LINK_CHARS = 30
_ROW_LINK_WORDS = 4
_ROW_SEPARATOR = re.compile(r"^[\s|·•/–-]*$")


def drop_link_rows(root: Tag) -> None:
    """Remove a box that holds only short links and separators between them: a navigation row.

    A paragraph with any words of its own beside its links ("Läs mer på <a>hemsidan</a>") stays.
    """
    rows = {id(link.parent): link.parent for link in root.find_all("a") if isinstance(link.parent, Tag)}
    for row in rows.values():
        if row is root or removed(row) or row.name not in _ROW_TAGS or not _is_link_row(row):
            continue
        row.decompose()


def _is_link_row(row: Tag) -> bool:
    links = 0
    for child in row.children:
        if isinstance(child, NavigableString):
            if not _ROW_SEPARATOR.match(str(child)):
                return False
            continue
        if not isinstance(child, Tag) or child.name != "a":
            return False
        text = collapse(child.get_text(" "))
        if not text or len(text) > _ROW_LINK_CHARS or len(text.split()) > _ROW_LINK_WORDS:
            return False
        links += 1
    return links >= 2


# The class word of a box that lists the parts of a series the post is one of.
_SERIES_WORDS = frozenset({"series"})


def drop_series_boxes(root: Tag) -> None:
    """Remove the box that lists a series' parts under a post: Forem's (dev.to) ``section.crayons-article__series``
    of a heading ("Kopplingen till Millennium (2 Part Series)") and an ``<ol>`` of the parts, each a link
    but the post itself. A box with a paragraph of its own is text, whatever its class."""
    for box in root.find_all(["section", "div", "nav", "aside"]):
        if removed(box) or _SERIES_WORDS.isdisjoint(class_words(box)):
            continue
        if box.find(["ul", "ol"]) is not None and box.find("p") is None and box.find("a") is not None:
            box.decompose()


# A heading's link to itself beside its text, shown on hover: Blowfish's "<span class="absolute …"><a href="#tidplanen"
# aria-label="Ankare">#</a></span>" after the text of each heading, another theme's "¶", "§" or "🔗", or an icon (gone
# by now, the link left empty).
_ANCHOR_SIGN = re.compile(r"^[#¶§🔗]?$")
# The label of such a link: Blowfish's "Ankare", "Anchor", "Permalänk", "Länk till rubriken".
_ANCHOR_LABEL = re.compile(
    r"^\s*(?:ankare|anchor|permalänk|permalink|länk till (?:rubriken|avsnittet)|link to (?:this )?(?:heading|section))\b", re.I
)
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def drop_heading_anchors(scope: Tag) -> None:
    """Remove each heading's link to itself (``is_heading_anchor``), so the heading reads "Tidplanen för Millennium", not
    "Tidplanen för Millennium #"."""
    for heading in scope.find_all(_HEADING_TAGS):
        for link in heading.find_all("a", href=True):
            if is_heading_anchor(link, heading):
                link.decompose()


def is_heading_anchor(link: Tag, heading: Tag) -> bool:
    """Whether ``link`` is ``heading``'s link to a place on the page ("#tidplanen") whose text is a sign alone or nothing,
    or whose label says it is an anchor: Sphinx's ``a.headerlink`` ("#" in the PyData theme, "¶" in the classic ones,
    titled "Link to this heading"). A link that is the heading's whole text is none, nor one to another page, nor one
    whose text is a word ("<a href="#csharp">C#</a>")."""
    if not str(link.get("href") or "").startswith("#"):
        return False
    text = collapse(link.get_text(" "))
    label = str(link.get("aria-label") or link.get("title") or "")
    return bool(_ANCHOR_SIGN.match(text) or _ANCHOR_LABEL.match(label)) and text != collapse(heading.get_text(" "))
