"""load_pipeline(): one cached pipeline per process, ModelError for a missing or broken model."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import fvmdocs
from fvmdocs.errors import ModelError
from fvmdocs.nlp import MODEL_DIR, ensure_pipe, load_pipeline, load_pipeline_from

EXPECTED_PIPES = ["fvmdocs_sentences", "tok2vec", "ner", "fvmdocs_names", "fvmdocs_gazetteer"]


def test_cached_same_object() -> None:
    assert load_pipeline() is load_pipeline()
    assert fvmdocs.load_pipeline() is load_pipeline()


def test_shipped_pipeline_components() -> None:
    assert load_pipeline().pipe_names == EXPECTED_PIPES


def test_shipped_model_is_small() -> None:
    size = sum(path.stat().st_size for path in MODEL_DIR.rglob("*") if path.is_file())
    assert size < 30 * 1024 * 1024


def test_missing_model_dir(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="make model"):
        load_pipeline_from(tmp_path / "missing")


def test_broken_model_dir(tmp_path: Path) -> None:
    (tmp_path / "config.cfg").write_text("[nlp\nlang = ", encoding="utf-8")
    with pytest.raises(ModelError, match="cannot load"):
        load_pipeline_from(tmp_path)


def test_ensure_pipe_is_idempotent() -> None:
    # A blank pipeline, not the shared one, so the test leaves no trace behind.
    blank = spacy.blank("sv")
    first = ensure_pipe(blank, "fvmdocs_sentences")
    assert ensure_pipe(blank, "fvmdocs_sentences") is first
    assert blank.pipe_names == ["fvmdocs_sentences"]
