"""The generic path on markup no profile knows: landmarks, text density, boilerplate by text."""

from __future__ import annotations

import re

import pytest

from fvmdocs.clean import clean_page
from fvmdocs.models import Block, Document, RawPage

P1 = "Regionstyrelsen beslutade i maj om en ny tidplan för införandet av Millennium i Västra Götaland."
P2 = "Leverantören ska kompensera regionen för förseningarna, men beloppet omfattas av sekretess."
P3 = "Den första stora utrullningen sker i södra delen av regionen under hösten 2024."


def _clean(body: str, head: str = "<title>Ny tidplan</title>") -> list[Block]:
    html = f"<html lang='sv'><head>{head}</head><body>{body}</body></html>"
    return list(clean_page(RawPage(url="https://example.se/a", body=html.encode(), source="t")).blocks)


def _texts(body: str) -> list[str]:
    return [b.text for b in _clean(body) if b.kind != "title"]


def test_block_kinds_and_levels() -> None:
    body = f"""<article><h1>Ny tidplan</h1><p class="ingress">{P1}</p><h2>Bakgrund</h2><p>{P2}</p>
    <h3>Detaljer</h3><ul><li>Hösten 2024</li><li><p>Våren 2026</p></li></ul>
    <blockquote><p>– Vi är nöjda, säger hon.</p></blockquote><p>{P3}</p></article>"""
    assert _clean(body) == [
        Block("title", "Ny tidplan"),
        Block("lead", P1),
        Block("heading", "Bakgrund", 2),
        Block("paragraph", P2),
        Block("heading", "Detaljer", 3),
        Block("list_item", "Hösten 2024"),
        Block("list_item", "Våren 2026"),
        Block("quote", "– Vi är nöjda, säger hon."),
        Block("paragraph", P3),
    ]


def test_teaser_articles_lose_to_the_story_in_plain_divs() -> None:
    teasers = "".join(f"<article class='card'><h3>Nyhet {i}</h3><p>Kort text.</p></article>" for i in range(5))
    body = f"<div id='wrap'><div class='col'><h1>Ny tidplan</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>{teasers}</div>"
    assert _texts(body) == [P1, P2, P3]


def test_density_picks_the_prose_over_link_lists() -> None:
    menu = "<div class='x1'>" + "".join(f"<a href='/{i}'>Länk nummer {i} till något annat ställe</a><br>" for i in range(30)) + "</div>"
    body = f"{menu}<div class='x2'><p>{P1}</p><p>{P2}</p></div><div class='x3'>{menu}</div>"
    assert _texts(body) == [P1, P2]


@pytest.mark.parametrize("landmark", ["<main>{}</main>", "<div role='main'>{}</div>", "<article>{}</article>"])
def test_landmarks_are_used(landmark: str) -> None:
    side = "<div><p>Sidospalt med en egen text som är lång nog att räknas som prosa av heuristiken.</p></div>"
    body = side + landmark.format(f"<p>{P1}</p><p>{P2}</p>")
    assert _texts(body) == [P1, P2]


@pytest.mark.parametrize(
    "boilerplate",
    [
        "<div class='zz'>Denna webbplats använder teknik som troligen inte stöds i din webbläsare.</div>",
        "<p>Webbplatsen använder teknik som din webbläsare inte stöder.</p>",
        "<a href='#c'>Gå direkt till huvudinnehållet</a>",
        "<a href='#c'>Hoppa till innehåll</a>",
        "<div id='q9'><p>Vi använder kakor för att förbättra webbplatsen.</p><a href='#'>OK</a></div>",
        "<div><span>Vi använder cookies</span> <a href='#'>Läs mer</a></div>",
        "<div><h2>Dela sidan</h2><a href='#'>Facebook</a> <a href='#'>LinkedIn</a></div>",
        "<p><a href='#'>Dela på Facebook</a></p>",
        "<h2>Senaste nytt</h2><ul><li><a href='/1'>Annan nyhet</a></li><li><a href='/2'>Tredje nyheten</a></li></ul>",  # noqa: E501
        "<h3>Läs även</h3><p><a href='/x'>En annan artikel om Millennium</a></p>",
        "<h2>Relaterade nyheter</h2><div><a href='/1'>Ett</a><a href='/2'>Två</a></div>",
        "<div class='contact-box'><h2>Kontakt</h2><p>Presstjänsten, 010-123 45 67</p></div>",
        "<footer><p>Västra Götalandsregionen, Box 1091</p></footer>",
        "<nav><a href='/'>Start</a></nav>",
        "<div class='breadcrumbs'><a href='/'>Start</a> / Nyheter</div>",
        "<p hidden>Dold text som inte syns.</p>",
        "<p style='display: none'>Dold text som inte syns.</p>",
        "<p aria-hidden='true'>Dold text som inte syns.</p>",
        "<form><label>Sök</label><input name='q'></form>",
        "<p class='dates'>Publicerad: Uppdaterad:</p>",
        "<script>var tracker = 'Dold';</script><style>p{color:red}</style><noscript>Aktivera JavaScript</noscript>",  # noqa: E501
        "<iframe src='https://video.example/x'>Video</iframe><svg><text>Ikon</text></svg>",
        "<!-- Kommentar i koden -->",
        "<p class='zz'>Foto: Lena Strand</p>",
        "<p>Text och foto: Lena Strand</p>",
        "<div><span>Bild: Lena Strand/VGR</span></div>",
        "<p>Av Lena Strand</p>",
        "<p>Publicerad av Lena Strand</p>",
        "<div class='tts'><a href='#'>Lyssna på artikeln</a> 4 min</div>",
        "<p>Lyssna på artikeln 4 min</p>",
        "<div class='player'><p>Hör inslaget från sändningen 3:15</p></div>",
        "<p>Lyssna på intervjun 12:04</p>",
        "<a class='gh-article-tag' href='/tag/vard/'>Vård</a>",
        "<h2 class='element-invisible'>Du är här</h2>",
        "<dl class='article-info muted'><dt class='article-info-term'>Detaljer</dt>"
        "<dd class='createdby'>Skrivet av Kansliet</dd></dl>",
        "<p class='zz'>Sidansvarig: Kommunikationsenheten · Sidan uppdaterades: 2019-05-02</p>",
        "<div class='zz'><p class='zz'>Se inslaget från sändningen 2:05</p></div>",
        "<div class='zz'><h2>Dokument</h2><ul><li><a href='/a.pdf'>Beslut i ärendet (pdf)</a></li></ul></div>",
        "<div class='zz'><time class='zz'>6 nov 2019 08:30 CET</time></div>",
        "<div class='zz'>Publicerat måndag 16 november 2026 kl 07.12</div>",
        "<div class='post-metadata'><span>Anna Berg</span> <span>24 apr</span> <span>3 min läsning</span></div>",
        "<span class='premium-badge'>Plus</span>",
        "<span class='zz'><a href='/kategori/vard/' rel='category tag'>Vård och hälsa</a></span>",
        "<a class='article__section' href='/nyheter/boras'>Borås</a>",
        "<a class='Article_area__x9Qz' href='/nyheter/skovde'>Skövde</a>",
        "<div class='zz'><p>Diarienummer 1187-2025</p><p><a href='/b.pdf'>Läs beslutet (pdf)</a></p></div>",
        "<div class='zz'><a href='/aktuellt/jourernas-dag'>Föregående: Jourernas dag 2025</a></div>",
        "<p class='zz'>Senast granskad: 7 maj 2026</p>",
        "<p class='info'><time datetime='2020-09-18'>18.09.2020</time> av Sektionsstyrelsen</p>",
        "<p class='back'><a href='nyheter.html'>Tillbaka</a></p>",
        "<p class='back'><a href='javascript:history.go(-1)'>Gå tillbaka</a></p>",
        "<p class='info'><time datetime='2020-02-13T08:30'>13.02.2020 08:30</time> av Redaktionen</p>",
        "<div class='zz'><h2>Fler pressmeddelanden</h2><ul><li><a href='/a'>Ny app</a></li></ul></div>",
        "<div class='b-overline'><a href='/offentlig-sektor/' class='c-overline'>Offentlig sektor</a></div>",
        "<div class='like-box'><span class='like-box__count'>23 gillar detta</span></div>",
        "<div class='td-a-rec td-a-rec-id-content_bottom'><span class='td-adspot-title'>- Annons -</span></div>",
        "<p class='zz'>- Annons -</p>",
        "<div class='paywall-note'>Gillar du lokal journalistik? <a href='/p/'>Prenumerera från 1 krona första månaden</a>.</div>",
        "<p class='entry__date'>Publicerad 15 november 2018 &middot; Kategori: <a href='/k/vard'>Vårdinformatik</a></p>",
        "<p class='zz'>Publicerad 24 maj 2019 Text Karin Ek Kategori Vårdinformatik</p>",
        "<div class='visual-info'><div class='info date'>11 september 2019</div><div class='info person'><div>Kommunikationsenheten</div></div></div>",
        "<div class='base-main-card'><div class='base-main-card__info'><h3 class='base-main-card__title'>Eva Lund</h3>"
        "<h4 class='base-main-card__subtitle'>Utbildningsledare på Yrkeshögskolan Väst</h4></div></div>",
        "<div class='zz'><span class='post-likes'>9 gillningar</span></div>",
        "<ol class='notes'><li class='note'>medlemiborås gillade detta</li><li class='note'>cancerfondenvast reblogged this from brostcancer</li></ol>",
        "<div class='zz'><a href='https://medium.com/@sara'>Sara Lindqvist</a> · <button>Follow</button></div>",
        "<div class='zz'>Published in <a href='/m'>Medicinarkåren Väst</a> · <span>4 min read</span> · <span>Oct 18, 2017</span></div>",
        "<div class='zz'><a class='edn_printButton' href='/print'>Skriv ut</a></div>",
        "<div class='zz'><h2>Senaste nyheterna</h2><ul><li><a href='/1'>Annan nyhet</a></li></ul></div>",
        "<div class='zz'><time datetime='2021-11-25'>25 november 2021</time> · 4 min läsning</div>",
        "<dl class='postprofile'><dt><a href='/u/1'>Styrelsen_FFV</a></dt><dd>Administratör</dd><dd>Inlägg: 412</dd></dl>",
        "<dl class='zz'><dd><strong>Blev medlem:</strong> fre 11 nov 2011 09:12</dd></dl>",
        "<p class='zz'><a class='button' href='/posting'>Skriv svar</a></p>",
        "<div id='siteSub'>Från Patologiwiki Väst</div><div id='jump-to-nav' class='mw-jump'>Hoppa till: navigering, sök</div>",
        "<div class='printfooter'>Hämtad från ”https://wiki.example/wiki/Nyheter”</div>",
        "<div class='infobox-nyhet'><b>Nyhet</b><br>Publicerad 17 november 2016<br>Kategori: <a href='/k'>FVM</a></div>",
        "<div class='ms-authorByline'><span>Kommunikationsavdelningen</span></div><div class='ms-topicHeader'>IVPA</div>",
        "<ul class='ipsReact_reactions'><li><span>Gilla</span><span>14</span></li></ul>",
        # XenForo's poster box and signature; a floating bar's counts; a docs site's feedback and edit time
        "<div class='message-userDetails'><h4 class='message-name'>Styrelsen YFV</h4><h5>Administratör</h5></div>"
        "<div class='message-userExtras'><dl class='pairs'><dt>Inlägg</dt><dd>1 284</dd></dl></div>",
        "<aside class='message-signature'><div class='bbWrapper'>Styrelsen – för dig som kör i Västsverige</div></aside>",
        "<div class='post-floating-bar'><button>Like</button><span>23</span><button>Comments</button><span>4</span></div>",
        "<div class='zz'><p>Var det här till hjälp?</p></div><p class='zz'>Senast uppdaterad för 2 dagar sedan</p>",
        # a back link with an arrow, Sphinx's docinfo field list, English blog notes, a category label,
        # a byline with date and section, the section alone
        "<a class='Article_back' href='/nyheter'>← Alla nyheter</a>",
        "<dl class='field-list simple'><dt>Författare</dt><dd><p>Förvaltningsgruppen Sterilteknik</p></dd></dl>",
        "<ol class='notes'><li>annaberg likes this</li></ol>",
        "<p class='zz'>Kategori: Påverkansarbete</p>",
        "<div class='zz'>Johanna Ek-Malmström 14 nov. 2019 i Insikter</div><p class='zz'>i Insikter</p>",
        "<p class='zz'>Var artikeln till hjälp?</p>",
        # Tumblr's notes with the user's name as a link, Concrete CMS's attribute line, Odoo's byline and
        # section, Liferay's portlet title, Moodle's permalink
        "<ol class='notes'><li><a href='/n'>neonatalnytt</a> reblogged this from <a href='/p'>provrorsposten</a></li>"
        "<li><a href='/b'>barnmorskelivet</a> likes this</li></ol>",
        "<div class='ccm-block-page-attribute-display'><span>Kategori:</span> Påverkansarbete</div>",
        "<div class='text-white'><span>Johanna Ek-Malmström</span> <time>14 nov. 2019</time> <span>i <a href='/blog'>Insikter</a></span></div>",
        "<div class='portlet-header'><h2 class='portlet-title-text'>Nyheter</h2></div>",
        "<p class='zz'><a href='/p/1'>Permanent länk</a></p>",
        # an author line with its label (CMS Made Simple), a kind and date line (Squiz Matrix), bylines
        # that date the post (Dotclear, WonderCMS), a button link alone (UIkit, Bootstrap), a newsletter's
        # sign-offs and pitch, a post's neighbours (Concrete CMS), a topic's reply count (NodeBB)
        "<div id='ArticleAuthor'>Skrivet av: redaktionen</div>",
        "<p class='zz'>Notis · Publicerad <time datetime='2021-04-04'>4 april 2021</time></p>",
        "<p class='zz'>Av Styrelsen den onsdag 3 april 2019, 09:05 - <a href='/k/aktuellt'>Aktuellt</a></p>",
        "<p class='zz'><em>Sjukhusföreningen, 3 april 2019</em></p>",
        "<p class='zz'><a class='uk-button uk-button-primary' href='/anmalan'>Anmäl dig till utbildningen</a></p>",
        "<div class='zz'><a class='btn' href='/mer'>Mer om projektet</a></div>",
        "<p class='zz'>Tack för att du läser! Hör gärna av dig med frågor.</p>",
        "<p class='zz'>Med vänliga hälsningar,<br>Kansliet i Skaraborg</p>",
        "<p class='zz'>Vill du ha nyhetsbrevet varje månad? Anmäl dig här.</p>",
        "<div class='ccm-block-next-previous'><h5>Äldre inlägg</h5><p><a href='/x'>« Vårmötet</a></p></div>",
        "<div class='zz'><div class='stats'><span>7</span> Svar</div></div>",
        # Elgg's byline: the author, the group it was posted in and the date
        "<div class='zz'>Av Styrgruppen i Gastronätverket Väst <time datetime='2020-05-25'>25 maj 2020</time></div>",
        # Zola's DeepThought: the author and date line with the theme's "published on", the reading time and word count
        "<p class='zz'>Styrelsen published on <time datetime='2021-03-26'>Mar 26, 2021</time></p>",
        "<div class='zz'><span>3 min,</span> <span>598 words</span></div>",
        "<p class='zz'>598 ord · 3 min läsning</p>",
    ],
)
def test_boilerplate_is_removed_anywhere(boilerplate: str) -> None:
    for body in (
        f"<article><h1>Ny tidplan</h1>{boilerplate}<p>{P1}</p><p>{P2}</p></article>",
        f"<div><h1>Ny tidplan</h1><p>{P1}</p>{boilerplate}<p>{P2}</p></div>",
    ):
        assert _texts(body) == [P1, P2]


def test_fact_box_aside_is_kept_but_link_aside_is_not() -> None:
    fact = "<aside class='fakta'><h3>Fakta</h3><p>Millennium är ett vårdinformationssystem från Oracle Health.</p></aside>"  # noqa: E501
    links = "<aside><a href='/1'>Ett</a> <a href='/2'>Två</a> <a href='/3'>Tre</a></aside>"
    texts = _texts(f"<article><p>{P1}</p>{fact}{links}<p>{P2}</p></article>")
    assert texts == [P1, "Fakta", "Millennium är ett vårdinformationssystem från Oracle Health.", P2]


def test_whole_page_form_is_unwrapped_not_dropped() -> None:
    body = f"<form id='aspnetForm'><div><h1>Ny tidplan</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></form>"
    assert _texts(body) == [P1, P2, P3]


def test_whitespace_collapses_and_swedish_punctuation_stays() -> None:
    body = "<article><p>  – Vi   är\u00a0nöjda,\n\t säger  hon.\u00ad </p><p>Sjuk\u00adhus&nbsp;och ”vård”…</p></article>"  # noqa: E501
    assert _texts(body) == ["– Vi är nöjda, säger hon.", "Sjukhus och ”vård”…"]


def test_inline_markup_does_not_split_words_and_breaks_do() -> None:
    body = "<article><p><strong>Ny</strong>het om <a href='/x'>Millennium</a>.<br>Andra raden.</p></article>"
    assert _texts(body) == ["Nyhet om Millennium. Andra raden."]


def test_a_title_only_page_is_a_document() -> None:
    blocks = _clean("<h1>Ny tidplan</h1>")
    assert blocks == [Block("title", "Ny tidplan")]


def test_label_tip_and_bare_date_blocks_are_boilerplate() -> None:
    body = f"""<article><h1>Ny tidplan</h1><p><span>Pressmeddelande</span></p><p><time>6 maj 2026</time></p>
    <p>{P1}</p><p>{P2}</p><p>Har du tips om det här? Mejla oss på tips@example.se</p><h2>Analys av läget</h2><p>{P3}</p></article>"""
    assert _texts(body) == [P1, P2, "Analys av läget", P3]


def test_body_field_with_a_label_class_is_kept() -> None:
    """Drupal's body field is ``field-label-hidden``: its "label" names no label box."""
    field = (
        "<div class='field field-name-body field-type-text-with-summary field-label-hidden'>"
        f"<div class='field-items'><div class='field-item even'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div></div>"
    )
    texts = _texts(f"<div id='page'><h1>Ny tidplan</h1>{field}<div class='field-label-inline'>Taggar: Vård</div></div>")
    assert texts[:3] == [P1, P2, P3]



def test_a_lead_marked_as_the_articles_description_is_kept_whatever_its_class() -> None:
    # TYPO3's news lead: class "teaser-text" (a boilerplate word), schema.org itemprop "description"
    body = f"""<div class="news-single"><h1>Ny tidplan</h1><div class="teaser-text" itemprop="description">
    <p>{P1}</p></div><div class="teaser-list"><p>{P3}</p></div><p>{P2}</p></div>"""
    texts = _texts(body)
    assert P1 in texts and P2 in texts and P3 not in texts


@pytest.mark.parametrize("lead_class", ["sfnewsSummary sfsummary", "newspack-post-subtitle"])
def test_a_lead_is_found_by_the_ending_of_a_joined_class_word(lead_class: str) -> None:
    # Sitefinity's "sfsummary" and Newspack's "…-subtitle" name the lead; a header around it is chrome
    body = f"""<header><h1>Ny tidplan</h1><div class="{lead_class}"><p>{P1}</p></div></header>
    <div class="entry-content"><p>{P2}</p><p>{P3}</p></div>"""
    blocks = _clean(body)
    assert [b.kind for b in blocks if b.text == P1] == ["lead"]


