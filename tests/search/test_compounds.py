"""Compound splitting: table of Swedish words and their parts, and the measured splitters."""

import pytest

from fvmdocs.search.compounds import LexiconSplitter, RuleSplitter, default_splitter, spans
from fvmdocs.search.evaluate import evaluate_splitter


def parts(splitter: object, word: str) -> list[str]:
    return [word[a:b] for a, b in splitter.split(word)]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "word, expected",
    [
        ("vårdinformationsmiljön", ["vård", "information", "miljön"]),
        ("journalsystemet", ["journal", "systemet"]),
        ("patientsäkerheten", ["patient", "säkerheten"]),
        ("regionstyrelsen", ["region", "styrelsen"]),
        ("arbetsmiljön", ["arbet", "miljön"]),
        ("tidplanen", ["tid", "planen"]),
        ("regionen", []),
        ("införandet", []),
        ("leverantören", []),
        ("personalen", []),
        ("kort", []),
    ],
)
def test_lexicon_splitter(word: str, expected: list[str]) -> None:
    assert parts(default_splitter(), word) == expected


@pytest.mark.parametrize(
    "word, expected",
    [
        ("informationsmiljö", ["information", "miljö"]),
        ("utbildningsinsats", ["utbildning", "insats"]),
        ("säkerhetsbrister", ["säkerhet", "brister"]),
        ("journalsystem", []),
    ],
)
def test_rule_splitter(word: str, expected: list[str]) -> None:
    assert parts(RuleSplitter(), word) == expected


def test_linking_letters_and_inflected_heads() -> None:
    splitter = LexiconSplitter({"skol": 3, "sköterska": 2, "vård": 5, "miljö": 4})
    assert parts(splitter, "skolsköterskan") == ["skol", "sköterskan"]
    assert parts(splitter, "vårdsmiljöerna") == ["vård", "miljöerna"]


def test_spans_are_runs_of_parts_but_the_whole() -> None:
    word = "vårdinformationsmiljön"
    assert set(spans(word, [(0, 4), (4, 15), (16, 22)])) == {
        "vård", "information", "miljön", "vårdinformation", "informationsmiljön",
    }


def test_shipped_lexicon_beats_the_rules_on_the_gold_words() -> None:
    lexicon, rules = evaluate_splitter(default_splitter()), evaluate_splitter(RuleSplitter())
    assert lexicon["recall"] > rules["recall"]
    assert lexicon["precision"] >= 0.95 and lexicon["false_split_rate"] <= 0.05
