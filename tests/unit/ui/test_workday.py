"""The agent's day in the window, from the keyboard: moving with j/k (not a keyboard search), the
lifecycle actions on the selection with Undo, the pickers, views with live counts, sorting through
the query, columns that keep their widths and order, the command palette, the cheat sheet, the
linked conversations in the header, and keys rebound in Settings with conflicts refused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from desk.storage.queue import queue_count
from desk.domain import QueueFilter
from tests.conftest import run_async
from tests.helpers.qt import expect
from tests.unit.ui.conftest import attach


def key(name, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """One key, to whatever has the focus (the agent's keyboard)."""
    QTest.keyClick(QApplication.focusWidget(), name, modifiers)


def typed(text: str) -> None:
    QTest.keyClicks(QApplication.focusWidget(), text)


def status_of(db, cid: int) -> str:
    return db.fetch_all("SELECT status FROM conversations WHERE id = :c", {"c": cid})[0][0]


async def ready(window, ws):
    window.show()
    window.activateWindow()
    await attach(window, ws)
    window.queue.focus_table()


async def counted(window) -> dict:
    """Every view's count, read now."""
    fresh = expect(window.queue.counts_changed)
    window.queue.refresh_counts()
    return (await fresh)[0]


def test_j_and_k_move_through_the_queue_instead_of_searching_for_a_customer(window, aio_loop, demo_db, make_workspace):
    async def scenario():
        await ready(window, make_workspace(demo_db))
        model = window.queue.model
        second = expect(window.conversation_shown, lambda cid: cid == model.row_at(1).id)
        key("j")
        await second
        first = expect(window.conversation_shown, lambda cid: cid == model.row_at(0).id)
        key("k")
        await first

    run_async(aio_loop, scenario())
    assert window.queue.table.currentIndex().row() == 0


def test_e_resolves_moves_on_and_ctrl_z_brings_it_back(window, aio_loop, demo_db, make_workspace):
    workday = window.workday

    async def scenario():
        await ready(window, make_workspace(demo_db))
        model = window.queue.model
        first, second = model.row_at(0).id, model.row_at(1).id
        before = await counted(window)
        refreshed = expect(model.rows_refreshed)
        # A count read while the action was being written lags; the one after it agrees.
        recounted = expect(window.queue.counts_changed, lambda counts: (counts["open"], counts["resolved"]) == (
            before["open"] - 1, before["resolved"] + 1))
        moved_on = expect(window.conversation_shown, lambda cid: cid == second)
        key("e")
        await refreshed
        await moved_on
        counts = (await recounted)[0]
        assert status_of(demo_db, first) == "resolved" and first not in [model.row_at(r).id for r in range(model.rowCount())]
        assert counts["open"] == before["open"] - 1 and counts["resolved"] == before["resolved"] + 1
        assert workday.undo_button.isVisible() and "Ctrl+Z" in window.statusBar().currentMessage()
        back = expect(model.rows_refreshed, lambda ids: first in ids)
        key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        await back
        assert model.row_at(0).id == first and status_of(demo_db, first) == "open"

    run_async(aio_loop, scenario())


def test_a_selection_of_conversations_is_resolved_at_once(window, aio_loop, demo_db, make_workspace):
    async def scenario():
        await ready(window, make_workspace(demo_db))
        model = window.queue.model
        ids = [model.row_at(r).id for r in range(3)]
        key("J", Qt.KeyboardModifier.ShiftModifier)
        key("J", Qt.KeyboardModifier.ShiftModifier)
        assert window.queue.selected_ids() == ids
        done = expect(window.workday.acted)
        key("e")
        action, result = await done
        assert action == "resolve" and set(result.conversation_ids) == set(ids)

    run_async(aio_loop, scenario())
    assert demo_db.fetch_all("SELECT DISTINCT status FROM conversations WHERE id IN (SELECT conversation_id FROM "
                             "audit_events WHERE kind = 'conversation.resolve')") == [("resolved",)]


def test_a_right_click_in_the_queue_offers_the_conversation_actions_for_that_row(window, aio_loop, demo_db,
                                                                                  make_workspace):
    async def scenario():
        await ready(window, make_workspace(demo_db))
        table, model = window.queue.table, window.queue.model
        third = model.row_at(2).id
        shown = expect(window.conversation_shown, lambda cid: cid == third)
        table.customContextMenuRequested.emit(table.visualRect(model.index(2, 0)).center())
        await shown
        menu = table.findChild(QMenu, "queue_context_menu")
        names = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert names[:3] == [window.actions["reply"].text(), window.actions["note"].text(),
                             window.actions["macro"].text()]
        done = expect(window.workday.acted)
        next(a for a in menu.actions() if a is window.actions["resolve"]).trigger()
        action, result = await done
        menu.close()
        assert action == "resolve" and result.conversation_ids == (third,)
        assert status_of(demo_db, third) == "resolved"

    run_async(aio_loop, scenario())


def test_pickers_snooze_assign_and_tag_from_the_keyboard(window, aio_loop, demo_db, make_workspace):
    workday = window.workday

    async def scenario():
        await ready(window, make_workspace(demo_db))
        cid = window.queue.current_id()
        opened = expect(workday.picker_opened)
        key("t")
        assert (await opened) == ("tag",)
        typed("vip customer")
        done = expect(workday.acted)
        key(Qt.Key.Key_Return)
        await done
        window.queue.focus_table()
        opened = expect(workday.picker_opened)
        key("a")
        await opened
        typed("sofia")
        done = expect(workday.acted)
        key(Qt.Key.Key_Return)
        await done
        window.queue.focus_table()
        opened = expect(workday.picker_opened)
        key("s")
        await opened
        typed("2d")
        done = expect(workday.acted)
        key(Qt.Key.Key_Return)
        await done
        return cid

    cid = run_async(aio_loop, scenario())
    status, assignee, until = demo_db.fetch_all(
        "SELECT status, assignee, snooze_until FROM conversations WHERE id = :c", {"c": cid})[0]
    assert (status, assignee) == ("snoozed", "sofia.m") and until is not None
    assert ("vip customer",) in demo_db.fetch_all("SELECT tag FROM conversation_tags WHERE conversation_id = :c",
                                                  {"c": cid})


def test_views_show_live_counts_that_match_their_queues(window, aio_loop, demo_db, make_workspace):
    async def scenario():
        await ready(window, make_workspace(demo_db))
        await counted(window)
        loaded = expect(window.queue.model.page_loaded)
        key("]")
        await loaded

    run_async(aio_loop, scenario())
    queue = window.queue
    assert queue.current_view() == "mine"
    for view in ("open", "mine", "unassigned", "due_soon", "escalated", "pending", "snoozed", "resolved", "all"):
        assert queue.views.count_of(view) == queue_count(demo_db, queue.counted[view]), view
    assert queue.views.count_of("all") == demo_db.fetch_all("SELECT count(*) FROM conversations")[0][0]


def test_a_header_click_sorts_through_the_query_and_widths_survive_filters(window, aio_loop, demo_db, make_workspace):
    from ui.queue.model import QueueModel

    async def scenario():
        await ready(window, make_workspace(demo_db))
        header = window.queue.table.horizontalHeader()
        subject = header.sectionSize(QueueModel.COL_SUBJECT)
        sorted_page = expect(window.queue.model.page_loaded)
        header.setSortIndicator(QueueModel.COL_CUSTOMER, Qt.SortOrder.AscendingOrder)
        await sorted_page
        names = [window.queue.model.row_at(r).customer_name.lower() for r in range(window.queue.model.rowCount())]
        assert names == sorted(names)
        filtered = expect(window.queue.model.page_loaded)
        window.queue.channel_filter.setCurrentIndex(1)
        await filtered
        assert header.sectionSize(QueueModel.COL_SUBJECT) == subject >= 200
        assert window.queue.model.queue_filter.sort == "customer"  # the sort stays over a filter change

    run_async(aio_loop, scenario())


def test_column_widths_and_order_are_remembered(window, aio_loop, demo_db, make_workspace, qtbot):
    from ui.mainwindow import MainWindow
    from ui.queue.model import QueueModel

    ws = make_workspace(demo_db)
    again = MainWindow()
    qtbot.addWidget(again)

    async def scenario():
        await ready(window, ws)
        header = window.queue.table.horizontalHeader()
        saved = expect(window.queue.layout_saved)
        header.resizeSection(QueueModel.COL_SUBJECT, 333)
        header.moveSection(header.visualIndex(QueueModel.COL_ASSIGNEE), 1)
        await saved
        laid_out = expect(again.queue.layout_loaded)
        await attach(again, ws)
        await laid_out

    run_async(aio_loop, scenario())
    header = again.queue.table.horizontalHeader()
    assert header.sectionSize(QueueModel.COL_SUBJECT) == 333
    assert header.logicalIndex(1) == QueueModel.COL_ASSIGNEE


def test_the_command_palette_finds_actions_in_chinese_and_english(window, aio_loop, demo_db, make_workspace):
    from desk.domain.fuzzy import rank
    from ui.actions import _as_written, action_names

    english = action_names(_as_written)
    assert rank("rslv", [(a, (n,)) for a, n in english.items()])[0] == "resolve"

    async def scenario():
        await ready(window, make_workspace(demo_db))
        cid = window.queue.current_id()
        opened = expect(window.workday.picker_opened)
        key(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        assert (await opened) == ("palette",)
        typed("pending")
        assert window.workday.picker.shown_keys()[0] == "pending"
        done = expect(window.workday.acted)
        key(Qt.Key.Key_Return)
        await done
        return cid

    cid = run_async(aio_loop, scenario())
    assert status_of(demo_db, cid) == "pending"


def test_the_cheat_sheet_lists_every_key(window, aio_loop, demo_db, make_workspace):
    async def scenario():
        await ready(window, make_workspace(demo_db))
        opened = expect(window.workday.picker_opened)
        key("?")
        await opened

    run_async(aio_loop, scenario())
    shown = window.workday.popup.shown_keys()
    assert shown["Resolve"] == "E" and shown["Command palette…"] == "Ctrl+K" and shown["Search"] == "Ctrl+F"


def test_ctrl_f_searches_and_typing_there_is_not_a_shortcut(window, aio_loop, demo_db, make_workspace):
    async def scenario():
        await ready(window, make_workspace(demo_db))
        key(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.focusWidget() is window.queue.search
        filtered = expect(window.queue.model.page_loaded)
        typed("rucksendung")  # j, e, s... typed into the field, not taken as actions
        await filtered

    run_async(aio_loop, scenario())
    assert window.queue.search.text() == "rucksendung"
    assert demo_db.fetch_all("SELECT count(*) FROM audit_events WHERE kind LIKE 'conversation.%'") == [(0,)]


def test_the_header_names_linked_conversations_and_l_lists_them(window, aio_loop, demo_db, make_workspace):
    async def scenario():
        await ready(window, make_workspace(demo_db))
        model = window.queue.model
        rows = [model.row_at(r) for r in range(model.rowCount())]
        with_others = {cid for (cid,) in demo_db.fetch_all(
            "SELECT c.id FROM conversations c JOIN conversations o ON o.customer_id = c.customer_id AND o.id != c.id")}
        target = next(r.id for r in rows if r.id in with_others)
        linked = expect(window.conversation.linked, lambda cid: cid == target)
        window.queue.select_conversation(target)
        if not (window.reading.conversation_id == target and window.reading.links):  # not shown already
            await linked
        window.queue.focus_table()
        opened = expect(window.workday.picker_opened)
        key("l")
        await opened
        return target

    target = run_async(aio_loop, scenario())
    assert "other conversation" in window.reading.header.text()
    others = {cid for (cid,) in demo_db.fetch_all(
        "SELECT o.id FROM conversations c JOIN conversations o ON o.customer_id = c.customer_id AND o.id != c.id "
        "WHERE c.id = :c", {"c": target})}
    assert set(window.workday.picker.shown_keys()) >= others


def test_keys_rebound_in_settings_conflicts_refused(window, aio_loop, demo_db, make_workspace):
    from desk import settings
    from ui.settings_dialog import SettingsDialog

    ws = make_workspace(demo_db)

    async def scenario():
        await ready(window, ws)
        dialog = SettingsDialog(ws, window.bridge, window)
        loaded = expect(dialog.loaded)
        dialog.load()
        await loaded
        edit = dialog.key_edits["resolve"]
        edit.clear()
        QTest.keyClick(edit, "r")
        failed = expect(dialog.failed)
        dialog.save()
        (message,) = await failed
        assert "Reply" in message and "Resolve" in message
        edit.clear()
        QTest.keyClick(edit, "d")
        saved = expect(dialog.saved)
        rebound = expect(window.actions.bound)
        dialog.save()
        await saved
        await rebound

    run_async(aio_loop, scenario())
    assert settings.get(demo_db, settings.KEY_BINDINGS) == {"resolve": "D"}
    assert window.actions["resolve"].shortcut().toString() == "D"
    assert queue_count(demo_db, QueueFilter()) > 0


def test_a_tag_gets_another_colour_everywhere(window, aio_loop, demo_db, make_workspace):
    async def scenario():
        await ready(window, make_workspace(demo_db))
        opened = expect(window.workday.picker_opened)
        window.actions["tag_colours"].trigger()
        await opened
        dialog = window.workday.popup
        if not dialog.tags.count():  # its tags may be listed already
            await expect(dialog.loaded)
        name = dialog.tags.currentItem().data(Qt.ItemDataRole.UserRole + 1)
        retagged = expect(window.queue.tags_changed, lambda colours: colours.get(name) == "#123456")
        dialog.set_colour(name, "#123456")
        await retagged
        return name

    name = run_async(aio_loop, scenario())
    assert demo_db.fetch_all("SELECT colour FROM tags WHERE name = :n", {"n": name}) == [("#123456",)]
    shown = window.reading.conversation
    if name in shown.tags:
        assert "#123456" in window.reading.header.text()


def _sandrine(demo_db) -> dict[str, int]:
    """The demo's three conversations of Sandrine Morel: mail and WhatsApp about order #1163, and an
    older question."""
    return {key.split("/")[-1]: cid for cid, key in demo_db.fetch_all(
        "SELECT id, thread_key FROM conversations WHERE thread_key IN ('demo/fr-012', 'demo/fr-023', 'demo/fr-024')")}


def test_return_reads_n_writes_a_note_that_mentions_a_colleague(window, aio_loop, demo_db, make_workspace):
    async def scenario():
        await ready(window, make_workspace(demo_db))
        cid = window.queue.current_id()
        key(Qt.Key.Key_Return)
        assert QApplication.focusWidget() is window.reading.browser
        opened = expect(window.workday.picker_opened)
        key("n")  # from the conversation, not only from the queue
        await opened
        typed("please call the carrier @sofia.m")
        done = expect(window.workday.acted)
        key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        await done
        assert window.statusBar().currentMessage() == "Note added."
        return cid

    cid = run_async(aio_loop, scenario())
    assert demo_db.fetch_all("SELECT agent FROM mentions WHERE conversation_id = :c", {"c": cid}) == [("sofia.m",)]
    assert demo_db.fetch_all("SELECT direction, body_text FROM messages WHERE conversation_id = :c ORDER BY id DESC "
                             "LIMIT 1", {"c": cid}) == [("note", "please call the carrier @sofia.m")]


def test_m_merges_into_another_conversation_of_the_customer(window, aio_loop, demo_db, make_workspace):
    threads = _sandrine(demo_db)

    async def scenario():
        await ready(window, make_workspace(demo_db))
        shown = expect(window.conversation.linked, lambda cid: cid == threads["fr-023"])
        window.workday.show_conversation(threads["fr-023"])
        await shown
        window.queue.focus_table()
        opened = expect(window.workday.picker_opened)
        key("m")
        await opened
        assert set(window.workday.picker.shown_keys()) == {threads["fr-012"], threads["fr-024"]}
        typed(str(threads["fr-012"]))
        merged = expect(window.workday.acted)
        target_shown = expect(window.conversation_shown, lambda cid: cid == threads["fr-012"])
        key(Qt.Key.Key_Return)
        await merged
        await target_shown

    run_async(aio_loop, scenario())
    assert demo_db.fetch_all("SELECT status, merged_into FROM conversations WHERE id = :c",
                             {"c": threads["fr-023"]}) == [("merged", threads["fr-012"])]
    assert "Vous pouvez me dire au moins quand je serai remboursée ?" in window.reading.browser.toPlainText()


def test_a_view_is_saved_with_its_filters_and_chosen_again(window, aio_loop, demo_db, make_workspace):
    from desk import settings

    async def scenario():
        await ready(window, make_workspace(demo_db))
        filtered = expect(window.queue.model.page_loaded)
        window.queue.channel_filter.setCurrentIndex(window.queue.channel_filter.findData("whatsapp"))
        await filtered
        opened = expect(window.workday.picker_opened)
        window.actions["save_view"].trigger()
        await opened
        typed("WhatsApp today")
        chosen = expect(window.queue.view_changed, lambda view: view == "saved:WhatsApp today")
        loaded = expect(window.queue.model.page_loaded)
        key(Qt.Key.Key_Return)
        await chosen
        await loaded

    run_async(aio_loop, scenario())
    [saved] = settings.get(demo_db, settings.QUEUE_SAVED_VIEWS)
    assert (saved["name"], saved["view"], saved["channels"]) == ("WhatsApp today", "open", ["whatsapp"])
    assert window.queue.current_view() == "saved:WhatsApp today"
    assert {window.queue.model.row_at(r).channel for r in range(window.queue.model.rowCount())} == {"whatsapp"}
