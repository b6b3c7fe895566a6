"""One door into the core: ui/ names from desk only the application layer, desk.domain and
desk.errors — in imports at any depth, in strings (module names passed to importlib) and in
docstrings alike — and the product never imports the benchmark."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ALLOWED = {"desk.app", "desk.domain", "desk.errors"}
# File names that read like modules (the style sheet desk.qss, the icon desk.svg...).
RESOURCE_SUFFIXES = ("qss", "svg", "ico", "icns", "qrc", "spec", "sqlite3", "png", "desktop", "lock", "log", "json",
                     "toml", "iss")
NAME = re.compile(r"\bdesk\.[a-z_]+")


def _ui_files() -> list[Path]:
    return sorted(p for p in (ROOT / "ui").rglob("*.py") if p.name != "resources_rc.py")


def test_ui_names_only_the_application_layer_the_domain_and_the_errors():
    named: dict[str, set[str]] = {}
    for path in _ui_files():
        for name in NAME.findall(path.read_text(encoding="utf-8")):
            if not name.endswith(tuple(f".{suffix}" for suffix in RESOURCE_SUFFIXES)):
                named.setdefault(name, set()).add(path.relative_to(ROOT).as_posix())
    assert set(named) <= ALLOWED, {name: where for name, where in named.items() if name not in ALLOWED}
    assert len(named) <= 5


def test_every_import_in_ui_goes_through_the_door():
    """What the text search above could miss: relative or aliased imports of desk modules."""
    for path in _ui_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            modules = []
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                modules = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            for module in modules:
                if module == "desk" or module.startswith("desk."):
                    top = ".".join(module.split(".")[:2])
                    assert top in ALLOWED, f"{path.relative_to(ROOT)} imports {module}"


# Run from a checkout only: it keeps the benchmark's evaluation messages out of the training data.
TRAINING_TOOL = "desk/triage/train.py"


def test_the_product_never_imports_the_benchmark_or_its_probes():
    for folder in ("desk", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            relative = path.relative_to(ROOT).as_posix()
            if relative.startswith("desk/bench/") or relative == TRAINING_TOOL:
                continue
            text = path.read_text(encoding="utf-8")
            assert not re.search(r"^\s*(from|import)\s+(desk\.bench|harness)\b", text, re.MULTILINE), relative
