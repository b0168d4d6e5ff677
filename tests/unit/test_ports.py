"""The services' ports: the adapters answer them, and a conflicting save is retried only so often."""

from __future__ import annotations

from typing import Literal

import pytest

from untilsigned.adapters.dynamo import AppStore
from untilsigned.adapters.mail_sender import MailSender
from untilsigned.adapters.mail_store import MailStore
from untilsigned.services.ports import (
    ApplicationStore,
    Conflict,
    Mailer,
    RawMailStore,
    retry_on_conflict,
)

pytestmark = pytest.mark.unit


def test_the_adapters_provide_every_call_of_their_port() -> None:
    # given each port and the adapter the deployment wires to it
    pairs = ((ApplicationStore, AppStore), (RawMailStore, MailStore), (Mailer, MailSender))
    for port, adapter in pairs:
        # when the port's calls are listed
        calls = [name for name in vars(port) if not name.startswith("_")]
        # then the adapter has each of them
        assert calls and all(callable(getattr(adapter, name, None)) for name in calls), port.__name__


def test_a_conflict_is_retried_until_the_save_goes_through() -> None:
    # given a save that meets two concurrent changes before it goes through
    outcomes: list[str | Literal[Conflict.RETRY]] = [Conflict.RETRY, Conflict.RETRY, "saved"]
    # when it is run with the retry helper
    result = retry_on_conflict(lambda: outcomes.pop(0), "kept changing")
    # then the third attempt's result comes back
    assert result == "saved" and not outcomes


def test_conflicts_without_end_raise_after_the_allowed_tries() -> None:
    # given a save that always meets a concurrent change
    attempts: list[int] = []

    def attempt() -> str | Literal[Conflict.RETRY]:
        attempts.append(1)
        return Conflict.RETRY

    # when it is run with three tries, then it gives up with the caller's message
    with pytest.raises(RuntimeError, match="kept changing"):
        retry_on_conflict(attempt, "kept changing", tries=3)
    assert len(attempts) == 3


def test_a_false_or_empty_result_is_an_answer_not_a_conflict() -> None:
    # given an attempt that decides there is nothing to do
    # when it is run, then its answer comes back at once
    assert retry_on_conflict(lambda: False, "kept changing") is False
