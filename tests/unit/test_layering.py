"""The package's import graph: no cycle anywhere, and the domain's wings import one way only.

Read from the source (the module-level imports each file runs), so a cycle cannot hide behind an import
moved into a function: inside the domain, a function may defer an import to keep a cold start small, but
never import a module that imports its own module back.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

PACKAGE_DIR = Path(__file__).resolve().parents[2] / "shared" / "untilsigned"
PACKAGE = "untilsigned"
DOMAIN = f"{PACKAGE}.domain"
# mail <- understanding <- tracking <- reporting: a wing imports its own and lower wings only.
WINGS = ("mail", "understanding", "tracking", "reporting")
# Below every wing: the shared records and text utilities (root modules) and the rule tables (data).
FLOOR = ("rules",)
# Outside the domain, only the HTML templates' renderer may be used, by the reporting wing (pure: no AWS).
RENDERING = f"{PACKAGE}.views"


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        parts = path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


MODULES = _modules()


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _module_level(body: list[ast.stmt]) -> Iterator[ast.Import | ast.ImportFrom]:
    """The imports a module runs when it is imported: its top level, and inside top-level `if` and `try`
    blocks, except `if TYPE_CHECKING:` (never run)."""
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If) and not _is_type_checking(node):
            yield from _module_level(node.body)
            yield from _module_level(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, node.orelse, node.finalbody, *(h.body for h in node.handlers)):
                yield from _module_level(block)


def _targets(node: ast.Import | ast.ImportFrom, importer: str) -> set[str]:
    """Our modules an import statement loads (the deepest module each name resolves to)."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        if node.level:
            package = importer if MODULES[importer].name == "__init__.py" else importer.rpartition(".")[0]
            for _ in range(node.level - 1):
                package = package.rpartition(".")[0]
            base = f"{package}.{base}" if base else package
        names = [
            f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base for alias in node.names
        ]
    found = set()
    for name in names:
        while name and name not in MODULES:
            name = name.rpartition(".")[0]
        if name.startswith(PACKAGE):
            found.add(name)
    return found


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        graph[name] = {target for node in _module_level(tree.body) for target in _targets(node, name)} - {
            name
        }
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def _layer(module: str) -> int | None:
    """-1 for the domain's floor (root modules, rule tables), the wing's rank, None outside the domain."""
    if not module.startswith(DOMAIN + ".") and module != DOMAIN:
        return None
    part = module.removeprefix(DOMAIN).lstrip(".").split(".")[0]
    if part in WINGS:
        return WINGS.index(part)
    return -1


def test_the_package_has_no_import_cycle() -> None:
    # given every module of the package and the imports it runs at load
    graph = _graph()
    # when the import graph is searched for cycles
    cycles = _cycles(graph)
    # then there are none
    assert cycles == []


def test_the_domain_imports_one_way_from_wing_to_wing() -> None:
    # given the domain's imports
    graph = _graph()
    wrong = []
    for importer, targets in graph.items():
        layer = _layer(importer)
        if layer is None:
            continue
        for target in targets:
            target_layer = _layer(target)
            if target_layer is None:
                # then the domain imports nothing from services, adapters or the web side (reporting renders)
                if not (layer == WINGS.index("reporting") and _within(target, RENDERING)):
                    wrong.append(f"{importer} -> {target} (outside the domain)")
            elif target_layer > layer:
                # and a wing imports only its own or a lower one, the floor nothing above it
                wrong.append(f"{importer} -> {target}")
            elif layer == -1 and not _in_floor_package(importer) and _in_floor_package(target):
                wrong.append(f"{importer} -> {target} (a root module reads no rule table)")
    assert wrong == []


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def _in_floor_package(module: str) -> bool:
    return module.removeprefix(DOMAIN + ".").split(".")[0] in FLOOR


def _reaches(graph: dict[str, set[str]], start: str, goal: str) -> bool:
    seen, todo = {start}, [start]
    while todo:
        for target in graph.get(todo.pop(), ()):
            if target == goal:
                return True
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return False


def test_no_domain_function_imports_a_module_that_imports_it_back() -> None:
    # given every import inside a domain function (deferred loading for a cold start is fine)
    graph = _graph()
    dodged = []
    for name, path in MODULES.items():
        if _layer(name) is None:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                if not isinstance(node, ast.Import | ast.ImportFrom):
                    continue
                # then none of them reaches back to its own module: at the top it would be an import cycle
                dodged.extend(
                    f"{name}:{node.lineno} -> {target}"
                    for target in _targets(node, name)
                    if _reaches(graph, target, name)
                )
    assert dodged == []


@pytest.mark.parametrize("wing", WINGS)
def test_each_wing_is_found(wing: str) -> None:
    # given the layering rules, then each wing they name exists (a rename cannot switch a check off)
    assert f"{DOMAIN}.{wing}" in MODULES
