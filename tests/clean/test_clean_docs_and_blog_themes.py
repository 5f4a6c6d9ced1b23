"""Documentation and blog themes' chrome around a post, each dropped by its markup and a look-alike in the text kept, and
the title and date read where the theme prints them: VuePress + vuepress-theme-reco's meta line of icon items (author,
date, tags) under the headline over the bold lead, Hugo + Relearn's "Headline :: Site" title, Sphinx + PyData Sphinx
Theme's headline with its "#" permalink (ABlog's post), and Pelican + Blue Penguin's date heading over the post and its
info line of "posted at 09:40", the category and the tags under it."""

from __future__ import annotations

import functools

import pytest

from fvmdocs.clean import clean_page
from fvmdocs.models import Document, RawPage


def _cleaned(url: str, html: str) -> Document:
    """A whole page of a theme's markup, cleaned as served from ``url``."""
    return clean_page(RawPage(url=url, body=html.encode(), source="t"))


def _blocks(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in doc.blocks]


# VuePress 1 with vuepress-theme-reco 1.x: "main.page > section" holds "div.page-title" (the "h1.title" and the page info,
# an unclassed "div" of "i.iconfont" items, each a "span" after the font's icon: "reco-account" the author, "reco-date" the
# date in the browser's locale, "reco-eye" the visits, "reco-tag" the tags as "span.tag-item"), then the text
# "div.theme-reco-content", then "div.page-edit" with "div.last-updated" (the file's git time) and the post navigation.
_RECO_URL = "https://reumatiker-boras.se/blogs/nyheter/sittdynor.html"
_RECO_HEADLINE = "Sittdynorna beställs per e-post under pausen"
_RECO_LEAD = ("Föreningens sittdynor beställs från och med nu per e-post till kansliet, eftersom kassan på "
              "mottagningen är stängd under pausen.")  # fmt: skip
_RECO_P1 = "Dynorna kostar som tidigare 250 kronor och hämtas på kansliet på tisdagar mellan klockan 10 och 12."
_RECO_P2 = "Den som inte har e-post kan ringa kansliet och lämna ett meddelande, så ringer vi upp inom en vecka."
_RECO_BLOCKS = [("title", _RECO_HEADLINE), ("lead", _RECO_LEAD), ("paragraph", _RECO_P1), ("paragraph", _RECO_P2)]
_RECO_AUTHOR = '<i data-v-3a1b2c4d class="iconfont reco-account"><span data-v-3a1b2c4d>Styrelsen</span></i>'
_RECO_DATE = '<i data-v-3a1b2c4d class="iconfont reco-date"><span data-v-3a1b2c4d>2019-10-16</span></i>'
_RECO_EYE = ('<i data-v-3a1b2c4d class="iconfont reco-eye"><span data-v-3a1b2c4d id="/blogs/nyheter/sittdynor.html" '
             'class="leancloud-visitors" data-flag-title="Your Article Title"><a class="leancloud-visitors-count">57'
             "</a></span></i>")  # fmt: skip
_RECO_TAGS = ('<i data-v-3a1b2c4d class="iconfont reco-tag tags"><span data-v-3a1b2c4d class="tag-item">Sittdynor</span>'
              '<span data-v-3a1b2c4d class="tag-item">Kansliet</span></i>')  # fmt: skip


def _reco_info(*items: str) -> str:
    return f'<div data-v-3a1b2c4d>{" ".join(items)}</div>'


