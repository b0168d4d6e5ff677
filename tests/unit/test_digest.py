"""The digest: headline, pipeline, changes, interviews, actions, ghosting, activity, quarantine, safety."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from typing import Any

import pytest

from untilsigned.domain.model import Application, Digest, Kind, Quarantined, Status, TimelineEvent, User
from untilsigned.domain.reporting.digest import compose_digest, should_send_digest
from untilsigned.domain.reporting.digest_view import unsubscribe_mailto
from untilsigned.domain.reporting.presentation import applications_this_week, signed_application

pytestmark = pytest.mark.unit

# Monday 8 June 2026, 08:00 in Berlin (UTC+2); the previous digest went out a week earlier.
NOW = datetime(2026, 6, 8, 6, 0, tzinfo=UTC)
LAST = NOW - timedelta(days=7)
SCRIPT_NAME = "<script>alert(1)</script>"
IMG_NAME = "<img src=x onerror=alert(1)>"


def make_user(**changes: Any) -> User:
    user = User(
        user_id="u1", email="ada@example.org", inbox="ada.q3@in.example.test", timezone="Europe/Berlin"
    )
    return replace(user, **changes)


_ids = iter(range(1_000_000))


def make_app(
    company: str, status: Status = Status.APPLIED, role: str | None = "Data Engineer", **changes: Any
) -> Application:
    app = Application(
        id=f"app-{next(_ids)}",
        company=company,
        role=role,
        requisition_id=None,
        status=status,
        created_at=datetime(2026, 5, 1, 9, 0, tzinfo=UTC),
    )
    return replace(app, **changes)


def event(
    kind: Kind, when: datetime, subject: str = "About your application", **changes: Any
) -> TimelineEvent:
    made = TimelineEvent(
        kind=kind, date=when, subject=subject, message_id=f"<{kind.value}-{when.isoformat()}@x>"
    )
    return replace(made, **changes)


def started(company: str, when: datetime) -> Application:
    """An application the user started: acknowledged by the employer at `when`."""
    return make_app(company, created_at=when, events=[event(Kind.APPLICATION_RECEIVED, when)])


def compose(applications: list[Application], user: User | None = None, **kwargs: Any) -> Digest:
    return compose_digest(user or make_user(), applications, NOW, **kwargs)


def flat(text: str) -> str:
    """The plain text with wrapping, indentation and template bars undone, for phrase checks."""
    return " ".join(" ".join(re.sub(r"^\s*\|", "", line) for line in text.splitlines()).split())


def first_line(digest: Digest) -> str:
    return digest.text.splitlines()[0]


def visible_text(markup: str) -> str:
    """The HTML's text as a reader sees it, without the hidden preheader."""
    collector = _TagCollector()
    collector.feed(markup)
    return " ".join(" ".join(collector.visible).split())


class _TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.visible: list[str] = []
        self._hidden_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if self._hidden_depth or "display:none" in (attributes.get("style") or ""):
            self._hidden_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self._hidden_depth:
            self._hidden_depth -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden_depth:
            self.visible.append(data)


def tags_of(markup: str) -> list[tuple[str, dict[str, str | None]]]:
    collector = _TagCollector()
    collector.feed(markup)
    return collector.tags


# -- where the search stands ---------------------------------------------------------


def test_first_line_says_no_signed_offer_yet_while_applications_are_open() -> None:
    # given open applications and no offer
    apps = [make_app("Lumen Works"), make_app("Tidewater", Status.INTERVIEWING)]

    # when
    digest = compose(apps, since=LAST)

    # then the first line and the subject say plainly that nothing is signed
    assert first_line(digest) == "No signed offer yet: keep applying."
    assert digest.subject.endswith("no signed offer yet")
    assert "No signed offer yet: keep applying." in visible_text(digest.html)


def test_warmth_and_reference_requests_are_never_presented_as_an_offer() -> None:
    # given an application at the reference stage after a warm interview
    apps = [make_app("Tidewater", Status.REFERENCES, respond_by=NOW + timedelta(days=2))]

    # when
    digest = compose(apps, since=LAST)

    # then the digest still says no signed offer, and explains that signs are not offers
    assert first_line(digest).startswith("No signed offer yet")
    assert "none of them is an offer" in flat(digest.text)
    assert "offer not signed" not in digest.subject


def test_an_unsigned_offer_still_says_keep_the_other_applications_moving() -> None:
    # given an offer on the table, not signed
    offer = make_app(
        "Birchline", Status.OFFER, role="Analyst", respond_by=datetime(2026, 6, 12, 21, 59, tzinfo=UTC)
    )
    apps = [offer, make_app("Lumen Works")]

    # when
    digest = compose(apps, since=LAST)

    # then
    assert first_line(digest) == "No signed offer yet: keep applying until the offer is signed."
    assert digest.subject.endswith("no signed offer yet")
    assert "Offer from Birchline — Analyst" in flat(digest.text)
    assert "Answer by Fri 12 Jun" in flat(digest.text)


