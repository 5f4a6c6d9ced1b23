"""fvmdocs_names: first names and surname endings turn untagged capitalised words into PER."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.util import registry

from fvmdocs.errors import ModelError
from fvmdocs.nlp.names import DATA_DIR, read_cues
from fvmdocs.nlp.tokenizer import TOKENIZER_NAME


@pytest.fixture(scope="module")
def booster() -> Language:
    """Tokenizer, sentence rules and the booster, no model: entities come only from the rules."""
    blank = spacy.blank("sv")
    blank.tokenizer = registry.tokenizers.get(TOKENIZER_NAME)()(blank)
    blank.add_pipe("fvmdocs_sentences")
    blank.add_pipe("fvmdocs_names")
    return blank


PEOPLE = [
    ("Beslutet togs enligt Anna Lindqvist i går.", ["Anna Lindqvist"]),
    ("Det säger Karl-Erik Ström-Berg till tidningen.", ["Karl-Erik Ström-Berg"]),
    ("Det var Mohammed Ali Hassans förslag.", ["Mohammed Ali Hassans"]),
    ("Förbundskaptenen Erik Hamrén var nöjd.", ["Erik Hamrén"]),
    ("Mötet leddes av Gunhild Westberg.", ["Gunhild Westberg"]),
    ("Målet gjordes av Zoran Petrović.", ["Zoran Petrović"]),
    ("Det sa ordföranden Jolanta Kowalska.", ["Jolanta Kowalska"]),
    ("Enligt Svensson blir det dyrt.", []),  # a lone surname: left to the model
    ("Anna kom hem sent.", []),  # a first name alone: left to the model
    ("Sedan reste hon till Stockholm.", []),
    ("Han bor i Stockholm. Berg ligger nära.", []),
    ("Han flyttade. Göteborg ligger nära Kungsbacka.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "people"), PEOPLE)
def test_people(booster: Language, text: str, people: list[str]) -> None:
    assert [ent.text for ent in booster(text).ents if ent.label_ == "PER"] == people


def test_model_places_are_kept(booster: Language) -> None:
    doc = booster.make_doc("Anna Stockholm")
    doc.ents = [doc.char_span(5, 14, label="LOC")]
    for _name, component in booster.pipeline:
        doc = component(doc)
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("Stockholm", "LOC")]


def test_misc_becomes_person(booster: Language) -> None:
    doc = booster.make_doc("Därefter talade Maria Wennerström länge.")
    doc.ents = [doc.char_span(16, 33, label="MISC")]
    for _name, component in booster.pipeline:
        doc = component(doc)
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("Maria Wennerström", "PER")]


def test_shipped_data() -> None:
    cues = read_cues()
    assert {"Anna", "Lars", "Mohammed"} <= cues.first_names
    assert "sson" in cues.surname_endings
    assert not any(name.startswith("#") for name in cues.first_names)


def test_broken_data(tmp_path: Path) -> None:
    (tmp_path / "first_names.txt").write_text("Anna\n", encoding="utf-8")
    (tmp_path / "name_cues.json").write_text("{", encoding="utf-8")
    with pytest.raises(ModelError, match="name booster"):
        read_cues(tmp_path)
    assert DATA_DIR.is_dir()


def test_unknown_rule() -> None:
    blank = spacy.blank("sv")
    with pytest.raises(ModelError, match="unknown name booster rules"):
        blank.add_pipe("fvmdocs_names", config={"rules": ["guess"]})
