"""Platform chrome around a post, each kind dropped by its markup and a look-alike in the text kept: a
publication viewer's owner and info lines and its "more from" heading, a hub's profile card and category widget,
a membership platform's support box, a community's space path, an intranet's or project site's path box and a
community's seen-by count, a wiki's page-info box and date span, a mailing's preheader and its previous-issue box, a
wiki's subtitle of the modifier's link and the date, a team wiki's owner line with its verification stamp, a
book's date line with its author after a comma or a bullet, a book theme's header bar over the chapter's own
headline, Jetpack's related posts, a curation site's "more collections" box, an og:title that names the account,
issue or report beside the article's h1, a letter's "why you get this" line and a wiki's licence line, old site
builders' date lines ("Nyhet 4 november 2020", "30. 3. 2022"), a Bootstrap builder's date and author under the
headline ("12 november 2019 Styrelsen"), crumb trails with "::" or "‹" and a "<<" back link, a Wix blog's author
name by the headline and its counter line ("32 visningar · 0 kommentarer"), Twenty Ten's post footer and filing
lines, Joomla 3 + Beez3's logo and slogan ``h1#logo`` over the article's ``h2[itemprop=headline]``, no title,
Blogger Notable's ``h3.post-title.entry-title`` under the blog's name and its description (a sentence in the site's
header), the headline over the bold lead, Drupal 7 Garland's inline byline ``span.submitted`` before the body, no
first text over the bold lead, Simple Share Buttons Adder's box with its bare label ("Dela detta:") on WordPress +
Stargazer, by its class or its share links, Suffusion's calendar badge of month, day and year spans beside the
title, which dates a post with no better date, Atahualpa's title with the site's name after "›", Jekyll Now's date
line "Written on June 13, 2019" (also "Skrivet den 13 juni 2019"), which dates the post wherever it stands, and Type
Theme's meta line of the date, an em dash and the author under the headline, which dates the post, and Hugo + Zzo's
post title ``h2.single__title`` over the bold lead, the page's one ``h1`` heading the related posts, and its share box
of an icon alone, and Jekyll + Moonwalk's date line of the author, a slash and the month and year ("Styrelsen / March
2023") under the headline, which goes and dates the post where it gives the day, and Jekyll + Lagrange's date line
"Publicerad September 7th, 2026 by Styrelsen", which goes and dates the post, and its share label "Dela gärna!" in a
date-classed box over the share icons, and Jekyll + Hux Blog's "Posted by Styrelsen on May 16, 2018" over the post,
which dates it, and its pager of one or two neighbours ("Previous<br><span>…</span>") under the text, whatever its
classes, and Hugo + Bilberry's bare "<h3><a>…</a></h3>" of the page's title heading the post over the bold lead, and
Zola + after-dark's meta line of a reading time and "Published: 2025-12-10" under the headline, which goes and dates
the post, over the bold lead, and its fixed ``lang="en"`` over Swedish text, and WordPress + HitMag with Yoast's
modification stamps on the publication day, no update, and Zola + DeepThought's meta lines in Bulma columns ("Styrelsen
published on Mar 26, 2021", "3 min, 598 words") over the bold lead, while text in Bulma columns stays, and Astro +
AstroPaper's date line "Posted on: 8 Oct 2022 | at 10:12", which dates the post, and WordPress + Kubrick's post
metadata under the text ("Detta inlägg publicerades … och är arkiverat under …. Du kan följa kommentarer till detta
inlägg via RSS 2.0-flödet."), while a short post in its box classed by its category stays, and Eleventy + Hylia's
headline classed as the heading of its intro block over the bold lead, and Astro + AstroWind's meta line of the date,
the author, the category and the reading time over the headline, and Astro + Astro Nano's post title as a div in
large, bold type on a page without an h1, over its date line and the bold lead, with the site's name cut off the
title."""

from __future__ import annotations

import functools
import re

import pytest

from fvmdocs.clean import clean_page
from fvmdocs.models import Document, RawPage

P1 = "Nämnden för hälso- och sjukvård beslutade i april om en ny plan för journalsystemet i Skaraborg."
P2 = "Planen ska följas upp varje kvartal och redovisas för regionstyrelsen innan sommaren."


def _doc(body: str) -> Document:
    html = f"<html lang='sv'><head><title>Ny plan</title></head><body>{body}</body></html>"
    return _cleaned("https://example.se/a", html)


def _cleaned(url: str, html: str) -> Document:
    """A whole page of a platform's markup, cleaned as served from ``url``."""
    return clean_page(RawPage(url=url, body=html.encode(), source="t"))


def _texts(body: str) -> list[str]:
    return [b.text for b in _doc(body).blocks if b.kind != "title"]


def _viewer(owner: str, infos: str, after: str = "") -> str:
    return f"""<main><div class="pub"><div class="pub-owner">{owner}</div><h1>Ny plan</h1>
    <div class="pub-infos">{infos}</div><div class="pub-description"><p>{P1}</p><p>{P2}</p>{after}</div></div>
    <section class="pub-more"><h2>Fler publikationer från Sjukhusföreningen</h2><ul>
    <li><a href="/r/1">Årsbok 2015</a></li><li><a href="/r/2">Årsbok 2014</a></li></ul></section></main>"""


OWNER = '<a href="/konto/7">Sjukhusföreningen</a> · <span class="pub-follow">Följ</span>'
INFOS = ('<span>Medlemsblad 3 2019</span> · <span>16 sidor</span> · <time datetime="2019-05-06">Publicerad 6 maj 2019'
         '</time> · <span>88 visningar</span>')  # fmt: skip


def test_a_publication_viewers_owner_info_line_and_more_heading_are_dropped() -> None:
    doc = _doc(_viewer(OWNER, INFOS))
    assert [b.text for b in doc.blocks if b.kind != "title"] == [P1, P2]
    assert doc.published == "2019-05-06"


def test_a_sentence_asking_to_follow_and_one_with_dots_stay() -> None:
    follow = 'Följ <a href="/konto/7">föreningen</a> för att få veta när nästa nummer kommer ut i höst.'
    dotted = "<span>Mötet</span> · <span>16 sidor protokoll</span> · <span>beslut om planen</span> i maj."
    listed = "Läs rapporten · 16 sidor · 88 visningar hittills sedan mars"
    after = f"<p>{follow}</p><p>{dotted}</p><p>{listed}</p>"
    texts = _texts(_viewer(OWNER, INFOS, after))
    assert texts[2:] == [
        "Följ föreningen för att få veta när nästa nummer kommer ut i höst.",
        "Mötet · 16 sidor protokoll · beslut om planen i maj.",
        listed,
    ]


def test_a_more_from_heading_over_text_stays() -> None:
    body = f"<article><h1>Ny plan</h1><p>{P1}</p><h2>Fler publikationer från regionen</h2><p>{P2}</p></article>"
    assert _texts(body) == [P1, "Fler publikationer från regionen", P2]


def _hub(side: str) -> str:
    return f"""<main><aside id="region_1">{side}</aside><section id="region_2"><div class="item">
    <h1>Ny plan</h1><div class="item-body"><p>{P1}</p><p>{P2}</p></div></div></section></main>"""


def test_a_hubs_profile_card_and_category_widget_are_dropped() -> None:
    side = """<div class="vcard"><div class="fn">Per Lindqvist</div><div class="locality">Falköping</div></div>
    <div class="widget"><h3>Kategorier</h3><ul><li><a href="#">vård</a></li><li><a href="#">it</a></li></ul></div>"""
    assert _texts(_hub(side)) == [P1, P2]


def test_a_categories_heading_with_more_words_and_a_fact_aside_stay() -> None:
    fact = "Journalsystemet används i dag av omkring tjugo tusen medarbetare på sjukhusen och vårdcentralerna."
    body = f"""<article><h1>Ny plan</h1><p>{P1}</p><h2>Kategorier av patienter</h2><p>{P2}</p>
    <aside class="fact"><h3>Fakta</h3><p>{fact}</p></aside></article>"""
    assert _texts(body) == [P1, "Kategorier av patienter", P2, "Fakta", fact]


def test_a_membership_box_under_the_post_is_dropped() -> None:
    box = """<div class="membership-box"><h3>Stöd tidningen</h3><p>Tidningen bärs av sina läsare. Bli medlem i dag.</p>
    <a href="/plans">Välj nivå</a></div>"""
    assert _texts(f"<article><h1>Ny plan</h1><div class='body'><p>{P1}</p><p>{P2}</p></div>{box}</article>") == [P1, P2]


def test_text_about_membership_and_choosing_stays() -> None:
    choose = 'Välj paket efter behov, skriver förvaltningen, och <a href="/plans">läs villkoren</a> först.'
    long_box = f'<div class="membership-info"><h3>Medlemskap</h3><p>{P1}</p><p>{P2}</p><p>{P1}</p></div>'
    body = f"<article><h1>Ny plan</h1><p>{P1}</p><p>{choose}</p>{long_box}</article>"
    texts = _texts(body)
    assert "Välj paket efter behov, skriver förvaltningen, och läs villkoren först." in texts
    assert texts[-4:] == ["Medlemskap", P1, P2, P1]


def test_a_community_space_path_above_the_post_header_is_dropped() -> None:
    body = f"""<main><div class="space-head"><a href="/c/aktuellt">Aktuellt</a> › Inlägg</div><div class="post">
    <div class="post-head"><span class="author-name">Kansliet</span></div><h1>Ny plan</h1>
    <div class="post-body"><div>{P1}</div><div>{P2}</div></div></div></main>"""
    assert _texts(body) == [P1, P2]


def test_a_line_with_a_slash_above_the_headline_stays() -> None:
    line = 'Läs mer om <a href="/a">Millennium</a> / journalen i vår förstudie från i fjol.'
    body = f"<main><div class='intro'>{line}</div><div class='post'><h1>Ny plan</h1><p>{P1}</p><p>{P2}</p></div></main>"
    assert _texts(body)[0] == "Läs mer om Millennium / journalen i vår förstudie från i fjol."


HEADLINE = "Ny plan för journalen i Skaraborg"


def _post(above: str, body: str = f"<p>{P1}</p><p>{P2}</p>") -> str:
    return f"""<main>{above}<div class="post-header"><h1>{HEADLINE}</h1>
    <div class="post-meta"><span class="author">Kansliet</span></div></div><div class="post-body">{body}</div></main>"""


@pytest.mark.parametrize(
    "path",
    [
        '<div class="page-path">Aktuellt / IT och journal</div>',  # an intranet's path box, plain text
        '<div class="site-path">Projektet › Nytt</div>',
        f'<div class="path-nav">Nyheter › {HEADLINE}</div>',  # a project site's path, its last step the headline
        f'<div class="top"><a href="/nyheter">Nyheter</a> › {HEADLINE}</div>',
    ],
)
def test_a_path_box_above_the_headline_is_dropped(path: str) -> None:
    assert _texts(_post(path)) == [P1, P2]


def test_lines_with_slashes_and_the_headlines_words_stay() -> None:
    above = f'<div class="page-path">Nyheter › {HEADLINE} ska klubbas av nämnden i maj</div>'
    plain = '<div class="intro">Sjukhusen / kommunerna ska byta journal under våren.</div>'
    slash = "Sjukhusen / kommunerna ska byta journal samtidigt, enligt planen."
    repeat = f"Nyheter › {HEADLINE} är rubriken på nämndens eget utskick till sjukhusen."
    texts = _texts(_post(above + plain, f"<p>{P1}</p><div class='page-path'>{slash}</div><p>{repeat}</p>"))
    assert texts == [
        f"Nyheter › {HEADLINE} ska klubbas av nämnden i maj",
        "Sjukhusen / kommunerna ska byta journal under våren.",
        P1,
        slash,
        repeat,
    ]


@pytest.mark.parametrize("seen", ["Visad av 214 personer", "Seen by 1 204 people", "Läst av 12", "Sedd av 9 medlemmar"])
def test_a_seen_by_count_under_the_post_is_dropped(seen: str) -> None:
    body = f"""<main><h1>Ny plan</h1><div class="thread"><div class="paragraph"><p>{P1}</p></div>
    <div class="paragraph"><p>{P2}</p></div></div><div class="reactions">Gilla · Dela</div>
    <div class="seenBy">{seen}</div></main>"""
    assert _texts(body)[:2] == [P1, P2]
    assert seen not in _texts(body)


def test_a_sentence_about_who_has_seen_a_report_stays() -> None:
    seen = "Rapporten har visats av 214 personer på intranätet, och fler väntas läsa den före mötet."
    read = "Läst av 12 personer i ledningen innan beslutet togs i april."
    body = f"<article><h1>Ny plan</h1><p>{P1}</p><p>{seen}</p><div class='seenBy'>{read}</div></article>"
    assert _texts(body) == [P1, seen, read]


def _wiki(date_span: str, info: str, extra: str = "") -> str:
    return f"""<div id="main-content"><div id="page-title">Ny plan</div><div id="page-content">
    <p>{date_span}</p><p>{P1}</p><p>{P2}</p>{extra}</div><div id="page-info">{info}</div></div>"""


ODATE = '<span class="odate time_1717228800 format_%25e%20%25b%20%25Y">1 juni 2024</span>'


@pytest.mark.parametrize(
    ("date_span", "info", "dates"),
    [
        (ODATE, "sidversion: 4, senast ändrad: 1 juni 2024", ("2024-06-01", None)),  # the same day: no update
        (ODATE, "sidversion: 5, senast ändrad: 12 juni 2024", ("2024-06-01", "2024-06-12")),
        (ODATE, "page revision: 2, last edited: 01 Jun 2024 10:12", ("2024-06-01", None)),
        # a span left for the browser to fill: its unix moment (as a Swedish day) still dates the page
        ('<span class="odate time_1717279200"></span>', "sidversion: 1", ("2024-06-02", None)),
    ],
)
def test_a_wikis_date_span_dates_the_page_and_its_page_info_is_dropped(
    date_span: str, info: str, dates: tuple[str | None, str | None]
) -> None:
    doc = _doc(_wiki(date_span, info))
    assert (doc.published, doc.updated) == dates
    assert [b.text for b in doc.blocks if b.kind != "title"] == [P1, P2]


def test_a_sentence_that_says_senast_andrad_in_a_wiki_stays() -> None:
    said = "Rutinen är senast ändrad i april och gäller tills vidare för alla enheter i Skaraborg."
    doc = _doc(_wiki(ODATE, "sidversion: 2", f"<p>{said}</p>"))
    assert said in [b.text for b in doc.blocks]
    assert doc.published == "2024-06-01"


def _mail(preheader: str, more: str = "") -> str:
    return f"""<table class="mail" role="presentation"><tr><td class="preheader">{preheader}</td></tr>
    <tr><td><h1>Ny plan</h1></td></tr><tr><td class="text"><p>{P1}</p></td></tr>
    <tr><td class="text"><p>{P2}</p></td></tr>{more}</table>"""


@pytest.mark.parametrize(
    "preheader",
    [
        'Se nyhetsbrevet i webbläsaren · <a href="#">Prenumerera</a>',
        '<a href="#">Visa i webbläsaren</a> | <a href="#">Avregistrera dig</a>',
        '<a href="#">View this email in your browser</a> · <a href="#">Unsubscribe</a>',
    ],
)
def test_a_mailings_preheader_of_web_view_and_subscription_links_is_dropped(preheader: str) -> None:
    assert _texts(_mail(preheader)) == [P1, P2]


@pytest.mark.parametrize(
    "line",
    [
        "Du kan läsa nyhetsbrevet i webbläsaren om bilderna inte syns i ditt mejlprogram.",
        "Prenumerera gärna på kalendern, så missar du inga möten om journalsystemet i höst.",
    ],
)
def test_a_sentence_about_the_browser_or_subscribing_stays(line: str) -> None:
    assert _texts(_mail(f"<p>{line}</p>")) == [line, P1, P2]


MORE = ('<tr><td class="more"><h3>{heading}</h3><ul><li><a href="/n/2">Nya rutiner för remisser</a></li>'
        '<li><a href="/n/1">Årets utbildningsdagar</a></li></ul></td></tr>')  # fmt: skip


@pytest.mark.parametrize("heading", ["I förra numret", "Tidigare nummer", "Förra veckans nyhetsbrev", "In the last issue"])
def test_a_mailings_previous_issue_box_goes_with_its_heading(heading: str) -> None:
    assert _texts(_mail("", MORE.format(heading=heading))) == [P1, P2]


def test_a_previous_issue_heading_over_running_text_and_a_sentence_naming_it_stay() -> None:
    said = "I förra numret skrev vi om remisserna, och sedan dess har nämnden fattat ett nytt beslut om dem."
    more = f'<tr><td class="text"><h2>I förra numret</h2><p>{said}</p></td></tr>'
    assert _texts(_mail("", more)) == [P1, P2, "I förra numret", said]


@pytest.mark.parametrize(
    "preheader",
    [
        'Nyhetsbrev mars 2021 · <a href="#">Visa i webbläsaren</a>',
        'Medlemsbrev nr 4 | <a href="#">Visa i webbläsaren</a> | <a href="#">Avregistrera dig</a>',
        '<a href="#">Öppna i webbläsaren</a> · Nyhetsbrev från Reumatikerföreningen Norr',
    ],
)
def test_a_mailings_preheader_with_its_issue_label_is_dropped_whole(preheader: str) -> None:
    assert _texts(_mail(preheader)) == [P1, P2]


def test_a_sentence_naming_the_newsletters_issue_stays() -> None:
    said = "Nyhetsbrevet i mars 2021 handlar om hur remisserna ska sparas i den nya journalen."
    assert _texts(_mail(f"<p>{said}</p>")) == [said, P1, P2]


ARCHIVE = ('<tr><td class="more"><strong>{label}</strong><br/><a href="/n/4">Nummer 4: Vårens utbildningsdagar</a>'
           '<br/><a href="/n/3">Nummer 3: Nytt om remisserna</a></td></tr>'
           '<tr><td class="foot">Reumatikerföreningen Norr, Storgatan 3</td></tr>')  # fmt: skip


@pytest.mark.parametrize("label", ["Tidigare nyhetsbrev", "Tidigare nummer:", "Fler nyheter"])
def test_a_mailings_archive_cell_of_a_label_and_links_is_dropped(label: str) -> None:
    assert _texts(_mail("", ARCHIVE.format(label=label))) == [P1, P2, "Reumatikerföreningen Norr, Storgatan 3"]


def test_a_sentence_about_earlier_newsletters_and_a_label_over_text_stay() -> None:
    said = "Alla tidigare nyhetsbrev finns att läsa på föreningens webbplats under fliken Medlemmar."
    over = ('<tr><td class="text"><strong>Tidigare nyhetsbrev</strong><br/>Vi har samlat dem på '
            '<a href="/arkiv">webbplatsen</a> för den som vill läsa igen.</td></tr>')  # fmt: skip
    texts = _texts(_mail("", f'<tr><td class="text"><p>{said}</p></td></tr>{over}'))
    assert texts[:3] == [P1, P2, said]
    assert "webbplatsen för den som vill läsa igen" in " ".join(texts)


def test_a_table_cell_of_article_paragraphs_after_a_label_stays() -> None:
    cell = f'<tr><td class="text"><strong>Fler nyheter</strong><p>{P1.replace("april", "maj")}</p></td></tr>'
    assert P1.replace("april", "maj") in _texts(_mail("", cell))


def _page(head_title: str, body: str) -> Document:
    html = f"<html lang='sv'><head><title>{head_title}</title></head><body>{body}</body></html>"
    return clean_page(RawPage(url="https://example.se/a", body=html.encode(), source="t"))


WIKI_PATH = ('<span id="pagelocation"><span class="pagepath"><a href="/Aktuellt">Aktuellt</a></span><span class="sep">'
             '/</span><a class="backlink" href="/Aktuellt/NyPlan?action=fullsearch">NyPlan</a></span>')  # fmt: skip


@pytest.mark.parametrize(
    "path",
    [f'<h1 id="locationline">{WIKI_PATH}</h1>', '<h1><a href="/Aktuellt">Aktuellt</a> / <a href="/Aktuellt/NyPlan">NyPlan</a></h1>'],
)
def test_a_wikis_page_path_in_a_header_h1_is_neither_title_nor_text(path: str) -> None:
    body = f'<div id="header"><div id="logo">Nätverket</div>{path}</div><div id="content"><h1>Ny plan för journalen</h1>'
    doc = _page("Aktuellt/NyPlan - Nätverket", f"{body}<p>{P1}</p><p>{P2}</p></div>")
    assert doc.title == "Ny plan för journalen"
    assert [b.text for b in doc.blocks if b.kind != "title"] == [P1, P2]


def test_a_pages_only_h1_with_a_slash_or_links_is_its_title() -> None:
    h1 = '<h1><a href="/lon">Lön</a> / <a href="/arvode">arvode</a> höjs för nätverkets kontaktpersoner</h1>'
    doc = _page("Nätverket", f"<div id='content'>{h1}<p>{P1}</p><p>{P2}</p></div>")
    assert doc.title == "Lön / arvode höjs för nätverkets kontaktpersoner"


def _blog(title_heading: str, text: str = "") -> str:
    return (f'<header><a href="/">Föreningen</a></header><div class="blog-post">{title_heading}'
            f'<p class="blog-meta"><small>Publicerad 3 mars 2021</small></p><div class="blog-content"><p>{P1}</p>'
            f'{text}<p>{P2}</p></div></div>')  # fmt: skip


@pytest.mark.parametrize("classes", ["blog-title", "entry-title", "post-title", "article-title"])
def test_a_post_title_heading_is_the_title_of_a_page_without_h1(classes: str) -> None:
    doc = _page("Föreningen - Aktuellt", _blog(f'<h2 class="{classes}">Ny plan för journalen</h2>'))
    assert doc.title == "Ny plan för journalen"
    assert [b.text for b in doc.blocks if b.kind != "title"] == [P1, P2]
    assert doc.published == "2021-03-03"


def test_a_title_classed_heading_inside_the_text_stays_a_heading() -> None:
    doc = _page("Ny plan för journalen", _blog("", '<h2 class="entry-title">Vad händer nu?</h2>'))
    assert doc.title == "Ny plan för journalen"
    assert [b.text for b in doc.blocks if b.kind != "title"] == [P1, "Vad händer nu?", P2]


def test_a_blog_title_heading_in_the_sites_header_is_no_title() -> None:
    body = f'<header><h2 class="blog-title">Föreningens blogg</h2></header><article><p>{P1}</p><p>{P2}</p></article>'
    assert _page("Ny plan för journalen", body).title == "Ny plan för journalen"


@pytest.mark.parametrize(
    "line",
    ["Nyhetsbrev nr 5 · Publicerad 3 mars 2021", "Nr 12 · 3 mars 2021", "Utskick 4/2021 · 3 mars 2021"],
)
def test_an_archived_mailings_issue_and_date_line_is_dropped(line: str) -> None:
    doc = _page("Ny plan", f"<main><h1>Ny plan</h1><p><small>{line}</small></p><p>{P1}</p><p>{P2}</p></main>")
    assert [b.text for b in doc.blocks if b.kind != "title"] == [P1, P2]
    assert doc.published == "2021-03-03"


def test_a_sentence_about_an_issue_and_its_date_stays() -> None:
    said = "Nyhetsbrev nr 5 kom ut den 3 mars 2021 och handlade om den nya planen för journalen."
    assert _texts(f"<main><h1>Ny plan</h1><p>{P1}</p><p>{said}</p><p>{P2}</p></main>") == [P1, said, P2]


def _tiddler(subtitle: str, body: str = f"<p>{P1}</p><p>{P2}</p>") -> str:
    return (f'<section class="tc-story-river"><div class="tc-tiddler-frame"><div class="tc-tiddler-title">'
            f'<h2 class="tc-title">Ny plan</h2></div><div class="tc-subtitle">{subtitle}</div>'
            f'<div class="tc-tiddler-body">{body}</div></div></section><section class="tc-sidebar">'
            f'<h1 class="tc-site-title">Vårdnätverket</h1><div class="tc-site-subtitle">Sjuksköterskor i regionen'
            f'</div></section>')  # fmt: skip


@pytest.mark.parametrize(
    "subtitle",
    [
        '<a class="tc-tiddlylink" href="#Redaktionen">Redaktionen</a> 4 april 2019 kl. 09:15',
        '<a class="tc-tiddlylink" href="#Styrgruppen">Nätverkets styrgrupp</a> 4 april 2019',
        '<a class="tc-tiddlylink" href="#karin">karin.ek</a> 2019-04-04 09:15',
        "4 april 2019 kl. 09:15",
    ],
)
def test_a_wikis_subtitle_of_modifier_link_and_date_is_dropped_and_dates_the_post(subtitle: str) -> None:
    doc = _page("Ny plan - Vårdnätverket", _tiddler(subtitle))
    assert doc.title == "Ny plan"
    assert [(b.kind, b.text) for b in doc.blocks if b.kind != "title"] == [("paragraph", P1), ("paragraph", P2)]
    assert doc.published == "2019-04-04"


def test_a_linked_name_and_date_line_in_the_text_is_a_byline() -> None:
    line = '<p class="meta"><a href="/personer/karin">Karin Ek</a> 4 april 2019 kl. 09.15</p>'
    doc = _page("Ny plan", f"<main><article><h1>Ny plan</h1>{line}<p>{P1}</p><p>{P2}</p></article></main>")
    assert [b.text for b in doc.blocks if b.kind != "title"] == [P1, P2]
    assert doc.published == "2019-04-04"


@pytest.mark.parametrize(
    "sentence",
    [
        '<a href="/styrgruppen">Nätverkets styrgrupp</a> beslutade den 4 april 2019 att ta med mätningarna i kraven.',
        "Nätverkets styrgrupp beslutade den 4 april 2019 att ta med mätningarna i kraven.",
        '<a href="/styrgruppen">Nätverkets styrgrupp</a> träffas nästa gång den 4 april 2019',
    ],
)
def test_a_sentence_that_opens_with_a_name_and_holds_a_date_stays(sentence: str) -> None:
    doc = _page("Ny plan", _tiddler("4 april 2019", f"<p>{sentence}</p><p>{P1}</p><p>{P2}</p>"))
    said = sentence.replace('<a href="/styrgruppen">', "").replace("</a>", "")
    assert [b.text for b in doc.blocks if b.kind != "title"] == [said, P1, P2]


def test_a_subtitle_of_prose_is_kept() -> None:
    prose = "Nätverkets styrgrupp vill att mätningarna syns som en kurva i den nya journalen."
    doc = _page("Ny plan - Vårdnätverket", _tiddler(prose))
    assert prose in [b.text for b in doc.blocks]
    assert doc.published is None


def test_a_linked_name_and_date_after_the_texts_first_paragraph_stays() -> None:
    meeting = '<a href="/moten/arsmote">Årsmöte</a> 12 mars 2024'
    doc = _page("Ny plan", f"<main><article><h1>Ny plan</h1><p>{P1}</p><p>{meeting}</p><p>{P2}</p></article></main>")
    assert [b.text for b in doc.blocks if b.kind != "title"] == [P1, "Årsmöte 12 mars 2024", P2]
    assert doc.published is None


def _team_wiki(meta: str, head: str = "", body: str = "") -> Document:
    html = (f"<html lang='sv'><head><title>Ny plan</title>{head}</head><body><main><article><h1>Ny plan</h1>"
            f"<div class='page-owner'>{meta}</div>{body}<p>{P1}</p><p>{P2}</p></article></main></body></html>")  # fmt: skip
    return clean_page(RawPage(url="https://example.se/a", body=html.encode(), source="t"))


@pytest.mark.parametrize(
    "stamp",
    [
        "Ägare: Karin Berg · Verifierad 2019-09-12",
        "Sidägare: Karin Berg | Verifierad den 12 september 2019",
        "Verifierad av Karin Berg den 12 september 2019",
        "Owner: Karin Berg · Verified on Sep 12, 2019",
        "Verified by Karin Berg on Sep 12, 2019",
    ],
)
def test_a_wiki_owner_line_with_its_verification_stamp_is_dropped_and_dates_the_page(stamp: str) -> None:
    doc = _team_wiki(stamp)
    assert [b.text for b in doc.blocks if b.kind != "title"] == [P1, P2]
    assert (doc.published, doc.updated) == ("2019-09-12", None)


def test_a_verification_stamp_does_not_override_another_published_date() -> None:
    head = '<meta property="article:published_time" content="2017-02-01T09:00:00Z">'
    assert _team_wiki("Ägare: Karin Berg · Verifierad 2019-09-12", head).published == "2017-02-01"
    shown = _team_wiki("Ägare: Karin Berg · Verifierad 2019-09-12", body="<p>Publicerad 1 februari 2017</p>")
    assert (shown.published, [b.text for b in shown.blocks if b.kind != "title"]) == ("2017-02-01", [P1, P2])


def test_an_owner_line_with_a_published_label_is_dropped() -> None:
    doc = _team_wiki("Ägare: Karin Berg · Publicerad 12 september 2019")
    assert [b.text for b in doc.blocks if b.kind != "title"] == [P1, P2]
    assert doc.published == "2019-09-12"


@pytest.mark.parametrize(
    "sentence",
    [
        "Verifierad av kliniken: rutinen gäller från den 12 september 2019.",
        "Rutinen verifierades den 12 september 2019 av två sjuksköterskor på avdelningen.",
        "Ägare: Karin Berg, som också skrev rutinen den 12 september 2019.",
    ],
)
def test_prose_about_a_verification_stays_and_dates_nothing(sentence: str) -> None:
    doc = _team_wiki("Kunskapsbas för avdelningen", body=f"<p>{sentence}</p>")
    assert sentence in [b.text for b in doc.blocks]
    assert doc.published is None


def _book(lines: str, after: str = "") -> list[str]:
    body = (f"<main><div class='section level1'><h1>Ny plan</h1>{lines}<p>{P1}</p>{after}<p>{P2}</p></div></main>")
    return _texts(body)


@pytest.mark.parametrize(
    "line",
    [
        '<p class="date"><em>3 maj 2022, Styrgruppen</em></p>',
        '<p class="date"><em>Styrgruppen, 3 maj 2022</em></p>',
        "<p><em>3 maj 2022, Styrgruppen för journalen</em></p>",
        '<p class="author"><em>den 3 maj 2022, Nätverkets kansli</em></p>',
    ],
)
def test_a_book_date_line_with_its_author_after_a_comma_is_dropped(line: str) -> None:
    assert _book(line) == [P1, P2]


@pytest.mark.parametrize(
    "line",
    [
        "<p>Styrgruppen beslutade den 3 maj 2022 att planen ska gälla för hela regionen.</p>",
        '<p class="date"><em>3 maj 2022, Styrgruppen beslutade att planen ska gälla för hela regionen i år.</em></p>',
    ],
)
def test_a_sentence_with_a_date_and_a_name_stays(line: str) -> None:
    texts = _book(line)
    assert len(texts) == 3 and texts[1:] == [P1, P2]


def test_a_date_and_place_after_the_texts_first_paragraph_stays() -> None:
    assert _book("", "<p>3 maj 2022, Borås</p>") == [P1, "3 maj 2022, Borås", P2]


@pytest.mark.parametrize(
    "line",
    [
        "<p><em>Publicerad 3 maj 2022 · Styrgruppen</em></p>",
        "<p><em>Publicerad 3 maj 2022 · Nätverkets kansli</em></p>",
        "<p><em>3 maj 2022 · Styrgruppen</em></p>",
        "<p><em>Styrgruppen · 3 maj 2022</em></p>",
        "<p><em>Styrgruppen · Publicerad 3 maj 2022</em></p>",
    ],
)
def test_a_book_date_line_with_its_author_after_a_bullet_is_dropped(line: str) -> None:
    assert _book(line) == [P1, P2]


@pytest.mark.parametrize(
    "line",
    [
        "<p>Styrgruppen beslutade den 3 maj 2022 · efter en lång dragning · att planen ska gälla i hela regionen.</p>",
        "<p><em>Publicerad 3 maj 2022 · planen gäller för hela regionen från och med i år</em></p>",
    ],
)
def test_a_sentence_with_a_date_and_bullets_stays(line: str) -> None:
    texts = _book(line)
    assert len(texts) == 3 and texts[1:] == [P1, P2]


def _book_page(header: str, chapter_h1: str = "<h1>Ny plan för journalen</h1>") -> Document:
    body = f"""<div class="book"><div class="book-summary"><ul class="summary"><li><a href="../">Start</a></li>
    <li><a href="index.html">Aktuellt</a></li></ul></div><div class="book-body"><div class="body-inner">{header}
    <div class="page-wrapper" role="main"><div class="page-inner"><section class="normal markdown-section">
    {chapter_h1}<p>{P1}</p><p>{P2}</p></section></div></div></div></div></div>"""
    return _doc(body)


@pytest.mark.parametrize(
    "header",
    [
        '<div class="book-header"><h1><i class="fa fa-spin"></i><a href="..">Aktuellt</a></h1></div>',
        '<div class="book-header"><h1>Aktuellt</h1></div>',
        '<div class="top-bar"><h1><a href="../">Aktuellt</a></h1></div>',
        '<div class="top-bar"><h1><a href="../../index.html">Aktuellt</a></h1></div>',
    ],
)
def test_a_book_header_h1_leaves_the_title_to_the_chapters_h1(header: str) -> None:
    doc = _book_page(header)
    assert doc.title == "Ny plan för journalen"
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("title", "Ny plan för journalen"), ("paragraph", P1), ("paragraph", P2)
    ]


def test_a_book_header_h1_is_the_title_of_a_page_without_another_h1() -> None:
    doc = _book_page('<div class="book-header"><h1><a href="..">Ny plan för journalen</a></h1></div>', "")
    assert doc.title == "Ny plan för journalen"
    assert [b.text for b in doc.blocks if b.kind != "title"] == [P1, P2]


def test_an_h1_linking_to_its_own_page_is_the_title() -> None:
    doc = _book_page('<div class="top-bar"><h1><a href="../aktuellt/">Aktuellt</a></h1></div>')
    assert doc.title == "Aktuellt"


def _entry(after: str) -> list[str]:
    return _texts(f"<main><article><h1>Ny plan</h1><div class='entry-content'><p>{P1}</p><p>{P2}</p>{after}</div>"
                  "</article></main>")