def test_an_offer_action_links_a_signed_command_to_the_users_own_inbox() -> None:
    # given an unsigned offer
    apps = [make_app("Birchline", Status.OFFER, role="Analyst")]

    # when
    digest = compose(apps)

    # then there is a one-tap "signed" mail to the user's own inbox naming employer and role
    hrefs = [attrs.get("href") for tag, attrs in tags_of(digest.html) if tag == "a"]
    assert "mailto:ada.q3@in.example.test?subject=signed%20Birchline%20-%20Analyst" in hrefs


def test_with_nothing_tracked_the_digest_explains_how_to_start() -> None:
    # given no applications at all
    # when
    digest = compose([])

    # then it still leads with the state of the search and names the inbox to forward to
    assert first_line(digest).startswith("No signed offer yet")
    assert "ada.q3@in.example.test" in flat(digest.text)
    assert "Nothing tracked yet" in flat(digest.text)


def test_when_everything_is_closed_the_tone_stays_kind() -> None:
    # given only rejections
    apps = [make_app("Lumen Works", Status.REJECTED), make_app("Tidewater", Status.REJECTED)]

    # when
    digest = compose(apps, since=LAST)

    # then it encourages rather than shames
    assert first_line(digest) == "No signed offer yet: keep applying."
    assert "says little about you" in flat(digest.text)


# -- after a signature ---------------------------------------------------------------


def test_a_signature_gets_one_congratulation_digest_without_nudges() -> None:
    # given a signed offer, not yet congratulated, and one other open process
    signed = make_app("Birchline", Status.SIGNED, role="Analyst", status_date=NOW - timedelta(days=1))
    apps = [signed, make_app("Lumen Works", Status.INTERVIEWING)]

    # when
    digest = compose(apps, since=LAST)

    # then it congratulates, names the employer, and no longer nudges to apply
    assert first_line(digest) == "Congratulations: you signed with Birchline!"
    assert digest.subject == "Offer signed with Birchline · congratulations!"
    assert "keep applying" not in flat(digest.text).lower()
    assert "no signed offer" not in flat(digest.text).lower()
    # and it helps close the loop with the other open process
    assert "withdraw my application" in flat(digest.text)
    assert "Lumen Works" in flat(digest.text)


def test_nudges_stop_once_the_signature_was_congratulated() -> None:
    # given a signed application
    apps = [make_app("Birchline", Status.SIGNED)]

    # when / then one digest before the congratulation, none after it
    assert should_send_digest(make_user(congratulated=False), apps)
    assert not should_send_digest(make_user(congratulated=True), apps)


def test_digests_keep_coming_until_something_is_signed() -> None:
    # given an unsigned offer, even for a user flagged congratulated by mistake
    apps = [make_app("Birchline", Status.OFFER)]

    # when / then
    assert should_send_digest(make_user(congratulated=True), apps)


def test_a_paused_user_gets_no_digest() -> None:
    # given / when / then
    assert not should_send_digest(make_user(digest_paused=True), [make_app("Lumen Works")])


def test_signed_application_is_the_latest_signature() -> None:
    # given two signed applications
    older = make_app("Old Co", Status.SIGNED, status_date=NOW - timedelta(days=30))
    newer = make_app("New Co", Status.SIGNED, status_date=NOW - timedelta(days=1))

    # when / then
    assert signed_application([older, newer]) is newer
    assert signed_application([make_app("Lumen Works")]) is None


# -- pipeline --------------------------------------------------------------------------


def test_pipeline_counts_each_status_and_names_employers_and_roles() -> None:
    # given three applied, one interviewing, one rejected
    apps = [
        make_app("Lumen Works"),
        make_app("Tidewater"),
        make_app("Quarry & Sons", role="Platform Engineer"),
        make_app("Birchline", Status.INTERVIEWING, role="Analyst"),
        make_app("Copperfield", Status.REJECTED),
    ]

    # when
    digest = compose(apps, since=LAST)

    # then the text table has aligned label / count columns in pipeline order
    rows = [line for line in digest.text.splitlines() if re.match(r"^(Applied|Interviewing|Rejected) ", line)]
    assert [row.split()[0:2] for row in rows] == [["Applied", "3"], ["Interviewing", "1"], ["Rejected", "1"]]
    assert len({row.index(row.split()[1], len(row.split()[0])) for row in rows}) == 1
    assert "Pipeline (5 applications)".upper() in flat(digest.text)
    # and the employers and roles are named in both versions
    for name in ("Lumen Works — Data Engineer", "Quarry & Sons — Platform Engineer", "Birchline — Analyst"):
        assert name in flat(digest.text)
        assert name in visible_text(digest.html)


