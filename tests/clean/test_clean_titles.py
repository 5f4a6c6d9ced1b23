"""Title rules: the headline and the heading of a post's title, the site's name cut off a title, the title's sources."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from fvmdocs.clean import clean_page
from fvmdocs.clean.titles import headline, headline_text, strip_title_suffix, title_heading
from fvmdocs.models import RawPage

BODY = "<p>Regionen har beslutat att införandet av Millennium ska fortsätta enligt den nya planen.</p>"


def _clean(head: str, body: str = BODY, url: str = "https://example.se/nyheter/a") -> RawPage:
    return RawPage(url=url, body=f"<html><head>{head}</head><body>{body}</body></html>".encode(), source="t")


@pytest.mark.parametrize(
    ("title", "suffixes", "names", "expected"),
    [
        ("Ny tidplan - Västra Götalandsregionen", (), ["Västra Götalandsregionen"], "Ny tidplan"),
        ("Ny tidplan | Västkom", (), ["Västkom"], "Ny tidplan"),
        ("Ny tidplan – Västkom", (), ["västkom"], "Ny tidplan"),
        ("Västkom | Ny tidplan", (), ["Västkom"], "Ny tidplan"),
        ("Ny tidplan | Nyheter | Vårdnytt IT", (), ["Vårdnytt IT"], "Ny tidplan | Nyheter"),
        ("Ny tidplan | vardnyttit.se", (), ["vardnyttit.se"], "Ny tidplan"),
        ("Cerner - en leverantör i kris - Vårdnytt IT", (), ["Vårdnytt IT"], "Cerner - en leverantör i kris"),  # noqa: E501
        ("FVM - Framtidens vårdinformationsmiljö", (), ["Västkom"], "FVM - Framtidens vårdinformationsmiljö"),  # noqa: E501
        ("Ny tidplan - VGR", (" - VGR",), [], "Ny tidplan"),
        ("Västkom", (), ["Västkom"], "Västkom"),
        # Kubrick's default head title, wp_title('&laquo;') and the blog's name after it
        ("Ny tidplan «  Västkom", (), ["Västkom"], "Ny tidplan"),
        ("Ny tidplan « Västkom", (), ["Västkom"], "Ny tidplan"),
        ("Västkom » Ny tidplan", (), ["Västkom"], "Ny tidplan"),
        ("«Vi väntar på Millennium» säger Västkom", (), ["Västkom"], "«Vi väntar på Millennium» säger Västkom"),  # quotes
        ("Ny tidplan « Nyheter", (), ["Västkom"], "Ny tidplan « Nyheter"),  # no known site name after it
        # Hugo's Relearn: two colons between the headline and the site's name, and in a headline of its own
        ("Ny tidplan :: Västkom", (), ["Västkom"], "Ny tidplan"),
        ("Tidplanen :: så går det till :: Västkom", (), ["Västkom"], "Tidplanen :: så går det till"),
        ("Tidplanen :: så går det till", (), ["Västkom"], "Tidplanen :: så går det till"),
        ("Kurs i C++::STL :: Västkom", (), ["Västkom"], "Kurs i C++::STL"),
        # Pelican's Graymill: the site's name before a tilde; an approximation's tilde has no space after it
        ("Västkom ~ Ny tidplan", (), ["Västkom"], "Ny tidplan"),
        ("Ny tidplan för ~300 kliniker | Västkom", (), ["Västkom"], "Ny tidplan för ~300 kliniker"),
    ],
)
def test_strip_title_suffix(title: str, suffixes: tuple[str, ...], names: list[str], expected: str) -> None:
    assert strip_title_suffix(title, suffixes, names) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta property="og:title" content="Millennium pausas"><title>Annat - Sajt</title>', "Millennium pausas"),  # noqa: E501
        ('<meta property="og:site_name" content="Vårdnytt IT"><title>Millennium pausas | Vårdnytt IT</title>', "Millennium pausas"),  # noqa: E501
        ("<title>Millennium pausas - example</title>", "Millennium pausas"),  # host name as site name
        # Quarto spells the site's name "og:site-name"
        ('<meta property="og:site-name" content="Forskargruppen Vård"><title>Forskargruppen Vård – Millennium pausas</title>', "Millennium pausas"),  # noqa: E501
    ],
)
def test_title_sources(head: str, expected: str) -> None:
    assert clean_page(_clean(head)).title == expected


def test_kubricks_head_title_loses_the_blogs_name_after_its_guillemet() -> None:
    # WordPress + Kubrick with no SEO plugin: "<title>Rubrik &laquo;  Blogg</title>", the blog's name the header's h1 (a
    # link home), the post's title a bare h2
    site = "Diabetesföreningen Mark"
    head = f"<title>Nya journalen och insulinpumparna &laquo;  {site}</title>"
    body = (f'<div id="header"><div id="headerimg"><h1><a href="https://example.se/">{site}</a></h1></div></div>'
            f'<div id="content"><div class="post" id="post-412"><h2>Nya journalen och insulinpumparna</h2>'
            f'<div class="entry">{BODY}</div></div></div>')  # fmt: skip
    doc = clean_page(_clean(head, body, "https://example.se/2016/11/08/nya-journalen/"))
    assert doc.title == "Nya journalen och insulinpumparna"
    assert [b.kind for b in doc.blocks] == ["title", "paragraph"]


def test_h1_wins_over_og_title_with_an_unknown_suffix() -> None:
    head = '<meta property="og:title" content="Millennium pausas - VGR">'
    doc = clean_page(_clean(head, f"<h1>Millennium pausas</h1>{BODY}"))
    assert doc.title == "Millennium pausas"
    assert [b.kind for b in doc.blocks] == ["title", "paragraph"]


@pytest.mark.parametrize("site", ["GF Volten Skövde - ", "Klubben | "])
def test_h1_wins_over_og_title_with_an_unknown_site_name_before_it(site: str) -> None:
    # Google Sites' <title> and og:title: "Site name - Headline", the h1 the headline alone
    headline = "Ryggskadorna hos gymnaster ska kunna följas i Millennium"
    head = f'<meta property="og:title" content="{site}{headline}"><title>{site}{headline}</title>'
    assert clean_page(_clean(head, f"<h1>{headline}</h1>{BODY}")).title == headline
    # a headline that only ends like the h1, with no separator before it, keeps its words
    head = f'<meta property="og:title" content="Nu: {headline}"><title>Nu: {headline}</title>'
    assert clean_page(_clean(head, f"<h1>{headline}</h1>{BODY}")).title == f"Nu: {headline}"


@pytest.mark.parametrize(
    ("h1", "expected"),
    [
        # Sphinx's permalink after the headline: the PyData theme's "#", the classic themes' "¶", MkDocs's
        ('<h1>Ny plan<a class="headerlink" href="#ny-plan" title="Link to this heading">#</a></h1>', "Ny plan"),
        ('<h1>Ny plan<a class="headerlink" href="#ny-plan" title="Permalink to this heading">¶</a></h1>', "Ny plan"),
        ('<h1>Ny plan <a href="#ny-plan" aria-label="Ankare">🔗</a></h1>', "Ny plan"),
        ('<h1>Ny plan <a href="#ny-plan" title="Permalänk"></a></h1>', "Ny plan"),  # an icon, gone by now
        ("<h1>Kurs i C#</h1>", "Kurs i C#"),  # the headline's own sign
        ('<h1>Kurs i <a href="#csharp">C#</a></h1>', "Kurs i C#"),  # a word linked to a place on the page
        ('<h1>Ny plan <a href="/planer/ny.html">#</a></h1>', "Ny plan #"),  # a link to another page
        ('<h1><a href="#ny-plan">#</a></h1>', "#"),  # the heading's whole text
    ],
)
def test_headline_text_leaves_the_permalink_out(h1: str, expected: str) -> None:
    heading = BeautifulSoup(h1, "lxml").h1
    assert heading is not None
    assert headline_text(heading) == expected
    assert heading.find("a") is not None or "<a" not in h1  # the page keeps its links for the first round


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('<h1>Ny plan</h1><div class="related"><h1>Relaterat</h1></div>', "Ny plan"),
        ('<div class="single"><h2 class="single__title">Ny plan</h2></div><aside class="related"><h1 class="related__title">'
         "Relaterat</h1></aside>", "Ny plan"),  # Zzo: the related posts' h1 heads no post
        ('<h2 class="post__title">Ny plan</h2><aside><h1>Arkiv</h1></aside>', "Ny plan"),
        ('<h2 class="card__title">Ny plan</h2><aside><h1>Arkiv</h1></aside>', "Arkiv"),  # no post's title: the h1 is all
        ('<h1 class="related__title">Relaterat</h1>', "Relaterat"),
    ],
)
def test_headline(body: str, expected: str) -> None:
    found = headline(BeautifulSoup(f"<html><body>{body}</body></html>", "lxml"))
    assert found is not None and found.get_text(" ", strip=True) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Astro Nano: no h1, the post's title a div in large, bold type, the site's name in the header's link home
        ('<header><a href="/"><div class="font-semibold">Klubben</div></a></header><main><div class="text-2xl '
         'font-semibold">Ny plan</div><article><p>Text om planen.</p></article></main>', "Ny plan"),
        ('<div class="md:text-xl">Ny plan</div>', "Ny plan"),
        # Astro Fuwari: the title div marked for Pagefind in the post's card, set "font-bold … text-3xl"
        ('<div id="post-container" class="card-base"><div class="relative"><div data-pagefind-body data-pagefind-meta='
         '"title" class="transition w-full block font-bold mb-3 text-3xl md:text-[2.25rem]/[2.75rem]">Ny plan</div></div>'
         '<div class="markdown-content"><p>Text om planen.</p></div></div>', "Ny plan"),
        ('<div class="text-sm">Ny plan</div>', None),  # no title's type
        ('<div class="text-2xl font-bold">Klubben</div>', None),  # the site's name, after the bar
        ('<div class="text-2xl font-bold"><span>Ny</span> plan</div>', None),  # no box of bare text
        ("<p>Styrelsen har i dag antagit en ny plan för hela föreningens verksamhet.</p>"
         '<div class="text-2xl font-bold">Ny plan</div>', None),  # prose before it: no title heading the post
    ],
)  # fmt: skip
def test_a_box_set_as_the_pages_title_is_its_headline(body: str, expected: str | None) -> None:
    soup = BeautifulSoup(f"<html><head><title>Ny plan | Klubben</title></head><body>{body}</body></html>", "lxml")
    found = headline(soup)
    assert (found.get_text(" ", strip=True) if found is not None else None) == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ('<header><a href="/"><div class="font-semibold">CK Lövvallen</div></a></header>', "Millennium pausas"),
        ('<div id="header"><a href="https://example.se/">CK Lövvallen</a></div>', "Millennium pausas"),
        # a link home in the menu, or outside the site's header, names no site
        ('<header><nav><a href="/">CK Lövvallen</a></nav></header>', "Millennium pausas | CK Lövvallen"),
        ('<main><a href="/">CK Lövvallen</a></main>', "Millennium pausas | CK Lövvallen"),
        ('<header><a href="/klubben">CK Lövvallen</a></header>', "Millennium pausas | CK Lövvallen"),
    ],
)
def test_the_site_name_of_the_headers_link_home_is_cut_off_the_title(header: str, expected: str) -> None:
    head = "<title>Millennium pausas | CK Lövvallen</title>"
    assert clean_page(_clean(head, f"{header}{BODY}")).title == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Hugo Stack: the site's name "h1.site-name" in the sidebar, the post's title "h2.article-title" in its header
        ('<aside><header><h1 class="site-name"><a href="/">Klubben</a></h1></header></aside><article><header>'
         '<h2 class="article-title"><a href="/p/ny-plan/">Ny plan</a></h2></header><p>Text om planen.</p></article>', "h2"),
        ('<div class="text-2xl font-bold">Ny plan</div><p>Text om planen.</p>', "div"),  # a title box
        ("<article><h1>Ny plan</h1><p>Text om planen.</p></article>", None),  # an h1 heads the post
        ('<aside><h1 class="site-name"><a href="/">Klubben</a></h1></aside><p>Text om planen.</p>', None),  # no title
    ],
)  # fmt: skip
def test_the_title_heading_of_a_page_without_a_headline_h1(body: str, expected: str | None) -> None:
    soup = BeautifulSoup(f"<html><head><title>Ny plan | Klubben</title></head><body>{body}</body></html>", "lxml")
    found = title_heading(soup.body) if soup.body is not None else None
    assert (found.name if found is not None else None) == expected
