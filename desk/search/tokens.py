"""The tokens SQLite FTS5's `unicode61 remove_diacritics 2` makes of a text, computed in Python.

Engines without FTS5 (PostgreSQL for team mode) index exactly these tokens, so a query finds the
same messages there as in the SQLite cache. unicode61 handles each character on its own; what it
does with every code point is read from SQLite once (tools/make_unicode61_table.py) and shipped
in data/unicode61.json, so every Desk writing to a team database makes the same tokens whatever
SQLite its Python links (a test checks the file against the local SQLite).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

TABLE = Path(__file__).resolve().parent / "data" / "unicode61.json"


@cache
def _translation() -> dict[int, str | None]:
    data = json.loads(TABLE.read_text(encoding="utf-8"))
    table: dict[int, str | None] = {}
    for first, last in data["separators"]:
        table.update(dict.fromkeys(range(first, last + 1), " "))
    for first, last in data["deleted"]:
        table.update(dict.fromkeys(range(first, last + 1)))
    table.update((int(cp), folded) for cp, folded in data["mapped"].items())
    return table


def fts_tokens(text: str) -> list[str]:
    """The folded tokens of `text` in order, as unicode61 with remove_diacritics 2 makes them
    (`text` is already search index text: see desk.search.text.index_text)."""
    return [token for token in text.translate(_translation()).split(" ") if token]
