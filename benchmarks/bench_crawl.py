"""Crawl a generated 2,000-page site on 127.0.0.1 with no delay: pages per second and memory.

The site runs in a child process so the figures are the crawler's own: fetching, link
discovery, the SQLite frontier and the WARC archive (not cleaning or indexing). Run with
``python -m benchmarks crawl``.
"""

from __future__ import annotations

import multiprocessing
import resource
import tempfile
import time
import tracemalloc
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.queues import Queue
from pathlib import Path
from typing import Any

PAGES = 2_000
LINKS_PER_PAGE = 12


def _page(number: int) -> bytes:
    links = "".join(
        f'<li><a href="/nyheter/{(number * 7 + k * 131 + 1) % PAGES}/?utm_source=bench">'
        f"Nyhet {k}</a></li>"
        for k in range(LINKS_PER_PAGE)
    )
    paragraphs = "".join(
        f"<p>Stycke {i} om införandet av Millennium i Västra Götalandsregionen, sida {number}.</p>"
        for i in range(8)
    )
    return (
        f'<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Nyhet {number}</title>'
        f"</head><body><main><article><h1>Nyhet {number}</h1>{paragraphs}</article>"
        f'<ul>{links}</ul><a href="/nyheter/{(number + 1) % PAGES}/">Nästa</a></main></body></html>'
    ).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; without this, keep-alive stalls on delayed ACKs.
    disable_nagle_algorithm = True

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        parts = self.path.strip("/").split("/")
        if self.path == "/robots.txt":
            status, body, kind = 200, b"User-agent: *\nDisallow: /privat/\n", "text/plain"
        elif len(parts) == 2 and parts[0] == "nyheter" and parts[1].isdigit():
            status, body, kind = 200, _page(int(parts[1])), "text/html; charset=utf-8"
        else:
            status, body, kind = 404, b"saknas", "text/plain"
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def _serve(ports: Queue[int]) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    ports.put(server.server_address[1])
    server.serve_forever()


def _crawl(base: str, home: Path, *, trace: bool) -> tuple[int, float, int]:
    from fvmdocs.crawl import CrawlPlan, crawl
    from fvmdocs.models import RawPage
    from fvmdocs.settings import load_settings
    from fvmdocs.store import open_store

    settings = load_settings(environ={}, home=home, quiet=True)
    settings = replace(settings, delay=0.0, retries=0, max_pages=PAGES + 10, max_depth=100)
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    pages = 0
    with open_store(settings.db_path) as store:
        for item in crawl(CrawlPlan((f"{base}/nyheter/0/",)), settings, store):
            pages += isinstance(item, RawPage)
    elapsed = time.perf_counter() - started
    peak = 0
    if trace:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return pages, elapsed, peak


def main() -> None:
    context = multiprocessing.get_context("spawn")
    ports: Queue[int] = context.Queue()
    server = context.Process(target=_serve, args=(ports,), daemon=True)
    server.start()
    try:
        base = f"http://127.0.0.1:{ports.get(timeout=30)}"
        with tempfile.TemporaryDirectory() as folder:
            pages, elapsed, _ = _crawl(base, Path(folder) / "fast", trace=False)
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            traced_pages, traced_elapsed, peak = _crawl(base, Path(folder) / "traced", trace=True)
            warc_bytes = sum(p.stat().st_size for p in (Path(folder) / "fast").rglob("*.warc.gz"))
    finally:
        server.terminate()
        server.join(5)
    print(f"   crawled {pages} pages in {elapsed:.1f} s: {pages / elapsed:.0f} pages/s (delay 0)")
    print(f"   WARC archive: {warc_bytes / 1e6:.1f} MB")
    print(f"   peak RSS of the process: {rss / 1024:.0f} MB (ru_maxrss)")
    print(
        f"   tracemalloc peak during a second crawl: {peak / 1e6:.1f} MB "
        f"({traced_pages} pages, {traced_pages / traced_elapsed:.0f} pages/s while tracing)"
    )


if __name__ == "__main__":
    main()
