"""Blog themes around a post, each read by its markup (set 124's report): WordPress + SemPress, whose menu carries an
assistive ``h1`` before the post's headline; Pelican + pelican-twitchy, whose headline ``h1`` holds the post's info in a
``small``; Hexo + Melody, whose headline is a ``div#post-title`` in the cover over the bold lead (no ``h1``); Eleventy +
ElevenTail, whose social card is the starter's fixed one of the site's name and root; WordPress + Argon, whose headline
is a bare ``a.post-title`` and whose banner over every page holds the site's subtitle."""

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


# WordPress + SemPress: "header#branding" holds "hgroup" (the site's name as "h1#site-title" with its link home, the
# tagline as "h2#site-description") and "nav#access[role=navigation]", which opens with the theme's assistive
# "h1.assistive-text.section-heading" ("Huvudmeny", its Swedish string) for screen readers, then the skip link and the
# menu; "main#content" holds "nav#nav-above" (an assistive h1 of its own and the previous post), then
# "article.h-entry" with "header.entry-header" (the headline "h1.entry-title.p-name" with its permalink, the date line
# "div.entry-meta") and "div.entry-content" (the bold lead, paragraphs, an h2); "footer.entry-meta" under it.
_SP_URL = "https://www.kranforarna-vast.se/2017/03/14/ryggbesvaren-hos-kranforare-ska-registreras-i-journalen/"
_SP_SITE = "Kranförarnas förening Väst"
_SP_HEADLINE = "Ryggbesvären hos kranförare ska registreras i den nya journalen"
_SP_LEAD = ("Ryggbesvär hos kranförare ska kunna följas i den journal som regionen ska upphandla. Föreningens "
            "styrelse ställde sig i fredags bakom kravet.")  # fmt: skip
_SP_P1 = "Under förra året sökte nitton av föreningens medlemmar vård för ryggbesvär efter långa pass i hytten."
_SP_H2 = "Kravet lämnas över i april"
_SP_P2 = "Styrelsen lämnar över kravet till regionens programkontor vid ett möte i början av april."
_SP_BLOCKS = [("title", _SP_HEADLINE), ("lead", _SP_LEAD), ("paragraph", _SP_P1), ("heading", _SP_H2), ("paragraph", _SP_P2)]
_SP_MENU_H1 = '<h1 class="assistive-text section-heading">Huvudmeny</h1>'
_SP_NAV_ABOVE = ('<nav id="nav-above"><h1 class="assistive-text section-heading">Inläggsnavigering</h1><div class="nav-previous">'
                 '<a href="/2017/02/02/arsmotet-2017/" rel="prev"><span class="meta-nav">&larr;</span> Årsmötet 2017</a>'
                 "</div></nav>")  # fmt: skip


