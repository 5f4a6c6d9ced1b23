"""The clean gate (``make eval``): fixture pages against their gold bodies and metadata.

Gold lives beside the pages in ``tests/fixtures/pages``: ``expected.json`` (title, dates,
canonical URL) and ``<name>.gold.txt`` (the body, one block per line, no title). Held-out
pages under ``heldout/`` are scored separately, so a floor can watch them on their own.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "tests" / "fixtures" / "pages"


def token_f1(predicted: str, gold: str) -> float:
    """F1 of word tokens (as a multiset), the usual measure for main-text extraction."""
    ours = Counter(re.findall(r"\w+", predicted.lower()))
    truth = Counter(re.findall(r"\w+", gold.lower()))
    common = sum((ours & truth).values())
    if not common:
        return 0.0
    precision = common / sum(ours.values())
    recall = common / sum(truth.values())
    return 2 * precision * recall / (precision + recall)


def _score_page(entry: dict[str, Any], profile_name: str | None) -> dict[str, float]:
    from fvmdocs.clean import clean_page
    from fvmdocs.models import RawPage
    from fvmdocs.profile import builtin_profile

    path = PAGES / entry["file"]
    raw = RawPage(url=entry["url"], body=path.read_bytes(), source=entry["file"])
    doc = clean_page(raw, builtin_profile(profile_name) if profile_name else None)
    body = "\n".join(block.text for block in doc.blocks if block.kind != "title")
    gold = path.with_name(path.name.replace(".html", ".gold.txt")).read_text("utf-8")
    leaks = [phrase for phrase in entry["must_not_contain"] if phrase in doc.text]
    return {
        "body_f1": token_f1(body, gold),
        "title": float(doc.title == entry["title"]),
        "published": float(doc.published == entry["published"]),
        "updated": float(doc.updated == entry["updated"]),
        "clean_of_boilerplate": float(not leaks),
    }


def _mean(rows: list[dict[str, float]]) -> dict[str, float]:
    keys = rows[0].keys() if rows else ()
    return {key: round(sum(row[key] for row in rows) / len(rows), 4) for key in keys}


def evaluate_clean() -> dict[str, Any]:
    """Mean scores per path ("generic", "profile") and set ("dev", "heldout")."""
    entries = json.loads((PAGES / "expected.json").read_text("utf-8"))["pages"]
    rows: dict[str, list[dict[str, float]]] = {}
    for entry in entries:
        split = "heldout" if entry.get("heldout") else "dev"
        rows.setdefault(f"generic.{split}", []).append(_score_page(entry, None))
        rows.setdefault(f"profile.{split}", []).append(_score_page(entry, entry["profile"]))
    metrics: dict[str, Any] = {}
    for key, scored in rows.items():
        path, split = key.split(".")
        metrics.setdefault(path, {})[split] = _mean(scored) | {"n": len(scored)}
    return metrics
