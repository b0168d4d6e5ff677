"""`untilsigned user add` for a deployed stack: outputs read from CloudFormation, one-line errors."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.stub import Stubber

from tests.conftest import ROOT
from untilsigned.cli import main
from untilsigned.local.stack import REGION, LocalStack

pytestmark = pytest.mark.integration

NEW_USER = "jordan.lee@example.com"


@pytest.fixture
def cloudformation(monkeypatch: pytest.MonkeyPatch) -> Iterator[Stubber]:
    """CloudFormation answered by a botocore Stubber; every other service goes to moto as usual."""
    client = boto3.client("cloudformation", region_name=REGION)
    real_client = boto3.Session.client

    def client_for(self: boto3.Session, service: str, *args: Any, **kwargs: Any) -> Any:
        return client if service == "cloudformation" else real_client(self, service, *args, **kwargs)

    monkeypatch.setattr(boto3.Session, "client", client_for)
    with Stubber(client) as stubber:
        yield stubber
    stubber.assert_no_pending_responses()


def _stack_outputs(stack: LocalStack) -> dict[str, Any]:
    """describe_stacks as a deployed stack answers it: the outputs template.yaml declares."""
    outputs = {
        "AppTableName": stack.environment["TABLE_NAME"],
        "InboxDomain": stack.inbox_domain,
        "SenderAddress": stack.environment["SENDER_ADDRESS"],
    }
    return {
        "Stacks": [
            {
                "StackName": "untilsigned",
                "CreationTime": "2026-11-30T10:00:00Z",
                "StackStatus": "CREATE_COMPLETE",
                "Outputs": [{"OutputKey": key, "OutputValue": value} for key, value in outputs.items()],
            }
        ]
    }


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1, err
    return err


def test_user_add_reads_the_stack_outputs_registers_and_welcomes(
    capsys: pytest.CaptureFixture[str], cloudformation: Stubber
) -> None:
    with LocalStack() as stack:
        # given a deployed stack whose outputs name its table, inbox domain and sender
        cloudformation.add_response("describe_stacks", _stack_outputs(stack), {"StackName": "untilsigned"})

        # when a user is added by stack name
        code = main(
            ["user", "add", "--email", NEW_USER, "--timezone", "Europe/London", "--stack-name", "untilsigned"]
            + ["--region", REGION]
        )

        # then they exist in that table with an inbox under the stack's domain, and got the welcome mail
        assert code == 0
        printed = capsys.readouterr().out.strip()
        inbox = printed.rsplit(" ", 1)[-1]
        assert inbox.endswith("@" + stack.inbox_domain)
        from untilsigned.services import runtime

        user = runtime.app_store().find_user_by_email(NEW_USER)
        assert user is not None and user.inbox == inbox and user.country == "GB"
        welcome = [m for m in stack.sent_mail() if NEW_USER in m.to]
        assert [m.subject for m in welcome] == ["Welcome to untilsigned: your inbox address"]
        text = welcome[0].text
        assert inbox in text
        assert "Gmail" in text and "Outlook" in text and "confirmation" in text
        assert "signed <employer>" in text and "help" in text


def test_an_unknown_stack_is_one_line_and_exit_code_2(
    capsys: pytest.CaptureFixture[str], cloudformation: Stubber
) -> None:
    # given CloudFormation knows no such stack
    cloudformation.add_client_error(
        "describe_stacks",
        service_error_code="ValidationError",
        service_message="Stack with id no-such-stack does not exist",
        http_status_code=400,
    )

    # when the stack name is wrong
    code = main(["user", "add", "--email", NEW_USER, "--stack-name", "no-such-stack", "--region", REGION])

    # then one line says so, with exit code 2 and no traceback
    assert code == 2
    assert "no stack named 'no-such-stack'" in _one_line_error(capsys)


def test_a_missing_region_is_one_line_and_exit_code_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # given no Region anywhere: neither in the environment nor in an AWS config file
    for name in ("AWS_DEFAULT_REGION", "AWS_REGION", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-config"))

    # when a user is added by stack name
    code = main(["user", "add", "--email", NEW_USER, "--stack-name", "untilsigned"])

    # then one line asks for a Region
    assert code == 2
    assert "no AWS Region" in _one_line_error(capsys)


def test_missing_credentials_are_one_line_and_exit_code_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # given no credentials: no keys in the environment, no files, and no instance metadata to ask
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    for name in (
        "AWS_PROFILE",
        "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
        "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-credentials"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")

    # when a user is added by stack name
    code = main(["user", "add", "--email", NEW_USER, "--stack-name", "untilsigned", "--region", REGION])

    # then one line says how to provide credentials
    assert code == 2
    assert "no AWS credentials" in _one_line_error(capsys)


def test_an_unknown_profile_is_one_line_and_exit_code_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-config"))
    code = main(["user", "add", "--email", NEW_USER, "--stack-name", "untilsigned", "--profile", "nobody"])
    assert code == 2
    assert "nobody" in _one_line_error(capsys)


_WITHOUT_LOCAL_EXTRA = """
import sys
sys.modules["moto"] = None  # as if the 'local' extra were not installed
sys.modules["yaml"] = None
from untilsigned.cli import main
code = main(sys.argv[1:])
assert "moto" not in sys.modules or sys.modules["moto"] is None
sys.exit(code)
"""


def _run_without_local_extra(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "AWS_CONFIG_FILE": str(tmp_path / "no-config"),
        "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "no-credentials"),
        "AWS_EC2_METADATA_DISABLED": "true",
    }
    return subprocess.run(
        [sys.executable, "-c", _WITHOUT_LOCAL_EXTRA, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_the_deploy_command_needs_no_local_extra(tmp_path: Path) -> None:
    # when user add runs for a deployed stack where neither moto nor pyyaml can be imported
    done = _run_without_local_extra(
        tmp_path, "user", "add", "--email", NEW_USER, "--stack-name", "untilsigned", "--region", REGION
    )

    # then it gets as far as asking AWS (here: no credentials) without needing them
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip() == (
        "untilsigned user add: no AWS credentials found: run 'aws configure' (or 'aws sso login'), "
        "or pass --profile"
    )


def test_replay_without_the_local_extra_names_it(tmp_path: Path) -> None:
    done = _run_without_local_extra(tmp_path, "replay", str(ROOT / "events" / "mailbox"), "--user", NEW_USER)
    assert done.returncode == 2
    assert "untilsigned[local]" in done.stderr and "Traceback" not in done.stderr
