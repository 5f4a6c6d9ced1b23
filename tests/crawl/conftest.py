"""Fixtures for crawler tests: the fixture site and an external host on 127.0.0.2."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from crawl.fixture_site import FixtureSite, Silent, serve

from fvmdocs.settings import Settings


@pytest.fixture
def external() -> Iterator[tuple[Silent, str]]:
    """Another host the crawl must never touch; tests assert it saw nothing."""
    site = Silent()
    server, base = serve(site, "127.0.0.2", "external")
    yield site, base
    server.shutdown()
    server.server_close()


@pytest.fixture
def site(external: tuple[Silent, str]) -> Iterator[FixtureSite]:
    """The fixture news site on 127.0.0.1, with its traps."""
    fixture = FixtureSite(external=external[1] + "/")
    server, fixture.base = serve(fixture, "127.0.0.1", "site")
    yield fixture
    fixture.release.set()
    server.shutdown()
    server.server_close()


@pytest.fixture
def crawl_settings(settings: Settings) -> Settings:
    """Settings that keep the suite fast: small delays, short timeouts, one retry."""
    return replace(settings, delay=0.02, timeout=0.5, retries=1)
