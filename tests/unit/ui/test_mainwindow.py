"""The main window on the demo workspace: it loads, selects, shows a conversation, renders inert
HTML, filters, sends through the outbox, and shows account states from sync."""

import asyncio

import pytest
from PySide6.QtCore import Qt, QUrl

from desk.app.replies import ReplyLanguage
from tests.conftest import run_async
from tests.helpers.qt import expect
from tests.unit.ui.conftest import attach, open_conversation
from ui.reading.view import InertBrowser


def test_window_shows_the_queue_and_the_first_conversation(window, aio_loop, demo_db, make_workspace, tmp_path):
    window.show()
    ws = make_workspace(demo_db)

    async def scenario():
        shown = expect(window.conversation_shown)
        window.attach(ws)
        await window.first_paint.wait()
        return (await shown)[0]

    conversation_id = run_async(aio_loop, scenario())
    model = window.queue.model
    assert model.rowCount() > 50
    assert model.row_at(0).id == conversation_id
    assert window.reading.browser.toPlainText().strip()
    assert model.row_at(0).customer_name in window.reading.header.text()
    path = tmp_path / "window.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 20_000


def test_a_staged_window_paints_the_queue_first_and_then_shows_the_selected_conversation(
        qtbot, aio_loop, demo_db, make_workspace):
    from desk.app import queue as queue_ops
    from ui.mainwindow import MainWindow

    window = MainWindow(staged=True)  # as Desk starts (ui/app.py)
    qtbot.addWidget(window)
    window.attach(make_workspace(demo_db), first_page=queue_ops.first_page(demo_db, window.queue.current_filter()))
    window.show()

    async def scenario():
        await window.first_paint.wait()
        assert window.reading is None and window.conversation is None  # the queue alone, painted
        shown = expect(window.conversation_shown)
        prepared = expect(window.prepared)
        window.complete()
        await prepared
        return (await shown)[0]

    conversation_id = run_async(aio_loop, scenario())
    assert conversation_id == window.queue.current_id() == window.queue.model.row_at(0).id
    assert window.reading.browser.toPlainText().strip() and window.actions["settings"].isEnabled()


@pytest.mark.parametrize("typed", ["rucksendung", "退款"])
def test_typing_in_search_filters_the_queue(window, qtbot, aio_loop, demo_db, make_workspace, typed):
    async def scenario():
        await attach(window, make_workspace(demo_db))
        before = window.queue.model.rowCount()
        filtered = expect(window.queue.model.page_loaded)
        if typed.isascii():
            qtbot.keyClicks(window.queue.search, typed)
        else:  # what an input method commits; QTest cannot type non-ASCII keys
            window.queue.search.setText(typed)
        await filtered  # after the debounce, the model resets and loads the filtered page
        return before

    before = run_async(aio_loop, scenario())
    after = window.queue.model.rowCount()
    assert 0 < after < before
    assert window.queue.model.queue_filter.text == typed


def test_message_pane_never_loads_resources(qtbot):
    browser = InertBrowser()
    qtbot.addWidget(browser)
    for url in ("https://tracker.example/pixel.gif", "file:///etc/passwd", "cid:part1"):
        assert browser.loadResource(2, QUrl(url)) is None
    assert not browser.openLinks() and not browser.openExternalLinks()


def test_sidebar_shows_the_order_and_the_reply_box_saves_to_the_outbox(window, qtbot, aio_loop, demo_db, make_workspace):
    composer = window.reading.composer

    async def scenario():
        await attach(window, make_workspace(demo_db))
        conversation_id = await open_conversation(window, lambda r: r.language == "fr" and r.channel == "shopify")
        composer.set_text("")
        composer.choose_language(ReplyLanguage("fr", "fr"))
        sent = expect(window.conversation.assistant.sent)
        reloaded = expect(window.conversation_shown)
        composer.editor.setPlainText("Nous avons relancé l'entrepôt aujourd'hui.")
        qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
        assert (await sent) == (conversation_id,)
        await reloaded  # the change record names the conversation: the pane shows the reply
        return conversation_id

    conversation_id = run_async(aio_loop, scenario())
    order_text = window.sidebar.order.body.text()
    order_ref = demo_db.fetch_all(
        "SELECT o.external_id FROM conversations c JOIN orders o ON o.id = c.order_id WHERE c.id = :id",
        {"id": conversation_id})
    if order_ref:
        assert order_ref[0][0] in order_text and "Tracking" in order_text
    assert "waiting to send" in window.reading.browser.toPlainText()
    assert composer.editor.toPlainText() == ""
    assert demo_db.fetch_all("SELECT state, body FROM outbox WHERE conversation_id = :id", {"id": conversation_id}) == [
        ("queued", "Nous avons relancé l'entrepôt aujourd'hui.")]


