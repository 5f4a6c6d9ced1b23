"""robots.txt per host, fetched before anything else there and read with Protego.

What an unreadable robots.txt means follows RFC 9309: a 4xx answer (no file) allows
everything; a 5xx answer or a network failure, after the fetcher's retries, is read as
"disallow everything", since the site may be down and its wishes are unknown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from protego import Protego

from fvmdocs.crawl.fetch import Fetcher, RedirectRefused
from fvmdocs.crawl.throttle import Throttle
from fvmdocs.crawl.urls import canonical, host_of, origin_of
from fvmdocs.errors import FetchError

ALLOW_ALL = ""
DISALLOW_ALL = "User-agent: *\nDisallow: /\n"
MAX_ROBOTS_BYTES = 512 * 1024
ROBOTS_READ = "robots.txt read"


@dataclass(frozen=True)
class HostRules:
    """A host's robots.txt as parsed, and why it reads the way it does."""

    rules: Protego
    note: str


class RobotsCache:
    """One parsed robots.txt per origin; asking about a new host fetches its file first."""

    def __init__(
        self,
        fetcher: Fetcher,
        throttle: Throttle,
        user_agent: str,
        *,
        may_follow: Callable[[str], str | None] = lambda target: None,
    ) -> None:
        self.fetcher = fetcher
        self.throttle = throttle
        self.user_agent = user_agent
        self.may_follow = may_follow
        self._hosts: dict[str, HostRules] = {}

    def rules(self, url: str) -> HostRules:
        """The rules for ``url``'s origin, fetching its robots.txt the first time."""
        origin = origin_of(url)
        if origin not in self._hosts:
            self._hosts[origin] = self._load(origin)
        return self._hosts[origin]

    def allowed(self, url: str) -> bool:
        return bool(self.rules(url).rules.can_fetch(url, self.user_agent))

    def sitemaps(self, url: str) -> list[str]:
        """Sitemap URLs the host names in its robots.txt."""
        found = (canonical(s) for s in self.rules(url).rules.sitemaps)
        return [s for s in found if s]

    def _load(self, origin: str) -> HostRules:
        robots_url = f"{origin}/robots.txt"
        try:
            fetched = self.fetcher.get(robots_url, may_follow=self.may_follow)
        except RedirectRefused:
            # The crawl never leaves its hosts, so a robots.txt elsewhere cannot be read;
            # RFC 9309 treats an unreadable-but-reachable file like a missing one.
            return self._apply(origin, ALLOW_ALL, "robots.txt redirects off the crawl's hosts")
        except FetchError as exc:
            return self._apply(origin, DISALLOW_ALL, f"robots.txt unreachable ({exc})")
        status = fetched.exchange.status or 0
        if 200 <= status < 300:
            text = fetched.exchange.decoded().content[:MAX_ROBOTS_BYTES]
            return self._apply(origin, text.decode("utf-8", errors="replace"), ROBOTS_READ)
        if 400 <= status < 500:
            return self._apply(origin, ALLOW_ALL, f"no robots.txt (HTTP {status})")
        return self._apply(origin, DISALLOW_ALL, f"robots.txt unavailable (HTTP {status})")

    def _apply(self, origin: str, text: str, note: str) -> HostRules:
        rules = Protego.parse(text)
        delay = rules.crawl_delay(self.user_agent)
        if delay:
            self.throttle.set_delay(host_of(origin + "/"), float(delay))
        return HostRules(rules, note)
