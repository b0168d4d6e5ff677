"""Turn domain dataclasses into plain DynamoDB-ready dicts and back.

Driven by the dataclass type hints, so a field added to the model is stored without
touching this module. Datetimes keep their own offset (ISO 8601) so dates read back
exactly as the employer wrote them.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import datetime
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any, TypeVar, get_args, get_origin

T = TypeVar("T")


def to_item(obj: Any, *, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """Encode a dataclass instance; None is kept (as NULL) so it never falls back to a default."""
    item: dict[str, Any] = {}
    for f in dataclasses.fields(obj):
        if f.name in skip:
            continue
        item[f.name] = _encode(getattr(obj, f.name))
    return item


def from_item(cls: type[T], item: dict[str, Any], **overrides: Any) -> T:
    """Decode an item written by `to_item`; unknown attributes (keys, GSI fields) are ignored."""
    hints = _hints(cls)  # type: ignore[arg-type]
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in overrides:
            kwargs[f.name] = overrides[f.name]
        elif f.name in item:
            kwargs[f.name] = _decode(hints[f.name], item[f.name])
    return cls(**kwargs)


@cache
def _hints(cls: type[Any]) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _encode(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bool | str):
        return value
    if isinstance(value, int | float):
        return Decimal(str(value))
    if isinstance(value, set | frozenset):
        return sorted(_encode(v) for v in value)
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_item(value)
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    raise TypeError(f"cannot store {type(value).__name__}")


def _decode(hint: Any, value: Any) -> Any:
    origin = get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in get_args(hint) if a is not type(None)]
        if value is None:
            return None
        return _decode(options[0], value)
    if hint is Any:
        return value
    if origin in (list, tuple, set, frozenset):
        args = get_args(hint)
        inner = args[0] if args else Any
        decoded = [_decode(inner, v) for v in value]
        return origin(decoded)
    if origin is dict:
        return dict(value)
    if isinstance(hint, type):
        if issubclass(hint, Enum):
            return hint(value)
        if issubclass(hint, datetime):
            return datetime.fromisoformat(value)
        if hint is bool:
            return bool(value)
        if hint is int:
            return int(value)
        if hint is float:
            return float(value)
        if hint is str:
            return str(value)
        if dataclasses.is_dataclass(hint):
            return from_item(hint, value)
    return value


def user_partition(user_id: str) -> str:
    """The app table's partition that holds everything of one user."""
    return f"USER#{user_id}"