def _reco(info: str = _reco_info(_RECO_AUTHOR, _RECO_DATE, _RECO_TAGS), hr: str = "", edit: str = "div") -> str:
    return f"""<!DOCTYPE html>
<html lang="sv-SE">
  <head>
    <meta charset="utf-8">
    <title>{_RECO_HEADLINE} | Reumatikerföreningen Borås</title>
    <meta name="generator" content="VuePress 1.9.9">
    <meta name="description" content="Sittdynorna beställs per e-post under pausen.">
    <meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
    <link rel="preload" href="/assets/css/0.styles.8f2c1e0a.css" as="style">
  </head>
  <body>
    <div id="app" data-server-rendered="true"><div class="theme-container no-sidebar"><div><header class="navbar"><div class="sidebar-button"></div> <a href="/" class="home-link router-link-active"><span class="site-name">Reumatikerföreningen Borås</span></a> <div class="links"><div class="color-picker"><a class="color-button"><i class="iconfont reco-color"></i></a></div> <nav class="nav-links can-hide"><div class="nav-item"><a href="/" class="nav-link"><i class="iconfont reco-home"></i>
  Hem
</a></div><div class="nav-item"><a href="/categories/nyheter/" class="nav-link"><i class="iconfont reco-category"></i>
  Kategorier
</a></div><div class="nav-item"><a href="/tag/" class="nav-link"><i class="iconfont reco-tag"></i>
  Taggar
</a></div><div class="nav-item"><a href="/timeline/" class="nav-link"><i class="iconfont reco-date"></i>
  Tidslinje
</a></div></nav></div></header> <div class="sidebar-mask"></div> <aside class="sidebar"><div class="personal-info-wrapper"><h3 class="name">Reumatikerföreningen Borås</h3> <div class="num"><div><h3>12</h3> <h6>Artiklar</h6></div> <div><h3>8</h3> <h6>Taggar</h6></div></div> <hr></div></aside> <div class="password-shadow password-wrapper-in" style="display:none;"></div> <div><main class="page"><section><div class="page-title"><h1 class="title">{_RECO_HEADLINE}</h1> {hr}{info}</div> <div class="theme-reco-content content__default"><p><strong>{_RECO_LEAD}</strong></p>
<p>{_RECO_P1}</p>
<p>{_RECO_P2}</p>
</div></section> <{edit} class="page-edit"><!----> <div class="last-updated"><span class="prefix">Senast uppdaterad: </span> <span class="time">2019-10-16 09:40:12</span></div></{edit}> <div class="page-nav"><p class="inner"><span class="prev">
        ←
        <a href="/blogs/nyheter/arsmote.html" class="prev">
          Årsmötet 2019
        </a></span> <!----></p></div> <div class="comments-wrapper"><!----></div></main> <!----></div></div></div><div class="global-ui"><div class="back-to-ceiling" style="right:1rem;bottom:6rem;width:2.5rem;height:2.5rem;border-radius:.25rem;line-height:2.5rem;display:none;"></div></div></div>
    <script src="/assets/js/app.5d1e8a3b.js" defer></script>
  </body>
</html>"""  # noqa: E501


_reco_doc = functools.partial(_cleaned, _RECO_URL)


@pytest.mark.parametrize(
    ("info", "hr", "edit"),
    [
        (_reco_info(_RECO_AUTHOR, _RECO_DATE, _RECO_TAGS), "", "div"),
        (_reco_info(_RECO_AUTHOR, _RECO_DATE, _RECO_EYE, _RECO_TAGS), "", "div"),  # the visits counted by Valine
        (_reco_info(_RECO_AUTHOR, _RECO_DATE), "", "div"),  # a post without tags
        (_reco_info(_RECO_DATE, _RECO_TAGS), "", "div"),  # no author
        (_reco_info(_RECO_AUTHOR, _RECO_DATE, _RECO_TAGS), "<hr> ", "footer"),  # reco 1.0's rule and footer
        # a long list of tags, which makes the line longer than a line beside the headline
        (_reco_info(_RECO_AUTHOR, _RECO_DATE, _RECO_TAGS.replace("</i>", "".join(
            f'<span data-v-3a1b2c4d class="tag-item">{tag}</span>'
            for tag in ("Mottagningen", "Pausen", "Beställningar", "Reumatiker", "Borås")) + "</i>")), "", "div"),
    ],
)
def test_recos_meta_line_goes_and_the_bold_lead_is_the_lead(info: str, hr: str, edit: str) -> None:
    doc = _reco_doc(_reco(info, hr, edit))
    assert (doc.title, doc.published, doc.updated, doc.language) == (_RECO_HEADLINE, "2019-10-16", None, "sv")
    assert _blocks(doc) == _RECO_BLOCKS


