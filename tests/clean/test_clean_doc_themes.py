"""Documentation generators' themes run as a blog, their chrome dropped by its markup and their dates read where the
theme prints them: VuePress + vuepress-theme-hope's previous/next post line ``div.page-nav`` after the text, and its
"Senast uppdaterad" (the file's git time) on the day of the publication, no update; Sphinx + Furo + ABlog's post card in
the left sidebar, whose heading is the post's date, and Furo's "Last updated on" under the page, an update only on a
later day."""

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


# VuePress 1 with vuepress-theme-hope: "main.page" holds the title box "div.page-title" (the "h1" and the page info of
# icons, the author, the date, the category and the reading time), the text "div.theme-default-content", the footer
# "footer.page-edit" (the edit link and "div.last-updated", the file's git time) and the post navigation
# "div.page-nav > p.inner" of "span.prev" (an arrow, the character or an SVG icon, and the link) and "span.next".
_VP_URL = "https://patientradet-skaraborg.se/posts/nya-journalen.html"
_VP_HEADLINE = "Nya journalen i primärvården"
_VP_LEAD = ("Vårdcentralerna i Skaraborg börjar använda Millennium den 12 april, och patientrådet har samlat det som "
            "förändras för patienterna.")  # fmt: skip
_VP_P1 = "De första två veckorna tar mottagningarna emot färre besök per dag, och telefontiderna blir kortare än vanligt."
_VP_P2 = "Recept som förnyas under bytet hanteras som vanligt via 1177, men svaren kan dröja någon dag extra."
_VP_BLOCKS = [("title", _VP_HEADLINE), ("lead", _VP_LEAD), ("paragraph", _VP_P1), ("paragraph", _VP_P2)]
_VP_ICON = '<svg viewBox="0 0 1024 1024" class="icon {0}-icon"><path d="M716.4 110.137"></path></svg>'
_VP_PREV = """<span class="prev">
        ←
        <a href="/posts/arsmote.html" class="prev">
          Årsmötet flyttas till digitalt
        </a></span>"""
_VP_NEXT = """<span class="next"><a href="/posts/vardguiden.html">
          Vårdguiden på nya adresser
        </a>
        →
      </span>"""
_VP_PUBLISHED_META = '<meta property="article:published_time" content="2021-03-22T00:00:00.000Z">'


def _vp_nav(prev: str = _VP_PREV, next_: str = "<!---->") -> str:
    return f'<div class="page-nav"><p class="inner">{prev} {next_}</p></div>'


def _vuepress(nav: str = _vp_nav(), updated: str = "2021-03-22 09:47", head: str = _VP_PUBLISHED_META) -> str:
    info = (f'<div class="page-info"><span aria-label="Författare🖊" data-balloon-pos="down" class="author-info">'
            f'{_VP_ICON.format("author")} <span property="author" content="Styrelsen">Styrelsen</span></span> <span '
            f'aria-label="Skrivdatum📅" data-balloon-pos="down" class="time-info">{_VP_ICON.format("calendar")} <span '
            f'property="datePublished" content="2021-03-22">2021-03-22</span></span> <span aria-label="Kategori🌈" '
            f'data-balloon-pos="down" class="category-info">{_VP_ICON.format("category")} <ul class="categories-wrapper">'
            f'<li class="category category4 clickable" role="navigation">Nyheter</li></ul> <meta property="articleSection" '
            f'content="Nyheter"></span> <span aria-label="Lästid⌛" data-balloon-pos="down" class="reading-time-info">'
            f'{_VP_ICON.format("timer")} <span>Ca 2 min</span> <meta property="timeRequired" content="PT2M"></span></div>')  # fmt: skip
    return f"""<!DOCTYPE html>
<html lang="sv-SE">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <title>{_VP_HEADLINE} | Patientrådet Skaraborg</title>
    <meta name="generator" content="VuePress 1.9.10">
    <meta name="description" content="Vårdcentralerna i Skaraborg börjar använda Millennium i april.">
    <meta property="og:url" content="{_VP_URL}">
    <meta property="og:site_name" content="Patientrådet Skaraborg">
    <meta property="og:title" content="{_VP_HEADLINE}">
    <meta property="og:type" content="article">
    <meta property="og:locale" content="sv-SE">
    <meta property="article:author" content="Styrelsen">
    {head}
    <link rel="stylesheet" href="/assets/css/0.styles.4c1d2a3b.css">
  </head>
  <body>
    <div id="app" data-server-rendered="true"><div class="theme-container has-navbar has-sidebar"><header class="navbar"><div class="sidebar-button"><svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" role="img" viewBox="0 0 448 512" class="icon"><path fill="currentColor" d="M436 124H12"></path></svg></div> <a href="/" class="home-link router-link-active"><span class="site-name">Patientrådet Skaraborg</span></a> <div class="links"><nav class="nav-links can-hide"><div class="nav-item"><a href="/" class="nav-link">Hem</a></div><div class="nav-item"><a href="/posts/" class="nav-link">Nyheter</a></div></nav></div></header> <div class="sidebar-mask"></div> <aside class="sidebar"><ul class="sidebar-links"><li><a href="/posts/nya-journalen.html" aria-current="page" class="active sidebar-link">{_VP_HEADLINE}</a></li><li><a href="/posts/arsmote.html" class="sidebar-link">Årsmötet flyttas till digitalt</a></li></ul></aside> <main class="page"><div class="page-title"><h1>{_VP_HEADLINE}</h1> {info} <hr></div> <div class="theme-default-content content__default"><p><strong>{_VP_LEAD}</strong></p>
<p>{_VP_P1}</p>
<p>{_VP_P2}</p>
</div> <footer class="page-edit"><div class="edit-link"><a href="https://github.com/patientradet/webb/edit/main/docs/posts/nya-journalen.md" target="_blank" rel="noopener noreferrer">Redigera sidan</a> <span><svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" focusable="false" viewBox="0 0 100 100" width="15" height="15" class="icon outbound"><path fill="currentColor" d="M18.8,85.1h56l0,0"></path></svg> <span class="sr-only">(öppnas i nytt fönster)</span></span></div> <div class="last-updated"><span class="prefix">Senast uppdaterad:</span> <span class="time">{updated}</span></div></footer> {nav} </main></div><div class="global-ui"></div></div>
    <script src="/assets/js/app.7b2f0e1c.js" defer></script>
  </body>
</html>"""  # noqa: E501