def _sempress(menu_h1: str = _SP_MENU_H1, nav: str = "nav", nav_above: str = _SP_NAV_ABOVE) -> str:
    site = (f'<h1 id="site-title" itemprop="name"><a href="https://www.kranforarna-vast.se/" title="{_SP_SITE}" rel="home" '
            f'itemprop="url">{_SP_SITE}</a></h1>')  # fmt: skip
    headline = (f'<h1 class="entry-title p-name" itemprop="name headline"><a href="{_SP_URL}" class="u-url url" '
                f'title="Permalänk till {_SP_HEADLINE}" rel="bookmark" itemprop="url">{_SP_HEADLINE}</a></h1>')  # fmt: skip
    return f"""<!DOCTYPE html>
<!--[if IE 8]><html id="ie8" lang="sv-SE"><![endif]--><!--[if !(IE 6) | !(IE 7) | !(IE 8)  ]><!--><html lang="sv-SE"><!--<![endif]-->
<head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width" />
<title>{_SP_HEADLINE} | {_SP_SITE}</title>
<link rel="profile" href="http://microformats.org/profile/specs" /><link rel="canonical" href="{_SP_URL}" />
<meta name="generator" content="WordPress 4.7.3" /></head>
<body class="post-template-default single single-post postid-88 single-format-standard" itemscope itemtype="http://schema.org/WebPage">
<div id="page">
<header id="branding" role="banner"><hgroup>{site}
<h2 id="site-description" itemprop="description">Förening för kranförare i hamnarna på västkusten</h2></hgroup>
<{nav} id="access" role="navigation">{menu_h1}
<div class="skip-link screen-reader-text"><a href="#content" title="Hoppa till innehåll">Hoppa till innehåll</a></div>
<div class="menu-huvudmeny-container"><ul id="menu-huvudmeny" class="menu"><li class="menu-item"><a href="https://www.kranforarna-vast.se/">Start</a></li>
<li class="menu-item"><a href="/kategori/nyheter/">Nyheter</a></li><li class="menu-item"><a href="/kontakt/">Kontakt</a></li></ul></div>
</{nav}></header>
<div id="main"><section id="primary"><main id="content" role="main">{nav_above}
<article id="post-88" class="post-88 post type-post status-publish format-standard hentry category-nyheter h-entry h-as-article" itemprop="mainEntity" itemscope itemtype="http://schema.org/BlogPosting">
<header class="entry-header">{headline}
<div class="entry-meta"><span class="sep">Publicerad den </span><a href="{_SP_URL}" title="09:20" rel="bookmark" class="url u-url"><time class="entry-date updated published dt-updated dt-published" datetime="2017-03-14T09:20:11+00:00" itemprop="dateModified datePublished">14 mars 2017</time></a><address class="byline"> <span class="sep"> av </span> <span class="author p-author vcard hcard h-card"><a class="url uid u-url u-uid fn p-name" href="/author/kansliet/" rel="author">Kansliet</a></span></address></div>
</header>
<div class="entry-content e-content" itemprop="description articleBody">
<p><strong>{_SP_LEAD}</strong></p>
<p>{_SP_P1}</p>
<h2>{_SP_H2}</h2>
<p>{_SP_P2}</p>
</div>
<footer class="entry-meta">Publicerat i <a href="/kategori/nyheter/" rel="category tag">Nyheter</a> <span class="sep"> | </span><a href="{_SP_URL}#respond">Lämna en kommentar</a></footer>
</article></main></section>
<div id="secondary" class="widget-area" role="complementary"><aside id="recent-posts-2" class="widget widget_recent_entries"><h1 class="widget-title">Senaste inläggen</h1><ul><li><a href="/2017/02/02/arsmotet-2017/">Årsmötet 2017</a></li></ul></aside></div>
</div>
<footer id="colophon" role="contentinfo"><div id="site-generator">Denna webbplats drivs av WordPress och är stylad med SemPress</div></footer>
</div></body></html>"""


@pytest.mark.parametrize(
    ("menu_h1", "nav", "nav_above"),
    [
        (_SP_MENU_H1, "nav", _SP_NAV_ABOVE),
        (_SP_MENU_H1, "nav", ""),  # no neighbour above the post
        (_SP_MENU_H1, "div", _SP_NAV_ABOVE),  # the menu a box with the navigation role only
        ('<h1 class="assistive-text section-heading"><a href="#access" title="Huvudmeny">Huvudmeny</a></h1>', "nav", ""),
        ("", "nav", _SP_NAV_ABOVE),  # no assistive heading in the menu
    ],
)
def test_sempress_assistive_menu_heading_is_no_headline(menu_h1: str, nav: str, nav_above: str) -> None:
    doc = _cleaned(_SP_URL, _sempress(menu_h1, nav, nav_above))
    assert (doc.url, doc.title, doc.published, doc.updated) == (_SP_URL, _SP_HEADLINE, "2017-03-14", None)
    assert _blocks(doc) == _SP_BLOCKS


def test_a_pages_only_h1_in_its_menu_still_names_it() -> None:
    # a page whose one h1 stands in a nav box and no post's heading anywhere: the first h1 is the best there is
    html = (f"<html lang='sv'><head><title>Om föreningen</title></head><body><nav><h1>Om föreningen</h1>"
            f"<ul><li><a href='/'>Start</a></li></ul></nav><main><p>{_SP_P1}</p><p>{_SP_P2}</p></main></body></html>")  # fmt: skip
    doc = _cleaned("https://www.kranforarna-vast.se/om/", html)
    assert doc.title == "Om föreningen"


