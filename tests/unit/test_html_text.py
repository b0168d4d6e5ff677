"""html_to_text: line structure, hidden content, quote marking, hostile HTML."""

from __future__ import annotations

import pytest

from untilsigned.domain.mail.html_text import MAX_TEXT_CHARS, OUTLOOK_SEPARATOR, html_to_text

pytestmark = pytest.mark.unit


def test_blocks_breaks_list_items_and_table_rows_become_lines() -> None:
    # given
    html = (
        "<div>Hi Jordan,</div><p>Line one<br>Line two</p><ul><li>First</li><li>Second</li></ul>"
        "<table><tr><td>Role</td><td>Analyst</td></tr><tr><td>Start</td><td>July</td></tr></table>"
    )
    # when
    text = html_to_text(html)
    # then
    assert text.split("\n") == ["Hi Jordan,", "", "Line one", "Line two", "", "First", "Second",
                                "Role Analyst", "Start July"]  # fmt: skip


def test_whitespace_collapses_and_entities_are_unescaped() -> None:
    # when
    text = html_to_text("<p>  Salary:&nbsp;&pound;50,000\n   per&#160;year &amp; benefits&zwnj;  </p>")
    # then
    assert text == "Salary: £50,000 per year & benefits"


@pytest.mark.parametrize(
    "hidden",
    [
        '<div style="display: none">SECRET</div>',
        '<span style="visibility:hidden">SECRET</span>',
        '<div style="max-height:0px;overflow:hidden">SECRET</div>',
        '<span style="font-size:0">SECRET</span>',
        '<div style="mso-hide:all">SECRET</div>',
        '<div style="opacity:0">SECRET</div>',
        "<div hidden>SECRET</div>",
        '<div aria-hidden="true">SECRET</div>',
        '<span class="preheader">SECRET</span>',
        "<script>var SECRET = 1;</script>",
        "<style>.SECRET { color: red }</style>",
        "<noscript>SECRET</noscript>",
        "<template>SECRET</template>",
        "<!-- SECRET -->",
    ],
)
def test_hidden_content_is_dropped(hidden: str) -> None:
    # when
    text = html_to_text(f"<html><head><title>SECRET</title></head><body>{hidden}<p>Visible</p></body></html>")
    # then
    assert text == "Visible"


def test_small_but_visible_text_is_kept() -> None:
    # when
    text = html_to_text('<span style="font-size:0.9em;opacity:0.8">Small print</span>')
    # then
    assert text == "Small print"


def test_blockquotes_are_marked_per_level() -> None:
    # given
    html = (
        "<div>Sounds good.</div><div class='gmail_quote'>On Mon, Ana wrote:<br>"
        "<blockquote>Can you do Tuesday?<blockquote>Older note</blockquote></blockquote></div>"
    )
    # when
    text = html_to_text(html)
    # then
    assert text.split("\n") == ["Sounds good.", "On Mon, Ana wrote:", "", "> Can you do Tuesday?", ">",
                                "> > Older note"]  # fmt: skip


def test_outlook_reply_header_block_gets_the_outlook_rule_line() -> None:
    # given
    html = (
        "<div>FYI</div><div id='appendonsend'></div>"
        "<div id='divRplyFwdMsg'><b>From:</b> Ana &lt;ana@fernhill.example&gt;<br><b>Sent:</b> Monday</div>"
        "<div>Body</div>"
    )
    # when
    text = html_to_text(html)
    # then
    assert text.split("\n") == ["FYI", OUTLOOK_SEPARATOR, "From: Ana <ana@fernhill.example>", "Sent: Monday",
                                "Body"]  # fmt: skip


def test_hr_before_outlook_header_gives_a_single_rule() -> None:
    # when
    text = html_to_text("<p>Note</p><hr><div id='divRplyFwdMsg'><b>From:</b> Ana</div>")
    # then
    assert text.split("\n") == ["Note", "", OUTLOOK_SEPARATOR, "From: Ana"]


def test_pre_keeps_its_line_breaks() -> None:
    # when
    text = html_to_text("<pre>Monday  10:00\nTuesday 14:00</pre>")
    # then
    assert text == "Monday  10:00\nTuesday 14:00"


@pytest.mark.parametrize("html", ["", "   ", "<html></html>", "<<<>>>", "</div></p>", "<p"])
def test_empty_or_broken_html_gives_text_without_raising(html: str) -> None:
    # when
    text = html_to_text(html)
    # then
    assert isinstance(text, str)


def test_very_deep_nesting_returns() -> None:
    # given
    html = "<div><span>" * 20_000 + "deep text" + "</span></div>" * 20_000
    # when
    text = html_to_text(html)
    # then
    assert text == "deep text"


def test_output_is_bounded() -> None:
    # given
    html = "<p>" + "word " * 200_000 + "</p>"
    # when
    text = html_to_text(html)
    # then
    assert 0 < len(text) <= MAX_TEXT_CHARS + 1_000
