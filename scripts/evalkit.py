"""Shared shape of corpus-evaluation figures (used by scripts/evaluate_corpus.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str  # stable key, used in scripts/eval_baseline.json
    value: float
    target: float | None = None  # the goal, printed beside the value
    higher_is_better: bool = True
    ratchet: bool = True  # False for reported-only figures such as timings
    unit: str = ""
