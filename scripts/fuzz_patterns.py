"""Sweep every regular expression in the untilsigned package with adversarial text; print the worst times.

Which patterns: every module of the package is imported and walked for compiled patterns (module globals,
containers, the package's own objects, lazily compiled `LazyPattern`s, and the results of argument-less
cached builders such as the classification cue table), and every module's source is scanned for literal
patterns handed straight to `re.search` / `re.sub` / ... inside functions.

What text: for each pattern, strings built from its own parse tree (long repeats of its literal fragments,
of what each repeated part matches, of its character classes, and near misses: a match with its last piece
missing, repeated) plus shapes that hostile mail is made of (runs of one character, whitespace runs,
separators, digit runs, "if"-storms, display-name separators, address and header fragments).

How: every input is tried at a quarter of the size, the few slowest again at full size. The figure per
pattern is the worst full-size CPU time (all matches consumed, as `findall` / `sub` would), or only
`match` / `fullmatch` for patterns the code only ever calls those on (one start position). The growth
exponent between the two sizes tells linear (about 1) from quadratic (about 2).

Run: .venv/bin/python scripts/fuzz_patterns.py [--size 20000] [--top 25] [--json PATH] [--check SECONDS]
With --check the exit status is 1 when a pattern is clearly super-linear: slower than SECONDS on one input,
or slower than a tenth of it while growing faster than n^1.6.
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import importlib
import importlib.util
import json
import math
import pkgutil
import re
import signal
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "untilsigned"
# Modules that only wire AWS or the local stack; their patterns are still scanned from source.
SKIPPED_IMPORTS = frozenset({"untilsigned.local.stack", "untilsigned.cli"})
MAX_MATCHES = 20_000
FIRST_PASS_SHARE = 4  # the first pass runs at size / 4
FINALISTS = 3  # inputs per pattern measured again at full size
REPEATS = 3  # the full-size figure is the fastest of this many runs (the machine is shared)
TIMEOUT_SECONDS = 20.0
CPU_CLOCK_FLOOR = 0.02  # below this the process clock is too coarse to read
FIRST_PASS_TIMEOUT = 0.5  # CPU seconds per quarter-size input; one that takes longer is a finalist anyway
_RE_FUNCTIONS = {
    "compile": 2,
    "search": 3,
    "match": 3,
    "fullmatch": 3,
    "findall": 3,
    "finditer": 3,
    "split": 4,
    "sub": 5,
    "subn": 5,
}  # the flags argument's position, counting from 1


@dataclass(frozen=True)
class Found:
    name: str
    pattern: re.Pattern[str]
    anchored: bool = False  # the code only ever calls match / fullmatch on it: one start position


@dataclass
class Result:
    name: str
    regex: str
    seconds: float  # worst full-size time
    worst_input: str
    first_pass_seconds: float  # the same input at a quarter of the size
    exponent: float | None  # growth between the two sizes, when the times are large enough to tell
    timed_out: bool = False
    inputs: int = 0

    def as_dict(self) -> dict[str, object]:
        return dataclasses.asdict(self)


# --------------------------------------------------------------------------- finding patterns


def _modules() -> Iterator[ModuleType]:
    package = importlib.import_module(PACKAGE)
    yield package
    for info in pkgutil.walk_packages(package.__path__, PACKAGE + "."):
        if info.name in SKIPPED_IMPORTS:
            continue
        try:
            yield importlib.import_module(info.name)
        except ImportError as error:
            print(f"  (not imported: {info.name}: {error})", file=sys.stderr)


def _is_lazy(value: object) -> bool:
    return type(value).__name__ == "LazyPattern" and callable(getattr(value, "get", None))


def _walk_value(value: object, name: str, found: dict[tuple[str, int], Found], depth: int) -> None:
    if depth > 6:
        return
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            found.setdefault((value.pattern, value.flags), Found(name, value))
        return
    if _is_lazy(value):
        _walk_value(value.get(), name, found, depth + 1)  # type: ignore[attr-defined]
        return
    if isinstance(value, str | bytes | int | float | bool | type | ModuleType) or value is None:
        return
    if isinstance(value, dict):
        for key, item in list(value.items())[:5000]:
            _walk_value(item, f"{name}[{key!r}]"[:120], found, depth + 1)
        return
    if isinstance(value, list | tuple | set | frozenset):
        for index, item in enumerate(list(value)[:5000]):
            _walk_value(item, f"{name}[{index}]", found, depth + 1)
        return
    module = getattr(type(value), "__module__", "") or ""
    if not module.startswith(PACKAGE):
        return
    if dataclasses.is_dataclass(value):
        for item in dataclasses.fields(value):
            _walk_value(getattr(value, item.name), f"{name}.{item.name}", found, depth + 1)
        return
    for attribute in getattr(type(value), "__slots__", ()):
        if hasattr(value, attribute):
            _walk_value(getattr(value, attribute), f"{name}.{attribute}", found, depth + 1)
    for attribute, item in getattr(value, "__dict__", {}).items():
        _walk_value(item, f"{name}.{attribute}", found, depth + 1)


def _cached_builders(module: ModuleType) -> Iterator[tuple[str, object]]:
    """Results of argument-less cached functions (lazily compiled tables such as the cue table)."""
    for attribute, value in vars(module).items():
        if not callable(value) or not hasattr(value, "cache_info"):
            continue
        if getattr(value, "__module__", "") != module.__name__:
            continue
        wrapped = getattr(value, "__wrapped__", None)
        code = getattr(wrapped, "__code__", None)
        if code is None or code.co_argcount or code.co_kwonlyargcount:
            continue
        try:
            yield f"{attribute}()", value()
        except Exception as error:  # noqa: BLE001 - a builder that needs configuration is reported, not fatal
            print(f"  (not built: {module.__name__}.{attribute}: {error})", file=sys.stderr)


def _flags_of(node: ast.Call, position: int) -> int:
    expression: ast.expr | None = None
    if len(node.args) >= position:
        expression = node.args[position - 1]
    for keyword in node.keywords:
        if keyword.arg == "flags":
            expression = keyword.value
    if expression is None:
        return 0
    try:
        value = eval(compile(ast.Expression(expression), "<flags>", "eval"), {"re": re})  # noqa: S307
    except Exception:  # noqa: BLE001 - a flag computed at run time: compile without it
        return 0
    return int(value)


def _inline_patterns(path: Path, module_name: str) -> Iterator[Found]:
    """Literal patterns handed straight to the `re` functions inside the module's code."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        function = node.func
        if not isinstance(function.value, ast.Name) or function.value.id != "re":
            continue
        if function.attr not in _RE_FUNCTIONS or not node.args:
            continue
        first = node.args[0]
        if not isinstance(first, ast.Constant) or not isinstance(first.value, str):
            continue
        flags = _flags_of(node, _RE_FUNCTIONS[function.attr])
        try:
            pattern = re.compile(first.value, flags)
        except re.error:
            continue
        anchored = function.attr in ("match", "fullmatch")
        yield Found(f"{module_name}:{node.lineno} re.{function.attr}", pattern, anchored)


