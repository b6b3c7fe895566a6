"""A throwaway PostgreSQL server: a fresh cluster in a temporary folder on a free loopback port.

The team benchmark starts one when no server is given (`python -m desk.bench --team`), and the
tests start one per session. It needs the server binaries (Debian: postgresql); run as root, it
runs the server as the `postgres` user, since PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from desk.errors import DeskError
from desk.sandbox.serve import free_port

ADMIN = "desk"  # the cluster's superuser; trusted on the loopback interface only


class NoPostgres(DeskError):
    pass


@dataclass(frozen=True, slots=True)
class ServerTls:
    """The server's certificate and key (PEM) for TLS connections."""

    cert: Path
    key: Path


def server_binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _as_postgres_user(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


class ThrowawayCluster:
    """`start()` returns the superuser's URL; `stop()` removes everything. With `tls`, the server
    also accepts TLS, and logins other than the superuser must use it with a password."""

    def __init__(self, tls: ServerTls | None = None, settings: dict[str, str] | None = None):
        self.bin = server_binaries()
        if self.bin is None:
            raise NoPostgres("PostgreSQL server binaries are not installed (Debian package postgresql).")
        self.tls = tls
        self.settings = settings or {}
        self.dir = Path(tempfile.mkdtemp(prefix="desk-pg-"))
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def data(self) -> Path:
        return self.dir / "data"

    def url(self, database: str = "desk", user: str = ADMIN, host: str = "127.0.0.1") -> str:
        return f"postgresql+psycopg://{user}@{host}:{self.port}/{database}"

    def start(self) -> str:
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
        self._run([str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", ADMIN, "-E", "UTF8",
                   "--locale=C.UTF-8"])
        self._configure()
        self.proc = subprocess.Popen(
            _as_postgres_user([str(self.bin / "postgres"), "-D", str(self.data), "-p", str(self.port),
                               "-k", str(self.dir)]),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while subprocess.run([str(self.bin / "pg_isready"), "-h", "127.0.0.1", "-p", str(self.port)],
                             capture_output=True).returncode != 0:
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise NoPostgres(f"PostgreSQL did not start (see {self.data}/log)")
            time.sleep(0.1)
        self.create_database("desk")
        return self.url()

    def _configure(self) -> None:
        settings = {"listen_addresses": "'127.0.0.1'", "fsync": "off", "max_connections": "200",
                    "logging_collector": "on", "log_directory": "'log'", **self.settings}
        hba = ["local all all trust", f"host all {ADMIN} 127.0.0.1/32 trust"]
        if self.tls is not None:
            for name, source in (("server.crt", self.tls.cert), ("server.key", self.tls.key)):
                target = self.data / name
                shutil.copyfile(source, target)
                target.chmod(0o600)
                if os.geteuid() == 0:
                    shutil.chown(target, "postgres", "postgres")
            settings.update(ssl="on", ssl_cert_file="'server.crt'", ssl_key_file="'server.key'")
            hba.append("hostssl all all 127.0.0.1/32 scram-sha-256")
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())
        (self.data / "pg_hba.conf").write_text("\n".join(hba) + "\n")

    def create_database(self, name: str) -> str:
        self._run([str(self.bin / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", ADMIN, name])
        return self.url(name)

    def _signal_server(self, signum: int) -> None:
        """Signal the postmaster itself (run as root, self.proc is runuser, which forwards only some
        signals)."""
        try:
            pid = int((self.data / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            self.proc.terminate()
            return
        try:
            os.kill(pid, signum)
        except ProcessLookupError:
            pass

    def _run(self, cmd: list[str]) -> None:
        done = subprocess.run(_as_postgres_user(cmd), capture_output=True, text=True)
        if done.returncode != 0:
            raise NoPostgres(f"{Path(cmd[0]).name} failed: {done.stderr.strip()[-500:]}")

    def stop(self) -> None:
        if self.proc is not None:
            self._signal_server(signal.SIGINT)  # "fast" shutdown: ends open sessions instead of waiting
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self._signal_server(signal.SIGQUIT)  # immediate shutdown
                self.proc.kill()
                self.proc.wait()
            self.proc = None
        shutil.rmtree(self.dir, ignore_errors=True)
