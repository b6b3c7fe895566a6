"""The reply box on the demo: translated replies with a back-translation, the policy check before
sending, drafts kept per conversation, translations beside the customer's messages."""

import asyncio

import pytest
from PySide6.QtCore import Qt

from desk.executors import Executors
from tests.conftest import run_async
from tests.helpers.fake_translators import DEEPL_KEY, FakeTranslators
from ui.mainwindow import MainWindow
from ui.ops import settle
from ui.queue.model import QueueModel


@pytest.fixture
def fake():
    server = FakeTranslators().start()
    yield server
    server.release()
    server.stop()


@pytest.fixture
def window(qtbot, aio_loop, demo_db):
    executors = Executors()
    main = MainWindow(executors)
    qtbot.addWidget(main)
    yield main
    if main.services is not None and main.services.translation is not None:
        main.services.translation.close()
    executors.shutdown()


async def until(condition, timeout=10.0):
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        assert loop.time() < deadline, "condition not met in time"
        await asyncio.sleep(0.02)


async def open_conversation(window, where):
    """Select the first queue row that satisfies `where` and wait until it is shown (it may be
    the row the window selected by itself, so wait for the pane rather than for a signal)."""
    await until(lambda: window.model is not None and window.model.rowCount() > 0)
    row = next(r for r in range(window.model.rowCount()) if where(window.model.row_at(r)))
    target = window.model.row_at(row).id
    window.table.selectRow(row)
    await until(lambda: window.reading.conversation is not None and window.reading.conversation.id == target
                and window.assistant.conversation is not None and window.assistant.conversation.id == target)
    return target


def use_deepl(window, fake, tmp_path):
    from desk.translation.cache import TranslationCache
    from desk.translation.glossary import load_glossary
    from desk.translation.service import TranslationService
    from desk.translation.settings import TranslationSettings

    settings = TranslationSettings("deepl", (), {"deepl": {"base_url": fake.url("deepl")}})
    window.services.translation = TranslationService(
        settings, load_glossary(), TranslationCache.in_data_dir(tmp_path / "tr"), window.executors,
        load_key={"deepl": DEEPL_KEY}.get, retry_delays=(0, 0))
    window.services.agent_language = "zh"


def outbox(db, conversation_id):
    return db.fetch_all("SELECT body FROM outbox WHERE conversation_id = :c", {"c": conversation_id})


def test_a_reply_written_in_chinese_is_sent_translated_after_confirming_the_check(window, qtbot, aio_loop, demo_db,
                                                                                   fake, tmp_path):
    composer = window.reading.composer

    async def scenario():
        window.attach(demo_db)
        await until(lambda: window.services is not None and window.services.translation is not None)
        use_deepl(window, fake, tmp_path)
        cid = await open_conversation(window, lambda r: r.language == "de" and r.channel == "amazon")
        composer.set_text("")
        assert composer.translating()
        composer.editor.setPlainText("您好，您的包裹今天已经发出。")
        await until(lambda: "[DE]" in composer.preview.toPlainText())  # the preview: what will be sent
        queued = asyncio.get_running_loop().create_future()
        window.reply_queued.connect(lambda c: settle(queued, c))
        qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
        # The fake's "German" is the Chinese text with a marker: Amazon's language rule objects.
        await until(lambda: composer.confirmed)
        assert not outbox(demo_db, cid)
        qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
        await queued
        await until(lambda: len(demo_db.fetch_all(
            "SELECT 1 FROM messages WHERE conversation_id = :c AND direction = 'note' AND body_text LIKE :t",
            {"c": cid, "t": "%您的包裹今天已经发出%"})) == 1)
        return cid

    cid = run_async(aio_loop, scenario())
    [(body,)] = outbox(demo_db, cid)
    assert body.startswith("[DE]") and "您的包裹今天已经发出" in body
    assert fake.count("deepl") >= 2  # the reply and its back-translation


def test_an_email_address_in_an_amazon_reply_is_highlighted_and_needs_confirmation(window, qtbot, aio_loop, demo_db):
    composer = window.reading.composer

    async def scenario():
        window.attach(demo_db)
        cid = await open_conversation(window, lambda r: r.language == "en" and r.channel == "amazon")
        composer.set_text("")
        composer.editor.setPlainText("Please write to support@lumora.example and we will help you.")
        qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
        await until(lambda: composer.confirmed)
        return cid

    cid = run_async(aio_loop, scenario())
    assert not outbox(demo_db, cid)
    assert "support@lumora.example" in composer.preview.toPlainText()
    assert "background-color:#fce8e6" in composer.preview.toHtml().replace(" ", "")
    assert composer.send_button.text() != "Send"


def test_a_draft_is_kept_per_conversation(window, aio_loop, demo_db):
    composer = window.reading.composer

    async def scenario():
        window.attach(demo_db)
        first = await open_conversation(window, lambda r: r.channel == "shopify")
        composer.editor.setPlainText("Draft for the first customer")
        await until(lambda: demo_db.fetch_all("SELECT body FROM drafts WHERE conversation_id = :c", {"c": first})
                    == [("Draft for the first customer",)])
        await open_conversation(window, lambda r: r.id != first)
        await until(lambda: composer.editor.toPlainText() != "Draft for the first customer")
        await open_conversation(window, lambda r: r.id == first)
        await until(lambda: composer.editor.toPlainText() == "Draft for the first customer")

    run_async(aio_loop, scenario())


def test_customer_messages_show_their_translation_beside_them(window, aio_loop, demo_db):
    """The demo's hand-made translations come from the cache: no provider is asked."""
    async def scenario():
        window.attach(demo_db)
        await until(lambda: window.services.translation is not None)
        window.services.agent_language = "zh"
        await open_conversation(window, lambda r: r.language == "de")
        await until(lambda: "Translation · Desk demo" in window.reading.browser.toPlainText())

    run_async(aio_loop, scenario())
    assert "Translation" in window.reading.browser.toPlainText()
    assert window.model.data(window.model.index(0, QueueModel.COL_TOPIC))
