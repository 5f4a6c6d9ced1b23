"""URLs as the crawler compares them: canonical form, tracking parameters gone, and scope.

Two links to the same page must become one string, or the page is fetched twice:
``https://www.vgregion.se:443/ov/vgr-millennium/nyheter/?utm_source=nyhetsbrev#topp`` and
``https://www.vgregion.se/ov/vgr-millennium/nyheter/`` are the same page. w3lib does the
canonical form (sorted query, percent-encoding, no fragment); this module adds what is
policy: which query parameters only track the reader, and which URLs the crawl may follow.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from w3lib.url import canonicalize_url, url_query_cleaner

# Query parameters that say where a reader came from, never which page they get.
TRACKING_PREFIXES = ("utm_", "mtm_", "pk_", "_hs")
TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid",
     "mc_cid", "mc_eid", "_ga", "_gl", "ref_src", "cmpid", "srsltid"}
)  # fmt: skip

_DEFAULT_PORTS = {"http": 80, "https": 443}


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


@lru_cache(maxsize=65_536)  # pages repeat the same menu links; w3lib is not cheap
def canonical(url: str) -> str | None:
    """The one spelling of an http(s) URL the crawl stores; None for other schemes.

    >>> canonical("HTTPS://www.vgregion.se:443/ov/nyheter/?utm_source=x&sida=2#topp")
    'https://www.vgregion.se/ov/nyheter/?sida=2'
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    # Credentials never belong in a stored URL; a default port is the same URL without it.
    netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        netloc = f"{netloc}:{port}"
    cleaned = urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))
    tracking = [name for name, _ in parse_qsl(parts.query, keep_blank_values=True) if _is_tracking(name)]
    if tracking:
        cleaned = url_query_cleaner(cleaned, tracking, remove=True, unique=False)
    return canonicalize_url(cleaned)


def host_of(url: str) -> str:
    """``host[:port]`` of a canonical URL, the unit of politeness and of scope."""
    return urlsplit(url).netloc


def origin_of(url: str) -> str:
    """``scheme://host[:port]`` of a URL, where its robots.txt lives."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _without_scheme(url: str) -> str:
    return url.split("://", 1)[-1]


@dataclass(frozen=True)
class Scope:
    """Which URLs a crawl may follow: under one of ``prefixes``, and none of ``exclude``.

    Prefixes are compared without the scheme, so a site that moves from http to https
    stays in scope. ``hosts`` are the prefixes' hosts: the crawl never sends a request
    anywhere else, not even to follow a redirect.
    """

    prefixes: tuple[str, ...]
    exclude: tuple[str, ...] = ()

    @classmethod
    def build(
        cls, start_urls: tuple[str, ...], prefixes: tuple[str, ...] = (), exclude: tuple[str, ...] = ()
    ) -> Scope:
        """A scope of the given prefixes, or else of the start URLs' whole hosts."""
        chosen = [canonical(p) for p in prefixes] if prefixes else [
            origin_of(u) + "/" for u in start_urls
        ]
        return cls(tuple(dict.fromkeys(p for p in chosen if p)), tuple(exclude))

    @property
    def hosts(self) -> frozenset[str]:
        return frozenset(host_of(p) for p in self.prefixes)

    def on_hosts(self, url: str) -> bool:
        """True when a request to ``url`` stays on the scope's hosts."""
        return host_of(url) in self.hosts

    def contains(self, url: str) -> bool:
        """True when the crawl may follow a link to the canonical ``url``."""
        bare = _without_scheme(url)
        if not any(bare.startswith(_without_scheme(p)) for p in self.prefixes):
            return False
        return not any(pattern in url for pattern in self.exclude)
