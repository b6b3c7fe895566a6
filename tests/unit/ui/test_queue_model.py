"""The queue model: Qt's model tester, lazy pages, filter resets."""

import asyncio

import pytest

from desk.domain import ConversationStatus, QueueFilter
from desk.executors import Executors
from desk.storage.queue import PAGE_SIZE, queue_count
from tests.conftest import run_async
from ui.ops import settle
from ui.queue.model import QueueModel, format_due
from ui.services import Services


@pytest.fixture
def services(aio_loop):
    executors = Executors()
    yield lambda db: Services(db, executors)
    executors.shutdown()


async def wait_for_page(model: QueueModel) -> int:
    loaded = asyncio.get_running_loop().create_future()
    model.page_loaded.connect(lambda n: settle(loaded, n))
    return await loaded


def test_model_passes_the_qt_model_tester(qtmodeltester, aio_loop, services, demo_db):
    model = QueueModel(services(demo_db))

    async def scenario():
        model.reload()
        await wait_for_page(model)

    run_async(aio_loop, scenario())
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)


def test_rows_are_loaded_a_page_at_a_time(aio_loop, services, tmp_path):
    from desk.demo.generate import generate
    from desk.storage.db import Database

    db = Database.open_path(generate(tmp_path, conversations=450, messages_per=2))
    model = QueueModel(services(db))
    all_statuses = QueueFilter(statuses=())

    async def scenario():
        model.set_filter(all_statuses)
        await wait_for_page(model)
        assert model.rowCount() == PAGE_SIZE
        assert model.canFetchMore()
        model.fetchMore()
        assert not model.canFetchMore()  # one fetch at a time
        await wait_for_page(model)
        assert model.rowCount() == 2 * PAGE_SIZE
        while model.canFetchMore():
            model.fetchMore()
            await wait_for_page(model)

    run_async(aio_loop, scenario())
    assert model.rowCount() == 450 == queue_count(db, all_statuses)
    ids = [model.row_at(i).id for i in range(model.rowCount())]
    assert len(set(ids)) == 450
    db.close()


def test_a_new_filter_drops_pages_of_the_old_one(aio_loop, services, demo_db):
    model = QueueModel(services(demo_db))
    resolved = QueueFilter(statuses=(ConversationStatus.RESOLVED,))

    async def scenario():
        model.reload()  # an open-queue page is in flight...
        model.set_filter(resolved)  # ...when the agent switches to resolved
        await wait_for_page(model)
        await asyncio.sleep(0.05)

    run_async(aio_loop, scenario())
    assert model.rowCount() == queue_count(demo_db, resolved)
    assert {model.row_at(i).status for i in range(model.rowCount())} == {"resolved"}


def test_due_times_read_like_a_countdown():
    assert format_due(None, 0) == "—"
    assert format_due(3 * 3600 + 5 * 60, 0) == "3h 05m"
    assert format_due(-(90 * 60), 0) == "−1h 30m"
    assert format_due(3 * 86400 + 7200, 0) == "3d 2h"
