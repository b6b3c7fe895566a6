"""File names that came from outside (a customer's attachment, a mail's subject)."""

from __future__ import annotations

from pathlib import PurePosixPath


def safe_filename(name: str) -> str:
    """A file name without directories or control characters, not hidden: safe to create in a
    folder of Desk's choosing ("" when nothing is left)."""
    name = "".join(ch for ch in name if ch.isprintable()).replace("\\", "/")
    return PurePosixPath(name).name.strip().lstrip(".")
