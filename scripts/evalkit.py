"""What the evaluation scripts share: the figure shape and the corpus entry point (the name and date
comparisons are in untilsigned.local.scoring)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Figure:
    name: str  # stable key, used in scripts/eval_baseline.json
    value: float
    target: float | None = None  # the goal, printed beside the value
    higher_is_better: bool = True
    ratchet: bool = True  # False for reported-only figures such as timings
    unit: str = ""


def default_corpus() -> Path:
    """../shared/corpus beside the project folder."""
    return Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def print_figures(run: Callable[[Path], Iterable[Figure]]) -> None:
    """Entry point of a single corpus script: `python scripts/eval_x.py [corpus-dir]`."""
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    corpus_dir = Path(arguments[0]) if arguments else default_corpus()
    for figure in run(corpus_dir):
        target = "" if figure.target is None else f" (target {figure.target:g})"
        print(f"{figure.name} = {figure.value:.4f}{figure.unit}{target}")
