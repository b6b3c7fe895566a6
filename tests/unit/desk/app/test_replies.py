"""The send rules of desk.app.replies, where they live: a reply leaves in the buyer's language or
one the agent chose for it, never in another; blocking rules hold however often Send is clicked;
warnings go out on confirmation; the language choice belongs to one conversation."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from desk.app import replies
from desk.app.replies import ReplyLanguage
from desk.app.workspace import Workspace
from desk.domain import Channel, Direction, IncomingMessage
from desk.storage.ingest import Ingestor
from desk.translation.batching import Limits

GERMAN = {"您好，您的包裹今天已经发出，请注意查收。": "Guten Tag, Ihr Paket wurde heute verschickt, bitte achten Sie auf die Zustellung.",
          "请写信到 kefu@lumora.example 联系我们。": "Bitte schreiben Sie an kefu@lumora.example, um uns zu erreichen."}
CHINESE = {german: chinese for chinese, german in GERMAN.items()}


class Dictionary:
    """A translation provider that knows a few sentences (the service around it is the real one)."""

    name = "deepl"
    limits = Limits(text_bytes=10_000, batch_items=50, batch_bytes=100_000)

    def translate(self, texts: list[str], source: str, target: str) -> list[str]:
        table = GERMAN if target == "de" else CHINESE
        return [table.get(text, text) for text in texts]

    def close(self) -> None:
        pass


@pytest.fixture
def ws(db, tmp_path, monkeypatch):
    workspace = Workspace(db, interface_language="zh")
    yield workspace
    if workspace.translation is not None:
        workspace.translation.close()
    workspace.executors.shutdown()


def online(ws: Workspace, tmp_path, monkeypatch) -> None:
    """Translation through the real service, its provider a dictionary."""
    from desk.translation.cache import TranslationCache
    from desk.translation.glossary import load_glossary
    from desk.translation.service import TranslationService
    from desk.translation.settings import TranslationSettings

    monkeypatch.setattr("desk.translation.service.build_provider", lambda *a, **k: Dictionary())
    ws.translation = TranslationService(TranslationSettings("deepl"), load_glossary(),
                                        TranslationCache.in_data_dir(tmp_path), ws.executors,
                                        load_key=lambda _name: "key", retry_delays=(0, 0))


def offline(ws: Workspace, tmp_path) -> None:
    from desk.translation.cache import TranslationCache
    from desk.translation.glossary import load_glossary
    from desk.translation.service import TranslationService
    from desk.translation.settings import TranslationSettings

    ws.translation = TranslationService(TranslationSettings(), load_glossary(), TranslationCache.in_data_dir(tmp_path),
                                        ws.executors, offline=True)


def conversation(db, accounts, channel: str = "amazon", language: str = "de", hours_ago: float = 1) -> int:
    Ingestor(db).ingest([IncomingMessage(
        accounts[channel], f"m-{channel}-{language}-{hours_ago}", f"t-{channel}-{language}-{hours_ago}", Direction.IN,
        "Hallo, wo ist mein Paket? Ich warte seit einer Woche.", datetime.now(UTC) - timedelta(hours=hours_ago),
        customer_name="Jana", customer_email="jana@example.de", customer_phone="+4915112345678", language=language)])
    return db.fetch_all("SELECT id FROM conversations ORDER BY id DESC LIMIT 1")[0][0]


def outbox(db, cid: int) -> list[str]:
    return [body for (body,) in db.fetch_all("SELECT body FROM outbox WHERE conversation_id = :c ORDER BY id",
                                              {"c": cid})]


def notes(db, cid: int) -> list[str]:
    return [text for (text,) in db.fetch_all(
        "SELECT body_text FROM messages WHERE conversation_id = :c AND direction = 'note'", {"c": cid})]


def run(coro):
    return asyncio.run(coro)


CHINESE_REPLY = "您好，您的包裹今天已经发出，请注意查收。"


def test_a_translated_reply_leaves_in_the_buyers_language_with_the_agents_words_as_a_note(
        db, accounts, ws, tmp_path, monkeypatch):
    online(ws, tmp_path, monkeypatch)
    cid = conversation(db, accounts, "shopify")
    outcome = run(replies.send_reply(ws, cid, CHINESE_REPLY, ReplyLanguage("zh", "de")))
    assert outcome.sent and outcome.prepared.back_translation == CHINESE_REPLY
    assert outbox(db, cid) == [GERMAN[CHINESE_REPLY]]
    assert notes(db, cid) == [f"翻译前的原文：\n{CHINESE_REPLY}"]


def test_without_translation_nothing_goes_until_the_agent_chooses_the_language_they_wrote_in(db, accounts, ws, tmp_path):
    offline(ws, tmp_path)
    cid = conversation(db, accounts, "amazon")
    refused = run(replies.send_reply(ws, cid, CHINESE_REPLY, ReplyLanguage("zh", "de"), confirmed=True))
    assert refused.refused == "translation_unavailable" and refused.prepared.translation_problem == "offline"
    assert outbox(db, cid) == []
    # Sent as written in German, the Chinese text is not German: the reply language rule blocks it.
    mislabelled = run(replies.send_reply(ws, cid, CHINESE_REPLY, ReplyLanguage("de", "de"), confirmed=True))
    assert mislabelled.refused == "blocked"
    assert [v.rule_id for v in mislabelled.prepared.violations] == ["common.reply_language"]
    # Chosen explicitly: Amazon warns that it is not the buyer's language, and a confirmation sends it.
    held = run(replies.send_reply(ws, cid, CHINESE_REPLY, ReplyLanguage("zh", "zh")))
    assert held.needs_confirmation and [v.rule_id for v in held.prepared.warnings] == ["amazon.buyer_language"]
    assert outbox(db, cid) == []
    sent = run(replies.send_reply(ws, cid, CHINESE_REPLY, ReplyLanguage("zh", "zh"), confirmed=True))
    assert sent.sent and outbox(db, cid) == [CHINESE_REPLY]
    assert notes(db, cid) == []  # nothing was translated


@pytest.mark.parametrize("text", [
    "Bitte schreiben Sie an kefu@lumora.example, um uns zu erreichen.",
    "Fügen Sie uns gern auf WeChat hinzu: lumora_service, dort antworten wir schneller.",
    "Bitte hinterlassen Sie uns eine positive Bewertung, dann erstatten wir Ihnen fünf Euro.",
])
def test_blocking_rules_hold_however_often_send_is_clicked(db, accounts, ws, tmp_path, text):
    offline(ws, tmp_path)
    cid = conversation(db, accounts, "amazon")
    for confirmed in (False, True, True):
        outcome = run(replies.send_reply(ws, cid, text, ReplyLanguage("de", "de"), confirmed=confirmed))
        assert outcome.refused == "blocked" and not outcome.needs_confirmation
    assert outbox(db, cid) == []


def test_a_translated_reply_is_checked_as_it_will_be_sent(db, accounts, ws, tmp_path, monkeypatch):
    """The agent's Chinese has an address in it: the German that would go out is what is refused."""
    online(ws, tmp_path, monkeypatch)
    cid = conversation(db, accounts, "amazon")
    outcome = run(replies.send_reply(ws, cid, "请写信到 kefu@lumora.example 联系我们。", ReplyLanguage("zh", "de"),
                                     confirmed=True))
    assert outcome.refused == "blocked" and outcome.prepared.text.startswith("Bitte schreiben")
    assert {v.rule_id for v in outcome.prepared.violations} == {"amazon.email_address"}


