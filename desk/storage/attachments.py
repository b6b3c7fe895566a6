"""Attachment bytes, content-addressed by sha256: the same file sent twice is stored once, and the
database's `attachments` rows hold only names and metadata.

Beside an SQLite cache the bytes are files (`AttachmentStore`). A team database has no folder every
Desk and worker can reach, so there they are rows of `file_blobs` (`DatabaseFileStore`), copied to
a local file only when something must be read as a file."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def write_file(target: Path, data: bytes) -> None:
    """Write `data` to `target` whole or not at all: readers never see half a file, and a failed
    write (a full disk) leaves no partial file behind. Raises OSError."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, partial = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    finally:
        Path(partial).unlink(missing_ok=True)


class AttachmentStore:
    def __init__(self, root: Path):
        self.root = root

    def path_of(self, digest: str) -> Path:
        return self.root / digest[:2] / digest

    def local_copy(self, digest: str) -> Path:
        """A file holding the bytes of `digest` (here the stored file itself)."""
        return self.path_of(digest)

    def put(self, data: bytes) -> str:
        digest = hashlib.sha256(data).hexdigest()
        target = self.path_of(digest)
        if not target.exists():
            write_file(target, data)
        return digest

    def get(self, digest: str) -> bytes | None:
        try:
            return self.path_of(digest).read_bytes()
        except FileNotFoundError:
            return None


class DatabaseFileStore:
    """Bytes as rows of `file_blobs`, each written in its own transaction before the rows that name
    it: a rolled-back ingest leaves an unreferenced row at worst, never a reference to nothing."""

    def __init__(self, engine, cache_root: Path):
        self.engine = engine
        self.cache = AttachmentStore(cache_root)  # local copies, for what is read as a file

    def put(self, data: bytes) -> str:
        from sqlalchemy.exc import IntegrityError

        from desk.storage.models import FileBlob

        digest = hashlib.sha256(data).hexdigest()
        if self._stored(digest):
            return digest
        try:
            with self.engine.begin() as conn:
                conn.execute(FileBlob.__table__.insert(), {"sha256": digest, "size": len(data), "data": data})
        except IntegrityError:
            pass  # another Desk or worker stored the same bytes meanwhile
        return digest

    def get(self, digest: str) -> bytes | None:
        from sqlalchemy import text

        with self.engine.connect() as conn:
            row = conn.execute(text("SELECT data FROM file_blobs WHERE sha256 = :d"), {"d": digest}).first()
        return bytes(row[0]) if row else None

    def local_copy(self, digest: str) -> Path:
        """A local file holding the bytes of `digest`, fetched once (a missing blob gives a path
        that does not exist, as a missing file would)."""
        path = self.cache.path_of(digest)
        if not path.exists() and (data := self.get(digest)) is not None:
            self.cache.put(data)
        return path

    def _stored(self, digest: str) -> bool:
        from sqlalchemy import text

        with self.engine.connect() as conn:
            return conn.execute(text("SELECT 1 FROM file_blobs WHERE sha256 = :d"), {"d": digest}).first() is not None
