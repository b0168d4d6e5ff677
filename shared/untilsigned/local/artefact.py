"""The built deployment artefact (`make build`, i.e. `sam build`): where it is and how to check it.

Used by the artefact test and the cold-import benchmark. Nothing here runs in Lambda; the layer leaves
`untilsigned.local` out.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path


def template_functions(template_path: Path) -> tuple[str, ...]:
    """The logical ids of the template's functions, in template order."""
    from untilsigned.local.cfn_yaml import load_template

    resources = load_template(template_path)["Resources"]
    return tuple(name for name, spec in resources.items() if spec.get("Type") == "AWS::Serverless::Function")


_ROOT = Path(__file__).resolve().parents[3]
FUNCTIONS = template_functions(_ROOT / "template.yaml") if (_ROOT / "template.yaml").is_file() else ()

# What a handler module needs from its environment at import time (the template's Globals give these).
HANDLER_ENVIRONMENT = {
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_REGION": "us-east-1",
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_LAMBDA_FUNCTION_NAME": "cold-import-check",
    "POWERTOOLS_SERVICE_NAME": "untilsigned",
    "POWERTOOLS_METRICS_NAMESPACE": "untilsigned",
    "TABLE_NAME": "app-table",
    "IDEMPOTENCY_TABLE_NAME": "idempotency-table",
    "MAIL_BUCKET": "mail-bucket",
    "RAW_MAIL_PREFIX": "inbox/",
    "INBOX_DOMAIN": "inbox.example.com",
    "SENDER_ADDRESS": "digest@example.com",
}

# The floor a handler cannot go below: the SDK and the same Powertools skeleton, without our code.
FLOOR_IMPORTS = (
    "import boto3\n"
    "from aws_lambda_powertools import Logger, Metrics, Tracer\n"
    "from aws_lambda_powertools.utilities.data_classes import SESEvent, event_source\n"
    "from aws_lambda_powertools.utilities.idempotency import DynamoDBPersistenceLayer, idempotent\n"
    "Logger(); Tracer(); Metrics()\n"
)


@dataclass(frozen=True)
class Artefact:
    root: Path  # .aws-sam/build

    @property
    def template(self) -> Path:
        return self.root / "template.yaml"

    @property
    def layer(self) -> Path:
        return self.root / "SharedLayer" / "python"

    def function(self, logical_id: str) -> Path:
        return self.root / logical_id

    @property
    def runtime_sdk(self) -> Path:
        """boto3 and botocore as the Lambda runtime provides them (outside the layer), for local checks."""
        return self.root.parent / "runtime-sdk"

    def exists(self) -> bool:
        return self.template.is_file() and self.layer.is_dir()


def find_python313(root: Path | None = None) -> str | None:
    """A working Python 3.13: `python3.13` on PATH, else one pyenv installed; None when there is none.

    The search is scripts/find-python313, which `make build` runs too.
    """
    script = (root or _ROOT) / "scripts" / "find-python313"
    done = subprocess.run([str(script)], capture_output=True, text=True, timeout=60, check=False)
    found = done.stdout.strip()
    return found if done.returncode == 0 and found else None


def directory_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def python_path(artefact: Artefact, logical_id: str | None) -> str:
    """The import path of one function in Lambda: its own folder, the layer, then the runtime's SDK."""
    parts = [str(artefact.function(logical_id))] if logical_id else []
    return os.pathsep.join([*parts, str(artefact.layer), str(artefact.runtime_sdk)])


def run_isolated(python: str, code: str, path: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run `code` in a fresh interpreter that sees only `path` (plus the standard library)."""
    environment = {**HANDLER_ENVIRONMENT, "PYTHONPATH": path, "PATH": "/usr/bin:/bin"}
    # -S: no site-packages of the interpreter; -E is not used so PYTHONPATH applies; -B: no .pyc written.
    return subprocess.run(
        [python, "-S", "-B", "-c", code],
        capture_output=True,
        text=True,
        env=environment,
        cwd=cwd,
        timeout=120,
        check=False,
    )