def test_recos_update_on_a_later_day_stays_an_update() -> None:
    doc = _reco_doc(_reco().replace("2019-10-16 09:40:12", "2019-11-02 18:05:40"))
    assert (doc.published, doc.updated) == ("2019-10-16", "2019-11-02")
    assert _blocks(doc) == _RECO_BLOCKS


@pytest.mark.parametrize(
    "line",
    [
        # a name and a date in the text, in italics, with no icon class: a line of the text
        "<p><i>Styrelsen</i> <i>2019-10-20</i> höll möte om sittdynorna.</p>",
        # an item of the icon font in a sentence
        '<p>Kansliet nås på <i class="iconfont reco-account"><span>033-12 34 56</span></i> alla vardagar utom fredag.</p>',
    ],
)
def test_a_name_and_a_date_in_the_text_stay(line: str) -> None:
    doc = _reco_doc(_reco().replace(f"<p>{_RECO_P2}</p>", f"<p>{_RECO_P2}</p>{line}"))
    assert _blocks(doc)[:4] == _RECO_BLOCKS
    assert len(_blocks(doc)) == 5


# Hugo with Relearn: the head's "title", "og:title", "twitter:title" and schema.org's "itemprop=name" give "Headline ::
# Site" (the theme's separator); the page's "article.default" holds "header.headline" (the tag list) and the "h1" with
# the headline alone, the text, and "footer.footline" (categories, author, date).
_RL_URL = "https://sittkomfortvast.se/nyheter/sittdynorna-bestalls-per-e-post/index.html"
_RL_HEADLINE = "Sittdynorna beställs per e-post under pausen"
_RL_SITE = "Sittkomfort Väst AB"
_RL_P1 = ("Under pausen i leveranserna tar vi emot beställningar av sittdynor per e-post, och kundtjänsten svarar inom "
          "två arbetsdagar.")  # fmt: skip
_RL_P2 = "Dynorna skickas som vanligt till mottagningen, men leveranstiden blir omkring tre veckor längre än normalt."


