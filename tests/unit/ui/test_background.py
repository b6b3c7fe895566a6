"""Work the window does on its own: triage and translation as messages arrive, the tray warning
before a breach, and `/` macros in the reply box."""

import asyncio
from datetime import UTC, datetime


from desk.domain import Direction, IncomingMessage
from desk.executors import Executors
from desk.storage.ingest import Ingestor
from tests.conftest import run_async
from tests.helpers.fake_translators import DEEPL_KEY, FakeTranslators
from tests.unit.ui.test_reply_assist import open_conversation, until
from ui.mainwindow import MainWindow
from ui.notify import BreachNotifier
from ui.ops import settle
from ui.services import Services
from ui.triaging import TriageController


def test_new_messages_are_triaged_and_translated_before_anyone_opens_them(aio_loop, db, accounts, executors, tmp_path):
    from desk.translation.cache import TranslationCache
    from desk.translation.glossary import load_glossary
    from desk.translation.service import TranslationService
    from desk.translation.settings import TranslationSettings

    fake = FakeTranslators().start()
    text = "Hallo, wo ist mein Paket? Die Sendung ist seit einer Woche unterwegs."
    Ingestor(db).ingest([IncomingMessage(accounts["amazon"], "m1", "t1", Direction.IN, text, datetime.now(UTC))])
    service = TranslationService(TranslationSettings("deepl", (), {"deepl": {"base_url": fake.url("deepl")}}),
                                 load_glossary(), TranslationCache.in_data_dir(tmp_path), executors,
                                 load_key={"deepl": DEEPL_KEY}.get, retry_delays=(0, 0))
    controller = TriageController(Services(db, executors, agent_language="zh", translation=service))
    try:
        async def scenario():
            done = asyncio.get_running_loop().create_future()
            controller.annotated.connect(lambda n: settle(done, n))
            controller.request()
            return await done

        assert run_async(aio_loop, scenario()) == 1
        assert db.fetch_all("SELECT intent, language FROM conversations") == [("where_is_my_order", "de")]
        assert fake.count("deepl") == 1
        assert service.cached(text, "de", "zh").translated.startswith("[ZH")
    finally:
        service.close()
        fake.release()
        fake.stop()


def test_the_tray_warns_once_before_a_conversation_breaches(qtbot, aio_loop, demo_db, executors):
    due, cid, _channel = demo_db.fetch_all(
        "SELECT sla_due_at, id, channel FROM conversations WHERE status = 'open' AND sla_due_at > :now "
        "AND sla_due_at < 4000000000 ORDER BY sla_due_at LIMIT 1", {"now": int(datetime.now(UTC).timestamp())})[0]
    notifier = BreachNotifier(Services(demo_db, executors))
    warned = []
    notifier.warned.connect(warned.append)
    first = run_async(aio_loop, notifier.check_now(now=due - 30 * 60))
    assert cid in first
    second = run_async(aio_loop, notifier.check_now(now=due - 20 * 60))
    assert not set(first) & set(second)  # once per clock
    assert warned == first + second


def test_typing_slash_offers_macros_and_inserts_the_chosen_one_filled_in(qtbot, aio_loop, demo_db):
    executors = Executors()
    window = MainWindow(executors)
    qtbot.addWidget(window)
    editor = window.reading.composer.editor
    try:
        async def scenario():
            window.attach(demo_db)
            await open_conversation(window, lambda r: r.language == "en" and r.channel == "shopify")
            window.reading.composer.set_text("")
            editor.setFocus()
            qtbot.keyClicks(editor, "Hello! /refund")
            await until(lambda: editor.completer.model().rowCount() > 0)
            chosen = editor._keys[0]
            editor.macro_chosen.emit(chosen)
            await until(lambda: "/refund" not in editor.toPlainText())
            return chosen

        chosen = run_async(aio_loop, scenario())
    finally:
        executors.shutdown()
    text = editor.toPlainText()
    assert text.startswith("Hello! ") and len(text) > 60 and "{{" not in text
    assert chosen.endswith("\nen")
