"""Site profiles: what fvmdocs knows about one web site, as data in TOML.

A profile names the site's hosts, where a crawl starts and stays (``[crawl]``), and how its
pages are cleaned (``[clean]``): CSS selectors for the article body, for boilerplate to drop,
and title suffixes to cut. The built-in profile for vgregion.se lives in
``fvmdocs/data/profiles/vgregion.toml``; users load their own with ``--profile FILE``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fvmdocs.errors import ConfigError

BUILTIN_PROFILES = ("vgregion",)


@dataclass(frozen=True)
class CleanRules:
    """How to find the article in a page of this site and what to throw away."""

    content: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()
    title: tuple[str, ...] = ()
    lead: tuple[str, ...] = ()
    published: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    title_suffixes: tuple[str, ...] = ()
    drop_headings: tuple[str, ...] = ()
    listing: tuple[str, ...] = ()


@dataclass(frozen=True)
class CrawlRules:
    """Where a crawl of this site starts and which URLs it may follow."""

    start_urls: tuple[str, ...] = ()
    scope: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    pagination: tuple[str, ...] = ()


@dataclass(frozen=True)
class SiteProfile:
    """One site's knowledge: hosts, crawl rules and cleaning rules."""

    name: str
    hosts: tuple[str, ...] = ()
    language: str = "sv"
    clean: CleanRules = field(default_factory=CleanRules)
    crawl: CrawlRules = field(default_factory=CrawlRules)

    def matches(self, url: str) -> bool:
        """True when ``url`` is on one of this profile's hosts (or a subdomain)."""
        host = (urlsplit(url).hostname or "").lower()
        return any(host == h or host.endswith("." + h) for h in self.hosts)


def _strings(table: dict[str, Any], key: str, origin: str) -> tuple[str, ...]:
    value = table.get(key, ())
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{origin}: {key!r} must be a string or a list of strings")
    return tuple(value)


def _rules(cls: type, table: Any, origin: str) -> Any:
    if not isinstance(table, dict):
        raise ConfigError(f"{origin}: expected a table")
    known = {f.name for f in fields(cls)}
    unknown = set(table) - known
    if unknown:
        raise ConfigError(f"{origin}: unknown keys {sorted(unknown)}")
    return cls(**{key: _strings(table, key, origin) for key in table})


def parse_profile(text: str, origin: str = "<profile>") -> SiteProfile:
    """Read a profile from TOML text."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"profile {origin} is not valid TOML: {exc}") from exc
    site = data.get("site", {})
    name = site.get("name")
    if not isinstance(name, str) or not name:
        raise ConfigError(f"profile {origin}: [site] needs a name")
    return SiteProfile(
        name=name,
        hosts=tuple(h.lower() for h in _strings(site, "hosts", origin)),
        language=str(site.get("language", "sv")),
        clean=_rules(CleanRules, data.get("clean", {}), f"{origin} [clean]"),
        crawl=_rules(CrawlRules, data.get("crawl", {}), f"{origin} [crawl]"),
    )


def load_profile(path: Path) -> SiteProfile:
    """Read a user's profile file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read profile {path}: {exc.strerror}") from exc
    return parse_profile(text, str(path))


def builtin_profile(name: str = "vgregion") -> SiteProfile:
    """One of the profiles shipped with fvmdocs."""
    if name not in BUILTIN_PROFILES:
        raise ConfigError(f"no built-in profile {name!r} (have: {', '.join(BUILTIN_PROFILES)})")
    resource = resources.files("fvmdocs") / "data" / "profiles" / f"{name}.toml"
    return parse_profile(resource.read_text(encoding="utf-8"), f"built-in {name}")


def builtin_profiles() -> tuple[SiteProfile, ...]:
    """All shipped profiles, for picking one by a page's host."""
    return tuple(builtin_profile(name) for name in BUILTIN_PROFILES)


def profile_for(url: str, profiles: tuple[SiteProfile, ...]) -> SiteProfile | None:
    """The first profile whose hosts cover ``url``, or None for the generic path."""
    return next((p for p in profiles if p.matches(url)), None)
