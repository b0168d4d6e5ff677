"""The mail a new user gets: the welcome, the one-time "it works" reply, and the command list.

Pure text: no AWS, no clock reads. The ingest and registration services send what is composed here.
"""

from __future__ import annotations

from dataclasses import dataclass

from untilsigned.domain.model import Kind, Understood, User

_KIND_WORDS: dict[Kind, str] = {
    Kind.APPLICATION_RECEIVED: "an application received",
    Kind.ASSESSMENT: "an assessment",
    Kind.INTERVIEW_SCHEDULED: "an interview invitation",
    Kind.REFERENCES_REQUESTED: "a request for references",
    Kind.REJECTED: "a rejection",
    Kind.OFFER: "an offer (not signed yet: keep applying)",
    Kind.OFFER_SIGNED: "a signed offer",
    Kind.STATUS_UPDATE: "a status update",
    Kind.NOT_JOB: "not about a job application (nothing was recorded)",
    Kind.UNREADABLE: "unreadable",
}

COMMANDS: tuple[tuple[str, str], ...] = (
    ("signed <employer>", "you signed that offer: the reminders stop after one congratulation"),
    ("withdraw <employer>", "you withdrew from that application"),
    ("rejected <employer>", "a rejection that came by phone or in person"),
    ("pause / resume", "stop or restart the digests"),
    ("status", "replies with where every application stands"),
    ("help", "replies with this list"),
    ("forget me", "deletes everything untilsigned keeps about you"),
)


@dataclass(frozen=True)
class Letter:
    """A plain-text mail to the owner's registered address."""

    subject: str
    text: str


def commands_text(user: User) -> str:
    width = max(len(name) for name, _ in COMMANDS)
    lines = [
        f"Send these from {user.email} to {user.inbox}, in the subject or on the first line:",
        "",
        *(f"  {name.ljust(width)}  {meaning}" for name, meaning in COMMANDS),
    ]
    return "\n".join(lines)


def help_letter(user: User) -> Letter:
    return Letter("untilsigned: commands", commands_text(user) + "\n")


def welcome_letter(user: User) -> Letter:
    """What the inbox address is for, how to set up a forwarding filter, and the commands."""
    senders = ", ".join(user.trusted_senders)
    text = f"""Welcome to untilsigned.

Your personal inbox address is:

    {user.inbox}

Forward recruiter and application mail there, by hand or with a filter. untilsigned reads each one,
keeps every application with its timeline, holds employers to the dates they gave, and mails you a
digest until an offer is signed. Only mail forwarded from your registered address ({senders})
can change your applications; anything else is kept aside and shown in your digest.

Setting up a filter in Gmail
  1. Settings > See all settings > Forwarding and POP/IMAP > Add a forwarding address: {user.inbox}
  2. Gmail sends a confirmation code and link to that address. untilsigned recognises it and relays it
     to you at once at {user.email}: open the link (or type the code into Gmail's settings).
  3. Settings > Filters and blocked addresses > Create a new filter, for example
     From: (greenhouse.io OR lever.co OR myworkday.com) or Has the words: application OR interview,
     then "Forward it to" {user.inbox}.

Setting up a rule in Outlook.com or Microsoft 365
  1. Settings > Mail > Rules > Add new rule: choose your conditions (sender, words in the subject),
     action "Forward to" {user.inbox}.
  2. Outlook sends no confirmation mail. At work, your administrator may block forwarding outside the
     organisation; if nothing arrives, forward by hand or ask them.

Other providers (Yahoo, iCloud, Zoho, Fastmail, Proton) work the same way: where they send a
confirmation to the new forwarding address, untilsigned relays it to you at once.

The first mail that arrives through your forwarding gets a short reply saying what untilsigned
understood, so you know the set-up works.

{commands_text(user)}
"""
    return Letter("Welcome to untilsigned: your inbox address", text)


def first_mail_letter(user: User, understood: Understood, outcome: str) -> Letter:
    """The one-time reply to the first mail that arrived through the user's forwarding."""
    mail = understood.mail
    extraction = understood.extraction
    sender = mail.original.sender.email or mail.original.sender.name or "an unknown sender"
    read_as = _KIND_WORDS.get(understood.kind, str(understood.kind))
    lines = [
        "It works: your forwarding reached untilsigned.",
        "",
        f"The first mail was “{mail.original.subject or '(no subject)'}” from {sender}.",
        f"untilsigned read it as {read_as}.",
    ]
    if extraction.company:
        role = f", role {extraction.role}" if extraction.role else ""
        lines.append(f"Employer: {extraction.company}{role}.")
    for label, moment in (
        ("Interview", extraction.interview_at),
        ("They said they would reply by", extraction.expect_reply_by),
        ("Your deadline", extraction.respond_by),
    ):
        if moment is not None:
            lines.append(f"{label}: {moment.strftime('%a %d %b %Y %H:%M %Z').strip()}.")
    lines.append(f"Outcome: {outcome}.")
    lines += [
        "",
        "This reply comes once. From now on you hear from untilsigned in your digest, and whenever you send",
        "a command. Reply 'help' for the list.",
    ]
    return Letter("untilsigned: your forwarding works", "\n".join(lines) + "\n")
