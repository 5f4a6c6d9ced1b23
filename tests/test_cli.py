"""Every command through click's CliRunner: exit codes, stdout, stderr, --json shapes."""

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from fvmdocs.cli import cli


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, home: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(cli, ["--home", str(home), *args], env={"FVMDOCS_LOCK_TIMEOUT": "0.5"})
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def ingested(runner: CliRunner, home: Path, small_site: Path) -> Path:
    code, out, _ = run(runner, home, "ingest", str(small_site))
    assert code == 0 and out.strip() == "new 3, changed 0, unchanged 0, failed 0 (indexed 3)"
    return home


def test_help_lists_commands(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0
    for command in ("ingest", "search", "list", "show", "stats", "reindex"):
        assert command in result.stdout


def test_ingest_twice_reports_unchanged(runner: CliRunner, ingested: Path, small_site: Path) -> None:
    code, out, _ = run(runner, ingested, "ingest", "--json", str(small_site))
    assert code == 0
    assert json.loads(out)["unchanged"] == 3


def test_ingest_failure_exits_1_and_keeps_the_rest(runner: CliRunner, home: Path, small_site: Path) -> None:
    code, out, err = run(runner, home, "ingest", str(small_site), str(home / "nope"))
    assert code == 1
    assert out.startswith("new 3,") and "failed 1" in out
    assert "nope: no such file or folder" in err


@pytest.mark.parametrize(
    "args", [("search",), ("search", "x", "--limit", "0"), ("show",), ("no-such-command",)]
)
def test_usage_errors_exit_2(runner: CliRunner, home: Path, args: tuple[str, ...]) -> None:
    code, _, err = run(runner, home, *args)
    assert code == 2 and "Usage:" in err


def test_search_json_shape(runner: CliRunner, ingested: Path) -> None:
    code, out, _ = run(runner, ingested, "search", "--json", "Cerner kompensation")
    data = json.loads(out)
    assert code == 0 and set(data) == {"query", "total", "hits", "facets", "suggestion"}
    assert data["total"] == 1
    hit = data["hits"][0]
    assert set(hit) == {"id", "url", "title", "published", "score", "snippet"}
    assert hit["title"] == "Ny tidplan för FVM" and "<mark>" in hit["snippet"]


def test_search_text_output(runner: CliRunner, ingested: Path) -> None:
    code, out, _ = run(runner, ingested, "search", "-n", "1", "journalsystemet")
    assert code == 0
    assert out.startswith("2 documents match 'journalsystemet'")
    assert out.count("\n1. ") == 1 and "\n2. " not in out
    assert "<mark>" not in out and "**journalsystemet**" in out


def test_search_without_index(runner: CliRunner, home: Path) -> None:
    code, _, err = run(runner, home, "search", "Cerner")
    assert code == 1 and err.startswith("Error: no search index")


def test_list_json(runner: CliRunner, ingested: Path) -> None:
    code, out, _ = run(runner, ingested, "list", "--json")
    documents = json.loads(out)["documents"]
    assert code == 0 and len(documents) == 3
    assert set(documents[0]) == {"id", "url", "title", "published", "source", "kind"}
    assert [d["published"] for d in documents] == ["2024-11-20", "2024-11-11", "2022-05-18"]


def test_list_text(runner: CliRunner, ingested: Path) -> None:
    code, out, _ = run(runner, ingested, "list")
    assert code == 0 and len(out.splitlines()) == 3 and "Införandet pausas" in out


@pytest.mark.parametrize("by", ["id", "url", "path"])
def test_show_by_id_url_or_path(runner: CliRunner, ingested: Path, small_site: Path, by: str) -> None:
    listed = json.loads(run(runner, ingested, "list", "--json")[1])["documents"]
    doc = next(d for d in listed if d["title"] == "Införandet pausas")
    ref = {"id": doc["id"], "url": doc["url"], "path": str(small_site / "pausen.html")}[by]
    code, out, _ = run(runner, ingested, "show", "--json", ref)
    shown = json.loads(out)
    assert code == 0
    assert {"id", "url", "title", "published", "updated", "text"} <= set(shown)
    assert shown["id"] == doc["id"] and "Patientsäkerheten går först." in shown["text"]


def test_show_text_and_missing(runner: CliRunner, ingested: Path) -> None:
    code, out, _ = run(runner, ingested, "show", "https://www.vgregion.se/ov/vgr-millennium/nyheter/pausen/")
    assert code == 0 and out.startswith("Införandet pausas\n")
    code, _, err = run(runner, ingested, "show", "no-such-doc")
    assert code == 1 and "no document 'no-such-doc'" in err


def test_stats(runner: CliRunner, ingested: Path) -> None:
    code, out, _ = run(runner, ingested, "stats", "--json")
    figures = json.loads(out)
    assert code == 0 and (figures["documents"], figures["indexed"], figures["not_indexed"]) == (3, 3, 0)
    code, out, _ = run(runner, ingested, "stats")
    assert code == 0 and "documents: 3" in out


def test_stats_without_store(runner: CliRunner, home: Path) -> None:
    code, _, err = run(runner, home, "stats")
    assert code == 1 and "run 'fvmdocs ingest' first" in err


def test_reindex(runner: CliRunner, ingested: Path) -> None:
    code, out, _ = run(runner, ingested, "reindex")
    assert code == 0 and out.strip() == "indexed 3 documents"


def test_bad_config_is_a_clear_error(runner: CliRunner, home: Path) -> None:
    config = home / "bad.toml"
    config.write_text("delay = 'x'\n", encoding="utf-8")
    result = runner.invoke(cli, ["--home", str(home), "--config", str(config), "list"])
    assert result.exit_code == 1 and "Error: " in result.stderr


def test_progress_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from fvmdocs.cli import page_progress
    from fvmdocs.settings import load_settings

    settings = load_settings(environ={})
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    with page_progress(settings, 3) as tick:
        for source in "abc":
            tick(source)
    assert "ingesting" in capsys.readouterr().err
    quiet = load_settings(environ={}, quiet=True)
    with page_progress(quiet, 3) as tick:
        tick("a")
    assert capsys.readouterr().err == ""