def test_pipeline_bars_are_table_cells_scaled_to_the_largest_status() -> None:
    # given four applied and one interviewing
    apps = [make_app(f"Employer {n}") for n in range(4)] + [make_app("Birchline", Status.INTERVIEWING)]

    # when
    digest = compose(apps)

    # then the bars are coloured td widths: 100% for the largest, 25% for the other
    bar_cells = [
        attrs for tag, attrs in tags_of(digest.html) if tag == "td" and attrs.get("bgcolor") == "#94a3b8"
    ]
    assert [cell.get("width") for cell in bar_cells] == ["100%"]
    assert 'width="25%" height="10" bgcolor="#2563eb"' in digest.html


# -- what changed ------------------------------------------------------------------------


def test_changes_list_only_events_after_the_last_digest() -> None:
    # given one event before the last digest and one after
    app = make_app(
        "Tidewater",
        Status.INTERVIEWING,
        events=[
            event(
                Kind.APPLICATION_RECEIVED, LAST - timedelta(days=3), subject="We received your application"
            ),
            event(
                Kind.INTERVIEW_SCHEDULED,
                LAST + timedelta(days=2),
                subject="Let's talk next week",
                evidence=("We would like to invite you to a video interview.",),
            ),
        ],
    )

    # when
    digest = compose([app], since=LAST)

    # then only the newer one is listed, with its date, meaning, subject and the employer's words
    assert "WHAT CHANGED SINCE MON 1 JUN" in flat(digest.text)
    assert "Wed 3 Jun" in flat(digest.text)
    assert "Tidewater — Data Engineer: Interview scheduled" in flat(digest.text)
    assert "“Let's talk next week”" in flat(digest.text)
    assert "They wrote: “We would like to invite you to a video interview.”" in flat(digest.text)
    assert "We received your application" not in flat(digest.text)


def test_the_first_digest_lists_everything_so_far() -> None:
    # given an old event and no previous digest
    app = make_app("Tidewater", events=[event(Kind.APPLICATION_RECEIVED, LAST - timedelta(days=30))])

    # when
    digest = compose([app], since=None)

    # then
    assert "WHAT HAPPENED SO FAR" in flat(digest.text)
    assert "Tidewater — Data Engineer: Application received" in flat(digest.text)


def test_a_quiet_week_says_so_instead_of_an_empty_section() -> None:
    # given no events since the last digest
    # when
    digest = compose([make_app("Tidewater")], since=LAST)

    # then
    assert "No news from employers since the last digest" in flat(digest.text)


def test_long_change_lists_keep_the_newest_and_count_the_rest() -> None:
    # given 25 events since the last digest
    events = [
        event(Kind.STATUS_UPDATE, LAST + timedelta(hours=n + 1), subject=f"Update number {n}")
        for n in range(25)
    ]
    app = make_app("Tidewater", events=events)

    # when
    digest = compose([app], since=LAST)

    # then the newest 20 are shown and the rest are counted, not silently dropped
    assert "Update number 24" in flat(digest.text)
    assert "Update number 4”" not in flat(digest.text)
    assert "… and 5 more not shown." in flat(digest.text)


def test_sweeps_and_commands_are_described_in_words_not_machine_tags() -> None:
    # given a ghosting sweep and an owner command in the timeline
    app = make_app(
        "Tidewater",
        Status.GHOSTED,
        events=[
            event(
                Kind.STATUS_UPDATE,
                LAST + timedelta(days=1),
                subject="No reply: marked as ghosted",
                evidence=("said they would reply by Fri 29 May; nothing since",),
                note="sweep:ghosted",
            ),
            event(
                Kind.REJECTED,
                LAST + timedelta(days=2),
                subject="You wrote: rejected Tidewater",
                note="command:rejected",
            ),
        ],
    )

    # when
    digest = compose([app], since=LAST)

    # then
    assert "Marked ghosted (no reply by their own date)" in flat(digest.text)
    assert "Why: said they would reply by Fri 29 May; nothing since" in flat(digest.text)
    assert "Rejected (you told untilsigned)" in flat(digest.text)
    assert "sweep:" not in flat(digest.text)
    assert "command:" not in flat(digest.text)


# -- interviews ----------------------------------------------------------------------------


