"""Make moto's SQS cost per message what SQS's does, not per message in the queue.

moto finds a receipt handle by walking every message in the queue, twice, for each deleted
message, and asks every queued message whether it is visible through a chain of datetime
conversions on each receive, so draining 10,000 queued digests costs time quadratic in the
queue's length. That measures moto, not the workers. Installed (by the scale simulation only),
every receipt handle a message is given is remembered so a delete goes straight to its message,
and visibility is read from the clock once per check. Behaviour is moto's: unknown handles are
refused, repeated deletes are accepted, timestamps mean the same.
"""

from __future__ import annotations

import time
from typing import Any

_installed = False


def install() -> None:
    """Patch moto's Message and Queue in this process; idempotent."""
    global _installed
    if _installed:
        return
    from moto.sqs.exceptions import ReceiptHandleIsInvalid
    from moto.sqs.models import Message, Queue

    by_handle: dict[str, Any] = {}
    original_mark_received = Message.mark_received

    def mark_received(self: Message, visibility_timeout: int | None = None) -> None:
        original_mark_received(self, visibility_timeout)
        by_handle[self.receipt_handle] = self  # type: ignore[index]

    def delete_message(self: Queue, receipt_handle: str) -> None:
        if receipt_handle in self.deleted_messages:
            return
        message = by_handle.get(receipt_handle)
        if message is None or not any(m is message for m in self._messages):
            raise ReceiptHandleIsInvalid()
        self.pending_messages.discard(message)
        self.deleted_messages.update(message.all_receipt_handles)
        self._messages = [m for m in self._messages if m is not message]

    def visible(self: Message) -> bool:
        return time.time() * 1000 > self.visible_at

    def delayed(self: Message) -> bool:
        return time.time() * 1000 < self.delayed_until

    Message.visible = property(visible)  # type: ignore[assignment,method-assign]
    Message.delayed = property(delayed)  # type: ignore[assignment,method-assign]
    Message.mark_received = mark_received  # type: ignore[method-assign]
    Queue.delete_message = delete_message  # type: ignore[method-assign]
    _installed = True
