"""Read a CloudFormation/SAM YAML template into plain Python data.

CloudFormation's short tags (`!Ref X`, `!GetAtt A.B`, `!Sub ...`) become the long JSON form
(`{"Ref": "X"}`, `{"Fn::GetAtt": ["A", "B"]}`, `{"Fn::Sub": ...}`), so callers walk one shape.
Used by the template tests and by the local stack, which builds moto resources from template.yaml.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

__all__ = ["CfnYamlError", "load_template", "loads_template"]


class CfnYamlError(ValueError):
    """The text is not a CloudFormation template this loader can read."""


# `!Ref` and `!Condition` are not `Fn::` functions; every other short tag is.
_UNPREFIXED_TAGS = frozenset({"Ref", "Condition"})


class _CfnLoader(yaml.SafeLoader):
    """SafeLoader that keeps dates as strings and understands CloudFormation short tags."""


# CloudFormation reads `2010-09-09` and friends as strings; YAML 1.1 would make them dates.
_CfnLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _construct_short_tag(loader: _CfnLoader, tag_suffix: str, node: yaml.Node) -> dict[str, Any]:
    key = tag_suffix if tag_suffix in _UNPREFIXED_TAGS else f"Fn::{tag_suffix}"
    value: Any
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
        # `!GetAtt Resource.Attribute` is shorthand for the two-item list; attributes may contain dots.
        if tag_suffix == "GetAtt":
            resource, dot, attribute = str(value).partition(".")
            if not dot:
                raise CfnYamlError(f"!GetAtt needs Resource.Attribute, got {value!r} at {node.start_mark}")
            value = [resource, attribute]
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    elif isinstance(node, yaml.MappingNode):
        value = loader.construct_mapping(node, deep=True)
    else:  # pragma: no cover - PyYAML has no other node kinds
        raise CfnYamlError(f"unsupported node for !{tag_suffix} at {node.start_mark}")
    return {key: value}


def _construct_mapping_without_duplicates(loader: _CfnLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    # CloudFormation rejects duplicate keys; PyYAML would silently keep the last one.
    loader.flatten_mapping(node)
    mapping: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in mapping:
            raise CfnYamlError(f"duplicate key {key!r} at {key_node.start_mark}")
        mapping[key] = loader.construct_object(value_node, deep=True)
    return mapping


_CfnLoader.add_multi_constructor("!", _construct_short_tag)
_CfnLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping_without_duplicates
)


def loads_template(text: str) -> dict[str, Any]:
    """Parse template text; the top level must be a mapping."""
    try:
        data = yaml.load(text, Loader=_CfnLoader)  # a SafeLoader subclass, never full yaml.Loader
    except yaml.YAMLError as error:
        raise CfnYamlError(str(error)) from error
    if not isinstance(data, dict):
        raise CfnYamlError(f"a template is a mapping at the top level, got {type(data).__name__}")
    return data


def load_template(path: str | Path) -> dict[str, Any]:
    """Read and parse the template file at `path`."""
    return loads_template(Path(path).read_text(encoding="utf-8"))
