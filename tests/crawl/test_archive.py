"""The WARC archive: records warcio and the WARC reader of ``fvmdocs ingest`` understand."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from fvmdocs.crawl.archive import WarcArchive, archive_name
from fvmdocs.crawl.fetch import Exchange
from fvmdocs.models import RawPage
from fvmdocs.read.warc import iter_warc

STARTED = datetime(2025, 3, 1, 10, 15, tzinfo=UTC)
URL = "https://www.vgregion.se/ov/vgr-millennium/nyheter/inforandet-pausas/"
HTML = "<html><body><h1>Införandet pausas</h1><p>Regionen pausar införandet.</p></body></html>"


def exchange(**changes: object) -> Exchange:
    base = {
        "url": URL,
        "started": STARTED,
        "request_line": "GET /ov/vgr-millennium/nyheter/inforandet-pausas/ HTTP/1.1",
        "request_headers": (("Host", "www.vgregion.se"), ("User-Agent", "fvmdocs/0.1.0")),
        "status": 200,
        "reason": "OK",
        "headers": (("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip"),
                    ("Transfer-Encoding", "chunked")),
        "body": gzip.compress(HTML.encode("utf-8")),
    }
    base.update(changes)
    return Exchange(**base)  # type: ignore[arg-type]


def test_names_sort_by_time() -> None:
    later = datetime(2025, 11, 2, 8, 0, tzinfo=UTC)
    names = [archive_name(later, 2), archive_name(STARTED, 10), archive_name(STARTED, 10, 1)]
    assert sorted(names)[0] == "fvmdocs-20250301T101500Z-run00010-1.warc.gz"
    assert sorted(names)[-1] == "fvmdocs-20251102T080000Z-run00002.warc.gz"


def test_records_read_back(tmp_path: Path) -> None:
    with WarcArchive(tmp_path, run_id=3, started=STARTED, user_agent="fvmdocs/0.1.0") as archive:
        archive.write(exchange())
        archive.write(exchange(status=None, reason="", headers=(), body=b"", error="timed out after 20 s"))
        archive.write(exchange(status=301, reason="Moved Permanently", headers=(("Location", "/ny/"),), body=b""))
        path = archive.path
    assert path is not None and path.name == "fvmdocs-20250301T101500Z-run00003.warc.gz"
    with path.open("rb") as stream:
        records = [
            (r.rec_type, r.rec_headers.get_header("WARC-Target-URI"), r.content_stream().read())
            for r in ArchiveIterator(stream)
        ]
    assert [r[0] for r in records] == ["warcinfo", "request", "response", "request", "metadata", "request", "response"]
    assert records[2][2] == HTML.encode("utf-8")  # Content-Encoding undone by the reader
    assert records[4][2] == b"fetch-error: timed out after 20 s\r\n"
    (page,) = list(iter_warc(path, max_bytes=10**6))
    assert isinstance(page, RawPage)
    assert (page.url, page.charset, page.fetched) == (URL, "utf-8", "2025-03-01T10:15:00Z")


def test_truncated_response_is_marked(tmp_path: Path) -> None:
    with WarcArchive(tmp_path, run_id=1, started=STARTED, user_agent="fvmdocs") as archive:
        archive.write(exchange(body=b"<html>" + b"x" * 10, headers=(("Content-Type", "text/html"),), truncated=True))
    with WarcArchive(tmp_path, run_id=1, started=STARTED, user_agent="fvmdocs") as second:
        pass
    assert second.path is not None and second.path.name.endswith("run00001-1.warc.gz")
    assert archive.path is not None
    with archive.path.open("rb") as stream:
        response = [r for r in ArchiveIterator(stream) if r.rec_type == "response"][0]
    assert response.rec_headers.get_header("WARC-Truncated") == "length"
