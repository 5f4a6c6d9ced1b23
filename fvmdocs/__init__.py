"""fvmdocs: searchable, traceable facts from the Swedish news pages about FVM."""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language


def load_pipeline() -> Language:
    """The project's trained Swedish spaCy pipeline, loaded once per process."""
    from fvmdocs.nlp import load_pipeline as _load

    return _load()


__all__ = ["__version__", "load_pipeline"]
