"""scripts/scale_sim.py, small: every due user gets one digest and every due application is swept,
with failures injected into worker batches. Correctness only; the figures come from `make benchmark`."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.integration


def test_a_small_digest_hour_serves_everyone_once_despite_failed_batches() -> None:
    # given a few hundred users, some due, no injected latency, and a fault in one batch in ten (at 0.3 a
    # record can fail five times in a row and rightly land on the dead-letter queue)
    command = [
        sys.executable,
        str(ROOT / "scripts" / "scale_sim.py"),
        *("--users", "300", "--due", "120", "--json", "--failure-rate", "0.1", "--concurrency", "4"),
        *("--dynamodb-ms", "0", "--sqs-ms", "0", "--ses-ms", "0", "--s3-ms", "0", "--ses-rate", "1000"),
    ]

    # when the simulation runs in its own process (it patches moto and the AWS clients)
    finished = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=600, check=False)

    # then it printed one JSON object, and every due user and application was served exactly once
    figures = json.loads(finished.stdout)
    assert finished.returncode == 0, {k: v for k, v in figures.items() if k != "requests_per_user_month"}
    assert (figures["digests_sent"], figures["duplicate_digests"], figures["missing_digests"]) == (120, 0, 0)
    assert figures["unexpected_digests"] == 0 and figures["applications_not_swept"] == 0
    assert figures["dead_lettered"] == {"digest": 0, "sweep": 0}
    assert figures["injected_batch_faults"]["digest"] > 0 and figures["failed_records_retried"]["digest"] > 0
    assert figures["max_users_per_invocation"] <= 10
    assert figures["planned"]["digest"]["planned"] == 120 and figures["planned"]["digest"]["complete"]
    assert set(figures["requests_per_user_month"]) == {"ses", "s3", "dynamodb", "sqs", "lambda"}