def test_a_teaser_right_under_the_headline_is_the_articles_own() -> None:
    # Neos's "news-detail__teaser": this article's lead, though "teaser" names other pages' boxes elsewhere
    body = f"""<article class="news-detail"><h1>Ny tidplan</h1><div class="news-detail__teaser"><p>{P1}</p></div>
    <div class="news-detail__content"><p>{P2}</p></div><div class="teaser"><p>{P3}</p></div></article>"""
    texts = _texts(body)
    assert P1 in texts and P2 in texts and P3 not in texts


def test_a_subheading_under_the_headline_is_the_lead_and_a_linked_tagline_is_not() -> None:
    # Orchard Core's "h2.subheading" in the masthead; Hexo's site tagline, a link home, in the site header
    body = f"""<header id="header"><h1 id="logo-wrap"><a href="/">Hack for Health</a></h1>
    <h2 id="subtitle-wrap"><a href="/" id="subtitle">Öppna data för bättre vård</a></h2></header>
    <header class="masthead"><div class="post-heading"><h1>Ny tidplan</h1><h2 class="subheading">{P1}</h2></div></header>
    <article><p>{P2}</p><p>{P3}</p></article>"""
    blocks = _clean(body)
    assert [b.kind for b in blocks if b.text == P1] == ["lead"]
    assert "Öppna data för bättre vård" not in [b.text for b in blocks]


def test_an_empty_line_of_breaks_ends_a_paragraph() -> None:
    # a forum post written with <br><br> between paragraphs: each is a paragraph, a quote a quote
    body = f"<div class='content'>{P1}<br><br>– Vi är redo, säger hon.<br>Det sa hon i går.<br><br>{P2}</div>"
    assert _texts(body) == [P1, "– Vi är redo, säger hon. Det sa hon i går.", P2]


def test_an_h1_that_names_the_site_is_no_title() -> None:
    # a forum's or a site builder's <h1> holds the site's name; <title> has the headline before it
    head = "<title>Privata fysioterapeuter vill in - Fysioforum Väst</title>"
    blocks = _clean(f"<h1>Fysioforum Väst</h1><h2>Privata fysioterapeuter vill in</h2><div><p>{P1}</p><p>{P2}</p></div>", head)
    assert blocks[0] == Block("title", "Privata fysioterapeuter vill in")
    # not when the headline comes last in <title> and the h1 is the headline
    head = "<title>Blodgivarna i Sjuhärad - Blodgivare ombeds ge blod före systembytet</title>"
    blocks = _clean(f"<h1>Blodgivare ombeds ge blod före systembytet</h1><div><p>{P1}</p><p>{P2}</p></div>", head)
    assert blocks[0] == Block("title", "Blodgivare ombeds ge blod före systembytet")


def test_a_logo_or_banner_h1_is_no_title_and_a_permalink_sign_is_dropped() -> None:
    # Confluence's h1#logo and a blog's banner h1 linking home come before the post's own h1
    for banner in (
        "<h1 id='logo' class='aui-header-logo'><a href='/'><span>Samverkanswiki</span></a></h1>",
        "<header id='banner'><h1><a href='/'>Primärvårdsbloggen <strong>Tankar från Lerum</strong></a></h1></header>",
    ):
        blocks = _clean(f"{banner}<article><h1>Ny tidplan för FVM</h1><p>{P1}</p><p>{P2}</p></article>", "<title>x</title>")
        assert blocks[0] == Block("title", "Ny tidplan för FVM")
    # Sphinx / MkDocs: "¶" after the headline and each heading
    body = (
        "<article><h1>Ny tidplan<a class='headerlink' href='#ny'>¶</a></h1><p>" + P1 + "</p>"
        "<h2>Bakgrund<a class='headerlink' href='#b'>¶</a></h2><p>" + P2 + "</p></article>"
    )
    assert _clean(body, "<title>x</title>")[:3] == [Block("title", "Ny tidplan"), Block("paragraph", P1), Block("heading", "Bakgrund", 2)]


def test_forum_and_wiki_titles_kickers_bullets_and_a_repeated_headline() -> None:
    # DokuWiki's logo h1 links to "doku.php?id=start"; vBulletin's "Tråd:" label
    logo = "<h1><a href='/doku.php?id=start' accesskey='h'><img src='/logo.png' alt=''> <span>Vårdwiki</span></a></h1>"
    assert _clean(f"{logo}<div><h1>Intagnas journaler</h1><p>{P1}</p><p>{P2}</p></div>", "<title>x</title>")[0] == Block("title", "Intagnas journaler")
    assert _clean(f"<h1>Tråd: <span>Tolkbokningen</span></h1><div><p>{P1}</p><p>{P2}</p></div>", "<title>x</title>")[0] == Block("title", "Tolkbokningen")
    # a kicker link right above the headline; a paragraph repeating the headline
    body = f"<article><div class='mt-8'><a href='/totalforsvar'>Totalförsvar</a></div><h1>Ny tidplan</h1><p>Ny tidplan</p><p>{P1}</p><p>{P2}</p></article>"
    assert _texts(body) == [P1, P2]
    # a forum post in a blockquote is paragraphs; bullet lines are list items
    body = f"<div><h1>Ny tidplan</h1><blockquote class='postcontent restore'>{P1}<br><br>• {P2}<br><br>• {P3}</blockquote></div>"
    assert [(b.kind, b.text) for b in _clean(body)][1:] == [("paragraph", P1), ("list_item", P2), ("list_item", P3)]


def test_a_like_summary_is_no_lead_and_a_year_alone_is_kept() -> None:
    body = f"<div><span class='like-summary'>4 personer gillar detta</span></div><article><h1>Ny tidplan</h1><p>{P1}</p><p>{P2}</p><p>2024</p></article>"
    assert [(b.kind, b.text) for b in _clean(body)][1:] == [("paragraph", P1), ("paragraph", P2), ("paragraph", "2024")]


def test_a_drupal_ingress_field_survives_its_label_hidden_class() -> None:
    # Drupal 8: "field--name-field-ingress field--label-hidden"; "label" is a chrome word, the field a lead
    body = f"""<article><h1>Ny tidplan</h1><div class="field field--name-field-ingress field--label-hidden"><p>{P1}</p></div>
    <div class="field field--name-body"><p>{P2}</p><p>{P3}</p></div></article>"""
    assert P1 in [b.text for b in _clean(body)]


def test_a_mail_whose_paragraphs_sit_in_rows_of_a_layout_table_keeps_them_all() -> None:
    # MailerLite's and Mailchimp's web views: each block in a row of its own of a one-column table
    rows = "".join(f"<tr><td class='mlText'><p>{text}</p></td></tr>" for text in (P1, P2, "Mer följer i maj."))
    body = f"""<table><tr><td><table><tr><td>Nyhetsbrev · <a href='/webb'>Visa i webbläsare</a></td></tr></table></td></tr>
    <tr><td><table><tr><td><h1>Ny tidplan</h1></td></tr>{rows}<tr><td><h2>Bakgrund</h2></td></tr>
    <tr><td><p>{P3}</p></td></tr></table></td></tr>
    <tr><td><a href='/avregistrera'>Avregistrera</a> · <a href='/installningar'>Inställningar</a></td></tr></table>"""
    assert _texts(body) == [P1, P2, "Mer följer i maj.", "Bakgrund", P3]


def test_a_table_of_one_cell_rows_with_a_menu_loses_to_its_article_cell() -> None:
    menu = "".join(f"<a href='/{i}'>Länk nummer {i} till en annan sida</a> " for i in range(12))
    body = f"<table><tr><td>{menu}</td></tr><tr><td><h1>Ny tidplan</h1><p>{P1}</p><p>{P2}</p></td></tr></table>"
    assert _texts(body) == [P1, P2]


def test_forum_topic_replies_go_and_the_first_post_is_paragraphs() -> None:
    # NodeBB: a topic's posts are <li component="post" data-index>, the first the topic itself
    body = f"""<main><h1>Ny tidplan</h1><ul component="topic"><li component="post" data-index="0">
    <div class="post-header"><a href="/user/anna"><span class="avatar">A</span></a> <a href="/user/anna">anna</a></div><div class="content"><p>{P1}</p><h2>Bakgrund</h2>
    <p>{P2}</p></div></li><li component="post" data-index="1"><div class="post-header"><a href="/user/kalle">kalle</a>
    </div><div class="content"><p>{P3}</p></div></li></ul></main>"""
    assert [(b.kind, b.text) for b in _clean(body)][1:] == [("paragraph", P1), ("heading", "Bakgrund"), ("paragraph", P2)]
    # a list item with paragraphs of its own, no box around them, stays a list item
    body = f"<article><h1>Ny tidplan</h1><p>{P1}</p><ul><li><p>{P2}</p><p>{P3}</p></li></ul></article>"
    assert [b.kind for b in _clean(body)][1:] == ["paragraph", "list_item", "list_item"]


def test_a_newsletters_tagline_under_the_headline_is_no_heading() -> None:
    body = f"<article><h1>Ny tidplan</h1><h2>Nyhetsbrev om vården i Skaraborg</h2><p>{P1}</p><h2>Nyhetsbrev i höst</h2><p>{P2}</p></article>"
    assert _texts(body) == [P1, "Nyhetsbrev i höst", P2]


def test_a_blogs_tagline_is_no_lead_and_its_post_heading_is_no_repeat() -> None:
    # FlatPress: the blog's name as a linked h1 and its tagline "p.subtitle"; the post's headline an h3
    head = '<meta property="og:title" content="Ny tidplan"><title>Ny tidplan - Sårklubben</title>'
    body = f"""<div id="header"><h1><a href="https://example.se/blogg/">Sårklubben</a></h1>
    <p class="subtitle">Vi som arbetar med sår i väst</p></div>
    <div id="main"><div class="entry"><h3>Ny tidplan</h3><p>{P1}</p><p>{P2}</p></div></div>"""
    assert _clean(body, head) == [Block("title", "Ny tidplan"), Block("paragraph", P1), Block("paragraph", P2)]


def test_a_portal_name_h1_gives_way_to_the_discussion_subject() -> None:
    # Moodle: <title> is a path "Portal: Forum: Subject", the h1 the portal's full name, the subject a
    # role=heading div under the forum's name
    head = "<title>Lärportalen: Forum för nyheter: Ny tidplan för FVM</title>"
    body = f"""<header><h1>Lärportalen Väst</h1></header><div role="main"><h2>Forum för nyheter</h2>
    <div class="topic"><div class="subject" role="heading" aria-level="2">Ny tidplan för FVM</div>
    <div class="posting"><p>{P1}</p><h3>Bakgrund</h3><p>{P2}</p></div></div></div>"""
    assert _clean(body, head) == [
        Block("title", "Ny tidplan för FVM"),
        Block("paragraph", P1),
        Block("heading", "Bakgrund", 3),
        Block("paragraph", P2),
    ]


def test_a_course_name_h1_gives_way_to_the_subject_the_title_names_first() -> None:
    # Moodle 4: <title> "Subject | Site", the h1 the course's name, the subject an h3 above the post,
    # whose header (subject, byline) goes; a cut headline in <title> that no heading shows is no subject
    head = "<title>Ny tidplan för FVM | Högskolans lärplattform</title>"
    body = f"""<header id="page-header"><h1>Omvårdnad HT18</h1></header><div role="main"><h2>Nyhetsforum</h2>
    <h3 class="discussionname">Ny tidplan för FVM</h3><article><header><h3>Ny tidplan för FVM</h3>
    <div>av <a href="/u/1">Anna Berg</a></div></header><div class="post-content-container"><p>{P1}</p><p>{P2}</p></div>
    <div class="attachments"><a href="/f/1">tidplan-2018.pdf</a></div></article></div>"""
    assert _clean(body, head) == [Block("title", "Ny tidplan för FVM"), Block("paragraph", P1), Block("paragraph", P2)]
    head = "<title>Ny tidplan för - Regionen</title>"
    body = f"<article><h1>Ny tidplan för FVM - och för Millennium</h1><h2>Bakgrund</h2><p>{P1}</p><p>{P2}</p></article>"
    assert _clean(body, head)[0] == Block("title", "Ny tidplan för FVM - och för Millennium")


def test_phpbb_replies_jumpbox_and_online_list_go() -> None:
    # phpBB: a topic's posts are sibling "div.post#p…", the first the topic; "Återgå till …" and
    # "Vilka är online" under them
    post = "<div id='p{n}' class='post bg2'><div class='postbody'><h3><a href='#p{n}'>{subject}</a></h3><div class='content'>{text}</div></div></div>"
    body = f"""<div id="page-body" role="main"><h2 class="topic-title"><a href="/t/1">Ny tidplan</a></h2>
    {post.format(n=11, subject="Ny tidplan", text=f"{P1}<br><br>{P2}")}<hr class="divider">
    {post.format(n=12, subject="Sv: Ny tidplan", text=P3)}
    <div class="action-bar actions-jump"><p class="jumpbox-return"><a href="/f/4">Återgå till “Föreningsnytt”</a></p></div>
    <div class="stat-block online-list"><h3>Vilka är online</h3><p>Användare som besöker denna kategori: 3 gäster</p></div></div>"""
    assert _texts(body) == [P1, P2]


def test_a_podcast_players_controls_and_donation_call_go() -> None:
    # Buzzsprout: the player's download link, a support box with "Stöd podden" and "Bli supporter"
    body = f"""<main class="episode"><h1>Ny tidplan</h1><div class="episode__player"><a href="#" class="download">Ladda ner</a>
    <span>42:17</span></div><div class="episode__description"><p>{P1}</p><p>{P2}</p></div>
    <div class="episode__support"><p>Stöd podden</p><a href="#">Bli supporter</a></div></main>"""
    assert _texts(body) == [P1, P2]


def test_a_section_label_above_the_headline_goes() -> None:
    # Labrador CMS: the section label "div.labelTag" above the h1, no link in it
    body = f"""<article class="articleContainer"><div class="articleHeader"><div class="labelTag">Val 2026</div>
    <h1 class="headline">Ny tidplan</h1><p class="subtitle">{P1}</p></div><div class="bodytext"><p>{P2}</p><p>{P3}</p></div></article>"""
    assert _clean(body) == [Block("title", "Ny tidplan"), Block("lead", P1), Block("paragraph", P2), Block("paragraph", P3)]


def test_a_wikijs_page_description_and_editor_card_go() -> None:
    body = f"""<main><div class="page-header-headings"><h1 class="headline">Ny tidplan</h1>
    <div class="caption grey--text">Nyhet från projektgruppen</div></div>
    <div class="v-card page-col-sd"><div class="overline">Senast redigerad av</div><div class="body-2">Redaktionen</div>
    <div class="caption">2024-03-12</div></div><div class="v-card page-content"><p>{P1}</p><p>{P2}</p></div></main>"""
    assert _texts(body) == [P1, P2]


def test_a_date_line_with_its_category_link_goes_and_a_date_and_place_stays() -> None:
    body = f"""<article><header><h1>Ny tidplan</h1><p class="date"><time datetime="2024-03-12">12 mars 2024</time>
    i <a href="/nyheter/kategori/it">Digitalisering</a></p></header><p>{P1}</p><p>12 mars 2024 i Skövde</p><p>{P2}</p></article>"""
    assert _texts(body) == [P1, "12 mars 2024 i Skövde", P2]


def test_ez_publish_short_text_is_the_lead_and_a_listed_objects_is_not() -> None:
    listed = f"<div class='content-view-line'><h2><a href='/b'>Annan nyhet</a></h2><div class='attribute-short'><p>{P3}</p></div></div>"
    full = f"""<div class="content-view-full"><div class="class-article"><div class="attribute-header"><h1>Ny tidplan</h1></div>
    <div class="attribute-short"><p>{P1}</p></div><div class="attribute-body"><p>{P2}</p><p>{P3}</p></div></div></div>"""
    assert _clean(full)[1] == Block("lead", P1)
    assert [b.kind for b in _clean(full.replace(f'<div class="attribute-short"><p>{P1}</p></div>', "") + listed)] == [
        "title", "paragraph", "paragraph"
    ]


def test_a_plone_byline_goes_and_its_description_is_the_lead() -> None:
    # Plone: "div.documentByLine" (author, "—", the date in a span of its own) and "div.documentDescription"
    # under the h1, the body in "#content-core"
    body = f"""<article id="content"><header><h1 class="documentFirstHeading">Ny tidplan</h1>
    <div class="documentByLine">av <a href="/author/styrelsen">Styrelsen</a> — <span class="documentPublished">publicerad
    12 mars 2024</span></div><div class="documentDescription description">{P1}</div></header>
    <div id="content-core"><p>{P2}</p><p>{P3}</p></div></article>"""
    assert _clean(body) == [Block("title", "Ny tidplan"), Block("lead", P1), Block("paragraph", P2), Block("paragraph", P3)]


def _markdown_page(line: str) -> str:
    """A VuePress page: the h1 with its anchor, ``line`` as the paragraph right under it, then the text."""
    return f"""<main class="page"><div class="theme-default-content"><h1 id="title"><a class="header-anchor"
    href="#title" aria-hidden="true">#</a> Ny tidplan</h1><p>{line}</p><p>{P1}</p><p>{P2}</p></div></main>"""


@pytest.mark.parametrize("line", ["<em>Nyhet 11 oktober 2022</em>", "<i>Pressmeddelande tisdag 12 mars 2024</i>"])
def test_a_category_and_date_in_italics_under_the_headline_goes(line: str) -> None:
    # VuePress: Markdown's "*Nyhet 11 oktober 2022*" becomes a <p><em> right after the h1
    assert _texts(_markdown_page(line)) == [P1, P2]


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("<em>12 mars 2024 i Skövde</em>", "12 mars 2024 i Skövde"),
        ("<em>Mötet hölls 12 mars 2024</em>", "Mötet hölls 12 mars 2024"),
        ("<em>Nyhet 11 oktober 2022</em> om arkivet", "Nyhet 11 oktober 2022 om arkivet"),
        ("<em>Styrelsen beslutade den 11 oktober 2022.</em>", "Styrelsen beslutade den 11 oktober 2022."),
    ],
)
def test_a_place_or_sentence_in_italics_under_the_headline_stays(line: str, text: str) -> None:
    # a place or a sentence after the date, more than one word before it, or text beside the italics;
    # the date line alone in the same place goes
    assert _texts(_markdown_page(line)) == [text, P1, P2]
    assert _texts(_markdown_page("<em>Nyhet 11 oktober 2022</em>")) == [P1, P2]


def test_a_nextra_byline_with_its_tag_links_goes_and_a_sentence_with_a_bullet_stays() -> None:
    # Nextra's blog: author, date in a <time> and the post's tags as links after "•", between the h1 and the lead
    byline = """<div class="nx-mt-4 nx-mb-16 nx-text-gray-500"><span>Emma Kvist</span>, <time datetime="2019-11-29">29
    november 2019</time> • <a href="/blogg/tags/kunder">kunder</a>, <a href="/blogg/tags/nyheter">nyheter</a></div>"""
    kept = "<div>Emma Kvist, 29 november 2019 • läs <a href='/intervju'>intervjun</a> med henne</div>"
    body = f"""<main><article class="nextra-body"><h1>Ny tidplan</h1>{byline}<p class="lead">{P1}</p><p>{P2}</p>
    {kept}<p>{P3}</p></article></main>"""
    assert _texts(body) == [P1, P2, "Emma Kvist, 29 november 2019 • läs intervjun med henne", P3]


def _mailing(issue: str, footer: str) -> str:
    """A mailing's web version (Brevo): a layout table of one-cell rows, the issue line above the h1."""
    rows = "".join(f"<tr><td style='padding:0 30px'><p style='margin:0'>{text}</p></td></tr>" for text in (P1, P2, P3))
    return f"""<table role="presentation"><tr><td><table role="presentation"><tr><td>{issue}</td></tr>
    <tr><td><h1>Ny tidplan</h1></td></tr>{rows}<tr><td style="font-size:12px">{footer}</td></tr></table></td></tr></table>"""


