"""The crawler end to end through ``ingest``: what the server saw, what the store and WARC hold."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from crawl.fixture_site import ARTICLES, SITEMAP_ONLY, FixtureSite, Silent, serve
from warcio.archiveiterator import ArchiveIterator

from fvmdocs.crawl.frontier import crawl_figures
from fvmdocs.ingest import ingest
from fvmdocs.models import IngestReport
from fvmdocs.settings import Settings, load_settings
from fvmdocs.store import open_store

ARTICLE_PATHS = [a.path for a in ARTICLES]


@dataclass
class Crawled:
    site: FixtureSite
    external: Silent
    settings: Settings
    report: IngestReport


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Crawled:
    """One full crawl of the fixture site, shared by the read-only tests below."""
    external = Silent()
    ext_server, ext_base = serve(external, "127.0.0.2", "external")
    site = FixtureSite(external=ext_base + "/")
    server, site.base = serve(site, "127.0.0.1", "site")
    home = tmp_path_factory.mktemp("home")
    settings = load_settings(environ={}, home=home, quiet=True, lock_timeout=0.5)
    settings = replace(settings, delay=0.02, timeout=0.5, retries=1)
    report = ingest([f"{site.base}/nyheter/"], settings)
    server.shutdown()
    ext_server.shutdown()
    return Crawled(site, external, settings, report)


def test_report_counts_pages_and_failures(crawled: Crawled) -> None:
    # 3 listing pages + 8 articles; the redirect loop, the 404 and the slow page fail alone.
    report = crawled.report
    assert (report.new, report.changed, report.unchanged) == (11, 0, 0)
    reasons = sorted(f.reason.split(": ", 1)[1] for f in report.failures)
    assert len(reasons) == 3
    assert reasons[0] == "HTTP 404 Not Found"
    assert reasons[1].startswith("redirect loop (") and "/loop-b -> " in reasons[1]
    assert reasons[2] == "timed out after 0.5 s"


def test_robots_first_then_each_article_once(crawled: Crawled) -> None:
    paths = crawled.site.paths()
    assert paths[0] == "/robots.txt" and paths.count("/robots.txt") == 1
    ok = [h.path for h in crawled.site.hits if h.path in ARTICLE_PATHS]
    # The 500 and the 429 article were asked twice; every article was served once.
    for path in ARTICLE_PATHS:
        expected = 2 if path in (ARTICLES[4].path, ARTICLES[5].path) else 1
        assert ok.count(path) == expected, path
    assert SITEMAP_ONLY.path in paths  # found only through the sitemap index


def test_never_requested(crawled: Crawled) -> None:
    paths = crawled.site.paths()
    assert not [p for p in paths if "utm_" in p or "fbclid" in p or "#" in p]
    assert not [p for p in paths if p.startswith("/privat/")]  # robots.txt Disallow
    assert "/dokument/rapport.pdf" not in paths  # a PDF link is recorded, not fetched
    assert crawled.external.hits == []  # another host, linked and in the sitemap index
    assert len(paths) == len(set(paths)) + 3  # only retries repeat: 500, 429, timeout


def test_user_agent_on_every_request(crawled: Crawled) -> None:
    agents = {h.headers.get("user-agent") for h in crawled.site.hits}
    assert agents == {crawled.settings.user_agent}
    assert agents.pop().startswith("fvmdocs/")


def test_retry_after_is_honoured(crawled: Crawled) -> None:
    times = [h.at for h in crawled.site.hits if h.path == ARTICLES[5].path]
    assert times[1] - times[0] >= 0.95


def test_redirects_followed_and_pdf_recorded(crawled: Crawled) -> None:
    with open_store(crawled.settings.db_path) as store:
        doc = store.get(f"{crawled.site.base}{ARTICLES[3].path}")
        assert doc.title == ARTICLES[3].title
        resources = dict(store.conn.execute("SELECT url, content_type FROM crawl_resources"))
        figures = crawl_figures(store.conn)
    base = crawled.site.base
    assert resources == {f"{base}/dokument/rapport.pdf": "application/pdf", f"{base}/bilaga": "application/pdf"}
    assert figures["crawl_errors"] >= 6 and figures["crawl_not_modified"] == 0


def test_documents_are_the_articles(crawled: Crawled) -> None:
    with open_store(crawled.settings.db_path) as store:
        titles = {d.title for d in store.documents()}
        versions = store.stats()["versions"]
    assert {a.title for a in ARTICLES} <= titles and versions == 11


def _warc_files(settings: Settings) -> list[Path]:
    return sorted(settings.warc_dir.glob("fvmdocs-*.warc.gz"))


def test_warc_holds_every_exchange(crawled: Crawled) -> None:
    (warc,) = _warc_files(crawled.settings)
    kinds: list[tuple[str, str, str | None]] = []
    with warc.open("rb") as stream:
        for record in ArchiveIterator(stream):
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            status = record.http_headers.get_statuscode() if record.rec_type == "response" else None
            kinds.append((record.rec_type, uri.removeprefix(crawled.site.base), status))
    requests = [k for k in kinds if k[0] == "request"]
    assert kinds[0][0] == "warcinfo"
    assert len(requests) == len(crawled.site.hits)
    assert ("response", "/gammal-sida", "301") in kinds
    assert ("response", ARTICLES[4].path, "500") in kinds
    assert ("response", "/saknas", "404") in kinds
    assert [k for k in kinds if k[0] == "metadata"] == [("metadata", "/langsam", None)] * 2


def test_warc_reingested_offline_gives_the_same_documents(crawled: Crawled, tmp_path: Path) -> None:
    (warc,) = _warc_files(crawled.settings)
    offline = replace(crawled.settings, home=tmp_path)
    report = ingest([str(warc)], offline)
    assert (report.new, report.failed) == (11, 0)

    def documents(settings: Settings) -> set[tuple[str, str, str]]:
        with open_store(settings.db_path) as store:
            return {(d.url, d.title, d.text) for d in store.documents()}

    assert documents(offline) == documents(crawled.settings)


def test_recrawl_is_conditional_and_sees_changes(site: FixtureSite, crawl_settings: Settings) -> None:
    site.traps = False
    start = f"{site.base}/nyheter/"
    ingest([start], crawl_settings)
    site.reset()
    site.article(ARTICLES[2].slug).paragraphs = ("Utbildningen är nu avslutad för alla enheter.",)
    site.article(ARTICLES[2].slug).modified += 3600
    report = ingest([start], crawl_settings)
    assert (report.new, report.changed, report.unchanged) == (0, 1, 10)
    for hit in site.hits:
        if hit.path in ARTICLE_PATHS:
            assert hit.headers.get("if-none-match", "").startswith('"'), hit.path
            assert "if-modified-since" in hit.headers
    with open_store(crawl_settings.db_path) as store:
        doc = store.get(f"{site.base}{ARTICLES[2].path}")
        assert doc.version == 2 and "avslutad" in doc.text
        assert crawl_figures(store.conn)["crawl_not_modified"] == 10


def test_delay_between_requests(site: FixtureSite, crawl_settings: Settings) -> None:
    site.crawl_delay = None
    ingest([f"{site.base}/nyheter/"], replace(crawl_settings, delay=0.2, max_pages=3))
    times = [h.at for h in site.hits]
    assert len(times) >= 4
    assert min(b - a for a, b in zip(times, times[1:], strict=False)) >= 0.19


def test_crawl_delay_wins_over_a_smaller_delay(site: FixtureSite, crawl_settings: Settings) -> None:
    site.crawl_delay = 0.3
    ingest([f"{site.base}/nyheter/"], replace(crawl_settings, delay=0.01, max_pages=2))
    times = [h.at for h in site.hits]
    gaps = [b - a for a, b in zip(times[1:], times[2:], strict=False)]  # after robots.txt
    assert gaps and min(gaps) >= 0.29


def test_max_depth_keeps_pagination(site: FixtureSite, crawl_settings: Settings) -> None:
    site.traps = False
    settings = replace(crawl_settings, max_depth=0)
    ingest([f"{site.base}/nyheter/"], settings)
    paths = site.paths()
    # Depth 0: only the start page and its rel=next pages; no article, no sitemap page.
    assert "/nyheter/?sida=2" in paths and not set(paths) & set(ARTICLE_PATHS)


def test_page_limit_leaves_the_run_open_for_the_next_crawl(
    site: FixtureSite, crawl_settings: Settings
) -> None:
    site.traps = False
    settings = replace(crawl_settings, max_pages=4)
    first = ingest([f"{site.base}/nyheter/"], settings)
    second = ingest([f"{site.base}/nyheter/"], replace(settings, max_pages=100))
    assert first.new == 4 and first.new + second.new == 11
    pages = [p for p in site.paths() if p.startswith("/nyheter/")]
    assert len(pages) == len(set(pages))  # nothing fetched twice
    with open_store(settings.db_path) as store:
        runs = store.conn.execute("SELECT finished IS NOT NULL, stopped FROM crawl_runs").fetchall()
    assert runs == [(1, None)]


def test_scope_narrows_the_crawl(site: FixtureSite, crawl_settings: Settings) -> None:
    site.retry_after = "0"
    prefix = f"{site.base}/nyheter/"
    report = ingest([prefix], crawl_settings, scope=[prefix])
    assert report.failed == 0 and report.new == 11
    paths = set(site.paths())
    assert not paths & {"/gammal-sida", "/loop-a", "/saknas", "/langsam", "/bilaga"}


def test_mixed_local_and_url_sources(
    site: FixtureSite, crawl_settings: Settings, small_site: Path
) -> None:
    site.traps = False
    report = ingest([str(small_site), f"{site.base}/nyheter/"], crawl_settings)
    assert (report.new, report.failed) == (3 + 11, 0)


def test_unreachable_start_url_fails_alone(crawl_settings: Settings, small_site: Path) -> None:
    server, base = serve(Silent(), "127.0.0.1", "gone")
    server.shutdown()
    server.server_close()
    report = ingest([f"{base}/nyheter/", str(small_site)], crawl_settings)
    assert (report.new, report.failed) == (3, 1)
    assert report.failures[0].reason.startswith(f"{base}/nyheter/: not fetched, robots.txt unreachable")
