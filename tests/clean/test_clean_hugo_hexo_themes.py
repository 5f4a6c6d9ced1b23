"""Hugo and Hexo themes' chrome around a post, each dropped by its markup and a look-alike in the text kept: Hugo +
Hugoplate's meta list of the author, the category and the date under the headline, over the bold lead; Hexo +
Matery's "Publish Date:" and "Update Date:" lines, its reprint statement, its cards of the previous and next posts
and its table of contents' title; Hugo + Hextra's crumb line of a link and the page's own title, with no crumb class,
over the headline."""

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


# Hugo with Hugoplate: "section > div.container > div.row > article" holds the cover picture, the "h1", the meta list
# "ul.mb-4" of three "li.mr-4.inline-block" (the author link to "/authors/…", the category link to "/categories/…"
# and the date, each with a Font Awesome icon), the text "div.content", then the tags and share rows.
_HP_URL = "https://vardbestallning.se/blog/halskragar-via-orderportalen/"
_HP_HEADLINE = "Halskragar beställs via orderportalen under pausen"
_HP_LEAD = ("Från den 9 december beställs halskragar till avdelningarna via orderportalen, eftersom det nya "
            "beställningssystemet pausas över jul.")  # fmt: skip
_HP_P1 = "Beställningar som kommer in före klockan tolv levereras samma dag till sjukhusen i Skövde och Lidköping."
_HP_P2 = "Frågor om orderportalen besvaras av kundtjänsten på vardagar mellan klockan nio och tolv."
_HP_AUTHOR = ('<li class="mr-4 inline-block"><a href="/authors/kundtjanst/"><i class="fa-regular fa-circle-user mr-2">'
              "</i>Kundtjänst</a></li>")  # fmt: skip
_HP_CATEGORY = ('<li class="mr-4 inline-block"><i class="fa-regular fa-folder mr-2"></i><a href="/categories/pausen/" '
                'class="ms-1">Pausen</a></li>')  # fmt: skip
_HP_DATE = '<li class="mr-4 inline-block"><i class="fa-regular fa-clock mr-2"></i>9 dec. 2024</li>'
_HP_META = f'<ul class="mb-4">{_HP_AUTHOR}{_HP_CATEGORY}{_HP_DATE}</ul>'
_HP_BLOCKS = [("title", _HP_HEADLINE), ("lead", _HP_LEAD), ("paragraph", _HP_P1), ("paragraph", _HP_P2)]


def _hugoplate(meta: str = _HP_META, text_after: str = "") -> str:
    return f"""<!doctype html><html itemscope lang="sv-se" itemtype="http://schema.org/WebPage"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5"><meta name="generator" content="Hugo 0.139.3"><title>{_HP_HEADLINE}</title><meta name="description" content="Halskragar beställs via orderportalen."><link rel="canonical" href="{_HP_URL}"><meta property="og:title" content="{_HP_HEADLINE}"><meta property="og:type" content="article"><meta property="og:url" content="{_HP_URL}"></head><body><header class="header"><nav class="navbar container"><div class="order-0"><a class="navbar-brand block" href="/">Vårdbeställning Väst</a></div><ul id="nav-menu" class="navbar-nav order-3 hidden w-full pb-6 lg:order-1 lg:flex lg:w-auto lg:space-x-2 lg:pb-0 xl:space-x-8"><li class="nav-item"><a class="nav-link" href="/">Start</a></li><li class="nav-item"><a class="nav-link" href="/blog/">Blogg</a></li><li class="nav-item"><a class="nav-link" href="/contact/">Kontakt</a></li></ul></nav></header><main><section class="section pt-7"><div class="container"><div class="row justify-center"><article class="lg:col-10"><div class="mb-10"><picture><img loading="lazy" decoding="async" src="/images/halskragar.png" alt="{_HP_HEADLINE}" class="w-full rounded" width="1200" height="600"></picture></div><h1 class="h2 mb-4">{_HP_HEADLINE}</h1>{meta}<div class="content mb-10"><p><strong>{_HP_LEAD}</strong></p>
<p>{_HP_P1}</p>
<p>{_HP_P2}</p>{text_after}
</div><div class="row items-start justify-between"><div class="flex items-center lg:col-4"><h5 class="mr-3">Share :</h5><ul class="social-icons social-share"><li><a aria-label="facebook share button" href="https://facebook.com/sharer/sharer.php?u={_HP_URL}" target="_blank" rel="noreferrer noopener"><i class="fab fa-facebook"></i></a></li></ul></div></div></article></div></div></section></main><footer class="bg-theme-light"><div class="container"><div class="row items-center py-10"><div class="mb-8 text-center lg:col-3 lg:mb-0 lg:mt-0 lg:text-left"><a class="navbar-brand inline-block" href="/">Vårdbeställning Väst</a></div></div></div><div class="border-border border-t py-7"><div class="text-light container text-center"><p>© 2024 Vårdbeställning Väst</p></div></div></footer></body></html>"""  # noqa: E501