def _anchored_names(sources: str) -> set[str]:
    """Module-level pattern names the code only ever uses with match / fullmatch (one start position)."""
    methods: dict[str, set[str]] = {}
    for name, method in re.findall(r"\b(_?[A-Z][A-Z0-9_]*)(?:\.get\(\))?\.(\w+)\(", sources):
        methods.setdefault(name, set()).add(method)
    return {name for name, used in methods.items() if used and used <= {"match", "fullmatch"}}


def _language_tables() -> Iterator[tuple[str, object]]:
    """Every language's compiled cue, date and extraction tables: a language's patterns run only on mail in
    that language."""
    from untilsigned.domain.rules import LANGUAGES, WORD_LANGUAGES
    from untilsigned.domain.understanding import classify, dates, extract

    for language in LANGUAGES:
        if importlib.util.find_spec(f"untilsigned.domain.rules.{language}") is not None:
            yield f"classify._compiled({language!r})", classify._compiled(language)
    for language in WORD_LANGUAGES:
        yield f"dates.date_tables({language!r})", dates.date_tables(language)
        yield f"dates._labelled_time_gaps({language!r})", dates._labelled_time_gaps(language)
        yield f"extract._words({language!r})", extract._words(language)


def find_patterns() -> list[Found]:
    sys.path.insert(0, str(ROOT / "shared"))
    found: dict[tuple[str, int], Found] = {}
    for module in _modules():
        short = module.__name__.removeprefix(PACKAGE + ".")
        for attribute, value in list(vars(module).items()):
            if attribute.startswith("__"):
                continue
            _walk_value(value, f"{short}.{attribute}", found, 0)
        builders = _cached_builders(module) if module.__name__.startswith(PACKAGE + ".domain") else iter(())
        for attribute, value in builders:
            _walk_value(value, f"{short}.{attribute}", found, 0)
    for name, table in _language_tables():
        _walk_value(table, name, found, 0)
    paths = sorted((ROOT / "shared" / PACKAGE).rglob("*.py"))
    for path in paths:
        module_name = ".".join(path.relative_to(ROOT / "shared").with_suffix("").parts)
        short = module_name.removeprefix(PACKAGE + ".")
        for inline in _inline_patterns(path, short):
            found.setdefault((inline.pattern.pattern, inline.pattern.flags), inline)
    anchored = _anchored_names("\n".join(path.read_text(encoding="utf-8") for path in paths))
    return sorted(
        (
            dataclasses.replace(item, anchored=True)
            if item.name.split(".")[-1].split("[")[0] in anchored
            else item
            for item in found.values()
        ),
        key=lambda item: item.name,
    )


