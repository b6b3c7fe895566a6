"""Old mail archives into the queue: .eml files, mbox files and Maildir folders go into a local
"Imported mail" account through the same parser and ingest as IMAP, so the same message imported
twice is stored once. A file that cannot be read is named with the reason; the rest imports.

The account is local: it is never synced, and nothing can be sent from it (it has no mailbox).
"""

from __future__ import annotations

import mailbox
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desk.app.changes import Changes
from desk.domain import Channel, IncomingMessage

if TYPE_CHECKING:
    from desk.app.workspace import Workspace

ACCOUNT_NAME = "Imported mail"
BATCH = 500


@dataclass
class ImportReport:
    imported: int = 0
    duplicates: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (where, why)

    def as_dict(self) -> dict:
        return {"imported": self.imported, "duplicates": self.duplicates,
                "rejected": [{"path": where, "reason": why} for where, why in self.rejected]}


async def import_mail(ws: Workspace, paths: Iterable[Path], own_addresses: Iterable[str] = ()) -> tuple[ImportReport, Changes]:
    """`own_addresses`: the seller's addresses; mail from them is filed as replies, not as customers'."""
    report = await ws.executors.write(_import, ws.db, [Path(p) for p in paths], set(own_addresses))
    return report, Changes(queue=bool(report.imported))


def _import(db, paths: list[Path], own: set[str]) -> ImportReport:
    from desk.storage.ingest import Ingestor

    account_id = imported_account(db, own)
    own = own | set(_account_own_addresses(db, account_id))
    ingestor, report, batch = Ingestor(db), ImportReport(), []
    for where, raw in _messages(paths, report):
        message = _parse(raw, account_id, own, where, report)
        if message is not None:
            batch.append(message)
        if len(batch) >= BATCH:
            _store(ingestor, batch, report)
    _store(ingestor, batch, report)
    return report


def _store(ingestor, batch: list[IncomingMessage], report: ImportReport) -> None:
    if batch:
        result = ingestor.ingest(batch)
        report.imported += result.inserted
        report.duplicates += result.duplicates
        batch.clear()


def _parse(raw: bytes, account_id: int, own: set[str], where: str, report: ImportReport) -> IncomingMessage | None:
    from desk.connectors.mail.parse import ParseError, incoming_message, parse_mail

    try:
        parsed = parse_mail(raw, account_id, own)
    except ParseError as error:
        report.rejected.append((where, str(error)))
        return None
    if parsed.ignore_reason:
        report.rejected.append((where, parsed.ignore_reason))
        return None
    return incoming_message(parsed)


def _messages(paths: list[Path], report: ImportReport) -> Iterator[tuple[str, bytes]]:
    """(where it came from, the raw message) for every message under `paths`."""
    for path in paths:
        try:
            yield from _read(path)
        except (OSError, mailbox.Error, ValueError) as error:
            report.rejected.append((str(path), f"cannot be read: {error}"))


def _read(path: Path) -> Iterator[tuple[str, bytes]]:
    if path.is_dir():
        if (path / "cur").is_dir() or (path / "new").is_dir():
            folder = mailbox.Maildir(path, factory=None, create=False)
            for key in folder.iterkeys():
                yield f"{path}/{key}", folder.get_bytes(key)
            return
        for child in sorted(path.iterdir()):
            if child.is_dir() or child.suffix.lower() in (".eml", ".mbox", ".mbx"):
                yield from _read(child)
        return
    with path.open("rb") as file:
        mbox = file.read(5) == b"From "
    if not mbox:
        yield str(path), path.read_bytes()
        return
    archive = mailbox.mbox(path, create=False)
    try:
        for index, key in enumerate(archive.iterkeys()):
            yield f"{path}#{index + 1}", archive.get_bytes(key)
    finally:
        archive.close()


def imported_account(db, own_addresses: set[str]) -> int:
    """The local account imports go to (made on first use); remembers the seller's addresses."""
    from desk.accounts import list_accounts, save_account

    for account in list_accounts(db):
        if account.settings.get("local") and account.name == ACCOUNT_NAME:
            known = set(account.settings.get("own_addresses", []))
            if not own_addresses <= known:
                save_account(db, Channel.EMAIL, ACCOUNT_NAME, {**account.settings,
                             "own_addresses": sorted(known | own_addresses)}, account.id)
            return account.id
    return save_account(db, Channel.EMAIL, ACCOUNT_NAME, {"local": True, "own_addresses": sorted(own_addresses)})


def _account_own_addresses(db, account_id: int) -> list[str]:
    from desk.accounts import list_accounts

    return next((a.settings.get("own_addresses", []) for a in list_accounts(db) if a.id == account_id), [])
