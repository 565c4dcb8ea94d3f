"""The import graph of `api/`, read from the source: no cycles, and core imports no domain."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

API = Path(__file__).resolve().parents[2] / "api"


def _modules() -> dict[str, Path]:
    found = {}
    for path in API.rglob("*.py"):
        parts = path.relative_to(API.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _imported(module: str, node: ast.Import | ast.ImportFrom) -> Iterator[str]:
    """The api modules an import statement names (type-checking imports included)."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        if node.level:
            package = module.split(".")
            if MODULES[module].name != "__init__.py":
                package = package[:-1]
            package = package[: len(package) - node.level + 1]
            base = ".".join([*package, base] if base else package)
        names = [f"{base}.{alias.name}" for alias in node.names] + [base]
    for name in names:
        while name not in MODULES and "." in name:
            name = name.rsplit(".", 1)[0]
        if name in MODULES and name != module:
            yield name


@cache
def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        targets = graph.setdefault(module, set())
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                targets.update(_imported(module, node))
    return graph


def _package(module: str) -> str | None:
    """`api.referrals.rows` -> `api.referrals`; None for the top-level modules (main, cli,
    tables...), which assemble the packages and are imported by none of them."""
    if (API.parent / Path(*module.split("."))).is_dir():
        return module if module.count(".") == 1 else ".".join(module.split(".")[:2])
    return ".".join(module.split(".")[:2]) if module.count(".") >= 2 else None


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one node (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _packages(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    packages: dict[str, set[str]] = {}
    for module, targets in graph.items():
        source = _package(module)
        if source is None:
            continue
        packages.setdefault(source, set()).update(
            target for target in map(_package, targets) if target is not None and target != source
        )
    return packages


def test_the_reader_sees_every_module() -> None:
    graph = _graph()
    assert "api.referrals.rows" in graph["api.referrals.router"]
    assert "api.core.db" in graph["api.auth.models"]
    assert _package("api.referrals.rows") == "api.referrals"
    assert _package("api.core") == "api.core"
    assert _package("api.tables") is None


def test_the_cycle_finder_finds_cycles() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]


def test_no_module_imports_itself_back() -> None:
    assert _cycles(_graph()) == []


def test_no_package_imports_itself_back() -> None:
    """A domain builds on those below it; a lower one offers a hook instead of importing up
    (`api.residents.access.link`, `api.activities.service.on_capacity_change`)."""
    assert _cycles(_packages(_graph())) == []


@pytest.mark.parametrize("module", sorted(m for m in MODULES if m.startswith("api.core")))
def test_core_imports_no_domain(module: str) -> None:
    outside = {target for target in _graph()[module] if not target.startswith("api.core")}
    assert outside == set()