def _relearn(headline: str = _RL_HEADLINE, site_name: str = f'<meta property="og:site_name" content="{_RL_SITE}">') -> str:
    full = f"{headline} :: {_RL_SITE}"
    return f"""<!DOCTYPE html>
<html lang="sv" dir="ltr" itemscope itemtype="http://schema.org/Article" data-r-output-format="html">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="height=device-height, width=device-width, initial-scale=1.0, minimum-scale=1.0">
    <meta name="generator" content="Hugo 0.139.3">
    <meta name="generator" content="Relearn 7.2.1">
    <meta name="description" content="Under pausen tar vi emot beställningar per e-post.">
    <meta name="author" content="Kundtjänsten">
    <meta name="twitter:card" content="summary">
    <meta name="twitter:title" content="{full}">
    <meta name="twitter:description" content="Under pausen tar vi emot beställningar per e-post.">
    <meta property="og:url" content="{_RL_URL}">
    {site_name}
    <meta property="og:title" content="{full}">
    <meta property="og:description" content="Under pausen tar vi emot beställningar per e-post.">
    <meta property="og:locale" content="sv">
    <meta property="og:type" content="article">
    <meta property="article:section" content="Nyheter :: {_RL_SITE}">
    <meta property="article:published_time" content="2026-11-19T09:40:00+01:00">
    <meta property="article:modified_time" content="2026-11-19T09:40:00+01:00">
    <meta property="article:tag" content="Pausen">
    <meta itemprop="name" content="{full}">
    <meta itemprop="description" content="Under pausen tar vi emot beställningar per e-post.">
    <meta itemprop="datePublished" content="2026-11-19T09:40:00+01:00">
    <meta itemprop="wordCount" content="48">
    <title>{full}</title>
    <link href="/css/theme.min.css?1732000000" rel="stylesheet">
  </head>
  <body class="mobile-support html" data-url="/nyheter/sittdynorna-bestalls-per-e-post/index.html">
    <div id="R-body" class="default-animation">
      <div id="R-body-overlay"></div>
      <nav id="R-topbar">
        <div class="topbar-wrapper">
          <div class="topbar-sidebar-divider"></div>
          <div class="topbar-area topbar-area-start" data-area="start">
            <div class="topbar-button topbar-button-sidebar" data-content-empty="disable" data-width-s="show" data-width-m="hide" data-width-l="hide"><button class="topbar-control" type="button" title="Meny (CTRL+ALT+n)"><i class="fa-fw fas fa-bars"></i></button></div>
          </div>
          <ol class="topbar-breadcrumbs breadcrumbs highlightable" itemscope itemtype="http://schema.org/BreadcrumbList"><li itemscope itemtype="https://schema.org/ListItem" itemprop="itemListElement"><a itemprop="item" href="/index.html"><span itemprop="name">{_RL_SITE}</span></a><meta itemprop="position" content="1">&nbsp;>&nbsp;</li><li itemscope itemtype="https://schema.org/ListItem" itemprop="itemListElement"><a itemprop="item" href="/nyheter/index.html"><span itemprop="name">Nyheter</span></a><meta itemprop="position" content="2">&nbsp;>&nbsp;</li><li itemscope itemtype="https://schema.org/ListItem" itemprop="itemListElement"><span itemprop="name">{headline}</span><meta itemprop="position" content="3"></li></ol>
        </div>
      </nav>
      <div id="R-main-overlay"></div>
      <main id="R-body-inner" class="highlightable default" tabindex="-1">
        <div class="flex-block-wrapper">
          <article class="default">
            <header class="headline">
<div class="R-taxonomy taxonomy-tags cstyle tags" title="Taggar" style="--VARIABLE-TAGS-BG-color: var(--INTERNAL-TAG-BG-color);">
  <i class="fa-fw fas fa-layer-group"></i>
  <ul>
    <li><a class="term-link" href="/tags/kundtjanst/index.html">Kundtjänst</a></li>
    <li><a class="term-link" href="/tags/pausen/index.html">Pausen</a></li>
  </ul>
</div>
            </header>

<h1 id="sittdynorna-beställs-per-e-post-under-pausen">{headline}</h1>

<p>{_RL_P1}</p>
<p>{_RL_P2}</p>

            <footer class="footline">
<div class="R-taxonomy taxonomy-categories cstyle" title="Kategorier" style="--VARIABLE-TAGS-BG-color: var(--INTERNAL-TAG-BG-color);">
  <i class="fa-fw fas fa-list"></i>
  <ul>
    <li><a class="term-link" href="/categories/nyheter/index.html">Nyheter</a></li>
  </ul>
</div>
            </footer>
          </article>
        </div>
      </main>
    </div>
    <aside id="R-sidebar" class="default-animation">
      <div id="R-header-topbar" class="default-animation"></div>
      <div id="R-header-wrapper" class="default-animation">
        <div id="R-header" class="default-animation"><a id="R-logo" class="R-default" href="/index.html"><div class="logo-title">{_RL_SITE}</div></a></div>
      </div>
      <div id="R-homelinks" class="default-animation homelinks"><ul class="space collapsible-menu"><li class="" data-nav-id="/index.html"><a class="padding" href="/index.html"><i class="fa-fw fas fa-home"></i> Start</a></li></ul></div>
    </aside>
  </body>
</html>"""  # noqa: E501


_rl_doc = functools.partial(_cleaned, _RL_URL)


@pytest.mark.parametrize(
    ("headline", "site_name"),
    [
        (_RL_HEADLINE, f'<meta property="og:site_name" content="{_RL_SITE}">'),
        (_RL_HEADLINE, ""),  # an older Relearn without og:site_name: the h1 before " :: " is the headline
        # a headline with "::" of its own: the h1 is the whole headline, cut after it
        ("Beställningar :: så gör du under pausen", f'<meta property="og:site_name" content="{_RL_SITE}">'),
        ("Beställningar :: så gör du under pausen", ""),
    ],
)
def test_relearns_site_name_after_two_colons_is_cut_off_the_title(headline: str, site_name: str) -> None:
    doc = _rl_doc(_relearn(headline, site_name))
    assert (doc.title, doc.published, doc.updated) == (headline, "2026-11-19", None)
    assert _blocks(doc) == [("title", headline), ("paragraph", _RL_P1), ("paragraph", _RL_P2)]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("C++ :: nya kurser i höst", "C++ :: nya kurser i höst"),  # no site's name after the colons: the title stays
        ("Sittdynorna beställs per e-post :: Sittkomfort Väst AB", "Sittdynorna beställs per e-post"),
        ("Sittdynorna beställs per e-post :: sittkomfortvast.se", "Sittdynorna beställs per e-post"),
    ],
)
def test_two_colons_cut_only_a_site_name(title: str, expected: str) -> None:
    page = (f'<html lang="sv"><head><meta property="og:title" content="{title}"><meta property="og:site_name" '
            f'content="{_RL_SITE}"></head><body><p>{_RL_P1}</p></body></html>')  # fmt: skip
    assert _rl_doc(page).title == expected


