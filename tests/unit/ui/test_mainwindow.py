"""The main window on the demo workspace: it loads, selects, shows a conversation, renders inert HTML."""

import asyncio

import pytest

from PySide6.QtCore import Qt, QUrl

from desk.executors import Executors
from tests.conftest import run_async
from ui.ops import settle
from ui.mainwindow import MainWindow
from ui.reading.view import InertBrowser


@pytest.fixture
def window(qtbot, aio_loop):
    executors = Executors()
    main = MainWindow(executors)
    qtbot.addWidget(main)
    yield main
    executors.shutdown()


async def next_page(model):
    loaded = asyncio.get_running_loop().create_future()
    model.page_loaded.connect(lambda n: settle(loaded, n))
    return await loaded


def test_window_shows_the_queue_and_the_first_conversation(window, aio_loop, demo_db, tmp_path):
    window.show()

    async def scenario():
        shown = asyncio.get_running_loop().create_future()
        window.conversation_shown.connect(lambda cid: settle(shown, cid))
        window.attach(demo_db)
        await window.first_paint.wait()
        return await shown

    conversation_id = run_async(aio_loop, scenario())
    assert window.model.rowCount() > 50
    assert window.model.row_at(0).id == conversation_id
    assert window.reading.browser.toPlainText().strip()
    assert window.model.row_at(0).customer_name in window.reading.header.text()
    path = tmp_path / "window.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 20_000


@pytest.mark.parametrize("typed", ["rucksendung", "退款"])
def test_typing_in_search_filters_the_queue(window, qtbot, aio_loop, demo_db, typed):
    async def scenario():
        window.attach(demo_db)
        await next_page(window.model)
        before = window.model.rowCount()
        filtered = asyncio.ensure_future(next_page(window.model))
        if typed.isascii():
            qtbot.keyClicks(window.search, typed)
        else:  # what an input method commits; QTest cannot type non-ASCII keys
            window.search.setText(typed)
        await filtered  # after the debounce, the model resets and loads the filtered page
        return before

    before = run_async(aio_loop, scenario())
    after = window.model.rowCount()
    assert 0 < after < before
    assert window.model.queue_filter.text == typed


def test_message_pane_never_loads_resources(qtbot):
    browser = InertBrowser()
    qtbot.addWidget(browser)
    for url in ("https://tracker.example/pixel.gif", "file:///etc/passwd", "cid:part1"):
        assert browser.loadResource(2, QUrl(url)) is None
    assert not browser.openLinks() and not browser.openExternalLinks()


def test_sidebar_shows_the_order_and_the_reply_box_saves_to_the_outbox(window, qtbot, aio_loop, demo_db):
    async def scenario():
        loop = asyncio.get_running_loop()
        shown, queued = loop.create_future(), loop.create_future()
        window.conversation_shown.connect(lambda cid: settle(shown, cid))
        window.reply_queued.connect(lambda cid: settle(queued, cid))
        window.attach(demo_db)
        conversation_id = await shown
        window.reading.composer.editor.setPlainText("Nous avons relancé l'entrepôt aujourd'hui.")
        qtbot.mouseClick(window.reading.composer.send_button, Qt.MouseButton.LeftButton)
        assert await queued == conversation_id
        return conversation_id

    conversation_id = run_async(aio_loop, scenario())
    order_text = window.order_panel.body.text()
    order_ref = demo_db.fetch_all(
        "SELECT o.external_id FROM conversations c JOIN orders o ON o.id = c.order_id WHERE c.id = :id",
        {"id": conversation_id})
    if order_ref:
        assert order_ref[0][0] in order_text and "Tracking" in order_text
    assert "waiting to send" in window.reading.browser.toPlainText()
    assert window.reading.composer.editor.toPlainText() == ""
    assert demo_db.fetch_all("SELECT state, body FROM outbox WHERE conversation_id = :id", {"id": conversation_id}) == [
        ("queued", "Nous avons relancé l'entrepôt aujourd'hui.")]


def test_the_escalated_filter_keeps_only_flagged_conversations(window, aio_loop, demo_db):
    async def scenario():
        window.attach(demo_db)
        await next_page(window.model)
        before = window.model.rowCount()
        filtered = asyncio.ensure_future(next_page(window.model))
        window.escalated_filter.setChecked(True)
        await filtered
        return before

    before = run_async(aio_loop, scenario())
    rows = [window.model.row_at(r) for r in range(window.model.rowCount())]
    assert 0 < len(rows) < before and all(r.escalate for r in rows)


def test_an_agent_clears_an_escalation_from_the_conversation_menu(window, aio_loop, demo_db):
    from tests.unit.ui.test_reply_assist import open_conversation, until

    async def scenario():
        window.attach(demo_db)
        cid = await open_conversation(window, lambda r: r.escalate)
        window.clear_escalation_action.trigger()
        await until(lambda: not demo_db.fetch_all("SELECT escalate FROM conversations WHERE id = :c", {"c": cid})[0][0])
        await until(lambda: "⚠" not in window.reading.header.text())

    run_async(aio_loop, scenario())
