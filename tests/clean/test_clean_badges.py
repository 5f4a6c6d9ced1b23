"""A post's date drawn as a calendar badge, its parts in elements of their own: one row per badge."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from fvmdocs.clean.badges import badge_dates, drop_date_badges


@pytest.mark.parametrize(
    ("html", "published"),
    [
        ('<div class="date"><span class="month">maj</span> <span class="day">20</span><span class="year">2016</span></div>',
         "2016-05-20"),
        ('<div><span>20</span><span>okt.</span><span>2016</span></div>', "2016-10-20"),
        ('<a href="/2019/06/13/"><span>Jun</span><b>13</b><i>2019</i></a>', "2019-06-13"),
        ('<div class="date"><span>maj</span> <span>20</span></div>', None),  # no year: it dates nothing
        ('<div class="date"><span>maj</span> <span>32</span><span>2016</span></div>', None),  # no day
    ],
)  # fmt: skip
def test_a_badge_of_month_day_and_year_dates_the_post(html: str, published: str | None) -> None:
    assert badge_dates(BeautifulSoup(f"<main><p>Text.</p>{html}</main>", "lxml")) == (published, None)


@pytest.mark.parametrize(
    "html",
    [
        '<div class="date"><span>maj</span> <span>20</span><span>2016</span></div>',
        '<div class="cal"><strong>20</strong><em>maj</em></div>',
    ],
)
def test_a_badge_is_dropped_whole(html: str) -> None:
    soup = BeautifulSoup(f"<main><p>Text.</p>{html}</main>", "lxml")
    assert soup.main is not None
    drop_date_badges(soup.main)
    assert soup.main.get_text() == "Text."


@pytest.mark.parametrize(
    "html",
    [
        "<p>Mötet hålls den <b>20</b> <i>maj</i>.</p>",  # other words beside the date: a sentence
        "<p>20 maj 2016</p>",  # one text: a date line, for the date line rules
        "<div><span>maj</span> <span>20</span> <span>21</span></div>",  # two days
    ],
)
def test_a_date_with_other_words_or_in_one_text_is_no_badge(html: str) -> None:
    soup = BeautifulSoup(f"<main><p>Text.</p>{html}</main>", "lxml")
    assert soup.main is not None
    text = soup.main.get_text()
    drop_date_badges(soup.main)
    assert soup.main.get_text() == text
