"""What the window does on its own: the tray warning before a breach, and `/` macros in the reply box."""

from datetime import UTC, datetime

from tests.conftest import run_async
from tests.helpers.qt import expect
from tests.unit.ui.conftest import attach, open_conversation
from ui.bridge import Bridge
from ui.notify import Notifier


def test_the_tray_warns_once_before_a_conversation_breaches(qtbot, aio_loop, demo_db, make_workspace):
    due, cid = demo_db.fetch_all(
        "SELECT sla_due_at, id FROM conversations WHERE status = 'open' AND sla_due_at > :now "
        "AND sla_due_at < 4000000000 ORDER BY sla_due_at LIMIT 1", {"now": int(datetime.now(UTC).timestamp())})[0]
    ws = make_workspace(demo_db)
    notifier = Notifier(ws, Bridge(ws))
    warned = []
    notifier.warned.connect(warned.append)

    async def check(now):
        checked = expect(notifier.checked)
        notifier.check(now)
        return list((await checked)[0])

    first = run_async(aio_loop, check(due - 30 * 60))
    assert cid in first
    second = run_async(aio_loop, check(due - 20 * 60))
    assert not set(first) & set(second)  # once per clock
    assert warned == first + second


def test_the_warning_time_set_in_settings_decides_when_the_tray_warns(qtbot, aio_loop, demo_db, make_workspace):
    from desk import settings

    due, cid, channel = demo_db.fetch_all(
        "SELECT sla_due_at, id, channel FROM conversations WHERE status = 'open' AND sla_due_at > :now "
        "AND sla_due_at < 4000000000 ORDER BY sla_due_at LIMIT 1", {"now": int(datetime.now(UTC).timestamp())})[0]
    settings.put(demo_db, settings.SLA_WARN_HOURS, 6)
    ws = make_workspace(demo_db)
    notifier = Notifier(ws, Bridge(ws))

    async def check(now):
        checked = expect(notifier.checked)
        notifier.check(now)
        return list((await checked)[0])

    assert cid in run_async(aio_loop, check(due - 5 * 3600))  # inside the 6 hours set, not each channel's 2


def test_typing_slash_offers_macros_and_inserts_the_chosen_one_filled_in(qtbot, aio_loop, demo_db, window,
                                                                         make_workspace):
    editor = window.reading.composer.editor

    async def scenario():
        await attach(window, make_workspace(demo_db))
        await open_conversation(window, lambda r: r.language == "en" and r.channel == "shopify")
        window.reading.composer.set_text("")
        editor.setFocus()
        offered = expect(window.conversation.assistant.choices_shown, lambda count: count > 0)
        qtbot.keyClicks(editor, "Hello! /refund")
        await offered
        chosen = editor._keys[0]
        inserted = expect(window.conversation.assistant.inserted)
        editor.macro_chosen.emit(chosen)
        await inserted
        return chosen

    chosen = run_async(aio_loop, scenario())
    text = editor.toPlainText()
    assert text.startswith("Hello! ") and len(text) > 60 and "{{" not in text and "/refund" not in text
    assert chosen.endswith("\nen")
