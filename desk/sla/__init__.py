"""SLA clocks: when an answer is due per platform and account, how close that is, the customer's
local time, WhatsApp's service window, and which mail is an auto-reply that must not move them.

Everything takes `now` explicitly and works on aware datetimes; nothing reads the clock itself.
"""

from desk.sla.autoreply import is_auto_reply
from desk.sla.clock import SlaEvent, SlaLevel, SlaState, due_at, sla_state, waiting_since
from desk.sla.localtime import COUNTRY_ZONES, LocalTime, customer_local_time
from desk.sla.policy import DEFAULT_TARGETS, SlaPolicy, SlaSettingError, policy_for, warn_windows
from desk.sla.window import WindowState, window_state

__all__ = [
    "COUNTRY_ZONES",
    "DEFAULT_TARGETS",
    "LocalTime",
    "SlaEvent",
    "SlaLevel",
    "SlaPolicy",
    "SlaSettingError",
    "SlaState",
    "WindowState",
    "customer_local_time",
    "due_at",
    "is_auto_reply",
    "policy_for",
    "sla_state",
    "waiting_since",
    "warn_windows",
    "window_state",
]
