"""Bylines, date lines and taxonomy links under the headline: what dates and files a post, not its text.

They run on the chosen article after its dates are read (``strip_chrome``): a byline ("Emma Kvist,
29 november 2019 • kunder"), a labelled date line ("Publicerad 15 november 2018 · Kategori: …"), a
date set in italics under the ``h1``, a definition list of dates, and the category or tag links a
post is filed under.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import unquote, urlsplit

from bs4 import NavigableString, PageElement, Tag

from fvmdocs.clean.dates import (
    AUTHOR_DATE,
    BARE_DATE,
    BYLINE_DATE,
    DATE_AUTHOR,
    DATE_TEXT,
    ENGLISH_DATE_TEXT,
    LABEL_DATE,
    NAME_DATE,
    POSTED_IN_LINE,
    is_date_line,
    parse_date,
    parse_moment,
)
from fvmdocs.clean.emphasis import EMPHASIS, text_after_headline
from fvmdocs.clean.stamps import is_date_name_line, is_stamp_line
from fvmdocs.clean.text import collapse, joined_line
from fvmdocs.clean.titles import title_heading
from fvmdocs.clean.tree import class_words, first, line_of, removed, sole_box, strings

__all__ = [
    "drop_author_under_headline",
    "drop_category_under_headline",
    "drop_date_bylines",
    "drop_date_terms",
    "drop_date_under_headline",
    "drop_meta_above_headline",
    "drop_time_under_headline",
    "drop_visibility_lines",
    "heads_text",
    "is_bare_author",
    "is_byline_text",
    "is_linked_byline",
    "is_taxonomy_link",
    "linked_byline_dates",
]


# A category link's longest text: a label, not a sentence.
_CATEGORY_CHARS = 30


# A link's target that lists a taxonomy's posts: "/blogg/kategorier/kunder", "/tags/fvm", "?cat=4".
_TAXONOMY_PATH = re.compile(
    r"/(?:tags?|tagg(?:ar)?|kategori(?:er)?|categor(?:y|ies)|etikett(?:er)?|ämnen?|amnen?|topics?)/[^/]", re.I
)
_TAXONOMY_QUERY = re.compile(r"(?:^|&)(?:tag|cat|category|kategori)=", re.I)


def drop_category_under_headline(root: Tag) -> None:
    """Remove category or tag links alone under the headline and its date line: Jigsaw's
    "<a href="/blogg/kategorier/kunder">kunder</a>" between "Sara Nyman • 13 juni 2019" and the body.

    Only links to a category's or tag's listing go, and only while nothing but date lines (which the
    blocks leave out) stands between the ``h1`` and them; a link in the body ("Läs hela rapporten här")
    is no category. On a page without an ``h1`` the post's title heads the post (``title_heading``): Fuwari's
    title ``div`` over its meta row of the date and the category's link "Nyheter".
    """
    titled = title_heading(root)
    in_root = titled is not None and any(box is root for box in titled.parents)
    for h1 in root.find_all("h1") or ([titled] if titled is not None and in_root else []):
        for _ in range(_CATEGORY_LINKS):
            string = text_after_headline(h1)
            box = _category_box(string, root) if string is not None else None
            if box is None:
                break
            box.decompose()


# Links dropped under one headline at most: a post's few categories, each a link and block of its own.
_CATEGORY_LINKS = 5


def _category_box(string: NavigableString, root: Tag) -> Tag | None:
    """The largest element around ``string`` below ``root`` whose text is all category links, else None."""
    link = string.find_parent("a")
    if link is None or not is_taxonomy_link(link) or len(link.get_text(strip=True)) > _CATEGORY_CHARS:
        return None
    box = link
    node = link.parent
    while isinstance(node, Tag) and node is not root and node.name != "h1" and first(node, {"h1"}) is None:
        links = node.find_all("a")
        if not all(is_taxonomy_link(a) for a in links) or _text_key(node) != _text_key(*links):
            break
        box, node = node, node.parent
    return box


def is_taxonomy_link(link: Tag) -> bool:
    """Whether a link leads to a category's or tag's listing of posts."""
    href = urlsplit(str(link.get("href") or ""))
    return _TAXONOMY_PATH.search(unquote(href.path)) is not None or _TAXONOMY_QUERY.search(href.query) is not None


def _text_key(*elements: Tag) -> str:
    """The text of ``elements`` without spaces and list punctuation, to compare a box with its links."""
    return re.sub(r"[\s,·•|]+", "", "".join(element.get_text() for element in elements))


# A CMS's date-and-author line, its date often in a <time> of its own: "18.09.2020 av Sektionsstyrelsen".
# Also with the time of day: "13.02.2020 08:30 av Redaktionen".
_DATE_BYLINE = re.compile(
    r"^\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}(?:,?\s+(?:kl\.?\s*)?\d{1,2}[.:]\d{2})?\s+av\s+[A-ZÅÄÖ][\w-]*(?:\s[A-ZÅÄÖ][\w-]*)*\s*$"
)


# A date line with the post's other labels: "Publicerad 15 november 2018 · Kategori: Vårdinformatik",
# "Publicerad 24 maj 2019 Text Karin Ek Kategori Vårdinformatik"; with its author before the date, a read
# count or hashtags: PHP-Fusion's "Postad av styrelsen 19 februari 2020 · 214 läsningar · Kategori: …",
# Obsidian Publish's "Publicerad 20 maj 2026 · #nyhet #millennium"; its author after a bullet, as HonKit's and
# GitBook's book pages write it: "Publicerad 25 november 2021 · Projektgruppen" (a name of a few words, capital
# first, no sentence's sign).
_DATE_META = re.compile(
    rf"^\s*(?:(?:nyhet|notis|artikel|pressmeddelande)\s+)?(?:publicerad|publicerat|postad|postat)e?:?\s+"
    rf"(?:av\s+[\w-]+(?:\s+[\w-]+){{0,2}}?\s+)?(?:den\s+)?(?:{DATE_TEXT})"
    r"(?:\s*[·|•]\s*(?:\d+\s+(?:läsningar|visningar|kommentarer|views|reads)|#\w+(?:\s+#\w+)*))*"
    r"\s*(?:[·|•]\s*(?-i:[A-ZÅÄÖ])[\w-]*(?:\s+[\w-]+){0,3}"
    r"|(?:[·|•–-]\s*)?(?:(?:kategori(?:er)?|ämnen?|taggar|text|av|foto|skriven\s+av)\b:?\s*\S.*)?)$",
    re.I,
)

# An event page's line of its organiser and when the page was published: Tickster's "Arrangör: <a>Ménièreföreningen
# Väst</a> · Publicerad <time>16 mars 2016</time>", Billetto's "Arrangeras av <a>…</a> · Publicerat <time>13 apr
# 2016</time>", Meetup's "Värd: <a>Peter L.</a> · Publicerat <time>…</time>"; the organiser a name of a few words (a
# full stop only after an initial), no sentence.
_ORGANISER_DATE = re.compile(
    rf"^(?:(?:arrangör|arrangörer|organizer|värd|värdar)\s*:|arrangeras\s+av|arrangerat\s+av)\s*(?:[^.!?:·•|]|(?<=\s(?-i:[A-ZÅÄÖ]))\.){{1,60}}?\s*[·•|]\s*(?:publicerad|publicerat)e?:?\s+(?:den\s+)?(?:{DATE_TEXT})$",
    re.I,
)

# A blog plugin's info line of section, date and author: Winter.Blog's (Winter CMS) "Publicerad i Vård och
# hälsa den 15 apr 2021 av Styrelsen", "Publicerad i Nyheter den 3 maj 2021". The section is a few words and
# the author at most four, with no full stop: a sentence ("Publicerad i Läkartidningen den 3 maj 2021 visade
# studien …", "… av två forskare på Sahlgrenska.") goes on past them or ends as one.
_SECTION_DATE_LINE = re.compile(
    rf"^(?:publicerad|publicerat|postad|postat)\s+i\s+[^.!?:;]{{1,40}}?\s+(?:den\s+)?(?:{DATE_TEXT})"
    r"(?:\s+av\s+[^\s.!?]+(?:\s+[^\s.!?]+){0,3})?\s*$",
    re.I,
)

# An author's name with a separator and nothing else (Medium's "Sara Lindqvist · Follow").
# A blog's byline of author, date and section: "Johanna Ek-Malmström 14 nov. 2019 i Insikter"; the
# section alone after the post: "i Insikter".
_AUTHOR_DATE_SECTION = re.compile(
    r"^[A-ZÅÄÖ][\w-]+(?:\s[A-ZÅÄÖ][\w-]+){1,3}\s+\d{1,2}\s+[a-zåäö]{3,9}\.?\s+\d{4}(?:\s+i\s+[A-ZÅÄÖ][\wåäö ]{1,30})?$"
)
_SECTION_ONLY = re.compile(r"^i\s+[A-ZÅÄÖ][\wåäö]+$")
# A byline that dates the post, with its section or categories after it: Dotclear's "Av Redaktionen den
# torsdag 19 maj 2016, 14:02 - Nyheter", b2evolution's "Postat av anna den 13/06/2023 i Läkemedel, Millennium".
_BYLINE_LINE = re.compile(BYLINE_DATE.pattern + r"(?:\s*[-–·|]\s*[^.!?]{1,40}|\s+i\s+[^.!?]{1,60})?$", re.I)
# A date line with the post's category as a link: Fork CMS's "<p class="date"><time>16 oktober 2024</time>
# i <a href="/nyheter/kategori/…">Vaccination</a></p>" under the headline.
_DATE_CATEGORY = re.compile(rf"^(?:{DATE_TEXT})\s+i\s+(?P<category>[^.!?]{{1,40}})$", re.I)
_AUTHOR_DOT = re.compile(r"^[A-ZÅÄÖ][\w-]+(?:\s[A-ZÅÄÖ][\w-]+){1,3}\s*[·•]$")
# Elgg's byline of author, the group the post was made in, and date: "Av Styrgruppen i Gastronätverket Väst
# 25 maj 2020"; each name a few capitalised words, so a sentence ("Av de 120 medlemmarna …") is none.
_NAME = r"[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*){0,3}"
_AUTHOR_GROUP_DATE = re.compile(rf"^[Aa]v\s+{_NAME}(?:\s+i\s+{_NAME})?\s+(?:den\s+)?(?:{DATE_TEXT})$")
# A byline and the post's tag links after a bullet: Nextra's blog "<span>Emma Kvist</span>, <time>29 november
# 2019</time> • <a href="/blogg/tags/kunder">kunder</a>".
_BYLINE_TAGS = re.compile(r"^(?P<byline>[^·•|]{1,80}?)\s*[·•|]\s*(?P<tags>[^.!?·•|]{1,60})$")

# A theme's line of the author and the date after "published on", in the theme's English words: Zola's DeepThought
# prints "Styrelsen published on Mar 26, 2021" (the date a <time> of its own, icons between) under the headline. The
# author is a name of a few words with no sentence's sign, right before the verb and the date ending the line: "The
# report was published on March 26, 2021" has an auxiliary there, and a sentence goes on past the date.
_AUTHOR_PUBLISHED_ON = re.compile(
    r"^(?!.*\b(?:was|were|is|are|be|been|being|first|originally|also)\s+(?:published|posted)\b)"
    rf"[^\s.!?,:;]+(?:\s+[^\s.!?,:;]+){{0,5}}?\s+(?:published|posted)\s+on\s+(?:{DATE_TEXT}|{ENGLISH_DATE_TEXT})$",
    re.I,
)


# Lines of an author and a date and nothing else (a section or categories at most).
_AUTHOR_DATE_LINES = (_DATE_BYLINE, _AUTHOR_DATE_SECTION, NAME_DATE, _BYLINE_LINE, _AUTHOR_GROUP_DATE, _AUTHOR_PUBLISHED_ON)
# A byline's longest text: a line, not a paragraph.
_BYLINE_CHARS = 80
# Class words of a line that dates or signs the post.
_BYLINE_WORDS = frozenset({"date", "datum", "author", "byline", "meta", "post-meta", "subtitle"})


def is_byline_text(text: str) -> bool:
    """Whether ``text`` is an author and a date and nothing else: no lead, whatever its box's class says.

    >>> is_byline_text("Av Styrgruppen i Gastronätverket Väst 25 maj 2020")
    True
    >>> is_byline_text("Av de 120 medlemmarna i nätverket svarade 80 i enkäten.")
    False
    """
    line = joined_line(text)
    return len(line) <= _BYLINE_CHARS and any(pattern.match(line) for pattern in _AUTHOR_DATE_LINES)


def drop_date_bylines(root: Tag) -> None:
    """Remove short paragraphs and spans whose whole text is a date and its author or labels, an owner's line with
    its stamp ("Ägare: Linnea Sjödin · Verifierad 2018-03-20"), or a linked name and a date, or a date and its author
    after a comma ("10 juni 2021, Registerkansliet"), at the head of the text or in a byline's box.

    A ``<font>`` too: PHP-Nuke's info line "Postat 2 september 2022 av gosta (124 läsningar)" in a
    ``font.tiny`` of its table cell.
    """
    for element in root.find_all(["p", "div", "span", "font"]):
        if removed(element) or len(element.get_text()) > 160:
            continue
        line = joined_line(element.get_text(" "))
        short = is_byline_text(line) or len(line) <= _BYLINE_CHARS and bool(_AUTHOR_DOT.match(line) or _SECTION_ONLY.match(line))
        meta = _DATE_META.match(line) or _SECTION_DATE_LINE.match(line) or _ORGANISER_DATE.match(line) or is_stamp_line(line)
        meta = meta or POSTED_IN_LINE.match(line) is not None  # Flex's "Posted on mån 22 mars 2021 in Nyheter • 3 min read"
        meta = meta and element.find(["p", "div"]) is None
        linked = _linked_byline_date(element, line) is not None and heads_text(element, root)
        # a date and its author after a comma (Bookdown's "p.date"), in a byline's box or heading the text; the author
        # and the date after a sign in a date's box (Moonwalk's "p.post-date" "Styrelsen / March 2023")
        signed = is_date_name_line(line) and (bool(_BYLINE_WORDS & class_words(element)) or heads_text(element, root))
        signed = signed or _is_classed_author_date(element, line)
        if short or meta or linked or signed or _is_date_category(element, line) or _is_byline_with_tags(element, line):
            element.decompose()


def _is_classed_author_date(element: Tag, line: str) -> bool:
    """A date line of the author and the month and year, or of those alone (``AUTHOR_DATE``: Moonwalk's
    ``p.post-date`` "Styrelsen / March 2023"), in a byline's or date's box that is a line of its own: a date-classed
    span inside a sentence ("Konserten hölls i <span class="date">mars 2023</span>.") is part of the sentence."""
    if len(line) > _BYLINE_CHARS or _BYLINE_WORDS.isdisjoint(class_words(element)) or not AUTHOR_DATE.match(line):
        return False
    box = line_of(element) if element.name in ("span", "font") else element
    return box is not None and joined_line(box.get_text(" ")) == line


# A line of a name that is the line's one link and the date after it (a clock time at most), nothing else:
# TiddlyWiki's subtitle of the tiddler's modifier and modified date, "<div class="tc-subtitle"><a
# class="tc-tiddlylink">Nätverkets styrgrupp</a> 10 mars 2016 kl. 16:42</div>". The name is a few words with
# no sentence's sign (a user name's dot at most, "karin.ek") and the whole of the link, so a sentence that
# names a linked group and a date ("<a>Nätverkets styrgrupp</a> beslutade den 10 mars 2016 att …") stays.
# A byline heads the post, so such a line after the text's first paragraph (a linked "Årsmöte" and its date
# in a list of meetings) stays too.
_LINKED_NAME_DATE = re.compile(rf"^(?P<name>(?:[^.!?:;·•|,]|\.(?=\S)){{1,50}}?)\s+(?:den\s+)?(?P<date>{DATE_TEXT})$", re.I)
_LINKED_NAME_WORDS = 5


def _linked_byline_date(element: Tag, line: str) -> str | None:
    """The date of a line of a linked name and a date and nothing else, else None."""
    match = _LINKED_NAME_DATE.match(line) if len(line) <= _BYLINE_CHARS else None
    if match is None or len(match["name"].split()) > _LINKED_NAME_WORDS:
        return None
    links = element.find_all("a")
    if len(links) != 1 or collapse(links[0].get_text(" ")) != match["name"]:
        return None
    return parse_date(match["date"])


def heads_text(element: Tag, scope: Tag) -> bool:
    """Whether no paragraph of prose (a sentence, or a line longer than a byline) stands before ``element`` in
    ``scope``."""
    for node in element.previous_elements:
        if node is scope:
            return True
        if isinstance(node, Tag) and node.name == "p":
            text = collapse(node.get_text(" "))
            if len(text) > _BYLINE_CHARS or text.endswith((".", "!", "?")):
                return False
    return True


def is_linked_byline(element: Tag) -> bool:
    """Whether ``element`` is a linked name and a date and nothing else: a byline, no lead."""
    line = joined_line(element.get_text(" "))
    return _linked_byline_date(element, line) is not None


def linked_byline_dates(scope: Tag) -> tuple[str | None, str | None]:
    """The date of a linked name's byline ("<a>Nätverkets styrgrupp</a> 10 mars 2016 kl. 16:42"), or of a
    subtitle that is a date alone (TiddlyWiki's ``div.tc-subtitle`` of a tiddler with no modifier)."""
    for element in scope.find_all(["p", "div", "span", "small"]):
        if len(element.get_text()) > 160:
            continue
        line = joined_line(element.get_text(" "))
        found = _linked_byline_date(element, line)
        if found is not None and not heads_text(element, scope):
            continue
        if found is None and "subtitle" in class_words(element) and BARE_DATE.match(line):
            found = parse_date(line)
        if found:
            return found, None
    return None, None


def _is_byline_with_tags(element: Tag, line: str) -> bool:
    """An author and date, or a date, then a bullet and tags that are the line's links, all of them."""
    match = _BYLINE_TAGS.match(line)
    links = element.find_all("a")
    if match is None or not links or not (NAME_DATE.match(match["byline"]) or is_date_line(match["byline"])):
        return False
    return _words(match["tags"]) == _words(" ".join(link.get_text(" ") for link in links))


def _words(text: str) -> list[str]:
    """The words of a list of tags, without the commas between them."""
    return re.findall(r"[^\s,]+", text)


def _is_date_category(element: Tag, line: str) -> bool:
    """A date and "i" the category, the category being the line's only link (a plain "… i Borås" stays)."""
    match = _DATE_CATEGORY.match(line)
    links = element.find_all("a")
    return match is not None and len(links) == 1 and collapse(links[0].get_text(" ")) == match["category"]


# An author's line and nothing else: Finalsite's "div.fsAuthor" "Av Elevhälsoteamet". A name of one word
# too, so only under the headline, where a byline stands; a sentence ("Av hälsoskäl …") has no capital.
_BARE_AUTHOR = re.compile(rf"^[Aa]v\s+{_NAME}$")
_BARE_AUTHOR_CHARS = 60


def is_bare_author(text: str) -> bool:
    """Whether ``text`` is an "Av <Namn>" line and nothing else: a byline with no date, no lead whatever its box's class
    says (Start Bootstrap's "Blog Post" classes its byline "av <a>Styrelsen</a>" ``p.lead``, as it does the first
    paragraph of the text).

    >>> is_bare_author("av Styrelsen"), is_bare_author("Av hälsoskäl ställs mötet in.")
    (True, False)
    """
    line = collapse(text)
    return len(line) <= _BARE_AUTHOR_CHARS and _BARE_AUTHOR.match(line) is not None


def drop_author_under_headline(root: Tag) -> None:
    """Remove an "Av <Namn>" line alone as the first text under the headline, past its date lines, or a line of the
    date and its author there (Pingendo's "<p class="lead text-muted">12 november 2019 <span>Styrelsen</span></p>", Moonwalk's
    "Styrelsen / March 2023")."""
    for h1 in root.find_all("h1"):
        string = text_after_headline(h1)
        if string is None:
            continue
        line = sole_box(string, _holds_headline(h1))
        text = collapse(line.get_text(" ")) if line is not None else ""
        if line is not None and is_bare_author(text):
            line.decompose()
        else:
            _drop_date_author(string, h1)


def _drop_date_author(string: NavigableString, h1: Tag) -> None:
    """Remove the paragraph or line of ``string`` when it is a date and its author (``DATE_AUTHOR``) and nothing
    else: the author may be an element of its own ("12 november 2019 <span>Styrelsen</span>"); or the author and the
    date after a sign, or the month and year alone (``AUTHOR_DATE``: Moonwalk's "Styrelsen / March 2023")."""
    line = line_of(string)
    if line is None or _holds_headline(h1)(line):
        return
    text = collapse(line.get_text(" "))
    if len(text) <= _BYLINE_CHARS and (DATE_AUTHOR.match(text) or AUTHOR_DATE.match(text)):
        line.decompose()


def _holds_headline(h1: Tag) -> Callable[[Tag], bool]:
    """Where a byline's box ends: at the headline, or a box that holds a headline."""
    return lambda node: node is h1 or node.find("h1") is not None


def drop_date_under_headline(root: Tag) -> None:
    """Remove a category word and the date set in italics right under the headline.

    VuePress and other Markdown sites have no date field, so the writer puts one under the ``h1``:
    ``<p><em>Nyhet 11 oktober 2022</em></p>``. Only a paragraph that is one emphasis and nothing else
    goes; "12 mars 2024 i Skövde" or a sentence is no ``LABEL_DATE``.
    """
    for h1 in root.find_all("h1"):
        line = h1.find_next_sibling(True)
        if not isinstance(line, Tag) or line.name != "p" or removed(line):
            continue
        parts = [child for child in line.children if not isinstance(child, NavigableString) or child.strip()]
        if len(parts) == 1 and isinstance(parts[0], Tag) and parts[0].name in EMPHASIS and LABEL_DATE.match(
            collapse(line.get_text(" "))
        ):
            line.decompose()


def drop_date_terms(root: Tag) -> None:
    """Drop "Publicerad:"/"Uppdaterad:" terms of a ``<dl>`` with the dates they label.

    The dates were read already; as list items they would read like article text.
    """
    for term in root.find_all("dt"):
        if removed(term) or not is_date_line(collapse(term.get_text(" "))):
            continue
        value = term.find_next_sibling(["dd", "dt"])
        if value is not None and value.name == "dd" and is_date_line(
            collapse(term.get_text(" ") + " " + value.get_text(" "))
        ):
            value.decompose()
        parent = term.parent
        term.decompose()
        if parent is not None and parent.name == "dl" and not parent.get_text(strip=True):
            parent.decompose()


# A post's visibility label on a membership platform, beside the post's date: Patreon's post card
# "<span data-tag="post-published-at">27 maj 2021</span> <span data-tag="post-visibility">Offentligt
# inlägg</span>" above the headline. The label alone, or next to a date with at most a separator between.
_VISIBILITY = (
    r"(?:offentligt?(?:\s+inlägg)?|publikt\s+inlägg|public(?:\s+post)?|låst(?:\s+inlägg)?|locked"
    r"|endast\s+för\s+(?:betalande\s+)?(?:medlemmar|supportrar|prenumeranter|patrons)"
    r"|(?:members|patrons|supporters|subscribers)\s+only)"
)
_VISIBILITY_LABEL = re.compile(rf"^{_VISIBILITY}$", re.I)
_DATE_VISIBILITY = re.compile(rf"^(?:{DATE_TEXT})\s*[·•|–-]?\s*{_VISIBILITY}$", re.I)
_SEPARATOR = re.compile(r"^[\s·•|–-]*$")
_VISIBILITY_CHARS = 80


def drop_visibility_lines(root: Tag) -> None:
    """Remove a post's date line that holds only the date and its visibility ("27 maj 2021 Offentligt inlägg").

    The label goes only beside a date, with nothing but a separator between them: a sentence that says a post
    is public ("Inlägget är offentligt från 3 maj 2021") has other words around them and stays.
    """
    for string in strings(root):
        if len(string) > _VISIBILITY_CHARS or removed(string):
            continue
        text = collapse(string).strip(" ·•|–-")
        if _DATE_VISIBILITY.match(text):
            _remove(_whole_line(string, root))
        elif _VISIBILITY_LABEL.match(text):
            label = _whole_line(string, root)
            dates = [node for node in (_beside(label, -1), _beside(label, 1)) if node is not None and _is_date(node)]
            if dates:
                for node in (label, *dates):
                    _remove(node)


def _whole_line(string: NavigableString, root: Tag) -> PageElement:
    """The outermost element below ``root`` whose whole text is ``string``'s, or the string itself."""
    return sole_box(string, lambda parent: parent is root, " ·•|–-") or string


def _beside(node: PageElement, step: int) -> PageElement | None:
    """The first sibling before (``step`` -1) or after (1) ``node`` that is more than a separator."""
    sibling = node.previous_sibling if step < 0 else node.next_sibling
    while sibling is not None:
        if not isinstance(sibling, NavigableString) or not _SEPARATOR.match(str(sibling)):
            return sibling
        sibling = sibling.previous_sibling if step < 0 else sibling.next_sibling
    return None


def _remove(node: PageElement) -> None:
    if isinstance(node, Tag):
        node.decompose()
    else:
        node.extract()


def _is_date(node: PageElement) -> bool:
    text = collapse(node.get_text(" ") if isinstance(node, Tag) else str(node)).strip(" ·•|–-")
    return type(node) in (Tag, NavigableString) and is_date_line(text)


# A meta box's longest text above the headline: an author, a team and a date, no paragraph.
_META_ABOVE_CHARS = 120


def drop_meta_above_headline(root: Tag) -> None:
    """Remove the author and date box that an article's ``<header>`` sets above its ``h1``: Forem's (dev.to)
    ``div.crayons-article__subheader`` of "Nora Falk for Dermlink" and "Posted on <time>Sep 27</time>". The
    box dates the post with a ``<time>`` and is a line or two; a kicker or a lead there has no ``<time>``.

    A post's type label there goes too: ReadMe's ``<span class="ChangelogPost_type">Tillagt</span>`` over a
    changelog post's headline, one word in an inline element, no link (a kicker's section link is read elsewhere)."""
    for h1 in root.find_all("h1"):
        header = h1.parent
        if not isinstance(header, Tag) or header.name != "header":
            continue
        for box in h1.find_previous_siblings(True):
            if _is_meta_above(box, collapse(box.get_text(" "))):
                box.decompose()


def _is_meta_above(box: Tag, text: str) -> bool:
    """A dated line or two (no sentence), or a one-word type label without a link. A date's own dot ends no sentence:
    AstroWind's meta line over the ``h1`` gives the date as a Swedish locale shortens the month, "<time>11 dec.
    2024</time> · Kundtjänst · Nyheter · 2 min read"."""
    undated = _DATE_IN_LINE.sub(" ", text)
    if box.find("time") is not None and len(text) <= _META_ABOVE_CHARS and not re.search(r"[.!?]\s+\S", undated):
        return True
    return box.name in _LABEL_TAGS and len(text.split()) == 1 and box.find("a") is None


def drop_time_under_headline(root: Tag) -> None:
    """Remove a line under the ``h1`` in its article ``<header>`` that is a ``<time>`` and its label and nothing else,
    whatever the date it shows: Tidyred's (Jekyll) ``p.page__date`` of "<strong><i class="far fa-clock"></i>
    Updated:</strong> <time datetime="2018-03-15T00:00:00+01:00">2018년 03월 15일</time>", its author's Korean format,
    which no date rule reads. The ``datetime`` says it is a date; a line with words beside the time is text and stays."""
    for h1 in root.find_all("h1"):
        header = h1.parent
        if not isinstance(header, Tag) or header.name != "header":
            continue
        for box in h1.find_next_siblings(True):
            if _is_labelled_time(box):
                box.decompose()


# The label before a post's time, its own words at most: "Updated:", "Posted on", "Publicerad".
_TIME_LABEL = re.compile(r"^(?:[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s*:?)?$")


def _is_labelled_time(box: Tag) -> bool:
    """Whether ``box`` is a ``<time>`` with a readable ``datetime`` and a short label before it at most."""
    times = [box] if box.name == "time" else box.find_all("time")
    if len(times) != 1 or not parse_moment(str(times[0].get("datetime") or "")):
        return False
    label = collapse(" ".join(text for text in box.find_all(string=True) if text.find_parent("time") is None))
    return _TIME_LABEL.match(label) is not None and collapse(box.get_text(" ")).endswith(collapse(times[0].get_text(" ")))


# A date in a meta line, whose dots ("11 dec. 2024", "Dec. 11, 2024") end no sentence.
_DATE_IN_LINE = re.compile(rf"{DATE_TEXT}|{ENGLISH_DATE_TEXT}", re.I)

# Inline elements of a type label above the headline.
_LABEL_TAGS = frozenset({"span", "small"})
