"""The CloudFormation YAML loader shared by the template tests and the local stack."""

from __future__ import annotations

from pathlib import Path

import pytest

from untilsigned.local.cfn_yaml import CfnYamlError, load_template, loads_template

pytestmark = pytest.mark.unit


def test_short_tags_become_the_long_json_form() -> None:
    # given
    text = """
Resources:
  Thing:
    Properties:
      Name: !Ref NameParam
      Arn: !GetAtt Queue.Arn
      Nested: !GetAtt Db.Endpoint.Address
      ListForm: !GetAtt [Queue, QueueName]
      Url: !Sub "https://${Host}/x"
      Pick: !If [IsProd, !Ref A, !Ref "AWS::NoValue"]
      Joined: !Join ["-", [a, !Ref B]]
      Both: !And [!Condition C1, !Not [!Equals [!Ref P, ""]]]
      Mapped: !Sub
        - "${X}-y"
        - X: !Select [0, !Split [",", !Ref Csv]]
"""
    # when
    props = loads_template(text)["Resources"]["Thing"]["Properties"]
    # then
    assert props["Name"] == {"Ref": "NameParam"}
    assert props["Arn"] == {"Fn::GetAtt": ["Queue", "Arn"]}
    assert props["Nested"] == {"Fn::GetAtt": ["Db", "Endpoint.Address"]}
    assert props["ListForm"] == {"Fn::GetAtt": ["Queue", "QueueName"]}
    assert props["Url"] == {"Fn::Sub": "https://${Host}/x"}
    assert props["Pick"] == {"Fn::If": ["IsProd", {"Ref": "A"}, {"Ref": "AWS::NoValue"}]}
    assert props["Joined"] == {"Fn::Join": ["-", ["a", {"Ref": "B"}]]}
    assert props["Both"] == {
        "Fn::And": [{"Condition": "C1"}, {"Fn::Not": [{"Fn::Equals": [{"Ref": "P"}, ""]}]}]
    }
    assert props["Mapped"] == {
        "Fn::Sub": ["${X}-y", {"X": {"Fn::Select": [0, {"Fn::Split": [",", {"Ref": "Csv"}]}]}}]
    }


def test_dates_stay_strings_as_cloudformation_reads_them() -> None:
    # when
    template = loads_template("AWSTemplateFormatVersion: 2010-09-09\nResources: {}\n")
    # then
    assert template["AWSTemplateFormatVersion"] == "2010-09-09"


def test_duplicate_keys_are_rejected_rather_than_silently_overwritten() -> None:
    # when / then
    with pytest.raises(CfnYamlError, match="duplicate key 'A'"):
        loads_template("Resources:\n  A: {Type: X}\n  A: {Type: Y}\n")


def test_getatt_without_an_attribute_is_rejected() -> None:
    # when / then
    with pytest.raises(CfnYamlError, match="Resource.Attribute"):
        loads_template("Outputs:\n  O:\n    Value: !GetAtt Queue\n")


@pytest.mark.parametrize("text", ["- just\n- a list\n", "plain scalar\n", "a: [unclosed\n"])
def test_text_that_is_not_a_template_mapping_is_rejected(text: str) -> None:
    # when / then
    with pytest.raises(CfnYamlError):
        loads_template(text)


def test_load_template_reads_a_file(tmp_path: Path) -> None:
    # given
    path = tmp_path / "t.yaml"
    path.write_text("Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n", encoding="utf-8")
    # when
    template = load_template(path)
    # then
    assert template == {"Resources": {"Bucket": {"Type": "AWS::S3::Bucket"}}}
