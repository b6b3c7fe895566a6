"""Real servers for tests, started on free loopback ports with throwaway configuration."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def require(what: str, found: bool) -> None:
    """CI installs every server the tests use (make setup): missing there is a failure."""
    if not found:
        message = f"{what} is not installed (make setup installs it as root)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def _as_postgres_user(cmd: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root.
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


class PostgresServer:
    def __init__(self) -> None:
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        require("PostgreSQL (Debian package postgresql)", bool(bins))
        self.bin = Path(bins[-1]).parent
        self.dir = Path(tempfile.mkdtemp(prefix="desk-pg-"))
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    def start(self) -> str:
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
        data = self.dir / "data"
        subprocess.run(
            _as_postgres_user([str(self.bin / "initdb"), "-D", str(data), "-A", "trust", "-U", "desk", "-E", "UTF8",
                               "--locale=C.UTF-8"]),
            check=True, capture_output=True,
        )
        self.proc = subprocess.Popen(
            _as_postgres_user([str(self.bin / "postgres"), "-D", str(data), "-p", str(self.port), "-k", str(self.dir),
                               "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off"]),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while subprocess.run([str(self.bin / "pg_isready"), "-h", "127.0.0.1", "-p", str(self.port)],
                             capture_output=True).returncode != 0:
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise RuntimeError("PostgreSQL did not start")
            time.sleep(0.1)
        subprocess.run([str(self.bin / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "desk", "desk"],
                       check=True, capture_output=True)
        return f"postgresql+psycopg://desk@127.0.0.1:{self.port}/desk"

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        shutil.rmtree(self.dir, ignore_errors=True)