# Pelican + pelican-twitchy: the theme hard-codes "html[lang=en]" and writes "<title>Rubrik - Sajt</title>", no og:
# metas; "div#wrapper" holds the sidebars ("ul#accordion" of the brand, "Recent Articles", the menu, "Categories"),
# then "section#content > article" with "header.page-header", whose "h1" holds the linked headline and, after it,
# Bootstrap's secondary text "small" of "div.post-info" (the post's "time", its category and tags), then
# "div.entry-content" (the bold lead, paragraphs, an h2) and "footer" with the author's line.
_PT_URL = "https://www.lerums-mc.se/knaskadorna-hos-motocrossforare-ska-synas-i-journalen.html"
_PT_SITE = "Lerums Motocrossklubb"
_PT_HEADLINE = "Knäskadorna hos motocrossförare ska synas i journalen"
_PT_LEAD = ("Knäskador hos motocrossförare ska kunna följas i det journalsystem som regionen upphandlar. Klubbens "
            "styrelse skrev i tisdags under en skrivelse om saken.")  # fmt: skip
_PT_P1 = "Sedan 2015 har elva av klubbens förare opererats för knäskador efter en vurpa i en kurva."
_PT_H2 = "Skrivelsen går till ortopeden"
_PT_P2 = "Skrivelsen lämnas till ortopedkliniken vid Alingsås lasarett innan säsongen börjar i april."
_PT_BLOCKS = [("title", _PT_HEADLINE), ("lead", _PT_LEAD), ("paragraph", _PT_P1), ("heading", _PT_H2), ("paragraph", _PT_P2)]
_PT_TAGS = ('<span class="tags"><i class="fa fa-tags padding-small"></i> <a href="/tag/knan.html">knän</a> / '
            '<a href="/tag/journal.html">journal</a></span>')  # fmt: skip
_PT_INFO = ('<small><div class="post-info"><div class="publish-info-block"><small><span class="published"><i class="fa '
            'fa-calendar padding-small"></i><time datetime="2018-02-22T10:00:00+01:00"> tor 22 feb 2018</time></span> '
            '<span class="category"><i class="fa fa-folder-open padding-small"></i><a href="/category/nyheter.html">'
            "Nyheter</a></span> {tags}</small></div></div></small>")  # fmt: skip


