"""Older CMSs' and blog templates' chrome around a post, each read by its markup and a look-alike kept: Joomla 2.5 +
Atomic, whose only ``h1`` is the site's name and whose article headline is an ``h2`` holding a link, dated only by its
"Publicerad: <veckodag>, <datum>" line in ``dl.article-info``, with the previous-post link ``ul.pagenav`` under the
text; Start Bootstrap's "Blog Post", whose byline and first paragraph are both ``p.lead`` and whose comment card heads
its form with ``h5.card-header``; Pelican + Flex, whose article header holds "Posted on <datum> in <kategori> • 3 min
read" under the ``h1`` over the bold lead."""

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


# Joomla 2.5 with the Atomic template: "div.joomla-header" holds the site's name as the page's only "h1" (no link, no
# class), "div.joomla-search" the search form, "div.moduletable_menu" the menu; the component's "div.item-page" holds
# the headline "h2" (with "Länka rubriker" on, "<h2><a href=…>Rubrik</a></h2>"), the icons "ul.actions", the details
# "dl.article-info" ("dt.article-info-term" "Detaljer", then "dd.category-name", "dd.published" with the Swedish
# "Publicerad: %s" and the format "l, d F Y H:i", "dd.createdby", "dd.hits"), the text, and the post navigation
# "ul.pagenav" of "li.pagenav-prev" and "li.pagenav-next" ("&lt; Föregående", "Nästa &gt;"). The head has no date.
_JA_URL = "https://www.vavarforeningen-sjuharad.se/index.php/nyheter/42-handbesvaren-hos-vavare-ska-foras-in-lika"
_JA_SITE = "Vävarföreningen Sjuhärad"
_JA_HEADLINE = "Handbesvären hos vävare ska föras in lika i den nya journalen"
_JA_LEAD = ("Vävare som får ont i händerna av arbetet vid vävstolen ska kunna följas i den nya journalen, och "
            "föreningens styrelse lämnade i måndags in sitt krav till regionen.")  # fmt: skip
_JA_P1 = "I en enkät i våras svarade 31 av föreningens medlemmar att de har haft ont i händer eller handleder."
_JA_H2 = "Medlemsmöte i Borås"
_JA_P2 = "Föreningen håller ett medlemsmöte om kravet i Borås den 2 april, och alla medlemmar är välkomna."
_JA_BLOCKS = [
    ("title", _JA_HEADLINE), ("lead", _JA_LEAD), ("paragraph", _JA_P1), ("heading", _JA_H2), ("paragraph", _JA_P2),
]  # fmt: skip
_JA_LINKED = f'<h2>\n\t\t\t<a href="/index.php/nyheter/42-handbesvaren-hos-vavare-ska-foras-in-lika">\n\t\t{_JA_HEADLINE}</a>\n\t\t</h2>'
_JA_PUBLISHED = "Publicerad: onsdag, 16 mars 2016 08:45"
_JA_PREV = '<li class="pagenav-prev">\n\t\t<a href="/index.php/nyheter/41-arsmotet-2016" rel="prev">&lt; Föregående</a>\n\t</li>'
_JA_NEXT = '<li class="pagenav-next">\n\t\t<a href="/index.php/nyheter/43-kurs-i-ryamattor" rel="next">Nästa &gt;</a>\n\t</li>'


def _joomla25(
    heading: str = _JA_LINKED, published: str = _JA_PUBLISHED, pagenav: str = _JA_PREV, text_after: str = ""
) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="sv-se" lang="sv-se" >
<head>
  <base href="{_JA_URL}" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="author" content="Styrelsen" />
  <meta name="description" content="Vävare som får ont i händerna ska kunna följas i den nya journalen." />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>{_JA_HEADLINE}</title>
  <link href="/templates/atomic/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
  <script src="/media/system/js/mootools-core.js" type="text/javascript"></script>
  <link rel="stylesheet" href="/templates/atomic/css/template.css" type="text/css" />
