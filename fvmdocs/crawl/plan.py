"""What one crawl is asked to do: where it starts, where it may go, where to look for links."""

from __future__ import annotations

import json
from dataclasses import dataclass

from fvmdocs.crawl.urls import canonical
from fvmdocs.profile import SiteProfile


@dataclass(frozen=True)
class CrawlPlan:
    """Start URLs plus scope prefixes (empty: the start URLs' hosts) and site hints.

    >>> CrawlPlan(("https://www.vgregion.se/ov/vgr-millennium/nyheter/",)).label
    'https://www.vgregion.se/ov/vgr-millennium/nyheter/'
    """

    start_urls: tuple[str, ...]
    scope: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    pagination: tuple[str, ...] = ()

    @classmethod
    def from_profile(cls, profile: SiteProfile) -> CrawlPlan:
        """The crawl a site profile's ``[crawl]`` table describes."""
        rules = profile.crawl
        return cls(rules.start_urls, rules.scope, rules.exclude, rules.sitemaps, rules.pagination)

    @property
    def label(self) -> str:
        """How failures of the crawl as a whole name it."""
        return " ".join(self.start_urls)

    def key(self) -> str:
        """Identifies the plan across runs: a crawl of the same plan resumes an unfinished run."""
        return json.dumps(
            {
                "start": sorted({canonical(u) or u for u in self.start_urls}),
                "scope": sorted({canonical(p) or p for p in self.scope}),
                "exclude": sorted(self.exclude),
            },
            sort_keys=True,
        )