def _twitchy(info: str = _PT_INFO.format(tags=_PT_TAGS), headline: str = _PT_HEADLINE) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="Knäskador hos motocrossförare ska kunna följas i journalen."><meta name="author" content="Styrelsen">
<title>{headline} - {_PT_SITE}</title><link href="/theme/css/bootstrap.min.css" rel="stylesheet">
<link rel="canonical" href="{_PT_URL}"><link href="/feeds/all.atom.xml" type="application/atom+xml" rel="alternate" title="{_PT_SITE} ATOM Feed"></head>
<body><div id="wrapper">
<div id="sidebar-wrapper-small" class="twitchy-background"><ul class="sidebar-nav"><li class="sidebar-brand"><a href="/" class="navbar-brand">L</a></li></ul></div>
<div id="sidebar-wrapper" class="twitchy-background"><ul id="accordion" class="sidebar-nav sidebar-nav-full"><li class="sidebar-brand"><a href="/" class="navbar-brand">{_PT_SITE}</a></li>
<li class="sidebar-header">Recent Articles</li><li class="sidebar-item"><a href="/arsmote-2018.html">Årsmöte 2018</a></li>
<li class="sidebar-header">Categories</li><li class="sidebar-item"><a href="/category/nyheter.html">Nyheter <span class="badge">12</span></a></li></ul></div>
<div id="page-content-wrapper"><div class="container-fluid"><div class="row"><div class="col-lg-12">
<section id="content"><article><header class="page-header"><h1><a href="{_PT_URL}" rel="bookmark" title="Permalink to {headline}">{headline}</a>
{info}</h1></header>
<div class="entry-content"><p><strong>{_PT_LEAD}</strong></p>
<p>{_PT_P1}</p>
<h2>{_PT_H2}</h2>
<p>{_PT_P2}</p>
</div><footer class="text-right"><p>- Styrelsen</p></footer></article></section>
</div></div></div></div></div>
<footer><div class="container-fluid"><p>Motocross i Lerum sedan 1969</p><p><small>Built using <a href="http://getpelican.com" target="_blank">Pelican</a> and the pelican-twitchy theme.</small></p></div></footer>
</body></html>"""


@pytest.mark.parametrize(
    "info",
    [
        _PT_INFO.format(tags=_PT_TAGS),
        _PT_INFO.format(tags=""),  # a post with no tags
        _PT_INFO.replace("<small>", "", 1).replace("</small></div></div></small>", "</small></div></div>"),  # only the inner small
    ],
)
def test_twitchys_post_info_in_the_headline_is_no_part_of_the_title(info: str) -> None:
    doc = _cleaned(_PT_URL, _twitchy(info))
    assert (doc.url, doc.title, doc.published, doc.updated, doc.language) == (_PT_URL, _PT_HEADLINE, "2018-02-22", None, "sv")
    assert _blocks(doc) == _PT_BLOCKS


def test_a_headlines_secondary_text_of_words_stays_in_the_title() -> None:
    # Bootstrap's "<h1>Rubrik <small>underrubrik</small></h1>" with no date in the small: a subtitle, part of the title
    doc = _cleaned(_PT_URL, _twitchy("<small>ett år med nya skydd</small>"))
    assert doc.title == f"{_PT_HEADLINE} ett år med nya skydd"


# Hexo + Melody: no h1, no og: metas, "<title>Rubrik | Sajt</title>"; "div#sidebar" (the table of contents "Catalog"),
# then "div#content-outer" with the cover "div#top-container": "div#page-header" (the site's name "a#site-name" home,
# the menu) and "div#post-info" (the headline as "div#post-title", bare text, then "div#post-meta" with
# "time.post-meta__date" of the date as text, no datetime, and the category); then "div#content-inner > article#post >
# div#post-content" (the bold lead, paragraphs, an h2 with Hexo's id and empty "a.headerlink"), "div.post-copyright",
# the tags and "nav#pagination"; "footer > div#footer".
_ME_URL = "https://www.scenteknikerna-vast.se/2018/06/09/yrsel-hos-scentekniker-ska-foljas-i-journalen/"
_ME_SITE = "Scenteknikerna Väst"
_ME_HEADLINE = "Yrseln hos scentekniker ska följas i den nya journalen"
_ME_LEAD = ("Yrsel hos scentekniker ska kunna följas i det journalsystem som regionen upphandlar. Föreningens "
            "arbetsmiljögrupp ställde sig i tisdags bakom kravet.")  # fmt: skip
_ME_P1 = "I fjol sökte fjorton av föreningens medlemmar vård för yrsel efter arbete på hög höjd i riggen."
_ME_H2 = "Kravet lämnas över i augusti"
_ME_P2 = "Gruppen lämnar över kravet till regionens programkontor vid ett möte i slutet av augusti."
_ME_BLOCKS = [("title", _ME_HEADLINE), ("lead", _ME_LEAD), ("paragraph", _ME_P1), ("heading", _ME_H2), ("paragraph", _ME_P2)]


def _melody(head_title: str = f"{_ME_HEADLINE} | {_ME_SITE}", post_title: str = _ME_HEADLINE) -> str:
    return f"""<!DOCTYPE html><html lang="sv"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1"><meta name="description" content="{_ME_HEADLINE}"><meta name="keywords" content="yrsel,journal"><meta name="author" content="{_ME_SITE},kansliet@scenteknikerna-vast.se"><meta name="copyright" content="{_ME_SITE}"><title>{head_title}</title><link rel="stylesheet" href="/css/index.css?version=1.5.6"><link rel="alternate" href="/atom.xml" title="{_ME_SITE}"></head><body><i class="fa fa-arrow-right" id="toggle-sidebar" aria-hidden="true"></i><div id="sidebar"><div class="toggle-sidebar-info text-center"><span data-toggle="Toggle article">Toggle site</span><hr></div><div class="sidebar-toc"><div class="sidebar-toc__title">Catalog</div><div class="sidebar-toc__progress"><span class="progress-notice">You've read</span><span class="progress-num">0</span><span class="progress-percentage">%</span></div><div class="sidebar-toc__content"><ol class="toc"><li class="toc-item toc-level-2"><a class="toc-link" href="#Kravet-lämnas-över-i-augusti"><span class="toc-text">{_ME_H2}</span></a></li></ol></div></div></div><div id="content-outer"><div id="top-container" style="background-image: url(/img/scen.jpg)"><div id="page-header"><span class="pull-left"> <a id="site-name" href="/">{_ME_SITE}</a></span><i class="fa fa-bars toggle-menu pull-right" aria-hidden="true"></i><span class="pull-right menus"><a class="site-page" href="/">Start</a><a class="site-page" href="/archives">Arkiv</a><a class="site-page" href="/kontakt/">Kontakt</a></span></div><div id="post-info"><div id="post-title">{post_title}</div><div id="post-meta"><time class="post-meta__date"><i class="fa fa-calendar" aria-hidden="true"></i> 2018-06-09</time><span class="post-meta__separator">|</span><i class="fa fa-inbox post-meta__icon" aria-hidden="true"></i><a class="post-meta__categories" href="/categories/Nyheter/">Nyheter</a></div></div></div><div class="layout" id="content-inner"><article id="post"><div class="article-container" id="post-content"><p><strong>{_ME_LEAD}</strong></p><p>{_ME_P1}</p><h2 id="Kravet-lämnas-över-i-augusti"><a href="#Kravet-lämnas-över-i-augusti" class="headerlink" title="{_ME_H2}"></a>{_ME_H2}</h2><p>{_ME_P2}</p></div></article><div class="post-copyright"><div class="post-copyright__author"><span class="post-copyright-meta">Author: </span><span class="post-copyright-info"><a href="mailto:kansliet@scenteknikerna-vast.se">{_ME_SITE}</a></span></div><div class="post-copyright__type"><span class="post-copyright-meta">Link: </span><span class="post-copyright-info"><a href="{_ME_URL}">{_ME_URL}</a></span></div><div class="post-copyright__notice"><span class="post-copyright-meta">Copyright Notice: </span><span class="post-copyright-info">All articles in this blog are licensed under <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/">CC BY-NC-SA 4.0</a> unless stating additionally.</span></div></div><div class="post-meta__tag-list"><a class="post-meta__tags" href="/tags/yrsel/">yrsel</a></div><nav id="pagination"><div class="next-post pull-right"><a href="/2018/05/02/arsmotet/"><span>Årsmötet 2018</span><i class="fa fa-chevron-right"></i></a></div></nav></div></div><footer><div id="footer"><div class="copyright">&copy;2014 - 2018 By {_ME_SITE}</div><div class="framework-info"><span>Driven - </span><a href="http://hexo.io"><span>Hexo</span></a><span class="footer-separator">|</span><span>Theme - </span><a href="https://github.com/Molunerfinn/hexo-theme-melody"><span>Melody</span></a></div></div></footer><i class="fa fa-arrow-up" id="go-up" aria-hidden="true"></i></body></html>"""  # noqa: E501


