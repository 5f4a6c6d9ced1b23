"""The JSON Schema (draft 2020-12) of ``fvmdocs timeline --format json``, shipped in the package."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def schema_text() -> str:
    """The schema file as shipped."""
    return resources.files("fvmdocs").joinpath("data/schema/timeline.schema.json").read_text("utf-8")


def timeline_schema() -> dict[str, Any]:
    """The schema as a dictionary, for validators."""
    schema: dict[str, Any] = json.loads(schema_text())
    return schema
