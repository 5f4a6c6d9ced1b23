"""Page metadata: canonical URL, language, and what the head, JSON-LD and the page's date lines say about dates.

The title and the headline are read in ``titles``."""

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
    BARE_DATE,
    BYLINE_DATE,
    DATE_TEXT,
    DATED_BYLINE,
    ENGLISH_DATE_TEXT,
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
    without_reading_time,
    year_first_dotted,
)
from fvmdocs.clean.text import collapse, joined_line
from fvmdocs.clean.tree import class_words, first, select_all, tags

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


def without_site_card(meta: dict[str, str], url: str) -> dict[str, str]:
    """``meta`` without the ``og:title`` and ``og:url`` of a social card that is the site's own, not the page's: its
    ``og:url`` the root of the site the page was fetched from, while the page's own address (``url``) lies deeper.
    ElevenTail's (Eleventy) social partial prints the starter's fixed ``og:title`` (the site's name) and ``og:url``
    (the site's root) on every page; the page's headline and address are its own."""
    og_url = meta.get("og:url")
    if not og_url:
        return meta
    card, page = urlsplit(urljoin(url, og_url.strip())), urlsplit(url)
    if card.path not in ("", "/") or card.query or (page.path in ("", "/") and not page.query):
        return meta
    if _bare_host(card.hostname) != _bare_host(page.hostname):
        return meta
    return {key: value for key, value in meta.items() if key not in ("og:title", "og:url")}


def _bare_host(host: str | None) -> str:
    """A host name without case or a leading "www."."""
    return (host or "").lower().removeprefix("www.")


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


def page_language(soup: BeautifulSoup, meta: dict[str, str], sample: str) -> str | None:
    """The primary language subtag ("sv") declared by the page, else guessed from its words.

    A theme's default language gives way to text that is clearly Swedish: a theme hard-codes ``<html lang="en">``
    (Zola's after-dark), or its author's ``lang="zh-CN"`` (Hexo's JSimple), whatever the site writes in. Where the text
    agrees, or is too short to tell, the declaration stands."""
    html = first(soup, {"html"})
    declared = (html.get("lang") or html.get("xml:lang")) if isinstance(html, Tag) else None
    for value in (declared, meta.get("content-language"), meta.get("og:locale"),
                  meta.get("dc.language")):  # fmt: skip
        if isinstance(value, str) and re.match(r"^[A-Za-z]{2,3}(?:[-_]|$)", value.strip()):
            language = re.split(r"[-_]", value.strip())[0].lower()
            return "sv" if language in _THEME_LANGUAGES and _clearly_swedish(sample) else language
    return guess_language(sample)


def guess_language(text: str) -> str | None:
    """ "sv" or "en" when the function words say so clearly, else None."""
    swedish, english = _function_words(text)
    if swedish >= 5 and swedish > 2 * english:
        return "sv"
    if english >= 5 and english > 2 * swedish:
        return "en"
    return None


# The languages that themes hard-code in their layout: English, and Chinese (Hexo's themes by Chinese authors).
_THEME_LANGUAGES = frozenset({"en", "zh"})
# Swedish function words that outweigh a declared English: a few paragraphs of prose, not a headline and a line.
_CONTRADICTING_WORDS = 10


def _clearly_swedish(text: str) -> bool:
    """Whether the text is Swedish past doubt: as ``guess_language`` says, on enough words to overrule a declaration."""
    swedish, english = _function_words(text)
    return swedish >= _CONTRADICTING_WORDS and swedish > 2 * english


def _function_words(text: str) -> tuple[int, int]:
    """How many of the text's first 400 words are Swedish and English function words."""
    words = re.findall(r"\w+", text.lower())[:400]
    return sum(w in _SWEDISH_WORDS for w in words), sum(w in _ENGLISH_WORDS for w in words)


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