_hp_doc = functools.partial(_cleaned, _HP_URL)


@pytest.mark.parametrize(
    "meta",
    [
        _HP_META,
        _HP_META.replace(_HP_CATEGORY, ""),  # the author and the date
        _HP_META.replace(_HP_AUTHOR, ""),  # the category and the date
        _HP_META.replace("/authors/kundtjanst/", "/author/kundtjanst/").replace("/categories/", "/tags/"),
        _HP_META.replace("Kundtjänst", "Anna Berg"),
        _HP_META.replace("9 dec. 2024", "09 Dec 2024"),  # Hugo's default English date format
    ],
)
def test_hugoplates_meta_list_goes_the_date_dates_the_post_and_the_bold_lead_is_the_lead(meta: str) -> None:
    doc = _hp_doc(_hugoplate(meta))
    assert (doc.title, doc.published, doc.updated, doc.language) == (_HP_HEADLINE, "2024-12-09", None, "sv")
    assert _blocks(doc) == _HP_BLOCKS


@pytest.mark.parametrize(
    ("box", "items"),
    [
        # a list of steps, each after a check icon, one with a link to the region's page
        ('<ul><li><i class="fa fa-check"></i>Beställ via <a href="/orderportalen/">orderportalen</a> före klockan tolv.</li>'
         '<li><i class="fa fa-check"></i>Akuta beställningar görs per telefon.</li></ul>',
         ["Beställ via orderportalen före klockan tolv.", "Akuta beställningar görs per telefon."]),
        # a list of contacts, each a link to the person's page and a role, with no icons
        ('<ul><li><a href="/authors/anna-berg/">Anna Berg</a>, kundtjänstens chef</li><li><a href="/authors/per-holm/">'
         "Per Holm</a>, orderportalens förvaltare</li></ul>", ["Anna Berg, kundtjänstens chef", "Per Holm, orderportalens förvaltare"]),
        # links to people's pages and a date with icons, but one item a sentence
        ('<ul><li><i class="fa fa-user"></i><a href="/authors/anna-berg/">Anna Berg</a></li><li><i class="fa fa-phone">'
         "</i>Anna svarar i telefon från 9 dec. 2024.</li></ul>", ["Anna Berg", "Anna svarar i telefon från 9 dec. 2024."]),
    ],
)
def test_a_list_under_the_headline_that_is_no_meta_list_stays(box: str, items: list[str]) -> None:
    doc = _hp_doc(_hugoplate(meta=box))
    assert [text for kind, text in _blocks(doc) if kind == "list_item"] == items


