"""A window over a workspace, for the UI tests: translation from the cache only unless a test
points it at the fake providers."""

from __future__ import annotations

import pytest

from tests.helpers.qt import expect


@pytest.fixture(autouse=True)
def _no_work_left_behind():
    """Work a test's widgets started (or queued before its loop ran) ends with the test."""
    yield
    from ui import ops

    ops.cancel_all()


@pytest.fixture
def make_workspace(aio_loop):
    """Workspace(db) factories; each workspace's threads stop after the test (the db fixture
    closes its database)."""
    from desk.app.workspace import Workspace

    made = []

    def make(db, *, agent_language: str = "en", offline: bool = True):
        ws = Workspace(db, interface_language=agent_language, translation_offline=offline)
        made.append(ws)
        return ws

    yield make
    for ws in made:
        if ws.translation is not None:
            ws.translation.close()
        ws.executors.shutdown()


@pytest.fixture
def window(qtbot, aio_loop):
    from ui.mainwindow import MainWindow

    main = MainWindow()
    qtbot.addWidget(main)
    return main


async def attach(window, ws):
    """Attach the workspace and wait until the preferences are loaded and a first conversation
    (if any) is on screen with its translations."""
    prepared = expect(window.prepared)
    window.attach(ws)
    page = expect(window.queue.model.page_loaded)  # the first page loads in the background
    await page
    await prepared
    if window.queue.model.rowCount() and window.reading.conversation_id is None:
        await expect(window.conversation_shown)


async def open_conversation(window, where) -> int:
    """Select the first queue row that satisfies `where`; its id once it is shown and its
    reply box holds its draft (or a proposal)."""
    model = window.queue.model
    row = next(r for r in range(model.rowCount()) if where(model.row_at(r)))
    target = model.row_at(row).id
    if window.reading.conversation_id == target and window.conversation.assistant.loaded == target:
        return target
    ready = expect(window.conversation.assistant.draft_loaded, lambda cid: cid == target)
    window.queue.table.selectRow(row)
    await ready
    return target
