"""fvmdocs_gazetteer: named public-sector organisations come out as ORG with a stable id."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from fvmdocs.errors import ModelError
from fvmdocs.nlp.gazetteer import DEFAULT_GAZETTEER, read_gazetteer, spellings

TAGGED = [
    ("VGR har tecknat avtal om ett nytt vårdsystem.", "VGR", "vgr"),
    ("Avtalet med Cerner gäller i tio år.", "Cerner", "cerner"),
    ("Beslutet fattades av regionstyrelsen i maj.", "regionstyrelsen", "regionstyrelsen"),
    ("Regionstyrelsen fattade beslutet i maj.", "Regionstyrelsen", "regionstyrelsen"),
    ("Frågan gick till regionfullmäktige.", "regionfullmäktige", "regionfullmaktige"),
    ("Personalen på Sahlgrenska Universitetssjukhuset utbildas.", "Sahlgrenska Universitetssjukhuset", "sahlgrenska-universitetssjukhuset"),
    ("Södra Älvsborgs sjukhus börjar först.", "Södra Älvsborgs sjukhus", "sodra-alvsborgs-sjukhus"),
    ("Sedan följer NU-sjukvården och Skaraborgs Sjukhus.", "NU-sjukvården", "nu-sjukvarden"),
    ("Västkom företräder kommunerna.", "Västkom", "vastkom"),
    ("Systemet kommer från Oracle Health.", "Oracle Health", "oracle-health"),
    ("VGR:s budget för programmet ökar.", "VGR:s", "vgr"),
    ("Västra Götalandsregionens nya system införs.", "Västra Götalandsregionens", "vgr"),
    ("Även Lerums kommun deltar.", "Lerums kommun", "kommun-lerum"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "entity", "entity_id"), TAGGED)
def test_gazetteer_org(nlp: Language, text: str, entity: str, entity_id: str) -> None:
    found = {(ent.text, ent.label_, ent.ent_id_) for ent in nlp(text).ents}
    assert (entity, "ORG", entity_id) in found


def test_adjective_is_not_an_organisation(nlp: Language) -> None:
    assert "kommunal" not in {ent.text for ent in nlp("Det är en kommunal fråga.").ents}


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (
            "regionstyrelsen",
            ["regionstyrelsen", "Regionstyrelsen", "regionstyrelsens", "Regionstyrelsens"],
        ),
        ("VGR", ["VGR", "VGR:s"]),
        ("Borås Stad", ["Borås Stad", "Borås Stads"]),
        ("Inera", ["Inera", "Ineras"]),
        ("Region Halland", ["Region Halland", "Region Hallands"]),
        ("Södra Älvsborgs sjukhus", ["Södra Älvsborgs sjukhus"]),
    ],
)
def test_spellings(pattern: str, expected: list[str]) -> None:
    assert list(spellings(pattern)) == expected


def test_shipped_gazetteer_coverage() -> None:
    entries = read_gazetteer(DEFAULT_GAZETTEER)
    ids = {entry.id for entry in entries}
    assert len({i for i in ids if i.startswith("kommun-")}) == 49
    assert len({i for i in ids if i.startswith("region-")} | {"vgr"}) == 21
    assert all(entry.label == "ORG" for entry in entries)


def test_bad_gazetteer_line(tmp_path: Path) -> None:
    path = tmp_path / "orgs.jsonl"
    path.write_text(
        '{"label": "ORG", "pattern": "Inera", "id": "inera"}\n{"label": "ORG"}\n', encoding="utf-8"
    )
    with pytest.raises(ModelError, match=r"orgs.jsonl:2"):
        read_gazetteer(path)