def test_jetpacks_related_posts_box_is_dropped_whole() -> None:
    box = """<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Relaterade
    inlägg</em></h3><div class="jp-relatedposts-items"><div class="jp-relatedposts-post"><h4><a href="/p/1">Ny
    lokal för mottagningen</a></h4><p>2 mars 2016</p></div><div class="jp-relatedposts-post"><h4><a href="/p/2">
    Nya öppettider</a></h4><p>8 februari 2016</p></div></div></div>"""
    assert _entry(box) == [P1, P2]


def test_a_related_classed_box_of_the_articles_own_paragraphs_stays() -> None:
    text = [f"Stycke {n}: regionens nämnd gick igenom planen för journalsystemet och hur den ska följas upp." for n in range(6)]
    box = "<div class='jp-relatedposts related-text'>" + "".join(f"<p>{t}</p>" for t in text) + "</div>"
    assert _entry(box) == [P1, P2, *text]


@pytest.mark.parametrize(
    "box",
    [
        """<section class="more-collections"><h2>Fler samlingar från Sjukhusföreningen</h2><ul><li><a href="/c/1">Årsmötet
        2018</a></li><li><a href="/c/2">Sommarresan</a></li></ul></section>""",
        """<section class="owner-cards"><h2>Fler samlingar från Sjukhusföreningen</h2><ul><li><a href="/c/1">Årsmötet
        2018</a></li><li><a href="/c/2">Sommarresan</a></li></ul></section>""",
    ],
)
def test_a_more_collections_box_is_dropped(box: str) -> None:
    assert _entry(box) == [P1, P2]


def test_a_more_from_heading_over_the_articles_own_text_stays() -> None:
    after = "<h2>Fler inlägg från projektet</h2><p>Projektet skriver om journalsystemet varje månad fram till starten.</p>"
    assert _entry(after) == [P1, P2, "Fler inlägg från projektet",
                            "Projektet skriver om journalsystemet varje månad fram till starten."]


# An og:title that names the account or the publication beside the post's one h1, which heads its text.
POST_HEADLINE = "Journalgruppen lämnar sina krav på den nya mallen"


def _owned(head_title: str, og_title: str, h1: str = POST_HEADLINE) -> Document:
    html = f"""<html lang='sv'><head><title>{head_title}</title><meta property="og:title" content="{og_title}"></head>
    <body><nav><a href="/">Hem</a> <a href="/om">Om</a></nav><main><div class="text"><h1>{h1}</h1><p>{P1}</p>
    <p>{P2}</p></div></main></body></html>"""
    return clean_page(RawPage(url="https://example.se/a", body=html.encode(), source="t"))


@pytest.mark.parametrize(
    ("head_title", "og_title"),
    [
        (f'Skaraborgsgruppen: "{POST_HEADLINE}" - social.example.se', "Skaraborgsgruppen (@grupp@social.example.se)"),
        (f"{POST_HEADLINE} - Medlemsbladet 4/2020 - Läsaren", "Medlemsbladet 4/2020"),
    ],
)
def test_an_og_title_naming_the_account_or_publication_gives_way_to_the_h1(head_title: str, og_title: str) -> None:
    doc = _owned(head_title, og_title)
    assert doc.title == POST_HEADLINE
    assert [b.text for b in doc.blocks] == [POST_HEADLINE, P1, P2]


@pytest.mark.parametrize(
    ("head_title", "og_title", "title"),
    [
        # a shortened headline in og:title is still the article's title
        (f"{POST_HEADLINE} - Regionen", "Journalgruppen lämnar sina krav", "Journalgruppen lämnar sina krav"),
        # a different wording that the <title> does not hold beside the h1
        (f"{POST_HEADLINE} - Regionen", "Kraven på mallen är klara", "Kraven på mallen är klara"),
    ],
)
def test_an_og_title_that_is_the_articles_own_stays_the_title(head_title: str, og_title: str, title: str) -> None:
    assert _owned(head_title, og_title).title == title


def test_a_linked_site_name_h1_does_not_replace_the_og_title() -> None:
    html = f"""<html lang='sv'><head><title>Sårgruppen : {POST_HEADLINE}</title><meta property="og:title" content="{POST_HEADLINE}">
    </head><body><h1><a href="/blog/">Sårgruppen</a></h1><p>{P1}</p><p>{P2}</p></body></html>"""
    assert clean_page(RawPage(url="https://example.se/a", body=html.encode(), source="t")).title == POST_HEADLINE


# A reader of magazines or reports that names the issue or the report alone in og:title, the article's one h1 in a
# text box of its own over a date line and the first paragraph.
def _report_page(head_title: str, og_title: str, h1: str = f"<h1>{POST_HEADLINE}</h1>") -> Document:
    html = f"""<html lang='sv'><head><title>{head_title}</title><meta property="og:title" content="{og_title}"></head>
    <body><div class="bar"><span>Verksamhetsberättelse 2023</span> <a href="#s2">Sida 2</a></div><div class="page">
    <div class="box">{h1}</div><div class="box"><p>3 mars 2024</p></div><div class="box"><p>{P1}</p></div>
    <div class="box"><p>{P2}</p></div></div></body></html>"""
    return clean_page(RawPage(url="https://example.se/a", body=html.encode(), source="t"))


@pytest.mark.parametrize(
    ("head_title", "og_title"),
    [
        ("Verksamhetsberättelse 2023 – Sällskapet Hjärtvård Väst", "Verksamhetsberättelse 2023 – Sällskapet Hjärtvård Väst"),
        (f"Medlemsbladet 3/2023 – {POST_HEADLINE} | Läsaren", "Medlemsbladet 3/2023"),
        ("Hjärtbladet nr 4 | Läsaren", "Hjärtbladet nr 4"),
    ],
)
def test_an_og_title_naming_the_report_or_issue_gives_way_to_the_h1_over_a_date_line(head_title: str, og_title: str) -> None:
    doc = _report_page(head_title, og_title)
    assert doc.title == POST_HEADLINE
    assert [b.kind for b in doc.blocks] == ["title", "paragraph", "paragraph"]


@pytest.mark.parametrize(
    ("head_title", "og_title", "h1"),
    [
        # og:title and <title> are the article's own wording, no issue or report
        ("Kraven på mallen är klara", "Kraven på mallen är klara", f"<h1>{POST_HEADLINE}</h1>"),
        # the h1 is the site's name, a link home
        ("Verksamhetsberättelse 2023", "Verksamhetsberättelse 2023", "<h1><a href='/'>Sällskapet Hjärtvård Väst</a></h1>"),
    ],
)
def test_an_og_title_that_is_no_publication_or_over_a_linked_h1_stays_the_title(head_title: str, og_title: str, h1: str) -> None:
    assert _report_page(head_title, og_title, h1).title == og_title


def test_a_report_og_title_stays_when_the_h1_heads_no_running_text() -> None:
    html = """<html lang='sv'><head><title>Årsredovisning 2023</title><meta property="og:title" content="Årsredovisning 2023">
    </head><body><div class="box"><h1>Innehåll</h1></div><ul><li><a href="#1">Ordföranden har ordet</a></li>
    <li><a href="#2">Ekonomi</a></li></ul><p>Sällskapet har under året arbetat med journalfrågor i hela regionen.</p>
    </body></html>"""
    assert clean_page(RawPage(url="https://example.se/a", body=html.encode(), source="t")).title == "Årsredovisning 2023"


# A letter's "why you get this" line and a wiki's licence line at the foot of the text; the same words in a
# sentence of the text stay.
@pytest.mark.parametrize(
    "line",
    [
        "<p><span style='color:#999'>Du får det här brevet eftersom du är medlem i Sällskapet Hjärtvård Väst.</span></p>",
        "<p>Du får det här nyhetsbrevet för att du har anmält dig på vår webbplats.</p>",
        "<p>Du prenumererar på Sällskapets månadsbrev.</p>",
        "<div class='licence'>Wikins innehåll är tillgängligt under <a href='/lic'>CC BY-SA</a> om inget annat anges.</div>",
        "<p>Innehållet är licensierat under Creative Commons Erkännande 4.0.</p>",
        "<p>Om inget annat anges är innehållet licensierat under <a href='/cc'>CC BY 4.0</a>.</p>",
        # a blog post's licence line (Chirpy's, in Swedish and as a site writes it)
        "<div>Posten är publicerad under licensen <a href='/cc'>CC BY 4.0</a> av skribenten.</div>",
        "<p>Inlägget är licensierat under CC BY 4.0 av skribenten.</p>",
    ],
)
def test_a_letters_reason_line_and_a_wikis_licence_line_are_dropped(line: str) -> None:
    assert _texts(f"<main><h1>Ny plan</h1><p>{P1}</p><p>{P2}</p>{line}</main>") == [P1, P2]


@pytest.mark.parametrize(
    "line",
    [
        "Sällskapet beslutade att allt innehåll ska vara tillgängligt under en öppen licens från 2027.",
        "Allt innehåll är tillgängligt under en öppen licens redan nu, berättar ordföranden.",
        "Inlägget är publicerat under en övergångsperiod och ersätts av planen i maj.",
        "Du får det här beskedet eftersom regionen har pausat införandet, säger hon.",
        "Du får det här brevet eftersom ditt barn ska opereras på avdelningen i vår.",
        "Du prenumererar på tidningen via föreningen. Den kommer fyra gånger om året.",
    ],
)
def test_a_licence_or_letter_sentence_in_the_text_stays(line: str) -> None:
    assert _texts(f"<main><h1>Ny plan</h1><p>{P1}</p><p>{line}</p><p>{P2}</p></main>") == [P1, line, P2]


# A crumb trail above the headline written as plain text from the home page, in a text block or a mail's cell.
@pytest.mark.parametrize(
    "trail",
    [
        '<section class="band"><div class="txt">Start / Aktuellt / Mallen</div></section>',
        '<table><tr><td class="mail-crumb">Hem › Nyhetsbrev › Mars</td></tr></table>',
        "<div class='txt'>Startsida » Nyheter</div>",
    ],
)
def test_a_plain_trail_from_home_above_the_headline_is_dropped(trail: str) -> None:
    assert _texts(f"<main>{trail}<div><h1>Ny plan</h1><p>{P1}</p><p>{P2}</p></div></main>") == [P1, P2]


@pytest.mark.parametrize(
    "line",
    [
        "Start / mål för införandet är att alla ska vara med",
        "Start / Nyheter är två av flikarna som byggs om i Millennium.",
        "1/2",
    ],
)
def test_a_sentence_or_date_with_a_slash_above_the_headline_stays(line: str) -> None:
    assert _texts(f"<main><div class='txt'>{line}</div><h1>Ny plan</h1><p>{P1}</p><p>{P2}</p></main>") == [line, P1, P2]


def test_a_home_trail_sentence_in_the_body_stays() -> None:
    line = "Start / Nyheter är två av flikarna som byggs om i Millennium."
    assert _texts(f"<h1>Ny plan</h1><p>{P1}</p><p>{line}</p><p>{P2}</p>") == [P1, line, P2]


# A mailing's "Läs också" cell with other issues' headlines one a line, no links.
def _mail_cell(cell: str) -> list[str]:
    return _texts(f"""<table><tr><td><h1>Ny plan</h1></td></tr><tr><td class="m-text"><p>{P1}</p></td></tr>
    <tr><td class="m-text"><p>{P2}</p></td></tr><tr><td class="m-more">{cell}</td></tr></table>""")


def test_a_mailings_read_also_cell_of_plain_headlines_is_dropped() -> None:
    assert _mail_cell("<strong>Läs också</strong><br>Nya öppettider i vår<br>Så bokar du tolk<br>Årsmötet är flyttat") == [P1, P2]


@pytest.mark.parametrize(
    "cell",
    [
        "<strong>Läs också</strong><br>Avdelningen förbereder sig inför starten. Vi berättar mer i nästa nummer.",
        "Läs också om hur avdelningen förbereder sig: schemat läggs om under hösten och alla får utbildning.",
    ],
)
def test_a_read_also_cell_with_running_text_stays(cell: str) -> None:
    assert _mail_cell(cell)[-1].startswith("Läs också")


def test_a_read_also_sentence_in_the_body_stays() -> None:
    line = "Läs också om hur avdelningen förbereder sig: schemat läggs om under hösten och alla får utbildning."
    assert _texts(f"<h1>Ny plan</h1><p>{P1}</p><p>{line}</p><p>{P2}</p>") == [P1, line, P2]


# A subtitle-classed subheading between the paragraphs heads a section; under the headline it is the lead.
def test_a_subtitle_heading_between_paragraphs_is_a_heading() -> None:
    body = f"<div><h1>Ny plan</h1><p>{P1}</p><h2 class='x-subtitle'>Uppföljning i juni</h2><p>{P2}</p></div>"
    assert [(b.kind, b.text) for b in _doc(body).blocks[1:]] == [
        ("paragraph", P1), ("heading", "Uppföljning i juni"), ("paragraph", P2)]


@pytest.mark.parametrize(
    "body",
    [
        f"<div><h1>Ny plan</h1><h2 class='x-subtitle'>Nämnden vill se en plan som följs upp varje kvartal i år.</h2><p>{P1}</p></div>",
        f"<div><h1>Ny plan</h1><h2 class='x-subtitle'>Planen följs upp</h2><p>{P1}</p><p>{P2}</p></div>",
    ],
)
def test_a_subtitle_under_the_headline_stays_the_lead(body: str) -> None:
    assert _doc(body).blocks[1].kind == "lead"


# A document converter's sections (pandoc's, as R Markdown and Bookdown write them): each heading and its text in a
# box of its own, beside the text before the first heading; the longest section alone is not the article.
P3 = "Arbetsgruppen har samlat in synpunkter från alla fyra sjukhusen under hela våren och sommaren i år."
P4 = "Synpunkterna sammanställs i en rapport som lämnas till styrgruppen och publiceras på webbplatsen sedan."


def _sectioned(box: str, end: str) -> list[str]:
    body = f"""<div class="main-container"><div id="header"><h1 class="title">Ny plan</h1><h4 class="date">3 mars
    2024</h4></div><div id="content"><p>{P1}</p>{box.format(id="remiss")}<h2>Remissen</h2><p>{P2}</p><p>{P3}</p>
    <p>{P4}</p><p>{P3} {P4}</p>{end}{box.format(id="moten")}<h2>Möten i höst</h2><p>{P4}</p>{end}</div></div>"""
    return _texts(body)


@pytest.mark.parametrize(
    ("box", "end"),
    [('<div id="{id}" class="section level2">', "</div>"), ('<section id="{id}" class="level2">', "</section>")],
)
def test_a_documents_sections_beside_its_opening_text_all_stay(box: str, end: str) -> None:
    assert _sectioned(box, end) == [P1, "Remissen", P2, P3, P4, f"{P3} {P4}", "Möten i höst", P4]


def test_a_sidebar_section_beside_an_article_box_stays_out() -> None:
    body = f"""<div class="page"><div class="article"><h1>Ny plan</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>
    <section class="widget"><h2>Om föreningen</h2><ul><li><a href="/a">Styrelsen</a></li><li><a href="/b">Stadgar</a>
    </li></ul></section></div>"""
    assert _texts(body) == [P1, P2, P3]


# Calaméo: the issue in og:title; the article's h1 over a "Publicerad … av …" line and the box of the text pages.
def _text_pages(meta_line: str) -> Document:
    html = f"""<html lang='sv'><head><title>Medlemsbladet nr 2 2019 - Läsaren</title>
    <meta property="og:title" content="Medlemsbladet nr 2 2019"></head><body><main><h1>{POST_HEADLINE}</h1>
    <div class="meta">{meta_line}</div><section class="pages"><p>{P1}</p><p>{P2}</p></section></main></body></html>"""
    return clean_page(RawPage(url="https://example.se/a", body=html.encode(), source="t"))


def test_an_issue_og_title_gives_way_to_the_h1_over_a_dated_publisher_line_and_text_pages() -> None:
    doc = _text_pages("Publicerad 6 maj 2019 av Sjukhusföreningen")
    assert doc.title == POST_HEADLINE
    assert [b.text for b in doc.blocks if b.kind != "title"] == [P1, P2]


def test_a_sentence_between_the_h1_and_the_text_pages_keeps_the_issue_title() -> None:
    doc = _text_pages("Publicerad 6 maj 2019 skrev föreningen om planen för första gången i tidningen.")
    assert doc.title == "Medlemsbladet nr 2 2019"


# Asciidoctor: the text before the first section in div#preamble > div.sectionbody, then div.sect1 sections.
S1 = "Föreningens styrelse godkände på torsdagen en skrivelse om hur tandskador ska föras in i journalen."
S2 = "Skrivelsen går vidare till regionens programkontor, som ska svara före utgången av oktober."
S3 = "Tandläkaren på kliniken i Lidköping har stött förslaget sedan det först togs upp i våras."


def _asciidoc(sections: str) -> str:
    return f"""<div id="header"><h1>Ny plan</h1></div><div id="content">
    <div id="preamble"><div class="sectionbody"><div class="paragraph"><p>{P1}</p></div>
    <div class="paragraph"><p>{P2}</p></div><div class="paragraph"><p>{S1}</p></div></div></div>{sections}</div>
    <div id="footer"><div id="footer-text">Senast uppdaterad 2024-03-02</div></div>"""


def test_asciidoctor_preamble_and_every_section_come_through() -> None:
    sections = (f'<div class="sect1"><h2 id="_a">Tandläkaren stöder förslaget</h2><div class="sectionbody">'
                f'<div class="paragraph"><p>{S2}</p></div></div></div><div class="sect1"><h2 id="_b">Svar i oktober</h2>'
                f'<div class="sectionbody"><div class="paragraph"><p>{S3}</p></div></div></div>')  # fmt: skip
    assert _texts(_asciidoc(sections)) == [P1, P2, S1, "Tandläkaren stöder förslaget", S2, "Svar i oktober", S3]


def test_asciidoctor_document_without_sections_keeps_its_preamble() -> None:
    assert _texts(_asciidoc("")) == [P1, P2, S1]


# Org mode: the crumb line in div#preamble, outside the article's div#content, is no lead.
def _org(crumb: str) -> str:
    return f"""<div id="preamble" class="status"><p class="crumbs">{crumb}</p></div>
    <div id="content" class="content"><h1 class="title">Ny plan</h1><p>{P1}</p><p>{P2}</p></div>"""


def test_org_mode_crumb_line_is_no_lead() -> None:
    doc = _doc(_org('<a href="/">Start</a> / <a href="/nyheter/">Nyheter</a> / Ny plan'))
    assert [(b.kind, b.text) for b in doc.blocks if b.kind != "title"] == [("paragraph", P1), ("paragraph", P2)]


def test_sentence_with_a_slash_in_the_preamble_stays_the_lead() -> None:
    sentence = "Start / Nyheter är två av flikarna som byggs om."
    doc = _doc(_org(sentence))
    assert [(b.kind, b.text) for b in doc.blocks if b.kind != "title"][0] == ("lead", sentence)


# Vocal: the creator box after the story, a label line in a heading's place and one line about the creator.
def _vocal(about: str) -> str:
    return f"""<main><article class="css-story"><h1>Ny plan</h1><div class="css-body"><p>{P1}</p><p>{P2}</p></div>
    <div class="css-share"><a href="/dela">Twitter</a></div><div class="css-about">{about}</div></article></main>"""


def test_vocal_creator_box_goes() -> None:
    assert _texts(_vocal("<p>About the Creator</p><p>Sjukhusföreningen i Lidköping.</p>")) == [P1, P2]


def test_about_box_that_opens_with_a_sentence_stays() -> None:
    line = "Om skribenten: hon har skrivit om vården i Skaraborg i tjugo år och bor i Lidköping."
    assert _texts(_vocal(f"<p>{line}</p>")) == [P1, P2, line]


# GoToSocial: og:title is the account line, the status's summary (h2.spoiler) is the post's headline.
def _status(spoiler: str, stats: str) -> str:
    return f"""<header class="page-header"><a href="/"><h1>social.example.se</h1></a></header><main class="thread">
    <article class="status expanded"><section class="status-body"><div class="text">{spoiler}
    <div class="content"><p>{P1}</p><p>{P2}</p></div></div></section>
    <aside class="status-info"><dl class="status-stats">{stats}</dl></aside></article></main>"""


def _social_doc(body: str) -> Document:
    head = ('<meta property="og:title" content="Sjukhusföreningen (@forening@social.example.se)">'
            "<title>Sjukhusföreningen, @forening - GoToSocial</title>")  # fmt: skip
    html = f"<html lang='sv'><head>{head}</head><body>{body}</body></html>"
    return clean_page(RawPage(url="https://social.example.se/@forening/1", body=html.encode(), source="t"))


STATS = '<div class="stats-item"><dt>Svar</dt><dd>4</dd></div><div class="stats-item"><dt>Boostar</dt><dd>9</dd></div>'


def test_gotosocial_summary_is_the_title_and_stats_go() -> None:
    doc = _social_doc(_status('<h2 class="spoiler">Tandskadorna förs in i journalen</h2>', STATS))
    assert doc.title == "Tandskadorna förs in i journalen"
    assert [b.text for b in doc.blocks if b.kind != "title"] == [P1, P2]


def test_status_without_summary_keeps_the_account_title_and_a_glossary_stays() -> None:
    glossary = "<dt>Programkontoret</dt><dd>Den enhet i regionen som samordnar införandet av journalen.</dd>"
    doc = _social_doc(_status("", glossary))
    assert doc.title == "Sjukhusföreningen (@forening@social.example.se)"
    assert "Programkontoret" in [b.text for b in doc.blocks]


# NetObjects Fusion: a subheading is a paragraph of one span set bold by its style.
def _bold_span(line: str) -> str:
    return f'<article><h1>Ny plan</h1><p>{P1}</p><p><span style="font-size: 15px; font-weight: bold">{line}</span></p><p>{P2}</p></article>'


def test_bold_span_line_is_a_heading() -> None:
    blocks = [(b.kind, b.text) for b in _doc(_bold_span("Svar i oktober")).blocks]
    assert ("heading", "Svar i oktober") in blocks


def test_bold_span_sentence_stays_a_paragraph() -> None:
    line = "Styrelsen svarar programkontoret i oktober."
    blocks = [(b.kind, b.text) for b in _doc(_bold_span(line)).blocks]
    assert ("paragraph", line) in blocks


# Homestead: each text box an absolutely placed "div#elementN > div.wpmc_element_wrapper" straight under <body>.
def _boxes(texts: list[str]) -> str:
    return "".join(
        f'<div id="element{n}" style="position:absolute;top:{n}0px"><div class="wpmc_element_wrapper"><p>{text}</p></div></div>'
        for n, text in enumerate(texts, 10)
    )


HS_TEXTS = [
    "Kretsens styrelse skrev i maj till regionen om hur skadorna ska föras in i journalen.",
    "Brevet skickades samma vecka, och svaret väntas före sommaren enligt sekreteraren.",
    "Medlemmarna har under våren berättat om sina skador på ett tiotal träffar.",
    "Föreningen bjuder in till ett öppet möte om journalen i Folkets hus i juni.",
]
HS_CHROME = (
    '<div id="element2"><table><tr><td><a href="/">Hem</a></td><td><a href="/n">Nyheter</a></td></tr></table></div>'
    '<div id="element4"><h1>Ny plan</h1></div>'
)
HS_FOOTER = '<div id="element92"><p>Föreningen · Storgatan 4 · Borås | <a href="https://www.homestead.com">Skapad med Homestead</a></p></div>'


def test_text_over_many_sibling_boxes_under_body_comes_through() -> None:
    assert _texts(HS_CHROME + _boxes(HS_TEXTS) + HS_FOOTER) == HS_TEXTS


def test_main_box_with_small_boxes_beside_keeps_its_root() -> None:
    main = f'<div id="main"><div class="inner"><h1>Ny plan</h1><p>{P1}</p><p>{P2}</p><p>{P1} {P2}</p></div></div>'
    side = _boxes(["Öppettider i receptionen vardagar mellan klockan åtta och fyra.", "Telefon till kansliet: 010-123 45 67 hela veckan."])
    assert _texts(main + side) == [P1, P2, f"{P1} {P2}"]


def test_credit_in_a_sentence_stays() -> None:
    line = "Den nya sidan är skapad med hjälp av Homestead och flera av medlemmarna."
    assert line in _texts(f"<article><h1>Ny plan</h1><p>{P1}</p><p>{line}</p></article>")


# Microsoft Word's letter head: the place, the weekday and the date after a comma.
@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Nyhetsbrev från Skyttegillet i Borås, tisdag 17 oktober 2017", "2017-10-17"),
        ("Borås, Onsdag 18 oktober 2017", "2017-10-18"),
        ("Borås, 19 oktober 2017", "2017-10-19"),
    ],
)
def test_place_weekday_and_date_line_dates_the_letter(line: str, published: str) -> None:
    doc = _doc(f"<div class=WordSection1><h1>Ny plan</h1><p class=MsoNormal><i>{line}</i></p><p>{P1}</p><p>{P2}</p></div>")
    assert doc.published == published
    assert line not in [b.text for b in doc.blocks]


@pytest.mark.parametrize(
    ("line", "published"),
    [("Postad 21 april 2026 av styrelsen", "2026-04-21"), ("Postat den 3 mars 2025", "2025-03-03"), ("Posted on 9 maj 2024", "2024-05-09")],
)
def test_postad_byline_is_the_published_date(line: str, published: str) -> None:
    doc = _doc(f"<table><tr><td><h1>Ny plan</h1><p><font size=1>{line}</font></p><p>{P1}</p><p>{P2}</p></td></tr></table>")
    assert doc.published == published


def test_postad_in_a_sentence_is_no_date_line() -> None:
    line = "Postad i tisdags av styrelsen: mötet flyttas till den 4 maj 2026."
    doc = _doc(f"<article><h1>Ny plan</h1><p>{P1}</p><p>{line}</p></article>")
    assert doc.published is None
    assert line in [b.text for b in doc.blocks]


def _tripod(byline: str) -> str:
    return (f'<table><tr><td><font size="1"><a href="/">Hem</a> &raquo; <a href="/n">Nyheter</a></font><h1>Ny plan</h1>{byline}'
            f'<p>{P1}</p><p>{P2}</p><p><b>Äldre nyheter</b></p><ul><li><a href="/0">Kurs i juni</a></li>'
            '<li><a href="/1">Köp och sälj</a></li></ul></td></tr></table>'
            '<center><font size="1">Klubben · Du är besökare nr 1234 · Senast ändrad 21 april 2026</font></center>')


def test_site_footer_change_date_is_no_update_and_tripod_chrome_goes() -> None:
    doc = _doc(_tripod(""))
    assert doc.updated is None
    assert [b.text for b in doc.blocks if b.kind != "title"] == [P1, P2]
    assert _doc(_tripod("<p>Postad 1 mars 2026 av styrelsen</p>")).published == "2026-03-01"


def test_change_date_in_the_article_still_updates() -> None:
    doc = _doc(f"<article><h1>Ny plan</h1><p>Publicerad 1 mars 2026</p><p>{P1}</p><p>{P2}</p><p>Senast ändrad 21 april 2026</p></article>")
    assert (doc.published, doc.updated) == ("2026-03-01", "2026-04-21")


def test_trail_in_a_sentence_above_the_headline_stays() -> None:
    line = "Hem » Nyheter är de två flikar som styrelsen vill behålla på den nya sidan när den byggs om i vår."
    assert line in _texts(f"<table><tr><td><font size=1>{line}</font><h1>Ny plan</h1><p>{P1}</p><p>{P2}</p></td></tr></table>")


# Bootstrap Studio's "Article Clean": the header box div.intro holds the h1, the byline, the image and p.lead.
def test_lead_inside_a_header_box_is_the_lead_alone() -> None:
    intro = (f'<div class="intro"><h1>Ny plan</h1><p><span class="by">av</span> <a href="/k">Ledningen</a>'
             f'<span class="date">30 september 2020</span></p><img src="a.jpg" alt=""><p class="lead">{P1}</p></div>')
    doc = _doc(f'<div class="article-clean"><div class="container">{intro}<div class="text"><p>{P2}</p><p>{P2} {P1}</p></div></div></div>')
    assert [(b.kind, b.text) for b in doc.blocks if b.kind != "title"][:2] == [("lead", P1), ("paragraph", P2)]


# Microsoft Word's archive list: one paragraph of one link per letter, after the label; and the footer line.
WORD_ARCHIVE = ('<p class=MsoNormal><b>Tidigare nyhetsbrev</b></p><p class=MsoNormal><a href="/0">Kurs i juni</a></p>'
                '<p class=MsoNormal><a href="/1">Skjutbanan stänger</a></p><p class=MsoNormal><a href="/2">Kallelse till stämma</a></p>')


def test_word_archive_links_and_footer_go() -> None:
    footer = "<p class=MsoNormal><span>Kretsen · Box 1, 500 00 Borås · Org.nr 802400-0000</span></p>"
    body = f"<div class=WordSection1><h1>Ny plan</h1><p class=MsoNormal>{P1}</p><p class=MsoNormal>{P2}</p>{WORD_ARCHIVE}{footer}</div>"
    assert _texts(body) == [P1, P2]


def test_link_in_a_sentence_after_the_archive_stays() -> None:
    line = 'Läs gärna <a href="/3">protokollet från mötet</a> innan stämman i maj.'
    body = f"<div class=WordSection1><h1>Ny plan</h1><p>{P1}</p><p>{P2}</p>{WORD_ARCHIVE}<p class=MsoNormal>{line}</p></div>"
    assert "Läs gärna protokollet från mötet innan stämman i maj." in _texts(body)


@pytest.mark.parametrize("line", ["Hoppa till texten", "Gå till artikeln"])
def test_skip_link_to_the_text_goes(line: str) -> None:
    menu = '<table><tr><td><p><a href="/">Start</a> · <a href="/arkiv">Arkiv</a></p></td></tr></table>'
    assert _texts(f'<p><a href="#t">{line}</a></p>{menu}<h1>Ny plan</h1><p>{P1}</p><p>{P2}</p>') == [P1, P2]


def test_sentence_about_skipping_to_the_text_stays() -> None:
    line = "Hoppa till texten om isdagen längre ner om du bara vill veta när vi ses i mars."
    assert line in _texts(f"<article><h1>Ny plan</h1><p>{P1}</p><p>{line}</p></article>")


# PostNuke's byline: the weekday and a comma before the date, no "den", the clock after "@".
P3 = "Styrelsen utsåg samtidigt en kontaktperson mot regionen, som tillträder den första juni."


def _postnuke(sub: str, body: str = "") -> str:
    return (f'<td class="pn-center"><div class="pn-article"><h1 class="pn-title">Ny plan</h1><div class="pn-sub">{sub}</div>'
            f'<div class="pn-hometext">{P1}</div><div class="pn-bodytext"><p>{P2}</p><p>{P3}</p><p>{P2} {P3}</p>{body}'
            '</div></div></td>')


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Postad av redaktionen fredag, 8 april 2022 @ 13:05:41 CEST (57 läsningar)", "2022-04-08"),
        ("Postat av redaktionen on fredag, 8 april 2022 @ 13:05", "2022-04-08"),
        ("Skrivet av Eva Holm söndag, 3 januari 2021 @ 08:30:00 CET", "2021-01-03"),
        ("fredag, 8 april 2022 @ 13:05", "2022-04-08"),
    ],
)
def test_weekday_comma_byline_gives_the_published_date(line: str, published: str) -> None:
    doc = _doc(f"<table><tr>{_postnuke(line)}</tr></table>")
    assert doc.published == published
    assert [b.text for b in doc.blocks if b.kind != "title"] == [P1, P2, P3, f"{P2} {P3}"]


@pytest.mark.parametrize(
    "sentence", ["På onsdag, 11 maj, öppnar mottagningen.", "På onsdag, 11 maj 2022 öppnar mottagningen igen efter ombyggnaden."]
)
def test_weekday_comma_date_in_a_sentence_is_no_date_line(sentence: str) -> None:
    doc = _doc(f"<table><tr>{_postnuke('Postad av redaktionen (57 läsningar)', f'<p>{sentence}</p>')}</tr></table>")
    assert doc.published is None
    assert sentence in [b.text for b in doc.blocks]


# LEPTON's news module and Hotaru CMS: a byline verb, the author (a link on Hotaru) and the date.
@pytest.mark.parametrize(
    ("line", "published"),
    [
        ('<div class="news_info">Inlagd av kansliet den 24.08.2020</div>', "2020-08-24"),
        ('<div class="show_post_author_date">Postat av <a href="/user/kansliet/">kansliet</a> 13 oktober 2022</div>', "2022-10-13"),
        ('<div class="show_post_author_date">Upplagt av Eva Holm 3 januari 2021</div>', "2021-01-03"),
    ],
)
def test_byline_verb_author_and_date_give_the_published_date(line: str, published: str) -> None:
    doc = _doc(f"<article><h1>Ny plan</h1>{line}<p>{P1}</p><p>{P2}</p><p>{P3}</p></article>")
    assert doc.published == published
    assert [b.text for b in doc.blocks if b.kind != "title"] == [P1, P2, P3]


def test_a_sentence_naming_who_posted_and_a_date_is_no_byline() -> None:
    sentence = "Postat av kansliet 13 oktober 2022 var ett brev om de nya reglerna för banorna."
    doc = _doc(f"<article><h1>Ny plan</h1><p>{P1}</p><p>{sentence}</p><p>{P2}</p></article>")
    assert doc.published is None
    assert sentence in [b.text for b in doc.blocks]


# Old site builders' date lines: WebEasy's text box of the page's kind and the date under the headline, Zoner
# Webmaker's "day. month. year" with a space after each dot in a date-classed box.
@pytest.mark.parametrize(
    ("line", "published"),
    [
        ('<p class="we_small">Nyhet 4 november 2020</p>', "2020-11-04"),
        ('<p class="we_small">Pressmeddelande den 12 mars 2024</p>', "2024-03-12"),
        ('<div class="zw-article__date">30. 3. 2022</div>', "2022-03-30"),
        ('<div class="zw-article__date">7. 11. 2019</div>', "2019-11-07"),
    ],
)
def test_a_builders_date_line_under_the_headline_gives_the_date_and_goes(line: str, published: str) -> None:
    doc = _doc(f'<div class="box"><h1>Ny plan</h1>{line}<p>{P1}</p><p>{P2}</p><p>{P3}</p></div>')
    assert doc.published == published
    assert [b.text for b in doc.blocks if b.kind != "title"] == [P1, P2, P3]