# Hexo with Matery: the cover "div.post-cover" holds the "h1.post-title" outside "main"; in "main.post-container" the
# card "div#artDetail > div.card" holds the tags and category row, "div.post-info" of the "Publish Date:" and "Update
# Date:" lines (Matery's English labels; Chinese "发布日期" and "更新日期"), the text "div#articleContent" and the
# reprint statement "div#reprint-statement" (the author, the post's own URL and the licence's notice); after the card
# "article#prenext-posts" holds the previous and next posts' cards (each a "div.card" of "div.card-image > img +
# span.card-title", "div.card-content > div.summary" and "div.publish-info" of the date and the category) under their
# chips "Previous" and "Next"; beside it "div#toc-aside" holds the table of contents "div.toc-title" "TOC" over its list.
_MT_URL = "https://brevduvorna-vast.se/2025/11/19/duvlungan-i-nya-journalen/"
_MT_HEADLINE = "Duvlungan kodas lika i nya journalen"
_MT_LEAD = ("Från och med december kodas duvlunga likadant på alla vårdcentraler i regionen, och föreningen har fått "
            "svar på medlemmarnas frågor om remisserna.")  # fmt: skip
_MT_P1 = "Lungmottagningen i Borås tar emot remisserna, och väntetiden beräknas bli kortare än i dag."
_MT_P2 = "Styrelsen bjuder in till ett medlemsmöte om den nya journalen i klubbstugan den 3 december."
_MT_BLOCKS = [("title", _MT_HEADLINE), ("lead", _MT_LEAD), ("paragraph", _MT_P1), ("paragraph", _MT_P2)]


def _mt_info(published: str = "Publish Date", updated: str = "Update Date", day: str = "2025-11-19", update: str = "2025-11-19") -> str:
    return f"""<div class="post-info"><div class="post-date info-break-policy"><i class="far fa-calendar-minus fa-fw"></i>{published}:&nbsp;&nbsp;{day}</div><div class="post-date info-break-policy"><i class="fas fa-calendar-check fa-fw"></i>{updated}:&nbsp;&nbsp;{update}</div><div class="info-break-policy"><i class="far fa-file-word fa-fw"></i>Word Count:&nbsp;&nbsp;412</div><div class="info-break-policy"><i class="far fa-clock fa-fw"></i>Read Times:&nbsp;&nbsp;2 Min</div></div>"""  # noqa: E501


_MT_REPRINT = f"""<div class="reprint" id="reprint-statement"><div class="reprint__author"><span class="reprint-meta" style="font-weight: bold;"><i class="fas fa-user">Author:</i></span><span class="reprint-info"><a href="/about" rel="external nofollow noreferrer">Styrelsen</a></span></div><div class="reprint__type"><span class="reprint-meta" style="font-weight: bold;"><i class="fas fa-link">Reprint policy:</i></span><span class="reprint-info"><a href="{_MT_URL}">{_MT_URL}</a></span></div><div class="reprint__notice"><span class="reprint-meta" style="font-weight: bold;"><i class="fas fa-copyright">Copyright:</i></span><span class="reprint-info">All articles in this blog are used except for special statements <a href="https://creativecommons.org/licenses/by/4.0/deed.zh" rel="external nofollow noreferrer" target="_blank">CC BY 4.0</a> reprint policy. If reproduced, please indicate source <a href="/about" target="_blank">Styrelsen</a> !</span></div></div>"""  # noqa: E501


def _mt_card(chip: str, href: str, title: str, summary: str, day: str) -> str:
    return f"""<div class="article col s12 m6" data-aos="fade-up"><div class="article-badge left-badge text-color">{chip}</div><div class="card"><a href="{href}"><div class="card-image"><img src="/medias/featureimages/7.jpg" class="responsive-img" alt="{title}"><span class="card-title">{title}</span></div></a><div class="card-content article-content"><div class="summary block-with-text">{summary}</div><div class="publish-info"><span class="publish-date"><i class="far fa-clock fa-fw icon-date"></i>{day}</span><span class="publish-author"><i class="fas fa-bookmark fa-fw icon-category"></i><a href="/categories/Nyheter/" class="post-category">Nyheter</a></span></div></div><div class="card-action article-tags"><a href="/tags/Journalen/"><span class="chip bg-color">Journalen</span></a></div></div></div>"""  # noqa: E501


