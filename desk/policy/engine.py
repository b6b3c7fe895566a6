"""Checks an outgoing reply against its platform's rule table before it is sent."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from desk.policy.checks import CHECKS, ReplyContext
from desk.policy.model import Rule, Severity, Violation
from desk.policy.tables import rules_for


def check_reply(
    text: str,
    *,
    channel: str,
    customer_language: str | None,
    window_open: bool | None = None,
    detect_language: Callable[[str], str] | None = None,
    reply_language: str | None = None,
    subject: str = "",
) -> list[Violation]:
    """Every rule `text` (or its `subject`) breaks on `channel`, ordered by field and position.

    `window_open` is WhatsApp's 24-hour service window (None when it does not apply);
    `reply_language` is the language chosen for this reply (None: the customer's);
    `detect_language` returns a language tag for a text ("de", "zh-CN"); without it, or without
    a language to expect, the language rule is skipped. Raises ValueError for an unknown channel.
    """
    context = ReplyContext(customer_language, window_open, detect_language, reply_language)
    fields = {"text": text, "subject": subject}
    found = [violation for rule in rules_for(channel) for violation in _apply(rule, fields[rule.field], context)]
    return sorted(found, key=lambda v: (v.field != "text", v.start, v.end, v.rule_id))


def blocks_sending(violations: Iterable[Violation]) -> bool:
    """True when the reply cannot be sent as it is: it has to change first."""
    return any(violation.severity is Severity.BLOCK for violation in violations)


def _apply(rule: Rule, text: str, context: ReplyContext) -> Iterable[Violation]:
    if rule.check is not None:
        return CHECKS[rule.check](rule, text, context)
    spans = sorted(match.span() for pattern in rule.patterns for match in pattern.finditer(text))
    return (rule.violation(start, end) for start, end in _merge_overlapping(spans))


def _merge_overlapping(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One span where several patterns of a rule hit the same words ("leave a 5-star review")."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
