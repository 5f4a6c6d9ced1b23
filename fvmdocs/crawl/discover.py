"""Finding more URLs: links in HTML pages, sitemaps and sitemap indexes, pagination.

Pagination links (``rel=next`` and the site profile's selectors) are told apart from other
links because they lead to the next page of the *same* listing: they keep the listing's
depth, so ``--max-depth`` never cuts a long news archive short.
"""

from __future__ import annotations

import gzip
import io
import mimetypes
import zlib
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, SoupStrainer, Tag
from lxml import etree

from fvmdocs.crawl.urls import canonical

PAGE = "page"
PAGINATION = "pagination"
RESOURCE = "resource"

# Links to these are documents and media, recorded as resources and never fetched as pages.
RESOURCE_SUFFIXES = frozenset(
    {".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".odp",
     ".rtf", ".csv", ".zip", ".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp", ".tif",
     ".tiff", ".mp3", ".mp4", ".m4a", ".mov", ".avi", ".webm", ".ics", ".vcf", ".exe"}
)  # fmt: skip
MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemaps.org limit, uncompressed


@dataclass(frozen=True)
class Link:
    """A canonical URL found on a page and what kind of link it is."""

    url: str
    kind: str
    content_type: str | None = None


def resource_type(url: str) -> str | None:
    """The media type a link's file name promises, when it is no web page."""
    path = urlsplit(url).path.lower()
    suffix = path[path.rfind(".") :] if "." in path.rsplit("/", 1)[-1] else ""
    if suffix not in RESOURCE_SUFFIXES:
        return None
    return mimetypes.guess_type(path)[0] or "application/octet-stream"


def page_links(
    html: bytes, page_url: str, *, charset: str | None = None, pagination: tuple[str, ...] = ()
) -> list[Link]:
    """Every http(s) link on a page, canonical, once each, in page order.

    >>> [l.url for l in page_links(b'<a href="/nyheter/?utm_source=x#a">Nyheter</a>', "https://vgr.se/")]
    ['https://vgr.se/nyheter/']
    """
    # Without profile selectors only link tags matter, and parsing only them is much faster.
    only = None if pagination else SoupStrainer(["a", "area", "link", "base"])
    soup = BeautifulSoup(html, "lxml", from_encoding=charset, parse_only=only)
    base = soup.find("base", href=True)
    base_url = urljoin(page_url, str(base["href"])) if isinstance(base, Tag) else page_url
    paging = {id(tag) for tag in soup.find_all(["a", "link"], rel="next")}
    paging |= {id(tag) for selector in pagination for tag in soup.select(selector)}
    found: dict[str, Link] = {}
    for tag in soup.find_all(["a", "area", "link"], href=True):
        if tag.name == "link" and id(tag) not in paging:
            continue
        url = canonical(urljoin(base_url, str(tag["href"])))
        if url is None or url in found:
            continue
        kind_type = resource_type(url)
        if kind_type:
            found[url] = Link(url, RESOURCE, kind_type)
        else:
            found[url] = Link(url, PAGINATION if id(tag) in paging else PAGE)
    return list(found.values())


def sitemap_entries(body: bytes) -> tuple[list[str], list[str]]:
    """Page URLs and nested sitemap URLs in a sitemap or sitemap index (gzipped or not)."""
    if body[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(body)) as unzipped:
                body = unzipped.read(MAX_SITEMAP_BYTES)
        except (OSError, EOFError, zlib.error):
            return [], []
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError:
        return [], []
    if root is None:
        return [], []
    pages = _locs(root, "url")
    nested = _locs(root, "sitemap")
    return pages, nested


def _locs(root: etree._Element, entry: str) -> list[str]:
    found = (canonical((loc.text or "").strip()) for loc in root.iterfind(f"{{*}}{entry}/{{*}}loc"))
    return list(dict.fromkeys(url for url in found if url))
