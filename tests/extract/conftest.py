"""The pipeline for extraction tests, loaded once per session.

The shipped model when it is there; otherwise the model-free rules (tokenizer, sentences,
gazetteer), on which every rule-based extractor still runs.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.util import registry

from fvmdocs.errors import ModelError
from fvmdocs.nlp import load_pipeline
from fvmdocs.nlp.tokenizer import TOKENIZER_NAME


@pytest.fixture(scope="session")
def nlp() -> Language:
    try:
        return load_pipeline()
    except ModelError:
        blank = spacy.blank("sv")
        blank.tokenizer = registry.tokenizers.get(TOKENIZER_NAME)()(blank)
        blank.add_pipe("fvmdocs_sentences")
        blank.add_pipe("fvmdocs_gazetteer")
        return blank
