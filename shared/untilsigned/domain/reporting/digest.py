"""The digest: where the search stands, what changed, what to do next.

Pure and deterministic: the same user, applications, `now`, `since` and quarantine
list always give the same subject, text and HTML. The digest never calls warmth an
offer and keeps nudging until an application is *signed*.

Safety: every string that came from mail (employer, role, subject, evidence,
reasons, senders) is built as plain text into the view, and becomes markup only in
the Jinja2 template `views/templates/digest.html`, whose environment always
autoescapes, so no code path can forget. The HTML has no scripts, no images, no
remote content, and no links except `mailto:` the user's own inbox address and the
sign-in link to the user's own board.

The view is built in digest_view.py and written out as plain text in digest_text.py; the labels, the
clock and the callout it shares with the board live in presentation.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from untilsigned.domain.model import Application, Digest, Quarantined, User
from untilsigned.domain.reporting.digest_text import render_text
from untilsigned.domain.reporting.digest_view import DigestView, digest_view
from untilsigned.domain.reporting.presentation import signed_application
from untilsigned.views.render import render


def should_send_digest(user: User, applications: Sequence[Application]) -> bool:
    """False when the user paused digests, or once a signed offer was congratulated.

    Until a signature, digests keep coming (that is the point). After it, exactly one
    congratulation digest goes out; the caller sets `user.congratulated` once sent.
    """
    if user.digest_paused:
        return False
    return not (signed_application(applications) is not None and user.congratulated)


def _render_html(view: DigestView) -> str:
    return render("digest.html", view=view)


def compose_digest(
    user: User,
    applications: Sequence[Application],
    now: datetime,
    *,
    since: datetime | None = None,
    quarantined: Sequence[Quarantined] = (),
    board_link: str | None = None,
) -> Digest:
    """Compose one digest for `user` at `now`.

    `since` is the previous digest's time (None for the first digest): only timeline
    events dated after it are listed as changes. `quarantined` is the mail kept aside
    that the user has not been told about yet; all of it is shown. `board_link` is a fresh sign-in
    link to the user's board, shown near the top.
    """
    for name, moment in (("now", now), ("since", since)):
        if moment is not None and moment.utcoffset() is None:
            raise ValueError(f"{name} must be timezone-aware")
    # An application the owner merged into another lives on inside that one.
    applications = [app for app in applications if not app.merged_into]
    view = replace(digest_view(user, applications, now, since, quarantined), board_link=board_link)
    return Digest(subject=view.subject, text=render_text(view), html=_render_html(view))
