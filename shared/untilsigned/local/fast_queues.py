"""Make moto's standard SQS queues cost per message what SQS's do, not per message in the queue.

moto keeps a queue as one list. Every SendMessage reads the queue's attributes, and with them its
approximate counts, each a pass over every message through a chain of datetime conversions; every
ReceiveMessage filters the whole list for visible messages and reads the attributes again per
message it returns (the retention check); every delete and visibility change walks the list for
the receipt handle and rebuilds it. Filling a queue with 10,000 digests and draining it therefore
costs time quadratic in its length, and a planner measured on it measures moto, not our code.

Installed (by the scale simulation only), each standard queue keeps its messages by id in arrival
order, the visible ones in a FIFO of their own and the rest (received and hidden, or delayed) in a
heap by the moment they become visible, moved across lazily when a receive or a count asks. Each
receipt handle a message is given points straight at it. Every change re-files the message under a
new version, so an entry left behind in the FIFO or the heap is recognised as stale and skipped.
What a client sees is moto's: visibility timeouts, redrive to the dead-letter queue after
maxReceiveCount receives, unknown receipt handles refused and repeated deletes accepted, the
approximate counts, purge. Two differences, both SQS's behaviour rather than moto's: a message
that becomes visible again queues behind those already visible (SQS promises no order), and a
message past the retention period is dropped when reached rather than received. FIFO queues are
left entirely to moto.
"""

from __future__ import annotations

import heapq
import itertools
import threading
import time
from collections import deque
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass, field
from typing import Any

_installed = False
_originals: dict[tuple[type, str], Any] = {}
_versions = itertools.count(1)

READY, HIDDEN, DELAYED = "ready", "hidden", "delayed"


def _now_ms() -> float:
    # moto's unix_time_millis, without its datetime round trip
    return time.time() * 1000


@dataclass
class _QueueState:
    """One standard queue's messages, filed by when a receive may return them."""

    lock: threading.RLock = field(default_factory=threading.RLock)
    live: dict[str, Any] = field(default_factory=dict)  # message id -> Message, in arrival order
    ready: deque[tuple[int, Any]] = field(default_factory=deque)  # (version, Message), visible
    # a heap of (visible at ms, version, Message): received and hidden, or delayed
    waiting: list[tuple[float, int, Any]] = field(default_factory=list)
    hidden: int = 0  # live messages received and not yet visible again
    delayed: int = 0  # live messages whose delivery delay has not passed
    handles: dict[str, Any] = field(default_factory=dict)  # every receipt handle given -> Message

    def file(self, message: Any, now: float) -> None:
        """(Re-)file a live message where its visibility and delay put it, under a new version."""
        self._unfile(message)
        version = next(_versions)
        if message.delayed_until > now:
            where, at = DELAYED, message.delayed_until
        elif message.visible_at >= now:  # moto: visible once now > visible_at
            where, at = HIDDEN, message.visible_at
        else:
            where, at = READY, 0.0
        message._untilsigned_filing = _Filing(self, version, where)
        if where == READY:
            self.ready.append((version, message))
            return
        heapq.heappush(self.waiting, (at, version, message))
        if where == HIDDEN:
            self.hidden += 1
        else:
            self.delayed += 1

    def _unfile(self, message: Any) -> None:
        filing: _Filing | None = getattr(message, "_untilsigned_filing", None)
        if filing is None or filing.state is not self:
            return
        if filing.where == HIDDEN:
            self.hidden -= 1
        elif filing.where == DELAYED:
            self.delayed -= 1
        message._untilsigned_filing = None

    def add(self, message: Any) -> None:
        with self.lock:
            self.live[message.id] = message
            self.file(message, _now_ms())

    def remove(self, message: Any) -> None:
        key: str = message.id
        with self.lock:
            if not self.holds(message):
                raise ValueError("message is not in this queue")
            del self.live[key]
            self._unfile(message)
            for handle in message.all_receipt_handles:
                self.handles.pop(handle, None)

    def holds(self, message: Any) -> bool:
        return self.live.get(message.id) is message

    def promote(self, now: float) -> None:
        """Move every message whose hidden or delayed time has passed into the visible FIFO."""
        with self.lock:
            while self.waiting and self.waiting[0][0] < now:
                _, version, message = heapq.heappop(self.waiting)
                if _current(message, self, version):
                    self.file(message, now)

    def next_visible(self) -> Any | None:
        """Pop the oldest visible message, skipping entries a later change made stale. The message
        stays live and filed as visible until the caller receives, re-files or removes it."""
        while self.ready:
            version, message = self.ready.popleft()
            if _current(message, self, version):
                return message
        return None

    def visible(self) -> list[Any]:
        return [message for version, message in self.ready if _current(message, self, version)]


