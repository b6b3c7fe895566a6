"""What the agent is told about without looking: new customer messages in their conversations (and
the unassigned ones), and conversations about to breach their answer target (desk.app.queue), each
within the agent's own preferences (desk.settings: notify.*) and outside their quiet hours."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desk.app.workspace import Workspace

LATEST = 50  # messages read per check; a burst larger than this is summarised by its count


@dataclass(frozen=True, slots=True)
class NewMessage:
    conversation_id: int
    message_id: int
    customer_name: str
    preview: str
    channel: str


@dataclass(frozen=True, slots=True)
class Preferences:
    new_messages: bool = True
    breaches: bool = True
    sound: bool = True
    quiet: tuple[time, time] | None = None  # from, until (local time); may run past midnight

    def quiet_at(self, moment: datetime) -> bool:
        """Whether `moment` (the agent's local time) falls in their quiet hours."""
        if self.quiet is None:
            return False
        start, end = self.quiet
        now = moment.time().replace(second=0, microsecond=0)
        if start == end:
            return False
        return start <= now < end if start < end else (now >= start or now < end)


async def preferences(ws: Workspace) -> Preferences:
    from desk import settings

    keys = (settings.NOTIFY_NEW_MESSAGES, settings.NOTIFY_BREACHES, settings.NOTIFY_SOUND, settings.NOTIFY_QUIET_HOURS)
    values = await ws.executors.read(settings.get_many, ws.db, keys)
    quiet = settings.quiet_hours(values[settings.NOTIFY_QUIET_HOURS.key])
    return Preferences(values[settings.NOTIFY_NEW_MESSAGES.key], values[settings.NOTIFY_BREACHES.key],
                       values[settings.NOTIFY_SOUND.key],
                       None if quiet is None else (time(*quiet[0]), time(*quiet[1])))


async def newest_message_id(ws: Workspace) -> int:
    """Where the next check starts: what is already stored is not news (customers' messages only:
    a reply written offline on a team Desk has a mirror-local id above every team id)."""
    rows = await ws.executors.read(ws.db.fetch_all, "SELECT max(id) FROM messages WHERE direction = 'in'")
    return rows[0][0] or 0


async def new_messages(ws: Workspace, after_id: int) -> list[NewMessage]:
    """Customer messages stored after `after_id` in the agent's views: conversations assigned to
    them or to no one, not resolved; automatic replies (out-of-office...) are not news."""
    return await ws.executors.read(_new_messages, ws.db, after_id, ws.agent_name)


def _new_messages(db, after_id: int, agent_name: str) -> list[NewMessage]:
    rows = db.fetch_all(
        """SELECT c.id, m.id, COALESCE(cu.display_name, ''), c.preview, c.channel FROM messages m
           JOIN conversations c ON c.id = m.conversation_id LEFT JOIN customers cu ON cu.id = c.customer_id
           WHERE m.id > :after AND m.direction = 'in' AND NOT m.auto_reply AND c.status != 'resolved'
             AND (c.assignee IS NULL OR c.assignee = '' OR c.assignee = :me)
           ORDER BY m.id LIMIT :limit""", {"after": after_id, "me": agent_name, "limit": LATEST})
    return [NewMessage(*row) for row in rows]
