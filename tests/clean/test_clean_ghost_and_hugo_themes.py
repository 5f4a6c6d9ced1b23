"""Ghost's and Hugo's themes around a post, each read by its markup and a look-alike kept: Ghost 1 + Uno Zen, whose
cover panel names the site in an ``h1`` before the post and whose headline stands in its tweet link over the bold
lead; Hugo + Cupper, whose banner header holds the site's description before the post's headline, date, tags and
table of contents over the bold lead."""

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


# Ghost 1 with Kikobeats' Uno Zen: "aside.cover" is the theme's cover panel (the site's avatar link to the home page
# around "h1#profile-title" and "h3#profile-resume", the site's description as a "p", the navigation and the social
# links), then "main > section#wrapper" holds "article.post", whose "header" has "div.post.meta" (a "time" whose
# "datetime" is Ghost's "D MMM YYYY", the tags, the reading time) and the headline "h1#post-title" in the tweet link,
# then "section#post-content" or "div#post-content" of the post's text. Ghost's head has JSON-LD and og: metas.
_UZ_URL = "https://hjartsviktsforeningen-boras.se/larmen-fran-vagarna-hamnar-i-journalen/"
_UZ_SITE = "Hjärtsviktsföreningen Borås"
_UZ_MOTTO = "Nyheter för medlemmar och anhöriga"
_UZ_HEADLINE = "Larmen från vågarna hamnar i den nya journalen"
_UZ_LEAD = ("Från och med maj hamnar larmen från hemvågarna direkt i den nya journalen, och sköterskorna på "
            "hjärtmottagningen ser viktökningen samma dag.")  # fmt: skip
_UZ_P1 = "Hjärtmottagningen i Borås har provat kopplingen sedan februari med ett tjugotal patienter."
_UZ_H2 = "Vad händer med de gamla vågarna?"
_UZ_P2 = "Patienter med en äldre våg får en ny av mottagningen, och den gamla lämnas tillbaka vid nästa besök."
_UZ_P3 = ("Föreningen ordnar en träff om de nya vågarna på Hjärtats hus i Borås den 15 maj, och alla medlemmar och "
          "anhöriga är välkomna att ställa frågor till sköterskorna.")  # fmt: skip
_UZ_ITEMS = ("Vågen skickar vikten varje morgon.", "Larmet går vid en ökning på två kilo.")
_UZ_BLOCKS = [
    ("title", _UZ_HEADLINE), ("lead", _UZ_LEAD), ("paragraph", _UZ_P1), ("heading", _UZ_H2), ("paragraph", _UZ_P2),
    *(("list_item", item) for item in _UZ_ITEMS), ("paragraph", _UZ_P3),
]  # fmt: skip
_UZ_TWEET = ('<a alt="Tweet \'Larmen från vågarna hamnar i den nya journalen\'" href="https://twitter.com/share?text='
             f'Larmen%20fr%C3%A5n%20v%C3%A5garna&amp;url={_UZ_URL}&amp;via=hjartsvikt">')  # fmt: skip
_UZ_H1 = f'<h1 class="icon-reverse icon-social-twitter-post" id="post-title">{_UZ_HEADLINE}</h1>'
_UZ_HEADING = f"{_UZ_TWEET}{_UZ_H1}</a>"
_UZ_SITE_H1 = f'<a id="avatar-link" title="link to homepage for {_UZ_SITE}" href="/#open"><img src="/content/images/2018/01/logo.png" alt="{_UZ_SITE} avatar" class="profile avatar rounded hvr-buzz-out"><h1 id="profile-title">{_UZ_SITE}</h1><h3 id="profile-resume"></h3></a>'  # noqa: E501
_UZ_TIME = '<time datetime="21 Apr 2018">21 Apr 2018</time>'
_UZ_JSONLD = f'<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "Article", "publisher": {{"@type": "Organization", "name": "{_UZ_SITE}"}}, "author": {{"@type": "Person", "name": "Kansliet"}}, "headline": "{_UZ_HEADLINE}", "url": "{_UZ_URL}", "datePublished": "2018-04-21T08:12:00.000Z", "dateModified": "2018-04-21T08:30:00.000Z", "keywords": "journalen", "description": "Larmen från hemvågarna hamnar i journalen."}}</script>'  # noqa: E501