_MT_PREVIOUS = _mt_card('<i class="fas fa-chevron-left"></i>&nbsp;Previous', "/2025/11/25/arsmotet-flyttas/", "Årsmötet flyttas till mars",
                        "Årsmötet flyttas till den 14 mars eftersom klubbstugan renoveras under februari.", "2025-11-25")
_MT_NEXT = _mt_card('Next&nbsp;<i class="fas fa-chevron-right"></i>', "/2025/11/02/ny-kassor/", "Föreningen har fått en ny kassör",
                    "Vid höstmötet valdes en ny kassör, som tar över bokföringen från årsskiftet.", "2025-11-02")
_MT_NEIGHBOURS = f'<article id="prenext-posts" class="prev-next articles"><div class="row article-row">{_MT_PREVIOUS}{_MT_NEXT}</div></article>'
_MT_TOC = ('<div id="toc-aside" class="expanded col l3 hide-on-med-and-down"><div class="toc-widget card" style="background-color: white;">'
           '<div class="toc-title"><i class="far fa-list-alt"></i>&nbsp;&nbsp;TOC</div><div id="toc-content"><ol class="toc-list">'
           '<li class="toc-list-item"><a href="#Remisserna" class="toc-link">Remisserna</a></li></ol></div></div></div>')  # fmt: skip


def _matery(info: str = _mt_info(), reprint: str = _MT_REPRINT, neighbours: str = _MT_NEIGHBOURS, toc: str = _MT_TOC,
            text_after: str = "") -> str:
    return f"""<!DOCTYPE HTML><html lang="sv"><head><meta charset="utf-8"><meta name="keywords" content="{_MT_HEADLINE}, Brevduvorna Väst"><meta name="description" content="Duvlunga kodas lika i nya journalen."><meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no"><meta name="generator" content="Hexo 7.3.0"><title>{_MT_HEADLINE} | Brevduvorna Väst</title><link rel="stylesheet" type="text/css" href="/libs/materialize/materialize.min.css"></head><body><header class="navbar-fixed"><nav id="headNav" class="bg-color nav-transparent"><div id="navContainer" class="nav-wrapper container"><div class="brand-logo"><a href="/" class="waves-effect waves-light"><span class="logo-span">Brevduvorna Väst</span></a></div><ul class="right nav-menu"><li class="hide-on-med-and-down nav-item"><a href="/" class="waves-effect waves-light"><i class="fas fa-home" style="zoom: 0.6;"></i><span>Index</span></a></li><li class="hide-on-med-and-down nav-item"><a href="/tags" class="waves-effect waves-light"><i class="fas fa-tags" style="zoom: 0.6;"></i><span>Tags</span></a></li><li class="hide-on-med-and-down nav-item"><a href="/archives" class="waves-effect waves-light"><i class="fas fa-archive" style="zoom: 0.6;"></i><span>Archives</span></a></li></ul></div></nav></header><div class="bg-cover pd-header post-cover" style="background-image: url('/medias/featureimages/3.jpg')"><div class="container" style="right: 0px;left: 0px;"><div class="row"><div class="col s12 m12 l12"><div class="brand"><h1 class="description center-align post-title">{_MT_HEADLINE}</h1></div></div></div></div></div><main class="post-container content"><div class="row"><div id="main-content" class="col s12 m12 l9"><div id="artDetail"><div class="card"><div class="card-content article-info"><div class="row tag-cate"><div class="col s7"><div class="article-tag"><a href="/tags/Journalen/"><span class="chip bg-color">Journalen</span></a></div></div><div class="col s5 right-align"><div class="post-cate"><i class="fas fa-bookmark fa-fw icon-category"></i><a href="/categories/Nyheter/" class="post-category">Nyheter</a></div></div></div>{info}</div><hr class="clearfix"><div class="card-content article-card-content"><div id="articleContent"><p><strong>{_MT_LEAD}</strong></p>
<h2 id="Remisserna"><a href="#Remisserna" class="headerlink" title="Remisserna"></a>Remisserna</h2><p>{_MT_P1}</p>
<p>{_MT_P2}</p>{text_after}
</div><hr/>{reprint}<div class="tag_share" style="display: block;"><div class="post-meta__tag-list" style="display: inline-block;"><div class="article-tag"><a href="/tags/Journalen/"><span class="chip bg-color">Journalen</span></a></div></div></div></div></div>{neighbours}</div></div>{toc}</div></main><footer class="page-footer bg-color"><div class="container row center-align" style="margin-bottom: 0px !important;"><div class="col s12 m8 l8 copy-right">Copyright&nbsp;&copy;<span id="year">2025</span><a href="/about" target="_blank">Brevduvorna Väst</a>&nbsp;|&nbsp;Powered by&nbsp;<a href="https://hexo.io/" target="_blank">Hexo</a>&nbsp;|&nbsp;Theme&nbsp;<a href="https://github.com/blinkfox/hexo-theme-matery" target="_blank">Matery</a></div></div></footer></body></html>"""  # noqa: E501


