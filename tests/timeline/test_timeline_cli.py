from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from fvmdocs.cli import cli
from fvmdocs.settings import Settings
from fvmdocs.timeline.schema import timeline_schema


def _run(home: Settings, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["--home", str(home.home), "timeline", *args])


def test_table_is_the_default(gold_home: Settings) -> None:
    result = _run(gold_home)
    assert result.exit_code == 0, result.output
    assert "Driftstart: Södra Älvsborg (första starten)" in result.output
    assert "Planhistorik" not in result.output


def test_table_with_milestones(gold_home: Settings) -> None:
    result = _run(gold_home, "--milestones")
    assert "Planhistorik" in result.output and "=> pausad" in result.output


def test_json_to_file_validates(gold_home: Settings, tmp_path: Path) -> None:
    out = tmp_path / "tl.json"
    result = _run(gold_home, "--format", "json", "-o", str(out))
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(timeline_schema()).validate(data)
    assert "generated" in data


def test_json_flag_and_filters(gold_home: Settings) -> None:
    result = _run(gold_home, "--json", "--type", "pause", "--since", "2024-11", "--until", "2024")
    data = json.loads(result.output)
    assert data["events"] and {e["type"] for e in data["events"]} == {"pause"}
    assert data["milestones"] == []


def test_org_and_person_filters(gold_home: Settings) -> None:
    data = json.loads(_run(gold_home, "--json", "--org", "regionstyrelsen").output)
    assert data["events"] and all(any("regionstyrelsen" in a for a in e["actors"]) for e in data["events"])
    data = json.loads(_run(gold_home, "--json", "--person", "Lodin").output)
    assert data["events"] and all(any("Lodin" in a for a in e["actors"]) for e in data["events"])


def test_csv_and_timelinejs_and_html(gold_home: Settings) -> None:
    rows = list(csv.reader(io.StringIO(_run(gold_home, "--format", "csv").output)))
    assert rows[0][0] == "id"
    assert "events" in json.loads(_run(gold_home, "--format", "timelinejs").output)
    assert _run(gold_home, "--format", "html").output.startswith("<!DOCTYPE html>")


def test_bad_date_is_a_usage_error(gold_home: Settings) -> None:
    result = _run(gold_home, "--since", "hösten")
    assert result.exit_code == 2 and "YYYY" in result.output


def test_no_store_is_an_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--home", str(tmp_path), "timeline"])
    assert result.exit_code == 1 and "Error" in result.output


def test_schema_command() -> None:
    result = CliRunner().invoke(cli, ["schema", "timeline"])
    assert result.exit_code == 0
    assert json.loads(result.output) == timeline_schema()
