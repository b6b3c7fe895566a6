"""The main window on the demo workspace: it loads, selects, shows a conversation, renders inert HTML."""

import asyncio

from PySide6.QtCore import QUrl

from desk.executors import Executors
from tests.conftest import run_async
from ui.mainwindow import MainWindow
from ui.reading.view import InertBrowser


def test_window_shows_the_queue_and_the_first_conversation(qtbot, aio_loop, demo_db, tmp_path):
    executors = Executors()
    window = MainWindow(executors)
    qtbot.addWidget(window)
    window.show()

    async def scenario():
        shown = asyncio.get_running_loop().create_future()
        window.conversation_shown.connect(lambda cid: shown.done() or shown.set_result(cid))
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
    executors.shutdown()


import pytest


@pytest.mark.parametrize("typed", ["rucksendung", "退款"])
def test_typing_in_search_filters_the_queue(qtbot, aio_loop, demo_db, typed):
    executors = Executors()
    window = MainWindow(executors)
    qtbot.addWidget(window)

    async def scenario():
        window.attach(demo_db)
        await asyncio.sleep(0.3)
        before = window.model.rowCount()
        if typed.isascii():
            qtbot.keyClicks(window.search, typed)
        else:  # what an input method commits; QTest cannot type non-ASCII keys
            window.search.setText(typed)
        await asyncio.sleep(0.6)  # debounce (250 ms) + query
        return before

    before = run_async(aio_loop, scenario())
    after = window.model.rowCount()
    assert 0 < after < before
    executors.shutdown()


def test_message_pane_never_loads_resources(qtbot):
    browser = InertBrowser()
    qtbot.addWidget(browser)
    for url in ("https://tracker.example/pixel.gif", "file:///etc/passwd", "cid:part1"):
        assert browser.loadResource(2, QUrl(url)) is None
    assert not browser.openLinks() and not browser.openExternalLinks()
