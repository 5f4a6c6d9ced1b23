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


# Pelican + Graphite: "article" of the headline "h1 > a[rel=bookmark]", then the info line "div.section-head.small" (the
# date in hAtom's "abbr.published", the author's hCard link, the category's link and the tags' links), the summary
# "div.article-summary > p", the text, and the same info line again as "div.section-foot.small" after it.
_GR_URL = "https://www.lotsforeningen-vast.se/2016/11/lotsarnas-horselskador-ska-foljas-i-journalen.html"
_GR_HEADLINE = "Lotsarnas hörselskador ska följas i den nya journalen"
_GR_LEAD = "Hörselskador hos lotsar ska kunna följas i regionens nya journal, beslutade föreningens styrelse i tisdags."
_GR_BODY = (
    "Under året har fjorton av föreningens medlemmar sökt vård för nedsatt hörsel efter arbete i maskinrum.",
    "Kravet lämnas till regionens programkontor nästa vecka, och styrelsen följer upp det i januari.",
)
_GR_INFO = """<abbr class="published" title="2016-11-08T10:20:00+01:00">Tue 08 November 2016</abbr>
by <a class="url fn" href="/author/styrelsen.html">Styrelsen</a> in <a href="/category/nyheter.html">Nyheter</a>
Tags: <a href="/tag/horsel.html">hörsel</a>, <a href="/tag/journal.html">journal</a>."""


def _graphite() -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in _GR_BODY)
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{_GR_HEADLINE} - Lotsföreningen Väst</title></head>
<body><header class="site-header"><a href="/">Lotsföreningen Väst</a></header>
<div class="container"><article>
<h1><a href="{_GR_URL}" rel="bookmark" title="Permalink to {_GR_HEADLINE}">{_GR_HEADLINE}</a></h1>
<div class="section-head small">{_GR_INFO}</div>
<div class="article-summary"><p>{_GR_LEAD}</p></div>
{paragraphs}
<div class="section-foot small">{_GR_INFO}</div>
</article></div>
<footer>Powered by <a href="https://getpelican.com">Pelican</a></footer>
</body></html>"""


def test_graphite_info_line_above_and_under_the_post_is_no_text() -> None:
    doc = _cleaned(_GR_URL, _graphite())
    assert doc.published == "2016-11-08"
    assert _blocks(doc) == [("title", _GR_HEADLINE), ("lead", _GR_LEAD), *(("paragraph", text) for text in _GR_BODY)]


def test_a_dated_sentence_with_a_category_link_stays() -> None:
    sentence = ('Styrelsen samlas <time datetime="2016-11-22">22 november 2016</time> för att tala om '
                '<a href="/category/nyheter.html">Nyheter</a> och journalen.')  # fmt: skip
    doc = _cleaned(_GR_URL, _graphite().replace(f"<p>{_GR_BODY[1]}</p>", f"<p>{sentence}</p>"))
    assert ("paragraph", "Styrelsen samlas 22 november 2016 för att tala om Nyheter och journalen.") in _blocks(doc)


# Zola + Nivis: "article.content-article > main.article-content" of "div.article-intro-container": "div.intro-header" of the
# headline "h1.heading" and the meta line (the date, the tags' links), then "div.intro-body" of "div.intro-abstract" (the
# label "div.abstract-title" and the lead "p.description") and the table of contents "details.intro-toc"; the text after it.
_NV_URL = "https://www.boraskonstakning.se/posts/skridskoskadorna-far-en-egen-kod/"
_NV_HEADLINE = "Skridskoskadorna får en egen kod i journalen"
_NV_LEAD = ("Sedan i måndags registrerar akutmottagningen skador efter konståkning med en egen kod. Klubben hade bett om "
            "koden i ett brev i augusti.")  # fmt: skip
_NV_BODY = (
    "Under förra säsongen sökte elva av klubbens åkare vård för skador på handleder och knän efter fall på isen.",
    "Klubbens tränare går igenom de nya rutinerna med åkarna vid träningen på torsdag kväll i Boråshallen.",
)


def _nivis(label: str) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in _NV_BODY)
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{_NV_HEADLINE} | Borås Konståkning</title>
<meta name="description" content="{_NV_LEAD}"></head>
<body><header class="header"><a class="site-name" href="/">Borås Konståkning</a><nav><a href="/posts/">Nyheter</a></nav></header>
<div class="content"><article class="content-article"><main class="article-content">
<div class="article-intro-container">
<div class="intro-header"><h1 class="heading">{_NV_HEADLINE}</h1>
<div class="meta-line"><span class="date">Sep. 15, 2025</span> <span class="separator">/</span>
<span class="tags"><a href="/tags/sakerhet/">#säkerhet</a></span></div></div>
<div class="intro-body"><div class="intro-abstract">{label}<p class="description">{_NV_LEAD}</p></div>
<details class="intro-toc"><summary class="toc-title">CONTENTS</summary><div class="toc-wrapper"><ul class="toc-list">
<li class="toc-root"><a href="#" class="active-toc">{_NV_HEADLINE}</a></li></ul></div></details></div>
</div>
<div class="article-body">{paragraphs}</div>
</main></article></div>
<footer class="footer">© 2025 Borås Konståkning · Powered by Zola</footer>
</body></html>"""


def test_nivis_abstract_label_is_no_part_of_the_lead() -> None:
    doc = _cleaned(_NV_URL, _nivis('<div class="abstract-title">ABSTRACT</div>'))
    assert _blocks(doc) == [("title", _NV_HEADLINE), ("lead", _NV_LEAD), *(("paragraph", text) for text in _NV_BODY)]


def test_a_sentence_over_the_lead_in_its_box_stays() -> None:
    doc = _cleaned(_NV_URL, _nivis("<div>Klubben skriver.</div>"))
    assert _blocks(doc)[1] == ("lead", f"Klubben skriver. {_NV_LEAD}")
