"""How well mail understanding generalises: our own held-out-style recruiter emails, forwarded every way.

The emails live in tests/fixtures/generalisation/mails.txt (written for this project, labelled with the
kind, the employer and the dates the employer stated; the file documents its format), plus the blind
batches blind-*.txt in the same format: each was written fresh and scored once with `--file` before
any change was made for it (that first score is the honest generalisation figure), then kept as fixtures.
Each one is built into raw MIME the way a user's inbox would receive it, in several mail-client styles:

- gmail_plain   Gmail "---------- Forwarded message ---------" block, text/plain only
- gmail_html    the same with the HTML alternative (div.gmail_quote), as Gmail really sends it
- outlook_html  Outlook on the web: HTML only, a div#divRplyFwdMsg "From: / Sent: / To: / Subject:" block
- outlook_text  classic Outlook plain text: a rule, then "From: / Sent: / To: / Subject:"
- apple         Apple Mail "Begin forwarded message:", text plus a blockquote HTML alternative
- attachment    forwarded as an attachment (message/rfc822 under the user's note)
- direct        an auto-forward that keeps the employer's own headers as the envelope

The user's own note ("ugh, another one", "is this an offer??") sits above most forwards and must not
change anything. Every built email goes through `understand(raw)`.

Figures: accuracy and macro-F1 over the kinds, false offers (a non-offer called offer/offer_signed, or an
offer called signed), company accuracy, and the share of employer-stated dates resolved to the right
day (and time, when one was stated). Reads only project files.

Run: .venv/bin/python scripts/eval_generalisation.py [--verbose] [--style NAME] [--file FILE] [--write DIR]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from untilsigned.domain.model import Kind
from untilsigned.local.generalisation import (
    KINDS,
    Outcome,
    Report,
    build_email,
    evaluate,
    language_files,
    languages_with_rules,
    load_mails,
    suite_files,
)
from untilsigned.local.mailkit import STYLES
from untilsigned.local.scoring import company_matches, date_matches

ROOT = Path(__file__).resolve().parents[1]
FIXTURE_DIR = ROOT / "tests" / "fixtures" / "generalisation"
LANGUAGE_DIR = ROOT / "tests" / "fixtures" / "languages"


def _describe(outcome: Outcome) -> list[str]:
    lines: list[str] = []
    mail, extraction = outcome.mail, outcome.understood.extraction
    tag = f"  {mail.id} [{outcome.style}]"
    if not outcome.kind_ok:
        evidence = outcome.understood.classification.evidence
        lines.append(f"{tag}: kind gold={mail.kind} predicted={outcome.predicted} {evidence}")
    if (
        mail.companies
        and mail.kind != Kind.NOT_JOB.value
        and not company_matches(extraction.company, mail.companies)
    ):
        lines.append(f"{tag}: company gold={mail.companies[0]!r} predicted={extraction.company!r}")
    for name, wanted in mail.expected.items():
        value = getattr(extraction, name)
        if not date_matches(value, wanted, mail.zone):
            shown = value.astimezone(mail.zone).isoformat() if value else None
            lines.append(f"{tag}: {name} gold={wanted} predicted={shown}")
    if "expect_reply_by" not in mail.expected and extraction.expect_reply_by is not None:
        lines.append(f"{tag}: spurious expect_reply_by={extraction.expect_reply_by.isoformat()}")
    return lines


def print_report(report: Report, verbose: bool = False) -> None:
    by_kind: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in report.outcomes:
        by_kind[outcome.mail.kind].append(outcome)
    predicted_counts = Counter(o.mail.kind if o.kind_ok else o.predicted for o in report.outcomes)
    print(f"  {'kind':22} {'prec':>6} {'recall':>6} {'n':>5}")
    for kind in KINDS:
        gold = by_kind.get(kind, [])
        right = sum(o.kind_ok for o in gold)
        predicted_n = predicted_counts.get(kind, 0)
        if not gold and not predicted_n:
            continue
        precision = right / predicted_n if predicted_n else 0.0
        recall = right / len(gold) if gold else 0.0
        print(f"  {kind:22} {precision:6.2f} {recall:6.2f} {len(gold):5d}")
    print(f"\n  {'style':14} {'accuracy':>9} {'company':>8} {'dates':>6}")
    for style in dict.fromkeys(o.style for o in report.outcomes):
        figures = Report([o for o in report.outcomes if o.style == style]).figures()
        accuracy, company, dates = (figures[k] for k in ("accuracy", "company_accuracy", "dates_exact"))
        print(f"  {style:14} {accuracy:9.3f} {company:8.3f} {dates:6.3f}")
    if verbose:
        print()
        for outcome in report.outcomes:
            for line in _describe(outcome):
                print(line)
    for outcome in report.outcomes:
        if outcome.false_offer:
            where = f"{outcome.mail.id} [{outcome.style}]"
            print(f"  FALSE OFFER {where}: gold={outcome.mail.kind} predicted={outcome.predicted}")
    targets = {
        "macro_f1": ">=0.90",
        "false_offers": "<=0",
        "company_accuracy": ">=0.85",
        "dates_exact": ">=0.75",
    }
    print()
    for name, value in report.figures().items():
        print(f"generalisation.{name:28} {value:10.4f} {targets.get(name, '')}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument("--style", choices=STYLES, action="append", help="only these styles")
    parser.add_argument("--only", help="only mails whose id contains this text")
    parser.add_argument("--file", type=Path, help="only this fixture file (e.g. one blind batch)")
    parser.add_argument("--write", type=Path, help="also write every built email as DIR/<id>.<style>.eml")
    args = parser.parse_args()
    languages = [path for code in languages_with_rules() for path in language_files(LANGUAGE_DIR, code)]
    files = [args.file] if args.file else [*suite_files(FIXTURE_DIR), *languages]
    mails = [m for m in load_mails(*files) if not args.only or args.only in m.id]
    styles = tuple(args.style) if args.style else STYLES
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
        for mail in mails:
            for style in styles:
                (args.write / f"{mail.id}.{style}.eml").write_bytes(build_email(mail, style))
    print(f"generalisation: {len(mails)} mails x {len(styles)} styles")
    print_report(evaluate(mails, styles), verbose=args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
