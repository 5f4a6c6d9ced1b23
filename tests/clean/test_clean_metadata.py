"""Metadata rules: meta-tag and JSON-LD dates, dates in the article, canonical URL, language."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from fvmdocs.clean import clean_page
from fvmdocs.clean.metadata import (
    canonical_url,
    jsonld_dates,
    meta_dates,
    page_language,
    read_meta,
)
from fvmdocs.models import RawPage
from fvmdocs.profile import builtin_profile

BODY = "<p>Regionen har beslutat att införandet av Millennium ska fortsätta enligt den nya planen.</p>"
SWEDISH = (
    "<p>Dialysmottagningen i Skövde börjar dokumentera i Millennium i januari, och behandlingarna ska gå som vanligt.</p>"
    "<p>Under de första veckorna finns det extra personal på plats för att patienterna inte ska behöva vänta.</p>"
    "<p>Föreningen bjuder in till ett möte i februari där chefen berättar om hur det har gått med bytet.</p>"
)
ENGLISH = (
    "<p>The dialysis unit in Skövde starts to document in Millennium in January, and the treatments go on as usual.</p>"
    "<p>During the first weeks there is extra staff on site so that the patients do not have to wait for it.</p>"
)


def _soup(head: str, body: str = BODY, html_attrs: str = "") -> BeautifulSoup:
    return BeautifulSoup(f"<html {html_attrs}><head>{head}</head><body>{body}</body></html>", "lxml")


def _clean(head: str, body: str = BODY, url: str = "https://example.se/nyheter/a") -> RawPage:
    return RawPage(url=url, body=f"<html><head>{head}</head><body>{body}</body></html>".encode(), source="t")


@pytest.mark.parametrize(
    ("head", "published", "updated"),
    [
        ('<meta property="article:published_time" content="2022-05-17T16:45:00+02:00">', "2022-05-17", None),
        ('<meta property="article:modified_time" content="2022-05-18T07:05:00Z">', None, "2022-05-18"),
        ('<meta name="DC.date.issued" content="2020-05-04">', "2020-05-04", None),
        ('<meta name="DC.date.modified" content="2020-05-06T09:12:00">', None, "2020-05-06"),
        ('<meta name="dc.date" content="2019-02-01">', "2019-02-01", None),
        ('<meta name="date" content="2023-06-08">', "2023-06-08", None),
        ('<meta name="pubdate" content="20210302">', "2021-03-02", None),
        ('<meta property="og:updated_time" content="2024-11-20T18:40:00+01:00">', None, "2024-11-20"),
        ('<meta itemprop="datePublished" content="2018-06-14">', "2018-06-14", None),
        ('<meta name="date" content="2023-06-08"><meta property="article:published_time" content="2023-06-07">', "2023-06-07", None),  # noqa: E501
        ('<meta name="date" content="inte ett datum">', None, None),
    ],
)
def test_meta_dates(head: str, published: str | None, updated: str | None) -> None:
    assert meta_dates(read_meta(_soup(head))) == (published, updated)


@pytest.mark.parametrize(
    ("script", "published", "updated"),
    [
        ('{"@type": "NewsArticle", "datePublished": "2024-09-12T08:00:00+02:00", "dateModified": "2024-09-13"}', "2024-09-12", "2024-09-13"),  # noqa: E501
        ('{"@graph": [{"@type": "WebPage", "datePublished": "2024-01-01"}, {"@type": "Article", "datePublished": "2024-09-12"}]}', "2024-09-12", None),  # noqa: E501
        ('[{"@type": "BreadcrumbList"}, {"@type": ["NewsArticle"], "datePublished": "2024-11-20T11:02:00+01:00"}]', "2024-11-20", None),  # noqa: E501
        ('{"@type": "WebPage", "datePublished": "2024-01-01", "dateModified": "2024-02-01"}', "2024-01-01", "2024-02-01"),  # noqa: E501
        ('{"@type": "NewsArticle", "datePublished": ["2022-05-18"]}', "2022-05-18", None),
        ('<!-- {"@type": "Article", "datePublished": "2021-03-02"} -->', "2021-03-02", None),
        ('{"@type": "Article", "datePublished": ', None, None),
        ('{"@type": "Article", "headline": "Utan datum"}', None, None),
    ],
)
def test_jsonld_dates(script: str, published: str | None, updated: str | None) -> None:
    assert jsonld_dates([script]) == (published, updated)


@pytest.mark.parametrize(
    ("markup", "published", "updated"),
    [
        ('<time datetime="2022-05-18T08:30">18 maj</time>', "2022-05-18", None),
        ('Publicerad: <time datetime="2022-05-18">18 maj 2022</time> Uppdaterad: <time datetime="2022-05-19">19 maj 2022</time>', "2022-05-18", "2022-05-19"),  # noqa: E501
        ('<time class="updated" datetime="2022-05-19">y</time>', None, "2022-05-19"),
        ('<span itemprop="dateModified"><time datetime="2022-05-19">y</time></span>', None, "2022-05-19"),
        ("<time>18 maj 2022</time>", "2022-05-18", None),
        ('<p class="dates">Publicerad: 14 juni 2018 Uppdaterad:</p>', "2018-06-14", None),
        ("<div>Publicerat den 3 mars 2024</div>", "2024-03-03", None),
        ("<em>Uppdaterad 2023-01-09</em>", None, "2023-01-09"),
        # an element classed as the date, with nothing but the date in it
        ('<div class="news-date">26 januari 2023</div>', "2023-01-26", None),
        ('<p class="date-note">Starten flyttas till den 26 januari 2023 enligt beslutet.</p>', None, None),
        # a date kept in an attribute: the microformats' abbr (SPIP), a tooltip on a relative time (Lemmy)
        ('<abbr class="published" title="2019-04-02T10:00:00Z">2 april 2019</abbr>', "2019-04-02", None),
        ('<span data-tippy-content="2020-10-05 08:15">2 dagar sedan</span>', "2020-10-05", None),
        ('<span title="2020-10-05">Kommentera</span>', None, None),
        # a day-first date classed as a timestamp (b2evolution) or as the date in a heading (FlatPress)
        ('<div>Av <span class="timestamp">05/10/2020</span></div>', "2020-10-05", None),
        ('<h2 class="date">måndag, 5 oktober 2020</h2>', "2020-10-05", None),
        # bylines that date the post: Backdrop, Moodle, WonderCMS
        ("<p>Inskickad av anna den ons, 2019-04-03 14:20</p>", "2019-04-03", None),
        ("<div>av Per Holm - onsdag, 3 april 2019, 09:05</div>", "2019-04-03", None),
        # Drupal 7's "Submitted by !username on !datetime" in Swedish; the RDFa span's moment beats a month-first date
        ("<div>Skickades in av Kansliet den tors, 2016-09-29 10:12</div>", "2016-09-29", None),
        ('<div>Skickades in av Kansliet den <span property="dc:date dc:created" content="2016-09-29T10:12:00+02:00">'
         "tors, 09/29/2016 - 10:12</span></div>", "2016-09-29", None),
        ("<div>Submitted by Kansliet on Thu, 2016-09-29 10:12</div>", "2016-09-29", None),
        ("<p>Ansökan skickades in av föreningen den 29 september 2016 till regionen.</p>", None, None),
        ("<p><em>Sjukhusföreningen, 3 april 2019</em></p>", "2019-04-03", None),
        # the name in an element of its own before the comma: no space before the comma once the text is joined
        ('<p>Av <a href="/author/styrelsen/">Styrelsen</a>, 14 mars 2019</p>', "2019-03-14", None),
        ('<p><em><span class="fn">Sjukhusföreningen</span>, 3 april 2019</em></p>', "2019-04-03", None),
        ("<p>Mötet bjöd in av styrelsen den 3 april 2019 till alla.</p>", None, None),
        # the English byline, its verb and "on" before the date (Hux Blog's "span.meta")
        ('<span class="meta">Posted by Styrelsen on May 16, 2018</span>', "2018-05-16", None),
        ("<p>Written by Anna Berg on Wednesday, 16 May 2018</p>", "2018-05-16", None),
        ("<p>The letter was posted by the board on May 16, 2018 to every member of the club.</p>", None, None),
        # Pelican's Graymill: "By:" and "On:" labels, the site's locale date, the category after it
        ('<div><b>By: </b><a href="/author/kansliet.html">Kansliet</a><b> On: </b>ons 19 oktober 2016<br>'
         '<b>In: </b><a href="/category/nyheter.html">Nyheter</a></div>', "2016-10-19", None),
        ("<div><b>By: </b>Anna Berg<b> On: </b>Wed 19 October 2016</div>", "2016-10-19", None),
        # an English label before the date, a reading time beside it (Zola's after-dark "span.muted")
        ('<span class="muted"><span>3 minute read</span> Published: 2025-12-10</span>', "2025-12-10", None),
        ("<p>Published: 2025-12-10</p>", "2025-12-10", None),
        # the date line's clock time after a bar and "at", the label and "at" for screen readers (AstroPaper)
        ('<div><span class="sr-only">Posted on:</span> <span>8 Oct 2022<span aria-hidden="true"> | </span>'
         '<span class="sr-only">&nbsp;at&nbsp;</span>10:12</span></div>', "2022-10-08", None),
        ('<div><span class="sr-only">Posted on:</span> <span>Oct 8, 2022 | at 10:12 AM</span></div>', "2022-10-08", None),
        ("<p>Posted on: 8 Oct 2022 | at 10:12</p>", "2022-10-08", None),  # the label shown
    ],
)
def test_dates_in_the_article(markup: str, published: str | None, updated: str | None) -> None:
    doc = clean_page(_clean("<title>T</title>", f"<article><h1>T</h1>{markup}{BODY}</article>"))
    assert (doc.published, doc.updated) == (published, updated)
    assert "Publicera" not in doc.text and "Uppdaterad" not in doc.text


def test_meta_beats_visible_text_and_profile_beats_meta() -> None:
    head = '<meta name="DC.date.issued" content="2021-01-01">'
    body = f'<article><p>Publicerad: 2 februari 2021</p><time class="published" datetime="2021-03-03">x</time>{BODY}</article>'  # noqa: E501
    assert clean_page(_clean(head, body)).published == "2021-01-01"
    assert clean_page(_clean(head, body), builtin_profile("vgregion")).published == "2021-03-03"


def test_a_date_element_outside_the_article_dates_the_page() -> None:
    body = f'<div class="hero"><div class="news-date">26 januari 2023</div><h1>T</h1></div><article>{BODY}</article>'
    assert clean_page(_clean("<title>T</title>", body)).published == "2023-01-26"


def test_dates_of_other_news_are_not_taken() -> None:
    body = f'<article>{BODY}</article><section class="latest-news"><time datetime="2020-01-01">x</time></section>'  # noqa: E501
    doc = clean_page(_clean("<title>T</title>", body))
    assert (doc.published, doc.updated) == (None, None)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<link rel="canonical" href="/nyheter/b/">', "https://example.se/nyheter/b/"),
        ('<link rel="Canonical" href="https://www.example.se/b">', "https://www.example.se/b"),
        ('<meta property="og:url" content="https://example.se/og">', "https://example.se/og"),
        ('<link rel="canonical" href="/c"><meta property="og:url" content="https://example.se/og">', "https://example.se/c"),  # noqa: E501
        ('<link rel="canonical" href="javascript:void(0)">', None),
        ("", None),
    ],
)
def test_canonical_url(head: str, expected: str | None) -> None:
    soup = _soup(head)
    assert canonical_url(soup, read_meta(soup), "https://example.se/nyheter/a") == expected
    doc = clean_page(_clean(head))
    assert doc.url == (expected or "https://example.se/nyheter/a")


@pytest.mark.parametrize(
    ("html_attrs", "head", "body", "expected"),
    [
        ('lang="sv"', "", BODY, "sv"),
        ('lang="sv-SE"', "", BODY, "sv"),
        ('lang="en-GB"', "", BODY, "en"),
        ('xml:lang="sv"', "", BODY, "sv"),
        ("", '<meta http-equiv="content-language" content="sv">', BODY, "sv"),
        ("", '<meta property="og:locale" content="sv_SE">', BODY, "sv"),
        ("", "", "<p>Det är klart att regionen och kommunerna har ett gemensamt ansvar för att det nya systemet fungerar.</p>", "sv"),  # noqa: E501
        ("", "", "<p>The region says that the rollout of the new system is paused for now, and it is not clear when it will be resumed.</p>", "en"),  # noqa: E501
        ("", "", "<p>Millennium 2024</p>", None),
        # a theme's fixed lang="en" over Swedish prose (Zola's after-dark): the text decides
        ('lang="en"', "", SWEDISH, "sv"),
        ('lang="en-US"', "", SWEDISH, "sv"),
        ('lang="en"', "", ENGLISH, "en"),
        ('lang="en"', "", "<p>Millennium i Skövde 2024</p>", "en"),  # too short to tell: the declaration stands
        ('lang="en"', "", BODY, "en"),  # a sentence or two is no clear contradiction
        ('lang="de"', "", SWEDISH, "de"),  # only the theme's default English is overruled
        ('lang="sv"', "", ENGLISH, "sv"),
    ],
)
def test_language(html_attrs: str, head: str, body: str, expected: str | None) -> None:
    soup = _soup(head, body, html_attrs)
    assert page_language(soup, read_meta(soup), soup.get_text(" ")) == expected
