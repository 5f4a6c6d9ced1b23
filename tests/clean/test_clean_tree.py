"""The fast selector path agrees with soupsieve on the selectors profiles use; class words, with some names left out."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from fvmdocs.clean.tree import class_words, removed, select_all, select_first

HTML = """<html><body><header id="top"><nav class="main-nav x">n</nav></header>
<main id="main-content"><article class="news-article big"><h1>T</h1><p class="preamble">L</p>
<time class="published" datetime="2022-05-18">d</time><time datetime="2022-05-19">e</time><div class="share-box">s</div></article>
<aside class="contact-box">c</aside></main><footer>f</footer></body></html>"""


@pytest.mark.parametrize(
    "selector",
    [
        "header", "nav", ".share-box", "#main-content", "main#main-content", "article.news-article",
        "article.news-article.big", ".main-nav.x", "header, footer, .contact-box", ".missing",
        "main article", "time.published[datetime]", "[id=top]", "article > h1", "main article h1",
        ".news-article time[datetime]", "[datetime='2022-05-18']", '[datetime="2022-05-19"]',
        "[class=preamble]", "body main aside.contact-box", "header main", "p:first-child",
    ],
)  # fmt: skip
def test_select_matches_soupsieve(selector: str) -> None:
    soup = BeautifulSoup(HTML, "lxml")
    expected = soup.select(selector)
    assert select_all(soup, selector) == expected
    assert select_first(soup, selector) is (expected[0] if expected else None)


def test_removed_sees_decompose() -> None:
    soup = BeautifulSoup(HTML, "lxml")
    aside = soup.aside
    assert aside is not None and not removed(aside)
    aside.decompose()
    assert removed(aside)


def test_class_words_leave_out_the_names_skip_matches() -> None:
    soup = BeautifulSoup('<div id="kontakt" class="field field--name-body field--type-text-with-summary">x</div>', "lxml")
    div = soup.div
    assert div is not None and "summary" in class_words(div)
    assert class_words(div, skip=re.compile(r"^field--type-")) == {
        "field", "name", "body", "kontakt", "field field--name-body kontakt"
    }  # fmt: skip
