"""Swedish analysis: stems, compounds at the same position, accent-folded names."""

import pytest

from fvmdocs.search.analysis import (
    accented_names,
    fold,
    name_analyzer,
    stem_swedish,
    swedish_analyzer,
)


@pytest.mark.parametrize(
    "forms",
    [
        "miljö miljön miljöer miljöerna",
        "system systemet systemen systemets",
        "program programmet programmen",
        "avtal avtalet avtalen",
        "kvalitet kvaliteten",
        "region regionen regionens",
        "kvinna kvinnan kvinnor",
        "nivå nivån nivåer",
        "kommun kommunen kommunerna",
        "införande införandet",
        "tidplan tidplanen tidplaner",
        "ansvar ansvaret",
        "fråga frågan frågor",
        "läge läget",
        "kostnad kostnaden kostnader",
        "station stationen",
        "medicin medicinen",
    ],
)
def test_inflected_forms_share_a_stem(forms: str) -> None:
    assert len({stem_swedish(word) for word in forms.split()}) == 1


@pytest.mark.parametrize("a, b", [("plan", "pl"), ("kommun", "kommu"), ("station", "statio")])
def test_words_that_only_look_definite_stay_whole(a: str, b: str) -> None:
    assert stem_swedish(a) != b


def texts(text: str, mode: str = "index") -> list[tuple[str, int]]:
    return [(t.text, t.pos) for t in swedish_analyzer()(text, positions=True, mode=mode)]


def test_compound_parts_share_the_position() -> None:
    tokens = texts("den nya vårdinformationsmiljön")
    assert ("vårdinformationsmiljö", 2) in tokens
    for part in ("vård", "information", "miljö", "informationsmiljö"):
        assert (part, 2) in tokens
    assert tokens[0] == ("nya", 1)


def test_queries_are_not_split() -> None:
    assert texts("informationsmiljön", mode="query") == [("informationsmiljö", 0)]


def test_stop_words_are_dropped() -> None:
    assert [t for t, _ in texts("för och journalsystemet")] == ["journalsystem", "journal", "system"]


@pytest.mark.parametrize(
    "text, names",
    [
        ("Enligt Juha Häyhänen blir det bra.", ["Häyhänen"]),
        ("Förseningen beror på Märta Öhrn.", ["Märta", "Öhrn"]),
        ("För att Cerner ska leverera.", []),
        ("Hon säger: Åkesson har rätt.", ["Åkesson"]),
    ],
)
def test_accented_names(text: str, names: list[str]) -> None:
    assert accented_names(text, common=lambda w: w in {"förseningen"}) == names


def test_name_analyzer_folds_and_stems() -> None:
    index = [t.text for t in name_analyzer()("Häyhänens", mode="index")]
    query = [t.text for t in name_analyzer()("Hayhanen", mode="query")]
    assert index == query and fold("Häyhänen") == "Hayhanen"
