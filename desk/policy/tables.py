"""Loads the rule tables (desk/policy/rules/*.toml) once, on first use, and compiles their patterns.

Each file is one platform's table; `common.toml` applies to every channel. A rule reads:

    [[rule]]
    id = "amazon.email_address"           # unique across all tables
    severity = "block"                    # "block": cannot be sent; "warn": sent once confirmed
    field = "subject"                     # optional: check the subject instead of the text
    reason_en = "..."                     # short, specific, says what to do instead
    reason_zh = "..."
    patterns.en = ['regex', ...]          # pattern rule: one list per language (or "any");
                                          # every list is checked whatever the reply's language
    # or: patterns_of = "other.rule_id"   # reuse another rule's patterns with this severity
    # or: check = "phone_number"          # built-in check (desk.policy.checks), with
    #     params = { key = value }        # its parameters
    case_sensitive = false                # patterns ignore case unless this is true
    must_trigger = ["text with the ⟦expected span⟧", { text = "...", customer_language = "de" }]
    must_pass = ["text the rule must leave alone"]
    # An example may also be { text = "a", repeat = 4097 } (a long text, no span markers).

TOML literal strings ('...') keep backslashes, so regexes are written as Python's `re` reads them.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from desk.policy.model import Example, Rule, Severity

SPAN_OPEN, SPAN_CLOSE = "⟦", "⟧"
TABLE_NAMES = ("common", "amazon", "shopify", "whatsapp", "mail")
# Channel values (desk.domain.Channel uses "email"; the reply box may say "mail").
CHANNEL_TABLES: Mapping[str, tuple[str, ...]] = {
    "amazon": ("common", "amazon"),
    "shopify": ("common", "shopify"),
    "whatsapp": ("common", "whatsapp"),
    "mail": ("common", "mail"),
    "email": ("common", "mail"),
}


def rules_for(channel: str) -> tuple[Rule, ...]:
    """The rules a reply on `channel` is checked against, in table order."""
    try:
        names = CHANNEL_TABLES[str(channel)]
    except KeyError:
        raise ValueError(f"no policy table for channel {channel!r}") from None
    tables = all_tables()
    return tuple(rule for name in names for rule in tables[name])


@cache
def all_tables() -> dict[str, tuple[Rule, ...]]:
    raw = {name: _read_table(name) for name in TABLE_NAMES}
    raw_by_id = {entry["id"]: entry for entries in raw.values() for entry in entries}
    if len(raw_by_id) != sum(len(entries) for entries in raw.values()):
        raise ValueError("duplicate rule id in desk/policy/rules")
    return {name: tuple(_build_rule(entry, raw_by_id) for entry in entries) for name, entries in raw.items()}


def _read_table(name: str) -> list[dict[str, Any]]:
    text = resources.files("desk.policy").joinpath("rules", f"{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text).get("rule", [])


def _build_rule(entry: Mapping[str, Any], raw_by_id: Mapping[str, Mapping[str, Any]]) -> Rule:
    rule_id = entry["id"]
    kinds = [kind for kind in ("patterns", "patterns_of", "check") if kind in entry]
    if len(kinds) != 1:
        raise ValueError(f"rule {rule_id}: give exactly one of patterns, patterns_of or check")
    if kinds == ["patterns_of"]:
        source = raw_by_id.get(entry["patterns_of"], {})
        if "patterns" not in source:
            raise ValueError(f"rule {rule_id}: patterns_of names no pattern rule")
        entry = {**entry, "patterns": source["patterns"]}
    flags = 0 if entry.get("case_sensitive", False) else re.IGNORECASE
    patterns = tuple(re.compile(p, flags) for per_language in entry.get("patterns", {}).values() for p in per_language)
    return Rule(
        id=rule_id,
        severity=Severity(entry["severity"]),
        reason_en=entry["reason_en"],
        reason_zh=entry["reason_zh"],
        field=_field(entry),
        patterns=patterns,
        check=entry.get("check"),
        params=entry.get("params", {}),
        must_trigger=tuple(_example(e) for e in entry.get("must_trigger", ())),
        must_pass=tuple(_example(e) for e in entry.get("must_pass", ())),
    )


def _field(entry: Mapping[str, Any]) -> str:
    field = entry.get("field", "text")
    if field not in ("text", "subject"):
        raise ValueError(f"rule {entry['id']}: field is text or subject, not {field!r}")
    return field


def _example(entry: str | Mapping[str, Any]) -> Example:
    context = {} if isinstance(entry, str) else {k: v for k, v in entry.items() if k not in ("text", "repeat")}
    marked = entry if isinstance(entry, str) else entry["text"] * entry.get("repeat", 1)
    start, end = marked.find(SPAN_OPEN), marked.find(SPAN_CLOSE)
    if start < 0:
        return Example(marked, None, context)
    text = marked.replace(SPAN_OPEN, "", 1).replace(SPAN_CLOSE, "", 1)
    return Example(text, (start, end - len(SPAN_OPEN)), context)
