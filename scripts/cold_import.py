"""Cold import of each built handler under Python 3.13, against the boto3 + Powertools floor.

Each figure is the median over fresh interpreters of the time to import the handler module (`app`) with
only its function folder, the built layer (.pyc as shipped) and the runtime's SDK on the path. The floor
imports boto3 and the same Powertools skeleton (Logger, Tracer, Metrics, SES data class, idempotency)
without our code. Run `make build` first; `make benchmark` runs this.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

from untilsigned.local.artefact import (
    FLOOR_IMPORTS,
    FUNCTIONS,
    Artefact,
    directory_size,
    find_python313,
    python_path,
    run_isolated,
)

ROOT = Path(__file__).resolve().parents[1]
RUNS = 9
TIMED = "import time\nstart = time.perf_counter()\n{body}\nprint(time.perf_counter() - start)\n"


def _median_seconds(python: str, body: str, path: str, cwd: Path) -> float:
    samples = []
    for _ in range(RUNS):
        done = run_isolated(python, TIMED.format(body=body), path, cwd)
        if done.returncode != 0:
            raise RuntimeError(done.stderr)
        samples.append(float(done.stdout.split()[-1]))
    return statistics.median(samples)


def main() -> int:
    python = find_python313()
    artefact = Artefact(ROOT / ".aws-sam" / "build")
    if python is None or not artefact.exists():
        print("cold import: needs Python 3.13 and a built artefact (make build)")
        return 0
    print(f"layer: {directory_size(artefact.layer.parent) / 1024 / 1024:.1f} MiB unzipped")
    floor = _median_seconds(python, FLOOR_IMPORTS, python_path(artefact, None), artefact.root)
    print(f"cold import, median of {RUNS} fresh Python 3.13 interpreters:")
    print(f"  floor (boto3 + Powertools skeleton): {floor * 1000:.0f} ms")
    for function in FUNCTIONS:
        seconds = _median_seconds(python, "import app", python_path(artefact, function), artefact.root)
        print(f"  {function}: {seconds * 1000:.0f} ms ({seconds / floor:.2f}x the floor)")
    # Public holidays are loaded on the first business-day question about a country, never at import.
    first_use = _median_seconds(
        python,
        "import datetime\nfrom untilsigned.domain.business_days import BusinessCalendar\n"
        "BusinessCalendar('DE').add_business_days(datetime.date(2026, 12, 22), 5)",
        python_path(artefact, None),
        artefact.root,
    )
    weekends = _median_seconds(
        python,
        "import datetime\nfrom untilsigned.domain.business_days import WEEKENDS_ONLY\n"
        "WEEKENDS_ONLY.add_business_days(datetime.date(2026, 12, 22), 5)",
        python_path(artefact, None),
        artefact.root,
    )
    print(
        f"  first business-day count with a country's holidays: {first_use * 1000:.0f} ms "
        f"(weekends only: {weekends * 1000:.0f} ms); no handler imports the holiday tables at import"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
