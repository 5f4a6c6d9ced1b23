"""The crawl through the command line: ingest URL options, crawl-log, stats, no-source crawl."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from crawl.fixture_site import ARTICLES, FixtureSite

from fvmdocs.cli import cli

ENV = {"FVMDOCS_LOCK_TIMEOUT": "0.5", "FVMDOCS_TIMEOUT": "0.5", "FVMDOCS_RETRIES": "0"}


def run(home: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--home", str(home), *args], env=ENV)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def quiet_site(site: FixtureSite) -> FixtureSite:
    site.traps = False
    site.crawl_delay = None
    return site


def test_ingest_url_with_limits(quiet_site: FixtureSite, home: Path) -> None:
    start = f"{quiet_site.base}/nyheter/"
    code, out, err = run(home, "ingest", "--delay", "0.01", "--max-pages", "3", "--max-depth", "1",
                         "--scope", start, start)
    assert code == 0, err
    assert out.strip() == "new 3, changed 0, unchanged 0, failed 0 (indexed 3)"
    assert len([p for p in quiet_site.paths() if p.startswith("/nyheter/")]) == 3


def test_ingest_url_failures_exit_1(site: FixtureSite, home: Path) -> None:
    site.retry_after = "0"
    site.slow_seconds = 0.6
    code, out, err = run(home, "ingest", "--delay", "0", f"{site.base}/nyheter/")
    # With no retries, the 500 and the 429 fail too, beside the 404, the loop and the timeout.
    assert code == 1 and "new 9," in out and "failed 5" in out
    assert f"failed: {site.base}/saknas: HTTP 404 Not Found" in err
    assert f"failed: {site.base}{ARTICLES[4].path}: HTTP 500 Internal Server Error" in err


def test_crawl_log_and_stats(quiet_site: FixtureSite, home: Path) -> None:
    run(home, "ingest", "--delay", "0", f"{quiet_site.base}/nyheter/")
    code, out, _ = run(home, "crawl-log", "--json", "--limit", "4")
    fetches = json.loads(out)["fetches"]
    assert code == 0 and len(fetches) == 4
    assert set(fetches[0]) == {"url", "status", "at", "bytes", "error", "run"}
    code, out, _ = run(home, "crawl-log", "-n", "100")
    lines = out.splitlines()
    assert code == 0 and "  200  " in lines[-1] and lines[-1].endswith("/robots.txt")
    assert any(line.endswith(f"{quiet_site.base}/sitemap.xml") and "  404  " in line for line in lines)
    code, out, _ = run(home, "stats", "--json")
    figures = json.loads(out)
    assert code == 0 and figures["crawl_fetched"] >= 13 and figures["crawl_errors"] == 1
    code, out, _ = run(home, "stats")
    assert "crawl_not_modified: 0" in out


def test_crawl_log_without_store(home: Path) -> None:
    code, _, err = run(home, "crawl-log")
    assert code == 1 and "run 'fvmdocs ingest' first" in err


def test_no_source_crawls_the_profile(quiet_site: FixtureSite, home: Path, tmp_path: Path) -> None:
    profile = tmp_path / "fixtur.toml"
    profile.write_text(
        '[site]\nname = "fixtur"\nhosts = ["127.0.0.1"]\n\n[crawl]\n'
        f'start_urls = ["{quiet_site.base}/nyheter/"]\n'
        f'scope = ["{quiet_site.base}/nyheter/"]\n'
        'pagination = [".pagination a"]\n',
        encoding="utf-8",
    )
    code, out, err = run(home, "ingest", "--profile", str(profile), "--delay", "0")
    assert code == 0, err
    assert out.startswith("new 11,")


def test_warc_from_a_crawl_reingests_offline(quiet_site: FixtureSite, home: Path, tmp_path: Path) -> None:
    run(home, "ingest", "--delay", "0", f"{quiet_site.base}/nyheter/")
    (warc,) = (home / "corpus" / "warc").glob("*.warc.gz")
    quiet_site.reset()
    code, out, _ = run(tmp_path / "offline", "ingest", str(warc))
    assert code == 0 and out.startswith("new 11,") and quiet_site.paths() == []
    code, out, _ = run(tmp_path / "offline", "show", "--json", f"{quiet_site.base}{ARTICLES[0].path}")
    assert json.loads(out)["title"] == ARTICLES[0].title
