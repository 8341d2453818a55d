"""The layout shows the design: steps live in strippers/ and html/, areas import without
cycles, and modules stay short enough to read in one sitting.

An *area* is the first package or module under ``newsclean/`` (``html``, ``strippers``,
``pipeline``, ``text``, ...). Imports inside functions count: hiding an import in a
function does not make a cycle go away, it only moves the failure to run time.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsclean

PACKAGE = Path(newsclean.__file__).resolve().parent
STRIPPER_LINES = 200
"""Longest module under ``newsclean/strippers/``."""
MODULE_LINES = 300
"""Longest other code module (``newsclean/patterns/`` holds data and is left out)."""


def _modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        yield ".".join(parts), path


def _area(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "newsclean"


def _is_module(dotted: str) -> bool:
    rel = Path(*dotted.split(".")[1:])
    return (PACKAGE / rel).is_dir() or (PACKAGE / rel).with_suffix(".py").exists()


def _imported(module: str, path: Path) -> Iterator[str]:
    """Every ``newsclean`` module ``path`` imports, wherever the import statement stands."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([node.module] if node.module else [])])
            for alias in node.names:  # "from newsclean import api" imports the module api
                full = f"{base}.{alias.name}"
                yield full if full.startswith("newsclean.") and _is_module(full) else base


def area_imports() -> dict[str, dict[str, set[str]]]:
    """``{area: {imported area: {importing files}}}`` for imports between different areas."""
    graph: dict[str, dict[str, set[str]]] = {}
    for module, path in _modules():
        here = _area(module)
        for target in _imported(module, path):
            if target.split(".")[0] != "newsclean" or _area(target) == here:
                continue
            graph.setdefault(here, {}).setdefault(_area(target), set()).add(path.name)
    return graph


def _cycles(graph: dict[str, dict[str, set[str]]]) -> list[list[str]]:
    """The strongly connected groups of more than one area (Tarjan's algorithm)."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        order[node] = low[node] = len(order)
        stack.append(node)
        for nxt in graph.get(node, {}):
            if nxt not in order:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], order[nxt])
        if low[node] == order[node]:
            group = []
            while True:
                top = stack.pop()
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in order:
            visit(node)
    return groups


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b": {"a.py"}}, "b": {"c": {"b.py"}}, "c": {"a": {"c.py"}}, "d": {"a": {"d.py"}}}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert _cycles({"a": {"b": {"a.py"}}}) == []


def test_no_import_cycle_between_areas() -> None:
    graph = area_imports()
    found = _cycles(graph)
    detail = [f"{a} -> {b} ({', '.join(sorted(files))})" for group in found for a in group
              for b, files in graph.get(a, {}).items() if b in group]
    assert not found, "import cycles between areas:\n" + "\n".join(detail)


def test_every_public_stripper_module_is_a_default_step() -> None:
    steps = {s.name: s for s in newsclean.default_pipeline().steps}
    folder = PACKAGE / "strippers"
    names = [p.stem for p in folder.glob("*.py") if not p.name.startswith("_")]
    names += [p.name for p in folder.iterdir() if (p / "__init__.py").exists()]
    assert names
    for name in names:
        assert name in steps, f"strippers/{name} is not a step of the default pipeline"
        assert steps[name].stage == "text"


def test_steps_live_in_strippers_and_html() -> None:
    for step in newsclean.default_pipeline().steps:
        home = {"text": "newsclean.strippers.", "html": "newsclean.html."}[step.stage]
        assert step.func.__module__.startswith(home), (step.name, step.func.__module__)


@pytest.mark.parametrize(("module", "path"), [pytest.param(m, p, id=m) for m, p in _modules()])
def test_module_is_short(module: str, path: Path) -> None:
    if _area(module) == "patterns":
        return
    limit = STRIPPER_LINES if _area(module) == "strippers" else MODULE_LINES
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= limit, f"{module} has {lines} lines (at most {limit})"