</head>
<body>
\t<div class="container">
\t\t<hr class="space" />
\t\t<div class="joomla-header span-16 append-1">
\t\t\t<h1>{_JA_SITE}</h1>
\t\t</div>
\t\t<div class="joomla-search span-7 last">
\t\t\t<form action="/index.php/nyheter" method="post"><div class="search"><label for="mod-search-searchword">Sök...</label><input name="searchword" id="mod-search-searchword" maxlength="20" class="inputbox" type="text" size="20" value="Sök..." /></div></form>
\t\t</div>
\t</div>
\t<div class="container">
\t\t<div class="moduletable_menu">
<ul class="menu"><li class="item-101"><a href="/">Hem</a></li><li class="item-102 current active"><a href="/index.php/nyheter">Nyheter</a></li><li class="item-103"><a href="/index.php/kontakt">Kontakt</a></li></ul>
\t\t</div>
\t</div>
\t<div class="container">
\t\t<div class="span-16 append-1">
\t\t\t<div class="breadcrumbs">
<span class="showHere">Du är här: </span><a href="/" class="pathway">Hem</a> <img src="/media/system/images/arrow.png" alt="" /> <a href="/index.php/nyheter" class="pathway">Nyheter</a> <img src="/media/system/images/arrow.png" alt="" /> <span>{_JA_HEADLINE}</span></div>
\t\t\t<div id="system-message-container">
</div>
\t\t\t<div class="item-page">
\t{heading}

\t<ul class="actions">
\t\t\t\t\t\t<li class="print-icon">
\t\t\t<a href="/index.php/nyheter/42?tmpl=component&amp;print=1" title="Skriv ut" rel="nofollow"><img src="/media/system/images/printButton.png" alt="Skriv ut" /></a>\t\t\t</li>
\t\t\t\t<li class="email-icon">
\t\t\t<a href="/index.php/component/mailto/?tmpl=component&amp;link=a1b2" title="E-post"><img src="/media/system/images/emailButton.png" alt="E-post" /></a>\t\t\t</li>
\t\t\t\t</ul>

\t<dl class="article-info">
\t<dt class="article-info-term">Detaljer</dt>
\t\t<dd class="category-name">
\t\t\t\tKategori: <a href="/index.php/nyheter">Nyheter</a>\t\t</dd>
\t\t<dd class="published">
\t\t{published}\t\t</dd>
\t\t<dd class="createdby">
\t\tSkriven av Styrelsen\t\t</dd>
\t\t<dd class="hits">
\t\tTräffar: 57\t\t</dd>
\t</dl>

\t\t\t\t<p><strong>{_JA_LEAD}</strong></p>
\t\t\t\t<p>{_JA_P1}</p>
\t\t\t\t<h2>{_JA_H2}</h2>
\t\t\t\t<p>{_JA_P2}</p>{text_after}

\t<ul class="pagenav">
\t{pagenav}
\t</ul>
\t</div>