@pytest.mark.parametrize(
    "line",
    [
        "Mötet 4 november 2020",  # not a page's kind: a place or a sentence's first word
        "Nyheten 4 november 2020 var att styrelsen sade ja till planen.",
        "Mätningarna från 30. 3. 2022 visar att färre fall skedde på vintern.",
    ],
)
def test_a_line_or_sentence_with_such_a_date_stays_and_dates_nothing(line: str) -> None:
    doc = _doc(f'<div class="box"><h1>Ny plan</h1><p>{line}</p><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>')
    assert doc.published is None
    assert line in [b.text for b in doc.blocks]


# Pingendo's (Bootstrap) line of the date and its author under the headline, with a sign between them or none.
@pytest.mark.parametrize(
    "line",
    [
        '<p class="lead text-muted">12 november 2019 <span>Styrelsen</span></p>',
        '<p class="lead text-muted">12 november 2019 Kansliet</p>',
        '<p class="text-muted small">12 november 2019 · Anna Berg</p>',
        '<p class="text-muted small">12 november 2019 | Redaktionen</p>',
        '<p class="text-muted small">12 november 2019 – Styrelsen</p>',
    ],
)
def test_a_date_and_its_author_under_the_headline_give_the_date_and_go(line: str) -> None:
    body = f'<div class="container"><div class="row"><div class="col-md-12"><h1 class="display-4">Ny plan</h1>{line}'
    doc = _doc(f"{body}<p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div></div>")
    assert doc.published == "2019-11-12"
    assert [b.text for b in doc.blocks if b.kind != "title"] == [P1, P2, P3]


@pytest.mark.parametrize(
    "line",
    [
        "12 november 2019 fattade styrelsen beslut om en ny plan för banorna.",
        "12 november 2019 Styrelsen beslutade om en ny plan för banorna.",
        "12 november 2019 Styrelsen beslutade",
    ],
)
def test_a_sentence_that_opens_with_a_date_under_the_headline_stays(line: str) -> None:
    doc = _doc(f'<div class="col-md-12"><h1 class="display-4">Ny plan</h1><p>{line}</p><p>{P1}</p><p>{P2}</p></div>')
    assert doc.published is None
    assert line in [b.text for b in doc.blocks]


def test_a_date_and_a_name_further_down_the_text_stay() -> None:
    line = "3 mars 2024 Årsmöte"  # a meeting in the body, no byline
    doc = _doc(f'<div class="col-md-12"><h1>Ny plan</h1><p>{P1}</p><p>{P2}</p><p>{line}</p><p>{P3}</p></div>')
    assert doc.published is None
    assert line in [b.text for b in doc.blocks]


# Crumb trails with Angelfire's "::" and Simply.com's "‹" between the steps, the last the headline; a back link
# behind two "<".
@pytest.mark.parametrize(
    "trail",
    [
        '<font size="2" class="stig"><a href="/">Startsida</a> :: <a href="/nyheter">Nyheter</a> :: Ny plan</font>',
        '<div class="sb-blogpost__crumbs"><a href="/nyheter">Nyheter</a> ‹ Ny plan</div>',
    ],
)
def test_a_trail_with_double_colons_or_a_back_arrow_above_the_headline_goes(trail: str) -> None:
    back = '<p class="tillbaka"><a href="/nyheter">&lt;&lt; Tillbaka till nyheterna</a></p>'
    body = f"<div class='page'>{trail}<h1>Ny plan</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p>{back}</div>"
    assert _texts(body) == [P1, P2, P3]


@pytest.mark.parametrize(
    "line",
    [
        '<a href="/nyheter">Nyheter</a> :: här samlar styrelsen allt som har hänt i klubben under året.',
        '<a href="/nyheter">Nyheter</a> ‹ äldre än ett år flyttas till arkivet när säsongen är slut.',
    ],
)
def test_a_sentence_after_a_link_and_such_a_sign_stays(line: str) -> None:
    texts = _texts(f"<div class='page'><p>{line}</p><h1>Ny plan</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>")
    assert any(text.endswith(line.rsplit("</a>", 1)[1].strip()) for text in texts)


def test_a_short_sentence_after_two_arrows_is_no_back_link() -> None:
    line = "&lt;&lt; Tillbaka till ruta ett, sa hon."
    assert "<< Tillbaka till ruta ett, sa hon." in _texts(f"<article><h1>Ny plan</h1><p>{P1}</p><p>{line}</p><p>{P2}</p></article>")


# A Wix blog post: the author's name in the metadata box by the headline, the views and comments counter after the
# text; a sentence about views stays.
def _wix_post(stats: str, after: str = "") -> str:
    return f"""<article data-hook="post"><div data-hook="post-header"><div data-hook="post-metadata">
    <span class="user-name" data-hook="user-name">Fönsterbolaget i Alingsås</span><ul><li>
    <span data-hook="time-ago">3 mars 2024</span></li></ul></div></div><h1 data-hook="post-title">Ny plan</h1>
    <div data-hook="post-description"><p>{P1}</p><p>{P2}</p>{after}</div>
    <div data-hook="post-footer"><div class="post-stats" data-hook="post-stats">{stats}</div></div></article>"""


@pytest.mark.parametrize(
    "stats", ["32 visningar · 0 kommentarer", "7 visningar · 2 kommentarer · 4 gilla-markeringar", "12 visningar"]
)
def test_a_wix_posts_author_and_counter_line_go(stats: str) -> None:
    assert _texts(_wix_post(stats)) == [P1, P2]


def test_a_sentence_about_views_after_a_wix_post_stays() -> None:
    line = "Utställningen hade 300 visningar förra året."
    assert _texts(_wix_post("5 visningar · 1 kommentar", f"<p>{line}</p>")) == [P1, P2, line]


# A Phantom (HTML5 UP) page built with Wyam: the crumb trail is a plain ``ol.crumbs`` of list items.
def test_a_crumb_list_classed_crumbs_goes() -> None:
    trail = '<ol class="crumbs"><li><a href="/">Start</a></li><li><a href="/nyheter">Nyheter</a></li><li>Ny plan</li></ol>'
    assert _texts(f"<div id='main'><div class='inner'>{trail}<h1>Ny plan</h1><p>{P1}</p><p>{P2}</p></div></div>") == [P1, P2]


def test_a_list_of_steps_classed_path_with_sentences_stays() -> None:
    steps = ["Nämnden beslutar om planen i april.", "Sjukhusen lämnar synpunkter under maj."]
    items = "".join(f"<li>{step}</li>" for step in steps)
    body = f"<div id='main'><ol class='path'>{items}</ol><h1>Ny plan</h1><p>{P1}</p><p>{P2}</p></div>"
    assert _texts(body) == [*steps, P1, P2]


# Twenty Twenty-Three's post meta under the text: "Publicerad" date "i" category "av" author, each word a paragraph
# of its own; a paragraph that says more than the word stays.
def _tt3_post(after: str = "") -> str:
    meta = """<div class="wp-block-group is-layout-flex"><p>Publicerad</p><div class="wp-block-post-date">
    <time datetime="2023-03-14T09:12:00+01:00"><a href="/2023/03/14/ny-plan/">14 mars 2023</a></time></div><p>i</p>
    <div class="taxonomy-category wp-block-post-terms"><a href="/category/nyheter/" rel="tag">Nyheter</a></div>
    <p>av</p><div class="wp-block-post-author-name"><a href="/author/kansliet/">Kansliet</a></div></div>"""
    return f"""<main class="wp-block-group"><h1 class="wp-block-post-title">Ny plan</h1>
    <div class="entry-content wp-block-post-content"><p>{P1}</p><p>{P2}</p>{after}</div>{meta}</main>"""


def test_twenty_twenty_threes_post_meta_words_go() -> None:
    doc = _doc(_tt3_post())
    assert [b.text for b in doc.blocks if b.kind != "title"] == [P1, P2]
    assert doc.published == "2023-03-14"


def test_a_paragraph_that_starts_with_i_stays() -> None:
    line = "I april ska planen redovisas för nämnden."
    assert _texts(_tt3_post(f"<p>{line}</p>")) == [P1, P2, line]


# Newsup's headline wraps a link without an address (``h1.title > a[title]``): it is the post's headline, no link
# to the start page, so the bold first paragraph under it is the lead.
def test_a_headline_around_a_link_without_an_address_keeps_its_bold_lead() -> None:
    body = f"""<div class="mg-header"><h1 class="title single"><a title="Permalänk till: Ny plan">Ny plan</a></h1></div>
    <article class="small single"><p><strong>{P1}</strong></p><p>{P2}</p></article>"""
    doc = _doc(body)
    assert [(b.kind, b.text) for b in doc.blocks if b.kind != "title"] == [("lead", P1), ("paragraph", P2)]


# A player's length alone once its button is gone ("Lyssna på artikeln" "4 min"), and a wiki's "Se även" heading
# over its links to other pages; a sentence with minutes and one that starts "Se även" stay.
def test_a_players_length_and_a_see_also_heading_go() -> None:
    player = '<div class="audio"><button>Lyssna på artikeln</button> <span>4 min</span></div>'
    see = '<h2>Se även</h2><ul><li><a href="/wiki/Plan">Plan</a></li><li><a href="/wiki/Nyheter">Alla nyheter</a></li></ul>'
    assert _texts(f"<article><h1>Ny plan</h1>{player}<p>{P1}</p><p>{P2}</p>{see}</article>") == [P1, P2]


def test_minutes_in_a_sentence_and_a_see_also_sentence_stay() -> None:
    lines = ["Mötet tog 4 min längre än planerat.", "Se även nämndens protokoll från i våras, som finns på webben."]
    body = f"<article><h1>Ny plan</h1><p>{P1}</p><p>{lines[0]}</p><p>{lines[1]}</p></article>"
    assert _texts(body) == [P1, *lines]


# Enigma: the title in the page's banner h1 and again as the post box's own "<h2><a>…</a></h2>", the bold lead
# under it.
def test_a_title_repeated_under_the_headline_keeps_the_bold_lead() -> None:
    body = f"""<div class="enigma_header_breadcrum_title"><h1>Ny plan</h1></div><div class="enigma_blog_full">
    <div class="enigma_fuul_blog_detail_padding"><h2><a href="/ny-plan/">Ny plan</a></h2>
    <div class="enigma_tags"><a href="/kategori/aktuellt/" rel="category tag">Aktuellt</a></div>
    <p><strong>{P1}</strong></p><p>{P2}</p></div></div>"""
    assert [(b.kind, b.text) for b in _doc(body).blocks if b.kind != "title"] == [("lead", P1), ("paragraph", P2)]


# Hugo's Ananke: the section's name set aside above the share icons and the h1, and the date as a bare <time> at
# the end of the article's header, right before the body's bold lead.
def _ananke(label: str) -> str:
    return f"""<article class="flex-l"><header class="mt4 w-100"><aside class="instapaper_ignoref b tracked ttu">{label}</aside>
    <div id="sharing" class="ananke-socials"><a href="https://www.facebook.com/sharer.php?u=x" aria-label="dela"></a></div>
    <h1 class="f1 athelas">Ny plan</h1><p class="tracked">Av <strong>Kansliet</strong></p>
    <time class="f6 mv4 dib tracked" datetime="2018-03-10T09:30:00+01:00">10 mars 2018</time></header>
    <div class="nested-copy-line-height"><p><strong>{P1}</strong></p><p>{P2}</p></div></article>"""


def test_ananke_drops_its_section_label_and_keeps_the_lead_after_a_bare_date() -> None:
    doc = _doc(_ananke("Nyheter"))
    assert [(b.kind, b.text) for b in doc.blocks if b.kind != "title"] == [("lead", P1), ("paragraph", P2)]
    assert doc.published == "2018-03-10"


def test_a_sentence_set_aside_above_the_headline_stays() -> None:
    line = "Planen gäller från i höst."
    assert line in _texts(_ananke(line))


# Hugo's LoveIt: a static table of contents between the post's meta and its text, its title ("Innehåll") in a
# disclosure's summary box and its list in ``nav#TableOfContents``; the bold first paragraph under it is the lead.
_LOVEIT_TOC = """<div class="details toc" id="toc-static" kept=""><div class="details-summary toc-title">
<span>Innehåll</span><span><i class="details-icon fas fa-angle-right" aria-hidden="true"></i></span></div>
<div class="details-content toc-content" id="toc-content-static"><nav id="TableOfContents"><ul>
<li><a href="#bakgrund">Bakgrund</a></li><li><a href="#tidplan">Tidplan</a></li></ul></nav></div></div>"""
_LOVEIT_P3 = "Införandet pausades i höstas sedan flera enheter rapporterat problem med beställningar."


def _loveit(toc: str, after_lead: str = "") -> str:
    return f"""<article class="page single"><h1 class="single-title">Ny plan</h1><div class="post-meta">
    <div class="post-meta-line"><span class="post-author"><a href="/" rel="author" class="author">Kansliet</a></span></div>
    <div class="post-meta-line"><time datetime="2020-02-10">2020-02-10</time>&nbsp;212 ord&nbsp;2 minuter</div></div>
    {toc}<div class="content" id="content"><p><strong>{P1}</strong></p>{after_lead}<p>{P2}</p>
    <h2 id="bakgrund">Bakgrund</h2><p>{_LOVEIT_P3}</p></div></article>"""


def test_loveits_table_of_contents_goes_and_the_bold_paragraph_is_the_lead() -> None:
    doc = _doc(_loveit(_LOVEIT_TOC))
    assert [(b.kind, b.text) for b in doc.blocks if b.kind != "title"] == [
        ("lead", P1), ("paragraph", P2), ("heading", "Bakgrund"), ("paragraph", _LOVEIT_P3)
    ]  # fmt: skip
    assert doc.published == "2020-02-10"


def test_a_box_classed_toc_with_a_link_to_another_page_stays() -> None:
    # Quarto's "h1.toc-ignore" and a box whose link leads elsewhere are no table of contents
    box = '<div class="toc-note">Planen finns i sin helhet på <a href="/plan.pdf">regionens webbplats</a> sedan i april.</div>'
    texts = _texts(_loveit(box).replace('class="single-title"', 'class="title toc-ignore"'))
    assert texts[0] == "Planen finns i sin helhet på regionens webbplats sedan i april."
    assert texts[1:] == [P1, P2, "Bakgrund", _LOVEIT_P3]


def test_loveits_admonition_title_is_no_lead() -> None:
    # the same disclosure box around a note in the text ("Notera"): its title and text stay, in their place
    note = """<div class="details admonition note open"><div class="details-summary admonition-title">
    <i class="icon fas fa-pencil-alt fa-fw" aria-hidden="true"></i>Notera<i class="details-icon fas fa-angle-right"></i></div>
    <div class="details-content"><div class="admonition-content">Tidplanen kan ändras om fler enheter rapporterar problem.
    </div></div></div>"""
    doc = _doc(_loveit(_LOVEIT_TOC, note))
    assert [(b.kind, b.text) for b in doc.blocks if b.kind != "title"][:4] == [
        ("lead", P1), ("paragraph", "Notera"), ("paragraph", "Tidplanen kan ändras om fler enheter rapporterar problem."),
        ("paragraph", P2),
    ]  # fmt: skip


# Jekyll's Chirpy: the post's description right under the h1 in the article's header is its lead, and the licence
# line in the post's tail, beside the share box, goes (its words are the site's own).
def _chirpy(description: str, licence: str) -> str:
    return f"""<main aria-label="Main Content"><article class="px-1" data-toc="true"><header><h1 data-toc-skip>Ny plan</h1>
    {description}<div class="post-meta text-muted"><span>Publicerad <time data-ts="1700730900" data-df="ll">23 nov. 2023</time>
    </span><div class="d-flex justify-content-between"><span>Av <em><a href="https://github.com/kansliet">Kansliet</a></em></span>
    <div><span class="readtime" title="214 ord"><em>1 min</em> läsning</span></div></div></div></header>
    <div class="content"><p>{P2}</p></div><div class="post-tail-wrapper text-muted">
    <div class="post-tail-bottom d-flex justify-content-between align-items-center mt-5 pb-2">
    <div class="license-wrapper">{licence}</div><div class="share-wrapper d-flex align-items-center">
    <span class="share-label text-muted">Dela</span><span class="share-icons"><a href="https://twitter.com/intent/tweet?text=x"
    aria-label="Twitter"><i class="fa-fw fa-brands fa-square-x-twitter"></i></a></span></div></div></div></article></main>"""


_CHIRPY_DESCRIPTION = f'<p class="post-desc fw-light mb-4">{P1}</p>'


@pytest.mark.parametrize(
    "licence",
    [
        "Texten får gärna spridas vidare med en länk hit.",
        'Posten är publicerad under licensen <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a> av'
        " skribenten.",
    ],
)
def test_chirpys_description_is_the_lead_and_its_licence_line_goes(licence: str) -> None:
    doc = _doc(_chirpy(_CHIRPY_DESCRIPTION, licence))
    assert [(b.kind, b.text) for b in doc.blocks if b.kind != "title"] == [("lead", P1), ("paragraph", P2)]
    assert doc.published == "2023-11-23"


def test_a_post_description_outside_the_header_is_no_lead() -> None:
    # the same class in the text, under a paragraph, is a paragraph
    body = _chirpy("", "").replace(f"<p>{P2}</p>", f"<p>{P2}</p>{_CHIRPY_DESCRIPTION}")
    assert [(b.kind, b.text) for b in _doc(body).blocks if b.kind != "title"] == [("paragraph", P2), ("paragraph", P1)]


# WordPress with Hello Elementor and Elementor Pro: the single-post template has no <article> around the post (its
# h1 a heading widget, its text the post-content widget), while each card of the posts widget under it is an
# "article.elementor-post" of another post, with its title, its excerpt and a "Läs mer »" link.
_ELEMENTOR_CARDS = (
    ("ny-verkstad", "Verkstaden flyttar till nya lokaler", "Efter sommaren tar verkstaden emot patienterna vid södra entrén."),
    ("arsmote", "Välkommen till årsmötet i maj", "Föreningens årsmöte hålls i Skövde och alla medlemmar är välkomna."),
    ("nya-material", "Nya material till inläggen", "Under vintern har vi provat flera nya material tillsammans med patienterna."),
)


def _elementor_widget(kind: str, inner: str) -> str:
    return f"""<div class="elementor-element elementor-widget elementor-widget-{kind}" data-widget_type="{kind}.default">
    <div class="elementor-widget-container">{inner}</div></div>"""


def _elementor_posts() -> str:
    cards = "".join(
        f"""<article class="elementor-post elementor-grid-item post-{101 + n} post type-post status-publish format-standard
        has-post-thumbnail hentry category-nyheter"><a class="elementor-post__thumbnail__link" href="/nyheter/{slug}/"
        tabindex="-1"><div class="elementor-post__thumbnail"><img src="/{slug}.jpg" alt=""></div></a>
        <div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/nyheter/{slug}/">{title}</a></h3>
        <div class="elementor-post__excerpt"><p>{excerpt}</p></div><a class="elementor-post__read-more" href="/nyheter/{slug}/"
        aria-label="Läs mer om {title}" tabindex="-1">Läs mer »</a></div></article>"""
        for n, (slug, title, excerpt) in enumerate(_ELEMENTOR_CARDS)
    )
    return _elementor_widget("posts", f'<div class="elementor-posts-container elementor-posts elementor-grid">{cards}</div>')


def _elementor_single(content: str) -> str:
    crumb = """<div class="elementor-shortcode"><nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p><a href="/">Start</a>
    <span class="separator"> &raquo; </span><a href="/nyheter/">Nyheter</a><span class="separator"> &raquo; </span>
    <span class="last">Ny plan</span></p></nav></div>"""
    info = """<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
    <li class="elementor-icon-list-item elementor-inline-item" itemprop="author"><a href="/author/kansliet/">
    <span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">Kansliet</span></a></li>
    <li class="elementor-icon-list-item elementor-inline-item" itemprop="datePublished"><a href="/2024/03/14/">
    <span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>14 mars 2024</time>
    </span></a></li></ul>"""
    share = """<div class="elementor-grid"><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_facebook"
    role="button" tabindex="0" aria-label="Dela på facebook"><span class="elementor-share-btn__icon"><i class="fab fa-facebook"
    aria-hidden="true"></i></span></div></div></div>"""
    widgets = [
        _elementor_widget("shortcode", crumb),
        _elementor_widget("theme-post-title", '<h1 class="elementor-heading-title elementor-size-default">Ny plan</h1>'),
        _elementor_widget("post-info", info),
        content,
        _elementor_widget("share-buttons", share),
        _elementor_widget("heading", '<h2 class="elementor-heading-title elementor-size-default">Fler nyheter</h2>'),
        _elementor_posts(),
    ]
    return f"""<div data-elementor-type="single-post" class="elementor elementor-456 elementor-location-single post-123 post
    type-post status-publish hentry category-nyheter"><div class="elementor-element e-flex e-con-boxed e-con e-parent">
    <div class="e-con-inner">{"".join(widgets)}</div></div></div>"""


def test_elementors_cards_of_other_posts_under_a_post_go_and_the_page_is_an_article() -> None:
    content = _elementor_widget("theme-post-content", f"<p><strong>{P1}</strong></p><p>{P2}</p>")
    doc = _doc(_elementor_single(content))
    assert [(b.kind, b.text) for b in doc.blocks if b.kind != "title"] == [("lead", P1), ("paragraph", P2)]
    assert doc.kind == "article"


def test_elementors_posts_widget_on_a_page_without_a_post_stays() -> None:
    # a news page built of a heading widget and the posts widget, with no post-content widget: the cards are its news
    widgets = _elementor_widget("heading", '<h1 class="elementor-heading-title">Nyheter</h1>') + _elementor_posts()
    doc = _doc(f"""<div data-elementor-type="wp-page" class="elementor elementor-12"><div class="elementor-element e-con">
    <div class="e-con-inner">{widgets}</div></div></div>""")
    assert _ELEMENTOR_CARDS[0][2] in doc.text


# Drupal 9 with Radix: the node's body field in its <article> in the main column, and a custom block in the side
# column (div.col-lg-4) whose text is a body field too, with the same wrapper: Drupal gives the body field of every
# node and block the class of its type, "field--type-text-with-summary".
_RADIX_FIELD = "clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"
_RADIX_BODY = (
    "Beslutet gäller alla sjukhus i regionen och ska vara genomfört innan den nya journalen tas i bruk i höst.",
    "Föreningen har under flera år påpekat att uppgiften lätt missas när en patient söker vård på en ny enhet.",
    "Enligt förvaltningen kan varningen byggas in utan extra kostnad eftersom systemet redan har stöd för den.",
    "Kansliet följer arbetet och kommer att bjuda in till ett medlemsmöte när tidplanen har blivit klar.",
    "Frågor om beslutet kan ställas till kansliet, som svarar på telefon och e-post under kontorstid på vardagar.",
    "Det första utkastet till den nya rutinen väntas bli färdigt i början av nästa år enligt förvaltningen.",
    "Regionen har lovat att föreningens medlemmar ska få möjlighet att lämna synpunkter på utkastet i tid.",
    "Tidigare i år gjorde föreningen en enkät bland medlemmarna som visade att många saknade varningen.",
    "Svaren från enkäten lämnades över till förvaltningen och låg till grund för föreningens skrivelse.",
    "Arbetet ska följas upp av nämnden när den nya journalen har varit i bruk under ett halvår i regionen.",
    "Föreningens styrelse tackar alla medlemmar som har svarat på enkäten och berättat om sina erfarenheter.",
    "Den som vill veta mer om arbetet kan läsa föreningens skrivelse, som finns i sin helhet på medlemssidorna.",
    "Nästa gång styrelsen träffar förvaltningen ska också frågan om information till nya medlemmar tas upp.",
    "Styrelsen räknar med att kunna berätta mer om tidplanen i nästa nummer av medlemstidningen i vår.",
)


def _radix(side_field: str, body: tuple[str, ...] = _RADIX_BODY, lead: str = f"<p><strong>{P1}</strong></p>") -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in body)
    return f"""<div class="dialog-off-canvas-main-canvas"><main class="pt-5 pb-5"><div class="container"><div class="row">
    <div class="col-lg-8"><div class="region region-content"><div id="block-radix-page-title" class="block block-core
    block-page-title-block"><h1 class="title"><span class="field field--name-title field--type-string field--label-hidden">Ny
    plan</span></h1></div><div id="block-radix-content" class="block block-system block-system-main-block">
    <article role="article" class="node node--type-article node--promoted node--view-mode-full">
    <div class="node__meta">Publicerad av <span>kansliet</span> den <span>14 mars 2024</span></div>
    <div class="node__content"><div class="{_RADIX_FIELD}">{lead}{paragraphs}</div></div></article></div></div></div>
    <div class="col-lg-4"><div class="region region-secondary"><div id="block-kontaktruta" class="block
    block-block-content block-block-content5d2e8f41-9a3c-4b7e-8d1f-6c0a2b9e7f13"><h2>Kontakt</h2><div class="{side_field}">
    <p>Föreningen Exempel<br />Box 99, 400 10 Göteborg<br /><a href="mailto:kansli@exempel.se">kansli@exempel.se</a></p>
    </div></div></div></div></div></div></main></div>"""


@pytest.mark.parametrize("side_field", [_RADIX_FIELD, _RADIX_FIELD.replace("text-with-summary", "text-long")])
def test_radixs_contact_block_beside_the_article_is_no_lead_and_the_bold_paragraph_is(side_field: str) -> None:
    doc = _doc(_radix(side_field))
    assert [(b.kind, b.text) for b in doc.blocks if b.kind != "title"] == [
        ("lead", P1), *(("paragraph", text) for text in _RADIX_BODY)
    ]  # fmt: skip
    assert "Box 99" not in doc.text
    assert doc.published == "2024-03-14"


def test_a_short_drupal_body_field_is_no_lead_as_a_whole() -> None:
    # the article's own body field, short enough to pass for a lead box, is its lead paragraph and its text
    doc = _doc(_radix(_RADIX_FIELD, _RADIX_BODY[:4]))
    assert [(b.kind, b.text) for b in doc.blocks if b.kind != "title"] == [
        ("lead", P1), *(("paragraph", text) for text in _RADIX_BODY[:4])
    ]  # fmt: skip


def test_a_drupal_field_named_as_a_lead_is_the_lead_whatever_its_type() -> None:
    # a field whose name says it is the lead ("field--name-field-ingress") is the lead, also with the type of a body
    ingress = f"""<div class="clearfix text-formatted field field--name-field-ingress field--type-text-with-summary
    field--label-hidden field__item"><p>{P2}</p></div>"""
    body = _radix(_RADIX_FIELD, lead=f"<p>{P1}</p>").replace('<div class="node__content">', f'<div class="node__content">{ingress}')
    assert [(b.kind, b.text) for b in _doc(body).blocks if b.kind != "title"][:2] == [("lead", P2), ("paragraph", P1)]


# WordPress with Ollie: after the post content a group of a small label over Jetpack's share buttons, and a Query Loop
# of other posts under "Fler nyheter".
_OLLIE_SHARE_LABEL = '<p class="has-small-font-size"><strong>Dela nyheten</strong></p>'


def _ollie(label: str, text_after: str = "") -> str:
    buttons = "".join(
        f"""<li class="jetpack-sharing-button__list-item"><a rel="nofollow noopener noreferrer" target="_blank"
        class="jetpack-sharing-button__button style-icon share-{service}" href="https://example.se/a/?share={service}"
        data-service="{service}"><span class="jetpack-sharing-button__service-label" aria-hidden="true">{name}</span>
        <span class="screen-reader-text">Dela på {name}</span></a></li>"""
        for service, name in (("facebook", "Facebook"), ("linkedin", "LinkedIn"), ("mail", "E-post"))
    )
    return f"""<div class="wp-site-blocks"><main class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained">
    <div class="wp-block-group is-layout-flow"><div class="aioseo-breadcrumbs"><span class="aioseo-breadcrumb"><a href="/">Start
    </a></span><span class="aioseo-breadcrumb-separator">»</span><span class="aioseo-breadcrumb">Ny plan</span></div>
    <h1 class="wp-block-post-title">Ny plan</h1><div class="wp-block-group is-layout-flex"><div class="wp-block-post-date">
    <time datetime="2024-03-14T09:00:00+01:00">14 mars 2024</time></div></div></div>
    <div class="entry-content wp-block-post-content is-layout-constrained wp-block-post-content-is-layout-constrained">
    <p><strong>{P1}</strong></p><p>{P2}</p>{text_after}</div>
    <div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex">{label}<ul class="wp-block-jetpack-sharing-buttons
    has-normal-icon-size jetpack-sharing-buttons__services-list" id="jetpack-sharing-serivces-list">{buttons}</ul></div>
    <div class="wp-block-query is-layout-flow"><h2 class="wp-block-heading">Fler nyheter</h2><ul class="wp-block-post-template">
    <li class="wp-block-post post-88 post type-post status-publish"><h3 class="wp-block-post-title"><a href="/arsmote/">Välkommen
    till årsmötet</a></h3><div class="wp-block-post-date"><time datetime="2024-02-02T10:00:00+01:00">2 februari 2024</time></div>
    <div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">Årsmötet hålls i Skövde och alla medlemmar är
    välkomna.</p></div></li></ul></div></main></div>"""


@pytest.mark.parametrize(
    "label",
    [
        _OLLIE_SHARE_LABEL,
        '<p class="has-small-font-size">Dela nyheten</p>',
        '<h2 class="wp-block-heading has-small-font-size">Dela nyheten</h2>',
        '<p class="has-small-font-size">Dela inlägget:</p>',
        '<p class="has-small-font-size"><strong>Dela:</strong></p>',
    ],
)
def test_ollies_share_label_goes_with_jetpacks_share_buttons(label: str) -> None:
    doc = _doc(_ollie(label))
    assert [(b.kind, b.text) for b in doc.blocks if b.kind != "title"] == [("lead", P1), ("paragraph", P2)]
    assert doc.published == "2024-03-14"


def test_a_sentence_that_starts_with_dela_stays_also_above_share_buttons() -> None:
    in_text = "<p>Dela gärna nyheten med kollegorna på avdelningen, så att fler känner till planen.</p>"
    above = "<p>Dela med dig av dina erfarenheter av den nya journalen till kansliet i vår.</p>"
    texts = _texts(_ollie(above, in_text))
    assert texts == [
        P1, P2, "Dela gärna nyheten med kollegorna på avdelningen, så att fler känner till planen.",
        "Dela med dig av dina erfarenheter av den nya journalen till kansliet i vår.",
    ]  # fmt: skip


# Hugo with Blowfish: each heading in the text holds, after its text, an empty anchor box and a link to itself that
# shows "#" on hover ("Ankare" its label).
def _blowfish_heading(text: str, anchor: str) -> str:
    return f"""<h2 class="relative group">{text} <div id="{anchor}" class="anchor"></div> <span class="absolute top-0 w-6
    transition-opacity opacity-0 ltr:-left-6 rtl:-right-6 not-prose group-hover:opacity-100"><a class="group-hover:text-primary-300
    dark:group-hover:text-neutral-700" style="text-decoration-line: none !important;" href="#{anchor}" aria-label="Ankare">#</a>
    </span></h2>"""


def _blowfish(text: str) -> str:
    return f"""<main class="grow"><article><header id="single_header" class="mt-5 max-w-prose"><h1 class="mt-0 text-4xl
    font-extrabold text-neutral-900 dark:text-neutral">Ny plan</h1><div class="mt-1 mb-6 text-base text-neutral-500">
    <time datetime="2024-03-14T09:00:00+01:00">14 mars 2024</time></div></header><section class="flex flex-col max-w-full mt-0
    prose dark:prose-invert lg:flex-row"><div class="min-w-0 min-h-0 max-w-fit"><div class="article-content max-w-prose mb-20">
    <p><strong>{P1}</strong></p>{text}</div></div></section></article></main>"""


def test_blowfishs_heading_anchors_leave_the_headings_text() -> None:
    first = _blowfish_heading("Tidplanen för Millennium", "tidplanen-för-millennium")
    second = _blowfish_heading("Kontaktperson utses i slutet av mars", "kontaktperson-utses-i-slutet-av-mars")
    doc = _doc(_blowfish(f"<p>{P2}</p>{first}<p>{_LOVEIT_P3}</p>{second}<p>{P2}</p>"))
    assert [(b.kind, b.text) for b in doc.blocks if b.kind != "title"] == [
        ("lead", P1), ("paragraph", P2), ("heading", "Tidplanen för Millennium"), ("paragraph", _LOVEIT_P3),
        ("heading", "Kontaktperson utses i slutet av mars"), ("paragraph", P2),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "anchor",
    [
        '<a class="heading-anchor" href="#tidplanen">¶</a>',
        '<a class="permalink" href="#tidplanen" title="Länk till rubriken"></a>',
        '<a href="#tidplanen" aria-label="Permalänk">🔗</a>',
        '<a href="#tidplanen" aria-label="Ankare"><span class="icon">§</span></a>',
    ],
)
def test_other_heading_anchors_leave_the_headings_text(anchor: str) -> None:
    text = f'<p>{P2}</p><h2 id="tidplanen">Tidplanen för Millennium {anchor}</h2><p>{_LOVEIT_P3}</p>'
    assert [b.text for b in _doc(_blowfish(text)).blocks if b.kind == "heading"] == ["Tidplanen för Millennium"]


def test_a_heading_that_is_a_link_and_a_sign_in_a_heading_stay() -> None:
    # a heading whose whole text links to itself, one with a link to another page, and a number sign in the text
    text = f"""<p>{P2}</p><h2 id="tidplanen"><a href="#tidplanen" aria-label="Ankare">Tidplanen för Millennium</a></h2>
    <p>{_LOVEIT_P3}</p><h2>Läs hela <a href="/plan.pdf">planen</a> #</h2><p>{P2}</p><h2>Möte #3 i maj</h2><p>{_LOVEIT_P3}</p>"""
    headings = [b.text for b in _doc(_blowfish(text)).blocks if b.kind == "heading"]
    assert headings == ["Tidplanen för Millennium", "Läs hela planen #", "Möte #3 i maj"]


