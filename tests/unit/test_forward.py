"""Forward unwrapping and reply splitting on plain text (no MIME involved)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from untilsigned.domain.mail.forward import split_reply, unwrap
from untilsigned.domain.mail.subjects import strip_subject_prefixes, subject_prefix_kind
from untilsigned.domain.model import Address, Envelope

pytestmark = pytest.mark.unit

USER = Address("Jordan Lee", "jordan.lee@example.com")
SENT = datetime(2026, 6, 8, 12, 0, tzinfo=timezone(timedelta(hours=-4)))


def envelope(subject: str, sender: Address = USER, to: tuple[Address, ...] = ()) -> Envelope:
    recipients = to or (Address("", "jordan@in.untilsigned.example"),)
    return Envelope("<env@example.com>", sender, recipients, "", subject, SENT, "")


# --------------------------------------------------------------------------- subjects


@pytest.mark.parametrize(
    ("subject", "kind", "stripped"),
    [
        ("Fwd: Your interview", "forward", "Your interview"),
        ("FW: RE: Your interview", "forward", "Your interview"),
        ("WG: AW: Ihre Bewerbung", "forward", "Ihre Bewerbung"),
        ("TR: Votre candidature", "forward", "Votre candidature"),
        ("RV: Su candidatura", "forward", "Su candidatura"),
        ("I: La sua candidatura", "forward", "La sua candidatura"),
        ("İLT: Başvurunuz", "forward", "Başvurunuz"),
        ("Re: Next steps", "reply", "Next steps"),
        ("SV: Nästa steg", "reply", "Nästa steg"),
        ("[EXTERNAL] RE: Offer", "reply", "Offer"),
        ("Re[2]: Offer", "reply", "Offer"),
        ("Interview: Tuesday", "", "Interview: Tuesday"),
        ("", "", ""),
    ],
)
def test_subject_prefixes_are_recognised_and_stripped(subject: str, kind: str, stripped: str) -> None:
    # when / then
    assert subject_prefix_kind(subject) == kind
    assert strip_subject_prefixes(subject) == stripped


# --------------------------------------------------------------------------- forwards


def test_outlook_block_under_a_rule_with_fw_subject_is_a_forward() -> None:
    # given
    body = (
        "Can you log this?\n\n________________________________\n"
        "From: Ana Ruiz <Ana.Ruiz@Fernhill.example>\nSent: Wednesday, June 3, 2026 9:05 AM\n"
        "To: Jordan Lee <jordan.lee@example.com>\nSubject: Phone screen\n\n"
        "Hi Jordan, are you free for a phone screen on Friday?\n"
    )
    # when
    result = unwrap(body, envelope("FW: Phone screen"))
    # then
    assert result.forwarded is True
    assert result.forwarded_by == USER
    assert result.original.sender == Address("Ana Ruiz", "ana.ruiz@fernhill.example")
    assert result.original.date == datetime(2026, 6, 3, 9, 5, tzinfo=timezone(timedelta(hours=-4)))
    assert result.text == "Hi Jordan, are you free for a phone screen on Friday?"


def test_the_same_block_with_a_reply_subject_is_reply_history() -> None:
    # given
    body = (
        "Friday works for me.\n\nFrom: Ana Ruiz <ana.ruiz@fernhill.example>\n"
        "Sent: Wednesday, June 3, 2026 9:05 AM\nSubject: Phone screen\n\nAre you free on Friday?\n"
    )
    # when
    result = unwrap(body, envelope("RE: Phone screen"))
    # then
    assert result.forwarded is False
    assert result.text == "Friday works for me."
    assert "Are you free on Friday?" in result.quoted


def test_a_block_quoting_the_mails_own_recipient_is_reply_history_without_a_prefix() -> None:
    # given: an employer's reply, auto-forwarded, quoting the candidate it was sent to
    employer = Address("Ana Ruiz", "ana.ruiz@fernhill.example")
    body = (
        "Great, see you then.\n\n________________________________\n"
        "From: Jordan Lee <jordan.lee@example.com>\nSent: Wednesday, June 3, 2026 9:05 AM\n"
        "Subject: Phone screen\n\nFriday works for me.\n"
    )
    # when
    result = unwrap(body, envelope("Phone screen", sender=employer, to=(USER,)))
    # then
    assert result.forwarded is False
    assert result.original.sender == employer
    assert result.text == "Great, see you then."


def test_outlook_for_mac_forward_looks_like_a_reply_line_and_needs_the_fw_prefix() -> None:
    # given
    body = (
        'On 02/06/2026 14:20, "Ana Ruiz" <ana.ruiz@fernhill.example> wrote:\n\n'
        "    Your offer letter is ready.\n"
    )
    # when
    forward = unwrap(body, envelope("FW: Offer"))
    reply = unwrap(body, envelope("Re: Offer"))
    # then
    assert forward.forwarded is True
    assert forward.original.sender == Address("Ana Ruiz", "ana.ruiz@fernhill.example")
    assert forward.original.subject == "Offer"  # the envelope subject, prefix removed
    assert forward.original.date == datetime(2026, 6, 2, 14, 20, tzinfo=timezone(timedelta(hours=-4)))
    assert forward.text == "Your offer letter is ready."
    assert reply.forwarded is False
    assert reply.text == ""


def test_yahoo_glues_the_header_fields_onto_the_separator_line() -> None:
    # given
    body = (
        "\n\n   ----- Forwarded Message ----- From: Ana Ruiz <ana.ruiz@fernhill.example>To: "
        '"jordan.lee@example.com" <jordan.lee@example.com>Sent: Tuesday, June 2, 2026, 10:15:00 AM GMT-4'
        "Subject: Assessment link\n Please complete the assessment.\n"
    )
    # when
    result = unwrap(body, envelope("Fwd: Assessment link"))
    # then
    assert result.forwarded is True
    assert result.original.sender == Address("Ana Ruiz", "ana.ruiz@fernhill.example")
    assert result.original.subject == "Assessment link"
    assert result.original.date == datetime(2026, 6, 2, 10, 15, tzinfo=timezone(timedelta(hours=-4)))
    assert result.text == "Please complete the assessment."


def test_a_forwarded_body_quoted_whole_under_its_header_block_is_the_text() -> None:
    # given a Proton-style forward that quotes the whole original under its header block
    body = (
        "see below\n\n------- Forwarded Message -------\nFrom: Ana Ruiz <ana.ruiz@fernhill.example>\n"
        "Date: On Tuesday, June 2nd, 2026 at 10:15\nSubject: Your application\nTo: jordan.lee@example.com\n\n"
        "> Hi Jordan,\n>\n> We have decided to offer the position to another candidate.\n>\n> Ana\n"
    )
    # when
    result = unwrap(body, envelope("Fwd: Your application"))
    # then the quoted original is the message's own text, not quoted history
    assert result.original.sender.email == "ana.ruiz@fernhill.example"
    assert "offer the position to another candidate" in result.text
    assert result.quoted == ""


@pytest.mark.parametrize("label_gap", ["", " "])
def test_a_separator_closing_the_header_block_is_not_a_second_forward(label_gap: str) -> None:
    # given a Zoho forward: its header block framed by two identical separators ("From :" in some versions)
    frame = "============ Forwarded message ============"
    body = (
        f"fyi\n\n{frame}\nFrom{label_gap}: Ana Ruiz <ana.ruiz@fernhill.example>\n"
        f"To{label_gap}: <jordan.lee@example.com>\nDate{label_gap}: Tue, 02 Jun 2026 10:15:00 -0400\n"
        f"Subject{label_gap}: Assessment link\n{frame}\n\nPlease complete the assessment by Friday.\n"
    )
    # when
    result = unwrap(body, envelope("Fwd: Assessment link"))
    # then the original is the block's sender, and its text follows the closing line
    assert result.forwarded is True
    assert result.original.sender == Address("Ana Ruiz", "ana.ruiz@fernhill.example")
    assert result.original.subject == "Assessment link"
    assert "Please complete the assessment by Friday." in result.text


@pytest.mark.parametrize(
    ("separator", "labels"),
    [
        ("-------- Message transféré --------", ("Sujet", "Date", "De", "Pour")),
        ("---------- Mensaje reenviado ---------", ("Asunto", "Fecha", "De", "Para")),
        ("Inizio messaggio inoltrato:", ("Oggetto", "Data", "Da", "A")),
        ("-------- Doorgestuurd bericht --------", ("Onderwerp", "Datum", "Van", "Aan")),
        ("Vidarebefordrat mejl:", ("Ämne", "Datum", "Från", "Till")),
        ("-------- Przekazana wiadomość --------", ("Temat", "Data", "Od", "Do")),
        ("-------- Пересылаемое сообщение --------", ("Тема", "Дата", "От", "Кому")),
        ("Välitetty viesti alkaa:", ("Aihe", "Päivämäärä", "Lähettäjä", "Vastaanottaja")),
    ],
)
def test_localized_separators_and_labels(separator: str, labels: tuple[str, str, str, str]) -> None:
    # given
    subject, date, sender, to = labels
    body = (
        f"{separator}\n{subject}: Entrevista 42\n{date}: Wed, 3 Jun 2026 15:51:30 +0100\n"
        f"{sender}: Ana Ruiz <ana.ruiz@fernhill.example>\n{to}: jordan.lee@example.com\n\nTexto.\n"
    )
    # when
    result = unwrap(body, envelope(""))
    # then
    assert result.forwarded is True
    assert result.original.sender == Address("Ana Ruiz", "ana.ruiz@fernhill.example")
    assert result.original.subject == "Entrevista 42"
    assert result.original.date == datetime(2026, 6, 3, 15, 51, 30, tzinfo=timezone(timedelta(hours=1)))
    assert result.text == "Texto."


def test_sender_forms_and_a_subject_wrapped_over_two_lines() -> None:
    # given
    body = (
        "---------- Forwarded message ---------\n"
        "From: Ana Ruiz [mailto:ana.ruiz@fernhill.example]\n"
        "Subject: Your application for the Senior Platform Engineer role has\n"
        "moved to the next stage\n"
        "To: jordan.lee@example.com\n\nHello.\n"
    )
    # when
    result = unwrap(body, envelope("Fwd: Your application"))
    # then
    assert result.original.sender == Address("Ana Ruiz", "ana.ruiz@fernhill.example")
    assert result.original.subject == (
        "Your application for the Senior Platform Engineer role has moved to the next stage"
    )


def test_an_unreadable_forward_date_falls_back_to_the_envelope_date() -> None:
    # given
    body = "---------- Forwarded message ---------\nFrom: a@fernhill.example\nDate: sometime soon\n\nHi\n"
    # when
    result = unwrap(body, envelope("Fwd: x"))
    # then
    assert result.original.date == SENT


def test_an_employer_forward_with_its_own_text_keeps_it_and_quotes_what_it_forwarded() -> None:
    # given: the recruiter forwarded the hiring manager's note with a real message of their own
    body = (
        "---------- Forwarded message ---------\n"
        "From: Ana Ruiz <ana.ruiz@fernhill.example>\nDate: Wed, Jun 3, 2026 at 9:05 AM\n"
        "Subject: Fwd: Feedback\n\n"
        "Hi Jordan, the team loved your presentation and we would like to move you to the final round.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Lee Park <lee.park@fernhill.example>\nDate: Tue, Jun 2, 2026 at 5:00 PM\n"
        "Subject: Feedback\n\nStrong hire from me.\n"
    )
    # when
    result = unwrap(body, envelope("Fwd: Fwd: Feedback"))
    # then
    assert result.original.sender == Address("Ana Ruiz", "ana.ruiz@fernhill.example")
    assert "final round" in result.text
    assert "Strong hire" not in result.text
    assert "Strong hire from me." in result.quoted


def test_interleaved_quoting_keeps_every_unquoted_line_as_text() -> None:
    # given
    body = "> Can you start in July?\nYes, July works.\n> Any questions?\nNone for now.\n"
    # when
    text, quoted = split_reply(body)
    # then
    assert text == "Yes, July works.\nNone for now."
    assert quoted == "Can you start in July?\nAny questions?"


@pytest.mark.parametrize(
    "intro",
    [
        "On Tue, Jun 2, 2026 at 9:00 AM Ana Ruiz <ana.ruiz@fernhill.example> wrote:",
        "Am 02.06.2026 um 09:00 schrieb Ana Ruiz <ana.ruiz@fernhill.example>:",
        "Le mar. 2 juin 2026 à 09:00, Ana Ruiz <ana.ruiz@fernhill.example> a écrit :",
        "El mar, 2 jun 2026 a las 9:00, Ana Ruiz (<ana.ruiz@fernhill.example>) escribió:",
        "On Tue, Jun 2, 2026 at 9:00 AM Ana Ruiz <ana.ruiz@fernhill.example>\nwrote:",
    ],
)
def test_reply_intro_lines_start_the_quoted_history(intro: str) -> None:
    # given
    body = f"Thanks, that works.\n\n{intro}\n\n> Could we talk on Friday?\n"
    # when
    text, quoted = split_reply(body)
    # then
    assert text == "Thanks, that works."
    assert "Could we talk on Friday?" in quoted


def test_a_single_quoted_line_is_not_history() -> None:
    # when
    text, quoted = split_reply("Please note:\n> bring a photo ID\nThanks\n")
    # then
    assert text == "Please note:\n> bring a photo ID\nThanks"
    assert quoted == ""


def test_a_colon_line_in_prose_is_not_a_header_block() -> None:
    # given
    body = "Date: Thursday, June 11\nTime: 2pm\nLocation: 5th floor\n\nSee you there.\n"
    # when
    result = unwrap(body, envelope("Interview details", sender=Address("", "hr@fernhill.example")))
    # then
    assert result.forwarded is False
    assert result.text == body.strip()


def test_long_hostile_lines_return() -> None:
    # given: lines that start like headers or reply intros but never end
    body = ("From: " + "a" * 50_000 + "\n") + ("On " + "1 " * 30_000 + "\n") + ("> " * 40_000 + "\n") * 3
    # when
    result = unwrap(body, envelope("Fwd: x"))
    # then
    assert result.original is not None


def test_a_forward_without_any_header_is_still_a_forward() -> None:
    # when
    result = unwrap("Begin forwarded message:\nHello\n", envelope("Fwd: note"))
    # then
    assert result.forwarded is True
    assert result.original.sender == Address("", "")
    assert result.original.subject == "note"
    assert result.original.date == SENT
    assert result.text == "Hello"


def test_no_forward_means_the_envelope_is_the_original_with_the_given_ids() -> None:
    # when
    result = unwrap(
        "Hello Jordan",
        envelope("Fwd: Hello", sender=Address("Ana", "ana@fernhill.example")),
        message_id="<m@x>",
        in_reply_to="<p@x>",
        references=("<r@x>",),
    )
    # then
    assert result.forwarded is False
    assert result.original.subject == "Hello"
    assert (result.original.message_id, result.original.in_reply_to, result.original.references) == (
        "<m@x>",
        "<p@x>",
        ("<r@x>",),
    )
    assert result.original.date == SENT


def test_bottom_posted_reply_text_below_the_quote_is_the_newest_text() -> None:
    # when
    text, quoted = split_reply(
        "On 04/06/2026 18:26, Ana Ruiz wrote:\n> Can you start on the 1st?\nYes, I can.\n"
    )
    # then
    assert text == "Yes, I can."
    assert "start on the 1st" in quoted


def test_a_signature_below_a_top_posted_reply_stays_with_the_history() -> None:
    # when
    text, _quoted = split_reply(
        "Sounds good.\n\nOn Jun 4, 2026, Ana <a@fernhill.example> wrote:\n> Lunch?\n--\nAna\n"
    )
    # then
    assert text == "Sounds good."


def test_a_verbless_attribution_line_above_a_quote_starts_the_history() -> None:
    # when
    text, quoted = split_reply(
        'Fine by me.\n\n04.06.2026, 14:41, "Ana Ruiz" <ana@fernhill.example>:\n> Friday?\n'
    )
    # then
    assert text == "Fine by me."
    assert "Friday?" in quoted


def test_a_closing_line_is_not_joined_to_the_reply_intro_below_it() -> None:
    # when
    text, _quoted = split_reply("Thanks,\nAlex\nOn 26.06.2026 14:41, Ana Ruiz wrote:\n> Hello\n> there\n")
    # then
    assert text == "Thanks,\nAlex"
