"""What calls for the agent's attention (issues 10, 11, 13): notifications of new messages in their
conversations within their quiet hours, the banner of what could not be read and its dialog, the
welcome of a new workspace, what a failed account test means, and account warnings."""

from __future__ import annotations

from datetime import UTC, datetime, time

from desk import settings
from desk.accounts import save_account
from desk.app.changes import Changes
from desk.connectors.base import SyncBatch
from desk.domain import Channel, Direction, IncomingMessage
from desk.domain.records import Unreadable
from desk.storage.ingest import Ingestor
from desk.sync.store import SyncStore
from tests.conftest import run_async
from tests.helpers.qt import expect
from tests.unit.ui.conftest import attach
from ui.bridge import Bridge
from ui.notify import Notifier
from ui.quarantine import QuarantineDialog

MAIL = {"address": "shop@example.com", "username": "shop@example.com", "imap_host": "127.0.0.1", "imap_port": 1,
        "imap_security": "plain", "smtp_host": "127.0.0.1", "smtp_port": 1, "smtp_security": "plain"}


def customer_writes(db, account: int, n: int, assignee: str | None = None) -> int:
    Ingestor(db).ingest([IncomingMessage(account, f"<m{n}@x>", f"buyer{n}@example.com", Direction.IN,
                                         f"Where is my order {n}?", datetime.now(UTC), customer_name=f"Buyer {n}",
                                         customer_email=f"buyer{n}@example.com")])
    cid = db.fetch_all("SELECT id FROM conversations ORDER BY id DESC LIMIT 1")[0][0]
    if assignee:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE conversations SET assignee = ? WHERE id = ?", (assignee, cid))
    return cid


def test_new_messages_in_my_conversations_notify_and_quiet_hours_hold_them(qtbot, aio_loop, db, make_workspace):
    account = save_account(db, Channel.EMAIL, "Shop", MAIL)
    customer_writes(db, account, 1)
    ws = make_workspace(db)
    ws.agent_name = "lena"
    bridge = Bridge(ws)
    clock = {"now": datetime(2026, 12, 7, 14, 0)}
    notifier = Notifier(ws, bridge, local_now=lambda: clock["now"])
    clicked = []
    notifier.activated.connect(clicked.append)

    async def scenario():
        ready = expect(notifier.ready)
        notifier.start()
        await ready  # what was stored before is not news
        mine = customer_writes(db, account, 2)
        customer_writes(db, account, 3, assignee="jonas")  # a colleague's: not in my views
        announced = expect(notifier.announced)
        notified = expect(notifier.notified)
        bridge.changed.emit(Changes(queue=True), None)  # sync stored them
        found = (await announced)[0]
        title, body = await notified
        assert [m.conversation_id for m in found] == [mine] and "Buyer 2" in body and "1" in title
        notifier.tray.messageClicked.emit()
        assert clicked == [mine]
        settings.put(db, settings.NOTIFY_QUIET_HOURS, "22:00-08:00")
        reloaded = expect(notifier.preferences_loaded)
        bridge.changed.emit(Changes(settings=frozenset({"notify.quiet_hours"})), None)  # saved in Settings
        assert (await reloaded)[0].quiet == (time(22, 0), time(8, 0))
        clock["now"] = datetime(2026, 12, 7, 23, 30)
        customer_writes(db, account, 4)
        held = expect(notifier.held)
        bridge.changed.emit(Changes(queue=True), None)
        return (await held)[0]

    assert run_async(aio_loop, scenario()) == 1
    assert "quiet hours" in notifier.tray.toolTip()
    assert notifier.preferences.quiet == (time(22, 0), time(8, 0))


def test_quiet_hours_run_past_midnight():
    from desk.app.notifications import Preferences

    quiet = Preferences(quiet=(time(22, 0), time(8, 0)))
    assert quiet.quiet_at(datetime(2026, 1, 1, 23, 0)) and quiet.quiet_at(datetime(2026, 1, 1, 7, 59))
    assert not quiet.quiet_at(datetime(2026, 1, 1, 8, 0)) and not quiet.quiet_at(datetime(2026, 1, 1, 12, 0))
    assert not Preferences().quiet_at(datetime(2026, 1, 1, 3, 0))


