"""An ``og:title`` that names who published the page, not the article: an account, a publication, a site.

A social or publishing platform fills ``og:title`` with the name of what the page belongs to: Mastodon's
status page with the account ("Barnhudnätverket Väst (@natverket@social.barnhud.se)"), Calaméo's reader with
the publication ("Barnmorskebladet Väst 2/2021"). Its ``<title>`` names both, the article's headline and that
owner, apart: ``Barnhudnätverket Väst: "Rubriken" - social.barnhud.se``, "Rubriken - Barnmorskebladet Väst
2/2021 - Calaméo". A reader of magazines or reports may give the owner alone in both: Lucidpress's
"Årsberättelse 2022 – Stiftelsen Musikerhälsa Väst", a report named by its kind and year, or an issue's
number ("Njurnytt 4/2020"). There the page's one ``<h1>``, over the article's first paragraph (a date line
between them aside), is the title. An ``og:title`` that shortens or lengthens the headline holds it or is held
by it, and stays a title.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from fvmdocs.clean.dates import is_date_line, labelled_date
from fvmdocs.clean.text import SENTENCE_END, collapse, is_sentence
from fvmdocs.clean.tree import class_words, only_link

__all__ = ["without_owner_titles"]

# A fediverse account's handle after its display name: "Namn (@konto@server.se)".
_HANDLE = re.compile(r"\s*\(@[\w.-]+(?:@[\w.-]+)?\)\s*$")
_OG_KEYS = ("og:title", "twitter:title")
# A date line's longest text: "Publicerad 24 maj 2018 av Lantbrukarna i Skaraborg", a line, not a paragraph.
_DATE_LINE_CHARS = 80
# A publication's name by its issue ("Njurnytt 4/2020", "Medlemsbladet nr 3") or a report's by its kind and
# year ("Årsberättelse 2022", "Verksamhetsberättelsen 2019").
_PUBLICATION = re.compile(
    r"(?<![\w/])\d{1,2}\s*/\s*(?:19|20)\d{2}(?![\w/])|\b(?:nr\.?|nummer)\s*\d{1,3}\b"
    r"|\b(?:års|verksamhets|kvalitets|hållbarhets)(?:berättelse|redovisning|rapport)(?:en)?\s+(?:19|20)\d{2}\b",
    re.I,
)


def without_owner_titles(candidates: list[str], soup: BeautifulSoup, meta: dict[str, str], h1: str) -> list[str]:
    """``candidates`` without the ``og:title`` (or ``twitter:title``) that names the page's owner beside the h1;
    an account line ("Namn (@konto@server.se)") over a status with a summary gives way to that summary."""
    accounts = {title for title in (collapse(meta.get(key, "")) for key in _OG_KEYS) if _HANDLE.search(title)}
    summary = _status_summary(soup) if accounts else ""
    if summary:
        return [summary if candidate in accounts else candidate for candidate in candidates]
    owners = {collapse(meta.get(key, "")) for key in _OG_KEYS}
    owners = {title for title in owners if title and _names_owner(title, h1, soup)}
    return [candidate for candidate in candidates if candidate not in owners] if owners else candidates


# The class word of a status's summary (its content warning) and of the status around it: GoToSocial's
# ``article.status > … > h2.spoiler``, Mastodon's ``div.status__content > p.spoiler``.
_SUMMARY_WORD = "spoiler"
_STATUS_WORD = "status"
# A summary's longest text: a headline's, not a paragraph's.
_SUMMARY_CHARS = 200


def _status_summary(soup: BeautifulSoup) -> str:
    """The summary a fediverse status shows above its text, the post's own headline where the page has no
    ``<h1>`` of it (GoToSocial's ``h2.spoiler``); "" where there is none or it is a paragraph's length."""
    for element in soup.find_all(class_=True):
        if _SUMMARY_WORD not in class_words(element) or element.find_parent("a") is not None:
            continue
        if not any(_STATUS_WORD in class_words(box) for box in element.parents):
            continue
        text = collapse(element.get_text(" "))
        return text if len(text) <= _SUMMARY_CHARS else ""
    return ""


def _names_owner(og_title: str, h1: str, soup: BeautifulSoup) -> bool:
    """Whether ``og_title`` is a name that the ``<title>`` gives apart from the one ``<h1>``, the headline, or a
    publication's that the ``<title>`` gives too."""
    name = _HANDLE.sub("", og_title).casefold()
    headline = h1.casefold()
    if not name or not headline or name in headline or headline in name:
        return False
    head = soup.find("title")
    h1s = soup.find_all("h1")
    if head is None or len(h1s) != 1 or not _heads_prose(h1s[0]):
        return False
    text = collapse(head.get_text(" ")).casefold()
    at_headline, at_name = text.find(headline), text.find(name)
    if at_name >= 0 and _PUBLICATION.search(name):
        return True
    if at_headline < 0 or at_name < 0:
        return False
    return at_name + len(name) <= at_headline or at_headline + len(headline) <= at_name


def _heads_prose(h1: Tag) -> bool:
    """Whether the ``<h1>`` is the article's headline: no link (a blog's name in its banner links home), and the
    next element beside it a paragraph of running text."""
    after = _text_after(h1) if only_link(h1) is None else None
    if after is None:
        return False
    return is_sentence(collapse(after.get_text(" ")))


def _text_after(h1: Tag) -> Tag | None:
    """The ``<p>`` beside the ``<h1>``, or beside the box that holds only it (a page layout's text box: Lucidpress's
    "div.lp-textbox"), a date line between them aside ("22 oktober 2020"), itself or alone in a box; else None."""
    box, headline = h1, collapse(h1.get_text(" "))
    while box.find_next_sibling(True) is None and isinstance(box.parent, Tag) and box.parent.name not in ("body", "html"):
        if collapse(box.parent.get_text(" ")) != headline:
            return None
        box = box.parent
    after = box.find_next_sibling(True)
    if after is not None and _is_date_note(collapse(after.get_text(" "))):
        after = after.find_next_sibling(True)
    if after is None or after.name == "p":
        return after
    paragraphs = after.find_all("p")
    alone = len(paragraphs) == 1 and collapse(paragraphs[0].get_text(" ")) == collapse(after.get_text(" "))
    # or the first of the text box's paragraphs, before anything else in it (Calaméo's "section.text-pages")
    opening = after.find(True)
    if opening is not None and opening.name == "p" and opening.parent is after:
        alone = alone or collapse(after.get_text(" ")).startswith(collapse(opening.get_text(" ")))
    return paragraphs[0] if alone else None


def _is_date_note(text: str) -> bool:
    """Whether ``text`` is a date line, bare ("22 oktober 2020") or labelled with who published it ("Publicerad
    24 maj 2018 av Lantbrukarna i Skaraborg"): a short line, no sentence."""
    if is_date_line(text):
        return True
    short = len(text) <= _DATE_LINE_CHARS and SENTENCE_END.search(text) is None
    return short and labelled_date(text, "published") is not None