# WordPress with Twenty Ten: the post is "div#post-N.post" in "div#content", its h1, the date line
# ("div.entry-meta"), the text ("div.entry-content") and the post's footer ("div.entry-utility"), whose filing line
# names the post's category (a link, rel="category tag") and its permalink (rel="bookmark").
_TT10_CATEGORY = '<a href="/category/nyheter/" rel="category tag">Nyheter</a>'
_TT10_PERMALINK = '<a href="/2016/04/12/ny-plan/" rel="bookmark">permalänken</a>'
_TT10_FILING = f"Detta inlägg publicerades i {_TT10_CATEGORY}. Bokmärk {_TT10_PERMALINK}."


def _twenty_ten(utility: str = _TT10_FILING, in_text: str = "", box: str = "entry-utility") -> str:
    footer = f'<div class="{box}">{utility}</div>' if utility else ""
    return f"""<div id="wrapper" class="hfeed"><div id="header"><div id="masthead"><div id="branding" role="banner">
    <div id="site-title"><span><a href="/" title="Vårdnytt" rel="home">Vårdnytt</a></span></div>
    <div id="site-description">Nytt om vården i Skaraborg</div></div><div id="access" role="navigation">
    <div class="menu"><ul><li><a href="/">Hem</a></li><li><a href="/om/">Om oss</a></li></ul></div></div></div></div>
    <div id="main"><div id="container"><div id="content" role="main">
    <div id="post-42" class="post-42 post type-post status-publish format-standard hentry category-nyheter">
    <h1 class="entry-title">Ny plan</h1><div class="entry-meta"><span class="meta-prep meta-prep-author">Publicerat
    den</span> <a href="/2016/04/12/ny-plan/" title="09:14" rel="bookmark"><span class="entry-date">12 april 2016</span>
    </a> <span class="meta-sep">av</span> <span class="author vcard"><a class="url fn n" href="/author/kansliet/"
    title="Visa alla inlägg av Kansliet">Kansliet</a></span></div>
    <div class="entry-content"><p>{P1}</p><p>{P2}</p>{in_text}</div>{footer}</div>
    <div id="comments"><p class="nocomments">Kommentarer inaktiverade.</p></div></div></div>
    <div id="primary" class="widget-area" role="complementary"><ul class="xoxo"><li class="widget-container">
    <h3 class="widget-title">Senaste inläggen</h3><ul><li><a href="/2016/04/12/ny-plan/">Ny plan</a></li>
    <li><a href="/2016/03/30/arsmote/">Årsmöte i föreningen</a></li></ul></li></ul></div></div>
    <div id="footer" role="contentinfo"><div id="colophon"><div id="site-info"><a href="/" rel="home">Vårdnytt</a>
    </div><div id="site-generator"><a href="https://wordpress.org/">Drivs med WordPress.</a></div></div></div></div>"""


@pytest.mark.parametrize(
    "utility",
    [
        _TT10_FILING,
        f"Detta inlägg publicerades i {_TT10_CATEGORY}.",  # no permalink
        f"Detta inlägg publicerades i Nyheter. Bokmärk {_TT10_PERMALINK}.",  # the category as plain text
        f"Detta inlägg publicerades i {_TT10_CATEGORY} och har märkts med "
        f'<a href="/tag/journal/" rel="tag">journal</a>. Bokmärk {_TT10_PERMALINK}.',
        f"Läs fler inlägg om planen i {_TT10_CATEGORY}.",  # a child theme's own words: only the class marks them
    ],
)
def test_twenty_tens_post_footer_goes(utility: str) -> None:
    doc = _doc(_twenty_ten(utility))
    blocks = [(b.kind, b.text) for b in doc.blocks if b.kind != "title"]
    assert blocks == [("paragraph", P1), ("paragraph", P2)]
    assert doc.published == "2016-04-12"


def test_twenty_tens_post_footer_inside_the_text_goes() -> None:
    assert _texts(_twenty_ten("", f'<div class="entry-utility">{_TT10_FILING}</div>')) == [P1, P2]


# The same filing line in a box no class marks, in the text or after it, goes by its words around its links; also
# a listing theme's "Publicerat i …" line and WordPress's English one.
@pytest.mark.parametrize(
    "line",
    [
        f"<p>{_TT10_FILING}</p>",
        f"<div>Bokmärk {_TT10_PERMALINK}.</div>",
        f'<p>Publicerat i {_TT10_CATEGORY} | <a href="/2016/04/12/ny-plan/#respond">Lämna en kommentar</a></p>',
        '<p>This entry was posted in <a href="/category/news/" rel="category tag">News</a>. Bookmark the '
        '<a href="/2016/04/12/ny-plan/" rel="bookmark">permalink</a>.</p>',
        "<p>Detta inlägg publicerades i Nyheter. Bokmärk permalänken.</p>",  # no link left at all
    ],
)
def test_a_filing_line_goes_wherever_it_sits(line: str) -> None:
    after_text = line.removeprefix("<p>").removesuffix("</p>")
    assert _texts(_twenty_ten("", line)) == [P1, P2]
    assert _texts(_twenty_ten(after_text, box="post-tail")) == [P1, P2]


# Sentences in the text that say where something was published, with a link or a category's name, stay: their
# other words are no filing line's (or they have no such link).
@pytest.mark.parametrize(
    "line",
    [
        'Inlägget publicerades i tidningen i maj, se <a href="https://tidningen.se/2016/05/plan">tidningens webb</a>.',
        'Publicerat i samarbete med <a href="https://vardforbundet.se/">Vårdförbundet</a> och regionens kommunikatörer.',
        "Beslutet publicerades i kategorin Nyheter på regionens webbplats samma dag.",
        "Detta inlägg publicerades i en kortare version i mars, läs "
        '<a href="/2016/03/01/plan/" rel="bookmark">den första versionen</a> för bakgrunden till beslutet.',
        "Bokmärk sidan om du vill följa arbetet med planen.",
    ],
)
def test_a_sentence_about_publishing_in_the_text_stays(line: str) -> None:
    assert _texts(_twenty_ten("", f"<p>{line}</p>")) == [P1, P2, re.sub(r"<[^>]+>", "", line)]


# Joomla 3 with Beez3: the template prints the site's logo and its slogan as "h1#logo" in "header#header" ("<img
# alt=…>" and "span.header1"), and Joomla's article layout the headline as "h2[itemprop=headline]" in
# "div.page-header", its details ("dl.article-info": author, category, date, hits) and the text
# ("div[itemprop=articleBody]"), whose bold first paragraph is the lead.
_BEEZ_HEADLINE = "Damlaget tog brons i inomhus-SM"
_BEEZ_LEAD = "Vara dragkampsklubbs damlag vann bronset i inomhus-SM i Sollefteå efter en jämn bronsmatch mot Tibro i lördags."
_BEEZ_P1 = "Laget förlorade semifinalen mot Gävle med knapp marginal men vände i bronsmatchen och drog hem två raka dragningar."
_BEEZ_P2 = "Nästa tävling är distriktsmästerskapet i Skövde i mars, där klubben ställer upp med tre lag i olika viktklasser."
_BEEZ_SUBHEADING = "Juniorerna gjorde debut"
_BEEZ_P3 = "Två av klubbens juniorer fick chansen i herrlaget under helgen och drog sina första matcher på seniornivå."
_BEEZ_LOGO = ('<h1 id="logo"><img src="/images/logga-vdk.png" alt="Vara Dragkampsklubb" />'
              '<span class="header1">Dragkamp i Vara sedan 1974</span></h1>')  # fmt: skip
_BEEZ_URL = "https://www.varadragkamp.se/index.php/nyheter/84-damlaget-tog-brons-i-inomhus-sm"


def _beez3(logo: str = _BEEZ_LOGO, head_title: str = _BEEZ_HEADLINE, headline: str = "") -> str:
    headline = headline or f'<div class="page-header"><h2 itemprop="headline">\n{_BEEZ_HEADLINE}</h2></div>'
    return f"""<!DOCTYPE html><html lang="sv-se" dir="ltr"><head>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=3.0, user-scalable=yes"/>
    <meta charset="utf-8" /><base href="{_BEEZ_URL}" /><meta name="author" content="Lena Berg" />
    <meta name="generator" content="Joomla! - Open Source Content Management" /><title>{head_title}</title>
    <link href="/templates/beez3/css/position.css" rel="stylesheet" /></head>
    <body id="shadow"><div id="all"><div id="back"><header id="header"><div class="logoheader">{logo}</div>
    <ul class="skiplinks"><li><a href="#main" class="u2">Hoppa till innehåll</a></li>
    <li><a href="#nav" class="u2">Hoppa till navigation och inloggning</a></li></ul>
    <h2 class="unseen">Sök i navigation</h2><h3 class="unseen">Navigation</h3>
    <ul class="nav menu mod-list"><li class="item-101 default"><a href="/index.php">Hem</a></li>
    <li class="item-102 current active"><a href="/index.php/nyheter">Nyheter</a></li>
    <li class="item-103"><a href="/index.php/traning">Träning</a></li><li class="item-104"><a href="/index.php/kontakt">
    Kontakt</a></li></ul><div id="line"><div id="fontsize"></div><h3 class="unseen">Sök</h3><div class="search">
    <form action="/index.php/nyheter" method="post" class="form-inline" role="search"><label
    for="mod-search-searchword" class="element-invisible">Sök …</label><input name="searchword"
    id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Sök …" />
    <input type="hidden" name="task" value="search" /></form></div></div></header>
    <div id="contentarea"><div id="breadcrumbs"><div class="breadcrumbs"><span class="showHere">Du är här: </span>
    <a href="/index.php" class="pathway">Hem</a> <img src="/media/system/images/arrow.png" alt="" />
    <a href="/index.php/nyheter" class="pathway">Nyheter</a> <img src="/media/system/images/arrow.png" alt="" />
    <span>{_BEEZ_HEADLINE}</span></div></div>
    <nav class="left1 leftbigger" id="nav"><div class="moduletable_menu"><h3><span class="backh"><span class="backh2">
    <span class="backh3">Huvudmeny</span></span></span></h3><ul class="nav menu"><li class="item-101"><a
    href="/index.php">Hem</a></li><li class="item-105"><a href="/index.php/styrelsen">Styrelsen</a></li></ul></div>
    </nav><div id="wrapper2"><div id="main"><div id="system-message-container"></div>
    <div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="sv-SE" />
    {headline}
    <div class="icons"><div class="btn-group pull-right"><a class="btn dropdown-toggle" data-toggle="dropdown" href="#">
    <span class="icon-cog"></span><span class="caret"></span></a><ul class="dropdown-menu"><li class="print-icon"><a
    href="{_BEEZ_URL}?tmpl=component&amp;print=1" title="Skriv ut artikel &lt; {_BEEZ_HEADLINE} &gt;" rel="nofollow">
    <span class="icon-print"></span>Skriv ut</a></li><li class="email-icon"><a href="/index.php/component/mailto/?tmpl=
    component" title="Skicka länken till en vän" rel="nofollow"><span class="icon-envelope"></span>E-post</a></li></ul>
    </div></div>
    <dl class="article-info muted"><dt class="article-info-term">Detaljer</dt>
    <dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Skrivet av
    <span itemprop="name">Lena Berg</span></dd><dd class="category-name">Kategori: <a href="/index.php/nyheter"
    itemprop="genre">Nyheter</a></dd><dd class="published"><span class="icon-calendar" aria-hidden="true"></span>
    <time datetime="2019-02-11T19:04:37+00:00" itemprop="datePublished">Publicerad: 11 februari 2019</time></dd>
    <dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount"
    content="UserPageVisits:57" />Visningar: 57</dd></dl>
    <div itemprop="articleBody"><p><strong>{_BEEZ_LEAD}</strong></p><p>{_BEEZ_P1}</p><p>{_BEEZ_P2}</p>
    <h3>{_BEEZ_SUBHEADING}</h3><p>{_BEEZ_P3}</p></div>
    <ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="Årsmöte 2019" aria-label="Föregående
    artikel: Årsmöte 2019" href="/index.php/nyheter/83-arsmote-2019" rel="prev"><span class="icon-chevron-left"
    aria-hidden="true"></span> <span aria-hidden="true">Föregående</span></a></li></ul></div>
    </div></div><div id="close"><a href="#" onclick="auf('right')"><span id="bild">Stäng info</span></a></div>
    <aside id="right"><h2 class="unseen">Ytterligare information</h2><div class="moduletable"><h3><span class="backh">
    <span class="backh2"><span class="backh3">Senaste nyheter</span></span></span></h3><ul class="latestnews">
    <li itemscope itemtype="https://schema.org/Article"><a href="{_BEEZ_URL}" itemprop="url"><span itemprop="name">
    {_BEEZ_HEADLINE}</span></a></li><li itemscope itemtype="https://schema.org/Article"><a
    href="/index.php/nyheter/83-arsmote-2019" itemprop="url"><span itemprop="name">Årsmöte 2019</span></a></li></ul>
    </div></aside><div class="wrap"></div></div></div></div>
    <div id="footer-outer"><div id="footer-sub"><footer id="footer"><div class="moduletable"><div class="custom">
    <p>Vara Dragkampsklubb · Idrottsvägen 4 · 534 31 Vara</p></div></div><p>Powered by
    <a href="https://www.joomla.org/">Joomla!®</a></p></footer></div></div>
    <div id="cookieNotice" class="cookie-notice"><p>Vi använder kakor för att webbplatsen ska fungera som den ska för
    dig. <a href="/index.php/kakor">Läs mer</a></p><button type="button" id="cookieAccept">Jag förstår</button></div>
    </body></html>"""


_BEEZ_BLOCKS = [
    ("title", _BEEZ_HEADLINE),
    ("lead", _BEEZ_LEAD),
    ("paragraph", _BEEZ_P1),
    ("paragraph", _BEEZ_P2),
    ("heading", _BEEZ_SUBHEADING),
    ("paragraph", _BEEZ_P3),
]


_joomla = functools.partial(_cleaned, _BEEZ_URL)


@pytest.mark.parametrize(
    "logo",
    [
        _BEEZ_LOGO,
        # no logo image: the site's name as the h1's text, the slogan after it
        '<h1 id="logo">Vara Dragkampsklubb <span class="header1">Dragkamp i Vara sedan 1974</span></h1>',
        "",  # no logo h1 at all: the lead is still the lead
    ],
)
@pytest.mark.parametrize(
    "head_title",
    [_BEEZ_HEADLINE, f"{_BEEZ_HEADLINE} - Vara Dragkampsklubb", "Vara Dragkampsklubb"],
)
def test_beez3s_logo_h1_is_no_title_and_the_bold_first_paragraph_under_the_headline_h2_is_the_lead(
    logo: str, head_title: str
) -> None:
    doc = _joomla(_beez3(logo, head_title))
    assert doc.title == _BEEZ_HEADLINE
    assert [(b.kind, b.text) for b in doc.blocks] == _BEEZ_BLOCKS
    assert doc.published == "2019-02-11"


def test_beez3s_headline_as_a_link_to_the_article_is_the_title() -> None:
    # Joomla's "Linked Titles" option: the headline links to the article's own address
    linked = f'<div class="page-header"><h2 itemprop="headline"><a href="{_BEEZ_URL}" itemprop="url">{_BEEZ_HEADLINE}</a></h2></div>'
    doc = _joomla(_beez3(headline=linked))
    assert [(b.kind, b.text) for b in doc.blocks] == _BEEZ_BLOCKS


def test_a_headline_h2_under_the_text_is_no_title_beside_a_logo_h1() -> None:
    # with "Show Title" off Joomla prints no headline; an embedded card's "h2[itemprop=headline]" after the text is
    # another article's, and the <title> cut of the site's name (the logo's h1 alone) is the title
    card = (f'<div itemscope itemtype="https://schema.org/Article"><h2 itemprop="headline">Årsmöte 2019</h2>'
            f"<p>{_BEEZ_P3}</p></div>")
    body = f'<div itemprop="articleBody"><p>{_BEEZ_LEAD}</p><p>{_BEEZ_P1}</p>{card}</div>'
    html = _beez3('<h1 id="logo">Vara Dragkampsklubb</h1>', f"{_BEEZ_HEADLINE} - Vara Dragkampsklubb")
    html = re.sub(r'<div class="page-header">.*?</div>|<div itemprop="articleBody">.*?</div>', "", html, flags=re.S)
    doc = _joomla(html.replace('<div class="icons">', body + '<div class="icons">'))
    assert doc.title == _BEEZ_HEADLINE
    assert "Årsmöte 2019" in [b.text for b in doc.blocks if b.kind == "heading"]


@pytest.mark.parametrize(
    "header",
    [
        # an older theme's header box holds the page's headline as its h1, a schema.org card before the text
        f'<div id="header"><h1>{_BEEZ_HEADLINE}</h1></div>',
        # the site's logo h1, then the article's own h1 in its header
        f'<header id="header"><h1 id="logo"><a href="/">Vara Dragkampsklubb</a></h1></header>'
        f'<header class="entry-header"><h1 class="entry-title">{_BEEZ_HEADLINE}</h1></header>',
    ],
)
def test_a_headline_h1_stays_the_title_beside_a_headline_h2_of_another_article(header: str) -> None:
    card = ('<aside><div itemscope itemtype="https://schema.org/Article"><h2 itemprop="headline">'
            '<a href="/index.php/nyheter/83-arsmote-2019">Årsmöte 2019</a></h2></div></aside>')
    body = f"{header}{card}<main><p><strong>{_BEEZ_LEAD}</strong></p><p>{_BEEZ_P1}</p><p>{_BEEZ_P2}</p></main>"
    html = f"<html lang='sv'><head><title>Vara Dragkampsklubb</title></head><body>{body}</body></html>"
    doc = _joomla(html)
    assert doc.title == _BEEZ_HEADLINE
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("title", _BEEZ_HEADLINE), ("lead", _BEEZ_LEAD), ("paragraph", _BEEZ_P1), ("paragraph", _BEEZ_P2)
    ]


# Blogger with Notable: the blog's name is the page's only h1 (a link home in the header widget), the post's title an
# "h3.post-title.entry-title" in "div.post" of "article.post-outer-container", with its date line ("div.post-header")
# and the share menu under it, then the text ("div.post-body.entry-content"), whose bold first paragraph is the lead.
_NOTABLE_BLOG = "https://tibrokanotklubb.blogspot.com"
_NOTABLE_URL = f"{_NOTABLE_BLOG}/2018/11/ungdomarna-paddlade-hem-tre-guld.html"
_NOTABLE_HEADLINE = "Ungdomarna paddlade hem tre guld"
_NOTABLE_LEAD = "Tibro kanotklubbs ungdomar tog tre guld och två silver när distriktsmästerskapen avgjordes på Ösan i helgen."
_NOTABLE_P1 = "Mest glädje väckte K2-segern i femtonårsklassen, där Moa och Linnea Dahl vann med över tio sekunders marginal."
_NOTABLE_P2 = "Tränaren Johan Ekberg berömde hela gruppen för att ha tränat troget i regn och blåst under hela hösten."
_NOTABLE_SUBHEADING = "Vinterträningen flyttar inomhus"
_NOTABLE_P3 = "Från och med december tränar ungdomsgruppen i simhallen på tisdagar och i gymmet på torsdagar."
_NOTABLE_DATE = (
    "<div class='post-header'><div class='post-header-line-1'><span class='byline post-timestamp'>"
    f"<meta content='{_NOTABLE_URL}'/><a class='timestamp-link' href='{_NOTABLE_URL}' rel='bookmark' title='permanent link'>"
    "<time class='published' datetime='2018-11-14T09:40:00+01:00' title='2018-11-14T09:40:00+01:00'>november 14, 2018</time>"
    "</a></span></div></div>"
)


def _notable_share() -> str:
    items = "".join(
        f"<li><span aria-label='Dela på {name}' class='sharing-platform-button sharing-element-{key}' "
        f"data-href='https://www.blogger.com/share-post.g?blogID=7100&amp;postID=4417&amp;target={key}' "
        f"data-url='{_NOTABLE_URL}' role='menuitem' tabindex='-1' title='Dela på {name}'><svg class='svg-icon-24 "
        f"touch-icon sharing-{key}'><use xlink:href='#icon-{key}'></use></svg><span class='platform-sharing-text'>{name}"
        "</span></span></li>"
        for key, name in (("", "Hämta länk"), ("facebook", "Facebook"), ("twitter", "Twitter"), ("email", "E-post"))
    )
    return f"""<div class='post-share-buttons post-share-buttons-top'><div class='byline post-share-buttons goog-inline-block'>
    <div aria-owns='sharing-popup-Blog1-byline-4417' class='sharing' data-title='{_NOTABLE_HEADLINE}'><button
    aria-controls='sharing-popup-Blog1-byline-4417' aria-label='Dela' class='sharing-button touch-icon-button' role='button'>
    <div class='flat-icon-button ripple'><svg class='svg-icon-24'><use xlink:href='#icon-share'></use></svg></div></button>
    <div class='share-buttons-container'><ul aria-hidden='true' aria-label='Dela' class='share-buttons hidden'
    id='sharing-popup-Blog1-byline-4417' role='menu'>{items}</ul></div></div></div></div>"""


_NOTABLE_TAGLINE = "Paddling på Ösan och Tidan sedan 1962"


def _notable(
    title: str = "h3", bold: str = "b", date: str = _NOTABLE_DATE, share: bool = True, tagline: str = _NOTABLE_TAGLINE
) -> str:
    blog = _NOTABLE_BLOG
    return f"""<!DOCTYPE html><html class='v2' dir='ltr' lang='sv' xmlns='http://www.w3.org/1999/xhtml'
    xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data'><head>
    <meta content='width=device-width, initial-scale=1' name='viewport'/><title>{_NOTABLE_HEADLINE}</title>
    <meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/><meta content='blogger' name='generator'/>
    <link href='{_NOTABLE_URL}' rel='canonical'/><meta content='{_NOTABLE_URL}' property='og:url'/>
    <meta content='{_NOTABLE_HEADLINE}' property='og:title'/><meta content='{_NOTABLE_LEAD}' property='og:description'/>
    </head><body class='post-view item-view version-1-3-3 variant-notable_light'>
    <a class='skip-navigation' href='#main' tabindex='0'>Hoppa till huvudinnehåll</a><div class='page'><div class='page_body'>
    <div class='centered'><header class='centered-top-container' role='banner'><div class='centered-top'>
    <div class='blog-name container'><div class='container section' id='header' name='Rubrik'><div class='widget Header'
    data-version='2' id='Header1'><div class='header-widget'><div><h1><a href='{blog}/'>Tibro Kanotklubb</a></h1></div>
    <p>{tagline}</p></div></div></div></div><div class='centered-top-secondinner'>
    <div class='section' id='search_top'><div class='widget BlogSearch' data-version='2' id='BlogSearch1'><h3 class='title'>Sök
    i den här bloggen</h3><div class='widget-content' role='search'><form action='{blog}/search' target='_top'><input
    aria-label='Sök i den här bloggen' name='q' value=''/><input class='search-action flat-button' type='submit' value='Sök'/>
    </form></div></div></div></div><nav role='navigation'><div class='section' id='page_list_top'><div class='widget PageList'
    id='PageList1'><ul class='tabs'><li class='overflowable-item'><a href='{blog}/'>Startsida</a></li><li
    class='overflowable-item'><a href='{blog}/p/traningstider.html'>Träningstider</a></li><li class='overflowable-item'><a
    href='{blog}/p/kontakt.html'>Kontakt</a></li></ul></div></div></nav></div></header>
    <div class='crumbs'><a href='{blog}/'>Startsida</a> › <a href='{blog}/search/label/T%C3%A4vling'>Tävling</a> ›
    <span>{_NOTABLE_HEADLINE}</span></div>
    <main class='centered-bottom' id='main' role='main' tabindex='-1'><div class='main section' id='page_body'>
    <div class='widget Blog' data-version='2' id='Blog1'><div class='blog-posts hfeed container'>
    <article class='post-outer-container'><div class='post-outer'><div class='post'>
    <script type='application/ld+json'>{{"@context": "http://schema.org", "@type": "BlogPosting", "headline":
    "{_NOTABLE_HEADLINE}", "datePublished": "2018-11-14T09:40:00+01:00"}}</script><a name='4417'></a>
    <{title} class='post-title entry-title'>{_NOTABLE_HEADLINE}</{title}>
    {date}{_notable_share() if share else ""}
    <div class='post-body-container'><div class='post-body entry-content float-container' id='post-body-4417'>
    <p><{bold}>{_NOTABLE_LEAD}</{bold}></p><p>{_NOTABLE_P1}</p><p>{_NOTABLE_P2}</p><h3>{_NOTABLE_SUBHEADING}</h3>
    <p>{_NOTABLE_P3}</p></div></div>
    <div class='post-bottom'><div class='post-footer float-container'><div class='post-footer-line post-footer-line-1'><span
    class='byline post-author vcard'><span class='byline-label'>av</span><span class='fn'><a class='g-profile'
    href='https://www.blogger.com/profile/123' rel='author' title='author profile'><span>Styrelsen</span></a></span></span>
    </div><div class='post-footer-line post-footer-line-2'><span class='byline post-labels'><span class='byline-label'>Etiketter:
    </span><a href='{blog}/search/label/T%C3%A4vling' rel='tag'>Tävling</a></span></div></div></div></div></div>
    <section class='comments embed' data-num-comments='0' id='comments'><h3 class='title'>Kommentarer</h3><p
    class='comment-footer'><a href='https://www.blogger.com/comment.g?blogID=7100&amp;postID=4417'>Skicka en kommentar</a></p>
    </section></article></div>
    <div class='blog-pager container' id='blog-pager'><a class='blog-pager-newer-link flat-button ripple'
    href='{blog}/2018/11/julavslutning.html'>Senare inlägg</a><a class='blog-pager-older-link flat-button ripple'
    href='{blog}/2018/10/hostmilen.html'>Äldre inlägg</a></div></div></div>
    <div class='section' id='related_posts'><div class='widget HTML' id='HTML4'><h3 class='title'>Läs också</h3><div
    class='widget-content'><ul><li><a href='{blog}/2018/10/hostmilen.html'>Höstmilen lockade fyrtio paddlare</a></li><li><a
    href='{blog}/2018/09/nya-kajaker.html'>Nya kajaker till ungdomsgruppen</a></li></ul></div></div></div></main>
    <aside class='sidebar-container container' role='complementary'><div class='sidebar_top section' id='sidebar_top'>
    <div class='widget Profile' id='Profile1'><h3 class='title'>Om oss</h3><dl class='profile-datablock'><dt
    class='profile-data'><a class='profile-link g-profile' href='https://www.blogger.com/profile/123'>Styrelsen</a></dt><dd
    class='profile-textblock'>Tibro Kanotklubbs styrelse skriver om klubbens verksamhet.</dd></dl></div>
    <div class='widget BlogArchive' id='BlogArchive1'><h3 class='title'>Arkiv</h3><ul class='hierarchy'><li class='archivedate'>
    <a class='post-count-link' href='{blog}/2018/'>2018</a><span class='post-count'>(14)</span></li></ul></div></div></aside>
    <footer class='footer section' id='footer'><div class='widget Attribution' id='Attribution1'><div class='blogger'><a
    href='https://www.blogger.com' rel='nofollow'>Tillhandahålls av Blogger</a></div></div></footer></div></div></div>
    <div id='cookieChoiceInfo' class='cookie-choices-info'><span class='cookie-choices-text'>Den här webbplatsen använder cookies
    från Google för att leverera tjänster och analysera trafik.</span><a class='cookie-choices-button'
    href='https://policies.google.com/technologies/cookies'>Läs mer</a><a class='cookie-choices-button'
    id='cookieChoiceDismiss'>Ok</a></div></body></html>"""


_NOTABLE_BLOCKS = [
    ("title", _NOTABLE_HEADLINE),
    ("lead", _NOTABLE_LEAD),
    ("paragraph", _NOTABLE_P1),
    ("paragraph", _NOTABLE_P2),
    ("heading", _NOTABLE_SUBHEADING),
    ("paragraph", _NOTABLE_P3),
]


_blogger = functools.partial(_cleaned, _NOTABLE_URL)


@pytest.mark.parametrize("bold", ["b", "strong"])
@pytest.mark.parametrize(("date", "share"), [(_NOTABLE_DATE, True), ("", True), (_NOTABLE_DATE, False)])
def test_notables_post_title_h3_under_the_blogs_name_heads_the_bold_lead(bold: str, date: str, share: bool) -> None:
    doc = _blogger(_notable(bold=bold, date=date, share=share))
    assert doc.title == _NOTABLE_HEADLINE
    assert [(b.kind, b.text) for b in doc.blocks] == _NOTABLE_BLOCKS
    assert doc.published == "2018-11-14"


def test_notables_post_title_as_an_h1_heads_the_bold_lead_too() -> None:
    assert [(b.kind, b.text) for b in _blogger(_notable(title="h1")).blocks] == _NOTABLE_BLOCKS


@pytest.mark.parametrize("classes", ["post-title entry-title", "entry-title", "article-title headline", "title post-title"])
def test_a_heading_with_a_post_title_class_among_others_heads_the_post(classes: str) -> None:
    html = _notable().replace("class='post-title entry-title'", f"class='{classes}'")
    assert [(b.kind, b.text) for b in _blogger(html).blocks] == _NOTABLE_BLOCKS


def test_a_post_title_classed_heading_after_the_text_heads_no_post() -> None:
    # a card of another post with its title classed so, after a paragraph of prose on a page whose h1 is the blog's
    # name: no headline, and the bold paragraph at the top of the text is no lead under it
    card = f"<div class='post-outer'><h3 class='post-title entry-title'>Höstmilen lockade fyrtio paddlare</h3><p>{_NOTABLE_P3}</p></div>"
    html = re.sub(r"<h3 class='post-title entry-title'>.*?</h3>", "", _notable())
    html = html.replace("<div class='post-bottom'>", f"{card}<div class='post-bottom'>")
    doc = _blogger(html)
    assert doc.title == _NOTABLE_HEADLINE  # from og:title and <title>
    assert ("lead", _NOTABLE_LEAD) not in [(b.kind, b.text) for b in doc.blocks]


# The blog's description in the Header widget, a sentence of eight words or more, as a club writes it: Notable's page
# ("header.centered-top-container[role=banner] > … > div#header") and older layouts without <header> ("div#header").
_NOTABLE_DESCRIPTION = "Kanotklubben för barn, ungdomar och vuxna som vill paddla på Ösan och Tidan."
_NOTABLE_HEADER = "<header class='centered-top-container' role='banner'>"


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        (_NOTABLE_HEADER, "</header>"),  # Notable's header, a banner
        ("<header class='centered-top-container'>", "</header>"),  # a <header> outside the post, no role
        ("<div class='centered-top-container'>", "</div>"),  # older layouts: "div#header" alone
    ],
)
def test_notables_blog_description_in_the_sites_header_is_no_prose_before_the_post(opening: str, closing: str) -> None:
    html = _notable(tagline=_NOTABLE_DESCRIPTION).replace(_NOTABLE_HEADER, opening)
    doc = _blogger(html.replace("</nav></div></header>", f"</nav></div>{closing}"))
    assert doc.title == _NOTABLE_HEADLINE
    assert [(b.kind, b.text) for b in doc.blocks] == _NOTABLE_BLOCKS
    assert doc.published == "2018-11-14"


def test_a_sentence_before_the_post_title_outside_the_sites_header_is_prose_before_it() -> None:
    # a sentence in the crumb line's box, outside the header: the h3 heads no post, and the bold paragraph is no lead
    html = _notable().replace("<div class='crumbs'>", f"<div class='crumbs'><p>{_NOTABLE_DESCRIPTION}</p>")
    assert ("lead", _NOTABLE_LEAD) not in [(b.kind, b.text) for b in _blogger(html).blocks]


# Drupal 7 with Garland: the page's h1 in "#squeeze", then the node ("div.node" with RDFa attributes) holding its
# hidden RDFa spans, the byline as an inline "span.submitted" loose beside the body's "div.content" (its date in an
# RDFa span with "content" and "datatype"), the body field, whose bold first paragraph is the lead, and the tags.
_GARLAND_HEADLINE = "Klubbmästare efter sju ronder"
_GARLAND_URL = "https://www.lidkopingsschack.se/nyheter/klubbmastare-efter-sju-ronder"
_GARLAND_LEAD = "Lidköpings schackklubbs höstturnering avgjordes i söndags, och Elin Forsberg blev klubbmästare efter sex vinster."
_GARLAND_P1 = "Turneringen spelades i sju ronder i Folkets hus med fyrtiotvå deltagare, den största uppslutningen på tio år."
_GARLAND_P2 = "Andraplatsen gick till juniorn Adam Holm, som bara förlorade mot segraren i den avgörande sista ronden."
_GARLAND_SUBHEADING = "Lag-DM i januari"
_GARLAND_P3 = "Klubben anmäler två lag till distriktets lagmästerskap, som spelas i Skara den andra helgen i januari."
_GARLAND_DATE = ('<span property="dc:date dc:created" content="2018-11-14T09:40:00+01:00" datatype="xsd:dateTime">'
                 "ons, 2018-11-14 09:40</span>")  # fmt: skip
_GARLAND_AUTHOR = ('<span rel="sioc:has_creator"><a href="/users/kansliet" title="Visa användarprofil." class="username" '
                   'xml:lang="" about="/users/kansliet" typeof="sioc:UserAccount" property="foaf:name" datatype="">kansliet</a></span>')  # fmt: skip
_GARLAND_SUBMITTED = f'<span class="submitted">Skickat av {_GARLAND_AUTHOR} den {_GARLAND_DATE}</span>'


