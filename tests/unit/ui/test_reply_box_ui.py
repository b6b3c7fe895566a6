"""The reply box of issue 11 in the window, on the demo: macros titled in the agent's language with
the text they insert beside its meaning, a macro that resolves once its reply is sent, files
attached by the picker's signal or dropped and checked against the platform, WhatsApp templates
filled from the order with their cost, and the cost beside each sent WhatsApp reply."""

import json

from PySide6.QtCore import QMimeData, Qt, QUrl

from desk.app.replies import ReplyLanguage
from tests.conftest import run_async
from tests.helpers.qt import expect
from tests.unit.ui.conftest import attach, open_conversation


def type_text(widget, text: str) -> None:
    """Key presses carrying `text` one character at a time, as an input method delivers Chinese
    (QTest.keyClicks maps characters to Latin-1 keys only)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for character in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, character))


def test_a_chinese_agent_picks_a_macro_by_its_chinese_title_sees_its_german_text_and_it_resolves_once_sent(
        window, qtbot, aio_loop, demo_db, make_workspace):
    ws = make_workspace(demo_db, agent_language="zh")
    ws_name = "li.na"
    composer, editor = window.reading.composer, window.reading.composer.editor

    async def scenario():
        await attach(window, ws)
        ws.agent_name = ws_name
        assistant = window.conversation.assistant
        cid = await open_conversation(window, lambda r: r.language == "de" and r.channel == "shopify")
        composer.set_text("")
        editor.setFocus()
        offered = expect(assistant.choices_shown, lambda count: count > 0)
        type_text(editor, "/退款")
        await offered
        labels = editor.completer.model().stringList()
        key = next(k for k in editor._keys if k.startswith("refund-issued\n"))
        label = labels[editor._keys.index(key)]
        assert label.startswith("退款已处理") and "German" in label and "⚡" in label  # title in Chinese, inserts German
        previewed = expect(assistant.macro_previewed)
        editor._highlighted(label)
        preview = (await previewed)[0]
        assert preview.language == "de" and preview.translation_source == "kb"
        shown = composer.macro_box.toPlainText()
        assert "Guten Tag" in shown and "您好" in shown and "When sent: resolve" in shown
        inserted = expect(assistant.inserted)
        editor.macro_chosen.emit(key)
        await inserted
        assert composer.reply_language() == ReplyLanguage("de", "de")
        assert composer.actions_label.isVisibleTo(window) and "resolve" in composer.actions_label.text()
        answered = expect(assistant.answered)
        qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
        outcome = (await answered)[0]
        if outcome.needs_confirmation:
            answered = expect(assistant.answered)
            qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
            outcome = (await answered)[0]
        assert outcome.sent and outcome.action_problem is None
        return cid

    cid = run_async(aio_loop, scenario())
    status, = demo_db.fetch_all("SELECT status FROM conversations WHERE id = :c", {"c": cid})[0]
    assert status == "resolved"
    assert ("refund-issued",) in demo_db.fetch_all("SELECT tag FROM conversation_tags WHERE conversation_id = :c",
                                                   {"c": cid})
    assert not composer.actions_label.isVisibleTo(window)  # taken: the next reply starts without them


def test_files_are_attached_by_picking_or_dropping_and_checked_against_amazon(window, qtbot, aio_loop, demo_db,
                                                                               make_workspace, tmp_path):
    composer = window.reading.composer
    (tmp_path / "label.pdf").write_bytes(b"%PDF-1.4 return label")
    (tmp_path / "setup.exe").write_bytes(b"MZ" + b"\0" * 100)

    async def scenario():
        await attach(window, make_workspace(demo_db))
        assistant = window.conversation.assistant
        await open_conversation(window, lambda r: r.channel == "amazon")
        attached = expect(assistant.attached)
        composer.files_chosen.emit([str(tmp_path / "label.pdf")])  # what the picker emits
        assert (await attached)[0] == 1
        assert not composer.notice.isVisibleTo(window)
        dropped = QMimeData()
        dropped.setUrls([QUrl.fromLocalFile(str(tmp_path / "setup.exe"))])
        attached = expect(assistant.attached)
        composer.editor.insertFromMimeData(dropped)
        assert (await attached)[0] == 2
        assert "setup.exe" in composer.notice.text() and composer.editor.toPlainText().find("setup.exe") < 0
        composer.remove_attachment(1)
        return [a.filename for a in composer.attachments]

    assert run_async(aio_loop, scenario()) == ["label.pdf"]
    chips = [composer.attachment_row.itemAt(i).widget() for i in range(composer.attachment_row.count() - 2)]
    assert [chip.text().split(" (")[0] for chip in chips] == ["📎 label.pdf"]


def test_whatsapp_templates_are_filled_from_the_order_priced_and_sent_with_their_parameters(
        window, qtbot, aio_loop, demo_db, make_workspace):
    composer = window.reading.composer
    closed = demo_db.fetch_all(
        "SELECT c.id FROM conversations c JOIN orders o ON o.id = c.order_id WHERE c.channel = 'whatsapp' "
        "AND c.status = 'open' AND c.language IN ('en', 'es', 'de') ORDER BY c.last_inbound_at LIMIT 1")[0][0]

    async def scenario():
        await attach(window, make_workspace(demo_db))
        assistant = window.conversation.assistant
        listed = expect(assistant.templates_shown, lambda count: count > 0)
        priced = expect(assistant.cost_shown, lambda cost: cost is not None)
        await open_conversation(window, lambda r: r.id == closed)
        await listed
        await priced
        panel = composer.template_panel
        composer.templates_toggle.setChecked(True)
        language = window.reading.conversation.language
        index = next(i for i in range(panel.templates.count()) if panel._choices[i].name == "order_shipped"
                     and panel._choices[i].language == language)
        panel.templates.setCurrentIndex(index)
        choice = panel.current()
        assert choice.values[0] and choice.values[1]  # customer name and order number from the order
        assert choice.values[1] in panel.preview.text() and panel.cost.text()
        assert composer.cost_label.isVisibleTo(window) and composer.cost_label.text().startswith("Cost:")
        panel.editors[2].setText("DHL Express")  # the agent corrects the carrier
        sent = expect(assistant.sent)
        qtbot.mouseClick(panel.template_button, Qt.MouseButton.LeftButton)
        await sent
        return choice

    run_async(aio_loop, scenario())
    payload = json.loads(demo_db.fetch_all("SELECT payload_json FROM outbox WHERE conversation_id = :c ORDER BY id DESC",
                                           {"c": closed})[0][0])
    assert payload["template"][0] == "order_shipped" and payload["template"][2][2] == "DHL Express"
    assert payload["pricing"]["category"] == "utility"


def test_each_sent_whatsapp_reply_shows_what_it_cost(window, qtbot, aio_loop, demo_db, make_workspace):
    import time

    open_window = demo_db.fetch_all(
        "SELECT id, language FROM conversations WHERE channel = 'whatsapp' AND status = 'open' "
        "AND language IN ('es', 'de', 'en') AND last_inbound_at > :since "
        "ORDER BY last_inbound_at DESC LIMIT 1", {"since": int(time.time()) - 20 * 3600})[0]

    async def scenario():
        await attach(window, make_workspace(demo_db))
        controller = window.conversation
        cid, language = open_window
        await open_conversation(window, lambda r: r.id == cid)
        costs = expect(controller.costs_shown, lambda shown_id, count: shown_id == cid and count > 0)
        window.reading.composer.choose_language(ReplyLanguage(language, language))
        answered = expect(controller.assistant.answered)
        window.reading.composer.editor.setPlainText({"es": "Hola, su pedido ya está en camino.",
                                                     "de": "Hallo, Ihre Bestellung ist unterwegs."}.get(
                                                         language, "Hello, your order is on its way."))
        qtbot.mouseClick(window.reading.composer.send_button, Qt.MouseButton.LeftButton)
        outcome = (await answered)[0]
        if outcome.needs_confirmation:
            answered = expect(controller.assistant.answered)
            qtbot.mouseClick(window.reading.composer.send_button, Qt.MouseButton.LeftButton)
            outcome = (await answered)[0]
        assert outcome.sent
        await costs

    run_async(aio_loop, scenario())
    assert "service" in window.reading.browser.toPlainText()