def test_the_banner_says_what_could_not_be_read_and_the_dialog_reads_it_again(window, qtbot, aio_loop, db,
                                                                             make_workspace, tmp_path):
    account = save_account(db, Channel.EMAIL, "Shop mail", MAIL)
    good = (b"From: Ana <ana@example.es>\r\nTo: shop@example.com\r\nSubject: Pedido\r\nMessage-ID: <ana-1@x>\r\n"
            b"Date: Fri, 20 Nov 2026 10:00:00 +0000\r\n\r\nHola, mi pedido?\r\n")
    SyncStore(db).apply(account, "main", SyncBatch({"last_uid": 1}, quarantined=[
        Unreadable("mail", good, "old parser", "INBOX UID 1", sender="Ana <ana@example.es>",
                   sent_at=datetime(2026, 11, 20, 10, 0, tzinfo=UTC))]))
    banner = window.quarantine_banner

    async def scenario():
        shown = expect(banner.summary_shown)
        await attach(window, make_workspace(db))
        assert (await shown)[0] == 1
        assert banner.isVisibleTo(window) and "Ana &lt;ana@example.es&gt;" in banner.text.text()
        banner.view_button.click()
        assert banner.dialog is not None and banner.dialog.isVisible()
        dialog = QuarantineDialog(banner.ws, banner.bridge, window)
        loaded = expect(dialog.loaded)
        dialog.load()
        assert (await loaded)[0] == 1 and dialog.model.item(0, 2).text() == "Ana <ana@example.es>"
        exported = expect(dialog.exported)
        dialog.export_to(tmp_path / "held")
        assert len((await exported)[0]) == 1
        retried = expect(dialog.retried)
        hidden = expect(banner.summary_shown, lambda count: count == 0)
        dialog.read_again()
        result = (await retried)[0]
        await hidden
        return result

    result = run_async(aio_loop, scenario())
    assert (result.read, result.messages) == (1, 1)
    assert (tmp_path / "held" / "index.json").exists()
    assert not banner.isVisibleTo(window)


def test_a_new_workspace_welcomes_and_the_queue_comes_back_once_an_account_is_added(
        window, qtbot, aio_loop, db, make_workspace, session_keyring):
    async def scenario():
        decided = expect(window.first_run.decided)
        await attach(window, make_workspace(db))
        first = window.first_run
        assert (await decided)[0] is True
        assert first.shown and window.splitter.indexOf(first.panel) == 1
        assert set(first.panel.add_buttons) == {"amazon", "shopify", "whatsapp", "email"}
        first.add_account("email")
        dialog = first.dialog
        assert dialog.channel is Channel.EMAIL and "IMAP" in dialog.help.text()
        for name, value in MAIL.items():
            editor = dialog.editors[name]
            editor.setValue(int(value)) if isinstance(value, int) else (
                editor.setCurrentText(value) if hasattr(editor, "setCurrentText") else editor.setText(value))
        dialog.editors["password"].setText("app-password")
        back = expect(first.decided, lambda new: not new)
        dialog.save_button.click()
        await back

    run_async(aio_loop, scenario())
    assert not window.first_run.shown and window.splitter.indexOf(window.reading) == 1


def test_a_failed_test_says_what_it_means_and_warnings_show_in_the_dialog_and_the_status_bar(
        window, qtbot, aio_loop, db, make_workspace, session_keyring):
    from ui.accounts.dialog import AccountsDialog

    amazon = save_account(db, Channel.AMAZON, "Amazon US", {**MAIL, "marketplace_id": "ATVPDKIKX0DER",
                                                            "orders_api": "v0", "lwa_client_id": "id"})

    async def scenario():
        hint = expect(window.account_status.warnings_shown, lambda count: count == 1)
        ws = make_workspace(db)
        await attach(window, ws)
        await hint
        dialog = AccountsDialog(ws, window.bridge, window)
        listed = expect(dialog.listed)
        dialog.reload(select=amazon)
        await listed
        result = expect(dialog.result_shown, lambda text: text != "Testing…")
        dialog.edit_new(Channel.EMAIL)
        for name, value in MAIL.items():
            editor = dialog.editors[name]
            editor.setValue(int(value)) if isinstance(value, int) else (
                editor.setCurrentText(value) if hasattr(editor, "setCurrentText") else editor.setText(value))
        dialog.editors["password"].setText("x")
        dialog.test_button.click()
        text = (await result)[0]
        shown = dialog.result_label.text()
        dialog.accounts.setCurrentRow(0)  # the Amazon account
        return dialog, text, shown

    dialog, text, shown = run_async(aio_loop, scenario())
    assert text.startswith("No answer from the server") and "Details:" in shown
    assert dialog.warnings_label.isVisibleTo(dialog) and "Orders API v0" in dialog.warnings_label.text()
    assert window.account_status.attention.isVisibleTo(window)
    assert "need attention" in window.account_status.attention.text()
