"""What the evaluation scripts share: the figure shape, company-name comparison, the corpus entry point."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from untilsigned.domain.rules.legal_forms import LEGAL_TOKENS

# Legal forms that do not make two employer names differ ("Acme Ltd" is "Acme"): the product's one list.
LEGAL_SUFFIXES = LEGAL_TOKENS


@dataclass(frozen=True)
class Figure:
    name: str  # stable key, used in scripts/eval_baseline.json
    value: float
    target: float | None = None  # the goal, printed beside the value
    higher_is_better: bool = True
    ratchet: bool = True  # False for reported-only figures such as timings
    unit: str = ""


def fold(text: str) -> str:
    """Case and accents folded away: "Zürich" -> "zurich"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def company_tokens(name: str) -> list[str]:
    """The name's words, folded, "&" read as "and", trailing legal forms dropped."""
    folded = re.sub(
        r"\b(?:[a-z]\.){2,}", lambda m: m.group(0).replace(".", ""), fold(name)
    )  # "s.p.a." -> "spa"
    tokens = re.findall(r"[a-z0-9]+", folded.replace("&", " and "))
    while tokens and tokens[-1] in LEGAL_SUFFIXES:
        tokens.pop()
    return tokens


def company_key(name: str) -> str:
    """A comparable employer name: case, accents, punctuation, spacing, a leading "the" and legal forms
    do not count."""
    tokens = company_tokens(name)
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    return "".join(tokens)


def default_corpus() -> Path:
    """../shared/corpus beside the project folder."""
    return Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def print_figures(run: Callable[[Path], Iterable[Figure]]) -> None:
    """Entry point of a single corpus script: `python scripts/eval_x.py [corpus-dir]`."""
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    corpus_dir = Path(arguments[0]) if arguments else default_corpus()
    for figure in run(corpus_dir):
        target = "" if figure.target is None else f" (target {figure.target:g})"
        print(f"{figure.name} = {figure.value:.4f}{figure.unit}{target}")
