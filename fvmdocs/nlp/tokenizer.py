"""The Swedish news tokenizer: spaCy's Swedish rules plus the abbreviations news pages use.

spaCy's ``sv`` exceptions already keep "bl.a.", "t.ex.", "m.m.", "s.k.", "fr.o.m." and
hyphenated names ("Ann-Sofi") whole and split an opening dialogue dash ("–Nu") off its word.
What it lacks are a few abbreviations whose period would otherwise become a token of its own
and look like the end of a sentence ("dr.", "ca.", "nr.", "ordf."). They are added here, in
lower case and capitalised, so that a special case wins over the suffix rule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.language import create_tokenizer as create_default_tokenizer
from spacy.tokenizer import Tokenizer
from spacy.util import registry

TOKENIZER_NAME = "fvmdocs.sv_news_tokenizer.v1"

# Abbreviations that end in a period and are missing from spaCy's Swedish exceptions.
EXTRA_ABBREVIATIONS: tuple[str, ...] = (
    "avd.",
    "bitr.",
    "ca.",
    "dr.",
    "doc.",
    "fil.dr.",
    "jfr.",
    "mdr.",
    "med.dr.",
    "nr.",
    "ordf.",
    "pga.",
    "st.",
    "t.f.",
    "tf.",
    "tfn.",
    "vs.",
    "v.d.",
    "vd.",
    "ang.",
    "enl.",
    "fig.",
    "tab.",
    "uppl.",
)


def _spellings(abbreviation: str) -> Iterable[str]:
    """The abbreviation as written mid-sentence and at the start of one."""
    yield abbreviation
    yield abbreviation[0].upper() + abbreviation[1:]


def add_news_exceptions(tokenizer: Tokenizer, abbreviations: Iterable[str]) -> None:
    """Keep each abbreviation (and its capitalised form) a single token."""
    for abbreviation in abbreviations:
        for spelling in _spellings(abbreviation):
            tokenizer.add_special_case(spelling, [{ORTH: spelling, NORM: abbreviation}])


@registry.tokenizers(TOKENIZER_NAME)
def create_news_tokenizer() -> Callable[[Language], Tokenizer]:
    """Config entry point: ``[nlp.tokenizer] @tokenizers = "fvmdocs.sv_news_tokenizer.v1"``."""

    def make_tokenizer(nlp: Language) -> Tokenizer:
        # Start from the language defaults so every sv rule stays, then add ours on top.
        tokenizer = create_default_tokenizer()(nlp)
        add_news_exceptions(tokenizer, EXTRA_ABBREVIATIONS)
        return tokenizer

    return make_tokenizer
