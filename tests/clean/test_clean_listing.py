"""Listing pages (teasers linking to articles) are told from articles."""

import pytest

from fvmdocs.clean import clean_page
from fvmdocs.models import RawPage
from fvmdocs.profile import builtin_profile

TEASER = '<li><h2><a href="/nyheter/{n}/">Rubrik nummer {n} om införandet</a></h2><p>Kort ingress {n}.</p></li>'
LISTING = "<html><body><main><h1>Nyheter</h1><ul>{items}</ul></main></body></html>"
ARTICLE = (
    "<html><body><main><article><h1>Införandet pausas</h1><h2>Bakgrund</h2>"
    "<p>Regionen pausar införandet efter problem i journalsystemet under helgen.</p>"
    '<h2>Mer om <a href="/millennium/">Millennium</a></h2><p>Arbetet fortsätter i vår.</p>'
    "</article></main></body></html>"
)


def _kind(html: str, profile_name: str | None = None) -> str:
    raw = RawPage(url="https://www.example.se/nyheter/", body=html.encode(), source="x")
    profile = builtin_profile(profile_name) if profile_name else None
    return clean_page(raw, profile).kind


@pytest.mark.parametrize(("teasers", "kind"), [(2, "article"), (3, "listing"), (8, "listing")])
def test_generic_listing_detection(teasers: int, kind: str) -> None:
    items = "".join(TEASER.format(n=n) for n in range(teasers))
    assert _kind(LISTING.format(items=items)) == kind


def test_article_with_a_linked_heading_stays_an_article() -> None:
    assert _kind(ARTICLE) == "article"


def test_profile_listing_selector() -> None:
    html = '<html><body><main><section class="news-listing"><h1>Nyheter</h1><p>En enda nyhet just nu om planen.</p></section></main></body></html>'
    assert _kind(html, "vgregion") == "listing"
    assert _kind(html) == "article"