def _garland(submitted: str = _GARLAND_SUBMITTED, after_body: str = "", loose: str = "") -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
    <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="sv" version="XHTML+RDFa 1.0" dir="ltr"
    xmlns:dc="http://purl.org/dc/terms/" xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:sioc="http://rdfs.org/sioc/ns#"
    xmlns:xsd="http://www.w3.org/2001/XMLSchema#"><head profile="http://www.w3.org/1999/xhtml/vocab">
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <meta name="Generator" content="Drupal 7 (http://drupal.org)" /><link rel="canonical" href="/nyheter/klubbmastare-efter-sju-ronder" />
    <link rel="shortlink" href="/node/57" /><title>{_GARLAND_HEADLINE} | Lidköpings Schackklubb</title>
    <style type="text/css" media="all">@import url("/themes/garland/style.css?pi1x2b");</style></head>
    <body class="html not-front not-logged-in one-sidebar sidebar-first page-node page-node- page-node-57 node-type-article">
    <div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Hoppa till huvudinnehåll</a></div>
    <div id="wrapper"><div id="container" class="clearfix"><div id="header"><div id="logo-floater"><div id="branding">
    <strong><a href="/"><img src="/sites/default/files/logo.png" alt="Lidköpings Schackklubb" id="logo" /><span>Lidköpings
    Schackklubb</span> Schack vid Vänern sedan 1921</a></strong></div></div><h2 class="element-invisible">Huvudmeny</h2>
    <ul class="links primary-links"><li class="menu-218 first"><a href="/">Hem</a></li><li class="menu-330 active-trail
    active"><a href="/nyheter" class="active-trail">Nyheter</a></li><li class="menu-331"><a href="/traning">Träning</a></li>
    <li class="menu-332 last"><a href="/kontakt">Kontakt</a></li></ul></div>
    <div id="sidebar-first" class="sidebar"><div class="region region-sidebar-first"><div id="block-search-form"
    class="clearfix block block-search" role="search"><div class="content"><form action="/nyheter" method="post"
    id="search-block-form"><div class="container-inline"><h2 class="element-invisible">Sökformulär</h2><label
    class="element-invisible" for="edit-search-block-form--2">Sök </label><input type="text" id="edit-search-block-form--2"
    name="search_block_form" class="form-text" /><input type="submit" id="edit-submit" name="op" value="Sök"
    class="form-submit" /></div></form></div></div>
    <div id="block-node-recent" class="clearfix block block-node"><h2>Senaste innehåll</h2><div class="content"><table>
    <tbody><tr class="odd"><td class="title-author"><a href="/nyheter/klubbmastare-efter-sju-ronder">{_GARLAND_HEADLINE}</a>
    </td></tr><tr class="even"><td class="title-author"><a href="/nyheter/simultan-med-stormastare">Simultan med
    stormästare</a></td></tr></tbody></table></div></div>
    <div id="block-block-2" class="clearfix block block-block"><h2>Speltider</h2><div class="content"><p>Klubbkvällar
    tisdagar från 18.30 i Folkets hus.</p></div></div></div></div>
    <div id="center"><div id="squeeze"><div class="right-corner"><div class="left-corner">
    <h2 class="element-invisible">Du är här</h2><div class="breadcrumb"><a href="/">Hem</a> › <a href="/nyheter">Nyheter</a></div>
    <a id="main-content"></a><h1>{_GARLAND_HEADLINE}</h1>
    <div class="clearfix"><div class="region region-content"><div id="block-system-main" class="block block-system">
    <div class="content"><div id="node-57" class="node node-article node-promoted clearfix"
    about="/nyheter/klubbmastare-efter-sju-ronder" typeof="sioc:Item foaf:Document">
    <span property="dc:title" content="{_GARLAND_HEADLINE}" class="rdf-meta element-hidden"></span><span
    property="sioc:num_replies" content="0" datatype="xsd:integer" class="rdf-meta element-hidden"></span>
    {submitted}{loose}
    <div class="content clearfix"><div class="field field-name-body field-type-text-with-summary field-label-hidden">
    <div class="field-items"><div class="field-item even" property="content:encoded"><p><strong>{_GARLAND_LEAD}</strong></p>
    <p>{_GARLAND_P1}</p><p>{_GARLAND_P2}</p><h3>{_GARLAND_SUBHEADING}</h3><p>{_GARLAND_P3}</p></div></div></div>
    <div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div
    class="field-label">Taggar:&nbsp;</div><div class="field-items"><div class="field-item even" rel="dc:subject"><a
    href="/taxonomy/term/4" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">turneringar</a></div>
    </div></div></div>{after_body}
    <div class="clearfix"><div class="links"><ul class="links inline"><li class="comment_forbidden first last"><span><a
    href="/user/login?destination=node/57%23comment-form">Logga in</a> för att kommentera</span></li></ul></div></div>
    </div></div></div>
    <div id="block-block-3" class="clearfix block block-block"><h2>Dela</h2><div class="content"><p><a
    href="https://www.facebook.com/sharer/sharer.php?u={_GARLAND_URL}">Facebook</a> | <a
    href="https://twitter.com/intent/tweet?url={_GARLAND_URL}">Twitter</a></p></div></div>
    <div id="block-views-relaterade-block" class="clearfix block block-views"><h2>Relaterade nyheter</h2><div
    class="content"><div class="view view-relaterade"><div class="item-list"><ul><li class="views-row views-row-1"><a
    href="/nyheter/simultan-med-stormastare">Simultan med stormästare</a></li><li class="views-row views-row-2"><a
    href="/nyheter/nya-klockor">Nya schackklockor till juniorerna</a></li></ul></div></div></div></div></div></div>
    <div id="footer"><div class="region region-footer"><div id="block-block-1" class="clearfix block block-block"><div
    class="content"><p>Lidköpings Schackklubb · Folkets hus · Box 112 · 531 22 Lidköping</p></div></div></div></div>
    </div></div></div></div></div></div>
    <div id="sliding-popup" class="sliding-popup-bottom"><div class="popup-content info"><div id="popup-text"><p>Vi använder
    kakor för att förbättra din upplevelse av webbplatsen.</p></div><div id="popup-buttons"><button type="button"
    class="agree-button">OK, jag godkänner</button><button type="button" class="find-more-button">Mer information</button>
    </div></div></div></body></html>"""


_GARLAND_BLOCKS = [
    ("title", _GARLAND_HEADLINE),
    ("lead", _GARLAND_LEAD),
    ("paragraph", _GARLAND_P1),
    ("paragraph", _GARLAND_P2),
    ("heading", _GARLAND_SUBHEADING),
    ("paragraph", _GARLAND_P3),
]


_drupal = functools.partial(_cleaned, _GARLAND_URL)


@pytest.mark.parametrize(
    "submitted",
    [
        _GARLAND_SUBMITTED,
        _GARLAND_SUBMITTED.replace(' content="2018-11-14T09:40:00+01:00"', ""),  # no RDFa date: the text gives it
    ],
)
def test_garlands_inline_byline_before_the_body_leaves_the_bold_first_paragraph_the_lead(submitted: str) -> None:
    doc = _drupal(_garland(submitted))
    assert doc.title == _GARLAND_HEADLINE
    assert [(b.kind, b.text) for b in doc.blocks] == _GARLAND_BLOCKS
    assert doc.published == "2018-11-14"


@pytest.mark.parametrize(
    ("submitted", "after_body"),
    [
        (f'<span class="submitted">Skickat av {_GARLAND_AUTHOR} den </span>', ""),  # no date text
        (f'<span class="submitted">Skickat den {_GARLAND_DATE} av {_GARLAND_AUTHOR}</span>', ""),  # another order
        (f'<span class="submitted">{_GARLAND_DATE} — {_GARLAND_AUTHOR}</span>', ""),  # a sub-theme's own byline
        (_GARLAND_SUBMITTED.replace("<span class=\"submitted\">", "<p class=\"submitted\">")[: -len("</span>")] + "</p>", ""),
        ("", _GARLAND_SUBMITTED),  # the byline after the body
        ("", ""),  # no byline
    ],
)
def test_garlands_bold_first_paragraph_is_the_lead_whatever_the_byline(submitted: str, after_body: str) -> None:
    assert [(b.kind, b.text) for b in _drupal(_garland(submitted, after_body)).blocks] == _GARLAND_BLOCKS


def test_a_sentence_loose_before_the_body_is_the_first_text_and_the_bold_paragraph_no_lead() -> None:
    # running text loose in the node before the body is text under the headline: the bold paragraph after it
    # is not the first text there, so no lead
    loose = "Här är klubbens sammanfattning av höstens turnering, skriven av tävlingsledaren efter sista ronden."
    kinds = [b.kind for b in _drupal(_garland(loose=loose)).blocks]
    assert "lead" not in kinds


# WordPress 4.4 with Stargazer: the post is "article.entry" in "main#content", its header (h1.entry-title and the
# byline "div.entry-byline"), the text ("div.entry-content"), whose bold first paragraph is the lead, and at its end
# Simple Share Buttons Adder's box ("div.ssba.ssba-wrap"): the label "Dela detta:" as bare text beside links around
# the buttons' images.
_STARGAZER_URL = "https://www.hjoorientering.se/2018/11/14/nattorienteringen-fick-rekorddeltagande/"
_STARGAZER_HEADLINE = "Nattorienteringen fick rekorddeltagande"
_STARGAZER_LEAD = "Hjo orienteringsklubbs nattorientering i Guldkroksskogen samlade 142 löpare i fredags, fler än någonsin tidigare."
_STARGAZER_P1 = "Banorna lades av ungdomssektionen, som också skötte starten och målgången med hjälp av föräldrar och ledare."
_STARGAZER_P2 = "Snabbast på den långa banan var Ida Sjöberg, som tog sig runt de sju kilometerna på en timme och fyra minuter."
_STARGAZER_SUBHEADING = "Vintercupen börjar i december"
_STARGAZER_P3 = "Klubbens vintercup startar den första söndagen i december och avgörs i fem deltävlingar fram till mars."
_SSBA_BUTTONS = (
    ("facebook", "Facebook", "Share on Facebook", f"http://www.facebook.com/sharer.php?u={_STARGAZER_URL}"),
    ("twitter", "Twitter", "Tweet about this on Twitter", f"http://twitter.com/share?url={_STARGAZER_URL}&amp;text=Nattorienteringen+"),
    ("linkedin", "LinkedIn", "Share on LinkedIn", f"http://www.linkedin.com/shareArticle?mini=true&amp;url={_STARGAZER_URL}"),
    ("email", "Email", "Email this to someone", f"mailto:?Subject=Nattorienteringen&amp;Body=%20{_STARGAZER_URL}"),
)  # fmt: skip


def _ssba(label: str = "Dela detta:", classes: str = "ssba ssba-wrap", print_button: bool = False, networks: int = 4) -> str:
    buttons = "".join(
        f'<a data-site="" class="ssba_{key}_share" href="{href}" target="_blank"><img src="/wp-content/plugins/'
        f'simple-share-buttons-adder/buttons/somacro/{key}.png" title="{name}" class="ssba ssba-img" alt="{alt}" /></a>'
        for key, name, alt, href in _SSBA_BUTTONS[:networks]
    )
    if print_button:
        buttons += ('<a data-site="print" class="ssba_print ssba_share_link" href="#" onclick="javascript:window.print()">'
                    '<img src="/wp-content/plugins/simple-share-buttons-adder/buttons/somacro/print.png" title="Print" '
                    'class="ssba ssba-img" alt="Print this page" /></a>')  # fmt: skip
    return (f'<!-- Simple Share Buttons Adder (6.0.3) simplesharebuttons.com --><div class="{classes}"><div '
            f'style="text-align:left">{label}{buttons}</div></div>')  # fmt: skip


def _stargazer(in_text: str = _ssba(), after_text: str = "") -> str:
    url, headline = _STARGAZER_URL, _STARGAZER_HEADLINE
    return f"""<!DOCTYPE html><html lang="sv-SE"><head><meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" /><title>{headline} &#8211; Hjo Orienteringsklubb</title>
    <link rel='stylesheet' id='ssba-page-styles-css' href='/wp-content/plugins/simple-share-buttons-adder/css/page.css?ver=4.4.16'
    type='text/css' media='all' /><link rel='stylesheet' id='stargazer-style-css' href='/wp-content/themes/stargazer/style.min.css'
    type='text/css' media='all' /><meta name="generator" content="WordPress 4.4.16" /><link rel="canonical" href="{url}" /></head>
    <body class="wordpress ltr sv_SE parent-theme y2018 m11 d14 h09 wednesday logged-out singular singular-post singular-post-231
    post-format-standard layout-2c-l custom-header" dir="ltr" itemscope="itemscope" itemtype="http://schema.org/Blog">
    <div id="container"><div class="skip-link"><a href="#content" class="screen-reader-text">Hoppa till innehåll</a></div>
    <nav class="menu menu-primary" role="navigation" id="menu-primary" aria-label="Primär meny"><h3 id="menu-primary-title"
    class="menu-toggle"><button class="screen-reader-text">Meny</button></h3><div class="wrap"><ul id="menu-primary-items"
    class="menu-items"><li class="menu-item"><a href="/">Hem</a></li><li class="menu-item current-menu-parent"><a
    href="/category/nyheter/">Nyheter</a></li><li class="menu-item"><a href="/traningar/">Träningar</a></li><li
    class="menu-item"><a href="/kontakt/">Kontakt</a></li></ul></div></nav>
    <div class="wrap"><header class="site-header" id="header" role="banner" itemscope="itemscope"
    itemtype="http://schema.org/WPHeader"><div id="branding" class="site-branding"><h1 class="site-title" id="site-title"
    itemprop="headline"><a href="/" rel="home">Hjo Orienteringsklubb</a></h1><h2 class="site-description" id="site-description"
    itemprop="description">Orientering vid Vätterns strand sedan 1951</h2></div></header>
    <div id="main" class="main"><nav role="navigation" aria-label="Länkstig" class="breadcrumb-trail breadcrumbs"
    itemprop="breadcrumb"><h2 class="trail-browse">Bläddra:</h2><ul class="trail-items"><li class="trail-item trail-begin"><a
    href="/" rel="home"><span>Hem</span></a></li><li class="trail-item"><a href="/2018/"><span>2018</span></a></li><li
    class="trail-item"><a href="/2018/11/"><span>november</span></a></li><li class="trail-item trail-end">
    <span>{headline}</span></li></ul></nav>
    <main class="content" id="content" role="main" itemprop="mainContentOfPage">
    <article class="entry author-kansliet post-231 post type-post status-publish format-standard category-nyheter"
    id="post-231" itemscope="itemscope" itemtype="http://schema.org/BlogPosting" itemprop="blogPost">
    <header class="entry-header"><h1 class="entry-title" itemprop="headline">{headline}</h1><div class="entry-byline"><span
    class="entry-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><a href="/author/kansliet/"
    title="Inlägg av Kansliet" rel="author" class="url fn n" itemprop="url"><span itemprop="name">Kansliet</span></a></span>
    <time class="entry-published updated" datetime="2018-11-14T09:40:12+00:00" itemprop="datePublished" title="onsdag, november
    14, 2018, 9:40 f m">14 november 2018</time><a href="{url}#respond" class="comments-link" itemprop="discussionURL">Kommentera
    </a></div></header>
    <div class="entry-content" itemprop="articleBody"><p><strong>{_STARGAZER_LEAD}</strong></p><p>{_STARGAZER_P1}</p>
    <p>{_STARGAZER_P2}</p><h3>{_STARGAZER_SUBHEADING}</h3><p>{_STARGAZER_P3}</p>
    {in_text}</div>{after_text}
    <footer class="entry-footer"><span class="entry-terms category" itemprop="articleSection">Publicerat i <a
    href="/category/nyheter/" rel="tag">Nyheter</a></span></footer></article>
    <div class="related-posts"><h3 class="related-posts-title">Relaterade inlägg</h3><ul><li><a
    href="/2018/10/02/klubbmasterskapet-avgjort/">Klubbmästerskapet avgjort</a></li><li><a href="/2018/09/18/nyborjarkurs/">
    Nybörjarkurs i höst</a></li></ul></div>
    <nav class="navigation post-navigation" role="navigation"><h2 class="screen-reader-text">Inläggsnavigering</h2><div
    class="nav-links"><div class="nav-previous"><a href="/2018/10/02/klubbmasterskapet-avgjort/" rel="prev">Klubbmästerskapet
    avgjort</a></div></div></nav>
    <section id="comments-template"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">
    Lämna ett svar</h3><p class="must-log-in">Du måste vara <a href="/wp-login.php">inloggad</a> för att publicera en
    kommentar.</p></div></section></main>
    <aside class="sidebar sidebar-primary" role="complementary" id="sidebar-primary" aria-label="Primärt sidofält"><h3
    id="sidebar-primary-title" class="screen-reader-text">Primärt sidofält</h3><section id="recent-posts-2" class="widget
    widget_recent_entries"><h3 class="widget-title">Senaste inläggen</h3><ul><li><a href="{url}">{headline}</a></li><li><a
    href="/2018/10/02/klubbmasterskapet-avgjort/">Klubbmästerskapet avgjort</a></li></ul></section><section id="text-3"
    class="widget widget_text"><h3 class="widget-title">Träningstider</h3><div class="textwidget"><p>Tisdagar 18.00 från
    klubbstugan i Guldkroken.</p></div></section></aside></div></div>
    <footer class="site-footer" id="footer" role="contentinfo"><div class="wrap"><p class="credit">Copyright &#169; 2018 <a
    class="site-link" href="/" rel="home">Hjo Orienteringsklubb</a>. Drivs med <a class="wp-link"
    href="https://wordpress.org">WordPress</a> och <a class="theme-link" href="http://themehybrid.com/themes/stargazer">
    Stargazer</a>.</p></div></footer></div>
    <div id="cookie-notice" role="banner" class="cn-bottom bootstrap"><div class="cookie-notice-container"><span
    id="cn-notice-text">Vi använder kakor för att ge dig den bästa upplevelsen av vår webbplats.</span><a href="#"
    id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie button bootstrap">Ok</a><a href="/kakor/"
    id="cn-more-info" class="cn-more-info button bootstrap">Läs mer</a></div></div></body></html>"""


_STARGAZER_BLOCKS = [
    ("title", _STARGAZER_HEADLINE),
    ("lead", _STARGAZER_LEAD),
    ("paragraph", _STARGAZER_P1),
    ("paragraph", _STARGAZER_P2),
    ("heading", _STARGAZER_SUBHEADING),
    ("paragraph", _STARGAZER_P3),
]


_wordpress = functools.partial(_cleaned, _STARGAZER_URL)


@pytest.mark.parametrize(
    "box",
    [
        _ssba(),
        _ssba(classes="ssba-classic-2 ssba ssbp-wrap left ssbp--theme-1"),  # a later version's classes
        _ssba(print_button=True),  # with its print button, a link that goes nowhere
        _ssba(networks=1),  # one button: its class says share
        _ssba("Share this..."),  # the plugin's own label
        _ssba("Dela det här inlägget"),
        _ssba(classes="x"),  # no class says share: its links do
        _ssba("Dela detta: | ", classes="x"),
        _ssba("", classes="x"),  # no label
    ],
)
def test_simple_share_buttons_adders_box_goes_with_its_bare_label(box: str) -> None:
    doc = _wordpress(_stargazer(box))
    assert doc.title == _STARGAZER_HEADLINE
    assert [(b.kind, b.text) for b in doc.blocks] == _STARGAZER_BLOCKS
    assert doc.published == "2018-11-14"


def test_simple_share_buttons_adders_box_after_the_text_goes() -> None:
    doc = _wordpress(_stargazer("", after_text=_ssba(classes="x")))
    assert [(b.kind, b.text) for b in doc.blocks] == _STARGAZER_BLOCKS


def test_a_sentence_with_share_links_in_it_stays() -> None:
    # its words beside the links are no share label
    sentence = (f'Dela gärna inbjudan på <a href="https://www.facebook.com/sharer/sharer.php?u={_STARGAZER_URL}">Facebook</a> '
                f'eller <a href="mailto:?subject=Nattorientering">mejla den</a> till en vän som vill börja orientera.')  # fmt: skip
    doc = _wordpress(_stargazer(f"<p>{sentence}</p>"))
    assert [b.text for b in doc.blocks][-1] == re.sub(r"<[^>]+>", "", sentence)


# WordPress 4.5 with Suffusion: the post is "div.post.hentry" in "div#content"; its "div.title-container" holds
# "div.title" (the "h1.posttitle" and the byline "div.postdata") and the theme's calendar badge ("div.date": the month,
# the day and the year in spans of their own), then "div.entry-container > div.entry" of the text, whose bold first
# paragraph is the lead.
_SUFFUSION_URL = "https://www.hjartlungfalkoping.se/2016/05/20/nytt-larm-om-blodtrycket-i-journalen/"
_SUFFUSION_HEADLINE = "Nytt larm om blodtrycket i journalen"
_SUFFUSION_LEAD = ("Vårdcentralerna i Falköping ska få ett larm i journalen när en hjärtsjuk patients blodtryck stiger snabbt, "
                   "har hälso- och sjukvårdsnämnden beslutat.")  # fmt: skip
_SUFFUSION_P1 = ("Larmet ska byggas in i det nya journalsystemet och visas för distriktssköterskan redan när mätvärdet förs "
                 "in, berättar föreningens ordförande Birgitta Ljung.")  # fmt: skip
_SUFFUSION_P2 = "Föreningen har drivit frågan om bättre uppföljning av högt blodtryck efter hjärtinfarkt i två år."
_SUFFUSION_SUBHEADING = "Utbildning i höst"
_SUFFUSION_P3 = "Personalen på vårdcentralerna utbildas i det nya arbetssättet under hösten, innan larmet slås på i Skaraborg."
_SUFFUSION_BADGE = '<div class="date"><span class="month">maj</span> <span class="day">20</span><span class="year">2016</span></div>'
_SUFFUSION_BYLINE = "Skrivet av <a href=\"/author/kansliet/\">Kansliet</a> den 20 maj 2016"


def _suffusion(badge: str = _SUFFUSION_BADGE, after_text: str = "", byline: str = _SUFFUSION_BYLINE, first: str = "") -> str:
    site, url, headline = "https://www.hjartlungfalkoping.se", _SUFFUSION_URL, _SUFFUSION_HEADLINE
    return f"""<!DOCTYPE html><html lang="sv-SE"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <title>{headline} &#8211; Hjärt- och lungsjukas förening i Falköping</title><meta name="generator" content="WordPress 4.5.3" />
    <link rel="canonical" href="{url}" /><link rel='stylesheet' id='suffusion-theme-css'
    href='{site}/wp-content/themes/suffusion/style.css?ver=4.4.9' type='text/css' media='all' /></head>
    <body class="single single-post postid-412 single-format-standard custom-background light-theme-gradient">
    <div id="page-container" class="fix"><div id="wrapper" class="fix"><div id="header-container" class="custom-header fix">
    <div id="header" class="fix"><h2 class="blogtitle left"><a href="{site}/">Hjärt- och lungsjukas förening i Falköping</a></h2>
    <div class="description left">För hjärt- och lungsjuka och deras anhöriga sedan 1962</div></div>
    <div id="nav" class="tab fix"><div class='col-control left'><ul class='sf-menu'><li><a href='{site}/'>Hem</a></li><li><a
    href='{site}/om-foreningen/'>Om föreningen</a></li><li><a href='{site}/aktiviteter/'>Aktiviteter</a></li><li><a
    href='{site}/kontakt/'>Kontakt</a></li></ul></div></div></div>
    <div id="container" class="fix"><div id="main-col"><div id="content">
    <div class="post-412 post type-post status-publish format-standard hentry category-nyheter full-content" id="post-412">
    <div class='title-container fix'><div class="title"><h1 class="posttitle">{headline}</h1><div class="postdata fix">
    <span class="author"><span class="icon">&nbsp;</span>{byline}</span> <span class="category"><span
    class="icon">&nbsp;</span><a href="{site}/category/nyheter/" rel="category tag">Nyheter</a></span> <span
    class="comments"><span class="icon">&nbsp;</span><a href="{url}#respond">Lämna en kommentar</a></span></div></div>
    {badge}</div>
    <div class="entry-container fix"><div class="entry fix">{first}<p><strong>{_SUFFUSION_LEAD}</strong></p><p>{_SUFFUSION_P1}</p>
    <p>{_SUFFUSION_P2}</p><h3>{_SUFFUSION_SUBHEADING}</h3><p>{_SUFFUSION_P3}</p></div></div>{after_text}
    <div class="post-footer postdata fix"><span class="tags tax"><span class="icon">&nbsp;</span>Etiketter: <a
    href="{site}/tag/journal/" rel="tag">journal</a>, <a href="{site}/tag/vardcentral/" rel="tag">vårdcentral</a></span></div>
    </div>
    <div id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Lämna ett
    svar</h3><p class="must-log-in">Du måste vara <a href="{site}/wp-login.php">inloggad</a> för att publicera en kommentar.
    </p></div></div></div></div>
    <div id='sidebar-shell-1' class='sidebar-shell sidebar-shell-right'><div class="dbx-group right boxed warea" id="sidebar">
    <div id="recent-posts-2" class="dbx-box suf-widget widget_recent_entries"><div class="dbx-content"><h3 class="dbx-handle
    plain">Senaste inläggen</h3><ul><li><a href="{url}">{headline}</a></li><li><a href="{site}/2016/04/11/varpromenaden/">
    Vårpromenaden runt Mösseberg</a></li></ul></div></div><div id="text-2" class="dbx-box suf-widget widget_text"><div
    class="dbx-content"><h3 class="dbx-handle plain">Expeditionen</h3><div class="textwidget"><p>Öppet tisdagar 10–12 i Folkets
    hus, Falköping.</p></div></div></div></div></div></div>
    <div id="cred"><table><tr><td class="cred-left">&copy; 2016 Hjärt- och lungsjukas förening i Falköping</td><td
    class="cred-center"></td><td class="cred-right"><a href="http://aquoid.com/news/themes/suffusion/">Suffusion theme by
    Sayontan Sinha</a></td></tr></table></div></div></div></body></html>"""


_SUFFUSION_BLOCKS = [
    ("title", _SUFFUSION_HEADLINE),
    ("lead", _SUFFUSION_LEAD),
    ("paragraph", _SUFFUSION_P1),
    ("paragraph", _SUFFUSION_P2),
    ("heading", _SUFFUSION_SUBHEADING),
    ("paragraph", _SUFFUSION_P3),
]


_suffusion_doc = functools.partial(_cleaned, _SUFFUSION_URL)


@pytest.mark.parametrize(
    "badge",
    [
        _SUFFUSION_BADGE,
        _SUFFUSION_BADGE.replace('class="date"', 'class="datebox"'),  # whatever its class
        '<div class="date"><span class="day">20</span><span class="month">maj</span><span class="year">2016</span></div>',
        '<div class="date"><span class="month">May</span><span class="day">20</span></div>',  # English, no year
        '<a href="/2016/05/20/"><div class="cal"><strong>20</strong><em>maj.</em></div></a>',
    ],
)
def test_suffusions_date_badge_goes_and_the_bold_first_paragraph_is_the_lead(badge: str) -> None:
    doc = _suffusion_doc(_suffusion(badge))
    assert doc.title == _SUFFUSION_HEADLINE
    assert [(b.kind, b.text) for b in doc.blocks] == _SUFFUSION_BLOCKS
    assert doc.published == "2016-05-20"


def test_suffusions_date_badge_after_the_text_goes_too() -> None:
    doc = _suffusion_doc(_suffusion("", after_text=_SUFFUSION_BADGE))
    assert [(b.kind, b.text) for b in doc.blocks] == _SUFFUSION_BLOCKS


@pytest.mark.parametrize(
    ("byline", "published"),
    [
        ('Skrivet av <a href="/author/kansliet/">Kansliet</a>', "2016-05-20"),  # no other date: the badge's
        ('Skrivet av <a href="/author/kansliet/">Kansliet</a> den 21 maj 2016', "2016-05-21"),  # the byline's first
    ],
)
def test_a_date_badge_dates_only_a_post_with_no_better_date(byline: str, published: str) -> None:
    doc = _suffusion_doc(_suffusion(byline=byline))
    assert doc.published == published
    assert [(b.kind, b.text) for b in doc.blocks] == _SUFFUSION_BLOCKS


def test_a_sentence_with_a_date_in_elements_of_its_own_stays() -> None:
    said = "Årsmötet hålls den <strong>20</strong> <em>maj</em> i Folkets hus."
    doc = _suffusion_doc(_suffusion(first=f"<p>{said}</p>"))
    assert "Årsmötet hålls den 20 maj i Folkets hus." in [b.text for b in doc.blocks]


# WordPress 4.9 with Atahualpa: a layout table, the site's name in the logo area's "h1.blogtitle" (a link home) and
# the post's headline as the "h1" of "div.post-headline" in "div.post"; "<title>", og:title and twitter:title give the
# headline and the site's name after "›" (written "&#8250;").
_ATAHUALPA_URL = "https://www.btkreturen.se/2019/03/tennisarmbagarna-ska-kunna-foljas/"
_ATAHUALPA_HEADLINE = "Tennisarmbågarna ska kunna följas i nya journalen"
_ATAHUALPA_P1 = ("Spelare i BTK Returen som får tennisarmbåge ska kunna följas i det nya journalsystemet, enligt ett beslut "
                 "av vårdcentralens ledning.")  # fmt: skip
_ATAHUALPA_P2 = "Klubben har under två säsonger samlat in uppgifter om skadorna tillsammans med fysioterapeuten Lena Sand."


def _atahualpa(sign: str = "&#8250;", headline: str = _ATAHUALPA_HEADLINE, url: str = _ATAHUALPA_URL) -> str:
    site = url.split("/20")[0]
    full = f"{headline} {sign} BTK Returen"
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
    "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml" lang="sv-SE">
    <head profile="http://gmpg.org/xfn/11"><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <title>{full}</title><meta property="og:locale" content="sv_SE" /><meta property="og:type" content="article" />
    <meta property="og:title" content="{full}" /><meta property="og:url" content="{url}" />
    <meta name="twitter:card" content="summary" /><meta name="twitter:title" content="{full}" />
    <meta name="generator" content="WordPress 4.9.10" /><link rel="canonical" href="{url}" /></head>
    <body class="post-template-default single single-post postid-88 single-format-standard"><div id="wrapper"><div
    id="container"><table id="layout" border="0" cellspacing="0" cellpadding="0"><colgroup><col class="colone" /><col
    class="colthree" /></colgroup><tr><td id="header" colspan="2"><div id="menu1"><ul id="rmenu2" class="clearfix
    rMenu-hor rMenu"><li class="page_item"><a href="{site}/"><span>Hem</span></a></li><li class="page_item"><a
    href="{site}/traning/"><span>Träning</span></a></li><li class="page_item"><a href="{site}/kontakt/"><span>Kontakt
    </span></a></li></ul></div><table id="logoarea" cellpadding="0" cellspacing="0" border="0" width="100%"><tr><td
    valign="middle" class="logoarea-title"><h1 class="blogtitle"><a href="{site}/">BTK Returen</a></h1><p
    class="tagline">Bordtennis i Borås sedan 1958</p></td></tr></table><div class="horbar1">&nbsp;</div></td></tr>
    <tr id="bodyrow"><td id="middle"><div class="post-88 post type-post status-publish format-standard hentry
    category-nyheter odd" id="post-88"><div class="post-headline"><h1>{headline}</h1></div><div class="post-byline">Av <a
    href="{site}/author/styrelsen/">Styrelsen</a> den 14 mars 2019</div><div class="post-bodycopy clearfix">
    <p>{_ATAHUALPA_P1}</p><p>{_ATAHUALPA_P2}</p></div><div class="post-footer">Kategori: <a href="{site}/category/nyheter/"
    rel="category tag">Nyheter</a> | <a href="{url}#respond">Kommentera</a></div></div><div class="navigation-bottom"><div
    class="older"><a href="{site}/2019/02/seriespelet/" rel="prev">&laquo; Seriespelet drar igång</a></div></div></td>
    <td id="right"><div id="recent-posts-2" class="widget widget_recent_entries"><div class="widget-title"><h3>Senaste
    inlägg</h3></div><ul><li><a href="{site}/2019/02/seriespelet/">Seriespelet drar igång</a></li></ul></div></td></tr>
    <tr><td id="footer" colspan="2">Copyright &copy; 2019 BTK Returen - Alla rättigheter förbehållna<br />Drivs med <a
    href="http://wordpress.org/">WordPress</a> &amp; the <a href="http://wordpress.bytesforall.com/">Atahualpa Theme</a>
    av <a href="http://www.bytesforall.com/">BytesForAll</a>.</td></tr></table></div></div></body></html>"""


@pytest.mark.parametrize("sign", ["&#8250;", "›", "&rsaquo;", "&#8226;", "•"])
@pytest.mark.parametrize("url", [_ATAHUALPA_URL, "https://returen-boras.se/2019/03/tennisarmbagarna/"])  # the name no host
def test_atahualpas_title_loses_the_sites_name_after_a_single_angle_quote(sign: str, url: str) -> None:
    doc = clean_page(RawPage(url=url, body=_atahualpa(sign, url=url).encode(), source="t"))
    assert doc.title == _ATAHUALPA_HEADLINE
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("title", _ATAHUALPA_HEADLINE), ("paragraph", _ATAHUALPA_P1), ("paragraph", _ATAHUALPA_P2)
    ]  # fmt: skip
    assert doc.published == "2019-03-14"


def test_a_headline_with_an_angle_quote_of_its_own_keeps_it() -> None:
    headline = "Från pappersjournal › till Millennium"
    doc = clean_page(RawPage(url=_ATAHUALPA_URL, body=_atahualpa(headline=headline).encode(), source="t"))
    assert doc.title == headline


# Jekyll Now: the post is "article.post" in "div#main" with its "h1", the text in "div.entry" (its bold first paragraph
# the lead) and the date line "div.date" ("Written on June 13, 2019") after it; no <time>, no date meta, no JSON-LD.
_JEKYLL_NOW_URL = "https://glantan.github.io/2019/06/13/kompisen-i-journalen/"
_JEKYLL_NOW_HEADLINE = "Kompisen i journalen"
_JEKYLL_NOW_LEAD = ("Klubbens förslag om att äldre medlemmar ska kunna ange en anhörigkontakt i den nya journalen har fått svar "
                    "från vårdcentralen i Lerum.")  # fmt: skip
_JEKYLL_NOW_P1 = "Verksamhetschefen Per Holm skriver att förslaget ska lyftas till programmet för Millennium under hösten."
_JEKYLL_NOW_P2 = "Styrelsen ska följa upp frågan vid nästa möte, som hålls i klubbstugan vid Gläntan."