@pytest.mark.parametrize(
    "footer",
    [
        "<p>Du får det här mejlet eftersom du är medlem i föreningen.</p><p><a href='#'>Avsluta prenumerationen</a> | "
        "<a href='#'>Uppdatera dina uppgifter</a></p><p>Föreningen, Storgatan 1, 411 19 Göteborg</p>",
        "Föreningen, Box 1030, 462 28 Vänersborg<br>Du får detta nyhetsbrev eftersom du har anmält dig.<br>"
        "<a href='#'>Avregistrera</a>",
        "<p>You are receiving this email because you signed up.</p><p>Föreningen, Storgatan 1, 411 19 Göteborg</p>",
    ],
)
def test_a_mailings_issue_line_and_footer_with_the_address_go(footer: str) -> None:
    assert _texts(_mailing("Nyhetsbrev maj 2020", footer)) == [P1, P2, P3]
    assert _texts(_mailing("Medlemsbrev nr 4, 2021", footer)) == [P1, P2, P3]


def test_a_sentence_on_a_mailing_and_a_month_stays() -> None:
    # the same words in running text, and a newsletter named for a month in a sentence, are no chrome
    sentence = "Nyhetsbrevet i maj 2020 tog upp tidplanen, och du får det här mejlet som svar på frågan."
    letter = "Nyhetsbrev maj 2020 skickades ut till alla medlemmar i föreningen."
    texts = _texts(_mailing("Nyhetsbrev maj 2020", f"<p>{sentence}</p><p>{letter}</p>"))
    assert texts == [P1, P2, P3, sentence, letter]



def _jigsaw_page(link: str, kept: str = "") -> str:
    """A Jigsaw blog post: the h1, its author and date line, ``link`` alone, ``kept``, then the body."""
    return f"""<main role="main"><h1>Ny tidplan</h1><p class="text-xl">Sara Nyman • 13 juni 2019</p>{link}{kept}
    <div class="border-b"><p>{P1}</p><p>{P2}</p></div></main>"""


_CATEGORY = '<a href="/blogg/kategorier/kunder" class="inline-block uppercase">kunder</a>'


@pytest.mark.parametrize(
    "link",
    [
        _CATEGORY,
        '<p><a href="/tags/millennium">millennium</a></p>',
        '<span><a href="/category/fvm">fvm</a>, <a href="/category/nyheter">nyheter</a></span>',
        '<span><a href="/?cat=4">Nyheter</a></span>',
    ],
)
def test_a_category_link_alone_under_the_headline_and_its_byline_goes(link: str) -> None:
    assert _texts(_jigsaw_page(link)) == [P1, P2]


@pytest.mark.parametrize(
    ("kept", "text"),
    [
        ('<p><a href="/rapporter/tidplan.pdf">Läs hela rapporten här</a></p>', "Läs hela rapporten här"),
        ('<p>Om <a href="/kategori/kunder">kunder</a></p>', "Om kunder"),
    ],
)
def test_a_link_paragraph_after_the_category_link_stays(kept: str, text: str) -> None:
    # the category link goes; a link to a document, or a category link with words beside it, is text
    assert _texts(_jigsaw_page(_CATEGORY, kept)) == [text, P1, P2]


def test_a_category_link_paragraph_in_the_body_stays() -> None:
    body = f"""<main><h1>Ny tidplan</h1>{_CATEGORY}<div><p>{P1}</p>
    <p><a href="/blogg/kategorier/kunder">Fler nyheter om våra kunder</a></p><p>{P2}</p></div></main>"""
    assert _texts(body) == [P1, "Fler nyheter om våra kunder", P2]


def _sculpin_page(lead: str, later: str = "") -> str:
    """A Sculpin blog post: the h1 and meta line in a header, the Markdown body with ``lead`` first."""
    return f"""<article class="blog-post"><header><h1 class="blog-post-title">Ny tidplan</h1>
    <p class="blog-post-meta">10 februari 2022 av <a href="/blogg/forfattare/styrgruppen">Styrgruppen</a></p></header>
    <div class="blog-post-content"><p>{lead}</p><p>{P2}</p>{later}<p>{P3}</p></div></article>"""


def _kinds(body: str) -> list[str]:
    return [b.kind for b in _clean(body)]


@pytest.mark.parametrize("lead", [f"<em>{P1}</em>", f"<i> {P1} </i>"])
def test_an_italic_first_paragraph_under_the_headline_is_the_lead(lead: str) -> None:
    # Markdown's "*…*" lead: the whole paragraph is one emphasis, the first text after the h1 and its meta line
    blocks = _clean(_sculpin_page(lead))
    assert [(b.kind, b.text) for b in blocks[1:3]] == [("lead", P1), ("paragraph", P2)]


@pytest.mark.parametrize(
    "lead",
    [
        f"<em>{P1}</em> Det meddelade styrelsen.",  # text beside the italics
        "<em>Uppdaterad med styrelsens beslut</em>",  # no sentence
        "<em>12 mars 2024 i Skövde</em>",  # a place and a date
    ],
)
def test_a_first_paragraph_that_is_not_one_italic_sentence_is_no_lead(lead: str) -> None:
    assert _kinds(_sculpin_page(lead))[1:3] == ["paragraph", "paragraph"]
    assert _kinds(_sculpin_page(f"<em>{P1}</em>"))[1:3] == ["lead", "paragraph"]


def test_an_italic_paragraph_later_in_the_body_stays_a_paragraph() -> None:
    later = "<p><em>Styrelsen har beslutat att skjuta upp starten till hösten, meddelade ordföranden.</em></p>"
    assert _kinds(_sculpin_page(f"<em>{P1}</em>", later)) == ["title", "lead"] + ["paragraph"] * 3


def test_a_bem_short_description_is_the_lead() -> None:
    # Cofoundry's blog post: "div.blog-post__short-description" between the info line and the content
    body = f"""<article class="blog-post"><h1 class="blog-post__title">Ny tidplan</h1>
    <div class="blog-post__info"><span class="blog-post__date">12 mars 2024</span></div>
    <div class="blog-post__short-description"><p>{P1}</p></div>
    <div class="blog-post__content"><p>{P2}</p><p>{P3}</p></div></article>"""
    assert [(b.kind, b.text) for b in _clean(body)[1:3]] == [("lead", P1), ("paragraph", P2)]


def _hydejack_page(header_note: str, body_note: str = "") -> str:
    """A Hydejack post: the h1, date line and ``header_note`` in the header, then the body with ``body_note``."""
    return f"""<main class="content layout-post" role="main"><article class="page post" role="article"><header>
    <h1 class="post-title">Ny tidplan</h1><div class="post-date"><span><time datetime="2024-12-11">11 dec 2024</time>
    i <a href="/blog/category/millennium/">Millennium</a></span></div>{header_note}</header>
    <p>{P2}</p>{body_note}<p>{P3}</p></article></main>"""


def test_a_hydejack_note_in_the_post_header_is_the_lead() -> None:
    assert [(b.kind, b.text) for b in _clean(_hydejack_page(f'<p class="note-sm">{P1}</p>'))[1:3]] == [
        ("lead", P1), ("paragraph", P2)
    ]


def test_a_note_outside_the_post_header_is_no_lead() -> None:
    # "note-sm" in the body (a footnote) or under a figure stays what it is; only the header's is the lead
    note = f'<p class="note-sm">{P1}</p>'
    figure = f'<figure><img src="/a.png" alt=""><figcaption class="note-sm">{P1}</figcaption></figure>'
    assert _kinds(_hydejack_page("", note)) == ["title"] + ["paragraph"] * 3
    assert "lead" not in _kinds(_hydejack_page("", figure))
    assert _kinds(_hydejack_page(note)) == ["title", "lead", "paragraph", "paragraph"]


@pytest.mark.parametrize(
    "line",
    [
        # PHP-Fusion's info line: author, date, read count and category
        "<div class='news-info'>Postad av <a href='/profile.php?lookup=2'>styrelsen</a> 19 februari 2020"
        " · 214 läsningar · Kategori: Föreningen</div>",
        # Obsidian Publish: the date in italics and the note's hashtags
        "<div><p><em>Publicerad 20 maj 2026</em> · #nyhet #millennium</p></div>",
    ],
)
def test_a_date_line_with_author_read_count_or_hashtags_goes(line: str) -> None:
    assert _texts(f"<article><h1>Ny tidplan</h1>{line}<p>{P1}</p><p>{P2}</p></article>") == [P1, P2]


def test_a_sentence_after_a_date_and_a_dot_stays() -> None:
    line = "Postad av styrelsen 19 februari 2020 · Styrelsen beslutade att gå vidare med förslaget."
    assert _texts(f"<article><h1>Ny tidplan</h1><p>{line}</p><p>{P1}</p><p>{P2}</p></article>") == [line, P1, P2]


@pytest.mark.parametrize("lead", [f"<p class='abstract'>{P1}</p>", f"<div class='news-snippet'><p>{P1}</p></div>"])
def test_an_abstract_or_snippet_is_the_lead(lead: str) -> None:
    blocks = _clean(f"<article><h1>Ny tidplan</h1>{lead}<p>{P2}</p><p>{P3}</p></article>")
    assert [(b.kind, b.text) for b in blocks if b.kind != "title"] == [("lead", P1), ("paragraph", P2), ("paragraph", P3)]


@pytest.mark.parametrize("bold", ["strong", "b"])
def test_a_bold_first_paragraph_is_the_lead_and_a_later_one_is_not(bold: str) -> None:
    # ClassicPress, Hakyll: Markdown's "**…**" as the first paragraph under the headline
    body = f"<article><h1>Ny tidplan</h1><p><{bold}>{P1}</{bold}></p><p>{P2}</p><p><{bold}>{P3}</{bold}></p></article>"
    blocks = _clean(body)
    assert [(b.kind, b.text) for b in blocks if b.kind != "title"] == [("lead", P1), ("paragraph", P2), ("paragraph", P3)]


@pytest.mark.parametrize("lead", [f'<div class="teaser-text lead">{P1}</div>', f'<p class="teaser lead">{P1}</p>'])
def test_a_lead_with_a_teaser_class_under_the_headline_is_the_lead(lead: str) -> None:
    # Neos: the article's lead marked "lead" beside "teaser", under the h1 and its byline
    body = f"""<article class="post"><h1>Ny tidplan</h1>
    <div class="byline">Publicerad <time datetime="2023-05-10">10 maj 2023</time> av redaktionen</div>
    {lead}<div class="post-body"><p>{P2}</p><p>{P3}</p></div></article>"""
    blocks = _clean(body)
    assert [(b.kind, b.text) for b in blocks if b.kind != "title"] == [("lead", P1), ("paragraph", P2), ("paragraph", P3)]


@pytest.mark.parametrize(
    "teaser",
    [
        # another article's card right under the headline: it links to that article
        f'<div class="teaser lead"><a href="/nyheter/ny-vardcentral">Ny vårdcentral</a> {P3}</div><p>{P1}</p>',
        # a teaser further down the body, far from the headline
        f'<p>{P1}</p><p class="teaser lead">{P3}</p>',
    ],
)
def test_a_teaser_of_another_article_goes_though_its_class_says_lead(teaser: str) -> None:
    texts = _texts(f"<article><h1>Ny tidplan</h1>{teaser}<p>{P2}</p></article>")
    assert P1 in texts and P2 in texts and P3 not in texts


def _quartz_page(article: str, between: str = "") -> str:
    """A Quartz v4 page: the h1, date line and tags in the page header, ``between`` after it, then the article."""
    return f"""<div class="center"><div class="page-header"><div class="popover-hint">
    <nav class="breadcrumb-container"><a href="/">Start</a></nav><h1 class="article-title">Ny tidplan</h1>
    <p class="content-meta">10 juni 2026, 3 min läsning</p>
    <ul class="tags"><li><a class="internal tag-link" href="/tags/millennium">Millennium</a></li></ul>
    </div></div>{between}<article class="popover-hint">{article}</article></div>"""


def test_a_bold_first_paragraph_is_the_lead_when_the_headline_stands_before_the_article() -> None:
    # Quartz: "h1.article-title" in the page header, outside the <article> that opens with "**…**"
    blocks = _clean(_quartz_page(f"<p><strong>{P1}</strong></p><p>{P2}</p><p>{P3}</p>"))
    assert [(b.kind, b.text) for b in blocks if b.kind != "title"] == [("lead", P1), ("paragraph", P2), ("paragraph", P3)]