# --------------------------------------------------------------------------- adversarial text

# Shapes hostile mail is made of, tried on every pattern.
GENERIC_UNITS: tuple[str, ...] = (
    "a", "A", "1", " ", "\t", "\n", " \n", "\r\n", "\n\n", ".", "-", "_", "<", ">", "=", ",", ", ", ";",
    ":", "/", "@", "'", '"', "*", "#", "|", "(", ")", "[", "a@", "a.", "a-", "a1", "1 ", "1.", "1:", "1/",
    "A ", "Aa ", "aa ", "Ab. ", "A.", "A.B. ", "Aa, ", "Aa-", "> ", ">> ", "- ", " - ", " | ", " – ", "—",
    "–", " · ", "•", "· ", " / ", " @ ", " via ", "’s ", "'s ", "&", " & ", "if ", "if you ", "If we ",
    "interview if ", "if the interview ", "offer if ", "on ", "at ", "by ", "the ", "and ", "a b ", "x:",
    "From: ", "To: ", "Subject: ", "Re: ", "Fwd: ", "http://a", "www.", "a=", "=?", "=20", "%", "$1",
    "12:00 ", "Monday ", "1st ", "12/12/", "2026-", "+1 ", "Inc. ", "Ltd ", " \u00a0", "\u200b",
)  # fmt: skip
# Display-name separators and mixes that hostile From headers use.
MIXES: tuple[str, ...] = (
    "-_|·•:,;/\\ ",
    " -|- ",
    "\t \n \r\n",
    "a@b.",
    "1@2.",
    "aa.bb-",
    "If we select you, ",
    "interview schedule if you if ",
    "Jane Doe - Acme | ",
    "Team - ",
    " at Acme ",
    "Re: Fwd: ",
    "<a@b.c> ",
    '"a" <',
)
CATEGORY_SAMPLES = {"CATEGORY_DIGIT": "7", "CATEGORY_WORD": "w", "CATEGORY_SPACE": " "}
CATEGORY_MISSES = {"CATEGORY_DIGIT": "x", "CATEGORY_WORD": "-", "CATEGORY_SPACE": "x"}


def _parse(pattern: re.Pattern[str]) -> list[Any]:
    parser = importlib.import_module("re._parser")
    return list(parser.parse(pattern.pattern, pattern.flags))


def _class_sample(items: list[Any]) -> tuple[str, str]:
    """One character the class accepts and one it refuses."""
    negated = any(str(op) == "NEGATE" for op, _ in items)
    accepted = ""
    for op, value in items:
        name = str(op)
        if name == "LITERAL":
            accepted = chr(value)
        elif name == "RANGE":
            accepted = chr(value[0])
        elif name == "CATEGORY":
            accepted = CATEGORY_SAMPLES.get(str(value), "a")
        if accepted:
            break
    if negated:
        for candidate in ("a", " ", "1", "x", "-"):
            if candidate != accepted:
                return candidate, accepted or "."
    return accepted or "a", "\x01"


