"""A real Dovecot IMAP server for tests: throwaway configuration, passwd-file users and maildirs in a
temporary folder, listening on free 127.0.0.1 ports (plaintext; with `tls=True` also STARTTLS and
implicit TLS on a self-signed certificate, see `ca_file`).

As root, mail is stored under the 'nobody' uid (Dovecot refuses to access mail as root); as any
other user, every Dovecot process runs as that user.
"""

from __future__ import annotations

import grp
import imaplib
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from tests.helpers.servers import free_port, require

DOVECOT = "/usr/sbin/dovecot"
DOVEADM = "/usr/bin/doveadm"


def self_signed_cert(folder: Path, host: str = "127.0.0.1") -> tuple[Path, Path]:
    """(certificate, key) for `host`, made with the openssl command; the certificate is its own CA."""
    require("openssl (Debian package openssl)", shutil.which("openssl") is not None)
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
         "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", f"/CN={host}",
         "-addext", f"subjectAltName=IP:{host}"],
        check=True, capture_output=True,
    )
    return cert, key


class DovecotServer:
    """`users` maps address to password; Dovecot reads its passwd file lazily, so create every user
    up front (`spare_users` adds that many more for `fresh_user()`)."""

    def __init__(self, users: dict[str, str] | None = None, *, tls: bool = False, spare_users: int = 0) -> None:
        require("Dovecot (Debian package dovecot-imapd)", os.path.exists(DOVECOT) and os.path.exists(DOVEADM))
        self.dir = Path(tempfile.mkdtemp(prefix="desk-dovecot-"))
        self.dir.chmod(0o755)  # the mail uid must reach the maildirs below
        self.port = free_port()
        self.tls_port = free_port() if tls else 0
        self.tls = tls
        self.ca_file: Path | None = None
        self.users: dict[str, str] = dict(users or {})
        self._spare = [f"user{n}@example.com" for n in range(1, spare_users + 1)]
        self.users.update({address: f"pw-{n}-{os.urandom(4).hex()}" for n, address in enumerate(self._spare)})
        self._proc: subprocess.Popen | None = None
        self._mail_user = pwd.getpwnam("nobody") if os.geteuid() == 0 else pwd.getpwuid(os.geteuid())

    @property
    def config(self) -> Path:
        return self.dir / "dovecot.conf"

    @property
    def log(self) -> str:
        path = self.dir / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def __enter__(self) -> DovecotServer:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def start(self) -> None:
        (self.dir / "mail").mkdir()
        os.chown(self.dir / "mail", self._mail_user.pw_uid, self._mail_user.pw_gid)
        (self.dir / "passwd").write_text("".join(f"{user}:{{PLAIN}}{secret}::::::\n"
                                                 for user, secret in self.users.items()))
        if self.tls:
            cert, _ = self_signed_cert(self.dir)
            self.ca_file = cert
        self.config.write_text(self._config_text())
        with open(self.dir / "stdout.log", "wb") as out:
            self._proc = subprocess.Popen([DOVECOT, "-F", "-c", str(self.config)], stdout=out, stderr=subprocess.STDOUT)
        self._wait_listening()

    def stop(self) -> None:
        if self._proc is not None:
            self._proc.terminate()
            try:
                self._proc.wait(20)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(5)
            self._proc = None
        shutil.rmtree(self.dir, ignore_errors=True)

    def fresh_user(self) -> tuple[str, str]:
        """(address, password) of a spare user no one has used yet (empty INBOX and Sent)."""
        if not self._spare:
            raise RuntimeError("no spare Dovecot users left: raise spare_users")
        address = self._spare.pop(0)
        return address, self.users[address]

    def deliver(self, user: str, raw_bytes: bytes, mailbox: str = "INBOX") -> int:
        """Put a message into a user's mailbox (IMAP APPEND as that user); its UID."""
        with imaplib.IMAP4("127.0.0.1", self.port, timeout=10) as imap:
            imap.login(user, self.users[user])
            status, data = imap.append(mailbox, None, None, raw_bytes)
            if status != "OK":
                raise RuntimeError(f"APPEND failed: {data!r}")
            uid = re.search(rb"APPENDUID \d+ (\d+)", data[0])
            imap.logout()
        return int(uid.group(1))

    def set_uidvalidity(self, user: str, value: int, mailbox: str = "INBOX") -> None:
        subprocess.run([DOVEADM, "-c", str(self.config), "mailbox", "update", "-u", user,
                        "--uid-validity", str(value), mailbox], check=True, capture_output=True)

    def uidvalidity(self, user: str, mailbox: str = "INBOX") -> int:
        out = subprocess.run([DOVEADM, "-c", str(self.config), "mailbox", "status", "-u", user, "uidvalidity",
                              mailbox], check=True, capture_output=True, text=True).stdout
        return int(out.strip().split("=")[1])

    def _wait_listening(self) -> None:
        deadline = time.monotonic() + 20
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                    if sock.recv(100).startswith(b"* OK"):
                        return
            except OSError:
                pass
            if self._proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"Dovecot did not start:\n{self.log}")
            time.sleep(0.05)

    def _config_text(self) -> str:
        uid, gid, name = self._mail_user.pw_uid, self._mail_user.pw_gid, self._mail_user.pw_name
        as_root = os.geteuid() == 0
        group = grp.getgrgid(gid).gr_name
        internal = "" if as_root else (f"default_internal_user = {name}\ndefault_internal_group = {group}\n"
                                       f"default_login_user = {name}\n")
        no_chroot = "" if as_root else "  chroot =\n"  # only root may chroot
        ssl = (f"ssl = yes\nssl_cert = <{self.ca_file}\nssl_key = <{self.dir / 'key.pem'}\n"
               if self.tls else "ssl = no\n")
        return f"""\
base_dir = {self.dir / "run"}
state_dir = {self.dir / "state"}
log_path = {self.dir / "dovecot.log"}
info_log_path = {self.dir / "dovecot.log"}
protocols = imap
listen = 127.0.0.1
{ssl}disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
first_valid_uid = {uid}
last_valid_uid = {uid}
first_valid_gid = {gid}
{internal}mail_location = maildir:{self.dir / "mail"}/%u/Maildir
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.dir / "passwd"}
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={self.dir / "mail"}/%u
}}
service imap-login {{
{no_chroot}  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.tls_port}
  }}
}}
# No per-IP auth penalty: a test that fails a login on purpose must not slow down the next test.
service anvil {{
{no_chroot}  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
namespace inbox {{
  inbox = yes
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
}}
"""
