"""The HTML page: self-contained, every page string escaped, and it renders in a real browser."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from timeline.conftest import CHROMIUM_FLAGS
from timeline.facts_builder import doc, event, facts

from fvmdocs.timeline import Timeline, build_timeline
from fvmdocs.timeline.export_html import CSP, to_html
from fvmdocs.timeline.export_timelinejs import to_timelinejs

EVIL = 'Regionen pausar <script>alert("x")</script> & "mer" <img src=x onerror=alert(1)>.'


def _evil_timeline() -> Timeline:
    sample = [facts("evil", "2024-11-21", event("evil", "pause", "2024-11-20", EVIL, actors=("<b>styrelsen</b>",)))]
    evil_doc = doc("evil", "2024-11-21")
    return build_timeline(sample, [evil_doc], title="Tidslinje <script>")


def test_page_strings_are_escaped_in_html() -> None:
    page = to_html(_evil_timeline())
    assert "<script>" not in page
    assert "<img" not in page and "<b>styrelsen" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page


def test_page_strings_are_escaped_in_timelinejs() -> None:
    text = to_timelinejs(_evil_timeline())
    assert "<script>" not in text and "&lt;script&gt;" in text


def _urls(page: str) -> list[str]:
    return re.findall(r"""(?:src|href)\s*=\s*["']?(https?://[^"' >]+)""", page, flags=re.I)


def test_self_contained(gold_timeline: Timeline) -> None:
    page = to_html(gold_timeline)
    assert f'content="{CSP}"' in page
    assert "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'" in CSP
    source_urls = {s.url for e in gold_timeline.events for s in e.sources}
    assert set(_urls(page)) <= source_urls  # the only URLs are links to the sources
    assert not re.search(r"<(script|img|link|iframe)[^>]+(src|href)=", page, flags=re.I)
    assert "@import" not in page and "url(" not in page.replace("url(#head)", "")


def test_every_event_has_a_marker_and_an_entry(gold_timeline: Timeline) -> None:
    page = to_html(gold_timeline)
    for item in gold_timeline.events:
        assert f'id="{item.id}"' in page
        if item.date.start:
            assert f'data-id="{item.id}"' in page
    for milestone in gold_timeline.milestones:
        assert f'id="{milestone.id}"' in page


@pytest.mark.browser
def test_renders_in_headless_chromium(chromium: str, gold_timeline: Timeline, tmp_path: Path) -> None:
    page = tmp_path / "timeline.html"
    page.write_text(to_html(gold_timeline, "2026-01-01T00:00:00+00:00"), encoding="utf-8")
    shot = tmp_path / "timeline.png"
    flags = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    run = subprocess.run([*flags, f"--screenshot={shot}", "--window-size=1400,900", page.as_uri()],
                         capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    assert shot.exists() and shot.stat().st_size > 20_000
    dom = subprocess.run([*flags, "--dump-dom", page.as_uri()], capture_output=True, text=True,
                         timeout=120, check=False).stdout  # fmt: skip
    assert "<svg" in dom and "Planhistorik" in dom
    assert dom.count('class="event"') == len(gold_timeline.events)
    assert dom.count('class="ev"') == sum(1 for e in gold_timeline.events if e.date.start)
    assert "Södra Älvsborg (första starten)" in dom
    assert set(_urls(dom)) <= {s.url for e in gold_timeline.events for s in e.sources}
