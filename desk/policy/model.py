"""What the policy check reports, and the rules it reads from the tables in desk/policy/rules/."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
import dataclasses
from dataclasses import dataclass
from typing import Any


class Severity(enum.StrEnum):
    BLOCK = "block"  # the reply cannot be sent until it is changed
    WARN = "warn"  # sent only once the agent confirms it (a second click); never sent automatically


@dataclass(frozen=True, slots=True)
class Violation:
    """One rule broken by a reply. [start, end) are character offsets into the checked text (the
    whole text for whole-message rules), so the reply box can highlight the offending span;
    `field` says which text: the reply ("text") or its subject ("subject")."""

    rule_id: str
    start: int
    end: int
    severity: Severity
    reason_en: str
    reason_zh: str
    field: str = "text"


@dataclass(frozen=True, slots=True)
class Example:
    """A reply a rule must (or must not) flag. `span` is the exact span expected, when the table
    marks it with ⟦ ⟧; `context` holds check_reply's keyword arguments (customer_language,
    reply_language, window_open) and `detected`, the language a stub detector answers."""

    text: str
    span: tuple[int, int] | None = None
    context: Mapping[str, Any] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Rule:
    """One row of a platform table: either regular expressions (`patterns`, every match is a
    violation) or a built-in check named by `check` (desk.policy.checks) with its `params`."""

    id: str
    severity: Severity
    reason_en: str
    reason_zh: str
    field: str = "text"  # what the rule reads: the reply's "text" or its "subject"
    patterns: tuple[re.Pattern[str], ...] = ()
    check: str | None = None
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    must_trigger: tuple[Example, ...] = ()
    must_pass: tuple[Example, ...] = ()

    def violation(self, start: int, end: int) -> Violation:
        return Violation(self.id, start, end, self.severity, self.reason_en, self.reason_zh, self.field)
