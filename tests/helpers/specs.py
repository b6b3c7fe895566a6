"""The official specs kept beside the repository (../shared/reference/specs), when they are there."""

from __future__ import annotations

from pathlib import Path

import pytest


def shared_specs() -> Path | None:
    """The nearest `shared/reference/specs` folder above the tests, or None."""
    for folder in Path(__file__).resolve().parents:
        candidate = folder / "shared" / "reference" / "specs"
        if candidate.is_dir():
            return candidate
    return None


def shared_specs_or_skip() -> Path:
    folder = shared_specs()
    if folder is None:
        pytest.skip("the official specs (../shared/reference/specs beside the repository) are not available")
    return folder
