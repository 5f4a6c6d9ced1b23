"""Static generators' and older CMSs' themes around a post, each read by its markup and a look-alike kept: Drupal 7 +
Omega 4's "Skickades in av … den …" line over the body; Cryogen's blue theme, whose post has no ``h1`` but an ``h2``
under the date and the author; Hugo + Jane's copyright box of the author, the last change and the licence; Nikola +
bootblog4's headline that links to the post itself over the bold lead; Pelican + m.css's summary in the article's
header under its linked headline."""

from __future__ import annotations

import pytest

from fvmdocs.clean import clean_page
from fvmdocs.models import Document, RawPage


def _cleaned(url: str, html: str) -> Document:
    """A whole page of a theme's markup, cleaned as served from ``url``."""
    return clean_page(RawPage(url=url, body=html.encode(), source="t"))


def _blocks(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in doc.blocks]


# Drupal 7 with Omega 4: "div.l-content[role=main]" holds the page's "h1" (the node's title), then the node
# "article.node" (RDFa's "typeof" and "about"), whose "div.node__submitted" holds Drupal's "Submitted by !username on
# !datetime" in Swedish, the user's "span.username" inside RDF's "span[rel=sioc:has_creator]" and the date inside
# "span[property='dc:date dc:created']" with the moment in its "content", then the body field's "div.field__item".
_D7_URL = "https://nackskadeforeningen.se/nyheter/remisserna-till-ryggmottagningen-skickas-digitalt"
_D7_HEADLINE = "Remisserna till ryggmottagningen skickas digitalt"
_D7_LEAD = ("Från och med oktober skickas alla remisser till ryggmottagningen i Skövde digitalt, och föreningens "
            "medlemmar behöver inte längre ta med papperskopian.")  # fmt: skip
_D7_P1 = "Mottagningen har fått frågor om hur remisserna syns i den nya journalen, och svaren finns på regionens sidor."
_D7_P2 = "Kansliet tar emot frågor från medlemmarna på telefon måndag till torsdag mellan klockan nio och tolv."
_D7_P3 = "Styrelsen följer införandet och återkommer i medlemsbladet när mottagningen har utvärderat de första månaderna."
_D7_BLOCKS = [("title", _D7_HEADLINE), ("lead", _D7_LEAD), ("paragraph", _D7_P1), ("paragraph", _D7_P2), ("paragraph", _D7_P3)]
_D7_USER = ('<span rel="sioc:has_creator"><span class="username" xml:lang="" about="/user/3" typeof="sioc:UserAccount" '
            'property="foaf:name" datatype="">Kansliet</span></span>')  # fmt: skip
_D7_DATE = ('<span property="dc:date dc:created" content="2016-09-29T10:12:00+02:00" datatype="xsd:dateTime">'
            "tors, 2016-09-29 10:12</span>")  # fmt: skip
_D7_SUBMITTED = f'<div class="node__submitted">Skickades in av {_D7_USER} den {_D7_DATE}</div>'
_D7_META = '<meta property="article:published_time" content="2016-09-29T10:12:00+02:00">'


