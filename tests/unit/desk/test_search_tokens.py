"""Desk's own tokenizer (desk.search.tokens) makes exactly the tokens SQLite FTS5 makes, so the
team database (PostgreSQL) finds what the SQLite cache finds."""

import importlib.util
import json
import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from desk.search.text import index_text
from desk.search.tokens import TABLE, fts_tokens
from tests.conftest import ROOT


def _generator():
    spec = importlib.util.spec_from_file_location("make_unicode61_table", ROOT / "tools" / "make_unicode61_table.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_table_is_what_this_sqlite_does_with_every_code_point():
    shipped = json.loads(TABLE.read_text(encoding="utf-8"))
    probed = _generator().probe()
    assert {k: v for k, v in probed.items() if k != "sqlite"} == {k: v for k, v in shipped.items() if k != "sqlite"}


class Fts5:
    def __init__(self):
        self.conn = sqlite3.connect(":memory:")
        self.conn.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')")
        self.conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")

    def tokens(self, text: str) -> list[str]:
        self.conn.execute("DELETE FROM t")
        self.conn.execute("INSERT INTO t(rowid, body) VALUES (1, ?)", (text,))
        return [r[0] for r in self.conn.execute("SELECT term FROM v ORDER BY offset")]


FTS5 = Fts5()
# Latin with diacritics and ligatures, Greek, Cyrillic, CJK, kana, Hangul, Thai and Devanagari
# marks, digits of several scripts, punctuation and spaces of every kind, combining marks.
ALPHABET = st.sampled_from(
    list("aAzZßẞéÉöØłŁçñÑĳǅﬁİıσςΣΆΐжЖёЁ我要退款物流返品ーｶﾞ한국어สวัสดีहिन्दी0९١²½ ,.;:'’\"-_/@#%&€$()[]\u00a0\u2009\u200b\u3000\t\n")
    + ["e\u0301", "\u0301", "\u0308", "\U00020001"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=40).map("".join))
def test_tokens_match_fts5_on_any_text(text):
    assert fts_tokens(text) == FTS5.tokens(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(ALPHABET, max_size=40).map("".join))
def test_tokens_of_index_text_match_fts5(text):
    indexed = index_text(text)
    assert fts_tokens(indexed) == FTS5.tokens(indexed)


def test_folds_like_unicode61():
    assert fts_tokens("Rücksendung, STRASSE; ΣΊΣΥΦΟΣ o’neil") == ["rucksendung", "strasse", "σίσυφοσ", "o", "neil"]
