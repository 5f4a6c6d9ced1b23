"""The quality gate: the project's query set must stay above the floors in floors.json."""

from fvmdocs.search.evaluate import default_queries, evaluate_search, floors, rank_metrics


def test_query_set_is_big_enough() -> None:
    queries = default_queries()
    assert len(queries) >= 25 and all(q["expected"] for q in queries)


def test_search_quality_is_above_the_floor() -> None:
    report = evaluate_search()
    floor = floors()
    assert report["mrr"] >= floor["mrr"], report["misses"]
    assert report["recall@5"] >= floor["recall@5"], report["misses"]


def test_rank_metrics() -> None:
    assert rank_metrics(["a", "b", "c"], ["b", "z"]) == (0.5, 0.5)
    assert rank_metrics([], ["a"]) == (0.0, 0.0)
