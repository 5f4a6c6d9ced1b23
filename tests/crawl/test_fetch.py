"""HTTP manners: retries and backoff, Retry-After, redirects, size cap, timeouts, waits."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
from crawl.fixture_site import ARTICLES, FixtureSite

from fvmdocs.crawl.fetch import Exchange, Fetcher, RedirectRefused, retry_after
from fvmdocs.crawl.throttle import Throttle
from fvmdocs.errors import FetchError

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("5", 5.0),
        (" 120 ", 120.0),
        (format_datetime(NOW + timedelta(seconds=30), usegmt=True), 30.0),
        (format_datetime(NOW - timedelta(seconds=30), usegmt=True), 0.0),
        ("i morgon", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after(value: str | None, seconds: float | None) -> None:
    assert retry_after(value, NOW) == seconds


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds


def test_throttle_waits_per_host() -> None:
    clock = FakeClock()
    throttle = Throttle(1.0, clock=clock, sleep=clock.sleep)
    assert throttle.wait("vgregion.se") == 0.0
    throttle.done("vgregion.se")
    throttle.wait("1177.se")  # another host does not wait
    clock.now += 0.25
    throttle.wait("vgregion.se")
    throttle.set_delay("vgregion.se", 0.5)  # a smaller Crawl-delay does not win
    assert throttle.delay("vgregion.se") == 1.0
    throttle.set_delay("vgregion.se", 3)
    throttle.done("vgregion.se")
    throttle.hold("vgregion.se", 10)
    throttle.wait("vgregion.se")
    assert clock.slept == [0.75, 10.0]


@pytest.fixture
def fetched() -> Iterator[tuple[Fetcher, list[Exchange]]]:
    seen: list[Exchange] = []
    client = httpx.Client(timeout=0.3, headers={"User-Agent": "fvmdocs-test"})
    fetcher = Fetcher(
        client, Throttle(0.0), observe=seen.append, retries=2, max_bytes=1000,
        max_redirects=3, backoff=0.01, deadline=1.0,
    )
    yield fetcher, seen
    client.close()


def test_server_error_is_retried(site: FixtureSite, fetched: tuple[Fetcher, list[Exchange]]) -> None:
    fetcher, seen = fetched
    url = f"{site.base}{ARTICLES[4].path}"
    result = fetcher.get(url)
    assert result.exchange.status == 200 and [e.status for e in seen] == [500, 200]


def test_retry_after_over_the_cap_fails(site: FixtureSite, fetched: tuple[Fetcher, list[Exchange]]) -> None:
    site.retry_after = "3600"
    with pytest.raises(FetchError, match="asked to wait 3600 s"):
        fetched[0].get(f"{site.base}{ARTICLES[5].path}")


def test_redirects_are_followed_and_seen(site: FixtureSite, fetched: tuple[Fetcher, list[Exchange]]) -> None:
    fetcher, seen = fetched
    result = fetcher.get(f"{site.base}/gammal-sida")
    assert result.url == f"{site.base}{ARTICLES[3].path}"
    assert [h.status for h in result.hops] == [301] and [e.status for e in seen] == [301, 200]
    with pytest.raises(RedirectRefused, match="redirects to .* no thanks"):
        fetcher.get(f"{site.base}/gammal-sida", may_follow=lambda target: "no thanks")


def test_redirect_loop_is_stopped(site: FixtureSite, fetched: tuple[Fetcher, list[Exchange]]) -> None:
    with pytest.raises(FetchError, match=r"redirect loop \(.*/loop-a -> .*/loop-b -> .*/loop-a\)"):
        fetched[0].get(f"{site.base}/loop-a")


def test_size_cap_stops_reading(site: FixtureSite, fetched: tuple[Fetcher, list[Exchange]]) -> None:
    fetcher, seen = fetched
    with pytest.raises(FetchError, match="over the .* limit"):
        fetcher.get(f"{site.base}/nyheter/")
    assert seen[-1].truncated and len(seen[-1].body) == 1000


def test_timeout_is_retried_then_fails(site: FixtureSite, fetched: tuple[Fetcher, list[Exchange]]) -> None:
    fetcher, seen = fetched
    site.slow_seconds = 0.6
    with pytest.raises(FetchError, match="timed out after 0.3 s"):
        fetcher.get(f"{site.base}/langsam")
    assert len(seen) == 3 and all(e.status is None for e in seen)


def test_connection_refused(fetched: tuple[Fetcher, list[Exchange]]) -> None:
    fetcher, seen = fetched
    with pytest.raises(FetchError, match="network error"):
        fetcher.get("http://127.0.0.1:9/")
    assert len(seen) == 3
