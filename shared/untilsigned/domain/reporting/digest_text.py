"""The digest as plain text: the same view as the HTML, wrapped for a mail client's plain-text part."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from untilsigned.domain.reporting.digest_view import DigestView, Progress, Section, Span

_TEXT_WIDTH = 76


def _wrap(text: str, indent: str = "") -> list[str]:
    return textwrap.wrap(
        text, width=_TEXT_WIDTH, initial_indent=indent, subsequent_indent=indent, break_long_words=True
    ) or [indent.rstrip()]


def _spans_text(spans: Iterable[Span]) -> str:
    return "".join(span.text for span in spans)


def _heading(title: str) -> list[str]:
    return ["", title.upper(), "-" * min(len(title), _TEXT_WIDTH)]


def render_text(view: DigestView) -> str:
    lines: list[str] = [*_wrap(view.callout.headline)]
    for line in view.callout.lines:
        lines.extend(_wrap(line))
    if view.board_link:
        # The address stays whole on its own line: a wrapped URL cannot be clicked.
        lines.extend(["", "Open your board (this sign-in link works once):", f"  {view.board_link}"])
    lines.extend(["", *_wrap(view.dateline)])
    lines.extend(_pipeline_text(view))
    for block in view.blocks:
        lines.extend(_section_text(block) if isinstance(block, Section) else _progress_text(block))
    for footer_line in view.footer:
        lines.extend(["", *_wrap(_spans_text(footer_line))])
    lines.append("")
    for label, href in view.footer_links:
        lines.extend([f"{label}:", f"  {href}"])
    return "\n".join(lines).rstrip() + "\n"


def _progress_text(progress: Progress) -> list[str]:
    lines = [*_heading(progress.title), *_wrap(progress.summary)]
    if progress.percent or progress.note:
        filled = round(progress.percent / 5)
        lines.append(f"[{'#' * filled}{'.' * (20 - filled)}] {progress.percent}%")
    if progress.note:
        lines.extend(_wrap(progress.note))
    return lines


def _section_text(section: Section) -> list[str]:
    lines = _heading(section.title)
    if section.intro:
        lines.extend(_wrap(section.intro))
    if not section.entries and section.empty_note:
        lines.extend(_wrap(section.empty_note))
    for entry in section.entries:
        lines.append("")
        lines.extend(_wrap(("! " if entry.urgent else "* ") + entry.when))
        lines.extend(_wrap(_spans_text(entry.line), "  "))
        for detail in entry.details:
            lines.extend(_wrap(detail, "  "))
        if entry.template:
            lines.append("")
            for template_line in entry.template.split("\n"):
                lines.extend(_wrap(template_line, "    | ") if template_line else ["    |"])
        if entry.link:
            label, href = entry.link
            # The address stays whole on its own line: a wrapped URL cannot be clicked.
            lines.extend([*([""] if entry.template else []), *_wrap(f"{label}:", "  "), f"  {href}"])
    if section.hidden_count:
        lines.extend(["", f"  … and {section.hidden_count} more not shown."])
    return lines


def _pipeline_text(view: DigestView) -> list[str]:
    lines = _heading(view.pipeline_title)
    if not view.pipeline:
        return [*lines, "Nothing tracked yet."]
    label_width = max(len(bar.label) for bar in view.pipeline)
    count_width = max(len(str(bar.count)) for bar in view.pipeline)
    for bar in view.pipeline:
        # An aligned table: label, count, then a bar scaled to the largest status.
        blocks = "#" * max(1, round(bar.percent * 30 / 100))
        lines.append(f"{bar.label:<{label_width}}  {bar.count:>{count_width}}  {blocks}")
        lines.extend(_wrap(bar.names, " " * (label_width + count_width + 4)))
    return lines