def test_interviews_are_shown_in_the_users_time_zone() -> None:
    # given an interview at 12:00 UTC on Tuesday 9 June
    app = make_app("Tidewater", Status.INTERVIEWING, interview_at=datetime(2026, 6, 9, 12, 0, tzinfo=UTC))

    # when the user lives in Berlin, or in New York
    berlin = compose([app], user=make_user(timezone="Europe/Berlin"))
    new_york = compose([app], user=make_user(timezone="America/New_York"))

    # then the local time and the zone are spelled out
    assert "Tue 9 Jun, 14:00 (Europe/Berlin) · tomorrow" in flat(berlin.text)
    assert "Tue 9 Jun, 08:00 (America/New_York)" in flat(new_york.text)
    assert "Tue 9 Jun, 14:00 (Europe/Berlin)" in visible_text(berlin.html)
    assert "Interview with Tidewater — Data Engineer" in flat(berlin.text)
    assert berlin.subject.startswith("1 interview this week")


def test_past_interviews_and_closed_applications_are_not_upcoming() -> None:
    # given a past interview, and a future one at an employer that since rejected
    past = make_app("Lumen Works", Status.INTERVIEWING, interview_at=NOW - timedelta(hours=1))
    closed = make_app("Copperfield", Status.REJECTED, interview_at=NOW + timedelta(days=1))

    # when
    digest = compose([past, closed], since=LAST)

    # then
    assert "UPCOMING INTERVIEWS" not in flat(digest.text)
    assert "interview" not in digest.subject


def test_an_unknown_zone_renders_in_utc_rather_than_failing() -> None:
    # given a profile with a broken zone name
    app = make_app("Tidewater", Status.INTERVIEWING, interview_at=datetime(2026, 6, 9, 12, 0, tzinfo=UTC))

    # when
    digest = compose([app], user=make_user(timezone="Nowhere/Special"))

    # then
    assert "Tue 9 Jun, 12:00 (UTC)" in flat(digest.text)


# -- action items ----------------------------------------------------------------------------


def test_action_items_list_deadlines_soonest_first() -> None:
    # given an offer, a reference request and an assessment, each with the candidate's own deadline
    apps = [
        make_app(
            "Birchline", Status.OFFER, role="Analyst", respond_by=datetime(2026, 6, 12, 21, 59, tzinfo=UTC)
        ),
        make_app("Tidewater", Status.REFERENCES, respond_by=datetime(2026, 6, 10, 15, 0, tzinfo=UTC)),
        make_app("Lumen Works", Status.ASSESSMENT, respond_by=datetime(2026, 6, 14, 21, 59, tzinfo=UTC)),
    ]

    # when
    digest = compose(apps, since=LAST)

    # then each is a dated to-do, soonest first; whole-day deadlines show no clock time
    text = digest.text
    references = text.index("Send your references to Tidewater")
    offer = text.index("Answer the offer from Birchline — Analyst")
    assessment = text.index("Complete the assessment for Lumen Works")
    assert references < offer < assessment
    assert "By Wed 10 Jun, 17:00 (Europe/Berlin) · in 2 days" in text
    assert "By Fri 12 Jun · in 4 days" in text
    assert "By Sun 14 Jun · in 6 days" in text
    assert "2 tasks due" in digest.subject


def test_a_missed_deadline_is_flagged_as_overdue() -> None:
    # given references that were due two days ago
    apps = [make_app("Tidewater", Status.REFERENCES, respond_by=NOW - timedelta(days=2))]

    # when
    digest = compose(apps, since=LAST)

    # then
    assert "! Was due Sat 6 Jun, 08:00 (Europe/Berlin) · 2 days ago" in digest.text
    assert "#b91c1c" in digest.html


def test_an_offer_without_a_deadline_is_still_an_action() -> None:
    # given an offer with no answer-by date
    # when
    digest = compose([make_app("Birchline", Status.OFFER)])

    # then
    assert "No deadline given" in flat(digest.text)
    assert "Answer the offer from Birchline" in flat(digest.text)


# -- ghosted ----------------------------------------------------------------------------------


def test_ghosted_applications_show_the_employers_own_promise_and_a_follow_up() -> None:
    # given an application ghosted after the employer's own reply-by date passed
    app = make_app(
        "Tidewater",
        Status.GHOSTED,
        role="Platform Engineer",
        expect_reply_by=datetime(2026, 5, 29, 15, 0, tzinfo=UTC),
        ghosted_since=datetime(2026, 5, 30, 0, 0, tzinfo=UTC),
        ghosted_reason="said they would reply by Fri 29 May; nothing since",
    )

    # when
    digest = compose([app], since=LAST)

    # then the promise is quoted and a polite template names role, employer and date
    assert "Ghosted since Sat 30 May" in flat(digest.text)
    assert "Said they would reply by Fri 29 May; nothing since" in flat(digest.text)
    assert "| Subject: Following up on my application for Platform Engineer" in digest.text
    assert "Platform Engineer role at Tidewater" in flat(digest.text)
    assert "I understood I would hear back by Fri 29 May" in flat(digest.text)
    assert "Ghosted is not final" in flat(digest.text)


