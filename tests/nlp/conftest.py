"""Fixtures for the pipeline tests: the shipped model (loaded once) and a model-free tokenizer."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.util import registry

from fvmdocs.nlp import load_pipeline
from fvmdocs.nlp.tokenizer import TOKENIZER_NAME


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture(scope="session")
def rules_only() -> Language:
    """Tokenizer and sentence rules without the trained model: fast and model-independent."""
    blank = spacy.blank("sv")
    blank.tokenizer = registry.tokenizers.get(TOKENIZER_NAME)()(blank)
    blank.add_pipe("fvmdocs_sentences")
    return blank