class _Filing:
    """Where a message is filed; a deep copy of the message (moto makes one per receive) shares it."""

    def __init__(self, state: _QueueState, version: int, where: str) -> None:
        self.state = state
        self.version = version
        self.where = where

    def __deepcopy__(self, memo: dict[int, Any]) -> _Filing:
        return self


def _current(message: Any, state: _QueueState, version: int) -> bool:
    filing: _Filing | None = getattr(message, "_untilsigned_filing", None)
    return filing is not None and filing.state is state and filing.version == version


class _MessagesView:
    """Stands in for moto's `queue._messages` list: append, remove and iteration go to the state."""

    def __init__(self, state: _QueueState) -> None:
        self._state = state

    def append(self, message: Any) -> None:
        self._state.add(message)

    def remove(self, message: Any) -> None:
        self._state.remove(message)

    def __iter__(self) -> Iterator[Any]:
        with self._state.lock:
            return iter(list(self._state.live.values()))

    def __len__(self) -> int:
        return len(self._state.live)


def _state(queue: Any) -> _QueueState:
    """The queue's state, made on first use from whatever moto already holds."""
    state: _QueueState | None = queue.__dict__.get("_untilsigned_state")
    if state is None:
        state = _QueueState()
        for message in queue.__dict__.pop("_messages", []):
            state.add(message)
        queue.__dict__["_untilsigned_state"] = state
    return state


