"""An agent's day on the demo, through the real window and keys only: twenty conversations opened,
each answered with a `/` macro and resolved, except one snoozed, one assigned to a colleague and
one tagged; then every view's count matches the database. Run in English and in Chinese, with a
screenshot of each saved in the test's folder.

Keys go where a keyboard's would: the open popup (a picker, the macro list) or the focused widget.
The test waits on the window's signals only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desk.storage.queue import queue_count
from tests.conftest import run_async
from tests.helpers.qt import expect
from tests.unit.ui.conftest import attach

CTRL = Qt.KeyboardModifier.ControlModifier
CONVERSATIONS = 20
SNOOZED, ASSIGNED, TAGGED = 4, 9, 14  # which of the day's conversations get those instead of a resolve
COLLEAGUE = "sofia.m"


def key(name, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """One key press where the agent's keyboard would send it."""
    popup = QApplication.activePopupWidget()
    target = (popup.focusWidget() or popup) if popup is not None else QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard"
    QTest.keyClick(target, name, modifiers)


def typed(text: str) -> None:
    for char in text:
        key(char)


class Agent:
    """What the agent does, a key at a time, waiting for what the window says back."""

    def __init__(self, window):
        self.window = window
        self.answered = 0

    @property
    def current(self) -> int:
        return self.window.queue.current_id()

    async def on_conversation(self) -> int:
        """The selected conversation, once shown with its draft."""
        cid = self.current
        assistant = self.window.conversation.assistant
        if assistant.loaded != cid or self.window.reading.conversation_id != cid:
            await expect(assistant.draft_loaded, lambda loaded: loaded == cid)
        return cid

    async def answer_with_a_macro(self) -> None:
        assistant = self.window.conversation.assistant
        key("r")
        key(Qt.Key.Key_A, CTRL)  # over a proposed reply, if one was offered
        key(Qt.Key.Key_Backspace)
        offered = expect(assistant.choices_shown, lambda count: count > 0)
        key("/")
        await offered
        inserted = expect(assistant.inserted)
        key(Qt.Key.Key_Return)  # the first macro of the list
        await inserted
        outcome = await self._send()
        if outcome.needs_confirmation:  # a warning to read: the second Ctrl+Enter sends anyway
            outcome = await self._send()
        if outcome.sent:
            self.answered += 1
        else:  # nothing the agent may send here (e.g. WhatsApp's window closed): clear the box
            key(Qt.Key.Key_A, CTRL)
            key(Qt.Key.Key_Backspace)
        key(Qt.Key.Key_Escape)  # back to the queue

    async def _send(self):
        answered = expect(self.window.conversation.assistant.answered)
        key(Qt.Key.Key_Return, CTRL)
        return (await answered)[0]

    async def act(self, letter: str, then: str = "", shown=None) -> None:
        """An action key, and what to type in its picker; wait until the queue shows it done (`shown`
        holds for the conversation's row; None: it left the view) and the next conversation is on
        screen."""
        workday, cid = self.window.workday, self.current
        if then:
            opened = expect(workday.picker_opened)
            key(letter)
            await opened
            typed(then)
            done = expect(workday.acted)
            key(Qt.Key.Key_Return)
        else:
            done = expect(workday.acted)
            key(letter)
        action, result = await done
        assert result.changed and result.conversation_ids == (cid,), action
        await self._until_row(cid, shown)
        if shown is not None:  # it stays in the view: on to the next one
            following = expect(self.window.conversation_shown)
            key("j")
            await following
        await self.on_conversation()

    async def _until_row(self, cid: int, shown) -> None:
        model = self.window.queue.model

        def queue_shows_it(*_ids) -> bool:
            rows = [model.row_at(r) for r in range(model.rowCount())]
            row = next((r for r in rows if r.id == cid), None)
            return row is None and self.current != cid if shown is None else row is not None and shown(row)

        if not queue_shows_it():
            await expect(model.rows_refreshed, queue_shows_it)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_an_agents_day_with_the_keyboard_only(lang, qapp, qtbot, aio_loop, demo_db, make_workspace, tmp_path):
    from desk import settings
    from ui.i18n import install_translators
    from ui.mainwindow import MainWindow

    translators = install_translators(qapp, lang)
    settings.put(demo_db, settings.AGENT_NAME, "li.na")
    window = MainWindow()
    qtbot.addWidget(window)
    ws = make_workspace(demo_db, agent_language="zh" if lang.startswith("zh") else "en")
    agent = Agent(window)
    done: dict[str, list[int]] = {"resolve": [], "snooze": [], "assign": [], "tag": []}

    async def day():
        window.show()
        window.activateWindow()
        await attach(window, ws)
        key(Qt.Key.Key_Escape)  # to the queue
        assert QApplication.focusWidget() is window.queue.table
        for n in range(CONVERSATIONS):
            cid = await agent.on_conversation()
            await agent.answer_with_a_macro()
            if n == SNOOZED:
                await agent.act("s", then="3h")
                done["snooze"].append(cid)
            elif n == ASSIGNED:
                await agent.act("a", then="sofia", shown=lambda row: row.assignee == COLLEAGUE)
                done["assign"].append(cid)
            elif n == TAGGED:
                await agent.act("t", then="vip", shown=lambda row: "vip" in row.tags)
                done["tag"].append(cid)
            else:
                await agent.act("e")
                done["resolve"].append(cid)
        for _ in range(3):  # refresh: counts read again (a recount the last action started may land first)
            counted = expect(window.queue.counts_changed)
            key(Qt.Key.Key_F5)
            shown = (await counted)[0]
            if all(shown[view] == queue_count(demo_db, window.queue.counted[view]) for view in shown):
                break

    try:
        run_async(aio_loop, day(), timeout=240)
        window.grab().save(str(tmp_path / f"day-{lang}.png"))
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)

    status = dict(demo_db.fetch_all("SELECT id, status FROM conversations"))
    assert {status[c] for c in done["resolve"]} == {"resolved"} and len(done["resolve"]) == CONVERSATIONS - 3
    assert [status[c] for c in done["snooze"]] == ["snoozed"]
    assert demo_db.fetch_all("SELECT assignee FROM conversations WHERE id = :c", {"c": done["assign"][0]}) == [
        (COLLEAGUE,)]
    assert ("vip",) in demo_db.fetch_all("SELECT tag FROM conversation_tags WHERE conversation_id = :c",
                                         {"c": done["tag"][0]})
    assert agent.answered >= CONVERSATIONS - 4  # a few channels refuse free text (WhatsApp's closed window)
    assert len(set(sum(done.values(), []))) == CONVERSATIONS  # twenty different conversations
    queue = window.queue
    for view in (*queue.views.view_ids(),):
        assert queue.views.count_of(view) == queue_count(demo_db, queue.counted[view]), view
    assert queue.views.count_of("mine") == queue_count(demo_db, queue.counted["mine"]) > 0
    by_sql = {  # the same counts written plainly
        "open": "status = 'open'", "mine": "status = 'open' AND assignee = 'li.na'",
        "unassigned": "status = 'open' AND assignee IS NULL", "escalated": "status = 'open' AND escalate",
        "pending": "status = 'pending'", "snoozed": "status = 'snoozed'", "resolved": "status = 'resolved'",
        "all": "status != 'merged'"}
    for view, where in by_sql.items():
        assert queue.views.count_of(view) == demo_db.fetch_all(
            f"SELECT count(*) FROM conversations WHERE {where}")[0][0], view
    assert (tmp_path / f"day-{lang}.png").stat().st_size > 20_000
