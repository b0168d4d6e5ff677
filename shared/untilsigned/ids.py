"""Sortable, unguessable identifiers (ULID layout: 48-bit time + 80 random bits, Crockford base32)."""

from __future__ import annotations

import secrets
from datetime import datetime

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def _base32(value: int, length: int) -> str:
    chars = []
    for _ in range(length):
        value, index = divmod(value, 32)
        chars.append(_ALPHABET[index])
    return "".join(reversed(chars))


def new_id(moment: datetime) -> str:
    """26 characters, fixed width, so ids never prefix one another in sort keys."""
    millis = int(moment.timestamp() * 1000) & ((1 << 48) - 1)
    return _base32(millis, 10) + _base32(secrets.randbits(80), 16)


def inbox_token() -> str:
    """The local part of a personal inbox address: unguessable, lower-case, mail-safe."""
    return "u-" + _base32(secrets.randbits(100), 20).lower()
