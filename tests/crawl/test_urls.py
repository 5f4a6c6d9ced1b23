"""Canonical URLs and scope: one row per spelling a crawler meets on Swedish news sites."""

from __future__ import annotations

import pytest

from fvmdocs.crawl.urls import Scope, canonical

NEWS = "https://www.vgregion.se/ov/vgr-millennium/nyheter/"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (NEWS, NEWS),
        ("HTTPS://WWW.VGREGION.SE:443/ov/vgr-millennium/nyheter/", NEWS),
        (NEWS + "#senaste", NEWS),
        (NEWS + "?utm_source=nyhetsbrev&utm_medium=epost", NEWS),
        (NEWS + "?fbclid=IwAR0abc", NEWS),
        (NEWS + "?gclid=x&msclkid=y&mc_cid=z", NEWS),
        (NEWS + "?sida=2&utm_campaign=fvm", NEWS + "?sida=2"),
        (NEWS + "?b=2&a=1", NEWS + "?a=1&b=2"),
        ("http://vgregion.se:80/ov/", "http://vgregion.se/ov/"),
        ("http://127.0.0.1:8080/x", "http://127.0.0.1:8080/x"),
        ("https://redaktor:hemligt@vgregion.se/ov/", "https://vgregion.se/ov/"),
        ("https://vgregion.se", "https://vgregion.se/"),
        ("https://vgregion.se/ov/vård/ä ö/", "https://vgregion.se/ov/v%C3%A5rd/%C3%A4%20%C3%B6/"),
        ("mailto:fvm@vgregion.se", None),
        ("javascript:void(0)", None),
        ("ftp://vgregion.se/fil.pdf", None),
        ("http://vgregion.se:99999/", None),
        ("", None),
    ],
)
def test_canonical(url: str, expected: str | None) -> None:
    assert canonical(url) == expected


def test_default_scope_is_the_start_hosts() -> None:
    scope = Scope.build((NEWS, "http://127.0.0.1:8080/nyheter/"))
    assert scope.hosts == {"www.vgregion.se", "127.0.0.1:8080"}
    assert scope.contains("https://www.vgregion.se/aktuellt/")
    assert scope.contains("http://www.vgregion.se/ov/")  # the scheme does not matter
    assert not scope.contains("https://vgregion.se/ov/")  # another host
    assert not scope.contains("http://127.0.0.1:8081/nyheter/")


def test_scope_prefixes_and_exclusions() -> None:
    scope = Scope.build((NEWS,), (NEWS, "https://www.vgregion.se/aktuellt/"), ("/sok/", "?print="))
    assert scope.contains(NEWS + "inforandet-pausas/")
    assert not scope.contains("https://www.vgregion.se/ov/annat/")
    assert not scope.contains(NEWS + "sok/?q=fvm")
    assert not scope.contains(NEWS + "artikel/?print=1")
    assert scope.on_hosts("https://www.vgregion.se/ov/annat/")