_vp_doc = functools.partial(_cleaned, _VP_URL)


@pytest.mark.parametrize(
    "nav",
    [
        _vp_nav(),
        _vp_nav(_VP_PREV.replace("←", _VP_ICON.format("prev"))),  # the arrow an SVG icon
        _vp_nav("<!---->", _VP_NEXT),
        _vp_nav(_VP_PREV, _VP_NEXT),
        _vp_nav(_VP_PREV.replace("←", ""), _VP_NEXT.replace("→", _VP_ICON.format("next"))),
        "",  # no neighbour
    ],
)
def test_vuepress_page_nav_of_the_previous_and_next_post_goes(nav: str) -> None:
    doc = _vp_doc(_vuepress(nav))
    assert (doc.title, doc.published, doc.language) == (_VP_HEADLINE, "2021-03-22", "sv")
    assert _blocks(doc) == _VP_BLOCKS


@pytest.mark.parametrize(
    "line",
    [
        # a link to another post in the text, with an arrow, stays: it is no neighbour in its own classed box
        '<p>← <a href="/posts/arsmote.html">Årsmötet flyttas till digitalt</a></p>',
        '<p>Läs mer i <span class="next"><a href="/posts/del-2.html">nästa del</a></span> av serien om journalen.</p>',
    ],
)
def test_an_arrow_and_a_link_in_the_text_stay(line: str) -> None:
    doc = _vp_doc(_vuepress().replace(f"<p>{_VP_P2}</p>", f"<p>{_VP_P2}</p>{line}"))
    assert _blocks(doc)[:4] == _VP_BLOCKS
    assert len(doc.blocks) == 5


@pytest.mark.parametrize(
    ("updated", "head", "expected"),
    [
        # the file's git time on the day of the publication (the front matter's date, midnight UTC in the meta tag)
        ("2021-03-22 09:47", _VP_PUBLISHED_META, None),
        # vuepress-theme-hope 2 also writes the git time as article:modified_time
        ("2021-03-22 09:47", f'{_VP_PUBLISHED_META}<meta property="article:modified_time" content="2021-03-22T09:47:12.000Z">',
         None),  # fmt: skip
        ("2021-03-22 09:47", "", None),  # the page info's date alone
        # an update on a later day stays
        ("2021-04-02 14:05", _VP_PUBLISHED_META, "2021-04-02"),
        ("2021-04-02 14:05", "", "2021-04-02"),
    ],
)
def test_vuepress_last_updated_on_the_day_of_the_publication_is_no_update(updated: str, head: str, expected: str | None) -> None:
    doc = _vp_doc(_vuepress(updated=updated, head=head))
    assert (doc.published, doc.updated) == ("2021-03-22", expected)
    assert _blocks(doc) == _VP_BLOCKS


