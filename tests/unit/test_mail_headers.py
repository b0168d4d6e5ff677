"""Header decoding, loose address parsing and Content-Type parameters."""

from __future__ import annotations

import pytest

from untilsigned.domain.mail.headers import (
    bare_address,
    decode_bytes,
    decode_header_value,
    parse_address,
    parse_address_header,
    parse_params,
)
from untilsigned.domain.model import Address

pytestmark = pytest.mark.unit


def test_encoded_words_split_inside_a_multibyte_character_are_joined() -> None:
    # given: "Müller" with the two UTF-8 bytes of "ü" in two separate words
    raw = "=?utf-8?B?TcM=?= =?utf-8?B?vGxsZXI=?= <m@example.org>"
    # when / then
    assert decode_header_value(raw) == "Müller <m@example.org>"


def test_mixed_encoded_and_plain_text_keeps_the_plain_spaces() -> None:
    # when / then
    assert decode_header_value("Re: =?iso-8859-1?Q?Entrevue_=E0?= Montr\u00e9al") == "Re: Entrevue à Montréal"


def test_unknown_charsets_and_bad_base64_do_not_raise() -> None:
    # when / then
    assert decode_header_value("=?x-klingon?Q?Hello?=") == "Hello"
    assert isinstance(decode_header_value("=?utf-8?B?!!!?="), str)
    assert decode_bytes("café".encode("cp1252"), "us-ascii") == "café"
    assert decode_bytes(b"\xff\xfe", "utf-7") != ""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Ana Ruiz <Ana.Ruiz@Fernhill.example>", Address("Ana Ruiz", "ana.ruiz@fernhill.example")),
        ('"Ruiz, Ana" <ana@fernhill.example>', Address("Ruiz, Ana", "ana@fernhill.example")),
        ("ana@fernhill.example", Address("", "ana@fernhill.example")),
        ("Ana Ruiz [mailto:ana@fernhill.example]", Address("Ana Ruiz", "ana@fernhill.example")),
        ("Ana Ruiz <mailto:ana@fernhill.example>", Address("Ana Ruiz", "ana@fernhill.example")),
        ("Ana Ruiz (ana@fernhill.example)", Address("Ana Ruiz", "ana@fernhill.example")),
        ("ana@fernhill.example (Ana Ruiz)", Address("Ana Ruiz", "ana@fernhill.example")),
        ("ana@fernhill.example <ana@fernhill.example>", Address("", "ana@fernhill.example")),
        (
            "Ana Ruiz<mailto:ana@fernhill.example> <ana@fernhill.example<mailto:ana@fernhill.example>> "
            "on behalf of jobs@fernhill.example",
            Address("Ana Ruiz", "ana@fernhill.example"),
        ),
        ("Ana Ruiz", Address("Ana Ruiz", "")),
        ("« Ana Ruiz » <ana@fernhill.example>", Address("Ana Ruiz", "ana@fernhill.example")),
        ("", Address("", "")),
    ],
)
def test_loose_address_forms(value: str, expected: Address) -> None:
    # when / then
    assert parse_address(value) == expected


def test_address_headers_parse_lists_and_fall_back_when_strict_parsing_fails() -> None:
    # when
    strict = parse_address_header('"Lee, Jordan" <J@Example.com>, =?utf-8?Q?Ren=C3=A9e?= <r@example.com>')
    loose = parse_address_header("Ana Ruiz ana@fernhill.example")
    # then
    assert strict == (Address("Lee, Jordan", "j@example.com"), Address("Renée", "r@example.com"))
    assert loose == (Address("Ana Ruiz", "ana@fernhill.example"),)
    assert parse_address_header("") == ()


def test_return_path_becomes_a_bare_lower_case_address() -> None:
    # when / then
    assert bare_address("<SRS0=x=YY=Fernhill.example=ana@Forwarder.example>") == (
        "srs0=x=yy=fernhill.example=ana@forwarder.example"
    )
    assert bare_address("<>") == ""


def test_content_type_parameters_including_rfc2231_and_a_missing_semicolon() -> None:
    # when / then
    assert parse_params('Text/HTML; Charset="UTF-8"; format=flowed') == (
        "text/html",
        {"charset": "UTF-8", "format": "flowed"},
    )
    assert parse_params("attachment; filename*0*=utf-8''Lebens; filename*1=lauf.ics")[1]["filename"] == (
        "Lebenslauf.ics"
    )
    assert parse_params("text/plain charset=us-ascii") == ("text/plain", {"charset": "us-ascii"})
    assert parse_params('text/plain; name="a;b.txt"')[1]["name"] == "a;b.txt"
    assert parse_params(None) == ("", {})
