"""The fetch stage: a polite, archiving, incremental crawler that yields ``RawPage`` items.

Parts, one concern each: ``urls`` (canonical URLs, scope), ``throttle`` (waits per host),
``fetch`` (HTTP with retries, redirects, size cap), ``robots`` (robots.txt via Protego),
``discover`` (links, sitemaps, pagination), ``archive`` (WARC via warcio), ``frontier``
(crawl state in the store), ``crawler`` (the loop) and ``plan`` (what to crawl).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import httpx

from fvmdocs.crawl.archive import WarcArchive
from fvmdocs.crawl.crawler import Crawler
from fvmdocs.crawl.fetch import Exchange, Fetcher, utc_now, warc_date
from fvmdocs.crawl.frontier import Frontier, crawl_figures, crawl_log
from fvmdocs.crawl.plan import CrawlPlan
from fvmdocs.crawl.robots import RobotsCache
from fvmdocs.crawl.throttle import Clock, Sleep, Throttle
from fvmdocs.crawl.urls import Scope, canonical
from fvmdocs.models import RawPage, SourceFailure
from fvmdocs.settings import Settings
from fvmdocs.store import Store

__all__ = ["CrawlPlan", "Exchange", "crawl", "crawl_figures", "crawl_log"]

ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
ACCEPT_LANGUAGE = "sv,en;q=0.5"


def crawl(
    plan: CrawlPlan,
    settings: Settings,
    store: Store,
    *,
    on_fetch: Callable[[Exchange], None] | None = None,
    clock: Clock = time.monotonic,
    sleep: Sleep = time.sleep,
) -> Iterator[RawPage | SourceFailure]:
    """Crawl ``plan`` politely; HTML pages come out as ``RawPage``, bad URLs as ``SourceFailure``.

    Every HTTP exchange is archived to a new WARC file under ``settings.warc_dir`` and
    logged in the store; ``on_fetch`` sees each one too (for progress or a benchmark).

    >>> plan = CrawlPlan(("https://www.vgregion.se/ov/vgr-millennium/nyheter/",))
    >>> pages = crawl(plan, settings, store)  # doctest: +SKIP
    """
    seeds = tuple(dict.fromkeys(u for u in map(canonical, plan.start_urls) if u))
    for url in plan.start_urls:
        if canonical(url) is None:
            yield SourceFailure(url, f"{url}: not an http(s) URL")
    if not seeds:
        return
    scope = Scope.build(seeds, plan.scope, plan.exclude)
    frontier = Frontier.open(store.conn, plan.key())
    throttle = Throttle(settings.delay, clock=clock, sleep=sleep)
    client = httpx.Client(
        headers={
            "User-Agent": settings.user_agent,
            "Accept": ACCEPT,
            "Accept-Language": ACCEPT_LANGUAGE,
        },
        timeout=settings.timeout,
        follow_redirects=False,
    )
    archive = WarcArchive(
        settings.warc_dir, run_id=frontier.run_id, started=utc_now(), user_agent=settings.user_agent
    )
    with client, archive:

        def observe(exchange: Exchange) -> None:
            archive.write(exchange)
            frontier.log(
                exchange.url,
                status=exchange.status,
                at=warc_date(exchange.started),
                size=len(exchange.body),
                error=exchange.error,
            )
            if on_fetch is not None:
                on_fetch(exchange)

        fetcher = Fetcher(
            client,
            throttle,
            observe=observe,
            retries=settings.retries,
            max_bytes=settings.max_page_bytes,
            max_redirects=settings.max_redirects,
            backoff=max(settings.delay, 0.1),
            deadline=settings.timeout * 3,
        )
        robots = RobotsCache(
            fetcher,
            throttle,
            settings.user_agent,
            may_follow=lambda target: None if scope.on_hosts(target) else "off the crawl's hosts",
        )
        crawler = Crawler(plan, seeds, scope, settings, store, frontier, fetcher, robots)
        yield from crawler.run()
