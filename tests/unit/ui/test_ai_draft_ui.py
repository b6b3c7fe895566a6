"""The reply box's AI draft in the window, against a local server speaking the chat-completions API:
offered only when switched on, streamed above the reply, put in the reply in the customer's language
as one edit the agent can undo, never sent by itself; a refused key is a clear notice that leaves
the reply alone; the request the provider gets can be read first."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from desk.app.replies import ReplyLanguage
from tests.conftest import run_async
from tests.helpers.fake_chat import KEY
from tests.helpers.qt import expect
from tests.unit.ui.conftest import attach, open_conversation
from tests.unit.ui.test_reply_assist import fake, use_deepl  # noqa: F401 - fake is a fixture

DRAFT = "Guten Tag Jana, Ihr Paket ist unterwegs und kommt morgen an."


@pytest.fixture
def drafting_on(demo_db, chat, session_keyring):
    from desk.drafting.settings import DraftSettings, save_draft_settings, store_api_key

    chat.reply = DRAFT
    save_draft_settings(demo_db, DraftSettings(enabled=True, base_url=chat.base_url, model="fake-small", timeout_s=5.0))
    store_api_key(KEY)
    return demo_db


def german(row) -> bool:
    return row.language == "de" and row.channel == "shopify"


async def open_german(window, ws):
    """A German Shopify conversation on screen; its AI draft offer (True/False) once known."""
    await attach(window, ws)
    drafter = window.conversation.drafter
    cid = await open_conversation(window, german)
    if drafter.is_offered is None or drafter.conversation_id != cid:
        await expect(drafter.offered)
    return drafter, cid


def test_the_draft_streams_in_lands_in_the_customers_language_and_can_be_taken_back(
        window, qtbot, aio_loop, drafting_on, chat, make_workspace):
    ws = make_workspace(drafting_on, agent_language="zh")
    composer = window.reading.composer

    async def scenario():
        drafter, cid = await open_german(window, ws)
        assert drafter.button.isVisibleTo(window)
        composer.set_text("我先写了几句")
        streamed = expect(drafter.streamed)
        drafted = expect(drafter.drafted)
        qtbot.mouseClick(drafter.button, Qt.MouseButton.LeftButton)
        assert drafter.button.text() == "Stop"
        await streamed
        assert (await drafted) == (cid,)
        return drafter, cid

    drafter, cid = run_async(aio_loop, scenario())
    assert composer.text() == DRAFT
    assert composer.reply_language() == ReplyLanguage("de", "de")
    assert drafter.button.text() == "AI draft"
    assert "not translated" in composer.notice.text()  # offline: the draft cannot be translated, and says so
    body = chat.requests[-1]["body"]
    assert body["stream"] is True and body["model"] == "fake-small"
    assert drafting_on.fetch_all("SELECT count(*) FROM outbox WHERE conversation_id = :c", {"c": cid}) == [(0,)]
    composer.editor.undo()
    assert composer.text() == "我先写了几句"


def test_a_refused_key_is_a_clear_notice_and_the_reply_is_left_alone(window, aio_loop, drafting_on, chat,
                                                                      make_workspace):
    ws = make_workspace(drafting_on)
    composer = window.reading.composer
    chat.queue(401)

    async def scenario():
        drafter, _cid = await open_german(window, ws)
        composer.set_text("Let me check.")
        failed = expect(drafter.failed)
        drafter.start()
        return drafter, (await failed)[0]

    drafter, words = run_async(aio_loop, scenario())
    assert "refused the API key" in words and words in composer.notice.text()
    assert composer.text() == "Let me check." and drafter.button.text() == "AI draft"


def test_what_the_provider_gets_is_shown_before_asking(window, aio_loop, drafting_on, chat, make_workspace):
    ws = make_workspace(drafting_on)

    async def scenario():
        drafter, _cid = await open_german(window, ws)
        shown = expect(drafter.request_shown)
        drafter.request_action.trigger()
        return drafter, (await shown)[0]

    drafter, payload = run_async(aio_loop, scenario())
    assert payload["model"] == "fake-small" and payload["messages"][0]["role"] == "system"
    text = drafter.request_dialog.findChild(QPlainTextEdit).toPlainText()
    assert '"model": "fake-small"' in text
    assert chat.requests == []  # reading the request asks the provider nothing


def test_without_a_provider_the_reply_box_offers_no_ai_draft(window, aio_loop, demo_db, make_workspace):
    ws = make_workspace(demo_db)

    async def scenario():
        drafter, _cid = await open_german(window, ws)
        return drafter

    drafter = run_async(aio_loop, scenario())
    assert drafter.is_offered is False and not drafter.button.isVisibleTo(window)


def test_the_draft_is_shown_in_the_agents_language_above_it(window, aio_loop, drafting_on, chat, make_workspace,
                                                            fake, tmp_path):
    ws = make_workspace(drafting_on, agent_language="zh")
    composer = window.reading.composer

    async def scenario():
        drafter, cid = await open_german(window, ws)
        use_deepl(ws, fake, tmp_path)
        drafted = expect(drafter.drafted)
        drafter.start()
        await drafted
        return drafter

    drafter = run_async(aio_loop, scenario())
    meaning = drafter.stream_box.toPlainText()
    assert drafter.stream_box.isVisibleTo(window) and "machine-translated" in meaning and "Paket" in meaning
    assert composer.text() == DRAFT and "check it before you send it" in composer.notice.text()