def _drupal7(submitted: str = _D7_SUBMITTED, meta: str = _D7_META, text_after: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="sv" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ foaf: http://xmlns.com/foaf/0.1/ sioc: http://rdfs.org/sioc/ns#"><head><meta charset="utf-8"><link rel="shortlink" href="/node/212"><link rel="canonical" href="{_D7_URL}">{meta}<meta name="Generator" content="Drupal 7 (http://drupal.org)"><title>{_D7_HEADLINE} | Nackskadeföreningen Väst</title><meta name="viewport" content="width=device-width, initial-scale=1.0"></head><body class="html not-front not-logged-in page-node page-node- page-node-212 node-type-article"><a href="#main-content" class="element-invisible element-focusable">Hoppa till huvudinnehåll</a><div class="l-page"><header class="l-header" role="banner"><div class="l-branding"><a href="/" title="Hem" rel="home" class="site-logo"><img src="/sites/all/themes/nackskada/logo.png" alt="Hem"></a><h2 class="site-name"><a href="/" title="Hem" rel="home"><span>Nackskadeföreningen Väst</span></a></h2></div><div class="l-region l-region--navigation"><nav id="block-system-main-menu" role="navigation" class="block block--system block--menu block--system-main-menu"><ul class="menu"><li class="first leaf"><a href="/">Hem</a></li><li class="leaf"><a href="/nyheter">Nyheter</a></li><li class="last leaf"><a href="/kontakt">Kontakt</a></li></ul></nav></div></header><div class="l-main"><div class="l-content" role="main"><h2 class="element-invisible">Du är här</h2><div class="breadcrumb"><a href="/">Hem</a> » <a href="/nyheter">Nyheter</a></div><a id="main-content"></a><h1>{_D7_HEADLINE}</h1><article about="/nyheter/remisserna-till-ryggmottagningen-skickas-digitalt" typeof="sioc:Item foaf:Document" role="article" class="node node--article node--full node--article--full"><span property="dc:title" content="{_D7_HEADLINE}" class="rdf-meta element-hidden"></span><span property="sioc:num_replies" content="0" datatype="xsd:integer" class="rdf-meta element-hidden"></span>{submitted}<div class="field field--name-body field--type-text-with-summary field--label-hidden"><div class="field__items"><div class="field__item even" property="content:encoded"><p><strong>{_D7_LEAD}</strong></p>
<p>{_D7_P1}</p>
<p>{_D7_P2}</p>
<p>{_D7_P3}</p>{text_after}
</div></div></div><ul class="links inline"><li class="node-readmore first last"><a href="/nyheter" rel="tag">Fler nyheter</a></li></ul></article></div><aside class="l-region l-region--sidebar-first"><div class="block block--views"><h2 class="block__title">Senaste nytt</h2><div class="view-content"><ul><li><a href="/nyheter/arsmotet-2016">Årsmötet 2016</a></li></ul></div></div></aside></div><footer class="l-footer" role="contentinfo"><div class="block block--block"><p>Nackskadeföreningen Väst · Box 120 · 541 30 Skövde</p></div></footer></div></body></html>"""  # noqa: E501


_D7_FOOTER = (f'<footer class="node__submitted"><p class="submitted">Skickades in av {_D7_USER} den {_D7_DATE}</p>'
              "</footer>")  # fmt: skip
_D7_ENGLISH = _D7_SUBMITTED.replace("Skickades in av", "Submitted by").replace(" den ", " on ").replace("tors, ", "Thu, ")


@pytest.mark.parametrize(
    ("submitted", "meta"),
    [
        (_D7_SUBMITTED, _D7_META),
        (_D7_SUBMITTED, ""),  # no meta tag: the span's "content" dates the node
        (_D7_SUBMITTED.replace("node__submitted", "submitted"), ""),  # Drupal 7's default "div.submitted"
        (_D7_SUBMITTED.replace("node__submitted", "meta"), ""),  # a theme's own class: the line and its dc:date span
        (_D7_FOOTER, ""),  # Omega 4's node template: "footer.node__submitted > p.submitted"
        (_D7_ENGLISH, ""),
        # Drupal 7's default medium format, month first: the moment in the span's "content" dates the node
        (_D7_SUBMITTED.replace("tors, 2016-09-29 10:12", "tors, 09/29/2016 - 10:12"), ""),
        (_D7_SUBMITTED.replace(_D7_USER, '<a href="/users/kansliet" title="Visa användarprofil." class="username">Kansliet</a>'), ""),
    ],
)
def test_drupal_7s_submitted_line_goes_the_node_stays_dated_and_the_bold_lead_is_the_lead(submitted: str, meta: str) -> None:
    doc = _cleaned(_D7_URL, _drupal7(submitted, meta))
    assert (doc.title, doc.published, doc.updated, doc.language) == (_D7_HEADLINE, "2016-09-29", None, "sv")
    assert _blocks(doc) == _D7_BLOCKS


def test_a_sentence_about_a_submission_in_the_text_stays() -> None:
    sentence = "Remissen skickades in av mottagningen den 29 september, och svaret kom samma vecka."
    doc = _cleaned(_D7_URL, _drupal7(text_after=f"<p>{sentence}</p>"))
    assert _blocks(doc)[-1] == ("paragraph", sentence)


# Cryogen's blue theme: no "h1" at all. "div#content" holds "div#post": "div.post-header" of "div#post-meta" (the
# author's "div.byline" of "By: <a>…</a>" and the date "span.date" in Cryogen's English "longDate") and the post's
# title as an "h2", then an unclassed "div" of the text, "div#post-tags" and "div#prev-next". The head's title is
# Cryogen's "{{title}}: {{post.title}}", the site's name first; no og:title.
_CR_URL = "https://nereid-konstsim.se/posts/2017-06-18-nackskadorna-hos-konstsimmare/"
_CR_SITE = "Göteborgs Konstsimsklubb Nereid"
_CR_HEADLINE = "Nackskadorna hos konstsimmare ska kunna följas i den nya journalen"
_CR_LEAD = ("Regionens nya journalsystem får en egen mall för idrottsskador, och klubbens läkare har fått lämna "
            "synpunkter på hur nackskadorna ska registreras.")  # fmt: skip
_CR_P1 = "Mallen prövas först på idrottsmedicinska mottagningen i Göteborg och ska sedan användas i hela regionen."
_CR_P2 = "Styrelsen berättar mer om mallen och om klubbens försäkring på medlemsmötet i augusti."
_CR_BLOCKS = [("title", _CR_HEADLINE), ("lead", _CR_LEAD), ("paragraph", _CR_P1), ("paragraph", _CR_P2)]
_CR_BYLINE = '<div class="byline"><span>By: <a href="/authors/styrelsen/">Styrelsen</a></span></div>'
_CR_DATE = '<span class="date">June 18, 2017</span>'


def _cryogen(meta: str = f"{_CR_BYLINE}{_CR_DATE}", heading: str = f"<h2>{_CR_HEADLINE}</h2>", head_title: str = "",
             body: str = "", og: str = "") -> str:  # fmt: skip
    head_title = head_title or f"{_CR_SITE}: {_CR_HEADLINE}"
    body = body or f"<p><strong>{_CR_LEAD}</strong></p>\n<p>{_CR_P1}</p>\n<p>{_CR_P2}</p>"
    return f"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"/><title>{head_title}</title><meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description" content="Nackskadorna hos konstsimmare ska kunna följas i journalen.">{og}<meta name="keywords" content="journal, idrottsskador"><link rel="canonical" href="{_CR_URL}"><link href="//fonts.googleapis.com/css?family=Alegreya:400italic,700italic,400,700" rel="stylesheet" type="text/css"><link rel="stylesheet" href="//maxcdn.bootstrapcdn.com/font-awesome/4.3.0/css/font-awesome.min.css"><link href="/css/screen.css" rel="stylesheet" type="text/css" /></head><body><nav class="navbar navbar-default"><div class="container"><div class="navbar-header"><button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#navbar"><span class="sr-only">Toggle navigation</span><span class="icon-bar"></span></button><a class="navbar-brand" href="/">{_CR_SITE}</a></div><div id="navbar" class="navbar-collapse collapse"><ul class="nav navbar-nav navbar-right"><li><a href="/">Hem</a></li><li><a href="/archives/">Arkiv</a></li><li><a href="/pages/om-klubben/">Om klubben</a></li><li><a href="/feed.xml">RSS</a></li></ul></div></div></nav><div class="container"><div class="row"><div class="col-lg-12"><div id="content"><div id="post"><div class="post-header"><div id="post-meta">{meta}</div>{heading}</div><div>{body}</div><div id="post-tags"><b>Tags: </b><a href="/tags/journalen/">journalen</a><a href="/tags/halsa/">hälsa</a></div><br/><div id="prev-next"><a href="/posts/2017-06-02-sommarlager/">&laquo; Sommarlägret flyttas till Alingsås</a> || <a href="/posts/2017-07-01-nya-tider/">Nya träningstider i höst &raquo;</a></div></div></div></div></div><footer>Copyright &copy; 2017 {_CR_SITE}<p style="text-align: center;">Powered by <a href="http://cryogenweb.org">Cryogen</a></p></footer></div><script src="//code.jquery.com/jquery-1.11.0.min.js"></script></body></html>"""  # noqa: E501


@pytest.mark.parametrize(
    ("meta", "og"),
    [
        (f"{_CR_BYLINE}{_CR_DATE}", ""),
        (f"{_CR_BYLINE}{_CR_DATE}", f'<meta property="og:title" content="{_CR_HEADLINE}">'),
        (f"{_CR_BYLINE}{_CR_DATE.replace('June', 'Jun')}", ""),
        (f"{_CR_BYLINE}<span>June 18, 2017</span>", ""),  # the date in a span of no class
        (_CR_DATE, ""),  # a post with no author
        # Cryogen's older blue theme: two Bootstrap columns of the date and the author
        ('<div class="col-lg-6">June 18, 2017</div><div class="col-lg-6">By: Styrelsen</div>', ""),
    ],
)
def test_cryogens_h2_under_its_meta_is_the_headline_the_date_dates_the_post_and_the_bold_lead_is_the_lead(meta: str, og: str) -> None:
    doc = _cleaned(_CR_URL, _cryogen(meta, og=og))
    assert (doc.title, doc.published, doc.updated) == (_CR_HEADLINE, "2017-06-18", None)
    assert _blocks(doc) == _CR_BLOCKS


def test_an_h2_that_the_head_title_does_not_end_with_is_a_section_heading() -> None:
    # a page without an h1 whose h2 heads a section of the text: the head's title names another headline
    other = "Klubbens resultat från sommarens tävlingar"
    doc = _cleaned(_CR_URL, _cryogen(meta="", heading="", head_title=f"{_CR_SITE}: {other}",
                                     body=f"<p><strong>{_CR_LEAD}</strong></p><h2>Medlemsmöte</h2><p>{_CR_P1}</p>"))  # fmt: skip
    assert doc.title == f"{_CR_SITE}: {other}"
    assert ("heading", "Medlemsmöte") in _blocks(doc)


# Hugo with Jane: "main#main > div.content-wrapper > div#content > article.post" holds "header.post-header" of the
# "h1.post-title" and "div.post-meta" (the date "span.post-time", the category), the table of contents
# "div.post-toc", the text "div.post-content", then the copyright box "div.post-copyright" of "p.copyright-item"
# label/value pairs ("span.item-title" and "span.item-content": Jane's English "Author", "LastMod" and "License"), and
# "footer.post-footer" of the tags and the previous and next posts.
_JN_URL = "https://kirurgforeningen-vast.se/post/2023/06/10/operationsplaneringen-flyttar/"
_JN_HEADLINE = "Operationsplaneringen flyttar in i den nya journalen"
_JN_P1 = ("Från den 12 juni planeras operationerna i Skövde och Lidköping i den nya journalen, och de gamla "
          "planeringslistorna på papper tas bort.")  # fmt: skip
_JN_P2 = "Föreningens medlemmar får en genomgång av planeringsvyn på mötet i Skövde den 15 juni."
_JN_P3 = "Frågor om planeringen tas emot av styrelsen, som samlar dem inför mötet med regionens projektgrupp."
_JN_BLOCKS = [("title", _JN_HEADLINE), ("paragraph", _JN_P1), ("paragraph", _JN_P2), ("paragraph", _JN_P3)]


def _jn_item(label: str, value: str) -> str:
    return (f'<p class="copyright-item">\n      <span class="item-title">{label}</span>\n      <span class="item-content">{value}</span>'
            "\n    </p>\n    ")  # fmt: skip


_JN_LICENSE = ('<a rel="license noopener" href="https://creativecommons.org/licenses/by-nc/4.0/" target="_blank">'
               "CC BY-NC 4.0</a>")  # fmt: skip
_JN_COPYRIGHT = (f'<div class="post-copyright">{_jn_item("Author", "Styrelsen")}{_jn_item("LastMod", "2023-06-10")}'
                 f'{_jn_item("License", _JN_LICENSE)}</div>')  # fmt: skip


def _jane(copyright_box: str = _JN_COPYRIGHT, text_after: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><title>{_JN_HEADLINE} - Kirurgföreningen Väst</title><meta name="renderer" content="webkit" /><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1"/><meta name="author" content="Styrelsen" /><meta name="description" content="Operationsplaneringen flyttar in i den nya journalen." /><meta name="generator" content="Hugo 0.111.3 with theme Jane" /><link rel="canonical" href="{_JN_URL}" /><meta property="og:title" content="{_JN_HEADLINE}" /><meta property="og:type" content="article" /><meta property="og:url" content="{_JN_URL}" /><meta property="article:section" content="post" /><meta property="article:published_time" content="2023-06-10T09:00:00+02:00" /><meta property="article:modified_time" content="2023-06-10T09:00:00+02:00" /></head><body><div id="mobile-navbar" class="mobile-navbar"><div class="mobile-header-logo"><a href="/" class="logo">Kirurgföreningen Väst</a></div></div><div class="container" id="mobile-panel"><header id="header" class="header"><div class="logo-wrapper"><a href="/" class="logo">Kirurgföreningen Väst</a></div><nav class="site-navbar"><ul id="menu" class="menu"><li class="menu-item"><a class="menu-item-link" href="/">Hem</a></li><li class="menu-item"><a class="menu-item-link" href="/post/">Arkiv</a></li><li class="menu-item"><a class="menu-item-link" href="/tags/">Taggar</a></li></ul></nav></header><main id="main" class="main"><div class="content-wrapper"><div id="content" class="content"><article class="post"><header class="post-header"><h1 class="post-title">{_JN_HEADLINE}</h1><div class="post-meta"><span class="post-time"> 2023-06-10 </span><div class="post-category"><a href="/categories/nyheter/"> Nyheter </a></div></div></header><div class="post-toc" id="post-toc"><h2 class="post-toc-title">Contents</h2><div class="post-toc-content always-active"><nav id="TableOfContents"></nav></div></div><div class="post-content"><p>{_JN_P1}</p>
<p>{_JN_P2}</p>
<p>{_JN_P3}</p>{text_after}
</div>{copyright_box}<footer class="post-footer"><div class="post-tags"><a href="/tags/journalen/">journalen</a></div><nav class="post-nav"><a class="prev" href="/post/2023/06/20/sommarens-bemanning/"><i class="iconfont icon-left"></i><span class="prev-text nav-default">Sommarens bemanning är klar</span><span class="prev-text nav-mobile">Prev</span></a><a class="next" href="/post/2023/05/28/arsmotet/"><span class="next-text nav-default">Årsmötet valde ny ordförande</span><span class="next-text nav-mobile">Next</span><i class="iconfont icon-right"></i></a></nav></footer></article></div></div></main><footer id="footer" class="footer"><div class="copyright"><span class="power-by">Powered by <a class="hexo-link" href="https://gohugo.io">Hugo</a></span><span class="division">|</span><span class="theme-info">Theme - <a class="theme-link" href="https://github.com/xianmin/hugo-theme-jane">Jane</a></span><span class="copyright-year">&copy; 2023<span class="heart"><i class="iconfont icon-heart"></i></span><span class="author">Styrelsen</span></span></div></footer></div></body></html>"""  # noqa: E501


@pytest.mark.parametrize(
    "copyright_box",
    [
        _JN_COPYRIGHT,
        _JN_COPYRIGHT.replace("2023-06-10", "2023-06-10 09:00"),
        _JN_COPYRIGHT.replace(_jn_item("License", _JN_LICENSE), ""),  # no licence set: the author and the last change
        _JN_COPYRIGHT.replace("post-copyright", "copyright"),  # a box of the pairs under another class
        # Jane's pairs in Swedish
        _JN_COPYRIGHT.replace(">Author<", ">Författare<").replace(">LastMod<", ">Senast ändrad<").replace(">License<", ">Licens<"),
    ],
)
def test_janes_copyright_box_goes_and_the_last_change_on_the_day_is_no_update(copyright_box: str) -> None:
    doc = _cleaned(_JN_URL, _jane(copyright_box))
    assert (doc.title, doc.published, doc.updated) == (_JN_HEADLINE, "2023-06-10", None)
    assert _blocks(doc) == _JN_BLOCKS


def test_pairs_of_labels_and_values_in_the_text_stay() -> None:
    # a small table of a meeting's facts set as label/value pairs in the text: no licence, no author
    pairs = "".join(_jn_item(label, value) for label, value in (("Plats", "Skövde"), ("Tid", "15 juni kl. 18")))
    doc = _cleaned(_JN_URL, _jane(text_after=f"<div>{pairs}</div>"))
    assert _blocks(doc)[-2:] == [("paragraph", "Plats Skövde"), ("paragraph", "Tid 15 juni kl. 18")]


# Nikola with bootblog4: "div#content[role=main] > div.body-content > article.post-text.h-entry" holds "header" of the
# "h1.p-name.entry-title", whose whole text is the post's permalink "a.u-url", and "div.metadata" (the author's
# "p.byline.author.vcard", the "p.dateline" of a linked "time.published.dt-published", the source's "p.sourceline"),
# then the text "div.e-content.entry-content > div", and the neighbours' "aside.postpromonav".
_NK_URL = "https://handkirurgi-skaraborg.se/posts/remisserna-till-handkirurgen/"
_NK_HEADLINE = "Remisserna till handkirurgen skrivs i den nya journalen"
_NK_LEAD = ("Från och med mars skrivs remisserna till handkirurgen i Skövde i den nya journalen, och vårdcentralerna "
            "behöver inte längre faxa dem.")  # fmt: skip
_NK_P1 = "Remisserna syns direkt i mottagningens arbetslista, och patienterna får sin kallelse inom två veckor."
_NK_P2 = "Nätverket samlar frågor om remissmallen inför nästa möte med regionens förvaltning den 20 mars."
_NK_BLOCKS = [("title", _NK_HEADLINE), ("lead", _NK_LEAD), ("paragraph", _NK_P1), ("paragraph", _NK_P2)]
_NK_LINK = '<a href="/posts/remisserna-till-handkirurgen/" class="u-url">'


def _nikola(link: str = _NK_LINK) -> str:
    headline = f"{link}{_NK_HEADLINE}</a>" if link else _NK_HEADLINE
    return f"""<!DOCTYPE html><html prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article# " lang="sv"><head><meta charset="utf-8"><meta name="description" content="Remisserna till handkirurgen skrivs i journalen."><meta name="viewport" content="width=device-width, initial-scale=1"><title>{_NK_HEADLINE} | Handkirurgiska nätverket Skaraborg</title><link href="/assets/css/all-nocdn.css" rel="stylesheet" type="text/css"><meta name="theme-color" content="#5670d4"><meta name="generator" content="Nikola (getnikola.com)"><link rel="alternate" type="application/rss+xml" title="RSS" hreflang="sv" href="/rss.xml"><link rel="canonical" href="{_NK_URL}"><meta name="author" content="Styrelsen"><meta property="og:site_name" content="Handkirurgiska nätverket Skaraborg"><meta property="og:title" content="{_NK_HEADLINE}"><meta property="og:url" content="{_NK_URL}"><meta property="og:type" content="article"><meta property="article:published_time" content="2021-02-26T09:40:00+01:00"></head><body><a href="#content" class="sr-only sr-only-focusable">Hoppa till huvudinnehåll</a><nav class="navbar navbar-expand-md static-top mb-4 navbar-dark bg-dark"><div class="container"><a class="navbar-brand" href="/"><span id="blog-title">Handkirurgiska nätverket Skaraborg</span></a><button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#bs-navbar" aria-controls="bs-navbar" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="bs-navbar"><ul class="navbar-nav mr-auto"><li class="nav-item"><a href="/archive.html" class="nav-link">Arkiv</a></li><li class="nav-item"><a href="/categories/" class="nav-link">Taggar</a></li><li class="nav-item"><a href="/rss.xml" class="nav-link">RSS-flöde</a></li></ul><ul class="navbar-nav navbar-right"><li class="nav-item"><a href="index.md" id="sourcelink" class="nav-link">Källkod</a></li></ul></div></div></nav><div class="container" id="content" role="main"><div class="body-content"><article class="post-text h-entry hentry postpage" itemscope="itemscope" itemtype="http://schema.org/Article"><header><h1 class="p-name entry-title" itemprop="headline name">{headline}</h1><div class="metadata"><p class="byline author vcard p-author h-card"><span class="byline-name fn p-name" itemprop="author">Styrelsen</span></p><p class="dateline"><a href="/posts/remisserna-till-handkirurgen/" rel="bookmark"><time class="published dt-published" datetime="2021-02-26T09:40:00+01:00" itemprop="datePublished" title="2021-02-26 09:40">2021-02-26 09:40</time></a></p><p class="sourceline"><a href="index.md" class="sourcelink">Källkod</a></p></div></header><div class="e-content entry-content" itemprop="articleBody text"><div><p><strong>{_NK_LEAD}</strong></p>
<p>{_NK_P1}</p>
<p>{_NK_P2}</p>
</div></div><aside class="postpromonav"><nav><ul class="pager hidden-print"><li class="previous"><a href="/posts/arsmotet-2021/" rel="prev" title="Årsmötet hålls digitalt">Föregående inlägg</a></li></ul></nav></aside></article><footer id="footer">Innehåll &copy; 2021 <a href="mailto:styrelsen@handkirurgi-skaraborg.se">Styrelsen</a> - Drivs med <a href="https://getnikola.com" rel="nofollow">Nikola</a></footer></div></div><script src="/assets/js/all-nocdn.js"></script></body></html>"""  # noqa: E501


@pytest.mark.parametrize(
    "link",
    [
        _NK_LINK,
        "",  # a plain headline
        '<a href="." class="u-url">',  # Nikola's relative permalink of a pretty URL
        '<a href="./" class="u-url p-name">',
        '<a href="../remisserna-till-handkirurgen/" class="u-url">',
        f'<a href="{_NK_URL}" class="u-url">',
        '<a href="/posts/remisserna-till-handkirurgen/" rel="bookmark">',  # a theme's permalink by its rel
        '<a href="/posts/remisserna-till-handkirurgen/">',  # the page's own path, no class
    ],
)
def test_nikolas_headline_that_links_to_the_post_heads_its_bold_lead(link: str) -> None:
    doc = _cleaned(_NK_URL, _nikola(link))
    assert (doc.title, doc.published, doc.updated) == (_NK_HEADLINE, "2021-02-26", None)
    assert _blocks(doc) == _NK_BLOCKS


# Pelican with m.css: "main > article > div.m-container > div.m-row > div.m-col-l-10" holds the article's "header" of
# the "h1" (one permalink, "rel=bookmark", around the "time.m-date" and the title) and the article's summary as a
# plain "p", then the text "div.m-article-content" and "footer.m-text.m-dim" of "Posted by … on … in …".
_MC_URL = "https://diabetesforeningen-alingsas.se/insulinpumparna-kopplas-till-journalen.html"
_MC_HEADLINE = "Insulinpumparna kopplas till den nya journalen"
_MC_SUMMARY = ("Värdena från insulinpumparna ska synas direkt i den nya journalen, och föreningens medlemmar får "
               "prova kopplingen först i Alingsås.")  # fmt: skip
_MC_P1 = "Diabetesmottagningen i Alingsås börjar läsa av pumparna i den nya journalen den 1 december."
_MC_P2 = "Medlemmar som vill vara med i försöket anmäler sig till föreningens kansli före den 25 november."
_MC_BLOCKS = [("title", _MC_HEADLINE), ("lead", _MC_SUMMARY), ("paragraph", _MC_P1), ("paragraph", _MC_P2)]
_MC_H1 = (f'<h1><a href="{_MC_URL}" rel="bookmark" title="Permalink to {_MC_HEADLINE}"><time class="m-date" '
          'datetime="2026-11-19T09:40:00+01:00">nov <span class="m-date-day">19</span> 2026</time>'
          f"{_MC_HEADLINE}</a></h1>")  # fmt: skip


def _mcss(header: str = f"{_MC_H1}<p>{_MC_SUMMARY}</p>", content: str = "") -> str:
    content = content or f"<p>{_MC_P1}</p>\n<p>{_MC_P2}</p>"
    return f"""<!DOCTYPE html><html lang="sv"><head><meta charset="UTF-8" /><title>{_MC_HEADLINE} | Diabetesföreningen Alingsås</title><link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Source+Sans+Pro:400,400i,600,600i%7CSource+Code+Pro:400,400i,600" /><link rel="stylesheet" href="/static/m-dark.css" /><link rel="canonical" href="{_MC_URL}" /><link href="/feeds/all.atom.xml" type="application/atom+xml" rel="alternate" title="Diabetesföreningen Alingsås" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta property="og:site_name" content="Diabetesföreningen Alingsås" /><meta property="og:title" content="{_MC_HEADLINE}" /><meta name="twitter:title" content="{_MC_HEADLINE}" /><meta property="og:url" content="{_MC_URL}" /><meta property="og:type" content="article" /></head><body><header><nav id="navigation"><div class="m-container"><div class="m-row"><a href="/" id="m-navbar-brand" class="m-col-t-9 m-col-m-none m-left-m">Diabetesföreningen Alingsås</a><a id="m-navbar-show" href="#navigation" title="Show navigation" class="m-col-t-3 m-hide-m m-text-right"></a><div id="m-navbar-collapse" class="m-col-t-12 m-show-m m-col-m-none m-right-m"><div class="m-row"><ol class="m-col-t-6 m-col-m-none"><li><a href="/">Nyheter</a></li><li><a href="/om-foreningen.html">Om föreningen</a></li></ol></div></div></div></div></nav></header><main><article><div class="m-container m-container-inflatable"><div class="m-row"><div class="m-col-l-10 m-push-l-1"><header>{header}</header><div class="m-article-content">{content}</div><footer class="m-text m-dim"><p>Posted by <a href="/author/styrelsen.html" class="m-link-wrap">Styrelsen</a> on <time datetime="2026-11-19T09:40:00+01:00">nov 19, 2026</time> in <a href="/category/nyheter.html">Nyheter</a>. Tags: <a href="/tag/journalen.html">journalen</a>.</p></footer></div></div></div></article></main><footer><nav><div class="m-container"><div class="m-row"><div class="m-col-l-10 m-push-l-1"><p>Diabetesföreningen Alingsås. Powered by <a href="https://getpelican.com">Pelican</a> and <a href="https://mcss.mosra.cz">m.css</a>.</p></div></div></div></nav></footer></body></html>"""  # noqa: E501


@pytest.mark.parametrize(
    "header",
    [
        f"{_MC_H1}<p>{_MC_SUMMARY}</p>",
        f"{_MC_H1}\n<p>{_MC_SUMMARY}</p>\n",
        f"{_MC_H1}<p><strong>{_MC_SUMMARY}</strong></p>",  # a summary in bold was the lead already
    ],
)
def test_mcss_summary_in_the_article_header_is_the_lead(header: str) -> None:
    doc = _cleaned(_MC_URL, _mcss(header))
    assert (doc.title, doc.published, doc.updated) == (_MC_HEADLINE, "2026-11-19", None)
    assert _blocks(doc) == _MC_BLOCKS


def test_a_paragraph_in_a_page_header_or_after_other_lines_is_no_summary() -> None:
    # a paragraph after a line that is not the headline in the article's header, and a site header's tagline, stay
    byline = "<p>Styrelsen</p>"
    doc = _cleaned(_MC_URL, _mcss(f"{_MC_H1}{byline}<p>{_MC_SUMMARY}</p>"))
    assert ("lead", _MC_SUMMARY) not in _blocks(doc)
    doc = _cleaned(_MC_URL, _mcss(_MC_H1, content=f"<p>{_MC_SUMMARY}</p><p>{_MC_P1}</p>"))
    assert _blocks(doc)[1] == ("paragraph", _MC_SUMMARY)