def test_a_first_paragraph_under_a_headline_before_the_article_is_no_lead_unless_it_is_bold() -> None:
    assert _kinds(_quartz_page(f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>")) == ["title"] + ["paragraph"] * 3
    # a sentence between the headline and the article comes first: the article's bold paragraph is not under the headline
    between = "<p>Styrelsen meddelade beslutet i fredags efter ett långt möte med verksamheterna.</p>"
    assert "lead" not in _kinds(_quartz_page(f"<p><strong>{P1}</strong></p><p>{P2}</p><p>{P3}</p>", between))


def _elgg_page(byline: str, body: str) -> str:
    """An Elgg blog post: the h1 in the layout's head, the byline in the listing's header, the post's body after it."""
    return f"""<div class="elgg-main elgg-body"><div class="elgg-head"><h1 class="elgg-heading-main">Ny tidplan</h1></div>
    <div class="elgg-listing-full"><div class="elgg-listing-full-header">{byline}</div>
    <div class="elgg-listing-full-body"><div class="elgg-output blog-post">{body}</div></div></div></div>"""


def test_a_byline_with_a_subtitle_class_is_no_lead_and_the_bold_paragraph_under_it_is() -> None:
    # Elgg: "div.elgg-listing-summary-subtitle" holds "Av <author> i <group> <date>" under the h1
    byline = """<div class="elgg-listing-summary-subtitle elgg-subtext"><span class="elgg-listing-byline">Av
    <a href="/profile/s">Styrgruppen</a> i <a href="/groups/37">Gastronätverket Väst</a></span>
    <span class="elgg-listing-time"><time datetime="2020-05-25">25 maj 2020</time></span></div>"""
    blocks = _clean(_elgg_page(byline, f"<p><b>{P1}</b></p><p>{P2}</p><p>{P3}</p>"))
    assert [(b.kind, b.text) for b in blocks if b.kind != "title"] == [("lead", P1), ("paragraph", P2), ("paragraph", P3)]


@pytest.mark.parametrize(
    "subtitle",
    [
        # a sentence in a subtitle box is the lead, whatever its first word
        f'<div class="elgg-listing-summary-subtitle">{P1}</div>',
        '<div class="post-subtitle">Av de 120 medlemmarna svarade 80 i enkäten som stängde 25 maj 2020.</div>',
    ],
)
def test_a_subtitle_that_is_no_byline_stays_the_lead(subtitle: str) -> None:
    blocks = _clean(_elgg_page(subtitle, f"<p>{P2}</p><p>{P3}</p>"))
    assert [b.kind for b in blocks] == ["title", "lead", "paragraph", "paragraph"]


@pytest.mark.parametrize(
    "line",
    [
        "Av de 120 medlemmarna i Gastronätverket Väst 25 maj 2020",  # no author's name after "Av"
        "Av Styrgruppen i Gastronätverket Väst antogs kravlistan 25 maj 2020",  # a verb before the date
    ],
)
def test_a_line_opened_by_av_with_no_author_before_its_date_is_kept(line: str) -> None:
    assert _texts(f"<article><h1>Ny tidplan</h1><p>{P1}</p><p>{line}</p><p>{P2}</p></article>") == [P1, line, P2]


def _news_module(lead: str, between: str = "") -> str:
    """A site builder's news post: the h1 and date line, ``lead`` in a box of its own, then the body's box
    (WebsiteBaker's "div.post-short" before "div.post-long", Cotonti's "div.page-desc" before "div.page-text")."""
    side = "<div class='side'><ul><li><a href='/1'>Årsmötet</a></li><li><a href='/2'>Kalender</a></li></ul></div>"
    return f"""<div class="wrap"><div class="post"><h1>Ny tidplan</h1><div class="post-header">Postat av Styrelsen
    den 20 april 2016</div>{between}{lead}<div class="post-long"><p>{P2}</p><p>{P3}</p></div></div>{side}</div>"""


@pytest.mark.parametrize(
    "lead",
    [
        f'<div class="post-short"><p>{P1}</p></div>',
        f'<div class="page-desc"><p>{P1}</p></div>',
        f'<div class="news-description">{P1}</div>',
        f'<div class="box"><p><strong>{P1}</strong></p></div>',  # a whole-bold paragraph, whatever the class
        f'<div class="hometext"><p>{P1}</p></div>',  # a class no lead word names (ImpressCMS)
    ],
)
def test_a_lead_box_right_before_the_article_body_under_the_headline_is_the_lead(lead: str) -> None:
    blocks = _clean(_news_module(lead))
    assert [(b.kind, b.text) for b in blocks if b.kind != "title"] == [("lead", P1), ("paragraph", P2), ("paragraph", P3)]


@pytest.mark.parametrize(
    ("lead", "between"),
    [
        (f'<div class="post-short"><p>Kort om {P1}</p></div>', f"<p>{P1}</p>"),  # a sentence before it: not under the h1
        ('<div class="post-short"><p>Nyhet från styrelsen</p></div>', ""),  # no sentence
        (f'<div class="box"><h3><a href="/b">Nytt datum</a></h3><p>{P1}</p></div>', ""),  # another article's teaser
        (f'<div class="artImage"><img src="/a.jpg" alt=""><div class="artImageText">{P1}</div></div>', ""),  # a photo's caption
    ],
)
def test_a_box_before_the_article_body_is_no_lead_unless_it_looks_like_one_under_the_headline(lead: str, between: str) -> None:
    assert "lead" not in _kinds(_news_module(lead, between))


# ImpressCMS's news item: the h1 in a box of its own, a date line, the lead opening the boxes around the body;
# Saxotech's article: the h1 in a box, a byline and a photo's caption, the lead's box before the body's.
_IMPRESSCMS = """<div class="item"><div class="itemHead"><h1 class="itemTitle">Ny tidplan</h1></div>
<div class="itemInfo">Skickad av Styrelsen den 14 september 2017</div><div class="itemBody"><div class="itemText">
{before}<div class="hometext"><p><b>{lead}</b></p></div><div class="bodytext"><p>{P2}</p><p>{P3}</p><p>{P4}</p></div></div></div></div>"""
_SAXOTECH = """<div class="article-container"><div class="artHeadline"><h1>Ny tidplan</h1></div>
<div class="artByline"><span>Sofie Granlund</span> <span>Publicerad 9 mars 2018 06:00</span></div>
<div class="artImage"><div class="artImageText">Hörseltestet på BB. Foto: Sofie Granlund</div></div>
{before}<div class="artLeadtext"><p>{lead}</p></div><div class="artBodytext"><p>{P2}</p><p>{P3}</p><p>{P4}</p></div></div>"""
_P4 = "Beslutet gäller alla sjukhus i regionen, och arbetet med att ta fram nya rutiner för journalföringen börjar redan i vår."


@pytest.mark.parametrize("page", [_IMPRESSCMS, _SAXOTECH], ids=["impresscms", "saxotech"])
def test_a_lead_box_under_a_headline_in_a_box_of_its_own_is_the_lead(page: str) -> None:
    # the lead's box before the body's, under "div.itemHead > h1" or "div.artHeadline > h1"; it may open the
    # boxes the body stands in (ImpressCMS's "div.itemBody > div.itemText > div.hometext")
    blocks = _clean(page.format(before="", lead=P1, P2=P2, P3=P3, P4=_P4))
    assert [(b.kind, b.text) for b in blocks if b.kind != "title"] == [("lead", P1), *(("paragraph", text) for text in (P2, P3, _P4))]


@pytest.mark.parametrize("page", [_IMPRESSCMS, _SAXOTECH], ids=["impresscms", "saxotech"])
@pytest.mark.parametrize(
    ("before", "lead"),
    [(f"<p>{P1}</p>", "Kort om beslutet i styrelsen och hur det påverkar medlemmarna."), ("", "Nyhet från styrelsen")],
    ids=["a-sentence-before-it", "no-sentence"],
)
def test_a_box_under_a_headline_in_a_box_is_no_lead_past_a_sentence_or_without_one(page: str, before: str, lead: str) -> None:
    assert "lead" not in _kinds(page.format(before=before, lead=lead, P2=P2, P3=P3, P4=_P4))


@pytest.mark.parametrize("line", ["Visningar: 214", "Läsningar: 1 024", "Hits: 57", "Views 12", "Antal visningar: 9"])
def test_a_hit_count_under_the_headline_goes(line: str) -> None:
    # Geeklog's "li.story_hits" in "ul.storyinformation" under the h1
    body = f"<article><header><h1>Ny tidplan</h1><ul class='storyinformation'><li>{line}</li></ul></header><p>{P1}</p><p>{P2}</p></article>"
    assert _texts(body) == [P1, P2]


@pytest.mark.parametrize(
    "line", ["Visningar: tre per vecka under hösten", "Utställningen hade 214 visningar under helgen.", "Visningar: 214 av 300 platser bokade"]
)
def test_a_line_about_views_that_is_no_bare_count_stays(line: str) -> None:
    body = f"<article><h1>Ny tidplan</h1><p>{P1}</p><ul><li>{line}</li></ul><p>{P2}</p></article>"
    assert _texts(body) == [P1, line, P2]


def test_geeklogs_introtext_is_the_lead_and_its_bodytext_is_not() -> None:
    body = f"""<article class="storytext"><header><h1>Ny tidplan</h1></header><div class="story_introtext"><p>{P1}</p></div>
    <div class="story_bodytext"><p>{P2}</p><p>{P3}</p></div></article>"""
    assert _kinds(body) == ["title", "lead", "paragraph", "paragraph"]


def _redmine_news(heading: str, author: str) -> str:
    """Redmine's news ``show`` view: the project's name as the only h1, the headline in an h2, the date in the
    author line's age link ("för <a title='2018-11-29 08:41'>1 dag</a> sedan")."""
    return f"""<div id="header"><h1><span class="current-project">Projektet Ropa</span></h1></div>
    <div id="main"><div id="content"><h2>{heading}</h2>{author}<div class="wiki"><p>{P1}</p><p>{P2}</p></div>
    <div id="comments"><h3 class="comments">Kommentarer</h3><h4><a href="/users/23">Jenny Sund</a> skrev
    <a title="2018-11-30 10:02" href="#">ungefär en timme</a> sedan:</h4><div class="wiki"><p>Bra!</p></div></div></div></div>"""


_REDMINE_HEAD = "<title>Ny tidplan för Millennium - Projektet Ropa - Projektportal</title>"
_REDMINE_AUTHOR = """<p class="author">Tillagd av <a href="/users/9">Fredrik Åberg</a> för
<a title="2018-11-29 08:41" href="/projects/ropa/activity?from=2018-11-29">1 dag</a> sedan</p>"""


def _document(body: str, head: str) -> Document:
    html = f"<html lang='sv'><head>{head}</head><body>{body}</body></html>"
    return clean_page(RawPage(url="https://example.se/news/412", body=html.encode(), source="t"))


@pytest.mark.parametrize("heading", ['<a href="/projects/ropa/news">Nyheter</a> &#187; Ny tidplan för Millennium', "Ny tidplan för Millennium"])
def test_redmines_news_title_is_the_headline_heading_the_title_tag_opens_with(heading: str) -> None:
    doc = _document(_redmine_news(heading, _REDMINE_AUTHOR), _REDMINE_HEAD)
    assert doc.title == "Ny tidplan för Millennium"
    assert doc.published == "2018-11-29"
    assert [b.kind for b in doc.blocks] == ["title", "paragraph", "paragraph"]


@pytest.mark.parametrize(
    "author",
    [
        # the age's link without its date: the activity link's "from" is the day
        """<p class="author">Tillagd av <a href="/users/9">Fredrik Åberg</a> för
        <a href="/projects/ropa/activity?from=2018-11-29">1 dag</a> sedan</p>""",
        # Redmine without the activity module: an <abbr> with the date as its title
        """<span class="author">Tillagd av <a href="/users/9">Fredrik Åberg</a> för <abbr title="2018-11-29 08:41">1 dag</abbr> sedan</span>""",
    ],
)
def test_redmines_age_in_the_author_line_gives_the_date(author: str) -> None:
    assert _document(_redmine_news("Ny tidplan för Millennium", author), _REDMINE_HEAD).published == "2018-11-29"


def test_a_portals_h1_stays_the_title_when_no_heading_shows_the_title_tags_first_part() -> None:
    doc = _document(_redmine_news("Nyheter &#187; Driftstopp i uppropet", _REDMINE_AUTHOR), _REDMINE_HEAD)
    assert doc.title == "Projektet Ropa"


def test_a_dated_age_outside_an_author_line_gives_no_date() -> None:
    # the comment's "skrev <a title=…>ungefär en timme</a> sedan" in its h4, and an author line with no age
    author = '<p class="author">Tillagd av <a href="/users/9" title="2018-11-29 08:41">Fredrik Åberg</a></p>'
    assert _document(_redmine_news("Ny tidplan för Millennium", author), _REDMINE_HEAD).published is None


def _widgets(blocks: list[str], shape: str) -> str:
    """A site builder's body: each block in a widget's boxes (Scrivito's two nested divs, or one)."""
    return "".join(shape.format(i=i, block=block) for i, block in enumerate(blocks))


_TWO_DIVS = '<div class="scrivito_widget" data-scrivito-widget-id="w{i}"><div class="text-widget">{block}</div></div>'
_ONE_DIV = '<div class="scrivito_widget text-widget" data-scrivito-widget-id="w{i}">{block}</div>'


@pytest.mark.parametrize("shape", [_TWO_DIVS, _ONE_DIV], ids=["two-divs", "one-div"])
def test_a_body_of_widgets_each_in_boxes_of_its_own_is_kept_whole(shape: str) -> None:
    # the lead in the header is longer than any one paragraph of the body, which only the widgets' list holds
    lead = f"{P1} Beslutet gäller hela regionen."
    blocks = [f"<p>{P2}</p>", "<h2>Bakgrund</h2>", f"<p>{P3}</p>", f"<p>{P2[:60]}.</p>"]
    body = f"""<section><div class="container"><div class="blog-post-header"><h1>Ny tidplan</h1><p class="lead">{lead}</p></div>
    <div class="blog-post-body">{_widgets(blocks, shape)}</div></div></section>"""
    assert _texts(body) == [lead, P2, "Bakgrund", P3, f"{P2[:60]}."]


def test_a_lone_paragraph_in_nested_boxes_beside_the_article_does_not_widen_it() -> None:
    side = "Föreningen har funnits sedan 1998 och samlar i dag över tvåtusen medlemmar i hela Västra Götaland och Halland."
    body = f"""<div class="page"><div class="story"><h1>Ny tidplan</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>
    <div class="aside-col"><div class="box"><div class="box-inner"><p>{side}</p></div></div></div></div>"""
    assert _texts(body) == [P1, P2, P3]


_ABOUT = '<div class="{cls}"><h3>Om Flygprov Väst</h3><p>Flygprov Väst AB flyger prover med drönare i Västsverige.</p></div>'


@pytest.mark.parametrize("cls", ["story__boilerplate", "section section--boilerplate"])
def test_a_trailing_about_box_classed_as_boilerplate_goes(cls: str) -> None:
    body = f"""<article><h1>Ny tidplan</h1><p>{P1}</p><p>{P2}</p>{_ABOUT.format(cls=cls)}
    <div class="story__attachments"><h3>Bilagor</h3><ul><li><a href="/a.pdf">Blankett (pdf)</a></li></ul></div></article>"""
    assert _texts(body) == [P1, P2]


@pytest.mark.parametrize(
    "about",
    [
        _ABOUT.format(cls="story__text"),  # no boilerplate class: an "Om …" section of the article
        _ABOUT.format(cls="story__boilerplate").replace("Om Flygprov Väst", "Bakgrund"),  # no "Om …" heading
        _ABOUT.format(cls="story__boilerplate") + f"<p>{P3}</p>",  # the article goes on after it
    ],
)
def test_an_about_section_in_the_articles_flow_stays(about: str) -> None:
    body = f"<article><h1>Ny tidplan</h1><p>{P1}</p><p>{P2}</p>{about}</article>"
    assert "Flygprov Väst AB flyger prover med drönare i Västsverige." in _texts(body)


@pytest.mark.parametrize(
    "lead",
    [
        f'<h2 class="subheadline">{P1}</h2>',  # Quintype
        f'<div class="ArticlePage-subHeadline">{P1}</div>',  # Brightspot
        f'<div class="stage__teaser"><p>{P1}</p></div>',  # FirstSpirit's teaser of this article
    ],
)
def test_a_subheadline_or_teaser_right_under_the_headline_is_the_lead(lead: str) -> None:
    body = f'<article><div class="head"><h1>Ny tidplan</h1>{lead}</div><div class="body"><p>{P2}</p><p>{P3}</p></div></article>'
    assert [(b.kind, b.text) for b in _clean(body) if b.kind != "title"] == [("lead", P1), ("paragraph", P2), ("paragraph", P3)]


def test_a_teaser_element_of_the_articles_block_under_its_date_line_is_the_lead() -> None:
    # CoreMedia's "div.cm-article__teaser" in "article.cm-article", a date line between it and the h1; the
    # related teasers, blocks of their own that link to other pages, go
    related = f'<div class="cm-teaser"><h3><a href="/b">Nytt datum</a></h3><div class="cm-teaser__teaser">{P3}</div></div>'
    body = f"""<article class="cm-article"><h1 class="cm-article__title">Ny tidplan</h1>
    <div class="cm-article__info"><time datetime="2020-06-08">8 juni 2020</time></div>
    <div class="cm-article__teaser cm-richtext"><p><strong>{P1}</strong></p></div>
    <div class="cm-article__text cm-richtext"><p>{P2}</p><p>{P3[:60]}.</p></div></article>
    <aside class="cm-related">{related}</aside>"""
    assert [(b.kind, b.text) for b in _clean(body) if b.kind != "title"] == [("lead", P1), ("paragraph", P2), ("paragraph", P3[:60] + ".")]


@pytest.mark.parametrize(
    "teaser",
    [
        f'<div class="cm-related__teaser"><p>{P1}</p></div>',  # a teaser element of another block
        f'<div class="cm-article__teaser"><p>{P1} <a href="/b">Läs mer</a></p></div>',  # it links to another page
    ],
)
def test_a_teaser_element_that_is_not_the_articles_own_is_no_lead(teaser: str) -> None:
    body = f"""<article class="cm-article"><h1>Ny tidplan</h1><div class="cm-article__info">8 juni 2020</div>
    {teaser}<div class="cm-article__text"><p>{P2}</p><p>{P3}</p></div></article>"""
    assert "lead" not in _kinds(body)


@pytest.mark.parametrize(
    "lead",
    [
        f'<div class="introduction"><p>{P1}</p></div>',  # Ingeniux
        f'<p class="np-article__leadin">{P1}</p>',  # Naviga (Infomaker Open Content)
    ],
)
def test_an_introduction_or_leadin_under_the_headline_is_the_lead(lead: str) -> None:
    body = f"""<article><h1>Ny tidplan</h1><div class="news-meta"><time datetime="2019-11-27">27 november 2019</time></div>
    {lead}<div class="rich-text"><p>{P2}</p><p>{P3}</p></div></article>"""
    assert [(b.kind, b.text) for b in _clean(body) if b.kind != "title"] == [("lead", P1), ("paragraph", P2), ("paragraph", P3)]


@pytest.mark.parametrize("cls", ["introduction", "np-article__leadin"])
def test_an_introduction_or_leadin_further_down_is_no_lead(cls: str) -> None:
    body = f'<article><h1>Ny tidplan</h1><p>{P1}</p><div class="{cls}"><p>{P2}</p></div><p>{P3}</p></article>'
    assert "lead" not in _kinds(body)


@pytest.mark.parametrize("box", ['<h2 class="subheadline">Bakgrund</h2>', '<div class="teaser-text"><p>Bakgrund till beslutet.</p></div>'])
def test_a_subheadline_or_teaser_further_down_is_no_lead(box: str) -> None:
    body = f"<article><h1>Ny tidplan</h1><p>{P1}</p>{box}<p>{P2}</p><p>{P3}</p></article>"
    assert "lead" not in _kinds(body)


_ZOHO_TEXT = '<div data-element-type="text" class="zpelement zpelem-text"><div class="zptext">{}</div></div>'
_ZOHO_HEADING = '<div data-element-type="heading" class="zpelement zpelem-heading"><h2>{}</h2></div>'


@pytest.mark.parametrize(
    "groups",
    [
        [[P2], [P3], [P2[:60] + "."]],  # each paragraph in an element of its own, the lead too
        [[P2, P3, P2[:60] + "."], [P3, P2]],  # text elements of several paragraphs, one longer than the lead
    ],
    ids=["one-paragraph-each", "several-in-one"],
)
def test_a_body_of_zoho_elements_is_kept_whole_with_the_lead_in_one(groups: list[list[str]]) -> None:
    # Zoho Sites: the bold lead, like each paragraph, sits in an element's two nested divs
    lead = f"{P1} Beslutet gäller hela regionen, och det kom i ett brev till föreningen i fredags."
    paragraphs = [_ZOHO_TEXT.format("".join(f"<p>{text}</p>" for text in group)) for group in groups]
    elements = [_ZOHO_TEXT.format(f"<p><strong>{lead}</strong></p>"), paragraphs[0], _ZOHO_HEADING.format("Bakgrund"), *paragraphs[1:]]
    body = f"""<div class="zpblogpost-container"><div class="zpblogpost-header"><h1>Ny tidplan</h1></div>
    <div class="zpblogpost-content">{"".join(elements)}</div></div>"""
    texts = [text for group in groups for text in group]
    assert _texts(body) == [lead, *texts[: len(groups[0])], "Bakgrund", *texts[len(groups[0]) :]]


_NOTE = "Föreningen har funnits sedan 1998 och samlar i dag över tvåtusen medlemmar i hela Västra Götaland och Halland."
_STORY = f"<h1>Ny tidplan</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p>"
_RECORD = '<div class="rec"><div class="container"><div class="col"><div class="text">{}</div></div></div></div>'


@pytest.mark.parametrize(
    "body",
    [
        # a box of one paragraph beside the article's box of several, of another kind (no class in common)
        f'<div class="page"><div class="story"><div class="story-text">{_STORY}</div></div><div class="aside-col"><div class="box"><p>{_NOTE}</p></div></div></div>',
        # a page builder's records of several boxes around their text (Tilda's), one the article's, one a note
        f'<div class="records">{_RECORD.format(_STORY)}{_RECORD.format(f"<p>{_NOTE}</p>")}</div>',
    ],
    ids=["another-kind", "deeper-records"],
)
def test_a_box_of_several_paragraphs_does_not_widen_to_the_boxes_beside_it(body: str) -> None:
    assert _texts(body) == [P1, P2, P3]


@pytest.mark.parametrize("intro", ["rdIntro", "newsIntro", "articleLead"])
def test_a_lead_word_in_a_camelcase_class_under_the_headline_is_the_lead(intro: str) -> None:
    # OpenText (RedDot) Web Site Management's "p.rdIntro" under "h1.rdTitle", a date line before them
    body = f"""<div class="rdArticle"><p class="rdDate">Aktuellt | 27.08.2025</p><h1 class="rdTitle">Ny tidplan</h1>
    <p class="{intro}">{P1}</p><p class="rdText">{P2}</p><p class="rdText">{P3}</p></div>"""
    assert [(b.kind, b.text) for b in _clean(body) if b.kind != "title"] == [("lead", P1), ("paragraph", P2), ("paragraph", P3)]


@pytest.mark.parametrize(
    "body",
    [
        # further down the article, after its first paragraph
        f'<div class="rdArticle"><h1>Ny tidplan</h1><p class="rdText">{P1}</p><p class="rdIntro">{P2}</p><p>{P3}</p></div>',
        # a box's intro in the side column
        f"""<div class="rdArticle"><h1>Ny tidplan</h1><p>{P1}</p><p>{P2}</p></div>
        <div class="teaserBox"><h3>Ge en gåva</h3><p class="boxIntro">{P3}</p></div>""",
    ],
)
def test_a_camelcase_intro_away_from_the_headline_is_no_lead(body: str) -> None:
    assert "lead" not in _kinds(body)


def _nuke_story(info: str, links: str) -> str:
    """A PHP-Nuke story: its table's rows of headline, info line, text and links line."""
    return f"""<table class="story"><tr><td class="storytitle"><h1>Ny tidplan</h1></td></tr>
    <tr><td class="storyinfo">{info}</td></tr><tr><td class="storytext"><p>{P1}</p><p>{P2}</p></td></tr>
    <tr><td class="storylinks">{links}</td></tr></table>"""


_NUKE_LINKS = "<a href='?file=print'>Utskriftsvänlig sida</a> | <a href='?op=FriendSend'>Skicka till en vän</a>"


def test_a_posting_line_in_font_and_a_print_and_send_links_line_go() -> None:
    # PHP-Nuke: "Postat <date> av <user> (<n> läsningar)" in a "font.tiny", then the story's links line
    info = "<font class='tiny'>Postat 2 september 2022 av gosta (124 läsningar)</font>"
    assert _texts(_nuke_story(info, _NUKE_LINKS)) == [P1, P2]


@pytest.mark.parametrize(
    "line",
    [
        "Postat i går av gosta, som skriver om föreningens övning med sjukhuset i november.",
        "Skicka till en vän som vill bli medlem i föreningen, eller ta med hen till mötet.",
        "Utskriftsvänlig sida finns för den som vill läsa protokollet på papper.",
    ],
)
def test_a_sentence_in_the_info_or_links_row_stays(line: str) -> None:
    assert line in _texts(_nuke_story(f"<font class='tiny'>{line}</font>", line))


@pytest.mark.parametrize("author", ["Av Elevhälsoteamet", "av Redaktionen", "Av Anna Berg"])
def test_a_bare_author_line_under_the_headline_goes(author: str) -> None:
    # Finalsite's "div.fsAuthor" under the headline and its date line
    body = f"""<article><h1>Ny tidplan</h1><div class="fsDateTime"><time datetime="2021-05-11">11 maj 2021</time></div>
    <div class="fsAuthor">{author}</div><div class="fsSummary"><p>{P1}</p></div><div class="fsBody"><p>{P2}</p><p>{P3}</p></div></article>"""
    assert _texts(body) == [P1, P2, P3]


@pytest.mark.parametrize(
    "body",
    [
        # a sentence that starts with "Av" under the headline
        f"<article><h1>Ny tidplan</h1><p>Av hälsoskäl avgick ordföranden i fredags.</p><p>{P1}</p><p>{P2}</p></article>",
        f"<article><h1>Ny tidplan</h1><p>Av Sveriges 21 regioner har 20 svarat</p><p>{P1}</p><p>{P2}</p></article>",
        # "Av <Name>" further down the article, not where a byline stands
        f"<article><h1>Ny tidplan</h1><p>{P1}</p><h2>Tack</h2><p>Av Elevhälsoteamet</p><p>{P2}</p></article>",
    ],
)
def test_an_av_line_that_is_no_byline_under_the_headline_stays(body: str) -> None:
    texts = _texts(body)
    assert any(text.startswith("Av ") for text in texts)


_SITE_BRANDING = """<div class="site-branding"><p class="main-title"><a href="/" rel="home">Seglarskolan Väst</a></p>
<p class="site-description" itemprop="description">Vi seglar året runt</p></div>"""


@pytest.mark.parametrize(
    "site_header",
    [
        # GeneratePress: the tagline beside the site's name in a paragraph, in "header.site-header"
        f'<header class="site-header" id="masthead">{_SITE_BRANDING}</header>',
        # a theme whose site header holds the site's name as an h1, and a "role=banner" box
        f'<header class="site-header"><h1 class="site-title"><a href="/">Seglarskolan Väst</a></h1>{_SITE_BRANDING}</header>',
        f'<div class="top" role="banner">{_SITE_BRANDING}</div>',
    ],
)
def test_a_themes_tagline_in_the_site_header_is_no_lead(site_header: str) -> None:
    body = f"""{site_header}<article><header class="entry-header"><h1 class="entry-title">Ny tidplan</h1></header>
    <div class="entry-content"><p><strong>{P1}</strong></p><p>{P2}</p><p>{P3}</p></div></article>"""
    blocks = _clean(body)
    assert [(b.kind, b.text) for b in blocks[1:]] == [("lead", P1), ("paragraph", P2), ("paragraph", P3)]


def test_a_description_in_the_articles_own_header_is_still_the_lead() -> None:
    body = f"""<header class="site-header">{_SITE_BRANDING}</header><article><header class="entry-header">
    <h1 class="entry-title">Ny tidplan</h1><p itemprop="description">{P1}</p></header>
    <div class="entry-content"><p>{P2}</p><p>{P3}</p></div></article>"""
    blocks = _clean(body)
    assert [(b.kind, b.text) for b in blocks[1:]] == [("lead", P1), ("paragraph", P2), ("paragraph", P3)]


@pytest.mark.parametrize(
    "info",
    [
        # PrestaShop's SmartBlog: author, date and section under the headline
        '<div class="post-info"><span itemprop="author">Skrivet av Segelbutiken</span> &nbsp;'
        '<span itemprop="dateCreated">04/05/2021</span> &nbsp;<span class="articleSection">Aktuellt</span></div>',
        '<div class="uc-post-info"><span>Butiken</span> <span>Aktuellt</span></div>',
    ],
)
def test_a_post_info_line_goes(info: str) -> None:
    body = f"""<article class="blog-post"><div class="page-item-title"><h1>Ny tidplan</h1></div>{info}
    <div itemprop="articleBody"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></article>"""
    assert _texts(body) == [P1, P2, P3]


def test_a_post_info_box_that_holds_the_post_stays() -> None:
    body = f"<div class='post-info-wrap'><h1>Ny tidplan</h1><p>{P1}</p><p>{P2}</p></div>"
    assert _texts(body) == [P1, P2]


def _mambo(author: str, modified: str, text: str = "") -> str:
    """A Mambo (Joomla 1.0) article: its headline table, then author, dates and text as rows of one table."""
    return f"""<table class="contentpaneopen"><tr><td class="contentheading"><h1 class="contentheading">Ny tidplan</h1></td></tr></table>
    <table class="contentpaneopen"><tr><td colspan="2"><span class="small">{author}</span>&nbsp;&nbsp;</td></tr>
    <tr><td colspan="2" class="createdate">tisdag, 11 maj 2021 09:15</td></tr>
    <tr><td colspan="2"><p>{P1}</p>{text}<p>{P2}</p><p>{P3}</p></td></tr>
    <tr><td colspan="2" class="modifydate">{modified}</td></tr></table>"""


def _text_of(html: str) -> str:
    """The text of a small HTML snippet."""
    return re.sub(r"<[^>]+>", "", html)


@pytest.mark.parametrize("author", ["Skrivet av Eva L.", "Skrivet av Eva Lind", "Skriven av Eva Lind"])
def test_a_mambo_author_and_update_line_go(author: str) -> None:
    assert _texts(_mambo(author, "Senast uppdaterad ( onsdag, 12 maj 2021 16:40 )")) == [P1, P2, P3]


@pytest.mark.parametrize(
    "text",
    [
        "<p>Skrivet av Eva Lind och Per Holm tillsammans med styrelsen gick brevet till regionen i maj.</p>",
        "<p><span class='small'>Skrivet av Eva L. i fjol, men fortfarande giltigt för alla medlemmar.</span></p>",
        "<p>Senast uppdaterad blev listan i april, när nätverket gick igenom den på nytt.</p>",
    ],
)
def test_a_sentence_in_a_mambo_article_that_starts_like_a_byline_stays(text: str) -> None:
    texts = _texts(_mambo("Skrivet av Eva Lind", "Senast uppdaterad ( onsdag, 12 maj 2021 16:40 )", text))
    assert texts == [P1, _text_of(text), P2, P3]


def test_a_magefan_previous_post_link_goes() -> None:
    # Magento 2's Magefan Blog: the link to the previous post under the post, in the page's "main"
    body = f"""<main id="maincontent" class="page-main"><div class="post-view"><h1>Ny tidplan</h1>
    <div class="post-content"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div><div class="post-bottom">
    <div class="post-nextprev-hld clearfix"><a class="nextprev-link prev-link" href="/blog/vart-nya-kontor">← Vårt nya kontor</a></div>
    </div></div></main>"""
    assert _texts(body) == [P1, P2, P3]


def test_a_link_paragraph_in_the_post_stays() -> None:
    link = "Anmäl dig till höstens kurs i sjukvårdsinformatik i kalendern"
    body = f"""<main id="maincontent" class="page-main"><div class="post-view"><h1>Ny tidplan</h1>
    <div class="post-content"><p>{P1}</p><p>{P2}</p><p><a href="/kalender/kurs">{link}</a></p><p>{P3}</p></div></div></main>"""
    assert _texts(body) == [P1, P2, link, P3]


# Held-out set 65: a blog editor's bold line as a subheading, and a date line classed "updated".
P4 = "Arbetsgruppen träffades i onsdags för att gå igenom vilka mätvärden som ska synas i journalen."


def test_a_bold_line_between_paragraphs_is_a_subheading() -> None:
    body = f"""<div class="post"><h1>Ny tidplan</h1><p>{P1}</p><p><b>Möte med gruppen</b></p><p>{P2}</p>
    <p><strong>Nästa steg</strong></p><p>{P3}</p></div>"""
    blocks = [b for b in _clean(body) if b.kind != "title"]
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", P1),
        ("heading", "Möte med gruppen"),
        ("paragraph", P2),
        ("heading", "Nästa steg"),
        ("paragraph", P3),
    ]
    assert blocks[1].level == 2


def test_a_bold_subheading_ranks_below_the_section_heading() -> None:
    body = f"<article><h1>Ny tidplan</h1><h2>Bakgrund</h2><p>{P1}</p><p><b>Möte med gruppen</b></p><p>{P2}</p></article>"
    assert Block("heading", "Möte med gruppen", 3) in _clean(body)


@pytest.mark.parametrize(
    "bold",
    [
        "Vem fattade beslutet?",  # an interview's question
        "Gruppen är nöjd med mötet.",  # a sentence in bold
        "Plats: Regionens hus i Vänersborg",  # a labelled fact
        "<a href='/tidplan'>Läs hela tidplanen</a>",  # a bold link
        "Mötet hölls i Borås och alla tolv verksamheter i regionen var med",  # too long for a heading
    ],
)
def test_a_bold_sentence_question_or_link_stays_a_paragraph(bold: str) -> None:
    body = f"<article><h1>Ny tidplan</h1><p>{P1}</p><p><b>{bold}</b></p><p>{P2}</p></article>"
    blocks = [b for b in _clean(body) if b.kind != "title"]
    assert ("paragraph", re.sub(r"<[^>]+>", "", bold).strip()) in [(b.kind, b.text) for b in blocks]


def test_a_bold_line_with_no_running_text_after_it_stays_a_paragraph() -> None:
    # a signature at the end of a post, or a bold line before a short one, is no subheading
    body = f"<article><h1>Ny tidplan</h1><p>{P1}</p><p><b>Anna Berg</b></p><p>Projektledare</p></article>"
    assert [(b.kind, b.text) for b in _clean(body)[1:]] == [
        ("paragraph", P1), ("paragraph", "Anna Berg"), ("paragraph", "Projektledare"),
    ]  # fmt: skip


def test_a_bold_lead_under_the_headline_stays_a_lead() -> None:
    body = f"<article><h1>Ny tidplan</h1><p><strong>{P1}</strong></p><p>{P2}</p><p>{P3}</p></article>"
    assert [b.kind for b in _clean(body)[1:]] == ["lead", "paragraph", "paragraph"]


def _dated(head: str, line: str) -> Document:
    html = f"""<html lang='sv'><head><title>Ny tidplan</title>{head}</head><body><article><h1>Ny tidplan</h1>
    {line}<p>{P1}</p><p>{P4}</p></article></body></html>"""
    return clean_page(RawPage(url="https://example.se/a", body=html.encode(), source="t"))


PUBLISHED_META = '<meta property="article:published_time" content="2022-06-28T09:12:00+02:00">'


@pytest.mark.parametrize(
    ("head", "line"),
    [
        # Enfold: the publication line classed "updated" (hAtom), the same moment as the meta tag
        (PUBLISHED_META, '<time class="date-container updated" datetime="2022-06-28T09:12:00+02:00">28 juni 2022</time>'),
        # WordPress themes' one date line for a post never edited: "entry-date published updated"
        ("", '<time class="entry-date published updated" datetime="2022-06-28T09:12:00+02:00">28 juni 2022</time>'),
        # Yoast: dateModified equal to datePublished
        ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-06-28T09:12:00+02:00",'
         ' "dateModified": "2022-06-28T09:12:00+02:00"}</script>', ""),
        # both labels with the same day and no clock time: the page does not say it changed later
        ("", "<p>Publicerad: 28 juni 2022 Uppdaterad: 28 juni 2022</p>"),
        # a later moment of the same day that only the CMS stamps, no label on the page says so: a save after the
        # publication (HitMag with Yoast: the meta tags, dateModified and the theme's "time.updated" 14 minutes later)
        (PUBLISHED_META, '<time class="updated" datetime="2022-06-28T13:30:00Z">28 juni 2022</time>'),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-06-28T09:12:00+02:00",'
         ' "dateModified": "2022-06-28T11:05:00+02:00"}</script>', ""),
        (f'{PUBLISHED_META}<meta property="article:modified_time" content="2022-06-28T09:26:40+02:00">'
         '<meta property="og:updated_time" content="2022-06-28T09:26:40+02:00">',
         '<time class="entry-date published" datetime="2022-06-28T09:12:00+02:00">28 juni 2022</time>'
         '<time class="updated" datetime="2022-06-28T09:26:40+02:00">28 juni 2022</time>'),
        # a label of the update with another day's date on the page (the site's footer) says nothing of this day
        ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-06-28T09:12:00+02:00",'
         ' "dateModified": "2022-06-28T11:05:00+02:00"}</script>', "<p>Sidan uppdaterad 2021-01-04 10.00</p>"),
    ],
)
def test_an_update_that_is_the_publication_is_none(head: str, line: str) -> None:
    doc = _dated(head, line)
    assert (doc.published, doc.updated) == ("2022-06-28", None)


