"""A small Swedish news site about FVM on 127.0.0.1, with every trap a crawler meets.

The articles are written for these tests (paraphrased programme news, not copied). The
server records each request it sees (path, headers, time) so tests can assert on what the
crawler did, not only on what it stored.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit


@dataclass
class Article:
    slug: str
    title: str
    lead: str
    paragraphs: tuple[str, ...]
    published: str
    modified: float = 1_700_000_000.0

    @property
    def path(self) -> str:
        return f"/nyheter/{self.slug}/"


ARTICLES = [
    Article(
        "ny-tidplan-for-fvm",
        "Ny tidplan för Framtidens vårdinformationsmiljö",
        "Regionstyrelsen har godkänt en ny tidplan för programmet.",
        ("Införandet av Millennium skjuts fram eftersom leveransen från Cerner inte höll måttet.",
         "Enligt beslutet ska leverantören kompensera regionen för förseningen."),
        "2022-05-18",
    ),
    Article(
        "overenskommelse-med-leverantoren",
        "Överenskommelse med leverantören klar",
        "Regionen och Cerner har kommit överens om ersättning för förseningarna.",
        ("Överenskommelsen omfattar både pengar och extra resurser i införandet.",
         "Programchefen beskriver avtalet som en viktig milstolpe."),
        "2022-09-02",
    ),
    Article(
        "utbildning-infor-starten",
        "Tusentals medarbetare utbildas inför starten",
        "Under hösten går vårdpersonal i Skaraborg utbildning i det nya journalsystemet.",
        ("Utbildningen sker både på plats och digitalt.",
         "Superanvändare på varje enhet stöttar kollegorna de första veckorna."),
        "2024-09-10",
    ),
    Article(
        "millennium-i-drift-i-skaraborg",
        "Millennium i drift på Skaraborgs sjukhus",
        "I helgen togs det nya vårdinformationssystemet i drift i Skaraborg.",
        ("Övergången från de gamla systemen skedde under natten mot lördagen.",
         "Regiondirektören tackade alla som arbetat med förberedelserna."),
        "2024-11-11",
    ),
    Article(
        "inforandet-pausas",
        "Införandet pausas efter problem i driften",
        "Regionen pausar fortsatt införande av Millennium för att åtgärda brister.",
        ("Patientsäkerheten går först, säger hälso- och sjukvårdsdirektören.",
         "Skaraborg fortsätter att använda systemet med extra stöd."),
        "2024-11-20",
    ),
    Article(
        "atgardsplan-fran-oracle-health",
        "Oracle Health lämnar en åtgärdsplan",
        "Leverantören har lämnat en plan för att rätta de fel som upptäckts.",
        ("Planen följs upp varje vecka av programledningen.",
         "Regionen ska bedöma om åtgärderna räcker innan införandet fortsätter."),
        "2025-01-15",
    ),
    Article(
        "kostnaderna-foljs-upp",
        "Regionfullmäktige följer upp programmets kostnader",
        "Kostnaderna för programmet redovisas nu varje kvartal.",
        ("Revisorerna har efterfrågat tätare uppföljning av budgeten.",
         "Nästa redovisning sker i april."),
        "2025-02-20",
    ),
    Article(
        "fragor-och-svar",
        "Frågor och svar om det nya vårdinformationssystemet",
        "Här svarar programmet på de vanligaste frågorna från invånare.",
        ("Din journal finns kvar och kan läsas som tidigare i 1177.",
         "Vården kan behöva mer tid per besök under de första månaderna."),
        "2025-03-05",
    ),
]

LISTING_PAGES = (ARTICLES[0:3], ARTICLES[3:6], ARTICLES[6:7])
SITEMAP_ONLY = ARTICLES[7]

PAGE = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{title} - Fixturregionen</title></head>
<body><header><nav><a href="/nyheter/">Nyheter</a> <a href="/privat/intranat.html">Intranät</a></nav></header>
<main id="main-content">{main}</main>
<footer>Fixturregionen, Regionens hus</footer></body></html>
"""


@dataclass
class Hit:
    """One request the server saw."""

    path: str
    headers: dict[str, str]
    at: float
    server: str