# Sphinx with the PyData Sphinx Theme and ABlog: the post's "article.bd-article" opens with "section > h1", the headline and
# its permalink "a.headerlink" ("#" in this theme, "¶" in Sphinx's classic ones, the title "Link to this heading" or the
# locale's words), each "h2" of a section likewise; ABlog's post card "div.ablog__postcard" in the primary sidebar dates it.
_PD_URL = "https://brukshundklubben-lerum.se/blogg/2026/traningen-flyttas.html"
_PD_HEADLINE = "Träningen flyttas till ridhuset under pausen"
_PD_P1 = ("Klubbens träningar flyttas till ridhuset i Floda från och med den 24 november, eftersom planen vid klubbstugan "
          "är avstängd under pausen.")  # fmt: skip
_PD_SECTION = "Tider och anmälan"
_PD_P2 = "Tiderna är desamma som tidigare, och anmälan sker som vanligt i klubbens kalender senast dagen före."
_PD_LINK = '<a class="headerlink" href="#{slug}" title="{label}">{sign}</a>'


def _pydata(sign: str = "#", label: str = "Link to this heading", head_title: str = f"{_PD_HEADLINE} &#8212; Brukshundklubben Lerum") -> str:
    h1_link = _PD_LINK.format(slug="traningen-flyttas-till-ridhuset-under-pausen", label=label, sign=sign)
    h2_link = _PD_LINK.format(slug="tider-och-anmalan", label=label, sign=sign)
    return f"""<!DOCTYPE html>
<html lang="sv" data-content_root="../../">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{head_title}</title>
    <link href="../../_static/styles/theme.css?digest=dfe6caa3a7d634c4db9b" rel="stylesheet" />
    <link rel="index" title="Index" href="../../genindex.html" />
    <link rel="search" title="Sök" href="../../search.html" />
    <meta name="docsearch:language" content="sv"/>
  </head>
  <body data-bs-spy="scroll" data-bs-target=".bd-toc-nav" data-offset="180" data-bs-root-margin="0px 0px -60%" data-default-mode="">
  <div id="pst-skip-link" class="skip-link d-print-none"><a href="#main-content">Hoppa till huvudinnehållet</a></div>
  <div id="pst-scroll-pixel-helper"></div>
  <header class="bd-header navbar navbar-expand-lg bd-navbar d-print-none">
<div class="bd-header__inner bd-page-width">
  <div class="col-lg-3 navbar-header-items__start">
    <div class="navbar-item">
  <a class="navbar-brand logo" href="../../index.html">
    <p class="title logo__title">Brukshundklubben Lerum</p>
  </a></div>
  </div>
  <div class="col-lg-9 navbar-header-items">
    <div class="me-auto navbar-header-items__center">
      <div class="navbar-item">
<nav>
  <ul class="bd-navbar-elements navbar-nav">
<li class="nav-item current active"><a class="nav-link nav-internal" href="../../blogg.html">Blogg</a></li>
<li class="nav-item"><a class="nav-link nav-internal" href="../../om.html">Om klubben</a></li>
  </ul>
</nav></div>
    </div>
  </div>
</div>
  </header>
  <div class="bd-container">
    <div class="bd-container__inner bd-page-width">
      <div class="bd-sidebar-primary bd-sidebar">
  <div class="sidebar-primary-items__start sidebar-primary__section">
    <div class="sidebar-primary-item">
<div class="ablog-sidebar-item ablog__postcard">
  <h2><i class="fa fa-calendar"></i><span>22 november 2026</span></h2>
  <ul>
    <li id="ablog-sidebar-item author ablog__author"><span><i class="fa-fw fa fa-user"></i></span><a href="../../blogg/author/styrelsen.html">Styrelsen</a></li>
    <li id="ablog-sidebar-item category ablog__category"><span><i class="fa-fw fa fa-folder-open"></i></span><a href="../../blogg/category/nyheter.html">Nyheter</a></li>
  </ul>
</div></div>
    <div class="sidebar-primary-item">
<div class="ablog-sidebar-item ablog__recentposts">
  <h3><a href="../../blogg.html">Senaste inlägg</a></h3>
  <ul>
    <li><a href="../../blogg/2026/arsmotet.html">10 november - Årsmötet 2026</a></li>
  </ul>
</div></div>
  </div>
      </div>
      <main id="main-content" class="bd-main" role="main">
        <div class="bd-content">
          <div class="bd-article-container">
            <div class="bd-header-article d-print-none">
<div class="header-article-items header-article__inner">
  <div class="header-article-items__start">
    <div class="header-article-item">
<nav aria-label="Brödsmulor" class="d-print-none">
  <ul class="bd-breadcrumbs">
    <li class="breadcrumb-item breadcrumb-home"><a href="../../index.html" class="nav-link" aria-label="Hem"><i class="fa-solid fa-home"></i></a></li>
    <li class="breadcrumb-item active" aria-current="page"><span class="ellipsis">{_PD_HEADLINE}</span></li>
  </ul>
</nav></div>
  </div>
</div>
            </div>
            <div id="searchbox"></div>
            <article class="bd-article">
  <section id="traningen-flyttas-till-ridhuset-under-pausen">
<h1>{_PD_HEADLINE}{h1_link}</h1>
<p>{_PD_P1}</p>
<section id="tider-och-anmalan">
<h2>{_PD_SECTION}{h2_link}</h2>
<p>{_PD_P2}</p>
</section>
</section>
            </article>
            <footer class="prev-next-footer d-print-none">
<div class="prev-next-area">
    <a class="left-prev" href="arsmotet.html" title="föregående sida">
      <i class="fa-solid fa-angle-left"></i>
      <div class="prev-next-info">
        <p class="prev-next-subtitle">föregående</p>
        <p class="prev-next-title">Årsmötet 2026</p>
      </div>
    </a>
</div>
            </footer>
          </div>
        </div>
        <footer class="bd-footer-content"></footer>
      </main>
    </div>
  </div>
  <footer class="bd-footer">
<div class="bd-footer__inner bd-page-width">
  <div class="footer-items__start">
    <div class="footer-item"><p class="copyright">© Copyright 2026, Brukshundklubben Lerum.<br/></p></div>
    <div class="footer-item"><p class="sphinx-version">Skapad med <a href="https://www.sphinx-doc.org/">Sphinx</a> 7.4.7.<br/></p></div>
  </div>
</div>
  </footer>
  </body>
</html>"""  # noqa: E501


