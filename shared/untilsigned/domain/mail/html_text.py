"""HTML mail to plain text that keeps line structure and marks quoted history.

One pass over a BeautifulSoup (html.parser) tree, iterative so deeply nested hostile HTML
cannot exhaust the stack. Hidden preheaders, scripts and styles are dropped; block elements,
<br>, list items and table rows become lines; text inside <blockquote> is prefixed with "> "
per level so the forward/quote logic can tell quoted history from the newest text. Outlook's
reply/forward header block (#divRplyFwdMsg) and <hr> become the "____" line Outlook itself
prints in plain text, which the forward detector knows.
"""

from __future__ import annotations

import re
from typing import Any

# BeautifulSoup takes about a second per few MB; more than this is not a human's e-mail.
MAX_HTML_CHARS = 1_000_000
MAX_TEXT_CHARS = 200_000
# Blockquotes deeper than this are marked as this deep: unclosed <blockquote> tags would otherwise put
# thousands of "> " before every line (quadratic output from a linear input).
MAX_QUOTE_DEPTH = 30
OUTLOOK_SEPARATOR = "_" * 32

_DROPPED = frozenset(
    {
        "script", "style", "head", "title", "noscript", "template", "svg", "math", "object",
        "embed", "iframe", "canvas", "audio", "video", "map", "meta", "link", "base", "select",
        "datalist", "textarea", "xml",
    }
)  # fmt: skip
_LINE_BREAKING = frozenset(
    {
        "div", "section", "article", "header", "footer", "main", "aside", "nav", "ul", "ol",
        "dl", "dt", "dd", "li", "table", "tbody", "thead", "tfoot", "tr", "form", "fieldset",
        "address", "center", "figure", "figcaption", "caption", "details", "summary", "pre",
        "legend", "option", "body", "html",
    }
)  # fmt: skip
_PARAGRAPH = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"})
_CELLS = frozenset({"td", "th"})
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u034f\u00ad\u180e"), None)
_INVISIBLE[0xA0] = " "
_INVISIBLE[0x2007] = " "
_INVISIBLE[0x202F] = " "
_WHITESPACE = re.compile(r"\s+")


def _zero_valued(style: str, prop: str) -> bool:
    """True when `prop:0` is set (0, 0px, 0pt, 0%), not 0.5 or 05."""
    start = style.find(prop + ":0")
    while start != -1:
        after = style[start + len(prop) + 2 : start + len(prop) + 3]
        if not after or not (after.isdigit() or after == "."):
            return True
        start = style.find(prop + ":0", start + 1)
    return False


def _is_hidden(attrs: dict[str, Any]) -> bool:
    if "hidden" in attrs:
        return True
    if str(attrs.get("aria-hidden", "")).strip().lower() == "true":
        return True
    classes = attrs.get("class")
    if classes and any("preheader" in str(name).lower() for name in classes):
        return True
    style = attrs.get("style")
    if not style:
        return False
    compact = str(style).lower().replace(" ", "").replace("\t", "").replace("\n", "")
    if "display:none" in compact or "visibility:hidden" in compact or "mso-hide:all" in compact:
        return True
    if _zero_valued(compact, "max-height") or _zero_valued(compact, "font-size"):
        return True
    if _zero_valued(compact, "opacity"):
        return True
    return "overflow:hidden" in compact and (
        _zero_valued(compact, "height") or _zero_valued(compact, "width")
    )


