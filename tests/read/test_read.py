import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from fvmdocs.errors import SourceError
from fvmdocs.models import RawPage, SourceFailure
from fvmdocs.read import is_url, read_source

MB = 1024 * 1024


def _all(source: Path | str, max_bytes: int = 10 * MB) -> list[RawPage | SourceFailure]:
    return list(read_source(str(source), max_bytes=max_bytes))


def write_warc(path: Path, pages: list[tuple[str, str, bytes, str]]) -> Path:
    """Write (url, status, body, content type) responses into a gzipped WARC."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, status, body, content_type in pages:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
    return path


def test_folder_is_walked_for_html(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("<p>a</p>", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.HTM").write_text("<p>b</p>", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("skip me", encoding="utf-8")
    pages = _all(tmp_path)
    assert [Path(p.source).name for p in pages] == ["a.html", "b.HTM"]
    assert all(isinstance(p, RawPage) and p.url.startswith("file://") for p in pages)


def test_single_file(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_bytes(b"<p>\xc3\xa5</p>")
    [raw] = _all(page)
    assert isinstance(raw, RawPage) and raw.body == b"<p>\xc3\xa5</p>"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.html", "no such file or folder"),
        (lambda d: d, "no .html or .htm files"),
        (lambda d: (d / "x.pdf").write_bytes(b"%PDF-1.4") and d / "x.pdf", "not a folder, .html"),
    ],
)
def test_unreadable_sources(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SourceError, match=message):
        _all(make(tmp_path))


def test_huge_page_in_folder_fails_alone(tmp_path: Path) -> None:
    (tmp_path / "big.html").write_bytes(b"<p>" + b"x" * (2 * MB) + b"</p>")
    (tmp_path / "small.html").write_text("<p>ok</p>", encoding="utf-8")
    big, small = _all(tmp_path, max_bytes=MB)
    assert isinstance(big, SourceFailure) and "over the 1 MB limit" in big.reason
    assert isinstance(small, RawPage)


def test_warc_yields_html_responses_only(tmp_path: Path) -> None:
    warc = write_warc(
        tmp_path / "crawl.warc.gz",
        [
            ("https://example.se/a", "200 OK", b"<p>\xe5</p>", "text/html; charset=iso-8859-1"),
            ("https://example.se/b", "404 Not Found", b"gone", "text/html"),
            ("https://example.se/c.pdf", "200 OK", b"%PDF-1.4", "application/pdf"),
        ],
    )
    [page] = _all(warc)
    assert isinstance(page, RawPage)
    assert (page.url, page.charset, page.body) == ("https://example.se/a", "iso-8859-1", b"<p>\xe5</p>")
    assert page.source.startswith(str(warc.resolve()) + "#urn:uuid:")
    assert [p.source for p in _all(warc)] == [page.source]  # same record, same source


def test_corrupt_warc_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(gzip.compress(b"this is not a warc record\r\n\r\n"))
    with pytest.raises(SourceError, match="not a valid WARC|damaged"):
        _all(bad)


def test_truncated_warc_keeps_the_pages_before_the_damage(tmp_path: Path) -> None:
    warc = write_warc(
        tmp_path / "crawl.warc.gz",
        [(f"https://example.se/{n}", "200 OK", b"<p>page</p>" * 50, "text/html") for n in range(3)],
    )
    data = warc.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.8)])
    items = _all(cut)
    pages = [i for i in items if isinstance(i, RawPage)]
    assert len(pages) >= 1
    assert isinstance(items[-1], SourceFailure)


@pytest.mark.parametrize(
    ("source", "expected"),
    [("https://www.vgregion.se/", True), ("HTTP://x.se", True), ("examples/site", False), ("ftp://x", False)],
)
def test_is_url(source: str, expected: bool) -> None:
    assert is_url(source) is expected


def test_unreadable_file_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked.html").write_text("<p>hemlig</p>", encoding="utf-8")
    (tmp_path / "open.html").write_text("<p>öppen</p>", encoding="utf-8")
    real_read = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.html":
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    locked, opened = _all(tmp_path)
    assert isinstance(locked, SourceFailure) and "permission denied" in locked.reason
    assert isinstance(opened, RawPage)
