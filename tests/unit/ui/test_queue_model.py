"""The queue model: Qt's model tester, lazy pages, filter resets."""

from desk.app.queue import PAGE_SIZE
from desk.domain import ConversationStatus, QueueFilter
from desk.storage.queue import queue_count
from tests.conftest import run_async
from tests.helpers.qt import expect
from ui.queue.model import QueueModel, format_due


async def reloaded(model: QueueModel, flt: QueueFilter | None = None) -> int:
    """Reset the model (to `flt`) and wait for its first page: its size."""
    page = expect(model.page_loaded)
    model.reload() if flt is None else model.set_filter(flt)
    return (await page)[0]


async def next_page(model: QueueModel) -> int:
    page = expect(model.page_loaded)
    model.fetchMore()
    return (await page)[0]


def test_model_passes_the_qt_model_tester(qtmodeltester, aio_loop, make_workspace, demo_db):
    model = QueueModel(make_workspace(demo_db))

    async def scenario():
        await reloaded(model)

    run_async(aio_loop, scenario())
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)


def test_rows_are_loaded_a_page_at_a_time(aio_loop, make_workspace, tmp_path):
    from desk.demo.generate import generate
    from desk.storage.db import Database

    db = Database.open_path(generate(tmp_path, conversations=450, messages_per=2))
    model = QueueModel(make_workspace(db))
    all_statuses = QueueFilter(statuses=())

    async def scenario():
        await reloaded(model, all_statuses)
        assert model.rowCount() == PAGE_SIZE
        assert model.canFetchMore()
        page = expect(model.page_loaded)
        model.fetchMore()
        assert not model.canFetchMore()  # one fetch at a time
        await page
        assert model.rowCount() == 2 * PAGE_SIZE
        while model.canFetchMore():
            await next_page(model)

    run_async(aio_loop, scenario())
    assert model.rowCount() == 450 == queue_count(db, all_statuses)
    ids = [model.row_at(i).id for i in range(model.rowCount())]
    assert len(set(ids)) == 450
    db.close()


def test_a_new_filter_drops_pages_of_the_old_one(aio_loop, make_workspace, demo_db):
    ws = make_workspace(demo_db)
    model = QueueModel(ws)
    resolved = QueueFilter(statuses=(ConversationStatus.RESOLVED,))
    loaded = []
    model.page_loaded.connect(loaded.append)

    async def scenario():
        model.reload()  # an open-queue page is in flight...
        await reloaded(model, resolved)  # ...when the agent switches to resolved
        # Whatever the reader thread does next comes after the dropped page: one more read through
        # the same single reader proves the stale page has landed (and was dropped) by now.
        await ws.executors.read(lambda: None)

    run_async(aio_loop, scenario())
    assert len(loaded) == 1  # only the resolved page was shown
    assert model.rowCount() == queue_count(demo_db, resolved)
    assert {model.row_at(i).status for i in range(model.rowCount())} == {"resolved"}


def test_due_times_read_like_a_countdown():
    assert format_due(None, 0) == "—"
    assert format_due(3 * 3600 + 5 * 60, 0) == "3h 05m"
    assert format_due(-(90 * 60), 0) == "−1h 30m"
    assert format_due(3 * 86400 + 7200, 0) == "3d 2h"
