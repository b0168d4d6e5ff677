"""Mark applications ghosted once the employer's own deadline has passed in silence."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import datetime

from untilsigned.adapters.dynamo import AppStore, SaveOutcome
from untilsigned.domain.business_days import workdays_for
from untilsigned.domain.ghosting import GhostPolicy, sweep
from untilsigned.observability import logger
from untilsigned.services import runtime

MAX_CONFLICT_RETRIES = 5


@dataclass
class SweepResult:
    checked: int = 0
    ghosted: list[str] = field(default_factory=list)  # application ids

    def as_dict(self) -> dict[str, object]:
        return {"checked": self.checked, "ghosted": self.ghosted}


class SweeperService:
    def __init__(self, store: AppStore, policy: GhostPolicy | None = None) -> None:
        self.store = store
        self.policy = policy or GhostPolicy()

    def run(self, now: datetime) -> SweepResult:
        result = SweepResult()
        due_by_user: dict[str, set[str]] = defaultdict(set)
        for user_id, app_id in self.store.due_applications(now):
            due_by_user[user_id].add(app_id)
        for user_id, app_ids in due_by_user.items():
            policy = self._policy_for(user_id)
            for app_id in sorted(app_ids):
                result.checked += 1
                if self._sweep_one(user_id, app_id, now, policy):
                    result.ghosted.append(app_id)
        return result

    def _policy_for(self, user_id: str) -> GhostPolicy:
        """The waits counted in the user's own business days (their country's public holidays)."""
        user = self.store.get_user(user_id)
        if user is None:
            return self.policy
        return replace(self.policy, workdays=workdays_for(user.country, user.timezone))

    def _sweep_one(self, user_id: str, app_id: str, now: datetime, policy: GhostPolicy) -> bool:
        # The index is eventually consistent: re-read the application before judging it.
        for _ in range(MAX_CONFLICT_RETRIES):
            stored = self.store.load_applications(user_id)
            app = next((a for a in stored.applications if a.id == app_id), None)
            if app is None:
                return False
            event = sweep(app, now, policy)
            if event is None:
                return False
            saved = self.store.save_application(
                user_id, app, new_events=[event], expected_version=stored.versions[app_id]
            )
            if saved is SaveOutcome.SAVED:
                logger.info(
                    "application ghosted", extra={"application_id": app_id, "reason": app.ghosted_reason}
                )
                return True
        logger.warning("application kept changing; will retry next sweep", extra={"application_id": app_id})
        return False


@runtime.cached_factory
def sweeper_service() -> SweeperService:
    """The service wired to the deployment's table, bucket and sender (one per container)."""
    return SweeperService(runtime.app_store())