def _jekyll_now(date_line: str = "Written on June 13, 2019", before_text: bool = False, tag: str = "div") -> str:
    line = f'<{tag} class="date">\n    {date_line}\n  </{tag}>' if tag == "div" else f"<{tag}>{date_line}</{tag}>"
    entry = f"""<div class="entry">
    <p><strong>{_JEKYLL_NOW_LEAD}</strong></p>
<p>{_JEKYLL_NOW_P1}</p>
<p>{_JEKYLL_NOW_P2}</p>
  </div>"""
    post = f"{line}\n  {entry}" if before_text else f"{entry}\n\n  {line}"
    return f"""<!DOCTYPE html>
<html>
  <head>
    <title>{_JEKYLL_NOW_HEADLINE} – Bangolfklubben Gläntan – Minigolf och bangolf i Lerum</title>
    <meta charset="utf-8" />
    <meta content='text/html; charset=utf-8' http-equiv='Content-Type'>
    <meta name='viewport' content='width=device-width, initial-scale=1.0, maximum-scale=1.0'>
    <meta name="description" content="Klubbens förslag om en anhörigkontakt i journalen har fått svar." />
    <meta name="author" content="Bangolfklubben Gläntan" />
    <meta property="og:title" content="{_JEKYLL_NOW_HEADLINE}" />
    <link rel="stylesheet" type="text/css" href="/style.css" />
    <link rel="alternate" type="application/rss+xml" title="Bangolfklubben Gläntan" href="/feed.xml" />
  </head>
  <body>
    <div class="wrapper-masthead"><div class="container"><header class="masthead clearfix">
      <a href="/" class="site-avatar"><img src="https://avatars.githubusercontent.com/u/4829173" /></a>
      <div class="site-info"><h1 class="site-name"><a href="/">Bangolfklubben Gläntan</a></h1>
      <p class="site-description">Minigolf och bangolf i Lerum</p></div>
      <nav><a href="/">Nyheter</a> <a href="/om">Om klubben</a></nav>
    </header></div></div>
    <div id="main" role="main" class="container">
      <article class="post">
  <h1>{_JEKYLL_NOW_HEADLINE}</h1>

  {post}

</article>
    </div>
    <div class="wrapper-footer"><div class="container"><footer class="footer">
<a href="mailto:styrelsen@glantan-bangolf.se"><i class="svg-icon email"></i></a>
<a href="https://github.com/glantan"><i class="svg-icon github"></i></a>
<a href="/feed.xml"><i class="svg-icon rss"></i></a>
    </footer></div></div>
  </body>
</html>"""


_JEKYLL_NOW_BLOCKS = [
    ("title", _JEKYLL_NOW_HEADLINE),
    ("lead", _JEKYLL_NOW_LEAD),
    ("paragraph", _JEKYLL_NOW_P1),
    ("paragraph", _JEKYLL_NOW_P2),
]


@pytest.mark.parametrize(
    "date_line",
    [
        "Written on June 13, 2019",
        "Written on 2019-06-13",
        "Written on 13 June 2019",
        "Posted on June 13, 2019",
        "Skrivet den 13 juni 2019",
        "Skrivet 13 juni 2019",
        "Skriven den 13 juni 2019",
        "Publicerad den 13 juni 2019",
    ],
)
@pytest.mark.parametrize(("before_text", "tag"), [(False, "div"), (True, "div"), (False, "p"), (True, "p")])
def test_jekyll_nows_written_on_line_dates_the_post_and_goes(date_line: str, before_text: bool, tag: str) -> None:
    html = _jekyll_now(date_line, before_text, tag)
    doc = clean_page(RawPage(url=_JEKYLL_NOW_URL, body=html.encode(), source="t"))
    assert doc.title == _JEKYLL_NOW_HEADLINE
    assert [(b.kind, b.text) for b in doc.blocks] == _JEKYLL_NOW_BLOCKS
    assert doc.published == "2019-06-13"


def test_a_sentence_about_what_was_written_on_a_day_stays_and_dates_nothing() -> None:
    said = "Brevet är skrivet den 13 juni 2019 av klubbens ordförande och skickades till vårdcentralen."
    html = _jekyll_now(said, tag="p")
    doc = clean_page(RawPage(url=_JEKYLL_NOW_URL, body=html.encode(), source="t"))
    assert [b.text for b in doc.blocks][-1] == said
    assert doc.published is None


# Jekyll with Type Theme: the site's name in "header.site-header > div.branding > h1.site-title", the post an "article"
# whose own "header" holds "h1.title" and the meta line "p.meta" (the date, an em dash and the author), then
# "section.post-content"; no <time>, no JSON-LD, no date in og.
_TYPE_URL = "https://skidklubbenymer.se/2023/05/14/ny-rutin-for-fallskador/"
_TYPE_HEADLINE = "Ny rutin för fallskador i journalen"
_TYPE_P1 = ("Skidklubben Ymer har fått besked om att fallskador i backen ska registreras med en egen kod när det nya "
            "journalsystemet tas i bruk på vårdcentralen i Borås.")  # fmt: skip
_TYPE_P2 = "Klubben skrev till vårdcentralen i vintras efter att flera ungdomar skadat sig under träningen."


def _type_theme(meta: str) -> str:
    url = _TYPE_URL
    return f"""<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{_TYPE_HEADLINE} – Skidklubben Ymer</title>
    <meta property="og:locale" content="sv_SE">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{_TYPE_HEADLINE}">
    <meta property="og:url" content="{url}">
    <meta property="og:site_name" content="Skidklubben Ymer">
    <link rel="canonical" href="{url}">
    <link rel="stylesheet" href="/assets/css/main.css">
  </head>
  <body>
    <header class="site-header">
      <div class="branding"><a href="/"><img class="avatar" src="/img/avatar.png" alt=""/></a>
        <h1 class="site-title"><a href="/">Skidklubben Ymer</a></h1></div>
      <nav class="site-nav"><ul><li><a class="page-link" href="/om/">Om klubben</a></li>
        <li><a class="page-link" href="/kontakt/">Kontakt</a></li></ul></nav>
    </header>
    <div class="content">
      <article >
  <header style="background-image: url('/')">
    <h1 class="title">{_TYPE_HEADLINE}</h1>
    <p class="meta">
      {meta}
    </p>
  </header>
  <section class="post-content"><p>{_TYPE_P1}</p>
<p>{_TYPE_P2}</p>
</section>
  <div class="share-buttons">
    <a href="https://twitter.com/intent/tweet?text=Ny%20rutin&amp;url={url}" target="_blank" rel="noopener">Twitter</a>
    <a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a>
  </div>
</article>
    </div>
    <footer class="site-footer"><p class="text">Drivs med <a href="https://jekyllrb.com/">Jekyll</a> och <a
      href="https://rohanchandra.github.io/project/type/">Type Theme</a></p></footer>
  </body>
</html>"""


@pytest.mark.parametrize(
    "meta",
    [
        "14 maj 2023\n      \n        &mdash; Styrelsen",
        "May 14, 2023 &mdash; Styrelsen",  # Jekyll's own date format
        "2023-05-14 &mdash; Styrelsen",
        "14 maj 2023 &ndash; Anna Berg",
        "14 maj 2023 - Styrelsen",
        "14 maj 2023 | Styrelsen",
        "14 maj 2023 &middot; Styrelsen",
        "14 May 2023 &mdash; Styrelsen",
    ],
)
@pytest.mark.parametrize("classed", [True, False])
def test_type_themes_meta_line_of_date_and_author_dates_the_post(meta: str, classed: bool) -> None:
    html = _type_theme(meta)
    html = html if classed else html.replace('<p class="meta">', "<p>")
    doc = clean_page(RawPage(url=_TYPE_URL, body=html.encode(), source="t"))
    assert doc.title == _TYPE_HEADLINE
    assert [(b.kind, b.text) for b in doc.blocks] == [("title", _TYPE_HEADLINE), ("paragraph", _TYPE_P1), ("paragraph", _TYPE_P2)]
    assert doc.published == "2023-05-14"


def test_a_date_and_a_sentence_after_a_dash_under_the_headline_stays_and_dates_nothing() -> None:
    said = "14 maj 2023 &mdash; styrelsen beslutade att skriva till vårdcentralen"
    doc = clean_page(RawPage(url=_TYPE_URL, body=_type_theme(said).replace('<p class="meta">', "<p>").encode(), source="t"))
    assert [b.text for b in doc.blocks][1] == "14 maj 2023 — styrelsen beslutade att skriva till vårdcentralen"
    assert doc.published is None


# Hugo with Zzo: "main.single__main > div.single" holds the post's title as "h2.single__title", the meta box
# ("div.single__meta": the date and reading time, the tags), the text ("article.single__contents", its bold first
# paragraph the lead), the share box ("div.donation": an empty message and the share icons) and the related posts'
# "aside.related", whose "h1.related__title" is the page's one h1; the dates in og and JSON-LD.
_ZZO_URL = "https://friskvardsklubben.se/posts/nya-journalen-ger-larm-vid-fall/"
_ZZO_HEADLINE = "Nya journalen ger larm vid fall"
_ZZO_LEAD = ("Vårdcentralerna i Alingsås ska få ett larm i journalen när en äldre patient har fallit två gånger på ett halvår, "
             "berättar verksamhetschefen.")  # fmt: skip
_ZZO_P1 = "Larmet byggs in i Millennium och ska visas för distriktssköterskan redan vid nästa bokade besök på mottagningen."
_ZZO_P2 = "Friskvårdsklubben har efterfrågat en sådan funktion sedan 2019 och välkomnar beskedet från regionen."
# Zzo's share box with one network and no message (the theme's words for it are not translated to Swedish): its one
# link holds only the network's icon.
_ZZO_SHARE = f"""<div class="donation">
  <div class="donation__message">

  </div>
  <div class="donation__icons">
        <a href="https://www.facebook.com/sharer/sharer.php?u={_ZZO_URL}" title="Facebook" aria-label="Facebook Share Button"
          class="donation__item" target="_blank" rel="noreferrer">
          <svg width="35" height="35" viewBox="0 0 24 24"><path d="M22 12a10 10 0 1 0-11.6 9.9v-7H7.9V12h2.5V9.8"/></svg>
        </a>
  </div>
</div>"""


def _zzo(title: str = "single__title", contents: str = "article", og_title: bool = True, heading: str = "h2") -> str:
    og = f'<meta property="og:title" content="{_ZZO_HEADLINE}" />' if og_title else ""
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{_ZZO_HEADLINE if og_title else "Inlägg"} | Friskvårdsklubben Alingsås</title>
  <meta name="description" content="Vårdcentralerna ska få ett larm i journalen när en äldre patient har fallit.">
  {og}
  <meta property="og:type" content="article" />
  <meta property="og:url" content="{_ZZO_URL}" />
  <meta property="article:published_time" content="2023-03-14T09:30:00+01:00" />
  <meta property="article:modified_time" content="2023-03-14T09:30:00+01:00" />
  <link rel="canonical" href="{_ZZO_URL}">
  <script type="application/ld+json">{{"@context": "http://schema.org", "@type": "BlogPosting", "headline": "{_ZZO_HEADLINE}",
  "datePublished": "2023-03-14T09:30:00+01:00", "author": {{"@type": "Person", "name": "Styrelsen"}}}}</script>
</head>
<body class="body theme--light">
<div class="wrapper">
  <nav class="navbar">
    <div class="navbar__brand"><a href="/" class="navbar__logo"><img src="/images/logo.png" alt="logo"></a>
      <a href="/" class="navbar__title">Friskvårdsklubben Alingsås</a></div>
    <div class="navbar__menu"><a class="navbar__item" href="/posts/">Inlägg</a> <a class="navbar__item" href="/om/">Om oss</a></div>
  </nav>
  <div class="main-container">
<main class="single__main main">
  <div class="single">
    <{heading} class="{title}">{_ZZO_HEADLINE}</{heading}>
    <div class="single__meta">
      <div class="single__infos">
  <span class="single__info" title="Skrivet">📅 mar 14, 2023 </span>  &middot; <span class="single__info" title="Lästid"> ☕2 min läsning </span>
  <span class="single__info">

  </span>
</div>
      <div class="tags"><ul class="tags__list"><li class="tag__item"><a class="tag__link" href="/tags/journal/">journal</a></li>
        <li class="tag__item"><a class="tag__link" href="/tags/fallskador/">fallskador</a></li></ul></div>
    </div>
    <{contents} class="single__contents">
<p><strong>{_ZZO_LEAD}</strong></p>
<p>{_ZZO_P1}</p>
<p>{_ZZO_P2}</p>
    </{contents}>
    {_ZZO_SHARE}
    <aside class="related">
    <h1 class="related__title">
      <hr class="hr-dots"/>
      <div>
        Relaterade inlägg
      </div>
      <hr class="hr-dots"/>
    </h1>
    <ul class="related-ul">
        <li>
          <a href="/posts/arsmote-2023/" class="related__link">Årsmötet 2023</a>
        </li>
        <li>
          <a href="/posts/stavgang-varje-tisdag/" class="related__link">Stavgång varje tisdag</a>
        </li>
    </ul>
</aside>
    <div class="pagination-single"><a class="pagination-single__link" href="/posts/arsmote-2023/">&laquo; Föregående inlägg</a></div>
  </div>
</main>
  </div>
  <footer class="footer"><div class="footer__poweredby"><p>Drivs med <a href="https://gohugo.io">Hugo</a> och
    <a href="https://github.com/zzossig/hugo-theme-zzo">Zzo</a></p></div></footer>
</div>
</body>
</html>"""


_ZZO_BLOCKS = [("title", _ZZO_HEADLINE), ("lead", _ZZO_LEAD), ("paragraph", _ZZO_P1), ("paragraph", _ZZO_P2)]


_zzo_doc = functools.partial(_cleaned, _ZZO_URL)


@pytest.mark.parametrize("contents", ["article", "div"])  # the text's box as a div: the share box is in the article
@pytest.mark.parametrize("heading", ["h2", "h1"])
def test_zzos_title_h2_heads_the_post_over_the_related_posts_h1_and_the_bold_paragraph_is_the_lead(
    contents: str, heading: str
) -> None:
    doc = _zzo_doc(_zzo(contents=contents, heading=heading))
    assert doc.title == _ZZO_HEADLINE
    assert [(b.kind, b.text) for b in doc.blocks] == _ZZO_BLOCKS
    assert doc.published == "2023-03-14"


def test_zzos_title_h2_is_the_title_where_no_og_title_names_it() -> None:
    # the related posts' h1 ("Relaterade inlägg") is no headline: the h2 of the post's title is
    doc = _zzo_doc(_zzo(og_title=False))
    assert doc.title == _ZZO_HEADLINE
    assert [(b.kind, b.text) for b in doc.blocks] == _ZZO_BLOCKS


@pytest.mark.parametrize("title", ["single__title", "post__title", "c-article__title", "blog-post__title", "entry__title"])
def test_a_post_blocks_title_element_heads_the_post(title: str) -> None:
    assert [(b.kind, b.text) for b in _zzo_doc(_zzo(title=title)).blocks] == _ZZO_BLOCKS


@pytest.mark.parametrize("title", ["card__title", "widget__title", "single__subtitle"])
def test_a_title_element_of_another_block_heads_no_post(title: str) -> None:
    # a card's or a widget's title names no post: no headline over the bold paragraph, which is no lead
    doc = _zzo_doc(_zzo(title=title))
    assert doc.title == _ZZO_HEADLINE  # from og:title
    assert ("lead", _ZZO_LEAD) not in [(b.kind, b.text) for b in doc.blocks]


@pytest.mark.parametrize(
    "box",
    [
        '<div class="donation"><a href="https://www.paypal.me/friskvard"><i class="fab fa-paypal"></i></a></div>',
        '<div class="donation">\n  <a href="https://www.paypal.me/friskvard"><img src="/paypal.png" alt=""></a>\n</div>',
        '<section class="membership"><p> </p><a href="/medlem/"><svg><path d="M0 0"/></svg></a></section>',
    ],
    ids=["icon", "image", "membership"],
)
def test_a_membership_or_donation_box_without_text_is_passed(box: str) -> None:
    # a box of the class with links but no text at all: no pitch that ends in a link, and nothing to read
    html = _zzo().replace(_ZZO_SHARE, box).replace('<article class="single__contents">', '<div class="single__contents">')
    assert [(b.kind, b.text) for b in _zzo_doc(html.replace("</article>", "</div>")).blocks] == _ZZO_BLOCKS


# Jekyll with Moonwalk: "main.page-content > div.w" holds the link home, "h1.post-title", the date line "p.post-date"
# (the author, a slash and the date as the site formats it: Jekyll's "%B %Y" by default), the share button's empty box
# and the post's paragraphs loose after them (its bold first paragraph the lead); the dates in og and JSON-LD (Jekyll
# SEO Tag), or none where the site has no SEO tag.
_MOONWALK_URL = "https://hembygdsforeningen-tidaholm.se/2023/03/14/journalen-flyttar-till-millennium/"
_MOONWALK_HEADLINE = "Journalen flyttar till Millennium"
_MOONWALK_LEAD = ("Vårdcentralen i Tidaholm går över till Millennium i maj, och föreningens medlemmar kan då läsa sin journal i "
                  "den nya appen.")  # fmt: skip
_MOONWALK_P1 = "Under övergången kan det ta längre tid än vanligt att få en tid, skriver verksamhetschefen i ett brev till föreningen."
_MOONWALK_P2 = "Föreningen bjuder in till ett informationsmöte om den nya journalen i hembygdsgården den 20 april."
_MOONWALK_SEO = f"""<meta name="generator" content="Jekyll v4.3.2" />
<meta property="og:title" content="{_MOONWALK_HEADLINE}" />
<meta property="og:locale" content="sv_SE" />
<meta name="description" content="Vårdcentralen i Tidaholm går över till Millennium i maj." />
<link rel="canonical" href="{_MOONWALK_URL}" />
<meta property="og:url" content="{_MOONWALK_URL}" />
<meta property="og:site_name" content="Hembygdsföreningen Tidaholm" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="2023-03-14T00:00:00+01:00" />
<script type="application/ld+json">
{{"@context":"https://schema.org","@type":"BlogPosting","author":{{"@type":"Person","name":"Styrelsen"}},
"dateModified":"2023-03-14T00:00:00+01:00","datePublished":"2023-03-14T00:00:00+01:00","headline":"{_MOONWALK_HEADLINE}",
"url":"{_MOONWALK_URL}"}}</script>"""
_MOONWALK_DATE = '<span class="text-upcase">Styrelsen</span> / \n  \n  \n    <span class="text-upcase">March 2023</span>'


def _moonwalk(date_line: str = _MOONWALK_DATE, classes: str = "post-date text-bold", seo: bool = True, text: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="sv" class="html" data-theme="auto">
<head>
  <meta charset="utf-8" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />

  <title>

      {_MOONWALK_HEADLINE}

  </title>

  <!-- Begin Jekyll SEO tag v2.8.0 -->
{_MOONWALK_SEO if seo else ""}
<!-- End Jekyll SEO tag -->
  <link type="application/atom+xml" rel="alternate" href="https://hembygdsforeningen-tidaholm.se/feed.xml"
    title="Hembygdsföreningen Tidaholm" />
  <link rel="stylesheet" href="/assets/css/main.css" />
</head>
  <body>
    <main class="page-content" aria-label="Content">
        <div class="w">
            <a href="/">..</a>
<h1 class="post-title">{_MOONWALK_HEADLINE}</h1>
<p class="{classes}">

    {date_line}


</p>

<div class="soopr-btn"
   data-twitter="hembygdtidaholm"
>
</div>


<p><strong>{_MOONWALK_LEAD}</strong></p>

<p>{_MOONWALK_P1}</p>

<p>{_MOONWALK_P2}</p>
{text}

            <button class="toggle-theme" aria-label="Byt mellan ljust och mörkt tema"></button>
        </div>
    </main>
  </body>
</html>"""


_MOONWALK_BLOCKS = [
    ("title", _MOONWALK_HEADLINE),
    ("lead", _MOONWALK_LEAD),
    ("paragraph", _MOONWALK_P1),
    ("paragraph", _MOONWALK_P2),
]


_moonwalk_doc = functools.partial(_cleaned, _MOONWALK_URL)


@pytest.mark.parametrize(
    "date_line",
    [
        _MOONWALK_DATE,
        '<span class="text-upcase">Styrelsen</span> / <span class="text-upcase">March 14, 2023</span>',
        '<span class="text-upcase">Styrelsen</span> / <span class="text-upcase">mars 2023</span>',
        '<span class="text-upcase">Styrelsen</span> / <span class="text-upcase">14 mars 2023</span>',
        '<span class="text-upcase">March 2023</span>',  # no author in the post's front matter
        "Anna Berg &middot; March 2023",
        "Styrelsen | 14 mars 2023",
        "Styrelsen &mdash; mars 2023",
    ],
    ids=["month", "english-day", "swedish-month", "swedish-day", "no-author", "middot", "bar", "em-dash"],
)
@pytest.mark.parametrize("classes", ["post-date text-bold", ""])
def test_moonwalks_date_line_of_author_and_month_goes_and_the_bold_first_paragraph_is_the_lead(
    date_line: str, classes: str
) -> None:
    doc = _moonwalk_doc(_moonwalk(date_line, classes))
    assert doc.title == _MOONWALK_HEADLINE
    assert [(b.kind, b.text) for b in doc.blocks] == _MOONWALK_BLOCKS
    assert doc.published == "2023-03-14"


@pytest.mark.parametrize(
    ("date_line", "published"),
    [
        ('<span class="text-upcase">Styrelsen</span> / <span class="text-upcase">March 14, 2023</span>', "2023-03-14"),
        ("Styrelsen / 14 mars 2023", "2023-03-14"),
        (_MOONWALK_DATE, None),  # a month and its year: no day to date the post by
    ],
    ids=["english-day", "swedish-day", "month"],
)
@pytest.mark.parametrize("classes", ["post-date text-bold", ""])
def test_moonwalks_date_line_with_a_day_dates_a_post_with_no_seo_tags(date_line: str, classes: str, published: str | None) -> None:
    doc = _moonwalk_doc(_moonwalk(date_line, classes, seo=False))
    assert [(b.kind, b.text) for b in doc.blocks] == _MOONWALK_BLOCKS
    assert doc.published == published


def test_a_name_and_a_month_in_the_text_or_a_date_span_in_a_sentence_stay() -> None:
    programme = "<p>Kören / Juni 2023</p><p>Konserten hölls i <span class=\"date\">mars 2023</span> i kyrkan.</p>"
    texts = [b.text for b in _moonwalk_doc(_moonwalk(text=programme)).blocks]
    assert texts[-2:] == ["Kören / Juni 2023", "Konserten hölls i mars 2023 i kyrkan."]


# Jekyll with Lagrange: "div.container > div.post" holds the "h1", the tag line "span.post-tags" and the date line
# "span.post-date" loose beside the paragraphs (the site's label, the month, the day spelt out with its ordinal, the year
# and "by" the author), the post's paragraphs (the bold first one the lead), the share label "div.post-date" ("Feel free
# to share!", as the site translates it) over "div.sharing-icons", and the related posts' box with an h1 of its own.
_LAGRANGE_URL = "https://brukshundklubben-vara.se/2026/09/07/nya-journalen-och-hundbettet/"
_LAGRANGE_HEADLINE = "Nya journalen och hundbettet"
_LAGRANGE_LEAD = ("Akutmottagningen i Skövde registrerar från i höst hundbett med en egen kod i Millennium, så att klubben kan "
                  "följa hur många som skadas.")  # fmt: skip
_LAGRANGE_P1 = "Beskedet kom efter att klubben skrev till regionen om tre bettskador vid kurserna i våras."
_LAGRANGE_P2 = "Styrelsen tar upp frågan igen på medlemsmötet i oktober och tackar alla som hörde av sig."
_LAGRANGE_DATE = "Publicerad\n  \n  September\n  \n    7th,\n  2026\n  by\n  \n    Styrelsen\n  "
_LAGRANGE_SEO = f"""<meta property="og:title" content="{_LAGRANGE_HEADLINE}" />
<meta name="author" content="Styrelsen" />
<meta property="og:locale" content="sv_SE" />
<link rel="canonical" href="{_LAGRANGE_URL}" />
<meta property="og:url" content="{_LAGRANGE_URL}" />
<meta property="og:site_name" content="Brukshundklubben Vara" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="2026-09-07T00:00:00+02:00" />
<script type="application/ld+json">
{{"@context":"https://schema.org","@type":"BlogPosting","author":{{"@type":"Person","name":"Styrelsen"}},
"datePublished":"2026-09-07T00:00:00+02:00","headline":"{_LAGRANGE_HEADLINE}","url":"{_LAGRANGE_URL}"}}</script>"""
_LAGRANGE_NETWORKS = (
    ("twitter", f"https://twitter.com/intent/tweet?text={_LAGRANGE_HEADLINE}&amp;url={_LAGRANGE_URL}"),
    ("facebook", f"https://www.facebook.com/sharer/sharer.php?u={_LAGRANGE_URL}&amp;title={_LAGRANGE_HEADLINE}"),
)


def _lagrange(date_line: str = _LAGRANGE_DATE, label: str = "Dela gärna!", seo: bool = True, networks: int = 2,
              text: str = "") -> str:  # fmt: skip
    icons = "".join(
        f'\n    <a href="{href}" target="_blank"><i class="fa fa-{name}" aria-hidden="true"></i></a>'
        for name, href in _LAGRANGE_NETWORKS[:networks]
    )
    return f"""<!DOCTYPE html>
<html lang="sv">
  <head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{_LAGRANGE_HEADLINE} | Brukshundklubben Vara</title>
{_LAGRANGE_SEO if seo else ""}
  <link rel="stylesheet" href="/assets/css/main.css">
  <link rel="alternate" type="application/rss+xml" title="Brukshundklubben Vara" href="/feed.xml">
</head>

<body>

  <div class="menu-content">
  <a href="/om/">Om klubben</a>
  <a href="/">Nyheter</a>
  <a href="/kontakt/">Kontakt</a>
</div>

  <div class="container">
    <header class="masthead">
  <h3 class="masthead-title">
    <a href="/">Brukshundklubben Vara</a>
    <small class="masthead-subtitle">Kurser, tävlingar och gemenskap</small>
  </h3>
</header>

    <div class="post">
      <h1>
  {_LAGRANGE_HEADLINE}
</h1>
<span class="post-tags">
    [&nbsp;

      <a class="no-underline" href="/tag/journal"><code class="highligher-rouge"><nobr>journal</nobr></code>&nbsp;</a>

    ]
  </span>
<span class="post-date">
  {date_line}
</span>




<p><strong>{_LAGRANGE_LEAD}</strong></p>

<p>{_LAGRANGE_P1}</p>

<p>{_LAGRANGE_P2}</p>
{text}


<div class="post-date">{label}</div>
  <div class="sharing-icons">{icons}
  </div>
</div>

<div class="related">
  <h1 >Du kanske också gillar:</h1>
  <ul class="related-posts">
          <li>
            <h3>
              <a href="https://brukshundklubben-vara.se/2026/05/12/varens-kurser/">
                Vårens kurser är fulla
              </a>
            </h3>
          </li>
  </ul>
</div>

    </div>

    <footer class="site-footer"><div class="wrapper"><p>Brukshundklubben Vara &middot;
      <a href="mailto:styrelsen@bkvara.se">styrelsen@bkvara.se</a></p></div></footer>

  </div>

</body>
</html>"""


_LAGRANGE_BLOCKS = [
    ("title", _LAGRANGE_HEADLINE),
    ("lead", _LAGRANGE_LEAD),
    ("paragraph", _LAGRANGE_P1),
    ("paragraph", _LAGRANGE_P2),
]


_lagrange_doc = functools.partial(_cleaned, _LAGRANGE_URL)


@pytest.mark.parametrize(
    "date_line",
    [
        _LAGRANGE_DATE,
        "Publicerad September 7, 2026 by Styrelsen",
        "September 7th, 2026 by Styrelsen",
        "Posted on September 7th, 2026 by Anna Berg",
        "Publicerad 7 september 2026 av Styrelsen",
        "7th of September 2026 by Styrelsen",
    ],
    ids=["ordinal", "no-ordinal", "no-label", "posted-on", "swedish", "day-first"],
)
@pytest.mark.parametrize("seo", [True, False])
def test_lagranges_labelled_date_line_with_its_author_goes_and_dates_the_post(date_line: str, seo: bool) -> None:
    doc = _lagrange_doc(_lagrange(date_line, seo=seo))
    assert doc.title == _LAGRANGE_HEADLINE
    assert [(b.kind, b.text) for b in doc.blocks] == _LAGRANGE_BLOCKS
    assert doc.published == "2026-09-07"


@pytest.mark.parametrize(
    ("label", "networks"),
    [
        ("Dela gärna!", 2),
        ("Feel free to share!", 2),
        ("Share this", 2),
        ("Dela:", 2),
        # one share link, no share box: a call to share alone goes too
        ("Dela gärna!", 1),
        ("Feel free to share!", 1),
        ("Share this", 0),
    ],
)
def test_lagranges_share_label_in_a_date_classed_box_goes(label: str, networks: int) -> None:
    assert [(b.kind, b.text) for b in _lagrange_doc(_lagrange(label=label, networks=networks)).blocks] == _LAGRANGE_BLOCKS


def test_a_sentence_after_a_date_and_its_author_and_a_call_to_share_experiences_stay() -> None:
    said = "7 september 2026 av styrelsen, som beslutade att skriva till regionen igen."
    share = "Dela gärna med dig av dina erfarenheter av den nya journalen till styrelsen."
    texts = [b.text for b in _lagrange_doc(_lagrange(text=f"<p>{said}</p><p>{share}</p>")).blocks]
    assert texts[-2:] == [said, share]


# Jekyll with Hux Blog: "header.intro-header" above the post holds "div.post-heading" of the tag links, the "h1", an
# empty "h2.subheading" and the date line "span.meta" ("Posted by <author> on <%B %-d, %Y>"; no og: time, no JSON-LD);
# "article > … > div.post-container" holds the text and, after it, the pager "ul.pager" of "li.previous" and "li.next",
# each a link of the direction word, a break and the neighbour's title ("Previous<br><span>…</span>"); the newest post
# has no "li.next", the first no "li.previous".
_HUX_URL = "https://lungforeningen-skovde.se/2018/05/16/nya-journalen-och-spirometrin/"
_HUX_HEADLINE = "Nya journalen och spirometrin"
_HUX_P1 = "Spirometrin på Skaraborgs sjukhus ska föras in i Millennium när journalen byts, meddelade lungkliniken i maj."
_HUX_P2 = "Föreningen har bett kliniken att medlemmarna får se sina mätvärden i e-tjänsten även efter bytet."
_HUX_ITEMS = ("Mätvärden från de senaste fem åren flyttas över.", "Äldre värden finns kvar i arkivet.")
_HUX_P3 = "Styrelsen följer frågan och återkommer på medlemsmötet i september."
_HUX_META = "Posted by Styrelsen on May 16, 2018"
_HUX_PREVIOUS = ("previous", "/2018/04/02/arsmote-i-skovde/", "Previous", "Årsmöte i Skövde")
_HUX_NEXT = ("next", "/2018/06/20/sommarens-traffar/", "Next", "Sommarens träffar")


def _hux(meta: str = _HUX_META, pager: str = "pager", items: tuple[tuple[str, str, str, str], ...] = (_HUX_PREVIOUS,),
         text: str = "") -> str:  # fmt: skip
    links = "".join(
        f"""
                    <li class="{classes}">
                        <a href="{href}" data-toggle="tooltip" data-placement="top" title="{title}">
                        {word}<br>
                        <span>{title}</span>
                        </a>
                    </li>"""
        for classes, href, word, title in items
    )
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="description" content="Spirometrin flyttar in i Millennium">
    <title>{_HUX_HEADLINE} - Lungföreningen Skövde</title>
    <link rel="canonical" href="{_HUX_URL}">
    <meta property="og:title" content="{_HUX_HEADLINE} - Lungföreningen Skövde">
    <meta property="og:type" content="article">
    <meta property="og:url" content="{_HUX_URL}">
    <meta property="og:site_name" content="Lungföreningen Skövde">
    <link rel="stylesheet" href="/css/hux-blog.min.css">
</head>
<body>
<nav class="navbar navbar-default navbar-custom navbar-fixed-top">
    <div class="container-fluid">
        <div class="navbar-header page-scroll"><a class="navbar-brand" href="/">Lungföreningen Skövde</a></div>
        <div id="huxblog_navbar">
            <div class="navbar-collapse">
                <ul class="nav navbar-nav navbar-right">
                    <li><a href="/">Hem</a></li>
                    <li><a href="/about/">Om oss</a></li>
                    <li><a href="/archive/">Arkiv</a></li>
                </ul>
            </div>
        </div>
    </div>
</nav>
<header class="intro-header" style="background-image: url('/img/post-bg.jpg')">
    <div class="header-mask"></div>
    <div class="container">
        <div class="row">
            <div class="col-lg-8 col-lg-offset-2 col-md-10 col-md-offset-1">
                <div class="post-heading">
                    <div class="tags">
                        <a class="tag" href="/archive/?tag=Millennium" title="Millennium">Millennium</a>
                    </div>
                    <h1>{_HUX_HEADLINE}</h1>
                    <h2 class="subheading"></h2>
                    <span class="meta">{meta}</span>
                </div>
            </div>
        </div>
    </div>
</header>
<article>
    <div class="container">
        <div class="row">
            <div class="col-lg-8 col-lg-offset-2 col-md-10 col-md-offset-1 post-container">
                <p>{_HUX_P1}</p>
                <p>{_HUX_P2}</p>
                <ul>
                    <li>{_HUX_ITEMS[0]}</li>
                    <li>{_HUX_ITEMS[1]}</li>
                </ul>
                <p>{_HUX_P3}</p>
                {text}
                <hr style="visibility: hidden;">
                <ul class="{pager}">{links}
                </ul>
                <hr style="visibility: hidden;">
            </div>
            <div class="col-lg-8 col-lg-offset-2 col-md-10 col-md-offset-1 sidebar-container">
                <section>
                    <hr class="hidden-sm hidden-xs">
                    <h5><a href="/archive/">FEATURED TAGS</a></h5>
                    <div class="tags">
                        <a href="/archive/?tag=Millennium" title="Millennium" rel="4">Millennium</a>
                        <a href="/archive/?tag=Medlemsm%C3%B6te" title="Medlemsmöte" rel="3">Medlemsmöte</a>
                    </div>
                </section>
            </div>
        </div>
    </div>