def _sample(items: list[Any], out: dict[str, list[str]]) -> str:
    """A string shaped like a match of `items`; collects literals, class samples and repeated parts."""
    text: list[str] = []
    literal: list[str] = []

    def flush() -> None:
        if literal:
            out["fragments"].append("".join(literal))
            literal.clear()

    for op, value in items:
        name = str(op)
        if name == "LITERAL":
            literal.append(chr(value))
            text.append(chr(value))
            continue
        flush()
        if name == "NOT_LITERAL":
            text.append("a" if chr(value) != "a" else "b")
        elif name == "ANY":
            text.append("x")
        elif name == "IN":
            accepted, refused = _class_sample(value)
            out["chars"].append(accepted)
            out["misses"].append(refused)
            text.append(accepted)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, body = value
            piece = _sample(list(body), out)
            if high > 1 and piece:
                out["bodies"].append(piece)
            text.append(piece * max(low, 1) if high else "")
        elif name == "SUBPATTERN":
            text.append(_sample(list(value[-1]), out))
        elif name == "ATOMIC_GROUP":
            text.append(_sample(list(value), out))
        elif name == "BRANCH":
            alternatives = [_sample(list(branch), out) for branch in value[1][:40]]
            text.append(alternatives[0] if alternatives else "")
        elif name == "GROUPREF_EXISTS":
            text.append(_sample(list(value[1]), out))
        elif name == "CATEGORY":
            text.append(CATEGORY_SAMPLES.get(str(value), "a"))
    flush()
    return "".join(text)


