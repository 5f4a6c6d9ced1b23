"""Blog themes around a post, each read by its markup (set 125's report): Hexo + JSimple, whose layout hard-codes its
author's ``lang="zh-CN"`` on a Swedish site; Hugo + Harbor, whose only date is the text of the header's meta line beside
the minutes it takes to read; Jekyll + Jalpc, whose post footer of labelled tags, counts and comments shares the text's
box; Zola + Halve-Z, which prints the page's description as a second ``h1`` over the reading time and the bold lead;
Pelican + Graymill, whose og:title puts the site's name before a tilde and whose only date is its byline's text."""

from __future__ import annotations

import pytest

from fvmdocs.clean import clean_page
from fvmdocs.models import Document, RawPage
from fvmdocs.profile import builtin_profiles, profile_for


def _cleaned(url: str, html: str) -> Document:
    """A whole page of a theme's markup, cleaned as served from ``url`` with the profile the crawler would pick."""
    return clean_page(RawPage(url=url, body=html.encode(), source="t"), profile_for(url, builtin_profiles()))


def _blocks(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in doc.blocks]


# Hexo + JSimple: "html.no-js[lang=zh-CN]" whatever the site's language, the site's name a link in "header", the
# headline "h2.post-title" in "article.post" (no h1), an author box of the author's link and the date as a bare "span",
# then "div.post-content" (the bold lead, paragraphs) and the theme's English "Donate" and tags under it.
_JS_URL = "https://www.murarnas-klubb.se/2018/05/22/handbesvaren-hos-murare-ska-med-i-journalen/"
_JS_HEADLINE = "Handbesvären hos murare ska med i den nya journalen"
_JS_LEAD = ("Handbesvär hos murare ska kunna följas i den journal som regionen ska köpa in. Klubbens styrelse ställde "
            "sig i torsdags bakom kravet.")  # fmt: skip
_JS_BODY = (
    "Under våren har tolv av klubbens medlemmar sökt vård för besvär i händerna och handlederna efter långa pass.",
    "Kravet har skrivits av klubbens skyddsombud, som har följt fyra murare på deras arbetsplatser under en vecka.",
    "Styrelsen lämnar över kravet till regionens programkontor vid ett möte i början av juni, och det är klart då.",
)


def _jsimple(lang: str = "zh-CN", body: tuple[str, ...] = _JS_BODY) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in body)
    return f"""<!DOCTYPE html>
<html class="no-js" lang="{lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_JS_HEADLINE} | Murarnas klubb</title><link rel="stylesheet" href="/css/style.css"></head>
<body>
<header class="header"><a class="logo" href="/">Murarnas klubb</a>
<nav class="nav"><a href="/">Hem</a> <a href="/archives/">Arkiv</a> <a href="/about/">Om klubben</a></nav></header>
<main class="main">
<article class="post">
<h2 class="post-title">{_JS_HEADLINE}</h2>
<div class="post-author"><a href="/about/">Styrelsen</a> <span>2018-05-22</span></div>
<div class="post-content"><p><strong>{_JS_LEAD}</strong></p>{paragraphs}</div>
<div class="post-donate"><a href="/donate/">Donate</a></div>
<div class="post-tags">Tags: <a href="/tags/journal/">journal</a></div>
</article>
</main>
<footer class="footer">© 2018 Murarnas klubb</footer>
</body></html>"""


def test_jsimple_hard_coded_chinese_gives_way_to_swedish_text() -> None:
    doc = _cleaned(_JS_URL, _jsimple())
    assert doc.language == "sv"
    assert doc.title == _JS_HEADLINE
    assert doc.published == "2018-05-22"
    assert _blocks(doc) == [("title", _JS_HEADLINE), ("lead", _JS_LEAD), *(("paragraph", text) for text in _JS_BODY)]


@pytest.mark.parametrize(
    ("lang", "body", "language"),
    [
        ("zh-CN", ("一个简单的博客主题。",), "zh"),  # too few words to overrule the declaration
        ("de", _JS_BODY, "de"),  # a language no theme hard-codes: the site chose it
        ("nb", _JS_BODY, "nb"),  # a neighbour's language shares Swedish function words
    ],
)
def test_jsimple_declaration_stands_where_text_cannot_overrule_it(lang: str, body: tuple[str, ...], language: str) -> None:
    assert _cleaned(_JS_URL, _jsimple(lang, body)).language == language


