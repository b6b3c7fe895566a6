"""Start-up guards: a usable data folder, and one window per user and workspace.

A second `desk` on the same workspace asks the first to come to the front and exits 0. The
first holds a QLockFile (which Qt declares stale once its process is gone) and a QLocalServer,
both named from the user and the workspace folder, so a crashed instance never blocks the next.
QtNetwork (~7 ms) loads only once the first page is painted, or when another instance answers.
"""

from __future__ import annotations

import getpass
import logging
import os
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QDir, QLockFile, QObject, Qt, Signal

from desk.errors import DeskError, StorageUnavailable

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
ACTIVATED = b"ok\n"
CONNECT_TIMEOUT_MS = 1000
ANSWER_TIMEOUT_MS = 5000
CLAIM_ATTEMPTS = 5  # the first instance may hold the lock but not be listening yet


class AlreadyRunning(DeskError):
    """Another Desk has this workspace open and was brought to the front: not a failure."""

    exit_code = 0


class NotAnswering(DeskError):
    """Another Desk holds this workspace but does not answer."""

    exit_code = 1


def instance_key(folder: Path) -> str:
    """One name per user and workspace folder, short enough for a Unix socket path."""
    identity = f"{_user_name()}\0{os.path.normcase(folder.resolve())}".encode("utf-8")
    digest = QCryptographicHash.hash(identity, QCryptographicHash.Algorithm.Sha256)  # hashlib loads OpenSSL: 3 ms
    return "desk-" + bytes(digest.toHex().data()).decode("ascii")[:16]


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (ImportError, KeyError, OSError):  # no login name in the environment nor a passwd entry
        return Path.home().name


class SingleInstance(QObject):
    """Claims a workspace for this process, until the process ends (Qt then unlocks and closes).

    Signals:
        activation_requested: another start asked for this window.
    """

    activation_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.key = instance_key(folder)
        self._lock_path = os.path.join(QDir.tempPath(), f"{self.key}.lock")
        self._lock = QLockFile(self._lock_path)
        self._lock.setStaleLockTime(0)  # never stale by age: only when its process is gone
        self._server = None

    def claim(self) -> None:
        """Become the instance for this workspace (then `listen()`), or hand over to the one that
        is: raises AlreadyRunning after bringing it to the front, NotAnswering if it stays silent."""
        for _attempt in range(CLAIM_ATTEMPTS):
            if self._take_lock():
                return
            if _ask_to_activate(self.key):
                raise AlreadyRunning("Desk is already open on this workspace; its window was brought to the front.")
        raise NotAnswering(
            "Another Desk holds this workspace but does not answer. Close it (or end its process) and try again."
        )

    def _take_lock(self) -> bool:
        left_behind = os.path.exists(self._lock_path)
        if self._lock.tryLock(CONNECT_TIMEOUT_MS):
            if left_behind:  # Qt removed it: its process is gone
                log.info("taking over from an instance that ended without closing")
            return True
        holder_pid = self._lock.getLockInfo()[0]  # 0 when the file cannot be read
        if self._lock.error() == QLockFile.LockError.LockFailedError and not holder_pid:
            # An unreadable lock file (cut short by a crash or a full disk) names no process, so Qt
            # never finds it stale. A live holder writes its PID right after creating the file,
            # well within the second tryLock just waited.
            log.warning("the lock file of this workspace was damaged; taking it over")
            self._lock.removeStaleLockFile()
            return self._lock.tryLock(0)
        return False

    def listen(self) -> None:
        """Answer later starts; until then they retry for a few seconds."""
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.key):
            # We hold the lock, so a leftover socket is from a crashed instance.
            log.info("removing the socket an instance left behind")
            QLocalServer.removeServer(self.key)
            if not server.listen(self.key):
                log.warning("a second start cannot reach this window: %s", server.errorString())
                return
        server.newConnection.connect(self._on_connection)
        self._server = server
        log.info("listening as %s for later starts", self.key)

    def _on_connection(self) -> None:
        while self._server is not None and (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_request(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_request(self, socket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == ACTIVATE:
            log.info("another start asked for this workspace: bringing the window to the front")
            self.activation_requested.emit()
            socket.write(ACTIVATED)
            socket.flush()
        socket.disconnectFromServer()


def _ask_to_activate(key: str) -> bool:
    """True when the instance listening as `key` confirmed it raised its window."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(key)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(ACTIVATE)
    socket.waitForBytesWritten(ANSWER_TIMEOUT_MS)
    answered = socket.waitForReadyRead(ANSWER_TIMEOUT_MS) and bytes(socket.readAll().data()).startswith(ACTIVATED)
    socket.abort()
    return answered


def bring_to_front(window) -> None:
    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
