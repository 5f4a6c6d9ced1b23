"""The shipped Swedish spaCy pipeline: ``load_pipeline()`` and the components it is built from.

The pipeline lives in ``fvmdocs/nlp/model/`` (see ``MODEL_CARD.md``; retrain with
``make model``). Its components, in order:

* tokenizer ``fvmdocs.sv_news_tokenizer.v1`` (``tokenizer.py``): spaCy's Swedish rules plus
  news abbreviations;
* ``fvmdocs_sentences`` (``sentences.py``): rule-based sentence boundaries;
* ``tok2vec`` + ``ner``: trained on the Swedish NER corpus (PER, ORG, LOC, MISC);
* ``fvmdocs_names`` (``names.py``): people the model missed, from first names and surname
  endings in ``fvmdocs/data/gazetteer/``;
* ``fvmdocs_gazetteer`` (``gazetteer.py``): named public-sector organisations from
  ``fvmdocs/data/gazetteer/organisations.jsonl``.

Later stages add their own components to the shared pipeline with :func:`ensure_pipe`,
which is idempotent, so every caller may ask for what it needs::

    nlp = load_pipeline()
    ensure_pipe(nlp, "fvmdocs_roles", after="fvmdocs_gazetteer")

The factory (``@Language.factory("fvmdocs_roles")``) must be registered in an importable
module (import it before calling ``ensure_pipe``).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from fvmdocs.errors import ModelError

# Imported for their side effect: they register the factories the model's config names.
from fvmdocs.nlp import gazetteer, names, sentences, tokenizer  # noqa: F401

MODEL_DIR = Path(__file__).resolve().parent / "model"


def load_pipeline_from(model_dir: Path) -> Language:
    """Load a pipeline directory, uncached; ModelError if it is missing or unreadable."""
    if not (model_dir / "config.cfg").is_file():
        raise ModelError(
            f"no spaCy pipeline at {model_dir} (config.cfg missing); "
            "reinstall fvmdocs or rebuild the model with `make model`"
        )
    try:
        return spacy.load(model_dir)
    except ModelError:
        raise
    except Exception as exc:  # spaCy raises many types for a broken directory
        raise ModelError(f"cannot load the spaCy pipeline at {model_dir}: {exc}") from exc


@functools.cache
def load_pipeline() -> Language:
    """The shipped pipeline, loaded once per process and shared by every caller.

    >>> doc = load_pipeline()("Regionstyrelsen i Västra Götalandsregionen beslutade i maj.")
    >>> [(ent.text, ent.label_) for ent in doc.ents][0]
    ('Regionstyrelsen', 'ORG')
    """
    return load_pipeline_from(MODEL_DIR)


def ensure_pipe(nlp: Language, factory: str, **add_pipe_args: Any) -> Any:
    """Add component ``factory`` to ``nlp`` unless it is there already; return the component."""
    name = add_pipe_args.pop("name", factory)
    if name in nlp.pipe_names:
        return nlp.get_pipe(name)
    return nlp.add_pipe(factory, name=name, **add_pipe_args)


__all__ = ["MODEL_DIR", "ModelError", "ensure_pipe", "load_pipeline", "load_pipeline_from"]
