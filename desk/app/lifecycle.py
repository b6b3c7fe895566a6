"""A conversation's life: open -> pending (waiting for the customer) -> snoozed until a time (it
wakes early when the customer writes) -> resolved; a new customer message reopens it (ingest).
Assigning, tags, notes that mention agents, merging two conversations of one customer, the
conversations linked to one, and Undo of the last action.

Every action takes one conversation or several (a multi-selection), runs in one transaction on
the writer, writes who did what and when to the audit log, and returns an `ActionResult`: what
changed, and the `Undo` record that takes exactly that back (the window offers it for a few
seconds: UNDO_SECONDS).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desk.app import team
from desk.app.changes import NOTHING, Changes, conversation_changed
from desk.domain.lifecycle import LinkedConversation, TagInfo, Undo
from desk.errors import ActionRefused

if TYPE_CHECKING:
    from desk.app.workspace import Workspace
    from desk.domain import AttachmentData

UNDO_SECONDS = 8
SYSTEM_ACTOR = "desk"  # who wakes snoozed conversations


@dataclass(frozen=True, slots=True)
class ActionResult:
    """`lost`: conversations an assignment left as they were, with who owns them (on a team
    database another agent took them first, or an agent may not take a colleague's)."""

    action: str
    conversation_ids: tuple[int, ...]
    undo: Undo
    changes: Changes
    lost: tuple[tuple[int, str | None], ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.changes)


def _ids(conversation_ids: int | Iterable[int]) -> tuple[int, ...]:
    ids = (conversation_ids,) if isinstance(conversation_ids, int) else tuple(dict.fromkeys(conversation_ids))
    if not ids:
        raise ActionRefused("nothing_selected", "No conversation was chosen.")
    return ids


def _now(now: int | None) -> int:
    return int(time.time()) if now is None else now


def actor(ws: Workspace) -> str:
    """Who the audit log names: the agent's name (Settings), else "agent"."""
    return ws.agent_name or "agent"


async def _not_owned_by_others(ws: Workspace, ids: tuple[int, ...], confirmed: bool) -> None:
    """On a team database, closing or setting aside a colleague's conversation is asked first."""
    if not confirmed:
        await team.check_owner(ws, ids)


async def _states(ws: Workspace, ids, compute, action: str, now: int | None, detail: dict | None = None) -> ActionResult:
    from desk.storage.lifecycle import change_states

    team.require_online(ws)

    undo = await ws.executors.write(change_states, ws.db, ids, compute, action=action, actor=actor(ws),
                                    now=_now(now), detail=detail)
    return _result(action, ids, undo)


def _result(action: str, ids: tuple[int, ...], undo: Undo) -> ActionResult:
    touched = {c.conversation_id for c in undo.fields} | {c for c, _ in undo.tags_added + undo.tags_removed}
    if undo.moved_messages:
        touched |= set(ids)
    return ActionResult(action, ids, undo, conversation_changed(*touched) if touched else NOTHING)


# --- status -------------------------------------------------------------------------------------

async def resolve(ws: Workspace, conversation_ids: int | Iterable[int], now: int | None = None,
                  confirmed: bool = False) -> ActionResult:
    """Done: off the open queue, its clock stopped; the customer's next message reopens it. On a team
    database a colleague's conversation raises OwnedByColleague unless `confirmed`."""
    from desk.storage.lifecycle import resolved

    ids = _ids(conversation_ids)
    await _not_owned_by_others(ws, ids, confirmed)
    return await _states(ws, ids, resolved, "resolve", now)


async def reopen(ws: Workspace, conversation_ids: int | Iterable[int], now: int | None = None) -> ActionResult:
    """Open again; a customer still waiting for an answer is due as the messages say."""
    from desk.storage.lifecycle import reopened

    return await _states(ws, _ids(conversation_ids), reopened, "reopen", now)


async def set_pending(ws: Workspace, conversation_ids: int | Iterable[int], now: int | None = None,
                      confirmed: bool = False) -> ActionResult:
    """Waiting for the customer: no clock runs on us until they write (then it reopens)."""
    from desk.storage.lifecycle import pending

    ids = _ids(conversation_ids)
    await _not_owned_by_others(ws, ids, confirmed)
    return await _states(ws, ids, pending, "pending", now)


async def snooze(ws: Workspace, conversation_ids: int | Iterable[int], until: datetime,
                 now: int | None = None, confirmed: bool = False) -> ActionResult:
    """Out of the open queue until `until` (aware), or until the customer writes, whichever is first."""
    from desk.storage.lifecycle import snoozed_until

    if until.tzinfo is None:
        raise ActionRefused("snooze_naive", "A snooze time needs its time zone (e.g. 2026-12-24T09:00+08:00).")
    moment = int(until.timestamp())
    if moment <= _now(now):
        raise ActionRefused("snooze_past", f"{until.isoformat()} has already passed: snooze until a later time.")
    ids = _ids(conversation_ids)
    await _not_owned_by_others(ws, ids, confirmed)
    return await _states(ws, ids, snoozed_until(moment), "snooze", now, {"until": until.astimezone(UTC).isoformat()})


async def wake_snoozed(ws: Workspace, now: int | None = None) -> Changes:
    """Open again every snoozed conversation whose time has come (the sync service runs this on
    time, with or without a window)."""
    from desk.storage.lifecycle import wake_snoozed as wake

    woken = await ws.executors.write(wake, ws.db, _now(now), SYSTEM_ACTOR)
    return conversation_changed(*woken) if woken else NOTHING


async def next_wake(ws: Workspace) -> int | None:
    """When the next snoozed conversation is due to wake (epoch seconds), None when none waits."""
    from desk.storage.lifecycle import next_wake as read

    return await ws.executors.read(read, ws.db)


# --- assignment -----------------------------------------------------------------------------------

async def known_agents(ws: Workspace) -> list[str]:
    """Who conversations can go to: agent profiles, whoever holds conversations now, and me."""
    from desk.storage.lifecycle import known_agents as read

    agents = await ws.executors.read(read, ws.db)
    return sorted(set(agents) | ({ws.agent_name} if ws.agent_name else set()), key=str.lower)


async def assign(ws: Workspace, conversation_ids: int | Iterable[int], agent: str | None,
                 now: int | None = None) -> ActionResult:
    """To an agent (one of `known_agents`), or to nobody (None). The owner changes only from the
    owner read, so two agents taking a conversation at once never both win: the other's are in
    `ActionResult.lost` with who owns them. On a team database an agent takes only conversations
    nobody (or they) own; a lead reassigns anyone's."""
    from desk.storage.lifecycle import assign as give

    team.require_online(ws)
    ids = _ids(conversation_ids)
    if agent is not None:
        agents = await known_agents(ws)
        chosen = next((a for a in agents if a.lower() == agent.strip().lower()), None)
        if chosen is None:
            raise ActionRefused("unknown_agent", f"No agent called {agent!r}. Known agents: {', '.join(agents) or 'none'}"
                                                 " (add one in Settings → General → Agents).")
        agent = chosen
    undo, lost = await ws.executors.write(give, ws.db, ids, agent, actor=actor(ws), now=_now(now),
                                          from_owners=team.takes_from(ws))
    result = _result("assign", ids, undo)
    return ActionResult(result.action, ids, undo, result.changes, tuple(lost.items()))


async def assign_to_me(ws: Workspace, conversation_ids: int | Iterable[int], now: int | None = None) -> ActionResult:
    if not ws.agent_name:
        raise ActionRefused("no_name", "Set your name in Settings first: conversations are assigned to it.")
    return await assign(ws, conversation_ids, ws.agent_name, now)


# --- tags -------------------------------------------------------------------------------------------

async def tag(ws: Workspace, conversation_ids: int | Iterable[int], add: Sequence[str] = (),
              remove: Sequence[str] = (), now: int | None = None) -> ActionResult:
    """Add and remove tags (a new tag gets a colour of its own)."""
    from desk.storage.lifecycle import change_tags

    ids = _ids(conversation_ids)
    if not add and not remove:
        raise ActionRefused("tag_empty", "Name a tag to add (+NAME) or remove (-NAME).")
    team.require_online(ws)
    undo = await ws.executors.write(change_tags, ws.db, ids, add, remove, actor=actor(ws), now=_now(now))
    return _result("tag", ids, undo)


async def tags(ws: Workspace) -> list[TagInfo]:
    from desk.storage.lifecycle import list_tags

    return await ws.executors.read(list_tags, ws.db)


async def set_tag_colour(ws: Workspace, name: str, colour: str, now: int | None = None) -> Changes:
    from desk.storage.lifecycle import set_tag_colour as write

    team.require_online(ws)
    await ws.executors.write(write, ws.db, name, colour, actor=actor(ws), now=_now(now))
    return Changes(queue=True)


# --- notes, merging, links -------------------------------------------------------------------------

async def add_note(ws: Workspace, conversation_id: int, text: str, now: int | None = None,
                   attachments: Sequence[AttachmentData] = ()) -> ActionResult:
    """An internal note (never sent to the customer), with files if any; agents it names with @
    are recorded as mentioned. The reply box's draft stays as it is."""
    from desk.sync.outbox import queue_reply

    if not text.strip():
        raise ActionRefused("note_empty", "An empty note was not added.")
    done = ActionResult("note", (conversation_id,), Undo("note", (conversation_id,)), conversation_changed(conversation_id))
    if team.writes_offline(ws):  # its mentions are recorded when it reaches the team
        if attachments:
            raise ActionRefused("files_offline", "Files cannot be added while the team server is away: "
                                                 "the note was not added.")
        await team.write_offline(ws, conversation_id, text.strip(), note=True)
        return done
    moment = datetime.fromtimestamp(_now(now), UTC)
    key = await ws.executors.write(queue_reply, ws.db, conversation_id, text.strip(), note=True,
                                   author=ws.agent_name or None, now=moment, attachments=tuple(attachments))
    mentioned = await note_mentions(ws, conversation_id, f"desk:{key}", text)
    await ws.executors.write(_audit_note, ws.db, conversation_id, actor(ws), mentioned, _now(now))
    return done


def _audit_note(db, conversation_id: int, who: str, mentioned: list[str], now: int) -> None:
    from desk.storage.lifecycle import audit

    with db.engine.begin() as conn:
        audit(conn, who, "conversation.note", conversation_id, {"mentioned": mentioned}, now)


async def note_mentions(ws: Workspace, conversation_id: int, external_id: str, note: str) -> list[str]:
    """Record the agents a just-added note names with @ (desk.app.replies.add_note calls this)."""
    from desk.storage.lifecycle import record_mentions

    agents = await known_agents(ws)
    return await ws.executors.write(record_mentions, ws.db, conversation_id, external_id, note, agents, _now(None))


async def merge(ws: Workspace, source_id: int, target_id: int, now: int | None = None) -> ActionResult:
    """Move `source`'s messages into `target` (the same customer's); `source` closes as merged."""
    from desk.storage.lifecycle import merge as move

    team.require_online(ws)
    undo = await ws.executors.write(move, ws.db, source_id, target_id, actor=actor(ws), now=_now(now))
    return _result("merge", (source_id, target_id), undo)


async def linked(ws: Workspace, conversation_id: int) -> list[LinkedConversation]:
    """The other conversations about the same order, then the customer's other ones."""
    from desk.storage.lifecycle import linked_conversations

    return await ws.executors.read(linked_conversations, ws.db, conversation_id)


# --- undo -------------------------------------------------------------------------------------------

async def undo(ws: Workspace, record: Undo, now: int | None = None) -> Changes:
    """Take back exactly what an action changed (fields something else changed since stay)."""
    from desk.storage.lifecycle import undo as take_back

    if not record:
        return NOTHING
    team.require_online(ws)
    touched = await ws.executors.write(take_back, ws.db, record, actor=actor(ws), now=_now(now))
    return conversation_changed(*touched) if touched else NOTHING
