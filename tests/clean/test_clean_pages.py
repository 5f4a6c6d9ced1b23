"""Every fixture page against its expectations in ``tests/fixtures/pages/expected.json``.

Each page is cleaned with its profile (if it names one) and on the generic path; both must
find the title, dates and whole body, and leave the boilerplate behind. To add a page, write
the HTML, its ``.gold.txt`` body (one block per line, no title) and an entry in expected.json.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fvmdocs.clean import clean_page
from fvmdocs.models import Document, RawPage
from fvmdocs.profile import builtin_profile

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
ENTRIES: list[dict[str, Any]] = json.loads((PAGES / "expected.json").read_text("utf-8"))["pages"]


def _cases(check: str = "") -> list[Any]:
    cases = []
    for entry in ENTRIES:
        paths = [entry["profile"]] if entry["profile"] else []
        if entry.get("generic", True):
            paths.append(None)
        reason = entry.get("xfail", {}).get(check)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        for profile in paths:
            label = f"{entry['file']}[{profile or 'generic'}]"
            cases.append(pytest.param(entry, profile, id=label, marks=marks))
    return cases


def _clean(entry: dict[str, Any], profile: str | None) -> Document:
    raw = RawPage(
        url=entry["url"],
        body=(PAGES / entry["file"]).read_bytes(),
        source=entry["file"],
        charset=entry.get("charset"),
    )
    return clean_page(raw, builtin_profile(profile) if profile else None)


def gold_blocks(entry: dict[str, Any]) -> list[str]:
    gold = PAGES / entry["file"].replace(".html", ".gold.txt")
    return [line for line in gold.read_text("utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize(("entry", "profile"), _cases())
def test_metadata(entry: dict[str, Any], profile: str | None) -> None:
    doc = _clean(entry, profile)
    assert doc.title == entry["title"]
    assert (doc.published, doc.updated) == (entry["published"], entry["updated"])
    assert doc.canonical_url == entry["canonical"]
    assert doc.url == (entry["canonical"] or entry["url"])
    assert doc.language == entry["language"]
    assert doc.source == entry["file"]
    assert doc.site == profile


@pytest.mark.parametrize(("entry", "profile"), _cases("body"))
def test_body_whole_and_boilerplate_gone(entry: dict[str, Any], profile: str | None) -> None:
    doc = _clean(entry, profile)
    for phrase in entry["must_contain"]:
        assert phrase in doc.text
    for phrase in entry["must_not_contain"]:
        assert phrase not in doc.text


@pytest.mark.parametrize(("entry", "profile"), _cases("gold"))
def test_blocks_match_gold(entry: dict[str, Any], profile: str | None) -> None:
    doc = _clean(entry, profile)
    assert doc.blocks[0].kind == "title"
    assert doc.blocks[0].text == entry["title"]
    assert [b.text for b in doc.blocks[1:]] == gold_blocks(entry)
    assert all(b.text != doc.title for b in doc.blocks[1:]), "title repeated as a block"