_pd_doc = functools.partial(_cleaned, _PD_URL)


@pytest.mark.parametrize(
    ("sign", "label", "head_title"),
    [
        ("#", "Link to this heading", f"{_PD_HEADLINE} &#8212; Brukshundklubben Lerum"),
        ("#", "Länk till den här rubriken", f"{_PD_HEADLINE} &#8212; Brukshundklubben Lerum"),  # the Swedish locale
        ("¶", "Permalink to this heading", f"{_PD_HEADLINE} &#8212; Brukshundklubben Lerum"),  # a classic theme's sign
        ("🔗", "Link to this heading", f"{_PD_HEADLINE} &#8212; Brukshundklubben Lerum"),
        ("#", "Link to this heading", "Brukshundklubben Lerum"),  # a "<title>" of the site's name alone
    ],
)
def test_the_headlines_permalink_sign_is_no_part_of_the_title(sign: str, label: str, head_title: str) -> None:
    doc = _pd_doc(_pydata(sign, label, head_title))
    assert (doc.title, doc.published, doc.language) == (_PD_HEADLINE, "2026-11-22", "sv")
    assert _blocks(doc) == [
        ("title", _PD_HEADLINE), ("paragraph", _PD_P1), ("heading", _PD_SECTION), ("paragraph", _PD_P2)
    ]


