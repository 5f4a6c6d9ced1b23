"""Charset evidence: BOM, HTTP header, <meta>, detection; Swedish letters must survive."""

from __future__ import annotations

import pytest

from fvmdocs.clean import clean_page
from fvmdocs.clean.decode import decode_body
from fvmdocs.models import RawPage

TEXT = "Västra Götalandsregionen inför Millennium – ”äntligen”, säger någon på Östra sjukhuset."


def _page(body: bytes, charset: str | None = None, content_type: str | None = None) -> RawPage:
    return RawPage(
        url="https://example.se/a", body=body, source="t", charset=charset, content_type=content_type
    )


def _html(meta: str = "") -> str:
    return f"<html><head>{meta}<title>T</title></head><body><p>{TEXT}</p></body></html>"


@pytest.mark.parametrize(
    ("body", "charset"),
    [
        (_html().encode("utf-8"), "utf-8"),
        (_html().encode("cp1252"), "windows-1252"),
        (_html().encode("cp1252"), "ISO-8859-1"),  # a latin-1 label means windows-1252
        (_html().encode("cp1252"), None),  # nothing declared: detection
        (_html().encode("utf-8"), None),
        (_html('<meta charset="windows-1252">').encode("cp1252"), None),
        (_html('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">').encode("cp1252"), None),  # noqa: E501
        (_html('<meta charset="utf-8">').encode("utf-8"), "windows-1252"),  # header wrong? bytes decode
        (_html('<meta charset="utf-8">').encode("cp1252"), None),  # meta lies: bytes are not UTF-8
        (_html().encode("cp1252"), "utf-8"),  # header lies
        (b"\xef\xbb\xbf" + _html().encode("utf-8"), "iso-8859-1"),  # BOM beats the header
        (_html().encode("utf-16"), None),  # UTF-16 with BOM is not binary
        (_html().encode("utf-8"), "no-such-charset"),
    ],
)
def test_swedish_text_decodes(body: bytes, charset: str | None) -> None:
    text = decode_body(_page(body, charset))
    assert TEXT in text


def test_header_wins_over_meta_when_both_decode() -> None:
    body = _html('<meta charset="utf-8">').encode("cp1252")
    assert TEXT in decode_body(_page(body, "windows-1252"))


def test_windows_1252_page_cleans_with_swedish_letters() -> None:
    doc = clean_page(_page(_html().encode("cp1252")))
    assert doc.text.endswith(TEXT)
    assert "Ã" not in doc.text


def test_detection_without_swedish_letters_falls_back_to_charset_normalizer() -> None:
    russian = "<html><body><p>" + "Привет, это проверка кодировки страницы. " * 8 + "</p></body></html>"
    text = decode_body(_page(russian.encode("cp1251")))
    assert "это проверка кодировки" in text  # Cyrillic, not windows-1252 mojibake
