"""The evaluation gate (``make eval``): every quality measure against its floor.

Each stage that has gold data exposes an ``evaluate_*()`` function returning metrics
(nested dicts of floats). Floors live in ``fvmdocs/data/eval/floors.json`` as
``{"stage": {"metric.path": floor}}``; the gate fails when any metric falls below its floor
or a floor names a metric that was not measured.

    python -m fvmdocs.evaluate            # all stages
    python -m fvmdocs.evaluate search     # one stage
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

# stage -> "module:function"; imported only when that stage is evaluated.
EVALUATIONS: dict[str, str] = {
    "clean": "fvmdocs.clean.evaluate:evaluate_clean",
    "search": "fvmdocs.search.evaluate:evaluate_search",
    "extraction": "fvmdocs.extract.evaluate:evaluate_extraction",
}


@dataclass(frozen=True)
class Check:
    """One metric compared with its floor (``floor`` is None when it has none)."""

    stage: str
    metric: str
    value: float | None
    floor: float | None

    @property
    def passed(self) -> bool:
        if self.floor is None:
            return True
        return self.value is not None and self.value >= self.floor


def flatten(metrics: Mapping[str, Any], prefix: str = "") -> dict[str, float]:
    """``{"people": {"f1": 0.9}}`` -> ``{"people.f1": 0.9}``; non-numbers are dropped."""
    flat: dict[str, float] = {}
    for key, value in metrics.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(flatten(value, name + "."))
        elif isinstance(value, int | float) and not isinstance(value, bool):
            flat[name] = float(value)
    return flat


def load_floors() -> dict[str, dict[str, float]]:
    """The floors file shipped in the package."""
    text = (resources.files("fvmdocs") / "data" / "eval" / "floors.json").read_text("utf-8")
    return {stage: dict(values) for stage, values in json.loads(text).items()}


def _evaluator(stage: str) -> Callable[[], Mapping[str, Any]]:
    module_name, _, function = EVALUATIONS[stage].partition(":")
    evaluator: Callable[[], Mapping[str, Any]] = getattr(importlib.import_module(module_name), function)
    return evaluator


def run_gate(stages: list[str] | None = None) -> list[Check]:
    """Evaluate the stages (all by default) and compare each metric with its floor."""
    floors = load_floors()
    checks: list[Check] = []
    for stage in stages or list(EVALUATIONS):
        measured = flatten(_evaluator(stage)())
        stage_floors = floors.get(stage, {})
        for metric in sorted(set(measured) | set(stage_floors)):
            checks.append(Check(stage, metric, measured.get(metric), stage_floors.get(metric)))
    return checks


def format_checks(checks: list[Check]) -> str:
    """A table: stage, metric, value, floor, and a mark where a floor is broken."""
    lines = [f"{'stage':<11} {'metric':<40} {'value':>7} {'floor':>7}"]
    for check in checks:
        value = "-" if check.value is None else f"{check.value:.3f}"
        floor = "" if check.floor is None else f"{check.floor:.3f}"
        mark = "" if check.passed else "  BELOW FLOOR"
        lines.append(f"{check.stage:<11} {check.metric:<40} {value:>7} {floor:>7}{mark}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    unknown = [stage for stage in argv if stage not in EVALUATIONS]
    if unknown:
        print(f"unknown stage(s) {unknown}; have {sorted(EVALUATIONS)}", file=sys.stderr)
        return 2
    checks = run_gate(argv or None)
    print(format_checks(checks))
    failed = [c for c in checks if not c.passed]
    print(f"\n{len(checks) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