@pytest.mark.parametrize(
    ("head", "line", "updated"),
    [
        # WordPress themes with an edited post: "entry-date published" and a second <time class="updated">
        ("", '<time class="entry-date published" datetime="2022-06-28T09:12:00+02:00">28 juni 2022</time>'
             '<time class="updated" datetime="2022-07-04T10:00:00+02:00">4 juli 2022</time>', "2022-07-04"),
        # an update later the same day that the page labels as one, with clock times
        ("", "<p>Publicerad 2022-06-28 09.12 Uppdaterad 2022-06-28 15.40</p>", "2022-06-28"),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-06-28T09:12:00+02:00",'
         ' "dateModified": "2022-06-28T11:05:00+02:00"}</script>', "<p>Publicerad 09.12 Uppdaterad 11.05</p>", "2022-06-28"),
        (PUBLISHED_META, '<p>Uppdaterad kl. 15.30</p><time class="updated" datetime="2022-06-28T13:30:00Z">x</time>',
         "2022-06-28"),
        # the CMS's stamps of a later day
        ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-06-28T09:12:00+02:00",'
         ' "dateModified": "2022-06-29T08:05:00+02:00"}</script>', "", "2022-06-29"),
        (PUBLISHED_META, '<time class="updated" datetime="2022-06-29T07:30:00Z">29 juni 2022</time>', "2022-06-29"),
        # an Enfold-like line classed "updated" with a later day than the meta tag's publication
        (PUBLISHED_META, '<time class="updated" datetime="2022-08-15T08:00:00+02:00">15 augusti 2022</time>', "2022-08-15"),
    ],
)
def test_a_real_later_update_stays(head: str, line: str, updated: str) -> None:
    doc = _dated(head, line)
    assert (doc.published, doc.updated) == ("2022-06-28", updated)


# An old editor's table layout (Microsoft FrontPage): menu cell, article cell, and the site's bottom border
# in a row of its own; every paragraph's text in a <font>.
def _table_page(cell: str, bottom: str = "", head: str = "") -> Document:
    menu = "".join(f"<a href='/{i}.htm'>Sida {i}</a><br>" for i in range(6))
    html = f"""<html lang='sv'><head><title>Ny tidplan</title>{head}</head><body><table>
    <tr><td width="160"><p><font size="2">{menu}</font></p></td><td valign="top">{cell}</td></tr>
    <tr><td colspan="2"><p><font size="1">{bottom}</font></p></td></tr></table></body></html>"""
    return clean_page(RawPage(url="https://example.se/a.htm", body=html.encode(), source="t"))


def _pairs(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in doc.blocks[1:]]


FONT_BODY = f"<p><font size='2'>{P2}</font></p><p><font size='2'>{P3}</font></p>"


@pytest.mark.parametrize(
    "crumb",
    [
        "Du är här: <a href='/'>Start</a> &gt; <a href='/nyheter/'>Nyheter</a> &gt; Ny tidplan",
        "Du befinner dig här: <a href='/'>Start</a> » <a href='/nyheter/'>Nyheter</a>",
        "<b>Du är här:</b> <a href='/'>Hem</a> / <a href='/blogg/'>Blogg</a> / Ny tidplan",
    ],
)
def test_a_crumb_line_told_by_its_words_is_dropped(crumb: str) -> None:
    doc = _table_page(f"<p><font size='1'>{crumb}</font></p><h1>Ny tidplan</h1><p><font size='2'>{P1}</font></p>{FONT_BODY}")
    assert [text for _, text in _pairs(doc)] == [P1, P2, P3]


@pytest.mark.parametrize(
    "line",
    [
        # running text, one link inside it and no trail of steps: the article's own words
        "Du är här: på mottagningen i Borås, där vi tar emot dig som <a href='/boka'>bokat tid</a> för provtagning.",
        # a slash inside running text is no crumb's separator
        "Du är här: i <a href='/bmm'>barnmorskemottagningen</a> i Borås/Alingsås. Vi har öppet på vardagar.",
    ],
)
def test_a_sentence_that_opens_with_du_ar_har_stays(line: str) -> None:
    doc = _table_page(f"<h1>Ny tidplan</h1><p><font size='2'>{P1}</font></p><p>{line}</p>{FONT_BODY}")
    assert re.sub(r"<[^>]+>", "", line) in doc.text


def test_a_label_over_a_list_of_other_news_is_dropped() -> None:
    news = "<ul>" + "".join(f"<li><font size='2'><a href='/n{i}.htm'>Nyhet nummer {i}</a></font></li>" for i in range(3)) + "</ul>"
    doc = _table_page(f"<h1>Ny tidplan</h1><p>{P1}</p>{FONT_BODY}<hr><p><font size='2'><b>Fler nyheter</b></font></p>{news}")
    assert [text for _, text in _pairs(doc)] == [P1, P2, P3]


def test_a_label_inside_the_flow_with_a_short_link_list_goes_with_it() -> None:
    body = f"<article><h1>Ny tidplan</h1><p>{P1}</p><p><strong>Relaterat</strong></p><ul><li><a href='/x'>Tidplanen i korthet</a></li></ul><p>{P2}</p></article>"
    assert _texts(body) == [P1, P2]


@pytest.mark.parametrize(
    ("label", "after"),
    [
        # the words inside a sentence
        ("Fler nyheter om bygget kommer i höst, när kommunen har fattat sitt beslut.", ""),
        # a label with running text after it is the article's own subheading
        ("<b>Relaterat</b>", f"<p>{P3}</p>"),
        # a link paragraph of the article, with no label before it
        ("Rapporten finns på <a href='/rapport.pdf'>regionens webbplats</a>.", ""),
    ],
)
def test_real_text_near_list_labels_stays(label: str, after: str) -> None:
    body = f"<article><h1>Ny tidplan</h1><p>{P1}</p><p>{P2}</p><p>{label}</p>{after}</article>"
    texts = _texts(body)
    assert re.sub(r"<[^>]+>", "", label) in texts
    if after:
        assert P3 in texts


def test_a_bold_lead_in_a_font_is_the_lead() -> None:
    cell = f"<h1>Ny tidplan</h1><p><font size='1'>Publicerad 28 juni 2022</font></p><p><font size='2'><b>{P1}</b></font></p>{FONT_BODY}"
    assert _pairs(_table_page(cell)) == [("lead", P1), ("paragraph", P2), ("paragraph", P3)]


def test_a_bold_paragraph_in_a_font_further_down_is_no_lead() -> None:
    cell = f"<h1>Ny tidplan</h1><p><font size='2'>{P1}</font></p><p><font size='2'><b>{P2}</b></font></p><p>{P3}</p>"
    assert [kind for kind, _ in _pairs(_table_page(cell))] == ["paragraph", "paragraph", "paragraph"]


def test_the_site_footer_gives_no_updated_date() -> None:
    # the bottom border's "Senast uppdaterad" is the site's, a later day than the article's own date
    cell = f"<h1>Ny tidplan</h1><p><font size='2'>{P1}</font></p>{FONT_BODY}"
    doc = _table_page(cell, "Föreningen, Göteborg<br>Senast uppdaterad 2022-09-02", PUBLISHED_META)
    assert (doc.published, doc.updated) == ("2022-06-28", None)
    html = f"<article><h1>Ny tidplan</h1><p>{P1}</p><p>{P2}</p></article><footer>Senast uppdaterad 2022-09-02</footer>"
    doc = clean_page(RawPage(url="https://example.se/a", body=f"<html><head>{PUBLISHED_META}</head><body>{html}</body></html>".encode(), source="t"))
    assert (doc.published, doc.updated) == ("2022-06-28", None)


def test_an_update_line_beside_the_article_in_its_own_box_stays() -> None:
    # a page's own "Senast uppdaterad" under its text, in the article's column: this page's update
    html = f"""<html><head>{PUBLISHED_META}</head><body><div class="col"><div class="text"><h1>Ny tidplan</h1>
    <p>{P1}</p><p>{P2}</p><p>{P3}</p></div><div class="sidinfo"><p>Senast uppdaterad: 2022-09-02</p></div></div>
    <div class="bottom"><p>Föreningen, Göteborg</p></div></body></html>"""
    doc = clean_page(RawPage(url="https://example.se/a", body=html.encode(), source="t"))
    assert (doc.published, doc.updated) == ("2022-06-28", "2022-09-02")


