"""A customer's files in the conversation: listed under their message (name, type, size, bounded
in number), pictures/PDF/text opened in the PC's viewer from a copy under their own name, anything
else saved only where the agent chooses; a file whose bytes are not here is said, in words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from desk.app import conversations
from desk.domain import AttachmentData, AttachmentView
from desk.storage.conversations import load_conversation
from desk.storage.ingest import Ingestor
from tests.conftest import run_async
from tests.helpers.messages import message
from tests.helpers.qt import expect
from ui.reading.view import FILE_LINK, FILES_SHOWN, ConversationPane

PHOTO = AttachmentData("broken cup.JPG", "image/jpeg", b"\xff\xd8\xff\xe0" + b"\x00\x10JFIF" * 300)
PROGRAM = AttachmentData("refund-form.exe", "image/jpeg", b"MZ\x90\x00" * 100)  # typed as a picture, named a program


def stored(db, accounts, *files: AttachmentData) -> int:
    Ingestor(db).ingest([message(accounts["email"], "with-files", "The cup arrived broken, photo attached.",
                                 thread="files", customer_email="kate@example.co.uk", attachments=files)])
    return db.fetch_all("SELECT id FROM conversations WHERE thread_key = 'files'")[0][0]


@pytest.mark.parametrize(("name", "mime", "opens"), [
    ("cup.jpg", "image/jpeg", True), ("label.PDF", "application/pdf", True), ("notes.txt", "text/plain", True),
    ("refund-form.exe", "image/jpeg", False), ("cup.jpg", "application/octet-stream", False),
    ("page.html", "text/html", False), ("drawing.svg", "image/svg+xml", False), ("cup.jpg.exe", "image/jpeg", False),
])
def test_only_pictures_pdf_and_text_named_as_such_open_in_a_viewer(name, mime, opens):
    assert conversations.viewable(AttachmentView(name, mime, 10, "0" * 64)) is opens


def test_the_window_lists_a_messages_files_opens_a_picture_and_saves_anything_else(
        qtbot, aio_loop, db, accounts, make_workspace, window, tmp_path):
    from tests.unit.ui.conftest import attach

    conversation_id = stored(db, accounts, PHOTO, PROGRAM)
    opened, asked = [], []

    async def scenario():
        await attach(window, make_workspace(db))
        controller = window.conversation
        controller.open_url = opened.append
        controller.ask_save_path = lambda name: asked.append(name) or str(tmp_path / "saved" / name)
        if window.reading.conversation_id != conversation_id:
            shown = expect(window.conversation_shown)
            controller.open(conversation_id)
            await shown
        page = window.reading.browser.toPlainText()
        assert "broken cup.JPG (image/jpeg, 2 KB)" in page and "refund-form.exe" in page
        [with_files] = [m for m in window.reading.conversation.messages if m.attachments]
        ready = expect(controller.file_ready)
        window.reading.browser.anchorClicked.emit(QUrl(f"{FILE_LINK}:{with_files.id}/0"))
        (path,) = await ready
        assert path.endswith("/broken cup.JPG") and Path(path).read_bytes() == PHOTO.data
        assert [url.toLocalFile() for url in opened] == [path]
        ready = expect(controller.file_ready)
        window.reading.browser.anchorClicked.emit(QUrl(f"{FILE_LINK}:{with_files.id}/1"))
        (saved,) = await ready
        assert asked == ["refund-form.exe"] and len(opened) == 1  # saved where asked, never opened
        assert Path(saved).read_bytes() == PROGRAM.data

    run_async(aio_loop, scenario(), timeout=30)


def test_a_file_whose_bytes_are_not_here_is_said_not_shown_broken(qtbot, aio_loop, db, accounts, make_workspace):
    conversation_id = stored(db, accounts, PHOTO)
    [attachment] = [a for m in load_conversation(db, conversation_id).messages for a in m.attachments]
    db.attachments.path_of(attachment.sha256).unlink()  # as a mirror that kept no bytes for it
    ws = make_workspace(db)
    with pytest.raises(conversations.FileMissing):
        run_async(aio_loop, conversations.attachment_copy(ws, attachment))


def test_a_name_from_outside_cannot_leave_the_folder(aio_loop, db, accounts, make_workspace, tmp_path):
    conversation_id = stored(db, accounts, PHOTO)
    [stored_file] = [a for m in load_conversation(db, conversation_id).messages for a in m.attachments]
    hostile = AttachmentView("../../.bashrc", stored_file.mime_type, stored_file.size, stored_file.sha256)
    path = run_async(aio_loop, conversations.attachment_copy(make_workspace(db), hostile))
    assert path.name == "bashrc" and path.parent.parent.name == "opened"


def test_a_name_that_hides_its_ending_behind_a_direction_mark_is_shown_as_it_is(qtbot, db, accounts):
    disguised = AttachmentData("invoice\u202efdp.exe", "application/pdf", b"MZ\x90\x00" * 10)  # reads "invoiceexe.pdf"
    conversation_id = stored(db, accounts, disguised)
    [shown] = [a for m in load_conversation(db, conversation_id).messages for a in m.attachments]
    assert shown.filename == "invoicefdp.exe" and not conversations.viewable(shown)
    pane = ConversationPane()
    qtbot.addWidget(pane)
    pane.show_conversation(load_conversation(db, conversation_id))
    assert "invoicefdp.exe" in pane.browser.toPlainText() and "\u202e" not in pane.browser.toPlainText()


def test_a_message_with_hundreds_of_files_lists_a_bounded_number(qtbot, db, accounts):
    files = [AttachmentData(f"scan-{n}.png", "image/png", b"\x89PNG" + bytes([n % 256]) * 64) for n in range(200)]
    conversation_id = stored(db, accounts, *files)
    pane = ConversationPane()
    qtbot.addWidget(pane)
    pane.show_conversation(load_conversation(db, conversation_id))
    page = pane.browser.toPlainText()
    assert page.count("File: scan-") == FILES_SHOWN and "and 180 more file(s)" in page
