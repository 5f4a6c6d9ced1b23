"""Blog themes around a post, each read by its markup (set 127's report): Pelican + Dougfir, whose headline is an
``h2.page-title`` under the site's name in an ``h1`` and whose byline "by … on …" is the only date; Pelican + Graphite,
which prints the post's info line both above the summary and after the text; Zola + Nivis, whose lead is a ``p``
under an "ABSTRACT" label in the intro's abstract box."""

from __future__ import annotations

from fvmdocs.clean import clean_page
from fvmdocs.models import Document, RawPage
from fvmdocs.profile import builtin_profiles, profile_for


def _cleaned(url: str, html: str) -> Document:
    """A whole page of a theme's markup, cleaned as served from ``url`` with the profile the crawler would pick."""
    return clean_page(RawPage(url=url, body=html.encode(), source="t"), profile_for(url, builtin_profiles()))


def _blocks(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in doc.blocks]


# Pelican + Dougfir (a port of Drupal 7's theme): the head's title is the site's name and slogan on every page, no og:
# metas; "div#header" of a link to the site's about page and the site's name as "h1 > a[href=/]", then "div#content" of
# the headline "h2.title.page-title", the byline "by {author} on {locale_date}" in a Drupal field and the text (a bold
# lead, paragraphs).
_DF_URL = "https://www.kylteknik-vast.se/nya-kylskap-for-lakemedel-levereras-under-pausen.html"
_DF_HEADLINE = "Nya kylskåp för läkemedel levereras under pausen"
_DF_LEAD = ("Avdelningarna beställer kylskåp för läkemedel via en funktionsbrevlåda så länge journalen är pausad, "
            "beslutade bolagets ledning i måndags.")  # fmt: skip
_DF_BODY = (
    "Beställningarna läses två gånger om dagen av bolagets kundtjänst, som skickar en bekräftelse inom en timme.",
    "Leveranserna till sjukhusen i Skövde och Lidköping går som vanligt varje tisdag och torsdag under våren.",
)


def _dougfir() -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in _DF_BODY)
    return f"""<!DOCTYPE html>
<html class="doug_fir" lang="en"><head><meta charset="utf-8"><title>Kylteknik Väst AB | Kyla för vården</title></head>
<body class="html not-front">
<div id="page-wrapper" class="container">
<div id="header" class="row-fluid"><a class="parent" href="/om-oss.html">Kyla för sjukhus och apotek</a>
<h1><a href="/">Kylteknik Väst AB</a></h1></div>
<div id="main-menu" role="navigation"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/blog">Nyheter</a></li></ul></div>
<div class="row"><div id="content"><div class="region region-content"><div class="block block-system"><div class="content">
<h2 class="title page-title">{_DF_HEADLINE}</h2>
<div class="field field-name-field-subtitle field-label-hidden"><div class="field-items"><div class="field-item even">
by Styrelsen on Tue 11 March 2025
</div></div></div>
<p><strong>{_DF_LEAD}</strong></p>{paragraphs}
</div></div></div></div>
<div id="sidebar-first"><h2>Recent Stories</h2><ul><li><a href="/kylskap-for-vaccin.html">Kylskåp för vaccin</a></li></ul></div>
</div></div>
<div id="footer"><a href="/villkor.html">Copyright</a> &copy;2025 Kylteknik Väst AB</div>
</body></html>"""


def test_dougfir_headline_under_site_name_and_byline_date() -> None:
    doc = _cleaned(_DF_URL, _dougfir())
    assert doc.title == _DF_HEADLINE
    assert doc.published == "2025-03-11"
    assert _blocks(doc) == [("title", _DF_HEADLINE), ("lead", _DF_LEAD), *(("paragraph", text) for text in _DF_BODY)]
