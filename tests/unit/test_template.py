"""Shape of template.yaml: what the handlers and SES depend on, and the least-privilege rules.

Pure YAML checks; `make test` runs cfn-lint separately.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from untilsigned.local.cfn_yaml import load_template

pytestmark = pytest.mark.unit

REPO_ROOT = Path(__file__).resolve().parents[2]
TEMPLATE_PATH = REPO_ROOT / "template.yaml"
EVENTS_DIR = REPO_ROOT / "events"
FUNCTIONS = (
    "IngestFunction",
    "SweeperFunction",
    "DigestFunction",
    "SweepWorkerFunction",
    "DigestWorkerFunction",
)
SCHEDULED_FUNCTIONS = ("SweeperFunction", "DigestFunction")
# planner -> (queue, dead-letter queue, worker, concurrency parameter)
FAN_OUT = {
    "SweeperFunction": (
        "SweepQueue",
        "SweepDeadLetterQueue",
        "SweepWorkerFunction",
        "SweepWorkerConcurrency",
    ),
    "DigestFunction": (
        "DigestQueue",
        "DigestDeadLetterQueue",
        "DigestWorkerFunction",
        "DigestWorkerConcurrency",
    ),
}
# The SAM policy templates whose action lists include dynamodb:Scan.
SCANNING_POLICY_TEMPLATES = ("DynamoDBCrudPolicy", "DynamoDBReadPolicy", "DynamoDBReconfigurePolicy")
RULE_ARN_SUB = (
    "arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}"
    ":receipt-rule-set/${RuleSetInUse}:receipt-rule/${ReceiptRuleName}"
)
RULE_SET_IN_USE = {"Fn::If": ["CreateRuleSet", {"Ref": "RuleSetName"}, {"Ref": "ExistingRuleSetName"}]}


@pytest.fixture(scope="module")
def template() -> dict[str, Any]:
    return load_template(TEMPLATE_PATH)


@pytest.fixture(scope="module")
def resources(template: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = template["Resources"]
    return found


def _props(resources: dict[str, Any], logical_id: str) -> dict[str, Any]:
    found: dict[str, Any] = resources[logical_id]["Properties"]
    return found


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _walk(node: Any) -> Iterator[Any]:
    yield node
    if isinstance(node, dict):
        for child in node.values():
            yield from _walk(child)
    elif isinstance(node, list):
        for child in node:
            yield from _walk(child)


def _policy_statements(template: dict[str, Any]) -> list[dict[str, Any]]:
    """Every IAM/resource-policy statement anywhere in the template (inline SAM policies included)."""
    return [
        node
        for node in _walk(template)
        if isinstance(node, dict) and "Effect" in node and ("Action" in node or "NotAction" in node)
    ]


def _statement(policy_document: dict[str, Any], sid: str) -> dict[str, Any]:
    matches: list[dict[str, Any]] = [s for s in policy_document["Statement"] if s.get("Sid") == sid]
    assert len(matches) == 1, f"expected one statement {sid}"
    return matches[0]


def _function_statements(resources: dict[str, Any], logical_id: str) -> list[dict[str, Any]]:
    statements: list[dict[str, Any]] = []
    for policy in _props(resources, logical_id).get("Policies", []):
        if isinstance(policy, dict) and "Statement" in policy:
            statements.extend(policy["Statement"])
    return statements


def _actions_granted(statements: list[dict[str, Any]], resource_hint: str) -> set[str]:
    """Allowed actions of the statements whose Resource mentions `resource_hint`."""
    granted: set[str] = set()
    for statement in statements:
        if statement["Effect"] == "Allow" and resource_hint in repr(statement["Resource"]):
            granted.update(_as_list(statement["Action"]))
    return granted


# ------------------------------------------------------------------ globals and parameters


def test_template_is_a_sam_template_with_python313_arm64_globals(template: dict[str, Any]) -> None:
    # when
    function_globals = template["Globals"]["Function"]
    # then
    assert template["Transform"] == "AWS::Serverless-2016-10-31"
    assert function_globals["Runtime"] == "python3.13"
    assert function_globals["Architectures"] == ["arm64"]
    assert function_globals["Tracing"] == "Active"
    assert function_globals["Layers"] == [{"Ref": "SharedLayer"}]
    assert isinstance(function_globals["Timeout"], int)
    assert isinstance(function_globals["MemorySize"], int)


def test_globals_give_every_function_the_environment_the_code_reads(template: dict[str, Any]) -> None:
    # when
    variables = template["Globals"]["Function"]["Environment"]["Variables"]
    # then
    assert variables == {
        "POWERTOOLS_SERVICE_NAME": "untilsigned",
        "POWERTOOLS_METRICS_NAMESPACE": "untilsigned",
        "POWERTOOLS_LOG_LEVEL": "INFO",
        "TABLE_NAME": {"Ref": "AppTable"},
        "IDEMPOTENCY_TABLE_NAME": {"Ref": "IdempotencyTable"},
        "MAIL_BUCKET": {"Ref": "MailBucket"},
        "RAW_MAIL_PREFIX": {"Ref": "RawMailPrefix"},
        "INBOX_DOMAIN": {"Ref": "InboxDomain"},
        "SENDER_ADDRESS": {"Ref": "SenderAddress"},
        "INDEX_SHARDS": {"Ref": "IndexShards"},
    }


def test_parameters_have_the_documented_defaults(template: dict[str, Any]) -> None:
    # when
    parameters = template["Parameters"]
    # then
    assert "Default" not in parameters["InboxDomain"]
    assert "Default" not in parameters["SenderAddress"]
    assert parameters["ExistingRuleSetName"]["Default"] == ""
    assert parameters["RuleSetName"]["Default"] == "untilsigned-inbound"
    assert parameters["ReceiptRuleName"]["Default"] == "untilsigned-ingest"
    assert parameters["RawMailPrefix"]["Default"] == "inbox/"
    assert parameters["RawMailRetentionDays"]["Default"] == 90
    assert parameters["ScheduleTimezone"]["Default"] == "UTC"
    assert parameters["AlarmEmail"]["Default"] == ""
    assert parameters["IndexShards"]["Default"] == 16
    assert parameters["SesSendRate"]["Default"] == 14
    assert parameters["DigestWorkerConcurrency"]["Default"] == 3
    assert parameters["DigestWorkerConcurrency"]["MinValue"] == 2  # the event source's own minimum


def test_optional_parameters_drive_the_conditions(template: dict[str, Any]) -> None:
    # when
    conditions = template["Conditions"]
    # then
    assert conditions["CreateRuleSet"] == {"Fn::Equals": [{"Ref": "ExistingRuleSetName"}, ""]}
    assert conditions["HasAlarmEmail"] == {"Fn::Not": [{"Fn::Equals": [{"Ref": "AlarmEmail"}, ""]}]}


def test_every_ref_names_a_parameter_resource_or_pseudo_parameter(template: dict[str, Any]) -> None:
    # given
    known = set(template["Parameters"]) | set(template["Resources"])
    # when
    refs = {node["Ref"] for node in _walk(template) if isinstance(node, dict) and "Ref" in node}
    unknown = {ref for ref in refs if ref not in known and not ref.startswith("AWS::")}
    # then
    assert unknown == set()


# ---------------------------------------------------------------------------- SES inbound


def test_receipt_rule_stores_to_s3_then_invokes_ingest_asynchronously_then_stops(
    resources: dict[str, Any],
) -> None:
    # when
    actions = _props(resources, "ReceiptRule")["Rule"]["Actions"]
    # then
    assert [next(iter(action)) for action in actions] == ["S3Action", "LambdaAction", "StopAction"]
    assert actions[0]["S3Action"] == {
        "BucketName": {"Ref": "MailBucket"},
        "ObjectKeyPrefix": {"Ref": "RawMailPrefix"},
    }
    assert actions[1]["LambdaAction"] == {
        "FunctionArn": {"Fn::GetAtt": ["IngestFunction", "Arn"]},
        "InvocationType": "Event",
    }
    assert actions[2]["StopAction"] == {"Scope": "RuleSet"}


def test_receipt_rule_scans_and_only_matches_the_inbox_domain(resources: dict[str, Any]) -> None:
    # when
    rule = _props(resources, "ReceiptRule")["Rule"]
    # then
    assert rule["Name"] == {"Ref": "ReceiptRuleName"}
    assert rule["Enabled"] is True
    assert rule["ScanEnabled"] is True
    assert rule["Recipients"] == [{"Ref": "InboxDomain"}]
    assert rule["TlsPolicy"] in {"Optional", "Require"}


def test_receipt_rule_waits_for_the_bucket_policy_and_invoke_permission(resources: dict[str, Any]) -> None:
    # when
    receipt_rule = resources["ReceiptRule"]
    # then
    assert {"MailBucketPolicy", "IngestSesPermission"} <= set(_as_list(receipt_rule["DependsOn"]))
    assert receipt_rule["Properties"]["RuleSetName"] == {
        "Fn::If": ["CreateRuleSet", {"Ref": "ReceiptRuleSet"}, {"Ref": "ExistingRuleSetName"}]
    }


def test_rule_set_is_created_only_without_an_existing_one_and_never_activated(
    template: dict[str, Any], resources: dict[str, Any]
) -> None:
    # when
    rule_set = resources["ReceiptRuleSet"]
    resource_types = {resource["Type"] for resource in resources.values()}
    # then
    assert rule_set["Type"] == "AWS::SES::ReceiptRuleSet"
    assert rule_set["Condition"] == "CreateRuleSet"
    assert rule_set["Properties"] == {"RuleSetName": {"Ref": "RuleSetName"}}
    assert not any(
        t.startswith("Custom::") or t == "AWS::CloudFormation::CustomResource" for t in resource_types
    )
    assert "SetActiveReceiptRuleSet" not in TEMPLATE_PATH.read_text(encoding="utf-8")
    assert template["Outputs"]["ActivateRuleSetCommand"]["Condition"] == "CreateRuleSet"


def test_ses_may_invoke_ingest_only_from_our_rule_in_our_account(resources: dict[str, Any]) -> None:
    # when
    permission = resources["IngestSesPermission"]
    props = permission["Properties"]
    # then
    assert permission["Type"] == "AWS::Lambda::Permission"
    assert props["Action"] == "lambda:InvokeFunction"
    assert props["Principal"] == "ses.amazonaws.com"
    assert props["SourceAccount"] == {"Ref": "AWS::AccountId"}
    assert props["SourceArn"] == {"Fn::Sub": [RULE_ARN_SUB, {"RuleSetInUse": RULE_SET_IN_USE}]}
    assert "Events" not in _props(resources, "IngestFunction")


# ------------------------------------------------------------------------------- mail bucket


def test_mail_bucket_is_private_encrypted_owner_enforced_and_expires_raw_mail(
    resources: dict[str, Any],
) -> None:
    # when
    bucket = resources["MailBucket"]
    props = bucket["Properties"]
    rules = props["LifecycleConfiguration"]["Rules"]
    # then
    assert set(props["PublicAccessBlockConfiguration"].values()) == {True}
    assert len(props["PublicAccessBlockConfiguration"]) == 4
    encryption = props["BucketEncryption"]["ServerSideEncryptionConfiguration"]
    assert encryption[0]["ServerSideEncryptionByDefault"] == {"SSEAlgorithm": "AES256"}
    assert props["OwnershipControls"]["Rules"] == [{"ObjectOwnership": "BucketOwnerEnforced"}]
    assert "ObjectLockEnabled" not in props and "ObjectLockConfiguration" not in props
    expiring = [r for r in rules if "ExpirationInDays" in r]
    assert expiring == [
        {
            "Id": "ExpireRawMail",
            "Status": "Enabled",
            "Prefix": {"Ref": "RawMailPrefix"},
            "ExpirationInDays": {"Ref": "RawMailRetentionDays"},
        }
    ]
    assert any("AbortIncompleteMultipartUpload" in r for r in rules)


def test_bucket_policy_lets_ses_only_put_raw_mail_for_our_rule(resources: dict[str, Any]) -> None:
    # given
    document = _props(resources, "MailBucketPolicy")["PolicyDocument"]
    # when
    ses_statement = _statement(document, "AllowSESPuts")
    # then
    assert _props(resources, "MailBucketPolicy")["Bucket"] == {"Ref": "MailBucket"}
    assert ses_statement["Effect"] == "Allow"
    assert ses_statement["Principal"] == {"Service": "ses.amazonaws.com"}
    assert _as_list(ses_statement["Action"]) == ["s3:PutObject"]
    assert ses_statement["Resource"] == {"Fn::Sub": "${MailBucket.Arn}/${RawMailPrefix}*"}
    assert ses_statement["Condition"] == {
        "StringEquals": {"AWS:SourceAccount": {"Ref": "AWS::AccountId"}},
        "ArnLike": {"AWS:SourceArn": {"Fn::Sub": [RULE_ARN_SUB, {"RuleSetInUse": RULE_SET_IN_USE}]}},
    }


def test_bucket_policy_source_arn_never_references_the_rule_resource(resources: dict[str, Any]) -> None:
    # given: a Ref/GetAtt to the rule would make the rule and the policy depend on each other
    document = _props(resources, "MailBucketPolicy")["PolicyDocument"]
    # when
    source_arn = _statement(document, "AllowSESPuts")["Condition"]["ArnLike"]["AWS:SourceArn"]
    # then
    assert "ReceiptRule'" not in repr(source_arn)
    assert "ReceiptRuleSet" not in repr(source_arn)


def test_bucket_policy_denies_insecure_transport_to_everyone(resources: dict[str, Any]) -> None:
    # given
    document = _props(resources, "MailBucketPolicy")["PolicyDocument"]
    # when
    deny = _statement(document, "DenyInsecureTransport")
    # then
    assert deny["Effect"] == "Deny"
    assert deny["Principal"] == "*"
    assert deny["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}
    assert {"s3:GetObject", "s3:PutObject"} <= set(_as_list(deny["Action"]))


# ----------------------------------------------------------------------------------- tables


def test_app_table_is_on_demand_recoverable_encrypted_and_retained(resources: dict[str, Any]) -> None:
    # when
    table = resources["AppTable"]
    props = table["Properties"]
    # then
    assert table["DeletionPolicy"] == "Retain"
    assert table["UpdateReplacePolicy"] == "Retain"
    assert "TableName" not in props
    assert props["BillingMode"] == "PAY_PER_REQUEST"
    assert props["PointInTimeRecoverySpecification"] == {"PointInTimeRecoveryEnabled": True}
    assert props["SSESpecification"] == {"SSEEnabled": True}
    assert props["TimeToLiveSpecification"] == {"AttributeName": "expires_at", "Enabled": True}


def test_app_table_keys_and_indexes_match_the_access_patterns(resources: dict[str, Any]) -> None:
    # given
    props = _props(resources, "AppTable")
    # when
    indexes = {index["IndexName"]: index for index in props["GlobalSecondaryIndexes"]}
    attribute_types = {a["AttributeName"]: a["AttributeType"] for a in props["AttributeDefinitions"]}
    # then
    assert props["KeySchema"] == [
        {"AttributeName": "PK", "KeyType": "HASH"},
        {"AttributeName": "SK", "KeyType": "RANGE"},
    ]
    assert set(indexes) == {"DueIndex", "DigestDueIndex"}
    assert indexes["DueIndex"]["KeySchema"] == [
        {"AttributeName": "GSI1PK", "KeyType": "HASH"},
        {"AttributeName": "GSI1SK", "KeyType": "RANGE"},
    ]
    assert indexes["DigestDueIndex"]["KeySchema"] == [
        {"AttributeName": "GSI2PK", "KeyType": "HASH"},
        {"AttributeName": "GSI2SK", "KeyType": "RANGE"},
    ]
    assert all(index["Projection"] == {"ProjectionType": "ALL"} for index in indexes.values())
    assert attribute_types == dict.fromkeys(("PK", "SK", "GSI1PK", "GSI1SK", "GSI2PK", "GSI2SK"), "S")


def test_idempotency_table_matches_powertools_defaults(resources: dict[str, Any]) -> None:
    # when
    props = _props(resources, "IdempotencyTable")
    # then
    assert props["KeySchema"] == [{"AttributeName": "id", "KeyType": "HASH"}]
    assert props["AttributeDefinitions"] == [{"AttributeName": "id", "AttributeType": "S"}]
    assert props["TimeToLiveSpecification"] == {"AttributeName": "expiration", "Enabled": True}
    assert props["BillingMode"] == "PAY_PER_REQUEST"


# -------------------------------------------------------------------------------- functions


@pytest.mark.parametrize(
    ("logical_id", "code_uri"),
    [
        ("IngestFunction", "functions/ingest/"),
        ("SweeperFunction", "functions/sweeper/"),
        ("DigestFunction", "functions/digest/"),
        ("SweepWorkerFunction", "functions/sweep_worker/"),
        ("DigestWorkerFunction", "functions/digest_worker/"),
        ("BoardFunction", "functions/board/"),
    ],
)
def test_each_function_points_at_its_handler_and_inherits_the_globals(
    resources: dict[str, Any], logical_id: str, code_uri: str
) -> None:
    # when
    function = resources[logical_id]
    props = function["Properties"]
    own_variables = set(props.get("Environment", {}).get("Variables", {}))
    # then
    assert function["Type"] == "AWS::Serverless::Function"
    assert props["CodeUri"] == code_uri
    assert props["Handler"] == "app.lambda_handler"
    assert "Runtime" not in props and "Layers" not in props
    # only the queues, the sending pace and the board's address are added (BOARD_URL where sign-in links
    # are mailed; it cannot be global: the board's own function would then depend on the API that
    # depends on it)
    assert own_variables <= {
        "DIGEST_QUEUE_URL",
        "SWEEP_QUEUE_URL",
        "SES_SEND_RATE",
        "DIGEST_WORKER_CONCURRENCY",
        "BOARD_URL",
    }


def test_function_timeouts_and_memory_fit_their_work(resources: dict[str, Any]) -> None:
    # when
    ingest = _props(resources, "IngestFunction")
    digest = _props(resources, "DigestFunction")
    # then
    assert (ingest["Timeout"], ingest["MemorySize"]) == (60, 512)
    assert digest["Timeout"] == 300


def test_shared_layer_is_built_by_its_makefile_for_python313_on_arm64(resources: dict[str, Any]) -> None:
    # when
    layer = resources["SharedLayer"]
    # then
    assert layer["Type"] == "AWS::Serverless::LayerVersion"
    assert layer["Properties"]["ContentUri"] == "shared/"
    assert layer["Properties"]["CompatibleRuntimes"] == ["python3.13"]
    assert layer["Properties"]["CompatibleArchitectures"] == ["arm64"]
    assert layer["Metadata"] == {"BuildMethod": "makefile", "BuildArchitecture": "arm64"}
    makefile = (REPO_ROOT / "shared" / "Makefile").read_text()
    assert "build-SharedLayer:" in makefile and "--python-version 3.13" in makefile
    assert "manylinux2014_aarch64" in makefile


def test_ingest_async_failures_retry_twice_then_land_on_the_failure_queue(resources: dict[str, Any]) -> None:
    # when
    invoke_config = _props(resources, "IngestFunction")["EventInvokeConfig"]
    # then
    assert invoke_config["MaximumRetryAttempts"] == 2
    assert invoke_config["MaximumEventAgeInSeconds"] == 21600
    assert invoke_config["DestinationConfig"]["OnFailure"] == {
        "Type": "SQS",
        "Destination": {"Fn::GetAtt": ["IngestFailureQueue", "Arn"]},
    }


@pytest.mark.parametrize("logical_id", SCHEDULED_FUNCTIONS)
def test_scheduled_functions_run_hourly_on_schedule_v2_with_timezone_retries_and_dlq(
    resources: dict[str, Any], logical_id: str
) -> None:
    # when
    events = _props(resources, logical_id)["Events"]
    schedules = [event["Properties"] for event in events.values() if event["Type"] == "ScheduleV2"]
    # then
    assert len(schedules) == 1
    schedule = schedules[0]
    assert schedule["ScheduleExpression"] in {"rate(1 hour)"} or schedule["ScheduleExpression"].startswith(
        "cron("
    )
    assert schedule["ScheduleExpressionTimezone"] == {"Ref": "ScheduleTimezone"}
    assert schedule["DeadLetterConfig"] == {"Arn": {"Fn::GetAtt": ["SchedulerDeadLetterQueue", "Arn"]}}
    assert schedule["RetryPolicy"]["MaximumRetryAttempts"] >= 1


@pytest.mark.parametrize(
    ("logical_id", "sample_event"),
    [("SweeperFunction", "sweeper_schedule.json"), ("DigestFunction", "digest_schedule.json")],
)
def test_schedule_input_carries_the_scheduled_time_in_the_shape_of_the_sample_event(
    resources: dict[str, Any], logical_id: str, sample_event: str
) -> None:
    # given
    sample = json.loads((EVENTS_DIR / sample_event).read_text(encoding="utf-8"))
    # when
    schedule = next(iter(_props(resources, logical_id)["Events"].values()))["Properties"]
    payload = json.loads(schedule["Input"])
    # then
    assert payload["scheduled_time"] == "<aws.scheduler.scheduled-time>"
    assert payload["execution_id"] == "<aws.scheduler.execution-id>"
    assert set(payload) == set(sample)


def test_queues_are_encrypted_and_keep_messages_for_fourteen_days(resources: dict[str, Any]) -> None:
    for logical_id in ("IngestFailureQueue", "SchedulerDeadLetterQueue"):
        # when
        props = _props(resources, logical_id)
        # then
        assert resources[logical_id]["Type"] == "AWS::SQS::Queue"
        assert props["SqsManagedSseEnabled"] is True
        assert props["MessageRetentionPeriod"] == 14 * 24 * 3600


# ------------------------------------------------------------------------------------- IAM


def test_no_policy_anywhere_grants_a_wildcard_action(template: dict[str, Any]) -> None:
    # when
    actions = [
        action
        for statement in _policy_statements(template)
        for action in _as_list(statement.get("Action", [])) + _as_list(statement.get("NotAction", []))
    ]
    # then
    assert actions, "the walker found no policy statements"
    assert [action for action in actions if "*" in action] == []
    assert all("NotAction" not in statement for statement in _policy_statements(template))


def test_nothing_may_scan_a_table(template: dict[str, Any], resources: dict[str, Any]) -> None:
    # when
    actions = {
        action for statement in _policy_statements(template) for action in _as_list(statement["Action"])
    }
    policy_template_names = {
        name
        for logical_id in FUNCTIONS
        for policy in _props(resources, logical_id).get("Policies", [])
        if isinstance(policy, dict)
        for name in policy
    }
    # then
    assert not any(action.lower().startswith("dynamodb:scan") for action in actions)
    assert "dynamodb:Scan" not in TEMPLATE_PATH.read_text(encoding="utf-8")
    assert policy_template_names.isdisjoint(SCANNING_POLICY_TEMPLATES)


@pytest.mark.parametrize("logical_id", ["IngestFunction"])
def test_ingest_can_read_write_and_query_the_app_table(resources: dict[str, Any], logical_id: str) -> None:
    # given
    statements = _function_statements(resources, logical_id)
    # when
    on_table = _actions_granted(
        [s for s in statements if s["Resource"] == {"Fn::GetAtt": ["AppTable", "Arn"]}], "AppTable"
    )
    on_indexes = _actions_granted(
        [s for s in statements if s["Resource"] == {"Fn::Sub": "${AppTable.Arn}/index/*"}], "AppTable"
    )
    # then
    assert {
        "dynamodb:GetItem",
        "dynamodb:PutItem",
        "dynamodb:UpdateItem",
        "dynamodb:DeleteItem",
        "dynamodb:Query",
        "dynamodb:ConditionCheckItem",
    } <= on_table
    assert on_indexes == {"dynamodb:Query"}


@pytest.mark.parametrize(("logical_id", "needs_it"), [*((f, f == "IngestFunction") for f in FUNCTIONS)])
def test_only_ingest_touches_the_idempotency_table(
    resources: dict[str, Any], logical_id: str, needs_it: bool
) -> None:
    # when
    granted = _actions_granted(_function_statements(resources, logical_id), "IdempotencyTable")
    # then ingest also deletes a forgotten user's records in batches
    expected = {"dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"}
    if logical_id == "IngestFunction":
        expected |= {"dynamodb:BatchWriteItem"}
    assert granted == (expected if needs_it else set())


def test_ingest_reads_and_deletes_only_raw_mail_objects(resources: dict[str, Any]) -> None:
    # given
    statements = _function_statements(resources, "IngestFunction")
    # when
    object_statement = next(s for s in statements if s.get("Sid") == "RawMailObjects")
    s3_statements = [s for s in statements if any(a.startswith("s3:") for a in _as_list(s["Action"]))]
    # then
    assert set(_as_list(object_statement["Action"])) == {"s3:GetObject", "s3:DeleteObject"}
    assert object_statement["Resource"] == {"Fn::Sub": "${MailBucket.Arn}/${RawMailPrefix}*"}
    # and it writes only each user's own copies, never where SES writes
    writes = [s for s in s3_statements if "s3:PutObject" in _as_list(s["Action"])]
    assert [(s["Sid"], _as_list(s["Action"]), s["Resource"]) for s in writes] == [
        ("RawMailUserCopies", ["s3:PutObject"], {"Fn::Sub": "${MailBucket.Arn}/${RawMailPrefix}users/*"})
    ]
    # and the S3 grants name the bucket without a Ref-based policy template (no SAM cycle)
    assert all("S3ReadPolicy" not in p for p in _props(resources, "IngestFunction")["Policies"])


@pytest.mark.parametrize(
    ("logical_id", "sends"), [*((f, f in ("IngestFunction", "DigestWorkerFunction")) for f in FUNCTIONS)]
)
def test_only_ingest_and_the_digest_worker_send_mail_and_only_from_the_sender_address(
    resources: dict[str, Any], logical_id: str, sends: bool
) -> None:
    # when
    ses_statements = [
        s
        for s in _function_statements(resources, logical_id)
        if any(a.startswith("ses:") for a in _as_list(s["Action"]))
    ]
    # then
    if not sends:
        assert ses_statements == []
        return
    assert len(ses_statements) == 1
    statement = ses_statements[0]
    assert "ses:SendEmail" in _as_list(statement["Action"])
    assert statement["Condition"] == {"StringEquals": {"ses:FromAddress": {"Ref": "SenderAddress"}}}


# ------------------------------------------------------------------------------ operations


def test_every_alarm_notifies_the_alarm_topic(resources: dict[str, Any]) -> None:
    # given
    expected = {
        "IngestErrorsAlarm",
        "SweeperErrorsAlarm",
        "DigestErrorsAlarm",
        "SweepWorkerErrorsAlarm",
        "DigestWorkerErrorsAlarm",
        "IngestFailureQueueDepthAlarm",
        "SchedulerDeadLetterQueueDepthAlarm",
        "DigestDeadLetterQueueDepthAlarm",
        "SweepDeadLetterQueueDepthAlarm",
        "DigestFailuresAlarm",
        "PlanIncompleteAlarm",
        "DigestRejectedBySesAlarm",
        "QuarantineBurstAlarm",
    }
    # when
    alarms = {k: v["Properties"] for k, v in resources.items() if v["Type"] == "AWS::CloudWatch::Alarm"}
    # then
    assert expected <= set(alarms)
    for props in alarms.values():
        assert props["AlarmActions"] == [{"Ref": "AlarmTopic"}]
        assert props["Threshold"] >= 1
        assert props["ComparisonOperator"] == "GreaterThanOrEqualToThreshold"
        assert props["TreatMissingData"] == "notBreaching"
    # bursts and retried failures alarm on a count; everything else on the first occurrence
    assert all(
        alarms[name]["Threshold"] == 1 for name in expected - {"QuarantineBurstAlarm", "DigestFailuresAlarm"}
    )


@pytest.mark.parametrize(
    ("logical_id", "metric", "threshold"),
    [("DigestRejectedBySesAlarm", "DigestRejected", 1), ("QuarantineBurstAlarm", "Mail_quarantined", 20)],
)
def test_application_alarms_watch_the_metrics_the_code_emits(
    template: dict[str, Any], resources: dict[str, Any], logical_id: str, metric: str, threshold: int
) -> None:
    # given the names the digest service and the ingest handler publish (Powertools EMF)
    digest_source = (REPO_ROOT / "shared" / "untilsigned" / "services" / "digest.py").read_text()
    ingest_source = (REPO_ROOT / "functions" / "ingest" / "app.py").read_text()
    assert 'name="DigestRejected"' in digest_source
    assert 'name=f"Mail_{result.outcome}"' in ingest_source
    # when
    alarm = _props(resources, logical_id)
    # then the alarm reads that metric in the namespace and service the functions publish under
    env = template["Globals"]["Function"]["Environment"]["Variables"]
    assert alarm["Namespace"] == env["POWERTOOLS_METRICS_NAMESPACE"]
    assert alarm["Dimensions"] == [{"Name": "service", "Value": env["POWERTOOLS_SERVICE_NAME"]}]
    assert (alarm["MetricName"], alarm["Threshold"], alarm["Statistic"]) == (metric, threshold, "Sum")


def test_the_refused_digest_alarm_explains_the_ses_sandbox(resources: dict[str, Any]) -> None:
    description = _props(resources, "DigestRejectedBySesAlarm")["AlarmDescription"]
    assert "sandbox" in description and "verified" in description
    assert "aws sesv2 create-email-identity" in description and "production access" in description
    assert len(description) <= 1024  # CloudWatch's limit


@pytest.mark.parametrize("logical_id", FUNCTIONS)
def test_function_error_alarms_watch_lambda_errors_over_five_minutes(
    resources: dict[str, Any], logical_id: str
) -> None:
    # when
    alarm = _props(resources, logical_id.replace("Function", "ErrorsAlarm"))
    # then
    assert (alarm["Namespace"], alarm["MetricName"], alarm["Period"]) == ("AWS/Lambda", "Errors", 300)
    assert alarm["Dimensions"] == [{"Name": "FunctionName", "Value": {"Ref": logical_id}}]


def test_alarm_email_subscription_exists_only_when_an_address_is_given(resources: dict[str, Any]) -> None:
    # when
    subscription = resources["AlarmEmailSubscription"]
    # then
    assert subscription["Condition"] == "HasAlarmEmail"
    assert subscription["Properties"]["Protocol"] == "email"
    assert subscription["Properties"]["Endpoint"] == {"Ref": "AlarmEmail"}
    assert subscription["Properties"]["TopicArn"] == {"Ref": "AlarmTopic"}


@pytest.mark.parametrize("logical_id", FUNCTIONS)
def test_each_function_log_group_keeps_logs_thirty_days(resources: dict[str, Any], logical_id: str) -> None:
    # when
    log_group = _props(resources, logical_id.replace("Function", "LogGroup"))
    # then
    assert log_group["LogGroupName"] == {"Fn::Sub": f"/aws/lambda/${{{logical_id}}}"}
    assert log_group["RetentionInDays"] == 30


def test_outputs_name_what_scripts_and_the_readme_need(template: dict[str, Any]) -> None:
    # when
    outputs = template["Outputs"]
    # then
    assert {
        "MailBucketName",
        "AppTableName",
        "IdempotencyTableName",
        "InboxDomain",
        "SenderAddress",
        "RuleSetName",
        "IngestFunctionArn",
        "ActivateRuleSetCommand",
    } <= set(outputs)
    assert outputs["RuleSetName"]["Value"] == {
        "Fn::If": ["CreateRuleSet", {"Ref": "ReceiptRuleSet"}, {"Ref": "ExistingRuleSetName"}]
    }
    command = outputs["ActivateRuleSetCommand"]["Value"]["Fn::Sub"]
    assert command.startswith("aws ses set-active-receipt-rule-set --rule-set-name ")


# ------------------------------------------------------------------------------ fan-out


@pytest.mark.parametrize("planner", FAN_OUT)
def test_planners_only_query_the_indexes_and_enqueue(resources: dict[str, Any], planner: str) -> None:
    # given
    queue = FAN_OUT[planner][0]
    # when
    statements = _function_statements(resources, planner)
    granted = {(a, repr(s["Resource"])) for s in statements for a in _as_list(s["Action"])}
    # then: no table item access, no mail, one queue
    assert granted == {
        ("dynamodb:Query", repr({"Fn::Sub": "${AppTable.Arn}/index/*"})),
        ("sqs:SendMessage", repr({"Fn::GetAtt": [queue, "Arn"]})),
    }
    queue_variable = "DIGEST_QUEUE_URL" if planner == "DigestFunction" else "SWEEP_QUEUE_URL"
    assert _props(resources, planner)["Environment"]["Variables"] == {queue_variable: {"Ref": queue}}


@pytest.mark.parametrize("planner", FAN_OUT)
def test_workers_take_their_queue_in_batches_with_partial_failures_and_bounded_concurrency(
    resources: dict[str, Any], planner: str
) -> None:
    # given
    queue, dead_letter, worker, concurrency = FAN_OUT[planner]
    # when
    events = _props(resources, worker)["Events"]
    (source,) = [e["Properties"] for e in events.values() if e["Type"] == "SQS"]
    queue_props = _props(resources, queue)
    # then
    assert source["Queue"] == {"Fn::GetAtt": [queue, "Arn"]}
    assert source["FunctionResponseTypes"] == ["ReportBatchItemFailures"]
    assert source["BatchSize"] <= 10
    assert source["ScalingConfig"] == {"MaximumConcurrency": {"Ref": concurrency}}
    assert queue_props["RedrivePolicy"] == {
        "deadLetterTargetArn": {"Fn::GetAtt": [dead_letter, "Arn"]},
        "maxReceiveCount": 5,
    }
    # a message stays invisible while a worker may still hold it (six times the timeout)
    assert queue_props["VisibilityTimeout"] >= 6 * _props(resources, worker)["Timeout"]
    assert _props(resources, dead_letter)["SqsManagedSseEnabled"] is True


def test_the_digest_worker_updates_the_profile_puts_only_sign_in_links_and_paces_to_the_ses_rate(
    resources: dict[str, Any],
) -> None:
    # when
    on_table = _actions_granted(
        [
            s
            for s in _function_statements(resources, "DigestWorkerFunction")
            if s["Resource"] == {"Fn::GetAtt": ["AppTable", "Arn"]}
        ],
        "AppTable",
    )
    variables = _props(resources, "DigestWorkerFunction")["Environment"]["Variables"]
    # then
    assert on_table == {"dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:Query"}
    assert {k: v for k, v in variables.items() if k != "BOARD_URL"} == {
        "SES_SEND_RATE": {"Ref": "SesSendRate"},
        "DIGEST_WORKER_CONCURRENCY": {"Ref": "DigestWorkerConcurrency"},
    }


def test_ingest_concurrency_is_reserved_by_a_parameter_that_can_turn_it_off(template: dict[str, Any]) -> None:
    # given
    parameter = template["Parameters"]["IngestReservedConcurrency"]
    reserved = _props(template["Resources"], "IngestFunction")["ReservedConcurrentExecutions"]
    # then a small default, 0 meaning "reserve nothing", and the function uses it only when it is not 0
    assert (parameter["Type"], parameter["Default"], parameter["MinValue"]) == ("Number", 5, 0)
    assert template["Conditions"]["ReserveIngestConcurrency"] == {
        "Fn::Not": [{"Fn::Equals": [{"Ref": "IngestReservedConcurrency"}, 0]}]
    }
    assert reserved == {
        "Fn::If": ["ReserveIngestConcurrency", {"Ref": "IngestReservedConcurrency"}, {"Ref": "AWS::NoValue"}]
    }


# ------------------------------------------------------------------------------------ board


def test_the_board_is_behind_a_throttled_http_api_with_access_logs_free_of_personal_data(
    resources: dict[str, Any],
) -> None:
    # when
    api = _props(resources, "BoardApi")
    routes = [e["Properties"] for e in _props(resources, "BoardFunction")["Events"].values()]
    log_format = api["AccessLogSettings"]["Format"]
    # then
    assert resources["BoardApi"]["Type"] == "AWS::Serverless::HttpApi"
    assert api["DefaultRouteSettings"]["ThrottlingRateLimit"] > 0
    assert api["DefaultRouteSettings"]["ThrottlingBurstLimit"] > 0
    assert api["AccessLogSettings"]["DestinationArn"] == {"Fn::GetAtt": ["BoardAccessLogGroup", "Arn"]}
    assert routes == [{"ApiId": {"Ref": "BoardApi"}}]  # the $default route only
    for personal in ("sourceIp", "identity", "userAgent", "path"):
        assert personal not in log_format
    assert "$context.routeKey" in log_format and "$context.status" in log_format


def test_the_board_function_has_only_what_it_needs(resources: dict[str, Any]) -> None:
    # when
    statements = _function_statements(resources, "BoardFunction")
    ses = [s for s in statements if any(a.startswith("ses:") for a in _as_list(s["Action"]))]
    s3_objects = next(s for s in statements if s.get("Sid") == "RawMailObjects")
    # then: the table without its indexes, idempotency records only to delete them (forget me), raw mail
    # only under its prefix
    assert _actions_granted(_function_statements(resources, "BoardFunction"), "IdempotencyTable") == {
        "dynamodb:DeleteItem",
        "dynamodb:BatchWriteItem",
    }
    assert not [s for s in statements if s["Resource"] == {"Fn::Sub": "${AppTable.Arn}/index/*"}]
    assert set(_as_list(s3_objects["Action"])) == {"s3:GetObject", "s3:DeleteObject"}
    assert s3_objects["Resource"] == {"Fn::Sub": "${MailBucket.Arn}/${RawMailPrefix}*"}
    assert len(ses) == 1
    assert ses[0]["Condition"] == {"StringEquals": {"ses:FromAddress": {"Ref": "SenderAddress"}}}
    assert _props(resources, "BoardLogGroup")["RetentionInDays"] == 30
