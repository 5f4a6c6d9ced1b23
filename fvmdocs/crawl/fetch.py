"""HTTP for the crawler: one GET at a time, with retries, backoff, redirects and a size cap.

httpx does the protocol. This module adds the archivist's rules: every attempt (a retry,
each redirect hop, a network error) is handed to an observer that archives and logs it;
redirects are followed by hand so each hop is seen and none leaves the crawl's hosts;
bodies are streamed and cut at ``max_bytes``; a busy or failing server gets exponential
backoff with jitter, or exactly the pause its ``Retry-After`` asks for.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

import httpx

from fvmdocs.crawl.throttle import Throttle
from fvmdocs.crawl.urls import canonical, host_of
from fvmdocs.errors import FetchError

REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
RETRY_CODES = frozenset({429, 500, 502, 503, 504})
# Longest Retry-After honoured; a server asking for more gets the URL marked failed instead
# of an early retry, which would be impolite.
MAX_RETRY_AFTER = 120.0
MAX_BACKOFF = 60.0

Headers = tuple[tuple[str, str], ...]


class RedirectRefused(FetchError):
    """A redirect points somewhere the crawl does not go (another host, robots.txt)."""


def utc_now() -> datetime:
    return datetime.now(UTC)


def warc_date(moment: datetime) -> str:
    """ISO 8601 in UTC with a ``Z``, as WARC-Date and ``RawPage.fetched`` write it."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Exchange:
    """One HTTP request and its response, or the error that stopped it.

    ``body`` holds the bytes as they came over the wire (still gzip-encoded when the
    server said so), which is what the archive keeps.
    """

    url: str
    started: datetime
    request_line: str
    request_headers: Headers
    status: int | None = None
    reason: str = ""
    http_version: str = "HTTP/1.1"
    headers: Headers = ()
    body: bytes = b""
    truncated: bool = False
    error: str | None = None

    def header(self, name: str) -> str | None:
        lowered = name.lower()
        return next((v for k, v in self.headers if k.lower() == lowered), None)

    @property
    def content_type(self) -> str:
        return self.header("Content-Type") or ""

    def decoded(self) -> httpx.Response:
        """The body with its Content-Encoding undone, as an httpx response."""
        response = httpx.Response(self.status or 0, headers=list(self.headers), content=self.body)
        try:
            response.read()
        except httpx.DecodingError as exc:
            raise FetchError(f"{self.url}: cannot decode the response body ({exc})") from exc
        return response


@dataclass(frozen=True)
class Fetched:
    """The outcome of following a URL: the last response and the URLs passed on the way."""

    url: str
    exchange: Exchange
    hops: tuple[Exchange, ...] = field(default_factory=tuple)


Observer = Callable[[Exchange], None]
HeadersFor = Callable[[str], Mapping[str, str]]
MayFollow = Callable[[str], str | None]


def retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds a ``Retry-After`` header asks for, given as seconds or as an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


