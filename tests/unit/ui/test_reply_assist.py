"""The reply box on the demo: translated replies with a back-translation, refusals the agent can
read and act on, confirmations over warnings, drafts and their reply language kept per
conversation, translations beside the customer's messages."""

import pytest
from PySide6.QtCore import Qt

from desk.app.replies import ReplyLanguage
from tests.conftest import run_async
from tests.helpers.fake_translators import DEEPL_KEY, FakeTranslators
from tests.helpers.qt import expect
from tests.unit.ui.conftest import attach, open_conversation
from ui.queue.model import QueueModel


@pytest.fixture
def fake():
    server = FakeTranslators().start()
    yield server
    server.release()
    server.stop()


def use_deepl(ws, fake, tmp_path):
    from desk.translation.cache import TranslationCache
    from desk.translation.glossary import load_glossary
    from desk.translation.service import TranslationService
    from desk.translation.settings import TranslationSettings

    settings = TranslationSettings("deepl", (), {"deepl": {"base_url": fake.url("deepl")}})
    if ws.translation is not None:
        ws.translation.close()
    ws.translation = TranslationService(settings, load_glossary(), TranslationCache.in_data_dir(tmp_path / "tr"),
                                        ws.executors, load_key={"deepl": DEEPL_KEY}.get, retry_delays=(0, 0))


def outbox(db, conversation_id):
    return db.fetch_all("SELECT body FROM outbox WHERE conversation_id = :c", {"c": conversation_id})


async def send(window, qtbot):
    """Click Send; the outcome the reply box got."""
    answered = expect(window.conversation.assistant.answered)
    qtbot.mouseClick(window.reading.composer.send_button, Qt.MouseButton.LeftButton)
    return (await answered)[0]


async def type_reply(window, text: str):
    """Type `text` and wait for its preview."""
    previewed = expect(window.conversation.assistant.previewed)
    window.reading.composer.editor.setPlainText(text)
    return (await previewed)[0]


def test_a_reply_written_in_chinese_is_sent_translated_after_confirming_the_warning(
        window, qtbot, aio_loop, demo_db, make_workspace, fake, tmp_path):
    composer = window.reading.composer
    ws = make_workspace(demo_db, agent_language="zh")

    async def scenario():
        await attach(window, ws)
        use_deepl(ws, fake, tmp_path)
        cid = await open_conversation(window, lambda r: r.language == "de" and r.channel == "shopify")
        composer.set_text("")
        assert composer.reply_language() == ReplyLanguage("zh", "de")
        prepared = await type_reply(window, "您好，您的包裹今天已经发出。")
        assert "[DE]" in composer.preview.toPlainText()  # the preview: what will be sent
        assert prepared.back_translation
        # The fake's "German" keeps the Chinese words: the language rule says it is not German.
        outcome = await send(window, qtbot)
        assert outcome.refused == "blocked" and not outbox(demo_db, cid)
        return cid

    cid = run_async(aio_loop, scenario())
    assert "Not sent" in composer.notice.text()
    assert composer.editor.toPlainText() == "您好，您的包裹今天已经发出。"  # nothing is lost
    assert fake.count("deepl") >= 2  # the reply and its back-translation


def test_translation_unavailable_refuses_and_only_an_explicit_language_sends_as_written(
        window, qtbot, aio_loop, demo_db, make_workspace):
    """Offline, a Chinese reply to a German buyer is not sent untranslated; once the agent chooses
    to send it in Chinese, Amazon's warning asks for a second click, then it goes as written."""
    composer = window.reading.composer
    ws = make_workspace(demo_db, agent_language="zh")

    async def scenario():
        await attach(window, ws)
        cid = await open_conversation(window, lambda r: r.language == "de" and r.channel == "amazon")
        composer.set_text("")
        await type_reply(window, "您好，我们今天会给您补发一个新的，请注意查收。")
        refused = await send(window, qtbot)
        assert refused.refused == "translation_unavailable" and not outbox(demo_db, cid)
        assert composer.choose_language(ReplyLanguage("zh", "zh"))
        held = await send(window, qtbot)
        assert held.needs_confirmation and composer.confirmed and not outbox(demo_db, cid)
        sent = await send(window, qtbot)
        assert sent.sent
        return cid

    cid = run_async(aio_loop, scenario())
    assert outbox(demo_db, cid) == [("您好，我们今天会给您补发一个新的，请注意查收。",)]