def test_ghostings_older_than_a_month_drop_out_of_the_follow_up_list() -> None:
    # given one recent and one old ghosting
    recent = make_app("Tidewater", Status.GHOSTED, ghosted_since=NOW - timedelta(days=5))
    old = make_app("Lumen Works", Status.GHOSTED, ghosted_since=NOW - timedelta(days=60))

    # when
    digest = compose([recent, old], since=LAST)

    # then only the recent one gets a follow-up; the old one still counts in the pipeline
    assert "application for the Data Engineer role at Tidewater" in flat(digest.text)
    assert "role at Lumen Works" not in flat(digest.text)
    assert re.search(r"^Ghosted\s+2\s", digest.text, re.MULTILINE)


def test_subject_counts_only_newly_ghosted_applications() -> None:
    # given one ghosted this week and one ghosted before the last digest
    apps = [
        make_app("Tidewater", Status.GHOSTED, ghosted_since=NOW - timedelta(days=2)),
        make_app("Lumen Works", Status.GHOSTED, ghosted_since=NOW - timedelta(days=20)),
    ]

    # when
    digest = compose(apps, since=LAST)

    # then
    assert "1 ghosted" in digest.subject


# -- this week's activity -----------------------------------------------------------------------


def test_activity_counts_applications_started_in_the_users_local_week() -> None:
    # given a Los Angeles user on Monday 08:00 local (15:00 UTC)
    user = make_user(timezone="America/Los_Angeles")
    now = datetime(2026, 6, 8, 15, 0, tzinfo=UTC)
    sunday_night = started("Lumen Works", datetime(2026, 6, 8, 5, 0, tzinfo=UTC))  # Sun 22:00 local
    monday_morning = started("Tidewater", datetime(2026, 6, 8, 7, 30, tzinfo=UTC))  # Mon 00:30 local

    # when
    count = applications_this_week(user, [sunday_night, monday_morning], now)
    digest = compose_digest(user, [sunday_night, monday_morning], now)

    # then only Monday's counts, against the default weekly goal, which is said to be a default
    assert count == 1
    assert "1 of 10 applications started since Mon 8 Jun" in flat(digest.text)
    assert "9 more to reach your goal of 10." in flat(digest.text)
    assert "10 a week is the default goal" in flat(digest.text)


def test_only_applications_the_user_started_count_towards_the_goal() -> None:
    # given one acknowledged application, one first seen at its interview, and the user's own goal of 4
    user = make_user(weekly_goal=4)
    acknowledged = started("Lumen Works", NOW - timedelta(hours=3))
    interview_first = make_app(
        "Tidewater",
        Status.INTERVIEWING,
        created_at=NOW - timedelta(hours=2),
        events=[event(Kind.INTERVIEW_SCHEDULED, NOW - timedelta(hours=2))],
    )

    # when
    digest = compose([acknowledged, interview_first], user=user, since=LAST)

    # then only the acknowledged one counts, against the user's own goal, with no talk of a default
    assert "1 of 4 applications started" in flat(digest.text)
    assert "default goal" not in flat(digest.text)


def test_reaching_the_weekly_goal_is_celebrated() -> None:
    # given a goal of 3 and three applications started this week
    user = make_user(weekly_goal=3)
    apps = [started(f"Employer {n}", NOW - timedelta(minutes=n + 1)) for n in range(3)]

    # when
    digest = compose(apps, user=user, since=LAST)

    # then
    assert "3 of 3 applications started" in flat(digest.text)
    assert "Goal reached" in flat(digest.text)
    assert "[####################] 100%" in digest.text


def test_a_quiet_week_shows_progress_in_the_subject() -> None:
    # given nothing urgent and two applications this week
    apps = [started(f"Employer {n}", NOW - timedelta(hours=n + 1)) for n in range(2)]

    # when
    digest = compose(apps, since=LAST)

    # then
    assert digest.subject == "2/10 applications this week · no signed offer yet"


# -- quarantine ------------------------------------------------------------------------------------