_mt_doc = functools.partial(_cleaned, _MT_URL)


@pytest.mark.parametrize(
    ("info", "published", "updated"),
    [
        (_mt_info(), "2025-11-19", None),  # the update on the publication day is none
        (_mt_info(update="2025-11-24"), "2025-11-19", "2025-11-24"),
        (_mt_info("发布日期", "更新日期"), "2025-11-19", None),
        (_mt_info("发布日期", "更新日期", update="2025-12-01"), "2025-11-19", "2025-12-01"),
        (_mt_info("Publiceringsdatum", "Uppdateringsdatum", update="2025-11-24"), "2025-11-19", "2025-11-24"),
        (_mt_info("Publicerad", "Uppdaterad"), "2025-11-19", None),
        (_mt_info("Published Date", "Update Date"), "2025-11-19", None),
        (_mt_info("Published", "Update Date", update="2025-11-24"), "2025-11-19", "2025-11-24"),
        ("", None, None),  # no date of its own: the neighbours' cards date no post
    ],
)
def test_materys_publish_date_dates_the_post_and_never_a_neighbours_card(info: str, published: str | None, updated: str | None) -> None:
    doc = _mt_doc(_matery(info))
    assert (doc.title, doc.published, doc.updated, doc.language) == (_MT_HEADLINE, published, updated, "sv")


_MT_REPRINT_ZH = (_MT_REPRINT.replace("Author:", "文章作者:").replace("Reprint policy:", "文章链接:").replace("Copyright:", "版权声明:")
                  .replace("All articles in this blog are used except for special statements ", "本博客所有文章除特別声明外，均采用 ")
                  .replace(" reprint policy. If reproduced, please indicate source ", " 许可协议。转载请注明来源 "))  # fmt: skip
_MT_EMPTY_TOC = _MT_TOC.replace('<ol class="toc-list"><li class="toc-list-item"><a href="#Remisserna" class="toc-link">Remisserna</a></li></ol>', "")