@pytest.mark.parametrize(
    ("h1", "title"),
    [
        ("Nyheter i C#", "Nyheter i C#"),  # a "#" of the headline's own, no link
        ('Kursen i <a href="#csharp">C#</a>', "Kursen i C#"),  # a link to a place on the page that is a word, no sign
    ],
)
def test_a_sign_of_the_headline_itself_stays(h1: str, title: str) -> None:
    page = _pydata().replace(f'<h1>{_PD_HEADLINE}<a class="headerlink"', f'<h1>{h1}<a class="headerlink"')
    page = page.replace(f"<title>{_PD_HEADLINE} &#8212;", f"<title>{title} &#8212;")
    assert _pd_doc(page).title == title


# Pelican with Blue Penguin: "div#content" holds the post's date heading "h4.date" (the locale's "%a %d %B %Y" or the
# theme's "%b %d, %Y"), then "article.post" with "header > h2.title > a[rel=bookmark]", the text "div.entry-content" and
# "div.info" of the permalink "posted at 09:40", a middot, the category's link and, after another middot, the tag links
# ("a.tags"); the site's name is the header's "h1 > a" to the start page.
_BP_URL = "https://slojdforeningen-alingsas.se/vavstolarna-lanas-ut-under-pausen.html"
_BP_HEADLINE = "Vävstolarna lånas ut under pausen"
_BP_P1 = ("Föreningens vävstolar lånas ut till medlemmarna under pausen i kursverksamheten, så att påbörjade arbeten kan "
          "göras klara hemma.")  # fmt: skip
_BP_P2 = "Den som vill låna en vävstol anmäler det till kassören, som också ordnar med transporten till hemmet."
_BP_CATEGORY = '<a href="https://slojdforeningen-alingsas.se/category/nyheter.html" rel="tag">Nyheter</a>'
_BP_INFO = """<div class="info">
                    <a href="https://slojdforeningen-alingsas.se/vavstolarna-lanas-ut-under-pausen.html">posted at 09:40</a>
                    &nbsp;&middot;&nbsp;{category}
                    &nbsp;&middot;
                    &nbsp;<a href="https://slojdforeningen-alingsas.se/tag/vavstolar.html" class="tags">vävstolar</a>
                    &nbsp;<a href="https://slojdforeningen-alingsas.se/tag/pausen.html" class="tags">pausen</a>
                </div>"""


def _penguin(date: str = "sön 22 november 2026", info: str = _BP_INFO.format(category=_BP_CATEGORY)) -> str:
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
    <meta charset="utf-8" />
    <title>Slöjdföreningen Alingsås &middot; {_BP_HEADLINE}</title>
    <link rel="shortcut icon" type="image/png" href="https://slojdforeningen-alingsas.se/favicon.png">
    <link href="https://slojdforeningen-alingsas.se/feeds/all.atom.xml" type="application/atom+xml" rel="alternate" title="Slöjdföreningen Alingsås Full Atom Feed" />
    <link rel="stylesheet" href="https://slojdforeningen-alingsas.se/theme/css/screen.css" type="text/css" />
    <meta name="generator" content="Pelican" />
    <meta name="tags" contents="vävstolar" />
    <meta name="tags" contents="pausen" />
</head>
<body>
    <header>
        <nav>
                <li><a href="https://slojdforeningen-alingsas.se">Hem</a></li>
                <li><a href="https://slojdforeningen-alingsas.se/pages/om-foreningen.html">Om föreningen</a></li>
                <li><a href="https://slojdforeningen-alingsas.se/archives.html">Arkiv</a></li>
        </nav>
        <div class="header_box">
            <h1><a href="https://slojdforeningen-alingsas.se">Slöjdföreningen Alingsås</a></h1>
        </div>
    </header>
    <div id="wrapper">
        <div id="content">
            <h4 class="date">{date}</h4>

            <article class="post">
                <header>
                <h2 class="title">
                    <a href="https://slojdforeningen-alingsas.se/vavstolarna-lanas-ut-under-pausen.html" rel="bookmark" title="Permanent Link to &quot;{_BP_HEADLINE}&quot;">{_BP_HEADLINE}</a>
                </h2>
                </header>
                <div class="entry-content">
                <p>{_BP_P1}</p>