@pytest.mark.parametrize(
    "box",
    [
        # Kajabi: a heading and the form in "div.blog-post-optin"
        "<div class='blog-post-optin'><h3>Få nya inlägg direkt</h3><form><input type='email'><button>Skicka</button></form></div>",
        # the class alone, the form already gone from the copy (Kajabi's "optin" word)
        "<div class='post-optin'><h3>Få nya inlägg direkt</h3></div>",
        # any sign-up box: a small box around a form that asks for an e-mail address
        "<div class='box'><h3>Håll dig uppdaterad</h3><p>Ett mejl i månaden.</p><form><input type='text' name='epost'>"
        "<button>Ja tack</button></form></div>",
    ],
)
def test_a_newsletter_signup_box_is_dropped(box: str) -> None:
    body = f"<div class='post'><h1>Ny tidplan</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p>{box}</div>"
    assert _texts(body) == [P1, P2, P3]


def test_a_heading_with_text_beside_a_form_is_kept() -> None:
    # the article's own section goes on beside the form: its heading and text stay
    body = (f"<div class='post'><h1>Ny tidplan</h1><p>{P1}</p><div class='box'><h2>Om projektet</h2><p>{P2}</p><p>{P3}</p>"
            "<form><input type='email'></form></div></div>")
    assert _texts(body) == [P1, "Om projektet", P2, P3]


def _imperia_page(after_header: str) -> str:
    """An IMPERIA article: a header box of kicker, h1, byline and date, ``after_header``, then the body."""
    return f"""<div id="content"><div class="article"><div class="article-header"><span class="kicker">Vård</span>
    <h1>Ny tidplan</h1><div class="meta"><span class="author">Av Eva Lind</span> <span class="date">10.05.2023</span></div>
    </div>{after_header}<div class="article-body"><p>{P2}</p><p>{P3}</p></div></div></div>"""


def test_a_teaser_box_after_the_articles_header_box_is_the_lead() -> None:
    # IMPERIA's "div.teaser-text": this article's lead, though its header box stands between it and the h1
    blocks = _clean(_imperia_page(f'<div class="teaser-text"><p>{P1}</p></div>'))
    assert [(b.kind, b.text) for b in blocks if b.kind != "title"] == [("lead", P1), ("paragraph", P2), ("paragraph", P3)]


@pytest.mark.parametrize(
    "teasers",
    [
        # a list of other articles right after the header box: each teaser links to its page
        '<div class="teaser-list"><div class="teaser"><a href="/nyheter/ny-mottagning">Ny mottagning i Lidköping</a>'
        "<p>Mottagningen öppnar i augusti för alla patienter i norra delen av regionen.</p></div></div>",
        # another article's card, its own heading and text, without a link of its own in the copy
        '<div class="teaser"><h3>Ny mottagning i Lidköping</h3>'
        "<p>Mottagningen öppnar i augusti för alla patienter i norra delen av regionen.</p></div>",
    ],
)
def test_other_articles_teasers_after_the_header_box_go(teasers: str) -> None:
    texts = _texts(_imperia_page(teasers))
    assert texts == [P2, P3]


def test_a_link_paragraph_in_the_body_after_a_teaser_lead_stays() -> None:
    link = '<p>Läs hela <a href="/dokument/tidplan.pdf">beslutet om tidplanen</a> på regionens webbplats.</p>'
    body = _imperia_page(f'<div class="teaser-text"><p>{P1}</p></div>').replace(f"<p>{P3}</p>", f"{link}<p>{P3}</p>")
    assert _texts(body) == [P1, P2, "Läs hela beslutet om tidplanen på regionens webbplats.", P3]


@pytest.mark.parametrize(
    "line",
    [
        # Winter.Blog's info line: section as a link, date, author
        '<p class="info">Publicerad i <a href="/blogg/kategori/vard">Vård och hälsa</a> den 3 mars 2021 av Redaktionen</p>',
        '<p class="info">Publicerad i Nyheter den 3 mars 2021</p>',
        '<p class="info">Postat i Föreningen 2021-03-03 av kansliet</p>',
    ],
)
def test_a_section_date_and_author_line_goes(line: str) -> None:
    assert _texts(f"<div class='post'><h1>Ny tidplan</h1>{line}<p>{P1}</p><p>{P2}</p></div>") == [P1, P2]


@pytest.mark.parametrize(
    "sentence",
    [
        "Publicerad i Läkartidningen den 3 mars 2021 visade studien att väntetiderna hade ökat.",
        "Publicerad i tidskriften den 3 mars 2021 av två forskare på Sahlgrenska.",
        "Skrivet av en sjuksköterska som arbetat med systemet i två år och nu berättar om det.",
    ],
)
def test_a_sentence_that_opens_like_a_date_line_stays(sentence: str) -> None:
    texts = _texts(f"<div class='post'><h1>Ny tidplan</h1><p>{P1}</p><p>{sentence}</p><p>{P2}</p></div>")
    assert texts == [P1, sentence, P2]


def _bigcommerce_page(first: str) -> str:
    """A BigCommerce blog post: ``h1.blog-title`` and date line in the post's header inside ``article.blog``."""
    return f"""<header class="header"><a href="/">Butiken</a></header><main><article class="blog">
    <div class="blog-post-body"><header class="blog-header"><h1 class="blog-title">Ny tidplan</h1>
    <p class="blog-date">Publicerad 10 maj 2023 av Butiken</p></header>
    <div class="blog-post">{first}<p>{P2}</p><p>{P3}</p></div></div></article></main>"""


def test_a_bold_first_paragraph_under_a_blog_title_in_the_article_is_the_lead() -> None:
    # "blog-title" names a blog's name in a theme's site header; inside <article> it is the post's headline
    blocks = _clean(_bigcommerce_page(f"<p><strong>{P1}</strong></p>"))
    assert [(b.kind, b.text) for b in blocks] == [("title", "Ny tidplan"), ("lead", P1), ("paragraph", P2), ("paragraph", P3)]


def test_a_blog_title_h1_in_the_site_header_is_still_the_blogs_name() -> None:
    # a blog theme's banner: h1.blog-title outside the post, the post's own h2 under it
    head = "<title>Ny tidplan | Vårdbloggen</title>"
    body = f"""<header class="site"><h1 class="blog-title">Vårdbloggen</h1></header><main><article>
    <h2>Ny tidplan</h2><p><strong>{P1}</strong></p><p>{P2}</p><p>{P3}</p></article></main>"""
    blocks = _clean(body, head)
    assert blocks[0] == Block("title", "Ny tidplan")
    assert "Vårdbloggen" not in [b.text for b in blocks]
    assert [b.text for b in blocks if b.kind != "title"][-3:] == [P1, P2, P3]


def _mail_view(date_cell: str, after: str = "") -> Document:
    """A mailing's web view: layout-table rows, the date in a cell of its own above the headline."""
    html = f"""<html lang='sv'><head><title>Ny tidplan</title></head><body><table role="presentation">
    {date_cell}
    <tr><td class="nl-title"><h1>Ny tidplan</h1></td></tr>
    <tr><td class="nl-text"><p>{P1}</p></td></tr><tr><td class="nl-text"><p>{P2}</p></td></tr>{after}
    </table></body></html>"""
    return clean_page(RawPage(url="https://example.se/brev/3", body=html.encode(), source="t"))


def test_a_mailings_date_cell_above_the_headline_dates_it() -> None:
    doc = _mail_view('<tr><td class="nl-date">Medlemsbrev mars 2021 · 4 mars 2021</td></tr>')
    assert doc.published == "2021-03-04"
    assert [b.text for b in doc.blocks[1:]] == [P1, P2]


def test_a_date_in_a_mailings_sentence_or_in_its_list_of_earlier_issues_dates_nothing() -> None:
    sentence = "Styrelsen träffas nästa gång den 4 mars 2021 i Borås."
    archive = """<tr><td class="nl-more"><h3>Tidigare nyhetsbrev</h3><p><a href="/brev/2">Brev 2, 12 januari 2021</a><br>
    <a href="/brev/1">Brev 1, 3 december 2020</a></p></td></tr>"""
    doc = _mail_view("", f'<tr><td class="nl-text"><p>{sentence}</p></td></tr>{archive}')
    assert doc.published is None
    assert [b.text for b in doc.blocks[1:]] == [P1, P2, sentence]


def test_a_heading_that_opens_a_body_section_about_earlier_letters_keeps_its_text() -> None:
    prose = "Tidigare nyhetsbrev från föreningen finns i arkivet på vår webbplats, sorterade efter år och ämne."
    texts = _texts(f"<article><h1>Ny tidplan</h1><p>{P1}</p><h3>Om arkivet</h3><p>{prose}</p></article>")
    assert texts == [P1, "Om arkivet", prose]


def _forum_post(sidebar: str, body: str) -> str:
    return f"""<ul class="postList"><li><article class="post">
    <aside class="postSidebar"><div class="author"><a href="/user/4">Anna</a></div>{sidebar}</aside>
    <div class="postContent"><div class="postText">{body}</div></div></article></li></ul>"""


def test_a_forum_posts_member_figures_go() -> None:
    sidebar = '<div class="credits"><dl><dt>Inlägg</dt><dd>312</dd><dt>Medlem sedan</dt><dd>4 maj 2014</dd></dl></div>'
    texts = _texts("<h1>Ny tidplan</h1>" + _forum_post(sidebar, f"<p>{P1}</p><p>{P2}</p>"))
    assert texts == [P1, P2]


def test_a_definition_list_in_the_post_keeps_its_terms() -> None:
    terms = "<dl><dt>Inlägg</dt><dd>Ett skrivet bidrag i en tråd.</dd><dt>Tråd</dt><dd>En rad inlägg om samma sak.</dd></dl>"
    texts = _texts("<h1>Ny tidplan</h1>" + _forum_post("", f"<p>{P1}</p>{terms}<p>{P2}</p>"))
    assert texts == [P1, "Inlägg", "Ett skrivet bidrag i en tråd.", "Tråd", "En rad inlägg om samma sak.", P2]


def test_a_notion_pages_property_pill_goes_and_the_bold_callout_is_the_lead() -> None:
    body = f"""<main><h1 class="notion-header__title">Ny tidplan</h1>
    <div class="notion-collection-page-properties"><div class="notion-property notion-property__select">
    <span class="notion-pill pill-blue">Styrning</span></div></div>
    <div class="notion-callout"><div class="notion-callout__icon"><span>💡</span></div>
    <div class="notion-callout__content"><p class="notion-text"><strong>{P1}</strong></p></div></div>
    <p class="notion-text">{P2}</p><p class="notion-text">{P3}</p></main>"""
    blocks = _clean(body)
    assert [(b.kind, b.text) for b in blocks[1:]] == [("lead", P1), ("paragraph", P2), ("paragraph", P3)]


def test_a_label_word_in_a_paragraph_of_the_page_stays() -> None:
    line = "Styrning"
    texts = _texts(f"<main><h1>Ny tidplan</h1><p>{P1}</p><p class='notion-text'>{line}</p><p>{P2}</p></main>")
    assert texts == [P1, line, P2]


@pytest.mark.parametrize(
    "info",
    [
        '<span class="post-date">14/05/2025</span> <span class="post-hits">Visad 87 gånger</span>',
        "14 maj 2025 · Läst 1 204 gånger",
        "14 maj 2025 · 87 visningar",
    ],
)
def test_a_date_and_view_count_line_goes(info: str) -> None:
    body = f"""<article><h1>Ny tidplan</h1><div class="entry-details">{info}</div>
    <div class="post-text"><p><b>{P1}</b></p><p>{P2}</p></div></article>"""
    blocks = _clean(body)
    assert [(b.kind, b.text) for b in blocks[1:]] == [("lead", P1), ("paragraph", P2)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Filmen om införandet har visats 87 gånger sedan i fredags.",
        "Den 14 maj 2025 hade sidan lästs 1 204 gånger.",
        "Visad 87 gånger på storbildsskärmen i entrén.",
    ],
)
def test_a_sentence_about_views_stays(sentence: str) -> None:
    texts = _texts(f"<article><h1>Ny tidplan</h1><p>{P1}</p><p>{sentence}</p><p>{P2}</p></article>")
    assert texts == [P1, sentence, P2]


@pytest.mark.parametrize(
    "line",
    [
        '<span class="stamp"><time datetime="2023-03-02">2 mars 2023</time></span> <span class="vis">Offentligt inlägg</span>',
        "<span>2 mars 2023 · Endast för medlemmar</span>",
        "<time>2023-03-02</time> · Public post",
    ],
)
def test_a_date_and_visibility_line_goes(line: str) -> None:
    body = f"""<main><div class="card">{line}<h1>Ny tidplan</h1>
    <div class="body"><p>{P1}</p><p>{P2}</p></div></div></main>"""
    assert _texts(body) == [P1, P2]


@pytest.mark.parametrize(
    "sentence",
    [
        "Inlägget är offentligt sedan 2 mars 2023 och kan läsas av alla som vill följa arbetet.",
        "<span>2 mars 2023</span> blev inlägget <span>offentligt</span> för alla läsare av sidan.",
    ],
)
def test_a_sentence_about_a_public_post_stays(sentence: str) -> None:
    texts = _texts(f"<main><h1>Ny tidplan</h1><p>{P1}</p><p>{sentence}</p><p>{P2}</p></main>")
    assert texts == [P1, re.sub(r"<[^>]+>", "", sentence), P2]


def test_a_more_posts_from_heading_goes_with_its_links() -> None:
    body = f"""<main><h1>Ny tidplan</h1><p>{P1}</p><p>{P2}</p>
    <section class="more"><h2>Fler inlägg från Karin Berg-Lindqvist</h2><ul><li><a href="/p/1">Vintern</a></li>
    <li><a href="/p/2">Sjukhuset</a></li></ul></section></main>"""
    assert _texts(body) == [P1, P2]


@pytest.mark.parametrize("heading", ["Fler artiklar av medlemmarna", "Om projektet"])
def test_a_body_heading_over_text_stays(heading: str) -> None:
    body = f"<article><h1>Ny tidplan</h1><p>{P1}</p><h2>{heading}</h2><p>{P2}</p><p>{P3}</p></article>"
    assert _texts(body) == [P1, heading, P2, P3]


def test_a_row_of_short_links_goes() -> None:
    body = f"""<table><tr><td><a href="/">Startsida</a> | <a href="/medlem">Bli medlem</a> | <a href="/om">Om oss</a></td></tr>
    <tr><td><h1>Ny tidplan</h1></td></tr><tr><td><p>{P1}</p></td></tr><tr><td><p>{P2}</p></td></tr></table>"""
    assert _texts(body) == [P1, P2]


def test_a_paragraph_with_links_and_words_stays() -> None:
    links = 'Läs mer på <a href="/">vår hemsida</a> eller skriv till <a href="/kontakt">kansliet</a>.'
    body = f"<table><tr><td><h1>Ny tidplan</h1></td></tr><tr><td><p>{P1}</p><p>{links}</p><p>{P2}</p></td></tr></table>"
    assert _texts(body) == [P1, "Läs mer på vår hemsida eller skriv till kansliet.", P2]


def test_a_mail_lead_in_larger_type_is_a_lead() -> None:
    body = f"""<table><tr><td><h1>Ny tidplan</h1></td></tr>
    <tr><td style="font-size:18px;line-height:26px"><p>{P1}</p></td></tr>
    <tr><td style="font-size:15px"><p>{P2}</p></td></tr><tr><td style="font-size:15px"><p>{P3}</p></td></tr></table>"""
    assert [(b.kind, b.text) for b in _clean(body)[1:]] == [("lead", P1), ("paragraph", P2), ("paragraph", P3)]


@pytest.mark.parametrize("sizes", [("15px", "15px"), ("15px", "18px"), ("", "15px"), ("20px", "")])
def test_a_mail_paragraph_in_the_same_type_is_no_lead(sizes: tuple[str, str]) -> None:
    first, rest = (f' style="font-size:{size}"' if size else "" for size in sizes)
    body = f"""<table><tr><td><h1>Ny tidplan</h1></td></tr><tr><td{first}><p>{P1}</p></td></tr>
    <tr><td{rest}><p>{P2}</p></td></tr></table>"""
    assert [b.kind for b in _clean(body)[1:]] == ["paragraph", "paragraph"]


def _teachable_page(first: str, later: str = "") -> str:
    """A Teachable blog post: ``h1.blog-title`` and the author line in ``div.blog-post``, the body after them."""
    return f"""<header class="navbar"><a class="navbar-brand" href="/">Kursakademin</a></header>
    <div class="container"><div class="blog-post"><h1 class="blog-title">Ny tidplan</h1>
    <div class="blog-meta">Postat av Kursakademin den <time datetime="2023-05-10">10 maj 2023</time></div>
    <div class="blog-body">{first}<p>{P2}</p>{later}<p>{P3}</p></div></div></div>"""


def test_an_italic_first_paragraph_under_a_blog_title_in_the_posts_box_is_the_lead() -> None:
    # "blog-title" in the post's own box (Teachable's div.blog-post) is the post's headline, not the blog's name
    blocks = _clean(_teachable_page(f"<p><em>{P1}</em></p>"))
    assert [(b.kind, b.text) for b in blocks] == [("title", "Ny tidplan"), ("lead", P1), ("paragraph", P2), ("paragraph", P3)]


@pytest.mark.parametrize(
    "first",
    [
        f"<p>{P1}</p>",  # a plain first paragraph
        f"<blockquote><p><em>{P1}</em></p></blockquote>",  # a quote in italics
        f"<figure><figcaption><em>{P1}</em></figcaption></figure>",  # a photo's caption in italics
    ],
)
def test_a_first_block_under_a_blog_title_that_is_no_italic_paragraph_is_no_lead(first: str) -> None:
    assert "lead" not in _kinds(_teachable_page(first))


def test_an_italic_paragraph_later_in_a_teachable_post_stays_a_paragraph() -> None:
    later = "<p><em>Kursen öppnar för anmälan i början av juni, skriver kursledaren i ett mejl.</em></p>"
    assert _kinds(_teachable_page(f"<p>{P1}</p>", later)) == ["title"] + ["paragraph"] * 4


def test_a_blog_title_h1_beside_a_post_box_is_still_the_blogs_name() -> None:
    # the blog's name in a box of its own, the post's box with its own h2 beside it: the h1 is no headline
    head = "<title>Ny tidplan | Vårdbloggen</title>"
    body = f"""<div class="masthead"><h1 class="blog-title">Vårdbloggen</h1></div><div class="blog-post">
    <h2>Ny tidplan</h2><p><em>{P1}</em></p><p>{P2}</p><p>{P3}</p></div>"""
    blocks = _clean(body, head)
    assert blocks[0] == Block("title", "Ny tidplan")
    assert "Vårdbloggen" not in [b.text for b in blocks]


def _journal_page(date_line: str, body_extra: str = "") -> Document:
    site = "https://minjournal.example.se"
    body = f"""<div id="header"><h1 id="title"><span>Snickarbloggen</span></h1>
    <h2 id="subtitle"><span>om verkstad, skog och vardag</span></h2></div>
    <div id="content"><div class="entry"><div class="header"><h3 class="entry-title">
    <a href="{site}/1234.html">Ny tidplan</a></h3><div class="datetime">{date_line}</div></div>
    <div class="entry-content"><p>{P1}</p>{body_extra}<p>{P2}</p><p>{P3}</p></div></div></div>"""
    head = '<title>snickaren: Ny tidplan</title><meta property="og:title" content="Ny tidplan">'
    html = f"<html lang='sv'><head>{head}</head><body>{body}</body></html>"
    return clean_page(RawPage(url=f"{site}/1234.html", body=html.encode(), source="t"))


