"""The layout keeps its promises: imports point one way (web → engine → search / scoring → knowledge; ingest →
knowledge / search), no two modules import each other at any depth (function-level and ``TYPE_CHECKING``
imports included), the runtime never imports dev tooling or tests, and no runtime folder has more than 12 modules."""

from __future__ import annotations

import ast
from pathlib import Path

from knowledge.paths import ROOT

RUNTIME = ("knowledge", "scoring", "search", "ingest", "app")
# what each layer may import, besides itself
ALLOWED = {
    "knowledge": set(),
    "scoring": {"knowledge"},
    "search": {"knowledge"},
    "ingest": {"knowledge", "search"},
    "app.engine": {"knowledge", "scoring", "search"},
    "app.web": {"app.engine", "knowledge", "scoring", "search"},
    "app": {"app.engine", "knowledge", "scoring", "search"},  # app/ask.py, the CLI
}
PROJECT = {*RUNTIME, "devtools", "tests"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def imports_of(path: Path) -> set[str]:
    """Every project module a file imports, anywhere in it (resolved to modules, not names)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            # "from . import charts" imports the module charts, not the package
            targets = ([base] if node.module else []) + [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        found |= {t for t in targets if t.split(".")[0] in PROJECT}
    return found


def runtime_modules() -> dict[str, Path]:
    return {module_name(p): p for top in RUNTIME for p in (ROOT / top).rglob("*.py")}


def graph() -> dict[str, set[str]]:
    modules = runtime_modules()
    edges = {}
    for name, path in modules.items():
        edges[name] = {t for t in imports_of(path) if t in modules and t != name}
    return edges


def layer(module: str) -> str:
    for prefix in ("app.engine", "app.web"):
        if module == prefix or module.startswith(prefix + "."):
            return prefix
    return module.split(".")[0]


def test_no_layer_imports_upwards():
    wrong = []
    for source, path in runtime_modules().items():
        for target in imports_of(path):
            if layer(target) != layer(source) and layer(target) not in ALLOWED[layer(source)]:
                wrong.append(f"{source} imports {target}")
    assert not wrong, "\n".join(sorted(wrong))


def test_no_import_cycles():
    edges = graph()
    # Tarjan's strongly connected components: any component with two or more modules is a cycle
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in edges[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in edges:
        if node not in index:
            visit(node)
    assert not cycles, cycles


def test_package_modules_are_not_cycles_through_their_init():
    """A package's __init__ may re-export its modules, so its modules must not import the package itself."""
    wrong = []
    for source, path in runtime_modules().items():
        package = source.rpartition(".")[0]
        if path.name != "__init__.py" and package and package in imports_of(path) and package.count(".") >= 1:
            wrong.append(f"{source} imports its own package {package}")
    assert not wrong, wrong


def test_runtime_folders_stay_small():
    crowded = {}
    for top in RUNTIME:
        for folder in [ROOT / top, *[p for p in (ROOT / top).rglob("*") if p.is_dir()]]:
            modules = [p for p in folder.glob("*.py") if p.name != "__init__.py"]
            if len(modules) > 12:
                crowded[str(folder.relative_to(ROOT))] = len(modules)
    assert not crowded, crowded


def test_the_import_reader_sees_relative_and_function_level_imports():
    """Else the tests above would prove nothing."""
    path = ROOT / "app" / "engine" / "core.py"
    found = imports_of(path)
    assert "app.engine.composer" in found and "app.engine.llm" in found  # the LLM backend is imported in a function


def test_the_reader_steps_never_share_a_method_name():
    """The reader is one class over its step mixins: two mixins defining the same name would silently replace one
    another's (a helper ``_in_view`` in two of them once did)."""
    from collections import defaultdict

    from app.engine.understanding.reader import Reader
    from app.engine.understanding.steps.base import Steps

    defined = defaultdict(list)
    for mixin in Reader.__mro__:
        if mixin not in (Reader, Steps, object):
            for name in vars(mixin):
                if not name.startswith("__"):
                    defined[name].append(mixin.__name__)
    assert {name: mixins for name, mixins in defined.items() if len(mixins) > 1} == {}
