"""An event page's chrome around its description, and the bare date that heads a post.

Meetup's event page sets the description among boxes of its own: the group's link with "Offentlig grupp",
a "Detaljer" heading over the text, a box of when and where ("Tisdag 4 juni 2019" over "18:00 till
20:00" and the address), "Deltagare (23)" over a few members' names and an action bar of the day, the
time and a "Delta" button. None of it is the description; each box is known by its text and markup, not by
Meetup's classes, so other event platforms' boxes of the same kind go too.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from fvmdocs.clean.dates import (
    AUTHOR_DATE,
    BARE_DATE,
    DATE_AUTHOR,
    DAY_MONTH,
    ISSUE_DATE,
    KICKER_DATE,
    KIND_DATE,
    WEEKDAY_NAME,
    WEEKDAY_SHORT,
    is_date_line,
    parse_date,
    without_reading_time,
)
from fvmdocs.clean.text import collapse
from fvmdocs.clean.titles import headline, title_heading
from fvmdocs.clean.tree import removed, strings

__all__ = ["drop_event_chrome", "headline_dates"]

_WEEKDAY = rf"(?:{WEEKDAY_NAME}\.?|{WEEKDAY_SHORT})"
_CLOCK = r"(?:[01]?\d|2[0-3])[.:][0-5]\d"
# A day, with its weekday and year where given: "Tisdag 4 juni 2019", "tis 4 juni".
_DAY = rf"(?:{_WEEKDAY},?\s+)?(?:den\s+)?{DAY_MONTH}(?:\s+\d{{4}})?"
# When an event is: the day, then the span of its clock times ("18:00 till 20:00", "18:00 – 20:00").
_WHEN = re.compile(rf"^{_DAY}\s*[·,|–-]?\s*(?:kl\.?\s*)?{_CLOCK}\s*(?:till|–|-|—)\s*{_CLOCK}$", re.I)
# A group's visibility beside its name: Meetup's "Offentlig grupp", Facebook's "Privat grupp".
_GROUP_VISIBILITY = re.compile(r"\s(?:offentlig|privat|sluten|öppen|public|private|closed)\s+grupp|\s(?:public|private)\s+group$", re.I)
_GROUP_LINE = re.compile(rf".{{1,80}}(?:{_GROUP_VISIBILITY.pattern})", re.I)  # the group's name, then its visibility
# A list of who is coming, headed by its count: "Deltagare (23)", "Anmälda (4)", "Attendees (12)".
_ATTENDEES = re.compile(r"^(?:deltagare|anmälda|kommer|attendees|going)\s*\(\d+\)$", re.I)
# The call to sign up that ends an event's action bar.
_ACTION = re.compile(r"^(?:delta|gå med|anmäl dig|anmäl|boka|boka plats|köp biljett|attend|rsvp|join)$", re.I)
_PRICE = r"(?:gratis|free|\d+\s*(?:kr|sek|:-))"
_ACTION_BAR = re.compile(rf"^{_DAY}\s*[·,|–-]?\s*(?:kl\.?\s*)?{_CLOCK}(?:\s*[·|]?\s*{_PRICE})?\s+\S.*$", re.I)
# A generic label over an event's or a post's description, not a heading of its own text; a podcast
# platform's over an episode's notes (Typlog's "<h3>Shownotes</h3>" opening "div.episode_content", Podigee's
# opening "div.episode-description").
_LABEL_HEADINGS = frozenset({
    "detaljer", "details", "beskrivning", "description", "om evenemanget", "om eventet",
    "shownotes", "show notes", "show-notes", "avsnittsbeskrivning",
})  # fmt: skip
# A place line: a name and an address, a few words with no sentence in them.
_PLACE_CHARS = 80
_BAR_CHARS = 80


def drop_event_chrome(root: Tag) -> None:
    """Remove an event page's group line, when-and-where box, attendee list, action bar and the label heading
    over its description. Each goes only whole: a box that holds a sentence is the description's own text."""
    for line in root.find_all(["p", "div", "section", "h2", "h3", "h4", "h5", "h6"]):
        raw = "" if removed(line) else line.get_text(" ")
        if not raw or len(raw) > _LINE_LIMIT:
            continue  # a long box is text (one pass, the cheap tests first: a page may have thousands of paragraphs)
        text = collapse(raw)
        if not any(pattern.match(text) for pattern in _LINES) or line.find(_BOXES) is not None:
            continue
        if _ATTENDEES.match(text):
            _drop_attendees(line, root)
        elif line.name in ("p", "div", "section") and (
            _is_group_line(line, text) or _is_action_bar(line, text)
        ):
            line.decompose()
        elif line.name in ("p", "div") and _WHEN.match(text):
            _drop_when_box(line, root)
    _drop_opening_label(root)
    _drop_name_above_headline(root)


