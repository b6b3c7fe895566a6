"""What the core announces on its own, not as the answer to an operation: account states while
syncing, changes that sync or the pipeline made. The window's bridge (ui/bridge.py) turns these
into Qt signals; the `desk` command prints them.

Receivers that are bound methods are held weakly, so a closed pane never leaks or gets called.
Emitters call receivers on the event loop's thread (workers return values, coroutines emit).
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)


class Hook:
    def __init__(self, name: str):
        self.name = name
        self._receivers: list[Callable[[], Callable | None]] = []

    def connect(self, receiver: Callable[..., Any]) -> None:
        if hasattr(receiver, "__self__") and hasattr(receiver, "__func__"):
            self._receivers.append(weakref.WeakMethod(receiver))
        else:
            self._receivers.append(lambda: receiver)

    def emit(self, *args: Any) -> None:
        alive = []
        for ref in self._receivers:
            receiver = ref()
            if receiver is None:
                continue
            alive.append(ref)
            try:
                receiver(*args)
            except Exception:  # one broken receiver must not silence the others
                log.exception("receiver of %s failed", self.name)
        self._receivers = alive


class Events:
    """account_status(AccountStatus): an account's sync state changed.
    accounts(list[AccountInfo]): the accounts being synced (after a start or restart).
    changed(Changes): sync, the pipeline or a colleague changed the workspace.
    pipeline(PipelineReport): the pipeline finished a pass over new messages.
    reply_queued(int): a reply waits in this conversation's outbox (the sync service delivers it now).
    accounts_changed(): an account was added, changed or removed (the sync service restarts).

    Team mode (desk.app.team):
    team_status(TeamStatus): the team server was lost, came back, or refused this login.
    presence(int): who is viewing or typing in this conversation changed (desk.app.team.colleagues).
    mentioned(Mention): a colleague's note names this agent.
    replies_held(list[HeldReply]): replies written offline that wait for the agent's word (someone
        answered or took the conversation meanwhile): send anyway, or keep as a draft.
    """

    def __init__(self) -> None:
        self.account_status = Hook("account_status")
        self.accounts = Hook("accounts")
        self.changed = Hook("changed")
        self.pipeline = Hook("pipeline")
        self.reply_queued = Hook("reply_queued")
        self.accounts_changed = Hook("accounts_changed")
        self.team_status = Hook("team_status")
        self.presence = Hook("presence")
        self.mentioned = Hook("mentioned")
        self.replies_held = Hook("replies_held")