# Hugo + Harbor: the navbar, then "header > div.intro-header > div.container > div.posts-heading" of the headline "h1"
# and "span.meta-post" (a calendar icon and the date in the theme's "Jan 2, 2006", a clock icon and the minutes), no
# time element and no date meta; "article" of the bold lead and paragraphs under it, the tags and the footer after.
_HB_URL = "https://www.travkuskarna.se/post/handledsbrotten-hos-travkuskar-far-en-egen-kod/"
_HB_HEADLINE = "Handledsbrotten hos travkuskar får en egen kod"
_HB_LEAD = "Handledsbrott hos travkuskar ska kodas på samma sätt på alla sjukhus i regionen, beslutade styrelsen i veckan."
_HB_P1 = "Sedan i våras har sju av klubbens kuskar brutit handleden vid fall från sulkyn under träning."


def _harbor(meta_line: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="generator" content="Hugo 0.120.4">
<title>{_HB_HEADLINE} - Travkuskarnas klubb</title></head>
<body>
<nav class="navbar"><a class="navbar-brand" href="/"><img src="/logo.png" alt="Travkuskarnas klubb"></a>
<ul class="nav"><li><a href="/">Hem</a></li><li><a href="/post/">Nyheter</a></li></ul></nav>
<header><div class="intro-header"><div class="container"><div class="posts-heading">
<h1>{_HB_HEADLINE}</h1>
<span class="meta-post">{meta_line}</span>
</div></div></div></header>
<div class="container"><article role="main" class="blog-post">
<p><strong>{_HB_LEAD}</strong></p><p>{_HB_P1}</p>
</article>
<div class="blog-tags"><a href="/tags/kodning/">kodning</a></div></div>
<footer><p>Powered by Hugo · Theme Harbor</p></footer>
</body></html>"""


@pytest.mark.parametrize(
    ("meta_line", "published"),
    [
        ('<i class="fas fa-calendar"></i>&nbsp;Mar 7, 2024 &nbsp;|&nbsp;<i class="fas fa-clock"></i>&nbsp;3&nbsp;minutes', "2024-03-07"),
        ('<i class="fas fa-calendar"></i>&nbsp;7 mars 2024 &nbsp;|&nbsp;<i class="fas fa-clock"></i>&nbsp;3&nbsp;minuter', "2024-03-07"),
        ('<i class="fas fa-calendar"></i>&nbsp;Mar 7, 2024', "2024-03-07"),
        # the minutes with no sign before them are no reading time beside the date
        ("Mar 7, 2024 kl 18 i 3 minuter", None),
    ],
)
def test_harbor_date_beside_the_minutes_in_the_header_dates_the_post(meta_line: str, published: str | None) -> None:
    doc = _cleaned(_HB_URL, _harbor(meta_line))
    assert doc.published == published
    assert doc.title == _HB_HEADLINE
    assert _blocks(doc) == [("title", _HB_HEADLINE), ("lead", _HB_LEAD), ("paragraph", _HB_P1)]


# Jekyll + Jalpc: "div.ibox-content" of the tag button, the date and the headline "h1" in "div.article-title", the bold
# lead and paragraphs, then after an "hr" the theme's post footer in the same box: a Bootstrap row of an "h5" "Tags:"
# over tag buttons and an "h5" "Stats:" over the comment count (a script fills its span) and the views loose beside it,
# then a row of an "h2" "Comments:" over the comment thread.
_JP_URL = "https://www.brevbararna.se/nyheter/2019/04/02/axelbesvaren-hos-brevbarare-ska-med-i-journalen.html"
_JP_HEADLINE = "Axelbesvären hos brevbärare ska med i journalen"
_JP_LEAD = "Axelbesvär hos brevbärare ska kunna följas i regionens nya journal, beslutade föreningens styrelse i tisdags."
_JP_P1 = "Under vintern har nio av föreningens brevbärare sökt vård för besvär i axlarna efter långa turer med tunga väskor."


def _jalpc(stats: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Brevbärarnas förening|{_JP_HEADLINE}</title></head>
<body>
<div class="navbar-wrapper"><nav class="navbar"><a class="navbar-brand" href="/">Brevbärarnas förening</a>
<ul class="nav"><li><a href="/nyheter/">Nyheter</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav></div>
<div class="wrapper wrapper-content article"><div class="row"><div class="col-lg-10"><div class="ibox">
<div class="ibox-content">
<div class="pull-right"><button class="btn btn-white btn-xs" type="button">nyheter</button></div>
<div class="text-center article-title"><span class="text-muted"><i class="fa fa-clock-o"></i> 2 Apr 2019</span>
<h1>{_JP_HEADLINE}</h1></div>
<p><strong>{_JP_LEAD}</strong></p><p>{_JP_P1}</p>
<hr>
<div class="row">
<div class="col-md-6"><h5>Tags:</h5>
<button class="btn btn-white btn-xs" type="button">axlar</button> <button class="btn btn-white btn-xs" type="button">journal</button></div>
<div class="col-md-6"><div class="small text-right"><h5>Stats:</h5>{stats}</div></div>
</div>
<div class="row"><div class="col-lg-12"><h2>Comments:</h2><div id="disqus_thread"></div></div></div>
</div></div></div></div></div>
</body></html>"""


_JP_COUNTS = '<div> <i class="fa fa-comments-o"> </i> <span class="cy_cmt_count"></span> comments</div> <i class="fa fa-eye"> </i> 27 views'


def test_jalpc_post_footer_of_tags_stats_and_comments_is_no_text() -> None:
    doc = _cleaned(_JP_URL, _jalpc(_JP_COUNTS))
    assert doc.title == _JP_HEADLINE
    assert doc.published == "2019-04-02"
    assert _blocks(doc) == [("title", _JP_HEADLINE), ("lead", _JP_LEAD), ("paragraph", _JP_P1)]


def test_running_text_loose_after_a_label_heading_stays() -> None:
    # a sentence loose in the box after the label is no count: the section ends before it
    loose = "Styrelsen vill gärna höra om fler brevbärare har haft besvär i axlarna under vintern och våren."
    doc = _cleaned(_JP_URL, _jalpc(f"{_JP_COUNTS}<br>{loose}"))
    assert _blocks(doc)[-1] == ("paragraph", loose)


# Zola + Halve-Z: "div.block-left" of the logo and "div.post-title-section" (the headline "h1.section-title" and the
# tags), "div.block-right" of the menu and "div.inner-post.content": the date, the page's description again as a second
# "h1", the reading time in "div.post-ext-info", then the bold lead and the paragraphs.
_HZ_URL = "https://www.kastklubben.se/posts/armbagarna-hos-spjutkastare-ska-foljas-i-journalen/"
_HZ_HEADLINE = "Armbågarna hos spjutkastare ska följas i journalen"
_HZ_SUBTITLE = "Nytt från kastgruppen"
_HZ_LEAD = "Armbågsskador hos spjutkastare ska kunna följas i regionens nya journal, beslutade kastgruppen i måndags."
_HZ_P1 = "Sedan 2020 har fem av klubbens spjutkastare skadat armbågen så svårt att de har behövt söka vård för det."


def _halve_z(description: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{_HZ_HEADLINE} • Kastklubben</title>
<meta name="description" content="{description}"><meta property="og:title" content="{_HZ_HEADLINE}">
<meta property="og:description" content="{description}"></head>
<body id="posts" class="inner-post-page">
<div class="block-left"><div class="content"><a href="/" class="logo"><img src="/logo.png" alt="logo"></a>
<div class="post-title-section"><h1 class="section-title">{_HZ_HEADLINE}</h1>
<ul class="tags"><li><a href="/tags/armbagar">armbågar</a></li></ul></div></div></div>
<div class="block-right">
<nav class="nav-bar"><ul class="nav-menu"><li><a href="/">Home</a></li><li><a href="/posts/">Nyheter</a></li></ul></nav>
<div class="inner-post content">
<div class="date-highlight">14 Mar 2022</div>
<h1>{_HZ_SUBTITLE}</h1>
<div class="post-ext-info"><p>3 minutes reading time</p></div>
<p><strong>{_HZ_LEAD}</strong></p><p>{_HZ_P1}</p>
</div>
<section class="footer-content"><footer><p>Powered by Zola &amp; Halve-Z</p></footer></section>
</div>
</body></html>"""


def test_halve_z_subtitle_and_reading_time_are_no_text_and_the_bold_paragraph_is_the_lead() -> None:
    doc = _cleaned(_HZ_URL, _halve_z(_HZ_SUBTITLE))
    assert doc.title == _HZ_HEADLINE
    assert doc.published == "2022-03-14"
    assert _blocks(doc) == [("title", _HZ_HEADLINE), ("lead", _HZ_LEAD), ("paragraph", _HZ_P1)]


def test_second_h1_of_other_words_than_the_description_stays() -> None:
    # a description of other words: the h1 is no repeated description, and heads what follows it
    doc = _cleaned(_HZ_URL, _halve_z("Kastklubbens nyheter om träning och tävlingar"))
    assert ("heading", _HZ_SUBTITLE) in _blocks(doc)
    assert ("paragraph", "3 minutes reading time") not in _blocks(doc)


# Pelican + Graymill: no h1; "div.navbar" of the site's name as an "h2" in a link home and its slogan, "sidebar", then
# "maincontent" of the headline "h2" (a permalink), the byline "div" of "By:", "On:" (the site's locale date as text)
# and "In:" labels over the tags, and the text's "div". og:title and twitter:title are "<site> ~ <headline>", the head's
# title the headline alone; no time element and no date meta.
_GM_URL = "https://www.sopkorarna.se/axelvarken-hos-sopkorare-ska-med-i-journalen.html"
_GM_SITE = "Sopkörarnas förening i Borås"
_GM_HEADLINE = "Axelvärken hos sopkörare ska med i journalen"
_GM_LEAD = "Axelvärk hos sopkörare ska kunna följas i regionens nya journal, beslutade föreningens styrelse i torsdags."
_GM_P1 = "Under hösten har elva av föreningens medlemmar sökt vård för värk i axlarna efter att ha lyft tunga kärl."


def _graymill(on: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{_GM_HEADLINE}</title>
<meta name="description" content="Föreningen för sopkörare i Borås">
<meta property="og:title" content="{_GM_SITE} ~ {_GM_HEADLINE}"><meta name="twitter:title" content="{_GM_SITE} ~ {_GM_HEADLINE}">
</head>
<body><div class="container">
<div class="navbar"><ul><div><li><a href="https://www.sopkorarna.se"><h2>{_GM_SITE}</h2></a></li>
<li><em><h5>Vi som tömmer kärlen sedan 1979</h5></em></li></div></ul></div>
<sidebar><ul class="static-item"><li><a href="/">Start</a></li><li><a href="/pages/kontakt.html">Kontakt</a></li></ul></sidebar>
<maincontent>
<h2><a href="{_GM_URL}" rel="bookmark" title="Permalink to {_GM_HEADLINE}">{_GM_HEADLINE}</a></h2>
<div><b>By: </b><a href="/author/styrelsen.html">Styrelsen</a><b>    On: </b>{on}<br>
<b>In: </b><a href="/category/arbetsmiljo.html">Arbetsmiljö</a><br>
<em><b>Tags: </b><span><a href="/tag/axlar.html">#axlar </a></span></em><hr></div>
<div><p><strong>{_GM_LEAD}</strong></p><p>{_GM_P1}</p></div>
</maincontent>
</div></body></html>"""


@pytest.mark.parametrize(("on", "published"), [("tor 9 november 2017", "2017-11-09"), ("Thu 09 November 2017", "2017-11-09")])
def test_graymill_headline_without_site_prefix_and_byline_date(on: str, published: str) -> None:
    doc = _cleaned(_GM_URL, _graymill(on))
    assert doc.title == _GM_HEADLINE
    assert doc.published == published
    assert _blocks(doc) == [("title", _GM_HEADLINE), ("lead", _GM_LEAD), ("paragraph", _GM_P1)]