\t\t\t<hr />
\t\t</div>
\t\t<div class="span-7 last">
\t\t\t<div class="moduletable">
\t\t\t\t\t<h3>Senaste nytt</h3>
\t\t\t\t\t<ul class="latestnews">
\t<li><a href="/index.php/nyheter/42-handbesvaren-hos-vavare-ska-foras-in-lika">{_JA_HEADLINE}</a></li>
\t<li><a href="/index.php/nyheter/41-arsmotet-2016">Årsmötet 2016</a></li>
</ul>
\t\t</div>
\t\t</div>
\t\t<div class="joomla-footer span-16 append-1">
\t\t\t<hr />
\t\t\t&copy;2016 {_JA_SITE}\t\t</div>
\t</div>
</body>
</html>"""  # noqa: E501


@pytest.mark.parametrize(
    ("heading", "published", "pagenav"),
    [
        (_JA_LINKED, _JA_PUBLISHED, _JA_PREV),
        (f"<h2>{_JA_HEADLINE}</h2>", _JA_PUBLISHED, _JA_PREV),  # "Länka rubriker" off: a bare h2
        (_JA_LINKED, _JA_PUBLISHED, _JA_NEXT),  # the blog's first post: the next one only
        (_JA_LINKED, _JA_PUBLISHED, f"{_JA_PREV}\n\t{_JA_NEXT}"),  # both neighbours
        (_JA_LINKED, "Publicerad: onsdag 16 mars 2016 08:45", _JA_PREV),  # a format without the comma
        (_JA_LINKED, "Publicerad: 16 mars 2016", _JA_PREV),  # "d F Y", no weekday
    ],
)
def test_joomla25_atomic_headline_h2_heads_the_post_under_the_site_name(heading: str, published: str, pagenav: str) -> None:
    doc = _cleaned(_JA_URL, _joomla25(heading, published, pagenav))
    assert (doc.title, doc.published, doc.updated) == (_JA_HEADLINE, "2016-03-16", None)
    assert _blocks(doc) == _JA_BLOCKS


def test_joomla25_updated_line_with_its_weekday_dates_the_update() -> None:
    modified = "Senast uppdaterad: fredag, 18 mars 2016 13:20"
    doc = _cleaned(_JA_URL, _joomla25(published=f"{_JA_PUBLISHED}\t\t</dd>\n\t\t<dd class=\"modified\">\n\t\t{modified}"))
    assert (doc.published, doc.updated) == ("2016-03-16", "2016-03-18")


def test_a_linked_word_in_a_list_of_the_text_stays() -> None:
    # a list in the text whose item links a word that opens like a pager's ("Nästa möte") is no post navigation, and a
    # pager word in an unclassed list stays to the link rules
    items = '<ul><li><a href="/index.php/moten/7">Nästa möte</a></li></ul>'
    doc = _cleaned(_JA_URL, _joomla25(text_after=items))
    assert _blocks(doc)[-1] == ("list_item", "Nästa möte")


def test_a_site_name_h1_with_a_headline_h2_that_is_no_page_title_stays_the_title() -> None:
    # an h2 that is not the head's whole title heads no post: the h1 stays the best there is
    page = _joomla25().replace(f"<title>{_JA_HEADLINE}</title>", "<title>Nyheter</title>")
    doc = _cleaned(_JA_URL, page)
    assert doc.title == _JA_SITE


# Start Bootstrap's "Blog Post" template (Bootstrap 4): "nav.navbar" with the site's brand, then "div.container > div.row
# > div.col-lg-8" of the post: "h1.mt-4", the byline "p.lead" ("av" and a link to the author), an "hr", the date
# paragraph ("Publicerad den … kl. …", the template's "Posted on …" translated), an "hr", the preview image, an "hr", the
# text (its first paragraph "p.lead"), an "hr", and the comment card "div.card.my-4" with "h5.card-header" over its
# form; "div.col-md-4" holds the sidebar's cards (search, categories, a side widget), each with its "h5.card-header".
_SB_URL = "https://www.brandmannaforeningen-vast.se/nyheter/horselskadorna-ska-foljas-i-nya-journalen.html"
_SB_SITE = "Brandmannaföreningen Väst"
_SB_HEADLINE = "Hörselskadorna hos brandmän ska kunna följas i den nya journalen"
_SB_LEAD = ("Brandmän som har fått hörselskador i tjänsten ska kunna följas genom vården när regionen byter "
            "journalsystem, och föreningens styrelse har skickat in ett krav om det.")  # fmt: skip
_SB_P1 = "Kravet bygger på en enkät som 63 av föreningens medlemmar svarade på under vintern."
_SB_H2 = "Möte med programmet"
_SB_P2 = "Föreningens ordförande träffar programmets arbetsgrupp för arbetsmedicin i Vänersborg den 4 juni."
_SB_BLOCKS = [
    ("title", _SB_HEADLINE), ("lead", _SB_LEAD), ("paragraph", _SB_P1), ("heading", _SB_H2), ("paragraph", _SB_P2),
]  # fmt: skip
_SB_BYLINE = '<p class="lead">\n            av\n            <a href="../om-foreningen.html">Styrelsen</a>\n          </p>'
_SB_COMMENTS = """<div class="card my-4">
            <h5 class="card-header">Lämna en kommentar:</h5>
            <div class="card-body">
              <form>
                <div class="form-group">
                  <textarea class="form-control" rows="3"></textarea>
                </div>
                <button type="submit" class="btn btn-primary">Skicka</button>
              </form>
            </div>
          </div>"""


def _blog_post(byline: str = _SB_BYLINE, comments: str = _SB_COMMENTS, lead_class: str = "lead", text_after: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="sv">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
    <meta name="description" content="Brandmän med hörselskador ska kunna följas i den nya journalen.">
    <meta name="author" content="{_SB_SITE}">
    <title>{_SB_HEADLINE} - {_SB_SITE}</title>
    <link href="../vendor/bootstrap/css/bootstrap.min.css" rel="stylesheet">
    <link href="../css/blog-post.css" rel="stylesheet">
  </head>
  <body>
    <!-- Navigation -->
    <nav class="navbar navbar-expand-lg navbar-dark bg-dark fixed-top">
      <div class="container">
        <a class="navbar-brand" href="../index.html">{_SB_SITE}</a>
        <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#navbarResponsive" aria-controls="navbarResponsive" aria-expanded="false" aria-label="Visa meny">
          <span class="navbar-toggler-icon"></span>
        </button>
        <div class="collapse navbar-collapse" id="navbarResponsive">
          <ul class="navbar-nav ml-auto">
            <li class="nav-item"><a class="nav-link" href="../index.html">Hem</a></li>
            <li class="nav-item active"><a class="nav-link" href="../nyheter.html">Nyheter <span class="sr-only">(aktuell)</span></a></li>
            <li class="nav-item"><a class="nav-link" href="../kontakt.html">Kontakt</a></li>
          </ul>
        </div>
      </div>
    </nav>

    <!-- Page Content -->
    <div class="container">
      <div class="row">
        <!-- Post Content Column -->
        <div class="col-lg-8">
          <!-- Title -->
          <h1 class="mt-4">{_SB_HEADLINE}</h1>
          <!-- Author -->
          {byline}
          <hr>
          <!-- Date/Time -->
          <p>Publicerad den 14 maj 2019 kl. 08:30</p>
          <hr>
          <!-- Preview Image -->
          <img class="img-fluid rounded" src="../img/brandstation-900x300.jpg" alt="Brandstationen i Trollhättan">
          <hr>
          <!-- Post Content -->
          <p class="{lead_class}">{_SB_LEAD}</p>
          <p>{_SB_P1}</p>
          <h2>{_SB_H2}</h2>
          <p>{_SB_P2}</p>{text_after}
          <hr>
          <!-- Comments Form -->
          {comments}
        </div>

        <!-- Sidebar Widgets Column -->
        <div class="col-md-4">
          <!-- Search Widget -->
          <div class="card my-4">
            <h5 class="card-header">Sök</h5>
            <div class="card-body">
              <div class="input-group">
                <input type="text" class="form-control" placeholder="Sök efter...">
                <span class="input-group-btn"><button class="btn btn-secondary" type="button">Sök</button></span>
              </div>
            </div>
          </div>
          <!-- Categories Widget -->
          <div class="card my-4">
            <h5 class="card-header">Kategorier</h5>
            <div class="card-body">
              <ul class="list-unstyled mb-0"><li><a href="../kategori/halsa.html">Hälsa</a></li><li><a href="../kategori/medlemmar.html">Medlemmar</a></li></ul>
            </div>
          </div>
          <!-- Side Widget -->
          <div class="card my-4">
            <h5 class="card-header">Bli medlem</h5>
            <div class="card-body">Alla som arbetar i räddningstjänsten i Västsverige är välkomna i föreningen.</div>
          </div>
        </div>
      </div>
    </div>

    <!-- Footer -->
    <footer class="py-5 bg-dark">
      <div class="container"><p class="m-0 text-center text-white">Copyright &copy; {_SB_SITE} 2019</p></div>
    </footer>
    <script src="../vendor/jquery/jquery.min.js"></script>
  </body>
</html>"""  # noqa: E501