def _uno_zen(
    heading: str = _UZ_HEADING, site: str = _UZ_SITE_H1, time: str = _UZ_TIME, content: str = "div", text_after: str = ""
) -> str:
    body = (f"<p><strong>{_UZ_LEAD}</strong></p>\n<p>{_UZ_P1}</p>\n<h2 id=\"vad-hander\">{_UZ_H2}</h2>\n<p>{_UZ_P2}</p>\n"
            f"<ul>\n<li>{_UZ_ITEMS[0]}</li>\n<li>{_UZ_ITEMS[1]}</li>\n</ul>\n<p>{_UZ_P3}</p>{text_after}")  # fmt: skip
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>{_UZ_HEADLINE}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" href="/assets/css/uno-zen.css?v=5cd6d5b0c4"><link rel="canonical" href="{_UZ_URL}"><meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="{_UZ_SITE}"><meta property="og:type" content="article"><meta property="og:title" content="{_UZ_HEADLINE}"><meta property="og:description" content="Larmen från hemvågarna hamnar i journalen."><meta property="og:url" content="{_UZ_URL}"><meta property="article:published_time" content="2018-04-21T08:12:00.000Z"><meta property="article:modified_time" content="2018-04-21T08:30:00.000Z"><meta property="article:tag" content="journalen"><meta name="twitter:card" content="summary"><meta name="twitter:title" content="{_UZ_HEADLINE}">{_UZ_JSONLD}<meta name="generator" content="Ghost 1.22"><link rel="alternate" type="application/rss+xml" title="{_UZ_SITE}" href="{_UZ_URL.split("/larmen")[0]}/rss/"></head><body class="post-template tag-journalen"><aside class="cover" style="background: url(/content/images/2018/01/cover.jpg) center/cover no-repeat fixed"><div class="cover container"><div class="profile">{site}<hr class="divider long"><p>{_UZ_MOTTO}</p><hr class="divider short"><div class="navigation"><div class="profile contact"><nav class="navigation left"><ul class="links"><li class="nav-hem nav-current"><a href="/" title="Hem">Hem</a></li><li class="nav-om-foreningen"><a href="/om/" title="Om föreningen">Om föreningen</a></li></ul></nav><nav class="navigation right"><ul class="social expanded"><li class="social item hvr-grow-rotate"><a rel="me" target="_blank" href="https://twitter.com/hjartsvikt" title="@hjartsvikt on Twitter"><i class="icon icon-social-twitter"></i><span class="label">Twitter</span></a></li><li class="social item hvr-grow-rotate"><a target="_blank" href="/rss/" title="Subscribe to RSS"><i class="icon icon-rss"></i><span class="label">RSS</span></a></li></ul></nav></div></div></div></div></aside><main><section id="wrapper"><a class="hidden-close"></a><div class="container"><article class="post tag-journalen"><header><div class="post meta">{time}<span class="post tags">i <a href="/tag/journalen/">journalen</a></span><span class="post reading-time"> ~ <span>1 min</span> läsning.</span></div>{heading}</header><{content} id="post-content" class="post tag-journalen">{body}</{content}><div class="post related"><a rel="prev" id="prev-btn" class="btn small square" href="/arsmotet-2018/">← Årsmötet 2018</a></div><footer class="post comments"><div id="disqus_thread"></div></footer></article></div><footer><span class="copyright">&copy; 2018. All rights reserved. Built with <a href="https://ghost.org/" target="_blank">Ghost</a> and <a href="https://github.com/Kikobeats/uno-zen" target="_blank">Uno Zen</a> theme.</span></footer></section></main><script type="text/javascript" src="/assets/js/uno-zen.js?v=5cd6d5b0c4"></script></body></html>"""  # noqa: E501


@pytest.mark.parametrize(
    ("heading", "site", "time", "content"),
    [
        (_UZ_HEADING, _UZ_SITE_H1, _UZ_TIME, "div"),
        (_UZ_HEADING, _UZ_SITE_H1, _UZ_TIME, "section"),  # the theme's own "section#post-content"
        (f'<h1 id="post-title">{_UZ_TWEET}{_UZ_HEADLINE}</a></h1>', _UZ_SITE_H1, _UZ_TIME, "div"),  # the link in the h1
        (f'{_UZ_TWEET}<h1 id="post-title">{_UZ_HEADLINE}</h1></a>', _UZ_SITE_H1, _UZ_TIME, "div"),  # no icon class
        (f'<h1 class="icon-reverse icon-social-twitter-post" id="post-title">{_UZ_TWEET}{_UZ_HEADLINE}</a></h1>',
         _UZ_SITE_H1, _UZ_TIME, "div"),
        (_UZ_HEADING, f'<h1><a href="/" title="{_UZ_SITE}">{_UZ_SITE}</a></h1>', _UZ_TIME, "div"),  # the site's link in its h1
        (_UZ_HEADING, "", _UZ_TIME, "div"),  # no site name in the cover
        (_UZ_HEADING, _UZ_SITE_H1, '<time datetime="2018-04-21">21 Apr 2018</time>', "div"),  # an ISO datetime
    ],
)
def test_uno_zens_headline_in_its_tweet_link_heads_its_bold_lead(heading: str, site: str, time: str, content: str) -> None:
    doc = _cleaned(_UZ_URL, _uno_zen(heading, site, time, content))
    assert (doc.title, doc.published, doc.updated) == (_UZ_HEADLINE, "2018-04-21", None)
    assert _blocks(doc) == _UZ_BLOCKS