</article>
<footer>
    <div class="container">
        <div class="row">
            <div class="col-lg-8 col-lg-offset-2 col-md-10 col-md-offset-1">
                <p class="copyright text-muted">
                    Copyright &copy; Lungföreningen Skövde 2018
                    <br>
                    Powered by <a href="http://huangxuan.me">Hux Blog</a>
                </p>
            </div>
        </div>
    </div>
</footer>
</body>
</html>"""


_HUX_BLOCKS = [
    ("title", _HUX_HEADLINE),
    ("paragraph", _HUX_P1),
    ("paragraph", _HUX_P2),
    ("list_item", _HUX_ITEMS[0]),
    ("list_item", _HUX_ITEMS[1]),
    ("paragraph", _HUX_P3),
]


_hux_doc = functools.partial(_cleaned, _HUX_URL)


@pytest.mark.parametrize(
    "meta",
    [
        _HUX_META,
        "Posted by Lungföreningen Skövde on May 16, 2018",  # no author: the site's title
        "Posted by Styrelsen on Wednesday, May 16, 2018",
        "Posted by Styrelsen on 16 maj 2018",
        "Published by Anna Berg on 2018-05-16",
    ],
)
def test_hux_blogs_posted_by_line_dates_the_post(meta: str) -> None:
    doc = _hux_doc(_hux(meta))
    assert doc.title == _HUX_HEADLINE
    assert doc.published == "2018-05-16"
    assert [(b.kind, b.text) for b in doc.blocks] == _HUX_BLOCKS


def test_hux_blogs_posted_by_line_in_the_text_goes() -> None:
    html = _hux().replace(f"<p>{_HUX_P1}</p>", f'<span class="meta">{_HUX_META}</span><p>{_HUX_P1}</p>')
    doc = _hux_doc(html.replace(f'<span class="meta">{_HUX_META}</span>\n                </div>', "</div>"))
    assert doc.published == "2018-05-16"
    assert [(b.kind, b.text) for b in doc.blocks] == _HUX_BLOCKS


@pytest.mark.parametrize(
    "items",
    [
        (_HUX_PREVIOUS,),
        (_HUX_NEXT,),
        (_HUX_PREVIOUS, _HUX_NEXT),
        (("prev", "/2018/04/02/arsmote-i-skovde/", "Föregående", "Årsmöte i Skövde"),),
        (("x", "/2018/04/02/arsmote-i-skovde/", "Föregående inlägg:", "Årsmöte i Skövde"),
         ("y", "/2018/06/20/sommarens-traffar/", "Nästa", "Sommarens träffar")),
    ],
    ids=["previous", "next", "both", "swedish", "swedish-both"],
)
@pytest.mark.parametrize("pager", ["pager", "post-links", ""])  # the ul's class renamed, or none
def test_hux_blogs_pager_to_the_neighbouring_posts_goes(items: tuple[tuple[str, str, str, str], ...], pager: str) -> None:
    assert [(b.kind, b.text) for b in _hux_doc(_hux(pager=pager, items=items)).blocks] == _HUX_BLOCKS


@pytest.mark.parametrize(
    "items",
    [
        '<li><a href="/kalender/mote/">Nästa möte i Skövde</a></li>',  # a link that opens with "Nästa": no direction word
        '<li><a href="/a/">Previous<br><span>Årsmöte</span></a></li><li><a href="/b/">Next<br><span>Kurs</span></a></li>'
        '<li>Anmälan senast 1 juni.</li>',  # a third item: no pager
        '<li>Nästa<br>möte hålls i Skövde.</li>',  # no link
    ],
)
def test_a_list_that_only_opens_like_a_pager_stays(items: str) -> None:
    doc = _hux_doc(_hux(items=(), text=f"<ul>{items}</ul>"))
    assert [b.kind for b in doc.blocks[len(_HUX_BLOCKS) :]] == ["list_item"] * items.count("<li>")


# Hugo with Bilberry: the site's header holds the logo and "div.titles" of the site's name as "h3.title" (a link home)
# and its subtitle; "div.article-wrapper > article.default.article > div.content" holds the post's title as a bare
# "<h3><a href="…">…</a></h3>" (no h1 on the page), the meta line "div.meta" of the date, the reading time, the
# category and the author, and the text; the tags after it in "div.footer", the recent posts in the page's footer.
_BILBERRY_URL = "https://diabetesforeningen-boras.se/article/nya-journalen-och-glukosmatarna/"
_BILBERRY_HEADLINE = "Nya journalen och glukosmätarna"
_BILBERRY_LEAD = ("Från årsskiftet hämtas värdena från glukosmätarna direkt in i Millennium, meddelade diabetesmottagningen i "
                  "Borås.")  # fmt: skip
_BILBERRY_P1 = "Hittills har medlemmarna fått ta med mätaren till besöket så att sköterskan kunde föra över värdena för hand."
_BILBERRY_P2 = "Föreningen ordnar en träff i januari där mottagningen visar hur det fungerar."


def _bilberry(heading: str = "h3", og_title: str = _BILBERRY_HEADLINE, title: str = _BILBERRY_HEADLINE) -> str:
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="Hugo 0.108.0">
    <title>{_BILBERRY_HEADLINE} | Diabetesföreningen Borås</title>
    <meta property="og:title" content="{og_title}" />
    <meta property="og:description" content="Från årsskiftet hämtas värdena från glukosmätarna direkt in i Millennium." />
    <meta property="og:type" content="article" />
    <meta property="og:url" content="{_BILBERRY_URL}" />
    <meta property="article:section" content="article" />
    <link rel="stylesheet" href="/theme.css">
</head>
<body>
<div class="wrapper">
<header>
    <div class="container">
        <div class="logo">
            <a href="/" class="logo"><img src="/images/avatar.png" alt=""><span class="overlay"><i class="fa fa-home"></i></span></a>
        </div>
        <div class="titles">
            <h3 class="title"><a href="/">Diabetesföreningen Borås</a></h3>
            <span class="subtitle">För dig som lever med diabetes i Sjuhärad</span>
        </div>
        <div class="toggler permanentTopNav"><i class="fa fa-bars" aria-hidden="true"></i></div>
    </div>
</header>
<div class="main container">
    <nav class="permanentTopNav">
        <div class="container">
            <ul class="topnav">
                <li><a href="/page/om-foreningen/">Om föreningen</a></li>
                <li><a href="/page/kontakt/">Kontakt</a></li>
            </ul>
        </div>
    </nav>
    <div class="article-wrapper u-cf single">
        <a class="bubble" href="/article/nya-journalen-och-glukosmatarna/"><i class="fa fa-fw fa-pencil"></i></a>
        <article class="default article">
            <div class="content">
                <{heading}><a href="/article/nya-journalen-och-glukosmatarna/">{title}</a></{heading}>
                <div class="meta">
                    <span class="date moment">2022-11-19</span>
                    <span class="readingTime">2 minuter läsning</span>
                    <span class="categories"><a href="/categories/nyheter">Nyheter</a></span>
                    <span class="author"><a href="/author/styrelsen">Styrelsen</a></span>
                </div>
                <p><strong>{_BILBERRY_LEAD}</strong></p>
                <p>{_BILBERRY_P1}</p>
                <p>{_BILBERRY_P2}</p>
            </div>
            <div class="footer">
                <div class="tags">
                    <i class="fa fa-tags"></i>
                    <div class="links"><a href="/tags/millennium">millennium</a><a href="/tags/diabetes">diabetes</a></div>
                </div>
            </div>
        </article>
    </div>
</div>
<footer>
    <div class="container">
        <div class="recent-articles">
            <strong>Senaste artiklar</strong>
            <ul>
                <li><a href="/article/julfest/">Julfest i föreningen</a></li>
                <li><a href="/article/nya-journalen-och-glukosmatarna/">{_BILBERRY_HEADLINE}</a></li>
            </ul>
        </div>
        <div class="copyright"><p>&copy; 2022 Diabetesföreningen Borås</p><p>Tema: Bilberry</p></div>
    </div>
</footer>
</div>
</body>
</html>"""


_bilberry_doc = functools.partial(_cleaned, _BILBERRY_URL)


@pytest.mark.parametrize("heading", ["h3", "h2", "h1"])
@pytest.mark.parametrize("og_title", [_BILBERRY_HEADLINE, f"{_BILBERRY_HEADLINE} | Diabetesföreningen Borås", ""])
def test_bilberrys_bare_title_heading_heads_the_post_and_the_bold_paragraph_is_the_lead(heading: str, og_title: str) -> None:
    doc = _bilberry_doc(_bilberry(heading, og_title))
    assert (doc.title, doc.published) == (_BILBERRY_HEADLINE, "2022-11-19")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("title", _BILBERRY_HEADLINE),
        ("lead", _BILBERRY_LEAD),
        ("paragraph", _BILBERRY_P1),
        ("paragraph", _BILBERRY_P2),
    ]


def test_a_bare_heading_in_a_post_that_is_not_the_pages_title_heads_no_post() -> None:
    doc = _bilberry_doc(_bilberry(title="Glukosmätarna i Millennium"))
    assert [b.kind for b in doc.blocks if b.text == _BILBERRY_LEAD] == ["paragraph"]


# Zola with after-dark: the theme hard-codes "<html lang="en">"; "main > article[itemprop=BlogPosting]" holds its
# "header" of "h1[itemprop=headline]" and the meta line "span.muted" (a clock icon, "<span>3 minute read</span>", a pen
# icon and "Published: 2025-12-10", the theme's English words), then "div[itemprop=articleBody]" of the text, the bold
# first paragraph the lead. No og: tags, no JSON-LD.
_AFTER_DARK_URL = "https://njurforeningen-skaraborg.se/nyheter/dialysen-och-nya-journalen/"
_AFTER_DARK_HEADLINE = "Dialysen och nya journalen"
_AFTER_DARK_LEAD = ("Dialysmottagningen i Skövde börjar dokumentera i Millennium i januari, och behandlingarna ska gå som "
                    "vanligt under bytet.")  # fmt: skip
_AFTER_DARK_P1 = "Under de första veckorna finns extra personal på plats för att patienterna inte ska behöva vänta längre än vanligt."
_AFTER_DARK_P2 = "Föreningen bjuder in till ett informationsmöte i februari där mottagningens chef berättar mer om hur det har gått."
_AFTER_DARK_ICON = ('<svg style="margin-bottom:-3px" class="i-{name}" viewBox="0 0 32 32" width="16" height="16" fill="none" '
                    'stroke="currentcolor" stroke-linecap="round" stroke-linejoin="round" stroke-width="6.25%">'
                    '<path d="{path}" /></svg>')  # fmt: skip
_AFTER_DARK_META = f"""<span class="muted">
      {_AFTER_DARK_ICON.format(name="clock", path="M16 8 L16 16 20 20")}
      <span>3 minute read</span>
      {_AFTER_DARK_ICON.format(name="edit", path="M30 7 L25 2 5 22 3 29 10 27 Z M21 6 L26 11 Z M5 22 L10 27 Z")}
      Published: 2025-12-10
    </span>"""


def _after_dark(meta: str = _AFTER_DARK_META, lang: str = "en", text: str = "") -> str:
    text = text or f"""<p><strong>{_AFTER_DARK_LEAD}</strong></p>
<p>{_AFTER_DARK_P1}</p>
<p>{_AFTER_DARK_P2}</p>"""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta http-equiv="content-type" content="text/html; charset=utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1">
  <title>{_AFTER_DARK_HEADLINE} | Njurföreningen Skaraborg</title>
  <link rel="stylesheet" href="https://njurforeningen-skaraborg.se/site.css">
</head>
<body class="hack dark main container">
  <header>
    <nav itemscope itemtype="http://schema.org/SiteNavigationElement">
      <a itemprop="url" class="" href="https://njurforeningen-skaraborg.se/"><span itemprop="name">Hem</span></a>
      <a itemprop="url" class="" href="https://njurforeningen-skaraborg.se/nyheter/"><span itemprop="name">Nyheter</span></a>
      <a itemprop="url" class="" href="https://njurforeningen-skaraborg.se/om/"><span itemprop="name">Om föreningen</span></a>
    </nav>
  </header>
  <main>
<article itemscope itemtype="http://schema.org/BlogPosting">
  <header>
    <h1 itemprop="headline">{_AFTER_DARK_HEADLINE}</h1>
    {meta}
  </header>
  <div itemprop="articleBody">
    {text}
  </div>
</article>
  </main>
</body>
</html>"""


_AFTER_DARK_BLOCKS = [
    ("title", _AFTER_DARK_HEADLINE),
    ("lead", _AFTER_DARK_LEAD),
    ("paragraph", _AFTER_DARK_P1),
    ("paragraph", _AFTER_DARK_P2),
]


_after_dark_doc = functools.partial(_cleaned, _AFTER_DARK_URL)


@pytest.mark.parametrize(
    "label", ["Published:", "Publicerad:", "Published", "Publicerad"],
)
def test_after_darks_meta_line_of_reading_time_and_date_dates_the_post_and_goes(label: str) -> None:
    doc = _after_dark_doc(_after_dark(_AFTER_DARK_META.replace("Published:", label)))
    assert (doc.title, doc.published) == (_AFTER_DARK_HEADLINE, "2025-12-10")
    assert [(b.kind, b.text) for b in doc.blocks] == _AFTER_DARK_BLOCKS


def test_after_darks_fixed_english_lang_gives_way_to_swedish_text() -> None:
    assert _after_dark_doc(_after_dark()).language == "sv"
    assert _after_dark_doc(_after_dark(lang="sv")).language == "sv"


def test_after_darks_english_lang_stands_over_english_text_or_a_line_too_short_to_tell() -> None:
    english = ("<p>The dialysis unit in Skövde starts to document in Millennium in January, and the treatments go on as "
               "usual.</p><p>During the first weeks there is extra staff on site so that the patients do not have to wait.</p>")  # fmt: skip
    assert _after_dark_doc(_after_dark(text=english)).language == "en"
    assert _after_dark_doc(_after_dark(text="<p>Millennium i Skövde.</p>")).language == "en"


def test_a_reading_time_in_a_sentence_stays() -> None:
    said = "Det tar ungefär 3 minuter att läsa igenom broschyren som mottagningen har skickat ut."
    texts = [b.text for b in _after_dark_doc(_after_dark(text=f"<p>{said}</p><p>{_AFTER_DARK_P1}</p>")).blocks]
    assert said in texts


# WordPress with HitMag and Yoast SEO: Yoast's head gives "article:published_time" and, for a post saved again after
# it was published, "article:modified_time" and "og:updated_time", and a JSON-LD graph whose Article and WebPage carry
# "datePublished" and "dateModified"; HitMag's "div.entry-meta" under "h1.entry-title" prints "span.posted-on" of
# "time.entry-date.published" and "time.updated" (shown only where the two differ), the byline and the comments link.
_HITMAG_URL = "https://reumatikerforeningen-alingsas.se/2023/03/08/nya-journalen-och-biologiska-lakemedel/"
_HITMAG_HEADLINE = "Nya journalen och de biologiska läkemedlen"
_HITMAG_P1 = "Reumatologen i Alingsås flyttar ordinationerna av biologiska läkemedel till Millennium när journalen byts i höst."
_HITMAG_P2 = "Föreningen har fått löfte om att patienterna ska kunna se sina infusionstider i e-tjänsten från start."


def _hitmag(published: str = "2023-03-08T14:20:11+01:00", modified: str = "2023-03-08T14:34:52+01:00",
            shown: str = "8 mars 2023", line: str = "") -> str:  # fmt: skip
    graph = (
        f'{{"@context":"https://schema.org","@graph":[{{"@type":"Article","@id":"{_HITMAG_URL}#article",'
        f'"headline":"{_HITMAG_HEADLINE}","datePublished":"{published}","dateModified":"{modified}",'
        f'"author":{{"name":"Styrelsen"}},"inLanguage":"sv-SE"}},{{"@type":"WebPage","@id":"{_HITMAG_URL}",'
        f'"url":"{_HITMAG_URL}","name":"{_HITMAG_HEADLINE} - Reumatikerföreningen Alingsås",'
        f'"datePublished":"{published}","dateModified":"{modified}","inLanguage":"sv-SE"}}]}}'
    )
    return f"""<!DOCTYPE html>
<html lang="sv-SE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_HITMAG_HEADLINE} - Reumatikerföreningen Alingsås</title>
<meta name="robots" content="index, follow, max-image-preview:large" />
<link rel="canonical" href="{_HITMAG_URL}" />
<meta property="og:locale" content="sv_SE" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{_HITMAG_HEADLINE} - Reumatikerföreningen Alingsås" />
<meta property="og:url" content="{_HITMAG_URL}" />
<meta property="og:site_name" content="Reumatikerföreningen Alingsås" />
<meta property="article:published_time" content="{published}" />
<meta property="article:modified_time" content="{modified}" />
<meta property="og:updated_time" content="{modified}" />
<meta name="author" content="Styrelsen" />
<script type="application/ld+json" class="yoast-schema-graph">{graph}</script>
</head>
<body class="post-template-default single single-post postid-412 single-format-standard th-right-sidebar">
<div id="page" class="site hitmag-wrapper">
<a class="skip-link screen-reader-text" href="#content">Hoppa till innehåll</a>
<header id="masthead" class="site-header" role="banner">
  <div class="header-main-area"><div class="hm-container"><div class="site-branding"><div class="site-branding-content">
    <div class="hm-site-title"><p class="site-title"><a href="/" rel="home">Reumatikerföreningen Alingsås</a></p>
    <p class="site-description">Gemenskap och stöd sedan 1961</p></div>
  </div></div></div></div>
  <div class="hm-nav-container"><nav id="site-navigation" class="main-navigation"><div class="hm-container">
    <ul id="primary-menu" class="menu"><li><a href="/">Hem</a></li><li><a href="/om-oss/">Om oss</a></li></ul>
  </div></nav></div>
</header>
<div id="content" class="site-content"><div class="hm-container">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-412" class="hitmag-single post-412 post type-post status-publish format-standard hentry category-nyheter">
  <header class="entry-header">
    <div class="cat-links"><a href="/category/nyheter/" rel="category tag">Nyheter</a></div>
    <h1 class="entry-title">{_HITMAG_HEADLINE}</h1>
    <div class="entry-meta">
      <span class="posted-on"><a href="{_HITMAG_URL}" rel="bookmark"><time class="entry-date published" datetime="{published}">{shown}</time><time class="updated" datetime="{modified}">{shown}</time></a></span><span class="meta-sep"> - </span><span class="byline"> <span class="author vcard"><a class="url fn n" href="/author/styrelsen/">Styrelsen</a></span></span><span class="meta-sep"> - </span><span class="comments-link"><a href="{_HITMAG_URL}#respond">Lämna en kommentar</a></span>
    </div>
  </header>
  <div class="entry-content">
    {line}
    <p>{_HITMAG_P1}</p>
    <p>{_HITMAG_P2}</p>
  </div>
  <footer class="entry-footer"><span class="cat-links">Publicerat i <a href="/category/nyheter/" rel="category tag">Nyheter</a></span></footer>
</article>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h4 class="widget-title">Senaste inläggen</h4>
<ul><li><a href="/2023/02/14/arsmote/">Årsmöte 2023</a></li></ul></section></aside>
</div></div>
<footer id="colophon" class="site-footer"><div class="site-info">Copyright © 2023 Reumatikerföreningen Alingsås. Tema: HitMag av ThemezHut.</div></footer>
</div>
</body>
</html>"""


_hitmag_doc = functools.partial(_cleaned, _HITMAG_URL)


@pytest.mark.parametrize(
    "modified", ["2023-03-08T14:34:52+01:00", "2023-03-08T13:34:52+00:00", "2023-03-08T22:05:00+01:00", "2023-03-08T14:20:11+01:00"]
)
def test_hitmag_with_yoasts_modification_on_the_publication_day_is_no_update(modified: str) -> None:
    doc = _hitmag_doc(_hitmag(modified=modified))
    assert (doc.title, doc.published, doc.updated) == (_HITMAG_HEADLINE, "2023-03-08", None)
    assert [b.text for b in doc.blocks[1:]] == [_HITMAG_P1, _HITMAG_P2]


def test_hitmag_with_yoasts_modification_on_a_later_day_is_the_update() -> None:
    doc = _hitmag_doc(_hitmag(modified="2023-03-10T09:02:00+01:00"))
    assert (doc.published, doc.updated) == ("2023-03-08", "2023-03-10")


def test_an_update_the_page_labels_later_on_the_publication_day_stays() -> None:
    doc = _hitmag_doc(_hitmag(line="<p><em>Uppdaterad 8 mars 2023 kl. 14.34: tiden för mötet är rättad.</em></p>"))
    assert (doc.published, doc.updated) == ("2023-03-08", "2023-03-08")


# Zola with DeepThought (Bulma): "section.section > div.container > div.columns > div.column" holds "article.box" of
# "h1.title", "p.subtitle" (the page's description, empty where it has none) and the meta block "div.columns.is-multiline
# .is-gapless", whose "div.column" children hold the author and date line ("<author> published on <time datetime>Mar 26,
# 2021</time>", a user and a calendar icon between), the reading time and word count ("3 min, 598 words", a clock and a
# pen icon), the categories and the tags; then "div.content" of the text, the bold first paragraph the lead. No og: time,
# no JSON-LD; the theme's words are English whatever the site writes in.
_DEEPTHOUGHT_URL = "https://astmakungalv.se/posts/nya-journalen-och-astmaskolan/"
_DEEPTHOUGHT_HEADLINE = "Nya journalen och astmaskolan"
_DEEPTHOUGHT_LEAD = ("Barnmottagningen i Kungälv för in astmaskolans planer i Millennium när journalen byts i höst, meddelade "
                     "mottagningen i mars.")  # fmt: skip
_DEEPTHOUGHT_P1 = "Hittills har sköterskorna skrivit planerna på papper som familjerna fått ta med hem efter besöket."
_DEEPTHOUGHT_P2 = "Föreningen har bett mottagningen att planerna även ska synas i e-tjänsten så att skolan kan ta del av dem."
_DEEPTHOUGHT_TEXT = f"""<p><strong>{_DEEPTHOUGHT_LEAD}</strong></p>
<p>{_DEEPTHOUGHT_P1}</p>
<p>{_DEEPTHOUGHT_P2}</p>"""


def _deepthought_meta(author: str = "Styrelsen", shown: str = "Mar 26, 2021", line: str = "p") -> str:
    """The two meta lines in their columns: each a ``p.has-text-grey`` of icons and text, or (``line="span"``) a
    ``span.icon-text`` of an icon span and a text span each."""
    if line == "span":
        publish = f"""<span class="icon-text has-text-grey"><span class="icon"><i class="fas fa-user"></i></span>
      <span>{author} published on</span><span class="icon"><i class="far fa-calendar-alt"></i></span>
      <span><time datetime="2021-03-26T00:00:00+00:00">{shown}</time></span></span>"""
        content = """<span class="icon-text has-text-grey"><span class="icon"><i class="far fa-clock"></i></span>
      <span>3 min,</span><span class="icon"><i class="fas fa-pencil-alt"></i></span><span>598 words</span></span>"""
    else:
        publish = f"""<p class="has-text-grey">
    <span class="icon">
      <i class="fas fa-user"></i>
    </span>
    {author} published on
    <span class="icon">
      <i class="far fa-calendar-alt"></i>
    </span>
    <time datetime='2021-03-26T00:00:00+00:00'>{shown}</time>
  </p>"""
        content = """<p class="has-text-grey">
    <span class="icon">
      <i class="far fa-clock"></i>
    </span>
    3 min,
    <span class="icon">
      <i class="fas fa-pencil-alt"></i>
    </span>
    598 words
  </p>"""
    return f"""<div class="columns is-multiline is-gapless">
            <div class="column is-8">
  {publish}
            </div>
            <div class="column is-4 has-text-right-desktop">
  {content}
            </div>
            <div class="column">
            </div>
            <div class="column has-text-right-desktop">
  <p>
    <span class="has-text-black has-text-weight-normal">Tags:</span>
      <a class="link has-text-weight-light" href='https://astmakungalv.se/tags/millennium/'>
        <span class="icon is-small"><i class="fas fa-tag fa-xs"></i></span>
        millennium
      </a>
      <a class="link has-text-weight-light" href='https://astmakungalv.se/tags/astma/'>
        <span class="icon is-small"><i class="fas fa-tag fa-xs"></i></span>
        astma
      </a>
  </p>
            </div>
          </div>"""


def _deepthought(meta: str | None = None, text: str = _DEEPTHOUGHT_TEXT) -> str:
    meta = _deepthought_meta() if meta is None else meta
    return f"""<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8" />
  <meta content="width=device-width, initial-scale=1" name="viewport" />
  <link href="https://astmakungalv.se/deep-thought.css" rel="stylesheet" />
  <title>
    Astma- och allergiföreningen Kungälv | {_DEEPTHOUGHT_HEADLINE}
  </title>
</head>
<body>
  <nav aria-label="section navigation" class="navbar" role="navigation">
    <div class="container">
      <div class="navbar-brand">
        <a class="navbar-item has-text-weight-bold" href="https://astmakungalv.se">Astma- och allergiföreningen Kungälv</a>
        <a aria-expanded="false" aria-label="menu" class="navbar-burger burger" data-target="navMenu" role="button">
          <span aria-hidden="true"></span><span aria-hidden="true"></span><span aria-hidden="true"></span>
        </a>
      </div>
      <div class="navbar-menu" id="navMenu">
        <div class="navbar-end has-text-centered">
          <a class="navbar-item" href="https://astmakungalv.se/posts">Nyheter</a>
          <a class="navbar-item" href="https://astmakungalv.se/om">Om föreningen</a>
          <a class="navbar-item" id="nav-search" title="Search" data-target="#search-modal"><span class="icon"><i class="fas fa-search"></i></span></a>
        </div>
      </div>
    </div>
  </nav>
<section class="section">
  <div class="container">
    <div class="columns">
      <div class="column is-8 is-offset-2">
        <article class="box">
          <h1 class="title is-1">
            {_DEEPTHOUGHT_HEADLINE}
          </h1>
          <p class="subtitle"></p>
          {meta}
          <div class="content mt-2">
            {text}
          </div>
        </article>
      </div>
    </div>
  </div>
</section>
  <section class="modal" id="search-modal">
    <div class="modal-background"></div>
    <div class="modal-content">
      <div class="field"><p class="control has-icons-right"><input class="input" id="search" placeholder="Search this website." type="search" /></p></div>
      <div class="search-results"><div class="search-results__items"></div></div>
    </div>
    <button aria-label="close" class="modal-close is-large"></button>
  </section>
  <footer class="footer">
    <p class="has-text-centered">
      Built with <span class="icon is-small"><i class="fas fa-code fa-xs"></i></span> code and
      <span class="icon is-small"><i class="fas fa-heart fa-xs"></i></span> love <br /> Powered By
      <span class="icon is-small"><i class="fas fa-power-off fa-xs"></i></span> Zola
    </p>
  </footer>
</body>
</html>"""


_deepthought_doc = functools.partial(_cleaned, _DEEPTHOUGHT_URL)


@pytest.mark.parametrize(
    ("author", "shown"),
    [
        ("Styrelsen", "Mar 26, 2021"),
        ("Styrelsen", "March 26, 2021"),  # the theme's other date format, "%B %d, %Y"
        ("Astma- och allergiföreningen Kungälv", "Mar 26, 2021"),  # the site's name where no author is set
        ("Anna Berg", "2021-03-26"),
    ],
)
@pytest.mark.parametrize("line", ["p", "span"])
def test_deepthoughts_meta_lines_go_and_the_bold_paragraph_is_the_lead(author: str, shown: str, line: str) -> None:
    doc = _deepthought_doc(_deepthought(_deepthought_meta(author, shown, line)))
    assert (doc.title, doc.published, doc.language) == (_DEEPTHOUGHT_HEADLINE, "2021-03-26", "sv")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("title", _DEEPTHOUGHT_HEADLINE),
        ("lead", _DEEPTHOUGHT_LEAD),
        ("paragraph", _DEEPTHOUGHT_P1),
        ("paragraph", _DEEPTHOUGHT_P2),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Rapporten published on March 26, 2021 visar att väntetiderna har blivit kortare.",  # the sentence goes on
        "The report was published on March 26, 2021",  # an auxiliary before the verb
        "Sammanfattningen på 598 ord tar 3 min att läsa.",
        "3 min promenad från stationen, 598 meter.",
    ],
)
def test_a_sentence_with_published_on_or_minutes_and_words_stays(line: str) -> None:
    doc = _deepthought_doc(_deepthought(text=f"{_DEEPTHOUGHT_TEXT}<p>{line}</p>"))
    assert [b.text for b in doc.blocks][-1] == line


def test_article_text_in_bulma_columns_stays() -> None:
    columns = f"""<div class="columns is-multiline is-gapless">
    <div class="column is-6"><p>{_DEEPTHOUGHT_P1}</p></div>
    <div class="column is-6"><p>{_DEEPTHOUGHT_P2}</p></div>
    <div class="column is-12"><p>Styrelsen skrev den 26 mars 2021 till mottagningen och fick svar samma vecka.</p></div>
  </div>"""
    doc = _deepthought_doc(_deepthought(text=f"<p><strong>{_DEEPTHOUGHT_LEAD}</strong></p>{columns}"))
    assert [(b.kind, b.text) for b in doc.blocks][1:] == [
        ("lead", _DEEPTHOUGHT_LEAD),
        ("paragraph", _DEEPTHOUGHT_P1),
        ("paragraph", _DEEPTHOUGHT_P2),
        ("paragraph", "Styrelsen skrev den 26 mars 2021 till mottagningen och fick svar samma vecka."),
    ]


# Astro with AstroPaper: "main#main-content" holds "h1.post-title", the date line (a flex div of a calendar SVG,
# "<span class="sr-only">Posted on:</span>" and the date and the clock time: "8 Oct 2022", an "aria-hidden" bar, an
# sr-only "at" and "10:12", bare text or each in a span), then "article#article" of the text, the tags and the share
# links. The theme hard-codes "<html lang="en">"; no og: time, no JSON-LD: the date line is the post's only date.
_ASTROPAPER_URL = "https://hjartlungkungsbacka.se/posts/nya-journalen-och-hjartrehab/"
_ASTROPAPER_HEADLINE = "Nya journalen och hjärtrehabiliteringen"
_ASTROPAPER_P1 = ("Hjärtrehabiliteringen på Kungsbacka närsjukhus börjar dokumentera i Millennium i november, och det är "
                  "mottagningen som har meddelat det.")  # fmt: skip
_ASTROPAPER_P2 = ("Träningsprogrammen och mätvärdena från cykeltesterna ska flyttas över från det gamla systemet under hösten, "
                  "så att inget går förlorat.")  # fmt: skip
_ASTROPAPER_P3 = "Föreningen har bett mottagningen att patienterna ska kunna se sina program i e-tjänsten från start."
_ASTROPAPER_WHEN = ('8 Oct 2022<span aria-hidden="true"> | </span><span class="sr-only">&nbsp;at&nbsp;</span>10:12')
_ASTROPAPER_WHEN_SPANS = ('<span>8 Oct 2022</span> <span aria-hidden="true"> | </span> <span class="sr-only">at</span> '
                          '<span>10:12</span>')  # fmt: skip


def _astropaper(when: str = _ASTROPAPER_WHEN, label: str = "Posted on:", head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width" />
    <link rel="canonical" href="{_ASTROPAPER_URL}" />
    <meta name="generator" content="Astro v1.9.2" />
    <title>{_ASTROPAPER_HEADLINE} | Hjärt-Lung Kungsbacka</title>
    <meta name="title" content="{_ASTROPAPER_HEADLINE} | Hjärt-Lung Kungsbacka" />
    <meta name="description" content="Hjärtrehabiliteringen flyttar in i Millennium" />
    <meta name="author" content="Styrelsen" />
    <meta property="og:title" content="{_ASTROPAPER_HEADLINE} | Hjärt-Lung Kungsbacka" />
    <meta property="og:url" content="{_ASTROPAPER_URL}" />
    <meta property="og:image" content="https://hjartlungkungsbacka.se/astropaper-og.jpg" />
    {head}
  </head>
  <body>
    <header>
      <a id="skip-to-content" href="#main-content">Skip to content</a>
      <div class="nav-container">
        <div class="top-nav-wrap">
          <a href="/" class="logo">Hjärt-Lung Kungsbacka</a>
          <nav id="nav-menu">
            <button class="hamburger-menu focus-outline" aria-label="Open Menu" aria-expanded="false" aria-controls="menu-items">
              <svg xmlns="http://www.w3.org/2000/svg" class="menu-icon"><line x1="7" y1="12" x2="21" y2="12" class="line"></line></svg>
            </button>
            <ul id="menu-items" class="display-none sm:flex">
              <li><a href="/posts">Inlägg</a></li>
              <li><a href="/tags">Taggar</a></li>
              <li><a href="/about">Om oss</a></li>
              <li><a href="/search" class="focus-outline p-3 sm:p-1" aria-label="search" title="Search"><svg xmlns="http://www.w3.org/2000/svg"><path d="M19 17a8 8 0 1 0-2 2l4 4z"></path></svg><span class="sr-only">Search</span></a></li>
            </ul>
          </nav>
        </div>
        <div class="mx-auto px-4"><hr class="border-skin-line" aria-hidden="true" /></div>
      </div>
    </header>
    <div class="mx-auto flex w-full max-w-3xl justify-start px-2">
      <button class="focus-outline mb-2 mt-8 flex hover:opacity-75" onclick="history.back()">
        <svg xmlns="http://www.w3.org/2000/svg"><path d="M13 6 7 12l6 6 1-1-5-5 5-5z"></path></svg><span>Go back</span>
      </button>
    </div>
    <main id="main-content">
      <h1 class="post-title">{_ASTROPAPER_HEADLINE}</h1>
      <div class="flex items-center space-x-2 opacity-80 my-2">
        <svg xmlns="http://www.w3.org/2000/svg" class="scale-100 inline-block h-6 w-6 fill-skin-base" aria-hidden="true"><path d="M7 11h2v2H7zm0 4h2v2H7z"></path><path d="M5 22h14c1 0 2-1 2-2V6z"></path></svg>
        <span class="sr-only">{label}</span>
        <span class="italic text-base">{when}</span>
      </div>
      <article id="article" role="article" class="prose mx-auto mt-8 max-w-3xl">
        <p>{_ASTROPAPER_P1}</p>
        <p>{_ASTROPAPER_P2}</p>
        <p>{_ASTROPAPER_P3}</p>
      </article>
      <ul class="my-8">
        <li class="inline-block my-1 underline-offset-4"><a href="/tags/millennium" class="text-sm pr-2 group"><svg xmlns="http://www.w3.org/2000/svg" class="scale-75"><path d="M16 4 15 8h-5l1-4-2 0-1 4H4v2h4l-1 4H3v2h4l-1 4 2 0 1-4h5l-1 4 2 0 1-4h4v-2h-4l1-4h4V8h-4l1-4z"></path></svg>&nbsp;<span>millennium</span></a></li>
      </ul>
      <div class="flex flex-col-reverse items-center justify-between gap-6 sm:flex-row-reverse sm:items-end sm:gap-4">
        <button id="back-to-top" class="focus-outline whitespace-nowrap py-1 hover:opacity-75"><svg xmlns="http://www.w3.org/2000/svg" class="rotate-90"><path d="M13 6 7 12l6 6"></path></svg><span>Back to Top</span></button>
        <div class="social-icons"><span class="italic">Share this post on:</span><div class="text-center"><a href="https://www.facebook.com/sharer.php?u={_ASTROPAPER_URL}" class="link-button" title="Share this post on Facebook"><svg xmlns="http://www.w3.org/2000/svg"><path d="M7 10v4h3v7h4v-7h3l1-4h-4V8a1 1 0 0 1 1-1h3V3h-3a5 5 0 0 0-5 5v2H7"></path></svg><span class="sr-only">Share this post on Facebook</span></a></div></div>
      </div>
    </main>
    <footer class="w-full">
      <div class="mx-auto px-4"><hr class="border-skin-line" aria-hidden="true" /></div>
      <div class="footer-wrapper">
        <div class="copyright-wrapper"><span>Copyright &#169; 2022</span><span class="separator">&nbsp;|&nbsp;</span><span>All rights reserved.</span></div>
      </div>
    </footer>
  </body>
</html>"""