def test_the_escalated_view_keeps_only_flagged_conversations(window, aio_loop, demo_db, make_workspace):
    async def scenario():
        await attach(window, make_workspace(demo_db))
        before = window.queue.model.rowCount()
        filtered = expect(window.queue.model.page_loaded)
        assert window.queue.choose_view("escalated")
        await filtered
        return before

    before = run_async(aio_loop, scenario())
    model = window.queue.model
    rows = [model.row_at(r) for r in range(model.rowCount())]
    assert 0 < len(rows) < before and all(r.escalate for r in rows)


def test_an_agent_clears_an_escalation_from_the_conversation_menu(window, aio_loop, demo_db, make_workspace):
    async def scenario():
        await attach(window, make_workspace(demo_db))
        cid = await open_conversation(window, lambda r: r.escalate)
        reshown = expect(window.conversation_shown, lambda shown: shown == cid)
        window.clear_escalation_action.trigger()
        await reshown
        return cid

    cid = run_async(aio_loop, scenario())
    assert demo_db.fetch_all("SELECT escalate FROM conversations WHERE id = :c", {"c": cid}) == [(0,)]
    assert "⚠" not in window.reading.header.text()


def test_account_states_from_sync_reach_the_status_bar(window, aio_loop, demo_db, make_workspace, session_keyring):
    """The sync service's states as the status bar words them: accounts whose credentials are not
    in the keyring fail to sign in; a rate-limited one says how long until it tries again, an
    unreachable one that it is offline; each says "syncing" while it pulls."""
    from desk.app.sync import SyncService
    from desk.connectors.base import RateLimited, Unavailable
    from desk.sync.engine import AccountSync
    from desk.sync.store import SyncStore
    from tests.helpers.scripted import ScriptedPlatform

    ws = make_workspace(demo_db)
    service = SyncService(ws)

    async def scenario():
        await attach(window, ws)
        await service.start()  # the demo's accounts, with no credentials in this keyring
        limited, unreachable = ScriptedPlatform(1, count=2), ScriptedPlatform(2, count=2)
        limited.failures = [RateLimited("QuotaExceeded", 240.0)]
        unreachable.failures = [Unavailable("connection refused")]
        syncs = [AccountSync(p.account_id, p, SyncStore(demo_db), ws.executors.write,
                             on_status=ws.events.account_status.emit, sleep=lambda _s: asyncio.sleep(3600))
                 for p in (limited, unreachable)]
        window.bridge.account_status.connect(lambda status: seen.append((status.account_id, status.state.value)))
        waiting = [expect(window.bridge.account_status, lambda status, a=a, state=state:
                          (status.account_id, status.state.value) == (a, state))
                   for a, state in ((1, "rate_limited"), (2, "offline"))]
        tasks = [asyncio.ensure_future(sync.run()) for sync in syncs]
        await asyncio.gather(*waiting)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await service.stop()

    seen = []

    run_async(aio_loop, scenario())
    bar = window.account_status
    assert bar.state_of(1) == "rate_limited"
    assert "rate-limited" in bar.text_of(1) and ("4 min" in bar.text_of(1) or "5 min" in bar.text_of(1))
    assert bar.state_of(2) == "offline" and "offline" in bar.text_of(2)
    assert {(1, "syncing"), (2, "syncing")} <= set(seen)
    others = [a for a in bar._names if a not in (1, 2)]
    assert others and all(bar.state_of(a) == "auth_failed" and "sign-in failed" in bar.text_of(a) for a in others)