<p>{_BP_P2}</p>
                </div>
                <div class="clear"></div>

                {info}
            </article>

            <div class="clear"></div>
            <footer>
                <p>
                <a href="https://github.com/jody-frankowski/blue-penguin">Blue Penguin</a> Theme
                &middot;
                Powered by <a href="http://getpelican.com">Pelican</a>
                &middot;
                <a href="https://slojdforeningen-alingsas.se/feeds/all.atom.xml" rel="alternate">Atom Feed</a>
            </footer>
        </div>
        <div class="clear"></div>
    </div>
</body>
</html>"""  # noqa: E501


_bp_doc = functools.partial(_cleaned, _BP_URL)
_BP_BLOCKS = [("title", _BP_HEADLINE), ("paragraph", _BP_P1), ("paragraph", _BP_P2)]


@pytest.mark.parametrize(
    "date",
    [
        "sön 22 november 2026",  # Pelican's "%a %d %B %Y" in the Swedish locale
        "söndag 22 november 2026",
        "22 november 2026",
        "Sun 22 November 2026",  # the same format in the English locale
        "Sunday 22 November 2026",
        "Nov 22, 2026",  # the theme's own "%b %d, %Y"
        "Sun, Nov 22, 2026",
    ],
)
def test_blue_penguins_date_heading_dates_the_post(date: str) -> None:
    doc = _bp_doc(_penguin(date))
    assert (doc.title, doc.published, doc.updated, doc.language) == (_BP_HEADLINE, "2026-11-22", None, "sv")
    assert _blocks(doc) == _BP_BLOCKS


@pytest.mark.parametrize(
    "info",
    [
        _BP_INFO.format(category=_BP_CATEGORY),
        _BP_INFO.format(category=_BP_CATEGORY.replace(' rel="tag"', "")),  # a version without the category's rel
        # the category "misc" is left out, and a post without tags
        """<div class="info">
                    <a href="https://slojdforeningen-alingsas.se/vavstolarna-lanas-ut-under-pausen.html">posted at 09:40</a>
                </div>""",  # noqa: E501
    ],
)
def test_blue_penguins_info_line_under_the_post_goes(info: str) -> None:
    doc = _bp_doc(_penguin(info=info))
    assert (doc.title, doc.published) == (_BP_HEADLINE, "2026-11-22")
    assert _blocks(doc) == _BP_BLOCKS


@pytest.mark.parametrize(
    "line",
    [
        # a sentence that names a clock time and links a category
        '<p>Kursen startade som vanligt och <a href="/category/kurser.html">kurserna</a> hölls kl 09:40 i lokalen.</p>',
        # a link of the text that says when something was posted, in a sentence
        '<p>Kassören svarade på frågan i ett <a href="/forum/123.html">inlägg posted at 09:40</a> i forumet.</p>',
    ],
)
def test_a_clock_time_and_a_category_link_in_the_text_stay(line: str) -> None:
    doc = _bp_doc(_penguin().replace(f"<p>{_BP_P2}</p>", f"<p>{_BP_P2}</p>{line}"))
    assert _blocks(doc)[:3] == _BP_BLOCKS
    assert len(_blocks(doc)) == 4


@pytest.mark.parametrize(
    "heading",
    [
        '<h4 class="date">Öppet hus söndag 22 november 2026 kl 10</h4>',  # an event's heading, no date line
        "<h4>sön 22 november 2026</h4>",  # a heading of a date with no date class
    ],
)
def test_a_dated_heading_that_is_no_date_line_dates_nothing(heading: str) -> None:
    doc = _bp_doc(_penguin().replace('<h4 class="date">sön 22 november 2026</h4>', heading))
    assert doc.published is None
