"""What a macro does besides its text once the reply it filled is sent (desk.knowledge.actions):
each step goes through `act`, the one door to the conversation's lifecycle.

`act` is where the lifecycle operations of issue 11 (resolve, pending, snooze until, assign, tag)
plug in: when they land in desk.app.conversations, its body becomes one call to them. Until then
it writes the columns the schema already has (status, assignee, tags) and refuses a snooze, whose
wake-up time has no place to be kept yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from desk.app.changes import NOTHING, Changes, conversation_changed
from desk.errors import DeskError

if TYPE_CHECKING:
    from desk.app.workspace import Workspace
    from desk.knowledge.actions import MacroActions


class ActionUnavailable(DeskError):
    """A lifecycle step this Desk cannot take (yet); `verb` names it, the message says why."""

    def __init__(self, verb: str, message: str):
        super().__init__(message)
        self.verb = verb


@dataclass(frozen=True, slots=True)
class Step:
    verb: str  # status | snooze | assign | tag | untag
    argument: str  # the status, an ISO time to snooze until, an agent's name, a tag


def steps(actions: MacroActions, agent_name: str, now: datetime) -> list[Step]:
    """The macro's actions as lifecycle steps; "me" is the agent sending it."""
    found = []
    if actions.status:
        found.append(Step("status", actions.status))
    if actions.snooze_hours:
        found.append(Step("snooze", (now + timedelta(hours=actions.snooze_hours)).isoformat()))
    if actions.assign:
        found.append(Step("assign", agent_name if actions.assign == "me" else actions.assign))
    found += [Step("tag", tag) for tag in actions.add_tags]
    found += [Step("untag", tag) for tag in actions.remove_tags]
    return found


async def apply_macro_actions(ws: Workspace, conversation_id: int, actions: MacroActions,
                              now: datetime | None = None) -> Changes:
    """Every step of the macro's actions on the conversation, in order."""
    changes = NOTHING
    for step in steps(actions, ws.agent_name, now or datetime.now(UTC)):
        changes = changes | await act(ws, conversation_id, step)
    return changes


async def act(ws: Workspace, conversation_id: int, step: Step) -> Changes:
    """One lifecycle step (see the module docstring: this is the line the lifecycle operations replace)."""
    if step.verb == "snooze":
        raise ActionUnavailable("snooze", "This macro snoozes the conversation, which this Desk cannot do yet; "
                                          "the reply was sent, snooze it yourself.")
    if step.verb == "assign" and not step.argument:
        raise ActionUnavailable("assign", "This macro assigns the conversation to you: set your name in "
                                          "Settings first.")
    await ws.executors.write(_write_step, ws.db, conversation_id, step)
    return conversation_changed(conversation_id)


def _write_step(db, conversation_id: int, step: Step) -> None:
    from sqlalchemy import delete, update

    from desk.storage.models import Conversation, ConversationTag

    conversations, tags = Conversation.__table__, ConversationTag.__table__
    with db.engine.begin() as conn:
        if step.verb == "status":
            conn.execute(update(conversations).where(conversations.c.id == conversation_id)
                         .values(status=step.argument))
        elif step.verb == "assign":
            conn.execute(update(conversations).where(conversations.c.id == conversation_id)
                         .values(assignee=step.argument))
        elif step.verb == "tag":
            conn.execute(db.dialect.insert_ignoring_duplicates(tags),
                         [{"conversation_id": conversation_id, "tag": step.argument}])
        elif step.verb == "untag":
            conn.execute(delete(tags).where(tags.c.conversation_id == conversation_id, tags.c.tag == step.argument))
