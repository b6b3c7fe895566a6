"""packaging/'s scripts, loaded as modules (packaging/ is not a package: PyInstaller runs them)."""

from __future__ import annotations

import importlib.util

from tests.conftest import ROOT


def packaging_module(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
