"""The read stage: local sources (folders, HTML files, WARC archives) to ``RawPage`` items.

A source that cannot be read at all raises ``SourceError``; inside a folder or a WARC file,
one bad page becomes a ``SourceFailure`` item and reading goes on with the next.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from fvmdocs.errors import SourceError
from fvmdocs.models import RawPage, SourceFailure
from fvmdocs.read.warc import iter_warc

HTML_SUFFIXES = (".html", ".htm")
WARC_SUFFIXES = (".warc", ".warc.gz")

__all__ = ["HTML_SUFFIXES", "WARC_SUFFIXES", "is_url", "read_source"]


def is_url(source: str) -> bool:
    """True for http(s) URLs, which the crawler fetches instead of this stage."""
    return source.lower().startswith(("http://", "https://"))


def read_source(source: str, *, max_bytes: int) -> Iterator[RawPage | SourceFailure]:
    """Pages from one local source: a folder (walked for .html/.htm), an HTML file or a WARC.

    >>> next(read_source("examples/site/index.html", max_bytes=10**7)).url  # doctest: +SKIP
    'file:///.../examples/site/index.html'
    """
    path = Path(source).expanduser()
    if not path.exists():
        raise SourceError(f"{source}: no such file or folder")
    if path.is_dir():
        yield from _read_folder(path, max_bytes)
    elif path.name.lower().endswith(WARC_SUFFIXES):
        yield from iter_warc(path, max_bytes=max_bytes)
    elif path.suffix.lower() in HTML_SUFFIXES:
        yield _read_html_file(path, max_bytes)
    else:
        raise SourceError(f"{source}: not a folder, .html/.htm file or .warc/.warc.gz archive")


def _read_folder(folder: Path, max_bytes: int) -> Iterator[RawPage | SourceFailure]:
    files = sorted(
        p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in HTML_SUFFIXES
    )
    if not files:
        raise SourceError(f"{folder}: no .html or .htm files in this folder")
    for file in files:
        try:
            yield _read_html_file(file, max_bytes)
        except SourceError as exc:
            yield SourceFailure(str(file), str(exc))


def _read_html_file(path: Path, max_bytes: int) -> RawPage:
    resolved = path.resolve()
    try:
        size = resolved.stat().st_size
        if size > max_bytes:
            raise SourceError(
                f"{path}: page is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit"
            )
        body = resolved.read_bytes()
    except PermissionError as exc:
        raise SourceError(f"{path}: cannot read the file (permission denied)") from exc
    except OSError as exc:
        raise SourceError(f"{path}: cannot read the file ({exc.strerror})") from exc
    return RawPage(url=resolved.as_uri(), body=body, source=str(resolved))