@pytest.mark.parametrize(
    ("byline", "comments"),
    [
        (_SB_BYLINE, _SB_COMMENTS),
        ('<p class="lead">av <a href="#">Styrelsen</a></p>', _SB_COMMENTS),  # the template's "by <a href="#">…</a>"
        ("", _SB_COMMENTS),  # no byline
        (_SB_BYLINE, _SB_COMMENTS.replace("Lämna en kommentar:", "Skriv en kommentar")),
        (_SB_BYLINE, _SB_COMMENTS.replace("Lämna en kommentar:", "Leave a Comment:")),  # the template's own words
        (_SB_BYLINE, ""),  # no comment card
    ],
)
def test_start_bootstrap_blog_posts_second_lead_paragraph_is_the_lead(byline: str, comments: str) -> None:
    doc = _cleaned(_SB_URL, _blog_post(byline, comments))
    assert (doc.title, doc.published, doc.updated) == (_SB_HEADLINE, "2019-05-14", None)
    assert _blocks(doc) == _SB_BLOCKS


def test_a_card_in_the_post_that_holds_text_keeps_its_heading() -> None:
    # a card in the text with a heading over prose is the post's own box, no comment form
    card = ('<div class="card my-4"><h5 class="card-header">Fakta om hörselskador</h5><div class="card-body"><p>Var '
            "femte brandman i Västsverige har en bullerskada enligt förbundets mätningar.</p></div></div>")  # fmt: skip
    doc = _cleaned(_SB_URL, _blog_post(text_after=card))
    assert ("heading", "Fakta om hörselskador") in _blocks(doc)
    assert _blocks(doc)[-1][0] == "paragraph"