# Sphinx with Furo and ABlog: the left sidebar "aside.sidebar-drawer" holds the site's name, the search form, the tree
# and ABlog's sidebars: the post card "div.ablog__postcard" (its "h2" the post's date after a calendar icon, a list of
# the author, the category and the tags) and the recent posts and archive boxes; the text is
# "article#furo-main-content > section", and Furo's footer holds the related pages and "div.bottom-of-page" with the
# copyright and "Last updated on …".
_SPHINX_URL = "https://diabetes-alingsas.se/blog/posts/nya-journalen.html"
_SPHINX_HEADLINE = "Nya journalen på diabetesmottagningen"
_SPHINX_LEAD = ("Diabetesmottagningen på Alingsås lasarett går över till Millennium den 16 november, och föreningen har "
                "fått svar på medlemmarnas frågor.")  # fmt: skip
_SPHINX_P1 = "Under de två första veckorna bokas färre besök per dag, och provsvar kan dröja någon dag extra."
_SPHINX_P2 = "Recept på insulin och testmaterial förnyas som vanligt via 1177."
_SPHINX_BLOCKS = [("title", _SPHINX_HEADLINE), ("lead", _SPHINX_LEAD), ("paragraph", _SPHINX_P1), ("paragraph", _SPHINX_P2)]
_SPHINX_UPDATED = "Last updated on nov. 11, 2026"


def _postcard(date: str = '<i class="fa fa-calendar"></i> <span>11 november 2026</span>', update: str = "") -> str:
    return f"""<div class="ablog__postcard">
<h2>
  {date}
</h2>
<ul class="ablog__postcard-list">
  {update}
  <li id="ablog-sidebar-item author ablog__author">
    <span><i class="fa-fw fa fa-user"></i> Författare:</span>
    <a href="../../blog/author/styrelsen.html">Styrelsen</a>
  </li>
  <li id="ablog-sidebar-item category ablog__category">
    <span><i class="fa-fw fa fa-folder-open"></i> Kategori:</span>
    <a href="../../blog/category/nyheter.html">Nyheter</a>
  </li>
  <li id="ablog-sidebar-item tags ablog__tags">
    <span><i class="fa-fw fa fa-tag"></i> Taggar:</span>
    <a href="../../blog/tag/millennium.html">Millennium</a>
  </li>
</ul>
</div>"""


def _sphinx(postcard: str = _postcard(), updated: str = _SPHINX_UPDATED) -> str:
    return f"""<!doctype html>
<html class="no-js" lang="sv" data-content_root="../../">
  <head><meta charset="utf-8"/>
    <meta name="viewport" content="width=device-width,initial-scale=1"/>
    <meta name="color-scheme" content="light dark">
    <link rel="index" title="Index" href="../../genindex.html" /><link rel="search" title="Sök" href="../../search.html" /><link rel="next" title="Årsmöte 2026" href="../arsmote.html" /><link rel="prev" title="Blogg" href="../../blog.html" />
    <link rel="alternate" type="application/atom+xml" href="../../blog/atom.xml" title="Diabetesföreningen Alingsås" />
    <meta name="generator" content="sphinx-8.1.3, furo 2024.08.06"/>
    <title>{_SPHINX_HEADLINE} - Diabetesföreningen Alingsås</title>
    <link rel="stylesheet" type="text/css" href="../../_static/styles/furo.css?v=354aac6f" />
    <link rel="stylesheet" type="text/css" href="../../_static/ablog/ablog.css?v=bf2e6d6c" />
  </head>
  <body>
    <script>document.body.dataset.theme = localStorage.getItem("theme") || "auto";</script>
<svg xmlns="http://www.w3.org/2000/svg" style="display: none;"><symbol id="svg-toc" viewBox="0 0 24 24"><title>Contents</title><path d="M4 6h16"/></symbol></svg>
<input type="checkbox" class="sidebar-toggle" name="__navigation" id="__navigation">
<label class="overlay sidebar-overlay" for="__navigation"><div class="visually-hidden">Dölj navigeringsfältet</div></label>
<a class="skip-to-content muted-link" href="#furo-main-content">Hoppa till innehållet</a>
<div class="page">
  <header class="mobile-header">
    <div class="header-center"><a href="../../index.html"><div class="brand">Diabetesföreningen Alingsås</div></a></div>
  </header>
  <aside class="sidebar-drawer">
    <div class="sidebar-container">
      <div class="sidebar-sticky"><a class="sidebar-brand" href="../../index.html"><span class="sidebar-brand-text">Diabetesföreningen Alingsås</span></a>
<form class="sidebar-search-container" method="get" action="../../search.html" role="search"><input class="sidebar-search" placeholder="Sök" name="q" aria-label="Sök"></form>
<div id="searchbox"></div><div class="sidebar-scroll"><div class="sidebar-tree">
  <ul>
<li class="toctree-l1"><a class="reference internal" href="../../om.html">Om föreningen</a></li>
<li class="toctree-l1"><a class="reference internal" href="../../blog.html">Blogg</a></li>
</ul>
</div>
{postcard}
<div class="ablog-sidebar-item ablog__recentposts">
<h3><a href="../../blog.html">Senaste inlägg</a></h3>
<ul>
  <li><a href="../arsmote.html">20 oktober 2026 - Årsmöte 2026</a></li>
  <li><a href="../hostmote.html">2 september 2026 - Höstmöte om nya journalen</a></li>
</ul>
</div>
<div class="ablog-sidebar-item ablog__archives">
<h3><a href="../../blog/archive.html">Arkiv</a></h3>
<ul><li><a href="../../blog/2026.html">2026 (4)</a></li></ul>
</div>
</div>
      </div>
    </div>
  </aside>
  <div class="main">
    <div class="content">
      <div class="article-container">
        <a href="#" class="back-to-top muted-link"><span>Till början</span></a>
        <article role="main" id="furo-main-content">
          <section id="nya-journalen-pa-diabetesmottagningen">
<h1>{_SPHINX_HEADLINE}<a class="headerlink" href="#nya-journalen-pa-diabetesmottagningen" title="Link to this heading">¶</a></h1>
<p><strong>{_SPHINX_LEAD}</strong></p>
<p>{_SPHINX_P1}</p>
<p>{_SPHINX_P2}</p>
</section>
        </article>
      </div>
      <footer>
        <div class="related-pages">
          <a class="next-page" href="../arsmote.html"><div class="page-info"><div class="context"><span>Nästa</span></div><div class="title">Årsmöte 2026</div></div></a>
          <a class="prev-page" href="../../blog.html"><div class="page-info"><div class="context"><span>Föregående</span></div><div class="title">Blogg</div></div></a>
        </div>
        <div class="bottom-of-page">
          <div class="left-details">
            <div class="copyright">Copyright &#169; 2026, Diabetesföreningen Alingsås</div>
            Skapad med <a href="https://www.sphinx-doc.org/">Sphinx</a> och <a class="muted-link" href="https://pradyunsg.me">@pradyunsg</a>s
            <a href="https://github.com/pradyunsg/furo">Furo</a>
            <div class="last-updated">
              {updated}</div>
          </div>
          <div class="right-details"></div>
        </div>
      </footer>
    </div>
    <aside class="toc-drawer no-toc"></aside>
  </div>
</div>
  </body>
</html>"""  # noqa: E501