@pytest.mark.parametrize("head_title", [f"{_ME_HEADLINE} | {_ME_SITE}", _ME_HEADLINE])
def test_melodys_post_title_box_heads_the_post_over_its_bold_lead(head_title: str) -> None:
    doc = _cleaned(_ME_URL, _melody(head_title))
    assert (doc.url, doc.title, doc.published, doc.updated) == (_ME_URL, _ME_HEADLINE, "2018-06-09", None)
    assert _blocks(doc) == _ME_BLOCKS


def test_a_post_title_box_that_is_not_the_pages_title_heads_nothing() -> None:
    # a "div#post-title" whose text the head's title does not name is no headline: the bold paragraph stays a paragraph
    doc = _cleaned(_ME_URL, _melody(post_title="Veckans bild från scenen"))
    assert ("lead", _ME_LEAD) not in _blocks(doc)


# Eleventy + ElevenTail: the starter hard-codes "html[lang=en]"; the head's title is the headline alone and its social
# partial prints a fixed card: "og:url" the site's root, "og:title" the site's name (no canonical link); then
# "header.bg-teal-500" with the site's name as "h1 > a[href=/]" and a "small" tagline, and the menu; "div.content >
# section" with luxon's English date in "time[value='']", "h1.heading", the lead as the "p" of
# "div.mb-4.text-lg.font-medium", the text in a plain "div" and the starter's note "This page is part of the blog
# section.". Minified.
_ET_ROOT = "https://www.diabetesforeningen-vast.se/"
_ET_URL = f"{_ET_ROOT}blog/insulinpumparna-ska-synas-i-journalen/"
_ET_SITE = "Diabetesföreningen Väst"
_ET_HEADLINE = "Insulinpumparna ska synas i journalen när Skaraborg går över"
_ET_LEAD = ("När Skaraborgs Sjukhus börjar använda det nya systemet ska journalen visa värdena från barnens "
            "insulinpumpar. Barnklinikens ledning sade i måndags ja till föreningens förslag.")  # fmt: skip
