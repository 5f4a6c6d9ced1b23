"""Static-site generators' posts, each theme's chrome read or dropped by its markup and a look-alike in the text kept:
Zola + zerm's "span.post-date" in Zola's "%Y.%m.%d" ("2021.03.12"), the post's only date."""

from __future__ import annotations

import pytest

from fvmdocs.clean import clean_page
from fvmdocs.models import Document, RawPage


def _cleaned(url: str, html: str) -> Document:
    """A whole page of a theme's markup, cleaned as served from ``url``."""
    return clean_page(RawPage(url=url, body=html.encode(), source="t"))


def _blocks(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in doc.blocks]


# Zola with zerm: "div.container > header.header" holds the logo text and the menu; "div.content > article.post"
# holds a "header" of "h1.post-title" with its permalink and "div.post-meta" of "span.post-date" (Zola's
# "%Y.%m.%d"), an empty "span.post-author", the category in braces and the tags after "#", then the text's bare "p"s
# and "h2"s. No meta date, no JSON-LD, no "time" element.
_ZM_URL = "https://www.hjartfelsforeningen-fyrbodal.se/remissvaret-om-hjartjournalen-ar-inskickat/"
_ZM_SITE = "Hjärtfelsföreningen Fyrbodal"
_ZM_HEADLINE = "Remissvaret om hjärtjournalen är inskickat"
_ZM_LEAD = ("Föreningen har skickat sitt remissvar om den nya hjärtjournalen till NU-sjukvården, och svaret tar upp "
            "hur barnens hjärtfel ska kodas.")  # fmt: skip
_ZM_P1 = "Styrelsen skrev svaret under två kvällsmöten i november."
_ZM_H2 = "Nästa möte i Trollhättan"
_ZM_P2 = "Medlemmarna träffas i Trollhättan den 14 januari, och anmälan görs till sekreteraren."
_ZM_BLOCKS = [("title", _ZM_HEADLINE), ("lead", _ZM_LEAD), ("paragraph", _ZM_P1), ("heading", _ZM_H2), ("paragraph", _ZM_P2)]


def _zerm(day: str = "2020.12.03", text: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="sv">
<head><title>{_ZM_HEADLINE} - {_ZM_SITE}</title><meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta property="og:title" content="{_ZM_HEADLINE}" />
<meta property="og:url" content="{_ZM_URL}" />
<link rel="stylesheet" href="/style.css"></head>
<body><div class="container center"><header class="header">
  <div class="header__inner"><div class="header__logo"><a href="/"><div class="logo">{_ZM_SITE}</div></a></div>
  <div class="menu-trigger">menu</div></div>
  <nav class="menu"><ul class="menu__inner menu__inner--desktop"><li><a href="/om-oss/">Om oss</a></li>
  <li><a href="/nyheter/">Nyheter</a></li></ul></nav>
</header>
<div class="content"><article class="post">
  <header>
    <h1 class="post-title"><a href="{_ZM_URL}">{_ZM_HEADLINE}</a></h1>
    <div class="post-meta">
      <span class="post-date">{day}</span>
      <span class="post-author"></span>
      :: {{<a href="/categories/nyheter/">nyheter</a>}}
      ::
      #<a href="/tags/remiss/">remiss</a>
    </div>
  </header><p><strong>{_ZM_LEAD}</strong></p>
<p>{_ZM_P1}</p>
<h2 id="nasta-mote">{_ZM_H2}</h2>
<p>{_ZM_P2}</p>{text}
</article></div><footer class="footer"><div class="footer__inner"></div></footer></div>
</body>
</html>"""  # noqa: E501


@pytest.mark.parametrize(("day", "published"), [("2020.12.03", "2020-12-03"), ("2020.1.9", "2020-01-09")])
def test_zerms_dotted_post_date_dates_the_post(day: str, published: str) -> None:
    doc = _cleaned(_ZM_URL, _zerm(day))
    assert doc.published == published
    assert _blocks(doc) == _ZM_BLOCKS


def test_a_dotted_number_in_the_text_dates_no_post() -> None:
    # a year-first dotted number in running text is no date line: only a date-classed element of the date alone is read
    version = "<p>Journalen uppgraderas till version 2021.03.12 under vintern.</p>"
    doc = _cleaned(_ZM_URL, _zerm(day="", text=version))
    assert doc.published is None
    assert _blocks(doc)[-1] == ("paragraph", "Journalen uppgraderas till version 2021.03.12 under vintern.")
