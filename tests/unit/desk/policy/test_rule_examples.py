"""Every rule of every table against its own examples: adding a rule means adding examples."""

from __future__ import annotations

import pytest

from desk.policy import check_reply
from desk.policy.model import Example, Rule
from desk.policy.tables import CHANNEL_TABLES, all_tables

# The channel whose table set includes each table, to run its examples through check_reply.
CHANNEL_OF_TABLE = {"common": "amazon", "amazon": "amazon", "shopify": "shopify", "whatsapp": "whatsapp",
                    "mail": "mail"}


def _cases(kind: str) -> list:
    return [
        pytest.param(table, rule, example, id=f"{rule.id}-{index}")
        for table, rules in all_tables().items()
        for rule in rules
        for index, example in enumerate(getattr(rule, kind))
    ]


def _run(table: str, rule: Rule, example: Example) -> list:
    """The example as the reply's text, or as its subject for a subject rule (under a plain text)."""
    context = dict(example.context)
    detected = context.pop("detected", None)
    context.setdefault("customer_language", None)
    detector = None if detected is None else (lambda _text: detected)
    text, subject = (example.text, "") if rule.field == "text" else ("Thank you.", example.text)
    return check_reply(text, subject=subject, channel=CHANNEL_OF_TABLE[table], detect_language=detector, **context)


@pytest.mark.parametrize(("table", "rule", "example"), _cases("must_trigger"))
def test_the_rule_flags_its_example(table: str, rule: Rule, example: Example):
    hits = [v for v in _run(table, rule, example) if v.rule_id == rule.id]
    assert hits, f"{rule.id} missed {example.text!r}"
    if example.span is not None:
        spans = [(v.start, v.end) for v in hits]
        assert example.span in spans, f"{[example.text[s:e] for s, e in spans]} != {example.text[slice(*example.span)]!r}"
    assert all(v.severity == rule.severity for v in hits)


@pytest.mark.parametrize(("table", "rule", "example"), _cases("must_pass"))
def test_the_rule_leaves_its_counter_example_alone(table: str, rule: Rule, example: Example):
    hits = [example.text[v.start:v.end] for v in _run(table, rule, example) if v.rule_id == rule.id]
    assert not hits, f"{rule.id} wrongly flagged {hits} in {example.text!r}"


def test_every_rule_has_examples_both_ways_and_reasons_in_both_languages():
    for rules in all_tables().values():
        for rule in rules:
            assert rule.must_trigger and rule.must_pass, rule.id
            assert rule.reason_en.strip() and rule.reason_zh.strip(), rule.id


def test_every_table_is_used_by_a_channel():
    used = {name for names in CHANNEL_TABLES.values() for name in names}
    assert used == set(all_tables())
