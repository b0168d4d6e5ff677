"""Mark applications ghosted once the employer's own deadline has passed in silence.

The planner enqueues every overdue application from the sharded DueIndex; a worker sweeps one
application per message. Sweeping is idempotent: the application is re-read and written with its
version as a condition, and a ghosted application leaves the index.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any, Literal

from aws_lambda_powertools.metrics import MetricUnit

from untilsigned.adapters.dynamo import SaveOutcome
from untilsigned.adapters.work_queue import WorkQueue
from untilsigned.domain.business_days import workdays_for
from untilsigned.domain.tracking.ghosting import GhostPolicy
from untilsigned.domain.tracking.status import sweep
from untilsigned.observability import logger, metrics
from untilsigned.services import runtime
from untilsigned.services.planner import PAGE_SIZE, PlanResult, plan_index
from untilsigned.services.ports import ApplicationStore, Conflict, retry_on_conflict


class SweeperService:
    def __init__(
        self, store: ApplicationStore, policy: GhostPolicy | None = None, queue: WorkQueue | None = None
    ) -> None:
        self.store = store
        self.policy = policy or GhostPolicy()
        self.queue = queue

    def plan(self, now: datetime, remaining_millis: Callable[[], int]) -> PlanResult:
        """Enqueue one message per overdue application, shard by shard in parallel."""
        stamp = now.isoformat()
        return plan_index(
            self.store.due_shard_keys(),
            lambda partition: self.store.due_application_pages(partition, now, PAGE_SIZE),
            lambda due: {"user_id": due[0], "application_id": due[1], "now": stamp},
            self.queue,
            remaining_millis,
            work="sweep",
            metric="SweepsPlanned",
        )

    def handle_message(self, body: Mapping[str, Any]) -> bool:
        """Sweep one queued application; True when it was marked ghosted."""
        ghosted = self.sweep_application(
            str(body["user_id"]), str(body["application_id"]), datetime.fromisoformat(str(body["now"]))
        )
        if ghosted:
            metrics.add_metric(name="ApplicationsGhosted", unit=MetricUnit.Count, value=1)
        return ghosted

    def _policy_for(self, user_id: str) -> GhostPolicy:
        """The waits counted in the user's own business days (their country's public holidays)."""
        user = self.store.get_user(user_id)
        if user is None:
            return self.policy
        return replace(self.policy, workdays=workdays_for(user.country, user.timezone))

    def sweep_application(self, user_id: str, app_id: str, now: datetime) -> bool:
        policy = self._policy_for(user_id)

        # The index is eventually consistent: re-read the application before judging it.
        def attempt() -> bool | Literal[Conflict.RETRY]:
            stored = self.store.load_applications(user_id)
            app = next((a for a in stored.applications if a.id == app_id), None)
            if app is None:
                return False  # forgotten, or never there
            event = sweep(app, now, policy)
            if event is None:
                return False
            saved = self.store.save_application(
                user_id, app, new_events=[event], expected_version=stored.versions[app_id]
            )
            if saved is not SaveOutcome.SAVED:
                return Conflict.RETRY
            logger.info("application ghosted", extra={"application_id": app_id, "reason": app.ghosted_reason})
            return True

        return retry_on_conflict(attempt, f"application {app_id} kept changing; the message will be retried")


@runtime.cached_factory
def sweeper_service() -> SweeperService:
    """The worker's service, wired to the deployment's table (one per container)."""
    return SweeperService(runtime.app_store())


@runtime.cached_factory
def sweep_planner() -> SweeperService:
    return SweeperService(runtime.app_store(), queue=runtime.sweep_queue())
