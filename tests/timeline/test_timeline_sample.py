"""The sample site: merged events, plan history, every format against its golden file."""

from __future__ import annotations

import csv
import io
import json

import jsonschema
import pytest
from timeline.conftest import GENERATED, check_golden

from fvmdocs.settings import Settings
from fvmdocs.timeline import Timeline
from fvmdocs.timeline.export import render
from fvmdocs.timeline.export_csv import CSV_COLUMNS
from fvmdocs.timeline.load import timeline_from_store
from fvmdocs.timeline.schema import timeline_schema


def test_schema_is_valid_draft_2020_12() -> None:
    schema = timeline_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_json_validates_against_schema(gold_timeline: Timeline) -> None:
    data = json.loads(render(gold_timeline, "json", generated=GENERATED))
    jsonschema.Draft202012Validator(timeline_schema()).validate(data)
    assert data["schema_version"] == "1.0" and data["generated"] == GENERATED


def test_south_golive_is_one_event_with_many_sources(gold_timeline: Timeline) -> None:
    south = [e for e in gold_timeline.events if e.id == "golive-2024-11-09-south"]
    assert len(south) == 1
    assert south[0].status == "happened"
    assert len(south[0].sources) >= 5
    assert south[0].milestone == "golive-south"


def test_pause_on_two_pages_is_one_event(gold_timeline: Timeline) -> None:
    (pause,) = [e for e in gold_timeline.events if e.type == "pause" and e.topic == "pause"]
    assert pause.date.value == "2024-11-20"
    assert {s.published for s in pause.sources} >= {"2024-11-21", "2024-11-27"}


def test_south_plan_history(gold_timeline: Timeline) -> None:
    south = next(m for m in gold_timeline.milestones if m.id == "golive-south")
    planned = [(p.published, p.value) for p in south.plans if p.status == "planned"]
    assert planned[:3] == [("2018-03-23", "2020-FA"), ("2019-11-15", "2020-FA"), ("2020-05-04", "2020-FA")]
    assert ("2020-10-28", "2021-FA") in planned
    assert ("2022-05-18", "2024-FA") in planned
    assert ("2025-10-15", "2026-FA") in planned
    assert ("2021-06-10", "2021-FA", "cancelled") in [(p.published, p.value, p.status) for p in south.plans]
    published = [p.published or "" for p in south.plans]
    assert published == sorted(published)
    outcome = south.outcome
    assert (outcome.status, outcome.happened, outcome.paused, outcome.next_planned) == (
        "paused", "2024-11-09", "2024-11-20", "2026-FA")


def test_later_parts_are_cancelled_after_the_pause(gold_timeline: Timeline) -> None:
    outcomes = {m.id: m.outcome.status for m in gold_timeline.milestones}
    assert outcomes["golive-south-rest"] == "cancelled"
    assert outcomes["golive-north-east"] == "cancelled"
    assert outcomes["golive-west"] == "cancelled"


def test_timelinejs_shape(gold_timeline: Timeline) -> None:
    data = json.loads(render(gold_timeline, "timelinejs"))
    assert data["title"]["text"]["headline"]
    autumn = next(s for s in data["events"] if s["unique_id"] == "golive-2020-fa-south")
    assert autumn["start_date"] == {"year": "2020", "month": "9", "day": "1"}
    assert autumn["end_date"] == {"year": "2020", "month": "11", "day": "30"}
    assert autumn["display_date"] == "hösten 2020"
    assert autumn["group"] == "golive"
    assert {"headline", "text"} <= set(autumn["text"])


def test_csv_has_header_and_one_row_per_event(gold_timeline: Timeline) -> None:
    rows = list(csv.reader(io.StringIO(render(gold_timeline, "csv"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == len(gold_timeline.events) + 1
    south = next(r for r in rows if r[0] == "golive-2024-11-09-south")
    assert south[2:6] == ["2024-11-09", "2024-11-09", "2024-11-09", "happened"]
    assert len(south[8].split(" ")) >= 5


def test_table_with_milestones(gold_timeline: Timeline) -> None:
    text = render(gold_timeline, "table", milestones=True)
    assert "Planhistorik" in text and "Södra Älvsborg (första starten) [golive-south]" in text
    assert "=> pausad" in text


@pytest.mark.parametrize(("fmt", "name"), [("json", "timeline.json"), ("timelinejs", "timelinejs.json"),
                                            ("csv", "timeline.csv"), ("table", "timeline.txt")])  # fmt: skip
def test_golden(gold_timeline: Timeline, fmt: str, name: str) -> None:
    check_golden(f"gold-facts/{name}", render(gold_timeline, fmt, milestones=True))


def test_deterministic(gold_home: Settings, gold_timeline: Timeline) -> None:
    again = timeline_from_store(gold_home)
    assert render(again, "json") == render(gold_timeline, "json")


def test_real_extraction(sample_home: Settings, extracted_facts: int) -> None:
    """The timeline of what ingest itself extracted; golden once the extractor runs here."""
    if not extracted_facts:
        pytest.skip("ingest extracted no facts (spaCy model not built: make model)")
    timeline = timeline_from_store(sample_home)
    data = json.loads(render(timeline, "json"))
    jsonschema.Draft202012Validator(timeline_schema()).validate(data)
    check_golden("extracted/timeline.json", render(timeline, "json"))
