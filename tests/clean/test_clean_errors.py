"""Pages that cannot become a Document raise CleanError with a one-line reason."""

from __future__ import annotations

import pytest

from fvmdocs.clean import clean_page
from fvmdocs.errors import CleanError
from fvmdocs.models import RawPage

MB = 1024 * 1024


def _page(body: bytes, content_type: str | None = None) -> RawPage:
    return RawPage(url="https://example.se/a", body=body, source="t", content_type=content_type)


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (b"", None, "page is empty (0 bytes)"),
        (b"  \n\t ", None, "page is empty (5 bytes)"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", None, "page is a PDF document, not HTML"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None, "page is a PNG image, not HTML"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", None, "page is a JPEG image, not HTML"),
        (b"GIF89a\x01\x00", None, "page is a GIF image, not HTML"),
        (b"PK\x03\x04\x14\x00", None, "page is a ZIP archive (or Office document), not HTML"),
        (b"\x1f\x8b\x08\x00", None, "page is gzip-compressed data, not HTML"),
        (b"<html>\x00\x01\x02\x00garbage", None, "page is binary (NUL bytes), not HTML"),
        (b"<html><p>text</p></html>", "application/pdf", "page has content type application/pdf, not HTML"),  # noqa: E501
        (b"<html><p>text</p></html>", "image/png", "page has content type image/png, not HTML"),
        (b"<html><head><title></title></head><body> </body></html>", None, "page has no text after cleaning"),  # noqa: E501
        (b"<html><body><script>var a = 1;</script><nav><a href='/'>Start</a></nav></body></html>", None, "page has no text after cleaning"),  # noqa: E501
    ],
)
def test_clean_error(body: bytes, content_type: str | None, message: str) -> None:
    with pytest.raises(CleanError) as error:
        clean_page(_page(body, content_type))
    assert str(error.value) == message
    assert "\n" not in str(error.value)


def test_too_large_names_size_and_limit() -> None:
    body = b"<html><body><p>x</p>" + b" " * int(52.4 * MB)
    with pytest.raises(CleanError, match=r"^page is 52\.4 MB, over the 10 MB limit$"):
        clean_page(_page(body))


def test_max_bytes_is_configurable() -> None:
    with pytest.raises(CleanError, match=r"^page is 2 KB, over the 1\.5 KB limit$"):
        clean_page(_page(b"<p>" + b"a" * 2041 + b"</p>"), max_bytes=1536)


@pytest.mark.parametrize("content_type", [None, "text/html; charset=utf-8", "application/xhtml+xml"])
def test_html_content_types_pass(content_type: str | None) -> None:
    doc = clean_page(_page("<p>Millennium startar i höst.</p>".encode(), content_type))
    assert doc.text == "Millennium startar i höst."


@pytest.mark.parametrize(
    "body",
    [
        b"<div><p>Oavslutad text om FVM<div></span></div></div></div><p>mer text",
        b"</div></div><<<>>><p>Text efter skr\xc3\xa4p</b></i>",
        b"<html><body><ul><li>ett<li>tv\xc3\xa5</ol></table><p>tre",
        b"<p>bara <b>fet <i>och kursiv</b> text</i>",
    ],
)
def test_malformed_html_still_cleans(body: bytes) -> None:
    doc = clean_page(_page(body))
    assert doc.blocks
    assert doc.text.strip()
