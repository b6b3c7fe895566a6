"""One real Dovecot per test module; each test gets a fresh mail user, so tests share no mailbox."""

from __future__ import annotations

import pytest

from tests.helpers.dovecot import DovecotServer, self_signed_cert


@pytest.fixture(scope="module")
def dovecot():
    with DovecotServer(tls=True, spare_users=40) as server:
        yield server


@pytest.fixture
def mail_user(dovecot):
    """(address, password) of a new Dovecot user with an empty INBOX and Sent."""
    return dovecot.fresh_user()


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    """(certificate, key) of a self-signed 127.0.0.1 certificate (its own CA)."""
    return self_signed_cert(tmp_path_factory.mktemp("tls"))