def test_a_share_box_of_glyph_links_in_the_post_still_goes() -> None:
    # the glyph classes spare the headline only: a box that names itself a share box goes with its icon links
    share = ('<div class="post share"><a class="icon-social-twitter" href="https://twitter.com/share?url=x">Dela på '
             'Twitter</a> <a class="icon-social-facebook" href="https://www.facebook.com/sharer/sharer.php?u=x">Dela på '
             "Facebook</a></div>")  # fmt: skip
    doc = _cleaned(_UZ_URL, _uno_zen(text_after=share))
    assert _blocks(doc) == _UZ_BLOCKS


# Hugo with zwbetz's Cupper: "header.intro-and-nav[role=banner]" holds "div.intro" (the logo link and the site's
# description "p.library-desc") and "nav#patterns-nav" (the menu button with an inline "svg" and the "ul" of menu
# links); "main#main" holds the post: the "h1" with Cupper's bookmark "svg" before the title, "div.date" ("Publish
# date:" in a "strong"), "div.tags" ("Tags:" and a "ul" of tag links), the table of contents "nav.toc" (an "h2" and
# Hugo's "nav#TableOfContents" of nested lists), then the text.
_CU_URL = "https://getskotsel-fyrbodal.se/post/klovverkningen-journalfors-i-nya-systemet/"
_CU_SITE = "Getnätverket Fyrbodal"
_CU_DESC = "Getskötsel, avel och djurhälsa i Fyrbodal"
_CU_HEADLINE = "Klövverkningen journalförs i det nya systemet"
_CU_LEAD = ("Veterinärerna i Fyrbodal för in klövverkningen i det nya journalsystemet från december, och "
            "getägarna ser anteckningarna i appen samma vecka.")  # fmt: skip
_CU_H2 = "Så läser du anteckningarna"
_CU_P1 = "Anteckningarna finns under fliken Besök, och varje get har sin egen sida med alla behandlingar."
_CU_H2B = "Frågor om systemet"
_CU_P2 = "Nätverket samlar frågorna inför träffen med distriktsveterinärerna i Uddevalla den 10 december."
_CU_BLOCKS = [
    ("title", _CU_HEADLINE), ("lead", _CU_LEAD), ("heading", _CU_H2), ("paragraph", _CU_P1), ("heading", _CU_H2B),
    ("paragraph", _CU_P2),
]  # fmt: skip
_CU_SVG = '<svg class="bookmark-icon" aria-hidden="true" viewBox="0 0 40 50" focusable="false"><use xlink:href="#bookmark"></use></svg>'  # noqa: E501
_CU_INTRO = (f'<div class="intro"><a class="logo" href="/" aria-label="{_CU_SITE} home page"><img src="/images/logo.svg" '
             f'alt=""></a><p class="library-desc">{_CU_DESC}</p></div>')  # fmt: skip
_CU_NAV = ('<nav id="patterns-nav" class="patterns" role="navigation"><h2 class="vh">Huvudmeny</h2><button '
           'id="menu-button" aria-expanded="false"><svg viewBox="0 0 50 50" aria-hidden="true" focusable="false"><use '
           'xlink:href="#menu"></use></svg>Meny</button><ul id="patterns-list"><li class="pattern"><a href="/" '
           'class=""><svg class="bookmark-icon" aria-hidden="true" focusable="false" viewBox="0 0 40 50"><use '
           'xlink:href="#bookmark"></use></svg><span class="text">Hem</span></a></li><li class="pattern"><a '
           'href="/post/" class="active" aria-current="page"><span class="text">Nyheter</span></a></li><li '
           'class="pattern"><a href="/om/"><span class="text">Om nätverket</span></a></li></ul></nav>')  # fmt: skip
_CU_LOGO_NAV = (f'<nav id="patterns-nav" class="patterns" role="navigation"><a class="logo" href="/">{_CU_SVG}<span>'
                f'{_CU_SITE}</span></a><ul id="patterns-list"><li class="pattern"><a href="/post/">Nyheter</a></li><li '
                'class="pattern"><a href="/om/">Om nätverket</a></li></ul></nav>')  # fmt: skip
