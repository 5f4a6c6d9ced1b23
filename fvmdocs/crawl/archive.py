"""The crawl's WARC archive: every request and response, as warcio writes them.

One gzipped file per crawl session under ``corpus/warc/``, named so that ``ls`` sorts it
by time (``fvmdocs-20250301T101500Z-run00003.warc.gz``). Each record is its own gzip
member and the file is flushed after each exchange, so a crawl killed halfway leaves a
file that ``fvmdocs ingest`` can still read up to the last whole record.

A response is stored as it came over the wire (still Content-Encoding-encoded), minus the
chunked transfer framing that httpx already removed; a network error, which has no
response, becomes a ``metadata`` record next to its request.
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from fvmdocs import __version__
from fvmdocs.crawl.fetch import Exchange, warc_date

# Headers describing framing that the archived body no longer has.
_FRAMING = frozenset({"transfer-encoding"})


def archive_name(started: datetime, run_id: int, attempt: int = 0) -> str:
    """A file name that sorts by start time."""
    stamp = started.strftime("%Y%m%dT%H%M%SZ")
    suffix = f"-{attempt}" if attempt else ""
    return f"fvmdocs-{stamp}-run{run_id:05d}{suffix}.warc.gz"


class WarcArchive:
    """Appends exchanges to one new WARC file; use it as a context manager."""

    def __init__(self, folder: Path, *, run_id: int, started: datetime, user_agent: str) -> None:
        self.folder = folder
        self.run_id = run_id
        self.started = started
        self.user_agent = user_agent
        self.path: Path | None = None
        self.records = 0
        self._file: BinaryIO | None = None
        self._writer: WARCWriter | None = None

    def __enter__(self) -> WarcArchive:
        self.folder.mkdir(parents=True, exist_ok=True)
        for attempt in range(1000):
            path = self.folder / archive_name(self.started, self.run_id, attempt)
            try:
                self._file = path.open("xb")
            except FileExistsError:
                continue
            self.path = path
            break
        if self._file is None or self.path is None:
            raise FileExistsError(f"no free WARC file name in {self.folder}")
        self._writer = WARCWriter(self._file, gzip=True, warc_version="1.1")
        info = self._writer.create_warcinfo_record(
            self.path.name,
            {
                "software": f"fvmdocs/{__version__} (warcio)",
                "format": "WARC File Format 1.1",
                "http-header-user-agent": self.user_agent,
                "robots": "obey",
            },
        )
        self._write(info)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._file is not None:
            self._file.close()

    def write(self, exchange: Exchange) -> None:
        """Archive one request with its response, or with the error that stopped it."""
        writer = self._require()
        date = warc_date(exchange.started)
        request = writer.create_warc_record(
            exchange.url,
            "request",
            payload=io.BytesIO(b""),
            length=0,
            http_headers=StatusAndHeaders(
                exchange.request_line, list(exchange.request_headers), is_http_request=True
            ),
            warc_headers_dict={"WARC-Date": date},
        )
        record_id = request.rec_headers.get_header("WARC-Record-ID")
        if exchange.status is None:
            second = writer.create_warc_record(
                exchange.url,
                "metadata",
                payload=io.BytesIO(f"fetch-error: {exchange.error}\r\n".encode()),
                warc_content_type="application/warc-fields",
                warc_headers_dict={"WARC-Date": date, "WARC-Concurrent-To": record_id},
            )
        else:
            second = self._response(exchange, date, record_id)
        self._write(request)
        self._write(second)

    def _response(self, exchange: Exchange, date: str, request_id: str) -> object:
        writer = self._require()
        headers = [(k, v) for k, v in exchange.headers if k.lower() not in _FRAMING]
        status_line = f"{exchange.status} {exchange.reason}".strip()
        warc_headers = {"WARC-Date": date, "WARC-Concurrent-To": request_id}
        if exchange.truncated:
            warc_headers["WARC-Truncated"] = "length"
        return writer.create_warc_record(
            exchange.url,
            "response",
            payload=io.BytesIO(exchange.body),
            length=len(exchange.body),
            http_headers=StatusAndHeaders(status_line, headers, protocol=exchange.http_version),
            warc_headers_dict=warc_headers,
        )

    def _write(self, record: object) -> None:
        writer = self._require()
        writer.write_record(record)
        self.records += 1
        assert self._file is not None
        self._file.flush()

    def _require(self) -> WARCWriter:
        if self._writer is None:
            raise RuntimeError("the WARC archive is not open (use it in a with block)")
        return self._writer