_ET_P1 = "Föreningen lämnade förslaget till kliniken i början av februari efter ett möte med familjerna."
_ET_P1B = "I dag skriver sköterskorna av pumpens värden för hand vid varje besök på mottagningen."
_ET_P1C = "Föreningens ordförande ska träffa klinikens ledning igen i slutet av maj för att gå igenom detaljerna."
_ET_H2 = "Skaraborg går över i höst"
_ET_P2 = ("Skaraborgs Sjukhus ska enligt planen börja använda systemet under hösten, och det är då som pumparnas "
          "värden för första gången ska gå att se i journalen för alla som har en pump. Föreningen har länge arbetat "
          "för att det ska bli så, och det är något som familjerna har efterfrågat i många år.")  # fmt: skip
_ET_BLOCKS = [
    ("title", _ET_HEADLINE), ("lead", _ET_LEAD), ("paragraph", _ET_P1), ("paragraph", _ET_P1B), ("paragraph", _ET_P1C),
    ("heading", _ET_H2), ("paragraph", _ET_P2),
]  # fmt: skip


def _eleventail(og_url: str = _ET_ROOT, og_title: str = _ET_SITE) -> str:
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><link rel="stylesheet" href="/css/styles.css"><title>{_ET_HEADLINE}</title><meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="{_ET_SITE}"><meta property="og:url" content="{og_url}"><meta property="og:title" content="{og_title}"><meta property="og:description" content="{_ET_LEAD}"><meta property="og:image" content="{_ET_ROOT}images/card.jpg"></head><body class="container mx-auto mb-12 lg:max-w-4xl text-gray-700"><header class="bg-teal-500 flex justify-between px-4 py-2 mb-10"><h1 class="text-white font-medium text-2xl"><a href="/">{_ET_SITE} <small class="text-sm">för barn och vuxna med diabetes</small></a></h1><nav><ul class="flex items-row"><li class="pr-1"><a href="/om" class="nav-tab">Om oss</a></li><li class="pr-1"><a href="/blog" class="nav-tab">Nyheter</a></li></ul></nav></header><div class="content leading-relaxed"><section><time value="" class="text-gray-600">April 12, 2022</time><h1 class="heading">{_ET_HEADLINE}</h1><div class="mb-4 text-lg font-medium"><p>{_ET_LEAD}</p></div><div><p>{_ET_P1}</p><p>{_ET_P1B}</p><p>{_ET_P1C}</p><h2>{_ET_H2}</h2><p>{_ET_P2}</p></div><div class="mt-12 pt-4 text-gray-600 text-sm border-t border-gray-300"><p>This page is part of the <a href="/blog">blog</a> section.</p></div></section></div></body></html>"""  # noqa: E501


@pytest.mark.parametrize(
    ("url", "og_url"),
    [
        (_ET_URL, _ET_ROOT),
        (_ET_URL, _ET_ROOT.rstrip("/")),  # the root without its slash
        (_ET_URL.replace("www.", ""), _ET_ROOT),  # fetched without "www."
        (_ET_URL, "/"),  # a relative root
    ],
)
def test_eleventails_fixed_social_card_names_neither_the_post_nor_its_address(url: str, og_url: str) -> None:
    doc = _cleaned(url, _eleventail(og_url))
    assert (doc.url, doc.title, doc.published, doc.updated, doc.language) == (url, _ET_HEADLINE, "2022-04-12", None, "sv")
    assert _blocks(doc) == _ET_BLOCKS


def test_a_social_card_of_the_pages_own_address_still_gives_its_title_and_address() -> None:
    card_title = "Insulinpumparna ska synas i journalen"  # a shortened headline on the page's own card
    doc = _cleaned(_ET_URL + "?ref=nyhetsbrev", _eleventail(_ET_URL, card_title))
    assert (doc.url, doc.title) == (_ET_URL, card_title)


def test_the_site_roots_own_card_stays_on_the_root() -> None:
    # the start page fetched from the root: the card of the root is its own
    doc = _cleaned(_ET_ROOT, _eleventail())
    assert doc.url == _ET_ROOT


# WordPress + Argon: no og: metas, "<title>Rubrik &#8211; Sajt</title>"; "header.header-global" with the menu's
# "nav#navbar-main"; "section#banner" over every page ("div.banner-title": the site's name "span.banner-title-inner" and
# its subtitle "span.banner-subtitle"); "div#content" with the left column "aside#leftbar" and "main#main", whose
# "article.post.post-full.card" holds "header.post-header" (the headline as a bare link to the post, "a.post-title",
# no heading, and "div.post-meta" of the time as text with a Chinese title, views, comments, the category, words and
# minutes), "div.post-content#post_content" (the bold lead, paragraphs, "ul.wp-block-list", "h2.wp-block-heading")
# and the tags; "footer#footer.card" inside "main".
_AR_URL = "https://www.kustfiskarna-gbg.se/2025/09/02/fiskkrokarna-far-en-egen-kod-i-journalen/"
_AR_SITE = "Kustfiskarnas förening Göteborg"
_AR_SUBTITLE = "Yrkesfiske längs Göteborgs skärgård"
_AR_HEADLINE = "Fiskkrokarna får en egen kod i journalen"
_AR_LEAD = ("Sedan i måndags registrerar akutmottagningen skador av fiskkrokar med en egen kod. Mottagningens "
            "kodgrupp gav klartecken till koden i slutet av augusti.")  # fmt: skip
_AR_P1 = "Föreningen lämnade en skrivelse om koden till mottagningen i juni, efter ett möte med medlemmarna."
_AR_P2 = "Så har arbetet med koden gått:"
_AR_ITEMS = ("Skrivelsen lämnades i juni.", "Kodgruppen gav klartecken i augusti.")
_AR_H2 = "Handskar till alla medlemmar"
_AR_P3 = "Styrelsen beslutade samtidigt att alla medlemmar ska få skyddshandskar till hösten."
_AR_BLOCKS = [
    ("title", _AR_HEADLINE), ("lead", _AR_LEAD), ("paragraph", _AR_P1), ("paragraph", _AR_P2),
    *(("list_item", item) for item in _AR_ITEMS), ("heading", _AR_H2), ("paragraph", _AR_P3),
]  # fmt: skip
_AR_BANNER = (f'<div class="banner-title text-white"><span class="banner-title-inner">{_AR_SITE}</span>\n'
              f'<span class="banner-subtitle d-block">{_AR_SUBTITLE}</span></div>')  # fmt: skip
_AR_TITLE = f'<a class="post-title" href="{_AR_URL}">{_AR_HEADLINE}</a>'


def _argon(banner: str = _AR_BANNER, post_title: str = _AR_TITLE, head_title: str = f"{_AR_HEADLINE} &#8211; {_AR_SITE}") -> str:
    items = "\n".join(f"<li>{item}</li>" for item in _AR_ITEMS)
    return f"""<!DOCTYPE html>