@dataclass
class FixtureSite:
    """The site's content and behaviour; ``hits`` grows as the crawler visits."""

    crawl_delay: float | None = 0.05
    traps: bool = True
    slow_seconds: float = 1.5
    retry_after: str = "1"
    external: str = "http://127.0.0.2:9/"
    articles: list[Article] = field(default_factory=lambda: [*ARTICLES])
    hits: list[Hit] = field(default_factory=list)
    counts: defaultdict[str, int] = field(default_factory=lambda: defaultdict(int))
    base: str = ""
    # Kill-and-resume: after ``block_after`` article pages, the next article request waits.
    block_after: int | None = None
    blocked: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _served_articles: int = 0

    # -- what the tests read -------------------------------------------------------

    def paths(self) -> list[str]:
        with self._lock:
            return [hit.path for hit in self.hits]

    def article(self, slug: str) -> Article:
        return next(a for a in self.articles if a.slug == slug)

    def reset(self) -> None:
        with self._lock:
            self.hits.clear()

    # -- what the server answers ---------------------------------------------------------

    def record(self, path: str, headers: dict[str, str], server: str) -> int:
        with self._lock:
            self.hits.append(Hit(path, headers, time.monotonic(), server))
            self.counts[path] += 1
            return self.counts[path]

    def respond(self, path: str, headers: dict[str, str]) -> tuple[int, list[tuple[str, str]], bytes]:
        route = urlsplit(path)
        seen = self.counts[path]
        if route.path == "/robots.txt":
            return self._text(self._robots(), "text/plain")
        if route.path == "/sitemap_index.xml":
            return self._text(self._sitemap_index(), "application/xml")
        if route.path == "/sitemap-nyheter.xml":
            return self._text(self._sitemap(), "application/xml")
        if route.path == "/nyheter/":
            page = int(dict(p.split("=") for p in route.query.split("&") if "=" in p).get("sida", 1))
            if 1 <= page <= len(LISTING_PAGES):
                return self._html(self._listing(page), headers)
        for index, article in enumerate(self.articles):
            if route.path == article.path:
                if self.traps and index == 4 and seen == 1:
                    return 500, [("Content-Type", "text/plain")], b"Tillfalligt fel"
                if self.traps and index == 5 and seen == 1:
                    busy = [("Retry-After", self.retry_after), ("Content-Type", "text/plain")]
                    return 429, busy, b"Vanta"
                self._gate()
                return self._html(self._article(article), headers, article.modified)
        if route.path == "/gammal-sida":
            return 301, [("Location", self.articles[3].path)], b""
        if route.path == "/loop-a":
            return 302, [("Location", "/loop-b")], b""
        if route.path == "/loop-b":
            return 302, [("Location", f"{self.base}/loop-a")], b""
        if route.path == "/langsam":
            time.sleep(self.slow_seconds)
            return self._html("<h1>Långsam sida</h1>", headers)
        if route.path == "/bilaga":
            return 200, [("Content-Type", "application/pdf")], b"%PDF-1.4 fixtur"
        return 404, [("Content-Type", "text/html; charset=utf-8")], b"<h1>Sidan finns inte</h1>"

    def _gate(self) -> None:
        if self.block_after is None:
            return
        with self._lock:
            self._served_articles += 1
            wait = self._served_articles > self.block_after
        if wait:
            self.blocked.set()
            self.release.wait(10)

    def _robots(self) -> str:
        delay = f"Crawl-delay: {self.crawl_delay}\n" if self.crawl_delay is not None else ""
        return (
            "User-agent: *\nDisallow: /privat/\n" + delay + "\n"
            "User-agent: nagon-annan-robot\nDisallow: /\n\n"
            f"Sitemap: {self.base}/sitemap_index.xml\n"
        )

    def _sitemap_index(self) -> str:
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{self.base}/sitemap-nyheter.xml</loc></sitemap>"
            f"<sitemap><loc>{self.external}sitemap.xml</loc></sitemap>"
            "</sitemapindex>"
        )

    def _sitemap(self) -> str:
        urls = [f"{self.base}{a.path}" for a in self.articles]
        urls.append(f"{self.base}{self.articles[0].path}?utm_source=sitemap")
        locs = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'
        )

    def _listing(self, page: int) -> str:
        items = []
        for article in LISTING_PAGES[page - 1]:
            items.append(f'<li><a href="{article.path}">{article.title}</a> '
                         f'<a href="{article.path}?utm_source=nyhetsbrev&amp;utm_medium=epost">Läs</a> '
                         f'<a href="{self.base}{article.path}#kommentarer">Kommentarer</a> '
                         f'<a href="{article.path}?fbclid=abc123">Dela</a></li>')
        if page == 1:
            items.append('<li><a rel="next" href="/nyheter/?sida=2">Nästa sida</a></li>')
            items.append(f'<li><a href="{self.external}nyheter/">Extern nyhet</a></li>')
            items.append('<li><a href="/dokument/rapport.pdf">Rapport (pdf)</a></li>')
            items.append('<li><a href="mailto:fvm@example.se">Mejla oss</a> <a href="javascript:void(0)">Skriv ut</a></li>')
            if self.traps:
                items += ['<li><a href="/gammal-sida">Gammal länk</a></li>',
                          '<li><a href="/loop-a">Slinga</a></li>',
                          '<li><a href="/saknas">Borttagen nyhet</a></li>',
                          '<li><a href="/langsam">Långsam sida</a></li>']
        if page == 2:
            items.append('<li class="pagination"><a href="/nyheter/?sida=3">3</a></li>')
        if page == 3:
            items.append('<li><a href="/bilaga">Bilaga</a></li>')
        main = f"<h1>Nyheter sida {page}</h1><ul>{''.join(items)}</ul>"
        return PAGE.format(title=f"Nyheter {page}", main=main)

    def _article(self, article: Article) -> str:
        body = "".join(f"<p>{p}</p>" for p in article.paragraphs)
        main = (
            f'<article><h1>{article.title}</h1><p class="preamble">{article.lead}</p>'
            f'<p>Publicerad: <time class="published" datetime="{article.published}">'
            f"{article.published}</time></p>{body}"
            f'<p><a href="/nyheter/">Alla nyheter</a> <a href="{self.articles[0].path}#topp">Läs mer</a></p>'
            "</article>"
        )
        return PAGE.format(title=article.title, main=main)

    def _text(self, text: str, content_type: str) -> tuple[int, list[tuple[str, str]], bytes]:
        return 200, [("Content-Type", f"{content_type}; charset=utf-8")], text.encode("utf-8")

    def _html(
        self, html: str, headers: dict[str, str], modified: float | None = None
    ) -> tuple[int, list[tuple[str, str]], bytes]:
        body = html.encode("utf-8")
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        out = [("Content-Type", "text/html; charset=utf-8"), ("ETag", etag)]
        if modified is not None:
            out.append(("Last-Modified", formatdate(modified, usegmt=True)))
        if headers.get("if-none-match") == etag:
            return 304, out[1:], b""
        since = headers.get("if-modified-since")
        unchanged_since = (
            since is not None
            and modified is not None
            and parsedate_to_datetime(since).timestamp() >= modified
        )
        if unchanged_since and "if-none-match" not in headers:
            return 304, out[1:], b""
        return 200, out, body