_ARCHIVE_DATE = (
    '<span class="date"><a href="https://minjournal.example.se/2019/">2019</a>-'
    '<a href="https://minjournal.example.se/2019/10/">10</a>-'
    '<a href="https://minjournal.example.se/2019/10/03/">03</a></span> <span class="time">20:41</span>'
)


def test_date_linked_to_year_month_and_day_archives() -> None:
    doc = _journal_page(_ARCHIVE_DATE)
    assert doc.published == "2019-10-03"
    assert [b.kind for b in doc.blocks].count("lead") == 0  # the journal's subtitle is no lead
    assert "om verkstad, skog och vardag" not in doc.text


def test_archive_links_in_a_sentence_date_nothing() -> None:
    sentence = (
        '<p>Jag skrev om ämnet redan <a href="https://minjournal.example.se/2018/">2018</a>, i '
        '<a href="https://minjournal.example.se/2018/04/">april</a>, närmare bestämt den '
        '<a href="https://minjournal.example.se/2018/04/12/">12</a> i ett långt inlägg.</p>'
    )
    doc = _journal_page('<span class="time">20:41</span>', sentence)
    assert doc.published is None
    assert any(b.text.startswith("Jag skrev om ämnet redan 2018") for b in doc.blocks)


def _forem_page(subheader: str, after: str) -> list[str]:
    body = f"""<main><article class="crayons-article"><header class="crayons-article__header">
    <div class="crayons-article__subheader">{subheader}</div><h1>Ny tidplan</h1></header>
    <div class="crayons-article__body"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>{after}</article></main>"""
    return _texts(body)


def test_forem_author_date_box_and_series_box_are_dropped() -> None:
    subheader = ('<div><a href="/ulla">Ulla Berg</a> for <a href="/vardlabbet">Vårdlabbet</a>'
                 '<p>Posted on <time datetime="2023-02-14T09:00:00Z">Feb 14</time></p></div>')
    series = ('<section class="crayons-article__series"><h2>Journalbytet (3 Part Series)</h2><ol>'
              '<li><a href="/ulla/del-1">Första delen</a></li><li>Ny tidplan</li></ol></section>')
    assert _forem_page(subheader, series) == [P1, P2, P3]


def test_series_sentence_and_kicker_above_headline_stay() -> None:
    kicker = "<p>Krönika om vårdens it</p>"
    sentence = "<p>Serien i två delar sändes i maj och finns kvar att lyssna på hela sommaren i appen.</p>"
    texts = _forem_page(kicker, f'<section class="series-note">{sentence}<ul><li>Del ett om tidplanen</li></ul></section>')
    assert "Krönika om vårdens it" in texts
    assert "Serien i två delar sändes i maj och finns kvar att lyssna på hela sommaren i appen." in texts


def test_bare_crumb_line_above_headline_and_lone_heading_of_older_posts_go() -> None:
    body = f"""<main><p class="path"><a href="/blogg/">Blogg</a> / Journalen</p><h1>Ny tidplan</h1>
    <p>{P1}</p><p>{P2}</p><div class="older"><h3>Tidigare inlägg</h3><ul><li><a href="/a/">Ett</a></li>
    <li><a href="/b/">Två</a></li></ul></div></main>"""
    assert _texts(body) == [P1, P2]


def test_sentence_with_a_slash_above_headline_stays() -> None:
    line = '<p>Läs mer om <a href="/lon/">lön</a> / arvode för förtroendevalda i regionen i vår faktaruta nedan.</p>'
    body = f"<main>{line}<h1>Ny tidplan</h1><p>{P1}</p><p>{P2}</p></main>"
    assert "Läs mer om lön / arvode för förtroendevalda i regionen i vår faktaruta nedan." in _texts(body)


def test_event_organiser_line_and_ticket_box_are_dropped() -> None:
    body = f"""<main><section class="event-info"><h1>Ny tidplan</h1>
    <p class="event-organizer">Arrangör: <a href="/org/pf">Patientföreningen Syd</a> · Publicerad
    <time datetime="2022-01-10">10 januari 2022</time></p><div class="event-text"><p>{P1}</p><p>{P2}</p></div>
    </section><aside class="event-side"><div class="tc-ticketbox"><h2>Biljetter</h2><p>fre 4 feb 2022 17:00</p>
    <p>Storgatan 1, Lund</p><ul><li>Gratis – 0 kr</li></ul><a href="/buy">Till kassan</a></div></aside></main>"""
    assert _texts(body) == [P1, P2]


def test_sentence_opening_with_arrangor_stays() -> None:
    sentence = "Arrangör: föreningen står för fika, och anmälan görs senast · Publicerad 10 januari 2022 i vår kalender."
    body = f"<main><h1>Ny tidplan</h1><p>{P1}</p><p>{sentence}</p><p>{P2}</p></main>"
    assert sentence in _texts(body)


def _doc(body: str, head: str = "<title>Ny tidplan</title>") -> Document:
    html = f"<html lang='sv'><head>{head}</head><body>{body}</body></html>"
    return clean_page(RawPage(url="https://example.se/a", body=html.encode(), source="t"))


@pytest.mark.parametrize(
    ("body", "published"),
    [
        (f"<main><h1>Ny tidplan</h1><small>3 mars 2021</small><br><br>{P1}<br><br>{P2}</main>", "2021-03-03"),
        (f"<main><p>Aktuellt · <span>12 maj 2024</span></p><h1>Ny tidplan</h1><p>{P1}</p><p>{P2}</p></main>", "2024-05-12"),
        # a date inside the body's sentences dates something else
        (f"<main><h1>Ny tidplan</h1><p>{P1}</p><p>Styrelsen möts 3 mars 2021 i Borås.</p><p>{P2}</p></main>", None),
        (f"<main><h1>Ny tidplan</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p><p><small>3 mars 2021</small></p></main>", None),
    ],
)
def test_a_bare_date_beside_the_headline_dates_the_post(body: str, published: str | None) -> None:
    assert _doc(body).published == published


def test_a_newsletter_issue_title_yields_to_its_one_h1() -> None:
    head = "<title>Nyhetsbrev april 2025 – Bolaget AB</title><meta property='og:title' content='Nyhetsbrev april 2025'>"
    doc = _doc(f"<table><tr><td><h1>Ny tidplan för införandet</h1><p>{P1}</p><p>{P2}</p></td></tr></table>", head)
    assert doc.title == "Ny tidplan för införandet"
    assert [b.kind for b in doc.blocks].count("heading") == 0


def test_a_title_that_is_no_newsletter_issue_stays() -> None:
    head = "<title>Regionen väljer leverantör – Bolaget AB</title>"
    doc = _doc(f"<main><h1>Nyhetsbrev från regionen</h1><p>{P1}</p><p>{P2}</p></main>", head)
    assert doc.title == "Nyhetsbrev från regionen"


@pytest.mark.parametrize(
    "line",
    [
        "<div>Arrangeras av <a href='/o/1'>Föreningen Exempel</a> · Publicerat <time>2 feb 2019</time></div>",
        "<div><span>Värd: <a href='/m/1'>Anna K.</a></span> · <span>Publicerat <time>2 feb 2019</time></span></div>",
        "<div><a href='/g/1'>Läsecirkeln i Skövde</a> <span>Offentlig grupp</span></div>",
        "<aside><div><p><time>Onsdag 6 mars 2019</time><br>17:30 till 19:00</p><p>Stadsbiblioteket<br>Storgatan 1, Skövde</p></div></aside>",  # noqa: E501
        "<aside><div><h3>Deltagare (9)</h3><ul><li>Anna K.</li><li>Olle</li></ul></div></aside>",
        "<div><span>Onsdag 6 mars · 17:30</span> <span>GRATIS</span> <a href='#rsvp'>Delta</a></div>",
    ],
)
def test_event_page_chrome_is_dropped(line: str) -> None:
    body = f"<main><h1>Ny tidplan</h1>{line}<section><h2>Detaljer</h2><div><p>{P1}</p><p>{P2}</p></div></section></main>"
    assert _texts(body) == [P1, P2]


def test_event_like_text_in_the_body_stays() -> None:
    host = "Värd: regionen bjuder in alla som vill veta mer. Publicerat i förra numret."
    when = "Onsdag 6 mars 2019 17:30 till 19:00 visar vi systemet för alla som kommer."
    group = "Gruppen är en offentlig grupp som alla får gå med i."
    body = (f"<main><h1>Ny tidplan</h1><p>{P1}</p><h2>Detaljer</h2><p>{host}</p><p>{when}</p><p>{group}</p>"
            f"<h2>Deltagare</h2><ul><li>Anna Karlsson, projektledare</li></ul><p>{P2}</p></main>")
    assert _texts(body) == [P1, "Detaljer", host, when, group, "Deltagare", "Anna Karlsson, projektledare", P2]


def test_an_organiser_sentence_with_a_full_stop_stays() -> None:
    sentence = "Arrangeras av föreningen i Borås. Mer om kvällen · Publicerat 2 feb 2019"
    body = f"<main><h1>Ny tidplan</h1><p>{P1}</p><p>{sentence}</p><p>{P2}</p></main>"
    assert sentence in _texts(body)


@pytest.mark.parametrize(
    ("meta", "published"),
    [
        ("<span class='post-author'>Redaktionen</span> <span class='post-date'>Mar 4, 2021</span>", "2021-03-04"),
        ("<span class='post-date'>September 30, 2019</span> <span>4 min read</span>", "2019-09-30"),
        ("<span class='post-date'>Mar 44, 2021</span>", None),
    ],
)
def test_an_english_post_date_beside_the_headline_dates_the_post(meta: str, published: str | None) -> None:
    doc = _doc(f"<article><h1>Ny tidplan</h1><div class='post-meta'>{meta}</div><p>{P1}</p><p>{P2}</p></article>")
    assert doc.published == published
    assert [b.text for b in doc.blocks[1:]] == [P1, P2]


def test_an_english_date_in_a_sentence_of_the_body_dates_nothing() -> None:
    sentence = "Rapporten från Mar 4, 2021 lästes av hela gruppen, och den visade att planen höll."
    doc = _doc(f"<article><h1>Ny tidplan</h1><p>{P1}</p><p>{P2}</p><p>{sentence}</p></article>")
    assert doc.published is None
    assert sentence in doc.text


def test_a_bare_date_beside_a_headline_alone_in_its_box_dates_the_post() -> None:
    body = f"<main><div class='t'><h1>Ny tidplan</h1></div><div class='t'>4 mars 2021</div><div class='t'>{P1}</div><div class='t'>{P2}</div></main>"
    doc = _doc(body)
    assert doc.published == "2021-03-04"
    assert [b.text for b in doc.blocks[1:]] == [P1, P2]


def test_a_date_in_a_sentence_beside_a_headline_box_dates_nothing() -> None:
    sentence = "Mötet den 4 mars 2021 blev inställt."
    doc = _doc(f"<main><div><h1>Ny tidplan</h1></div><div>{sentence}</div><div>{P1}</div></main>")
    assert doc.published is None
    assert sentence in doc.text


def test_a_crumb_line_in_its_own_box_above_the_headline_is_dropped() -> None:
    crumbs = "<a href='/'>Hem</a> / <a href='/aktuellt'>Aktuellt</a> / Ny tidplan"
    body = (f"<main><section><div><p>{crumbs}</p></div></section>"
            f"<section><div><h1>Ny tidplan för bygget</h1></div><p>{P1}</p><p>{P2}</p></section></main>")
    assert _texts(body) == [P1, P2]


def test_a_link_line_above_the_headline_that_is_no_trail_to_it_stays() -> None:
    line = "Läs mer hos <a href='/k'>kommunerna</a> / <a href='/r'>regionen</a> om hur bygget går."
    body = f"<main><article><p>{line}</p><div><h1>Ny tidplan</h1></div><p>{P1}</p><p>{P2}</p></article></main>"
    assert _texts(body) == ["Läs mer hos kommunerna / regionen om hur bygget går.", P1, P2]


def test_an_organiser_name_over_an_event_headline_is_dropped() -> None:
    head = "<p>Föreningen Exempel Väst</p><h1>Ny tidplan</h1><p>Skapad <time datetime='2019-02-02'>2 feb 2019</time></p>"
    doc = _doc(f"<main><div class='head'>{head}</div><div><p>{P1}</p><p>{P2}</p></div></main>")
    assert [b.text for b in doc.blocks[1:]] == [P1, P2]
    assert doc.published == "2019-02-02"


@pytest.mark.parametrize(
    "body",
    [
        f"<main><div><p>Om projektet</p><h1>Ny tidplan</h1><p>{P1}</p><p>{P2}</p></div></main>",
        f"<main><div><p>Skrivet av oss alla.</p><h1>Ny tidplan</h1></div><div><p>{P1}</p><p>{P2}</p></div></main>",
    ],
)
def test_a_line_above_the_headline_in_a_box_with_text_stays(body: str) -> None:
    assert len(_texts(body)) == 3


def test_a_text_box_set_bold_under_the_headline_is_the_lead() -> None:
    body = f"<main><div><h1>Ny tidplan</h1></div><div style='font-weight:600'>{P1}</div><div>{P2}</div><div>{P3}</div></main>"
    assert [(b.kind, b.text) for b in _clean(body)[1:]] == [("lead", P1), ("paragraph", P2), ("paragraph", P3)]


@pytest.mark.parametrize(
    "body",
    [
        f"<main><div><h1>Ny tidplan</h1></div><div style='font-weight:400'>{P1}</div><div>{P2}</div></main>",
        f"<main><div><h1>Ny tidplan</h1></div><div>{P1}</div><div style='font-weight:bold'>{P2}</div></main>",
    ],
)
def test_a_plain_first_box_or_a_bold_box_further_down_is_no_lead(body: str) -> None:
    assert [b.kind for b in _clean(body)[1:]] == ["paragraph", "paragraph"]


def test_a_paragraph_whose_one_span_is_set_bold_under_the_headline_is_the_lead() -> None:
    # Google Sites sets a bold text box as "<p><span style="font-weight: 700;">…</span></p>"
    lead = f"<p><span style='font-weight: 700;'>{P1}</span></p>"
    body = f"<main><section><h1>Ny tidplan</h1></section><section>{lead}</section><section><p>{P2}</p><p>{P3}</p></section></main>"
    assert [(b.kind, b.text) for b in _clean(body)[1:]] == [("lead", P1), ("paragraph", P2), ("paragraph", P3)]
    plain = body.replace("font-weight: 700;", "font-style: italic;")
    assert [b.kind for b in _clean(plain)[1:]] == ["paragraph", "paragraph", "paragraph"]


def _landing_page(date_line: str, lead_class: str = "text-xl") -> Document:
    """A site builder's news page: a kicker line under the headline, the text in a section of its own."""
    head = f"<section><div><p><a href='/'>Start</a> / <a href='/nytt'>Nytt</a></p><h1>Ny tidplan</h1>{date_line}</div></section>"
    text = f"<section><div class='prose'><p class='{lead_class}'>{P1}</p><p>{P2}</p><p>{P3}</p></div></section>"
    return _doc(f"<main>{head}{text}</main>")


@pytest.mark.parametrize(
    ("date_line", "published"),
    [
        ("<p class='text-sm'>Nyhet · 3 mars 2024</p>", "2024-03-03"),
        ("<p>Pressinfo | 14 oktober 2021</p>", "2021-10-14"),
        # a sentence that holds a date is no kicker line
        ("<p>Beslutet togs den 3 mars 2024 av styrelsen.</p>", None),
    ],
)
def test_a_kicker_of_a_category_and_a_date_under_the_headline_dates_the_post(date_line: str, published: str | None) -> None:
    assert _landing_page(date_line).published == published


def test_a_paragraph_in_larger_type_under_the_headline_is_the_lead() -> None:
    doc = _landing_page("<p>Nyhet · 3 mars 2024</p>")
    assert [(b.kind, b.text) for b in doc.blocks[1:]] == [("lead", P1), ("paragraph", P2), ("paragraph", P3)]


def test_a_themes_plain_big_class_on_the_first_paragraph_makes_it_the_lead() -> None:
    doc = _landing_page("<p>Nyhet · 3 mars 2024</p>", "big")  # BeTheme's "p.big"
    assert [(b.kind, b.text) for b in doc.blocks[1:]] == [("lead", P1), ("paragraph", P2), ("paragraph", P3)]


@pytest.mark.parametrize("lead_class", ["text-sm", "text-base", "font-medium"])
def test_a_first_paragraph_in_body_or_smaller_type_is_no_lead(lead_class: str) -> None:
    doc = _landing_page("<p>Nyhet · 3 mars 2024</p>", lead_class)
    assert [b.kind for b in doc.blocks[1:]] == ["paragraph", "paragraph", "paragraph"]


ABOUT = "Exempelbolaget Väst AB tillverkar mätutrustning för sjukhus och har sitt kontor i Borås."


def _release(about_box: str, body_tail: str = "") -> list[str]:
    """A press-release service's release: head, body box, and what its template sets after the body."""
    head = "<div class='svc-release__head'><h1>Ny tidplan</h1></div>"
    body = f"<div class='svc-release__body'><p>{P1}</p><p>{P2}</p>{body_tail}</div>"
    return _texts(f"<main><article class='svc-release'>{head}{body}{about_box}</article></main>")


def test_the_about_box_a_release_template_sets_beside_the_body_is_dropped() -> None:
    box = f"<div class='svc-release__about'><h2>Om Exempelbolaget Väst AB</h2><p>{ABOUT}</p></div>"
    assert _release(box) == [P1, P2]


def test_an_about_box_among_the_body_paragraphs_stays() -> None:
    box = f"<div class='svc-release__about'><h3>Om Exempelbolaget</h3><p>{ABOUT}</p></div>"
    assert _release("", body_tail=box) == [P1, P2, "Om Exempelbolaget", ABOUT]


def test_an_om_section_in_the_middle_of_the_article_stays() -> None:
    body = f"<main><article><h1>Ny tidplan</h1><p>{P1}</p><h2>Om projektet</h2><p>{ABOUT}</p><h2>Nästa steg</h2><p>{P2}</p></article></main>"
    assert _texts(body) == [P1, "Om projektet", ABOUT, "Nästa steg", P2]


def _changelog_post(label: str) -> list[str]:
    header = f"<header class='Post_head'>{label}<h1>Ny tidplan</h1><div class='Post_date'><time datetime='2024-03-03'>Mar 3, 2024</time></div></header>"
    return _texts(f"<main><article>{header}<section class='Post_text'><p>{P1}</p><p>{P2}</p></section></article></main>")


def test_a_one_word_type_label_over_the_headline_in_its_header_is_dropped() -> None:
    assert _changelog_post("<span class='Post_type Icon_fixed'>Åtgärdat</span>") == [P1, P2]


def test_a_sentence_over_the_headline_in_its_header_stays() -> None:
    line = "Det här är den tredje ändringen i år."
    assert _changelog_post(f"<span class='Post_note'>{line}</span>") == [line, P1, P2]


def test_a_sponsors_box_after_a_club_article_is_dropped() -> None:
    sponsors = "<section class='club-sponsors'><h2>Våra sponsorer</h2><p>Bilfirman i Lerum · Bageriet på torget</p></section>"
    body = f"<main><div class='news-detail'><h1>Ny tidplan</h1><div class='news-content'><p>{P1}</p><p>{P2}</p></div></div>{sponsors}</main>"
    assert _texts(body) == [P1, P2]


def test_a_section_about_sponsors_in_the_article_stays() -> None:
    line = "Våra sponsorer har bidragit med surfplattor till sjukvårdstältet."
    body = f"<main><div class='news-detail'><h1>Ny tidplan</h1><div class='news-content'><p>{P1}</p><h2>Våra sponsorer</h2><p>{line}</p><p>{P2}</p></div></div></main>"
    assert _texts(body) == [P1, "Våra sponsorer", line, P2]


