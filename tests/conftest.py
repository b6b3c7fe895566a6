"""Shared fixtures: a fresh cache per test, the demo workspace once per session, a qasync loop."""

from __future__ import annotations

import asyncio
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """No test ever touches the real per-user data folder."""
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "data"))


def pytest_configure(config):
    """Tests never reach the internet: in this process only loopback hosts resolve or connect, so
    a translation provider or platform not pointed at a local fake fails at once, as offline; and
    so do the Python processes tests start (tests/helpers/loopback_site)."""
    from tests.helpers.network import confine_to_loopback

    confine_to_loopback()
    children = str(ROOT / "tests" / "helpers" / "loopback_site")
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, (children, os.environ.get("PYTHONPATH"))))


@pytest.fixture
def db(tmp_path):
    from desk.storage.db import Database

    database = Database.open_path(tmp_path / "cache" / "desk.sqlite3")
    yield database
    database.close()


@pytest.fixture
def accounts(db):
    """One account per channel: {"amazon": id, ...}."""
    from desk.domain import Channel
    from desk.storage.models import Account

    with db.sessionmaker.begin() as session:
        made = {
            c.value: Account(channel=c, name=f"{c.value} test", sla_hours=12 if c is Channel.SHOPIFY else 24,
                             created_at=datetime.now(UTC))
            for c in Channel
        }
        session.add_all(made.values())
    return {name: account.id for name, account in made.items()}


@pytest.fixture(scope="session")
def pg_cluster(tmp_path_factory):
    """One PostgreSQL cluster for the whole session (desk.team.cluster), serving TLS with a
    certificate from a test CA (tests/helpers/tls.py: `pg_cluster.certificates`). Modules make
    their own databases in it (`pg_url`); logins are cluster-wide, so each module names its own."""
    from desk.team.cluster import ServerTls
    from tests.helpers.servers import postgres_cluster
    from tests.helpers.tls import make_certificates

    certificates = make_certificates(tmp_path_factory.mktemp("pg-tls"))
    cluster = postgres_cluster(ServerTls(certificates.server_cert, certificates.server_key))
    cluster.certificates = certificates
    yield cluster
    cluster.stop()


@pytest.fixture(scope="module")
def pg_url(pg_cluster, request):
    """The superuser's URL of a fresh database for this test module."""
    return pg_cluster.create_database("t_" + request.module.__name__.rsplit(".", 1)[-1].lower())


@pytest.fixture(scope="session")
def demo_dir(tmp_path_factory):
    """A demo workspace built once for the session (through the real loader)."""
    from desk.workspace import open_workspace

    data = tmp_path_factory.mktemp("demo-data")
    open_workspace(data, demo=True).close()
    return data


@pytest.fixture
def demo_db(demo_dir, tmp_path):
    """A private copy of the session's demo workspace: tests may write to it."""
    import shutil

    from desk.workspace import open_workspace

    copy = tmp_path / "demo-copy"
    shutil.copytree(demo_dir, copy)
    database = open_workspace(copy, demo=True)
    yield database
    database.close()


@pytest.fixture(scope="module")
def chat_server():
    """A local OpenAI-compatible chat API (tests/helpers/fake_chat.py) for one test module."""
    from tests.helpers.fake_chat import FakeChat

    server = FakeChat().start()
    yield server
    server.stop()


@pytest.fixture
def chat(chat_server):
    """The chat server as new: its default reply, no queued failures, no requests seen."""
    chat_server.reset()
    yield chat_server
    chat_server.release()


@pytest.fixture
def session_keyring():
    """An in-memory keyring for one test (the real Secret Service one: tests/helpers/secret_service.py)."""
    import keyring

    from desk import secrets

    previous = keyring.get_keyring()
    secrets.use_session_keyring()
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def executors(aio_loop):
    """Desk's thread pools for one test, shut down after it."""
    from desk.executors import Executors

    pool = Executors()
    yield pool
    pool.shutdown()


@pytest.fixture
def aio_loop(qapp):
    """A qasync loop for one test; run scenarios with `aio_loop.run_until_complete(...)`
    (toolchain.md: the recipe that is reliable under pytest-qt)."""
    import qasync

    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()
    asyncio.set_event_loop(None)
    _retire(loop)


_retired_loops: list = []


def _retire(loop) -> None:
    """qasync's close() only marks its timers stopped: Qt keeps them registered and delivers
    their events later. Kill them now, and keep the closed loop (its QObjects) alive for the
    session so no pending Qt event can reach an object Python has already freed."""
    timer = loop._timer
    for timer_id in list(getattr(timer, "_SimpleTimer__callbacks", {})):
        timer.killTimer(timer_id)
    _retired_loops.append(loop)


def run_async(loop, coro, timeout: float = 30):
    return loop.run_until_complete(asyncio.wait_for(coro, timeout))
