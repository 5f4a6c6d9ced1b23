"""The crawl loop: take the next URL from the frontier, fetch it, queue what it links to.

Everything else is delegated: manners to ``Fetcher``/``Throttle``/``RobotsCache``, memory
to ``Frontier``, finding links to ``discover``. A page is marked done only after the
caller has taken it (the code after ``yield`` runs when the next page is asked for), so a
crawl killed while a page is being stored fetches that page again on resume, and only it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from fvmdocs.crawl.discover import PAGINATION, RESOURCE, page_links, resource_type, sitemap_entries
from fvmdocs.crawl.fetch import Exchange, Fetcher, RedirectRefused, warc_date
from fvmdocs.crawl.frontier import DONE, FAILED, PAGE, SITEMAP, SKIPPED, Frontier, QueueItem
from fvmdocs.crawl.plan import CrawlPlan
from fvmdocs.crawl.robots import ROBOTS_READ, RobotsCache
from fvmdocs.crawl.urls import Scope, origin_of
from fvmdocs.errors import FetchError
from fvmdocs.models import RawPage, SourceFailure
from fvmdocs.settings import Settings
from fvmdocs.store import Store

HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_html(content_type: str, body: bytes) -> bool:
    """An HTML page by its Content-Type, or by its first bytes when the server sent none."""
    if content_type:
        return content_type.split(";", 1)[0].strip().lower() in HTML_TYPES
    head = body[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


@dataclass
class Crawler:
    """One session of one run: the frontier's URLs until it is empty or a limit is hit."""

    plan: CrawlPlan
    seeds: tuple[str, ...]
    scope: Scope
    settings: Settings
    store: Store
    frontier: Frontier
    fetcher: Fetcher
    robots: RobotsCache

    def run(self) -> Iterator[RawPage | SourceFailure]:
        """Pages and per-URL failures, in crawl order."""
        try:
            yield from self._loop()
        except BaseException:
            self.frontier.close(finished=False, stopped="interrupted")
            raise

    def _loop(self) -> Iterator[RawPage | SourceFailure]:
        if not self.frontier.resumed:
            self._seed()
        fetched = self.frontier.pages_fetched()
        while True:
            if fetched >= self.settings.max_pages:
                self.frontier.close(finished=False, stopped=f"page limit ({self.settings.max_pages})")
                return
            item = self.frontier.next()
            if item is None:
                self.frontier.close(finished=True)
                return
            if not self.robots.allowed(item.url):
                yield from self._disallowed(item)
            elif item.kind == SITEMAP:
                self._sitemap(item)
            else:
                fetched += 1
                yield from self._page(item)

    def _disallowed(self, item: QueueItem) -> Iterator[SourceFailure]:
        rules = self.robots.rules(item.url)
        note = "disallowed by robots.txt" if rules.note == ROBOTS_READ else rules.note
        if item.depth == 0 and item.kind == PAGE:  # a start URL: the user asked for it
            yield SourceFailure(item.url, f"{item.url}: not fetched, {note}")
        self.frontier.finish(item.url, SKIPPED, note)

    def _seed(self) -> None:
        self.frontier.add(QueueItem(url, PAGE, 0) for url in self.seeds)
        sitemaps: list[str] = []
        for origin in dict.fromkeys(origin_of(url) for url in self.seeds):
            sitemaps += [*self.robots.sitemaps(origin + "/"), origin + "/sitemap.xml"]
        sitemaps += self.plan.sitemaps
        self.frontier.add(
            QueueItem(url, SITEMAP, 0) for url in dict.fromkeys(sitemaps) if self.scope.on_hosts(url)
        )

    # -- pages ------------------------------------------------------------------------

    def _page(self, item: QueueItem) -> Iterator[RawPage | SourceFailure]:
        try:
            fetched = self.fetcher.get(item.url, headers_for=self._conditional, may_follow=self._may_follow)
        except RedirectRefused as exc:
            self.frontier.finish(item.url, SKIPPED, str(exc))
            return
        except FetchError as exc:
            yield from self._failed(item.url, str(exc))
            return
        for hop in fetched.hops:
            self._remember(hop)
            if hop.url != item.url:
                self.frontier.claim(hop.url, item.depth, item.found_on)
                self.frontier.finish(hop.url, DONE, "redirect")
        final = fetched.url
        if final != item.url and not self.frontier.claim(final, item.depth, item.found_on):
            self.frontier.finish(item.url, DONE, f"redirects to {final}, fetched already")
            return
        yield from self._response(item, final, fetched.exchange)
        if final != item.url:
            self.frontier.finish(item.url, DONE, f"redirects to {final}")

    def _response(self, item: QueueItem, url: str, exchange: Exchange) -> Iterator[RawPage | SourceFailure]:
        status = exchange.status or 0
        fetched_at = warc_date(exchange.started)
        if status == 304:
            self._queue_links(url, item.depth, self.frontier.state(url).outlinks)
            yield RawPage(url=url, body=b"", source=url, fetched=fetched_at, status=304)
            self._remember(exchange)
            self.frontier.finish(url, DONE, "not modified")
            return
        if not 200 <= status < 300:
            yield from self._failed(url, f"{url}: HTTP {status} {exchange.reason}".rstrip(), exchange)
            return
        try:
            response = exchange.decoded()
        except FetchError as exc:
            yield from self._failed(url, str(exc), exchange)
            return
        body = response.content
        if not is_html(exchange.content_type, body):
            content_type = exchange.content_type.split(";", 1)[0].strip() or None
            self.frontier.add_resources([(url, content_type, item.found_on)])
            self._remember(exchange)
            self.frontier.finish(url, DONE, "resource")
            return
        if len(body) > self.settings.max_page_bytes:
            limit = self.settings.max_page_bytes / 1e6
            yield from self._failed(url, f"{url}: page is over the {limit:.1f} MB limit", exchange)
            return
        charset = response.charset_encoding
        links = page_links(body, url, charset=charset, pagination=self.plan.pagination)
        self.frontier.add_resources(
            (link.url, link.content_type, url)
            for link in links
            if link.kind == RESOURCE and self.scope.on_hosts(link.url)
        )
        kept = self._queue_links(url, item.depth, [(ln.url, ln.kind) for ln in links if ln.kind != RESOURCE])
        yield RawPage(
            url=url,
            body=body,
            source=url,
            content_type=exchange.content_type or None,
            charset=charset,
            fetched=fetched_at,
            status=status,
        )
        self._remember(exchange, outlinks=kept)
        self.frontier.finish(url, DONE)

    def _failed(
        self, url: str, reason: str, exchange: Exchange | None = None
    ) -> Iterator[SourceFailure]:
        yield SourceFailure(url, reason)
        if exchange is not None:
            self._remember(exchange, error=reason)
        self.frontier.finish(url, FAILED, reason)

    def _queue_links(
        self, page_url: str, depth: int, links: tuple[tuple[str, str], ...] | list[tuple[str, str]]
    ) -> list[tuple[str, str]]:
        kept = [(url, kind) for url, kind in links if self.scope.contains(url)]
        items = []
        for url, kind in kept:
            next_depth = depth if kind == PAGINATION else depth + 1
            if next_depth <= self.settings.max_depth:
                items.append(QueueItem(url, PAGE, next_depth, page_url))
        self.frontier.add(items)
        return kept

    def _remember(
        self, exchange: Exchange, *, error: str | None = None, outlinks: list[tuple[str, str]] | None = None
    ) -> None:
        self.frontier.remember(
            exchange.url,
            status=exchange.status,
            fetched_at=warc_date(exchange.started),
            etag=exchange.header("ETag"),
            last_modified=exchange.header("Last-Modified"),
            error=error,
            outlinks=outlinks,
        )

    def _conditional(self, url: str) -> Mapping[str, str]:
        # Only a page the store holds may be answered with 304: otherwise a page that once
        # failed to clean would never be looked at again.
        if self.store.source_hash(url) is None:
            return {}
        state = self.frontier.state(url)
        headers = {}
        if state.etag:
            headers["If-None-Match"] = state.etag
        if state.last_modified:
            headers["If-Modified-Since"] = state.last_modified
        return headers

    def _may_follow(self, target: str) -> str | None:
        if not self.scope.on_hosts(target):
            return "off the crawl's hosts"
        if not self.robots.allowed(target):
            return "which robots.txt disallows"
        return None

    # -- sitemaps ---------------------------------------------------------------------

    def _sitemap(self, item: QueueItem) -> None:
        """Queue a sitemap's pages; a missing or broken sitemap is noted, not a page failure."""
        try:
            fetched = self.fetcher.get(item.url, may_follow=self._may_follow)
            if fetched.exchange.status != 200:
                raise FetchError(f"{item.url}: HTTP {fetched.exchange.status}")
            body = fetched.exchange.decoded().content
        except FetchError as exc:
            self.frontier.finish(item.url, FAILED, str(exc))
            return
        pages, nested = sitemap_entries(body)
        self.frontier.add(
            QueueItem(url, SITEMAP, item.depth, item.url) for url in nested if self.scope.on_hosts(url)
        )
        in_scope = [url for url in pages if self.scope.contains(url)]
        self.frontier.add_resources(
            (url, resource_type(url), item.url) for url in in_scope if resource_type(url)
        )
        if item.depth + 1 <= self.settings.max_depth:
            self.frontier.add(
                QueueItem(url, PAGE, item.depth + 1, item.url)
                for url in in_scope
                if not resource_type(url)
            )
        self.frontier.finish(item.url, DONE, f"{len(pages)} pages, {len(nested)} sitemaps")
