"""SLA clocks: when an answer is due per platform and account, how close that is, the customer's
local time, and which mail is an auto-reply that must not move them.

Everything takes `now` explicitly and works on aware datetimes; nothing reads the clock itself.
"""

from desk.sla.autoreply import is_auto_reply
from desk.sla.clock import SlaLevel, SlaState, clock_start, sla_state
from desk.sla.localtime import COUNTRY_ZONES, LocalTime, customer_local_time
from desk.sla.policy import DEFAULT_TARGETS, SlaPolicy, SlaSettingError, policy_for, warn_windows

__all__ = [
    "COUNTRY_ZONES",
    "DEFAULT_TARGETS",
    "LocalTime",
    "SlaLevel",
    "SlaPolicy",
    "SlaSettingError",
    "SlaState",
    "clock_start",
    "customer_local_time",
    "is_auto_reply",
    "policy_for",
    "sla_state",
    "warn_windows",
]