def make_handler(site: Any, name: str) -> type[BaseHTTPRequestHandler]:
    """A request handler bound to ``site``; ``name`` tells the servers apart in ``hits``."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in two writes; without this, keep-alive stalls on delayed ACKs.
        disable_nagle_algorithm = True

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            headers = {k.lower(): v for k, v in self.headers.items()}
            site.record(self.path, headers, name)
            status, out, body = site.respond(self.path, headers)
            try:
                self.send_response(status)
                for key, value in out:
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the crawler gave up (a timeout test); nothing to answer

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


class Silent:
    """A site for the external host: records requests, answers 200 to anything."""

    def __init__(self) -> None:
        self.hits: list[str] = []

    def record(self, path: str, headers: dict[str, str], server: str) -> int:
        self.hits.append(path)
        return 1

    def respond(self, path: str, headers: dict[str, str]) -> tuple[int, list[tuple[str, str]], bytes]:
        return 200, [("Content-Type", "text/html")], b"<h1>Extern</h1>"


def serve(site: Any, host: str, name: str) -> tuple[ThreadingHTTPServer, str]:
    """Start a server for ``site`` on ``host`` (port 0) in a daemon thread."""
    server = ThreadingHTTPServer((host, 0), make_handler(site, name))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    return server, f"http://{host}:{server.server_address[1]}"