def test_an_email_address_in_an_amazon_reply_is_highlighted_and_cannot_be_sent(
        window, qtbot, aio_loop, demo_db, make_workspace):
    composer = window.reading.composer

    async def scenario():
        await attach(window, make_workspace(demo_db))
        cid = await open_conversation(window, lambda r: r.language == "en" and r.channel == "amazon")
        composer.set_text("")
        await type_reply(window, "Please write to support@lumora.example and we will help you.")
        first = await send(window, qtbot)
        second = await send(window, qtbot)  # clicking again changes nothing: blocking rules hold
        assert first.refused == second.refused == "blocked"
        return cid

    cid = run_async(aio_loop, scenario())
    assert not outbox(demo_db, cid)
    assert "support@lumora.example" in composer.editor.toPlainText()
    assert any(s.format.background().color().name() == "#fce8e6" for s in composer.editor.extraSelections())
    assert composer.send_button.text() == "Send"


def test_a_draft_and_its_reply_language_are_kept_per_conversation(window, aio_loop, demo_db, make_workspace):
    composer = window.reading.composer

    async def scenario():
        await attach(window, make_workspace(demo_db, agent_language="zh"))
        first = await open_conversation(window, lambda r: r.channel == "shopify" and r.language == "fr")
        composer.set_text("")
        assert composer.choose_language(ReplyLanguage("fr", "fr"))  # write in French for this one
        await type_reply(window, "Bonjour, votre colis arrive demain.")
        second = await open_conversation(window, lambda r: r.id != first and r.language == "fr")
        assert composer.editor.toPlainText() != "Bonjour, votre colis arrive demain."
        assert composer.reply_language() == ReplyLanguage("zh", "fr")  # the mode did not carry over
        await open_conversation(window, lambda r: r.id == first)
        return first, second

    first, _second = run_async(aio_loop, scenario())
    assert composer.editor.toPlainText() == "Bonjour, votre colis arrive demain."
    assert composer.reply_language() == ReplyLanguage("fr", "fr")
    assert demo_db.fetch_all("SELECT written_language, sent_language FROM drafts WHERE conversation_id = :c",
                             {"c": first}) == [("fr", "fr")]


def test_customer_messages_show_their_translation_beside_them(window, aio_loop, demo_db, make_workspace):
    """The demo's hand-made translations come from the cache: no provider is asked."""
    async def scenario():
        await attach(window, make_workspace(demo_db, agent_language="zh"))
        model = window.queue.model
        target = next(model.row_at(r).id for r in range(model.rowCount()) if model.row_at(r).language == "de")
        if window.reading.conversation_id != target:  # else attach already waited for its translations
            translated = expect(window.conversation.translated, lambda shown: shown == target)
            await open_conversation(window, lambda r: r.id == target)
            await translated

    run_async(aio_loop, scenario())
    assert "Translation · Desk demo" in window.reading.browser.toPlainText()
    model = window.queue.model
    assert model.data(model.index(0, QueueModel.COL_TOPIC))


def test_a_draft_still_loading_is_never_overwritten_by_the_empty_box(window, aio_loop, demo_db, make_workspace):
    """Switching clears the box; were that empty text saved before the draft arrives (a slow disk, a
    busy machine), the draft of the conversation switched to would be lost."""
    from desk.storage.drafts import StoredDraft, load_draft, save_draft

    composer = window.reading.composer

    async def scenario():
        await attach(window, make_workspace(demo_db))
        model = window.queue.model
        target = next(model.row_at(r).id for r in range(model.rowCount()) if model.row_at(r).id != window.reading.conversation_id)
        save_draft(demo_db, target, StoredDraft("Half-written answer", "en", "en"), 1)
        shown = expect(window.conversation_shown, lambda cid: cid == target)
        loaded = expect(window.conversation.assistant.draft_loaded, lambda cid: cid == target)
        window.queue.select_conversation(target)
        await shown  # on screen, its draft on the way (a read on the reader thread)
        assert window.conversation.assistant.loaded is None
        composer.draft_changed.emit("")  # the debounce firing before the draft came back
        await loaded
        return target

    target = run_async(aio_loop, scenario())
    assert load_draft(demo_db, target).body == "Half-written answer"
    assert composer.editor.toPlainText() == "Half-written answer"


def test_typing_just_before_switching_away_is_kept(window, aio_loop, demo_db, make_workspace):
    """The draft is saved a moment after the last keystroke; leaving within that moment saves it at once."""
    composer = window.reading.composer

    async def scenario():
        await attach(window, make_workspace(demo_db))
        first = await open_conversation(window, lambda r: r.channel == "shopify")
        composer.set_text("")
        composer.editor.setPlainText("Typed and left at once")
        assert composer.has_unsaved_typing()
        await open_conversation(window, lambda r: r.id != first)
        await open_conversation(window, lambda r: r.id == first)
        return first

    first = run_async(aio_loop, scenario())
    assert composer.editor.toPlainText() == "Typed and left at once"
    assert demo_db.fetch_all("SELECT body FROM drafts WHERE conversation_id = :c", {"c": first}) == [
        ("Typed and left at once",)]