class _Writer:
    """Collects text into lines, each remembering its blockquote depth."""

    def __init__(self) -> None:
        self.lines: list[tuple[int, str]] = []
        self.current: list[str] = []
        self.depth = 0
        self.size = 0
        self.full = False
        self.preformatted = False  # inside <pre>: keep runs of spaces

    def text(self, value: str) -> None:
        if self.full:
            return
        if not self.current and not self.preformatted:
            value = value.lstrip()
            if not value:
                return
        room = MAX_TEXT_CHARS - self.size
        if len(value) >= room:
            value = value[:room]
            self.full = True
        self.current.append(value)
        self.size += len(value)

    def _quote_room(self) -> None:
        """Count the "> " markers of a new line against the size limit, as render() will write them."""
        self.size += 2 * min(self.depth, MAX_QUOTE_DEPTH)
        if self.size >= MAX_TEXT_CHARS:
            self.full = True

    def line_break(self) -> None:
        """End the current line if it has text (block elements)."""
        if self.current:
            joined = "".join(self.current)
            line = joined.rstrip() if self.preformatted else _WHITESPACE.sub(" ", joined).strip()
            self.current = []
            if line:
                self.lines.append((self.depth, line))
                self._quote_room()

    def hard_break(self) -> None:
        """End the line even if empty (<br>): consecutive ones make at most one blank line."""
        if self.current:
            self.line_break()
            return
        if self.lines and self.lines[-1][1] != "":
            self.lines.append((self.depth, ""))
            self._quote_room()

    def paragraph_break(self) -> None:
        self.line_break()
        if self.lines and self.lines[-1][1] != "":
            self.lines.append((self.depth, ""))
            self._quote_room()

    def raw_line(self, value: str) -> None:
        self.line_break()
        self.lines.append((self.depth, value))
        self.size += len(value)
        self._quote_room()

    def render(self) -> str:
        self.line_break()
        out: list[str] = []
        for depth, line in self.lines:
            depth = min(depth, MAX_QUOTE_DEPTH)
            if depth:
                out.append(("> " * depth + line) if line else ("> " * depth).rstrip())
            else:
                out.append(line)
        while out and not out[-1].strip(">").strip():
            out.pop()
        while out and not out[0].strip(">").strip():
            out.pop(0)
        return "\n".join(out)


def html_to_text(html: str) -> str:
    """Readable plain text of an HTML mail body (never raises on odd HTML)."""
    if not html or not html.strip():
        return ""
    from bs4 import BeautifulSoup  # lazy: keeps Lambda cold start small
    from bs4.element import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

    skipped_strings = (Comment, Declaration, Doctype, ProcessingInstruction)
    soup = BeautifulSoup(html[:MAX_HTML_CHARS], "html.parser")
    writer = _Writer()
    pre_depth = 0
    # Stack entries: a node to visit, or a str marker telling what to close on the way out.
    stack: list[Any] = [soup]
    while stack and not writer.full:
        node = stack.pop()
        if isinstance(node, str) and not isinstance(node, NavigableString):
            if node == "/blockquote":
                writer.paragraph_break()
                writer.depth = max(0, writer.depth - 1)
            elif node == "/pre":
                writer.line_break()
                pre_depth -= 1
                writer.preformatted = pre_depth > 0
            elif node == "/p":
                writer.paragraph_break()
            elif node == "/block":
                writer.line_break()
            continue
        if isinstance(node, NavigableString):
            if isinstance(node, skipped_strings):
                continue
            value = str(node).translate(_INVISIBLE)
            if pre_depth:
                pieces = value.split("\n")
                for index, piece in enumerate(pieces):
                    if index:
                        writer.hard_break()
                    writer.text(piece)
            else:
                writer.text(_WHITESPACE.sub(" ", value))
            continue
        if not isinstance(node, Tag):
            continue
        name = (node.name or "").lower()
        if name in _DROPPED or (node.attrs and _is_hidden(node.attrs)):
            continue
        closing = ""
        if name == "br":
            writer.hard_break()
            continue
        if name == "hr":
            writer.raw_line(OUTLOOK_SEPARATOR)
            continue
        is_outlook_header = str(node.attrs.get("id", "")).lower() == "divrplyfwdmsg"
        if is_outlook_header and (not writer.lines or writer.lines[-1][1] != OUTLOOK_SEPARATOR):
            writer.raw_line(OUTLOOK_SEPARATOR)
        if name == "blockquote":
            writer.paragraph_break()
            writer.depth += 1
            closing = "/blockquote"
        elif name in _PARAGRAPH:
            writer.paragraph_break()
            closing = "/p"
        elif name == "pre":
            writer.line_break()
            pre_depth += 1
            writer.preformatted = True
            closing = "/pre"
        elif name in _LINE_BREAKING:
            writer.line_break()
            closing = "/block"
        elif name in _CELLS:
            writer.text(" ")
        if closing:
            stack.append(closing)
        stack.extend(reversed(node.contents))
    return writer.render()