_CU_BANNER = f"{_CU_INTRO}{_CU_NAV}"
_CU_H1 = f"<h1>{_CU_SVG}\n{_CU_HEADLINE}\n</h1>"
_CU_TOC = ('<nav class="toc" aria-labelledby="toc-heading"><h2 id="toc-heading">Innehåll</h2><nav id="TableOfContents">'
           f'<ul><li><a href="#så-läser-du-anteckningarna">{_CU_H2}</a></li><li><a href="#frågor-om-systemet">{_CU_H2B}'
           "</a></li></ul></nav></nav>")  # fmt: skip


def _cupper(banner: str = _CU_BANNER, h1: str = _CU_H1, toc: str = _CU_TOC) -> str:
    return f"""<!DOCTYPE html><html lang="sv"><head><meta name="generator" content="Hugo 0.80.0"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/css/template-styles.css"><link rel="stylesheet" href="/css/custom.css"><title>{_CU_HEADLINE} | {_CU_SITE}</title><meta property="og:title" content="{_CU_HEADLINE}"><meta property="og:description" content="{_CU_LEAD}"><meta property="og:type" content="article"><meta property="og:url" content="{_CU_URL}"><meta property="article:published_time" content="2026-11-23T00:00:00+00:00"><meta property="article:modified_time" content="2026-11-23T00:00:00+00:00"></head><body><a href="#main">hoppa till innehållet</a><svg style="display: none"><symbol id="bookmark" viewBox="0 0 40 50"><g transform="translate(2266 3206.2)"><path d="M-2262.2-3203.4l-.2 46.3 17.5-12.8 16.8 12.5.1-46.1-34.2.1z"></path></g></symbol><symbol id="tag" viewBox="0 0 177.16535 177.16535"><g transform="translate(0 -875.197)"><path d="M88.5829 875.197z"></path></g></symbol></svg><div class="wrapper"><header class="intro-and-nav" role="banner"><div>{banner}</div></header><div class="main-and-footer"><div><main id="main">{h1}<div class="date"><strong aria-hidden="true">Publish date: </strong>Nov 23, 2026</div><div class="tags"><strong aria-hidden="true">Tags: </strong><ul aria-label="tags"><li><svg class="tag-icon" aria-hidden="true" viewBox="0 0 177.16535 177.16535" focusable="false"><use xlink:href="#tag"></use></svg><a href="/tags/journalen/">journalen</a></li><li><svg class="tag-icon" aria-hidden="true" viewBox="0 0 177.16535 177.16535" focusable="false"><use xlink:href="#tag"></use></svg><a href="/tags/klovvard/">klövvård</a></li></ul></div>{toc}<p><strong>{_CU_LEAD}</strong></p>
<h2 id="så-läser-du-anteckningarna">{_CU_H2}</h2>
<p>{_CU_P1}</p>
<h2 id="frågor-om-systemet">{_CU_H2B}</h2>
<p>{_CU_P2}</p></main><footer role="contentinfo"><div><label for="themer">mörkt tema: <input type="checkbox" id="themer" class="vh"><span aria-hidden="true">av</span></label></div><div>Byggd med <a href="https://gohugo.io/">Hugo</a> och <a href="https://github.com/zwbetz-gh/cupper-hugo-theme">Cupper</a>.</div></footer></div></div></div><script src="/js/prism.js"></script></body></html>"""  # noqa: E501


@pytest.mark.parametrize(
    ("banner", "h1", "toc"),
    [
        (_CU_BANNER, _CU_H1, _CU_TOC),
        (f"{_CU_LOGO_NAV}{_CU_INTRO}", _CU_H1, _CU_TOC),  # the logo and the site's title in the nav before the intro
        (f'{_CU_LOGO_NAV}<div class="intro"><p class="library-desc">{_CU_DESC}</p></div>', _CU_H1, _CU_TOC),
        (_CU_BANNER, f"{_CU_SVG}<h1>{_CU_HEADLINE}</h1>", _CU_TOC),  # the icon before the h1
        (_CU_BANNER, _CU_H1, _CU_TOC.replace("Innehåll", "Table of contents")),
        (_CU_BANNER, _CU_H1, ""),  # no table of contents
    ],
)
def test_cuppers_site_description_goes_and_the_bold_paragraph_under_the_headline_is_the_lead(banner: str, h1: str, toc: str) -> None:
    doc = _cleaned(_CU_URL, _cupper(banner, h1, toc))
    assert (doc.title, doc.published, doc.updated) == (_CU_HEADLINE, "2026-11-23", None)
    assert _blocks(doc) == _CU_BLOCKS


def test_a_lead_classed_box_under_the_headline_stays_the_lead() -> None:
    # only the site's banner is passed over: a box in "main" classed as the post's intro is its lead
    html = _cupper().replace(f"<p><strong>{_CU_LEAD}</strong></p>", f'<div class="intro"><p>{_CU_LEAD}</p></div>')
    doc = _cleaned(_CU_URL, html)
    assert _blocks(doc) == _CU_BLOCKS