def test_a_heading_over_a_form_among_the_posts_paragraphs_stays() -> None:
    # the form goes, but a heading in the post's own column beside its paragraphs is no form's card
    signup = ('<h2>Anmäl dig till mötet</h2><form action="/anmalan"><input type="text" name="namn"><button type="submit">'
              "Skicka</button></form><p>Sista dag att anmäla sig är fredagen den 31 maj.</p>")  # fmt: skip
    doc = _cleaned(_SB_URL, _blog_post(text_after=signup))
    assert _blocks(doc)[-2:] == [("heading", "Anmäl dig till mötet"), ("paragraph", "Sista dag att anmäla sig är fredagen den 31 maj.")]


# Pelican with alexandrevicenzi's Flex: "aside" holds the site's logo, its name as an "h1" with a link home, the
# subtitle, the menu and the social links; "main" holds a "nav" of links and "article.single", whose "header" has the
# headline "h1" (its slug as the id) and a "p" of "Posted on {{ locale_date }} in <a>{{ category }}</a>" with the
# reading time ("&#8226; 3 min read", the readtime plugin) or the tags after it; the text is a bare "div", then
# "div.tag-cloud". The date stands in the head's "article:published_time" and the JSON-LD.
_FX_URL = "https://www.celiakiforeningen-skaraborg.se/glutenvarningen-ska-synas-i-journalen.html"
_FX_SITE = "Celiakiföreningen Skaraborg"
_FX_HEADLINE = "Glutenvarningen ska synas i journalen från första besöket"
_FX_LEAD = ("När Skaraborgs Sjukhus byter journalsystem ska journalen för patienter med celiaki varna för "
            "läkemedel som innehåller vetestärkelse, och föreningen har fått klartecken från kliniken.")  # fmt: skip
_FX_P1 = "Föreningen begärde varningen i en skrivelse till kliniken i början av februari."
_FX_H2 = "Nytt medlemsmöte i Skövde"
_FX_P2 = "Föreningen håller ett medlemsmöte i Skövde den 17 april, och anmälan görs till kansliet."
_FX_BLOCKS = [
    ("title", _FX_HEADLINE), ("lead", _FX_LEAD), ("paragraph", _FX_P1), ("heading", _FX_H2), ("paragraph", _FX_P2),
]  # fmt: skip
_FX_POSTED = """<p>
      Posted on tis 6 april 2021 in <a href="https://www.celiakiforeningen-skaraborg.se/category/nyheter.html">Nyheter</a>

        &#8226; 2 min read
    </p>"""