@pytest.mark.parametrize(
    ("reprint", "neighbours", "toc"),
    [
        (_MT_REPRINT, _MT_NEIGHBOURS, _MT_EMPTY_TOC),  # the list of contents is drawn by a script
        (_MT_REPRINT, _MT_NEIGHBOURS, _MT_TOC),
        (_MT_REPRINT_ZH, _MT_NEIGHBOURS.replace("Previous", "上一篇").replace("Next", "下一篇"), _MT_EMPTY_TOC.replace("TOC", "目录")),
        # the newest post: the post's own card under "Current" beside the previous post's
        (_MT_REPRINT, _MT_NEIGHBOURS.replace("Next&nbsp;", "Current&nbsp;"), _MT_EMPTY_TOC),
        (_MT_REPRINT, _MT_NEIGHBOURS.replace('id="prenext-posts" class="prev-next articles"', 'class="articles"'), _MT_EMPTY_TOC),
        ("", "", ""),
    ],
)
def test_materys_reprint_statement_neighbour_cards_and_contents_title_go(reprint: str, neighbours: str, toc: str) -> None:
    doc = _mt_doc(_matery(reprint=reprint, neighbours=neighbours, toc=toc))
    assert (doc.title, doc.published) == (_MT_HEADLINE, "2025-11-19")
    assert _blocks(doc) == [*_MT_BLOCKS[:2], ("heading", "Remisserna"), *_MT_BLOCKS[2:]]


@pytest.mark.parametrize(
    ("box", "texts"),
    [
        # a sentence on the licence of the text's pictures
        ('<p>Bilderna får användas fritt enligt <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.</p>',
         ["Bilderna får användas fritt enligt CC BY 4.0."]),
        # a paragraph that gives a source's address and its licence
        ('<p>Uppgifterna om remisserna kommer från regionens sida <a href="https://vgregion.se/remisser">'
         'https://vgregion.se/remisser</a>, som får spridas under licensen <a href="https://creativecommons.org/licenses/'
         'by/4.0/">CC BY 4.0</a> om källan anges.</p>',
         ["Uppgifterna om remisserna kommer från regionens sida https://vgregion.se/remisser, som får spridas under licensen "
          "CC BY 4.0 om källan anges."]),
        # the author and the licence as a paragraph of the text
        ("<p>Författare: Styrelsen. Licens: texten får spridas enligt CC BY 4.0 om källan anges.</p>",
         ["Författare: Styrelsen. Licens: texten får spridas enligt CC BY 4.0 om källan anges."]),
        # the text's own two meetings, each under a word of its own
        ('<div><div><span>Nästa</span><p>Medlemsmöte i klubbstugan den 3 december, med <a href="/moten/">anmälan</a> '
         'till kassören.</p></div><div><span>Föregående</span><p>Höstmötet hölls den 5 oktober, och <a href="/protokoll/">'
         "protokollet</a> finns på sidan.</p></div></div>",
         ["Medlemsmöte i klubbstugan den 3 december, med anmälan till kassören.",
          "Höstmötet hölls den 5 oktober, och protokollet finns på sidan."]),
        # a table of contents' word in a sentence
        ("<p>Innehåll: remisserna, väntetiderna och medlemsmötet.</p>", ["Innehåll: remisserna, väntetiderna och medlemsmötet."]),
    ],
)
def test_a_licence_sentence_and_meetings_under_direction_words_in_the_text_stay(box: str, texts: list[str]) -> None:
    doc = _mt_doc(_matery(text_after=box))
    assert doc.published == "2025-11-19"
    assert [text for _, text in _blocks(doc) if text in texts] == texts


# Hugo with Hextra: the blog post's "article > main" opens with the crumb line, a "div" of Tailwind classes ("hx:"
# prefixed) with no crumb class and no "nav": the section's link, a chevron "svg" and a "div" of the page's own title
# (its "title" attribute too); then the "h1", the date line "div" of a "span" and the text "div.content".
_HX_URL = "https://farklipparna.se/blog/ryggbesvaren-i-millennium/"
_HX_HEADLINE = "Fårklipparnas ryggbesvär ska kunna sökas fram"
_HX_LEAD = ("Från och med mars kodas fårklipparnas ryggbesvär på samma sätt i hela regionen, så att företagshälsovården "
            "kan följa dem över tid.")  # fmt: skip
