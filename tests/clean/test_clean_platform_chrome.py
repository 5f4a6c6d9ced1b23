"""Platform chrome around a post, each kind dropped by its markup and a look-alike in the text kept: a
publication viewer's owner and info lines and its "more from" heading, a hub's profile card and category widget,
a membership platform's support box, a community's space path, an intranet's or project site's path box and a
community's seen-by count."""

from __future__ import annotations

import pytest

from fvmdocs.clean import clean_page
from fvmdocs.models import Document, RawPage

P1 = "Nämnden för hälso- och sjukvård beslutade i april om en ny plan för journalsystemet i Skaraborg."
P2 = "Planen ska följas upp varje kvartal och redovisas för regionstyrelsen innan sommaren."


def _doc(body: str) -> Document:
    html = f"<html lang='sv'><head><title>Ny plan</title></head><body>{body}</body></html>"
    return clean_page(RawPage(url="https://example.se/a", body=html.encode(), source="t"))


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
