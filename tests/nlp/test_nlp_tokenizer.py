"""fvmdocs.sv_news_tokenizer.v1: abbreviations, names and dashes news text needs."""

from __future__ import annotations

import pytest
from spacy.language import Language

TOKENS = [
    ("bl.a. journalen", ["bl.a.", "journalen"]),
    ("t.ex. recept", ["t.ex.", "recept"]),
    ("recept m.m. och", ["recept", "m.m.", "och"]),
    ("s.k. Millennium", ["s.k.", "Millennium"]),
    ("fr.o.m. i dag", ["fr.o.m.", "i", "dag"]),
    ("dr. Berg", ["dr.", "Berg"]),
    ("Dr. Berg", ["Dr.", "Berg"]),
    ("ca. 300 läkare", ["ca.", "300", "läkare"]),
    ("ordf. Ek", ["ordf.", "Ek"]),
    ("Ann-Sofi Lindell-Berg", ["Ann-Sofi", "Lindell-Berg"]),
    ("FVM-programmet", ["FVM-programmet"]),
    ("NU-sjukvården", ["NU-sjukvården"]),
    ("– Nu kör vi", ["–", "Nu", "kör", "vi"]),
    ("–Nu kör vi", ["–", "Nu", "kör", "vi"]),
    ("VGR:s beslut", ["VGR:s", "beslut"]),
    ("slut.", ["slut", "."]),
]


@pytest.mark.parametrize(("text", "expected"), TOKENS)
def test_tokens(rules_only: Language, text: str, expected: list[str]) -> None:
    assert [token.text for token in rules_only.make_doc(text)] == expected


def test_shipped_pipeline_uses_news_tokenizer(nlp: Language) -> None:
    assert [token.text for token in nlp.make_doc("dr. Berg")] == ["dr.", "Berg"]
