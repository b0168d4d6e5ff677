"""Measure mail understanding on the third-party corpora in ../shared/corpus.

Prints every figure beside its target and fails when a ratcheted figure falls below the
committed baseline (scripts/eval_baseline.json), so quality can only go up. Run with
--update-baseline after an improvement. Skips cleanly when the corpus folder is absent.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evalkit import Figure  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
BASELINE = Path(__file__).resolve().parent / "eval_baseline.json"
SUITES = ("eval_recruiter", "eval_forwarded", "eval_mime")
TOLERANCE = 1e-6


def regressions(figures: list[Figure], baseline: dict[str, float]) -> list[str]:
    failures = []
    for figure in figures:
        if not figure.ratchet or figure.name not in baseline:
            continue
        floor = baseline[figure.name]
        worse = (
            figure.value < floor - TOLERANCE if figure.higher_is_better else figure.value > floor + TOLERANCE
        )
        if worse:
            failures.append(f"{figure.name}: {figure.value:.4f} is worse than the baseline {floor:.4f}")
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--update-baseline", action="store_true")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"evaluation skipped: {args.corpus} not found")
        return 0

    figures: list[Figure] = []
    for suite in SUITES:
        module = importlib.import_module(suite)
        figures.extend(module.run(args.corpus))

    print(f"\n{'figure':44} {'value':>10} {'target':>10}  baseline")
    baseline: dict[str, float] = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    for figure in figures:
        sign = ">=" if figure.higher_is_better else "<="
        target = "" if figure.target is None else f"{sign}{figure.target:g}"
        base = baseline.get(figure.name)
        shown_base = "" if base is None or not figure.ratchet else f"{base:.4f}"
        unit = f" {figure.unit}" if figure.unit else ""
        print(f"{figure.name:44} {figure.value:>10.4f} {target:>10}  {shown_base}{unit}")

    if args.update_baseline:
        kept = {f.name: f.value for f in figures if f.ratchet}
        BASELINE.write_text(json.dumps(dict(sorted(kept.items())), indent=2) + "\n")
        print(f"\nbaseline written: {BASELINE}")
        return 0
    failures = regressions(figures, baseline)
    for failure in failures:
        print(f"REGRESSION {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
