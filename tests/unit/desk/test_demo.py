"""The demo workspace: realistic, complete, consistent, and loaded through the real ingest."""

import re
from collections import Counter

from desk import settings
from desk.demo.data_files import demo_accounts, demo_conversations
from desk.demo.workspace import DEMO_AGENT
from desk.storage.queue import queue_count
from desk.domain import QueueFilter

AMAZON_ORDER = re.compile(r"^\d{3}-\d{7}-\d{7}$")


def test_at_least_150_conversations_in_seven_languages_and_three_channels():
    conversations = demo_conversations()
    channels = {a["key"]: a["channel"] for a in demo_accounts()}
    assert len(conversations) >= 150
    assert set(Counter(c["language"] for c in conversations)) == {"en", "es", "de", "fr", "it", "ja", "zh"}
    assert {channels[c["account"]] for c in conversations} == {"amazon", "shopify", "whatsapp"}
    assert min(Counter(c["language"] for c in conversations).values()) >= 20


def test_topics_cover_the_after_sales_day():
    tags = Counter(t for c in demo_conversations() for t in c.get("tags", ()))
    for topic in ("late-parcel", "return", "refund", "wrong-size", "damaged", "vat-invoice", "angry", "cancel"):
        assert tags[topic] >= 3, topic


def test_keys_orders_and_threads_are_consistent():
    conversations = demo_conversations()
    channels = {a["key"]: a["channel"] for a in demo_accounts()}
    assert len({c["key"] for c in conversations}) == len(conversations)
    orders = [(c["account"], c["order"]["id"]) for c in conversations if c.get("order")]
    assert len(set(orders)) == len(orders)
    for c in conversations:
        hours = [m["hours_ago"] for m in c["messages"]]
        assert hours == sorted(hours, reverse=True) and len(set(hours)) == len(hours), c["key"]
        if c["status"] == "open":
            assert c["messages"][-1]["direction"] == "in", c["key"]
        if channels[c["account"]] == "amazon":
            assert c["customer"]["relay_alias"].split("@")[1].startswith("marketplace.amazon."), c["key"]
            if c.get("order"):
                assert AMAZON_ORDER.match(c["order"]["id"]), c["key"]
        if channels[c["account"]] == "whatsapp":
            assert c["customer"]["phone"].startswith("+"), c["key"]


def test_loaded_demo_matches_its_data(demo_db):
    conversations = demo_conversations()
    assert demo_db.fetch_all("SELECT count(*) FROM conversations")[0][0] == len(conversations)
    assert demo_db.fetch_all("SELECT count(*) FROM messages")[0][0] == sum(len(c["messages"]) for c in conversations)
    opened = sum(c["status"] == "open" for c in conversations)
    assert queue_count(demo_db, QueueFilter()) == opened
    linked = demo_db.fetch_all("SELECT count(*) FROM conversations WHERE order_id IS NOT NULL")[0][0]
    assert linked == sum(1 for c in conversations if c.get("order"))
    shipments = demo_db.fetch_all("SELECT count(*) FROM shipments")[0][0]
    assert shipments >= 100
    mine = sum(c["status"] == "open" and c.get("assignee") == DEMO_AGENT for c in conversations)
    assert mine and queue_count(demo_db, QueueFilter(assignee=settings.get(demo_db, settings.AGENT_NAME))) == mine


def test_the_photos_customers_say_they_attached_are_there(demo_db):
    rows = demo_db.fetch_all("SELECT a.filename, a.mime_type, a.size, a.sha256 FROM attachments a ORDER BY a.filename")
    assert [(name, mime) for name, mime, _, _ in rows] == [("lampe-gelenk.jpg", "image/jpeg"), ("tasse-henkel.jpg", "image/jpeg")]
    for _, _, size, digest in rows:
        data = demo_db.attachments.get(digest)
        assert data is not None and len(data) == size and data.startswith(b"\xff\xd8\xff")  # a real JPEG


def test_the_refund_demand_with_a_chargeback_threat_is_triaged_as_refund_and_escalated(demo_db):
    # A visible miss once: read as "where is my order" and not escalated.
    (intent, escalate, reasons), = demo_db.fetch_all(
        "SELECT intent, escalate, escalate_reasons FROM conversations WHERE subject LIKE 'URGENT - Remboursement commande #1163%'")
    assert intent == "refund_status"
    assert escalate and {"chargeback", "legal"} <= set(reasons.split(","))


def test_a_stale_demo_is_rebuilt_and_a_fresh_one_reused(tmp_path, monkeypatch):
    from desk import workspace

    first = workspace.open_workspace(tmp_path, demo=True)
    first.close()
    built = (tmp_path / "demo" / "desk.sqlite3").stat().st_mtime_ns
    workspace.open_workspace(tmp_path, demo=True).close()
    assert (tmp_path / "demo" / "desk.sqlite3").stat().st_mtime_ns == built
    monkeypatch.setattr(workspace, "DEMO_MAX_AGE_S", -1)
    workspace.open_workspace(tmp_path, demo=True).close()
    assert (tmp_path / "demo" / "desk.sqlite3").stat().st_mtime_ns != built


def test_generated_workspace_scales_the_demo(tmp_path):
    from desk.demo.generate import generate
    from desk.storage.db import Database

    path = generate(tmp_path, conversations=300, messages_per=10)
    db = Database.open_path(path)
    assert db.fetch_all("SELECT count(*) FROM conversations")[0][0] == 300
    assert db.fetch_all("SELECT count(*) FROM messages")[0][0] == 3000
    assert db.fetch_all("SELECT count(DISTINCT language) FROM conversations")[0][0] == 7
    assert db.fetch_all("SELECT count(*) FROM orders")[0][0] > 200
    db.close()
    assert generate(tmp_path, conversations=300, messages_per=10) == path  # reused, not rebuilt
