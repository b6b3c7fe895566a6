"""What a macro does besides its text once the reply it filled is sent (desk.knowledge.actions):
each step is one of the lifecycle operations (desk.app.lifecycle), audited like the agent's own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from desk.app.changes import NOTHING, Changes
from desk.errors import ActionRefused, DeskError

if TYPE_CHECKING:
    from desk.app.workspace import Workspace
    from desk.knowledge.actions import MacroActions


class ActionUnavailable(DeskError):
    """A lifecycle step that could not be taken (an unknown agent, no name set...); `verb` names it,
    the message says why."""

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
    """One lifecycle step through desk.app.lifecycle (audited, as if the agent took it)."""
    from desk.app import lifecycle

    try:
        if step.verb == "status":
            operation = {"resolved": lifecycle.resolve, "pending": lifecycle.set_pending, "open": lifecycle.reopen}
            result = await operation[step.argument](ws, conversation_id)
        elif step.verb == "snooze":
            result = await lifecycle.snooze(ws, conversation_id, datetime.fromisoformat(step.argument))
        elif step.verb == "assign":
            if not step.argument:
                raise ActionUnavailable("assign", "This macro assigns the conversation to you: set your name in "
                                                  "Settings first.")
            result = await lifecycle.assign(ws, conversation_id, step.argument)
        else:
            add, remove = ((step.argument,), ()) if step.verb == "tag" else ((), (step.argument,))
            result = await lifecycle.tag(ws, conversation_id, add, remove)
    except ActionRefused as refused:
        raise ActionUnavailable(step.verb, str(refused)) from refused
    return result.changes