# ABlog's (Sphinx) post card in the sidebar: "div.ablog__postcard", its heading the post's date after a calendar icon
# ("<h2><i class="fa fa-calendar"></i> <span>11 november 2026</span></h2>", in the post_date_format of the blog's
# language), over a list of the update (its label, or a pencil icon alone), the author, the category and the tags.
_POSTCARD = "ablog__postcard"
_POSTCARD_UPDATE = re.compile(r"^(?:(?:update|uppdatering|uppdaterad|uppdaterat)\s*:\s*)?(?P<date>.+)$", re.I)
# The theme's stamp of the page's build or last change, Sphinx's "html_last_updated_fmt": Furo's "div.last-updated"
# ("Last updated on nov. 11, 2026", "Last updated on: …"), the basic theme's "Last updated on 11 nov. 2026." and its
# Swedish "Senast uppdaterad 11 nov. 2026." in the footer.
_LAST_UPDATED = re.compile(
    rf"^(?:last\s+updated\s+on|senast\s+uppdaterad)\s*:?\s*(?P<date>{DATE_TEXT}|{ENGLISH_DATE_TEXT})\s*\.?$", re.I
)
_LAST_UPDATED_START = re.compile(r"^\s*(?:last\s+updated\s+on|senast\s+uppdaterad)\b", re.I)
_LAST_UPDATED_CHARS = 80


def ablog_dates(soup: BeautifulSoup, parse: DateParser = parse_date) -> tuple[str | None, str | None]:
    """The post's date in ABlog's post card, the only date ABlog prints for a post, and its update: the card's own
    update line, else the Sphinx theme's "Last updated on" stamp (Furo's under the page). Read before the first round
    takes the sidebar away, and only on a page with a dated card: the recent posts' dates beside it are other posts',
    and a page that is no post has no card."""
    card = soup.find(class_=_POSTCARD)
    heading = card.find(("h2", "h3")) if isinstance(card, Tag) else None
    if not isinstance(card, Tag) or not isinstance(heading, Tag):
        return None, None
    date = collapse(heading.get_text(" "))
    published = parse(date) if BARE_DATE.match(date) else None
    if published is None:
        return None, None  # a draft's card ("Draft") dates nothing
    updated = None
    for item in card.find_all("li"):
        line = _POSTCARD_UPDATE.match(collapse(item.get_text(" ")))
        if line and BARE_DATE.match(line["date"]):
            updated = parse(line["date"])
            break
    if updated is None:
        stamps = (_LAST_UPDATED.match(collapse(text)) for text in soup.find_all(string=_LAST_UPDATED_START))
        updated = next((parse(stamp["date"]) for stamp in stamps if stamp and len(stamp[0]) <= _LAST_UPDATED_CHARS), None)
    return published, updated


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
    # a mailing's web view dates itself in a layout table's cell: APSIS's "td.ap-date" row above the h1; Pelican's Blue
    # Penguin heads the post with "h4.date" ("sön 22 november 2026"); reco's date item under the headline is an icon
    # font's "i.iconfont.reco-date" around the date's "span"
    for element in scope.find_all(["div", "span", "p", "abbr", "h2", "h3", "h4", "h5", "h6", "td", "i"]):
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
        # zerm's (Zola) "span.post-date" of "2021.03.12"
        if classed and (found := year_first_dotted(text)):
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
    after it ("Publicerad September 7th, 2026 by Styrelsen"), a reading time beside them at most ("3 minute read Published:
    2025-12-10")."""
    for element in scope.find_all(["p", "div", "span", "li", "small"]):
        if len(element.get_text()) > 160:
            continue
        line = joined_line(element.get_text(" "))  # "Av <a>Styrelsen</a>, 14 mars 2019": no space before the comma
        line = without_reading_time(line)  # after-dark's "3 minute read Published: 2025-12-10"
        found = BYLINE_DATE.match(line) or VERB_BYLINE_DATE.match(line) or NAME_DATE.match(line) or LABELLED_LINE.match(line)
        found = found or DATED_BYLINE.match(line)
        if found:
            return _rdfa_created(element) or parse_date(found[1]), None
    return None, None


def _rdfa_created(element: Tag) -> str | None:
    """The moment of a byline's RDFa date, which Drupal 7 keeps in the ``content`` of the date's span (``<span
    property="dc:date dc:created" content="2016-09-29T10:12:00+02:00">``) whatever format the site shows: its default
    "tors, 09/29/2016 - 10:12" puts the month first."""
    for span in element.find_all(True, attrs={"property": True, "content": True}):
        if _RDFA_CREATED & set(str(span["property"]).split()):
            found = parse_date(str(span["content"]))
            if found:
                return found
    return None


# RDFa's properties of the moment a node was made (Drupal 7's RDF mapping of its "created" field).
_RDFA_CREATED = frozenset({"dc:date", "dc:created"})


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