def _published(body: str) -> str | None:
    html = f"<html lang='sv'><head><title>Ny tidplan</title></head><body>{body}</body></html>"
    return clean_page(RawPage(url="https://example.se/a", body=html.encode(), source="t")).published


def test_subtitle_ending_in_a_date_dates_the_post() -> None:
    # a flyer's subtitle under its title: a short line of several words, a middle dot and the date
    body = f"""<div class="flyer"><div class="block-title"><h1>Ny tidplan</h1>
    <div class="subtitle">Månadsbrev från vårdcentralen i Alingsås kommun · 3 mars 2021</div></div>
    <div class="block-text"><p>{P1}</p><p>{P2}</p></div></div>"""
    assert _published(body) == "2021-03-03"
    assert not any("Månadsbrev" in text for text in _texts(body))


def test_sentence_with_a_date_under_the_headline_dates_nothing() -> None:
    body = f"""<article><h1>Ny tidplan</h1><p>Styrelsen träffades i Alingsås för att tala om planen den 3 mars 2021.</p>
    <p>{P1}</p><p>{P2}</p></article>"""
    assert _published(body) is None


def test_share_line_with_network_links_is_dropped() -> None:
    body = f"""<article><h1>Ny tidplan</h1><p>{P1}</p><p>{P2}</p>
    <div class="PostShare"><span>Dela nyheten:</span><a href="#">Facebook</a><a href="#">LinkedIn</a></div></article>"""
    assert _texts(body) == [P1, P2]


def test_paragraph_starting_with_dela_is_kept() -> None:
    kept = "Dela gärna med dig av dina erfarenheter av det nya journalsystemet till oss på Facebook."
    body = f"""<article><h1>Ny tidplan</h1><p>{P1}</p><p>{kept}</p></article>"""
    assert _texts(body) == [P1, kept]


def test_episode_label_and_download_action_are_dropped() -> None:
    body = f"""<article class="episode"><div class="episode-number">Avsnitt 12</div><h1>Ny tidplan</h1>
    <div class="episode-text"><h3>Shownotes</h3><p>{P1}</p><p>{P2}</p></div>
    <div class="episode-links"><a class="download" href="#">Ladda ner (MP3)</a></div></article>"""
    assert _texts(body) == [P1, P2]  # "Shownotes" only labels the notes it opens


def test_sentence_about_an_episode_or_a_download_is_kept() -> None:
    episode = "Avsnitt 12 handlar om hur vårdcentralerna förbereder sig inför bytet av journalsystem."
    download = "Ladda ner appen från regionens webbplats innan du kommer till mottagningen."
    body = f"""<article><h1>Ny tidplan</h1><p>{P1}</p><p>{episode}</p><p><a href="#">{download}</a></p></article>"""
    assert _texts(body) == [P1, episode, download]


def test_product_cards_go_with_their_heading() -> None:
    body = f"""<main><article><h1>Ny tidplan</h1><p>{P1}</p><p>{P2}</p></article>
    <section class="shop-products"><h2>Våra böcker</h2>
    <div class="product-card"><h3>Handbok i journalföring</h3><p>Bok · 295 kr</p><a class="btn" href="#">Köp</a></div>
    <div class="product-card"><h3>Kurs i dokumentation</h3><p>Webbkurs · 0 kr</p><a href="#">Läs mer</a></div>
    </section></main>"""
    assert _texts(body) == [P1, P2]


def test_heading_with_text_beside_cards_is_kept() -> None:
    # a section whose heading heads real paragraphs keeps them, even with a card in it
    body = f"""<main><article><h1>Ny tidplan</h1><p>{P1}</p>
    <section><h2>Om projektet</h2><p>{P2}</p><p>{P3}</p>
    <div class="course-card"><h3>Kurs i dokumentation</h3><p>Webbkurs · 0 kr</p></div></section></article></main>"""
    assert _texts(body) == [P1, "Om projektet", P2, P3]


def test_picture_caption_is_dropped_and_a_text_caption_class_kept() -> None:
    body = f"""<div class="flyer"><h1>Ny tidplan</h1>
    <div class="block block-picture"><img src="a.jpg" alt=""><div class="caption">Vårdcentralen i Alingsås en vintermorgon.</div></div>
    <div class="block block-text"><p>{P1}</p></div>
    <div class="block block-text"><div class="caption">{P2}</div></div></div>"""
    assert _texts(body) == [P1, P2]


def _paragraph_table(text: str) -> str:
    return f"<table width='100%'><tr><td class='mailpoet_paragraph'>{text}<br><br></td></tr></table>"


def test_paragraphs_each_in_a_table_of_their_own_are_read_together() -> None:
    # older MailPoet: each paragraph a one-cell table of its own in the text block, headings and lists between
    quote = "– Vi behöver ett gemensamt sätt att dokumentera, säger enhetschefen på hemtjänsten."
    text_block = (
        _paragraph_table(P1) + _paragraph_table(quote) + "<h2>Start i höst</h2>" + _paragraph_table(P2)
        + "<ul><li>Utbildning i augusti</li><li>Start i oktober</li></ul>" + _paragraph_table(P3)
    )
    body = f"""<table class="mailpoet_template"><tr><td><table class="mailpoet_content-wrapper">
    <tr><td class="mailpoet_header"><a href="#">Visa nyhetsbrevet i webbläsaren</a></td></tr>
    <tr><td class="mailpoet_text"><a href="/">Start</a> · <a href="/om">Om oss</a> · <a href="/brev">Nyhetsbrev</a></td></tr>
    <tr><td class="mailpoet_text"><h1>Ny tidplan</h1></td></tr>
    <tr><td class="mailpoet_text">{text_block}</td></tr>
    <tr><td class="mailpoet_footer">Hemtjänsten Väst AB, Storgatan 1, Alingsås<br><a href="#">Avregistrera</a></td></tr>
    </table></td></tr></table>"""
    assert _texts(body) == [P1, quote, "Start i höst", P2, "Utbildning i augusti", "Start i oktober", P3]


def test_layout_tables_of_one_cell_around_the_article_stay_out() -> None:
    # a hand-made page stacks one-cell tables: a welcome line, the article's cell, the address under it
    welcome = "Välkommen till föreningens webbplats för patienter och anhöriga i Västra Götaland!"
    address = "Patientföreningen Väst, Storgatan 1, 441 30 Alingsås, telefon 0322-123 45 (vardagar 9-12)"
    for wrapper in ("{}", "<div id='page'>{}</div>"):
        tables = (
            f"<table><tr><td>{welcome}</td></tr></table>"
            f"<table><tr><td><h1>Ny tidplan</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></td></tr></table>"
            f"<table><tr><td>{address}</td></tr></table>"
        )
        assert _texts(wrapper.format(tables)) == [P1, P2, P3]


def test_a_post_dated_only_in_its_byline_list_is_dated() -> None:
    # Ning: the byline is a list classed "navigation byline", its date in a link
    body = f"""<div class="xg_module_body"><div class="xg_headline"><h1>Ny tidplan</h1>
    <ul class="navigation byline"><li><a class="nolink">Postat av Anna Berg den 3 mars 2021 kl 20.15</a></li>
    <li><a href="/profiles/blog/list?user=annaberg">Visa bloggen</a></li></ul></div>
    <div class="postbody"><p>{P1}</p><p>{P2}</p></div></div>"""
    assert _published(body) == "2021-03-03"
    assert _texts(body) == [P1, P2]


def test_a_sentence_starting_postat_av_dates_nothing() -> None:
    line = "Postat av misstag: brevet om den nya tidplanen gick ut till alla medlemmar i går kväll."
    body = f"""<article><h1>Ny tidplan</h1><p>{line}</p><p>{P1}</p><p>{P2}</p></article>"""
    assert _published(body) is None
    assert _texts(body) == [line, P1, P2]


@pytest.mark.parametrize(
    "link_line",
    [
        "<p><a href='#'>Visa i webbläsaren</a></p>",
        "<div><a href='#'>View this email in your browser</a></div>",
        "<p>&laquo; <a href='/inlagg/1.html'>föregående inlägg</a></p>",
        "<p><a href='/inlagg/3.html'>nästa inlägg</a> &raquo;</p>",
        "<div class='nav-links'><a href='/sida/2'>Äldre inlägg</a></div>",
    ],
)
def test_a_web_view_or_neighbour_post_link_line_is_dropped(link_line: str) -> None:
    body = f"<article><h1>Ny tidplan</h1>{link_line}<p>{P1}</p><p>{P2}</p>{link_line}</article>"
    assert _texts(body) == [P1, P2]


@pytest.mark.parametrize(
    "kept",
    [
        "Om bilderna inte syns kan du visa nyhetsbrevet i webbläsaren via länken längst upp.",
        "I nästa inlägg skriver jag om hur pollendagboken fungerar i den nya journalen.",
        "Visa i webbläsaren",  # the words as text, no link: nothing says it is the web-view link
        "Äldre inlägg om journalsystemet finns i <a href='/arkiv'>arkivet</a>.",
    ],
)
def test_a_sentence_about_the_browser_or_the_next_post_stays(kept: str) -> None:
    body = f"<article><h1>Ny tidplan</h1><p>{P1}</p><p>{kept}</p><p>{P2}</p></article>"
    assert _texts(body) == [P1, re.sub(r"<[^>]+>", "", kept), P2]


def _posted(body: str) -> Document:
    html = f"<html lang='sv'><head><title>Ny tidplan</title></head><body>{body}</body></html>"
    return clean_page(RawPage(url="https://example.se/a", body=html.encode(), source="t"))


def test_an_english_posted_on_date_line_dates_the_post() -> None:
    body = f"""<div class="post"><div class="post-date">Posted on Mar 4, 2021</div><h1>Ny tidplan</h1>
    <div class="post-content"><p>{P1}</p><p>{P2}</p></div></div>"""
    doc = _posted(body)
    assert doc.published == "2021-03-04"
    assert [b.text for b in doc.blocks[1:]] == [P1, P2]


def test_a_sentence_starting_posted_on_stays() -> None:
    kept = "Posted on Mar 4, 2021 was the first note, and the club has written in English since."
    doc = _posted(f"<article><h1>Ny tidplan</h1><p>{P1}</p><p>{kept}</p></article>")
    assert kept in [b.text for b in doc.blocks]
    assert doc.published is None


def test_a_show_notes_label_over_an_episodes_notes_is_dropped() -> None:
    body = f"""<article><h1>Ny tidplan</h1><div class="episode-notes"><h3>Shownotes</h3><p>{P1}</p>
    <h2>Bakgrund</h2><p>{P2}</p></div></article>"""
    assert _texts(body) == [P1, "Bakgrund", P2]


def test_a_show_notes_heading_after_the_text_stays() -> None:
    body = f"<article><h1>Ny tidplan</h1><p>{P1}</p><h2>Shownotes</h2><p>{P2}</p></article>"
    assert _texts(body) == [P1, "Shownotes", P2]


def test_an_event_pages_ticket_box_is_dropped() -> None:
    body = f"""<main><h1>Ny tidplan</h1><section class="event-text"><p>{P1}</p><p>{P2}</p></section>
    <section class="event-tickets"><h2>Biljetter</h2><table><tr><td>Medlem</td><td>0 kr</td>
    <td><button>Registrera</button></td></tr><tr><td>Övriga</td><td>150 kr</td></tr></table></section></main>"""
    assert _texts(body) == [P1, P2]


def test_a_tickets_heading_over_prose_stays() -> None:
    prices = "Biljetterna kostar 150 kr och säljs i entrén från klockan 17."
    body = f"""<main><h1>Ny tidplan</h1><section><p>{P1}</p></section>
    <section><h2>Biljetter</h2><p>{prices}</p></section></main>"""
    assert _texts(body) == [P1, "Biljetter", prices]


def test_a_docs_property_table_of_label_and_value_cells_is_dropped() -> None:
    body = f"""<div class="doc"><h1>Ny tidplan</h1><div class="doc-props"><div class="row"><span>Publicerad</span>
    <span>4 mars 2021</span></div><div class="row"><span>Ämne</span><span>Journalsystem</span></div></div>
    <div class="doc-text"><p>{P1}</p><p>{P2}</p></div></div>"""
    doc = _posted(body)
    assert doc.published == "2021-03-04"
    assert [b.text for b in doc.blocks[1:]] == [P1, P2]


def test_a_properties_box_that_holds_sentences_stays() -> None:
    history = "Huset byggdes om under våren. Arbetet blev klart i juni."
    body = f"""<div class="doc"><h1>Ny tidplan</h1><div class="doc-text"><p>{P1}</p>
    <div class="properties"><div><span>Historik</span><span>{history}</span></div></div><p>{P2}</p></div></div>"""
    assert any(history in text for text in _texts(body))


def test_a_day_first_english_date_dates_the_post() -> None:
    body = f"""<div class="news-article"><h1>Ny tidplan</h1><div class="meta"><span class="author">Av Styrelsen</span>
    <span class="date">5 May 2017</span></div><div class="news-body"><p>{P1}</p><p>{P2}</p></div></div>"""
    doc = _posted(body)
    assert doc.published == "2017-05-05"
    assert [b.text for b in doc.blocks[1:]] == [P1, P2]


def test_a_sentence_with_a_day_first_english_date_stays() -> None:
    kept = "Föreningen skrev till leverantören 5 May 2017 och fick svar på engelska veckan efter."
    doc = _posted(f"<article><h1>Ny tidplan</h1><p>{P1}</p><p>{kept}</p></article>")
    assert kept in [b.text for b in doc.blocks]
    assert doc.published is None


def test_a_wordpress_themes_related_posts_heading_goes_with_its_posts() -> None:
    # The7's "div.single-related-posts": the heading stays in its box once the post cards are gone
    card = ("<div class='wf-cell'><div class='borders'><article class='post-format-standard'><div class='post-content'>"
            "<a href='/2016/08/29/regler/'>Nya regler för kemikalier i salongen</a><br>"
            "<time datetime='2016-08-29T10:00:00+00:00'>29 augusti, 2016</time></div></article></div></div>")
    related = f"<div class='single-related-posts'><h3>Relaterade inlägg</h3><section class='items-grid'>{card * 3}</section></div>"
    body = f"<div id='content'><article class='post'><h1>Ny tidplan</h1><p>{P1}</p><p>{P2}</p>{related}</article></div>"
    assert _texts(body) == [P1, P2]
    # the heading left alone at the end of the text, whatever its box
    assert _texts(f"<article><h1>Ny tidplan</h1><p>{P1}</p><p>{P2}</p><div><h3>Relaterade inlägg</h3></div></article>") == [P1, P2]


def test_an_author_card_with_the_avatar_linked_to_the_authors_page_goes() -> None:
    # Hestia's "div.card-profile": the avatar linked to /author/…/, the name as a heading, a line about them
    card = ("<div class='card card-profile card-plain'><div class='row'><div class='col-md-2'><div class='card-avatar'>"
            "<a href='https://example.se/author/styrelsen/'><img src='a.png' alt=''></a></div></div>"
            "<div class='col-md-10'><h4 class='card-title'>Styrelsen</h4>"
            "<p class='description'>Klubbens styrelse skriver om beslut, lopp och träning.</p></div></div></div>")
    assert _texts(f"<article><h1>Ny tidplan</h1><p>{P1}</p><p>{P2}</p>{card}</article>") == [P1, P2]
    # a linked author's name in the text is no card
    named = f"<p>{P3} Läs mer av <a href='https://example.se/author/anna/'>Anna Ek</a>.</p>"
    assert len(_texts(f"<article><h1>Ny tidplan</h1><p>{P1}</p>{named}</article>")) == 2


def test_a_bold_first_paragraph_under_a_headline_h2_is_the_lead() -> None:
    # Jupiter heads its post with "h2.blog-single-title" (itemprop="headline") and no <h1>
    body = (f"<article><h2 class='blog-single-title' itemprop='headline'>Ny tidplan</h2>"
            f"<div class='mk-single-content'><p><strong>{P1}</strong></p><p>{P2}</p><h2>Bakgrund</h2><p>{P3}</p></div></article>")
    assert [(b.kind, b.text) for b in _clean(body)[1:]] == [
        ("lead", P1), ("paragraph", P2), ("heading", "Bakgrund"), ("paragraph", P3)
    ]


def test_jetpacks_like_box_in_the_entry_content_goes() -> None:
    # Twenty Seventeen with Jetpack: "div.sharedaddy.sd-like" beside the share box, its heading "Gilla detta:"
    likes = ("<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded'>"
             "<h3 class='sd-title'>Gilla detta:</h3><div class='likes-widget-placeholder post-likes-widget-placeholder'>"
             "<span class='button'><span>Gilla</span></span> <span class='loading'>Laddar in …</span></div></div>")
    body = f"<article><h1>Ny tidplan</h1><div class='entry-content'><p>{P1}</p><p>{P2}</p>{likes}</div></article>"
    assert _texts(body) == [P1, P2]


def test_a_related_posts_excerpt_or_a_footer_widget_title_is_no_lead() -> None:
    # Customizr's related cards after the article, each with "div.entry-summary"; Jannah's footer widget title
    # "div.the-subtitle"; the post's own bold first paragraph is its lead
    card = ("<article class='czr-related-post'><h2><a href='/2020/01/uppehall/'>Seriespelet börjar</a></h2>"
            "<div class='tc-content-inner entry-summary'><div class='czr-wp-the-content'>"
            "<p>Efter uppehållet är det dags för seriespel igen. Lagen …</p></div></div></article>")
    related = f"<section class='post-related-articles czr-carousel' id='related-posts-section'>{card}</section>"
    footer = ("<footer id='footer'><div class='widget'><div class='widget-title'><div class='the-subtitle'>Skjutbanan</div>"
              "</div><p>Banan ligger vid sjön.</p></div></footer>")
    for after in (related, footer):
        body = (f"<div id='content'><article class='post'><h1>Ny tidplan</h1><div class='entry-content'>"
                f"<p><strong>{P1}</strong></p><p>{P2}</p></div></article>{after}</div>")
        assert [(b.kind, b.text) for b in _clean(body)[1:]] == [("lead", P1), ("paragraph", P2)]


def test_a_bylines_lone_connecting_word_goes() -> None:
    # Twenty Twenty-Four's byline row: the date, "—", "av", the author's name box; the bold paragraph is the lead
    byline = ("<div class='wp-block-group is-layout-flex'><div class='wp-block-post-date'>5 december 2024</div>"
              "<p class='has-contrast-2-color has-text-color'>—</p><p class='has-contrast-2-color has-text-color'>av</p>"
              "<div class='wp-block-post-author-name'><a href='/author/tvatteriet/'>Tvätteriet</a></div></div>")
    body = f"<main><h1>Ny tidplan</h1>{byline}<div class='entry-content'><p><strong>{P1}</strong></p><p>{P2}</p></div></main>"
    assert [(b.kind, b.text) for b in _clean(body)[1:]] == [("lead", P1), ("paragraph", P2)]


def test_a_date_classed_span_padded_with_indentation_dates_the_post() -> None:
    # Newsup's "span.mg-blog-date" under the headline, its date indented in the source; a related card's later
    pad = " " * 40
    body = (f"<div class='mg-header'><h1>Ny tidplan</h1><span class='mg-blog-date'><i class='fas fa-clock'></i>\n{pad}"
            f"feb 18, 2026{pad}\n</span></div><article class='small single'><p>{P1}</p><p>{P2}</p></article>"
            "<div class='mg-featured-slider'><h4><a href='/2026/01/28/arsmote/'>Årsmötet</a></h4>"
            "<span class='mg-blog-date'><a href='/2026/01/'>jan 28, 2026</a></span></div>")
    assert _posted(body).published == "2026-02-18"