<html lang="sv-SE"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{head_title}</title><meta name="generator" content="WordPress 6.8.2" /><link rel="canonical" href="{_AR_URL}" /></head>
<body class="wp-singular post-template-default single single-post postid-512 single-format-standard wp-theme-argon">
<div id="toolbar"><header class="header-global"><nav id="navbar-main" class="navbar navbar-main navbar-expand-lg navbar-transparent"><div class="container"><div class="navbar-brand mr-0"></div><div class="navbar-collapse collapse" id="navbar_global"><ul class="navbar-nav navbar-nav-hover"><li class="nav-item"><a href="https://www.kustfiskarna-gbg.se/" class="nav-link">Start</a></li><li class="nav-item"><a href="https://www.kustfiskarna-gbg.se/kontakt/" class="nav-link">Kontakt</a></li></ul></div></div></nav></header></div>
<section id="banner" class="banner section section-lg section-shaped"><div class="shape shape-primary"><span></span><span></span></div><div id="banner_container" class="banner-container container text-center">{banner}</div></section>
<div id="content" class="site-content">
<aside id="leftbar" class="leftbar widget-area" role="complementary"><div id="leftbar_part1" class="widget widget_search card"><div class="leftbar-banner card-body"><span class="leftbar-banner-title text-white">{_AR_SITE}</span></div><ul id="leftbar_part1_menu" class="leftbar-menu"><li class="menu-item"><a href="https://www.kustfiskarna-gbg.se/">Start</a></li></ul></div></aside>
<div id="primary" class="content-area"><main id="main" class="site-main article-list article-list-home" role="main">
<article class="post post-full card bg-white shadow-sm border-0 post-512 type-post status-publish format-standard hentry category-nyheter" id="post-512">
<header class="post-header text-center">{post_title}
<div class="post-meta"><div class="post-meta-detail post-meta-detail-time"><i class="fa fa-clock-o" aria-hidden="true"></i><time title="发布于 2025-09-02 9:05:12 | 修改于 2025-09-02 9:05:12">2025-09-02 9:05</time></div><div class="post-meta-devide">|</div><div class="post-meta-detail post-meta-detail-views"><i class="fa fa-eye" aria-hidden="true"></i> 87</div><div class="post-meta-devide">|</div><div class="post-meta-detail post-meta-detail-catagories"><i class="fa fa-bookmark-o" aria-hidden="true"></i><a href="https://www.kustfiskarna-gbg.se/category/nyheter/" class="post-meta-detail-catagory-link">Nyheter</a></div><div class="post-meta-detail post-meta-detail-words"><i class="fa fa-file-word-o" aria-hidden="true"></i> 240 字</div></div>
</header>
<div class="post-content" id="post_content"><p><strong>{_AR_LEAD}</strong></p>
<p>{_AR_P1}</p>
<p>{_AR_P2}</p>
<ul class="wp-block-list">
{items}
</ul>
<h2 class="wp-block-heading">{_AR_H2}</h2>
<p>{_AR_P3}</p>
</div>
<div class="post-tags"><i class="fa fa-tags" aria-hidden="true"></i><a href="https://www.kustfiskarna-gbg.se/tag/krokar/" class="tag badge badge-secondary post-meta-detail-tag">krokar</a></div>
</article>
<div class="post-navigation card shadow-sm"><div class="post-navigation-item post-navigation-pre"><span class="page-navigation-extra-text"><i class="fa fa-arrow-circle-o-left" aria-hidden="true"></i>上一篇</span><a href="https://www.kustfiskarna-gbg.se/2025/06/12/arsmotet/">Årsmötet 2025</a></div></div>
<footer id="footer" class="site-footer card shadow-sm border-0"><div>&copy; 2025 {_AR_SITE}</div><div>Theme <a href="https://github.com/solstice23/argon-theme" target="_blank">Argon</a> By solstice23</div></footer>
</main></div></div></body></html>"""


@pytest.mark.parametrize(
    ("banner", "head_title"),
    [
        (_AR_BANNER, f"{_AR_HEADLINE} &#8211; {_AR_SITE}"),
        (_AR_BANNER, _AR_HEADLINE),  # the headline alone in the head's title
        (f'<div class="banner-title text-white"><span class="banner-title-inner">{_AR_SITE}</span></div>',
         f"{_AR_HEADLINE} &#8211; {_AR_SITE}"),  # no subtitle in the banner
    ],
)
def test_argons_post_title_link_heads_the_post_and_its_banner_subtitle_is_no_lead(banner: str, head_title: str) -> None:
    doc = _cleaned(_AR_URL, _argon(banner, head_title=head_title))
    assert (doc.url, doc.title, doc.published, doc.updated, doc.language) == (_AR_URL, _AR_HEADLINE, "2025-09-02", None, "sv")
    assert _blocks(doc) == _AR_BLOCKS


def test_a_post_title_link_that_is_not_the_pages_title_heads_nothing() -> None:
    # another post's linked title in the post's box is no headline: the bold paragraph stays a paragraph
    other = '<a class="post-title" href="https://www.kustfiskarna-gbg.se/2025/06/12/arsmotet/">Årsmötet 2025</a>'
    doc = _cleaned(_AR_URL, _argon(post_title=other))
    assert ("lead", _AR_LEAD) not in _blocks(doc)
    assert ("lead", _AR_SUBTITLE) not in _blocks(doc)