_HX_P1 = "Föreningen har lämnat synpunkter på hur diagnoserna ska grupperas i det nya journalsystemet."
_HX_P2 = "Medlemmar som vill veta mer kan höra av sig till styrelsen före den 15 februari."
_HX_BLOCKS = [("title", _HX_HEADLINE), ("lead", _HX_LEAD), ("paragraph", _HX_P1), ("paragraph", _HX_P2)]
_HX_CHEVRON = ('<svg class="hx:w-3.5 hx:shrink-0 hx:rtl:-rotate-180" fill="none" viewBox="0 0 24 24" stroke="currentColor">'
               '<path stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="M9 5l7 7-7 7"/></svg>')  # fmt: skip
_HX_STEP = ("hx:whitespace-nowrap hx:transition-colors hx:min-w-[24px] hx:overflow-hidden hx:text-ellipsis hx:hover:text-gray-900 "
            "hx:dark:hover:text-gray-100")  # fmt: skip
_HX_HERE = ("hx:whitespace-nowrap hx:transition-colors hx:min-w-[24px] hx:overflow-hidden hx:text-ellipsis hx:font-medium "
            "hx:text-gray-700 hx:contrast-more:font-bold hx:contrast-more:text-current hx:dark:text-gray-100")  # fmt: skip


def _hx_crumbs(*sections: tuple[str, str], here: str = _HX_HEADLINE, sign: str = _HX_CHEVRON) -> str:
    steps = "".join(f'<a class="{_HX_STEP}" href="{href}">{name}</a>{sign}' for href, name in sections)
    return (f'<div class="hx:mt-1.5 hx:flex hx:items-center hx:gap-1 hx:overflow-hidden hx:text-sm hx:text-gray-500 '
            f'hx:dark:text-neutral-400 hx:contrast-more:text-current">{steps}<div class="{_HX_HERE}" title="{here}">{here}</div>'
            "</div>")  # fmt: skip


_HX_CRUMBS = _hx_crumbs(("/blog/", "Nyheter"))


