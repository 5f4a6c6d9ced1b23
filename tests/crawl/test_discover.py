"""Links, pagination and sitemaps found in pages the crawler fetched."""

from __future__ import annotations

import gzip

from fvmdocs.crawl.discover import (
    PAGE,
    PAGINATION,
    RESOURCE,
    page_links,
    resource_type,
    sitemap_entries,
)

BASE = "https://www.vgregion.se/ov/vgr-millennium/nyheter/"

LISTING = """<html><head><link rel="next" href="?sida=2"><link rel="stylesheet" href="/s.css"></head>
<body><ul>
<li><a href="ny-tidplan/">Ny tidplan</a> <a href="ny-tidplan/?utm_source=x#kommentarer">igen</a></li>
<li><a href="/ov/vgr-millennium/nyheter/ny-tidplan/?fbclid=1">och igen</a></li>
<li><a href="https://www.vgregion.se/contentassets/rapport.PDF">Rapport</a></li>
<li><a href="mailto:fvm@vgregion.se">Mejla</a> <a href="javascript:print()">Skriv ut</a> <a>Ingen länk</a></li>
</ul><nav class="pagination"><a href="?sida=3">3</a></nav></body></html>"""


def test_links_are_canonical_unique_and_typed() -> None:
    links = page_links(LISTING.encode(), BASE, pagination=(".pagination a",))
    assert [(link.url.removeprefix(BASE), link.kind) for link in links] == [
        ("?sida=2", PAGINATION),
        ("ny-tidplan/", PAGE),
        ("https://www.vgregion.se/contentassets/rapport.PDF", RESOURCE),
        ("?sida=3", PAGINATION),
    ]
    assert links[2].content_type == "application/pdf"


def test_base_href_and_charset() -> None:
    html = '<base href="https://www.vgregion.se/aktuellt/"><a href="sjukhus-i-göteborg/">Göteborg</a>'
    (link,) = page_links(html.encode("cp1252"), BASE, charset="cp1252")
    assert link.url == "https://www.vgregion.se/aktuellt/sjukhus-i-g%C3%B6teborg/"


def test_resource_type() -> None:
    assert resource_type("https://vgr.se/bild.JPG") == "image/jpeg"
    assert resource_type("https://vgr.se/nyheter/2024.11/") is None
    assert resource_type("https://vgr.se/nyheter/") is None


URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc> https://www.vgregion.se/ov/a/ </loc><lastmod>2024-11-20</lastmod></url>
<url><loc>https://www.vgregion.se/ov/a/?utm_source=sitemap</loc></url>
<url><loc>https://www.vgregion.se/ov/b/</loc></url></urlset>"""

INDEX = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://www.vgregion.se/sitemap-1.xml</loc></sitemap></sitemapindex>"""


def test_sitemap_and_index() -> None:
    assert sitemap_entries(URLSET) == (["https://www.vgregion.se/ov/a/", "https://www.vgregion.se/ov/b/"], [])
    assert sitemap_entries(INDEX) == ([], ["https://www.vgregion.se/sitemap-1.xml"])
    assert sitemap_entries(gzip.compress(URLSET))[0][1] == "https://www.vgregion.se/ov/b/"


def test_broken_sitemaps_give_nothing() -> None:
    assert sitemap_entries(b"") == ([], [])
    assert sitemap_entries(b"<html><body>Inte en sitemap</body></html>") == ([], [])
    assert sitemap_entries(b"\x1f\x8b trasig gzip") == ([], [])
    entity = b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><urlset><url><loc>&e;</loc></url></urlset>'
    assert sitemap_entries(entity) == ([], [])
