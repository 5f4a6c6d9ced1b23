"""The fast selector path agrees with soupsieve on the selectors profiles use; class words, with some names left out;
inline text loose beside block boxes as a line of its own."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from fvmdocs.clean.tree import class_words, line_of, loose_run, removed, select_all, select_first

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


@pytest.mark.parametrize(
    ("html", "run"),
    [
        # Garland's byline loose in the node beside its body's box: the span alone is the run
        ('<div class="node"><span class="submitted">Skickat av <a>kansliet</a></span><div class="content"><p>x</p></div></div>',
         ["Skickat av kansliet"]),
        # bare text and inline elements up to the next block box, on either side
        ("<div><p>a</p>Skickat av <a>kansliet</a> den <span>14 nov</span><hr/><p>b</p></div>",
         ["Skickat av ", "kansliet", " den ", "14 nov"]),
    ],
)
def test_inline_text_loose_beside_block_boxes_is_a_run_of_its_own(html: str, run: list[str]) -> None:
    soup = BeautifulSoup(html, "lxml")
    string = soup.find(string=re.compile("Skickat"))
    assert string is not None
    line = line_of(string)
    assert line is not None and line.name == "div"
    found = loose_run(string, line)
    assert found is not None and [part.get_text() for part in found] == run


def test_a_line_with_no_block_box_is_its_own_run() -> None:
    soup = BeautifulSoup("<p>Skickat av <a>kansliet</a> den <span>14 nov</span></p>", "lxml")
    string = soup.find(string=re.compile("Skickat"))
    assert string is not None and soup.p is not None
    assert loose_run(string, soup.p) is None
