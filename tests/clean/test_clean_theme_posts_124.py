"""Blog themes around a post, each read by its markup (set 124's report): WordPress + SemPress, whose menu carries an
assistive ``h1`` before the post's headline."""

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
