"""Snooze times an agent picks or types: the usual choices, and "3h", "2d", "45m", "9:00",
"2026-12-24 09:00" read in the agent's own time zone."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

MORNING = time(9, 0)
_SPAN = re.compile(r"^\s*(\d{1,3})\s*([mhdw])\s*$", re.IGNORECASE)
_SPAN_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def presets(now: datetime) -> list[tuple[str, datetime]]:
    """(id, time) of the usual choices from `now` (aware, in the agent's zone)."""
    tomorrow = datetime.combine(now.date() + timedelta(days=1), MORNING, now.tzinfo)
    monday = datetime.combine(now.date() + timedelta(days=7 - now.weekday()), MORNING, now.tzinfo)
    return [("1h", now + timedelta(hours=1)), ("3h", now + timedelta(hours=3)), ("tomorrow", tomorrow),
            ("2d", tomorrow + timedelta(days=1)), ("monday", monday), ("week", now + timedelta(weeks=1))]


def parse(text: str, now: datetime) -> datetime | None:
    """The time `text` names after `now` (aware), or None: "3h" / "2d" / "45m" / "1w" from now,
    "HH:MM" (today, or tomorrow once past), "YYYY-MM-DD" (9:00 that day) or "YYYY-MM-DD HH:MM"."""
    text = text.strip()
    if match := _SPAN.match(text):
        amount = int(match.group(1))
        return now + timedelta(**{_SPAN_UNITS[match.group(2).lower()]: amount}) if amount else None
    if re.fullmatch(r"\d{1,2}:\d{2}", text):
        hours, minutes = map(int, text.split(":"))
        if hours > 23 or minutes > 59:
            return None
        at = datetime.combine(now.date(), time(hours, minutes), now.tzinfo)
        return at if at > now else at + timedelta(days=1)
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        return None
    if len(text) <= 10:  # a date alone
        at = datetime.combine(at.date(), MORNING)
    at = at if at.tzinfo is not None else at.replace(tzinfo=now.tzinfo)
    return at if at > now else None
