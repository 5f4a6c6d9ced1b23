"""``fvmdocs search`` options through CliRunner: filters, sorting, facets, suggestions, HTML."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from fvmdocs.cli import cli
from fvmdocs.search import SearchIndex
from fvmdocs.search.evaluate import DEFAULT_DOCS, load_documents


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("home")
    docs, facets = load_documents(DEFAULT_DOCS)
    SearchIndex(folder / "index").rebuild(docs, facets)
    return folder


def run(home: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--home", str(home), "search", *args])
    return result.exit_code, result.stdout, result.stderr


def test_json_keys_facets_and_suggestion(home: Path) -> None:
    code, out, _ = run(home, "--json", "Cerner")
    data = json.loads(out)
    assert code == 0 and set(data) == {"query", "total", "hits", "facets", "suggestion"}
    assert set(data["hits"][0]) == {"id", "url", "title", "published", "score", "snippet"}
    assert set(data["facets"]) == {"person", "org", "type", "year"}
    assert data["facets"]["org"]["Cerner"] == 4 and data["suggestion"] is None


@pytest.mark.parametrize(
    "args, expected",
    [
        (["--type", "golive", "Millennium OR journalsystemet"], {"d02", "d28"}),
        (["--org", "Cerner", "--type", "agreement", "avtal"], {"d04", "d18"}),
        (["--person", "Åsa Lindqvist", "införandet"], {"d03"}),
        (["--since", "2025", "införandet"], {"d13", "d17"}),
        (["--since", "2024-11", "--until", "2024-11", "journalsystemet OR införandet"], {"d02", "d03"}),
    ],
)
def test_filters(home: Path, args: list[str], expected: set[str]) -> None:
    code, out, _ = run(home, "--json", *args)
    assert code == 0 and {hit["id"] for hit in json.loads(out)["hits"]} == expected


def test_sort_by_date(home: Path) -> None:
    code, out, _ = run(home, "--json", "--sort", "date", "införandet")
    dates = [hit["published"] for hit in json.loads(out)["hits"]]
    assert code == 0 and dates == sorted(dates, reverse=True)


def test_text_output_suggests(home: Path) -> None:
    code, out, _ = run(home, "journalsytemet")
    assert code == 0 and "Did you mean: journalsystem" in out


def test_html_output(home: Path) -> None:
    code, out, _ = run(home, "--html", "förlossning")
    assert code == 0 and "<mark>Förlossningsvården</mark>" in out


@pytest.mark.parametrize("args", [["--since", "maj"], ["--until", "2024-13"], ["--sort", "title"]])
def test_bad_options_are_usage_errors(home: Path, args: list[str]) -> None:
    code, _, err = run(home, *args, "Cerner")
    assert code == 2 and "Invalid value" in err

