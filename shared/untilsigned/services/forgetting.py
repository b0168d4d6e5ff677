"""Forget a user: one routine for the mailed "forget me" and the board's, so both leave nothing behind."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from untilsigned.adapters.idempotency_records import IdempotencyRecords
    from untilsigned.domain.model import User
    from untilsigned.services.ports import ApplicationStore, RawMailStore


def forget_user(
    user: User,
    store: ApplicationStore,
    mail_store: RawMailStore,
    idempotency: IdempotencyRecords | None,
    also_message_ids: Iterable[str] = (),
) -> None:
    """Delete every item (links, sessions and feeds included), every raw object and every ingest
    idempotency record of the user."""
    item_keys = store.delete_user(user)
    user_keys = mail_store.user_keys(user.user_id)
    message_ids = {key.rsplit("/", 1)[-1] for key in user_keys} | set(also_message_ids)
    # SES's own copy of each of their mails too: any other recipient has a copy of their own.
    originals = [mail_store.key_for(message_id) for message_id in message_ids]
    mail_store.delete(sorted({*item_keys, *user_keys, *originals}))
    if idempotency is not None:
        idempotency.forget(message_ids)
