"""The demo data files (desk/demo/data/*.json, format in data/FORMAT.md), read without the ORM."""

from __future__ import annotations

import hashlib
import json
from importlib import resources

DATA_PACKAGE = "desk.demo.data"


def read_json(name: str) -> dict:
    return json.loads(resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8"))


def demo_conversations() -> list[dict]:
    files = sorted(
        f.name for f in resources.files(DATA_PACKAGE).iterdir() if f.name.endswith(".json") and f.name != "accounts.json"
    )
    return [c for name in files for c in read_json(name)["conversations"]]


def demo_accounts() -> list[dict]:
    return read_json("accounts.json")["accounts"]


# Bump when what the demo build does changes (knowledge base seed, triage, translations...).
BUILD_VERSION = "4"


def data_fingerprint() -> str:
    """Changes whenever a data file changes: a stale demo workspace is rebuilt."""
    digest = hashlib.sha256(BUILD_VERSION.encode())
    folder = resources.files(DATA_PACKAGE)
    for f in sorted([*folder.iterdir(), *(folder / "translations").iterdir()], key=lambda f: f.name):
        if f.name.endswith(".json"):
            digest.update(f.name.encode() + f.read_bytes())
    return digest.hexdigest()[:16]


