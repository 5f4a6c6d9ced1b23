"""robots.txt: read with Protego, fetched once per host, and what a missing or broken one means."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest
from crawl.fixture_site import serve

from fvmdocs.crawl.fetch import Exchange, Fetcher
from fvmdocs.crawl.robots import RobotsCache
from fvmdocs.crawl.throttle import Throttle

AGENT = "fvmdocs/0.1.0 (+https://github.com/fvmdocs/fvmdocs)"


class Scripted:
    """Answers each path with a fixed response; counts requests."""

    def __init__(self, routes: dict[str, tuple[int, bytes]]) -> None:
        self.routes = routes
        self.hits: list[str] = []

    def record(self, path: str, headers: dict[str, str], server: str) -> int:
        self.hits.append(path)
        return 1

    def respond(self, path: str, headers: dict[str, str]) -> tuple[int, list[tuple[str, str]], bytes]:
        status, body = self.routes.get(path, (404, b""))
        return status, [("Content-Type", "text/plain")], body


Make = Callable[..., tuple[RobotsCache, Throttle, "Scripted", str]]


@pytest.fixture
def robots_for() -> Iterator[Make]:
    servers = []
    client = httpx.Client(timeout=0.5)

    def make(status: int, body: bytes = b"") -> tuple[RobotsCache, Throttle, Scripted, str]:
        scripted = Scripted({"/robots.txt": (status, body)})
        server, base = serve(scripted, "127.0.0.1", "robots")
        servers.append(server)
        throttle = Throttle(0.01)
        seen: list[Exchange] = []
        fetcher = Fetcher(client, throttle, observe=seen.append, retries=1, max_bytes=10_000,
                          max_redirects=5, backoff=0.01, deadline=1.0)
        return RobotsCache(fetcher, throttle, AGENT), throttle, scripted, base

    yield make
    client.close()
    for server in servers:
        server.shutdown()
        server.server_close()


ROBOTS = b"""User-agent: *
Disallow: /sok/
Crawl-delay: 2.5

User-agent: fvmdocs
Disallow: /privat/
Allow: /privat/press/

Sitemap: https://www.vgregion.se/sitemap.xml
"""


def test_rules_for_our_agent(robots_for: Make) -> None:
    robots, throttle, scripted, base = robots_for(200, ROBOTS)
    assert not robots.allowed(f"{base}/privat/intranat/")
    assert robots.allowed(f"{base}/privat/press/pressmeddelande/")
    assert robots.allowed(f"{base}/sok/?q=fvm")  # the fvmdocs group wins over *
    assert robots.sitemaps(f"{base}/") == ["https://www.vgregion.se/sitemap.xml"]
    assert scripted.hits == ["/robots.txt"]  # fetched once, then cached


def test_crawl_delay_sets_the_pause(robots_for: Make) -> None:
    robots, throttle, _, base = robots_for(200, b"User-agent: *\nCrawl-delay: 2.5\n")
    robots.allowed(f"{base}/")
    assert throttle.delay(base.removeprefix("http://")) == 2.5


@pytest.mark.parametrize(("status", "allowed"), [(404, True), (410, True), (503, False), (500, False)])
def test_missing_or_broken_robots(robots_for: Make, status: int, allowed: bool) -> None:
    robots, _, scripted, base = robots_for(status)
    assert robots.allowed(f"{base}/nyheter/") is allowed
    assert len(scripted.hits) == (2 if status >= 500 else 1)  # a 5xx is retried first
