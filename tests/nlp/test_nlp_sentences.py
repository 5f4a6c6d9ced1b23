"""fvmdocs_sentences: one row per Swedish text and the sentences it must yield."""

from __future__ import annotations

import pytest
from spacy.language import Language

SEGMENTATION = [
    ("Styrelsen beslutade i går. Nu börjar arbetet.", ["Styrelsen beslutade i går.", "Nu börjar arbetet."]),
    ("Är tidplanen klar? Ja! Det är den.", ["Är tidplanen klar?", "Ja!", "Det är den."]),
    ("Det gäller bl.a. journalen och t.ex. läkemedel.", ["Det gäller bl.a. journalen och t.ex. läkemedel."]),
    ("Det gäller bl.a. Skövde och Borås.", ["Det gäller bl.a. Skövde och Borås."]),
    ("Systemet, s.k. Millennium, införs fr.o.m. den 5 juni.", ["Systemet, s.k. Millennium, införs fr.o.m. den 5 juni."]),
    ("Kostnaden är ca 2 miljarder, dvs. mer än väntat.", ["Kostnaden är ca 2 miljarder, dvs. mer än väntat."]),
    ("Beslutet togs den 17 maj. Sedan följde en paus.", ["Beslutet togs den 17 maj.", "Sedan följde en paus."]),
    ("Mötet hölls den 1. maj i Vänersborg.", ["Mötet hölls den 1. maj i Vänersborg."]),
    ("Det sade dr. Lindqvist på mötet.", ["Det sade dr. Lindqvist på mötet."]),
    # "med" ends a sentence ("ska vara med."); only titles keep a period before a name
    ("Tre mottagningar ska vara med. Regionens AI-råd godkände.", ["Tre mottagningar ska vara med.", "Regionens AI-råd godkände."]),
    ("Rapporten skrevs av A. Svensson och B. Holm.", ["Rapporten skrevs av A. Svensson och B. Holm."]),
    ("Det gäller journaler, recept m.m. Nästa steg är utbildning.", ["Det gäller journaler, recept m.m.", "Nästa steg är utbildning."]),
    (
        "Vi är redo. – Nu kör vi, säger Ann-Sofi Berg. – Det blir bra.",
        ["Vi är redo.", "– Nu kör vi, säger Ann-Sofi Berg.", "– Det blir bra."],
    ),
    ("Programmet – som startade 2019 – är försenat.", ["Programmet – som startade 2019 – är försenat."]),
    ("”Vi är klara.” Sedan gick han.", ["”Vi är klara.”", "Sedan gick han."]),
    ("Ny tidplan för FVM\n\nRegionen har beslutat", ["Ny tidplan för FVM", "Regionen har beslutat"]),
    ("Rubrik utan punkt\nbrödtext med liten bokstav", ["Rubrik utan punkt", "brödtext med liten bokstav"]),
    ("Ingen vet ännu... Men alla väntar.", ["Ingen vet ännu...", "Men alla väntar."]),
    ("Införandet sker 2024. ännu inte beslutat", ["Införandet sker 2024. ännu inte beslutat"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SEGMENTATION)
def test_sentences(rules_only: Language, text: str, expected: list[str]) -> None:
    sentences = [sent.text.strip() for sent in rules_only(text).sents]
    assert sentences == expected


def test_shipped_pipeline_segments_by_rule(nlp: Language) -> None:
    assert "fvmdocs_sentences" in nlp.pipe_names
    doc = nlp("Regionstyrelsen fattade beslutet den 17 maj. – Nu går vi vidare, säger hon.")
    assert len(list(doc.sents)) == 2


def test_empty_text(rules_only: Language) -> None:
    assert list(rules_only("").sents) == []