_astropaper_doc = functools.partial(_cleaned, _ASTROPAPER_URL)


@pytest.mark.parametrize(
    ("when", "label"),
    [
        (_ASTROPAPER_WHEN, "Posted on:"),
        (_ASTROPAPER_WHEN_SPANS, "Posted on:"),
        (_ASTROPAPER_WHEN.replace("8 Oct 2022", "Oct 8, 2022"), "Posted on:"),  # an en-US locale
        (_ASTROPAPER_WHEN.replace("10:12", "10:12 AM"), "Posted on:"),
        (_ASTROPAPER_WHEN, ""),  # no label: the date line beside the headline
        (_ASTROPAPER_WHEN.replace("8 Oct 2022", "8 okt. 2022"), "Posted on:"),  # a Swedish locale, the theme's "at"
    ],
)
def test_astropapers_date_line_with_its_clock_time_dates_the_post(when: str, label: str) -> None:
    doc = _astropaper_doc(_astropaper(when, label))
    assert (doc.title, doc.published, doc.updated, doc.language) == (_ASTROPAPER_HEADLINE, "2022-10-08", None, "sv")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("title", _ASTROPAPER_HEADLINE),
        ("paragraph", _ASTROPAPER_P1),
        ("paragraph", _ASTROPAPER_P2),
        ("paragraph", _ASTROPAPER_P3),
    ]
    assert "Posted on" not in doc.text and "10:12" not in doc.text


def test_astropapers_published_time_meta_still_wins() -> None:
    doc = _astropaper_doc(_astropaper(head='<meta property="article:published_time" content="2022-10-07T22:12:00.000Z" />'))
    assert doc.published == "2022-10-07"


def test_a_date_and_a_clock_time_in_a_sentence_date_nothing() -> None:
    line = "Mötet hölls 8 Oct 2022 | at 10:12 kom alla till mottagningen."
    doc = _astropaper_doc(_astropaper(when="", label="").replace(f"<p>{_ASTROPAPER_P3}</p>", f"<p>{line}</p>"))
    assert doc.published is None
    assert [b.text for b in doc.blocks][-1] == line


# WordPress 4.6 with Kubrick (the default theme before Twenty Ten) and Yoast SEO: the site's name in "div#header >
# div#headerimg > h1 > a", the post "div#post-412.post.…category-nyheter" in "div#content" with its title a bare "h2"
# and "div.entry" of the text (its bold first paragraph the lead), Sociable's share box and YARPP's related posts, and
# last in the entry the theme's post metadata "p.postmetadata.alt > small": the date, the category link (rel="category
# tag"), the comments' feed and their state.
_KUBRICK_URL = "https://www.diabetesforeningen-mark.se/2016/11/08/nya-journalen-och-insulinpumparna/"
_KUBRICK_HEADLINE = "Nya journalen och insulinpumparna"
_KUBRICK_LEAD = ("Diabetesmottagningen i Kinna börjar läsa av insulinpumparna direkt till Millennium när journalen byts ut "
                 "nästa höst.")  # fmt: skip
_KUBRICK_P1 = ("Föreningen har länge bett om att värdena från pumparna ska synas för sjuksköterskorna utan att skrivas av "
               "för hand.")  # fmt: skip
_KUBRICK_P2 = "Mottagningen räknar med att alla patienter med pump ska vara anslutna inom ett halvår efter bytet."
_KUBRICK_P3 = ("Sensorerna för kontinuerlig glukosmätning ska kopplas in i ett senare skede, när leverantören har fått "
               "sitt gränssnitt godkänt av regionen.")  # fmt: skip
_KUBRICK_CATEGORY = ('<a href="https://www.diabetesforeningen-mark.se/category/nyheter/" title="Visa alla inlägg i Nyheter" '
                     'rel="category tag">Nyheter</a>')  # fmt: skip
_KUBRICK_FEED = f'<a href="{_KUBRICK_URL}feed/">RSS 2.0</a>'
_KUBRICK_META = (f"Detta inlägg publicerades tisdag, 8 november, 2016 kl. 09:41 och är arkiverat under {_KUBRICK_CATEGORY}. "
                 f"Du kan följa kommentarer till detta inlägg via {_KUBRICK_FEED}-flödet. Både kommentarer och pingar är "
                 "för närvarande stängda.")  # fmt: skip
_KUBRICK_META_EN = (f"This entry was posted on Tuesday, November 8th, 2016 at 9:41 am and is filed under {_KUBRICK_CATEGORY}. "
                    f"You can follow any responses to this entry through the {_KUBRICK_FEED} feed. Both comments and pings "
                    "are currently closed.")  # fmt: skip
_KUBRICK_TEXT = (f"<p><strong>{_KUBRICK_LEAD}</strong></p>\n<p>{_KUBRICK_P1}</p>\n<p>{_KUBRICK_P2}</p>\n"
                 f"<p>{_KUBRICK_P3}</p>")  # fmt: skip


def _kubrick_meta(meta: str = _KUBRICK_META, classes: str = "postmetadata alt") -> str:
    return f"""<p class="{classes}">
					<small>
						{meta}
					</small>
				</p>"""


def _kubrick(in_entry: str = _kubrick_meta(), after_post: str = "", text: str = _KUBRICK_TEXT) -> str:
    post_classes = "post-412 post type-post status-publish format-standard hentry category-nyheter"
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="sv-SE">
<head profile="http://gmpg.org/xfn/11">
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{_KUBRICK_HEADLINE} - Diabetesföreningen Mark</title>
<link rel="stylesheet" href="https://www.diabetesforeningen-mark.se/wp-content/themes/default/style.css" type="text/css" media="screen" />
<link rel='stylesheet' id='sociable-front-css-css'  href='https://www.diabetesforeningen-mark.se/wp-content/plugins/sociable/sociable.css?ver=4.6.1' type='text/css' media='all' />
<meta name="generator" content="WordPress 4.6.1" />
<!-- This site is optimized with the Yoast SEO plugin v3.8 - https://yoast.com/wordpress/plugins/seo/ -->
<link rel="canonical" href="{_KUBRICK_URL}" />
<meta property="og:locale" content="sv_SE" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{_KUBRICK_HEADLINE} - Diabetesföreningen Mark" />
<meta property="og:url" content="{_KUBRICK_URL}" />
<meta property="og:site_name" content="Diabetesföreningen Mark" />
<meta property="article:section" content="Nyheter" />
<meta property="article:published_time" content="2016-11-08T09:41:12+00:00" />
<!-- / Yoast SEO plugin. -->
</head>
<body class="single single-post postid-412 single-format-standard">
<div id="page">
<div id="header" role="banner">
	<div id="headerimg">
		<h1><a href="https://www.diabetesforeningen-mark.se/">Diabetesföreningen Mark</a></h1>
		<div class="description">För dig som lever med diabetes i Marks kommun</div>
	</div>
</div>
<hr />
	<div id="content" class="widecolumn" role="main">
		<div class="navigation">
			<div class="alignleft">&laquo; <a href="https://www.diabetesforeningen-mark.se/2016/10/24/hostmotet/" rel="prev">Höstmötet i Kinna</a></div>
			<div class="alignright"></div>
		</div>
		<div class="{post_classes}" id="post-412">
			<h2>{_KUBRICK_HEADLINE}</h2>
			<div class="entry">
				{text}
<div class="sociable">
<div class="sociable_tagline"><strong>Dela och sprid:</strong></div>
<ul class='clearfix'>
	<li class="sociablefirst"><a rel="nofollow" target="_blank" href="http://www.facebook.com/share.php?u={_KUBRICK_URL}" title="Facebook"><img src="https://www.diabetesforeningen-mark.se/wp-content/plugins/sociable/images/default/16/facebook.png" title="Facebook" alt="Facebook" class="sociable-hovers" /></a></li>
	<li class="sociablelast"><a rel="nofollow" target="_blank" href="mailto:?subject=Nya%20journalen&amp;body={_KUBRICK_URL}" title="email"><img src="https://www.diabetesforeningen-mark.se/wp-content/plugins/sociable/images/default/16/email.png" title="email" alt="email" class="sociable-hovers" /></a></li>
</ul>
</div>
<div class='yarpp-related'>
<h3>Relaterade inlägg:</h3><ol>
<li><a href="https://www.diabetesforeningen-mark.se/2016/09/12/pumpskolan-startar/" rel="bookmark" title="Pumpskolan startar igen">Pumpskolan startar igen </a></li>
<li><a href="https://www.diabetesforeningen-mark.se/2016/05/02/nytt-om-sensorerna/" rel="bookmark" title="Nytt om sensorerna">Nytt om sensorerna </a></li>
</ol>
</div>
				{in_entry}
			</div>
		</div>
		{after_post}
		<p class="nocomments">Kommentarer inaktiverade.</p>
	</div>
<div id="sidebar" role="complementary">
	<ul>
		<li><h2>Arkiv</h2><ul><li><a href='https://www.diabetesforeningen-mark.se/2016/11/'>november 2016</a></li><li><a href='https://www.diabetesforeningen-mark.se/2016/10/'>oktober 2016</a></li></ul></li>
		<li class="categories"><h2>Kategorier</h2><ul><li class="cat-item cat-item-2"><a href="https://www.diabetesforeningen-mark.se/category/nyheter/">Nyheter</a></li></ul></li>
	</ul>
</div>
<hr />
<div id="footer" role="contentinfo">
	<p>Diabetesföreningen Mark drivs med <a href="https://wordpress.org/">WordPress</a><br />
	<a href="https://www.diabetesforeningen-mark.se/feed/">Inlägg (RSS)</a> och <a href="https://www.diabetesforeningen-mark.se/comments/feed/">Kommentarer (RSS)</a>.</p>
</div>
</div>
</body>
</html>"""


_KUBRICK_BLOCKS = [
    ("title", _KUBRICK_HEADLINE),
    ("lead", _KUBRICK_LEAD),
    ("paragraph", _KUBRICK_P1),
    ("paragraph", _KUBRICK_P2),
    ("paragraph", _KUBRICK_P3),
]
_kubrick_doc = functools.partial(_cleaned, _KUBRICK_URL)


@pytest.mark.parametrize(
    ("in_entry", "after_post"),
    [
        (_kubrick_meta(), ""),
        (_kubrick_meta(classes="meta"), ""),
        (_kubrick_meta(_KUBRICK_META.replace("tisdag, 8 november, 2016 kl. 09:41 ", "")), ""),  # no date in it
        (f'<p class="postmetadata alt">{_KUBRICK_META}</p>', ""),  # no <small>
        (_kubrick_meta(_KUBRICK_META_EN), ""),  # the theme's own English words
        (_kubrick_meta(_KUBRICK_META_EN.replace("Both comments and pings are currently closed.", "You can leave a response, "
                       "or trackback from your own site.")), ""),  # fmt: skip
        ("", _kubrick_meta()),  # out of the post's box
        ("", f"<p>{_KUBRICK_META}</p>"),  # nor classed
    ],
)
def test_kubricks_post_metadata_under_the_text_goes(in_entry: str, after_post: str) -> None:
    doc = _kubrick_doc(_kubrick(in_entry, after_post))
    assert (doc.title, doc.published, doc.updated, doc.language) == (_KUBRICK_HEADLINE, "2016-11-08", None, "sv")
    assert [(b.kind, b.text) for b in doc.blocks] == _KUBRICK_BLOCKS


def test_a_short_post_in_kubricks_box_classed_by_its_category_stays() -> None:
    # the post's box "div#post-412.category-nyheter" is the post's own, not a category box, however short its text
    doc = _kubrick_doc(_kubrick(text=f"<p><strong>{_KUBRICK_LEAD}</strong></p>\n<p>{_KUBRICK_P2}</p>"))
    assert [(b.kind, b.text) for b in doc.blocks] == [("title", _KUBRICK_HEADLINE), ("lead", _KUBRICK_LEAD), ("paragraph", _KUBRICK_P2)]


@pytest.mark.parametrize(
    "line",
    [
        "Du kan följa föreningens nyheter via RSS-flödet på webbplatsen, och kommentarer tas emot på årsmötet.",
        "Detta inlägg publicerades först i medlemstidningen Diabetesnytt, där du kan följa kommentarer via RSS-flödet.",
        "You can follow any responses to this entry through the RSS 2.0 feed, wrote the editor in the clinic's newsletter.",
    ],
)
def test_a_paragraph_about_a_feed_or_comments_stays(line: str) -> None:
    doc = _kubrick_doc(_kubrick(text=f"{_KUBRICK_TEXT}\n<p>{line}</p>"))
    assert [b.text for b in doc.blocks][-1] == line


# Eleventy with Hylia: the site's header "header.site-head" (a logo link home and the menu), then "main > article.[ post
# ] [ h-entry ]" whose "header.[ intro ]" holds the headline, classed in CUBE CSS's brackets "h1.[ intro__heading ] [
# text-700 … ] [ p-name ]" (the heading element of the intro block), and the date line "p.[ intro__meta ]" (a
# "time[datetime]", "31st May 2021"), then the text "div.[ post__body ] …", whose bold first paragraph is the lead.
_HYLIA_URL = "https://reumatikerforeningen-ale.se/posts/nya-journalen-och-biologiska-lakemedel/"
_HYLIA_HEADLINE = "Nya journalen och de biologiska läkemedlen"
_HYLIA_LEAD = ("Reumatologen i Alingsås ska från i höst ordinera de biologiska läkemedlen direkt i Millennium, och föreningen "
               "har fått svar på sina frågor.")  # fmt: skip
_HYLIA_P1 = ("Infusionerna bokas i dag i ett eget system, och sjuksköterskorna har fått föra över doserna för hand till "
             "journalen.")  # fmt: skip
_HYLIA_P2 = "Mottagningen räknar med att alla patienter ska ha sina scheman i den nya journalen före jul."
_HYLIA_H1 = "[ intro__heading ] [ text-700 md:text-800 lg:text-900 ] [ p-name ]"


def _hylia(h1_classes: str = _HYLIA_H1, lead: str = f"<p><strong>{_HYLIA_LEAD}</strong></p>") -> str:
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{_HYLIA_HEADLINE} - Reumatikerföreningen Ale</title>
    <link rel="canonical" href="{_HYLIA_URL}" />
    <meta property="og:title" content="{_HYLIA_HEADLINE}" />
    <meta property="og:url" content="{_HYLIA_URL}" />
    <meta property="og:site_name" content="Reumatikerföreningen Ale" />
    <link rel="alternate" type="application/rss+xml" href="https://reumatikerforeningen-ale.se/feed.xml" />
  </head>
  <body>
    <div class="site-wrap">
      <header role="banner" class="[ site-head ] [ bg-primary-shade color-light ]">
        <div class="wrapper">
          <div class="[ site-head__inner ] [ md:flex-row md:items-center ]">
            <a href="#main-content" class="skip-link">Skip to content</a>
            <a href="/" aria-label="Reumatikerföreningen Ale - home" class="[ site-head__brand ] [ text-700 ]">
              <svg xmlns="http://www.w3.org/2000/svg" width="50" height="50" viewBox="0 0 50 50" aria-hidden="true"><path d="M25 0L50 25L25 50L0 25z"/></svg>
            </a>
            <nav class="nav" aria-label="Main navigation">
              <ul class="[ nav__list ] [ md:flex ]" role="list">
                <li><a href="/">Hem</a></li>
                <li><a href="/om/">Om föreningen</a></li>
                <li><a href="/posts/" aria-current="page">Inlägg</a></li>
              </ul>
            </nav>
          </div>
        </div>
      </header>
      <main id="main-content" tabindex="-1">
        <article class="[ post ] [ h-entry ]">
          <header class="[ intro ] [ bg-dark-shade color-light ]">
            <div class="[ wrapper ] [ flow ]">
              <h1 class="{h1_classes}">{_HYLIA_HEADLINE}</h1>
              <p class="[ intro__meta ] [ text-500 ] [ measure-short ]">
                <time datetime="2021-05-31T00:00:00.000Z" class="dt-published">31st May 2021</time>
              </p>
            </div>
          </header>
          <div class="[ post__body ] [ inner-wrapper ] [ leading-loose pad-top-900 pad-bottom-900 text-500 ] [ sf-flow ] [ e-content ]">
            {lead}
<p>{_HYLIA_P1}</p>
<p>{_HYLIA_P2}</p>
          </div>
        </article>
      </main>
      <footer role="contentinfo" class="[ site-foot ] [ bg-dark-shade color-light ]">
        <div class="wrapper">
          <p>&copy; 2021 Reumatikerföreningen Ale<br /> Powered by <a href="https://www.11ty.io/">Eleventy</a> and the <a href="https://hylia.website">Hylia</a> starter kit.</p>
        </div>
      </footer>
    </div>
  </body>
</html>"""


_hylia_doc = functools.partial(_cleaned, _HYLIA_URL)


@pytest.mark.parametrize(
    ("h1_classes", "lead"),
    [
        (_HYLIA_H1, f"<p><strong>{_HYLIA_LEAD}</strong></p>"),
        ("[ intro__heading ] [ text-700 md:text-800 lg:text-900 ]", f"<p><strong>{_HYLIA_LEAD}</strong></p>"),
        ("intro__heading", f"<p><strong>{_HYLIA_LEAD}</strong></p>"),
        ("intro", f"<p><strong>{_HYLIA_LEAD}</strong></p>"),  # the lead's word alone on the headline
    ],
)
def test_hylias_headline_classed_as_its_intro_blocks_heading_is_no_lead(h1_classes: str, lead: str) -> None:
    doc = _hylia_doc(_hylia(h1_classes, lead))
    assert (doc.title, doc.published, doc.language) == (_HYLIA_HEADLINE, "2021-05-31", "sv")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("title", _HYLIA_HEADLINE),
        ("lead", _HYLIA_LEAD),
        ("paragraph", _HYLIA_P1),
        ("paragraph", _HYLIA_P2),
    ]


# Astro with AstroWind: the single post's "article > header" holds the meta line "p" (a clock icon, the
# "time[datetime]" as the site's locale writes it, " · " a user icon and the author, " · " the category's link, " · "
# the reading time), then "h1", then the excerpt "p.text-xl" (the lead) and the text "div.prose" with its list.
_ASTROWIND_URL = "https://vardcentralen-lerum.se/nyheter/nya-journalen-i-lerum/"
_ASTROWIND_HEADLINE = "Nya journalen kommer till Lerum i mars"
_ASTROWIND_LEAD = ("Vårdcentralen i Lerum går över till Millennium den 4 mars, och under de första veckorna tar vi emot färre "
                   "patienter per dag.")  # fmt: skip
_ASTROWIND_P1 = "Under omställningen gäller det här för dig som har en bokad tid:"
_ASTROWIND_ITEMS = ["Du får ett sms två dagar före besöket.", "Ta med legitimation och en lista över dina läkemedel."]
_ASTROWIND_P2 = "Personalen har gått utbildningen under hösten och vi räknar med att vara tillbaka i full takt efter påsk."
_ASTROWIND_ICON = ('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" class="w-4 h-4 '
                   'inline-block -mt-0.5 dark:text-gray-400" data-icon="tabler:{}"><path fill="none" stroke="currentColor" '
                   'stroke-width="2" d="M3 12a9 9 0 1 0 18 0a9 9 0 0 0-18 0"/></svg>')  # fmt: skip
_ASTROWIND_META = (f'{_ASTROWIND_ICON.format("clock")}\n            <time datetime="2024-12-11T00:00:00.000Z" '
                   'class="inline-block">11 dec. 2024</time>\n'
                   f'             · {_ASTROWIND_ICON.format("user")}\n              <span class="inline-block">Kundtjänst</span>\n'
                   '             · <a class="hover:underline inline-block" href="/category/nyheter">Nyheter</a>\n'
                   "             · <span>2</span> min read\n")  # fmt: skip


def _astrowind(meta: str = _ASTROWIND_META, under_headline: bool = False, text_after: str = "") -> str:
    meta_box = f"""<div class="flex justify-between flex-col sm:flex-row max-w-3xl mx-auto mt-0 mb-2 px-4 sm:px-6 sm:items-center">
    <p>
            {meta}
    </p>
   </div>"""
    items = "".join(f"<li>{item}</li>" for item in _ASTROWIND_ITEMS)
    return f"""<!DOCTYPE html>
<html class="2xl:text-[20px]" dir="ltr" lang="sv">
<head>
<meta charset="UTF-8">
<title>{_ASTROWIND_HEADLINE} — Vårdcentralen Lerum</title>
<meta name="description" content="{_ASTROWIND_LEAD}">
<link rel="canonical" href="{_ASTROWIND_URL}">
<meta property="og:title" content="{_ASTROWIND_HEADLINE}">
<meta property="og:url" content="{_ASTROWIND_URL}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Vårdcentralen Lerum">
</head>
<body class="antialiased text-default bg-page tracking-tight">
<header class="top-0 z-40 flex-none mx-auto w-full border-b border-gray-50/0" id="header">
 <div class="relative text-default py-3 px-3 md:px-6 mx-auto w-full md:flex md:justify-between max-w-7xl">
  <div class="flex justify-between">
   <a class="flex items-center" href="/"><span class="self-center ml-2 text-2xl md:text-xl font-bold text-gray-900 whitespace-nowrap dark:text-white">Vårdcentralen Lerum</span></a>
  </div>
  <nav class="items-center w-full md:w-auto hidden md:flex md:mx-5 text-default" aria-label="Main navigation">
   <ul class="flex flex-col md:flex-row md:self-center w-full md:w-auto text-xl md:text-[0.9375rem] font-medium md:justify-center">
    <li><a class="hover:text-link px-4 py-3 flex items-center whitespace-nowrap" href="/">Start</a></li>
    <li><a class="hover:text-link px-4 py-3 flex items-center whitespace-nowrap" href="/nyheter">Nyheter</a></li>
   </ul>
  </nav>
 </div>
</header>
<main>
<section class="py-8 sm:py-16 lg:py-20 mx-auto">
 <article>
  <header class="intersect-once intersect-quarter motion-safe:md:opacity-0 motion-safe:md:intersect:animate-fade">
   {"" if under_headline else meta_box}
   <h1 class="px-4 sm:px-6 max-w-3xl mx-auto text-4xl md:text-5xl font-bold leading-tighter tracking-tighter font-heading">
    {_ASTROWIND_HEADLINE}
   </h1>
   {meta_box if under_headline else ""}
   <p class="max-w-3xl mx-auto mt-4 mb-8 px-4 sm:px-6 text-xl md:text-2xl text-muted dark:text-slate-400 text-justify">
    {_ASTROWIND_LEAD}
   </p>
  </header>
  <div class="mx-auto px-6 sm:px-6 max-w-3xl prose prose-md lg:prose-xl dark:prose-invert prose-headings:font-heading mt-8 prose-li:my-0">
   <p>{_ASTROWIND_P1}</p>
<ul>
{items}
</ul>
<p>{_ASTROWIND_P2}</p>
{text_after}
  </div>
 </article>
</section>
</main>
<footer class="relative border-t border-gray-200 dark:border-slate-800 not-prose">
 <div class="md:flex md:items-center md:justify-between py-6 md:py-8"><div class="text-sm mr-4 dark:text-slate-400">Vårdcentralen Lerum · Alla rättigheter förbehållna.</div></div>
</footer>
</body>
</html>"""


_ASTROWIND_BLOCKS = [
    ("title", _ASTROWIND_HEADLINE),
    ("lead", _ASTROWIND_LEAD),
    ("paragraph", _ASTROWIND_P1),
    *(("list_item", item) for item in _ASTROWIND_ITEMS),
    ("paragraph", _ASTROWIND_P2),
]
_astrowind_doc = functools.partial(_cleaned, _ASTROWIND_URL)


_ASTROWIND_METAS = [
    _ASTROWIND_META,
    re.sub(r"<svg.*?</svg>", "", _ASTROWIND_META),  # no icons
    _ASTROWIND_META.replace("· <span>2</span> min read", ""),  # no reading time
    _ASTROWIND_META.replace("min read", "min läsning"),
    _ASTROWIND_META.replace("11 dec. 2024", "Dec 11, 2024"),  # an en-US locale
    _ASTROWIND_META.replace("11 dec. 2024", "11 december 2024"),
]


# Over the headline in its header the line goes as a dated meta box; under it (another theme's place) by its reading
# time.
@pytest.mark.parametrize(
    ("meta", "under_headline"),
    [*((meta, False) for meta in _ASTROWIND_METAS), *((meta, True) for meta in _ASTROWIND_METAS if "min " in meta)],
)
def test_astrowinds_meta_line_of_date_author_category_and_reading_time_goes(meta: str, under_headline: bool) -> None:
    doc = _astrowind_doc(_astrowind(meta, under_headline))
    assert (doc.title, doc.published, doc.language) == (_ASTROWIND_HEADLINE, "2024-12-11", "sv")
    assert [(b.kind, b.text) for b in doc.blocks] == _ASTROWIND_BLOCKS


@pytest.mark.parametrize(
    "line",
    [
        "Vi har öppet i Lerum · Gråbo · Floda, och du når oss alltid via 1177.",
        "Lerum · Gråbo · Floda",
        "11 dec. 2024 · Styrelsen beslutade att ge mottagningen 2 min extra per besök.",
        "Den 11 dec. 2024 · 2 min read räckte inte för att förstå det nya systemet, skrev en patient.",
    ],
)
def test_text_with_dots_between_its_phrases_stays(line: str) -> None:
    doc = _astrowind_doc(_astrowind(text_after=f"<p>{line}</p>"))
    assert [b.text for b in doc.blocks][-1] == line


# Astro with Astro Nano: no h1; the header's link home holds the site's name in "div.font-semibold", and "main" holds a
# back link, the post's date line ("div.animate.flex": the "time[datetime]" "Oct 28, 2025", "&bull;" and the reading
# time) and title ("div.animate.text-2xl.font-semibold…") in "div.my-10", then "article.animate" of the text, its bold
# first paragraph the lead. "<title>", og:title, twitter:title and "meta[name=title]" give "Headline | Site"; no
# og:site_name, and the site's name is no host's spelling ("Lövvallen" at cklovvallen.se).
_NANO_URL = "https://cklovvallen.se/blog/nya-journalen-och-cykelolyckorna/"
_NANO_HEADLINE = "Nya journalen och cykelolyckorna"
_NANO_LEAD = ("Akutmottagningen i Borås ska registrera cykelolyckor med en egen kod i Millennium, så att klubben kan följa "
              "dem över tid.")  # fmt: skip
_NANO_P1 = ("Klubben har i flera år bett om bättre statistik över olyckorna på landsvägen, och regionen har nu lovat att ta "
            "fram den.")  # fmt: skip
_NANO_P2 = "De första siffrorna väntas under våren, när den nya journalen har varit i gång ett halvår."
_NANO_DATE = """<div class="animate flex items-center gap-1.5">
        <div class="font-base text-sm"><time datetime="2025-10-28T00:00:00.000Z">Oct 28, 2025</time></div>
        &bull;
        <div class="font-base text-sm">3 min read</div>
      </div>"""
_NANO_TITLE_CLASSES = "animate text-2xl font-semibold text-black dark:text-white"
_NANO_TEXT = f"<p><strong>{_NANO_LEAD}</strong></p>\n<p>{_NANO_P1}</p>\n<p>{_NANO_P2}</p>"


def _nano(
    title_classes: str = _NANO_TITLE_CLASSES,
    head_title: str = f"{_NANO_HEADLINE} | CK Lövvallen",
    order: str = "title date",
    in_article: bool = False,
    headline: str = _NANO_HEADLINE,
) -> str:
    parts = {"title": f'<div class="{title_classes}">{headline}</div>', "date": _NANO_DATE}
    header = "".join(parts[part] for part in order.split())
    post = (f'<article class="animate">{header}<div class="prose">{_NANO_TEXT}</div></article>' if in_article
            else f'<div class="my-10 space-y-1">{header}</div><article class="animate">{_NANO_TEXT}</article>')  # fmt: skip
    return f"""<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="generator" content="Astro v5.1.1" />
    <link rel="canonical" href="{_NANO_URL}" />
    <title>{head_title}</title>
    <meta name="title" content="{head_title}" />
    <meta name="description" content="Olyckorna på landsvägen får en egen kod" />
    <meta property="og:type" content="website" />
    <meta property="og:url" content="{_NANO_URL}" />
    <meta property="og:title" content="{head_title}" />
    <meta property="og:image" content="https://cklovvallen.se/open-graph.jpg" />
    <meta property="twitter:card" content="summary_large_image" />
    <meta property="twitter:title" content="{head_title}" />
  </head>
  <body>
    <header>
      <div class="mx-auto max-w-screen-sm px-5">
        <div class="flex flex-wrap justify-between gap-y-2">
          <a href="/" class="inline-block decoration-black/15 text-current hover:text-black transition-colors duration-300 ease-in-out"><div class="font-semibold">CK Lövvallen</div></a>
          <nav class="flex items-center gap-1 text-sm">
            <a href="/blog" class="inline-block hover:text-black underline underline-offset-2 decoration-black/15">blog</a>
            <span>/</span>
            <a href="/projects" class="inline-block hover:text-black underline underline-offset-2 decoration-black/15">projects</a>
          </nav>
        </div>
      </div>
    </header>
    <main>
      <div class="mx-auto max-w-screen-sm px-5">
        <div class="animate">
          <a href="/blog" class="relative group w-fit flex pl-7 pr-3 py-1.5 flex-nowrap rounded border border-black/15">
            <svg viewBox="0 0 24 24" class="absolute top-1/2 left-2 size-4 stroke-2 fill-none stroke-current rotate-180"><line x1="5" y1="12" x2="19" y2="12"></line><polyline points="12 5 19 12 12 19"></polyline></svg>
            <div class="text-sm">Back to blog</div>
          </a>
        </div>
        {post}
        <div class="mt-24">
          <div class="grid grid-cols-2 gap-1.5 sm:gap-3">
            <a href="/blog/hostens-traningar/" class="group relative flex flex-nowrap py-3 px-4 pl-10 rounded-lg border border-black/15">
              <div class="flex items-center text-sm">Höstens träningar</div>
            </a>
            <div class="invisible"></div>
          </div>
        </div>
      </div>
    </main>
    <footer class="animate">
      <div class="mx-auto max-w-screen-sm px-5">
        <div class="flex justify-between items-center">
          <div>&copy; 2025 | CK Lövvallen</div>
          <button id="light-theme-button" aria-label="Light theme" class="group size-8 flex items-center justify-center rounded-full"></button>
        </div>
      </div>
    </footer>
  </body>
</html>"""


_nano_doc = functools.partial(_cleaned, _NANO_URL)


@pytest.mark.parametrize("order", ["title date", "date title"])
@pytest.mark.parametrize("in_article", [False, True])
@pytest.mark.parametrize("sign", ["|", "–"])
def test_nanos_title_div_is_the_title_without_the_sites_name_over_the_bold_lead(order: str, in_article: bool, sign: str) -> None:
    doc = _nano_doc(_nano(head_title=f"{_NANO_HEADLINE} {sign} CK Lövvallen", order=order, in_article=in_article))
    assert (doc.title, doc.published, doc.language) == (_NANO_HEADLINE, "2025-10-28", "sv")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("title", _NANO_HEADLINE),
        ("lead", _NANO_LEAD),
        ("paragraph", _NANO_P1),
        ("paragraph", _NANO_P2),
    ]


def test_nanos_title_loses_the_site_name_that_its_headers_link_home_gives() -> None:
    # a title box with no type classes heads nothing; the header's link home still names the site
    doc = _nano_doc(_nano(title_classes="animate"))
    assert doc.title == _NANO_HEADLINE


@pytest.mark.parametrize(
    ("head_title", "headline", "title_classes", "title"),
    [
        # the title box's text is the whole title: nothing to cut
        ("Cykelolyckorna | frågor och svar", "Cykelolyckorna | frågor och svar", _NANO_TITLE_CLASSES,
         "Cykelolyckorna | frågor och svar"),
        # a title whose part after the bar is no site's name the page shows, over a box of no title's type
        ("Cykelolyckorna | frågor och svar", "Cykelolyckorna", "animate", "Cykelolyckorna | frågor och svar"),
    ],
)  # fmt: skip
def test_a_title_with_a_bar_of_its_own_keeps_it(head_title: str, headline: str, title_classes: str, title: str) -> None:
    doc = _nano_doc(_nano(title_classes=title_classes, head_title=head_title, headline=headline))
    assert doc.title == title