def _hextra(crumbs: str = _HX_CRUMBS, text_before: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="sv-se" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="generator" content="Hugo 0.147.9"><title>{_HX_HEADLINE} – Fårklipparna</title><meta name="description" content="Fårklipparnas ryggbesvär ska kunna sökas fram."><link rel="canonical" href="{_HX_URL}"><meta property="og:title" content="{_HX_HEADLINE}"><meta property="og:type" content="article"><meta property="og:url" content="{_HX_URL}"><meta property="article:section" content="blog"><meta property="article:published_time" content="2025-01-20T00:00:00+00:00"></head><body><div class="hextra-nav-container hx:sticky hx:top-0 hx:z-20 hx:w-full hx:bg-transparent hx:print:hidden"><nav class="hextra-max-navbar-width hx:mx-auto hx:flex hx:items-center hx:justify-end hx:gap-2 hx:h-16 hx:px-6"><a class="hx:flex hx:items-center hx:hover:opacity-75 hx:ltr:mr-auto hx:rtl:ml-auto" href="/"><span class="hx:mx-2 hx:font-extrabold hx:inline hx:select-none">Fårklipparna</span></a><a title="Nyheter" href="/blog/" class="hx:text-sm hx:contrast-more:text-gray-700 hx:relative hx:-ml-2 hx:hidden hx:whitespace-nowrap hx:p-2 hx:md:inline-block hx:font-medium"><span class="hx:text-center">Nyheter</span></a></nav></div><div class="hx:mx-auto hx:flex hextra-max-page-width"><div class="hx:md:hidden hextra-sidebar-container hx:flex hx:flex-col hx:print:hidden"></div><nav class="hextra-toc hx:order-last hx:hidden hx:w-64 hx:shrink-0 hx:xl:block hx:print:hidden hx:px-4" aria-label="table of contents"></nav><article class="hx:w-full hx:break-words hx:flex hx:min-h-[calc(100vh-var(--navbar-height))] hx:min-w-0 hx:justify-center hx:pb-8 hx:pr-[calc(env(safe-area-inset-right)-1.5rem)]"><main class="hx:w-full hx:min-w-0 hx:max-w-6xl hx:px-6 hx:pt-4 hx:md:px-12">{text_before}{crumbs}<h1 class="hx:mt-2 hx:text-4xl hx:font-bold hx:tracking-tight hx:text-slate-900 hx:dark:text-slate-100">{_HX_HEADLINE}</h1><div class="hx:mt-4 hx:mb-16 hx:text-gray-500 hx:text-sm hx:flex hx:items-center hx:flex-wrap hx:gap-y-2"><span class="hx:mr-1">20 januari 2025</span></div><div class="content"><p><strong>{_HX_LEAD}</strong></p>
<p>{_HX_P1}</p>
<p>{_HX_P2}</p>
</div><div class="hx:mt-16"></div></main></article></div><footer class="hextra-footer hx:bg-gray-100 hx:pb-[env(safe-area-inset-bottom)] hx:print:bg-transparent"><div class="hextra-max-footer-width hx:mx-auto hx:flex hx:justify-center hx:py-12 hx:pl-[max(env(safe-area-inset-left),1.5rem)] hx:pr-[max(env(safe-area-inset-right),1.5rem)] hx:text-gray-600 hx:dark:text-gray-400 hx:md:justify-start"><div class="hx:flex hx:w-full hx:flex-col hx:items-center hx:sm:items-start"><div class="hx:mt-6 hx:text-xs">© 2025 Fårklipparna</div></div></div></footer></body></html>"""  # noqa: E501


_hx_doc = functools.partial(_cleaned, _HX_URL)


@pytest.mark.parametrize(
    "crumbs",
    [
        _HX_CRUMBS,
        _hx_crumbs(("/blog/", "Nyheter"), ("/blog/journalen/", "Journalen")),
        _hx_crumbs(("/", "Start"), ("/blog/", "Nyheter"), sign=" › "),
        _hx_crumbs(("/blog/", "Nyheter"), sign=" / "),
        _hx_crumbs(("/blog/", "Nyheter"), here="Ryggbesvären"),  # the page's short link title, its title in the attribute
        # each step in a box of its own, the last without a title attribute (Hextra's newer markup)
        f'<div class="hx:mt-1.5 hx:flex hx:items-center hx:gap-1"><div class="{_HX_STEP}"><a href="/blog/">Nyheter</a></div>'
        f'{_HX_CHEVRON}<div class="{_HX_HERE}">{_HX_HEADLINE}</div></div>',
        "",
    ],
)
def test_hextras_crumb_line_without_a_crumb_class_goes_over_the_headline(crumbs: str) -> None:
    if "Ryggbesvären" in crumbs:
        crumbs = crumbs.replace('title="Ryggbesvären"', f'title="{_HX_HEADLINE}"')
    doc = _hx_doc(_hextra(crumbs))
    assert (doc.title, doc.published, doc.updated, doc.language) == (_HX_HEADLINE, "2025-01-20", None, "sv")
    assert _blocks(doc) == _HX_BLOCKS


@pytest.mark.parametrize(
    ("line", "text"),
    [
        # a sentence with a link over the headline
        ('<div>Läs mer hos <a href="/blog/">föreningen</a> om <div>journalen</div></div>', "Läs mer hos föreningen om"),
        # a link and a line that is not the headline
        (_hx_crumbs(("/blog/", "Nyheter"), here="Anmäl dig till medlemsmötet senast i februari"), "Nyheter"),
        # a long link before the headline
        (_hx_crumbs(("/blog/", "Alla nyheter från föreningen och regionen om journalen")), "Alla nyheter från föreningen och regionen om journalen"),
    ],
)
def test_a_link_line_over_the_headline_that_is_no_crumb_trail_stays(line: str, text: str) -> None:
    doc = _hx_doc(_hextra(line))
    assert text in [block_text for _, block_text in _blocks(doc)]