def test_quarantined_mail_is_listed_with_its_reason() -> None:
    # given two messages kept aside
    quarantined = [
        Quarantined(
            source="inbound/one.eml",
            reason="the forwarder is not one of your registered addresses",
            received_at=NOW - timedelta(days=1),
            subject="Interview invitation",
            sender="someone@elsewhere.test",
        ),
        Quarantined(
            source="inbound/two.eml",
            reason="the message could not be read",
            received_at=NOW - timedelta(days=2),
            subject="",
            sender="",
        ),
    ]

    # when
    digest = compose([make_app("Tidewater")], since=LAST, quarantined=quarantined)

    # then nothing is silently lost
    assert "MAIL THAT NEEDS A LOOK" in flat(digest.text)
    assert "From someone@elsewhere.test" in flat(digest.text)
    assert "Why it was kept aside: the forwarder is not one of your registered addresses" in flat(digest.text)
    assert "Why it was kept aside: the message could not be read" in flat(digest.text)
    assert "From unknown sender" in flat(digest.text)
    assert "(no subject)" in flat(digest.text)
    assert "2 mails to check" in digest.subject


def test_a_likely_job_scam_is_flagged_escaped_and_never_counted_as_an_offer() -> None:
    # given a scam kept aside, its sender and subject carrying markup, next to one real application
    kept = Quarantined(
        source="inbox/scam",
        reason="likely a job scam: The training costs <b>$99</b>, payable today.",
        received_at=NOW - timedelta(hours=5),
        subject="Your <i>offer</i> is ready",
        sender="hr<script>@webmail.example",
        advice="Do not pay, and do not send personal data.",
        scam=True,
    )

    # when
    digest = compose([make_app("Tidewater")], since=LAST, quarantined=[kept])

    # then both versions lead with the warning and say it counted for nothing
    text = flat(digest.text)
    assert "Likely job scam from hr<script>@webmail.example" in text
    assert "Not counted as an offer or an application." in text
    assert "Do not pay, and do not send personal data." in text
    html_text = visible_text(digest.html)
    assert "Likely job scam" in html_text
    # and every mail-derived word is escaped in the HTML
    assert "<script" not in digest.html.lower()
    assert "&lt;b&gt;$99&lt;/b&gt;" in digest.html
    # and it is counted as mail to check, never as an offer
    assert "1 mail to check" in digest.subject
    assert "no signed offer yet" in digest.subject
    assert "Answer the offer" not in text


# -- subject line ------------------------------------------------------------------------------------


def test_subject_summarises_the_week_and_always_names_the_signed_state() -> None:
    # given two interviews this week and a new ghosting
    apps = [
        make_app("Tidewater", Status.INTERVIEWING, interview_at=NOW + timedelta(days=1)),
        make_app("Lumen Works", Status.INTERVIEWING, interview_at=NOW + timedelta(days=3)),
        make_app("Copperfield", Status.GHOSTED, ghosted_since=NOW - timedelta(days=1)),
    ]

    # when
    digest = compose(apps, since=LAST)

    # then
    assert digest.subject == "2 interviews this week · 1 ghosted · no signed offer yet"


def test_subject_stays_one_short_line_even_with_hostile_employer_names() -> None:
    # given a signed offer whose employer name carries line breaks and runs on
    apps = [make_app("Evil\r\nBcc: victim@example.test " + "x" * 200, Status.SIGNED)]

    # when
    digest = compose(apps)

    # then no header injection is possible and the line stays short
    assert "\r" not in digest.subject
    assert "\n" not in digest.subject
    assert len(digest.subject) <= 80


def test_subject_is_short_even_when_much_is_happening() -> None:
    # given interviews, tasks, ghostings and quarantined mail all at once
    apps = [
        make_app("A", Status.INTERVIEWING, interview_at=NOW + timedelta(days=1)),
        make_app("B", Status.REFERENCES, respond_by=NOW + timedelta(days=1)),
        make_app("C", Status.GHOSTED, ghosted_since=NOW - timedelta(days=1)),
        make_app("D", Status.OFFER),
    ]
    quarantined = [Quarantined("k", "unreadable", NOW - timedelta(hours=1), "s", "x@y.test")]

    # when
    digest = compose(apps, since=LAST, quarantined=quarantined)

    # then at most three highlights precede the state
    assert digest.subject == "1 interview this week · 1 task due · 1 ghosted · no signed offer yet"


# -- safety --------------------------------------------------------------------------------------------


def hostile_digest() -> Digest:
    hostile_event = event(
        Kind.OFFER,
        LAST + timedelta(days=1),
        subject=IMG_NAME,
        evidence=(f"We offer {SCRIPT_NAME} today",),
    )
    apps = [
        make_app(
            SCRIPT_NAME,
            Status.OFFER,
            role=IMG_NAME,
            events=[hostile_event],
            interview_at=NOW + timedelta(days=1),
        ),
        make_app(
            IMG_NAME,
            Status.GHOSTED,
            role=SCRIPT_NAME,
            ghosted_since=NOW - timedelta(days=1),
            ghosted_reason=f"said {SCRIPT_NAME}",
        ),
        make_app(
            '"><a href="https://evil.test">x</a>', Status.REFERENCES, respond_by=NOW + timedelta(days=1)
        ),
    ]
    quarantined = [Quarantined("k<b>", f"reason {IMG_NAME}", NOW - timedelta(hours=2), SCRIPT_NAME, IMG_NAME)]
    return compose(apps, since=LAST, quarantined=quarantined)


