"""The clean stage: a fetched page's bytes in, a ``Document`` with metadata and body blocks out.

>>> from fvmdocs.models import RawPage
>>> html = "<html lang='sv'><title>FVM pausas - Västra Götalandsregionen</title><h1>FVM pausas</h1>"
>>> html += "<p>Införandet av Millennium pausas efter problem i södra Västra Götaland.</p>"
>>> doc = clean_page(RawPage(url="https://www.vgregion.se/x", body=html.encode(), source="x"))
>>> doc.title, doc.language, [b.kind for b in doc.blocks]
('FVM pausas', 'sv', ['title', 'paragraph'])
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable

from bs4 import BeautifulSoup, Tag, XMLParsedAsHTMLWarning

from fvmdocs.clean.badges import badge_dates
from fvmdocs.clean.blocks import article_blocks
from fvmdocs.clean.boilerplate import cut_code, strip_chrome, strip_page
from fvmdocs.clean.boilerplate_text import is_boilerplate_text
from fvmdocs.clean.bylines import (
    is_bare_author,
    is_byline_text,
    is_linked_byline,
    linked_byline_dates,
)
from fvmdocs.clean.content import find_lead
from fvmdocs.clean.datelinks import archive_dates
from fvmdocs.clean.dates import is_later, labels_update_on, parse_moment
from fvmdocs.clean.decode import MB, check_body, decode_body
from fvmdocs.clean.emphasis import emphasis_lead
from fvmdocs.clean.event_chrome import drop_event_chrome, headline_dates
from fvmdocs.clean.icondates import icon_dates
from fvmdocs.clean.leadlabels import drop_lead_label
from fvmdocs.clean.listing import is_listing
from fvmdocs.clean.metadata import (
    ablog_dates,
    age_dates,
    byline_dates,
    canonical_url,
    class_dates,
    element_date,
    jsonld_dates,
    meta_dates,
    page_language,
    read_meta,
    time_dates,
    visible_dates,
    without_site_card,
)
from fvmdocs.clean.owner_titles import without_owner_titles
from fvmdocs.clean.root import choose_root
from fvmdocs.clean.signposts import is_home_trail
from fvmdocs.clean.stamps import verified_dates
from fvmdocs.clean.text import collapse
from fvmdocs.clean.titles import (
    TITLE_SEPARATOR,
    TITLE_SEPARATORS,
    TITLE_SIGNS,
    drop_subtitle_heading,
    header_site_names,
    heading_after_site,
    headline,
    headline_text,
    site_names,
    strip_title_suffix,
    title_candidates,
)
from fvmdocs.clean.tree import first, removed, select_first, tags
from fvmdocs.clean.widgets import drop_card_lists, drop_widgets
from fvmdocs.errors import CleanError
from fvmdocs.models import Document, RawPage
from fvmdocs.profile import CleanRules, SiteProfile

__all__ = ["clean_page"]

Dates = tuple[str | None, str | None]

_SEPARATOR = re.compile(rf"\s+{TITLE_SEPARATOR}\s+\S")
_SEPARATOR_BEFORE = re.compile(rf"^(?:\S+\s){{0,5}}?\S+\s+[{TITLE_SIGNS}]\s+$")


def clean_page(
    raw: RawPage, profile: SiteProfile | None = None, *, max_bytes: int = 10 * MB
) -> Document:
    """Turn one page into a ``Document``: title, dates, language, URL and body blocks.

    With a ``profile`` its selectors are tried first (article, removals, title, lead, dates);
    without one, a generic path finds the article on any news site. Raises ``CleanError`` for
    empty, oversized or binary pages and for pages with no text left after cleaning.
    """
    check_body(raw, max_bytes)
    html, jsonld = cut_code(decode_body(raw))
    with warnings.catch_warnings():
        # an XHTML page opens with an XML declaration; it is still parsed as the HTML it is
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(html, "lxml")
    rules = profile.clean if profile is not None else CleanRules()
    meta = without_site_card(read_meta(soup), raw.url)
    canonical = canonical_url(soup, meta, raw.url)
    title = _title(soup, meta, rules, canonical or raw.url)
    # ABlog's post card dates a Sphinx post from the sidebar, which the first round takes away
    head_dates = _merge(jsonld_dates(jsonld, parse_moment), meta_dates(meta, parse_moment), ablog_dates(soup, parse_moment))
    shown = soup.get_text(" ")  # the page's words as shown, before the first round drops boxes that label an update
    strip_page(soup)
    root = choose_root(soup, rules.content)
    lead = find_lead(root, soup, rules.lead, lambda text: _no_lead(text, title), title)
    published, updated = _days(*_page_dates(soup, root, rules, head_dates), shown)
    drop_card_lists(root)  # before the link lists go, so a list's heading goes with its cards
    strip_chrome(root, rules.remove, rules.drop_headings)
    drop_widgets(root)
    drop_event_chrome(root)
    drop_subtitle_heading(soup, root, meta, title)  # before the lead under the headline is read
    if lead is None or removed(lead) or is_linked_byline(lead):
        # a linked name and the date where a lead stands (TiddlyWiki's "div.tc-subtitle" under the title) is a
        # byline that dates the post, no lead
        lead = emphasis_lead(root)
    if lead is not None:
        drop_lead_label(lead)  # Nivis's "ABSTRACT" over its description, no word of the lead
    kind = "listing" if is_listing(soup, root, rules.listing) else "article"
    blocks = article_blocks(root, title, lead)
    if not blocks:
        raise CleanError("page has no text after cleaning")
    sample = " ".join(block.text for block in blocks[:20])
    language = page_language(soup, meta, sample)
    return Document(
        url=canonical or raw.url,
        title=title,
        blocks=tuple(blocks),
        source=raw.source,
        published=published,
        updated=updated,
        language=language or (profile.language if profile is not None else None),
        canonical_url=canonical,
        site=profile.name if profile is not None else None,
        kind=kind,
    )


def _no_lead(text: str, title: str) -> bool:
    """A text that no lead is, whatever its box's class says: boilerplate ("4 personer gillar detta"), a
    byline (Elgg's "div.elgg-listing-summary-subtitle": "Av Styrgruppen i Gastronätverket Väst 25 maj 2020"; Start
    Bootstrap's "Blog Post" ``p.lead`` "av Styrelsen", so its next ``p.lead``, the text's first paragraph, is the lead),
    or a crumb trail (Org mode's ``div#preamble``: "Start / Nyheter / Studsmatteolyckorna")."""
    return is_boilerplate_text(text) or is_byline_text(text) or is_bare_author(text) or is_home_trail(text, title)


def _title(soup: BeautifulSoup, meta: dict[str, str], rules: CleanRules, url: str) -> str:
    """The headline without the site's name: profile selectors, og:title, h1, ``<title>``."""
    candidates = []
    for selector in rules.title:
        found = select_first(soup, selector)
        if found is not None:
            candidates.append(collapse(found.get_text(" ")))
    found = headline(soup)
    candidates += title_candidates(soup, meta, found)
    names = site_names(meta, url) + header_site_names(soup)
    h1 = headline_text(found) if found is not None else ""
    head_title = first(soup, {"title"})
    og_titles = {collapse(meta.get(key, "")) for key in ("og:title", "twitter:title")}
    if h1 and head_title is not None and h1 not in og_titles and _names_the_site(h1, collapse(head_title.get_text(" "))):
        # a forum's or a site builder's h1 is the site's name: "Headline - Fysioforum Väst" and <h1>Fysioforum Väst</h1>
        names.append(h1)
        candidates = [c for c in candidates if c != h1]
        h1 = ""
    if h1 and head_title is not None and not any(og_titles):
        # a portal's or course's h1 is its name and the headline a heading under it: Moodle 3's "Portal: Forum:
        # Subject", Moodle 4's "Subject | Site" with the course's name as the h1
        subject = heading_after_site(soup, h1, collapse(head_title.get_text(" ")))
        if subject:
            candidates = [subject if c == h1 else c for c in candidates]
            h1 = ""
    candidates = without_owner_titles(candidates, soup, meta, h1)
    for candidate in candidates:
        title = strip_title_suffix(candidate, rules.title_suffixes, names)
        if h1 and _NEWSLETTER_ISSUE.match(title) and not _NEWSLETTER_ISSUE.match(h1) and len(tags(soup, {"h1"})) == 1:
            return h1  # a newsletter's web view: <title> names the issue ("Nyhetsbrev juni 2026"), its one h1 the article
        if h1 and title != h1 and title.startswith(h1) and _SEPARATOR.match(title[len(h1) :]):
            return h1  # "Headline - VGR": a short site name that og:site_name does not spell
        if h1 and title != h1 and title.endswith(h1) and _SEPARATOR_BEFORE.search(title[: -len(h1)]):
            return h1  # "GF Volten Skövde - Headline" (Google Sites): the site's name before the h1's headline
        title = _THREAD_PREFIX.sub("", _PERMALINK.sub("", title))
        if title:
            return title
    return ""


# The name of a newsletter's issue, as an e-mail service's web view (Campaign Monitor, Mailchimp) gives it in
# <title>: "Nyhetsbrev juni 2026", "Medlemsbrev nr 3 2024".
_NEWSLETTER_ISSUE = re.compile(r"^(?:nyhetsbrev|medlemsbrev|månadsbrev|newsletter)\b", re.I)
# A heading's permalink sign, glued to its text by Sphinx and MkDocs ("Rubrik ¶").
_PERMALINK = re.compile(r"\s*[¶§🔗]\s*$")
# A forum's label before a thread's title: "Tråd: Tolkbokningen och …" (vBulletin), "Ämne: …".
_THREAD_PREFIX = re.compile(r"^(?:Tråd|Ämne|Thread)\s*:\s+(?=\S)")


def _names_the_site(h1: str, head_title: str) -> bool:
    """Whether the h1 is a short name that ends a ``<title>`` with a longer headline before it."""
    parts = TITLE_SEPARATORS.split(head_title)
    words = len(h1.split())
    return len(parts) > 1 and parts[-1].casefold() == h1.casefold() and words <= 4 and len(parts[0].split()) > words


def _page_dates(soup: BeautifulSoup, root: Tag, rules: CleanRules, head: Dates) -> Dates:
    """Published and updated moments (a day, with the clock time where the source gives one), from
    the most trusted source that has each.

    Profile selectors, then JSON-LD and meta tags, then ``<time>`` and visible Swedish
    labels in the article, and only then anywhere on the page (lists of other news have
    dates too). Later sources are read only while a date is still missing.
    """
    selected = (element_date(soup, rules.published, parse_moment), element_date(soup, rules.updated, parse_moment))
    found = _read_dates(root, _merge(selected, head))
    if all(found):
        return found
    page = _read_dates(soup, found)
    if found[1] is None and page[1] is not None and _in_footer(page[1], root):
        # the site's "Senast uppdaterad" under the article, not the article's update, also where the article
        # gives no date of its own (Tripod's hit counter "Senast ändrad 21 april 2026" in the page's footer)
        page = page[0], None
    if page[0] is None:
        # a theme's calendar badge in the article (Suffusion's "div.date" of month, day and year spans beside the
        # title), or a team wiki's verification stamp ("Verifierad 2018-03-20"): the best published date of a page
        # with no other
        page = _merge(page, badge_dates(root), verified_dates(soup))
    if page[0] is None:
        # a date after a clock icon, alone in its box (Freemind's "div.meta-widget" in the column beside the article)
        page = _merge(page, icon_dates(soup))
    return page


_READERS: tuple[Callable[[Tag], Dates], ...] = (
    lambda scope: time_dates(scope, parse_moment),
    lambda scope: visible_dates(scope, parse_moment),
    class_dates,
    byline_dates,
    linked_byline_dates,
    age_dates,
    archive_dates,
    headline_dates,
)


def _read_dates(scope: Tag, found: Dates) -> Dates:
    """``found`` with what is missing read from ``scope``, reader by reader while a date is still missing."""
    for reader in _READERS:
        if all(found):
            break
        found = _merge(found, reader(scope))
    return found


def _in_footer(updated: str, root: Tag) -> bool:
    """Whether the page gives ``updated`` in its footer, the site's "Senast uppdaterad 2016-04-14": in what
    follows the boxes around ``root`` (FrontPage's bottom border, a table row under the article's row), or in
    a ``<footer>`` beside it. A line beside the article in its own box dates this page and is no footer
    (Sitevision's "Senast uppdaterad" portlet under the text, a wiki's "Senast ändrad … av")."""
    beside = (node for node in root.next_siblings if isinstance(node, Tag) and _is_page_footer(node))
    after = (node for box in root.parents for node in box.next_siblings if isinstance(node, Tag))
    return any(reader(node)[1] == updated for node in (*beside, *after) for reader in _READERS)


def _is_page_footer(element: Tag) -> bool:
    return element.name == "footer" or element.get("role") == "contentinfo"


def _days(published: str | None, updated: str | None, shown: str) -> Dates:
    """The two moments as days, with no update unless the page says it came after the publication.

    Many CMSs print a modified date that is the publication itself: Yoast's ``dateModified`` equal to
    ``datePublished``, Enfold's date line classed "updated" (hAtom), a "Publicerad 14 maj 2025
    Uppdaterad 14 maj 2025" pair. A later moment of the publication day that only the CMS stamps is a save
    after publishing, no update either: HitMag with Yoast gives ``article:modified_time``, ``og:updated_time``,
    ``dateModified`` and the theme's ``time.updated`` 14 minutes after the publication. An update on the
    publication day stays where the page's text (``shown``) labels it with a later clock time ("Publicerad
    2024-11-20 11.02 Uppdaterad 2024-11-20 18.40", a newsroom's "Uppdaterad kl. 09.40"), or labels it on that day
    where the moments give the times (Municipio's "Senast uppdaterad: <time datetime="2022-11-17 13:10">"); one on a
    later day always stays.
    """
    if published is not None and updated is not None and updated[:10] == published[:10] and not _later_that_day(published, updated, shown):
        updated = None
    return (published[:10] if published else None), (updated[:10] if updated else None)


def _later_that_day(published: str, updated: str, shown: str) -> bool:
    """Whether an update on the publication day came after it and the page's text labels it."""
    return is_later(updated, published) and labels_update_on(shown, published[:10])


def _merge(*sources: Dates) -> Dates:
    """Published and updated, each from the first source that has it.

    Sources come in order of trust, so a machine-readable date beats visible text.
    """
    published = next((p for p, _ in sources if p), None)
    updated = next((u for _, u in sources if u), None)
    return published, updated
