"""read_mail: envelope, forward unwrapping through real MIME, invites, and hostile input."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from untilsigned.domain.mail.mime import MAX_TEXT_CHARS, read_mail
from untilsigned.domain.model import Address, ReadMail

pytestmark = pytest.mark.unit

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mail"
USER = Address(name="Jordan Lee", email="jordan.lee@example.com")


def read_fixture(name: str) -> ReadMail:
    return read_mail((FIXTURES / name).read_bytes())


# --------------------------------------------------------------------------- forwards


def test_gmail_forward_gives_the_employer_as_original_and_drops_the_users_note() -> None:
    # when
    mail = read_fixture("gmail_forward.eml")
    # then
    assert mail.error is None
    assert mail.forwarded is True
    assert mail.forwarded_by == USER  # address lower-cased from "Jordan.Lee@Example.com"
    assert mail.original.sender == Address("Priya Raman", "priya.raman@northwindlabs.example")
    assert mail.original.subject == "Interview for Data Engineer at Northwind Labs"
    assert mail.original.date == datetime(2026, 6, 8, 9, 14, tzinfo=timezone(timedelta(hours=-4)))
    assert mail.original.message_id == ""  # inline forwards carry no ids
    assert "technical interview with our platform team" in " ".join(mail.text.split())
    assert "Adding this one" not in mail.text
    assert mail.quoted == ""


def test_envelope_headers_are_decoded_and_the_amazonses_auth_results_win() -> None:
    # when
    envelope = read_fixture("gmail_forward.eml").envelope
    # then
    assert envelope.sender == USER
    assert envelope.to == (Address("", "jordan@in.untilsigned.example"),)
    assert envelope.return_path == "jordan.lee@example.com"
    assert envelope.message_id == "<CAfwd-0001@mail.example.com>"
    assert envelope.subject == "Fwd: Interview for Data Engineer at Northwind Labs"
    assert envelope.date == datetime(2026, 6, 8, 10, 2, 11, tzinfo=timezone(timedelta(hours=-4)))
    # the first Authentication-Results (another host, spf=fail) loses to amazonses.com's
    assert (envelope.auth.spf, envelope.auth.dkim, envelope.auth.dmarc) == ("PASS", "PASS", "PASS")
    assert (envelope.auth.spam, envelope.auth.virus) == ("PASS", "PASS")


def test_html_only_outlook_forward_is_unwrapped_from_the_rply_fwd_header_block() -> None:
    # when
    mail = read_fixture("outlook_forward.eml")
    # then
    assert mail.forwarded is True
    assert mail.forwarded_by == Address("Lee, Jordan", "jordan.lee@example.com")
    assert mail.original.sender == Address("Bluefin Robotics Careers", "no-reply@bluefin.example")
    assert mail.original.subject == "Your application to Bluefin Robotics"
    # "Monday, June 8, 2026 4:05 PM" has no zone: the envelope's (UTC) is used
    assert mail.original.date == datetime(2026, 6, 8, 16, 5, tzinfo=UTC)
    assert mail.text.startswith("Dear Jordan,")
    assert "decided not to move forward" in mail.text
    assert "FYI" not in mail.text


def test_apple_mail_quoted_forward_in_format_flowed_text() -> None:
    # when
    mail = read_fixture("apple_forward.eml")
    # then
    assert mail.forwarded is True
    assert mail.original.sender == Address("Marta Quiroga", "marta.quiroga@harborpine.example")
    assert mail.original.subject == "Next steps with Harbor & Pine"
    assert mail.original.date == datetime(2026, 6, 9, 17, 30, 5, tzinfo=timezone(timedelta(hours=2)))
    assert mail.text.startswith("Hello Jordan,")
    assert ">" not in mail.text  # one quote level removed with the forward
    assert "former managers" in mail.text


def test_thunderbird_forward_with_tab_separated_headers() -> None:
    # when
    mail = read_fixture("thunderbird_forward.eml")
    # then
    assert mail.forwarded is True
    assert mail.original.sender == Address("Kestrel Analytics Hiring", "hiring@kestrel.example")
    assert mail.original.subject == "Kestrel Analytics - take-home exercise"
    assert mail.original.date == datetime(2026, 6, 11, 11, 20, 33, tzinfo=timezone(timedelta(hours=-7)))
    assert "take-home exercise" in mail.text


def test_german_outlook_forward_in_latin1_quoted_printable() -> None:
    # when
    mail = read_fixture("german_forward.eml")
    # then
    assert mail.forwarded is True
    assert mail.original.sender == Address("Jürgen Müller", "juergen.mueller@lindenhof.example")
    assert mail.original.subject == "Ihre Bewerbung als Projektleiterin"
    # "Donnerstag, 11. Juni 2026 14:12" takes the envelope's +02:00
    assert mail.original.date == datetime(2026, 6, 11, 14, 12, tzinfo=timezone(timedelta(hours=2)))
    assert "Gespräch" in mail.text
    assert "Zur Info" not in mail.text


def test_nested_forward_through_the_users_other_address_gives_the_innermost_employer() -> None:
    # when
    mail = read_fixture("nested_forward.eml")
    # then
    assert mail.forwarded is True
    assert mail.forwarded_by == USER
    assert mail.original.sender == Address("Sam Okafor", "sam.okafor@meridianhealth.example")
    assert mail.original.subject == "Offer details - Product Designer"
    assert mail.text.startswith("Hi Jordan,")
    assert "see below" not in mail.text


def test_forward_as_attachment_reads_the_attached_message_with_its_ids() -> None:
    # when
    mail = read_fixture("rfc822_forward.eml")
    # then
    assert mail.forwarded is True
    assert mail.forwarded_by == USER
    assert mail.original.sender == Address("Cedar Grove Careers", "careers@cedargrove.example")
    assert mail.original.subject == "Application received"
    assert mail.original.message_id == "<ats-abc-123@cedargrove.example>"
    assert mail.original.in_reply_to == "<older-1@cedargrove.example>"
    assert mail.original.references == ("<root-0@cedargrove.example>", "<older-1@cedargrove.example>")
    assert "received your application for Operations Analyst" in " ".join(mail.text.split())
    assert "Forwarding as an attachment" not in mail.text


def test_auto_forwarded_mail_keeps_the_employer_envelope_and_splits_off_the_quoted_reply() -> None:
    # when
    mail = read_fixture("auto_forward.eml")
    # then
    assert mail.forwarded is False
    assert mail.forwarded_by is None
    assert mail.original.sender == Address("Lena Fischer", "lena.fischer@tidewater.example")
    assert mail.original.message_id == "<tw-reply-0008@tidewater.example>"
    assert mail.original.in_reply_to == "<jl-0007@example.com>"
    assert mail.original.references == ("<tw-0006@tidewater.example>", "<jl-0007@example.com>")
    assert mail.envelope.forwarded_for == (
        "jordan.lee@example.com jordan@in.untilsigned.example jordan@in.untilsigned.example"
    )
    assert mail.envelope.return_path == "srs0=ab12=cd=tidewater.example=lena.fischer@example.com"
    assert mail.envelope.auth.spf == "SOFTFAIL"
    assert mail.text.endswith("Lena")
    assert "Tuesday morning" in mail.quoted
    assert "Tuesday morning" not in mail.text


def test_reply_history_under_original_message_separators_goes_to_quoted() -> None:
    # when
    mail = read_fixture("quoted_reply.eml")
    # then
    assert mail.forwarded is False
    assert "I will be in touch" in mail.text
    assert "extend you an offer" not in mail.text
    assert "extend you an offer" in mail.quoted


# --------------------------------------------------------------------------- bodies


def test_html_only_mail_drops_preheader_script_style_and_title() -> None:
    # when
    mail = read_fixture("html_only_preheader.eml")
    # then
    assert "Congratulations" not in mail.text
    assert "hidden teaser" not in mail.text
    assert "track" not in mail.text
    assert "color" not in mail.text
    assert "Orchard Street Bank" not in mail.text  # the <title>
    lines = mail.text.split("\n")
    assert "Thanks for applying, Jordan" in lines
    assert "Our recruiters review every application." in lines
    assert "If there is a match, we will reach out within two weeks." in lines


def test_unknown_charset_falls_back_to_utf8_and_raw_8bit_headers_are_decoded() -> None:
    # when
    mail = read_fixture("bad_charset.eml")
    # then
    assert mail.error is None
    assert mail.envelope.subject == "Entrevista – Editora júnior"
    assert mail.text.startswith("Olá Jordan, gostaríamos")


def test_broken_base64_keeps_the_decodable_lines() -> None:
    # when
    mail = read_fixture("broken_base64.eml")
    # then
    assert mail.error is None
    assert mail.text == "Hi Jordan, please complete the online assessment by Sunday."


def test_stub_plain_part_loses_to_the_html_alternative() -> None:
    # given
    message = EmailMessage()
    message["From"] = "Alder Bio <jobs@alderbio.example>"
    message["To"] = "jordan.lee@example.com"
    message["Subject"] = "Interview invitation"
    message.set_content("Please view this message in an HTML capable client.")
    html = "<p>Hi Jordan,</p>" + "<p>We would like to invite you to an onsite interview next week.</p>" * 10
    message.add_alternative(html, subtype="html")
    # when
    mail = read_mail(message.as_bytes())
    # then
    assert "onsite interview next week" in mail.text
    assert "HTML capable" not in mail.text


def test_text_attachments_are_not_read_as_the_body() -> None:
    # given
    message = EmailMessage()
    message["From"] = "Jordan Lee <jordan.lee@example.com>"
    message["To"] = "jordan@in.untilsigned.example"
    message["Subject"] = "my notes"
    message.set_content("See the attached file.")
    message.add_attachment("SECRET RESUME TEXT", filename="resume.txt")
    # when
    mail = read_mail(message.as_bytes())
    # then
    assert mail.text == "See the attached file."


def test_tnef_winmail_attachment_is_ignored() -> None:
    # given
    message = EmailMessage()
    message["From"] = "Oak Hill Clinic <hr@oakhill.example>"
    message["To"] = "jordan.lee@example.com"
    message["Subject"] = "Schedule"
    message.set_content("Your shadow shift is confirmed for Monday.")
    message.add_attachment(b"\x78\x9f\x3e\x22" + b"\x00" * 64, maintype="application", subtype="ms-tnef",
                           filename="winmail.dat")  # fmt: skip
    # when
    mail = read_mail(message.as_bytes())
    # then
    assert mail.error is None
    assert mail.text == "Your shadow shift is confirmed for Monday."


# --------------------------------------------------------------------------- headers


def test_missing_auth_headers_default_to_none_and_pass() -> None:
    # when
    auth = read_fixture("thunderbird_forward.eml").envelope.auth
    # then
    assert (auth.spf, auth.dkim, auth.dmarc, auth.spam, auth.virus) == (
        "NONE",
        "NONE",
        "NONE",
        "PASS",
        "PASS",
    )


def test_encoded_words_naive_date_and_received_fallback() -> None:
    # given
    naive = (
        b"From: =?UTF-8?Q?Ren=C3=A9e_Blanc?= <Renee@Atelier.example>\r\n"
        b"Subject: =?UTF-8?B?VW5lIHBsYWNlIMOg?= =?UTF-8?B?IHBvdXJ2b2ly?=\r\n"
        b"Date: Mon, 22 Jun 2026 09:30:00\r\n\r\nBonjour\r\n"
    )
    undated = (
        b"Received: from mx.example by inbound-smtp.example; Tue, 23 Jun 2026 08:00:00 +0000\r\n"
        b"From: a@b.example\r\nSubject: x\r\n\r\nbody\r\n"
    )
    # when
    first = read_mail(naive)
    second = read_mail(undated)
    # then
    assert first.envelope.sender == Address("Renée Blanc", "renee@atelier.example")
    assert first.envelope.subject == "Une place à pourvoir"
    assert first.envelope.date == datetime(2026, 6, 22, 9, 30, tzinfo=UTC)
    assert second.envelope.date == datetime(2026, 6, 23, 8, 0, tzinfo=UTC)


# --------------------------------------------------------------------------- calendar


def test_invite_in_body_and_ics_attachment_gives_one_invite_in_new_york_time() -> None:
    # when
    mail = read_fixture("calendar_invite.eml")
    # then
    assert len(mail.invites) == 1
    invite = mail.invites[0]
    assert invite.method == "REQUEST"
    assert invite.start == datetime(2026, 6, 11, 14, 0, tzinfo=ZoneInfo("America/New_York"))
    assert invite.start is not None and invite.start.utcoffset() == timedelta(hours=-4)
    assert invite.cancelled is False
    assert invite.location == "https://meet.google.com/abc-defg-hij"
    assert invite.organizer == Address("Priya Raman", "priya.raman@northwindlabs.example")


def test_cancelled_exchange_invite_with_a_windows_zone_name() -> None:
    # when
    invite = read_fixture("calendar_cancel.eml").invites[0]
    # then
    assert invite.cancelled is True
    assert invite.method == "CANCEL"
    assert invite.sequence == 2
    assert invite.start == datetime(2026, 6, 23, 10, 0, tzinfo=ZoneInfo("America/Los_Angeles"))
    assert invite.location.startswith("Microsoft Teams Meeting https://teams.microsoft.com/")


# --------------------------------------------------------------------------- hostile input


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"   \r\n  ",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512,  # an Outlook .msg file
        b"\x78\x9f\x3e\x22" + b"\x01" * 64,  # a bare winmail.dat
        bytes(range(256)) * 40,
    ],
)
def test_unreadable_input_gives_an_error_not_an_exception(raw: bytes) -> None:
    # when
    mail = read_mail(raw)
    # then
    assert mail.error
    assert mail.text == ""


def test_a_non_bytes_argument_gives_an_error() -> None:
    # when
    mail = read_mail("From: a@b.example\n\nhello")  # type: ignore[arg-type]
    # then
    assert mail.error is not None and "not bytes" in mail.error


def test_deeply_nested_multiparts_return_with_the_envelope_filled() -> None:
    # given: 3 000 nested multipart levels, each opening a new boundary
    levels = 3_000
    head = (
        b"From: Nest <nest@example.org>\r\nSubject: deep\r\n"
        b"Content-Type: multipart/mixed; boundary=b0\r\n\r\n"
    )
    opening = b"".join(
        b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (i, i + 1) for i in range(levels)
    )
    closing = b"".join(b"--b%d--\r\n" % i for i in reversed(range(levels + 1)))
    raw = head + opening + b"--b%d\r\nContent-Type: text/plain\r\n\r\nbottom\r\n" % levels + closing
    # when
    mail = read_mail(raw)
    # then
    assert mail.envelope.subject == "deep"
    assert mail.envelope.sender == Address("Nest", "nest@example.org")
    assert "bottom" not in mail.text  # below the depth cap


def test_thousands_of_sibling_parts_are_capped() -> None:
    # given
    parts = b"".join(b"--s\r\nContent-Type: text/plain\r\n\r\npart %d\r\n" % i for i in range(2_000))
    raw = b"From: a@b.example\r\nSubject: many\r\nContent-Type: multipart/mixed; boundary=s\r\n\r\n" + parts
    raw += b"--s--\r\n"
    # when
    mail = read_mail(raw)
    # then
    assert mail.error is None
    assert "part 0" in mail.text
    assert "part 1999" not in mail.text


def test_a_huge_html_body_returns_with_bounded_text() -> None:
    # given: about 3 MB of HTML, nested 5 000 divs deep, then many paragraphs
    html = "<div>" * 5_000 + "<p>Lorem ipsum dolor sit amet, consectetur.</p>" * 60_000 + "</div>" * 5_000
    message = EmailMessage()
    message["From"] = "Bulk <bulk@example.org>"
    message["Subject"] = "big"
    message.set_content(html, subtype="html")
    # when
    mail = read_mail(message.as_bytes())
    # then
    assert mail.error is None
    assert mail.text.startswith("Lorem ipsum")
    assert len(mail.text) <= MAX_TEXT_CHARS + 1_000


def test_a_135_kb_header_of_encoded_words_is_read() -> None:
    # given
    words = " ".join(f"=?utf-8?q?Name{i}?= <n{i}@example.org>," for i in range(4_000))
    raw = f"From: a@b.example\r\nTo: {words}\r\nSubject: wide\r\n\r\nhi\r\n".encode()
    # when
    mail = read_mail(raw)
    # then
    assert mail.error is None
    assert mail.envelope.subject == "wide"
    assert 0 < len(mail.envelope.to) <= 100


def test_headerless_plain_text_is_read_as_a_body() -> None:
    # when
    mail = read_mail(b"Just a note with no headers at all.\r\nSecond line.\r\n")
    # then
    assert mail.error is None
    assert mail.text == "Just a note with no headers at all.\nSecond line."


def test_obsolete_space_before_colon_header_syntax_is_repaired() -> None:
    # when
    mail = read_mail(b"\xef\xbb\xbfSubject : Spaced out\r\nFrom : a@b.example\r\n\r\nbody text\r\n")
    # then
    assert mail.envelope.subject == "Spaced out"
    assert mail.envelope.sender.email == "a@b.example"
    assert mail.text == "body text"


def test_a_header_line_that_lost_its_fold_does_not_end_the_header_block() -> None:
    # given: a long header wrapped without the leading space, above the Content-Type
    raw = (
        b"From: Ana <ana@fernhill.example>\r\nSubject: Offer\r\nX-Diagnostics: 1;AAAA\r\n"
        b"BBBBCCCC\r\nContent-Type: multipart/alternative; boundary=zz\r\n\r\n"
        b"--zz\r\nContent-Type: text/plain\r\n\r\nWe are pleased to offer you the role.\r\n--zz--\r\n"
    )
    # when
    mail = read_mail(raw)
    # then
    assert mail.text == "We are pleased to offer you the role."
