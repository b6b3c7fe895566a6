"""What sync could not read (issue 10): how many items and which, exporting them for a bug report,
and reading them again after an upgrade. The items themselves stay in the quarantine until they
read (desk.storage.quarantine keeps them, desk.sync.quarantine reads them again)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desk.app.changes import Changes

if TYPE_CHECKING:
    from collections.abc import Iterable

    from desk.app.workspace import Workspace
    from desk.storage.quarantine import QuarantineEntry, QuarantineSummary
    from desk.sync.quarantine import RetryResult

LATEST = 5  # items the banner names


async def summary(ws: Workspace, latest: int = LATEST) -> QuarantineSummary:
    """How many items could not be read, and the newest few (sender and date where known). On a team
    database none: the quarantine is the worker's, which agents' and leads' logins do not read."""
    from desk.storage.quarantine import QuarantineSummary
    from desk.storage.quarantine import summary as read

    if ws.team is not None:
        return QuarantineSummary(0, ())

    return await ws.executors.read(read, ws.db, latest)


async def entries(ws: Workspace, *, limit: int = 500, offset: int = 0) -> list[QuarantineEntry]:
    """The items, newest first."""
    from desk.storage.quarantine import entries as read

    return await ws.executors.read(read, ws.db, None, limit, offset)


async def export(ws: Workspace, folder: Path, ids: Iterable[int] | None = None) -> list[Path]:
    """Each item (all, or `ids`) as it was fetched, `<id>-<kind>.eml|.json`, with `index.json`
    naming reason, account, sender and dates. Returns the payload files written."""
    from desk.storage.quarantine import export as write

    return await ws.executors.read(write, ws.db, Path(folder), None if ids is None else list(ids))


async def raw_payload(ws: Workspace, item_id: int) -> bytes:
    """The bytes of one item exactly as fetched."""
    from desk.storage.quarantine import raw_payload as read

    return await ws.executors.read(read, ws.db, item_id)


async def retry(ws: Workspace, ids: Iterable[int] | None = None) -> tuple[RetryResult, Changes]:
    """Read the items (all, or `ids`) again: what reads now is stored as sync would have stored it
    and triaged; the rest stays with its retry count raised and the current reason."""
    from desk.pipeline import run_pass
    from desk.sync.quarantine import retry as read_again

    result = await ws.executors.write(read_again, ws.db, None if ids is None else list(ids))
    changes = Changes(queue=result.messages > 0, quarantine=True)
    if result.messages:
        changes = changes | (await run_pass(ws)).changes
    return result, changes