class Fetcher:
    """GET with the crawl's manners; every attempt goes to ``observe`` before anything else."""

    def __init__(
        self,
        client: httpx.Client,
        throttle: Throttle,
        *,
        observe: Observer,
        retries: int,
        max_bytes: int,
        max_redirects: int,
        backoff: float,
        deadline: float,
        rng: random.Random | None = None,
    ) -> None:
        self.client = client
        self.throttle = throttle
        self.observe = observe
        self.retries = max(0, retries)
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.backoff = backoff
        self.deadline = deadline
        self.rng = rng or random.Random()

    def get(
        self,
        url: str,
        *,
        headers_for: HeadersFor | None = None,
        may_follow: MayFollow | None = None,
    ) -> Fetched:
        """Fetch ``url``, following redirects that ``may_follow`` allows (it returns a reason to refuse).

        Raises ``FetchError`` for a network failure after all retries, a redirect loop, too
        many redirects or a body over the size cap; an HTTP error status is returned.
        """
        hops: list[Exchange] = []
        seen = [url]
        current = url
        while True:
            extra = dict(headers_for(current)) if headers_for else {}
            exchange = self.attempt(current, extra)
            if exchange.status not in REDIRECT_CODES or not exchange.header("Location"):
                return Fetched(current, exchange, tuple(hops))
            target = canonical(urljoin(current, exchange.header("Location") or ""))
            if target is None:
                raise FetchError(f"{url}: redirect to a URL that is not http(s)")
            hops.append(exchange)
            if target in seen:
                chain = " -> ".join([*seen, target])
                raise FetchError(f"{url}: redirect loop ({chain})")
            if len(hops) > self.max_redirects:
                raise FetchError(f"{url}: more than {self.max_redirects} redirects")
            refusal = may_follow(target) if may_follow else None
            if refusal:
                raise RedirectRefused(f"{url}: redirects to {target}, {refusal}")
            seen.append(target)
            current = target

    def attempt(self, url: str, headers: Mapping[str, str]) -> Exchange:
        """One URL, retried on network errors, 429 and 5xx; returns the last response."""
        host = host_of(url)
        for attempt in range(self.retries + 1):
            self.throttle.wait(host)
            exchange = self._once(url, headers)
            self.throttle.done(host)
            self.observe(exchange)
            retryable = exchange.error is not None or exchange.status in RETRY_CODES
            if not retryable or attempt == self.retries:
                break
            self.throttle.hold(host, self._pause(exchange, attempt))
        if exchange.error is not None:
            raise FetchError(f"{url}: {exchange.error}")
        if exchange.truncated:
            raise FetchError(f"{url}: page is over the {self.max_bytes / 1e6:.1f} MB limit")
        return exchange

    def _pause(self, exchange: Exchange, attempt: int) -> float:
        asked = retry_after(exchange.header("Retry-After"), utc_now())
        if asked is not None:
            if asked > MAX_RETRY_AFTER:
                raise FetchError(
                    f"{exchange.url}: server asked to wait {asked:.0f} s (Retry-After), "
                    f"longer than {MAX_RETRY_AFTER:.0f} s"
                )
            return asked
        pause = min(MAX_BACKOFF, self.backoff * 2**attempt)
        return pause + self.rng.uniform(0, pause / 2)

    def _once(self, url: str, headers: Mapping[str, str]) -> Exchange:
        started = utc_now()
        request = self.client.build_request("GET", url, headers=dict(headers))
        target = request.url.raw_path.decode("ascii")
        base = Exchange(
            url=url,
            started=started,
            request_line=f"GET {target} HTTP/1.1",
            request_headers=tuple(request.headers.multi_items()),
        )
        try:
            response = self.client.send(request, stream=True)
        except httpx.TimeoutException:
            return replace(base, error=f"timed out after {self._timeout():g} s")
        except httpx.TransportError as exc:
            return replace(base, error=f"network error ({type(exc).__name__}: {exc})")
        try:
            body, truncated = self._read(response, started)
        except httpx.TimeoutException:
            return replace(base, error=f"timed out reading the body after {self._timeout():g} s")
        except httpx.TransportError as exc:
            return replace(base, error=f"network error reading the body ({type(exc).__name__})")
        finally:
            response.close()
        return replace(
            base,
            status=response.status_code,
            reason=response.reason_phrase,
            http_version=response.http_version,
            headers=tuple(response.headers.multi_items()),
            body=body,
            truncated=truncated,
        )

    def _read(self, response: httpx.Response, started: datetime) -> tuple[bytes, bool]:
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_raw():
            chunks.append(chunk)
            size += len(chunk)
            if size > self.max_bytes:
                return b"".join(chunks)[: self.max_bytes], True
            if (utc_now() - started).total_seconds() > self.deadline:
                raise httpx.ReadTimeout("the whole response took too long")
        return b"".join(chunks), False

    def _timeout(self) -> float:
        return float(self.client.timeout.read or 0)