_sphinx_doc = functools.partial(_cleaned, _SPHINX_URL)


@pytest.mark.parametrize(
    ("postcard", "updated", "dates"),
    [
        (_postcard(), _SPHINX_UPDATED, ("2026-11-11", None)),  # Furo's stamp on the post's day is no update
        (_postcard(), "", ("2026-11-11", None)),
        (_postcard("<span>11 november 2026</span>"), _SPHINX_UPDATED, ("2026-11-11", None)),  # no icons
        (_postcard('<i class="fa fa-calendar"></i> 11 november 2026'), "", ("2026-11-11", None)),  # the date loose
        (_postcard('<i class="fa fa-calendar"></i> <span>11 November 2026</span>'), "", ("2026-11-11", None)),  # English
        (_postcard('<i class="fa fa-calendar"></i> <span>Nov 11, 2026</span>'), "", ("2026-11-11", None)),
        # Furo's stamp on a later day is the update; so is Sphinx's Swedish label, with its full stop
        (_postcard(), "Last updated on nov. 20, 2026", ("2026-11-11", "2026-11-20")),
        (_postcard(), "Last updated on: nov. 20, 2026", ("2026-11-11", "2026-11-20")),
        (_postcard(), "Senast uppdaterad 20 november 2026.", ("2026-11-11", "2026-11-20")),
        # ABlog's own update line in the card, with its label or its icon alone
        (_postcard(update='<li id="published"><span>Uppdatering:</span> 14 november 2026</li>'), "",
         ("2026-11-11", "2026-11-14")),  # fmt: skip
        (_postcard(update='<li id="published"><span><i class="fa fa-pencil-square-o"></i></span> 14 november 2026</li>'),
         _SPHINX_UPDATED, ("2026-11-11", "2026-11-14")),  # fmt: skip
        # a draft's card names no date
        (_postcard('<i class="fa fa-pencil"></i> <span>Draft</span>'), _SPHINX_UPDATED, (None, None)),
        # no post card (the blog's index, a page that is no post): neither the recent posts' dates nor Furo's stamp
        ("", _SPHINX_UPDATED, (None, None)),
        ("", "", (None, None)),
    ],
)
def test_ablogs_post_card_dates_the_post_and_goes(postcard: str, updated: str, dates: tuple[str | None, str | None]) -> None:
    doc = _sphinx_doc(_sphinx(postcard, updated))
    assert (doc.title, doc.language) == (_SPHINX_HEADLINE, "sv")
    assert (doc.published, doc.updated) == dates
    assert _blocks(doc) == _SPHINX_BLOCKS
