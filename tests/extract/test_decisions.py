"""Decisions: one row per Swedish way of saying that a body or person decided, or will."""

from __future__ import annotations

import pytest

from fvmdocs.extract.decisions import decisions_in_sentence


@pytest.mark.parametrize(
    ("sentence", "by", "planned"),
    [
        ("Regionstyrelsen beslutade den 12 mars att pausa införandet.", "Regionstyrelsen", False),
        ("Regionfullmäktige har beslutat att anslå 200 miljoner kronor.", "Regionfullmäktige", False),
        ("Hälso- och sjukvårdsstyrelsen fattade beslut om tidplanen i februari.", "Hälso- och sjukvårdsstyrelsen", False),
        ("Det var programstyrelsen som tog beslutet i tisdags.", "programstyrelsen", False),
        ("Regionstyrelsen godkände avtalet på tisdagen.", "Regionstyrelsen", False),
        ("Fullmäktige antog den nya budgeten i november 2023.", "Fullmäktige", False),
        ("Programstyrelsen fastställde tidplanen den 5 februari.", "Programstyrelsen", False),
        ("Styrelsen utsåg i januari Lisa Ek till ny programchef.", "Styrelsen", False),
        ("Regionstyrelsen beviljade i december extra medel.", "Regionstyrelsen", False),
        ("Regionstyrelsen gav i oktober regiondirektören i uppdrag att ta fram en plan.", "Regionstyrelsen", False),
        ("Regionstyrelsen ställde sig bakom beslutet den 26 november.", "Regionstyrelsen", False),
        ("Kommunstyrelsen i Borås beslutade i går att ansluta sig.", "Kommunstyrelsen i Borås", False),
        ("Västkoms styrelse beslutade i maj att rekommendera anslutning.", "Västkoms styrelse", False),
        ("Revisorerna beslutade att granska programmet.", "Revisorerna", False),
        ("I måndags beslutade regionstyrelsen att gå vidare.", "regionstyrelsen", False),
        # passives
        ("Beslutet fattades av regiondirektören den 20 november.", "regiondirektören", False),
        ("Avtalet har godkänts av regionfullmäktige.", "regionfullmäktige", False),
        ("Avtalet godkändes i regionfullmäktige den 14 juni.", "regionfullmäktige", False),
        ("Det beslutades i mars att starta om arbetet.", None, False),
        ("I januari fattades beslut om att skjuta upp starten.", None, False),
        # future, conditional and negated: no decision taken (planned)
        ("Regionstyrelsen ska besluta om den nya tidplanen i april.", "Regionstyrelsen", True),
        ("Regionfullmäktige väntas besluta om budgeten i juni.", "Regionfullmäktige", True),
        ("Frågan ska beslutas av regionfullmäktige i juni.", "regionfullmäktige", True),
        ("Regionstyrelsen har inte fattat beslut om avtalet.", "Regionstyrelsen", True),
        ("Regionstyrelsen beslutar i dag om avtalet.", "Regionstyrelsen", True),
    ],
)  # fmt: skip
def test_decisions_in_sentence(sentence: str, by: str | None, planned: bool) -> None:
    found = decisions_in_sentence(sentence)
    assert [(d.by, d.planned) for d in found] == [(by, planned)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vårdförbundet ställde sig bakom kritiken.",
        "Kommunerna gav sitt stöd till planen.",
        "Beslutet kan komma att omprövas.",
        "Regionstyrelsen kommer att fatta beslut om införandet i maj.",
        "Regionstyrelsen kan komma att besluta om saken i höst.",
    ],
)
def test_no_decision(sentence: str) -> None:
    assert [d for d in decisions_in_sentence(sentence) if not d.planned] == []
