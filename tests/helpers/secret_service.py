"""A real Secret Service (gnome-keyring) on a private D-Bus for tests (toolchain.md recipe)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from tests.helpers.servers import require


class SecretService:
    def __init__(self) -> None:
        require("gnome-keyring and dbus (Debian gnome-keyring, dbus)",
                bool(shutil.which("gnome-keyring-daemon") and shutil.which("dbus-daemon")))
        self.home = Path(tempfile.mkdtemp(prefix="desk-keyring-"))
        self.env: dict[str, str] = {}
        self._pids: list[int] = []

    def start(self) -> dict[str, str]:
        env = dict(os.environ, HOME=str(self.home), XDG_DATA_HOME=str(self.home / "data"),
                   XDG_RUNTIME_DIR=str(self.home / "run"), XDG_CONFIG_HOME=str(self.home / "config"))
        (self.home / "run").mkdir(mode=0o700)
        out = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
                             env=env, capture_output=True, text=True, check=True).stdout.split()
        address, pid = out[0], int(out[1])
        self._pids.append(pid)
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        daemon = subprocess.run(["gnome-keyring-daemon", "--unlock", "--components=secrets", "--daemonize"],
                                input="test-password", env=env, capture_output=True, text=True, check=True)
        for line in daemon.stdout.splitlines():
            if line.startswith("GNOME_KEYRING_PID="):
                self._pids.append(int(line.split("=", 1)[1]))
        self.env = {k: env[k] for k in ("DBUS_SESSION_BUS_ADDRESS", "HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR")}
        return self.env

    def stop(self) -> None:
        for pid in reversed(self._pids):
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        shutil.rmtree(self.home, ignore_errors=True)
