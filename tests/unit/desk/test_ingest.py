import multiprocessing
import threading

from desk.domain import Direction
from desk.storage.ingest import Ingestor
from desk.domain import QueueFilter
from desk.storage.queue import queue_page
from tests.helpers.messages import NOW, message


def count(db, table):
    return db.fetch_all(f"SELECT count(*) FROM {table}")[0][0]


def test_the_same_payload_twice_is_stored_once(db, accounts):
    batch = [message(accounts["amazon"], f"m{i}", f"text {i}", hours_ago=10 - i) for i in range(5)]
    ingestor = Ingestor(db)
    first = ingestor.ingest(batch, now=NOW)
    second = ingestor.ingest(batch, now=NOW)
    assert (first.inserted, first.duplicates) == (5, 0)
    assert (second.inserted, second.duplicates) == (0, 5)
    assert count(db, "messages") == 5
    assert count(db, "message_fts") == 5
    assert db.fetch_all("SELECT message_count FROM conversations")[0][0] == 5


def test_duplicates_inside_one_batch_are_stored_once(db, accounts):
    m = message(accounts["amazon"], "dup")
    assert Ingestor(db).ingest([m, m, m], now=NOW).inserted == 1


def test_the_same_platform_id_on_two_accounts_is_two_messages(db, accounts):
    Ingestor(db).ingest([message(accounts["amazon"], "x"), message(accounts["shopify"], "x")], now=NOW)
    assert count(db, "messages") == 2


def _ingest_in_thread(db, batch, barrier, results):
    barrier.wait()
    results.append(Ingestor(db).ingest(batch, now=NOW).inserted)


