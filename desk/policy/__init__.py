"""Policy check of outgoing replies: what each platform forbids, found before the reply is sent.

Rules are data, one table per platform in desk/policy/rules/*.toml (see desk.policy.tables for
the format); every rule carries examples it must and must not flag, and a test runs them all.
"""

from desk.policy.engine import blocks_sending, check_reply
from desk.policy.model import Severity, Violation
from desk.policy.outgoing import check_outgoing

__all__ = ["Severity", "Violation", "blocks_sending", "check_outgoing", "check_reply"]
