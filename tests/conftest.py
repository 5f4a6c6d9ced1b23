"""Shared fixtures: small sites of project-written pages in a temporary folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from fvmdocs.settings import Settings, load_settings

PAGE = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>{title} - Västra Götalandsregionen</title>
<link rel="canonical" href="https://www.vgregion.se/ov/vgr-millennium/nyheter/{slug}/">
</head><body>
<div class="unsupported-browser">Denna webbplats använder teknik som troligen inte stöds i din
webbläsare. Byt gärna till en nyare webbläsare.</div>
<a class="skip-link" href="#main-content">Gå direkt till huvudinnehållet</a>
<header><nav><ul><li><a href="/">Start</a></li><li><a href="/vard">Vård och hälsa</a></li></ul></nav></header>
<main id="main-content"><article>
<h1>{title}</h1>
<p class="preamble">{lead}</p>
<p>Publicerad: <time class="published" datetime="{published}">{published}</time></p>
{body}
</article>
<aside class="related-news"><h2>Senaste nytt</h2><ul><li><a href="/a">En annan nyhet om väntetider</a></li></ul></aside>
</main>
<footer>Västra Götalandsregionen, Regionens hus, 462 80 Vänersborg</footer>
</body></html>
"""

WritePage = Callable[..., Path]


@pytest.fixture
def write_page(tmp_path: Path) -> WritePage:
    """Write a VGR-style page into ``tmp_path/site`` and return its path."""

    def write(
        slug: str,
        title: str = "Ny tidplan för programmet",
        lead: str = "Regionstyrelsen har fattat beslut om en ny tidplan.",
        body: str = "<p>Leverantören Cerner ska kompensera regionen för förseningen.</p>",
        published: str = "2022-05-18",
        folder: str = "site",
    ) -> Path:
        path = tmp_path / folder / f"{slug}.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        html = PAGE.format(title=title, lead=lead, body=body, published=published, slug=slug)
        path.write_text(html, encoding="utf-8")
        return path

    return write


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """An empty fvmdocs home."""
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.fixture
def settings(home: Path) -> Settings:
    """Settings for the empty home, ignoring the caller's environment."""
    return load_settings(environ={}, home=home, quiet=True, lock_timeout=0.5)


@pytest.fixture
def small_site(write_page: WritePage) -> Path:
    """Three pages about the programme in one folder."""
    write_page(
        "ny-tidplan",
        title="Ny tidplan för FVM",
        body="<p>Cerner ska kompensera VGR för bristerna i leveransen och förseningen.</p>"
        "<p>Hösten 2024 inför södra delarna av regionen Millennium.</p>",
    )
    write_page(
        "driftstart",
        title="Millennium i drift i södra området",
        lead="I helgen startade det nya journalsystemet på Södra Älvsborgs sjukhus.",
        body="<p>Införandet gick enligt plan och personalen har fått utbildning.</p>",
        published="2024-11-11",
    )
    path = write_page(
        "pausen",
        title="Införandet pausas",
        lead="Regionen pausar införandet av journalsystemet efter problem.",
        body="<ul><li>Patientsäkerheten går först.</li><li>Uppföljning sker varje vecka.</li></ul>",
        published="2024-11-20",
    )
    return path.parent