def test_concurrent_ingest_of_the_same_payload_from_threads(db, accounts):
    batch = [message(accounts["whatsapp"], f"w{i}", thread=f"t{i % 3}") for i in range(60)]
    barrier, results = threading.Barrier(4), []
    threads = [threading.Thread(target=_ingest_in_thread, args=(db, batch, barrier, results)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [0, 0, 0, 60]
    assert count(db, "messages") == 60
    assert count(db, "conversations") == 3
    assert count(db, "message_fts") == 60


def _ingest_in_process(path, account_id, start):
    from desk.storage.db import Database

    db = Database.open_path(path)
    start.wait()
    batch = [message(account_id, f"p{i}", thread=f"t{i % 7}", customer_email=f"c{i % 7}@x.com") for i in range(200)]
    for chunk in range(0, 200, 20):
        Ingestor(db).ingest(batch[chunk : chunk + 20], now=NOW)
    db.close()


def test_concurrent_ingest_of_the_same_payload_from_processes(db, accounts):
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Event()
    procs = [ctx.Process(target=_ingest_in_process, args=(db.path, accounts["email"], start)) for _ in range(3)]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    assert count(db, "messages") == 200
    assert count(db, "conversations") == 7
    assert count(db, "customers") == 7
    assert db.fetch_all("SELECT sum(message_count) FROM conversations")[0][0] == 200


def test_one_person_across_channels_is_one_customer(db, accounts):
    Ingestor(db).ingest(
        [
            message(accounts["shopify"], "s1", thread="mail", customer_name="Ana", customer_email="Ana@Example.com"),
            message(accounts["whatsapp"], "w1", thread="+34600", customer_name="Ana", customer_phone="+34 600 11 22 33"),
        ],
        now=NOW,
    )
    # A later mail carries both her address and her phone: the two are one person.
    Ingestor(db).ingest(
        [message(accounts["shopify"], "s2", thread="mail", customer_email="ana@example.com",
                 customer_phone="+34600112233")],
        now=NOW,
    )
    rows = db.fetch_all("SELECT kind, value, customer_id FROM customer_identities ORDER BY kind")
    assert {(k, v) for k, v, _ in rows} == {("email", "ana@example.com"), ("phone", "+34600112233")}
    customers = db.fetch_all("SELECT DISTINCT customer_id FROM conversations")
    assert len(customers) == 2  # two conversations existed before the link was known...
    assert len({c for _, _, c in rows}) == 2  # ...and each identity still names its first customer


def test_relay_alias_groups_amazon_messages_under_one_customer(db, accounts):
    alias = "k3v9x2m8qw4rt7p@marketplace.amazon.de"
    Ingestor(db).ingest(
        [
            message(accounts["amazon"], "a1", thread="order-1", customer_relay_alias=alias),
            message(accounts["amazon"], "a2", thread="order-2", customer_relay_alias=alias.upper()),
        ],
        now=NOW,
    )
    assert len(db.fetch_all("SELECT DISTINCT customer_id FROM conversations")) == 1


def test_sla_runs_from_the_first_unanswered_message_and_stops_on_reply(db, accounts):
    ingestor = Ingestor(db)
    shop = accounts["shopify"]  # 12 h target
    ingestor.ingest([message(shop, "1", hours_ago=5), message(shop, "2", hours_ago=3)], now=NOW)
    row = queue_page(db)[0]
    assert row.sla_due_at == int(NOW.timestamp()) - 5 * 3600 + 12 * 3600
    assert row.last_inbound_at == int(NOW.timestamp()) - 3 * 3600
    ingestor.ingest([message(shop, "3", direction=Direction.OUT, hours_ago=2)], now=NOW)
    assert queue_page(db)[0].sla_due_at is None
    ingestor.ingest([message(shop, "4", hours_ago=1)], now=NOW)
    assert queue_page(db)[0].sla_due_at == int(NOW.timestamp()) - 1 * 3600 + 12 * 3600


def test_notes_neither_answer_the_customer_nor_become_the_preview(db, accounts):
    ingestor = Ingestor(db)
    ingestor.ingest([message(accounts["amazon"], "1", "Where is it?", hours_ago=3)], now=NOW)
    ingestor.ingest([message(accounts["amazon"], "2", "已联系DHL", direction=Direction.NOTE, hours_ago=1)], now=NOW)
    row = queue_page(db)[0]
    assert row.sla_due_at is not None
    assert row.preview == "Where is it?"


def test_a_new_inbound_message_reopens_a_resolved_conversation(db, accounts):
    ingestor = Ingestor(db)
    ingestor.ingest([message(accounts["amazon"], "1", hours_ago=3)], now=NOW)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE conversations SET status = 'resolved'")
    ingestor.ingest([message(accounts["amazon"], "2", hours_ago=1)], now=NOW)
    assert db.fetch_all("SELECT status FROM conversations")[0][0] == "open"


def test_html_bodies_are_sanitised_before_storage(db, accounts):
    hostile = '<p onmouseover="x()">Hi<script>steal()</script><img src="https://tracker.example/p.gif"></p>'
    Ingestor(db).ingest([message(accounts["email"], "h", "Hi", html=hostile)], now=NOW)
    stored = db.fetch_all("SELECT body_html FROM messages")[0][0]
    assert "script" not in stored and "onmouseover" not in stored and "tracker.example" not in stored
    assert "Hi" in stored


def test_unknown_account_is_refused_without_writing(db, accounts):
    import pytest

    with pytest.raises(ValueError, match="unknown accounts"):
        Ingestor(db).ingest([message(999, "x")], now=NOW)
    assert count(db, "messages") == 0


def test_a_late_older_reply_does_not_push_the_deadline_back(db, accounts):
    ingestor = Ingestor(db)
    amazon = accounts["amazon"]  # 24 h
    ingestor.ingest([message(amazon, "1", hours_ago=10), message(amazon, "2", hours_ago=8)], now=NOW)
    ingestor.ingest([message(amazon, "0", direction=Direction.OUT, hours_ago=11)], now=NOW)
    assert queue_page(db)[0].sla_due_at == int(NOW.timestamp()) - 10 * 3600 + 24 * 3600


def test_a_conversation_is_made_from_the_customers_first_message(db, accounts):
    from dataclasses import replace

    inbound = message(accounts["amazon"], "in", "Wo ist mein Paket?", hours_ago=5, customer_name="Jonas",
                      customer_relay_alias="abc123@marketplace.amazon.de", language="de",
                      subject="Anfrage zur Lieferung")
    reply = replace(message(accounts["amazon"], "out", "Ihr Paket ist unterwegs.", hours_ago=4,
                            direction=Direction.OUT), subject="Re: Anfrage zur Lieferung")
    Ingestor(db).ingest([reply, inbound], now=NOW)
    row = queue_page(db, QueueFilter(statuses=()))[0]
    assert (row.customer_name, row.language, row.subject) == ("Jonas", "de", "Anfrage zur Lieferung")


def test_a_redelivered_message_under_another_thread_creates_nothing(db, accounts):
    Ingestor(db).ingest([message(accounts["email"], "x", thread="a")], now=NOW)
    result = Ingestor(db).ingest([message(accounts["email"], "x", thread="b")], now=NOW)
    assert result.duplicates == 1
    assert count(db, "conversations") == 1


def test_attachments_are_stored_once_as_files_beside_the_cache(db, accounts):
    from desk.domain import AttachmentData

    photo = AttachmentData("broken-lamp.jpg", "image/jpeg", b"\xff\xd8\xff" + b"x" * 5000, "part1@desk")
    Ingestor(db).ingest([message(accounts["email"], "a", "See the photo", attachments=(photo,)),
                         message(accounts["email"], "b", "Again", thread="t2", attachments=(photo,))], now=NOW)
    rows = db.fetch_all("SELECT filename, mime_type, size, content_id, sha256 FROM attachments ORDER BY id")
    assert [r[:4] for r in rows] == [("broken-lamp.jpg", "image/jpeg", 5003, "part1@desk")] * 2
    assert db.attachments.get(rows[0][4]) == photo.data
    assert len(list((db.path.parent / "attachments").rglob("*"))) == 2  # one folder, one file


def test_a_reply_to_our_reply_joins_its_conversation(db, accounts):
    ingestor = Ingestor(db)
    ingestor.ingest([message(accounts["email"], "<q@x>", "Where is it?", thread="mail:<q@x>"),
                     message(accounts["email"], "<r@desk>", "On its way", thread="mail:<q@x>",
                             direction=Direction.OUT, hours_ago=0.5)], now=NOW)
    ingestor.ingest([message(accounts["email"], "<s@x>", "Thanks!", thread="mail:<r@desk>",
                             reply_to_external_id="<r@desk>", hours_ago=0.1)], now=NOW)
    assert count(db, "conversations") == 1
    assert db.fetch_all("SELECT message_count FROM conversations") == [(3,)]


def test_a_huge_body_is_stored_capped_with_the_whole_text_kept_as_a_file(db, accounts):
    """Issue 10: a 23 MB body grew the cache by 49 MB (text plus its search index)."""
    from desk.storage.conversations import full_text, load_conversation
    from desk.storage.ingest import HTML_CAP, TEXT_CAP

    body = "Wo ist mein Paket? " + "x" * (3 * TEXT_CAP)
    html = "<p>" + "y" * (HTML_CAP + 10) + "</p>"
    Ingestor(db).ingest([message(accounts["email"], "big", body, html=html)])
    stored, stored_html, digest = db.fetch_all("SELECT body_text, body_html, full_text_sha256 FROM messages")[0]
    assert len(stored) == TEXT_CAP and stored_html is None
    assert db.attachments.get(digest) == body.encode("utf-8")
    [(name, mime)] = db.fetch_all("SELECT filename, mime_type FROM attachments")
    assert (name, mime) == ("message.html", "text/html")
    [view] = load_conversation(db, db.fetch_all("SELECT id FROM conversations")[0][0]).messages
    assert full_text(view) == body


def test_an_ordinary_body_is_stored_as_it_is(db, accounts):
    Ingestor(db).ingest([message(accounts["email"], "small", "Hello", html="<p>Hello</p>")])
    assert db.fetch_all("SELECT body_text, body_html, full_text_sha256 FROM messages") == [
        ("Hello", "<p>Hello</p>", None)]
