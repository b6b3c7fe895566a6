"""The conversation pane renders pathological mail in bounded time (issue 10): the window opened a
mail of one 2 MiB line for minutes. Timings are in the benchmark (harness.bench_open); here: what
is rendered, the "show everything" link, the viewer it opens, and the unverified marks."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl

from desk.bench.pathological import build_workspace
from desk.domain.display import SHOW_CHARS
from desk.storage.conversations import full_text, load_conversation
from desk.storage.queue import queue_page
from ui.queue.model import QueueModel
from ui.reading.view import SHOW_ALL, ConversationPane


def test_pathological_mail_is_rendered_in_part_and_shown_whole_on_demand(qtbot, tmp_path):
    db, conversations, _ = build_workspace(tmp_path)
    pane = ConversationPane()
    qtbot.addWidget(pane)
    pane.everything_requested.connect(lambda message: pane.open_full_text(message, full_text(message)))
    pane.show()
    for name, conversation_id in conversations.items():
        conversation = load_conversation(db, conversation_id)
        pane.show_conversation(conversation)
        assert len(pane.browser.toPlainText()) < 2 * SHOW_CHARS, name
    pane.show_conversation(load_conversation(db, conversations["single_line_2mib"]))
    assert "Show everything" in pane.browser.toHtml()
    [message] = pane.conversation.messages
    assert message.full_text_path  # stored capped, whole text in a file
    pane.browser.anchorClicked.emit(QUrl(f"{SHOW_ALL}:{message.id}"))
    dialog = pane.full_text_dialog
    qtbot.waitUntil(lambda: dialog.complete, timeout=10_000)
    assert len(dialog.viewer.toPlainText().replace("\n", "")) == 2 * 2**20
    db.close()


def test_links_in_messages_open_nothing(qtbot):
    pane = ConversationPane()
    qtbot.addWidget(pane)
    pane.browser.anchorClicked.emit(QUrl("https://example.com/phish"))
    assert pane.full_text_dialog is None


def test_unverified_conversations_are_marked_in_the_queue_and_the_header(qtbot, db, accounts, make_workspace):
    from desk.storage.ingest import Ingestor
    from tests.helpers.messages import message

    Ingestor(db).ingest([message(accounts["amazon"], "forged", "Refund me to PayPal", thread="unverified:1",
                                 unverified=True, customer_name="Jane", customer_email="x@marketplace.amazon.com")])
    [row] = queue_page(db)
    assert row.unverified
    model = QueueModel(make_workspace(db))
    model.show_first_page([row])
    customer = model.index(0, QueueModel.COL_CUSTOMER)
    assert model.data(customer).startswith("⚠")
    assert "authentication" in model.data(customer, Qt.ItemDataRole.ToolTipRole)
    pane = ConversationPane()
    qtbot.addWidget(pane)
    pane.show_conversation(load_conversation(db, row.id))
    assert "Unverified sender" in pane.header.text()
