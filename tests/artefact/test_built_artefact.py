"""The deployment artefact `make build` (sam build) produces, checked as Lambda would load it.

`make test` builds first wherever Python 3.13 (the functions' runtime) can be found; only where it cannot
do these tests skip.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import ROOT

from untilsigned.local.artefact import (
    FUNCTIONS,
    Artefact,
    directory_size,
    find_python313,
    python_path,
    run_isolated,
)
from untilsigned.local.cfn_yaml import load_template

pytestmark = pytest.mark.build

LAMBDA_UNZIPPED_LIMIT = 250 * 1024 * 1024  # function code and all its layers, unzipped


@pytest.fixture(scope="module")
def python313() -> str:
    found = find_python313()
    if found is None:
        pytest.skip(
            "Python 3.13 not found on PATH or under pyenv, so the artefact cannot be built or imported here "
            "(pyenv install 3.13, uv python install 3.13, or sam build --use-container with Docker)"
        )
    return found


@pytest.fixture(scope="module")
def artefact(python313: str) -> Artefact:
    built = Artefact(ROOT / ".aws-sam" / "build")
    assert built.exists(), "no built artefact: run `make build` (make test does it first)"
    assert (built.runtime_sdk / "boto3").is_dir(), "no runtime SDK beside the artefact: run `make build`"
    return built


def _with_s3_code_uris(template: dict[str, Any]) -> dict[str, Any]:
    """The built template with its local code folders as the S3 URIs `sam deploy` would upload them to."""
    translated = copy.deepcopy(template)
    for logical_id, resource in translated["Resources"].items():
        properties = resource.get("Properties", {})
        for key in ("CodeUri", "ContentUri"):
            if key in properties:
                properties[key] = f"s3://artefacts-bucket/{logical_id}.zip"
    return translated


def test_the_built_template_transforms_to_cloudformation_that_cfn_lint_passes(
    artefact: Artefact, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from samtranslator.parser.parser import Parser
    from samtranslator.translator.translator import Translator

    # given the template sam build wrote, with its code where sam deploy would upload it
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-1")
    built = _with_s3_code_uris(load_template(artefact.template))

    # when the SAM transform runs on it, offline
    parameters = {"InboxDomain": "inbox.example.com", "SenderAddress": "digest@example.com"}
    cloudformation = Translator(managed_policy_map={}, sam_parser=Parser()).translate(
        sam_template=built, parameter_values=parameters
    )

    # then the result is plain CloudFormation, and cfn-lint finds nothing in it
    assert "Transform" not in cloudformation
    types = {resource["Type"] for resource in cloudformation["Resources"].values()}
    assert "AWS::Lambda::Function" in types and "AWS::Lambda::LayerVersion" in types
    assert not any(kind.startswith("AWS::Serverless::") for kind in types)
    output = tmp_path / "cloudformation.json"
    output.write_text(json.dumps(cloudformation))
    lint = subprocess.run(
        [str(Path(sys.executable).parent / "cfn-lint"), str(output)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert lint.returncode == 0, lint.stdout + lint.stderr


@pytest.mark.parametrize("function", FUNCTIONS)
def test_each_handler_imports_with_only_its_folder_the_layer_and_the_runtime_sdk(
    artefact: Artefact, python313: str, function: str
) -> None:
    # when the handler module is imported under Python 3.13 the way Lambda does it
    done = run_isolated(
        python313,
        "import app, sys, botocore, aws_lambda_powertools\n"
        "assert callable(app.lambda_handler)\n"
        "assert 'holidays' not in sys.modules, 'the holiday tables load on first use, not at import'\n"
        "print(sys.version_info[:2] == (3, 13), botocore.__file__, aws_lambda_powertools.__file__)\n",
        python_path(artefact, function),
        cwd=artefact.root,
    )

    # then it loads, with botocore from the runtime and Powertools from the layer
    assert done.returncode == 0, done.stderr
    is_313, botocore_file, powertools_file = done.stdout.split()
    assert is_313 == "True"
    assert botocore_file.startswith(str(artefact.runtime_sdk))
    assert powertools_file.startswith(str(artefact.layer))


def test_the_layer_holds_no_sdk_and_stays_small(artefact: Artefact, record_property: Any) -> None:
    # when the layer's folders are listed
    top_level = {path.name for path in artefact.layer.iterdir()}

    # then boto3 and botocore are not in it (the runtime provides them), nor is the local stack
    assert not {"boto3", "botocore", "s3transfer", "moto"} & top_level
    assert not (artefact.layer / "untilsigned" / "local").exists()
    assert {
        "untilsigned",
        "aws_lambda_powertools",
        "aws_xray_sdk",
        "bs4",
        "icalendar",
        "holidays",
    } <= top_level
    size = directory_size(artefact.layer.parent)
    record_property("layer_bytes_unzipped", size)
    print(f"layer size unzipped: {size / 1024 / 1024:.1f} MiB")
    assert size < LAMBDA_UNZIPPED_LIMIT


def test_public_holidays_work_from_the_layer(artefact: Artefact, python313: str) -> None:
    # the layer drops the holiday names' translations; the dates must still be there
    done = run_isolated(
        python313,
        "import datetime, holidays\n"
        "german = holidays.country_holidays('DE', years=2026)\n"
        "assert datetime.date(2026, 12, 25) in german and datetime.date(2026, 12, 24) not in german\n",
        python_path(artefact, None),
        cwd=artefact.root,
    )
    assert done.returncode == 0, done.stderr
