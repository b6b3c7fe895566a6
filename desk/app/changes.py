"""What an operation changed: the record every operation returns and every view reads."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Changes:
    """Which parts of the workspace an operation (or sync, or the pipeline) touched.

    conversations: whose content changed (messages, status, draft, triage); an open pane reloads.
    queue: the queue's membership or order changed; the queue reloads (keeping the selection).
    settings: the keys of the settings that were written.
    accounts: accounts were added, changed or removed (sync restarts, names change).
    knowledge: knowledge-base entries changed.
    quarantine: items entered or left the quarantine (what could not be read).
    """

    conversations: frozenset[int] = frozenset()
    queue: bool = False
    settings: frozenset[str] = frozenset()
    accounts: bool = False
    knowledge: bool = False
    quarantine: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.conversations | other.conversations, self.queue or other.queue,
                       self.settings | other.settings, self.accounts or other.accounts,
                       self.knowledge or other.knowledge, self.quarantine or other.quarantine)

    def __bool__(self) -> bool:
        return bool(self.conversations or self.queue or self.settings or self.accounts or self.knowledge
                    or self.quarantine)

    def touches(self, conversation_id: int | None) -> bool:
        return conversation_id is not None and conversation_id in self.conversations


NOTHING = Changes()


def conversation_changed(*conversation_ids: int, queue: bool = True) -> Changes:
    return Changes(conversations=frozenset(conversation_ids), queue=queue)