# No line of event chrome is longer (raw text, before collapsing its spaces).
_LINE_LIMIT = 200
_BOXES = ("p", "div")
# What each kind of line may look like, tried before any look into the tree.
_LINES = (_ATTENDEES, _GROUP_LINE, _ACTION_BAR, _WHEN)


# A name alone on its line: a few words, the first capitalised, no digit and no sign of a sentence.
_NAME_LINE = re.compile(r"^[A-ZÅÄÖ][\w&-]*(?:\s+[\w&-]+){0,4}$")
# How long a line of an event's header under the headline may be (its date, place or price).
_HEADER_LINE_CHARS = 120


def _drop_name_above_headline(root: Tag) -> None:
    """An event page's header names the organiser over the headline: Invajo's ``<div class="inv-event__head">
    <p>Eksemföreningen Väst</p><h1>…</h1><p>Skapad <time>…</time></p></div>``. The name goes where it is the one
    line before the headline in a box of short lines (the header); a box that holds running text is the
    article's own, and its lines stay."""
    for h1 in root.find_all("h1"):
        box = h1.parent
        before = h1.find_previous_siblings(True)
        if box is None or box is root or len(before) != 1 or before[0].name not in ("p", "div"):
            continue
        name = collapse(before[0].get_text(" "))
        if not _NAME_LINE.match(name) or before[0].find(["p", "div", "img"]) is not None:
            continue
        lines = [collapse(line.get_text(" ")) for line in h1.find_next_siblings(True)]
        if all(len(line) <= _HEADER_LINE_CHARS and not re.search(r"[.!?](?:\s|$)", line) for line in lines):
            before[0].decompose()


def _is_group_line(line: Tag, text: str) -> bool:
    """A line of a link to the group and its visibility: "<a>Bechterew Väst</a> <span>Offentlig grupp</span>"."""
    if len(text) > _PLACE_CHARS or not _GROUP_VISIBILITY.search(text):
        return False
    link = line.find("a")
    if link is None:
        return False
    name = collapse(link.get_text(" "))
    return bool(name) and text.startswith(name) and bool(_GROUP_VISIBILITY.fullmatch(" " + text[len(name) :].strip()))


def _drop_when_box(when: Tag, root: Tag) -> None:
    """A box of an event's day and time, and its place lines: ``<p><time>Tisdag 4 juni 2019</time><br>18:00
    till 20:00</p><p>Lokalen<br>Järntorget, Göteborg</p>``; the box only where it holds nothing else."""
    box = when.parent
    lines = [node for node in box.children if not (isinstance(node, NavigableString) and not node.strip())] if box else []
    if box is not None and box is not root and all(isinstance(node, Tag) and (node is when or _is_place(node)) for node in lines):
        box.decompose()
    else:
        when.decompose()


def _is_place(line: Tag) -> bool:
    """A short line with no sentence and no link: a venue and its address."""
    text = collapse(line.get_text(" "))
    return line.name in ("p", "div", "address") and 0 < len(text) <= _PLACE_CHARS and not re.search(r"[.!?]", text) and line.find("a") is None


def _drop_attendees(heading: Tag, root: Tag) -> None:
    """"Deltagare (23)" over a list of a few names, and the box that holds only the two."""
    names = heading.find_next_sibling(True)
    if names is not None and names.name in ("ul", "ol"):
        box = heading.parent
        if box is not None and box is not root and len(box.find_all(True, recursive=False)) == 2:
            box.decompose()
            return
        names.decompose()
    heading.decompose()


def _is_action_bar(bar: Tag, text: str) -> bool:
    """A bar of the day, the time, the price and a sign-up button: "Tisdag 4 juni · 18:00 GRATIS Delta"."""
    if len(text) > _BAR_CHARS or not _ACTION_BAR.match(text):
        return False
    buttons = bar.find_all(["a", "button"])
    if not buttons:
        return False
    action = collapse(buttons[-1].get_text(" "))
    return bool(_ACTION.match(action)) and text.endswith(action)


def _drop_opening_label(root: Tag) -> None:
    """A generic label ("Detaljer") heading the description, with no text of the post before it but the
    headline (and date lines): a heading of that name further down heads a section of the text and stays."""
    h1 = root.find("h1")
    for heading in root.find_all(["h2", "h3"]):
        if collapse(heading.get_text(" ")).casefold() not in _LABEL_HEADINGS:
            continue
        first = next((s for s in strings(root) if _is_post_text(s, h1)), None)
        if first is not None and first.find_parent(heading.name) is heading:
            heading.decompose()
        return


