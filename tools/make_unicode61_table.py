"""Write desk/search/data/unicode61.json: what SQLite FTS5's `unicode61 remove_diacritics 2`
tokenizer does with every code point, read from SQLite itself.

PostgreSQL search (desk.storage.dialects.postgresql) indexes the same tokens as the SQLite cache,
so both find the same messages. unicode61 treats each character on its own: a separator, a token
character folded to nothing (a combining diacritic), folded to another character (case,
diacritics), or kept. Each is learnt by tokenizing "a" + character + "a":

    two tokens "a", "a"   -> separator
    one token  "aa"       -> folded to nothing
    one token  "a?a"      -> folded to "?" (kept when "?" is the character itself)

Run after an SQLite upgrade; tests/unit/desk/test_search_tokens.py checks the file against the
SQLite Python links, so a change cannot go unnoticed.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "desk" / "search" / "data" / "unicode61.json"
CODE_POINTS = range(0x110000)


def probe() -> dict:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
    conn.executemany("INSERT INTO t(rowid, body) VALUES (?, ?)",
                     ((cp, f"a{chr(cp)}a") for cp in CODE_POINTS if not 0xD800 <= cp <= 0xDFFF))
    terms: dict[int, list[str]] = {}
    for doc, term in conn.execute("SELECT doc, term FROM v ORDER BY doc, offset"):
        terms.setdefault(doc, []).append(term)
    separators, deleted, mapped = [], [], {}
    for cp, found in sorted(terms.items()):
        if found == ["a", "a"]:
            separators.append(cp)
        elif found == ["aa"]:
            deleted.append(cp)
        elif len(found) == 1 and found[0].startswith("a") and found[0].endswith("a"):
            if found[0][1:-1] != chr(cp):
                mapped[str(cp)] = found[0][1:-1]
        else:
            raise RuntimeError(f"unexpected tokens for U+{cp:04X}: {found}")
    return {"sqlite": sqlite3.sqlite_version, "separators": ranges(separators), "deleted": ranges(deleted),
            "mapped": mapped}


def ranges(code_points: list[int]) -> list[list[int]]:
    """[[first, last], ...] covering `code_points` (sorted)."""
    out: list[list[int]] = []
    for cp in code_points:
        if out and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


def main() -> int:
    TARGET.write_text(json.dumps(probe(), separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