def test_mail_derived_text_only_ever_appears_escaped_in_html() -> None:
    # given employers, roles, subjects, evidence, reasons and senders that are HTML payloads
    # when
    digest = hostile_digest()

    # then the payloads appear only escaped
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in digest.html
    assert "&lt;img src=x onerror=alert(1)&gt;" in digest.html
    assert "<script" not in digest.html.lower()
    assert "<img" not in digest.html.lower()
    # and the parsed document has no script, image or event-handler attribute, and only mailto links
    tags = tags_of(digest.html)
    assert not [
        tag for tag, _ in tags if tag in ("script", "img", "iframe", "object", "embed", "link", "style")
    ]
    assert not [name for _, attrs in tags for name in attrs if name.startswith("on")]
    hrefs = [attrs.get("href") or "" for tag, attrs in tags if tag == "a"]
    assert hrefs
    assert all(href.startswith("mailto:ada.q3@in.example.test?subject=") for href in hrefs)


def test_the_html_fetches_nothing_remote() -> None:
    # given a full digest
    # when
    digest = hostile_digest()

    # then no attribute points at the network
    for _, attrs in tags_of(digest.html):
        for name, value in attrs.items():
            assert name not in ("src", "srcset", "background", "action")
            assert not (value or "").lower().startswith(("http:", "https:", "//"))


def test_the_text_version_carries_no_markup_but_keeps_the_names() -> None:
    # given hostile names
    # when
    digest = hostile_digest()

    # then plain text shows the raw names (it is text/plain) and no tags of ours
    assert SCRIPT_NAME in flat(digest.text)
    assert "<strong>" not in flat(digest.text)
    assert "<td" not in flat(digest.text)


# -- layout and email-client hygiene -----------------------------------------------------------------


def test_html_is_table_layout_with_inline_css_and_a_hidden_preheader() -> None:
    # given an ordinary digest
    digest = compose(
        [make_app("Tidewater", Status.INTERVIEWING, interview_at=NOW + timedelta(days=1))], since=LAST
    )

    # when
    tags = tags_of(digest.html)

    # then
    tables = [attrs for tag, attrs in tags if tag == "table"]
    assert tables
    assert all(attrs.get("role") == "presentation" for attrs in tables)
    assert "max-width:600px" in digest.html
    assert "overflow-wrap:anywhere" in digest.html
    assert "word-break:break-word" in digest.html
    assert not [tag for tag, _ in tags if tag in ("style", "link", "script")]
    preheaders = [
        attrs for tag, attrs in tags if tag == "div" and "display:none" in (attrs.get("style") or "")
    ]
    assert len(preheaders) == 1
    assert "No signed offer yet" in digest.html.split("display:none", 1)[1][:400]


def test_unsubscribe_target_pauses_through_the_users_own_inbox() -> None:
    # given / when / then
    assert unsubscribe_mailto(make_user()) == "mailto:ada.q3@in.example.test?subject=pause"
    assert 'href="mailto:ada.q3@in.example.test?subject=pause"' in compose([]).html


def test_a_huge_pipeline_stays_under_gmails_clipping_size() -> None:
    # given 300 applications, each with a few events, and 50 quarantined mails
    apps = [
        make_app(
            f"Employer number {n}",
            [Status.APPLIED, Status.INTERVIEWING, Status.GHOSTED, Status.REJECTED][n % 4],
            interview_at=NOW + timedelta(days=n % 5 + 1),
            ghosted_since=NOW - timedelta(days=n % 9),
            events=[event(Kind.STATUS_UPDATE, LAST + timedelta(hours=n % 100 + 1)) for _ in range(3)],
        )
        for n in range(300)
    ]
    quarantined = [
        Quarantined(f"k{n}", "unreadable", NOW - timedelta(hours=n), "s", "x@y.test") for n in range(50)
    ]

    # when
    digest = compose(apps, since=LAST, quarantined=quarantined)

    # then Gmail (which clips at about 102 KB) shows all of it
    assert len(digest.html.encode()) < 100_000
    assert "Pipeline (300 applications)".upper() in flat(digest.text)


# -- determinism ---------------------------------------------------------------------------------------


def test_same_inputs_in_any_order_give_the_same_digest() -> None:
    # given the same applications in two orders
    apps = [
        make_app("Tidewater", Status.INTERVIEWING, interview_at=NOW + timedelta(days=1)),
        make_app("Lumen Works", events=[event(Kind.APPLICATION_RECEIVED, LAST + timedelta(days=1))]),
        make_app("Copperfield", Status.GHOSTED, ghosted_since=NOW - timedelta(days=1)),
    ]

    # when
    forwards = compose(apps, since=LAST)
    backwards = compose(list(reversed(apps)), since=LAST)

    # then
    assert forwards == backwards


