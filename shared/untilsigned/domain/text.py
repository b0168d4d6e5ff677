"""Plain-text utilities every wing reads mail with: folding, normalising, unwrapping and splitting text,
and lazily compiled patterns with the prefilter words that let most of them be skipped.

Low and pure: imports nothing from the wings, so mail, understanding and the evaluation scripts share one
copy of each.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Sequence

from untilsigned.domain.bounds import MAX_SENTENCE_CHARS, wrap_long

_LIST_ITEM = re.compile(r"^(?:[>•*·▪◦–-]|\d{1,2}[.)]\s|[A-Z][\w &/()-]{0,30}:\s)")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9¡¿])|;\s+|(?<!\s)\s+[-–—]{2,}\s+")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:mr|mrs|ms|dr|st|jr|sr|inc|ltd|co|corp|no|vs|etc|e\.g|i\.e|approx|dept|a\.m|p\.m|u\.s|"
    r"d\.o\.o)|\b[A-Z])\.$",
    re.IGNORECASE,
)


def strip_accents(text: str) -> str:
    """Accents dropped, case kept: "Nestlé" -> "Nestle"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def fold_text(text: str) -> str:
    """Casefold and strip accents ("Nestlé" -> "nestle"), so spelling variants compare equal."""
    return strip_accents(text).casefold()


def fold_case(text: str) -> str:
    """Casefold, with Turkish dotted capital I ("İ" folds to "i" + U+0307) made a plain "i"."""
    return text.casefold().replace("\u0307", "")


_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "\u00a0": " ", "\u200b": ""})


def normalise_text(text: str) -> str:
    """Straight quotes and plain spaces, so "won’t" meets the cue for "won't"."""
    return text.translate(_QUOTES)


WRAPPED_LINE_CHARS = 55  # a line this long without a full stop was wrapped by the mail client


def _continues(previous: str, line: str, previous_length: int | None = None) -> bool:
    """True when `line` carries on the sentence of `previous` (plain text hard-wrapped at ~72 columns).
    Only the end of `previous` is read, and its length (`previous_length` when it is the last piece of a
    longer joined text)."""
    if previous.rstrip("\"')]")[-1:] in (".", "!", "?", ":", ";") or _LIST_ITEM.match(line):
        return False
    length = len(previous) if previous_length is None else previous_length
    return line[0].islower() or length >= WRAPPED_LINE_CHARS


def _unwrapped_lines(text: str) -> list[str]:
    lines: list[str] = []
    joining: list[str] = []  # the lines of the sentence being re-joined, joined once at its end
    joined_length = 0
    for raw_line in text.splitlines():
        line = raw_line.strip()
        # A last line of nothing but closing quotes ends the same way for `_continues` as the joined text
        # would (no sentence mark), so the last line stands in for the whole.
        if joining and line and _continues(joining[-1], line, joined_length):
            joining.append(line)
            joined_length += 1 + len(line)
            continue
        if joining:
            lines.append(" ".join(joining))
            joining = []
        if not line:
            lines.append("")
            continue
        joining = [line]
        joined_length = len(line)
    if joining:
        lines.append(" ".join(joining))
    return lines


def unwrap_text(text: str) -> str:
    """Plain text with hard-wrapped lines re-joined into their sentences; short lines (signatures,
    "Date:" labels, list items) and blank lines stay as they are."""
    return "\n".join(_unwrapped_lines(text))


def split_sentences(text: str) -> list[str]:
    """Sentences and list items of plain text, in order, without empty ones; wrapped lines are re-joined so
    that "If your background is a match,⏎we will reach out" stays one (conditional) sentence."""
    sentences: list[str] = []
    for unwrapped in _unwrapped_lines(text):
        line = unwrapped.lstrip(">•*·▪◦-– ").strip()
        if not line:
            continue
        start = 0
        for match in _SENTENCE_END.finditer(line):
            piece = line[start : match.start()].strip()
            if piece and _ABBREVIATIONS.search(piece) and match.group(0).strip() == "":
                continue  # "Dr. Smith", "e.g. React": not a sentence end
            if piece:
                sentences.append(piece)
            start = match.end()
        tail = line[start:].strip()
        if tail:
            sentences.append(tail)
    if any(len(sentence) > MAX_SENTENCE_CHARS for sentence in sentences):
        sentences = [piece for sentence in sentences for piece in wrap_long(sentence, MAX_SENTENCE_CHARS)]
    return sentences


class LazyPattern:
    """A regex compiled on first use: importing the module stays cheap for Lambda cold starts."""

    __slots__ = ("_flags", "_pattern", "_regex", "_words")

    def __init__(self, regex: str, flags: int = 0) -> None:
        self._regex = regex
        self._flags = flags
        self._pattern: re.Pattern[str] | None = None
        self._words: frozenset[str] | None = None

    def get(self) -> re.Pattern[str]:
        if self._pattern is None:
            self._pattern = re.compile(self._regex, self._flags)
        return self._pattern

    def words(self) -> frozenset[str]:
        """See `required_words`: one of these lower-case words is in every match (empty: unknown)."""
        if self._words is None:
            self._words = required_words(self.get())
        return self._words

    def may_match(self, lowered_text: str) -> bool:
        """False only when the pattern certainly cannot match (none of its required words occurs)."""
        words = self.words()
        return not words or any(word in lowered_text for word in words)


def required_words(pattern: re.Pattern[str]) -> frozenset[str]:
    """Lower-case literals of which at least one occurs in every match of `pattern` (empty: always try it).

    Cheap `in` checks on these words let callers skip the many regexes that cannot match a given text.
    Derived from the regex's own parse tree (the standard library's parser), so the words can never
    disagree with the pattern; if that parser is unavailable the set is empty and the regex always runs.
    """
    try:
        parser = importlib.import_module("re._parser")
        tree = parser.parse(pattern.pattern, pattern.flags)
    except (ImportError, AttributeError, re.error):
        return frozenset()
    found = _required_in(list(tree))
    return found or frozenset()


def _required_in(items: Sequence[tuple[object, object]]) -> frozenset[str] | None:
    options: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= 3:
            options.append(frozenset({"".join(run)}))
        run.clear()

    for op, value in items:
        name = str(op)
        if name == "LITERAL" and isinstance(value, int):
            run.append(chr(value).lower())
            continue
        if name == "AT":  # \b, ^, $: zero width, a literal run continues across it
            continue
        flush()
        if name == "SUBPATTERN" and isinstance(value, tuple):
            inner = _required_in(list(value[-1]))
            if inner:
                options.append(inner)
        elif name == "BRANCH" and isinstance(value, tuple):
            alternatives = [_required_in(list(branch)) for branch in value[1]]
            if alternatives and all(alternatives):
                options.append(frozenset().union(*(a for a in alternatives if a)))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and isinstance(value, tuple):
            low, _, inner_items = value
            if isinstance(low, int) and low >= 1:
                inner = _required_in(list(inner_items))
                if inner:
                    options.append(inner)
    flush()
    if not options:
        return None
    return max(options, key=lambda words: (min(len(w) for w in words), -len(words)))
