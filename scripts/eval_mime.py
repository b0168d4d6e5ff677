"""Robustness of read_mail on third-party malformed / hostile MIME (corpus/mime/).

Every raw message file under corpus/mime/ goes through read_mail once. Figures: how many came
back unreadable (error set), how many raised (must be 0), and the slowest one's time.
Bare TNEF streams (apache-poi-tnef/*.dat, *.tnef) are not mail: as their README says, they are
wrapped as a winmail.dat attachment of a small MIME message first.

Run: .venv/bin/python scripts/eval_mime.py [corpus-dir]
"""

from __future__ import annotations

import time
from pathlib import Path

from evalkit import Figure, print_figures
from untilsigned.domain.mail.mime import read_mail
from untilsigned.local.mailkit import envelope

# Expected-result and licence files that sit next to the messages.
_NOT_MESSAGES_NAMES = frozenset({"README.md", "MANIFEST.tsv", ".gitattributes", "COPYING"})
_NOT_MESSAGES_SUFFIXES = (".json", ".xml", ".md", ".tsv")
_NOT_MESSAGES_PREFIXES = ("LICENSE", "NOTICE")
_NOT_MESSAGES_DIRS = frozenset({"LICENSES", "quick-contents"})
_TNEF_SUFFIXES = (".dat", ".tnef")


def message_files(mime_root: Path) -> list[Path]:
    """The raw message files of corpus/mime/, in a stable order."""
    files: list[Path] = []
    for path in sorted(mime_root.rglob("*")):
        if not path.is_file():
            continue
        relative = path.relative_to(mime_root)
        if any(part in _NOT_MESSAGES_DIRS for part in relative.parts):
            continue
        name = path.name
        if name in _NOT_MESSAGES_NAMES or name.startswith(_NOT_MESSAGES_PREFIXES):
            continue
        if name.endswith(_NOT_MESSAGES_SUFFIXES) or "_decoded_" in name:
            continue  # mime4j's expected decoded bodies and structure dumps
        files.append(path)
    return files


def _as_message(path: Path) -> bytes:
    raw = path.read_bytes()
    if not path.name.endswith(_TNEF_SUFFIXES):
        return raw
    wrapper = envelope(
        sender="Sam Sender <sam@example.org>", to="me@example.com", subject="Outlook rich text", sent=None
    )
    wrapper.set_content("The body is in the attachment.")
    wrapper.add_attachment(raw, maintype="application", subtype="ms-tnef", filename="winmail.dat")
    return wrapper.as_bytes()


def run(corpus: Path) -> list[Figure]:
    mime_root = corpus / "mime"
    if not mime_root.is_dir():
        print(f"eval_mime: {mime_root} not found, skipped")
        return []
    files = message_files(mime_root)
    unreadable: list[tuple[str, str]] = []
    crashes: list[tuple[str, str]] = []
    slowest = (0.0, "")
    for path in files:
        raw = _as_message(path)
        started = time.perf_counter()
        try:
            mail = read_mail(raw)
        except Exception as error:  # noqa: BLE001 - the point of this script is to count these
            crashes.append((str(path.relative_to(mime_root)), f"{type(error).__name__}: {error}"))
            continue
        finally:
            elapsed = time.perf_counter() - started
            if elapsed > slowest[0]:
                slowest = (elapsed, str(path.relative_to(mime_root)))
        if mail.error:
            unreadable.append((str(path.relative_to(mime_root)), mail.error))
    for name, reason in unreadable:
        print(f"  unreadable: {name}: {reason}")
    for name, reason in crashes:
        print(f"  CRASH: {name}: {reason}")
    print(f"  {len(files)} messages; slowest {slowest[0]:.3f} s: {slowest[1]}")
    total = max(len(files), 1)
    return [
        Figure("mime.unreadable_rate", len(unreadable) / total, target=0.05, higher_is_better=False),
        Figure("mime.crash_count", float(len(crashes)), target=0.0, higher_is_better=False),
        Figure(
            "mime.slowest_seconds", slowest[0], target=1.0, higher_is_better=False, ratchet=False, unit="s"
        ),
    ]


if __name__ == "__main__":
    print_figures(run)
