"""Ingest: 1,000 generated VGR-style pages through read -> clean -> store -> analyze -> index.

Reports, in one run over the same pages: cleaning pages/s for fvmdocs and for
``trafilatura.extract``, whole-ingest pages/s (with fact extraction), a re-ingest of the
unchanged pages, and the wall time of a fresh ``fvmdocs search`` process on the result.

Run: ``python -m benchmarks ingest``.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fvmdocs.clean import clean_page
from fvmdocs.ingest import ingest
from fvmdocs.models import RawPage
from fvmdocs.profile import builtin_profile
from fvmdocs.settings import load_settings

PAGES = 1_000
SEED = 1_000

# Sentence parts written for this benchmark; combined at random into news-like paragraphs.
SUBJECTS = (
    "Regionstyrelsen", "Programmet", "Västra Götalandsregionen", "Leverantören",
    "Sjukhusledningen", "Projektgruppen", "Kommunerna", "Regiondirektören",
)
VERBS = (
    "beslutade i går om", "arbetar vidare med", "har godkänt", "följer upp",
    "planerar", "utvärderar", "har skjutit upp", "förbereder",
)
OBJECTS = (
    "införandet av det nya journalsystemet", "utbildningen av personalen",
    "den reviderade tidplanen", "kompensationen från leverantören",
    "nästa steg i programmet", "testerna av e-tjänsterna", "avtalet med Cerner",
    "den gemensamma läkemedelslistan",
)
TIMES = ("hösten 2024", "i början av mars", "den 17 maj 2022", "våren 2026", "vecka 46", "i år")

TEMPLATE = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">
<title>{title} - Västra Götalandsregionen</title>
<link rel="canonical" href="https://www.vgregion.se/ov/vgr-millennium/nyheter/bench-{n}/"></head>
<body><div class="unsupported-browser">Denna webbplats använder teknik som troligen inte stöds
i din webbläsare.</div><a class="skip-link" href="#main">Gå direkt till huvudinnehållet</a>
<header><nav><ul>{menu}</ul></nav></header><div class="cookie-notice">Vi använder kakor.</div>
<main id="main-content"><article><h1>{title}</h1><p class="preamble">{lead}</p>
<time class="published" datetime="{published}">{published}</time>{body}
<div class="share">Dela sidan</div></article>
<aside class="related-news"><h2>Senaste nytt</h2><ul>{menu}</ul></aside></main>
<footer>Västra Götalandsregionen</footer></body></html>"""


def _sentence(rng: random.Random) -> str:
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TIMES)}."


def _page(n: int, rng: random.Random) -> str:
    paragraphs = "".join(
        "<p>" + " ".join(_sentence(rng) for _ in range(rng.randint(2, 5))) + "</p>"
        for _ in range(rng.randint(4, 10))
    )
    menu = "".join(f"<li><a href='/sida-{i}'>Menyval {i}</a></li>" for i in range(12))
    return TEMPLATE.format(
        n=n,
        title=f"Nyhet {n}: {rng.choice(OBJECTS)}",
        lead=_sentence(rng),
        published=f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        menu=menu,
        body=paragraphs,
    )


def _write_site(folder: Path) -> list[Path]:
    rng = random.Random(SEED)
    paths = []
    for n in range(PAGES):
        path = folder / f"nyhet-{n:04d}.html"
        path.write_text(_page(n, rng), encoding="utf-8")
        paths.append(path)
    return paths


def _clean_rates(paths: list[Path]) -> tuple[float, float]:
    import trafilatura

    raws = [RawPage(url=p.as_uri(), body=p.read_bytes(), source=str(p)) for p in paths]
    profile = builtin_profile("vgregion")
    started = time.perf_counter()
    for raw in raws:
        clean_page(raw, profile)
    ours = len(raws) / (time.perf_counter() - started)
    texts = [raw.body.decode("utf-8") for raw in raws]
    started = time.perf_counter()
    for text in texts:
        trafilatura.extract(text)
    theirs = len(texts) / (time.perf_counter() - started)
    return ours, theirs


def _fresh_search(home: Path) -> float:
    command = [sys.executable, "-m", "fvmdocs.cli", "--home", str(home), "search", "tidplanen"]
    times = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        site.mkdir()
        paths = _write_site(site)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
        print(f"   {PAGES} pages, {words / PAGES:.0f} raw words per page")
        ours, theirs = _clean_rates(paths)
        print(f"   clean, fvmdocs (profile)   {ours:8.1f} pages/s")
        print(f"   clean, trafilatura.extract {theirs:8.1f} pages/s")
        settings = load_settings(environ={}, home=Path(tmp) / "home", quiet=True)
        started = time.perf_counter()
        report = ingest([str(site)], settings)
        elapsed = time.perf_counter() - started
        print(f"   ingest with facts          {PAGES / elapsed:8.1f} pages/s "
              f"({elapsed:.1f} s; new {report.new}, failed {report.failed})")
        started = time.perf_counter()
        again = ingest([str(site)], settings)
        elapsed = time.perf_counter() - started
        print(f"   re-ingest, unchanged       {PAGES / elapsed:8.1f} pages/s "
              f"(unchanged {again.unchanged})")
        print(f"   fresh `fvmdocs search`     {_fresh_search(settings.home):8.2f} s (median of 5)")
