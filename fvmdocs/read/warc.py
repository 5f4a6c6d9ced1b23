"""Reading archived responses back out of WARC files (warcio), with no network."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from fvmdocs.errors import SourceError
from fvmdocs.models import RawPage, SourceFailure

HTML_TYPES = ("text/html", "application/xhtml+xml")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None


def iter_warc(path: Path, *, max_bytes: int) -> Iterator[RawPage | SourceFailure]:
    """HTML responses with status 200 from a WARC file; other records are skipped.

    Each page's source is ``PATH#RECORD-ID`` so a re-read of the same archive does no work.
    """
    resolved = path.resolve()
    found = 0
    try:
        with resolved.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if not str(record.format).startswith("warc"):
                    raise ArchiveLoadFailed(f"found a {record.format!r} record, not WARC")
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                status = record.http_headers.get_statuscode()
                content_type = record.http_headers.get_header("Content-Type") or ""
                if status != "200" or not content_type.lower().startswith(HTML_TYPES):
                    continue
                found += 1
                yield _page(resolved, record, content_type, max_bytes)
    except ArchiveLoadFailed as exc:
        message = f"{path}: not a valid WARC archive ({exc.msg if hasattr(exc, 'msg') else exc})"
        if found == 0:
            raise SourceError(message) from exc
        yield SourceFailure(str(resolved), message + f"; stopped after {found} pages")
    except (OSError, EOFError, ValueError, AttributeError, zlib.error) as exc:
        # warcio raises assorted low-level errors on damaged input; all mean the same here.
        message = f"{path}: the WARC archive is damaged ({exc})"
        if found == 0:
            raise SourceError(message) from exc
        yield SourceFailure(str(resolved), message + f"; stopped after {found} pages")


def _page(path: Path, record: object, content_type: str, max_bytes: int) -> RawPage | SourceFailure:
    headers = record.rec_headers  # type: ignore[attr-defined]
    url = headers.get_header("WARC-Target-URI") or ""
    record_id = headers.get_header("WARC-Record-ID") or headers.get_header("WARC-Date") or url
    source = f"{path}#{record_id.strip('<>')}"
    body = record.content_stream().read(max_bytes + 1)  # type: ignore[attr-defined]
    if len(body) > max_bytes:
        return SourceFailure(source, f"{url}: page is over the {max_bytes / 1e6:.0f} MB limit")
    return RawPage(
        url=url,
        body=body,
        source=source,
        content_type=content_type,
        charset=_charset(content_type),
        fetched=headers.get_header("WARC-Date"),
    )
