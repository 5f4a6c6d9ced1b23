"""Search quality on the project's query set: MRR and recall@5, and compound-splitter scores.

``evaluate_search()`` with no arguments indexes the documents in
``tests/fixtures/search/docs/`` and runs ``fvmdocs/data/eval/search_queries.json``; the floor
the test suite holds it to is ``floors.json["search"]`` beside the query set.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from fvmdocs.models import Block
from fvmdocs.search.analysis import DEFAULT_SPLITTER
from fvmdocs.search.compounds import Splitter
from fvmdocs.search.index import SearchIndex
from fvmdocs.store import StoredDocument

REPO = Path(__file__).resolve().parents[2]
DEFAULT_DOCS = REPO / "tests" / "fixtures" / "search" / "docs"
DEFAULT_COMPOUNDS = REPO / "tests" / "fixtures" / "search" / "compounds.json"
RECALL_AT = 5


def _eval_file(name: str) -> str:
    return resources.files("fvmdocs").joinpath("data", "eval", name).read_text("utf-8")


def default_queries() -> list[dict[str, Any]]:
    """The shipped query set: ``[{"query", "expected": [doc ids], "note"}]``."""
    queries: list[dict[str, Any]] = json.loads(_eval_file("search_queries.json"))["queries"]
    return queries


def floors() -> dict[str, float]:
    """The quality floors the tests hold the query set to."""
    floor: dict[str, float] = json.loads(_eval_file("floors.json"))["search"]
    return floor


def load_documents(folder: Path) -> tuple[list[StoredDocument], dict[str, dict[str, list[str]]]]:
    """The JSON documents ``{id, title, published, text[, facets]}`` of a folder, as stored."""
    docs, facets = [], {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        url = f"https://example.invalid/{data['id']}/"
        docs.append(
            StoredDocument(
                id=data["id"], url=url, title=data["title"], published=data.get("published"),
                updated=None, language="sv", canonical_url=url, site=None, source=str(path),
                text=data["text"], blocks=(Block("paragraph", data["text"]),), version=1,
                version_id=1, first_seen="", last_seen="",
            )
        )
        facets[data["id"]] = data.get("facets", {})
    return docs, facets


def rank_metrics(ranked: Sequence[str], expected: Sequence[str], k: int = RECALL_AT) -> tuple[float, float]:
    """(reciprocal rank of the first expected id, share of expected ids in the top k)."""
    rr = next((1.0 / rank for rank, doc in enumerate(ranked, 1) if doc in expected), 0.0)
    found = len(set(ranked[:k]) & set(expected))
    return rr, found / len(expected)


def evaluate_search(
    queries: Sequence[Mapping[str, Any]] | None = None,
    docs_dir: Path | None = None,
    *,
    splitter: str = DEFAULT_SPLITTER,
) -> dict[str, Any]:
    """MRR and recall@5 of the query set over a fresh index of ``docs_dir``.

    Returns ``{"queries": n, "mrr": ..., "recall@5": ..., "misses": [per-query rows below 1]}``.
    """
    queries = default_queries() if queries is None else queries
    docs, facets = load_documents(docs_dir or DEFAULT_DOCS)
    if not docs:
        raise FileNotFoundError(f"no documents to evaluate in {docs_dir or DEFAULT_DOCS}")
    rows = []
    with tempfile.TemporaryDirectory(prefix="fvmdocs-eval-") as tmp:
        index = SearchIndex(Path(tmp), splitter=splitter)
        index.rebuild(docs, facets)
        for item in queries:
            ranked = [hit.id for hit in index.search(item["query"], limit=10, with_facets=False).hits]
            rr, recall = rank_metrics(ranked, item["expected"])
            rows.append({"query": item["query"], "rr": rr, "recall": recall, "top": ranked[:3]})
    n = len(rows)
    return {
        "queries": n,
        "splitter": splitter,
        "mrr": round(sum(r["rr"] for r in rows) / n, 4),
        f"recall@{RECALL_AT}": round(sum(r["recall"] for r in rows) / n, 4),
        "misses": [r for r in rows if r["rr"] < 1 or r["recall"] < 1],
    }


def evaluate_splitter(splitter: Splitter, gold: Mapping[str, Sequence[str]] | None = None) -> dict[str, float]:
    """Split points found against gold splits: precision, recall, exact-word accuracy, and the
    share of non-compounds split by mistake."""
    if gold is None:
        gold = json.loads(DEFAULT_COMPOUNDS.read_text("utf-8"))["words"]
    found = expected = correct = exact = false_splits = plain = 0
    for word, parts in gold.items():
        got = [word[a:b] for a, b in splitter.split(word)]
        got_cuts, gold_cuts = _cuts(word, got), _cuts(word, list(parts))
        found += len(got_cuts)
        expected += len(gold_cuts)
        correct += len(got_cuts & gold_cuts)
        exact += got == list(parts)
        if not parts:
            plain += 1
            false_splits += bool(got)
    return {
        "precision": round(correct / found, 3) if found else 0.0,
        "recall": round(correct / expected, 3) if expected else 0.0,
        "exact": round(exact / len(gold), 3),
        "false_split_rate": round(false_splits / plain, 3) if plain else 0.0,
    }


def _cuts(word: str, parts: list[str]) -> set[int]:
    """Where each part after the first starts in the word (linking letters ignored)."""
    cuts, position = set(), 0
    for index, part in enumerate(parts):
        position = word.find(part, position)
        if index:
            cuts.add(position)
        position += len(part)
    return cuts


if __name__ == "__main__":
    print(json.dumps(evaluate_search(), ensure_ascii=False, indent=1))