def test_naive_times_are_refused() -> None:
    # given / when / then
    with pytest.raises(ValueError, match="timezone-aware"):
        compose_digest(make_user(), [], datetime(2026, 6, 8, 8))
    with pytest.raises(ValueError, match="timezone-aware"):
        compose_digest(make_user(), [], NOW, since=datetime(2026, 6, 1))


# -- where a new user stumbled ------------------------------------------------------------------------------


def test_the_pipeline_comes_right_after_the_headline() -> None:
    # given a digest with history, tasks and quarantined mail
    apps = [
        make_app("Tidewater", Status.REFERENCES, respond_by=NOW + timedelta(days=2)),
        make_app("Lumen Works", events=[event(Kind.APPLICATION_RECEIVED, NOW - timedelta(days=2))]),
    ]

    # when
    digest = compose(apps, since=LAST)

    # then the pipeline is the first section in both parts, before the tasks and the history
    text = digest.text
    assert text.index("PIPELINE (2 APPLICATIONS)") < text.index("TO DO") < text.index("WHAT CHANGED")
    html_text = visible_text(digest.html)
    assert html_text.index("Pipeline (2 applications)") < html_text.index("To do")


def test_quarantined_forward_shows_who_really_wrote_it() -> None:
    # given a forward kept aside: written by a recruiter, forwarded by the user
    kept = Quarantined(
        source="inbox/q1",
        reason="the forward did not pass SPF or DKIM",
        received_at=NOW - timedelta(hours=3),
        subject="Interview next week",
        sender="recruiter@tidewater.example",
        forwarded_by="ada@example.org",
    )

    # when
    digest = compose([make_app("Tidewater")], since=LAST, quarantined=[kept])

    # then the recruiter is named as the sender, and the user only as the forwarder
    assert "From recruiter@tidewater.example" in flat(digest.text)
    assert "Forwarded by ada@example.org" in flat(digest.text)
    assert "From ada@example.org" not in flat(digest.text)


def test_the_footer_inbox_address_breaks_only_at_its_dots_and_at_sign() -> None:
    # given any digest
    # when
    digest = compose([make_app("Tidewater")], since=LAST)

    # then the address is marked to wrap only after "@" or ".", never inside a word
    assert "ada.<wbr>q3@<wbr>in.<wbr>example.<wbr>test" in digest.html
    assert 'style="word-break:normal;overflow-wrap:normal;"' in digest.html


def test_they_wrote_quotes_the_deciding_sentence_not_the_subject() -> None:
    # given an interview whose evidence starts with its own subject line
    app = make_app(
        "Tidewater",
        Status.INTERVIEWING,
        events=[
            event(
                Kind.INTERVIEW_SCHEDULED,
                NOW - timedelta(days=1),
                subject="Re: Interview invitation",
                evidence=("Interview invitation", "Could you join us on Thursday at 10:00 for a video call?"),
            )
        ],
    )

    # when
    digest = compose([app], since=LAST)

    # then the quoted words are the sentence that decided it
    assert "They wrote: “Could you join us on Thursday at 10:00 for a video call?”" in flat(digest.text)
    assert "They wrote: “Interview invitation”" not in flat(digest.text)


def test_their_promised_date_and_your_own_deadline_are_shown_apart() -> None:
    # given one employer that promised an answer, and one waiting on the user's references
    apps = [
        make_app("Tidewater", Status.INTERVIEWING, expect_reply_by=NOW + timedelta(days=3)),
        make_app("Lumen Works", Status.REFERENCES, respond_by=NOW + timedelta(days=2)),
    ]

    # when
    digest = compose(apps, since=LAST)

    # then each sits in its own section, under its own words
    text = flat(digest.text)
    mine = text.index("TO DO: YOUR OWN DEADLINES")
    theirs = text.index("WAITING ON THEM: THE DATES THEY GAVE")
    assert "Send your references to Lumen Works" in text[mine:theirs]
    assert "They said they would reply by Thu 11 Jun" in text[theirs:]
    assert "Tidewater" in text[theirs:]


def test_the_digest_carries_a_sign_in_link_to_the_board() -> None:
    # given a sign-in link made for this digest
    link = "https://board.example/signin/abc123"

    # when
    digest = compose([make_app("Tidewater")], since=LAST, board_link=link)

    # then both parts carry it whole
    assert f"  {link}" in digest.text.splitlines()
    assert f'href="{link}"' in digest.html
