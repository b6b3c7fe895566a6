"""Attachments on a team database (real PostgreSQL): the bytes are rows of `file_blobs`, so what the
worker stores from a platform every agent reads, and what an agent attaches to a reply the worker
sends. Nothing is dropped for want of a folder beside the database."""

import pytest

from desk.domain import AttachmentData
from desk.storage.conversations import full_text, load_conversation
from desk.storage.ingest import TEXT_CAP, Ingestor
from desk.storage.models import Account
from desk.sync.outbox import claim_next, queue_reply
from desk.team import admin
from desk.team.connect import TeamAddress, open_team
from tests.helpers.messages import NOW, message

INVOICE = AttachmentData("facture.pdf", "application/pdf", b"%PDF-1.7\n" + bytes(range(256)) * 40)
PHOTO = AttachmentData("broken-cup.jpg", "image/jpeg", b"\xff\xd8\xff\xe0" + b"\x00\x10JFIF" * 500)


@pytest.fixture(scope="module")
def team(pg_cluster, tmp_path_factory):
    ca = str(pg_cluster.certificates.ca)
    address = TeamAddress.parse(f"postgresql://desk@localhost:{pg_cluster.port}/files", ca_file=ca)
    report = admin.init_team(address, lead="flead", lead_password="lead-secret-f")
    owner = open_team(address, keyring=False)
    lead = open_team(address.as_user("flead"), report.lead_password)
    worker = open_team(address.as_user("fworker"), admin.add_agent(lead, "fworker", "worker"))
    agent = open_team(address.as_user("fagent"), admin.add_agent(lead, "fagent"))
    with owner.sessionmaker.begin() as session:
        account = Account(channel="email", name="shop mail", sla_hours=12, created_at=NOW, settings_json="{}")
        session.add(account)
        session.flush()
        account_id = account.id
    yield {"worker": worker, "agent": agent, "account": account_id}
    for db in (agent, worker, lead, owner):
        db.close()


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "data"))  # where local copies of blobs go


def test_what_the_worker_stores_from_a_platform_every_agent_reads(team):
    long_mail = "Bonjour, voici le détail de ma réclamation. " * (TEXT_CAP // 40)
    Ingestor(team["worker"]).ingest([message(team["account"], "in-files", long_mail, thread="files-1",
                                             customer_email="claire@example.fr", attachments=(INVOICE,))], now=NOW)
    conversation_id = team["agent"].fetch_all("SELECT id FROM conversations WHERE thread_key = 'files-1'")[0][0]
    (digest,) = team["agent"].fetch_all("SELECT a.sha256 FROM attachments a JOIN messages m ON m.id = a.message_id "
                                        "WHERE m.conversation_id = :c", {"c": conversation_id})[0]
    assert team["agent"].attachments.get(digest) == INVOICE.data
    view = load_conversation(team["agent"], conversation_id)
    assert len(view.messages[0].text) == TEXT_CAP
    assert full_text(view.messages[0]) == long_mail  # the whole text, read back through a local copy


def test_an_agents_reply_with_a_file_reaches_the_worker_that_sends_it(team):
    Ingestor(team["worker"]).ingest([message(team["account"], "in-photo", "La tasse est arrivée cassée.",
                                             thread="files-2", customer_email="marc@example.fr")], now=NOW)
    conversation_id = team["agent"].fetch_all("SELECT id FROM conversations WHERE thread_key = 'files-2'")[0][0]
    queue_reply(team["agent"], conversation_id, "Voici la photo que nous avons reçue.", author="fagent",
                attachments=(PHOTO,))
    queue_reply(team["agent"], conversation_id, "La même, encore.", author="fagent", attachments=(PHOTO,))
    assert team["worker"].fetch_all("SELECT count(*) FROM file_blobs WHERE size = :s", {"s": len(PHOTO.data)}) == [(1,)]
    sent = [claim_next(team["worker"], team["account"]) for _ in range(2)]
    assert [entry.attachments for entry in sent] == [(AttachmentData(PHOTO.filename, PHOTO.mime_type, PHOTO.data),)] * 2


def test_a_reference_to_bytes_that_are_missing_fails_that_reply_visibly(team):
    Ingestor(team["worker"]).ingest([message(team["account"], "in-lost", "Où est mon colis ?", thread="files-3",
                                             customer_email="lea@example.fr")], now=NOW)
    conversation_id = team["agent"].fetch_all("SELECT id FROM conversations WHERE thread_key = 'files-3'")[0][0]
    lost = AttachmentData("lost.png", "image/png", b"\x89PNG\r\n\x1a\n-lost")
    key = queue_reply(team["agent"], conversation_id, "Voici l'étiquette.", author="fagent", attachments=(lost,))
    with team["worker"].engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM file_blobs WHERE size = %s", (len(lost.data),))
    while (entry := claim_next(team["worker"], team["account"])) is not None:
        assert entry.key != key  # skipped: failed rather than sent without its file
    state, error = team["worker"].fetch_all("SELECT state, last_error FROM outbox WHERE idempotency_key = :k",
                                            {"k": key})[0]
    assert state == "failed" and "lost.png" in error


def test_the_offline_mirror_keeps_a_conversations_files_and_whole_texts(team, tmp_path):
    from desk.storage.db import Database
    from desk.team import mirror as mirror_module
    from desk.team.mirror import Mirror

    long_mail = "Hola, les escribo por la taza rota que recibí ayer. " * (TEXT_CAP // 45)
    video = AttachmentData("unboxing.mp4", "video/mp4", b"\x00\x00\x00\x18ftypmp42" * 30000)
    Ingestor(team["worker"]).ingest([message(team["account"], "in-mirror", long_mail, thread="files-4",
                                             customer_email="lucia@example.es", attachments=(PHOTO, video))], now=NOW)
    conversation_id = team["agent"].fetch_all("SELECT id FROM conversations WHERE thread_key = 'files-4'")[0][0]
    local = Database.open_path(tmp_path / "mirror" / "desk.sqlite3")
    try:
        mirror = Mirror(local, "fagent")
        cap = mirror_module.MIRROR_FILE_BYTES
        mirror_module.MIRROR_FILE_BYTES = len(long_mail.encode()) + 1000  # the video is over: it stays on the server
        try:
            mirror.keep(team["agent"], [conversation_id], int(NOW.timestamp()))
        finally:
            mirror_module.MIRROR_FILE_BYTES = cap
        files = dict(local.fetch_all("SELECT a.filename, a.sha256 FROM attachments a JOIN messages m ON "
                                     "m.id = a.message_id WHERE m.conversation_id = :c", {"c": conversation_id}))
        assert set(files) == {PHOTO.filename, video.filename}  # both listed offline
        assert local.attachments.get(files[PHOTO.filename]) == PHOTO.data
        assert local.attachments.get(files[video.filename]) is None
        offline = load_conversation(local, conversation_id)  # as the window reads the mirror offline
        assert full_text(offline.messages[0]) == long_mail
        assert mirror.prune(int(NOW.timestamp()) + 90 * 86400) >= 1  # out of the mirror's days: forgotten
        assert not list(local.attachments.root.glob("*/*"))  # and its files with it
    finally:
        local.close()