def test_warnings_go_out_only_once_confirmed(db, accounts, ws, tmp_path):
    offline(ws, tmp_path)
    cid = conversation(db, accounts, "amazon")
    text = "Vielen Dank für Ihre Geduld, Ihr Ersatz ist unterwegs 😊"
    held = run(replies.send_reply(ws, cid, text, ReplyLanguage("de", "de")))
    assert held.needs_confirmation and [v.rule_id for v in held.prepared.warnings] == ["amazon.emoji"]
    assert outbox(db, cid) == []
    assert run(replies.send_reply(ws, cid, text, ReplyLanguage("de", "de"), confirmed=True)).sent


def test_free_text_after_the_whatsapp_window_is_refused_with_the_templates_offered(db, accounts, ws, tmp_path):
    from desk.accounts import list_accounts, save_account

    whatsapp = next(a for a in list_accounts(db) if a.channel is Channel.WHATSAPP)
    save_account(db, Channel.WHATSAPP, whatsapp.name, {"templates": "order_update:de"}, whatsapp.id)
    offline(ws, tmp_path)
    cid = conversation(db, accounts, "whatsapp", hours_ago=30)
    outcome = run(replies.send_reply(ws, cid, "Ihr Paket ist unterwegs, es kommt morgen an.",
                                     ReplyLanguage("de", "de"), confirmed=True))
    assert outcome.refused == "blocked" and outcome.templates == [("order_update", "de")]
    assert run(replies.send_template(ws, cid, "order_update", "de")).sent
    assert outbox(db, cid) == ["[order_update · de]"]


def test_the_reply_language_belongs_to_one_conversation(db, accounts, ws, tmp_path):
    first, second = conversation(db, accounts, "shopify"), conversation(db, accounts, "amazon")
    views = {cid: run(_view(ws, cid)) for cid in (first, second)}
    run(replies.save_draft(ws, first, "Guten Tag,", ReplyLanguage("de", "de")))
    assert run(replies.load_draft(ws, views[first])) == replies.Draft("Guten Tag,", ReplyLanguage("de", "de"))
    assert run(replies.load_draft(ws, views[second])) == replies.Draft("", ReplyLanguage("zh", "de"))
    offline(ws, tmp_path)
    run(replies.send_reply(ws, first, "Guten Tag, Ihr Paket ist heute verschickt worden.", ReplyLanguage("de", "de")))
    assert run(replies.load_draft(ws, views[first])).language == ReplyLanguage("zh", "de")  # sent: back to the default


def test_language_choices_offer_translation_first_and_other_languages_only_explicitly(db, accounts, ws):
    view = run(_view(ws, conversation(db, accounts, "shopify")))
    assert replies.language_choices(view, "zh") == [
        ReplyLanguage("zh", "de"), ReplyLanguage("de", "de"), ReplyLanguage("zh", "zh"), ReplyLanguage("en", "en")]
    assert all(choice.chosen_over_buyer(view) for choice in replies.language_choices(view, "zh")[2:])


def test_imported_mail_has_no_mailbox_to_answer_from(db, ws, tmp_path):
    from desk.app.mail_import import import_mail

    eml = tmp_path / "old.eml"
    eml.write_bytes(b"From: Jana <jana@example.de>\r\nTo: shop@example.com\r\nSubject: Paket\r\n"
                    b"Message-ID: <old-1@example.de>\r\nDate: Mon, 02 Nov 2026 10:00:00 +0000\r\n\r\nWo ist es?\r\n")
    run(import_mail(ws, [eml]))
    cid = db.fetch_all("SELECT id FROM conversations")[0][0]
    assert run(replies.send_reply(ws, cid, "Hallo", ReplyLanguage("zh", "zh"))).refused == "no_mailbox"


async def _view(ws, cid):
    from desk.app.conversations import open_conversation

    return (await open_conversation(ws, cid)).conversation