def _flex(posted: str = _FX_POSTED, lead: str = f"<p><strong>{_FX_LEAD}</strong></p>") -> str:
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <meta name="author" content="Styrelsen" />
  <meta property="og:site_name" content="{_FX_SITE}"/>
  <meta property="og:title" content="{_FX_HEADLINE}"/>
  <meta property="og:url" content="{_FX_URL}"/>
  <meta property="og:type" content="article"/>
  <meta property="article:published_time" content="2021-04-06 10:15:00+02:00"/>
  <meta property="article:modified_time" content=""/>
  <meta property="article:section" content="Nyheter"/>
  <title>{_FX_SITE} &ndash; {_FX_HEADLINE}</title>
</head>
<body class="light-theme">
  <aside>
    <div>
      <a href="https://www.celiakiforeningen-skaraborg.se/"><img src="https://www.celiakiforeningen-skaraborg.se/images/logo.png" alt="{_FX_SITE}" title="{_FX_SITE}"></a>
      <h1><a href="https://www.celiakiforeningen-skaraborg.se/">{_FX_SITE}</a></h1>
<p>För alla med celiaki i Skaraborg</p>
      <nav><ul class="list"><li><a target="_self" href="https://www.celiakiforeningen-skaraborg.se/pages/om-oss.html">Om oss</a></li></ul></nav>
      <ul class="social"><li><a class="sc-facebook" href="https://www.facebook.com/celiakiskaraborg" target="_blank"><i class="fab fa-facebook"></i></a></li></ul>
    </div>
  </aside>
  <main>
    <nav>
      <a href="https://www.celiakiforeningen-skaraborg.se/">Hem</a>
      <a href="https://www.celiakiforeningen-skaraborg.se/archives.html">Arkiv</a>
      <a href="https://www.celiakiforeningen-skaraborg.se/categories.html">Kategorier</a>
    </nav>

<article class="single">
  <header>
    <h1 id="glutenvarningen-ska-synas-i-journalen">{_FX_HEADLINE}</h1>
    {posted}
  </header>

  <div>
    {lead}
    <p>{_FX_P1}</p>
    <h2>{_FX_H2}</h2>
    <p>{_FX_P2}</p>
  </div>
  <div class="tag-cloud">
    <p>
      <a href="https://www.celiakiforeningen-skaraborg.se/tag/celiaki.html">celiaki</a>
    </p>
  </div>
</article>

    <footer>
<p>&copy; 2021 {_FX_SITE}</p>
<p>Built with <a href="http://getpelican.com" target="_blank">Pelican</a> using <a href="http://bit.ly/flex-pelican" target="_blank">Flex</a> theme</p>
    </footer>
  </main>
</body>
</html>"""  # noqa: E501


_FX_TAGS = ('<p>\n      Posted on tis 6 april 2021 in <a href="/category/nyheter.html">Nyheter</a>\n\n      &#8226; Tagged '
            'with\n      <a href="/tag/celiaki.html">celiaki</a>, <a href="/tag/journalen.html">journalen</a>\n    </p>')  # fmt: skip


@pytest.mark.parametrize(
    "posted",
    [
        _FX_POSTED,
        '<p>Posted on tis 6 april 2021 in <a href="/category/nyheter.html">Nyheter</a></p>',  # no reading time
        _FX_TAGS,  # the tags after the category
        '<p>Posted on Tue 06 April 2021 in <a href="/category/nyheter.html">Nyheter</a> &#8226; 2 min read</p>',
        '<p>Publicerad tis 6 april 2021 i <a href="/category/nyheter.html">Nyheter</a> &#8226; 2 min läsning</p>',
    ],
)
def test_flex_posted_on_line_goes_and_the_bold_paragraph_is_the_lead(posted: str) -> None:
    doc = _cleaned(_FX_URL, _flex(posted))
    assert (doc.title, doc.published, doc.updated) == (_FX_HEADLINE, "2021-04-06", None)
    assert _blocks(doc) == _FX_BLOCKS


def test_a_sentence_that_opens_with_posted_stays() -> None:
    # a sentence in the text about what was posted goes on after the category and stays
    said = "Posted on tis 6 april 2021 in Nyheter stod det i brevet, som föreningen fick veckan efter mötet."
    doc = _cleaned(_FX_URL, _flex(lead=f"<p><strong>{_FX_LEAD}</strong></p><p>{said}</p>"))
    assert ("paragraph", said) in _blocks(doc)
