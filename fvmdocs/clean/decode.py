"""From a page's bytes to text: refuse what is no HTML page, then find the charset.

Order of evidence: a byte-order mark (unambiguous, and the HTML standard lets it override the
HTTP header), the HTTP header (``RawPage.charset``), ``<meta charset>`` or its http-equiv form,
then detection. Each declared charset is only believed when the bytes decode under it, because
old Swedish pages often say UTF-8 and are windows-1252 (or the other way round).
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from fvmdocs.errors import CleanError
from fvmdocs.models import RawPage

MB = 1024 * 1024

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_TEXT_TYPES = (
    "text/",
    "application/xhtml",
    "application/xml",
    "application/rss",
    "application/atom",
)

_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)

# Browsers read these labels as windows-1252, which has å/ä/ö in the same places plus
# the typographic quotes and dashes that "latin-1" pages really contain.
_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252",
            "us-ascii": "cp1252", "iso8859-1": "cp1252", "l1": "cp1252", "utf8": "utf-8"}  # fmt: skip


def check_body(raw: RawPage, max_bytes: int) -> None:
    """Raise ``CleanError`` when the bytes cannot be an HTML page worth cleaning."""
    body = raw.body
    if not body.strip():
        raise CleanError(f"page is empty ({len(body)} bytes)")
    if len(body) > max_bytes:
        raise CleanError(f"page is {_size(len(body))}, over the {_size(max_bytes)} limit")
    for signature, what in _SIGNATURES:
        if body.startswith(signature):
            raise CleanError(f"page is {what}, not HTML")
    content_type = (raw.content_type or "").split(";")[0].strip().lower()
    if content_type and not content_type.startswith(_TEXT_TYPES):
        raise CleanError(f"page has content type {content_type}, not HTML")
    if _bom_encoding(body) is None and b"\x00" in body[:4096]:
        raise CleanError("page is binary (NUL bytes), not HTML")


def _size(count: int) -> str:
    """52.4 MB, 10 MB, 1.5 KB: one decimal, none when it is zero."""
    unit, scale = ("MB", MB) if count >= MB // 10 else ("KB", 1024)
    return f"{round(count / scale, 1):g} {unit}"


def decode_body(raw: RawPage) -> str:
    """The page as text, decoded by the best evidence for its charset."""
    body = raw.body
    bom = _bom_encoding(body)
    if bom:
        return body.decode(bom, errors="replace").lstrip("\ufeff")
    for declared in (raw.charset, _meta_charset(body)):
        text = _try_decode(body, declared)
        if text is not None:
            return text
    return _detect(body)


def _bom_encoding(body: bytes) -> str | None:
    """The encoding a byte-order mark names, if the body starts with one."""
    return next((name for bom, name in _BOMS if body.startswith(bom)), None)


def _meta_charset(body: bytes) -> str | None:
    """The charset a ``<meta>`` tag declares near the top of the page."""
    match = _META_CHARSET.search(body[:8192])
    return match[1].decode("ascii", "replace") if match else None


def _codec(label: str | None) -> str | None:
    """The Python codec for a charset label, or None for an unknown one."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _try_decode(body: bytes, label: str | None) -> str | None:
    """The body decoded strictly with ``label``; None when unknown or the bytes disagree."""
    codec = _codec(label)
    if codec is None:
        return None
    try:
        return body.decode(codec)
    except UnicodeDecodeError:
        return None


def _detect(body: bytes) -> str:
    """Decode a page that declares nothing believable."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # charset-normalizer reads short Swedish windows-1252 text as cp1250 ("ĺtta" for "åtta"),
    # so windows-1252 is tried first and kept when its non-ASCII letters look Swedish.
    try:
        western = body.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _looks_swedish(western):
        return western
    best = from_bytes(body).best()
    if best is not None:
        return str(best)
    return body.decode("cp1252", errors="replace")


_SWEDISH_EXTRA = set("åäöÅÄÖéÉüÜ–—’‘”“…•«»\xa0°§½")


def _looks_swedish(text: str) -> bool:
    """True when most non-ASCII characters are the ones Swedish pages use."""
    extra = [ch for ch in text if ord(ch) > 127]
    if not extra:
        return True
    return sum(ch in _SWEDISH_EXTRA for ch in extra) >= 0.8 * len(extra)