def _is_post_text(string: NavigableString, h1: Tag | None) -> bool:
    """Text of the post other than its headline and date lines (which are no blocks of the body)."""
    text = collapse(string)
    return bool(text) and not is_date_line(text) and (h1 is None or string.find_parent("h1") is not h1)


# A post's date set alone beside its headline (``BARE_DATE``, or a kicker): Cargo's "<small>7 juni 2023</small>"
# under the h1, Campaign Monitor's "Nyheter · <span>10 juni 2026</span>" over it, LearnWorlds' "<span
# class="lw-post-date">Nov 18, 2020</span>" in the meta line under it. How far from the headline such a date
# sits, and how long its line may be.
_NEAR = 2
_LINE_CHARS = 80
_NEAR_SHAPES = (BARE_DATE, KICKER_DATE, ISSUE_DATE, KIND_DATE)
# A date and its author (``DATE_AUTHOR``), or the author and a date after a sign (``AUTHOR_DATE``: Moonwalk's "Styrelsen
# / March 14, 2023"), dates the post only on the line right beside the headline: further off, a date and a capitalised
# word may name a meeting ("3 mars 2024 Årsmöte").
_BESIDE_SHAPES = (*_NEAR_SHAPES, DATE_AUTHOR, AUTHOR_DATE)


def headline_dates(scope: Tag) -> tuple[str | None, str | None]:
    """The published date of a post whose date is only an element beside its headline: a line of at most a
    word or two and the date, one of the two elements before or after the ``h1``, or a kicker of a category,
    a sign and the date (Versoly's ``<p>Nyhet · 12 juni 2025</p>`` under it, Smore's subtitle "Nyhetsbrev från
    hemsjukvården i Lerums kommun · 8 februari 2023"), or a mailing's issue and date ("Utskick 4/2022 · 9 maj
    2022"), or the kind of page and the date (WebEasy's "Nyhet 4 november 2020" under it), or the date and its
    author on the line right beside it (Pingendo's "12 november 2019 <span>Styrelsen</span>" under it). A date
    in a sentence, or in a line further off, dates something else.

    A headline alone in its box is read from that box: Bubble's ``<div class="Text"><h1>…</h1></div>`` over
    the ``<div class="Text">11 dec 2024</div>`` beside it. On a page without an ``h1`` the post's title heading is the
    headline (``title_heading``): Cryogen's ``h2`` under ``div#post-meta`` of "By: Styrelsen" and "June 18, 2017"."""
    h1 = scope.find("h1") or _title_heading_in(scope)
    if h1 is None:
        return None, None
    headline = _headline_box(h1, scope)
    near = [*headline.find_previous_siblings(True, limit=_NEAR), *headline.find_next_siblings(True, limit=_NEAR + 1)]
    beside = (headline.find_previous_sibling(True), headline.find_next_sibling(True))
    for line in near:
        if line.name in ("br", "hr") or len(collapse(line.get_text(" "))) > _LINE_CHARS:
            continue
        shapes = _BESIDE_SHAPES if any(line is other for other in beside) else _NEAR_SHAPES
        for element in (line, *line.find_all(True)):
            # the date and a reading time beside it: Hugo's Harbor's "span.meta-post" of "Nov 3, 2025 | 3 minutes"
            text = without_reading_time(collapse(element.get_text(" ")))
            if any(shape.match(text) for shape in shapes):
                return parse_date(text), None
    return None, None


def _title_heading_in(scope: Tag) -> Tag | None:
    """The post's title heading in ``scope`` on a page whose headline is no ``h1`` (``title_heading``), a heading's
    element (no box of text set as a title); None elsewhere."""
    heading = headline(scope) if isinstance(scope, BeautifulSoup) else title_heading(scope)
    if heading is None or heading.name not in ("h2", "h3") or not any(box is scope for box in heading.parents):
        return None
    return heading


def _headline_box(h1: Tag, scope: Tag) -> Tag:
    """The outermost box below ``scope`` that holds the headline and nothing else."""
    box = h1
    while isinstance(box.parent, Tag) and box.parent is not scope and box.parent.name not in ("body", "html"):
        children = [node for node in box.parent.children if not (isinstance(node, NavigableString) and not node.strip())]
        if children != [box]:
            break
        box = box.parent
    return box