def _fill(unit: str, size: int) -> str:
    if not unit:
        return ""
    return (unit * (size // len(unit) + 1))[:size]


def adversarial_inputs(pattern: re.Pattern[str], size: int) -> dict[str, str]:
    """Labelled hostile strings of about `size` characters for this pattern."""
    collected: dict[str, list[str]] = {"fragments": [], "chars": [], "misses": [], "bodies": []}
    try:
        sample = _sample(_parse(pattern), collected)
    except (ImportError, AttributeError, re.error, RecursionError, TypeError, ValueError):
        sample = ""
    units: dict[str, str] = {}

    def add(label: str, unit: str) -> None:
        if unit and unit not in units.values() and len(units) < 220:
            units[label] = unit

    for unit in GENERIC_UNITS:
        add(f"repeat {unit!r}", unit)
    for unit in MIXES:
        add(f"mix {unit!r}", unit)
    if sample:
        add("match", sample + " ")
        add("match glued", sample)
        for cut in (1, 2, 4):
            if len(sample) > cut:
                add(f"near miss -{cut}", sample[:-cut])
                add(f"near miss -{cut} spaced", sample[:-cut] + " ")
    fragments = sorted(set(collected["fragments"]), key=len, reverse=True)[:40]
    for fragment in fragments:
        add(f"fragment {fragment!r}", fragment)
        add(f"fragment {fragment!r} spaced", fragment + " ")
        add(f"fragment {fragment!r} dashed", fragment + " - ")
    if len(fragments) > 1:
        add("fragments in turn", " ".join(fragments[:12]) + " ")
    for body in sorted(set(collected["bodies"]), key=len)[:20]:
        add(f"repeated part {body!r}", body)
        add(f"repeated part {body!r} spaced", body + " ")
    for char in sorted(set(collected["chars"]))[:20]:
        add(f"class run {char!r}", char)
    for char, miss in list(zip(collected["chars"], collected["misses"], strict=False))[:12]:
        add(f"class then miss {char!r}{miss!r}", char * 3 + miss)
    inputs = {label: _fill(unit, size) for label, unit in units.items()}
    # A long run after each leading literal ("@" then digits, "if" then words).
    for fragment in fragments[:10]:
        for char in ("1", " a", "a", " "):
            inputs[f"{fragment!r} then {char!r} run"] = (fragment + _fill(char, size))[:size]
    return inputs


# --------------------------------------------------------------------------- timing


class _Timeout(Exception):
    pass


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    del signum, frame
    raise _Timeout


def _time_once(
    pattern: re.Pattern[str], text: str, timeout: float, anchored: bool = False
) -> tuple[float, bool]:
    """Seconds of consuming every match (up to MAX_MATCHES), and whether the timeout (CPU seconds) stopped
    it. CPU time when it is long enough to be read (the machine may be busy with other work), else wall
    time (the process clock may tick in milliseconds)."""
    signal.setitimer(signal.ITIMER_VIRTUAL, timeout)
    started, started_cpu = time.perf_counter(), time.process_time()
    timed_out = False
    try:
        if anchored:
            pattern.match(text)
            pattern.fullmatch(text)
        else:
            for count, _ in enumerate(pattern.finditer(text)):
                if count >= MAX_MATCHES:
                    break
    except _Timeout:
        timed_out = True
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
    wall, cpu = time.perf_counter() - started, time.process_time() - started_cpu
    return (cpu if cpu >= CPU_CLOCK_FLOOR else min(wall, CPU_CLOCK_FLOOR)), timed_out


def sweep(found: Found, size: int, timeout: float) -> Result:
    small = max(64, size // FIRST_PASS_SHARE)
    inputs_small = adversarial_inputs(found.pattern, small)
    first: list[tuple[float, str]] = []
    stopped = 0
    for label, text in inputs_small.items():
        seconds, timed_out = _time_once(found.pattern, text, min(timeout, FIRST_PASS_TIMEOUT), found.anchored)
        first.append((seconds, label))
        stopped += timed_out
        if stopped >= FINALISTS:
            break  # pathological already: the finalists are these
    first.sort(reverse=True)
    inputs_full = adversarial_inputs(found.pattern, size)
    worst = Result(found.name, found.pattern.pattern, 0.0, "", 0.0, None, inputs=len(inputs_full))
    for small_seconds, label in first[:FINALISTS]:
        text = inputs_full.get(label, "")
        best = math.inf
        timed_out = False
        for _ in range(REPEATS):
            seconds, timed_out = _time_once(found.pattern, text, timeout, found.anchored)
            best = min(best, seconds)
            if timed_out or seconds > 0.2:
                break  # slow enough to be beyond noise
        if best >= worst.seconds:
            exponent = None
            if best > 0.005 and small_seconds > 0:
                exponent = math.log(best / small_seconds) / math.log(len(text) / max(1, small))
            worst = Result(
                found.name,
                found.pattern.pattern,
                best,
                label,
                small_seconds,
                exponent,
                timed_out,
                len(inputs_full),
            )
        if timed_out:
            break  # no input can be worse than one that ran out of time
    return worst


def clearly_superlinear(result: Result, bound: float) -> bool:
    if result.timed_out or result.seconds > bound:
        return True
    return result.seconds > bound / 10 and (result.exponent or 0.0) > 1.6


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=20_000, help="characters per adversarial input")
    parser.add_argument("--top", type=int, default=25, help="rows in the printed table")
    parser.add_argument("--json", type=Path, help="write every pattern's figures here")
    parser.add_argument("--check", type=float, help="fail when a pattern is clearly super-linear (seconds)")
    parser.add_argument("--timeout", type=float, default=TIMEOUT_SECONDS, help="seconds before one run stops")
    parser.add_argument("--only", help="only patterns whose name contains this")
    arguments = parser.parse_args()
    signal.signal(signal.SIGVTALRM, _on_alarm)

    started = time.perf_counter()
    patterns = find_patterns()
    if arguments.only:
        patterns = [found for found in patterns if arguments.only in found.name]
    results: list[Result] = []
    for index, found in enumerate(patterns, 1):
        results.append(sweep(found, arguments.size, arguments.timeout))
        if index % 25 == 0:
            print(f"  ... {index} of {len(patterns)} patterns swept", file=sys.stderr, flush=True)
    results.sort(key=lambda result: -result.seconds)
    elapsed = time.perf_counter() - started

    inputs = sum(result.inputs for result in results)
    print(
        f"regex fuzz: {len(results)} patterns, {inputs} adversarial inputs of {arguments.size} characters "
        f"({elapsed:.1f} s)"
    )
    print(f"  {'worst (s)':>9}  {'growth':>6}  pattern / worst input")
    for result in results[: arguments.top]:
        growth = f"n^{result.exponent:.1f}" if result.exponent is not None else "-"
        stopped = " (stopped)" if result.timed_out else ""
        print(f"  {result.seconds:9.4f}  {growth:>6}  {result.name}{stopped}  <- {result.worst_input[:60]}")
    total = sum(result.seconds for result in results)
    print(f"  total of the worst times: {total:.2f} s; slowest: {results[0].seconds if results else 0:.4f} s")
    if arguments.json:
        arguments.json.write_text(
            json.dumps(
                {
                    "size": arguments.size,
                    "patterns": len(results),
                    "total_seconds": total,
                    "results": [result.as_dict() for result in results],
                },
                indent=1,
            ),
            encoding="utf-8",
        )
    if arguments.check is not None:
        failing = [result for result in results if clearly_superlinear(result, arguments.check)]
        for result in failing:
            print(f"SUPER-LINEAR: {result.name}: {result.seconds:.3f} s on {result.worst_input[:60]}")
        if failing:
            sys.exit(1)


if __name__ == "__main__":
    main()
