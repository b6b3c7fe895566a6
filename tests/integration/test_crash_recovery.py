"""SIGKILL a sync at 24 different points, restart it: nothing lost, nothing stored or sent twice.

The platform is real HTTP: the fake Graph API emits signed webhooks to a real relay, and the
child process syncs from the relay and sends through the Graph API.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from desk.accounts import save_account
from desk.domain import Channel
from desk.storage.db import Database
from desk.sync.outbox import queue_reply
from tests.unit.desk.whatsapp.stack import ACCESS_TOKEN, PHONE_NUMBER_ID, RELAY_TOKEN, whatsapp_stack

INBOUND = 30
PAGE = 7  # 5 pages: each sync crash point is reached 5 times
SYNC_POINTS = [f"{p}:{n}" for p in ("sync.before_pull", "sync.before_apply", "sync.before_commit", "sync.after_apply")
               for n in range(1, 6)]
OUTBOX_POINTS = [f"{p}:{n}" for p in ("outbox.before_send", "outbox.after_send") for n in (1, 2)]


@pytest.fixture(scope="module")
def platform(tmp_path_factory):
    with whatsapp_stack(tmp_path_factory.mktemp("wa")) as stack:
        for i in range(INBOUND):
            stack.sandbox.emit_inbound(f"4915112345{i % 5:03d}", f"Kunde {i % 5}", f"Nachricht {i}: wo ist mein Paket?")
        yield stack


@pytest.fixture(scope="module")
def template(tmp_path_factory, platform):
    """An empty workspace with the WhatsApp account (copied for every scenario)."""
    path = tmp_path_factory.mktemp("template") / "desk.sqlite3"
    db = Database.open_path(path)
    account_id = save_account(db, Channel.WHATSAPP, "WhatsApp", {
        "phone_number_id": PHONE_NUMBER_ID, "relay_url": platform.relay.url, "graph_url": platform.graph_url})
    db.close()
    return path, account_id


def child_env(platform, crash_at=None):
    config = {"settings": {"phone_number_id": PHONE_NUMBER_ID, "relay_url": platform.relay.url,
                           "graph_url": platform.graph_url, "page_size": PAGE, "timeout": 10.0},
              "access_token": ACCESS_TOKEN, "relay_token": RELAY_TOKEN}
    env = dict(os.environ, DESK_TEST_WHATSAPP=json.dumps(config))
    env.pop("DESK_CRASH_AT", None)
    if crash_at:
        env["DESK_CRASH_AT"] = crash_at
    return env


def sync_round(platform, path, account_id, crash_at=None):
    return subprocess.run([sys.executable, "-m", "tests.helpers.sync_child", str(path), str(account_id)],
                          env=child_env(platform, crash_at), capture_output=True, text=True, timeout=120)


def assert_complete(db):
    texts = [r[0] for r in db.fetch_all("SELECT body_text FROM messages WHERE direction = 'in' ORDER BY body_text")]
    assert len(texts) == INBOUND == len(set(texts))
    assert db.fetch_all("SELECT sum(message_count) FROM conversations")[0][0] == db.fetch_all(
        "SELECT count(*) FROM messages")[0][0]
    assert db.fetch_all("SELECT count(*) FROM message_fts")[0][0] == db.fetch_all("SELECT count(*) FROM messages")[0][0]


@pytest.mark.parametrize("point", SYNC_POINTS)
def test_a_sync_killed_at_any_point_resumes_without_loss_or_duplicates(platform, template, tmp_path, point):
    source, account_id = template
    path = tmp_path / "desk.sqlite3"
    shutil.copy(source, path)
    killed = sync_round(platform, path, account_id, crash_at=point)
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    finished = sync_round(platform, path, account_id)
    assert finished.returncode == 0, finished.stderr[-2000:]
    db = Database.open_path(path)
    assert_complete(db)
    db.close()


@pytest.mark.parametrize("point", OUTBOX_POINTS)
def test_a_reply_interrupted_at_any_point_is_sent_exactly_once(platform, template, tmp_path, point):
    source, account_id = template
    path = tmp_path / "desk.sqlite3"
    shutil.copy(source, path)
    assert sync_round(platform, path, account_id).returncode == 0
    db = Database.open_path(path)
    conversations = [r[0] for r in db.fetch_all("SELECT id FROM conversations ORDER BY id")][:2]
    now = datetime.now(UTC)
    keys = [queue_reply(db, cid, f"Ihr Paket ist unterwegs ({point})", now=now) for cid in conversations]
    db.close()
    killed = sync_round(platform, path, account_id, crash_at=point)
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    assert sync_round(platform, path, account_id).returncode == 0
    sends = [s for s in platform.sandbox.sent if any(k in json.dumps(s.payload) for k in keys)]
    assert len(sends) == 2, [s.payload for s in sends]
    db = Database.open_path(path)
    assert db.fetch_all("SELECT state FROM outbox") == [("sent",), ("sent",)]
    assert_complete(db)
    db.close()