def install() -> None:
    """Patch moto's Message, Queue and SQS backend in this process; idempotent."""
    global _installed
    if _installed:
        return
    from moto.core.utils import unix_time, unix_time_millis
    from moto.sqs.exceptions import InvalidParameterValue, ReceiptHandleIsInvalid
    from moto.sqs.models import Message, Queue, SQSBackend, _filter_message_attributes

    original_messages_list = Queue.messages
    original_not_visible = Queue.approximate_number_of_messages_not_visible
    original_delayed = Queue.approximate_number_of_messages_delayed
    original_count = Queue.approximate_number_of_messages
    original_delete = Queue.delete_message
    original_receive = SQSBackend.receive_message
    original_change_visibility = SQSBackend.change_message_visibility
    original_mark_received = Message.mark_received
    original_message_change_visibility = Message.change_visibility

    def get_messages(self: Queue) -> Any:
        if self.fifo_queue:
            if "_untilsigned_list" not in self.__dict__:
                self.__dict__["_untilsigned_list"] = self.__dict__.pop("_messages", [])
            return self.__dict__["_untilsigned_list"]
        return _MessagesView(_state(self))

    def set_messages(self: Queue, messages: list[Any]) -> None:
        # Queue.__init__ and purge assign a list; whether the queue is FIFO may not be known yet.
        self.__dict__["_untilsigned_list"] = messages
        state = _QueueState()
        for message in messages:
            state.add(message)
        self.__dict__["_untilsigned_state"] = state

    def counted(original: Any, count: Any) -> property:
        def getter(self: Queue) -> Any:
            if self.fifo_queue:
                return original.fget(self)
            state = _state(self)
            with state.lock:
                state.promote(_now_ms())
                return count(state)

        return property(getter)

    def mark_received(self: Message, visibility_timeout: int | None = None) -> None:
        original_mark_received(self, visibility_timeout)
        filing: _Filing | None = getattr(self, "_untilsigned_filing", None)
        if filing is not None:
            with filing.state.lock:
                filing.state.handles[self.receipt_handle] = self  # type: ignore[index]
                filing.state.file(self, _now_ms())

    def change_visibility(self: Message, visibility_timeout: int) -> None:
        original_message_change_visibility(self, visibility_timeout)
        filing: _Filing | None = getattr(self, "_untilsigned_filing", None)
        if filing is not None:
            with filing.state.lock:
                filing.state.file(self, _now_ms())

    def received_message(state: _QueueState, handle: str) -> Any:
        message = state.handles.get(handle)
        if message is None or not state.holds(message):
            raise ReceiptHandleIsInvalid()
        return message

    def delete_message(self: Queue, receipt_handle: str) -> None:
        if self.fifo_queue:
            original_delete(self, receipt_handle)
            return
        if receipt_handle in self.deleted_messages:
            return  # already deleted: SQS accepts it again
        state = _state(self)
        with state.lock:
            message = received_message(state, receipt_handle)
            self.pending_messages.discard(message)
            self.deleted_messages.update(message.all_receipt_handles)
            state.remove(message)

    def receive_message(
        self: SQSBackend,
        queue_name: str,
        count: int,
        wait_seconds_timeout: int,
        visibility_timeout: int,
        message_attribute_names: list[str] | None = None,
    ) -> list[Message]:
        queue = self.get_queue(queue_name)
        if queue.fifo_queue:
            return original_receive(
                self, queue_name, count, wait_seconds_timeout, visibility_timeout, message_attribute_names
            )
        state = _state(queue)
        polling_end = unix_time() + wait_seconds_timeout
        redrive = queue.redrive_policy if queue.dead_letter_queue is not None else None
        result: list[Message] = []
        while True:
            to_dead_letter: list[Message] = []
            with state.lock:
                now = _now_ms()
                state.promote(now)
                seen: set[str] = set()
                while len(result) < count:
                    message = state.next_visible()
                    if message is None:
                        break
                    if message.id in seen:  # received with no visibility timeout: visible still
                        state.file(message, now)
                        break
                    seen.add(message.id)
                    queue.pending_messages.discard(message)
                    if redrive and message.approximate_receive_count >= redrive["maxReceiveCount"]:
                        state.remove(message)
                        to_dead_letter.append(message)
                        continue
                    retention_seconds = int(queue.message_retention_period)  # type: ignore[attr-defined]
                    expires = message.sent_timestamp + retention_seconds * 1000
                    if expires <= now:
                        state.remove(message)  # past retention: SQS deletes it
                        continue
                    queue.pending_messages.add(message)
                    message.mark_received(visibility_timeout=visibility_timeout)
                    # a copy, as moto returns, so filtering attributes does not touch the queued message
                    message_copy = deepcopy(message)
                    _filter_message_attributes(message_copy, message_attribute_names or [])
                    result.append(message_copy)
            for message in to_dead_letter:
                queue.dead_letter_queue.add_message(message)  # type: ignore[union-attr]
            if result or not wait_seconds_timeout or unix_time() > polling_end:
                return result
            queue.wait_for_messages(1)

    def change_message_visibility(
        self: SQSBackend, queue_name: str, receipt_handle: str, visibility_timeout: int
    ) -> None:
        queue = self.get_queue(queue_name)
        if queue.fifo_queue:
            original_change_visibility(self, queue_name, receipt_handle, visibility_timeout)
            return
        state = _state(queue)
        with state.lock:
            message = received_message(state, receipt_handle)
            given = unix_time_millis() + int(visibility_timeout) * 1000
            if given - message.sent_timestamp > 43200 * 1000:
                raise InvalidParameterValue(
                    f"Value {visibility_timeout} for parameter VisibilityTimeout is invalid. Reason: Total "
                    "VisibilityTimeout for the message is beyond the limit [43200 seconds]"
                )
            message.change_visibility(visibility_timeout)
            if message.visible:
                queue.pending_messages.discard(message)

    def visible(self: Message) -> bool:
        return _now_ms() > self.visible_at

    def delayed(self: Message) -> bool:
        return _now_ms() < self.delayed_until

    def visible_messages(self: Queue) -> list[Any]:
        if self.fifo_queue:
            return list(original_messages_list.fget(self))  # type: ignore[attr-defined]
        state = _state(self)
        with state.lock:
            state.promote(_now_ms())
            return state.visible()

    patches: dict[tuple[type, str], Any] = {
        (Queue, "_messages"): property(get_messages, set_messages),
        (Queue, "messages"): property(visible_messages),
        (Queue, "approximate_number_of_messages"): counted(
            original_count, lambda s: len(s.live) - s.hidden - s.delayed
        ),
        (Queue, "approximate_number_of_messages_not_visible"): counted(
            original_not_visible, lambda s: s.hidden
        ),
        (Queue, "approximate_number_of_messages_delayed"): counted(original_delayed, lambda s: s.delayed),
        (Queue, "delete_message"): delete_message,
        (SQSBackend, "receive_message"): receive_message,
        (SQSBackend, "change_message_visibility"): change_message_visibility,
        (Message, "mark_received"): mark_received,
        (Message, "change_visibility"): change_visibility,
        (Message, "visible"): property(visible),
        (Message, "delayed"): property(delayed),
    }
    for (owner, name), replacement in patches.items():
        _originals[(owner, name)] = owner.__dict__.get(name)
        setattr(owner, name, replacement)
    _installed = True


def uninstall() -> None:
    """Restore moto's own classes. Queues made while installed are not usable afterwards."""
    global _installed
    for (owner, name), original in _originals.items():
        if original is None:
            delattr(owner, name)
        else:
            setattr(owner, name, original)
    _originals.clear()
    _installed = False
