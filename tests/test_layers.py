"""The package's folders are its layers, and every import points down or sideways, never up or round.

read → corpus → analyse → present → ui / cli: a module imports only from its own layer or a lower one
(imports inside functions count too), and no chain of imports comes back to where it started.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "explorer"
LAYERS = {"read": 0, "corpus": 1, "analyse": 2, "present": 3, "ui": 4, "cli": 4}


def _name(path: Path) -> str:
    return ".".join(("explorer", *path.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(".__init__")


MODULES = {_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imports(path: Path) -> set[str]:
    """The explorer modules a source imports, resolved to modules (``from explorer.read import parse``)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "explorer":
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in MODULES else node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "explorer"}
    return found


GRAPH = {name: _imports(path) for name, path in MODULES.items()}


def layer(name: str) -> int | None:
    parts = name.split(".")
    return LAYERS.get(parts[1]) if len(parts) > 1 else None


def test_every_module_lives_in_a_layer():
    loose = [n for n in MODULES if layer(n) is None and n not in ("explorer", "explorer.__main__")]
    assert not loose, f"modules outside the layer folders: {loose}"


def test_every_import_points_down_a_layer_or_stays_in_its_own():
    up = [
        f"{a} → {b}"
        for a, targets in GRAPH.items()
        for b in sorted(targets)
        if layer(a) is not None and layer(b) is not None and layer(b) > layer(a)
    ]
    assert not up, "imports that point up a layer:\n" + "\n".join(up)


def test_the_ui_and_the_command_line_do_not_import_each_other():
    across = [f"{a} → {b}" for a, t in GRAPH.items() for b in t if {a.split(".")[1], b.split(".")[1]} == {"ui", "cli"}]
    assert not across, across


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), each sorted.

    >>> cycles({"a": {"b"}, "b": {"a"}, "c": {"a"}})
    [['a', 'b']]
    """
    index, low, stack, on, found, counter = {}, {}, [], set(), [], [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in graph:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycle():
    graph = {a: {b for b in t if b in MODULES and b != a} for a, t in GRAPH.items()}
    assert not cycles(graph)


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, [["a", "b", "c"]]),
        ({"x": {"y"}, "y": {"x"}, "p": {"q"}, "q": {"p"}}, [["p", "q"], ["x", "y"]]),
    ],
)
def test_the_cycle_finder_finds_cycles(graph, expected):
    assert sorted(cycles(graph)) == expected
